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
  …; Editing by …``, ``Redaktion: …``, ``Penulis: … | Editor: …``); a label's colon
  before a sentence of prose (:data:`STAFF_PROSE_MIN_WORDS` words or more, most of them in
  lower case: ``Editor: We tried the same trick last spring, but …``) stays;
* **source-led**: a short line opened by a source label whose value is only
  names, agencies or an address (``Quelle: dpa``, ``Источник: ТАСС``); a
  source label followed by a sentence stays;
* **a caption ending with a credit**: a short caption whose tail, after a
  bar, dash, bracket or ``©``, is a credit (another block: after a bar, ``©``
  or ``=`` only) (``Prinz Harry in London. © Victoria
  Jones/PA Wire/dpa``, ``警備に当たる警察官ら＝AP``), or a short block ending
  with a credit label, its colon and names only (``Die Brücke am Abend. Foto:
  Jan Kowalski/dpa``, ``…Stadion Bild: Pavel Golovkin/dpa``, ``… 사진=연합뉴스``):
  the picture's caption; a caption block (by its markup) may also have its credit glued
  to the sentence (``…the Amazon.Credit: Jane Doe/AFP``), an agency's slashed credit with
  no full stop before it (``… the country AP Photo/Jane Doe``), or be longer (up to
  ``LABEL_CAPTION_MAX_CHARS``) when ``©`` or a slash marks its credit (``… © IMAGO / Jane
  Doe``, not a list of credits holding picture labels before its last one), or close with a
  photographer and an outlet in brackets (``… (Jane Doe/City Herald)``); it may also end with
  its agency alone after
  the sentence (``… 연설하고 있다. 연합뉴스``) or with its photographer's name and a
  word of :data:`PHOTOGRAPHER_ENDINGS` (``… 고영권 기자``, ``…（潟沼義樹撮影）``);
* **a caption marked as a stock or archive picture**: a short block ending
  with such a mark in brackets (``… auf dem Dach. (Symbolbild)``,
  ``… (Foto de archivo)``);
* **marked** (HTML): a short block, not ending like a sentence, whose own
  element or its parent carries a credit class/id word (``credit``,
  ``copyright``, ``photographer`` ...).

A heading is skipped (a short heading may look like names and slashes, ``Breeding /
Reproduction``), but a line the structure step took for a heading, not a heading of the
markup, goes when it is an agency's slashed credit alone (``REUTERS/Jane Doe``,
``Jane Doe / AFP``: :func:`agency_slash`) or a credit label with names or agencies only
(``Foto: dpa``, ``Crédit photo : AFP``: :func:`label_credit`).

A block is never cut: a caption with its credit goes whole, a caption without
one stays. A sentence that mentions a photo or an agency is longer,
or not opened by a label, or holds words that are neither names nor agencies.

The credit line itself (label-led, source-led, agency-only: :func:`is_credit_line`)
is recognised in the shared ``plugins/inbody/credit_lines.py``, which the captions
step reads too; its names stay importable from here.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.blocks import HEADING_TAGS, element_tokens
from newsclean.document import Block, Document
from newsclean.patterns import any_part, any_token, terms_source
from newsclean.text import char_count, nfkc, punct_count

from .declared.thread import POST_STAMPS_KEY
from .inbody import INBODY_ORDER, Lexicon, body, clean_line, fold, keeps_captions
from .inbody.credit_lines import (AGENCY_LINE, SOURCE_LINE, AGENCIES, agency_slash, AGENCY_MAX_CHARS, LABELS, LEADS, MAX_CHARS, NAME_PARTICLES,  # noqa: F401
                                  NAME_WORDS, ONE_WORD_VALUE_CHARS, SOURCE_LABELS, SOURCES, Folded, after,
                                  agency_only, credit_value, is_credit_line, label_credit, lead_credit, name_like)
from .vocab import credits as _vocab
from .vocab import terms

__all__ = ["is_credit_line", "is_staff_line", "credit_tail", "picture_mark", "agency_slash"]

# --- vocabulary (data in newsclean.plugins.vocab.credits) -------------------
PICTURE_MARKS = terms(_vocab.PICTURE_MARKS)
PHOTOGRAPHER_ENDINGS = terms(_vocab.PHOTOGRAPHER_ENDINGS)
STAFF = terms(_vocab.STAFF)
#: Staff credits without a colon, which must be followed by a name (``Reporting by Jane Doe``).
_STAFF_PHRASES = tuple(sorted((w for w in STAFF if not w.endswith((":", "：", "."))), key=len, reverse=True))
CREDIT_TOKENS = frozenset(_vocab.TOKENS)
#: Longest block in a credit element; one that ends like a sentence is a caption.
MARKED_MAX_CHARS = 60
_SENTENCE_END = (".", "!", "?", "。", "！", "？")
#: Longest staff-credit line (``Reporting by …; Editing by …``).
STAFF_MAX_CHARS = 200
#: A staff label's colon followed by a sentence of prose is no credit (``Editor: We tried the same
#: trick last spring, but …``, a reply under its label): at least this many words, most of them
#: (this share) in lower case, where names and agencies are capitalised.
STAFF_PROSE_MIN_WORDS = 8
STAFF_PROSE_LOWER_SHARE = 0.5
#: Longest caption that ends with a credit (``Die Brücke am Abend. © dpa``).
CAPTION_MAX_CHARS = 150
#: ... and a block of another kind (a line of a dump, a paragraph) ending with one.
LINE_CAPTION_MAX_CHARS = 160
#: Longest block ending with a credit *label*, its colon and names only (``… Foto: KCNA/AFP``):
#: the label says a picture is credited, so a longer caption (two or three sentences) goes too.
LABEL_CAPTION_MAX_CHARS = 320

#: The unfold button a caption may end with (``… Foto: AP Vis mer``), with the space before it.
CAPTION_EXPANDERS = tuple(sorted({" " + fold(w) for w in terms(_vocab.CAPTION_EXPANDERS)}, key=len, reverse=True))
# their last words, lower case (a cheap first look at a block's last word)
_EXPANDER_LAST = frozenset(e.rsplit(None, 1)[-1] for e in CAPTION_EXPANDERS)

_PICTURE_MARKS = Lexicon(PICTURE_MARKS)
# a mark in brackets closing a block: ``… (Symbolbild)``
_MARK_AT_END = re.compile(r"[(（\[]\s*([^()（）\[\]]{2,40}?)\s*[)）\]]\s*$")
# every credit or source label, case-folded: the label before a caption's closing credit
_TAIL_LABELS = frozenset(fold(w) for w in LABELS + SOURCE_LABELS)
# ... and those written capitalised in one word, which may be glued to the caption (``StadionBild:``)
_GLUED_LABELS = tuple(sorted((w for w in LABELS + SOURCE_LABELS if w.isalpha() and w[0].isupper() and w[1:].islower()),
                             key=len, reverse=True))
_SENTENCE_GAP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=\S)")
#: The first words of the lead phrases (lower case): a cheap first look for a lead's credit.
_LEAD_FIRST_WORDS = frozenset(w.split()[0].lower() for w in LEADS if " " in w)
_LEAD_TAIL_MARKS = " .'\"’”"
#: captions="keep": a caption's description kept without its credit is at least this long (characters) ...
KEPT_DESCRIPTION_MIN = 8
#: ... and loses the separators before its credit (a bar, a dash, an opening bracket, a label's colon).
_DESCRIPTION_END = " \t-–—|｜/／,;:：=(（[【<©"
_TAIL_LABEL_SEP = re.compile(r"\s*[:：=]\s*")
# a picture label alone (no source label), case-folded; and a labelled credit in brackets closing a caption
_PICTURE_LABELS = frozenset(fold(w) for w in LABELS)
_GLUED_PICTURE_LABELS = tuple(w for w in _GLUED_LABELS if w in LABELS)
_BRACKET_CREDIT = re.compile(r"[(（]\s*([^\s:：()（）][^:：()（）]{0,30}?)\s*[:：]\s*([^()（）]{2,70})[)）]\s*$")
_LABEL_WORD = re.compile(r"[^\s\[(【（<]+")
# a caption's closing credit: a name and a photographer's word, after the sentence or in brackets
_PHOTOGRAPHER_TAIL = re.compile(r"(?:(?<=[.!?。])\s*[(（<\[【]?|[(（<\[【])\s*(?P<credit>[^\s()（）<>\[\]【】.!?。=]{1,12}\s?"
                               + terms_source(PHOTOGRAPHER_ENDINGS, flags=0) + r")\s*[)）>\]】]?\s*$")
_PHOTOGRAPHER_END = tuple(PHOTOGRAPHER_ENDINGS)
#: Characters before the last :data:`AGENCY_MAX_CHARS` where a credit's separator may still sit.
TAIL_SLACK = 8
#: Words a label before a caption's credit may have (``Sumber foto``, ``Crédit photo``).
TAIL_LABEL_WORDS = 3
# Where a caption may hand over to its credit: a bar, a dash, "©", a bracket, "=" (ja "＝AP").
_TAIL_START = re.compile(r"\s[|｜]\s*|\s[-–—]\s*|\s(?=©)|\s?[(（]|=")
# ... and a credit glued to the caption's sentence (``…the Amazon.Credit: Jane Doe/AFP``), looked for
# only when a sentence end stands right before a capital (the look-behind is tried at every character)
_TAIL_START_GLUED = re.compile(_TAIL_START.pattern + r"|(?<=[^\W\d_]{2}[.!?])(?=[A-Z])")
_END_THEN_CAPITAL = re.compile(r"[.!?][A-Z]")
_TAIL_START_STRICT = re.compile(r"\s[|｜]\s*|\s(?=©)|=|(?<=[^\W\d_]{2}[.!?])(?=[A-Z])")  # (last: ``…kommen.Unsplash/Jane Doe``)
_SPACE = re.compile(r"\s+")
#: How far before its first slash an agency's name may open a caption's closing credit (``Associated Press/``).
AGENCY_WORDS_CHARS = 30
_WORD_COLON = re.compile(r"([^\W\d_]+)\s*[:：]")  # a word and its colon: a label, perhaps
_NAME_END = re.compile(r"[;,|｜]|\s+(?:in|and|und|et|y|e|with|for)\s+")
_CLOSERS = re.compile(r"[)\]）】]")
_STAFF = Lexicon(STAFF)
_STAFF_FOLDED = Folded(_STAFF_PHRASES)


def is_staff_line(text: str) -> bool:
    """True for a short line opened by a staff credit (``Reporting by Jane Doe``,
    ``Redaktion: …``, ``Penulis: …``); a phrase without a colon must be followed by a name."""
    t = clean_line(text)
    if not 0 < len(t) <= STAFF_MAX_CHARS:
        return False
    if not _STAFF.opens(t):
        return False
    rest = after(t, _STAFF_FOLDED)
    if rest is None:
        return not _prose_after_label(t)  # a label with its colon (``Redaktion:``)
    return name_like(_NAME_END.split(rest.strip(), maxsplit=1)[0])


def _prose_after_label(t: str) -> bool:
    """What follows the first colon of ``t`` is a sentence of prose: words mostly in lower case."""
    words = [w for w in t[t.find(":") + 1 if ":" in t else 0:].split() if w[:1].isalpha()]
    if len(words) < STAFF_PROSE_MIN_WORDS:
        return False  # (a credit's names; CJK text has no spaces to count words by)
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    return len(cased) >= STAFF_PROSE_MIN_WORDS \
        and sum(w[0].islower() for w in cased) >= STAFF_PROSE_LOWER_SHARE * len(cased)


def credit_tail(text: str, caption: bool = False) -> str | None:
    """The credit a short caption ends with (``… © Victoria Jones/PA Wire/dpa``), or None.

    A ``caption`` (``<figcaption>``) may hand over to its credit after a bar,
    dash, bracket, ``©`` or ``=``; other blocks only after a bar, ``©`` or
    ``=`` (``(Shutterstock)`` closing a paragraph of the body is not enough).
    """
    t = nfkc(text).strip()
    zone = max(0, len(t) - AGENCY_MAX_CHARS - TAIL_SLACK)  # (a credit is short: only the end is looked at)
    if len(t) > (CAPTION_MAX_CHARS if caption else LINE_CAPTION_MAX_CHARS):
        # a longer caption still goes when a picture's credit label closes it (``… Foto: KCNA/AFP``),
        # or a source label with a picture credit's slash (``… (Quelle: IMAGO/Jane Doe)``); a source
        # label alone (``… (Quelle: SWR)``) may close a paragraph of the text
        if len(t) > LABEL_CAPTION_MAX_CHARS:
            return None
        got = _label_tail(t, zone)
        if got is None and caption and (t.find("©", zone) >= 0 or t.find("/", zone) >= 0):
            # a caption by its markup may be longer when a picture's marks close it: ``©`` or an
            # agency credit's slash (``… two sentences. © Jane Doe/dpa``); not a long block holding
            # picture labels before its last credit (``X, Image: Y, Photo: Z, © W``: a list of credits)
            got = _short_tail(t, zone, caption, labelled=False)
            if got is None or not ("©" in got or "/" in got):
                return None
            return None if any(fold(w) in _PICTURE_LABELS for w in _WORD_COLON.findall(t[:t.rfind(got)])) else got
        return got if got is not None and (_picture_label(got) or "/" in got) else None
    return _short_tail(t, zone, caption)


def _short_tail(t: str, zone: int, caption: bool, labelled: bool = True) -> str | None:
    """:func:`credit_tail` for a caption short enough to be one (``t``: its NFKC text); ``labelled``:
    look for a credit label's tail too (the longer captions have been looked at for it already)."""
    if caption:
        starts = (_TAIL_START_GLUED if _END_THEN_CAPITAL.search(t, max(0, zone - 1)) else _TAIL_START).finditer(t, zone)
    else:
        starts = _TAIL_START_STRICT.finditer(t, zone) if _may_start_tail(t, zone) else iter(())
    for m in starts:
        if m.start() < 8 or len(t) - m.end() > AGENCY_MAX_CHARS:
            continue
        tail = t[m.end():].strip().rstrip(")）").strip()
        if len(tail) >= 2 and not _CLOSERS.search(tail) and (
                is_credit_line(tail) or (caption and m.group().strip() in ("(", "（") and _slashed_names(tail))):
            return tail
    if _lead_first_look(t, zone):
        # ``… the digital camera. Photo by Jane Doe.``: a sentence, then a lead phrase and the
        # photographer's name alone (a paragraph of the text names no photographer this way)
        for m in _SENTENCE_GAP.finditer(t, zone):
            if m.start() >= 8 and lead_credit(t[m.end():]):
                return t[m.end():]
    if caption or "/" in t[zone:]:
        # ``… an hour. AP Photo/Jane Doe, File``: a photographer's credit; a caption may end with
        # its agency alone after the sentence (``… 연설하고 있다. 연합뉴스``, ``… on Tuesday. Reuters``),
        # or a source alone (``… from the ground up. Supplied``)
        for m in _SENTENCE_GAP.finditer(t, zone):
            tail = t[m.end():]
            if m.start() >= 8 and (caption or "/" in tail) and len(tail) <= AGENCY_MAX_CHARS \
                    and (agency_only(tail) or (caption and SOURCE_LINE.match(tail.strip(" .")) is not None)):
                return tail
    slash = t.find("/", max(zone, len(t) - AGENCY_MAX_CHARS)) if caption else -1
    if slash > 0:
        # ``… entering the country AP Photo/Jane Doe``: an agency's credit with its slash closing a
        # caption, with no sentence end before it (opened by the agency, right before the first slash)
        for m in _SPACE.finditer(t, max(0, slash - AGENCY_WORDS_CHARS), slash):
            tail = t[m.end():]
            if m.start() >= 8 and AGENCY_LINE.match(t[m.end():slash]) and agency_only(tail):
                return tail
    if caption and t.rstrip(" )）>]】").endswith(_PHOTOGRAPHER_END):
        m = _PHOTOGRAPHER_TAIL.search(t, zone)
        if m is not None and m.start() >= 8:
            return m.group("credit")
    got = _label_tail(t, zone) if labelled else None
    if got is None and t.endswith((")", "）")):
        # a picture's labelled credit in brackets (``Der Markt am Abend (Foto: Jane Doe/dpa)``); a
        # source in brackets (``(Quelle: Stadtverwaltung)``) credits a statement, not a picture
        m = _BRACKET_CREDIT.search(t, zone)
        if m is not None and m.start() >= 8 and fold(m.group(1)) in _PICTURE_LABELS and credit_value(m.group(2)):
            got = m.group(0).strip(" (（)）")
    return got


def _lead_first_look(t: str, zone: int) -> bool:
    """Whether a lead phrase may open a credit in ``t`` after ``zone``: the text's last word
    capitalised (a name's) and one of the first words of ``LEADS`` (lower case) in that part (a
    cheap look before the sentence gaps are tried)."""
    end = t.rstrip(_LEAD_TAIL_MARKS)
    space = end.rfind(" ")
    if space < zone or not end[space + 1:space + 2].isupper():
        return False  # (most blocks: their last word is no name's)
    low = t[zone:].lower()
    return any(w in low for w in _LEAD_FIRST_WORDS)


def _slashed_names(tail: str) -> bool:
    """A photographer and an outlet in a caption's closing brackets (``(Jane Doe/City Herald)``):
    two or three names (:func:`name_like`) split by slashes, one of them of two words or more."""
    parts = [p.strip() for p in tail.split("/")]
    return 2 <= len(parts) <= 3 and all(name_like(p) for p in parts) and any(" " in p for p in parts)


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
        if not credit_value(t[m.end():]):
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


def _picture_label(tail: str) -> bool:
    """The credit :func:`_label_tail` found opens with a picture's label (``Foto:``), not a source's."""
    label = _TAIL_LABEL_SEP.split(tail, maxsplit=1)[0].strip()
    return fold(label) in _PICTURE_LABELS or any(label.endswith(g) for g in _GLUED_PICTURE_LABELS)


def _without_expander(text: str) -> str | None:
    """The text without the unfold button it ends with (``… Foto: AP Vis mer`` -> ``… Foto: AP``), or None."""
    t = text.rstrip()
    tail = t[-12:].rsplit(None, 1)
    if len(tail) < 2 or tail[-1].lower() not in _EXPANDER_LAST:
        return None  # (most blocks: their last word ends no unfold button)
    for e in CAPTION_EXPANDERS:
        if len(t) > len(e) and fold(t[-len(e):]) == e:
            return t[:len(t) - len(e)].rstrip()
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


def _description(text: str, credit: str) -> tuple[str, str] | None:
    """A caption's description and the credit it ends with (``credit``: the tail found in ``text``
    or in its NFKC form), split where the credit starts; None when no description of
    :data:`KEPT_DESCRIPTION_MIN` characters stands before it."""
    for t in (text, nfkc(text)):
        i = t.rfind(credit)
        if i >= 0:
            head = t[:i].rstrip(_DESCRIPTION_END)
            return (head, t[len(head):].strip()) if char_count(head) >= KEPT_DESCRIPTION_MIN else None
    return None


def _keep_description(doc: Document, b: Block, credit: str, why: str) -> bool:
    """captions="keep": cut the credit off the caption block ``b`` (recorded) and keep its
    description; False when the block holds no description to keep."""
    parts = _description(b.text, credit)
    if parts is None:
        return False
    head, tail = parts
    doc.record("credit", f"{why} (its description stays: captions='keep')", tail)
    b.text = head
    b.chars = char_count(head)
    b.punct = punct_count(head)
    b.link_chars = min(b.link_chars, b.chars)
    return True


def _drop_credits(doc: Document) -> None:
    keep = keeps_captions(doc)
    posts = set(doc.state.get(POST_STAMPS_KEY) or ())  # (a forum post's stamp in its attribution line stays)
    for b in body(doc):
        if b.kind == "code":
            continue  # a program's or a config file's text (``image: postgres:18``) credits no picture
        if b.kind == "heading":
            # a heading set by the markup stays; a line the structure step took for one goes when it is
            # an agency's slashed credit (``REUTERS/Jane Doe`` alone between paragraphs)
            if b.chars <= AGENCY_MAX_CHARS and b.tag not in HEADING_TAGS:
                if ("/" in b.text or "／" in b.text) and agency_slash(b.text):
                    doc.drop(b, "credit", "photo/image credit line (an agency's slashed credit, read as a heading)")
                elif (":" in b.text or "：" in b.text) and label_credit(b.text):
                    doc.drop(b, "credit", "photo/image credit line (a credit label and names only, read as a heading)")
            continue
        if b.chars > max(STAFF_MAX_CHARS, CAPTION_MAX_CHARS, LABEL_CAPTION_MAX_CHARS):
            continue
        if is_credit_line(b.text):
            doc.drop(b, "credit", "photo/image credit line (label, agency or photographer only)")
            continue
        if is_staff_line(b.text):
            doc.drop(b, "credit", "staff credit line (reporting, editing, editorial credits)")
            continue
        tail = credit_tail(b.text, caption=b.kind == "caption")
        if tail is None:
            shown = _without_expander(b.text)
            if shown is not None:
                tail = credit_tail(shown, caption=b.kind == "caption")
        if tail is not None:
            if not (keep and _keep_description(doc, b, tail, "the credit a picture caption ends with")):
                doc.drop(b, "credit", f"picture caption ending with a credit ({tail[:40]!r})")
            continue
        mark = picture_mark(b.text)
        if mark is not None:
            if not (keep and _keep_description(doc, b, mark, "a picture caption's stock or archive mark")):
                doc.drop(b, "credit", f"picture caption marked as a stock or archive picture ({mark!r})")
            continue
        if doc.is_html and b.chars <= MARKED_MAX_CHARS and not b.text.rstrip().endswith(_SENTENCE_END):
            tok = _marked(b) if b.index not in posts else None
            if tok is not None:
                doc.drop(b, "credit", f"short text in a credit element (class/id {tok!r})")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_credits, order=INBODY_ORDER, stage="blocks", kind="credit",
                  description="photo/image credits inside the article (Foto: dpa, © Getty Images, 图片来源)"))
