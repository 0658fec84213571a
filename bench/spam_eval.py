#!/usr/bin/env python3
"""Precision and recall of the spam plugin on the labelled line set.

    python bench/spam_eval.py                 # the labelled set, then each held-out part
    python bench/spam_eval.py --errors        # also list every wrong verdict
    python bench/spam_eval.py --data FILE.tsv
    python bench/spam_eval.py --full          # also headlines through every installed plugin

The held-out parts are scored separately: ``spam_lines_holdout.tsv`` (older);
``spam_lines_holdout2.tsv``, written after the first rules of issue 11.2 and
scored, then used for two vocabulary fixes (victims 被骗/受骗 as news voice,
注册就送/注册立送 as offers), so no longer blind; ``spam_lines_holdout3.tsv``,
written after the final rules and never used to tune them.

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
PARTS = (("labelled", DATA),
         ("held-out (older)", ROOT / "tests" / "data" / "spam_lines_holdout.tsv"),
         ("held-out 2 (written after the first rules, then used for two fixes)",
          ROOT / "tests" / "data" / "spam_lines_holdout2.tsv"),
         ("held-out 3 (written after the final rules)", ROOT / "tests" / "data" / "spam_lines_holdout3.tsv"))


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


def evaluate(cleaner: "newsclean.Cleaner", path: Path, show_errors: bool) -> None:
    """Print the figures of one labelled file."""
    rows = load_rows(path)
    alone: list[tuple[bool, bool]] = []
    errors: list[str] = []
    by_group: dict[str, list[tuple[bool, bool]]] = {}
    for r in rows:
        truth = r["label"] == "spam"
        got = r["text"].strip() in spam_texts(cleaner, r["text"])
        alone.append((truth, got))
        group = "headline" if r["style"] == "headline" else r["label"]
        by_group.setdefault(f"{group}/{r['lang']}", []).append((truth, got))
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

    print(f"data: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"lines: {sum(t for t, _ in alone)} spam, {sum(not t for t, _ in alone)} news "
          f"({sum(r['style'] == 'headline' for r in rows)} of them headlines)")
    for name, pairs in (("alone", alone), ("in runs", runs)):
        prec, rec, c = score(pairs)
        print(f"{name:8s} precision {prec:.3f}  recall {rec:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']} tn {c['tn']})")
    for g, pairs in sorted(by_group.items()):
        flagged = sum(got for _, got in pairs)
        print(f"  {g:12s} {flagged}/{len(pairs)} flagged as spam")
    if show_errors:
        for e in errors:
            print(e)


def full_clean(path: Path) -> None:
    """Headlines (style ``headline``) as a related list under an article, through every installed
    plugin, in text and HTML: how many come out as spam."""
    import html

    import newsclean

    heads = [r["text"].strip() for r in load_rows(path) if r["style"] == "headline"]
    body = "山东德州市今年粮食总产量再创新高，全市小麦种植面积稳定在五百万亩以上，农业部门表示，良种覆盖率已经超过百分之九十八。"
    cleaner = newsclean.Cleaner()
    for kind in ("text", "html"):
        taken: set[str] = set()
        for i in range(0, len(heads), 6):
            chunk = heads[i:i + 6]
            if kind == "text":
                art = cleaner.clean("\n\n".join([body] * 3) + "\n\n相关新闻\n" + "\n".join(chunk), input_kind="text")
            else:
                items = "".join(f"<li><a href='/n{j}'>{html.escape(t)}</a></li>" for j, t in enumerate(chunk))
                art = cleaner.clean(f"<html><body>{f'<p>{body}</p>' * 3}<h3>相关新闻</h3><ul>{items}</ul></body></html>")
            taken |= {r.text.strip() for r in art.removed if r.kind == "spam"}
        print(f"full clean ({kind}): {len(taken)}/{len(heads)} headlines removed as spam"
              + "".join(f"\n  {t}" for t in sorted(taken)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, help="one labelled file (default: the set and its held-out parts)")
    ap.add_argument("--errors", action="store_true", help="list false positives and negatives")
    ap.add_argument("--full", action="store_true", help="also clean the headlines with every installed plugin")
    args = ap.parse_args()
    import newsclean
    from newsclean.plugins import spam

    cleaner = newsclean.Cleaner(plugins=[spam], entry_points=False)
    parts = [("given", args.data)] if args.data else [(n, p) for n, p in PARTS if p.is_file()]
    for i, (name, path) in enumerate(parts):
        if i:
            print()
        print(f"== {name}")
        evaluate(cleaner, path, args.errors)
        if args.full:
            full_clean(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
