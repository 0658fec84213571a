"""The article's title, cleaned of site names, and its repetition in the body.

Finding (``title:find``, order 100):

* HTML: the best of ``<h1>``, ``og:title`` / ``twitter:title`` and
  ``<title>``. Head titles are cleaned of what looks like a site name: a
  segment after (or before) a separator (`` - ``, `` | ``, ``_``, ``｜`` ...)
  that matches ``og:site_name`` or the domain, holds a site word (网, 频道,
  日报, News, Times ...), or, in ``<title>``, is short next to the headline.
  An ``<h1>`` that the head title contains wins (it is already clean),
  unless it reaches into the site part cleaning cut (a logo ``<h1>``) or is
  the cleaned head title with the site's name glued on. A software credit
  ("powered by ...") is a site part; a head title greeting the visitor
  ("Welcome to ...") gives way to an ``<h1>`` or a dated title line.
* Text dumps (and HTML without any of those): the headline-like line that
  the URL's slug spells; else the line just above the first header line (a
  date, 来源/作者/By ... line), skipping a short posting account line or a
  byline ("von Max Muster", "Jane Roe and AP"); else
  the best headline-like line before the first prose line (one followed by a
  date, a byline, a name or the body; not one of a run of menu items).

Dropping (``title:repeated``, order 700, kind ``title``): the title line a
dump's title was read from, if still kept and not the last kept line; for
HTML, the first kept block near the top of the body whose text is the title
(or the raw h1 / head title it came from; the first ``<h1>`` only when it is the
title read or no head title was chosen over it).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from newsclean import Step, hookimpl
from newsclean.authors import NAME_JOINER_ALT, NEWS_AGENCIES, latin_name, strip_role
from newsclean.blocks import heading_text
from newsclean.datewords import AUTHOR_OPENERS_EU, flat
from newsclean.headerlines import dates_of
from newsclean.plugins.declared.head import head_elements
from newsclean.patterns import LazyPattern
from newsclean.text import char_count, cjk_count, fold, normalize_space, nfkc

from .inbody.comment_lines import is_count_heading, is_counted_section
from .inbody.credit_lines import comma_credit, is_credit_line
from .vocab import comments as _comments
from .vocab import prompts as _prompts
from .vocab import terms

# -- vocabulary -------------------------------------------------------------

#: Words that make a title segment a site, channel or section name.
SITE_WORDS_ZH = (
    "网站", "新闻", "频道", "日报", "晚报", "早报", "时报", "商报", "周刊", "周报", "在线", "门户", "资讯",
    "财经", "论坛", "博客", "社区", "官网", "首页", "电视台", "广播", "客户端", "新华社", "中文网", "百科",
    "专题", "杂志", "传媒", "媒体", "平台", "公众号", "头条号", "百家号", "企鹅号", "大鱼号", "网易号", "搜狐号",
    "头条", "快讯", "要闻", "正文",
)
#: Endings that make a short Chinese segment a site's name (新华网, 某某报, 某某台).
SITE_ENDINGS_ZH = ("网", "报", "台", "社", "网站", "网页")
SITE_WORDS_EN = (
    "news", "times", "post", "online", "daily", "journal", "tribune", "herald", "gazette", "magazine",
    "blog", "tv", "radio", "press", "media", "network", "channel", "wire", "today", "weekly", "review",
    "reuters", "bbc", "cnn", "npr", "ap", "afp", "wikipedia", "home", "homepage", "official site",
    "edition", "digital", "report", "insider", "newsletter", "podcast", "live",
)
#: Openings of a head title that greets the visitor ("Welcome to ...", "谢谢您访问...") and names no article.
GREETINGS = (
    "welcome to", "thank you for visiting", "thanks for visiting", "bienvenue", "willkommen", "bienvenido",
    "benvenuti", "benvenuto", "欢迎访问", "欢迎光临", "欢迎来到", "欢迎您", "谢谢您访问", "谢谢访问", "感谢您访问", "感谢访问",
    "ようこそ",
)
#: Words of a segment that credits the site's software ("powered by Discuz! Archiver"): a site part.
SOFTWARE_CREDITS = ("powered by", "propulsé par", "desarrollado por", "bereitgestellt von", "archiver",
                    "技术支持", "提供技术支持")
#: Words of a page number closing a head title in brackets ("(页 1)", "(第2页)", "(Page 3)", "(Seite 2)").
PAGE_WORDS = ("页", "頁", "第", "page", "seite", "página", "pagina", "pag", "p")
#: Labels that may open a title line in a forum or a dump ("主题：...").
TITLE_LABELS = ("主题", "标题", "题目", "帖子主题", "文章标题", "Title", "Subject", "Headline")
#: Labels that open header lines under a title (used to find the title above them).
HEADER_LABELS = (
    "来源", "文章来源", "本文来源", "作者", "记者", "本报记者", "编辑", "责任编辑", "责编", "发布时间", "发表时间",
    "发布日期", "发表于", "发布于", "时间", "日期", "更新时间", "本报讯", "文/", "撰文", "By ", "Source:",
    "Published", "Posted", "Updated", "Written by", "From ", "Photo:",
)
#: A line sharing this share of the URL slug's words is the title; the words that are no slug.
SLUG_SHARE = 0.5
SLUG_STOP = frozenset("www com html htm php shtml aspx article articles news story stories index amp the and for "
                      "with from that this".split())
#: Of lines sharing as much of the slug, the first with a header line (a date, a byline label) within
#: this many lines under it is the title (the others: the same headline in a teaser list).
SLUG_HEADER_REACH = 6
#: How far above the first prose line a dump's title is looked for.
FALLBACK_REACH = 80
#: Abbreviations a full stop closes inside a headline ("Romney vs. Obama", "Gov. Kasich").
TITLE_ABBREVIATIONS = frozenset("vs Vs VS Gov Mr Mrs Ms Dr St Jr Sr No Co Bros Inc Corp Sen Rep Gen Lt Col Prof Feat ft Ft Mt Ave".split())
_SENTENCE_GAP = re.compile(r"([\w.]+)\.\s+[A-Z]")
#: Chinese headlines are short; a longer line is prose.
MAX_TITLE_CJK = 60
#: Lines this short under a title are accounts, names or labels rather than the title.
SHORT_LINE = 8
#: Openers of a byline line above a dump's date line ("By Jane Roe", "von Max Muster", "par Jean Dupont"):
#: English here, the other languages' from ``datewords.AUTHOR_OPENERS_EU``.
BYLINE_OPENERS_EN = ("by", "written by", "words by", "story by", "reporting by", "reported by")
#: Joiners between the names of a bare byline ("Jane Roe and John Doe", "Jane Roe & AP"), besides
#: ``authors.NAME_JOINERS``.
BYLINE_JOINERS_EN = ("and", "&")
#: Longest headline of two sentences (characters) read over a dump's date line.
SPOKEN_MAX_CHARS = 100
#: Longest byline line (characters) read as one above a dump's date line.
BYLINE_MAX_CHARS = 80
#: A head title shorter than this ("显示", "Home") names no article.
MIN_HEAD_CHARS = 4
#: The score of a head title cut after its logo's name (above ``<title>``'s own, under ``og:title``'s).
LOGO_CUT_SCORE = 1.05
#: Domain labels that say nothing about the site.
GENERIC_DOMAIN_LABELS = frozenset("www m wap mobile news com cn net org gov edu co uk info html amp en zh".split())

# Separators between a headline and a site name in a head title (Korean sites set the lone
# vowel letter ㅣ, never a word of its own, as a bar; a dash between non-ASCII text, or a closing
# quote ('"' 0x22, "'" 0x27: the ASCII let through the look-behind), and non-ASCII text).
_SEP = re.compile(
    r"(\s+[|｜/–—-]\s+|\s*[|｜_ㅣ]\s*|\s*(?:--|——|::|»|«|›|‹)\s*|\s+·\s+|(?<=[^\x00-\x21\x23-\x26\x28-\x7f])\s*[-–—]\s*(?=[^\x00-\x7f]))")
#: Marks one of which every separator holds (a cheap first look before the split; a test checks).
SEP_MARKS = "|｜/–—-_:»«›‹·ㅣ"
_SEP_MARK = re.compile("[" + re.escape(SEP_MARKS) + "]")


def _split_sep(raw: str) -> list[str]:
    """``_SEP.split(raw)``, the separators searched for only where they can start.

    A separator opens with its mark or with the whitespace right before it (every
    alternative of ``_SEP``: spaces, then a mark of ``SEP_MARKS``), so no match starts
    before the whitespace run that precedes the next mark: the search starts there
    (``_SEP_MARK`` finds the mark at C speed; ``_SEP`` tried at every character of a
    headline costs several times more). Its look-behind still sees the text before.
    """
    out: list[str] = []
    last = 0
    while True:
        mark = _SEP_MARK.search(raw, last)
        if mark is None:
            break
        start = mark.start()
        while start > last and raw[start - 1].isspace():
            start -= 1
        m = _SEP.search(raw, start)
        if m is None:
            break
        out.append(raw[last:m.start()])
        out.append(m.group(1))
        last = m.end()
    out.append(raw[last:])
    return out
# "Headline: Site" / "見出し：サイト名": a last segment after a colon (read as the site only when it names it).
_COLON_TAIL = re.compile(r"^(.+?)\s*[:：]\s*([^:：]{2,40})$")
# "Site: Headline" (a blog's "Blog Name: Post Title"): a first segment before a colon, read as the
# site only when it is exactly the site's name (declared, its domain's, or the logo <h1> that is that segment).
_COLON_HEAD = re.compile(r"^([^:：]{2,40}?)\s*[:：]\s*(.+)$")
_SITE_ZH_RE = re.compile("|".join(map(re.escape, sorted(SITE_WORDS_ZH, key=len, reverse=True)))
                         + "|(?:" + "|".join(map(re.escape, SITE_ENDINGS_ZH)) + r")\s*$")
_GREETING_RE = re.compile(r"^\W*(?:" + "|".join(map(re.escape, GREETINGS)) + ")", re.I)
_CREDITS_FOLDED = tuple(fold(w) for w in SOFTWARE_CREDITS)  # (as _norm folds a segment)
_PAGE_WORD = "(?:" + "|".join(map(re.escape, sorted(PAGE_WORDS, key=len, reverse=True))) + r")\.?"
_PAGE_TAIL = re.compile(r"\s*[(（\[]\s*(?:" + _PAGE_WORD + r"\s*\d{1,4}\s*(?:页|頁)?|\d{1,4}\s*(?:页|頁))\s*[)）\]]\s*$",
                        re.I)
_SITE_EN_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, SITE_WORDS_EN)) + r")\b|\.(?:com|net|org|cn|co)\b", re.I)
_TITLE_LABEL_RE = re.compile(r"^\s*[【\[]?(?:" + "|".join(map(re.escape, TITLE_LABELS)) + r")[】\]]?\s*[:：]\s*", re.I)
_HEADER_LABEL_RE = re.compile(
    r"^\s*[(（【\[]?\s*(?:" + "|".join(re.escape(x.strip()) + (r"(?-i:(?![a-z]))" if x.strip()[-1:].isascii()
                                          and x.strip()[-1:].isalpha() else "") for x in HEADER_LABELS) + r")", re.I)
#: Lines that look like headlines but are page furniture or bylines.
NOT_TITLE_PATTERNS = (
    r"^(?:skip|jump|go|back|return) to\b", r"^(?:view|see|show) (?:all|more)\b", r"^post (?:a|your) comment",
    r"^(?:sign|log) (?:in|up)\b", r"^subscribe\b", r"^(?:share|follow) (?:this|us)\b", r"^advertisement$",
    r"^(?:[\w-]+ )?(?:by|authored by|co-authored by|written by|posted by)\s+[A-Z]",
    r",?\s*(?:staff|team|desk|editors|reporter|correspondent|contributor)$",
    r"^(?:跳到|跳转|返回|登录|注册|订阅|分享到|更多)", r"^(?:image |photo |video )?(?:credits?|photo|illustration)\s*:",
    r"^[—–]{1,2}\s*\S",  # a subtitle ("——当代中国的精神危机")
    r"^[^:：\s]{1,6}[:：]\s*[^:：\s]{1,12}$",  # a short "field: value" line ("Blog名:某某", "访问:1213")
    r"^share (?:on|via)\b", r"^edit this\b", r"^get more\b",
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}", r"^about the author", r"^(?:read|see) (?:more|also)\b",
)
_NOT_TITLE = LazyPattern("|".join(NOT_TITLE_PATTERNS), re.I)
#: Openings of an interface line a dump's title line is never: the account and comment forms
#: ("Forgot your password?", "Previewing your Comment"), a pager ("Previous in Politics"), a tag
#: line, the tools and calls of a template ("Send to a Friend", "Become a Guest Writer"), a Q&A post's
#: control label ("Improve this question", over the post's date).
UI_OPENINGS = {
    "en": ("forgot your", "forgotten your", "previewing your", "verify your", "preview your", "edit your",
           "previous in", "next in", "previous:", "next:", "previous 1", "tags:", "tagged:", "tagged with",
           "filed under:", "send to a", "send me", "send us", "email this", "e-mail this", "submit an", "submit a ",
           "submit your", "become a fan", "become a guest", "become a member", "become a subscriber", "translate this",
           "continue to story", "continue to article", "continue reading",
           "you might also like", "you may also like", "click here", "add to my", "add first comment",
           "subscribers via", "view staff", "view previous", "view next", "improve this question",
           "improve this answer", "improve this post"),
    "zh": ("忘记密码", "找回密码", "预览评论", "发表评论", "发表您的评论", "上一篇", "下一篇", "上一页", "下一页",
           "标签：", "标签:", "发送给", "转发给", "推荐给", "分享给", "加入收藏", "设为首页", "点击查看", "点击进入",
           "你可能还喜欢", "您可能还喜欢", "猜你喜欢", "相关阅读", "成为粉丝", "成为会员", "继续阅读", "查看全文"),
}
#: Words of an interface line wherever they sit in it ("Jane Roe Become a fan", "12 mins ago Add first Comment").
UI_PHRASES = {
    "en": ("become a fan", "add first comment", "your comment", "your password", "your e-mail address",
           "your email address"),
    "zh": ("您的评论", "你的评论", "您的密码", "你的密码", "成为粉丝"),
}
# the openings above, and the whole-line prompts, navigation, template lines and comment calls of the vocabularies
_UI_LINE = LazyPattern(
    r"^\s*(?:" + "|".join(re.escape(w) for ws in UI_OPENINGS.values() for w in ws) + r")"
    + "|" + "|".join(re.escape(w) for ws in UI_PHRASES.values() for w in ws)
    + r"|^\s*(?:" + "|".join(re.escape(w.rstrip(".!?:：…")) for w in terms(
        _prompts.PROMPTS, _prompts.NAVIGATION, _prompts.TEMPLATE_LINES, _comments.CALLS)) + r")[\s.!?:：…]*$", re.I)
_GLUED = re.compile(r"[a-z][A-Z]|[a-z]\.[A-Z]")
_BYLINE_OPENER = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in sorted(
    set(BYLINE_OPENERS_EN) | set(flat(AUTHOR_OPENERS_EU)), key=len, reverse=True)) + r")\s*[:：]?\s+(?=\S)", re.I)
_BYLINE_SPLIT = re.compile(r"\s*[,;/|]\s*|\s+(?:(?i:" + "|".join(map(re.escape, BYLINE_JOINERS_EN)) + ")|"
                           + NAME_JOINER_ALT + r")\s+")
_EMAIL_LINE = re.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_QUOTED_SENTENCE = re.compile(r"[.。]\s*[\"'”’»」』]+\s*$")
_AGENCY_NAMES = frozenset(a for names in NEWS_AGENCIES.values() for a in names)
_MENU_SEP = re.compile(r"\s[|｜/·•]\s|\s-\s|[>»›]|\|")


def _norm(text: str) -> str:
    return fold(text)  # lower-case NFKC without spaces and punctuation (cached for the page)


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("head", read_head, order=50, stage="tree", input_kinds=("html",),
                  description="notes <h1>, og:title and <title> before anything is pruned"))
    register(Step("find", find_title, order=100, kind="title",
                  description="picks the title and cleans it of site names"))
    register(Step("repeated", drop_repeated, order=700, kind="title",
                  description="drops the title repeated at the top of the body"))


# -- cleaning a head title ----------------------------------------------------

def clean_title(raw: str, site_names: Iterable[str] = (), domain: str | None = None, *,
                strict: bool = True) -> str:
    """``raw`` without its site-name segments.

    site_names: names the page gives for itself (``og:site_name`` ...).
    domain: the page's host; its distinctive labels count as site names.
    strict: also drop a short trailing segment next to a long headline (for
        ``<title>``; a headline line of a dump is not cut on length alone).
    """
    raw = normalize_space(raw)
    names = [_norm(n) for n in site_names if n and len(_norm(n)) >= 2]
    labels = [lab for lab in (domain or "").lower().split(".") if len(lab) >= 3 and lab not in GENERIC_DOMAIN_LABELS]
    colon = _COLON_TAIL.match(raw)
    if colon and _is_own_name(colon.group(2), names, labels) and len(_norm(colon.group(1))) >= MIN_HEAD_CHARS:
        raw = colon.group(1)  # "Headline:SiteName": a colon is a separator only before the site's own name
    else:
        lead = _COLON_HEAD.match(raw)
        if lead and _is_exact_name(lead.group(1), names, labels) and len(_norm(lead.group(2))) >= MIN_HEAD_CHARS:
            raw = lead.group(2)  # "SiteName: Headline": and after it, the same
    if _SEP_MARK.search(raw) is None:
        return raw  # (no separator: one segment, told without the split's try at every character)
    parts = _split_sep(raw)
    segs, seps = parts[0::2], parts[1::2]
    if len(segs) < 2:
        return raw
    sizes = [char_count(s) for s in segs]
    named = [_named(x, names, labels) or (cjk_count(x) > 0 and char_count(x) <= 16 and bool(_SITE_ZH_RE.search(x)))
             for x in segs]  # segments that are a site by name (or a Chinese site word)
    pool = [i for i in range(len(segs)) if not named[i]] or list(range(len(segs)))
    main = max(pool, key=lambda i: (sizes[i], -i))
    keep_from, keep_to = 0, len(segs)
    if (strict and main == 0 and len(segs) >= 3 and len({x.strip() for x in seps}) == 1
            and sizes[0] > max(sizes[1:])):
        keep_to = 1  # "Title_Channel_Site", "Title | Section | Site": a path of names after the title
    while keep_to - 1 > main and _site_like(segs[keep_to - 1], names, labels, sizes[main], strict):
        keep_to -= 1
    while keep_from < main and _site_like(segs[keep_from], names, labels, sizes[main], False, leading=True):
        keep_from += 1
    out = segs[keep_from]
    for i in range(keep_from + 1, keep_to):
        out += seps[i - 1] + segs[i]
    out = out.strip(" -|_·:：")
    if keep_to < len(segs) and out.endswith((")", "）", "]")):
        out = _PAGE_TAIL.sub("", out) or out  # "Thread title (页 1) - Board - Forum": the page number goes too
    return out or raw


def _named(seg: str, names: list[str], labels: list[str]) -> bool:
    """The segment is the site's declared name or its domain's."""
    n = _norm(seg)
    if not n or any(w in n for w in _CREDITS_FOLDED):
        return True  # (nothing, or a credit to the site's software)
    if any(n == name or (len(n) >= 2 and n in name) or (len(name) >= 3 and name in n) for name in names):
        return True
    return any(lab in n for lab in labels)


def _is_own_name(seg: str, names: list[str], labels: list[str]) -> bool:
    """The segment is the site's name, or short and opening with it ("phpspot開発日誌" on phpspot.org)."""
    n = _norm(seg)
    if not n or any(n == name for name in names):
        return bool(n)
    return char_count(seg) <= 20 and any(n.startswith(x) for x in names + labels if len(x) >= 3)


def _is_exact_name(seg: str, names: list[str], labels: list[str]) -> bool:
    """The segment is exactly the site's name or a distinctive label of its domain (spaces, case aside)."""
    n = _norm(seg)
    return bool(n) and (n in names or n in labels)


def _site_like(seg: str, names: list[str], labels: list[str], main_size: int, strict: bool,
               leading: bool = False) -> bool:
    if _named(seg, names, labels):
        return True
    size = char_count(seg)
    cjk = cjk_count(seg)
    if size > (16 if cjk else 40) or main_size < 4:
        return False
    if leading:  # a leading segment goes only when it names a site
        return (bool(_SITE_EN_RE.search(seg)) and not cjk) or (bool(_SITE_ZH_RE.search(seg)) and size <= 8)
    if (_SITE_ZH_RE.search(seg) or _SITE_EN_RE.search(seg)) and (size <= main_size or strict):
        return True
    return strict and size * 3 <= main_size and size <= 30


# -- finding ------------------------------------------------------------------

def read_head(doc: Any) -> None:
    """Note the title candidates of the untouched HTML tree."""
    root = doc.tree
    if root is None:
        return
    state: dict[str, Any] = {"h1": [], "head": [], "sites": []}
    h1s: list[str] = state["h1"]
    metas: dict[str, str] = {}
    title: str | None = None  # the first <title>'s text
    # the three kinds of element, each met in document order (one walk, shared with htmlmeta)
    head = head_elements(doc)
    for name, el, attrs, content in head.order:
        if name == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
            if key and key not in metas:  # (the first content of a key counts: later ones are not read)
                if content:
                    metas[key] = content
        elif name == "h1":
            if len(h1s) < 5:  # the first five
                t = normalize_space(heading_text(el))  # (without a permalink mark: "Title¶")
                if 2 <= len(t) <= 400:
                    h1s.append(t)
        elif title is None:
            title = head.title_text()  # (of the first <title>: this one)
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            state["head"].append(metas[key])
    if title:
        state["head"].append(title)
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if metas.get(key):
            state["sites"].append(metas[key])
    doc.state["title"] = state
    heads = [h for h in state["head"] if ":" in h or "：" in h]
    logos = _logo_names(h1s, heads, root) if h1s and heads else []
    if logos:
        state["logos"] = logos
        lead = _COLON_HEAD.match(normalize_space(title)) if title else None
        if lead is not None and any(_norm(lead.group(1)) == _norm(h) for h in logos):
            # "Blog Name: Post Title" under <h1>Blog Name</h1> (a theme's logo): the steps before
            # title:find (chrome looks for the title's heading) read the headline, not the head title
            # with the site's name before it, which the logo heading would match
            doc.meta.propose("title", lead.group(2), LOGO_CUT_SCORE)


def find_title(doc: Any) -> None:
    """Propose the title and remember the texts that repeat it."""
    state = doc.state.setdefault("title", {"h1": [], "head": [], "sites": []})
    sites = list(state.get("sites", [])) + [doc.extra.get("site_name") or ""]
    sites = [s for s in sites if s]
    heads = [h for h in state.get("head", []) if h]
    h1s = list(state.get("h1", []))
    if doc.is_html:
        h1s += [b.text for b in doc.blocks[:400] if b.kind == "heading" and b.level == 1 and b.text not in h1s]
    sites += state.get("logos", ())
    repeats: set[str] = set()
    # each head title with its cleaned text, those too short or naming the site left out (pairs: a head
    # title left out does not shift the others' cleaned texts onto it)
    pairs = [(h, clean_title(h, sites, doc.site)) for h in heads]
    pairs = [(raw, c) for raw, c in pairs if len(_norm(c)) >= MIN_HEAD_CHARS and not _is_site_name(c, sites, doc.site)]
    greeting = [raw for raw in heads if _GREETING_RE.match(raw)]  # (^\W* passes leading spaces)
    if greeting and (h1s or _dated_title_line(doc.blocks, doc.url, not doc.is_html)):
        # a head title that greets the visitor names the site, not the article: an <h1>, or a
        # headline line over a date or a byline, says what the page holds
        heads = [raw for raw in heads if raw not in greeting]
        pairs = [(raw, c) for raw, c in pairs if raw not in greeting]
    cleaned = [c for _, c in pairs]
    h1s = [h for h in h1s if not _is_site_name(h, sites, doc.site)]
    chosen: str | None = None
    score = 0.0
    for h in h1s:
        nh = _norm(h)
        if len(nh) >= 4 and any((nh in _norm(raw) and not _cut_segment(nh, raw, c)) or (_norm(c) and _norm(c) in nh)
                                for raw, c in pairs):
            chosen, score = h, 6.0
            glued = [c for raw, c in pairs if _glued_site(h, raw, c, sites, doc.site)]
            if glued:  # "Headline" + "Site" run together in the h1 (a logo link inside it)
                chosen = glued[0]
            break
    if chosen is None and cleaned:
        chosen, score = cleaned[0], 5.0
    if chosen is None and h1s:
        chosen, score = h1s[0], 4.0
    if chosen is None:
        block = _title_line(doc.blocks, doc.url, not doc.is_html)
        if block is not None:
            state["line"] = block.index
            repeats.add(_norm(block.text))
            if any(x.dropped is None for x in doc.blocks[block.index + 1:]):
                doc.drop(block, "title", "the article's title line")
            chosen = clean_title(_TITLE_LABEL_RE.sub("", block.text), sites, doc.site, strict=False)
            score = 3.0
    if not chosen:
        return
    chosen = _TITLE_LABEL_RE.sub("", chosen).strip() or chosen
    repeats.add(_norm(chosen))
    first = _norm(h1s[0]) if h1s else ""
    if first and (score != 5.0 or any(first in _norm(raw) for raw in heads)
                  or any(_norm(c) and _norm(c) in first for c in cleaned)
                  or _latin_chars(h1s[0]) > OWN_HEADING_MAX_CHARS):
        # the first <h1> is the title read (or the only candidate), or a head title holds it or is
        # held by it, or it is as long as a headline (the story's, worded otherwise for the head);
        # a short one under head titles that neither hold it nor are held by it (chosen over it) is
        # a heading of its own (a chapter's, a part's, a post's under a page's name), no repetition
        repeats.add(first)
    repeats.update(_norm(h) for h in heads)
    repeats.discard("")
    state["repeats"] = repeats
    doc.meta.propose("title", chosen, score)


#: Longest first ``<h1>`` (Latin-equivalent characters: a CJK character counts two) read as a heading
#: of its own under a head title that is worded otherwise; a longer one is the story's headline,
#: worded otherwise for the head (a short campaign headline in the body, a longer search title in ``<title>``).
OWN_HEADING_MAX_CHARS = 32


def _latin_chars(text: str) -> int:
    """Characters of ``text`` without spaces, a CJK character counting two."""
    return char_count(text) + cjk_count(text)


#: The headings a post's own title is set in under a logo ``<h1>`` (a blog theme's).
POST_TITLE_TAGS = ("h2", "h3", "h4")


def _logo_names(h1s: list[str], heads: list[str], root: Any) -> list[str]:
    """The ``<h1>`` texts that are the first segment of a head title before a colon whose rest is a
    lower heading of the page ("Blog Name: Post Title" with ``<h1>Blog Name</h1>`` and
    ``<h3>Post Title</h3>``): a theme's logo heading, the site's name. ("Headline: Site Name" under
    ``<h1>Headline</h1>`` has no heading naming the site.)"""
    found: list[tuple[str, str]] = []  # (an h1, the headline after it, squeezed)
    for raw in heads:
        lead = _COLON_HEAD.match(normalize_space(raw))
        if lead is None or len(_norm(lead.group(2))) < MIN_HEAD_CHARS:
            continue
        first = _norm(lead.group(1))
        found += [(h, _norm(lead.group(2))) for h in h1s if _norm(h) == first]
    if not found:
        return []
    named = {rest for _, rest in found} & {_norm(heading_text(el)) for el in root.iter(*POST_TITLE_TAGS)}
    out: list[str] = []
    for h, rest in found:
        if rest in named and h not in out:
            out.append(h)
    return out


def _cut_segment(norm_h1: str, raw: str, cleaned: str) -> bool:
    """The h1 lies (wholly or in part) in what cleaning took off the head title (the site's name
    in a logo h1, "Headline_Section_Site" with ``<h1>Site</h1>``, "Headline Section: Site" with
    ``<h1>Section: Site</h1>``), not in the headline kept."""
    kept = _norm(cleaned)
    if norm_h1 in kept:
        return False
    whole = _norm(raw)
    at, start = whole.find(norm_h1), whole.find(kept)
    if kept and 0 <= start < at:
        return True  # it runs past the headline kept into the tail cut off ("Headline Section: Site")
    return any(_norm(seg) == norm_h1 for seg in _split_sep(normalize_space(raw))[0::2])


def _glued_site(h1: str, raw: str, cleaned: str, sites: list[str], domain: str | None) -> bool:
    """The h1 is the cleaned head title with the site's name (a segment of the head title that
    names the site: declared, or its domain's) run on before or after it ("HeadlineSite Name"
    from ``<h1>Headline<a>Site Name</a></h1>``), with no separator between them (an h1 that
    writes "Headline - Site" out is the page's own headline)."""
    norm_h1 = _norm(h1)
    kept = _norm(cleaned)
    if not kept or kept == norm_h1 or not (norm_h1.startswith(kept) or norm_h1.endswith(kept)):
        return False
    if _SEP_MARK.search(h1) is not None and len(_split_sep(normalize_space(h1))) > 1:
        return False
    at = norm_h1.find(kept)
    rest = norm_h1[:at] + norm_h1[at + len(kept):]
    names = [_norm(n) for n in sites if n and len(_norm(n)) >= 2]
    labels = [lab for lab in (domain or "").lower().split(".") if len(lab) >= 3 and lab not in GENERIC_DOMAIN_LABELS]
    return any(_norm(seg) == rest and _named(seg, names, labels) for seg in _split_sep(normalize_space(raw))[0::2])


def _is_site_name(text: str, sites: list[str], domain: str | None) -> bool:
    n = _norm(text)
    if not n:
        return True
    if any(n == _norm(s) for s in sites):
        return True
    labels = [lab for lab in (domain or "").lower().split(".") if len(lab) >= 3 and lab not in GENERIC_DOMAIN_LABELS]
    return any(n == lab for lab in labels)


def _title_line(blocks: list[Any], url: str | None = None, dump: bool = False) -> Any | None:
    """The title line of a dump: the one the URL's slug spells, the one above the first header
    line, or the headline-like line nearest above the first prose line. In a text dump (``dump``)
    an interface line (see UI_OPENINGS) is no candidate."""
    top = blocks[:400]
    like = _dump_title_like if dump else _title_like
    by_slug = _slug_line(top, url)
    if by_slug is not None:
        return by_slug
    anchor = next((i for i, b in enumerate(top) if _is_header_line(b.text) or (dump and _author_email(top, i))), None)
    if anchor is not None:
        found: list[Any] = []
        named: list[Any] = []
        spoken: list[Any] = []
        deks = 0
        for j in range(anchor - 1, max(-1, anchor - 6), -1):
            b = top[j]
            if dump and _byline_line(b.text):
                named.append(b)  # a byline over the date: the headline is above it
                continue
            if named and any(normalize_space(n.text) in b.text for n in named):
                continue  # a picture's caption crediting the byline's name ("... / Jane Roe" over "Jane Roe")
            if like(b):
                found.append(b)
                if char_count(b.text) > SHORT_LINE:
                    break
            elif dump and _title_like(b):
                continue  # an interface line (a tag line, a form's) between the title and the byline
            elif dump and _two_sentence_headline(b):
                spoken.append(b)  # a headline of two sentences ("Iran says no. Talks are off"), if no other
                continue
            elif char_count(b.text) > 12 and not _is_header_line(b.text):
                deks += 1  # a standfirst under the headline may sit between it and the byline
                if deks > 1 or not _is_prose(b.text):
                    break  # a substantial line that is no title: the anchor is not under one
        # a short line just above the header is an account or a name; a longer one above it is the title
        found = found or spoken[:1] or [b for b in named if like(b)]  # (a lone name: a title-case headline?)
        longer = [b for b in found if char_count(b.text) > SHORT_LINE]
        if longer or found:
            return (longer or found)[0]
    # else the best headline-like line before the body's first prose line
    first_prose = next((i for i, b in enumerate(top[:300]) if _is_prose(b.text)), min(len(top), 80))
    best, best_score = None, float("-inf")
    for i in range(max(0, first_prose - FALLBACK_REACH), first_prose):
        if not like(top[i]):
            continue
        score = 0.0
        if any(_is_header_line(b.text) for b in top[i + 1: i + 4]):
            score += 2.0  # a date or a byline follows: a headline's company
        if first_prose - i <= 3:
            score += 1.0  # the body follows
        if i + 1 < len(top) and 2 <= char_count(top[i + 1].text) <= SHORT_LINE and not _title_like(top[i + 1]):
            score += 1.0  # a name or an account line under it, as under a post's title
        if 0 < i < len(top) - 1 and _title_like(top[i - 1]) and _title_like(top[i + 1]):
            score -= 1.5  # one of a run of menu items
        if dump and i > 0 and _is_header_line(top[i - 1].text):
            score += 1.0  # right under a date line (a headline set under its stamp)
        if score > best_score:
            best, best_score = top[i], score
    return _trail_end(best, top) if best is not None else None


def _two_sentence_headline(b: Any) -> bool:
    """A dump's headline of two sentences ("Iran says no. Talks are off"): headline-like but for its one
    full stop between sentences, at most SPOKEN_MAX_CHARS, no closing exclamation or bracket (a paragraph)."""
    t = b.text.rstrip()
    return char_count(t) <= SPOKEN_MAX_CHARS and not t.endswith(("!", ")", "]")) \
        and len(_SENTENCE_GAP.findall(t)) == 1 and _title_like(b, True, sentences=True)


def _author_email(top: list[Any], i: int) -> bool:
    """An e-mail address alone on line ``i`` under the headline (a reporter's), not a form's value under
    its label ("Signed in as:")."""
    return bool(_EMAIL_LINE.match(top[i].text)) and i > 0 and not top[i - 1].text.rstrip().endswith((":", "："))


def _byline_line(text: str) -> bool:
    """A dump's byline line: an opener and a name ("von Max Muster, Redakteur", see BYLINE_OPENERS_EN),
    or names alone, each a person's (a role after it: ``authors.strip_role``) or a news agency's, joined
    by commas or joiners ("Jane Roe and AP", "Max Muster Redakteur"). No digit, no longer than
    BYLINE_MAX_CHARS."""
    t = normalize_space(text)
    if not t or char_count(t) > BYLINE_MAX_CHARS or any(c.isdigit() for c in t):
        return False
    opener = _BYLINE_OPENER.match(t)
    parts = [p for p in _BYLINE_SPLIT.split(strip_role(t[opener.end():] if opener else t)) if p]
    if opener:
        parts = parts[:1]  # (after the author's name: a role, an outlet, a place)
    people = [p for p in parts if p.lower() not in _AGENCY_NAMES]
    return bool(parts) and all(latin_name(strip_role(p)) for p in people) and (bool(people) or len(parts) == 1)


def _dated_title_line(blocks: list[Any], url: str | None, dump: bool = False) -> bool:
    """A dump's title line is found, with a date or a byline line right under it."""
    b = _title_line(blocks, url, dump)
    return b is not None and any(_is_header_line(x.text) for x in blocks[b.index + 1: b.index + 4])


def _slug_line(blocks: list[Any], url: str | None) -> Any | None:
    """The headline-like line that shares most words with the URL's slug ("/ted-cruz-says-...")."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0].split("//", 1)[-1].partition("/")[2].lower()
    segment = max(path.split("/"), key=lambda seg: len(re.findall(r"[-_]", seg)), default="")  # the slug
    slug = {w for w in re.split(r"[^a-z0-9]+", segment)
            if len(w) >= 3 and not any(c.isdigit() for c in w)} - SLUG_STOP
    if len(slug) < 3:
        return None
    best, best_share, best_dated = None, SLUG_SHARE, False
    for i, b in enumerate(blocks):
        if not _title_like(b):
            continue
        words = {w for w in re.split(r"[^a-z0-9]+", nfkc(b.text).lower()) if len(w) >= 3}
        share = len(words & slug) / len(slug)
        if share < best_share or (share == best_share and (best is None or best_dated)):  # (above SLUG_SHARE)
            continue
        # (the same headline again, in a teaser list above the article: the one a header line follows heads it)
        dated = _header_under(b, blocks[i + 1:i + 1 + SLUG_HEADER_REACH])
        if share > best_share or dated:
            best, best_share, best_dated = b, share, dated
    return _trail_end(best, blocks) if best is not None else None


def _trail_end(line: Any, blocks: list[Any]) -> Any:
    """The headline a breadcrumb trail ends with ("Home News Headline" over "Headline"): a headline-like
    line within SLUG_HEADER_REACH lines under ``line`` whose text ends ``line``'s; else ``line``."""
    text = normalize_space(line.text)
    for b in blocks[line.index + 1: line.index + 1 + SLUG_HEADER_REACH]:
        tail = normalize_space(b.text)
        if len(tail) < len(text) and text.endswith(tail) and _title_like(b):
            return b
    return line


def _header_under(line: Any, below: list[Any]) -> bool:
    """Whether a header line comes in ``below`` before the same text again (the headline it heads)."""
    for x in below:
        if x.text == line.text:
            return False
        if _is_header_line(x.text):
            return True
    return False


def _is_prose(text: str) -> bool:
    """A sentence-like line: long, with sentence punctuation (the body has begun)."""
    size = char_count(text)
    if cjk_count(text):
        return size >= 20 and ("。" in text[:-1] or text.count("，") >= 2 or (size >= 40 and "，" in text))
    return size >= 80 and bool(re.search(r"[.!?][\"'”’)]?(?:\s|$)", text))


def _is_header_line(text: str) -> bool:
    if char_count(text) > 100:
        return False
    if _HEADER_LABEL_RE.match(text):
        return True
    dates = [d for d in dates_of(text, limit=3) if d.has_day]
    if not dates:
        return False
    rest = text
    for d in reversed(dates):
        rest = rest[: d.span[0]] + rest[d.span[1]:]
    return char_count(rest) <= 30 and "。" not in rest


def _title_like(b: Any, dump: bool = False, *, sentences: bool = False) -> bool:
    """A headline-like line: a headline's length, no sentence's end, no menu, date, furniture or byline;
    in a dump (``dump``) an abbreviation's full stop may stand inside it, and with ``sentences`` two
    sentences may (a headline of two: "Iran says no. Talks are off")."""
    text = _TITLE_LABEL_RE.sub("", b.text)
    size = char_count(text)
    cjk = cjk_count(text)
    if cjk:
        if not 5 <= size <= MAX_TITLE_CJK or text.count("，") > 1 or "；" in text:
            return False
    elif not (12 <= size <= 250 and len(text.split()) >= 3):
        return False
    if getattr(b, "link_density", 0.0) > 0.5 or b.kind in ("list_item", "table", "code"):
        return False
    t = text.rstrip()
    if t.endswith(("。", ".", ":", "：", ",", "，", "、", ";", "；")) or "。" in t[:-1]:
        return False
    if not cjk and not sentences and (_two_sentences(t) if dump else re.search(r"[.!?]\s+[A-Z]", t)):
        return False  # more than one sentence
    if len(_MENU_SEP.findall(t)) >= 2 or "©" in t or re.search(r"copyright", t, re.I):
        return False
    if _is_header_line(t) or sum(c.isdigit() for c in t) * 2 > size:
        return False
    if len(_GLUED.findall(t)) >= 2:
        return False  # menu words run together ("News FeedEventsLocal Businesses")
    if _NOT_TITLE.search(t):
        return False  # page furniture ("Skip to main content") or a byline ("Opinion by Jane Roe")
    return True


def _dump_title_like(b: Any) -> bool:
    """A headline-like line of a text dump that is no interface line: a form's ("Forgot your
    password?"), a pager's, a tag line, a template's tool or call ("Send to a Friend"), nor a picture's
    credit line ("Foto: Jane Doe", "Image source, Getty Images": ``plugins/inbody/credit_lines``), nor a
    quoted sentence closed by its full stop (a pull quote: ``“... my hands.”``), nor a comment section's
    heading, which may name the post (``12 Responses to “…”``, ``2 Gedanken zu „…“``, ``Comments (3)``)."""
    return _title_like(b, True) and not _UI_LINE.search(nfkc(b.text)) \
        and not is_credit_line(b.text) and not comma_credit(b.text) and not _QUOTED_SENTENCE.search(b.text) \
        and not is_count_heading(b.text) and not is_counted_section(b.text)


def _two_sentences(t: str) -> bool:
    """A full stop after a word, then a capital: two sentences; not after an abbreviation
    ("U.S.", "vs.", "Gov."), nor a question or an exclamation inside a headline ("Stuck? Spend a buck!")."""
    for m in _SENTENCE_GAP.finditer(t):
        word = m.group(1)
        if word in TITLE_ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
            continue
        return True
    return False


# -- dropping the repetition --------------------------------------------------

def drop_repeated(doc: Any) -> None:
    """Drop the title where it opens the body."""
    repeats: set[str] = doc.state.get("title", {}).get("repeats") or set()
    if not repeats:
        return
    line = doc.state.get("title", {}).get("line")
    if line is not None:  # the title was read from this very line: it goes, no other
        b = doc.blocks[line]
        if b.dropped is None and any(x.dropped is None for x in doc.blocks[line + 1:]):
            doc.drop(b, "title", "the article's title line")
        return
    for seen, b in enumerate(doc.iter_kept()):
        if seen >= 15:
            break
        if _norm(b.text) in repeats:
            doc.drop(b, "title", "the article's title, repeated at the top of the body")
            return
