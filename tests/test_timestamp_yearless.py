"""A stamp under the title written without a year ("24. Oktober, 15:26", "October 24, 3:26 pm") takes the one
year the page gives of itself (its copyright line's last year, its address's year) when nothing else dates the
page; several years, or none, leave it undated. A byline line whose stamp follows the post's category list
after a separator ("By Jane Doe, in News, Travel · 31 Jan 2025, 20:02") dates the page."""
from __future__ import annotations

import newsclean
from newsclean.dates import find_dates, find_yearless
from newsclean.plugins import timestamp

PROSE = ("<p>The harbour board agreed on Monday to widen the northern quay, which will let larger ferries dock "
         "and shorten the queues of lorries waiting on the coast road every morning.</p>" * 4)


def _page(header: str, footer: str = "") -> str:
    return ("<html><head><title>Harbour board widens the quay</title></head><body><div>"
            "<h1>Harbour board widens the quay</h1>" + header + PROSE + "</div>"
            "<footer>" + footer + "</footer></body></html>")


def test_yearless_dates_are_read_with_their_time() -> None:
    got = find_yearless("Anna Beispiel — 24. Oktober, 15:26")
    assert [(d.value.month, d.value.day, d.value.hour, d.value.minute) for d in got] == [(10, 24, 15, 26)]
    got = find_yearless("October 24, 3:26 pm")
    assert [(d.value.month, d.value.day, d.value.hour) for d in got] == [(10, 24, 15)]
    assert find_yearless("24 October 2024, 15:26") == []  # (a year: no yearless date)
    assert find_yearless("24 October") == []  # (no time of day: a date only, maybe of anything)


def test_the_copyright_year_dates_a_yearless_stamp() -> None:
    art = newsclean.clean(_page("<p>Anna Beispiel — 24. Oktober, 15:26</p>", "<p>© 2005-2025 Hafenblatt</p>"))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day, art.published.hour) == (2025, 10, 24, 15)


def test_the_addresss_year_dates_a_yearless_stamp() -> None:
    art = newsclean.clean(_page("<p>October 24, 3:26 pm</p>"), url="https://example.org/2024/harbour/quay")
    assert art.published is not None and art.published.date().isoformat() == "2024-10-24"


def test_two_years_or_none_leave_a_yearless_stamp_undated() -> None:
    art = newsclean.clean(_page("<p>October 24, 3:26 pm</p>", "<p>© 2025 Harbour Daily</p>"),
                          url="https://example.org/2023/harbour/quay")
    assert art.published is None
    assert newsclean.clean(_page("<p>October 24, 3:26 pm</p>")).published is None


def test_a_yearless_date_in_prose_dates_nothing() -> None:
    line = "<p>The vote on October 24, 3:26 pm, was close, and the board will meet again soon.</p>"
    assert newsclean.clean(_page(line, "<p>© 2025 Harbour Daily</p>")).published is None


def test_a_byline_line_with_categories_before_its_stamp_dates_the_page() -> None:
    line = "<p>By Jane Doe, in News, Travel, Coast · 31 Jan 2025, 20:02 · 0 Comments</p>"
    teasers = "<h3>More in News</h3><div>" + "".join(
        f"<div><a href='/n{d}'>Ferry timetable changes for the season number {d}</a>"
        f"<p>In News, Coast - 02 Feb 2025, 1{d}:00</p></div>" for d in (2, 5, 8)) + "</div>"
    page = ("<html><head><title>Harbour board widens the quay</title></head><body><div>"
            "<h1>Harbour board widens the quay</h1>" + line + PROSE + teasers + "</div></body></html>")
    art = newsclean.clean(page)  # (not the teasers' later stamps below)
    assert art.published is not None and art.published.date().isoformat() == "2025-01-31"


def test_only_a_stamp_after_the_byline_and_its_separator_counts() -> None:
    read = timestamp._byline_stamp

    def dates(text: str) -> list:
        return find_dates(text, day_first=True)

    ok = "By Jane Doe, in News, Travel · 31 Jan 2025, 20:02 · 0 Comments"
    assert read(ok, dates(ok))
    prose = "By Jane Doe · 31 Jan 2025 the board met again to vote on the quay"
    assert not read(prose, dates(prose))  # (a sentence after the date)
    unlabelled = "Jane Doe, in News, Travel · 31 Jan 2025, 20:02"
    assert not read(unlabelled, dates(unlabelled))  # (no byline label opens it)
    glued = "By Jane Doe, in News 31 Jan 2025, 20:02"
    assert not read(glued, dates(glued))  # (no separator before the date)


def test_a_clock_with_a_word_before_it_is_no_yearless_date() -> None:
    # ignoring case, "ab" + "out" (an October abbreviation) + "1" + "0 p.m." read as 1 October
    assert find_yearless("The ferry left at about 10 p.m. on the coast road") == []
    assert find_yearless("ABOUT 10 PM") == []
    assert find_yearless("Oct 10 p.m.") == []  # (a day never runs on into the hour's digit)
    got = find_yearless("PublishedOct 24, 3:26 pm")  # (a label glued before the month still opens it)
    assert [(d.value.month, d.value.day, d.value.hour) for d in got] == [(10, 24, 15)]


def test_a_yearless_turkish_date_with_a_dotted_capital_i_is_read() -> None:
    got = find_yearless("Ayşe Örnek — 24 EKİM, 15:26")
    assert [(d.value.month, d.value.day, d.value.hour, d.value.minute) for d in got] == [(10, 24, 15, 26)]
    got = find_yearless("NİSAN 5, 09:10")
    assert [(d.value.month, d.value.day, d.value.hour) for d in got] == [(4, 5, 9)]
