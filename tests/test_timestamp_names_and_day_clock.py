"""Stamp lines under the title that carry more than a date.

A byline's names before the stamp's separator ("Anna Muster (dpa) | 12.03.2024, 10:15 Uhr", "Anna Muster und
Max Beispiel | …"): the people, and an agency credited beside them, are the authors and the line goes as a stamp;
a paper's name there names no one, nor does a long head of capitalised words alone (a section's). An update's label in brackets after its date
("12.03.2024, 10:15 Uhr (aktualisiert)") makes that date the update's, and so does its label alone on the line
above it ("Aktualisiert:" / "12.03.2024"), the label going with the stamp. A relative stamp naming its day by a
word ("heute, 10:15 Uhr", "Hoy, 14:05", "aujourd'hui à 14h05", "сегодня в 14:05") gives the time of day of the
day another date of the page fixes (its address, a declared date alone); alone it dates nothing.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsclean

PROSE = {
    "de": "Der Gemeinderat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien und "
          "längere Fahrzeiten am Wochenende für die ganze Region vorsieht. ",
    "es": "El ayuntamiento aprobó el martes el nuevo plan de transporte, que añade líneas de autobús y amplía los "
          "horarios del fin de semana en toda la región. ",
    "fr": "Le conseil municipal a adopté mardi le nouveau plan de transport, qui ajoute des lignes de bus et "
          "prolonge les horaires du week-end dans toute la région. ",
    "ru": "Городской совет во вторник утвердил новый транспортный план, который добавляет автобусные линии и "
          "продлевает расписание выходных во всём регионе. ",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το νέο σχέδιο μεταφορών, που προσθέτει γραμμές λεωφορείων "
          "και επεκτείνει τα δρομολόγια του σαββατοκύριακου σε όλη την περιοχή. ",
}
ADDRESS = "https://news.example.org/2024/03/12/verkehrsplan.html"


def _page(lang: str, lines: list[str], head: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    prose = "".join(f"<p>{PROSE[lang] * 2}</p>" for _ in range(3))
    return (f"<html lang='{lang}'><head>{head}<title>Der Rat beschließt den Verkehrsplan</title></head><body>"
            f"<article><h1>Der Rat beschließt den Verkehrsplan</h1>{body}{prose}</article></body></html>")


@pytest.mark.parametrize("lang, line, names", [
    ("de", "Anna Muster (dpa) | 12.03.2024, 10:15 Uhr", ["Anna Muster", "dpa"]),
    ("de", "Anna Muster, dpa | 12.03.2024", ["Anna Muster", "dpa"]),
    ("de", "Anna Muster / AFP | 12.03.2024", ["Anna Muster", "AFP"]),
    ("de", "Anna Muster und Max Beispiel | 12.03.2024, 10:15 Uhr", ["Anna Muster", "Max Beispiel"]),
    ("de", "Anna Muster, Max Beispiel und Eva Probe • 12.03.2024", ["Anna Muster", "Max Beispiel", "Eva Probe"]),
    ("de", "Anna Muster (Berlin) | 12.03.2024", ["Anna Muster"]),
    ("es", "Ana Pérez (EFE) | 12/03/2024 10:15", ["Ana Pérez", "EFE"]),
    ("es", "Ana Pérez y Luis García | 12/03/2024", ["Ana Pérez", "Luis García"]),
    ("ru", "Анна Иванова и Пётр Петров | 12.03.2024, 10:15", ["Анна Иванова", "Пётр Петров"]),
    ("el", "Μαρία Παπαδοπούλου και Νίκος Γεωργίου | 12/03/2024, 10:15", ["Μαρία Παπαδοπούλου", "Νίκος Γεωργίου"]),
])
def test_names_before_the_stamp(lang: str, line: str, names: list[str]) -> None:
    art = newsclean.clean(_page(lang, [line]))
    assert art.authors == names
    assert art.published is not None and art.published.date().isoformat() == "2024-03-12"
    assert line not in [p.text for p in art.paragraphs]
    assert any(r.kind == "timestamp" and r.text == line for r in art.removed)


@pytest.mark.parametrize("line", ["Neue Zürcher Zeitung | 12.03.2024", "Politik | 12.03.2024, 10:15 Uhr",
                                  "Startseite | Politik | 12.03.2024", "Champions League Finale | 12.03.2024"])
def test_other_heads_name_no_one(line: str) -> None:
    assert newsclean.clean(_page("de", [line])).authors == []


def test_a_labelled_update_after_its_date() -> None:
    art = newsclean.clean(_page("de", ["12.03.2024, 10:15 Uhr (aktualisiert)", "10.03.2024, 09:00 Uhr"]))
    assert art.published == datetime(2024, 3, 10, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("lang, line, hour, minute", [
    ("de", "heute, 10:15 Uhr", 10, 15),
    ("es", "Hoy, 14:05", 14, 5),
    ("fr", "aujourd'hui à 14h05", 14, 5),
    ("fr", "Hier à 09h30", 9, 30),
    ("ru", "сегодня в 14:05", 14, 5),
])
def test_a_day_word_and_its_clock(lang: str, line: str, hour: int, minute: int) -> None:
    assert newsclean.clean(_page(lang, [line])).published is None  # (alone: no day)
    for art in (newsclean.clean(_page(lang, [line]), url=ADDRESS),
                newsclean.clean(_page(lang, [line], '<meta property="article:published_time" content="2024-03-12">'))):
        got = art.published
        assert got is not None and got.date().isoformat() == "2024-03-12"
        assert (got.hour, got.minute) == (hour, minute)


def test_an_update_today_gives_no_time() -> None:
    got = newsclean.clean(_page("de", ["Aktualisiert heute, 10:15 Uhr"]), url=ADDRESS).published
    assert got is not None and (got.hour, got.minute) == (0, 0)


@pytest.mark.parametrize("lang, lines, day", [
    ("de", ["Aktualisiert:", "12.03.2024, 10:15 Uhr", "Erstellt:", "10.03.2024, 09:00 Uhr"], 10),
    ("de", ["Aktualisiert am", "12.03.2024", "Veröffentlicht am", "10.03.2024"], 10),
    ("fr", ["Mis à jour le", "12/03/2024", "Publié le", "10/03/2024"], 10),
    ("es", ["Actualizado", "12/03/2024 10:15", "Publicado", "10/03/2024 09:00"], 10),
    ("de", ["12.03.2024, 10:15 Uhr", "Aktualisiert"], 12),  # (a label under the stamp labels the next one)
])
def test_a_label_alone_on_the_line_above(lang: str, lines: list[str], day: int) -> None:
    page = _page(lang, []).replace("<h1>Der Rat beschließt den Verkehrsplan</h1>", "<h1>Der Rat beschließt den Verkehrsplan</h1>"
                                   + "".join(f"<div>{line}</div>" for line in lines))
    art = newsclean.clean(page)
    assert art.published is not None and art.published.day == day
    if day == 10:  # (the labels go with their stamps)
        kept = [p.text for p in art.paragraphs]
        assert not any(line in kept for line in lines)


def test_a_label_further_down_is_a_field_of_entries() -> None:
    entries = "".join(f"<p>{PROSE['de']}</p>" for _ in range(12))  # (past the header under the title)
    entries += "".join(f"<p>{PROSE['de']}</p><div>Datum</div><div>1{k}.03.2024</div>" for k in range(4))
    page = _page("de", []).replace("</article>", entries + "</article>")
    art = newsclean.clean(page)
    assert not any(r.reason == "a stamp's label alone on the line above it" for r in art.removed)
