"""A list most of whose items the body keeps as prose (a guide's resources, each with a description) is the
article's own: its link-dense items holding words of their own outside their link ("Garden Club - <a>Soil
guide</a>") stay with it (plugins/container/inside.py, ``mixed_lists``). A list of headline links alone
goes, and so does a linked item with words of its own among such headlines."""
from newsclean import clean

_PARAS = ("<p>The allotment society spent the winter rewriting its advice for new members, and the result is a "
          "short guide that covers soil, water and the slow work of building up a compost heap over the years.</p>"
          "<p>Most of the advice is common sense, but a few points surprised even the older members, who had been "
          "digging the same plots for decades without once testing the soil they were working in.</p>")
_AFTER = ("<p>The society meets again in the spring, when the first seed swap of the year takes place in the "
          "old chapel hall beside the canal and everyone is welcome to bring a tray of seedlings along.</p>")


def _page(lst: str) -> str:
    return ("<html><head><title>Advice for new plot holders - Canal Allotments</title></head><body>"
            "<div id='nav'><a href='/'>Home</a> <a href='/plots'>Plots</a> <a href='/join'>Join</a></div>"
            "<div id='main'><h1>Advice for new plot holders</h1>"
            f"{_PARAS}{lst}{_AFTER}"
            "</div></body></html>")


_PROSE_ITEMS = (  # (each item's link closes it: no roundup's comment after a link)
    "<li>A patient walk through the simple tests anyone can do with a jar of water and an afternoon to spare, "
    "from Riverside Growers: <a href='https://a.example/soil'>Reading your soil</a></li>"
    "<li>How to keep seed dry and labelled through the winter, with a chart of which crops cross with which, "
    "from Northfield Seed Library: <a href='https://b.example/seeds'>Saving your own seed</a></li>"
    "<li>Why turning the heap matters less than keeping it damp, with drawings of a cheap wooden frame, from "
    "The Compost Circle: <a href='https://c.example/heap'>A heap in three bays</a></li>")


def test_a_linked_item_with_words_of_its_own_in_a_list_of_prose_items_stays():
    lst = ("<ul>" + _PROSE_ITEMS
           + "<li>Hillside Water Trust - <a href='https://d.example/water'>A dry summer with a thirsty plot and a broken old hose</a></li></ul>")
    art = clean(_page(lst))
    assert "Saving your own seed" in art.text
    assert "Hillside Water Trust - A dry summer with a thirsty plot and a broken old hose" in art.text


def test_a_list_of_headline_links_alone_goes():
    heads = "".join(f"<li><a href='/news/{i}'>Plot holders vote on the new gate number {i}</a></li>"
                    for i in range(1, 6))
    art = clean(_page(f"<ul>{heads}</ul>"))
    assert "new gate number 3" not in art.text
    assert any("new gate number 3" in r.text for r in art.removed)


def test_a_linked_item_in_a_list_of_headlines_goes():
    heads = "".join(f"<li><a href='/news/{i}'>Plot holders vote on the new gate number {i}</a></li>"
                    for i in range(1, 4))
    lst = f"<ul>{heads}<li>Committee notes - <a href='/news/9'>The hedge question and the long path</a></li></ul>"
    art = clean(_page(lst))
    assert "The hedge question" not in art.text
