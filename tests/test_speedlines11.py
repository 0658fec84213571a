"""Shortcuts of the block walk and the line steps (issue 9, round 11) give exactly what the code
they replace gives."""
from __future__ import annotations

import random
import re

import pytest

from newsclean import blocks
from newsclean.text import PROSE_PUNCT, punct_count

_PUNCT = re.compile("[" + re.escape(PROSE_PUNCT) + "]")


def test_punct_count_of_text_beyond_ascii_is_the_pattern_count() -> None:
    rnd = random.Random(11)
    alphabet = PROSE_PUNCT + "ab 中é’“”\u3000\uff0e\uff01\u3001\ud800\U0001F600\u00a0"
    texts = ["", "中", "’", "，。", "a,b’c", "\ud800,\udfff.", "ＡＢ！？", "\u3002" * 5 + ",", "\uff01\uff1f\uff0c\uff1a\uff1b"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for t in texts:
        assert punct_count(t) == len(_PUNCT.findall(t)), t


def _tokens(html: str) -> list[frozenset[str]]:
    import lxml.html
    root = lxml.html.document_fromstring(html)
    return [b.tokens for b in blocks.html_blocks(root)[0]]


def test_block_tokens_read_class_id_and_role_of_the_path() -> None:
    got = _tokens('<html><body><div id="Main" data-x="1" class="Story body" role="Article" lang="en">'
                  '<p title="t">One</p><h2 id="anchor-made-of-text" class="Sub">Two</h2>'
                  '<section aria-label="x"><p>Three</p></section></div></body></html>')
    base = {"main", "story", "body", "article"}
    assert got == [frozenset(base), frozenset(base | {"sub"}), frozenset(base)]


def test_a_caption_class_still_makes_a_caption() -> None:
    import lxml.html
    root = lxml.html.document_fromstring('<html><body><div class="wp-caption-text" id="x">A photo</div>'
                                         '<p class="has-caption">Text</p></body></html>')
    kinds = [b.kind for b in blocks.html_blocks(root)[0]]
    assert kinds == ["caption", "paragraph"]


def _ad_line_before(text: str) -> bool:
    """is_ad_line as round 10 wrote it (one path for ASCII and other text), with the label rules added since."""
    from newsclean.plugins import ads as A
    from newsclean.text import is_cjk, nfkc, squeeze_space
    if len(text) > A.MAX_CHARS * 2:
        return False
    t = squeeze_space(nfkc(text))
    if not t:
        return False
    if t.isascii():
        low = t.lower()
        label, sponsored, cta_start, cta_any, news_voice, promise = \
            A._LABEL_ASCII, A._SPONSORED_BY_ASCII, A._CTA_START_ASCII, A._CTA_ANY_ASCII, A._NEWS_VOICE_ASCII, \
            A._PROMISE_ASCII
    else:
        low = t
        label, sponsored, cta_start, cta_any, news_voice, promise = \
            A._LABEL, A._SPONSORED_BY, A._CTA_START, A._CTA_ANY, A._NEWS_VOICE, A._PROMISE
    if len(t) <= A.LABEL_MAX_CHARS:
        core = t.strip("【】[]()（）<>|｜·•- ")
        if label.match(low.strip("【】[]()（）<>|｜·•- ")) or A._LABEL_INTL.whole(core.strip()):
            return True
        stop = low.strip("【】[]()（）<>|｜·•- ").strip()  # (a later rule: one full stop may close an ASCII label)
        if t.isascii() and stop.endswith(".") and stop[:-1].rstrip() in A._LABEL_ASCII_SET:
            return True
    if len(t) > A.MAX_CHARS:
        return False
    if (A._HAS_SEP(t) and A._PREFIX.match(t)) or (len(t) <= 80 and sponsored.match(low)):
        return True
    if (A._CTA_OPENING(t) and cta_start.match(low)) or A._CALL_START.opens(t):
        return (len(t) <= A._CTA_SHORTER or len(t) <= A.CTA_MAX_CHARS[0 if is_cjk(t) else 1]) \
            and not news_voice.search(low)
    if len(t) > A.SHORT_CTA_CHARS or t.endswith(("?", "？")):
        return False
    m = cta_any.search(low) if A._CTA_MAY(t) else None
    return (m is not None and not news_voice.search(low)
            and bool(promise.search(low[:m.start()] + " " + low[m.end():])))


def _ad_lines() -> list[str]:
    from newsclean.plugins import ads as A
    seeds = list(A.LABELS) + list(A.LABELS_INTL[:200]) + list(A.LABEL_PREFIXES[:80]) + list(A.CALLS_INTL[:120])
    seeds += ["Sponsored by Acme", "  paid for by the committee", "Presented by X", "in partnership with Y",
              "Subscribe to our newsletter", "Follow us on Twitter for the latest", "Download the app for free",
              "Get the latest news in your inbox", "Sign up", "He said he would subscribe to our newsletter.",
              "Advertisement: buy now", "Ad | Shop", "SPONSORED", "\x1cadvertisement", "advertisement\x1f",
              "Like us on Facebook", "Never miss a story", "Don't miss any update from us for free"]
    rnd = random.Random(1)
    decor = ["", " ", "【", "] ", "(", "- ", "· ", "| ", "\t", "\u00a0", "：", ": ", "|", "?", "！", " x", ". "]
    out = []
    for s in seeds:
        out.append(s)
        for _ in range(6):
            w = rnd.choice([s.upper(), s.title(), s.lower(), s])
            out.append(rnd.choice(decor) + w + rnd.choice(decor) + rnd.choice(["", " now", " today", " and more"]))
    out += ["x" * n for n in (40, 41, 48, 49, 80, 81, 120, 121, 240, 241)]
    return out


def test_ad_lines_read_as_before() -> None:
    from newsclean.plugins import ads
    lines = _ad_lines()
    assert sum(map(ads.is_ad_line, lines)) > 100  # (the set holds ad lines)
    for line in lines:
        assert ads.is_ad_line(line) == _ad_line_before(line), line


def test_the_sponsored_openings_are_those_of_the_pattern() -> None:
    from newsclean.plugins import ads
    inner = re.search(r"\(\?:([^)]*)\)", ads._SPONSORED_BY.pattern).group(1)
    assert set(inner.split("|")) == set(ads._SPONSORED_OPENINGS)
