"""The first look of ``_in_related_box`` (the block's tokens, then a heading's id on its path) gives
the same answers as walking the block's ancestors."""
from __future__ import annotations

from itertools import islice

import lxml.html

from newsclean.blocks import html_blocks
from newsclean.plugins import timestamp

_PAGE = """<html><body class="page">
<div class="post-Related box"><p>In a related box, 3 May 2024</p></div>
<div id="Recommended_list"><ul><li>A recommended item, 4 May 2024</li></ul></div>
<section class="main"><p>Body text, 5 May 2024</p><h2 id="related-stories">Others, 6 May 2024</h2></section>
<h3 id="popular-now"><span>Span in a heading with an id, 7 May 2024</span></h3>
<div class="unrelated"><p>Not a box: the word inside a part, 8 May 2024</p></div>
<div class="trending-teaser" role="complementary"><p>Trending, 9 May 2024</p></div>
<article><div><div><p>Deep plain line, 10 May 2024</p></div></div></article>
</body></html>"""


def _walk(b) -> bool:
    """The direct computation: every ancestor's class and id, up to body."""
    for el in islice(reversed(b.path), timestamp.RELATED_BOX_DEPTH):
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        if tag in ("body", "html"):
            break
        attrs = " ".join(filter(None, (el.get("class"), el.get("id")))).lower()
        if attrs and any(p.startswith(timestamp.RELATED_BOX_WORDS) for p in timestamp._CLASS_PARTS.split(attrs)):
            return True
    return False


def test_first_look_answers_as_the_walk() -> None:
    blocks, _ = html_blocks(lxml.html.fromstring(_PAGE))
    got = {b.text: timestamp._in_related_box(b) for b in blocks}
    assert got == {b.text: _walk(b) for b in blocks}
    assert got["Others, 6 May 2024"] and got["Span in a heading with an id, 7 May 2024"]  # (ids not in tokens)
    assert not got["Body text, 5 May 2024"] and not got["Deep plain line, 10 May 2024"]


def test_tokens_look() -> None:
    assert timestamp._may_name_related_box(frozenset({"post-related", "box"}))
    assert timestamp._may_name_related_box(frozenset({"unrelated"}))  # (a first look: the walk decides)
    assert not timestamp._may_name_related_box(frozenset({"main", "content"}))
    assert not timestamp._may_name_related_box(frozenset())
