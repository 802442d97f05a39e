#!/usr/bin/env python3
"""A data file as the program embeds it: the same JSON without indentation or its top-level
"about" (a note for the data's editors), which the loader does not read.

  minify_json.py IN OUT

A file that is not plain valid JSON (a syntax error, a key twice) is copied as it is, so that the
program's own loader reports it with its file, JSON pointer and rule, as it would the original.
fonts_and_words.py uses compact() and write_if_changed() for the language files too, and make_page.py
write_if_changed() for the pages."""
import json
import os
import sys


def unique_keys(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key twice")
    return dict(pairs)


def compact(doc):
    """JSON text without indentation or the top-level "about"."""
    if isinstance(doc, dict):
        doc.pop("about", None)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def write_if_changed(path, data):
    """Writes bytes only when they differ, so that the build does not redo what depends on them."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)


def main(source, target):
    with open(source, "rb") as f:
        raw = f.read()
    try:
        data = compact(json.loads(raw.decode("utf-8"), object_pairs_hook=unique_keys)).encode("utf-8")
    except ValueError:
        data = raw
    write_if_changed(target, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
