"""A reference list's heading joining several reference words ("Notes and references") is one too."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.inbody.references import is_reference_heading

BODY1 = ("The old ferry landing was rebuilt over two winters, and the harbour board says the new quay can take "
         "boats twice the size of the ones that moored there before.")
BODY2 = ("Fishermen who use the quay were asked about the design, and several of their requests, such as wider "
         "steps and more lighting, made it into the final plans.")
BODY3 = ("The board plans a second phase next spring, adding a covered waiting area and a small office for "
         "the harbour master at the end of the pier.")


@pytest.mark.parametrize("heading", [
    "References & Sources", "Sources and references", "Notes and references", "Quellen und Literatur",
    "Sources et références", "Fuentes y referencias", "Notes, sources, and references", "【参考文献和注释】",
    "Riferimenti e note", "Przypisy i bibliografia",
])
def test_joined_reference_words_are_a_reference_heading(heading: str) -> None:
    assert is_reference_heading(heading)


@pytest.mark.parametrize("text", [
    "Sources and more", "News and sources", "Read more and references", "References and", "Notes from the editor",
    "Sport & Notes from the club",
])
def test_other_words_joined_are_not(text: str) -> None:
    assert not is_reference_heading(text)


def _page(heading: str) -> str:
    refs = (f"<h2>{heading}</h2><ul><li><a href='/w/Quay'>Harbour quay works</a></li>"
            "<li><a href='/w/Ferry'>Ferry timetable archive</a></li></ul>")
    return (f"<html><head><title>Ferry landing</title></head><body><article><h1>Ferry landing rebuilt</h1>"
            f"<div class='body'><p>{BODY1}</p><p>{BODY2}</p><p>{BODY3}</p>{refs}</div></article></body></html>")


@pytest.mark.parametrize("heading", ["Notes and references", "Quellen und Literatur"])
def test_html_linked_items_under_a_joined_reference_heading_stay(heading: str) -> None:
    art = newsclean.Cleaner().clean(_page(heading))
    assert "Harbour quay works" in art.text and "Ferry timetable archive" in art.text


def test_html_linked_items_under_other_joined_words_still_go() -> None:
    art = newsclean.Cleaner().clean(_page("News and more"))
    assert "Harbour quay works" not in art.text and "Ferry timetable archive" not in art.text
