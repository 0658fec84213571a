#!/usr/bin/env python3
"""Which step takes a snippet set's "with" sentences out, and which keeps its "without" ones.

    python bench/snippet_audit.py ../devsets/webbench_snippets --pages ../devsets/webbench
    python bench/snippet_audit.py DIR --group article,service --top 30 --examples 3
    python bench/snippet_audit.py DIR --save snippets.jsonl

For sets whose ``ground-truth.json`` records carry ``with``/``without`` lists (the
held-out snippet sets are scored that way: a "with" sentence the output holds is a hit,
a "without" one a false positive; see the bench's snippet metric). Each page is cleaned
once; every "with" snippet the output misses gets one cause:

* ``format``: the output holds it once quotes, dashes and markup signs (``*_#`|>[]``)
  are folded and case ignored: the truth's formatting, not a removal;
* the removal (plugin, kind, reason with numbers and quoted words masked) whose text
  holds it whole, or else holds its first ``PREFIX`` characters (``partial``), or else
  the longest removal whose text stands inside it (``piece``: a snippet the truth
  joined across blocks, one of which went);
* ``unattributed``: none of these (text the walk never read, or the truth's own wording).

Kept "without" snippets are listed by page group. Counts are snippets (and pages).
Read the examples before acting: the sets disagree on comments, titles and bylines.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402
from newsclean.evaluate import load_pages  # noqa: E402

PREFIX = 25  # characters of a snippet looked for in a removal when the whole is not there
PIECE_MIN = 6  # a removal this long at least may be a piece of a snippet

_WS = re.compile(r"\s+")
_MARKUP = re.compile(r"[*_#`|>\[\]]")
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2013": "-", "\u2014": "-"})
_NUM = re.compile(r"\d+")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|\u00ab[^\u00bb]*\u00bb|\u201c[^\u201d]*\u201d")


def ws(text: str) -> str:
    """The snippet metric's whitespace normalisation."""
    return _WS.sub(" ", text or "").strip()


def folded(text: str) -> str:
    """Quotes, dashes and markup signs folded, case ignored (the ``format`` test)."""
    return ws(_MARKUP.sub("", ws(text).translate(_FOLD))).lower()


def reason_key(reason: str, width: int = 90) -> str:
    """A removal's reason with numbers and quoted words masked: one key per rule."""
    return _QUOTED.sub("Q", _NUM.sub("N", reason))[:width]


def cause(snippet: str, output_folded: str, removed: list[tuple[str, Any]]) -> tuple[str, ...]:
    """Why a missed "with" snippet is not in the output (see the module docstring)."""
    s = folded(snippet)
    if s in output_folded:
        return ("format",)
    for text, rm in removed:
        if s in text:
            return (rm.plugin, rm.kind, reason_key(rm.reason))
    if len(s) > PREFIX:
        head = s[:PREFIX]
        for text, rm in removed:
            if head in text:
                return (rm.plugin, rm.kind, "partial: " + reason_key(rm.reason))
    best = None
    for text, rm in removed:
        if len(text) >= PIECE_MIN and text in s and (best is None or len(text) > len(best[0])):
            best = (text, rm)
    if best is not None:
        rm = best[1]
        return (rm.plugin, rm.kind, "piece: " + reason_key(rm.reason))
    return ("unattributed",)


def run(folder: str, pages: str | None, groups: set[str] | None, limit: int | None) -> list[dict[str, Any]]:
    gt = json.loads((Path(folder) / "ground-truth.json").read_text(encoding="utf-8"))
    cleaner = Cleaner()
    records: list[dict[str, Any]] = []
    unread = 0
    for page in load_pages(pages or folder, limit):
        rec = gt.get(page.id)
        if rec is None:
            continue
        group = str(rec.get("group") or "")
        if groups and group not in groups:
            continue
        if page.problem:
            unread += 1
            continue
        try:
            art = cleaner.clean(page.content, page.url)
        except Exception as e:  # noqa: BLE001 - one broken page must not end the audit
            print(f"  {page.id}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        out = ws(art.text)
        out_f = folded(art.text)
        removed = [(folded(rm.text), rm) for rm in art.removed]
        for s in rec.get("with") or []:
            s = ws(s)
            if s and s not in out:
                records.append({"page": page.id, "group": group, "side": "with", "snippet": s,
                                "cause": list(cause(s, out_f, removed))})
        for s in rec.get("without") or []:
            s = ws(s)
            if s and s in out:
                records.append({"page": page.id, "group": group, "side": "without", "snippet": s,
                                "cause": ["kept"]})
    if unread:
        print(f"# {unread} pages not read (see newsclean.evaluate.load_pages; a linked html/ folder is "
              f"not followed: pass the folder holding the pages as --pages)", file=sys.stderr)
    return records


def report(records: list[dict[str, Any]], top: int, examples: int) -> str:
    lines = []
    missed = [r for r in records if r["side"] == "with"]
    kept = [r for r in records if r["side"] == "without"]
    lines.append(f"missed 'with' snippets: {len(missed)}; kept 'without' snippets: {len(kept)}")
    by_plugin: Counter[str] = Counter(r["cause"][0] for r in missed)
    lines.append("by step:")
    lines += [f"  {n:5d}  {k}" for k, n in by_plugin.most_common()]
    by_cause: Counter[tuple[str, ...]] = Counter(tuple(r["cause"]) for r in missed)
    pages: dict[tuple[str, ...], set[str]] = defaultdict(set)
    seen: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in missed:
        key = tuple(r["cause"])
        pages[key].add(r["page"])
        if len(seen[key]) < examples:
            seen[key].append(r)
    lines.append("by rule (snippets, pages):")
    for key, n in by_cause.most_common(top):
        lines.append(f"  {n:5d} {len(pages[key]):4d}  {' | '.join(key)}")
        lines += [f"        [{r['group']}] {r['page'][:10]} {r['snippet'][:100]}" for r in seen[key]]
    by_group: Counter[str] = Counter(r["group"] for r in kept)
    lines.append("kept 'without' snippets by group: " + ", ".join(f"{g or '-'} {n}" for g, n in by_group.most_common()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", help="a snippet set's folder (ground-truth.json with with/without lists, html/)")
    ap.add_argument("--pages", help="the dataset folder holding the pages when the set's own html/ is a link to it")
    ap.add_argument("--group", help="only pages of these groups (comma-separated)")
    ap.add_argument("--limit", type=int, help="first N pages")
    ap.add_argument("--top", type=int, default=40, help="rules listed (default 40)")
    ap.add_argument("--examples", type=int, default=3, help="snippets shown per rule (default 3)")
    ap.add_argument("--save", help="write one JSON line per missed or kept snippet here")
    args = ap.parse_args(argv)
    groups = {g.strip() for g in args.group.split(",") if g.strip()} if args.group else None
    records = run(args.set, args.pages, groups, args.limit)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(report(records, args.top, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
