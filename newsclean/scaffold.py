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
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["new_plugin", "register_cli", "names_for"]

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")


def names_for(name: str) -> dict[str, str]:
    """The names a plugin called ``name`` gets: entry point, distribution, module."""
    n = name.strip().lower().replace("_", "-")
    if not _NAME.match(n):
        raise ValueError(f"plugin name {name!r}: use letters, digits and '-' (e.g. acme-news)")
    ep = n[len("newsclean-"):] if n.startswith("newsclean-") else n
    if not ep:
        raise ValueError(f"plugin name {name!r} is empty once 'newsclean-' is taken off")
    return {"entry_point": ep, "dist": f"newsclean-{ep}", "module": "newsclean_" + ep.replace("-", "_")}


def new_plugin(name: str, target: "str | Path | None" = None, domain: str | None = None,
               force: bool = False) -> Path:
    """Write the package for plugin ``name`` into ``target`` (default ``./NAME``); returns the folder.

    Raises FileExistsError when ``target`` holds files (unless ``force``), ValueError for a bad name.
    """
    names = names_for(name)
    ep, module = names["entry_point"], names["module"]
    domain = (domain or f"{ep}.example").lower()
    folder = Path(target) if target is not None else Path(ep)
    if folder.exists() and any(folder.iterdir()) and not force:
        raise FileExistsError(f"{folder} is not empty (use --force to write into it anyway)")
    subs = {"EP": ep, "DIST": names["dist"], "MODULE": module, "DOMAIN": domain,
            "TITLE": ep.replace("-", " ").title(), "TESTNAME": ep.replace("-", "_")}
    files = {
        "pyproject.toml": _PYPROJECT,
        "README.md": _README,
        ".gitignore": "__pycache__/\n*.egg-info/\nbuild/\ndist/\n.pytest_cache/\n",
        f"{module}/__init__.py": _PLUGIN,
        f"tests/test_{subs['TESTNAME']}.py": _TEST,
        "tests/cases/front-page/page.html": _PAGE,
        "tests/cases/front-page/expected.json": json.dumps(_expected(domain), ensure_ascii=False, indent=2) + "\n",
    }
    for rel, template in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = template
        for k, v in subs.items():
            text = text.replace("{{" + k + "}}", v)
        path.write_text(text, encoding="utf-8")
    return folder


def _expected(domain: str) -> dict[str, Any]:
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
        "removed": [{"kind": "ad", "text": "Get the morning briefing", "plugin": "{{EP}}:promo"}],
    }


def _cmd_new_plugin(args: argparse.Namespace) -> int:
    try:
        folder = new_plugin(args.name, args.dir, args.domain, args.force)
    except (ValueError, FileExistsError) as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
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
    p.add_argument("--domain", help="the site's domain (default: NAME.example)")
    p.add_argument("--dir", help="folder to write (default: ./NAME)")
    p.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    p.set_defaults(func=_cmd_new_plugin)


# ---------------------------------------------------------------------------
# templates ({{NAME}} placeholders)
# ---------------------------------------------------------------------------

_PYPROJECT = '''[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = "{{DIST}}"
version = "0.1.0"
description = "newsclean site plugin for {{DOMAIN}}"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["newsclean"]

[project.optional-dependencies]
test = ["pytest>=7"]

# newsclean finds the plugin through this entry point.
[project.entry-points.newsclean]
{{EP}} = "{{MODULE}}"

[tool.setuptools]
packages = ["{{MODULE}}"]

[tool.pytest.ini_options]
testpaths = ["tests"]
'''

_README = '''# {{DIST}}

A [newsclean](https://pypi.org/project/newsclean/) site plugin for `{{DOMAIN}}`.

```sh
pip install -e .            # newsclean finds it through its entry point
newsclean plugins           # lists {{EP}} with its steps and domains
pytest                      # runs the saved page cases in tests/cases/
```

Add a case: save a page as `tests/cases/NAME/page.html` with an
`expected.json` (see `newsclean.testing`), or call
`newsclean.testing.save_case(folder, page, url)` and edit what it writes.
'''

_PLUGIN = '''"""newsclean site plugin for {{DOMAIN}}.

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
#: The plugin's name, the same as its entry point (removals show "{{EP}}:step").
name = "{{EP}}"

DOMAINS = ["{{DOMAIN}}"]
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
            doc.note(f"{{EP}}: <time datetime={value!r}> is not ISO 8601")


def _promo(doc) -> None:
    """The injected newsletter box: recorded as an ad."""
    for el in doc.tree.xpath("//*[@class]"):
        if any(c in PROMO_CLASSES for c in el.get("class", "").split()) and el.getparent() is not None:
            doc.record("ad", "{{DOMAIN}} injects a newsletter box (class promo-box) into articles",
                       element_text(el))
            el.drop_tree()


def _body(doc) -> None:
    found = doc.tree.xpath(BODY)
    if replace_body(doc, found, kind="site-layout", reason="outside {{DOMAIN}}'s article-body") < 0:
        doc.note("{{EP}}: no article-body on this page; cleaned generically")


@hookimpl
def newsclean_register_steps(register) -> None:
    html = ("html",)
    register(Step("metadata", _metadata, order=20, stage="tree", input_kinds=html))
    register(Step("promo", _promo, order=30, stage="tree", kind="ad", input_kinds=html))
    register(Step("body", _body, order=40, stage="tree", kind="site-layout", input_kinds=html))
    for step in body_guard_steps():  # the generic locator may not drop inside the body
        register(step)
'''

_TEST = '''"""Tests of the {{EP}} site plugin (fixtures come from newsclean.testing)."""
from pathlib import Path

import pytest
from newsclean import Cleaner
from newsclean.testing import assert_removed, find_cases

import {{MODULE}} as plugin

HERE = Path(__file__).parent


@pytest.mark.parametrize("case_dir", find_cases(HERE / "cases"), ids=lambda p: p.name)
def test_saved_cases(case_dir, make_cleaner, load_case):
    load_case(case_dir).check(make_cleaner(plugin))


def test_promo_box_is_recorded(make_cleaner, load_case):
    article = load_case("cases/front-page").clean(make_cleaner(plugin))
    assert_removed(article, "ad", "morning briefing", plugin="{{EP}}:promo")


def test_other_sites_are_left_alone(make_cleaner, load_case):
    case = load_case("cases/front-page")
    article = make_cleaner(plugin).clean(case.page, "https://elsewhere.example/a.html")
    assert not [r for r in article.removed if r.plugin.startswith("{{EP}}:")]


def test_discovered_through_its_entry_point():
    info = {p.name: p for p in Cleaner().plugin_info()}
    if "{{EP}}" not in info:
        pytest.skip("not installed: run pip install -e .")
    assert info["{{EP}}"].domains == plugin.DOMAINS
    assert "{{EP}}:body" in [s.qualname for s in info["{{EP}}"].steps]
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
