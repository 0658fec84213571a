"""Bylines of other stories: a teaser card's link around another story's heading and byline names
that story's author, not the article's (byline lines and the declared byline-classed elements)."""
from __future__ import annotations

import newsclean
from newsclean.authors import in_teaser_card
from lxml import html as lhtml

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(article_byline: str) -> str:
    return (
        "<html><head><title>Council approves the transit plan</title></head><body><article>"
        "<h1>Council approves the transit plan</h1>" + article_byline + PROSE +
        "<div class='box'><a href='/other-story'><div class='teaser-title'>Another story about the harbour "
        "and its new ferry timetable</div><div class='authors'>By Alana Friedman</div></a></div>"
        + PROSE + "</article></body></html>")


def test_teaser_card_byline_is_not_the_author() -> None:
    art = newsclean.clean(_page(""))
    assert "Alana Friedman" not in art.authors
    assert any(r.kind == "byline" and "Alana Friedman" in r.text for r in art.removed)  # still dropped


def test_the_article_byline_wins_over_a_teaser_card() -> None:
    art = newsclean.clean(_page("<p class='byline'>By Maria Jensen</p>"))
    assert art.authors == ["Maria Jensen"]


def test_a_link_around_an_author_card_is_no_teaser() -> None:
    page = ("<html><body><article><h1>Council approves the transit plan</h1>"
            "<p>Kommentar von</p><a href='/autor/jan-sellmann'><div class='author-name'>Jan Sellmann</div>"
            "<div>Redakteur</div></a>" + PROSE + "</article></body></html>")
    assert newsclean.clean(page).authors == ["Jan Sellmann"]


def test_in_teaser_card_counts_the_link_text_besides_the_byline() -> None:
    root = lhtml.fromstring("<div><a href='/x'><h3>A long headline of some other story entirely</h3>"
                            "<span id='b'>By Jane Doe</span></a><a href='/y'><span id='c'>Jane Doe</span>"
                            "</a><span id='d'>By Jane Doe</span></div>")
    b, c, d = (root.get_element_by_id(i) for i in "bcd")
    assert in_teaser_card(b.iterancestors(), len(b.text))
    assert not in_teaser_card(c.iterancestors(), len(c.text))
    assert not in_teaser_card(d.iterancestors(), len(d.text))


def _stamped(line: str, site: str = "") -> newsclean.Article:
    head = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = ("<html lang='tr'><head>" + head + "</head><body><article><h1>Elektrikli araç şarj istasyonu sayısı "
            "arttı</h1><p>" + line + "</p>" + PROSE + "</article></body></html>")
    return newsclean.clean(page)


def test_a_name_opening_a_stamp_line_under_the_title_is_the_author() -> None:
    art = _stamped("Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025")
    assert art.authors == ["Sehernur Karsu"]
    assert any(r.kind == "timestamp" and "Sehernur Karsu" in r.text for r in art.removed)


def test_a_site_or_a_place_opening_a_stamp_line_is_no_author() -> None:
    assert _stamped("Haber Merkezi | 05.04.2025", site="Haber Merkezi").authors == []
    assert _stamped("Ankara, 05.04.2025").authors == []  # no separator before the date: a dateline's place


def _aside_page(aside: str) -> str:
    return ("<html lang='de'><body><main><article><h1>Neue Buslinien für die Stadt</h1>" + aside + PROSE +
            "</article></main></body></html>")


def test_an_articles_own_author_box_in_an_aside_names_the_author() -> None:
    box = ("<aside class='flex'><div><span>Von <a href='/autor/sina-zehrmann-szf/'>Sina Zehrmann</a></span>"
           "<span>Landespolitische Korrespondentin</span></div></aside>")
    assert newsclean.clean(_aside_page(box)).authors == ["Sina Zehrmann"]


def test_a_long_aside_is_a_sidebar_whose_profile_links_name_no_author() -> None:
    teasers = "".join(f"<p>Ein anderer Bericht über die Stadt und ihre Buslinien, Folge {k}</p>" for k in range(8))
    box = "<aside><a href='/autor/max-mustermann/'>Max Mustermann</a>" + teasers + "</aside>"
    assert newsclean.clean(_aside_page(box)).authors == []


def test_an_author_class_in_a_figure_caption_or_a_menu_is_no_byline() -> None:
    from newsclean.plugins import htmlmeta

    def authors(body: str) -> list[str]:
        page = "<html lang='es'><body><article><h1>Las fiestas del barrio</h1>" + body + PROSE + "</article></body></html>"
        return newsclean.Cleaner(plugins=[htmlmeta], entry_points=False).clean(page).authors

    figure = ("<figure><img src='a.jpg'><figcaption><span>Cientos de personas en la pradera.</span>"
              "<strong class='author'>Gustavo Valente / Europa Press</strong></figcaption></figure>")
    menu = "<ul><li class='menu-item menu-item-object-guest-author'><a href='/x'>Ian Birrow</a></li></ul>"
    byline = "<div class='byline'>Luna Gonzalo</div>"
    assert authors(figure + byline) == ["Luna Gonzalo"]
    assert authors(menu + byline) == ["Luna Gonzalo"]


def test_signed_teasers_lose_to_the_byline_classed_element() -> None:
    teasers = "".join(f"<div class='story'><h3>Another story number {k} about the harbour</h3><ul><li>By</li>"
                      f"<li>{n}</li></ul></div>" for k, n in enumerate(("Carla Madsen", "Julia Lopes", "Carla Madsen")))
    page = ("<html><body><article><h1>Council approves the transit plan</h1>"
            "<button class='author-button'>By Emma Zeller</button>" + PROSE + "</article><section>" + teasers +
            "</section></body></html>")
    assert newsclean.clean(page).authors == ["Emma Zeller"]


def test_one_article_byline_keeps_its_score() -> None:
    from newsclean.plugins import byline

    found = [byline._Found(3, ["Carla Madsen"], byline.SCORE_LABELLED, "by"),
             byline._Found(9, ["Julia Lopes"], byline.SCORE_LABELLED, "by")]
    best = byline._best(found)
    assert best is not None and best.names == ["Carla Madsen"] and best.score == byline.SCORE_LABELLED


def _card_page(closing: str, card_heading: str) -> str:
    return (
        "<html><head><title>Council approves the transit plan</title></head><body><article>"
        "<h1>Council approves the transit plan</h1><p><time>14.03.2025</time></p>" + PROSE + closing + "</article>"
        "<div class='more'><div class='card'><a href='/other-story'>" + card_heading +
        "<span>The ferry company publishes its new summer timetable with more crossings.</span></a>"
        "<div class='card-foot'><div class='writer'>By Alana Friedman</div><button>Follow</button></div></div>"
        "</div></body></html>")


def test_a_byline_beside_a_teaser_cards_link_is_not_the_author() -> None:
    heading = "<h3>Another story about the harbour and its ferries</h3>"
    assert newsclean.clean(_card_page("", heading)).authors == []
    assert newsclean.clean(_card_page("<p>(AFP)</p>", heading)).authors == ["AFP"]  # (the article's own credit)


def test_a_byline_under_the_pages_own_linked_title_counts() -> None:
    page = ("<html><head><title>Council approves the transit plan</title></head><body><div class='post'>"
            "<h2><a href='/council-approves'>Council approves the transit plan</a></h2>"
            "<div class='meta'>By Alana Friedman</div>" + PROSE + "</div></body></html>")
    assert newsclean.clean(page).authors == ["Alana Friedman"]
