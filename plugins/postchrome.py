"""A forum post's own chrome: the short lines every post of a thread repeats.

On a page read as a thread (``THREAD_PAGE_KEY``: declared, or a board by its template), each post box
carries the same furniture: a permalink ("Link to post"), a report or quote link, a profile column's labels
("Joined", "Location", "Likes"), a badge. Such a line repeats, word for word once digits are folded, in post
after post, and at the same place in each. After the locator and the member counts (so that the posts kept
are the locator's), this step drops such lines (kind ``post-chrome``, reason given):

* by structure: a short line with a letter, no digit, no sentence and no closing colon (a quote's "X said:";
  a definition list's term may close with one: ``<dt>Trophy Points:</dt>``),
  or a lone number (a member's or a post's count, all numbers one text), no author or time element of its own, not a post's head (``POST_HEADS_KEY``, ``POST_STAMPS_KEY``), whose
  folded text stands at the same place in ``MIN_POSTS`` posts or more - the same element path (tags and class
  values) at the same position among its siblings, or the same element the same number of blocks after a
  post's time stamp or before the next one - and makes ``SLOT_SHARE`` of the lines standing there (a poster's
  name recurs where other posters' names stand too);
* with words as support: a short line that is one of a board's per-post labels (``POST_CHROME``, per
  language; a count or a colon may go with it), or such a label with its value after a colon ("Joined: Mar
  2021"), in the same element in ``MIN_POSTS`` places or more;
* the value under such a label in a definition list (``<dt>Location</dt><dd>Lakeside</dd>``);
* a quote's attribution line ("jdoe said:", kept by the locator as a post's head) over a quote it dropped.

Lines the counters dropped (``COUNTED_KINDS``: a member's column between a post's name and stamp) still count
as standing at their place, so that the same lines in posts whose name stands further up go too.

Pages not read as threads (an article with its comments, a blog) are left as they are: the step returns at
once.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsclean import Step, hookimpl
from newsclean.lines import is_lone_number
from newsclean.plugins.declared.thread import POST_HEADS_KEY, POST_STAMPS_KEY, THREAD_PAGE_KEY
from newsclean.plugins.declared.threadshape import is_author, is_quote_head

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsclean.document import Document

__all__ = ["POST_CHROME", "post_chrome_step"]

# --- vocabulary --------------------------------------------------------------
#: A board's per-post labels and links, per language, compared whole (lower-cased, a count and a colon
#: around them allowed): the post's permalink and share links, its reply/quote/report tools, the labels of a
#: member's profile column. Words only support the structure: such a line must still repeat in
#: ``MIN_POSTS`` posts in the same element.
POST_CHROME: dict[str, tuple[str, ...]] = {
    "en": ("link to post", "share on other sites", "share this post", "permalink", "quote", "reply", "report",
           "report post", "multiquote", "like", "likes", "reactions", "joined", "location", "posts", "messages",
           "reaction score", "points", "member since", "registered", "thanks", "back to top", "top", "signature"),
    "de": ("link zum beitrag", "beitrag teilen", "auf anderen seiten teilen", "zitieren", "antworten", "melden",
           "beitrag melden", "gefällt mir", "reaktionen", "registriert", "dabei seit", "mitglied seit", "wohnort",
           "ort", "beiträge", "nachrichten", "punkte", "danke", "nach oben", "signatur"),
    "fr": ("lien vers le message", "partager ce message", "partager sur d'autres sites", "citer", "répondre",
           "signaler", "j'aime", "réactions", "inscrit", "inscription", "localisation", "messages", "points",
           "remerciements", "haut", "signature"),
    "es": ("enlace al mensaje", "compartir este mensaje", "compartir en otros sitios", "citar", "responder",
           "reportar", "denunciar", "me gusta", "reacciones", "registrado", "se unió", "ubicación", "mensajes",
           "puntos", "gracias", "arriba", "firma"),
}
_WORDS = frozenset(w for ws in POST_CHROME.values() for w in ws)

#: Removals whose lines still count as standing at their place (a member's column dropped by the counters
#: between a post's name and its stamp: the same labels in the posts whose name was not found there go too).
COUNTED_KINDS = frozenset(("counter",))
#: Posts a line must repeat in (at the same place, or, for a label of ``POST_CHROME``, in the same element).
MIN_POSTS = 3
#: A per-post line is at most this long (characters).
MAX_CHARS = 40
#: Blocks after a post's stamp, or before the next one, within which a line has a place counted from it.
PLACE_SPAN = 12
#: Element siblings counted before a line's element (and its parent) for its place, at most.
MAX_POSITION = 30
#: The share of the lines at an element and place a line's text must hold (other texts there: names).
SLOT_SHARE = 0.8
#: Elements of a block looked at for an author or time element of its own.
OWN_ELEMENTS = 12

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
#: A sentence in the line: a stop, question or exclamation mark after a word (a reply's "Same here!").
_SENTENCE = re.compile(r"\w[.!?。！？]")
#: A count or separators around a label ("Likes: 12", "(3) Reactions", "Quote ·").
_EDGES = re.compile(r"^[\s\d.,:()\[\]·•|#+-]+|[\s\d.,:()\[\]·•|#+-]+$")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def _element_key(b: Any) -> tuple[Any, ...]:
    """The block's element and its parent, as tag and class value (digits folded: per-post ids)."""
    return tuple((el.tag, _DIGITS.sub("0", el.get("class") or "")) for el in b.path[-2:])


def _place(b: Any) -> tuple[Any, ...]:
    """Where a block stands in its post box: the tag and class value (digits folded) of each element on its
    path, and the position among its element siblings of its own element and its parent's (counted up to
    ``MAX_POSITION``): the same for a label in every post, whatever the post's position in the thread."""
    out: list[Any] = [(el.tag, _DIGITS.sub("0", el.get("class") or "")) for el in b.path]
    for el in b.path[-2:]:
        n = 0
        prev = el.getprevious()
        while prev is not None and n < MAX_POSITION:
            if isinstance(prev.tag, str):
                n += 1
            prev = prev.getprevious()
        out.append(n)
    return tuple(out)


def _where(place: tuple[Any, ...]) -> str:
    if len(place) == 3 and place[1] in ("after", "before"):
        return f"the same element, {place[2]} blocks {place[1]} a post's time stamp"
    return "the same element path, the same position among its siblings"


def _own_head(b: Any) -> bool:
    """The block holds an author or time element of its own (a post's name or stamp line)."""
    for e in islice(b.path[-1].iter(), OWN_ELEMENTS):
        if isinstance(e.tag, str) and (e.tag == "time" or e.get("datetime") is not None or is_author(e)):
            return True
    return False


def _label(fold: str) -> str:
    """The per-post label of ``POST_CHROME`` that ``fold`` is (a count or separators around it allowed), or
    that heads its value after a colon ("Joined: Mar 2021", "Posts: 1,234", "Location: Lakeside": a member's
    profile field); "" when none."""
    bare = _EDGES.sub("", fold)
    if bare in _WORDS:
        return bare
    head, colon, value = fold.partition(":")
    head = head.strip()
    return head if colon and value.strip() and head in _WORDS else ""


def post_chrome_step(doc: "Document") -> None:
    """Drop the short lines each post of a thread page repeats at the same place (see module doc)."""
    if not doc.state.get(THREAD_PAGE_KEY):
        return
    blocks = doc.blocks
    stamps = sorted(doc.state.get(POST_STAMPS_KEY) or ())
    heads = set(stamps)
    for pair in doc.state.get(POST_HEADS_KEY) or ():
        heads.update(pair)
    by_place: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    by_label: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    j = 0  # (the next stamp's position in ``stamps``: the blocks are walked in order)
    for i, b in enumerate(blocks):
        while j < len(stamps) and stamps[j] <= i:
            j += 1
        if (b.dropped is not None and b.dropped.kind not in COUNTED_KINDS) or i in heads or b.chars > MAX_CHARS \
                or not b.path or b.kind == "code":
            continue  # (a code block is what a post asks to run, ``sudo apt update``, never the board's template)
        text = b.text
        if not any(c.isalpha() for c in text):
            if not is_lone_number(text):
                continue
            fold = "0"  # (a member's or a post's count: "1,234", "57"; one text however written)
        else:
            fold = _fold(text)
            if not _label(fold) and ("0" in fold or _SENTENCE.search(fold)
                                     or (fold.endswith(":") and b.path[-1].tag != "dt")):
                continue  # (a closing colon: a quote's "X said:"; not a definition list's field label)
        label = _label(fold)
        if _own_head(b):
            continue
        if label:
            by_label[(label, _element_key(b))].append(b)
        by_place[(fold, _place(b))].append(b)
        element = _element_key(b)  # (and its place counted in blocks from the post stamp before it, or after it)
        if j and i - stamps[j - 1] <= PLACE_SPAN:
            by_place[(fold, (element, "after", i - stamps[j - 1]))].append(b)
        if j < len(stamps) and stamps[j] - i <= PLACE_SPAN:
            by_place[(fold, (element, "before", stamps[j] - i))].append(b)
    slots: dict[tuple[Any, ...], int] = defaultdict(int)  # (lines of any text at a place)
    for (_, place), found in by_place.items():
        slots[place] += len(found)
    for (_, place), found in by_place.items():
        # (a name recurs where other names stand too: the same poster's posts; chrome stands there alone)
        if len(found) >= MIN_POSTS and len(found) >= SLOT_SHARE * slots[place]:
            for b in found:
                doc.drop(b, "post-chrome", f"a line each post of the thread repeats at the same place ("
                         f"{_where(place)}, in {len(found)} posts)")
    for key, found in by_label.items():
        if len(found) >= MIN_POSTS:
            for b in found:
                doc.drop(b, "post-chrome", f"a board's per-post label or link, repeated in the same element in "
                         f"{len(found)} posts of the thread")
    _drop_values(doc, blocks)
    _drop_orphan_quote_heads(doc, blocks)


def _drop_orphan_quote_heads(doc: "Document", blocks: list[Any]) -> None:
    """A quote's attribution line kept ("jdoe said:", see ``threadshape.is_quote_head``) whose quote's first
    line was dropped (a repeat of the post quoted): it heads nothing left."""
    for i, b in enumerate(blocks[:-1]):
        if b.dropped is None and blocks[i + 1].dropped is not None and b.text.rstrip().endswith((":", "：")) \
                and is_quote_head(blocks, i):
            doc.drop(b, "post-chrome", "a quote's attribution line over a quote that was dropped")


def _drop_values(doc: "Document", blocks: list[Any]) -> None:
    """The value under a profile label this step dropped (``<dt>Location</dt><dd>Lakeside</dd>``): the next
    block, a short ``<dd>`` of the same list. A member's data, not the post's."""
    plugin = doc.current_step
    for i, b in enumerate(blocks[:-1]):
        r = b.dropped
        if r is None or r.kind != "post-chrome" or r.plugin != plugin or not b.path or b.path[-1].tag != "dt":
            continue
        v = blocks[i + 1]
        if v.dropped is None and v.path and v.chars <= MAX_CHARS and v.path[-1].tag == "dd" \
                and v.path[-1].getparent() is b.path[-1].getparent():
            doc.drop(v, "post-chrome", f"a member's profile value under the per-post label {b.text!r}")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", post_chrome_step, order=525, stage="blocks", kind="post-chrome", input_kinds=("html",),
                  description="the short lines each post of a thread page repeats at the same place (after the "
                  "locator)"))
