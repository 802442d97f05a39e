#!/usr/bin/env python3
"""The Japanese edition's font and language pack (web/CMakeLists.txt, issue 13). Needs fontTools
(Debian python3-fonttools) and Noto Sans CJK (fonts-noto-cjk).

  japanese_font.py subset --cjk NotoSansCJK-Regular.ttc --ja data/i18n/ja.json --latin Roboto.subset.ttf
                          --out ja.otf --switch-out switch.otf
      ja.otf: Noto Sans CJK JP cut to the characters ja.json uses plus kana, CJK punctuation,
      full-width forms and digits. Fails, naming the key and the character, when a character of a
      Japanese string is in neither ja.otf nor the Latin font (a reader would see a missing-glyph box).
      switch.otf: only the characters of the language switch's label (日本語), which the English page
      draws before any Japanese is loaded.
  japanese_font.py english --json data/i18n/en.json --out english_words.cpp
      The UI's English words as a C++ table of literals (web/languages.h: kEnglishWords).
  japanese_font.py minify --json data/i18n/ja.json --out ja.min.json
      A language file for the UI: without indentation, its "about" (the note for translators) and
      the command-line tool's words (cli.*).
  japanese_font.py pack --ja data/i18n/ja.json --font ja.otf [--graphic graphic-ja.json] --out lang-ja.js
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


def strings_of(doc):
    """(key, text) for every string a Japanese reader may see."""
    for key, text in doc.get("strings", {}).items():
        yield key, text
    for key, text in doc.get("names", {}).items():
        yield "names/" + key, text


def subset(cjk, characters, out):
    from fontTools import subset as fts
    from fontTools.ttLib import TTFont
    options = fts.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = []
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "VORG", "vhea", "vmtx", "DSIG", "BASE"]
    options.font_number = 0  # the collection's first face is Noto Sans CJK JP
    font = fts.load_font(cjk, options)
    subsetter = fts.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters))
    subsetter.subset(font)
    fts.save_font(font, out + ".tmp", options)
    with open(out + ".tmp", "rb") as f:
        data = f.read()
    os.remove(out + ".tmp")
    write_if_changed(out, data)
    return set(TTFont(out)["cmap"].getBestCmap().keys())


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
    have = subset(args.cjk, wanted, args.out)
    missing = []
    for key, text in strings_of(doc):
        for c in text:
            if c in "\n\t" or ord(c) in latin or ord(c) in have:
                continue
            missing.append(f"{args.ja}: /strings or /names {key}: U+{ord(c):04X} {c!r} is in no font the page has")
    if missing:
        print("\n".join(missing[:20]), file=sys.stderr)
        print(f"japanese_font.py: {len(missing)} characters would show as missing-glyph boxes", file=sys.stderr)
        return 1
    subset(args.cjk, {ord(c) for c in SWITCH_LABEL}, args.switch_out)
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
    source = ("// Generated by web/cmake/japanese_font.py from data/i18n/en.json; do not edit.\n"
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
    script = ("// The Japanese edition (web/cmake/japanese_font.py): data/i18n/ja.json and its font.\n"
              "(window.usjpLanguagePack||function(){(window.usjpEarlyPacks=window.usjpEarlyPacks||[]).push(arguments)})"
              f"('ja',{json.dumps(words, ensure_ascii=False)},'{font}',"
              f"{json.dumps(page, ensure_ascii=False, separators=(',', ':'))},{graphic});\n")
    write_if_changed(args.out, script.encode("utf-8"))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
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
    return {"subset": command_subset, "minify": command_minify, "english": command_english,
            "pack": command_pack}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
