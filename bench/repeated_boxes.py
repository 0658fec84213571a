#!/usr/bin/env python3
"""Pages repeating one box template (same tag and class, no ``<article>``), each box headed and with prose.

    python bench/repeated_boxes.py ../devsets/webbench ../devsets/mercury --scores ../base
    python bench/repeated_boxes.py DIR --group article --only-suspect

For each page of each set (``ground-truth.json`` and ``html/ID.html[.gz]``; on sets with a
``group`` field, ``--group`` keeps those page types) the boxes sharing a tag and class signature
(digits in class words masked: ``post-12`` and ``post-13`` alike) are listed when two to
``MAX_BOXES`` of them, none inside another, each hold a heading (h1-h3) and ``MIN_PROSE``
characters of unlinked ``<p>`` text. Each box is marked ``T`` when its first long paragraph is in
the truth and ``P`` when it is in the predictions (``--scores DIR``: ``pred_SET.json`` and
``SET.json`` as the shared scorer writes them). ``--only-suspect`` lists the boxes whose marks
say the locator took a box the truth leaves out, or several where the truth wants one: the
stacked-stories case (several stories in one template, one the page's own) shows as ``TP -P``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

import lxml.html

HEADINGS = ("h1", "h2", "h3")
SKIP_TAGS = frozenset(("article", "p", "a", "span", "li", "ul", "body", "html", "main", *HEADINGS))
MIN_PROSE = 200  # unlinked <p> characters a box holds
MAX_BOXES = 8  # more alike boxes: a listing's cards
PARA_MIN = 80  # a box's first paragraph this long marks it in the truth and the predictions
KEY_CHARS = 60  # ... by its first this many characters


def _norm(text: str) -> str:
    return " ".join(text.split())


def _prose(el: Any) -> int:
    total = 0
    for p in el.iter("p"):
        text = _norm(p.text_content())
        linked = sum(len(_norm(a.text_content())) for a in p.iter("a"))
        total += max(0, len(text) - linked)
    return total


def _key(el: Any) -> str | None:
    for p in el.iter("p"):
        text = _norm(p.text_content())
        if len(text) >= PARA_MIN:
            return text[:KEY_CHARS]
    return None


def _heading(el: Any) -> str | None:
    for h in el.iter(*HEADINGS):
        text = _norm(h.text_content())
        if text:
            return f"{h.tag} {text[:60]!r}"
    return None


def repeated_boxes(html: bytes) -> list[tuple[str, list[Any]]]:
    """The signatures repeated by 2 to ``MAX_BOXES`` outermost headed prose boxes, with their boxes."""
    try:
        doc = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for el in doc.iter("script", "style", "noscript"):
        el.text = ""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for el in doc.iter():
        cls = el.get("class") if isinstance(el.tag, str) and el.tag not in SKIP_TAGS else None
        if cls and cls.strip():
            groups[(el.tag, " ".join(sorted(re.sub(r"[0-9]+", "#", cls).split())))].append(el)
    found = []
    for (tag, cls), els in groups.items():
        ok = [e for e in els if e.find(".//article") is None
              and not any(a.tag == "article" for a in e.iterancestors())
              and _heading(e) and _prose(e) >= MIN_PROSE]
        ids = {id(e) for e in ok}
        ok = [e for e in ok if not any(id(a) in ids for a in e.iterancestors())]
        if 2 <= len(ok) <= MAX_BOXES:
            found.append((f"{tag}.{cls}", ok))
    return found


def _pages(folder: Path, group: set[str]) -> Iterator[tuple[str, dict[str, Any], bytes]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, record in truth.items():
        if group and record.get("group") and record["group"] not in group:
            continue
        for name in (f"{page_id}.html.gz", f"{page_id}.html"):
            path = folder / "html" / name
            if path.exists():
                raw = path.read_bytes()
                yield page_id, record, gzip.decompress(raw) if name.endswith(".gz") else raw
                break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--scores", type=Path, help="folder of the scorer's SET.json and pred_SET.json")
    ap.add_argument("--group", default="", help="page types to keep, comma-separated (webbench: article)")
    ap.add_argument("--only-suspect", action="store_true")
    args = ap.parse_args()
    group = {g for g in args.group.split(",") if g}
    for folder in args.sets:
        name = folder.name
        pred: dict[str, Any] = {}
        per: dict[str, Any] = {}
        if args.scores is not None and (args.scores / f"pred_{name}.json").exists():
            pred = json.loads((args.scores / f"pred_{name}.json").read_text(encoding="utf-8"))["output"]
            per = json.loads((args.scores / f"{name}.json").read_text(encoding="utf-8"))["metrics"]["per_doc"]
        for page_id, record, html in _pages(folder, group):
            truth = _norm(record.get("articleBody") or "")
            said = _norm((pred.get(page_id) or {}).get("articleBody") or "")
            for sig, boxes in repeated_boxes(html):
                keys = [_key(b) for b in boxes]
                marks = [("T" if k and k in truth else "-") + ("P" if k and k in said else "-") for k in keys]
                in_truth = sum(m[0] == "T" for m in marks)
                suspect = in_truth >= 1 and (sum(m[1] == "P" for m in marks) > in_truth or "-P" in marks)
                if args.only_suspect and not suspect:
                    continue
                score = per.get(page_id, {})
                print(f"{'*' if suspect else ' '} {name} {page_id[:16]} P={score.get('precision', 0):.2f} "
                      f"R={score.get('recall', 0):.2f} {sig[:50]} n={len(boxes)} {' '.join(marks)} "
                      f"| {_norm(record.get('title') or '')[:50]!r}")
                for box in boxes:
                    print(f"      {_heading(box)} prose={_prose(box)}")


if __name__ == "__main__":
    main()
