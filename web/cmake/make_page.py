#!/usr/bin/env python3
"""Build-time page assets for the browser build (web/cmake/emscripten_app.cmake).

  make_page.py page --shell shell.html --css page.css --data DIR --split OUT --single OUT
      Fills shell.html's <!-- usjp:baseline --> markers with the 2024 baseline and the list of
      sources from DIR/trade_2024.json and DIR/sources.json (shown without JavaScript or WebGL2),
      and writes two shells: the split build's (links page.css, keeps the CSP meta tag) and the
      single-file build's (page.css inlined, no CSP meta tag yet: csp-single adds one after the link).
  make_page.py wasm-script IN.wasm OUT.js
      Writes the wasm as base64 inside a script, for pages with an opaque origin (web/js/progress.js).
  make_page.py docs --docs DIR --data DIR --out DIR
      Writes methodology.html, data.html and validation.html from DIR/*.md (python3-markdown), for
      the credit line's "methodology" and "sources" links; methodology.html ends with every source
      from data/sources.json (#sources). Without python3-markdown each page shows its Markdown text.
  make_page.py csp-single FILE.html
      Gives the single-file build (after emcc wrote it) a CSP meta tag that allows its one inline
      script and its one inline style by their SHA-256 hashes, and fetches of data: URLs only (the
      runtime reads its embedded wasm that way).

Figures are copied from data/ and only formatted (millions of dollars as $B, billions of yen as
yen T); nothing is computed here. Outputs are rewritten only when their content changes.
"""
import argparse
import base64
import hashlib
import html
import json
import os
import re
import sys

from minify_json import write_if_changed  # beside this file

MARKER = "<!-- usjp:baseline -->"
WORDS_MARKER = "<!-- usjp:words -->"
GRAPHIC_MARKER = "<!-- usjp:graphic -->"
CSS_LINK = '<link rel="stylesheet" href="page.css">'
CSP_PREFIX = '<meta http-equiv="Content-Security-Policy"'

# (field in trade_2024.json, label); the order they are shown in.
US_FIGURES = [
    ("us_imports_from_japan_usd_m", "US imports from Japan"),
    ("us_exports_to_japan_usd_m", "US exports to Japan"),
    ("us_deficit_with_japan_usd_m", "US goods deficit with Japan"),
]
JAPAN_FIGURES = [
    ("exports_to_us_jpy_bn", "Japan's exports to the US"),
    ("imports_from_us_jpy_bn", "Japan's imports from the US"),
    ("surplus_with_us_jpy_bn", "Japan's surplus with the US"),
]


def usd_from_millions(value):
    return f"${value / 1000:.1f}B" if abs(value) >= 1000 else f"${value:,.0f}M"


def yen_from_billions(value):
    return f"\u00a5{value / 1000:.2f}T" if abs(value) >= 1000 else f"\u00a5{value:,.0f}B"


def e(text):
    return html.escape(str(text), quote=True)


def source_line(sources, figure, titles):
    source = sources.get(figure.get("source"))
    if not source:
        raise SystemExit(f"make_page: unknown source {figure.get('source')!r}")
    publisher = titles.get("publisher:" + source["publisher"], source["publisher"])
    return f"{publisher}: {titles.get('source:' + source['id'], source['title'])}"


def date_ja(iso):
    """A data file's date as Japanese writes it (2024年, 2025年2月, 2025年5月27日), as core's
    formatDataDate does; anything else as it is."""
    parts = iso.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
        return iso
    return "".join(f"{int(p)}{unit}" for p, unit in zip(parts, ("年", "月", "日")))


def figure_rows(group, fields, fmt, sources, titles):
    """titles: the language's names of sources and publishers ("source:<id>", "publisher:<name>" in
    ja.json names), else the original."""
    rows = []
    for field, label in fields:
        figure = group[field]
        rows.append(f'<tr><th scope="row">{e(label)}</th><td class="figure">{e(fmt(figure["value"]))}</td>'
                    f'<td class="source">{e(source_line(sources, figure, titles))}</td></tr>')
    return "\n".join(rows)


def page_words(data_dir):
    """The "page.*" words of every language (data/i18n/<code>.json): {"en": {...}, "ja": {...}}."""
    words = {}
    for code in ("en", "ja"):
        with open(os.path.join(data_dir, "i18n", code + ".json"), encoding="utf-8") as f:
            strings = json.load(f)["strings"]
        words[code] = {k: v for k, v in strings.items() if k.startswith("page.")}
    return words


def words_block(data_dir):
    """The page's English words as a JSON data block (not run as a script, so the CSP does not
    concern it). Other languages' come with their pack (lang-ja.js), for their readers alone."""
    text = json.dumps({"en": page_words(data_dir)["en"]}, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="usjp-words">{text}</script>'


def short(x, places):
    return f"{x:.{places}f}".rstrip("0").rstrip(".")


def yen_ja(billions):
    """Billions of yen as the Japanese press writes them: 21.3兆円, 8640億円 (1兆 = 1,000 billion)."""
    return f"{short(billions / 1000, 2)}兆円" if abs(billions) >= 1000 else f"{round(billions * 10)}億円"


def usd_ja(millions):
    """Millions of dollars as 億ドル (1億 = 100 million): 1482億ドル."""
    return f"{round(millions / 100)}億ドル"


def baseline_html(data_dir):
    """The 2024 baseline and the sources, in English and in Japanese: without JavaScript both show;
    with it, the page shows the reader's language alone (page.css, html[data-lang])."""
    with open(os.path.join(data_dir, "trade_2024.json"), encoding="utf-8") as f:
        trade = json.load(f)
    with open(os.path.join(data_dir, "sources.json"), encoding="utf-8") as f:
        source_list = json.load(f)["sources"]
    with open(os.path.join(data_dir, "i18n", "ja.json"), encoding="utf-8") as f:
        ja_doc = json.load(f)
    sources = {s["id"]: s for s in source_list}
    words = page_words(data_dir)
    sections = []
    for code in ("en", "ja"):
        w = words[code]
        items = []
        names = ja_doc["names"] if code == "ja" else {}
        for s in source_list:
            title = e(names.get("source:" + s["id"], s["title"]))
            if s.get("url"):
                title = f'<a href="{e(s["url"])}" rel="noopener noreferrer">{title}</a>'
            publisher = e(names.get("publisher:" + s["publisher"], s["publisher"]))
            if code == "ja":  # 題名（発行者、2025年5月27日）
                date = f"、{e(date_ja(s['date']))}" if s.get("date") else ""
                items.append(f"<li>{title}（{publisher}{date}）</li>")
            else:
                date = f", {e(s['date'])}" if s.get("date") else ""
                items.append(f"<li>{title}. {publisher}{date}.</li>")
        us = [(f, w["page." + key]) for (f, _), key in zip(US_FIGURES, ("us_imports", "us_exports", "us_deficit"))]
        jp = [(f, w["page." + key]) for (f, _), key in zip(JAPAN_FIGURES, ("jp_exports", "jp_imports", "jp_surplus"))]
        usd = usd_from_millions if code == "en" else usd_ja
        yen = yen_from_billions if code == "en" else yen_ja
        note = trade["japan_view"]["note"] if code == "en" else w["page.japan_note"]
        titles = names
        sections.append(f"""<section class="baseline" lang="{code}" aria-labelledby="baseline-title-{code}">
<h2>{e(w["page.baseline_title"])}</h2>
<p>{e(w["page.baseline_intro"])}</p>
<h3>{e(w["page.us_count"])}</h3>
<table>
{figure_rows(trade["totals"], us, usd, sources, titles)}
</table>
<h3>{e(w["page.japan_count"])}</h3>
<table>
{figure_rows(trade["japan_view"], jp, yen, sources, titles)}
</table>
<p class="note">{e(note)}</p>
<h3>{e(w["page.sources"])}</h3>
<ol>
{chr(10).join(items)}
</ol>
</section>""")
    return '<div class="baselines">\n' + "\n".join(sections) + "\n</div>"


BAR_KINDS = {"deficit", "others", "tariffs", "offers"}


def graphic_html(node, cli_js, data_dir):
    """The static graphic of the opening scenario, from the tool built from core (usjp-tariff --graphic).

    Texts come formatted by core; bars are SVG geometry (attributes, no inline style, so the page's
    CSP holds). The same element ids are filled in by web/js/pre.js for a shared link's scenario.
    Returns "" (and says why) when the tool cannot run: the page then shows only its loading line."""
    import subprocess
    run = subprocess.run([node, cli_js, "--data", data_dir, "--preset", "today", "--graphic"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"make_page: no static graphic: usjp-tariff --graphic failed: {run.stderr.strip()}", file=sys.stderr)
        return ""
    g = json.loads(run.stdout)
    rows = []
    row_height, label_width, width = 26, 210, 640
    bar_left, bar_width = label_width + 8, width - label_width - 8 - 70
    for i, step in enumerate(g["steps"]):
        if step["kind"] not in BAR_KINDS:
            raise SystemExit(f"make_page: unknown bar kind {step['kind']!r}")
        y = i * row_height
        x0 = bar_left + step["from"] * bar_width
        w = max(1.0, (step["to"] - step["from"]) * bar_width)
        rows.append(f'<g class="sg-{step["kind"]}"><text x="0" y="{y + 16}">{e(step["label"])}</text>'
                    f'<rect x="{x0:.1f}" y="{y + 4}" width="{w:.1f}" height="16"></rect>'
                    f'<text x="{x0 + w + 6:.1f}" y="{y + 16}" class="sg-value">{e(step["value"])}</text></g>')
    height = row_height * len(g["steps"])
    share = g["buyers_share"] * 100
    who = ""
    if g["who_pays"]:
        who = f"""<p class="sg-who" id="sg-who">{e(g["who_pays"])}</p>
<svg class="sg-split" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect class="sg-buyers" x="0" y="0" width="{share:.2f}" height="4"></rect><rect class="sg-exporters" x="{share:.2f}" y="0" width="{100 - share:.2f}" height="4"></rect></svg>
<p class="sg-legend"><span class="sg-key sg-buyers-key"></span><span id="sg-buyers">{e(g["buyers"])}</span> <span class="sg-key sg-exporters-key"></span><span id="sg-exporters">{e(g["exporters"])}</span></p>"""
    return f"""<figure id="sg" class="static-graphic">
<p class="sg-title" id="sg-title">{e(g["title"])}</p>
<p class="sg-kicker"><span id="sg-label">{e(g["label"])}</span> &middot; <span id="sg-scenario">{e(g["scenario"])}</span>, <span id="sg-date">{e(g["date"])}</span></p>
<p class="sg-figure"><span id="sg-before">{e(g["before"])}</span> &rarr; <span id="sg-after">{e(g["after"])}</span> <span id="sg-change" class="sg-change">{e(g["change"])}</span></p>
{who}
<svg id="sg-bars" class="sg-bars" viewBox="0 0 {width} {height}" role="img" aria-label="How the deficit changes, step by step">{"".join(rows)}</svg>
<figcaption id="sg-note">{e(g["as_of"])}. {e(page_words(data_dir)["en"]["page.static_loading"])}</figcaption>
</figure>"""


def write_text_if_changed(path, text):
    write_if_changed(path, text.encode("utf-8"))


def make_page(args):
    with open(args.shell, encoding="utf-8") as f:
        shell = f.read()
    with open(args.css, encoding="utf-8") as f:
        css = f.read()
    if (shell.count(MARKER) != 2 or CSS_LINK not in shell or CSP_PREFIX not in shell or GRAPHIC_MARKER not in shell
            or WORDS_MARKER not in shell):
        raise SystemExit(f"make_page: {args.shell} lacks the two {MARKER} markers, {GRAPHIC_MARKER}, {WORDS_MARKER}, "
                         f"{CSS_LINK} or the CSP meta tag")
    shell = shell.replace(WORDS_MARKER, words_block(args.data), 1)
    graphic = graphic_html(args.node, args.cli_js, args.graphic_data) if args.cli_js else ""
    shell = shell.replace(GRAPHIC_MARKER, graphic, 1)
    # One copy, in <noscript>: with JavaScript its markup is text, which web/js/pre.js puts into
    # #fallback (the no-WebGL2 message and the print), so the page carries the baseline once.
    baseline = re.sub(r'(aria-labelledby="baseline-title-(\w+)">\n)<h2>', r'\1<h2 id="baseline-title-\2">',
                      baseline_html(args.data))
    split = shell.replace(MARKER, "", 1).replace(MARKER, baseline, 1)
    write_text_if_changed(args.split, split)
    single_lines = [line for line in split.splitlines(keepends=True) if CSP_PREFIX not in line]
    single = "".join(single_lines).replace(CSS_LINK, "<style>\n" + css + "</style>")
    if args.single_pack:  # the one-file page has Japanese inside too: it may not load a script beside it
        with open(args.single_pack, encoding="utf-8") as f:
            pack = f.read().replace("</", "<\\/")
        single = single.replace("{{{ SCRIPT }}}", "<script>" + pack + "</script>\n{{{ SCRIPT }}}", 1)
    write_text_if_changed(args.single, single)


def wasm_script(args):
    with open(args.wasm, "rb") as f:
        encoded = base64.b64encode(f.read()).decode("ascii")
    write_text_if_changed(args.out, "window.usjpWasmBase64('" + encoded + "');\n")


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp_single(args):
    with open(args.html, encoding="utf-8") as f:
        page = f.read()
    if CSP_PREFIX in page:
        return  # already done for this build of the file
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    if not 1 <= len(scripts) <= 2 or len(styles) != 1 or re.search(r"<script[^>]*\ssrc=", page):
        raise SystemExit(f"make_page: expected the program's inline script (and the Japanese pack's) and one "
                         f"style in {args.html}, found {len(scripts)} and {len(styles)}")
    hashes = " ".join(csp_hash(script) for script in scripts)
    policy = (f"default-src 'none'; script-src {hashes} 'wasm-unsafe-eval'; "
              f"style-src {csp_hash(styles[0])}; img-src data:; connect-src data:; base-uri 'none'; form-action 'none'")
    charset = '<meta charset="utf-8">'
    if charset not in page:
        raise SystemExit(f"make_page: no {charset} in {args.html}")
    page = page.replace(charset, f'{charset}\n{CSP_PREFIX} content="{policy}">', 1)
    write_text_if_changed(args.html, page)


DOCS = [("methodology", "How the calculator works"), ("data", "The data and where it comes from"),
        ("validation", "The model beside what happened")]
DOC_CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'")


def markdown_to_html(text):
    try:
        import markdown  # python3-markdown (Debian), installed by scripts/setup.sh
    except ImportError:
        return "<pre>" + e(text) + "</pre>"
    return markdown.markdown(text, extensions=["tables", "fenced_code", "toc"], output_format="html")


def sources_list(data_dir):
    with open(os.path.join(data_dir, "sources.json"), encoding="utf-8") as f:
        source_list = json.load(f)["sources"]
    items = []
    for s in source_list:
        title = e(s["title"])
        if s.get("url"):
            title = f'<a href="{e(s["url"])}" rel="noopener noreferrer">{title}</a>'
        date = f", {e(s['date'])}" if s.get("date") else ""
        items.append(f'<li id="source-{e(s["id"])}">{title}. {e(s["publisher"])}{date}.</li>')
    return '<h2 id="sources">Sources</h2>\n<ol>\n' + "\n".join(items) + "\n</ol>"


def docs(args):
    names = {name for name, _ in DOCS}
    for name, title in DOCS:
        with open(os.path.join(args.docs, name + ".md"), encoding="utf-8") as f:
            text = f.read()
        # Links between the converted pages stay links; anything else in the repository is text.
        text = re.sub(r"\[([^\]]+)\]\((?:\.\./|docs/)?([\w/.-]+?)(\.md)?(#[\w-]*)?\)",
                      lambda m: (f"[{m.group(1)}]({m.group(2)}.html{m.group(4) or ''})"
                                 if m.group(3) and m.group(2) in names else
                                 m.group(0) if m.group(2).startswith("http") else m.group(1)),
                      text)
        body = markdown_to_html(text)
        if name == "methodology":
            body += "\n" + sources_list(args.data)
        nav = " \u00b7 ".join(f'<a href="{n}.html">{e(t)}</a>' for n, t in DOCS)
        page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{CSP_PREFIX} content="{DOC_CSP}">
<title>{e(title)} &ndash; US&ndash;Japan tariff calculator</title>
<link rel="stylesheet" href="page.css">
</head>
<body class="doc">
<nav><a href="./">The calculator</a> \u00b7 {nav}</nav>
<main>
{body}
</main>
</body>
</html>
"""
        write_text_if_changed(os.path.join(args.out, name + ".html"), page)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    page = sub.add_parser("page")
    page.add_argument("--shell", required=True)
    page.add_argument("--css", required=True)
    page.add_argument("--data", required=True)
    page.add_argument("--split", required=True)
    page.add_argument("--single", required=True)
    page.add_argument("--single-pack", default="", help="lang-ja.js, inlined into the single-file page")
    page.add_argument("--node", default="node")
    page.add_argument("--cli-js", default="", help="usjp-tariff built for node: the static graphic")
    page.add_argument("--graphic-data", default="", help="the data directory for the static graphic")
    script = sub.add_parser("wasm-script")
    script.add_argument("wasm")
    script.add_argument("out")
    single = sub.add_parser("csp-single")
    single.add_argument("html")
    doc = sub.add_parser("docs")
    doc.add_argument("--docs", required=True)
    doc.add_argument("--data", required=True)
    doc.add_argument("--out", required=True)
    args = parser.parse_args()
    {"page": make_page, "wasm-script": wasm_script, "csp-single": csp_single, "docs": docs}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
