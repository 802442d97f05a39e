#!/usr/bin/env python3
"""docs/validation.md must be exactly what `usjp-tariff --validation` prints for the shipped data."""
import difflib
import subprocess
import sys

TOOL, DATA, DOC = sys.argv[1], sys.argv[2], sys.argv[3]
p = subprocess.run([TOOL, "--data", DATA, "--validation"], capture_output=True, text=True, timeout=120)
if p.returncode not in (0, 4):
    sys.exit(f"usjp-tariff --validation failed ({p.returncode}): {p.stderr}")
with open(DOC, encoding="utf-8") as f:
    doc = f.read()
if doc != p.stdout:
    sys.stdout.writelines(list(difflib.unified_diff(doc.splitlines(True), p.stdout.splitlines(True), DOC, "usjp-tariff --validation"))[:60])
    sys.exit(f"{DOC} is out of date: regenerate it with\n  {TOOL} --validation > docs/validation.md")
print(f"{DOC} matches usjp-tariff --validation")
