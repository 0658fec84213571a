"""Options: how a Cleaner reads and bounds its input. Immutable."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["Options", "INPUT_KINDS", "CAPTION_POLICIES", "COMMENT_POLICIES"]

#: Values of ``Options.input_kind``: sniff, force, or sniff with the caller's hint.
INPUT_KINDS = ("auto", "html", "text", "hint:html", "hint:text")
#: What becomes of a picture's caption inside the article: "drop" it (news datasets leave captions out),
#: or "keep" its description and drop only its credit (long-form truths keep figures with their captions).
CAPTION_POLICIES = ("drop", "keep")
#: What becomes of the readers' comments under the article: "drop" them (the default: the article alone),
#: "keep" them on ``Article.comments`` (author, time, text), or "append" them there and to the text too,
#: after the body (corpora and truths that keep the comments).
COMMENT_POLICIES = ("drop", "keep", "append")


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of a :class:`~newsclean.Cleaner`; every field has a safe default.

    input_kind: "auto" (sniff), "html" or "text" (forced), or a hint from the caller's
        context, "hint:html" (a .html file, a text/html record, an "html" field: HTML
        unless the page holds no markup at all) or "hint:text" (a .txt file: a text
        dump unless it is plainly an HTML document). The decision and its reason are
        in ``Article.extra["input_kind_reason"]``.
    max_bytes: pages larger than this (encoded) are refused with InputError.
    max_depth: when a page nests deeper than 256 levels (where the parser would stop
        and lose the rest), tags deeper than this are dropped and their text kept.
    max_nodes: elements past this are not parsed into blocks, markup past 4 x this many
        tags is not parsed, and a text dump is read up to this many lines (all noted
        on the article).
    max_block_chars: a single block's text (and any text node, or line of a dump) is cut
        to this many characters.
    max_attr_chars: attribute values longer than this are cut (class, style, data
        URIs, a <meta> content ...), on any page that can hold one.
    max_attributes: attributes of one tag past this many are dropped before parsing
        (the parser's time grows with their square).
    default_tz_hours: zone assumed for a time without one on a non-Chinese page; None
        (the default): the page's own offset of that day when another of its stamps
        gives one, else the zone of a language written in one zone, else the time stays
        naive (the page's wall clock) rather than a guessed UTC.
    china_tz_hours: zone assumed for a Chinese page that gives none.
    language: a language hint ("zh", "en" ...) when the page gives none.
    captions: "drop" (the default) takes out the caption of a credited news photo and a caption
        ending with its credit; "keep" keeps the caption's description and takes out only its
        credit (``Foto: X/dpa``, ``© X``: recorded as kind ``credit``), as long-form pages'
        readers expect. Credit lines alone go either way.
    comments: "drop" (the default) leaves the readers' comments out; "keep" extracts the page's
        comment section into ``Article.comments`` (each comment's text, with its author and time
        when found; its reply, vote, report and avatar lines taken out, recorded); "append" does
        that and appends the comments' texts to the article's paragraphs (kind ``comment``) after
        the body. HTML pages only (a text dump's comments are not read yet).
    """

    input_kind: str = "auto"
    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 128
    max_nodes: int = 50_000
    max_block_chars: int = 200_000
    max_attr_chars: int = 10_000
    max_attributes: int = 1000
    default_tz_hours: float | None = None
    china_tz_hours: float = 8.0
    language: str | None = None
    captions: str = "drop"
    comments: str = "drop"

    def __post_init__(self) -> None:
        if self.input_kind not in INPUT_KINDS:
            raise ValueError(f"input_kind must be one of {', '.join(map(repr, INPUT_KINDS))}, "
                             f"not {self.input_kind!r}")
        if self.captions not in CAPTION_POLICIES:
            raise ValueError(f"captions must be one of {', '.join(map(repr, CAPTION_POLICIES))}, not {self.captions!r}")
        if self.comments not in COMMENT_POLICIES:
            raise ValueError(f"comments must be one of {', '.join(map(repr, COMMENT_POLICIES))}, not {self.comments!r}")
        for name in ("max_bytes", "max_depth", "max_nodes", "max_block_chars", "max_attr_chars",
                     "max_attributes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive int, not {value!r}")

    @classmethod
    def from_kwargs(cls, base: "Options | None" = None, **kwargs: Any) -> "Options":
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return replace(base or cls(), **kwargs)
