"""Stamps and bylines as European news pages write them: a stamp label glued after the byline's names
("Par Jeanne Moulin Publié le …") ends the names; a section's label before the stamp ("Bayern München |
12.03.2024" in a kicker's element) names no one; Russian month abbreviations ("12 мар 2024"). The other
patterns below were already read: they guard the labels, orders and elements of several languages."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

import newsclean
from newsclean.authors import cut_at_ender, is_agency, section_label
from newsclean.dates import day_first_for, find_dates

PROSE = {
    "de": "Der Stadtrat traf sich an einem grauen Morgen, um den neuen Fahrplan der Fähre, die Kosten der Reparatur "
          "des alten Stegs und die Pläne für einen zweiten Anleger im Frühjahr zu besprechen.",
    "fr": "Le conseil municipal s'est réuni par un matin gris pour discuter des nouveaux horaires du bac, du coût "
          "des réparations de la vieille jetée et des projets d'un second embarcadère.",
    "it": "Il consiglio comunale si è riunito in una mattina grigia per discutere il nuovo orario del traghetto, "
          "il costo delle riparazioni del vecchio molo e i piani per un secondo approdo.",
    "pl": "Rada miasta spotkała się w szary poranek, aby omówić nowy rozkład promów, koszt naprawy starego mola "
          "oraz plany budowy drugiej przystani na wiosnę.",
    "el": "Το δημοτικό συμβούλιο συνεδρίασε ένα γκρίζο πρωινό για να συζητήσει το νέο πρόγραμμα του πορθμείου, "
          "το κόστος των επισκευών της παλιάς προβλήτας και τα σχέδια για μια δεύτερη αποβάθρα.",
    "ru": "Городской совет собрался серым утром, чтобы обсудить новое расписание парома, стоимость ремонта "
          "старого причала и планы строительства второй пристани будущей весной.",
    "es": "El consejo municipal se reunió en una mañana gris para discutir el nuevo horario del transbordador, "
          "el coste de las reparaciones del viejo muelle y los planes para un segundo embarcadero.",
}


def _page(lang: str, header: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>Fähre</title></head><body><article><h1>Neue Fähre am Steg</h1>"
            f"{header}" + f"<p>{PROSE[lang]}</p>" * 3 + "</article></body></html>").encode()


@pytest.mark.parametrize("lang, line, name", [
    ("fr", "Par Jeanne Moulin Publié le 12/03/2024 à 14h05", "Jeanne Moulin"),
    ("de", "Von Hanna Eichholz Aktualisiert am 12.03.2024", "Hanna Eichholz"),
    ("pl", "Autor: Jan Kowalski Opublikowano: 12.03.2024", "Jan Kowalski"),
    ("el", "Του Γιώργου Παππά Ενημερώθηκε: 12.03.2024", "Γιώργου Παππά"),
    ("it", "Di Giulia Romano Pubblicato il 12/03/2024", "Giulia Romano"),
])
def test_a_stamp_label_after_the_names_ends_them(lang: str, line: str, name: str) -> None:
    art = newsclean.clean(_page(lang, f"<p>{line}</p>"))
    assert art.authors == [name]
    assert (art.published.year, art.published.month, art.published.day) == (2024, 3, 12)


def test_cut_at_ender_stops_at_a_capitalised_stamp_label() -> None:
    assert cut_at_ender("Jeanne Moulin Publié le 12/03/2024") == "Jeanne Moulin"
    assert cut_at_ender("Anna Veröffentlicht") == "Anna"
    assert cut_at_ender("Anna Stand") == "Anna Stand"  # (a short label may be a name's word)
    assert cut_at_ender("Anna publiée") == "Anna publiée"  # (in lower case no label)


@pytest.mark.parametrize("header", [
    "<div class='meta'><span class='kicker'>Bayern München</span> | <span>12.03.2024</span></div>",
    "<div class='meta'><a class='topic-link' href='/x'>Bayern München</a> | <span>12.03.2024</span></div>",
    "<div class='meta'><span class='article-category'><a href='/sport/'>Bayern München</a></span> | "
    "<span>12.03.2024</span></div>",
    "<div class='meta'><div class='kicker'>Bayern München</div><div>12.03.2024</div></div>",
    "<div class='meta'><span class='c-rubrik'>Real Madrid</span> | <span>12.03.2024</span></div>",
])
def test_a_section_label_before_the_stamp_names_no_one(header: str) -> None:
    art = newsclean.clean(_page("de", header))
    assert art.authors == []
    assert (art.published.year, art.published.month, art.published.day) == (2024, 3, 12)


@pytest.mark.parametrize("header", [
    "<div class='meta'><span>Hanna Eichholz</span> | <span>12.03.2024</span></div>",
    "<div class='meta byline-section'><span>Hanna Eichholz</span> | <span>12.03.2024</span></div>",
    "<div class='section-meta'><span class='author'>Hanna Eichholz</span> | <span>12.03.2024</span></div>",
    "<div class='meta'><a href='/thema/hanna-eichholz'>Hanna Eichholz</a> | 12.03.2024</div>",
    "<div class='meta'><div>Hanna Eichholz</div><div>12.03.2024</div></div>",
])
def test_a_name_before_the_stamp_still_names_the_author(header: str) -> None:
    assert newsclean.clean(_page("de", header)).authors == ["Hanna Eichholz"]


def test_section_label_reads_the_heads_element_and_its_ancestors() -> None:
    root = lxml_html.fromstring("<html><body><p id='x'><span class='kicker'><b>Sport Heute</b></span> | 12.03.2024</p>"
                                 "<p id='y'><span class='tags author'>Anna Roe</span> | 12.03.2024</p></body></html>")
    assert section_label(root.get_element_by_id("x"), "Sport Heute")
    assert not section_label(root.get_element_by_id("y"), "Anna Roe")  # (a byline's class word outweighs)
    assert not section_label(root.get_element_by_id("x"), "Anna Roe")  # (no element holds just the head)


@pytest.mark.parametrize("text, want", [
    ("12 мар 2024, 14:05", (2024, 3, 12)),
    ("5 дек. 2023 в 10:00", (2023, 12, 5)),
    ("1 сент. 2024 г.", (2024, 9, 1)),
])
def test_russian_month_abbreviations(text: str, want: tuple[int, int, int]) -> None:
    found = [d for d in find_dates(text) if d.has_day]
    assert found and (found[0].value.year, found[0].value.month, found[0].value.day) == want


@pytest.mark.parametrize("lang, header", [
    ("pl", "<p>Opublikowano: 12 marca 2024, 14:05</p>"),
    ("pl", "<p>Aktualizacja: 13.03.2024 10:00</p><p>Opublikowano: 12.03.2024 14:05</p>"),
    ("el", "<p>Δημοσίευση: 12/03/2024 14:05</p>"),
    ("el", "<p>ΔΗΜΟΣΙΕΥΣΗ: 12.03.2024 14:05</p>"),
    ("ru", "<p>Опубликовано 12 марта 2024, 14:05</p>"),
    ("ru", "<p>Обновлено 13.03.2024 10:00</p><p>Опубликовано 12.03.2024 14:05</p>"),
    ("it", "<p>Pubblicato il 12/03/2024 alle 14:05</p>"),
    ("es", "<p>Actualizado 13/03/2024 10:00 h</p><p>Publicado 12/03/2024 14:05 h</p>"),
    ("es", "<p>Martes, 12 de marzo de 2024, 14:05</p>"),
    ("de", "<p>Stand: 12.03.2024 14:05 Uhr</p>"),
    ("de", "<p>Veröffentlicht am 12. März 2024, 14:05 Uhr</p>"),
    ("fr", "<p>Mis à jour le 13/03/2024 à 10h00 | Publié le 12/03/2024 à 14h05</p>"),
    ("de", "<time>Dienstag, 12. März 2024</time>"),
    ("pl", "<time>12 marca 2024</time>"),
    ("ru", "<p>12 мар 2024, 14:05</p>"),
])
def test_european_stamp_lines(lang: str, header: str) -> None:
    art = newsclean.clean(_page(lang, header))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2024, 3, 12)


@pytest.mark.parametrize("lang, header, names", [
    ("pl", "<p>Autor: Jan Kowalski</p>", ["Jan Kowalski"]),
    ("ru", "<p>Автор: Иван Петров</p>", ["Иван Петров"]),
    ("el", "<p>Του Γιώργου Παππά</p>", ["Γιώργου Παππά"]),
    ("it", "<p>di Giulia Romano - 12 marzo 2024</p>", ["Giulia Romano"]),
    ("es", "<p>Por José María de la Fuente</p>", ["José María de la Fuente"]),
    ("de", "<p>Von Hanna Eichholz und Paul Berg</p>", ["Hanna Eichholz", "Paul Berg"]),
    ("pl", "<p><a rel='author' href='/autor/jan-kowalski'>Jan Kowalski</a></p>", ["Jan Kowalski"]),
])
def test_european_bylines(lang: str, header: str, names: list[str]) -> None:
    assert newsclean.clean(_page(lang, header)).authors == names


def test_day_first_for_english_regions_and_declared_languages() -> None:
    assert day_first_for("de") is True
    assert day_first_for("en") is None
    assert day_first_for("en", "en-US") is None
    assert day_first_for("en", "en-GB") is True
    assert day_first_for("en", "en_au") is True
    assert day_first_for("en", "en", "https://news.example.co.uk/story") is True
    assert day_first_for("en", None, "https://news.example.com/story") is None
    assert day_first_for("en", "it") is True  # (an English story on an Italian site: the site's format)
    assert day_first_for("en", "zh-CN") is None


@pytest.mark.parametrize("tag, day", [("en-GB", (2020, 10, 2)), ("en-US", (2020, 2, 10)), ("en", (2020, 2, 10))])
def test_a_numeric_date_on_a_british_page_reads_day_first(tag: str, day: tuple[int, int, int]) -> None:
    page = (f"<html lang='{tag}'><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1>"
            "<p>Published 02/10/2020</p>" + "<p>The harbour council met on a grey morning to discuss the new ferry "
            "timetable, the cost of the repairs to the old pier and the plans for a second landing stage.</p>" * 3
            + "</article></body></html>")
    art = newsclean.clean(page.encode())
    assert (art.published.year, art.published.month, art.published.day) == day


@pytest.mark.parametrize("agency", ["ТАСС", "Интерфакс", "ΑΠΕ-ΜΠΕ", "LaPresse", "STA", "LETA"])
def test_news_agencies_in_their_own_scripts(agency: str) -> None:
    assert is_agency(agency)


def test_an_agency_in_cyrillic_beside_the_byline_is_credited() -> None:
    art = newsclean.clean(_page("ru", "<p>Автор: Иван Петров, ТАСС</p>"))
    assert art.authors == ["Иван Петров", "ТАСС"]
