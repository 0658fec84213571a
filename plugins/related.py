"""Related, hot and recommended lists: the heading and the teaser items under it.

A list starts at a **related heading** -- a short block that is only
相关阅读 / 热门资讯 / 猜你喜欢 / 更多 / Related articles / Most read / Read more /
More from … / You may also like (decorations such as ``【】``, ``>>`` or a
trailing ``更多`` allowed), or a short one-clause line closed by a colon that leads into
a list (``If you liked this post you might also like:``, ``Diese Beiträge könnten dich auch
interessieren:``; ``vocab.related.LIST_LEADS``) -- and runs over its **teaser items** until real
body text resumes:

* a teaser item is *teaser-shaped* (truncated with ``...``/``…``, the
  ``title... summary...`` shape, a bullet or a date at its edge, a link-dense
  HTML block unless it is prose with links in it -- :data:`LINKED_PROSE_PLAIN_CHARS`
  of its own text and two sentences --, a short list item), or, once the article body has been seen
  above the heading (a list at the page's end), any short line that is not
  followed directly by body text;
* body resumes at a long, sentence-like, non-link paragraph that is not
  teaser-shaped, or (HTML) at a heading that is not a related heading, or at a
  numbered linked heading (``2. Name``) outside the list's boxes over such body
  text: a listicle's next item.

Items another plugin already dropped (spam teasers) are skipped, not counted,
and do not end the list. A heading with no items (``相关内容`` followed by
``热门资讯``) is dropped too. One-line references (``相关阅读：…``,
``Read more: …``, ``Baca juga: …``) are dropped whole, by a second step that
runs after the article is located (they sit between its paragraphs). In HTML, small link-dense containers
whose own class/id names a related/recommended/popular list go as well.

HTML, last (order 700, after the steps inside the article): a **box's label left alone**. A
heading inside the article, below its first body paragraph, whose smallest box (the nearest
ancestor element holding another block) holds nothing kept besides it, and at least one block
taken as a teaser -- dropped as related, an ad, a promotion or appeal, a caption or credit, a source line,
or, link-dense, as boilerplate inside the article (a teaser card, a link list) -- is the label of
that teaser box (a podcast's or a video's title over its link, ``Other news`` over teaser cards,
``Editor's picks``) and goes with it. A heading over a box whose text was dropped for other reasons
(a time stamp, a toggle's words, a repeated paragraph) stays: its section may follow beside the box;
so does one whose box is inline (a bold line over its link inside a paragraph) or one of a run of
alike boxes (same tag and class under one parent) of which another keeps text: a blog's entry titled
over a picture.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import BLOCK_TAGS
from newsclean.document import Block, Document
from newsclean.patterns import ascii_pattern, marked_boxes, terms_source
from newsclean.text import ends_sentence, is_cjk, nfkc

from .inbody.references import REFERENCE_HEADINGS, heading_core, is_reference_heading  # noqa: F401
from .inbody.related_headings import (  # noqa: F401  (the vocabulary and pattern names, read here too)
    COLON_HEADING_PATTERNS, HEADING_MAX_CHARS, HEADING_PATTERN_STARTS, HEADING_PATTERNS, HEADING_PATTERNS_INTL,
    HEADINGS_EN, HEADINGS_INTL, HEADINGS_ZH, MORE_LINKS, _COLON_HEADING, _HEADING, _HEADING_ASCII, _HEADING_FIRST,
    _HEADING_INTL, _HEADING_INTL_PATTERNS, _MORE_FOLDED, _SPACES, _core, is_related_heading, is_related_lead)
from .vocab import related as _vocab
from .vocab import terms

__all__ = ["is_reference_heading", "is_related_heading", "is_related_line", "is_teaser_shaped"]

# --- vocabulary (the headings: inbody/related_headings.py) -------------------
#: Labels that open a one-line reference: "相关阅读：标题", "Read more: title".
INLINE_LABELS_ZH = _vocab.INLINE_LABELS_ZH
INLINE_LABELS_EN = _vocab.INLINE_LABELS_EN
INLINE_LABELS_INTL = terms(_vocab.INLINE_LABELS)
#: Class/id words (whole ``-``/``_`` parts) of related, recommended and popular lists.
RELATED_TOKENS = (
    "related", "relatedposts", "relate", "relates", "recommend", "recommended", "recommends", "recommendation",
    "recommendations", "recirc", "recirculation", "hot", "hotnews", "hotlist", "popular", "mostpopular", "mostread",
    "most-read", "trending", "youmaylike", "morenews", "morestories", "xiangguan", "tuijian", "remen", "paihang",
    "rank", "ranking", "rankings", "toplist", "jp-relatedposts", "yarpp", "crp", "taboola", "outbrain",
)
_RELATED_TOKENS_SET = frozenset(RELATED_TOKENS)
#: Rank words of ``RELATED_TOKENS`` that, in a token whose other parts name a member (``profile-rank``,
#: ``user_rank``: ``MEMBER_PARTS``), name a board member's rank beside a post, no list of the most read.
RANK_TOKENS = frozenset(("rank", "ranking", "rankings"))
MEMBER_PARTS = frozenset(("profile", "user", "member", "poster", "author"))

#: One-line references longer than this are body text.
INLINE_MAX_CHARS = 160
#: A paragraph at least this long (CJK, other scripts), sentence-like and not
#: teaser-shaped, is body text: the list ends there.
BODY_CHARS = (50, 80)
#: A shorter paragraph is body text too when it has two clauses and a full stop.
SENTENCE_CHARS = (25, 50)
#: At the page's end, a plain line this short that does not end like a sentence
#: counts as a teaser title.
SHORT_ITEM_CHARS = (40, 100)
#: Body paragraphs needed above a heading for its list to count as "at the end".
TAIL_AFTER_BODY = 2
#: HTML: a link-dense block is a teaser item unless it is prose with links in it: at least this much
#: text outside its links (characters) and two sentences or more (``Thanks to everyone who wrote
#: in about <a>…</a>. The council also <a>…</a>.``).
LINKED_PROSE_PLAIN_CHARS = 40
_SENTENCE_ENDS = re.compile(r"[。！？]|(?<![.…])[.!?](?![.…])[\"”’)]*(?=\s|$)")
#: HTML: a marked container with more text than this is not a list (characters).
CONTAINER_MAX_CHARS = 4000
#: HTML: nor one holding this share of the page's text (a page-wide marker).
CONTAINER_MAX_SHARE = 0.4

_INLINE = re.compile(
    r"^[\s【\[]*(?:" + terms_source(INLINE_LABELS_ZH + INLINE_LABELS_EN + INLINE_LABELS_INTL)
    + r"[\s】\]]*[:：|｜]"
    # a label of two words or more may also stand before a dash with a space each side
    # (``Читайте также — …``, ``Leggi anche - …``); one word (``More – far more – …``) may open a sentence
    + r"|" + terms_source(tuple(t for t in INLINE_LABELS_EN + INLINE_LABELS_INTL if " " in t))
    + r"\s+[—–-]\s)\s*\S", re.I)
# The same two for ASCII lines, on their lower case without IGNORECASE (several times faster).
_INLINE_ASCII = re.compile(ascii_pattern(_INLINE.pattern, lower=True))
_TRUNC = re.compile(r"(?:\.\.\.|…|。。。|\.\.)\s*[)）\]】]?\s*$|(?:>>|»)\s*$")
_FULL_STOP = re.compile(r"(?<!\.)[。.:：]\s*[”\"’」』)）]?\s*$")
_MID_TRUNC = re.compile(r"\S(?:\.\.\.|…)\s+\S")
#: A numbered item's opening ("2. ", "3) "): a linked heading so numbered over prose ends a related list.
_ITEM_NUMBER = re.compile(r"\s*\d{1,3}\s*[.)\u3001]\s*\S")
_BULLET = re.compile(r"^\s*(?:[·•●■◆▶►▪◇○★☆»›\-–—*]|\[[^\]]{1,6}\]|【[^】]{1,6}】|\d{1,2}[.、)]\s*\S)")
_DATE_START = re.compile(r"\s*[\[(（]?\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?")
_DATE_END = re.compile(
    r"(?:[\[(（]?\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2})?"
    r"|[\[(（]?\d{1,2}[-/月]\d{1,2}日?)[\])）]?\s*$")
#: HTML: paragraphs (``_paragraph_like``) in a row, nothing kept between them, that show an article's body on
#: the page. On an undated page (a story gives its date) without such a run (a listing, a category page of
#: cards: a headline over one blurb each) whose lists and marked boxes hold more than ``PAGE_LISTS_SHARE``
#: times the body paragraphs left beside them, those lists are the page's own content, no article's related
#: lists: they are left to the locator and its listing rule.
ARTICLE_RUN = 3
PAGE_LISTS_SHARE = 2.0
#: Edge patterns look at this many characters at the end of a line.
_TAIL = 24


#: A reference item names a year, or is written as prose (several clauses, a closing stop).
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
#: A list item with more of its text in links than this is a teaser title, not a reference.
REFERENCE_MAX_LINKS = 0.7
#: Blocks looked at above a reference heading for the article's body in its container.
_FLOW_LOOKBACK = 40
#: A teaser card's blurb (a paragraph right under its linked headline, closing the headline's box) is at
#: most this long (CJK, other scripts).
BLURB_MAX_CHARS = (120, 300)
#: HTML: a list heading whose words stand this many times or more on the page, and that closes its box
#: (a block before it in the same box, none after it), is each card's own "Read more" line under the
#: card's headline, no list's heading (a list's heading opens its box; a menu's item has more after it).
ITEM_LINK_REPEATS = 3



def is_related_line(text: str) -> bool:
    """A one-line reference: ``相关阅读：标题`` or ``Read more: title``."""
    t = nfkc(text).strip()
    return len(t) <= INLINE_MAX_CHARS and bool(_INLINE_ASCII.match(t.lower()) if t.isascii() else _INLINE.match(t))


def is_teaser_shaped(text: str) -> bool:
    """Truncated, ``title... summary``, bulleted or dated at an edge: a list item's shape."""
    t = nfkc(text).strip()
    tail = t[-_TAIL:]
    return bool(_TRUNC.search(tail) or _BULLET.match(t) or _DATE_START.match(t) or _DATE_END.search(tail)
                or (("..." in t or "…" in t) and _MID_TRUNC.search(t)))


def _limit(pair: tuple[int, int], text: str) -> int:
    return pair[0] if is_cjk(text[:120]) else pair[1]  # the script of the opening is enough


def _body_like(b: Block) -> bool:
    if b.link_density >= 0.3:
        return False
    k = 0 if is_cjk(b.text[:120]) else 1  # the script of the opening is enough (see _limit)
    if b.chars < SENTENCE_CHARS[k] or is_teaser_shaped(b.text):
        return False
    if b.chars >= BODY_CHARS[k]:
        return b.punct >= 2 or ends_sentence(b.text)
    # shorter, but several clauses closed by a full stop: a sentence of the body
    return b.punct >= 2 and bool(_FULL_STOP.search(nfkc(b.text)))


def _linked_prose(b: Block) -> bool:
    """A link-dense block written as prose: text of its own beside the links, in two sentences or more."""
    return b.chars - b.link_chars >= LINKED_PROSE_PLAIN_CHARS and len(_SENTENCE_ENDS.findall(b.text)) >= 2


def _item(b: Block, tail: bool, nxt: Block | None, html: bool) -> bool:
    """Is ``b`` a teaser item of a list that started above it?"""
    if html and b.link_density >= 0.5 and not _linked_prose(b):
        return True
    if html and b.kind == "list_item" and b.chars <= 100 and not _body_like(b):
        return True
    if _body_like(b):
        return False
    if is_teaser_shaped(b.text):
        return True
    if not tail or b.chars > _limit(SHORT_ITEM_CHARS, b.text):
        return False
    if html and b.kind == "heading":
        return False
    if _FULL_STOP.search(nfkc(b.text)):
        return False  # titles end with no full stop or colon; a sentence may be body
    # a short plain line followed by body text is a section heading, not a teaser
    return nxt is None or not _body_like(nxt)


def _container(b: Block) -> Any:
    """The element around the block's own block-level element (HTML), or None."""
    for k in range(len(b.path) - 1, 0, -1):
        tag = b.path[k].tag
        if isinstance(tag, str) and tag.rsplit("}", 1)[-1].lower() in BLOCK_TAGS:
            return b.path[k - 1]
    return None


def _same_region(c: Block, regions: set[int]) -> bool:
    """HTML: ``c`` sits inside the heading's container or a previous item's (ids of elements)."""
    return any(id(el) in regions for el in c.path)


def _next_kept(blocks: list[Block], j: int) -> Block | None:
    for k in range(j + 1, len(blocks)):
        if blocks[k].dropped is None:
            return blocks[k]
    return None


def _reference_item(b: Block) -> bool:
    """An item written as a reference: text beside its link (authors, a source) with a year or a clause."""
    return b.link_density < REFERENCE_MAX_LINKS and (b.punct >= 1 or _YEAR.search(b.text) is not None)


def _own_reference_list(blocks: list[Block], i: int, items: list[Block], end: int) -> bool:
    """HTML: is the list under the reference heading ``blocks[i]`` the article's own?

    It is when the heading sits in the article's flow -- body text above it in
    the same container -- and either the article goes on after the list (a
    heading or body text in that container) or the items read as references
    (years, prose). A "See also" list of teasers at the article's end goes.
    """
    head = blocks[i]
    if head.chars > HEADING_MAX_CHARS * 3 or not is_reference_heading(head.text):
        return False
    box = _container(head)
    if box is None:
        return False
    key = id(box)
    if not any(blocks[k].dropped is None and _body_like(blocks[k]) and any(id(el) == key for el in blocks[k].path)
               for k in range(i - 1, max(-1, i - 1 - _FLOW_LOOKBACK), -1)):
        return False
    if items and sum(_reference_item(c) for c in items) * 2 >= len(items):
        return True
    nxt = _next_kept(blocks, end - 1)
    if nxt is None or not any(id(el) == key for el in nxt.path):
        return False
    if nxt.kind == "heading":
        return not is_related_heading(nxt.text)
    return _body_like(nxt)


def _card_blurb(blocks: list[Block], i: int, j: int, last: Block) -> bool:
    """HTML: is ``blocks[j]``, kept right after the last teaser ``last`` of the related list headed by
    ``blocks[i]``, that teaser's blurb?

    It is an unlinked paragraph ending a sentence, of at most ``BLURB_MAX_CHARS``, in the box holding
    the teaser's linked headline (its block-level element's parent), a box opening with the list (the
    block before its heading is outside it: no body's own box) whose last kept block it is: the card
    ends with it."""
    c = blocks[j]
    if c.kind != "paragraph" or c.link_chars or last.link_density < 0.5 or c.chars > _limit(BLURB_MAX_CHARS, c.text) \
            or not ends_sentence(c.text):
        return False
    box = _container(last)
    if box is None or not any(el is box for el in c.path) or (i > 0 and any(el is box for el in blocks[i - 1].path)):
        return False
    nxt = _next_kept(blocks, j)
    return nxt is None or not any(el is box for el in nxt.path)


def _closes_box(blocks: list[Block], i: int) -> bool:
    """HTML: ``blocks[i]`` closes the box around it (``_container``): the block before it stands in that box,
    the one after it (if any) not (a menu's item has its next item in its box)."""
    box = _container(blocks[i])
    if box is None or not any(el is box for el in blocks[i - 1].path):
        return False
    return i + 1 >= len(blocks) or not any(el is box for el in blocks[i + 1].path)


def _item_links(blocks: list[Block]) -> set[str]:
    """The words (lower-cased) of related-list headings that stand ITEM_LINK_REPEATS times or more
    among the kept ``blocks``: a "Read more" line each card of a list closes with."""
    seen: dict[str, int] = {}
    for b in blocks:
        if b.dropped is None and b.chars <= HEADING_MAX_CHARS * 3:
            key = b.text.strip().lower()
            if key in seen:
                seen[key] += 1
            elif is_related_heading(b.text):
                seen[key] = 1
    return {k for k, c in seen.items() if c >= ITEM_LINK_REPEATS}


def _paragraph_like(b: Block) -> bool:
    """A paragraph of an article's body, its marks aside: ``BODY_CHARS`` long, few links, no teaser's shape
    (an old page's text typed without sentence marks is one)."""
    return b.link_density < 0.3 and b.chars >= _limit(BODY_CHARS, b.text) and not is_teaser_shaped(b.text)


def _shows_article(blocks: list[Block]) -> bool:
    """HTML: True when ``ARTICLE_RUN`` kept paragraphs (``_paragraph_like``) stand in a row (no kept block
    between them): an article's body. A listing's blurbs each stand under their card's headline."""
    run = 0
    for b in blocks:
        if b.dropped is not None:
            continue
        if _paragraph_like(b):
            run += 1
            if run >= ARTICLE_RUN:
                return True
        else:
            run = 0
    return False


def _drop_lists(doc: Document) -> None:
    html = doc.is_html
    blocks = doc.blocks
    # (read before any list goes; an undated page only: a story's page gives its date, however short its text)
    lone = html and doc.meta.get("published") is None and not _shows_article(blocks)
    kept = [b for b in blocks if b.dropped is None] if lone else []
    # Body paragraphs seen so far (up to TAIL_AFTER_BODY, all that matters): counted
    # only when a heading asks, over the blocks the loop has visited since the last count.
    body_seen = 0
    unread: list[Block] = []
    i = 0
    n = len(blocks)
    repeated: "set[str] | None" = None  # (heading words standing ITEM_LINK_REPEATS times: read once, when asked)
    while i < n:
        b = blocks[i]
        if b.dropped is not None:
            i += 1
            continue
        if body_seen < TAIL_AFTER_BODY:
            unread.append(b)
        if b.chars > HEADING_MAX_CHARS * 3 or not (is_related_heading(b.text) or is_related_lead(b.text)):
            i += 1
            continue
        if html and i > 0 and _closes_box(blocks, i):
            if repeated is None:
                repeated = _item_links(blocks)
            if b.text.strip().lower() in repeated:
                i += 1
                continue
        for u in unread:  # (kept when visited, and still: drops only reach forward)
            if body_seen >= TAIL_AFTER_BODY:
                break
            if _body_like(u):
                body_seen += 1
        unread.clear()
        tail = body_seen >= TAIL_AFTER_BODY
        items: list[Block] = []
        # a heading that is itself a link ("More in Politics »") ends a list
        # more often than it opens one: only links may follow it
        link_only = html and b.link_density >= 0.5
        # (ids of containers; the blocks' paths keep the elements alive)
        regions = {id(_container(b))} if html else set()
        j = i + 1
        while j < n:
            c = blocks[j]
            if c.dropped is not None:
                j += 1
                continue
            if is_related_heading(c.text) and c.chars <= HEADING_MAX_CHARS * 3:
                break  # the outer loop takes it as a new list
            nxt = _next_kept(blocks, j)
            linked = html and c.link_density >= 0.5
            if html and not linked and (link_only or not _same_region(c, regions)):
                break
            if linked and c.kind == "heading" and nxt is not None and _ITEM_NUMBER.match(c.text) \
                    and not _same_region(c, regions) and _body_like(nxt):
                break  # a listicle's next numbered item ("2. Name" over its own prose) in a box of its own
            if not _item(c, tail, nxt, html):
                break
            if html:
                regions.add(id(_container(c)))
            items.append(c)
            j += 1
        if not (html and _own_reference_list(blocks, i, items, j)):
            doc.drop(b, "related", "related/hot/recommended list heading")
            for c in items:
                doc.drop(c, "related", "teaser item of a related/hot list")
            if html and items and j < n and _card_blurb(blocks, i, j, items[-1]):
                doc.drop(blocks[j], "related", "blurb of a related list's teaser card (a paragraph closing "
                         "the box of the teaser's linked headline)")
                j += 1
        i = j
    if html:
        _drop_marked(doc)
    if lone:
        _restore_page_lists(doc, kept)


def _restore_page_lists(doc: Document, kept: list[Block]) -> None:
    """HTML, on an undated page showing no article (``_shows_article``): when what this step took out
    (``kept``: the blocks kept before it) outweighs the body paragraphs left ``PAGE_LISTS_SHARE`` times, the
    lists are the page's own content (a category page's sections of cards): they are put back, noted."""
    taken = [b for b in kept if b.dropped is not None]
    if not taken:
        return
    body = sum(b.chars for b in kept if b.dropped is None and _body_like(b))
    chars = sum(b.chars for b in taken)
    if chars <= PAGE_LISTS_SHARE * body:
        return
    for b in taken:
        doc.restore(b)
    doc.note(f"related: {len(taken)} blocks of lists left to the locator: the page shows no article body "
             f"({chars} characters of lists beside {body} of body paragraphs)")


def _not_member_rank(tokens: "tuple[str, ...]") -> bool:
    """False when every token naming a related list is a member's rank (``no-profile-rank``: see
    ``MEMBER_PARTS``): the element is a post's member column."""
    for tok in tokens:
        parts = frozenset(tok.replace("_", "-").split("-"))
        hit = parts & _RELATED_TOKENS_SET
        if hit and not (hit <= RANK_TOKENS and parts & MEMBER_PARTS):
            return True
    return False


def _drop_marked(doc: Document) -> None:
    """Small link-dense containers whose own class/id names a related/popular list."""
    page_chars = sum(b.chars for b in doc.blocks) or 1
    limit = min(CONTAINER_MAX_CHARS, CONTAINER_MAX_SHARE * page_chars)
    for box in marked_boxes(doc.blocks, _RELATED_TOKENS_SET, accept=_not_member_rank):
        members = box.blocks
        chars = box.chars
        links = sum(b.link_chars for b in members)
        if chars == 0 or chars > limit:
            continue
        if any(b.kind == "heading" and b.level == 1 for b in members):
            continue
        share = links / chars
        if share >= 0.5 or (share >= 0.2 and all(not _body_like(b) for b in members)):
            for b in members:
                doc.drop(b, "related", f"in a related/popular list (class/id {box.token!r})", region="related")


def _drop_references(doc: Document) -> None:
    """One-line references (``相关阅读：…``, ``Baca juga: …``) among the blocks still kept.

    They sit inside the article, between its paragraphs: this step runs after
    the article is located, so that the locator does not take them for the
    article's edges.
    """
    for b in doc.blocks:
        if b.dropped is None and b.chars <= INLINE_MAX_CHARS and is_related_line(b.text) \
                and not is_related_heading(b.text):
            doc.drop(b, "related", "one-line related-article reference")


#: Block kinds whose drop marks a box as a teaser box (``_drop_labels``); a dropped boilerplate
#: block counts when at least LABEL_BOX_LINK_SHARE of its text is links.
TEASER_DROP_KINDS = frozenset(("related", "ad", "promo", "appeal", "caption", "credit", "source"))
LABEL_BOX_LINK_SHARE = 0.5
#: Inline elements: a box of these is part of a paragraph, no box.
LABEL_INLINE_TAGS = frozenset(("a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "label",
                               "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var"))
#: A body paragraph (characters) that must stand above such a label in the kept text.
LABEL_AFTER_BODY_CHARS = 80


def _teaser_drop(b: Block) -> bool:
    r = b.dropped
    if r is None:
        return False
    return r.kind in TEASER_DROP_KINDS or (r.kind == "boilerplate" and b.chars > 0
                                           and b.link_chars >= LABEL_BOX_LINK_SHARE * b.chars)


def _under(b: Block, depth: int, el: Any) -> bool:
    """True when ``el`` is ``b``'s ancestor at ``depth`` of its path."""
    p = b.path
    return len(p) > depth and p[depth] is el


def _alone_in_teaser_box(blocks: list[Block], i: int) -> bool:
    """True when the smallest box around ``blocks[i]`` holding another block (its blocks stand
    together in reading order) is a block element, keeps nothing else and holds a teaser's drop
    (``_teaser_drop``), and no box alike beside it (same tag and class under the same parent: a
    blog's entries, a directory's items) keeps text; the box is read only as far as its first kept
    block."""
    path = blocks[i].path
    n = len(blocks)
    for d in range(len(path) - 2, 0, -1):  # (path[-1] is the heading's own element; never the root)
        el = path[d]
        if not ((i > 0 and _under(blocks[i - 1], d, el)) or (i < n - 1 and _under(blocks[i + 1], d, el))):
            continue
        if not isinstance(el.tag, str) or el.tag.lower() in LABEL_INLINE_TAGS:
            return False  # (a bold line over its link and text, all inside one paragraph)
        teaser = False
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and _under(blocks[j], d, el):
                o = blocks[j]
                if o.dropped is None:
                    return False
                teaser = teaser or _teaser_drop(o)
                j += step
        return teaser and not _alike_box_keeps_text(blocks, d, el)
    return False


def _alike_box_keeps_text(blocks: list[Block], d: int, el: Any) -> bool:
    """True when a sibling of ``el`` with its tag and class holds a kept block (``el`` is one of
    a run of entries, its label an entry's title)."""
    parent = el.getparent()
    if parent is None:
        return False
    cls = el.get("class")
    alike = {id(s) for s in parent if s is not el and s.tag == el.tag and s.get("class") == cls}
    if not alike:
        return False
    return any(b.dropped is None and len(b.path) > d and id(b.path[d]) in alike for b in blocks)


def _drop_labels(doc: Document) -> None:
    """A heading left alone in a teaser box whose other blocks are all dropped (module docstring)."""
    blocks = doc.blocks
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.dropped is None]
    if not heads:
        return  # (one pass at C speed: most pages hold few kept headings)
    first_body = next((j for j, b in enumerate(blocks) if b.dropped is None and b.kind != "heading"
                       and b.chars >= LABEL_AFTER_BODY_CHARS), None)
    if first_body is None:
        return
    # last first: a box's inner label goes before the outer box's label is judged
    for i in reversed(heads):
        if i <= first_body:
            break
        b = blocks[i]
        if b.dropped is None and _alone_in_teaser_box(blocks, i):
            doc.drop(b, "related", "the label of a teaser box whose items were all taken out", region="related")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lists", _drop_lists, order=400, stage="blocks", kind="related",
                  description="related/hot/recommended headings with their teaser items"))
    register(Step("references", _drop_references, order=600, stage="blocks", kind="related",
                  description="one-line references inside the article (Read more: …, Lire aussi : …)"))
    register(Step("labels", _drop_labels, order=700, stage="blocks", kind="related", input_kinds=("html",),
                  description="a heading left alone in a teaser box whose items were all taken out"))
