#!/usr/bin/env python3
"""Derives data/hs_lists.json: the share of each HS line of data/trade_2024.json that each official
product list names (docs/data.md, "Coverage by product").

Inputs, downloaded by hand (nothing here fetches):
  --dataweb FILE  a USITC DataWeb export: imports for consumption, all countries aggregated, 2024,
                  by HTS10, with "CIF Import Value" and "Charges, Insurance, and Freight" (.xlsx)
  --lists DIR     the HTS lists transcribed from the official annexes and US notes, one file each, as
                  published in the Budget Lab at Yale's tariff-rate-tracker (resources/); the
                  corrections this project makes to them are applied below and listed in docs/data.md
Japan's own 2024 imports are known to us by HS chapter and a few headings only (the lines of
trade_2024.json). Inside a line, HTS10 lines are weighted by 2024 imports from all countries: a
proxy, so every derived share carries a range (half the distance to 0 or 1, plus 0.05).
Japan-specific evidence overrides the proxy where we have it (OVERRIDES below).

usage: scripts/derive_coverage.py --dataweb FILE --lists DIR [--out data/hs_lists.json]
"""
import argparse
import csv
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import defaultdict

ROOT = __file__.rsplit('/scripts/', 1)[0]
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}


def xlsx_rows(path):
    """Yields (sheet name, row as list of strings) from an .xlsx, standard library only."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if 'xl/sharedStrings.xml' in z.namelist():
            for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
                shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
        for name in sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet')):
            for row in ET.fromstring(z.read(name)).iter('{%s}row' % NS['m']):
                cells = []
                for c in row.findall('m:c', NS):
                    v = c.find('m:v', NS)
                    text = '' if v is None else v.text
                    if c.get('t') == 's':
                        text = shared[int(text)]
                    elif c.get('t') == 'inlineStr':
                        text = ''.join(t.text or '' for t in c.iter('{%s}t' % NS['m']))
                    cells.append(text)
                yield name, cells


def world_customs_values(path):
    """HTS10 -> 2024 customs value (CIF less charges), all countries, US$."""
    cif, charges = {}, {}
    for _, r in xlsx_rows(path):
        if len(r) < 5 or not re.fullmatch(r'\d{10}', r[1] or ''):
            continue
        if r[0] == 'CIF Import Value':
            cif[r[1]] = float(r[4])
        elif r[0] == 'Charges, Insurance, and Freight':
            charges[r[1]] = float(r[4])
    return {k: v - charges.get(k, 0.0) for k, v in cif.items() if v - charges.get(k, 0.0) > 0}


def read_codes(path, column=0, where=None):
    codes = []
    with open(path) as f:
        lines = [l for l in f if not l.startswith('#')]
    for row in csv.reader(lines):
        if not row or not re.fullmatch(r'[\d.]+', row[column].strip('"')):
            continue
        if where and not where(row):
            continue
        codes.append(row[column].strip('"').replace('.', ''))
    return codes


def matcher(prefixes):
    ps = sorted(set(prefixes), key=len)
    return lambda hs10: any(hs10.startswith(p) for p in ps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dataweb', required=True)
    ap.add_argument('--lists', required=True)
    ap.add_argument('--out', default=ROOT + '/data/hs_lists.json')
    a = ap.parse_args()
    world = world_customs_values(a.dataweb)
    L = a.lists.rstrip('/')
    trade = json.load(open(ROOT + '/data/trade_2024.json'))
    lines = sorted((l['hs'] for s in trade['import_sectors'] for l in s['lines']), key=len, reverse=True)

    def line_of(hs10):
        return next((l for l in lines if hs10.startswith(l)), None)

    metal = {}
    with open(L + '/metal_content_shares_bea_hs10.csv') as f:
        for r in csv.DictReader(f):
            metal[r['hs10']] = r
    by_prefix = defaultdict(list)
    for hs10, r in metal.items():
        for n in (8, 6, 4):
            by_prefix[hs10[:n]].append(r)

    def content(kind):
        # The BEA input-output share of a metal in the good's value; a code missing from the table
        # takes its nearest parent's average, else one half (the Tax Policy Center's convention).
        def share(hs10):
            if hs10 in metal:
                return float(metal[hs10][kind + '_share'])
            for n in (8, 6, 4):
                rows = by_prefix.get(hs10[:n])
                if rows:
                    return sum(float(r[kind + '_share']) for r in rows) / len(rows)
            return 0.5
        return share

    # The 2026 metals annexes list subheadings; a bare "8471" (computers) in the transcription is not
    # in the proclamation's annex text, which names only parts of power supplies for 8471.
    annex = [r for r in csv.DictReader(open(L + '/s232_annex_products.csv')) if r['hts_prefix'] != '8471']
    deriv = list(csv.DictReader(open(L + '/s232_derivative_products.csv')))
    autoparts = [c for c in read_codes(L + '/s232_auto_parts.txt') if c != '8471']  # see docs/data.md
    mhd_parts = read_codes(L + '/s232_mhd_parts.txt')
    semi_q = {r['hts10']: float(r['qualifying_share']) for r in csv.DictReader(open(L + '/semi_qualifying_shares.csv'))}
    heavy = ['87012100', '87012200', '87012300', '87012400', '87012900', '87041010', '87041050', '87042211',
             '87042251', '87042301', '87043201', '87044200', '87044300', '87045200', '87046000', '87049001',
             '87054000', '8705900080', '87060003', '8706000520', '8706000575', '87060025', '87060050', '87091100',
             '87091900']

    # Each list: id -> (prefixes, weight function of an HTS10, then the lists whose codes it leaves out)
    vehicles = ['8703', '87042101', '87043101', '87044100', '87045100']
    lists = {
        'vehicles_232': (vehicles, None),
        'mhd_232': (heavy + [c for c in mhd_parts if not matcher(autoparts)(c.ljust(10, '0'))], None),
        'buses_232': (['8702'], None),
        'auto_parts_232': (autoparts, None),
        'ai_chips_232': (list(semi_q), lambda h: semi_q.get(h, 0.0)),
        'softwood_232': (['44031100', '44032101', '44032201', '44032301', '44032401', '44032501', '44032601',
                          '44039901', '44061100', '44069100', '44071100', '44071200', '44071300', '44071400',
                          '44071900'], None),
        'furniture_232': (['9401614011', '9401614031', '9401616011', '9401616031', '9403409060', '9403608093',
                           '9403910080'], None),
        'drones_232': (['8806'], None),
        'polysilicon_232': (['3818', '854142', '854143'], None),
        'copper_232': (read_codes(L + '/s232_copper_products.csv'), content('copper')),
        'steel_aluminum_232': (['72', '73', '76'] + [d['hts_prefix'] for d in deriv if d['effective_date'] == ''],
                               lambda h: 1.0 if h[:2] in ('72', '73', '76') else content('aluminum')(h)),
        'derivatives_2025_08': ([d['hts_prefix'] for d in deriv if d['effective_date'] == '2025-08-18'],
                                lambda h: content('metal')(h)),
        'metals_2026_50': ([r['hts_prefix'] for r in annex if r['annex'] == '1a'], None),
        'metals_2026_25': ([r['hts_prefix'] for r in annex if r['annex'] == '1b'], None),
        'metals_2026_15': ([r['hts_prefix'] for r in annex if r['annex'] == '3'], None),
        'mobile_equipment': (['8426', '8427', '8429', '8430'], None),
        'civil_aircraft': (['88'], lambda h: 0.0 if h.startswith('8806') else 1.0),
        'pharma_patented': ([], None),  # Japan-specific share only (hs_lists_meta.json)
    }
    ieepa = [c for c in read_codes(L + '/ieepa_exempt_products.csv')
             if not c.startswith('88')                                  # another country's aircraft annex
             and not (c.startswith('8523') and not c.startswith('852351'))  # only 8523.51 is listed
             and not c.startswith('854142') and not c.startswith('854143')]  # not solar cells
    s122 = read_codes(L + '/s122_exempt_products.csv')
    lists['annex2'] = (ieepa, None)
    lists['s122_exempt'] = (s122 + ['88'], lambda h: 0.0 if h.startswith('8806') else 1.0)
    lists['fl301_exempt'] = (s122 + ['88', '30'], lambda h: 0.0 if h.startswith('8806') else 1.0)

    # Section 232 goods are never also exempt in our lists: exemption lists leave out the goods of the
    # Section 232 lists in force when their layer began (methodology §2.1); among Section 232 lists in
    # force together, a good counts on the first that names it (the auto and truck proclamations keep
    # their goods out of the metals duties).
    order = ['vehicles_232', 'mhd_232', 'buses_232', 'auto_parts_232', 'ai_chips_232', 'drones_232',
             'polysilicon_232', 'softwood_232', 'furniture_232', 'copper_232', 'steel_aluminum_232',
             'derivatives_2025_08', 'metals_2026_50', 'metals_2026_25', 'metals_2026_15']
    leaves_out = {
        'annex2': ['vehicles_232', 'auto_parts_232', 'steel_aluminum_232'],
        's122_exempt': ['vehicles_232', 'mhd_232', 'buses_232', 'auto_parts_232', 'ai_chips_232', 'softwood_232',
                        'furniture_232', 'copper_232', 'steel_aluminum_232', 'derivatives_2025_08'],
        'fl301_exempt': ['vehicles_232', 'mhd_232', 'buses_232', 'auto_parts_232', 'ai_chips_232',
                         'softwood_232', 'furniture_232', 'metals_2026_50', 'metals_2026_25', 'metals_2026_15'],
    }
    for i, lid in enumerate(order):
        if lid.startswith('metals_2026'):
            leaves_out[lid] = [x for x in order[:i] if not x.startswith(('copper', 'steel', 'deriv'))]
        elif lid in ('copper_232', 'steel_aluminum_232', 'derivatives_2025_08'):
            leaves_out[lid] = order[:i]
        else:
            leaves_out[lid] = [x for x in order[:i] if not x.startswith('metals_2026')]

    match = {k: matcher(v[0]) for k, v in lists.items()}
    line_total = defaultdict(float)
    covered = defaultdict(lambda: defaultdict(float))
    examples = defaultdict(lambda: defaultdict(int))
    def weight_on(lid, hs10):
        if not match[lid](hs10):
            return 0.0
        w = lists[lid][1](hs10) if lists[lid][1] else 1.0
        taken = sum(weight_on(o, hs10) for o in leaves_out.get(lid, []))
        return max(0.0, w * (1.0 - min(1.0, taken)))

    for hs10, value in world.items():
        line = line_of(hs10)
        if line is None:
            continue
        line_total[line] += value
        for lid in lists:
            w = weight_on(lid, hs10)
            if w > 0:
                covered[lid][line] += value * w
                examples[lid][line] += 1
    write_lists(a.out, line_total, covered, examples)


def share_range(x):
    """A derived share with the range this project states for world-weighted proxies."""
    half = 0.5 * min(x, 1 - x) + 0.05
    return max(0.0, x - half), min(1.0, x + half)


def write_lists(out_path, line_total, covered, count):
    meta = json.load(open(ROOT + '/scripts/hs_lists_meta.json'))
    out = {'about': meta['about'], 'lists': []}
    for spec in meta['lists']:
        lid = spec['id']
        entries = []
        overrides = {o['hs']: o for o in spec.get('overrides', [])}
        lines = sorted(set(covered.get(lid, {})) | set(overrides))
        for line in lines:
            if line in overrides:
                o = overrides[line]
                entries.append({'hs': line, 'share': o['share']})
                continue
            x = covered[lid][line] / line_total[line]
            if x < 0.0005:
                continue
            if x > 0.9995:
                entries.append({'hs': line})
                continue
            lo, hi = share_range(x)
            entries.append({'hs': line, 'share': {
                'value': round(x, 3), 'low': round(lo, 3), 'high': round(hi, 3), 'source': spec['source'],
                'as_of': spec['as_of'], 'estimate': True,
                'method': f"{count[lid][line]} HTS10 lines of HS {line} on the list, weighted by 2024 US imports from all "
                          "countries (USITC DataWeb): "
                          f"{covered[lid][line] / 1e6:,.0f} of {line_total[line] / 1e6:,.0f} $M" +
                          (', at their metal content (BEA input-output shares)' if spec.get('content') else '') +
                          '. Japan\'s own mix inside the line is not known to us; the range is half the distance to 0 or 1, plus 0.05.'}})
        rec = {k: spec[k] for k in ('id', 'name', 'source', 'as_of', 'note') if k in spec}
        rec['entries'] = entries
        out['lists'].append(rec)
    with open(out_path, 'w') as f:
        f.write('{\n  "about": ' + json.dumps(out['about']) + ',\n  "lists": [\n')
        for i, rec in enumerate(out['lists']):
            head = {k: v for k, v in rec.items() if k != 'entries'}
            f.write('    ' + json.dumps(head)[:-1] + ',\n     "entries": [\n')
            f.write(',\n'.join('       ' + json.dumps(e) for e in rec['entries']))
            f.write('\n     ]}' + (',' if i + 1 < len(out['lists']) else '') + '\n')
        f.write('  ]\n}\n')
    print('wrote', out_path, file=sys.stderr)


if __name__ == '__main__':
    main()
