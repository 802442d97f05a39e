#!/usr/bin/env python3
"""cmake --install gives a working command-line tool in another prefix, and the prefix may move.

usage: test_install.py CMAKE BUILD_DIR

Installs the `cli` component into a fresh prefix, moves the prefix elsewhere, and runs the
installed usjp-tariff from an unrelated directory with no USJP_DATA_DIR: it must find the data
installed beside it (not the source tree it was built from) and compute a preset.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    cmake, build = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="usjp-install-")
    try:
        first = os.path.join(work, "first")
        subprocess.run([cmake, "--install", build, "--prefix", first, "--component", "cli"], check=True,
                       stdout=subprocess.DEVNULL)
        moved = os.path.join(work, "moved", "elsewhere")
        os.makedirs(os.path.dirname(moved))
        shutil.move(first, moved)
        tool = os.path.join(moved, "bin", "usjp-tariff")
        data = os.path.join(moved, "share", "usjp-tariff", "data")
        assert os.path.isfile(os.path.join(data, "layers.json")), "no data installed in " + data
        env = {k: v for k, v in os.environ.items() if k != "USJP_DATA_DIR"}
        where = subprocess.run([tool, "--where"], cwd=work, env=env, capture_output=True, text=True, check=True)
        used = os.path.realpath(where.stdout.strip())
        assert used == os.path.realpath(data), "the installed tool reads %s, not %s" % (used, data)
        result = subprocess.run([tool, "--preset", "today", "--json"], cwd=work, env=env, capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["effective_tariff_rate_pct"] > 0, "no figure computed"
        print("installed, moved to %s, and computed the preset 'today' from %s" % (moved, used))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
