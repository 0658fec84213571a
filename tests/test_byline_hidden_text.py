"""A byline element's text hidden from sight (a screen-reader copy, a place for readers of the page's code)
does not join the name; its indentation does not cut the name short."""
from __future__ import annotations

import newsclean

BODY = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
        "and extends service hours on weekends for riders across the region.</p>") * 4


def _page(head: str, header: str) -> str:
    return (f"<html><head><title>Council approves transit plan</title>{head}</head><body><article>"
            f"<h1>Council approves transit plan</h1>{header}{BODY}</article></body></html>")


def test_hidden_text_inside_a_byline_element_does_not_join_the_name() -> None:
    for cls in ("hidden-content", "sr-only", "visually-hidden", "screen-reader-text"):
        header = (f"<div class='article__author-name'><div class='article__author-name-item'>Maria Jensen"
                  f"<span class='{cls}'> Madrid</span></div></div>")
        assert newsclean.clean(_page("", header)).authors == ["Maria Jensen"], cls

def test_text_hidden_on_one_screen_size_only_stays() -> None:
    header = ("<div class='article__author-name'><span class='hidden-xs'>By </span>"
              "<span class='d-none d-md-inline hidden-sm'>Maria Jensen</span></div>")
    assert newsclean.clean(_page("", header)).authors == ["Maria Jensen"]

def test_a_byline_elements_indentation_does_not_cut_the_name_short() -> None:
    # the markup's indentation fills the characters read up to the middle of the name
    header = "<div class='content-author'>\n" + " " * 190 + "<a href='/members/mj'>Maria Jensen</a></div>"
    assert newsclean.clean(_page("", header)).authors == ["Maria Jensen"]
