"""A page whose text is rendered twice (a template's wide and narrow bodies) loses the copy's short
headings with its paragraphs; a short line said again among the article's own paragraphs stays.
Invented pages."""
from __future__ import annotations

import newsclean

PARAS = [
    "Planting a small orchard starts with choosing trees that suit the winters of your own region well.",
    "Dig each hole twice as wide as the root ball and set the graft union a hand above the soil line.",
    "Water the young trees deeply once a week through their first summer, less often after that.",
    "Prune in late winter, taking out crossing branches and opening the centre to light and air.",
]
HEADS = ["Choosing trees", "Planting", "Watering", "Pruning"]


def _body(cls: str) -> str:
    parts = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in zip(HEADS, PARAS))
    return f'<div class="{cls}">{parts}</div>'


def _page(body: str) -> str:
    return ("<html><head><title>How to plant an orchard</title></head><body><main>"
            f"<h1>How to plant an orchard</h1>{body}</main></body></html>")


def _count(art: newsclean.Article, line: str) -> int:
    return sum(p.text == line for p in art.paragraphs)


def test_a_body_rendered_twice_loses_its_copied_headings():
    art = newsclean.clean(_page(_body("body-wide") + _body("body-narrow")))
    assert all(_count(art, p) == 1 for p in PARAS)
    assert all(_count(art, h) == 1 for h in HEADS)
    why = [r.reason for r in art.removed if r.text in HEADS]
    assert len(why) == len(HEADS) and all("short line" in w for w in why)


def test_a_short_line_said_again_over_new_prose_stays():
    # two sections under one heading each, "Planting" again over new prose: no copy
    sections = "".join(f"<section><h2>{h}</h2><p>{p}</p></section>" for h, p in zip(HEADS, PARAS))
    again = ("<section><h2>Planting</h2><p>Autumn planting gives the roots a head start before the ground "
             "freezes, so the trees leaf out strongly in spring.</p></section>")
    art = newsclean.clean(_page(sections + again))
    assert _count(art, "Planting") == 2
