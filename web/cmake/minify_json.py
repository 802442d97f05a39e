#!/usr/bin/env python3
"""A data file as the program embeds it: the same JSON without indentation or its top-level
"about" (a note for the data's editors), which the loader does not read.

  minify_json.py IN OUT

A file that is not plain valid JSON (a syntax error, a key twice) is copied as it is, so that the
program's own loader reports it with its file, JSON pointer and rule, as it would the original."""
import json
import os
import sys


def unique_keys(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key twice")
    return dict(pairs)


def main(source, target):
    with open(source, "rb") as f:
        raw = f.read()
    try:
        doc = json.loads(raw.decode("utf-8"), object_pairs_hook=unique_keys)
        if isinstance(doc, dict):
            doc.pop("about", None)
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except ValueError:
        data = raw
    try:
        with open(target, "rb") as f:
            if f.read() == data:
                return 0
    except FileNotFoundError:
        pass
    with open(target + ".tmp", "wb") as f:
        f.write(data)
    os.replace(target + ".tmp", target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
