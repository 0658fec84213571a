"""Readers' comments of a text dump as data (``Options.comments`` "keep" or "append"); a helper of
``commentpolicy``.

The dump's locator (``textdump``) drops the comment section under the article (after ``12 Comments``,
``Leave a Reply``, ``Kommentare``, ``评论``) as ``comments``; those lines stay removed and recorded. Read
here, each comment opens with a header line: a name and a verb before a colon (``Anna says:``, ``Tom
wrote:``, ``SAY_VERBS``/``POSTER_VERBS``), or a stamp (a date, a time, a relative stamp) with or without
the name around it (``1 Natalie @ Home November 12, 2012 at 9:05 am``, ``Matt | Nov 9, 2012 12:13 AM``,
``2:13 pm`` under a line holding the name alone). A header whose name a ``BY_WORDS`` word opens (``by
quietwalker (1234) on Monday March 03, @10:15AM``: a forum's or Slashdot-style thread) has the comment's
title on the line above it, which opens the comment's text. The lines up to the next header are the
comment's text, its controls (``Reply``, ``Report``: ``is_control_line``) and the section's headings
and count lines (``12 comments``: a link to the comments, no comment) left out; a comment form's line
(``Leave a Reply``) after the comments ends the section. A section without such headers gives no
comments (its comments cannot be told apart). Structure and vocabulary only: no site.
"""
from __future__ import annotations

import re
from typing import Any

from newsclean.article import Comment
from newsclean.dates import strip_dates
from newsclean.document import Document
from newsclean.headerlines import dates_of
from newsclean.patterns import terms_source
from newsclean.text import normalize_space

from ..inbody.comment_lines import is_policy_phrase_line
from ..vocab import comments as _vocab
from ..vocab import terms
from .comments import COLLECTED_KEY, is_control_line, is_count_only

__all__ = ["collect_dump", "read_lines"]

# ---------------------------------------------------------------------------
# vocabulary (data in vocab.comments)
# ---------------------------------------------------------------------------
_SAYS = terms(_vocab.SAY_VERBS, _vocab.POSTER_VERBS)
_BY = terms(_vocab.BY_WORDS)
_POSTED_BY = terms(_vocab.POSTED_BY)
_JOINERS = terms(_vocab.HEADER_JOINERS)

# ---------------------------------------------------------------------------
# limits
# ---------------------------------------------------------------------------
#: A comment's header line is at most this long.
HEADER_MAX_CHARS = 120
#: The name a header holds besides its stamp is at most this long (more is a sentence with a date in it).
NAME_MAX_CHARS = 60
#: What a header holds after its stamp is at most this long (a zone's abbreviation, ``(edited)``).
SUFFIX_MAX_CHARS = 12
#: A line alone above a bare stamp is the comment's author when it is at most this long and ends no sentence.
NAME_LINE_MAX_CHARS = 40
#: Sentence lines above the section's first header that make its headers footers under their comments'
#: texts (``Posted by: Anna | <date>`` under the text): the first comment's text.
FOOTER_SENTENCES = 2
#: Short lines in a row that end the last comment's text (a footer's or a sidebar's wall).
WALL_LINES = 3
#: A comment's title above a ``by NAME on DATE`` header is at most this long.
TITLE_MAX_CHARS = 120

_SAYS_LINE = re.compile(rf"(?P<name>\S.{{0,{NAME_MAX_CHARS}}}?)\s+{terms_source(_SAYS)}\s*(?:[:：]|\.\.\.|…)?\s*", re.I)
_ORDINAL = re.compile(r"^(?:#\s*)?\d{1,4}(?:[.):]|\s)\s*")
_BY_OPEN = re.compile(rf"^(?:(?P<posted>{terms_source(_POSTED_BY)})|{terms_source(_BY)})\s*[:：]?\s+", re.I)
_JOINER_END = re.compile(rf"(?:\s+|^){terms_source(_JOINERS)}\.?$", re.I)
_ID = re.compile(r"\s*[(\[]\s*#?\d+\s*[)\]]\s*$")
_EDGES = " \t#|•·,;:/\\-–—@"
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "…")


def _name(raw: str) -> tuple[str | None, bool]:
    """A header's name part cleaned (its ordinal, a ``by`` word, an id in brackets, the joiner before the
    date and the separators left off), and whether a ``by`` word opened it."""
    t = normalize_space(raw).strip(_EDGES)
    t = _ORDINAL.sub("", t).strip(_EDGES)
    by = False
    m = _BY_OPEN.match(t)
    if m:
        by, t = m.group("posted") is None, t[m.end():].strip(_EDGES)
    for _ in range(2):
        t = _JOINER_END.sub("", t).strip(_EDGES)
        t = _ID.sub("", t).strip(_EDGES)
    m = _SAYS_LINE.fullmatch(t)
    if m:
        t = m.group("name").strip(_EDGES)
    return (t or None), by


def _strip_controls(text: str) -> str:
    """``text`` without the comment controls it ends with (``… 9:38 AM EDT reply``)."""
    words = text.split()
    while words and is_control_line(words[-1]):
        words.pop()
    return " ".join(words)


def _header(line: str) -> tuple[str | None, str | None, bool] | None:
    """``(author, time, by)`` of a comment's header line, or None for a line that is none."""
    t = normalize_space(line)
    if not t or len(t) > HEADER_MAX_CHARS:
        return None
    m = _SAYS_LINE.fullmatch(t)
    if m:
        inner = normalize_space(m.group("name"))
        if normalize_space(strip_dates(inner)) != inner:
            return _header(inner)  # ("Anna on March 3, 2012 at 6:12 pm said:")
        name, by = _name(inner)
        return (name, None, by) if name else None
    dates = dates_of(t, limit=2)
    rest = normalize_space(strip_dates(t, dates))
    if rest == t:
        return None  # (no stamp)
    if dates:  # (the name stands before the stamp, or after it opened by a "by" word)
        start, end = dates[0].span[0], dates[-1].span[1]
        before, after, time = normalize_space(strip_dates(t[:start])), normalize_space(strip_dates(t[end:])), t[start:end]
    elif rest and t.startswith(rest):
        before, after, time = rest, "", t[len(rest):]
    else:
        before, after, time = "", rest, t
    if not before.strip(_EDGES) and _BY_OPEN.match(after.strip(_EDGES)):
        before, after = after, ""
    after = _strip_controls(after)
    if len(after.strip(_EDGES)) > SUFFIX_MAX_CHARS:
        return None  # (a sentence going on after its date)
    if len(before) > NAME_MAX_CHARS or before.endswith(_SENTENCE_ENDS) or before.endswith(("(", "[", "（")):
        return None  # (a sentence with a date in it; a title with its date in brackets: a list of posts)
    if not any(c.isdigit() for c in time):
        return None  # (a weekday's or a relative word alone: "Today", "Sun")
    name, by = _name(before)
    if name and is_control_line(name):
        return None
    return name, time.strip(_EDGES) or t, by


def _name_line(line: str) -> bool:
    t = normalize_space(line)
    return 0 < len(t) <= NAME_LINE_MAX_CHARS and not t.endswith(_SENTENCE_ENDS) and not is_control_line(t)


def _title_line(line: str) -> bool:
    t = normalize_space(line)
    return 0 < len(t) <= TITLE_MAX_CHARS and not t.endswith((".", "!", "。", "！", "…")) and not is_control_line(t)


def _wall_line(line: str) -> bool:
    """A short line that is no comment's header, control or sentence: a footer's or a sidebar's."""
    t = normalize_space(line)
    return len(t) <= NAME_LINE_MAX_CHARS and not t.endswith(_SENTENCE_ENDS) and not is_control_line(t) \
        and _header(t) is None


def _section_heading(line: str) -> bool:
    """A comment section's heading: its word, maybe with a count (``3 Comments``, ``Kommentare (2)``)."""
    t = normalize_space(line)
    return is_count_only(t) and any(c.isalpha() for c in t) and not is_control_line(t)


def read_lines(lines: list[str]) -> list[Comment]:
    """The comments of a dump's comment section, its lines in order (see the module's text)."""
    items: list[tuple[str, Any]] = []  # ("h", (author, time, by)) or ("t", line)
    for line in lines:
        t = normalize_space(line)
        if not t or is_count_only(t) or is_control_line(t):
            continue
        if is_policy_phrase_line(t):
            if any(k == "t" for k, _ in items[next((i for i, x in enumerate(items) if x[0] == "h"), len(items)):]):
                break  # (the comment form under the comments: what follows is no comment)
            continue
        h = _header(t)
        last = next((n for n in range(len(items) - 1, -1, -1) if items[n][0] == "h"), None)
        if h is not None and last is not None and items[last][1][1] is None and h[0] is None:
            # ("Anna says:" over its date line, or "Anna said..." over the text and its time under it)
            items[last] = ("h", (items[last][1][0], h[1], items[last][1][2]))
            continue
        items.append(("t", t) if h is None else ("h", h))
    heads = [i for i, (k, _) in enumerate(items) if k == "h"]
    if not heads:
        return []
    # A blog's footer under each comment (``Posted by: Anna | <date>``): text above the first header, none under
    # the last one.
    footer = sum(1 for i in range(heads[0]) if items[i][1].endswith(_SENTENCE_ENDS)) >= FOOTER_SENTENCES
    spans = ([(0 if n == 0 else heads[n - 1] + 1, h) for n, h in enumerate(heads)] if footer else
             [(h + 1, heads[n + 1] if n + 1 < len(heads) else len(items)) for n, h in enumerate(heads)])
    texts = [[items[i][1] for i in range(a, z) if items[i][0] == "t"] for a, z in spans]
    if not footer:  # (the last comment ends at a wall of short lines: the page's footer, a sidebar)
        last = texts[-1]
        for j in range(len(last)):
            if len(last[j:j + WALL_LINES]) == WALL_LINES and all(map(_wall_line, last[j:j + WALL_LINES])):
                del last[j:]
                break
        above_lines = [[items[i][1] for i in range(heads[n - 1] + 1 if n else 0, h) if items[i][0] == "t"]
                       for n, h in enumerate(heads)]
        # a bare stamp's name: on the line above it or under it, as most of the section's headers have it
        bare = [n for n, h in enumerate(heads) if items[h][1][0] is None]
        above = sum(1 for n in bare if above_lines[n] and _name_line(above_lines[n][-1]))
        below = sum(1 for n in bare if len(texts[n]) > 1 and _name_line(texts[n][0]))
        out: list[Comment] = []
        names: list[str | None] = [items[h][1][0] for h in heads]
        for n in bare:
            if below > above and len(texts[n]) > 1 and _name_line(texts[n][0]):
                names[n] = _name(texts[n].pop(0))[0]
        titles: list[str | None] = [None] * len(heads)
        for n, h in enumerate(heads):  # (from the comment above: its last line, the next one's name or title)
            held = texts[n - 1] if n else above_lines[0]
            if names[n] is None and above >= below and held and _name_line(held[-1]):
                names[n] = _name(held.pop())[0]
            elif items[h][1][2] and held and _title_line(held[-1]):
                titles[n] = held.pop()
        for n, h in enumerate(heads):
            body = ([titles[n]] if titles[n] else []) + texts[n]
            if body:
                out.append(Comment(text="\n".join(body), author=names[n], time=items[h][1][1]))
        return out
    return [Comment(text="\n".join(texts[n]), author=items[h][1][0], time=items[h][1][1])
            for n, h in enumerate(heads) if texts[n]]


def collect_dump(doc: Document) -> None:
    """Block step (text dumps): the comments of the section the dump's locator dropped as ``comments``,
    kept in ``doc.state`` for ``comments.finish``."""
    if getattr(doc.options, "comments", "drop") == "drop":
        return
    blocks = doc.blocks
    at = [i for i, b in enumerate(blocks) if b.dropped is not None and b.dropped.kind == "comments"]
    if not at:  # (the section's heading another step took out before the locator: a count, "3 Comments")
        kept = [i for i, b in enumerate(blocks) if b.dropped is None]
        if not kept:
            return
        at = [next((i for i in range(kept[-1] + 1, len(blocks)) if _section_heading(blocks[i].text)), len(blocks))]
        if at[0] == len(blocks):
            return
    # (the section, and the dropped lines after it up to the article's next kept line or the dump's end: the
    # locator's run may end inside the comments, the rest dropped as what follows the article)
    z, wall = at[-1] + 1, 0
    while z < len(blocks) and blocks[z].dropped is not None and wall < WALL_LINES:
        wall = wall + 1 if _wall_line(blocks[z].text) else 0
        z += 1
    lines = [blocks[i].text for i in range(at[0], z) if blocks[i].dropped is not None]
    got = read_lines(lines)
    if got:
        doc.state[COLLECTED_KEY] = got
        doc.note(f"comments: {len(got)} read from the dump's comment section (a header line each)")
