"""Dates that are not the article's: a time in a quoted or embedded post, a date in the
title of a wrapper classed as meta, a list of labelled dated entries ("Nr. 34 vom 8. November")."""
from __future__ import annotations

from datetime import datetime, timezone

import newsclean
from newsclean.dates import propose_published
from newsclean.plugins import htmlmeta, timestamp

BODY = ("<p>Der Stadtrat hat am Dienstag den neuen Nahverkehrsplan beschlossen, der zusätzliche Buslinien "
        "und längere Betriebszeiten am Wochenende für die ganze Region vorsieht.</p>")


def clean(page: str, plugin: object, url: str = "https://news.example.org/a/1") -> newsclean.Article:
    return newsclean.Cleaner(plugins=[plugin], entry_points=False).clean(page, url)


def test_a_time_in_an_embedded_post_is_not_the_article_date() -> None:
    page = ("<html lang='de'><body><article><h1>Urteil zum Nahverkehrsplan</h1>" + BODY +
            "<blockquote class='embed'><p>Ein Beitrag von @leserin am <time datetime='2018-03-12T19:30:12+00:00'>"
            "12. März 2018</time></p></blockquote>" + BODY +
            "<div class='PublishDate'><span>Dienstag,</span> <span>29. Januar 2019</span></div>"
            + BODY + "</article></body></html>")
    art = clean(page, htmlmeta)
    assert art.published is not None and art.published.date().isoformat() == "2019-01-29"


def test_a_meta_wrapper_holding_the_title_is_passed_for_its_meta_line() -> None:
    page = ("<html lang='de'><body><article><div class='post_meta_wrapper'><h1 class='entry-title'>Ergebnisse "
            "des Sportfests, 19.5.2007</h1><p class='post-meta'>von Max Muster | <span class='published'>20. Mai "
            "2007</span></p></div>" + BODY * 3 + "</article></body></html>")
    art = clean(page, htmlmeta)
    assert art.published is not None and art.published.date().isoformat() == "2007-05-20"


def test_a_list_of_labelled_dated_entries_is_no_stamp() -> None:
    entries = "".join(f"<p>Nr. {30 + k} vom {20 - 2 * k:02d}. Oktober 2021</p>" for k in range(6))
    page = ("<html lang='de'><body><div><p>Meldungen</p><p><em>10.11.2021</em></p>" + BODY * 3 +
            "<p>Frühere Ausgaben</p>" + entries + "</div></body></html>")
    art = clean(page, timestamp)
    assert art.published is not None and art.published.date().isoformat() == "2021-11-10"


def test_on_shown_day_keeps_the_moment_on_the_day_the_page_shows() -> None:
    from datetime import date, datetime, timedelta, timezone

    from newsclean.dates import on_shown_day

    utc = datetime(2023, 11, 9, 2, 11, 3, tzinfo=timezone.utc)
    moved = on_shown_day(utc, date(2023, 11, 8))
    assert moved == utc and moved.date() == date(2023, 11, 8)  # the same moment, the evening before
    assert moved.utcoffset() == timedelta(hours=-3)  # the clock nearest UTC that shows that day
    assert on_shown_day(utc, date(2023, 11, 9)) is None  # the UTC day itself: nothing to move
    assert on_shown_day(utc, date(2023, 11, 6)) is None  # no neighbour
    assert on_shown_day(datetime(2023, 11, 9, 10, 4, tzinfo=timezone.utc), date(2023, 11, 8)) is None  # -11h
    assert on_shown_day(datetime(2023, 11, 9, 2, 11, tzinfo=timezone(timedelta(hours=1))), date(2023, 11, 8)) is None
    late = datetime(2023, 10, 30, 21, 30, tzinfo=timezone.utc)
    ahead = on_shown_day(late, date(2023, 10, 31), ("Europe/Berlin", 1.0))
    assert ahead == late and ahead.date() == date(2023, 10, 31) and ahead.utcoffset() == timedelta(hours=3)
    # the language's clock shows another day: the day shown is no reading of this moment (no far clock, +11)
    early = datetime(2023, 10, 30, 13, 1, tzinfo=timezone.utc)
    assert on_shown_day(early, date(2023, 10, 31), ("Europe/Berlin", 1.0)) is None
    assert on_shown_day(early, date(2023, 10, 31)) is not None  # (no language zone: the nearest clock, +11)


def test_a_german_page_keeps_its_declared_day_under_a_date_of_the_next_day() -> None:
    page = ("<html lang='de'><head><meta property='article:published_time' content='2023-10-30T13:01:18Z'>"
            "</head><body><article><h1>Neue Buslinien</h1><p>31.10.2023</p>" + BODY * 3 + "</article></body></html>")
    art = newsclean.Cleaner().clean(page)
    assert art.published is not None and art.published.date().isoformat() == "2023-10-30"
    assert art.published.timestamp() == datetime(2023, 10, 30, 13, 1, 18, tzinfo=timezone.utc).timestamp()


def test_a_utc_time_is_shown_on_the_day_of_the_pages_own_stamp() -> None:
    page = ("<html lang='en'><head><meta property='article:published_time' content='2023-11-09T02:11:03Z'>"
            "</head><body><article><h1>Council approves the transit plan</h1><p>November 8, 2023</p>"
            "<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
            "extends service hours on weekends across the whole region.</p></article></body></html>")
    art = newsclean.Cleaner().clean(page, "https://news.example.org/a/1")
    assert art.published is not None and art.published.date().isoformat() == "2023-11-08"
    assert art.published.timestamp() == 1699495863  # the declared moment


def test_the_language_clock_does_not_move_a_utc_time_off_the_day_its_address_shows() -> None:
    page = ("<html lang='de'><head><meta property='article:published_time' content='2023-10-30T23:20:00Z'>"
            "</head><body><article><h1>Neue Buslinien</h1>" + BODY * 3 + "</article></body></html>")
    art = newsclean.Cleaner().clean(page, "https://news.example.org/2023/10/30/neue-buslinien/")
    assert art.published is not None and art.published.date().isoformat() == "2023-10-30"
    without = newsclean.Cleaner().clean(page, "https://news.example.org/neue-buslinien/")
    assert without.published is not None and without.published.date().isoformat() == "2023-10-31"  # Berlin's day


def _disagreeing(shown: str, second: str = "2022-01-06T08:29:34+01:00") -> str:
    return ("<html lang='de'><head><meta property='article:published_time' content='" + second + "'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2022-01-04T07:29:00Z\"}</script></head><body><article><h1>Neue Buslinien</h1><p>" + shown +
            "</p>" + BODY * 3 + "</article></body></html>")


def test_a_stamp_settles_between_declarations_that_disagree() -> None:
    art = newsclean.Cleaner().clean(_disagreeing("Veröffentlicht am 06.01.2022"), "https://news.example.org/a/1")
    assert art.published is not None and art.published.isoformat() == "2022-01-06T08:29:34+01:00"


def test_the_strongest_declaration_stays_without_a_stamp_or_a_time_to_agree() -> None:
    art = newsclean.Cleaner().clean(_disagreeing("Neue Buslinien für die Stadt"), "https://news.example.org/a/1")
    assert art.published is not None and art.published.date().isoformat() == "2022-01-04"
    art = newsclean.Cleaner().clean(_disagreeing("Veröffentlicht am 06.01.2022", "2022-01-06"),
                                    "https://news.example.org/a/1")
    assert art.published is not None and art.published.date().isoformat() == "2022-01-04"  # a date alone



def _headed_page(stamp: str) -> str:
    return ("<html lang='de'><body><header class='site-header'><div class='topbar'><div class='topbar-date'>"
            "Montag, 30. Juni 2025</div><a href='/'>Startseite</a></div></header><main><article>"
            "<h1>Der Stadtrat beschließt den Nahverkehrsplan</h1>" + stamp + BODY * 3 + "</article></main></body></html>")


class _BareStamp:
    """A visible stamp of the article at a bare stamp line's score (the timestamp step's SCORE_BARE)."""

    @newsclean.hookimpl
    def newsclean_register_steps(self, register: object) -> None:
        from datetime import datetime, timezone

        def run(doc: object) -> None:
            propose_published(doc.meta, datetime(2025, 6, 28, tzinfo=timezone.utc), timestamp.SCORE_BARE)

        register(newsclean.Step("stamp", run, order=500, kind="test"))


def test_the_site_headers_date_of_today_yields_to_a_bare_stamp_of_the_article() -> None:
    page = _headed_page("")
    alone = clean(page, htmlmeta)
    assert alone.published is not None and alone.published.date().isoformat() == "2025-06-30"  # read when alone
    both = newsclean.Cleaner(plugins=[htmlmeta, _BareStamp()], entry_points=False).clean(page, "https://news.example.org/a/1")
    assert both.published is not None and both.published.date().isoformat() == "2025-06-28"


def test_a_date_in_the_articles_own_header_is_not_apart_from_the_title() -> None:
    from lxml import html as lhtml

    from newsclean.plugins.declared.elements import _apart_from_title

    root = lhtml.fromstring("<html><body><header class='site-header'><span class='date'>30.06.2025</span></header>"
                            "<article><header class='entry-header'><h1>Titel</h1><span class='date'>28.06.2025"
                            "</span></header></article><article><header class='post-header'><h1>Titel</h1>"
                            "<div class='meta-header'><span class='date'>27.06.2025</span></div></header></article>"
                            "</body></html>")
    site, own, meta_band = root.xpath("//span")
    assert _apart_from_title(site, root.body)
    assert not _apart_from_title(own, root.body)
    assert not _apart_from_title(meta_band, root.body)  # a band of its own inside the post's header


def test_a_date_in_a_linked_list_item_is_apart_from_the_title() -> None:
    from lxml import html as lhtml

    from newsclean.plugins.declared.elements import _apart_from_title

    root = lhtml.fromstring("<html><body><h1>Titel</h1><ul><li><a href='/b'><div class='date_list'>2024-10-14</div>"
                            "Another story</a></li></ul><ul class='meta'><li><span class='date'>2024-10-16</span>"
                            "</li></ul></body></html>")
    teaser, own = root.xpath("//div[@class='date_list'] | //span")
    assert _apart_from_title(teaser, root.body) and not _apart_from_title(own, root.body)
