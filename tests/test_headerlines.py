"""newsclean.headerlines: the residue of a header line, shared by byline, source and timestamp."""
from __future__ import annotations

import re

from newsclean.headerlines import MAX_LINE_CHARS, ascii_anchor, labels_regex, left_count, residue


def test_residue_takes_away_dates_addresses_fields_and_counters() -> None:
    assert left_count(residue("2025-09-08 10:00 www.example.com 阅读(12) 35次")) == 0
    assert left_count(residue("2025-09-08 来源：[ 新华网 ]")) == 0
    assert left_count(residue("2025-09-08 来源：[ 新华网 ]", fields=False)) > 0
    assert left_count(residue("The council voted on 2025-09-08 to approve the plan")) > 20


def test_extra_patterns_run_after_the_fields() -> None:
    label = re.compile(labels_regex(["stand", "von"]), re.I)
    assert left_count(residue("Stand: 03.12.2026 14:05 Uhr", extra=(label,))) == 0
    assert left_count(residue("Standard 03.12.2026", extra=(label,))) == len("Standard")  # whole words only


def test_a_long_text_is_left_whole_and_unread() -> None:
    long = "a." * MAX_LINE_CHARS
    assert residue(long) == long


def test_ascii_anchor_is_held_by_every_text_holding_the_word() -> None:
    for word in ("veröffentlicht", "środa", "güncelleme", "published"):
        a = ascii_anchor(word)
        assert a and a.isascii() and a in word
