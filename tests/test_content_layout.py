"""content: a body spread over the columns of one layout, or over alike text widgets (small pages of our own)."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("Officials said on Monday that the new bridge would open next spring, two years later than planned, "
      "after engineers found problems with the steel used in its main span. ")
FR = ("La mairie a annoncé lundi que le nouveau pont n'ouvrirait qu'au printemps prochain, deux ans plus tard "
      "que prévu, après la découverte de défauts dans l'acier de sa travée principale. ")
ZH = "市政府周一表示，新大桥将推迟到明年春天开通，比原计划晚两年，原因是工程师在主跨钢材中发现了问题。"
TEASE = ("A short blurb that tells the reader what the other story is about and why it matters today. ")


def clean(html: str):
    return Cleaner().clean(html)


def page(inner: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


def paras(n: int, text: str, start: int = 0) -> str:
    return "".join(f"<p>{text}Point {i}.</p>" for i in range(start, start + n))


def columns(cls: str, header: str, parts: list[str], between: str = "") -> str:
    """A page builder's grid: the head in one row, the body in alike rows, boxes between them."""
    rows = "".join(f"{between}<div class='{cls}__row'><div class='{cls}__content'>{p}</div></div>" for p in parts[1:])
    return (f"<main><div class='{cls}'><div class='{cls}__row'><header class='{cls}__header'>{header}</header>"
            f"<div class='{cls}__content'>{parts[0]}</div></div>{rows}</div></main>")


# rule 1: a container holding only the title and standfirst grows over its layout's alike columns

def test_a_header_with_the_standfirst_grows_over_the_alike_columns_of_the_body():
    head = f"<h1>Bridge delayed</h1><p class='hero__excerpt'>{EN}</p>"
    ad = "<aside class='sidebar-grid__sidebar'><span>Advertisement</span></aside>"
    html = page(columns("sidebar-grid", head, [paras(2, EN, 10 * i) for i in range(4)], ad), "Bridge delayed")
    art = clean(html)
    # 1 standfirst + 2 paragraphs in each of the 4 rows
    assert art.text.count("Officials said") == 9


def test_growing_works_in_any_language():
    head = f"<h1>市政府：新大桥推迟开通</h1><p class='hero__excerpt'>{ZH}</p>"
    art = clean(page(columns("sidebar-grid", head, [paras(3, ZH, 10 * i) for i in range(3)]),
                     "市政府：新大桥推迟开通"))
    assert art.text.count("市政府周一表示") == 1 + 3 * 3


def test_a_teaser_grid_beside_the_header_is_not_joined():
    # precision guard: the alike siblings are link headlines with blurbs (cards), not body columns
    head = f"<h1>Pont retardé</h1><p class='lede'>{FR}</p>"
    body = f"<div class='story__body'>{paras(3, FR)}</div>"
    cards = "".join(f"<div class='grid__cell'><div class='card'><h3><a href='/s{i}'>Another story number {i} "
                    f"that is a headline</a></h3><p>{TEASE}</p></div></div>" for i in range(8))
    html = page(f"<main><div class='grid'><div class='grid__cell'><header>{head}</header>{body}</div>{cards}</div>"
                "</main>", "Pont retardé")
    art = clean(html)
    assert art.text.count("La mairie a annoncé") == 4
    assert "short blurb" not in art.text
    assert any("short blurb" in r.text and r.kind for r in art.removed)


# rule 2: a body split across alike text widgets, other widgets between them

def widgets(parts: list[str], between: str) -> str:
    return "".join(f"<div class='article-widget article-widget-text'><div class='wrap'><div class='text'>{p}"
                   f"</div></div></div>{between}" for p in parts)


def test_a_body_split_across_alike_text_widgets_is_kept_whole():
    between = ("<div class='article-widget article-widget-related'><div class='wrap'>"
               "<a href='/other'>WATCH | Another story</a></div></div>")
    html = page(f"<div class='article'><h1>Bridge delayed</h1><div class='intro'><h3>{FR}</h3></div>"
                "<div class='article-widgets'>"
                f"{widgets([paras(3, EN), paras(8, EN, 3)], between)}</div></div>", "Bridge delayed")
    art = clean(html)
    assert art.text.count("Officials said") == 11
    assert "Another story" not in art.text


def test_a_widget_sidebar_beside_the_body_is_not_joined():
    # precision guard: a sidebar of link widgets next to the article's text widget stays out
    side = "".join(f"<div class='article-widget article-widget-text'><ul>"
                   + "".join(f"<li><a href='/t{i}{j}'>Other headline number {i}{j} of the day</a></li>"
                             for j in range(5)) + "</ul></div>" for i in range(2))
    html = page("<div class='article'><h1>Bridge delayed</h1><div class='article-widgets'>"
                f"{widgets([paras(8, EN)], '')}{side}</div></div>", "Bridge delayed")
    art = clean(html)
    assert art.text.count("Officials said") == 8
    assert "Other headline" not in art.text


# state flags on class words (comments-enabled, has-sidebar, is-open) are no region evidence

def test_state_flags_are_no_hint_and_place_a_block_in_no_region():
    from lxml import html as lx

    from newsclean.plugins.content import (NEGATIVE_FACTOR, POSITIVE_FACTOR, STRONG_NEGATIVE_FACTOR, hint_factor,
                                           region_of)
    from newsclean.plugins.vocab.stateflags import is_state_flag
    for flag in ("comments-enabled", "has-sidebar", "is-open", "with-ads", "menu-open", "no-comments"):
        assert is_state_flag(flag)
    for name in ("comments", "comment-list", "sidebar-open-x", "open", "related-posts"):
        assert not is_state_flag(name)
    assert hint_factor(lx.fromstring("<div class='post comments-enabled'></div>")) == POSITIVE_FACTOR
    assert hint_factor(lx.fromstring("<div class='has-sidebar'></div>")) == 1.0
    # precision guard: region names stay evidence beside a flag
    assert hint_factor(lx.fromstring("<div class='comments-area is-open'></div>")) == STRONG_NEGATIVE_FACTOR
    assert hint_factor(lx.fromstring("<div class='comment-thread x'></div>")) == NEGATIVE_FACTOR
    assert region_of(frozenset({"comments-enabled", "story"})) == ""
    assert region_of(frozenset({"comments-enabled", "comments-area"})) == "comments"



# rule 3: the body's opening part in a box of its own, right before the "more" box

def _intro_and_more(intro: str) -> str:
    head = "<div class='post-head'><h1>Bridge delayed</h1><div class='meta'>By A. Writer | 12 comments</div></div>"
    more = "".join(f"<p>{EN}Detail {i} of the long part.</p>" for i in range(9))
    return page(f"<div class='post'>{head}<div class='post-content'><div class='intro'>{intro}</div>"
                f"<div class='more'><blockquote>{more}</blockquote></div></div>"
                f"<div class='post-footer'><a href='/t'>Trackbacks</a></div></div>", "Bridge delayed")


def test_the_opening_box_under_the_title_joins_the_longer_box_after_it():
    intro = f"<blockquote><p>{FR}</p><p>{EN}Why we post it here.</p></blockquote>"
    art = clean(_intro_and_more(intro))
    texts = [p.text for p in art.paragraphs]
    assert any(t.startswith("La mairie") for t in texts) and any("Why we post it here." in t for t in texts)
    assert sum("Detail" in t for t in texts) == 9



# rule 3: a body cut into twins of one element (same tag and class) around a box: the twin holding
# the paragraph under the title joins the main one, however short beside it

def _cut_body(lead_cls: str) -> str:
    head = "<h1>Bridge delayed</h1><div class='byline'>By A. Writer</div>"
    lead = f"<div class='{lead_cls}'><p>{FR}</p></div>"
    box = ("<div class='inline-box'><h6>Multimedia</h6></div><div class='inline-box map'><h6>Interactive map</h6>"
           "<a href='/m'>Where the span cracked</a></div>"
           "<div class='inline-box'><h4>Related</h4><ul><li><a href='/a'>Tunnel works begin (May 2)</a></li>"
           "<li><a href='/b'>Ferry fares rise (May 9)</a></li></ul><h4>Related in Opinion</h4>"
           "<ul><li><a href='/o'>Debate: do we need the bridge at all? (June 1)</a></li></ul></div>"
           "<div id='readers-comments' class='inline-box'><a href='#c'>Readers' comments (12)</a></div>")
    body = f"<div class='story-text'>{paras(12, EN)}</div>"
    return page(f"<div id='main'><div class='story'>{head}{lead}{box}{body}</div>"
                f"<div class='footer'><a href='/about'>About us</a></div></div>", "Bridge delayed")


def test_the_twin_of_the_body_holding_the_paragraph_under_the_title_joins_it():
    art = clean(_cut_body("story-text"))
    texts = [p.text for p in art.paragraphs]
    assert texts[0].startswith("La mairie")
    assert sum(t.startswith("Officials said") for t in texts) == 12
    assert not any("Tunnel works" in t or "Readers' comments" in t for t in texts)


def test_a_box_of_another_class_holding_that_paragraph_is_no_twin():
    art = clean(_cut_body("promo-text"))
    texts = [p.text for p in art.paragraphs]
    assert not any(t.startswith("La mairie") for t in texts)
    assert sum(t.startswith("Officials said") for t in texts) == 12


# a product's tab panels: the one shown (class "panel active") and its hidden twins ("panel") made with one
# template: the others are the page's too, whatever their share of the prose
def _tabs(second_cls: str) -> str:
    shown = paras(6, EN)
    points = "".join(f"<li>The span uses {w} steel from the new mill.</li>" for w in ("grey", "coated", "rolled"))
    return page("<main><h1>Bridge opening delayed</h1><div class='tabs'>"
                f"<div class='tab-panel active'>{shown}</div><div class='{second_cls}'><ul>{points}</ul></div>"
                "</div></main><footer><p>Copyright the town council, all rights reserved.</p></footer>",
                "Bridge opening delayed")


def test_a_tab_panel_beside_the_one_shown_joins_it():
    art = clean(_tabs("tab-panel"))
    assert "The span uses coated steel from the new mill." in art.text
    assert "Point 5." in art.text and "Copyright" not in art.text
    # a box of another class beside the panel is no twin: its small list does not join
    art = clean(_tabs("promo-panel"))
    assert "coated steel" not in art.text and "Point 5." in art.text
