#!/usr/bin/env python3
"""Runs the desktop app (usjp-desktop) under xvfb-run: each case draws a few frames, saves the last
one as a PNG and must exit 0 with an image that is neither blank nor a single colour. Standard
library only: the PNG is read with zlib."""

import argparse
import os
import struct
import subprocess
import sys
import zlib

CASES = [
    # name, extra arguments, expected image size
    ("desktop", ["--size", "1280x800"], (1280, 800)),
    ("phone", ["--size", "390x844", "--preset", "apr2025"], (390, 844)),
    ("baseline-link", ["--size", "1000x700", "--link", "v=1&l=&o=chips@50&bogus=1"], (1000, 700)),
]


def read_png_rgb(path):
    """Width, height and rows of (r, g, b) bytes of an 8-bit RGB or RGBA PNG, filters undone."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError(f"unexpected PNG format: depth {depth}, colour type {colour}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prior = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = prior[i]
            corner = prior[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(row) if channels == 3 else bytes(b for i, b in enumerate(row) if i % 4 != 3))
        prior = row
    return width, height, rows


def check_image(path, expected_size):
    width, height, rows = read_png_rgb(path)
    if (width, height) != expected_size:
        return f"image is {width}x{height}, expected {expected_size[0]}x{expected_size[1]}"
    colours, ink = set(), 0
    for row in rows[::4]:
        for x in range(0, len(row), 12):
            pixel = row[x:x + 3]
            colours.add(pixel)
            ink += pixel != b"\xff\xff\xff"
    samples = (height // 4 + (height % 4 > 0)) * ((width + 3) // 4)
    if len(colours) < 16:
        return f"only {len(colours)} colours: blank or unrendered"
    if ink < samples * 0.02:
        return f"only {ink} of {samples} sampled pixels are not white: nothing drawn"
    return None


def check_export(path):
    """The results graphic: 960 px wide, as tall as its content, a title in the top left on white."""
    width, height, rows = read_png_rgb(path)
    if width != 960 or not 300 <= height <= 1400:
        return f"export image is {width}x{height}, expected 960 wide and 300-1400 high"
    def ink(x0, y0, x1, y1):
        return sum(rows[y][x * 3:x * 3 + 3] != b"\xff\xff\xff" for y in range(y0, y1) for x in range(x0, x1))
    title = ink(10, 8, 210, 30)          # "US-Japan tariff calculator"
    margin = ink(700, 8, 950, 30)        # right of the title: nothing
    if title < 200 or margin > 20:
        return f"title region has {title} inked pixels, the margin beside it {margin}"
    return check_image(path, (width, height))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--xvfb-run", default="xvfb-run")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failures = 0
    for name, extra, size in CASES:
        shot = os.path.join(args.out, f"{name}.png")
        if os.path.exists(shot):
            os.remove(shot)
        command = [args.xvfb_run, "-a", "-s", "-screen 0 1280x800x24", args.app, "--frames", "6", "--screenshot", shot] + extra
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        problem = None
        if run.returncode != 0:
            problem = f"exit code {run.returncode}\n{run.stderr}"
        elif not os.path.exists(shot):
            problem = "no screenshot written"
        else:
            problem = check_image(shot, size)
        if name == "baseline-link" and problem is None and "bogus" not in run.stderr:
            problem = "the link's unusable part was not reported"
        print(f"{'PASS' if problem is None else 'FAIL'}  {name}: {shot}" + (f"\n      {problem}" if problem else ""))
        failures += problem is not None
    export = os.path.join(args.out, "export.png")
    if os.path.exists(export):
        os.remove(export)
    run = subprocess.run([args.xvfb_run, "-a", "-s", "-screen 0 1280x800x24", args.app, "--frames", "4", "--preset",
                          "sep2025", "--export-png", export], capture_output=True, text=True, timeout=120)
    problem = (f"exit code {run.returncode}\n{run.stderr}" if run.returncode != 0 else
               "no image written" if not os.path.exists(export) else check_export(export))
    print(f"{'PASS' if problem is None else 'FAIL'}  export (Download image): {export}" +
          (f"\n      {problem}" if problem else ""))
    failures += problem is not None
    print(f"\n{len(CASES) + 1 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
