"""Two layout mechanisms found by bench/wrap_stress.py (wrap48), on invented fixtures.

* chrome, second look: a page with no title heading whose body wrapper carries a state class naming a
  sidebar (``sidebar-right``) lost the whole article; on the second look the element holding most of the
  page's prose is left to the locator when no title heading (hence no paragraph under it) is found.
* content (choice): a body cut into alike text boxes around pictures keeps its short middle box (a list of
  short lines) that its share of the prose alone would not let join.
"""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins import chrome
from newsclean.plugins.container import choice

PROSE = [
    "The river district council met on Tuesday evening to discuss the plans for the old warehouse quarter. "
    "After two years of hearings, the members agreed on a mix of flats, workshops and a public garden.",
    "Residents who spoke at the meeting mostly welcomed the decision, although several asked for more "
    "parking and for the works to avoid the busy summer months when the market fills the square.",
    "The first buildings should be ready in three years. The council will publish the detailed timetable "
    "next month and hold an open evening in the library for anyone with questions about the works.",
]
SIDE = "".join(f"<li><a href='/s/{i}'>Another story about the harbour number {i}</a></li>" for i in range(8))
COMMENTS = "".join(f"<li><b>Reader {i}</b><p>I agree with this, thanks for the report on the plans.</p></li>"
                   for i in range(4))


def state_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return ("<html><head><title>Ledger</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            "<div class='layout'><div class='main-col'>"
            f"<div class='article-text has-comments sidebar-right'>{body}</div>"
            f"<div id='comments' class='comments-area'><ol>{COMMENTS}</ol></div></div>"
            f"<div class='side-col'><h3>Most read</h3><ul>{SIDE}</ul></div></div>"
            "<footer><a href='/about'>About us</a> <a href='/privacy'>Privacy</a></footer></body></html>")


def test_state_classed_wrapper_is_kept_without_a_title_heading() -> None:
    art = Cleaner().clean(state_page())
    for p in PROSE:
        assert p[:50] in art.text
    assert "Another story" not in art.text
    assert "Reader 1" not in art.text


def test_without_the_rule_the_wrapper_goes(monkeypatch) -> None:
    monkeypatch.setattr(chrome, "TITLE_HOLDER_SHARE", 2.0)  # (no element holds twice the page's prose)
    art = Cleaner().clean(state_page())
    assert PROSE[0][:50] not in art.text


LIST = ["Ingredients", "2 cups of flour", "1 spoon of salt", "3 eggs", "a glass of milk", "some butter",
        "half a lemon", "a pinch of sugar", "two apples, sliced thin"]


def widget_page() -> str:
    def box(lines: list[str]) -> str:
        return ("<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
                "<div class='elementor-widget-container'>" + "".join(f"<p>{x}</p>" for x in lines) + "</div></div>")

    def picture(i: int) -> str:
        return f"<div class='elementor-element elementor-widget elementor-widget-image'><img src='/p/{i}.jpg' alt=''></div>"

    parts = [PROSE, LIST[:3], LIST[3:6], LIST[6:], PROSE[1:]]
    boxes = "".join(box(part) + picture(i) for i, part in enumerate(parts))
    return ("<html><head><title>Pancakes for a crowd</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/food'>Food</a></nav></header>"
            f"<main><div class='elementor-widget-wrap'><h1>Pancakes for a crowd</h1>{boxes}"
            "<div class='elementor-element elementor-widget elementor-widget-posts'>"
            f"<div class='elementor-widget-container'><h3>More stories</h3><ul>{SIDE}</ul></div></div></div></main>"
            f"<aside><h3>Most read</h3><ul>{SIDE}</ul></aside>"
            "<footer><a href='/about'>About us</a></footer></body></html>")


def test_short_boxes_between_alike_body_boxes_join() -> None:
    art = Cleaner().clean(widget_page())
    for x in LIST[1:]:
        assert x in art.text
    assert PROSE[2][:50] in art.text
    assert "Another story" not in art.text


def test_without_the_rule_the_middle_boxes_are_left_out(monkeypatch) -> None:
    monkeypatch.setattr(choice, "_between_twins", lambda top, like, members: [])
    monkeypatch.setattr(choice, "_element_twins", lambda up, top, prose: False)  # (the climb over alike boxes, cms49)
    art = Cleaner().clean(widget_page())
    assert "3 eggs" not in art.text
