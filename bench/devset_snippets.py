#!/usr/bin/env python3
"""Snippet-truth proxy of a whole-body set (e.g. fundus's non-English pages).

    python bench/devset_snippets.py ../devsets/fundus                  # -> ../devsets/fundus_snippets
    python bench/devset_snippets.py ../devsets/fundus --skip-langs en --out DIR

Snippet-truth benchmarks (see ``bench/devset_webbench.py --snippets``) list, per
page, a few sentences the main text must keep ("with") and a few boilerplate
strings it must not ("without"). This builds the same kind of record from a set
that has whole-body truth, so a change can be measured the way such a held-out
set counts it:

* ``with``: up to ``--with`` sentences of the truth body (40-250 characters),
  spread evenly over it (first, middle, last ...).
* ``without``: up to ``--without`` text blocks of the page outside the body -
  the lines of the page's naive text dump (``devset.html_to_dump``, one line per
  block element) that hold a letter, are 4-120 characters long, are no part of
  the truth body, the title or an author name - spread evenly over the page, so
  header, aside and footer blocks are all drawn from.

Selection is deterministic (positions only, no randomness). The records keep
``lang`` and ``group``; ``articleBody`` is dropped so the shared scorer counts
the snippets. Pages stay their publishers' and are never written into the
repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import html_to_dump  # noqa: E402

_WS = re.compile(r"\s+")
# a sentence ends at . ! ? (or a closing quote after one) followed by a space and a capital/digit/quote
_NEXT = r"(?=[\"'\u201e\u201c\u00ab\u00bb(]?[^\W_a-z])"
_SENTENCE_END = re.compile(rf"(?:(?<=[.!?])|(?<=[.!?][\"'\u201c\u201d\u00bb\u00ab)]))\s+{_NEXT}")
_LETTER = re.compile(r"[^\W\d_]")
WITH_LEN = (40, 250)
WITHOUT_LEN = (4, 120)


def norm(text: Optional[str]) -> str:
    """Whitespace collapsed as the shared scorer does."""
    return _WS.sub(" ", text or "").strip()


def spread(items: list[str], k: int) -> list[str]:
    """``k`` items evenly spaced over ``items`` (all of them when there are no more than ``k``)."""
    if len(items) <= k:
        return list(items)
    if k == 1:
        return [items[0]]
    step = (len(items) - 1) / (k - 1)
    return [items[round(i * step)] for i in range(k)]


def with_snippets(body: str, k: int) -> list[str]:
    """Sentences of the truth body to keep."""
    sentences = [norm(s) for para in body.split("\n") for s in _SENTENCE_END.split(para)]
    return spread([s for s in sentences if WITH_LEN[0] <= len(s) <= WITH_LEN[1]], k)


def without_snippets(html: str, rec: dict, k: int) -> list[str]:
    """Text blocks of the page outside the truth body, title and authors."""
    body = norm(rec.get("articleBody"))
    others = [norm(rec.get("title"))] + [norm(a) for a in rec.get("authors") or []]
    seen: set[str] = set()
    blocks: list[str] = []
    for line in html_to_dump(html).split("\n"):
        line = norm(line)
        if not WITHOUT_LEN[0] <= len(line) <= WITHOUT_LEN[1] or not _LETTER.search(line) or line in seen:
            continue
        seen.add(line)
        if line in body or any(o and (line in o or o in line) for o in others):
            continue
        blocks.append(line)
    return spread(blocks, k)


def build(folder: Path, dest: Path, skip_langs: set[str], n_with: int, n_without: int) -> dict:
    """Write ``dest`` (ground-truth.json with snippet records, html linked to ``folder``'s)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out: dict[str, dict] = {}
    for pid, rec in sorted(truth.items()):
        if rec.get("lang") in skip_langs or not rec.get("articleBody"):
            continue
        html = gzip.open(folder / "html" / f"{pid}.html.gz").read().decode("utf-8", "replace")
        keep = {f: v for f, v in rec.items() if f != "articleBody"}
        keep["with"] = with_snippets(rec["articleBody"], n_with)
        keep["without"] = without_snippets(html, rec, n_without)
        if keep["with"] or keep["without"]:
            out[pid] = keep
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    (dest / "ground-truth.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    try:
        (dest / "html").symlink_to((folder / "html").resolve(), target_is_directory=True)
    except OSError:  # no symlinks here: copy the pages
        shutil.copytree(folder / "html", dest / "html")
    return {"pages": len(out), "with": sum(len(r["with"]) for r in out.values()),
            "without": sum(len(r["without"]) for r in out.values())}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a whole-body set (ground-truth.json + html/)")
    ap.add_argument("--out", type=Path, help="output folder (default: FOLDER_snippets next to it)")
    ap.add_argument("--skip-langs", default="en", help="page languages to leave out, comma-separated")
    ap.add_argument("--with", dest="n_with", type=int, default=3, help="'with' sentences a page")
    ap.add_argument("--without", dest="n_without", type=int, default=6, help="'without' blocks a page")
    args = ap.parse_args(argv)
    dest = args.out or args.folder.with_name(args.folder.name + "_snippets")
    skip = {s for s in args.skip_langs.split(",") if s}
    print(json.dumps(build(args.folder, dest, skip, args.n_with, args.n_without)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
