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

