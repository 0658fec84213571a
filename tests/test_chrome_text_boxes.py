"""Chrome keeps the article's own boxes: callout asides and widget-classed section headings (issue 9)."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import chrome

BODY = ("The council voted on Tuesday to approve the new transit plan, which adds bus routes and extends "
        "service hours on weekends across the city.")


def removed(page: str) -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[chrome], entry_points=False).clean(page, input_kind="html")
    return {r.text: r.plugin for r in art.removed}


def page(inner: str, tail: str = "") -> str:
    return f"<html><body><article><h1>Transit plan</h1><p>{BODY}</p>{inner}<p>{BODY}</p></article>{tail}</body></html>"


@pytest.mark.parametrize("cls", ["callout callout-tip", "admonition note", "box-warning", "note"])
def test_callout_aside_inside_the_text_stays(cls: str) -> None:
    got = removed(page(f"<aside class='{cls}'><p>Tip: {BODY}</p></aside>"))
    assert not any(t.startswith("Tip:") for t in got)


@pytest.mark.parametrize("cls", ["rail", "factbox"])
def test_plain_aside_still_goes(cls: str) -> None:
    links = "".join(f"<li><a href='/s{i}'>Story {i}</a></li>" for i in range(4))
    got = removed(page("", f"<aside class='{cls}'><h2>Popular</h2><ul>{links}</ul></aside>"))
    assert any(t.startswith("Popular") for t in got)


def test_widget_title_over_a_paragraph_is_a_section_heading() -> None:
    got = removed(page(f"<h2 class='widget-title mb-5'>New routes</h2><p>{BODY}</p>"))
    assert "New routes" not in got


def test_widget_title_over_links_still_goes() -> None:
    links = "".join(f"<li><a href='/s{i}'>Story {i}</a></li>" for i in range(4))
    got = removed(page(f"<h2 class='widget-title'>Popular</h2><ul>{links}</ul>"))
    assert "Popular" in got
