"""Small helpers for plugin vocabularies: terms -> compiled patterns."""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from .blocks import element_tokens
from .text import page_cache

__all__ = ["terms_regex", "terms_source", "LazyPattern", "ascii_terms", "any_token", "any_part", "marked_boxes", "MarkedBox", "Anchors", "CaselessSearch", "ASCII_FOLDS",
           "ascii_alt", "ascii_pattern", "first_chars", "OpeningGate", "DIGITS", "LiteralGate", "odd_case_chars",
           "caseless_chars", "WHITESPACE", "literal_tree", "needs_non_ascii"]

#: The non-ASCII characters that a case-insensitive pattern matches with an ASCII
#: letter: U+0130 and U+0131 (i), U+017F (long s, s) and U+212A (Kelvin sign, k).
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
_FOLDS = re.compile(f"[{ASCII_FOLDS}]")

try:  # the characters IGNORECASE equates beyond lower case (the regex compiler's own table)
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - before Python 3.11 the table had another home
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined,no-redef]


#: Characters by which :func:`literal_tree` groups the terms (deeper groups cost compile time).
TREE_DEPTH = 1


def terms_regex(terms: Iterable[str], *, whole_line: bool = False, flags: int = re.I) -> re.Pattern[str]:
    """One alternation of literal terms, longest first (so 本文来源 wins over 来源).

    Grouped by the terms' first characters (:func:`literal_tree`): the same matches, but
    the regex engine tries a first character once where it tried every term.
    """
    return re.compile(terms_source(terms, whole_line=whole_line, flags=flags), flags)


def terms_source(terms: Iterable[str], *, whole_line: bool = False, flags: int = re.I) -> str:
    """``terms_regex(terms, ...).pattern`` without compiling it: the source to build a larger
    pattern of (compiling a pattern only to read its source costs start-up time)."""
    alt = literal_tree(terms, ignorecase=bool(flags & re.I))
    # a whole line may close with one colon (``Advertisement:`` as ``Advertisement``): no colon twins in the data
    return rf"^\s*(?:{alt})\s*[:：]?\s*$" if whole_line else f"(?:{alt})"


# the attributes of a compiled pattern a LazyPattern copies onto itself once compiled
_PATTERN_ATTRS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
                  "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(source, flags)``, compiled the first time it is used: for a pattern that
    many runs never need (compiling every pattern of the plugins is most of newsclean's start-up).

    ``pattern`` (the source) is read without compiling, so a larger pattern can be built of it,
    and :func:`first_chars`, :func:`needs_non_ascii` and :class:`OpeningGate` read it unparsed.
    Anything else (``search``, ``match``, ``sub``, ``flags`` ...) compiles it once, then the
    compiled pattern's bound methods sit on the object: later calls cost what they cost on the
    compiled pattern. Not a ``re.Pattern``: hand the ``re`` functions :meth:`compiled`.
    Two threads using it first at once may both compile it; either result is the same pattern.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.source_flags = flags

    def compiled(self) -> "re.Pattern[str]":
        """The compiled pattern (compiled now when it was not yet)."""
        got = self.__dict__.get("_compiled")
        if got is None:
            got = re.compile(self.pattern, self.source_flags)
            mine = self.__dict__
            for name in _PATTERN_ATTRS:
                mine[name] = getattr(got, name)
            mine["_compiled"] = got
        return got

    def __getattr__(self, name: str) -> Any:  # (only for names not on the object yet)
        if name.startswith("__") or name not in _PATTERN_ATTRS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not compiled yet"
        return f"LazyPattern({self.pattern[:60]!r}, {self.source_flags}) ({state})"


def _source_and_flags(pattern: "re.Pattern[str] | LazyPattern") -> "tuple[str, int]":
    """A pattern's source and flags, without compiling a :class:`LazyPattern`."""
    if isinstance(pattern, LazyPattern):
        return pattern.pattern, pattern.source_flags
    return pattern.pattern, pattern.flags


def literal_tree(terms: Iterable[str], *, ignorecase: bool = True, depth: int = TREE_DEPTH) -> str:
    """The alternation of literal ``terms``, longest first, as a regex source grouped by the
    terms' first ``depth`` characters: ``abc|abd|ab|x`` is ``a(?:bc|bd|b)|x`` at depth 1.

    The same matches as the flat alternation: the terms a text opens with at one place
    are prefixes of one another, in one group, tried longest first as the flat
    alternation tries them. With ``ignorecase`` the terms are read in lower case (IGNORECASE
    reads a pattern's letters so); when two groups could match the same character
    (``s`` and ``ſ``), or a lower case is no single character, the flat alternation is given.
    """
    uniq = sorted(set(terms), key=len, reverse=True)
    flat = "|".join(re.escape(t) for t in uniq)
    if ignorecase:
        if any(len(c.lower()) != 1 for t in uniq for c in t):
            return flat
        uniq = list({t.lower() for t in uniq})
    if len(uniq) < 2 or "" in uniq:
        return flat
    out = _grouped(sorted(uniq, key=lambda t: (-len(t), t)), ignorecase, depth)
    return flat if out is None else out


def _grouped(terms: "list[str]", ignorecase: bool, depth: int) -> "str | None":
    """``terms`` (longest first; "" last, the term that ends here) grouped by first character."""
    if depth == 0 or len(terms) < 2:
        return "|".join(re.escape(t) for t in terms)
    groups: dict[str, list[str]] = {}
    for t in terms:
        if t:
            groups.setdefault(t[0], []).append(t[1:])  # (each group stays longest first)
    if ignorecase and len(groups) > 1 and len({_case_class(k) for k in groups}) != len(groups):
        return None  # two groups IGNORECASE reads alike: keep the flat alternation
    alts = []
    for k in sorted(groups):
        rest = _grouped(groups[k], ignorecase, depth - 1)
        if rest is None:
            return None
        alts.append(re.escape(k) + (rest if len(groups[k]) == 1 else "(?:" + rest + ")"))
    if "" in terms:
        alts.append("")
    return "|".join(alts)


def _case_class(c: str) -> str:
    """One name for the characters IGNORECASE reads as ``c`` (``c`` in lower case)."""
    low = c.lower()
    return min([low] + [chr(x) for x in _EXTRA_CASES.get(ord(low), ())])


_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ascii_alt(terms: Iterable[str]) -> str:
    """The alternation of ``terms`` (as :func:`terms_regex` gives it) for lower-cased ASCII text, without IGNORECASE.

    On ASCII text a case-insensitive pattern matches as the same pattern, its
    letters in lower case, does on the lower-cased text, several times faster.
    A term can match ASCII text only when its characters are ASCII or fold onto
    an ASCII letter (:data:`ASCII_FOLDS`, read as that letter); the others are
    left out. Build the rest of such a pattern of lower-case letters (or classes
    holding both cases) and run it on ``text.lower()`` of ASCII text only.
    """
    kept = ascii_terms(terms)
    return terms_source(kept, flags=0) if kept else "(?!)"


def ascii_terms(terms: Iterable[str]) -> "set[str]":
    """The terms :func:`ascii_alt` joins: those that can match ASCII text, as lower-cased ASCII."""
    kept = {t.translate(_TO_ASCII).lower() for t in terms if all(c.isascii() or c in ASCII_FOLDS for c in t)}
    kept.discard("")
    return kept


def ascii_pattern(source: str, lower: bool = False) -> str:
    """A case-insensitive pattern's ``source`` for lower-cased ASCII text, without IGNORECASE (see :func:`ascii_alt`).

    Characters folding onto an ASCII letter are read as that letter. With
    ``lower`` the letters outside escapes are lower-cased (``\\bET\\b`` -> ``\\bet\\b``;
    a pattern with a named group or ``\\N{...}`` is refused); without it an ASCII
    capital outside an escape (``\\S`` ``\\W`` ...) is refused (ValueError), as the
    lower-cased text never holds one.
    """
    if lower:
        if "(?P" in source or "\\N" in source or re.search(r"\[[^\]]*[A-Z]-", source):
            raise ValueError(f"pattern {source[:60]!r}: named groups, \\N and ranges of capitals are not lower-cased")
        source = re.sub(r"\\.|[A-Z]+", lambda m: m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower(), source)
    if re.search(r"(?<!\\)[A-Z]", source):
        raise ValueError(f"pattern {source[:60]!r}: write its letters in lower case")
    return source.translate(_TO_ASCII)


def any_token(tokens: Iterable[str], vocabulary: Iterable[str]) -> str | None:
    """The first class/id token that contains a vocabulary word, or None.

    Tokens are compared by substring on their ``-``/``_`` parts, so
    ``article-share-bar`` matches ``share``. Pass a (frozen)set as the
    vocabulary when calling in a loop: it is used as is.
    """
    vocab = vocabulary if isinstance(vocabulary, (set, frozenset)) else frozenset(vocabulary)
    parts_of = _PARTS
    for tok in tokens:
        parts = parts_of.get(tok)
        if parts is None:
            parts = frozenset(utility_name(tok).replace("_", "-").split("-"))
            if len(parts_of) >= _PARTS_MAX:
                parts_of.clear()  # bounded memory
            parts_of[tok] = parts
        if not vocab.isdisjoint(parts):
            return tok
    return None


# token -> its "-"/"_"-separated parts (class names recur across blocks, steps and pages)
_PARTS: dict[str, frozenset[str]] = {}
_PARTS_MAX = 50_000
# token set -> the parts of all its tokens (a block's cumulative tokens; blocks share them)
_SET_PARTS: dict[frozenset[str], frozenset[str]] = {}
_SET_PARTS_MAX = 20_000
# id of a token set -> (the set, its parts): the page's own sets, emptied for each page (a set of an
# earlier page is never met again: held here it would only keep that page's sets alive)
_BY_ID: dict[int, tuple[frozenset[str], frozenset[str]]] = page_cache()


def any_part(tokens: frozenset[str], vocabulary: "set[str] | frozenset[str]") -> bool:
    """``any_token(tokens, vocabulary) is not None``, faster for token sets seen before.

    The parts of a token set are gathered once (and kept for other steps and
    vocabularies); each look-up is then one set operation.
    """
    # Blocks of one element share its token set: looked up first by identity (an equal set
    # from an earlier page would be compared member by member).
    mine = _BY_ID.get(id(tokens))
    if mine is not None and mine[0] is tokens:
        return not vocabulary.isdisjoint(mine[1])
    parts = _SET_PARTS.get(tokens)
    if parts is None:
        parts_of = _PARTS
        gathered: set[str] = set()
        for tok in tokens:
            p = parts_of.get(tok)
            if p is None:
                p = frozenset(utility_name(tok).replace("_", "-").split("-"))
                if len(parts_of) >= _PARTS_MAX:
                    parts_of.clear()
                parts_of[tok] = p
            gathered |= p
        parts = frozenset(gathered)
        if len(_SET_PARTS) >= _SET_PARTS_MAX:
            _SET_PARTS.clear()  # bounded memory
        _SET_PARTS[tokens] = parts
    if len(_BY_ID) >= _SET_PARTS_MAX:
        _BY_ID.clear()  # bounded memory
    _BY_ID[id(tokens)] = (tokens, parts)  # (holding the set keeps its id from being reused)
    return not vocabulary.isdisjoint(parts)


#: Anchors of at most this many words are looked for one by one (see :class:`Anchors`).
ANCHORS_ONE_BY_ONE = 32


class Anchors:
    """A cheap first look before a costly pattern: can the text hold one of these words?

    Give the words at least one of which every match of the pattern contains
    (ASCII or uncased characters such as Han; compared ignoring case). When
    the text holds none of them the pattern cannot match and need not run;
    a ``sub`` with it would return the text unchanged. The look is one scan
    of the lower-cased text for a plain alternation of literals, which the
    regex engine runs far faster than a case-insensitive pattern that opens
    with look-behinds or many alternatives. Text holding a character that
    folds onto an ASCII letter (see :data:`ASCII_FOLDS`) always passes.
    """

    def __init__(self, words: Iterable[str]) -> None:
        ws = sorted({w.lower() for w in words}, key=len, reverse=True)
        for w in ws:
            if not w or any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in w):
                raise ValueError(f"anchor {w!r}: anchors are ASCII or uncased characters")
        self.words = tuple(ws)
        self._re = re.compile(literal_tree(ws, ignorecase=False) if ws else "(?!)")
        ascii_words = [w for w in ws if w.isascii()]  # (ASCII text holds no other)
        self._re_ascii = re.compile(literal_tree(ascii_words, ignorecase=False) if ascii_words else "(?!)")
        # a few words are looked for one by one (each a C substring search), faster than
        # the alternation, which tries the words at nearly every character
        self._few = self.words if len(ws) <= ANCHORS_ONE_BY_ONE else None
        self._few_ascii = tuple(ascii_words) if len(ws) <= ANCHORS_ONE_BY_ONE else None

    def __call__(self, text: str) -> bool:
        """False when no match of the pattern can lie in ``text``."""
        if text.isascii():
            few = self._few_ascii
            if few is None:
                return self._re_ascii.search(text.lower()) is not None
            low = text.lower()
            for w in few:
                if w in low:
                    return True
            return False
        few = self._few
        if few is not None:
            low = text.lower()
            for w in few:
                if w in low:
                    return True
        elif self._re.search(text.lower()) is not None:
            return True
        return _FOLDS.search(text) is not None  # (the text is not ASCII here)


class CaselessSearch:
    """``pattern.search(text)`` for a case-insensitive pattern, as a yes or no, faster.

    IGNORECASE keeps the regex engine from its quick tests of literal
    characters; the same pattern without it, run on the lower-cased text, says
    the same wherever the pattern's letters are ASCII lower case (other
    characters uncased; escapes such as ``\\s`` allowed). Text holding a
    character that folds onto an ASCII letter (:data:`ASCII_FOLDS`) is searched
    with the original pattern, as is any text when the pattern does not qualify.
    """

    def __init__(self, pattern: "re.Pattern[str] | LazyPattern") -> None:
        self.pattern = pattern
        src, flags = _source_and_flags(pattern)  # (a LazyPattern stays uncompiled until a text needs it)
        plain = (isinstance(src, str) and not re.search(r"(?<!\\)[A-Z]", src)
                 and all(c.isascii() or c.lower() == c.upper() == c for c in src))
        self._lower = re.compile(src, flags & ~re.I) if plain else None

    def __call__(self, text: str) -> bool:
        if self._lower is None or (not text.isascii() and _FOLDS.search(text)):
            return self.pattern.search(text) is not None
        return self._lower.search(text.lower()) is not None


def odd_case_chars(letters: str) -> str:
    """The characters IGNORECASE matches with one of ``letters`` although their lower case is
    another: U+0130 (whose lower case is two characters) and the pairs of the regex
    compiler's table (``ſ`` with ``s``, ``ς`` with ``σ``, ``ᲀ`` with ``в`` ...); and U+03A3, which
    ``str.lower`` writes as a final sigma at a word's end."""
    out = {"\u0130", "\u03a3"}
    for ch in set(letters.lower()):
        for code in _EXTRA_CASES.get(ord(ch), ()):
            other = chr(code)
            out.update(c for c in (other, other.upper(), other.title()) if len(c) == 1 and c.lower() != ch)
    return "".join(sorted(out))


def caseless_chars(chars: str) -> str:
    """Every character an IGNORECASE pattern matches with one of ``chars``: each in its lower,
    upper and title case, and the odd cases (:func:`odd_case_chars`)."""
    out = set(chars)
    for ch in chars:
        out.update(c for c in (ch.lower(), ch.upper(), ch.title()) if len(c) == 1)
    out.update(c for c, low in _UPPER_ONLY.items() if low in out)
    return "".join(sorted(out)) + odd_case_chars(chars)


# The characters whose lower case is a letter whose upper (and title) case they are not (a test checks).
_UPPER_ONLY = {"\u03f4": "\u03b8", "\u1e9e": "\u00df", "\u2126": "\u03c9", "\u212a": "k", "\u212b": "\u00e5"}


#: Every whitespace character (``\\s`` of a str pattern, ``str.isspace``).
WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


class LiteralGate:
    """Does a text hold one of these literal terms, ignoring case? One search, as fast as can be.

    The same yes or no as an IGNORECASE alternation of the terms, got by the same
    alternation without IGNORECASE on the lower-cased text: it lets the regex engine
    skip through the text by the terms' first characters. A text holding a character
    IGNORECASE equates with a letter of the terms other than by lower case
    (:func:`odd_case_chars`) is searched with the IGNORECASE alternation.
    """

    def __init__(self, terms: Iterable[str]) -> None:
        terms = tuple(terms)
        self.pattern = re.compile("|".join(map(re.escape, terms)), re.I)
        self._lower = re.compile(literal_tree([t.lower() for t in terms], ignorecase=False))
        odd = odd_case_chars("".join(terms))
        self._odd = re.compile("[" + re.escape(odd) + "]")

    def __call__(self, text: str) -> bool:
        if self._odd.search(text) is not None:
            return self.pattern.search(text) is not None
        return self._lower.search(text.lower()) is not None


class MarkedBox:
    """An element whose own class/id/role tokens name a vocabulary word, and its blocks."""

    __slots__ = ("element", "token", "blocks")

    def __init__(self, element: Any, token: str) -> None:
        self.element = element
        self.token = token  # the class/id token that named it
        self.blocks: list[Any] = []

    @property
    def chars(self) -> int:
        return sum(b.chars for b in self.blocks)


def utility_name(token: str) -> str:
    """The part of a class token that can name its element: a utility framework writes conditions
    before the last ``:`` outside brackets (a breakpoint, a state, a parent's or peer's selector:
    ``lg-nav:px-12``, ``[html.sidebar-filled_&]:bg-tint``) and arbitrary values in brackets
    (``w-[calc(100%-2rem)]``); neither names the element, and a name after ``/`` names a group for
    variants or an opacity (``group/sidebar``, ``bg-black/50``). Those are left out; a token without
    ``:``, ``[`` or ``/`` (nearly all, BEM ``block__elem--mod`` too) is returned as is. Class tokens
    only: an id has no variants."""
    if ":" not in token and "[" not in token and "/" not in token:
        return token
    got = _UTILITY.get(token)
    if got is None:
        got = _utility_name(token)
        if len(_UTILITY) >= _PARTS_MAX:
            _UTILITY.clear()  # bounded memory
        _UTILITY[token] = got
    return got


def _utility_name(token: str) -> str:
    out: list[str] = []  # the characters outside brackets after the last variant
    depth = 0
    for ch in token:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth = max(depth - 1, 0)
        elif depth == 0:
            if ch == ":":
                out.clear()  # what came before was a variant
            else:
                out.append(ch)
    return "".join(out).lstrip("!").split("/", 1)[0]


def class_names(value: str) -> str:
    """A class attribute's value with each token cut to its :func:`utility_name` (tokens left empty
    dropped); the value itself when no token has a variant, a bracket or a ``/``."""
    if ":" not in value and "[" not in value and "/" not in value:
        return value
    return " ".join(n for n in map(utility_name, value.split()) if n)


# class token -> its utility_name (tokens with ":", "[" or "/" only)
_UTILITY: dict[str, str] = {}


def item_name(token: str) -> str:
    """A class token's block name: the part before a BEM element's ``__`` (``promo__desc`` -> ``promo``),
    so that a card's parts count as one item."""
    return token.split("__", 1)[0]


def repeated_items(boxes: "Iterable[tuple[str, int]]", total_chars: int, share: float, min_boxes: int) -> "set[str]":
    """The item names (:func:`item_name` of the tokens) naming ``min_boxes`` or more of ``boxes``
    (token, characters) that together hold more than ``share`` of ``total_chars``: the page's own
    repeated items (a newsletter issue's stories, each in a box its CMS calls ``newsletter-html``; a
    card's title, text and link in ``promo__title``, ``promo__desc``, ``promo__link``), not boxes set
    into it. An ad or sign-up box repeated down a page is small."""
    count: dict[str, int] = {}
    chars: dict[str, int] = {}
    for token, n in boxes:
        token = item_name(token)
        count[token] = count.get(token, 0) + 1
        chars[token] = chars.get(token, 0) + n
    return {t for t, k in count.items() if k >= min_boxes and chars[t] > share * total_chars}


def marked_boxes(blocks: Iterable[Any], vocabulary: "set[str] | frozenset[str]",
                 accept: "Callable[[tuple[str, ...]], bool] | None" = None) -> list[MarkedBox]:
    """Group blocks by their nearest ancestor marked by ``vocabulary`` (see :func:`any_token`).

    ``accept`` may veto an element by its own tokens (e.g. an embedded post
    inside a share-marked wrapper). Blocks with no such ancestor are left out.
    Boxes come in the order their first block appears.
    """
    verdict: dict[int, MarkedBox | None] = {}
    boxes: list[MarkedBox] = []
    last: Any = None  # the token set of the block before (blocks of one element share theirs)
    marked = False
    by_id = _BY_ID
    for b in blocks:
        if b.tokens is not last:
            last = b.tokens
            if not last:
                marked = False
            else:  # (any_part, its look-up by identity inline: a set seen by an earlier step of the page)
                mine = by_id.get(id(last))
                marked = not vocabulary.isdisjoint(mine[1]) if mine is not None and mine[0] is last \
                    else any_part(last, vocabulary)
        if not marked:
            continue
        for el in reversed(b.path):
            key = id(el)
            if key not in verdict:
                toks = element_tokens(el)
                tok = any_token(toks, vocabulary)
                box = None
                if tok is not None and (accept is None or accept(toks)):
                    box = MarkedBox(el, tok)
                    boxes.append(box)
                verdict[key] = box
            box = verdict[key]
            if box is not None:
                box.blocks.append(b)
                break
    return boxes


try:  # the regex parser of the standard library (named sre_parse before Python 3.11)
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]


#: In a set of :func:`first_chars`: any decimal digit (``\\d``, ``str.isdecimal``).
DIGITS = "\\d"


def first_chars(pattern: "re.Pattern[str] | LazyPattern") -> "frozenset[str] | None":
    """Every character a match of ``pattern`` can begin with (as written: give the lower case
    of a case-insensitive pattern), or None when that cannot be told (``.``, ``\\w``, a
    negated class, an empty match ...). Zero-width assertions are looked through."""
    try:
        chars, nullable = _first_of(_sre_parse.parse(*_source_and_flags(pattern)).data)
    except Exception:  # noqa: BLE001 - an unknown construct: no shortcut
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first_of(items: Any) -> "tuple[set[str] | None, bool]":
    """(first characters, can match empty) of a sequence of parsed regex items."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_op(op: Any, av: Any) -> "tuple[set[str] | None, bool]":
    c = _sre_parse
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                chars.add(chr(a))
            elif o is c.RANGE and a[1] - a[0] < 512:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            elif o is c.CATEGORY and a in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                chars.add(DIGITS)
            else:
                return None, False  # a negated class, a category (\w, \s)
        return chars, False
    if op is c.SUBPATTERN:
        return _first_of(av[-1])
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            got, empty = _first_of(alt)
            if got is None:
                return None, False
            out |= got
            nullable = nullable or empty
        return out, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, _hi, item = av
        got, empty = _first_of(item)
        return (None, False) if got is None else (got, empty or lo == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_of(av)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: the next item begins the match
    return None, False


def needs_non_ascii(pattern: "re.Pattern[str] | LazyPattern") -> bool:
    """True when every match of ``pattern`` holds a character beyond ASCII (a literal, or a class of
    such characters, that it cannot do without), so that it never matches ASCII text; False when
    that cannot be told. With IGNORECASE the characters that fold onto an ASCII letter
    (:data:`ASCII_FOLDS`) count as ASCII."""
    try:
        parsed = _sre_parse.parse(*_source_and_flags(pattern))
        odd = frozenset(map(ord, ASCII_FOLDS)) if parsed.state.flags & re.I else frozenset()
        return _needs_of(parsed.data, odd)
    except Exception:  # noqa: BLE001 - an unknown construct: not told
        return False


def _needs_of(items: Any, odd: "frozenset[int]") -> bool:
    """A sequence of parsed regex items needs a non-ASCII character when one of its items does."""
    return any(_needs_op(op, av, odd) for op, av in items)


def _needs_op(op: Any, av: Any, odd: "frozenset[int]") -> bool:
    c = _sre_parse
    if op is c.LITERAL:
        return av > 0x7F and av not in odd
    if op is c.IN:
        # every member beyond ASCII (a negated class or a category may match ASCII)
        return all((o is c.LITERAL and a > 0x7F and a not in odd)
                   or (o is c.RANGE and a[0] > 0x7F and not any(a[0] <= x <= a[1] for x in odd)) for o, a in av)
    if op is c.SUBPATTERN:
        return _needs_of(av[-1], odd)
    if op is c.BRANCH:
        return all(_needs_of(alt, odd) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, _hi, item = av
        return lo >= 1 and _needs_of(item, odd)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _needs_of(av, odd)
    return False  # assertions, anchors, back references, any character ...


class OpeningGate:
    """A cheap first look before ``pattern.match(text)`` for a pattern that opens with a lead,
    then its words.

    The lead is either at most ``lead`` characters that are not letters or digits
    (``[\\s\\W_]{0,3}``), or, when ``skip`` is given, any run of the characters of
    ``skip`` and whitespace. The words begin with a character of a known set (:func:`first_chars`
    of ``words``, compared ignoring case): one of them must open the text within its lead,
    or right after it, or the pattern cannot match. A cased
    letter outside ASCII, whose case-insensitive matches the regex engine knows better,
    always passes, as does one that folds onto an ASCII letter (:data:`ASCII_FOLDS`);
    so does every text when the set cannot be told.
    """

    def __init__(self, words: "re.Pattern[str] | LazyPattern", lead: int = 0, skip: "str | None" = None) -> None:
        first = first_chars(words)
        if first is not None:
            if skip is None and not all(ch == DIGITS or ch.isalnum() for ch in first):
                first = None  # a word opening with a mark could start inside the lead
        if first is not None:
            lowered = {ch.lower() for ch in first}
            # characters that fold onto an ASCII letter match it in a case-insensitive pattern
            lowered |= {"i" for ch in first if ch in "\u0130\u0131"} | {"s" for ch in first if ch == "\u017f"} \
                | {"k" for ch in first if ch == "\u212a"}
            first = frozenset(lowered)
        self.first = first
        self.lead = lead
        self.skip = None if skip is None else skip + "".join(_WHITESPACE)
        # _may_open of each ASCII character, worked out once: most lines open with one
        self._ascii = None if first is None else {chr(c): _may_open(chr(c), first) for c in range(128)}

    def __call__(self, text: str) -> bool:
        """False when the pattern surely does not match at the start of ``text``."""
        first = self.first
        if first is None:
            return True
        table = self._ascii
        skip = self.skip
        if skip is not None:
            for ch in text:  # (a word may open on a character of the lead too)
                got = table.get(ch)
                if got if got is not None else _may_open(ch, first):
                    return True
                if ch not in skip:
                    return False
            return False
        for ch in text[: self.lead + 1]:
            if ch.isalnum():
                got = table.get(ch)
                return got if got is not None else _may_open(ch, first)
        return False


def _may_open(ch: str, first: "frozenset[str]") -> bool:
    low = ch.lower()
    if low in first or ch in ASCII_FOLDS or (DIGITS in first and ch.isdecimal()):
        return True
    return not ch.isascii() and (low != ch or ch.upper() != ch)  # a cased letter beyond ASCII: let the regex say


# every whitespace character (\s of a str pattern, str.isspace): none lies above U+3000
_WHITESPACE = tuple(WHITESPACE)
