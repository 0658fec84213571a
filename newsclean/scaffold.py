"""``newsclean new-plugin NAME``: write a ready-to-install site plugin package.

The package has a pyproject with the ``newsclean`` entry point, one site
plugin (body container, title/date/author, one kind of site noise), one saved
page case and tests that use :mod:`newsclean.testing`. ``pip install -e .``
then ``pytest`` pass as written; edit the page, the case and the plugin for
your site.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from .hosts import HostError, ascii_host, host_forms

__all__ = ["new_plugin", "register_cli", "names_for", "ScaffoldError", "MAX_NAME_CHARS"]

_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
#: Longest plugin name accepted (module, distribution and folder names derive from it).
MAX_NAME_CHARS = 60
# Placeholders: {{KEY!r}} -> repr (Python files), {{KEY!s}} -> a JSON/TOML string,
# {{KEY}} -> the plain value (Markdown, HTML). Python files may only hold {{KEY!r}}.
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)(?:!(r|s))?\}\}")


class ScaffoldError(ValueError):
    """A plugin name, domain or target folder newsclean will not write (the message says why)."""


def names_for(name: str) -> dict[str, str]:
    """The names a plugin called ``name`` gets: entry point, distribution, module.

    Raises :class:`ScaffoldError` (a ValueError) for a name that is not
    letters, digits and '-' starting with a letter, or longer than
    :data:`MAX_NAME_CHARS`.
    """
    if not isinstance(name, str):
        raise ScaffoldError(f"plugin name must be a string, not {type(name).__name__}")
    n = name.strip().lower().replace("_", "-")
    if len(n) > MAX_NAME_CHARS:
        raise ScaffoldError(f"plugin name of {len(n)} characters is too long (at most {MAX_NAME_CHARS})")
    if not n.isascii() or not _NAME.fullmatch(n):
        raise ScaffoldError(f"plugin name {name[:80]!r}: use letters, digits and '-', starting with a letter "
                            "(e.g. acme-news)")
    ep = n[len("newsclean-"):] if n.startswith("newsclean-") else n
    if not ep:
        raise ScaffoldError(f"plugin name {name!r} is empty once 'newsclean-' is taken off")
    return {"entry_point": ep, "dist": f"newsclean-{ep}", "module": "newsclean_" + ep.replace("-", "_")}


def new_plugin(name: str, target: "str | Path | None" = None, domain: str | None = None,
               force: bool = False) -> Path:
    """Write the package for plugin ``name`` into ``target`` (default ``./NAME``); returns the folder.

    ``domain`` is a host name (an IDN is accepted; the plugin matches its
    ASCII and Unicode forms). Raises FileExistsError when ``target`` holds
    files (unless ``force``), :class:`ScaffoldError` (a ValueError) for a bad
    name or domain, or when a file to write is a symbolic link or would land
    outside ``target``.
    """
    names = names_for(name)
    ep, module = names["entry_point"], names["module"]
    try:
        domains = host_forms(ascii_host(domain if domain is not None else f"{ep}.example"))
    except HostError as e:
        raise ScaffoldError(f"--domain: {e}") from None
    folder = Path(target) if target is not None else Path(ep)
    if folder.is_symlink():
        raise ScaffoldError(f"{folder} is a symbolic link: give the real folder")
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder} is not a folder")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise FileExistsError(f"{folder} is not empty (use --force to write into it anyway)")
    values = {"EP": ep, "DIST": names["dist"], "MODULE": module, "DOMAIN": domains[0], "DOMAINS": domains,
              "TITLE": ep.replace("-", " ").title(),
              "DESCRIPTION": f"newsclean site plugin for {domains[0]}"}
    files = {
        "pyproject.toml": _render(_PYPROJECT, values),
        "README.md": _render(_README, values),
        ".gitignore": "__pycache__/\n*.egg-info/\nbuild/\ndist/\n.pytest_cache/\n",
        f"{module}/__init__.py": _render(_PLUGIN, values, python=True),
        f"tests/test_{module[len('newsclean_'):]}.py": _render(_TEST, values, python=True),
        "tests/cases/front-page/page.html": _render(_PAGE, values),
        "tests/cases/front-page/expected.json":
            json.dumps(_expected(domains[0], ep), ensure_ascii=False, indent=2) + "\n",
    }
    folder.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        _write_inside(folder, rel, text)
    return folder


def _render(template: str, values: dict[str, Any], python: bool = False) -> str:
    """Fill the placeholders of a template; in Python code every value is a ``repr`` literal."""
    def fill(m: re.Match[str]) -> str:
        key, how = m.group(1), m.group(2)
        value = values[key]
        if how == "r":
            return repr(value)
        if python:
            raise AssertionError(f"template placeholder {m.group(0)} in Python code must use !r")
        if how == "s":
            return json.dumps(value)  # a TOML basic string is a JSON string
        assert isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9._ -]+", value), value
        return value

    return _PLACEHOLDER.sub(fill, template)


def _write_inside(folder: Path, rel: str, text: str) -> None:
    """Write ``folder/rel``, refusing symbolic links and anything that resolves outside ``folder``."""
    root = folder.resolve()
    path = folder
    parts = Path(rel).parts
    for part in parts[:-1]:
        path = path / part
        if path.is_symlink():
            raise ScaffoldError(f"{path} is a symbolic link: newsclean writes only into real folders")
        path.mkdir(exist_ok=True)
    path = path / parts[-1]
    if path.is_symlink():
        raise ScaffoldError(f"{path} is a symbolic link: newsclean does not write through links")
    if not path.parent.resolve().is_relative_to(root):
        raise ScaffoldError(f"{path} is outside {folder}")
    if path.exists() and not stat.S_ISREG(path.lstat().st_mode):
        raise ScaffoldError(f"{path} exists and is not a regular file")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _expected(domain: str, ep: str) -> dict[str, Any]:
    return {
        "url": f"https://www.{domain}/2025/04/01/harbour-bridge-reopens.html",
        "title": "Harbour bridge reopens after two years of repairs",
        "authors": ["Jane Doe"],
        "published": "2025-04-01T09:30:00+01:00",
        "must": [
            "The harbour bridge reopened to traffic on Monday morning",
            "Ferry operators said they expected fewer passengers this summer.",
        ],
        "must_not": ["Get the morning briefing", "All rights reserved", "Home"],
        "removed_kinds": ["ad"],
        "removed": [{"kind": "ad", "text": "Get the morning briefing", "plugin": f"{ep}:promo"}],
    }


def _cmd_new_plugin(args: argparse.Namespace) -> int:
    try:
        folder = new_plugin(args.name, args.dir, args.domain, args.force)
    except (ValueError, FileExistsError) as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"newsclean: error: cannot write the plugin: {e.strerror or e}"
              f"{f' ({e.filename})' if e.filename else ''}", file=sys.stderr)
        return 2
    n = names_for(args.name)
    print(f"wrote {folder}/ (distribution {n['dist']}, module {n['module']}, entry point {n['entry_point']})")
    print(f"next:\n  cd {folder}\n  pip install -e .\n  newsclean plugins | grep {n['entry_point']}\n  pytest")
    return 0


def register_cli(subparsers: Any) -> None:
    """Add ``newsclean new-plugin NAME [--domain D] [--dir PATH] [--force]``."""
    p = subparsers.add_parser(
        "new-plugin", help="write a ready-to-install site plugin package",
        description="Write a site plugin package: pyproject with the newsclean entry point, the plugin, "
                    "one saved page case and passing tests.")
    p.add_argument("name", metavar="NAME", help="plugin name, e.g. acme-news")
    p.add_argument("--domain", help="the site's host name (default: NAME.example; IDN accepted)")
    p.add_argument("--dir", help="folder to write (default: ./NAME)")
    p.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    p.set_defaults(func=_cmd_new_plugin)


# ---------------------------------------------------------------------------
# templates (placeholders: see _render; Python code only holds repr literals)
# ---------------------------------------------------------------------------

_PYPROJECT = '''[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = {{DIST!s}}
version = "0.1.0"
description = {{DESCRIPTION!s}}
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["newsclean"]

[project.optional-dependencies]
test = ["pytest>=7"]

# newsclean finds the plugin through this entry point.
[project.entry-points.newsclean]
{{EP}} = {{MODULE!s}}

[tool.setuptools]
packages = [{{MODULE!s}}]

[tool.pytest.ini_options]
testpaths = ["tests"]
'''

_README = '''# {{DIST}}

A newsclean site plugin for `{{DOMAIN}}`.

```sh
pip install -e .            # newsclean finds it through its entry point
newsclean plugins           # lists {{EP}} with its steps and domains
pytest                      # runs the saved page cases in tests/cases/
```

Add a case: save a page as `tests/cases/NAME/page.html` with an
`expected.json` (see `newsclean.testing`), or call
`newsclean.testing.save_case(folder, page, url)` and edit what it writes.
'''

_PLUGIN = '''"""newsclean site plugin for one site (its host names: ``DOMAINS`` below).

What this site does that generic cleaning cannot know:
- the article is always in ``<div class="article-body">``;
- the headline, byline and ``<time>`` sit above it;
- a newsletter box (``class="promo-box"``) is injected into the body.
"""
from __future__ import annotations

from datetime import datetime

from newsclean import Step, hookimpl
from newsclean.siteplugins import body_guard_steps, element_text, replace_body
from newsclean.text import normalize_space

__version__ = "0.1.0"
#: The plugin's name, the same as its entry point (removals show "NAME:step").
name = {{EP!r}}

DOMAINS = {{DOMAINS!r}}
BODY = "//div[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]"
PROMO_CLASSES = ("promo-box",)


@hookimpl
def newsclean_site_domains() -> list[str]:
    return DOMAINS


def _text(el) -> str:
    return normalize_space("".join(el.itertext()))


def _metadata(doc) -> None:
    """Headline, byline and date, read before the body replaces the page."""
    for h1 in doc.tree.xpath("//h1[contains(@class, 'headline')]")[:1]:
        doc.meta.propose("title", _text(h1), 10.0)
    names = [_text(a) for a in doc.tree.xpath("//*[contains(@class, 'byline')]//a")]
    doc.meta.propose("authors", [n for n in names if n], 10.0)
    for value in doc.tree.xpath("//time/@datetime")[:1]:
        try:
            doc.meta.propose("published", datetime.fromisoformat(value), 10.0)
        except ValueError:
            doc.note(f"{name}: <time datetime={value!r}> is not ISO 8601")


def _promo(doc) -> None:
    """The injected newsletter box: recorded as an ad."""
    for el in doc.tree.xpath("//*[@class]"):
        if any(c in PROMO_CLASSES for c in el.get("class", "").split()) and el.getparent() is not None:
            doc.record("ad", f"{DOMAINS[0]} injects a newsletter box (class promo-box) into articles",
                       element_text(el))
            el.drop_tree()


def _body(doc) -> None:
    found = doc.tree.xpath(BODY)
    if replace_body(doc, found, kind="site-layout", reason=f"outside {DOMAINS[0]}'s article-body") < 0:
        doc.note(f"{name}: no article-body on this page; cleaned generically")


@hookimpl
def newsclean_register_steps(register) -> None:
    html = ("html",)
    register(Step("metadata", _metadata, order=20, stage="tree", input_kinds=html))
    register(Step("promo", _promo, order=30, stage="tree", kind="ad", input_kinds=html))
    register(Step("body", _body, order=40, stage="tree", kind="site-layout", input_kinds=html))
    for step in body_guard_steps():  # the generic locator may not drop inside the body
        register(step)
'''

_TEST = '''"""Tests of the site plugin (fixtures come from newsclean.testing)."""
import importlib
from pathlib import Path

import pytest
from newsclean import Cleaner
from newsclean.testing import assert_removed, find_cases

plugin = importlib.import_module({{MODULE!r}})
EP = plugin.name

HERE = Path(__file__).parent


@pytest.mark.parametrize("case_dir", find_cases(HERE / "cases"), ids=lambda p: p.name)
def test_saved_cases(case_dir, make_cleaner, load_case):
    load_case(case_dir).check(make_cleaner(plugin))


def test_promo_box_is_recorded(make_cleaner, load_case):
    article = load_case("cases/front-page").clean(make_cleaner(plugin))
    assert_removed(article, "ad", "morning briefing", plugin=f"{EP}:promo")


def test_other_sites_are_left_alone(make_cleaner, load_case):
    case = load_case("cases/front-page")
    article = make_cleaner(plugin).clean(case.page, "https://elsewhere.example/a.html")
    assert not [r for r in article.removed if r.plugin.startswith(f"{EP}:")]


def test_discovered_through_its_entry_point():
    info = {p.name: p for p in Cleaner().plugin_info()}
    if EP not in info:
        pytest.skip("not installed: run pip install -e .")
    assert info[EP].domains == plugin.DOMAINS
    assert f"{EP}:body" in [s.qualname for s in info[EP].steps]
'''

_PAGE = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens after two years of repairs | {{TITLE}}</title>
</head>
<body>
<header class="site-header">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
</header>
<main>
  <h1 class="headline">Harbour bridge reopens after two years of repairs</h1>
  <p class="byline">By <a href="/staff/jane-doe">Jane Doe</a>,
    <time datetime="2025-04-01T09:30:00+01:00">1 April 2025</time></p>
  <div class="article-body">
    <p>The harbour bridge reopened to traffic on Monday morning, two years after a winter storm
    tore away part of its deck and forced the city to close it.</p>
    <p>Engineers replaced the damaged section and strengthened the piers, work the council says
    came in slightly under its budget.</p>
    <div class="promo-box"><p>Get the morning briefing in your inbox every weekday.</p></div>
    <p>Drivers queued for several minutes at both ends during the first hour, but traffic was
    flowing normally by mid-morning.</p>
    <p>Ferry operators said they expected fewer passengers this summer.</p>
  </div>
</main>
<footer class="site-footer">{{TITLE}}. All rights reserved.</footer>
</body>
</html>
'''
