"""content: a page carrying several stories (infinite scroll, a stacked portal) keeps the one its title heads."""
from __future__ import annotations

import newsclean
from stacked_stories import NEXT, OWN


def _page(own_first: bool = True) -> str:
    own = (f'<article class="story"><header><h1>Harbour board to dredge eastern channel</h1></header>'
           f'<div class="story-body">{OWN}</div></article>')
    nxt = (f'<article class="story"><header><h1>Orchestra opens its season to full halls</h1></header>'
           f'<div class="story-body">{NEXT}</div></article>')
    stories = own + nxt if own_first else nxt + own
    return ("<html><head><title>Harbour board to dredge eastern channel | The Coast Gazette</title></head>"
            f"<body><main>{stories}</main></body></html>")


def test_the_title_story_wins_over_a_longer_next_story() -> None:
    art = newsclean.clean(_page())
    assert "eastern channel before the winter storms" in art.text
    assert "old mooring posts" in art.text
    assert "regional orchestra" not in art.text


def test_the_title_story_wins_wherever_it_stands() -> None:
    art = newsclean.clean(_page(own_first=False))
    assert "old mooring posts" in art.text
    assert "regional orchestra" not in art.text


def test_the_choice_is_told() -> None:
    art = newsclean.clean(_page(own_first=False))
    assert any("another story" in n for n in art.notes)


def test_a_headline_alone_in_its_box_does_not_take_the_page() -> None:
    # the title's <article> holds no body of its own: the prose elsewhere is still read
    page = ("<html><head><title>Harbour board to dredge eastern channel</title></head><body>"
            "<article><h1>Harbour board to dredge eastern channel</h1></article>"
            f"<article><h1>Orchestra opens its season</h1>{NEXT}</article></body></html>")
    art = newsclean.clean(page)
    assert "regional orchestra" in art.text


PLAYER = ("Listen to this story as read by our newsroom: the recording runs for four minutes and can be paused, "
          "downloaded or shared, and a transcript of it is published with every story we record in the studio, "
          "usually within a day of the broadcast, once our editors have checked it against the recording.")


def _copied_title_page() -> str:
    head = "Harbour board to dredge eastern channel"
    return (f"<html><head><title>{head}</title></head><body><main>"
            f'<div class="player"><article class="audio"><h2>{head}</h2><p>{PLAYER}</p></article></div>'
            f'<section><article class="story"><h1>{head}</h1><div class="body">{OWN}</div>'
            f'<article class="audio"><h2>{head}</h2><p>Listen to this story</p></article>'
            f'<div class="body">{OWN.replace("harbour board", "port authority")}'
            f'{OWN.replace("harbour board", "town council")}{OWN.replace("harbour board", "ferry company")}{OWN.replace("harbour board", "pilots union")}</div>'
            '<div class="related"><h2>Ferry timetable changes for the winter</h2><p>Read more</p></div>'
            "</article>"
            "</section>"
            "</main></body></html>")


def test_a_copy_of_the_title_heads_the_same_story() -> None:
    # a player's box repeats the headline before the story's own <article>: the story under the same
    # headline is no other story, and its body is read whole
    art = newsclean.clean(_copied_title_page())
    assert "eastern channel before the winter storms" in art.text and "ferry company" in art.text
    assert not any("another story" in n for n in art.notes)
