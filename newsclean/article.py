"""The result objects: Article, Paragraph, Removal.

They are plain frozen dataclasses with a lossless ``to_dict`` / ``from_dict``
and JSON round trip, so that batch output can be read back into objects.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Article", "Comment", "Paragraph", "Removal", "PARAGRAPH_KINDS"]

#: The kinds a kept paragraph can have.
PARAGRAPH_KINDS = ("heading", "paragraph", "list_item", "quote", "table", "caption", "code", "comment")


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
        _check(d, "paragraph", {"text": str}, {"kind": str, "level": int})
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
        _check(d, "removal", {"kind": str, "plugin": str, "reason": str}, {"text": str, "region": str})
        return cls(d["kind"], d["plugin"], d["reason"], d.get("text", ""), d.get("region", ""))


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader's comment under the article (``Options.comments`` "keep" or "append").

    ``text`` is the comment's own text (its lines joined by newlines; a quoted or nested reply
    is a comment of its own), ``author`` and ``time`` what the comment box shows of them when
    found (``time`` as written), ``datetime`` the machine-readable time the markup gives beside it
    (a ``<time datetime>`` value) when it does, ``depth`` the reply level (0 for a comment on the
    article itself).
    """

    text: str
    author: str | None = None
    time: str | None = None
    depth: int = 0
    datetime: str | None = None

    @property
    def header(self) -> str:
        """The comment's author and time as one line (empty when neither was found)."""
        return " ".join(x for x in (self.author, self.time) if x)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "author": self.author, "time": self.time}
        if self.datetime:
            d["datetime"] = self.datetime
        if self.depth:
            d["depth"] = self.depth
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Comment":
        _check(d, "comment", {"text": str},
               {"author": _OPTIONAL_STR, "time": _OPTIONAL_STR, "datetime": _OPTIONAL_STR, "depth": int})
        return cls(text=d["text"], author=d.get("author"), time=d.get("time"), depth=int(d.get("depth", 0)),
                   datetime=d.get("datetime"))


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``published`` is zone-aware when the page (or ``Options``) gives its zone; a time
    whose zone nothing tells is naive, the page's wall clock (UTC is never guessed);
    a date without its time is midnight UTC. ``notes`` says what the
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
    failures: dict[str, int] = field(default_factory=dict)  # plugin -> steps/hooks that raised
    comments: list[Comment] = field(default_factory=list)  # readers' comments (Options.comments)

    @property
    def text(self) -> str:
        """The paragraphs' texts joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not self.paragraphs

    def to_dict(self) -> dict[str, Any]:
        d = self._to_dict()
        if self.comments:  # (absent when none: the default's output is unchanged)
            d["comments"] = [c.to_dict() for c in self.comments]
        return d

    def _to_dict(self) -> dict[str, Any]:
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
            "failures": dict(self.failures),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """The Article that :meth:`to_dict` wrote.

        Raises ValueError (TypeError for a non-mapping) with a clear message for
        anything else: a batch error record, a dict without ``paragraphs``,
        fields of the wrong type. Keys it does not know (a batch ``id``) are ignored.
        """
        return _article_from_dict(d)

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
                out.append("\n".join(f"*{line.strip()}*" for line in p.text.splitlines() if line.strip()))
            elif p.kind == "table":
                out.append(_markdown_table(p.text))
            else:
                out.append(p.text)
        return "\n\n".join(out) + "\n"


def _markdown_table(text: str) -> str:
    """A table paragraph (rows on lines, cells joined by `` | ``) as a Markdown table;
    the first row is the header, followed by the separator row Markdown requires."""
    rows = [[c.strip() for c in line.split(" | ")] for line in text.splitlines() if line.strip()]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


_OPTIONAL_STR = (str, type(None))
#: Article fields and the JSON types to_dict gives them.
_ARTICLE_FIELDS: dict[str, Any] = {
    "title": _OPTIONAL_STR, "authors": list, "published": _OPTIONAL_STR, "source": _OPTIONAL_STR,
    "url": _OPTIONAL_STR, "site": _OPTIONAL_STR, "language": _OPTIONAL_STR, "input_kind": str,
    "text": str, "paragraphs": list, "removed": list, "extra": dict, "notes": list, "failures": dict,
    "comments": list,
}


def _check(d: Any, what: str, required: dict[str, Any], optional: dict[str, Any]) -> None:
    if not isinstance(d, dict):
        raise TypeError(f"a {what} must be a dict, not {type(d).__name__}")
    missing = [k for k in required if k not in d]
    if missing:
        raise ValueError(f"not a {what}: missing {', '.join(missing)} (keys: {', '.join(map(str, d)) or 'none'})")
    for k, t in {**required, **optional}.items():
        if k in d and (not isinstance(d[k], t) or (t is int and isinstance(d[k], bool))):
            raise ValueError(f"{what} field {k!r} must be {_type_name(t)}, not {type(d[k]).__name__}")


def _type_name(t: Any) -> str:
    ts = t if isinstance(t, tuple) else (t,)
    return " or ".join("null" if x is type(None) else x.__name__ for x in ts)


def _article_from_dict(d: Any) -> Article:
    if isinstance(d, dict) and "error" in d and "paragraphs" not in d:
        raise ValueError(f"not an article but an error record: {d.get('error')}: {d.get('message', '')}".rstrip(": "))
    _check(d, "article", {"paragraphs": list}, _ARTICLE_FIELDS)
    for k in ("authors", "notes"):
        if not all(isinstance(x, str) for x in d.get(k) or []):
            raise ValueError(f"article field {k!r} must be a list of strings")
    if d.get("input_kind", "html") not in ("html", "text"):
        raise ValueError(f"article field 'input_kind' must be 'html' or 'text', not {d['input_kind']!r}")
    failures = d.get("failures") or {}
    if not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in failures.items()):
        raise ValueError("article field 'failures' must map plugin names to counts")
    pub = d.get("published")
    try:
        published = datetime.fromisoformat(pub) if pub else None
    except ValueError:
        raise ValueError(f"article field 'published' is not an ISO 8601 date-time: {pub!r}") from None
    return Article(
        title=d.get("title"),
        authors=list(d.get("authors") or []),
        published=published,
        source=d.get("source"),
        url=d.get("url"),
        site=d.get("site"),
        language=d.get("language"),
        paragraphs=[Paragraph.from_dict(p) for p in d["paragraphs"]],
        removed=[Removal.from_dict(r) for r in d.get("removed") or []],
        input_kind=d.get("input_kind", "html"),
        extra=dict(d.get("extra") or {}),
        notes=list(d.get("notes") or []),
        failures=dict(failures),
        comments=[Comment.from_dict(c) for c in d.get("comments") or []],
    )
