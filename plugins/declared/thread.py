"""The schema.org type by which a page declares itself a thread (a forum topic, a question page).

Read by htmlmeta before anything is pruned; the chrome step and the locator read the mark it leaves."""
from __future__ import annotations

from typing import Any

#: schema.org types by which a page declares itself a thread, in its JSON-LD or as an element's microdata
#: type: a forum topic (its comment-named boxes are its replies) or a question page (its answers stand in
#: boxes of their own; its comment-named boxes are the notes under each post). The type found is put in
#: ``doc.state[THREAD_PAGE_KEY]`` (read by the chrome step and the locator). The chrome step writes
#: ``FORUM_PAGE_TYPE`` there too on a page declaring nothing that is a board's thread by its template
#: (``threadshape.thread_shape``).
FORUM_PAGE_TYPE = "DiscussionForumPosting"
QA_PAGE_TYPE = "QAPage"
THREAD_PAGE_TYPES = (FORUM_PAGE_TYPE, QA_PAGE_TYPE)
THREAD_PAGE_KEY = "declared_thread"
#: The indices of the blocks holding a forum topic's post stamps (written by the timestamp step, read by the
#: locator, which keeps them and each post's author line above them: see ``threadshape.post_heads``).
POST_STAMPS_KEY = "thread:post_stamps"
#: The ``(author line, stamp)`` block index pairs of a forum topic's posts the locator kept (read by the
#: counters' member step: what stands between them is the poster's rank and counts).
POST_HEADS_KEY = "thread:post_heads"


def declared_thread(root: Any, jsonld: list[dict[str, Any]]) -> str:
    """The ``THREAD_PAGE_TYPES`` type by which the page declares itself a thread (the first of them it
    declares, on a JSON-LD object or as the microdata type of ``<html>``, ``<body>`` or a child of it:
    ``<html itemscope itemtype="https://schema.org/QAPage">``), or "". ``root``: the page's tree."""
    found = set()
    for obj in jsonld:
        kind = obj.get("@type")
        for k in (kind if isinstance(kind, list) else (kind,)):
            if isinstance(k, str):
                found.add(k.rsplit("/", 1)[-1])
    if not found.intersection(THREAD_PAGE_TYPES):  # (a page's own type stands on <html>, <body> or its children)
        top = [root, *root.iterchildren("body")]
        top += [k for k in top[1:2] for k in k.iterchildren()]
        found.update(t.rstrip("/").rsplit("/", 1)[-1] for el in top if isinstance(el.tag, str)
                     for t in (el.get("itemtype") or "").split())
    return next((t for t in THREAD_PAGE_TYPES if t in found), "")
