"""What a footnote's mark looks like: a note's number or symbol, bare or in brackets.

Shared by the ``footnotes`` plugin (which removes marks) and ``chrome`` (which keeps the
hidden note a mark names, and an ``<aside>`` of notes set beside the text: ``numbered_side_note``).
"""
from __future__ import annotations

import re
from typing import Any

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


#: The elements before a side note looked through for its mark (the text it is set beside), at most.
SIDE_NOTE_MARK_SCAN = 200


def numbered_side_note(el: Any) -> str:
    """Why ``el`` (an ``<aside>``) is a note set beside the text, or "": all it holds is one list
    numbered on purpose (``<ol start="3">``, its ``start`` given) and the text before it, in its
    parent or its grandparent (the paragraphs it sits beside, or an earlier section's), raises
    that number as a mark (``<sup>3</sup>``; SIDE_NOTE_MARK_SCAN raised elements looked at, at most)."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag != "ol" or (el.text or "").strip() or (kids[0].tail or "").strip():
        return ""
    start = (kids[0].get("start") or "").strip()  # (a plain <ol> may be a sidebar's list)
    if not start.isdigit():
        return ""
    seen = 0
    node = el
    for _ in range(2):
        for prev in node.itersiblings(preceding=True):
            if not isinstance(prev.tag, str):
                continue
            for sup in prev.iter("sup"):
                seen += 1
                if seen > SIDE_NOTE_MARK_SCAN:
                    return ""
                if len(sup) == 0 and (sup.text or "").strip() == start:
                    return f"a numbered list from {start}, the mark raised in the text before it"
        node = node.getparent()
        if node is None:
            break
    return ""
