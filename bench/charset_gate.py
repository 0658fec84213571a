#!/usr/bin/env python3
"""Charset gate: cleaning a page's original GBK/GB2312 bytes must give the same
article as cleaning the same page already decoded to UTF-8.

For every ``../shared/bench/cwced_zh/raw/<id>.html.gz`` (original bytes) this
cleans the raw bytes and the UTF-8 page ``html/<id>.html.gz`` (given as bytes,
so its stale ``charset=gb2312`` declaration has to be overruled too), and
compares title and text. The raw files still wear the CleanEval envelope
(``<text id=URL title=...>`` ... ``</text>``) that the UTF-8 pages had
removed; it is cut from the raw bytes first, so both sides are the same page. Prints one line per mismatch and the agreement;
exits 1 on any mismatch, 0 when all agree or when ../shared is absent.

    python bench/charset_gate.py [--data DIR] [--limit N] [-v]
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "cwced_zh"


_ENVELOPE_START = re.compile(rb"\A\s*<text\b[^>]*>\s*")
_ENVELOPE_END = re.compile(rb"\s*</text>\s*\Z")


def strip_envelope(raw: bytes) -> bytes:
    """The page without the CleanEval ``<text ...>`` wrapper, if it has one."""
    m = _ENVELOPE_START.match(raw)
    if m is None:
        return raw
    return _ENVELOPE_END.sub(b"\n", raw[m.end():])


def _first_difference(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"at char {i}: {a[max(0, i - 15):i + 25]!r} vs {b[max(0, i - 15):i + 25]!r}"
    return f"lengths {len(a)} vs {len(b)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="dataset folder with raw/ and html/")
    ap.add_argument("--limit", type=int, default=0, help="check only the first N pages")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every page")
    args = ap.parse_args(argv)
    raw_dir, html_dir = args.data / "raw", args.data / "html"
    if not raw_dir.is_dir() or not html_dir.is_dir():
        print(f"charset gate: skipped ({args.data} not found)")
        return 0
    sys.path.insert(0, str(ROOT))
    import newsclean
    from newsclean.charset import decode_page

    cleaner = newsclean.Cleaner()
    files = sorted(raw_dir.glob("*.html.gz"))
    if args.limit:
        files = files[: args.limit]
    agree = 0
    same_decoding = 0
    mismatches = 0
    seconds = 0.0
    for raw_path in files:
        utf8_path = html_dir / raw_path.name
        if not utf8_path.exists():
            print(f"{raw_path.name}: no UTF-8 counterpart, skipped")
            continue
        raw = strip_envelope(gzip.decompress(raw_path.read_bytes()))
        utf8 = gzip.decompress(utf8_path.read_bytes())
        t = time.perf_counter()
        a = cleaner.clean(raw)
        seconds += time.perf_counter() - t
        b = cleaner.clean(utf8)
        decoded = decode_page(raw)
        enc = decoded.encoding
        if decoded.text.replace("\r\n", "\n").strip() == utf8.decode("utf-8").replace("\r\n", "\n").strip():
            same_decoding += 1
        same = a.text == b.text and a.title == b.title
        if same:
            agree += 1
            if args.verbose:
                print(f"ok    {raw_path.name[:8]} {enc:<10} {len(a.text):>6} chars")
        else:
            mismatches += 1
            what = "title" if a.text == b.text else "text"
            diff = _first_difference(a.title or "", b.title or "") if what == "title" else _first_difference(a.text, b.text)
            print(f"DIFF  {raw_path.name[:8]} {enc:<10} {what} {diff}")
    total = agree + mismatches
    print(f"charset gate: {agree}/{total} pages give the same article from raw bytes as from "
          f"the UTF-8 page; {same_decoding}/{total} decode to the very same text; "
          f"{seconds / max(1, total) * 1000:.1f} ms/page")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
