"""Date readers read an element's text as the block walk does (blocks.element_text): touching
elements are two words ("<span>25.04.2023</span><span>14:26</span>"), a word cut by formatting is
one ("3<sup>rd</sup>"), a script inside gives no text."""
from __future__ import annotations

import newsclean
from newsclean.plugins import htmlmeta

BODY = ("<p>The harbour board agreed on Monday to widen the north quay, a project that will let larger "
        "ferries dock there and shorten the wait for passengers during the summer season.</p>")


def clean(page: str) -> newsclean.Article:
    """The page's declared metadata alone (htmlmeta: no date read from the body's text blocks)."""
    return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page, "https://news.example.org/a/1")


def page(meta: str, item: bool = False) -> str:
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if item else ""
    return (f"<html><body><article{scope}><h1>Quay to be widened</h1>{meta}{BODY * 3}</article>"
            "</body></html>")


def test_microdata_date_in_touching_spans_keeps_its_hour() -> None:
    art = clean(page('<div itemprop="datePublished"><span>25.04.2023</span><span>14:26</span></div>', item=True))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2023, 4, 25)
    assert (art.published.hour, art.published.minute) == (14, 26)


def test_time_text_ordinal_in_sup_is_one_word() -> None:
    art = clean(page("<p><time>1<sup>er</sup> mars 2023</time></p>").replace("<html>", '<html lang="fr">'))
    assert art.published is not None and (art.published.month, art.published.day) == (3, 1)


def test_time_text_year_in_bold_stays_with_its_day() -> None:
    art = clean(page("<p><time>25.04.<b>2023</b></time></p>"))
    assert art.published is not None and (art.published.month, art.published.day) == (4, 25)


def test_date_classed_element_ordinal_in_sup_is_one_word() -> None:
    art = clean(page('<p><span class="date">12<sup>th</sup> March 2023</span></p>'))
    assert art.published is not None and (art.published.month, art.published.day) == (3, 12)


def test_time_text_empty_divider_parts_day_and_hour() -> None:
    art = clean(page('<p><time>Fri, Jun 9 2023<span class="divider"></span>4:05 PM</time></p>'))
    assert art.published is not None and (art.published.day, art.published.hour) == (9, 16)


def test_date_classed_element_month_in_link_keeps_its_day() -> None:
    art = clean(page('<p class="postmeta">4.<a href="/archiv/2019/05/">Mai 2019</a> um 08:10 &middot; '
                     '<a href="/thema/garten">Garten</a></p>').replace("<html>", '<html lang="de">'))
    assert art.published is not None and (art.published.month, art.published.day) == (5, 4)
