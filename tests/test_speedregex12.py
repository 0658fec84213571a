"""Speed cuts of the line steps (issue 9, round 12): the same answers as the slower forms they replace."""
from __future__ import annotations

import pytest

from newsclean.plugins import disclaimer as D
from newsclean.text import clear_caches, nfkc

from tests.test_speedsteps10 import _disclaimer_as_before

LONG = "Die Regierung hat am Dienstag einen Plan vorgelegt, der die Steuern für Familien senken soll, " * 3
DISCLAIMER_LINES = (
    # plain lines (ASCII, curly quotes, dashes) with upper-case copyright marks and gate words
    "COPYRIGHT 2024 EXAMPLE MEDIA", "ALL RIGHTS RESERVED – Example", "(C) 2021 Example — News",
    "Example Media (c) 2020", "THE VIEWS EXPRESSED HERE ARE THE AUTHOR’S OWN.", "Copyrighted material – do not copy",
    "Rights reserved", "rights-reserved “x”", "The reserved seats sold out – fans said.", "A (cheap) ticket — really",
    "INVESTING INVOLVES RISK", "“Investing involves risk”",
    # long lines, not ASCII: with a separator (a label may lead) or none (nothing but a label could hold)
    LONG, "Haftungsausschluss: " + LONG, "免责声明：" + "本文" * 120, "本文" * 120, "“" + "x" * 230 + "”",
    "Disclaimer | " + LONG, "„" + LONG + "“ / Quelle", "Все права защищены " + "слово " * 40,
)


@pytest.mark.parametrize("line", DISCLAIMER_LINES)
def test_disclaimer_first_looks_give_the_same_answer(line: str) -> None:
    clear_caches()
    t = nfkc(line).strip()
    assert D._disclaimer(t) == _disclaimer_as_before(t), t


def test_disclaimer_first_looks_keep_finding_copyright_lines() -> None:
    for line in ("COPYRIGHT 2024 EXAMPLE MEDIA", "Example – ALL RIGHTS RESERVED", "(C) 2021 Example — News"):
        assert D._disclaimer(nfkc(line).strip()), line
    assert not D._disclaimer(nfkc("The reserved seats sold out – fans said.").strip())


def test_every_plain_copy_mark_has_an_anchor_it_needs() -> None:
    marks = [g for g in D._COPY_GATE if all(c.isascii() or c in D._PLAIN_MARKS for c in g)]
    assert marks and len(D._PLAIN_COPY_ANCHORS) == len(marks)
    for mark in marks:
        for line in (f"x {mark} y", f"x {mark.upper()} y", f"“{mark.title()}” —"):
            tb = line.encode("utf-8").translate(D._LOWER_NOT_A_TO_Z)
            assert D._may_hold_copy_mark(line, tb), line
    assert not D._may_hold_copy_mark("Plain news — today", b"plain news today")
    assert D._MARKS_UNCASED  # (else the first look lower-cases the line: the same answer, slower)
