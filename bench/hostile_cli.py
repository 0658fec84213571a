#!/usr/bin/env python3
"""Hostile corpus through the command line and batch mode: every input gets an output or an error line.

Writes inputs of ``bench/hostile.py``'s corpus to files, runs ``newsclean clean FILE`` on each in its own
process under an outside wall-clock limit, and then ``newsclean batch`` on the whole folder (one worker),
and prints, per input, the exit status (0 article, 2 documented bad input), the last stderr line, the
seconds and the peak resident memory of the command; then the batch's records per input (an article or
an error record). Objects the command line cannot be given (a dict, an lxml tree, a bad ``url``) are
left out. A benchmark, not a test: it prints figures.

    python bench/hostile_cli.py --only "no spaces,<br>,charset"    # inputs whose name holds one
    python bench/hostile_cli.py --timeout 60 --scale 0.5

Exit status 1 when a command crashes (status other than 0 and 2, or a traceback), times out, or the
batch leaves an input without a record.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402  (the corpus)

BIN = Path(sys.executable).parent / "newsclean"


def write_inputs(names: list[str], scale: float, folder: Path) -> dict[str, Path]:
    """name -> the file holding that input (``.txt`` for a text dump, else ``.html``)."""
    made = {}
    corpus = hostile.corpus(scale)
    for i, name in enumerate(names):
        data = corpus[name]()
        if not isinstance(data, (bytes, str)):
            continue
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        ext = ".txt" if (" text " in name or name.startswith("dump")) else ".html"
        path = folder / f"{i:03d}{ext}"
        path.write_bytes(data)
        made[name] = path
    return made


def run(cmd: list[str], timeout: float) -> dict[str, Any]:
    """Run ``cmd`` with a wall-clock limit: status, seconds, peak RSS (MB) and the last stderr line."""
    timer = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile(prefix="newsclean-hostile-cli-", suffix=".rss") as rss:
        if timer.exists():  # GNU time: the peak RSS of the command and all it waited for
            cmd = [str(timer), "-o", rss.name, "-f", "%M"] + cmd
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"status": "TIMEOUT", "seconds": time.perf_counter() - t, "peak_mb": float("nan"), "err": ""}
        seconds = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peak_mb = (peak / 1024) if peak > before else float("nan")  # (only when it beats an earlier child)
        got = Path(rss.name).read_text().split()
        if got and got[-1].isdigit():
            peak_mb = int(got[-1]) / 1024
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    return {"status": r.returncode, "seconds": seconds, "peak_mb": peak_mb,
            "err": err[-1] if err else "", "traceback": any(line.startswith("Traceback") for line in err)}


def batch_records(out: Path) -> dict[str, str]:
    """Record id -> "ok" or the error record's stage and code, from the batch's output folder."""
    got = {}
    for f in sorted(out.glob("*.jsonl")):  # (the shards; the job's own files sit in a hidden folder)
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            rid = str(rec.get("id", ""))
            if "error" in rec:
                got[rid] = f"error {rec.get('stage', '')} {rec.get('code') or rec['error']}"
            else:
                got[rid] = "ok"
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="comma-separated words; inputs whose name contains one")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=60.0, help="wall-clock seconds per command (outside limit)")
    ap.add_argument("--batch-timeout", type=float, default=30.0, help="the batch's own --timeout per page")
    ap.add_argument("--no-batch", action="store_true")
    args = ap.parse_args(argv)
    names = list(hostile.corpus(args.scale))
    if args.only:
        words = [w.strip().lower() for w in args.only.split(",") if w.strip()]
        names = [n for n in names if any(w in n.lower() for w in words)]
    work = Path(tempfile.mkdtemp(prefix="newsclean-hostile-cli-"))
    bad = 0
    try:
        (work / "in").mkdir()
        files = write_inputs(names, args.scale, work / "in")
        print(f"{'input':<36} {'size':>9}  {'cli status':<10} {'seconds':>8} {'peak MB':>8}  stderr")
        for name, path in files.items():
            r = run([str(BIN), "clean", "--format", "json", str(path)], args.timeout)
            crashed = r["status"] not in (0, 2, "TIMEOUT") or r.get("traceback")
            bad += bool(crashed) or r["status"] == "TIMEOUT"
            print(f"{name:<36} {hostile._fmt_size(path.stat().st_size):>9}  {str(r['status']) + (' CRASH' if crashed else ''):<10}"
                  f" {r['seconds']:>8.2f} {r['peak_mb']:>8.0f}  {r['err'][:70]}", flush=True)
        if not args.no_batch and files:
            out = work / "out"
            r = run([str(BIN), "batch", str(work / "in"), "-o", str(out), "--jobs", "1",
                     "--timeout", str(args.batch_timeout)], args.timeout * (len(files) + 1))
            recs = batch_records(out)
            print(f"\nbatch: status {r['status']}, {r['seconds']:.1f} s, {len(recs)} records for {len(files)} inputs")
            for name, path in files.items():
                got = recs.get(path.name, "MISSING")
                bad += got == "MISSING"
                print(f"  {name:<36} {got}")
            bad += r["status"] not in (0, 1) or bool(r.get("traceback"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
