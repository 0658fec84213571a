"""PagePool: worker processes that clean pages, where one bad page costs one record.

Each worker is a child process (:mod:`newsclean.batch.child`) fed through
pipes; the pool never blocks on a worker. A worker holds at most
``1 + prefetch`` tasks, cleans them in order and answers one line per task.

* A page that takes longer than ``timeout`` seconds: its worker is killed,
  the page gets a ``timeout`` error record, the worker's other tasks go back
  to the queue and a fresh worker starts.
* A worker that dies (``os._exit``, a segfault, the OOM killer): the task it
  was cleaning gets a ``worker-crash`` error record; the rest is re-queued.
* Memory stays bounded: a worker is retired after ``max_pages`` tasks, or
  once its resident memory passes ``max_rss_mb``, and replaced.
* Workers that cannot start (a plugin fails to import) end the job with
  :class:`BatchError` after three attempts in a row, rather than turning
  every page into an error.

Processes are started with ``subprocess`` (not ``multiprocessing``) so a
pool also works inside daemonic processes such as Dask workers.
"""
from __future__ import annotations

import logging
import os
import pickle
import selectors
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .records import CleanerSpec, Fields, Outcome, Task, dumps_line, error_record, task_id

__all__ = ["PagePool", "PoolStats", "BatchError"]

_HEADER = struct.Struct(">I")
_READ_CHUNK = 1 << 20
#: Seconds a worker may take to build its Cleaner before it counts as failed.
STARTUP_TIMEOUT = 120.0
#: A memory sample is kept every this many pages of a worker.
RSS_SAMPLE_EVERY = 500


class BatchError(Exception):
    """The batch job cannot go on (workers cannot start, the output folder is unusable ...)."""


@dataclass
class PoolStats:
    """What the pool did: processes started, retired, killed, and their memory."""

    started: int = 0
    recycled: int = 0
    crashed: int = 0
    timeouts: int = 0
    peak_rss_kb: int = 0
    #: CPU seconds the workers spent (as they last reported it).
    cpu_s: float = 0.0
    #: (worker serial, pages that worker had cleaned, its resident KiB), sampled.
    rss_samples: list[tuple[int, int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"started": self.started, "recycled": self.recycled, "crashed": self.crashed,
                "timeouts": self.timeouts, "peak_rss_mb": round(self.peak_rss_kb / 1024, 1),
                "cpu_s": round(self.cpu_s, 3),
                "rss_samples": [list(s) for s in self.rss_samples]}


class _Worker:
    __slots__ = ("proc", "serial", "fd_in", "fd_out", "inbuf", "outbuf", "assigned", "sent",
                 "done", "ready", "since", "retiring", "killed_for_timeout", "rss_kb", "fatal", "spawned", "cpu")

    def __init__(self, proc: subprocess.Popen[bytes], serial: int) -> None:
        self.proc = proc
        self.serial = serial
        assert proc.stdin is not None and proc.stdout is not None
        self.fd_in = proc.stdin.fileno()
        self.fd_out = proc.stdout.fileno()
        os.set_blocking(self.fd_in, False)
        os.set_blocking(self.fd_out, False)
        self.inbuf = bytearray()
        self.outbuf = bytearray()
        self.assigned: deque[Task] = deque()
        self.sent = 0  # tasks ever assigned
        self.done = 0  # tasks answered
        self.ready = False
        self.since = time.monotonic()  # start of the current page (or of start-up)
        self.retiring = False
        self.killed_for_timeout = False
        self.rss_kb = 0
        self.fatal = ""
        self.spawned = time.monotonic()
        self.cpu = 0.0


class PagePool:
    """A pool of ``jobs`` worker processes; see the module docstring.

    >>> pool = PagePool(CleanerSpec(), Fields(), jobs=2)      # doctest: +SKIP
    >>> pool.submit(task); outcomes = pool.poll(1.0)          # doctest: +SKIP
    """

    def __init__(self, spec: CleanerSpec, fields: Fields, jobs: int = 1, *, timeout: float = 30.0,
                 max_pages: int = 2000, max_rss_mb: float | None = None, prefetch: int = 1) -> None:
        self.spec, self.fields = spec, fields
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.max_pages = max_pages if max_pages and max_pages > 0 else 0
        self.max_rss_kb = int(max_rss_mb * 1024) if max_rss_mb else 0
        self.prefetch = max(0, prefetch)
        self.stats = PoolStats()
        self._pending: deque[Task] = deque()
        self._workers: list[_Worker] = []
        self._sel = selectors.DefaultSelector()
        self._ready_out: list[Outcome] = []
        self._serial = 0
        self._failed_starts = 0
        self._closed = False
        self._pdeathsig = threading.current_thread() is threading.main_thread()

    # -- public ------------------------------------------------------------
    @property
    def outstanding(self) -> int:
        """Tasks submitted and not yet answered."""
        return len(self._pending) + sum(len(w.assigned) for w in self._workers) + len(self._ready_out)

    def cpu_seconds(self) -> float:
        """CPU time of every worker so far, the running ones included."""
        return self.stats.cpu_s + sum(w.cpu for w in self._workers)

    def submit(self, task: Task) -> None:
        """Queue one task (``page`` or ``jsonl``)."""
        if self._closed:
            raise BatchError("the pool is closed")
        self._pending.append(task)

    def poll(self, wait: float = 0.5) -> list[Outcome]:
        """Move work along for at most ``wait`` seconds; returns the outcomes that arrived."""
        self._dispatch()
        if not self._ready_out:
            now = time.monotonic()
            limit = wait
            for w in self._workers:
                if w.assigned or not w.ready:
                    budget = self.timeout if w.ready else STARTUP_TIMEOUT
                    limit = min(limit, max(0.0, w.since + budget - now))
            if self._workers:
                for key, mask in self._sel.select(max(0.0, limit) + 0.001):
                    w = key.data
                    if w not in self._workers:  # stopped earlier in this round
                        continue
                    if mask & selectors.EVENT_READ and key.fd == w.fd_out:
                        self._on_readable(w)
                    elif mask & selectors.EVENT_WRITE and key.fd == w.fd_in:
                        self._flush(w)
            elif wait:
                time.sleep(min(wait, 0.05))
            self._check_deadlines()
            self._dispatch()
        out, self._ready_out = self._ready_out, []
        return out

    def drain(self, wait: float = 0.5) -> list[Outcome]:
        """Poll until every submitted task is answered; returns all their outcomes."""
        got: list[Outcome] = []
        while self.outstanding:
            got.extend(self.poll(wait))
        return got

    def close(self) -> None:
        """Stop every worker now (tasks not yet answered are dropped)."""
        if self._closed and not self._workers:
            return
        self._closed = True
        for w in list(self._workers):
            self.stats.cpu_s += w.cpu
            self._stop(w, kill=True)
        self._workers.clear()
        self._sel.close()

    def __enter__(self) -> "PagePool":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- workers -----------------------------------------------------------
    def _spawn(self) -> _Worker:
        env = dict(os.environ)
        env.setdefault("PYTHONUNBUFFERED", "1")
        proc = subprocess.Popen([sys.executable, "-m", "newsclean.batch.child"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, env=env, close_fds=True)
        self._serial += 1
        w = _Worker(proc, self._serial)
        self.stats.started += 1
        cfg = {"spec": self.spec, "fields": self.fields, "pdeathsig": self._pdeathsig,
               "log_level": logging.getLogger("newsclean").getEffectiveLevel()}
        self._queue_frame(w, cfg)
        self._sel.register(w.fd_out, selectors.EVENT_READ, w)
        self._workers.append(w)
        self._flush(w)
        return w

    def _queue_frame(self, w: _Worker, obj: Any) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        w.outbuf += _HEADER.pack(len(data))
        w.outbuf += data

    def _flush(self, w: _Worker) -> None:
        if w.fd_in < 0:
            w.outbuf.clear()
            return
        while w.outbuf:
            try:
                n = os.write(w.fd_in, w.outbuf)
            except BlockingIOError:
                break
            except OSError:  # BrokenPipeError: the worker is gone; its end of file will tell
                w.outbuf.clear()
                break
            del w.outbuf[:n]
        registered = self._registered(w, w.fd_in)
        if w.outbuf and not registered:
            self._sel.register(w.fd_in, selectors.EVENT_WRITE, w)
        elif not w.outbuf and registered:
            self._sel.unregister(w.fd_in)

    def _registered(self, w: _Worker, fd: int) -> bool:
        """Whether ``fd`` is registered for this worker (fd numbers are reused by new workers)."""
        try:
            return fd >= 0 and self._sel.get_key(fd).data is w
        except (KeyError, ValueError):
            return False

    def _dispatch(self) -> None:
        if self._closed:
            return
        live = [w for w in self._workers if not w.retiring]
        while len(live) < self.jobs and (self._pending or len(self._workers) < self.jobs):
            live.append(self._spawn())
        for w in live:
            while self._pending and len(w.assigned) <= self.prefetch and not w.retiring:
                task = self._pending.popleft()
                if not w.assigned and w.ready:
                    w.since = time.monotonic()
                w.assigned.append(task)
                w.sent += 1
                self._queue_frame(w, task)
                if self.max_pages and w.sent >= self.max_pages:
                    self._retire(w)
            self._flush(w)

    def _retire(self, w: _Worker) -> None:
        """Give this worker no more tasks; it exits once it has answered the ones it holds."""
        if w.retiring:
            return
        w.retiring = True
        if not w.assigned:
            self._close_input(w)

    def _close_input(self, w: _Worker) -> None:
        self._flush(w)
        if w.outbuf:
            return  # closed when the last frame is out (see _on_readable)
        if self._registered(w, w.fd_in):
            self._sel.unregister(w.fd_in)
        assert w.proc.stdin is not None
        try:
            w.proc.stdin.close()
        except OSError:
            pass
        w.fd_in = -1

    def _on_readable(self, w: _Worker) -> None:
        try:
            chunk = os.read(w.fd_out, _READ_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._on_exit(w)
            return
        w.inbuf += chunk
        while len(w.inbuf) >= _HEADER.size:
            n = _HEADER.unpack_from(w.inbuf)[0]
            if len(w.inbuf) < _HEADER.size + n:
                break
            msg = pickle.loads(bytes(w.inbuf[_HEADER.size:_HEADER.size + n]))
            del w.inbuf[:_HEADER.size + n]
            self._on_message(w, msg)
        if w.retiring and not w.assigned and w.fd_in >= 0:
            self._close_input(w)

    def _on_message(self, w: _Worker, msg: tuple[Any, ...]) -> None:
        kind = msg[0]
        if kind == "ready":
            w.ready = True
            w.since = time.monotonic()
            self._failed_starts = 0
        elif kind == "res":
            outcome, rss = msg[1], msg[2]
            w.cpu = msg[3] if len(msg) > 3 else w.cpu
            if w.assigned and w.assigned[0].key == outcome.key:
                w.assigned.popleft()
            w.done += 1
            w.since = time.monotonic()
            self._ready_out.append(outcome)
            self._note_rss(w, rss)
        elif kind == "fatal":
            w.fatal = str(msg[1])

    def _note_rss(self, w: _Worker, rss: int) -> None:
        w.rss_kb = rss
        if rss > self.stats.peak_rss_kb:
            self.stats.peak_rss_kb = rss
        if w.done == 1 or w.done % RSS_SAMPLE_EVERY == 0:
            self.stats.rss_samples.append((w.serial, w.done, rss))
        if self.max_rss_kb and rss > self.max_rss_kb:
            self._retire(w)

    def _check_deadlines(self) -> None:
        now = time.monotonic()
        for w in list(self._workers):
            if w.ready and w.assigned and now - w.since > self.timeout:
                w.killed_for_timeout = True
                self._stop(w, kill=True)
                self._on_exit(w, already_stopped=True)
            elif not w.ready and now - w.since > STARTUP_TIMEOUT:
                w.fatal = w.fatal or f"a worker did not start within {STARTUP_TIMEOUT:.0f} s"
                self._stop(w, kill=True)
                self._on_exit(w, already_stopped=True)

    def _stop(self, w: _Worker, kill: bool) -> None:
        w.outbuf.clear()
        for fd in (w.fd_in, w.fd_out):
            if self._registered(w, fd):
                self._sel.unregister(fd)
        w.fd_in = w.fd_out = -1
        if kill and w.proc.poll() is None:
            w.proc.kill()
        for f in (w.proc.stdin, w.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except OSError:
                pass
        try:
            w.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGKILL
            pass

    def _on_exit(self, w: _Worker, already_stopped: bool = False) -> None:
        """A worker's output ended: settle the tasks it held and forget it."""
        if not already_stopped:
            self._stop(w, kill=not w.retiring)
        if w in self._workers:
            self._workers.remove(w)
            self.stats.cpu_s += w.cpu
        held = list(w.assigned)
        w.assigned.clear()
        if not w.ready:
            self._failed_starts += 1
            self._pending.extendleft(reversed(held))
            if self._failed_starts >= 3:
                self.close()
                why = w.fatal or f"worker exited with status {w.proc.returncode} before it was ready"
                raise BatchError(f"workers cannot start: {why}")
            return
        if not held:
            if w.retiring:
                self.stats.recycled += 1
            return
        current, rest = held[0], held[1:]
        self._pending.extendleft(reversed(rest))
        if w.killed_for_timeout:
            self.stats.timeouts += 1
            err, stage = "Timeout", "timeout"
            msg = f"cleaning took longer than {self.timeout:g} s; the worker was killed"
        else:
            self.stats.crashed += 1
            code = w.proc.returncode
            how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
            err, stage, msg = "WorkerCrash", "worker-crash", f"the worker process {how} while cleaning this page"
        rid, url = task_id(current, self.fields)
        rec = error_record(rid, err, msg, stage, current.locator, url)
        self._ready_out.append(Outcome(current.key, dumps_line(rec), False, stage))
