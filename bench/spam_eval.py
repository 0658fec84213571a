#!/usr/bin/env python3
"""Precision and recall of the spam plugin on the labelled line set.

    python bench/spam_eval.py                 # tests/data/spam_lines.tsv
    python bench/spam_eval.py --errors        # also list every wrong verdict
    python bench/spam_eval.py --data FILE.tsv

The set (``label  lang  style  text``, tab-separated) holds gambling/SEO spam
lines and ordinary news lines that mention the same words (德州, 扑克, 彩票,
casino stocks, betting regulation ...). Each line is cleaned through a
Cleaner that holds only the spam plugin, as a one-line text dump (``alone``:
the line's shape must decide) and again in runs of five lines of the same
label (``in runs``: the company rule may help spam and must not hurt news).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import newsclean

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "spam_lines.tsv"


def load_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r.get("text")]


def spam_texts(cleaner: "newsclean.Cleaner", page: str) -> set[str]:
    art = cleaner.clean(page, input_kind="text")
    return {r.text for r in art.removed if r.kind == "spam"}


def score(pairs: list[tuple[bool, bool]]) -> tuple[float, float, Counter[str]]:
    c: Counter[str] = Counter()
    for truth, got in pairs:
        c[("t" if truth == got else "f") + ("p" if got else "n")] += 1
    prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return prec, rec, c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = ap.parse_args()
    import newsclean
    from newsclean.plugins import spam

    cleaner = newsclean.Cleaner(plugins=[spam], entry_points=False)
    rows = load_rows(args.data)

    alone: list[tuple[bool, bool]] = []
    errors: list[str] = []
    by_group: dict[str, list[tuple[bool, bool]]] = {}
    for r in rows:
        truth = r["label"] == "spam"
        got = r["text"].strip() in spam_texts(cleaner, r["text"])
        alone.append((truth, got))
        by_group.setdefault(f"{r['label']}/{r['lang']}", []).append((truth, got))
        if truth != got:
            errors.append(f"{'FN' if truth else 'FP'} {r['lang']} {r['style']}: {r['text']}")

    runs: list[tuple[bool, bool]] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        groups.setdefault((r["label"], r["lang"]), []).append(r["text"].strip())
    for (label, _lang), texts in sorted(groups.items()):
        for i in range(0, len(texts), 5):
            chunk = texts[i:i + 5]
            taken = spam_texts(cleaner, "\n".join(chunk))
            runs.extend((label == "spam", t in taken) for t in chunk)

    print(f"data: {args.data.relative_to(ROOT) if args.data.is_relative_to(ROOT) else args.data}")
    print(f"lines: {sum(t for t, _ in alone)} spam, {sum(not t for t, _ in alone)} news")
    for name, pairs in (("alone", alone), ("in runs", runs)):
        prec, rec, c = score(pairs)
        print(f"{name:8s} precision {prec:.3f}  recall {rec:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']} tn {c['tn']})")
    for g, pairs in sorted(by_group.items()):
        flagged = sum(got for _, got in pairs)
        print(f"  {g:8s} {flagged}/{len(pairs)} flagged as spam")
    if args.errors:
        for e in errors:
            print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
