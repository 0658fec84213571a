"""Hook specifications: the whole contract between newsclean and its plugins.

A plugin is any module or object with functions marked ``@newsclean.hookimpl``
whose names are the hooks below. Most plugins implement only
:func:`newsclean_register_steps`; the others are for site plugins and tools.

The Cleaner calls every hook through pluggy, so pluggy's rules hold:
implementations run last registered first, ``tryfirst``/``trylast`` move
one to the front or the back, and hook wrappers (``wrapper=True`` or
``hookwrapper=True``) wrap the call. An implementation that raises is
reported (log, ``Article.notes``, ``Article.failures``) and the others still
run; a wrapper that raises fails the whole call, which is reported the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article
    from .document import Document
    from .steps import Step

PROJECT = "newsclean"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = ["hookspec", "hookimpl", "PROJECT"]


@hookspec
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    """Contribute cleaning steps.

    Called once per plugin, lazily: the first time the Cleaner needs its step
    list (the first page, ``Cleaner.steps``, ``newsclean plugins``) after the
    plugin was registered; a plugin registered later is collected then, and
    the others are not asked again. Call ``register(Step(...))`` once per
    step; see :class:`~newsclean.steps.Step` for the fields (name, order,
    stage, domains). Steps of all plugins run in one sequence sorted by
    ``(stage, order, plugin:name)``, whatever the hooks' own order. A plugin
    that raises here registers no step and is listed as broken. Returns nothing.
    """


@hookspec
def newsclean_site_domains() -> "list[str] | None":
    """Domains a *site plugin* serves (``example.com``, ``.example.com``, ``*.example.com``).

    Called once per plugin, just before its ``newsclean_register_steps``.
    Every step the plugin registers without its own ``domains`` is scoped to
    these, and its metadata proposals outrank generic ones there. A generic
    plugin returns None.
    """


@hookspec
def newsclean_prepare_document(document: "Document") -> None:
    """Inspect or adjust a freshly loaded Document before any step runs.

    Called once per page, after loading and before the tree stage. Use it for
    per-page set-up (e.g. reading a site configuration into ``document.state``).
    Returns nothing.
    """


@hookspec
def newsclean_finish_article(article: "Article", document: "Document") -> "Article | None":
    """Last look at the built Article.

    Called once per page after the Article is assembled. Return a new Article
    (e.g. ``dataclasses.replace(article, ...)``) to replace it, or None to
    keep it. Implementations run in pluggy's order: last registered first
    (``tryfirst``/``trylast`` honoured); each sees the article the previous
    one returned. A wrapper receives the article as built and, after its
    ``yield``, the list of results; the last Article in that list is the one
    returned to the caller.
    """


def all_hook_names() -> list[str]:
    """Names of every hook above (used by the docs and the meta-tests)."""
    return sorted(n for n, v in globals().items() if n.startswith("newsclean_") and callable(v))

