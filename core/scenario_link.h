// The scenario in a page address: compact, versioned and readable, e.g.
//   v=1&p=sep2025&d=2025-09-16&l=deal_15,deal_autos,s232_metals_50@40&o=farm@100,chips@50;add:0.3&a=fx:144.17,pt.cars:0.3
// The browser and the command-line tool use this one pair; docs/sharing.md describes the format.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace tariff {

constexpr int kLinkVersion = 1;
constexpr size_t kMaxLinkLength = 4096;

struct DecodedLink {
  Scenario scenario;
  std::vector<std::string> ignored;  // one line per part that could not be used, for a visible notice
  int version = 0;                   // 0 when the link had none
  std::string basedOnPreset;         // the "p=" of a link whose settings differ from that preset
};

std::string encodeScenario(const TradeData& data, const Scenario& scenario);

// Never fails: whatever cannot be read is listed in `ignored`, in `lang`, and the rest applies to
// the default scenario. Accepts the fragment alone or a whole URL ("...#v=1&...").
DecodedLink decodeScenario(const TradeData& data, const std::string& link, const Language& lang);

}  // namespace tariff
