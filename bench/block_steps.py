#!/usr/bin/env python3
"""What the block steps do with the blocks they visit, and whether one joined text would look faster.

    python bench/block_steps.py                               # scrapinghub, every block step
    python bench/block_steps.py --gate '\\d\\d' --gate '©|\\(c\\)'  # also a per-block first look vs a joined one
    python bench/block_steps.py --dataset ../shared/bench/cwced_zh --passes 3

For every block-stage step of the default Cleaner, per page: the kept blocks it finds, the blocks
it drops or restores, how many pages it changes at all, and its CPU milliseconds (the mean of
``--passes`` passes). A step that visits some 50 blocks and acts on a handful spends its time in
the per-block look; ``--gate`` measures the idea of asking that look once a page instead: for each
pattern, on the kept blocks the first block step sees, a ``search`` per block against one
``search`` loop over their texts joined by a separator (``"\\n\\x00\\n"``), each match mapped to its
block by ``bisect`` and the next search started at the next block (the join counted in), and the
plain loop over the blocks alone. The blocks the two find are checked to be the same.

``--idle STEP,STEP,...`` gives the most a first look per page could save for those steps: each
page is cleaned as it is and with the steps skipped where a first run showed them doing nothing
(no drop, no restore, no note), paired page by page like ``bench/pair_time.py`` (a free, perfect
first look; what a real one costs comes off).
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import time
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402

DEFAULT_DATASET = ROOT.parent / "shared" / "bench" / "scrapinghub"
SEP = "\n\x00\n"
clock = time.process_time


def _read_pages(folder: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """bench/profile.py's reader (loaded by path: its name is the standard library's too)."""
    spec = importlib.util.spec_from_file_location("_bench_profile", Path(__file__).resolve().parent / "profile.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.read_pages(folder, limit)  # type: ignore[no-any-return]


def per_block(texts: list[str], search: Callable[..., Any]) -> list[int]:
    """Positions of the texts ``search`` finds a match in, one search each."""
    return [i for i, t in enumerate(texts) if search(t) is not None]


def joined(texts: list[str], search: Callable[..., Any]) -> list[int]:
    """The same positions from one joined text (a superset when a match may run across a separator)."""
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + len(SEP)
    text, n, out, pos = SEP.join(texts), len(texts), [], 0
    while True:
        m = search(text, pos)
        if m is None:
            return out
        i = bisect_right(starts, m.start()) - 1
        out.append(i)
        if i + 1 >= n:
            return out
        pos = starts[i + 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--gate", action="append", default=[], metavar="REGEX",
                    help="a first look to time per block and joined (repeatable)")
    ap.add_argument("--idle", metavar="STEPS", help="comma-separated steps: time them skipped where they do nothing")
    args = ap.parse_args(argv)
    pages = _read_pages(args.dataset, args.limit)
    if not pages:
        print(f"no pages under {args.dataset}", file=sys.stderr)
        return 1
    cleaner = Cleaner()
    stats: dict[str, list[float]] = {}
    first_texts: list[list[str]] = []

    def wrap(step: Any, first: bool) -> Any:
        func = step.func

        def run(doc: Any) -> None:
            kept = [b for b in doc.blocks if b.dropped is None]
            if first:
                first_texts.append([b.text for b in kept])
            journal = len(doc._journal)
            t = clock()
            func(doc)
            dt = clock() - t
            st = stats.setdefault(step.qualname, [0.0, 0.0, 0.0, 0.0])
            acted = len(doc._journal) - journal
            st[0] += len(kept)
            st[1] += acted
            st[2] += acted > 0
            st[3] += dt
        return run

    base = list(cleaner.steps)
    block_steps = [s for s in base if s.stage == "blocks"]
    first_name = block_steps[0].qualname if block_steps else ""
    for _ in range(max(1, args.passes)):
        first_texts.clear()
        cleaner._steps = [replace(s, func=wrap(s, s.qualname == first_name)) if s.stage == "blocks" else s
                          for s in base]
        for _pid, text, url in pages:
            cleaner.clean(text, url=url)
    n = len(pages) * max(1, args.passes)
    print(f"{args.dataset.name}: {len(pages)} pages, {args.passes} pass(es); per page\n")
    print("| step | kept blocks | dropped/restored | pages changed | ms | µs per kept block |\n|---|---|---|---|---|---|")
    for name, (kept, acted, changed, secs) in sorted(stats.items(), key=lambda kv: -kv[1][3]):
        per = secs / kept * 1e6 if kept else 0.0
        print(f"| {name} | {kept / n:.1f} | {acted / n:.2f} | {changed / n:.0%} | {secs * 1e3 / n:.3f} | {per:.2f} |")
    if args.gate:
        chars = sum(len(t) for texts in first_texts for t in texts) / max(1, len(first_texts))
        print(f"\nfirst looks on the kept blocks {first_name} sees ({chars:.0f} characters a page), µs per page:\n")
        print("| pattern | per block | joined | loop alone | blocks found |\n|---|---|---|---|---|")
        for src in args.gate:
            search = re.compile(src).search
            for texts in first_texts:
                a, b = per_block(texts, search), joined(texts, search)
                if not set(a) <= set(b):
                    raise SystemExit(f"joined look missed blocks for {src!r}: a separator changes its matches")
            times = []
            for f in (per_block, joined, lambda texts, _s: [t for t in texts if t]):
                best = float("inf")
                for _ in range(3):
                    t0 = clock()
                    for texts in first_texts:
                        f(texts, search)
                    best = min(best, clock() - t0)
                times.append(best / len(first_texts) * 1e6)
            found = sum(len(per_block(texts, search)) for texts in first_texts) / len(first_texts)
            print(f"| `{src}` | {times[0]:.1f} | {times[1]:.1f} | {times[2]:.1f} | {found:.1f} |")
    if args.idle:
        idle(cleaner, base, pages, set(args.idle.split(",")), max(2, args.passes))
    return 0


def idle(cleaner: Cleaner, base: list[Any], pages: list[tuple[str, str, str | None]], names: set[str],
         passes: int) -> None:
    """Paired CPU time of the pages as they are and with ``names`` skipped where they do nothing."""
    acts: dict[tuple[str, str], bool] = {}
    state = {"mode": "record", "page": ""}

    def wrap(step: Any) -> Any:
        func = step.func

        def run(doc: Any) -> None:
            key = (state["page"], step.qualname)
            if state["mode"] == "skip" and not acts[key]:
                return
            journal, notes = len(doc._journal), len(doc.notes)
            func(doc)
            if state["mode"] == "record":
                acts[key] = len(doc._journal) != journal or len(doc.notes) != notes
        return run

    cleaner._steps = [replace(s, func=wrap(s)) if s.qualname in names else s for s in base]
    for pid, text, url in pages:
        state["page"] = pid
        cleaner.clean(text, url=url)
    print(f"\n{len(names)} steps act on {sum(acts.values())} of {len(acts)} (page, step) pairs; CPU ms a page:\n")
    ratios = []
    for p in range(passes):
        spent = {"as is": 0.0, "skip": 0.0}
        for k, (pid, text, url) in enumerate(pages):
            state["page"] = pid
            for mode in (("as is", "skip") if (k + p) % 2 else ("skip", "as is")):
                state["mode"] = mode
                t = clock()
                cleaner.clean(text, url=url)
                spent[mode] += clock() - t
        ratios.append(spent["skip"] / spent["as is"])
        print(f"pass {p + 1}: as is {spent['as is'] * 1e3 / len(pages):.3f}  skipped where idle "
              f"{spent['skip'] * 1e3 / len(pages):.3f}  ratio {ratios[-1]:.4f}")
    print(f"median ratio {statistics.median(ratios):.4f}")
    cleaner._steps = base


if __name__ == "__main__":
    sys.exit(main())
