"""Speed helpers of the line plugins: each gives the answer of the plain form it replaces."""
from __future__ import annotations

from itertools import islice

import lxml.html

from newsclean.authors import CARD_MAX_CHARS, _holds_more_than, beside_teaser_link
from newsclean.text import char_count, normalize_space


def _plain(el, limit: int, pieces: int) -> bool:
    return char_count(normalize_space("".join(islice(el.itertext(), pieces)))) > limit


def _box(n: int, word: str) -> "lxml.html.HtmlElement":
    items = "".join(f"<span>{word}</span>\n  <i>{k}</i> " for k in range(n))
    return lxml.html.fromstring(f"<div>{items}</div>")


def test_holds_more_than_matches_the_joined_count() -> None:
    # pieces past the first read, whitespace runs, a zero-width space and a soft hyphen (not counted)
    for word in ("Lorem ipsum", "zero\u200bwidth", "soft\u00adhyphen", "\u3000wide\u3000"):
        for n in (0, 1, 5, 20, 40, 120):
            box = _box(n, word)
            for limit in (0, 10, 59, 60, 61, 300, CARD_MAX_CHARS):
                for pieces in (1, 31, 32, 33, 200):
                    assert _holds_more_than(box, limit, pieces) is _plain(box, limit, pieces), (word, n, limit, pieces)


def test_a_large_column_around_a_byline_is_no_card() -> None:
    column = "".join(f"<p>Paragraph {k} of a long story about the harbour and its boats.</p>" for k in range(40))
    page = lxml.html.fromstring(f"<div><a href='/x'><h3>Other story</h3><p>{'Its summary ' * 5}</p></a>"
                                f"<p class='by'>By Jane Doe</p>{column}</div>")
    byline = page.find(".//p[@class='by']")
    assert beside_teaser_link(byline, 11) is False
    small = lxml.html.fromstring(f"<div><a href='/x'><h3>Other story</h3><p>{'Its summary ' * 5}</p></a>"
                                 f"<p class='by'>By Jane Doe</p></div>")
    assert beside_teaser_link(small.find(".//p[@class='by']"), 11) is True
