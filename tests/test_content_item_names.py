"""content.item_names: a shop grid's linked product names over their price and spec lines, on undated pages."""
from __future__ import annotations

from newsclean import Cleaner

NAMES = ["Ridge Runner 3 Trail Shoe", "Harbor Glide Road Shoe", "Summit Grip Approach Shoe",
         "Meadow Dash Racing Flat", "Canyon Trek Hiking Shoe", "Pebble Path Walking Shoe"]
INTRO = ("Our trail shoes are chosen for grip on wet rock, a stable heel and a roomy toe box, and every pair "
         "here was worn for at least two hundred kilometres by our own testers before it made this list.")
GUIDE = ("How to choose: a shoe for soft forest paths wants deep lugs and a soft upper, while a shoe for long "
         "days on rock wants a firm plate under the foot and a sole that sticks when the stone is wet and cold.")


def _grid(names: list[str]) -> str:
    cards = "".join(
        f"<li class='tile'><a class='name' href='/product/{i}'>{n}</a><div class='price'>${80 + 5 * i}.95</div>"
        f"<div class='spec'>Drop: {4 + i} mm</div><div class='spec'>Weight: {250 + 10 * i} g</div></li>"
        for i, n in enumerate(names))
    return f"<ul class='grid'>{cards}</ul>"


def _page(names: list[str], date: str = "") -> str:
    meta = f"<meta property='article:published_time' content='{date}'>" if date else ""
    menu = "".join(f"<li><a href='/c/{w}'>{w.title()}</a></li>" for w in ("tents", "packs", "stoves", "bikes"))
    return (f"<html><head><title>Trail shoes</title>{meta}</head><body><nav><ul class='menu'>{menu}</ul></nav>"
            f"<main><h1>Trail shoes</h1><p>{INTRO}</p>{_grid(names)}<p>{GUIDE}</p></main>"
            f"<footer><p>Shop policies and returns.</p></footer></body></html>")


def test_linked_names_of_a_shop_grid_stay_with_their_prices():
    art = Cleaner().clean(_page(NAMES))
    assert art.published is None
    for n in NAMES:
        assert n in art.text
    assert "$85.95" in art.text and "Stoves" not in art.text


def test_names_repeating_one_text_are_no_items():
    art = Cleaner().clean(_page(["Add to compare"] * 6))
    assert "Add to compare" not in art.text


def test_linked_names_over_short_lines_on_a_dated_page_go():
    art = Cleaner().clean(_page(NAMES, "2024-05-02T10:00:00Z"))
    assert art.published is not None
    assert not any(n in art.text for n in NAMES)


def test_linked_headlines_over_their_time_stamps_are_stories():
    # an undated front page: each linked headline over "3 hours ago - Section": other stories, no products
    art = Cleaner().clean(_page(NAMES).replace("<div class='price'>$", "<div class='price'>3 hours ago - Section $"))
    assert art.published is None
    assert not any(n in art.text for n in NAMES)
