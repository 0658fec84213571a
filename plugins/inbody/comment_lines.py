"""Comment-policy and comment-call lines (``Comments are moderated``, ``Leave a comment``; data in
``vocab.comments``): read by the ``commentpolicy`` step, which takes them out of the body, and by the
text dumps' locator, which runs before it and ends the article's run at such a line."""
from __future__ import annotations

from ..vocab import comments as _vocab
from ..vocab import terms
from . import Lexicon, clean_line, within_short_limit

POLICY = terms(_vocab.POLICY)
CALLS = terms(_vocab.CALLS)

#: Longest comment-policy line (CJK, other scripts), in characters.
MAX_CHARS = (100, 250)

_POLICY = Lexicon(POLICY)
_CALLS = Lexicon(CALLS)


def short_cleaned(text: str) -> str:
    """The line cleaned (see :func:`clean_line`) when it is within MAX_CHARS, else ``""``."""
    t = clean_line(text)
    return t if t and within_short_limit(t, MAX_CHARS) else ""


def opens_policy(t: str) -> bool:
    """True for a cleaned line a comment-policy phrase opens, or made only of a comment button."""
    return _POLICY.opens(t) or _CALLS.whole(t)


def is_policy_phrase_line(text: str) -> bool:
    """True for a short line a comment-policy phrase opens, or a comment button alone."""
    t = short_cleaned(text)
    return bool(t) and opens_policy(t)
