"""What a footnote's mark looks like: a note's number or symbol, bare or in brackets.

Shared by the ``footnotes`` plugin (which removes marks) and ``chrome`` (which keeps the
hidden note a mark names).
"""
from __future__ import annotations

import re

#: ``doc.state`` key: the hidden notes ``chrome`` kept (elements, in page order), for ``footnotes``
#: to take a note written inside its mark's element (``<span>1<span hidden>The note.</span></span>``)
#: out of the sentence.
KEPT_NOTES_KEY = "notes.kept_hidden"

#: A mark: a note's number (1-3 digits) or symbol, bare or in brackets.
_MARK = r"(?:\d{1,3}|[*†‡§¶]{1,3}|[a-z])"
_MARK_TEXT = re.compile(rf"\[\s*{_MARK}\s*\]|\(\s*{_MARK}\s*\)|{_MARK}", re.I)


def is_mark_text(text: str) -> bool:
    """True when ``text`` is one footnote mark (``2``, ``[2]``, ``(3)``, ``*``, ``†``, a letter), not a
    longer number or words."""
    return _MARK_TEXT.fullmatch(text.strip()) is not None
