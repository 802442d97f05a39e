#!/usr/bin/env python3
"""The Japanese font's build step (web/cmake/japanese_font.py) on the real ja.json and on a broken
copy: every character of a Japanese string is in the subset or in Roboto, and a character that is
in neither fails the build naming the file, the key and the character.

  test_japanese_font.py PYTHON_WITH_FONTTOOLS SCRIPT CJK_FONT LATIN_FONT DATA_DIR"""
import json
import os
import subprocess
import sys
import tempfile

python, script, cjk, latin, data = sys.argv[1:6]
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS  " if ok else "FAIL  ") + name + ("" if ok else "\n      " + detail))
    failures += 0 if ok else 1


def run(ja, out_dir):
    out = os.path.join(out_dir, "ja.otf")
    done = subprocess.run([python, script, "subset", "--cjk", cjk, "--ja", ja, "--latin", latin, "--out", out,
                           "--switch-out", os.path.join(out_dir, "switch.otf")], capture_output=True, text=True)
    return done, out


with tempfile.TemporaryDirectory() as tmp:
    real = os.path.join(data, "i18n", "ja.json")
    done, out = run(real, tmp)
    check("the real ja.json subsets cleanly", done.returncode == 0, done.stderr)
    if done.returncode == 0:
        sys.path.insert(0, os.path.dirname(script))
        from fontTools.ttLib import TTFont
        have = set(TTFont(out)["cmap"].getBestCmap()) | set(TTFont(latin)["cmap"].getBestCmap())
        doc = json.load(open(real, encoding="utf-8"))
        texts = list(doc["strings"].values()) + list(doc["names"].values())
        missing = sorted({c for t in texts for c in t if ord(c) >= 0x20 and ord(c) not in have})
        check("every character of every Japanese string has a glyph", not missing, repr(missing[:20]))
        size = os.path.getsize(out)
        check("the subset is small (under 400 KB before gzip)", size < 400_000, f"{size} bytes")

    doc = json.load(open(real, encoding="utf-8"))
    doc["strings"]["summary.line"] += "\ue000"  # a private-use character no font has
    broken = os.path.join(tmp, "ja.json")
    with open(broken, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    done, _ = run(broken, tmp)
    check("a character no font has fails the build", done.returncode != 0, done.stdout + done.stderr)
    check("... naming the file, the key and the character",
          broken in done.stderr and "summary.line" in done.stderr and "U+E000" in done.stderr, done.stderr)

print(f"\n{failures} failed" if failures else "\nall passed")
sys.exit(1 if failures else 0)
