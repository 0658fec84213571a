"""Batch inputs: JSONL, WARC and folders of pages, gzip read transparently.

:func:`discover` turns the paths a user gives into :class:`InputSpec`\\ s;
:func:`read_input` yields one :class:`~newsclean.batch.records.Task` per
record, in a fixed order, each with the :class:`Start` from which reading can
resume at that record (so a Dask task can read one shard of a file).

What a record is:

* JSONL: every non-blank line (``.jsonl``, ``.ndjson``, ``.json``, gzipped or not).
  The main process does not parse lines; the worker does, so a malformed line
  becomes a ``read`` error record there.
* WARC / WARC.gz (read with ``warcio``): every ``response`` record with HTTP
  headers and every ``resource`` record. Other records (request, metadata,
  warcinfo, revisit, DNS responses) are not pages; they are counted as
  ``skipped`` by type. A response whose content type is not HTML or plain
  text becomes a ``decode`` error record without reaching a worker.
* a folder: every ``.html``, ``.htm``, ``.xhtml`` and ``.txt`` file below it (and
  the same names ending in ``.gz``), sorted by path; the id is the path
  relative to the folder. A single such file may also be given.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import zlib
from collections import Counter
from typing import IO, Any, Iterator, NamedTuple

from ..errors import InputError
from ..options import Options
from .records import Task, dumps_line, error_record

__all__ = ["InputSpec", "Start", "discover", "read_input", "scan_shards", "Shard", "FORMATS", "PAGE_SUFFIXES"]

FORMATS = ("jsonl", "warc", "files")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jl")
_WARC_SUFFIXES = (".warc", ".arc")
_GZIP_MAGIC = b"\x1f\x8b"
#: Largest page held in memory by default (``Options.max_bytes``; a job uses its cleaner's).
DEFAULT_MAX_BYTES = Options().max_bytes
# Content types that are pages; anything else in a WARC is an error record.
# The value is the input kind the loader is told (None: it sniffs).
_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "": None}
#: Input kind of a page file by its suffix (the loader is told, not left to sniff).
_KIND_BY_SUFFIX = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}


class InputSpec(NamedTuple):
    """One input of a job: its path, format, output key and display name."""

    path: str  # absolute
    format: str  # "jsonl", "warc" or "files"
    key: str  # prefix of its output files, unique in the job
    name: str  # the path as the user gave it, used in ids and locators


class Start(NamedTuple):
    """Where reading resumes at one record: its number, byte offset and line number.

    For gzipped JSONL the offset counts uncompressed bytes; for a folder only
    ``ordinal`` matters.
    """

    ordinal: int = 0
    offset: int = 0
    lineno: int = 0


class Shard(NamedTuple):
    """Shard ``number`` of input ``input``: records ``[start.ordinal, start.ordinal + size)``."""

    input: int
    number: int
    start: Start
    size: int


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def _sniff(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
            if head.startswith(_GZIP_MAGIC):
                f.seek(0)
                try:
                    head = gzip.GzipFile(fileobj=f).read(4096)
                except (OSError, EOFError, zlib.error):
                    return None
    except OSError:
        return None
    s = head.lstrip()
    if s.startswith(b"WARC/"):
        return "warc"
    if s.startswith(b"{"):
        return "jsonl"
    if s.startswith(b"<"):
        return "files"
    return None


def format_of(path: str) -> str | None:
    """The input format of a path, by its name, else by its first bytes."""
    if os.path.isdir(path):
        return "files"
    base = _strip_gz(os.path.basename(path).lower())
    if base.endswith(_WARC_SUFFIXES):
        return "warc"
    if base.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if base.endswith(PAGE_SUFFIXES):
        return "files"
    return _sniff(path)


def _key(index: int, path: str) -> str:
    base = os.path.basename(os.path.normpath(path)) or "input"
    base = _strip_gz(base)
    for suffix in _JSONL_SUFFIXES + _WARC_SUFFIXES + PAGE_SUFFIXES:
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
            break
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in base)[:40].strip("._") or "input"
    return f"{index:02d}-{safe}" if index < 100 else f"{index}-{safe}"


def discover(paths: list[str], input_format: str = "auto") -> list[InputSpec]:
    """Check the inputs and decide each one's format.

    Raises :class:`~newsclean.InputError` for a missing path or one whose
    format cannot be told (pass ``input_format`` then).
    """
    if not paths:
        raise InputError("empty", "no input given")
    specs: list[InputSpec] = []
    for i, p in enumerate(paths):
        if not os.path.exists(p):
            if _URL.match(p):
                raise InputError("unreadable", f"{p} is a URL: newsclean does not fetch pages; download the "
                                               "pages (JSONL, WARC or page files) and give their paths")
            raise InputError("unreadable", f"input not found: {p}")
        fmt = input_format if input_format != "auto" else format_of(p)
        if fmt is None:
            raise InputError("unparsable", f"cannot tell the format of {p}; give --format jsonl|warc|files")
        if fmt not in FORMATS:
            raise InputError("bad_type", f"unknown input format {fmt!r}")
        specs.append(InputSpec(os.path.abspath(p), fmt, _key(i, p), p))
    return specs


def read_input(spec: InputSpec, index: int, start: Start | None = None, *, light: bool = False,
               skipped: Counter[str] | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[Task, Start]]:
    """Every record of one input from ``start``, with the position of each.

    ``light`` reads positions only (a Dask driver planning shards): page
    bodies may be left unread and tasks then carry no data. ``skipped``
    collects the WARC records that are not pages, by type. ``max_bytes``
    bounds what is held in memory for one record: a page larger than that
    (once gunzipped), or a JSONL line larger than :func:`line_limit`, is an
    error record (code ``too_large``) read past in bounded blocks.
    """
    start = start or Start()
    skipped = skipped if skipped is not None else Counter()
    if spec.format == "jsonl":
        yield from _read_jsonl(spec, index, start, line_limit(max_bytes))
    elif spec.format == "warc":
        yield from _read_warc(spec, index, start, light, skipped, max_bytes)
    else:
        yield from _read_files(spec, index, start, light, max_bytes)


def line_limit(max_bytes: int) -> int:
    """Longest JSONL line read for pages of up to ``max_bytes`` (JSON escapes can double a page)."""
    return 4 * max_bytes + (1 << 16)


def record_limit(options: dict[str, Any]) -> int:
    """The page size limit of a job (its cleaner's ``max_bytes``, else the default)."""
    value = options.get("max_bytes")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else DEFAULT_MAX_BYTES


def scan_shards(spec: InputSpec, index: int, shard_size: int, skipped: Counter[str] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Shard], int]:
    """Split one input into shards of ``shard_size`` records; returns (shards, records)."""
    starts: list[Start] = []
    n = 0
    for _task, pos in read_input(spec, index, light=True, skipped=skipped, max_bytes=max_bytes):
        if n % shard_size == 0:
            starts.append(pos)
        n += 1
    shards = [Shard(index, k, s, min(shard_size, n - k * shard_size)) for k, s in enumerate(starts)]
    return shards, n


# -- JSONL ------------------------------------------------------------------

def _open_maybe_gzip(path: str) -> IO[bytes]:
    f = open(path, "rb")
    if f.read(2) == _GZIP_MAGIC:
        f.seek(0)
        return gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[return-value]
    f.seek(0)
    return f


def _read_jsonl(spec: InputSpec, index: int, start: Start, limit: int) -> Iterator[tuple[Task, Start]]:
    ordinal, offset, lineno = start
    try:
        f = _open_maybe_gzip(spec.path)
    except OSError as e:
        yield _read_error(index, ordinal, f"{spec.name}:{lineno + 1}", e), Start(ordinal, offset, lineno)
        return
    with f:
        try:
            if offset:
                f.seek(offset)
            while raw := f.readline(limit + 1):
                pos = Start(ordinal, offset, lineno)
                locator = f"{spec.name}:{lineno + 1}"
                if len(raw) > limit and not raw.endswith(b"\n"):  # read past it in blocks, never whole
                    size = len(raw) + _skip_line(f)
                    offset += size
                    lineno += 1
                    e = ValueError(f"line of {size} bytes, over the limit of {limit} (max_bytes)")
                    task = _read_error(index, ordinal, locator, e, "", "LineTooLong", "too_large")
                    yield task, pos
                    ordinal += 1
                    continue
                offset += len(raw)
                lineno += 1
                if not raw.strip():
                    continue
                yield Task((index, ordinal), "jsonl", raw, locator), pos
                ordinal += 1
        except (OSError, EOFError, zlib.error) as e:  # a truncated or corrupt gzip file
            pos = Start(ordinal, offset, lineno)
            yield _read_error(index, ordinal, f"{spec.name}:{lineno + 1}", e,
                              f"input is unreadable after line {lineno}"), pos


def _skip_line(f: IO[bytes]) -> int:
    """Read past the rest of a line in bounded blocks; returns the bytes skipped."""
    skipped = 0
    while block := f.readline(_SCAN_CHUNK):
        skipped += len(block)
        if block.endswith(b"\n"):
            break
    return skipped


def _read_error(index: int, ordinal: int, locator: str, e: BaseException, what: str = "",
                name: str | None = None, code: str | None = None) -> Task:
    said = str(e)
    said = said if len(said) <= 200 else said[:197] + "..."
    msg = f"{what}: {said}" if what else said
    line = dumps_line(error_record(locator, name or type(e).__name__, msg, "read", locator, code=code))
    return Task((index, ordinal), "error", line, locator, stage="read")


def _too_large(key: tuple[int, int], rid: Any, locator: str, url: str | None, max_bytes: int) -> Task:
    line = dumps_line(error_record(rid or locator, "InputError", f"page is over max_bytes={max_bytes}",
                                   "decode", locator, url, "too_large"))
    return Task(key, "error", line, locator, rid, url, stage="decode")


# -- folders ----------------------------------------------------------------

def _page_files(root: str) -> list[str]:
    if os.path.isfile(root):
        return [root]
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in filenames:
            if _strip_gz(fn.lower()).endswith(PAGE_SUFFIXES):
                found.append(os.path.join(dirpath, fn))
    return sorted(found, key=lambda p: os.path.relpath(p, root).replace(os.sep, "/"))


def _read_files(spec: InputSpec, index: int, start: Start, light: bool,
                max_bytes: int) -> Iterator[tuple[Task, Start]]:
    root = spec.path
    single = os.path.isfile(root)
    files = _page_files(root)
    for ordinal in range(start.ordinal, len(files)):
        path = files[ordinal]
        rid = spec.name if single else os.path.relpath(path, root).replace(os.sep, "/")
        locator = spec.name if single else f"{spec.name.rstrip('/')}/{rid}"
        pos = Start(ordinal, 0, 0)
        if light:
            yield Task((index, ordinal), "page", b"", locator, rid), pos
            continue
        kind = _KIND_BY_SUFFIX.get(os.path.splitext(_strip_gz(path.lower()))[1])
        try:
            with open(path, "rb") as f:
                if f.read(2) == _GZIP_MAGIC:  # gunzipped up to the limit, never whole
                    f.seek(0)
                    with gzip.GzipFile(fileobj=f, mode="rb") as g:
                        data = g.read(max_bytes + 1)
                else:
                    f.seek(0)
                    data = f.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield _too_large((index, ordinal), rid, locator, None, max_bytes), pos
                continue
        except (OSError, EOFError, zlib.error) as e:
            line = dumps_line(error_record(rid, type(e).__name__, f"cannot read {locator}: {e}", "read", locator))
            yield Task((index, ordinal), "error", line, locator, rid, stage="read"), pos
            continue
        yield Task((index, ordinal), "page", data, locator, rid, input_kind=kind), pos


# -- WARC -------------------------------------------------------------------

def _content_type(value: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'")
    return parts[0].lower(), charset


class _Corrupt(Exception):
    """warcio met bytes it could not decompress and went on quietly; we do not."""


@contextlib.contextmanager
def _warcio_quiet() -> Iterator[io.StringIO]:
    """Keep what warcio writes to standard error (not to the user's terminal) for us to read.

    Never held across a ``yield`` of the reader, so nothing else is captured.
    """
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        yield buf


def _check_quiet(buf: io.StringIO) -> None:
    """Raise when warcio reported a decompression error (it returns what it has and goes on)."""
    said = buf.getvalue()
    if said and not said.lstrip().startswith("WARNING: Record not followed by newline"):
        raise _Corrupt(said.strip().splitlines()[0][:200])


def _check_whole(rec: Any) -> None:
    """Raise when a record ended before its ``Content-Length`` (a file cut short)."""
    left = getattr(rec.raw_stream, "limit", 0)
    if isinstance(left, int) and left > 0:
        raise _Corrupt(f"the record is cut short: {left} bytes of its Content-Length missing")


def _read_warc(spec: InputSpec, index: int, start: Start, light: bool, skipped: Counter[str],
               max_bytes: int) -> Iterator[tuple[Task, Start]]:
    """WARC records from ``start``; a corrupt part costs one ``read`` error record, and reading
    goes on at the next record found after it (the next gzip member, or the next ``WARC/``
    header of an uncompressed file)."""
    from warcio.archiveiterator import ArchiveIterator

    ordinal = start.ordinal
    pos = start.offset
    with open(spec.path, "rb") as fh:
        gzipped = fh.read(2) == _GZIP_MAGIC
        size = os.fstat(fh.fileno()).st_size
        while True:
            fh.seek(pos)
            it = ArchiveIterator(fh, arc2warc=True)
            at = pos  # where the record being read starts
            try:
                records = iter(it)
                while True:
                    with _warcio_quiet() as said:
                        rec = next(records, None)
                    _check_quiet(said)
                    if rec is None:
                        if _rest_is_blank(fh, at, size):
                            return
                        raise _Corrupt("the records stop before the end of the file")
                    at = it.offset
                    length = (rec.rec_headers.get_header("Content-Length") or "").strip()
                    if rec.format == "warc" and not length.isdigit():  # warcio would read to the end
                        raise _Corrupt(f"invalid Content-Length {length[:40]!r}")
                    rtype = rec.rec_type
                    http = rec.http_headers
                    if rtype == "response" and http is None:
                        what = "response without HTTP headers"
                    elif rtype not in ("response", "resource"):
                        what = rtype or "unknown"
                    else:
                        what = ""
                    if what:
                        with _warcio_quiet() as said:
                            it.read_to_end()
                        _check_quiet(said)
                        _check_whole(rec)
                        skipped[what] += 1
                        at = it.offset
                        continue
                    url = rec.rec_headers.get_header("WARC-Target-URI")
                    rid = rec.rec_headers.get_header("WARC-Record-ID") or None
                    header = http.get_header("Content-Type") if http is not None else \
                        rec.rec_headers.get_header("Content-Type")
                    ctype, charset = _content_type(header)
                    locator = f"{spec.name}@{at}"
                    with _warcio_quiet() as said:
                        task = _warc_task(rec, (index, ordinal), locator, rid, url, ctype, charset, light,
                                          max_bytes)
                        it.read_to_end()
                    _check_quiet(said)
                    _check_whole(rec)
                    yield task, Start(ordinal, at, 0)
                    ordinal += 1
                    at = it.offset
            except Exception as e:  # noqa: BLE001 - warcio and zlib raise several types for a broken file
                nxt = _next_warc_record(fh, at + 1, gzipped)
                what = "WARC is unreadable here" + (f"; reading goes on at byte {nxt}" if nxt is not None
                                                    else " to its end")
                yield _read_error(index, ordinal, f"{spec.name}@{at}", e, what), Start(ordinal, at, 0)
                ordinal += 1
                if nxt is None:
                    return
                pos = nxt


def _rest_is_blank(fh: IO[bytes], offset: int, size: int) -> bool:
    """Whether the file holds nothing but blank lines after ``offset``."""
    if offset >= size:
        return True
    fh.seek(offset)
    while chunk := fh.read(_SCAN_CHUNK):
        if chunk.strip(b"\r\n \t\x00"):
            return False
    return True


#: How far past a corrupt part the next record is looked for, and in what steps.
_SCAN_CHUNK = 1 << 20
_WARC_HEAD = b"WARC/1."
#: An input that names a URL (``https://...``, ``s3://...``) rather than a path.
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_WARC_VERSION_LINE = re.compile(rb"WARC/1\.[0-9]\r?\n")


def _next_warc_record(fh: IO[bytes], offset: int, gzipped: bool) -> int | None:
    """The offset of the first readable record at or after ``offset`` (None: none left).

    Gzipped WARCs hold one record per gzip member: a candidate is a gzip
    header whose member starts with ``WARC/``. Uncompressed WARCs: a line
    starting with ``WARC/1.``.
    """
    magic = _GZIP_MAGIC + b"\x08" if gzipped else _WARC_HEAD
    pos = offset
    while True:
        fh.seek(pos)
        chunk = fh.read(_SCAN_CHUNK + 16)
        if len(chunk) < len(magic):
            return None
        i = chunk.find(magic)
        while i != -1:
            cand = pos + i
            if gzipped:
                if _member_is_warc(fh, cand):
                    return cand
            elif _WARC_VERSION_LINE.match(chunk, i):
                return cand
            i = chunk.find(magic, i + 1)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        pos += _SCAN_CHUNK


def _member_is_warc(fh: IO[bytes], offset: int) -> bool:
    """Whether the gzip member at ``offset`` starts with a WARC header."""
    fh.seek(offset)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = d.decompress(fh.read(1 << 16), 64)
    except zlib.error:
        return False
    return head.lstrip(b"\r\n").startswith(_WARC_HEAD)


def _warc_task(rec: Any, key: tuple[int, int], locator: str, rid: str | None, url: str | None,
               ctype: str, charset: str | None, light: bool, max_bytes: int) -> Task:
    if ctype not in _PAGE_TYPES:
        line = dumps_line(error_record(rid or locator, "UnsupportedContentType",
                                       f"content type {ctype!r} is not a page", "decode", locator, url))
        return Task(key, "error", line, locator, rid, url, stage="decode")
    if light:
        return Task(key, "page", b"", locator, rid, url)
    try:
        data = rec.content_stream().read(max_bytes + 1)  # the rest is read past by read_to_end
    except Exception as e:  # noqa: BLE001 - bad chunking or content encoding
        line = dumps_line(error_record(rid or locator, type(e).__name__,
                                       f"cannot decode the HTTP body: {e}", "decode", locator, url))
        return Task(key, "error", line, locator, rid, url, stage="decode")
    if len(data) > max_bytes:
        return _too_large(key, rid, locator, url, max_bytes)
    return Task(key, "page", data, locator, rid, url, charset, _PAGE_TYPES[ctype])

