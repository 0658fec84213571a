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

from newsclean.blocks import element_text, shared_prefix

__all__ = ["Repeats", "signals_of", "signal_on_path", "judge_signals", "SIGNALS_KEY", "SECOND_LOOK_KEY", "ATTRIBUTES_KEY",
           "READMITTED_KEY", "FALLBACK_KEY",
           "REPEAT_MIN_CHARS", "REPEAT_MAX_LONGER", "PARALLEL_MIN_OWN", "parallel_sections", "squeezed",
           "TEMPLATE_MIN_BOXES"]

#: ``doc.state`` key of the chrome signals (the chrome plugin writes it).
SIGNALS_KEY = "chrome.signals"
#: ``doc.state`` key set (to the reason) when the pipeline cleans a page a second time because the
#: first pass kept (almost) no article although tree steps pruned subtrees holding prose: pruning
#: steps then leave such subtrees to the locator as signals (see ``Cleaner._clean``).
SECOND_LOOK_KEY = "second_look"
#: ``doc.state`` key a step sets (True) when it filled an article whose every block was dropped with
#: blocks it restored as a last resort: the second look then counts the first pass as empty.
FALLBACK_KEY = "content.empty_fallback"
#: ``doc.state`` key of the ``class``, ``id`` and ``itemprop`` values of the elements on the blocks'
#: paths, by element, as the block walk read them (see ``html_blocks``' ``attributes``): the
#: locator's candidates are those elements, and need not read them again.
ATTRIBUTES_KEY = "blocks.attributes"
#: ``doc.state`` key of the blocks outside the article container that the locator re-admitted
#: (a lead above the body's wrapper, a caption beside it, footnotes after it): block index -> why.
READMITTED_KEY = "content.readmitted"
REPEAT_MIN_CHARS = 40  # a kept paragraph this long that repeats an earlier one goes
REPEAT_MAX_LONGER = 8  # distinct earlier texts per opening a paragraph is compared with
#: Characters (whitespace aside) each of two parallel sections holds besides a paragraph both say, and
#: the other does not (a tab panel's own code, a section's own steps; a card's title alone is not enough).
PARALLEL_MIN_OWN = 40
#: Elements whose copies are never parallel: a quotation of a post, a picture's caption or credit a
#: template repeats in each section.
UNPARALLEL_TAGS = frozenset({"blockquote", "figure", "figcaption"})
#: Alike post boxes of a thread (distinct parents) saying one line for it to be the board template's
#: (a prompt every post repeats), not a quote (:meth:`Repeats.template`).
TEMPLATE_MIN_BOXES = 3


def squeezed(text: str) -> str:
    """``text`` lower-cased, without whitespace (how repeats are compared)."""
    out = text.replace(" ", "")
    # (``split(None, 1)`` gives the string itself back when it holds no other whitespace, the case of
    # a block's normalised text: one scan, no list of parts)
    return (out if out.split(None, 1) == [out] else "".join(out.split())).lower()


def _classes(el: Any) -> frozenset[str]:
    return frozenset((el.get("class") or "").split())


def _has_sibling_like(el: Any, classes: frozenset[str]) -> bool:
    """True when an element beside ``el`` (in its parent) has its tag and exactly ``classes``."""
    parent = el.getparent()
    return parent is not None and any(
        c is not el and c.tag == el.tag and _classes(c) == classes for c in parent.iterchildren())


def _alike_classes(x: Any, y: Any) -> bool:
    """Both elements of the same class tokens, or sharing one when neither stands beside an element
    of the other's classes: two entries of one template (``py function`` beside ``py class``, one
    API entry of each kind), not two renderings each section holds both of (``col narrow`` and
    ``col wide``)."""
    cx, cy = _classes(x), _classes(y)
    if cx == cy:
        return True
    return not cx.isdisjoint(cy) and not _has_sibling_like(y, cx) and not _has_sibling_like(x, cy)


def _same_shape(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Paths below two sections alike step by step (tag, a class token shared), none through ``UNPARALLEL_TAGS``."""
    return len(a) == len(b) and all(
        x.tag == y.tag and x.tag not in UNPARALLEL_TAGS and _alike_classes(x, y) for x, y in zip(a, b))


def parallel_sections(a: tuple[Any, ...], b: tuple[Any, ...], said: str,
                      texts: "dict[int, str] | None" = None) -> bool:
    """True when two blocks (their paths, root first) saying ``said`` (squeezed) stand in parallel sections.

    The children of their nearest common ancestor on each path are the sections: siblings of one
    tag whose class tokens are the same (one may carry more: a shown panel's state token), the
    copies standing at the same place in each (the paths below alike: the same tags, each step's class
    tokens the same or one shared, through no ``UNPARALLEL_TAGS``:
    a reply quoting a post, a figure's credit, a mobile and a desktop rendering inside each section are copies), each
    holding ``PARALLEL_MIN_OWN`` characters besides ``said`` that the other does not say (sibling
    tab panels, one per platform; alike sections under different headings; a function's entry
    beside its variant's). A description rendered twice (no text of its own beside it, or in boxes
    of other shapes) is no parallel section. ``texts`` caches the sections' squeezed texts by id.
    """
    n = shared_prefix(a, b)
    if n == 0 or n >= len(a) or n >= len(b):
        return False
    sa, sb = a[n], b[n]
    if sa.tag != sb.tag:
        return False
    ca, cb = _classes(sa), _classes(sb)
    if not (ca <= cb or cb <= ca) or not _same_shape(a[n + 1:], b[n + 1:]):
        return False
    cache = texts if texts is not None else {}
    own = []
    for el in (sa, sb):
        got = cache.get(id(el))
        if got is None:
            got = cache[id(el)] = squeezed(element_text(el))
        own.append(got.replace(said, "", 1))
    ra, rb = own
    return (len(ra) >= PARALLEL_MIN_OWN and len(rb) >= PARALLEL_MIN_OWN
            and ra not in rb and rb not in ra)


class Repeats:
    """The paragraphs kept so far, for :meth:`repeats`; linear in the page's text.

    Identical texts are found by hashing (a dict from text to the parent it
    was kept under: a copy under another parent is never remembered); a text
    contained in a longer earlier one with the same opening is looked for among at most
    ``REPEAT_MAX_LONGER`` distinct earlier texts per opening, so no page makes
    the check quadratic (4,000 copies of one paragraph are 4,000 look-ups).
    A copy standing in a section parallel to the earlier one's (:func:`parallel_sections`)
    is no repeat, when the block's path is given. On a thread's page, :meth:`count_boxes` and
    :meth:`template` find the lines the template says in ``TEMPLATE_MIN_BOXES`` post boxes or more.
    """

    __slots__ = ("exact", "by_opening", "comparisons", "texts", "boxes")

    def __init__(self) -> None:
        self.exact: dict[str, tuple[Any, Any]] = {}
        self.by_opening: dict[str, list[tuple[str, Any, Any]]] = {}
        self.comparisons = 0  # substring tests made (tests count them)
        self.texts: dict[int, str] = {}  # the parallel sections' squeezed texts, by id
        self.boxes: dict[str, set[int]] = {}  # a thread's squeezed lines: the ids of their parents

    def _copy(self, sq: str, path: Any, earlier: Any) -> bool:
        return not (path and earlier and parallel_sections(earlier, path, sq, self.texts))

    def count_boxes(self, lines: Iterable[tuple[str, Any, str]]) -> None:
        """Take a thread's kept lines (text, parent, the shape of the line's own element: its tag and class)
        before :meth:`template` is asked: the lines that each fill an element of a class of their own (a
        quote flattened into a post's text is none; a post quoted in another's quote box is of another shape)."""
        for text, parent, shape in lines:
            sq = squeezed(text)
            if len(sq) >= REPEAT_MIN_CHARS:
                self.boxes.setdefault(shape + "\0" + sq, set()).add(id(parent))

    def template(self, text: str, shape: str) -> int:
        """How many post boxes say ``text`` in an element of ``shape`` when ``TEMPLATE_MIN_BOXES`` or more do
        (else 0): a line every post repeats ("Sign in to see ..."), the board template's."""
        if not self.boxes or (len(text) < REPEAT_MIN_CHARS and text.isascii()):
            return 0
        n = len(self.boxes.get(shape + "\0" + squeezed(text), ()))
        return n if n >= TEMPLATE_MIN_BOXES else 0

    def repeats(self, text: str, parent: Any, path: "tuple[Any, ...] | None" = None) -> bool:
        """True when the block's text was kept already from another place in the tree.

        Repeats among siblings (a recipe's "1 tsp. salt" lines, captions of a photo
        story) are the article's own; a copy under another parent is a second
        rendering of the same thing (a gallery and its lightbox, a caption and its
        truncated version), unless it stands in a parallel section (a tab panel
        beside another, given ``path``, the block's path root first). Otherwise the
        text is remembered, by its opening.
        """
        if len(text) < REPEAT_MIN_CHARS and text.isascii():
            return False  # (squeezed and lower-cased, an ASCII text is no longer than it is)
        # a printable text has no whitespace but plain spaces (a block's normalised text): one
        # C pass takes them out, without a list of its words
        sq = squeezed(text)
        if len(sq) < REPEAT_MIN_CHARS:
            return False
        if sq in self.exact:  # copies among siblings are remembered once; elsewhere they repeat
            where, at = self.exact[sq]
            return where is not parent and self._copy(sq, path, at)
        longer = self.by_opening.setdefault(sq[:REPEAT_MIN_CHARS], [])
        for earlier, where, at in longer:
            self.comparisons += 1
            if where is not parent and sq in earlier and self._copy(sq, path, at):
                return True
        self.exact[sq] = (parent, path)
        if len(longer) < REPEAT_MAX_LONGER:
            longer.append((sq, parent, path))
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
