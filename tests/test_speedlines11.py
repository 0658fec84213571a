"""Shortcuts of the block walk and the line steps (issue 9, round 11) give exactly what the code
they replace gives."""
from __future__ import annotations

import random
import re

import pytest

from newsclean import blocks
from newsclean.text import PROSE_PUNCT, punct_count

_PUNCT = re.compile("[" + re.escape(PROSE_PUNCT) + "]")


def test_punct_count_of_text_beyond_ascii_is_the_pattern_count() -> None:
    rnd = random.Random(11)
    alphabet = PROSE_PUNCT + "ab 中é’“”\u3000\uff0e\uff01\u3001\ud800\U0001F600\u00a0"
    texts = ["", "中", "’", "，。", "a,b’c", "\ud800,\udfff.", "ＡＢ！？", "\u3002" * 5 + ",", "\uff01\uff1f\uff0c\uff1a\uff1b"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for t in texts:
        assert punct_count(t) == len(_PUNCT.findall(t)), t


def _tokens(html: str) -> list[frozenset[str]]:
    import lxml.html
    root = lxml.html.document_fromstring(html)
    return [b.tokens for b in blocks.html_blocks(root)[0]]


def test_block_tokens_read_class_id_and_role_of_the_path() -> None:
    got = _tokens('<html><body><div id="Main" data-x="1" class="Story body" role="Article" lang="en">'
                  '<p title="t">One</p><h2 id="anchor-made-of-text" class="Sub">Two</h2>'
                  '<section aria-label="x"><p>Three</p></section></div></body></html>')
    base = {"main", "story", "body", "article"}
    assert got == [frozenset(base), frozenset(base | {"sub"}), frozenset(base)]


def test_a_caption_class_still_makes_a_caption() -> None:
    import lxml.html
    root = lxml.html.document_fromstring('<html><body><div class="wp-caption-text" id="x">A photo</div>'
                                         '<p class="has-caption">Text</p></body></html>')
    kinds = [b.kind for b in blocks.html_blocks(root)[0]]
    assert kinds == ["caption", "paragraph"]
