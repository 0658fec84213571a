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
  an author's name** (from the metadata read so far; after at most
  :data:`BIO_LEAD_WORDS` words and no punctuation: ``Korrespondent Ulrich Exner ist …``)
  and names a role goes;
* anywhere in the body, a short line that is **only the authors' names** (of two words
  or more; joined by commas, ``/`` or a word of ``JOINERS``; with at most one short
  word more, an organisation: ``Eva Muster/rbb``), or **an author's name and a job
  title** (at most :data:`TITLE_WORDS` capitalised words, no punctuation:
  ``Amy Example Political Correspondent``), also after the time stamp of a live-blog
  entry (``16:59Jane Doe``, ``5 hours ago07:32 Jane Doe``): a byline the locator kept.

* a block among the body's first :data:`HEAD_REACH` that **opens with an author's name**, or
  the given name of it (``Jane is a reporter on the city desk …``), and names a role that is
  no verb (``VERB_ROLES``): the bio a page sets in its header beside the byline;
* after the first :data:`MIN_BODY` blocks, a line holding only a role that is no verb
  (``Redakteurin``, ``Journaliste``) over a short block opening with since when the author
  works there (``SINCE`` and a year: ``Seit 2019 bei …``, ``Depuis 2015 …``): both go.

A body paragraph that quotes the author, or a heading elsewhere in the body,
is kept: the article must have gone on for :data:`MIN_BODY` blocks first; a
sentence that names the author is punctuated or longer than a name line.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.blocks import holds_at_most, shared_depth
from newsclean.document import Document
from newsclean.patterns import terms_source
from newsclean.text import nfkc

from .inbody import INBODY_ORDER, Lexicon, body, clean_line, fold
from .vocab import bios as _vocab
from .vocab import terms

__all__ = ["is_bio_heading"]

# --- vocabulary (data in newsclean.plugins.vocab.bios) ----------------------
HEADINGS = terms(_vocab.HEADINGS)
ROLES = terms(_vocab.ROLES)
JOINERS = frozenset(fold(w) for w in terms(_vocab.JOINERS))
SINCE = terms(_vocab.SINCE)

#: A bio heading counts within this many blocks of the body's end.
TAIL_REACH = 6
#: Blocks under a bio heading that go with it, and their longest.
BIO_BLOCKS = 4
BIO_MAX_CHARS = 600
#: An author line counts within this many blocks of the end, up to this long.
LINE_REACH = 6
LINE_MAX_CHARS = 300
#: The body's first blocks looked at for a bio set in the article's header (beside the byline), and their longest.
HEAD_REACH = 2
HEAD_MAX_CHARS = BIO_MAX_CHARS
HEAD_GIVEN_MIN = 3  # ... which may open with the given name alone (``Jane is …``) when it is this long
#: Words an author line may hold before the author's name (a role: ``Korrespondent Ulrich Exner ist …``).
BIO_LEAD_WORDS = 3
#: A line of the authors' names alone (or a name and a job title) is at most this long.
NAME_LINE_MAX_CHARS = 120
#: Words a name line may hold besides the names and joiners (an organisation), and their longest.
NAME_LINE_EXTRA_WORDS = 1
NAME_LINE_EXTRA_CHARS = 12
#: Words of a job title after an author's name (each capitalised).
TITLE_WORDS = 6
#: Blocks of body before any of this applies.
MIN_BODY = 3
#: Characters an author box may hold besides its bio's blocks (the name's link, a label), when the
#: blocks after its bio line to the body's end go with that line (see :func:`_rest_of_box`).
BOX_EXTRA_CHARS = 80

_HEADING = Lexicon(HEADINGS)
_ROLE = re.compile(r"(?<!\w)" + terms_source(ROLES) + r"(?!\w)", re.I)
#: ... and the roles that are no verb, named by a bio opening the body (see :func:`_head_bio`).
_HEAD_ROLE = re.compile(r"(?<!\w)" + terms_source([r for r in ROLES if r not in set(terms(_vocab.VERB_ROLES))])
                        + r"(?!\w)", re.I)
#: The time stamp opening a live-blog entry's head (``16:59``, ``5 hours ago07:32``, ``10.42 Uhr``).
_STAMP = re.compile(r"^\W{0,2}(?:\d{1,3}\s*[^\W\d]{1,10}\s+[^\W\d]{2,5}\s*)?\d{1,2}[:.]\d{2}"
                    r"(?:\s*(?:uhr|am|pm|h)(?!\w))?", re.I)
_WORD = re.compile(r"\w+")
#: A bio's line saying since when the author works there: a ``SINCE`` word and a year (``Seit 2019 bei …``).
_SINCE_YEAR = re.compile(r"^" + terms_source(SINCE) + r"\s+(?:19|20)\d\d(?!\d)", re.I)
#: Punctuation of a sentence or a label: no name line holds it.
_MARKS = re.compile(r"[.!?:;,。！？：]")


def is_bio_heading(text: str) -> bool:
    """True when the whole line is an author-box heading."""
    t = clean_line(text)
    return 0 < len(t) <= 40 and _HEADING.whole(t)


def _role_label(b: "object", nxt: "object") -> bool:
    """A line holding only a role that is no verb (``Redakteurin``, ``Journaliste``), a short block under it
    opening with since when the author works there (``Seit 2019 bei …``, ``Depuis 2015 …``): an author box."""
    t = clean_line(b.text)
    if not t or len(t) > 40 or nxt.dropped is not None or nxt.kind == "heading" or nxt.chars > BIO_MAX_CHARS:
        return False
    m = _HEAD_ROLE.fullmatch(t)
    return m is not None and _SINCE_YEAR.match(clean_line(nxt.text)) is not None


def _authors(doc: Document) -> list[str]:
    names = doc.meta.get("authors") or []
    if isinstance(names, str):
        names = [names]
    return [nfkc(n).strip() for n in names if isinstance(n, str) and len(nfkc(n).strip()) >= 4]


def name_line(text: str, names: "list[str]") -> "str | None":
    """``"names"`` when a short line is only the given authors' names (see the module's doc),
    ``"title"`` when it is an author's name and a job title, else None. A live-blog entry's
    time stamp before them is looked through."""
    t = nfkc(text).strip()
    if len(t) > NAME_LINE_MAX_CHARS:
        return None
    if t[:1].isdigit():
        t = _STAMP.sub("", t, count=1).strip()
    found = [n for n in names if " " in n and n in t]
    if not found:
        return None
    rest = t
    for n in found:
        rest = rest.replace(n, " , ")
    extra = [w for w in _WORD.findall(rest) if fold(w) not in JOINERS]
    if not extra:
        return "names"
    if len(extra) <= NAME_LINE_EXTRA_WORDS and len(extra[0]) <= NAME_LINE_EXTRA_CHARS \
            and not _MARKS.search(rest.replace(",", " ")):
        return "names"  # (a short organisation beside the names: "Eva Muster/rbb", "MDR (Eva Muster)")
    name = next((n for n in found if t.startswith(n)), None)
    if name is None:
        return None
    title = t[len(name):]
    words = title.split()
    if 0 < len(words) <= TITLE_WORDS and not _MARKS.search(title) and all(w[:1].isupper() for w in words):
        return "title"
    return None


def _bio_line(t: str, names: "list[str]") -> bool:
    """A short line opening with an author's name (after a few words, no punctuation) that names a role."""
    for name in names:
        pos = t.find(name)
        if pos < 0:
            continue
        lead = t[:pos]
        if pos == 0 or (len(lead.split()) <= BIO_LEAD_WORDS and not _MARKS.search(lead)):
            if _ROLE.search(t[pos + len(name):]):
                return True
    return False


def _head_bio(t: str, names: "list[str]", site: "set[str]") -> bool:
    """A block opening with an author's name, or the given name of a name of two words or more, that names
    a role after it: the author's bio a page sets in its header beside the byline (``Jane is a reporter …``).
    A first word the page's title or site name says too (``site``, folded) is the site's, not a given name
    (an author named for the site: ``Example Research``)."""
    for name in names:
        given = name.split()[0]
        short = len(given) >= HEAD_GIVEN_MIN and given != name and fold(given) not in site
        for lead in (name, given) if short else (name,):
            rest = t[len(lead):]
            if t.startswith(lead) and not rest[:1].isalnum() and _HEAD_ROLE.search(rest):
                return True
    return False


def _rest_of_box(kept: list, i: int) -> list:
    """The blocks after the bio line ``kept[i]`` up to the body's end when they are the rest of its author
    box: at most :data:`BIO_BLOCKS` still kept, none a heading nor longer than :data:`BIO_MAX_CHARS`, and the
    nearest element holding the line and the last of them holds little besides their text
    (:data:`BOX_EXTRA_CHARS`: the name's link); else []. The bio goes on after the line naming the
    author (``Jane Doe is … . She holds a degree in …``)."""
    rest = [c for c in kept[i + 1:] if c.dropped is None]
    if not rest or len(rest) > BIO_BLOCKS:
        return []
    if any(c.kind == "heading" or c.chars > BIO_MAX_CHARS for c in rest):
        return []
    line, last = kept[i], rest[-1]
    depth = shared_depth(line, last)
    if not depth or depth > len(line.path):
        return []
    held = line.chars + sum(c.chars for c in rest)
    return rest if holds_at_most(line.path[depth - 1], held + BOX_EXTRA_CHARS) else []


_NAME_REASONS = {
    "names": "the authors' names alone on a line inside the article (a byline the locator kept)",
    "title": "the author's name and job title inside the article",
}


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
    for i in range(MIN_BODY, n - 1):
        if kept[i].dropped is None and kept[i].chars <= 40 and _role_label(kept[i], kept[i + 1]):
            doc.drop(kept[i], "bio", "author-box role label (a role alone on its line, then since when)")
            doc.drop(kept[i + 1], "bio", "author bio under a role label (since when the author works there)")
    names = _authors(doc)
    if not names:
        return
    for i in range(max(MIN_BODY, n - LINE_REACH), n):
        b = kept[i]
        if b.dropped is not None or b.chars > LINE_MAX_CHARS:
            continue
        t = nfkc(b.text).strip()
        if _bio_line(t, names):
            doc.drop(b, "bio", "author bio line (the author's name and role) at the end of the article")
            for c in _rest_of_box(kept, i):
                doc.drop(c, "bio", "author bio after the line naming the author, in the same author box, "
                                   "to the end of the article")
    site = {fold(w) for t in (doc.meta.get("title"), doc.extra.get("site_name")) if isinstance(t, str)
            for w in _WORD.findall(nfkc(t))}
    for b in [c for c in kept if c.dropped is None][:HEAD_REACH]:
        if b.kind == "paragraph" and b.chars <= HEAD_MAX_CHARS and _head_bio(nfkc(b.text).strip(), names, site):
            doc.drop(b, "bio", "author bio (the author's name and role) opening the article, set in its header")
    spaced = [nm for nm in names if " " in nm]
    if not spaced:
        return
    for b in kept:
        # (first look: a short line holding an author's name)
        if b.dropped is not None or b.chars > NAME_LINE_MAX_CHARS or not any(nm in b.text for nm in spaced):
            continue
        what = name_line(b.text, spaced)
        if what is not None:
            doc.drop(b, "bio", _NAME_REASONS[what])


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("tail", _drop_bios, order=INBODY_ORDER, stage="blocks", kind="bio",
                  description="author bios at the end of the article (About the author, Über den Autor, 作者简介)"))
