"""The zhportal example plugin, on pages written in the portal's layout."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsclean_site_zhportal as plugin
from newsclean import Cleaner
from newsclean.testing import assert_contains, assert_removed, find_cases

HERE = Path(__file__).parent
ARTICLE = "cases/finance-article"


@pytest.mark.parametrize("case_dir", find_cases(HERE / "cases"), ids=lambda p: p.name)
def test_saved_cases(case_dir, make_cleaner, load_case):
    load_case(case_dir).check(make_cleaner(plugin))


def test_editor_goes_to_extra_not_authors(make_cleaner, load_case):
    article = load_case(ARTICLE).clean(make_cleaner(plugin))
    assert article.extra["editor"] == "李娜"
    assert "李娜" not in article.authors


def test_everything_outside_the_body_is_recorded(make_cleaner, load_case):
    article = load_case(ARTICLE).clean(make_cleaner(plugin))
    outside = [r for r in article.removed if r.kind == "site-layout"]
    assert all(r.plugin == "zhportal:body" and "artibody" in r.reason for r in outside)
    assert {"热点推荐", "当前位置：首页 > 财经频道 > 正文"} <= {r.text for r in outside}


def test_generic_plugins_cannot_remove_inside_the_body(make_cleaner, load_case):
    """prune=False: the locator, spam, byline ... plugins may not touch what the portal's body holds."""
    from newsclean import Step, hookimpl

    class Greedy:
        name = "greedy"

        @hookimpl
        def newsclean_register_steps(self, register):
            register(Step("all", lambda d: d.drop_all(d.blocks, "boilerplate", "drops all"), order=500))

    article = load_case(ARTICLE).clean(make_cleaner(plugin, Greedy()))
    assert_contains(article, "本报讯 3月1日", "有效期三年")


def test_other_sites_are_left_alone(make_cleaner, load_case):
    case = load_case(ARTICLE)
    article = make_cleaner(plugin).clean(case.page, "https://elsewhere.example/a.html")
    assert not [r for r in article.removed if r.plugin.startswith("zhportal:")]
    assert article.extra.get("editor") is None


def test_text_dump_without_editor_line_is_left_to_generic_cleaning(make_cleaner):
    dump = "江州新闻\n2025-06-18 09:05 来源：江州日报\n\n正文第一段，内容完整，讲述了一件事情的来龙去脉。\n"
    article = make_cleaner(plugin).clean(dump, "https://zhportal.example/a.html", input_kind="text")
    assert article.source == "江州日报"
    assert any("no 责任编辑 line" in n for n in article.notes)


def test_found_through_its_entry_point(load_case):
    """Installed (pip install .), the plugin works with a plain Cleaner()."""
    info = {p.name: p for p in Cleaner().plugin_info()}
    if "zhportal" not in info:
        pytest.skip("newsclean-site-zhportal is not installed")
    assert info["zhportal"].origin == "entry point" and info["zhportal"].domains == plugin.DOMAINS
    article = load_case(ARTICLE).check(Cleaner())
    assert_removed(article, "spam", plugin="zhportal")


def test_disabled_by_name(load_case):
    info = {p.name for p in Cleaner().plugin_info()}
    if "zhportal" not in info:
        pytest.skip("newsclean-site-zhportal is not installed")
    case = load_case(ARTICLE)
    article = case.clean(Cleaner(disable=["zhportal"]))
    assert not [r for r in article.removed if r.plugin.startswith("zhportal:")]
    assert article.extra.get("editor") is None
