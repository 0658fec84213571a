"""Counter lines: view, comment, like and share counts, reading times, lone numbers.

Article headers carry counters such as ``阅读 1.2万``, ``评论(5)``,
``1,234 views · 12 comments`` or ``5 min read``, and text dumps keep the
bare number of a counter widget as a line of its own (``0`` under the date).

A line is a counter line when it is made *only* of counter items (a label
with or without its number, a number with its unit) and separators. A bare
number is a counter only where counters live: in the header zone (within a
few lines of a short date/time line, before the body starts), or, in HTML,
when its own element's class/id names a counter. Runs of numbers (calendars,
pagination, numbered lists, table cells) are never taken.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.lines import COUNT_CLOSE, COUNT_NUMBER, COUNT_OPEN, is_lone_number
from newsclean.patterns import LazyPattern, LiteralGate, OpeningGate, any_part, any_token, ascii_alt, ascii_pattern, terms_source
from newsclean.text import nfkc, punct_count

from .declared.thread import POST_HEADS_KEY
from .vocab import counters as _vocab
from .vocab import terms

__all__ = ["is_counter_line", "is_lone_number", "is_member_line"]

# --- vocabulary --------------------------------------------------------------
#: Counter labels (Chinese); a number may follow, in brackets or after a colon.
LABELS_ZH = (
    "阅读", "阅读数", "阅读量", "阅读次数", "浏览", "浏览量", "浏览数", "浏览次数", "点击", "点击数", "点击量",
    "点击率", "访问量", "评论", "评论数", "条评论", "跟帖", "回复", "点赞", "赞", "收藏", "转发", "分享",
    "在看", "喜欢", "热度", "人气", "围观", "参与", "关注", "播放", "播放量", "观看", "次观看", "举报",
)
#: Units after a number: 1234人阅读, 5条评论, 10万+阅读.
UNITS_ZH = (
    "人阅读", "人已阅读", "次阅读", "阅读", "人浏览", "次浏览", "浏览", "次点击", "点击", "条评论", "评论", "人评论",
    "人点赞", "点赞", "个赞", "赞", "人收藏", "收藏", "次转发", "转发", "次分享", "分享", "人参与", "参与", "人围观",
    "围观", "在看", "人看过", "看过", "次播放", "播放", "次观看", "热度", "跟帖", "人关注", "关注",
    "总阅读", "总阅读量", "总访问", "篇文章", "文章", "粉丝", "获赞", "关注者", "作品",
)
#: Button labels that are never text of their own: dropped as a whole line anywhere.
BUTTONS_ZH = ("点赞", "在看", "赞", "收藏", "转发", "举报", "跟帖", "打赏", "赞赏")
#: Labels that alone are share buttons: left to the share-bar plugin.
SHARE_LIKE = frozenset(("分享", "转发", "share", "shares"))
#: Counter labels (English), singular and plural.
LABELS_EN = (
    "views", "view", "reads", "read", "comments", "comment", "likes", "like", "shares", "share", "replies", "reply",
    "responses", "response", "claps", "favorites", "favourites", "saves", "reactions", "retweets", "upvotes", "votes",
    "hits", "visits", "plays", "pageviews", "page views", "followers", "following",
)
#: Counter labels in other languages (Kommentare, commentaires, просмотров, コメント ...).
LABELS_INTL = terms(_vocab.LABELS)
#: A forum member's counts beside each post: ``Posts: 386``, ``Beiträge: 2.317`` (data in ``vocab.counters``).
MEMBER_STATS = terms(_vocab.MEMBER_STATS)
#: A forum member's join-date labels: ``Joined: Mar 2019`` (data in ``vocab.counters``).
MEMBER_SINCE = terms(_vocab.MEMBER_SINCE)
#: Reading-time widgets: "5 min read", "阅读时间 3 分钟", "Lesezeit: 3 Min." (data in ``vocab.counters``).
READING_TIME = _vocab.READING_TIME_FORMS
#: Class/id words of counter widgets (whole ``-``/``_`` parts of a token).
COUNTER_TOKENS = (
    "count", "counts", "counter", "views", "viewcount", "view", "pv", "hits", "clicks", "click", "readcount",
    "reads", "num", "likes", "like", "comments", "comment", "cmt", "stats", "meta",
)
_COUNTER_TOKENS_SET = frozenset(COUNTER_TOKENS)

_NUM = COUNT_NUMBER
#: Marks that separate the items of a counter line (whitespace too).
_SEP_MARKS = "|｜丨/／·•・,，:：;；-–—+＋"
_SEP = r"[\s" + re.escape(_SEP_MARKS) + "]"
_OPEN, _CLOSE = COUNT_OPEN, COUNT_CLOSE


def _alt(words: tuple[str, ...]) -> str:
    return terms_source(words)


_ITEM_ZH = (
    rf"(?:{_alt(LABELS_ZH)})(?:数|量|次数)?\s*[:：]?\s*(?:{_OPEN}\s*{_NUM}\s*(?:次|人|条)?\s*{_CLOSE}|{_NUM}\s*(?:次|人|条)?)?"
    rf"|{_NUM}\s*(?:{_alt(UNITS_ZH)})"
)
# A join date: 2017, 19.03.2019, 2019-03-19, Mar 2019, Mar 19, 2019, 19. März 2019 (each part bounded).
_SINCE_DATE = (r"(?:\d{1,2}\.?\s*[^\W\d_]{3,9}\.?\s*\d{4}|[^\W\d_]{3,9}\.?\s*\d{1,2},\s*\d{4}"
               r"|[^\W\d_]{3,9}\.?\s*\d{4}|\d{1,4}(?:[./-]\s?\d{1,4}){0,2})(?!\w)")
_ITEM_EN = (
    rf"{_NUM}\s*(?:{_alt(LABELS_EN + LABELS_INTL)})(?!\w)"
    rf"|(?:{_alt(LABELS_EN + LABELS_INTL)})\s*[:：]?\s*(?:{_OPEN}\s*{_NUM}\s*{_CLOSE}|{_NUM})"
    rf"|no\s+comments|be\s+the\s+first\s+to\s+comment"
)
_ITEM = rf"(?:{_ITEM_ZH}|{_ITEM_EN}|{'|'.join(READING_TIME)})"
# (items, each after its separators: the item alternation written once, half the pattern to compile)
_COUNTER_LINE = re.compile(rf"^(?:{_SEP}*(?:{_ITEM}))+{_SEP}*$", re.I)
# The same line for ASCII text, on its lower case without IGNORECASE (several times faster; _NUM's
# letter class holds both cases, READING_TIME's letters are lower case).
_ITEM_ZH_ASCII = (
    rf"(?:{ascii_alt(LABELS_ZH)})(?:数|量|次数)?\s*[:：]?\s*(?:{_OPEN}\s*{_NUM}\s*(?:次|人|条)?\s*{_CLOSE}|{_NUM}\s*(?:次|人|条)?)?"
    rf"|{_NUM}\s*(?:{ascii_alt(UNITS_ZH)})"
)
_ITEM_EN_ASCII = (
    rf"{_NUM}\s*(?:{ascii_alt(LABELS_EN + LABELS_INTL)})(?!\w)"
    rf"|(?:{ascii_alt(LABELS_EN + LABELS_INTL)})\s*[:：]?\s*(?:{_OPEN}\s*{_NUM}\s*{_CLOSE}|{_NUM})"
    rf"|no\s+comments|be\s+the\s+first\s+to\s+comment"
)
_ITEM_ASCII = rf"(?:{_ITEM_ZH_ASCII}|{_ITEM_EN_ASCII}|{'|'.join(map(ascii_pattern, READING_TIME))})"
_COUNTER_LINE_ASCII = re.compile(rf"^(?:{_SEP}*(?:{_ITEM_ASCII}))+{_SEP}*$")
_LINE_OPENING = OpeningGate(LazyPattern(_ITEM, re.I), skip=_SEP_MARKS)  # (the first item opens after the marks)
#: Bare labels that, with no number, could be a heading ("评论", "Comments"):
#: such a line is a counter only in the header zone or with another item.
_BARE = re.compile(rf"^\s*(?:{_alt(LABELS_ZH)}|{_alt(LABELS_EN + LABELS_INTL)})\s*$", re.I)
# A forum member's line: member counts and join dates (and other counter items) only, one member item at least
# (the member labels that are counter labels too are left to the counter items: one way to read a line).
_COUNTER_LABELS_LOWER = frozenset(t.lower() for t in LABELS_EN + LABELS_INTL)
_MEMBER_ONLY = tuple(t for t in MEMBER_STATS if t.lower() not in _COUNTER_LABELS_LOWER)
_MEMBER_ITEM = (
    rf"{_NUM}\s*(?:{_alt(_MEMBER_ONLY)})(?!\w)"
    rf"|(?:{_alt(_MEMBER_ONLY)})\s*(?:[:：]\s*)?(?:{_OPEN}\s*{_NUM}\s*{_CLOSE}|{_NUM})"
    rf"|(?:{_alt(MEMBER_SINCE)})\s*(?:[:：]\s*)?{_SINCE_DATE}"
)
_MEMBER_LINE = LazyPattern(rf"^(?:{_SEP}*(?:{_ITEM}|{_MEMBER_ITEM}))+{_SEP}*$", re.I)
_MEMBER_SOME = LazyPattern(_MEMBER_ITEM, re.I)
#: Every member item holds one of these labels: a line without any is looked at once.
_MEMBER_LABELS = LiteralGate(_MEMBER_ONLY + MEMBER_SINCE)
#: A member's count label or join-date label alone (a profile box's term; its value on the next line).
_MEMBER_TERM = LazyPattern(rf"^\s*(?:{_alt(MEMBER_STATS)})\s*(?:[:：]\s*)?$", re.I)
_SINCE_TERM = LazyPattern(rf"^\s*(?:{_alt(MEMBER_SINCE)})\s*(?:[:：]\s*)?$", re.I)
_SINCE_VALUE = LazyPattern(rf"^\s*{_SINCE_DATE}\s*$", re.I)
_BUTTON = re.compile(rf"^\s*(?:{_alt(BUTTONS_ZH)})(?:{_SEP}+(?:{_alt(BUTTONS_ZH)}))*\s*$")
_HAS_DIGIT = re.compile(r"\d")
_SEP_ENDS = re.compile(rf"^{_SEP}+|{_SEP}+$")  # (separators opening or closing a line)
_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{1,2}:\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|(?:\d+\s*(?:分钟|小时|天)前|\d+\s+(?:minutes?|hours?|days?)\s+ago)", re.I)
_DATE_ASCII = re.compile(ascii_pattern(_DATE.pattern, lower=True))  # (on the lower case of ASCII text)

#: Longest counter line considered (characters).
MAX_CHARS = 80
#: Lines after a date line (and before it) that still belong to the header.
HEADER_REACH = 3
#: A profile box's label alone, and its value alone on the next line, are at most this long (characters).
MEMBER_TERM_CHARS = 24
#: A date line longer than this is prose, not a header line.
DATE_LINE_MAX = 60
#: A paragraph this long and sentence-like starts the body (ends the header zone).
BODY_CHARS = 80


def is_counter_line(text: str) -> bool:
    """True when ``text`` is made only of counter items with at least one number,
    of two or more counter items (``点赞 收藏 评论``), or of like/collect buttons."""
    t = nfkc(text).strip()
    if not t or len(t) > MAX_CHARS or not _LINE_OPENING(t):
        return False
    if not (_COUNTER_LINE_ASCII.match(t.lower()) if t.isascii() else _COUNTER_LINE.match(t)):
        return False
    core = _strip_sep(t)
    return bool(_HAS_DIGIT.search(t)) or not _BARE.match(core) or bool(_BUTTON.match(core))


def _strip_sep(t: str) -> str:
    return _SEP_ENDS.sub("", t)


def _bare_counter_label(text: str) -> bool:
    """One counter label alone (``评论``, ``Comments``), not a share button (the share bar's)."""
    core = _strip_sep(nfkc(text).strip())
    return bool(_BARE.match(core)) and core.lower() not in SHARE_LIKE


def is_member_line(text: str) -> bool:
    """True when ``text`` is a forum member's counts or join date beside a post (``Posts: 386``,
    ``Beiträge: 2.317``, ``209 posts · Joined 2017``): member items and other counter items only."""
    t = nfkc(text).strip()
    if not t or len(t) > MAX_CHARS or not _HAS_DIGIT.search(t):
        return False
    return _MEMBER_LABELS(t) and bool(_MEMBER_SOME.search(t)) and bool(_MEMBER_LINE.match(t))


def _header_zone(blocks: list[Block], title: str | None = None) -> set[int]:
    """Indexes (in ``blocks``) of the article header: within reach of a short
    date/time line, of the main (h1) heading or of the title line (the title
    proposed so far, if any), before the body starts.

    The body starts at the first long sentence-like paragraph; date lines
    after it (comments, teaser lists) open no zone.
    """
    zone: set[int] = set()
    end = len(blocks)
    key = _squash(title) if title else ""
    for i, b in enumerate(blocks):
        if b.chars >= BODY_CHARS and b.punct >= 2:
            end = i
            break
        if b.chars <= DATE_LINE_MAX and _HAS_DIGIT.search(b.text) and (
                _DATE_ASCII.search(b.text.lower()) if b.text.isascii() else _DATE.search(b.text)):
            # (every form of _DATE holds a digit: a line without one is looked at once)
            zone.update(range(max(0, i - HEADER_REACH), i + HEADER_REACH + 1))
        elif (b.kind == "heading" and b.level == 1) or (key and _may_hold(b, key) and key in _squash(b.text)):
            zone.update(range(i + 1, i + HEADER_REACH + 1))
    return {j for j in zone if j < end}


def _squash(text: str) -> str:
    return "".join(nfkc(text).split()).lower()


def _may_hold(b: Block, key: str) -> bool:
    """False when ``_squash(b.text)`` is surely shorter than ``key``: an ASCII text squashes to its
    ``chars`` (NFKC and lower case keep its length); other text may grow under NFKC (``㍿``)."""
    return b.chars >= len(key) or not b.text.isascii()


def _in_number_run(blocks: list[Block], i: int) -> bool:
    """A lone number next to other lone numbers (calendar, pagination, table cells)."""
    def num(j: int) -> bool:
        return 0 <= j < len(blocks) and is_lone_number(blocks[j].text)
    if num(i - 1) and num(i + 1):
        return True
    # consecutive integers (1, 2 ...) are list numbering or pagination
    for j in (i - 1, i + 1):
        if num(j):
            a, b = _int(blocks[i].text), _int(blocks[j].text)
            if a is not None and b is not None and abs(a - b) == 1:
                return True
    return False


def _int(text: str) -> int | None:
    t = nfkc(text).strip().strip("()[]")
    return int(t) if t.isdigit() else None


def _drop_counters(doc: Document) -> None:
    blocks = doc.blocks
    title = doc.meta.get("title")
    zone = _header_zone(blocks, title if isinstance(title, str) and len(title) >= 4 else None)
    for i, b in enumerate(blocks):
        if b.dropped is not None or b.chars > MAX_CHARS:
            continue
        t = b.text
        if is_counter_line(t):
            doc.drop(b, "counter", "line made only of view/comment/like counters", region="header" if i in zone else "")
        elif i in zone and b.kind != "heading" and _bare_counter_label(t):
            doc.drop(b, "counter", "counter label alone in the article header", region="header")
        elif is_lone_number(t) and not _in_number_run(blocks, i):
            if i in zone:
                doc.drop(b, "counter", "lone number in the article header (a view/comment count)", region="header")
            elif doc.is_html and b.kind != "list_item" and any_part(b.tokens, _COUNTER_TOKENS_SET) \
                    and _own_counter_class(b):
                doc.drop(b, "counter", "lone number in a counter element", region="header")


def _drop_member_stats(doc: Document) -> None:
    """After the locator (so that its choice of posts is the one it made with them): a forum
    member's counts and join date beside each kept post, on a line of their own or as a profile
    box's label over its value."""
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.dropped is not None or b.chars > MAX_CHARS:
            continue
        value = _member_value(blocks, i)
        if value is not None:
            doc.drop(b, "counter", "a forum member's count or join-date label over its value")
            doc.drop(value, "counter", "a forum member's count or join date under its label")
        elif is_member_line(b.text):
            doc.drop(b, "counter", "a forum member's counts or join date beside a post")
    for author, stamp in doc.state.get(POST_HEADS_KEY) or ():
        for b in blocks[author + 1: stamp]:  # (a few blocks: see threadshape.AUTHOR_LOOKBACK)
            if b.dropped is None and b.chars <= MAX_CHARS and (not punct_count(b.text) or is_lone_number(b.text)):
                doc.drop(b, "counter", "a forum member's rank or counts, between a post's author line and its "
                         "time stamp")


def _member_value(blocks: list[Block], i: int) -> "Block | None":
    """The next block when ``blocks[i]`` is a member's count label alone (``Messages``) and that
    block its number alone (``9,525``), or a join-date label alone and that block a date alone."""
    b = blocks[i]
    if b.chars > MEMBER_TERM_CHARS or i + 1 >= len(blocks) or b.kind in ("heading", "table") \
            or _HAS_DIGIT.search(b.text):
        return None
    nxt = blocks[i + 1]
    if nxt.dropped is not None or nxt.chars > MEMBER_TERM_CHARS or not _HAS_DIGIT.search(nxt.text):
        return None
    if _MEMBER_TERM.match(nfkc(b.text)):
        return nxt if is_lone_number(nxt.text) else None
    if _SINCE_TERM.match(nfkc(b.text)):
        return nxt if _SINCE_VALUE.match(nfkc(nxt.text)) else None
    return None


def _own_counter_class(b: Block) -> bool:
    """The counter class sits on the block's own element or its parent, not far up."""
    from newsclean.blocks import element_tokens

    for el in b.path[-2:]:
        if any_token(element_tokens(el), _COUNTER_TOKENS_SET):
            return True
    return False


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_counters, order=200, stage="blocks", kind="counter",
                  description="view/comment/like counters, reading times, lone header numbers"))
    register(Step("members", _drop_member_stats, order=520, stage="blocks", kind="counter",
                  description="a forum member's counts and join date beside each post (after the locator)"))
