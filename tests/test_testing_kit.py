"""newsclean.testing: fixtures, saved cases and assertions for plugin authors."""
from __future__ import annotations

import json
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsclean import Article, Paragraph, Removal, Step, hookimpl
from newsclean.testing import (PageCase, assert_contains, assert_not_contains, assert_not_removed,
                               assert_removed, check_case, find_cases, load_case, make_cleaner, save_case)

pytest_plugins = ["pytester"]

ARTICLE = Article(
    title="Harbour bridge to reopen",
    authors=["Jane Doe"],
    published=datetime(2025, 3, 2, 10, 15, tzinfo=timezone(timedelta(hours=8))),
    source="Example Daily",
    paragraphs=[Paragraph("The bridge reopens on Monday after repairs."),
                Paragraph("Traffic is expected to be heavy.")],
    removed=[Removal("related", "site:related", "a list of teasers under a Related heading",
                     "Related: Ferry fares rise"),
             Removal("spam", "spam:listing", "cheat offers", "德扑辅助 加微信")],
)

PAGE = ("<html><body><h1>Harbour bridge to reopen</h1>"
        "<p>The bridge reopens on Monday after repairs, the city said.</p>"
        "<p class='promo'>PROMO: win a free ferry ticket today</p>"
        "<p>Traffic is expected to be heavy in the first week.</p></body></html>")


class Promo:
    """A small site plugin: drops this site's PROMO lines."""

    name = "promo-site"

    @hookimpl
    def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
        return ["harbour.example"]

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def drop(doc):  # type: ignore[no-untyped-def]
            for b in doc.blocks:
                if b.text.startswith("PROMO:"):
                    doc.drop(b, "ad", "this site's PROMO: line")
                    doc.meta.propose("title", "Harbour bridge to reopen")

        register(Step("promo", drop, order=300))


# -- assertions ----------------------------------------------------------------

def test_assert_contains_and_its_message() -> None:
    assert_contains(ARTICLE, "bridge reopens on  Monday", "heavy.")
    with pytest.raises(AssertionError) as e:
        assert_contains(ARTICLE, "Ferry fares rise", "never written")
    msg = str(e.value)
    assert "2 snippet(s)" in msg
    assert "removed by site:related as 'related'" in msg and "Related heading" in msg
    assert "nowhere in the page" in msg


def test_assert_not_contains() -> None:
    assert_not_contains(ARTICLE, "Ferry fares", "德扑")
    with pytest.raises(AssertionError, match="paragraph 1"):
        assert_not_contains(ARTICLE, "Traffic is expected")


def test_assert_removed_and_not_removed() -> None:
    r = assert_removed(ARTICLE, "spam", "加微信")
    assert r.plugin == "spam:listing"
    assert_removed(ARTICLE, plugin="site")
    assert_removed(ARTICLE, plugin="site:related", snippet="Ferry")
    with pytest.raises(AssertionError, match="removals seen: related"):
        assert_removed(ARTICLE, "byline")
    with pytest.raises(AssertionError, match="kept in the article"):
        assert_removed(ARTICLE, "spam", "Traffic")
    assert_not_removed(ARTICLE, "bridge reopens")
    with pytest.raises(AssertionError, match="spam:listing"):
        assert_not_removed(ARTICLE, "德扑辅助")


def test_check_case_reports_every_problem() -> None:
    good = {"title": "Harbour bridge to reopen", "authors": ["Jane Doe"], "source": "Example Daily",
            "published": "2025-03-02T10:15:00+08:00", "must": ["Monday"], "must_not": ["Ferry"],
            "removed_kinds": ["related", "spam"], "removed": [{"kind": "related", "text": "Ferry"}]}
    check_case(ARTICLE, good)
    check_case(ARTICLE, {"published": "2025-03-02"})
    check_case(ARTICLE, {"text": "The bridge reopens on Monday after repairs.\n\nTraffic is expected to be heavy."})
    bad = {"title": "Other", "published": "2025-03-03", "must": ["nope"], "removed_kinds": ["byline"]}
    with pytest.raises(AssertionError) as e:
        check_case(ARTICLE, bad)
    msg = str(e.value)
    for part in ("title: expected 'Other'", "published: expected 2025-03-03", "'nope'", "kind 'byline'"):
        assert part in msg


# -- cases ---------------------------------------------------------------------

def test_load_case_folder_and_file_forms(tmp_path: Path) -> None:
    d = tmp_path / "cases" / "front"
    d.mkdir(parents=True)
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "expected.json").write_text(json.dumps({"url": "https://harbour.example/a", "must": ["Monday"]}))
    case = load_case(d)
    assert (case.name, case.url, case.input_kind) == ("front", "https://harbour.example/a", None)
    (tmp_path / "dump.txt").write_text("Title\n\nA line of text.\n", encoding="utf-8")
    (tmp_path / "dump.json").write_text(json.dumps({"url": "https://x.example/b"}))
    assert load_case(tmp_path / "dump.txt").input_kind == "text"
    assert find_cases(tmp_path / "cases") == [d]
    with pytest.raises(FileNotFoundError):
        load_case(tmp_path / "cases")


def test_make_cleaner_runs_a_case(tmp_path: Path) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "expected.json").write_text(json.dumps({
        "url": "https://www.harbour.example/a", "title": "Harbour bridge to reopen",
        "must": ["reopens on Monday"], "must_not": ["PROMO:"],
        "removed": [{"kind": "ad", "plugin": "promo-site:promo", "text": "free ferry"}]}))
    case = load_case(d)
    art = case.check(make_cleaner(Promo(), builtins=False))
    assert art.title == "Harbour bridge to reopen"
    with pytest.raises(AssertionError, match="PROMO"):
        case.check(make_cleaner(Promo(), builtins=False, disable=["promo-site"]))


def test_make_cleaner_does_not_register_twice() -> None:
    p = Promo()
    c = make_cleaner(p, p, builtins=False)  # e.g. given and also found through its entry point
    assert [s.qualname for s in c.steps] == ["promo-site:promo"]
    assert make_cleaner(builtins=True).plugins  # the installed plugins are there


def test_save_case_writes_a_loadable_case(tmp_path: Path) -> None:
    case = save_case(tmp_path / "new", PAGE, "https://harbour.example/a", make_cleaner(Promo(), builtins=False))
    assert isinstance(case, PageCase)
    again = load_case(tmp_path / "new")
    assert again.expected["must"]
    again.check(make_cleaner(Promo(), builtins=False))


# -- the pytest plugin ---------------------------------------------------------

def test_fixtures_are_available_in_any_project(pytester: pytest.Pytester) -> None:
    """The pytest11 entry point gives every project the fixtures, without a conftest."""
    case = pytester.mkdir("cases") / "one"
    case.mkdir()
    (case / "page.html").write_text(PAGE, encoding="utf-8")
    (case / "expected.json").write_text(json.dumps({"url": "https://harbour.example/a",
                                                    "must": ["reopens on Monday"], "must_not": ["PROMO"]}))
    pytester.makepyfile(test_site=textwrap.dedent('''
        from newsclean import Step, hookimpl
        from newsclean.testing import assert_removed

        class Promo:
            name = "promo-site"

            @hookimpl
            def newsclean_site_domains(self):
                return ["harbour.example"]

            @hookimpl
            def newsclean_register_steps(self, register):
                def drop(doc):
                    for b in doc.blocks:
                        if b.text.startswith("PROMO:"):
                            doc.drop(b, "ad", "PROMO line")
                register(Step("promo", drop, order=300))

        def test_case(make_cleaner, load_case):
            case = load_case("cases/one")
            art = case.check(make_cleaner(Promo(), builtins=False))
            assert_removed(art, "ad", "free ferry", plugin="promo-site")

        def test_failure_message(make_cleaner, load_case):
            case = load_case("cases/one")
            case.check(make_cleaner(builtins=False))
    '''))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*newsclean 0.*", "*article text still has:*", "*'PROMO*"])
