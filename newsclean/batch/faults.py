"""Fault injection, to test that a batch job survives bad pages.

Not installed as an entry point: load it on purpose with
``newsclean batch ... --plugin newsclean.batch.faults`` (or
``CleanerSpec(plugins=("newsclean.batch.faults",))``). A page whose text
holds one of these markers then misbehaves while it is cleaned:

* ``NEWSCLEAN-FAULT-HANG``: sleeps for an hour (the per-page time limit must catch it);
* ``NEWSCLEAN-FAULT-EXIT``: ends its worker process at once with ``os._exit``;
* ``NEWSCLEAN-FAULT-RAISE``: raises an exception that gets past the Cleaner's own
  guard around plugins (a ``BaseException``).

Pages without a marker are untouched.
"""
from __future__ import annotations

import os
import time

import lxml.etree

from .. import hookimpl
from ..document import Document

HANG = "NEWSCLEAN-FAULT-HANG"
EXIT = "NEWSCLEAN-FAULT-EXIT"
RAISE = "NEWSCLEAN-FAULT-RAISE"


class InjectedFault(BaseException):
    """Raised for ``NEWSCLEAN-FAULT-RAISE``; not an Exception, so plugin guards let it through."""


def _text(document: Document) -> str:
    if document.raw_text is not None:
        return document.raw_text
    if document.tree is None:
        return ""
    return str(lxml.etree.tostring(document.tree, method="text", encoding="unicode"))


@hookimpl
def newsclean_prepare_document(document: Document) -> None:
    text = _text(document)
    if "NEWSCLEAN-FAULT-" not in text:
        return
    if HANG in text:
        time.sleep(3600)
    if EXIT in text:
        os._exit(70)
    if RAISE in text:
        raise InjectedFault("fault injected by newsclean.batch.faults")
