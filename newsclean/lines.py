"""Generic features of a line of text: length, sentence shape, list openings, wrapping.

What is left of a paragraph once the markup is gone (a line of a text dump,
or the text of one HTML block) still says a lot about what it is: how long
it is, whether it ends like a sentence or is cut short with "...", how much
sentence punctuation it carries, whether it opens with a bullet or a number,
and, across a whole dump, whether the text was hard-wrapped at a fixed width
and whether blank lines set paragraphs apart. This module reads those
features; it knows no particular kind of noise, and plugins (the text-dump
locator, the paragraph kinds) build their judgements on it.

Lengths are *Latin-equivalent*: a Han or kana character carries about as much
text as three Latin letters, so "40" means a short English line or about
thirteen Chinese characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from .document import Block
from .patterns import LazyPattern
from .text import nfkc

__all__ = [
    "CJK_WEIGHT", "SHORT_LE", "PROSE_LE", "TRUNCATION_ENDS",
    "latin_length", "sentence_marks", "closes_sentence", "is_truncated", "has_address",
    "COUNT_NUMBER", "COUNT_OPEN", "COUNT_CLOSE", "is_lone_number",
    "digit_share", "list_opening", "is_list_item", "list_marker", "opens_with_bullet", "display_width",
    "LineShape", "LazyLineShape", "line_shape", "wrap_width", "line_shapes",
]

#: A Han or kana character carries about as much text as this many Latin characters.
CJK_WEIGHT = 3.0
#: Latin-equivalent length of a "short" line (jusText's short class).
SHORT_LE = 40.0
#: Latin-equivalent length from which a line with sentence punctuation is prose.
PROSE_LE = 60.0
#: Endings that mark a line cut short (a teaser, not a paragraph).
TRUNCATION_ENDS = ("...", "…", "。。。", "..", "…]", "...]", "[…]", "(...)")
#: Hard-wrapped text: at least WRAP_LINES lines (and WRAP_SHARE of the long lines
#: without a sentence end) within WRAP_SLACK columns of one width of WRAP_MIN or more ...
WRAP_MIN = 50
WRAP_LINES = 8
WRAP_SHARE = 0.3
WRAP_SLACK = 3
#: ... nearly all of those lines carry sentence punctuation, and some follow each other.
WRAP_PUNCT = 0.9
WRAP_RUN = 4
#: ... in a dump (``line_shapes``), WRAP_PUNCT_DUMP of them: Latin-script text wrapped at a fixed
#: width carries a comma or a stop on about every other line only ("and how (to what extent) he
#: overcame them." / "Luria's Z or Zazetsky was once a very clever student studying at a").
WRAP_PUNCT_DUMP = 0.5
#: Blank lines set paragraphs apart on a page when prose lines stand alone between
#: blank lines this much more often than its other lines do.
PARA_MARGIN = 0.25

#: A count as pages write it (``1,234``, ``1.2万``, ``57k``, ``3+``), and the brackets it may stand in
#: (``(15)``, ``【3】``): the counters' items and a thread's per-post counts.
COUNT_NUMBER = r"\d[\d,.]*\s*(?:万|千|亿|[kKmMwW])?\s*\+?"
COUNT_OPEN, COUNT_CLOSE = r"[(\[（【{<]", r"[)\]）】}>]"
#: A lone count is at most this long (characters, after NFKC and stripping).
LONE_COUNT_MAX_CHARS = 12
_LONE_COUNT = re.compile(rf"^\s*{COUNT_OPEN}?\s*{COUNT_NUMBER}\s*{COUNT_CLOSE}?\s*$")
_YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*$")

_CJK_OR_KANA = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Characters of a class are counted by runs (summed lengths of the matches of
# ``[...]+``): the same count as one match per character, far faster on CJK text.
_CJK_OR_KANA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Sentence punctuation: full-width always; half-width only where it ends a clause
# (followed by a space, the end, a quote or a Han character), not inside 3.5 or a.com.
# Arabic (، ؛ ؟) and Devanagari (।) marks count as well.
_PUNCT = re.compile(r"[，。！？；、：،؛؟।]|[,.!?;:](?=\s|$|[\"'”’)\]\u3400-\u9fff])")
# "A title cut short... and its summary": a teaser line of a list.
_CUT_TITLE = re.compile(r"^[^.…。]{4,40}(?:\.\.\.|…)\s+\S")
# A web address or an e-mail address. Every quantifier is bounded and each
# alternative is anchored on a literal ("http", "www.", "@"), so a search costs
# a few steps per character however long a space-free run is (Chinese text has
# no spaces: "据@人民日报" in a 200 K-character paragraph must stay linear). An
# e-mail is "x@label.w": one non-space before the "@", a domain label of at most
# 63 word characters or hyphens, a dot and a word character.
_URL = re.compile(r"(?:https?://|www\.)\S|(?<=\S)@[\w-]{1,63}\.\w", re.I)
_DIGIT = re.compile(r"\d")
#: Openings of a list item: bullets, "1." "a)" "1、", "(2)" "（三）", "一、", "①".
_LIST_ITEM = re.compile(
    r"^\s*(?:[•·●○◦▪▫■□◆◇►▶➤✓✔\-–—*]\s*\S|"
    r"(?:\d{1,2}|[a-zA-Z])[.)、．]\s*\S|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*\S|"
    r"[一二三四五六七八九十]{1,3}、|[①②③④⑤⑥⑦⑧⑨⑩])")
#: A stricter reading of a list item's opening, for giving a paragraph its kind:
#: a bullet (not a dash of dialogue or attribution, "—" "——") followed by a word,
#: "1." "1)" "1、" not starting a decimal number or a date, "a)" or "A. " (not "U.S."),
#: "(1)" "（一）", "一、", "①".
_LIST_ITEM_STRICT = re.compile(
    r"^\s*(?:(?P<bullet>[•·●○◦▪▫■□◆◇►▶➤✓✔*])\s*[^\s*•·\-–—=_~]|(?P<dash>[-–])\s+[^\s\-–—=_~]|"
    r"\d{1,2}(?P<num>[.)、．])(?!\d)\s*\S|[a-zA-Z](?P<letter>\)|[.．](?=\s))\s*\S|"
    r"(?P<paren>[(（])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）]\s*\S|"
    r"(?P<cjk>[一二三四五六七八九十]{1,3}、)\s*\S|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*\S)")
#: Bullet marks alone (no numbers).
_BULLET = re.compile(r"^\s*[•·●○◦▪▫■□◆◇►▶➤✓✔\-–—*]\s*\S")
# East Asian wide and full-width characters (two columns on a terminal).
_WIDE = LazyPattern("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
_WIDE_RUN = re.compile(_WIDE.pattern + "+")


def _runs(pattern: "re.Pattern[str]", text: str) -> int:
    return sum(map(len, pattern.findall(text)))


# Marks of Latin text beyond ASCII, none of them wide (curly quotes, dashes, ellipsis, NBSP).
_NARROW_MARKS = "\u2019\u201c\u201d\u2018\u2014\u2013\u2026\u00a0"
# UTF-8 bytes that open no character from U+1000 on (every wide character lies above U+1100)
_BELOW_U1000 = bytes(range(0xE1))


def _wide_chars(text: str) -> int:
    """Wide (East Asian) characters in a text that is not ASCII: ``_runs(_WIDE_RUN, text)``.

    A Latin text whose only characters from U+1000 on are curly quotes and dashes has
    none, told by C passes over the text and its UTF-8 bytes, without the class's scan
    (which reads each character against all its ranges).
    """
    s = text
    for mark in _NARROW_MARKS:
        if mark in s:
            s = s.replace(mark, "")
    if not s.encode("utf-8", "surrogatepass").translate(None, _BELOW_U1000):
        return 0
    return _runs(_WIDE_RUN, text)


def _chars(text: str) -> int:
    return len("".join(text.split()))


def latin_length(text: str, chars: int | None = None) -> float:
    """Length in Latin-equivalent characters (Han and kana count CJK_WEIGHT times).

    ``chars`` is the text's non-space character count when already known.
    """
    if chars is None:
        chars = _chars(text)
    cjk = 0 if text.isascii() else _runs(_CJK_OR_KANA_RUN, text)
    return (chars - cjk) + CJK_WEIGHT * cjk


def sentence_marks(text: str) -> int:
    """Sentence punctuation marks (full-width, or half-width ending a clause) before the last character."""
    s = text.rstrip()
    return len(_PUNCT.findall(s[:-1]))


_CLOSERS = "\"'”’」』)）]"
_ENDS = "。！？!?…؟।"


def _ends(s: str) -> bool:
    """Whether a right-stripped text ends a sentence: 。！？!?… or a full stop not after
    a capital or digit, then any closing quotes or brackets. Read from its end, so
    no scan of long text (a pattern ending in ``[closers]*\\s*$`` is quadratic on
    runs of dots and closers)."""
    u = s.rstrip(_CLOSERS)
    if not u:
        return False
    c = u[-1]
    if c in _ENDS:
        return True
    return c == "." and not (len(u) > 1 and ("A" <= u[-2] <= "Z" or "0" <= u[-2] <= "9"))


def closes_sentence(text: str) -> bool:
    """True when the text ends with a full stop, question or exclamation mark, or "…".

    Stricter than :func:`newsclean.text.ends_sentence`: a colon, a semicolon or
    a closing bracket alone do not end a sentence, nor does the dot of an
    initial ("U.S") or of a number.
    """
    return _ends(text.rstrip())


def is_truncated(text: str) -> bool:
    """True when the text is cut short: it ends with "..." or is "A title cut... and more"."""
    s = text.rstrip()
    return s.endswith(TRUNCATION_ENDS) or bool(_CUT_TITLE.match(s))


def has_address(text: str) -> bool:
    """True when the text contains a web address or an e-mail address."""
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return False  # (every match needs one of these; the search is slow on long text)
    return bool(_URL.search(text))


def is_lone_number(text: str) -> bool:
    """A bare count: ``0``, ``1,234``, ``1.2万``, ``(15)`` (not a year such as ``2025``)."""
    t = nfkc(text).strip()
    return len(t) <= LONE_COUNT_MAX_CHARS and bool(_LONE_COUNT.match(t)) and not _YEAR_ALONE.match(t)


def digit_share(text: str, chars: int | None = None) -> float:
    """Share of digits among the text's non-space characters."""
    if chars is None:
        chars = _chars(text)
    return len(_DIGIT.findall(text)) / chars if chars else 0.0


def list_opening(text: str) -> str:
    """``"item"`` for a bullet or list-number opening, ``"digit"`` for another digit, else ``""``."""
    if _LIST_ITEM.match(text):
        return "item"
    return "digit" if text[:1].isdigit() else ""


def is_list_item(text: str) -> bool:
    """True when the text opens like an item of a list (stricter than :func:`list_opening`).

    A bullet followed by a word, or a list number ("1." "1、" "(1)" "一、" "①")
    that does not start a decimal number or a date; a dash of dialogue or
    attribution ("— Yes, he said", "——鲁迅") is not a bullet.
    """
    return bool(_LIST_ITEM_STRICT.match(text))


def list_marker(text: str) -> str:
    """The kind of list marker the text opens with ("bullet:•", "num:.", "cjk", "paren" ...), or "".

    Items of one list share their kind of marker; "三、" above "1." is a section
    above a list, not two items of one list. Reads like :func:`is_list_item`.
    """
    m = _LIST_ITEM_STRICT.match(text)
    if m is None:
        return ""
    for name, value in m.groupdict().items():
        if value is not None:
            return name if name in ("paren", "cjk", "circled") else f"{name}:{value}"
    return ""


def opens_with_bullet(text: str) -> bool:
    """True when the text opens with a bullet mark (•, -, * ...), numbers aside."""
    return bool(_BULLET.match(text))


def display_width(text: str, chars: int | None = None) -> int:
    """Display width in terminal columns: wide (East Asian) characters take two."""
    if chars is None:
        chars = _chars(text)
    return chars if text.isascii() else chars + _wide_chars(text)


@dataclass(slots=True)
class LineShape:
    """The generic features of one line of a dump (or one block's text)."""

    le: float  # Latin-equivalent length
    punct: int  # sentence punctuation marks before the last character
    ends: bool  # ends like a sentence (closes_sentence)
    truncated: bool  # cut short with "..." (a teaser)
    alone: bool  # blank lines before and after it (dumps)
    digits: float  # share of digits among the characters
    url: bool  # contains an address or e-mail
    opening: str  # "item" (bullet or list number), "digit" or ""
    width: int  # display width in columns
    wrapped: bool = False  # as wide as the page's hard-wrap width: a sentence goes on below
    para: float = 0.0  # +1 standing alone / -1 not, on pages whose paragraphs stand alone; else 0

    @property
    def prose(self) -> bool:
        """Long enough and shaped like sentences."""
        return self.le >= PROSE_LE and (self.ends or self.wrapped or self.punct >= 2) and not self.truncated


S = TypeVar("S", bound=LineShape)


def line_shape(text: str, chars: int | None = None, alone: bool = False,
               make: Callable[..., S] = LineShape) -> S:  # type: ignore[assignment]
    """The features of one line that need nothing but the line itself."""
    if chars is None:
        chars = _chars(text)
    s = text.rstrip()
    if text.isascii():  # no Han, kana or wide characters to count
        cjk = wide = 0
    else:
        wide = _wide_chars(text)
        # every Han or kana character is wide, but U+3040: no wide one, no Han or kana
        cjk = _runs(_CJK_OR_KANA_RUN, text) if wide or "\u3040" in text else 0
    return make(
        le=(chars - cjk) + CJK_WEIGHT * cjk,
        punct=len(_PUNCT.findall(s[:-1])),
        ends=_ends(s),
        truncated=s.endswith(TRUNCATION_ENDS) or bool(_CUT_TITLE.match(s)),
        alone=alone,
        digits=len(_DIGIT.findall(text)) / chars if chars else 0.0,
        url=has_address(text),
        opening=list_opening(text),
        width=chars + wide,
    )


class LazyLineShape:
    """The features of :func:`line_shape`, the costly ones read only when asked.

    Length, width and the sentence end are worked out at once; the sentence
    marks, the share of digits, the address, the truncation and the list
    opening (scans of the whole text) the first time they are read, with the
    same values as :func:`line_shape` gives. For steps that look closely at
    only a few of a page's lines (the paragraph kinds).
    """

    __slots__ = ("text", "chars", "ends", "alone", "wrapped", "para", "_le", "_width",
                 "_punct", "_digits", "_url", "_truncated", "_opening")

    def __init__(self, text: str, chars: int | None = None, alone: bool = False) -> None:
        if chars is None:
            chars = _chars(text)
        self.text, self.chars, self.alone = text, chars, alone
        if text.isascii():  # (no wide character, no Han or kana)
            self._le: float | None = chars + 0.0
            self._width: int | None = chars
        else:  # (worked out when read: never for most lines of prose, see `le` and `width`)
            self._le = self._width = None
        self.ends = _ends(text.rstrip())
        self.wrapped = False
        self.para = 0.0
        self._punct: int | None = None
        self._digits: float | None = None
        self._url: bool | None = None
        self._truncated: bool | None = None
        self._opening: str | None = None

    def _measure(self) -> None:
        text = self.text
        wide = _wide_chars(text)
        cjk = _runs(_CJK_OR_KANA_RUN, text) if wide or "\u3040" in text else 0
        self._le = (self.chars - cjk) + CJK_WEIGHT * cjk
        self._width = self.chars + wide

    @property
    def le(self) -> float:
        """Length weighted for CJK (as :attr:`LineShape.le`); never less than ``chars``."""
        if self._le is None:
            self._measure()
        return self._le  # type: ignore[return-value]

    @property
    def width(self) -> int:
        """Display width: wide characters count twice (as :attr:`LineShape.width`); never less than ``chars``."""
        if self._width is None:
            self._measure()
        return self._width  # type: ignore[return-value]

    @property
    def punct(self) -> int:
        if self._punct is None:
            self._punct = len(_PUNCT.findall(self.text.rstrip()[:-1]))
        return self._punct

    @property
    def digits(self) -> float:
        if self._digits is None:
            self._digits = len(_DIGIT.findall(self.text)) / self.chars if self.chars else 0.0
        return self._digits

    @property
    def url(self) -> bool:
        if self._url is None:
            self._url = has_address(self.text)
        return self._url

    @property
    def truncated(self) -> bool:
        if self._truncated is None:
            s = self.text.rstrip()
            self._truncated = s.endswith(TRUNCATION_ENDS) or bool(_CUT_TITLE.match(s))
        return self._truncated

    @property
    def opening(self) -> str:
        if self._opening is None:
            self._opening = list_opening(self.text)
        return self._opening

    @property
    def prose(self) -> bool:
        """Long enough and shaped like sentences (as :attr:`LineShape.prose`)."""
        # (``le`` is never less than ``chars``: 60 characters are long enough, without weighing the CJK ones)
        return (self.chars >= PROSE_LE or self.le >= PROSE_LE) and (self.ends or self.wrapped or self.punct >= 2) \
            and not self.truncated


def wrap_width(shapes: "Sequence[LineShape] | Sequence[LazyLineShape]", punct_share: float = WRAP_PUNCT) -> int:
    """The width at which a dump's text was hard-wrapped, or 0.

    A wrapped text has many lines of (nearly) one width that end mid-sentence,
    nearly all (``punct_share``) with sentence punctuation, several of them in a row.
    """
    widths = [f.width for f in shapes if not f.ends and f.width >= WRAP_MIN]  # (the end first: it is at hand)
    if len(widths) < WRAP_LINES:
        return 0
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    best, hits = 0, 0
    for w in counts:
        h = sum(counts.get(w - d, 0) for d in range(WRAP_SLACK + 1))
        if h > hits or (h == hits and w > best):
            best, hits = w, h
    if hits < WRAP_LINES or hits < WRAP_SHARE * len(widths):
        return 0
    # Wrapped prose has commas on most of its lines (nearly every one in Chinese); a list cut to one width does not.
    near = [best - WRAP_SLACK <= f.width <= best and not f.ends for f in shapes]
    with_punct = sum(1 for f, x in zip(shapes, near) if x and f.punct)
    if with_punct < punct_share * sum(near):
        return 0
    run = longest = 0
    for x in near:
        run = run + 1 if x else 0
        longest = max(longest, run)
    return best if longest >= WRAP_RUN else 0


def line_shapes(blocks: Sequence[Block], make: Callable[..., S] = LineShape) -> list[S]:  # type: ignore[assignment]
    """The features of every line of a dump (kept or dropped), in order.

    Besides each line's own features this reads two things from the whole
    page: the hard-wrap width (lines that wide go on below), and whether blank
    lines set paragraphs apart (prose lines stand alone between blank lines
    clearly more often than other lines do), which gives ``para``.
    ``make`` builds each line's object: LineShape or a subclass of it whose
    extra fields have defaults.
    """
    n = len(blocks)
    out: list[S] = []
    for i, b in enumerate(blocks):
        alone = b.gap_before > 0 and (i + 1 == n or blocks[i + 1].gap_before > 0)
        out.append(line_shape(b.text, b.chars, alone, make))
    wrap = wrap_width(out, WRAP_PUNCT_DUMP)
    if wrap:
        for f in out:
            f.wrapped = wrap - WRAP_SLACK <= f.width <= wrap + 1
    # Many dumps set paragraphs apart with blank lines and write menus and lists
    # line after line; whether this page does is read from the page itself.
    prose = [f.alone for f in out if f.prose]
    other = [f.alone for f in out if not f.prose]
    if prose and other and sum(prose) / len(prose) - sum(other) / len(other) >= PARA_MARGIN:
        for f in out:
            f.para = 1.0 if f.alone else -1.0
    return out
