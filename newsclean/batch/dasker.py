"""The Dask engine: one Dask task per shard, on a LocalCluster or a given scheduler.

The driver reads the inputs once to plan shards (record positions, no page
bodies), submits the shards not yet finished, and appends each finished
shard to the journal. A task (:func:`process_shard`, on a Dask worker) reads
its own records from the input, cleans them in a
:class:`~newsclean.batch.pool.PagePool` of one child process (so a hanging
or crashing page costs one record, not the Dask worker) and writes its shard
file atomically. On a cluster of several machines the inputs and the output
folder must be at the same path on every machine (a shared file system).
"""
from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .output import OutputError, ShardWriter, describe_os_error
from .pool import BatchError, PagePool
from .records import CleanerSpec, Fields, Outcome
from .sources import InputSpec, Shard, read_input, record_limit, scan_shards

if TYPE_CHECKING:  # pragma: no cover
    from .api import Job

__all__ = ["run_dask", "process_shard", "ShardParams"]

_STAT_KEYS = ("started", "recycled", "crashed", "timeouts", "cpu_s")


@dataclass(frozen=True)
class ShardParams:
    """Everything a Dask task needs besides its shard (picklable)."""

    outdir: str
    inputs: tuple[InputSpec, ...]
    fields: Fields
    cleaner: CleanerSpec
    timeout: float
    max_pages: int
    max_rss_mb: float | None


_local = threading.local()


def _pool_for(params: ShardParams) -> PagePool:
    """One pool per Dask worker thread, kept between tasks (and rebuilt if the job changes)."""
    ident = (params.cleaner, params.fields, params.timeout, params.max_pages, params.max_rss_mb)
    pool = getattr(_local, "pool", None)
    if pool is None or getattr(_local, "ident", None) != ident:
        if pool is not None:
            pool.close()
        pool = PagePool(params.cleaner, params.fields, 1, timeout=params.timeout,
                        max_pages=params.max_pages, max_rss_mb=params.max_rss_mb)
        _local.pool, _local.ident = pool, ident
    return pool


def process_shard(params: ShardParams, shard: Shard) -> dict[str, Any]:
    """Clean one shard and write its file; returns its journal entry (plus pool stats).

    A file system error (the output folder read-only or full) is returned as
    ``{"output_error": message}`` for the driver to stop the job with, rather
    than raised (Dask would log it as a failed computation).
    """
    pool = _pool_for(params)
    before = {k: getattr(pool.stats, k) for k in _STAT_KEYS}
    cpu_before = pool.cpu_seconds()
    spec = params.inputs[shard.input]
    w = ShardWriter(params.outdir, shard.input, spec.key, shard.number, shard.start.ordinal, shard.size)
    w.set_size(shard.size)
    end = shard.start.ordinal + shard.size

    def put(o: Outcome) -> None:
        w.put(o.key[1], o.line, o.ok, o.stage)

    try:
        for task, _pos in read_input(spec, shard.input, shard.start, max_bytes=record_limit(params.cleaner.options)):
            if task.key[1] >= end:
                break
            if task.kind == "error":
                put(Outcome(task.key, task.data, False, task.stage))
            else:
                pool.submit(task)
            while pool.outstanding >= 4:
                for o in pool.poll(0.5):
                    put(o)
        for o in pool.drain():
            put(o)
        if not w.complete:
            raise BatchError(f"{spec.name}: shard {shard.number} has {w.written} records, expected "
                             f"{shard.size}; did the input change?")
        entry = w.commit()
    except OSError as e:  # the output folder (read-only, full): told to the driver, not logged as a crash
        w.abort()
        return {"output_error": describe_os_error(e)}
    except BaseException:
        w.abort()
        pool.close()
        _local.pool = None
        raise
    entry["pool"] = {k: getattr(pool.stats, k) - before[k] for k in _STAT_KEYS}
    entry["pool"]["cpu_s"] = pool.cpu_seconds() - cpu_before
    entry["pool"]["peak_rss_kb"] = pool.stats.peak_rss_kb
    return entry


def run_dask(job: "Job") -> dict[str, object]:
    """Run the job's unfinished shards through Dask; returns summed worker stats."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:  # pragma: no cover - depends on the install
        raise BatchError("the dask engine needs dask.distributed: pip install 'newsclean[dask]'") from e
    shards: list[Shard] = []
    for i, spec in enumerate(job.inputs):
        found, _n = scan_shards(spec, i, job.shard_size, job.skipped[i], record_limit(job.cleaner.options))
        shards.extend(found)
    todo = [s for s in shards if (s.input, s.number) not in job.state.done]
    job.progress.set_total(sum(s.size for s in shards))
    stats: dict[str, Any] = {k: 0 for k in _STAT_KEYS}
    stats["peak_rss_mb"] = 0.0
    if not todo:
        return stats
    params = ShardParams(job.outdir.path, tuple(job.inputs), job.fields, job.cleaner, job.timeout,
                         job.max_pages, job.max_rss_mb)
    cluster = None
    quiet = _QuietDask()
    if job.scheduler:
        client = Client(job.scheduler)
    else:
        cluster = LocalCluster(n_workers=job.jobs, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    token = uuid.uuid4().hex[:8]
    try:
        futures = [client.submit(process_shard, params, s, key=f"newsclean-{token}-{s.input}-{s.number}",
                                 pure=False) for s in todo]
        for fut in as_completed(futures):
            try:
                entry = fut.result()
            except Exception as e:
                for f in futures:
                    f.cancel()
                if isinstance(e, OSError):  # the output folder (read-only, full) as a worker sees it
                    raise OutputError(f"a Dask task cannot go on: {describe_os_error(e)}") from None
                raise BatchError(f"a Dask task failed: {type(e).__name__}: {e}") from e
            if "output_error" in entry:
                for f in futures:
                    f.cancel()
                raise OutputError(f"a Dask task cannot go on: {entry['output_error']}")
            pool = entry.pop("pool", {})
            for k in _STAT_KEYS:
                stats[k] += pool.get(k, 0)
            stats["peak_rss_mb"] = max(stats["peak_rss_mb"], round(pool.get("peak_rss_kb", 0) / 1024, 1))
            job.outdir.journal(entry)
            job.state.done[(entry["input"], entry["shard"])] = entry
            job.progress.update(entry["read"], entry["errors"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.restore()
    return stats


class _QuietDask:
    """Keep Dask's INFO chatter (cluster start and stop) off the user's terminal."""

    def __init__(self) -> None:
        self.logger = logging.getLogger("distributed")
        self.level = self.logger.level
        if self.logger.getEffectiveLevel() < logging.WARNING:
            self.logger.setLevel(logging.WARNING)

    def restore(self) -> None:
        self.logger.setLevel(self.level)
