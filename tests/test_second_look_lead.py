"""The second look (a page whose first pass kept no article) also leaves to the locator an element that
holds the first paragraph under the title heading, with the title heading outside it (a body column
named after a rail), and a post box whose labels, share and pager links make it fairly link-rich; a
navigation-named element only when it holds both the title heading and the paragraph under it."""
from __future__ import annotations

import newsclean
from newsclean import pipeline

POST = ["Shares of the company crossed above their two hundred day moving average on Thursday, changing hands "
        "as high as thirty four dollars, and closed near the top of the day's range.",
        "The stock is up by about a tenth since the start of the year, and its low point over the last twelve "
        "months was twenty six dollars per share.",
        "Analysts expect the company to report its quarterly results next week, when it may update its outlook."]
ASIDE = " ".join(f"Most read story number {i} on this site, about markets, people and places, with a long "
                 f"summary that makes the rail hold more prose than the article does." for i in range(12))
MENU = "".join(f"<a href='/s{i}'>Section {i}</a> " for i in range(8))


def rail_page() -> str:
    body = "".join(f"<p>{t}</p>" for t in POST)
    links = "".join(f"<a href='/t{i}'>Topic number {i}</a> " for i in range(17))  # (link density ~0.42)
    return ("<html><head><title>Company shares break above their average - Example</title></head><body>"
            "<div class='header'><h1>Company shares break above their average</h1></div>"
            f"<div id='leftRail' class='article'><div class='tags'>{links}</div>{body}</div>"
            f"<aside><div>{ASIDE}</div></aside><footer>{MENU}</footer></body></html>")


def nav_page(title_inside: bool = True) -> str:
    body = "".join(f"<p>{t}</p>" for t in POST)
    head = "<h1>Company shares break above their average</h1>"
    return ("<html><head><title>Company shares break above their average</title></head><body>"
            + ("" if title_inside else head)
            + f"<div id='nav-single'>{head if title_inside else ''}{body}</div>"
            f"<aside><div>{ASIDE}</div></aside><div id='nav'>{MENU}</div></body></html>")


def test_the_column_holding_the_paragraph_under_the_title_is_kept_on_the_second_look():
    art = newsclean.clean(rail_page())
    assert all(t in art.text for t in POST)
    assert "Most read story" not in art.text
    assert any(n.startswith("second look:") for n in art.notes)


def test_without_the_second_look_the_rail_page_is_empty(monkeypatch):
    monkeypatch.setattr(pipeline, "SECOND_LOOK_MAX_CHARS", 0)
    art = newsclean.clean(rail_page())
    assert POST[0] not in art.text


def test_a_navigation_named_wrapper_of_the_title_and_its_paragraphs_is_kept_on_the_second_look():
    art = newsclean.clean(nav_page())
    assert all(t in art.text for t in POST)
    assert "Section 3" not in art.text  # the real menu still goes


def test_a_navigation_named_element_without_the_title_heading_stays_pruned():
    art = newsclean.clean(nav_page(title_inside=False))
    assert POST[0] not in art.text
