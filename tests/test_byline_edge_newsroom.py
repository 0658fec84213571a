"""A newsroom's or a news agency's name alone closing the article body ("XY-Redaktion") signs it when
no one else is credited: the organisation is the author and the line leaves the body, recorded."""
from __future__ import annotations

import newsclean

PROSE = ("<p>Der Stadtrat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien und "
         "längere Betriebszeiten am Wochenende in der ganzen Region vorsieht.</p>" * 4)


def _page(closing: str, byline: str = "") -> str:
    return ("<html><head><title>Stadtrat beschliesst Verkehrsplan</title></head><body><article>"
            "<h1>Stadtrat beschliesst Verkehrsplan</h1><p><time>14.03.2025</time></p>" + byline + PROSE
            + closing + "<p><b>Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns mit einer "
            "<a href='/spende'>Spende</a>.</b></p></article></body></html>")


def test_a_newsroom_signing_the_article_is_its_author() -> None:
    art = newsclean.clean(_page("<p><em>MZ-Redaktion</em></p>"))
    assert art.authors == ["MZ-Redaktion"]
    assert "MZ-Redaktion" not in art.text
    assert any(r.kind == "byline" and "newsroom" in r.reason for r in art.removed)


def test_an_agency_signing_the_article_is_its_author() -> None:
    assert newsclean.clean(_page("<p>(dpa)</p>")).authors == ["dpa"]


def test_a_person_named_in_the_byline_wins() -> None:
    art = newsclean.clean(_page("<p><em>MZ-Redaktion</em></p>", "<p class='byline'>Von Marta Feldmann</p>"))
    assert art.authors == ["Marta Feldmann"]


def test_a_newsroom_word_alone_or_in_a_sentence_names_no_one() -> None:
    assert newsclean.clean(_page("<p><em>Redaktion</em></p>")).authors == []
    assert newsclean.clean(_page("<p>Mehr aus der Redaktion</p>")).authors == []
