"""newsclean.dates: numeric offsets after a space, German zone names, texts without a day."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsclean.dates import parse_date


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize("text, when", [
    ("Tue, 29 Nov 2016 15:26:00 -0500", datetime(2016, 11, 29, 15, 26, tzinfo=tz(-5))),   # RFC 2822
    ("2016-11-29 15:26:00 +0100", datetime(2016, 11, 29, 15, 26, tzinfo=tz(1))),
    ("29.11.2016, 15:26 Uhr MEZ", datetime(2016, 11, 29, 15, 26, tzinfo=tz(1))),
    ("29.07.2016, 15:26 Uhr MESZ", datetime(2016, 7, 29, 15, 26, tzinfo=tz(2))),
    ("Mon Aug 03 12:45:00 EDT 2015", datetime(2015, 8, 3, 12, 45, tzinfo=tz(-4))),
])
def test_zones_after_the_time(text: str, when: datetime) -> None:
    assert parse_date(text, tz_hours=None) == when


def test_a_range_of_hours_is_no_zone() -> None:
    assert parse_date("29.11.2016 10:00 - 1200 Gäste", tz_hours=None) == datetime(2016, 11, 29, 10, 0)


@pytest.mark.parametrize("text", ["2019", "2019-06", "June 2019", "2019/06"])
def test_no_day_is_no_date(text: str) -> None:
    # (a <time>2019</time> release year once became today's day and month in 2019)
    assert parse_date(text, tz_hours=None) is None


def test_a_utc_time_is_written_on_the_clock_of_the_pages_language() -> None:
    from newsclean.dates import on_page_clock

    berlin = ("Europe/Berlin", 1.0)
    late = datetime(2021, 11, 4, 23, 0, tzinfo=timezone.utc)
    assert on_page_clock(late, berlin) == late  # the same moment ...
    assert on_page_clock(late, berlin).utcoffset() == timedelta(hours=1)  # ... on the page's clock: 5 November
    summer = datetime(2021, 7, 4, 23, 30, tzinfo=timezone.utc)
    assert on_page_clock(summer, berlin).utcoffset() == timedelta(hours=2)
    assert on_page_clock(datetime(2021, 11, 4, tzinfo=timezone.utc), berlin) is None  # a date alone names its day
    assert on_page_clock(late, None) is None  # no zone known (an English page): UTC stays
    assert on_page_clock(datetime(2021, 11, 4, 23, 0, tzinfo=tz(1)), berlin) is None  # its own offset stays
    assert on_page_clock(datetime(2021, 11, 4, 23, 0), berlin) is None  # naive: the page's wall clock


def test_a_german_pages_utc_stamp_falls_on_its_local_day() -> None:
    import newsclean

    body = "".join(f"<p>Der Gemeinderat hat am Abend den neuen Verkehrsplan für die Innenstadt beschlossen, "
                   f"nach einer langen Debatte über Busse, Radwege und Parkplätze Nummer {i}.</p>" for i in range(4))
    page = ("<html lang='de'><head><meta property='article:published_time' content='2021-11-04T23:10:00Z'></head>"
            f"<body><article><h1>Gemeinderat beschließt den Verkehrsplan</h1>{body}</article></body></html>")
    art = newsclean.Cleaner().clean(page, "https://zeitung.example.de/lokales/verkehrsplan")
    assert art.published == datetime(2021, 11, 5, 0, 10, tzinfo=tz(1))


def test_a_utc_time_whose_element_shows_its_day_keeps_it() -> None:
    # the declaring <time> shows "04.11.2021" in its text: its readers saw the UTC day, not the 5th in Berlin
    import newsclean

    body = "".join(f"<p>Der Gemeinderat hat am Abend den neuen Verkehrsplan für die Innenstadt beschlossen, "
                   f"nach einer langen Debatte über Busse, Radwege und Parkplätze Nummer {i}.</p>" for i in range(4))
    for attrs in ("itemprop='datePublished'", "class='entry-date published'"):
        page = ("<html lang='de'><head></head><body><article><h1>Gemeinderat beschließt den Verkehrsplan</h1>"
                f"<p>Von Anna Beispiel <time {attrs} datetime='2021-11-04T23:10:00+00:00'>04.11.2021</time></p>"
                f"{body}</article></body></html>")
        art = newsclean.Cleaner().clean(page, "https://zeitung.example.de/lokales/verkehrsplan")
        assert art.published is not None and art.published.date().isoformat() == "2021-11-04", attrs


def test_an_iso_time_with_a_one_digit_field_keeps_its_zone() -> None:
    assert parse_date("2020-12-05T23:15:0Z", tz_hours=None) == datetime(2020, 12, 5, 23, 15, tzinfo=timezone.utc)
    assert parse_date("2020-12-05T9:05:07+01:00", tz_hours=None) == datetime(2020, 12, 5, 9, 5, 7, tzinfo=tz(1))
