"""Input -> Document: decoding, HTML-or-text sniffing, bounded parsing.

Accepted pages: ``bytes`` in any charset, ``str`` (HTML or a text dump), a
BeautifulSoup object, an lxml element or element tree. Everything that cannot
be read ends in :class:`~newsclean.errors.InputError`; no parser exception
leaks out. Work is bounded before anything costly runs: size is checked
first, nesting deeper than the parser allows is flattened (its text kept),
and entities are never expanded or fetched.
"""
from __future__ import annotations

import codecs
import copy
import re
import zlib
from typing import Any

import lxml.etree as etree
import lxml.html

from .document import Document
from .errors import InputError
from .options import Options

__all__ = ["load", "decode_bytes", "sniff_is_html", "sanitize_text"]

# ---------------------------------------------------------------------------
# bytes -> str
# ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of formats that are certainly not a page.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"wOFF", "a web font"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)
# Charsets that are subsets of a wider one: read with the wider one.
_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252",
    "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "big5": "big5hkscs",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "utf8": "utf-8", "unicode": "utf-8",
}


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    name = name.strip().lower()
    name = _WIDER.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec(m.group(1)) if m else None


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    # Control bytes other than tab/newline/CR/FF/ESC are rare in text in any 8-bit
    # or multibyte charset (UTF-16/32 are handled before this check).
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if ctrl / len(sample) > 0.05:
        return "binary data"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _gunzip(data: bytes, limit: int) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as e:
        raise InputError("unparsable", f"gzip data is corrupt: {e}") from None
    if len(out) > limit:
        raise InputError("too_large", f"page is larger than max_bytes={limit} once decompressed")
    return out


def decode_bytes(data: bytes, encoding: str | None = None, max_bytes: int = Options.max_bytes) -> tuple[str, str]:
    """Decode a page's bytes; returns ``(text, encoding used)``.

    Order: BOM, a caller's ``encoding`` (e.g. from an HTTP header), the page's
    own ``<meta>``/XML declaration, UTF-8, then statistical detection. A
    declaration that does not decode cleanly is not trusted. GBK and GB2312
    are read as GB18030, Latin-1 as Windows-1252 (as browsers do).
    """
    if len(data) > max_bytes:
        raise InputError("too_large", f"page is {len(data)} bytes, over max_bytes={max_bytes}")
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, max_bytes)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    if not data.strip():
        raise InputError("empty", "page is empty")
    u16 = _utf16_without_bom(data)
    if u16:
        return data.decode(u16, "replace"), u16
    what = _looks_binary(data)
    if what:
        raise InputError("binary", f"page is {what}, not HTML or text")
    candidates = [_codec(encoding), _declared(data), "utf-8"]
    seen: set[str] = set()
    for enc in candidates:
        if not enc or enc in seen:
            continue
        seen.add(enc)
        if enc in ("cp1252",) and _is_utf8(data):
            continue  # a Latin-1 declaration on a UTF-8 page: the bytes win
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return _detect(data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b > 127 for b in data[:65536])


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    enc = _codec(best.encoding) if best is not None else None
    if enc is None:
        text = data.decode("utf-8", "replace")
        if text.count("\ufffd") > max(16, len(text) // 10):
            raise InputError("undecodable", "page bytes match no known text encoding")
        return text, "utf-8"
    return data.decode(enc, "replace"), enc


# ---------------------------------------------------------------------------
# str hygiene and sniffing
# ---------------------------------------------------------------------------

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_HTML_TAG = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|a\s|table|meta|title|script|style|h[1-6]|ul|li|article|section|img|td|tr)\b",
    re.I)


def sanitize_text(text: str) -> str:
    """Remove NULs, C0 controls and lone surrogates (lxml refuses them; they carry no text)."""
    return _BAD_CHARS.sub("", text)


def sniff_is_html(text: str) -> bool:
    """True when a string is HTML rather than a plain-text dump."""
    head = text[:65536]
    stripped = head.lstrip()
    if stripped[:1] == "<" and _HTML_TAG.match(stripped):
        return True
    tags = len(_HTML_TAG.findall(head))
    lines = head.count("\n") + 1
    return tags >= 3 and tags * 4 >= lines / 10


# ---------------------------------------------------------------------------
# HTML parsing with bounds
# ---------------------------------------------------------------------------

_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.I | re.S)
_XML_PROLOG = re.compile(r"\A\s*<\?xml[^>]*\?>")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _flatten_depth(html: str, max_depth: int) -> str:
    """Drop the tags (not the text) of elements nested deeper than ``max_depth``.

    A linear scan: the parser gives up on very deep nesting and silently loses
    the content below it, so the excess nesting goes instead.
    """
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        out.append(html[pos:m.start()])
        pos = m.end()
        if name in _VOID or m.group(3).rstrip().endswith("/"):
            out.append(m.group(0))
            continue
        if closing:
            depth = max(0, depth - 1)
            if depth >= max_depth:
                out.append(" ")
                continue
        else:
            depth += 1
            if depth > max_depth:
                out.append(" ")
                continue
        out.append(m.group(0))
    out.append(html[pos:])
    return "".join(out)


def _parser() -> lxml.html.HTMLParser:
    # huge_tree lifts libxml2's 10 MB text-node limit; entities are never
    # expanded by the HTML parser and no_network forbids any fetch.
    return lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True,
        collect_ids=False, default_doctype=False)


def parse_html(html: str, options: Options) -> Any:
    """Parse HTML into an lxml root element, never losing deep content."""
    html = _XML_PROLOG.sub("", html, count=1)
    if "<!" in html[:4096]:
        html = _DOCTYPE_SUBSET.sub("", html[:1_000_000], count=1) + html[1_000_000:]
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError("unparsable", f"page cannot be parsed as HTML: {e}") from None
    if any("depth" in str(err.message).lower() for err in parser.error_log):
        try:
            root = lxml.html.document_fromstring(_flatten_depth(html, options.max_depth), parser=_parser())
        except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
            raise InputError("unparsable", f"page cannot be parsed as HTML: {e}") from None
    return root


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def load(page: Any, url: str | None, options: Options, encoding: str | None = None) -> Document:
    """Turn any accepted page into a Document (HTML tree or text dump)."""
    kind = options.input_kind
    tree = None
    if isinstance(page, (bytes, bytearray, memoryview)):
        text, _ = decode_bytes(bytes(page), encoding, options.max_bytes)
    elif isinstance(page, str):
        if len(page) > options.max_bytes:
            raise InputError("too_large", f"page is {len(page)} characters, over max_bytes={options.max_bytes}")
        text = page
    elif _is_lxml(page):
        tree = _from_lxml(page)
        text = None
        kind = "html"
    elif _is_soup(page):
        text = str(page)
        kind = "html" if kind == "auto" else kind
    else:
        raise InputError("bad_type", f"cannot clean a {type(page).__name__}; give bytes, str, "
                                     "a BeautifulSoup object or an lxml element")
    if text is not None:
        text = sanitize_text(text)
        if not text.strip():
            raise InputError("empty", "page is empty or only whitespace")
        if kind == "auto":
            kind = "html" if sniff_is_html(text) else "text"
    lang_hint = options.language
    if kind == "html":
        if tree is None:
            tree = parse_html(text or "", options)
        lang_hint = lang_hint or (tree.get("lang") or tree.get("xml:lang") or None)
        return Document(input_kind="html", url=url, tree=tree, lang_hint=lang_hint, options=options)
    return Document(input_kind="text", url=url, text=text, lang_hint=lang_hint, options=options)


def _is_lxml(page: Any) -> bool:
    return isinstance(page, (etree._Element, etree._ElementTree))


def _is_soup(page: Any) -> bool:
    try:
        from bs4 import BeautifulSoup, Tag
    except ImportError:  # pragma: no cover - bs4 is a core dependency
        return False
    return isinstance(page, (BeautifulSoup, Tag))


def _from_lxml(page: Any) -> Any:
    """A private copy of a caller's lxml tree (cleaning must not change theirs)."""
    root = page.getroot() if isinstance(page, etree._ElementTree) else page
    if root is None:
        raise InputError("empty", "lxml tree has no root element")
    root = copy.deepcopy(root)
    # An XML (non-HTML) element works too; its tags may be namespaced: keep local names.
    return root

