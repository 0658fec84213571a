"""Fast paths of the declared-metadata readers (speedmeta7) give what the plain queries give."""
from __future__ import annotations

import random

import lxml.etree as etree
import lxml.html

from newsclean.plugins import htmlmeta
from newsclean.plugins.declared import elements


def _page(seed: int, n: int) -> str:
    """n elements, nested or not, some without a class, a few with an empty class or a namespaced one."""
    rnd = random.Random(seed)
    parts = []
    for i in range(n):
        roll = rnd.random()
        attr = "" if roll < 0.25 else " class=''" if roll < 0.3 else f" class='c{i} author-{i % 7}'"
        if rnd.random() < 0.3:
            parts.append(f"<div{attr}><span>t{i}</span><i xml:lang='en'>x</i></div>")
        else:
            parts.append(f"<p{attr}>t{i}</p>")
    return "<html><body class='page'><div class='wrap'>" + "".join(parts) + "</div></body></html>"


def test_the_nth_classed_descendant_near_and_far_is_the_plain_querys() -> None:
    for seed in range(3):
        body = lxml.html.fromstring(_page(seed, 260)).find("body")
        plain = [el for el in body.iter() if el is not body and el.get("class") is not None]
        assert len(plain) > 2 * elements.NEAR_CLASSED
        for n in (1, 2, elements.NEAR_CLASSED, elements.NEAR_CLASSED + 1, len(plain) // 2, len(plain)):
            got = elements._classed_at(n)(body)
            assert got == [plain[n - 1]], n  # (the far form takes the n-th class attribute's owner)
            assert got == etree.XPath(f"descendant::*[@class][{n}]")(body)
        assert elements._classed_at(len(plain) + 1)(body) == []


def test_far_hits_come_in_order_through_the_class_queries() -> None:
    # the hits lie past NEAR_CLASSED classed elements: found by the far form, in document order
    filler = "".join(f"<p class='f{i}'>f</p>" for i in range(elements.NEAR_CLASSED * 2))
    hits = "".join(f"<span class='byline-{i}'>b</span><p class='g'>g</p>" for i in range(5))
    body = lxml.html.fromstring(f"<html><body>{filler}{hits}</body></html>").find("body")
    got = list(htmlmeta._BYLINE_CLASSED(body))
    assert [el.get("class") for el in got] == [f"byline-{i}" for i in range(5)]


def test_values_with_newlines_and_nul_input_keep_their_places() -> None:
    # (the joined values are cut by NUL: a NUL in the page comes back as U+FFFD, never as NUL)
    page = ("<html><body><p class='x\nauthor'>a</p><p class='a\x00uthor'>b</p><p>c</p>"
            "<p class='\nwriter\n'>d</p><p class='plain'>e</p><p class='coauthor byline'>f</p></body></html>")
    body = lxml.html.fromstring(page).find("body")
    words = tuple(w[1:] for w in elements.AUTHOR_CLASS_WORDS)
    want = [el for el in body.iter() if el is not body and any(w in (el.get("class") or "") for w in words)]
    assert [el.text for el in want][0] == "a" and [el.text for el in want][-2:] == ["d", "f"]
    assert list(htmlmeta._BYLINE_CLASSED(body)) == want
    classed = elements.ClassedElements(body)
    classed.read()
    assert classed.values and not any("\0" in v for v in classed.values)
