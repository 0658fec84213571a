"""A dump's title line: a byline over the date, a breadcrumb trail, a pull quote are no headline."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import title

BODY_EN = ("The county board voted on Tuesday to approve the new river bridge plan, which adds two lanes "
           "and a path for cyclists across the valley, officials said after the meeting.")
BODY_DE = ("Der Kreistag hat am Dienstag den Plan für die neue Flussbrücke gebilligt, die zwei Fahrspuren "
           "und einen Radweg über das Tal bringen soll, sagten Vertreter nach der Sitzung.")
HEADLINE_EN = "County board approves the new river bridge plan"
HEADLINE_DE = "Kreistag billigt den Plan für die neue Flussbrücke"


def clean(dump: str, url: str | None = None) -> newsclean.Article:
    return newsclean.Cleaner(plugins=[title], entry_points=False).clean(dump, url, input_kind="text")


@pytest.mark.parametrize("byline", [
    "von Max Muster",
    "Von Max Muster, Redakteur",
    "Max Muster Redakteur",
    "Max Muster und Erika Beispiel",
])
def test_a_german_byline_over_the_date_is_no_title(byline: str) -> None:
    dump = "\n".join(["Startseite", "Politik", HEADLINE_DE, byline, "02.05.2024, 10:15 Uhr", "", BODY_DE])
    assert clean(dump).title == HEADLINE_DE


@pytest.mark.parametrize("byline", ["Jane Roe and AP", "The Associated Press", "Jane Roe, John Doe"])
def test_an_english_byline_without_its_label_over_the_date_is_no_title(byline: str) -> None:
    dump = "\n".join(["Home", "News", HEADLINE_EN, byline, "May 2, 2024 10:15 AM", "", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_a_byline_after_a_standfirst_leaves_the_headline_above_it() -> None:
    lead = "Berlin. Der Kreistag hat lange gestritten. Nun steht fest, wie die neue Brücke über das Tal aussehen soll und wann sie fertig wird."
    dump = "\n".join(["Startseite", HEADLINE_DE, lead, "Von Max Muster, Redakteur", "02.05.2024, 10:15 Uhr", "",
                      BODY_DE])
    assert clean(dump).title == HEADLINE_DE


def test_a_title_case_headline_alone_over_the_date_is_still_the_title() -> None:
    dump = "\n".join(["Home", "News", "Bridge Plan Wins Approval", "May 2, 2024 10:15 AM", "", BODY_EN])
    assert clean(dump).title == "Bridge Plan Wins Approval"


def test_a_pull_quote_over_the_byline_is_no_title() -> None:
    quote = "\u201cWe waited twenty years for this bridge and we will not wait another day for it.\u201d"
    dump = "\n".join(["Home", HEADLINE_EN, "", quote, "", "Jane Roe", "May 2, 2024 10:15 AM", "", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_a_zh_pull_quote_over_the_byline_is_no_title() -> None:
    headline = "城市更新的下一站：老街区如何焕新"
    dump = "\n".join(["首页", headline, "“我们会把老街区的记忆留下来。”", "作者：张三", "2025-03-02 10:15", "",
                      "市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。"])
    assert clean(dump).title == headline


@pytest.mark.parametrize("trail", [f"Home {HEADLINE_EN}", f"HomeNews{HEADLINE_EN}", f"Home 9 News 9 {HEADLINE_EN}"])
def test_a_breadcrumb_trail_ending_in_the_slugs_headline_gives_way_to_the_headline(trail: str) -> None:
    dump = "\n".join(["Home", "News", trail, "News", HEADLINE_EN, "By Jane Roe", "May 2, 2024", "", BODY_EN])
    art = clean(dump, url="https://example.org/news/county-board-approves-new-river-bridge-plan/")
    assert art.title == HEADLINE_EN


def test_a_menu_word_opening_like_a_label_is_no_header_line() -> None:
    # "Bypass" opens with "By" yet is no byline: the line over it is no headline over its header
    dump = "\n".join(["Home", "Politics and Government News", "Bypass", "Sport", "", HEADLINE_EN,
                      "May 2, 2024 10:15 AM", "", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


@pytest.mark.parametrize("headline", ["Poland closes the border. Talks are off for now",
                                      "Sąsiedzi zamykają granicę. Rozmowy odłożone na później"])
def test_a_headline_of_two_sentences_over_its_lead_and_date_is_the_title(headline: str) -> None:
    lead = ("The government said on Tuesday that the crossing would stay shut until further notice, "
            "and that talks with its neighbour had been put off.")
    dump = "\n".join(["Home", "World", headline, lead, "", "Updated: 02.05.2024 10:15", "", BODY_EN])
    assert clean(dump).title == headline


def test_a_headline_under_its_date_line_wins_over_a_menu_item() -> None:
    dump = "\n".join(["Front Page", "Business", "Editorial & Opinion", "Sports", "World", "Features", "Search",
                      "Home", "Front Page", "Wed, May 1, 2024 page1",
                      HEADLINE_EN, "BRIDGE VOTE: The board met for the third time on the plan, officials said",
                      "Staff Writer, RIVERTON", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_a_reporters_email_under_the_headline_anchors_the_title() -> None:
    dump = "\n".join(["Home", "News", HEADLINE_EN, "Jane Roe, Reporter", "jane.roe@example.org", "Entered:",
                      "2024-05-02 10:15:00", "Share this", "Font size", "Close", "Print", "Copy link", "",
                      "Police officers at the scene on Tuesday morning", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_an_account_email_under_its_label_anchors_no_title() -> None:
    dump = "\n".join(["Home", "Our newsletter for your city", "Signed in as:", "user@example.org", "Log out",
                      "", HEADLINE_EN, "May 2, 2024 10:15 AM", "", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_a_caption_crediting_the_byline_name_is_no_title() -> None:
    caption = "Officers at the first raid on Monday in the old town / Max Muster"
    dump = "\n".join(["Home", HEADLINE_DE, "", caption, "", "Max Muster", "", "12. MÄR 2025 18:03", "", BODY_DE])
    assert clean(dump).title == HEADLINE_DE


def test_a_breadcrumb_trail_over_its_headline_gives_way_without_a_url() -> None:
    dump = "\n".join(["About us", "Contact", "Wednesday, 01 May 2024", f"Home 9 News 9 {HEADLINE_EN}", HEADLINE_EN,
                      "", "by Jane Roe | 2 May 2024", "", BODY_EN])
    assert clean(dump).title == HEADLINE_EN


def test_a_paragraph_of_sentences_over_a_post_header_is_no_title() -> None:
    para = ("What they sell at the launch are shirts, the proceeds going to the relief fund. Which is great, "
            "and I will pick one up for myself. Look for it in a future show!")
    dump = "\n".join([HEADLINE_EN, "", BODY_EN, "", para, "", "Jane", "Posted to News on 9 November 2012 · Comments (1)"])
    assert clean(dump).title == HEADLINE_EN



@pytest.mark.parametrize("text, want", [
    ("Iran says no. Talks are off for now", True),
    ("What they sell are shirts. Which is great, and I will pick one up. Look for it in a future show!", False),
    ("(I will leave comments open. There will be nothing nasty in this thread.]", False),
])
def test_a_two_sentence_headline_is_short_and_no_paragraph(text: str, want: bool) -> None:
    line = type("Line", (), {"text": text, "kind": "paragraph", "link_density": 0.0})()  # a dump's line
    assert title._two_sentence_headline(line) is want


@pytest.mark.parametrize("heading", [
    "3 Responses to “Council approves the harbour plan”",
    "One thought on “Council approves the harbour plan”",
])
def test_a_comment_sections_heading_naming_the_post_is_no_title(heading: str) -> None:
    # a blog theme heads its comments with their count and the post's title, a date under each comment
    dump = "\n".join(["Harbour Notes", "", BODY_EN, "", heading, "Jane Roe on 02.05.2024 at 10:15",
                      "Great news for the town, thank you for writing it up.", ""])
    assert clean(dump).title != heading
