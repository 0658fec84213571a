"""chrome: paywall wrappers, BEM content slots and hidden "read more" prose are the article, not chrome."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import chrome

PROSE = ("The harbour board agreed on Monday to extend the ferry timetable through the winter, after "
         "a season in which crossings were cancelled on more than forty days. ")
REST = ("Engineers will inspect the northern pier before the first storms, and the board promised "
        "a report on the cost of repairs by the end of the year. ")
MENU = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))


def body(n: int, text: str = PROSE, start: int = 0) -> str:
    return "".join(f"<p>{text}Paragraph {i} carries its own detail of the report.</p>" for i in range(start, start + n))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str) -> str:
    return f"<html><head><title>Ferry timetable extended</title></head><body>{inner}</body></html>"


def removed(art, kind=None):
    return [r for r in art.removed if kind is None or r.kind == kind]


# -- vocabulary ---------------------------------------------------------------

def test_vocabularies_are_data():
    assert "paywall" in chrome.PAYWALL_PARTS
    assert {"content", "main", "body", "article", "text", "story"} <= chrome.CONTENT_SLOT_PARTS
    assert "footer" in chrome.SLOT_KEEPS_REGION and "sidebar" not in chrome.SLOT_KEEPS_REGION
    assert "grid" in chrome.LAYOUT_PARTS
    assert "paywall" not in chrome.REGION_PARTS["widget"]
    assert all(isinstance(v, frozenset) for v in (chrome.PAYWALL_PARTS, chrome.CONTENT_SLOT_PARTS,
                                                  chrome.SLOT_KEEPS_REGION, chrome.LAYOUT_PARTS))


@pytest.mark.parametrize("value,region", [
    ("paywall", ""),
    ("article-paywall", ""),
    ("paywallAccessWrapper contentBodySections", ""),
    ("content-full-body locked-default paywall", ""),
    ("sidebar-grid__content article__content", ""),  # the main column of a layout with a sidebar
    ("layout__main", ""),
    ("x-widget__body", ""),
    ("sidebar-grid", ""),  # a layout that has a sidebar
    ("sidebar-grid__container", ""),
    ("sidebar-grid__sidebar", "sidebar"),  # its sidebar slot is still the sidebar
    ("sidebar", "sidebar"),
    ("widget-title", "sidebar"),
    ("lm-grid--with-right-rail", "sidebar"),  # the region word is a modifier, not the layout's name
    ("footer__content", "footer"),  # the footer's own text
    ("site-footer__content", "footer"),
    ("comments__body", "comments"),
    ("main-nav__content", "nav"),
    ("newsletter-signup", "widget"),
    ("article-widget article-widget-text", ""),  # a page builder's text block of the article
    ("story-widgets", ""),
    ("sidebar-widget", "sidebar"),
    ("article-sidebar-widget", "sidebar"),  # a sidebar word besides the widget: still a sidebar
])
def test_region_of_class_values(value, region):
    assert chrome.region_of_value(value)[0] == region


# -- paywall wrappers -----------------------------------------------------------

def test_a_paywalled_article_is_kept():
    html = page(f'<nav><ul>{MENU}</ul></nav><h1>Ferry timetable extended</h1>'
                f'<div class="paywallAccessWrapper">{body(2)}</div>'
                f'<div class="article-paywall">{body(5, REST, 2)}</div>'
                f'<div class="sidebar"><h3>Most read</h3><ul>{MENU}</ul></div>')
    art = clean(html)
    assert PROSE.strip() in art.text and REST.strip() in art.text
    assert "Paragraph 6 carries" in art.text
    reasons = [r.reason for r in removed(art, "chrome")]
    assert not any("paywall" in r.lower() for r in reasons)
    assert any("sidebar" in r for r in reasons)  # the real sidebar still goes, recorded
    assert "Most read" not in art.text


# -- BEM content slots ----------------------------------------------------------

def test_the_content_slot_of_a_sidebar_layout_is_kept_and_its_sidebar_goes():
    slots = "".join(
        f'<div class="sidebar-grid__container"><div class="sidebar-grid__content">{body(2, PROSE, 2 * i)}</div>'
        f'<div class="sidebar-grid__sidebar"><a href="/ad{i}">Sponsored offer number {i}</a></div></div>'
        for i in range(3))
    art = clean(page(f'<h1>Ferry timetable extended</h1><div class="sidebar-grid">{slots}</div>'))
    for i in range(6):
        assert f"Paragraph {i} carries" in art.text
    gone = removed(art, "chrome")
    assert len(gone) == 3 and all("sidebar-grid__sidebar" in r.reason for r in gone)
    assert all(r.plugin == "chrome:chrome" and r.region == "sidebar" for r in gone)
    assert "Sponsored offer" not in art.text


# -- hidden "read more" prose ---------------------------------------------------

def test_a_hidden_read_more_part_of_the_article_is_kept_and_noted():
    # under the share that protects a wrapper of the article, but big beside the visible prose
    html = page(f'<h1>Ferry timetable extended</h1><article>{body(5)}'
                f'<div class="more" hidden>{body(3, REST, 5)}</div><button>Read more</button></article>')
    art = clean(html)
    assert REST.strip() in art.text and "Paragraph 7 carries" in art.text
    assert not removed(art, "hidden")
    assert any("kept a hidden" in n and "folded-away rest of the article" in n for n in art.notes)


def test_a_hidden_menu_still_goes():
    html = page(f'<article>{body(3)}</article><div aria-hidden="true"><ul>{MENU * 3}</ul></div>')
    art = clean(html)
    assert "Section 3" not in art.text
    (r,) = removed(art, "hidden")
    assert r.plugin == "chrome:hidden" and "aria-hidden" in r.reason


def test_a_hidden_copy_of_the_shown_article_still_goes():
    # structured data for machines: the article's text again, in a display:none box
    html = page(f'<article>{body(3)}</article><div style="display:none">{body(3)}</div>')
    art = clean(html)
    assert art.text.count("Paragraph 1 carries") == 1
    (r,) = removed(art, "hidden")
    assert "display" in r.reason


def test_a_short_hidden_screen_reader_text_still_goes():
    art = clean(page(f'<article>{body(4)}<span class="sr-only">Opens in a new window</span></article>'))
    assert "new window" not in art.text
    assert removed(art, "hidden")


def test_a_small_hidden_block_beside_a_long_article_still_goes():
    html = page(f'<article>{body(8)}<div hidden><p>{REST}</p></div></article>')
    art = clean(html)
    assert REST.strip() not in art.text
    (r,) = removed(art, "hidden")
    assert r.plugin == "chrome:hidden" and REST.strip()[:40] in r.text


def test_hidden_paragraphs_behind_a_paywall_are_kept_and_a_hidden_prompt_goes():
    behind = ("Detail 0 behind the paywall. The inspection of the northern pier starts in October and will "
              "close the landing for two weeks.",
              "Detail 1 behind the paywall. Ticket prices stay the same for residents, while visitors will pay "
              "a small winter surcharge.")
    hidden = "".join(f'<p class="paywall" aria-hidden="true">{t}</p>' for t in behind)
    html = page(f'<h1>Ferry timetable extended</h1><article>{body(12)}{hidden}'
                f'<div class="subscribe-prompt" hidden><a href="/s">Subscribe</a></div></article>')
    art = clean(html)
    assert "Detail 0 behind the paywall." in art.text and "Detail 1 behind the paywall." in art.text
    assert sum("text behind a paywall" in n for n in art.notes) == 2
    (r,) = removed(art, "hidden")
    assert r.text == "Subscribe" and r.plugin == "chrome:hidden"


def test_a_story_built_of_article_widgets_is_kept_and_a_sidebar_widget_goes():
    blocks = "".join(f'<div class="article-widget article-widget-text">{body(2, PROSE, 2 * i)}</div>' for i in range(3))
    html = page(f'<h1>Ferry timetable extended</h1><div class="article-widgets">{blocks}</div>'
                f'<div class="sidebar-widget"><h3>Popular</h3><ul>{MENU}</ul></div>')
    art = clean(html)
    for i in range(6):
        assert f"Paragraph {i} carries" in art.text
    (r,) = removed(art, "chrome")
    assert "sidebar-widget" in r.reason and r.region == "sidebar"
