#!/usr/bin/env python3
"""CI gate: newsclean's F1 on the shared benchmark sets may not fall below the floors.

    python bench/gate.py                 # check every set named in bench/floors.json
    python bench/gate.py --update        # after an improvement: new floors and page scores

``bench/floors.json`` holds, per dataset folder of ``../shared/bench``, the F1
floor of the whole set (and of some languages) and every page's F1 when the
floors were last set. A set under its floor fails the gate (exit 1), and the
pages that lost most since then are listed with what was wrongly kept or
dropped. When ``../shared`` is not there (a plain checkout), the gate says so
and passes: the pages are third-party data that the repository does not carry.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsclean import Cleaner  # noqa: E402
from newsclean.evaluate import EvalResult, evaluate, page_errors  # noqa: E402

SHARED_BENCH = ROOT.parent / "shared" / "bench"
FLOORS = Path(__file__).resolve().parent / "floors.json"
#: --update sets each floor this far under the F1 reached (then rounds down).
MARGIN = 0.003
#: A page "got worse" when its F1 fell by more than this.
PAGE_TOLERANCE = 0.02


def _floor(x: float) -> float:
    return math.floor((x - MARGIN) * 1000) / 1000


def check(name: str, spec: dict[str, Any], res: EvalResult, show: int) -> list[str]:
    """Failures of one set (empty when it passes); prints its figures and any regressions."""
    failures = []
    got = {"all": res.overall.f1} | {lang: s.f1 for lang, s in res.by_lang.items()}
    for key, floor in spec.get("floors", {}).items():
        f1 = got.get(key)
        status = "ok" if f1 is not None and f1 >= floor else "FAIL"
        print(f"  {name} {key}: F1 {f1 if f1 is None else round(f1, 4)} (floor {floor}) {status}")
        if status == "FAIL":
            failures.append(f"{name} {key}: F1 {f1} under floor {floor}")
    before = spec.get("pages", {})
    worse = sorted((r for r in res.pages if r.page.id in before
                    and r.score.f1 < before[r.page.id] - PAGE_TOLERANCE),
                   key=lambda r: r.score.f1 - before[r.page.id])
    if worse:
        print(f"  {len(worse)} page(s) of {name} got worse since the floors were set:")
        for r in worse[:show]:
            print(f"    {r.page.id} F1 {before[r.page.id]:.3f} -> {r.score.f1:.3f} {r.page.url or ''}")
            kept, dropped = page_errors(r, limit=3)
            for t in kept:
                print(f"      + kept, not in truth: {t}")
            for t in dropped:
                print(f"      - dropped, in truth:  {t}")
    return failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--update", action="store_true", help="rewrite floors.json from this run")
    ap.add_argument("--show", type=int, default=10, help="pages listed per set when it got worse")
    ap.add_argument("--data", default=str(SHARED_BENCH), help="folder holding the dataset folders")
    args = ap.parse_args(argv)
    data = Path(args.data)
    spec_all: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    if not data.is_dir():
        print(f"gate: {data} not found; the shared benchmark sets are not here, nothing to check")
        return 0
    cleaner = Cleaner()
    failures: list[str] = []
    for name, spec in spec_all["sets"].items():
        folder = data / name
        if not (folder / "ground-truth.json").exists():
            print(f"gate: {name}: not found under {data}, skipped")
            continue
        t0 = time.perf_counter()
        res = evaluate(folder, cleaner)
        print(f"{name}: {res.overall.pages} pages, P {res.overall.precision:.4f} R {res.overall.recall:.4f} "
              f"F1 {res.overall.f1:.4f}, {res.overall.empty} empty ({time.perf_counter() - t0:.1f}s)")
        if args.update:
            spec["floors"] = {k: _floor(res.overall.f1 if k == "all" else res.by_lang[k].f1)
                              for k in spec.get("floors", {"all": 0}) if k == "all" or k in res.by_lang}
            spec["pages"] = {r.page.id: round(r.score.f1, 4) for r in res.pages}
            print(f"  new floors: {spec['floors']}")
        else:
            failures += check(name, spec, res, args.show)
    if args.update:
        FLOORS.write_text(json.dumps(spec_all, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"gate: wrote {FLOORS}")
        return 0
    if failures:
        print("gate: FAILED\n  " + "\n  ".join(failures))
        return 1
    print("gate: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
