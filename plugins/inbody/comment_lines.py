"""Comment-policy and comment-call lines (``Comments are moderated``, ``Leave a comment``; data in
``vocab.comments``): read by the ``commentpolicy`` step, which takes them out of the body, and by the
text dumps' locator, which runs before it and ends the article's run at such a line; the heading a blog
theme puts over its comments (``2 Gedanken zu „…“``): read by the same step and by ``content``, which
ends the article's container there."""
from __future__ import annotations

import re

from ..vocab import comments as _vocab
from ..vocab import terms
from newsclean.patterns import LazyPattern

from . import Lexicon, clean_line, within_short_limit

POLICY = terms(_vocab.POLICY)
CALLS = terms(_vocab.CALLS)
CONSENT = terms(_vocab.CONSENT)
COUNT_HEADINGS = terms(_vocab.COUNT_HEADINGS)
COUNT_WORDS = terms(_vocab.COUNT_WORDS)
SECTION_WORDS = terms(_vocab.SECTION_WORDS)
SECTION_WORDS_COUNTED = SECTION_WORDS + terms(_vocab.SECTION_WORDS_COUNTED)

#: Longest comment-policy line (CJK, other scripts), in characters.
MAX_CHARS = (100, 250)
#: Longest comment form's consent line (CJK, other scripts), in characters: its phrases (``CONSENT``)
#: open a sentence or two on privacy and terms of use.
CONSENT_MAX_CHARS = (200, 600)

_POLICY = Lexicon(POLICY)
_CALLS = Lexicon(CALLS)
_CONSENT = Lexicon(CONSENT)
_COUNT_HEADING = re.compile("|".join(f"(?:{p})" for p in COUNT_HEADINGS), re.I)
# A cheap first look before the pattern: the line opens with digits or a count word, or holds
# one of the words that follow the title where the title comes first.
_OPENING_WORDS = frozenset(w for w in COUNT_WORDS if " " not in w)
_LATE_WORDS = tuple(f" {w} " for w in _vocab.COUNT_WORDS.get("tr", ()))
_WORDS_COUNTED = "|".join(re.escape(w) for w in sorted(set(SECTION_WORDS_COUNTED), key=len, reverse=True))
_WORDS = "|".join(re.escape(w) for w in sorted(set(SECTION_WORDS), key=len, reverse=True))
#: A comment section's heading holding its count: ``12 Comments``, ``{ 3 Responses }``, ``Kommentare (3)``.
_COUNTED_SECTION = LazyPattern(r"[\s{\[(【]*(?:\d[\d.,]*\s*(?:" + _WORDS_COUNTED + r")|(?:" + _WORDS
                               + r")\s*[(\[（]\s*\d[\d.,]*\s*[)\]）])\s*[:：}\])】]?\s*", re.I)


def short_cleaned(text: str) -> str:
    """The line cleaned (see :func:`clean_line`) when it is within MAX_CHARS, else ``""``."""
    t = clean_line(text)
    return t if t and within_short_limit(t, MAX_CHARS) else ""


def opens_policy(t: str) -> bool:
    """True for a cleaned line a comment-policy phrase opens, or made only of a comment button."""
    return _POLICY.opens(t) or _CALLS.whole(t)


def is_policy_phrase_line(text: str) -> bool:
    """True for a short line a comment-policy phrase opens, or a comment button alone, or a comment
    form's consent line."""
    t = short_cleaned(text)
    return bool(t) and opens_policy(t) or is_consent_line(text)


def is_consent_line(text: str) -> bool:
    """True for a comment form's consent line (``By submitting a comment I acknowledge ...``), within
    CONSENT_MAX_CHARS."""
    t = clean_line(text)
    return bool(t) and within_short_limit(t, CONSENT_MAX_CHARS) and _CONSENT.opens(t)


def is_count_heading(text: str) -> bool:
    """``One thought on “…”``, ``2 Gedanken zu „…“``, ``“…” için 2 yanıt``: the comments' heading."""
    t = text.strip()
    if not t:
        return False
    first = t.split(None, 1)[0].lower()
    if not (first.isdigit() or first in _OPENING_WORDS or any(w in t for w in _LATE_WORDS)):
        return False
    return _COUNT_HEADING.match(t) is not None


def is_counted_section(text: str) -> bool:
    """``12 Comments``, ``{ 3 Responses }``, ``Kommentare (3)``: a comment section's heading with its count
    (the words alone, ``Comments``, may head a section of any page)."""
    t = text.strip()
    return bool(t) and len(t) <= 40 and any(c.isdigit() for c in t) and _COUNTED_SECTION.fullmatch(t) is not None
