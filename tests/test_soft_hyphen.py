"""Soft hyphens (``&shy;``, U+00AD) mark where a browser may break a word: the text drops them.

German pages hyphenate long words this way (``Wirt&shy;schaft``); kept, every such word reads as
two or three words to a reader of the text and no phrase search finds it.
"""
from __future__ import annotations

import newsclean
from newsclean.text import normalize_space

SENTENCE = ("Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus&shy;hän&shy;ge&shy;schild der "
            "Süd&shy;ti&shy;ro&shy;ler Wirt&shy;schaft, schrieb die Chronik des Dorfes im Jahr 1931. ")


def _page(body: str) -> str:
    return ("<html><head><title>Wein&shy;kultur in Süd&shy;tirol</title></head><body><article>"
            f"<h1>Wein&shy;kultur in Süd&shy;tirol</h1>{body}</article></body></html>")


def test_soft_hyphens_leave_the_paragraphs_and_the_title():
    art = newsclean.clean(_page("".join(f"<p>{SENTENCE * 2}</p>" for _ in range(4))))
    assert "\u00ad" not in art.text
    assert "Mittelalter war der Wein das Aushängeschild der Südtiroler Wirtschaft" in art.text
    assert art.title == "Weinkultur in Südtirol"


def test_soft_hyphens_leave_table_cells_and_text_dumps():
    table = "<table><tr><th>Jahr</th><th>Ge&shy;samt&shy;menge</th></tr><tr><td>2021</td><td>12</td></tr></table>"
    art = newsclean.clean(_page("".join(f"<p>{SENTENCE * 2}</p>" for _ in range(3)) + table))
    assert "Jahr | Gesamtmenge" in art.text
    dump = "\n\n".join([SENTENCE.replace("&shy;", "\u00ad") * 2] * 4)
    art = newsclean.clean(dump, input_kind="text")
    assert "\u00ad" not in art.text and "Südtiroler Wirtschaft" in art.text


def test_other_invisible_characters_are_not_taken_for_soft_hyphens():
    # The zero-width non-joiner is a letter's shape in Persian and stays; a plain hyphen stays.
    assert normalize_space("می\u200cخواهم") == "می\u200cخواهم"
    assert normalize_space("Süd-\u00adTirol") == "Süd-Tirol"
