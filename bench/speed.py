#!/usr/bin/env python3
"""newsclean, trafilatura and readability side by side: quality, speed, memory.

    python bench/speed.py                                   # scrapinghub, all three tools
    python bench/speed.py --dataset ../shared/bench/magic_html --tools newsclean
    python bench/speed.py --peer-python ../peers/bin/python --rounds 2

Each tool runs in its own subprocess through the shared benchmark runner
(``../shared/bench/extract_eval.py --tool NAME``): the pages are decoded
before timing, only the extraction call is timed, outputs come from the
first pass and are scored with the shared shingle metric (P, R, F1, empty
outputs). pages/s is the best of ``--repeat`` passes (wall clock), pages/CPU-s
the best in CPU time (steadier on a busy machine); peak memory is the
subprocess's maximum resident set. With ``--rounds`` > 1 the tools take
turns several times and each keeps its best round, so that a burst of load
on a shared machine does not decide the comparison.

Peers are not dependencies of newsclean: install them in another environment
and point ``--peer-python`` at its interpreter. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"
RUNNER = SHARED_BENCH / "extract_eval.py"
DEFAULT_TOOLS = ("newsclean", "trafilatura", "readability")


def run_tool(python: str, tool: str, dataset: Path, repeat: int, limit: int | None,
             workdir: Path) -> dict[str, Any]:
    """One subprocess of the shared runner for one tool; its result record."""
    out = workdir / f"{tool}.json"
    cmd = [python, str(RUNNER), "--dataset", str(dataset), "--tool", tool, "--repeat", str(repeat),
           "--bootstrap", "0", "--quiet", "--out", str(out)]
    if limit:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0 or not out.exists():
        return {"tool": tool, "available": False, "error": (proc.stderr or "")[-300:]}
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def better(a: dict[str, Any] | None, b: dict[str, Any]) -> dict[str, Any]:
    """The faster of two runs of the same tool (quality is the same: outputs are deterministic)."""
    if a is None or not a.get("available"):
        return b
    if not b.get("available"):
        return a
    return b if (b.get("pages_per_cpu_s") or 0) > (a.get("pages_per_cpu_s") or 0) else a


def table(results: list[dict[str, Any]]) -> str:
    """Markdown table, with speed ratios against trafilatura."""
    base = next((r for r in results if r["tool"] == "trafilatura" and r.get("available")), None)
    rows = ["| tool | version | precision | recall | F1 | empty | pages/s | pages/CPU-s | x trafilatura "
            "(CPU) | peak RSS MB |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if not r.get("available"):
            rows.append(f"| {r['tool']} | - | - | - | - | - | - | - | - | unavailable: {r.get('error', '')[:60]} |")
            continue
        m = r["metrics"]
        cpu = r.get("pages_per_cpu_s") or 0.0
        ratio = f"{cpu / base['pages_per_cpu_s']:.2f}" if base and base.get("pages_per_cpu_s") else "-"
        rows.append(f"| {r['tool']} | {r.get('version', '')} | {m['precision']:.3f} | {m['recall']:.3f} | "
                    f"**{m['f1']:.3f}** | {m['n_empty_pred']} | {r.get('pages_per_s') or 0:.1f} | {cpu:.1f} | "
                    f"{ratio} | {r['peak_rss_mb']:.0f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", default=str(SHARED_BENCH / "scrapinghub"), help="dataset folder")
    ap.add_argument("--tools", default=",".join(DEFAULT_TOOLS))
    ap.add_argument("--python", default=sys.executable, help="interpreter with newsclean installed")
    ap.add_argument("--peer-python", default=None, help="interpreter with the peer tools (default: --python)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per run (best counts)")
    ap.add_argument("--rounds", type=int, default=1, help="times the tools take turns (best counts)")
    ap.add_argument("--limit", type=int, help="only the first N pages")
    ap.add_argument("--json", help="also write the result records here")
    args = ap.parse_args(argv)
    if not RUNNER.exists():
        print(f"shared benchmark runner not found at {RUNNER}; nothing to measure", file=sys.stderr)
        return 0
    dataset = Path(args.dataset).resolve()
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    best: dict[str, dict[str, Any] | None] = {t: None for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(max(1, args.rounds)):
            for tool in tools:
                python = args.python if tool == "newsclean" else (args.peer_python or args.python)
                print(f"[speed] {tool} on {dataset.name} ...", file=sys.stderr, flush=True)
                best[tool] = better(best[tool], run_tool(python, tool, dataset, args.repeat, args.limit,
                                                         Path(tmp)))
    results = [r for r in best.values() if r is not None]
    print(f"Dataset: {dataset.name}, {results[0].get('n_pages', '?') if results else '?'} pages; "
          f"best of {args.repeat} passes x {args.rounds} round(s)\n")
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
