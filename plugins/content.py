"""Find the article among the blocks that are left; drop the rest as boilerplate.

How (HTML only, after the specific-noise steps):

1. Each kept block gets a *value*: its text outside links, in Latin-equivalent
   characters (a Han character counts as three), plus a little for sentence
   punctuation (full-width too), minus its link text and a fixed cost per
   block. Long prose is worth a lot; menus, tag lists, dates and share
   buttons are worth less than nothing.
2. Every element on a block's path is a candidate container; its score is the
   sum of the values of the blocks inside it, raised for class/id hints of
   article bodies (``article-body``, ``itemprop=articleBody``, ``<article>``)
   and lowered for hints of comments, sidebars and related lists. The best
   container wins (the tightest one when a child holds nearly all of it).
3. Blocks outside the container are dropped, named after it and after the
   region they sat in when their tokens say so. Inside it, link lists and the
   short non-prose runs at its start and end (jusText-style: a short block
   takes the verdict of its neighbours) are dropped too.
4. When that leaves almost nothing, a gentler pass keeps every block that
   reads like prose, and the document notes the fallback.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from newsclean import Step, hookimpl
from newsclean.text import cjk_count

# ---------------------------------------------------------------------------
# vocabulary: class/id token parts that hint at what a container is
# ---------------------------------------------------------------------------

#: Containers of the article body (en; pinyin of 正文 / 内容 / 文章).
POSITIVE_HINTS = frozenset((
    "article", "articlebody", "article-body", "articlecontent", "content", "contents", "post", "postbody",
    "entry", "entrycontent", "story", "storybody", "body", "text", "main", "maincontent", "detail", "details",
    "blog", "news", "newsbody", "newscontent", "prose", "rich", "richtext", "single", "page-content",
    "zhengwen", "neirong", "wenzhang", "con", "cont", "txt", "article_content", "artibody",
))
#: Containers of something else, by region (en; pinyin where sites use it).
NEGATIVE_HINTS: dict[str, frozenset[str]] = {
    "comments": frozenset(("comment", "comments", "disqus", "reply", "replies", "respond", "pinglun")),
    "sidebar": frozenset(("sidebar", "side", "aside", "rail", "widget", "widgets", "sidebox")),
    "related": frozenset(("related", "recommend", "recommended", "recommendation", "more", "also", "popular",
                          "trending", "hot", "rank", "ranking", "most", "mostread", "readmore", "tuijian",
                          "xiangguan", "remen", "paihang", "teaser", "teasers", "promo", "outbrain", "taboola")),
    "nav": frozenset(("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumbs", "daohang")),
    "header": frozenset(("header", "masthead", "topbar", "banner")),
    "footer": frozenset(("footer", "foot", "copyright", "banquan", "bottom")),
    "ad": frozenset(("ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "guanggao")),
    "share": frozenset(("share", "sharing", "social", "fenxiang")),
}
#: Attribute values that say "this is the article body" outright.
ARTICLE_MARKERS = ("articlebody", "text", "articletext")  # itemprop values

# ---------------------------------------------------------------------------
# tuning (Latin-equivalent characters unless said otherwise)
# ---------------------------------------------------------------------------

CJK_WEIGHT = 3  # a Han/kana character carries about as much as three Latin letters
BLOCK_COST = 25  # what a block must carry to be worth including
LINK_COST = 1.0  # each link character costs this much
PUNCT_BONUS = 4  # per sentence mark, up to PUNCT_BONUS_MAX
PUNCT_BONUS_MAX = 40
POSITIVE_FACTOR = 1.25
NEGATIVE_FACTOR = 0.5
TIGHTEN_SHARE = 0.9  # descend into a child holding this share of the container's positive value
LINK_LIST_DENSITY = 0.5  # a block at least this link-dense is a link, not prose
GOOD_LENGTH = 70  # a block this long (weighted), not link-dense, is prose
SHORT_LENGTH = 30  # shorter blocks take their neighbours' verdict
FALLBACK_SHARE = 0.2  # below this share of the page's prose, the result is suspicious

_SPLIT = re.compile(r"[-_:\s]+")
_SENTENCE_PUNCT = re.compile(r"[.!?;,:。！？；，、：…]")
_NEG_PART = {p: region for region, parts in NEGATIVE_HINTS.items() for p in parts}
_REGION_NAMES = {"comments": "comments", "sidebar": "sidebar", "nav": "nav", "header": "header",
                 "footer": "footer", "related": "related", "ad": "ad", "share": "share"}


# ---------------------------------------------------------------------------
# block features
# ---------------------------------------------------------------------------

class _Feat:
    __slots__ = ("block", "weight", "link_weight", "punct", "value", "good", "bad", "short")

    def __init__(self, block: Any) -> None:
        self.block = block
        chars = block.chars
        cjk = cjk_count(block.text) if chars and not block.text.isascii() else 0
        w = chars + (CJK_WEIGHT - 1) * cjk
        ld = block.link_density
        self.weight = w
        self.link_weight = w * ld
        self.punct = block.punct
        value = w - self.link_weight - LINK_COST * self.link_weight - BLOCK_COST
        value += min(PUNCT_BONUS * block.punct, PUNCT_BONUS_MAX) if ld < LINK_LIST_DENSITY else 0
        self.value = value
        self.bad = ld >= LINK_LIST_DENSITY
        self.good = not self.bad and w >= GOOD_LENGTH and block.punct > 0
        self.short = w < SHORT_LENGTH


_HINT_CACHE: dict[str, float] = {}


def _hint_factor(el: Any) -> float:
    """Multiplier from an element's tag, class, id and itemprop."""
    tag = el.tag if isinstance(el.tag, str) else ""
    factor = 1.0
    if tag == "article" or tag == "main":
        factor = POSITIVE_FACTOR
    prop = (el.get("itemprop") or "").lower()
    if prop in ARTICLE_MARKERS:
        return POSITIVE_FACTOR * POSITIVE_FACTOR
    key = (el.get("class") or "") + "#" + (el.get("id") or "")
    if key == "#":
        return factor
    got = _HINT_CACHE.get(key)
    if got is None:
        got = 1.0
        parts = [p for p in _SPLIT.split(key.lower().replace("#", " ")) if p]
        if any(p in _NEG_PART for p in parts):
            got = NEGATIVE_FACTOR
        elif any(p in POSITIVE_HINTS for p in parts):
            got = POSITIVE_FACTOR
        if len(_HINT_CACHE) < 20000:
            _HINT_CACHE[key] = got
    return got if got != 1.0 else factor


def region_of(tokens: Iterable[str]) -> str:
    """The page region a block's cumulative class/id tokens place it in, or ""."""
    for tok in tokens:
        for p in _SPLIT.split(tok):
            r = _NEG_PART.get(p)
            if r:
                return _REGION_NAMES[r]
    return ""


def _describe(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else "?"
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    out = f"<{tag}"
    if ident:
        out += f' id="{ident}"'
    if cls:
        out += f' class="{" ".join(cls[:2])}"'
    return out + ">"


# ---------------------------------------------------------------------------
# locating
# ---------------------------------------------------------------------------

def choose_container(feats: list[_Feat]) -> Any:
    """The element whose blocks sum to the highest hinted value, tightened."""
    score: dict[Any, float] = {}
    positive: dict[Any, float] = {}
    depth: dict[Any, int] = {}
    for f in feats:
        v = f.value
        pv = v if v > 0 else 0.0
        for d, el in enumerate(f.block.path):
            score[el] = score.get(el, 0.0) + v
            if pv:
                positive[el] = positive.get(el, 0.0) + pv
            depth[el] = d
    if not score:
        return None
    best, best_s = None, float("-inf")
    for el, s in score.items():
        if s > 0:
            s *= _hint_factor(el)
        if s > best_s or (s == best_s and depth[el] > depth.get(best, -1)):
            best, best_s = el, s
    if best is None:
        return None
    return best


def _verdicts_inside(feats: list[_Feat]) -> list[bool]:
    """jusText-style keep/drop for the blocks of the container, in order."""
    n = len(feats)
    keep = [False] * n
    state: list[str] = []
    for f in feats:
        b = f.block
        if f.bad:
            state.append("bad")
        elif f.good or b.kind in ("heading", "table", "code", "quote") or (b.kind == "list_item" and not f.short):
            state.append("good")
        elif f.short:
            state.append("short")
        else:
            state.append("near")
    # short and near-good blocks between good ones are kept; at the edges they go
    first = next((i for i, s in enumerate(state) if s == "good"), None)
    if first is None:
        return [s != "bad" for s in state]
    last = max(i for i, s in enumerate(state) if s == "good")
    for i, s in enumerate(state):
        if s == "bad":
            keep[i] = False
        elif first <= i <= last:
            keep[i] = True
        else:
            keep[i] = s == "near"
    return keep


def locate(doc: Any) -> None:
    """Drop every kept block outside the article, and boilerplate inside it."""
    kept = [b for b in doc.blocks if b.dropped is None]
    if not kept:
        return
    feats = [_Feat(b) for b in kept]
    container = choose_container(feats)
    if container is None:
        return
    page_prose = sum(f.weight - f.link_weight for f in feats if f.good)
    inside = [f for f in feats if container in f.block.path]
    outside = [f for f in feats if container not in f.block.path]
    verdicts = _verdicts_inside(inside)
    kept_prose = sum(f.weight - f.link_weight for f, k in zip(inside, verdicts) if k)
    if page_prose > 0 and kept_prose < FALLBACK_SHARE * page_prose:
        doc.note(f"content: the best container {_describe(container)} held only {kept_prose:.0f} of "
                 f"{page_prose:.0f} prose characters; kept every prose block instead")
        for f in feats:
            if not (f.good or (f.block.kind == "heading" and not f.bad)):
                doc.drop(f.block, "boilerplate", "not prose (fallback pass: no clear article container)")
        return
    where = _describe(container)
    for f in outside:
        region = region_of(f.block.tokens)
        doc.drop(f.block, "boilerplate", f"outside the article container {where}", region=region)
    for f, k in zip(inside, verdicts):
        if k:
            continue
        reason = ("link list inside the article container" if f.bad
                  else "short non-prose line at the edge of the article")
        doc.drop(f.block, "boilerplate", reason, region=region_of(f.block.tokens))


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("locate", locate, order=500, stage="blocks", kind="boilerplate", input_kinds=("html",),
                  description="score containers by prose, punctuation, links and hints; keep the best"))
