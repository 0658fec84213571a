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

A sentence that merely says a story was first published elsewhere does not
open with the fixed phrase, or is longer than a notice.
"""
from __future__ import annotations

from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document

from .inbody import INBODY_ORDER, Lexicon, Lexicons, body, clean_line, within_short_limit
from .vocab import notices as _vocab
from .vocab import terms

__all__ = ["is_notice_line"]

# --- vocabulary (data in newsclean.plugins.vocab.notices) -------------------
SYNDICATION = terms(_vocab.SYNDICATION)
CITATION = terms(_vocab.CITATION)
BROADCAST = terms(_vocab.BROADCAST)
TRANSLATION = terms(_vocab.TRANSLATION)

#: Longest notice (CJK, other scripts), in characters.
MAX_CHARS = (160, 400)
#: The reference under a citation label alone: at most this long, within this
#: many blocks of the body's end.
REFERENCE_MAX_CHARS = 400
REFERENCE_REACH = 4

_SYNDICATION = Lexicon(SYNDICATION)
_CITATION = Lexicon(CITATION)
_BROADCAST = Lexicon(BROADCAST)
_TRANSLATION = Lexicon(TRANSLATION)
_NOTICES = Lexicons((("syndication", _SYNDICATION, False), ("citation", _CITATION, True),
                     ("broadcast", _BROADCAST, True), ("translation", _TRANSLATION, False)))


def is_notice_line(text: str) -> bool:
    """True for a short syndication notice or a label-led citation notice."""
    t = clean_line(text)
    if not t or not within_short_limit(t, MAX_CHARS):
        return False
    return _NOTICES.first_opening(t) is not None


def _label_alone(t: str) -> str | None:
    """``"citation"`` or ``"broadcast"`` when the line is such a label alone (a colon may follow)."""
    label = t.rstrip(":： ")
    return "citation" if _CITATION.whole(label) else "broadcast" if _BROADCAST.whole(label) else None


def _drop_notices(doc: Document) -> None:
    kept = body(doc)
    n = len(kept)
    for i, b in enumerate(kept):
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
            reason = ("citation notice" if _CITATION.opens(t, sep=True)
                      else "broadcast notice (the programme it was aired in)" if _BROADCAST.opens(t, sep=True)
                      else "translation or production notice" if _TRANSLATION.opens(t)
                      else "syndication notice (where the article first appeared)")
            doc.drop(b, "notice", reason)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_notices, order=INBODY_ORDER, stage="blocks", kind="notice",
                  description="syndication and citation notices (originally appeared on, Mit Material von, Cite this)"))
