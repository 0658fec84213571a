"""A tool row of a comment button and a print button."""
from __future__ import annotations

import pytest

from newsclean.plugins.sharebar import is_share_line


@pytest.mark.parametrize("text", ["Kommentare Drucken", "Commentaires Imprimer", "Comentarios Imprimir",
                                  "Kommentarer Skriv ut", "Comments Print"])
def test_comment_and_print_buttons_make_a_row(text: str) -> None:
    assert is_share_line(text)


@pytest.mark.parametrize("text", ["Kommentare", "Kommentare und Drucken", "Kommentare der Leser",
                                  "Commentaires"])
def test_a_comment_word_alone_or_in_a_phrase_is_no_row(text: str) -> None:
    assert not is_share_line(text)


@pytest.mark.parametrize("text", ["In Pocket speichern Vorlesen Druckansicht", "Drucken Vorlesen", "Artikel anhören",
                                  "Écouter Partager", "Versione stampabile", "Stampa Ascolta", "Printen Voorlezen"])
def test_read_aloud_and_print_view_buttons_make_a_row(text: str) -> None:
    assert is_share_line(text)


@pytest.mark.parametrize("text", ["Vorlesen", "Speichern", "Wir wollen vorlesen und speichern",
                                  "Die Kinder hören beim Vorlesen zu", "Écouter"])
def test_a_read_aloud_word_alone_or_in_prose_is_no_row(text: str) -> None:
    assert not is_share_line(text)


def test_a_share_label_ending_in_a_colon_is_a_row_but_a_sentence_using_its_words_is_not() -> None:
    assert is_share_line("Share this on:")
    assert not is_share_line("We share this on the website every day")
