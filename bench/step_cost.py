#!/usr/bin/env python3
"""Instructions a step or a function costs per page, counted by valgrind (load-independent).

    python bench/step_cost.py content:locate                  # a step, 30 scrapinghub pages
    python bench/step_cost.py --func newsclean.plugins.container.choice:score_candidates
    python bench/step_cost.py timestamp:lines --pages 10 --extra 3

``bench/profile.py`` times steps on the clock, which a shared machine blurs by
tens of percent. This counts instructions instead: the default Cleaner cleans
the first ``--pages`` pages of a dataset (as str) twice under ``valgrind
--tool=cachegrind``, once as it is and once with the target run ``--extra``
more times on each page; the difference divided by pages and extra runs is the
target's cost per page.

* a step (``plugin:name``) runs its extra times just before its real run, each
  rolled back (``Document.checkpoint``/``rollback``), so it sees the page as it
  would; results it caches for the page are warm after the first run, so this
  is its cost with its page caches filled. A tree-stage step's pruning is not
  rolled back (the tree is not part of the checkpoint): its extra runs walk the
  tree its first run already pruned, so tree steps' figures are low (chrome:hidden
  by about 15 %); count those on a copy of the tree instead.
* a function (``--func module:name``) is replaced in that module by a wrapper
  that calls it ``--extra`` more times before the call that counts: the module
  must be the one the caller looks the name up in (``choose_container`` calls
  ``score_candidates`` from ``newsclean.plugins.container.choice``). Only for
  functions whose extra calls change nothing the page keeps.

Needs valgrind on the PATH; about a minute per target.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def read_pages(folder: Path, n: int) -> list[str]:
    """The first ``n`` pages of a set in the shared layout (sorted by id), decoded as UTF-8."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for pid in sorted(truth)[:n]:
        for path in (folder / "html" / f"{pid}.html.gz", folder / "html" / f"{pid}.html"):
            if path.exists():
                data = path.read_bytes()
                out.append((gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace"))
                break
    return out


def child(target: str, func: bool, extra: int, folder: str, n: int) -> None:
    """Clean the pages with the target run ``extra`` more times (run inside valgrind)."""
    import importlib

    import newsclean
    import newsclean.pipeline as pipeline

    pages = read_pages(Path(folder), n)
    if func:
        mod, _, name = target.partition(":")
        module = importlib.import_module(mod)
        original = getattr(module, name)

        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            for _ in range(extra):
                original(*args, **kwargs)
            return original(*args, **kwargs)

        setattr(module, name, wrapped)
    else:
        run = pipeline.Cleaner._run

        def _run(self, doc, step):  # type: ignore[no-untyped-def]
            if step.qualname == target:
                for _ in range(extra):
                    cp = doc.checkpoint()
                    doc.current_step = step.qualname
                    step.func(doc)
                    doc.rollback(cp)
            return run(self, doc, step)

        pipeline.Cleaner._run = _run  # type: ignore[method-assign]
    cleaner = newsclean.Cleaner()
    cleaner.clean("<html><body><p>warm up</p></body></html>")
    for page in pages:
        cleaner.clean(page)
    sys.stdout.flush()
    os._exit(0)  # (no teardown: the same in both runs, left out of both)


def cachegrind_irefs(script: str, args: list[str]) -> int:
    """Instructions counted by cachegrind for ``python script args`` (hash seed fixed); exits on failure."""
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, script] + args
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    m = _IREFS.search(done.stderr)
    if done.returncode != 0 or m is None:
        sys.exit(f"valgrind run failed:\n{done.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def _count(args: argparse.Namespace, extra: int) -> int:
    return cachegrind_irefs(__file__, ["--child", str(extra), args.target, "--pages", str(args.pages),
                                       "--dataset", args.dataset] + (["--func"] if args.func else []))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("target", help="plugin:step, or module:function with --func")
    ap.add_argument("--func", action="store_true", help="the target is a module-level function")
    ap.add_argument("--pages", type=int, default=30, help="the first N pages of the dataset")
    ap.add_argument("--extra", type=int, default=2, help="extra runs of the target per page")
    ap.add_argument("--dataset", default=str(SHARED_BENCH / "scrapinghub"))
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        child(args.target, args.func, args.child, args.dataset, args.pages)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not on the PATH", file=sys.stderr)
        return 1
    base = _count(args, 0)
    more = _count(args, args.extra)
    per_page = (more - base) / args.pages / args.extra
    print(f"{args.target}: {per_page / 1e6:.3f}M instructions/page "
          f"({args.pages} pages of {Path(args.dataset).name}, {args.extra} extra run(s) each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
