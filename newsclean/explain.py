"""``newsclean explain``: the page block by block, kept or removed and why.

Output, one line per block (a line of a text dump, a paragraph of HTML):

    KEEP  heading     │ 千卡智算底座：…
    DROP  spam        │ 2分钟实锤！德扑之星… ← spam:teasers: gambling-cheat teaser (有挂, 辅助, 教程)

Subtrees pruned before blocks were built (page chrome, hidden elements) are
listed first. Chrome evidence that the chrome step left for the locator to
weigh (a node with class words such as ``comments`` or ``widget`` that holds
the paragraph under the title) is shown as ``SIGNAL`` lines: the node, the
evidence, its weight, and whether the locator kept or dropped it and why.
A summary of removals by kind and plugin closes the report.
"""
from __future__ import annotations

import shutil
from collections import Counter
from typing import Any

from .article import Removal
from .hookspecs import hookimpl
from .locator import READMITTED_KEY
from .pipeline import Cleaner

__all__ = ["render_explanation", "explain", "chrome_signals"]

_GREEN, _RED, _DIM, _BOLD, _RESET = "\033[32m", "\033[31m", "\033[2m", "\033[1m", "\033[0m"


class _Capture:
    """A throw-away plugin that keeps the Document of the page being explained."""

    document: Any = None

    @hookimpl
    def newsclean_finish_article(self, article: Any, document: Any) -> None:
        self.document = document


def explain(cleaner: Cleaner, page: Any, url: str | None = None, **kwargs: Any) -> list[dict[str, Any]]:
    """Every block of the page in reading order, as dicts (kept, kind, text, removal)."""
    rows: list[dict[str, Any]] = []
    cap = _Capture()
    signals: list[dict[str, Any]] = []
    cleaner.pm.register(cap, name="explain-capture")
    try:
        article = cleaner.clean(page, url, **kwargs)
    finally:
        cleaner.pm.unregister(cap)
    doc = cap.document
    if doc is not None:
        signals = chrome_signals(doc)
        for r in doc.removed:
            rows.append({"kept": False, "kind": r.kind, "text": r.text, "removal": r, "pruned": True})
        readmitted = (getattr(doc, "state", {}) or {}).get(READMITTED_KEY) or {}
        for b in doc.blocks:
            rows.append({"kept": b.dropped is None, "kind": b.kind if b.dropped is None else b.dropped.kind,
                         "text": b.text, "removal": b.dropped, "pruned": False,
                         "readmitted": readmitted.get(b.index, "") if b.dropped is None else ""})
    rows.append({"article": article, "signals": signals})
    return rows


def chrome_signals(document: Any) -> list[dict[str, Any]]:
    """The chrome signals the locator weighed on a page, as dicts (empty when none).

    Each: the node, its evidence (the class/id words or the element), the
    strength and weight of that evidence, why the chrome step left the node
    in the page, and the locator's outcome (kept / dropped) with its reason.
    """
    out = []
    for sig in (getattr(document, "state", {}) or {}).get("chrome.signals", ()):
        describe = getattr(sig, "describe", None)
        out.append({"node": describe() if describe else "?", "evidence": getattr(sig, "evidence", ""),
                    "strength": getattr(sig, "strength", ""), "weight": getattr(sig, "weight", 1.0),
                    "left_because": getattr(sig, "note", ""), "outcome": getattr(sig, "outcome", "") or "not weighed",
                    "why": getattr(sig, "why", "")})
    return out


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    if width <= 0 or _display_width(text) <= width:
        return text
    out, w = [], 0
    for ch in text:
        cw = 2 if _wide(ch) else 1
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")


def _display_width(text: str) -> int:
    return sum(2 if _wide(c) else 1 for c in text)


def render_explanation(cleaner: Cleaner, page: Any, url: str | None = None, *, color: bool = False,
                       width: int = 0, **kwargs: Any) -> str:
    """The explanation as terminal text."""
    rows = explain(cleaner, page, url, **kwargs)
    last = rows.pop()
    article = last["article"]
    total = width or shutil.get_terminal_size((120, 24)).columns
    lines: list[str] = []

    def paint(s: str, code: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    head = []
    if article.title:
        head.append(f"title:     {article.title}")
    head.append(f"authors:   {', '.join(article.authors) or '-'}")
    head.append(f"published: {article.published.isoformat() if article.published else '-'}")
    head.append(f"source:    {article.source or '-'}")
    head.append(f"language:  {article.language or '-'}    input: {article.input_kind}")
    lines.extend(paint(h, _BOLD) for h in head)
    for n in article.notes:
        lines.append(paint(f"note:      {n}", _DIM))
    for sig in last.get("signals", ()):
        # chrome evidence the locator weighed instead of a blind deletion
        head_ = f"SIGNAL {sig['outcome'].upper():<7} │ {sig['node']} {sig['evidence']}"
        tail_ = f"  ← {sig['why'] or 'weight ' + format(sig['weight'], 'g')}; left in the page: {sig['left_because']}"
        lines.append(paint(_cut(head_ + tail_, total), _GREEN if sig["outcome"] == "kept" else _RED))
    lines.append("")
    for row in rows:
        tag = "KEEP" if row["kept"] else ("PRUNE" if row["pruned"] else "DROP")
        prefix = f"{tag:<5} {row['kind'][:11]:<11} │ "
        r: Removal | None = row["removal"]
        avail = max(4, total - len(prefix))
        if r is None and row.get("readmitted"):  # kept though outside the container: why
            why = f"← re-admitted by the locator: {row['readmitted']}"
            body = _cut(row["text"], max(min(20, avail // 2), avail - 2 - _display_width(why)))
            why = _cut(why, max(1, avail - 2 - _display_width(body)))
            lines.append(paint(prefix, _GREEN) + body + paint("  " + why, _GREEN))
        elif r is None:
            body = _cut(row["text"], avail)
            lines.append(paint(prefix, _GREEN) + body)
        else:  # the text and the reason share the width; each is cut with "…" when they don't fit
            why = f"← {r.plugin}: {r.reason}" + (f" [{r.region}]" if r.region else "")
            body = _cut(row["text"], max(min(20, avail // 2), avail - 2 - _display_width(why)))
            why = _cut(why, max(1, avail - 2 - _display_width(body)))
            lines.append(paint(prefix, _RED) + paint(body, _DIM) + paint("  " + why, _RED))
    counts = Counter((r.kind, r.plugin) for r in article.removed)
    lines.append("")
    lines.append(f"kept {len(article.paragraphs)} paragraphs ({len(article.text)} characters); "
                 f"removed {len(article.removed)} pieces:")
    for (kind, plugin), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {n:>4}  {kind:<12} {plugin}")
    return "\n".join(lines) + "\n"
