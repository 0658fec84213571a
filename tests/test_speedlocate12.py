"""Fast paths of the locator's block features and of the punctuation count (issue 9): each gives
what the plain computation gives."""
from __future__ import annotations

import random

import lxml.html
import pytest

from newsclean.document import Block
from newsclean.plugins.container.scoring import (BLOCK_COST, PUNCT_BONUS, PUNCT_BONUS_MAX, VALUE_CAP,
                                                 VALUE_MIN_LENGTH, _Feat)
from newsclean.text import PROSE_PUNCT, punct_count


def test_punct_count_matches_a_character_by_character_count_on_mixed_text() -> None:
    rnd = random.Random(12)
    alphabet = PROSE_PUNCT + "ab é’\ud800中文\u3000\U0001F600\n\t"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert punct_count(text) == sum(1 for c in text if c in PROSE_PUNCT), repr(text)


@pytest.mark.parametrize("text", ["a.b,c!d?e;f:g", "中文，句子。还有！、；：？", "curly ’quotes’, and. marks", "no marks"])
def test_punct_count_of_known_texts(text: str) -> None:
    assert punct_count(text) == sum(text.count(c) for c in PROSE_PUNCT)


def _feat(text: str) -> _Feat:
    p = lxml.html.fromstring(f"<div><p>{text}</p></div>").find("p")
    return _Feat(Block(0, text, "paragraph", "p", path=(p.getparent(), p)))


def _plain_value(b: Block) -> float:
    """The block value as the module doc states it, with the builtins."""
    nonlink = float(b.chars)
    value = min(nonlink, VALUE_CAP) - BLOCK_COST if nonlink >= VALUE_MIN_LENGTH else 0.0
    if value > 0:
        value += min(PUNCT_BONUS * b.punct, PUNCT_BONUS_MAX)
    return max(value, 0.0)


@pytest.mark.parametrize("text", [
    "short.",
    "x" * (VALUE_MIN_LENGTH - 1),
    "A sentence of prose, long enough to be worth something. And another one.",
    "Word, " * 400,  # past the cap, and past the bonus cap
    "Words without marks " * 3,
])
def test_feat_value_is_capped_like_min_and_max(text: str) -> None:
    f = _feat(text)
    want = _plain_value(f.block)
    assert f.value == want and type(f.value) is type(want)
    assert f.value <= VALUE_CAP - BLOCK_COST + PUNCT_BONUS_MAX


def test_feat_value_of_a_long_block_is_the_cap_plus_the_bonus_cap() -> None:
    f = _feat("Word, " * 400)
    assert f.value == VALUE_CAP - BLOCK_COST + PUNCT_BONUS_MAX
