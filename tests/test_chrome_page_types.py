"""chrome: a widget's word followed by a page word and layout words names the page's type
(``search-page-wrapper`` wraps a whole search or category page), and one followed by a content word
names that page's content (``search-results``), not the widget."""
from __future__ import annotations

import newsclean
from newsclean.plugins.regions import PAGE_CONTENT_PARTS, PAGE_TYPE_PARTS, region_of_value

ITEMS = ["The Larkspur two-burner stove boils a litre of water in three minutes on a calm evening.",
         "The Marram folding grill packs flat into a sleeve and weighs under a kilogram in total.",
         "The Tansy canister stove screws onto any standard thread and lights with a push button.",
         "The Sedge windscreen clips around a burner and keeps the flame steady in a mountain breeze."]


GUIDE = ["Pick a stove by the trips you take: a canister stove suits short weekends, a liquid fuel one long cold ones.",
         "Count the people you cook for, since a wide burner heats a big pot evenly while a small one scorches it.",
         "Think about the wind at your camp, because a screen around the flame saves a third of the fuel you carry."]


def page(wrapper: str) -> str:
    body = "".join(f"<div class='tile'><h3>Item {i}</h3><p>{t}</p></div>" for i, t in enumerate(ITEMS))
    guide = "".join(f"<p>{t}</p>" for t in GUIDE)
    return (f"<html><head><title>Camp stoves</title></head><body>"
            f"<h1>Camp stoves</h1><div class='guide'>{guide}</div><div id='{wrapper}'>{body}</div>"
            f"<footer><p>Copyright Example Outfitters</p></footer></body></html>")


def test_a_page_type_names_no_widget():
    assert "page" in PAGE_TYPE_PARTS
    assert "results" in PAGE_CONTENT_PARTS
    for value in ("search-page-wrapper", "login-page-container", "search_page_main", "search-results",
                  "search-results-list"):
        assert region_of_value(value)[0] == "", value
    # the widget itself, or the page word with other words, still names a widget
    for value in ("search-box", "subscription-page", "page-search", "search-page-breadcrumbs", "search-overlay",
                  "search-results-dropdown", "search-page"):
        assert region_of_value(value)[0] == "widget", value
    # other regions are untouched
    assert region_of_value("footer-page-wrapper")[0] == "footer"


def test_a_search_page_wrapper_keeps_its_items():
    art = newsclean.clean(page("search-page-wrapper"))
    for t in ITEMS:
        assert t in art.text
    art = newsclean.clean(page("search-results"))
    assert all(t in art.text for t in ITEMS)
    # the same page wrapped in a search box's name loses them to the widget verdict
    art = newsclean.clean(page("search-box-wrapper"))
    assert ITEMS[0] not in art.text
    assert any(r.region == "widget" and ITEMS[0] in (r.text or "") for r in art.removed)
