"""newsclean.dates: the cheap first looks before the date patterns say "no date" only where the patterns find none."""
from __future__ import annotations

from datetime import datetime

import pytest

from newsclean import dates
from newsclean.dates import MONTHS, find_dates, find_yearless

# invented stamp lines and sentences, some with a month name, some glued, some with none
LINES = [
    "24. Oktober, 15:26",
    "Jane Roe — 24 жовтня, 15:26",
    "October 24, 3:26 pm",
    "PublishedOctober 24, 3:26 pm",
    "UpdatedMarch 3 at 09:15",
    "Storms ease after 10 p.m. in the hills",
    "Storms ease by about 10 p.m. in the hills",  # (a name inside a word: the pattern reads "out 10")
    "The parade is set 4 10:30 sharp",
    "Tulips bloom 12 days after the thaw, 08:00",
    "Read by 200 people",
    "3 de marzo 10:00",
    "Doe | Nov. 7 11:45 AM",
]


def _reads_month(text: str) -> bool:
    """Whether the yearless pattern itself reads a month name somewhere in ``text`` (the slow way)."""
    for m in dates._YEARLESS.finditer(text):
        word = (m.group("mon") or m.group("mon2")).lower().rstrip(".")
        if word in MONTHS:
            return True
    return False


@pytest.mark.parametrize("text", LINES)
def test_yearless_first_look_lets_every_month_through(text: str) -> None:
    if _reads_month(text):
        assert dates._may_yearless(text), text


def test_yearless_first_look_says_no_without_month() -> None:
    assert not dates._may_yearless("Read by 200 people")
    assert find_yearless("Read by 200 people at 10:30") == []


@pytest.mark.parametrize("text, month, day, hour, minute", [
    ("24. Oktober, 15:26", 10, 24, 15, 26),
    ("PublishedOctober 24, 3:26 pm", 10, 24, 15, 26),
    ("UpdatedMarch 3 at 09:15", 3, 3, 9, 15),
])
def test_yearless_still_read(text: str, month: int, day: int, hour: int, minute: int) -> None:
    found = find_yearless(text)
    assert found, text
    v = found[0].value
    assert (v.month, v.day, v.hour, v.minute) == (month, day, hour, minute)


def test_time_before_date_still_read_and_none_without_digit() -> None:
    got = find_dates("11:09 PM PDT • May 19, 2024")
    assert got and got[0].span[0] == 0 and got[0].value.hour == 23
    text = "Written by Jane Roe on May 19, 2024"
    got = find_dates(text)
    assert got and got[0].value.replace(tzinfo=None) == datetime(2024, 5, 19)
    assert got[0].precision == "day" and got[0].span[0] == text.index("May")


def test_families_run_by_what_the_text_holds() -> None:
    # one line holding a numeric, a month-name and a Chinese date: each family's pattern still runs
    text = "2024-03-05 / 7 March 2024 / 2024年3月9日"
    days = [d.value.day for d in find_dates(text)]
    assert days == [5, 7, 9]


@pytest.mark.parametrize("text, month, day", [
    ("12 EKİM 2024", 10, 12),  # Turkish capitals: İ lower-cases with a combining dot
    ("NİSAN 5, 2024", 4, 5),
])
def test_dotted_capital_i_in_a_month_name_is_read_not_an_error(text: str, month: int, day: int) -> None:
    found = find_dates(text)
    assert found, text
    assert (found[0].value.month, found[0].value.day) == (month, day)
