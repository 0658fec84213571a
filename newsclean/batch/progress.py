"""Progress on a terminal: pages, pages/s, errors and ETA; silent otherwise.

Uses ``tqdm`` when installed (``newsclean[batch]``), else a one-line fallback.
"""
from __future__ import annotations

import os
import sys
import time
from typing import Any

__all__ = ["Progress"]


class Progress:
    """A progress line on standard error, shown only when ``enabled``."""

    def __init__(self, enabled: bool, total: int | None = None, initial: int = 0,
                 initial_errors: int = 0, desc: str = "newsclean batch") -> None:
        self.enabled = enabled
        self.errors = initial_errors
        self._bar: Any = None
        self._count = initial
        self._total = total
        self._start = time.monotonic()
        self._initial = initial
        self._last = 0.0
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        tqdm.monitor_interval = 0  # no monitor thread in a process that starts workers
        try:
            cols = os.get_terminal_size(sys.stderr.fileno()).columns
        except (OSError, ValueError):
            cols = 0
        # some terminals (ptys of script, CI runners) report 0 columns: use a fixed width there
        width: dict[str, Any] = {"dynamic_ncols": True} if cols >= 20 else {"ncols": 100, "nrows": 40}
        self._bar = tqdm(total=total, initial=initial, unit="page", desc=desc, file=sys.stderr,
                         smoothing=0.05, mininterval=0.5, **width)
        if initial_errors:
            self._bar.set_postfix(errors=initial_errors, refresh=False)

    def set_total(self, total: int) -> None:
        self._total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def update(self, n: int = 1, errors: int = 0) -> None:
        if not self.enabled:
            return
        self._count += n
        if errors:
            self.errors += errors
            if self._bar is not None:
                self._bar.set_postfix(errors=self.errors, refresh=False)
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if now - self._last >= 1.0:
            self._last = now
            rate = (self._count - self._initial) / max(1e-9, now - self._start)
            of = f"/{self._total}" if self._total else ""
            sys.stderr.write(f"\r{self._count}{of} pages  {rate:.1f} pages/s  {self.errors} errors ")
            sys.stderr.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.enabled and self._last:
            sys.stderr.write("\n")
