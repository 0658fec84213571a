"""chrome: two columns named by their side (``leftcol`` beside ``rightcol``) are a layout's columns; the
one holding more prose outside links is the page's and stays, the other goes as a sidebar."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins import chrome

DESCRIPTION = ("The lantern runs for twelve hours on one charge and folds flat enough to slip into a jacket "
               "pocket. Its shade is made of a recycled fabric that softens the light for reading in a tent. ")
DETAILS = ("A dial on the base sets the brightness in five steps, and a small red mode keeps night vision "
           "intact when you step outside to look at the stars after dark. ")
#: Other prose of the page (its buyers' reviews), so that no column holds most of the page's prose.
REVIEWS = "<div class='reviews'>" + "".join(
    f"<p>Buyer {i} wrote that the lantern survived a week of rain on the coast and still charged from a "
    f"small solar panel each morning without any trouble at all, which surprised the whole group.</p>"
    for i in range(8)) + "</div>"
LINKS = "".join(f"<li><a href='/gear/{i}'>Camping gear item {i}</a></li>" for i in range(8))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str) -> str:
    return f"<html><head><title>Folding lantern</title></head><body>{inner}</body></html>"


def text(art) -> str:
    return " ".join(p.text for p in art.paragraphs)


def test_the_fuller_of_two_side_columns_stays_and_the_other_goes():
    html = page("<div class='product'>"
                f"<div class='leftcol'><ul>{LINKS}</ul></div>"
                f"<div class='rightcol'><h2>About this lantern</h2><p>{DESCRIPTION}</p><p>{DETAILS}</p></div>"
                f"</div>{REVIEWS}")
    art = clean(html)
    assert DESCRIPTION.strip() in text(art) and DETAILS.strip() in text(art)
    gone = [r for r in art.removed if r.kind == "chrome"]
    assert any("Camping gear item 3" in r.text and "sidebar" in r.reason for r in gone)
    assert not any("twelve hours" in r.text for r in art.removed)


def test_the_left_column_is_kept_when_it_holds_the_text():
    html = page("<div class='game'>"
                f"<div class='leftcol game-description'><p>{DESCRIPTION}</p><p>{DETAILS}</p></div>"
                f"<div class='rightcol'><ul>{LINKS}</ul></div>"
                f"</div>{REVIEWS}")
    art = clean(html)
    assert DESCRIPTION.strip() in text(art)
    assert not any("Camping gear item" in p.text for p in art.paragraphs)


def test_a_right_column_alone_is_still_a_sidebar():
    # no twin beside it: the column is a sidebar as before (the article's text is elsewhere)
    body = "".join(f"<p>{DESCRIPTION}{DETAILS}</p>" for _ in range(3))
    html = page(f"<div class='main'>{body}</div>"
                f"<div class='rightcol'><p>{DETAILS}</p><ul>{LINKS}</ul></div>")
    art = clean(html)
    assert any(r.kind == "chrome" and "sidebar" in r.reason and "Camping gear item 1" in r.text
               for r in art.removed)


def test_the_twins_are_data():
    assert chrome.COLUMN_TWINS["leftcol"] == "rightcol" and chrome.COLUMN_TWINS["rightcol"] == "leftcol"
    assert all(chrome.COLUMN_TWINS[twin] == side for side, twin in chrome.COLUMN_TWINS.items())


def test_boxes_set_side_by_side_are_no_sidebar():
    # "side-by-side" says how a card is laid out (picture beside text), not that it sits in a sidebar
    assert chrome.region_of_value("summary-item summary-item--side-by-side-align-center")[0] == ""
    assert chrome.region_of_value("side-by-side")[0] == ""
    assert chrome.region_of_value("left-side")[0] == "sidebar"  # a side's own word still names one
    assert chrome.region_of_value("side-by-side sidebar")[0] == "sidebar"
    cards = "".join(f"<div class='summary-item--side-by-side'><h3>Lantern story {i}</h3><p>{DETAILS}</p></div>"
                    for i in range(3))
    art = clean(page(f"<div class='river'>{cards}</div>"))
    assert "Lantern story 2" in text(art)
    assert not any(r.kind == "chrome" for r in art.removed)


def test_the_evidence_hands_over_the_token_that_named_the_column():
    import lxml.html
    el = lxml.html.fromstring("<div id='x' class='product rightcol-wrap'>t</div>")
    got = chrome.chrome_evidence("div", el)
    assert got.region == "sidebar" and got.token == "rightcol-wrap" and got.evidence == "class 'rightcol-wrap'"
    assert chrome.chrome_evidence("aside", el).token == ""  # a tag names it: no token
    # the twin is looked for by that token, not read back out of the reason's words
    pair = lxml.html.fromstring("<div><div class='rightcol-wrap'><p>more prose here</p></div><div class='leftcol'>x</div></div>")
    assert chrome._column_of_pair(pair[0], "rightcol-wrap", None)
    assert not chrome._column_of_pair(pair[0], "", None)
