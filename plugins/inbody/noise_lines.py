"""Whole-line noise tests that steps running after the text dumps' locator offer it.

A step such as ``appeals`` takes a sign-up form's consent line or a cookie notice out of the body at
order 600, after ``textdump`` (500) has chosen the article's run of lines. On a dump with little prose
such a line alone may be the best run. A plugin's step that runs before the locator offers it, on the
page (``doc.state``), the whole-line test of a later step (cheap, no page state: the line's text alone)
with the kind it drops such a line as; the locator asks the tests while it scores runs, and the later
step still does the dropping, with its own kind and reason. A plugin left out of the pipeline offers
nothing. Kept here so that neither plugin imports the other.
"""
from __future__ import annotations

from typing import Callable

from newsclean.document import Document

__all__ = ["offer_line_test", "noise_kind"]

#: ``doc.state`` key: kind -> test, in the order offered.
STATE_KEY = "noise_lines"


def offer_line_test(doc: Document, kind: str, test: "Callable[[str], bool]") -> None:
    """Offer the dump locator ``test`` (a line's text -> whether a later step drops it as ``kind``)."""
    doc.state.setdefault(STATE_KEY, {})[kind] = test


def noise_kind(doc: Document, text: str) -> str:
    """The kind of the first test offered on the page that the line passes, else ``""``."""
    for kind, test in doc.state.get(STATE_KEY, {}).items():
        if test(text):
            return kind
    return ""
