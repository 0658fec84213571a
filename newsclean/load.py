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
import threading
from functools import lru_cache
from typing import Any

import lxml.etree as etree
import lxml.html

from .charset import decode_page
from .document import Document
from .errors import InputError
from .options import Options

__all__ = ["load", "decode_bytes", "sniff_kind", "sniff_is_html", "sanitize_text", "parse_html", "fix_char_refs"]

_DEFAULTS = Options()
#: Key of ``Article.extra`` that says why the page was read as HTML or as a text dump.
KIND_REASON = "input_kind_reason"
#: Nesting libxml2's HTML parser accepts in its normal mode; a deeper page is flattened.
FAST_DEPTH = 256
#: Pages larger than this (bytes) get their long attribute values cut after
#: parsing (the search costs a fifth of a parse); a smaller page only when a
#: run of its bytes could hold one (see _may_hold_long_attr). Long text nodes
#: are found on the raw bytes.
BOUND_ATTRS_FROM = 1024 * 1024


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
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return _BAD_CHARS.sub("", text), None
    # U+FFFE/U+FFFF looked for in the text: a str search is several times faster than a bytes one
    if not _has_bad_bytes(data) and "\ufffe" not in text and "\uffff" not in text:
        return text, data
    return _BAD_CHARS.sub("", text), None


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
_FIRST_TAG = re.compile(r"[\s\ufeff]*<(!--|\?xml|!doctype|[A-Za-z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){0,4}"
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


# ---------------------------------------------------------------------------
# HTML parsing with bounds
# ---------------------------------------------------------------------------

def _parser(huge: bool = False) -> etree.HTMLParser:
    # The input is always UTF-8 bytes, so a page's own <meta charset> cannot
    # re-decode it. The HTML parser never expands entities, and no_network
    # forbids any fetch. Without huge_tree libxml2 stops at 256 levels of
    # nesting and 10 MB text nodes; we parse that way first (a free depth
    # check) and only go huge when a limit is hit.
    # The element classes are lxml.html's (drop_tree, text_content ... work), chosen
    # by a fixed lookup in C rather than lxml.html's per-element Python callback.
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge,
        collect_ids=False, default_doctype=False)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


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


# Numeric character references. libxml2 turns NUL, surrogates and code points
# past U+10FFFF into U+FFFD, but passes C0 controls and U+FFFE/U+FFFF through,
# and lxml then refuses any string holding them ("All strings must be XML
# compatible") when a tree is changed. The digits are one greedy run followed by
# an optional ";", so the search never backtracks.
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_REF_BREAKS = frozenset((0x0B, 0x0C))  # vertical tab and form feed, like the raw characters


def _fix_char_ref(m: re.Match[bytes]) -> bytes:
    hexa, dec = m.group(1), m.group(2)
    digits = (hexa or dec).lstrip(b"0")
    if len(digits) > 8:
        return b"&#xFFFD;"  # far out of range
    cp = int(digits or b"0", 16 if hexa else 10)
    if cp == 0 or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return b"&#xFFFD;"  # what a browser shows
    if cp in _REF_BREAKS:
        return b"\n"
    if (cp < 0x20 and cp not in (9, 10, 13)) or cp in (0xFFFE, 0xFFFF):
        return b""  # carries no text (as the raw characters, see sanitize_text)
    return m.group(0)


# References that may name no XML character: a superset of those _fix_char_ref
# rewrites, matched in C. Decimal: 0-31 (NUL and the C0 controls), 55xxx-57xxx
# (surrogates), 65534/65535, seven digits or more. Hexadecimal: 0-1F, Dxxx,
# FFFE/FFFF, six digits or more.
# A page without one (nearly every page: &#39; &#8217; ...) is left as it is
# without a Python call per reference.
_SUSPECT_REF = re.compile(
    rb"&#(?:0*(?:[12]?[0-9]|3[01]|5[5-7][0-9]{3}|6553[45]|[0-9]{7,})(?![0-9])"
    rb"|[xX]0*(?:1?[0-9a-fA-F]|[dD][0-9a-fA-F]{3}|[fF]{3}[eEfF]|[0-9a-fA-F]{6,})(?![0-9a-fA-F]))")


def fix_char_refs(data: bytes) -> bytes:
    """Rewrite character references that name no XML character (``&#0;``, ``&#xD800;``, ``&#1114112;``, C0 controls).

    NUL, surrogates and code points out of range become U+FFFD (as browsers
    show them), vertical tab and form feed a line break, other C0 controls and
    U+FFFE/U+FFFF nothing. Valid references are left as they are. Linear.
    """
    if _SUSPECT_REF.search(data) is None:  # (as fast as a search for "&#" alone)
        return data
    return _CHAR_REF.sub(_fix_char_ref, data)


def _end_open_comment(data: bytes, notes: list[str]) -> bytes:
    """End a comment left open to the end of the page at its first ``>``.

    The parser (like a browser) reads everything after an unclosed ``<!--`` as
    comment, so a stray opener would hide the rest of the page. When markup
    follows it, the comment is ended at the next ``>`` (as early browsers
    did) and the rest is read; the note says so.
    """
    close = data.rfind(b"-->")
    start = data.find(b"<!--", close + 3 if close >= 0 else 0)
    if start < 0:
        return data
    gt = data.find(b">", start + 4)
    if gt < 0 or not data[gt + 1:].strip():
        return data  # only text follows: a comment, as the parser reads it
    before = data[:start].lower()
    for raw in (b"script", b"style", b"textarea"):
        if before.rfind(b"<" + raw) > before.rfind(b"</" + raw):
            return data  # "<!--" inside a script's text is no comment
    notes.append(f"a comment opened at byte {start} is never closed: it was ended at the next '>' "
                 f"and the {len(data) - gt - 1} bytes after it were read")
    return data[:gt] + b"-->" + data[gt + 1:]


def _opening_tags(data: bytes, start: int = 0, end: int | None = None) -> int:
    """Roughly the elements markup makes: every ``<`` but those of closing tags."""
    return data.count(b"<", start, end) - data.count(b"</", start, end)


def _cut_tags(data: bytes, max_tags: int) -> tuple[bytes, bool]:
    """Cut the markup after its ``max_tags``-th opening tag (linear, C-speed counting)."""
    if len(data) <= max_tags or data.count(b"<") <= max_tags:  # "<" bounds the opening tags
        return data, False
    if _opening_tags(data) <= max_tags:
        return data, False
    seen = 0
    step = 1 << 20
    for start in range(0, len(data), step):
        n = _opening_tags(data, start, start + step)
        if seen + n > max_tags:
            pos = start
            while True:
                pos = data.find(b"<", pos) + 1
                if pos == 0:
                    return data, False  # pragma: no cover - the counts said otherwise
                if data[pos:pos + 1] != b"/":
                    seen += 1
                    if seen > max_tags:
                        return data[:pos - 1], True
        seen += n
    return data, False  # pragma: no cover - the counts said otherwise


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


def _limit_hit(parser: lxml.html.HTMLParser) -> str | None:
    """"depth" or "size" when libxml2 stopped at one of its limits (a fatal, last error)."""
    last = parser.error_log.last_error
    if last is None:
        return None
    msg = str(last.message).lower()
    if "excessive depth" in msg:
        return "depth"
    if last.type_name == "ERR_RESOURCE_LIMIT" or "limit exceeded" in msg or "huge" in msg:
        return "size"
    return None


_PARSERS = threading.local()


def _thread_parser(huge: bool) -> etree.HTMLParser:
    """This thread's parser of the kind (made once: a parser per page cost a tenth of a parse).

    A parser is used by one parse at a time, and its error log, read by
    :func:`_limit_hit` right after the parse, is emptied when the next one starts.
    """
    parsers = getattr(_PARSERS, "parsers", None)
    if parsers is None:
        parsers = _PARSERS.parsers = {}
    parser = parsers.get(huge)
    if parser is None:
        parser = parsers[huge] = _parser(huge)
    return parser


def _fromstring(data: bytes, huge: bool) -> tuple[Any, str | None]:
    parser = _thread_parser(huge)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except etree.ParserError:  # "Document is empty": comments only, processing instructions only ...
        root = lxml.html.document_fromstring(b"<html><body></body></html>", parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as e:
        raise InputError("unparsable", f"page cannot be parsed as HTML: {e}") from None
    return root, _limit_hit(parser)


# libxml2 checks each attribute of a tag against all earlier ones: a tag with
# tens of thousands of attributes takes quadratic time. Such a tag is a long
# run without ">", or (with ">" inside its quoted values) a page with very
# many "=" - and below 16 x max_attributes of them the cost stays small.
# One attribute; a value without quotes is never empty, so every tag has a single
# reading and a failed match backtracks in linear time.
_ATTR = rb"""\s+[^\s=<>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?"""
_RUN_SUSPECT = 32768


@lru_cache(maxsize=8)
def _many_attrs(limit: int) -> re.Pattern[bytes]:
    return re.compile(rb"<[A-Za-z][^\s<>/]{0,60}(?:" + _ATTR + rb"){%d}" % limit)


_MORE_ATTRS = re.compile(rb"(?:" + _ATTR + rb")*")


def _runs_without(data: bytes, char: bytes, length: int) -> list[tuple[int, int]]:
    """Spans of ``data`` that may be runs of ``length`` bytes or more free of ``char``.

    Looks at windows of ``length // 2``: every such run covers one whole, and
    on a normal page each ``find`` stops after a few bytes.
    """
    w = max(1, length // 2)
    spans: list[tuple[int, int]] = []
    end = -1
    for start in range(0, len(data) - w + 1, w):
        if start < end or data.find(char, start, start + w) >= 0:
            continue
        left = data.rfind(char, 0, start) + 1
        right = data.find(char, start + w)
        end = len(data) if right < 0 else right
        if end - left >= length:
            spans.append((left, end))
    return spans


def _may_hold_long_attr(data: bytes, limit: int) -> bool:
    """Whether an attribute value over ``limit`` bytes can be in the page.

    A quoted value is a run free of its quote whose opening quote follows
    ``=``; an unquoted one is the end of a tag opened in a run free of ``>``
    (not a script's). A few ``find`` calls
    per ``limit // 2`` bytes tell (linear). Plugins run patterns over
    attribute values (an author ``<meta>`` of 100 KB of ``(``), so they are
    bounded on pages of any size, not only on big ones.
    """
    if len(data) <= limit:
        return False
    for q in (b'"', b"'"):
        for left, _ in _runs_without(data, q, limit):
            if left > 0 and data[max(0, left - 40):left - 1].rstrip().endswith(b"="):
                return True
    # unquoted: a tag opened inside a run without ">" and running on for limit bytes
    for left, end in _runs_without(data, b">", limit):
        tag = _TAG_OPEN.search(data, left, end)
        if tag is None or end - tag.start() < limit:
            continue  # text, or a script's code, with no tag in it
        before = data.rfind(b"<", max(0, left - 2000), left)
        if before >= 0 and data[before + 1:before + 7].lower().startswith((b"script", b"style")):
            continue
        return True
    return False


_TAG_OPEN = re.compile(rb"<[A-Za-z]")


def _cap_attributes(data: bytes, limit: int) -> tuple[bytes, int]:
    """Drop the attributes past ``limit`` of any tag that has more.

    Only long runs without ``>`` are searched (or the whole page when it has
    over ``16 * limit`` signs ``=``), so a normal page costs one count.
    """
    regions: list[tuple[int, int]] = []
    if data.count(b"=") > 16 * limit:
        regions.append((0, len(data)))
    else:
        for s, e in _runs_without(data, b">", _RUN_SUSPECT):
            regions.append((s, e))
    if not regions:
        return data, 0
    pattern = _many_attrs(limit)
    out: list[bytes] = []
    pos = 0
    tags = 0
    for start, end in regions:
        search_from = max(start, pos)
        while True:
            m = pattern.search(data, search_from, end + 1)
            if m is None:
                break
            rest = _MORE_ATTRS.match(data, m.end())
            stop = rest.end() if rest else m.end()
            out.append(data[pos:m.end()])
            pos = search_from = stop
            tags += 1
    if not tags:
        return data, 0
    out.append(data[pos:])
    return b"".join(out), tags


def _parse_bytes(data: bytes, options: Options, notes: list[str]) -> Any:
    data = _end_open_comment(fix_char_refs(_strip_doctype_subset(data)), notes)
    data, capped = _cap_attributes(data, options.max_attributes)
    if capped:
        notes.append(f"{capped} tag(s) with over max_attributes={options.max_attributes} attributes were cut")
    whole = data
    limit = 4 * options.max_nodes
    data, cut = _cut_tags(whole, limit)
    root, hit = _fromstring(data, huge=False)
    if hit == "size":  # a text node or attribute over 10 MB
        root, hit = _fromstring(data, huge=True)
    if hit == "depth":
        # Flattening drops most tags of deep markup, so flatten what lies
        # within 4 x the tag limit (bounded work), then apply the limit.
        depth = max(8, min(options.max_depth, FAST_DEPTH - 16))
        window, cut_window = _cut_tags(whole, 4 * limit)
        data, cut = _cut_tags(_flatten_depth(window, depth), limit)
        cut = cut or cut_window
        root, hit = _fromstring(data, huge=True)
        notes.append(f"page nests elements over {FAST_DEPTH} deep: tags past depth {depth} "
                     "were dropped, their text kept")
        if hit == "depth":
            root, hit = _fromstring(_strip_all_tags(data), huge=True)
            notes.append("page markup is too deeply nested to keep: read as text with paragraph breaks")
    if hit == "size":
        notes.append("page exceeds the HTML parser's limits: markup past that point was not read")
    if cut:
        notes.append(f"page has over {limit} tags (4 x max_nodes): markup past that was not read")
    _noscript_text(root, notes)
    long_text = any(not data[a:a + 7].lower().startswith((b"script", b"style", b"!--"))
                    for a, _ in _runs_without(data, b"<", options.max_block_chars))
    long_attrs = len(data) > BOUND_ATTRS_FROM or _may_hold_long_attr(data, options.max_attr_chars)
    if long_text or long_attrs:
        _bound_tree(root, options, notes, text=long_text, attrs=long_attrs)
    return root


#: Text (non-space characters) inside <noscript> from which it matters: below
#: this it is a "please enable JavaScript" line or a tracking pixel's fallback.
NOSCRIPT_TEXT = 100


def _chars_in(el: Any) -> int:
    return len("".join(el.text_content().split()))


def _noscript_text(root: Any, notes: list[str]) -> None:
    """Read the page's text from ``<noscript>`` when that is where it is.

    Pages rendered by JavaScript may put the whole article in a ``<noscript>``
    fallback, whose text is never read otherwise. When the noscript elements
    hold more text than the rest of the page, they become ``<div>``s; when
    they hold much text but less than the rest, a note says it was not read.
    """
    boxes = [el for el in root.iter("noscript") if el.getparent() is not None]
    if not boxes:
        return
    inside = sum(_chars_in(el) for el in boxes)
    if inside < NOSCRIPT_TEXT:
        return
    raw = sum(len("".join((el.text or "").split())) for el in root.iter("script", "style", "template"))
    outside = max(0, _chars_in(root) - inside - raw)
    if inside > outside:
        for el in boxes:
            if el.text_content().strip():
                el.tag = "div"
        notes.append(f"the page's text is inside <noscript> ({inside} characters, {outside} elsewhere): "
                     "read as content")
    else:
        notes.append(f"{inside} characters of text inside <noscript> were not read (the page shows "
                     f"{outside} elsewhere)")


# Script and style text is never read as text (and JSON-LD must stay whole).
_LONG_TEXT = etree.XPath("//text()[string-length(.) > $n][not(parent::script or parent::style)]")
_LONG_ATTR = etree.XPath("//@*[string-length(.) > $n]")


def _bound_tree(root: Any, options: Options, notes: list[str], *, text: bool = True, attrs: bool = True) -> None:
    """Cut text nodes longer than max_block_chars and attributes longer than max_attr_chars."""
    limit = options.max_block_chars
    cut_text = 0
    for s in (_LONG_TEXT(root, n=limit) if text else ()):
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
    for s in (_LONG_ATTR(root, n=alimit) if attrs else ()):
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
