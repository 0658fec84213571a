"""The lead paragraph's dateline with its place (and agency) before the date, a full stop after it; a date's
year mark before its time ("12 marca 2024 r., 14:05")."""
from __future__ import annotations

from datetime import datetime

import pytest

import newsclean
from newsclean.dates import find_dates
from newsclean.plugins import timestamp, title

LEAD_DE = ("Bei der Erinnerung an die Verfolgten des Regimes waren viele Gruppen lange nicht sichtbar, sagte die "
           "Historikerin am Donnerstag in der Gedenkstätte vor zahlreichen Gästen aus der ganzen Region.")
LEAD_EN = ("The harbour council met on a grey morning to discuss the new ferry timetable, the cost of the repairs "
           "to the old pier and the plans for a second landing stage next spring.")
BODY_EN = ("The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends.")


def clean(lines: list[str]) -> newsclean.Article:
    cleaner = newsclean.Cleaner(plugins=[title, timestamp], entry_points=False)
    return cleaner.clean("\n".join(lines), None, input_kind="text")


@pytest.mark.parametrize("lead, day", [
    ("Berlin, 27.1.2022 – " + LEAD_DE, datetime(2022, 1, 27)),
    ("FRANKFURT (dpa), 27. Januar 2022 – " + LEAD_DE, datetime(2022, 1, 27)),
    ("Frankfurt am Main, 27.01.2022: " + LEAD_DE, datetime(2022, 1, 27)),
    ("BERLIN (dpa), 27. Januar 2022. " + LEAD_DE, datetime(2022, 1, 27)),
    ("27.1.2022. " + LEAD_DE, datetime(2022, 1, 27)),
    ("LONDON, Jan. 27, 2022 — " + LEAD_EN, datetime(2022, 1, 27)),
])
def test_a_dateline_with_its_place_dates_the_article(lead: str, day: datetime) -> None:
    art = clean(["Gedenken an die Verfolgten", lead, BODY_EN])
    assert art.published is not None and art.published.date() == day.date()
    assert lead in [p.text for p in art.paragraphs]  # the paragraph is kept


@pytest.mark.parametrize("lines", [
    # a sentence naming a day, no place before it
    ["Gedenken an die Verfolgten", "Am Donnerstag, 27.1.2022 war es kalt. " + LEAD_DE, BODY_EN],
    ["Gedenken an die Verfolgten", "Wie die Stadt am 27.1.2022 – also gestern – mitteilte, " + LEAD_DE, BODY_EN],
    # a place of many words, or with a figure: a sentence
    ["Gedenken an die Verfolgten", "In der Stadt mit den vielen Brücken, 27.1.2022 – " + LEAD_DE, BODY_EN],
    # not the lead paragraph
    ["Gedenken an die Verfolgten", LEAD_DE, "Berlin, 27.1.2022 – " + LEAD_DE],
])
def test_other_dates_opening_prose_are_no_dateline(lines: list[str]) -> None:
    assert clean(lines).published is None


@pytest.mark.parametrize("text, hour", [
    ("12 marca 2024 r., 14:05", 14),
    ("12 марта 2024 г., 14:05", 14),
    ("12 марта 2024 года в 14:05", 14),
    ("12 березня 2024 р., 09:30", 9),
])
def test_a_year_mark_before_the_time(text: str, hour: int) -> None:
    found = find_dates(text)
    assert found and found[0].value.date() == datetime(2024, 3, 12).date()
    assert found[0].value.hour == hour and found[0].precision != "day"
