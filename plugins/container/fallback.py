"""The empty-article fallback of the ``content`` plugin: a page whose steps dropped every block.

After every other step (``FALLBACK_ORDER``), when no block is left, the blocks after the one
dropped as the title that the locator set aside only for their place (``PLACE_KIND``) and that
read like prose come back; with none, a title of a sentence's length is the body. The document
notes which, and ``doc.state[FALLBACK_KEY]`` tells the pipeline's second look that the first
pass found no article of its own.
"""
from __future__ import annotations

from newsclean.document import Document
from newsclean.lines import closes_sentence, latin_length
from newsclean.locator import FALLBACK_KEY
from newsclean.text import char_count

__all__ = ["FALLBACK_ORDER", "empty_fallback"]

#: After every step of the blocks stage (bands end at 900, a site body's guards run at 999).
FALLBACK_ORDER = 1000
#: The locator's drop kind: not the article by place, no noise verdict.
PLACE_KIND = "boilerplate"
#: The drop kind of the title's block: the fallback reads what comes after it.
TITLE_KIND = "title"
#: Latin-weighted characters a set-aside line needs to come back as prose (and a closing sentence
#: or colon); words a title needs to be a link post's text.
FALLBACK_PROSE_CHARS = 40.0
FALLBACK_TITLE_WORDS = 12
#: Drops the fallback's run of prose passes over (a dateline or byline between title and text);
#: any other noise drop ends it.
FALLBACK_PASSES_KINDS = frozenset(("timestamp", "byline", "title"))


def _reads_as_prose(text: str) -> bool:
    return latin_length(text) >= FALLBACK_PROSE_CHARS and (closes_sentence(text) or text.rstrip().endswith(":"))


def empty_fallback(doc: Document) -> None:
    """Keep the title-adjacent prose of a page whose steps dropped every block.

    After the block dropped as the title (or from the top when none was), the blocks the locator
    set aside only for their place (kind ``boilerplate``) that read like prose come back, up to the
    first block a noise step dropped after one came back. With none, a title of a sentence's length
    (a link post whose only text is its title) is the body. The document notes which, and
    ``doc.state[FALLBACK_KEY]`` is True when anything came back.
    """
    blocks = doc.blocks
    if not blocks or any(b.dropped is None for b in blocks):
        return
    doc.state[FALLBACK_KEY] = _title_prose(doc) or _title_alone(doc)


def _title_start(doc: Document) -> int:
    """The index right after the block dropped as the title (0 when none was)."""
    return next((i + 1 for i, b in enumerate(doc.blocks) if b.dropped and b.dropped.kind == TITLE_KIND), 0)


def _title_prose(doc: Document) -> bool:
    back = []
    for b in doc.blocks[_title_start(doc):]:
        removal = b.dropped
        if removal is None:
            continue
        if removal.kind == PLACE_KIND:
            if _reads_as_prose(b.text):
                back.append(b)
        elif back and removal.kind not in FALLBACK_PASSES_KINDS:
            break
    if not back:
        return False
    for b in back:
        doc.restore(b)
    doc.note(f"empty article avoided: {len(back)} prose block(s) after the title "
             f"({sum(char_count(b.text) for b in back)} characters) set aside by the locator for their "
             "place only were kept")
    return True


def _title_alone(doc: Document) -> bool:
    start = _title_start(doc)
    title = doc.blocks[start - 1] if start else None
    if title is None or len(title.text.split()) < FALLBACK_TITLE_WORDS:
        return False
    doc.restore(title)
    doc.note(f"empty article avoided: nothing but the title ({char_count(title.text)} characters, "
             "a sentence's length) was left, kept as the body (a link post's text)")
    return True
