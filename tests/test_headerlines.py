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


def _doc_with(lines: list[str], title: "str | None") -> "object":
    from newsclean.document import Block, Document

    doc = Document(input_kind="text", text="\n".join(lines))
    doc.blocks = [Block(i, t) for i, t in enumerate(lines)]
    if title is not None:
        doc.meta.propose("title", title, 1.0)
    return doc


def test_title_line_index_finds_the_title_line_folded() -> None:
    from newsclean.headerlines import title_line_index

    lines = ["Menu", "Ｓｔｏｒｍ hits the COAST tonight!", "By A. Writer", "Storm hits the coast tonight"]
    assert title_line_index(_doc_with(lines, "Storm hits the coast tonight")) == 1  # first of the two
    # a line more than twice the title's length that holds it is prose, not the title line
    long = ["x", "Storm news " + "and more words about it " * 3]
    assert title_line_index(_doc_with(long, "Storm news")) is None
    assert title_line_index(_doc_with(lines, "abc")) is None  # too short to tell
    assert title_line_index(_doc_with(lines, None)) is None


def test_title_line_index_is_read_again_when_the_title_changes() -> None:
    from newsclean.headerlines import title_line_index

    doc = _doc_with(["Menu", "First headline here", "Second headline here"], "First headline here")
    assert title_line_index(doc) == 1
    assert title_line_index(doc) == 1  # (remembered)
    doc.meta.propose("title", "Second headline here", 5.0)
    assert title_line_index(doc) == 2  # a later, better title is looked for anew
