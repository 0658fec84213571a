"""Disclaimers and copyright lines: 免责声明, 版权声明, 转载请注明, All rights reserved.

Three shapes, all boilerplate that pages append to (or wrap around) articles:

* a line **led by a disclaimer label** (``免责声明：…``, ``版权声明：…``,
  ``风险提示：…``, ``Disclaimer: …``), whatever its length, and a label alone
  on its line together with the short notice that follows it;
* a short line holding a **disclaimer sentence** (本文仅代表作者观点 /
  转载请注明出处 / 未经授权不得转载 / 不构成投资建议 / The views expressed … are
  those of … / for informational purposes only);
* an **affiliate disclosure** (``This article contains affiliate links … we may earn a
  commission``, ``… erhalten wir eine Provision``): a short one anywhere, as a disclaimer
  sentence; a longer one, up to :data:`AFFILIATE_MAX_CHARS`, among the :data:`AFFILIATE_EDGE`
  first or last blocks of the located article (a second step, at the in-body order), where
  such disclosures stand;
* a short **copyright line** (``© 2025 …``, ``Copyright …``, ``版权所有``,
  ``All rights reserved``) and a short risk warning alone (投资有风险，入市需谨慎).

A body paragraph that merely quotes such words is longer than these limits
or lacks the fixed phrasing.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.patterns import CaselessSearch, LazyPattern, ascii_alt, terms_source
from newsclean.text import nfkc

from .inbody import INBODY_ORDER, Lexicon, Phrases
from .inbody import fold as _fold
from .vocab import disclaimer as _vocab
from .vocab import terms

__all__ = ["is_disclaimer_line"]

# --- vocabulary --------------------------------------------------------------
#: Labels that open a disclaimer paragraph.
LABELS = (
    "免责声明", "版权声明", "特别声明", "郑重声明", "法律声明", "重要声明", "声明", "风险提示", "风险声明", "版权说明",
    "转载声明", "原创声明", "版权提示", "温馨提示", "投资提示", "平台声明", "作者声明",
    "disclaimer", "legal disclaimer", "copyright notice", "editorial disclaimer", "disclosure", "risk warning",
    "important notice", "note to editors",
)
#: Labels in other languages (Haftungsausschluss, Avertissement, Отказ от ответственности ...).
LABELS_INTL = terms(_vocab.LABELS)
#: Fixed disclaimer sentences (Chinese), as patterns.
SENTENCES_ZH = (
    r"(?:本文|该文|此文|文章)(?:观点|内容)?仅代表(?:作者|原作者|作者本人|作者个人)(?:的)?(?:个人)?(?:观点|本人)?",
    r"仅提供信息(?:存储|发布)(?:空间)?服务",
    r"(?:并)?不代表本(?:站|网|网站|平台|报|刊|号|公众号)(?:的)?(?:观点|立场|赞同)",
    r"文章(?:内容)?(?:仅供|只供)参考", r"(?:以上|上述|本文)(?:内容|信息|观点)?(?:仅供|只供)参考",
    r"不构成(?:任何)?(?:投资|买卖|操作)?(?:建议|依据)", r"据此(?:操作|投资|入市)(?:风险自担|，?风险自负)",
    r"转载(?:请|需|务必)?注明(?:出处|来源|作者)", r"(?:转载|引用)请(?:联系|与)", r"未经(?:本(?:站|网|报|刊|平台)?)?(?:书面)?(?:许可|授权|允许|同意)"
    r"[，,]?\s*(?:任何(?:单位|个人|媒体)?)?(?:不得|禁止|严禁|请勿)(?:转载|复制|摘编|使用|转发)",
    r"(?:如|若)(?:有|涉及|存在)?(?:侵权|版权问题)", r"本(?:站|网|网站|平台)(?:所)?(?:转载|刊登|发布)的?(?:文章|内容)",
    r"版权(?:归|属于)(?:原作者|原作|作者|原创作者)", r"(?:请|敬请)读者仅作参考", r"本文(?:系|为)(?:转载|授权转载)",
)
#: Fixed disclaimer sentences (English).
SENTENCES_EN = (
    r"the views (?:and opinions )?expressed (?:in this|here|herein|above|by)\b",
    r"(?:are|is) (?:solely )?(?:those|the views?) of the (?:author|writer|contributor)s?\b",
    r"for (?:general )?informational (?:and educational )?purposes only", r"(?:does|do|should) not constitute\b.{0,40}\badvice",
    r"not (?:intended as |to be construed as )?(?:financial|investment|legal|tax) advice",
    r"this material may not be published, broadcast, rewritten,? or redistributed",
    r"may not be (?:reproduced|republished|copied|redistributed)\b", r"do(?:es)? not necessarily reflect the (?:views|opinions)",
    r"reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)", r"past performance is not indicative",
)
#: Disclaimer and reprint sentences in other languages (literal).
SENTENCES_INTL = terms(_vocab.SENTENCES)
#: Affiliate (commission) disclosures, any language (we may earn a commission, erhalten wir eine Provision).
AFFILIATE = terms(_vocab.AFFILIATE)
#: "All rights reserved" in other languages (Alle Rechte vorbehalten, Tous droits réservés ...).
RIGHTS_INTL = terms(_vocab.RIGHTS)
#: Copyright lines.
COPYRIGHT = (
    r"^\W{0,3}©", r"©\s*(?:\d{4}|copyright)", r"\d{4}\s*©", r"\(c\)\s*\d{4}", r"^\W*copyright\b",
    r"\bcopyright\s*(?:©|\(c\)|\d{4})", r"all rights reserved", r"^\W*版权所有", r"版权所有\W*$", r"版权所有\s*[:：©]",
    r"保留所有权利", r"^\W*著作权归",
)
#: Short risk warnings that stand alone.
RISK = (r"(?:投资|股市|市场|理财)有风险[，,\s]*(?:投资|入市|选择|决策)?(?:需|须|宜)?谨慎", r"入市需谨慎", r"invest(?:ing|ment)? involves risk")

#: A line with a disclaimer sentence is a disclaimer up to this length (characters).
SENTENCE_MAX_CHARS = 220
#: An affiliate disclosure is one up to this length (characters): it often explains itself at length.
AFFILIATE_MAX_CHARS = 450
#: A disclosure longer than a disclaimer sentence counts among this many blocks at either edge of the body.
AFFILIATE_EDGE = 3
#: Copyright lines and risk warnings are short.
COPYRIGHT_MAX_CHARS = 160
RISK_MAX_CHARS = 40
#: A label-led disclaimer paragraph may be long, but not longer than this.
LABELLED_MAX_CHARS = 2000
#: Words of a notice that follows a label alone on its line.
NOTICE_WORDS = ("本文", "本站", "本网", "观点", "版权", "转载", "责任", "风险", "参考", "侵权", "作者", "opinion", "views",
                "advice", "rights", "copyright", "author", "informational", "liability", "responsib") \
    + terms(_vocab.NOTICE_WORDS)

_LABEL_LED_ZH_EN = re.compile(r"^[\s【\[(（*#]*" + terms_source(LABELS) + r"[\s】\])）*]*[:：]", re.I)
_LABEL_ALONE_ZH_EN = re.compile(r"^[\s【\[(（*#]*" + terms_source(LABELS) + r"[\s】\])）*:：]*$", re.I)
_LABELS_INTL = Lexicon(LABELS_INTL)
_INTL_SEPARATORS = "|｜/／="  # (and the colons: what Lexicon.opens(sep=True) needs after a label)
# The same for ASCII text, on its lower case without IGNORECASE (several times faster).
_LABEL_LED_ASCII = re.compile(r"^[\s【\[(（*#]*" + ascii_alt(LABELS) + r"[\s】\])）*]*[:：]")


class _LabelLed:
    """A line led by a disclaimer label and a colon (any language)."""

    @staticmethod
    def match(t: str) -> bool:
        # (t is in NFKC, as _disclaimer has it: the patterns need a colon, the lexicon one of its separators)
        if ":" not in t and "：" not in t:
            return any(mark in t for mark in _INTL_SEPARATORS) and _LABELS_INTL.opens(t, sep=True)
        led = _LABEL_LED_ASCII.match(t.lower()) if t.isascii() else _LABEL_LED_ZH_EN.match(t)
        return bool(led) or _LABELS_INTL.opens(t, sep=True)


class _LabelAlone:
    """A disclaimer label alone on its line (any language)."""

    @staticmethod
    def match(t: str) -> bool:
        return bool(_LABEL_ALONE_ZH_EN.match(t)) or _LABELS_INTL.whole(t.strip("【】[]()（）*#:： \t"))


_LABEL_LED = _LabelLed()
_LABEL_ALONE = _LabelAlone()
_SENTENCE_ZH = LazyPattern("|".join(SENTENCES_ZH))
_SENTENCE_EN = LazyPattern("|".join(SENTENCES_EN), re.I)
# (the same search on the lower case without IGNORECASE, several times faster on a long line)
_SENTENCE_EN_SEARCH = CaselessSearch(_SENTENCE_EN)
_COPYRIGHT = re.compile("|".join(COPYRIGHT), re.I)
_RISK = re.compile(r"^\W*(?:" + "|".join(RISK) + r")\W*(?:" + "|".join(RISK) + r")?\W*$", re.I)
_NOTICE = LazyPattern(terms_source(NOTICE_WORDS), re.I)
_SENTENCE_INTL = Phrases(SENTENCES_INTL + AFFILIATE)  # (a short affiliate disclosure is a disclaimer sentence)
_RIGHTS_INTL = Phrases(RIGHTS_INTL)
_AFFILIATE = Phrases(AFFILIATE)
_AFFILIATE_STEMS = tuple(sorted(set(_vocab.AFFILIATE_STEMS)))
_WORDY = re.compile(r"\w{2,}")
_YEAR_OR_C = re.compile(r"©|\((?:c|C)\)|\b(?:19|20)\d\d\b")
#: Cheap first looks before the patterns: a character every Chinese sentence
#: pattern needs, a word every English one needs, a mark every copyright line has.
_ZH_GATE = frozenset("代供参构据载请未权本读")
_EN_GATE = frozenset("""views opinions expressed author authors writer writers contributor contributors informational
    constitute advice published reproduced republished copied redistributed reflect reproduction past""".split())
_COPY_GATE = ("©", "copyright", "rights reserved", "版权", "著作权", "保留所有权利", "(c)")
_WORD = re.compile(r"[a-z]+")
#: The gate as bytes: the words of a lower-cased line (runs of ``a``-``z``, as ``_WORD`` finds them)
#: split out at C speed from its UTF-8 form, where every other byte becomes a space (a test checks).
_EN_GATE_BYTES = frozenset(w.encode() for w in _EN_GATE)
_NOT_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _en_gate(low: str) -> bool:
    """``low`` (a lower-cased line) holds a word of the English gate: ``not _EN_GATE.isdisjoint(_WORD.findall(low))``."""
    return not _EN_GATE_BYTES.isdisjoint(low.encode("utf-8", "surrogatepass").translate(_NOT_A_TO_Z).split())


_COPY_GATE_ASCII = tuple(g for g in _COPY_GATE if g.isascii())


def _has_copy_mark(low: str) -> bool:
    """One of _COPY_GATE is in the (lower-cased) line."""
    for mark in _COPY_GATE_ASCII if low.isascii() else _COPY_GATE:
        if mark in low:
            return True
    return False


# The same first look as one scan (no per-character objects).
_ZH_GATE_RE = re.compile("[" + re.escape("".join(sorted(_ZH_GATE))) + "]")
_HARD_LABELS = re.compile(r"^[\s【\[(（*#]*(?:声明|温馨提示|disclosure|important notice|note to editors)", re.I)


def _ascii_anchors(phrases: Phrases) -> "frozenset[bytes] | None":
    """The anchor words of ``phrases`` an ASCII line can hold, as bytes; None unless all are runs of a-z
    (then a line whose runs of a-z hold none of them holds no anchored phrase, see :func:`_ascii_words`)."""
    words = [a for a in phrases._anchors if a.isascii()]
    return frozenset(a.encode() for a in words) if all(a.isalpha() and a.islower() for a in words) else None


_SENTENCE_INTL_ASCII = _ascii_anchors(_SENTENCE_INTL)
_RIGHTS_INTL_ASCII = _ascii_anchors(_RIGHTS_INTL)


def _ascii_words(t: str) -> "frozenset[bytes]":
    """The runs of ``a``-``z`` of an ASCII line's lower case: the words :func:`_en_gate` reads, split
    once for the line's three first looks. (A phrase's anchor is a word of the folded line, a run of
    word characters, which on ASCII text is its lower case: an anchor of letters is then a run of a-z.)"""
    return frozenset(t.lower().encode("ascii").translate(_NOT_A_TO_Z).split())


def _has_sentence(t: str, words: "frozenset[bytes] | None" = None) -> bool:
    if t.isascii():  # (no Chinese sentence; the words split once: _en_gate, then the phrases' anchors)
        if words is None:
            words = _ascii_words(t)
        if not _EN_GATE_BYTES.isdisjoint(words) and _SENTENCE_EN_SEARCH(t):
            return True
        if _SENTENCE_INTL_ASCII is not None and _SENTENCE_INTL_ASCII.isdisjoint(words):
            return False
        return _SENTENCE_INTL.search(t) is not None
    low = t.lower()
    return bool((_ZH_GATE_RE.search(t) and _SENTENCE_ZH.search(t))
                or (_en_gate(low) and _SENTENCE_EN_SEARCH(t))
                or _SENTENCE_INTL.search(t) is not None)


def _has_copyright(t: str, words: "frozenset[bytes] | None" = None) -> bool:
    low = t.lower()
    if _has_copy_mark(low) and _COPYRIGHT.search(t):
        return True
    if t.isascii() and _RIGHTS_INTL_ASCII is not None and _RIGHTS_INTL_ASCII.isdisjoint(
            _ascii_words(t) if words is None else words):
        return False  # (no anchor of an "all rights reserved" phrase: the phrases are not searched)
    m = _RIGHTS_INTL.search(t)
    if m is None:
        return False
    # "all rights reserved" closes or opens a copyright line, or sits beside a year or ©
    low = m.string
    return not _WORDY.search(low[:m.start()]) or not _WORDY.search(low[m.end():]) or _YEAR_OR_C.search(t) is not None


def _has_affiliate(t: str) -> bool:
    """An affiliate disclosure phrase is in the line (first look: one of its stems, in the lower case)."""
    low = t.lower()
    for stem in _AFFILIATE_STEMS:
        if stem in low:
            return _AFFILIATE.search(t) is not None
    return False


def is_disclaimer_line(text: str) -> bool:
    """True for a label-led disclaimer, a short disclaimer sentence, a copyright line or a risk warning."""
    if len(text) > LABELLED_MAX_CHARS * 2:
        return False
    return _disclaimer(nfkc(text).strip())


_UNLABELLED_MAX_CHARS = max(SENTENCE_MAX_CHARS, COPYRIGHT_MAX_CHARS, RISK_MAX_CHARS)
#: The separators a line led by a label holds (``_LabelLed``: a colon, or one of ``_INTL_SEPARATORS``).
_LABEL_SEPS = (":", "：") + tuple(_INTL_SEPARATORS)
#: Typographic marks of Latin-script text (curly quotes, dashes, ellipsis, spaces) that leave a line
#: "plain": in a line of ASCII and these only, every phrase and gate of this module reads the same
#: words as in ASCII text (see _plain_marks), so the first look of _plain_disclaimer holds for it.
PLAIN_MARK_CANDIDATES = "\u00a0\u2009\u200a\u202f\u2018\u2019\u201a\u201c\u201d\u201e\u2010\u2011\u2012\u2013" \
    "\u2014\u2015\u2026\u2022\u00b7\u00ab\u00bb\u2039\u203a\u2032\u2033"
_PLAIN_CATEGORIES = frozenset(("Pd", "Pi", "Pf", "Po", "Ps", "Pe", "Zs"))
_WORD_CHAR = re.compile(r"\w")


def _plain_marks(candidates: str, *phrase_lists: "tuple[str, ...]") -> frozenset:
    """The candidates that are punctuation or spaces whose NFKC case fold holds no word character
    nor a combining mark (so a line's words, its ASCII words, are the same with or without them),
    none of them a character a gate looks for; none at all when a phrase looked for anywhere in a
    line is made of ASCII and such marks without a word of three letters to anchor it."""
    ok = frozenset(c for c in candidates
                   if not c.isascii() and unicodedata.category(c) in _PLAIN_CATEGORIES
                   and not any(_WORD_CHAR.match(x) or unicodedata.combining(x)
                               for x in unicodedata.normalize("NFKC", c).casefold())
                   and c not in _ZH_GATE and not any(c in g for g in _COPY_GATE))
    # (what a plain line folds to: ASCII, the marks and what they fold to)
    folded = ok | {x for c in ok for x in unicodedata.normalize("NFKC", c).casefold()}
    for phrases in phrase_lists:
        for phrase in phrases:
            f = _fold(phrase.strip())
            if f and all(c.isascii() or c in folded for c in f) and not re.search(r"[^\W\d_]{3,}", f):
                return frozenset()
    return ok


_PLAIN_MARKS = _plain_marks(PLAIN_MARK_CANDIDATES, SENTENCES_INTL + AFFILIATE, RIGHTS_INTL)
#: A character that makes a line not plain (neither ASCII nor a plain mark).
_NOT_PLAIN = re.compile("[^\x00-\x7f" + re.escape("".join(sorted(_PLAIN_MARKS))) + "]")
#: Every word (run of a-z) one of which a plain line with a disclaimer sentence or an
#: "all rights reserved" phrase holds (the word gates of _has_sentence and _has_copyright in
#: one set; None when one cannot be told, see _ascii_anchors) ...
_PLAIN_WORD_GATE = (_EN_GATE_BYTES | _SENTENCE_INTL_ASCII | _RIGHTS_INTL_ASCII) \
    if _SENTENCE_INTL_ASCII is not None and _RIGHTS_INTL_ASCII is not None else None
#: ... and the copyright marks such a line may hold instead (``_COPY_GATE``), as one search.
_COPY_MARK = re.compile("|".join(map(re.escape, _COPY_GATE)))


def _copy_anchor(mark: str) -> "tuple[bytes, str] | None":
    """What a plain line holding ``mark`` in its lower case must hold: (a run of a-z of at least
    three letters of the mark, as bytes of :data:`_LOWER_NOT_A_TO_Z`'s translation, "") or
    (b"", an ASCII character of the mark that no case changes); None when neither is found."""
    runs = re.findall(r"[a-z]{3,}", mark)
    if runs:
        return max(runs, key=len).encode(), ""
    others = [c for c in mark if c.isascii() and c.lower() == c.upper() == c]
    return (b"", others[0]) if others else None


#: The copyright marks a plain line can hold (the others have a character a plain line has not),
#: each by the anchor it needs (:func:`_copy_anchor`): a cheap first look before ``_COPY_MARK``.
_PLAIN_COPY_ANCHORS = tuple(_copy_anchor(g) for g in _COPY_GATE
                            if all(c.isascii() or c in _PLAIN_MARKS for c in g.lower()))
#: ``str.lower`` then the bytes of ``_NOT_A_TO_Z``, in one translation of a plain line's UTF-8 bytes
#: (upper-case ASCII letters to lower case, every other byte but a-z a space): the same words,
#: as the plain marks have no case (checked here; else the first look lower-cases the line first).
_LOWER_NOT_A_TO_Z = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
_MARKS_UNCASED = all(c.lower() == c for c in _PLAIN_MARKS)


_COPY_ANCHOR_BYTES = tuple(a[0] for a in _PLAIN_COPY_ANCHORS if a is not None and a[0])
_COPY_ANCHOR_CHARS = "".join(a[1] for a in _PLAIN_COPY_ANCHORS if a is not None and not a[0])
_COPY_ANCHOR_ALWAYS = None in _PLAIN_COPY_ANCHORS


def _may_hold_copy_mark(t: str, tb: bytes) -> bool:
    """False when the plain line ``t`` (``tb``: its translation by :data:`_LOWER_NOT_A_TO_Z`) surely
    holds no copyright mark in its lower case (``_COPY_MARK.search(t.lower()) is None``)."""
    if _COPY_ANCHOR_ALWAYS:
        return True
    for anchor in _COPY_ANCHOR_BYTES:
        if anchor in tb:
            return True
    for c in _COPY_ANCHOR_CHARS:
        if c in t:
            return True
    return False


def _plain_disclaimer(t: str, n: int) -> bool:
    """:func:`_disclaimer` of a plain line (ASCII and :data:`PLAIN_MARK_CANDIDATES`; ``n``: its
    length): the same answer, with one first look for the lines that hold no label separator,
    no gate word and no copyright mark (most lines), which can then only be a risk warning."""
    for sep in _LABEL_SEPS:
        if sep in t:
            if _LABEL_LED.match(t):
                return not _HARD_LABELS.match(t) or bool(_NOTICE.search(t) or _has_sentence(t))
            break
    if n > _UNLABELLED_MAX_CHARS:
        return False
    if _PLAIN_WORD_GATE is not None and _MARKS_UNCASED:
        # (the first look without a lower-cased copy nor a set of the words: most lines end here)
        tb = t.encode("utf-8", "surrogatepass").translate(_LOWER_NOT_A_TO_Z)
        if _PLAIN_WORD_GATE.isdisjoint(tb.split()) and (not _may_hold_copy_mark(t, tb)
                                                        or _COPY_MARK.search(t.lower()) is None):
            return n <= RISK_MAX_CHARS and bool(_RISK.match(t))  # (no sentence, no copyright line)
    low = t.lower()
    words = frozenset(low.encode("utf-8", "surrogatepass").translate(_NOT_A_TO_Z).split())  # (_ascii_words)
    if _PLAIN_WORD_GATE is not None and _PLAIN_WORD_GATE.isdisjoint(words) and _COPY_MARK.search(low) is None:
        return n <= RISK_MAX_CHARS and bool(_RISK.match(t))  # (no sentence, no copyright line)
    ascii_words = words if t.isascii() else None
    if n <= SENTENCE_MAX_CHARS and _has_sentence(t, ascii_words):
        return True
    if n <= COPYRIGHT_MAX_CHARS and _has_copyright(t, ascii_words):
        return True
    return n <= RISK_MAX_CHARS and bool(_RISK.match(t))


def _disclaimer(t: str) -> bool:
    """:func:`is_disclaimer_line` of a text already in NFKC and stripped."""
    n = len(t)
    if not n or n > LABELLED_MAX_CHARS:
        return False  # (every rule below has a limit, the label-led one the longest)
    if t.isascii():
        return _plain_disclaimer(t, n)
    if n > _UNLABELLED_MAX_CHARS:
        for sep in _LABEL_SEPS:
            if sep in t:
                break
        else:
            return False  # (no label without a separator; over the limits of the other rules)
    if _PLAIN_MARKS and _NOT_PLAIN.search(t) is None:
        return _plain_disclaimer(t, n)
    if _LABEL_LED.match(t) and n <= LABELLED_MAX_CHARS:
        # generic labels (声明 / 温馨提示 / Disclosure) lead a disclaimer only with its vocabulary
        return not _HARD_LABELS.match(t) or bool(_NOTICE.search(t) or _has_sentence(t))
    if n > _UNLABELLED_MAX_CHARS:
        return False  # (over every limit of the rules below; affiliate disclosures are among the sentences)
    if n <= SENTENCE_MAX_CHARS and _has_sentence(t):  # (not ASCII: no word split)
        return True
    if n <= COPYRIGHT_MAX_CHARS and _has_copyright(t):
        return True
    return n <= RISK_MAX_CHARS and bool(_RISK.match(t))


def _drop_disclaimers(doc: Document) -> None:
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.dropped is not None:
            continue
        t = nfkc(b.text).strip()
        if len(t) <= 30 and _LABEL_ALONE.match(t) and not _HARD_LABELS.match(t):
            doc.drop(b, "disclaimer", "disclaimer/copyright heading")
            nxt = _next_kept(blocks, i)
            if nxt is not None and nxt.kind != "heading" and nxt.chars <= LABELLED_MAX_CHARS \
                    and _NOTICE.search(nxt.text):
                doc.drop(nxt, "disclaimer", "notice under a disclaimer heading")
            continue
        if len(b.text) <= LABELLED_MAX_CHARS * 2 and _disclaimer(t):  # (is_disclaimer_line, t at hand)
            doc.drop(b, "disclaimer", _reason(t))


def _drop_long_affiliate(doc: Document) -> None:
    """In the located article: a disclosure longer than a disclaimer sentence at the body's edge."""
    kept = [b for b in doc.blocks if b.dropped is None]
    n = len(kept)
    edge = kept if n <= 2 * AFFILIATE_EDGE else kept[:AFFILIATE_EDGE] + kept[-AFFILIATE_EDGE:]
    for b in edge:
        if b.chars > AFFILIATE_MAX_CHARS:  # (a block's chars leave out its spaces: never more than its length)
            continue
        t = nfkc(b.text).strip()
        if SENTENCE_MAX_CHARS < len(t) <= AFFILIATE_MAX_CHARS and _has_affiliate(t):
            doc.drop(b, "disclaimer", "affiliate disclosure (the site earns a commission from the article's links)")


def _next_kept(blocks: list[Block], i: int) -> Block | None:
    return next((x for x in blocks[i + 1:] if x.dropped is None), None)


def _reason(t: str) -> str:
    if _LABEL_LED.match(t):
        return "paragraph led by a disclaimer label"
    if _has_affiliate(t):
        return "affiliate disclosure (the site earns a commission from the article's links)"
    if _has_sentence(t):
        return "disclaimer sentence (views of the author, no reprint, not advice)"
    if _has_copyright(t):
        return "copyright line"
    return "risk warning"


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_disclaimers, order=400, stage="blocks", kind="disclaimer",
                  description="disclaimers, copyright lines, reprint notices, risk warnings"))
    register(Step("affiliate", _drop_long_affiliate, order=INBODY_ORDER, stage="blocks", kind="disclaimer",
                  description="long affiliate disclosures at the edge of the located article"))
