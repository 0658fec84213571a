"""Several people's names on the line beside the stamp under the title ("Anna Muster und Max Beispiel" /
"30.06.2025"), and a name with the place it is written from ("Anna Muster, Berlin"): each person is an author,
the place is none. A line of other words there names no one. A German byline opening "Ein Artikel von" names its author."""
from __future__ import annotations

import pytest

import newsclean

PROSE_DE = ("<p>Der Gemeinderat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien "
            "und längere Fahrzeiten am Wochenende für die ganze Region vorsieht.</p>" * 4)
PROSE_FR = ("<p>Le conseil municipal a adopté mardi le nouveau plan de transport, qui ajoute des lignes de bus "
            "et prolonge les horaires du week-end dans toute la région.</p>" * 4)


def _page(lang: str, line: str, stamp: str, prose: str) -> str:
    return (f"<html lang='{lang}'><head><title>Der Rat beschließt den Verkehrsplan</title></head><body><article>"
            "<h1>Der Rat beschließt den Verkehrsplan</h1>"
            f"<div class='meta'><div>{line}</div><div>{stamp}</div></div>{prose}</article></body></html>")


@pytest.mark.parametrize("lang, line, prose, names", [
    ("de", "Anna Muster und Max Beispiel", PROSE_DE, ["Anna Muster", "Max Beispiel"]),
    ("de", "Anna Muster, Max Beispiel", PROSE_DE, ["Anna Muster", "Max Beispiel"]),
    ("de", "Anna Muster, Berlin", PROSE_DE, ["Anna Muster"]),
    ("fr", "Anne Martin et Paul Durand", PROSE_FR, ["Anne Martin", "Paul Durand"]),
])
def test_names_beside_the_stamp(lang: str, line: str, prose: str, names: list[str]) -> None:
    art = newsclean.clean(_page(lang, line, "30.06.2025", prose))
    assert art.authors == names
    assert line not in [p.text for p in art.paragraphs]


@pytest.mark.parametrize("line", ["Politik, Wirtschaft", "Berlin, Hamburg", "Anna Muster, Sport und Kultur"])
def test_other_words_beside_the_stamp_name_no_one(line: str) -> None:
    assert newsclean.clean(_page("de", line, "30.06.2025", PROSE_DE)).authors == []


def test_ein_artikel_von_opens_a_byline() -> None:
    page = ("<html lang='de'><head><title>Der Rat beschließt den Verkehrsplan</title></head><body><article>"
            "<h1>Der Rat beschließt den Verkehrsplan</h1><p>Ein Artikel von <a href='/team/anna'>Anna Muster</a></p>"
            + PROSE_DE + "</article></body></html>")
    assert newsclean.clean(page).authors == ["Anna Muster"]
