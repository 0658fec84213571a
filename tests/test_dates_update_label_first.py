"""A stamp line giving an update's date before the publication's: an update's label ending in a word that
labels a publication too (French "Mis à jour le" ends in "le") is an update's, and German says the first
publication in one word ("Erstveröffentlichung")."""
from __future__ import annotations

from datetime import date

import pytest

import newsclean

PROSE = {
    "fr": ("<p>Le conseil municipal a adopté mardi le nouveau plan de transport, qui ajoute des lignes de bus "
           "et prolonge les horaires du week-end dans toute la région.</p>" * 3),
    "de": ("<p>Der Gemeinderat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien "
           "und längere Fahrzeiten am Wochenende für die ganze Region vorsieht.</p>" * 3),
}


def _published(lang: str, line: str) -> date:
    page = (f"<html lang='{lang}'><head><title>Le plan de transport</title></head><body><article>"
            f"<h1>Le plan de transport</h1><p>{line}</p>{PROSE[lang]}</article></body></html>")
    return newsclean.clean(page).published.date()


@pytest.mark.parametrize("lang, line", [
    ("fr", "Mis à jour le 05/03/2021 à 12h00 | Publié le 01/03/2021 à 10h00"),
    ("fr", "Publié le 01/03/2021 à 10h00, mis à jour le 05/03/2021 à 12h00"),
    ("de", "Zuletzt aktualisiert: 05.03.2021 – Erstveröffentlichung: 01.03.2021"),
    ("de", "Aktualisiert am 05.03.2021, 12:00 Uhr · erstmals veröffentlicht am 01.03.2021, 10:00 Uhr"),
])
def test_the_publication_wins_over_the_update_on_one_line(lang: str, line: str) -> None:
    assert _published(lang, line) == date(2021, 3, 1)


def test_an_update_alone_still_dates_the_page() -> None:
    assert _published("fr", "Mis à jour le 05/03/2021 à 12h00") == date(2021, 3, 5)
