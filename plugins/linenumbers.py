"""Line numbers of code blocks.

Blogs and documentation number the lines of their code samples. The numbers
are a gutter the highlighter writes next to the code, not text of the
article: a ``<td class="gutter">`` / ``<td class="linenos">`` /
``<td class="rouge-gutter">`` column beside the code's own cell, or one
``<span class="lineno">`` / ``<span class="lnt">`` /
``<span class="react-syntax-highlighter-line-number">`` per line inside the
``<pre>``, or an unselectable span (``user-select: none``) that inline-styled
highlighters use instead of a class. Kept, they interleave the code with
numbers ("1 import torch 2 class Model ...") or add a column of them.

This tree step (before hidden elements and chrome, so that the removal is
recorded as what it is) looks only at ``<pre>`` elements, their descendants
and the few ancestors that can be a gutter cell, and at gutter-classed table
cells (a column beside ``<code>`` lines that no ``<pre>`` holds), and prunes
an element when

* its markup names a line number (a class token of :data:`GUTTER_TOKENS`, or
  one whose words pair a line word with a number word: ``code-line-number``,
  ``line-numbers``), or, inside the ``<pre>``, its inline style makes it
  unselectable; and
* its text is nothing but line numbers: one number, or ascending consecutive
  numbers (``1 2 3 … 12``), at most :data:`MAX_LINES` of them.

A gutter may also have no name: highlighters that write one element per
line (``<div class="flex-row"><span>1</span><div>import os</div></div>``)
put the number first in each line. When every child of the ``<pre>`` or of
one of its children (:data:`MIN_COLUMN_LINES` or more) opens with a leaf element
holding only a number, the numbers consecutive and ascending, and most of
those lines hold code after it, those number elements are pruned.

A number literal of the code (``<span class="mi">1</span>``) has no such
markup and stays; a gutter cell stays unless the code beside it is a
``<pre>`` or ``<code>`` the cell does not hold.

A second tree step (``popups``, kind ``code-popup``) prunes the hover popups some highlighters
write inside the code (TypeScript's twoslash, Lean's Verso: ``<span class="hover-container">``
holding a token's type, shown when the pointer rests on it): an element inside a ``<pre>`` or
``<code>`` whose class token holds a popup word and a body word (:data:`POPUP_WORDS`,
:data:`POPUP_BODY_WORDS`: ``twoslash-popup-container``, ``hover-info``), when the code holds other
text beside it. The token it explains (``twoslash-hover``: a popup word alone) stays.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element, drop_keep_tail
from newsclean.document import Document

__all__ = ["is_gutter_token", "line_numbers"]

# --- vocabulary: class tokens of line-number gutters (whole tokens, lower case) ----------
GUTTER_TOKENS = frozenset((
    "gutter", "code-gutter", "rouge-gutter", "linenos", "lineno", "linenodiv", "linenumber", "linenumbers",
    "ln", "lnt", "lntd", "ln-num", "line-num", "line-nums", "line-no", "lnum", "linenr", "hljs-ln-numbers",
    "hljs-ln-n", "line-numbers-rows", "blob-num",
))
#: Words of a class token that, one of each, name a line number (``code-line-number``).
LINE_WORDS = frozenset(("line", "lines"))
NUMBER_WORDS = frozenset(("number", "numbers", "num", "nums", "no", "nos", "nr"))
#: Inline style of an unselectable gutter span.
UNSELECTABLE = re.compile(r"user-select\s*:\s*none", re.I)
#: A hover popup inside code (type information a highlighter shows when the pointer rests on a
#: token: ``twoslash-popup-container``, ``hover-info``): a class token with one word of each.
POPUP_WORDS = frozenset(("hover", "popup", "tooltip", "popover", "hovercard"))
POPUP_BODY_WORDS = frozenset(("container", "info", "content", "body", "box", "messages", "docs", "text"))
#: Ancestors of a ``<pre>`` looked at as its gutter cell (``td.gutter > pre``, ``td > div.linenodiv > pre``).
CELL_REACH = 2
#: A gutter holds at most this many numbers.
MAX_LINES = 5000

#: Fewest lines of a code block whose unnamed column of numbers is read as its gutter.
MIN_COLUMN_LINES = 3

_DIGITS = re.compile(r"\s*\d{1,5}\s*")
_NUMBERS = re.compile(r"\s*\d{1,5}(?:\s+\d{1,5})*\s*")


def is_gutter_token(token: str) -> bool:
    """True when one lower-case class token names a line-number gutter."""
    if token in GUTTER_TOKENS:
        return True
    words = set(token.replace("_", "-").split("-"))
    return not words.isdisjoint(LINE_WORDS) and not words.isdisjoint(NUMBER_WORDS)


def line_numbers(text: str) -> bool:
    """True when ``text`` is one number or ascending consecutive numbers (a gutter's column)."""
    if not text or _NUMBERS.fullmatch(text) is None:
        return False
    nums = text.split()
    if len(nums) > MAX_LINES:
        return False
    first = int(nums[0])
    return all(int(n) == first + i for i, n in enumerate(nums))


def _gutter_class(el: Any) -> bool:
    cls = el.get("class")
    return bool(cls) and any(is_gutter_token(t) for t in cls.lower().split())


def _text(el: Any) -> str:
    """The element's text pieces joined by spaces (``<span>1</span><br><span>2</span>``: "1 2")."""
    return " ".join(el.itertext())


def _holds_other_code(cell: Any) -> bool:
    """True when the parent of ``cell`` holds a ``<pre>``/``<code>`` outside ``cell``: the code it numbers."""
    parent = cell.getparent()
    if parent is None:
        return False
    for sib in parent:
        if sib is cell or not isinstance(sib.tag, str):
            continue
        if sib.tag in ("pre", "code") or next(sib.iter("pre", "code"), None) is not None:
            return True
    return False


def _number_column(pre: Any) -> list[Any]:
    """The unnamed gutter of a ``<pre>`` written as one element per line: every line (a child of
    the ``<pre>`` or of one of its children, :data:`MIN_COLUMN_LINES` or more) opens with a leaf
    element holding only a number, the numbers consecutive and ascending, and most lines hold code after it
    (``<div class="row"><span>1</span><div>import os</div></div>``). The number elements, or []."""
    for parent in (pre, *pre):  # the lines are the children of the <pre> or of its <code> (no deeper look)
        if len(parent) < MIN_COLUMN_LINES or not isinstance(parent.tag, str):
            continue
        marks: list[Any] = []
        coded = 0
        for row in parent:
            if not isinstance(row.tag, str) or not len(row) or (row.text or "").strip():
                break
            first = row[0]
            if len(first) or not isinstance(first.tag, str) or not _DIGITS.fullmatch(first.text or ""):
                break
            if marks and int(first.text) != int(marks[-1].text) + 1:
                break
            if (first.tail or "").strip() or any(_text(el).strip() for el in first.itersiblings()):
                coded += 1
            marks.append(first)
        else:
            if coded * 2 > len(marks):
                return marks
    return []


def _gutters(tree: Any) -> list[tuple[Any, str]]:
    """(element, evidence) of every line-number gutter around or inside the page's ``<pre>`` elements."""
    found: list[tuple[Any, str]] = []
    seen: set[Any] = set()  # the elements themselves: held, so lxml gives the same proxy back (ids get reused)
    judged: dict[Any, bool] = {}  # cell -> is a gutter (a wrapper of many <pre> is judged once)
    for pre in tree.iter("pre"):
        if pre in seen:
            continue
        cell, hit = pre, None
        for _ in range(CELL_REACH + 1):  # the pre itself, then the cells that may hold it
            verdict = judged.get(cell)
            if verdict is None:
                verdict = judged[cell] = (_gutter_class(cell) and _holds_other_code(cell)
                                          and line_numbers(_text(cell)))
            if verdict:
                hit = cell
                break
            cell = cell.getparent()
            if cell is None or not isinstance(cell.tag, str) or cell.tag in ("body", "html", "table"):
                break
        if hit is not None:
            found.append((hit, f"line-number column beside the code ({describe_element(hit)})"))
            seen.update(hit.iter("pre"))
            continue
        column = _number_column(pre)
        if column:
            for el in column:
                found.append((el, "line number opening each line of the code (a column of consecutive numbers)"))
            seen.update(column)
            continue
        for el in pre.iterdescendants():
            if not isinstance(el.tag, str) or el in seen:
                continue
            marked = _gutter_class(el)
            style = el.get("style")
            if not marked and not (style and UNSELECTABLE.search(style)):
                continue
            if line_numbers(_text(el)):
                how = "class" if marked else "unselectable"
                found.append((el, f"line number inside the code ({how}: {describe_element(el)})"))
                seen.update(el.iter())
    for cell in tree.iter("td"):  # a gutter column beside code that has no <pre> (SyntaxHighlighter's divs)
        if cell in seen or cell in judged or not _gutter_class(cell):
            continue
        if _holds_other_code(cell) and line_numbers(_text(cell)):
            found.append((cell, f"line-number column beside the code ({describe_element(cell)})"))
            seen.update(cell.iter())
    return found


def _prune_line_numbers(doc: Document) -> None:
    tree = doc.tree
    if tree is None:
        return
    for el, why in _gutters(tree):
        text = " ".join(_text(el).split())
        doc.record("line-numbers", why, text, region="code")
        drop_keep_tail(el)


_POPUP_CACHE: dict[str, str] = {}


def _popup_token(value: str) -> str:
    """The class token of ``value`` naming a hover popup (one of POPUP_WORDS and one of
    POPUP_BODY_WORDS among its words), or "" (cached: a highlighter repeats its class values)."""
    got = _POPUP_CACHE.get(value)
    if got is None:
        got = ""
        for tok in value.lower().split():
            parts = set(tok.replace("_", "-").split("-"))
            if not POPUP_WORDS.isdisjoint(parts) and not POPUP_BODY_WORDS.isdisjoint(parts):
                got = tok
                break
        if len(_POPUP_CACHE) >= 5000:
            _POPUP_CACHE.clear()
        _POPUP_CACHE[value] = got
    return got


def _popups(tree: Any) -> list[tuple[Any, str]]:
    """Hover popups inside code (``<pre>``, ``<code>``): an element whose class names one
    (:func:`_popup_token`) and whose code has other text beside it; the outermost only."""
    found: list[tuple[Any, str]] = []
    seen: set[Any] = set()
    for code in tree.iter("pre", "code"):
        if not len(code) or code in seen:
            continue  # (most inline code has no element inside)
        for el in code.iterdescendants():
            cls = el.get("class") if isinstance(el.tag, str) else None
            if not cls or el in seen:
                continue
            tok = _popup_token(cls)
            if not tok:
                continue
            seen.update(el.iter())
            if nonspace(_text(code)) > nonspace(_text(el)):
                found.append((el, f"a hover popup inside the code (class {tok!r}): what the page shows when "
                                  "the pointer rests on a token, not a line of the code"))
        seen.update(code.iter("pre", "code"))
    return found


def nonspace(text: str) -> int:
    """Characters of ``text`` that are not white space."""
    return len("".join(text.split()))


def _prune_popups(doc: Document) -> None:
    tree = doc.tree
    if tree is None:
        return
    for el, why in _popups(tree):
        doc.record("code-popup", why, " ".join(_text(el).split()), region="code")
        drop_keep_tail(el)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("popups", _prune_popups, order=90, stage="tree", kind="code-popup", input_kinds=("html",),
                  description="hover popups inside code blocks (type information shown on hover)"))
    register(Step("gutters", _prune_line_numbers, order=90, stage="tree", kind="line-numbers",
                  input_kinds=("html",),
                  description="line numbers of code blocks: gutter columns and per-line number spans"))
