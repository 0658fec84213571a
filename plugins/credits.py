"""Photo and image credits inside the article: ``Foto: dpa``, ``© Getty Images``, ``图片来源：视觉中国``.

The article locator keeps what sits inside the article's container, credits
included. This plugin runs after it (order 600) on the blocks still kept and
drops a block only when the *whole* block is a credit:

* **label-led**: a short line opened by a credit label and a separator
  (``Foto: Michael Kappeler/dpa``, ``Crédit photo : AFP``, ``Фото: ТАСС``,
  ``图片来源：视觉中国``), or by a lead phrase and a name (``Photo by Jane Doe
  on Unsplash``);
* **agency-only**: a short line made only of names and picture agencies,
  separated by slashes (``REUTERS/John Smith``, ``© Getty Images``,
  ``Michael Kappeler/dpa``); social networks and "screenshot" count only
  beside a slash or ``©`` (``Screenshot/Twitter``);
* **staff credits**: a short line opened by a staff credit (``Reporting by
  …; Editing by …``, ``Redaktion: …``, ``Penulis: … | Editor: …``);
* **source-led**: a short line opened by a source label whose value is only
  names, agencies or an address (``Quelle: dpa``, ``Источник: ТАСС``); a
  source label followed by a sentence stays;
* **a caption ending with a credit**: a short caption whose tail, after a
  bar, dash, bracket or ``©``, is a credit (another block: after a bar, ``©``
  or ``=`` only) (``Prinz Harry in London. © Victoria
  Jones/PA Wire/dpa``, ``警備に当たる警察官ら＝AP``), or a short block ending
  with a credit label, its colon and names only (``Die Brücke am Abend. Foto:
  Jan Kowalski/dpa``, ``…Stadion Bild: Pavel Golovkin/dpa``, ``… 사진=연합뉴스``):
  the picture's caption;
* **a caption marked as a stock or archive picture**: a short block ending
  with such a mark in brackets (``… auf dem Dach. (Symbolbild)``,
  ``… (Foto de archivo)``);
* **marked** (HTML): a short block, not ending like a sentence, whose own
  element or its parent carries a credit class/id word (``credit``,
  ``copyright``, ``photographer`` ...).

A block is never cut: a caption with its credit goes whole, a caption without
one stays. A sentence that mentions a photo or an agency is longer,
or not opened by a label, or holds words that are neither names nor agencies.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.blocks import element_tokens
from newsclean.document import Block, Document
from newsclean.patterns import any_part, any_token, terms_regex
from newsclean.text import nfkc

from .inbody import INBODY_ORDER, Lexicon, body, clean_line, fold, within_short_limit
from .vocab import credits as _vocab
from .vocab import terms

__all__ = ["is_credit_line", "is_staff_line", "credit_tail", "picture_mark"]

# --- vocabulary (data in newsclean.plugins.vocab.credits) -------------------
LABELS = terms(_vocab.LABELS)
LEADS = terms(_vocab.LEADS)
SOURCE_LABELS = terms(_vocab.SOURCE_LABELS)
PICTURE_MARKS = terms(_vocab.PICTURE_MARKS)
STAFF = terms(_vocab.STAFF)
#: Staff credits without a colon, which must be followed by a name (``Reporting by Jane Doe``).
_STAFF_PHRASES = tuple(sorted((w for w in STAFF if not w.endswith((":", "：", "."))), key=len, reverse=True))
AGENCIES = _vocab.AGENCIES
SOURCES = _vocab.SOURCES
CREDIT_TOKENS = frozenset(_vocab.TOKENS)
#: Lower-case words that may sit inside a name (``Jan van der Berg``, ``Ahmad bin Ali``).
NAME_PARTICLES = frozenset("de del della der di da das do dos van von den ter bin binti al el la le du y e und and et i".split())

#: Longest credit line (CJK, other scripts), in characters.
MAX_CHARS = (40, 100)
#: Longest block in a credit element; one that ends like a sentence is a caption.
MARKED_MAX_CHARS = 60
_SENTENCE_END = (".", "!", "?", "。", "！", "？")
#: Longest staff-credit line (``Reporting by …; Editing by …``).
STAFF_MAX_CHARS = 200
#: Longest caption that ends with a credit (``Die Brücke am Abend. © dpa``).
CAPTION_MAX_CHARS = 150
#: ... and a block of another kind (a line of a dump, a paragraph) ending with one.
LINE_CAPTION_MAX_CHARS = 160
#: Longest agency-only line.
AGENCY_MAX_CHARS = 70
#: A name part of an agency-only line has at most this many words.
NAME_WORDS = 4

_LABELS = Lexicon(LABELS)
_SOURCE_LABELS = Lexicon(SOURCE_LABELS)
_PICTURE_MARKS = Lexicon(PICTURE_MARKS)
# a mark in brackets closing a block: ``… (Symbolbild)``
_MARK_AT_END = re.compile(r"[(（\[]\s*([^()（）\[\]]{2,40}?)\s*[)）\]]\s*$")
# every credit or source label, case-folded: the label before a caption's closing credit
_TAIL_LABELS = frozenset(fold(w) for w in LABELS + SOURCE_LABELS)
# ... and those written capitalised in one word, which may be glued to the caption (``StadionBild:``)
_GLUED_LABELS = tuple(sorted((w for w in LABELS + SOURCE_LABELS if w.isalpha() and w[0].isupper() and w[1:].islower()),
                             key=len, reverse=True))
_SENTENCE_GAP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=\S)")
_VALUE_SEP = re.compile(r"\s*[:：=|｜/／]\s*")
_TAIL_LABEL_SEP = re.compile(r"\s*[:：=]\s*")
_LABEL_WORD = re.compile(r"[^\s\[(【（<]+")
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)
_CLOSERS = re.compile(r"[)\]）】]")
#: Longest one-word credit value (``Quelle: t-online``).
ONE_WORD_VALUE_CHARS = 25
#: Characters before the last :data:`AGENCY_MAX_CHARS` where a credit's separator may still sit.
TAIL_SLACK = 8
#: Words a label before a caption's credit may have (``Sumber foto``, ``Crédit photo``).
TAIL_LABEL_WORDS = 3
_ABBR = Lexicon([w for w in LABELS if w.endswith(".")])  # ``Fot. Jan Kowalski``
_LEADS = tuple(sorted(LEADS, key=len, reverse=True))
# an agency, perhaps with the name of its picture service (``DPA Images``, ``PA Wire``)
_AGENCY = re.compile(r"^\s*" + terms_regex(AGENCIES).pattern
                     + r"(?:\s+(?:images|photos?|pictures|foto|fotos|bild|bilder|archive?|archiv|pool|wire|media))?\s*$", re.I)
_SOURCE = terms_regex(SOURCES, whole_line=True)
_STAFF = Lexicon(STAFF)
# Where a caption may hand over to its credit: a bar, a dash, "©", a bracket, "=" (ja "＝AP").
_TAIL_START = re.compile(r"\s[|｜]\s*|\s[-–—]\s*|\s(?=©)|\s?[(（]|=")
_END_THEN_CAPITAL = re.compile(r"[.!?][A-Z]")
_TAIL_START_STRICT = re.compile(r"\s[|｜]\s*|\s(?=©)|=|(?<=[^\W\d_]{2}[.!?])(?=[A-Z])")  # (last: ``…kommen.Unsplash/Jane Doe``)
_NAME_END = re.compile(r"[;,|｜]|\s+(?:in|and|und|et|y|e|with|for)\s+")
_COPY = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*", re.I)
_PART_SEP = re.compile(r"\s*(?:/|／|\||｜|,|;|\s[-–—]\s|\svia\s)\s*", re.I)
_WORD = re.compile(r"\S+")


class _Folded:
    """Phrases (longest first) with their case-folded forms, folded once."""

    __slots__ = ("pairs", "starts")

    def __init__(self, phrases: "tuple[str, ...]") -> None:
        self.pairs = tuple((p, p.casefold()) for p in phrases)
        self.starts = tuple(pf for _, pf in self.pairs)


def _after(t: str, phrases: _Folded) -> str | None:
    """What follows the phrase ``t`` opens with (ignoring case), or None."""
    low = t.casefold()
    if not low.startswith(phrases.starts):
        return None  # (one look for all the phrases)
    for p, pf in phrases.pairs:
        if low.startswith(pf) and (len(low) == len(pf) or not low[len(pf)].isalnum()):
            return t[len(p):] if len(pf) == len(p) else t[len(pf):]
    return None


_LEADS_FOLDED = _Folded(_LEADS)
_STAFF_FOLDED = _Folded(_STAFF_PHRASES)


def _name_like(part: str) -> bool:
    words = _WORD.findall(part)
    if not 0 < len(words) <= NAME_WORDS:
        return False
    for w in words:
        c = w[0]
        if c.isalpha() and c.lower() == c.upper():
            continue  # uncased scripts: CJK, Arabic, Devanagari
        if not (c.isupper() or w.lower() in NAME_PARTICLES):
            return False
    return True


def _agency_only(t: str) -> bool:
    """A line made only of names, agencies and sources, with at least one agency
    (or a source beside a slash or ©)."""
    if len(t) > AGENCY_MAX_CHARS:
        return False
    m = _COPY.match(t)
    marked = m is not None
    rest = t[m.end():] if m else t
    parts = [p for p in _PART_SEP.split(rest.strip(" .")) if p]
    if not parts:
        return False
    slashed = "/" in rest or "／" in rest
    agency = source = False
    for p in parts:
        if _AGENCY.match(p):
            agency = True
        elif _SOURCE.match(p):
            source = True
        elif not (_name_like(p) or (marked and " " not in p and len(p) <= ONE_WORD_VALUE_CHARS)):
            return False  # (after ``©`` a one-word handle counts too: ``© Getty Images/iStockphoto | filmfoto``)
    # names alone make a credit only after ``©`` (``© Jane Doe``)
    return agency or (source and (slashed or marked)) or marked


def _credit_value(value: str) -> bool:
    """A credit's value: names, agencies, sources or web addresses only (``Jan Kowalski/dpa``)."""
    v = value.strip().rstrip(")]）】").strip(" .")
    if not 2 <= len(v) <= AGENCY_MAX_CHARS or _CLOSERS.search(v):
        return False  # (a bracket closed before the end: the credit was not the block's end)
    parts = [p for p in _PART_SEP.split(v) if p]
    if len(parts) == 1 and " " not in v and len(v) <= ONE_WORD_VALUE_CHARS and v[-1].isalnum():
        return True  # one word: a brand or an address (``t-online``, ``privat``)
    return bool(parts) and all(_AGENCY.match(p) or _SOURCE.match(p) or _DOMAIN.match(p)
                               or _name_like(p)
                               for p in parts)


def is_credit_line(text: str) -> bool:
    """True when the whole text is a photo/image credit."""
    t = clean_line(text)
    if not t or not within_short_limit(t, MAX_CHARS):
        return False
    if _LABELS.opens(t, sep=True) or _ABBR.opens(t):
        return True
    if _SOURCE_LABELS.opens(t, sep=True):
        m = _VALUE_SEP.search(t)
        return m is not None and _credit_value(t[m.end():])
    rest = _after(t, _LEADS_FOLDED)
    if rest is not None:
        return _name_like(re.split(r"\s+(?:on|auf|sur|en|su|em|via|for|für)\s+", rest.strip(), maxsplit=1)[0])
    return _agency_only(t)


def is_staff_line(text: str) -> bool:
    """True for a short line opened by a staff credit (``Reporting by Jane Doe``,
    ``Redaktion: …``, ``Penulis: …``); a phrase without a colon must be followed by a name."""
    t = clean_line(text)
    if not 0 < len(t) <= STAFF_MAX_CHARS:
        return False
    if not _STAFF.opens(t):
        return False
    rest = _after(t, _STAFF_FOLDED)
    if rest is None:
        return True  # a label with its colon (``Redaktion:``)
    return _name_like(_NAME_END.split(rest.strip(), maxsplit=1)[0])


def credit_tail(text: str, caption: bool = False) -> str | None:
    """The credit a short caption ends with (``… © Victoria Jones/PA Wire/dpa``), or None.

    A ``caption`` (``<figcaption>``) may hand over to its credit after a bar,
    dash, bracket, ``©`` or ``=``; other blocks only after a bar, ``©`` or
    ``=`` (``(Shutterstock)`` closing a paragraph of the body is not enough).
    """
    t = nfkc(text).strip()
    if len(t) > (CAPTION_MAX_CHARS if caption else LINE_CAPTION_MAX_CHARS):
        return None
    zone = max(0, len(t) - AGENCY_MAX_CHARS - TAIL_SLACK)  # (a credit is short: only the end is looked at)
    for m in (_TAIL_START if caption else _TAIL_START_STRICT).finditer(t, zone) if caption or _may_start_tail(t, zone) else ():
        if m.start() < 8 or len(t) - m.end() > AGENCY_MAX_CHARS:
            continue
        tail = t[m.end():].strip().rstrip(")）").strip()
        if len(tail) >= 2 and not _CLOSERS.search(tail) and is_credit_line(tail):
            return tail
    if "/" in t[zone:]:
        for m in _SENTENCE_GAP.finditer(t, zone):  # ``… an hour. AP Photo/Jane Doe, File``: a photographer's credit
            tail = t[m.end():]
            if m.start() >= 8 and "/" in tail and len(tail) <= AGENCY_MAX_CHARS and _agency_only(tail):
                return tail
    return _label_tail(t, zone)


def _may_start_tail(t: str, zone: int) -> bool:
    """Whether ``_TAIL_START_STRICT`` can match in ``t`` from ``zone``: every match holds a bar, ``©``
    or ``=``, or is a sentence end right before a capital (a cheap first look: the pattern's look-behind
    is tried at every character)."""
    return (t.find("|", zone) >= 0 or t.find("｜", zone) >= 0 or t.find("©", zone) >= 0 or t.find("=", zone) >= 0
            or _END_THEN_CAPITAL.search(t, max(0, zone - 1)) is not None)


def _label_tail(t: str, zone: int = 0) -> str | None:
    """The credit a caption ends with when a credit label and its colon open it and only
    names, agencies or an address follow (``… Foto: Jan Kowalski/dpa``, ``…StadionBild: dpa``);
    separators before ``zone`` are not looked at."""
    if t.find(":", zone) < 0 and t.find("：", zone) < 0 and t.find("=", zone) < 0:
        return None  # (every separator holds one)
    for m in _TAIL_LABEL_SEP.finditer(t, zone):
        if len(t) - m.end() > AGENCY_MAX_CHARS or m.start() < 8:
            continue
        if not _credit_value(t[m.end():]):
            continue
        head = t[:m.start()]
        words = _LABEL_WORD.findall(head[-60:])
        for k in range(1, min(TAIL_LABEL_WORDS, len(words)) + 1):
            label = " ".join(words[-k:])
            if fold(label) in _TAIL_LABELS:
                start = head.rfind(words[-k])
                if start >= 8:
                    return t[start:]
        last = words[-1] if words else ""
        for label in _GLUED_LABELS:  # glued to the caption's last word (``StadionBild``)
            if last.endswith(label) and len(last) > len(label) and last[-len(label) - 1].islower():
                return t[m.start() - len(label):]
    return None


def picture_mark(text: str) -> str | None:
    """The stock or archive picture mark a short caption ends with (``… (Symbolbild)``), or None."""
    t = text.rstrip()
    if len(t) > LINE_CAPTION_MAX_CHARS or not t.endswith((")", "）", "]")):
        return None
    m = _MARK_AT_END.search(t)
    if m is None or m.start() < 8 or not _PICTURE_MARKS.whole(m.group(1)):
        return None
    return m.group(1)


def _marked(b: Block) -> str | None:
    """The credit class/id token on the block's own element or its parent."""
    if not b.tokens or not any_part(b.tokens, CREDIT_TOKENS):
        return None
    for el in b.path[-2:]:
        tok = any_token(element_tokens(el), CREDIT_TOKENS)
        if tok is not None:
            return tok
    return None


def _drop_credits(doc: Document) -> None:
    for b in body(doc):
        if b.kind == "heading" or b.chars > max(STAFF_MAX_CHARS, CAPTION_MAX_CHARS):
            continue
        if is_credit_line(b.text):
            doc.drop(b, "credit", "photo/image credit line (label, agency or photographer only)")
            continue
        if is_staff_line(b.text):
            doc.drop(b, "credit", "staff credit line (reporting, editing, editorial credits)")
            continue
        tail = credit_tail(b.text, caption=b.kind == "caption")
        if tail is not None:
            doc.drop(b, "credit", f"picture caption ending with a credit ({tail[:40]!r})")
            continue
        mark = picture_mark(b.text)
        if mark is not None:
            doc.drop(b, "credit", f"picture caption marked as a stock or archive picture ({mark!r})")
            continue
        if doc.is_html and b.chars <= MARKED_MAX_CHARS and not b.text.rstrip().endswith(_SENTENCE_END):
            tok = _marked(b)
            if tok is not None:
                doc.drop(b, "credit", f"short text in a credit element (class/id {tok!r})")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_credits, order=INBODY_ORDER, stage="blocks", kind="credit",
                  description="photo/image credits inside the article (Foto: dpa, © Getty Images, 图片来源)"))
