"""Small helpers for plugin vocabularies: terms -> compiled patterns."""
from __future__ import annotations

import re
from typing import Iterable

__all__ = ["terms_regex", "any_token"]


def terms_regex(terms: Iterable[str], *, whole_line: bool = False, flags: int = re.I) -> re.Pattern[str]:
    """One alternation of literal terms, longest first (so 本文来源 wins over 来源)."""
    alt = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})\s*$" if whole_line else f"(?:{alt})", flags)


def any_token(tokens: Iterable[str], vocabulary: Iterable[str]) -> str | None:
    """The first class/id token that contains a vocabulary word, or None.

    Tokens are compared by substring on their ``-``/``_`` parts, so
    ``article-share-bar`` matches ``share``. Pass a (frozen)set as the
    vocabulary when calling in a loop: it is used as is.
    """
    vocab = vocabulary if isinstance(vocabulary, (set, frozenset)) else frozenset(vocabulary)
    for tok in tokens:
        for part in tok.replace("_", "-").split("-"):
            if part in vocab:
                return tok
    return None
