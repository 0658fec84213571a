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
