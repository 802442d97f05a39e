#!/usr/bin/env python3
"""Runs the real usjp-tariff binary: presets, JSON fields, links, dates, and its errors."""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

TOOL, DATA = sys.argv[1], sys.argv[2]


def day(text):
    return datetime.date.fromisoformat(text)


def in_force(layer, d):
    """The law's own reading of a layer record, written apart from core: dates and pauses."""
    if d < day(layer["start"]) or ("end" in layer and d > day(layer["end"])):
        return False
    return not any(day(p["from"]) <= d <= day(p["to"]) for p in layer.get("pauses", []))


def run(*args, data=DATA):
    p = subprocess.run([TOOL, "--data", data, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def results(*args):
    code, out, err = run("--json", *args)
    assert code == 0, err
    return json.loads(out)


def yen_ja(yen, unit="円"):
    """Yen as the Japanese press writes it (10.4兆円, 2346億円, 12.3億円, 1兆円, −699億円: no thousands
    separators or trailing zeros, a true minus), written apart from core; dollars the same way with
    unit="ドル" (685億ドル)."""
    a, sign = abs(yen), "\u2212" if yen < 0 else ""

    def short(x, places):
        return f"{x:.{places}f}".rstrip("0").rstrip(".")

    if a >= 9.9995e12:
        return f"{sign}{short(a / 1e12, 1)}兆{unit}"
    if a >= 0.99995e12:
        return f"{sign}{short(a / 1e12, 2)}兆{unit}"
    if a >= 0.9995e10:
        return f"{sign}{round(a / 1e8)}億{unit}"
    if a >= 0.99995e8:
        return f"{sign}{short(a / 1e8, 1)}億{unit}"
    if a >= 1e4:
        return f"{sign}{round(a / 1e4)}万{unit}"
    return f"{sign}{round(a)}{unit}"


def flatten(value, pointer=""):
    """JSON as {pointer: leaf}, written apart from core's (nlohmann's flatten)."""
    if isinstance(value, dict) and value:
        out = {}
        for key, item in value.items():
            out.update(flatten(item, pointer + "/" + key.replace("~", "~0").replace("/", "~1")))
        return out
    if isinstance(value, list) and value:
        out = {}
        for i, item in enumerate(value):
            out.update(flatten(item, f"{pointer}/{i}"))
        return out
    return {pointer: value}


class Cli(unittest.TestCase):
    def test_csv_has_the_same_fields_and_figures_as_json(self):
        import csv
        import io
        for preset in ["today", "sep2025", "baseline"]:
            expected = flatten(results("--preset", preset))
            code, out, err = run("--preset", preset, "--csv")
            self.assertEqual(code, 0, err)
            rows = list(csv.reader(io.StringIO(out, newline="")))
            self.assertEqual(rows[0], ["field", "value"])
            got = {field: value for field, value in rows[1:]}
            self.assertEqual(set(got), set(expected), preset)
            for field, value in expected.items():
                text = got[field]
                if isinstance(value, bool):
                    self.assertEqual(text, "true" if value else "false", field)
                elif isinstance(value, (int, float)):
                    self.assertEqual(float(text), float(value), field)  # exact: the shortest round-trip text
                elif value is None:
                    self.assertEqual(text, "", field)
                elif isinstance(value, str):
                    self.assertEqual(text, value, field)
                else:
                    self.assertEqual(json.loads(text), value, field)

    def test_lists_presets(self):
        code, out, _ = run("--list-presets")
        self.assertEqual(code, 0)
        for preset in ["today", "baseline", "apr2025", "country24", "jun2025", "may_offer", "sep2025", "sec122"]:
            self.assertIn(preset, out)

    def test_baseline_json_is_the_2024_deficit(self):
        r = results("--preset", "baseline")
        self.assertEqual(r["deficit_before_usd"], 68.5e9)
        self.assertEqual(r["deficit_after_usd"], 68.5e9)
        for field in ["exporter_cost_usd", "us_buyer_cost_usd", "tariff_revenue_usd", "effective_tariff_rate_pct"]:
            self.assertIn(field, r)
        self.assertGreaterEqual(len(r["sectors"]), 20)
        self.assertEqual(r["sectors"][0]["units_before"], 1388330)

    def test_table_names_the_headline(self):
        code, out, _ = run("--preset", "sep2025")
        self.assertEqual(code, 0)
        self.assertIn("US goods deficit with Japan   $68.5B ->", out)
        self.assertIn("Deal 15%, inclusive of MFN", out)

    def test_link_round_trip_through_the_tool(self):
        code, link, _ = run("--preset", "may_offer", "--encode")
        self.assertEqual(code, 0)
        self.assertEqual(results("--link", link.strip()), results("--preset", "may_offer"))

    def test_scenario_file_matches_the_preset(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"date": "2025-04-05", "layers": "law"}, f)
        try:
            from_file = results("--file", f.name)
        finally:
            os.unlink(f.name)
        preset = results("--preset", "apr2025")
        self.assertAlmostEqual(from_file["deficit_after_usd"], preset["deficit_after_usd"], places=3)

    def test_date_switches_on_the_layers_in_force(self):
        r = results("--date", "2025-09-16")
        on = {layer["id"] for layer in r["layers"] if layer["on"]}
        self.assertEqual(on, {"deal_15", "deal_autos", "s232_metals_50", "s232_derivatives_2025", "s232_copper"})
        cars = next(s for s in r["sectors"] if s["id"] == "cars")
        self.assertEqual(cars["tariff_pct"], 15)

    def test_every_event_date_shows_the_law_as_written(self):
        # For each event, the day before and the day itself: the tool's layers are exactly those the
        # records put in force (read here without core), and a layer that is on but replaced by
        # another one in force adds nothing.
        records = json.load(open(os.path.join(DATA, "layers.json")))
        law_as_of = day(records["law_as_of"])
        for event in records["events"]:
            for d in (day(event["date"]) - datetime.timedelta(days=1), day(event["date"])):
                if d > law_as_of:
                    continue
                with self.subTest(event=event["label"], date=str(d)):
                    r = results("--date", str(d))
                    on = {layer["id"] for layer in r["layers"] if layer["on"]}
                    self.assertEqual(on, {l["id"] for l in records["layers"] if in_force(l, d)})
                    self.assertEqual(r["scenario"]["date"], str(d))

    def test_a_date_after_the_records_gets_a_notice(self):
        records = json.load(open(os.path.join(DATA, "layers.json")))
        later = day(records["law_as_of"]) + datetime.timedelta(days=1)
        code, out, err = run("--json", "--date", str(later))
        self.assertEqual(code, 0)
        self.assertIn("after " + records["law_as_of"], err)
        self.assertTrue(json.loads(out)["notices"])

    def test_today_is_the_law_on_the_records_date(self):
        records = json.load(open(os.path.join(DATA, "layers.json")))
        today = results("--preset", "today")
        self.assertEqual(today["scenario"]["date"], records["law_as_of"])
        law = results("--date", records["law_as_of"])
        self.assertEqual(today["effective_tariff_rate_pct"], law["effective_tariff_rate_pct"])

    def test_garbled_link_is_used_in_part_with_a_notice(self):
        code, out, err = run("--json", "--link", "v=1&l=s232_autos,bogus&o=chips@x")
        self.assertEqual(code, 0)
        self.assertIn('ignored unknown tariff layer "bogus"', err)
        self.assertIn("ignored share", err)
        self.assertTrue(next(l for l in json.loads(out)["layers"] if l["id"] == "s232_autos")["on"])

    def test_unknown_preset_is_an_error(self):
        code, out, err = run("--preset", "nope")
        self.assertEqual(code, 3)
        self.assertEqual(out, "")
        self.assertIn('unknown preset "nope"', err)

    def test_bad_scenario_file_names_the_pointer(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"layers": [{"id": "s232_autos", "rate_pct": -3}]}, f)
        try:
            code, _, err = run("--file", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(code, 3)
        self.assertIn("/layers/0/rate_pct: must not be negative", err)

    def test_broken_data_is_rejected_with_file_pointer_and_rule(self):
        # Its own broken copy of data/, so the test needs no other test to have run first.
        broken = tempfile.mkdtemp()
        try:
            shutil.copytree(DATA, broken, dirs_exist_ok=True)
            trade = json.load(open(os.path.join(broken, "trade_2024.json")))
            trade["import_sectors"][3]["lines"][0]["imports_usd_m"]["value"] = -5
            json.dump(trade, open(os.path.join(broken, "trade_2024.json"), "w"))
            code, out, err = run("--preset", "baseline", data=broken)
        finally:
            shutil.rmtree(broken)
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("trade_2024.json: /import_sectors/3/lines/0/imports_usd_m/value: must not be negative", err)
        self.assertIn("nothing was computed", err)

    def test_japanese_table_has_the_english_figures(self):
        for preset in ["today", "sep2025", "apr2025"]:
            r = results("--preset", preset)
            rate = r["scenario"]["yen_per_usd"]
            code, ja, err = run("--preset", preset, "--lang", "ja")
            self.assertEqual(code, 0, err)
            code, en, err = run("--preset", preset)
            self.assertEqual(code, 0, err)
            names = json.load(open(os.path.join(DATA, "i18n", "ja.json"), encoding="utf-8"))["names"]
            # The deficit in dollars (as the Japanese press writes them: 685億ドル), beside the yen, and
            # the same dollars the English table gives.
            usd = [yen_ja(r["deficit_before_usd"], "ドル"), yen_ja(r["deficit_after_usd"], "ドル")]
            self.assertIn(f"（{usd[0]} → {usd[1]}）", ja)
            before, after = en.split("US goods deficit with Japan")[1].split("(")[0].split("->")
            self.assertEqual([before.strip(), after.strip()],
                             [f"${r['deficit_before_usd'] / 1e9:.1f}B", f"${r['deficit_after_usd'] / 1e9:.1f}B"])
            self.assertIn(yen_ja(r["deficit_after_usd"] * rate) + "（", ja)
            # Every sector's row: its Japanese name, the same tariff and its imports in yen.
            for sector in r["sectors"]:
                row = next((line for line in ja.splitlines() if line.strip().startswith(names["sector:" + sector["id"]] + " ")), None)
                self.assertIsNotNone(row, sector["id"])
                cells = row.split()
                self.assertEqual(cells[1], f"{sector['tariff_pct']:.1f}%", sector["id"])
                self.assertEqual(cells[2], yen_ja(sector["imports_before_usd"] * rate), sector["id"])
                self.assertEqual(cells[3], yen_ja(sector["imports_after_usd"] * rate), sector["id"])
            for layer in r["layers"]:
                if layer["applied"]:
                    self.assertIn(names["layer:" + layer["id"]], ja)
            self.assertNotIn("Passenger cars", ja)

    def test_japanese_presets_and_language_errors(self):
        code, out, err = run("--list-presets", "--lang", "ja")
        self.assertEqual(code, 0, err)
        self.assertIn("2025年9月の日米合意", out)
        self.assertEqual(run("--lang", "fr")[0], 2)
        broken = tempfile.mkdtemp()
        try:
            shutil.copytree(DATA, broken, dirs_exist_ok=True)
            path = os.path.join(broken, "i18n", "ja.json")
            ja = json.load(open(path, encoding="utf-8"))
            del ja["strings"]["cli.rate"]
            json.dump(ja, open(path, "w", encoding="utf-8"), ensure_ascii=False)
            code, out, err = run("--preset", "today", "--lang", "ja", data=broken)
            self.assertEqual(code, 1)
            self.assertEqual(out, "")
            self.assertIn('ja.json: /strings: lacks the key "cli.rate", which', err)
            self.assertEqual(run("--preset", "today", "--json", data=broken)[0], 0)  # English needs no Japanese
        finally:
            shutil.rmtree(broken)

    def test_japanese_notices_graphic_and_csv_header(self):
        records = json.load(open(os.path.join(DATA, "layers.json")))
        later = str(day(records["law_as_of"]) + datetime.timedelta(days=1))
        link = "v=1&l=s232_autos,bogus&d=" + later
        code, out, err = run("--graphic", "--lang", "ja", "--link", link)
        self.assertEqual(code, 0, err)
        self.assertIn('usjp-tariff: リンク：使えなかった部分：不明な関税措置 "bogus"\n', err)
        self.assertIn("usjp-tariff: 注：", err)
        self.assertNotIn("ignored", err)
        self.assertNotIn(" is after ", err)
        ja = json.loads(out)
        code, out, err = run("--graphic", "--link", link)
        self.assertEqual(code, 0, err)
        self.assertIn('usjp-tariff: link: ignored unknown tariff layer "bogus"\n', err)
        en = json.loads(out)
        # The same fields for the page's script; the words in Japanese, yen first with dollars beside.
        self.assertEqual(sorted(ja), sorted(en))
        self.assertEqual([s["kind"] for s in ja["steps"]], [s["kind"] for s in en["steps"]])
        r = results("--link", link)
        rate = r["scenario"]["yen_per_usd"]
        usd = yen_ja(r["deficit_before_usd"], "ドル")
        self.assertEqual(ja["before"], f"{yen_ja(r['deficit_before_usd'] * rate)}（{usd}）")
        self.assertEqual(ja["steps"][0]["value"], yen_ja(r["deficit_before_usd"] * rate))
        self.assertEqual(ja["title"], "日米関税シミュレーター")
        code, out, err = run("--csv", "--lang", "ja", "--preset", "today")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("項目,値\n/"), out[:40])
        self.assertTrue(run("--csv", "--preset", "today")[1].startswith("field,value\n/"))

    def test_usage_errors(self):
        self.assertEqual(run("--date", "yesterday")[0], 2)
        code, out, err = run("--frobnicate")
        self.assertEqual(code, 2)
        self.assertIn("--frobnicate is unknown", err)
        self.assertIn("--help lists the options", err)
        self.assertEqual(run("--preset", "baseline", "--link", "v=1")[0], 2)

    def test_help_in_each_language_from_the_language_files(self):
        words = {code: json.load(open(os.path.join(DATA, "i18n", code + ".json"), encoding="utf-8"))["strings"]
                 for code in ("en", "ja")}
        for args, code in ((("--help",), "en"), (("--help", "--lang", "ja"), "ja"), (("--lang", "ja", "-h"), "ja")):
            rc, out, err = run(*args)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out, words[code]["cli.usage"].replace("{installed}", "../share/usjp-tariff/data"))
        options = lambda text: set(re.findall(r"--[a-z-]+", text))
        self.assertEqual(options(words["ja"]["cli.usage"]), options(words["en"]["cli.usage"]))
        self.assertIn("使い方", run("--help", "--lang", "ja")[1])
        # Without its language file the help still says how to call the program, and where the rest is.
        empty = tempfile.mkdtemp()
        try:
            rc, out, err = run("--help", data=empty)
            self.assertEqual(rc, 1)
            self.assertTrue(out.startswith("usage: usjp-tariff [--data DIR]"), out)
            self.assertIn(os.path.join(empty, "i18n", "en.json"), out + err)
        finally:
            shutil.rmtree(empty)

    def test_observed_table_in_each_language_has_the_json_figures(self):
        code, out, err = run("--observed", "--json", "--preset", "today")
        self.assertEqual(code, 0, err)
        months = json.loads(out)["months"]
        code, en, err = run("--observed", "--preset", "today")
        self.assertEqual(code, 0, err)
        code, ja, err = run("--observed", "--preset", "today", "--lang", "ja")
        self.assertEqual(code, 0, err)
        self.assertIn("米国の対日輸入", ja)
        self.assertNotIn("observed", ja)
        for m in months:
            year, month = m["month"].split("-")
            en_row = next(line for line in en.splitlines() if line.strip().startswith(m["month"]))
            ja_row = next(line for line in ja.splitlines() if line.strip().startswith(f"{year}年{int(month)}月"))
            rate = f"{m['effective_tariff_rate_pct']:.1f}%"
            self.assertIn(rate, en_row)
            self.assertIn(rate, ja_row)
            self.assertIn(yen_ja(m["model_imports_usd"], "ドル"), ja_row)
            if m["observed_imports_usd"] is not None:
                gap = 100 * (m["model_imports_usd"] - m["observed_imports_usd"]) / m["observed_imports_usd"]
                # The same figure, in Japanese with the true minus sign.
                self.assertEqual(en_row.split()[-1], ja_row.split()[-1].replace("\u2212", "-"))
                self.assertNotIn("-", ja_row.split()[-1])
                self.assertAlmostEqual(float(en_row.split()[-1].rstrip("%")), gap, delta=0.051)
        self.assertIn("2025年1～3月期", ja)
        self.assertIn("2025-Q1", en)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
