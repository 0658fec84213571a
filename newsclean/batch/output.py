"""The output folder of a batch job, and how it survives ``kill -9``.

Layout::

    OUTDIR/job.json              what the job is (inputs, shard size, fields, cleaner)
    OUTDIR/<key>-<shard>.jsonl   the output: one line per input record, in input order
    OUTDIR/journal.jsonl         one line per finished shard, with its counts
    OUTDIR/manifest.json         written when the job is complete: counts per input and in total
    OUTDIR/.lock                 locked while a run uses the folder

Input records are cut into shards of ``shard_size`` records (record ``n`` of
input ``i`` belongs to shard ``n // shard_size``). A shard is written to
``<name>.partial...``, flushed, fsync'd and renamed into place: a shard file
either exists whole or not at all, so no line is ever half-written or
written twice. The journal line is appended (and fsync'd) after the rename;
a shard file without its journal line (a kill between the two) is counted
again from its lines on resume. On ``--resume``: leftover ``.partial`` files
are deleted, a half-written last journal line is cut off, and every shard
whose file exists is skipped; the others are cleaned again from the input.
"""
from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from .pool import BatchError

__all__ = ["OutDir", "ShardWriter", "ResumeState", "JOB_FILE", "JOURNAL_FILE", "MANIFEST_FILE", "count_lines"]

JOB_FILE = "job.json"
JOURNAL_FILE = "journal.jsonl"
MANIFEST_FILE = "manifest.json"
LOCK_FILE = ".lock"
PARTIAL = ".partial"
#: Fields of job.json that must match for a resume to be safe.
_MUST_MATCH = ("inputs", "shard_size", "fields", "cleaner")


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
    """Counts of one finished shard file, read from its lines."""
    read = ok = 0
    stages: Counter[str] = Counter()
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            read += 1
            rec = json.loads(line)
            if "error" in rec and "stage" in rec:
                stages[rec["stage"]] += 1
            else:
                ok += 1
    return {"read": read, "ok": ok, "errors": read - ok, "stages": dict(stages)}


@dataclass
class ResumeState:
    """What an output folder already holds."""

    done: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    complete: bool = False  # a manifest of the finished job exists
    manifest: dict[str, Any] | None = None

    def records_done(self) -> int:
        return sum(e["read"] for e in self.done.values())

    def errors_done(self) -> int:
        return sum(e["errors"] for e in self.done.values())


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
    def prepare(self, job: dict[str, Any], resume: bool) -> ResumeState:
        """Create the folder for a new job, or check it and read what is done.

        Raises :class:`BatchError` when the folder holds a different job, or
        holds this one and ``resume`` is false.
        """
        os.makedirs(self.path, exist_ok=True)
        self.lock()
        job_path = self.file(JOB_FILE)
        if os.path.exists(job_path):
            with open(job_path, encoding="utf-8") as f:
                old = json.load(f)
            if not resume:
                raise BatchError(f"{self.path} already holds a batch job; give --resume to finish it, "
                                 "or choose another output folder")
            for k in _MUST_MATCH:
                if old.get(k) != job.get(k):
                    raise BatchError(f"{self.path} holds a different job ({k} differs); "
                                     "resume it with the same inputs and options, or choose another folder")
        else:
            ours = (PARTIAL, JOURNAL_FILE, MANIFEST_FILE, LOCK_FILE)
            stray = [n for n in os.listdir(self.path) if not any(t in n for t in ours)]
            if stray:
                raise BatchError(f"{self.path} is not empty and holds no batch job; choose an empty folder")
            write_atomic(job_path, json.dumps(job, ensure_ascii=False, indent=1).encode("utf-8"))
        return self._read_state()

    def _read_state(self) -> ResumeState:
        for n in os.listdir(self.path):
            if PARTIAL in n:
                try:
                    os.remove(self.file(n))
                except FileNotFoundError:
                    pass
        state = ResumeState()
        for entry in self._read_journal():
            if os.path.exists(self.file(entry["file"])):
                state.done[(entry["input"], entry["shard"])] = entry
        with open(self.file(JOB_FILE), encoding="utf-8") as f:
            job = json.load(f)
        keys = {inp["key"]: i for i, inp in enumerate(job["inputs"])}
        for n in sorted(os.listdir(self.path)):
            if not n.endswith(".jsonl") or n == JOURNAL_FILE:
                continue
            key, _, idx = n[:-len(".jsonl")].rpartition("-")
            if key not in keys or not idx.isdigit():
                continue
            ident = (keys[key], int(idx))
            if ident not in state.done:  # renamed, then killed before the journal line
                entry = {"input": ident[0], "shard": ident[1], "file": n, **count_lines(self.file(n))}
                self.journal(entry)
                state.done[ident] = entry
        mpath = self.file(MANIFEST_FILE)
        if os.path.exists(mpath):
            with open(mpath, encoding="utf-8") as f:
                state.manifest = json.load(f)
            state.complete = bool(state.manifest.get("complete"))
        return state

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
                entries.append(json.loads(line))
            except ValueError:
                continue
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
            self._journal.close()
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
        self.stages: Counter[str] = Counter()
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
            if ok:
                self.ok += 1
            else:
                self.stages[stage or "clean"] += 1
            self.next += 1

    def commit(self) -> dict[str, Any]:
        """Make the shard file durable and visible; returns its journal entry."""
        if self._f is None:
            self._f = open(self._partial, "wb")
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()
        os.replace(self._partial, os.path.join(self.outdir, self.name))
        fsync_dir(self.outdir)
        read = self.written
        return {"input": self.input, "shard": self.index, "file": self.name, "read": read, "ok": self.ok,
                "errors": read - self.ok, "stages": dict(self.stages), "at": round(time.time(), 3)}

    def abort(self) -> None:
        """Drop the partial file (the shard will be cleaned again on resume)."""
        if self._f is not None:
            self._f.close()
            self._f = None
        try:
            os.remove(self._partial)
        except FileNotFoundError:
            pass
