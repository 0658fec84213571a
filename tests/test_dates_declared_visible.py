"""Dates read the way smaller sites and servers write them (round 10): a UTC time put back on the
page's own clock, short years in date-marked elements, capitalised date classes, a post's own footer."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import newsclean
from newsclean.dates import find_dates, local_twin
from newsclean.plugins import htmlmeta

UTC = timezone.utc
BODY = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
        "and extends service hours on weekends for riders across the region.</p>")


def clean(page: str, url: str | None = "https://news.example.org/a/1", plugins: object = None) -> newsclean.Article:
    if plugins is None:
        return newsclean.Cleaner().clean(page, url)
    return newsclean.Cleaner(plugins=plugins, entry_points=False).clean(page, url)


def test_local_twin_same_minute_naive_wall_clock() -> None:
    instant = datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    twin = local_twin(instant, datetime(2020, 2, 24, 21, 25))
    assert twin == instant  # the same moment ...
    assert twin is not None and twin.utcoffset() == timedelta(hours=-5) and twin.day == 24  # ... on the page's clock


def test_local_twin_refuses_what_is_no_twin() -> None:
    instant = datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert local_twin(instant, datetime(2020, 2, 24, 21, 26)) is None  # another minute
    assert local_twin(instant, datetime(2020, 2, 23, 21, 25)) is None  # over 14 hours away
    assert local_twin(instant, datetime(2020, 2, 24, 21, 25, 10)) is None  # seconds given and different
    assert local_twin(instant, datetime(2020, 2, 24)) is None  # a date alone tells no clock
    assert local_twin(datetime(2020, 2, 25, 2, 25, 54, tzinfo=timezone(timedelta(hours=2))),
                      datetime(2020, 2, 24, 21, 25)) is None  # only a UTC time is re-written
    other = datetime(2020, 2, 24, 18, 25, 54, tzinfo=timezone(timedelta(hours=-8)))
    assert local_twin(instant, other) is not None and local_twin(instant, other).utcoffset() == timedelta(hours=-8)


def test_declared_utc_time_takes_the_visible_clock_of_the_page() -> None:
    head = ('<meta property="article:published_time" content="2020-02-25T02:25:54Z">'
            "<title>Council approves transit plan</title>")
    body = "<h1>Council approves transit plan</h1><p>February 24, 2020 | 9:25pm</p>" + BODY
    art = clean(f"<html><head>{head}</head><body>{body}</body></html>")
    assert art.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)  # the moment is unchanged
    assert art.published.utcoffset() == timedelta(hours=-5) and art.published.day == 24


def test_declared_utc_time_alone_stays_utc() -> None:
    head = '<meta property="article:published_time" content="2020-02-25T02:25:54Z">'
    art = clean(f"<html><head>{head}</head><body>{BODY}</body></html>", plugins=[htmlmeta])
    assert art.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert art.published.utcoffset() == timedelta(0)


def test_short_year_alone_only_where_marked_as_a_date() -> None:
    assert find_dates("28.01.22 / 0 Kommentare") == []  # in running text it may be a version
    got = find_dates("28.01.22 / 0 Kommentare", short_alone=True)
    assert [d.value for d in got] == [datetime(2022, 1, 28)]
    assert [d.value for d in find_dates("Party, 30.10.23", short_alone=True)] == [datetime(2023, 10, 30)]
    assert find_dates("Version 1.2.3", short_alone=True) == []


def test_short_year_in_a_date_classed_element() -> None:
    body = ("<h1>LVMH mit ordentlichem Wachstum</h1><div class='node__meta'><span class='post-created'>"
            "28.01.22</span> / 0 Kommentare</div>" + BODY)
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2022, 1, 28).date()


def test_capitalised_date_class() -> None:
    body = ("<table><tr><td><span class='itemPoster'>Geschrieben von Cooper</span> "
            "<span class='itemPostDate'>am 25.08.2015 22:30</span></td></tr></table>" + BODY)
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and (art.published.date(), art.published.hour) == (datetime(2015, 8, 25).date(), 22)


def test_date_in_a_posts_own_footer_but_not_in_the_page_footer() -> None:
    post = ("<div class='asset-footer'><div class='asset-meta'>Von Christian am 03.05.2013, 11:51 | 0 Meinungen"
            "</div></div>")
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{BODY}{post}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2013, 5, 3).date()
    page_footer = "<div class='site-footer'><div class='footer-meta'>Stand: 03.05.2013, 11:51</div></div>"
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{BODY}{page_footer}</body></html>",
                plugins=[htmlmeta])
    assert art.published is None


def test_tidy_name_drops_glued_roles_profile_buttons_and_publication() -> None:
    from newsclean.authors import tidy_name
    assert tidy_name("Lucy ThorntonNews Reporter") == "Lucy Thornton"  # glued, a word before the role
    assert tidy_name("Martí Abad (Enviado especial)") == "Martí Abad"
    assert tidy_name("Sarah Lazare Twitter") == "Sarah Lazare"
    assert tidy_name("Anna Weber Folgen") == "Anna Weber"
    assert tidy_name("Dolores Chang For Dailymail.Com") == "Dolores Chang"
    assert tidy_name("Ron DeSantis") == "Ron DeSantis"  # a glue inside a name, no role after it
    assert tidy_name("Follow") == "Follow" and tidy_name("Tom For") == "Tom For"  # no full name would be left


def test_untyped_script_holding_schema_org_jsonld_is_read() -> None:
    obj = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves plan",'
           ' "datePublished": "2022-01-28T06:00:00+01:00"}')
    art = clean(f"<html><head><script>{obj}</script></head><body>{BODY}</body></html>", plugins=[htmlmeta])
    assert art.published == datetime(2022, 1, 28, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    code = "<script>var x = {a: 1}; /* 2022-01-28 */</script>"  # an ordinary script says nothing
    assert clean(f"<html><head>{code}</head><body>{BODY}</body></html>", plugins=[htmlmeta]).published is None


def test_howto_jsonld_and_a_fraction_after_a_colon() -> None:
    from newsclean.dates import parse_date
    assert parse_date("2022-01-10T22:06:08:684Z", tz_hours=None) == datetime(2022, 1, 10, 22, 6, 8, 684000, tzinfo=UTC)
    obj = ('<script type="application/ld+json">{"@context": "http://schema.org/", "@type": "HowTo",'
           ' "name": "Wie man eine Tischdecke herstellt", "datePublished": "2022-01-10T22:06:08:684Z"}</script>')
    art = clean(f"<html><head>{obj}</head><body>{BODY}</body></html>", plugins=[htmlmeta])
    assert art.published == datetime(2022, 1, 10, 22, 6, 8, 684000, tzinfo=UTC)


def test_microformat_abbr_title_gives_the_date() -> None:
    body = ("<div class='post'><h3>Old blog</h3><span class='post-timestamp'><abbr class='published' "
            "itemprop='datePublished' title='2011-03-30T21:05:00-07:00'>9:05 PM</abbr></span></div>" + BODY)
    art = clean(f"<html><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published == datetime(2011, 3, 30, 21, 5, tzinfo=timezone(timedelta(hours=-7)))
    body2 = body.replace(" itemprop='datePublished'", "")  # the microformat class alone
    art = clean(f"<html><head><title>x</title></head><body>{body2}</body></html>", plugins=[htmlmeta])
    assert art.published == datetime(2011, 3, 30, 21, 5, tzinfo=timezone(timedelta(hours=-7)))


def test_drupal_submitted_line_gives_the_date() -> None:
    body = ("<div class='submitted'>Gespeichert von <span class='username'>rasos</span> am 24. Juli 2017 - 18:55"
            "</div>" + BODY)
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2017, 7, 24).date()


def test_arabic_and_hindi_month_names() -> None:
    got = find_dates("الأربعاء، 07 أكتوبر 2020 - 12:09")
    assert [d.value for d in got] == [datetime(2020, 10, 7, 12, 9)]
    assert [d.value for d in find_dates("12 آذار 2021")] == [datetime(2021, 3, 12)]  # a Levantine name
    assert [d.value for d in find_dates("4 सितंबर 2024, 16:20")] == [datetime(2024, 9, 4, 16, 20)]
    assert [d.value for d in find_dates("अपडेटेड 4 सितम्बर 2024")] == [datetime(2024, 9, 4)]
    assert [d.value for d in find_dates("15 \u095eरवरी 2023")] == [datetime(2023, 2, 15)]  # फ़ in one code point
    assert [d.value for d in find_dates("15 फ\u093cरवरी 2023")] == [datetime(2023, 2, 15)]  # ... and in two
    assert find_dates("जनवरी 2024")[0].precision == "month"
    assert find_dates("सितंबर में 2024 के चुनाव") == []  # a month and a year apart name no day


def test_urdu_month_names() -> None:
    assert [d.value for d in find_dates("4 دسمبر 2026")] == [datetime(2026, 12, 4)]
    assert [d.value for d in find_dates("پیر 3 مارچ 2025")] == [datetime(2025, 3, 3)]  # a weekday before it
    assert [d.value for d in find_dates("15 اکتوبر، 2024")] == [datetime(2024, 10, 15)]  # the Arabic comma
    assert [d.value for d in find_dates("12 جنوري 2025")] == [datetime(2025, 1, 12)]  # typed with the Arabic yeh
    assert find_dates("مئی 2023")[0].precision == "month"
    assert [d.value for d in find_dates("12 مارس 2021")] == [datetime(2021, 3, 12)]  # Arabic's March unchanged
    assert find_dates("Details 4 دسمبر in English 2026") == []  # (not across scripts and words)


def test_arabic_date_in_a_date_classed_element() -> None:
    body = ("<div class='post-meta-date'>الأربعاء، 07 أكتوبر 2020 - 12:09 م</div>"
            "<p>" + "نص المقال الطويل بما يكفي ليكون فقرة من فقرات الخبر المنشور في الصفحة. " * 3 + "</p>")
    art = clean(f"<html lang='ar'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2020, 10, 7).date()


def test_profile_link_after_an_avatar_link_names_the_author() -> None:
    from lxml import html as lhtml

    from newsclean.authors import profile_link_names
    page = ("<html><body><h1>Budget gets more money</h1><div class='byline'>"
            "<a href='/authors/thabo-mokone'><img src='a.jpg'></a>"
            "<span class='name'><a href='/authors/thabo-mokone'>Thabo Mokone</a></span></div>"
            "<p>Text.</p></body></html>")
    body = lhtml.fromstring(page).find("body")
    assert profile_link_names(body) == ["Thabo Mokone"]
    far = page.replace("<span class='name'>", "".join(f"<a href='/x/{i}'>x</a>" for i in range(10)) + "<span>")
    assert profile_link_names(lhtml.fromstring(far).find("body")) == []  # not any link further down


def test_the_address_settles_a_numeric_date_read_both_ways() -> None:
    from newsclean.dates import as_url_reads
    from datetime import date
    text = "Published on 06/01/2026 - 13:55 GMT+1"
    d = find_dates(text)[0]  # (an English page: month first)
    assert d.value.date() == date(2026, 6, 1)
    assert as_url_reads(d, text, date(2026, 1, 6)).value.date() == date(2026, 1, 6)
    assert as_url_reads(d, text, date(2026, 6, 1)) is d  # already the address's day
    assert as_url_reads(d, text, date(2025, 1, 6)) is d  # another year: no evidence
    named = "June 1, 2026"
    assert as_url_reads(find_dates(named)[0], named, date(2026, 1, 6)).value.date() == date(2026, 6, 1)


def test_time_text_is_read_day_first_off_english_pages() -> None:
    body = "<h1>Mueren seis personas</h1><time>10/07/2026 00:50</time>" + BODY
    art = clean(f"<html lang='es'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2026, 7, 10).date()


def test_one_byline_element_per_author() -> None:
    body = ("<h1>Post-Vac-Syndrom: Was wissen wir?</h1><div class='author-details'>"
            "<span><span class='x author'>Julia Vergin</span></span><span><span class='x author'>Clare Roth</span>"
            "</span></div>" + BODY + "<div class='comments'><span class='x author'>Joe Bloggs</span></div>")
    art = clean(f"<html><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.authors == ["Julia Vergin", "Clare Roth"]


def test_rel_author_links_each_in_its_own_wrapper() -> None:
    byline = "".join(f"<div class='byline'><div class='content'><address class='name'><a rel='author' href='/p/{i}'>"
                     f"{n}</a></address></div></div>" for i, n in enumerate(("Ingrid Treborg", "Marlene Holm")))
    body = "<h1>Dømt til livstid</h1><div class='bylines'>" + byline + "</div>" + BODY
    art = clean(f"<html><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.authors == ["Ingrid Treborg", "Marlene Holm"]


def test_commentary_class_is_no_comment_area() -> None:
    body = ("<div class='news commentary article'><div class='sect_meta'><ul class='toolbar'><li class='date'>"
            "28. 4. 2023, 18:41 Uhr</li></ul></div>" + BODY + "</div>")  # (no <h1>: only the classed reader)
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.published is not None and art.published.date() == datetime(2023, 4, 28).date()
    comments = body.replace("news commentary article", "comments")
    art = clean(f"<html lang='de'><head><title>x</title></head><body>{comments}</body></html>", plugins=[htmlmeta])
    assert art.published is None  # a comment area's date is not the article's


def test_one_byline_element_per_author_each_in_a_link_with_its_avatar() -> None:
    links = "".join(f"<a class='post_author' href='/team/{i}/'><span class='pic'><img src='/a{i}.jpg' alt=''></span>"
                    f"<span class='post_author_name'>{n}</span></a>"
                    for i, n in enumerate(("Olena Marchenko", "Taras Kovalenko", "Iryna Bondar")))
    body = "<h1>Суд и выплаты</h1><div class='post_authors'>" + links + "</div>" + BODY
    art = clean(f"<html><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.authors == ["Olena Marchenko", "Taras Kovalenko", "Iryna Bondar"]


def test_a_reading_tools_line_in_the_author_box_is_no_co_author() -> None:
    box = ("<div class='article-author-header'><div><a href='/autor/ondra-novak'>Ondra Novak</a></div>"
           "<div><button>Play</button><span>9:51</span><p>Chcete-li si článek poslechnout celý, "
           "<a href='/login'>přihlaste se ke svému účtu</a></p></div></div>")
    body = "<h1>Nová data</h1>" + box + BODY
    art = clean(f"<html><head><title>x</title></head><body>{body}</body></html>", plugins=[htmlmeta])
    assert art.authors == ["Ondra Novak"]
    from newsclean.plugins.declared.elements import _no_lower_word
    assert _no_lower_word("Jana van Dijk") and _no_lower_word("Posted by Jane Roe,")
    assert not _no_lower_word("Chcete-li si článek poslechnout celý,")


def test_a_time_elements_text_across_a_line_break_in_the_articles_own_aside() -> None:
    page = ("<html lang='de'><body><main><article><h1>Der Stadtrat beschließt den Nahverkehrsplan</h1>"
            "<aside class='column'><span>Max Muster</span><time class='t-info'>30. Juni 2025, <br> 15:59 Uhr</time>"
            "</aside>" + BODY * 3 + "</article><aside><time>2. Juli 2025</time></aside></main></body></html>")
    art = clean(page, plugins=[htmlmeta])
    assert art.published is not None and (art.published.date().isoformat(), art.published.hour) == ("2025-06-30", 15)


def test_an_aside_beside_the_article_is_still_no_source_of_its_date() -> None:
    page = ("<html lang='de'><body><main><article><h1>Der Stadtrat beschließt den Nahverkehrsplan</h1>" + BODY * 3 +
            "</article><aside><time>2. Juli 2025</time></aside></main></body></html>")
    assert clean(page, plugins=[htmlmeta]).published is None


def test_a_time_elements_spans_side_by_side_are_read_apart() -> None:
    page = ("<html><body><article><h1>Council approves the transit plan</h1><time class='t-small'>"
            "<span>2 minute read</span><span>April 25, 2023</span><span>2:26 PM</span></time>" + BODY * 3 +
            "</article></body></html>")
    art = clean(page, plugins=[htmlmeta])
    assert art.published is not None and (art.published.date().isoformat(), art.published.hour) == ("2023-04-25", 14)


def test_a_first_time_element_reading_as_no_date_leaves_the_dated_element_its_turn() -> None:
    page = ("<html><body><article><h1>Council approves the transit plan</h1><time>Just now</time>"
            "<div class='post-date'>April 24, 2023</div>" + BODY * 3 + "</article></body></html>")
    art = clean(page, plugins=[htmlmeta])
    assert art.published is not None and art.published.date().isoformat() == "2023-04-24"
