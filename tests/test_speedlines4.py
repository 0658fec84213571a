"""Shortcuts of the line plugins and their helpers (issue 9) give exactly what the code they replace gives."""
from __future__ import annotations

import random

from newsclean import text


def test_the_characters_beyond_ascii_are_those_the_regex_keeps() -> None:
    rnd = random.Random(3)
    alphabet = list("abc XYZ 012.,\n\t\x00\x7f") + ["\x80", "é", "中", "\ud800", "\udfff", "\U0002a6e0", "\u3000", "ж",
                                                    "\ufeff", "ı", "\u0307"]
    lines = ["", "plain ascii", "中文", "Ünïcödé — “quotes”", "\ud800 lone surrogate"]
    lines += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    for line in lines:
        assert text._not_ascii(line) == text._ASCII_RUN.sub("", line), repr(line)


def test_language_of_mixed_text_still_read_from_its_non_ascii_letters() -> None:
    assert text.detect_language("Это новости — “Москва” 2024. " * 20) == "ru"
    assert text.detect_language("Die Straße über den Fluss wird für den Verkehr gesperrt, sagte die Stadt. " * 5) == "de"
    assert text.detect_language("北京时间 2024 年 news 新闻报道 " * 10) == "zh"
