"""Embedded social-media posts inside the article: a tweet, an Instagram or TikTok post.

A page embeds a post as the network's own markup (``<blockquote class="twitter-tweet">``,
``<blockquote class="instagram-media">``), which shows the post's text and then its
signature line (``— Jane Doe (@jdoe) May 6, 2025``) when the network's script has not run.
The post is someone else's words quoted as an object, not the article's text. This plugin
runs after the article is located (order 600) and drops, among the kept blocks:

* every block inside an element whose class names a network's **embed**
  (:data:`EMBED_CLASSES`);
* a quotation's **signature line** (:func:`is_post_signature`: a dash, a name, an ``(@handle)``
  and a date), with the rest of the quotation it closes (HTML: the blocks inside the same
  ``<blockquote>``).

A quotation the reporter sets in the text (``<blockquote>`` without a network's class or a
post's signature line) stays.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document

from .inbody import INBODY_ORDER, body

__all__ = ["EMBED_CLASSES", "is_post_signature"]

#: Class tokens of the networks' embed markup (the element that holds the embedded post).
EMBED_CLASSES = frozenset((
    "twitter-tweet", "twitter-video", "twitter-tweet-rendered", "instagram-media", "tiktok-embed",
    "bluesky-embed", "reddit-embed-bq", "mastodon-embed", "text-post-media", "fb-post", "fb-video",
))
#: Longest signature line (characters).
SIGNATURE_MAX_CHARS = 160

# "— Jane Doe (@jdoe) May 6, 2025", "— RT (@RT_com) July 16, 2026", "- Name (@handle) 6. Mai 2025"
_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,100}\(@\w{1,30}\)\s*(?:\w+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}"
                        r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")


def is_post_signature(text: str) -> bool:
    """True for an embedded post's signature line: a dash, a name, an ``(@handle)`` and a date."""
    t = text.strip()
    return 0 < len(t) <= SIGNATURE_MAX_CHARS and "(@" in t and _SIGNATURE.match(t) is not None


def _quote_element(b: Block) -> Any:
    """The nearest ``<blockquote>`` around a block (HTML), or None."""
    for el in reversed(b.path):
        if getattr(el, "tag", None) == "blockquote":
            return el
    return None


def _drop_embeds(doc: Document) -> None:
    kept = body(doc)
    for i, b in enumerate(kept):
        if b.dropped is not None:
            continue
        if b.tokens and not EMBED_CLASSES.isdisjoint(b.tokens):
            doc.drop(b, "embed", "embedded social-media post (the network's embed markup)")
            continue
        if b.chars > SIGNATURE_MAX_CHARS or "(@" not in b.text or not is_post_signature(b.text):
            continue
        doc.drop(b, "embed", "signature line of an embedded social-media post")
        quote = _quote_element(b) if doc.is_html else None
        if quote is None:
            continue
        for c in kept[:i]:
            if c.dropped is None and any(x is quote for x in c.path):
                doc.drop(c, "embed", "embedded social-media post (closed by its signature line)")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("posts", _drop_embeds, order=INBODY_ORDER, stage="blocks", kind="embed",
                  description="embedded social-media posts inside the article (tweets, Instagram and TikTok posts)"))
