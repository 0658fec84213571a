"""Blocks from an HTML tree or from the lines of a text dump.

HTML: one block per paragraph-like run of text. Block-level elements (``p``,
``div``, ``li``, headings, table cells of layout tables ...) and ``<br>`` end a
run; inline elements (``a``, ``span``, ``b`` ...) do not. A data table (no
block elements in its cells, at least two rows and two columns) becomes one
block of kind ``table`` (its links counted like any block's). The walk is iterative, so deep pages cannot overflow
the stack, and stops at ``Options.max_nodes`` elements.

Text dump: one block per non-empty line, with the number of blank lines
before it (``gap_before``), which is most of the structure a dump keeps.

The HTML walk is the hot loop of the whole library (it touches every element
of every page), so it keeps per-element work to a few look-ups: what a block
takes from its path (class/id/role tokens, kind, heading level, owning block
tag) is worked out only when a block is made, for the elements of its path,
and kept for the next blocks of the same path; the attributes of the many
elements that are on no block's path (links, spans) are never read.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.etree as etree

from .density import is_link
from .document import Block
from .text import char_count

__all__ = ["HEADING_TAGS", "html_blocks", "heading_text", "element_text", "permalink_marks", "text_blocks", "SKIP_TAGS", "BLOCK_TAGS", "element_tokens", "describe_element",
           "shared_depth", "holds_at_most"]

#: Elements whose text is never article text (scripts, styles, embedded objects, the
#: page title; ``noembed``, the fallback of a plugin embed, often old ads' markup as raw text).
#: ``head`` itself is walked: a broken page can end up with its whole
#: body parsed into the head, and that text must not be lost.
SKIP_TAGS = frozenset(
    "script style noscript noembed template svg math iframe object embed canvas title select option "
    "textarea input button audio video map datalist".split())
#: Elements that end a run of inline text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th caption ul legend".split())
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# tag -> the kind its text gets (the nearest such ancestor decides).
_KIND_OF = {"li": "list_item", "dt": "list_item", "dd": "list_item", "figcaption": "caption",
            "caption": "caption", "blockquote": "quote", "pre": "code"}
_KIND_OF.update({h: "heading" for h in _HEADINGS})
#: The markup's heading elements (``h1`` … ``h6``).
HEADING_TAGS = frozenset(_HEADINGS)
#: Skipped form controls that still separate the words around them.
_CONTROL_TAGS = frozenset(("input", "select", "textarea", "button"))
#: Permalink marks that docs themes put in headings (``<a class="headerlink" href="#x">¶</a>``): an
#: in-page link (``href="#..."``) inside a heading whose whole text is one of these is left out.
PERMALINK_MARKS = frozenset(("¶", "#", "§", "🔗", "🔗\ufe0e", "🔗\ufe0f", "⚓", "⚓\ufe0f", "permalink", "link",
                             "anchor", "link to this heading", "link to this section", "direct link to heading"))
#: Elements that a class word can make a caption (``<p class="caption">``, ``<div class="image-caption">``).
_CAPTION_HOSTS = frozenset(("p", "div", "span", "small", "figure"))


def _caption_class(tokens: list[str]) -> bool:
    """True when one of an element's own class/id words names a caption: ``caption``, ``*-caption``,
    ``*_caption``, ``caption-text``, ``wp-caption-text`` (not ``has-caption`` style flags)."""
    for t in tokens:
        if t == "caption" or t.endswith(("-caption", "_caption", "caption-text")) and not t.startswith(("has-", "no-", "with-")):
            return True
    return False


_TABLE_PARTS = frozenset(("tr", "td", "th", "tbody", "thead", "tfoot", "caption"))
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u3000\u200b\u2028\u2029\ufeff]+")
_ODD_SPACE = ("\u200b", "\ufeff")  # not str.isspace(), yet separators in page text
# The soft hyphen (&shy;) only marks where a browser may break a word: no letter of the text,
# dropped wherever text is read (it is not printable, so a printable text holds none).
_SOFT_HYPHEN = "\u00ad"
#: Joiners that shape the letters beside them (zero-width non-joiner and joiner, word joiner): kept
#: inside words (Persian writes ZWNJ in its words), but a block or line of nothing else holds no text.
_JOINERS = " \u200c\u200d\u2060"
_EMPTY: frozenset[str] = frozenset()
#: Where one inline element ends and the next starts with no text between them
#: (``<span>Number</span><span>802</span>``, ``</span></span><span>``), the walk writes this mark; a
#: block's text then reads it as a space before an upper-case letter or a digit that follows a letter or
#: digit (the browser lays such elements out as separate labels, values, badges, cells of a row more
#: often than as one word), and as nothing elsewhere: beside punctuation, beside a character of a
#: script written without spaces (Han, kana, Hangul, Thai ...), and before a lower-case letter (a word
#: cut by its markup, ``<span>Harb</span><span>our</span>``, a drop cap ``<span>T</span><span>he</span>``).
#: The mark is also written after an inline element with no text and no child between two texts
#: (``2023<span class="divider"></span>2:23``, an icon drawn in CSS, ``Share<i class="icon"></i>Print``): a
#: separator the page draws, read as a space there, and as nothing in a word (``wo<span></span>rd``).
ABUT_MARK = "\x01"
#: The same mark where the text before it closed more elements than open before the text after it, or
#: fewer (``<span><span>id</span></span><span>string</span>``): the two texts sit at different depths, not
#: in one run of formatting cut inside a word (``<font><b>ar</b></font><font><b>ea</b></font>`` closes and
#: opens alike) but in separate labels (a parameter's name and its type), so it reads as a space before a
#: lower-case letter too, between words of two characters or more (a drop cap is one:
#: ``<b><i>W</i></b><span>ord</span>``, and so is an editor's stray plural ending, ``<b>trend</b><span><b>s</b>``).
ABUT_APART = "\x02"
#: Inline elements that attach to the text before them even after another element (a price's cents
#: ``<span>$549</span><sup>00</sup>``, an ordinal's ending): no mark before them.
#: But one that holds a link before any text of its own is a reference (a footnote's number,
#: ``manifest<sup><a href="#fn15">15</a></sup>``): the mark is written before it, as before a separate label.
_ATTACHED = frozenset(("sup", "sub"))


def _reference(el: Any) -> bool:
    """Whether ``el`` (a ``<sup>``, a ``<sub>``) starts with a link: a reference, see :data:`_ATTACHED`."""
    return not el.text and len(el) > 0 and _local(el[0].tag) == "a"
#: (No mark is written after a link's end, ``<a>Jane Doe</a><span>Travel Reporter</span>``: a byline's
#: name and its role, which the authors' reading tells apart glued; link after link is the walk's own rule.)
_ABUT = re.compile(f"[{ABUT_MARK}{ABUT_APART}]")
#: Scripts written without spaces between words: no space is put beside their characters.
_NO_SPACE_SCRIPT = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\ua4cf"
                              "\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc\U00020000-\U0003134f]")


def describe_element(el: Any, max_classes: int = 3) -> str:
    """A short tag for reasons and notes: ``<div id="main" class="a b c">``."""
    tag = el.tag if isinstance(el.tag, str) else "?"
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    out = f"<{tag}"
    if ident:
        out += f' id="{ident[:40]}"'
    if cls:
        out += f' class="{" ".join(cls[:max_classes])}"'
    return out + ">"


def shared_prefix(a: "tuple[Any, ...] | list[Any]", b: "tuple[Any, ...] | list[Any]") -> int:
    """How many elements two paths (root first) share from their root: ``a[n - 1]`` is the nearest
    element holding both; 0 when none does."""
    n = 0
    for x, y in zip(a, b):
        if x is not y:
            break
        n += 1
    return n


def shared_depth(a: Block, b: Block) -> int:
    """How many ancestors, root first, the paths of blocks ``a`` and ``b`` share: ``a.path[n - 1]``
    is the nearest element holding both; 0 when none does (a text dump's lines have no path)."""
    return shared_prefix(a.path, b.path)


def holds_at_most(el: Any, limit: int) -> bool:
    """``el``'s text holds at most ``limit`` characters besides whitespace (read only as far as
    needed: a box holding a whole article is not read to its end)."""
    held = 0
    for piece in el.itertext():
        held += char_count(piece)
        if held > limit:
            return False
    return True


def drop_keep_tail(el: Any) -> None:
    """Remove an element and its subtree from the tree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def element_tokens(el: Any) -> tuple[str, ...]:
    """Lower-cased class, id and role tokens of one element (a heading's id, an anchor made from
    its text, is no token: ``<h2 id="agentic_gpt">`` names no ad slot)."""
    out: list[str] = []
    heading = _HEADINGS.get(_local(el.tag), 0) > 0
    for attr in ("class", "id", "role"):
        if heading and attr == "id":
            continue
        v = el.get(attr)
        if v:
            out.extend(v.lower().split())
    return tuple(out)


_LOCAL: dict[Any, str] = {}


def _local(tag: Any) -> str:
    """Lower-case local name of a tag ("" for comments, entities, processing instructions)."""
    got = _LOCAL.get(tag)
    if got is not None:
        return got
    if not isinstance(tag, str):
        return ""
    name = tag.rsplit("}", 1)[1] if tag[:1] == "{" else tag
    name = name.lower()
    if len(_LOCAL) < 4096:
        _LOCAL[tag] = name
    return name


def _is_data_table(table: Any) -> bool:
    rows = 0
    max_cells = 0
    for el in table.iter():
        t = _local(el.tag)
        if t == "tr":
            rows += 1
            cells = sum(1 for c in el if _local(c.tag) in ("td", "th"))
            if cells > max_cells:
                max_cells = cells
        elif el is not table and t in BLOCK_TAGS and t not in _TABLE_PARTS:
            return False
        if rows > 500:
            break
    return rows >= 2 and max_cells >= 2


def _table_link_chars(table: Any) -> int:
    """Characters of a data table's text inside its links (outermost links only), when the table is a grid
    of links: each cell holding text is all link text but ``LINK_CELL_SLACK`` characters (an old layout's
    navigation row or column), so it carries its link share like any other block; 0 for a table with a cell
    of its own words (a key column, a header row: a data table whose entries are linked)."""
    total = 0
    for cell in table.iter("td", "th", "{*}td", "{*}th"):
        if any(True for _ in cell.iter("td", "th", "{*}td", "{*}th") if _ is not cell):
            continue  # (a nested table's cells are read on their own)
        links = sum(char_count("".join(a.itertext())) for a in cell.iter("a", "{*}a")
                    if (a.get("href") is not None or is_link(a)) and not _inside_link(a, cell))
        if char_count(element_text(cell)) - links > LINK_CELL_SLACK:
            return 0
        total += links
    return total


def _inside_link(a: Any, cell: Any) -> bool:
    """True when an ``<a>`` between ``a`` and ``cell`` holds ``a`` (its text is counted with that one's)."""
    p = a.getparent()
    while p is not None and p is not cell:
        if _local(p.tag) == "a":
            return True
        p = p.getparent()
    return False


def _abut_space(m: re.Match[str]) -> str:
    """What an :data:`ABUT_MARK` reads as: a space between a letter or digit and an upper-case letter
    or a digit, else nothing."""
    text, i = m.string, m.start()
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isalnum() and (after.isupper() or after.isdigit() or m.group() == ABUT_APART and after.isalpha()
                             and text[i - 2:i - 1].isalnum() and text[i + 2:i + 3].isalnum()) \
            and not _NO_SPACE_SCRIPT.match(before) and not _NO_SPACE_SCRIPT.match(after):
        return " "
    return ""


def _opened(el: Any) -> int:
    """How many elements open where ``el`` starts before the first text: ``el`` and its first children
    while an element holds no text before its first child (see :data:`ABUT_APART`)."""
    n = 1
    while not el.text and len(el) and isinstance(el[0].tag, str) and n < 8:
        if _local(el.tag) in VOID_TAGS:
            n -= 1  # (the parser nests what follows a void element it does not know, a <wbr>, in it)
        el = el[0]
        n += 1
    return n


def abut_text(raw: str) -> str:
    """``raw`` with its :data:`ABUT_MARK` and :data:`ABUT_APART` marks read (see there)."""
    return _ABUT.sub(_abut_space, raw) if ABUT_MARK in raw or ABUT_APART in raw else raw


def _norm(raw: str) -> str:
    if "\u200b" in raw or "\ufeff" in raw:
        raw = raw.replace("\u200b", " ").replace("\ufeff", " ")
    if _SOFT_HYPHEN in raw:
        raw = raw.replace(_SOFT_HYPHEN, "")
    return " ".join(raw.split())


#: Where :func:`element_text` reads a line's end (a block element's start or end, ``<br>``): a space, but
#: before a mark that closes what precedes it (``<div>Overline</div><span>: </span>Headline`` reads
#: "Overline: Headline"), nothing.
_LINE_MARK = "\x03"
_LINE_ENDS = re.compile(_LINE_MARK + r"+(?=[,.:;!?)\]}\u00bb\u201d\u2019\u2026\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f])")


def element_text(el: Any, skip: "frozenset[Any] | set[Any]" = frozenset()) -> str:
    """The text of ``el`` read as :func:`html_blocks` reads inline text, on one line: skipped elements
    inside it (scripts, styles ...) and the elements of ``skip`` give none (``el``'s own text is read
    whatever its tag: a ``<title>``, a ``<button>``), form controls, ``<br>`` and block
    elements separate words, link after link are separate words, and where one element ends and the
    next starts with no text between, an :data:`ABUT_MARK` is read (``<span>Photo</span><span>Reuters</span>``
    is "Photo Reuters", ``<span>Harb</span><span>our</span>`` "Harbour"), and a line's end as a space but
    before a closing mark (see ``_LINE_MARK``). Whitespace is collapsed.

    Text that reaches the output, or that is compared with a block's text, is read with this, not with
    ``itertext()`` (which glues such elements and keeps scripts' text)."""
    if not isinstance(el.tag, str) or el in skip:
        return ""
    out: list[str] = [el.text] if el.text else []
    abut = -1
    closed = 0  # how many elements ended at abut (see ABUT_APART)
    todo: list[tuple[Any, Any]] = [(el, iter(el))]  # the open elements, each with its children to come
    while True:
        parent, children = todo[-1]
        child = next(children, None)
        if child is None:  # the parent ends
            todo.pop()
            if not todo:
                break
            what = _tag_info(parent.tag)[1]
            if _tag_info(parent.tag)[2]:
                out.append(_LINE_MARK)
            what = _LINK if what == _LINK and (parent.get("href") is not None or is_link(parent)) else _INLINE
        else:
            if not isinstance(child.tag, str):
                continue  # (a comment: nor its tail, as the walk)
            name, what, is_block = _tag_info(child.tag)[:3]
            if what <= _CONTROL or child in skip:
                if what == _CONTROL:
                    out.append(" ")
                if child.tail:
                    out.append(child.tail)
                continue  # (the mark stays as it was: "wo<wbr>rd")
            if what == _LINK and child.get("href") is None and not is_link(child):
                what = _INLINE  # an anchor target
            if is_block or what == _BR:
                out.append(_LINE_MARK)
            else:
                if what == _LINK and out and out[-1][-1:].isalnum():
                    prev = child.getprevious()  # "<a>Overview</a><a>Specs</a>"
                    if prev is not None and prev.tail is None and _tag_info(prev.tag)[0] == "a":
                        out.append(" ")
                if abut == len(out) and out and out[-1][-1:].isalnum() and name not in _ATTACHED:
                    out.append(ABUT_APART if closed != _opened(child) else ABUT_MARK)
                elif name in _ATTACHED and _reference(child) and out and out[-1][-1:].isalnum():
                    out.append(ABUT_MARK)  # "manifest<sup><a>15</a></sup>": see _ATTACHED
            if child.text:
                out.append(child.text)
            if len(child):
                todo.append((child, iter(child)))
                continue
            if is_block:
                out.append(_LINE_MARK)
            if what == _VOID and child.text is None and name != "img":
                what = _SKIP  # (no text: passed over, the mark as it was)
            elif what == _INLINE and not child.text and child.tail and name not in _ATTACHED \
                    and out and out[-1][-1:].isalnum():
                out.append(ABUT_MARK)  # an empty element between two texts: see ABUT_MARK
            parent = child
        if parent.tail:
            out.append(parent.tail)
        elif what == _LINK:
            abut = -1  # (a link runs on: see _ATTACHED)
        elif what > _CONTROL:
            closed = closed + 1 if abut == len(out) and len(parent) else 1
            abut = len(out)
    raw = abut_text("".join(out))
    return _norm(_LINE_ENDS.sub("", raw).replace(_LINE_MARK, " ") if _LINE_MARK in raw else raw)


def _table_text(table: Any) -> str:
    """A data table's rows, cells joined by `` | ``: the cells of each ``<tr>``, and the cells a
    table part holds outside any row (``<thead><th>Base</th><th>Lens</th></thead>``: the parser
    makes no row of them), a row of their own."""
    lines = []
    for tr in table.iter("tr", "{*}tr", "thead", "tbody", "tfoot", "{*}thead", "{*}tbody", "{*}tfoot"):
        cells = [element_text(c) for c in tr if _local(c.tag) in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


#: Characters a data table's cell may hold outside its links for the table to be a grid of links (a bar, a
#: bullet between two links), see :func:`_table_link_chars`.
LINK_CELL_SLACK = 2
#: Void elements that hold no text (``<meta>``, ``<link>`` of the head, ``<img>``): one whose
#: tree gives it no text and no child, as the parser's always does, is passed over like a
#: skipped element (its tail is read): nothing of it reaches a block.
VOID_TAGS = frozenset(("meta", "link", "base", "img", "wbr", "source", "track", "col", "area", "param"))
# Per raw tag: (local name, what the walk does with it, whether it ends a run, kind, heading level,
# what its end does). (The walk tells the common kinds, up to _LINK, from the rest with one comparison.)
_SKIP, _CONTROL, _INLINE, _BLOCK, _LINK, _BR, _TABLE, _PRE, _VOID, _HEAD = range(10)
#: What an element's end does: bit 1 ends a run (a block element), _END_LINK / _END_PRE close a link / a pre.
_END_INLINE, _END_BLOCK, _END_LINK, _END_PRE = 0, 1, 2, 3
_TAG_INFO: dict[Any, tuple[str, int, bool, "str | None", int, int]] = {}


def _tag_info(tag: Any) -> tuple[str, int, bool, "str | None", int, int]:
    """What the walk needs of a tag, cached per raw tag (see ``_TAG_INFO``)."""
    got = _TAG_INFO.get(tag)
    if got is not None:
        return got
    name = _local(tag)
    if not name or name in SKIP_TAGS:
        what = _CONTROL if name in _CONTROL_TAGS else _SKIP
    elif name == "br":
        what = _BR
    elif name == "table":
        what = _TABLE
    elif name == "a":
        what = _LINK
    elif name == "pre":
        what = _PRE
    elif name in VOID_TAGS:
        what = _VOID
    elif name == "head":
        what = _HEAD  # an inline element, but see _bare_head
    else:
        what = _BLOCK if name in BLOCK_TAGS else _INLINE
    end = _END_LINK if what == _LINK else _END_PRE if what == _PRE else _END_BLOCK if name in BLOCK_TAGS else _END_INLINE
    got = (name, what, name in BLOCK_TAGS, _KIND_OF.get(name), _HEADINGS.get(name, 0), end)
    if len(_TAG_INFO) < 4096 and isinstance(tag, str):
        _TAG_INFO[tag] = got
    return got


def _permalink(el: Any) -> bool:
    """An in-page link whose whole text is a permalink mark (checked inside headings only)."""
    href = el.get("href")
    return bool(href) and href.startswith("#") and "".join(el.itertext()).strip().lower() in PERMALINK_MARKS


def heading_text(el: Any) -> str:
    """The text of a heading element without its permalink marks, read as :func:`html_blocks` reads it
    (see :func:`element_text`); a ``#`` link right after a word is text ("C#")."""
    return element_text(el, {a for a in el.iter("a", "{*}a") if _permalink(a) and not _after_word(a)})


def _after_word(a: Any) -> bool:
    """The text right before ``a`` ends in a letter or digit and ``a`` reads ``#`` (a language's name, "C#")."""
    if a.text != "#":
        return False
    prev = a.getprevious()
    before = a.getparent().text if prev is None else prev.tail or "".join(prev.itertext())
    return bool(before) and before[-1:].isalnum()


#: (lower case: the HTML parser's names, as load gives every tree)
_HEADING_TAGS = tuple(f"{{*}}{h}" for h in _HEADINGS)


def permalink_marks(root: Any) -> list[tuple[Any, str, str]]:
    """The permalink marks of the headings under ``root``: ``(link element, mark, heading text before it)``.

    A mark is an in-page link (``href="#..."``) whose whole text is one of
    ``PERMALINK_MARKS``, where the block walk would read it as heading text (not
    inside a list item, quote or caption of the heading), and not a ``#`` glued to a
    word ("C#"). The heading text before it is what the walk's block holds up to
    there. Headings under elements the walk skips (scripts, forms' controls ...)
    are not looked into. Only the headings' links are looked at (found in C), and
    only a heading holding a mark is walked.
    """
    out: list[tuple[Any, str, str]] = []
    done: set[Any] = set()
    for a in (a for h in root.iter(*_HEADING_TAGS) for a in h.iter("{*}a")):
        if not _permalink(a):
            continue
        outer = None
        for anc in a.iterancestors():
            name, what = _tag_info(anc.tag)[:2]
            if what <= _CONTROL:
                break  # skipped by the walk with all it holds
            if name in _HEADINGS:
                outer = anc  # the outermost heading is walked, inner ones with it
        else:
            if outer is not None and outer not in done:
                done.add(outer)
                _heading_walk(outer, out)
    return out


def _heading_walk(h: Any, out: list[tuple[Any, str, str]]) -> None:
    """:func:`html_blocks`'s reading of one heading, for :func:`permalink_marks`."""
    buf: list[str] = []
    kinds: list[str] = []
    in_pre = 0
    skipped = False
    walker = etree.iterwalk(h, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag, what, is_block, kind = _tag_info(el.tag)[:4]
            if what <= _CONTROL:
                if buf and what == _CONTROL:
                    buf.append(" ")
                skipped = True
                walker.skip_subtree()
                continue
            if what == _LINK:
                if (kinds and kinds[-1] == "heading" and _permalink(el)
                        and not (buf and buf[-1][-1:].isalnum() and el.text == "#")):  # (not "C#")
                    out.append((el, "".join(el.itertext()).strip(), _norm("".join(buf))))
                    skipped = True
                    walker.skip_subtree()
                    continue
                if buf and buf[-1][-1:].isalnum():
                    prev = el.getprevious()
                    if prev is not None and prev.tail is None and _tag_info(prev.tag)[0] == "a":
                        buf.append(" ")
            if buf and (is_block or what == _BR):
                buf = []
            if what == _TABLE and _is_data_table(el):
                skipped = True
                walker.skip_subtree()
                continue
            if kind is None:
                if tag in _CAPTION_HOSTS and _caption_class(element_tokens(el)):
                    kind = "caption"
                else:
                    kind = kinds[-1] if kinds else "paragraph"
            elif what == _PRE:
                in_pre += 1
            kinds.append(kind)
            t = el.text
        else:
            if skipped:
                skipped = False
            else:
                if buf and _tag_info(el.tag)[2]:
                    buf = []
                if _tag_info(el.tag)[1] == _PRE:
                    in_pre -= 1
                kinds.pop()
            if el is h:
                return
            t = el.tail
        if t:
            if t.isspace() and not in_pre:
                if buf:
                    buf.append(" ")
            else:
                buf.append(t)


def _bare_head(head: Any) -> int:
    """How many elements the walk would count in a ``<head>`` that gives no text, or -1.

    The usual head holds only elements the walk skips (scripts, styles, the
    title) and text-less void ones (metas, links), with whitespace between
    them: walked into an empty run, none of it reaches a block, so the walk
    passes over it whole. A head holding anything else (a broken page's body
    parsed into it) is walked as any element is.
    """
    return _head_counts(head)[0]


def _head_counts(head: Any) -> tuple[int, int]:
    """:func:`_bare_head`'s count, and how many descendants the head has when none of its children has
    children (else -1): what the walk passes over, known without a second walk to count them."""
    t = head.text
    if t and not t.isspace():
        return -1, -1
    n = 1
    leaves = True
    tag_info = _TAG_INFO
    for el in head:
        tag = el.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction: the walk meets neither, nor their tails
        what = (tag_info.get(tag) or _tag_info(tag))[1]
        if what > _CONTROL:
            if what != _VOID or el.text is not None or len(el):
                return -1, -1
        elif leaves and len(el):
            leaves = False  # (a skipped element holding elements: its descendants are counted when skipped)
        t = el.tail
        if t and not t.isspace():
            return -1, -1
        n += 1
    return n, len(head) if leaves else -1


#: The facts of the walk's root frame (no open element): tokens, kind, heading level, owner block tag.
_ROOT_CONTEXT: tuple[frozenset[str], str, int, str] = (_EMPTY, "paragraph", 0, "")
#: The tag info the walk gives a comment or processing instruction (not read: see html_blocks).
_NO_INFO: tuple[str, int, bool, "str | None", int, int] = ("", -1, False, None, 0, _END_INLINE)
#: The ``attributes`` of html_blocks for an element without class, id and itemprop.
_NO_ATTRIBUTES: tuple[None, None, None] = (None, None, None)
#: An anchor target (``<a name>``, ``<a id>`` without ``href``) is walked as an inline element, not a link.
_ANCHOR_INFO: tuple[str, int, bool, "str | None", int, int] = ("a", _INLINE, False, None, 0, _END_INLINE)


def html_blocks(root: Any, max_nodes: int = 200_000, max_block_chars: int = 200_000,
                attributes: "dict[Any, tuple[str | None, str | None, str | None]] | None" = None
                ) -> tuple[list[Block], bool]:
    """Blocks of an lxml tree in reading order; the flag says the walk was cut short.

    ``attributes``, when given, receives the ``class``, ``id`` and ``itemprop``
    values (None when absent) of the elements on the blocks' paths, by element,
    as the walk reads them once (see :data:`newsclean.locator.ATTRIBUTES_KEY`).

    Permalink marks of headings are not looked for here: a tree step takes them
    out before the walk (see :func:`permalink_marks`)."""
    blocks: list[Block] = []
    buf: list[str] = []
    link_len = 0
    truncated = False
    stack: list[Any] = []  # open elements (the block's path)
    infos: list[tuple[str, int, bool, "str | None", int, int]] = []  # their tag infos
    in_link = 0
    in_pre = 0
    nodes = 0
    abut = -1  # len(buf) when an element ended without a tail (no text since: the next one abuts it)
    closed = 0  # how many elements ended at that point (see ABUT_APART)
    tag_info = _TAG_INFO
    new_block, init_block = Block.__new__, Block.__init__
    # (tokens of the parent, the element's class/id/role words) -> (its tokens, a caption class among them)
    token_cache: dict[tuple[frozenset[str], str], tuple[frozenset[str], bool]] = {}
    # What a block takes from its path (tokens, kind, heading level, owner block tag) is worked out
    # when a block is made, for the open elements only, and kept for the next blocks of the same path:
    # ctx[i] holds the facts of ctx_els[:i + 1], valid while ctx_els[i] is stack[i] (an element's
    # ancestors do not change during the walk). Most elements are on no block's path when it is made
    # (links, spans, the inline elements of a paragraph): their attributes are not read.
    ctx_els: list[Any] = []
    ctx: list[tuple[frozenset[str], str, int, str]] = []

    def context() -> tuple[frozenset[str], str, int, str]:
        n = len(stack)
        i = min(len(ctx_els), n) - 1
        while i >= 0 and ctx_els[i] is not stack[i]:
            i -= 1
        i += 1
        if i < len(ctx_els):
            del ctx_els[i:], ctx[i:]
        cur = ctx[i - 1] if i else _ROOT_CONTEXT
        while i < n:
            el = stack[i]
            tag, _, is_block, kind, level, _ = infos[i]
            i += 1
            # The attributes in one call (most elements hold one or none): a look-up by name costs
            # a call each, and one of an absent attribute more (libxml2 searches the DTD's defaults).
            # (the HTML parser keeps one attribute of a name; a namespaced one is no match, as for get)
            toks = cur[0]
            caption = False
            attrs = el.items()
            if attrs:
                cls = ident = role = prop = None
                for name, value in attrs:
                    if name == "class":
                        cls = value
                    elif name == "id":
                        ident = value
                    elif name == "role":
                        role = value
                    elif name == "itemprop":
                        prop = value
                if attributes is not None:
                    attributes[el] = (cls, ident, prop)
                eid = None if level else ident  # a heading's id is an anchor made from its text
                if cls or eid or role:
                    words = cls or ""
                    if eid:
                        words = f"{words} {eid}"
                    if role:
                        words = f"{words} {role}"
                    got = token_cache.get((toks, words))
                    if got is None:
                        low = words.lower()
                        own = low.split()
                        got = (toks.union(own), "caption" in low and _caption_class(own)) if own else (toks, False)
                        token_cache[(toks, words)] = got
                    toks, caption = got
            elif attributes is not None:
                attributes[el] = _NO_ATTRIBUTES
            if kind is None:
                if caption and tag in _CAPTION_HOSTS:
                    cur = (toks, "caption", 0, tag)  # <p class="caption">, <div class="wp-caption-text"> ...
                else:
                    cur = (toks, cur[1], cur[2], tag if is_block else cur[3])
            else:
                cur = (toks, kind, level, tag)
            ctx_els.append(el)
            ctx.append(cur)
        return cur

    def flush() -> None:
        nonlocal buf, link_len, truncated, abut
        raw = "".join(buf)
        buf = []
        abut = -1
        links = link_len
        link_len = 0
        if raw.isprintable() and "  " not in raw:
            text = raw.strip(" ")  # (a printable text's only whitespace is the plain space: normalised already)
        else:
            if in_pre:
                text = raw.strip()
            else:
                if "\u200b" in raw or "\ufeff" in raw:
                    raw = raw.replace("\u200b", " ").replace("\ufeff", " ")
                if _SOFT_HYPHEN in raw:
                    raw = raw.replace(_SOFT_HYPHEN, "")
                raw = abut_text(raw)
                text = " ".join(raw.split())
            if text and not text.strip(_JOINERS):
                return  # (only joiners: no text, like a block of spaces)
        if not text:
            return
        if len(text) > max_block_chars:
            text = text[:max_block_chars]
            truncated = True
        toks, kind, level, tag = context()
        # (a normalised text's only whitespace is single spaces: its characters are counted here)
        blk = new_block(Block)  # (Block(...) itself: made and initialised without the call through the type)
        init_block(blk, len(blocks), text, kind, tag, level if kind == "heading" else 0, 0, tuple(stack), toks,
                   chars=None if in_pre else len(text) - text.count(" "))
        if links:
            blk.link_chars = min(links, blk.chars)
        blocks.append(blk)

    # The walk takes the elements in document order from ``root.iter()`` (C) and works out the ends
    # itself: an element without children ends at once, and after the last of its siblings
    # (``getnext()`` is None) its parent, the innermost open element, ends too. lxml's iterwalk
    # makes an event tuple per start and per end, which costs more than the whole bookkeeping.
    # A skipped element's descendants are taken from the iterator unread (see _skip).
    it = root.iter()
    for el in it:
        info = tag_info.get(el.tag)
        if info is None:
            if isinstance(el.tag, str):
                info = _tag_info(el.tag)
            else:
                info = _NO_INFO  # a comment or processing instruction: nothing of it is read, not even
                # its tail (lxml's iterwalk, which this walk replaced, never gave them); it may close its parent
        what = info[1]
        if what >= 0:
            # -- the element starts --------------------------------------------------------
            nodes += 1
            if nodes > max_nodes:
                truncated = True
                break
            if what <= _CONTROL:  # _SKIP, _CONTROL
                if buf and what == _CONTROL:
                    buf.append(" ")  # "Name <input> Email <input>": the labels are separate words
                if len(el):
                    _skip(it, el)  # its descendants are not read
            else:
                if what == _LINK and el.get("href") is None and not is_link(el):
                    info, what = _ANCHOR_INFO, _INLINE  # an anchor target (<a id>, <a name>) is no link (see density.is_link)
                elif what == _LINK:
                    if buf and buf[-1][-1:].isalnum():
                        prev = el.getprevious()  # "<a>Overview</a><a>Specs</a>": tab labels, not one word
                        if prev is not None and prev.tail is None and (tag_info.get(prev.tag) or _tag_info(prev.tag))[0] == "a":
                            buf.append(" ")
                elif what > _LINK:  # _BR, _TABLE, _PRE, _VOID, _HEAD
                    if what == _VOID:
                        if el.text is None and not len(el):
                            what = -1  # (no text, no subtree)
                    elif what == _HEAD:
                        if not buf and not in_pre:
                            bare, below = _head_counts(el)
                            if 0 < bare and nodes - 1 + bare <= max_nodes:  # (the limit falls elsewhere)
                                nodes += bare - 1
                                _skip(it, el, below)
                                what = -1
                    elif what == _BR:
                        if buf:
                            flush()
                    elif what == _TABLE and _is_data_table(el):
                        if buf:
                            flush()
                        text = _table_text(el)
                        if text:
                            toks = context()[0].union(element_tokens(el))
                            blk = Block(index=len(blocks), text=text[:max_block_chars], kind="table",
                                        tag="table", path=tuple(stack) + (el,), tokens=toks)
                            blk.link_chars = min(_table_link_chars(el), blk.chars)
                            blocks.append(blk)
                        _skip(it, el)
                        what = -1
                if what >= 0:  # (a void element with text, or a head that is not bare, is read as inline)
                    is_block = info[2]
                    if buf and is_block:
                        flush()
                    elif abut == len(buf) and buf and not in_pre and buf[-1][-1:].isalnum() and info[0] not in _ATTACHED:
                        buf.append(ABUT_APART if closed != _opened(el) else ABUT_MARK)  # "<span>Number</span><span>802</span>": see ABUT_MARK
                    elif info[0] in _ATTACHED and buf and not in_pre and buf[-1][-1:].isalnum() and _reference(el):
                        buf.append(ABUT_MARK)  # "manifest<sup><a>15</a></sup>": see _ATTACHED
                    t = el.text
                    if len(el):
                        stack.append(el)
                        infos.append(info)
                        if what == _LINK:
                            in_link += 1
                        elif what == _PRE:
                            in_pre += 1
                        if t:
                            if t.isspace() and not in_pre:
                                if buf:
                                    buf.append(" ")
                            else:
                                buf.append(t)
                                if in_link:
                                    link_len += char_count(t)
                        continue  # its children come next
                    # an element without children starts and ends here
                    if what == _PRE:
                        in_pre += 1
                    elif what == _INLINE and not t and el.tail and buf and not in_pre \
                            and buf[-1][-1:].isalnum() and info[0] not in _ATTACHED:
                        buf.append(ABUT_MARK)  # "2023<span class=divider></span>2:23": see ABUT_MARK
                    if t:
                        if t.isspace() and not in_pre:
                            if buf:
                                buf.append(" ")
                        else:
                            buf.append(t)
                            if in_link or what == _LINK:
                                link_len += char_count(t)
                    if is_block and buf:
                        stack.append(el)
                        infos.append(info)
                        flush()
                        stack.pop()
                        infos.pop()
                    if what == _PRE:
                        in_pre -= 1
            # -- its tail --
            t = el.tail
            if t:
                if t.isspace() and not in_pre:
                    if buf:
                        buf.append(" ")
                else:
                    buf.append(t)
                    if in_link:
                        link_len += char_count(t)
            elif what > _CONTROL and what != _LINK or info[0] == "img":  # (skipped elements and text-less void
                abut = len(buf)  # ones but images are passed over: "wo<wbr>rd"; a link runs on, see _ATTACHED)
                closed = 1
            elif what == _LINK:
                abut = -1
        # -- each ancestor whose last child the element was ends, innermost first -------------
        while el is not root and el.getnext() is None:
            el = stack[-1]  # the parent: every ancestor of the element walked is open
            end = infos[-1][5]
            if end:
                if buf and end & _END_BLOCK:
                    flush()
                if end == _END_LINK:
                    in_link -= 1
                elif end == _END_PRE:
                    in_pre -= 1
            stack.pop()
            infos.pop()
            t = el.tail
            if t:
                if t.isspace() and not in_pre:
                    if buf:
                        buf.append(" ")
                else:
                    buf.append(t)
                    if in_link:
                        link_len += char_count(t)
            elif end == _END_LINK:
                abut = -1  # (a link runs on: see _ATTACHED)
            else:
                closed = closed + 1 if abut == len(buf) else 1
                abut = len(buf)
    if buf:
        flush()
    return blocks, truncated


def _skip(it: Any, el: Any, n: int = -1) -> None:
    """Take the descendants of ``el`` (whose start ``it`` gave last) from the iterator, unread
    (``n``: how many there are, when the caller knows; else they are counted)."""
    if n < 0:
        n = sum(1 for _ in el.iterdescendants())
    if n:
        next(islice(it, n - 1, n), None)


def text_blocks(text: str, max_block_chars: int = 200_000) -> tuple[list[Block], bool]:
    """One block per non-empty line of a text dump."""
    blocks: list[Block] = []
    gap = 0
    truncated = False
    for line in text.splitlines():
        s = _WS.sub(" ", line.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in line else line).strip()
        if not s or not s.strip(_JOINERS):
            gap += 1
            continue
        if len(s) > max_block_chars:
            s = s[:max_block_chars]
            truncated = True
        blocks.append(Block(index=len(blocks), text=s, kind="paragraph", gap_before=gap))
        gap = 0
    return blocks, truncated
