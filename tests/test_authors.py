"""newsclean.authors (name shapes, roles, publishers) and how htmlmeta and byline use it."""
from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import authors as au
from newsclean.plugins import byline, htmlmeta, title

BODY_EN = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends for riders across the region.</p>")


def clean_html(head: str, body: str = BODY_EN) -> newsclean.Article:
    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page, "https://news.example.org/a/1")


def test_vocabularies_are_grouped_by_language_and_lower_case() -> None:
    for table in (au.ROLE_TITLES, au.NAME_ENDERS):
        assert {"en", "de", "fr", "es", "it"} <= set(table)
        for words in table.values():
            assert words and all(w == w.lower() and w.strip() == w for w in words)


@pytest.mark.parametrize("value, name", [
    ("Howard BlumeStaff Writer", "Howard Blume"),        # the title in its own element, glued
    ("Howard Blume Staff Writer", "Howard Blume"),
    ("Jane Doe, Senior Correspondent", "Jane Doe"),
    ("Anna Schmidt, Redakteurin", "Anna Schmidt"),
    ("Marie Dupont | Journaliste", "Marie Dupont"),
    ("Staff Writer", "Staff Writer"),                     # only a role: left for the organisation test
    ("AP Technology Writer", "AP Technology Writer"),     # no name before a one-word role after a space
    ("Jana Beispiel Redakteurin", "Jana Beispiel"),         # a one-word role of another language after a space
    ("Jean Dupont journaliste", "Jean Dupont"),
    ("Jane Doe Reporter", "Jane Doe Reporter"),           # (an English word: may end a name or an org)
    ("Anna Korrespondentin", "Anna Korrespondentin"),     # one word left: no full name
    ("Jane Doeditor", "Jane Doeditor"),                   # a role glued to a name only at a capital
    ("Mary-Jane Doe", "Mary-Jane Doe"),
])
def test_strip_role(value: str, name: str) -> None:
    assert au.strip_role(value) == name


@pytest.mark.parametrize("value, name", [
    ("Michael Larabel in Science on", "Michael Larabel"),
    ("Anna Weber am 3. Mai", "Anna Weber"),
    ("Luis Martín en Madrid", "Luis Martín"),
    ("in Berlin", "in Berlin"),
])
def test_cut_at_ender(value: str, name: str) -> None:
    assert au.cut_at_ender(value) == name


@pytest.mark.parametrize("value, out", [
    ("Gillman, Steve", "Steve Gillman"),
    ("Lee, Ann Marie", "Ann Marie Lee"),
    ("Doe, J.", "J. Doe"),
    ("Ann Lee, Bo Chen", "Ann Lee, Bo Chen"),   # two people
    ("Lee Ann, Bo", "Lee Ann, Bo"),             # unclear: left alone
])
def test_uninvert(value: str, out: str) -> None:
    assert au.uninvert(value) == out


def test_copyright_holder_and_publisher_names() -> None:
    assert au.copyright_holder("Copyright (c) Example Media Group 2022") == "Example Media Group"
    assert au.copyright_holder("© 2021 Example Media. All rights reserved.") == "Example Media"
    assert au.copyright_holder("all rights reserved") is None
    metas = {"copyright": ["Copyright (c) Example Media Group 2022"], "article:publisher": ["https://fb.example/x"]}
    jsonld = [{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Example Daily"}}]
    assert au.publisher_names(metas, jsonld) == ["Example Media Group", "Example Daily"]


def test_publisher_as_meta_author_yields_to_a_person() -> None:
    # a publisher whose name reads like a person's (a founder's name): only the copyright line tells
    head = ("<meta name='author' content='Hartwell Brandt'>"
            "<meta name='copyright' content='Copyright (c) Hartwell Brandt 2022'>")
    body = ("<h1>Council approves plan</h1><div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
            "<span itemprop='name'>Dana Whitfield</span></div>" + BODY_EN)
    assert clean_html(head, body).authors == ["Dana Whitfield"]
    # nothing names a person: the publisher stays (some publishers sign their own pieces)
    assert clean_html(head).authors == ["Hartwell Brandt"]


def test_inverted_meta_author_and_og_article_author() -> None:
    assert clean_html("<meta name='parsely-author' content='Gillman, Steve'>").authors == ["Steve Gillman"]
    assert clean_html("<meta property='og:article:author' content='Cécile Dufour'>").authors == ["Cécile Dufour"]


def test_role_after_a_byline_name_in_a_text_dump() -> None:
    cleaner = newsclean.Cleaner(plugins=[title, byline], entry_points=False)
    text = "Council approves the new transit plan\n\nBy Howard Blume, Staff Writer\n\n" + \
           "The city council voted on Tuesday to approve the new transit plan, which adds bus routes."
    assert cleaner.clean(text, input_kind="text").authors == ["Howard Blume"]


def clean_page(body: str, body_attrs: str = "") -> newsclean.Article:
    page = f"<html><head><meta charset='utf-8'></head><body {body_attrs}>{body}</body></html>"
    return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page, "https://news.example.org/a/1")


def test_byline_label_in_its_own_element() -> None:
    body = "<h1>Council approves plan</h1><div class='byline'><span>By</span><a href='/p/jd'>Jane Doe</a></div>"
    assert clean_page(body + BODY_EN).authors == ["Jane Doe"]
    body = "<h1>Council approves plan</h1><div class='byline'><span>By</span><span>by JANE DOE and BO CHEN</span></div>"
    assert clean_page(body + BODY_EN).authors == ["JANE DOE", "BO CHEN"]


def test_byline_name_followed_by_section_and_date() -> None:
    body = ("<h1>Council approves plan</h1><div class='author'>Written by Michael Larabel in Transit on "
            "1 June 2019 at 08:34 PM EDT. 51 Comments</div>")
    assert clean_page(body + BODY_EN).authors == ["Michael Larabel"]


def test_byline_in_the_articles_own_footer() -> None:
    article = ("<article><h1>Council approves plan</h1>{}" + BODY_EN + "</article>")
    footer = "<footer class='meta'><p class='byline'>By Jane Doe</p></footer>"
    assert clean_page(article.format(footer)).authors == ["Jane Doe"]
    # the page's footer (outside the article) names no author of it
    assert clean_page(article.format("") + footer).authors == []


def test_rel_author_links() -> None:
    teaser = "<div class='row'><a rel='author' href='/a/bo'>Bo Chen</a></div>"
    byline = "<div class='byline'><a rel='author' href='/a/ann'>Ann Lee</a> and <a rel='author' href='/a/cy'>Cy Dorn</a></div>"
    # teasers before the title name other stories' authors; a class of <body> judges no element
    body = teaser + "<h1>Council approves plan</h1>" + byline + BODY_EN
    assert clean_page(body, "class='no-footer-ad'").authors == ["Ann Lee", "Cy Dorn"]
    # an <address> is the article's contact block even inside an aside
    body = "<h1>Council approves plan</h1><aside><address><a rel='author' href='/a/ann'>Ann Lee</a></address></aside>"
    assert clean_page(body + BODY_EN).authors == ["Ann Lee"]
    assert clean_page("<h1>Council approves plan</h1><aside><a rel='author' href='/a/ann'>Ann Lee</a></aside>"
                      + BODY_EN).authors == []


def test_labelled_author_metas() -> None:
    metas = {"twitter:label1": ["Written by"], "twitter:data1": ["Dana Whitfield"],
             "twitter:label2": ["Est. reading time"], "twitter:data2": ["3 minutes"],
             "twitter:misc:verfasst von": ["Anna Weber"]}
    assert au.labelled_author_metas(metas) == ["Dana Whitfield", "Anna Weber"]
    assert au.labelled_author_metas({"twitter:label1": ["Est. reading time"], "twitter:data1": ["3"]}) == []


def test_written_by_meta_pair_when_nothing_better() -> None:
    head = "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Dana Whitfield'>"
    assert clean_html(head).authors == ["Dana Whitfield"]
    # the posting account yields to the byline the page shows
    body = "<h1>Council approves plan</h1><div class='byline'>By Ann Lee</div>" + BODY_EN
    assert clean_html(head, body).authors == ["Ann Lee"]


def test_a_byline_label_alone_is_no_name() -> None:
    # "von" is the label, not a name; the agency it credits (no person named) is the author
    body = "<h1>Ratsbeschluss</h1><div class='article-author'><p>von</p> <div>APA</div></div>" + BODY_EN
    assert clean_page(body).authors == ["APA"]


@pytest.mark.parametrize("value, name", [
    ("Ellyn Shook Ellyn Shook", "Ellyn Shook"),
    ("Jane Doe Staff Writer", "Jane Doe"),
    ("Anna Anna", "Anna Anna"),            # one word twice: a name of its own kind, left alone
    ("Ann Lee", "Ann Lee"),
])
def test_tidy_name(value: str, name: str) -> None:
    assert au.tidy_name(value) == name


def test_profile_link_under_the_title_when_nothing_else_names_the_author() -> None:
    head_links = "<nav><a href='/author/site-admin'>Site Admin</a></nav>"
    byline = "<div class='meta'><span>By</span> <a href='/author/chris-tan'>Chris Tan</a></div>"
    teaser = "<div class='related-stories'><a href='/author/bo-chen'>Bo Chen</a></div>"
    body = head_links + "<h1>Council approves plan</h1>" + byline + BODY_EN + teaser
    assert clean_page(body).authors == ["Chris Tan"]
    # several profile links side by side: one byline naming several people
    byline2 = "<ul class='authorList'><li><a href='/autoren/anna-weber/'>Anna Weber</a></li></ul>"
    assert clean_page("<h1>Ratsbeschluss</h1>" + byline2 + BODY_EN).authors == ["Anna Weber"]
    # only a teaser's author, or a link before the title: no author
    assert clean_page("<h1>Council approves plan</h1>" + BODY_EN + teaser).authors == []
    assert clean_page(head_links + "<h1>Council approves plan</h1>" + BODY_EN).authors == []
    # a declared author wins over the link
    assert clean_html("<meta name='author' content='Dana Whitfield'>", "<h1>Council</h1>" + byline + BODY_EN
                      ).authors == ["Dana Whitfield"]


def test_profile_link_names_groups_side_by_side_links() -> None:
    import lxml.html
    body = lxml.html.fromstring("<body><h1>T</h1><p><a href='/people/ann-lee'>Ann Lee</a> and "
                                "<a href='/people/cy-dorn'>Cy  Dorn</a> <a href='/tags/x'>x</a></p></body>")
    assert au.profile_link_names(body) == ["Ann Lee", "Cy Dorn"]


def test_a_link_labelled_as_the_authors_articles_names_the_author() -> None:
    link = ("<div><a href='/av/{slug}' aria-label='Se alla artiklar av {name}'><img src='/p.jpg' alt=''>"
            "<p>{name}</p></a></div>")
    body = "<h1>Hanna försvunnen</h1>" + link.format(slug="lena-berg", name="Lena Berg") + BODY_EN
    assert clean_page(body).authors == ["Lena Berg"]
    german = "<h1>Rat</h1><a href='/x/123' title='Alle Artikel von Jonas Weber'>JW</a>" + BODY_EN
    assert clean_page(german).authors == ["Jonas Weber"]
    # a link whose label names no person (a section), or no label at all: no author
    assert clean_page("<h1>Rat</h1><a href='/x/1' title='Alle Artikel von heute'>mehr</a>" + BODY_EN).authors == []
    assert clean_page("<h1>Rat</h1><a href='/av/lena-berg'>Lena Berg</a>" + BODY_EN).authors == []


def test_byline_metas() -> None:
    assert clean_html("<meta name='byline' content='Jane Doe | jdoe@news.example.org'>").authors == ["Jane Doe"]
    assert clean_html("<meta name='article_author' content='Jane Doe'>").authors == ["Jane Doe"]


def test_declared_author_in_lower_case() -> None:
    assert au.declared_case("cindy marlow") == "Cindy Marlow"
    assert au.declared_case("ana de souza") == "Ana de Souza"
    assert au.declared_case("admin") == "admin"              # one word: no name to vouch for
    assert clean_html("<meta name='author' content='cindy marlow'>").authors == ["Cindy Marlow"]
    assert clean_html("<meta name='author' content='staff writer'>").authors == []


def test_is_profile_link() -> None:
    assert au.is_profile_link("/author/jane-doe")
    assert au.is_profile_link("https://news.example.org/autoren/anna-weber/?ref=top#x")
    assert not au.is_profile_link("/author/")
    assert not au.is_profile_link("/news/author-interview-2024")
    assert not au.is_profile_link("/tags/politics")


def test_author_elements_are_read_as_the_page_shows_them() -> None:
    # a name's parts in touching elements are two words, and a script inside the byline is no text of it
    rel = ("<h1>Council approves plan</h1><div class='byline'><a rel='author' href='/a/ann'><span>Ann</span>"
           "<span>Lee</span><script>track('byline')</script></a></div>")
    assert clean_page(rel + BODY_EN).authors == ["Ann Lee"]
    prop = ("<h1>Council approves plan</h1><div itemprop='author'><span itemprop='name'><span>Cy</span>"
            "<span>Dorn</span></span></div>")
    assert clean_page(prop + BODY_EN).authors == ["Cy Dorn"]


def test_profile_link_names_read_touching_elements_apart() -> None:
    import lxml.html
    body = lxml.html.fromstring("<body><h1>T</h1><p><a href='/people/ann-lee'><b>Ann</b><b>Lee</b></a></p></body>")
    assert au.profile_link_names(body) == ["Ann Lee"]
