"""Site plugins: loading them from a folder, and the kit they build on.

A *site plugin* is an ordinary newsclean plugin that also implements
``newsclean_site_domains()``: its steps then run only on pages of those
domains, and the metadata it proposes outranks generic guesses there.

This module gives site-plugin authors (and :mod:`newsclean.siterules`) three
things:

* :func:`load_plugins_dir` reads a folder of ``.py`` files, one plugin each
  (``Cleaner(plugins_dir=DIR)``, ``--plugins-dir DIR``). A file that fails
  to import does not stop cleaning: it becomes a stand-in plugin that notes
  the error on every article and in the log.
* :func:`replace_body` makes the site's article container(s) the whole page
  body at the tree stage, recording every block of text left outside as a
  removal, so that nothing is dropped silently.
* :func:`body_guard_steps`: once a site has said where its body is, the
  generic article locator (order band 500-698) must not drop anything inside
  it; with ``prune=False`` no generic step may.
"""
from __future__ import annotations

import copy
import hashlib
import importlib.util
import logging
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable

from .blocks import html_blocks
from .document import Document
from .errors import PluginError
from .hookspecs import hookimpl
from .steps import Step

__all__ = [
    "load_plugins_dir",
    "replace_body",
    "body_guard_steps",
    "body_lock",
    "lock_body",
    "element_text",
    "BODY_LOCK",
    "LOCATOR_BAND",
]

log = logging.getLogger("newsclean")

#: ``document.state`` key set by :func:`replace_body` (a dict, see :func:`body_lock`).
BODY_LOCK = "newsclean.site_body"
#: Orders of the generic article locator: drops made there inside a site body are undone.
LOCATOR_BAND = (500, 699)
_LAST = 999  # after every ordinary step of a stage (bands end at 900)
_MODULE_PREFIX = "newsclean_sites"


# ---------------------------------------------------------------------------
# a folder of .py plugins
# ---------------------------------------------------------------------------

class _BrokenPlugin:
    """Stands in for a plugin file that failed to import: notes the error on every page."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message

    @hookimpl
    def newsclean_prepare_document(self, document: Document) -> None:
        document.note(self.message)


def load_plugins_dir(directory: "str | os.PathLike[str]") -> list[tuple[str, Any]]:
    """Import every ``*.py`` file of ``directory`` as a plugin module.

    Returns ``(name, module)`` pairs sorted by file name; the name is the file
    stem (``acme_news.py`` -> ``acme_news``). Files starting with ``_`` are
    skipped. A file that raises on import, or that is a link leading outside
    the folder (only the folder's own files run), is logged and returned as a
    stand-in plugin that adds a note to every article. Raises
    :class:`~newsclean.PluginError` when the folder does not exist.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise PluginError(f"plugins dir {str(folder)!r} is not a folder")
    out: list[tuple[str, Any]] = []
    real = folder.resolve()
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = path.stem
        if not _inside(path, real):
            message = f"plugin {name!r} ({path}) not loaded: it is a link leading outside the plugins folder"
            log.warning(message)
            out.append((name, _BrokenPlugin(name, message)))
            continue
        try:
            out.append((name, _import_file(path)))
        except Exception as e:  # a broken file must not stop the others
            where = _last_frame_in(path, e)
            message = f"plugin {name!r} ({path}) failed to load: {type(e).__name__}: {e}{where}"
            log.warning(message)
            out.append((name, _BrokenPlugin(name, message)))
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except (OSError, RuntimeError):  # a link loop
        return False


def _import_file(path: Path) -> ModuleType:
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    modname = f"{_MODULE_PREFIX}.{path.stem}_{digest}"
    spec = importlib.util.spec_from_file_location(modname, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module  # dataclasses and pickling look modules up here
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(modname, None)
        raise
    return module


def _last_frame_in(path: Path, exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
    return f" (line {frames[-1].lineno})" if frames else ""


# ---------------------------------------------------------------------------
# the site's body
# ---------------------------------------------------------------------------

def body_lock(document: Document) -> dict[str, Any] | None:
    """The body lock set by :func:`replace_body` on this page, or None.

    Keys: ``owner`` (plugin name), ``prune`` (bool), ``reason``.
    """
    return document.state.get(BODY_LOCK)


def replace_body(
    document: Document,
    elements: Iterable[Any],
    *,
    kind: str,
    reason: str,
    prune: bool = True,
    region: str = "",
) -> int:
    """Make ``elements`` (the article's containers) the whole ``<body>``.

    Call it from a ``tree`` step. Nested elements are merged into their
    outermost selected ancestor; the order is the page's. Each block of text
    outside them is recorded with ``document.record(kind, reason, text)``.
    The page's ``<head>`` stays (metadata readers still see it).

    Afterwards the page is *locked* to this body: the steps of
    :func:`body_guard_steps` undo what the generic locator drops inside it,
    and with ``prune=False`` what any other plugin removes inside it.
    Returns the number of blocks recorded as removed; does nothing and
    returns -1 when ``elements`` is empty or the page is not HTML.
    """
    root = document.tree
    chosen = _outermost([e for e in elements if _is_element(e)])
    if root is None or not chosen:
        return -1
    body = _body_of(root)
    if any(e is body or e is root for e in chosen):
        removed = 0  # the whole body is the article: nothing outside
    else:
        inside = {id(e) for e in chosen}
        blocks, _ = html_blocks(root)
        removed = 0
        for b in blocks:
            if not any(id(p) in inside for p in b.path):
                document.record(kind, reason, b.text, region)
                removed += 1
        for e in chosen:
            e.tail = None  # text after the element belongs to its old parent
        body.text = None
        for child in list(body):
            body.remove(child)
        for e in chosen:
            body.append(e)  # moves the element (lxml elements have one parent)
    lock = lock_body(document, prune=prune, reason=reason)
    if not prune:
        lock["pristine"] = [copy.deepcopy(c) for c in body]
        lock["pristine_text"] = body.text
    return removed


def lock_body(document: Document, *, prune: bool = True, reason: str = "") -> dict[str, Any]:
    """Declare that the calling step's plugin has located the article on this page.

    :func:`replace_body` calls it; call it yourself from a ``blocks`` step
    (order below 499) after dropping every block outside the article, e.g.
    on a text dump. The steps of :func:`body_guard_steps` then keep what is
    left from the generic locator (and, with ``prune=False``, from every
    other plugin). Returns the lock (a dict kept in ``document.state``).
    """
    lock: dict[str, Any] = {"owner": document.current_step.split(":", 1)[0], "prune": prune,
                            "reason": reason, "removed_at": len(document.removed)}
    document.state[BODY_LOCK] = lock
    return lock


def element_text(element: Any) -> str:
    """An element's text as the cleaner reads it: one line per block (paragraph, heading ...).

    Use it for the ``text`` of what a tree step removes, so that
    ``<h3>Title</h3><p>Text</p>`` reads ``Title\nText``, not ``TitleText``.
    """
    blocks, _ = html_blocks(element)
    return "\n".join(b.text for b in blocks)


def _is_element(e: Any) -> bool:
    return hasattr(e, "tag") and isinstance(getattr(e, "tag", None), str)


def _outermost(elements: list[Any]) -> list[Any]:
    """Drop elements nested in another chosen one and duplicates; keep page order."""
    ids = {id(e) for e in elements}
    seen: set[int] = set()
    out = []
    for e in elements:
        if id(e) in seen:
            continue
        seen.add(id(e))
        if any(id(a) in ids for a in e.iterancestors()):
            continue
        out.append(e)
    if len(out) > 1:
        order = {id(el): i for i, el in enumerate(out[0].getroottree().getroot().iter())}
        out.sort(key=lambda el: order.get(id(el), 0))
    return out


def _body_of(root: Any) -> Any:
    if isinstance(root.tag, str) and root.tag.lower() == "body":
        return root
    body = root.find("body")
    if body is None:
        body = next((el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() == "body"), None)
    return body if body is not None else root


def body_guard_steps() -> list[Step]:
    """Steps that keep a locked site body (see :func:`replace_body`) intact.

    Register them alongside a step that calls :func:`replace_body`::

        for step in body_guard_steps():
            register(step)

    * ``body-open`` (blocks, 499) notes which blocks are already dropped;
    * ``body-close`` (blocks, 699) restores blocks the article locator
      (orders 500-698) dropped since: the site already located the article;
    * ``body-reinstall`` (tree, last) and ``body-keep`` (blocks, last), only
      under ``prune=False``: put back what other tree steps pruned inside the
      body and restore every block another plugin dropped.

    They do nothing on pages without a lock, so registering them from
    several plugins is harmless.
    """
    return [
        Step("body-open", _guard_open, order=LOCATOR_BAND[0] - 1, stage="blocks", kind="",
             description="remember what was dropped before the generic article locator"),
        Step("body-close", _guard_close, order=LOCATOR_BAND[1], stage="blocks", kind="",
             description="undo the generic locator's drops inside a site's body"),
        Step("body-reinstall", _guard_reinstall, order=_LAST, stage="tree", kind="", input_kinds=("html",),
             description="prune: no - put back what generic tree steps pruned inside the body"),
        Step("body-keep", _guard_keep, order=_LAST, stage="blocks", kind="",
             description="prune: no - restore every generic drop inside the body"),
    ]


def _guard_open(doc: Document) -> None:
    lock = body_lock(doc)
    if lock is not None:
        lock["dropped_before"] = {b.index for b in doc.blocks if b.dropped is not None}


def _guard_close(doc: Document) -> None:
    lock = body_lock(doc)
    if lock is None or "dropped_before" not in lock:
        return
    before = lock.pop("dropped_before")
    owner = lock["owner"] + ":"
    undone = [b for b in doc.blocks
              if b.dropped is not None and b.index not in before and not b.dropped.plugin.startswith(owner)]
    by = sorted({b.dropped.plugin for b in undone if b.dropped is not None})
    for b in undone:
        doc.restore(b)
    if undone:
        doc.note(f"{lock['owner']}: the site's body rule is authoritative; kept {len(undone)} "
                 f"block(s) the generic article locator had dropped{_by(by)}")


def _by(names: list[str]) -> str:
    return f" ({', '.join(names)})" if names else ""


def _guard_reinstall(doc: Document) -> None:
    lock = body_lock(doc)
    if lock is None or lock.get("prune", True) or doc.tree is None:
        return
    body = _body_of(doc.tree)
    for child in list(body):
        body.remove(child)
    body.text = lock.get("pristine_text")
    for child in lock.pop("pristine", []):
        body.append(child)
    owner = lock["owner"] + ":"
    start = lock.get("removed_at", len(doc.removed))
    undone = [r for r in doc.removed[start:] if not r.plugin.startswith(owner)]
    if undone:
        doc.removed[start:] = [r for r in doc.removed[start:] if r.plugin.startswith(owner)]
        doc.note(f"{lock['owner']}: prune: no - undid {len(undone)} removal(s) other plugins made "
                 f"inside the site's body at the tree stage")


def _guard_keep(doc: Document) -> None:
    lock = body_lock(doc)
    if lock is None or lock.get("prune", True):
        return
    owner = lock["owner"] + ":"
    undone = [b for b in doc.blocks if b.dropped is not None and not b.dropped.plugin.startswith(owner)]
    for b in undone:
        doc.restore(b)
    if undone:
        doc.note(f"{lock['owner']}: prune: no - kept {len(undone)} block(s) other plugins had dropped "
                 f"inside the site's body")
