"""A byline closing with a phrase that credits the agencies' material the story draws on ("Von Anna Muster mit
Agenturmaterial", "Par Jeanne Dupont avec AFP", "Por Ana López con información de EFE") names the person
before it; a news agency the phrase names is credited beside the person, as in "Von Anna Muster, dpa"; the
phrase's other words name no one. A count glued to a numeric stamp's year at the end of its line
("21.11.202501747", a counter whose word is an icon) leaves the stamp's date readable."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import material_credit

PROSE = ("<p>Der Hafenrat hat am Montag beschlossen, den nördlichen Kai zu verbreitern, damit größere Fähren "
         "anlegen können und die Schlangen der Lastwagen am Morgen kürzer werden.</p>") * 4


def _page(header: str) -> str:
    return ("<html lang='de'><head><title>Hafenrat verbreitert den Kai</title></head><body><div>"
            "<h1>Hafenrat verbreitert den Kai</h1>" + header + PROSE + "</div></body></html>")


STAMP = "<p>12.03.2024, 14:05 Uhr</p>"


@pytest.mark.parametrize("line, want", [
    ("Von Anna Muster mit Agenturmaterial", ["Anna Muster"]),
    ("Von Anna Muster und Max Beispiel mit Agenturmaterial", ["Anna Muster", "Max Beispiel"]),
    ("Von Anna Muster, mit Material von dpa und AFP", ["Anna Muster", "dpa", "AFP"]),
    ("Par Jeanne Dupont avec AFP", ["Jeanne Dupont", "AFP"]),
    ("Por Ana López con información de EFE", ["Ana López", "EFE"]),
    ("By Jane Doe with agencies", ["Jane Doe"]),
])
def test_a_material_credit_after_the_names_is_no_name(line: str, want: list[str]) -> None:
    assert newsclean.clean(_page(f"<p>{line}</p>" + STAMP)).authors == want


def test_a_material_credit_on_the_stamp_line() -> None:
    art = newsclean.clean(_page("<p>Von Anna Muster mit Agenturmaterial | 12.03.2024, 14:05 Uhr</p>"))
    assert art.authors == ["Anna Muster"]
    assert art.published is not None and art.published.date().isoformat() == "2024-03-12"


def test_material_credit_reads_the_phrase_only_after_a_name() -> None:
    assert material_credit("Anna Muster mit Agenturmaterial") == ("Anna Muster", [])
    assert material_credit("Anna Muster mit Material von dpa und AFP") == ("Anna Muster", ["dpa", "AFP"])
    assert material_credit("mit Agenturmaterial") == ("mit Agenturmaterial", [])  # (no name before it)
    assert material_credit("Anna Muster") == ("Anna Muster", [])
    assert material_credit("Anna Mustermitagenturmaterial") == ("Anna Mustermitagenturmaterial", [])


def test_a_count_glued_to_a_numeric_stamps_year_leaves_its_date() -> None:
    art = newsclean.clean(_page("<p>21.11.202501747</p>"))
    assert art.published is not None and art.published.date().isoformat() == "2025-11-21"


def test_a_long_number_after_a_year_is_no_glued_count() -> None:
    assert newsclean.clean(_page("<p>21.11.2025123456789</p>")).published is None  # (an identifier)
    assert newsclean.clean(_page("<p>Ausgabe 202501747</p>")).published is None  # (no date ends at the year)


@pytest.mark.parametrize("line, want", [
    ("Anna Muster (dpa)", ["Anna Muster", "dpa"]),
    ("Anna Muster, dpa", ["Anna Muster", "dpa"]),
    ("Anna Muster / AFP", ["Anna Muster", "AFP"]),
    ("Anna Muster und Max Beispiel (dpa)", ["Anna Muster", "Max Beispiel", "dpa"]),
])
def test_a_name_beside_the_stamp_with_its_agency_after_it(line: str, want: list[str]) -> None:
    box = f"<div class='meta'><p>{line}</p><p>12.03.2024, 14:05 Uhr</p></div>"
    assert newsclean.clean(_page(box)).authors == want


def test_a_bracketed_place_beside_the_stamp_is_no_agency() -> None:
    box = "<div class='meta'><p>Anna Muster (Musterstadt)</p><p>12.03.2024, 14:05 Uhr</p></div>"
    assert "Musterstadt" not in " ".join(newsclean.clean(_page(box)).authors)

