"""Fast paths of the block side (issue 9): each gives what the plain computation gives."""
from __future__ import annotations

import re

import lxml.html
import pytest

from newsclean.blocks import html_blocks
from newsclean.text import PROSE_PUNCT, char_count, punct_count

_TEXTS = [
    "", " ", "plain words, two of them.", "  leading and trailing  ", "tab\there", "line\nbreak",
    "nbsp\u00a0inside", "ideographic\u3000space", "中文，句子。还有！", "mixed 中文 text; with: marks?",
    "line\u2028separator", "\x1ccontrol\x1fchars", "full-width：colon", "a.b,c!d?e;f:g", "zero\u200bwidth",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_char_count_counts_every_non_whitespace_character(text: str) -> None:
    assert char_count(text) == sum(1 for c in text if not c.isspace())


@pytest.mark.parametrize("text", _TEXTS)
def test_punct_count_counts_prose_marks_in_ascii_and_other_text(text: str) -> None:
    assert punct_count(text) == sum(1 for c in text if c in PROSE_PUNCT)
    assert punct_count(text) == len(re.findall("[" + re.escape(PROSE_PUNCT) + "]", text))


def _blocks(html: str):
    return html_blocks(lxml.html.document_fromstring(html))[0]


def test_skipped_elements_keep_the_walk_in_step():
    # a skipped element (script, form control, data table) ends before its parent does:
    # the parent's frame must still close the run, and the tail after it is read
    html = ("<html><body><div class='box'><p>one<script>x()</script></p>tail one"
            "<p>name <input> email <select><option>a</option></select></p>"
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>after table "
            "<a href='#'>link <noscript>n</noscript>text</a> plain</div><p>last</p></body></html>")
    got = [(b.text, b.kind, b.tag, b.link_chars) for b in _blocks(html)]
    assert got == [("one", "paragraph", "p", 0), ("tail one", "paragraph", "div", 0),
                   ("name email", "paragraph", "p", 0), ("a | b\nc | d", "table", "table", 0),
                   ("after table link text plain", "paragraph", "div", 8), ("last", "paragraph", "p", 0)]


def test_kinds_are_inherited_through_inline_and_block_wrappers():
    html = ("<html><body><ul><li><span>item <b>bold</b></span><div>inner</div></li></ul>"
            "<h3><span>head</span></h3><pre>  keep  spaces </pre><blockquote><p>quoted</p></blockquote></body></html>")
    got = [(b.text, b.kind, b.tag, b.level) for b in _blocks(html)]
    assert got == [("item bold", "list_item", "li", 0), ("inner", "list_item", "div", 0),
                   ("head", "heading", "h3", 3), ("keep  spaces", "code", "pre", 0), ("quoted", "quote", "p", 0)]


def test_decay_factors_follow_the_decay_table():
    from newsclean.plugins.content import DECAY, _decay_factors

    # own element at index 9 of a 12-element path: full value at and below it, DECAY going up
    got = _decay_factors(9, 12)
    assert got[9] == DECAY[0] and got[8] == DECAY[1] and got[7] == DECAY[2]
    assert got[10] == got[11] == 1.0
    assert got[0] == DECAY[-1]  # beyond the table: its last step
    assert _decay_factors(0, 1) == (DECAY[0],) and _decay_factors(-1, 0) == ()


@pytest.mark.parametrize("n_words", [3, 40])
def test_anchors_say_the_same_one_by_one_and_as_one_pattern(n_words: int) -> None:
    from newsclean.patterns import _FOLDS, ANCHORS_ONE_BY_ONE, Anchors

    words = ["sign", "get", "扫码", "don"] + [f"word{i}x" for i in range(n_words)]
    anchors = Anchors(words)
    assert (anchors._few is not None) == (len(words) <= ANCHORS_ONE_BY_ONE)
    for text in ("Sign up now", "together", "请扫码关注", "Don't miss", "nothing here", "WORD7X", "ſign",
                 "", "word2"):
        expect = anchors._re.search(text.lower()) is not None or (not text.isascii() and bool(_FOLDS.search(text)))
        assert anchors(text) == expect, text
    assert anchors("TOGETHER") and anchors("扫码") and not anchors("nothing here")
