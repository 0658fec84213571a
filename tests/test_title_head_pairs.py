"""find_title pairs each head title with its own cleaned text: a head title left out (the site's name as
og:title) does not shift the others' cleaned texts onto it."""
from __future__ import annotations

import newsclean

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(og_title: str) -> str:
    return ("<html><head><meta property='og:site_name' content='Example News'>"
            f"<meta property='og:title' content='{og_title}'>"
            "<title>Council approves the transit plan after a long debate - Example News</title></head><body>"
            "<article><h1>Council approves the transit plan</h1>" + PROSE + "</article></body></html>")


def test_an_h1_a_head_title_holds_is_the_title_after_a_head_title_left_out() -> None:
    # og:title names the site (left out); the <title> holds the <h1>: the <h1> is the title
    assert newsclean.clean(_page("Example News")).title == "Council approves the transit plan"


def test_the_same_without_a_head_title_left_out() -> None:
    art = newsclean.clean(_page("Council approves the transit plan after a long debate"))
    assert art.title == "Council approves the transit plan"
