#!/usr/bin/env python3
"""Title accuracy on text-dump sets: the share of pages whose chosen title equals the truth's.

    python bench/title_eval.py DIR [DIR ...]            # with the truth's URL, as extract_eval.py runs
    python bench/title_eval.py --no-url DIR             # the cleaner given no address
    python bench/title_eval.py --misses DIR             # one line per page whose title differs

A set is a directory in the shared layout (``ground-truth.json`` and ``text/<id>.txt``);
pages whose truth has no ``title`` are not counted. Figures per set: ``exact`` (equal once
whitespace is collapsed) and ``fold`` (equal as ``bench/metadata_eval.py`` compares titles:
NFKC, case folded, quotes and dashes unified, end punctuation off), ``none`` (no title), and
of the ``present`` pages (the truth's title is a line of the dump) the share folded equal.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import newsclean  # noqa: E402
from metadata_eval import norm_title  # noqa: E402


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def score(root: Path, *, use_url: bool, misses: bool, limit: int | None) -> dict[str, int]:
    """Counts of one set: pages with a truth title, exact and folded matches, pages given no title."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    counts = {"n": 0, "exact": 0, "fold": 0, "none": 0, "present": 0, "present_fold": 0}
    for pid in sorted(truth)[:limit]:
        rec = truth[pid]
        if not rec.get("title"):
            continue
        text = (root / "text" / f"{pid}.txt").read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
        got = newsclean.clean(text, url=rec.get("url") if use_url else None).title
        counts["n"] += 1
        counts["exact"] += _ws(got) == _ws(rec["title"])
        ok = norm_title(got) == norm_title(rec["title"])
        counts["fold"] += ok
        counts["none"] += not got
        present = norm_title(rec["title"]) in {norm_title(line) for line in text.splitlines()}
        counts["present"] += present
        counts["present_fold"] += present and ok
        if misses and not ok:
            print(f"  {pid[:10]} {'P' if present else '-'} truth={rec['title']!r}\n             got={got!r}")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--no-url", action="store_true", help="give the cleaner no address")
    ap.add_argument("--misses", action="store_true", help="list the pages whose title differs")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    for root in args.sets:
        c = score(root, use_url=not args.no_url, misses=args.misses, limit=args.limit)
        n = c["n"] or 1
        print(f"{root.name:24s} n={c['n']:4d} exact={c['exact'] / n:.3f} fold={c['fold'] / n:.3f} "
              f"none={c['none']} present={c['present']} fold_of_present={c['present_fold'] / (c['present'] or 1):.3f}")


if __name__ == "__main__":
    main()
