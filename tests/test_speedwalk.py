"""Shortcuts of the walks, loading and teardown (issue 9): each gives what the plain computation gives."""
from __future__ import annotations

import lxml.html
import pytest

from newsclean.blocks import html_blocks
from newsclean.document import Block
from newsclean.text import char_count

_ODD_SPACE = ["tab\there", "line\nbreak", "nbsp\u00a0inside", "ideographic\u3000space", "zero\u200bwidth",
              "line\u2028separator", "soft\u00adhyphen", "bom\ufeffinside", "中文，句子。", "  spaced   out  "]


@pytest.mark.parametrize("text", _ODD_SPACE)
def test_walk_counts_characters_of_normalised_blocks_as_char_count_does(text: str) -> None:
    blocks, _ = html_blocks(lxml.html.fromstring(f"<div><p>{text} <b>bold</b>\u00a0end</p></div>"))
    assert blocks and all(b.chars == char_count(b.text) for b in blocks)


def test_preformatted_blocks_keep_their_whitespace_and_are_counted_in_full() -> None:
    blocks, _ = html_blocks(lxml.html.fromstring("<div><pre>a\tb\n  c\u00a0d\u3000e</pre></div>"))
    assert blocks[0].kind == "code" and "\t" in blocks[0].text
    assert blocks[0].chars == char_count(blocks[0].text) == 5


def test_block_counts_its_text_unless_told_and_keeps_its_constructor() -> None:
    b = Block(0, "one two\tthree", "paragraph", "p", 0, 3, (), frozenset({"x"}), 1)
    assert (b.chars, b.link_chars, b.gap_before, b.tokens) == (11, 3, 1, frozenset({"x"}))
    assert Block(index=1, text="a b", chars=2).chars == 2 and Block(1, "a, b.").punct == 2




# Built as written (the XML parser moves nothing), as a broken page or a tree given by hand can be.
_HEADS = [
    "<head><title>T</title><meta charset='utf-8'/>\n<link rel='x' href='/a'/><script>var a = 1;</script></head>",
    "<head>\n  <style>p {}</style>\n  <noscript><img src='x'/></noscript>\n</head>",
    "<head><meta name='a'/>stray text in the head<script>x</script></head>",  # text: walked
    "<head><title>T</title><p>A body parsed into the head, with its text.</p><div>More of it.</div></head>",
    "<head>Leading head text<meta name='a'/></head>",
    "<head><meta name='a'/><br/>after a break</head>",
    "<head><meta name='a'>a meta given text</meta></head>",
    "<head><!-- a comment --><title>T</title></head>",
    "<head></head>",
]


def _tree(head: str):
    from lxml import etree

    return etree.fromstring(f"<html>{head}<body><p>First paragraph.</p><p>Second one.</p></body></html>")


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("max_nodes", [1, 2, 3, 4, 5, 6, 8, 200_000])
def test_a_bare_head_is_passed_over_as_the_walk_would_read_it(head: str, max_nodes: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import newsclean.blocks as blocks_mod

    def read() -> tuple[list[tuple[str, str, int, int]], bool]:
        bl, cut = html_blocks(_tree(head), max_nodes)
        return [(b.text, b.kind, b.chars, len(b.path)) for b in bl], cut

    got = read()
    counts = blocks_mod._head_counts
    monkeypatch.setattr(blocks_mod, "_head_counts", lambda h: (counts(h)[0], -1))  # its descendants counted
    assert got == read()
    monkeypatch.setattr(blocks_mod, "_head_counts", lambda h: (-1, -1))  # the plain walk, element by element
    assert got == read()


@pytest.mark.parametrize("head", _HEADS)
def test_a_bare_heads_descendants_are_known_without_counting_them_again(head: str) -> None:
    from newsclean.blocks import _bare_head, _head_counts

    el = _tree(head).find("head")
    bare, below = _head_counts(el)
    assert bare == _bare_head(el)
    if bare > 0 and below >= 0:
        assert below == sum(1 for _ in el.iterdescendants())
    assert _head_counts(_tree(_HEADS[0]).find("head")) == (5, 4)
    assert _head_counts(_tree(_HEADS[1]).find("head")) == (3, -1)  # (a <noscript> holding an element: counted)


def test_only_a_head_without_text_is_passed_over() -> None:
    from newsclean.blocks import _bare_head

    assert _bare_head(_tree(_HEADS[0]).find("head")) == 5  # the head and its four elements, as the walk counts them
    assert _bare_head(_tree(_HEADS[1]).find("head")) == 3
    for head in _HEADS[2:7]:
        assert _bare_head(_tree(head).find("head")) == -1
    texts = [b.text for b in html_blocks(_tree(_HEADS[3]))[0]]
    assert texts[:2] == ["A body parsed into the head, with its text.", "More of it."]
