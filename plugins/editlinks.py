"""Section edit links in headings: ``History[edit]``.

Wikis (MediaWiki and the sites built on it, Fandom, many documentation
wikis) put an edit link after every section heading:
``<h2>History<span class="mw-editsection">[<a href="…action=edit&section=1">edit</a>]</span></h2>``.
Kept, every heading reads ``History[edit]`` (``Geschichte[Bearbeiten |
Quelltext bearbeiten]``, ``历史[编辑]``): a tool of the wiki, not the title
of the section.

This tree step (before hidden elements and chrome) looks inside headings
only and prunes

* an element whose class token is one of :data:`EDIT_CLASSES`
  (``mw-editsection``, ``editsection``, ``section-edit`` …) and whose text,
  brackets and separators aside, is only edit words (:data:`EDIT_WORDS`);
* a link at the heading's end whose address asks to edit the page
  (``action=edit``, ``veaction=edit``, ``/edit/`` … :data:`EDIT_HREF`) and
  whose whole text is an edit word, with the brackets written around it.

A heading that speaks of editing ("How we edit the paper") has no such link
and stays whole.

The same step reads a heading that **links to itself** as a heading: docs
themes make a section title a link to its own place
(``<h2 id="x"><a href="#x">Install</a></h2>``, or a link around the heading's
wrappers, ``<a href="#x"><div><h2 id="x">Install</h2></div></a>``), and the
locator would count its words as link text (a link list). A link to the
heading's own place (the heading's id, an id inside it, or the link's own)
that holds the whole heading becomes a named anchor (``<a name="x">``, no
link: :func:`newsclean.density.is_link`); nothing is removed, the page gets a
note. A link to elsewhere, or holding only part of the heading, stays a link.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element, drop_keep_tail
from newsclean.density import make_anchor_target
from newsclean.document import Document

from .inbody import fold

__all__ = ["is_edit_text"]

# --- vocabulary -------------------------------------------------------------------------
#: Class tokens (whole, lower case) of a heading's edit-link wrapper.
EDIT_CLASSES = frozenset(("mw-editsection", "editsection", "edit-section", "section-edit", "editsection-link",
                          "mw-editsection-like", "wiki-edit-link", "heading-edit"))
#: The words of an edit link, per language (the link's whole text, compared case-folded).
EDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("edit", "edit source", "edit section", "edit this section"),
    "zh": ("编辑", "編輯", "编辑源代码", "編輯原始碼"),
    "ja": ("編集", "ソースを編集"),
    "ko": ("편집", "원본 편집"),
    "de": ("bearbeiten", "quelltext bearbeiten"),
    "fr": ("modifier", "modifier le code"),
    "es": ("editar", "editar código"),
    "pt": ("editar", "editar código-fonte"),
    "it": ("modifica", "modifica wikitesto"),
    "ru": ("править", "править код", "редактировать"),
    "pl": ("edytuj", "edytuj kod"),
    "nl": ("bewerken", "brontekst bewerken"),
    "sv": ("redigera", "redigera wikitext"),
    "tr": ("düzenle", "kaynağı değiştir"),
    "cs": ("editovat", "upravit"),
    "uk": ("редагувати", "редагувати код"),
    "ar": ("عدل", "تعديل", "عدل المصدر"),
    "fa": ("ویرایش", "ویرایش مبدأ"),
    "id": ("sunting", "sunting sumber"),
    "vi": ("sửa", "sửa mã nguồn"),
}
#: Addresses of edit links.
EDIT_HREF = re.compile(r"[?&](?:ve)?action=(?:edit|submit)\b|[?&]section=\d+.*action=edit|/edit(?:/|$|\?|#)", re.I)
# EDIT_HREF read in linear time (:func:`edit_href`): its forms but the section's, then the section's
_EDIT_ACTION = re.compile(r"[?&](?:ve)?action=(?:edit|submit)\b|/edit(?:/|$|\?|#)", re.I)
_SECTION = re.compile(r"[?&]section=\d", re.I)
_ACTION_EDIT = re.compile(r"action=edit", re.I)
#: Longest text of an edit-link wrapper ("[Bearbeiten | Quelltext bearbeiten]").
MAX_CHARS = 60

_WORDS = frozenset(fold(w) for words in EDIT_WORDS.values() for w in words)
_SEP = re.compile(r"\s*[\[\]【】()|｜/·]+\s*")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def is_edit_text(text: str) -> bool:
    """True when ``text``, brackets and separators aside, is only edit words (``[edit | edit source]``)."""
    if not text or len(text) > MAX_CHARS:
        return False
    parts = [p for p in _SEP.split(fold(text)) if p.strip()]
    return bool(parts) and all(p.strip() in _WORDS for p in parts)


def _text(el: Any) -> str:
    return "".join(el.itertext())


def _edit_wrapper(el: Any) -> bool:
    cls = el.get("class")
    return bool(cls) and not EDIT_CLASSES.isdisjoint(cls.lower().split()) and is_edit_text(_text(el))


def _edit_link(a: Any) -> bool:
    href = a.get("href")
    return bool(href) and edit_href(href) and is_edit_text(_text(a))


def edit_href(href: str) -> bool:
    """``EDIT_HREF.search(href) is not None``, in time linear in the address.

    The pattern's section form (``?section=3 … action=edit``, on one line) ran ``.*`` to the line's end
    from every ``section=`` of the address; the line's first one is the only one worth trying, as the
    others see less of the line after them."""
    if _EDIT_ACTION.search(href) is not None:
        return True
    at = 0
    while (m := _SECTION.search(href, at)) is not None:
        eol = href.find("\n", m.end())
        eol = len(href) if eol < 0 else eol
        if _ACTION_EDIT.search(href, m.end(), eol) is not None:
            return True
        at = eol + 1
    return False


def _at_end(el: Any, heading: Any) -> bool:
    """True when nothing but brackets and spaces follows ``el`` inside ``heading``."""
    node = el
    while node is not None and node is not heading:
        if (node.tail or "").strip(" \t\n]】)"):
            return False
        for sib in node.itersiblings():
            if _text(sib).strip() or (sib.tail or "").strip(" \t\n]】)"):
                return False
        node = node.getparent()
    return True


def _strip_brackets(a: Any) -> None:
    """Take the ``[`` before and the ``]`` after a removed link with it."""
    prev = a.getprevious()
    parent = a.getparent()
    if prev is not None:
        if prev.tail and prev.tail.rstrip().endswith(("[", "【")):
            prev.tail = prev.tail.rstrip()[:-1]
    elif parent is not None and parent.text and parent.text.rstrip().endswith(("[", "【")):
        parent.text = parent.text.rstrip()[:-1]
    if a.tail and a.tail.lstrip().startswith(("]", "】")):
        a.tail = a.tail.lstrip()[1:]


def _self_link(h: Any, inner: Any) -> Any:
    """The link that makes heading ``h`` a way to itself, or None: an in-page link (``href="#x"``)
    whose place ``x`` is the heading (or an element in it, or the link), and that holds all the
    heading's text (``inner``, the heading's first in-page link: ``<h2 id="x"><a href="#x">Install</a></h2>``)
    or holds the heading (``<a href="#x"><div><h2 id="x">Install</h2></div></a>``; looked for only
    around a heading with an id)."""
    link = inner
    if link is None:
        if not h.get("id"):
            return None
        link = next(h.iterancestors("a"), None)  # (found in C: no look at other ancestors)
        if link is None or next(link.iterancestors(*_HEADINGS), None) is not None:
            return None
    frag = _fragment(link.get("href") or "")
    if not frag:
        return None
    if frag not in (h.get("id"), h.get("name"), link.get("id"), link.get("name")) \
            and not any(el.get("id") == frag or el.get("name") == frag for el in h.iterdescendants()
                        if isinstance(el.tag, str)):
        return None
    return link if _text(link).strip() == _text(h).strip() else None


def _fragment(href: str) -> str | None:
    return href[1:] if href.startswith("#") and len(href) > 1 else None


def _prune_edit_links(doc: Document) -> None:
    tree = doc.tree
    if tree is None:
        return
    found: list[tuple[Any, str, bool]] = []
    selves = 0
    for h in tree.iter(*_HEADINGS):
        inner = None  # the heading's first in-page link
        for el in h.iterdescendants():
            if not isinstance(el.tag, str):
                continue
            if _edit_wrapper(el):
                found.append((el, f"section edit link of a heading ({describe_element(el)})", False))
                break
            if el.tag == "a":
                if _edit_link(el) and _at_end(el, h):
                    found.append((el, "section edit link of a heading (an edit address)", True))
                    break
                if inner is None and (el.get("href") or "")[:1] == "#":
                    inner = el
        link = _self_link(h, inner)
        if link is not None:  # a way to where the reader is: a named place, no link (density.is_link)
            make_anchor_target(link, _fragment(link.get("href") or "") or "")
            selves += 1
    if selves:
        doc.note(f"editlinks: {selves} heading(s) linking to themselves read as plain headings")
    for el, why, bare in found:
        doc.record("edit-link", why, " ".join(_text(el).split()), region="heading")
        if bare:
            _strip_brackets(el)
        drop_keep_tail(el)


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("headings", _prune_edit_links, order=95, stage="tree", kind="edit-link", input_kinds=("html",),
                  description="wiki section edit links in headings ([edit], [Bearbeiten], [编辑])"))
