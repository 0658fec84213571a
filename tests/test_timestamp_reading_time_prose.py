"""timestamp: a reading time beside the stamp ("· 3 Min. Lesezeit") does not make the stamp line a
sentence (its abbreviation's dot before a capital is no sentence break): the line is dropped, and a
name before it under the title is the author."""
from __future__ import annotations

from datetime import datetime

import pytest

import newsclean

BODY = ("<p>The harbour council met on a grey morning to discuss the new ferry timetable, the cost of the "
        "repairs to the old pier and the plans for a second landing stage next spring.</p>") * 2


def page(line: str) -> bytes:
    return (f"<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1><p>{line}</p>"
            f"{BODY}</article></body></html>").encode()


@pytest.mark.parametrize("line, authors", [
    ("Hanna Eichholz · 12. März 2024 · 3 Min. Lesezeit", ["Hanna Eichholz"]),
    ("12. März 2024 · 3 Min. Lesezeit", []),
])
def test_stamp_with_a_reading_time_is_dropped(line: str, authors: list[str]) -> None:
    art = newsclean.clean(page(line))
    assert art.published is not None and art.published.date() == datetime(2024, 3, 12).date()
    assert "Lesezeit" not in art.text
    assert any(r.kind == "timestamp" for r in art.removed)
    assert art.authors == authors


def test_a_sentence_after_the_reading_time_keeps_the_line() -> None:
    line = "12.03.2024 · Lesezeit 3 Min. Am Dienstag kam der Rat im alten Rathaus zusammen."
    art = newsclean.clean(page(line))
    assert "Am Dienstag kam der Rat" in art.text
