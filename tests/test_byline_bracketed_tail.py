"""A labelled byline whose name carries a bracketed tail or an agency after "/" ("Von Jane Doe (dpa)",
"Von Jane Doe / dpa", "Par Jane Doe (AFP)",
"Von Jane Doe (Musterstadt)"): the person is the author, an agency in the brackets is credited beside her
(as in "Jane Doe, dpa"), a place or any other word in them is no name."""
from __future__ import annotations

import newsclean

BODY = ("<p>Der Stadtrat beriet am Montag lange über den neuen Haushalt und beschloss am Abend mehr Geld "
        "für die Schulen und die Bibliothek der kleinen Stadt.</p>") * 4


def _page(line: str) -> str:
    return ("<html lang='de'><head><title>Neuer Haushalt beschlossen</title></head><body><article>"
            f"<h1>Neuer Haushalt beschlossen</h1><div class='byline'>{line}</div><p>12.03.2021</p>{BODY}"
            "</article></body></html>")


def test_an_agency_in_brackets_after_the_name() -> None:
    assert newsclean.clean(_page("Von Wiebke Sandhoff (dpa)")).authors == ["Wiebke Sandhoff", "dpa"]


def test_a_place_in_brackets_after_the_name() -> None:
    assert newsclean.clean(_page("Von Wiebke Sandhoff (Musterstadt)")).authors == ["Wiebke Sandhoff"]


def test_two_names_each_with_a_tail() -> None:
    art = newsclean.clean(_page("Von Wiebke Sandhoff [AFP] und Tarek Olbrich (Text)"))
    assert art.authors == ["Wiebke Sandhoff", "Tarek Olbrich", "AFP"]


def test_a_bare_name_with_brackets_is_no_byline() -> None:
    # no opener: a line "Word Word (Word)" is as often a menu's item or a term and its acronym
    assert newsclean.clean(_page("Wiebke Sandhoff (dpa)")).authors == []


def test_an_agency_after_a_slash() -> None:
    assert newsclean.clean(_page("Von Wiebke Sandhoff / dpa")).authors == ["Wiebke Sandhoff", "dpa"]


def test_an_agency_before_the_person_keeps_the_person() -> None:
    # "Von AFP und X": the person was lost behind the agency
    assert newsclean.clean(_page("Von AFP und Wiebke Sandhoff")).authors == ["Wiebke Sandhoff", "AFP"]


def test_a_place_after_a_slash_is_no_agency() -> None:
    assert newsclean.clean(_page("Von Wiebke Sandhoff / Musterstadt")).authors == ["Wiebke Sandhoff"]
