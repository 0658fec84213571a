"""Utility-class variants (``lg:``, ``hover:``, ``[.parent_&]:``) and group names (``group/x``) are
conditions on a class token, not names of the element: the region and container word readers leave
them out (:func:`newsclean.patterns.utility_name`)."""
from __future__ import annotations

import newsclean
from newsclean.patterns import class_names, utility_name
from newsclean.plugins.container.inside import token_parts
from newsclean.plugins.regions import chrome_evidence, region_of_class, region_of_value


def test_utility_name_drops_variants_brackets_and_group_names():
    assert utility_name("lg-nav:px-12") == "px-12"
    assert utility_name("[html.theme-dim.sidebar-open_&]:bg-base") == "bg-base"
    assert utility_name("md:hover:!text-sm") == "text-sm"
    assert utility_name("[&>p:first-child]:mt-2") == "mt-2"
    assert utility_name("group/sidebar") == "group"
    assert utility_name("peer-checked/nav:block") == "block"
    assert utility_name("w-[calc(100%-var(--nav))]") == "w-"


def test_plain_and_bem_tokens_are_unchanged():
    for tok in ("sidebar", "site-nav", "card__body--sidebar", "comments_list", "px-12"):
        assert utility_name(tok) == tok
    assert class_names("footer widget") == "footer widget"
    assert class_names("a lg:flex [x]:y") == "a flex y"


def test_a_variant_names_no_region():
    assert region_of_class("lg-nav:px-12 mx-auto")[0] == ""
    assert region_of_class("[html.theme-dim.sidebar-open_&]:bg-base rounded")[0] == ""
    assert region_of_class("group/sidebar flex")[0] == ""
    assert chrome_evidence("pre", {"class": "[html.sidebar-open_&]:bg-base"}).region == ""
    assert chrome_evidence("div", {"class": "lg:site-footer"}).region == "footer"  # (the utility's own word)
    assert region_of_value("sidebar-nav")[0] == "sidebar"


def test_an_id_keeps_its_colon_words():
    assert chrome_evidence("div", {"id": "main-form:sidebar"}).region == "sidebar"


def test_container_words_leave_variants_out():
    assert token_parts("lg-nav:px-12") == ("px", "12")
    assert "sidebar" not in token_parts("[html.sidebar-open_&]:bg-base")


_STEPS = "".join(f"<p>Step {i}: the command below prints the configured remote of the repository, which you "
                 "then compare with the address the team shared in the onboarding notes.</p>" for i in range(5))


def test_a_code_block_under_a_sidebar_variant_is_kept():
    code = ("<pre class='[html.theme-dim.sidebar-open_&amp;]:bg-base rounded'>git remote -v\n"
            "origin  ssh://example.invalid/team/project.git (fetch)</pre>")
    page = (f"<html><head><title>Checking your remote</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main class='lg-nav:px-12 mx-auto'><article><h1>Checking your remote</h1>"
            f"<p>Before pushing, make sure your clone points at the right server; a stale remote is the most "
            f"common reason a push lands in the wrong place.</p>{_STEPS}{code}{_STEPS}</article></main></body></html>")
    art = newsclean.clean(page)
    text = "\n".join(p.text for p in art.paragraphs)
    assert "git remote -v" in text
    assert "Before pushing" in text
    assert not any(r.region == "sidebar" for r in art.removed)


def test_a_class_value_with_variants_is_kept_by_the_value_as_written():
    from newsclean.plugins import regions

    value = "lg-nav:px-12 [html.sidebar-filled_&]:bg-tint site-footer"
    regions._CLASS_CACHE.pop(value, None)
    got = regions.region_of_class(value)
    assert got[0] == "footer" and regions._CLASS_CACHE[value] == got  # (the chrome walk reads this cache)
