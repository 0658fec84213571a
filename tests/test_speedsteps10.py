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


def test_outer_noscripts_are_those_the_xpath_finds() -> None:
    import lxml.etree as etree
    import lxml.html

    from newsclean.plugins import chrome

    xpath = etree.XPath("descendant::noscript[not(ancestor::noscript)]")
    html = ("<html><body><noscript><div><noscript><p>a</p></noscript></div><noscript/></noscript>"
            "<div><noscript>b</noscript><section><noscript><noscript>c</noscript></noscript></section></div>"
            "<noscript>d</noscript></body></html>")
    root = lxml.html.document_fromstring(html)
    for el in root.iter():
        assert chrome._outer_noscripts(el) == xpath(el), el.tag
    outer = chrome._outer_noscripts(root.find("body"))
    assert [n.text or n[0].tag for n in outer] == ["div", "b", "noscript", "d"]  # no inner one counted again


def test_ascii_twins_of_the_calls_leave_out_only_calls_that_need_other_characters() -> None:
    import re as _re

    from newsclean.patterns import needs_non_ascii
    from newsclean.plugins import ads

    assert needs_non_ascii(_re.compile("扫码(?:下载|关注)")) and needs_non_ascii(_re.compile("(?:app|客户端)内打开"))
    assert not needs_non_ascii(_re.compile("(?:微信)?扫一扫|follow us"))  # one alternative is ASCII
    assert not needs_non_ascii(_re.compile("é?x")) and not needs_non_ascii(_re.compile("[^é]"))
    assert not needs_non_ascii(_re.compile("\u017f", _re.I)) and needs_non_ascii(_re.compile("\u017f"))  # ſ is s
    assert not needs_non_ascii(_re.compile("[\u0100-\u0200]", _re.I)) and needs_non_ascii(_re.compile("[\u0200-\u0300]"))
    left_out = [p for p in ads.CTA_ZH + ads.CTA_EN if p not in ads._CTA_ASCII_ABLE]
    assert left_out and set(left_out) <= set(ads.CTA_ZH) and set(ads.CTA_EN) <= set(ads._CTA_ASCII_ABLE)
    full_any = _re.compile("|".join(ads.CTA_ZH + ads.CTA_EN), _re.I)
    for line in ("Subscribe to our newsletter", "Follow us on X", "Don't miss a story about the news",
                 "download the new app", "Enterprise Application Software", "get the latest news in your inbox",
                 "app: open in app", "never miss a story", ""):
        low = line.lower()
        got, want = ads._CTA_ANY_ASCII.search(low), full_any.search(line)
        assert (got is None) == (want is None) and (got is None or got.span() == want.span()), line
        assert (ads._CTA_START_ASCII.match(low) is None) == (ads._CTA_START.match(line) is None), line
