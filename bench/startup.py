"""Start-up cost: what ``import newsclean; newsclean.Cleaner().clean('<p>x</p>')`` spends, and where.

    python bench/startup.py              # wall time of the command (median of --runs fresh processes)
                                         # and, in one more process, each phase and the regex compile sites
    python bench/startup.py --top 40     # more compile sites
    python bench/startup.py --runs 0     # only the traced process
    python bench/startup.py --instructions   # also the instructions of the command (cachegrind; load-independent)

The traced process wraps the regex module's compile function (``re._compile``, behind
``re.compile``, ``re.search`` ...) while importing newsclean, building a Cleaner and cleaning
one tiny page; each call that is not a cache hit is timed and charged to its call site
(the first frame outside the ``re`` package and the project's pattern helpers, shown with
the helper it went through). The wrapper's own cost inflates the traced figures a little;
the untraced runs give the real wall and CPU time. Compiles are timed in CPU time of the
process (a busy machine's waits left out).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMAND = "import newsclean; newsclean.Cleaner().clean('<p>x</p>')"


def run_times(runs: int, python: str, code: str = COMMAND) -> "tuple[list[float], list[float]]":
    """(wall seconds, CPU seconds) of ``code`` in ``runs`` fresh processes (the interpreter's own
    start included). CPU time (user + system of the child) shifts less on a busy machine."""
    walls, cpus = [], []
    env = _env()
    subprocess.run([python, "-c", code], check=True, env=env)  # (writes the bytecode caches)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([python, "-c", code], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return walls, cpus


def instructions(python: str, code: str = COMMAND) -> int:
    """Instructions one run of ``code`` executes (valgrind's cachegrind; the same on a busy machine)."""
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          python, "-c", code], env={**_env(), "PYTHONHASHSEED": "0"}, capture_output=True, text=True)
    for line in out.stderr.splitlines():
        if "I" in line and "refs:" in line:
            return int(line.rsplit(None, 1)[-1].replace(",", ""))
    raise RuntimeError("no instruction count: " + out.stderr[-300:])


def _env() -> "dict[str, str]":
    """The environment with bytecode caching on (as a user has it): with PYTHONDONTWRITEBYTECODE
    every module would be compiled from source in every run."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _site(frame, helpers: tuple[str, ...]) -> str:
    """``file:line`` of the first frame outside the re package and the pattern helpers,
    with the helper it went through (``via patterns.terms_regex``)."""
    via = ""
    f = frame
    while f is not None:
        fn = f.f_code.co_filename
        if ("/re/" in fn or fn.endswith(("/sre_compile.py", "/sre_parse.py", "/re.py"))
                or fn.endswith("bench/startup.py")):
            f = f.f_back
            continue
        if fn.endswith(helpers):
            if not via:
                via = f" (via {Path(fn).stem}.{f.f_code.co_name})"
            f = f.f_back
            continue
        parts = Path(fn).parts
        short = "/".join(parts[-2:]) if len(parts) > 1 else fn
        return f"{short}:{f.f_lineno}{via}"
    return "?" + via


def _pages(folder: Path, n: int) -> "list[str]":
    """The first ``n`` pages (by id) of a dataset folder (ground-truth.json, html/<id>.html[.gz])."""
    ids = sorted(json.loads((folder / "ground-truth.json").read_text(encoding="utf-8")))[:n]
    out = []
    for pid in ids:
        for path in (folder / "html" / f"{pid}.html.gz", folder / "html" / f"{pid}.html"):
            if path.exists():
                raw = path.read_bytes()
                out.append((gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace"))
                break
    return out


def traced(top: int, used_on: "list[Path]", n_pages: int) -> None:
    """Import, build, clean once with re._compile timed per call site; print the figures.
    With ``used_on``, then clean those pages and tell which start-up patterns they used."""
    import re

    real = re._compile  # type: ignore[attr-defined]
    cache = getattr(re, "_cache", None)
    cache2 = getattr(re, "_cache2", None)  # (3.12+: a second, small cache)
    helpers = ("newsclean/patterns.py",)
    by_site: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    made: "dict[int, tuple[str, float, re.Pattern[str]]]" = {}  # id -> (site, ms, pattern)
    used: "set[int]" = set()
    depth = [0]

    def timed(pattern, flags):
        key = (type(pattern), pattern, flags)
        if isinstance(pattern, re.Pattern):
            used.add(id(pattern))  # (re.sub(pattern, ...) and the like)
        hit = (cache is not None and key in cache) or (cache2 is not None and key in cache2) \
            or isinstance(pattern, re.Pattern) or depth[0]
        if hit:
            return real(pattern, flags)
        depth[0] += 1
        t0 = time.process_time()
        got = None
        try:
            got = real(pattern, flags)
            return got
        finally:
            dt = time.process_time() - t0
            depth[0] -= 1
            site = _site(sys._getframe(1), helpers)
            by_site.setdefault(site, []).append(dt)
            if got is not None:
                made[id(got)] = (site, dt * 1000, got)
            sizes[site] = max(sizes.get(site, 0), len(pattern) if isinstance(pattern, (str, bytes)) else 0)

    re._compile = timed  # type: ignore[attr-defined]

    def hook(frame, event, arg):  # notes each method call on a pattern made here (imports included)
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if owner is not None and type(owner) is re.Pattern and id(owner) in made:
                used.add(id(owner))

    if used_on:  # (slows everything down: only when asked)
        sys.setprofile(hook)
    phases = []
    t0 = time.process_time()
    import newsclean

    t1 = time.process_time()
    phases.append(("import newsclean", t1 - t0))
    c = newsclean.Cleaner()
    t2 = time.process_time()
    phases.append(("Cleaner()", t2 - t1))
    c.steps  # noqa: B018 - register_steps of every plugin
    t3 = time.process_time()
    phases.append(("register_steps (first .steps)", t3 - t2))
    c.clean("<p>x</p>")
    t4 = time.process_time()
    phases.append(("first clean('<p>x</p>')", t4 - t3))
    re._compile = real  # type: ignore[attr-defined]

    total = t4 - t0
    compiled = sum(sum(v) for v in by_site.values())
    n = sum(len(v) for v in by_site.values())
    print(f"traced total {total * 1000:.0f} ms CPU (wrapper included)")
    for name, dt in phases:
        print(f"  {name:32s} {dt * 1000:7.1f} ms")
    print(f"regex compiles: {n} patterns, {compiled * 1000:.0f} ms ({compiled / total:.0%} of the traced total), "
          f"{len(by_site)} call sites")
    print(f"top {top} call sites (ms, patterns, longest source):")
    ranked = sorted(by_site.items(), key=lambda kv: -sum(kv[1]))
    for site, ts in ranked[:top]:
        print(f"  {sum(ts) * 1000:7.1f}  {len(ts):4d}  {sizes[site]:6d}  {site}")
    if used_on:
        _report_use(used_on, n_pages, c, made, used, top)
    by_file: dict[str, float] = {}
    for site, ts in by_site.items():
        by_file[site.split(":")[0]] = by_file.get(site.split(":")[0], 0.0) + sum(ts)
    print("by file (ms):")
    for f, t in sorted(by_file.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {t * 1000:7.1f}  {f}")


def _report_use(folders: "list[Path]", n_pages: int, cleaner, made, used, top: int) -> None:
    """Clean the pages (the profile hook of :func:`traced` noting every method call on a start-up
    pattern); print the compile sites whose patterns neither the start-up nor any page used
    (candidates for compiling on first use)."""
    pages = [p for f in folders for p in _pages(f, n_pages)]
    try:
        for page in pages:
            cleaner.clean(page)
    finally:
        sys.setprofile(None)
    by_site: dict[str, list[float]] = {}
    for key, (site, ms, _pat) in made.items():
        row = by_site.setdefault(site, [0.0, 0.0, 0, 0])
        row[0 if key in used else 1] += ms
        row[2 if key in used else 3] += 1
    unused = sum(r[1] for r in by_site.values())
    print(f"on {len(pages)} pages: patterns compiled at start-up and never used: {unused:.0f} ms "
          f"of {sum(r[0] + r[1] for r in by_site.values()):.0f} ms")
    print(f"top {top} sites by unused ms (unused ms, used ms, unused n, used n):")
    for site, r in sorted(by_site.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"  {r[1]:6.1f} {r[0]:6.1f} {r[3]:4d} {r[2]:4d}  {site}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="fresh processes timed (median); 0: none")
    ap.add_argument("--top", type=int, default=25, help="compile sites shown")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--used-on", action="append", default=[], type=Path,
                    help="a dataset folder: clean its first --pages pages and list the start-up patterns they never use")
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--instructions", action="store_true", help="count the command's instructions (needs valgrind)")
    ap.add_argument("--trace-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.trace_only:
        traced(a.top, a.used_on, a.pages)
        return
    if a.runs:
        walls, cpus = run_times(a.runs, a.python)
        bare_walls, bare_cpus = run_times(a.runs, a.python, "pass")
        print(f"{COMMAND!r}, median of {a.runs} runs: wall {statistics.median(walls):.3f} s "
              f"(min {min(walls):.3f}, max {max(walls):.3f}), CPU {statistics.median(cpus):.3f} s; "
              f"bare interpreter: wall {statistics.median(bare_walls):.3f} s, CPU {statistics.median(bare_cpus):.3f} s")
    if a.instructions:
        subprocess.run([a.python, "-c", COMMAND], check=True, env=_env(), stderr=subprocess.DEVNULL)  # (bytecode)
        n, bare = instructions(a.python), instructions(a.python, "pass")
        print(f"instructions: {n / 1e6:,.0f}M ({(n - bare) / 1e6:,.0f}M beyond a bare interpreter's {bare / 1e6:,.0f}M)")
    extra = [x for f in a.used_on for x in ("--used-on", str(f))]
    subprocess.run([a.python, __file__, "--trace-only", "--top", str(a.top), "--pages", str(a.pages), *extra],
                   check=True, env=_env())


if __name__ == "__main__":
    main()
