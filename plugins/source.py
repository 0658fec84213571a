"""Source lines: who the article comes from (来源 / 转自 / Source: / via).

Recognised (kind ``source``), whole lines only:

* ``来源：新华网``, ``文章来源: X``, ``本文转自 X``, ``Source: Reuters``, ``via The Verge``;
* header lines that combine a source with a date, a site address or other
  ``label：value`` fields (``2025-09-08 10:00 来源：新华网``,
  ``BUSINESS.EXAMPLE.COM 2005年3月11日12:12 来源：[ 人民网 ]``);
* parenthesised credits ``(来源:华为计算)``, ``（转自：X）``;
* ``原标题：…`` lines (the headline the piece first ran under).

Values: the first source line's value becomes ``source`` (lines in the top
part of the page score higher); a parenthesised credit becomes
``original_source``; an unlabelled header line "date + medium name"
(``2003-7-24 钱江晚报``) proposes a weak ``source`` without being dropped here.
Placeholder values (转载, 网络, 原创 ...) are not taken as names, but the line
still goes. A line is only dropped when, once its fields are taken away,
hardly anything is left: a sentence that mentions 来源 stays.
"""
from __future__ import annotations

import re
from typing import Any

from newsclean import Step, hookimpl
from newsclean.dates import strip_dates
from newsclean.headerlines import FIELD, dates_of, left_count, residue, strip_addresses
from newsclean.patterns import ASCII_FOLDS, CaselessSearch
from newsclean.text import char_count, cjk_count, normalize_space

# -- vocabulary -------------------------------------------------------------

#: Labels that introduce the publisher a piece comes from.
SOURCE_LABELS_ZH = (
    "来源", "文章来源", "本文来源", "新闻来源", "稿件来源", "消息来源", "信息来源", "内容来源", "稿源", "来自",
    "出处", "出自", "转自", "本文转自", "转载自", "转载于", "本文转载自", "摘自", "原载", "原文来源", "原文出处",
    "來源", "來自", "轉自", "出處",
)
#: Of those, the ones that may run straight into their value (转自新华网).
GLUED_LABELS_ZH = ("转自", "本文转自", "转载自", "本文转载自", "摘自", "原载", "稿源", "轉自")
#: English labels that need a colon ("Source: X") and ones that read as a phrase ("via X").
SOURCE_LABELS_EN = ("source", "sources", "news source")
SOURCE_PHRASES_EN = ("via", "originally published (?:by|in|at|on)", "originally appeared (?:in|on|at)",
                     "reprinted (?:from|with permission from)", "republished (?:from|with permission from)",
                     "courtesy of")
#: Labels of the headline a piece first ran under: the line goes, no value is read.
ORIGINAL_TITLE_LABELS = ("原标题", "原題", "原题", "原文标题", "Original title", "Originally titled")
#: Values that name no publisher.
PLACEHOLDER_VALUES = frozenset(
    "转载 转载文章 网络 互联网 网友 网友投稿 本站 本网 原创 未知 佚名 综合 网络整理 网络转载 网络资源 本站原创 整理 "
    "投稿 其他 其它 unknown internet web n/a none network".split())
#: Words that make an unlabelled name a medium (for "date + name" header lines).
MEDIUM_WORDS = ("网", "报", "社", "台", "新闻", "电视", "广播", "杂志", "周刊", "客户端", "通讯", "媒体", "在线",
                "时报", "日报", "晚报", "晨报", "商报", "资讯")
#: Labels of other header fields that may share a line with the source.
OTHER_FIELD_LABELS = (
    "作者", "记者", "编辑", "责任编辑", "责编", "时间", "发布时间", "发表时间", "日期", "阅读", "点击", "浏览",
    "评论", "字号", "字体", "更新", "更新时间", "发布", "发表", "发表于", "栏目", "分类", "标签", "点击数",
    "阅读量", "浏览次数", "人气", "By", "Author", "Published", "Updated", "Posted",
)

MAX_LINE_CHARS = 80  # a source line is short
HEADER_SHARE = 0.35  # lines in this top share of the page (or the first 40) are "header" lines
MAX_VALUE_CHARS = 40

_ZH_ALT = "|".join(map(re.escape, sorted(SOURCE_LABELS_ZH, key=len, reverse=True)))
_GLUED_ALT = "|".join(map(re.escape, sorted(GLUED_LABELS_ZH, key=len, reverse=True)))
_EN_ALT = "|".join(sorted(SOURCE_LABELS_EN, key=len, reverse=True))
_PHRASE_ALT = "|".join(sorted(SOURCE_PHRASES_EN, key=len, reverse=True))
_OT_ALT = "|".join(map(re.escape, ORIGINAL_TITLE_LABELS))
_OPEN, _CLOSE = "(（【[〔「", ")）】]〕」"
_PAIRS = {"(": ")", "（": "）", "【": "】", "[": "]", "〔": "〕", "「": "」", "《": "》", "<": ">"}
_OPENER_OF = {v: k for k, v in _PAIRS.items()}
_START = r"(?:^|(?<=[\s|｜/·•(（【\[]))"
# A label, then its value: zh labels take a colon, a space or a bracket (the glued ones
# may also run into the value); English labels take a colon, English phrases a space.
_LABELLED = re.compile(
    rf"{_START}(?P<label>{_ZH_ALT})(?P<yu>于|自)?\s*(?(yu)[:：]?|(?:[:：]|(?=[\s\[【《(（])))\s*(?P<value>[^\n]*)"
    rf"|{_START}(?P<glued>{_GLUED_ALT})(?P<gvalue>[^\n]*)"
    rf"|{_START}(?P<en>{_EN_ALT})\s*[:：]\s*(?P<envalue>[^\n]*)"
    rf"|{_START}(?P<phrase>{_PHRASE_ALT})\s+(?P<pvalue>[^\n]*)", re.I)
# Every label holds one of these: a cheap test before the full patterns.
_HINT = re.compile(r"[来源出转摘原稿來轉處]|source|via\s|original|reprinted|republished|courtesy", re.I)
_HINTED = CaselessSearch(_HINT)
# The same look for ASCII text (no Han label there), on its lower case: its words one by one
# (each a C substring scan), "via" then followed by a space.
_HINT_ASCII = re.compile(r"source|via\s|original|reprinted|republished|courtesy")
_HINT_WORDS_ASCII = ("source", "original", "reprinted", "republished", "courtesy")
_VIA = re.compile(r"via\s")
_HAN_HINT = re.compile(r"[来源出转摘原稿來轉處]")  # (the Han labels' characters, of other text)
_FOLDS = re.compile(f"[{ASCII_FOLDS}]")
_ORIGINAL_TITLE = re.compile(rf"^\s*[{re.escape(_OPEN)}]?\s*(?:{_OT_ALT})\s*[:：]", re.I)
_PAREN_LINE = re.compile(rf"^\s*[{re.escape(_OPEN)}].*[{re.escape(_CLOSE)}]\s*$")
_OTHER_FIELD = re.compile(
    r"(?:" + "|".join(map(re.escape, sorted(OTHER_FIELD_LABELS, key=len, reverse=True))) +
    r")\s*[:：]?\s*[\[【(（]?\s*[^\s\]】)）|｜]{0,24}\s*[\]】)）]?", re.I)
_VALUE_STOP = re.compile(r"\s{2,}|\s[|｜/·•]\s|[|｜]|\s(?=(?:" + "|".join(
    map(re.escape, OTHER_FIELD_LABELS + SOURCE_LABELS_ZH)) + r")\s*[:：])", re.I)
_MEDIUM_RE = re.compile("|".join(map(re.escape, MEDIUM_WORDS)))


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("lines", drop_source_lines, order=200, kind="source",
                  description="drops 来源/转自/Source lines and reads the source"))


def drop_source_lines(doc: Any) -> None:
    """Read source values from header lines and drop the lines."""
    blocks = doc.blocks
    header_end = max(40, int(len(blocks) * HEADER_SHARE))
    for b in blocks:
        text = b.text
        if not text or b.kind == "table" or len(text) > 2 * MAX_LINE_CHARS or not _hinted(text):
            if b.index < header_end and text and b.kind != "table" and len(text) <= MAX_LINE_CHARS:
                _unlabelled_medium(doc, text)
            continue
        if char_count(text) > MAX_LINE_CHARS * (2 if not cjk_count(text) else 1):
            continue
        if _ORIGINAL_TITLE.match(text):
            if b.kind != "heading":
                doc.drop(b, "source", "an 原标题 / original-title line: the headline the piece first ran under")
            continue
        found = _labelled(text)
        if found is None:
            if b.index < header_end:
                _unlabelled_medium(doc, text)
            continue
        value, label, rest = found
        if not _only_fields(rest):
            continue  # a sentence that mentions a source
        parenthesised = bool(_PAREN_LINE.match(text))
        if value:
            if parenthesised:
                doc.meta.propose("original_source", value, 5.0)
            else:
                doc.meta.propose("source", value, 5.0 if b.index < header_end else 3.5)
        why = "a parenthesised source credit" if parenthesised else f"a source line ({label})"
        doc.drop(b, "source", why)


def _hinted(text: str) -> bool:
    """``_HINT.search(text)``, as a yes or no, faster."""
    if text.isascii():
        low = text.lower()
        for word in _HINT_WORDS_ASCII:
            if word in low:
                return True
        return "via" in low and _VIA.search(low) is not None
    if _HAN_HINT.search(text) is not None:
        return True
    if _FOLDS.search(text) is not None:  # (a character IGNORECASE reads as an ASCII letter)
        return _HINTED(text)
    low = text.lower()
    for word in _HINT_WORDS_ASCII:
        if word in low:
            return True
    return "via" in low and _VIA.search(low) is not None


def _labelled(text: str) -> tuple[str | None, str, str] | None:
    """(value or None for a placeholder, label, what the line holds besides the field)."""
    for m in _LABELLED.finditer(text):
        label = m.group("label") or m.group("glued") or m.group("en") or m.group("phrase") or ""
        raw = m.group("value") or m.group("gvalue") or m.group("envalue") or m.group("pvalue") or ""
        en = m.group("en") is not None or m.group("phrase") is not None
        if en and m.start() > 0 and not re.match(r"^[\s\W\d]*$", strip_dates(text[: m.start()])):
            continue  # "the source of ..." inside English prose
        if en and re.match(r"^\d+[.)]", text):
            continue  # a numbered footnote ("1.Source: ...")
        value, consumed = _value(raw or "", en)
        if value is None and consumed == 0:
            continue
        rest = text[: m.start()] + " " + raw[consumed:]
        return value, label, rest
    return None


def _value(raw: str, en: bool) -> tuple[str | None, int]:
    """The value that opens ``raw`` and how many characters it took."""
    s = raw
    stop = _VALUE_STOP.search(s)
    cut = stop.start() if stop else len(s)
    if not en and cjk_count(s[:cut]):
        first = re.match(r"\s*[\[【《(（]?\s*[^\s\]】》)）]+\s*[\]】》)）]?", s[:cut])
        if first:
            cut = first.end()
    value = s[:cut]
    for d in reversed(dates_of(value)):  # "人民日报2024-05-13": the date is not part of the name
        value = value[: d.span[0]] + " " + value[d.span[1]:]
    value = _unwrap(normalize_space(value))
    if not value:
        return None, cut
    if len(value) > MAX_VALUE_CHARS or (en and len(value.split()) > 6):
        return None, 0
    if value.lower() in PLACEHOLDER_VALUES or value.isdigit() or re.search(r"[=\"<>{}]", value):
        return None, cut
    return value, cut


def _unwrap(value: str) -> str:
    """Strip punctuation and brackets around a value, keeping balanced inner ones ("光明网-《光明日报》")."""
    v = value.strip(" :：,，;；.。|｜-—")
    for _ in range(3):
        if len(v) >= 2 and v[0] in _PAIRS and v[-1] == _PAIRS[v[0]]:
            v = v[1:-1].strip()
        elif v and v[-1] in _PAIRS.values() and _OPENER_OF[v[-1]] not in v:
            v = v[:-1].strip()
        elif v and v[0] in _PAIRS and _PAIRS[v[0]] not in v:
            v = v[1:].strip()
        else:
            break
    return v


def _only_fields(rest: str) -> bool:
    """True when what remains of a line, once dates, addresses and fields go, is next to nothing."""
    return left_count(residue(rest, fields=False, extra=(_OTHER_FIELD, FIELD))) <= 6 and "。" not in rest


def _unlabelled_medium(doc: Any, text: str) -> None:
    """'2003-7-24 钱江晚报': a date line whose only other word is a medium's name."""
    if text.isascii() or cjk_count(text) < 2:
        return  # the name is two Han characters or more, and it is part of the text
    dates = [d for d in dates_of(text, limit=2) if d.has_day]
    if len(dates) != 1:
        return
    rest = strip_addresses(strip_dates(text, dates_of(text))).strip(" |｜-–—·•/()（）:：")
    rest = normalize_space(rest)
    if not rest or " " in rest.strip():
        return
    inner = rest.strip("《》【】[]")
    if 2 <= len(inner) <= 12 and cjk_count(inner) >= 2 and (rest.startswith("《") or _MEDIUM_RE.search(inner)):
        doc.meta.propose("source", inner, 2.0)
