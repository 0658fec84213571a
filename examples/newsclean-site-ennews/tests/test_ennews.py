"""The ennews example plugin, on pages written in the site's layout."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsclean_site_ennews as plugin
from newsclean import Cleaner
from newsclean.testing import assert_contains, assert_not_removed, assert_removed, find_cases

HERE = Path(__file__).parent
STORY = "cases/transport-story"


@pytest.mark.parametrize("case_dir", find_cases(HERE / "cases"), ids=lambda p: p.name)
def test_saved_cases(case_dir, make_cleaner, load_case):
    load_case(case_dir).check(make_cleaner(plugin))


def test_site_metadata_outranks_the_page_head(make_cleaner, load_case):
    article = load_case(STORY).clean(make_cleaner(plugin))
    assert article.title == "Harbour bridge reopens two years after storm damage"  # no " - The Ennews Ledger"
    assert article.authors == ["Jane Doe", "Omar Haddad"]


def test_read_more_needs_a_link(make_cleaner):
    page = ("<html><body><article class='story'><div class='story-body'>"
            "<p>Read more: the council will publish its plans in the spring, officials said on Friday.</p>"
            "<p>Read more: <a href='/x'>Another story</a></p></div></article></body></html>")
    article = make_cleaner(plugin, builtins=False).clean(page, "https://ennews.example/a")
    assert_not_removed(article, "the council will publish its plans")
    assert_removed(article, "related", "Another story", plugin="ennews:read-more")


def test_generic_locator_cannot_drop_inside_the_story(make_cleaner, load_case):
    from newsclean import Step, hookimpl

    class Greedy:
        name = "greedy"

        @hookimpl
        def newsclean_register_steps(self, register):
            register(Step("all", lambda d: d.drop_all(d.blocks, "boilerplate", "drops all"), order=500))

    article = load_case(STORY).clean(make_cleaner(plugin, Greedy(), builtins=False))
    assert_contains(article, "The harbour bridge reopened", "usual timetable in May.")
    assert any("generic article locator" in n for n in article.notes)


def test_other_sites_are_left_alone(make_cleaner, load_case):
    case = load_case(STORY)
    article = make_cleaner(plugin).clean(case.page, "https://elsewhere.example/a.html")
    assert not [r for r in article.removed if r.plugin.startswith("ennews:")]


def test_found_through_its_entry_point(load_case):
    """Installed (pip install .), the plugin works with a plain Cleaner()."""
    info = {p.name: p for p in Cleaner().plugin_info()}
    if "ennews" not in info:
        pytest.skip("newsclean-site-ennews is not installed")
    assert info["ennews"].origin == "entry point" and info["ennews"].domains == plugin.DOMAINS
    load_case(STORY).check(Cleaner())
    article = load_case(STORY).clean(Cleaner(disable=["ennews:read-more"]))
    assert not [r for r in article.removed if r.plugin == "ennews:read-more"]
