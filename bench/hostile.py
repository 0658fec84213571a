#!/usr/bin/env python3
"""Hostile corpus: run newsclean.clean on dozens of malicious or broken inputs.

Each input is generated and cleaned in its own subprocess, with a time limit
and an address-space cap; the table shows the outcome (an article, or the
documented InputError code), the seconds spent in ``clean()`` alone (on the
clock, and of the process's CPU: on a shared machine the clock runs several
times faster than the CPU time, which is what the page costs) and the
peak resident memory of the cleaning (the generation's peak is reset first
where Linux allows). Sizes grow with ``--scale``.

    python bench/hostile.py                    # the whole corpus, scale 1
    python bench/hostile.py --scale 2 --timeout 60
    python bench/hostile.py --only deep,attr   # names containing either word
    python bench/hostile.py --list

Exit status 1 when any input crashes (anything but an Article or InputError),
times out or is killed; 0 otherwise. Outcomes are not timed assertions: read
the seconds column.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods. ")
ZH = "新建的步行桥周六上午正式开放，中午之前已有数百名市民走过。工程师说，这座桥在洪水期间也能保持通行。"


def page(body: str) -> str:
    return f"<html><head><title>Footbridge</title></head><body><p>{STORY}</p>{body}<p>{ZH}</p></body></html>"


def bare(body: str) -> str:
    """A page whose only story is the one in ``body`` (so a loss of it shows)."""
    return f"<html><head><title>Footbridge</title></head><body>{body}</body></html>"


def _rand(n: int, lo: int = 0, hi: int = 256) -> bytes:
    rnd = random.Random(n * 7 + lo)
    return rnd.randbytes(n) if (lo, hi) == (0, 256) else bytes(rnd.randrange(lo, hi) for _ in range(n))


def _gzip_zeros(n: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"<p>" + b"a" * (MB - 3)
    parts = [c.compress(chunk) for _ in range(n // MB)]
    return b"".join(parts) + c.flush()


def _bomb(levels: int) -> str:
    ents = '<!ENTITY e0 "lol">' + "".join(f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, levels))
    return f'<?xml version="1.0"?><!DOCTYPE b [{ents}]>' + page(f"<p>&e{levels - 1};</p>")


def _lxml_deep(n: int) -> Any:
    import lxml.etree as etree
    import lxml.html

    root = lxml.html.Element("html")
    el = etree.SubElement(root, "body")
    for _ in range(n):
        el = etree.SubElement(el, "div")
    el.text = STORY
    return root


def _soup_deep(n: int) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(page("<div>" * n + STORY + "</div>" * n), "lxml")


# Text paths: a long space-free run (normal Chinese) holding the start of a
# pattern with no full match after it. Each comes in three sizes, in HTML and
# as a text dump; the table's growth column compares neighbouring sizes.
TEXT_PATHS: dict[str, str] = {
    "zh @mention": "据@人民日报" + ZH.replace("，", "").replace("。", ""),
    "zh ://": "见://" + ZH.replace("，", "").replace("。", ""),
    "zh www.": "www." + ZH.replace("，", "").replace("。", ""),
    "@ run": "@",
    "a@b run": "a@b",
    "( run": "(",
    "digits run": "1",
    "tab run": "\t",
    "label colon run": "来源：",
}
SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000}


def _run_of(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _text_path(unit: str, n: int, html: bool) -> str:
    body = _run_of(unit, n)
    if html:
        return page(f"<p>{body}</p>")
    return f"Footbridge\n\n{STORY}\n\n{body}\n\n{ZH}\n"


def _soup(n: int) -> str:
    """Random tag soup: unbalanced, misnested tags, stray brackets and text."""
    rnd = random.Random(n)
    tags = ["div", "p", "span", "b", "i", "table", "tr", "td", "li", "ul", "a", "font", "h2", "form", "select"]
    bits = []
    for _ in range(n):
        r = rnd.random()
        t = rnd.choice(tags)
        if r < 0.35:
            bits.append(f"<{t} class=x{rnd.randrange(9)}>")
        elif r < 0.6:
            bits.append(f"</{t}>")
        elif r < 0.65:
            bits.append(rnd.choice(["<", ">", "</", "<!", "&", "<<p>", "<p<", "=\"", "'"]))
        else:
            bits.append(rnd.choice([STORY, ZH, "word ", "短句。"]))
    return page("".join(bits))


def _table(rows: int, cols: int) -> str:
    row = "<tr>" + "<td>12.5</td>" * cols + "</tr>"
    return page("<table>" + row * rows + "</table>")


def _form_page(n: int) -> str:
    inputs = "".join(f'<label>Field {i}</label><input name="f{i}" value="v{i}"><select><option>o{i}</option></select>'
                     for i in range(n))
    return bare(f"<form>{inputs}</form><article><p>{STORY}</p><p>{ZH}</p></article><form>{inputs}</form>")


def _choices_in_article(n: int) -> str:
    """Thousands of check boxes and small forms inside the article, between its paragraphs."""
    boxes = "".join(f'<input type="checkbox" name="c{i}">' for i in range(n))
    forms = "".join(f'<form><input name="q{i}"></form>' for i in range(n // 4))
    return bare(f"<article><p>{STORY}</p><div>{boxes}</div><p>{ZH}</p><div>{forms}</div><p>{STORY}</p></article>")


def _links(n: int) -> str:
    return page("<ul>" + "".join(f'<li><a href="/news/{i}.html">Headline number {i} of the day</a></li>'
                                 for i in range(n)) + "</ul>")


def _dup_paragraphs(n: int, same: bool) -> str:
    if same:
        return page(f"<p>{STORY}</p>" * n)
    return page("".join(f"<p>{STORY} {ZH} ({i % 50})</p>" for i in range(n)))


def _author_meta(n: int) -> str:
    return ('<html><head><title>Footbridge</title><meta name="author" content="' + "(" * n + '">'
            f"</head><body><p>{STORY}</p><p>{ZH}</p></body></html>")


def _char_refs(n: int) -> str:
    refs = "&#0;&#xD800;&#1114112;&#x110000;&#1;&#x1F;&#xFFFE;&#99999999999;&#xDFFF;&#11;"
    return page(f'<p title="{refs * 3}">{refs}</p><p>{refs * n}</p>')


#: Declared charsets for the invalid-bytes cases (every family the decoder reads).
CHARSETS = ["utf-8", "gbk", "gb2312", "gb18030", "big5", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr",
            "iso-8859-1", "windows-1251", "koi8-r", "iso-8859-2", "windows-1256", "tis-620", "utf-16",
            "utf-7", "x-unknown"]


def _bad_charset(cs: str, n: int) -> bytes:
    """A page declaring ``cs`` whose body is the story, then ``n`` invalid (random high) bytes."""
    head = f'<html><head><meta charset="{cs}"><title>Footbridge</title></head><body><p>{STORY}</p><p>'
    return head.encode() + _rand(n, 128, 256) + b"</p></body></html>"


def _big_page(n: int) -> str:
    """A page of ``n`` characters of varied blocks: paragraphs, menus, links, bylines, dates."""
    parts, size, i = [], 0, 0
    while size < n:
        part = (f'<div class="c{i % 97}"><h2>Section {i}</h2><p>{STORY} {i}</p>'
                f'<ul><li><a href="/n/{i}">Next story {i}</a></li><li>Share</li></ul>'
                f"<p>By Jan Novak, {1 + i % 28} March 2024</p><p>{ZH}{i}</p></div>\n")
        parts.append(part)
        size += len(part)
        i += 1
    return bare("".join(parts))


# hostile48: structures aimed at the recent mechanisms (touching-element
# reading, listing grids, tabs, forms, repeated story templates, TOCs, Q&A)
# and at pathological shapes. Each takes a count and comes in three sizes
# (x1, x4, x16 of its base count); the growth column compares neighbours:
# linear work gives about 4.
def _touching(n: int) -> str:
    return page("<p>" + "".join(f"<span>a{i % 10}</span><span>B</span>" for i in range(n)) + "</p>")


def _cards(n: int) -> str:
    return bare("<main>" + "".join(
        f'<div class="card"><a href="/story/{i}"><img src="/i/{i}.jpg"><h3>Headline of story {i}</h3></a>'
        f"<p>A short teaser about story {i} and what happened.</p><time>2024-03-{1 + i % 28:02d}</time></div>"
        for i in range(n)) + f"</main><article><p>{STORY}</p></article>")


def _tabs(n: int) -> str:
    buttons = "".join(f'<button role="tab" aria-controls="t{i}">Tab {i}</button>' for i in range(n))
    panels = "".join(f'<div role="tabpanel" id="t{i}"><p>Panel {i}: {STORY[:80]}</p></div>' for i in range(n))
    return page(f'<div role="tablist">{buttons}</div>{panels}')


def _details(n: int) -> str:
    return page("<details><summary>More</summary>" * n + f"<p>{STORY}</p>" + "</details>" * n)


def _form_table(rows: int) -> str:
    row = ('<tr><td><input type="checkbox" name="r{i}"></td><td>Item {i}</td><td><input value="{i}"></td>'
           '<td><select><option>a</option><option>b</option></select></td><td><button>Edit</button></td></tr>')
    return page("<form><table>" + "".join(row.format(i=i) for i in range(rows)) + "</table></form>")


def _story_boxes(n: int) -> str:
    return bare("".join(f'<article class="story"><h2>Story {i}</h2><p class="by">By Ann Lee</p>'
                        f"<p>{STORY} {i}</p><a href=\"/s/{i}\">Read more</a></article>" for i in range(n)))


def _json_ld(n: int) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Footbridge",
            "datePublished": "2024-03-02T10:00:00Z", "articleBody": STORY * n,
            "author": [{"@type": "Person", "name": f"Writer {i}"} for i in range(n)],
            "hasPart": [{"@type": "WebPageElement", "name": "x" * 10, "nest": [[[[i]]]]} for i in range(n)]}
    return page(f'<script type="application/ld+json">{json.dumps(data)}</script>'.replace("</p>", ""))


def _times(n: int) -> str:
    return page("".join(f'<p><time datetime="2024-03-{1 + i % 28:02d}T10:00">{1 + i % 28} March 2024</time> '
                        f"update {i}</p>" for i in range(n)))


def _toc(n: int) -> str:
    toc = "<nav class=\"toc\"><ol>" + "".join(f'<li><a href="#s{i}">Section {i}</a></li>' for i in range(n)) + "</ol></nav>"
    secs = "".join(f'<h2 id="s{i}">Section {i}</h2><p>{STORY[:90]} {i}</p>' for i in range(n))
    return bare(toc + secs)


def _qa(n: int) -> str:
    return page("".join(f"<h3>Question {i}: why did the bridge open on a Saturday?</h3>"
                        f"<p>Answer {i}: because the weekend crowd was expected.</p>" for i in range(n)))


def _cjk_rtl(n: int) -> str:
    unit = "新建的步行桥周六上午正式开放" + "افتتحتالسلطةالجسرالجديد" + "גשרחדשנפתחבשבת" + "123"
    return page("<p>" + unit * n + "</p>")


def _big_attrs(n: int) -> str:
    v = "x" * MB
    return page("".join(f'<div class="c{i}" data-v="{v}" title="{v}"><p>w{i}</p></div>' for i in range(n)))


def _short_lines(n: int) -> str:
    return "Footbridge\n\n" + STORY + "\n\n" + "".join(f"item {i % 97}\n" for i in range(n)) + ZH + "\n"


def _many_grids(n: int) -> str:
    """``n`` small grids of alike items side by side (a listing page's further grids)."""
    grid = lambda g: (f'<ul class="grid{g % 7}">' + "".join(  # noqa: E731
        f'<li class="item"><a href="/g{g}/{i}"><h3>Item {i} of grid {g} with a worded headline</h3></a>'
        f"<p>Some words about the item and what it is for, long enough.</p></li>" for i in range(4)) + "</ul>")
    return bare("".join(f"<section><h2>Grid {g}</h2>{grid(g)}</section>" for g in range(n)))


def _nested_lists(n: int) -> str:
    """Link lists nested in list items, ``n`` of them, 3 levels deep."""
    leaf = "<ul>" + "".join(f'<li><a href="/x/{i}">Link {i}</a></li>' for i in range(5)) + "</ul>"
    return page("<ul>" + f"<li>Group<ul><li>Sub{leaf}</li></ul></li>" * n + "</ul>")


#: name -> (generator, base count); sizes are x1, x4, x16 of the base count.
STRUCTS: dict[str, tuple[Callable[[int], Any], int]] = {
    "touching spans": (_touching, 1_000),
    "listing of alike cards": (_cards, 800),
    "sibling tab panels": (_tabs, 600),
    "nested details": (_details, 300),
    "form-control data table rows": (_form_table, 300),
    "article story boxes": (_story_boxes, 300),
    "<br> lines in a div": (lambda n: page("<div>" + "a line of text<br>" * n + "</div>"), 6_000),
    "JSON-LD items": (_json_ld, 2_000),
    "<time> elements": (_times, 600),
    "nested <b>": (lambda n: page("<b>" * n + STORY + "</b>" * n), 600),
    "nested inline mix": (lambda n: page("<b><i><em><a href=x><span>" * n + STORY), 100),
    "TOC sections": (_toc, 300),
    "Q&A sections": (_qa, 600),
    "CJK/RTL no spaces": (_cjk_rtl, 3_000),
    "1MB attribute values": (_big_attrs, 1),
    "dump short lines": (_short_lines, 12_500),
    "small grids of alike items": (_many_grids, 150),
    "nested link lists": (_nested_lists, 300),
    "figures with captions": (lambda n: page("".join(f'<figure><img src="/p{i}.jpg"><figcaption>Photo {i}: the '
                                                     f"bridge at dawn. (Credit: Ann Lee)</figcaption></figure>"
                                                     for i in range(n))), 500),
    "dump one line no spaces": (lambda n: "Footbridge\n\n" + STORY + "\n\n" + "ab中،ש1" * n, 300_000),
}
STRUCT_SIZES = {"x1": 1, "x4": 4, "x16": 16}


def corpus(s: float) -> dict[str, Callable[[], Any]]:
    """name -> a function making the input at scale ``s``."""
    k = lambda n: max(1, int(n * s))  # noqa: E731
    paths: dict[str, Callable[[], Any]] = {}
    for pname, unit in TEXT_PATHS.items():
        for mode in ("html", "text"):
            for sname, n in SIZES.items():
                paths[f"path {pname} {mode} {sname}"] = (
                    lambda unit=unit, n=n, mode=mode: _text_path(unit, k(n), mode == "html"))
    for sname, (make, n) in STRUCTS.items():
        for tag, mult in STRUCT_SIZES.items():
            paths[f"{sname} {tag}"] = lambda make=make, n=n, mult=mult: make(k(n * mult))
    return {
        **paths,
        # issue 10: pages that hung or lost their text
        "200k links page": lambda: _links(k(200_000)),
        "30k duplicated paragraphs": lambda: _dup_paragraphs(k(30_000), False),
        "4k identical paragraphs": lambda: _dup_paragraphs(k(4_000), True),
        "16k identical paragraphs": lambda: _dup_paragraphs(k(16_000), True),
        "author meta ( x100KB": lambda: _author_meta(k(100_000)),
        "author meta ( x900KB": lambda: _author_meta(k(900_000)),
        "invalid char refs": lambda: _char_refs(k(100_000)),
        "1M flat spans": lambda: page("<span>w</span>" * k(1_000_000)),
        "table 1000x1000": lambda: _table(k(1000), 1000),
        "random tag soup": lambda: _soup(k(200_000)),
        "comment open to the end": lambda: bare(f"<p>{ZH}</p><!-- ad slot <p>{STORY}</p><p>{ZH}</p>"),
        "comment opened first": lambda: "<!-- header " + bare(f"<p>{STORY}</p><p>{ZH}</p>"),
        "noscript article": lambda: bare(f"<noscript><article><p>{STORY}</p><p>{ZH}</p></article></noscript>"),
        "form-input page": lambda: _form_page(k(2_000)),
        "check boxes and forms in the article": lambda: _choices_in_article(k(20_000)),
        "tag-manager snippet first": lambda: (
            '<noscript><iframe src="https://tm.example/ns.html?id=X" height="0" width="0"></iframe></noscript>'
            "<script>(function(w,d){w.dl=w.dl||[];w.dl.push({start:new Date().getTime()});})(window,document);"
            "</script>\n" + bare(f"<p>{STORY}</p><p>{ZH}</p>")),
        "title @mention 200KB": lambda: bare(f"<p>{STORY}</p>").replace(
            "<title>Footbridge", "<title>" + _run_of(TEXT_PATHS["zh @mention"], k(200_000))),
        "100k noscript boxes": lambda: bare(f"<p>{STORY}</p>" + "<noscript><p>Enable JavaScript</p></noscript>" * k(100_000)),
        "100k unclosed comments then text": lambda: bare(f"<p>{STORY}</p>" + "<!-- x " * k(100_000) + f"<p>{ZH}</p>"),
        "100k invalid refs in attributes": lambda: bare(f"<p>{STORY}</p>" + '<i title="&#1;&#0;&#xD800;">x</i>' * k(100_000)),
        "url bytes": lambda: ("url", b"https://news.example/a"),
        "url int": lambda: ("url", 123),
        # not pages
        "empty bytes": lambda: b"",
        "whitespace 10MB": lambda: b" \n\t" * k(3_500_000),
        "NUL bytes 1MB": lambda: b"\x00" * k(MB),
        "random bytes 5MB": lambda: _rand(k(5 * MB)),
        "random high bytes 1MB": lambda: _rand(k(MB), 128, 256),
        "PDF 5MB": lambda: b"%PDF-1.7\n" + _rand(k(5 * MB)),
        "PNG 5MB": lambda: b"\x89PNG\r\n\x1a\n" + _rand(k(5 * MB)),
        "ZIP 5MB": lambda: b"PK\x03\x04" + _rand(k(5 * MB)),
        "UTF-16 BOM + binary": lambda: b"\xff\xfe" + _rand(k(2 * MB)),
        "gzip bomb 1GB": lambda: _gzip_zeros(k(1024 * MB)),
        "gzip of gzip": lambda: gzip.compress(gzip.compress(page("").encode())),
        "corrupt gzip": lambda: b"\x1f\x8b\x08\x00" + _rand(k(MB)),
        "over max_bytes (80MB)": lambda: b"<p>" + b"x" * k(80 * MB),
        "wrong type (dict)": lambda: {"html": page("")},
        # depth
        "deep div x100k": lambda: page("<div>" * k(100_000) + STORY + "</div>" * k(100_000)),
        "deep div x1M unclosed": lambda: page("<div>" * k(1_000_000) + STORY),
        "deep span x1M with text": lambda: page("".join(f"<span>w{i} " for i in range(k(1_000_000)))),
        "deep table x100k": lambda: page("<table><tr><td>" * k(100_000) + STORY),
        "deep ul/li x200k": lambda: page("<ul><li>item " * k(200_000)),
        "deep b/i misnested x300k": lambda: page("<b><i>x</b>" * k(300_000)),
        "lxml tree 20k deep": lambda: _lxml_deep(k(20_000)),
        "soup 50k deep": lambda: _soup_deep(k(50_000)),
        # size
        "text node 60MB": lambda: page("<p>" + "word " * k(12 * MB) + "</p>"),
        "CJK paragraph 20MB": lambda: page("<p>" + ZH * k(400_000) + "</p>"),
        "attribute 60MB": lambda: page('<p title="' + "a" * k(60 * MB) + '">x</p>'),
        "class attr 30MB spaced": lambda: page('<p class="' + "a b " * k(7_500_000) + '">x</p>'),
        "class attr 30MB single-quoted <>\"": lambda: page("<p class='" + 'a"<> ' * k(6 * MB) + "'>x</p>"),
        "200k buttons naming panels": lambda: page(STORY + "".join(
            f'<button aria-controls="p{i}">Go</button><div id="p{i % 50}">x</div>' for i in range(k(200_000)))),
        "select of 500k options": lambda: page(STORY + "<select>" + "<option>o</option>" * k(500_000) + "</select>"),
        "100k attributes": lambda: page("<p " + " ".join(f"a{i}=v" for i in range(k(100_000))) + ">x</p>"),
        "100k attributes quoted >": lambda: page("<p " + " ".join(f'a{i}=">"' for i in range(k(100_000))) + ">x</p>"),
        "tag name 10MB": lambda: page("<" + "x" * k(10 * MB) + ">y</x>"),
        "attribute name 10MB": lambda: page("<p " + "x" * k(10 * MB) + "=1>y</p>"),
        # counts
        "1M sibling <p>": lambda: page("<p>item</p>" * k(1_000_000)),
        "2M sibling <span>": lambda: page("<span>x</span>" * k(2_000_000)),
        "2M <br>": lambda: page("line<br>" * k(2_000_000)),
        "1M links": lambda: page("".join(f'<a href="/a/{i}">link {i}</a> ' for i in range(k(1_000_000)))),
        "100k <h1> and <title>": lambda: page("<title>t</title><h1>Footbridge opens</h1>" * k(100_000)),
        "200k share widgets": lambda: page('<div class="share">Share on Weibo</div>' * k(200_000)),
        "100k spam lines": lambda: page("<p>德州扑克外挂 有挂 透视辅助 加微信</p>" * k(100_000)),
        "100k date lines": lambda: page("<p>2025-09-08 00:41:55 来源：某报</p>" * k(100_000)),
        "100k byline lines": lambda: page("<p>作者：张三 责任编辑：李四</p>" * k(100_000)),
        "table 10k x 100 huge spans": lambda: page(
            "<table>" + ("<tr>" + '<td colspan="1000000" rowspan="1000000">c</td>' * 100 + "</tr>") * k(10_000) + "</table>"),
        # markup oddities
        "billion laughs (20 levels)": lambda: _bomb(20),
        "external entity + DTD": lambda: ('<?xml version="1.0"?><!DOCTYPE p SYSTEM "file:///etc/passwd" '
                                          '[<!ENTITY x SYSTEM "file:///etc/passwd">]>' + page("<p>&x;</p>")),
        "100k DOCTYPE subsets unterminated": lambda: "<!DOCTYPE x [" * k(100_000) + page(""),
        "1M unclosed comments": lambda: page("<!-- " * k(1_000_000)),
        "1M PIs": lambda: page("<?x y?>" * k(1_000_000)),
        "CDATA 30MB": lambda: page("<![CDATA[" + "c" * k(30 * MB) + "]]>"),
        "30M '<'": lambda: page("<" * k(30 * MB)),
        "script 30MB unclosed": lambda: page("<script>" + "var a=1;" * k(4 * MB)),
        "10M entity refs": lambda: page("<p>" + "&amp;&#x41;&#99999999999;&bogus;" * k(1_000_000) + "</p>"),
        "1M meta charset": lambda: '<meta charset="gbk">' * k(1_000_000) + page(""),
        # charsets
        "GBK 20MB declared utf-8": lambda: ('<meta charset="utf-8">' + page("<p>" + ZH * k(200_000) + "</p>")).encode("gbk"),
        "UTF-8 20MB declared gb2312": lambda: ('<meta charset="gb2312">' + page("<p>" + ZH * k(200_000) + "</p>")).encode(),
        "UTF-16 20MB no BOM": lambda: page("<p>" + STORY * k(50_000) + "</p>").encode("utf-16-le"),
        "UTF-7 declared": lambda: b'<meta charset="utf-7">' + page("+ADw-script+AD4-alert(1)+ADw-/script+AD4-").encode(),
        "broken UTF-8 10MB": lambda: (page(ZH * 10).encode() + _rand(k(10 * MB))),
        "lone surrogates str 10MB": lambda: page("<p>" + "a\ud800b\udfff" * k(2_500_000) + "</p>"),
        # robust46: the brief's list, where the corpus above lacked it
        "text node 20MB no spaces": lambda: page("<p>" + "a" * k(20 * MB) + "</p>"),
        "text node 20MB no spaces mixed": lambda: page("<p>" + ("ab1.中-" * k(4 * MB)) + "</p>"),
        "100k <br> in one paragraph": lambda: page("<p>" + "line<br>" * k(100_000) + "</p>"),
        "2k headings, 10K edit addresses": lambda: page("".join(
            f'<h2>Part {i} <a href="/w/index.php{"?section=1" * 1000}">edit</a></h2><p>{STORY}</p>'
            for i in range(k(2_000)))),
        "100k <br> bare": lambda: bare("<br>" * k(100_000) + f"<p>{STORY}</p>"),
        "1M closed comments": lambda: page("<!-- c -->" * k(1_000_000)),
        "1M CDATA sections": lambda: page("<![CDATA[c]]>" * k(1_000_000)),
        "1M CDATA sections in <p>": lambda: page("<p>" + "<![CDATA[c]]>w " * k(1_000_000) + "</p>"),
        "script 30MB closed": lambda: page("<script>" + "var a=1;" * k(4 * MB) + "</script>"),
        "page one giant script": lambda: "<script>" + "var a='<p>x</p>';" * k(2 * MB) + "</script>",
        "nested tables x10k": lambda: page("<table><tr><td>cell " * k(10_000) + "</td></tr></table>" * k(10_000)),
        "50MB page of varied blocks": lambda: _big_page(k(50 * MB)),
        "50MB page one paragraph per line": lambda: bare("".join(
            f"<p>{STORY}{i}</p>\n" for i in range(k(50 * MB) // (len(STORY) + 16)))),
        **{f"charset {cs} + invalid bytes": (lambda cs=cs: _bad_charset(cs, k(2 * MB))) for cs in CHARSETS},
        "dump 5MB line no spaces": lambda: "Title\n\n" + STORY + "\n\n" + "a" * k(5 * MB),
        "dump 5MB line CJK no newline": lambda: "Title\n\n" + STORY + "\n\n" + ZH * k(100_000),
        "dump 5MB line mixed": lambda: "Title\n\n" + STORY + "\n\n" + ("ab1.中-@:/" * k(500_000)),
        # text dumps
        "dump one line 60MB": lambda: "Title\n\n" + STORY * k(300_000),
        "dump 5M short lines": lambda: "line\n" * k(5_000_000),
        "dump 5M blank lines": lambda: "Title\n" + "\n" * k(5_000_000) + STORY,
        "dump mixed newlines 5MB": lambda: ("a\r\nb\rc\n\u2028d\x0ce\x0bf" * k(500_000)),
        "dump 1M CJK lines": lambda: (ZH + "\n") * k(1_000_000),
    }


# ---------------------------------------------------------------------------
# child: generate one input, clean it, report
# ---------------------------------------------------------------------------

def _rss_mb(field: str) -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def run_one(name: str, scale: float, mem_limit_mb: int) -> dict[str, Any]:
    if mem_limit_mb:
        limit = mem_limit_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path.insert(0, str(ROOT))
    import newsclean

    cleaner = newsclean.Cleaner()
    cleaner.clean("<p>warm up</p>")
    page_ = corpus(scale)[name]()
    url: Any = None
    if isinstance(page_, tuple):  # ("url", a bad url): a good page with that url
        url, page_ = page_[1], page("")
    size = len(page_) if isinstance(page_, (bytes, str)) else None
    reset = _reset_peak()
    base = _rss_mb("VmRSS")
    t, cpu = time.perf_counter(), time.process_time()
    try:
        art = cleaner.clean(page_, url)
        outcome = f"article {len(art.text)} chars"
        if not art.text:
            outcome = "empty article"
        notes = art.notes
        # The story every page carries must be in the text, or removed with a
        # reason, or a note must say why the reading stopped.
        probe = STORY[:60]
        if isinstance(page_, str) and probe in page_ and probe not in art.text:
            if not any(probe in r.text for r in art.removed):
                why = [n for n in notes if not n.startswith("empty article")]
                outcome += " (notes)" if why else " LOST"
    except newsclean.InputError as e:
        outcome = f"InputError {e.code}"
        notes = [str(e)]
    except MemoryError:
        outcome = "CRASH MemoryError"
        notes = []
    except BaseException as e:  # noqa: BLE001 - the point is to see every failure
        outcome = f"CRASH {type(e).__name__}: {str(e)[:80]}"
        notes = []
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = _rss_mb("VmHWM")
    return {"name": name, "size": size, "outcome": outcome, "seconds": seconds, "cpu": cpu,
            "peak_mb": peak, "base_mb": base, "peak_reset": reset, "notes": notes[:3]}


# ---------------------------------------------------------------------------
# parent: one subprocess per input
# ---------------------------------------------------------------------------

def _fmt_size(n: int | None) -> str:
    if n is None:
        return "object"
    return f"{n / MB:.1f} MB" if n >= 100_000 else f"{n} B"


def _growth(name: str, seconds: dict[str, float]) -> str:
    """CPU time ratio to the next smaller version of a sized input ("" for others).

    Text paths grow 10x: linear work gives about 10 (1 MB inputs are cut to
    max_block_chars, so about 2 there), quadratic about 100. Structures grow
    4x: linear about 4, quadratic about 16. The fixed cost of a clean makes
    small ratios read low; CPU times under 0.05 s count as 0.05 s.
    """
    for keys in (list(SIZES), list(STRUCT_SIZES)):
        for i, key in enumerate(keys[1:], 1):
            if name.endswith(" " + key):
                prev = seconds.get(name[: -len(key)] + keys[i - 1])
                if prev is not None:  # below 0.05 s a clean's fixed cost hides the growth
                    return f"{max(seconds[name], 0.05) / max(prev, 0.05):.1f}x"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply input sizes (default 1)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per input, generation included")
    ap.add_argument("--mem", type=int, default=4096, help="address-space cap per input in MB (0: none)")
    ap.add_argument("--only", default="", help="comma-separated words; run inputs whose name contains one")
    ap.add_argument("--list", action="store_true", help="list the inputs and exit")
    ap.add_argument("--notes", action="store_true", help="also print the first note of each article")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.scale, args.mem)))
        return 0
    names = list(corpus(args.scale))
    if args.only:
        words = [w.strip().lower() for w in args.only.split(",") if w.strip()]
        names = [n for n in names if any(w in n.lower() for w in words)]
    if args.list:
        print("\n".join(names))
        return 0
    bad = lost = 0
    seconds: dict[str, float] = {}
    print(f"{'input':<36} {'size':>9}  {'outcome':<28} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'growth':>7}")
    print("-" * 111)
    total = time.perf_counter()
    for name in names:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", name, "--scale", str(args.scale),
               "--mem", str(args.mem)]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            bad += 1
            print(f"{name:<36} {'':>9}  {'TIMEOUT':<28} {'>' + str(int(args.timeout)):>8} {'':>7} {'':>8}", flush=True)
            continue
        line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        try:
            res = json.loads(line)
        except ValueError:
            bad += 1
            why = f"killed (signal {-r.returncode})" if r.returncode < 0 else f"CRASH exit {r.returncode}"
            err = r.stderr.strip().splitlines()[-1:] or [""]
            print(f"{name:<36} {'':>9}  {why:<28} {'':>8} {'':>7} {'':>8}  {err[0][:60]}", flush=True)
            continue
        if res["outcome"].startswith("CRASH"):
            bad += 1
        if res["outcome"].endswith("LOST"):
            lost += 1
        peak = f"{res['peak_mb']:.0f}" + ("" if res["peak_reset"] else "*")
        seconds[name] = res["cpu"]
        print(f"{name:<36} {_fmt_size(res['size']):>9}  {res['outcome']:<28} {res['seconds']:>8.2f} {res['cpu']:>7.2f} {peak:>8}"
              f" {_growth(name, seconds):>7}", flush=True)
        if args.notes and res["notes"]:
            print(f"{'':<38}{res['notes'][0][:100]}")
    print("-" * 111)
    print(f"{len(names)} inputs, {bad} crashed/timed out/killed, {lost} lost the story silently; "
          f"{time.perf_counter() - total:.0f} s in all"
          + ("" if sys.platform.startswith("linux") else "  (* peak includes generating the input)"))
    return 1 if bad or lost else 0


if __name__ == "__main__":
    sys.exit(main())
