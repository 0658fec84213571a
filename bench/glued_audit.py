#!/usr/bin/env python3
"""Words glued across element boundaries, and words split by them, in saved predictions.

    python bench/glued_audit.py PRED_DIR SET [SET ...] [--devsets DIR] [--examples N]

For every page of each set (``DIR/SET/ground-truth.json``, ``DIR/SET/html/``) and its
prediction (``PRED_DIR/pred_SET.json``, as ``extract_eval.py --save-predictions`` writes it):

* **glued**: a predicted token found nowhere in the truth that is two adjacent truth tokens
  written together ("1994" "2h" -> "19942h"): one false token and two missing ones;
* **split**: two adjacent predicted tokens whose concatenation is a truth token that the
  prediction lacks ("Wo" "rd" for "Word").

Each case is then looked up in the page: the two text nodes of the parsed tree (no whitespace
between them) that end with the first part and start with the second, and what lies between them
(the elements closed and opened, void elements met, with an element's inline ``display`` when its
``style`` gives one). Cases are counted per set and per boundary pattern, ranked by tokens lost.
Tokens are those of the shared scorer (lower case; CJK characters one token each), whose own
tokeniser is used when importable.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterator

_CJK = ("\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
        "\U00020000-\U0003134f")
_TOKEN = re.compile(f"[{_CJK}]|(?:(?![{_CJK}])[^\\W_])+")
_DISPLAY = re.compile(r"display\s*:\s*([a-z-]+)", re.I)
_SKIP = frozenset("script style noscript template svg iframe object textarea select title".split())


def tokens(text: str | None) -> list[str]:
    """The scorer's tokens of a text."""
    return _TOKEN.findall(text.lower()) if text else []


def _truth_text(rec: dict[str, Any]) -> str:
    if "articleBody" in rec:
        return rec.get("articleBody") or ""
    return "\n".join(rec.get("with") or [])


def glued_and_split(truth: list[str], pred: list[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The glued pairs (truth tokens a, b predicted as one token a+b) and split pairs (a truth
    token predicted as a, b), one entry per occurrence in the prediction."""
    tset = Counter(truth)
    pairs: dict[str, tuple[str, str]] = {}
    for a, b in zip(truth, truth[1:]):
        if not _TOKEN.fullmatch(a + b) or len(a + b) < 3:
            continue
        pairs.setdefault(a + b, (a, b))
    glued = [pairs[p] for p in pred if p not in tset and p in pairs]
    pset = Counter(pred)
    split = []
    short = Counter()
    for a, b in zip(pred, pred[1:]):
        w = a + b
        if w in tset and pset[w] + short[w] < tset[w] and _TOKEN.fullmatch(w) and len(w) >= 3:
            short[w] += 1
            split.append((a, b))
    return glued, split


def _pieces(root: Any) -> Iterator[tuple[str, list[str]]]:
    """The tree's text nodes in order, each with the boundary events since the previous one."""
    events: list[str] = []

    def name(el: Any) -> str:
        tag = el.tag if isinstance(el.tag, str) else "#"
        m = _DISPLAY.search(el.get("style") or "") if isinstance(el.tag, str) else None
        return f"{tag}[{m.group(1).lower()}]" if m else tag

    def walk(el: Any) -> Iterator[tuple[str, list[str]]]:
        nonlocal events
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            events.append(f"{tag or '#'}!")
        else:
            events.append(name(el))
            if el.text:
                yield el.text, events
                events = []
            for c in el:
                yield from walk(c)
            events.append("/" + name(el))
        if el.tail:
            yield el.tail, events
            events = []

    # (iterative enough for dev pages; deep ones are cut)
    try:
        yield from walk(root)
    except RecursionError:
        return


def _pattern(ev: list[str]) -> str:
    out = " ".join(ev)
    return out if len(out) < 80 else out[:77] + "..."


def boundaries(root: Any, cases: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each case's boundary pattern where the page has one (first match)."""
    want = {(a, b) for a, b in cases}
    found: dict[tuple[str, str], str] = {}
    prev = ""
    for text, ev in _pieces(root):
        if prev and prev[-1:].strip() and text[:1].strip():
            pt, nt = tokens(prev[-60:]), tokens(text[:60])
            if pt and nt and prev.lower().endswith(pt[-1]) and text.lower().startswith(nt[0]):
                key = (pt[-1], nt[0])
                if key in want and key not in found:
                    found[key] = _pattern(ev)
        if text.strip():
            prev = text
        elif ev or text:
            prev = text  # whitespace between: no gluing across it
    return found


def _load_html(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return raw.decode("utf-8", "replace")


def audit(pred_dir: Path, devsets: Path, name: str, examples: int) -> tuple[Counter, Counter, dict]:
    from newsclean.load import parse_html
    from newsclean.options import Options

    truth = json.loads((devsets / name / "ground-truth.json").read_text())
    preds = json.loads((pred_dir / f"pred_{name}.json").read_text())["output"]
    opts = Options()
    lost: Counter = Counter()
    cases: Counter = Counter()
    ex: dict[str, list[str]] = defaultdict(list)
    for doc, rec in truth.items():
        out = preds.get(doc)
        text = out.get("articleBody") if isinstance(out, dict) else out
        if not text:
            continue
        glued, split = glued_and_split(tokens(_truth_text(rec)), tokens(text))
        if not glued and not split:
            continue
        html = next((p for p in (devsets / name / "html" / f"{doc}.html.gz", devsets / name / "html" / f"{doc}.html")
                     if p.exists()), None)
        found: dict[tuple[str, str], str] = {}
        if html is not None:
            try:
                found = boundaries(parse_html(_load_html(html), opts), glued + split)
            except Exception as exc:  # (a page the audit cannot parse is counted unplaced)
                print(f"{name}/{doc}: {exc}", file=sys.stderr)
        for kind, group, cost in (("glued", glued, 3), ("split", split, 3)):
            for a, b in group:
                pat = f"{kind}: {found.get((a, b), '(not found)')}"
                lost[pat] += cost
                cases[(name, kind)] += 1
                if len(ex[pat]) < examples:
                    ex[pat].append(f"{name}/{doc[:10]} {a}|{b}")
    return lost, cases, ex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--devsets", type=Path, default=Path(__file__).resolve().parents[2] / "devsets")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    lost: Counter = Counter()
    cases: Counter = Counter()
    ex: dict[str, list[str]] = defaultdict(list)
    for name in args.sets:
        lo, ca, e = audit(args.pred_dir, args.devsets, name, args.examples)
        lost.update(lo)
        cases.update(ca)
        for k, v in e.items():
            ex[k].extend(v[: max(0, args.examples - len(ex[k]))])
    print("cases per set:")
    for name in args.sets:
        print(f"  {name:20} glued {cases[(name, 'glued')]:5}  split {cases[(name, 'split')]:5}")
    print("\nboundary patterns by tokens lost (3 a case):")
    for pat, n in lost.most_common(args.top):
        print(f"{n:6}  {pat}\n        {'; '.join(ex[pat])}")


if __name__ == "__main__":
    main()
