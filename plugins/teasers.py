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

The blurbs step has no vocabulary: the blurb is told by its box alone.

Step ``media`` (blocks 650, HTML) drops a **video or audio teaser**: the clip's title and blurb
in the small box of a player's card, told by its structure: an element whose whole text is a
running time (``2:34``, ``02:57 Min.``, ``Duration 1:30``; the labels are
``vocab.prompts.DURATION_LABELS``) in a box (:data:`MEDIA_LEVELS` up at most, the largest holding at
most :data:`MEDIA_BOX_MAX_CHARS` and no ``<h1>``). A bare ``2:34`` may be a clock: its box must be
a player's, holding a ``<video>`` or ``<audio>``, a class or id word naming a clip or a player
(:data:`MEDIA_CLASS_PARTS`), or a media label of its own (``Video``, ``Podcast``, ``Mediathek``:
:data:`MEDIA_LABELS`, data per language); a live blog's entry naming no player keeps its clock
time and text. A time with its label or unit (also after the clip's date and a bar,
``26.10.2025 | 2:43 min``) is a clip's whatever the box's words. The
box's kept blocks go, each at most :data:`MEDIA_BLURB_MAX_CHARS`, all of them under
:data:`MAX_SHARE` of the kept text (a video page's own description stays).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from lxml import etree

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.patterns import terms_source
from newsclean.plugins.declared.thread import THREAD_PAGE_KEY

from .vocab import prompts as _prompts_vocab
from .vocab import terms

# --- vocabulary ------------------------------------------------------------------------
#: A media card's own label, alone in its element (per language): the card is a clip's.
MEDIA_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Video", "Audio", "Podcast", "Watch", "Listen"),
    "de": ("Video", "Audio", "Podcast", "Mediathek", "Hörbeitrag", "Videobeitrag"),
    "fr": ("Vidéo", "Audio", "Podcast", "Balado"),
    "es": ("Vídeo", "Video", "Audio", "Pódcast", "Podcast"),
    "it": ("Video", "Audio", "Podcast"),
    "pl": ("Wideo", "Audio", "Podcast", "Nagranie"),
    "el": ("Βίντεο", "Ήχος", "Podcast"),
    "ru": ("Видео", "Аудио", "Подкаст"),
    "zh": ("视频", "音频", "播客"),
}
#: Parts of a class or id token (split at ``-``, ``_``, camel case) that name a clip or its player.
MEDIA_CLASS_PARTS = frozenset(("video", "videos", "audio", "podcast", "player", "play", "clip", "vod",
                               "mediathek", "jwplayer", "videoplayer", "audioplayer", "playbutton"))
#: Tags of a clip itself.
MEDIA_TAGS = frozenset(("video", "audio"))

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

#: How many elements above a running time a media card's box may be.
MEDIA_LEVELS = 12
#: A media card's box holds at most this much text (characters): a title, a date, a blurb.
MEDIA_BOX_MAX_CHARS = 600
#: A block of a media card is at most this long (characters).
MEDIA_BLURB_MAX_CHARS = 500
#: Longest element text read as a running time (characters).
RUNNING_TIME_MAX_CHARS = 32

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


def _joined_upto(el: Any, cap: int) -> str | None:
    """The text pieces of ``el`` stripped and joined by one space, or None as soon as that is longer than
    ``cap`` (read no further: an element around a time may be the whole page's body)."""
    parts: list[str] = []
    n = -1
    for t in el.itertext():
        t = t.strip()
        if t:
            n += len(t) + 1
            if n > cap:
                return None
            parts.append(t)
    return " ".join(parts)


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


# a running time alone in its element: "2:34", "1:02:33", "02:57 Min.", "Duration 1:30"; with its label
# or its unit (group "sure") no clock of the day, and then also after the clip's date and a bar
# ("26.10.2025 | 2:43 min")
_UNIT = r"(?:min\.?|minuten|minutes|mins|minutos|minuti|мин\.?)"
_RUNNING_TIME = re.compile(
    r"^(?:(?P<label>(?:" + terms_source(terms(_prompts_vocab.DURATION_LABELS), flags=0) + r")\s*[:：]?\s*)"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}\s*[|·]\s*(?=[^|·]*" + _UNIT + r"$))?"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?P<unit>" + _UNIT + r")?$", re.I)
# a time of nothing but zeros ("0:00", "00:00:00"), what a player shows before it plays
_ZERO_TIME = re.compile(r"(?<![\d:])0{1,2}:00(?::00)?(?![\d:])")
#: A cheap first look: an element's own text or tail holding a digit, a colon and a digit.
_CLOCK_DIGITS = re.compile(r"\d:\d\d")
#: An element's texts (its own, its descendants' and their tails) holding a colon.
_COLON_TEXTS = etree.XPath(".//text()[contains(., ':')]")
_MEDIA_LABEL_SET = frozenset(w.lower() for w in terms(MEDIA_LABELS))
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[-_\s]+")


def _media_token(value: str) -> bool:
    """True when a class or id value holds a part naming a clip or its player (``c-video__data``,
    ``mediaLink video``, ``VideoPlayer``)."""
    for part in _TOKEN_SPLIT.split(_CAMEL.sub(" ", value)):
        if part.lower() in MEDIA_CLASS_PARTS:
            return True
    return False


def _names_media(box: Any) -> bool:
    """True when ``box`` is a player's card: a clip element, a class or id naming a clip or player,
    or a media label alone in an element of its own."""
    for el in box.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in MEDIA_TAGS:
            return True
        for attr in ("class", "id"):
            v = el.get(attr)
            if v and _media_token(v):
                return True
        t = el.text
        if t and len(el) == 0 and t.strip().lower() in _MEDIA_LABEL_SET:
            return True
    return False


def _running_times(blocks: list[Block]) -> list[tuple[Any, bool]]:
    """The elements whose whole text is a running time (the smallest such around each), each with
    whether its label or unit says so (a bare ``2:34`` may be a clock); looked for only in the
    elements of the blocks (kept or not) that may stand in a media card's box and show one."""
    out: list[tuple[Any, bool]] = []
    seen: set[int] = set()
    looked: set[int] = set()
    texts = []
    for b in blocks:
        if b.chars <= MEDIA_BOX_MAX_CHARS and b.path and ":" in b.text and _CLOCK_DIGITS.search(b.text):
            el = b.path[-1]
            if id(el) not in looked:
                looked.add(id(el))
                texts.extend(_COLON_TEXTS(el))
    for t in texts:
        if not _CLOCK_DIGITS.search(t):
            continue
        x = t.getparent()
        if t.is_tail and x is not None:
            x = x.getparent()  # (the time as the tail of a label's element: <span><span>Duration </span>1:30</span>)
        for _ in range(2):
            if x is None or id(x) in seen:
                break
            text = _joined_upto(x, RUNNING_TIME_MAX_CHARS)
            if text is None:
                break
            m = _RUNNING_TIME.match(text)
            if m and _ZERO_TIME.search(text):
                break  # (0:00, a player's position before it plays: no clip's length said)
            if m:
                seen.add(id(x))
                out.append((x, bool(m.group("label") or m.group("unit"))))
                break
            x = x.getparent()
    return out


def _media_box(rt: Any) -> Any:
    """The largest element (MEDIA_LEVELS up at most) around running time ``rt`` holding at most
    MEDIA_BOX_MAX_CHARS and no ``<h1>``; None when its parent already holds more."""
    box = None
    x = rt.getparent()
    for _ in range(MEDIA_LEVELS):
        if x is None or x.tag in ("body", "html", "main", "article"):
            break
        if _text_len_upto(x, MEDIA_BOX_MAX_CHARS) > MEDIA_BOX_MAX_CHARS or next(x.iter("h1"), None) is not None:
            break
        box = x
        x = x.getparent()
    return box


def _drop_media(doc: Document) -> None:
    """A video or audio teaser's title and blurb in the small box of a player's card."""
    root = doc.tree
    if root is None or doc.state.get(THREAD_PAGE_KEY):
        return
    times = _running_times(doc.blocks)
    if not times:
        return
    boxes: dict[int, Any] = {}
    for rt, sure in times:
        box = _media_box(rt)
        if box is not None and id(box) not in boxes and (sure or _names_media(box)):
            boxes[id(box)] = box
    if not boxes:
        return
    kept_chars = 0
    by_box: dict[int, list[Block]] = {}
    for b in doc.blocks:
        if b.dropped is not None:
            continue
        kept_chars += b.chars
        box = next((id(e) for e in b.path if id(e) in boxes), None) if b.path else None
        if box is not None:
            by_box.setdefault(box, []).append(b)
    # a box holding a block longer than a blurb holds text of its own: it stays whole
    hits = [b for bs in by_box.values() if all(b.chars <= MEDIA_BLURB_MAX_CHARS for b in bs) for b in bs]
    if not hits or sum(b.chars for b in hits) >= MAX_SHARE * kept_chars:
        return
    for b in hits:
        doc.drop(b, "related", "a video or audio teaser: a clip's title or blurb in its player's card, "
                 "beside its running time", region="related")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("headlines", _note_headlines, order=90, stage="tree", kind="related", input_kinds=("html",),
                  description="notes the linked headings and their boxes before chrome prunes any (drops nothing)"))
    register(Step("blurbs", _drop_blurbs, order=650, stage="blocks", kind="related", input_kinds=("html",),
                  description="a teaser's blurb left alone in its box once its linked headline was taken out"))
    register(Step("media", _drop_media, order=650, stage="blocks", kind="related", input_kinds=("html",),
                  description="a video or audio teaser's title and blurb in its player's card"))
