"""A small kit for the steps that look inside the located article.

Photo credits, syndication notices, rating and print prompts, comment-policy
lines, appeals and author bios sit *inside* the article's container, where
the locator keeps everything. Their steps run at order :data:`INBODY_ORDER`,
after the article has been located (500) and its paragraph kinds given (550),
and look only at the blocks still kept: the body. There a short standalone
line led by a fixed label, or a block at the body's edge, can be judged by its
shape without risking the page's navigation or teasers, which are gone.

A package, not a plugin (no entry point): the helpers the in-body plugins share.
"""
from __future__ import annotations

import re
from typing import Iterable

from newsclean.document import Block, Document
from newsclean.patterns import terms_regex, terms_source
from newsclean.text import is_cjk, nfkc, page_cache

__all__ = ["INBODY_ORDER", "EDGE_LINE", "Lexicon", "Lexicons", "Phrases", "fold", "body", "keeps_captions", "edge_distance", "lead_pattern", "whole_pattern", "clean_line", "colon_off",
           "short_limit", "within_short_limit"]

#: Order of the in-body steps: after the locators (500) and paragraph kinds (550),
#: before the repeated title (700).
INBODY_ORDER = 600
#: Decoration around a label: brackets, quotes, bullets, dashes, stars.
DECOR = "【】[]()（）<>《》«»\"'“”‘’*_–—|｜·•●■►▶ \t-"
#: The reason the locator drops a short line at the edge of the article container with; byline
#: reads a person's name alone there as the author's signature (kept here so that neither plugin
#: imports the other).
EDGE_LINE = "short non-prose line at the edge of the article"
#: Separators between a label and what it labels.
LABEL_SEP = r"\s*[:：|｜/／]"


def body(doc: Document) -> list[Block]:
    """The blocks still kept, in reading order."""
    return [b for b in doc.blocks if b.dropped is None]


def keeps_captions(doc: Document) -> bool:
    """True when the caller asks to keep captions' descriptions (``Options.captions == "keep"``)."""
    return getattr(doc.options, "captions", "drop") == "keep"


def edge_distance(i: int, n: int) -> int:
    """How far position ``i`` of ``n`` lies from the nearer end (0 at either end)."""
    return min(i, n - 1 - i)


def clean_line(text: str) -> str:
    """NFKC text without surrounding decoration or whitespace (cached for the page's lines)."""
    got = _CLEAN_CACHE.get(text)
    if got is None:
        got = nfkc(text).strip().strip(DECOR).strip()
        if len(_CLEAN_CACHE) >= _FOLD_CACHE_MAX:
            _CLEAN_CACHE.clear()  # bounded memory
        _CLEAN_CACHE[text] = got
    return got


# text -> clean_line(text): the in-body steps read the same lines
_CLEAN_CACHE: dict[str, str] = page_cache()


def short_limit(text: str, pair: tuple[int, int]) -> int:
    """``pair[0]`` for CJK text, ``pair[1]`` for other scripts (characters)."""
    return pair[0] if is_cjk(text[:60]) else pair[1]


def within_short_limit(text: str, pair: tuple[int, int]) -> bool:
    """``len(text) <= short_limit(text, pair)``; the script is looked at only when the length lies
    between the two limits (most lines are shorter than both)."""
    n = len(text)
    if n <= pair[0] and n <= pair[1]:
        return True
    if n > pair[0] and n > pair[1]:
        return False
    return n <= short_limit(text, pair)


def lead_pattern(labels: Iterable[str], sep: str = LABEL_SEP) -> "re.Pattern[str]":
    """A line *opened* by one of ``labels`` (after a little decoration), then ``sep``.

    With ``sep=""`` the label must end at a word boundary (``Cite this article``
    opens ``Cite this article as …`` but not ``Cite this articles``).
    """
    labels = tuple(labels)
    start = r"^[\s" + re.escape(DECOR) + r"]{0,3}"
    if sep:
        return re.compile(start + terms_source(labels) + sep, re.I)
    # a label ending in a CJK character or a mark (``图/``) needs no boundary
    open_ended = [w for w in labels if _unspaced(w[-1]) or not w[-1].isalnum()]
    bounded = [w for w in labels if not (_unspaced(w[-1]) or not w[-1].isalnum())]
    alts = [terms_source(bounded) + r"(?!\w)"] if bounded else []
    alts += [terms_source(open_ended)] if open_ended else []
    return re.compile(start + "(?:" + "|".join(alts or ["(?!)"]) + ")", re.I)


def _unspaced(c: str) -> bool:
    """A character of a script written without spaces between words (CJK, kana, Thai)."""
    return "\u0e00" <= c <= "\u0e7f" or "\u3000" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def whole_pattern(labels: Iterable[str]) -> "re.Pattern[str]":
    """A line that is only one of ``labels`` (decoration stripped first with :func:`clean_line`)."""
    return terms_regex(labels, whole_line=True)


_SEPARATORS = frozenset(":：|｜/／=")  # "=": ko "사진=연합뉴스"
# What case-insensitive regexes equate and casefold does not: dotted and dotless i (Turkish).
_FOLD_EXTRA = str.maketrans({"\u0307": None, "\u0131": "i"})


_FOLD_CACHE: dict[str, str] = page_cache()
_FOLD_CACHE_MAX = 8192


def fold(text: str) -> str:
    """NFKC, case-folded, with Turkish dotted/dotless i folded to ``i`` (cached for the page's lines)."""
    got = _FOLD_CACHE.get(text)
    if got is None:
        got = nfkc(text).casefold()
        if "\u0307" in got or "\u0131" in got:
            got = got.translate(_FOLD_EXTRA)
        if len(_FOLD_CACHE) >= _FOLD_CACHE_MAX:
            _FOLD_CACHE.clear()  # bounded memory
        _FOLD_CACHE[text] = got
    return got


def _whole_key(text: str) -> str:
    """What a whole-line term is looked up by: ``text`` folded, one trailing colon off."""
    got = _FOLD_CACHE.get(text)  # (fold's cache looked up here: no call for a line folded before)
    t = got if got is not None else fold(text)
    if t[-1:] == ":":  # (NFKC made a full-width colon ASCII)
        t = colon_off(t)
    return t


class Lexicon:
    """Terms matched ignoring case, with no regex: a whole line, or the opening of a line.

    Large case-insensitive alternations of many languages are slow to compile
    (every process pays it before its first page); a lexicon is built from a
    dict and a set in a fraction of that and looks a line up in a few
    comparisons. Case is ignored by ``str.casefold`` on NFKC text.
    """

    def __init__(self, terms: Iterable[str]) -> None:
        folded = {fold(t.strip()) for t in terms}
        folded.discard("")
        self.whole_terms = frozenset(folded)
        # a whole line is looked up without one trailing colon (``Share this:`` as ``Share this``), so the
        # terms are looked up without theirs; the openings keep theirs (``Foto:`` must not open ``Foto von …``)
        whole = {colon_off(t) for t in folded}
        whole.discard("")
        self.whole_keys = frozenset(whole)
        index: dict[str, list[str]] = {}  # by the first two characters (one for one-character terms)
        for t in folded:
            index.setdefault(t[:2], []).append(t)
        for v in index.values():
            v.sort(key=len, reverse=True)  # longest first: 本文来源 before 来源
        self._index = index

    def whole(self, text: str) -> bool:
        """The whole text (strip decoration first, e.g. with :func:`clean_line`) is one term, one
        trailing colon aside (``Sur cette page :`` is ``Sur cette page``)."""
        return _whole_key(text) in self.whole_keys

    def opens(self, text: str, sep: bool = False) -> bool:
        """The text opens with a term (after decoration), followed by a separator
        (``:`` ``|`` ``/``) when ``sep``, else by a word boundary where the term ends
        in a letter or digit of a spaced script."""
        lead = _LEAD_CACHE.get(text)
        if lead is None:
            lead = _lead(text)
        t, first_two, first = lead
        if not t:
            return False
        index = self._index
        two = index.get(first_two)
        one = index.get(first) if first else None
        if two is None and one is None:
            return False  # (most lines: no term opens with their first characters)
        for cands in (two, one):
            if not cands:
                continue
            for term in cands:
                if not t.startswith(term):
                    continue
                rest = t[len(term):]
                if sep:
                    if rest.lstrip()[:1] in _SEPARATORS:
                        return True
                    continue
                last = term[-1]
                if not rest or not last.isalnum() or _unspaced(last) or not rest[0].isalnum():
                    return True
        return False


def colon_off(t: str) -> str:
    """A line without one trailing colon and the space before it (``sur cette page :``): how whole-line
    labels are looked up (:meth:`Lexicon.whole`)."""
    return t[:-1].rstrip() if t[-1:] == ":" else t


# text -> its folded form without leading decoration, and that form's first two
# characters and (when longer) first character (for Lexicon.opens)
_LEAD_CACHE: dict[str, tuple[str, str, str]] = page_cache()
_LEAD_STRIP = DECOR + "\n\r"


def _lead(text: str) -> tuple[str, str, str]:
    """What :meth:`Lexicon.opens` reads of a text (cached for the page's lines)."""
    lead = _LEAD_CACHE.get(text)
    if lead is None:
        # (on ASCII text NFKC changes nothing and case folding is lower-casing)
        t = text.lstrip(_LEAD_STRIP).lower() if text.isascii() else fold(nfkc(text).lstrip(_LEAD_STRIP))
        lead = (t, t[:2], t[:1] if len(t) > 1 else "")
        if len(_LEAD_CACHE) >= _FOLD_CACHE_MAX:
            _LEAD_CACHE.clear()  # bounded memory
        _LEAD_CACHE[text] = lead
    return lead


class Lexicons:
    """Several lexicons asked in turn whether they open a line (or are the whole line): the name of the first that does.

    The same answers as calling :meth:`Lexicon.opens` of each in order, from one
    index of all their terms (by the first two characters, or the first one): a
    line whose first characters open no term of any of them (most lines) is told
    so in one look, and the others try only the terms that may open them, in the
    lexicons' order, instead of asking each lexicon.
    """

    def __init__(self, named: "Iterable[tuple[str, Lexicon, bool]]") -> None:
        self._named = tuple(named)  # (name, lexicon, sep)
        self._keys = frozenset(k for _, lex, _ in self._named for k in lex._index)
        # key -> (position of the lexicon, term, sep), in the lexicons' order (each one's terms longest first)
        merged: dict[str, list[tuple[int, str, bool]]] = {}
        for pos, (_, lex, sep) in enumerate(self._named):
            for key, terms in lex._index.items():
                merged.setdefault(key, []).extend((pos, term, sep) for term in terms)
        self._merged = {k: tuple(v) for k, v in merged.items()}
        # whole-line key -> the name of the first lexicon holding it (for first_whole)
        wholes: dict[str, str] = {}
        for name, lex, _ in reversed(self._named):
            wholes.update(dict.fromkeys(lex.whole_keys, name))
        self._wholes = wholes

    def first_opening(self, text: str) -> str | None:
        """The name of the first lexicon whose :meth:`Lexicon.opens` is true of ``text`` (with its ``sep``), or None."""
        lead = _LEAD_CACHE.get(text)  # (_lead's cache looked up here: no call for a line read before)
        t, first_two, first = lead if lead is not None else _lead(text)
        if not t:
            return None
        merged = self._merged
        two = merged.get(first_two)
        one = merged.get(first) if first else None
        if two is None and one is None:
            return None
        best = len(self._named)  # (the first lexicon with a term opening the line: the lowest position)
        for cands in (two, one):
            if cands:
                for pos, term, sep in cands:
                    if pos >= best:
                        break  # (in order: no earlier lexicon left in this list)
                    if t.startswith(term) and _term_opens(t, term, sep):
                        best = pos
                        break
        return self._named[best][0] if best < len(self._named) else None


    def first_whole(self, text: str) -> str | None:
        """The name of the first lexicon whose :meth:`Lexicon.whole` is true of ``text``, or None (one
        fold and one look-up for all of them)."""
        return self._wholes.get(_whole_key(text))


def _term_opens(t: str, term: str, sep: bool) -> bool:
    """``term``, which ``t`` starts with, opens ``t`` (see :meth:`Lexicon.opens`)."""
    rest = t[len(term):]
    if sep:
        return rest.lstrip()[:1] in _SEPARATORS
    last = term[-1]
    return not rest or not last.isalnum() or _unspaced(last) or not rest[0].isalnum()


_WORDS = re.compile(r"\w{3,}")
_WORDS_CACHE: dict[str, frozenset[str]] = page_cache()


# ASCII bytes that are not word characters (\w of ASCII text: letters, digits, "_") become spaces
_NOT_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def _words(low: str) -> frozenset[str]:
    """The words (3+ characters) of a folded line, cached for the page's lines.

    Of ASCII text, split out at C speed, the set holds shorter words too; it only
    ever meets anchors (words of 3+ characters), which the short ones never equal.
    """
    got = _WORDS_CACHE.get(low)
    if got is None:
        if low.isascii():
            got = frozenset(low.encode("ascii").translate(_NOT_WORD_BYTES).decode("ascii").split())
        else:
            got = frozenset(_WORDS.findall(low))
        if len(_WORDS_CACHE) >= _FOLD_CACHE_MAX:
            _WORDS_CACHE.clear()  # bounded memory
        _WORDS_CACHE[low] = got
    return got


class Phrases:
    """Fixed phrases found anywhere in a line, ignoring case (``Alle Rechte vorbehalten``).

    One pattern over the folded phrases (no IGNORECASE), run only when the line
    holds an anchor word of some phrase (its longest word, in spaced scripts);
    phrases of unspaced scripts (``無断転載を禁じます``) are looked for in text
    that is not ASCII.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        folded = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
        anchored, unspaced, anchors = [], [], set()
        for p in folded:
            words = [w for w in _WORDS.findall(p) if not any(_unspaced(c) for c in w)]
            if words:
                anchors.add(max(words, key=len))
                anchored.append(p)
            else:
                unspaced.append(p)
        self._anchors = frozenset(anchors)
        self._anchored = terms_regex(anchored, flags=0) if anchored else None
        self._unspaced = terms_regex(unspaced, flags=0) if unspaced else None

    def search(self, text: str) -> "re.Match[str] | None":
        """The first phrase in ``text``, as a match on its folded form (:func:`fold`), or None."""
        low = fold(text)
        m = None
        if self._anchored is not None and not self._anchors.isdisjoint(_words(low)):
            m = self._anchored.search(low)
        if m is None and self._unspaced is not None and not low.isascii():
            m = self._unspaced.search(low)
        return m
