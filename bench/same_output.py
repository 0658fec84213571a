#!/usr/bin/env python3
"""Snapshot newsclean's full output on the shared sets, or compare with a snapshot.

    python bench/same_output.py --out before.json          # record
    python bench/same_output.py --compare before.json      # every page that differs

Cleans every page of the shared benchmark sets (``../shared/bench``: scrapinghub,
magic_html, cwced_zh and their text-dump variants) and the seed page (as its
text dump and wrapped as HTML), and keeps each article's ``to_dict()``
whole: text, paragraphs and their kinds, every removal with its plugin and
reason, metadata, notes. A change meant only to make newsclean faster must
leave this snapshot exactly as it was; ``--compare`` lists each page whose
output differs and the first fields that differ. ``--raw`` also cleans the
original GBK/GB2312 bytes of ``cwced_zh/raw`` (exercises the charset code).
Exit status 1 when ``--compare`` finds a difference.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = ("scrapinghub", "magic_html", "cwced_zh", "magic_html_text", "cwced_zh_text")
_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


def _decode(raw: bytes) -> str:
    """As the shared runner hands pages to the tools: UTF-8, no BOM or XML prolog."""
    text = raw.decode("utf-8", errors="replace")
    m = _PROLOG.match(text)
    if m:
        return text[m.end():]
    return text[1:] if text.startswith("\ufeff") else text


def pages(sets: tuple[str, ...], raw: bool = False) -> Iterator[tuple[str, Any, str | None]]:
    """(key, page, url) for every page of the chosen sets, the seed last."""
    for name in sets:
        folder = SHARED / "bench" / name
        gt_file = folder / "ground-truth.json"
        if not gt_file.exists():
            print(f"[same_output] {folder} not found, skipped", file=sys.stderr)
            continue
        gt = json.loads(gt_file.read_text(encoding="utf-8"))
        for pid in sorted(gt):
            url = gt[pid].get("url")
            for path in (folder / "html" / f"{pid}.html.gz", folder / "html" / f"{pid}.html",
                         folder / "text" / f"{pid}.txt"):
                if path.exists():
                    data = path.read_bytes()
                    yield f"{name}/{pid}", _decode(gzip.decompress(data) if path.suffix == ".gz" else data), url
                    break
            if raw and name == "cwced_zh":
                for path in sorted((folder / "raw").glob(f"{pid}.*")):
                    data = path.read_bytes()
                    yield f"{name}/raw/{path.name}", gzip.decompress(data) if path.suffix == ".gz" else data, url
    seed = next(iter(sorted((SHARED / "seed").glob("*.txt"))), None)
    if seed is not None:
        text = seed.read_text(encoding="utf-8")
        yield "seed/text", text, None
        body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        yield "seed/html", f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>", None


def snapshot(sets: tuple[str, ...], raw: bool = False, limit: int | None = None) -> dict[str, Any]:
    """key -> the article's to_dict() (or the error it raised)."""
    cleaner = Cleaner()
    out: dict[str, Any] = {}
    for n, (key, page, url) in enumerate(pages(sets, raw)):
        if limit and n >= limit:
            break
        try:
            out[key] = cleaner.clean(page, url=url).to_dict()
        except Exception as e:  # an error is an output too
            out[key] = {"error": f"{type(e).__name__}: {e}"}
    # through JSON, so that a fresh snapshot compares equal to one read from a file
    result: dict[str, Any] = json.loads(json.dumps(out, ensure_ascii=False, default=str))
    return result


def _differences(a: Any, b: Any, where: str = "") -> Iterator[str]:
    if type(a) is not type(b):
        yield f"{where or '.'}: {_short(a)} -> {_short(b)}"
    elif isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in b:
                yield f"{where}.{k}: only before"
            elif k not in a:
                yield f"{where}.{k}: only after"
            else:
                yield from _differences(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            yield f"{where}: {len(a)} items -> {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _differences(x, y, f"{where}[{i}]")
    elif a != b:
        yield f"{where or '.'}: {_short(a)} -> {_short(b)}"


def _short(x: Any) -> str:
    s = json.dumps(x, ensure_ascii=False, default=str)
    return s if len(s) <= 100 else s[:97] + "..."


def compare(before: dict[str, Any], after: dict[str, Any], show: int = 4) -> int:
    """Print every page whose output differs; returns their number."""
    n = 0
    for key in list(before) + [k for k in after if k not in before]:
        if key not in after or key not in before:
            print(f"{key}: {'missing now' if key not in after else 'new page'}")
            n += 1
            continue
        diffs = list(_differences(before[key], after[key]))
        if diffs:
            n += 1
            print(f"{key}: {len(diffs)} difference(s)")
            for d in diffs[:show]:
                print(f"    {d}")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="write the snapshot here")
    ap.add_argument("--compare", help="compare with this snapshot")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated dataset folders")
    ap.add_argument("--raw", action="store_true", help="also the original bytes of cwced_zh/raw")
    ap.add_argument("--limit", type=int, help="only the first N pages (quick checks)")
    ap.add_argument("--show", type=int, default=4, help="differences shown per page")
    args = ap.parse_args(argv)
    sets = tuple(s.strip() for s in args.sets.split(",") if s.strip())
    snap = snapshot(sets, args.raw, args.limit)
    if args.out:
        Path(args.out).write_text(json.dumps(snap, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"[same_output] {len(snap)} pages cleaned", file=sys.stderr)
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        if args.limit:
            before = {k: v for k, v in before.items() if k in snap}
        n = compare(before, snap, args.show)
        print(f"{n} page(s) differ out of {len(snap)}")
        return 1 if n else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
