"""Shortcuts of the block stage must give exactly what the code they replace gives.

The block steps were made faster by cheap first looks and by working out a
feature only where a step asks for it. Each test compares a shortcut with the
plain computation (on generated strings with the awkward characters, or on
small pages), so a shortcut cannot silently change what a step decides.
"""
from __future__ import annotations

import random

from newsclean import lines

AWKWARD = ["\u017f", "\u0130", "\u0131", "\u212a", "\ufa6e", "\U0002a6e0", "\ud7a5", "\u309b", "\u30fc", "\u00b2",
           "\u200b", "\ufeff", "\u3000", "\xa0", "\u2028", "\x1c", "\u0660", "\u3040", "”", "é", "０"]
MIXED = list("abcXYZ 012.,:;!?-/•@()…") + ["...", "www.", "http://", "1.", "一、"] \
    + list("中文日本語のテキスト한국어，。、！") + AWKWARD


def fuzz(alphabet: list[str], n: int = 3000, most: int = 30, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_lazy_line_shape_gives_every_feature_of_line_shape() -> None:
    texts = fuzz(MIXED) + ["A title cut short... and more", "Word, word, and more words. The end.", "\u3040"]
    for t in texts:
        full = lines.line_shape(t)
        for chars in (None, len("".join(t.split()))):
            lazy = lines.LazyLineShape(t, chars)
            got = (lazy.le, lazy.punct, lazy.ends, lazy.truncated, lazy.alone, lazy.digits, lazy.url,
                   lazy.opening, lazy.width, lazy.wrapped, lazy.para, lazy.prose)
            want = (full.le, full.punct, full.ends, full.truncated, full.alone, full.digits, full.url,
                    full.opening, full.width, full.wrapped, full.para, full.prose)
            assert got == want, t


def test_lazy_line_shapes_find_the_same_wrap_width() -> None:
    rnd = random.Random(3)
    for _ in range(200):
        width = rnd.randint(50, 70)
        texts = []
        for _ in range(rnd.randint(6, 14)):
            w = width - rnd.randint(0, 4)
            texts.append(("word, " * 20)[:w].rstrip() if rnd.random() < 0.8 else "A short line.")
        full = [lines.line_shape(t) for t in texts]
        lazy = [lines.LazyLineShape(t) for t in texts]
        assert lines.wrap_width(lazy) == lines.wrap_width(full)


def test_a_text_without_two_digits_in_a_row_holds_no_date() -> None:
    from newsclean.dates import find_dates
    from newsclean.headerlines import dates_of, may_hold_date

    alphabet = list("0123456789 ./-:年月日号时分,") + ["May ", "Jan. ", "2024", "24", "١", "٢", "０", "９", "pm", "Uhr",
                                                     "Mai", "mars", "二〇二四年", "五月三日", "T", "Z", "+08:00", "am "]
    texts = fuzz(alphabet, n=6000, most=12, seed=5) + ["May 5", "5月3日", "3/4/5", "二〇二四年五月三日", "1.2.3", "Q3 report"]
    held = 0
    for t in texts:
        for day_first in (None, True, False):
            if not may_hold_date(t):
                assert find_dates(t, day_first=day_first) == [], t
            else:
                held += 1
                assert dates_of(t, day_first=day_first, limit=4) == find_dates(t, day_first=day_first, limit=4), t
    assert held > 1000  # the fuzz reaches dates too


def test_dates_remembered_for_the_page_serve_every_limit() -> None:
    from newsclean.dates import find_dates
    from newsclean.headerlines import dates_of
    from newsclean.text import clear_caches

    text = "2024-05-01 10:00 | 2024-05-02 | 03/04/2024 | May 5, 2024 | 2024年5月6日 | 07.05.24"
    for order in ([1, 4, 2, 20, 3], [20, 1, 6], [2, 2, 5, 1]):
        clear_caches()
        for limit in order:
            for day_first in (None, True):
                got = dates_of(text, day_first=day_first, limit=limit)
                assert got == find_dates(text, day_first=day_first, limit=limit), (order, limit)
                got.clear()  # a caller's list is its own
    assert len(find_dates(text)) >= 5


def test_squeeze_space_is_the_split_and_join() -> None:
    from newsclean.text import squeeze_space

    spaces = [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a",
              "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\ufeff"]
    for t in fuzz(list("ab中") + spaces, n=5000, most=10, seed=2) + ["", " ", "a b", " a", "a "]:
        assert squeeze_space(t) == " ".join(t.split()), repr(t)
    import sys

    # the one whitespace character that is printable is the plain space
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable()] == [" "]


def _ref_opens(lex: object, text: str, sep: bool) -> bool:
    """Lexicon.opens as first written: no cache, no first look."""
    from newsclean.plugins.inbody import _LEAD_STRIP, _SEPARATORS, _unspaced, fold
    from newsclean.text import nfkc

    t = fold(nfkc(text).lstrip(_LEAD_STRIP))
    if not t:
        return False
    index = lex._index  # type: ignore[attr-defined]
    for cands in (index.get(t[:2]), index.get(t[:1]) if len(t) > 1 else None):
        for term in cands or ():
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


def _lexicons() -> list[tuple[str, object]]:
    import importlib
    import pkgutil

    import newsclean.plugins as plugins_pkg
    from newsclean.plugins.inbody import Lexicon

    found = []
    for info in pkgutil.iter_modules(plugins_pkg.__path__):
        mod = importlib.import_module(f"newsclean.plugins.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(mod).items() if isinstance(v, Lexicon)]
    return found


def test_every_lexicon_term_opens_a_line_through_the_first_look() -> None:
    lexicons = _lexicons()
    assert len(lexicons) >= 8
    for name, lex in lexicons:
        terms = sorted(lex.whole_terms)  # type: ignore[attr-defined]
        assert terms, name
        for term in terms:
            for line, sep in ((f"{term}: Jane Doe", True), (f"【{term.upper()}】 ｜ x", True), (f"{term} 12", False),
                              (f"• {term}", False), (f"{term}x", False), (term[:1], False), (f"{term[:2]}", True)):
                assert lex.opens(line, sep=sep) == _ref_opens(lex, line, sep), (name, line)
            assert lex.opens(f"{term}: x", sep=True), (name, term)  # every language's terms still open a line


def test_the_english_disclaimer_gate_finds_the_words_the_pattern_would() -> None:
    from newsclean.plugins import disclaimer

    lines = [f"the {word} of it" for word in disclaimer._EN_GATE]
    for word in disclaimer._EN_GATE:
        lines += [word, f"«{word}»", f"x{word}", f"{word}s", f"{word}1", f"1{word}", f"é{word}é", f"{word}\u00e9",
                  f"中{word}文", f"{word}\ud800"]
    alphabet = list("abcdefghijklmnopqrstuvwxyz019 .,'’é中\u017f\u0131") + sorted(disclaimer._EN_GATE)
    for line in lines + fuzz(alphabet, n=3000, most=6, seed=11):
        low = line.lower()
        assert disclaimer._en_gate(low) == (not disclaimer._EN_GATE.isdisjoint(disclaimer._WORD.findall(low))), line
    for word in disclaimer._EN_GATE:
        assert disclaimer._en_gate(f"the {word} of it"), word
    assert not disclaimer._en_gate("the viewsx of an authorship")
    for line in ("The views expressed here are those of the author.", "This is not investment advice.",
                 "For informational purposes only", "Past performance is not indicative of future results."):
        assert disclaimer.is_disclaimer_line(line), line


def test_line_caches_are_emptied_for_each_page() -> None:
    from newsclean import Cleaner
    from newsclean.plugins import inbody
    from newsclean.text import clear_caches

    assert inbody.clean_line("【 Foto: dpa 】") == "Foto: dpa"
    inbody.fold("Ähnliche Beiträge")
    assert inbody._CLEAN_CACHE and inbody._FOLD_CACHE
    clear_caches()
    assert not inbody._CLEAN_CACHE and not inbody._FOLD_CACHE and not inbody._LEAD_CACHE
    cleaner = Cleaner()
    first = "A paragraph of the first page, long enough to be read as its text, and a second clause."
    other = "A paragraph of the next page, long enough to be read as its text, and a second clause."
    cleaner.clean(f"<html><body><article><p>{first}</p><p>{first}</p></article></body></html>")
    assert first in inbody._CLEAN_CACHE  # the in-body steps read it
    cleaner.clean(f"<html><body><article><p>{other}</p><p>{other}</p></article></body></html>")
    assert first not in inbody._CLEAN_CACHE and other in inbody._CLEAN_CACHE  # the next page starts afresh


def test_the_copyright_mark_look_finds_every_mark() -> None:
    from newsclean.plugins import disclaimer

    for mark in disclaimer._COPY_GATE:
        for line in (mark, f"x {mark} 2024", f"{mark}中文"):
            assert disclaimer._has_copy_mark(line.lower()), line
    assert not disclaimer._has_copy_mark("a plain line of the body")
    for line in ("© 2024 Example Media", "Copyright 2023 Jane Doe. All rights reserved.", "版权所有 © 某网"):
        assert disclaimer.is_disclaimer_line(line), line


def test_the_call_to_action_opening_gate_never_hides_a_match() -> None:
    from newsclean.plugins import ads

    gate = ads._CTA_OPENING
    assert gate.first is not None and {"s", "d", "f", "扫", "关"} <= gate.first
    calls = ["Subscribe to our newsletter", "扫码下载APP", "微信扫一扫关注", "关注公众号XX", "Follow us on X",
             "Download the app", "Get the latest news in your inbox", "点击上方蓝字关注", "app内打开", "客户端内打开",
             "Don't miss a story", "Never miss a story", "Enter your email", "Join our community newsletter"]
    leads = ["", "• ", ">> ", "【", "__", "!!!", " - "]
    alphabet = list("aSsdfgijlnortDFG ✓•-_>【】「1２²") + list("\u017f\u212a\u0130\u0131") + calls
    texts = [lead + c for c in calls for lead in leads] + [c.upper() for c in calls] + fuzz(alphabet, n=4000,
                                                                                            most=6, seed=9)
    matched = 0
    for t in texts:
        if ads._CTA_START.match(t):
            matched += 1
            assert gate(t), t
    assert matched > 100


def test_first_chars_reads_optional_groups_and_gives_up_on_classes() -> None:
    import re

    from newsclean.patterns import first_chars

    assert first_chars(re.compile(r"(?:微信)?扫一扫|\bfoo|ba[rz]+")) == frozenset("微扫fb")
    assert first_chars(re.compile(r"\w+")) is None and first_chars(re.compile(r"a?")) is None


def _ref_read_head(root: object) -> dict:
    """The <head> reading of the title plugin as first written: one walk per kind of element."""
    from newsclean.text import normalize_space

    state: dict = {"h1": [], "head": [], "sites": []}
    for el in root.iter("h1", "{*}h1"):  # type: ignore[attr-defined]
        t = normalize_space("".join(el.itertext()))
        if 2 <= len(t) <= 400:
            state["h1"].append(t)
        if len(state["h1"]) >= 5:
            break
    metas: dict = {}
    for el in root.iter("meta", "{*}meta"):  # type: ignore[attr-defined]
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = normalize_space(el.get("content") or "")
        if key and content and key not in metas:
            metas[key] = content
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            state["head"].append(metas[key])
    for el in root.iter("title", "{*}title"):  # type: ignore[attr-defined]
        t = normalize_space("".join(el.itertext()))
        if t:
            state["head"].append(t)
        break
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if metas.get(key):
            state["sites"].append(metas[key])
    return state


def test_the_head_is_read_in_one_walk_as_in_three() -> None:
    import lxml.html

    from newsclean.document import Document
    from newsclean.plugins import title

    pages = [
        "<html><head><title> A  title </title><meta property='og:title' content='OG'>"
        "<meta name='twitter:title' content='TW'><meta property='og:site_name' content='Site'></head><body>"
        + "".join(f"<h1>Heading {i}</h1>" for i in range(7)) + "<meta property='og:title' content='late'>"
        "<svg><title>svg title</title></svg><h1>x</h1></body></html>",
        "<html><head><title></title><title>second</title></head><body><h1>  </h1><h1>Only one</h1>"
        "<meta name='application-name' content=' App '></body></html>",
        "<html><body><p>no head at all</p><svg xmlns='http://www.w3.org/2000/svg'><title>drawn</title></svg>"
        "</body></html>",
    ]
    for page in pages:
        root = lxml.html.document_fromstring(page)
        doc = Document(input_kind="html", tree=root)
        title.read_head(doc)
        assert doc.state["title"] == _ref_read_head(root), page


def test_the_share_bar_opening_gate_never_hides_a_bar() -> None:
    from newsclean.plugins import sharebar

    gate = sharebar._LINE_OPENING
    assert gate.first is not None
    items = sharebar.STRONG_ZH + sharebar.WEAK_ZH + sharebar.STRONG_EN + sharebar.WEAK_EN + sharebar.STRONG_INTL \
        + sharebar.WEAK_INTL
    lines = []
    for item in items:
        for lead in ("", "| ", "【", "- ", "•", " ／ "):
            for form in (item, item.upper(), item.title()):
                lines += [lead + form, f"{lead}{form} | {items[0]}", f"{lead}{form}：{items[-1]}"]
    alphabet = list("|｜/·•-–_ 【】:：") + [i for i in items[:40]] + list("aZ1é\u017f\u212a\u0130")
    matched = 0
    for t in lines + fuzz(alphabet, n=3000, most=5, seed=4):
        if sharebar._LINE.match(t):
            matched += 1
            assert gate(t), t
    assert matched > len(items)  # every language's items make bars through the gate
    assert not gate("... 12 people read this") and not gate("2024 in review") and not gate("| ")


def test_the_counter_line_opening_gate_never_hides_a_counter_line() -> None:
    from newsclean.plugins import counters

    gate = counters._LINE_OPENING
    assert gate.first is not None
    labels = counters.LABELS_ZH + counters.LABELS_EN + counters.LABELS_INTL
    lines = ["5 min read", "3 minutes reading", "Reading time: 4 min", "预计阅读 5 分钟", "阅读时间：3分钟", "3分钟读完",
             "no comments", "Be the first to comment", "1,234人阅读", "10万+阅读", "(15) comments"]
    for label in labels + counters.UNITS_ZH:
        for lead in ("", "| ", "· ", "- ", "+ "):
            lines += [f"{lead}{label} 12", f"{lead}12 {label}", f"{lead}{label.upper()}: 3", f"{lead}{label}（8）"]
    alphabet = list("|/·- +:：()（）1２٣") + list(labels[:30]) + ["min read", "分钟", "\u212a", "\u017f"]
    matched = 0
    for t in lines + fuzz(alphabet, n=3000, most=5, seed=6):
        if counters._COUNTER_LINE.match(t):
            matched += 1
            assert gate(t), t
    assert matched > len(labels)  # every language's labels make counter lines through the gate
    assert not gate("(12)") and not gate("...") and gate("٣ comments")
