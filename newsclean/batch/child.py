"""The worker process: ``python -m newsclean.batch.child``.

It speaks a small protocol on its standard input and output: frames of a
4-byte big-endian length followed by a pickle. The parent sends one
configuration frame, then tasks; the child answers ``("ready", pid)`` once its
Cleaner is built, then one ``("res", Outcome, rss_kb, cpu_seconds)`` per
task, in order.
It exits when its input closes. Anything a plugin prints goes to standard
error, never into the protocol.

The child dies with its parent: on Linux the kernel kills it
(``PR_SET_PDEATHSIG``) when the pool was started from the main thread, and a
watchdog thread notices a new parent process id everywhere else.
"""
from __future__ import annotations

import logging
import os
import pickle
import signal
import struct
import sys
import threading
import time
from typing import IO, Any

from .records import clean_task, failed_outcome

__all__ = ["main", "read_frame", "write_frame", "rss_kb"]

_HEADER = struct.Struct(">I")


def write_frame(out: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_HEADER.pack(len(data)) + data)
    out.flush()


def _read_exact(inp: IO[bytes], n: int) -> bytes | None:
    chunks = []
    while n:
        b = inp.read(n)
        if not b:
            return None
        chunks.append(b)
        n -= len(b)
    return b"".join(chunks)


def read_frame(inp: IO[bytes]) -> Any:
    """The next object, or None at end of input."""
    head = _read_exact(inp, _HEADER.size)
    if head is None:
        return None
    body = _read_exact(inp, _HEADER.unpack(head)[0])
    return None if body is None else pickle.loads(body)


def rss_kb() -> int:
    """Resident memory of this process in KiB (peak resident size where /proc is missing)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return int(peak // 1024 if sys.platform == "darwin" else peak)
        except Exception:  # noqa: BLE001
            return 0


def _die_with_parent(use_pdeathsig: bool) -> None:
    parent = os.getppid()
    if use_pdeathsig and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:  # noqa: BLE001 - the watchdog below still runs
            pass
        if os.getppid() != parent:
            os._exit(0)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def main() -> None:
    try:
        _serve()
    except BrokenPipeError:  # the parent is gone (killed): nothing to answer, nothing to say
        os._exit(0)


def _serve() -> None:
    inp = sys.stdin.buffer
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not break the protocol
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cfg = read_frame(inp)
    if cfg is None:
        return
    _die_with_parent(bool(cfg.get("pdeathsig")))
    logging.basicConfig(level=cfg.get("log_level", logging.WARNING),
                        format="newsclean worker: %(levelname)s: %(message)s")
    fields, encoding = cfg["fields"], cfg["spec"].encoding
    try:
        cleaner = cfg["spec"].build()
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which stops the job
        write_frame(out, ("fatal", f"cannot build the Cleaner: {type(e).__name__}: {e}"))
        out.close()
        os._exit(3)
    write_frame(out, ("ready", os.getpid()))
    while True:
        task = read_frame(inp)
        if task is None:
            break
        try:
            outcome = clean_task(cleaner, task, fields, encoding)
        except BaseException as e:  # noqa: BLE001 - one record's failure never ends the worker
            outcome = failed_outcome(task, e)
        write_frame(out, ("res", outcome, rss_kb(), time.process_time()))
    out.close()


if __name__ == "__main__":
    main()
