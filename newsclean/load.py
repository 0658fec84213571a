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
cut before parsing; nesting deeper than the parser allows is flattened to
``max_depth`` with its text kept (libxml2 silently stops at 2048 levels);
text nodes and text-dump lines are cut to ``max_block_chars``, attribute
values to ``max_attr_chars``; entities are never expanded and nothing is
ever fetched.
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

__all__ = ["load", "decode_bytes", "sniff_is_html", "sanitize_text", "parse_html"]

_DEFAULTS = Options()
#: Nesting libxml2's HTML parser accepts (with huge_tree); beyond it, it drops the rest.
PARSER_DEPTH = 2048
#: Pages larger than this (bytes) get their long text nodes and attributes cut
#: after parsing; a smaller page cannot hold a node big enough to matter, and
#: the check costs about as much as a tenth of a parse.
BOUND_TREE_FROM = 256 * 1024


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
_VT_FF = bytes.maketrans(b"\x0b\x0c", b"\n\n")


def sanitize_text(text: str) -> str:
    """Remove NULs, C0 controls, lone surrogates and non-characters (they carry no text).

    Vertical tab and form feed become newlines. Fast when there is nothing to do.
    """
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return _BAD_CHARS.sub("", text)
    if len(data.translate(None, _BAD_BYTES)) == len(data) and b"\xef\xbf\xbe" not in data and b"\xef\xbf\xbf" not in data:
        return text
    return _BAD_CHARS.sub("", text)


def _clean_utf8(data: bytes) -> bytes:
    """The same hygiene as :func:`sanitize_text`, on valid UTF-8 bytes (C speed)."""
    cleaned = data.translate(_VT_FF, _BAD_BYTES)
    if b"\xef\xbf\xbe" in cleaned or b"\xef\xbf\xbf" in cleaned:
        cleaned = cleaned.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    return cleaned


_HTML_START = re.compile(
    r"\s*(?:<!--|<\?xml|<!doctype|<(?:html|head|body|div|p|br|span|a|table|meta|title|script|style|link|"
    r"h[1-6]|ul|ol|li|article|section|header|nav|main|img|form|center|font|base)\b)", re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|br|span|a|table|tr|td|meta|title|script|style|link|h[1-6]|ul|ol|li|"
    r"article|section|header|footer|nav|main|img|form|strong|em|b|i|font|center)\b[^<>]{0,500}>", re.I)


def sniff_is_html(text: str) -> bool:
    """True when a string is HTML rather than a plain-text dump (reads the first 64 KB)."""
    head = text[:65536]
    if _HTML_START.match(head):
        return True
    # Not starting with markup: HTML only when markup is on most lines. A text
    # dump may quote a few tags (a snippet, an ad's <a><img>) on some lines.
    lines = [line for line in head.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _HTML_TAG.search(line))
    return len(_HTML_TAG.findall(head)) >= 3 and tagged * 2 >= len(lines)


# ---------------------------------------------------------------------------
# HTML parsing with bounds
# ---------------------------------------------------------------------------

def _parser() -> lxml.html.HTMLParser:
    # The input is always UTF-8 bytes, so a page's own <meta charset> cannot
    # re-decode it. huge_tree lifts libxml2's 10 MB text-node limit; the HTML
    # parser never expands entities, and no_network forbids any fetch.
    return lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True,
        collect_ids=False, default_doctype=False)


_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^<>\[]{0,1000}\[", re.I)
_SUBSET_END = re.compile(rb"\]\s*>")


def _strip_doctype_subset(data: bytes) -> bytes:
    """Cut an internal DTD subset (``<!DOCTYPE x [ <!ENTITY ...> ]>``): never expanded, never shown."""
    m = _DOCTYPE_SUBSET.search(data, 0, 4096)
    if m is None:
        return data
    end = _SUBSET_END.search(data, m.end(), m.end() + 1_000_000)
    if end is None:
        return data
    return data[:m.start()] + data[end.end():]


def _cut_tags(data: bytes, max_tags: int) -> tuple[bytes, bool]:
    """Cut the markup after its ``max_tags``-th ``<`` (linear, C-speed counting)."""
    if data.count(b"<") <= max_tags:
        return data, False
    seen = 0
    step = 1 << 20
    for start in range(0, len(data), step):
        n = data.count(b"<", start, start + step)
        if seen + n > max_tags:
            pos = start
            for _ in range(max_tags - seen + 1):
                pos = data.find(b"<", pos) + 1
            return data[:pos - 1], True
        seen += n
    return data, False  # pragma: no cover - count() said otherwise


# Flattening: a linear scan that keeps a stack of open elements and drops the
# tags (never the text) of those deeper than the limit. A dropped block tag
# becomes <br> when text came since the last break, so paragraphs stay apart.
_SCAN = re.compile(rb"<!--(?:[\s\S]*?-->|[\s\S]*)|<(/?)([A-Za-z][A-Za-z0-9:_-]{0,60})([^<>]*)>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr keygen".split())
_RAW = frozenset(b"script style textarea title xmp iframe noembed noframes plaintext".split())
_BLOCKISH = frozenset(
    b"address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    b"footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table "
    b"tbody thead tfoot tr td th caption ul legend".split())
# An opening tag that implicitly closes the open element of these names.
_IMPLIED_END = {
    b"li": (b"li",), b"dt": (b"dt", b"dd"), b"dd": (b"dt", b"dd"), b"tr": (b"tr", b"td", b"th"),
    b"td": (b"td", b"th"), b"th": (b"td", b"th"), b"option": (b"option",), b"p": (b"p",),
}
_CLOSES_P = _BLOCKISH - {b"html", b"body"}


def _flatten_depth(html: bytes, max_depth: int) -> bytes:
    """Drop the tags (not the text) of elements nested deeper than ``max_depth``."""
    out: list[bytes] = []
    names: list[bytes] = []  # open elements
    kept: list[bool] = []  # whether each one's tag was kept
    pos = 0
    text_since_break = False
    search = _SCAN.search
    while True:
        m = search(html, pos)
        if m is None:
            break
        start = m.start()
        if start > pos:
            seg = html[pos:start]
            out.append(seg)
            if not text_since_break and seg.strip():
                text_since_break = True
        pos = m.end()
        name = m.group(2)
        if name is None:  # a comment
            out.append(m.group(0))
            continue
        name = name.lower()
        if not m.group(1):  # opening tag
            if name in _VOID or m.group(3).endswith(b"/"):
                out.append(m.group(0))
                continue
            while names and (names[-1] in _IMPLIED_END.get(name, ()) or
                             (names[-1] == b"p" and name in _CLOSES_P)):
                names.pop()
                kept.pop()
            keep = len(names) < max_depth or name in _RAW  # a raw element's text must stay hidden
            names.append(name)
            kept.append(keep)
            if keep:
                out.append(m.group(0))
            elif text_since_break and name in _BLOCKISH:
                out.append(b"<br>")
                text_since_break = False
            if name in _RAW:  # raw text: its content is not markup
                end = re.compile(rb"</" + name + rb"\s*>", re.I).search(html, pos)
                stop = len(html) if end is None else end.start()
                out.append(html[pos:stop])
                pos = stop
            continue
        # a closing tag: close the nearest open element of that name near the top
        k = len(names) - 1
        floor = max(-1, k - 64)
        while k > floor and names[k] != name:
            k -= 1
        if k > floor:
            keep = kept[k]
            del names[k:], kept[k:]
        else:  # a stray closing tag
            keep = len(names) < max_depth
        if keep:
            out.append(m.group(0))
        elif text_since_break and name in _BLOCKISH:
            out.append(b"<br>")
            text_since_break = False
    out.append(html[pos:])
    return b"".join(out)


_STRIP_TAGS = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,60})[^<>]*>")


def _strip_all_tags(html: bytes) -> bytes:
    """Last resort for markup the parser still finds too deep: text and paragraph breaks only."""
    def repl(m: re.Match[bytes]) -> bytes:
        return b"<br>" if m.group(2).lower() in _BLOCKISH else b""
    return b"<html><body>" + _STRIP_TAGS.sub(repl, html) + b"</body></html>"


def _too_deep(parser: lxml.html.HTMLParser) -> bool:
    log = parser.error_log
    last = log.last_error
    if last is not None and "depth" in str(last.message).lower():
        return True
    return any("excessive depth" in str(e.message).lower() for e in log)


def _fromstring(data: bytes) -> tuple[Any, bool]:
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty": comments only, processing instructions only ...
        root = lxml.html.document_fromstring(b"<html><body></body></html>", parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as e:
        raise InputError("unparsable", f"page cannot be parsed as HTML: {e}") from None
    return root, _too_deep(parser)


def _parse_bytes(data: bytes, options: Options, notes: list[str]) -> Any:
    data = _strip_doctype_subset(data)
    data, cut = _cut_tags(data, 4 * options.max_nodes)
    if cut:
        notes.append(f"page has over {4 * options.max_nodes} tags (4 x max_nodes): markup past that was not read")
    root, deep = _fromstring(data)
    if deep:
        depth = max(8, min(options.max_depth, PARSER_DEPTH - 48))
        root, deep = _fromstring(_flatten_depth(data, depth))
        notes.append(f"page nests elements deeper than the parser allows: tags past depth {depth} "
                     "were dropped, their text kept")
        if deep:
            root, _ = _fromstring(_strip_all_tags(data))
            notes.append("page markup is too deeply nested to keep: read as text with paragraph breaks")
    if len(data) > BOUND_TREE_FROM:
        _bound_tree(root, options, notes)
    return root


_LONG_TEXT = etree.XPath("//text()[string-length(.) > $n]")
_LONG_ATTR = etree.XPath("//@*[string-length(.) > $n]")


def _bound_tree(root: Any, options: Options, notes: list[str]) -> None:
    """Cut text nodes longer than max_block_chars and attributes longer than max_attr_chars."""
    limit = options.max_block_chars
    cut_text = 0
    for s in _LONG_TEXT(root, n=limit):
        parent = s.getparent()
        if parent is None:
            continue
        if s.is_tail:
            parent.tail = str(s)[:limit]
        else:
            parent.text = str(s)[:limit]
        cut_text += 1
    alimit = options.max_attr_chars
    cut_attr = 0
    for s in _LONG_ATTR(root, n=alimit):
        parent = s.getparent()
        if parent is not None and s.attrname:
            parent.set(s.attrname, str(s)[:alimit])
            cut_attr += 1
    if cut_text:
        notes.append(f"{cut_text} text node(s) over max_block_chars={limit} were cut")
    if cut_attr:
        notes.append(f"{cut_attr} attribute value(s) over max_attr_chars={alimit} were cut")


def parse_html(html: str | bytes, options: Options, notes: list[str] | None = None) -> Any:
    """Parse HTML into an lxml root element, never losing deep content.

    ``notes`` (optional) receives what had to be cut or flattened.
    """
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return _parse_bytes(_clean_utf8(data), options, notes if notes is not None else [])


# ---------------------------------------------------------------------------
# text dumps
# ---------------------------------------------------------------------------

def _bound_lines(text: str, options: Options, notes: list[str]) -> str:
    """Cut a dump's lines to max_block_chars and its length to max_nodes lines."""
    limit = options.max_block_chars
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


def _from_lxml(page: Any, options: Options, notes: list[str]) -> Any:
    """A private HTML tree from a caller's lxml tree (which is never changed)."""
    root = page.getroot() if isinstance(page, etree._ElementTree) else page
    if root is None or not isinstance(root.tag, str):
        raise InputError("empty", "lxml tree has no root element")
    if isinstance(root, lxml.html.HtmlElement) and root.tag.lower() in ("html", "body"):
        root = copy.deepcopy(root)
        root.tail = None
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        if root.tag.lower() == "body":
            html = lxml.html.Element("html")
            html.append(root)
            root = html
        _bound_tree(root, options, notes)
        return root
    # An XML element, a fragment or a namespaced (XHTML) tree: serialise and
    # re-read as HTML, which also gives plain tag names and HtmlElement methods.
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
    kind = options.input_kind
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
            kind = "html"
    elif _is_soup(page):
        try:
            text = page.get_text("\n") if kind == "text" else str(page)
        except RecursionError:
            raise InputError("unparsable", "BeautifulSoup object is nested too deeply to serialise") from None
        if kind == "auto":
            kind = "html"
        if len(text) > options.max_bytes:
            raise InputError("too_large", f"page is {len(text)} characters, over max_bytes={options.max_bytes}")
    else:
        raise InputError("bad_type", f"cannot clean a {type(page).__name__}; give bytes, str, "
                                     "a BeautifulSoup object or an lxml element")
    if tree is None:
        assert text is not None
        if utf8 is not None and kind != "text":
            # Valid UTF-8 bytes: sniff the head, parse the bytes themselves.
            head = sanitize_text(text[:65536])
            if kind == "auto":
                kind = "html" if sniff_is_html(head) else "text"
        if kind == "html" and utf8 is not None:
            tree = _parse_bytes(_clean_utf8(utf8), options, notes)
        else:
            text = sanitize_text(text)
            if not text.strip():
                raise InputError("empty", "page is empty or only whitespace")
            if kind == "auto":
                kind = "html" if sniff_is_html(text) else "text"
            if kind == "html":
                tree = _parse_bytes(text.encode("utf-8"), options, notes)
    lang_hint = options.language
    if tree is not None:
        lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        lang_hint = lang_hint or (lang.strip()[:20] if lang and lang.strip() else None)
        doc = Document(input_kind="html", url=url, tree=tree, lang_hint=lang_hint, options=options)
    else:
        assert text is not None
        text = _bound_lines(text, options, notes)
        doc = Document(input_kind="text", url=url, text=text, lang_hint=lang_hint, options=options)
    for n in notes:
        doc.note(n)
    return doc
