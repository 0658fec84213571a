"""A page of many items and no single article: a listing (category, search results, an index) or a
collection (a grid of cards, a "best of" page of tiles).

Helper of the ``content`` plugin (no hooks). After the locator has chosen its container, a page
whose container keeps little while a region of repeated sibling items outside it holds much more
text is read as a listing: the items' blocks are kept beside the container's (each item's heading or
link title and its short description), and a line every item repeats word for word (a "Read more"
button, a label) goes as the items' template. The chrome around the region (navigation, filters,
pagination, footer) stays out, as the locator left it.

An item is a child of one parent element, alike its siblings (tag and first class token), holding
kept blocks, one of them a title (a heading, or a line that is mostly a link), another line of
words beside it (its description, a label; both may sit in the card's link: headlines alone are a
list of links). The region is the
parent whose alike items hold the most text not yet kept: ``MIN_ITEMS`` items or more, most of them
titled, ``ITEM_MIN_MEAN`` characters each on average. What it adds must be ``MIN_CHARS`` at least,
and its lines mostly of letters (prices, counts and figures count nothing there) must outweigh what
the container keeps, ``MIN_SHARE`` times (``DATED_SHARE`` times on a page with a publication date: a
news article with a grid of related stories under a short body stays as it was; but ``MIN_SHARE``
when the container is one of the items or inside one: one post of a blog's front page). When their
words outside links do not outweigh it too (teasers whose text is all link), the container must keep
one prose paragraph at most and the items be card-sized (``LINKED_MAX_*``); so must a container that
keeps the paragraph under the page's title heading (an article under its headline, however large the
grid of teasers beside).
A chart (a ranking, a catalogue's rows) titles each item by its one line of words and gives figures
beside it (a year, a price, a score): beside a container keeping at most ``CHART_MAX_KEPT`` characters
and ``LINKED_MAX_PROSE`` prose paragraphs (a note above the chart), such an item counts as described,
and its rows need ``CHART_MIN_MEAN`` characters on average.
A region under a negative class or id word (comments, a sidebar, related stories) is never taken;
the page's root elements say nothing of a region (their classes are the template's settings,
``hide-site-nav``), nor does a wrapper of ``PAGE_WRAPPER_SHARE`` of the page's text whose negative
words all name a list of stories (``news-feed``, ``storyStream``: the page's own list).
A class token's BEM modifiers (after ``--``) name a variant of its block, not a region: their words are not
read there (``card--latest-feed``).
Text is counted in the locator's Latin-equivalent characters (a Han or kana character counts as three).
A page setting its items in several grids (its top stories, the latest, a section's) keeps each further
region that passes the same look and adds ``MIN_CHARS`` of its own, none inside or around one taken.
"""
from __future__ import annotations

import re
from typing import Any

from newsclean.plugins.container.scoring import NEGATIVE_HINTS, hint_of_words

#: Alike items a region needs.
MIN_ITEMS = 4
#: Share of the items that must hold a title (a heading, or a line mostly in a link), and share that
#: must hold a line of words besides.
TITLED_SHARE = 0.6
#: Mean characters of an item (a menu's one-word links are no listing).
ITEM_MIN_MEAN = 40
#: Characters the region must add, at least.
MIN_CHARS = 500
#: Times the characters the container keeps that the region must add (undated page / dated page).
MIN_SHARE = 1.5
DATED_SHARE = 4.0
#: When the items' words outside their links do not outweigh the container: prose paragraphs the
#: container may keep at most (an intro), and blocks an item may hold on average (a card, not a
#: section of links).
LINKED_MAX_PROSE = 1
LINKED_MAX_BLOCKS = 20
#: A chart (a ranking, a price list, a catalogue's rows): beside a container keeping at most
#: ``CHART_MAX_KEPT`` characters and ``LINKED_MAX_PROSE`` prose paragraphs, an item titled by its one
#: line of words counts as described when it also holds a line of figures (a year, a price, a score).
CHART_MAX_KEPT = 400
#: Mean characters of a chart's row (its title and figures; ``ITEM_MIN_MEAN`` for described items).
CHART_MIN_MEAN = 20
#: Share of a line that must sit in a link for it to title an item.
TITLE_LINK_SHARE = 0.5
#: Longest title line, in characters.
TITLE_MAX_CHARS = 200
#: Share of letters a line needs for its text to count (figures and prices count nothing).
WORDED_SHARE = 0.5
#: A line repeated word for word in this share of the items (and in ``TEMPLATE_MIN`` of them at least)
#: is the items' template (a button, a label), not their text.
TEMPLATE_SHARE = 0.5
TEMPLATE_MIN = 3
#: Elements whose class and id words speak of the whole page, not of a region in it.
PAGE_TAGS = frozenset(("html", "body"))
#: Share of the page's text an ancestor of the region (or its parent) must hold for the words of its
#: class and id naming a list of stories (a feed, a stream) to be read as the page's own list's.
PAGE_WRAPPER_SHARE = 0.7
#: Levels above the container looked at for an item of a listing holding it (see ``_among_alike``).
ITEM_LEVELS = 4


def _signature(el: Any) -> tuple[Any, str]:
    cls = el.get("class") or ""
    first = cls.split(None, 1)[0] if cls.strip() else ""
    return (el.tag, first)


def _worded_once(f: Any) -> float:
    """The block's weight when it is mostly letters (``WORDED_SHARE``), else 0: a price, a count, a
    size chart's figures are no text of a listing."""
    text = f.block.text
    letters = sum(map(str.isalpha, text))  # (one C loop: the count of letters, as a generator gives it)
    return f.weight if letters >= WORDED_SHARE * len(text) else 0.0


def _negative(parent: Any, items: dict[Any, list[Any]], weight: Any, floor: float, holds: bool = False,
              looks: "dict[Any, tuple[bool, bool]] | None" = None) -> bool:
    """True when the region's parent, one of its ancestors or its first item carries a negative class or
    id word (comments, a sidebar, related stories): the region is no listing of the page's own. The
    page's root elements (``PAGE_TAGS``) are no region: their classes name the page's template and state
    (``has-sidebar``, ``site-navigation``), which every block of the page sits under; nor is an ancestor
    holding ``floor`` of the weight (``PAGE_WRAPPER_SHARE`` of the page's; ``weight``: an element's -> the
    weight of the blocks under it) whose negative words all name a list of stories: the page's own feed
    or stream (``feed-search-page``); and, when the container is one of the items or inside one
    (``holds``: the locator took one item for the article), so is an item of that list whose negative
    words, too, all name a list of stories (``feed__item``: the page's own feed's items; a stream of other
    stories under an article, ``stream-item``, stays out). ``looks``: what each element's words say (a
    negative hint, a list of stories), read once for all the regions looked at: their paths share their
    ancestors."""
    item = next(iter(items))
    path = items[item][0].block.path
    upto = path[:path.index(item) + 1]
    looks = looks if looks is not None else {}
    own = holds and any(el is not item and _look(el, looks)[1] and weight(el) >= floor for el in upto)
    for el in upto:
        if el.tag in PAGE_TAGS:
            continue
        negative, story_list = _look(el, looks)
        if negative and not (story_list and (own if el is item else weight(el) >= floor)):
            return True
    return False


def _look(el: Any, looks: "dict[Any, tuple[bool, bool]]") -> "tuple[bool, bool]":
    """(a negative hint, a list of stories) for ``el``'s words, read once into ``looks``."""
    got = looks.get(el)
    if got is None:
        got = looks[el] = (_block_hint(el) < 1.0, _story_list(el))
    return got


def _block_hint(el: Any) -> float:
    """The element's hint read from the blocks of its class tokens, their BEM modifiers (``--``) left
    out: a modifier names a variant of its block, where it sits or how it is laid out
    (``card--latest-feed``, ``results--with-ads``), not what the block is."""
    cls = el.get("class")
    if cls and "--" in cls:
        cls = " ".join(tok.split("--", 1)[0] for tok in cls.split())
    return hint_of_words(el.tag, cls, el.get("id"), el.get("itemprop"))


_WORDS = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NEGATIVE_WORDS = frozenset(w for words in NEGATIVE_HINTS.values() for w in words)
_STORY_LIST_WORDS = NEGATIVE_HINTS["related"]


def _story_list(el: Any) -> bool:
    """True when the negative words of the element's class and id all name a list of stories (a feed, a
    stream, teasers: ``NEGATIVE_HINTS["related"]``), none a region of another kind (comments, a sidebar,
    navigation, ads): on a wrapper of most of the page, the page's own list."""
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    words = set(_WORDS.findall(_CAMEL.sub(" ", value).lower())) & _NEGATIVE_WORDS
    return bool(words) and words <= _STORY_LIST_WORDS


def _among_alike(el: Any) -> bool:
    """True when the element or one of its ancestors up to ``ITEM_LEVELS`` levels stands among
    ``MIN_ITEMS - 1`` siblings alike it (tag and first class token, a class it has): it may be one of a
    listing's items (each sibling looked at once)."""
    for _ in range(ITEM_LEVELS + 1):
        parent = el.getparent()
        if parent is None:
            return False
        sig = _signature(el)
        if not sig[1]:
            el = parent
            continue  # (unclassed boxes alike: any page's plain wrappers)
        alike = 0
        for sib in parent.iterchildren(el.tag):
            if sib is not el and _signature(sib) == sig:
                alike += 1
                if alike >= MIN_ITEMS - 1:
                    return True
        el = parent
    return False


def _is_title(f: Any) -> bool:
    b = f.block
    if b.chars > TITLE_MAX_CHARS or not b.chars:
        return False
    return b.kind == "heading" or b.link_chars >= TITLE_LINK_SHARE * b.chars


def _figures(f: Any) -> bool:
    """True when the block is a line of figures (a year, a price, a score): a digit, few letters."""
    text = f.block.text
    return any(map(str.isdigit, text)) and sum(map(str.isalpha, text)) < WORDED_SHARE * len(text)


def _figured(fs: list[Any], worded: Any) -> bool:
    """True when the item holds one line of words (its title) and a line of figures (a ranked film's
    year and score, a product's price): a chart's row."""
    return sum(1 for f in fs if worded(f)) == 1 and any(_figures(f) for f in fs)


class Listing:
    """The region read as a listing: its parent element, items, and feats kept or left out; ``grids``:
    the regions taken (the best one, then the page's further grids of items)."""

    __slots__ = ("parent", "items", "keep", "template", "grids")

    def __init__(self, parent: Any, items: int, keep: list[Any], template: list[Any], grids: int = 1) -> None:
        self.parent = parent
        self.items = items
        self.keep = keep
        self.template = template
        self.grids = grids


def find_listing(feats: list[Any], kept_ids: set[int], kept_chars: float, dated: bool,
                 container: Any, titled: bool = False) -> Listing | None:
    """The listing region of a page whose container keeps ``kept_chars`` (the feats in ``kept_ids``,
    their weight summed), or None when the page reads as one article. ``titled``: the container keeps
    the paragraph under the page's title heading."""
    prose = sum(1 for f in feats if f.good and id(f) in kept_ids)
    if titled and prose > LINKED_MAX_PROSE:
        return None  # the paragraph under the title and more prose: an article, whatever its grid of teasers
    # What any region could add is at most the weight of every block the container does not keep: when
    # that falls short of the share or of MIN_CHARS (a news page whose container holds its text), no
    # region needs to be looked for.
    share = (DATED_SHARE if dated else MIN_SHARE) * kept_chars
    least = MIN_SHARE * kept_chars  # (the share when the container is one of the items, below)
    outside = sum(f.weight for f in feats if id(f) not in kept_ids)
    if outside < MIN_CHARS or outside < least or (outside < share and not _among_alike(container)):
        return None
    chart = prose <= LINKED_MAX_PROSE and kept_chars <= CHART_MAX_KEPT
    floor = PAGE_WRAPPER_SHARE * sum(f.weight for f in feats)
    under: dict[Any, float] = {}  # element -> the weight of the blocks under it (one pass, when first asked)

    def _weight(el: Any) -> float:
        if not under:
            for f in feats:
                for a in f.block.path:
                    under[a] = under.get(a, 0.0) + f.weight
        return under.get(el, 0.0)

    seen: dict[int, float] = {}  # feat id -> its worded weight, read once (a block sits in many regions)

    def _worded(f: Any) -> float:
        got = seen.get(id(f))
        if got is None:
            got = seen[id(f)] = _worded_once(f)
        return got

    looks: dict[Any, tuple[bool, bool]] = {}  # (what an element's words say, read once for every region)
    regions = _regions(feats)
    best: tuple[float, Any, dict[Any, list[Any]]] | None = None
    around = {container, *container.iterancestors()}  # (an item holding the container is one of these)
    cands: list[tuple[float, Any, dict[Any, list[Any]]]] = []  # every region that passed, for the further grids
    for parent, by_sig in regions.items():
        if parent is container:
            continue
        for items in by_sig.values():
            n = len(items)
            if n < MIN_ITEMS:
                continue
            headed = sum(1 for fs in items.values() if any(_is_title(f) for f in fs))
            if headed < TITLED_SHARE * n:
                continue
            worded = sum(1 for fs in items.values() if sum(1 for f in fs if _worded(f)) >= 2)
            if worded < TITLED_SHARE * n and (not chart or sum(1 for fs in items.values()
                                                              if _figured(fs, _worded)) < TITLED_SHARE * n):
                continue  # headlines alone (a carousel, a ticker): a list of links, not a listing's items
            total = sum(f.weight for fs in items.values() for f in fs)
            if total < (ITEM_MIN_MEAN if worded >= TITLED_SHARE * n else CHART_MIN_MEAN) * n:
                continue
            if _negative(parent, items, _weight, floor, not around.isdisjoint(items), looks):
                continue
            new = sum(_worded(f) for fs in items.values() for f in fs if id(f) not in kept_ids)
            cands.append((new, parent, items))
            if best is None or new > best[0]:
                best = (new, parent, items)
    if best is None:
        return None
    new, parent, items = best
    if share > least and (container in items or not items.keys().isdisjoint(container.iterancestors())):
        share = least  # the container is one of the items (one post of a blog's front page): a listing, dated or not
    fresh = [f for fs in items.values() for f in fs if id(f) not in kept_ids]
    if new < share or sum(f.weight for f in fresh) < MIN_CHARS:
        return None
    n = len(items)
    if sum(f.nonlink for f in fresh if _worded(f)) < share:
        # the items' words are mostly their links: teasers read as a listing only beside a container
        # of one prose paragraph at most (an intro), and when they are cards, not sections of links
        if prose > LINKED_MAX_PROSE or \
                sum(len(fs) for fs in items.values()) > LINKED_MAX_BLOCKS * n:
            return None
    keep: list[Any] = []
    template: list[Any] = []
    _split(items, kept_ids, keep, template)
    # a listing page sets its items in several grids (the top stories, then the latest, a section's): each
    # further region that passes the same look and adds MIN_CHARS of its own is the page's too (as for the
    # best one, a grid may hold what the container keeps: a card of it taken for the article)
    taken = {id(f) for fs in items.values() for f in fs}
    grids = 1
    for more, other, grid in sorted(cands, key=lambda c: -c[0]):
        if more < MIN_CHARS or other is parent:
            continue
        fs_ = [f for fs in grid.values() for f in fs if id(f) not in kept_ids]  # (what the container keeps stays)
        if not taken.isdisjoint(map(id, fs_)):
            continue  # (a grid inside an item taken, or around one)
        if sum(f.nonlink for f in fs_ if _worded(f)) < MIN_CHARS and \
                (prose > LINKED_MAX_PROSE or len(fs_) > LINKED_MAX_BLOCKS * len(grid)):
            continue
        taken.update(map(id, fs_))
        n += len(grid)
        grids += 1
        _split(grid, kept_ids, keep, template)
    return Listing(parent, n, keep, template, grids)


def _regions(feats: list[Any]) -> dict[Any, dict[tuple[Any, str], dict[Any, list[Any]]]]:
    """Every element on the blocks' paths with a parent, as an item of its parent grouped by signature (tag,
    first class token), with the feats under it in order (parent element -> signature -> item element -> feats);
    each element's signature is read once (it sits on many blocks' paths).

    The blocks under an element are a run of the page's blocks (the walk reads its text in one go): an
    item's feats are taken as that run, its first and last block found where the paths open and close it,
    one look per element and per block, not one per element of every block's path. A page whose blocks
    leave an element and come back into it (no run) is read path by path (:func:`_regions_by_paths`): the
    same regions either way."""
    signatures: dict[Any, tuple[Any, str]] = {}
    regions: dict[Any, dict[tuple[Any, str], dict[Any, Any]]] = {}
    runs: dict[Any, list[int]] = {}  # item element -> [its first block, its last block] (indices into feats)
    prev: tuple[Any, ...] = ()  # the previous block's path: its elements' runs are open
    for i, f in enumerate(feats):
        path = f.block.path
        n = len(path)
        k = n if n < len(prev) else len(prev)
        while k and path[k - 1] is not prev[k - 1]:  # (an element's ancestors are the same on every path)
            k -= 1
        for el in prev[k or 1:]:  # the runs the previous block ended (the root is no item)
            runs[el][1] = i - 1
        for d in range(k or 1, n):
            child = path[d]
            if child in runs:
                return _regions_by_paths(feats, signatures)  # (its blocks are no run: read path by path)
            run = runs[child] = [i, i]
            _items_of(regions, signatures, path[d - 1], child)[child] = run
        prev = path
    for el in prev[1:]:
        runs[el][1] = len(feats) - 1
    for by_sig in regions.values():
        for items in by_sig.values():
            for child, (first, last) in items.items():
                items[child] = feats[first:last + 1]
    return regions


def _regions_by_paths(feats: list[Any], signatures: "dict[Any, tuple[Any, str]] | None" = None
                      ) -> dict[Any, dict[tuple[Any, str], dict[Any, list[Any]]]]:
    """:func:`_regions` read from each element of every block's path (``signatures``: those read already)."""
    signatures = signatures if signatures is not None else {}
    regions: dict[Any, dict[tuple[Any, str], dict[Any, list[Any]]]] = {}
    for f in feats:
        path = f.block.path
        for d in range(len(path) - 1):
            child = path[d + 1]
            _items_of(regions, signatures, path[d], child).setdefault(child, []).append(f)
    return regions


def _items_of(regions: "dict[Any, dict[tuple[Any, str], dict[Any, Any]]]", signatures: "dict[Any, tuple[Any, str]]",
              parent: Any, child: Any) -> "dict[Any, Any]":
    """The items of ``parent``'s region that ``child`` belongs to (those of its signature: ``signatures``
    holds each element's, read once), made empty when new."""
    by_sig = regions.get(parent)
    if by_sig is None:
        by_sig = regions[parent] = {}
    sig = signatures.get(child)
    if sig is None:
        sig = signatures[child] = _signature(child)
    items = by_sig.get(sig)
    if items is None:
        items = by_sig[sig] = {}
    return items


def _split(items: dict[Any, list[Any]], kept_ids: set[int], keep: list[Any], template: list[Any]) -> None:
    """Add the items' blocks not yet kept to ``keep``, or to ``template`` when the line repeats word for
    word in ``TEMPLATE_SHARE`` of the items (``TEMPLATE_MIN`` at least): a button, a label."""
    counts: dict[str, int] = {}
    for fs in items.values():
        for t in {f.block.text for f in fs}:
            counts[t] = counts.get(t, 0) + 1
    floor = max(TEMPLATE_MIN, TEMPLATE_SHARE * len(items))
    for fs in items.values():
        for f in fs:
            if id(f) not in kept_ids:
                (template if counts[f.block.text] >= floor else keep).append(f)
