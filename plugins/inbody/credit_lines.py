"""The photo/image credit line (``Foto: dpa``, ``© Getty Images``, ``图片来源：视觉中国``).

Two steps read it: the credits step drops such a line, and the captions step drops the
paragraph a picture box sets right above one. Both import it from here, so that neither
plugin imports the other. A credit line is a short line that is *wholly* a credit:

* **label-led**: opened by a credit label and a separator (``Foto: Michael Kappeler/dpa``,
  ``图片来源：视觉中国``), or by a lead phrase and a name (``Photo by Jane Doe on Unsplash``);
* **source-led**: opened by a source label whose value is only names, agencies or an
  address (``Quelle: dpa``); a source label followed by a sentence is none;
* **agency-only**: made only of names and picture agencies, separated by slashes
  (``REUTERS/John Smith``, ``© Getty Images``); social networks and "screenshot" count
  only beside a slash or ``©``.
"""
from __future__ import annotations

import re

from newsclean.patterns import terms_regex, terms_source

from ..vocab import credits as _vocab
from ..vocab import terms
from . import Lexicon, Lexicons, clean_line, within_short_limit

__all__ = ["LABELS", "LEADS", "SOURCE_LABELS", "AGENCIES", "SOURCES", "NAME_PARTICLES", "MAX_CHARS",
           "AGENCY_MAX_CHARS", "NAME_WORDS", "ONE_WORD_VALUE_CHARS", "is_credit_line", "agency_only",
           "credit_value", "name_like", "Folded", "after", "agency_slash", "label_credit", "lead_credit", "comma_credit"]

# --- vocabulary (data in newsclean.plugins.vocab.credits) -------------------
LABELS = terms(_vocab.LABELS)
LEADS = terms(_vocab.LEADS)
SOURCE_LABELS = terms(_vocab.SOURCE_LABELS)
AGENCIES = _vocab.AGENCIES
SOURCES = _vocab.SOURCES
#: Lower-case words that may sit inside a name (``Jan van der Berg``, ``Ahmad bin Ali``).
NAME_PARTICLES = frozenset("de del della der di da das do dos van von den ter bin binti al el la le du y e und and et i".split())

#: Longest credit line (CJK, other scripts), in characters.
MAX_CHARS = (40, 100)
#: Longest agency-only line.
AGENCY_MAX_CHARS = 70
#: A name part of an agency-only line has at most this many words.
NAME_WORDS = 4
#: Longest one-word credit value (``Quelle: t-online``).
ONE_WORD_VALUE_CHARS = 25

_LABELS = Lexicon(LABELS)
_SOURCE_LABELS = Lexicon(SOURCE_LABELS)
_ABBR = Lexicon([w for w in LABELS if w.endswith(".")])  # ``Fot. Jan Kowalski``
# what opens a credit line, asked in this order in one look (a label before a source label)
_OPENERS = Lexicons((("label", _LABELS, True), ("label", _ABBR, False), ("source", _SOURCE_LABELS, True)))
_LEADS = tuple(sorted(LEADS, key=len, reverse=True))
_VALUE_SEP = re.compile(r"\s*[:：=|｜/／]\s*")
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)
_CLOSERS = re.compile(r"[)\]）】]")
#: An agency alone, perhaps with the name of its picture service (``DPA Images``, ``PA Wire``).
AGENCY_LINE = re.compile(r"^\s*" + terms_source(AGENCIES)
                         + r"(?:\s+(?:images|photos?|pictures|foto|fotos|bild|bilder|archive?|archiv|pool|wire|media))?\s*$", re.I)
#: The most characters other than whitespace a text AGENCY_LINE matches holds: the longest agency, then
#: the longest service (``pictures``); a text with more is no agency's, told without the pattern.
AGENCY_LINE_MAX_INK = max(len(a) for a in AGENCIES) + len("pictures")
#: A news source's name alone (``SOURCES``).
SOURCE_LINE = terms_regex(SOURCES, whole_line=True)
_COPY = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*", re.I)
_PART_SEP = re.compile(r"\s*(?:/|／|\||｜|,|;|\s[-–—]\s|\svia\s)\s*", re.I)
# every match of _PART_SEP holds one of these marks or ``via`` (any case) between spaces
_PART_MARKS = "/／|｜,;-–—"
_PART_VIA = re.compile(r"\svia\s", re.I)
_LEAD_END = re.compile(r"\s+(?:on|auf|sur|en|su|em|via|for|für)\s+")
#: A line opened by a word or two and a colon (a label) before a space: what :func:`agency_only` reads
#: is names and agencies (``REUTERS/Jane Doe``), no label but a credit's or a source's.
_OTHER_LABEL = re.compile(r"^\s*[^\W\d]\w*(?:[ -]\w+)?\s*[:：]\s")
#: An assignment (``picture := make(…)``, ``image ::= …``): code, no label and its separator.
_ASSIGNMENT = re.compile(r"^[^:：]*[:：]{1,2}=")


class Folded:
    """Phrases (longest first) with their case-folded forms, folded once."""

    __slots__ = ("pairs", "starts")

    def __init__(self, phrases: "tuple[str, ...]") -> None:
        self.pairs = tuple((p, p.casefold()) for p in phrases)
        self.starts = tuple(pf for _, pf in self.pairs)


def after(t: str, phrases: Folded) -> str | None:
    """What follows the phrase ``t`` opens with (ignoring case), or None."""
    low = t.casefold()
    if not low.startswith(phrases.starts):
        return None  # (one look for all the phrases)
    for p, pf in phrases.pairs:
        if low.startswith(pf) and (len(low) == len(pf) or not low[len(pf)].isalnum()):
            return t[len(p):] if len(pf) == len(p) else t[len(pf):]
    return None


_LEADS_FOLDED = Folded(_LEADS)


def name_like(part: str) -> bool:
    """A person's name: at most :data:`NAME_WORDS` words, each capitalised, a particle or uncased."""
    words = part.split(None, NAME_WORDS)  # (a fifth item: more than NAME_WORDS words)
    if not 0 < len(words) <= NAME_WORDS:
        return False
    for w in words:
        c = w[0]
        if c.isalpha() and c.lower() == c.upper():
            continue  # uncased scripts: CJK, Arabic, Devanagari
        if not (c.isupper() or w.lower() in NAME_PARTICLES):
            return False
    return True


def _parts(s: str) -> list[str]:
    """``[p for p in _PART_SEP.split(s) if p]``: the pattern (tried at every character) runs only when ``s``
    holds a mark it splits at (most lines hold none)."""
    if any(mark in s for mark in _PART_MARKS) or (("v" in s or "V" in s) and _PART_VIA.search(s) is not None):
        return [p for p in _PART_SEP.split(s) if p]
    return [s] if s else []


def _agency_alone(p: str) -> bool:
    """``AGENCY_LINE.match(p)``: run only when ``p`` is no longer than an agency and its service (its
    whitespace aside)."""
    if len(p) > AGENCY_LINE_MAX_INK and len("".join(p.split())) > AGENCY_LINE_MAX_INK:
        return False
    return AGENCY_LINE.match(p) is not None


def agency_only(t: str) -> bool:
    """A line made only of names, agencies and sources, with at least one agency
    (or a source beside a slash or ©); a line another label than a credit's or a source's opens
    (``Headquarters: Pittsburgh, PA``, a fact and its value) is none."""
    if len(t) > AGENCY_MAX_CHARS:
        return False
    if _OTHER_LABEL.match(t) and not (_LABELS.opens(t, sep=True) or _SOURCE_LABELS.opens(t, sep=True)):
        return False
    m = _COPY.match(t)
    marked = m is not None
    rest = t[m.end():] if m else t
    parts = _parts(rest.strip(" ."))
    if not parts:
        return False
    slashed = "/" in rest or "／" in rest
    agency = source = False
    for p in parts:
        if _agency_alone(p):
            agency = True
        elif SOURCE_LINE.match(p):
            source = True
        elif not (name_like(p) or (marked and " " not in p and len(p) <= ONE_WORD_VALUE_CHARS)):
            return False  # (after ``©`` a one-word handle counts too: ``© Getty Images/iStockphoto | filmfoto``)
    # names alone make a credit only after ``©`` (``© Jane Doe``)
    return agency or (source and (slashed or marked)) or marked


def agency_slash(text: str) -> bool:
    """The strictest credit shape, read even where a line was taken for a heading: names and agencies
    split by slashes, at least one a picture agency (``REUTERS/Jane Doe``, ``Jane Doe / AFP``), no
    verb, no other word (``Breeding / Reproduction`` names no agency)."""
    t = clean_line(text)
    if not 0 < len(t) <= AGENCY_MAX_CHARS or ("/" not in t and "／" not in t) or not agency_only(t):
        return False
    return any(AGENCY_LINE.match(p) for p in _PART_SEP.split(t.strip(" .")) if p)


def label_credit(text: str) -> bool:
    """A strict credit shape, read even where a line was taken for a heading: a credit label, its
    separator and only names, agencies or an address (``Foto: dpa``, ``Crédit photo : AFP``); a label
    followed by words of a title (``Fotos: Die schönsten Bilder des Jahres``) is none."""
    t = clean_line(text)
    if not 0 < len(t) <= AGENCY_MAX_CHARS or not _LABELS.opens(t, sep=True):
        return False
    m = _VALUE_SEP.search(t)
    if m is None:
        return False
    value = t[m.end():].strip().strip(" .")
    if value.istitle() and value.isalpha() and not (AGENCY_LINE.match(value) or SOURCE_LINE.match(value)):
        return False  # one capitalised word may be a gallery's subject (``Photos: Paris``)
    return credit_value(value)


def credit_value(value: str) -> bool:
    """A credit's value: names, agencies, sources or web addresses only (``Jan Kowalski/dpa``)."""
    v = value.strip().rstrip(")]）】").strip(" .")
    if not 2 <= len(v) <= AGENCY_MAX_CHARS or _CLOSERS.search(v):
        return False  # (a bracket closed before the end: the credit was not the block's end)
    parts = [p for p in _PART_SEP.split(v) if p]
    if len(parts) == 1 and " " not in v and len(v) <= ONE_WORD_VALUE_CHARS and v[-1].isalnum():
        return True  # one word: a brand or an address (``t-online``, ``privat``)
    return bool(parts) and all(AGENCY_LINE.match(p) or SOURCE_LINE.match(p) or _DOMAIN.match(p)
                               or name_like(p)
                               for p in parts)


#: Marks around the name a lead phrase credits (``Photo by: 'Jane Doe'.``), taken off before it is read.
_LEAD_NAME_MARKS = " .,:：'\"‘’“”"


def lead_credit(text: str) -> bool:
    """True when the whole text is a lead phrase and the name it credits, with at most a colon and
    quotes around the name (``Photo by Jane Doe.``, ``Photograph by: 'Jane Doe'.``, ``Photo courtesy of
    Refugia``): the photographer's credit closing a caption (see ``credits``)."""
    t = clean_line(text)
    if not t or len(t) > AGENCY_MAX_CHARS:
        return False
    rest = after(t, _LEADS_FOLDED)
    if rest is None:
        return False
    name = rest.strip(_LEAD_NAME_MARKS)
    return bool(name) and not _CLOSERS.search(name) and name_like(name) and name[:1].isupper()


def comma_credit(text: str) -> bool:
    """True when the whole text is a credit label, a comma and a credit's value (``Image source, Jane Doe``,
    ``Image source, Getty Images``): a player's picture credit, its label set off by a comma (read by the
    title step of a dump, not dropped as a credit line: a comma after a label may open a sentence)."""
    t = clean_line(text)
    if not t or len(t) > AGENCY_MAX_CHARS or "," not in t:
        return False
    label, _, value = t.partition(",")
    return _LABELS.whole(label.strip()) and credit_value(value)


def is_credit_line(text: str) -> bool:
    """True when the whole text is a photo/image credit."""
    t = clean_line(text)
    if not t or not within_short_limit(t, MAX_CHARS):
        return False
    opener = _OPENERS.first_opening(t)
    if opener == "label":
        return _ASSIGNMENT.match(t) is None
    if opener == "source":
        m = _VALUE_SEP.search(t)
        return m is not None and credit_value(t[m.end():])
    rest = after(t, _LEADS_FOLDED)
    if rest is not None:
        return name_like(_LEAD_END.split(rest.strip(), maxsplit=1)[0])
    return agency_only(t)
