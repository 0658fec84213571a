"""shared_depth and holds_at_most: the nearest element two blocks share, and how much text it holds."""
from __future__ import annotations

import lxml.html

from newsclean.blocks import holds_at_most, shared_depth
from newsclean.document import Block


def _block(el) -> Block:
    path = tuple(reversed([el, *el.iterancestors()]))
    return Block(0, text=el.text_content(), kind="paragraph", tag=el.tag, path=path)


def test_the_nearest_shared_element_and_its_text():
    root = lxml.html.fromstring("<div><section><p id='a'>Quote here</p><p id='b'>Jane Doe</p></section>"
                                "<p id='c'>Elsewhere in the page</p></div>")
    a, b, c = (_block(root.get_element_by_id(i)) for i in "abc")
    n = shared_depth(a, b)
    assert a.path[n - 1].tag == "section"
    assert a.path[shared_depth(a, c) - 1] is root
    assert holds_at_most(a.path[n - 1], len("Quotehere") + len("JaneDoe"))  # whitespace is not counted
    assert not holds_at_most(a.path[n - 1], len("Quotehere") + len("JaneDoe") - 1)


def test_text_lines_share_no_element():
    assert shared_depth(Block(0, "one"), Block(1, "two")) == 0
