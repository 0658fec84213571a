"""Pull quotes: a quotation block that repeats a sentence of the article's own text.

A news page sets a striking sentence of the article a second time, large, in a quote
box (``<blockquote>``, an aside), often with its speaker under it (``— Jane Doe``,
``Jane Doe, Mayor``). The sentence is already in the text; the box repeats it, and
news datasets leave the box out. Nothing is guessed from the look of the box: a
quote block (kind ``quote``) goes only when its words, compared letter for letter
(case, spacing, punctuation and quotation marks aside), stand inside a longer
paragraph or list item of the body near it (:data:`MAX_DISTANCE` blocks). A quotation
said only once (a quoted letter, a poem, an embedded post) stays, and so do headings
that quote the text.

A package module, not a plugin: the ``captions`` plugin's ``pullquotes`` step reads it.

The speaker's line under the quote goes with it when it is short, does not end like a
sentence, and shares the quote's box: the nearest element holding both holds no other
text (give or take :data:`BOX_SLACK` characters).
"""
from __future__ import annotations

import re
from itertools import filterfalse
from operator import attrgetter

from newsclean.blocks import holds_at_most, shared_depth
from newsclean.document import Block
from newsclean.text import char_count

__all__ = ["MIN_CHARS", "MAX_CHARS", "MAX_DISTANCE", "SPEAKER_MAX_CHARS", "BOX_SLACK", "letters", "pull_quotes"]

#: A pull quote holds at least this many letters and digits (a shorter repeat is a phrase, not a sentence) ...
MIN_CHARS = 20
#: ... and at most this many characters.
MAX_CHARS = 400
#: Longest speaker's line under a pull quote (characters).
SPEAKER_MAX_CHARS = 80
#: Characters the quote's box may hold besides the quote and its speaker's line.
BOX_SLACK = 10
#: A pull quote stands at most this many of the body's blocks from the sentence it repeats (a post
#: quoting its own earlier section, far away, keeps the quote: an argument, not a box beside the text).
MAX_DISTANCE = 20
#: Kinds of the body's blocks a pull quote repeats.
TEXT_KINDS = frozenset(("paragraph", "list_item"))
_WORD = re.compile(r"[^\W_]+")
_KIND = attrgetter("kind")
_DROPPED = attrgetter("dropped")
#: Shortest run of words, and shortest word, used for the first look (:func:`_probe`).
PHRASE_CHARS = 12
PROBE_CHARS = 4
_NOT_LETTERS = re.compile(r"[\W_]+")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", "：")


def letters(text: str) -> str:
    """The text's letters and digits only, case-folded (``“It's over.”`` -> ``itsover``)."""
    return _NOT_LETTERS.sub("", text).casefold()


def _speaker(quote: Block, line: Block) -> bool:
    """``line`` is the quote's speaker: short, no sentence, in one box with the quote and nothing else."""
    t = line.text.strip()
    if not t or line.chars > SPEAKER_MAX_CHARS or t.endswith(_SENTENCE_END):
        return False
    n = shared_depth(quote, line)
    return n > 0 and holds_at_most(quote.path[n - 1], char_count(quote.text) + char_count(t) + BOX_SLACK)


def _probe(text: str) -> str:
    """What a paragraph repeating the quote holds as it is, a cheap first look before the letters
    are compared: the quote's longest run of words written without capitals or marks
    (``disdain and disgust``), or else its longest such word; "" when there is none (a quote in
    capitals)."""
    best, run = "", []
    for w in text.split():
        if w.isalpha() and w == w.lower():
            run.append(w)
            continue
        if len(run) > 1:
            best = max(best, " ".join(run), key=len)
        run = []
    if len(run) > 1:
        best = max(best, " ".join(run), key=len)
    if len(best) >= PHRASE_CHARS:
        return best
    for w in _WORD.findall(text):
        if len(w) > len(best) and w == w.lower():
            best = w
    return best if len(best) >= PROBE_CHARS else ""


def pull_quotes(blocks: "list[Block]") -> "list[tuple[Block, Block | None]]":
    """The pull quotes among the page's kept ``blocks`` (reading order; dropped ones are passed
    over), each with its speaker's line (or None)."""
    if "quote" not in map(_KIND, blocks):
        return []  # (most pages: no quote block; looked for without a Python loop)
    kept = list(filterfalse(_DROPPED, blocks))
    kinds = list(map(_KIND, kept))
    texts: "list[str | None]" = [None] * len(kept)
    got: "list[tuple[Block, Block | None]]" = []
    taken = -1
    k = -1
    while True:
        try:
            k = kinds.index("quote", k + 1)  # (the next quote block, looked for without a Python loop)
        except ValueError:
            break
        quote = kept[k]
        if k <= taken or not MIN_CHARS <= quote.chars <= MAX_CHARS:
            continue  # (k <= taken: the speaker's line of the quote before)
        key = letters(quote.text)
        if len(key) < MIN_CHARS:
            continue
        probe = _probe(quote.text)
        for j in range(max(0, k - MAX_DISTANCE), min(len(kept), k + MAX_DISTANCE + 1)):
            other = kept[j]
            if j == k or other.kind not in TEXT_KINDS or other.chars <= quote.chars * 0.8 \
                    or (probe and probe not in other.text):
                continue
            if texts[j] is None:
                texts[j] = letters(other.text)
            if len(texts[j]) > len(key) and key in texts[j]:  # type: ignore[arg-type]
                speaker = kept[k + 1] if k + 1 < len(kept) and _speaker(quote, kept[k + 1]) else None
                got.append((quote, speaker))
                taken = k + (speaker is not None)
                break
    return got
