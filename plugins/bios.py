"""Author bios at the end of the article.

An author box closes many articles: a heading (``About the author``, ``Über
den Autor``, ``Об авторе``, ``作者简介``) with a few lines under it, or one
line that opens with the author's name and names a role (``Jane Doe is a
reporter covering …``, ``Oliwia Stępień Dziennikarka …``). This plugin runs
after the article is located (order 600) and looks only at the body's last
blocks:

* a **bio heading** (the whole line) within :data:`TAIL_REACH` blocks of the
  end goes, with the short blocks under it up to the end of the body (at most
  :data:`BIO_BLOCKS`, each at most :data:`BIO_MAX_CHARS` characters);
* a short block within :data:`LINE_REACH` blocks of the end that **opens with
  an author's name** (from the metadata read so far) and names a role goes.

A body paragraph that quotes the author, or a heading elsewhere in the body,
is kept: the article must have gone on for :data:`MIN_BODY` blocks first.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document
from newsclean.patterns import terms_regex
from newsclean.text import nfkc

from .inbody import INBODY_ORDER, Lexicon, body, clean_line
from .vocab import bios as _vocab
from .vocab import terms

__all__ = ["is_bio_heading"]

# --- vocabulary (data in newsclean.plugins.vocab.bios) ----------------------
HEADINGS = terms(_vocab.HEADINGS)
ROLES = terms(_vocab.ROLES)

#: A bio heading counts within this many blocks of the body's end.
TAIL_REACH = 6
#: Blocks under a bio heading that go with it, and their longest.
BIO_BLOCKS = 4
BIO_MAX_CHARS = 600
#: An author line counts within this many blocks of the end, up to this long.
LINE_REACH = 3
LINE_MAX_CHARS = 300
#: Blocks of body before any of this applies.
MIN_BODY = 3

_HEADING = Lexicon(HEADINGS)
_ROLE = re.compile(r"(?<!\w)" + terms_regex(ROLES).pattern + r"(?!\w)", re.I)


def is_bio_heading(text: str) -> bool:
    """True when the whole line is an author-box heading."""
    t = clean_line(text)
    return 0 < len(t) <= 40 and _HEADING.whole(t)


def _authors(doc: Document) -> list[str]:
    names = doc.meta.get("authors") or []
    if isinstance(names, str):
        names = [names]
    return [nfkc(n).strip() for n in names if isinstance(n, str) and len(nfkc(n).strip()) >= 4]


def _drop_bios(doc: Document) -> None:
    kept = body(doc)
    n = len(kept)
    if n <= MIN_BODY:
        return
    for i in range(max(MIN_BODY, n - TAIL_REACH), n):
        b = kept[i]
        if b.dropped is None and is_bio_heading(b.text):
            doc.drop(b, "bio", "author-box heading at the end of the article")
            for c in kept[i + 1:i + 1 + BIO_BLOCKS]:
                if c.kind == "heading" or c.chars > BIO_MAX_CHARS:
                    break
                doc.drop(c, "bio", "author bio under an author-box heading")
            break
    names = _authors(doc)
    if not names:
        return
    for b in kept[max(MIN_BODY, n - LINE_REACH):]:
        if b.dropped is not None or b.chars > LINE_MAX_CHARS:
            continue
        t = nfkc(b.text).strip()
        for name in names:
            if t.startswith(name) and _ROLE.search(t[len(name):]):
                doc.drop(b, "bio", "author bio line (the author's name and role) at the end of the article")
                break


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("tail", _drop_bios, order=INBODY_ORDER, stage="blocks", kind="bio",
                  description="author bios at the end of the article (About the author, Über den Autor, 作者简介)"))
