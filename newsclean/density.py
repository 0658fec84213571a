"""Text and link counts of subtrees, in characters, linear over a page.

The tree-stage steps ask "how much prose does this element hold?" for many
elements, often nested in each other (a menu in a sidebar in a column). Asking
lxml for each subtree's text is fast (C) but, nested, it reads the same text
again at every level: a page of 200,000 links under a few dozen nested
wrappers reads its text dozens of times. :class:`SubtreeCounts` answers from
lxml directly while the characters read stay within a small multiple of the
page's own text, and past that budget computes every element's counts once,
bottom-up, in one walk, and answers from that table. Either way the work is
linear in the size of the page.

Characters are counted without whitespace (never whitespace-split words), so
Chinese and English count alike.
"""
from __future__ import annotations

from typing import Any

import lxml.etree as etree

from .text import _ASCII_SPACE_BYTES, _SPACE_BY_LEAD, char_count

__all__ = ["SubtreeCounts", "nonspace_len"]

#: The direct path may read this many times the page's text before the table is built.
DIRECT_BUDGET = 20
#: Elements whose presence below an element marks it as holding the article.
MARKER_TAGS = frozenset(("main", "h1"))
#: ``itemprop`` values that mark the article body.
MARKER_PROPS = frozenset(("articlebody", "articletext"))

_MARKER = etree.XPath(".//main | .//h1 | .//*[@itemprop]", smart_strings=False)
#: The texts of the links the element is or holds, joined (a link inside a link counted twice, as
#: ``el.iter("a")`` reads them), in one call in C: EXSLT's ``str:concat`` joins the string values of
#: a node-set (a link's string value is its ``_text``). (No ``count()`` of the links beside it: that
#: is one more walk of the subtree in libxml2, and the budget counts the characters read.)
#: An anchor target (``<a name="x">``, ``<a id="x">`` without ``href``), which the HTML parser keeps
#: open over all the text after it when it is never closed, is no link (see is_link); an ``<a>``
#: without ``href`` that a script drives (a ``role``, a ``tabindex``, an ``on…`` handler, an address in
#: another attribute: ``data-href``, ``:href``; an ``<a id>`` opening with a label of its own, no
#: ``name``: ``<a id="x">Close</a>``) or that names no place (a placeholder, a dump without hrefs)
#: still is one, as is an empty ``href``, ``"#"`` or ``javascript:``.
#: (Most pages have no anchor target: an anchor target's text is taken off the count, see _targets.)
_LINK_TEXT_ALL = etree.XPath("str:concat(descendant-or-self::a)",
                             namespaces={"str": "http://exslt.org/strings"}, smart_strings=False)
#: Attributes by which a script drives an ``<a>`` without ``href`` (besides ``on…`` handlers and
#: attributes whose name ends in ``href``).
SCRIPT_ATTRIBUTES = ("role", "tabindex")


def is_link(el: Any) -> bool:
    """Whether the ``<a>`` is a link: False for an anchor target, an ``<a>`` with a ``name``, or an
    ``id`` and no label of its own opening it (``<a id="x">Close</a>`` is a script's control), no
    ``href`` and nothing a script drives it by (``SCRIPT_ATTRIBUTES``, ``on…``, ``…href``)."""
    if el.get("href") is not None or (el.get("name") is None and (el.get("id") is None or not _blank(el.text))):
        return True
    return any(_drives(k) for k in el.attrib)


#: The ``<a>`` elements that may be anchor targets: with a ``name`` or an ``id``, and no ``href`` (the
#: attribute steps come first, so the predicate is asked of these few, not of every link; ``.//a``, which
#: libxml2 walks faster than ``descendant-or-self::a``, and the root itself by ``self::a``).
_CANDIDATES = etree.XPath("self::a[not(@href)] | .//a/@name/parent::a[not(@href)] | .//a/@id/parent::a[not(@href)]")
_STRING = etree.XPath("string()", smart_strings=False)


def _targets(root: Any) -> tuple[Any, ...]:
    """The anchor targets (``<a>`` elements that are no link, see is_link) in the tree; most pages have none."""
    return tuple(a for a in _CANDIDATES(root) if not is_link(a))


_TARGET = _targets


def _under(el: Any, a: Any) -> bool:
    """Whether ``a`` is ``el`` or below it."""
    return a is el or any(p is el for p in a.iterancestors())


def _blank(text: "str | None") -> bool:
    return text is None or not text.strip(" \t\n\r")  # (XPath's normalize-space strips these)


def _drives(attribute: str) -> bool:
    return attribute in SCRIPT_ATTRIBUTES or attribute.startswith("on") or attribute.endswith("href")


def make_anchor_target(el: Any, name: str) -> None:
    """Make the ``<a>`` an anchor target (no link, see is_link): its ``href`` and every attribute a
    script drives it by go; it keeps its ``name``, or is given ``name``."""
    for key in [k for k in el.attrib if _drives(k)]:
        del el.attrib[key]
    if el.get("name") is None:
        el.set("name", name)


#: Characters of a text that are not whitespace (as ``str.split()`` sees it).
nonspace_len = char_count


def _text(el: Any) -> str:
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _text_utf8(el: Any) -> bytes:
    """``_text(el)`` as UTF-8 bytes (no str is made of it)."""
    return etree.tostring(el, method="text", encoding="utf-8", with_tail=False)


#: UTF-8 continuation bytes: a text's characters are its other bytes.
_CONTINUATION = bytes(range(0x80, 0xC0))
_CONTINUATION_OR_SPACE = _CONTINUATION + _ASCII_SPACE_BYTES


def _utf8_len(data: bytes) -> int:
    """``len`` of the str a UTF-8 text decodes to.

    Decoded in C: the decoder takes ASCII runs several bytes at a time, under half the cost
    of deleting the continuation bytes one by one (``translate``), which stays the way for
    bytes that are no valid UTF-8 (lxml's serialiser never writes such)."""
    if data.isascii():
        return len(data)
    try:
        return len(data.decode("utf-8"))
    except UnicodeDecodeError:
        return len(data.translate(None, _CONTINUATION))


def _utf8_nonspace_len(data: bytes) -> int:
    """:func:`nonspace_len` of the str a UTF-8 text decodes to, counted on the bytes as
    :func:`~newsclean.text.char_count` counts them after encoding the str (nothing decoded
    nor encoded again)."""
    n = len(data.translate(None, _CONTINUATION_OR_SPACE))
    for lead, spaces in _SPACE_BY_LEAD:  # (the whitespace past ASCII, by the lead byte of its encoding)
        if lead in data:
            n -= len(spaces.findall(data))
    return n


def _leaf_or_text(el: Any) -> str:
    """``_text(el)``, without a serialiser for an element with no children (most links)."""
    return (el.text or "") if len(el) == 0 else _text(el)


class SubtreeCounts:
    """Per-element text, link-text and marker facts of one tree, each subtree read about once.

    ``reads`` counts the characters read on the direct path and ``walked`` the
    elements visited by the bottom-up walk (tests use them to check linearity).
    """

    def __init__(self, root: Any, root_chars: "int | SubtreeCounts | None" = None) -> None:
        """``root_chars``: the length of the root's text when known (or an earlier instance on
        the same root to take it from, and its choice of link query: see link_chars), which
        spares reading the whole text to set the budget."""
        self.root = root
        # the link query an earlier instance on the same root chose (see link_chars): between the two
        # (the hidden and chrome steps) the tree only loses elements, so a root that held no named
        # anchor still holds none, and the named-anchor query is right on any tree
        link_text = None
        if isinstance(root_chars, SubtreeCounts):
            same = root_chars.root is root
            link_text = root_chars._link_text if same else None
            root_chars = root_chars._root_len if same else None
        self._root_len: int | None = root_chars
        self._budget: int | None = None
        self.reads = 0
        self.walked = 0
        self._table: dict[Any, tuple[int, int, bool]] | None = None
        self._direct: dict[Any, list[int]] = {}  # el -> [chars, link chars] (-1: not asked yet)
        self._link_text: Any = link_text  # the tree's anchor targets (see _targets), once looked for
        # the root's text (UTF-8), read to set the budget and kept until chars(root) counts it (once)
        self._root_text: bytes | None = None
        # the element whose text chars() read last, and that text (see text())
        self._last_el: Any = None
        self._last_text = ""

    # -- the two ways of answering -------------------------------------------------

    def _direct_ok(self, size_hint: int = 0) -> bool:
        if self._table is not None:
            return False
        if self._budget is None:
            if self._root_len is None:
                # (the page's whole text: counted on its bytes, see _utf8_counts)
                self._root_text = _text_utf8(self.root)
                self._root_len = _utf8_len(self._root_text)
                self.reads += self._root_len
            self._budget = DIRECT_BUDGET * max(self._root_len, 1)
        if self.reads + size_hint > self._budget:
            self._build()
            return False
        return True

    def _build(self) -> None:
        """One walk over the whole tree: (chars, link chars, has marker) of every element."""
        table: dict[Any, tuple[int, int, bool]] = {}
        # One frame per open element: [chars, link chars, marker, in_link].
        stack: list[list[Any]] = []
        for event, el in etree.iterwalk(self.root, events=("start", "end")):
            tag = el.tag
            if event == "start":
                self.walked += 1
                name = tag.lower() if isinstance(tag, str) else ""
                in_link = bool(stack and stack[-1][3]) or (name == "a" and is_link(el))
                n = nonspace_len(el.text) if isinstance(tag, str) and el.text else 0
                stack.append([n, n if in_link else 0, False, in_link])
                if name in MARKER_TAGS:
                    stack[-1][2] = True
                elif isinstance(tag, str):
                    prop = el.get(b"itemprop")  # (a bytes name is not encoded at each call)
                    if prop and prop.lower() in MARKER_PROPS:
                        stack[-1][2] = True
                continue
            frame = stack.pop()
            chars, links, marker, _ = frame
            table[el] = (chars, links, marker)
            if stack:
                up = stack[-1]
                up[0] += chars
                up[1] += links
                if el is not self.root and el.tail:
                    t = nonspace_len(el.tail)
                    up[0] += t
                    if up[3]:
                        up[1] += t
                if marker:
                    up[2] = True
        self._table = table

    # -- questions --------------------------------------------------------------------

    def chars(self, el: Any, under: int = 0) -> int:
        """Non-whitespace characters of the element's text (its tail excluded).

        ``under``: when the text, whitespace included, is shorter than this, its
        raw length is returned uncounted (enough to say "under the limit").
        """
        if self._direct_ok():
            memo = self._direct.get(el)
            if memo is None:
                memo = self._direct[el] = [-1, -1]
            if memo[0] < 0:
                # (the root's text, already read for the budget, is not serialised again; the read
                # is still counted, so the budget sees the same numbers)
                if el is self.root and self._root_text is not None:
                    data, self._root_text = self._root_text, None
                    self.reads += self._root_len
                    if self._root_len < under:
                        return self._root_len
                    memo[0] = _utf8_nonspace_len(data)
                    return memo[0]
                text = _text(el)
                self._last_el, self._last_text = el, text
                self.reads += len(text)
                if len(text) < under:
                    return len(text)
                memo[0] = nonspace_len(text)
            return memo[0]
        got = self._table.get(el) if self._table is not None else None
        return got[0] if got else nonspace_len(_text(el))

    def last_read(self, el: Any) -> str | None:
        """The text :meth:`chars` read of ``el``, if ``el`` was the element it read last (else None).

        Only valid while the tree below ``el`` is unchanged since that read.
        """
        return self._last_text if self._last_el is el else None

    def text(self, el: Any, known: str | None = None) -> str:
        """The text of an element about to leave the tree, read and counted as :meth:`chars` would.

        On the direct path a text :meth:`chars` has not counted yet is added to
        the characters read, as asking ``chars(el)`` would (the budget sees the
        same numbers whether or not the caller asked it first); the count itself
        is not taken nor kept. ``known``: the element's text, read earlier with
        the tree unchanged since; otherwise the text :meth:`chars` read last, if
        it was this element's, or a fresh read.
        """
        if known is None:
            known = self.last_read(el)
            self._last_el = None
        if self._direct_ok():
            memo = self._direct.get(el)
            if memo is None or memo[0] < 0:
                text = known if known is not None else _text(el)
                self.reads += len(text)
                return text
        return known if known is not None else _text(el)

    def link_chars(self, el: Any) -> int:
        """Non-whitespace characters of the element's text inside links."""
        if self._direct_ok():
            memo = self._direct.setdefault(el, [-1, -1])
            if memo[1] < 0:
                # (an XPath such as .//a//text() is slow on deep trees; counts add up over a join)
                if self._link_text is None:
                    self._link_text = _TARGET(self.root)
                got = _LINK_TEXT_ALL(el)
                self.reads += len(got)
                memo[1] = nonspace_len(got)
                for a in self._link_text:  # an anchor target's text is no link text (a few, on a few pages)
                    if _under(el, a) and not is_link(a):
                        text = _STRING(a)
                        self.reads -= len(text)
                        memo[1] -= nonspace_len(text)
            return memo[1]
        got = self._table.get(el) if self._table is not None else None
        return got[1] if got else nonspace_len("".join([_leaf_or_text(a) for a in el.iter("a") if is_link(a)]))

    def prose(self, el: Any) -> int:
        """Characters outside links."""
        return max(self.chars(el) - self.link_chars(el), 0)

    def link_density(self, el: Any) -> float:
        """Share of the element's characters inside links (0 for an empty element)."""
        total = self.chars(el)
        return min(self.link_chars(el) / total, 1.0) if total else 0.0

    def has_marker(self, el: Any) -> bool:
        """True when ``<main>``, ``<h1>`` or an ``itemprop=articleBody`` sits below the element."""
        if self._direct_ok():
            self.reads += self.chars(el) + 1  # the search reads about the subtree once
            for m in _MARKER(el):
                self.reads += 1
                if m.tag in MARKER_TAGS or (m.get("itemprop") or "").lower() in MARKER_PROPS:
                    return True
            return False
        got = self._table.get(el) if self._table is not None else None
        return bool(got and got[2])
