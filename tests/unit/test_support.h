// Shared fixtures: the shipped data, loaded once, and small builders for scenarios.
#pragma once
#include <random>
#include <string>

#include "evaluate.h"
#include "language.h"
#include "load_data.h"

namespace tariff::test {

// The data in data/, loaded once; a test that needs to change it takes a copy.
const TradeData& shippedData();
// tests/data/mini: three sectors and round numbers, for rules whose results are worked out by hand.
const TradeData& miniData();
// The words of data/i18n, loaded once: English on its own (what every English result is written
// in), Japanese checked against English and the shipped data.
const Language& english();
const Language& japanese();

int sector(const TradeData& data, const std::string& id);
int layer(const TradeData& data, const std::string& id);
int offer(const TradeData& data, const std::string& id);

// The default (2024 baseline) scenario with the named layers switched on at their data rates.
// A scenario with every kind of choice varied: layers, rates (full double precision), offers,
// their shares and settings, assumptions, horizon, date and preset label.
Scenario randomScenario(const TradeData& data, std::mt19937& rng);

Scenario withLayers(const TradeData& data, std::initializer_list<const char*> layerIds,
                    const char* date = "2025-06-01");

}  // namespace tariff::test
