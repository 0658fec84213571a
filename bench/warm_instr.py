#!/usr/bin/env python3
"""Warm instructions a page, counted by valgrind (load-independent).

    python bench/warm_instr.py                      # all scrapinghub pages, as str
    python bench/warm_instr.py --pages 30 --dataset ../shared/bench/cwced_zh
    python bench/warm_instr.py --warm -1            # warm-up: one whole pass (every lazy pattern compiled)

Two runs under ``valgrind --tool=cachegrind --cache-sim=no``: both import newsclean and clean the
first ``--warm`` pages (warm-up: patterns compiled, caches filled; ``-1``: every page, so that no
pattern compiled on first use is counted, as in ``bench/speed.py``'s best of several passes); one then
cleans the first ``--pages`` pages (as str, decoded as the shared runner decodes them), the other stops. The
difference divided by the pages is the warm cost of a page. Needs valgrind on the PATH; a few
minutes for all 181 scrapinghub pages.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from step_cost import SHARED_BENCH, cachegrind_irefs, read_pages  # noqa: E402

_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


def _pages(folder: Path, n: int) -> list[str]:
    """The first ``n`` pages, their XML prolog or byte-order mark taken off (as the shared runner does)."""
    out = []
    for text in read_pages(folder, n):
        m = _PROLOG.match(text)
        out.append(text[m.end():] if m else text.lstrip("\ufeff"))
    return out


def child(folder: str, n: int, warm: int) -> None:
    """Warm up on ``warm`` pages, then clean ``n`` pages (run inside valgrind)."""
    import newsclean

    pages = _pages(Path(folder), 10**9 if warm < 0 else max(n, warm))
    cleaner = newsclean.Cleaner()
    for page in pages if warm < 0 else pages[:warm]:
        cleaner.clean(page)
    for page in pages[:n]:
        cleaner.clean(page)
    sys.stdout.flush()
    os._exit(0)  # (no teardown: the same in both runs, left out of both)


def _count(args: argparse.Namespace, n: int) -> int:
    return cachegrind_irefs(__file__, ["--child", str(n), "--warm", str(args.warm), "--dataset", args.dataset])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=10_000, help="the first N pages of the dataset (default all)")
    ap.add_argument("--warm", type=int, default=5, help="pages cleaned before counting (-1: all of them)")
    ap.add_argument("--dataset", default=str(SHARED_BENCH / "scrapinghub"))
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        child(args.dataset, args.child, args.warm)
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not on the PATH")
    n = len(_pages(Path(args.dataset), args.pages))
    full, base = _count(args, n), _count(args, 0)
    print(f"{n} pages: {(full - base) / n / 1e6:.2f}M warm instructions a page "
          f"({full:,} - {base:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
