#!/usr/bin/env python3
"""CPU time of two settings of one module attribute, paired page by page in one process.

    python bench/pair_time.py newsclean.plugins.chrome:ALIVE_MAX=100000,0
    python bench/pair_time.py newsclean.pipeline:PAUSE_GC=True,False --passes 8
    python bench/pair_time.py MOD:FLAG=False,True --dataset ../shared/bench/cwced_zh

Each page is cleaned once with each value (the order alternating page by page and
pass by pass) and the two CPU times are summed per pass, so a busy machine's drifts,
which blur an A/B of two processes by a few percent, fall on both alike: for a change
that costs nothing each pass ratio stays within about 1% of 1 and their median within 0.5%.
A change to try is put behind a module-level flag for the measurement (and the
flag taken out again before committing). Values are Python literals. The first
value is A, the second B; the ratio printed is B/A (below 1: B is faster).
"""
from __future__ import annotations

import argparse
import ast
import importlib
import statistics
import sys
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402


def _read_pages(folder: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """bench/profile.py's reader (loaded by path: its name is the standard library's too)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("_bench_profile", Path(__file__).resolve().parent / "profile.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.read_pages(folder, limit)  # type: ignore[no-any-return]


DEFAULT_DATASET = ROOT.parent / "shared" / "bench" / "scrapinghub"


def parse_toggle(spec: str) -> tuple[object, str, object, object]:
    """``module:ATTR=a,b`` -> (module, attribute name, a, b)."""
    target, _, values = spec.partition("=")
    modname, _, attr = target.partition(":")
    a, b = (ast.literal_eval(v.strip()) for v in values.split(",", 1))
    module = importlib.import_module(modname)
    if not hasattr(module, attr):
        raise SystemExit(f"{modname} has no attribute {attr}")
    return module, attr, a, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("toggle", help="module:ATTR=A,B")
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--passes", type=int, default=6)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    module, attr, a, b = parse_toggle(args.toggle)
    pages = _read_pages(args.dataset, args.limit)
    cleaner = Cleaner()
    for _, text, url in pages[:10]:  # warm up: imports, compiled patterns, caches
        cleaner.clean(text, url)
    clock = time.process_time
    ratios = []
    for p in range(args.passes):
        spent = {0: 0.0, 1: 0.0}
        for k, (_, text, url) in enumerate(pages):
            for side in ((0, 1) if (k + p) % 2 == 0 else (1, 0)):
                setattr(module, attr, (a, b)[side])
                t0 = clock()
                cleaner.clean(text, url)
                spent[side] += clock() - t0
        setattr(module, attr, a)
        ratios.append(spent[1] / spent[0])
        n = len(pages)
        print(f"pass {p}: A {spent[0] / n * 1000:.3f}  B {spent[1] / n * 1000:.3f} ms/page  "
              f"B/A {ratios[-1]:.4f}", flush=True)
    print(f"median B/A {statistics.median(ratios):.4f} over {args.passes} passes "
          f"({args.toggle}; {len(pages)} pages of {args.dataset.name})")


if __name__ == "__main__":
    main()
