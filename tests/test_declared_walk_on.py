"""Class queries walk on from an element found already to a place close after it (speedtree41).

The walk must give the element the lookup by place gives (pre-order over
elements, comments passed over, never past the root), and spare the lookups:
each one walks the whole page.
"""
from __future__ import annotations

import random

import lxml.etree as etree
import lxml.html

from newsclean.plugins import htmlmeta
from newsclean.plugins.declared import elements


def _plain(body: object) -> list[object]:
    """The reference: the classed descendants of ``body``, by a walk of its elements."""
    return [el for el in body.iter() if el is not body and isinstance(el.tag, str) and el.get("class") is not None]


def _nested_page(seed: int, n: int) -> str:
    """Nested boxes, some classed (a few empty classes), comments between them, text everywhere."""
    rnd = random.Random(seed)
    out, depth = [], 0
    for i in range(n):
        roll = rnd.random()
        attr = "" if roll < 0.35 else " class=''" if roll < 0.4 else f" class='k{i} author-{i % 5}'"
        if depth and rnd.random() < 0.3:
            out.append("</div>")
            depth -= 1
        if rnd.random() < 0.15:
            out.append("<!-- note -->")
        if rnd.random() < 0.4:
            out.append(f"<div{attr}>d{i}")
            depth += 1
        else:
            out.append(f"<span{attr}>s{i}</span>")
    out.append("</div>" * depth)
    return "<html><body class='page'><main class='m'>" + "".join(out) + "</main></body></html><p class='late'>x</p>"


def test_walked_places_are_the_lookups_elements() -> None:
    for seed in range(6):
        for parser in (lxml.html.HTMLParser(), etree.HTMLParser(remove_comments=False)):
            body = etree.fromstring(_nested_page(seed, 120), parser).find("body")
            plain = _plain(body)
            rnd = random.Random(seed)
            classed = elements.ClassedElements(body)
            places = sorted(rnd.sample(range(len(plain)), 30))
            for i in places:  # close places walked to, far ones looked up: each the n-th classed element
                assert classed.element(i) is plain[i], (seed, i)
            assert classed.element(len(plain) - 1) is plain[-1]  # the last: a walk ending at the root's end


def test_close_hits_take_one_lookup_and_far_ones_their_own() -> None:
    # five bylines a few classed elements apart: the first looked up, the others walked to
    filler = "".join(f"<p class='f{i}'>f</p>" for i in range(elements.NEAR_CLASSED * 2))
    hits = "".join(f"<div><span class='byline-{i}'>b</span><p class='g'>g</p><p>t</p></div>" for i in range(5))
    body = lxml.html.fromstring(f"<html><body>{filler}{hits}</body></html>").find("body")
    classed = elements.ClassedElements(body)
    got = list(htmlmeta._BYLINE_CLASSED(body, classed))
    assert [el.get("class") for el in got] == [f"byline-{i}" for i in range(5)]
    assert classed._lookups == 1
    # a hit further than WALK_ON_PLACES classed elements after the last one found is looked up
    far = "".join(f"<p class='f{i}'>f</p>" for i in range(elements.WALK_ON_PLACES + 1))
    body = lxml.html.fromstring(f"<html><body><p class='byline'>a</p>{far}<p class='byline'>b</p></body></html>"
                                ).find("body")
    classed = elements.ClassedElements(body)
    assert [el.text for el in htmlmeta._BYLINE_CLASSED(body, classed)] == ["a", "b"]
    assert classed._lookups == 2


def test_a_walk_longer_than_its_limit_falls_back_to_the_lookup() -> None:
    # the next classed element lies past WALK_ON_ELEMENTS unclassed ones: looked up, the same element
    gap = "<p>x</p>" * (elements.WALK_ON_ELEMENTS + 5)
    body = lxml.html.fromstring(f"<html><body><p class='author'>a</p>{gap}<p class='author'>b</p></body></html>"
                                ).find("body")
    classed = elements.ClassedElements(body)
    assert [el.text for el in htmlmeta._BYLINE_CLASSED(body, classed)] == ["a", "b"]
    assert classed._lookups == 2
