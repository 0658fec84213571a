#!/usr/bin/env python3
"""Growth of the metadata text paths on hostile inputs: 10 KB, 100 KB and 1 MB versions of each case.

    python bench/meta_linear.py

Prints seconds per size and the ratio 1 MB / 100 KB (about 10 for linear work;
well under 10 when a length cap stops the work early). Nothing is asserted:
the unit tests do not time anything (see docs on the hostile benchmark).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsclean import Cleaner  # noqa: E402
from newsclean.dates import find_dates, parse_date, strip_dates  # noqa: E402
from newsclean.headerlines import residue  # noqa: E402
from newsclean.plugins import byline, htmlmeta  # noqa: E402
from newsclean.text import detect_language  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)


def _page_with_author(value: str) -> str:
    return (f"<html><head><meta name='author' content='{value}'><title>t</title></head>"
            "<body><p>The council voted on Tuesday to approve the plan for the region.</p></body></html>")


CASES = {
    "htmlmeta author split, '(' run": lambda n: htmlmeta._split("(" * n),
    "htmlmeta author name, 'a.' run": lambda n: htmlmeta._clean_name("A." * (n // 2)),
    "page with a '(' author meta": lambda n: CLEANER.clean(_page_with_author("(" * n)),
    "residue, 'a.' run": lambda n: residue("a." * (n // 2)),
    "byline fields, 'By ' + letters": lambda n: byline._fields("By " + "Ab " * (n // 3)),
    "find_dates, digits and dots": lambda n: find_dates("1.2." * (n // 4)),
    "strip_dates, month names": lambda n: strip_dates("Mai 3 " * (n // 6)),
    "parse_date, long value": lambda n: parse_date("2024-" * (n // 5)),
    "detect_language, Latin words": lambda n: detect_language("die der und " * (n // 12)),
    "detect_language, Cyrillic": lambda n: detect_language("и в не на " * (n // 10)),
}
CLEANER = Cleaner()


def main() -> int:
    print(f"{'case':38} " + " ".join(f"{s // 1000:>7} KB" for s in SIZES) + "   1MB/100KB")
    for name, run in CASES.items():
        times = []
        for n in SIZES:
            t0 = time.perf_counter()
            run(n)
            times.append(time.perf_counter() - t0)
        ratio = times[2] / times[1] if times[1] > 0 else float("nan")
        print(f"{name:38} " + " ".join(f"{t:10.4f}" for t in times) + f"   {ratio:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
