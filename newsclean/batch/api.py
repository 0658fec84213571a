"""``newsclean.batch.run``: clean many pages into an output folder, losing nothing."""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Sequence

from ..errors import InputError
from .output import OutDir, OutputError, ResumeState, describe_os_error
from .pool import BatchError
from .progress import Progress
from .records import CleanerSpec, Fields, Task, check_spec, clean_record, clean_task, failed_outcome
from .settings import Settings, resolve
from .sources import InputSpec, _page_files, discover

__all__ = ["run", "BatchResult", "Job", "clean_records", "default_jobs"]

ENGINES = ("local", "dask")


def default_jobs() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass
class Job:
    """A job as the engines see it (built by :func:`run`)."""

    inputs: list[InputSpec]
    outdir: OutDir
    state: ResumeState
    shard_size: int
    fields: Fields
    cleaner: CleanerSpec
    jobs: int
    timeout: float
    max_pages: int
    max_rss_mb: float | None
    progress: Progress
    scheduler: str | None = None
    skipped: list[Counter[str]] = field(default_factory=list)


@dataclass
class BatchResult:
    """Counts of a finished job (all runs together) and of this run.

    ``read == ok + errors`` in total and per input; ``errors_by_stage``
    splits the errors by :data:`~newsclean.batch.records.STAGES`.
    """

    outdir: str
    read: int
    ok: int
    errors: int
    errors_by_stage: dict[str, int]
    inputs: list[dict[str, Any]]
    files: list[str]
    run_records: int = 0
    elapsed_s: float = 0.0
    nothing_to_do: bool = False
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def pages_per_s(self) -> float:
        """Records cleaned per second in this run."""
        return self.run_records / self.elapsed_s if self.elapsed_s else 0.0

    def summary(self) -> str:
        """One line for people: counts and speed."""
        stages = ", ".join(f"{k} {v}" for k, v in sorted(self.errors_by_stage.items()))
        head = f"{self.read} read = {self.ok} ok + {self.errors} errors" + (f" ({stages})" if stages else "")
        if self.nothing_to_do:
            return f"{head}; the job was already complete, nothing to do -> {self.outdir}"
        return (f"{head}; this run: {self.run_records} pages in {self.elapsed_s:.1f} s, "
                f"{self.pages_per_s:.1f} pages/s -> {self.outdir}")


def run(
    inputs: Sequence[str | os.PathLike[str]] | None,
    outdir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    resume: bool = False,
    engine: str | None = None,
    scheduler: str | None = None,
    cleaner: CleanerSpec | None = None,
    fields: Fields | None = None,
    input_format: str | None = None,
    shard_size: int | None = None,
    timeout: float | None = None,
    max_pages_per_worker: int | None = None,
    max_worker_memory_mb: float | None = None,
    progress: bool | None = None,
) -> BatchResult:
    """Clean every record of ``inputs`` into JSONL files under ``outdir``.

    inputs: JSONL files, WARC files, folders of ``.html``/``.htm``/``.txt``
        pages, or single page files; gzip is read transparently. On resume
        they may be left out (``None`` or empty): the job's own are used.
    jobs: worker processes (default: the usable CPUs); with ``engine="dask"``
        and no ``scheduler``, the number of LocalCluster worker processes.
    resume: finish a job that was interrupted (``kill -9`` included); a job
        that is complete is left as it is. Every setting left at ``None`` is
        the one the job was started with (saved in ``job.json``); a setting
        that decides the output (``inputs``, ``input_format``, ``shard_size``,
        ``fields``, ``cleaner``) given with a different value is refused.
    engine: ``"local"`` (a pool of worker processes, the default) or ``"dask"``.
    scheduler: address of a running Dask scheduler (``tcp://host:8786``).
    cleaner: how each worker builds its Cleaner (plugins, disabled steps, options).
    fields: field names of JSONL records.
    input_format: ``"auto"`` (by name, then content; the default), ``"jsonl"``, ``"warc"`` or ``"files"``.
    shard_size: records per output file (the unit of crash recovery; default 1000).
    timeout: seconds a page may take (default 30); past it the worker is
        killed and the page becomes a ``timeout`` error record.
    max_pages_per_worker: a worker is replaced after this many pages (0: never; default 2000).
    max_worker_memory_mb: a worker is replaced once its resident memory passes this.
    progress: show progress on standard error (default: when it is a terminal).

    Every input record yields exactly one output line: the article
    (``{"id": ..., **Article.to_dict()}``) or an error record (``id``,
    ``error``, ``message``, ``stage``, ``input``). Raises
    :class:`~newsclean.InputError` for unusable inputs, ValueError for bad
    settings (a plugin that cannot be found, a folder that is not one ...),
    :class:`~newsclean.batch.output.OutputError` for an unusable output
    folder (not a folder, read-only, full, holding another job) and
    :class:`~newsclean.batch.BatchError` when the job cannot go on.
    """
    if engine is not None and engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if shard_size is not None and shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    if cleaner is not None and (problem := check_spec(cleaner)):
        raise ValueError(problem)
    started, cpu_started = time.monotonic(), time.process_time()
    out = OutDir(os.fspath(outdir))
    try:
        stored = out.read_job() if resume and os.path.isdir(out.path) else None
        given = {"engine": engine, "jobs": jobs, "scheduler": scheduler, "timeout": timeout,
                 "max_pages_per_worker": max_pages_per_worker, "max_worker_memory_mb": max_worker_memory_mb,
                 "input_format": input_format, "shard_size": shard_size, "fields": fields, "cleaner": cleaner}
        st = resolve(stored, given)
        if inputs:
            specs = discover([os.fspath(p) for p in inputs], st.input_format)
        elif stored is not None:
            specs = _stored_specs(stored)
        else:
            raise InputError("empty", "no input given" + ("" if resume else " (only --resume may leave it out)"))
        return _run(specs, out, st, resume, progress, started, cpu_started)
    except OSError as e:
        if e.filename and not _inside(os.fsdecode(e.filename), out.path):
            raise InputError("unreadable", f"cannot read an input: {describe_os_error(e)}") from None
        raise OutputError(f"cannot use the output folder {out.path}: {describe_os_error(e)}") from None
    finally:
        out.close()


def _run(specs: list[InputSpec], out: OutDir, st: Settings, resume: bool, progress: bool | None,
         started: float, cpu_started: float) -> BatchResult:
    state = out.prepare(_job_record(specs, st), resume)
    specs = _stored_names(out, specs)
    if state.complete and state.manifest is not None:
        return _result(out, state.manifest, 0, 0.0, nothing_to_do=True)
    show = sys.stderr.isatty() if progress is None else progress
    total = _estimate(specs) if show and st.engine == "local" else None
    bar = Progress(show, total, state.records_done(), state.errors_done())
    job = Job(specs, out, state, st.shard_size, st.fields, st.cleaner, max(1, st.jobs or default_jobs()),
              st.timeout, st.max_pages_per_worker, st.max_worker_memory_mb, bar, st.scheduler,
              [Counter() for _ in specs])
    before = state.records_done()
    try:
        if st.engine == "dask":
            from .dasker import run_dask

            stats = run_dask(job)
        else:
            from .local import run_local

            stats = run_local(job)
    finally:
        bar.close()
    elapsed = time.monotonic() - started
    stats = dict(stats, main_cpu_s=round(time.process_time() - cpu_started, 3))
    manifest = _manifest(job, stats, st.engine, elapsed, state.records_done() - before)
    out.write_manifest(manifest)
    return _result(out, manifest, state.records_done() - before, elapsed)


def clean_records(records: Iterable[dict[str, Any] | str | bytes], cleaner: Any = None,
                  fields: Fields | None = None, encoding: str | None = None, *, isolate: bool = False,
                  timeout: float = 30.0, max_pages_per_worker: int = 2000) -> Iterator[dict[str, Any]]:
    """Clean records one by one, yielding one output record per input record, in order.

    For engines that bring their own workers, e.g. Spark:
    ``rdd.mapPartitions(lambda rows: clean_records(rows))``. A record is a
    dict (``id``, ``url``, ``html`` or ``text``) or a JSONL line (``str`` or
    ``bytes``; a malformed line becomes a ``read`` error record). A blank line
    (only whitespace) is skipped and yields nothing, as ``newsclean batch``
    skips it; locators (``record:N``) still count it.

    cleaner: a :class:`~newsclean.Cleaner` or a :class:`CleanerSpec` (default:
        the installed plugins).
    isolate: clean in a child process with the per-page ``timeout`` and crash
        isolation of ``newsclean batch`` (``cleaner`` must then be a
        CleanerSpec or None); otherwise clean in this process, where a page
        that hangs or kills the process is the calling engine's problem.
    """
    fields = fields or Fields()
    if isolate:
        if cleaner is not None and not isinstance(cleaner, CleanerSpec):
            raise TypeError("isolate=True needs a CleanerSpec (a Cleaner cannot be sent to a worker process)")
        yield from _clean_isolated(records, cleaner or CleanerSpec(encoding=encoding), fields, timeout,
                                   max_pages_per_worker)
        return
    from ..pipeline import Cleaner

    if cleaner is None:
        cleaner = Cleaner()
    elif isinstance(cleaner, CleanerSpec):
        encoding = encoding or cleaner.encoding
        cleaner = cleaner.build()
    for n, record in enumerate(records, 1):
        if isinstance(record, (str, bytes)):
            data = record.encode("utf-8", "surrogatepass") if isinstance(record, str) else record
            if _blank(data):
                continue
            task = Task((0, n), "jsonl", data, f"record:{n}")
            try:
                line = clean_task(cleaner, task, fields, encoding).line
            except Exception as e:  # noqa: BLE001 - one record never ends the stream
                line = failed_outcome(task, e).line
            yield json.loads(line)
        else:
            try:
                out = clean_record(cleaner, record, fields, f"record:{n}", encoding)
            except Exception as e:  # noqa: BLE001 - one record never ends the stream
                out = json.loads(failed_outcome(Task((0, n), "jsonl", b"", f"record:{n}"), e, "read").line)
            yield out


def _clean_isolated(records: Iterable[dict[str, Any] | str | bytes], spec: CleanerSpec, fields: Fields,
                    timeout: float, max_pages: int) -> Iterator[dict[str, Any]]:
    from .pool import PagePool

    waiting: dict[int, bytes] = {}
    nxt = 0
    with PagePool(spec, fields, 1, timeout=timeout, max_pages=max_pages) as pool:
        def settle(outcomes: list[Any]) -> Iterator[dict[str, Any]]:
            nonlocal nxt
            for o in outcomes:
                waiting[o.key[1]] = o.line
            while nxt in waiting:
                yield json.loads(waiting.pop(nxt))
                nxt += 1

        seq = 0  # the output position: blank lines take none
        for n, record in enumerate(records):
            if isinstance(record, str):
                data = record.encode("utf-8", "surrogatepass")
            elif isinstance(record, bytes):
                data = record
            else:
                try:
                    data = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
                except (ValueError, TypeError, RecursionError) as e:  # not JSON, or nested too deeply
                    pool.submit(failed_outcome_task((0, seq), f"record:{n + 1}", e))
                    seq += 1
                    continue
            if _blank(data):
                continue
            pool.submit(Task((0, seq), "jsonl", data, f"record:{n + 1}"))
            seq += 1
            while pool.outstanding >= 4:
                yield from settle(pool.poll(0.5))
        while pool.outstanding:
            yield from settle(pool.poll(0.5))


# -- helpers ----------------------------------------------------------------

def _blank(line: bytes) -> bool:
    """Whether a JSONL line is blank (skipped, as the batch's JSONL reader skips it)."""
    return not line.strip()


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([os.path.abspath(path), folder]) == folder
    except ValueError:  # different drives
        return False


def failed_outcome_task(key: tuple[int, int], locator: str, e: BaseException) -> Task:
    """A finished ``read`` error task for a record that cannot even be sent to a worker."""
    line = failed_outcome(Task(key, "jsonl", b"", locator), e, "read").line
    return Task(key, "error", line, locator, stage="read")


def _job_record(specs: list[InputSpec], st: Settings) -> dict[str, Any]:
    from .. import __version__

    inputs = []
    for s in specs:
        st_ = os.stat(s.path)
        one: dict[str, Any] = {"path": s.path, "format": s.format, "key": s.key}
        if os.path.isfile(s.path):
            one["size"], one["mtime_ns"] = st_.st_size, st_.st_mtime_ns
        inputs.append(one)
    return {"format_version": 2, "newsclean": __version__, "inputs": inputs, "names": [s.name for s in specs],
            "shard_size": st.shard_size, "fields": asdict(st.fields), "cleaner": st.cleaner.to_dict(),
            "options": st.saved(), "created": _now()}


def _stored_specs(stored: dict[str, Any]) -> list[InputSpec]:
    """The inputs of a stored job, checked to be still there."""
    names = stored.get("names") or []
    specs = []
    for i, inp in enumerate(stored["inputs"]):
        name = names[i] if i < len(names) else inp["path"]
        if not os.path.exists(inp["path"]):
            raise InputError("unreadable", f"input of the job not found: {inp['path']}")
        specs.append(InputSpec(inp["path"], inp["format"], inp["key"], name))
    return specs


def _stored_names(out: OutDir, specs: list[InputSpec]) -> list[InputSpec]:
    """Use the input names the job started with, so ids stay the same across resumes."""
    with open(out.file("job.json"), encoding="utf-8") as f:
        names = json.load(f).get("names") or []
    return [s._replace(name=names[i]) if i < len(names) else s for i, s in enumerate(specs)]


def _estimate(specs: list[InputSpec]) -> int | None:
    """A quick count of records for the progress bar (None when it would be slow)."""
    total = 0
    for s in specs:
        if s.format == "files":
            total += len(_page_files(s.path))
        elif s.format == "jsonl":
            with open(s.path, "rb") as f:
                if f.read(2) == b"\x1f\x8b":
                    return None
                f.seek(0)
                last = b"\n"
                while chunk := f.read(1 << 22):
                    total += chunk.count(b"\n")
                    last = chunk[-1:]
                total += last != b"\n"
        else:
            return None
    return total


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _manifest(job: Job, stats: dict[str, Any], engine: str, elapsed: float, run_records: int) -> dict[str, Any]:
    per_input = []
    tot_read = tot_ok = 0
    tot_stages: Counter[str] = Counter()
    for i, spec in enumerate(job.inputs):
        entries = sorted((e for (inp, _k), e in job.state.done.items() if inp == i), key=lambda e: e["shard"])
        read = sum(e["read"] for e in entries)
        ok = sum(e["ok"] for e in entries)
        stages: Counter[str] = Counter()
        for e in entries:
            stages.update(e.get("stages") or {})
        per_input.append({"input": spec.name, "path": spec.path, "format": spec.format, "read": read, "ok": ok,
                          "errors": read - ok, "errors_by_stage": dict(sorted(stages.items())),
                          "skipped": dict(sorted(job.skipped[i].items())), "files": [e["file"] for e in entries]})
        tot_read += read
        tot_ok += ok
        tot_stages.update(stages)
    from .. import __version__

    return {"complete": True, "newsclean": __version__, "finished": _now(), "engine": engine, "jobs": job.jobs,
            "shard_size": job.shard_size, "inputs": per_input,
            "total": {"read": tot_read, "ok": tot_ok, "errors": tot_read - tot_ok,
                      "errors_by_stage": dict(sorted(tot_stages.items()))},
            "last_run": {"records": run_records, "elapsed_s": round(elapsed, 3),
                         "pages_per_s": round(run_records / elapsed, 2) if elapsed else 0.0, "workers": stats,
                         "rejected": list(job.state.rejected)}}


def _result(out: OutDir, manifest: dict[str, Any], run_records: int, elapsed: float,
            nothing_to_do: bool = False) -> BatchResult:
    total = manifest["total"]
    files = [out.file(f) for inp in manifest["inputs"] for f in inp["files"]]
    return BatchResult(out.path, total["read"], total["ok"], total["errors"], dict(total["errors_by_stage"]),
                       list(manifest["inputs"]), files, run_records, elapsed, nothing_to_do, manifest)


__all__ += ["BatchError"]
