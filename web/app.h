// The calculator's state for one reader: the data (read-only once loaded), the scenario they are
// building, and its results. Panels edit `scenario`; refresh() re-evaluates only when it changed.
#pragma once
#include <string>
#include <vector>

#include "evaluate.h"
#include "load_data.h"
#include "model.h"

namespace usjp {

// Opens on the September 2025 deal (tariffs and Japan's commitments together) rather than the
// empty 2024 baseline: an editorial choice. A link (#p=... or #v=1&l=...) overrides it.
constexpr const char* kStartPresetId = "sep2025";

class App {
 public:
  // Loads the data set; returns one line per problem (DataError::message()), empty when usable.
  std::vector<std::string> use(tariff::LoadResult loaded);
  std::vector<std::string> loadEmbedded();  // the copy of data/ compiled in (web/embedded.h)

  // Starts from a shared link (the page's fragment, possibly empty). Parts the link could not use
  // become notices the reader sees until dismissed.
  void start(const std::string& link);
  void applyPreset(int preset);
  void applyDate(tariff::Day day);
  void resetAssumptions();
  // Call after any edit by the reader: the scenario is theirs now, no longer the preset.
  void edited() { scenario.presetId.clear(); }

  // Evaluates if the scenario changed since the last call (one prepared Results, no allocation in
  // evaluate()); returns true when it did, so the platform can publish the new link.
  bool refresh();

  // The whole UI for one frame (layout.cpp).
  void draw();

  const tariff::TradeData& data() const { return data_; }
  const tariff::Results& results() const { return results_; }
  const tariff::Scenario& evaluated() const { return evaluated_; }
  const std::string& link() const { return link_; }
  const std::string& summary() const { return summary_; }
  std::vector<std::string>& notices() { return notices_; }
  int evaluations() const { return evaluations_; }

  tariff::Scenario scenario;  // what the reader has chosen; panels edit it during a frame

 private:
  tariff::TradeData data_;
  tariff::Scenario evaluated_;  // the scenario results_ belong to
  tariff::Results results_;
  std::string link_, summary_;
  std::vector<std::string> notices_;
  int evaluations_ = 0;
  bool everEvaluated_ = false;
};

}  // namespace usjp
