"""The output folder of a batch job, and how it survives ``kill -9``.

Layout::

    OUTDIR/job.json                       what the job is (inputs, shard size, fields, cleaner, options)
    OUTDIR/<key>-<shard>.jsonl            the output: one line per input record, in input order
    OUTDIR/manifest.json                  written when the job is complete: counts per input and in total
    OUTDIR/.newsclean/journal.jsonl       one line per finished shard: counts, lines, bytes, SHA-256
    OUTDIR/.newsclean/shards/<name>.json  the same record, written just before the shard's rename
    OUTDIR/.newsclean/rejected/           shard files that failed their check on resume, kept aside
    OUTDIR/.newsclean/lock                locked while a run uses the folder

Bookkeeping lives under ``.newsclean/`` so that ``OUTDIR/*.jsonl`` is the
output and nothing else. Input records are cut into shards of
``shard_size`` records (record ``n`` of input ``i`` belongs to shard
``n // shard_size``). A shard is written to ``<name>.partial...``, flushed,
fsync'd; its commit record (line count, byte size, SHA-256 of the file) is
written; then the file is renamed into place and the journal line appended
(and fsync'd). On ``--resume``: leftover ``.partial`` files are deleted, a
half-written last journal line is cut off, and every shard file is checked
against its journal line (or, killed between rename and journal, its commit
record): a file whose lines, size or checksum differ, or that has no record
at all, is moved to ``.newsclean/rejected/`` and its shard cleaned again.
Shards without a file are cleaned again from the input.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from .pool import BatchError

__all__ = ["OutDir", "OutputError", "ShardWriter", "ResumeState", "describe_os_error", "JOB_FILE",
           "JOURNAL_FILE", "MANIFEST_FILE", "META_DIR", "count_lines", "check_shard"]

JOB_FILE = "job.json"
MANIFEST_FILE = "manifest.json"
#: The folder of the job's bookkeeping, apart from the output.
META_DIR = ".newsclean"
JOURNAL_FILE = f"{META_DIR}/journal.jsonl"
LOCK_FILE = f"{META_DIR}/lock"
COMMITS_DIR = f"{META_DIR}/shards"
REJECTED_DIR = f"{META_DIR}/rejected"
#: Where earlier versions kept the journal and the lock, beside the shards (moved on resume).
LEGACY_JOURNAL = "journal.jsonl"
LEGACY_LOCK = ".lock"
PARTIAL = ".partial"
#: Fields of job.json that must match for a resume to be safe.
_MUST_MATCH = ("inputs", "shard_size", "fields", "cleaner")


def _inputs_differ(path: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
    """Why the inputs given now are not those of the job in ``path``."""
    if [i.get("path") for i in old] != [i.get("path") for i in new]:
        return (f"{path} holds a job on other inputs ({', '.join(str(i.get('path')) for i in old)}); "
                "resume it with the same inputs (or none), or choose another folder")
    for a, b in zip(old, new):
        if a != b:
            what = "its format" if a.get("format") != b.get("format") else "it changed (size or time)"
            return (f"input {b.get('path')} is not the one the job in {path} started with: {what}; "
                    "a job cannot be resumed on changed inputs, choose another output folder")
    return f"{path} holds a job on other inputs"  # pragma: no cover - lists differ somewhere above


def fsync_dir(path: str) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str, data: bytes) -> None:
    """Write a whole file so that it is either the old one or the new one."""
    tmp = f"{path}{PARTIAL}.{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(os.path.dirname(path) or ".")


def shard_name(key: str, index: int) -> str:
    return f"{key}-{index:05d}.jsonl"


def count_lines(path: str) -> dict[str, Any]:
    """Counts of one shard file, read from its lines: ``read``, ``ok``, ``errors``, ``stages``,
    ``lines``, ``bytes``, ``sha256``; ``whole`` is false when a line is not a JSON object or
    the file does not end with a newline."""
    read = ok = size = 0
    whole = True
    digest = hashlib.sha256()
    stages: Counter[str] = Counter()
    last = b"\n"
    with open(path, "rb") as f:
        for line in f:
            digest.update(line)
            size += len(line)
            last = line[-1:]
            if not line.strip():
                whole = False
                continue
            read += 1
            try:
                rec = json.loads(line)
            except ValueError:
                whole = False
                continue
            if not isinstance(rec, dict):
                whole = False
            elif "error" in rec and "stage" in rec:
                stages[str(rec["stage"])] += 1
            else:
                ok += 1
    return {"read": read, "ok": ok, "errors": read - ok, "stages": dict(stages), "lines": read,
            "bytes": size, "sha256": digest.hexdigest(), "whole": whole and last == b"\n"}


def _file_digest(path: str) -> dict[str, Any]:
    """Lines, bytes and SHA-256 of a file, read in large blocks (no JSON parsing)."""
    digest = hashlib.sha256()
    lines = size = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
            lines += block.count(b"\n")
            size += len(block)
            last = block[-1:]
    whole = last == b"\n"
    return {"read": lines + (not whole), "bytes": size, "sha256": digest.hexdigest(), "whole": whole}


def check_shard(path: str, entry: dict[str, Any]) -> str | None:
    """Why the shard file at ``path`` does not match its commit record ``entry`` (None: it does).

    Records written since the journal kept checksums are checked by line count,
    byte size and SHA-256; older ones by line count and whole JSON lines.
    """
    try:
        got = _file_digest(path) if "sha256" in entry else count_lines(path)
    except OSError as e:
        return f"cannot be read: {e.strerror or e}"
    expect = int(entry.get("lines", entry.get("read", -1)))
    if got["read"] != expect:
        return f"has {got['read']} lines, its journal says {expect}"
    if "bytes" in entry and got["bytes"] != entry["bytes"]:
        return f"has {got['bytes']} bytes, its journal says {entry['bytes']}"
    if "sha256" in entry and got["sha256"] != entry["sha256"]:
        return "its checksum differs from the journal's"
    if not got["whole"]:
        return "holds a broken line"
    return None


@dataclass
class ResumeState:
    """What an output folder already holds."""

    done: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    complete: bool = False  # a manifest of the finished job exists
    manifest: dict[str, Any] | None = None
    #: Shard files found wrong on resume and set aside: {"file", "reason", "moved_to"}.
    rejected: list[dict[str, str]] = field(default_factory=list)

    def records_done(self) -> int:
        return sum(e["read"] for e in self.done.values())

    def errors_done(self) -> int:
        return sum(e["errors"] for e in self.done.values())


class OutputError(BatchError):
    """The output folder cannot be used: not a folder, read-only, full, or holding something else."""


def describe_os_error(e: OSError) -> str:
    """One line for an OSError: what failed and on which file."""
    what = e.strerror or type(e).__name__
    return f"{what}: {e.filename}" if e.filename else what


class OutDir:
    """One job's output folder."""

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        self._journal: IO[bytes] | None = None
        self._lock: IO[str] | None = None

    def lock(self) -> None:
        """Hold the folder for this run; a second run on it is refused (released by close or death)."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return
        f = open(self.file(LOCK_FILE), "a")
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            raise BatchError(f"{self.path} is in use by another newsclean batch run") from None
        self._lock = f

    def file(self, name: str) -> str:
        return os.path.join(self.path, name)

    # -- start or resume ---------------------------------------------------
    def read_job(self) -> dict[str, Any] | None:
        """The job.json of the folder, or None when it holds no job."""
        path = self.file(JOB_FILE)
        if not os.path.exists(path):
            return None
        try:
            with open(path, encoding="utf-8") as f:
                job = json.load(f)
        except ValueError as e:
            raise OutputError(f"{path} is damaged ({e}); choose another output folder") from None
        if not isinstance(job, dict) or "inputs" not in job:
            raise OutputError(f"{path} is not a newsclean batch job; choose another output folder")
        return job

    def prepare(self, job: dict[str, Any], resume: bool) -> ResumeState:
        """Create the folder for a new job, or check it and read what is done.

        Raises :class:`BatchError` when the folder holds a different job, or
        holds this one and ``resume`` is false; :class:`OutputError` when the
        folder cannot be used.
        """
        if os.path.exists(self.path) and not os.path.isdir(self.path):
            raise OutputError(f"the output {self.path} is a file, not a folder")
        os.makedirs(self.file(COMMITS_DIR), exist_ok=True)
        self.lock()
        old = self.read_job()
        if old is not None:
            if not resume:
                raise OutputError(f"{self.path} already holds a batch job; give --resume to finish it, "
                                  "or choose another output folder")
            for k in _MUST_MATCH:
                if old.get(k) != job.get(k):
                    if k == "inputs":
                        raise OutputError(_inputs_differ(self.path, old.get(k) or [], job.get(k) or []))
                    raise OutputError(f"{self.path} holds a different job ({k} differs); "
                                      "resume it with the same inputs and options, or choose another folder")
            job = {**job, "created": old.get("created", job.get("created"))}
            if old != job:  # same job, newer bookkeeping (e.g. the options it was started with)
                write_atomic(self.file(JOB_FILE), json.dumps(job, ensure_ascii=False, indent=1).encode("utf-8"))
        else:
            ours = (PARTIAL, META_DIR, LEGACY_JOURNAL, MANIFEST_FILE, LEGACY_LOCK)
            stray = [n for n in os.listdir(self.path) if not any(t in n for t in ours)]
            if stray:
                raise OutputError(f"{self.path} is not empty and holds no batch job; choose an empty folder")
            write_atomic(self.file(JOB_FILE), json.dumps(job, ensure_ascii=False, indent=1).encode("utf-8"))
        return self._read_state()

    def _read_state(self) -> ResumeState:
        for folder in (self.path, self.file(COMMITS_DIR)):
            for n in os.listdir(folder):
                if PARTIAL in n:
                    try:
                        os.remove(os.path.join(folder, n))
                    except FileNotFoundError:
                        pass
        self._migrate_legacy()
        state = ResumeState()
        journaled: dict[tuple[int, int], dict[str, Any]] = {}
        for entry in self._read_journal():
            try:
                journaled[(int(entry["input"]), int(entry["shard"]))] = entry  # the last line wins
            except (KeyError, TypeError, ValueError):
                continue
        with open(self.file(JOB_FILE), encoding="utf-8") as f:
            job = json.load(f)
        keys = {inp["key"]: i for i, inp in enumerate(job["inputs"])}
        for n in sorted(os.listdir(self.path)):
            if not n.endswith(".jsonl"):
                continue
            key, _, idx = n[:-len(".jsonl")].rpartition("-")
            if key not in keys or not idx.isdigit():
                continue
            ident = (keys[key], int(idx))
            entry = journaled.get(ident)
            if entry is not None and entry.get("file") != n:
                entry = None
            recorded = entry is not None
            if entry is None:  # renamed, then killed before the journal line: its commit record
                entry = self._commit_record(n)
            why = "has no commit record (not written by this job?)" if entry is None else \
                check_shard(self.file(n), entry)
            if why is not None:
                self._reject(n, why, state)
                continue
            assert entry is not None
            if not recorded:
                self.journal(entry)
            state.done[ident] = entry
        mpath = self.file(MANIFEST_FILE)
        if os.path.exists(mpath):
            try:
                with open(mpath, encoding="utf-8") as f:
                    state.manifest = json.load(f)
                state.complete = bool(state.manifest.get("complete")) and not state.rejected
            except ValueError:
                state.manifest, state.complete = None, False
            if not state.complete:
                os.remove(mpath)  # no longer true: written again when the job is complete
        return state

    def _commit_record(self, name: str) -> dict[str, Any] | None:
        try:
            with open(self.file(f"{COMMITS_DIR}/{name}.json"), encoding="utf-8") as f:
                entry = json.load(f)
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("file") == name else None

    def _reject(self, name: str, why: str, state: ResumeState) -> None:
        """Move a shard file that failed its check aside; its shard is cleaned again."""
        os.makedirs(self.file(REJECTED_DIR), exist_ok=True)
        moved = f"{REJECTED_DIR}/{name}.{time.strftime('%Y%m%dT%H%M%S')}.{uuid.uuid4().hex[:6]}"
        os.replace(self.file(name), self.file(moved))
        fsync_dir(self.path)
        state.rejected.append({"file": name, "reason": why, "moved_to": moved})

    def _migrate_legacy(self) -> None:
        """Move a journal kept beside the shards (by earlier versions) into the bookkeeping folder."""
        old, new = self.file(LEGACY_JOURNAL), self.file(JOURNAL_FILE)
        if os.path.isfile(old):
            if os.path.exists(new):
                with open(old, "rb") as src, open(new, "ab") as dst:
                    dst.write(src.read())
                os.remove(old)
            else:
                os.replace(old, new)
            fsync_dir(self.path)
        if os.path.isfile(self.file(LEGACY_LOCK)):
            os.remove(self.file(LEGACY_LOCK))

    def _read_journal(self) -> list[dict[str, Any]]:
        path = self.file(JOURNAL_FILE)
        if not os.path.exists(path):
            return []
        with open(path, "rb") as f:
            data = f.read()
        good = data[: data.rfind(b"\n") + 1]
        if len(good) != len(data):  # killed while appending: cut the half line off
            with open(path, "r+b") as f:
                f.truncate(len(good))
                f.flush()
                os.fsync(f.fileno())
        entries = []
        for line in good.splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict):
                entries.append(entry)
        return entries

    # -- writing -----------------------------------------------------------
    def journal(self, entry: dict[str, Any]) -> None:
        """Append one finished shard's counts, durably."""
        if self._journal is None:
            self._journal = open(self.file(JOURNAL_FILE), "ab")
        self._journal.write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")
        self._journal.flush()
        os.fsync(self._journal.fileno())

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        write_atomic(self.file(MANIFEST_FILE), json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))

    def close(self) -> None:
        """Close the journal and release the folder."""
        if self._journal is not None:
            try:
                self._journal.close()
            except OSError:  # a full disk: what was fsync'd is safe, the rest is redone on resume
                pass
            self._journal = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None


class ShardWriter:
    """Writes one shard's lines in input order, then renames the file into place.

    Outcomes may arrive in any order; each is written as soon as every record
    before it in the shard has been.
    """

    def __init__(self, outdir: str, input_index: int, key: str, index: int, first: int, size: int) -> None:
        self.outdir = outdir
        self.input = input_index
        self.index = index
        self.name = shard_name(key, index)
        self.first = first
        self.size = size  # lowered by set_size() for the last shard of an input
        self.final_size = False
        self.next = first
        self.waiting: dict[int, tuple[bytes, bool, str | None]] = {}
        self.ok = 0
        self.bytes = 0
        self.stages: Counter[str] = Counter()
        self._digest = hashlib.sha256()
        self._f: IO[bytes] | None = None
        tag = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._partial = os.path.join(outdir, f"{self.name}{PARTIAL}.{tag}")

    def set_size(self, size: int) -> None:
        """The input ended: this shard holds ``size`` records."""
        self.size = size
        self.final_size = True

    @property
    def written(self) -> int:
        return self.next - self.first

    @property
    def complete(self) -> bool:
        return self.written == self.size and (self.final_size or self.size > 0)

    def put(self, ordinal: int, line: bytes, ok: bool, stage: str | None) -> None:
        """The output line of record ``ordinal``."""
        if ordinal < self.next or ordinal in self.waiting:
            raise BatchError(f"record {ordinal} of shard {self.name} answered twice")
        self.waiting[ordinal] = (line, ok, stage)
        while self.next in self.waiting:
            line, ok, stage = self.waiting.pop(self.next)
            if self._f is None:
                self._f = open(self._partial, "wb")
            self._f.write(line)
            self._digest.update(line)
            self.bytes += len(line)
            if ok:
                self.ok += 1
            else:
                self.stages[stage or "clean"] += 1
            self.next += 1

    def commit(self) -> dict[str, Any]:
        """Make the shard file durable and visible; returns its journal entry.

        The entry (counts, lines, bytes, SHA-256) is also written as the shard's
        commit record before the rename, so a shard renamed just before a kill
        can still be checked on resume.
        """
        if self._f is None:
            self._f = open(self._partial, "wb")
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()
        read = self.written
        entry = {"input": self.input, "shard": self.index, "file": self.name, "read": read, "ok": self.ok,
                 "errors": read - self.ok, "stages": dict(self.stages), "lines": read, "bytes": self.bytes,
                 "sha256": self._digest.hexdigest(), "at": round(time.time(), 3)}
        meta = os.path.join(self.outdir, COMMITS_DIR)
        os.makedirs(meta, exist_ok=True)
        write_atomic(os.path.join(meta, f"{self.name}.json"), json.dumps(entry).encode("utf-8"))
        os.replace(self._partial, os.path.join(self.outdir, self.name))
        fsync_dir(self.outdir)
        return entry

    def abort(self) -> None:
        """Drop the partial file (the shard will be cleaned again on resume)."""
        if self._f is not None:
            self._f.close()
            self._f = None
        try:
            os.remove(self._partial)
        except FileNotFoundError:
            pass
