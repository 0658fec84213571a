"""HTML bytes -> a bounded lxml tree: the tree-building half of :mod:`newsclean.load`.

The input is UTF-8 bytes already cleaned of characters XML refuses (see
``load``). Before parsing: an internal DTD subset is cut, character references
that name no XML character are rewritten, a comment left open to the end is
ended, tags with over ``max_attributes`` attributes are cut and markup past
``4 * max_nodes`` tags is cut. Parsing: libxml2's HTML parser, entities never
expanded, nothing fetched; a page nested past its depth limit is flattened
(text kept). After: a ``<noscript>`` that holds the page's text is read, and
long text nodes and attribute values are cut (``max_block_chars``,
``max_attr_chars``). Every cut is noted.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

import lxml.etree as etree
import lxml.html

from .errors import InputError
from .options import Options

__all__ = ["fix_char_refs", "FAST_DEPTH", "BOUND_ATTRS_FROM"]

#: Nesting libxml2's HTML parser accepts in its normal mode; a deeper page is flattened.
FAST_DEPTH = 256
#: A big page (bytes). Pages of any size get their long attribute values cut after
#: parsing only when a run of their bytes could hold one (see _may_hold_long_attr):
#: on a page this big that search costs a fifth to a half of the walk over every
#: attribute it saves (big pages were walked without it before). Long text nodes
#: are found on the raw bytes.
BOUND_ATTRS_FROM = 1024 * 1024



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
    if not _has_suspect_ref(data):
        return data
    return _CHAR_REF.sub(_fix_char_ref, data)


#: How many hops :func:`_has_suspect_ref` makes one by one before it lets C search the rest.
AMP_LOOKS = 2048


def _has_suspect_ref(data: bytes) -> bool:
    """True when ``_SUSPECT_REF`` matches somewhere in ``data`` (every match starts with "&#").

    Hops between "&" and "#" (``memchr``): from an "&" not followed by "#" to the next "#",
    then to the first "&" at or after the byte before it, so the loop makes about as many
    hops as the rarer of the two characters has (most pages hold a few hundred "&" in links
    and fewer "#", or the other way round); the pattern is tried only where "#" follows
    "&". A search of the page for "&#" or by the pattern reads every byte, several times
    the hops' cost. After ``AMP_LOOKS`` hops the rest is searched at C speed, so the Python
    loop stays bounded.
    """
    find = data.find
    pos = find(b"&")
    last = len(data) - 1
    match = _SUSPECT_REF.match
    for _ in range(AMP_LOOKS):
        if pos < 0:
            return False
        if pos < last and data[pos + 1] == 35:  # 35: "#"
            if match(data, pos) is not None:
                return True
            pos = find(b"&", pos + 2)
        else:  # the next "&#" has its "#" at the next "#" or later
            hsh = find(b"#", pos + 1)
            if hsh < 0:
                return False
            pos = find(b"&", hsh - 1)
    if pos < 0:
        return False
    first = find(b"&#", pos)
    return first >= 0 and _SUSPECT_REF.search(data, first) is not None


#: How many "!" :func:`_last_comment_opener` looks at one by one before it lets C search the rest.
BANG_LOOKS = 256


def _last_comment_opener(data: bytes) -> int:
    """``data.rfind(b"<!--")``, by backward ``memchr`` hops from "!" to "!".

    A search for the four bytes tests nearly every byte from the end back to the last
    opener (their first and last bytes pass its quick test too often in markup); "!" is rare
    (text's exclamations, scripts' negations), so a few hops reach it. After ``BANG_LOOKS``
    hops the rest is searched at C speed, so the Python loop stays bounded.
    """
    rfind = data.rfind
    pos = len(data)
    for _ in range(BANG_LOOKS):
        pos = rfind(b"!", 0, pos)
        if pos < 1:
            return -1
        if data[pos - 1] == 60 and data[pos + 1:pos + 3] == b"--":  # 60: "<"
            return pos - 1
    return rfind(b"<!--", 0, pos + 2)  # (openers whose "!" lies before pos)


def _end_open_comment(data: bytes, notes: list[str]) -> bytes:
    """End a comment left open to the end of the page at its first ``>``.

    The parser (like a browser) reads everything after an unclosed ``<!--`` as
    comment, so a stray opener would hide the rest of the page. When markup
    follows it, the comment is ended at the next ``>`` (as early browsers
    did) and the rest is read; the note says so.
    """
    last = _last_comment_opener(data)
    if last < 0 or data.find(b"-->", last + 2) >= 0:
        # no opener, or the last one is closed (then so is every earlier one: one backward
        # search instead of two scans on a page whose last comment sits early or nowhere)
        return data
    close = data.rfind(b"-->", 0, last + 2)
    start = data.find(b"<!--", close + 3 if close >= 0 else 0)
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
    if not _more_than(data, b"<", max_tags):
        return data, False  # ("<" bounds the opening tags)
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
    """The maximal runs of ``data`` free of ``char`` that are ``length`` bytes or longer, as
    ``(start, end)`` spans (``char`` at ``start - 1`` or the page's start, at ``end`` or its end).

    Hops from run start to run start: the last ``char`` of the next ``length`` bytes
    (``memrchr``) is where the next run may start, so each two hops cover ``length``
    bytes or more (linear; on a normal page each search stops after a few bytes).
    """
    size = max(1, length)
    n = len(data)
    spans: list[tuple[int, int]] = []
    rfind = data.rfind
    start = 0  # where a run may start: the page's start, or just after a char
    while start + size <= n:
        last = rfind(char, start, start + size)
        if last >= 0:
            start = last + 1
            continue
        right = data.find(char, start + size)
        end = n if right < 0 else right
        spans.append((start, end))
        start = end + 1
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
            if left > 0 and data[max(0, left - 40):left - 1].rstrip().endswith(b"=") \
                    and not _in_raw_text(data, left - 1):
                return True
    # unquoted: a tag opened inside a run without ">" and running on for limit bytes
    for left, end in _runs_without(data, b">", limit):
        # (a tag opened later than end - limit runs on for less than limit bytes)
        tag = _first_tag_open(data, left, min(end - limit, end - 2))
        if tag < 0:
            continue  # text, or a script's code, with no tag in it
        before = data.rfind(b"<", max(0, left - 2000), left)
        if before >= 0 and data[before + 1:before + 7].lower().startswith((b"script", b"style")):
            continue
        if _in_raw_text(data, tag):
            continue  # "<a" inside a script's code
        return True
    return False


_TAG_OPEN = re.compile(rb"<[A-Za-z]")
#: "<" looked at one by one (``memchr`` hops) before :func:`_first_tag_open` lets the pattern search the rest.
TAG_LOOKS = 64


def _first_tag_open(data: bytes, start: int, last: int) -> int:
    """Where the first tag opens ("<" and an ASCII letter, ``_TAG_OPEN``) at ``start`` ..
    ``last`` (``last + 1`` < ``len(data)``), or -1.

    A long run without ">" (script code, inline data, text) mostly holds no "<" at all:
    ``find`` (``memchr``) tells that without reading each byte in Python or in the pattern;
    after ``TAG_LOOKS`` "<" that open nothing ("a < b"), the pattern searches the rest (linear).
    """
    if last < start:
        return -1
    find = data.find
    pos = find(b"<", start, last + 1)
    for _ in range(TAG_LOOKS):
        if pos < 0:
            return -1
        if 97 <= data[pos + 1] | 32 <= 122:  # (A-Z and a-z, and no other byte)
            return pos
        pos = find(b"<", pos + 1, last + 1)
    if pos < 0:
        return -1
    m = _TAG_OPEN.search(data, pos, last + 2)
    return m.start() if m is not None else -1
#: Elements whose text the parser reads raw (no tags, no attributes in it).
_RAW_OPENERS = (b"<script", b"<style", b"<SCRIPT", b"<STYLE")
_TAG_NAME_END = frozenset(b" \t\n\r\f/>")


def _last_raw_opener(data: bytes, pos: int, window: int = 1_000_000) -> int:
    """Where the last ``<script``/``<style`` opener (either case) starts in the ``window`` bytes
    before ``pos``, or -1. Each later search only looks after the best one so far: an opener
    that is absent no longer costs a backward search of the whole window."""
    start = -1
    floor = max(0, pos - window)
    for raw in _RAW_OPENERS:
        found = data.rfind(raw, max(floor, start + 1), pos)
        if found > start:
            start = found
    return start


def _in_raw_text(data: bytes, pos: int) -> bool:
    """True when byte ``pos`` is surely inside the text of a ``<script>`` or ``<style>``
    (``var x = "...``, a ``url('data:...')`` of a style sheet): no attribute value there.

    Conservative: the opener before ``pos`` must be closed by a ``>`` outside quotes, with
    no ``</`` at all between it and ``pos`` (the parser may end raw text there); in any
    doubt the answer is False and the page is searched for long values as before.
    """
    start = _last_raw_opener(data, pos)
    if start < 0:
        return False
    name_end = start + (7 if data[start + 1:start + 2] in (b"s", b"S") and data[start + 2:start + 3] in (b"c", b"C")
                        else 6)
    if name_end >= len(data) or data[name_end] not in _TAG_NAME_END:
        return False  # <scripts>, <style-box>: another element
    gt = data.find(b">", name_end, pos)
    if gt < 0 or data.count(b'"', start, gt) % 2 or data.count(b"'", start, gt) % 2:
        return False  # pos may be in the opener's own attributes
    return data.find(b"</", gt, pos) < 0


def _more_than(data: bytes, char: bytes, n: int) -> bool:
    """``data.count(char) > n`` for a one-byte ``char``, at a fraction of its cost.

    ``bytes.count`` tests every byte in turn; ``replace`` hops from one ``char`` to
    the next with ``memchr`` and stops after ``n + 1`` of them (its copy is cheap
    beside the count: about a sixth of its instructions on a news page).
    """
    return len(data) > n and len(data) - len(data.replace(char, b"", n + 1)) > n


#: How many "<" :func:`_first_match` tries one by one before it lets the pattern search the rest.
LT_LOOKS = 64


def _first_match(pattern: re.Pattern[bytes], data: bytes, pos: int, endpos: int) -> re.Match[bytes] | None:
    """``pattern.search(data, pos, endpos)`` for a pattern whose matches start with "<".

    The runs searched (long runs without ">": script code, inline data) mostly hold no "<" or
    a few: ``find`` (``memchr``) reaches each and the pattern is tried there, where a search
    would test every byte of the run. After ``LT_LOOKS`` "<" the pattern searches the rest.
    """
    find = data.find
    for _ in range(LT_LOOKS):
        lt = find(b"<", pos, endpos)
        if lt < 0:
            return None
        m = pattern.match(data, lt, endpos)
        if m is not None:
            return m
        pos = lt + 1
    return pattern.search(data, pos, endpos)


def _cap_attributes(data: bytes, limit: int) -> tuple[bytes, int]:
    """Drop the attributes past ``limit`` of any tag that has more.

    Only long runs without ``>`` are searched (or the whole page when it has
    over ``16 * limit`` signs ``=``), so a normal page costs one count.
    """
    regions: list[tuple[int, int]] = []
    if _more_than(data, b"=", 16 * limit):
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
            m = _first_match(pattern, data, search_from, end + 1)
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
    long_attrs = _may_hold_long_attr(data, options.max_attr_chars)
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

