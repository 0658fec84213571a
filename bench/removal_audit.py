#!/usr/bin/env python3
"""Which removals take the article's own text: every recorded removal scored against the truth.

    python bench/removal_audit.py ../devsets/fundus ../devsets/dragnet
    python bench/removal_audit.py DIR --plugin credits --worst 40
    python bench/removal_audit.py DIR --save removals.jsonl

Reads any labelled folder in the shared layout (``ground-truth.json`` and
``html/`` or ``text/``; snippet-truth sets such as postlight have no body truth
and say nothing here). Each page is cleaned once; for every entry of
``Article.removed`` (kind, plugin, reason, text) the script measures, with the
bench's metric (lower-cased tokens, a CJK character one token, windows of 4
tokens as a multiset):

* in truth: how many of the removal's shingles the truth holds;
* lost: how many of those the output does not hold either, taken from the
  page's missed shingles (truth minus output) in the order the removals were
  recorded, so that two removals of the same text are not both charged, and a
  removal of text the output keeps elsewhere (a repeated title) costs nothing.

``--synthetic`` cleans, instead of each page, a page made of its truth alone
(a ``<p>`` per line of the truth inside ``<article>``, under an ``<h1>`` of the
set's title when it has one): every line there is the article's own, so what
the steps take out of it is a rule firing on prose (or on a line the truth
keeps by its annotation policy: a byline, a date, a caption, a disclaimer).
This runs the rules over all the prose of the sets, in every language they hold.

A removal of fewer than 4 tokens has no shingle of the truth's size: it counts
as lost when its tokens stand in a row in the truth and not in the output.

Shingles are turned back into characters (non-space) by the removal's share:
``lost chars = chars x lost shingles / shingles``. Totals are printed by
plugin step and kind, over all sets and per set, largest loss first, then the
worst single removals with their page. Removals the truth keeps by a set's
annotation policy (comments, figure captions, embedded posts, standfirsts)
show up here too: the sets disagree on them, read the examples before acting.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402
from newsclean.evaluate import load_pages, shingles, tokenize  # noqa: E402
from newsclean.text import char_count  # noqa: E402


def _in_row(tokens: list[str], haystack: str) -> bool:
    """The tokens stand in a row in a text given as its tokens joined by spaces (padded)."""
    return bool(tokens) and f" {' '.join(tokens)} " in haystack


def audit_page(truth: str, output: str, removed: list[Any]) -> list[dict[str, Any]]:
    """One record per removal: its shingles, those in the truth, those lost, in characters too."""
    t_tok, o_tok = tokenize(truth), tokenize(output)
    t_sh, o_sh = shingles(t_tok), shingles(o_tok)
    missed = t_sh - o_sh
    t_line, o_line = f" {' '.join(t_tok)} ", f" {' '.join(o_tok)} "
    out = []
    for rm in removed:
        toks = tokenize(rm.text)
        chars = char_count(rm.text)
        if not toks:
            continue
        if len(toks) < 4:
            total = 1
            in_truth = int(_in_row(toks, t_line))
            lost = int(in_truth and not _in_row(toks, o_line))
        else:
            sh = shingles(toks)
            total = sum(sh.values())
            in_truth = sum(min(c, t_sh.get(k, 0)) for k, c in sh.items())
            lost = 0
            for k, c in sh.items():
                take = min(c, missed.get(k, 0))
                if take:
                    lost += take
                    missed[k] -= take
        out.append({
            "plugin": rm.plugin, "kind": rm.kind, "reason": rm.reason, "region": rm.region,
            "text": rm.text, "chars": chars, "shingles": total, "in_truth": in_truth, "lost": lost,
            "truth_chars": chars * in_truth / total, "lost_chars": chars * lost / total,
        })
    return out


def truth_page(truth: str, title: str | None) -> str:
    """A page holding the truth alone: a paragraph per line inside an article element."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    h1 = f"<h1>{html.escape(title)}</h1>" if title else ""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in truth.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>{h1}\n{paras}</article></body></html>"


def _titles(folder: str) -> dict[str, str]:
    try:
        gt = json.loads((Path(folder) / "ground-truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v["title"] for k, v in gt.items() if isinstance(v, dict) and isinstance(v.get("title"), str)}


def run(sets: list[str], limit: int | None, save: str | None, synthetic: bool = False) -> list[dict[str, Any]]:
    cleaner = Cleaner()
    records: list[dict[str, Any]] = []
    sink = open(save, "w", encoding="utf-8") if save else None
    try:
        for folder in sets:
            name = Path(folder).name
            t0, n, truth_total = time.perf_counter(), 0, 0
            titles = _titles(folder) if synthetic else {}
            for page in load_pages(folder, limit):
                if page.problem or not page.truth.strip():
                    continue
                try:
                    content = truth_page(page.truth, titles.get(page.id)) if synthetic else page.content
                    art = cleaner.clean(content, page.url)
                except Exception as e:  # noqa: BLE001 - one broken page must not end the audit
                    print(f"  {name}/{page.id}: {type(e).__name__}: {e}", file=sys.stderr)
                    continue
                n += 1
                truth_total += char_count(page.truth)
                for rec in audit_page(page.truth, art.text, art.removed):
                    rec.update(set=name, page=page.id, lang=page.lang or "")
                    records.append(rec)
                    if sink:
                        sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"# {name}: {n} pages, {truth_total:,} truth chars, "
                  f"{time.perf_counter() - t0:.0f}s", file=sys.stderr)
    finally:
        if sink:
            sink.close()
    return records


def report(records: list[dict[str, Any]], top: int, worst: int, by: str, min_lost: float) -> str:
    lines: list[str] = []
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    per_set: dict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        key = r["plugin"] if by == "plugin" else f"{r['plugin']} [{r['kind']}]"
        t = tally[key]
        t["n"] += 1
        t["chars"] += r["chars"]
        t["truth_chars"] += r["truth_chars"]
        t["lost_chars"] += r["lost_chars"]
        t["n_lost"] += r["lost_chars"] >= min_lost
        per_set[key][r["set"]] += r["lost_chars"]
    lines.append(f"{'step':44} {'removals':>8} {'chars':>10} {'in truth':>9} {'lost':>9} {'lossy':>6}  lost by set")
    for key, t in sorted(tally.items(), key=lambda kv: -kv[1]["lost_chars"])[:top]:
        sets = ", ".join(f"{s} {v:,.0f}" for s, v in per_set[key].most_common(4) if v >= 1)
        lines.append(f"{key[:44]:44} {t['n']:8} {t['chars']:10,} {t['truth_chars']:9,.0f} "
                     f"{t['lost_chars']:9,.0f} {t['n_lost']:6}  {sets}")
    if worst:
        lines += ["", f"worst {worst} removals by lost characters:"]
        for r in sorted(records, key=lambda r: -r["lost_chars"])[:worst]:
            text = " ".join(r["text"].split())
            text = text if len(text) <= 160 else text[:159] + "…"
            lines.append(f"  {r['lost_chars']:6.0f} {r['set']}/{r['page']} {r['plugin']} [{r['kind']}] "
                         f"{r['reason'][:80]}\n         {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="dataset folders (ground-truth.json and html/ or text/)")
    ap.add_argument("--load", help="read the records of an earlier --save instead of cleaning")
    ap.add_argument("--save", help="write one JSON line per removal here")
    ap.add_argument("--synthetic", action="store_true",
                    help="clean a page made of each page's truth alone (every removal is of its text)")
    ap.add_argument("--limit", type=int, help="first N pages of each set")
    ap.add_argument("--plugin", help="only removals of steps whose name starts with this")
    ap.add_argument("--by", choices=("plugin", "kind"), default="kind",
                    help="group by plugin step, or by step and kind (default)")
    ap.add_argument("--top", type=int, default=40, help="groups listed (default 40)")
    ap.add_argument("--worst", type=int, default=25, help="single removals listed (default 25)")
    ap.add_argument("--min-lost", type=float, default=20.0,
                    help="a removal losing this many characters counts as lossy (default 20)")
    args = ap.parse_args(argv)
    if args.load:
        with open(args.load, encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
    elif args.sets:
        records = run(args.sets, args.limit, args.save, args.synthetic)
    else:
        ap.error("give dataset folders or --load")
    if args.plugin:
        records = [r for r in records if r["plugin"].startswith(args.plugin)]
    print(report(records, args.top, args.worst, args.by, args.min_lost))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
