"""Input -> Document: decoding, HTML-or-text sniffing, bounded parsing.

Accepted pages: ``bytes`` in any charset (see :mod:`newsclean.charset`),
``str`` (HTML or a text dump, sniffed unless ``input_kind`` says), a
BeautifulSoup object or Tag, an lxml element or element tree (copied: the
caller's tree is never changed).

Everything that cannot be read ends in :class:`~newsclean.errors.InputError`
with a stable ``code``; no parser or codec exception leaks out. A page that
can be read but holds no text gives an empty article whose ``notes`` say why.

Work is bounded before anything costly runs (limits are :class:`Options`):
size is checked first (``max_bytes``); markup past ``4 * max_nodes`` tags is
cut before parsing, and so are the attributes of a tag past
``max_attributes``; a page nested deeper than 256 levels (where libxml2
stops and silently loses the rest) is flattened to ``max_depth`` with its
text kept; on big pages text nodes are cut to ``max_block_chars`` and
attribute values to ``max_attr_chars``; text-dump lines are cut to
``max_block_chars`` and dumps to ``max_nodes`` lines. Entities are never
expanded and nothing is ever fetched. The contract is in ``docs/errors.md``.
"""
from __future__ import annotations

import copy
import re
from typing import Any

import lxml.etree as etree
import lxml.html

from .charset import decode_page
from .document import Document
from .errors import InputError
from .options import Options
from .parse import (  # noqa: F401 - the parsing half, also read as load.X
    BOUND_ATTRS_FROM, FAST_DEPTH, _CHAR_REF, _bound_tree, _fix_char_ref, _flatten_depth, _may_hold_long_attr,
    _parse_bytes, _thread_parser, fix_char_refs)

__all__ = ["load", "decode_bytes", "sniff_kind", "sniff_is_html", "sanitize_text", "parse_html", "fix_char_refs"]

_DEFAULTS = Options()
#: Key of ``Article.extra`` that says why the page was read as HTML or as a text dump.
KIND_REASON = "input_kind_reason"


def decode_bytes(data: bytes, encoding: str | None = None, max_bytes: int = _DEFAULTS.max_bytes) -> tuple[str, str]:
    """Decode a page's bytes; returns ``(text, codec used)``. See :mod:`newsclean.charset`."""
    d = decode_page(data, encoding, max_bytes)
    return d.text, d.encoding


# ---------------------------------------------------------------------------
# str hygiene and sniffing
# ---------------------------------------------------------------------------

# Characters XML (hence lxml) refuses: C0 controls but tab/LF/CR, lone
# surrogates, U+FFFE/U+FFFF. VT and FF become line breaks; the rest go.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
_EACH_BAD_BYTE = tuple(bytes((b,)) for b in _BAD_BYTES)
#: ... and vertical tab and form feed, which a str page has replaced (see _sanitized).
_EACH_BAD_OR_BREAK = (b"\x0b", b"\x0c") + _EACH_BAD_BYTE
_VT_FF = bytes.maketrans(b"\x0b\x0c", b"\n\n")


def _has_bad_bytes(data: bytes) -> bool:
    """True when ``data`` holds a byte of ``_BAD_BYTES``: one ``memchr`` per byte value, several
    times cheaper than a ``translate`` of the page (pages hardly ever hold one)."""
    return any(b in data for b in _EACH_BAD_BYTE)


def sanitize_text(text: str) -> str:
    """Remove NULs, C0 controls, lone surrogates and non-characters (they carry no text).

    Vertical tab and form feed become newlines. Fast when there is nothing to do.
    """
    return _sanitized(text)[0]


def _sanitized(text: str) -> tuple[str, bytes | None]:
    """``sanitize_text`` plus the UTF-8 bytes of the result when they came for free."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return _BAD_CHARS.sub("", _breaks(text)), None
    # (vertical tab and form feed are looked for in the bytes with the other controls: a search
    # of the str reads twice as many bytes when the text holds a character past U+00FF)
    if any(b in data for b in _EACH_BAD_OR_BREAK):
        text = _breaks(text)
        data = text.encode("utf-8")
        if _has_bad_bytes(data):
            return _BAD_CHARS.sub("", text), None
    # U+FFFE/U+FFFF looked for in the text: a str search is several times faster than a bytes one
    if "\ufffe" not in text and "\uffff" not in text:
        return text, data
    return _BAD_CHARS.sub("", text), None


def _breaks(text: str) -> str:
    """Vertical tab and form feed as line breaks."""
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return text


def _clean_utf8(data: bytes, text: str | None = None) -> bytes:
    """The same hygiene as :func:`sanitize_text`, on valid UTF-8 bytes (C speed).

    ``text``, the same page decoded, makes the check for U+FFFE/U+FFFF cheaper.
    """
    if _has_bad_bytes(data):
        data = data.translate(_VT_FF, _BAD_BYTES)
    if ("\ufffe" in text or "\uffff" in text) if text is not None else b"\xef\xbf" in data:
        data = data.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    return data


#: HTML element names a page may open with (after comments or whitespace): the
#: document and its usual first children, and what tag managers, SVG sprites,
#: hidden inputs and wrapper elements put before <html>. A custom element
#: (a name with a hyphen) counts too.
HTML_ELEMENTS = frozenset((
    # document
    "html head body title meta link base style script noscript template "
    # sections and blocks
    "div p br hr span a table tr td th thead tbody tfoot caption ul ol li dl dt dd h1 h2 h3 h4 h5 h6 "
    "article section header footer nav main aside figure figcaption blockquote pre address center "
    "font b i u s em strong small big sub sup img picture source "
    # embedded content and forms (often before <html>)
    "iframe svg math object embed video audio canvas form input button select option textarea label "
    "fieldset legend"
).split())
#: What only an HTML *document* holds: <html>, <head> or <body> opening a line
#: (HTTP headers or a stray line may come first), or </html> ending the page. A
#: text dump may name these tags inside its sentences.
_DOC_MARK = re.compile(r"^[ \t]*(?:<(?:html|body|head)(?=[\s>])|<!doctype\s+html)", re.I | re.M)
_DOC_END = re.compile(r"</html\s*>\s*$", re.I)
#: Blank character references an old page may open with before its first tag (`&nbsp;<table>`).
_BLANK_REFS = r"&(?:nbsp|#0*160|#[xX]0*[aA]0);"
_FIRST_TAG = re.compile(r"(?:[\s\ufeff]|" + _BLANK_REFS + r")*<(!--|\?xml|!doctype|[A-Za-z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){0,4}"
                        r"(?=[\s/>]))", re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|br|span|a|table|tr|td|meta|title|script|style|link|h[1-6]|ul|ol|li|"
    r"article|section|header|footer|nav|main|img|form|strong|em|b|i|font|center|noscript|iframe|svg|input)"
    r"\b[^<>]{0,500}>", re.I)
#: How much of a page sniffing reads: the head, and the tail (where </html> is).
SNIFF_HEAD = 65536
SNIFF_TAIL = 4096


def _opening(text: str) -> str | None:
    """The tag a page opens with, when it is HTML's (``"!doctype"``, ``"noscript"`` ...)."""
    m = _FIRST_TAG.match(text, 0, 4096)
    if m is None:
        return None
    name = m.group(1).lower()
    if name in ("!--", "?xml", "!doctype") or name in HTML_ELEMENTS or "-" in name:
        return name
    return None


def _markup_evidence(text: str) -> str | None:
    """Why the page reads as HTML wherever it starts, or None."""
    head = text[:SNIFF_HEAD]
    m = _DOC_MARK.search(head)
    if m is not None:
        return f"a line opens with {m.group(0).strip().lower()}"
    if _DOC_END.search(text[-SNIFF_TAIL:]):
        return "it ends with </html>"
    tags = _HTML_TAG.findall(head)
    if len(tags) < 3:
        return None
    # Markup on most lines; a text dump may quote a few tags (a snippet, an ad's <a><img>).
    lines = [line for line in head.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _HTML_TAG.search(line))
    if tagged * 2 >= len(lines):
        return f"markup on {tagged} of its {len(lines)} lines"
    return None


def sniff_kind(text: str, hint: str | None = None) -> tuple[str, str]:
    """``("html" or "text", why)`` for a page given as a string (reads its head and tail).

    HTML when the page opens with an HTML tag (``<!doctype>``, a comment,
    ``<noscript>``, ``<svg>``, ``<input>``, a custom element ...), holds
    ``<html>``/``<body>``, several ``<p>`` paragraphs, or markup on most lines.
    ``hint`` is the caller's context ("html" for a ``.html`` file, a
    ``text/html`` record or an ``html`` field; "text" for a ``.txt`` file): an
    HTML hint wins unless the page holds no markup at all; a text hint wins
    unless the page is plainly an HTML document.
    """
    opening = _opening(text)
    if hint == "html":
        if opening is not None or _HTML_TAG.search(text, 0, SNIFF_HEAD):
            return "html", "the caller's context says HTML"
        return "text", "the caller's context says HTML, but the page holds no markup: read as a text dump"
    if hint == "text":
        m = _DOC_MARK.search(text, 0, SNIFF_HEAD)
        if m is not None:
            return "html", (f"the caller's context says text, but the page is an HTML document "
                            f"({m.group(0).strip().lower()})")
        return "text", "the caller's context says text"
    if opening is not None:
        return "html", "sniffed: it opens with " + ("a comment" if opening == "!--" else f"<{opening}>")
    why = _markup_evidence(text)
    if why is not None:
        return "html", f"sniffed: {why}"
    return "text", "sniffed: no HTML document markup, tags on few lines"


def sniff_is_html(text: str) -> bool:
    """True when a string is HTML rather than a plain-text dump (see :func:`sniff_kind`)."""
    return sniff_kind(text)[0] == "html"


def parse_html(html: str | bytes, options: Options, notes: list[str] | None = None) -> Any:
    """Parse HTML into an lxml root element, never losing deep content.

    ``notes`` (optional) receives what had to be cut or flattened.
    """
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return _parse_bytes(_clean_utf8(data), options, notes if notes is not None else [])


# ---------------------------------------------------------------------------
# text dumps
# ---------------------------------------------------------------------------

_BLANK_RUN = re.compile(r"\n{101,}")  # one repeated character: linear, no backtracking stack


def _bound_lines(text: str, options: Options, notes: list[str]) -> str:
    """Cut a dump's lines to max_block_chars and its length to max_nodes lines.

    Runs of over 100 empty lines count as 100, so a flood of them cannot push
    the text past the line limit.
    """
    limit = options.max_block_chars
    if text.count("\n") > options.max_nodes:
        text = _BLANK_RUN.sub("\n" * 100, text.replace("\r\n", "\n"))
    if text.count("\n") > options.max_nodes:
        pos = -1
        for _ in range(options.max_nodes):
            pos = text.find("\n", pos + 1)
        text = text[:pos]
        notes.append(f"text dump has over max_nodes={options.max_nodes} lines: the rest was not read")
    if len(text) > limit and any(len(line) > limit for line in text.split("\n")):
        text = "\n".join(line[:limit] for line in text.split("\n"))
        notes.append(f"lines over max_block_chars={limit} were cut")
    return text


# ---------------------------------------------------------------------------
# trees given by the caller
# ---------------------------------------------------------------------------

def _is_lxml(page: Any) -> bool:
    return isinstance(page, (etree._Element, etree._ElementTree))


def _is_soup(page: Any) -> bool:
    try:
        from bs4 import Tag
    except ImportError:  # pragma: no cover - bs4 is a core dependency
        return False
    return isinstance(page, Tag)  # BeautifulSoup is a Tag too


_DEEP_PROBE = etree.XPath("/" + "/".join(["*"] * FAST_DEPTH) + "[1]")


def _from_lxml(page: Any, options: Options, notes: list[str]) -> Any:
    """A private HTML tree from a caller's lxml tree (which is never changed)."""
    root = page.getroot() if isinstance(page, etree._ElementTree) else page
    if root is None or not isinstance(root.tag, str):
        raise InputError("empty", "lxml tree has no root element")
    deep = bool(_DEEP_PROBE(root))  # a chain of FAST_DEPTH elements: cheap to find, must be flattened
    if not deep and isinstance(root, lxml.html.HtmlElement) and root.tag.lower() in ("html", "body"):
        root = copy.deepcopy(root)
        root.tail = None
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        if root.tag.lower() == "body":
            html = lxml.html.Element("html")
            html.append(root)
            root = html
        _bound_tree(root, options, notes)
        return root
    # An XML element, a fragment, a namespaced (XHTML) or a too deep tree:
    # serialise and re-read as HTML, which gives plain tag names, HtmlElement
    # methods and the flattening of deep nesting.
    try:
        data = etree.tostring(root, encoding="utf-8", method="html", with_tail=False)
    except (ValueError, etree.LxmlError) as e:
        raise InputError("unparsable", f"lxml tree cannot be serialised: {e}") from None
    return _parse_bytes(_clean_utf8(data), options, notes)


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def load(page: Any, url: str | None, options: Options, encoding: str | None = None) -> Document:
    """Turn any accepted page into a Document (HTML tree or text dump).

    Raises :class:`~newsclean.InputError` (codes: ``bad_type``, ``too_large``,
    ``empty``, ``binary``, ``undecodable``, ``unparsable``).
    """
    if url is not None and not isinstance(url, str):
        raise InputError("bad_type", f"url must be a str or None, not {type(url).__name__}"
                                     + (" (decode the bytes first)" if isinstance(url, (bytes, bytearray)) else ""))
    kind = options.input_kind
    hint = kind[5:] if kind.startswith("hint:") else None
    if hint is not None:
        kind = "auto"
    why = f"given: input_kind={kind!r}"
    notes: list[str] = []
    tree = None
    text: str | None = None
    utf8: bytes | None = None  # the page as UTF-8, when already at hand
    if isinstance(page, (bytes, bytearray, memoryview)):
        dec = decode_page(bytes(page), encoding, options.max_bytes)
        notes.extend(dec.notes)
        text = dec.text
        utf8 = dec.utf8
    elif isinstance(page, str):
        if len(page) > options.max_bytes:
            raise InputError("too_large", f"page is {len(page)} characters, over max_bytes={options.max_bytes}")
        text = page[1:] if page[:1] == "\ufeff" else page
    elif _is_lxml(page):
        if kind == "text":
            text = "\n".join(t for t in (page.getroot() if isinstance(page, etree._ElementTree) else page).itertext())
        else:
            tree = _from_lxml(page, options, notes)
            kind, why = "html", "given: an lxml tree"
    elif _is_soup(page):
        try:
            text = page.get_text("\n") if kind == "text" else str(page)
        except RecursionError:
            raise InputError("unparsable", "BeautifulSoup object is nested too deeply to serialise") from None
        if kind == "auto":
            kind, why = "html", "given: a BeautifulSoup object"
        if len(text) > options.max_bytes:
            raise InputError("too_large", f"page is {len(text)} characters, over max_bytes={options.max_bytes}")
    else:
        raise InputError("bad_type", f"cannot clean a {type(page).__name__}; give bytes, str, "
                                     "a BeautifulSoup object or an lxml element")
    if tree is None:
        assert text is not None
        if utf8 is not None and kind == "auto":
            # Valid UTF-8 bytes: sniff the head, then parse the bytes themselves.
            kind, why = sniff_kind(text, hint)
        if kind == "html" and utf8 is not None:
            tree = _parse_bytes(_clean_utf8(utf8, text), options, notes)
        else:
            text, data = _sanitized(text)
            if not text.strip():
                raise InputError("empty", "page is empty or only whitespace")
            if kind == "auto":
                kind, why = sniff_kind(text, hint)
            if kind == "html":
                tree = _parse_bytes(data if data is not None else text.encode("utf-8"), options, notes)
    lang_hint = options.language
    if tree is not None:
        lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        lang_hint = lang_hint or (lang.strip()[:20] if lang and lang.strip() else None)
        doc = Document(input_kind="html", url=url, tree=tree, lang_hint=lang_hint, options=options)
    else:
        assert text is not None
        text = _bound_lines(text, options, notes)
        doc = Document(input_kind="text", url=url, text=text, lang_hint=lang_hint, options=options)
    doc.extra[KIND_REASON] = why
    for n in notes:
        doc.note(n)
    return doc
