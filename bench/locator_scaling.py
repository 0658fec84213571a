#!/usr/bin/env python3
"""How the chrome walk and the article locator scale: seconds per page at 10 KB, 100 KB, 1 MB.

    python bench/locator_scaling.py                # every shape, 10 KB / 100 KB / 1 MB
    python bench/locator_scaling.py --only dup     # shapes whose name contains "dup"
    python bench/locator_scaling.py --sizes 10,100,1000,4000

Each shape is a page generated to the size asked (kilobytes of markup) that
stresses one path: repeated paragraphs (the repeat check), links under
nested chrome-classed wrappers (the chrome walk's prose counting), prose rich
in inline links, a form full of inputs around the article, an article inside
``<noscript>``, teaser cards. The table shows CPU seconds of ``clean()``
alone and the growth from one size to the next (x10 in size should cost about
x10 in time: linear). Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsclean import Cleaner  # noqa: E402

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods. ")
ZH = "新建的步行桥周六上午正式开放，中午之前已有数百名市民走过。工程师说，这座桥在洪水期间也能保持通行。"


def _fill(unit: str, kb: int) -> int:
    return max(1, kb * 1024 // len(unit.encode()))


def _page(body: str) -> str:
    return f"<html><head><title>Footbridge opens</title></head><body><h1>Footbridge opens</h1>{body}</body></html>"


def dup_siblings(kb: int) -> str:
    unit = f"<p>{STORY}</p>"
    return _page("<div class='story'>" + unit * _fill(unit, kb) + "</div>")


def dup_elsewhere(kb: int) -> str:
    unit = f"<div class='c'><p>{STORY}{ZH}</p></div>"
    return _page(unit * _fill(unit, kb))


def nested_link_wrappers(kb: int) -> str:
    unit = "<a href='/x'>a link to a section</a> "
    n = _fill(unit, kb)
    depth = 60
    return _page(f"<p>{STORY}</p>" + "<div class='widget sidebar'>" * depth + unit * n + "</div>" * depth)


def link_rich_prose(kb: int) -> str:
    unit = f"<p>{STORY[:90]} <a href='/a'>the river authority</a> and <a href='/b'>the engineers</a>. </p>"
    return _page("<div class='body'>" + unit * _fill(unit, kb) + "</div>")


def form_inputs(kb: int) -> str:
    unit = "<label>Field</label><input type='text' name='f'><select><option>a</option></select>"
    n = _fill(unit, kb) // 2
    return _page(f"<form id='aspnetForm'>{unit * n}<div id='main'><p>{STORY}</p><p>{STORY}</p></div>"
                 f"{unit * n}</form>")


def noscript_article(kb: int) -> str:
    unit = f"<p>{STORY}</p>"
    return _page("<noscript>" + unit * _fill(unit, kb) + "</noscript><div id='app'></div>")


def teaser_cards(kb: int) -> str:
    unit = f"<div class='card'><h3><a href='/s'>Another story you may like</a></h3><p>{STORY[:120]}</p></div>"
    return _page(f"<div class='body'><p>{STORY}</p></div><div class='grid'>" + unit * _fill(unit, kb) + "</div>")


SHAPES: dict[str, Callable[[int], str]] = {
    "dup-siblings": dup_siblings, "dup-elsewhere": dup_elsewhere, "nested-link-wrappers": nested_link_wrappers,
    "link-rich-prose": link_rich_prose, "form-inputs": form_inputs, "noscript-article": noscript_article,
    "teaser-cards": teaser_cards,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100,1000", help="page sizes in KB, comma-separated")
    ap.add_argument("--only", default="", help="shapes whose name contains one of these words (comma-separated)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    words = [w for w in args.only.split(",") if w]
    cleaner = Cleaner()
    cleaner.clean(_page(f"<p>{STORY}</p>"))  # warm up: plugin loading is not the page's cost
    print("| shape | " + " | ".join(f"{s} KB s" for s in sizes) + " | growth per x10 | paragraphs at largest |")
    print("|---|" + "---|" * (len(sizes) + 2))
    for name, make in SHAPES.items():
        if words and not any(w in name for w in words):
            continue
        secs: list[float] = []
        paras = 0
        for kb in sizes:
            html = make(kb)
            t0 = time.process_time()
            art = cleaner.clean(html)
            secs.append(time.process_time() - t0)
            paras = len(art.paragraphs)
        growth = []
        for (a, sa), (b, sb) in zip(zip(sizes, secs), zip(sizes[1:], secs[1:])):
            growth.append(f"x{(sb / max(sa, 1e-4)) / (b / a) * 10:.1f}")
        print(f"| {name} | " + " | ".join(f"{s:.3f}" for s in secs) + f" | {' '.join(growth)} | {paras} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
