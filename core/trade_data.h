// The facts the model runs on, as loaded from data/: every figure keeps its source and date.
#pragma once
#include <string>
#include <vector>

#include "date.h"

namespace tariff {

// A figure with its provenance. low/high are set where the data gives a range (assumptions).
struct Sourced {
  double value = 0;
  double low = 0;
  double high = 0;
  bool hasRange = false;
  std::string source;  // id of a record in sources.json
  std::string asOf;    // YYYY, YYYY-MM or YYYY-MM-DD
  bool estimate = false;
  std::string method;  // how an estimate was made; empty for a direct citation
};

struct Source {
  std::string id, title, publisher, url, date;
};

struct ImportSector {
  std::string id, name, hs;
  Sourced importsUsdM;  // 2024, US dollar millions
  Sourced mfnPct;       // the normal (MFN) tariff, always applied
  bool hasUnits = false;
  Sourced units;  // vehicles only
};

struct ExportCategory {
  std::string id, name;
  std::string includedIn;  // id of the category whose 2024 value already counts this one
  Sourced exportsUsdM;
  bool hasUnits = false;
  Sourced units;
};

enum class Authority { Ieepa, Section232, Section122 };
enum class Stacking { Additive, InclusiveOfMfn };

struct DateSpan {
  Day from = 0, to = 0;
  std::string source;
};

struct Exemption {
  std::vector<int> sectors;
  Day from = 0;
  std::string source;
};

struct TariffLayer {
  std::string id, name, explanation;
  Authority authority = Authority::Ieepa;
  Sourced ratePct;
  Day start = 0;
  Day end = kNoEnd;
  Day retroactiveTo = kNoEnd;  // kNoEnd when not retroactive
  std::vector<int> sectors;    // indices into TradeData::sectors
  Sourced coverageShare;       // share of each covered sector's imports the layer reaches; 1 unless data says
  Stacking stacking = Stacking::Additive;
  std::vector<Authority> notOn;  // skipped on a sector fully covered by an active layer of these authorities
  std::vector<int> replaces;     // layers this one supersedes when both are on
  std::vector<DateSpan> pauses;
  std::vector<Exemption> exemptions;
};

struct TimelineEvent {
  Day date = 0;
  std::string label, source;
};

enum class OfferKind { Purchase, Investment };
enum class Currency { Usd, Jpy };

struct OfferTarget {
  int category = 0;  // index into TradeData::categories
  Sourced share;
};

struct Offer {
  std::string id, name, explanation;
  OfferKind kind = OfferKind::Purchase;
  bool perYear = false;
  Currency currency = Currency::Usd;
  Sourced amount;  // usd_m or jpy_bn, per year or in all
  Sourced spreadYears;
  Sourced additionalShare;
  std::vector<OfferTarget> addsTo;
};

struct SectorDefaults {
  Sourced passThrough;
  Sourced elasticity;
};

struct NamedRate {
  std::string key;
  Sourced yenPerUsd;
};

struct Totals {
  Sourced importsUsdM, exportsUsdM, deficitUsdM;
};

// A carmaker's share of one vehicle sector's exports to the US, for "who pays, by company".
struct Carmaker {
  std::string id, name;
  int sector = 0;  // index into TradeData::sectors
  Sourced units;
};

struct JapanView {
  std::string note;
  Sourced exportsJpyBn, importsJpyBn, surplusJpyBn;
};

}  // namespace tariff
