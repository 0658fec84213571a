"""The heading of an article's own reading or reference list ("See also", "Further reading").

Two steps need it: the related-lists step keeps such a list in the body, and the locator keeps
its linked items inside the container. Both read it here, so that neither plugin imports the other.
"""
from __future__ import annotations

import re

from newsclean.text import nfkc

from ..vocab import related as _vocab
from ..vocab import terms
from . import Lexicon, fold

__all__ = ["HEADING_DECOR", "REFERENCE_HEADINGS", "heading_core", "is_reference_heading"]

#: Decoration around a heading's words: brackets, bullets, arrows, separators.
#: (also an exclamation mark and arrows pointing down to the list: ``Das könnte Sie auch interessieren!``,
#: ``Te recomendamos ⬇``)
HEADING_DECOR = "【】[]<>《》()（）「」『』»«›‹>|｜:：-—_=*#·•●■◆▶►▼◇○★☆!！⬇↓👇\ufe0f \t"
#: Headings of an article's own reading/reference list ("See also", "Further reading",
#: "Weiterführende Literatur"): kept with their list inside the article's flow.
REFERENCE_HEADINGS = terms(_vocab.REFERENCE_HEADINGS)

_REFERENCE = Lexicon(REFERENCE_HEADINGS)


def _spaced(joiner: str) -> bool:
    """A joiner written as a word between spaces (``and``, ``und``), not a sign or a CJK character (``&``, ``和``)."""
    return joiner.isalpha() and all(ord(ch) < 0x2E80 for ch in joiner)


def _joined_regex() -> "re.Pattern[str]":
    """Two or more reference words and joiners between them, the whole text (on folded text)."""
    words = sorted({fold(w) for w in terms(_vocab.REFERENCE_WORDS)}, key=len, reverse=True)
    joiners = {fold(j) for j in terms(_vocab.REFERENCE_JOINERS)}
    spaced = sorted((j for j in joiners if _spaced(j)), key=len, reverse=True)
    signs = sorted((j for j in joiners if not _spaced(j)), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    by_word = "|".join(re.escape(j) for j in spaced)
    by_sign = "|".join(re.escape(j) for j in signs)
    # a sign, then perhaps a joining word ("Notes, sources, and references"), or a joining word between spaces
    sep = rf"(?:\s*(?:{by_sign})\s*(?:(?:{by_word})\s+)?|\s+(?:{by_word})\s+)"
    return re.compile(rf"{word}(?:{sep}{word})+")


#: Headings made only of reference words and joiners ("References & Sources", "Quellen und Literatur").
_JOINED = _joined_regex()


def heading_core(text: str) -> str:
    """A heading's words without the decoration around them (NFKC)."""
    return nfkc(text).strip(HEADING_DECOR).strip()


def is_reference_heading(text: str) -> bool:
    """True when the whole text heads an article's own reading or reference list ("See also"), or is made
    only of reference words and joiners ("Notes and references", "Fuentes y referencias")."""
    core = fold(heading_core(text))
    return _REFERENCE.whole(core) or _JOINED.fullmatch(core) is not None
