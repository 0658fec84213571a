"""Class tokens that flag a state of an element, not a region of the page.

``comments-enabled``, ``has-sidebar``, ``is-sticky``, ``with-ads``, ``menu-open``:
themes put them on the article's own wrappers, so they are no evidence of
comments, a sidebar or ads. Told by the first or the last word of the token.
"""
from __future__ import annotations

import re
from newsclean.patterns import utility_name
from functools import lru_cache

#: First words of a state flag.
STATE_FIRST = frozenset(("is", "has", "with", "no", "without", "show", "hide"))
#: Last words of a state flag (``lightbox-enable``: a script's switch that opens the element's images in a
#: lightbox, put on the article's own text wrapper; no lightbox itself).
STATE_LAST = frozenset(("enable", "enabled", "disabled", "open", "opened", "closed", "active", "inactive", "visible",
                        "hidden", "allowed", "on", "off"))

#: First words that say what an element HAS, never what it is (``has-sidebar``, ``with-comments``);
#: ``is-right-rail`` by contrast says what it is.
HAVING_FIRST = frozenset(("has", "with", "no", "without"))
#: Words joining a second thing a wrapper holds to the first (``section-and-ad``: a part of the body and the
#: ad box set after it; ``post-and-ads``): the word right after one names what the wrapper holds besides,
#: not what it is (``x-and-y-subnav`` is still a menu).
JOINING = frozenset(("and",))
#: The words after which a class token's words may say what its element holds, not what it is.
HOLDING_CUES = HAVING_FIRST | JOINING

_SPLIT = re.compile(r"[-_:\s]+")


def _words(token: str) -> list[str]:
    """The words of a class token (none split off a one-word token, found in one C search)."""
    token = utility_name(token)
    if _SPLIT.search(token) is None:
        return [token]
    return [p for p in _SPLIT.split(token) if p]


@lru_cache(maxsize=8192)
def is_state_flag(token: str) -> bool:
    """True for a lower-case class token that flags a state (``comments-enabled``, ``has-comments``).

    Only tokens of two words or more: ``open`` or ``active`` alone name nothing either way.
    """
    parts = _words(token)
    return len(parts) >= 2 and (parts[0] in STATE_FIRST or parts[-1] in STATE_LAST)


@lru_cache(maxsize=8192)
def names_no_region(token: str) -> bool:
    """True for a state flag that cannot name the element's own region: ``comments-enabled``,
    ``has-sidebar``, ``menu-open`` (but not ``is-right-rail``, which says what the element is)."""
    parts = _words(token)
    return len(parts) >= 2 and (parts[0] in HAVING_FIRST or parts[-1] in STATE_LAST)
