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

    __slots__ = ("tree", "removed", "keyed", "scripts", "order", "first_title", "first_h1", "_title_text")

    def __init__(self, tree: Any, removed: int = 0) -> None:
        self.tree, self.removed = tree, removed
        self.keyed: dict[str, list[str]] = {}
        self.scripts: list[Any] = []
        self.order: list[tuple[str, Any, Any, str]] = []
        self.first_title: Any = None
        self.first_h1: Any = None
        self._title_text: str | None = None
        keyed, order = self.keyed, self.order
        add_script, add = self.scripts.append, order.append
        key_attrs = META_KEY_ATTRS
        for el in tree.iter(*HEAD_TAGS):
            name = el.tag
            if name[0] == "{":
                name = name.rsplit("}", 1)[-1]
            if name == "script":
                add_script(el)
            elif name == "meta":
                items = el.items()  # (one call for all of them: each el.get() costs as much)
                attrs = dict(items)
                content = attrs.get("content")
                if content:  # (normalize_space, inlined: a call per meta costs as much as its work)
                    if "\u200b" in content or "\ufeff" in content:
                        content = normalize_space(content)
                    else:
                        content = " ".join(content.split())
                    if content:
                        for key_attr, key in items:
                            if key_attr in key_attrs and key:
                                got = keyed.get(key := key.strip().lower())
                                if got is None:
                                    keyed[key] = [content]
                                else:
                                    got.append(content)
                else:
                    content = ""
                add(("meta", el, attrs, content))
            else:
                if name == "title":
                    if self.first_title is None:
                        self.first_title = el
                elif self.first_h1 is None:
                    self.first_h1 = el
                add((name, el, None, ""))

    @property
    def metas(self) -> list[tuple[Any, dict[str, str], str]]:
        """The ``<meta>`` entries of ``order``: (element, attributes, content)."""
        return [(el, attrs, content) for name, el, attrs, content in self.order if name == "meta"]

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
