"""Words of a collapsible panel: one pane of a tab set, one item of an accordion, a FAQ's answer.

One vocabulary, read at two strictness levels:

* :func:`panel_class` (strict; chrome's hidden step keeps such a hidden panel when its text is
  prose): a class token that is a panel by itself (``PANEL_TOKENS``), or one made of a word naming
  the widget (``PANEL_OWNER_PARTS``) and a word naming its panel (``PANEL_PARTS``):
  ``tab-pane``, ``accordion__content``, ``faq-answer``; never the widget's bar or button alone
  (``nav-tabs``, ``accordion-button``).
* :func:`panel_word` (loose; the locator's panel climb, which also asks for alike siblings): any
  class or id word naming the widget (``PANEL_OWNER_PARTS``) or a panel alone
  (``PANEL_SOLO_PARTS``): ``panel-collapse``, ``faq-item``, ``tab-pane``.

Class tokens are split into words at ``-``, ``_`` and ``:``; matching is on lower case.
"""
from __future__ import annotations

import re
from newsclean.patterns import utility_name

#: WAI-ARIA roles of a panel (``<details>`` is one too).
PANEL_ROLES = frozenset(("tabpanel",))
#: Whole class tokens of a panel, their words glued (``tabPanel``, ``tab-content``).
PANEL_TOKENS = frozenset(("tabpanel", "tabpane", "tabcontent", "accordionpanel", "accordioncontent"))
#: Words naming the widget that folds panels: a tab set, an accordion, a FAQ, a toggle ...
PANEL_OWNER_PARTS = frozenset((
    "tab", "tabs", "tabbed", "accordion", "accordions", "faq", "faqs", "collapsible", "expandable", "expander",
    "spoiler", "toggle", "toggles", "disclosure",
))
#: ... words naming its panel, beside a widget word (``tab-pane``, ``accordion__content``, ``faq-answer``) ...
PANEL_PARTS = frozenset(("pane", "panes", "panel", "content", "body", "collapse", "answer"))
#: ... and the words of these that name a panel with no widget word (``panel-collapse``, ``pane-2``).
PANEL_SOLO_PARTS = frozenset(("tabpanel", "pane", "panes", "collapse", "collapsed"))

_SPLIT = re.compile(r"[-_:]+")
_CACHE_MAX = 4096  # (the caches below are no language tables: lower-case names)
_class_cache: dict[str, str] = {}
_word_cache: dict[str, str] = {}


def _parts(token: str) -> list[str]:
    return [p for p in _SPLIT.split(utility_name(token)) if p]


def panel_class(value: str) -> str:
    """The class token of ``value`` naming a tab or accordion panel (``PANEL_TOKENS``, or a
    ``PANEL_OWNER_PARTS`` word with a ``PANEL_PARTS`` word), or "" (strict)."""
    got = _class_cache.get(value)
    if got is None:
        got = ""
        for tok in value.lower().split():
            parts = _parts(tok)
            if "".join(parts) in PANEL_TOKENS or (not PANEL_OWNER_PARTS.isdisjoint(parts)
                                                  and not PANEL_PARTS.isdisjoint(parts)):
                got = tok
                break
        if len(_class_cache) >= _CACHE_MAX:
            _class_cache.clear()
        _class_cache[value] = got
    return got


def panel_word(value: str) -> str:
    """The word of ``value`` (class and id words) naming a collapsible panel or its widget
    (``PANEL_OWNER_PARTS`` or ``PANEL_SOLO_PARTS``), or "" (loose)."""
    got = _word_cache.get(value)
    if got is None:
        got = ""
        for tok in value.lower().split():
            for part in _parts(tok):
                if part in PANEL_OWNER_PARTS or part in PANEL_SOLO_PARTS:
                    got = part
                    break
            if got:
                break
        if len(_word_cache) >= _CACHE_MAX:
            _word_cache.clear()
        _word_cache[value] = got
    return got
