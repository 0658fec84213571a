"""newsclean.dates: the formats news pages write dates in, zones, relative stamps."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newsclean.dates import (
    date_in_url, find_date, find_dates, is_plausible, is_relative_date, parse_date, strip_dates, with_zone,
    zone_hours_for,
)

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize("text, want, precision", [
    ("2025-09-08 00:41:55", datetime(2025, 9, 8, 0, 41, 55), "second"),
    ("2025年9月8日 08:00", datetime(2025, 9, 8, 8, 0), "minute"),
    ("2025年09月08日08:00", datetime(2025, 9, 8, 8, 0), "minute"),
    ("发布时间：2024/3/5 下午3:20", datetime(2024, 3, 5, 15, 20), "minute"),
    ("2024.03.05 晚上9:05", datetime(2024, 3, 5, 21, 5), "minute"),
    ("2023年11月2日8时40分", datetime(2023, 11, 2, 8, 40), "minute"),
    ("2024年1月2日", datetime(2024, 1, 2), "day"),
    ("7/5/2005 9:23:57 PM", datetime(2005, 7, 5, 21, 23, 57), "second"),
    ("发表时间： 06/02/2022 - 13:48", datetime(2022, 2, 6, 13, 48), "minute"),  # CJK page: day first
    ("13.05.2024", datetime(2024, 5, 13), "day"),
    ("05/22/2024", datetime(2024, 5, 22), "day"),
    ("Sun, May 12, 2024", datetime(2024, 5, 12), "day"),
    ("8 September 2025", datetime(2025, 9, 8), "day"),
    ("8. September 2025", datetime(2025, 9, 8), "day"),
    ("8 de septiembre de 2025", datetime(2025, 9, 8), "day"),
    ("Nov. 18th 2019 12:12 pm", datetime(2019, 11, 18, 12, 12), "minute"),
    ("12:30 AM, Jan 3, 2021", datetime(2021, 1, 3, 0, 30), "minute"),
])
def test_formats(text: str, want: datetime, precision: str) -> None:
    found = find_dates(text)
    assert found, text
    assert found[0].value.replace(tzinfo=None) == want
    assert found[0].precision == precision


@pytest.mark.parametrize("text, offset_hours", [
    ("Published: Sept. 8, 2025 3:41 p.m. ET", -4),  # daylight saving time in September
    ("Dec. 8, 2025 3:41 p.m. ET", -5),
    ("May 20, 2024, 9:01 AM GMT+8", 8),
    ("Published: 00:24 BST, 13 May 2024", 1),
    ("2025-09-08T00:41:55+08:00", 8),
    ("2025-09-08T00:41:55Z", 0),
    ("2025年9月8日 08:00 北京时间", 8),
])
def test_explicit_zone(text: str, offset_hours: float) -> None:
    d = find_dates(text)[0]
    assert d.has_zone
    assert d.value.utcoffset() == timedelta(hours=offset_hours)


def test_time_before_the_date() -> None:
    d = find_dates("11:09 PM PDT • May 19, 2024")[0]
    assert d.value == datetime(2024, 5, 19, 23, 9, tzinfo=timezone(timedelta(hours=-7)))
    assert d.span == (0, len("11:09 PM PDT • May 19, 2024"))
    # the time of an earlier date is not borrowed
    two = find_dates("2024-05-01 10:00, May 3, 2024")
    assert [x.value for x in two] == [datetime(2024, 5, 1, 10, 0), datetime(2024, 5, 3)]


def test_glued_label_and_two_dates_in_a_line() -> None:
    got = find_dates("PublishedMay 21, 2024 4:41 PM GMT-4|UpdatedMay 21, 2024 4:43 PM GMT-4")
    assert [d.value.minute for d in got] == [41, 43]


@pytest.mark.parametrize("text", [
    "", "第3版", "价格为2000元", "编号 20250908", "Room 12, floor 3", "2025年", "05-04-25", "公元前221年",
    "电话 010-1234-5678", "Version 2.2020.1",
])
def test_no_full_date(text: str) -> None:
    assert find_date(text) is None


def test_month_only_is_found_but_marked() -> None:
    (d,) = find_dates("——《北京之春》1998年3月号")
    assert d.precision == "month" and not d.has_day
    assert find_date("Vol. 8 No. 2 (May 2018)") is None


def test_find_date_span() -> None:
    text = "记者 2025-09-08 10:00 报道"
    value, (start, end) = find_date(text)
    assert value == datetime(2025, 9, 8, 10, 0) and text[start:end] == "2025-09-08 10:00"


def test_parse_date_values() -> None:
    assert parse_date("2025-09-08T00:41:55Z") == datetime(2025, 9, 8, 0, 41, 55, tzinfo=timezone.utc)
    assert parse_date("2025-09-08 00:41:55", tz_hours=8) == datetime(2025, 9, 8, 0, 41, 55, tzinfo=CST)
    assert parse_date("Mon, 08 Sep 2025 10:00:00 GMT") == datetime(2025, 9, 8, 10, tzinfo=timezone.utc)
    assert parse_date("20250908", tz_hours=8) == datetime(2025, 9, 8, tzinfo=CST)
    assert parse_date("2025/09/08 10:00:00", tz_hours=None) == datetime(2025, 9, 8, 10)  # naive on request
    assert parse_date("1694131315") == datetime(2023, 9, 8, 0, 1, 55, tzinfo=timezone.utc)
    for junk in (None, "", "garbage", "not a date at all", "{}", "9" * 500):
        assert parse_date(junk) is None


def test_relative() -> None:
    for text in ("3小时前", "刚刚", "昨天 10:30", "2 hours ago", "yesterday", "5 mins ago"):
        assert is_relative_date(text), text
    assert not is_relative_date("2025-01-01")


def test_plausible() -> None:
    now = datetime(2025, 9, 10, tzinfo=timezone.utc)
    assert is_plausible(datetime(2025, 9, 8), now=now)
    assert not is_plausible(datetime(2026, 1, 1), now=now)  # the future
    assert not is_plausible(datetime(1901, 1, 1), now=now)  # an absurd year
    assert is_plausible(datetime(2025, 9, 11, tzinfo=CST), now=now)  # a day of slack


def test_url_dates() -> None:
    assert date_in_url("https://example.com/2005/07/31/story.html") == date(2005, 7, 31)
    assert date_in_url("http://example.com.cn/20050311/n224643115.shtml") == date(2005, 3, 11)
    assert date_in_url("http://example.cn/sm/2005-03-21/244339.shtml") == date(2005, 3, 21)
    assert date_in_url("http://example.cn/200502/article/2005-07/4651.htm") is None
    assert date_in_url("http://20050311.example.com/a") is None  # the host is not the path
    assert date_in_url(None) is None


def test_url_dates_written_day_first() -> None:
    assert date_in_url("https://example.de/meldungen/29-10-2021") == date(2021, 10, 29)
    assert date_in_url("https://example.de/artikel/bericht_vom_22.04.2020_zur_lage") == date(2020, 4, 22)
    assert date_in_url("https://example.de/a-12-05_2020") is None  # two kinds of separator: no date
    assert date_in_url("https://example.de/v1.22.04.2020") is None  # a version number's tail
    assert date_in_url("https://example.de/2020/05/06/29-10-2021") == date(2020, 5, 6)  # year first wins
    assert date_in_url("https://example.de/31-02-2021") is None  # no such day


def test_strip_dates_leaves_the_rest() -> None:
    assert strip_dates("2025-09-08 00:41:55").strip() == ""
    assert strip_dates("发布时间：2025-09-08 来源：新华网").replace(" ", "") == "发布时间：来源：新华网"
    assert strip_dates("Updated 4:14 AM EDT, Sun May 12, 2024").strip() == "Updated"


def test_zones_for_pages() -> None:
    class Opts:
        china_tz_hours = 8.0
        default_tz_hours = -5.0

    assert zone_hours_for("zh", Opts()) == 8.0
    assert zone_hours_for("zh-TW", Opts()) == 8.0
    assert zone_hours_for("en", Opts()) == -5.0
    assert zone_hours_for(None) is None  # no caller's zone: none is assumed
    aware = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert with_zone(aware, 8) is aware
    assert with_zone(datetime(2025, 1, 1), 8).utcoffset() == timedelta(hours=8)


def test_a_time_without_a_known_zone_stays_naive() -> None:
    wall = datetime(2025, 3, 4, 16, 19)
    assert with_zone(wall, None) == wall and with_zone(wall, None).tzinfo is None  # UTC is never invented
    assert with_zone(datetime(2025, 3, 4), None) == datetime(2025, 3, 4, tzinfo=timezone.utc)  # a day alone
    assert with_zone(wall, 0.0).utcoffset() == timedelta(0)  # a caller's explicit UTC is kept


def test_the_pages_own_offset_of_that_day() -> None:
    from newsclean.dates import attach_zone, page_offset

    east = timezone(timedelta(hours=-5))
    stamps = [datetime(2025, 3, 4, 17, 0, tzinfo=east), datetime(2025, 3, 9, 8, 0, tzinfo=timezone.utc)]
    wall = datetime(2025, 3, 4, 16, 19)
    assert page_offset(stamps, date(2025, 3, 4)) == east
    assert attach_zone(wall, None, stamps) == datetime(2025, 3, 4, 16, 19, tzinfo=east)
    assert attach_zone(wall, 1.0, stamps).utcoffset() == timedelta(hours=-5)  # the page's word beats a guess
    # another day, a UTC stamp, or offsets that disagree: no evidence
    assert attach_zone(datetime(2025, 3, 9, 8, 30), None, stamps).tzinfo is None
    assert page_offset(stamps + [datetime(2025, 3, 4, 9, 0, tzinfo=timezone(timedelta(hours=2)))],
                       date(2025, 3, 4)) is None
    assert attach_zone(datetime(2025, 3, 4), None, stamps) == datetime(2025, 3, 4, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, want, precision", [
    ("Veröffentlicht am 13. Mai 2026 um 15:44", datetime(2026, 5, 13, 15, 44), "minute"),
    ("Stand: 03.12.2026 14:05 Uhr", datetime(2026, 12, 3, 14, 5), "minute"),  # dotted: day first
    ("le 3 décembre 2026 à 14h05", datetime(2026, 12, 3, 14, 5), "minute"),
    ("3 de diciembre de 2026", datetime(2026, 12, 3), "day"),
    ("Do 25.04.24 | 14:07 Uhr", datetime(2024, 4, 25, 14, 7), "minute"),  # two-digit year before a time
    ("3 grudnia 2026 r.", datetime(2026, 12, 3), "day"),
    ("4 Mayıs 2025 Pazar", datetime(2025, 5, 4), "day"),
    ("3 dicembre 2026 ore 14:05", datetime(2026, 12, 3, 14, 5), "minute"),
    ("3 de dezembro de 2026 às 14h05", datetime(2026, 12, 3, 14, 5), "minute"),
    ("3. prosince 2026", datetime(2026, 12, 3), "day"),
    ("13.05.2024 um 10.15 Uhr", datetime(2024, 5, 13, 10, 15), "minute"),
    ("2026. december 3. 14:05", datetime(2026, 12, 3, 14, 5), "minute"),
    ("3 декабря 2026 в 14:05", datetime(2026, 12, 3, 14, 5), "minute"),
    ("3 Ιανουαρίου 2026", datetime(2026, 1, 3), "day"),
    ("12 maja 2024", datetime(2024, 5, 12), "day"),
])
def test_european_formats(text: str, want: datetime, precision: str) -> None:
    found = find_dates(text)
    assert found, text
    assert found[0].value.replace(tzinfo=None) == want
    assert found[0].precision == precision


@pytest.mark.parametrize("text", ["version 1.2.24 released", "the 2.5.24 release at 10:00", "самая 2024 года"])
def test_no_date_in_versions_or_inside_words(text: str) -> None:
    assert find_date(text) is None


def test_slashed_date_follows_the_callers_order() -> None:
    assert find_dates("03/12/2026")[0].value == datetime(2026, 3, 12)  # Latin text, no hint: month first
    assert find_dates("03/12/2026", day_first=True)[0].value == datetime(2026, 12, 3)


def test_zone_for_a_language_written_in_one_zone() -> None:
    from newsclean.dates import zone_for

    berlin = zone_for("de")
    assert with_zone(datetime(2025, 7, 1, 14, 5), berlin).utcoffset() == timedelta(hours=2)  # summer time
    assert with_zone(datetime(2025, 12, 1, 14, 5), berlin).utcoffset() == timedelta(hours=1)
    assert with_zone(datetime(2025, 12, 1), berlin).utcoffset() == timedelta(0)  # a date alone keeps its day
    assert zone_for("en") is None and zone_for("zh-CN") == 8.0  # English is written in many zones
    assert zone_for(None) is None


def test_dotted_time_after_a_joiner_but_never_a_second_date() -> None:
    assert find_dates("05.08.2024, kl. 13.05")[0].value == datetime(2024, 8, 5, 13, 5)
    assert [d.value for d in find_dates("05.08.2024, 13.05.2024")] == [datetime(2024, 8, 5), datetime(2024, 5, 13)]


def test_a_time_refines_a_date_alone_of_its_day() -> None:
    from newsclean.dates import time_of_day_of

    tokyo = timezone(timedelta(hours=9))
    timed = datetime(2019, 3, 5, 8, 15, tzinfo=tokyo)  # 2019-03-04 in UTC: days are read on each wall clock
    alone = datetime(2019, 3, 5, tzinfo=timezone.utc)
    assert time_of_day_of(timed, alone) is timed  # a date alone never takes the time away
    assert time_of_day_of(alone, timed) is timed  # a time refines the date
    assert time_of_day_of(None, alone) is None
    assert time_of_day_of(alone, datetime(2019, 3, 6, 8, 15, tzinfo=tokyo)) is None  # another day
    assert time_of_day_of(timed, datetime(2019, 3, 5, 9, 0, tzinfo=tokyo)) is None  # two times: the scores decide


def test_a_year_after_month_day_comma_may_run_into_a_counters_digits() -> None:
    from newsclean.dates import find_dates
    # "by Desk" + date + a view count glued on: the year is the first four digits after "Month D,"
    got = find_dates("by The DeskNovember 21, 202501747")
    assert [(m.value.date().isoformat(), m.precision) for m in got] == [("2025-11-21", "day")]
    assert find_dates("November 21,202501747")[0].value.year == 2025
    # without the comma the digits stay one number: no date
    assert find_dates("November 21 20251") == []
    assert find_dates("Page 3, 2024567") == []


@pytest.mark.parametrize("text, want", [
    ("7" * 40 + " hours ago", [(0, 50)]),           # a long count is read from its first digit
    ("ref 4471 3 hours ago", [(9, 20)]),             # a count after a number and a space still is
    ("posted 12hours ago", [(7, 18)]),
    ("vor " + "5" * 30, []),
])
def test_relative_count_opens_at_a_run_of_digits_start(text: str, want: list[tuple[int, int]]) -> None:
    from newsclean.dates import relative_spans
    assert relative_spans(text) == want
