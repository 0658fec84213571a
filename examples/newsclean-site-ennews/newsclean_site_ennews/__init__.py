"""newsclean site plugin for The Ennews Ledger (ennews.example), an English news layout.

What this site does, and what the plugin makes of it:

* the story text is ``<div class="story-body">``; the kicker, standfirst,
  photo, tags and "Most read" box around it are recorded as ``site-layout``;
* headline ``h1.story-headline``, bylines as links in ``.byline`` (one link
  per author, "and"-joined), and ``<time datetime>`` in ISO 8601 with zone;
* inside the story: "Read more:" lines linking to other stories
  (``related``), a newsletter sign-up box (``div.inline-newsletter``, ``ad``)
  and pull quotes that repeat a sentence of the story (``aside.pull-quote``,
  ``duplicate``).

The body is located by the site (``replace_body``) but left to the generic
plugins as well (``prune=True``): their share-bar, ad and spam steps still
work inside it, while the generic article locator may not drop inside it.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from newsclean import Step, hookimpl
from newsclean.siteplugins import body_guard_steps, element_text, replace_body
from newsclean.text import normalize_space

__version__ = "0.1.0"
name = "ennews"

DOMAINS = ["ennews.example"]
BODY = "//div[contains(concat(' ', normalize-space(@class), ' '), ' story-body ')]"
#: Boxes the site injects into the story, by class, with the kind they are recorded as.
INJECTED = {"inline-newsletter": "ad", "pull-quote": "duplicate", "inline-video-promo": "ad"}
READ_MORE = re.compile(r"^\s*(read more|more on this story|related|see also)\s*:", re.I)


@hookimpl
def newsclean_site_domains() -> list[str]:
    return DOMAINS


def _text(el: Any) -> str:
    return normalize_space("".join(el.itertext()))


def _metadata(doc: Any) -> None:
    for h1 in doc.tree.xpath("//h1[contains(@class, 'story-headline')]")[:1]:
        doc.meta.propose("title", _text(h1), 10.0)
    names = [_text(a) for a in doc.tree.xpath("//*[contains(@class, 'byline')]//a")]
    if names:
        doc.meta.propose("authors", list(dict.fromkeys(n for n in names if n)), 10.0)
    for value in doc.tree.xpath("//article//time/@datetime")[:1]:
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            doc.note(f"ennews: <time datetime={value!r}> is not ISO 8601")
            continue
        if when.tzinfo is not None:
            doc.meta.propose("published", when, 10.0)


def _injected(doc: Any) -> None:
    for el in doc.tree.xpath(BODY + "//*[@class]"):
        classes = el.get("class", "").split()
        kind = next((INJECTED[c] for c in classes if c in INJECTED), None)
        if kind and el.getparent() is not None:
            doc.record(kind, f"the site injects '{classes[0]}' boxes into stories", element_text(el))
            el.drop_tree()


def _body(doc: Any) -> None:
    if replace_body(doc, doc.tree.xpath(BODY), kind="site-layout",
                    reason="outside the story text (div.story-body)") < 0:
        doc.note("ennews: no div.story-body on this page; cleaned generically")


def _read_more(doc: Any) -> None:
    for b in doc.blocks:
        if READ_MORE.match(b.text) and b.link_density >= 0.5:
            doc.drop(b, "related", "a 'Read more:' link to another story")


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    html = ("html",)
    register(Step("metadata", _metadata, order=20, stage="tree", input_kinds=html))
    register(Step("injected", _injected, order=30, stage="tree", kind="ad", input_kinds=html))
    register(Step("body", _body, order=40, stage="tree", kind="site-layout", input_kinds=html))
    register(Step("read-more", _read_more, order=390, kind="related"))
    for step in body_guard_steps():
        register(step)
