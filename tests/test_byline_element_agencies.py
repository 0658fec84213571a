"""A byline element crediting a news agency beside the person ("Reuters, Jane Doe", "Jane Doe and AP")
names both; an agency the person worked "with" ("Von Jane Doe mit AP") is no author."""
from __future__ import annotations

import newsclean

PROSE = ("<p>Der Stadtrat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien und "
         "längere Betriebszeiten am Wochenende in der ganzen Region vorsieht.</p>" * 4)


def _page(byline: str) -> str:
    return ("<html><head><title>Stadtrat beschliesst Verkehrsplan</title></head><body><article>"
            "<h1>Stadtrat beschliesst Verkehrsplan</h1>" + byline + PROSE + "</article></body></html>")


def test_an_agency_before_the_person_in_a_byline_element() -> None:
    got = newsclean.clean(_page("<div class='article-authors'>Reuters, Marta Feldmann</div>")).authors
    assert sorted(got) == ["Marta Feldmann", "Reuters"]


def test_an_agency_joined_to_the_person_by_and() -> None:
    page = _page("<div class='byline'><a href='/team/tom-brandt'>Tom Brandt</a> and <span>AP</span></div>")
    assert sorted(newsclean.clean(page).authors) == ["AP", "Tom Brandt"]


def test_an_agency_the_person_worked_with_is_no_author() -> None:
    page = _page("<div class='article-contributors'>Von <a href='/p/1'>Marta Feldmann</a> mit <b>AP</b></div>")
    assert newsclean.clean(page).authors == ["Marta Feldmann"]
