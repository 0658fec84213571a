"""Shortcuts of the block stage must give exactly what the code they replace gives.

The block steps were made faster by cheap first looks and by working out a
feature only where a step asks for it. Each test compares a shortcut with the
plain computation (on generated strings with the awkward characters, or on
small pages), so a shortcut cannot silently change what a step decides.
"""
from __future__ import annotations

import random

from newsclean import lines

AWKWARD = ["\u017f", "\u0130", "\u0131", "\u212a", "\ufa6e", "\U0002a6e0", "\ud7a5", "\u309b", "\u30fc", "\u00b2",
           "\u200b", "\ufeff", "\u3000", "\xa0", "\u2028", "\x1c", "\u0660", "\u3040", "”", "é", "０"]
MIXED = list("abcXYZ 012.,:;!?-/•@()…") + ["...", "www.", "http://", "1.", "一、"] \
    + list("中文日本語のテキスト한국어，。、！") + AWKWARD


def fuzz(alphabet: list[str], n: int = 3000, most: int = 30, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_lazy_line_shape_gives_every_feature_of_line_shape() -> None:
    texts = fuzz(MIXED) + ["A title cut short... and more", "Word, word, and more words. The end.", "\u3040"]
    for t in texts:
        full = lines.line_shape(t)
        for chars in (None, len("".join(t.split()))):
            lazy = lines.LazyLineShape(t, chars)
            got = (lazy.le, lazy.punct, lazy.ends, lazy.truncated, lazy.alone, lazy.digits, lazy.url,
                   lazy.opening, lazy.width, lazy.wrapped, lazy.para, lazy.prose)
            want = (full.le, full.punct, full.ends, full.truncated, full.alone, full.digits, full.url,
                    full.opening, full.width, full.wrapped, full.para, full.prose)
            assert got == want, t


def test_lazy_line_shapes_find_the_same_wrap_width() -> None:
    rnd = random.Random(3)
    for _ in range(200):
        width = rnd.randint(50, 70)
        texts = []
        for _ in range(rnd.randint(6, 14)):
            w = width - rnd.randint(0, 4)
            texts.append(("word, " * 20)[:w].rstrip() if rnd.random() < 0.8 else "A short line.")
        full = [lines.line_shape(t) for t in texts]
        lazy = [lines.LazyLineShape(t) for t in texts]
        assert lines.wrap_width(lazy) == lines.wrap_width(full)
