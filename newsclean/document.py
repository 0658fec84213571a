"""Document and Block: the working state that plugins read and mark.

A Document is made once per page by :mod:`newsclean.load`; its blocks are the
paragraph-like units of the page (HTML block elements, or the lines of a text
dump). Steps never delete blocks: they *drop* them with a kind and a reason,
which the pipeline turns into :class:`~newsclean.article.Removal` records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .article import Removal
from .text import char_count, punct_count

__all__ = ["Block", "Document", "Metadata", "Checkpoint"]


# Removal(...) of the frozen dataclass sets each field through object.__setattr__, a call each;
# the steps make tens of removals per page, so Document makes them here, the same object: its slots
# set through their descriptors (tests check that the two are equal, field for field).
_new_removal = Removal.__new__
_set_kind, _set_plugin, _set_reason, _set_text, _set_region = (
    Removal.__dict__[f].__set__ for f in ("kind", "plugin", "reason", "text", "region"))


def _removal(kind: str, plugin: str, reason: str, text: str, region: str) -> Removal:
    """``Removal(kind, plugin, reason, text, region)``, made faster (see above)."""
    r = _new_removal(Removal)
    _set_kind(r, kind)
    _set_plugin(r, plugin)
    _set_reason(r, reason)
    _set_text(r, text)
    _set_region(r, region)
    return r


@dataclass(slots=True, eq=False, init=False)
class Block:
    """One paragraph-like unit of the page.

    Attributes
    ----------
    index: position in reading order.
    text: whitespace-normalised text (a text dump keeps the line as it was).
    kind: heading / paragraph / list_item / quote / table / caption / code.
    tag: the HTML tag that made it ("" for a line of a text dump).
    level: heading level, 0 when not a heading.
    link_chars: characters of the text that sit inside links.
    path: the ancestor elements, root first (HTML only; empty for text).
    tokens: lower-cased class/id/role tokens of the element and its ancestors.
    gap_before: blank lines before this line in a text dump (0 in HTML).
    dropped: the removal that took the block out, or None while it is kept.
    """

    index: int
    text: str
    kind: str = "paragraph"
    tag: str = ""
    level: int = 0
    link_chars: int = 0
    path: tuple[Any, ...] = ()
    tokens: frozenset[str] = frozenset()
    gap_before: int = 0
    dropped: Removal | None = None
    chars: int = field(init=False)
    punct: int = field(init=False)

    def __init__(self, index: int, text: str, kind: str = "paragraph", tag: str = "", level: int = 0,
                 link_chars: int = 0, path: tuple[Any, ...] = (), tokens: frozenset[str] = frozenset(),
                 gap_before: int = 0, dropped: Removal | None = None, *, chars: int | None = None) -> None:
        """``chars``: ``char_count(text)`` when the caller knows it already (the block walk does:
        its texts hold no whitespace but single spaces); it is counted otherwise."""
        self.index = index
        self.text = text
        self.kind = kind
        self.tag = tag
        self.level = level
        self.link_chars = link_chars
        self.path = path
        self.tokens = tokens
        self.gap_before = gap_before
        self.dropped = dropped
        self.chars = char_count(text) if chars is None else chars
        self.punct = punct_count(text)

    @property
    def kept(self) -> bool:
        return self.dropped is None

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    def __repr__(self) -> str:  # short, for debugging
        state = "" if self.dropped is None else f" dropped={self.dropped.kind}"
        return f"<Block {self.index} {self.kind} {self.text[:30]!r}{state}>"


@dataclass(slots=True)
class _Proposal:
    value: Any
    score: float
    by: str


class Metadata:
    """Candidate values for the article's metadata, highest score wins.

    Steps call :meth:`propose`; site plugins propose with a higher score so
    they override generic guesses on their domains. Ties keep the first.
    """

    FIELDS = ("title", "authors", "published", "source", "original_source", "language", "site")

    def __init__(self) -> None:
        self._best: dict[str, _Proposal] = {}
        self.bonus = 0.0  # added to every score; the pipeline raises it for site steps

    def propose(self, name: str, value: Any, score: float = 1.0, by: str = "") -> bool:
        """Offer a value; returns True when it became the current best."""
        if value is None or value == "" or value == []:
            return False
        score += self.bonus
        cur = self._best.get(name)
        if cur is None or score > cur.score:
            self._best[name] = _Proposal(value, score, by)
            return True
        return False

    def get(self, name: str, default: Any = None) -> Any:
        p = self._best.get(name)
        return default if p is None else p.value

    def score(self, name: str) -> float:
        p = self._best.get(name)
        return float("-inf") if p is None else p.score

    def by(self, name: str) -> str:
        p = self._best.get(name)
        return "" if p is None else p.by

    def as_dict(self) -> dict[str, Any]:
        return {k: p.value for k, p in self._best.items()}


class Document:
    """One page being cleaned.

    ``tree`` is the parsed lxml root for HTML input and None for a text dump.
    ``blocks`` exist once the pipeline's tree stage is over.
    """

    def __init__(
        self,
        *,
        input_kind: str,
        url: str | None = None,
        tree: Any = None,
        text: str | None = None,
        lang_hint: str | None = None,
        options: Any = None,
    ) -> None:
        self.input_kind = input_kind  # "html" or "text"
        self.url = url
        self.site = _site_of(url)
        self.tree = tree
        self.raw_text = text  # the text dump, for text input
        self.lang_hint = lang_hint
        self.options = options
        self.blocks: list[Block] = []
        self.meta = Metadata()
        self.removed: list[Removal] = []  # tree-stage removals, then block ones
        self.notes: list[str] = []
        self.extra: dict[str, Any] = {}
        self.state: dict[str, Any] = {}  # scratch space shared between steps
        self.current_step = ""  # set by the pipeline: "plugin:step"
        self.failures: dict[str, int] = {}  # plugin -> steps/hooks that raised on this page
        self.article: Any = None  # while finish hooks run: the latest Article
        self.comments: list[Any] = []  # readers' comments (article.Comment) a step found (Options.comments)
        self._journal: list[tuple[Block, Removal | None]] = []  # drops and restores, for rollback

    # -- reading ---------------------------------------------------------
    @property
    def is_html(self) -> bool:
        return self.input_kind == "html"

    def kept(self) -> list[Block]:
        """Blocks still kept, in reading order."""
        return [b for b in self.blocks if b.dropped is None]

    def iter_kept(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.dropped is None)

    @property
    def language(self) -> str | None:
        return self.meta.get("language") or self.lang_hint

    # -- marking ---------------------------------------------------------
    def drop(self, block: Block, kind: str, reason: str, region: str = "") -> bool:
        """Drop one block as noise of ``kind``. Returns False if it was already dropped."""
        if block.dropped is not None:
            return False
        self._journal.append((block, None))
        block.dropped = _removal(kind, self.current_step, reason, block.text, region)
        return True

    def drop_all(self, blocks: Iterable[Block], kind: str, reason: str, region: str = "") -> int:
        return sum(self.drop(b, kind, reason, region) for b in blocks)

    def restore(self, block: Block) -> None:
        """Undo a drop (for fallbacks that decide a removal went too far)."""
        if block.dropped is not None:
            self._journal.append((block, block.dropped))
        block.dropped = None

    def record(self, kind: str, reason: str, text: str, region: str = "") -> None:
        """Record a removal made outside the blocks (e.g. a pruned subtree)."""
        self.removed.append(_removal(kind, self.current_step, reason, text, region))

    def note(self, message: str) -> None:
        self.notes.append(message)

    # -- failure isolation -------------------------------------------------
    def checkpoint(self) -> "Checkpoint":
        """The state a step may change, to :meth:`rollback` to if the step fails."""
        # (a plain dict's own copy(): the same shallow copy as dict(), without the call through the type)
        extra, state = self.extra, self.state
        return Checkpoint(self.blocks, len(self._journal), len(self.removed), len(self.notes), self.meta._best.copy(),
                          extra.copy() if type(extra) is dict else dict(extra),
                          state.copy() if type(state) is dict else dict(state))

    def rollback(self, cp: "Checkpoint", *, keep_records: bool = False) -> None:
        """Undo what happened since ``cp``: drops and restores, metadata proposals,
        notes, ``extra`` and ``state``. Removals recorded with :meth:`record` are
        undone too, unless ``keep_records`` (a tree-stage step whose pruning cannot
        be undone keeps the records, so nothing is removed silently)."""
        self.blocks = cp.blocks
        while len(self._journal) > cp.journal:
            block, before = self._journal.pop()
            block.dropped = before
        if not keep_records:
            del self.removed[cp.removed:]
        del self.notes[cp.notes:]
        self.meta._best = cp.meta
        self.extra = cp.extra
        self.state = cp.state


@dataclass(slots=True)
class Checkpoint:
    """What :meth:`Document.checkpoint` saved (shallow copies)."""

    blocks: list[Block]
    journal: int
    removed: int
    notes: int
    meta: dict[str, Any]
    extra: dict[str, Any]
    state: dict[str, Any]


def _site_of(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host

