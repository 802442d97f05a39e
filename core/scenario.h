// What a reader chooses: layers, offers, assumptions, date. Zero-cost to copy around the UI.
#pragma once
#include <string>
#include <vector>

#include "date.h"

namespace tariff {

// What a reader may set, in the calculator or through a link: wide enough for any question a
// reader might ask, narrow enough that no setting puts an absurd figure under the calculator's name.
constexpr double kMaxLayerRatePct = 200;
constexpr double kMinSpreadYears = 1, kMaxSpreadYears = 20;
constexpr double kMaxSubstitution = 10;
constexpr double kMaxImportDemand = 4;

struct LayerChoice {
  bool on = false;
  double ratePct = 0;
};

struct OfferChoice {
  bool on = false;
  double sharePct = 100;       // share of the pledged amount
  double additionalShare = 0;  // share that shows up as new US exports
  double spreadYears = 1;
};

struct SectorAssumption {
  double passThrough = 1;   // share of a tariff rise paid by US buyers
  double substitution = 2;  // long-run elasticity of substitution between Japan and other suppliers
};

enum class Horizon { ShortRun, LongRun };

// Which end of an evidence range a data-side figure takes (coverage shares, other suppliers'
// tariffs): the ranges of the results evaluate both ends; a reader always sees the central case.
enum class EvidenceCase { Central, Low, High };

// Which end of the product lists' coverage ranges to use (methodology §2.1): the ranges of the
// results evaluate both ends; a reader always sees the central case.
enum class CoverageCase { Central, LowTariff, HighTariff };

struct Assumptions {
  std::vector<SectorAssumption> sectors;
  double importDemand = 1;  // long-run elasticity of imports to their price against US goods
  double yenPerUsd = 150;
  Horizon horizon = Horizon::ShortRun;
  double shortRunFactor = 0.5;
  CoverageCase coverage = CoverageCase::Central;
  EvidenceCase competitors = EvidenceCase::Central;

  bool operator==(const Assumptions& o) const;
  bool operator!=(const Assumptions& o) const { return !(*this == o); }
};

// Vectors are index-aligned with TradeData::layers, ::offers and ::sectors.
struct Scenario {
  Day date = 0;
  std::string presetId;  // a label only: the choices below define the scenario
  std::vector<LayerChoice> layers;
  std::vector<OfferChoice> offers;
  Assumptions assumptions;
  // Count the court-ordered refunds of IEEPA duties: they go back to the US importers who paid them.
  bool countRefunds = false;

  // Equal when they evaluate alike and read alike: the settings of a layer or offer that is off
  // do not count, so a shared link need not carry them.
  bool operator==(const Scenario& o) const;
  bool operator!=(const Scenario& o) const { return !(*this == o); }
};

struct Preset {
  std::string id, name, description;
  Scenario scenario;
};

}  // namespace tariff
