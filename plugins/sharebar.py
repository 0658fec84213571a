"""Share and tool bars: 分享到 微信 微博, 字号 大 中 小, 打印, Share / Tweet / Email / Print.

Two ways to recognise them:

* **by the words**: a line made *only* of share/tool items and separators,
  with at least one item that names the bar (分享 / 字号 / 打印 / Share / Tweet
  / Facebook ...) or at least two items. ``微信`` alone, ``中`` alone or a
  sentence that mentions Facebook are not bars;
* **by the markup** (HTML): a short, link-dense block whose ancestors carry a
  share/social/toolbar class or id token, inside a container that holds little
  text (so a page whose ``<body>`` class says ``has-share-bar`` loses nothing).
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document
from newsclean.patterns import MarkedBox, OpeningGate, ascii_alt, marked_boxes, terms_source
from newsclean.text import nfkc

from .vocab import share as _vocab
from .vocab import terms

__all__ = ["is_share_line"]

# --- vocabulary --------------------------------------------------------------
#: Items that name a share or tool bar on their own.
STRONG_ZH = (
    "分享到", "分享至", "分享给", "分享本文到", "分享文章到", "分享本文", "一键分享", "分享", "转发到", "转发至", "字号", "字体", "打印", "打印本页",
    "打印本文", "收藏本文", "收藏本页", "加入收藏", "关闭窗口", "关闭本页", "复制链接", "复制网址", "复制本文网址",
    "推荐给朋友", "发送给朋友", "分享到微信", "分享到微博", "微信扫一扫", "扫一扫分享", "新浪微博", "腾讯微博",
    "qq空间", "qq好友", "微信朋友圈", "朋友圈", "人人网", "开心网", "豆瓣网", "百度贴吧", "纠错", "我要纠错",
    "返回顶部", "回到顶部", "字体大小",
)
#: Items that only count in company (``微信 微博``) or next to a strong item.
WEAK_ZH = ("微信", "微博", "qq", "豆瓣", "贴吧", "知乎", "抖音", "大", "中", "小", "标准", "超大", "默认", "放大", "缩小",
           "收藏", "关闭", "邮件", "更多", "评论")
STRONG_EN = (
    "share", "share this", "share this article", "share this story", "share this page", "share on", "share via",
    "share article", "shares", "tweet", "tweet this", "email", "e-mail", "email this", "email this article", "print",
    "print this", "print this page", "print article", "facebook", "twitter", "linkedin", "reddit", "whatsapp",
    "pinterest", "telegram", "tumblr", "flipboard", "messenger", "pocket", "copy link", "copy url", "copy article link",
    "link copied", "text size", "font size", "gift article", "gift this article", "save article", "bookmark",
    "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp", "share on x", "post to x",
    "share or comment on this article", "share or comment on this story", "share this on",
    # the bookmarking services and tool links of older pages (history18)
    "digg", "digg this", "digg it", "del.icio.us", "stumbleupon", "stumble it", "newsvine", "technorati",
    "yahoo! buzz", "google bookmarks", "bookmark and share", "addthis", "sharethis", "email story", "e-mail story",
    "email this story", "e-mail this story", "print story", "print this story", "reprints",
)
WEAK_EN = ("x", "mail", "save", "more", "a", "a+", "a-", "+", "-", "comment", "comments", "listen", "sms", "copy",
           "mastodon", "bluesky", "threads", "vk", "weibo", "wechat", "line", "pocket", "messenger", "shares",
           "delicious", "mixx", "furl", "fark", "slashdot", "myspace", "recommend")
#: Items in other languages (Teilen, Partager, Compartir, Поделиться, シェア ...) and network names.
STRONG_INTL = terms(_vocab.ITEMS)
WEAK_INTL = terms(_vocab.WEAK) + _vocab.NETWORKS
#: Class/id words (whole ``-``/``_`` parts of a token) of share and tool bars.
SHARE_TOKENS = (
    "share", "shares", "sharing", "sharebar", "sharebox", "sharetools", "social", "socials", "sociallinks",
    "toolbar", "toolbox", "addthis", "sharethis", "jiathis", "bdshare", "bdsharebuttonbox", "bshare", "sns",
    "fontsize", "printbar", "articletools", "sharetool",
)
_SHARE_TOKENS_SET = frozenset(SHARE_TOKENS)
#: Token parts that mark embedded content (a tweet, a social post), not a bar.
EMBED_PARTS = frozenset(("embed", "embedded", "tweet", "post", "posts", "feed", "timeline", "quote"))

#: Longest line considered a bar (characters).
MAX_CHARS = 80
#: HTML: a marked block must be this short and this link-dense, or made of items.
MARKED_MAX_CHARS = 40
MARKED_LINK_DENSITY = 0.5
#: HTML: a marked container with more text than this is not a bar.
CONTAINER_MAX_CHARS = 300
#: HTML: nor one holding this share of the page's text (a page-wide marker).
CONTAINER_MAX_SHARE = 0.3


#: Marks that separate the items of a bar (whitespace too).
_SEP_MARKS = "|｜丨/／·•・,，:：;；【】[]()（）<>《》-–—_"
_SEP = r"[\s" + re.escape(_SEP_MARKS) + "]"
_EN_ITEM = rf"{terms_source(STRONG_EN + WEAK_EN)}(?![a-z])"
_INTL_ITEM = rf"{terms_source(STRONG_INTL + WEAK_INTL)}(?!\w)"
_ITEM = rf"(?:{terms_source(STRONG_ZH + WEAK_ZH)}|{_EN_ITEM}|{_INTL_ITEM})"
# (items, each after its separators: the item alternation written once, half the pattern to compile)
_LINE = re.compile(rf"^(?:{_SEP}*{_ITEM})+{_SEP}*$", re.I)
_ITEMS = re.compile(_ITEM, re.I)
_LINE_OPENING = OpeningGate(_ITEMS, skip=_SEP_MARKS)  # (the first item opens after the separators)
_STRONG = {t.lower() for t in STRONG_ZH + STRONG_EN + STRONG_INTL}
# The same line for ASCII text, matched on its lower case without IGNORECASE (several times faster).
_ITEM_ASCII = (rf"(?:{ascii_alt(STRONG_ZH + WEAK_ZH)}|{ascii_alt(STRONG_EN + WEAK_EN)}(?![a-z])|"
               rf"{ascii_alt(STRONG_INTL + WEAK_INTL)}(?!\w))")
_LINE_ASCII = re.compile(rf"^(?:{_SEP}*{_ITEM_ASCII})+{_SEP}*$")


def is_share_line(text: str) -> bool:
    """True when ``text`` is made only of share/tool items and names a bar."""
    t = nfkc(text).strip()
    if not t or len(t) > MAX_CHARS or not _LINE_OPENING(t):
        return False
    if not (_LINE_ASCII.match(t.lower()) if t.isascii() else _LINE.match(t)):
        return False
    items = [m.group(0).lower() for m in _ITEMS.finditer(t)]
    return any(i in _STRONG for i in items) or len(items) >= 2 and _multi_weak(items)


def _multi_weak(items: list[str]) -> bool:
    """Weak items in company: two distinct network names, or 大 中 小 style size pickers."""
    distinct = set(items)
    sizes = distinct & {"大", "中", "小", "标准", "超大", "默认", "放大", "缩小", "a", "a+", "a-", "+", "-"}
    networks = distinct - sizes
    return len(networks) >= 2 or len(sizes) >= 2


_PART_SEP = re.compile(r"[-_]")


def _embedded(tokens: tuple[str, ...]) -> bool:
    return any(part in EMBED_PARTS for tok in tokens for part in _PART_SEP.split(tok))


def _drop_bars(doc: Document) -> None:
    page_chars = sum(b.chars for b in doc.blocks) or 1
    limit = min(CONTAINER_MAX_CHARS, CONTAINER_MAX_SHARE * page_chars)
    box_of: dict[int, MarkedBox] = {}
    if doc.is_html:
        for box in marked_boxes(doc.blocks, _SHARE_TOKENS_SET, accept=lambda toks: not _embedded(toks)):
            if box.chars <= limit:  # a big box is the page, not a bar
                box_of.update((b.index, box) for b in box.blocks)
    for b in doc.blocks:
        if b.dropped is not None:
            continue
        if b.chars <= MAX_CHARS and is_share_line(b.text):
            doc.drop(b, "share", "line made only of share/tool bar items")
            continue
        box = box_of.get(b.index)
        if box is None or b.kind == "heading":
            continue
        if b.chars <= MARKED_MAX_CHARS and (b.link_density >= MARKED_LINK_DENSITY or b.chars <= 12):
            doc.drop(b, "share", f"short link text in a share/tool bar (class/id {box.token!r})", region="share")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("bars", _drop_bars, order=300, stage="blocks", kind="share",
                  description="share and tool bars (分享到, 字号, 打印, Share, Tweet, Email, Print)"))
