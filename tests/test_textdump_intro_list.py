"""The dump locator: a list the article's last line introduces (a sentence ending with a colon) joins the
article; a short label's list (``Read more:``) and a list of teasers cut short stay out."""
from __future__ import annotations

import newsclean
from newsclean import Cleaner
from newsclean.plugins import textdump

MENU = ["Home", "News", "Sport", "Weather", "Contact", "About us", "Jobs", "Privacy", "Terms of use", "Sitemap"]
PARAS = [
    "The village library has reopened after a year of repairs, and the shelves are fuller than they were before.",
    "Volunteers sorted the donated books over the summer, and the council paid for new lights and a wider door.",
    "The reading room now has six tables by the windows, and the children's corner has moved next to the garden.",
]
INTRO = "From next week the library will lend more than books, and members can borrow the following items:"
ITEMS = ["Sewing machines", "Board games for all ages", "Garden tools and a lawn mower", "A telescope"]


def _clean(lines: list[str]) -> newsclean.Article:
    return Cleaner(plugins=[textdump], entry_points=False).clean("\n".join(lines), input_kind="text")


def _page(intro: str, items: list[str]) -> list[str]:
    return [*MENU, "", PARAS[0], "", PARAS[1], "", PARAS[2], "", intro, "", *items, "", *MENU]


def test_the_list_a_closing_sentence_introduces_joins_the_article() -> None:
    art = _clean(_page(INTRO, ITEMS))
    assert INTRO in art.text
    assert all(item in art.text for item in ITEMS)
    assert "Sitemap" not in art.text


def test_a_short_label_over_a_list_takes_no_list_in() -> None:
    art = _clean(_page("Read more:", ITEMS))
    assert not any(item in art.text for item in ITEMS)
    assert _clean(_page(PARAS[2], ITEMS)).text.count("Sewing machines") == 0  # (no introducing line: no list)


def test_teasers_cut_short_under_an_introducing_line_stay_out() -> None:
    teasers = ["The mayor opens the new bridge…", "A bakery wins the county prize…", "Road works on the main…"]
    art = _clean(_page(INTRO, teasers))
    assert not any(t in art.text for t in teasers)


def test_a_list_running_on_into_a_longer_line_is_none() -> None:
    blurb = ("Our other stories this week look at the harbour, the school's new roof and the football club's long "
             "season, with pictures from readers and a word from the editor about the summer fair and its stalls, "
             "the new timetable of the buses and the plans for the old station.")
    art = _clean([*MENU, "", PARAS[0], "", PARAS[1], "", PARAS[2], "", INTRO, "", *ITEMS, blurb, "", *MENU])
    assert not any(item in art.text for item in ITEMS)


def test_a_list_running_on_into_a_menu_bar_is_none() -> None:
    bar = "Uses • Colophon • Blogroll • Stats"
    art = _clean([*MENU, "", PARAS[0], "", PARAS[1], "", PARAS[2], "", INTRO, "", *ITEMS, bar, "", *MENU])
    assert not any(item in art.text for item in ITEMS)


def test_dated_lines_under_an_introducing_line_stay_out() -> None:
    posts = ["A look at the harbour's busy year - 03/20/2012", "The bakery that won the prize - 02/28/2012",
             "Road works on the main street - 02/06/2012"]
    art = _clean(_page(INTRO, posts))
    assert not any(p in art.text for p in posts)


def test_items_the_page_says_again_stay_out() -> None:
    # (the same links in the page's menu: a list of the page's, not the article's)
    art = _clean([*ITEMS, *MENU, "", PARAS[0], "", PARAS[1], "", PARAS[2], "", INTRO, "", *ITEMS, "", *MENU])
    assert art.text.count("Board games for all ages") == 0
