"""The heading of an article's own reading or reference list ("See also", "Further reading").

Two steps need it: the related-lists step keeps such a list in the body, and the locator keeps
its linked items inside the container. Both read it here, so that neither plugin imports the other.
"""
from __future__ import annotations

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


def heading_core(text: str) -> str:
    """A heading's words without the decoration around them (NFKC)."""
    return nfkc(text).strip(HEADING_DECOR).strip()


def is_reference_heading(text: str) -> bool:
    """True when the whole text heads an article's own reading or reference list ("See also")."""
    return _REFERENCE.whole(fold(heading_core(text)))
