"""The heading of a related, hot or recommended list: 相关阅读, Related articles, Most read, Lire aussi.

The related-lists step starts a list of teasers at one; the locator's inside step may read it too (a
"related" heading over a list, not one introducing the article's own). It lives here, in the helper
package, so that no plugin imports another (``plugins/related.py`` re-exports these names).
"""
from __future__ import annotations

import re

from newsclean.patterns import ASCII_FOLDS, ascii_pattern, terms_source

from ..vocab import related as _vocab
from ..vocab import terms
from . import Lexicon, Phrases, fold
from .references import heading_core

__all__ = ["HEADING_MAX_CHARS", "is_related_heading", "is_related_lead"]

# --- vocabulary --------------------------------------------------------------
HEADINGS_ZH = (
    "相关内容", "相关阅读", "相关新闻", "相关文章", "相关报道", "相关链接", "相关推荐", "相关资讯", "相关专题", "相关话题",
    "相关视频", "相关图集", "相关稿件", "热门资讯", "热门推荐", "热门文章", "热门新闻", "热门阅读", "热门排行", "热门话题",
    "热点新闻", "热点推荐", "热点资讯", "热点文章", "热点排行", "热读", "热文", "热文推荐", "热榜", "推荐阅读", "推荐文章",
    "推荐新闻", "推荐内容", "推荐资讯", "为你推荐", "为您推荐", "编辑推荐", "精彩推荐", "今日推荐", "猜你喜欢", "猜您喜欢",
    "你可能感兴趣", "您可能感兴趣", "你可能感兴趣的文章", "您可能感兴趣的文章", "你可能还喜欢", "你可能也喜欢",
    "延伸阅读", "扩展阅读", "拓展阅读", "深度阅读", "更多阅读", "更多精彩", "更多新闻", "更多资讯", "更多文章",
    "更多内容", "更多报道", "排行榜", "新闻排行", "点击排行", "阅读排行", "24小时排行",
    "24小时热闻", "本周热门", "本月热门", "大家都在看", "往期回顾", "往期精彩", "往期推荐", "近期文章", "最新文章",
    "最新资讯", "最新新闻", "最新报道", "一周要闻", "要闻推荐", "精彩图集", "热门标签", "相关标签",
)
HEADINGS_EN = (
    "related", "related articles", "related stories", "related news", "related content", "related posts",
    "related coverage", "related reading", "related links", "related topics", "related videos", "more related",
    "most read", "most popular", "most viewed", "most shared", "most emailed", "popular", "popular now",
    "popular stories", "popular articles", "popular posts", "trending", "trending now", "trending stories",
    "read more", "read next", "read this next", "what to read next", "up next", "more stories", "more news",
    "more articles", "more on this story", "more on this topic", "more like this", "more for you", "more to explore",
    "you may also like", "you might also like", "you may like", "you might like", "you may also be interested in",
    "you might be interested in", "recommended", "recommended for you", "recommended stories", "recommended articles",
    "recommended reading", "recommended videos", "further reading", "see also", "also read", "also on", "don't miss",
    "top stories", "latest news", "latest stories", "latest articles", "editor's picks", "editors' picks",
    "around the web", "from the web", "keep reading", "in other news", "other news",
)
#: Headings in other languages (Ähnliche Beiträge, Lire aussi, Читайте также, 関連記事 ...).
HEADINGS_INTL = terms(_vocab.HEADINGS)
#: Patterns of headings that name a section or site: "More from Reuters", "更多科技新闻".
HEADING_PATTERNS_INTL = terms(_vocab.HEADING_PATTERNS)
HEADING_PATTERNS = (
    r"more (?:from|in|on|about|stories from|news from) .{1,40}", r"(?:latest|top) (?:from|in) .{1,40}",
    r"latest posts by .{1,40}", r"(?:posts|articles|stories) related to .{1,40}",
    r"更多.{1,8}(?:新闻|资讯|文章|内容|报道|阅读|精彩|推荐)",
) + HEADING_PATTERNS_INTL
#: Headings naming a site that count only when a colon closes them and the name is capitalised
#: (``Also on The Ledger:``, ``Related on The Ledger:``; ``Also on Monday, police said:`` opens a quotation of
#: the story).
COLON_HEADING_PATTERNS = (r"(?:Also on|ALSO ON|Related on|RELATED ON) [A-Z][^\s,]*(?: [A-Z][^\s,]*){0,2}",)
#: How the heading patterns above begin (a test checks).
HEADING_PATTERN_STARTS = ("more", "latest", "top", "posts", "articles", "stories", "更多") + _vocab.HEADING_PATTERN_STARTS
#: "See all" links that may trail a heading (``Related »  more``).
MORE_LINKS = ("更多", "查看更多", "more", "view all", "see all", "see more") + terms(_vocab.MORE_LINKS)
#: Phrases of a line leading into a list of other posts (``If you liked this post you might also like:``).
LIST_LEADS = terms(_vocab.LIST_LEADS)
#: Headings longer than this (characters) are text, not headings.
HEADING_MAX_CHARS = 24

_HEADING = re.compile(
    r"^(?:" + terms_source(HEADINGS_ZH + HEADINGS_EN) + "|" + "|".join(HEADING_PATTERNS[:-len(HEADING_PATTERNS_INTL)])
    + r")(?:\s*[>»›]+)?(?:\s*" + terms_source(MORE_LINKS) + ")?$", re.I)
# Other languages: a lexicon of whole headings (fast to build), their patterns, and the same trailers.
_HEADING_INTL = Lexicon(HEADINGS_INTL)
_COLON_HEADING = re.compile(r"^(?:" + "|".join(COLON_HEADING_PATTERNS) + r")$")
_HEADING_INTL_PATTERNS = re.compile(r"^(?:" + "|".join(HEADING_PATTERNS_INTL) + r")$", re.I)
_MORE_FOLDED = tuple(sorted({fold(m) for m in MORE_LINKS}, key=len, reverse=True))
_HEADING_ASCII = re.compile(ascii_pattern(_HEADING.pattern, lower=True))
_SPACES = re.compile(r"\s+")
# What a heading can open with (a cheap test before the long case-insensitive pattern).
_HEADING_FIRST = frozenset(h[0].lower() for h in HEADINGS_ZH + HEADINGS_EN + HEADINGS_INTL + HEADING_PATTERN_STARTS)


_core = heading_core  # (tests read it here)


def is_related_heading(text: str) -> bool:
    """True when the whole text is a related/hot/recommended heading."""
    t = _core(text)
    if not 0 < len(t) <= HEADING_MAX_CHARS * 2:
        return False
    if t[0].lower() not in _HEADING_FIRST and t[0] not in ASCII_FOLDS:
        return False
    if not t.isprintable() or "  " in t:  # (else its only whitespace is single spaces already)
        t = _SPACES.sub(" ", t)
    if _HEADING_ASCII.match(t.lower()) if t.isascii() else _HEADING.match(t):
        return True
    if text.rstrip().endswith((":", "：")) and _COLON_HEADING.match(t):
        return True
    core = fold(t).rstrip(" >»›")
    if _HEADING_INTL.whole(core):
        return True
    for more in _MORE_FOLDED if core.endswith(_MORE_FOLDED) else ():  # a "see all" link after the heading
        if core.endswith(more) and core[-len(more) - 1:-len(more)] in (" ", ">", "»", "›"):
            core = core[:-len(more)].rstrip(" >»›")
            break
    return bool(core) and (_HEADING_INTL.whole(core) or _HEADING_INTL_PATTERNS.match(core) is not None)


_LIST_LEADS = Phrases(LIST_LEADS)
#: A sentence's end inside a lead-in line: it is prose that goes on, not one clause leading into a list.
_INNER_STOP = re.compile(r"[.!?。！？]\s")


def is_related_lead(text: str) -> bool:
    """True when a short line closed by a colon leads into a list of other posts: it holds a phrase
    of ``LIST_LEADS`` (``You may also be interested in the following articles:``, ``Diese Beiträge
    könnten dich auch interessieren:``), is one clause and at most ``HEADING_MAX_CHARS * 3`` long."""
    t = text.strip()
    if not t.endswith((":", "：")) or len(t) > HEADING_MAX_CHARS * 3:
        return False
    core = heading_core(t)
    return bool(core) and _INNER_STOP.search(core) is None and _LIST_LEADS.search(core) is not None
