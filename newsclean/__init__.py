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

import os
import threading
from collections import OrderedDict
from typing import Any

from .article import Article, Comment, Paragraph, Removal
from .document import Block, Document
from .errors import InputError, NewscleanError, PluginError
from .hookspecs import hookimpl, hookspec
from .options import Options
from .pipeline import ENV_DISABLE, Cleaner, PluginInfo
from .steps import Step

__version__ = "0.1.0"

__all__ = [
    "clean",
    "Cleaner",
    "Article",
    "Paragraph",
    "Removal",
    "Comment",
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

#: How many Cleaners :func:`clean` keeps, one per distinct set of options (least recently used go first).
CLEANER_CACHE_SIZE = 16
_cache: "OrderedDict[Any, Cleaner]" = OrderedDict()
_cache_lock = threading.Lock()


def clean(page: Any, *, url: str | None = None, encoding: str | None = None, **options: Any) -> Article:
    """Clean one page with the installed plugins; see :meth:`Cleaner.clean`.

    Keyword options are :class:`Options` fields (``input_kind="text"``,
    ``language="zh"`` ...) or :class:`Cleaner` arguments (``disable=[...]``).
    The Cleaner built for a set of options is reused by later calls with the
    same options (and the same ``$NEWSCLEAN_DISABLE``); up to
    ``CLEANER_CACHE_SIZE`` of them are kept. Safe to call from several threads.
    """
    input_kind = options.pop("input_kind", None)
    return _cleaner_for(options).clean(page, url, encoding=encoding, input_kind=input_kind)


def _cleaner_for(options: dict[str, Any]) -> Cleaner:
    try:
        key: Any = (os.environ.get(ENV_DISABLE, ""),
                    tuple(sorted((k, _frozen(v)) for k, v in options.items())))
        hash(key)
    except TypeError:  # options that cannot be a key (plugin objects ...): a Cleaner of its own
        return Cleaner(**options)
    with _cache_lock:
        cleaner = _cache.get(key)
        if cleaner is not None:
            _cache.move_to_end(key)
            return cleaner
    cleaner = Cleaner(**options)  # built outside the lock: it may import plugins
    with _cache_lock:
        cleaner = _cache.setdefault(key, cleaner)
        _cache.move_to_end(key)
        while len(_cache) > CLEANER_CACHE_SIZE:
            _cache.popitem(last=False)
    return cleaner


def _frozen(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_frozen(v) for v in (sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    return value
