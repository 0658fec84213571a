"""The locator's class/id word readers (``token_parts``, hints, regions) read each word once and
give what the regular expressions they replace gave."""
from __future__ import annotations

from lxml import html as lx

from newsclean.plugins.container import scoring
from newsclean.patterns import utility_name
from newsclean.plugins.container.inside import TOKEN_SPLIT, token_parts
from newsclean.plugins.content import (NEGATIVE_FACTOR, POSITIVE_FACTOR, STRONG_NEGATIVE_FACTOR,
                                       WEAK_NEGATIVE_FACTOR, hint_factor, region_of)

TOKENS = ("comments-area", "--x__y::z--", "a", "", "-", "side_bar:wrap", "post-body_text", "é-ü_ß", "a-b-c-",
          "___", "x:-:y", "mostread")


def test_token_parts_are_the_regex_split_without_empty_parts():
    for tok in TOKENS:  # (of the token's utility name: a variant before ":" names nothing)
        assert token_parts(tok) == tuple(p for p in TOKEN_SPLIT.split(utility_name(tok)) if p), tok


def _hint(cls: str, ident: str = "") -> float:
    attrs = f" class='{cls}'" if cls else ""
    attrs += f" id='{ident}'" if ident else ""
    return hint_factor(lx.fromstring(f"<div{attrs}>x</div>"))


def test_hints_combine_the_words_of_class_and_id():
    assert _hint("sidebar-wrap") == STRONG_NEGATIVE_FACTOR  # negative and generic parts only
    assert _hint("sidebar-links") == NEGATIVE_FACTOR
    assert _hint("x", "comments") == STRONG_NEGATIVE_FACTOR  # the id's word decides
    assert _hint("widget") == WEAK_NEGATIVE_FACTOR
    # beside a strong word, a weak one counts: "widget" alone is a token of negative words only
    assert _hint("widget sidebar-links") == STRONG_NEGATIVE_FACTOR
    assert _hint("widget-links sidebar-links") == NEGATIVE_FACTOR
    assert _hint("rightRail") == NEGATIVE_FACTOR  # camel-case parts
    assert _hint("enableAdSlots") == 1.0  # (parts of three letters and fewer are no words)
    assert _hint("elementor-widget") == 1.0  # a page builder's layout word
    assert _hint("article-body") == POSITIVE_FACTOR
    assert _hint("article-body has-sidebar") == POSITIVE_FACTOR  # a state flag says nothing
    assert _hint("story#comments") == STRONG_NEGATIVE_FACTOR  # "#" splits a class word too


def test_region_is_that_of_the_first_naming_token_in_sorted_order():
    assert region_of(frozenset({"zz-comments", "aa-sidebar", "story"})) == "sidebar"
    assert region_of(("share-bar", "nav-menu")) == "nav"
    assert region_of(frozenset({"has-comments", "is-open", "story"})) == ""
    scoring._REGION_CACHE.clear()
    assert region_of(frozenset({"ad_slot"})) == "ad"


def test_word_readers_stay_bounded(monkeypatch):
    monkeypatch.setattr(scoring, "CACHE_MAX", 5)
    scoring._WORD_BITS.clear()
    scoring._VALUE_BITS.clear()
    for i in range(20):
        _hint(f"sidebar{i}-links x{i}-content")
    assert 0 < len(scoring._WORD_BITS) <= 5
    assert 0 < len(scoring._VALUE_BITS) <= 5


def test_state_flag_is_the_vocabulary_rule():
    from newsclean.plugins.container.inside import state_flag
    from newsclean.plugins.vocab.stateflags import is_state_flag
    for tok in TOKENS + ("comments-enabled", "has-sidebar", "is_open", "menu:open", "open", "is-", "-is-x",
                         "with--ads", "sidebar-open-x", "x#is-open"):
        assert state_flag(tok) == is_state_flag(tok), tok


def test_camel_case_parts_only_where_a_capital_follows_a_small_letter():
    # a lower-case word is read without the camel-case pattern: it has no camel-case boundary
    assert _hint("rightrail") == 1.0
    assert _hint("rightRail") == NEGATIVE_FACTOR
    assert _hint("x#elementor-widget") == WEAK_NEGATIVE_FACTOR  # (the word is no page builder's)
    assert _hint("is-open#sidebar") == STRONG_NEGATIVE_FACTOR


def test_values_without_a_hint_word_say_nothing_and_others_are_read_word_by_word():
    assert _hint("flex items-center px-4 md:px-6 is-open") == 1.0
    assert _hint("flex items-center md:sidebar") == STRONG_NEGATIVE_FACTOR  # (the variant "md:" says nothing)
    assert _hint("flex Items-center") == 1.0
    assert _hint("flex mainContent") == POSITIVE_FACTOR  # a capital: camel-case parts


def test_words_after_a_having_word_say_what_the_element_sits_beside():
    from newsclean.plugins.container.inside import own_parts
    assert own_parts("content-with-sidebar") == ("content",)
    assert own_parts("lg:w-main-with-right-sidebar") == ("w", "main")  # a utility's variant, then it
    assert own_parts("layout-with-rail__main") == ("layout", "main")  # a BEM element names itself again
    assert own_parts("layout-with-rail__rail") == ("layout", "rail")
    assert own_parts("grid--has-sidebar") == ("grid",)  # a modifier
    assert own_parts("sidebar-links") == ("sidebar", "links")
    assert own_parts("section-and-ad") == ("section",)  # a part of the body and the ad box set after it
    assert own_parts("ads-and-promos") == ("ads",)
    assert own_parts("energy-and-power-subnav") == ("energy", "subnav")  # one word joined: still a menu


def test_a_wrapper_of_a_body_part_and_an_ad_is_no_ad():
    assert _hint("section-and-ad") == 1.0
    assert _hint("ad-and-section") != 1.0  # an ad box that holds a section: still an ad
    assert region_of(["section-and-ad"]) == ""


def test_a_body_cut_into_boxes_each_with_an_ad_after_it_is_kept_whole():
    import newsclean
    parts = ["The ferry to the outer islands will run twice a day from next month, the operator said on Monday, "
             "after a year in which storms and repairs cut the service to three crossings a week.",
             "Islanders had asked for more crossings for years. Shops ran short of fresh food in the winter, and "
             "pupils who board on the mainland could come home only at the end of each term. " * 3,
             "The new timetable adds an early boat that reaches the harbour before the first train leaves, so "
             "that workers can commute, and a late one that waits for the evening bus from the city.",
             "Fares stay the same for residents. Visitors will pay a little more in the summer months, when the "
             "boats are full and the operator hires extra crew to handle the bikes and the cars.",
             "The operator said the timetable would be reviewed after a year, and that a second boat could be "
             "chartered if the new crossings prove as popular with visitors as they are with residents."]
    boxes = "".join(f"<div class='section-and-ad'><div class='section-text'><div>{p}</div></div>"
                    + ("<div class='section-ad'><span>Advertisement</span><div class='ad'></div></div>" if i % 2 else "")
                    + "</div>" for i, p in enumerate(parts))
    page = (f"<html><head><title>Ferry to run twice a day</title></head><body><div class='story'>"
            f"<h1>Ferry to run twice a day</h1><section class='body'>{boxes}</section></div></body></html>")
    text = newsclean.clean(page).text
    for p in parts:
        assert p[:40] in text, p[:40]


def test_a_main_column_named_after_its_sidebar_is_no_sidebar():
    # the main column of a layout "with a right sidebar" is the main column, not a sidebar
    assert _hint("lg:w-main-with-right-sidebar") == POSITIVE_FACTOR
    assert _hint("layout-with-rail__main") == POSITIVE_FACTOR
    assert _hint("layout-with-rail__rail") == NEGATIVE_FACTOR  # ... and its rail stays a rail
    assert _hint("sidebarWithAds") == NEGATIVE_FACTOR
    assert region_of(["page-with-sidebar"]) == ""
    assert region_of(["layout-with-rail__rail"]) == "sidebar"


def test_blocks_under_a_layout_with_a_sidebar_are_not_named_sidebar():
    import newsclean
    prose = ("The harbour wall that collapsed in the winter storm has been rebuilt stone by stone, and the "
             "fishing boats returned this week to a quay that many feared would never reopen.")
    page = (f"<html><head><title>Harbour wall rebuilt</title></head><body><div class='page-with-sidebar'>"
            f"<div class='main'><h1>Harbour wall rebuilt</h1><p>{prose}</p><p>{prose.upper()}</p></div>"
            f"<div class='more-links'><p><a href='/a'>Council approves new school</a></p>"
            f"<p><a href='/b'>Bridge to close for repairs</a></p></div></div></body></html>")
    article = newsclean.clean(page)
    dropped = [r for r in article.removed if r.text == "Council approves new school"]
    assert dropped and dropped[0].region != "sidebar"
