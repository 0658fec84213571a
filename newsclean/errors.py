"""The one exception family newsclean raises for bad input.

Every failure to read a page ends in :class:`InputError` (a subclass of
:class:`NewscleanError` and of :class:`ValueError`) with a short message a
person can act on; raw parser errors never leak out.
"""
from __future__ import annotations

__all__ = ["NewscleanError", "InputError", "PluginError"]


class NewscleanError(Exception):
    """Base class of newsclean's own errors."""


class InputError(NewscleanError, ValueError):
    """The page cannot be read as HTML or text (binary, empty, too large ...).

    ``code`` is a stable machine-readable reason: ``empty``, ``binary``,
    ``too_large``, ``undecodable``, ``bad_type``, ``unparsable``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class PluginError(NewscleanError):
    """A plugin could not be loaded or registered (raised only when strict)."""
