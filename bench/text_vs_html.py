#!/usr/bin/env python3
"""Text mode against HTML mode: the same pages cleaned as a dump and as HTML.

For every pair of benchmark sets that hold the same pages twice (a text-dump
variant ``<set>_text`` next to the HTML set ``<set>``), clean each page both
ways with newsclean and score both against the same ground truth, with the
scorer of ``../shared/bench/extract_eval.py`` (shingle precision, recall, F1).
Prints one line per set and mode, the F1 per language for the languages named
with ``--langs``, and the gap (text minus HTML).

    python bench/text_vs_html.py                      # both pairs, all pages
    python bench/text_vs_html.py --limit 40           # a quick look
    python bench/text_vs_html.py --sets magic_html --worst 10

The data stays in ../shared (resolved from this file); nothing is copied.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shared_runner  # noqa: E402

BENCH = shared_runner.SHARED_BENCH
PAIRS = ("magic_html", "cwced_zh")


def _page(folder: Path, key: str) -> str | None:
    """The page's text: a dump from text/, HTML from html/ (gzipped or not)."""
    for p in (folder / "text" / f"{key}.txt", folder / "html" / f"{key}.html"):
        if p.exists():
            return p.read_text(encoding="utf-8").lstrip("\ufeff")
    gz = folder / "html" / f"{key}.html.gz"
    if gz.exists():
        return gzip.decompress(gz.read_bytes()).decode("utf-8", "replace").lstrip("\ufeff")
    return None


def run_set(name: str, keys: list[str], truth: dict[str, Any], ev: Any) -> dict[str, Any]:
    """Clean the pages of one set; per-page scores, language and time."""
    import newsclean

    folder = BENCH / name
    docs: dict[str, Any] = {}
    t0 = time.perf_counter()
    for key in keys:
        page = _page(folder, key)
        if page is None:
            continue
        rec = truth[key]
        try:
            text = newsclean.clean(page, url=rec.get("url")).text
        except Exception as e:  # a failure scores as an empty output
            print(f"  {name} {key}: {type(e).__name__}: {e}", file=sys.stderr)
            text = ""
        docs[key] = ev.doc_scores(rec.get("articleBody") or "", text)
    return {"docs": docs, "seconds": time.perf_counter() - t0}


def _f1(ev: Any, docs: list[Any]) -> float:
    return ev.aggregate(docs)["f1"] if docs else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(PAIRS), help="HTML set names (their _text twins are used too)")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each set")
    ap.add_argument("--langs", default="zh,en", help="languages to report separately")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where text mode trails HTML most")
    args = ap.parse_args(argv)
    if not BENCH.is_dir():
        print(f"benchmark data not found at {BENCH}", file=sys.stderr)
        return 2
    ev = shared_runner.load()
    langs = [x for x in args.langs.split(",") if x]
    for base in [s for s in args.sets.split(",") if s]:
        truth = json.loads((BENCH / f"{base}_text" / "ground-truth.json").read_text(encoding="utf-8"))
        keys = sorted(truth)
        if args.limit:
            keys = keys[: args.limit]
        res = {mode: run_set(name, keys, truth, ev) for mode, name in (("text", f"{base}_text"), ("html", base))}
        both = [k for k in keys if k in res["text"]["docs"] and k in res["html"]["docs"]]
        print(f"{base}: {len(both)} pages")
        present = [lang for lang in langs if any(truth[k].get("lang") == lang for k in both)]
        f1s: dict[str, float] = {}
        for mode in ("text", "html"):
            docs = res[mode]["docs"]
            agg = ev.aggregate([docs[k] for k in both])
            f1s[mode] = agg["f1"]
            per_lang = "  ".join(
                f"{lang}={_f1(ev, [docs[k] for k in both if truth[k].get('lang') == lang]):.3f}" for lang in present)
            rate = len(both) / res[mode]["seconds"] if res[mode]["seconds"] else 0.0
            print(f"  {mode:4s}  F1={agg['f1']:.3f}  P={agg['precision']:.3f}  R={agg['recall']:.3f}  "
                  f"{per_lang}  ({rate:.0f} pages/s)")
        gap_lang = "  ".join(
            f"{lang}={_f1(ev, [res['text']['docs'][k] for k in both if truth[k].get('lang') == lang]) - _f1(ev, [res['html']['docs'][k] for k in both if truth[k].get('lang') == lang]):+.3f}"
            for lang in present)
        print(f"  gap   text-html={f1s['text'] - f1s['html']:+.3f}  {gap_lang}")
        if args.worst:
            def doc_f1(d: Any) -> float:
                p, r = d["precision"] or 0.0, d["recall"] or 0.0
                return 2 * p * r / (p + r) if p + r else 0.0
            diffs = sorted(both, key=lambda k: doc_f1(res["text"]["docs"][k]) - doc_f1(res["html"]["docs"][k]))
            for k in diffs[: args.worst]:
                t, h = doc_f1(res["text"]["docs"][k]), doc_f1(res["html"]["docs"][k])
                print(f"    {t:.2f} text vs {h:.2f} html  {truth[k].get('lang')}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
