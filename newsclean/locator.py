"""Helpers of the article locator that know no vocabulary: repeats and chrome signals.

* :class:`Repeats`: has a paragraph been kept already from another place in
  the tree? Linear in the page's text (hashing, a bounded number of
  comparisons per opening).
* :func:`signals_of`, :func:`signal_on_path`, :func:`judge_signals`: the
  chrome signals the tree stage left in ``doc.state`` (see
  ``newsclean.plugins.chrome.ChromeSignal``), found by element and given the
  locator's outcome for ``newsclean explain``.
"""
from __future__ import annotations

from typing import Any, Iterable

__all__ = ["Repeats", "signals_of", "signal_on_path", "judge_signals", "SIGNALS_KEY", "SECOND_LOOK_KEY", "ATTRIBUTES_KEY",
           "READMITTED_KEY",
           "REPEAT_MIN_CHARS", "REPEAT_MAX_LONGER"]

#: ``doc.state`` key of the chrome signals (the chrome plugin writes it).
SIGNALS_KEY = "chrome.signals"
#: ``doc.state`` key set (to the reason) when the pipeline cleans a page a second time because the
#: first pass kept (almost) no article although tree steps pruned subtrees holding prose: pruning
#: steps then leave such subtrees to the locator as signals (see ``Cleaner._clean``).
SECOND_LOOK_KEY = "second_look"
#: ``doc.state`` key of the ``class``, ``id`` and ``itemprop`` values of the elements on the blocks'
#: paths, by element, as the block walk read them (see ``html_blocks``' ``attributes``): the
#: locator's candidates are those elements, and need not read them again.
ATTRIBUTES_KEY = "blocks.attributes"
#: ``doc.state`` key of the blocks outside the article container that the locator re-admitted
#: (a lead above the body's wrapper, a caption beside it, footnotes after it): block index -> why.
READMITTED_KEY = "content.readmitted"
REPEAT_MIN_CHARS = 40  # a kept paragraph this long that repeats an earlier one goes
REPEAT_MAX_LONGER = 8  # distinct earlier texts per opening a paragraph is compared with


class Repeats:
    """The paragraphs kept so far, for :meth:`repeats`; linear in the page's text.

    Identical texts are found by hashing (a dict from text to the parent it
    was kept under: a copy under another parent is never remembered); a text
    contained in a longer earlier one with the same opening is looked for among at most
    ``REPEAT_MAX_LONGER`` distinct earlier texts per opening, so no page makes
    the check quadratic (4,000 copies of one paragraph are 4,000 look-ups).
    """

    __slots__ = ("exact", "by_opening", "comparisons")

    def __init__(self) -> None:
        self.exact: dict[str, Any] = {}
        self.by_opening: dict[str, list[tuple[str, Any]]] = {}
        self.comparisons = 0  # substring tests made (tests count them)

    def repeats(self, text: str, parent: Any) -> bool:
        """True when the block's text was kept already from another place in the tree.

        Repeats among siblings (a recipe's "1 tsp. salt" lines, captions of a photo
        story) are the article's own; a copy under another parent is a second
        rendering of the same thing (a gallery and its lightbox, a caption and its
        truncated version). Otherwise the text is remembered, by its opening.
        """
        if len(text) < REPEAT_MIN_CHARS and text.isascii():
            return False  # (squeezed and lower-cased, an ASCII text is no longer than it is)
        # a printable text has no whitespace but plain spaces (a block's normalised text): one
        # C pass takes them out, without a list of its words
        sq = (text.replace(" ", "") if text.isprintable() else "".join(text.split())).lower()
        if len(sq) < REPEAT_MIN_CHARS:
            return False
        if sq in self.exact:  # copies among siblings are remembered once; elsewhere they repeat
            return self.exact[sq] is not parent
        longer = self.by_opening.setdefault(sq[:REPEAT_MIN_CHARS], [])
        for earlier, where in longer:
            self.comparisons += 1
            if where is not parent and sq in earlier:
                return True
        self.exact[sq] = parent
        if len(longer) < REPEAT_MAX_LONGER:
            longer.append((sq, parent))
        return False


def signals_of(doc: Any) -> dict[Any, Any]:
    """The chrome signals still in the page, by element (see ``chrome.ChromeSignal``)."""
    got = doc.state.get(SIGNALS_KEY) or ()
    return {sig.element: sig for sig in got if getattr(sig, "element", None) is not None}


def signal_on_path(path: tuple[Any, ...], signals: dict[Any, Any]) -> Any:
    """The outermost chrome signal on a block's path, or None."""
    for el in path:
        sig = signals.get(el)
        if sig is not None:
            return sig
    return None


def judge_signals(signals: dict[Any, Any], container: Any, members: set[Any],
                  dropped_inside: Iterable[Any]) -> None:
    """Fill in each signal's outcome for ``explain``: kept or dropped, and why."""
    gone = {id(s) for s in dropped_inside}
    around = set(container.iterancestors())
    around.add(container)
    for el, sig in signals.items():
        w = f"weight {sig.weight:g} ({sig.strength})"
        if id(sig) in gone:
            sig.outcome, sig.why = "dropped", f"{w}; inside the article container but holds little of its prose"
        elif el in around:
            sig.outcome, sig.why = "kept", f"{w}; it holds the article container"
        elif any(a in members for a in el.iterancestors()) or el in members:
            sig.outcome, sig.why = "kept", f"{w}; part of the article"
        else:
            sig.outcome, sig.why = "dropped", f"{w}; outside the article container"
