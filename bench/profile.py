#!/usr/bin/env python3
"""Where newsclean's time goes: per phase and per step, per page of a dataset.

    python bench/profile.py                                     # scrapinghub
    python bench/profile.py --dataset ../shared/bench/cwced_zh --repeat 3
    python bench/profile.py --dataset ../shared/bench/magic_html_text --limit 50

Cleans every page of a dataset in the shared layout with the default Cleaner
(``--repeat`` times, the fastest pass of each page counts) and prints the
mean CPU milliseconds per page of each phase of :meth:`Cleaner.clean`
(loading, the tree steps, building the blocks, the block steps,
``build_article``, the rest) and of every step, slowest first. Phases are
timed by wrapping the functions the pipeline calls, and steps by wrapping
each ``step.func``, so the figures follow the real pipeline. ``--cprofile``
also prints cProfile's top functions by own time.
"""
from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's ``profile``, which cProfile
# imports: keep this folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gzip
import json
import pstats  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402
from typing import Any, Callable  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

import newsclean.pipeline as pipeline  # noqa: E402
from newsclean import Cleaner  # noqa: E402

SHARED_BENCH = ROOT.parent / "shared" / "bench"
_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
clock = time.process_time


def read_pages(folder: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, page text, url), decoded as the shared runner does."""
    gt = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for pid in sorted(gt)[:limit] if limit else sorted(gt):
        for path in (folder / "html" / f"{pid}.html.gz", folder / "html" / f"{pid}.html",
                     folder / "text" / f"{pid}.txt"):
            if path.exists():
                data = path.read_bytes()
                text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace")
                m = _PROLOG.match(text)
                text = text[m.end():] if m else (text[1:] if text.startswith("\ufeff") else text)
                out.append((pid, text, gt[pid].get("url")))
                break
    return out


class Timers:
    """Accumulated CPU seconds by name for the page being cleaned."""

    def __init__(self) -> None:
        self.page: dict[str, float] = {}
        self.profiler: cProfile.Profile | None = None  # enabled around the target step only
        self.target = ""

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            prof = self.profiler if self.target and name.endswith(" " + self.target) else None
            if prof is not None:
                prof.enable()
            t = clock()
            try:
                return func(*args, **kwargs)
            finally:
                self.page[name] = self.page.get(name, 0.0) + clock() - t
                if prof is not None:
                    prof.disable()
        return timed


def instrument(cleaner: Cleaner, timers: Timers) -> None:
    """Wrap the pipeline's phase functions and every step of ``cleaner``."""
    pipeline.load = timers.wrap("phase load", pipeline.load)
    pipeline.html_blocks = timers.wrap("phase blocks", pipeline.html_blocks)
    pipeline.text_blocks = timers.wrap("phase blocks", pipeline.text_blocks)
    pipeline.build_article = timers.wrap("phase build_article", pipeline.build_article)
    cleaner._steps = [replace(s, func=timers.wrap(f"{s.stage} {s.qualname}", s.func), plugin=s.plugin)
                      for s in cleaner.steps]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", default=str(SHARED_BENCH / "scrapinghub"))
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--repeat", type=int, default=2, help="passes; each page's fastest counts")
    ap.add_argument("--top", type=int, default=40, help="rows of the step table")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="also cProfile's top N functions")
    ap.add_argument("--step", help="with --cprofile: profile only this step (plugin:name) or phase (load, "
                                   "blocks, build_article)")
    args = ap.parse_args(argv)
    folder = Path(args.dataset)
    pages = read_pages(folder, args.limit)
    if not pages:
        print(f"no pages under {folder}", file=sys.stderr)
        return 1
    cleaner = Cleaner()
    timers = Timers()
    instrument(cleaner, timers)
    best: dict[str, tuple[float, dict[str, float]]] = {}
    for _ in range(max(1, args.repeat)):
        for pid, text, url in pages:
            timers.page = {}
            t = clock()
            cleaner.clean(text, url=url)
            total = clock() - t
            if pid not in best or total < best[pid][0]:
                best[pid] = (total, timers.page)
    n = len(pages)
    sums: dict[str, float] = {}
    for total, parts in best.values():
        sums["total"] = sums.get("total", 0.0) + total
        for k, v in parts.items():
            sums[k] = sums.get(k, 0.0) + v
    tree = sum(v for k, v in sums.items() if k.startswith("tree "))
    blocksteps = sum(v for k, v in sums.items() if k.startswith("blocks "))
    phases = {"load": sums.get("phase load", 0.0), "tree steps": tree, "blocks": sums.get("phase blocks", 0.0),
              "block steps": blocksteps, "build_article": sums.get("phase build_article", 0.0)}
    phases["other (hooks, overhead)"] = sums["total"] - sum(phases.values())
    ms = 1000.0 / n
    print(f"{folder.name}: {n} pages, best of {args.repeat} pass(es) per page, CPU ms per page; "
          f"total {sums['total'] * ms:.2f} ms = {n / sums['total']:.1f} pages/CPU-s\n")
    print("| phase | ms/page | share |\n|---|---|---|")
    for k, v in phases.items():
        print(f"| {k} | {v * ms:.2f} | {v / sums['total']:.0%} |")
    print("\n| step | ms/page | share |\n|---|---|---|")
    steps = sorted(((k, v) for k, v in sums.items() if k.startswith(("tree ", "blocks "))), key=lambda kv: -kv[1])
    for k, v in steps[:args.top]:
        print(f"| {k} | {v * ms:.3f} | {v / sums['total']:.1%} |")
    if args.cprofile:
        prof = cProfile.Profile()
        if args.step:
            timers.profiler, timers.target = prof, args.step
        else:
            prof.enable()
        for _pid, text, url in pages:
            cleaner.clean(text, url=url)
        prof.disable()
        print()
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(args.cprofile)
        stats.sort_stats("cumulative").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
