"""The content locator's candidates: each block's features and value, each element's score.

Part of the ``content`` plugin (no hooks of its own; see ``plugins/content.py``
for the whole method). :class:`_Feat` reads a kept block (its value in
Latin-equivalent characters, link density, prose verdict);
:func:`score_candidates` builds every element on a block's path as a
candidate with its totals and decayed value, weighed by class/id hints,
chrome signals, teaser-card lists, other stories' ``<article>`` elements and
the paragraph under the title.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from newsclean.blocks import BLOCK_TAGS, element_text
from newsclean.patterns import utility_name
from newsclean.plugins.container.inside import (CACHE_MAX, CARD_MAX_PROSE, SENTENCE_END, anchor_only, own_parts,
                                                state_flag, token_parts)
from newsclean.plugins.vocab.stateflags import HOLDING_CUES
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
    "footer": frozenset(("footer", "copyright", "banquan", "disclaimer", "disclaimers")),
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
NOT_LEAD_FACTOR = 0.5  # a negative element without that block, on a page where it was found
LEAD_ALIKE_FROM = 2  # elements of the lead's path below <html><body> lend their class to alike ones
OTHER_ARTICLE_FACTOR = 0.5  # an <article> headed by another headline than the title's (and all inside it)
CARD_FACTOR = 0.3  # a list of teaser cards (structural evidence: kept whatever its share)
FORM_FACTOR = NEGATIVE_FACTOR  # a poll's or a sign-in/sign-up <form> that does not hold the paragraph under
# the title (a sign-up form's terms box, scrolled in place, reads as pages of prose) ...
POLL_CHOICES = 2  # ... with this many enabled radio buttons at least (a product list's form has check boxes)
POLL_INPUTS_MAX = 200  # (at most this many of its inputs are looked at)
CARD_MIN_SIBLINGS = 3  # alike siblings that make a list of cards ...
CARD_LINKED_SHARE = 0.6  # ... when this share of them has a link headline ...
CARD_BOX_SHARE = 0.5  # ... and they hold this share of their box's text (else a body with cards set in it)
CARD_TARGETS_MAX = 4  # the links read inside a link-dense block's element, to tell where they lead
CARD_LINK_DENSITY = 0.2  # a card has this much of its text in links ...
CARD_HEADLINE_DENSITY = 0.1  # ... or a link-dense block making up this much of it ...
LINK_LIST_DENSITY = 0.5  # a block at least this link-dense is a link, not prose ...
LINK_PROSE_MAX_DENSITY = 0.8  # ... unless under this density it is this long ...
LINK_PROSE_LENGTH = 150
LINK_PROSE_SENTENCES = 2  # ... with this many sentence ends: prose rich in inline links
#: ... or, under this density, one sentence with links in it (see _link_sentence; a sentence more linked than
#: this needs its neighbours' word: content's linked_sentences):
LINK_SENTENCE_MAX_DENSITY = 0.75
LINK_SENTENCE_WORDS = 3  # this many words of its own outside its links (a CJK character a word) ...
# ... a word between each two links, a sentence mark at its end, and a word after its first link or
LINK_SENTENCE_LEAD_WORDS = 6  # this many before the one link that closes it
UNPUNCTUATED_LENGTH = 150  # a paragraph this long without a sentence mark is no prose (labels, tags) ...
#: ... unless it reads as prose typed without marks (a reader's story): one line of this many words at least,
#: this share of them in lower case and this share of them short (articles, pronouns, prepositions), see
#: _unmarked_prose; a run of labels or tags is capitalised or made of long words
UNMARKED_PROSE_WORDS = 25
UNMARKED_PROSE_WORD_SHARE = 0.8  # (of its space-separated tokens, words of letters only)
UNMARKED_PROSE_LOWER_SHARE = 0.7
UNMARKED_PROSE_SHORT_SHARE = 0.3
UNMARKED_PROSE_SHORT_LETTERS = 3
GOOD_LENGTH = 70  # a block this long, not link-dense, with punctuation, is prose
SHORT_LENGTH = 30  # shorter blocks take their neighbours' verdict
VALUE_MIN_LENGTH = 20  # shorter blocks are worth nothing

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
        chars = block.chars
        # (``block.link_density``, read without the property's call)
        ld = block.link_chars / chars if chars else 0.0
        if light:  # a block an earlier step dropped: only its place and links matter
            self.bad = ld >= LINK_LIST_DENSITY
            return
        cjk = cjk_count(block.text) if chars and not block.text.isascii() else 0
        w = chars + (CJK_WEIGHT - 1) * cjk
        if ld and block.kind == "heading" and anchor_only(block):
            ld = 0.0  # a heading linked to itself (a docs page's "#install" anchor) is no link away
        self.weight = w
        self.link_weight = w * ld
        nonlink = w - self.link_weight
        self.nonlink = nonlink
        # (``min``/``max`` of two numbers written out: the builtins parse their arguments at each call;
        # each expression gives what the builtin would, the first of equal values included)
        value = (VALUE_CAP if VALUE_CAP < nonlink else nonlink) - BLOCK_COST if nonlink >= VALUE_MIN_LENGTH else 0.0
        bad = ld >= LINK_LIST_DENSITY
        if bad and ld < LINK_PROSE_MAX_DENSITY and w >= LINK_PROSE_LENGTH \
                and len(SENTENCE_END.findall(block.text)) >= LINK_PROSE_SENTENCES:
            bad = False  # prose rich in inline links: sentences, not a list of links
        elif bad and ld < LINK_SENTENCE_MAX_DENSITY and _link_sentence(block):
            bad = False  # one sentence with links in it, not a list of links
        unpunctuated = (not block.punct and w >= UNPUNCTUATED_LENGTH and block.kind == "paragraph"
                        and not SENTENCE_END.search(block.text) and _punctuating_script(block.text, cjk)
                        and not _unmarked_prose(block.text))
        if unpunctuated:
            value = 0.0  # a long run without one sentence mark: labels, tags, a keyword list
        if value > 0 and not bad:
            bonus = PUNCT_BONUS * block.punct
            value += PUNCT_BONUS_MAX if PUNCT_BONUS_MAX < bonus else bonus
        self.value = 0.0 if 0.0 > value else value
        self.bad = bad
        self.good = not bad and w >= GOOD_LENGTH and block.punct > 0
        self.short = w < SHORT_LENGTH or unpunctuated
        path = block.path
        last = len(path) - 1  # (most blocks' own element is the last of their path: found without a call)
        self.own = last if last >= 0 and path[last].tag in BLOCK_TAGS else _owner_index(path)
        self.neg_at = -1  # depth of the outermost negative element on the path


def _punctuating_script(text: str, cjk: int) -> bool:
    """True for text in scripts whose prose always has sentence marks the locator knows.

    Latin, Greek, Cyrillic (every code point under U+0530) and Han/kana; not
    Thai (sentences end with a space) nor scripts with marks of their own.
    """
    return max(text) < "\u0530" or cjk * 2 >= len(text)


def _unmarked_prose(text: str) -> bool:
    """True when a long paragraph without a sentence mark reads as prose typed without them.

    One line (no line break: not a list set in one block) of ``UNMARKED_PROSE_WORDS`` words or
    more (tokens of letters only, ``UNMARKED_PROSE_WORD_SHARE`` of its tokens at least: no run of
    codes or identifiers), ``UNMARKED_PROSE_LOWER_SHARE`` of them opening in lower case and
    ``UNMARKED_PROSE_SHORT_SHARE`` of them short (``UNMARKED_PROSE_SHORT_LETTERS`` letters at most:
    the articles, pronouns and prepositions of running text). Labels, tags and menus are
    capitalised or made of longer words.
    """
    if "\n" in text:
        return False
    tokens = text.split()
    words = [tok for tok in tokens if tok.isalpha()]
    n = len(words)
    if n < UNMARKED_PROSE_WORDS or n < UNMARKED_PROSE_WORD_SHARE * len(tokens):
        return False  # (codes, identifiers, figures: no running text)
    lower = sum(1 for word in words if word[0].islower())
    short = sum(1 for word in words if len(word) <= UNMARKED_PROSE_SHORT_LETTERS)
    return lower >= UNMARKED_PROSE_LOWER_SHARE * n and short >= UNMARKED_PROSE_SHORT_SHARE * n


#: A word outside the links of a block: two letters or more, or one CJK character (see _word_count).
_WORD = re.compile(r"[^\W\d_]{2,}|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_WORD_CHARS = 2  # characters of a Chinese or Japanese word, about


def _word_count(text: str) -> float:
    """Words of a text outside a block's links: runs of two letters or more, and CJK characters
    counted ``CJK_WORD_CHARS`` to a word."""
    cjk = len(_CJK_CHAR.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK_CHAR.sub(" ", text))) + cjk / CJK_WORD_CHARS


#: What may follow a sentence's last mark (closing quotes and brackets).
_AFTER_MARK = "\"'\u201d\u2019\u00bb)]\u300d\u300f\uff09 "


def _link_sentence(block: Any) -> bool:
    """True when a link-dense block reads as one sentence with links in it, not a list of links.

    Its text ends with a sentence mark (not an ellipsis: a teaser trailing off); the text
    between each two of its links holds a word (", then", "and the"; not a list's commas or
    bars); outside its links it holds ``LINK_SENTENCE_WORDS`` words of its own, one at least after
    its first link: the links sit inside the sentence ("Mixed: <a>…</a>, then <a>…</a> here."), or
    ``LINK_SENTENCE_LEAD_WORDS`` before the one link that closes it ("As always, you can opt out of
    <a>prescreened offers</a>."). A short lead its one link closes points to another page ("Read more:
    <a>headline</a>.", "For more information, see <a>our review</a>."); "Tags: <a>a</a>, <a>b</a>." is a list.
    """
    text = block.text.rstrip(_AFTER_MARK)
    if not text or SENTENCE_END.search(text[-1:] + " ") is None or text.endswith(("..", "\u2026")):
        return False
    path = block.path
    if not path:
        return False
    el = path[_owner_index(path)]
    full = block.text
    pos = 0
    outside: list[str] = []
    found = 0
    for a in el.iter("a"):
        if a.get("href") is None:
            continue
        name = element_text(a)
        if not name:
            continue
        at = full.find(name, pos)
        if at < 0:
            continue  # (another block's link, under the same element)
        outside.append(full[pos:at])
        pos = at + len(name)
        found += 1
    if not found:
        return False
    outside.append(full[pos:])
    for gap in outside[1:-1]:
        if _WORD.search(gap) is None:
            return False  # links one after another: a list
    after = 0.0
    for part in outside[1:]:
        after += _word_count(part)
    before = _word_count(outside[0])
    if not after and before < LINK_SENTENCE_LEAD_WORDS:
        return False  # its one link closes a short lead: a pointer to another page ("For more, see <a>our review</a>.")
    return after + before >= LINK_SENTENCE_WORDS


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

def hint_factor(el: Any) -> float:
    """Score multiplier from an element's tag, class, id and itemprop (1.0: no opinion)."""
    return _hint(el, el.get("itemprop"), el.tag)


def _hint(el: Any, prop: "str | None", tag: Any) -> float:
    """:func:`hint_factor` of ``el``, its ``itemprop`` and its tag already read."""
    return _hint_of(prop, tag, el.get(b"class"), el.get(b"id"))  # (bytes names: not encoded at each call)


def hint_of_words(tag: Any, cls: "str | None", ident: "str | None", prop: "str | None" = None) -> float:
    """:func:`hint_factor` of an element of tag ``tag`` whose class, id and ``itemprop`` were ``cls``,
    ``ident`` and ``prop``."""
    return _hint_of(prop, tag, cls, ident)


#: The hint an element's tag gives when its class and id say nothing (1.0 for other tags).
_TAG_HINT = {"article": POSITIVE_FACTOR, "main": POSITIVE_FACTOR}


def _hint_of(prop: "str | None", tag: Any, cls: "str | None", ident: "str | None") -> float:
    """:func:`hint_factor` of an element from its ``itemprop``, tag, class and id."""
    if prop and prop.lower() in ARTICLE_PROPS:
        return POSITIVE_FACTOR * POSITIVE_FACTOR
    base = _TAG_HINT.get(tag, 1.0)
    if not cls and not ident:
        return base
    # (what the words of the class and of the id say, read once per value: see _value_bits)
    got = _FACTOR_OF_BITS[(_value_bits(cls) if cls else 0) | (_value_bits(ident) if ident else 0)]
    return got if got != 1.0 else base


# What a class/id word says, as bits (a value's bits are its words' bits or-ed together):
_NEG = 1  # it has a negative part
_NOT_WEAK = 2  # ... one not in WEAK_NEGATIVE
_STRONG = 4  # it holds a token made only of negative and generic parts (and one negative at least)
_POS = 8  # it has a positive part


def _factor_of_bits(bits: int) -> float:
    if bits & _NEG:
        if not bits & _NOT_WEAK:
            return WEAK_NEGATIVE_FACTOR  # "widget" alone is no strong evidence either
        if bits & _STRONG:
            return STRONG_NEGATIVE_FACTOR  # id="comments", class="sidebar-wrap": says nothing else
        return NEGATIVE_FACTOR
    return POSITIVE_FACTOR if bits & _POS else 1.0


_FACTOR_OF_BITS = tuple(_factor_of_bits(bits) for bits in range(16))
_NEG_WORDS = frozenset(_NEG_PART)
_NEG_OR_GENERIC = _NEG_WORDS | GENERIC_PARTS
_HINT_PARTS = _NEG_WORDS | POSITIVE_HINTS  # (a value none of whose parts is one says nothing)
_VALUE_BITS: dict[str, int] = {}
_WORD_BITS: dict[str, int] = {}


def _value_bits(value: str) -> int:
    """The bits of a class or id value (kept per value: a class repeats on many elements)."""
    got = _VALUE_BITS.get(value)
    if got is None:
        got = 0
        # (no capital, so no camel-case part, and no part of a hint word: nothing to say; most values)
        if value != value.lower() or not _HINT_PARTS.isdisjoint(
                value.replace("-", " ").replace("_", " ").replace(":", " ").replace("#", " ").split()):
            for word in value.split():
                bits = _WORD_BITS.get(word)
                got |= bits if bits is not None else _word_bits(word)
        if len(_VALUE_BITS) >= CACHE_MAX:
            _VALUE_BITS.clear()  # bounded memory; the values of the pages at hand come back quickly
        _VALUE_BITS[value] = got
    return got


def _word_bits(word: str) -> int:
    """What one whitespace-free word of a class/id value says (see the bits above; kept per word).

    The parts are those of its lower-case tokens (split on ``#`` too; state flags aside; a page
    builder's layout words aside on its own tokens) and, unless the word is a page builder's or a
    state flag, its camel-case parts longer than three letters (``rightRail``, but not
    ``enableAdSlots``).
    """
    parts, strong = _word_parts(word)
    negative = _NEG_WORDS.intersection(parts)
    bits = (_NEG if negative else 0) | (_NOT_WEAK if not negative <= WEAK_NEGATIVE else 0) \
        | (_STRONG if strong else 0) | (0 if POSITIVE_HINTS.isdisjoint(parts) else _POS)
    if len(_WORD_BITS) >= CACHE_MAX:
        _WORD_BITS.clear()
    _WORD_BITS[word] = bits
    return bits


def _word_parts(word: str) -> tuple[set[str], bool]:
    """The parts of one class/id word (see :func:`_word_bits`), and whether a token of it is made only of
    negative and generic parts (one negative at least)."""
    parts: set[str] = set()
    strong = False
    low = word.lower()
    for tok in (low.replace("#", " ").split() if "#" in low else (low,)):
        if state_flag(tok):
            continue
        tparts = token_parts(tok)
        if not HOLDING_CUES.isdisjoint(tparts):
            tparts = own_parts(tok)
        parts.update(tparts if not tok.startswith(PAGE_BUILDER_PREFIXES) else
                     [p for p in tparts if p not in PAGE_BUILDER_PARTS])
        if not strong and not _NEG_WORDS.isdisjoint(tparts) and _NEG_OR_GENERIC.issuperset(tparts):
            strong = True
    if low == word and "#" not in low:
        pass  # camel-case parts: none without a capital, and the longer token parts are among the parts
    elif not low.startswith(PAGE_BUILDER_PREFIXES) and not state_flag(low):
        parts.update(p.lower() for p in _SPLIT_CAMEL.split(utility_name(word)) if len(p) > 3)
    return parts, strong


def comment_named(cls: "str | None", ident: "str | None") -> bool:
    """True when every negative word of a class and id names the comments region (``reply``,
    ``comments``; none of another region's): on a page declared a forum topic, a post's wrapper."""
    negative: set[str] = set()
    for value in (cls, ident):
        for word in (value or "").split():
            if _value_bits(word) & _NEG:
                negative.update(_NEG_WORDS.intersection(_word_parts(word)[0]))
    return bool(negative) and all(_NEG_PART[p] == "comments" for p in negative)


_REGION_CACHE: dict[frozenset[str], str] = {}
_TOKEN_REGION: dict[str, str] = {}


def _token_region(tok: str) -> str:
    """The region one lower-case class/id token names by its first negative part ("" for none,
    or for a state flag)."""
    got = _TOKEN_REGION.get(tok)
    if got is None:
        parts = token_parts(tok)  # (most tokens have no negative part: then no state flag is looked for)
        if not _NEG_WORDS.isdisjoint(parts) and not HOLDING_CUES.isdisjoint(parts):
            parts = own_parts(tok)
        got = "" if _NEG_WORDS.isdisjoint(parts) or state_flag(tok) else \
            next(_NEG_PART[p] for p in parts if p in _NEG_PART)
        if len(_TOKEN_REGION) >= CACHE_MAX:
            _TOKEN_REGION.clear()
        _TOKEN_REGION[tok] = got
    return got


def region_of(tokens: Iterable[str]) -> str:
    """The page region a block's cumulative class/id tokens place them in, or "": that of the first
    token (in sorted order) naming one."""
    key = tokens if isinstance(tokens, frozenset) else frozenset(tokens)
    got = _REGION_CACHE.get(key)
    if got is None:
        known = _TOKEN_REGION  # (looked up here: one call only for a token not seen before)
        if not key <= known.keys():  # (a look-up per token: ``key - known.keys()`` would go over the cache)
            for tok in key:
                if tok not in known:
                    _token_region(tok)
        # (the tokens naming a region, picked in C; unless the cache was emptied meanwhile)
        naming = list(filter(known.__getitem__, key)) if key <= known.keys() else \
            [tok for tok in key if _token_region(tok)]
        got = _token_region(min(naming)) if naming else ""
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
                 "others", "neg_first", "cls", "tag", "ident", "bads")

    def __init__(self, el: Any, parent: "_Cand | None", depth: int,
                 attributes: "tuple[str | None, str | None, str | None] | None" = None) -> None:
        self.el = el
        self.parent = parent
        self.depth = depth
        # (kept, as read once here: cards and alike siblings are grouped by tag and class)
        tag = self.tag = el.tag
        base = _TAG_HINT.get(tag, 1.0)  # (what _hint_of gives an element without class and id)
        if attributes is not None:  # (class, id, itemprop) as the block walk read them
            cls, ident, prop = attributes
            names = cls is not None or ident is not None or prop is not None
            if names:
                self.cls, self.ident = cls, ident
        else:
            # The names first (one call), then only the values there are: a look-up of an absent
            # attribute costs more than one of a present one (bytes names: not encoded at each call)
            names = el.keys()
            if names:
                cls = self.cls = el.get(b"class") if "class" in names else None
                ident = self.ident = el.get(b"id") if "id" in names else None
                prop = el.get(b"itemprop") if "itemprop" in names else None
        if names:
            if prop:
                self.hint = _hint_of(prop, tag, cls, ident)
                self.is_article = tag == "article" or prop.lower() in ARTICLE_PROPS
            else:  # (_hint_of without an itemprop, its words' bits looked up here: no call for a known value)
                self.is_article = tag == "article"
                if cls or ident:
                    bits = 0
                    if cls:
                        got = _VALUE_BITS.get(cls)
                        bits = got if got is not None else _value_bits(cls)
                    if ident:
                        got = _VALUE_BITS.get(ident)
                        bits |= got if got is not None else _value_bits(ident)
                    factor = _FACTOR_OF_BITS[bits]
                    self.hint = factor if factor != 1.0 else base
                else:
                    self.hint = base
        else:
            self.cls = self.ident = None
            self.hint = base  # (_hint_of of an element without attributes)
            self.is_article = tag == "article"
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
        self.other_article = False  # is or sits in an <article> headed by another headline than the title's
        self.others = 0  # such articles at or below
        self.neg_first = -1  # depth of the outermost negative element from the root down to it (pass 2)
        self.bads: list[Any] | None = None  # the link-dense blocks (kept or dropped) whose innermost candidate it is

    def add_bad(self, block: Any) -> None:
        """A link-dense block (kept or dropped) whose innermost candidate this is: the candidate is linked."""
        self.linked = True
        if self.bads is None:
            self.bads = [block]
        else:
            self.bads.append(block)

    @property
    def link_density(self) -> float:
        return self.links / self.text if self.text else 0.0

    def score(self) -> float:
        conc = self.conc
        if conc <= 0:
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
        text = self.text  # (``link_density``, read here without a property call)
        return conc * factor * (1.0 - (self.links / text if text else 0.0))


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


def _mark_cards(cands: dict[Any, _Cand], lead: _Feat | None = None) -> None:
    """Give a negative hint to lists of teaser cards: alike siblings, most with a link headline.

    On a page whose paragraph under the title is known (``lead``), a box that does not hold it is a
    list of cards when enough of its alike siblings with prose are cards: the siblings without
    prose (a bare link, an empty box) say nothing of the others (a sidebar's event boxes between
    its bare video links)."""
    lead_path = set(lead.block.path) if lead is not None else None
    for c in cands.values():
        if len(c.children) < CARD_MIN_SIBLINGS:
            continue
        groups: dict[tuple[Any, str], list[_Cand]] = {}
        for ch in c.children:
            groups.setdefault((ch.tag, ch.cls or ""), []).append(ch)
        for members in groups.values():
            if len(members) < CARD_MIN_SIBLINGS or not _fills(c, members):
                continue
            linked = sum(1 for m in members if _is_card(m))
            if linked >= CARD_LINKED_SHARE * len(members):
                if _repeated_calls(members):
                    continue
                c.hint = min(c.hint, CARD_FACTOR)
                break
            if lead_path is not None and linked >= CARD_MIN_SIBLINGS and c.el not in lead_path:
                with_prose = sum(1 for m in members if m.prose > 0)
                if linked >= CARD_LINKED_SHARE * with_prose and not _repeated_calls(members):
                    c.hint = min(c.hint, CARD_FACTOR)
                    break


def _fills(box: _Cand, members: list[_Cand]) -> bool:
    """True when alike siblings hold ``CARD_BOX_SHARE`` of their box's text: a list of cards is mostly its
    cards (a heading, a "more" link beside them), while a body that sets a few product or story cards
    between its own paragraphs holds most of its text outside them."""
    return sum(m.text for m in members) >= CARD_BOX_SHARE * box.text


def _targets(block: Any) -> set[str]:
    """Where a link-dense block leads: the ``href`` of the link its path runs through (a button wrapping
    it), else of the first ``CARD_TARGETS_MAX`` links inside its element."""
    out: set[str] = set()
    path = block.path
    for el in path:
        if el.tag == "a":
            href = el.get("href")
            if href and not href.isspace():
                out.add(href.strip())
    if not out and path:
        for n, a in enumerate(path[-1].iter("a")):
            if n >= CARD_TARGETS_MAX:
                break
            href = a.get("href")
            if href and not href.isspace():
                out.add(href.strip())
    return out


def _box_targets(c: _Cand) -> set[str]:
    """Where the link-dense blocks below ``c`` lead."""
    out: set[str] = set()
    stack = [c]
    while stack:
        x = stack.pop()
        if x.bads:
            for b in x.bads:
                out |= _targets(b)
        stack.extend(x.children)
    return out


def _repeated_calls(members: list[_Cand]) -> bool:
    """True when the link-dense blocks of alike boxes lead nowhere of their own: most boxes' links all go
    where another box's go too (one call to act under each section of a page: Contact us, a phone
    number, Book now), while a teaser's headline leads to its own story."""
    seen: dict[str, int] = {}
    per = []
    for m in members:
        if m.linked:
            got = _box_targets(m)
            per.append(got)
            for h in got:
                seen[h] = seen.get(h, 0) + 1
    if len(per) < CARD_MIN_SIBLINGS:
        return False
    own = sum(1 for got in per if not got or any(seen[h] == 1 for h in got))
    return own * 2 < len(per)


def _poll(form: Any) -> bool:
    """True for a form holding ``POLL_CHOICES`` enabled radio buttons: one answer of several (a poll, a
    quiz), never the article."""
    radios = 0
    for n, inp in enumerate(form.iter("input")):
        if n >= POLL_INPUTS_MAX:
            break
        if (inp.get("type") or "").lower() == "radio" and inp.get("disabled") is None:
            radios += 1
            if radios >= POLL_CHOICES:
                return True
    return False


def _poll_or_sign_in(form: Any) -> bool:
    """True for a poll (:func:`_poll`) or a form holding a password field: it signs a reader in or up
    (its labels, options and scrolled terms of use are no article)."""
    if _poll(form):
        return True
    for n, inp in enumerate(form.iter("input")):
        if n >= POLL_INPUTS_MAX:
            break
        if (inp.get("type") or "").lower() == "password":
            return True
    return False


def _no_attributes(el: Any) -> None:
    return None


def score_candidates(feats: list[_Feat], dropped: list[_Feat] = (),  # type: ignore[assignment]
                     lead: _Feat | None = None, signals: dict[Any, tuple[float, str]] | None = None,
                     title: Any = None, attributes: dict[Any, Any] | None = None,
                     forum: list[_Cand] | None = None) -> dict[Any, _Cand]:
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
    ``attributes``: the class, id and itemprop of elements, by element, as the block walk read
    them (see ``newsclean.locator.ATTRIBUTES_KEY``); the others' are read here.
    ``forum``: given on a page declared a forum topic, it receives the elements whose negative hint was
    all comment-named words (:func:`comment_named`: the wrappers of its posts), which lose it.
    """
    got_attributes = attributes.get if attributes else _no_attributes
    cands: dict[Any, _Cand] = {}
    through: dict[Any, list[_Cand]] = {}  # element -> a chain that runs through it (at its depth)

    def chain_of(path: tuple[Any, ...]) -> list[_Cand]:
        # An element's chain (the candidates of it and its ancestors) is the same
        # on every path through it: start from the deepest element already seen
        # and make candidates for the new ones below it, root side first (one new
        # list per new path, which every new element on it remembers).
        n = len(path)
        if not n:
            return []
        known = through.get(path[-1])
        if known is not None:  # its innermost element was seen: its chain is a prefix of that one
            return known if len(known) == n else known[:n]
        k = n - 1
        while k > 0:
            got = through.get(path[k - 1])
            if got is not None:
                chain = got[:k]
                parent = chain[-1]
                break
            k -= 1
        else:
            chain = []
            parent = None
        for i in range(k, n):
            el = path[i]
            c = cands[el] = _Cand(el, parent, i, got_attributes(el))
            if parent is not None:
                parent.children.append(c)
            chain.append(c)
            through[el] = chain
            parent = c
        return chain

    # A block's totals (``text``, ``links``, ``prose``) and ``linked`` go on its innermost candidate
    # and are summed up the tree once below (each candidate's own blocks first, then its children's
    # totals): one addition per block and per candidate, not one per element of every block's path.
    for f in dropped:
        chain = chain_of(f.block.path)
        if f.bad and chain:
            chain[-1].add_bad(f.block)
    chains = []
    total = 0.0
    for f in feats:  # pass 1: the tree of candidates, text and link totals
        chain = chain_of(f.block.path)
        chains.append(chain)
        prose = f.nonlink if f.value > 0 else 0.0
        total += prose
        if chain:
            last = chain[-1]
            last.text += f.weight
            last.links += f.link_weight
            last.prose += prose  # provisional, for card detection
            if f.bad:
                last.add_bad(f.block)
    for c in reversed(cands.values()):  # a parent comes before its children in ``cands``
        up = c.parent
        if up is not None:
            up.text += c.text
            up.links += c.links
            up.prose += c.prose
            if c.linked:
                up.linked = True
    _mark_cards(cands, lead)
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
        if strength == "lead" or strength == "post":
            sc.hint = max(sc.hint, 1.0)  # holds, or is alike what holds, the paragraph under the title
        elif weight < sc.hint and not (strength == "weak" and _prose_like(sc) and near(sc)):
            sc.hint = weight
    if forum is not None:  # (a declared forum topic's replies are its content, whatever their class says)
        for c in cands.values():
            if c.hint < 1.0 and comment_named(c.cls, c.ident):
                c.hint = 1.0
                forum.append(c)
    if lead is not None:
        _clear_lead_alikes(cands, lead)
    if lead is not None:  # nor on the elements around the first paragraph under the title
        for el in lead.block.path:  # (the others are not: ``lead`` False, set below)
            c = cands[el]
            c.lead = True
            c.hint = max(c.hint, 1.0)
    found = lead is not None
    for c in cands.values():  # (one loop) parents first: the outermost negative element above or at each
        if c.is_article:
            articles.append(c)
        if found and c.lead is None:
            c.lead = False
            if c.tag == "form" and _poll_or_sign_in(c.el):  # a poll or a sign-up form away from the
                c.hint = min(c.hint, FORM_FACTOR)  # paragraph under the title: a negative region, however much its
                # question and options, or its terms of use, read as prose
        up = c.parent
        first = up.neg_first if up is not None else -1
        c.neg_first = first if first >= 0 else (c.depth if c.hint < 1.0 else -1)
    neg_ats = [chain[-1].neg_first if chain else -1 for chain in chains]  # (a candidate's depth is its place
    if max(neg_ats, default=-1) <= 0:  # in the chain) no block below a negative element's parent: pass 2
        # would add to each candidate's prose and junk what pass 1 added to its prose and links, the
        # same numbers, so the totals of pass 1 stand; only the decayed value is summed
        for f, chain, neg_at in zip(feats, chains, neg_ats):
            f.neg_at = neg_at
            v = f.value
            if v > 0:
                factors = _DECAY_FACTORS.get((f.own, len(chain))) or _decay_factors(f.own, len(chain))
                for c, k in zip(chain, factors):
                    c.conc += v * k
            if neg_at == 0:
                for c in chain:
                    c.negative = True
        for c in cands.values():
            c.junk = c.links
        if len(articles) == 1:
            _mark_inside(articles[0])
        return cands
    for c in cands.values():
        c.prose = 0.0
    for f, chain, neg_at in zip(feats, chains, neg_ats):  # pass 2: negative regions, prose/junk totals, decayed value
        f.neg_at = neg_at
        v = f.value
        w, lw = f.weight, f.link_weight
        prose = f.nonlink if v > 0 else 0.0
        # above the outermost negative element everything is junk; from it down, links are
        # (and the value there is worth NEGATIVE_OUTSIDE to the elements above)
        if neg_at <= 0:  # (most blocks: the whole chain is "inner"; one loop for all its totals,
            # each total still taking the blocks in document order, so every sum stays the same)
            if v > 0:  # (then ``prose`` is the block's non-link weight, never 0)
                factors = _DECAY_FACTORS.get((f.own, len(chain))) or _decay_factors(f.own, len(chain))
                if lw:
                    for c, k in zip(chain, factors):
                        c.junk += lw
                        c.prose += prose
                        c.conc += v * k
                else:
                    for c, k in zip(chain, factors):
                        c.prose += prose
                        c.conc += v * k
            elif lw:
                for c in chain:
                    c.junk += lw
            if neg_at == 0:
                for c in chain:
                    c.negative = True
            continue
        inner = chain[neg_at:]
        _negative_totals(chain, neg_at, w, lw, prose)
        for c in inner:
            c.negative = True
        if v > 0:
            factors = _decay_factors(f.own, len(chain))
            for c, k in zip(chain[:neg_at], factors):
                c.conc += v * k * NEGATIVE_OUTSIDE
            for c, k in zip(inner, factors[neg_at:]):
                c.conc += v * k
    if len(articles) == 1:
        _mark_inside(articles[0])
    return cands


def _negative_totals(chain: list[_Cand], neg_at: int, w: float, lw: float, prose: float) -> None:
    """The junk and prose of a block below a negative element (at ``chain[neg_at]``, ``neg_at`` > 0):
    all its weight is junk above that element; from it down its links are, and its prose is prose."""
    for c in chain[:neg_at]:
        c.junk += w
    if lw:
        for c in chain[neg_at:]:
            c.junk += lw
    if prose:
        for c in chain[neg_at:]:
            c.prose += prose


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
    # (the attributes each candidate read once: every element of the lead's path is one)
    keys = {(c.tag, c.cls) for c in map(cands.__getitem__, lead.block.path[LEAD_ALIKE_FROM:]) if c.cls}
    if not keys:
        return
    on_path = set(lead.block.path)
    for c in cands.values():
        if c.hint in (NEGATIVE_FACTOR, STRONG_NEGATIVE_FACTOR, WEAK_NEGATIVE_FACTOR) and c.el not in on_path \
                and (c.tag, c.cls) in keys and _prose_like(c) and c.hint == hint_factor(c.el):
            c.hint = 1.0


def _mark_other_articles(cands: dict[Any, _Cand], chains: list[list[_Cand]], feats: list[_Feat],
                         dropped: list[_Feat], title: Any) -> None:
    """Flag the ``<article>`` elements (and what they hold) headed by another headline than the title.

    A headline is a heading block of the title's rank or higher, saying something else than the
    title heading; an article holding the title heading or a copy of it (a player's, the story's own),
    or around one, is never flagged.
    """
    level = title.level or 1
    title_path = set(title.path)
    said = " ".join(title.text.split()).casefold()  # (a heading saying the title again heads no other story)
    heads = [f.block for f in list(feats) + list(dropped) if f.block.kind == "heading" and f.block is not title]
    copies = {id(b): b for b in heads if " ".join(b.text.split()).casefold() == said}
    if copies:  # (an article holding a copy of the title heading, a player's or the story's own, is the same story)
        title_path = title_path.union(*(b.path for b in copies.values()))
    others: list[_Cand] = []
    for b in heads:
        if not (0 < b.level <= level) or id(b) in copies:
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
