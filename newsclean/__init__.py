"""newsclean: turn a scraped news page into a clean article.

>>> import newsclean
>>> art = newsclean.clean("<html><body><h1>Hi</h1><p>Hello there.</p></body></html>")
>>> art.text
'Hello there.'

Public API: :func:`clean`, :class:`Cleaner`, :class:`Article`,
:class:`Paragraph`, :class:`Removal`, :class:`Options`, :class:`Step`,
:data:`hookimpl`, :class:`InputError`.
"""
from __future__ import annotations

from typing import Any

from .article import Article, Paragraph, Removal
from .document import Block, Document
from .errors import InputError, NewscleanError, PluginError
from .hookspecs import hookimpl, hookspec
from .options import Options
from .pipeline import Cleaner, PluginInfo
from .steps import Step

__version__ = "0.1.0"

__all__ = [
    "clean",
    "Cleaner",
    "Article",
    "Paragraph",
    "Removal",
    "Options",
    "Step",
    "Block",
    "Document",
    "PluginInfo",
    "hookimpl",
    "hookspec",
    "InputError",
    "NewscleanError",
    "PluginError",
    "__version__",
]

_default: Cleaner | None = None


def clean(page: Any, *, url: str | None = None, encoding: str | None = None, **options: Any) -> Article:
    """Clean one page with the installed plugins; see :meth:`Cleaner.clean`.

    Keyword options are :class:`Options` fields (``input_kind="text"``,
    ``language="zh"`` ...). Without options a shared default Cleaner is reused.
    """
    global _default
    input_kind = options.pop("input_kind", None)
    if options:
        return Cleaner(**options).clean(page, url, encoding=encoding, input_kind=input_kind)
    if _default is None:
        _default = Cleaner()
    return _default.clean(page, url, encoding=encoding, input_kind=input_kind)
