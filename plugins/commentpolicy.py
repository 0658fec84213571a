"""Comment-policy text and comment calls inside the article.

``Comments are moderated``, ``Die Kommentarfunktion wurde geschlossen``,
``Laisser un commentaire``, ``Your email address will not be published``,
``Isi komentar sepenuhnya menjadi tanggung jawab …``, ``文明上网理性发言``:
the comment section's rules and buttons, left where the comments themselves
were removed. This plugin runs after the article is located (order 600) and
drops a short kept block that is *opened* by such a phrase, or is only a
comment button or link (``Zu den Kommentaren``), or is the heading a blog
theme puts over its comments: a count, a fixed phrase and the post's title
in quotes (``One thought on “…”``, ``2 Gedanken zu „…“``), or the note a
comment form writes under its box (``You may use these HTML tags and
attributes: …``). A news sentence about comments does not open with the fixed
phrase, or is longer. A page whose kept text was only its comment form (the
locator found no article) ends empty, and the article's notes say so.

A second step drops a comment thread that no class or count heading names, on an article's page (not a
thread's, where the posts are the content): a run of alike boxes after the article, each with a stamp line
and a short text (``threadshape.comment_run``: structure, no words).

With ``Options.comments`` "keep" or "append", a tree step (``collect``, before chrome prunes the comment
section) reads the readers' comments into ``Article.comments`` and a last block step (``comments``) keeps
those the located article does not hold already (``declared/comments.py``); on a text dump a block step
(``dump``) reads them from the comment section the dump's locator dropped (``declared/dumpcomments.py``). With
"drop", the default, these steps do nothing.
"""
from __future__ import annotations

from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document

from .declared import comments as commentsection
from .declared import dumpcomments
from .declared.thread import POST_STAMPS_KEY, THREAD_PAGE_KEY
from .declared.threadshape import comment_run
from .inbody import INBODY_ORDER, body
from .inbody.comment_lines import (  # noqa: F401  (the vocabulary names, read here too)
    CALLS, COUNT_HEADINGS, COUNT_WORDS, MAX_CHARS, POLICY, is_count_heading, opens_policy, short_cleaned)

__all__ = ["is_count_heading", "is_policy_line"]

#: Tree order of the comments' collection: after hidden elements go (100), before chrome prunes (150).
COLLECT_ORDER = 120
#: Block order of a text dump's comments' reading: after the dump's locator (500) and the steps that drop inside
#: the article, before the last check.
DUMP_ORDER = 980
#: Block order of their last check against the located article: after every step that keeps or drops.
FINISH_ORDER = 990

REASON = "comment policy or comment call (moderated, closed, leave a comment)"


def is_policy_line(text: str) -> bool:
    """True for a short line opened by a comment-policy or comment-call phrase, or made only of a
    comment button (``Zu den Kommentaren``)."""
    t = short_cleaned(text)
    return bool(t) and (opens_policy(t) or is_count_heading(t))


def _drop_policy(doc: Document) -> None:
    for b in body(doc):
        if b.chars <= MAX_CHARS[1] and is_policy_line(b.text):
            doc.drop(b, "comment-policy", REASON)


def _drop_runs(doc: Document) -> None:
    if doc.state.get(THREAD_PAGE_KEY) or doc.state.get(POST_STAMPS_KEY):
        return  # (a thread's posts are its content)
    run = comment_run(body(doc))
    for b in run:
        doc.drop(b, "comments", "comment thread after the article, named by no class: a run of alike boxes, "
                 "each with a stamp line and a short text", region="comments")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_policy, order=INBODY_ORDER, stage="blocks", kind="comment-policy",
                  description="comment-policy lines and comment calls inside the article"))
    register(Step("runs", _drop_runs, order=INBODY_ORDER, stage="blocks", kind="comments",
                  description="a comment thread no class names after the article (alike boxes with stamps)"))
    register(Step("collect", commentsection.collect, order=COLLECT_ORDER, stage="tree", kind="comment-control",
                  input_kinds=("html",),
                  description="Options.comments keep/append: the comment section's comments, with author and time"))
    register(Step("dump", dumpcomments.collect_dump, order=DUMP_ORDER, stage="blocks", kind="",
                  input_kinds=("text",),
                  description="Options.comments keep/append: a text dump's comments (a header line each)"))
    register(Step("comments", commentsection.finish, order=FINISH_ORDER, stage="blocks", kind="",
                  input_kinds=("html", "text"),
                  description="Options.comments keep/append: the comments the article does not hold already"))
