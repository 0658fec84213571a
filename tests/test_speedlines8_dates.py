"""Month-name dates are looked for at the month names only (speedlines8): the same matches as a
search of each window, which the pattern tried at every letter."""
from __future__ import annotations

import random
import re

from newsclean import dates
from newsclean.dates import MONTHS, _DATE_RES, _FAMILY, _MONTH_FIRST, _month_starts, _name_matches, find_dates
from newsclean.patterns import first_chars


def _windowed(name: str, rx: "re.Pattern[str]", text: str, months: list[int]) -> list[tuple[int, int]]:
    """The reading before: a search of the window around each month name."""
    out = []
    taken = 0
    for at in months:
        if at < taken:
            continue
        m = rx.search(text, max(taken, at - dates._NAME_LEAD), at + dates._NAME_SPAN)
        if m is None or m.start() > at:
            continue
        full = rx.match(text, m.start())
        if full is not None:
            out.append((full.start(), full.end()))
            taken = full.end()
    return out


def _lines() -> list[str]:
    rnd = random.Random(8)
    names = sorted(MONTHS)
    pieces = ["Published", "on", "the", "31st", "of", "2024", "2019.", "12", "5,", "|", "—", "de", "may", "Mar.",
              "PublishedMay", "Sept.", "10:45", "pm", "ET", "1er", "15.", "(", ")", ",", "out", "Update:", "1999",
              "  ", "2026.", "Okt.", "and", "in", "DECEMBER", "ſept", "İ", "x" * 70]
    lines = ["November 16, 2019 at 3:44 pm", "by Regan September 15, 2014", "2026. március 3.",
             "The boss had been out of work since being sacked in December 2018.",
             "Published 11:26 pm EST, Tuesday, November 19, 2019 | Updated Nov 20, 2019",
             "PublishedMay 4, 2024", "3 de março de 2024", "15. Januar 2025, 10:00 Uhr", "may 2024 may 5, 2023"]
    for _ in range(3000):
        words = [rnd.choice(names if rnd.random() < 0.35 else pieces) for _ in range(rnd.randint(1, 14))]
        lines.append(" ".join(words) if rnd.random() < 0.8 else "".join(words))
    return lines


def test_name_patterns_open_with_a_month_name_or_a_digit() -> None:
    for name, rx in _DATE_RES:
        if _FAMILY[name] != "name":
            continue
        first = first_chars(rx)
        assert first is not None, name
        if name in _MONTH_FIRST:
            assert all(c.isalpha() for c in first), name  # (a month name opens the match)
        else:
            assert first <= set("0123456789"), name  # (its day or year opens the match)


def test_name_matches_are_those_of_a_search_of_each_window() -> None:
    name_res = [(n, rx) for n, rx in _DATE_RES if _FAMILY[n] == "name"]
    checked = 0
    for text in _lines():
        months = _month_starts(text)
        if not months:
            continue
        for name, rx in name_res:
            got = [(s, e) for s, e, _, _ in _name_matches(name, rx, text, months)]
            assert got == _windowed(name, rx, text, months), (name, text)
            checked += bool(got)
    assert checked > 100  # (the lines do hold dates)


def test_month_starts_of_repeated_and_several_names() -> None:
    text = "may 2024, May 5, 2023 and march 3, 2022; maybe not"
    assert _month_starts(text) == [m.start() for m in re.finditer(r"\b(?:may|march)\b", text, re.I)]
    assert [d.span[0] for d in find_dates(text)] == [0, 10, 26]
