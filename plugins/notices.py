"""Syndication and citation notices inside the article.

``This article originally appeared on …``, ``Mit Material von dpa``,
``Cet article a été initialement publié …``, ``Artikel ini telah tayang di …``,
``本文首发于…`` and ``Cite this article: …`` say where a text comes from or
how to cite it; they are not the text. This plugin runs after the article is
located (order 600) and drops a kept block when:

* it is **opened** by a syndication phrase (a little decoration such as
  ``*`` or ``—`` allowed before it) and is short (a notice, not a paragraph);
* it is opened by a **citation label** and a separator (``Cite this article:``,
  ``Zitiervorschlag:``), or is the label alone: then the reference under it
  goes too when it is short and near the end of the body;
* it is opened by a **translation or production phrase** (``Aus dem
  Englischen von …``, ``Dieser Artikel ist eine Übersetzung …``, ``Read the
  original article``) and is short;
* the same as for a citation label for a **broadcast label** (``Dieses Thema im Programm: NDR 1 |
  28.04.2023 | 13:00 Uhr``, ``Sendung: …``): the programme a story was aired in.

* it is the **label of a highlights box** written apart from the article (``STORY HIGHLIGHTS``,
  ``Kort fortalt``: vocabulary ``SUMMARY_BOXES``): the label and the list items right under it
  (in HTML, inside an element at most :data:`SUMMARY_LEVELS` above the label; at most
  :data:`SUMMARY_MAX_ITEMS` items of at most :data:`SUMMARY_ITEM_MAX_CHARS`) go; a text after the
  list (a note on how the box was made) is not an item and stays. When an earlier step took the
  label off already (the locator trims a short line at the article's edge), the list items right
  under it go all the same.

A sentence that merely says a story was first published elsewhere does not
open with the fixed phrase, or is longer than a notice. Neither is a paragraph
that a syndication or translation phrase opens and the article's prose goes on
(``Originally published on May 3, 2019: The harbour board met …``, ``Originally
published in the Gazette, 1998. In the autumn before …``): the notice ends at its first
colon or sentence end, and when more than :data:`PROSE_AFTER_MIN_CHARS` follow
it, and more than the notice itself, the block is the article's and stays.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.text import is_cjk

from .inbody import INBODY_ORDER, Lexicon, Lexicons, body, clean_line, short_limit, within_short_limit
from .vocab import notices as _vocab
from .vocab import terms

__all__ = ["is_notice_line", "is_summary_box_label"]

# --- vocabulary (data in newsclean.plugins.vocab.notices) -------------------
SYNDICATION = terms(_vocab.SYNDICATION)
CITATION = terms(_vocab.CITATION)
BROADCAST = terms(_vocab.BROADCAST)
TRANSLATION = terms(_vocab.TRANSLATION)
SUMMARY_BOXES = terms(_vocab.SUMMARY_BOXES)

#: Longest notice (CJK, other scripts), in characters.
MAX_CHARS = (160, 400)
#: A syndication or translation phrase's block with more than this after the notice's first colon or
#: sentence end (CJK, other scripts; and more than the notice itself) is a paragraph: it stays.
PROSE_AFTER_MIN_CHARS = (50, 120)
#: Where a notice ends: a colon, or a sentence's end followed by a space (or a CJK full stop).
_NOTICE_END = re.compile(r"[:：。！？]|[.!?](?=\s)")
_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s|$)")
#: The reference under a citation label alone: at most this long, within this
#: many blocks of the body's end.
REFERENCE_MAX_CHARS = 400
REFERENCE_REACH = 4

_SYNDICATION = Lexicon(SYNDICATION)
_CITATION = Lexicon(CITATION)
_BROADCAST = Lexicon(BROADCAST)
_TRANSLATION = Lexicon(TRANSLATION)
_SUMMARY_BOXES = Lexicon(SUMMARY_BOXES)
#: Cheap first look: the first letters (lower case) of the highlights labels.
_SUMMARY_FIRST = frozenset(t[:1].lower() for t in SUMMARY_BOXES)
#: A highlights box: its list is looked for inside this many elements above the label.
SUMMARY_LEVELS = 3
#: A highlights box holds at most this many list items, each at most this long (characters).
SUMMARY_MAX_ITEMS = 8
SUMMARY_ITEM_MAX_CHARS = 300
#: A highlights box's label is at most this long (characters).
SUMMARY_LABEL_MAX_CHARS = 40
_NOTICES = Lexicons((("syndication", _SYNDICATION, False), ("citation", _CITATION, True),
                     ("broadcast", _BROADCAST, True), ("translation", _TRANSLATION, False)))
# a label alone on its line, asked in this order in one look
_LABELS_ALONE = Lexicons((("citation", _CITATION, True), ("broadcast", _BROADCAST, True)))


def is_notice_line(text: str) -> bool:
    """True for a short syndication notice or a label-led citation notice."""
    t = clean_line(text)
    if not t or not within_short_limit(t, MAX_CHARS):
        return False
    return _NOTICES.first_opening(t) is not None


def runs_on_as_prose(t: str) -> bool:
    """The notice that opens ``t`` ends (colon, sentence end) and more prose than it goes on after it,
    in sentences (a label's list of names, ``Übersetzung: X, Redaktion: Y``, is no prose)."""
    m = _NOTICE_END.search(t)
    if m is None:
        return False
    head = t[:m.start()].strip()
    if " " not in head and not is_cjk(head):
        return False  # one word before the colon: a label (``Übersetzung:``), not a notice's sentence
    rest = len(t) - m.end()
    return rest > m.end() and rest > short_limit(t, PROSE_AFTER_MIN_CHARS) \
        and _SENTENCE_END.search(t, m.end()) is not None


def _label_alone(t: str) -> str | None:
    """``"citation"`` or ``"broadcast"`` when the line is such a label alone (a colon may follow)."""
    return _LABELS_ALONE.first_whole(t.rstrip(":： "))


def is_summary_box_label(text: str) -> bool:
    """True for the label of a highlights box written apart from the article (``STORY HIGHLIGHTS``)."""
    t = clean_line(text)
    return 0 < len(t) <= SUMMARY_LABEL_MAX_CHARS and t[0].lower() in _SUMMARY_FIRST \
        and _SUMMARY_BOXES.whole(t.rstrip(":： "))


def _summary_items(kept: "list", i: int, label: "Block | None" = None) -> "list":
    """The list items right under the highlights label ``kept[i]`` (HTML: inside an element at most
    SUMMARY_LEVELS above the label); with ``label`` (a label already taken out, right above
    ``kept[i]``), the items from ``kept[i]`` on."""
    if label is None:
        label, i = kept[i], i + 1
    boxes = label.path[-SUMMARY_LEVELS - 1:-1] if label.path else ()  # (its path ends with itself)
    items = []
    for c in kept[i:i + SUMMARY_MAX_ITEMS + 1]:
        if c.kind != "list_item" or c.dropped is not None or c.chars > SUMMARY_ITEM_MAX_CHARS:
            break
        if boxes and not any(x is el for el in boxes for x in c.path):
            break
        items.append(c)
    return items if len(items) <= SUMMARY_MAX_ITEMS else []


def _drop_notices(doc: Document) -> None:
    kept = body(doc)
    n = len(kept)
    for i, b in enumerate(kept):
        if b.kind == "list_item" and b.dropped is None and 0 < b.index < len(doc.blocks) \
                and doc.blocks[b.index] is b:
            above = doc.blocks[b.index - 1]
            if above.dropped is not None and above.chars <= SUMMARY_LABEL_MAX_CHARS and is_summary_box_label(above.text):
                # the label went already (the locator's edge): the list under it goes as its items
                for c in _summary_items(kept, i, label=above):
                    doc.drop(c, "notice", "item of a highlights box written apart from the article (its label "
                                          "already taken out)")
                continue
        if b.chars <= SUMMARY_LABEL_MAX_CHARS and b.dropped is None and is_summary_box_label(b.text):
            items = _summary_items(kept, i)
            if items:
                doc.drop(b, "notice", "label of a highlights box written apart from the article")
                for c in items:
                    doc.drop(c, "notice", "item of a highlights box written apart from the article")
                continue
        if b.dropped is not None or b.chars > MAX_CHARS[1]:
            continue
        t = clean_line(b.text)
        what = _label_alone(t)
        if what is None and 0 < b.index < len(doc.blocks) and doc.blocks[b.index] is b \
                and doc.blocks[b.index - 1].dropped is not None and n - 1 - i < REFERENCE_REACH and b.chars <= REFERENCE_MAX_CHARS and b.kind != "heading":
            # the label right above was already dropped (the locator's edge): its reference goes too
            above = _label_alone(clean_line(doc.blocks[b.index - 1].text))
            if above is not None:
                doc.drop(b, "notice", f"reference under a {above} label")
                continue
        if what is not None:
            doc.drop(b, "notice", f"{what} label")
            if i + 1 < n and n - 1 - (i + 1) < REFERENCE_REACH and kept[i + 1].chars <= REFERENCE_MAX_CHARS \
                    and kept[i + 1].kind != "heading":
                doc.drop(kept[i + 1], "notice", f"reference under a {what} label")
        elif is_notice_line(b.text):
            if _CITATION.opens(t, sep=True):
                reason = "citation notice"
            elif _BROADCAST.opens(t, sep=True):
                reason = "broadcast notice (the programme it was aired in)"
            elif runs_on_as_prose(t):
                continue  # "Originally published on May 3: The harbour board met …": a paragraph
            elif _TRANSLATION.opens(t):
                reason = "translation or production notice"
            else:
                reason = "syndication notice (where the article first appeared)"
            doc.drop(b, "notice", reason)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_notices, order=INBODY_ORDER, stage="blocks", kind="notice",
                  description="syndication and citation notices (originally appeared on, Mit Material von, Cite this)"))
