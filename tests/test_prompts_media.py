"""A media teaser closed by its clip's date and running time."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.prompts import is_media_teaser

from riverside_page import P, Q, R, page as _page


# --- prompts: a media teaser closed by its clip's date and running time --------------------------


@pytest.mark.parametrize("text", [
    "Der Stadtrat hat den Uferweg beschlossen. Wie geht es weiter? 18.04.2024 | 0:21 min",
    "Die Bürger diskutieren über die Beleuchtung am Hafen.25.07.2023 | 43:49 min",  # glued to the blurb
    "The council's debate on the riverside path, in full 2024-04-18 | 1:02:33",
])
def test_media_teasers(text: str) -> None:
    assert is_media_teaser(text)


@pytest.mark.parametrize("text", [
    "Am 18.04.2024 um 0:21 Uhr begann die Sitzung.",  # a date and a time in a sentence
    "Sie lief die zehn Kilometer am 12.05.2024 in 43:49 min.",  # no bar: a result in a sentence
    "18.04.2024 | 0:21 min " + "x" * 400,  # the stamp not at the end
])
def test_not_media_teasers(text: str) -> None:
    assert not is_media_teaser(text)


def test_media_teaser_goes_from_the_body() -> None:
    blurb = "Der Stadtrat stimmte am Montag über den Uferweg ab: Wie es nun weitergeht. 18.04.2024 | 3:18 min"
    art = newsclean.clean(_page(f"<p>{blurb}</p>"))
    assert blurb not in [p.text for p in art.paragraphs]
    assert any(r.text == blurb and r.plugin == "prompts:lines" for r in art.removed)
    assert [p.text for p in art.paragraphs] == [P, Q, R]


# --- prompts: the title of a video or audio player set in the body ---------------------------------


@pytest.mark.parametrize("cls", ["player video_player", "audio-player", "clip VideoPlayer-box"])
def test_a_player_s_title_goes_from_the_body(cls: str) -> None:
    title = "Walkers try the first stretch of the riverside path"
    box = f"<div class='{cls}'><div class='title'>{title}</div><div class='controls'><button>Play</button></div></div>"
    art = newsclean.clean(_page(box))
    assert [p.text for p in art.paragraphs] == [P, Q, R]
    assert any(r.text == title and r.plugin == "prompts:lines" and "player" in r.reason for r in art.removed)


def test_a_player_word_alone_or_a_large_box_keeps_its_text() -> None:
    # a sports page's "player" box is no media player; a box holding much text is no player's title
    line = "The goalkeeper of the harbour club saved two penalties in the second half."
    art = newsclean.clean(_page(f"<div class='player-profile'><p>{line}</p></div>"))
    assert line in art.text
    big = f"<div class='video-player'><p>{line}</p><p>{P[:200]}</p><p>{Q[:200]}</p></div>"
    art = newsclean.clean(_page(big))
    assert line in art.text


# --- prompts: a photo's sale button, a list's toggles, a loading placeholder, a form's status ------


@pytest.mark.parametrize("line", ["Buy Photo", "more topics", "hide stories", "Foto kaufen"])
def test_a_photo_s_sale_button_or_a_list_toggle_alone_goes(line: str) -> None:
    art = newsclean.clean(_page(f"<div class='media'><img src='a.jpg'><p>{line}</p></div>"))
    assert [p.text for p in art.paragraphs] == [P, Q, R]
    assert any(r.text == line and r.plugin.startswith("prompts") for r in art.removed)


@pytest.mark.parametrize("line", ["Loading...", "Loading new images...", "Just watched", "Must watch",
                                  "Wird geladen...", "Chargement...", "Cargando...", "Caricamento..."])
def test_a_loading_placeholder_or_a_carousel_label_alone_goes(line: str) -> None:
    art = newsclean.clean(_page(f"<div><p>{line}</p></div>"))
    assert [p.text for p in art.paragraphs] == [P, Q, R]
    assert any(r.text == line and r.plugin.startswith("prompts") for r in art.removed)


@pytest.mark.parametrize("line", ["Posted!", "A link has been posted to your Facebook feed."])
def test_a_share_form_s_status_line_alone_goes(line: str) -> None:
    art = newsclean.clean(_page(f"<div class='status'>{line}</div>"))
    assert [p.text for p in art.paragraphs] == [P, Q, R]
    assert any(r.text == line and r.plugin.startswith("prompts") for r in art.removed)


def test_the_new_chrome_words_inside_a_sentence_stay() -> None:
    line = ("Loading the new barges posted along the quay took most of the week, and more topics "
            "will be raised when the council meets again in May.")
    art = newsclean.clean(_page(f"<p>{line}</p>"))
    assert line in [p.text for p in art.paragraphs]
