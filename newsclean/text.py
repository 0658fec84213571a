"""Character-level text helpers shared by the core and plugins.

Everything here counts characters, never whitespace-split words: Chinese and
Japanese have no spaces, so a "word count" means nothing for them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import _count_elements  # type: ignore[attr-defined]

from .langdata import CODE_ALIASES, FUNCTION_WORDS, LATIN_LANGUAGES, LETTER_SIGN_SHARE, LETTER_SIGNS, \
    LETTER_VETO, SCRIPT_LANGUAGES, SCRIPT_MEMBERS, SCRIPTS

__all__ = [
    "normalize_space",
    "squeeze_space",
    "char_count",
    "cjk_count",
    "is_cjk",
    "has_cjk",
    "letter_count",
    "fold",
    "punct_count",
    "ends_sentence",
    "detect_language",
    "nfkc",
    "windows_c1",
    "windows_c1_all",
    "clear_caches",
    "page_cache",
]

_WS = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# Characters are counted by runs (the summed length of the matches of ``[...]+``):
# the same count as one match per character, several times faster.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_KANA_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7af]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# The characters whose lower case lies between "a" and "z" are A-Z, a-z, and two
# whose lower case begins with an ASCII letter:
_LATIN_EXTRA = "\u0130\u212a"  # "İ", KELVIN SIGN
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_LETTER_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Sentence punctuation, half- and full-width; counted as a sign of prose.
PROSE_PUNCT = "，。！？；：、,.!?;:"
_PUNCT = re.compile("[" + re.escape(PROSE_PUNCT) + "]")
#: The marks of PROSE_PUNCT in ASCII, as bytes (deleted from a text's ASCII bytes: the bytes gone are its marks).
_ASCII_PUNCT_BYTES = "".join(c for c in PROSE_PUNCT if c.isascii()).encode("ascii")
#: The marks of PROSE_PUNCT beyond ASCII (full-width ones).
_WIDE_PUNCT = tuple(c for c in PROSE_PUNCT if not c.isascii())
#: The C1 control characters (U+0080-U+009F) that Windows-1252 gives a printable character, as that
#: character. A page holds them where it wrote a numeric reference in that range (``&#146;``: the HTML
#: standard reads it as ``’``, libxml2 as U+0092) or was converted from Windows-1252 as if it were
#: Latin-1; either way the writer meant the Windows-1252 character. The five codes it leaves undefined stay.
WINDOWS_C1 = {c: bytes([c]).decode("cp1252") for c in range(0x80, 0xA0) if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# (looked for in the UTF-8 bytes, where a C1 control is 0xC2 and one byte of 0x80-0x9F: the scan
# skips to each 0xC2, several times faster than a character class over the str)
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
SENTENCE_END = ("。", "！", "？", ".", "!", "?", "…", "”", "\"", "’", "」", "』", "）", ")", "；", ";", ":", "：")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (incl. NBSP, ideographic space) to one space; soft hyphens go."""
    # The same as _WS.sub(" ", text).strip(): str.split() splits on exactly the
    # characters of \s; zero-width space and BOM, which are not \s, become spaces first.
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    if "\u00ad" in text:  # a soft hyphen (&shy;) is a place a word may break, no character of it
        text = text.replace("\u00ad", "")
    return " ".join(text.split())


# Many plugins normalise the same block texts: the results of a page are kept
# (bounded by entries and characters; cleared when full).
_NFKC_CACHE: dict[str, str] = {}
_NFKC_CACHE_ENTRIES = 8192
_NFKC_CACHE_CHARS = 1 << 20
_nfkc_chars = 0


_FOLD_DROP = re.compile(r"[\s\W_]+")
_NOT_ALNUM_BYTES = bytes(c for c in range(128) if not chr(c).isalnum())
_FOLD_CACHE: dict[str, str] = {}
#: Frequent non-ASCII marks that :func:`fold` drops (none of them a letter or digit; a test checks).
_FOLD_MARKS = "\u2019\u201c\u201d\u2014\u2013\u2018\u3001\u3002\uff0c\u2212\u00ab\u00bb\u2026"


def fold(text: str) -> str:
    """Lower-case NFKC text without whitespace, punctuation or ``_``.

    Two renderings of one line (a title in ``<title>`` and in the body,
    full-width and half-width) compare equal in this form. Cached for the page.
    """
    got = _FOLD_CACHE.get(text)
    if got is None:
        low = nfkc(text).lower()
        if low.isascii():  # (\w of ASCII text is [A-Za-z0-9_]: keep the letters and digits, on the bytes)
            got = low.encode("ascii").translate(None, _NOT_ALNUM_BYTES).decode("ascii")
        else:
            got = _fold_wide(low)
        if len(_FOLD_CACHE) >= _NFKC_CACHE_ENTRIES:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[text] = got
    return got


def _fold_wide(low: str) -> str:
    """:func:`fold` of lower-cased NFKC text that is not ASCII: every character that is no letter or
    digit goes (what _FOLD_DROP drops, in any order: each goes or stays by itself).

    The ASCII ones (spaces, punctuation) go from the UTF-8 bytes in one C pass (no byte of a
    longer character is ASCII), then the common non-ASCII marks (curly quotes, dashes) by
    str.replace; the regex runs only when a character that is no letter or digit is left
    (``str.isalnum`` of the rest, a C pass, says whether one is).
    """
    got = low.encode("utf-8", "surrogatepass").translate(None, _NOT_ALNUM_BYTES).decode("utf-8", "surrogatepass")
    if got.isalnum():
        return got
    for mark in _FOLD_MARKS:
        if mark in got:
            got = got.replace(mark, "")
    return got if got.isalnum() else _FOLD_DROP.sub("", got)


# dicts of results cached per line of text, emptied with the caches above (see page_cache)
_PAGE_CACHES: list[dict] = []  # type: ignore[type-arg]


def page_cache() -> dict:  # type: ignore[type-arg]
    """A new dict for results cached per line of the page at hand, emptied by :func:`clear_caches`.

    (A page's steps read its lines many times; the next page has other lines.
    Cleared for each page, so that a page cleaned twice, as a benchmark does,
    is not read from what the first cleaning left.)
    """
    cache: dict = {}  # type: ignore[type-arg]
    _PAGE_CACHES.append(cache)
    return cache


def clear_caches() -> None:
    """Forget the cached results of the page before (the pipeline calls this for each page)."""
    global _nfkc_chars
    _NFKC_CACHE.clear()
    _FOLD_CACHE.clear()
    _nfkc_chars = 0
    for cache in _PAGE_CACHES:
        cache.clear()


def nfkc(text: str) -> str:
    """NFKC normal form: full-width ASCII and punctuation become half-width."""
    global _nfkc_chars
    if text.isascii():
        return text  # ASCII is already in every normal form
    got = _NFKC_CACHE.get(text)
    if got is None:
        got = unicodedata.normalize("NFKC", text)
        if len(_NFKC_CACHE) >= _NFKC_CACHE_ENTRIES or _nfkc_chars > _NFKC_CACHE_CHARS:
            _NFKC_CACHE.clear()
            _nfkc_chars = 0
        _NFKC_CACHE[text] = got
        _nfkc_chars += len(text)
    return got


def _has_c1(text: str) -> bool:
    return not text.isascii() and _C1_UTF8.search(text.encode("utf-8", "surrogatepass")) is not None


def windows_c1(text: str) -> str:
    """``text`` with its C1 controls read as Windows-1252 (U+0092 -> ``’``): see :data:`WINDOWS_C1`."""
    return text.translate(WINDOWS_C1) if _has_c1(text) else text


def windows_c1_all(texts: list[str]) -> list[str]:
    """:func:`windows_c1` of each text, the texts looked through at once (the same list when none holds one)."""
    return [t.translate(WINDOWS_C1) for t in texts] if _has_c1("".join(texts)) else texts


def squeeze_space(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at the ends.

    Most lines are so already: a printable text holds no whitespace but the
    plain space (every other whitespace character is a control or separator
    character), and is returned as it is when no two spaces meet and none
    ends it, without splitting it into words.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


#: The ASCII characters ``str.split()`` takes for whitespace, deleted by ``str.translate``.
_ASCII_SPACE = str.maketrans({c: None for c in range(128) if chr(c).isspace()})
#: ... and as bytes, deleted by ``bytes.translate`` from a text's UTF-8 encoding.
_ASCII_SPACE_BYTES = bytes(c for c in range(128) if chr(c).isspace())
#: The other whitespace characters, by the lead byte of their UTF-8 encoding: U+0085 and U+00A0;
#: U+1680; U+2000-U+200A, U+2028, U+2029, U+202F and U+205F; U+3000.
_SPACE_BY_LEAD = ((b"\xc2", re.compile(rb"\xc2[\x85\xa0]")), (b"\xe1", re.compile(rb"\xe1\x9a\x80")),
                  (b"\xe2", re.compile(rb"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")),
                  (b"\xe3", re.compile(rb"\xe3\x80\x80")))


def char_count(text: str) -> int:
    """Number of non-whitespace characters (as ``str.split()`` sees whitespace).

    Counted without splitting the text into words: the ASCII whitespace is
    deleted from the text's UTF-8 bytes in one C pass, and the few other
    whitespace characters are looked for only when a lead byte of theirs is
    there (``memchr``).
    """
    if text.isprintable():  # the plain space is the only whitespace a printable text holds (see squeeze_space)
        return len(text) - text.count(" ")
    if text.isascii():  # one pass in C, no word list
        return len(text.translate(_ASCII_SPACE))
    data = text.encode("utf-8", "surrogatepass")
    n = len(text) - len(data) + len(data.translate(None, _ASCII_SPACE_BYTES))
    for lead, spaces in _SPACE_BY_LEAD:
        if lead in data:
            n -= len(spaces.findall(data))
    return n


def _count(run: "re.Pattern[str]", text: str) -> int:
    """Characters of ``text`` in the class of ``run`` (a ``[...]+`` pattern)."""
    return sum(map(len, run.findall(text)))


# UTF-8 bytes that open no character from U+3000 on (every Han ideograph lies above U+3400)
_BELOW_U3000 = bytes(range(0xE3))
_CJK_LOOK = 32  # characters looked at first (a Chinese text shows an ideograph at once)


def _no_cjk(text: str) -> bool:
    """True when ``text`` surely holds no Han ideograph: ASCII, or no ideograph among its first
    characters and no character from U+3000 on in its UTF-8 bytes (a C pass, far faster than a
    regex scan of a long Latin text with a curly quote or a dash)."""
    if text.isascii():
        return True
    if _CJK.search(text, 0, _CJK_LOOK) is not None:
        return False
    return len(text) <= _CJK_LOOK or not text.encode("utf-8", "surrogatepass").translate(None, _BELOW_U3000)


def cjk_count(text: str) -> int:
    """Number of Han ideographs."""
    if _no_cjk(text):
        return 0
    return sum(map(len, _CJK_RUN.findall(text)))


def has_cjk(text: str) -> bool:
    """True when the text holds a Han ideograph (``cjk_count(text) > 0``, without counting)."""
    return not _no_cjk(text) and _CJK.search(text) is not None


def letter_count(text: str) -> int:
    """Number of letters (word characters other than digits and ``_``), any script."""
    return sum(map(len, _LETTER_RUN.findall(text)))


def is_cjk(text: str, share: float = 0.3) -> bool:
    """True when at least `share` of the letters are Han ideographs."""
    if share > 0 and (_no_cjk(text) or not _CJK.search(text)):
        return False  # no ideograph at all
    cjk = cjk_count(text)
    if text and cjk / len(text) >= share and _LETTER_RUN.search(text):
        return True  # letters are at most all the characters: no need to count them
    letters = sum(map(len, _LETTER_RUN.findall(text)))
    return letters > 0 and cjk / letters >= share


def punct_count(text: str) -> int:
    """Number of prose punctuation marks (commas, full stops ...), any width."""
    # The ASCII marks: the bytes one C pass deletes from the text's ASCII characters (a delete table
    # of a few bytes is set up faster than one of all the others). Other text: its ASCII characters are
    # its "ignore"-encoded bytes, and each full-width mark is counted only when it is there (a mark of
    # a wider kind than the text's characters is found absent at once).
    if text.isascii():
        data = text.encode("ascii")
        return len(data) - len(data.translate(None, _ASCII_PUNCT_BYTES))
    data = text.encode("ascii", "ignore")
    n = len(data) - len(data.translate(None, _ASCII_PUNCT_BYTES))
    for c in _WIDE_PUNCT:
        if c in text:
            n += text.count(c)
    return n


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (full stop, question mark, quote ...)."""
    t = text.rstrip()
    return bool(t) and t.endswith(SENTENCE_END)


def _base_code(hint: str | None) -> str | None:
    """``"pt_BR"`` -> ``"pt"``, ``"In-Id"`` -> ``"id"``; None for what is no language code."""
    if not hint:
        return None
    m = _CODE.search(hint.replace("&quot;", " ")[:40])
    if m is None:
        return None
    base = m.group(0).lower()
    return CODE_ALIASES.get(base, base)


def detect_language(text: str, hint: str | None = None) -> str | None:
    """The language of ``text``: ISO 639-1 (``zh``, ``ja``, ``ko``, ``ru``, ``de`` ...) or None.

    ``hint`` is what the page or the caller declares (``<html lang>``,
    ``og:locale``, ``Options.language``): it is believed when it agrees with
    the text's script and, for Latin-script text, when the text's function
    words do not clearly say another language. Otherwise the text decides:
    Han/kana/Hangul shares (``zh``/``ja``/``ko``), the main script of other
    text (Cyrillic, Arabic, Devanagari, Greek ...; letters only some languages
    use tell Ukrainian from Russian, Persian and Urdu from Arabic), and the
    frequent function words of the Latin-script languages in
    :mod:`newsclean.langdata`. Latin text with no sign of any language is
    ``en``; text without letters gives the hint. The cost is one pass of a
    few regular expressions over at most 20,000 characters.
    """
    sample = text[:20000]
    base = _base_code(hint)
    if sample.isascii():  # no kana, Han or Hangul; every letter is Latin
        if not _ASCII_LETTER.search(sample):
            return base
        return _latin(sample, base)
    # ASCII letters are counted on the bytes (C speed); the other scripts only
    # in what is not ASCII, which is little of a Latin-script page. (One UTF-8
    # encoding serves both: its bytes below 0x80 are the ASCII characters.)
    data = sample.encode("utf-8", "surrogatepass")
    rest = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # (= _not_ascii(sample))
    if _NOT_MARK.search(rest) is None:
        # Nothing outside ASCII but typographic marks (no letter of any script): the answer
        # of the path below is that of ASCII text, read here as it is on ASCII text, the
        # function words on the head with its marks made ASCII (a word with a mark is no
        # function word either way; the ASCII head is lowered and split several times faster).
        if not _ASCII_LETTER.search(sample):
            return base  # no letter at all
        head = sample[:LATIN_SAMPLE_CHARS]
        for c in set(rest):
            head = head.replace(c, _MARK_AS_ASCII[c])
        return _latin(head, base if base not in ("zh", "ja", "ko") else None)
    ascii_chars = len(sample) - len(rest)
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    if not ascii_letters and not _LETTER_RUN.search(rest):
        return base  # no letter at all
    kana = _count(_KANA_RUN, rest)
    han = _count(_CJK_RUN, rest)
    hangul = _count(_HANGUL_RUN, rest)
    if han and not kana and not hangul:
        # Counting every letter is the costly part. Every non-ASCII character
        # counted as one gives a bound the share of Han clears on most
        # Chinese pages (a smaller count of letters only raises the share).
        at_most = len(sample) - (ascii_chars - ascii_letters)
        if han / at_most > 0.3:
            return "zh"
    other_letters = _LETTER_RUN.findall(rest)
    letters = ascii_letters + sum(map(len, other_letters))
    if kana / letters > 0.05:
        return "ja"
    if hangul / letters > 0.3:
        return "ko"
    if han / letters > 0.3:
        return "zh"
    latin = ascii_letters + _count(_LATIN_EXT_RUN, rest)
    if latin / letters > 0.5:
        return _latin(sample, base if base not in ("zh", "ja", "ko") else None)
    script, count = _main_script("".join(other_letters))
    if script is None or count < 0.3 * letters:
        return base if base not in ("zh", "ja", "ko") else None
    if base is not None and base in SCRIPT_MEMBERS.get(script, ()):
        return base  # the declaration agrees with the script
    return _by_letters(script, rest, count)


_ASCII_BYTES = bytes(range(128))
#: Typographic marks outside ASCII, letters of no script (quotes, dashes, spaces, bullets, signs),
#: the commonest first: what most English text holds outside ASCII. Each is read as an ASCII
#: character by the function-word count: a space for the whitespace ones, ``#`` (no letter, in
#: no function word) for the others.
_MARKS = ("\u2019\u201c\u201d\u2018\u2014\u2013\u2026\u00a0\u00ab\u00bb\u2022\u00a9\u00ae\u00b7"
          "\u00b0\u2122\u00a3\u20ac\u00a5\u201e\u201a\u2039\u203a\u2032\u2033\u00b4\u2010\u2011"
          "\u2012\u2015\u2020\u00a7\u00b6\u00bf\u00a1\u2009\u200a\u202f\u2002\u2003\u200b")
_MARK_AS_ASCII = {c: " " if c.isspace() else "#" for c in _MARKS}
_NOT_MARK = re.compile(f"[^{_MARKS}]")


def _not_ascii(text: str) -> str:
    """``_ASCII_RUN.sub("", text)``: the characters of ``text`` that are not ASCII, in order, in C passes
    without a regex (UTF-8 writes them with bytes from 0x80 up only, ASCII with the bytes below)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _main_script(rest: str) -> tuple[str | None, int]:
    """The non-Latin script with the most characters in ``rest`` (letters) and its count."""
    counts: dict[str, int] = {}
    for m in _SCRIPT_RUNS.finditer(rest):
        name = m.lastgroup or ""
        counts[name] = counts.get(name, 0) + m.end() - m.start()
    if not counts:
        return None, 0
    name = max(counts, key=counts.__getitem__)
    return name, counts[name]


def _by_letters(script: str, rest: str, count: int) -> str:
    """The language of a script's text, by the letters only some of its languages use."""
    for lang, letters in LETTER_SIGNS.get(script, ()):
        n = sum(rest.count(c) for c in letters)
        if n >= max(2, LETTER_SIGN_SHARE * count):
            veto = LETTER_VETO.get(lang)
            if veto and any(c in rest for c in veto):
                continue
            return lang
    return SCRIPT_LANGUAGES[script]


def _latin(sample: str, base: str | None) -> str:
    """The language of Latin-script text: the declared one unless the function words clearly say another."""
    scores = _word_scores(sample[:LATIN_SAMPLE_CHARS])
    best = max(scores, key=scores.__getitem__) if scores else None
    top = scores[best] if best else 0.0
    if base is not None and base in LATIN_LANGUAGES:
        own = scores.get(base, 0.0)
        if base not in FUNCTION_WORDS or top < WORDS_TO_OVERRULE or own >= OVERRULE_SHARE * top:
            return base
        return best or base
    if best is None or top < WORDS_TO_DECIDE:
        return "en"
    return best


def _word_scores(sample: str) -> dict[str, float]:
    """Function-word points per language (words split and counted in C, looked up once each)."""
    scores: dict[str, float] = {}
    weights = _WORD_WEIGHTS
    # Only the function words are counted (a word glued to punctuation is missed: cheap, and enough):
    # the other words, most of them, cost one look-up each and no counting. (The words met are
    # the same, in the same order, so the scores are summed in the same order as counting every word.)
    counts: dict[str, int] = {}
    _count_elements(counts, filter(weights.__contains__, sample.lower().split()))  # (Counter's C loop)
    for w in weights.keys() & counts.keys():
        n = counts[w]
        for lang, weight in weights[w]:
            scores[lang] = scores.get(lang, 0.0) + weight * n
    return scores


def _word_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    owners: dict[str, list[str]] = {}
    for lang, words in FUNCTION_WORDS.items():
        for w in words.split():
            if len(w) < 2:
                continue  # one letter is as often a code flag or an initial as a word
            owners.setdefault(w, []).append(lang)
    return {w: tuple((lang, 1.0 / len(langs)) for lang in langs) for w, langs in owners.items()}


#: Characters of Latin-script text read for its function words.
LATIN_SAMPLE_CHARS = 800
#: Function-word points a declared language must be beaten by, and the share of the best it keeps.
WORDS_TO_OVERRULE, OVERRULE_SHARE = 6.0, 0.3
#: Points an undeclared Latin-script text needs before a language other than English is said.
WORDS_TO_DECIDE = 2.0
_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,3}(?![A-Za-z])")
_WORD = re.compile(r"[^\W\d_]{2,}")
_WORD_WEIGHTS = _word_weights()
_LATIN_EXT_RUN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]+")
_SCRIPT_RUNS = re.compile("|".join(f"(?P<{name}>[{chars}]+)" for name, chars in SCRIPTS))
