"""Job titles after a name in more languages ("– Journalist", Scandinavian and Dutch titles), with the place
the person is posted to ("– Journalist i Paris", "Korrespondentin in Rom"), and byline boxes holding one
author each with a job title beside the name."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import ROLE_PLACE_JOINERS, strip_role

PROSE_NO = ("<p>Bystyret vedtok tirsdag den nye transportplanen, som gir flere bussruter og lengre åpningstider "
            "i helgene i hele regionen, opplyser kommunen.</p>") * 4


def test_the_place_joiners_are_grouped_by_language_and_lower_case() -> None:
    assert {"en", "de", "fr", "no", "sv"} <= set(ROLE_PLACE_JOINERS)
    for words in ROLE_PLACE_JOINERS.values():
        assert words and all(w == w.lower() and w.strip() == w for w in words)


@pytest.mark.parametrize("value, name", [
    ("Mathias Berg – Journalist", "Mathias Berg"),
    ("Kari Nordmann – Journalist i Paris", "Kari Nordmann"),
    ("Anna Svensson, reporter på Gotland", "Anna Svensson"),
    ("Anna Schmidt, Korrespondentin in Rom", "Anna Schmidt"),
    ("Jane Doe, Correspondent in New Delhi", "Jane Doe"),
    ("Marie Dupont | Journaliste à Paris", "Marie Dupont"),
    ("Jan Jansen, verslaggever", "Jan Jansen"),
    ("Jane Doe – Journalist in the city", "Jane Doe – Journalist in the city"),  # (no place's capital)
    ("Journalist i Paris", "Journalist i Paris"),                               # (only a role: no name left)
])
def test_a_job_title_and_its_posting_after_the_name_go(value: str, name: str) -> None:
    assert strip_role(value) == name


def test_a_byline_box_of_one_element_per_author_each_with_a_job_title_beside_it() -> None:
    def author(name: str, role: str) -> str:
        return (f"<div class='author widget'><div class='author__image'><img src='a.jpg' alt=''></div>"
                f"<div class='author__body'><a class='author__name' href='mailto:x@example.org'>{name}"
                f"<span class='sr-only'> – {role}</span></a><span class='author__role'>{role}</span></div></div>")
    title = "Bystyret vedtok transportplanen"
    page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            "<div class='article-header-sidebar'><div class='authors'>" + author("Kari Nordmann", "Journalist")
            + author("Ola Hansen", "Journalist i Bergen") + "</div></div>" + PROSE_NO + "</article></body></html>")
    art = newsclean.clean(page)
    assert art.authors == ["Kari Nordmann", "Ola Hansen"]



def test_teasers_each_with_its_author_are_no_byline_box_of_several_authors() -> None:
    # (the wrapper of a teaser's author holds its headline: too much to be one author's box)
    items = "".join(f"<li><div class='img'><a href='/s{i}'><div class='pic'></div></a></div><p><a href='/s{i}'>"
                    f"Another story about the city budget and its many open questions {i}</a></p>"
                    f"<span class='preview__author'><a href='/a{i}'>{name}</a></span></li>"
                    for i, name in enumerate(("Kari Nordmann", "Ola Hansen", "Per Olsen")))
    title = "Bystyret vedtok transportplanen"
    page = (f"<html><head><title>{title}</title></head><body><div class='main'><h1>{title}</h1>" + PROSE_NO
            + "</div><div class='left_block'><div class='left_more'><ul>" + items + "</ul></div></div></body></html>")
    art = newsclean.clean(page)
    assert len(art.authors) <= 1
