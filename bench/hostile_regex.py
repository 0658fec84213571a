#!/usr/bin/env python3
"""Audit every module-level regular expression for super-linear growth.

Imports the core (``newsclean``) and the built-in plugins, collects each
compiled pattern they hold at module level, and times ``findall`` on
adversarial strings at two sizes: runs of one character or of a short unit
taken from the pattern's own literals (``@``, ``(``, ``://``, a Han
character, digits ...), with and without spaces. A pattern whose time grows
far faster than its input (ratio over ``--ratio`` for 4x the length) is
listed with the input that shows it, so it can be reproduced.

    python bench/hostile_regex.py                 # all patterns
    python bench/hostile_regex.py --only lines    # modules whose name contains "lines"

This is a benchmark, not a test: it prints figures. Exit status 1 when a
pattern grows super-linearly.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Characters that often steer patterns (separators, brackets, markup, CJK, digits).
BASE_UNITS = ["@", "(", ")", "（", ":", "：", "/", ".", "-", "_", "a", "A", "1", "中", "，", "。", "<", ">",
              '"', "'", "=", "|", "#", "&", ";", "年", "·", " ", "\n", "\t", "*", "%", "+", "【", "】"]


def patterns(only: str = "") -> list[tuple[str, str, re.Pattern]]:
    """(module, attribute, pattern) of every module-level compiled pattern."""
    sys.path.insert(0, str(ROOT))
    names = []
    import newsclean
    import plugins

    for pkg in (newsclean, plugins):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            names.append(info.name)
        names.append(pkg.__name__)
    out = []
    for name in sorted(set(names)):
        if only and only not in name:
            continue
        try:
            mod = importlib.import_module(name)
        except Exception:  # optional extras (scrapy, dask) may be missing
            continue
        from newsclean.patterns import LazyPattern

        seen: set[int] = set()
        for attr, value in vars(mod).items():
            out.extend((name, a, v) for a, v in _held(attr, value, mod.__name__, seen, 0))
    return out


def _held(attr: str, value: object, modname: str, seen: set[int], depth: int) -> list[tuple[str, re.Pattern]]:
    """(path, pattern) of every compiled pattern ``value`` is or holds: vocabularies keep
    patterns in dicts, lists and tuples (per language), and classes in their attributes."""
    from newsclean.patterns import LazyPattern

    if isinstance(value, LazyPattern):  # (compiled on first use: compiled here to be audited too)
        value = value.compiled()
    if isinstance(value, re.Pattern):
        if id(value) in seen or not isinstance(value.pattern, str):
            return []
        seen.add(id(value))
        return [(attr, value)]
    if depth >= 3 or id(value) in seen:
        return []
    items: list[tuple[str, object]] = []
    if isinstance(value, dict):
        items = [(f"{attr}[{k!r}]", v) for k, v in value.items()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = [(f"{attr}[{i}]", v) for i, v in enumerate(value)]
    elif isinstance(value, type) and value.__module__ == modname:
        items = [(f"{attr}.{k}", v) for k, v in vars(value).items()]
    elif hasattr(value, "__dict__") and type(value).__module__ == modname and not callable(value):
        items = [(f"{attr}.{k}", v) for k, v in vars(value).items()]
    if not items:
        return []
    seen.add(id(value))
    out: list[tuple[str, re.Pattern]] = []
    for a, v in items:
        out.extend(_held(a, v, modname, seen, depth + 1))
    return out


def units(p: re.Pattern) -> list[str]:
    """Adversarial units: single characters, and literal fragments of the pattern itself."""
    src = p.pattern
    lits = set(BASE_UNITS)
    # literal runs of the pattern ("://", "www.", "来源", "http") and their characters
    for frag in re.findall(r"(?:\\.|[^\\()\[\]{}|?*+^$.])+", src):
        frag = re.sub(r"\\(.)", r"\1", frag)
        if 0 < len(frag) <= 8 and not re.search(r"\\[dswbDSWB]", frag):
            lits.add(frag)
            lits.update(frag)
    extra = [u + "中" for u in list(lits) if len(u) <= 4] + [u + " " for u in list(lits) if len(u) <= 4]
    extra += ["a" + u for u in list(lits) if len(u) <= 2]
    return sorted(lits | set(extra))


def timed(p: re.Pattern, s: str) -> float:
    t = time.perf_counter()
    p.findall(s)
    return time.perf_counter() - t


def audit(p: re.Pattern, small: int, factor: int, ratio: float, floor: float,
          raw: bool = False) -> tuple[float, str, float, float]:
    """(worst growth ratio, its unit, small time, big time) for one pattern."""
    worst = (0.0, "", 0.0, 0.0)
    seen: set[str] = set()
    for u in units(p):
        if not raw:  # block text has single spaces only
            u = u.replace("\t", " ").replace("\n", " ")
            if not u.strip() or u in seen or "  " in u * 2:
                continue
            seen.add(u)
        probe = (u * (small // 4 // len(u) + 1))[:small // 4]
        t0 = timed(p, probe)
        if t0 > 0.05:  # or the machine was busy: look again
            t0 = min(t0, timed(p, probe), timed(p, probe))
        if t0 > 0.05:  # slow at a quarter of the small size: report before it takes minutes
            return (float("inf"), u, t0, float("nan"))
        s = (u * (small // len(u) + 1))[:small]
        t1 = min(timed(p, s) for _ in range(3))
        if t1 > 0.5:  # already slow at the small size: report without the big run
            return (float("inf"), u, t1, float("nan"))
        if t1 < floor / 50:
            continue  # too fast to be worth the big run
        big = (u * (small * factor // len(u) + 1))[:small * factor]
        t2 = timed(p, big)
        if t2 > floor:  # the machine may be busy: confirm with the best of three
            t2 = min(t2, timed(p, big), timed(p, big))
        r = t2 / max(t1, 1e-6)
        if t2 > floor and r > worst[0]:
            worst = (r, u, t1, t2)
    return worst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="modules whose name contains this")
    ap.add_argument("--small", type=int, default=2000, help="characters of the small input")
    ap.add_argument("--factor", type=int, default=4, help="the big input is this many times longer")
    ap.add_argument("--ratio", type=float, default=8.0, help="flag growth above this for --factor x input")
    ap.add_argument("--raw", action="store_true",
                    help="also try runs of several spaces, tabs and newlines (block text never has them)")
    ap.add_argument("--floor", type=float, default=0.02, help="ignore big-input times below this (s)")
    args = ap.parse_args(argv)
    pats = patterns(args.only)
    bad = 0
    print(f"{len(pats)} patterns; input {args.small} -> {args.small * args.factor} characters; "
          f"flag growth > {args.ratio}x")
    for mod, attr, p in pats:
        r, u, t1, t2 = audit(p, args.small, args.factor, args.ratio, args.floor, args.raw)
        if r > args.ratio:
            bad += 1
            if t2 != t2:  # nan: stopped early
                print(f"SUPERLINEAR {mod}.{attr}: unit {u!r}: already {t1:.3f}s at "
                      f"{args.small // 4}-{args.small} characters", flush=True)
            else:
                print(f"SUPERLINEAR {mod}.{attr}: unit {u!r} x{args.small}: {t1:.4f}s, "
                      f"x{args.small * args.factor}: {t2:.4f}s ({r:.0f}x)", flush=True)
    print(f"{bad} pattern(s) grow super-linearly")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
