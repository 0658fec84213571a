"""The htmlmeta plugin: JSON-LD, <meta>, microdata and <time>, strongest first, bounded."""
from __future__ import annotations

import json

import pytest
from datetime import date, datetime, timedelta, timezone

import newsclean
from newsclean.plugins import htmlmeta

CST = timezone(timedelta(hours=8))
BODY_EN = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends for riders across the region.</p>")
BODY_ZH = "<p>市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。</p>"


def clean(head: str, body: str = BODY_EN, url: str | None = "https://news.example.org/a/1") -> newsclean.Article:
    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page, url)


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def test_jsonld_article() -> None:
    art = clean(ld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves transit plan",
        "datePublished": "2024-05-12T09:30:00-04:00",
        "author": [{"@type": "Person", "name": "Dana Whitfield"}, {"@type": "Organization", "name": "Example Wire"}],
        "publisher": {"@type": "Organization", "name": "Example Daily"},
    }))
    assert art.published == datetime(2024, 5, 12, 9, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert art.authors == ["Dana Whitfield"]
    assert art.title == "Council approves transit plan"
    assert art.extra["site_name"] == "Example Daily"


def test_jsonld_graph_and_list() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": ["Article", "NewsArticle"], "datePublished": "2023-01-02", "author": "Lee Park"},
    ]}
    art = clean(ld(graph))
    assert art.published is not None and art.published.date().isoformat() == "2023-01-02"
    assert art.authors == ["Lee Park"]


def test_structured_data_beats_meta() -> None:
    head = ("<meta property='article:published_time' content='2024-01-01T00:00:00Z'>"
            "<meta name='author' content='Meta Name'>"
            + ld({"@type": "NewsArticle", "datePublished": "2024-02-02T10:00:00Z",
                  "author": {"@type": "Person", "name": "Ld Name"}}))
    art = clean(head)
    assert art.published == datetime(2024, 2, 2, 10, 0, tzinfo=timezone.utc)
    assert art.authors == ["Ld Name"]


def test_bad_json_is_skipped() -> None:
    head = ("<script type='application/ld+json'>{ not json at all </script>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-03\",}"
            "</script>"
            "<meta name='pubdate' content='2024-03-04 08:00'>")
    art = clean(head)
    assert art.notes == []  # nothing raised
    assert art.published is not None and art.published.date().isoformat() == "2024-03-03"


def test_huge_jsonld_is_not_read() -> None:
    blob = {"@type": "NewsArticle", "datePublished": "2024-03-03", "filler": "x" * (htmlmeta.MAX_JSONLD_CHARS + 10)}
    art = clean(ld(blob) + "<meta name='publishdate' content='2024-04-04'>")
    assert art.published is not None and art.published.date().isoformat() == "2024-04-04"


def test_chinese_page_without_zone_is_utc8() -> None:
    art = clean("<title>市区新增三条公交线路</title><meta name='PubDate' content='2022-02-11 09:52'>", BODY_ZH)
    assert art.published == datetime(2022, 2, 11, 9, 52, tzinfo=CST)


def test_english_page_without_zone_uses_the_default() -> None:
    art = clean("<meta name='date' content='2022-02-11 09:52'>")
    assert art.published == datetime(2022, 2, 11, 9, 52) and art.published.tzinfo is None  # no UTC invented
    art = newsclean.Cleaner(plugins=[htmlmeta], entry_points=False, default_tz_hours=-5).clean(
        "<html><head><meta name='date' content='2022-02-11 09:52'></head><body>" + BODY_EN + "</body></html>")
    assert art.published is not None and art.published.utcoffset() == timedelta(hours=-5)


def test_a_time_without_zone_takes_the_pages_own_offset_of_that_day() -> None:
    head = ("<meta property='article:published_time' content='2022-02-11 09:52'>"
            "<meta property='article:modified_time' content='{}'>")
    art = clean(head.format("2022-02-11T11:00:00-05:00"))
    assert art.published == datetime(2022, 2, 11, 9, 52, tzinfo=timezone(timedelta(hours=-5)))
    assert clean(head.format("2022-02-14T11:00:00-05:00")).published.tzinfo is None  # another day: no word
    assert clean(head.format("2022-02-11T16:00:00Z")).published.tzinfo is None  # a UTC stamp is no evidence


def test_a_stamp_line_takes_the_pages_own_offset() -> None:
    art = newsclean.Cleaner().clean(
        "<html><head><meta property='article:modified_time' content='2022-02-11T18:00:00+01:00'></head><body>"
        "<h1>Council approves the new transit plan</h1><p>February 11, 2022 09:52</p>" + BODY_EN + "</body></html>")
    assert art.published == datetime(2022, 2, 11, 9, 52, tzinfo=timezone(timedelta(hours=1)))


def test_a_date_alone_never_takes_the_time_of_its_day_away() -> None:
    art = clean("<meta name='date' content='2016-12-15'>", "<article><time datetime='2016-12-15T15:33:00-05:00'>"
                "Dec 15</time>" + BODY_EN + "</article>")
    assert art.published == datetime(2016, 12, 15, 15, 33, tzinfo=timezone(timedelta(hours=-5)))
    art = clean("<meta name='dc.date.issued' content='2016-12-15'>", "<article><time datetime='2016-12-16T15:33:00-05:00'>"
                "Dec 16</time>" + BODY_EN + "</article>")
    assert art.published == datetime(2016, 12, 15, tzinfo=timezone.utc)  # another day: the stronger wins


def test_a_generic_date_meta_yields_to_a_visible_stamp_of_another_day() -> None:
    # <meta name="date"> (dc.date, dcterms.date) is often the page's last save: a <time> element or a
    # stamp line of the article names its publication better; a date-classed element does not
    art = clean("<meta name='date' content='2016-12-20'>", "<article><time datetime='2016-12-16T15:33:00-05:00'>"
                "Dec 16</time>" + BODY_EN + "</article>")
    assert art.published == datetime(2016, 12, 16, 15, 33, tzinfo=timezone(timedelta(hours=-5)))
    art = newsclean.Cleaner().clean(
        "<html><head><meta name='dcterms.date' content='2016-12-20'></head><body><article><h1>Council approves the "
        "new transit plan</h1><p>December 16, 2016 09:52</p>" + BODY_EN + "</article></body></html>")
    assert art.published is not None and art.published.date() == date(2016, 12, 16)
    art = clean("<meta name='date' content='2016-12-20'>", "<article><div class='date'>16.12.2016</div>" + BODY_EN
                + "</article>")
    assert art.published == datetime(2016, 12, 20, tzinfo=timezone.utc)
    art = clean("<meta name='article:published_time' content='2016-12-20'>", "<article><time "
                "datetime='2016-12-16T15:33:00-05:00'>Dec 16</time>" + BODY_EN + "</article>")
    assert art.published == datetime(2016, 12, 20, tzinfo=timezone.utc)  # a publication meta stays stronger


def test_date_metas_written_with_colons() -> None:
    art = clean("<meta name='article:published:time' content='2024-10-23T15:48:15+00:00'>")
    assert art.published == datetime(2024, 10, 23, 15, 48, 15, tzinfo=timezone.utc)


def test_future_and_absurd_dates_are_ignored() -> None:
    assert clean("<meta name='pubdate' content='2999-01-01'>").published is None
    assert clean("<meta name='pubdate' content='1901-01-01'>").published is None


def test_time_element() -> None:
    body = ("<article><time datetime='2021-06-01T08:00:00Z'>June 1</time>" + BODY_EN +
            "<aside class='related'><time datetime='2020-01-01T00:00:00Z'>old</time></aside></article>")
    assert clean("", body).published == datetime(2021, 6, 1, 8, 0, tzinfo=timezone.utc)
    marked = ("<time datetime='2019-01-01T00:00:00Z'>nav date</time>"
              "<span class='post-date'><time datetime='2021-07-07T07:07:00Z'>July 7</time></span>" + BODY_EN)
    assert clean("", marked).published == datetime(2021, 7, 7, 7, 7, tzinfo=timezone.utc)


def test_organisations_and_sites_are_not_authors() -> None:
    for value in ("Discuz! Team and Comsenz UI Team", "云南日报报业集团", "www.example.org", "L_104485",
                  "https://www.facebook.com/someone", "Staff Writer", "letters", "admin"):
        assert clean(f"<meta name='author' content='{value}'>").authors == [], value
    # an organisation the page declares as the author, when no person is named, is the author
    assert clean("<meta name='author' content='Example Staff'>").authors == ["Example Staff"]
    assert clean("<meta property='og:site_name' content='Daily Planet'>"
                 "<meta name='author' content='Daily Planet'>").authors == ["Daily Planet"]
    # ... but the site's name alone credits no one
    assert clean("<meta property='og:site_name' content='Daily Planet'>").authors == []


def test_meta_author_names() -> None:
    assert clean("<meta name='author' content='魑皇'>", BODY_ZH).authors == ["魑皇"]
    assert clean("<meta name='author' content='Jane Roe, John Doe'>").authors == ["Jane Roe", "John Doe"]
    assert clean("<meta name='author' content='Jane Roe, Futurism'>").authors == ["Jane Roe"]


def test_microdata_and_byline_classes() -> None:
    body = ("<div itemprop='author' itemscope><span itemprop='name'>Ana Lima</span></div>"
            "<span itemprop='datePublished' content='2020-02-02T02:02:00Z'>Feb 2</span>" + BODY_EN)
    art = clean("", body)
    assert art.authors == ["Ana Lima"]
    assert art.published == datetime(2020, 2, 2, 2, 2, tzinfo=timezone.utc)
    byline = "<div class='article-byline'>By Sam Ortiz</div>" + BODY_EN
    assert clean("", byline).authors == ["Sam Ortiz"]
    comment = "<div class='comment-list'><span class='author'>Troll Name</span></div>" + BODY_EN
    assert clean("", comment).authors == []


def test_source_meta_and_nothing_removed() -> None:
    art = clean("<meta name='source' content='来源：新华日报'>", BODY_ZH)
    assert art.source == "新华日报"
    assert art.removed == []


BODY_PT = ("<p>O governo anunciou nesta segunda-feira que as novas regras para o transporte público entram em "
           "vigor no próximo ano, e a prefeitura já prepara as mudanças nas linhas de ônibus da cidade.</p>")


def test_declared_language_is_used_when_the_text_agrees() -> None:
    assert clean("<meta property='og:locale' content='pt_BR'>", BODY_PT).language == "pt"
    assert clean("<meta http-equiv='content-language' content='In-Id'>", BODY_EN).language == "en"  # overruled
    assert clean(ld({"@type": "NewsArticle", "inLanguage": "tr-TR"}),
                 "<p>Bu yıl ilk kez düzenlenen festival, şehir merkezinde üç gün sürecek.</p>").language == "tr"
    assert clean("", BODY_PT).language == "pt"  # no declaration: the text's function words


def test_declared_language_of_another_script_is_not_believed() -> None:
    assert clean("<meta property='og:locale' content='en_US'>", BODY_ZH).language == "zh"
    ru = "<p>Министр заявил во вторник, что новые правила вступят в силу в следующем году.</p>"
    assert clean("<meta property='og:locale' content='fa_IR'>", ru).language == "ru"


def test_article_types_by_their_ending_and_claim_reviews() -> None:
    art = clean(ld({"@type": "ReportageNewsArticle", "datePublished": "2022-10-10T13:21:17.000Z"}))
    assert art.published == datetime(2022, 10, 10, 13, 21, 17, tzinfo=timezone.utc)
    art = clean(ld({"@graph": [{"@type": "ClaimReview", "datePublished": "2026-05-13 15:44",
                                "itemReviewed": {"@type": "Claim", "datePublished": "2026-05-07"}}]}))
    assert art.published is not None and art.published.date().isoformat() == "2026-05-13"


def test_time_element_without_datetime_is_read_from_its_text() -> None:
    body = "<p class='meta'><time class='published'>3. Dezember 2025</time></p>" + BODY_EN
    art = clean("", body)
    assert art.published is not None and art.published.date().isoformat() == "2025-12-03"


def test_european_author_values() -> None:
    assert htmlmeta._split("Felix Schröder und Jörg Soldwisch") == ["Felix Schröder", "Jörg Soldwisch"]
    assert htmlmeta._clean_name("María R. Sahuquillo") == "María R. Sahuquillo"
    assert htmlmeta._clean_name("Jane Doe. Example International") == "Jane Doe"


def test_author_alias_and_bounded_values() -> None:
    assert htmlmeta._split("周思博 (Joel Spolsky)") == ["周思博 (Joel Spolsky)"]
    # a huge value is cut before any pattern reads it (issue 10.1: "\(.*\)" was quadratic)
    assert htmlmeta._split("(" * 1_000_000) == ["(" * htmlmeta.MAX_AUTHOR_VALUE_CHARS]
    assert clean(f"<meta name='author' content='{'(' * 200_000}'>").authors == []


def test_a_dated_meta_bar_is_read_before_chrome_can_prune_it() -> None:
    body = ("<header><div class='article-meta'>Von Eva Muster | 04.05.2025 - 14:07 Uhr</div></header>"
            "<p>Das einst beliebte Hotel ist seit dreißig Jahren geschlossen, und die Stadt plant nun den Umbau "
            "der alten Zimmer für Gäste aus dem ganzen Land.</p>")
    art = clean("<meta property='og:locale' content='de_DE'>", body)
    assert art.published is not None
    assert art.published.isoformat() == "2025-05-04T14:07:00+02:00"  # day first, Berlin summer time


def test_a_byline_element_with_one_name_in_each_child() -> None:
    body = ("<div class='article-byline'><span>Birgit Baumann</span><span>Anna Giulia Fink</span>"
            "<span>Jan Michael Marchart</span></div>" + BODY_EN)
    assert clean("", body).authors == ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]
    body = "<div class='article-byline'><span>Von</span> <a>Eva Muster</a> <span>und</span> <a>Jan Kurz</a></div>"
    assert clean("", body + BODY_EN).authors == ["Eva Muster", "Jan Kurz"]


def test_a_declared_persons_affiliation_is_no_part_of_the_name() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x",
          "author": {"@type": "Person", "name": "Jane Doe, professor at the Faculty of Law, example.org"}}
    art = clean(f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    assert art.authors == ["Jane Doe"]
    assert htmlmeta._person_before_affiliation("Doe, Jane") == "Doe, Jane"  # an inverted name is not cut


def test_byline_classes_in_any_case_and_language() -> None:
    body = ("<div class='c-article-contributors'><a class='creator__link'>Dirk Knopf</a></div>" + BODY_EN)
    assert clean("", body).authors == ["Dirk Knopf"]
    body = "<p class='content-infos'><strong class='autor-info-btn'>Tobias Mühlbach</strong>24.04.2024, 19:35 Uhr</p>"
    assert clean("", body + BODY_EN).authors == ["Tobias Mühlbach"]
    body = "<div class='BylineWithBeats'>Von Diana Reske mit AP</div>" + BODY_EN
    assert clean("", body).authors == ["Diana Reske"]


def test_the_inner_byline_element_wins_and_trailers_are_cut() -> None:
    body = ("<div class='byline-section'>Ann Kaye and Trevor J. Mitch Example Leader Published 10:02 a.m. "
            "<span class='author'>Ann Kaye and Trevor J. Mitch</span></div>" + BODY_EN)
    assert clean("", body).authors == ["Ann Kaye", "Trevor J. Mitch"]


@pytest.mark.parametrize("byline, credited", [("PTI, Washington", "PTI"), ("By Example Staff", "Example Staff"),
                                               ("REUTERS", "REUTERS"), ("Kurz notiert", None)])
def test_a_byline_naming_no_person_credits_its_organisation(byline: str, credited: str | None) -> None:
    # the first byline names no person: its organisation (if it names one) is the author, and a
    # later byline-classed element (another story's) is not read
    body = f"<div class='article-author'>{byline}</div><span class='author-name'>Someone Else</span>" + BODY_EN
    assert clean("", body).authors == ([credited] if credited else [])


def test_a_date_next_to_the_title_is_read_when_nothing_else_says_it() -> None:
    body = ("<header><div class='x1'><h1>Council approves transit plan</h1><span class='x2'>05.08.2024, kl. 13.05"
            "</span></div></header>" + BODY_EN + "<footer><span>01.01.2020</span></footer>")
    art = clean("<meta property='og:locale' content='nb_NO'>", body)
    assert art.published is not None and art.published.date().isoformat() == "2024-08-05"
    assert clean("", "<h1>Council approves transit plan</h1>" + BODY_EN).published is None  # none: none invented


def test_class_search_finds_late_matches_and_nothing_on_pages_without_the_words():
    import lxml.html

    filler = "".join(f"<div class='row r{i}'><p class='text'>Paragraph {i}.</p></div>" for i in range(50))
    body = lxml.html.fromstring(f"<html><body class='author-page'>{filler}<span class='c-Author__name'>Jane</span>"
                                "<time class='pubdate'>1 May</time></body></html>").find("body")
    found = list(htmlmeta._BYLINE_CLASSED(body))
    assert [el.get("class") for el in found] == ["c-Author__name"]  # the body itself is not its own descendant
    assert [el.tag for el in htmlmeta._DATE_CLASSED(body)] == ["time"]
    plain = lxml.html.fromstring(f"<html><body class='author'>{filler}</body></html>").find("body")
    assert list(htmlmeta._BYLINE_CLASSED(plain)) == []
    assert list(htmlmeta._DATE_CLASSED(plain)) == []


def test_jsonld_wrapped_in_html_comment_marks_is_read():
    # the comment marks are taken off only when the text holds one (the pattern is not run otherwise)
    obj = '{"@type": "NewsArticle", "headline": "Wrapped headline here", "datePublished": "2024-03-05T10:00:00Z"}'
    for text in (obj, f"<!--\n{obj}\n-->", f"  <!--{obj}-->  ", f"{obj};"):
        assert htmlmeta._loads(text)["headline"] == "Wrapped headline here", text
    assert htmlmeta._loads("<!-- not json -->") is None


def test_modified_time_takes_the_preferred_meta_first() -> None:
    import newsclean

    page = ("<html><head><meta property='og:updated_time' content='2024-05-02T09:00:00+00:00'>"
            "<meta property='article:modified_time' content='2024-05-03T10:00:00+02:00'>"
            "<meta name='last-modified' content='2024-05-01T08:00:00+00:00'></head><body><h1>Harbour bridge reopens</h1>"
            "<p>The harbour bridge reopened on Tuesday after two years of repairs, the council said.</p></body></html>")
    art = newsclean.Cleaner().clean(page)
    assert art.extra["modified"] == "2024-05-03T10:00:00+02:00"


def test_metas_file_a_content_under_each_attribute_that_names_it() -> None:
    import lxml.html

    root = lxml.html.fromstring(
        "<html><head><meta property='og:title' name='OG:Title' content=' A  title '><meta name='author'>"
        "<meta name='description' content='   '><meta itemprop='datePublished' http-equiv='X' content='2024-01-02'>"
        "<meta data-name='author' content='Nobody'></head><body></body></html>")
    assert htmlmeta._metas(root) == {"og:title": ["A title", "A title"], "datepublished": ["2024-01-02"],
                                     "x": ["2024-01-02"]}


def test_zone_stamps_come_from_date_metas_of_either_spelling_in_order() -> None:
    metas = {"og:updated_time": ["2024-05-07T09:00:00+02:00"], "article:published:time": ["2024-05-06T10:00:00+02:00"],
             "date": ["2024-05-06"]}  # (a day alone says no offset)
    stamps = htmlmeta._declared_stamps(metas, [{"dateCreated": "2024-05-05T08:00:00-04:00"}])
    assert [s.isoformat() for s in stamps] == ["2024-05-05T08:00:00-04:00", "2024-05-06T10:00:00+02:00",
                                               "2024-05-07T09:00:00+02:00"]


def test_jsonld_with_extra_data_after_the_object_is_read() -> None:
    # a stray closing brace after the object, or two objects without the array around them
    obj = '{"@type": "NewsArticle", "headline": "Ferry plans agreed", "datePublished": "2024-03-05T10:00:00+01:00"}'
    assert htmlmeta._loads(obj + "\n  }\n")["headline"] == "Ferry plans agreed"
    two = htmlmeta._loads(obj + '\n{"@type": "BreadcrumbList"}')
    assert [o["@type"] for o in two] == ["NewsArticle", "BreadcrumbList"]
    assert htmlmeta._loads("} " + obj) is None  # (no value first: nothing read)
    from newsclean.plugins.declared import jsonld

    many = htmlmeta._loads(" ".join(["{}"] * (jsonld.MAX_LEADING_VALUES + 5)))
    assert len(many) == jsonld.MAX_LEADING_VALUES  # bounded
    art = clean(f"<script type='application/ld+json'>{obj} }}</script>")
    assert art.published == datetime(2024, 3, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def test_jsonld_with_script_comments_or_cdata_marks_is_read() -> None:
    commented = ('{"@type": "NewsArticle",\n  // "mainEntityOfPage": {\n  //   "@id": "x" },\n'
                 '  "url": "https://news.example.org/a//b", "headline": "Pier repairs begin",\n'
                 '  "wordCount": 410 // counted by the editor\n}')
    got = htmlmeta._loads(commented)
    assert got["headline"] == "Pier repairs begin" and got["url"] == "https://news.example.org/a//b"
    assert got["wordCount"] == 410
    wrapped = '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Pier repairs begin"}\n//]]>'
    assert htmlmeta._loads(wrapped)["headline"] == "Pier repairs begin"
    assert htmlmeta._loads('{"a": "b" // an open comment') is None


@pytest.mark.parametrize("name, content, want", [
    ("published", "July 17, 2025", date(2025, 7, 17)),
    ("w-published-date", "2025-05-27T06:03:43Z", date(2025, 5, 27)),
    ("Article_Publish_Date", "2025-05-27", date(2025, 5, 27)),
    ("last-published-date", "2025-05-27", None),   # the last publication: an update
    ("unpublish-date", "2025-05-27", None),
    ("published-modified", "2025-05-27", None),
])
def test_a_publication_meta_under_the_sites_own_name(name: str, content: str, want: "date | None") -> None:
    art = clean(f"<meta name='{name}' content='{content}'>", url=None)
    assert (art.published.date() if art.published else None) == want


def test_a_named_publication_meta_wins_over_one_of_the_sites_own_name() -> None:
    art = clean("<meta name='published' content='July 17, 2025'>"
                "<meta property='article:published_time' content='2025-07-18T10:00:00Z'>", url=None)
    assert art.published == datetime(2025, 7, 18, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, want", [
    ("Center for Ferry Safety and Research", ["Center for Ferry Safety and Research"]),  # one organisation
    ("Department of Harbours and Piers", ["Department of Harbours and Piers"]),
    ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),  # two people
    ("Anna Martel und Lea Wagner", ["Anna Martel", "Lea Wagner"]),
])
def test_an_organisations_name_is_not_split_at_its_and(value: str, want: list[str]) -> None:
    from newsclean.plugins.declared.people import _split

    assert _split(value) == want


def test_a_declared_organisation_with_and_is_credited_whole() -> None:
    art = clean("<meta name='dcterms.creator' content='Center for Ferry Safety and Research'>")
    assert art.authors == ["Center for Ferry Safety and Research"]  # credited as written, never a part of it
