"""European stamps and bylines as pages write them: a day's dot running into its month ("8.Dezember 2010"),
a button whose label and name are two pieces, and JSON-LD people declared as a list of names, by given and
family name, or by a reference to a node declared elsewhere on the page."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

import newsclean
from newsclean.dates import find_dates, find_yearless
from newsclean.plugins import htmlmeta

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


@pytest.mark.parametrize("text, day", [
    ("8.Dezember 2010", datetime(2010, 12, 8)),                # German, no space after the day's dot
    ("Berlin, 08.März 2021", datetime(2021, 3, 8)),
    ("le 12.janvier 2020", datetime(2020, 1, 12)),              # French
    ("3.Dez.2019", datetime(2019, 12, 3)),                      # an abbreviation's dot into its year
    ("8. Dezember 2010", datetime(2010, 12, 8)),               # (with the space: as before)
    ("1º de dezembro de 2008", datetime(2008, 12, 1)),          # Portuguese, an ordinal sign after the day
    ("1° dicembre 2008", datetime(2008, 12, 1)),                # Italian
    ("08-Dec-2008", datetime(2008, 12, 8)),                     # dashes between day, month and year
])
def test_a_day_dot_glued_to_its_month_is_a_day(text: str, day: datetime) -> None:
    found = find_dates(text)
    assert [(d.value, d.precision) for d in found] == [(day, "day")]


def test_a_glued_day_takes_the_time_after_it() -> None:
    (d,) = find_dates("Aktualisiert am 1.Mai 2019, 10:05 Uhr")
    assert d.value == datetime(2019, 5, 1, 10, 5)


def test_a_glued_day_without_a_year_before_a_time() -> None:
    (d,) = find_yearless("8.Dezember, 10:05 Uhr")
    assert (d.value.month, d.value.day, d.value.hour) == (12, 8, 10)


def test_a_page_stamp_with_a_glued_day() -> None:
    page = ("<html><head><title>Council approves the transit plan</title></head><body><article>"
            "<h1>Council approves the transit plan</h1><p>Stand: 8.Dezember 2010</p>" + PROSE
            + "</article></body></html>")
    assert newsclean.clean(page).published.date() == datetime(2010, 12, 8).date()


def test_a_button_label_and_name_in_two_pieces() -> None:
    page = ("<html><head><title>Council approves the transit plan</title></head><body><article>"
            "<h1>Council approves the transit plan</h1>"
            "<p><button type='button'><span>Articles by</span><span>Maria Jensen</span></button></p>"
            + PROSE + "</article></body></html>")
    assert newsclean.clean(page).authors == ["Maria Jensen"]


def _ld(*objs: object) -> str:
    head = "".join(f"<script type='application/ld+json'>{json.dumps(o)}</script>" for o in objs)
    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{PROSE}</body></html>"
    return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page).authors


ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves the plan",
           "datePublished": "2021-03-04T10:00:00+01:00"}


def test_a_person_whose_name_is_a_list_names_each() -> None:
    assert _ld({**ARTICLE, "author": {"@type": "Person", "name": ["Anna Muster", "Max Beispiel"]}}) \
        == ["Anna Muster", "Max Beispiel"]


def test_a_person_by_given_and_family_name() -> None:
    assert _ld({**ARTICLE, "author": {"@type": "Person", "givenName": "Anna", "familyName": "Muster"}}) \
        == ["Anna Muster"]


def test_an_author_given_by_reference_to_another_node() -> None:
    person = {"@context": "https://schema.org", "@type": "Person", "@id": "#anna", "name": "Anna Muster"}
    assert _ld({**ARTICLE, "author": [{"@id": "#anna"}]}, person) == ["Anna Muster"]


def test_a_reference_to_an_organisation_reads_as_the_organisation_written_inline() -> None:
    org = {"@type": "Organization", "@id": "#org", "name": "Beispiel Zeitung"}
    inline = _ld({**ARTICLE, "author": {"@type": "Organization", "name": "Beispiel Zeitung"}})
    assert _ld({**ARTICLE, "author": {"@id": "#org"}}, {"@context": "https://schema.org", **org}) == inline


def test_a_reference_in_a_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {**ARTICLE, "author": {"@id": "https://example.org/#/person/1"}},
        {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Anna Muster"}]}
    assert _ld(graph) == ["Anna Muster"]


@pytest.mark.parametrize("text", ["3-4-Dec-2008", "ISBN 978-3-Dec-2008"])
def test_a_dashed_day_after_another_number_is_no_date(text: str) -> None:
    assert find_dates(text) == []
