#!/usr/bin/env python3
"""Golden test folders: one invented page per case and the article it must give.

    python scripts/golden.py                         # check every case, print diffs (exit 1 on any)
    python scripts/golden.py --update all            # rewrite every expectation, print the diffs
    python scripts/golden.py --update related        # every case of one plugin
    python scripts/golden.py --update related/zh_portal_list
    python scripts/golden.py --new related en_most_read page.html --url https://news.example.org/a/1
    python scripts/golden.py --show related/zh_portal_list   # the article and its removals

A case is ``tests/golden/<plugin>/<case>/`` holding

* ``page.html`` (or ``page.txt``, a text dump): a page written for the case,
  focused on the noise of ``<plugin>``;
* ``expected.txt``: the article text (paragraphs joined by blank lines);
* ``expected.json``: the input's ``url`` (and ``input_kind`` when it is not
  sniffed), then ``title``, ``authors``, ``published``, ``source``, the
  paragraph ``kinds`` ("paragraph", "heading:2", "list_item" ...) and the
  ``removed`` list of ``[kind, plugin, text prefix]`` triples in page order.

``tests/test_golden.py`` runs every folder. When a plugin's behaviour changes
on purpose, ``--update`` rewrites the expectations and prints what changed:
review that diff, then commit it with the change.
"""
from __future__ import annotations

import argparse
import difflib
import json
import shutil
import sys
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsclean import Article, Cleaner  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
PAGE_NAMES = ("page.html", "page.txt")
PREFIX_CHARS = 40  # removal text kept in expected.json: enough to tell removals apart
# Keys of expected.json that describe the input, kept as they are by --update.
INPUT_KEYS = ("url", "input_kind", "note")


def case_dirs(selector: str = "all", root: Path = GOLDEN) -> list[Path]:
    """Case folders matching ``all``, ``<plugin>`` or ``<plugin>/<case>``, sorted."""
    cases = sorted(p for p in root.glob("*/*") if p.is_dir() and page_file(p))
    if selector in ("", "all"):
        return cases
    sel = selector.strip("/")
    return sorted({c for c in cases if c.relative_to(root).as_posix() == sel or c.parent.name == sel})


def page_file(case: Path) -> Optional[Path]:
    return next((case / n for n in PAGE_NAMES if (case / n).is_file()), None)


def read_inputs(case: Path) -> dict[str, Any]:
    exp = case / "expected.json"
    data = json.loads(exp.read_text(encoding="utf-8")) if exp.is_file() else {}
    return {k: data[k] for k in INPUT_KEYS if k in data}


def clean_case(case: Path, cleaner: Cleaner) -> Article:
    """Clean the case's page with its URL and input kind."""
    page = page_file(case)
    if page is None:
        raise FileNotFoundError(f"{case}: no {' or '.join(PAGE_NAMES)}")
    inputs = read_inputs(case)
    kind = inputs.get("input_kind") or ("text" if page.suffix == ".txt" else None)
    return cleaner.clean(page.read_bytes(), inputs.get("url"), input_kind=kind)


def squash(text: str) -> str:
    return " ".join(text.split())


def expectations(article: Article, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(expected.txt, expected.json) for what ``article`` is now."""
    data: dict[str, Any] = dict(inputs)
    data.update({
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "kinds": [p.kind + (f":{p.level}" if p.level else "") for p in article.paragraphs],
        "removed": [[r.kind, r.plugin, squash(r.text)[:PREFIX_CHARS]] for r in article.removed],
    })
    return article.text + "\n", data


def dump_json(data: dict[str, Any]) -> str:
    """expected.json text: one removal triple per line, so diffs stay readable."""
    removed = data.get("removed", [])
    body = {k: v for k, v in data.items() if k != "removed"}
    kinds = body.pop("kinds", None)
    text = json.dumps(body, ensure_ascii=False, indent=1)
    if kinds is not None:  # one line: the kinds in paragraph order
        text = text[:-2] + ',\n "kinds": ' + json.dumps(kinds, ensure_ascii=False) + "\n}"
    items = ",\n  ".join(json.dumps(r, ensure_ascii=False) for r in removed)
    tail = f',\n "removed": [\n  {items}\n ]\n}}' if removed else ',\n "removed": []\n}'
    return text[:-2] + tail + "\n"


def diff(case: Path, name: str, old: str, new: str) -> list[str]:
    rel = case.relative_to(GOLDEN).as_posix() if case.is_relative_to(GOLDEN) else str(case)
    return list(difflib.unified_diff(old.splitlines(), new.splitlines(), f"{rel}/{name} (saved)",
                                     f"{rel}/{name} (now)", lineterm="", n=1))


def compare(case: Path, cleaner: Cleaner) -> list[str]:
    """Diff lines between the saved expectations and what the case gives now ([] when equal)."""
    text, data = expectations(clean_case(case, cleaner), read_inputs(case))
    out: list[str] = []
    for name, new in (("expected.txt", text), ("expected.json", dump_json(data))):
        path = case / name
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        if name == "expected.json" and old:
            old = dump_json(json.loads(old))  # compare content, not formatting
        if old != new:
            out += diff(case, name, old, new)
    return out


def update(case: Path, cleaner: Cleaner) -> list[str]:
    """Rewrite the case's expectations (content or layout changed); returns the content diff."""
    changes = compare(case, cleaner)
    text, data = expectations(clean_case(case, cleaner), read_inputs(case))
    for name, new in (("expected.txt", text), ("expected.json", dump_json(data))):
        path = case / name
        if not path.is_file() or path.read_text(encoding="utf-8") != new:
            path.write_text(new, encoding="utf-8")
    return changes


def new_case(plugin: str, name: str, page: Path, url: str, cleaner: Cleaner,
             input_kind: Optional[str] = None, root: Path = GOLDEN) -> Path:
    """Create ``root/plugin/name`` from a page file and write its expectations."""
    case = root / plugin / name
    if case.exists():
        raise FileExistsError(f"{case} exists; use --update")
    case.mkdir(parents=True)
    suffix = ".txt" if page.suffix == ".txt" or input_kind == "text" else ".html"
    shutil.copyfile(page, case / f"page{suffix}")
    inputs: dict[str, Any] = {"url": url}
    if input_kind:
        inputs["input_kind"] = input_kind
    (case / "expected.json").write_text(dump_json(inputs | {"removed": []}), encoding="utf-8")
    update(case, cleaner)
    return case


def show(case: Path, cleaner: Cleaner) -> str:
    art = clean_case(case, cleaner)
    lines = [f"title: {art.title}", f"authors: {art.authors}", f"published: {art.published}",
             f"source: {art.source}", "", art.text, "", "removed:"]
    lines += [f"  {r.kind:12} {r.plugin:24} {squash(r.text)[:70]!r}  ({r.reason})" for r in art.removed]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", metavar="CASE", help="'all', a plugin, or plugin/case: rewrite expectations")
    ap.add_argument("--new", nargs=3, metavar=("PLUGIN", "NAME", "PAGE"), help="make a case from a page file")
    ap.add_argument("--url", default="https://news.example.org/story/example.html",
                    help="the page's URL for --new")
    ap.add_argument("--text", action="store_true", help="--new: the page is a text dump")
    ap.add_argument("--show", metavar="CASE", help="print the article and removals of cases")
    ap.add_argument("--root", type=Path, default=GOLDEN, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    cleaner = Cleaner()
    if args.new:
        plugin, name, page = args.new
        case = new_case(plugin, name, Path(page), args.url, cleaner,
                        "text" if args.text else None, root=args.root)
        print(f"wrote {case}\n")
        print(show(case, cleaner))
        return 0
    if args.show:
        for case in case_dirs(args.show, args.root):
            print(f"=== {case.relative_to(args.root).as_posix()}\n{show(case, cleaner)}\n")
        return 0
    selector = args.update or "all"
    cases = case_dirs(selector, args.root)
    if not cases:
        print(f"no case matches {selector!r} under {args.root}", file=sys.stderr)
        return 2
    changed = 0
    for case in cases:
        lines = update(case, cleaner) if args.update else compare(case, cleaner)
        if lines:
            changed += 1
            print("\n".join(lines) + "\n")
    verb = "changed" if args.update else "differ"
    print(f"{len(cases)} cases, {changed} {verb}")
    return 1 if changed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
