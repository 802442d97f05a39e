// Scenario links: decode(encode(s)) == s, and hostile links never crash and say what they ignored.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "scenario_link.h"
#include "test_support.h"

namespace tariff::test {
namespace {

TEST(Link, RoundTripsEveryPreset) {
  const TradeData& d = shippedData();
  for (const Preset& p : d.presets) {
    const DecodedLink back = decodeScenario(d, encodeScenario(d, p.scenario), english());
    EXPECT_TRUE(back.ignored.empty()) << p.id;
    EXPECT_TRUE(back.scenario == p.scenario) << p.id << ": " << encodeScenario(d, p.scenario);
  }
}

TEST(Link, RoundTripsRandomScenarios) {
  const TradeData& d = shippedData();
  std::mt19937 rng(3);
  for (int i = 0; i < 2000; ++i) {
    const Scenario s = randomScenario(d, rng);
    const std::string link = encodeScenario(d, s);
    const DecodedLink back = decodeScenario(d, link, english());
    ASSERT_TRUE(back.ignored.empty()) << link << ": " << back.ignored.front();
    ASSERT_TRUE(back.scenario == s) << link;
    EXPECT_EQ(encodeScenario(d, back.scenario), link);
  }
}

TEST(Link, IsReadable) {
  const TradeData& d = shippedData();
  Scenario s = d.presets[d.presetIndex("sep2025")].scenario;
  s.layers[layer(d, "s232_metals_50")].ratePct = 40;
  s.assumptions.sectors[sector(d, "cars")].passThrough = 0.5;
  EXPECT_EQ(encodeScenario(d, s),
            "v=1&p=sep2025&d=2025-09-16&l=deal_15,s232_metals_50@40,s232_derivatives_2025,s232_copper,deal_autos"
            "&o=farm@100,energy@100,rice@100,boeing@100&a=pt.cars:0.5");
}

TEST(Link, AcceptsAWholeUrlAndPercentEscapes) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "https://example.org/calc/#v=1&l=s232_autos%4010&o=", english());
  EXPECT_TRUE(a.ignored.empty());
  EXPECT_TRUE(a.scenario.layers[layer(d, "s232_autos")].on);
  EXPECT_EQ(a.scenario.layers[layer(d, "s232_autos")].ratePct, 10);
}

TEST(Link, PresetAloneAppliesThePreset) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "p=may_offer", english());
  EXPECT_TRUE(a.ignored.empty());
  EXPECT_TRUE(a.scenario == d.presets[d.presetIndex("may_offer")].scenario);
}

TEST(Link, ValidPartsApplyAndTheRestIsNamed) {
  const TradeData& d = shippedData();
  const DecodedLink a =
      decodeScenario(d, "v=1&l=s232_autos,nonsense_layer,ieepa_base@abc&o=chips@250&a=fx:144.17,pt.mars:1", english());
  EXPECT_TRUE(a.scenario.layers[layer(d, "s232_autos")].on);
  EXPECT_TRUE(a.scenario.layers[layer(d, "ieepa_base")].on);
  EXPECT_EQ(a.scenario.layers[layer(d, "ieepa_base")].ratePct, 10);
  EXPECT_TRUE(a.scenario.offers[offer(d, "chips")].on);
  EXPECT_EQ(a.scenario.offers[offer(d, "chips")].sharePct, 100);
  EXPECT_EQ(a.scenario.assumptions.yenPerUsd, 144.17);
  ASSERT_EQ(a.ignored.size(), 4u);
  EXPECT_NE(a.ignored[0].find("nonsense_layer"), std::string::npos);
  EXPECT_NE(a.ignored[1].find("abc"), std::string::npos);
  EXPECT_NE(a.ignored[2].find("250"), std::string::npos);
  EXPECT_NE(a.ignored[3].find("mars"), std::string::npos);
}

TEST(Link, FutureVersionIsReadWithANotice) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "v=7&l=s122&zz=1", english());
  EXPECT_EQ(a.version, 7);
  EXPECT_TRUE(a.scenario.layers[layer(d, "s122")].on);
  ASSERT_EQ(a.ignored.size(), 2u);
  EXPECT_NE(a.ignored[0].find("newer version"), std::string::npos);
}

// Thirty hostile links: none may crash, each must leave a usable scenario.
TEST(Link, HostileLinksNeverCrash) {
  const TradeData& d = shippedData();
  const std::string huge(100000, 'a');
  const std::vector<std::string> hostile = {"",
                                            "#",
                                            "?",
                                            "&&&&",
                                            "=",
                                            "v=",
                                            "v=abc",
                                            "v=-1",
                                            "v=1e400",
                                            "v=99999999999999999999",
                                            "l=,,,,",
                                            "l=@",
                                            "l=s232_autos@",
                                            "l=s232_autos@1e999",
                                            "l=s232_autos@-5",
                                            "l=s232_autos@nan",
                                            "l=s232_autos@inf",
                                            "o=chips@",
                                            "o=chips@100;add:2",
                                            "o=chips@100;yrs:0",
                                            "o=chips;;;;",
                                            "a=fx:0",
                                            "a=pt.cars:",
                                            "a=:::",
                                            "d=2025-02-30",
                                            "d=99999-01-01",
                                            "p=../../etc/passwd",
                                            "%",
                                            "%zz%",
                                            "l=%00%ff%fe",
                                            "<script>alert(1)</script>",
                                            huge,
                                            "v=1&" + huge + "=1",
                                            std::string("l=s232_autos\0x", 15),
                                            "o=" + std::string(5000, ',')};
  ASSERT_GE(hostile.size(), 30u);
  for (const std::string& link : hostile) {
    const DecodedLink a = decodeScenario(d, link, english());
    EXPECT_EQ(a.scenario.layers.size(), d.layers.size());
    EXPECT_LE(a.ignored.size(), 21u);
    for (const std::string& why : a.ignored) {
      EXPECT_LT(why.size(), 200u);
      for (char c : why) EXPECT_TRUE(c >= 32 && c < 127) << "notice must be printable";
    }
    const Results r = evaluate(d, a.scenario);
    EXPECT_TRUE(std::isfinite(r.deficitAfterUsd)) << link.substr(0, 60);
  }
}

}  // namespace
}  // namespace tariff::test

namespace tariff::test {
namespace {

// Links that would put something false under the calculator's name (issue: nothing wrong gets through).
TEST(LinkRules, APresetNameStaysOnlyWhileTheScenarioIsThatPreset) {
  const TradeData& d = shippedData();
  const DecodedLink crafted = decodeScenario(d, "v=1&p=sep2025&l=s232_autos@1000,s232_parts@1000", english());
  EXPECT_EQ(crafted.scenario.presetId, "");
  EXPECT_EQ(crafted.basedOnPreset, "sep2025");
  EXPECT_LE(crafted.scenario.layers[layer(d, "s232_autos")].ratePct, kMaxLayerRatePct);
  EXPECT_FALSE(crafted.ignored.empty());  // the rate was clamped, and said
  const DecodedLink plain = decodeScenario(d, "v=1&p=sep2025", english());
  EXPECT_EQ(plain.scenario.presetId, "sep2025");
  EXPECT_TRUE(plain.ignored.empty());
}

TEST(LinkRules, ARepeatedPartCountsOnceTheLastWhole) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "v=1&o=farm@50;add:0.2&o=farm", english());
  const OfferChoice& farm = a.scenario.offers[offer(d, "farm")];
  EXPECT_TRUE(farm.on);
  EXPECT_EQ(farm.sharePct, 100);  // the second "o=" starts from the defaults, like "l=" does
  EXPECT_EQ(farm.additionalShare, d.offers[offer(d, "farm")].additionalShare.value);
  ASSERT_EQ(a.ignored.size(), 1u);
  EXPECT_NE(a.ignored[0].find("given twice"), std::string::npos);
}

TEST(LinkRules, SignsWhereNoneBelongAreRefused) {
  const TradeData& d = shippedData();
  EXPECT_FALSE(decodeScenario(d, "v=1&l=s232_autos@-0", english()).ignored.empty());
  EXPECT_FALSE(decodeScenario(d, "v=+1", english()).ignored.empty());
  EXPECT_TRUE(decodeScenario(d, "v=1&l=s232_autos@1e1", english()).ignored.empty());
}

TEST(LinkRules, AQuestionMarkInsideAFragmentIsNotAnAddress) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "v=1&l=s232_autos&x?=1", english());
  EXPECT_TRUE(a.scenario.layers[layer(d, "s232_autos")].on);  // what came before the '?' still counts
  EXPECT_FALSE(a.ignored.empty());
  const DecodedLink url = decodeScenario(d, "https://example.org/calc/?v=1&l=s232_autos", english());
  EXPECT_TRUE(url.scenario.layers[layer(d, "s232_autos")].on);
}

TEST(LinkRules, NoLinkPutsAnAbsurdFigureUnderTheCalculatorsName) {
  const TradeData& d = shippedData();
  const DecodedLink a = decodeScenario(d, "v=1&o=invest_550@100;add:1;yrs:0.1", english());
  const OfferChoice& invest = a.scenario.offers[offer(d, "invest_550")];
  EXPECT_LE(invest.additionalShare, maxAdditionalShare(d.offers[offer(d, "invest_550")]));
  EXPECT_GE(invest.spreadYears, kMinSpreadYears);
  EXPECT_EQ(a.ignored.size(), 2u);  // both said
  const Results r = evaluate(d, a.scenario);
  EXPECT_GT(r.deficitAfterUsd, 0);
  // The most any link can do with every offer at its bounds and no tariffs: a deficit still above zero.
  Scenario all = defaultScenario(d);
  for (size_t o = 0; o < d.offers.size(); ++o) {
    all.offers[o].on = true;
    all.offers[o].additionalShare = maxAdditionalShare(d.offers[o]);
    all.offers[o].spreadYears = kMinSpreadYears;
  }
  EXPECT_GT(evaluate(d, all).deficitAfterUsd, -100e9);
}

}  // namespace
}  // namespace tariff::test
