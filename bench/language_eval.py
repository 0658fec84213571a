#!/usr/bin/env python3
"""Language benchmark: ``Article.language`` against the ``lang`` of labelled sets.

    python bench/language_eval.py                         # magic_html and magic_html_text
    python bench/language_eval.py --sets magic_html --misses
    python bench/language_eval.py --dataset DIR           # any folder in the shared layout

A page counts as right when the base language (``zh-CN`` -> ``zh``) equals the
truth's. Prints accuracy per set and per language, and the time spent in the
language step alone (``newsclean.text.detect_language`` / ``page_language`` on
the same inputs), so that its cost per page stays visible.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import newsclean  # noqa: E402
from metadata_eval import load_pages  # noqa: E402  (one page reader for both metadata benchmarks)

DEFAULT_DATA = ROOT.parent / "shared" / "bench"


def base(lang: str | None) -> str:
    return (lang or "").replace("_", "-").split("-")[0].lower()


def evaluate(folder: Path, limit: int | None, misses: bool) -> None:
    is_text = (folder / "text").exists()
    cleaner = newsclean.Cleaner()
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    wrong: list[str] = []
    spent = 0.0
    for pid, rec, page in load_pages(folder, limit):
        want = base(rec.get("lang"))
        if not want:
            continue
        t0 = time.perf_counter()
        art = cleaner.clean(page, rec.get("url") or None, input_kind="text" if is_text else None)
        spent += time.perf_counter() - t0
        got = base(art.language)
        n[want] += 1
        if got == want:
            ok[want] += 1
        else:
            wrong.append(f"  {pid[:10]} truth={want} got={art.language!r} {rec.get('url') or ''}")
    total, right = sum(n.values()), sum(ok.values())
    print(f"== {folder.name}: language right on {100.0 * right / max(total, 1):.1f}% ({right}/{total}), "
          f"{spent:.1f} s for the whole clean")
    for lang, cnt in sorted(n.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {lang:6} {100.0 * ok[lang] / cnt:5.1f}% ({ok[lang]}/{cnt})")
    if misses:
        print("\n".join(wrong))


def identifier_speed() -> None:
    """Microseconds per call of the identifier on prose samples of several scripts."""
    from newsclean.text import detect_language

    samples = [
        "The minister said on Tuesday that the new rules would take effect next year. " * 30,
        "Der Minister sagte am Dienstag, dass die neuen Regeln im nächsten Jahr gelten. " * 30,
        "Министр заявил во вторник, что новые правила вступят в силу в следующем году. " * 30,
        "部长周二表示，新规定将于明年生效，相关部门正在制定细则。" * 40,
    ]
    rounds = 200
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s in samples:
            detect_language(s)
    per = (time.perf_counter() - t0) / (rounds * len(samples)) * 1e6
    print(f"detect_language: {per:.1f} µs per call on ~2,400-character samples")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-root", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sets", default="magic_html,magic_html_text", help="comma-separated dataset folders")
    ap.add_argument("--dataset", type=Path, action="append", default=[], help="a dataset folder (repeatable)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", action="store_true", help="list the pages that miss")
    args = ap.parse_args()
    folders = args.dataset or [args.data_root / s for s in args.sets.split(",") if s]
    for folder in folders:
        if not (folder / "ground-truth.json").exists():
            print(f"== {folder.name}: not found")
            continue
        evaluate(folder, args.limit, args.misses)
    identifier_speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
