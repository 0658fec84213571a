"""Hook specifications: the whole contract between newsclean and its plugins.

A plugin is any module or object with functions marked ``@newsclean.hookimpl``
whose names are the hooks below. Most plugins implement only
:func:`newsclean_register_steps`; the others are for site plugins and tools.
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

    Called once when a :class:`~newsclean.Cleaner` is built. Call
    ``register(Step(...))`` once per step; see :class:`~newsclean.steps.Step`
    for the fields (name, order, stage, domains). Steps of all plugins run in
    one sequence sorted by ``(stage, order, name)``. Returns nothing.
    """


@hookspec
def newsclean_site_domains() -> "list[str] | None":
    """Domains a *site plugin* serves (``example.com``, ``.example.com``, ``*.example.com``).

    Called once when the Cleaner is built. Every step the plugin registers
    without its own ``domains`` is scoped to these, and its metadata
    proposals outrank generic ones there. A generic plugin returns None.
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
    keep it. Implementations run in registration order (last registered
    first, as pluggy does); each sees the article the previous one returned.
    """


def all_hook_names() -> list[str]:
    """Names of every hook above (used by the docs and the meta-tests)."""
    return sorted(n for n, v in globals().items() if n.startswith("newsclean_") and callable(v))

