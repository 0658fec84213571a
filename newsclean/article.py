"""The result objects: Article, Paragraph, Removal.

They are plain frozen dataclasses with a lossless ``to_dict`` / ``from_dict``
and JSON round trip, so that batch output can be read back into objects.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Article", "Paragraph", "Removal", "PARAGRAPH_KINDS"]

#: The kinds a kept paragraph can have.
PARAGRAPH_KINDS = ("heading", "paragraph", "list_item", "quote", "table", "caption", "code")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One kept unit of the article body."""

    text: str
    kind: str = "paragraph"
    level: int = 0  # heading level (1-6) when kind == "heading", else 0

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "kind": self.kind}
        if self.level:
            d["level"] = self.level
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Paragraph":
        return cls(text=d["text"], kind=d.get("kind", "paragraph"), level=int(d.get("level", 0)))


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of the page that cleaning took out, and why.

    ``kind`` names the kind of noise (``source``, ``spam``, ``related`` ...),
    ``plugin`` the plugin and step that took it (``spam:listing``), ``reason``
    a sentence a person can read, ``text`` the removed text, ``region`` where on
    the page it sat when known (``nav``, ``footer``, ``header`` ...).
    """

    kind: str
    plugin: str
    reason: str
    text: str
    region: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"kind": self.kind, "plugin": self.plugin, "reason": self.reason, "text": self.text}
        if self.region:
            d["region"] = self.region
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Removal":
        return cls(d["kind"], d["plugin"], d["reason"], d.get("text", ""), d.get("region", ""))


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``published`` is zone-aware whenever it is set. ``notes`` says what the
    reader should know about how the article was made: plugins that failed,
    fallbacks taken, or why the article is empty.
    """

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    site: str | None = None
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    input_kind: str = "html"
    extra: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The paragraphs' texts joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not self.paragraphs

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "site": self.site,
            "language": self.language,
            "input_kind": self.input_kind,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "removed": [r.to_dict() for r in self.removed],
            "extra": dict(self.extra),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        pub = d.get("published")
        return cls(
            title=d.get("title"),
            authors=list(d.get("authors") or []),
            published=datetime.fromisoformat(pub) if pub else None,
            source=d.get("source"),
            url=d.get("url"),
            site=d.get("site"),
            language=d.get("language"),
            paragraphs=[Paragraph.from_dict(p) for p in d.get("paragraphs") or []],
            removed=[Removal.from_dict(r) for r in d.get("removed") or []],
            input_kind=d.get("input_kind", "html"),
            extra=dict(d.get("extra") or {}),
            notes=list(d.get("notes") or []),
        )

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, s: str) -> "Article":
        return cls.from_dict(json.loads(s))

    def to_markdown(self) -> str:
        """The article as Markdown: title, metadata line, body by paragraph kind."""
        out: list[str] = []
        if self.title:
            out.append("# " + self.title)
        meta = [x for x in (", ".join(self.authors), self.source,
                            self.published.isoformat() if self.published else "") if x]
        if meta:
            out.append("_" + " · ".join(meta) + "_")
        for p in self.paragraphs:
            if p.kind == "heading":
                out.append("#" * min(6, max(2, p.level or 2)) + " " + p.text)
            elif p.kind == "list_item":
                out.append("- " + p.text)
            elif p.kind == "quote":
                out.append("\n".join("> " + line for line in p.text.splitlines()))
            elif p.kind == "code":
                out.append("```\n" + p.text + "\n```")
            elif p.kind == "caption":
                out.append("*" + p.text + "*")
            else:
                out.append(p.text)
        return "\n\n".join(out) + "\n"
