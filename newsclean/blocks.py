"""Blocks from an HTML tree or from the lines of a text dump.

HTML: one block per paragraph-like run of text. Block-level elements (``p``,
``div``, ``li``, headings, table cells of layout tables ...) and ``<br>`` end a
run; inline elements (``a``, ``span``, ``b`` ...) do not. A data table (no
block elements in its cells, at least two rows and two columns) becomes one
block of kind ``table``. The walk is iterative, so deep pages cannot overflow
the stack, and stops at ``Options.max_nodes`` elements.

Text dump: one block per non-empty line, with the number of blank lines
before it (``gap_before``), which is most of the structure a dump keeps.
"""
from __future__ import annotations

import re
from typing import Any

import lxml.etree as etree

from .document import Block

__all__ = ["html_blocks", "text_blocks", "SKIP_TAGS", "BLOCK_TAGS", "element_tokens"]

#: Elements whose text is never article text (scripts, styles, embedded objects).
SKIP_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas head select option "
    "textarea input button audio video map datalist".split())
#: Elements that end a run of inline text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th caption ul legend".split())
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LIST_ITEM = frozenset(("li", "dt", "dd"))
_CAPTION = frozenset(("figcaption", "caption"))
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u3000\u200b\u2028\u2029\ufeff]+")
_TOKEN_SPLIT = re.compile(r"[\s]+")


def element_tokens(el: Any) -> tuple[str, ...]:
    """Lower-cased class, id and role tokens of one element."""
    out: list[str] = []
    for attr in ("class", "id", "role"):
        v = el.get(attr)
        if v:
            out.extend(t for t in _TOKEN_SPLIT.split(v.lower()) if t)
    return tuple(out)


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    if tag[:1] == "{":
        tag = tag.rsplit("}", 1)[1]
    return tag.lower()


def _is_data_table(table: Any) -> bool:
    rows = 0
    max_cells = 0
    for el in table.iter():
        t = _local(el.tag)
        if t == "tr":
            rows += 1
            cells = sum(1 for c in el if _local(c.tag) in ("td", "th"))
            max_cells = max(max_cells, cells)
        elif el is not table and t in BLOCK_TAGS and t not in ("tr", "td", "th", "tbody", "thead", "tfoot", "caption"):
            return False
        if rows > 500:
            break
    return rows >= 2 and max_cells >= 2


def _table_text(table: Any) -> str:
    lines = []
    for tr in table.iter("tr", "{*}tr"):
        cells = [_WS.sub(" ", "".join(c.itertext())).strip() for c in tr if _local(c.tag) in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


class _Builder:
    def __init__(self, max_nodes: int, max_block_chars: int) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.link_len = 0
        self.max_block_chars = max_block_chars
        self.max_nodes = max_nodes
        self.truncated = False

    def flush(self, stack: list[Any], frames: list[tuple[str, frozenset[str]]]) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        link_len = self.link_len
        self.link_len = 0
        pre = any(f[0] == "pre" for f in frames)
        text = raw.strip() if pre else _WS.sub(" ", raw).strip()
        if not text:
            return
        if len(text) > self.max_block_chars:
            text = text[: self.max_block_chars]
            self.truncated = True
        kind, level = "paragraph", 0
        for tag, _ in reversed(frames):
            if tag in _HEADINGS:
                kind, level = "heading", _HEADINGS[tag]
                break
            if tag in _LIST_ITEM:
                kind = "list_item"
                break
            if tag in _CAPTION:
                kind = "caption"
                break
            if tag == "blockquote":
                kind = "quote"
                break
            if tag == "pre":
                kind = "code"
                break
        owner_tag = next((t for t, _ in reversed(frames) if t in BLOCK_TAGS), "")
        self.blocks.append(Block(
            index=len(self.blocks), text=text, kind=kind, tag=owner_tag, level=level,
            link_chars=min(link_len, len(text)), path=tuple(stack),
            tokens=frames[-1][1] if frames else frozenset()))


def html_blocks(root: Any, max_nodes: int = 200_000, max_block_chars: int = 200_000) -> tuple[list[Block], bool]:
    """Blocks of an lxml tree in reading order; the flag says the walk was cut short."""
    b = _Builder(max_nodes, max_block_chars)
    stack: list[Any] = []  # open elements (the block's path)
    frames: list[tuple[str, frozenset[str]]] = []  # (tag, cumulative tokens)
    in_link = 0
    nodes = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[int] = set()
    for event, el in walker:
        tag = _local(el.tag)
        if event == "start":
            nodes += 1
            if nodes > max_nodes:
                b.truncated = True
                break
            if not tag or tag in SKIP_TAGS:
                skipped.add(id(el))
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS or tag == "br":
                b.flush(stack, frames)
            if tag == "table" and _is_data_table(el):
                text = _table_text(el)
                if text:
                    toks = frames[-1][1] if frames else frozenset()
                    b.blocks.append(Block(index=len(b.blocks), text=text[:max_block_chars], kind="table",
                                          tag="table", path=tuple(stack) + (el,), tokens=toks | set(element_tokens(el))))
                skipped.add(id(el))
                walker.skip_subtree()
                continue
            stack.append(el)
            toks = element_tokens(el)
            parent = frames[-1][1] if frames else frozenset()
            frames.append((tag, parent.union(toks) if toks else parent))
            if tag == "a":
                in_link += 1
            if el.text:
                b.buf.append(el.text)
                if in_link:
                    b.link_len += len(el.text.strip())
        else:  # end
            if id(el) in skipped:
                skipped.discard(id(el))
            else:
                if tag in BLOCK_TAGS:
                    b.flush(stack, frames)
                if tag == "a":
                    in_link -= 1
                if stack:
                    stack.pop()
                    frames.pop()
            if el.tail:
                b.buf.append(el.tail)
                if in_link:
                    b.link_len += len(el.tail.strip())
    b.flush(stack, frames)
    return b.blocks, b.truncated


def text_blocks(text: str, max_block_chars: int = 200_000) -> tuple[list[Block], bool]:
    """One block per non-empty line of a text dump."""
    blocks: list[Block] = []
    gap = 0
    truncated = False
    for line in text.splitlines():
        s = _WS.sub(" ", line).strip()
        if not s:
            gap += 1
            continue
        if len(s) > max_block_chars:
            s = s[:max_block_chars]
            truncated = True
        blocks.append(Block(index=len(blocks), text=s, kind="paragraph", gap_before=gap))
        gap = 0
    return blocks, truncated
