"""Teaser blurbs left alone in the body once their headline was taken out.

A news page sets cards for other stories inside its article: a box holding a
linked headline (a kicker and a date beside it) over a one-line summary, often a
"… mehr" link closing it. The earlier steps take the headline out (chrome prunes
the headline's box by its region words, the locator drops it as a link list,
``related`` as a list's teaser), but the summary is plain text in an element of
its own and stays, a sentence about another story in the middle of this one.

Step ``blurbs`` (blocks 650, HTML; before ``related:labels``) drops such a blurb:
a kept paragraph or list item (at most :data:`BLURB_MAX_CHARS`, below the body's
first paragraph) whose smallest box (:data:`BOX_LEVELS` elements up at most; one
of :data:`BOX_TAGS`: no table cell, no paragraph split by its line breaks) keeps
nothing else and held a linked headline that was taken out: a dropped heading
before it of :data:`HEADLINE_MIN_CHARS` or more, :data:`HEADLINE_BLOCK_LINK_SHARE`
of it links, no address, not the page's title; or a linked heading that a tree
step pruned (step ``headlines``, tree 90, before chrome, notes the headings that
are links or sit in one, with their ancestors; the pruned subtree holding at most
:data:`PRUNED_MAX_CHARS`, :data:`HEADLINE_LINK_SHARE` of it links). The short
kickers above that headline in the box (:data:`KICKER_MAX_CHARS`) go with it.
A box beside alike boxes (tag, class tokens but index ones) that keep other text
is an entry of a listing; :data:`GRID_MIN_CARDS` alike boxes found are a grid of
the page's own cards; blurbs holding :data:`MAX_SHARE` of the kept text are the
page's own summaries: all of these stay.

Only on a page giving its publication date (an undated page's cards are its own
text: a landing page's feature boxes, as ``content`` keeps them) and read as no
thread (a post's short text under its author's linked name is no blurb).

No vocabulary: the blurb is told by its box alone.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.plugins.declared.thread import THREAD_PAGE_KEY

# --- thresholds ------------------------------------------------------------------------
#: A blurb is at most this long (characters).
BLURB_MAX_CHARS = 360
#: How many elements above a block its teaser box may be.
BOX_LEVELS = 3
#: A headline taken out: this long at least, this share of it links (a pruned box's; a dropped
#: block's: HEADLINE_BLOCK_LINK_SHARE, a headline is one link, not a field's label and its link).
HEADLINE_MIN_CHARS = 12
HEADLINE_LINK_SHARE = 0.5
HEADLINE_BLOCK_LINK_SHARE = 0.8
#: A link text that is an address (a web or e-mail address) is no headline.
_ADDRESS = re.compile(r"@|://|\bwww\.", re.IGNORECASE)
#: A pruned subtree holding a linked heading counts as a headline's box up to this size.
PRUNED_MAX_CHARS = 300
#: A kicker (the short label over a teaser's headline, kept in its box) is at most this long.
KICKER_MAX_CHARS = 50
#: A body paragraph (characters) that must stand above a blurb in the kept text.
BODY_MIN_CHARS = 80
#: Blurbs holding this share of the kept text are the page's own entries.
MAX_SHARE = 0.25
#: Alike boxes, each a blurb's, from this many on: a grid of the page's own cards.
GRID_MIN_CARDS = 3
#: Class tokens that say an item's place in its run, not what it is.
POSITION_TOKENS = frozenset(("first", "last", "odd", "even", "active", "current"))
#: Kinds of block a blurb may be.
BLURB_KINDS = frozenset(("paragraph", "list_item"))
#: The elements a teaser's box is made of (a table's cell or row, a paragraph split by its line
#: breaks, an inline element are no card: an old layout's listing, a link line over its text).
BOX_TAGS = frozenset(("div", "section", "article", "aside", "li"))

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: doc.state key: the linked headings of the page, each with its ancestors (BOX_LEVELS + 2).
STATE_KEY = "teasers.headlines"
#: How far up from a heading a link wrapping it may be.
LINK_LEVELS = 3


def _text_len(el: Any) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _text_len_upto(el: Any, cap: int) -> int:
    """:func:`_text_len` of ``el``, its count stopped once past ``cap`` (a big pruned box is no headline's)."""
    n = 0
    for t in el.itertext():
        n += len(t.strip())
        if n > cap:
            break
    return n


def _linked(h: Any) -> bool:
    """True when heading ``h`` sits in a link (a few levels up) or its text is mostly a link's."""
    a = h.getparent()
    for _ in range(LINK_LEVELS):
        if a is None:
            break
        if a.tag == "a" and a.get("href"):
            return True
        a = a.getparent()
    inside = [x for x in h.iter("a") if x.get("href")]
    if not inside:
        return False  # (no link inside: not mostly a link's text)
    total = _text_len(h)
    if not total:
        return False
    links = sum(_text_len(x) for x in inside)
    return links >= HEADLINE_LINK_SHARE * total


def _note_headlines(doc: Document) -> None:
    """Tree step: note the linked headings and their ancestors before chrome prunes any."""
    root = doc.tree
    if root is None:
        return
    found = []
    for h in root.iter(*HEADINGS):
        if not _linked(h):
            continue
        chain = [h]
        a = h.getparent()
        while a is not None and len(chain) < BOX_LEVELS + LINK_LEVELS + 2:
            chain.append(a)
            a = a.getparent()
        found.append(chain)
    if found:
        doc.state[STATE_KEY] = found


def _pruned_boxes(doc: Document) -> set[int]:
    """ids of the elements still in the page that held a linked heading a tree step pruned,
    the pruned subtree a headline's (small, link-dense); each the nearest surviving ancestor."""
    chains = doc.state.get(STATE_KEY)
    if not chains:
        return set()
    root = doc.tree
    boxes: set[int] = set()
    for chain in chains:
        # the pruned subtree's root: the chain's first element without a parent; none, or the page's
        # root at the chain's end: the heading is still in the page (or went with a box above the chain)
        cut = next((k for k, el in enumerate(chain) if el.getparent() is None), None)
        if cut is None or cut + 1 >= len(chain) or chain[cut] is root:
            continue
        pruned = chain[cut]
        total = _text_len_upto(pruned, PRUNED_MAX_CHARS)
        if not total or total > PRUNED_MAX_CHARS:
            continue
        links = sum(_text_len(x) for x in pruned.iter("a") if x.get("href"))
        if pruned.tag == "a" and pruned.get("href"):
            links = total
        if links < HEADLINE_LINK_SHARE * total:
            continue
        boxes.add(id(chain[cut + 1]))
    return boxes


def _headline_drop(b: Block) -> bool:
    r = b.dropped
    return (r is not None and r.kind != "title" and b.kind == "heading" and b.chars >= HEADLINE_MIN_CHARS
            and b.link_chars >= HEADLINE_BLOCK_LINK_SHARE * b.chars and not _ADDRESS.search(b.text))


def _under(b: Block, depth: int, el: Any) -> bool:
    p = b.path
    return len(p) > depth and p[depth] is el


def _in_pruned(path: list[Any], pruned: set[int]) -> bool:
    """True when one of the elements :func:`_alone_blurb` may take for the block's box lost a headline."""
    lo = max(1, len(path) - 1 - BOX_LEVELS)
    return any(id(el) in pruned for el in path[lo:len(path) - 1])


def _alone_blurb(blocks: list[Block], i: int, pruned: set[int]) -> tuple[Any, list[Block]] | None:
    """The box and its kickers (short blocks above the headline) when blocks[i]'s smallest box lost
    its linked headline and keeps nothing else but them; None when it is no such blurb."""
    path = blocks[i].path
    n = len(blocks)
    lo = max(1, len(path) - 1 - BOX_LEVELS)
    for d in range(len(path) - 2, lo - 1, -1):
        el = path[d]
        lost = id(el) in pruned
        shared = (i > 0 and _under(blocks[i - 1], d, el)) or (i < n - 1 and _under(blocks[i + 1], d, el))
        if not (lost or shared):
            continue
        if not isinstance(el.tag, str) or el.tag.lower() not in BOX_TAGS:
            return None
        headline = lost
        kickers = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and _under(blocks[j], d, el):
                o = blocks[j]
                if o.dropped is None:
                    if not (step < 0 and headline and o.chars <= KICKER_MAX_CHARS):
                        return None
                    kickers.append(o)
                elif step < 0 and _headline_drop(o):
                    headline = True
                j += step
        return (el, kickers) if headline else None
    return None


def _entry_beside(box: Any, blocks: list[Block], found: set[int]) -> bool:
    """True when a sibling of ``box`` alike it (its tag, its class but for index tokens) keeps a
    block that is no blurb found: ``box`` is one of a run of entries (a listing, a blog's posts)."""
    parent = box.getparent()
    if parent is None:
        return False
    cls = _class_key(box)
    alike = {id(s) for s in parent if s is not box and s.tag == box.tag and _class_key(s) == cls}
    if not alike:
        return False
    for b in blocks:
        if b.dropped is None and b.index not in found and any(id(e) in alike for e in b.path):
            return True
    return False


def _in_grid(box: Any, boxes: list[Any]) -> bool:
    """True when GRID_MIN_CARDS boxes or more found are alike ``box`` (tag, class but for index
    tokens): a grid of cards, the page's own section (a service page's offers, a listing)."""
    cls = _class_key(box)
    return sum(1 for o in boxes if o.tag == box.tag and _class_key(o) == cls) >= GRID_MIN_CARDS


def _class_key(el: Any) -> frozenset[str]:
    """An element's class tokens without the ones that number it (``i2``, ``teaser--3``, ``first``)."""
    return frozenset(t for t in (el.get("class") or "").lower().split()
                     if t not in POSITION_TOKENS and not any(c.isdigit() for c in t))


def _drop_blurbs(doc: Document) -> None:
    """A teaser's blurb left alone in its box after its linked headline was taken out."""
    if doc.meta.get("published") is None or doc.state.get(THREAD_PAGE_KEY):
        return  # (an undated page's cards are its own, a landing page's; a thread's posts are no teasers)
    blocks = doc.blocks
    first_body = next((j for j, b in enumerate(blocks) if b.dropped is None and b.kind != "heading"
                       and b.chars >= BODY_MIN_CHARS), None)
    if first_body is None:
        return
    pruned = _pruned_boxes(doc)
    found: list[tuple[Block, Any, list[Block]]] = []
    kept_chars = 0
    # ``armed``: a dropped headline stands above with nothing kept between but kickers, the only way a
    # box's own headline can be found before a block (see _alone_blurb); else only a pruned box may be
    armed = False
    for i, b in enumerate(blocks):
        if b.dropped is not None:
            if _headline_drop(b):
                armed = True
            continue
        was_armed, armed = armed, armed and b.chars <= KICKER_MAX_CHARS
        kept_chars += b.chars
        if not (i > first_body and b.kind in BLURB_KINDS and b.chars <= BLURB_MAX_CHARS and b.path
                and b.link_chars < HEADLINE_LINK_SHARE * b.chars):
            continue
        if not was_armed and not (pruned and _in_pruned(b.path, pruned)):
            continue
        hit = _alone_blurb(blocks, i, pruned)
        if hit is not None:
            found.append((b, hit[0], [k for k in hit[1] if k.index > blocks[first_body].index]))
    marked = {b.index for b, _, ks in found} | {k.index for _, _, ks in found for k in ks}
    boxes = [f[1] for f in found]
    found = [f for f in found if not _entry_beside(f[1], blocks, marked) and not _in_grid(f[1], boxes)]
    blurbs = [b for b, _, _ in found]
    kickers = [k for _, _, ks in found for k in ks]
    if not blurbs or sum(b.chars for b in blurbs + kickers) >= MAX_SHARE * kept_chars:
        return
    for b in blurbs:
        doc.drop(b, "related", "a teaser's blurb left alone in its box once its linked headline was taken out",
                 region="related")
    for b in kickers:
        doc.drop(b, "related", "the kicker over a teaser's linked headline taken out, in the box of its blurb",
                 region="related")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("headlines", _note_headlines, order=90, stage="tree", kind="related", input_kinds=("html",),
                  description="notes the linked headings and their boxes before chrome prunes any (drops nothing)"))
    register(Step("blurbs", _drop_blurbs, order=650, stage="blocks", kind="related", input_kinds=("html",),
                  description="a teaser's blurb left alone in its box once its linked headline was taken out"))
