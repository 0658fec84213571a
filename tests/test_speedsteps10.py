"""Speed cuts of the tree and line steps (issue 9, round 10): the same answers as the slower forms they replace."""
from __future__ import annotations

import re
import unicodedata

import pytest

from newsclean.plugins import disclaimer as D
from newsclean.text import clear_caches, nfkc


def _disclaimer_as_before(t: str) -> bool:
    """:func:`disclaimer._disclaimer` as it read before the plain-line first look."""
    n = len(t)
    if not n or n > D.LABELLED_MAX_CHARS:
        return False
    if D._LABEL_LED.match(t):
        return not D._HARD_LABELS.match(t) or bool(D._NOTICE.search(t) or D._has_sentence(t))
    if n > D._UNLABELLED_MAX_CHARS:
        return False
    words = D._ascii_words(t) if t.isascii() else None
    if n <= D.SENTENCE_MAX_CHARS and D._has_sentence(t, words):
        return True
    if n <= D.COPYRIGHT_MAX_CHARS and D._has_copyright(t, words):
        return True
    return n <= D.RISK_MAX_CHARS and bool(D._RISK.match(t))


LINES = (
    # disclaimers written with curly quotes and dashes (plain lines that are not ASCII)
    "The views expressed here are the author’s own — not those of the paper.",
    "“The views and opinions expressed in this article are those of the authors.”",
    "This article is for informational purposes only… it does not constitute investment advice.",
    "© 2024 Example Media – All rights reserved.",
    "Copyright © 2023 Example Ltd",
    "All Rights Reserved — Example News",
    "Disclaimer: this isn’t advice.",
    "Disclosure — we may earn a commission from links on this page.",
    "We may earn a commission when you buy through links on our site.",
    "Investing involves risk",
    "“Investment involves risk.”",
    "Alle Rechte vorbehalten – Beispiel GmbH",
    # news lines with the same marks
    "BUFFALO, N.Y. — Hours before the game, the coach said he’d seen “enough” of the past week.",
    "The writer’s new book, published last week, reflects on the author’s years abroad.",
    "He said: “We’ve been there.”",
    "Sign up — it’s free",
    "Price: $5 / month",
    "a=b",
    "",
    " ",
    "—",
    # ASCII lines
    "The views expressed here are the author's own.",
    "Copyright 2024 Example. All rights reserved.",
    "(c) 2021 Example",
    "Risk warning: trading is risky.",
    "The council met on Tuesday to discuss the budget for the coming year.",
    # Chinese and other scripts
    "免责声明：本文仅代表作者观点。", "投资有风险，入市需谨慎", "版权所有 © 2024", "市民可扫码下载，记者表示。",
    "Haftungsausschluss: Dies ist keine Anlageberatung.",
    "無断転載を禁じます", "Все права защищены",
    "x" * 230 + " all rights reserved",
    "Disclaimer: " + "x" * 2100,
)


@pytest.mark.parametrize("line", LINES)
def test_plain_first_look_gives_the_same_answer(line: str) -> None:
    clear_caches()
    t = nfkc(line).strip()
    assert D._disclaimer(t) == _disclaimer_as_before(t), t


def test_plain_first_look_is_active_and_finds_disclaimers_with_curly_quotes() -> None:
    assert D._PLAIN_MARKS and D._PLAIN_WORD_GATE is not None  # the first look runs
    for line in ("The views expressed here are the author’s own — not those of the paper.",
                 "Copyright 2024 Example Media – All rights reserved.", "Disclaimer: this isn’t advice."):
        t = nfkc(line).strip()
        assert D._NOT_PLAIN.search(t) is None and not t.isascii()  # a plain line, not ASCII
        assert D._disclaimer(t), t
    news = nfkc("The writer’s new book, published last week, reflects on the author’s years abroad.")
    assert not D._disclaimer(news)


def test_plain_marks_hold_no_word_and_no_gate_character() -> None:
    for mark in D._PLAIN_MARKS:
        assert not mark.isascii() and not re.match(r"\w", mark)
        folded = unicodedata.normalize("NFKC", mark).casefold()
        assert not any(re.match(r"\w", c) or unicodedata.combining(c) for c in folded), mark
        assert mark not in D._ZH_GATE and not any(mark in g for g in D._COPY_GATE)


def test_a_phrase_without_a_word_turns_the_plain_first_look_off() -> None:
    # a phrase of marks and short words only (no anchor word) could sit in a plain line: no marks then
    assert D._plain_marks(D.PLAIN_MARK_CANDIDATES, ("“ok” — no",)) == frozenset()
    assert D._plain_marks(D.PLAIN_MARK_CANDIDATES, ("a phrase with words",)) == D._PLAIN_MARKS


def test_every_copy_mark_and_gate_word_reaches_the_slow_rules() -> None:
    for mark in D._COPY_GATE:
        line = f"{mark} — Example"
        assert D._COPY_MARK.search(line.lower()) is not None
    for word in sorted(D._PLAIN_WORD_GATE)[:200]:
        line = f"“{word.decode()}” — x"
        clear_caches()
        assert D._disclaimer(line) == _disclaimer_as_before(line), line
