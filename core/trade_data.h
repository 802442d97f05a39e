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

// A share of one sector's 2024 imports, with the range its evidence allows.
struct Share {
  double value = 0, low = 0, high = 0;
};

// One line of the tariff schedule as the data counts it: an HS chapter, heading or subheading.
// A line whose code is a prefix of another line's holds the rest of that code ("HS 85, the rest").
struct HsLine {
  std::string hs, name;
  int sector = 0;
  Sourced importsUsdM;  // 2024, US dollar millions
};

struct ImportSector {
  std::string id, name, hs;  // hs: the codes it holds, as text for readers
  Sourced importsUsdM;       // 2024, US dollar millions: the sum of its lines
  Sourced mfnPct;            // the normal (MFN) tariff, always applied
  bool hasUnits = false;
  Sourced units;           // vehicles only
  std::vector<int> lines;  // indices into TradeData::lines
};

// An official product list (an annex, a Section 232 product list, a US note) as the HS lines it
// names, each with the share of the line's 2024 imports it covers (methodology §2.1).
struct ListEntry {
  int line = -1;    // index into TradeData::lines, or -1 when the entry names a whole sector
  int sector = -1;  // the sector of the line, or the sector named
  Sourced share;    // of the line's (or sector's) 2024 imports on the list; 1 when the entry has none
};

struct ProductList {
  std::string id, name, note, source, asOf;
  std::vector<ListEntry> entries;
  std::vector<Share> bySector;  // derived: the share of each sector's 2024 imports on the list
};

struct ExportCategory {
  std::string id, name;
  std::string includedIn;  // id of the category whose 2024 value already counts this one
  Sourced exportsUsdM;
  bool hasUnits = false;
  Sourced units;
};

enum class Authority { Ieepa, Section232, Section122, Section301 };
constexpr int kAuthorities = 4;
enum class Stacking { Additive, InclusiveOfMfn };

struct DateSpan {
  Day from = 0, to = 0;
  std::string source;
};

// Goods on a product list that a layer does not reach between two dates.
struct Exemption {
  int list = -1;  // index into TradeData::lists
  Day from = 0, to = kNoEnd;
  std::string source;
};

// A court order to pay a layer's duties back to the importers who paid them.
struct Refund {
  bool ordered = false;
  Day orderedOn = 0;
  std::string source;
};

struct TariffLayer {
  std::string id, name, explanation;
  std::string shortName;  // one line of the compact graphic's switch (data: short_name, else name)
  Authority authority = Authority::Ieepa;
  Sourced ratePct;
  Day start = 0;
  Day end = kNoEnd;
  Day retroactiveTo = kNoEnd;   // kNoEnd when not retroactive
  bool allGoods = false;        // covers every line; otherwise the lines of `lists`
  std::vector<int> lists;       // indices into TradeData::lists
  std::vector<Share> coverage;  // derived: share of each sector's 2024 imports the layer names
  Stacking stacking = Stacking::Additive;
  std::vector<Authority> notOn;  // skipped on a sector fully covered by an active layer of these authorities
  std::vector<int> replaces;     // layers this one supersedes when both are on
  std::vector<DateSpan> pauses;
  std::vector<Exemption> exemptions;
  Refund refund;
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
  bool illustrative = false;  // no published amount: off by default and labelled so wherever shown
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
  Sourced substitution;  // long-run elasticity of substitution between Japan and other suppliers
};

// Other foreign suppliers of a group of sectors (methodology §3.2): Japan's share of 2024 US
// imports, and from each date the ratio of their added tariff to Japan's under the law.
struct CompetitionStep {
  Day from = 0;
  Sourced ratio;
};

struct CompetitorGroup {
  std::string id, name;
  Sourced japanShare;
  std::vector<CompetitionStep> steps;  // in date order; before the first, nobody pays more
};

// What happened (data/observed.json): monthly series and figures for periods.
struct ObservedPoint {
  int year = 0, month = 0;
  bool hasValue = false, hasYoy = false;
  double value = 0, yoyPct = 0;
  std::string source, asOf;  // the series' unless the point names its own
};

struct ObservedSeries {
  std::string id, name, unit, source, asOf, note;
  std::vector<ObservedPoint> points;  // in month order
  const ObservedPoint* at(int year, int month) const;
};

struct ObservedPeriod {
  std::string id, name, unit;
  int fromYear = 0, fromMonth = 0, toYear = 0, toMonth = 0;
  Sourced value;
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
