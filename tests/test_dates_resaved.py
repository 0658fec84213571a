"""A declared publication time written at the page's last save (within days of its declared
modification) yields to the page's own earlier stamp under the title; a neighbour's clock, its own stamp misread
and teasers' stamps do not move it."""
from __future__ import annotations

from datetime import date

import newsclean

BODY = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
        "and extends service hours on weekends for riders across the region.</p>") * 4


def _page(head: str, header: str) -> str:
    return (f"<html><head><title>Council approves transit plan</title>{head}</head><body><article>"
            f"<h1>Council approves transit plan</h1>{header}{BODY}</article></body></html>")


def _declared(published: str, modified: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves transit plan", '
            f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>')


def test_a_declaration_written_at_the_last_save_yields_to_the_earlier_stamp_under_the_title() -> None:
    page = _page(_declared("2025-06-24T10:00:00+00:00", "2025-06-24T10:05:00+00:00"),
                 "<p>Published: August 25, 2024</p>")
    assert newsclean.clean(page).published.date() == date(2024, 8, 25)

def test_a_declaration_apart_from_its_modification_stays() -> None:
    # published in 2024, modified in 2025: the declared pair tells the two apart, the declaration stands
    page = _page(_declared("2024-03-01T10:00:00+00:00", "2025-06-24T10:05:00+00:00"),
                 "<p>Published: August 25, 2023</p>")
    assert newsclean.clean(page).published.date() == date(2024, 3, 1)

def test_an_update_stamp_or_a_later_stamp_does_not_move_a_resaved_declaration() -> None:
    declared = _declared("2025-06-24T10:00:00+00:00", "2025-06-24T10:05:00+00:00")
    updated = _page(declared, "<p>Updated: August 25, 2024</p>")
    assert newsclean.clean(updated).published.date() == date(2025, 6, 24)
    later = _page(declared, "<p>Published: August 25, 2025</p>")
    assert newsclean.clean(later).published.date() == date(2025, 6, 24)

def test_without_a_modification_time_the_declaration_stands() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves transit plan", '
            '"datePublished": "2025-06-24T10:00:00+00:00"}</script>')
    page = _page(head, "<p>Published: August 25, 2024</p>")
    assert newsclean.clean(page).published.date() == date(2025, 6, 24)

def test_a_resaved_declaration_keeps_its_time_against_a_neighbours_clock() -> None:
    # the declared UTC time falls on the shown day on an American clock: the same moment, not an older stamp
    head = _declared("2023-11-09T02:11:03+00:00", "2023-11-09T04:10:51+00:00")
    page = _page(head, "<p>Published: November 8, 2023</p>")
    assert newsclean.clean(page).published.hour != 0  # (the declared time of day is kept, on the page's clock)

def test_a_resaved_declaration_keeps_its_day_against_its_own_stamp_misread() -> None:
    # "08/11/2023 20:26" read month first: the declared 8 November 20:26 misread, not an older stamp
    head = _declared("2023-11-08T20:26:28+00:00", "2023-11-08T21:54:42+00:00")
    page = _page(head, "<p>08/11/2023 20:26</p>")
    assert newsclean.clean(page).published.date() == date(2023, 11, 8)

def test_a_resaved_declaration_keeps_its_day_against_teasers_stamps() -> None:
    # teasers under the title, each with its own day: their stamps say nothing of the page
    head = _declared("2020-06-23T16:45:52-03:00", "2020-06-23T16:45:52-03:00")
    teasers = "".join(f"<p>Jane Roe {d}/06/2020</p><h3>Another story of the week {d}</h3><p>A driver lost control of a "
                      f"new car on the way home.</p><p>Watch the video.</p>" for d in ("16", "05", "02"))
    assert newsclean.clean(_page(head, teasers)).published.date() == date(2020, 6, 23)
