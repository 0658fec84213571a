"""Benchmark of ``newsclean batch``: speed-up with workers, worker memory, and a peer.

    python bench/batch_bench.py                      # speed-up, memory, trafilatura
    python bench/batch_bench.py --pages 1000 --mem-pages 5000   # quicker
    python bench/batch_bench.py --check              # the target matrix at full size

Figures:

* ``--jobs 2`` against ``--jobs 1`` on the same synthetic pages (wall time of
  the whole command, start-up included); target >= 1.6x on 2 cores.
* resident memory of each worker while it cleans ``--mem-pages`` pages, with
  recycling off (``--max-pages-per-worker 0``) to show that memory does not
  grow, and with the default recycling.
* pages/s of ``newsclean batch DIR --jobs 2`` next to trafilatura's own
  parallel command line (``trafilatura --input-dir DIR --parallel 2``) on the
  same folder of HTML files. Trafilatura is looked for at ``--trafilatura``
  (default: ``trafilatura`` on PATH, then ../peers/bin/trafilatura).
* ``--check``: 2,000 records + 20 malformed lines must give exactly 2,020
  lines with unique ids with one worker, two workers, after kill -9 and
  --resume, and through Dask. Then the fault matrix, local and Dask: the
  same records plus 5 JSONL lines nested 2,000 deep and a WARC of 300
  records with 3 corrupt gzip members; the output folder turns read-only
  mid-job (exit 2), the resumed command is killed with -9, finished shards
  are cut mid-line and padded; the last ``--resume`` (no inputs, no options)
  must leave exactly one line per input record. It also prints what the
  checks cost: the JSON depth bound per line and the shard check on resume.

All pages are made by :mod:`newsclean.batch.synth`. Other processes on the
machine skew the figures; the load average is printed before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from newsclean.batch.synth import write_folder, write_jsonl  # noqa: E402

CLI = [sys.executable, "-m", "newsclean.cli", "batch"]


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


def batch(args: list[str], timeout: float = 3600) -> tuple[float, dict]:
    """Run ``newsclean batch``; returns (wall seconds, manifest)."""
    out = args[args.index("-o") + 1]
    t0 = time.monotonic()
    done = subprocess.run(CLI + args + ["--progress", "never", "-q"], capture_output=True, text=True,
                          timeout=timeout)
    wall = time.monotonic() - t0
    if done.returncode:
        raise SystemExit(f"newsclean batch failed ({done.returncode}): {done.stderr[-2000:]}")
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        return wall, json.load(f)


def in_process(pages: int) -> float:
    """Pages/s of Cleaner.clean alone in this process (CPU time), the ceiling of one worker."""
    from newsclean import Cleaner
    from newsclean.batch.synth import records

    recs = list(records(min(pages, 500)))
    cleaner = Cleaner()
    cleaner.clean(recs[0].get("html") or recs[0]["text"])
    t0 = time.process_time()
    for r in recs:
        if "html" in r:
            cleaner.clean(r["html"], r["url"])
        else:
            cleaner.clean(r["text"], r["url"], input_kind="text")
    return len(recs) / (time.process_time() - t0)


def speedup(work: str, pages: int, repeat: int) -> None:
    src = os.path.join(work, f"speed-{pages}.jsonl")
    write_jsonl(src, pages)
    rate = in_process(pages)
    print(f"  Cleaner.clean in one process: {rate:6.1f} pages/s of CPU time ({1000 / rate:.1f} ms/page)")
    best: dict[int, float] = {}
    for _ in range(repeat):
        for jobs in (1, 2):
            out = os.path.join(work, f"speed-out-{jobs}")
            shutil.rmtree(out, ignore_errors=True)
            wall, m = batch([src, "-o", out, "--jobs", str(jobs)])
            best[jobs] = min(best.get(jobs, 1e9), wall)
            w = m["last_run"]["workers"]
            print(f"  jobs={jobs}: {wall:6.2f} s  {pages / wall:6.1f} pages/s  (CPU: workers "
                  f"{1000 * w['cpu_s'] / pages:.1f} ms/page, main process {1000 * w['main_cpu_s'] / pages:.2f} "
                  f"ms/page; load {load()})")
    print(f"speed-up --jobs 2 vs --jobs 1 on {pages} pages: {best[1] / best[2]:.2f}x "
          f"(best of {repeat}; target >= 1.6x); --jobs 1 runs at "
          f"{100 * pages / best[1] / rate:.0f}% of the in-process rate")


def memory(work: str, pages: int) -> None:
    src = os.path.join(work, f"mem-{pages}.jsonl")
    write_jsonl(src, pages, seed=7)
    for label, extra in (("recycling off", ["--max-pages-per-worker", "0"]), ("default recycling", [])):
        out = os.path.join(work, "mem-out")
        shutil.rmtree(out, ignore_errors=True)
        wall, m = batch([src, "-o", out, "--jobs", "2", *extra])
        w = m["last_run"]["workers"]
        by_worker: dict[int, list[tuple[int, int]]] = {}
        for serial, done, rss in w["rss_samples"]:
            by_worker.setdefault(serial, []).append((done, rss))
        print(f"  {label}: {pages} pages in {wall:.1f} s ({pages / wall:.1f} pages/s), "
              f"{w['started']} workers started, peak {w['peak_rss_mb']} MB")
        for serial, samples in sorted(by_worker.items())[:4]:
            marks = samples if len(samples) <= 6 else [samples[i * (len(samples) - 1) // 5] for i in range(6)]
            row = "  ".join(f"{d}:{r / 1024:.1f}" for d, r in marks)
            print(f"    worker {serial} (pages:MB)  {row}")
        if label == "recycling off":
            growth = [s[-1][1] - s[min(1, len(s) - 1)][1] for s in by_worker.values()]
            print(f"    growth after the first 500 pages: {max(growth) / 1024:+.1f} MB at most")


def find_trafilatura(given: str | None) -> str | None:
    for cand in (given, shutil.which("trafilatura"), str(Path(__file__).resolve().parents[2] / "peers" / "bin" / "trafilatura")):
        if cand and os.path.exists(cand):
            return cand
    return None


def peers(work: str, pages: int, trafilatura: str | None) -> None:
    folder = os.path.join(work, f"html-{pages}")
    if not os.path.isdir(folder):
        write_folder(folder, pages, text_share=0.0)
    out = os.path.join(work, "peer-newsclean")
    shutil.rmtree(out, ignore_errors=True)
    wall, _m = batch([folder, "-o", out, "--jobs", "2"])
    print(f"  newsclean batch --jobs 2      {pages / wall:7.1f} pages/s ({wall:.1f} s, load {load()})")
    tool = find_trafilatura(trafilatura)
    if tool is None:
        print("  trafilatura: not installed (give --trafilatura PATH)")
        return
    tout = os.path.join(work, "peer-trafilatura")
    shutil.rmtree(tout, ignore_errors=True)
    t0 = time.monotonic()
    # trafilatura names its output files by a hash of the text's words, so similar
    # synthetic pages overwrite each other: fewer files than pages is expected
    done = subprocess.run([tool, "--input-dir", folder, "-o", tout, "--parallel", "2", "--json"],
                          capture_output=True, text=True)
    wall = time.monotonic() - t0
    made = sum(len(files) for _d, _s, files in os.walk(tout)) if os.path.isdir(tout) else 0
    print(f"  trafilatura --parallel 2      {pages / wall:7.1f} pages/s ({wall:.1f} s, {made} files written, "
          f"exit {done.returncode}, load {load()})")


def _lines(out: str) -> list[dict]:
    rows = []
    for name in sorted(os.listdir(out)):
        if name.endswith(".jsonl") and name != "journal.jsonl":
            with open(os.path.join(out, name), "rb") as f:
                data = f.read()
            assert data.endswith(b"\n"), name
            rows += [json.loads(line) for line in data.splitlines()]
    return rows


def _verdict(label: str, out: str, ids: list[str], expect: int) -> bool:
    rows = _lines(out)
    got = [str(r["id"]) for r in rows]
    ok = len(rows) == expect and len(set(got)) == len(got) and set(ids) <= set(got)
    print(f"  {label:<28} {len(rows)} lines, {len(set(got))} unique ids -> {'OK' if ok else 'FAIL'}")
    return ok


def check(work: str) -> bool:
    src = os.path.join(work, "check.jsonl")
    ids = write_jsonl(src, 2000, malformed=20)
    results = []
    for label, extra in (("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]),
                         ("--engine dask (2 workers)", ["--engine", "dask", "--jobs", "2"])):
        out = os.path.join(work, "check-out")
        shutil.rmtree(out, ignore_errors=True)
        batch([src, "-o", out, *extra])
        results.append(_verdict(label, out, ids, 2020))
    out = os.path.join(work, "check-out")
    shutil.rmtree(out, ignore_errors=True)
    kills = 0
    for delay in (3.0, 2.0, 4.0):
        args = CLI + [src, "-o", out, "--jobs", "2", "--shard-size", "200", "--progress", "never", "-q"]
        proc = subprocess.Popen(args + (["--resume"] if kills else []))
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    batch([src, "-o", out, "--jobs", "2", "--shard-size", "200", "--resume"])
    results.append(_verdict(f"kill -9 x{kills} + --resume", out, ids, 2020))
    for engine in ("local", "dask"):
        results.append(fault_check(work, src, ids, engine))
    costs(work, src)
    return all(results)


def _fault_inputs(work: str, src: str) -> tuple[list[str], int]:
    """JSONL with deep lines appended, and a WARC with corrupt members; returns (paths, records)."""
    from newsclean.batch.synth import corrupt_gzip_member, write_warc

    deep = os.path.join(work, "faults.jsonl")
    with open(src, "rb") as f, open(deep, "wb") as g:
        data = f.read()
        g.write(data)
        for k in range(5):
            g.write(b'{"id": "deep-%d", "html": ' % k + b"[" * 2000 + b"]" * 2000 + b"}\n")
    warc = os.path.join(work, "faults.warc.gz")
    write_warc(warc, 300, seed=4, extra_records=False)
    corrupt_gzip_member(warc, 10, 150, 298)
    records = sum(1 for line in data.splitlines() if line.strip()) + 5 + 300
    return [deep, warc], records


def fault_check(work: str, src: str, ids: list[str], engine: str) -> bool:
    """The fault matrix of one engine; see the module docstring."""
    inputs, records = _fault_inputs(work, src)
    out = os.path.join(work, f"faults-{engine}")
    shutil.rmtree(out, ignore_errors=True)
    start = CLI + inputs + ["-o", out, "--jobs", "2", "--shard-size", "100", "--engine", engine,
                            "--progress", "never", "-q"]
    # the folder stops taking writes mid-job: once the job has started, a folder takes the name of
    # the WARC's last shard, so its rename fails (a portable stand-in for a read-only or full disk)
    proc = subprocess.Popen(start, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    first = os.path.join(out, "00-faults-00000.jsonl")
    while not os.path.exists(first) and proc.poll() is None:  # past its start (which checks the folder)
        time.sleep(0.02)
    blocker = os.path.join(out, "01-faults-00002.jsonl")
    os.makedirs(blocker, exist_ok=True)
    err = proc.communicate(timeout=3600)[1]
    unusable = proc.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    if os.path.isdir(blocker):
        os.rmdir(blocker)
    resume = CLI + ["-o", out, "--resume", "--progress", "never", "-q"]
    kills = 0
    for delay in (4.0, 3.0):
        proc = subprocess.Popen(resume, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    names = sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))
    if names:
        data = Path(out, names[0]).read_bytes()
        Path(out, names[0]).write_bytes(data[: len(data) // 2])
    if len(names) > 1:
        data = Path(out, names[-1]).read_bytes()
        Path(out, names[-1]).write_bytes(data + data.splitlines(keepends=True)[0] * 3)
    final = subprocess.run(resume, capture_output=True, text=True, timeout=3600)
    if final.returncode:
        print(f"  faults ({engine}): resume failed: {final.stderr[-1000:]}")
        return False
    ok = _verdict(f"faults, {engine}: kill -9 x{kills}, {min(len(names), 2)} shards damaged", out, ids, records)
    print(f"  {'':<28} output folder unusable -> exit 2, one line: {'OK' if unusable else 'FAIL'} "
          f"({err.strip()[:100]})")
    return ok and unusable


def costs(work: str, src: str) -> None:
    """What the new checks cost: JSON depth bound per line, shard check on resume."""
    from newsclean.batch.records import parse_json_line

    with open(src, "rb") as f:
        lines = [line for line in f if line.strip()][:2000]
    t0 = time.perf_counter()
    for line in lines:
        try:
            json.loads(line)
        except ValueError:
            pass
    plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    for line in lines:
        try:
            parse_json_line(line)
        except ValueError:
            pass
    bounded = time.perf_counter() - t0
    print(f"  JSON parse of {len(lines)} lines: {plain * 1e6 / len(lines):.1f} us/line plain, "
          f"{bounded * 1e6 / len(lines):.1f} us/line with the depth bound")
    out = os.path.join(work, "check-out")  # the finished kill -9 job: resume checks every shard
    size = sum(os.path.getsize(os.path.join(out, n)) for n in os.listdir(out) if n.endswith(".jsonl"))
    t0 = time.monotonic()
    batch([src, "-o", out, "--resume"])
    print(f"  resume of a finished job ({size / 1e6:.1f} MB of shards checked): {time.monotonic() - t0:.2f} s "
          "wall, start-up included")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000, help="pages for the speed-up and peer runs")
    ap.add_argument("--mem-pages", type=int, default=20000, help="pages for the memory run")
    ap.add_argument("--repeat", type=int, default=2, help="speed-up runs (the best is kept)")
    ap.add_argument("--trafilatura", help="path of the trafilatura command")
    ap.add_argument("--only", choices=("speed", "memory", "peers"), action="append",
                    help="run only these parts (repeatable)")
    ap.add_argument("--check", action="store_true", help="run the target matrix instead")
    ap.add_argument("--workdir", help="keep the data here (default: a temporary folder)")
    args = ap.parse_args()
    work = args.workdir or tempfile.mkdtemp(prefix="newsclean-batch-bench-")
    os.makedirs(work, exist_ok=True)
    print(f"cpus {os.cpu_count()}, load average {load()}; data in {work}")
    try:
        if args.check:
            return 0 if check(work) else 1
        parts = args.only or ["speed", "memory", "peers"]
        if "speed" in parts:
            print("speed-up:")
            speedup(work, args.pages, args.repeat)
        if "memory" in parts:
            print("memory per worker:")
            memory(work, args.mem_pages)
        if "peers" in parts:
            print(f"pages/s on a folder of {args.pages} HTML files:")
            peers(work, args.pages, args.trafilatura)
    finally:
        print(f"load average at the end {load()}")
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
