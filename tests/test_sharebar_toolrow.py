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
