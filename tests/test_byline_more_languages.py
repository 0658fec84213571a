"""Bylines in more European languages: Hungarian, Greek, Icelandic and Serbian openers, and names
written in Serbian / Macedonian Cyrillic (Ј, Ђ, Ћ ...) or in Greek capitals."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import latin_name

BODY = ("<p>The harbour council met on a grey morning to discuss the new ferry timetable, the cost of the "
        "repairs to the old pier and the plans for a second landing stage next spring.</p>") * 2


def page(line: str) -> bytes:
    return (f"<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1><p>{line}</p>"
            f"{BODY}</article></body></html>").encode()


@pytest.mark.parametrize("line, want", [
    ("Szerző: Kovács Anna", ["Kovács Anna"]),
    ("Írta: Tóth Bence", ["Tóth Bence"]),
    ("Γράφει: Ελένη Παππά", ["Ελένη Παππά"]),
    ("Eftir Jón Hallsson", ["Jón Hallsson"]),
    ("Piše: Marko Ilić", ["Marko Ilić"]),
    ("Аутор: Јован Ђорђевић", ["Јован Ђорђевић"]),
])
def test_openers_and_names_of_more_languages(line: str, want: list[str]) -> None:
    art = newsclean.clean(page(line))
    assert art.authors == want
    assert line not in art.text  # the byline line is dropped (and recorded)
    assert any(r.kind == "byline" for r in art.removed)


def test_names_in_serbian_cyrillic_and_greek() -> None:
    assert latin_name("Јован Ђорђевић") == "Јован Ђорђевић"
    assert latin_name("Ελένη Παππά") == "Ελένη Παππά"
    assert latin_name("ελένη παππά") is None  # (a name's words open with capitals)


@pytest.mark.parametrize("line, want", [
    ("Ein Beitrag von Hanna Eichholz", ["Hanna Eichholz"]),
    ("Un article de Jeanne Moulin", ["Jeanne Moulin"]),
    ("Skrevet af Mette Holm", ["Mette Holm"]),
    ("Skriven av Mette Holm", ["Mette Holm"]),
    ("Kirjoittanut Mikko Virtanen", ["Mikko Virtanen"]),
    ("Geschreven door Anke de Vries", ["Anke de Vries"]),
    ("Scritto da Giulia Romano", ["Giulia Romano"]),
    ("Escrito por Lucía Martín", ["Lucía Martín"]),
    ("Écrit par Jeanne Moulin", ["Jeanne Moulin"]),
    ("Napisał Jan Kowalski", ["Jan Kowalski"]),
    ("Napsal Jan Novák", ["Jan Novák"]),
    ("Scris de Ion Popescu", ["Ion Popescu"]),
])
def test_written_by_openers_of_more_languages(line: str, want: list[str]) -> None:
    art = newsclean.clean(page(line))
    assert art.authors == want
    assert line not in art.text


def test_an_opener_before_no_name_gives_no_author() -> None:
    art = newsclean.clean(page("Bericht von der Sitzung des Rates"))
    assert art.authors == []


@pytest.mark.parametrize("line, want", [
    ("Mette Holm, journalist", ["Mette Holm"]),
    ("Hanna Eichholz, Redakteurin", ["Hanna Eichholz"]),
    ("Berlin, Brandenburg", []),  # a place and its region: no post after a name
])
def test_a_name_with_its_post_beside_the_stamp(line: str, want: list[str]) -> None:
    html = (f"<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1>"
            f"<div class='meta'><p>{line}</p><p>12.03.2024, 14:05</p></div>{BODY}</article></body></html>")
    art = newsclean.clean(html.encode())
    assert art.authors == want
    assert (line in art.text) == (not want)  # the name's line is dropped as the byline
