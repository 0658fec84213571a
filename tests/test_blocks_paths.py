"""The block walk reads a block's path facts (tokens, kind, level, owner tag) only when it makes a block,
and keeps them for the next blocks of the same path: every block still gets the facts of its own path."""
from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from newsclean.blocks import html_blocks

_PAGE = """<html><body>
<div class="Outer Wrap" id="main" role="main">
  <p class="lead">First paragraph, with a <a href="/x" class="inline-link">link inside</a> it.</p>
  <p>Second, a plain paragraph.</p>
  <div class="wp-caption-text">A caption <span class="credit">by someone</span></div>
  <p class="caption">A caption paragraph.</p>
  <h2 id="an-anchor" class="title">A heading</h2>
  <ul class="list"><li>One item<ul><li class="inner">Nested item</li></ul></li><li>Two</li></ul>
  <span class="host">Loose text<div class="in-span">A block in a span.</div>tail of it</span>
</div>
<section class="other"><p>Under another section.</p><!-- a comment --></section>
<blockquote><p>Quoted.</p>quote tail<br>after break</blockquote>
<table class="data" id="t"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
<pre class="code">x = 1
  y = 2</pre>
<p>Last.</p>
</body></html>"""


def _facts() -> list[tuple[str, str, str, int, list[str], int]]:
    blocks, cut = html_blocks(lxml.html.fromstring(_PAGE))
    assert not cut
    return [(b.text, b.kind, b.tag, b.level, sorted(b.tokens), b.link_chars) for b in blocks]


def test_each_block_gets_the_facts_of_its_own_path() -> None:
    outer = ["main", "outer", "wrap"]
    assert _facts() == [
        ("First paragraph, with a link inside it.", "paragraph", "p", 0, sorted(outer + ["lead"]), 10),
        ("Second, a plain paragraph.", "paragraph", "p", 0, outer, 0),
        ("A caption by someone", "caption", "div", 0, sorted(outer + ["wp-caption-text"]), 0),
        ("A caption paragraph.", "caption", "p", 0, sorted(outer + ["caption"]), 0),
        ("A heading", "heading", "h2", 2, sorted(outer + ["title"]), 0),  # (a heading's id is no token)
        ("One item", "list_item", "li", 0, sorted(outer + ["list"]), 0),
        ("Nested item", "list_item", "li", 0, sorted(outer + ["inner", "list"]), 0),
        ("Two", "list_item", "li", 0, sorted(outer + ["list"]), 0),
        ("Loose text", "paragraph", "div", 0, sorted(outer + ["host"]), 0),  # the span's owner is the div
        ("A block in a span.", "paragraph", "div", 0, sorted(outer + ["host", "in-span"]), 0),
        ("tail of it", "paragraph", "div", 0, outer, 0),
        ("Under another section.", "paragraph", "p", 0, ["other"], 0),
        ("Quoted.", "quote", "p", 0, [], 0),
        ("quote tail", "quote", "blockquote", 0, [], 0),
        ("after break", "quote", "blockquote", 0, [], 0),  # (the break's tail ends with the quote)
        ("a | b\nc | d", "table", "table", 0, ["data", "t"], 0),
        ("x = 1\n  y = 2", "code", "pre", 0, ["code"], 0),
        ("Last.", "paragraph", "p", 0, [], 0),
    ]


def test_blocks_of_one_path_share_its_facts_and_paths_end_at_their_element() -> None:
    blocks, _ = html_blocks(lxml.html.fromstring(_PAGE))
    first, second = blocks[0], blocks[1]
    assert first.path[-1].tag == "p" and second.path[-1].tag == "p" and first.path[-1] is not second.path[-1]
    assert first.path[:-1] == second.path[:-1]
    items = [b for b in blocks if b.kind == "list_item"]
    assert items[0].tokens is items[2].tokens  # (the same path's tokens, made once)
    assert [b.path[-1].tag for b in blocks if b.kind == "quote"] == ["p", "blockquote", "blockquote"]


@pytest.mark.parametrize("raw, want", [
    (" a b ", "a b"), ("a  b", "a b"), ("a\u00a0b", "a b"), ("a\u200bb", "a b"), ("a\nb\tc", "a b c"),
    ("中文， 句子。", "中文， 句子。"), ("  ", None),
])
def test_block_text_is_normalised_whichever_way_it_is_read(raw: str, want: str | None) -> None:
    root = etree.fromstring("<div><p></p><p>next</p></div>")
    root[0].text = raw
    blocks, _ = html_blocks(root)
    assert [b.text for b in blocks] == ([want] if want else []) + ["next"]
    assert all(b.chars == len(b.text) - b.text.count(" ") for b in blocks)


def test_a_walk_cut_short_gives_the_facts_of_the_open_path() -> None:
    root = lxml.html.fromstring("<div class='a'><span class='b'>one <em>two</em> three <i>four</i></span></div>")
    blocks, cut = html_blocks(root, max_nodes=3)
    assert cut and [(b.text, b.tag, sorted(b.tokens), len(b.path)) for b in blocks] == [("one two three", "div", ["a", "b"], 2)]
