"""The one exception family newsclean raises for bad input.

Every failure to read a page ends in :class:`InputError` (a subclass of
:class:`NewscleanError` and of :class:`ValueError`) with a stable ``code`` and
a one-line message a person can act on; raw parser and codec errors never
leak out. The contract, with the limits, is in ``docs/errors.md``.
"""
from __future__ import annotations

from typing import Any

__all__ = ["NewscleanError", "InputError", "PluginError"]


class NewscleanError(Exception):
    """Base class of newsclean's own errors."""


class InputError(NewscleanError, ValueError):
    """The page cannot be read as HTML or text.

    ``code`` is a stable machine-readable reason, one of :attr:`CODES`:

    ``empty``        no bytes, or only whitespace (or an lxml tree without a root)
    ``binary``       a binary format (PDF, image, archive, executable, corrupt gzip ...)
    ``undecodable``  bytes that read as text in no known charset
    ``too_large``    over ``Options.max_bytes`` (also once gunzipped)
    ``bad_type``     not bytes, str, a BeautifulSoup object or an lxml element
    ``unparsable``   the parser or serialiser refused the markup (not expected in practice)
    ``unreadable``   the command line could not read the file
    """

    CODES = frozenset(("empty", "binary", "undecodable", "too_large", "bad_type", "unparsable", "unreadable"))

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:  # pickles across process pools
        return (type(self), (self.code, str(self)))

    def __repr__(self) -> str:
        return f"InputError({self.code!r}, {str(self)!r})"


class PluginError(NewscleanError):
    """A plugin could not be loaded or registered (raised only when strict)."""
