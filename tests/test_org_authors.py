"""Organisations credited as the author: a person always wins; when no one is named, the
agency or publisher the page itself credits (declared author, JSON-LD Organization, a
"Von dpa" byline) is the author; a source line stays the source; nothing is invented."""
from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import authors as au

BODY_DE = ("<p>Der Stadtrat hat am Dienstag den neuen Nahverkehrsplan beschlossen, der zusätzliche Buslinien "
           "vorsieht und die Betriebszeiten am Wochenende für Fahrgäste in der ganzen Region verlängert.</p>"
           "<p>Die Opposition kritisierte die Kosten des Vorhabens und verlangte eine genaue Aufstellung, "
           "bevor weitere Mittel aus dem Haushalt des kommenden Jahres freigegeben werden.</p>")
BODY_EN = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends for riders across the region.</p>"
           "<p>Opponents criticised the cost of the project and asked for a detailed account before more "
           "money from next year's budget is released for the work.</p>")
BODY_ZH = ("<p>市议会周二投票通过了新的公共交通计划，该计划增加了公交线路，"
           "并延长了周末的服务时间，方便全市各区的乘客出行。</p>"
           "<p>反对者批评该项目成本过高，要求在明年预算拨款之前提供详细的开支说明。</p>")


def page(head: str, body: str, title: str = "Stadtrat beschließt Nahverkehrsplan") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def ld(author: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def clean(head: str, body: str, **kw: str) -> newsclean.Article:
    return newsclean.clean(page(head, body, **kw), url="https://news.example.org/a/1")


# -- an organisation alone -----------------------------------------------------------------

@pytest.mark.parametrize("line, credited", [
    ("Von dpa", "dpa"),
    ("Par AFP", "AFP"),
    ("By Associated Press", "Associated Press"),
    ("By Example News Staff", "Example News Staff"),
])
def test_a_byline_crediting_an_agency_alone_gives_the_agency(line: str, credited: str) -> None:
    art = clean("", f"<p>{line}</p>" + BODY_DE)
    assert art.authors == [credited]
    assert line not in [p.text for p in art.paragraphs]
    assert any(r.kind == "byline" and r.text == line for r in art.removed)


def test_a_declared_organisation_is_the_author_when_no_person_is_named() -> None:
    assert clean(ld({"@type": "Organization", "name": "Example Zeitung"}), BODY_DE).authors == ["Example Zeitung"]
    assert clean(ld({"@type": "NewsMediaOrganization", "name": "example.de"}), BODY_DE).authors == ["example.de"]
    assert clean("<meta name='author' content='AFP'>", BODY_DE).authors == ["AFP"]
    # the site's own name declared as the author: the page credits its publisher
    head = "<meta property='og:site_name' content='DER BEISPIEL'><meta name='author' content='DER BEISPIEL'>"
    assert clean(head, BODY_DE).authors == ["DER BEISPIEL"]
    # a JSON-LD "Person" no person test accepts is credited as written
    assert clean(ld({"@type": "Person", "name": "dpa"}), BODY_DE).authors == ["dpa"]


# -- a person and an agency -------------------------------------------------------------------

def test_an_agency_beside_the_person_is_kept() -> None:
    assert clean("", "<p>Von Paula Steiger, SDA</p>" + BODY_DE).authors == ["Paula Steiger", "SDA"]
    head = "<meta name='author' content='Felix Roth und Jana Berg, dpa'>"
    assert clean(head, BODY_DE).authors == ["Felix Roth", "Jana Berg", "dpa"]
    # a place or an outlet after the name is not an agency
    assert clean("", "<p>Von Paula Steiger, Zürich</p>" + BODY_DE).authors == ["Paula Steiger"]
    # a JSON-LD author list of a person and an agency (an Organization): both credited; another organisation not
    people = [{"@type": "Person", "name": "Paula Steiger"}, {"@type": "Organization", "name": "SDA"}]
    assert clean(ld(people), BODY_DE).authors == ["Paula Steiger", "SDA"]
    people[1]["name"] = "Example Zeitung"
    assert clean(ld(people), BODY_DE).authors == ["Paula Steiger"]


def test_repeated_author_metas_are_one_list() -> None:
    head = "<meta property='article:author' content='Anna Weber'><meta property='article:author' content='Jan Roth'>"
    assert clean(head, BODY_DE).authors == ["Anna Weber", "Jan Roth"]
    head = ("<meta property='article:author' content='Deutsche Presse-Agentur'>"
            "<meta property='article:author' content='Anna Weber'>")
    assert clean(head, BODY_DE).authors == ["Deutsche Presse-Agentur", "Anna Weber"]


def test_a_person_beats_a_declared_organisation() -> None:
    head = ld({"@type": "Organization", "name": "Example Zeitung"})
    assert clean(head, "<p>Von Anna Weber</p>" + BODY_DE).authors == ["Anna Weber"]
    head = "<meta name='author' content='Example Zeitung'>" + ld({"@type": "Person", "name": "Anna Weber"})
    assert clean(head, BODY_DE).authors == ["Anna Weber"]
    # the agency's byline first, the person's declared later: the person
    assert clean("<meta name='author' content='Anna Weber'>", "<p>Von dpa</p>" + BODY_DE).authors == ["Anna Weber"]


# -- what credits no one ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Quelle: dpa", "Source: Reuters", "Quelle: dpa, AFP"])
def test_a_source_line_on_an_undated_page_is_no_author(line: str) -> None:
    # (on a dated page crediting no one, an agency's source line credits it: test_byline_source_agency.py)
    assert clean("", f"<p>{line}</p>" + BODY_EN, title="Council approves transit plan").authors == []


def test_a_source_line_gives_the_source() -> None:
    assert clean("", "<p>Source: Reuters</p>" + BODY_EN, title="Council approves transit plan").source == "Reuters"


def test_a_chinese_source_line_and_a_portal_declared_as_author_are_no_author() -> None:
    art = clean("<meta name='author' content='云南日报报业集团'>", "<p>来源：新华社</p>" + BODY_ZH,
                title="市议会通过新的公共交通计划")
    assert art.authors == []
    assert art.source == "新华社"


def test_a_page_naming_no_one_gives_no_author() -> None:
    head = ("<meta property='og:site_name' content='Example Zeitung'>"
            "<meta name='copyright' content='© 2024 Example Zeitung'>")
    assert clean(head, BODY_DE).authors == []
    assert clean("", BODY_DE).authors == []
    # a wiki's credit to its contributors at large names no one
    assert clean(ld({"@type": "Organization", "name": "Contributors to Example projects"}), BODY_DE).authors == []


@pytest.mark.parametrize("value", ["Staff Writer", "admin", "letters", "Agencies", "105092",
                                   "https://www.example.org/author", "Das ist ein Satz. Und noch einer"])
def test_values_that_name_no_organisation(value: str) -> None:
    assert au.organisation_name(value) is None
    assert clean(f"<meta name='author' content='{value}'>", BODY_DE).authors == []


# -- the helpers --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, name", [
    ("DER BEISPIEL", "DER BEISPIEL"), ("example.de", "example.de"), ("Example Zeitung (www.example.de)",
                                                                     "Example Zeitung"),
    ("(AFP)", "AFP"), ("Anadolu Ajansı", "Anadolu Ajansı"),
])
def test_organisation_name(value: str, name: str) -> None:
    assert au.organisation_name(value) == name


def test_lower_case_names_only_when_typed_or_an_agency() -> None:
    assert au.organisation_name("beispiel") is None
    assert au.organisation_name("beispiel", typed=True) == "beispiel"
    assert au.organisation_name("dpa") == "dpa"


@pytest.mark.parametrize("value, credited", [
    ("dpa", "dpa"), ("Associated Press", "Associated Press"), ("TPN", "TPN"), ("9News Staff", "9News Staff"),
    ("Example-Redaktion", "Example-Redaktion"), ("example.de", "example.de"),
    ("Train", None), ("Berlin aus gesehen", None), ("Jane Roe", None), ("Staff", None),
])
def test_credited_organisation_in_a_byline(value: str, credited: str | None) -> None:
    assert au.credited_organisation(value) == credited


def test_agencies_and_appended_agencies() -> None:
    assert au.is_agency("DPA") and au.is_agency(" Reuters ") and au.is_agency("Agence France-Presse")
    assert not au.is_agency("Berlin") and not au.is_agency("AP Photo")  # a picture credit
    assert au.appended_agencies(["Paula Steiger", "SDA", "Zürich", "Reuters"]) == ["SDA", "Reuters"]


def test_vocabularies_are_data_grouped_and_lower_case() -> None:
    for table in (au.NEWS_AGENCIES, au.ORGANISATION_WORDS, au.COLLECTIVE_CREDIT_WORDS):
        assert len(table) >= 3
        for words in table.values():
            assert words and all(w == w.lower() and w.strip() == w for w in words)
    assert au.SCORE_ORGANISATION < 2.0  # below the publisher named as author and every person


# -- desks and brands: the policy (issue 9) ---------------------------------------------------------
# A desk, newsroom, agency or the publisher's brand the page credits as its author is kept, as an
# organisation below every person (the labelled sets credit them so); a newsroom's generic word
# alone names no one, and the words after the site's own name in an author field are its address.


@pytest.mark.parametrize("value", ["Nachrichten", "News", "Online-Redaktion", "Staff Writer", "Redaktion"])
def test_a_newsrooms_word_alone_names_no_one(value: str) -> None:
    assert au.names_no_one(value)
    assert au.organisation_name(value) is None
    assert clean(f"<meta name='author' content='{value}'>", BODY_DE).authors == []


@pytest.mark.parametrize("value", ["National Desk", "BBC News", "Redaktion hessenschau.de", "AOL Staff"])
def test_a_named_desk_or_brand_is_credited_as_an_organisation(value: str) -> None:
    assert not au.names_no_one(value)
    art = clean(f"<meta name='author' content='{value}'>", BODY_EN)
    assert art.authors == [value]
    art = clean(f"<meta name='author' content='{value}'>",
                "<div class='byline'>By Jane Doe</div>" + BODY_EN)
    assert art.authors == ["Jane Doe"]  # any person wins


def test_the_places_after_the_sites_own_name_are_no_people() -> None:
    art = clean("<meta name='author' content='news.example.org, Frankfurt, Germany'>", BODY_DE)
    assert art.authors == ["news.example.org"]  # the site credits itself
    art = clean("<meta name='author' content='Jane Doe, Frankfurt'>", BODY_DE)
    assert "Jane Doe" in art.authors  # no site named: the value is read as it is


def test_an_abbreviated_word_is_no_name() -> None:
    from newsclean.plugins import htmlmeta

    assert htmlmeta._clean_name("Min.") is None
    assert htmlmeta._clean_name("Dirk K.") == "Dirk K."  # (an initial in a name stays)
