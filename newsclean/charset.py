"""Bytes -> str: find the charset a page is really in, even when it lies.

Order of evidence (first that fits wins):

1. a byte-order mark;
2. UTF-16/UTF-32 without a BOM, recognised by their zero bytes;
3. strictly valid UTF-8 with non-ASCII bytes: UTF-8, whatever the page or the
   HTTP header declares (legacy text is almost never valid UTF-8, while
   servers and templates often declare a charset the bytes are not in);
4. the caller's ``encoding`` (an HTTP header), then the page's own
   ``<meta charset>`` / ``http-equiv`` / XML declaration, each only if the
   bytes decode under it with next to no errors *and* the text looks like
   text in it (a Latin-1 label over GBK bytes does not);
5. UTF-8 with a few broken sequences (a page cut mid-character);
6. statistical detection (charset-normalizer), then a check of the CJK
   double-byte charsets, then Windows-1252 for nearly-ASCII bytes.

Only a fixed set of web charsets is ever used: a declaration naming UTF-7,
HZ, EBCDIC, ``rot13`` or anything unknown is ignored (UTF-7 can smuggle
markup past a filter). GBK and GB2312 are read as GB18030, Big5 as
Big5-HKSCS, Shift_JIS as CP932, EUC-KR as CP949, Latin-1 and ASCII as
Windows-1252, as browsers do.
"""
from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import InputError

__all__ = ["Decoded", "decode_page", "codec_for", "declared_charset"]

# ---------------------------------------------------------------------------
# which charsets, under which names
# ---------------------------------------------------------------------------

#: Web labels Python does not know, or that browsers read as a wider charset.
_LABELS = {
    "x-gbk": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "gb_2312": "gb18030",
    "gb_2312-80": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030", "cp936": "gb18030",
    "ms936": "gb18030", "windows-936": "gb18030", "euc-cn": "gb18030", "x-euc-cn": "gb18030",
    "iso-ir-58": "gb18030", "csiso58gb231280": "gb18030",
    "big5": "big5hkscs", "cn-big5": "big5hkscs", "x-x-big5": "big5hkscs", "csbig5": "big5hkscs",
    "big5-hkscs": "big5hkscs", "cp950": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "csshiftjis": "cp932", "windows-31j": "cp932", "ms932": "cp932",
    "x-euc-jp": "euc_jp", "cseucpkdfmtjapanese": "euc_jp", "csiso2022jp": "iso2022_jp",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601-1989": "cp949", "ksc5601": "cp949",
    "ksc_5601": "cp949", "korean": "cp949", "iso-ir-149": "cp949", "windows-949": "cp949",
    "cseuckr": "cp949", "csksc56011987": "cp949",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "iso88591": "cp1252",
    "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252", "cp819": "cp1252", "ibm819": "cp1252", "iso-ir-100": "cp1252",
    "csisolatin1": "cp1252", "x-cp1252": "cp1252", "iso_8859-1:1987": "cp1252",
    "iso-8859-9": "cp1254", "iso8859-9": "cp1254", "latin5": "cp1254", "l5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "windows-874": "cp874", "dos-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic", "x-mac-roman": "mac-roman",
    "iso-8859-8-i": "iso8859-8", "csiso88598i": "iso8859-8",
    "unicode-1-1-utf-8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8", "utf8": "utf-8",
}
#: Python's canonical names that browsers widen.
_CANON_WIDER = {
    "gbk": "gb18030", "gb2312": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs",
    "shift_jis": "cp932", "euc_kr": "cp949", "iso8859-1": "cp1252", "ascii": "cp1252",
    "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874",
}
_MULTIBYTE = frozenset(("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949"))
#: Single-byte charsets of Latin script: text in them has few non-ASCII letters, mostly alone.
_LATIN = frozenset((
    "cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "mac-roman", "iso8859-2", "iso8859-3",
    "iso8859-4", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16"))
_OTHER_SINGLE = frozenset((
    "cp1251", "cp1253", "cp1255", "cp1256", "cp874", "cp866", "koi8-r", "koi8-u", "mac-cyrillic",
    "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8"))
_UNICODE = frozenset(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"))
#: The only charsets a page is ever decoded with.
SAFE = frozenset(("utf-8", "iso2022_jp")) | _MULTIBYTE | _LATIN | _OTHER_SINGLE

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of formats that are certainly not a page.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"), (b"PK\x05\x06", "a ZIP archive"),
    (b"\x7fELF", "an executable"), (b"MZ\x90\x00", "an executable"), (b"\xca\xfe\xba\xbe", "an executable"),
    (b"\xcf\xfa\xed\xfe", "an executable"), (b"\x00asm", "a WebAssembly module"),
    (b"RIFF", "a RIFF media file"), (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"),
    (b"fLaC", "a FLAC file"), (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"\xd0\xcf\x11\xe0", "an Office document"), (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"wOFF", "a web font"), (b"wOF2", "a web font"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
)
_MP4 = re.compile(rb"\A....ftyp", re.S)
#: Control bytes that text (in any ASCII-compatible charset) practically never holds.
_CTRL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_HIGH_BYTES = bytes(range(128, 256))
_ASCII_BYTES = bytes(range(128))

_HEAD = 32768  # bytes scanned for a declaration
_META_CHARSET = re.compile(rb"""<meta\b[^<>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s{0,100}<\?xml[^<>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)


def codec_for(label: str | bytes | None, *, unicode_ok: bool = False) -> str | None:
    """The Python codec a page labelled ``label`` is decoded with, or None.

    None for unknown labels and for every charset outside :data:`SAFE`
    (UTF-7, HZ, EBCDIC, ``rot13`` ...). UTF-16/32 only when ``unicode_ok``
    (an outside declaration: a page that was readable as ASCII to find its
    own ``<meta>`` cannot be UTF-16, which is why browsers ignore that).
    """
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    name = label.strip().strip("\"'").lower()
    name = _LABELS.get(name, name)
    try:
        canon = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    canon = _CANON_WIDER.get(canon, canon)
    if canon in SAFE or (unicode_ok and canon in _UNICODE):
        return canon
    return None


def declared_charset(data: bytes) -> tuple[str | None, str | None]:
    """``(label, codec)`` of the page's own declaration in its first bytes."""
    head = data[:_HEAD]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None, None
    label = m.group(1).decode("ascii", "ignore")
    if label.lower().startswith(("utf-16", "utf-32", "ucs-2", "ucs2", "unicode")):
        return label, "utf-8"  # as browsers do: the bytes were ASCII-readable
    return label, codec_for(label)


# ---------------------------------------------------------------------------
# result
# ---------------------------------------------------------------------------

@dataclass
class Decoded:
    """A decoded page: its text, the codec used and what was noticed on the way."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    #: The bytes, when they are exactly ``text`` in UTF-8 (saves encoding it again).
    utf8: bytes | None = None


# ---------------------------------------------------------------------------
# checks on the raw bytes
# ---------------------------------------------------------------------------

def _gunzip(data: bytes, limit: int) -> bytes:
    """Every gzip member of ``data``, decompressed, never more than ``limit`` bytes.

    A stream that stops before its end-of-stream marker (a truncated file or
    download) is refused as ``binary``, like gzip that does not decompress:
    never an "empty page" nor a silently partial article.
    """
    out = bytearray()
    rest = data
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += d.decompress(rest, limit + 1 - len(out))
        except zlib.error as e:
            raise InputError("binary", f"page is gzip data that cannot be decompressed ({e})") from None
        if len(out) > limit or d.unconsumed_tail:
            raise InputError("too_large", f"page is over max_bytes={limit} once decompressed")
        if not d.eof:
            raise InputError("binary", f"page is gzip data cut short: the stream ends before its end "
                                       f"(a truncated file or download; {len(out)} bytes decompressed)")
        rest = d.unused_data
        if rest[:2] != b"\x1f\x8b":  # another member follows (concatenated gzip), else done
            return bytes(out)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return what
    if _MP4.match(data[:12]):
        return "an MP4 video"
    sample = data[:8192]
    ctrl = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    if ctrl > 8 and ctrl / len(sample) > 0.05:
        return "binary data"
    return None


def _zero_share(sample: bytes, start: int, step: int) -> float:
    part = sample[start::step]
    return part.count(0) / len(part) if part else 0.0


def _sniff_wide_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told by where the zero bytes sit."""
    s = data[:4096]
    if b"\x00" not in s:
        return None
    n4 = len(s) - len(s) % 4
    if n4 >= 16:
        z = [_zero_share(s[:n4], i, 4) for i in range(4)]
        if z[2] > 0.9 and z[3] > 0.9 and z[0] < 0.5:
            return "utf-32-le"
        if z[0] > 0.9 and z[1] > 0.9 and z[3] < 0.5:
            return "utf-32-be"
    n2 = len(s) - len(s) % 2
    if n2 >= 8:
        even, odd = _zero_share(s[:n2], 0, 2), _zero_share(s[:n2], 1, 2)
        if odd > 0.15 and even < 0.02:
            return "utf-16-le"
        if even > 0.15 and odd < 0.02:
            return "utf-16-be"
    return None


_TEXT_CTRL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _decoded_is_text(text: str) -> bool:
    """Few control characters and next to no undecodable units (random bytes have many)."""
    sample = text[:65536]
    if len(_TEXT_CTRL.findall(sample, 0, 4096)) > max(8, min(len(sample), 4096) // 20):
        return False
    return sample.count("\ufffd") <= len(sample) // 500 + 2


# ---------------------------------------------------------------------------
# plausibility of a decoding
# ---------------------------------------------------------------------------

def _rows(codec: str, leads: range, trails: range) -> set[str]:
    out: set[str] = set()
    for a in leads:
        for b in trails:
            try:
                out.add(bytes((a, b)).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


@lru_cache(maxsize=None)
def _common_chars(codec: str) -> frozenset[str]:
    """Symbols and the most frequent level of ideographs / syllables of a CJK charset.

    Real text in the charset uses these for nearly all its non-ASCII
    characters; bytes of another charset (or noise) read with it do not.
    """
    full = range(0xA1, 0xFF)
    if codec == "gb18030":  # GB2312 symbols and level-1 hanzi
        s = _rows("gb2312", range(0xA1, 0xAA), full) | _rows("gb2312", range(0xB0, 0xD8), full)
    elif codec == "big5hkscs":  # Big5 symbols and frequent hanzi (A440-C67E)
        trails = list(range(0x40, 0x7F)) + list(full)
        s = _rows("big5", range(0xA1, 0xC7), trails)  # type: ignore[arg-type]
    elif codec in ("cp932", "euc_jp"):  # JIS X 0208 symbols, kana and level-1 kanji
        s = _rows("euc_jp", range(0xA1, 0xA6), full) | _rows("euc_jp", range(0xB0, 0xD0), full)
        s |= {chr(c) for c in range(0xFF61, 0xFFA0)}  # half-width kana
    elif codec == "cp949":  # KS X 1001 symbols, jamo and Hangul syllables
        s = _rows("euc_kr", range(0xA1, 0xAD), full) | _rows("euc_kr", range(0xB0, 0xC9), full)
    else:
        s = set()
    s |= set("\u3000\u00b7\u2014\u2026\u201c\u201d\u2018\u2019\uff0c\u3002\u00a0\u00a9\u00ae")
    return frozenset(s)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")


def _plausible(text: str, codec: str) -> bool:
    """Does ``text`` (decoded with ``codec``) look like real text in it?"""
    sample = text[:200_000]
    if codec in _MULTIBYTE:
        chars = _NON_ASCII.findall(sample, 0, 200_000)[:4000]
        if len(chars) < 12:
            return True
        common = _common_chars(codec)
        share = sum(1 for c in chars if c in common) / len(chars)
        return share >= 0.6
    if codec in _LATIN:
        chars = len(_NON_ASCII.findall(sample))
        if chars < 12:
            return True
        in_runs = sum(len(r) for r in _NON_ASCII_RUN.findall(sample))
        return in_runs / chars < 0.5
    return True


# ---------------------------------------------------------------------------
# decoding with a tolerance for a few broken bytes
# ---------------------------------------------------------------------------

def _decode(data: bytes, codec: str) -> tuple[str, int]:
    """Text and the number of undecodable places (a cut last character is not one)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError as e:
        if len(data) - e.start <= 3:  # cut mid-character at the end
            try:
                return data[:e.start].decode(codec), 0
            except UnicodeDecodeError:
                pass
    text = data.decode(codec, "replace")
    return text, text.count("\ufffd")


def _non_ascii_chars(data: bytes, text: str, errors: int) -> int:
    """Valid non-ASCII characters of ``text`` (each ASCII byte is one ASCII char)."""
    ascii_bytes = len(data.translate(None, _HIGH_BYTES))
    return max(0, len(text) - ascii_bytes - errors)


def _fits(data: bytes, codec: str, declared: bool) -> tuple[str, int] | None:
    """Text of ``data`` in ``codec`` when it decodes with next to no errors and looks right."""
    text, errors = _decode(data, codec)
    if errors:
        valid = _non_ascii_chars(data, text, errors)
        if codec == "utf-8":  # broken UTF-8 still has far more valid sequences than errors
            ok = valid >= (3 if declared else 10) * errors
        elif codec in _MULTIBYTE:  # a declared double-byte page may have a few broken pairs
            ok = errors <= valid // 100 + (2 if declared else 0)
        else:
            ok = errors <= valid // 100
        if not ok:
            return None
    if not _plausible(text, codec):
        return None
    return text, errors


# ---------------------------------------------------------------------------
# detection
# ---------------------------------------------------------------------------

def _sample(data: bytes, size: int = 200_000) -> bytes:
    """A window of ``data`` around its first non-ASCII byte, cut at ASCII boundaries."""
    m = re.search(rb"[\x80-\xff]", data)
    start = 0 if m is None else max(0, m.start() - 2048)
    if start:
        nl = data.find(b"<", start)
        start = nl if 0 <= nl < start + 4096 else start
    end = min(len(data), start + size)
    if end < len(data):
        cut = data.rfind(b"<", start, end)
        end = cut if cut > start else end
    return data[start:end]


def _charset_normalizer(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a core dependency
        return None
    try:
        best = from_bytes(sample).best()
    except Exception:  # noqa: BLE001 - a detector bug must not break the page
        return None
    return codec_for(best.encoding) if best is not None else None


def _detect(data: bytes, notes: list[str]) -> tuple[str, str]:
    """Statistical detection; the CJK double-byte check overrules a single-byte guess."""
    sample = _sample(data)
    enc = _charset_normalizer(sample)
    if enc in _MULTIBYTE:
        got = _fits(data, enc, declared=False)
        if got is not None:
            return got[0], enc
    # The detector refuses a page with even one broken double-byte sequence and
    # then guesses some single-byte charset: read the CJK charsets directly and
    # keep the one that reads best, if any reads like real text.
    best: tuple[float, str] | None = None
    for codec in ("gb18030", "big5hkscs", "cp932", "cp949", "euc_jp"):
        text, errors = _decode(sample, codec)
        valid = _non_ascii_chars(sample, text, errors)
        if valid < 12 or errors > valid // 100 + 2 or not _plausible(text, codec):
            continue
        score = errors / valid
        if best is None or score < best[0]:
            best = (score, codec)
    if best is not None:
        codec = best[1]
        text, errors = _decode(data, codec)
        if errors:
            notes.append(f"charset: {errors} broken {codec} sequence(s) replaced by U+FFFD")
        return text, codec
    if enc is not None and (enc not in _LATIN or _fits(data, enc, declared=False) is not None):
        return data.decode(enc, "replace"), enc
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high <= max(16, len(data) // 20):
        # Nearly ASCII: a few stray bytes do not make the page unreadable.
        text, errors = _decode(data, "utf-8")
        if _non_ascii_chars(data, text, errors) >= errors:
            return text, "utf-8"
        return data.decode("cp1252", "replace"), "cp1252"
    if enc is not None:
        return data.decode(enc, "replace"), enc
    raise InputError("undecodable", "page bytes read as text in no known charset")


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

def decode_page(data: bytes, encoding: str | None = None, max_bytes: int = 64 * 1024 * 1024) -> Decoded:
    """Decode a page's bytes (see the module docstring for the order of evidence).

    Raises :class:`~newsclean.InputError` with code ``too_large``, ``empty``,
    ``binary`` or ``undecodable``.
    """
    if len(data) > max_bytes:
        raise InputError("too_large", f"page is {len(data)} bytes, over max_bytes={max_bytes}")
    notes: list[str] = []
    for _ in range(2):  # gzip, possibly twice (a page stored compressed, served compressed)
        if data[:2] == b"\x1f\x8b":
            data = _gunzip(data, max_bytes)
            notes.append("page was gzip-compressed")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, "replace")
            if not _decoded_is_text(text):
                raise InputError("binary", f"page starts with a {enc} byte-order mark but is binary data")
            return Decoded(text, enc, notes)
    if not data or data.isspace():
        raise InputError("empty", "page is empty or only whitespace")
    caller = codec_for(encoding, unicode_ok=True) if encoding else None
    if encoding and caller is None:
        notes.append(f"charset: ignored the given encoding {encoding!r} (unknown or unsafe)")
    wide = _sniff_wide_unicode(data)
    if wide is None and caller in _UNICODE and not _is_utf8(data):
        wide = caller  # a header's UTF-16/32 is believed unless the bytes are UTF-8
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            text = ""
        if text and _decoded_is_text(text):
            return Decoded(text, wide, notes)
    what = _looks_binary(data)
    if what:
        raise InputError("binary", f"page is {what}, not HTML or text")
    label, declared = declared_charset(data)
    if label and declared is None:
        notes.append(f"charset: ignored the page's declaration {label!r} (unknown or unsafe)")

    # Valid UTF-8 is UTF-8, whatever is declared.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if data.isascii():
            for enc in (caller, declared):
                if enc == "iso2022_jp" and b"\x1b" in data:
                    got = _fits(data, enc, declared=True)
                    if got is not None:
                        return Decoded(got[0], enc, notes)
            return Decoded(text, "ascii", notes, data)
        for enc, who in ((caller, "given encoding"), (declared, "page's declaration")):
            if enc and enc != "utf-8":
                notes.append(f"charset: the {who} says {enc} but the bytes are UTF-8; read as UTF-8")
                break
        return Decoded(text, "utf-8", notes, data)

    for enc, who in ((caller, "given encoding"), (declared, "page's declaration")):
        if not enc:
            continue
        got = _fits(data, enc, declared=True)
        if got is not None:
            if got[1]:
                notes.append(f"charset: {got[1]} broken {enc} sequence(s) replaced by U+FFFD")
            return Decoded(got[0], enc, notes)
        notes.append(f"charset: the {who} says {enc} but the bytes do not read as {enc}")
    got = _fits(data, "utf-8", declared=False)
    if got is not None:
        if got[1]:
            notes.append(f"charset: {got[1]} broken UTF-8 sequence(s) replaced by U+FFFD")
        return Decoded(got[0], "utf-8", notes)
    text, enc = _detect(data, notes)
    if (caller or declared) and enc not in (caller, declared):
        notes.append(f"charset: detected {enc}")
    return Decoded(text, enc, notes)
