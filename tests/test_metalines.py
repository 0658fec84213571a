"""Header lines in every language: "label? date (by|von|par …) name (| N comments)?" goes, prose stays.

Synthetic pages: a stamp line (its date, its author after a joiner, a comment count) at the head,
in the middle or at the tail of the article is dropped and its author read; sentences that hold a
date and "by"/"von"/"par" beside a name stay.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean.dates import find_dates
from newsclean.datewords import STAMP_BY_JOINERS, UPDATED_LABELS_EU
from newsclean.headerlines import name_after
from newsclean.plugins import timestamp

BODY = {
    "de": ("Die Stadt hat am Dienstag neue Regeln für den Verkehr beschlossen. Die Änderungen betreffen vor "
           "allem Pendler, die täglich in die Innenstadt fahren, und gelten ab dem kommenden Monat."),
    "en": ("The city council approved new traffic rules on Tuesday. The changes mainly affect commuters who "
           "drive into the centre every day, and they apply to every district from next month."),
}
TITLE = "Neue Regeln für den Verkehr in der Stadt"


def page(line: str, where: str, lang: str = "de") -> str:
    body = BODY.get(lang, BODY["en"])
    paras = [body, body.replace("Pendler", "Radfahrer").replace("commuters", "cyclists"),
             body.replace("Stadt", "Gemeinde").replace("city", "town")]
    at = {"head": 0, "mid": 1, "tail": 3}[where]
    paras.insert(at, line)
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"{inner}</article></body></html>")


def kept(art: newsclean.Article, line: str) -> bool:
    return any(line in p.text for p in art.paragraphs)


@pytest.mark.parametrize("where", ["head", "mid", "tail"])
@pytest.mark.parametrize("lang, line, author", [
    ("de", "Veröffentlicht am 12. März 2024 von Maria Schulz | 4 Kommentare", "Maria Schulz"),
    ("en", "Posted on March 12, 2024 by John Smith | 3 comments", "John Smith"),
    ("fr", "Publié le 12 mars 2024 par Jean Dupont | 5 commentaires", "Jean Dupont"),
    ("es", "Publicado el 12 de marzo de 2024 por Juan Pérez | 3 comentarios", "Juan Pérez"),
    ("it", "Pubblicato il 12 marzo 2024 da Mario Rossi · 2 commenti", "Mario Rossi"),
    ("pl", "Opublikowano 12 marca 2024 przez Jan Kowalski | 7 komentarzy", "Jan Kowalski"),
    ("nl", "Geplaatst op 12 maart 2024 door Jan de Vries | 4 reacties", "Jan de Vries"),
    ("id", "Diterbitkan 12 Maret 2024 oleh Budi Santoso", "Budi Santoso"),
    ("pt", "Publicado em 12 de março de 2024 por João Silva", "João Silva"),
])
def test_stamp_author_and_comment_count_line_goes_and_names_the_author(where: str, lang: str, line: str,
                                                                       author: str) -> None:
    art = newsclean.clean(page(line, where, lang))
    assert not kept(art, line)
    assert [r.kind for r in art.removed if r.text == line] == ["timestamp"]
    assert art.authors == [author]
    assert art.published is not None and (art.published.year, art.published.month, art.published.day) == (2024, 3, 12)


@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize("lang, line", [
    ("de", "Letzte Aktualisierung: 12.02.2024"),
    ("de", "Letzte Aktualisierung am 12.02.2024 um 14:05 Uhr"),
    ("fr", "Dernière mise à jour : 12 mars 2024"),
    ("id", "Terakhir diperbarui 12 Maret 2024"),
    ("pl", "Ostatnia aktualizacja: 12.03.2024"),
    ("en", "Last updated: 12 March 2024"),
    ("es", "Actualizado: 12/03/2024"),
    ("it", "Aggiornato il 12 marzo 2024"),
    ("tr", "Güncelleme: 12.03.2024"),
    ("de", "Maria Schulz | 05.04.2025"),
])
def test_update_and_name_date_lines_go(where: str, lang: str, line: str) -> None:
    art = newsclean.clean(page(line, where, lang))
    assert not kept(art, line)
    assert [r.kind for r in art.removed if r.text == line] == ["timestamp"]


@pytest.mark.parametrize("lang, line", [
    ("de", "Von Montag an gilt die neue Regel für alle Pendler in der Stadt."),
    ("de", "Am 12. März 2024 wurde von Maria Schulz ein Antrag gestellt, der die Stadt betrifft."),
    ("en", "Updated guidance was published by the ministry on 12 March, officials said."),
    ("en", "On March 12, 2024 the report by John Smith found 3 comments were deleted."),
    ("fr", "Le 12 mars 2024, le projet présenté par Jean Dupont a été adopté par le conseil."),
])
@pytest.mark.parametrize("where", ["head", "mid"])
def test_prose_with_a_date_and_a_name_stays(where: str, lang: str, line: str) -> None:
    art = newsclean.clean(page(line, where, lang))
    assert kept(art, line)
    assert art.authors == []


def test_a_credit_after_a_date_in_a_caption_names_no_author() -> None:
    # "…, on May 7, 2025. Photo by X": a word between the date and "by" (and a sentence end)
    def author(text: str) -> "str | None":
        got = timestamp.stamp_author(text, find_dates(text))
        return None if got is None else got[1]
    assert author("People at the market on May 7, 2025. Photo by Jane Roe /Agency") is None
    assert author("1. Januar 2016 von Kleine Monster Ein Kommentar") is None  # a counter, no name
    assert author("November 12th, 2012 @ 2:14pm (PT) by Rebecca Bollwitt") == "Rebecca Bollwitt"
    assert author("by Rebecca Bollwitt, November 12th, 2012") is None  # the joiner opens the line: byline's own
    assert timestamp.stamp_author("Reviewed by Jane Roe, MD 02/29/2024", find_dates("Reviewed by Jane Roe, MD 02/29/2024")) is None


def test_name_after_a_joiner_ends_the_line_or_a_part() -> None:
    rx = name_after(("von", "by", "door"))
    assert rx.search("… von Maria Schulz | 4 Kommentare").group("name") == "Maria Schulz"
    assert rx.search("… door Jan de Vries | 4 reacties").group("name") == "Jan de Vries"
    assert rx.search("the report by John Smith found it") is None  # runs on into a sentence
    assert rx.search("published by the ministry") is None  # no capitalised name


def test_vocabulary_is_data_per_language() -> None:
    assert "von" in STAMP_BY_JOINERS["de"] and "par" in STAMP_BY_JOINERS["fr"] and "przez" in STAMP_BY_JOINERS["pl"]
    assert "letzte aktualisierung" in UPDATED_LABELS_EU["de"]
    assert "dernière mise à jour" in UPDATED_LABELS_EU["fr"]
    # every joiner is lower case (matched ignoring case) and none opens a byline line on its own
    assert all(j == j.lower() for forms in STAMP_BY_JOINERS.values() for j in forms)
    assert timestamp._STAMP_BY.pattern == name_after(
        tuple(dict.fromkeys(j for forms in STAMP_BY_JOINERS.values() for j in forms))).pattern
    # the first look of the timestamp step lets every joiner through
    assert all(timestamp._STAMP_BY_MAY(f"12.03.2024 {j} Jane Doe") for forms in STAMP_BY_JOINERS.values() for j in forms)
