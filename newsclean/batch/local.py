"""The local engine: this process reads the inputs and writes the shards, a
:class:`~newsclean.batch.pool.PagePool` of worker processes cleans the pages."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .output import ShardWriter
from .pool import BatchError, PagePool
from .records import Outcome
from .sources import read_input, record_limit

if TYPE_CHECKING:  # pragma: no cover
    from .api import Job

__all__ = ["run_local"]


def run_local(job: "Job") -> dict[str, object]:
    """Clean every record of the job not yet in a finished shard; returns the pool's stats."""
    size = job.shard_size
    done = job.state.done
    writers: dict[tuple[int, int], ShardWriter] = {}
    backlog = job.jobs * 4 + 8
    limit = record_limit(job.cleaner.options)

    def commit(w: ShardWriter) -> None:
        entry = w.commit()
        job.outdir.journal(entry)
        done[(w.input, w.index)] = entry
        del writers[(w.input, w.index)]

    def deliver(o: Outcome) -> None:
        i, n = o.key
        w = writers[(i, n // size)]
        w.put(n, o.line, o.ok, o.stage)
        job.progress.update(1, 0 if o.ok else 1)
        if w.complete:
            commit(w)

    pool = PagePool(job.cleaner, job.fields, job.jobs, timeout=job.timeout, max_pages=job.max_pages,
                    max_rss_mb=job.max_rss_mb)
    try:
        for i, spec in enumerate(job.inputs):
            count = 0
            for task, _pos in read_input(spec, i, skipped=job.skipped[i], max_bytes=limit):
                n = task.key[1]
                count = n + 1
                k = n // size
                if (i, k) in done:
                    continue
                if (i, k) not in writers:
                    writers[(i, k)] = ShardWriter(job.outdir.path, i, spec.key, k, k * size, size)
                if task.kind == "error":
                    deliver(Outcome(task.key, task.data, False, task.stage))
                    continue
                pool.submit(task)
                while pool.outstanding >= backlog:
                    for o in pool.poll(0.5):
                        deliver(o)
            if count:
                last = writers.get((i, (count - 1) // size))
                if last is not None:
                    last.set_size(count - last.first)
                    if last.complete:
                        commit(last)
        while pool.outstanding:
            for o in pool.poll(0.5):
                deliver(o)
        if writers:
            left = ", ".join(w.name for w in writers.values())
            raise BatchError(f"internal error: shards left unfinished: {left}")
        pool.close()  # counts the CPU time of the last workers
        return pool.stats.to_dict()
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    finally:
        pool.close()
