"""Fast paths of the tree side (issue 9): each gives what the plain computation gives."""
from __future__ import annotations

import sys

import pytest

from newsclean.text import char_count

#: Every character str.split() takes for whitespace.
_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
#: Characters that share a UTF-8 lead byte (or two) with a whitespace character but are none.
_NEAR = ["\u0084", "\u00a1", "\u00a9", "\u1681", "\u167f", "\u200b", "\u200e", "\u2019", "\u2027", "\u202a",
         "\u202e", "\u2030", "\u205e", "\u2060", "\u3001", "\u3080", "\ud800", "\U0001f600", "中", "é"]


@pytest.mark.parametrize("space", _SPACES)
def test_char_count_skips_each_whitespace_character_in_non_ascii_text(space: str) -> None:
    # not printable and not ASCII: the count runs on the text's UTF-8 bytes
    text = "\n".join(_NEAR) + space + "x" + space * 3 + "’y"
    assert char_count(text) == len("".join(text.split())) == len(_NEAR) + 3


def test_char_count_counts_near_misses_of_whitespace_as_characters() -> None:
    text = "\t" + " ".join(c * 2 for c in _NEAR) + "\u00a0\u3000\u2009"
    assert char_count(text) == 2 * len(_NEAR)


def test_char_count_agrees_with_split_on_mixed_texts() -> None:
    import random
    rng = random.Random(9)
    pool = _SPACES + _NEAR + list("ab.")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        assert char_count(text) == len("".join(text.split())), repr(text)


def test_block_walk_reads_class_id_and_role_only_when_present() -> None:
    import lxml.html

    from newsclean.blocks import html_blocks
    root = lxml.html.document_fromstring(
        "<html><body><div class='Wrap' id='Main' role='Region'><p data-x='1'>One.</p>"
        "<h2 id='slug-anchor' class='Title'>Two</h2><p>Three.</p></div></body></html>")
    p3 = root.findall(".//p")[1]
    p3.set("{urn:x}class", "namespaced")  # a namespaced "class" is no class
    blocks, _ = html_blocks(root)
    by_text = {b.text: b.tokens for b in blocks}
    assert by_text["One."] == {"wrap", "main", "region"}
    assert by_text["Two"] == {"wrap", "main", "region", "title"}  # a heading's id is no token
    assert by_text["Three."] == {"wrap", "main", "region"}
