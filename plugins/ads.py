"""Ad blocks, sponsor labels and app/newsletter/follow calls to action.

Recognised by:

* **labels**: a line that is only an ad label (广告 / 推广 / 赞助内容 /
  Advertisement / Sponsored / Story continues below advertisement), or a short
  line that starts with one (``广告：…``, ``Sponsored by …``);
* **calls to action**: a short line that *opens* with an app-download,
  QR-code, follow or newsletter call (扫码下载 / 下载APP / 关注公众号 /
  Subscribe to our newsletter / Sign up for …), or a very short line that
  holds one next to a promise (更多精彩 / 第一时间 / the latest news). A news
  sentence that merely reports an app (市民可扫码下载…) does not open with it;
* **markup** (HTML): blocks inside a small container whose own class/id has an
  ad/ads/advert/sponsor/promo/newsletter token part. Token *parts* are compared
  whole: ``header``, ``shadow``, ``read`` and ``download`` are not ``ad``. A
  container holding much text (a ``<body class="has-ads">``) is not an ad, nor are
  boxes of one name repeated down the page that together hold much of its text (a
  newsletter issue's stories).
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document
from newsclean.patterns import Anchors, LazyPattern, MarkedBox, OpeningGate, ascii_alt, ascii_pattern, ascii_terms, \
    item_name, marked_boxes, needs_non_ascii, repeated_items, terms_regex, terms_source
from newsclean.text import is_cjk, nfkc, squeeze_space

from .inbody import Lexicon, colon_off
from .vocab import ads as _vocab
from .vocab import terms
from .vocab.pagebuilders import ADVANCED_BLOCK_PARTS

__all__ = ["is_ad_line"]

# --- vocabulary --------------------------------------------------------------
#: Lines that are only an ad label.
LABELS = (
    "广告", "广告位", "广告招商", "广告合作", "广告服务", "推广", "推广内容", "品牌推广", "合作推广", "特别推广", "赞助",
    "赞助商", "赞助内容", "商业推广", "商务合作", "软文", "广告 关闭", "关闭广告", "广告 x", "广告位招租", "诚招广告",
    "广告热线", "推广链接",
    "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "sponsor content",
    "sponsored post", "sponsored links", "sponsored stories", "promoted", "promoted content", "promoted stories",
    "paid content", "paid post", "paid partnership", "partner content", "advertiser content", "from our sponsors",
    "story continues below advertisement", "article continues below advertisement", "continue reading below",
    "article continues below", "story continues below", "skip advertisement", "advertise with us", "remove ads",
    "ad feedback", "report this ad", "close ad", "adchoices", "ad choices",
)
#: Ad labels and "continues below" markers in other languages (Anzeige, Publicité, Реклама, 広告 ...).
LABELS_INTL = terms(_vocab.LABELS)
#: A short line opening with one of these labels is an ad line (``广告：XX空调``).
LABEL_PREFIXES = ("广告", "推广", "赞助", "赞助商", "广告位", "推广链接", "sponsored by", "sponsored:", "advertisement:",
                  "paid for by", "presented by") + terms(_vocab.PREFIXES)
#: Calls to action opening a line, in other languages (Newsletter abonnieren, Suivez-nous ...).
CALLS_INTL = terms(_vocab.CALLS)
#: Calls to action that open a line (Chinese).
CTA_ZH = (
    r"扫码(?:下载|关注|订阅|阅读|领取|进群|加入)", r"扫描(?:下方|上方)?二维码", r"(?:微信)?扫一扫(?:关注|下载|二维码)",
    r"长按(?:识别)?(?:下方|上方|图中)?二维码", r"识别(?:下方|上方|图中)?二维码", r"(?:立即|点击|免费)下载",
    r"下载(?!量|次数|速度).{0,12}(?:app|客户端)", r"打开.{0,12}(?:app|客户端)", r"(?:app|客户端)内打开",
    r"(?:欢迎|敬请|请)?关注.{0,12}(?:公众号|微信号|服务号|视频号|官方微博|抖音号)", r"关注我们(?=[\s:：!！,，。]|$)",
    r"点击(?:上方|下方|右上角).{0,6}(?:关注|蓝字|订阅)",
)
#: Calls to action that open a line (English).
CTA_EN = (
    r"(?:subscribe|sign up|signup|register)\b.{0,40}\b(?:newsletters?|inbox|e-?mail alerts|alerts)\b",
    r"(?:subscribe|sign up|signup|register)(?: (?:to|for))? (?:our|my)\b",
    r"(?:subscribe|sign up|signup|register)(?: now| today| here| for free| free| for updates)?\s*[.!]?$",
    r"(?:download|get|install|open in|read in|try)\s+(?:the|our)\s+(?:\w+\s+){0,3}app\b", r"open in app\b",
    r"get (?:our|the) (?:\w+ ){0,3}newsletter", r"follow us\b", r"like us on facebook",
    r"(?:join|subscribe to) our (?:\w+ ){0,2}(?:newsletter|mailing list|channel|community)",
    r"don'?t miss (?:a|any|the)\b.{0,30}\b(?:story|stories|update|news)", r"enter your email",
    r"never miss a story", r"get the latest\b.{0,40}\b(?:inbox|email|newsletter|app)",
)
#: Words at least one of which every call to action above holds (a cheap first look;
#: a test checks that each pattern names one).
CTA_ANCHORS = (
    "扫", "长按", "识别", "下载", "打开", "关注", "点击",
    "subscribe", "sign", "register", "download", "get", "install", "open", "read", "try", "follow", "like", "join",
    "don", "enter", "never",
)
#: The reporting voice: a line that reports an app or a newsletter is news, not a call.
NEWS_VOICE = ("记者", "表示", "据悉", "获悉", "发现", "报道", "介绍", "市民", "用户可", "said", "says", "according to",
              "reported", "told")
#: Promises that make a short line holding a call to action promotional.
PROMISE = ("更多精彩", "更多资讯", "更多新闻", "精彩内容", "第一时间", "获取更多", "每日", "福利", "领取", "免费", "看更多", "抢先",
           "newsletter", "the latest", "breaking news", "in your inbox", "for free", "exclusive")
#: Class/id words (whole ``-``/``_`` parts) of ad and newsletter boxes.
AD_TOKENS = (
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adsense", "adslot",
    "adbox", "adunit", "adwrap", "adcontainer", "dfp", "doubleclick", "gpt", "sponsor", "sponsors", "sponsored",
    "promo", "promos", "promotion", "promoted", "newsletter", "newsletters", "taboola", "outbrain", "guanggao", "gg",
)
_AD_TOKENS_SET = frozenset(AD_TOKENS)
#: A class/id token of this many ``-``/``_`` words or more is a slug written from a headline
#: (``zendaya-promoted-dune-part-two-in-london-…``), not a class name: its words name no ad.
SLUG_MIN_PARTS = 7

#: Longest line that can be a bare label (characters).
LABEL_MAX_CHARS = 48
#: Longest ad line (characters) for the label-prefix and call-to-action rules.
MAX_CHARS = 120
#: A line opening with a call to action is an ad only up to this length (CJK, other scripts).
CTA_MAX_CHARS = (60, 160)
_CTA_SHORTER = min(CTA_MAX_CHARS)
#: A line this short with a call to action and a promise is promotional wherever the call sits.
SHORT_CTA_CHARS = 40
#: HTML: an ad container with more text than this is not an ad box.
CONTAINER_MAX_CHARS = 600
#: HTML: nor one holding this share of the page's text (a page-wide marker).
CONTAINER_MAX_SHARE = 0.3
#: HTML: boxes named by one class/id token, this many or more, that together hold more than
#: ``CONTAINER_MAX_SHARE`` of the page's text are the page's own items (a newsletter issue's
#: stories, each in a ``newsletter-html`` box), not ads: an ad repeated down a page is small.
REPEATED_MIN_BOXES = 3

_LABEL = terms_regex(LABELS, whole_line=True)
_LABEL_INTL = Lexicon(LABELS_INTL)
_PREFIX = re.compile(rf"^[\s【\[(（]*{terms_source(LABEL_PREFIXES)}[\s】\])）]*[:：|｜]", re.I)
# every label prefix is followed by one of its separators (a cheap first look)
_HAS_SEP = re.compile(r"[:：|｜]").search
_SPONSORED_BY = re.compile(r"^\s*(?:sponsored by|paid for by|presented by|in partnership with)\s+\S", re.I)
_LEAD = r"^[\s\W_]{0,3}"  # bullets, emoji, brackets before the call
_CTA_START = re.compile(_LEAD + "(?:" + "|".join(CTA_ZH + CTA_EN) + ")", re.I)
_CTA_OPENING = OpeningGate(re.compile("|".join(CTA_ZH + CTA_EN), re.I), lead=3)  # (the lead's 0-3 marks)
_CTA_ANY = re.compile("|".join(CTA_ZH + CTA_EN), re.I)
_CALL_START = Lexicon(CALLS_INTL)
_CTA_MAY = Anchors(CTA_ANCHORS)
_PROMISE = terms_regex(PROMISE)
_NEWS_VOICE = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in NEWS_VOICE), re.I)
# The same patterns for ASCII lines, run on their lower case without IGNORECASE (several times
# faster; lower-casing ASCII keeps every character where it is, so matches keep their spans).
_LABEL_ASCII = LazyPattern(rf"^\s*(?:{ascii_alt(LABELS)})\s*:?\s*$")
# ... which matches a line exactly when the line without its surrounding whitespace is one of
# the labels it holds (none of them opens or ends with a space): one set look-up, no regex call;
# with the labels of the other languages, which _LABEL_INTL.whole finds in an ASCII line's lower
# case (its case fold)
_LABEL_ASCII_SET = frozenset(ascii_terms(LABELS)) | _LABEL_INTL.whole_keys  # (without a closing colon)
# An ASCII line can be "sponsored by ..." only when it opens with one of these (after whitespace).
_SPONSORED_OPENINGS = ("sponsored by", "paid for by", "presented by", "in partnership with")
_SPONSORED_BY_ASCII = re.compile(ascii_pattern(_SPONSORED_BY.pattern, lower=True))
# (of the calls only those that can match ASCII text: each of the others needs a character beyond
# ASCII, and is an alternative the engine would try in vain at every place of the line)
_CTA_ASCII_ABLE = tuple(p for p in CTA_ZH + CTA_EN if not needs_non_ascii(LazyPattern(p, re.I))) or ("(?!)",)
_CTA_START_ASCII = re.compile(ascii_pattern(_LEAD + "(?:" + "|".join(_CTA_ASCII_ABLE) + ")", lower=True))
_CTA_ANY_ASCII = re.compile(ascii_pattern("|".join(_CTA_ASCII_ABLE), lower=True))
_NEWS_VOICE_ASCII = re.compile(ascii_pattern(_NEWS_VOICE.pattern, lower=True))
_PROMISE_ASCII = re.compile(ascii_pattern(_PROMISE.pattern, lower=True))


def is_ad_line(text: str) -> bool:
    """True for an ad label line, a short labelled ad line, or a promotional call to action."""
    if len(text) > MAX_CHARS * 2:
        return False
    t = squeeze_space(nfkc(text))
    if not t:
        return False
    if t.isascii():
        return _ascii_ad_line(t)
    if len(t) <= LABEL_MAX_CHARS:
        core = t.strip("【】[]()（）<>|｜·•- ")
        if _LABEL.match(core) or _LABEL_INTL.whole(core.strip()):
            return True
    if len(t) > MAX_CHARS:
        return False
    if (_HAS_SEP(t) and _PREFIX.match(t)) or (len(t) <= 80 and _SPONSORED_BY.match(t)):
        return True
    if (_CTA_OPENING(t) and _CTA_START.match(t)) or _CALL_START.opens(t):
        # (under both limits the script does not matter: most calls are short)
        return (len(t) <= _CTA_SHORTER or len(t) <= CTA_MAX_CHARS[0 if is_cjk(t) else 1]) \
            and not _NEWS_VOICE.search(t)
    if len(t) > SHORT_CTA_CHARS or t.endswith(("?", "？")):
        return False
    m = _CTA_ANY.search(t) if _CTA_MAY(t) else None
    return (m is not None and not _NEWS_VOICE.search(t)
            and bool(_PROMISE.search(t[:m.start()] + " " + t[m.end():])))


def _ascii_ad_line(t: str) -> bool:
    """:func:`is_ad_line` of an ASCII line ``t`` (NFKC, single spaces): the patterns run on its lower
    case without IGNORECASE, the whole-line labels are one set look-up, and each pattern that needs
    a mark or an opening phrase runs only when the line holds it."""
    low = t.lower()
    n = len(t)
    if n <= LABEL_MAX_CHARS:
        core = low.strip("【】[]()（）<>|｜·•- ").strip()
        if colon_off(core) in _LABEL_ASCII_SET:  # (one colon may close a label)
            return True
        if core.endswith(".") and core[:-1].rstrip() in _LABEL_ASCII_SET:  # (or one full stop: "Advertisement.")
            return True
    if n > MAX_CHARS:
        return False
    if (("|" in t or ":" in t) and _PREFIX.match(t)) \
            or (n <= 80 and low.lstrip().startswith(_SPONSORED_OPENINGS) and _SPONSORED_BY_ASCII.match(low)):
        return True
    if (_CTA_OPENING(t) and _CTA_START_ASCII.match(low)) or _CALL_START.opens(t):
        return (n <= _CTA_SHORTER or n <= CTA_MAX_CHARS[1]) and not _NEWS_VOICE_ASCII.search(low)
    if n > SHORT_CTA_CHARS or t.endswith("?"):
        return False
    m = _CTA_ANY_ASCII.search(low) if _CTA_MAY(t) else None
    return (m is not None and not _NEWS_VOICE_ASCII.search(low)
            and bool(_PROMISE_ASCII.search(low[:m.start()] + " " + low[m.end():])))


def is_slug_token(token: str) -> bool:
    """True when a class/id token is a slug of prose (many words joined by ``-``/``_``)."""
    return sum(1 for part in token.replace("_", "-").split("-") if part) >= SLUG_MIN_PARTS


def marked_by_name(tokens: "tuple[str, ...]", vocabulary: "frozenset[str]") -> bool:
    """An element is marked only by a vocabulary word in a token that is a class name, not a slug."""
    return any(not is_slug_token(t) and not vocabulary.isdisjoint(t.replace("_", "-").split("-")) for t in tokens)


#: Generated class names (atomic CSS, ``gg gh ct bk gi b gj``): an element with this many tokens,
#: nearly all (:data:`ATOMIC_SHARE`) of at most :data:`ATOMIC_SHORT_CHARS` characters, is named by
#: none of its short ones (``gg`` there is a generated name, not 广告).
ATOMIC_MIN_TOKENS = 6
ATOMIC_SHORT_CHARS = 3
ATOMIC_SHARE = 0.8


_DIGITS = "0123456789"


def _advanced_block(token: str) -> bool:
    """A page builder's "advanced" block (``kt-adv-heading2368_f09bbb``): ``adv`` right before an
    element word (a block's number glued to it)."""
    parts = token.replace("_", "-").split("-")
    return any(p == "adv" and nxt.rstrip(_DIGITS) in ADVANCED_BLOCK_PARTS for p, nxt in zip(parts, parts[1:]))


def _ad_named(tokens: "tuple[str, ...]") -> bool:
    if "adv" in " ".join(tokens):
        tokens = tuple(t for t in tokens if not _advanced_block(t))
    if len(tokens) >= ATOMIC_MIN_TOKENS:
        longer = tuple(t for t in tokens if len(t) > ATOMIC_SHORT_CHARS)
        if len(longer) <= (1 - ATOMIC_SHARE) * len(tokens):
            tokens = longer
    return marked_by_name(tokens, _AD_TOKENS_SET)


def _drop_ads(doc: Document) -> None:
    page_chars = sum(b.chars for b in doc.blocks) or 1
    limit = min(CONTAINER_MAX_CHARS, CONTAINER_MAX_SHARE * page_chars)
    box_of: dict[int, MarkedBox] = {}
    if doc.is_html:
        boxes = marked_boxes(doc.blocks, _AD_TOKENS_SET, accept=_ad_named)
        items = repeated_items(((box.token, box.chars) for box in boxes), page_chars, CONTAINER_MAX_SHARE,
                               REPEATED_MIN_BOXES) if len(boxes) >= REPEATED_MIN_BOXES else set()
        for box in boxes:
            # a big box, one holding the page's headline, or one of the page's repeated items is the
            # page, not an ad
            if box.chars <= limit and item_name(box.token) not in items \
                    and not any(b.kind == "heading" and b.level == 1 for b in box.blocks):
                box_of.update((b.index, box) for b in box.blocks)
    for b in doc.blocks:
        if b.dropped is not None:
            continue
        if b.chars <= MAX_CHARS * 2 and is_ad_line(b.text):
            doc.drop(b, "ad", "ad label or promotional call to action (app, QR code, follow, newsletter)")
            continue
        box = box_of.get(b.index)
        if box is not None:
            doc.drop(b, "ad", f"inside a small ad/sponsor/newsletter box (class/id {box.token!r})", region="ad")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("blocks", _drop_ads, order=300, stage="blocks", kind="ad",
                  description="ad labels, sponsor boxes, app/QR-code/newsletter calls to action"))
