"""The related plugin: related/hot lists with their teasers go, the body around them stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import related
from newsclean.plugins.related import is_related_heading, is_related_line, is_teaser_shaped


def removed(page: str, input_kind: str | None = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[related], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


P1 = "今年夏天，沿江步道全线贯通，市民可以从老码头一路步行到湿地公园，全程约十二公里，沿途设有八处驿站和观景平台。"
P2 = "据介绍，步道建设采用了透水铺装和本地树种，既方便雨水下渗，也降低了后期养护成本，周末日均客流已超过两万人次。"
P3 = "管理部门表示，下一步将增设夜间照明和无障碍设施，并在主要出入口开通共享单车停放点，方便市民换乘。"
E1 = ("The riverside path now runs the full twelve kilometres from the old pier to the wetland park, with eight "
      "rest stops and viewing platforms along the way.")
E2 = ("Officials said lighting and step-free access would be added next year, and bike racks installed at the "
      "main entrances so that visitors can switch easily.")


@pytest.mark.parametrize("text", [
    "相关内容", "相关阅读", "热门资讯", "【推荐阅读】", "猜你喜欢", "延伸阅读：", "热门推荐 >>", "相关新闻 更多",
    "更多精彩内容", "Related", "Related articles", "Most read", "Read more", "More from Example News",
    "You may also like", "Recommended for you", "RELATED STORIES",
])
def test_headings(text: str) -> None:
    assert is_related_heading(text)


@pytest.mark.parametrize("text", ["Autres actualités", "Otras noticias", "Outras notícias", "Andere Nachrichten",
                                  "Ander nieuws", "Altre notizie", "Weitere Nachrichten"])
def test_other_news_headings(text: str) -> None:
    assert is_related_heading(text)
    assert not is_related_heading(text + " aus der Region hat der Rat am Montag beschlossen, die Brücke zu sanieren.")


def test_other_news_list_at_the_end_goes() -> None:
    page = "\n\n".join([E1, E2, "Otras noticias", "City opens new wetland trail", "Bike racks arrive downtown"])
    assert removed(page) == {"Otras noticias": "related", "City opens new wetland trail": "related",
                             "Bike racks arrive downtown": "related"}


@pytest.mark.parametrize("text", [
    "相关部门表示", "阅读", "更多", "推荐", "热门", "2025年中国城市排行榜", "More", "Related parties agreed",
    "Read more about the plan in our guide.", "The most read book of the year",
])
def test_not_headings(text: str) -> None:
    assert not is_related_heading(text)


def test_teaser_shapes() -> None:
    assert is_teaser_shaped("沿江步道全线贯通 市民... 记者从市园林局获悉...")
    assert is_teaser_shaped("· 新建绿道八十公里")
    assert is_teaser_shaped("湿地公园迎来候鸟季 2025-03-02")
    assert is_teaser_shaped("Riverside path opens to the public…")
    assert not is_teaser_shaped(P1)


def test_inline_reference() -> None:
    assert is_related_line("相关阅读：沿江步道全线贯通")
    assert is_related_line("Read more: How the riverside path was built")
    assert not is_related_line("相关部门：市园林局")


def test_end_of_page_list_zh() -> None:
    teaser = "湿地公园迎来候鸟季 记者... 记者从市林业局获悉，今年冬季到湿地越冬的候鸟数量..."
    page = "\n\n".join([P1, P2, P3, "相关内容", "热门资讯", "沿江步道夜景亮相", "新建驿站投入使用", teaser])
    got = removed(page)
    assert got == {"相关内容": "related", "热门资讯": "related", "沿江步道夜景亮相": "related",
                   "新建驿站投入使用": "related", teaser: "related"}


def test_end_of_page_list_en() -> None:
    page = "\n\n".join([E1, E2, "Related stories", "City opens new wetland trail", "Bike racks arrive downtown",
                        "Pier restoration project wins award"])
    got = removed(page)
    assert set(got) == {"Related stories", "City opens new wetland trail", "Bike racks arrive downtown",
                        "Pier restoration project wins award"}


def test_mid_article_box_keeps_the_following_section() -> None:
    page = "\n\n".join([P1, P2, "相关阅读", "· 沿江步道夜景亮相", "· 新建驿站投入使用", "配套设施", P3])
    got = removed(page)
    assert got == {"相关阅读": "related", "· 沿江步道夜景亮相": "related", "· 新建驿站投入使用": "related"}


def test_summary_sentence_after_a_heading_is_not_a_teaser() -> None:
    page = "\n\n".join([E1, E2, "Related stories", "Visitors have welcomed the changes so far this spring.", E1])
    assert removed(page) == {"Related stories": "related"}


def test_list_before_the_body_takes_only_teaser_shaped_items() -> None:
    # a sidebar above the article in a dump: the title and date lines after it stay
    page = "\n".join(["热门推荐", "· 沿江步道夜景亮相", "· 新建驿站投入使用", "沿江步道全线贯通", "2025-03-02 10:15",
                      "", P1, "", P2])
    got = removed(page)
    assert got == {"热门推荐": "related", "· 沿江步道夜景亮相": "related", "· 新建驿站投入使用": "related"}


def test_html_marked_container() -> None:
    items = "".join(f"<li><a href='/s{i}'>Story number {i} about the city</a></li>" for i in range(5))
    page = (f"<html><body><article><h1>Riverside path opens</h1><p>{E1}</p><p>{E2}</p></article>"
            f"<div class='related-articles'><ul>{items}</ul></div><p>{E1}</p></body></html>")
    got = removed(page, input_kind=None)
    assert len(got) == 5 and set(got.values()) == {"related"}
    assert E1 not in got


def test_html_heading_and_links() -> None:
    items = "".join(f"<li><a href='/s{i}'>沿江步道第{i}期工程完工</a></li>" for i in range(3))
    page = (f"<html><body><div><p>{P1}</p><p>{P2}</p></div><div><h3>相关阅读</h3><ul>{items}</ul></div>"
            f"<div><p>{P3}</p></div></body></html>")
    got = removed(page, input_kind=None)
    assert "相关阅读" in got and len(got) == 4
    assert P3 not in got


def _listicle_item(heading: str) -> str:
    # a listicle's item box: its heading, its prose, then a related list of its own under "More on …"
    links = "".join(f"<li><a href='/guides/{i}'>Guide number {i} to the riverside path</a></li>" for i in range(3))
    return (f"<div class='item'><h2>{heading}</h2><div class='text'><p>{E1}</p></div>"
            f"<div class='links'><h4>Related articles</h4><ul>{links}</ul></div></div>")


def test_html_a_numbered_linked_heading_over_prose_ends_a_related_list() -> None:
    page = ("<html><body><main>" + _listicle_item("<a href='/one'>1. The old pier</a>")
            + _listicle_item("<a href='/two'>2. The wetland park</a>") + "</main></body></html>")
    got = removed(page, input_kind=None)
    assert "2. The wetland park" not in got and E1 not in got
    assert got.get("Guide number 0 to the riverside path") == "related"  # (the lists themselves still go)


def test_html_an_unnumbered_linked_heading_still_continues_a_related_list() -> None:
    # precision guard: an unnumbered linked headline after a related list's links is one more teaser
    page = ("<html><body><main>" + _listicle_item("<a href='/one'>The old pier</a>")
            + _listicle_item("<a href='/two'>The wetland park</a>") + "</main></body></html>")
    assert removed(page, input_kind=None).get("The wetland park") == "related"


def test_html_body_after_a_linked_more_heading_stays() -> None:
    page = (f"<html><body><div class='box'><ul><li><a href='/a'>Bike racks arrive downtown</a></li></ul>"
            "<p><a href='/more'>More from Example News</a></p></div>"
            f"<div class='story'><p>Here are the highlights:</p><ul><li>Twelve kilometres</li></ul><p>{E1}</p></div>"
            "</body></html>")
    got = removed(page, input_kind=None)
    assert got == {"More from Example News": "related"}


def test_nordic_czech_korean_references_and_headings() -> None:
    from newsclean.plugins.related import is_related_heading, is_related_line

    assert is_related_line("Läs också: Regeringen lägger fram ny budget")
    assert is_related_line("Les også: Statsministeren svarer på kritikken")
    assert is_related_line("Čtěte také: Vláda schválila rozpočet")
    assert is_related_heading("Taip pat skaitykite") and is_related_heading("관련기사")
    assert not is_related_line("Läs också vad forskarna skriver i sin rapport, säger hon, innan mötet börjar.")
    assert is_related_line("Διαβάστε επίσης: Νέα μέτρα για την ακρίβεια") and is_related_heading("Σχετικά άρθρα")


# --- an article's own "See also" / "Further reading" list (issue 9) ---------------------------------
E3 = ("The path also links three neighbourhoods that had no riverside access before, and the city expects "
      "shops along the route to benefit within the first year of opening.")


def _own_list_page(heading: str, items: str, after: str) -> str:
    return (f"<html><body><div class='post-body'><h1>Riverside path opens</h1><p>{E1}</p><p>{E2}</p>"
            f"<h2>{heading}</h2><ul>{items}</ul>{after}</div>"
            "<div class='site-footer'><p>About us</p></div></body></html>")


@pytest.mark.parametrize("heading", ["See also", "Further reading", "Weiterführende Literatur", "Siehe auch",
                                     "Voir aussi", "Zobacz też"])
def test_html_own_reference_list_inside_the_body_stays(heading: str) -> None:
    # titles linking elsewhere, but the article goes on after the list (another section)
    items = "".join(f"<li><a href='/wiki/T{i}'>Topic number {i}</a></li>" for i in range(4))
    got = removed(_own_list_page(heading, items, f"<h2>History</h2><p>{E3}</p>"), input_kind=None)
    assert heading not in got and not any(t.startswith("Topic number") for t in got)


def test_html_reference_items_written_as_citations_stay_at_the_end() -> None:
    items = ("<li><em>On Rivers and Cities</em>, by Smith and Jones (2003);</li>"
             "<li><a href='https://example.org/paper'>The Wetland Report</a>, by the park trust, 2019.</li>")
    got = removed(_own_list_page("Further reading", items, ""), input_kind=None)
    assert got == {}


def test_html_see_also_teasers_at_the_end_still_go() -> None:
    # the precision guard: title-only links closing the article are a teaser list
    items = "".join(f"<li><a href='/news/s{i}'>Bike racks arrive downtown {i}</a></li>" for i in range(4))
    got = removed(_own_list_page("See also", items, ""), input_kind=None)
    assert got.get("See also") == "related" and len(got) == 5


def test_html_related_heading_inside_the_body_still_goes() -> None:
    # "Related" / "Read more" are never an article's own reference list
    items = "".join(f"<li><a href='/news/s{i}'>Bike racks arrive downtown {i}</a></li>" for i in range(3))
    got = removed(_own_list_page("Read more", items, f"<h2>History</h2><p>{E3}</p>"), input_kind=None)
    assert got.get("Read more") == "related" and len(got) == 4


def test_html_see_also_box_outside_the_body_goes() -> None:
    # no body text in the heading's own container: a sidebar box, not the article's section
    items = "".join(f"<li><a href='/news/s{i}'>Bike racks arrive downtown {i}</a></li>" for i in range(3))
    page = (f"<html><body><div class='story'><p>{E1}</p><p>{E2}</p></div>"
            f"<div class='box'><h3>See also</h3><ul>{items}</ul></div><div class='story'><p>{E3}</p></div>"
            "</body></html>")
    got = removed(page, input_kind=None)
    assert got.get("See also") == "related" and len(got) == 4


def test_html_prose_rich_in_links_under_a_related_heading_stays() -> None:
    """A paragraph of two sentences with text of its own beside its links is prose, not a teaser, even
    under a heading worded like a related list's (a post titled ``More on …``); link titles still go."""
    prose = ('<p>Thanks to everyone who wrote in about <a href="/a">why the riverside path closes at dusk</a>. '
             'The council also <a href="/b">discussed it at length last year</a>.</p>')
    teasers = '<p><a href="/c">Riverside path to get new lights</a></p><p><a href="/d">Wetland park reopens</a></p>'
    for heading in ("More on the riverside path:", "Related"):
        for after in (prose, teasers + prose):
            page = f"<html><body><article><p>{E1}</p><p>{E2}</p><h2>{heading}</h2>{after}</article></body></html>"
            got = removed(page, input_kind=None)
            assert not any(t.startswith("Thanks to everyone") for t in got), heading
            assert (got.get("Riverside path to get new lights") == "related") is (after != prose), heading
    assert related._linked_prose(newsclean.document.Block(0, "Read it here. And there.", link_chars=5)) is False


# --- a lead-in line closed by a colon heads a related list (snippets44) --------

@pytest.mark.parametrize("text", [
    "If you liked this post you might also like:",
    "You may also be interested in the following articles:",
    "Diese Beiträge könnten dich auch interessieren:",
    "Ces articles pourraient vous intéresser :",
])
def test_lead_in_lines(text: str) -> None:
    assert related.is_related_lead(text)
    assert not related.is_related_heading(text)


@pytest.mark.parametrize("text", [
    "You may also be interested in the following articles",  # no colon: no list follows
    "The council said residents may be interested in the following options:"
    " a ferry pass, a bike rack or a parking permit for the harbour",  # too long
    "Tickets sold out. Visitors might also like the museum:",  # two sentences: prose
    "The mayor listed the roads that will close next week:",  # no lead-in phrase
])
def test_lines_that_lead_into_no_related_list(text: str) -> None:
    assert not related.is_related_lead(text)


def test_lead_in_line_and_its_links_go() -> None:
    body = "".join(f"<p>{p}</p>" for p in (E1, E2, E1.replace("twelve", "ten")))
    items = "".join(f'<li><a href="/post-{i}">{t}</a></li>' for i, t in enumerate(
        ("Ten ferries of the northern coast", "A winter walk along the dunes", "How the old pier was rebuilt")))
    page = (f"<html><body><article><h1>The riverside path</h1>{body}<p>If you liked this post you might also like:</p>"
            f"<ul>{items}</ul></article></body></html>")
    art = newsclean.Cleaner(plugins=[related], entry_points=False).clean(page)
    got = {r.text: (r.kind, r.plugin) for r in art.removed}
    assert got.get("If you liked this post you might also like:") == ("related", "related:lists")
    assert got.get("A winter walk along the dunes") == ("related", "related:lists")
    assert "wetland park" in art.text


@pytest.mark.parametrize("text,heading", [
    ("Posts Related to Harbour Ferry Review", True), ("Stories related to the flood", True),
    ("Weitere Beiträge zum Thema Hafen", True), ("Weitere Videos aus der Region", True),
    ("Articles related", False), ("Weitere Beiträge folgen morgen, sagte die Sprecherin.", False),
])
def test_headings_naming_what_the_posts_relate_to(text: str, heading: bool) -> None:
    assert is_related_heading(text) is heading


BLURB = "A look back at how the old pier was rebuilt, plank by plank."


def _card_page(after_blurb: str) -> str:
    card = ("<div class='card'><span>Related</span><div class='card-body'><h5><a href='/pier'>How the old pier "
            f"came back</a></h5><p>{BLURB}</p>{after_blurb}</div></div>")
    return f"<html><body><main><h1>Riverside path opens</h1><p>{E1}</p>{card}<p>{E2}</p></main></body></html>"


def test_html_a_related_cards_blurb_goes_with_its_headline() -> None:
    got = removed(_card_page(""), input_kind=None)
    assert got.get(BLURB) == "related" and got.get("How the old pier came back") == "related"
    assert E2 not in got


def test_html_a_paragraph_with_more_text_after_it_in_the_teasers_box_stays() -> None:
    # the box goes on with prose after the paragraph: no card closing on a blurb
    got = removed(_card_page(f"<p>{E2}</p>"), input_kind=None)
    assert BLURB not in got


def _resource_card(title: str, source: str, more: str = "Read more") -> str:
    # a resource card: its linked title, its source, and a "Read more" line closing the card (the whole
    # card is the link, made clickable by a script)
    return (f"<div class='card'><h3><a href='/r/{len(title)}'>{title}</a></h3>"
            f"<div class='card-text'><p>{source}</p><p><b>{more}</b></p></div></div>")


CARDS = [("A field guide to river paths", "The Riverside Trust"), ("Planning step-free access", "City Council"),
         ("Lighting a path at night", "Parks Department"), ("Counting visitors on foot", "The Riverside Trust")]


def test_html_a_read_more_line_closing_each_card_heads_no_list() -> None:
    # "Read more" closes each of four cards (a block before it in its box): each card's own call,
    # no heading of a list taking the next cards' titles as teasers
    cards = "".join(_resource_card(t, s) for t, s in CARDS)
    page = f"<html><body><main><h1>Riverside path</h1><p>{E1}</p><h2>Resources</h2>{cards}</main></body></html>"
    got = removed(page, input_kind=None)
    assert not any(t in got for t, _ in CARDS)
    assert "Read more" not in got


def test_html_a_read_more_heading_opening_its_box_or_said_twice_still_heads_a_list() -> None:
    items = "".join(f"<li><a href='/s{i}'>Story number {i} about the city</a></li>" for i in range(3))
    boxes = "".join(f"<div class='box'><h3>Read more</h3><ul>{items}</ul></div><p>{E2}</p>" for _ in range(3))
    page = f"<html><body><main><h1>Riverside path</h1><p>{E1}</p>{boxes}</main></body></html>"
    got = removed(page, input_kind=None)
    assert got.get("Read more") == "related" and got.get("Story number 1 about the city") == "related"
    # a menu said three times, the heading's words an item with more items after it in its box: a heading still
    menu = "<ul class='menu'><li>Home</li><li>Most read</li><li>World</li><li>Sport</li></ul>"
    page = f"<html><body><main><h1>Riverside path</h1><p>{E1}</p><p>{E2}</p>{menu * 3}</main></body></html>"
    assert removed(page, input_kind=None).get("Most read") == "related"
    # two cards closing with the line: under ITEM_LINK_REPEATS, the line still heads the cards after it
    cards = "".join(_resource_card(t, s) for t, s in CARDS[:2])
    page = f"<html><body><main><h1>Riverside path</h1><p>{E1}</p><p>{E2}</p>{cards}</main></body></html>"
    assert removed(page, input_kind=None).get(CARDS[1][0]) == "related"


def _category_page(body: str) -> str:
    """An invented category page: a short intro, then sections of headline cards under list headings and
    in boxes whose class names a recirculation list."""
    def cards(topic: str) -> str:
        return "".join(f"<div class='card'><a href='/{topic}/{i}'>Twelve easy {topic} dishes for weeknight "
                       f"number {i}</a></div>" for i in range(6))
    return (f"<html><body><h1>Dinner ideas</h1>{body}"
            f"<section><h2>Most popular</h2>{cards('pasta')}</section>"
            f"<div class='tax-recirc-list'>{cards('soup')}</div>"
            f"<div class='tax-recirc-list'>{cards('rice')}</div></body></html>")


def test_html_a_pages_own_lists_stay_when_it_shows_no_article() -> None:
    intro = "<p>Looking for something quick tonight? These tested dishes come together in under an hour.</p>"
    got = removed(_category_page(intro), input_kind=None)
    assert not any(kind == "related" for kind in got.values())


def test_html_an_articles_lists_still_go_beside_its_body() -> None:
    body = f"<article><p>{E1}</p><p>{E2}</p><p>{E1.replace('riverside', 'lakeside')}</p></article>"
    got = removed(_category_page(body), input_kind=None)
    assert "Most popular" in got and "Twelve easy soup dishes for weeknight number 3" in got
    assert set(got.values()) == {"related"}


def test_html_an_article_typed_without_sentence_marks_still_loses_its_related_list() -> None:
    # an old reader's story typed without full stops still shows an article: its long list of related
    # stories goes, however much it outweighs the paragraphs
    lines = ["i started at the bakery in the spring of last year and the early shifts were hard on my family at first",
             "the owner taught me to shape loaves by hand and after a few months i ran the ovens on my own most days",
             "we had regulars who came every morning and some of them brought us hot coffee when the queue was long "
             "and cold"]
    body = "".join(f"<p>{t}</p>" for t in lines)
    items = "".join(f"<li><a href='/s{i}'>Another reader on working the night shift at a bakery, part {i}</a></li>"
                    for i in range(30))
    page = (f"<html><body><div><h1>My bakery job</h1>{body}</div>"
            f"<div><h3>Related Articles:</h3><ul>{items}</ul></div></body></html>")
    got = removed(page, input_kind=None)
    assert got.get("Related Articles:") == "related"
    assert got.get("Another reader on working the night shift at a bakery, part 7") == "related"


def test_html_a_dated_story_of_one_paragraph_still_loses_its_ranked_lists() -> None:
    # a dated story's page: one paragraph, then rankings far longer than it; they are still related lists
    def ranking(topic: str) -> str:
        return "<h3>Most read</h3><ul>" + "".join(
            f"<li><a href='/{topic}/{i}'>{i} Harbour {topic} report number {i} from the eastern docks</a></li>"
            for i in range(1, 9)) + "</ul>"
    page = ("<html><head><meta property='article:published_time' content='2024-05-20T09:47:00+08:00'></head>"
            f"<body><article><h1>Harbour reopens</h1><p>{E1}</p></article>"
            f"<div>{ranking('ferry')}</div><div>{ranking('cargo')}</div></body></html>")
    art = newsclean.Cleaner().clean(page)
    got = {r.text: r.kind for r in art.removed}
    assert got.get("1 Harbour ferry report number 1 from the eastern docks") == "related"
    assert not any(n.startswith("related:") for n in art.notes)
