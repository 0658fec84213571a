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
    python bench/hostile_regex.py --after plugins.content --only plugins   # resume an audit

Patterns written as literals in functions' bodies (``re.sub(r"...", ...)``) are found in the
source and audited too. Each flagged pattern is timed again with its worst unit at 1K, 10K and
100K characters (``--sizes``), so a pattern only slow to start up shows apart from a quadratic one.
Units are also two of the pattern's own short fragments in turn (overlapping alternatives).
Whether a flagged pattern can meet such a run depends on its callers (a length cap on the
line, a first look at C speed): read them before changing it.

This is a benchmark, not a test: it prints figures. Exit status 1 when a
pattern grows super-linearly.
"""
from __future__ import annotations

import argparse
import ast
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
    if isinstance(getattr(value, "__self__", None), re.Pattern):  # a pattern's method held (``_HAS = re.compile(…).search``)
        value = value.__self__
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


#: A pattern's own literal fragments paired with each other, at most this many of them.
PAIRED_FRAGMENTS = 8
#: ``re`` functions whose first argument is a pattern.
RE_FUNCS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def literal_patterns(only: str = "", known: set[str] | None = None) -> list[tuple[str, str, re.Pattern]]:
    """(module, ``line N``, pattern) of every ``re.FUNC("literal", ...)`` call in the source of
    ``newsclean`` and ``plugins`` whose pattern is no module-level one: those written in a
    function's body, which the import-time collection above cannot see. Flags are read when
    given as ``re.X`` names (``flags=`` or the compile/search argument); patterns built at run
    time (f-strings, joins) are left out."""
    known = known or set()
    out = []
    for top in ("newsclean", "plugins"):
        for path in sorted((ROOT / top).rglob("*.py")):
            mod = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            if only and only not in mod:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                got = _literal_call(node)
                if got is None or got[0] in known:
                    continue
                try:
                    out.append((mod, f"line {node.lineno}", re.compile(*got)))
                except (re.error, ValueError):
                    continue
                known.add(got[0])
    return out


def _literal_call(node: ast.AST) -> tuple[str, int] | None:
    """(pattern, flags) of ``re.FUNC("...", ...)``, or None."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in RE_FUNCS and node.args):
        return None
    first = node.args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None
    flags = 0
    rest = [k.value for k in node.keywords if k.arg == "flags"] + node.args[1:]
    for arg in rest:
        for sub in ast.walk(arg):
            if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "re" \
                    and sub.attr in ("I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII"):
                flags |= getattr(re, sub.attr)
    return first.value, flags


def units(p: re.Pattern, max_fragments: int = 0) -> list[str]:
    """Adversarial units: single characters, and literal fragments of the pattern itself (the
    shortest ``max_fragments`` of them when that is not 0: a vocabulary's alternation holds
    hundreds of words, whose characters matter more than the words)."""
    src = p.pattern
    lits = set(BASE_UNITS)
    # literal runs of the pattern ("://", "www.", "来源", "http") and their characters
    frags = []
    for frag in re.findall(r"(?:\\.|[^\\()\[\]{}|?*+^$.])+", src):
        frag = re.sub(r"\\(.)", r"\1", frag)
        if 0 < len(frag) <= 8 and not re.search(r"\\[dswbDSWB]", frag):
            frags.append(frag)
    if max_fragments:
        frags = sorted(set(frags), key=lambda f: (len(f), f))[:max_fragments]
    for frag in frags:
        lits.add(frag)
        lits.update(frag)
    extra = [u + "中" for u in list(lits) if len(u) <= 4] + [u + " " for u in list(lits) if len(u) <= 4]
    extra += ["a" + u for u in list(lits) if len(u) <= 2]
    # two of the pattern's own fragments in turn: alternatives that overlap, optional parts in a row
    own = sorted(u for u in lits - set(BASE_UNITS) if len(u) <= 3)[:PAIRED_FRAGMENTS]
    extra += [a + b for a in own for b in own if a != b]
    return sorted(lits | set(extra))


def timed(p: re.Pattern, s: str) -> float:
    t = time.perf_counter()
    p.findall(s)
    return time.perf_counter() - t


def audit(p: re.Pattern, small: int, factor: int, ratio: float, floor: float,
          raw: bool = False, max_fragments: int = 0) -> tuple[float, str, float, float]:
    """(worst growth ratio, its unit, small time, big time) for one pattern."""
    worst = (0.0, "", 0.0, 0.0)
    seen: set[str] = set()
    for u in units(p, max_fragments):
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


def growth(p: re.Pattern, unit: str, sizes: list[int], budget: float = 2.0) -> str:
    """``findall`` seconds of runs of ``unit`` at each of ``sizes`` (the best of two), stopping
    before a size that would take over ``budget`` at linear growth (eight times it at quadratic): a linear pattern's times grow like its input, a quadratic one's
    a hundredfold for ten times the input."""
    out = []
    for i, n in enumerate(sizes):
        s = (unit * (n // len(unit) + 1))[:n]
        t = timed(p, s)
        if t <= budget:
            t = min(t, timed(p, s))
        out.append(f"{n}: {t:.4f}s")
        if i + 1 < len(sizes) and (t * sizes[i + 1] / n > budget or t * (sizes[i + 1] / n) ** 2 > 8 * budget):
            break  # (the next size would pass the budget growing linearly, or by far growing quadratically)
    return ", ".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="modules whose name contains this")
    ap.add_argument("--small", type=int, default=2000, help="characters of the small input")
    ap.add_argument("--factor", type=int, default=4, help="the big input is this many times longer")
    ap.add_argument("--ratio", type=float, default=8.0, help="flag growth above this for --factor x input")
    ap.add_argument("--raw", action="store_true",
                    help="also try runs of several spaces, tabs and newlines (block text never has them)")
    ap.add_argument("--floor", type=float, default=0.02, help="ignore big-input times below this (s)")
    ap.add_argument("--after", default="",
                    help="only modules after this one in name order (resume an audit: --after plugins.content)")
    ap.add_argument("--no-literals", action="store_true",
                    help="leave out the literal patterns written in functions' bodies")
    ap.add_argument("--max-fragments", type=int, default=0,
                    help="try only the shortest N literal fragments of each pattern (0: all; faster on vocabularies)")
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="lengths a flagged pattern is timed at again, with its worst unit (comma-separated)")
    args = ap.parse_args(argv)
    pats = patterns(args.only)
    if not args.no_literals:
        pats += literal_patterns(args.only, {p.pattern for _, _, p in pats})
    if args.after:
        pats = [t for t in pats if t[0] > args.after]
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    bad = 0
    print(f"{len(pats)} patterns; input {args.small} -> {args.small * args.factor} characters; "
          f"flag growth > {args.ratio}x")
    for mod, attr, p in pats:
        r, u, t1, t2 = audit(p, args.small, args.factor, args.ratio, args.floor, args.raw, args.max_fragments)
        if r > args.ratio:
            bad += 1
            if t2 != t2:  # nan: stopped early
                print(f"SUPERLINEAR {mod}.{attr}: unit {u!r}: already {t1:.3f}s at "
                      f"{args.small // 4}-{args.small} characters", flush=True)
            else:
                print(f"SUPERLINEAR {mod}.{attr}: unit {u!r} x{args.small}: {t1:.4f}s, "
                      f"x{args.small * args.factor}: {t2:.4f}s ({r:.0f}x)", flush=True)
            print("    " + growth(p, u, sizes), flush=True)
    print(f"{bad} pattern(s) grow super-linearly")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
