"""What travels through a batch job: tasks, output lines, and the cleaning of one record.

A :class:`Task` is one input record on its way to a worker. The worker turns
it into exactly one output line (:func:`clean_task`): the article
(``{"id": ..., **Article.to_dict()}``) or an error record
(``{"id", "error", "message", "stage", "input"}``). The same function backs
:func:`newsclean.batch.clean_records`, for engines that call a Cleaner
in-process (Spark ``mapPartitions``, Beam, a notebook).
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from ..errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Cleaner

__all__ = [
    "Fields", "CleanerSpec", "Task", "Outcome", "STAGES",
    "clean_task", "clean_record", "error_record", "failed_outcome", "dumps_line", "task_id", "parse_json_line",
    "json_too_deep", "MAX_JSON_DEPTH", "check_spec",
]

#: Where an error happened. ``read``: the record could not be read from its input
#: (malformed JSON, missing field, corrupt file); ``decode``: its bytes are not a
#: page (binary, empty, undecodable, unsupported content type); ``clean``: the
#: Cleaner raised; ``timeout``: the page took longer than the per-page limit and
#: its worker was killed; ``worker-crash``: the worker died while cleaning it.
STAGES = ("read", "decode", "clean", "timeout", "worker-crash")

_MAX_MESSAGE = 500
#: Deepest nesting of arrays and objects a JSONL record may have. Records are flat
#: objects; anything deeper is refused before parsing, so a hostile line can never
#: reach the recursion limit of the JSON parser (or the C stack, where a caller has
#: raised that limit).
MAX_JSON_DEPTH = 64
# A JSON string (unrolled so the regex engine does not backtrack) and the brackets
# outside strings.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_OPENERS = frozenset(b"[{")
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")


@dataclass(frozen=True)
class Fields:
    """Names of the fields of a JSONL input record."""

    id: str = "id"
    url: str = "url"
    html: str = "html"
    text: str = "text"


@dataclass(frozen=True)
class CleanerSpec:
    """A picklable recipe for the Cleaner each worker builds once.

    plugins: importable module names (``pkg.module`` or ``pkg.module:attr``)
        registered as extra plugins, e.g. a site plugin or
        ``newsclean.batch.faults``.
    disable: plugin or step names to leave out.
    site_rules, plugins_dir: as for :class:`~newsclean.Cleaner`.
    options: :class:`~newsclean.Options` fields (``input_kind``, ``language`` ...).
    encoding: charset assumed for page bytes that do not declare one.
    """

    plugins: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    site_rules: str | None = None
    plugins_dir: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None

    def build(self) -> "Cleaner":
        """Import the plugins and build the Cleaner."""
        import importlib

        from ..pipeline import Cleaner

        objs = []
        for ref in self.plugins:
            modname, _, attr = ref.partition(":")
            obj: Any = importlib.import_module(modname)
            for part in attr.split(".") if attr else ():
                obj = getattr(obj, part)
            objs.append(obj)
        extra: dict[str, Any] = {}
        if self.site_rules:
            extra["site_rules"] = self.site_rules
        if self.plugins_dir:
            extra["plugins_dir"] = self.plugins_dir
        return Cleaner(objs, disable=self.disable, **extra, **self.options)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["plugins"], d["disable"] = list(self.plugins), list(self.disable)
        return d


#: Longest plugin reference (``pkg.module:attr``) accepted; module names are file names.
_MAX_PLUGIN_REF = 200


def check_spec(spec: CleanerSpec) -> str | None:
    """What is wrong with a CleanerSpec, found in this process before any worker starts (None: nothing).

    Checks plugin references (dotted names that can be found), the folders,
    the charset and the options; it does not import plugins.
    """
    import codecs
    import importlib.util
    import os

    from ..options import Options

    for ref in spec.plugins:
        modname, _, attr = str(ref).partition(":")
        parts = modname.split(".") + (attr.split(".") if attr else [])
        if len(str(ref)) > _MAX_PLUGIN_REF or not all(p.isidentifier() for p in parts):
            shown = str(ref) if len(str(ref)) <= 60 else str(ref)[:57] + "..."
            return (f"plugin {shown!r} is not a module name (dotted Python names, optionally :attribute, "
                    f"at most {_MAX_PLUGIN_REF} characters)")
        try:
            found = importlib.util.find_spec(modname)
        except (ImportError, ValueError, OSError) as e:
            return f"plugin {ref!r} cannot be imported: {type(e).__name__}: {e}"
        if found is None:
            return f"plugin {ref!r} cannot be imported: no module named {modname!r}"
    for label, path in (("--plugins-dir", spec.plugins_dir), ("--site-rules", spec.site_rules)):
        if path is not None and not os.path.isdir(path):
            what = "does not exist" if not os.path.exists(path) else "is not a folder"
            return f"{label} {path} {what}"
    if spec.encoding is not None:
        try:
            codecs.lookup(spec.encoding)
        except (LookupError, TypeError, ValueError):
            return f"unknown charset {spec.encoding!r}"
    try:
        Options.from_kwargs(**spec.options)
    except (TypeError, ValueError) as e:
        return f"bad cleaner option: {e}"
    return None


class Task(NamedTuple):
    """One input record. ``key`` is (input index, record number in that input).

    kind: ``jsonl`` (``data`` is the raw line; the worker parses it), ``page``
    (``data`` is the page's bytes) or ``error`` (``data`` is a finished error
    line, made while reading; ``stage`` says where it failed).
    """

    key: tuple[int, int]
    kind: str
    data: bytes
    locator: str
    id: Any = None
    url: str | None = None
    encoding: str | None = None
    input_kind: str | None = None
    stage: str | None = None


class Outcome(NamedTuple):
    """The one output line of a task, and whether it is an article."""

    key: tuple[int, int]
    line: bytes
    ok: bool
    stage: str | None = None


def dumps_line(record: dict[str, Any]) -> bytes:
    """One JSONL line (UTF-8, ending in a newline); ASCII-escaped if it holds lone surrogates."""
    s = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
    try:
        return s.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True, separators=(",", ":"), default=str).encode("ascii") + b"\n"


def error_record(rid: Any, error: str, message: str, stage: str, locator: str,
                 url: str | None = None, code: str | None = None) -> dict[str, Any]:
    """The output record of a failed input record."""
    d: dict[str, Any] = {"id": rid, "error": error, "message": message[:_MAX_MESSAGE],
                         "stage": stage, "input": locator}
    if code:
        d["code"] = code
    if url:
        d["url"] = url
    return d


#: (id, url, page, input kind) of a readable record, or its error record.
_Parsed: TypeAlias = "tuple[Any, str | None, str | None, str | None] | dict[str, Any]"


def json_too_deep(data: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether a JSON text nests arrays and objects deeper than ``limit`` (strings skipped).

    Linear time: most lines are decided by counting brackets; the others by one
    pass over the brackets outside strings.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    bare = _JSON_STRING.sub(b"", data)
    brackets = bare.translate(None, delete=_NOT_BRACKETS)
    if len(brackets) <= limit:
        return False
    return max(itertools.accumulate(1 if c in _OPENERS else -1 for c in brackets)) > limit


def parse_json_line(data: bytes) -> Any:
    """One JSONL line parsed, nesting bounded by :data:`MAX_JSON_DEPTH`.

    Raises ValueError for a malformed line (also one nested too deeply, or one
    the parser runs out of memory or recursion on).
    """
    if json_too_deep(data):
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(data)
    except (RecursionError, MemoryError) as e:
        raise ValueError(f"cannot be parsed ({type(e).__name__})") from None


def _parse_jsonl(task: Task, fields: Fields) -> _Parsed:
    """(id, url, page, input_kind) of a JSONL task, or the error record. Never raises."""
    try:
        obj = parse_json_line(task.data)
    except ValueError as e:  # JSONDecodeError, UnicodeDecodeError, too deep
        name = type(e).__name__ if type(e) is not ValueError else "MalformedJSON"
        return error_record(task.locator, name, f"malformed JSON line: {e}", "read", task.locator)
    except Exception as e:  # noqa: BLE001 - one record's failure is that record's error line
        return error_record(task.locator, type(e).__name__, f"malformed JSON line: {e}", "read", task.locator)
    return _from_object(obj, task.locator, fields)


def _from_object(obj: Any, locator: str, fields: Fields) -> _Parsed:
    if not isinstance(obj, dict):
        return error_record(locator, "BadRecord", f"a JSON {type(obj).__name__}, not an object", "read", locator)
    rid = obj.get(fields.id)
    if rid is None or rid == "" or isinstance(rid, (dict, list)):
        rid = locator
    url = obj.get(fields.url)
    url = url if isinstance(url, str) and url else None
    html, text = obj.get(fields.html), obj.get(fields.text)
    if isinstance(html, str):
        return rid, url, html, "html"
    if isinstance(text, str):
        return rid, url, text, "text"
    return error_record(rid, "BadRecord", f"record has no string {fields.html!r} or {fields.text!r} field",
                        "read", locator, url)


def task_id(task: Task, fields: Fields) -> tuple[Any, str | None]:
    """(id, url) that a task's output line carries (parses JSONL; used when its worker died).

    Never raises: a record that cannot be read is named by its locator.
    """
    if task.kind != "jsonl":
        return (task.id if task.id not in (None, "") else task.locator), task.url
    try:
        got = _parse_jsonl(task, fields)
    except Exception:  # noqa: BLE001 - the parent must survive any record
        return task.locator, None
    return (got["id"], got.get("url")) if isinstance(got, dict) else (got[0], got[1])


def clean_task(cleaner: "Cleaner", task: Task, fields: Fields, encoding: str | None = None) -> Outcome:
    """Clean one task into its output line. Never raises for a bad page."""
    if task.kind == "error":
        return Outcome(task.key, task.data, False, task.stage)
    if task.kind == "jsonl":
        got = _parse_jsonl(task, fields)
        if isinstance(got, dict):
            return Outcome(task.key, dumps_line(got), False, "read")
        rid, url, page, input_kind = got
        record = _clean(cleaner, rid, url, page, input_kind, task.encoding or encoding, task.locator)
    else:
        rid = task.id if task.id not in (None, "") else task.locator
        record = _clean(cleaner, rid, task.url, task.data, task.input_kind, task.encoding or encoding,
                        task.locator)
    stage = record.get("stage") if "error" in record else None
    return Outcome(task.key, dumps_line(record), stage is None, stage)


def failed_outcome(task: Task, e: BaseException, stage: str = "clean") -> Outcome:
    """The error line of a task whose cleaning raised past every guard (never raises)."""
    try:
        message = str(e) or type(e).__name__
    except Exception:  # noqa: BLE001 - a hostile exception's __str__
        message = type(e).__name__
    rid = task.id if task.kind != "jsonl" and task.id not in (None, "") else task.locator
    return Outcome(task.key, dumps_line(error_record(rid, type(e).__name__, message, stage, task.locator)),
                   False, stage)


def _clean(cleaner: "Cleaner", rid: Any, url: str | None, page: Any, input_kind: str | None,
           encoding: str | None, locator: str) -> dict[str, Any]:
    if cleaner.options.input_kind != "auto":
        input_kind = None  # the user's choice wins over the field or file-name hint
    elif input_kind in ("html", "text"):
        input_kind = "hint:" + input_kind  # context, weighed by the loader's sniffing (load.sniff_kind)
    try:
        article = cleaner.clean(page, url, encoding=encoding, input_kind=input_kind)
    except InputError as e:
        return error_record(rid, type(e).__name__, str(e), "decode", locator, url, getattr(e, "code", None))
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # noqa: BLE001 - a page's failure (even SystemExit) is that page's record
        return error_record(rid, type(e).__name__, str(e) or type(e).__name__, "clean", locator, url)
    record: dict[str, Any] = {"id": rid}
    record.update(article.to_dict())
    return record


def clean_record(cleaner: "Cleaner", record: dict[str, Any], fields: Fields = Fields(),
                 locator: str = "record", encoding: str | None = None) -> dict[str, Any]:
    """Clean one JSONL-style record (a dict) in this process; returns its output record.

    The output is the article (``{"id": ..., **Article.to_dict()}``) or an
    error record; ``locator`` is the id used when the record has none.
    """
    got = _from_object(record, locator, fields)
    if isinstance(got, dict):
        return got
    rid, url, page, input_kind = got
    return _clean(cleaner, rid, url, page, input_kind, encoding, locator)
