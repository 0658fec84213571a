"""Form controls: the words on buttons, drop-down lists and text boxes.

A page's controls carry words of their own: ``Subscribe``, ``Load more``, ``Copy``, the
countries of a ``<select>``, the text pre-filled in a comment box. They are the page's
tools, not its text, and the block walk never reads them (``newsclean.blocks.SKIP_TAGS``; nor
in a data table's cells).
So that nothing leaves the article unrecorded, this tree step (after hidden elements and
chrome have taken out the page's navigation and widgets) records the words of each control
still in the page (kind ``control``); the walk goes on skipping them.

Two kinds of button are the text's own, and are read as words:

* a button inside a sentence: docs and glossary themes make a term a button that opens its
  definition (``the <button>longest common subsequence</button> of two strings``): words
  before it and after it in the same element (or around the inline wrapper it alone fills),
  a short label with a letter, no form around it, no block inside it;
* the button that opens a panel still in the page (``aria-controls``, ``data-bs-target``):
  an accordion's question over its answer (``<h3><button aria-controls="faq-1">Can I bring
  my bicycle?</button></h3>``). A tab's label (``role="tab"``) is the tab bar's, not the text's;
* the question of an accordion that names no panel: a button whose words are a question (three
  words or more, a question mark closing them; :data:`QUESTION_MARKS`), or the only words of a
  heading, with words right after it -- the next element after the button, or after the wrappers
  holding nothing but the button (:data:`TOGGLE_WRAPPER_LEVELS`): ``<div><button>How long do
  shoes last?</button><div>About 500 km …</div></div>``. Not in a form, no list or control inside
  (:data:`TOGGLE_NOT_INSIDE`; its words may sit in a ``<div>``).

A code block's header bar is a tool too: inside a ``<pre>``, before the code, or opening the
code's frame right before its ``<pre>`` (``<div><div><span>java</span><button>Copy</button></div>
<div><pre>…</pre></div></div>``), an element holding a button (``Copy``) and at most a short label (the language's name, ``bash``; :data:`CODE_LABEL_MAX`
characters on one line), with the code after it. Kept, the label reads as a first line of code
that is none; the bar goes with its button (recorded, kind ``control``), the code stays.
"""
from __future__ import annotations

from typing import Any, Callable

import lxml.etree as etree

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element, drop_keep_tail, element_text
from newsclean.density import nonspace_len
from newsclean.document import Document
from newsclean.text import normalize_space

__all__ = ["controls_step", "field_labels_step", "in_sentence", "labels_panel", "opens_answer"]

# --- vocabulary -------------------------------------------------------------------------
#: The controls whose words the block walk skips (``<input>`` holds no text; its value is no
#: word of the page's either; an ``<optgroup>``'s label is an attribute, never read). An
#: ``<option>`` outside any list (markup that left it loose) is recorded on its own.
CONTROL_TAGS = ("button", "select", "textarea", "datalist", "option")
#: Lists of choices: their words are their options' (one record a list).
CHOICE_LISTS = ("select", "datalist")
#: Elements a button in a sentence sits in (a paragraph, a list item, a cell, inline markup).
SENTENCE_HOSTS = frozenset((
    "p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "caption", "span", "a", "b", "i", "em",
    "strong", "small", "mark", "u", "s", "q", "cite", "abbr", "label", "font", "sup", "sub", "code",
))
#: Elements that make a button's content more than a label.
BLOCK_INSIDE = ("div", "p", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3", "h4", "h5",
                "h6", "pre", "blockquote", "form", "input", "select", "textarea")
#: Inline wrappers climbed to find a button's sentence (``<span class="term"><button>``).
WRAPPER_LEVELS = 3
#: Attributes by which a button names the panel it opens (an accordion's question), and the
#: roles of buttons that are no such label (a tab's label is the tab bar's, not the text's).
PANEL_REFS = ("aria-controls", "data-bs-target", "data-target")
NOT_PANEL_LABEL_ROLES = frozenset(("tab", "menuitem", "option"))
#: Marks closing a question (an accordion's toggle whose words ask one), and the fewest words it holds
#: (a CJK character counts as half a word): ``Need help?`` is a widget's call, not a question of the text.
QUESTION_MARKS = ("?", "？", "؟", "\u037e")
QUESTION_MIN_WORDS = 3
#: Longest toggle read as the question over its answer (characters).
QUESTION_MAX_CHARS = 200
#: Wrappers holding nothing but the toggle, climbed to find the answer after it (``<h3><button>``).
TOGGLE_WRAPPER_LEVELS = 3
#: Elements that make a toggle more than a question (its words may sit in a ``<div>`` or ``<span>``).
TOGGLE_NOT_INSIDE = frozenset(("ul", "ol", "li", "table", "form", "input", "select", "textarea", "pre"))
#: Elements whose only words a toggle may be without asking a question (a heading's accordion toggle).
TOGGLE_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: Buttons looked at as panel labels, at most, per page (their panels are found in one pass).
MAX_PANEL_LOOKUPS = 100
#: Longest label read as words of a sentence (characters).
SENTENCE_LABEL_MAX = 80
#: Longest label (characters) a code block's header bar shows beside its button (a language's name).
CODE_LABEL_MAX = 24
#: How far up a button's code block header bar and that bar's ``<pre>`` are looked for.
CODE_BAR_LEVELS = 3
#: Controls recorded one by one, at most; the rest of a page's are recorded together.
MAX_RECORDED = 300
#: A button holding at least this share of the page's text, with a paragraph or heading inside,
#: swallowed the page (an element left open inside it: the parser never closed the button);
#: it is read as a block, its text the page's. Only buttons holding SWALLOWED_MIN_CHARS are weighed.
SWALLOWED_SHARE = 0.5
SWALLOWED_MIN_CHARS = 1000
SWALLOWED_INSIDE = ("p", "h1", "h2", "h3", "article", "main")
#: The fields whose ``<label>`` names what to type or pick (``<label for="email">Email*</label>``): a
#: text box, a drop-down list, and an ``<input>`` of these types (or of none). A checkbox's or radio
#: button's label is left alone: it may be a sentence (``I agree …``) or a tab set's label.
LABELLED_FIELDS = ("input", "select", "textarea")
ENTRY_INPUT_TYPES = frozenset(("", "text", "email", "password", "search", "tel", "number", "url"))
#: Longest label (characters) taken for a field's name; a longer one may be the text's own words.
FIELD_LABEL_MAX = 80
#: Elements that make a label more than a field's name (it holds a paragraph, a list ...).
LABEL_NOT_INSIDE = frozenset(("div", "p", "ul", "ol", "li", "table", "section", "article", "pre",
                              "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"))

_BLOCK_INSIDE = frozenset(BLOCK_INSIDE)


def _words(el: Any) -> str:
    return normalize_space("".join(el.itertext()))


def _words_before(el: Any, parent: Any) -> bool:
    """True when words come before the element in its parent: text, or inline markup holding some."""
    prev = el.getprevious()
    if prev is None:
        return bool((parent.text or "").strip())
    if (prev.tail or "").strip():
        return True
    return isinstance(prev.tag, str) and prev.tag.lower() in SENTENCE_HOSTS and bool(_words(prev))


def _words_after(el: Any) -> bool:
    """True when words follow the element in its parent: its tail, or inline markup holding some."""
    if (el.tail or "").strip():
        return True
    nxt = el.getnext()
    return nxt is not None and isinstance(nxt.tag, str) and nxt.tag.lower() in SENTENCE_HOSTS and bool(_words(nxt))


def _sole_content_of(el: Any) -> Any:
    """The outermost inline wrapper (up to :data:`WRAPPER_LEVELS`) whose only content is ``el``
    (``<span class="term"><button>…</button></span>``), or ``el``."""
    for _ in range(WRAPPER_LEVELS):
        parent = el.getparent()
        if (parent is None or not isinstance(parent.tag, str) or parent.tag.lower() not in SENTENCE_HOSTS
                or len(parent) != 1 or (parent.text or "").strip() or (el.tail or "").strip()):
            break
        el = parent
    return el


def in_sentence(el: Any) -> bool:
    """True when a button stands inside a sentence: words before and after it (or the inline
    wrapper it is the only content of) in its element, a short label holding a letter, no block
    or control inside it and no form around it."""
    words = _words(el)
    if not words or len(words) > SENTENCE_LABEL_MAX or not any(c.isalpha() for c in words):
        return False
    outer = _sole_content_of(el)
    parent = outer.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() not in SENTENCE_HOSTS:
        return False
    if not _words_after(outer) or not _words_before(outer, parent):
        return False
    for inner in el.iterdescendants():
        if isinstance(inner.tag, str) and inner.tag.lower() in _BLOCK_INSIDE:
            return False
    return next(el.iterancestors("form"), None) is None


# The elements whose id is one of a space-separated list (one pass over the tree, in C).
_BY_IDS = etree.XPath("//*[@id and contains($ids, concat(' ', @id, ' '))]")


def _panel_ids(el: Any) -> list[str]:
    """The ids of the panels a button names (``aria-controls``, ``data-bs-target``, ``data-target``)
    when it may label one: a label with a letter, no tab's or menu's role; else []."""
    if (el.get("role") or "").strip().lower() in NOT_PANEL_LABEL_ROLES:
        return []
    ids = []
    for name in PANEL_REFS:
        ref = (el.get(name) or "").strip()
        ident = ref[1:] if ref.startswith("#") else ref
        if ident and " " not in ident:
            ids.append(ident)
    if ids:
        words = _words(el)
        if not words or not any(c.isalpha() for c in words):
            return []
    return ids


def _panels(root: Any, ids: Any) -> dict[str, Any]:
    """The elements of these ids that hold words, by id (the first of an id)."""
    got: dict[str, Any] = {}
    for el in _BY_IDS(root, ids=" " + " ".join(ids) + " "):
        ident = el.get("id")
        if ident not in got and _words(el):
            got[ident] = el
    return got


def labels_panel(el: Any, root: Any) -> bool:
    """True when a button opens a panel still in the page (``aria-controls``, ``data-bs-target``,
    ``data-target``) that holds words: an accordion's question, the title of its answer."""
    ids = _panel_ids(el)
    if not ids:
        return False
    panels = _panels(root, ids)
    return any(panels.get(i) is not None and panels[i] is not el for i in ids)


def _asks(words: str) -> bool:
    """True when a toggle's words are a question: a question mark closing three words or more."""
    if not words.endswith(QUESTION_MARKS):
        return False
    cjk = sum(1 for c in words if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    return len(words.split()) + cjk / 2 >= QUESTION_MIN_WORDS


def _has_words(el: Any) -> bool:
    return any(c.isalpha() for c in "".join(el.itertext()))


def opens_answer(el: Any) -> bool:
    """True when a button is an accordion's question over its answer, naming no panel: its words a
    question (:func:`_asks`) or a heading's only words, and words right after it -- the next element
    after the button or after the wrappers holding nothing but it (:data:`TOGGLE_WRAPPER_LEVELS`) --
    that are no control; no list or control inside the button, no form around it."""
    words = _words(el)
    if not words or len(words) > QUESTION_MAX_CHARS:
        return False
    asks = _asks(words)
    if not asks and not any(isinstance(up.tag, str) and up.tag.lower() in TOGGLE_HEADINGS
                            for _, up in zip(range(TOGGLE_WRAPPER_LEVELS + 1), el.iterancestors())):
        return False  # (most buttons: no question, no heading around them)
    if not any(c.isalpha() for c in words) or (el.get("role") or "").strip().lower() in NOT_PANEL_LABEL_ROLES:
        return False
    for inner in el.iterdescendants():
        if isinstance(inner.tag, str) and inner.tag.lower() in TOGGLE_NOT_INSIDE:
            return False
    cur = el
    for _ in range(TOGGLE_WRAPPER_LEVELS + 1):
        if (cur.tail or "").strip():
            return False  # (words beside the toggle: no accordion's header)
        nxt = cur.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()  # (comments)
        if nxt is not None:
            if nxt.tag.lower() in CONTROL_TAGS or not _has_words(nxt):
                return False
            if not asks and not (isinstance(cur.tag, str) and cur.tag.lower() in TOGGLE_HEADINGS):
                return False
            return next(el.iterancestors("form"), None) is None
        parent = cur.getparent()
        if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() in ("body", "html"):
            return False
        if (parent.text or "").strip() or _words(parent) != words:
            return False  # (the wrapper holds more than the toggle)
        cur = parent
    return False


def _text_after(el: Any, top: Any) -> bool:
    """True when words follow ``el`` inside ``top``: its tail, a later sibling's, or an ancestor's."""
    while el is not None and el is not top:
        if (el.tail or "").strip():
            return True
        nxt = el.getnext()
        while nxt is not None:
            if isinstance(nxt.tag, str) and "".join(nxt.itertext()).strip():
                return True
            if (nxt.tail or "").strip():
                return True
            nxt = nxt.getnext()
        el = el.getparent()
    return False


def _framed_code_after(bar: Any) -> bool:
    """True when ``bar`` opens a code block's frame: its parent holds only ``bar`` and, after it, a
    ``<pre>`` (or wrappers holding only one, CODE_BAR_LEVELS deep at most) with words in it."""
    nxt = bar.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or nxt.getnext() is not None or bar.getprevious() is not None \
            or (bar.tail or "").strip() or (bar.getparent().text or "").strip():
        return False
    el = nxt
    for _ in range(CODE_BAR_LEVELS):
        if el.tag == "pre":
            return bool("".join(el.itertext()).strip())
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return False
        el = kids[0]
    return el.tag == "pre" and bool("".join(el.itertext()).strip())


def code_header_bar(button: Any) -> Any | None:
    """The header bar of a code block a button sits in, or None: an element inside a ``<pre>``
    (the ``<pre>`` and its ``<code>`` are not it), or opening the code's frame right before the
    ``<pre>`` (see _framed_code_after), holding the button and at most a short label on one line
    (:data:`CODE_LABEL_MAX`), with the code's words after it."""
    bar = button.getparent()
    for _ in range(CODE_BAR_LEVELS):
        if bar is None or not isinstance(bar.tag, str) or bar.tag.lower() in ("pre", "code", "body"):
            return None
        pre = next((up for _, up in zip(range(CODE_BAR_LEVELS), bar.iterancestors())
                    if isinstance(up.tag, str) and up.tag.lower() == "pre"), None)
        framed = pre is None and bar.getparent() is not None and _framed_code_after(bar)
        if pre is not None or framed:
            label = "".join(bar.itertext()).replace("".join(button.itertext()), "", 1).strip()
            if len(label) > CODE_LABEL_MAX or "\n" in label or (framed and not label):
                return None  # (a frame's bar of a button alone: nothing of it is read anyway)
            return bar if framed or _text_after(bar, pre) else None
        bar = bar.getparent()
    return None


def _retag(el: Any, tag: str) -> None:
    """Make a control a plain element of the text (``tag``, no attributes): the block walk reads it."""
    el.tag = tag
    el.attrib.clear()


def controls_step(doc: Document) -> None:
    """Record the words of the page's remaining controls; read a button in a sentence as its words."""
    root = doc.tree
    if root is None:
        return
    found = [el for el in root.iter(*CONTROL_TAGS)]
    if not found:
        return
    # The buttons that may open a panel (at most MAX_PANEL_LOOKUPS), their panels found in one pass.
    asks: dict[Any, list[str]] = {}
    for el in found:
        if el.tag == "button" and len(asks) < MAX_PANEL_LOOKUPS and any(el.get(n) for n in PANEL_REFS):
            ids = _panel_ids(el)
            if ids:
                asks[el] = ids
    panels = _panels(root, {i for ids in asks.values() for i in ids}) if asks else {}
    seen: set[Any] = set()
    bars: set[Any] = set()
    left_over: list[str] = []
    recorded = 0
    page_chars = -1  # the page's text, counted when a big button asks
    has_pre: bool | None = None  # whether the page holds a <pre>, looked for when a button asks
    for el in found:
        tag = el.tag  # (one of CONTROL_TAGS: the tree was searched for these names)
        if tag == "option" and next(el.iterancestors(*CHOICE_LISTS), None) is not None:
            continue  # (a list's option: its words are in the list's record)
        if seen and any(a in seen for a in el.iterancestors(*CONTROL_TAGS)):
            continue  # (inside a control already recorded: its words are in that record)
        if tag == "button":
            why = ""
            # (a paragraph or heading inside is looked for first: most buttons hold a label, their text uncounted)
            chars = nonspace_len("".join(el.itertext())) \
                if len(el) and next(el.iter(*SWALLOWED_INSIDE), None) is not None else 0
            if chars >= SWALLOWED_MIN_CHARS:
                if page_chars < 0:
                    body = next(root.iterchildren("body"), root)  # (the head's text is no page text)
                    page_chars = nonspace_len("".join(body.itertext()))
                if chars >= SWALLOWED_SHARE * page_chars:
                    _retag(el, "div")
                    doc.note(f"controls: a button holding {chars} of the page's {page_chars} characters, with "
                             "paragraphs inside (an element left open in it took the page in), read as a block")
                    continue
            if in_sentence(el):
                why = "a button inside a sentence"
            elif el in asks and any(panels.get(i) is not None and panels[i] is not el for i in asks[el]):
                why = "the button that opens a panel (an accordion's question)"
            elif opens_answer(el):
                why = "an accordion's question over its answer"
            if why:
                _retag(el, "span")
                doc.note(f"controls: {why} read as its words ({_words(el)[:60]!r})")
                continue
            if bars and any(a in bars for a in el.iterancestors()):
                continue  # (in a code block's header bar taken out: its words are in that record)
            if has_pre is None:  # (a page without a <pre> has no code block's header bar: looked for once)
                has_pre = next(root.iter("pre"), None) is not None
            bar = code_header_bar(el) if has_pre else None
            if bar is not None:
                bars.add(bar)
                doc.record("control", f"the header bar of a code block ({describe_element(bar)}): its label and "
                                      "button, a tool over the code, not a line of it",
                                      normalize_space(" ".join(bar.itertext())))
                drop_keep_tail(bar)
                continue
        seen.add(el)
        words = " | ".join(filter(None, map(_words, el.iter("option")))) if tag in CHOICE_LISTS else _words(el)
        if words:
            if recorded < MAX_RECORDED:
                doc.record("control", f"the words of a form control ({describe_element(el)}), "
                                      "a tool of the page, not its text", words)
                recorded += 1
            else:
                left_over.append(words)
    if left_over:
        doc.record("control", f"the words of {len(left_over)} more form controls, a tool of the page",
                   " | ".join(left_over))


def _entry_field(el: Any) -> bool:
    """True when ``el`` is a field to type in or pick from (see :data:`ENTRY_INPUT_TYPES`)."""
    return el.tag != "input" or (el.get("type") or "").strip().lower() in ENTRY_INPUT_TYPES


def field_labels_step(doc: Document) -> None:
    """Take out the labels of form fields still in the page (``<label for="email">Email*</label>``,
    ``<label>Sorted by: <select>…</select></label>``): a field's name, a tool of the page like the
    field itself, which the block walk never reads; recorded."""
    root = doc.tree
    if root is None:
        return
    labels = list(root.iter("label"))
    if not labels:
        return
    wanted = {(lab.get("for") or "").strip() for lab in labels} - {""}
    by_id: dict[str, Any] = {}
    if wanted:
        for f in root.iter(*LABELLED_FIELDS):
            ident = f.get("id")
            if ident in wanted and ident not in by_id:
                by_id[ident] = f
    for lab in labels:
        ref = (lab.get("for") or "").strip()
        field = by_id.get(ref) if ref else next(lab.iter(*LABELLED_FIELDS), None)
        if field is None or not _entry_field(field):
            continue
        if any(isinstance(e.tag, str) and e.tag.lower() in LABEL_NOT_INSIDE for e in lab.iterdescendants()):
            continue
        words = element_text(lab)
        if not words or len(words) > FIELD_LABEL_MAX or not any(c.isalpha() for c in words):
            continue
        doc.record("control", f"the label of a form field ({describe_element(field)}), a tool of the page, "
                              "not its text", words)
        drop_keep_tail(lab)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("words", controls_step, order=170, stage="tree", kind="control", input_kinds=("html",),
                  description="form controls' words (buttons, drop-down lists, text boxes) recorded and "
                              "taken out; a button inside a sentence read as its words"))
    register(Step("labels", field_labels_step, order=171, stage="tree", kind="control", input_kinds=("html",),
                  description="the labels of form fields (text boxes, drop-down lists) recorded and taken out"))
