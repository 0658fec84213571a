#!/usr/bin/env python3
"""CPU time per page, newsclean against trafilatura: where the ratio is worst.

    python bench/page_ratio.py --peer-python ../peers/bin/python
    python bench/page_ratio.py --dataset ../shared/bench/magic_html --passes 7 --worst 30

Each tool runs in its own subprocess (this script, ``--tool NAME``) on the pages
as the shared runner decodes them (its ``load_dataset`` and tool factories are
used), and each page's time is the best of ``--passes`` warm passes in CPU time.
Prints the total ratio (trafilatura's CPU time / newsclean's: above 1 newsclean is
faster), the ratio by page-size class and by script share, and the pages with the worst ratio, with
their size, script share and table count. Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shared_runner  # noqa: E402

SHARED_BENCH = shared_runner.SHARED_BENCH
RUNNER = shared_runner.RUNNER
SIZE_CLASSES = (20_000, 50_000, 100_000, 200_000, 400_000, 10**12)
#: Upper bounds of the classes by the share of a page's characters inside ``<script>`` elements.
SCRIPT_CLASSES = (0.1, 0.3, 0.6, 1.01)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.S | re.I)
_TABLE = re.compile(r"<table\b", re.I)


def time_tool(tool: str, dataset: Path, passes: int, out: Path) -> None:
    """Best-of-``passes`` CPU seconds per page for one tool; written as JSON to ``out``."""
    runner = shared_runner.load()
    gt, pages, _ = runner.load_dataset(dataset, None)
    extract = runner.TOOLS[tool][1](argparse.Namespace())
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(max(1, passes)):
        for pid, html in pages.items():
            url = gt[pid].get("url") or ""
            c0 = clock()
            try:
                extract(html, url, gt[pid].get("lang"))
            except Exception:  # noqa: BLE001 - a failing page still costs its time
                pass
            dt = clock() - c0
            best[pid] = min(dt, best.get(pid, dt))
    out.write_text(json.dumps(best), encoding="utf-8")


def page_facts(dataset: Path) -> dict[str, dict[str, int]]:
    """Size, script characters and table count of each page."""
    _, pages, _ = shared_runner.load().load_dataset(dataset, None)
    facts = {}
    for pid, html in pages.items():
        script = sum(len(m.group()) for m in _SCRIPT.finditer(html))
        facts[pid] = {"size": len(html), "script": script, "tables": len(_TABLE.findall(html))}
    return facts


def class_table(title: str, bounds: tuple[float, ...], value: Any, ours: dict[str, float],
                peer: dict[str, float], ids: list[str]) -> None:
    """Print the ratio of the pages in each class of ``value(page id)`` (upper bounds ``bounds``)."""
    tot_o = sum(ours[i] for i in ids)
    print(f"| {title} up to | pages | newsclean ms | trafilatura ms | ratio | share of newsclean time |")
    print("|---|---|---|---|---|---|")
    low = 0.0
    for high in bounds:
        cls = [i for i in ids if low <= value(i) < high]
        low = high
        if not cls:
            continue
        o, p = sum(ours[i] for i in cls), sum(peer[i] for i in cls)
        print(f"| {high if high != bounds[-1] else 'more'} | {len(cls)} | {o * 1000 / len(cls):.2f} | "
              f"{p * 1000 / len(cls):.2f} | {p / o:.2f} | {o / tot_o:.0%} |")
    print()


def report(ours: dict[str, float], peer: dict[str, float], facts: dict[str, dict[str, int]],
           worst: int) -> None:
    """Print the total ratio, the ratio per size and script-share class and the worst pages."""
    ids = sorted(set(ours) & set(peer))
    tot_o, tot_p = sum(ours[i] for i in ids), sum(peer[i] for i in ids)
    print(f"{len(ids)} pages: newsclean {tot_o * 1000 / len(ids):.2f} ms/page, trafilatura "
          f"{tot_p * 1000 / len(ids):.2f} ms/page, ratio {tot_p / tot_o:.2f}\n")
    class_table("size (chars)", SIZE_CLASSES, lambda i: facts[i]["size"], ours, peer, ids)
    class_table("script share", SCRIPT_CLASSES, lambda i: facts[i]["script"] / max(1, facts[i]["size"]),
                ours, peer, ids)
    print(f"worst {worst} pages (ratio = trafilatura / newsclean):\n")
    print("| page | size | script % | tables | newsclean ms | trafilatura ms | ratio |")
    print("|---|---|---|---|---|---|---|")
    for i in sorted(ids, key=lambda i: peer[i] / ours[i])[:worst]:
        f = facts[i]
        print(f"| {i} | {f['size']} | {f['script'] / max(1, f['size']):.0%} | {f['tables']} | "
              f"{ours[i] * 1000:.2f} | {peer[i] * 1000:.2f} | {peer[i] / ours[i]:.2f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", type=Path, default=SHARED_BENCH / "scrapinghub")
    ap.add_argument("--python", default=sys.executable, help="interpreter with newsclean installed")
    ap.add_argument("--peer-python", default=sys.executable, help="interpreter with trafilatura")
    ap.add_argument("--passes", type=int, default=5, help="warm passes per tool (best counts per page)")
    ap.add_argument("--worst", type=int, default=20, help="how many worst pages to list")
    ap.add_argument("--json", type=Path, help="also write the per-page CPU seconds of both tools here")
    ap.add_argument("--tool", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not RUNNER.exists():
        print(f"shared benchmark runner not found at {RUNNER}; nothing to measure", file=sys.stderr)
        return 0
    if args.tool:
        time_tool(args.tool, args.dataset.resolve(), args.passes, args.out)
        return 0
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tool, python in (("newsclean", args.python), ("trafilatura", args.peer_python)):
            out = Path(tmp) / f"{tool}.json"
            subprocess.run([python, __file__, "--tool", tool, "--dataset", str(args.dataset.resolve()),
                            "--passes", str(args.passes), "--out", str(out)], check=True)
            times[tool] = json.loads(out.read_text(encoding="utf-8"))
    if args.json:
        args.json.write_text(json.dumps(times), encoding="utf-8")
    report(times["newsclean"], times["trafilatura"], page_facts(args.dataset.resolve()), args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
