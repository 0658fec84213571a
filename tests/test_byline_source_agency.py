"""A source or copyright line crediting a news agency ("Quelle: dpa", "© AFP") in the article's header or
among its last lines: the agency is credited as the author when no one else is, below any person."""
from __future__ import annotations

import newsclean

PROSE = ("<p>Der Stadtrat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien und "
         "längere Betriebszeiten am Wochenende in der ganzen Region vorsieht.</p>" * 4)


def _page(header: str = "", closing: str = "", byline: str = "") -> str:
    return ("<html><head><title>Stadtrat beschliesst Verkehrsplan</title></head><body><article>"
            "<h1>Stadtrat beschliesst Verkehrsplan</h1><p><time>14.03.2025</time></p>" + header + byline + PROSE
            + closing + "</article></body></html>")


def test_a_source_line_naming_an_agency_in_the_header_credits_it() -> None:
    assert newsclean.clean(_page(header="<p>Quelle: dpa Sport</p>")).authors == ["dpa"]


def test_a_copyright_line_closing_the_body_credits_the_agencies() -> None:
    assert newsclean.clean(_page(closing="<p>© AFP/dpa</p>")).authors == ["AFP", "dpa"]


def test_a_source_naming_no_agency_credits_no_one() -> None:
    assert newsclean.clean(_page(closing="<p>Quelle: Statistisches Landesamt</p>")).authors == []
    assert newsclean.clean(_page(closing="<p>© 2025 Beispiel Verlag</p>")).authors == []


def test_a_person_in_the_byline_wins_over_the_agency() -> None:
    art = newsclean.clean(_page(closing="<p>Quelle: dpa</p>", byline="<p class='byline'>Von Marta Feldmann</p>"))
    assert art.authors == ["Marta Feldmann"]


def test_a_copyright_line_in_the_header_is_a_pictures_credit() -> None:
    assert newsclean.clean(_page(header="<p>© AFP</p>")).authors == []
