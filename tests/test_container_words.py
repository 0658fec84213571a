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
