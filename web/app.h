// The calculator's state for one reader: the data (read-only once loaded), the scenario they are
// building, and its results. Panels edit `scenario`; refresh() re-evaluates only when it changed.
// No ImGui, GL or platform here: it links core only and is unit-tested (tests/unit/test_app.cpp);
// drawing it is drawCalculator() in web/panels.h.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "evaluate.h"
#include "language.h"
#include "load_data.h"
#include "model.h"
#include "observed.h"
#include "ranges.h"
#include "timeline.h"

namespace usjp {

// Opens on the law in force on the day the records were last checked, with Japan's commitments
// that have a published amount. A link (#p=... or #v=1&l=...) overrides it.
constexpr const char* kStartPresetId = "today";

class App {
 public:
  App() = default;
  App(App&&) = default;
  App& operator=(App&&) = default;
  ~App();  // the UI's words stop pointing into this app's languages

  // Loads the data set; returns one line per problem (DataError::message()), empty when usable.
  std::vector<std::string> use(tariff::LoadResult loaded);

  // The UI's words (web/words.h). English first, from the start; another language once its file
  // has arrived (the browser downloads it only for a reader who chooses it), checked against
  // English key by key. Returns one line per problem, empty when the language is usable.
  std::vector<std::string> addLanguage(const std::string& code, const std::string& file, const std::string& text);
  // The same with the words already read (the English compiled into the program, web/languages.cpp).
  std::vector<std::string> addLanguage(tariff::Language language, const std::string& file);
  bool hasLanguage(const std::string& code) const;
  // Draws in `code` from the next frame; false (nothing changes) when its file has not arrived.
  bool setLanguage(const std::string& code);
  const std::string& languageCode() const { return languageCode_; }
  // Set when the reader chose the language (the switch, ?lang=): shared links then carry it.
  bool languageChosen() const { return languageChosen_; }
  void chooseLanguage() { languageChosen_ = true; }
  // The language switch asks; the platform switches between frames (fonts are rebuilt then).
  void requestLanguage(const std::string& code) { requestedLanguage_ = code; }
  std::string takeLanguageRequest() { return std::exchange(requestedLanguage_, std::string()); }
  // Why a language asked for could not be used (its pack did not load): said until dismissed.
  std::string& languageProblem() { return languageProblem_; }
  // Counts language changes, so that the platform re-announces the summary in the new words.
  int languageChanges() const { return languageChanges_; }

  // Starts from a shared link (the page's fragment, possibly empty). Parts the link could not use
  // become notices the reader sees until dismissed.
  void start(const std::string& link);
  void applyPreset(int preset);
  void resetAssumptions();
  // Call after any edit by the reader: the scenario is theirs now, no longer the preset.
  void edited() { scenario.presetId.clear(); }

  // The date control's rule (web/README.md): until the reader sets a layer by hand, the layers
  // follow the law on the chosen date (core applyDate); once they tick a layer or type a rate,
  // choosing a date changes the date only, until they ask for the law again (followLaw()).
  // A preset or a link follows the date when its layers are the law on its date.
  void setDate(tariff::Day day);
  void followLaw();
  void layersEdited();  // call after the reader ticked a layer or changed its rate
  bool layersFollowDate() const { return layersFollowDate_; }
  bool layersSetByHand() const { return layersByHand_; }  // rather than by a preset or a link
  // The evaluated scenario's layers are exactly the law on its date (kept from refresh(), so that
  // drawing asks without copying the scenario).
  bool layersAreTheLaw() const { return evaluatedIsTheLaw_; }
  tariff::Day firstDay() const { return firstDay_; }
  tariff::Day lastDay() const { return lastDay_; }

  // Evaluates if the scenario changed since the last call (one prepared Results, no allocation in
  // evaluate()); returns true when it did, so the platform can publish the new link.
  bool refresh();

  const tariff::TradeData& data() const { return data_; }
  const tariff::Results& results() const { return results_; }
  const tariff::Scenario& evaluated() const { return evaluated_; }
  // Low/central/high of the headline results for the evaluated scenario (methodology §5.1).
  const tariff::HeadlineRanges& ranges() const { return ranges_; }
  // What was observed while the evaluated scenario's law held (core observedBeside).
  const tariff::ObservedBeside& observed() const { return observed_; }
  // The model beside the Census figures month by month (core modelPath), for the chart.
  const std::vector<tariff::MonthFit>& path() const { return path_; }
  // The law from firstDay() to lastDay() with the reader's assumptions (methodology §2, "Dates").
  const tariff::Timeline& timeline() const { return timeline_; }
  const std::string& link() const { return link_; }
  const std::string& summary() const { return summary_; }
  std::vector<std::string>& notices() { return notices_; }
  // A date after the records' as-of day: said on the page (core lawNotice), empty otherwise.
  const std::string& lawNotice() const { return lawNotice_; }
  // "data sources" on the as-of line asks the sources panel to open and come into view once.
  // The compact view's switches: at most `n` tariff layers that matter most on the evaluated date.
  // The layers the starting scenario (link or preset) adds beyond the law come first, then the law's
  // layers in force that day by the size of their effect under the law. The list depends on the
  // date and the start only, so a switch stays where it is when the reader turns it off.
  std::vector<size_t> mainLayers(size_t n) const;
  // Japan's offers as one switch: on when any offer is on; turning it on restores the offers the
  // starting scenario had on (or the default ones, if it had none).
  bool anyOfferOn() const;
  void setOffers(bool on);

  // "Download image": the platform renders the export graphic after this frame (export_graphic.cpp).
  void requestImage() { imageRequested_ = true; }
  bool takeImageRequest() { return std::exchange(imageRequested_, false); }

  // A "more" link asks for one source by id: the panel opens, scrolls to it and marks it.
  bool takeSourcesRequest() { return std::exchange(sourcesRequested_, false); }
  void requestSources(const std::string& sourceId = {}) {
    sourcesRequested_ = true;
    focusedSource_ = sourceId;
  }
  const std::string& focusedSource() const { return focusedSource_; }
  int evaluations() const { return evaluations_; }

  tariff::Scenario scenario;  // what the reader has chosen; panels edit it during a frame

 private:
  tariff::TradeData data_;
  tariff::Scenario evaluated_;  // the scenario results_ belong to
  tariff::Results results_;
  tariff::RangeWork rangeWork_;  // reused: ranges are recomputed without allocating
  tariff::HeadlineRanges ranges_;
  tariff::ObservedBeside observed_;
  std::vector<tariff::MonthFit> path_;  // the model month by month, for the assumptions of timeline_
  tariff::Timeline timeline_;
  tariff::Assumptions timelineAssumptions_;  // the assumptions timeline_ was built with
  bool timelineBuilt_ = false;
  tariff::Day firstDay_ = 0, lastDay_ = 0;
  bool layersFollowDate_ = true;
  bool layersByHand_ = false;
  bool evaluatedIsTheLaw_ = false;
  bool isTheLaw(const tariff::Scenario& s) const;
  static std::string summaryOf(const tariff::Results& r);
  // What the evaluated results say in words (observed months, the law notice, the summary), in the
  // UI's language: after an evaluation and after a change of language.
  void writeWords();
  std::string link_, summary_;
  std::vector<std::string> notices_;
  std::string lawNotice_;
  bool sourcesRequested_ = false;
  std::string focusedSource_;
  bool imageRequested_ = false;
  tariff::Scenario start_;  // as start() or applyPreset() left it
  std::string startLink_;   // the fragment start() read, for its notices in another language
  std::vector<std::unique_ptr<tariff::Language>> languages_;  // English first; pointers stay put
  std::string englishFile_, languageCode_ = "en";
  std::string requestedLanguage_, languageProblem_;
  bool languageChosen_ = false;
  int languageChanges_ = 0;
  mutable tariff::Day rankedDate_ = -1;
  mutable std::vector<size_t> lawRanking_;  // the law's layers on rankedDate_, largest effect first
  int evaluations_ = 0;
  bool everEvaluated_ = false;
};

}  // namespace usjp
