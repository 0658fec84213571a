"""Find the article among the blocks that are left; drop the rest as boilerplate.

How (HTML only, after the specific-noise steps have had their turn):

1. Each kept block gets a *value*: its text outside links, in Latin-equivalent
   characters (a Han or kana character counts as three), plus a little per
   sentence mark (full-width too). Short blocks and links are worth nothing.
2. Every element on a block's path is a candidate container. Its score is
   the value of the blocks below it, decayed with their distance (a
   paragraph counts fully for its parent, half for its grandparent ...: the
   readability idea, which finds where prose is *concentrated*), times one
   minus its link density, times class/id hints (``article-body``,
   ``itemprop=articleBody`` up; comments, sidebars, related lists down).
   A class word that is a state flag (``comments-enabled``, ``has-sidebar``,
   ``is-open``) says how the page is set, not what the element is: no hint.
   Lists of teaser cards (three or more alike siblings, each with a link
   headline) count as negative, whatever their class names say. The
   elements around the first prose block under the page's title heading
   are favoured (an article starts under its title); a negative region
   without that block is doubly unlikely, and so is an ``<article>`` headed
   by another headline of the title's rank (the next story of an endless
   page): the container never climbs into one.
3. The best candidate is widened: it climbs to its parent while what the
   parent adds is mostly prose rather than links or negative regions, and
   siblings that read like more of the same article join it (articles are
   often cut into several blocks around pictures and ads; a twin of the main
   element, same tag and class, joins whatever weak word that class holds),
   and so do siblings whose prose is all set in the body's own paragraph
   style (tag and class). A list (``ul``/``ol``/``dl``: a how-to's steps) is
   never the container when its parent adds clean prose. A container that holds only the head of the
   article (title, standfirst) grows over the alike columns of its layout
   when they hold several times its prose and are no teaser cards.
   Chrome signals (elements the chrome step left in the page although their
   classes read as comments, widgets ...) multiply their element's score by
   their weight, unless they hold the paragraph under the title; weak words
   (``widget``) do not count against prose next to that paragraph.
4. Prose paragraphs between the title and the container (a standfirst above
   the body's wrapper) are re-admitted, stepping over short lines and blocks
   earlier steps dropped, captions and author boxes (by the classes below
   the post's shared wrapper) and dated notes; negative regions and signals
   end the run, except a lone unlinked paragraph the CMS names a teaser.
   Blocks outside are dropped, named after the container and after the page
   region their tokens place them in (or under a chrome signal's own kind);
   strong chrome inside the container holding little of its prose goes too. Inside, link lists and the short
   non-prose runs at the start and end are dropped (jusText-style: short
   blocks between good ones stay, and so do the short items of a list under
   an article heading and short closing sentences; a heading linked only to
   an in-page anchor is no link; a heading with nothing of the article
   under it at the end goes), and so are teaser cards (alike elements,
   each a link headline and a short blurb), forms below the container (when
   the rest outweighs them), and so is a paragraph already kept from
   another place in the tree (a gallery caption rendered twice).
5. When that leaves nearly nothing, a gentler pass keeps every block that
   reads like prose, and the document notes the fallback.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from newsclean import Step, hookimpl
from newsclean.blocks import BLOCK_TAGS, describe_element
from newsclean.headerlines import dates_of
from newsclean.locator import Repeats, judge_signals, signal_on_path, signals_of
from newsclean.plugins.container.inside import (CACHE_MAX, CARD_MAX_PROSE, SENTENCE_END, TOKEN_SPLIT,
                                               anchor_only, aside_below, cards_inside, chrome_inside,
                                               closing_sentences, form_of, forms_inside, in_form,
                                               standfirst_like)
from newsclean.plugins.vocab.stateflags import is_state_flag
from newsclean.plugins.vocab.pagebuilders import PAGE_BUILDER_PARTS, PAGE_BUILDER_PREFIXES
from newsclean.text import cjk_count

# ---------------------------------------------------------------------------
# vocabulary: class/id token parts that hint at what a container is
# ---------------------------------------------------------------------------

#: Containers of the article body (en; pinyin of 正文 / 内容 / 文章).
POSITIVE_HINTS = frozenset((
    "article", "articlebody", "articlecontent", "articletext", "content", "contents", "post", "postbody",
    "entry", "entrycontent", "story", "storybody", "storytext", "body", "text", "main", "maincontent",
    "detail", "details", "blog", "news", "newsbody", "newscontent", "prose", "richtext", "single",
    "zhengwen", "neirong", "wenzhang", "con", "cont", "txt", "artibody", "paragraph", "paragraphs",
))
#: Containers of something else, by region (en; pinyin where sites use it).
NEGATIVE_HINTS: dict[str, frozenset[str]] = {
    "comments": frozenset(("comment", "comments", "disqus", "reply", "replies", "respond", "pinglun")),
    "sidebar": frozenset(("sidebar", "aside", "rail", "widget", "widgets", "sidebox")),
    "related": frozenset(("related", "recommend", "recommended", "recommendation", "popular", "trending",
                          "hot", "rank", "ranking", "mostread", "readmore", "tuijian", "xiangguan", "remen",
                          "paihang", "teaser", "teasers", "promo", "outbrain", "taboola", "stream", "feed")),
    "nav": frozenset(("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumbs", "daohang")),
    "header": frozenset(("masthead", "topbar")),
    "footer": frozenset(("footer", "copyright", "banquan")),
    "ad": frozenset(("ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "guanggao")),
    "share": frozenset(("share", "sharing", "social", "fenxiang")),
}
#: Negative words page builders and blog themes put on the article's own wrappers too
#: (``elementor-widget``, ``widget_text``): when they are the only evidence, an element
#: that holds prose in few links is judged by its text (see WEAK_MIN_PROSE).
WEAK_NEGATIVE = frozenset(("widget", "widgets"))
#: Token parts that add nothing to a hint word (``comments-area``, ``sidebar-wrap``).
GENERIC_PARTS = frozenset((
    "wrap", "wrapper", "container", "area", "box", "section", "list", "block", "inner", "outer", "holder",
    "module", "panel", "region", "zone", "main", "site", "page", "global", "top", "bottom", "left", "right",
))
#: Elements that hold a list's items: the steps of a how-to, the points of a post; a part of an
#: article, so the locator climbs above one whenever its parent adds clean prose.
LIST_TAGS = frozenset(("ul", "ol", "dl", "menu"))
#: ``itemprop`` values that say "this is the article body" outright.
ARTICLE_PROPS = frozenset(("articlebody", "articletext"))

# ---------------------------------------------------------------------------
# tuning (lengths in Latin-equivalent characters)
# ---------------------------------------------------------------------------

CJK_WEIGHT = 3  # a Han/kana character carries about as much as three Latin letters
BLOCK_COST = 10  # taken off every block's value
VALUE_CAP = 1000  # no single block is worth more
PUNCT_BONUS = 4  # per sentence mark, up to PUNCT_BONUS_MAX
PUNCT_BONUS_MAX = 40
#: Share of a block's value credited to its own element, its parent, grandparent ...
DECAY = (1.0, 1.0, 0.5, 1 / 6, 1 / 9, 1 / 12, 1 / 15, 1 / 20)
POSITIVE_FACTOR = 1.25
NEGATIVE_FACTOR = 0.5
STRONG_NEGATIVE_FACTOR = 0.4  # for a token made only of negative and generic words
WEAK_NEGATIVE_FACTOR = 0.55  # for weak words only (WEAK_NEGATIVE) ...
WEAK_MIN_PROSE = 400  # ... ignored on an element with this much prose ...
WEAK_MAX_LINK_DENSITY = 0.2  # ... in few links
NEAR_LEAD_LEVELS = 1  # ... and near the paragraph under the title (see _near_lead)
NEGATIVE_MAX_SHARE = 1.01  # a negative hint on an element with this share of the page's prose is ignored
NEGATIVE_OUTSIDE = 0.25  # what value inside a negative element is worth to its ancestors
LEAD_FACTOR = 1.5  # for the elements holding the first prose block under the title ...
LEAD_WINDOW = 25  # ... when it comes within this many blocks of it
NOT_LEAD_FACTOR = 0.5  # a negative element without that block, on a page where it was found
TITLE_MIN_WORDS = 3  # a title this many words long may be matched by its words ...
TITLE_WORD_SHARE = 0.7  # ... when a heading and it share this share of either's words
STYLE_MIN_PARAGRAPHS = 3  # the body's paragraph style needs this many paragraphs in the container
LEAD_ALIKE_FROM = 2  # elements of the lead's path below <html><body> lend their class to alike ones
OTHER_ARTICLE_FACTOR = 0.5  # an <article> headed by another headline than the title's (and all inside it)
CARD_FACTOR = 0.3  # a list of teaser cards (structural evidence: kept whatever its share)
CARD_MIN_SIBLINGS = 3  # alike siblings that make a list of cards ...
CARD_LINKED_SHARE = 0.6  # ... when this share of them has a link headline
CARD_LINK_DENSITY = 0.2  # a card has this much of its text in links ...
CARD_HEADLINE_DENSITY = 0.1  # ... or a link-dense block making up this much of it ...
CLIMB_RATIO = 2.0  # climb when what the parent adds has this much more prose than junk ...
CLIMB_SHARE = 0.5  # ... and at least this share of the prose gathered so far,
CLIMB_CONC_SHARE = 0.3  # ... and is concentrated prose worth this share of the gathered value,
CLIMB_SLACK = 40  # or when it adds next to nothing
SIBLING_SHARE = 0.2  # a sibling alike the main element (tag, class) with this share of its value joins it
SIBLING_OTHER_SHARE = 0.35  # ... any other sibling needs this share
SIBLING_MIN_VALUE = 30
SIBLING_MAX_LINK_DENSITY = 0.33
GROW_LEVELS = 2  # a container holding the title's paragraph may grow this many levels ...
GROW_RATIO = 3.0  # ... when alike siblings (the same layout) hold this many times its prose
LINK_LIST_DENSITY = 0.5  # a block at least this link-dense is a link, not prose ...
LINK_PROSE_MAX_DENSITY = 0.8  # ... unless under this density it is this long ...
LINK_PROSE_LENGTH = 150
LINK_PROSE_SENTENCES = 2  # ... with this many sentence ends: prose rich in inline links
UNPUNCTUATED_LENGTH = 150  # a paragraph this long without a sentence mark is no prose (labels, tags)
GOOD_LENGTH = 70  # a block this long, not link-dense, with punctuation, is prose
SHORT_LENGTH = 30  # shorter blocks take their neighbours' verdict
VALUE_MIN_LENGTH = 20  # shorter blocks are worth nothing
CLOSING_MAX = 2  # short closing sentences after the last good paragraph that stay with it
READMIT_MAX_GAP = 6  # short or dropped blocks a run of re-admitted prose may step over
DEK_MAX_DIGITS = 0.1  # the line under the title taken as a dek without a full stop has at most this share of digits
DATED_NOTE_MAX = 140  # a line up to this long holding a date, not prose, is stepped over by that run
LONE_SLACK_WORDS = 2  # a lone standfirst's element holds at most this many words besides it
FALLBACK_SHARE = 0.2  # a result under this share of the page's prose ...
FALLBACK_CHARS = 60  # ... and under this many characters is "nearly nothing"

_SPLIT_CAMEL = re.compile(r"[-_:\s#]+|(?<=[a-z])(?=[A-Z])")
_NEG_PART = {p: region for region, parts in NEGATIVE_HINTS.items() for p in parts}


# ---------------------------------------------------------------------------
# blocks
# ---------------------------------------------------------------------------

class _Feat:
    """A kept block and what the locator reads from it."""

    __slots__ = ("block", "index", "weight", "link_weight", "nonlink", "value", "good", "bad", "short",
                 "own", "neg_at")

    def __init__(self, block: Any, light: bool = False) -> None:
        self.block = block
        self.index = block.index
        if light:  # a block an earlier step dropped: only its place and links matter
            self.bad = block.link_density >= LINK_LIST_DENSITY
            return
        chars = block.chars
        cjk = cjk_count(block.text) if chars and not block.text.isascii() else 0
        w = chars + (CJK_WEIGHT - 1) * cjk
        ld = block.link_density
        if ld and block.kind == "heading" and anchor_only(block):
            ld = 0.0  # a heading linked to itself (a docs page's "#install" anchor) is no link away
        self.weight = w
        self.link_weight = w * ld
        nonlink = w - self.link_weight
        self.nonlink = nonlink
        value = min(nonlink, VALUE_CAP) - BLOCK_COST if nonlink >= VALUE_MIN_LENGTH else 0.0
        bad = ld >= LINK_LIST_DENSITY
        if bad and ld < LINK_PROSE_MAX_DENSITY and w >= LINK_PROSE_LENGTH \
                and len(SENTENCE_END.findall(block.text)) >= LINK_PROSE_SENTENCES:
            bad = False  # prose rich in inline links: sentences, not a list of links
        unpunctuated = (not block.punct and w >= UNPUNCTUATED_LENGTH and block.kind == "paragraph"
                        and not SENTENCE_END.search(block.text) and _punctuating_script(block.text, cjk))
        if unpunctuated:
            value = 0.0  # a long run without one sentence mark: labels, tags, a keyword list
        if value > 0 and not bad:
            value += min(PUNCT_BONUS * block.punct, PUNCT_BONUS_MAX)
        self.value = max(value, 0.0)
        self.bad = bad
        self.good = not bad and w >= GOOD_LENGTH and block.punct > 0
        self.short = w < SHORT_LENGTH or unpunctuated
        self.own = _owner_index(block.path)
        self.neg_at = -1  # depth of the outermost negative element on the path


def _punctuating_script(text: str, cjk: int) -> bool:
    """True for text in scripts whose prose always has sentence marks the locator knows.

    Latin, Greek, Cyrillic (every code point under U+0530) and Han/kana; not
    Thai (sentences end with a space) nor scripts with marks of their own.
    """
    return max(text) < "\u0530" or cjk * 2 >= len(text)


def _owner_index(path: tuple[Any, ...]) -> int:
    """Index in ``path`` of the block's own block-level element."""
    for i in range(len(path) - 1, -1, -1):
        t = path[i].tag
        if isinstance(t, str) and t in BLOCK_TAGS:
            return i
    return len(path) - 1


# ---------------------------------------------------------------------------
# hints
# ---------------------------------------------------------------------------

_HINT_CACHE: dict[str, float] = {}


def hint_factor(el: Any) -> float:
    """Score multiplier from an element's tag, class, id and itemprop (1.0: no opinion)."""
    return _hint(el, el.get("itemprop"), el.tag)


def _hint(el: Any, prop: "str | None", tag: Any) -> float:
    """:func:`hint_factor` of ``el``, its ``itemprop`` and its tag already read."""
    if prop and prop.lower() in ARTICLE_PROPS:
        return POSITIVE_FACTOR * POSITIVE_FACTOR
    base = POSITIVE_FACTOR if tag == "article" or tag == "main" else 1.0
    cls, ident = el.get(b"class"), el.get(b"id")  # (bytes names: not encoded at each call)
    if not cls and not ident:
        return base
    key = f"{cls or ''}#{ident or ''}"
    got = _HINT_CACHE.get(key)
    if got is None:
        tokens = [t for t in key.replace("#", " ").lower().split() if not is_state_flag(t)]
        parts = [p for tok in tokens for p in TOKEN_SPLIT.split(tok) if p
                 and not (p in PAGE_BUILDER_PARTS and tok.startswith(PAGE_BUILDER_PREFIXES))]
        raw = " ".join(t for t in f"{cls or ''} {ident or ''}".split()
                       if not t.lower().startswith(PAGE_BUILDER_PREFIXES) and not is_state_flag(t.lower()))
        camel = [p.lower() for p in _SPLIT_CAMEL.split(raw) if len(p) > 3]  # rightRail, but not enableAdSlots
        parts += camel
        if any(p in _NEG_PART for p in parts):
            got = NEGATIVE_FACTOR
            if all(p in WEAK_NEGATIVE for p in parts if p in _NEG_PART):
                got = WEAK_NEGATIVE_FACTOR
                tokens = []  # "widget" alone is no strong evidence either
            for tok in tokens:
                tparts = [p for p in TOKEN_SPLIT.split(tok) if p]
                if any(p in _NEG_PART for p in tparts) and all(p in _NEG_PART or p in GENERIC_PARTS for p in tparts):
                    got = STRONG_NEGATIVE_FACTOR  # id="comments", class="sidebar-wrap": says nothing else
                    break
        elif any(p in POSITIVE_HINTS for p in parts):
            got = POSITIVE_FACTOR
        else:
            got = 1.0
        if len(_HINT_CACHE) >= CACHE_MAX:
            _HINT_CACHE.clear()  # bounded memory; the values of the pages at hand come back quickly
        _HINT_CACHE[key] = got
    return got if got != 1.0 else base


_REGION_CACHE: dict[frozenset[str], str] = {}


def region_of(tokens: Iterable[str]) -> str:
    """The page region a block's cumulative class/id tokens place it in, or ""."""
    key = tokens if isinstance(tokens, frozenset) else frozenset(tokens)
    got = _REGION_CACHE.get(key)
    if got is None:
        got = next((_NEG_PART[p] for tok in sorted(key) if not is_state_flag(tok)
                    for p in TOKEN_SPLIT.split(tok) if p in _NEG_PART), "")
        if len(_REGION_CACHE) >= CACHE_MAX:
            _REGION_CACHE.clear()
        _REGION_CACHE[key] = got
    return got


# ---------------------------------------------------------------------------
# candidates
# ---------------------------------------------------------------------------

class _Cand:
    """An element on some block's path, with the totals of the blocks below it."""

    __slots__ = ("el", "parent", "depth", "hint", "children", "text", "links", "prose", "junk", "conc",
                 "linked", "negative", "in_article", "lead", "is_article", "other_article",
                 "others", "neg_first")

    def __init__(self, el: Any, parent: "_Cand | None", depth: int) -> None:
        self.el = el
        self.parent = parent
        self.depth = depth
        prop = el.get(b"itemprop")
        tag = el.tag
        self.hint = _hint(el, prop, tag)
        self.children: list[_Cand] = []
        self.text = 0.0  # weighted characters of all blocks below
        self.links = 0.0  # ... of which in links
        self.prose = 0.0  # non-link characters of valued blocks outside negative elements below
        self.junk = 0.0  # link characters, and everything in negative elements below
        self.conc = 0.0  # decayed value
        self.linked = False  # holds a link-dense block (a headline, a "read more")
        self.negative = False  # is or sits inside a negative element
        self.in_article = False  # is or sits inside the page's only <article> / articleBody
        self.lead: bool | None = None  # holds the first prose block under the title (None: none found)
        self.is_article = tag == "article" or bool(prop and prop.lower() in ARTICLE_PROPS)
        self.other_article = False  # is or sits in an <article> headed by another headline than the title's
        self.others = 0  # such articles at or below
        self.neg_first = -1  # depth of the outermost negative element from the root down to it (pass 2)

    @property
    def link_density(self) -> float:
        return self.links / self.text if self.text else 0.0

    def score(self) -> float:
        if self.conc <= 0:
            return 0.0
        factor = self.hint
        if self.negative and factor >= 1.0:
            factor = NEGATIVE_FACTOR
        if self.in_article:
            factor *= POSITIVE_FACTOR
        if self.lead:
            factor *= LEAD_FACTOR
        elif self.negative and self.lead is False:
            factor *= NOT_LEAD_FACTOR  # a related/sidebar region without the paragraph under the title
        if self.other_article:
            factor *= OTHER_ARTICLE_FACTOR
        return self.conc * factor * (1.0 - self.link_density)


def _near_lead(cands: dict[Any, _Cand], lead: _Feat | None) -> Any:
    """A test: is a candidate the article's neighbour (no title paragraph found: everyone is)?

    Near: it holds the first paragraph under the title, or it branches off the
    path to that paragraph at most ``NEAR_LEAD_LEVELS`` above the paragraph's
    own element (the next column or widget of a page builder, not a box in
    another part of the page).
    """
    if lead is None:
        return lambda c: True
    path = lead.block.path
    depth_of = {el: i for i, el in enumerate(path)}
    floor = lead.own - NEAR_LEAD_LEVELS

    def near(c: _Cand) -> bool:
        up: _Cand | None = c
        while up is not None:
            d = depth_of.get(up.el)
            if d is not None:
                return d >= floor or up is c
            up = up.parent
        return False

    return near


def _prose_like(c: _Cand) -> bool:
    """Much text in few links: what weak class words cannot outweigh."""
    return c.prose >= WEAK_MIN_PROSE and c.link_density < WEAK_MAX_LINK_DENSITY


def _is_card(c: _Cand) -> bool:
    """A teaser: some prose and a link headline that is a fair part of it (or links all over)."""
    if c.prose <= 0:
        return False
    ld = c.link_density
    return ld >= CARD_LINK_DENSITY or (c.linked and (ld >= CARD_HEADLINE_DENSITY or c.prose <= CARD_MAX_PROSE))


def _mark_cards(cands: dict[Any, _Cand]) -> None:
    """Give a negative hint to lists of teaser cards: alike siblings, most with a link headline."""
    for c in cands.values():
        if len(c.children) < CARD_MIN_SIBLINGS:
            continue
        groups: dict[tuple[Any, str], list[_Cand]] = {}
        for ch in c.children:
            groups.setdefault((ch.el.tag, ch.el.get(b"class") or ""), []).append(ch)
        for members in groups.values():
            if len(members) < CARD_MIN_SIBLINGS:
                continue
            linked = sum(1 for m in members if _is_card(m))
            if linked >= CARD_LINKED_SHARE * len(members):
                c.hint = min(c.hint, CARD_FACTOR)
                break


def score_candidates(feats: list[_Feat], dropped: list[_Feat] = (),  # type: ignore[assignment]
                     lead: _Feat | None = None, signals: dict[Any, tuple[float, str]] | None = None,
                     title: Any = None) -> dict[Any, _Cand]:
    """Every element on a block path, with its totals and decayed value (see the module doc).

    ``dropped`` are blocks earlier steps took out: they still show the page's
    structure (a teaser card whose headline went is still a card). ``signals``
    maps elements the chrome step left in the page to (weight of its
    evidence, strength): a factor under 1.0 (see ``chrome.ChromeSignal``); weak
    evidence does not count against an element that reads like prose next to
    the title's paragraph, and "lead" elements (they hold it, or are alike)
    lose any negative hint. ``title`` is the block of the page's title
    heading: an ``<article>`` that holds another headline of its rank and not
    the title is another story (the next one of an endless page, a teaser).
    """
    cands: dict[Any, _Cand] = {}
    by_last: dict[Any, list[_Cand]] = {}

    def chain_of(path: tuple[Any, ...]) -> list[_Cand]:
        # An element's chain (the candidates of it and its ancestors) is the same
        # on every path through it: start from the deepest element already seen
        # and make candidates for the new ones below it, root side first.
        if not path:
            return []
        known = by_last.get(path[-1])
        if known is not None:  # same innermost element: same path
            return known
        k = len(path) - 1
        base: list[_Cand] = []
        while k > 0:
            got = by_last.get(path[k - 1])
            if got is not None:
                base = got
                break
            k -= 1
        chain = base
        parent = base[-1] if base else None
        for i in range(k, len(path)):
            el = path[i]
            c = cands[el] = _Cand(el, parent, i)
            if parent is not None:
                parent.children.append(c)
            chain = chain + [c]
            by_last[el] = chain
            parent = c
        return chain

    # ``text`` (whole weighted characters: sums of integers, exact in any order) and
    # ``linked`` go on a block's innermost candidate and are summed up the tree once below.
    for f in dropped:
        chain = chain_of(f.block.path)
        if f.bad and chain:
            chain[-1].linked = True
    chains = []
    total = 0.0
    for f in feats:  # pass 1: the tree of candidates, text and link totals
        chain = chain_of(f.block.path)
        chains.append(chain)
        w, lw, bad = f.weight, f.link_weight, f.bad
        prose = f.nonlink if f.value > 0 else 0.0
        total += prose
        # (one loop per total; adding 0.0 to a total changes nothing, so link-free and
        # prose-free blocks skip those loops)
        if chain:
            chain[-1].text += w
            if bad:
                chain[-1].linked = True
        if lw:
            for c in chain:
                c.links += lw
        if prose:
            for c in chain:
                c.prose += prose  # provisional, for card detection
    for c in reversed(cands.values()):  # a parent comes before its children in ``cands``
        up = c.parent
        if up is not None:
            up.text += c.text
            if c.linked:
                up.linked = True
    _mark_cards(cands)
    if title is not None and title.path:
        _mark_other_articles(cands, chains, feats, dropped, title)
    articles = []
    near = _near_lead(cands, lead)
    for c in cands.values():
        if c.hint == NEGATIVE_FACTOR and c.prose >= NEGATIVE_MAX_SHARE * total:
            c.hint = 1.0  # a "sidebar"/"ad" class on a wrapper of most of the page's prose is no evidence
        elif c.hint == WEAK_NEGATIVE_FACTOR and _prose_like(c) and near(c):
            c.hint = 1.0  # "widget": page builders wrap prose in it; the text says what it is
    for el, (weight, strength) in (signals or {}).items():
        sc = cands.get(el)
        if sc is None:
            continue
        if strength == "lead":
            sc.hint = max(sc.hint, 1.0)  # holds, or is alike what holds, the paragraph under the title
        elif weight < sc.hint and not (strength == "weak" and _prose_like(sc) and near(sc)):
            sc.hint = weight
    if lead is not None:
        _clear_lead_alikes(cands, lead)
    for c in cands.values():
        c.prose = 0.0
        if c.is_article:
            articles.append(c)
    if lead is not None:  # nor on the elements around the first paragraph under the title
        for c in cands.values():
            c.lead = False
        for el in lead.block.path:
            c = cands[el]
            c.lead = True
            c.hint = max(c.hint, 1.0)
    for c in cands.values():  # parents first: the outermost negative element above or at each
        up = c.parent
        first = up.neg_first if up is not None else -1
        c.neg_first = first if first >= 0 else (c.depth if c.hint < 1.0 else -1)
    for f, chain in zip(feats, chains):  # pass 2: negative regions, prose/junk totals, decayed value
        neg_at = chain[-1].neg_first if chain else -1  # (a candidate's depth is its place in the chain)
        f.neg_at = neg_at
        v = f.value
        w, lw = f.weight, f.link_weight
        prose = f.nonlink if v > 0 else 0.0
        # above the outermost negative element everything is junk; from it down, links are
        # (and the value there is worth NEGATIVE_OUTSIDE to the elements above)
        inner = chain[neg_at:] if neg_at > 0 else chain
        if neg_at > 0:
            for c in chain[:neg_at]:
                c.junk += w
        if lw:
            for c in inner:
                c.junk += lw
        if prose:
            for c in inner:
                c.prose += prose
        if neg_at >= 0:
            for c in inner:
                c.negative = True
        if v > 0:
            factors = _decay_factors(f.own, len(chain))
            if neg_at > 0:
                for c, k in zip(chain[:neg_at], factors):
                    c.conc += v * k * NEGATIVE_OUTSIDE
                for c, k in zip(inner, factors[neg_at:]):
                    c.conc += v * k
            else:
                for c, k in zip(chain, factors):
                    c.conc += v * k
    if len(articles) == 1:
        _mark_inside(articles[0])
    return cands


_DECAY_FACTORS: dict[tuple[int, int], tuple[float, ...]] = {}


def _decay_factors(own: int, n: int) -> tuple[float, ...]:
    """What a block's value is worth to each of the ``n`` elements of its path: ``DECAY`` by the
    distance up from its own element (index ``own``), the last step beyond; whole below it."""
    got = _DECAY_FACTORS.get((own, n))
    if got is None:
        got = tuple(DECAY[min(own - i, len(DECAY) - 1)] if i <= own else 1.0 for i in range(n))
        if len(_DECAY_FACTORS) < CACHE_MAX:
            _DECAY_FACTORS[(own, n)] = got
    return got


def _clear_lead_alikes(cands: dict[Any, _Cand], lead: _Feat) -> None:
    """Lift a class-word hint off prose elements alike (tag and class) an element around the lead.

    The body continued after a box, in a copy of the wrapper that holds the
    paragraph under the title: whatever its class words say
    (``…-stream-style``), they say it of the lead's wrapper too. Chrome
    signals and cards stay (structural evidence), and so do elements holding
    little prose in few links.
    """
    keys = {(el.tag, el.get("class")) for el in lead.block.path[LEAD_ALIKE_FROM:] if el.get("class")}
    if not keys:
        return
    on_path = set(lead.block.path)
    for c in cands.values():
        if c.hint in (NEGATIVE_FACTOR, STRONG_NEGATIVE_FACTOR, WEAK_NEGATIVE_FACTOR) and c.el not in on_path \
                and (c.el.tag, c.el.get("class")) in keys and _prose_like(c) and c.hint == hint_factor(c.el):
            c.hint = 1.0


def _mark_other_articles(cands: dict[Any, _Cand], chains: list[list[_Cand]], feats: list[_Feat],
                         dropped: list[_Feat], title: Any) -> None:
    """Flag the ``<article>`` elements (and what they hold) headed by another headline than the title.

    A headline is a heading block of the title's rank or higher; an article
    holding the title heading, or around it, is never flagged.
    """
    level = title.level or 1
    title_path = set(title.path)
    others: list[_Cand] = []
    for f in list(feats) + list(dropped):
        b = f.block
        if b.kind != "heading" or b is title or not (0 < b.level <= level):
            continue
        for el in b.path:
            c = cands.get(el)
            if c is not None and c.is_article and el not in title_path and not c.other_article:
                c.other_article = True
                others.append(c)
                up: _Cand | None = c
                while up is not None:
                    up.others += 1
                    up = up.parent
    while others:
        c = others.pop()
        for ch in c.children:
            if not ch.other_article:
                ch.other_article = True
                others.append(ch)


def _mark_inside(top: _Cand) -> None:
    stack = [top]
    while stack:
        c = stack.pop()
        c.in_article = True
        stack.extend(c.children)


def _extra_conc(feats: list[_Feat], up: _Cand, inner: _Cand) -> float:
    """Decayed value, for ``up``, of its blocks that are not inside ``inner``."""
    total = 0.0
    d_up = up.depth
    for f in feats:
        path = f.block.path
        if f.value <= 0 or len(path) <= d_up or path[d_up] is not up.el:
            continue
        if len(path) > inner.depth and path[inner.depth] is inner.el:
            continue
        d = f.own - d_up
        total += f.value * (DECAY[d] if 0 <= d < len(DECAY) else DECAY[-1])
    return total


def choose_container(feats: list[_Feat], dropped: list[_Feat] = (),  # type: ignore[assignment]
                     lead: _Feat | None = None, signals: dict[Any, tuple[float, str]] | None = None,
                     title: Any = None) -> tuple[Any, list[Any]]:
    """The article's main element and the elements that make up the article with it.

    ``lead`` is the first prose block after the page's title heading; the
    elements around it are favoured (the article starts under its title).
    """
    cands = score_candidates(feats, dropped, lead, signals, title)
    try:
        return _choose(feats, cands)
    finally:
        for c in cands.values():  # parents and children refer to each other: let them go now
            c.children = []  # (by reference counting, without waiting for the garbage collector)


def _choose(feats: list[_Feat], cands: dict[Any, _Cand]) -> tuple[Any, list[Any]]:
    best, best_s = None, 0.0
    for c in cands.values():
        s = c.score()
        if s > best_s or (s == best_s and best is not None and c.depth > best.depth):
            best, best_s = c, s
    if best is None:
        return None, []
    top = best
    while top.parent is not None:
        up = top.parent
        prose = up.prose - top.prose
        junk = up.junk - top.junk
        if up.others > top.others:
            break  # it would take in another story
        if prose + junk <= CLIMB_SLACK:
            top = up
            continue
        if prose < CLIMB_RATIO * junk:
            break
        if top.el.tag in LIST_TAGS:
            top = up  # a list is a part of an article (its steps), never the whole when the parent adds prose
            continue
        if prose < CLIMB_SHARE * top.prose:
            break
        if _extra_conc(feats, up, top) < CLIMB_CONC_SHARE * top.conc:
            break  # what it adds is scattered deep down (cards, widgets), not paragraphs
        top = up
    top = _grow(feats, top)
    members = [top.el]
    if top.parent is None:
        return top.el, members
    like = (top.el.tag, top.el.get("class"))
    for sib in top.parent.children:
        if sib is top or sib.link_density > SIBLING_MAX_LINK_DENSITY:
            continue
        alike = (sib.el.tag, sib.el.get("class")) == like
        twin = alike and sib.hint == WEAK_NEGATIVE_FACTOR and _prose_like(sib)
        if sib.hint < 1.0 and not twin:
            continue
        share = SIBLING_SHARE if alike else SIBLING_OTHER_SHARE
        # a weak word ("widget") on the main element's class says the same on its twin: a body
        # split into alike text widgets is weighed against the main one, not its inner paragraphs
        if sib.conc >= max(SIBLING_MIN_VALUE, share * (top.conc if twin else best.conc)):
            members.append(sib.el)
    return top.el, members


def _grow(feats: list[_Feat], top: _Cand) -> _Cand:
    """The container grown over the body's other parts when it holds only the head of the article.

    A container that holds the paragraph under the title (a standfirst in a
    header) grows to an ancestor at most ``GROW_LEVELS`` up when that
    ancestor's other children alike (tag and class) the one holding the
    container, the columns of one layout, hold ``GROW_RATIO`` times its prose
    in clean paragraphs, none of them link-dense or a list of teaser cards,
    and no other story is taken in.
    """
    if not top.lead or top.prose <= 0:
        return top
    up, child = top.parent, top
    for _ in range(GROW_LEVELS):
        if up is None or up.others > top.others:
            return top
        like = (child.el.tag, child.el.get("class"))
        twins = [s for s in up.children if s is not child and (s.el.tag, s.el.get("class")) == like]
        if twins and all(s.link_density <= SIBLING_MAX_LINK_DENSITY and not _is_card(s) for s in twins):
            held = {s.el for s in twins}
            added = sum(f.nonlink for f in feats if f.good and f.block.kind == "paragraph"
                        and not held.isdisjoint(f.block.path))
            if added >= GROW_RATIO * top.prose:
                return up
        up, child = up.parent, up
    return top


def _styled_siblings(feats: list[_Feat], container: Any, members: list[Any],
                     signals: dict[Any, Any]) -> list[Any]:
    """Siblings of the container whose prose is set in the body's own paragraph style.

    The body's style is the (tag, class) most of the container's prose
    paragraphs share (a class is needed: a bare ``<p>`` says nothing). A
    sibling joins when every valued block in it is a paragraph in that style,
    outside negative regions and chrome signals: the free part before a
    paywalled one, a body continued after a box.
    """
    parent = container.getparent()
    if parent is None:
        return []
    depth = None
    styles: dict[tuple[Any, Any], int] = {}
    for f in feats:
        path = f.block.path
        if f.value <= 0 or f.block.kind != "paragraph" or container not in path:
            continue
        el = path[f.own]
        cls = el.get("class")
        if cls:
            styles[(el.tag, cls)] = styles.get((el.tag, cls), 0) + 1
        if depth is None:
            depth = path.index(container)
    if not styles or depth is None:
        return []
    style, count = max(styles.items(), key=lambda kv: kv[1])
    if count < STYLE_MIN_PARAGRAPHS:
        return []
    taken = set(members)
    verdict: dict[Any, bool] = {}
    for f in feats:
        path = f.block.path
        if len(path) <= depth or path[depth - 1] is not parent:
            continue
        sib = path[depth]
        if sib in taken or verdict.get(sib) is False:
            continue
        if f.value <= 0 and not f.bad:
            continue  # short lines and empty blocks say nothing
        el = path[f.own]
        ok = (f.block.kind == "paragraph" and not f.bad and f.neg_at < 0 and (el.tag, el.get("class")) == style
              and (not signals or signal_on_path(path, signals) is None))
        verdict[sib] = ok and verdict.get(sib, True)
    return [sib for sib, ok in verdict.items() if ok]


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def title_index(doc: Any) -> int | None:
    """Index of the heading block that carries the page's title, if one is found.

    First a heading that is the title, or holds it, or is held by it (spaces
    and case aside); then one that shares most of its words (punctuation
    aside: ``Kicker: Title`` set as ``Kicker Title``, a word added or left
    out); then the page's only ``<h1>``.
    """
    heads = [b for b in doc.blocks if b.kind == "heading"]
    title = doc.meta.get("title")
    if title:
        t = _squash(str(title))
        for b in heads:
            h = _squash(b.text)
            if h and (h == t or (len(h) >= 4 and (h in t or t in h))):
                return int(b.index)
        tw = _words(str(title))
        if len(tw) >= TITLE_MIN_WORDS:
            for b in heads:
                hw = _words(b.text)
                common = len(tw & hw)
                if hw and common >= TITLE_WORD_SHARE * len(tw) and common >= TITLE_WORD_SHARE * len(hw):
                    return int(b.index)
    h1 = [b for b in heads if b.level == 1]
    return int(h1[0].index) if len(h1) == 1 else None


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    """Words of a title, case-folded; in scripts without spaces (Han, kana) character pairs."""
    out: set[str] = set()
    for w in _WORD.findall(text.casefold()):
        if cjk_count(w) * 2 >= len(w) and len(w) > 2:
            out.update(w[i:i + 2] for i in range(len(w) - 1))
        else:
            out.add(w)
    return out


def _lead(doc: Any, feats: list[_Feat]) -> _Feat | None:
    at = title_index(doc)
    if at is None:
        return None
    for f in feats:
        if f.index > at + LEAD_WINDOW:
            return None
        if f.index > at and f.value > 0 and not f.bad:
            return f
    return None


# ---------------------------------------------------------------------------
# inside the container
# ---------------------------------------------------------------------------

_KEEP_KINDS = frozenset(("heading", "table", "code", "quote"))


def _verdicts_inside(feats: list[_Feat]) -> list[bool]:
    """jusText-style keep/drop for the blocks of the container, in order."""
    state: list[str] = []
    for f in feats:
        kind = f.block.kind
        if f.bad:
            state.append("bad")
        elif f.good or kind in _KEEP_KINDS or (kind == "list_item" and not f.short):
            state.append("good")
        elif f.short:
            state.append("short")
        else:
            state.append("near")
    for i, f in enumerate(feats):  # a heading of the article announces the short items of its list
        if state[i] != "good" or f.block.kind != "heading":
            continue
        lst = None
        for j in range(i + 1, len(feats)):
            g = feats[j]
            if g.block.kind != "list_item" or state[j] != "short" or g.own < 1:
                break
            owner = g.block.path[g.own - 1]
            if lst is None:
                lst = owner
            if owner is not lst or owner.tag not in LIST_TAGS:
                break
            state[j] = "near"
    goods = [i for i, s in enumerate(state) if s == "good"]
    if not goods:
        return [s != "bad" for s in state]
    first, last = goods[0], goods[-1]
    last = closing_sentences(feats, state, last, CLOSING_MAX)
    keep = [s != "bad" and (first <= i <= last or s == "near") for i, s in enumerate(state)]
    for i in range(len(feats) - 1, -1, -1):  # a heading with nothing of the article under it
        if keep[i]:                           # ("Related articles" above a list that went) ends no article
            if feats[i].block.kind != "heading":
                break
            keep[i] = False
    return keep


def locate(doc: Any) -> None:
    """Drop every kept block outside the article, and boilerplate inside it."""
    kept = [b for b in doc.blocks if b.dropped is None]
    if not kept:
        return
    feats = [_Feat(b) for b in kept]
    dropped = [_Feat(b, light=True) for b in doc.blocks if b.dropped is not None and b.path]
    signals = signals_of(doc)
    weights = {el: (sig.weight, sig.strength) for el, sig in signals.items()}
    lead = _lead(doc, feats)
    at = title_index(doc)
    container, members = choose_container(feats, dropped, lead, weights,
                                          doc.blocks[at] if at is not None else None)
    if container is None:
        return
    members = members + _styled_siblings(feats, container, members, signals)
    member_set = set(members)
    inside: list[_Feat] = []
    outside: list[_Feat] = []
    for f in feats:
        (outside if member_set.isdisjoint(f.block.path) else inside).append(f)
    cards = cards_inside(inside, container)
    forms = forms_inside(inside, container)
    if forms:
        cards |= forms
    if cards:
        plain = [f for f in inside if id(f) not in cards]
        by_id = dict(zip(map(id, plain), _verdicts_inside(plain)))
        verdicts = [by_id.get(id(f), False) for f in inside]
    else:
        verdicts = _verdicts_inside(inside)
    page_prose = sum(f.nonlink for f in feats if f.good)
    kept_prose = sum(f.nonlink for f, k in zip(inside, verdicts) if k)
    if page_prose > 0 and kept_prose < FALLBACK_SHARE * page_prose and kept_prose < FALLBACK_CHARS:
        doc.note(f"content: the best container {describe_element(container)} held only {kept_prose:.0f} of "
                 f"{page_prose:.0f} prose characters; kept every prose block instead")
        for f in feats:
            if not (f.good or (f.block.kind == "heading" and not f.bad)):
                doc.drop(f.block, "boilerplate", "not prose (fallback pass: no clear article container)",
                         region=region_of(f.block.tokens))
        for sig in signals.values():
            sig.outcome, sig.why = "weighed", "no clear article container: every prose block kept"
        return
    where = describe_element(container)
    chrome_sigs = chrome_inside(inside, signals, container, lead)
    readmit = _readmit(doc, feats, inside, outside, container, signals)
    if readmit:
        inside_ids = {id(f) for f in inside} | readmit
        outside = [f for f in outside if id(f) not in readmit]
        keep_inside = dict(zip(map(id, inside), verdicts))
        inside = [f for f in feats if id(f) in inside_ids]
        verdicts = [keep_inside.get(id(f), True) for f in inside]
    for f in outside:
        sig = signal_on_path(f.block.path, signals) if signals else None
        if sig is not None:
            doc.drop(f.block, sig.kind, f"{sig.evidence}, weighed {sig.weight:g} by the locator: outside the "
                     f"article container {where}", region=sig.region)
        else:
            doc.drop(f.block, "boilerplate", f"outside the article container {where}",
                     region=region_of(f.block.tokens))
    seen = Repeats()
    for f, k in zip(inside, verdicts):
        sig = chrome_sigs.get(id(f))
        if id(f) in forms:
            doc.drop(f.block, "boilerplate", "form inside the article container (sign-up, log-in, search)",
                     region=region_of(f.block.tokens))
        elif id(f) in cards:
            doc.drop(f.block, "boilerplate", "teaser card inside the article container (a link headline and a "
                     "short blurb, beside alike cards)", region="related")
        elif sig is not None:
            doc.drop(f.block, sig.kind, f"{sig.evidence} inside the article container, holding little of "
                     "its prose", region=sig.region)
        elif not k:
            reason = ("link list inside the article container" if f.bad
                      else "heading with nothing of the article under it, at its end" if f.block.kind == "heading"
                      else "short non-prose line at the edge of the article")
            doc.drop(f.block, "boilerplate", reason, region=region_of(f.block.tokens))
        elif seen.repeats(f.block.text, f.block.path[f.own - 1] if f.own >= 1 else None):
            doc.drop(f.block, "boilerplate", "repeats a paragraph kept from elsewhere on the page (a gallery "
                     "caption shown twice, a copy)", region=region_of(f.block.tokens))
    if signals:
        judge_signals(signals, container, member_set, chrome_sigs.values())


def _readmit(doc: Any, feats: list[_Feat], inside: list[_Feat], outside: list[_Feat], container: Any,
             signals: dict[Any, Any]) -> set[int]:
    """Prose outside the container that belongs to the article (ids of its feats).

    Two runs are looked at, block by block, away from the container: back to
    the title (lead paragraphs above the body's own wrapper) and, within the
    container's parent, forward past its end and back before its start (a body
    split by an inline box). A run takes clean prose paragraphs (no negative
    class, no chrome signal, not link-dense); it steps over short lines and
    blocks earlier steps dropped (ads, share bars, related boxes), at most
    ``READMIT_MAX_GAP`` in a row; anything else ends it. A standfirst may be
    shorter than a body paragraph (one sentence), but not a date stamp or
    the message of a sign-up form.
    """
    if not inside or not outside:
        return set()
    by_index = {f.index: f for f in outside}
    first, last = inside[0].index, inside[-1].index
    t = title_index(doc)
    parent = container.getparent()
    above = set(container.iterancestors())
    above.add(container)
    out: set[int] = set()
    dek_at: int | None = None

    def run(indices: Iterable[int], within: Any) -> None:
        gap = 0
        last_form = None
        for i in indices:
            f = by_index.get(i)
            b = doc.blocks[i]
            if f is None and b.dropped is None:
                return  # the container's own block: the run is over
            form = form_of(b.path)
            if form is not None:  # a sign-up box between the standfirst and the body: one step, however long
                if form is not last_form:
                    gap += 1
                    last_form = form
            elif f is None:  # dropped by an earlier step
                gap += 1
            elif f.short or (f.block.kind == "heading" and not f.bad) or aside_below(f.block.path, above):
                gap += 1
            elif ((standfirst_like(f) or (i == dek_at and _dek_like(f)))
                  and (f.neg_at < 0 or _lone_standfirst(f)) and not in_form(f.block.path)
                  and (within is None or within in f.block.path)
                  and (not signals or signal_on_path(f.block.path, signals) is None)):
                out.add(id(f))
                gap = 0
                continue
            elif not (f.good or f.bad) and f.weight <= DATED_NOTE_MAX and dates_of(f.block.text):
                gap += 1  # a dated note under the title ("Broadcast on 24.04.2024 at 14:05"): no prose, no end
            else:
                return
            if gap > READMIT_MAX_GAP:
                return

    if t is not None and t < first:
        dek_at = next((j for j in range(t + 1, first) if doc.blocks[j].dropped is None
                       and not (j in by_index and by_index[j].short)), None)  # the first line under the title
        run(range(first - 1, t, -1), None)  # lead paragraphs between the title and the body
    return out


def _dek_like(f: _Feat) -> bool:
    """The line right under the title, written as a headline's dek: a long unlinked paragraph in
    words (few digits) that may lack the final full stop ("Walsh left in fear after a revelation")."""
    b = f.block
    if f.bad or b.kind != "paragraph" or b.link_density > 0 or f.weight < GOOD_LENGTH:
        return False
    text = b.text
    return sum(ch.isdigit() for ch in text) <= DEK_MAX_DIGITS * len(text) and " " in text.strip()


def _lone_standfirst(f: _Feat) -> bool:
    """A paragraph alone in an unlinked element whose class calls it a teaser: a standfirst.

    Many newsrooms name the standfirst under the title their "teaser"
    (``ArticleTeaser_text``); another story's teaser has a link or a headline.
    Only the related region's words qualify, and only for an element holding
    no link, no heading and nothing but this paragraph.
    """
    neg = f.block.path[f.neg_at]
    raw = f"{neg.get('class') or ''} {neg.get('id') or ''}"
    related = NEGATIVE_HINTS["related"]
    if f.block.link_density > 0 or not (region_of(_tokens(neg)) == "related" or any(
            p.lower() in related for p in _SPLIT_CAMEL.split(raw))):
        return False
    if next(neg.iter("a", "h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return False  # a link or a headline: another story's teaser
    return len("".join(neg.itertext()).split()) <= len(f.block.text.split()) + LONE_SLACK_WORDS


def _tokens(el: Any) -> frozenset[str]:
    return frozenset(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("locate", locate, order=500, stage="blocks", kind="boilerplate", input_kinds=("html",),
                  description="score containers by prose, punctuation, links and hints; keep the best"))
