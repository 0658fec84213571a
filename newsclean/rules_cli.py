"""``newsclean check-rules DIR``: validate a folder of site rules and run their tests.

Reads every rule file (see :mod:`newsclean.siterules` and
``docs/site-rules.md``), reports unknown directives and XPaths that do not
compile or are refused as too expensive, and cleans the saved page of every
``test_url``, checking its ``test_contains`` snippets. Saved pages are looked
up in the pages folder by ``index.json`` (``{url: file}``, files inside the
folder only) or by :func:`page_slug`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from .errors import NewscleanError, PluginError
from .pipeline import Cleaner
from .siterules import XPATH_DIRECTIVES, Directive, RuleFile, RuleSet, RuleXPathError, compile_rule_xpath
from .text import normalize_space

__all__ = ["check_rules", "page_slug", "register_cli"]


def page_slug(url: str) -> str:
    """The file stem under which ``check-rules`` looks for a saved page of ``url``."""
    s = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I)
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    if len(s) > 150:
        s = s[:120] + "_" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return s


MAX_INDEX_BYTES = 16 * 1024 * 1024


def _find_page(pages: Path | None, url: str) -> tuple[Path | None, str]:
    """The saved page of ``url`` and a problem ('' when none).

    ``index.json`` may only name files inside ``pages``: an entry that leads
    outside (``../x``, an absolute path, a link) is refused.
    """
    if pages is None or not pages.is_dir():
        return None, ""
    root = pages.resolve()
    index = pages / "index.json"
    if index.is_file() and index.stat().st_size <= MAX_INDEX_BYTES:
        try:
            mapping = json.loads(index.read_text(encoding="utf-8", errors="replace"))
        except (ValueError, RecursionError):
            mapping = {}
        name = mapping.get(url) if isinstance(mapping, dict) else None
        if isinstance(name, str) and name:
            path = pages / name
            if not _inside(path, root):
                return None, f"index.json maps it to {name[:80]!r}, outside the pages folder: not read"
            if path.is_file():
                return path, ""
    stem = page_slug(url)
    for ext in (".html", ".htm", ".txt", ""):
        p = pages / (stem + ext)
        if p.is_file():
            if not _inside(p, root):
                return None, f"{p.name} is a link leading outside the pages folder: not read"
            return p, ""
    return None, ""


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of a page (the cleaner refuses a larger page as too large)."""
    with open(path, "rb") as f:
        return f.read(max_bytes + 1)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError, ValueError):
        return False


def check_rules(directory: "str | os.PathLike[str]", pages: "str | os.PathLike[str] | None" = None,
                disable: list[str] | None = None) -> tuple[list[str], dict[str, int]]:
    """Validate every rule file and run its ``test_url``/``test_contains`` on saved pages.

    Returns report lines and counts (``files``, ``errors``, ``warnings``,
    ``passed``, ``failed``, ``skipped``).
    """
    folder = Path(directory)
    rules = RuleSet.load(folder)
    pages_dir = Path(pages) if pages else (folder / "pages" if (folder / "pages").is_dir() else None)
    counts = dict.fromkeys(("files", "errors", "warnings", "passed", "failed", "skipped"), 0)
    lines: list[str] = []
    cleaner: Cleaner | None = None
    for rf in rules.all_files():
        counts["files"] += 1
        for p in rf.problems:
            lines.append(f"WARN {p}")
            counts["warnings"] += 1
        for d in rf.directives:
            if d.name in XPATH_DIRECTIVES:
                try:
                    compile_rule_xpath(d.value)
                except RuleXPathError as e:
                    lines.append(f"ERROR {d.where}: {d.name}: XPath {d.value[:200]!r} refused: {e}")
                    counts["errors"] += 1
        for test in _tests(rf):
            url, snippets, d = test
            page, problem = _find_page(pages_dir, url)
            if problem:
                lines.append(f"ERROR {d.where}: {url}: {problem}")
                counts["errors"] += 1
                continue
            if page is None:
                lines.append(f"SKIP {d.where}: {url}: no saved page" +
                             (f" ({page_slug(url)}.html in {pages_dir})" if pages_dir else " (use --pages DIR)"))
                counts["skipped"] += 1
                continue
            if cleaner is None:
                cleaner = Cleaner(site_rules=folder, disable=disable or [])
            try:
                art = cleaner.clean(_read_bounded(page, cleaner.options.max_bytes), url)
            except NewscleanError as e:
                counts["failed"] += 1
                lines.append(f"FAIL {d.where}: {url} ({page.name}): {e}")
                continue
            text = normalize_space(art.text)
            bad = [s for s in snippets if normalize_space(s) not in text]
            failed_body = [n for n in art.notes if n.startswith("site rule body")]
            if bad or failed_body or not text:
                counts["failed"] += 1
                lines.append(f"FAIL {d.where}: {url} ({page.name})")
                for n in failed_body:
                    lines.append(f"     {n}")
                for s in bad:
                    lines.append(f"     missing {s[:60]!r}{_where_it_went(art, s)}")
                if not text:
                    lines.append("     the article is empty")
            else:
                counts["passed"] += 1
                lines.append(f"PASS {d.where}: {url} ({len(snippets)} snippet(s))")
    return lines, counts


def _tests(rf: RuleFile) -> list[tuple[str, list[str], Directive]]:
    out: list[tuple[str, list[str], Directive]] = []
    for d in rf.directives:
        if d.name == "test_url":
            out.append((d.value, [], d))
        elif d.name == "test_contains" and out:
            out[-1][1].append(d.value)
    return out


def _where_it_went(article: Any, snippet: str) -> str:
    s = normalize_space(snippet)
    for r in article.removed:
        if s in normalize_space(r.text):
            return f": removed by {r.plugin or '?'} ({r.kind}): {r.reason}"
    return ": not on the page"


def _cmd_check_rules(args: argparse.Namespace) -> int:
    disable = [x for item in args.disable for x in item.split(",") if x.strip()]
    try:
        lines, c = check_rules(args.dir, args.pages, disable)
    except PluginError as e:  # DIR is not a folder of rules
        print(f"newsclean: error: {e}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    print(f"{c['files']} rule file(s): {c['errors']} error(s), {c['warnings']} warning(s); "
          f"tests: {c['passed']} passed, {c['failed']} failed, {c['skipped']} skipped")
    sys.stdout.flush()
    bad = c["errors"] or c["failed"] or (args.strict and (c["skipped"] or c["warnings"]))
    return 1 if bad else 0


def register_cli(subparsers: Any) -> None:
    """Add ``newsclean check-rules DIR [--pages DIR]``."""
    p = subparsers.add_parser(
        "check-rules", help="validate a folder of site rules and run their test_url/test_contains",
        description="Read every rule file of DIR, report unknown directives and invalid XPaths, and "
                    "clean the saved page of every test_url, checking its test_contains snippets. "
                    "A page is found in the pages folder by index.json ({url: file}) or by its slug "
                    "(the URL without scheme, other characters as '_', plus .html).")
    p.add_argument("dir", metavar="DIR", help="folder of rule files (*.txt, *.toml)")
    p.add_argument("--pages", metavar="DIR", help="folder of saved pages (default: DIR/pages when present)")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="disable a plugin or step while checking (repeatable)")
    p.add_argument("--strict", action="store_true", help="also fail on skipped tests and warnings")
    p.set_defaults(func=_cmd_check_rules)
