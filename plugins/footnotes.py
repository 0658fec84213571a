"""Footnote marks inside the text: ``…used more.⁵ Since…``, ``…in 2021¹ and…``, ``… ↩``.

Long-form pages (blogs, wikis, papers, newsletters, docs) number their notes
with a small mark in the running text that links to the note further down:
``<sup class="reference"><a href="#cite_note-2">[2]</a></sup>``,
``<a class="footnote-anchor" href="…#footnote-5">5</a>``,
``<span class="fn"><a href="#note4">4</a></span>``. The note itself is the
article's (it stays where the page puts it); the mark is a link glued into a
sentence, and kept bare it reads as a stray number glued to the prose
("…used more.5 Since…", "in 20211 and"). The note's way back (``<a href="#fnref1">↩</a>``,
Wikipedia's ``^ a b``) is the same kind of tool.

This tree step (after chrome, so that only what may be the article is looked
at; the links walked are the objects chrome's walk keeps alive) prunes

* a **reference mark**: a link to a place in the page (an address with a
  ``#fragment``) whose whole text is a bare mark (``2``, ``*``, ``†``),
  written as a footnote: raised (inside ``<sup>``, or a ``<cite>`` of marks
  only) or named a footnote by its class, id, role or target
  (:data:`NOTE_NAMES`: ``footnote``, ``fnref``, ``noteref``, ``cite_note`` …),
  and with text before it in its paragraph (a number opening a line is a
  note's own number or a list's, and stays); the inline wrappers around it
  that hold nothing but marks go with it. A mark written in brackets
  (``[2]``, ``(3)``, ``[<a>2</a>]``) stays: it still reads as a citation in
  plain text (and texts people keep of wikis keep it), where a bare one glues
  to the word or number before it;
* the **number opening a note** (``<p><sup>1</sup> The note.</p>``, ``<strong>1</strong>``,
  ``<b><sup>1</sup> Note:</b>``, a link back ``<a href="#ref1"><sup>1</sup></a>``: a number
  first in its paragraph with the inline wrappers holding only it, text after it) when a
  mark of that number was taken out of the text above it: the mark gone, the number
  points at nothing and would only open the note with a stray figure; so is the number
  written as text that opens the note a removed mark links to (``<p id="note1">1. According
  to …</p>``, the mark ``<a href="#note1">1</a>``), with its closing ``.``, ``)`` or ``:``; and a
  note's number that links back to a removed mark's id, in brackets or not, wherever it stands
  (a manual's note headings: ``<h5><a href="#DOCF1">(1)</a></h5>``);
* an unlinked raised number right after a sentence's punctuation
  (``…established.<sup>1</sup>``, also inside a spaced wrapper: ``established.<span> <sup>1</sup>
  </span>``), or glued to a word (``…an earlier
  essay<sup>1</sup>, and``: :data:`WORD_MIN_LETTERS` letters or more, or
  :data:`WORD_MIN_CJK` CJK characters): an exponent (``10<sup>6</sup>``,
  ``m<sup>2</sup>``, ``km<sup>2</sup>``, ``x<sup>2</sup>``) follows a digit
  or a short symbol and stays;
* a **back link** of a note: an in-page link named so (:data:`BACK_NAMES`,
  ``role="doc-backlink"``) or whose text is only back arrows
  (:data:`BACK_MARKS`), with a wrapper holding only such links
  (Wikipedia's ``^ a b``); an arrow alone linking to ``#`` or to a script
  (``<a href="#" onclick="history.back()">↩</a>``) is one too, and a raised or named mark
  whose link is a script scrolling to its note (``<sup class="footnoteref"><a
  href="javascript:;">1</a></sup>``) is a reference mark.

A **side note** written inside its sentence (``…system.<label for="sn1">1</label><input
type="checkbox" id="sn1"><span class="sidenote">The word is strong.</span> More…``: a
note the page shows in the margin, or behind a toggle) is the article's text
but no part of the sentence around it: it is moved out of the sentence to a
paragraph of its own at the end of the element holding its paragraph, after the
text it annotates and in the order of the notes, as notes are read (right after its
paragraph when that element is the page's body); a note, not a removal (unless the
page's list of notes gives the same text: that copy stays, the margin's goes, recorded); its
number, before it or opening it, is a mark and goes. A side note is the
element right after a margin toggle (``<input type="checkbox">``) whose class
speaks of a note, or right after a raised mark with a class of
:data:`SIDENOTE_CLASSES` (LaTeXML, arXiv's HTML papers: ``<sup class="ltx_note_mark">1</sup><span
class="ltx_note_outer">…</span>``), or an inline element whose own text is the mark and whose
first child is a hidden note ``chrome`` kept (``<span class="inline-footnote">1<span
style="display:none">…</span></span>``, tooltip notes). The labels a note opens with (:data:`NOTE_LABEL_CLASSES`:
LaTeXML repeats the mark, a type, ``footnotemark:``, and the number) are marks and go; a note
of labels only (a second mark of a note given once) goes whole.

A figure with its unit written as one word, raised or lowered right after a number
(``in 2021<sub>5ya</sub>``: how long ago) is a note on that number, read apart from it: a space
goes before it ("2021 5ya", not "20215ya"); an exponent, an index or an ordinal (digits, or one
letter, or letters only) stays glued. Nothing is removed.

A cross-reference written as a plain number (``(see <a href="#thm-1">1</a>)``,
an equation's ``(2)``) is none of these and stays, and so does every note.
Each mark removed is recorded (kind ``footnote-mark``).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import drop_keep_tail
from newsclean.document import Document
from newsclean.plugins.vocab.notemarks import KEPT_NOTES_KEY, is_mark_text

__all__ = ["is_mark_text", "names_note"]

# --- vocabulary -------------------------------------------------------------------------
#: Words (whole parts of a class/id/role token or of a link's #fragment, split on ``-_:.``)
#: that name a footnote reference: Markdown engines (``fnref``, ``footnote-ref``), WordPress
#: plugins (``easy-footnote``), Word/Google Docs exports (``ftn``, ``ftnt``), MediaWiki
#: (``cite_note``), ARIA (``doc-noteref``), endnotes and sidenotes.
NOTE_NAMES = frozenset((
    "fn", "fnref", "fns", "footnote", "footnotes", "footnoteref", "noteref", "ftn", "ftnt", "ftnref",
    "ftnt_ref", "endnote", "endnoteref", "sidenote", "marginnote", "cite_note", "cite", "citation",
    "reference", "doc-noteref", "easy-footnote", "note", "notes", "anmerkung", "fussnote", "nota",
))
#: Token starts that name a footnote whatever follows (``footnote1``, ``fnref:2``, ``fn3``).
NOTE_PREFIXES = ("footnote", "fnref", "fn", "ftn", "endnote", "cite_note", "noteref", "sdfootnote")
#: Words naming a note's way back to its reference (class/role parts).
BACK_NAMES = frozenset(("backlink", "backref", "back", "doc-backlink", "reversefootnote", "footnote-back",
                        "footnote-backref", "fnback", "cite-backlink", "mw-cite-backlink"))
#: Texts of a back link: arrows and carets (Wikipedia's "^", Markdown's "↩").
BACK_MARKS = frozenset(("↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "⮐", "⇡", "🔙", "⬆", "↰", "↵"))
#: Whole class tokens of a side note written inside its sentence (Tufte CSS, org-mode, blog themes).
SIDENOTE_CLASSES = frozenset(("sidenote", "marginnote", "margin-note", "side-note", "sidenote-content",
                              "inline-footnote", "footnote-content", "footnote-text", "sidenote__content",
                              "ltx_note_outer"))
#: Whole class tokens of the labels a side note opens with (LaTeXML: the note's mark, its type
#: "footnotemark:", its number): marks, not the note's text.
NOTE_LABEL_CLASSES = frozenset(("ltx_note_mark", "ltx_note_type", "ltx_tag_note"))
#: Punctuation after which a raised number is a note, not an exponent.
SENTENCE_END = ".,;:!?\"”’»」』。、，；：！？"

#: Shortest side note (characters) whose second copy in the page (its list of notes) is looked for.
COPY_MIN_CHARS = 16
#: Most side notes of a page looked for in its text (each look reads the page's text once).
COPY_MAX_CHECKS = 64

#: Shortest word (letters, or CJK characters) after which a bare raised number is a note's mark:
#: units and variables raised to a power are shorter (``m²``, ``km²``, ``ft³``, ``x²``, ``sin²``).
WORD_MIN_LETTERS = 4
WORD_MIN_CJK = 3

#: Text made of marks only: ``[1][2]``, ``[35, 2, 9]``, ``1,2``, ``1–3``.
_MARKS_ONLY = re.compile(r"[\[(]?\s*(?:\d{1,3}|[*†‡§¶]{1,3})(?:\s*(?:[,;–\-]|\]\s*\[|\)\s*\()\s*"
                         r"(?:\d{1,3}|[*†‡§¶]{1,3}))*\s*[\])]?")
_DELIMITED = re.compile(r"[\[\](){}]")
_DIGITS = re.compile(r"\d{1,3}")
#: A figure with its unit written as one word (``5ya``, ``37yrs``: a number then two letters or more):
#: raised or lowered right after a number (``in 2021<sub>5ya</sub>``), it is a note on that number
#: (how long ago), no exponent or index (those are digits, or one letter: ``10<sup>6</sup>``,
#: ``2<sup>n</sup>``, ``1<sup>st</sup>``), and it is read apart from it (a space before it).
_FIGURE_WITH_UNIT = re.compile(r"\d+[^\W\d_]{2,}")
_SPLIT = re.compile(r"[-_:.]+")
#: Inline elements a mark's wrappers may be (a wrapper holding only marks goes with them).
_INLINE = frozenset(("sup", "span", "cite", "small", "b", "strong", "i", "em", "a", "font", "abbr", "mark", "sub"))
#: Elements whose text starts a new line of the page (a paragraph, an item, a cell ...).
_BLOCKS = frozenset(("p", "div", "li", "dd", "dt", "td", "th", "blockquote", "section", "article", "main",
                     "body", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre", "ol", "ul", "dl",
                     "table", "tr", "aside", "header", "footer", "form", "details", "summary", "br", "hr"))
_MAX_BACK_CHARS = 24
#: Elements that may hold the number opening a note (with the tags of the page's marks).
_NUMBER_TAGS = frozenset(("sup", "strong", "b", "a", "span"))
#: Most children of an inline wrapper that may hold only marks, and most siblings looked back over.
_MAX_WRAPPED = 12
_MAX_LOOK = 64


def names_note(value: str | None, names: frozenset[str] = NOTE_NAMES,
               prefixes: tuple[str, ...] = NOTE_PREFIXES) -> bool:
    """True when a class/id/role value (or an address fragment) names a footnote reference."""
    if not value:
        return False
    for tok in value.lower().split():
        tok = tok.lstrip("_#")
        if tok in names or tok.startswith(prefixes):
            return True
        if any(part in names for part in _SPLIT.split(tok)):
            return True
    return False


def _text(el: Any) -> str:
    return "".join(el.itertext()).strip()


def _text_upto(el: Any, limit: int) -> str | None:
    """The stripped text of ``el``, or None once it passes ``limit`` characters (read no further)."""
    parts: list[str] = []
    n = 0
    for t in el.itertext():
        n += len(t)
        if n > limit * 4 + 64:  # (whitespace of the markup aside)
            return None
        parts.append(t)
    text = "".join(parts).strip()
    return text if len(text) <= limit else None


def _has_text(el: Any) -> bool:
    """True when ``el`` holds any visible character (stops at the first)."""
    return any(t.strip() for t in el.itertext())


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _fragment(href: str) -> str | None:
    """The ``#fragment`` of an address, or None (``#`` alone is no place)."""
    at = href.find("#")
    if at < 0 or at == len(href) - 1:
        return None
    return href[at + 1:]


def _named(el: Any, names: frozenset[str] = NOTE_NAMES, prefixes: tuple[str, ...] = NOTE_PREFIXES) -> bool:
    return any(names_note(el.get(attr), names, prefixes) for attr in ("class", "id", "role"))


def _unit(a: Any, text_ok: "Callable[[str], bool]") -> tuple[Any, bool, bool]:
    """The outermost inline element around ``a`` holding nothing but marks:
    ``(element, raised, named)`` (raised: a ``<sup>``/``<cite>`` among them)."""
    unit, raised, named = a, False, False
    node = a
    while True:
        tag = _local(node.tag)
        if tag in ("sup", "cite"):
            raised = True
        if node is not a and _named(node):
            named = True
        parent = node.getparent()
        if parent is None or _local(parent.tag) not in _INLINE or len(parent) > _MAX_WRAPPED:
            return unit, raised, named
        text = _text_upto(parent, 40)
        if text is None or not text_ok(text):
            return unit, raised, named
        node = unit = parent


def _text_before(el: Any, past_look: bool = False) -> bool:
    """True when words come before ``el`` on its line (inside its nearest block element); after
    a run of more than ``_MAX_LOOK`` empty elements, ``past_look`` (undecided: the caller's default)."""
    node = el
    steps = 0
    while True:
        prev = node.getprevious()
        while prev is not None:
            steps += 1
            if steps > _MAX_LOOK:
                return past_look  # (a mark after a long run of empty elements: left alone)
            if _local(prev.tag) in ("br", "hr"):
                return False
            if (prev.tail and prev.tail.strip()) or _has_text(prev):
                return True
            prev = prev.getprevious()
        parent = node.getparent()
        if parent is None:
            return False
        if parent.text and parent.text.strip():
            return True
        if _local(parent.tag) in _BLOCKS:
            return False
        node = parent


def _reference_mark(a: Any, frag: str, text: str, to: str | None = None) -> tuple[Any, str] | None:
    """``(element to prune, reason)`` when the link ``a`` (text ``text``) is a note's reference mark;
    ``to`` says where it links when that is no fragment (a script scrolling to its note)."""
    if len(text) > 8 or not is_mark_text(text):
        return None
    unit, raised, named = _unit(a, _marks_only)
    raised = raised or a.find(".//sup") is not None
    named = named or _named(a) or names_note(frag)
    if text.strip("[]() ").isalpha() and not (raised and named):
        return None  # a letter is a note's mark only when raised and named so
    if not (raised or named):
        return None  # a plain number linking elsewhere in the page: a cross-reference
    if _DELIMITED.search(_text(unit) if unit is not a else text) or _delimited_around(unit):
        return None  # "[2]", "(3)": a citation that still reads as one in plain text
    if not _text_before(unit):
        return None  # a note's own number, or a list's
    why = "raised" if raised else "named a footnote"
    return unit, f"footnote reference mark ({why}, {to or 'linking to #' + frag[:40]})"


def _delimited_around(el: Any) -> bool:
    """True when brackets stand right around ``el`` in the text (``[<a>2</a>]``)."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""
    after = el.tail or ""
    return before.rstrip()[-1:] in ("[", "(") and after.lstrip()[:1] in ("]", ")")


def _marks_only(text: str) -> bool:
    return bool(text) and len(text) <= 40 and _MARKS_ONLY.fullmatch(text) is not None


def _back_text(text: str) -> bool:
    """Back arrows, with the letters of a note cited several times (``^ a b c``)."""
    if not text or len(text) > _MAX_BACK_CHARS:
        return False
    parts = text.split()
    return all(p in BACK_MARKS or (len(p) == 1 and p.isalpha()) for p in parts)


def _back_link(a: Any, text: str) -> tuple[Any, str] | None:
    """``(element to prune, reason)`` when ``a`` is a note's way back to its reference."""
    if not _back_text(text):
        return None
    unit = None
    node = a
    for _ in range(4):  # the link, or an inline wrapper named a back link holding only such links
        if _named(node, BACK_NAMES, ()):
            unit = node
        parent = node.getparent()
        if parent is None or _local(parent.tag) not in _INLINE or len(parent) > _MAX_WRAPPED:
            break
        text = _text_upto(parent, _MAX_BACK_CHARS)
        if text is None or not _back_text(text):
            break
        node = parent
    if unit is None:
        if text not in BACK_MARKS:
            return None  # a letter alone is a back link only where the page names it so
        unit = a
    return unit, "a footnote's back link"


def _links(root: Any, targets: dict[str, str] | None = None) -> list[tuple[Any, str]]:
    """The reference marks and back links among the in-page links under ``root``; ``targets``
    gets the place each numbered reference mark links to, with its number."""
    out: list[tuple[Any, str]] = []
    for a in root.iter("a"):
        href = a.get("href")
        script = bool(href) and href.lstrip().lower().startswith("javascript:")
        if not href or ("#" not in href and not script):
            continue
        frag = _fragment(href)
        text = _text_upto(a, _MAX_BACK_CHARS)
        if not text:
            continue
        if frag is None:  # "#" alone, or a script: an arrow going back, or a mark scrolling to its note
            if href.strip() == "#" or script:
                if text in BACK_MARKS:
                    out.append((a, "a footnote's back link (an arrow going back)"))
                else:
                    got = _reference_mark(a, "", text, to="a script link to its note")
                    if got is not None:
                        out.append(got)
            continue
        got = _back_link(a, text)
        if got is None:
            got = _reference_mark(a, frag, text)
            if got is not None and targets is not None and _DIGITS.fullmatch(text):
                targets.setdefault(frag, text)
        if got is not None:
            out.append(got)
    return out


#: The reason of a number opening a note; the mark closing it in the tail (``<a>1</a>. The note``,
#: ``<sup>2</sup>) The note``) goes with it.
_OPENS_NOTE = "the number opening a note (its mark in the text above is taken out)"
_LINKS_BACK = "a note's number linking back to its mark (the mark is taken out of the text)"
_NUMBER_CLOSE = re.compile(r"\s*[.):]\s+(?=\S)")
#: The number a note's text opens with, written as text (``1. ``, ``2) ``, ``[3] ``, ``4 ``).
_OPENING_NUMBER = re.compile(r"\s*\[?(\d{1,3})(?:\]|[.):])?\s+(?=\D)")


def _numbered_targets(doc: Document, root: Any, targets: dict[str, str]) -> None:
    """Take the number off the notes that marks taken out of the text link to, when the note's
    text opens with it written as text (``<p id="note1">1. According to …</p>``); recorded."""
    if not targets:
        return
    ids: dict[str, Any] = {}
    for el in root.iterfind(".//*[@id]"):
        ids.setdefault(el.get("id"), el)
    for frag, number in targets.items():
        node = ids.get(frag)
        for _ in range(3):  # (the note's first paragraph when the target wraps it)
            if node is None or (node.text or "").strip() or not len(node):
                break
            node = node[0]
        if node is None or not isinstance(node.tag, str):
            continue
        text = node.text or ""
        m = _OPENING_NUMBER.match(text)
        if m is None or m.group(1) != number:
            continue
        doc.record("footnote-mark", "the number opening a note (its mark in the text above is taken out)",
                   m.group(0).strip(), region="text")
        node.text = text[m.end():]


def _raised_and_sidenotes(root: Any) -> tuple[list[tuple[Any, str]], list[Any]]:
    """One pass over the page's ``<sup>`` and ``<input>`` elements (found in C): the unlinked
    raised numbers after a sentence, and the side notes (after a margin toggle or a raised mark);
    a figure with its unit raised or lowered right after a number is set apart by a space."""
    raised: list[tuple[Any, str]] = []
    notes: list[Any] = []
    for el in root.iter("sup", "sub", "input"):
        if el.tag != "input" and not len(el) and el.text and _FIGURE_WITH_UNIT.fullmatch(el.text.strip()):
            before = _before(el)
            if before and before[-1].isdigit() and before == before.rstrip():
                el.text = " " + el.text.lstrip()  # (2021<sub>5ya</sub>: "2021 5ya", not "20215ya")
                continue
        if el.tag == "sub":
            continue
        if el.tag == "input":
            if (el.get("type") or "").lower() == "checkbox":
                note = _sidenote_after(el, True)
                if note is not None:
                    notes.append(note)
            continue
        note = _sidenote_after(el, False)
        if note is not None:
            notes.append(note)
            if not len(el) and is_mark_text(el.text or ""):  # (a linked mark is the link walk's)
                raised.append((el, "footnote reference mark (the number of the side note after it)"))
                continue
        text = el.text
        if not text or len(el) or not _DIGITS.fullmatch(text.strip()):
            continue
        before = _before(el)
        if before and before[-1] in SENTENCE_END:
            raised.append((el, "footnote reference mark (a raised number after a sentence)"))
        elif _after_word(before):
            raised.append((el, "footnote reference mark (a raised number glued to a word)"))
    return raised, notes


def _before(el: Any) -> str:
    """The text right before ``el`` on its line (spaces stripped): the tail of the element before
    it, else that element's text, else, first in an inline wrapper other than a link
    (``reference.<span> <sup>1</sup> </span>``, up to three of them), the text before the wrapper."""
    node = el
    for _ in range(4):
        prev = node.getprevious()
        parent = node.getparent()
        before = (prev.tail if prev is not None else parent.text) or ""
        before = before.rstrip(" \u00a0\n\t")
        if prev is not None and not before:
            return _text(prev)
        if (before or parent is None or _local(parent.tag) not in _INLINE or _local(parent.tag) == "a"
                or parent.getparent() is None):  # (a linked mark is the link walk's)
            return before
        node = parent
    return ""


def _after_word(before: str) -> bool:
    """True when ``before`` ends in a word (``WORD_MIN_LETTERS`` letters, or ``WORD_MIN_CJK`` CJK
    characters) with no digit glued in front: a number raised there is a note's mark, not an
    exponent (``m²``, ``km²``, ``x²``, ``10⁶`` follow a digit or a short symbol)."""
    n = 0
    cjk = True
    for ch in reversed(before[-(WORD_MIN_LETTERS + 1) * 4:]):
        if not ch.isalpha():
            if ch.isdigit() or ch in "_^":
                return False
            break
        cjk = cjk and _is_cjk(ch)
        n += 1
    if n == 0:
        return False
    return n >= (WORD_MIN_CJK if cjk else WORD_MIN_LETTERS)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF


def _classes(el: Any) -> list[str]:
    return (el.get("class") or "").lower().split()


def _sidenote_after(el: Any, toggle: bool) -> Any:
    """The side note right after a margin toggle (``toggle``) or a raised mark, or None."""
    note = el.getnext()
    if note is None or _local(note.tag) not in _INLINE:
        return None
    classes = _classes(note)
    if toggle:
        return note if any("note" in c for c in classes) else None
    return note if not SIDENOTE_CLASSES.isdisjoint(classes) else None


def _block_of(el: Any) -> Any:
    node = el.getparent()
    while node is not None and _local(node.tag) not in _BLOCKS:
        node = node.getparent()
    return node


def _drop_note_labels(doc: Document, note: Any) -> None:
    """Take the labels a side note opens with (:data:`NOTE_LABEL_CLASSES`) out of it, recorded."""
    labels = [el for el in note.iter("sup", "span")
              if not NOTE_LABEL_CLASSES.isdisjoint(_classes(el)) and len(_text(el)) <= 24]
    for el in labels[:_MAX_WRAPPED]:
        doc.record("footnote-mark", "a side note's label (its mark, type or number)", _text(el), region="text")
        drop_keep_tail(el)


def _move_sidenotes(doc: Document, notes: list[Any], root: Any) -> int:
    """Move each side note out of its sentence to a paragraph after its block; drop its numbers.
    A side note the page also gives in its list of notes (the margin's copy of it) goes, recorded:
    the list's copy stays."""
    moved = 0
    after: dict[Any, Any] = {}  # block -> the last note moved after it
    flat: str | None = None
    checked = 0
    for note in notes:
        block = _block_of(note)
        if block is None or block.getparent() is None or _local(block.tag) in ("body", "html", "pre"):
            continue
        if not "".join(note.itertext()).strip():
            continue
        prev = note.getprevious()
        if prev is not None and _local(prev.tag) == "input":  # the toggle's label: the note's number
            label = prev.getprevious()
            if label is not None and _local(label.tag) == "label" and is_mark_text(_text(label)):
                doc.record("footnote-mark", "a side note's number (the label of its margin toggle)", _text(label),
                           region="text")
                drop_keep_tail(label)
        first = next(iter(note), None)
        if first is not None and not (note.text or "").strip() and is_mark_text(_text(first).rstrip(".")):
            doc.record("footnote-mark", "the number opening a side note", _text(first), region="text")
            drop_keep_tail(first)
        _drop_note_labels(doc, note)
        if not "".join(note.itertext()).strip():  # labels only (LaTeXML's "footnotemark"): nothing to move
            drop_keep_tail(note)
            continue
        text = " ".join(_text(note).split())
        if len(text) >= COPY_MIN_CHARS and checked < COPY_MAX_CHECKS:
            checked += 1
            if flat is None:
                flat = " ".join(_text(root).split())
            if flat.count(text) > 1:
                doc.record("footnote-mark", "a side note the page's list of notes repeats (the list's copy stays)",
                           text, region="text")
                drop_keep_tail(note)
                continue
        tail = note.tail
        note.tail = None
        parent = note.getparent()
        prev = note.getprevious()
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(note)
        note.tag = "p"
        box = block.getparent()
        if box is not None and _local(box.tag) not in ("body", "html"):
            box.append(note)  # (the notes of a text follow it, in their order)
        else:
            after.get(block, block).addnext(note)
            after[block] = note
        moved += 1
    return moved


def _numbered_inline_notes(doc: Document) -> list[Any]:
    """Side notes written inside their mark's element: an inline element whose own text is the
    mark and whose first child is a hidden note ``chrome`` kept (``<span class="inline-footnote">1<span
    style="display:none">The note.</span></span>``): the number is taken off (recorded by the
    caller) and the element is a side note."""
    out: list[Any] = []
    for note in doc.state.get(KEPT_NOTES_KEY, ()):
        el = note.getparent()
        if el is None or _local(el.tag) not in _INLINE or el[0] is not note or el.getparent() is None:
            continue
        if is_mark_text(el.text or "") and not (note.tail or "").strip() and el not in out:
            out.append(el)
    return out


def _note_numbers(root: Any, found: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The numbers that open the notes of marks taken out of the text: a number (raised, bold, or
    a link back to its mark, with the inline wrappers holding only it) that opens its paragraph
    with the note's text after it (``<p><sup>1</sup> The first note.</p>``, ``<p><strong>2</strong>
    …</p>``, ``<a href="#ref-3"><sup>3</sup></a> …``), the number of a mark found earlier in the
    page. With the marks gone they point at nothing; a number no mark above carries stays."""
    numbers: dict[Any, str] = {}
    for el, _why in found:
        text = _text(el).strip("[]() ")
        if _DIGITS.fullmatch(text):
            numbers[el] = text
    if not numbers:
        return []
    tags = _NUMBER_TAGS | {_local(el.tag) for el in numbers}
    seen: set[str] = set()
    units: set[Any] = set()
    out: list[tuple[Any, str]] = []
    for el in root.iter(*tags):
        number = numbers.get(el)
        if number is not None:
            seen.add(number)
            continue
        if len(el) > 1 or el.text is None or el.text.strip() not in seen:
            continue
        text = el.text.strip()
        if len(el) == 1 and (el[0].tail or "").strip():
            continue
        unit = el
        while True:  # (the inline wrappers holding only the number)
            parent = unit.getparent()
            if parent is None or _local(parent.tag) not in _INLINE or len(parent) > 1 or (parent.text or "").strip():
                break
            if _text_upto(parent, 8) != text:
                break
            unit = parent
        if unit in units:
            continue
        units.add(unit)
        if not (unit.tail or "").strip() and not _text_after(unit):
            continue
        if _text_before(unit, True):
            continue
        out.append((unit, _OPENS_NOTE))
    return out


def _links_back(root: Any, found: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """A note's own number written as a link back to its mark's id (``<h5><a id="FOOT1"
    href="#DOCF1">(1)</a></h5>``, the mark ``<a id="DOCF1" href="#FOOT1"><sup>1</sup></a>``) when that
    mark was taken out of the text: it points at nothing, whatever stands around it (brackets too)."""
    ids: dict[str, str] = {}
    for el, _why in found:
        number = _text(el).strip("[]() ")
        if _DIGITS.fullmatch(number):
            for node in el.iter():
                ident = node.get("id") if isinstance(node.tag, str) else None
                if ident:
                    ids[ident] = number
    if not ids:
        return []
    out: list[tuple[Any, str]] = []
    for a in root.iter("a"):
        frag = _fragment(a.get("href") or "")
        if frag is None or frag not in ids:
            continue
        text = _text_upto(a, 8)
        if text and is_mark_text(text) and text.strip("[]() ") == ids[frag]:
            out.append((a, _LINKS_BACK))
    return out


def _text_after(el: Any) -> bool:
    """True when an element right after ``el`` (no line break between) holds text."""
    nxt = el.getnext()
    return nxt is not None and _local(nxt.tag) not in ("br", "hr") and _has_text(nxt)


def _prune_marks(doc: Document) -> None:
    tree = doc.tree
    if tree is None:
        return
    body = next(tree.iterchildren("body"), None)
    root = tree if body is None else body
    raised, notes = _raised_and_sidenotes(root)
    for el in _numbered_inline_notes(doc):
        doc.record("footnote-mark", "the number opening a side note", (el.text or "").strip(), region="text")
        el.text = None
        if el not in notes:
            notes.append(el)
    if notes:
        moved = _move_sidenotes(doc, notes, root)
        if moved:
            doc.note(f"footnotes: {moved} side note(s) moved out of their sentences, to the end of their text")
    targets: dict[str, str] = {}
    found = _links(root, targets) + [r for r in raised if r[0].getparent() is not None]
    found += _note_numbers(root, found)
    found += _links_back(root, found)
    done: set[Any] = set()
    for el, why in found:
        if el in done or el.getparent() is None:
            continue
        done.add(el)
        text = " ".join(_text(el).split())
        if (why is _OPENS_NOTE or why is _LINKS_BACK) and el.tail:
            close = _NUMBER_CLOSE.match(el.tail)
            if close is not None:  # (recorded with the number: "1.")
                text += close.group().strip()
                el.tail = el.tail[close.end():]
        doc.record("footnote-mark", why, text, region="text")
        drop_keep_tail(el)
    _numbered_targets(doc, root, targets)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("marks", _prune_marks, order=160, stage="tree", kind="footnote-mark", input_kinds=("html",),
                  description="footnote reference marks in the text ([2], ⁵) and notes' back links (↩)"))
