"""Pytest kit for plugin authors, registered as a pytest plugin (``pytest11``).

With newsclean installed, every pytest session has these fixtures:

``make_cleaner(*plugins, builtins=True, disable=(), site_rules=None, plugins_dir=None, **options)``
    a Cleaner with the built-in (installed) plugins and the given ones;
    a plugin already discovered through its entry point is not registered twice.
``load_case(path)``
    a saved :class:`PageCase`; a relative path is taken from the test file's folder.

and these assertions (plain functions, importable from ``newsclean.testing``):
:func:`assert_contains`, :func:`assert_not_contains`, :func:`assert_removed`,
:func:`assert_not_removed`, :func:`check_case`. Their messages say where a
missing snippet went: which plugin removed it and why.

A saved case is a folder holding ``page.html`` (or ``page.htm`` / ``page.txt``)
and ``expected.json``, or a page file with a ``.json`` of the same stem::

    {"url": "https://www.example.org/2025/story.html",
     "title": "...", "authors": ["..."], "published": "2025-03-02T10:15:00+08:00",
     "source": "...", "text": "the whole expected text (optional)",
     "must": ["snippets the article keeps"], "must_not": ["snippets it loses"],
     "removed_kinds": ["related", "spam"],
     "removed": [{"kind": "byline", "text": "责任编辑", "plugin": "zhportal:editor"}]}

Every key but ``url`` is optional; ``published`` may be a date only.
:func:`save_case` writes a new case from a page and what newsclean makes of it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable

import pytest

from . import __version__
from .article import Article, Removal
from .pipeline import Cleaner
from .text import normalize_space

__all__ = [
    "PageCase", "make_cleaner", "load_case", "find_cases", "save_case", "check_case",
    "assert_contains", "assert_not_contains", "assert_removed", "assert_not_removed",
]

PAGE_NAMES = ("page.html", "page.htm", "page.txt")


# ---------------------------------------------------------------------------
# cleaners
# ---------------------------------------------------------------------------

def make_cleaner(*plugins: Any, builtins: bool = True, disable: Iterable[str] = (),
                 site_rules: Any = None, plugins_dir: Any = None, **options: Any) -> Cleaner:
    """A Cleaner with the installed plugins (unless ``builtins=False``) plus ``plugins``.

    A plugin that the entry points already brought in (your installed site
    plugin, imported again by its test) is not registered a second time.
    """
    cleaner = Cleaner(entry_points=builtins, disable=list(disable), site_rules=site_rules,
                      plugins_dir=plugins_dir, **options)
    for p in plugins:
        if not cleaner.pm.is_registered(p):
            cleaner.register(p)
    return cleaner


# ---------------------------------------------------------------------------
# saved cases
# ---------------------------------------------------------------------------

@dataclass
class PageCase:
    """A saved page and what cleaning it must give."""

    name: str
    page_path: Path
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str | None:
        return self.expected.get("url")

    @property
    def page(self) -> bytes:
        return self.page_path.read_bytes()

    @property
    def input_kind(self) -> str | None:
        kind = self.expected.get("input_kind")
        if kind:
            return kind
        return "text" if self.page_path.suffix == ".txt" else None

    def clean(self, cleaner: Cleaner) -> Article:
        """Clean the page with ``cleaner`` at the case's URL."""
        return cleaner.clean(self.page, self.url, input_kind=self.input_kind)

    def check(self, cleaner: Cleaner) -> Article:
        """Clean the page and assert every expectation; returns the article."""
        article = self.clean(cleaner)
        check_case(article, self)
        return article

    def __repr__(self) -> str:
        return f"<PageCase {self.name} {self.url}>"


def load_case(path: "str | Path") -> PageCase:
    """Read a case folder (``page.*`` + ``expected.json``) or a page file with its ``.json``."""
    p = Path(path)
    if p.is_dir():
        page = next((p / n for n in PAGE_NAMES if (p / n).is_file()), None)
        exp = p / "expected.json"
        name = p.name
    else:
        page, exp, name = p, p.with_suffix(".json"), p.stem
    if page is None or not page.is_file():
        raise FileNotFoundError(f"case {path}: no page file ({', '.join(PAGE_NAMES)})")
    if not exp.is_file():
        raise FileNotFoundError(f"case {path}: no {exp.name}")
    expected = json.loads(exp.read_text(encoding="utf-8"))
    if not isinstance(expected, dict):
        raise ValueError(f"case {path}: {exp.name} must hold a JSON object")
    return PageCase(name, page, expected)


def find_cases(folder: "str | Path") -> list[Path]:
    """Every case folder under ``folder`` (those holding an ``expected.json``), sorted.

    Handy with ``@pytest.mark.parametrize("case_dir", find_cases(HERE / "cases"), ids=str)``.
    """
    return sorted(p.parent for p in Path(folder).rglob("expected.json"))


def save_case(folder: "str | Path", page: "bytes | str", url: str, cleaner: Cleaner | None = None,
              *, snippets: int = 2) -> PageCase:
    """Write a new case folder from a page and what ``cleaner`` makes of it now.

    The expectations start as the current result (title, authors, date,
    source, the first and last paragraphs as ``must``, the kinds removed);
    edit ``expected.json`` to what *should* come out.
    """
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    data = page.encode("utf-8") if isinstance(page, str) else page
    is_text = not data.lstrip()[:1] == b"<"
    page_path = d / ("page.txt" if is_text else "page.html")
    page_path.write_bytes(data)
    art = (cleaner or Cleaner()).clean(data, url)
    paras = [p.text for p in art.paragraphs]
    expected: dict[str, Any] = {"url": url}
    if art.title:
        expected["title"] = art.title
    if art.authors:
        expected["authors"] = list(art.authors)
    if art.published:
        expected["published"] = art.published.isoformat()
    if art.source:
        expected["source"] = art.source
    expected["must"] = list(dict.fromkeys(paras[:1] + paras[-1:]))[:snippets]
    expected["must_not"] = []
    expected["removed_kinds"] = sorted({r.kind for r in art.removed})
    (d / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return PageCase(d.name, page_path, expected)


# ---------------------------------------------------------------------------
# assertions
# ---------------------------------------------------------------------------

def _norm(s: str) -> str:
    return normalize_space(s)


def _where(article: Article, snippet: str) -> str:
    s = _norm(snippet)
    hits = [r for r in article.removed if s and s in _norm(r.text)]
    if hits:
        r = hits[0]
        return f"it was removed by {r.plugin or '?'} as {r.kind!r}: {r.reason} [{_short(r.text)}]"
    return "it is nowhere in the page's kept or removed text"


def _short(s: str, n: int = 80) -> str:
    s = _norm(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def assert_contains(article: Article, *snippets: str) -> None:
    """Each snippet is in the article's text (whitespace-normalised)."""
    text = _norm(article.text)
    missing = [s for s in snippets if _norm(s) not in text]
    if missing:
        lines = [f"  {_short(s)!r}: {_where(article, s)}" for s in missing]
        raise AssertionError("article text lacks {} snippet(s):\n{}".format(len(missing), "\n".join(lines)))


def assert_not_contains(article: Article, *snippets: str) -> None:
    """No snippet is in the article's text."""
    present = []
    for s in snippets:
        n = _norm(s)
        for i, p in enumerate(article.paragraphs):
            if n and n in _norm(p.text):
                present.append(f"  {_short(s)!r} is kept in paragraph {i} ({p.kind}): {_short(p.text)!r}")
                break
        else:
            if n and n in _norm(article.text):
                present.append(f"  {_short(s)!r} is kept across paragraphs")
    if present:
        raise AssertionError("article text still has:\n" + "\n".join(present))


def assert_removed(article: Article, kind: str | None = None, snippet: str | None = None,
                   plugin: str | None = None) -> Removal:
    """Some removal matches every given condition; returns the first.

    ``plugin`` matches the plugin name (``zhportal``) or the step (``zhportal:editor``).
    """
    def ok(r: Removal) -> bool:
        if kind is not None and r.kind != kind:
            return False
        if plugin is not None and r.plugin != plugin and r.plugin.split(":", 1)[0] != plugin:
            return False
        return snippet is None or _norm(snippet) in _norm(r.text)

    for r in article.removed:
        if ok(r):
            return r
    want = ", ".join(f"{k}={v!r}" for k, v in (("kind", kind), ("snippet", snippet), ("plugin", plugin)) if v)
    extra = ""
    if snippet is not None:
        kept = _norm(snippet) in _norm(article.text)
        extra = "\n  the snippet is kept in the article" if kept else "\n  " + _where(article, snippet)
    kinds = sorted({f"{r.kind} ({r.plugin})" for r in article.removed})
    raise AssertionError(f"no removal with {want}{extra}\n  removals seen: {', '.join(kinds) or 'none'}")


def assert_not_removed(article: Article, snippet: str) -> None:
    """No removal took text containing ``snippet``."""
    s = _norm(snippet)
    hits = [r for r in article.removed if s in _norm(r.text)]
    if hits:
        r = hits[0]
        raise AssertionError(f"{_short(snippet)!r} was removed by {r.plugin} as {r.kind!r}: {r.reason}")


def check_case(article: Article, case: "PageCase | dict[str, Any]") -> None:
    """Assert everything a case's ``expected`` asks of ``article``."""
    exp = case.expected if isinstance(case, PageCase) else case
    where = f"case {case.name}: " if isinstance(case, PageCase) else ""
    problems: list[str] = []
    for key in ("title", "source"):
        if key in exp and getattr(article, key) != exp[key]:
            problems.append(f"{key}: expected {exp[key]!r}, got {getattr(article, key)!r}")
    if "authors" in exp and list(article.authors) != list(exp["authors"]):
        problems.append(f"authors: expected {exp['authors']!r}, got {article.authors!r}")
    if "published" in exp:
        problems.extend(_check_published(article.published, exp["published"]))
    if "text" in exp and _norm(article.text) != _norm(exp["text"]):
        problems.append(f"text differs:\n    expected {_short(exp['text'], 200)!r}\n    got      "
                        f"{_short(article.text, 200)!r}")
    for fn, key in ((assert_contains, "must"), (assert_not_contains, "must_not")):
        try:
            fn(article, *exp.get(key, []))
        except AssertionError as e:
            problems.append(str(e))
    seen = {r.kind for r in article.removed}
    for k in exp.get("removed_kinds", []):
        if k not in seen:
            problems.append(f"no removal of kind {k!r} (kinds seen: {', '.join(sorted(seen)) or 'none'})")
    for spec in exp.get("removed", []):
        try:
            assert_removed(article, spec.get("kind"), spec.get("text"), spec.get("plugin"))
        except AssertionError as e:
            problems.append(str(e))
    if problems:
        raise AssertionError(where + "\n".join(problems))


def _check_published(got: datetime | None, want: str | None) -> list[str]:
    if want is None:
        return [] if got is None else [f"published: expected none, got {got.isoformat()}"]
    if got is None:
        return [f"published: expected {want}, got none"]
    if "T" in want or " " in want.strip():
        w = datetime.fromisoformat(want.replace(" ", "T"))
        same = got == w if w.tzinfo else got.replace(tzinfo=None) == w
    else:
        same = got.date().isoformat() == want
    return [] if same else [f"published: expected {want}, got {got.isoformat()}"]


# ---------------------------------------------------------------------------
# pytest plugin
# ---------------------------------------------------------------------------

def pytest_report_header(config: Any) -> str:
    return f"newsclean {__version__}"


@pytest.fixture(name="make_cleaner")
def _make_cleaner_fixture() -> Callable[..., Cleaner]:
    """Factory: ``make_cleaner(my_plugin, builtins=True, disable=(), **options)``."""
    return make_cleaner


@pytest.fixture(name="load_case")
def _load_case_fixture(request: Any) -> Callable[["str | Path"], PageCase]:
    """Factory: ``load_case("cases/front-page")``, relative to the test file's folder."""
    base = Path(str(request.path)).parent if hasattr(request, "path") else Path(str(request.fspath)).parent

    def load(path: "str | Path") -> PageCase:
        p = Path(path)
        return load_case(p if p.is_absolute() else base / p)

    return load
