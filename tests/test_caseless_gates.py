"""Cheaper first looks of the line steps (lower-cased gates, C-speed scans) say what the full patterns say."""
from __future__ import annotations

import random
import re

from newsclean import dates
from newsclean.dates import _RELATIVE_HINT, _RELATIVE_HINT_GATE, _RELATIVE_HINTS, _RELATIVE_RE, relative_spans
from newsclean.patterns import caseless_chars, odd_case_chars

# every character but the surrogates, once: one C pass of a pattern finds all it matches
_ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def _cased(chars: str) -> str:
    return "".join(sorted({c for c in chars if c.lower() != c.upper()}))


def test_odd_case_chars_are_every_character_ignorecase_matches_other_than_by_lower_case() -> None:
    letters = _cased("".join(_RELATIVE_HINTS).lower() + "σßkeı")
    odd = odd_case_chars(letters)
    for ch in letters:
        for x in re.findall(re.escape(ch), _ALL_CHARS, re.I):
            assert x.lower() == ch or x in odd, (ch, x)
    assert "\u03a3" in odd  # "ΧΑΣ".lower() ends with a final sigma


def test_caseless_chars_hold_every_character_ignorecase_matches() -> None:
    letters = "".join(sorted(set("on" + "".join(dates.WEEKDAYS))))
    allowed = set(caseless_chars(letters))
    for ch in letters:
        for x in re.findall(re.escape(ch), _ALL_CHARS, re.I):
            assert x in allowed, (ch, x)


def test_literal_gate_says_what_the_ignorecase_alternation_says() -> None:
    rng = random.Random(7)
    words = list(_RELATIVE_HINTS) + [h.upper() for h in _RELATIVE_HINTS] + [h.title() for h in _RELATIVE_HINTS] + [
        "\u017fedan", "HA\u0301", "\u0130L Y A", "VAKAR", "\u1c80\u1c9a\u1c8e\u1c90\u1c80", "ΠΡΙΝ", "ΠΡΊΝ", "\u212a",
        "für", "favor", "Vorhang", "é", "x", " ", "Σ", "ς", "2", "3 ", "今年", "小时"]
    hinted = 0
    for _ in range(20000):
        t = "".join(rng.choice(words) + rng.choice(("", " ", "-")) for _ in range(rng.randint(0, 5)))
        want = _RELATIVE_HINT.search(t) is not None
        hinted += want
        assert _RELATIVE_HINT_GATE(t) == want, t
        if not t.isascii():
            assert relative_spans(t) == [m.span() for m in _RELATIVE_RE.finditer(t)], t
    assert hinted > 5000
    assert _RELATIVE_HINT_GATE("vor 3 Stunden · München") and not _RELATIVE_HINT_GATE("Straße in München")
    # "ᲀчера" (a rounded ve): IGNORECASE reads it as "вчера", and so does the gate
    assert re.fullmatch("\u1c80", "в", re.I) and _RELATIVE_HINT_GATE("\u1c80\u0447\u0435\u0440\u0430")
    assert relative_spans("Опубликовано: ВЧЕРА, 10:30") == [(14, 26)]


def test_time_before_its_date_is_found_from_the_run_of_separators_and_weekdays_ending_the_window() -> None:
    rng = random.Random(3)
    pieces = ["11:09 PM", "10:30", "3:45 pm", " ", " • ", ", ", "on ", "ON ", "Monday", "MONDAY,", "Mittwoch ",
              "Poniedzia\u0142ek ", "PONIEDZIAŁEK", "Mi\u00e9rcoles ", "\u017funday", "\u212a", "Thu. ", "text ", "|",
              "—", "–", "\u3000", "\n", "x", "PDT "]
    base = dates.datetime(2024, 5, 19)
    found = 0
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        window = t[-40:]
        full = dates._BEFORE_DATE.search(window)
        assert dates._BEFORE_DATE.search(window, len(window.rstrip(dates._BEFORE_DATE_CHARS))).span() == full.span(), t
        got = dates._time_before(t + "May 19, 2024", len(t), base)
        found += got is not None
    assert found > 1000
    assert dates.find_dates("11:09 PM PDT • Sunday, May 19, 2024")[0].value.hour == 23


def test_upper_only_table_is_complete() -> None:
    from newsclean.patterns import _UPPER_ONLY

    got = {x: x.lower() for x in _ALL_CHARS if len(x.lower()) == 1 and x.lower() != x
           and x not in (x.lower().upper(), x.lower().title())}
    assert got == _UPPER_ONLY


def test_whitespace_is_every_character_of_backslash_s() -> None:
    from newsclean.patterns import WHITESPACE

    assert WHITESPACE == "".join(re.findall(r"\s", _ALL_CHARS)) == "".join(c for c in _ALL_CHARS if c.isspace())


def test_literal_tree_matches_as_the_flat_alternation_longest_first() -> None:
    from newsclean.patterns import literal_tree, terms_regex

    terms = ["von", "Von", "vor", "vorbei", "v", "VORBEI WEG", "autor", "autorin", "auteur", "by", "BY", "\u017fedan",
             "sedan", "本文来源", "来源", "来自", "a.b", "a+b", "(c)", "ı", "i", "K", "\u212a", "straße", "STRASSE", "é",
             "É", "ς", "σ", "Σ"]
    rng = random.Random(11)
    alphabet = terms + ["x", " ", "-", "rbei", "in", "来", "ẞ", "S", "edan", "\u0130"]
    for n in (2, 3, 5, 8, len(terms)):
        for flags in (0, re.I):
            chosen = rng.sample(terms, n)
            flat = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(set(chosen), key=len, reverse=True)) + ")",
                              flags)
            tree = re.compile("(?:" + literal_tree(chosen, ignorecase=bool(flags)) + ")", flags)
            for _ in range(3000):
                t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
                assert [m.span() for m in tree.finditer(t)] == [m.span() for m in flat.finditer(t)], (chosen, t)
                assert bool(tree.fullmatch(t)) == bool(flat.fullmatch(t)), (chosen, t)
    assert literal_tree(["abc", "abd", "ab", "x"], ignorecase=False) == "a(?:bc|bd|b)|x"
    assert literal_tree(["s1", "\u017f2"]) in ("\u017f2|s1", "s1|\u017f2")  # (IGNORECASE reads both openings as "s")
    assert terms_regex(["来源", "本文来源"]).match("本文来源：X").group() == "本文来源"


def test_segment_separator_look_agrees_with_the_pattern() -> None:
    from newsclean.plugins.byline import _HAS_SEGMENT_SEP, _SEGMENT_SEP, _has_segment_sep

    rng = random.Random(13)
    pieces = ["Von Jane Doe", " | ", "|", " - ", "-", " – ", "—", " • ", "·", " ", "\t", "\u00a0", "x", "2024", "é"]
    hits = 0
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        want = _HAS_SEGMENT_SEP.search(t) is not None
        hits += want
        assert _has_segment_sep(t) == want == (_SEGMENT_SEP.search(t) is not None), t
    assert hits > 3000


def test_prompt_row_parts_are_those_of_the_patterns() -> None:
    from newsclean.plugins import prompts
    from newsclean.plugins.inbody import clean_line

    rng = random.Random(17)
    pieces = ["Drucken", "Print", " ", "  ", "\t", " | ", "|", "·", "/", "／", "(12)", "12", "3.5", "[7]", "）", "x",
              "\u0663", "Share", "\n", "\u00a0", "PDF"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        want = [clean_line(prompts._COUNT.sub("", p)) for p in prompts._ROW_SEP.split(t) if p.strip()]
        assert prompts._parts(t) == want, t


def test_reading_time_first_look_agrees_with_the_ignorecase_pattern() -> None:
    from newsclean.plugins.timestamp import _READING_MAY

    full = re.compile(r"min|分|мин|dk|dakika|menit", re.I)
    rng = random.Random(19)
    pieces = ["MIN", "Min.", "5", " ", "分钟", "МИН", "мин", "DK", "Dakika", "MENİT", "m\u0131n", "x", "é", "Lesedauer"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert _READING_MAY(t) == (full.search(t) is not None), t


def test_disclaimer_label_look_needs_a_separator() -> None:
    from newsclean.plugins import disclaimer
    from newsclean.text import nfkc

    rng = random.Random(23)
    labels = list(disclaimer.LABELS) + list(disclaimer.LABELS_INTL)[:80]
    pieces = labels + [":", "：", " ", "|", "/", "=", "【", "】", "*", "x", "text of the notice", "\ufe55", "﹦"]
    led = 0
    for _ in range(20000):
        t = nfkc("".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))).strip()
        full = t.lower() if t.isascii() else t
        pattern = disclaimer._LABEL_LED_ASCII if t.isascii() else disclaimer._LABEL_LED_ZH_EN
        want = bool(pattern.match(full)) or disclaimer._LABELS_INTL.opens(t, sep=True)
        led += want
        assert disclaimer._LABEL_LED.match(t) == want, t
    assert led > 500
