#!/usr/bin/env python3
"""Writes data/competition.json: how Japan's tariffs compare with those on other foreign suppliers
of the same goods, by group of sectors and date (docs/methodology.md §3.2).

The ratio R = (trade-weighted added tariff on other foreign suppliers) / (Japan's added tariff),
both from the same published all-goods statutory rates by partner, so that the product mix of a
sector (exemptions, Section 232 lists) is Japan's own and only the country treatment differs:
core multiplies Japan's added tariff under the law of the day by R. Passenger cars use the auto
tariffs of each supplier instead, because cars are where the country deals differ most.

Inputs are figures copied from their sources, in the tables below:
  PARTNER_RATES  The Budget Lab at Yale, State of U.S. Tariffs dashboard data, daily import-weighted
                 statutory rate by partner group (budget-lab-interactives, tools/state-of-tariffs,
                 scenario tracker_actual_2026-08-11), the values on the days the series moves.
  SHARES         The Budget Lab at Yale, Tariff-Model resources/gtap_baseline/import_baseline_dollars.csv:
                 2024 US imports by GTAP sector and partner group, as shares (%).
usage: scripts/derive_competition.py > data/competition.json
"""
import json

PARTNERS = ['MX', 'CA', 'EU', 'JP', 'CN', 'UK', 'FTA', 'RoW']
# date: statutory rate % by partner (MX, CA, EU, JP, CN, UK, FTA, RoW); None = unchanged
PARTNER_RATES = [
    ('2025-01-01', [0.24, 0.10, 1.31, 1.54, 12.02, 1.03, 0.48, 2.65]),
    ('2025-04-05', [5.71, 4.20, 9.39, 14.52, 56.06, 10.96, 9.46, 9.06]),
    ('2025-04-10', [5.71, 4.20, 9.39, 14.52, 117.73, 10.96, 9.46, 9.38]),
    ('2025-05-03', [5.67, 4.19, 9.86, 15.93, 110.35, 10.96, 10.28, 9.84]),
    # Geneva: China's reciprocal rate cut to 10% from 14 May 2025; the series' next reading is 42.06.
    ('2025-05-14', [5.67, 4.19, 9.86, 15.93, 42.06, 10.96, 10.28, 9.84]),
    ('2025-08-08', [6.56, 6.43, 12.42, 18.65, 42.06, 8.24, 12.71, 16.93]),
    ('2025-08-18', [6.99, 6.69, 12.78, 19.29, 42.32, 8.40, 12.90, 17.02]),
    ('2025-09-19', [6.99, 6.69, 12.78, 14.62, 42.31, 8.37, 12.84, 17.95]),
    ('2025-09-25', [6.99, 6.69, 9.51, 14.62, 42.31, 8.37, 12.84, 17.95]),
    ('2025-10-14', [7.07, 6.90, 9.56, 14.63, 42.42, 8.38, 12.87, 18.05]),
    ('2025-11-16', [7.55, 7.12, 9.56, 14.72, 32.43, 8.62, 12.41, 16.71]),
    ('2025-12-05', [7.55, 7.12, 9.56, 14.72, 32.43, 8.62, 10.13, 16.71]),
    ('2026-01-02', [7.55, 7.12, 9.56, 14.72, 33.65, 8.62, 10.13, 16.64]),
    ('2026-02-25', [6.64, 5.59, 9.33, 12.72, 23.67, 7.84, 9.34, 9.98]),
    ('2026-04-07', [6.97, 5.34, 9.44, 13.68, 25.94, 8.11, 9.53, 11.03]),
    ('2026-07-24', [6.85, 5.27, 7.92, 12.94, 26.52, 7.06, 9.30, 10.94]),
    ('2026-08-19', [6.85, 7.56, 7.91, 12.94, 26.51, 7.06, 9.28, 10.94]),
]
SHARES = {  # % of 2024 US imports of the GTAP sector, by partner (MX, CA, EU, JP, CN, UK, FTA, RoW)
    'mvh': [35.1, 13.6, 16.0, 13.5, 3.9, 2.9, 11.8, 3.2],
    'ome': [17.9, 7.4, 26.6, 11.5, 11.9, 3.5, 7.4, 13.7],
    'ele': [16.6, 1.4, 6.7, 2.4, 22.7, 0.8, 6.6, 42.8],
    'eeq': [27.9, 4.0, 11.4, 4.8, 24.7, 1.0, 7.3, 18.9],
    'chm': [5.6, 17.1, 29.5, 5.9, 9.9, 3.3, 11.0, 17.7],
    'bph': [0.4, 2.2, 61.8, 3.2, 4.4, 3.1, 10.1, 14.9],
    'i_s': [10.2, 21.5, 18.3, 4.4, 3.6, 1.3, 9.8, 31.0],
    'nfm': [10.3, 30.2, 10.0, 1.5, 2.5, 1.6, 22.0, 21.9],
    'otn': [5.6, 20.0, 37.4, 6.4, 5.5, 8.7, 3.9, 12.5],
    'all': [15.7, 12.6, 18.0, 4.6, 13.4, 2.0, 9.2, 24.4],
}
GROUPS = [  # id, name, GTAP sector, our sectors
    ('vehicles', 'Trucks, parts and other vehicles', 'mvh', ['trucks', 'auto_parts']),
    ('machinery', 'Machinery', 'ome', ['machinery', 'construction', 'chip_tools']),
    ('electronics', 'Electronics and instruments', 'ele', ['optical']),
    ('electrical', 'Electrical equipment', 'eeq', ['electrical']),
    ('chemicals', 'Chemicals, plastics and rubber', 'chm', ['chemicals', 'plastics_rubber']),
    ('pharma', 'Pharmaceuticals', 'bph', ['pharma']),
    ('steel', 'Iron and steel', 'i_s', ['steel']),
    ('nonferrous', 'Aluminum, copper and other metals', 'nfm', ['aluminum', 'copper', 'other_metals']),
    ('transport', 'Aircraft, motorcycles and other transport', 'otn', ['aircraft', 'other_vehicles']),
    ('all_goods', 'All other goods', 'all', ['energy_minerals', 'precious', 'wood_furniture', 'food',
                                              'consumer_other', 'special']),
]
# Passenger cars: the added tariff on each other supplier's cars (%), with its share of other
# suppliers' 2024 car sales to the US (Commerce data via Opportimes: Mexico 49.7, Korea 37.4,
# Canada 28.3, Germany 25.3, UK 9.8, other EU 14.1, others 12.3 $bn; Japan 39.9 of 216.8).
CAR_SUPPLIERS = {'Mexico': 49.7, 'Korea': 37.4, 'Canada': 28.3, 'Germany': 25.3, 'UK': 9.8, 'other EU': 14.1,
                 'others': 12.3}
CAR_STEPS = [  # date, {supplier: added tariff %}, Japan's added tariff on cars that day, what changed
    ('2025-04-03', {'Mexico': 15, 'Canada': 15, 'Korea': 25, 'Germany': 25, 'UK': 25, 'other EU': 25, 'others': 25}, 25,
     'Section 232 25% for all; USMCA cars pay it on non-US content only (taken as 60% of value)'),
    ('2025-06-30', {'UK': 7.5}, 25, 'UK cars 10% in all within a quota'),
    ('2025-09-16', {}, 12.5, "Japan's cars 15% in all"),
    ('2025-09-25', {'Germany': 12.5, 'other EU': 12.5}, 12.5, "EU cars 15% in all (in the schedule from 25 September)"),
    ('2025-12-05', {'Korea': 15}, 12.5, "Korea's cars 15% in all (in the schedule from early December)"),
]
SOURCE = 'yale-state-of-tariffs-2026-08'


def others_over_japan(shares, rates, base):
    w = [s for p, s in zip(PARTNERS, shares) if p != 'JP']
    added = [r - b for p, r, b in zip(PARTNERS, rates, base) if p != 'JP']
    japan = rates[PARTNERS.index('JP')] - base[PARTNERS.index('JP')]
    return sum(a * x for a, x in zip(w, added)) / sum(w) / japan


def figure(value, method, source=SOURCE, as_of='2026-08'):
    spread = 0.25 * value
    return {'value': round(value, 3), 'low': round(value - spread, 3), 'high': round(value + spread, 3),
            'source': source, 'as_of': as_of, 'estimate': True, 'method': method}


def main():
    base = PARTNER_RATES[0][1]
    groups = []
    cars, added = [], dict.fromkeys(CAR_SUPPLIERS, 0)
    total = sum(CAR_SUPPLIERS.values())
    for date, change, japan, why in CAR_STEPS:
        added.update(change)
        others = sum(added[k] * v for k, v in CAR_SUPPLIERS.items()) / total
        cars.append({'from': date, 'ratio': figure(others / japan, (
            f'{why}. Other suppliers pay {others:.1f} points on average (weighted by their 2024 car sales to the US), '
            f'Japan {japan} points. Range: plus or minus a quarter.'), source='car-tariffs-by-country', as_of=date)})
    groups.append({'id': 'cars', 'name': 'Passenger cars', 'sectors': ['cars'],
                   'japan_share': {'value': 0.184, 'source': 'commerce-car-imports-2024', 'as_of': '2024',
                                   'method': 'Japan $39.9B of $216.8B US passenger-car imports.'},
                   'steps': cars})
    for gid, name, gtap, sectors in GROUPS:
        shares = SHARES[gtap]
        steps = []
        for date, rates in PARTNER_RATES[1:]:
            r = others_over_japan(shares, rates, base)
            steps.append({'from': date, 'ratio': figure(r, (
                f'Added statutory tariff on other suppliers of GTAP sector {gtap}, weighted by their 2024 shares, '
                f'over Japan\'s, from all-goods rates by partner on {date}: {r:.2f}. All-goods rates carry each '
                'partner\'s own mix of goods, so the ratio is approximate: range plus or minus a quarter.'))})
        groups.append({'id': gid, 'name': name, 'sectors': sectors,
                       'japan_share': {'value': round(shares[PARTNERS.index('JP')] / 100, 3), 'source': 'yale-gtap-imports-2024',
                                       'as_of': '2024', 'method': f'Japan\'s share of 2024 US imports in GTAP sector {gtap}.'},
                       'steps': steps})
    out = {'about': ("How Japan's tariffs compare with those on other foreign suppliers of the same goods. For each group "
                     "of sectors: Japan's share of 2024 US imports, and from each date the ratio of the added tariff "
                     "on other suppliers to Japan's added tariff. Core multiplies Japan's added tariff under the law "
                     "of the day by this ratio (docs/methodology.md section 3.2). Written by "
                     "scripts/derive_competition.py."), 'groups': groups}
    lines = ['{', '  "about": ' + json.dumps(out['about']) + ',', '  "groups": [']
    for i, g in enumerate(groups):
        head = {k: v for k, v in g.items() if k != 'steps'}
        lines.append('    ' + json.dumps(head)[:-1] + ',')
        lines.append('     "steps": [')
        lines.append(',\n'.join('       ' + json.dumps(s) for s in g['steps']))
        lines.append('     ]}' + (',' if i + 1 < len(groups) else ''))
    lines += ['  ]', '}']
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
