// Each enum's names in one table, used by the loader, the scenario files, the links and the
// reports, so that a name is spelled once.
#pragma once
#include <cstddef>
#include <string>

#include "scenario.h"
#include "trade_data.h"

namespace tariff {

template <class E>
struct Named {
  E value;
  const char* name;
};

inline constexpr Named<Authority> kAuthorityNames[] = {{Authority::Ieepa, "ieepa"},
                                                       {Authority::Section232, "section232"},
                                                       {Authority::Section122, "section122"},
                                                       {Authority::Section301, "section301"}};
inline constexpr Named<Stacking> kStackingNames[] = {{Stacking::Additive, "additive"},
                                                     {Stacking::InclusiveOfMfn, "inclusive_of_mfn"}};
inline constexpr Named<Horizon> kHorizonNames[] = {{Horizon::ShortRun, "short_run"}, {Horizon::LongRun, "long_run"}};
// The link's shorter spelling (docs/sharing.md: h:short, h:long).
inline constexpr Named<Horizon> kHorizonLinkNames[] = {{Horizon::ShortRun, "short"}, {Horizon::LongRun, "long"}};
inline constexpr Named<OfferKind> kOfferKindNames[] = {{OfferKind::Purchase, "purchase"},
                                                       {OfferKind::Investment, "investment"}};

template <class E, size_t N>
bool fromName(const Named<E> (&table)[N], const std::string& name, E& out) {
  for (const Named<E>& n : table)
    if (name == n.name) {
      out = n.value;
      return true;
    }
  return false;
}

template <class E, size_t N>
const char* nameOf(const Named<E> (&table)[N], E value) {
  for (const Named<E>& n : table)
    if (n.value == value) return n.name;
  return "";
}

// "a, b or c", for messages.
template <class E, size_t N>
std::string namesList(const Named<E> (&table)[N]) {
  std::string out;
  for (size_t i = 0; i < N; ++i) out += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + table[i].name;
  return out;
}

}  // namespace tariff
