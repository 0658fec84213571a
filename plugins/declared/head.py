"""The page's ``<meta>``, ``<script>``, ``<title>`` and ``<h1>`` elements, found by one walk for
the steps that read them before anything is pruned (``htmlmeta:declared``, ``title:head``).

The walk (in C) and each element's tag and attributes are read once per page; the
result is kept in ``doc.state`` while the tree is untouched (the same tree, no removal
recorded since), so the second step reads it from there and a step that pruned the
tree in between makes the next reader walk again.
"""
from __future__ import annotations

from typing import Any

from newsclean.text import normalize_space

#: The elements read ("{*}x": x in any namespace or none).
HEAD_TAGS = ("{*}meta", "{*}script", "{*}title", "{*}h1")

#: The attributes of a ``<meta>`` that name its content (``HeadElements.keyed``).
META_KEY_ATTRS = frozenset(("property", "name", "itemprop", "http-equiv"))

#: ``doc.state`` key of the page's :class:`HeadElements`.
STATE_KEY = "declared.head"


class HeadElements:
    """The elements of :data:`HEAD_TAGS` of a tree, each kind in document order.

    ``metas``: (element, its attributes (name -> value, in the element's order),
    its ``content`` with whitespace collapsed, "" when it has none); ``order``:
    (local name, element, attributes, content) of every ``<meta>``, ``<title>`` and
    ``<h1>`` as met (attributes and content only for metas); ``keyed``: each
    ``name``/``property``/``itemprop``/``http-equiv`` value (stripped, lower case) ->
    the contents of the metas it names, in page order (a blank content is not
    listed; a content under two keys is listed under both).
    """

    __slots__ = ("tree", "removed", "metas", "keyed", "scripts", "order", "first_title", "first_h1", "_title_text")

    def __init__(self, tree: Any, removed: int = 0) -> None:
        self.tree, self.removed = tree, removed
        self.metas: list[tuple[Any, dict[str, str], str]] = []
        self.keyed: dict[str, list[str]] = {}
        self.scripts: list[Any] = []
        self.order: list[tuple[str, Any, Any, str]] = []
        self.first_title: Any = None
        self.first_h1: Any = None
        self._title_text: str | None = None
        metas, keyed, scripts, order = self.metas, self.keyed, self.scripts, self.order
        for el in tree.iter(*HEAD_TAGS):
            tag = el.tag
            name = tag.rsplit("}", 1)[-1] if tag[:1] == "{" else tag
            if name == "script":
                scripts.append(el)
            elif name == "meta":
                items = el.items()  # (one call for all of them: each el.get() costs as much)
                attrs = dict(items)
                content = attrs.get("content") or ""
                if content:
                    content = normalize_space(content)
                    if content:
                        for key_attr, key in items:
                            if key and key_attr in META_KEY_ATTRS:
                                keyed.setdefault(key.strip().lower(), []).append(content)
                metas.append((el, attrs, content))
                order.append(("meta", el, attrs, content))
            else:
                if name == "title":
                    if self.first_title is None:
                        self.first_title = el
                elif self.first_h1 is None:
                    self.first_h1 = el
                order.append((name, el, None, ""))

    def title_text(self) -> str:
        """The first ``<title>``'s text, whitespace collapsed ("" when there is none)."""
        if self._title_text is None:
            el = self.first_title
            self._title_text = normalize_space("".join(el.itertext())) if el is not None else ""
        return self._title_text


def head_elements(doc: Any) -> HeadElements:
    """The :class:`HeadElements` of ``doc.tree``, walked once while the tree is untouched."""
    got = doc.state.get(STATE_KEY)
    if got is not None and got.tree is doc.tree and got.removed == len(doc.removed):
        return got  # type: ignore[no-any-return]
    got = doc.state[STATE_KEY] = HeadElements(doc.tree, len(doc.removed))
    return got
