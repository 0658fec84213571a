"""A teaser box's label left alone in the body."""
from __future__ import annotations

import pytest

import newsclean

from riverside_page import P, Q, R, page as _page, texts as _texts


@pytest.mark.parametrize("box, label", [
    # a picture box: its credit line goes (credits), its title heading with it
    ('<div class="media"><h3>The old harbour wall seen from the pier</h3><p>Foto: Jane Roe/dpa</p></div>',
     "The old harbour wall seen from the pier"),
    # a podcast teaser: its link goes (a link list inside the article), its episode title with it
    ('<div class="podcast"><h3>Episode 12: How cities plan their rivers</h3>'
     '<p><a href="/podcast/12">Listen to the whole episode now</a></p></div>',
     "Episode 12: How cities plan their rivers"),
])
def test_label_of_a_teaser_box_goes(box: str, label: str) -> None:
    art = newsclean.clean(_page(box))
    texts = [p.text for p in art.paragraphs]
    assert label not in texts
    assert texts == [P, Q, R]
    gone = [r for r in art.removed if r.text == label]
    assert gone and gone[0].plugin == "related:labels" and gone[0].kind == "related"


def test_label_stays_when_the_step_is_disabled() -> None:
    box = '<div class="media"><h3>The old harbour wall seen from the pier</h3><p>Foto: Jane Roe/dpa</p></div>'
    cleaner = newsclean.Cleaner(disable=["related:labels"])
    assert "The old harbour wall seen from the pier" in [p.text for p in cleaner.clean(_page(box)).paragraphs]


@pytest.mark.parametrize("box, heading", [
    # its section goes on beside it: a time stamp dropped is no teaser
    ('<div class="entry"><h3>Monday evening</h3><p>12.05.2025, 18:30 Uhr</p></div>', "Monday evening"),
    # its own text is kept
    ('<div class="entry"><h3>What happens next</h3><p>The council will vote again in May.</p></div>',
     "What happens next"),
])
def test_heading_with_its_section_stays(box: str, heading: str) -> None:
    assert heading in _texts(_page(box))


def test_entry_title_among_alike_entries_stays() -> None:
    # a blog's entries: one holds only its picture and its footer's links, the others keep their text
    entries = "".join(
        f'<div class="entry"><h3>{t}</h3>{body}<div class="posted">Posted by <a href="/e/{k}">Jane</a> | '
        f'<a href="/e/{k}#c">Comments (2)</a></div></div>'
        for k, (t, body) in enumerate([("A quiet morning at the pier", f"<p>{R}</p>"),
                                       ("Picture of the day", '<p><img src="/p.jpg" alt=""></p>'),
                                       ("Notes from the council", f"<p>{Q}</p>")]))
    html = f"<html><body><div id='main'><p>{P}</p>{entries}</div></body></html>"
    assert "Picture of the day" in _texts(html)


def test_bold_line_inside_a_paragraph_stays() -> None:
    # a bold name over its address and its description, all one paragraph: no box
    par = ('<p><font><b>RIVER-WALKERS<br></b><a href="https://example.org">https://example.org</a><br>'
           "A mailing list for people who walk the riverside path and want to hear about its works.</font></p>")
    assert "RIVER-WALKERS" in _texts(_page(par))


def test_heading_above_the_body_stays() -> None:
    # above the first body paragraph (a standfirst's box), not a teaser's label
    before = '<div class="intro"><h2>The path will link the pier and the wetland park</h2><p>Foto: Jane Roe/dpa</p></div>'
    assert "The path will link the pier and the wetland park" in _texts(_page("", before))
