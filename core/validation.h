// The model against independent figures (data/validation.json) and what happened
// (data/observed.json): the tables of docs/validation.md, and the bands a CTest holds.
#pragma once
#include <string>
#include <vector>

#include "data_error.h"
#include "observed.h"

namespace tariff {

struct IndependentEstimate {
  std::string id, kind, why;
  Day date = 0, to = 0;  // to == date for one day
  Sourced value;
  double bandPctPoints = 0;
};

struct QuarterNote {
  std::string quarter, why;  // "2025-Q2"
  double bandPct = 0;
};

struct CarPriceNote {
  int year = 0, month = 0;
  double bandPctPoints = 0;
  std::string why;
};

struct ValidationSet {
  std::vector<IndependentEstimate> estimates;
  std::vector<QuarterNote> quarters;
  std::vector<CarPriceNote> carPrices;  // the BoJ car export price index against the model's
};

// The model's change in Japanese carmakers' export price on a year earlier, mid-month, default assumptions.
double modelCarPriceChangePct(const TradeData& data, int year, int month);

// Reads data/validation.json with the same checks as the data set (file, pointer, rule).
bool loadValidation(const TradeData& data, const std::string& path, ValidationSet& out, DataErrors& errors);

// The model's figure for an estimate: the effective rate on its day (or averaged over its days),
// with the coverage range.
struct ModelRate {
  double central = 0, low = 0, high = 0;
};
ModelRate modelRateFor(const TradeData& data, const IndependentEstimate& e);

// One line per figure outside its band; empty when the model agrees with every one.
std::vector<std::string> checkValidation(const TradeData& data, const ValidationSet& v);

// docs/validation.md, all of it, from the data and the model. The document is in English: `english`
// gives the words core shares with the calculator (the observed months' label).
std::string validationMarkdown(const TradeData& data, const ValidationSet& v, const Language& english);

}  // namespace tariff
