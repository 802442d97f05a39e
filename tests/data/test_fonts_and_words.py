#!/usr/bin/env python3
"""The fonts' build step (web/cmake/fonts_and_words.py) on the real words and data and on broken
copies: every character a reader may see is in a font the page has, and a character that is in
none fails the build naming the file, the JSON path and the character.

  test_fonts_and_words.py japanese PYTHON_WITH_FONTTOOLS SCRIPT CJK_FONT LATIN_SUBSET DATA_DIR
      Noto Sans CJK JP cut to ja.json (with the Latin subset the page has).
  test_fonts_and_words.py latin PYTHON_WITH_FONTTOOLS SCRIPT ROBOTO_TTF DATA_DIR
      Roboto cut to en.json and the data files the page embeds."""
import glob
import json
import os
import subprocess
import sys
import tempfile

mode, python, script = sys.argv[1:4]
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS  " if ok else "FAIL  ") + name + ("" if ok else "\n      " + detail))
    failures += 0 if ok else 1


def cmap(path):
    from fontTools.ttLib import TTFont
    return set(TTFont(path)["cmap"].getBestCmap())


def with_private_character(path, edit, tmp):
    """A copy of the JSON file at `path` with a private-use character (no font has one) added by `edit`."""
    doc = json.load(open(path, encoding="utf-8"))
    edit(doc)
    broken = os.path.join(tmp, os.path.basename(path))
    with open(broken, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return broken


def japanese(cjk, latin, data, tmp):
    def run(ja):
        out = os.path.join(tmp, "ja.otf")
        done = subprocess.run([python, script, "subset", "--cjk", cjk, "--ja", ja, "--latin", latin, "--out", out,
                               "--switch-out", os.path.join(tmp, "switch.otf")], capture_output=True, text=True)
        return done, out

    real = os.path.join(data, "i18n", "ja.json")
    done, out = run(real)
    check("the real ja.json subsets cleanly", done.returncode == 0, done.stderr)
    if done.returncode == 0:
        have = cmap(out) | cmap(latin)
        doc = json.load(open(real, encoding="utf-8"))
        texts = [v for k, v in doc["strings"].items() if not k.startswith(("page.", "cli."))]
        texts += list(doc["names"].values())
        missing = sorted({c for t in texts for c in t if ord(c) >= 0x20 and ord(c) not in have})
        check("every character of every Japanese string the program draws has a glyph", not missing,
              repr(missing[:20]))
        size = os.path.getsize(out)
        check("the subset is small (under 400 KB before gzip)", size < 400_000, f"{size} bytes")

    def edit(doc):
        doc["strings"]["summary.line"] += "\ue000"
    broken = with_private_character(real, edit, tmp)
    done, _ = run(broken)
    check("a character no font has fails the build", done.returncode != 0, done.stdout + done.stderr)
    check("... naming the file, the key and the character",
          broken in done.stderr and "summary.line" in done.stderr and "U+E000" in done.stderr, done.stderr)


def latin(roboto, data, tmp):
    en = os.path.join(data, "i18n", "en.json")
    data_files = sorted(p for p in glob.glob(os.path.join(data, "*.json")) if not p.endswith("validation.json"))

    def run(en_path, files, wide=False):
        out = os.path.join(tmp, "latin.ttf")
        done = subprocess.run([python, script, "latin", "--font", roboto, "--en", en_path, "--data", *files,
                               *(["--wide"] if wide else []), "--out", out], capture_output=True, text=True)
        return done, out

    done, out = run(en, data_files)
    check("the real words and data subset cleanly", done.returncode == 0, done.stderr)
    if done.returncode != 0:
        return
    have = cmap(out)
    words = json.load(open(en, encoding="utf-8"))["strings"]
    texts = [v for k, v in words.items() if not k.startswith(("page.", "cli."))]
    for path in data_files:
        texts += [t for t in json.dumps(json.load(open(path, encoding="utf-8")), ensure_ascii=False).split('"')]
    arrows = set(range(0x2190, 0x2194))  # web/glyphs.cpp draws these
    missing = sorted({c for t in texts for c in t if ord(c) >= 0x20 and ord(c) not in have | arrows})
    check("every character of the English words and the data has a glyph", not missing, repr(missing[:20]))
    check("... and what core writes by itself (\u2212 \u00a5 \u2026 \u2013)", {0x2212, 0xA5, 0x2026, 0x2013} <= have)
    check("the browser's subset leaves out unused Latin-1 (\u00e6)", 0xE6 not in have)
    done, wide = run(en, data_files, wide=True)
    check("the desktop's (--wide) keeps all of Latin-1", done.returncode == 0 and set(range(0xA0, 0x100)) <= cmap(wide),
          done.stderr)

    def edit_words(doc):
        doc["strings"]["summary.line"] += "\ue000"
    broken = with_private_character(en, edit_words, tmp)
    done, _ = run(broken, data_files)
    check("a word with a character no font has fails the build", done.returncode != 0, done.stdout + done.stderr)
    check("... naming the file, the key and the character",
          broken in done.stderr and "/strings/summary.line" in done.stderr and "U+E000" in done.stderr, done.stderr)

    layers = os.path.join(data, "layers.json")

    def edit_layers(doc):
        doc["layers"][1]["name"] += "\ue000"
    broken = with_private_character(layers, edit_layers, tmp)
    done, _ = run(en, [broken if p == layers else p for p in data_files])
    check("a data file with such a character fails too, naming the file and the JSON path",
          done.returncode != 0 and broken in done.stderr and "/layers/1/name" in done.stderr, done.stderr)


with tempfile.TemporaryDirectory() as tmp:
    if mode == "japanese":
        japanese(*sys.argv[4:7], tmp)
    else:
        latin(*sys.argv[4:6], tmp)

print(f"\n{failures} failed" if failures else "\nall passed")
sys.exit(1 if failures else 0)
