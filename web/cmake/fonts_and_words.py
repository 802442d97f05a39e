#!/usr/bin/env python3
"""The page's fonts and words at build time (web/CMakeLists.txt). Needs fontTools (Debian
python3-fonttools) and, for Japanese, Noto Sans CJK (fonts-noto-cjk).

  fonts_and_words.py latin --font Roboto-Regular.ttf --en data/i18n/en.json --data data/a.json ...
                           [--wide] --out Roboto-Regular.subset.ttf
      Roboto cut to ASCII, the punctuation core writes, and every other character the UI's English
      words and the data files use (--wide: all of Latin-1 too, for the desktop app, which may read
      other data at run time). Fails, naming the file, the JSON path and the character, when one of
      them is in no font the page has (a reader would see a "?").
  fonts_and_words.py subset --cjk NotoSansCJK-Regular.ttc --ja data/i18n/ja.json --latin Roboto.subset.ttf
                          --out ja.otf --switch-out switch.otf
      ja.otf: Noto Sans CJK JP cut to the characters ja.json uses plus kana, CJK punctuation,
      full-width forms and digits. Fails, naming the key and the character, when a character of a
      Japanese string is in neither ja.otf nor the Latin font (a reader would see a missing-glyph box).
      switch.otf: only the characters of the language switch's label (日本語), which the English page
      draws before any Japanese is loaded.
  fonts_and_words.py english --json data/i18n/en.json --out english_words.cpp
      The UI's English words as a C++ table of literals (web/languages.h: kEnglishWords).
  fonts_and_words.py minify --json data/i18n/ja.json --out ja.min.json
      A language file for the UI: without indentation, its "about" (the note for translators) and
      the command-line tool's words (cli.*).
  fonts_and_words.py pack --ja data/i18n/ja.json --font ja.otf [--graphic graphic-ja.json] --out lang-ja.js
      One script with both, for the browser to load when a reader chooses Japanese: a script, not a
      fetch, so that it also loads in a sandboxed iframe and from file:// (as index.wasm.js does).
"""
import argparse
import base64
import json
import os
import sys

from minify_json import compact, write_if_changed  # beside this file

# Always in the subset, whether or not today's strings use them: kana, CJK punctuation, full-width
# ASCII and forms, so that a new string with a common character does not need a new rule here.
ALWAYS = [(0x3000, 0x303F), (0x3041, 0x3096), (0x309B, 0x309E), (0x30A0, 0x30FF), (0xFF01, 0xFF5E),
          (0x00B7, 0x00B7), (0x2025, 0x2026), (0x203B, 0x203B), (0x2190, 0x2193), (0x25A0, 0x25CF)]
SWITCH_LABEL = "日本語"
# What core writes in Japanese by itself (formatYenJa, formatDayJa): kJapaneseFigureText in theme.cpp.
CORE_TEXT = "兆億万円ドル年月日約前後"


CJK_DROP = ["GSUB", "GPOS", "GDEF", "VORG", "vhea", "vmtx", "DSIG", "BASE"]


def strings_of(doc):
    """(key, text) for every string a Japanese reader may see drawn by the program (the page's own
    words are HTML, in the browser's fonts; the CLI's are in a terminal's)."""
    for key, text in doc.get("strings", {}).items():
        if not key.startswith(NOT_THE_PROGRAMS):
            yield key, text
    for key, text in doc.get("names", {}).items():
        yield "names/" + key, text


def subset(path, characters, out, drop_layout):
    """The font at `path` cut to `characters`, without layout tables, hinting or names (ImGui uses
    none of them); returns the characters it has."""
    from fontTools import subset as fts
    from fontTools.ttLib import TTFont
    options = fts.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = []
    options.notdef_outline = True
    options.drop_tables += drop_layout
    options.font_number = 0  # a collection's first face: Noto Sans CJK's is JP
    font = fts.load_font(path, options)
    subsetter = fts.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters))
    subsetter.subset(font)
    fts.save_font(font, out + ".tmp", options)
    with open(out + ".tmp", "rb") as f:
        data = f.read()
    os.remove(out + ".tmp")
    write_if_changed(out, data)
    return set(TTFont(out)["cmap"].getBestCmap().keys())


def report_missing(missing, seen_as):
    """The build's exit code: 0, or 1 after printing the characters no font has (the first 20)."""
    if not missing:
        return 0
    print("\n".join(missing[:20]), file=sys.stderr)
    print(f"fonts_and_words.py: {len(missing)} characters would show as {seen_as}", file=sys.stderr)
    return 1


# Always in the Latin subset: what core and the UI write by themselves (format.cpp's minus and yen
# sign, the en and em dashes, quotes, the bullet, the ellipsis, approx., the inequalities, the
# middle dot, the multiplication sign, the no-break space).
LATIN_ALWAYS = [(0x20, 0x7E), (0xA0, 0xA0), (0xA5, 0xA5), (0xB7, 0xB7), (0xD7, 0xD7), (0x2013, 0x2014),
                (0x2018, 0x2019), (0x201C, 0x201D), (0x2022, 0x2022), (0x2026, 0x2026), (0x2212, 0x2212),
                (0x2248, 0x2248), (0x2264, 0x2265)]
LATIN_WIDE = [(0xA0, 0xFF)]
# Drawn by web/glyphs.cpp, not taken from a font.
DRAWN_ARROWS = range(0x2190, 0x2194)


def texts_of(value, path=""):
    """(JSON pointer, text) for every string in a JSON document."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts_of(item, f"{path}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts_of(item, f"{path}/{i}")


def command_latin(args):
    """The Latin font: only the characters the English page can draw, checked against the words."""
    from fontTools.ttLib import TTFont
    documents = []  # (file, pointer, text) a reader of the English page may see
    with open(args.en, encoding="utf-8") as f:
        documents += [(args.en, "/strings/" + k, v) for k, v in strings_of(json.load(f))]  # en has no names
    for path in args.data:
        with open(path, encoding="utf-8") as f:
            documents += [(path, pointer, text) for pointer, text in texts_of(json.load(f))
                          if not pointer.startswith("/about")]  # for maintainers; not embedded
    font_has = set(TTFont(args.font)["cmap"].getBestCmap().keys())
    wanted = {c for first, last in LATIN_ALWAYS + (LATIN_WIDE if args.wide else []) for c in range(first, last + 1)}
    wanted |= {ord(c) for _, _, text in documents for c in text if ord(c) in font_has}
    have = subset(args.font, wanted & font_has, args.out, drop_layout=["GSUB", "GPOS", "GDEF", "DSIG"])
    missing = [f"{file}: {pointer}: U+{ord(c):04X} {c!r} is in no font the English page has"
               for file, pointer, text in documents for c in text
               if c not in "\n\t" and ord(c) not in have and ord(c) not in DRAWN_ARROWS]
    return report_missing(missing, '"?"')


def command_subset(args):
    from fontTools.ttLib import TTFont
    with open(args.ja, encoding="utf-8") as f:
        doc = json.load(f)
    latin = set(TTFont(args.latin)["cmap"].getBestCmap().keys())
    wanted = {ord(c) for _, text in strings_of(doc) for c in text if ord(c) > 0x7F and ord(c) not in latin}
    for first, last in ALWAYS:
        wanted.update(range(first, last + 1))
    wanted.update(range(0x30, 0x3A))
    wanted.update(ord(c) for c in CORE_TEXT)
    have = subset(args.cjk, wanted, args.out, CJK_DROP)
    missing = [f"{args.ja}: /strings or /names {key}: U+{ord(c):04X} {c!r} is in no font the page has"
               for key, text in strings_of(doc) for c in text
               if c not in "\n\t" and ord(c) not in latin and ord(c) not in have]
    if report_missing(missing, "missing-glyph boxes"):
        return 1
    subset(args.cjk, {ord(c) for c in SWITCH_LABEL}, args.switch_out, CJK_DROP)
    return 0


# Words the program never says: the command-line tool's, and the page's own (web/js/pre.js has them
# from the page and from lang-ja.js). The UI's copies leave them out, every language alike, so its
# check that both have the same keys still holds.
NOT_THE_PROGRAMS = ("cli.", "page.")


def minified(path):
    """The file's JSON without indentation, "about" or the CLI's words; a broken file fails the build here."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["strings"] = {k: v for k, v in doc["strings"].items() if not k.startswith(NOT_THE_PROGRAMS)}
    return compact(doc)


def command_minify(args):
    write_if_changed(args.out, minified(args.json).encode("utf-8"))
    return 0


def c_string(text):
    """A C++ string literal: UTF-8 as it is, quotes, backslashes and control characters escaped."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 0x20:
            out.append(f"\\{ord(c):03o}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def command_english(args):
    """English compiled in as a table of literals: each key literal is the very one the code asks
    with (the linker keeps one copy of equal literals), and nothing is parsed at start-up."""
    with open(args.json, encoding="utf-8") as f:
        doc = json.load(f)
    words = sorted((k, v) for k, v in doc["strings"].items() if not k.startswith(NOT_THE_PROGRAMS))
    rows = "\n".join(f"    {{{c_string(k)}, {c_string(v)}}}," for k, v in words)
    source = ("// Generated by web/cmake/fonts_and_words.py from data/i18n/en.json; do not edit.\n"
              '#include "languages.h"\n\nnamespace usjp {\n\n'
              f"extern const EnglishWord kEnglishWords[] = {{\n{rows}\n}};\n"
              f"extern const int kEnglishWordsCount = {len(words)};\n\n}}  // namespace usjp\n")
    write_if_changed(args.out, source.encode("utf-8"))
    return 0


def command_pack(args):
    words = minified(args.ja)
    with open(args.ja, encoding="utf-8") as f:  # the page's own words, for web/js/pre.js
        page = {k: v for k, v in json.load(f)["strings"].items() if k.startswith("page.")}
    graphic = "null"  # or the static graphic of the opening scenario in Japanese, as JSON text
    if args.graphic:
        with open(args.graphic, encoding="utf-8") as f:
            text = json.dumps(json.load(f), ensure_ascii=False, separators=(",", ":"))
        graphic = json.dumps(text, ensure_ascii=False)
    with open(args.font, "rb") as f:
        font = base64.b64encode(f.read()).decode("ascii")
    # Before the page's script has run (inlined ahead of it in the single-file page), the pack waits
    # in window.usjpEarlyPacks for web/js/pre.js.
    script = ("// The Japanese edition (web/cmake/fonts_and_words.py): data/i18n/ja.json and its font.\n"
              "(window.usjpLanguagePack||function(){(window.usjpEarlyPacks=window.usjpEarlyPacks||[]).push(arguments)})"
              f"('ja',{json.dumps(words, ensure_ascii=False)},'{font}',"
              f"{json.dumps(page, ensure_ascii=False, separators=(',', ':'))},{graphic});\n")
    write_if_changed(args.out, script.encode("utf-8"))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("latin")
    r.add_argument("--font", required=True)
    r.add_argument("--en", required=True)
    r.add_argument("--data", nargs="*", default=[])
    r.add_argument("--wide", action="store_true")
    r.add_argument("--out", required=True)
    s = sub.add_parser("subset")
    s.add_argument("--cjk", required=True)
    s.add_argument("--ja", required=True)
    s.add_argument("--latin", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--switch-out", required=True)
    t = sub.add_parser("english")
    t.add_argument("--json", required=True)
    t.add_argument("--out", required=True)
    m = sub.add_parser("minify")
    m.add_argument("--json", required=True)
    m.add_argument("--out", required=True)
    p = sub.add_parser("pack")
    p.add_argument("--ja", required=True)
    p.add_argument("--font", required=True)
    p.add_argument("--graphic", default="")
    p.add_argument("--out", required=True)
    args = parser.parse_args()
    return {"latin": command_latin, "subset": command_subset, "minify": command_minify, "english": command_english,
            "pack": command_pack}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
