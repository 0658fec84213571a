"""The zone of declared times that give none (worked out only when one needs it), and the
proposal of a declared date in it."""
from __future__ import annotations

import re
from typing import Any

from newsclean.dates import DECLARED_PUBLISHED, MAX_DECLARED_PUBLISHED, PAGE_STAMPS, attach_zone, is_plausible, parse_date, propose_published, zone_for
from newsclean.text import detect_language, normalize_space

_CODE_LIKE = re.compile(r"[{};=]")

_UNSET = object()

class ParsedDates(dict):  # type: ignore[type-arg]
    """One page's declared date values read by ``parse_date(value, tz_hours=None)``, each once
    (the same value is read for the page's offsets, its publication and its modification)."""

    def parse(self, value: str) -> Any:
        if value in self:
            return self[value]
        got = self[value] = parse_date(value, tz_hours=None)
        return got

class _Zone:
    """The zone for times that give none, worked out only when one is needed: the page's own
    offset of that day (from its zone-aware declarations), else :func:`zone_for` (which may
    know none: the time then stays naive)."""

    def __init__(self, root: Any, doc: Any, stamps: list[Any] = (),  # type: ignore[assignment]
                 head: Any = None, parsed: "ParsedDates | None" = None) -> None:
        self.root, self.doc, self.head = root, doc, head  # (head: the page's HeadElements, when read)
        self.parsed = parsed if parsed is not None else ParsedDates()
        self.hours: Any = _UNSET
        self.lang: object = _UNSET
        self.stamps = list(stamps)
        doc.state[PAGE_STAMPS] = self.stamps  # (the time stamp lines read later use them too)

    def language(self) -> str | None:
        if self.lang is _UNSET:
            self.lang = _language(self.root, self.doc, self.head)
        return self.lang  # type: ignore[return-value]

    def attach(self, value: Any) -> Any:
        if value.tzinfo is not None:
            return value
        if self.hours is _UNSET:
            self.hours = zone_for(self.language(), self.doc.options)
        return attach_zone(value, self.hours, self.stamps)

def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()

def _language(root: Any, doc: Any, elements: Any = None) -> str | None:
    """Script-based language of the title and h1, or of the first visible text when they say little.

    ``elements``: the page's ``HeadElements`` (its first <title> and <h1>), when read."""
    if elements is not None:
        h1 = elements.first_h1
        texts = (elements.title_text(), normalize_space("".join(h1.itertext())) if h1 is not None else "")
    else:
        texts = (_text_of_first(root, "title"), _text_of_first(root, "h1"))
    head = normalize_space(" ".join(texts))
    if sum(c.isalpha() for c in head) >= 6:
        return detect_language(head, doc.lang_hint)
    parts = [head]
    size = 0
    body = next(root.iterchildren("body"), None)  # (as find("body"), without a path to parse)
    for t in (body if body is not None else root).itertext():
        if size > 3000:
            break
        if t.isspace() or len(_CODE_LIKE.findall(t)) > 2:
            continue  # script text, not prose
        parts.append(t)
        size += len(t)
    return detect_language(normalize_space(" ".join(parts)), doc.lang_hint)

def _text_of_first(root: Any, tag: str) -> str:
    for el in root.iter(tag, "{*}" + tag):
        return normalize_space("".join(el.itertext()))
    return ""

def _offer_date(doc: Any, value: Any, score: float, zone: _Zone) -> bool:
    """Propose ``value`` read as a date; False when it reads as none."""
    if not isinstance(value, str):
        return False
    when = zone.parsed.parse(value)
    if when is None:
        return False
    when = zone.attach(when)
    if is_plausible(when):
        propose_published(doc.meta, when, score)
        seen = doc.state.setdefault(DECLARED_PUBLISHED, [])
        if len(seen) < MAX_DECLARED_PUBLISHED:
            seen.append((when, score))
    return True
