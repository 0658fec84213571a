"""Paragraph kinds where the markup does not say: headings and list items; and formulas.

Step ``formulas`` (tree stage, order 90, HTML) reads MathML formulas, which the
block walk skips as markup, as their TeX source in their sentence (see
:func:`read_formulas`); the rest of this module is step ``kinds``.

A text dump has lost its tags, and many HTML pages never had the right ones:
section titles are written as ``<p>千卡智算底座：构筑金融AI的“超级引擎”</p>`` or
``<p><strong>What we found</strong></p>`` between long paragraphs, and list
items as paragraphs opening with "•", "1." or "一、". Once the article has been
located, step ``kinds`` (order 550, both inputs) reads those shapes from the
kept blocks of kind ``paragraph`` and sets ``Block.kind`` and ``level``. It
drops nothing; real ``<h1>``-``<h6>``, ``<li>``, captions and quotes keep the
kind their markup gave them. Line features come from :mod:`newsclean.lines`.

**Heading-like** (both inputs): short (HEADING_LE Latin-equivalent characters
in CJK text, HEADING_LE_LATIN otherwise) and not a sentence: no sentence end,
no full stop at the end or inside, at most HEADING_PUNCT (CJK) or
HEADING_PUNCT_LATIN marks, no lower-case start, no dangling "and"/"the" at
the end, not cut short, no address, not mostly digits, no lead-in ending
(":" "，" "—"), no bullet, some letters; not a note in brackets nor (outside
CJK) a pull quote in quotation marks; not a caption, credit, byline, source
note, dateline, salutation or pointer to other articles ("Photo: ...",
"图为 ...", "... 摄", "By Jane Doe", "本文来源 ...", a date, "Read more",
"相关阅读", "问：...": vocabularies below).

**Dump heading**: heading-like, followed by a prose line or a list item (and
not by a line that goes on a sentence), standing alone where the page's
paragraphs do, not as wide as the page's hard-wrap width, not one item of a
list of like-numbered lines, and following prose, a sentence end, a list
item, a caption or the start of the article. Level 2.

**HTML heading**: heading-like, owned by a ``<p>`` or ``<div>`` outside lists,
figures, quotes, asides, links and forms (in a table only when its cell holds
the text around it: a layout table), not link-dense, not a caption by its
class names or next to a picture, not a line of ``<br>``-wrapped text, and
either (a) followed by a prose paragraph and following prose, a sentence end,
a list, table or quote, or (b) a numbered section ("一、...") right under a
heading, or (c) all its text bold (``<strong>``, ``<b>``, bold style) and
followed by prose, a list or a numbered section. Level 2, or 3 when the
article already has ``<h2>`` sections.

**List item**: a paragraph that is not a heading and opens with a bullet or a
list number ("•", "- ", "1.", "1、", "(1)", "一、", "①"; not "3.5", "U.S." or a
dash of dialogue), or with "——" in a series of such lines.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Sequence

from newsclean import Block, Document, Step, hookimpl
from newsclean.blocks import drop_keep_tail, element_text
from newsclean.headerlines import dates_of
from newsclean.lines import (WRAP_SLACK, LazyLineShape, LineShape, list_marker, line_shapes, list_opening,
                             opens_with_bullet, wrap_width)

__all__ = ["classify_kinds", "heading_like", "NOT_HEADING_LABELS"]

# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

#: "Label: ..." lines that are captions, credits, pointers to other articles,
#: bylines or interview turns, not section headings (the label is compared
#: lower-cased, before the colon).
NOT_HEADING_LABELS = frozenset({
    # en: captions and credits, pointers, bylines, interview turns
    "image", "images", "photo", "photos", "picture", "pictured", "credit", "credits", "source", "sources",
    "video", "watch", "read more", "read also", "see also", "related", "more", "listen", "graphic",
    "illustration", "by", "editor's note", "note", "updated", "published", "posted", "q", "a", "page", "pages",
    # zh: captions and credits, pointers, bylines, interview turns
    "图", "图片", "图源", "摄影", "视频", "来源", "图片来源", "相关阅读", "延伸阅读", "推荐阅读", "阅读更多",
    "页", "作者", "作者单位", "记者", "编辑", "责任编辑", "责编", "通讯员", "撰文", "文", "原标题", "注", "问", "答",
    # other languages seen in pages and dumps
    "baca juga", "lihat juga", "foto", "fonte", "quelle", "bild", "leia também", "lesen sie auch",
    "leggi anche", "lire aussi", "lee también", "mehr zum thema",
})
#: Whole lines (lower-cased, without a trailing colon) that point elsewhere:
#: the heading of a related box, not of a section of the article.
POINTER_LINES = frozenset({
    # en
    "read more", "read also", "also read", "see also", "related", "related articles", "related stories",
    "related content", "related coverage", "more on this", "more on this story", "more on this topic",
    "recommended", "recommended for you", "you may also like", "you might also like", "further reading",
    "more stories", "more news", "top stories", "trending", "most read", "most popular", "explore further",
    # zh
    "更多", "相关新闻", "相关阅读", "延伸阅读", "推荐阅读", "阅读更多", "相关链接", "相关报道", "相关文章",
    "热门推荐", "猜你喜欢", "往期回顾", "往期推荐", "阅读原文", "点击阅读原文", "相关内容", "热门资讯",
    # ja
    "関連記事", "あわせて読みたい", "こちらもおすすめ",
    # other languages
    "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
    "lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "lee también", "leer más",
    "te puede interesar", "leggi anche", "potrebbe interessarti", "leia também", "leia mais", "veja também",
    "saiba mais", "baca juga", "lihat juga", "simak juga",
})
#: Openings of captions, credits, bylines and source notes (zh and en).
_CREDIT_OPENING = re.compile(
    r"^\s*(?:图为|图[：:/|｜]|图片[：:/]|图源|摄影|摄[：:/]|视频[：:]|[▲△◎☉]|本文|原标题|原文|来源[：:]|作者|记者|"
    r"通讯员|编辑[：:]|责任编辑|责编|文[/|｜]|撰文|口述|整理[：:/]|"
    r"(?:[Bb]y|BY)\s+(?!(?:the|a|an|[Tt]he|A|An)\s)[A-ZÀ-Þ]|"
    r"(?i:written by|reporting by|photos? by|photograph(?:s|y)? by|images? by|via|pictured|credit|dear)\b|亲爱的)")
#: Endings of captions, credits and bylines: "... 摄", "... 供图", "... 资料图", "截图",
#: ", BBC diplomatic correspondent".
_CREDIT_ENDING = re.compile(
    r"(?:摄|供图|资料图|截图|图片来源[：:].*|图片由.{1,20}提供|"
    r"(?i:,\s*(?:[\w'’.-]+\s+){0,4}(?:correspondent|reporter|editor|writer|columnist|contributor|"
    r"photographer)))\s*$")
#: A dateline opening a report: "南方网讯 ...", "本报讯 ...".
_DATELINE = re.compile(r"^\S{1,10}(?:网讯|报讯|日电|日讯)(?:\s|[：:（(]|$)")
#: Words that do not end a heading in Latin-script languages: a line ending with
#: one is a line of a sentence that goes on below (lower-cased).
DANGLING_WORDS = frozenset((
    "and", "or", "nor", "but", "the", "a", "an", "for", "with",  # en
    "und", "oder", "der", "die", "das", "ein", "eine",  # de
    "et", "ou", "le", "la", "les", "un", "une", "des",  # fr
    "y", "o", "el", "los", "las", "una",  # es
    "e", "il", "lo", "gli",  # it
))
#: Brackets and quotation marks that wrap a whole line: a note, an aside or a pull quote.
_WRAPS = {"(": ")", "（": "）", "[": "]", "{": "}", "“": "”", '"': '"', "「": "」", "『": "』", "‘": "’", "«": "»"}
_BRACKETS = "(（[{"

# ---------------------------------------------------------------------------
# Named constants
# ---------------------------------------------------------------------------

#: A heading is at most this long (Latin-equivalent characters: 40 Han characters).
HEADING_LE = 120.0
#: ... in scripts other than CJK, at most this many non-space characters ...
HEADING_LE_LATIN = 100.0
#: ... and carries at most this many sentence punctuation marks (CJK text) ...
HEADING_PUNCT = 2
#: ... or this many in other scripts (a Latin-script line with two commas is a clause).
HEADING_PUNCT_LATIN = 1
#: On a hard-wrapped page, a line at least this share of the wrap width is a line
#: of a paragraph (the first one, indented, is a little shorter than the rest).
WRAP_NEAR = 0.8
#: A block at least this link-dense is a link or a pointer, not a heading.
HEADING_LINK_DENSITY = 0.3
#: A line ending with one of these introduces what follows (a list, a quote), or is a dateline ("CNN —").
_LEAD_IN = (":", "：", ",", "，", "、", ";", "；", "—", "–", "-")
#: A full stop at the end, before closing quotes or brackets, and symbols such as emoji.
_FULL_STOP_END = re.compile(r"\.[\"'”’)\]）」』]*$")
#: A line starting with one of these goes on from the line above: not a heading.
_NOT_OPENING = "，,。.、；;：:）)」』”’!！?？"
_LABEL = re.compile(r"^\s*([^:：]{1,20})\s*[:：]")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

#: HTML: the owning tags a heading written as a paragraph can have.
HTML_OWNERS = frozenset(("p", "div"))
#: ... and the ancestors it may not have (lists, figures, quotes, asides, links, forms).
HTML_NOT_INSIDE = frozenset((
    "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "blockquote", "aside", "nav", "footer",
    "a", "button", "form", "label", "address", "pre", "code",
))
#: Table cells: a block in one is a heading only when its cell holds the body text
#: around it too (a layout table), never in a cell of its own (a table's label).
_CELLS = frozenset(("td", "th"))
#: HTML: elements whose text is bold.
_BOLD_TAGS = frozenset(("strong", "b"))
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
#: Elements looked at under a block's owner when testing for bold text.
BOLD_SCAN = 200
#: Class/id token parts of an element (or of its two nearest ancestors) that hold
#: a caption, credit, byline or other page furniture rather than a heading.
CAPTION_PARTS = frozenset((
    "caption", "captions", "figcaption", "credit", "credits", "figure", "fig", "image", "images", "img",
    "photo", "photos", "pic", "pics", "picture", "gallery", "byline", "author", "authors", "dateline",
    "tuzhu", "tupian", "zuozhe",
))
#: Kinds of blocks that count as body text before a heading (besides prose paragraphs).
_BODY_KINDS = frozenset(("list_item", "table", "quote", "code"))


_LOCAL: dict[Any, str] = {}


def _local(tag: Any) -> str:
    """Lower-case local name of a tag ("" for comments and processing instructions)."""
    got = _LOCAL.get(tag)
    if got is None:
        got = (tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag).lower() if isinstance(tag, str) else ""
        if len(_LOCAL) < 4096:
            _LOCAL[tag] = got
    return got


# ---------------------------------------------------------------------------
# Shared: does a line read like a heading?
# ---------------------------------------------------------------------------

def _credit(s: str) -> bool:
    """A caption, credit or byline ("图为 ...", "Photo: ...", "... 摄", "By Jane Doe")."""
    label = _LABEL.match(s)
    if label and label.group(1).strip().lower() in NOT_HEADING_LABELS:
        return True
    return bool(_CREDIT_OPENING.match(s) or _CREDIT_ENDING.search(s))


def _pointer_or_credit(s: str) -> bool:
    """A caption, credit, byline, source note, dateline or pointer to other articles."""
    if _credit(s) or _DATELINE.match(s) or s.rstrip(":：").strip().lower() in POINTER_LINES:
        return True
    if s[:1] == "【" and s.endswith("】") and _pointer_or_credit(s[1:-1].strip()):
        return True  # 【作者单位：...】
    return any(d.has_day for d in dates_of(s, limit=2))


def _wrapped_whole(s: str, cjk: bool) -> bool:
    """A note in brackets, or (outside CJK text, where quoted headings are common) a pull quote."""
    close = _WRAPS.get(s[:1])
    if close is None or len(s) < 2 or not s.endswith(close) or close in s[1:-1]:
        return False
    return s[:1] in _BRACKETS or not cjk


def _strip_symbols(s: str) -> str:
    """The text without trailing symbols (emoji, arrows ...) and spaces."""
    end = len(s)
    while end and (s[end - 1].isspace() or unicodedata.category(s[end - 1]) in ("So", "Sk", "Cn", "Co")):
        end -= 1
    return s[:end]


def heading_like(f: "LineShape | LazyLineShape", text: str) -> bool:
    """A short line that is not a sentence, a caption, a pointer, a note or a lead-in."""
    s = _strip_symbols(text.strip())
    if not s:
        return False
    cjk = bool(_HAN.search(s))
    if not cjk:
        last = s.rsplit(None, 1)[-1].lower()
        if last in DANGLING_WORDS and " " in s:
            return False
    punct = HEADING_PUNCT if cjk else HEADING_PUNCT_LATIN
    le_max = HEADING_LE if cjk else HEADING_LE_LATIN
    return (not f.ends and not f.wrapped and not f.truncated and not f.url and f.le <= le_max
            and f.punct <= punct and s[:1] not in _NOT_OPENING and not s[:1].islower()
            and f.digits < 0.5 and not s.endswith(_LEAD_IN) and not _FULL_STOP_END.search(s)
            and not opens_with_bullet(s) and any(c.isalnum() for c in s)
            and not any(c in s[:-1] for c in "。！？!?")
            and not _wrapped_whole(s, cjk) and not _pointer_or_credit(s))


def _near_wrap(shapes: Sequence[LineShape]) -> float:
    """Width from which a line is a line of a hard-wrapped paragraph (infinite when the text is not wrapped)."""
    wrap = wrap_width(shapes)
    return WRAP_NEAR * wrap if wrap else float("inf")


def _goes_on(text: str) -> bool:
    """The text carries on a sentence from the line above (a comma, a full stop or a lower-case letter first)."""
    c = text.lstrip()[:1]
    return bool(c) and (c in _NOT_OPENING or c.islower())


_EM_DASH_ITEM = re.compile(r"^\s*(?:——|—)[^\s—]")


def _markers(kept: Sequence[Block]) -> list[str]:
    """Each block's list marker; a dash set close to its text ("——在认识上 ...")
    counts only in a series of such lines (alone it opens a quote's attribution;
    "— " with a space opens a line of dialogue)."""
    out = [list_marker(b.text) for b in kept]
    dash = [bool(_EM_DASH_ITEM.match(b.text)) for b in kept]
    for k, d in enumerate(dash):
        if d and not out[k] and ((k > 0 and dash[k - 1]) or (k + 1 < len(dash) and dash[k + 1])):
            out[k] = "dash:—"
    return out


def _in_list(markers: Sequence[str], kinds: Sequence[str], k: int) -> bool:
    """Line k opens like a list item and so does a neighbour, with the same kind of
    marker (or the neighbour is an item of a real list): one item of a list."""
    if not markers[k]:
        return False
    return any(0 <= j < len(markers) and (markers[j] == markers[k] or kinds[j] == "list_item") for j in (k - 1, k + 1))


# ---------------------------------------------------------------------------
# Text dumps
# ---------------------------------------------------------------------------

def _text_kinds(doc: Document) -> None:
    blocks = doc.blocks
    feats = line_shapes(blocks)
    near = _near_wrap(feats)
    kept = [b for b in blocks if b.kept]
    shapes = [feats[b.index] for b in kept]
    kinds = [b.kind for b in kept]
    markers = _markers(kept)
    for k, b in enumerate(kept):
        if b.kind != "paragraph":
            continue
        f = shapes[k]
        nxt = shapes[k + 1] if k + 1 < len(kept) else None
        prev = shapes[k - 1] if k > 0 else None
        if (nxt is not None and (nxt.prose or bool(markers[k + 1])) and f.para >= 0 and f.width < near
                and not _goes_on(kept[k + 1].text) and not _in_list(markers, kinds, k)
                and heading_like(f, b.text)
                and (prev is None or prev.prose or prev.ends or bool(markers[k - 1])
                     or _credit(kept[k - 1].text.strip()))):  # a heading under a picture's caption
            b.kind, b.level = "heading", 2
        elif markers[k]:
            b.kind = "list_item"


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

def _owner(b: Block) -> Any:
    """The element that owns the block (its nearest block-level ancestor of tag ``b.tag``)."""
    for el in reversed(b.path):
        if _local(el.tag) == b.tag:
            return el
    return None


def _eligible(b: Block) -> bool:
    """A paragraph block where a heading written as a paragraph can stand."""
    if b.kind != "paragraph" or b.tag not in HTML_OWNERS or b.link_density >= HEADING_LINK_DENSITY:
        return False
    return not any(_local(el.tag) in HTML_NOT_INSIDE for el in b.path)


_SPLIT = re.compile(r"[-_\s]+")


def _furniture(b: Block, owner: Any) -> bool:
    """A caption or credit: so named by its class/id, inside the element holding
    an image, or right after an element that holds an image and no text."""
    for el in b.path[-3:]:
        for attr in ("class", "id"):
            v = el.get(attr)
            if v and any(p in CAPTION_PARTS for p in _SPLIT.split(v.lower())):
                return True
    if owner is None:
        return False
    if next(owner.iter("img", "{*}img", "picture", "{*}picture"), None) is not None:
        return True
    prev = owner.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments
        prev = prev.getprevious()
    if prev is not None and not "".join(prev.itertext()).strip():
        return next(prev.iter("img", "{*}img", "picture", "{*}picture"), None) is not None or _local(prev.tag) == "img"
    return False


def _squash(text: str) -> str:
    return "".join(text.split())


def _is_bold(el: Any) -> bool:
    if _local(el.tag) in _BOLD_TAGS:
        return True
    style = el.get("style")
    return bool(style and _BOLD_STYLE.search(style))


def bold_only(b: Block) -> bool:
    """True when the block is the whole text of its element, and all of it is bold.

    Bold is ``<strong>``, ``<b>`` or a bold ``font-weight`` style. A bold label
    that runs into more text of the same paragraph after a ``<br>`` ("<b>Name</b><br>
    Name is a writer ...") is not a block of its own in the page's eyes.
    """
    owner = _owner(b)
    if owner is None:
        return False
    target = _squash(b.text)
    if not target or _squash(element_text(owner)) != target:
        return False
    if _is_bold(owner):
        return True
    parts: list[str] = []
    stack = list(reversed(owner))
    seen = 0
    while stack and seen < BOLD_SCAN:
        el = stack.pop()
        seen += 1
        if not isinstance(el.tag, str):
            continue
        if _is_bold(el):
            parts.append(_squash(element_text(el)))
        else:
            stack.extend(reversed(el))
    return "".join(parts) == target


def _html_kinds(doc: Document) -> None:
    kept = doc.kept()
    shapes = [LazyLineShape(b.text, b.chars) for b in kept]  # (the costly features only where asked)
    wrap = wrap_width(shapes)  # text hard-wrapped with <br> at a fixed width
    if wrap:
        for f in shapes:
            f.wrapped = wrap - WRAP_SLACK <= f.width <= wrap + 1
    near = WRAP_NEAR * wrap if wrap else float("inf")
    kinds = [b.kind for b in kept]  # as the markup gave them, before this step
    markers = _markers(kept)
    level = 3 if any(b.kind == "heading" and b.level == 2 for b in kept) else 2
    for k, b in enumerate(kept):
        if b.kind != "paragraph":
            continue
        f = shapes[k]
        # (cheap tests first: a line's end, then its width only on a wrapped page, its weighed length
        # only when its characters, never more, leave it open)
        if k + 1 < len(kept) and not f.ends and (not wrap or f.width < near) \
                and f.chars <= HEADING_LE and f.le <= HEADING_LE and _eligible(b) \
                and not _in_list(markers, kinds, k) \
                and _body_before_after(kept, shapes, kinds, k) and heading_like(f, b.text) \
                and not _furniture(b, _owner(b)):
            b.kind, b.level = "heading", level
        elif markers[k]:
            b.kind = "list_item"


def _cell(b: Block) -> Any:
    """The nearest table cell holding the block, or None."""
    for el in reversed(b.path):
        if _local(el.tag) in _CELLS:
            return el
    return None


def _holds(el: Any, b: Block) -> bool:
    return any(a is el for a in b.path)


def _body_before_after(kept: Sequence[Block], shapes: "Sequence[LineShape | LazyLineShape]", kinds: Sequence[str], k: int) -> bool:
    """What stands around block k makes it a heading: body text follows it, and
    body text comes before it, or it is a numbered section right under another
    heading ("第一章 ..." then "一、..."); or it is all bold."""
    nb, nf = kept[k + 1], shapes[k + 1]
    cell = _cell(kept[k])
    if cell is not None and not (_holds(cell, nb) and (k == 0 or _holds(cell, kept[k - 1]))):
        return False
    next_prose = kinds[k + 1] == "paragraph" and nf.prose and not _goes_on(nb.text)
    if next_prose and k > 0:
        pk = kept[k - 1].kind  # a heading set just above counts too
        pf = shapes[k - 1]
        if (kinds[k - 1] == "paragraph" and (pf.prose or pf.ends)) or kinds[k - 1] in _BODY_KINDS:
            return True
        if pk == "heading" and list_opening(kept[k].text) == "item" and not opens_with_bullet(kept[k].text):
            return True
    # Bold text may introduce a list, or a numbered section ("第二章 ..." above "一、...").
    return (next_prose or kinds[k + 1] == "list_item" or bool(list_marker(nb.text))) and bold_only(kept[k])


def classify_kinds(doc: Document) -> None:
    """Headings and list items among the kept blocks (text dumps and HTML)."""
    if doc.is_html:
        _html_kinds(doc)
    else:
        _text_kinds(doc)


# ---------------------------------------------------------------------------
# Formulas (tree stage): the text of a formula the markup hides from the walk
# ---------------------------------------------------------------------------

#: A formula's source longer than this is no inline formula (kept as the walk reads it, or not).
FORMULA_MAX_CHARS = 2000

_TEX_ENCODINGS = frozenset(("application/x-tex", "text/x-latex", "tex"))
#: Class tokens of a formula drawn as a picture whose ``alt`` is its TeX source (WordPress LaTeX,
#: QuickLaTeX); only pictures whose class holds "latex" or "formula" are looked at.
FORMULA_IMG_CLASSES = frozenset(("latex", "wp-latex", "ql-img-inline-formula", "ql-img-displayed-equation",
                                 "tex-formula", "latex-formula"))


def _read_formula_img(el: Any) -> int:
    """Read a formula picture as its TeX source (1), or leave it (0)."""
    if FORMULA_IMG_CLASSES.isdisjoint((el.get("class") or "").lower().split()) or el.getparent() is None:
        return 0
    tex = " ".join((el.get("alt") or "").split())
    if not tex or len(tex) > FORMULA_MAX_CHARS:
        return 0
    _put_text(el, tex)
    return 1


def _katex_of(el: Any) -> Any:
    """The KaTeX formula (``span.katex``) a ``<math>`` element is the hidden MathML copy of, or None."""
    for a in el.iterancestors("span"):
        if "katex" in (a.get("class") or "").split():
            return a
    return None


def _math_tex(el: Any) -> "str | None":
    """A MathML formula's TeX source (its annotation), else its ``alttext``, else its text."""
    for ann in el.iter("annotation"):
        if (ann.get("encoding") or "").lower() in _TEX_ENCODINGS:
            return ann.text
    return el.get("alttext") or "".join(el.itertext())


def _put_text(el: Any, text: str) -> None:
    """Replace ``el`` (and its subtree) by ``text``, its tail kept after it."""
    el.tail = text + (el.tail or "")
    drop_keep_tail(el)


def read_formulas(doc: Document) -> None:
    """Formulas the walk would skip, read as their TeX source in their sentence.

    MathML (``<math>``, which the walk skips as markup: its ``application/x-tex``
    annotation, else its ``alttext``, else its text); in KaTeX (``span.katex``) the
    whole formula is replaced, and its rendered copy, hidden from readers of the
    source, is recorded. Without this, "If <formula> is Hermitian" reads "If is
    Hermitian". A formula drawn as a picture with its TeX source as the picture's
    text (``<img class="latex" alt="\\lambda A + \\mu B">``: a class token of
    :data:`FORMULA_IMG_CLASSES`) is read as that source. The page's ``<math>``
    elements and pictures are found in C (one walk), a picture's class read once.
    """
    tree = doc.tree
    if tree is None:
        return
    done = 0
    for el in list(tree.iter("math", "img")):  # (a list: formulas are taken out as they are read)
        if el.tag == "img":
            cls = el.get("class")
            if cls and ("latex" in cls or "formula" in cls):
                done += _read_formula_img(el)
            continue
        if el.getparent() is None or next(el.iterancestors("math"), None) is not None:
            continue  # (inside a formula read already)
        katex = _katex_of(el)
        target = el if katex is None else katex
        if target.getparent() is None:
            continue
        tex = " ".join((_math_tex(el) or "").split())
        if not tex or len(tex) > FORMULA_MAX_CHARS:
            continue
        if katex is not None:
            shown = " ".join("".join(t for r in katex.iter("span") if "katex-html" in (r.get("class") or "")
                                     for t in r.itertext()).split())
            if shown:
                doc.record("formula", "rendered copy of a formula (read from its TeX source instead)", shown,
                           region="text")
        _put_text(target, tex)
        done += 1
    if done:
        doc.note(f"structure: {done} formula(s) read as their TeX source")


@hookimpl
def newsclean_register_steps(register) -> None:  # type: ignore[no-untyped-def]
    register(Step("kinds", classify_kinds, order=550, stage="blocks", kind="", input_kinds=("html", "text"),
                  description="headings and list items where the markup does not say"))
    register(Step("formulas", read_formulas, order=90, stage="tree", kind="formula", input_kinds=("html",),
                  description="formulas (MathML, KaTeX) read as their TeX source"))
