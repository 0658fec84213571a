"""Bylines naming the writer by a newsroom role or (Greek) a genitive article before the name, job titles of
more languages after the name, and a byline element's lower-case words in accented Latin, Cyrillic or
Greek (a role, a place) that name no one."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import strip_role
from newsclean.plugins.declared.people import _clean_name

BODY = ("<p>The harbour council met on a grey morning to discuss the new ferry timetable, the cost of the "
        "repairs to the old pier and the plans for a second landing stage next spring.</p>") * 2


def page(line: str, cls: str = "") -> bytes:
    attr = f' class="{cls}"' if cls else ""
    return (f"<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1>"
            f"<p{attr}>{line}</p><p>12.03.2024</p>{BODY}</article></body></html>").encode()


@pytest.mark.parametrize("line, want", [
    ("Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
    ("Της Μαρίας Νικολάου", ["Μαρίας Νικολάου"]),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("oprac. Jan Kowalski", ["Jan Kowalski"]),
    ("dal nostro inviato Mario Rossi", ["Mario Rossi"]),
    ("Door onze redacteur Jan de Vries", ["Jan de Vries"]),
    ("De notre correspondant Jean Dupont", ["Jean Dupont"]),
    ("Von unserem Korrespondenten Max Beispiel", ["Max Beispiel"]),
])
@pytest.mark.parametrize("cls", ["", "byline"])
def test_role_and_article_openers(line: str, want: list[str], cls: str) -> None:
    art = newsclean.clean(page(line, cls))
    assert art.authors == want
    assert line not in art.text


@pytest.mark.parametrize("line", ["Της άρεσε πολύ η θάλασσα", "dal nostro inviato a Kiev"])
def test_an_opener_before_no_name_gives_no_author(line: str) -> None:
    assert newsclean.clean(page(line)).authors == []


@pytest.mark.parametrize("line, want", [
    ("Jan Kowalski, korespondent w Brukseli", ["Jan Kowalski"]),
    ("Autor: Jan Kowalski – dziennikarz", ["Jan Kowalski"]),
    ("Jan Novák, zpravodaj v Bruselu", ["Jan Novák"]),
    ("Иван Петров – корреспондент в Брюсселе", ["Иван Петров"]),
    ("Автор: Иван Петров – обозреватель", ["Иван Петров"]),
    ("Jean Dupont, correspondant à Bruxelles", ["Jean Dupont"]),
    ("Иван Петров, специальный корреспондент", ["Иван Петров"]),
    ("Γιώργος Παπαδόπουλος, ανταποκριτής στις Βρυξέλλες", ["Γιώργος Παπαδόπουλος"]),
])
def test_a_role_after_the_name_names_no_one(line: str, want: list[str]) -> None:
    assert newsclean.clean(page(line, "byline")).authors == want


def test_roles_of_more_languages_are_stripped() -> None:
    assert strip_role("Jan Kowalski Redaktor") == "Jan Kowalski"
    assert strip_role("Jan Kowalski, korespondent w Brukseli") == "Jan Kowalski"
    assert strip_role("Иван Петров – корреспондент в Брюсселе") == "Иван Петров"


def test_lower_case_words_of_cased_scripts_are_no_name() -> None:
    assert _clean_name("correspondant à Bruxelles") is None
    assert _clean_name("специальный корреспондент") is None
    assert _clean_name("Jean-Marie d’Ormesson") == "Jean-Marie d’Ormesson"  # (an elided particle)
    assert _clean_name("José de la Peña") == "José de la Peña"
    assert _clean_name("王小明") == "王小明"  # (no case: no test)


@pytest.mark.parametrize("line, want", [
    ("Text &amp; Fotos: Ivan Beispiel", ["Ivan Beispiel"]),
    ("Text und Bilder: Ivan Beispiel", ["Ivan Beispiel"]),
    ("Texte et photos : Jean Dupont", ["Jean Dupont"]),
    ("Texto y fotos: María García", ["María García"]),
])
@pytest.mark.parametrize("cls", ["", "byline"])
def test_one_label_for_the_text_and_the_pictures(line: str, want: list[str], cls: str) -> None:
    assert newsclean.clean(page(line, cls)).authors == want  # (never the label's first word, "Text")
