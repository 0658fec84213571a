"""Dates that are not the article's (round 15): a time in a quoted or embedded post, a date in the
title of a wrapper classed as meta, a list of labelled dated entries ("Nr. 34 vom 8. November")."""
from __future__ import annotations

import newsclean
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
