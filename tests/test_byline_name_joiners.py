"""Several authors in one byline joined by the language's "and" (data: authors.NAME_JOINERS): Czech and Slovak
"a", Finnish and Estonian "ja", Romanian "și", Hungarian "és", Cyrillic "и"/"та", Greek "και" beside the
joiners read before ("und", "et", "y", "og" ...)."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import NAME_JOINERS

PROSE = ("<p>The old harbour bridge will close for six weeks from Monday while engineers replace the worn bearings "
         "under its central span, the council said on Thursday.</p><p>Drivers will be sent along the ring road, "
         "which adds about ten minutes to a trip into the town centre at busy times.</p><p>Shopkeepers on the "
         "quay said they feared fewer visitors during the works but welcomed the promise of a quick reopening.</p>")


def _authors(lang: str, byline: str) -> list[str]:
    html = (f'<html lang="{lang}"><head><title>Bridge</title></head><body><article><h1>Harbour bridge closes</h1>'
            f"<p>{byline}</p>{PROSE}</article></body></html>")
    return newsclean.clean(html.encode()).authors


@pytest.mark.parametrize("lang, byline, want", [
    ("cs", "Autor: Petra Vlnková a Jan Kosař", ["Petra Vlnková", "Jan Kosař"]),
    ("sk", "Autor: Ján Lipták a Eva Zelená", ["Ján Lipták", "Eva Zelená"]),
    ("fi", "Teksti: Matti Kuusela ja Liisa Harjula", ["Matti Kuusela", "Liisa Harjula"]),
    ("et", "Autor: Mari Kuusk ja Jaan Sepp", ["Mari Kuusk", "Jaan Sepp"]),
    ("ro", "Autori: Ion Brădescu și Maria Vornicu", ["Ion Brădescu", "Maria Vornicu"]),
    ("hu", "Szerzők: Kovács Anna és Halmi Péter", ["Kovács Anna", "Halmi Péter"]),
    ("bg", "Автор: Иван Стоянов и Мария Пенева", ["Иван Стоянов", "Мария Пенева"]),
    ("uk", "Автор: Іван Гнатюк та Олена Ярош", ["Іван Гнатюк", "Олена Ярош"]),
    ("el", "Γράφει: Γιώργος Λαμπρίδης και Μαρία Σταθάκη", ["Γιώργος Λαμπρίδης", "Μαρία Σταθάκη"]),
    # the joiners read before stay
    ("de", "Von Anna Brenner, Jonas Kalter und Eva Rothe", ["Anna Brenner", "Jonas Kalter", "Eva Rothe"]),
    ("fr", "Par Marie Duclos et Luc Verlaine", ["Marie Duclos", "Luc Verlaine"]),
])
def test_names_joined_by_the_languages_and(lang: str, byline: str, want: list[str]) -> None:
    assert _authors(lang, byline) == want


def test_a_capital_letter_is_an_initial_not_a_joiner() -> None:
    assert _authors("cs", "Autor: Petra A. Vlnková") == ["Petra A. Vlnková"]


def test_the_joiners_are_data_per_language() -> None:
    assert "a" in NAME_JOINERS["cs"] and "ja" in NAME_JOINERS["fi"] and "und" in NAME_JOINERS["de"]
    assert "in" not in NAME_JOINERS.get("sl", ())  # (English "in" before a place: no joiner)
