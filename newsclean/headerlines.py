"""What is left of a header line once its known parts are taken away (shared by byline, source, timestamp).

A byline, source or time-stamp line is dropped only when, once its dates and
times, site addresses, ``label：value`` fields and counters (``阅读(12)``,
``35次``) are taken away, next to nothing is left. The three plugins used to
carry their own copies of these patterns; they all call :func:`residue` now,
each adding only what is its own (labels, credit tails).

Every pattern here is linear by construction: literal alternations, bounded
repeats (``{1,6}``, ``{0,24}``) and single character classes with no nested
quantifiers, so a long line costs time in proportion to its length.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .dates import DateMatch, ascii_anchor, find_dates, strip_dates
from .patterns import literal_tree
from .text import detect_language, fold, page_cache

__all__ = ["residue", "left_count", "ascii_anchor", "URL", "strip_addresses", "FIELD", "COUNTER", "PUNCT_SPACE", "labels_regex",
           "may_hold_date", "dates_of", "title_line_index", "name_after"]

#: Longer texts are never header lines; :func:`residue` returns them whole, unread, so that the
#: address pattern (whose cost grows with the square of a run of ``a.a.a…``) only sees short lines.
MAX_LINE_CHARS = 400

#: Top-level domains that make ``word.tld`` a site address.
SITE_TLDS = ("com", "cn", "net", "org", "gov", "edu", "co", "info", "tv", "cc", "hk", "tw", "uk")

#: A site address: a URL, ``www.…``, or ``name.tld`` with a known top-level domain. (Its ``sub`` tries
#: the name form from every word of a run like ``a-a-a…`` or ``a.a.a…``: :func:`strip_addresses` is
#: the same substitution in linear time.)
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(SITE_TLDS) + r")\b\S*", re.I)
# URL's two forms, without the rest of the word each takes, and what strip_addresses walks
_URL_SCHEME = re.compile(r"(?:https?://|www\.)\S", re.I)
_URL_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(SITE_TLDS) + r")\b", re.I)
_NAME_START = re.compile(r"\b[\w-]")
_NAME_CHAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*")
_WORD = re.compile(r"\S+")
#: A Chinese ``label：value`` field (``责任编辑：X``, ``来源：[ X ]``), value at most 24 characters.
FIELD = re.compile(r"[\u3400-\u9fff]{1,6}\s*[:：]\s*[\[【(（]?\s*[^\s\]】)）|｜]{0,24}\s*[\]】)）]?")
#: Counters: ``阅读(12)``, ``35次``, ``8条``, ``120人``.
COUNTER = re.compile(r"[\u3400-\u9fff]{1,4}\s*[(（]\s*\d+\s*[)）]|\d+\s*(?:次|条|人)")
#: Spaces, punctuation and ``_``: not counted as left.
PUNCT_SPACE = re.compile(r"[\s\W_]+")


def residue(text: str, *, dates: "list[DateMatch] | None" = None, stripped: str | None = None,
            fields: bool = True, extra: Iterable["re.Pattern[str]"] = ()) -> str:
    """``text`` without its dates and times, site addresses, fields (when ``fields``), ``extra`` and counters.

    stripped: ``strip_dates(text)`` when the caller has it; dates: the dates
    of ``text`` (passed on to ``strip_dates``). ``extra`` patterns are taken
    away after the fields, in order (a plugin's own labels).
    """
    if len(text) > MAX_LINE_CHARS:
        return text  # no header line is this long: all of it is left (and no pattern runs on it)
    r = strip_dates(text, dates if dates is not None else dates_of(text)) if stripped is None else stripped
    # (each substitution runs only when the text holds what every match needs)
    if "." in r or "://" in r:
        r = strip_addresses(r)
    if fields and (":" in r or "：" in r):
        r = FIELD.sub(" ", r)
    for rx in extra:
        r = rx.sub(" ", r)
    return COUNTER.sub(" ", r)


def strip_addresses(text: str) -> str:
    """``URL.sub(" ", text)``: each site address, to the end of its word, becomes one space.

    In linear time: a match never crosses a space and runs to the end of its word, so each word is
    cut at its first address. The name form is tried once per chain of dotted labels, from its first
    word start: a later start in the chain sees fewer of its dots, so it cannot match where that failed.
    """
    if text.count("-") + text.count(".") < 8:
        # (the pattern starts again only past a "-" or a ".": with few, its cost stays linear, and it is one call)
        return URL.sub(" ", text)
    return _strip_each_word(text)


def _strip_each_word(text: str) -> str:
    """``URL.sub(" ", text)`` word by word, each word cut at its first address (see :func:`strip_addresses`)."""
    out: list[str] = []
    done = 0
    for w in _WORD.finditer(text):
        a, b = w.span()
        cut = _address_start(text, a, b)
        if cut >= 0:
            out.append(text[done:cut])
            out.append(" ")
            done = b
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _address_start(text: str, a: int, b: int) -> int:
    """Where the first site address of the word ``text[a:b]`` starts, or -1."""
    m = _URL_SCHEME.search(text, a, b)
    first = m.start() if m is not None else b
    pos = a
    while pos < first:
        s = _NAME_START.search(text, pos, first)
        if s is None:
            break
        at = s.start()
        if _URL_NAME.match(text, at, b) is not None:
            return at
        pos = _NAME_CHAIN.match(text, at, b).end()  # type: ignore[union-attr]
    return first if m is not None else -1


#: Capital letters a name's word may open with (Latin, Latin-1, Latin Extended-A mixing cases, Greek, Cyrillic).
_NAME_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0386-\u03ab\u0400-\u042f"
#: Lower-case particles inside a name ("Jan de Vries", "Ludwig van Beethoven").
_NAME_PARTICLES = "de|da|das|do|dos|del|della|di|van|von|vom|zu|der|den|ten|ter|du|le|la|bin|al|el|y|af"
#: A name: one to four capitalised words (particles between), bounded; then the line ends or a separator follows.
NAME = (rf"(?-i:[{_NAME_UPPER}][\w'’.-]{{0,24}}(?:\s+(?:(?:{_NAME_PARTICLES})\s+)?[{_NAME_UPPER}][\w'’.-]{{0,24}}){{0,3}})"
        rf"(?=\s*(?:$|[|｜•·/,;–—]|\s-\s))")


def name_after(joiners: Iterable[str]) -> "re.Pattern[str]":
    """``joiner Name``: a stamp's author after its date ("… by Jane Doe", "… von Maria Schulz | 4 Kommentare"),
    the joiner (any case) a whole word, the name capitalised words up to the line's end or a separator
    (a name running on into a sentence, "by John Smith found …", is no part); the name is group ``name``."""
    return re.compile(labels_regex(joiners) + r"\s+(?P<name>" + NAME + ")", re.I)


def left_count(text: str) -> int:
    """Characters of ``text`` other than spaces and punctuation."""
    return len(PUNCT_SPACE.sub("", text))


def labels_regex(labels: Iterable[str], *, bounded: bool = True) -> str:
    """An alternation of labels, longest first, for an IGNORECASE pattern (grouped by first
    character, :func:`newsclean.patterns.literal_tree`); ``bounded``: a label made of letters is a whole word."""
    alt = literal_tree(labels, ignorecase=True)
    return rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])" if bounded else f"(?:{alt})"


# Every absolute date names its year, in two digits or more ("2024", "24.04.25"): a text
# without two digits in a row holds no date. (One scan the regex engine runs at C speed;
# the patterns of :func:`newsclean.dates.find_dates` cost far more on the many lines
# that hold none. A test holds find_dates to this.)
_TWO_DIGITS = re.compile(r"\d\d")
# The same on ASCII text (whose only digits are 0-9), about twice as fast.
_TWO_ASCII_DIGITS = re.compile(r"[0-9][0-9]")


def may_hold_date(text: str) -> bool:
    """False when :func:`newsclean.dates.find_dates` surely finds nothing in ``text``."""
    return (_TWO_ASCII_DIGITS if text.isascii() else _TWO_DIGITS).search(text) is not None


# (text, day_first) -> (limit asked, dates found): the page's lines are read by several
# steps (title, byline, timestamp, paragraph kinds); emptied for each page (text.clear_caches).
_DATES: dict[tuple[str, "bool | None", "str | None"], tuple[int, list[DateMatch]]] = page_cache()
_DATES_MAX = 4096


def dates_of(text: str, *, day_first: "bool | None" = None, limit: int = 20,
             held: "bool | None" = None, language: "str | None" = None) -> list[DateMatch]:
    """``find_dates(text, day_first=..., limit=..., language=...)``, with :func:`may_hold_date` as a first look,
    remembered for the page (``held``: ``may_hold_date(text)`` when the caller has it at hand).

    (find_dates stops after ``limit`` dates: a smaller limit gives the first
    dates of a larger one, so one reading serves every limit up to the one asked.)
    """
    if not (may_hold_date(text) if held is None else held):
        return []
    key = (text, day_first, language)
    got = _DATES.get(key)
    if got is not None and (limit <= got[0] or len(got[1]) < got[0]):
        return got[1][:limit]
    found = find_dates(text, day_first=day_first, limit=limit, language=language)
    if len(_DATES) >= _DATES_MAX:
        _DATES.clear()  # bounded memory
    _DATES[key] = (limit, found)
    return found[:]


#: Blocks searched for the title's line (the headline sits near the top).
TITLE_SEARCH_BLOCKS = 600


def title_line_index(doc: Any) -> "int | None":
    """Index of the first block (of the first 600) that is the proposed title, or holds it in at most
    twice its length (compared folded, :func:`newsclean.text.fold`); None without a title of 4+ characters.

    Remembered in ``doc.state`` for the title it was found for: the timestamp and
    byline steps both ask, and block texts do not change in the block stage.
    """
    title = doc.meta.get("title")
    if not isinstance(title, str):
        return None
    got = doc.state.get("headerlines:title_at")
    if got is not None and got[0] == title and got[1] is doc.blocks:
        return got[2]
    at = _title_line_index(doc.blocks, title)
    doc.state["headerlines:title_at"] = (title, doc.blocks, at)
    return at


#: The separators of a head title's parts ("Headline - Example Times", "Example | Headline").
TITLE_PART_SEPARATOR = re.compile(r"\s[-–—|·•:»/]{1,2}\s|\s*[|｜]\s*")

#: A part of the head title read as the headline when a heading is exactly that part: of this share
#: of the title's folded characters at least (the site's name is the shorter part).
TITLE_PART_MIN_SHARE = 0.5


def _title_line_index(blocks: "list[Any]", title: str) -> "int | None":
    t = fold(title)
    if len(t) < 4:
        return None
    limit = 2 * len(t)
    for b in blocks[:TITLE_SEARCH_BLOCKS]:
        n = fold(b.text)
        if n and (n == t or (len(n) <= limit and t in n)):
            return b.index
    # the title kept the site's name ("Headline - Example Times": no <h1> confirmed the cut): the heading
    # that is its headline part alone (an <h2>, a classed element's heading) is the title's line
    parts = {p for p in (fold(x) for x in TITLE_PART_SEPARATOR.split(title)[:4])
             if len(p) >= 4 and len(p) >= TITLE_PART_MIN_SHARE * len(t) and p != t}
    if parts:
        for b in blocks[:TITLE_SEARCH_BLOCKS]:
            if b.kind == "heading" and fold(b.text) in parts:
                return b.index
    return None


#: doc.state key of page_language's answer (the timestamp and byline steps both ask).
PAGE_LANGUAGE = "lines:language"


def page_language(doc: Any) -> str | None:
    """The language of the page's title and first blocks (its declared one when they agree; a declared
    Chinese as it is), worked out once a page."""
    if PAGE_LANGUAGE not in doc.state:
        doc.state[PAGE_LANGUAGE] = _language(doc)
    return doc.state[PAGE_LANGUAGE]


def _language(doc: Any) -> str | None:
    if doc.language:
        lang = doc.language
        if lang.lower().startswith("zh"):
            return lang
    parts: list[str] = [str(doc.meta.get("title") or "")]
    size = 0
    for b in doc.blocks:
        parts.append(b.text)
        size += len(b.text)
        if size > 800:
            break
    return detect_language("\n".join(parts), doc.lang_hint)
