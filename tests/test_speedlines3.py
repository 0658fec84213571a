"""The line plugins' shortcuts of issue 9 (third round): each gives what the long way gives.

Speed is measured by ``bench/`` scripts, never here; these tests hold each
shortcut to the result of the plain computation it replaces, and check that
the cases needing the full work still get it.
"""
from __future__ import annotations

import random
import re
import unicodedata

from newsclean import text as textmod
from newsclean.text import fold

_PLAIN_DROP = re.compile(r"[\s\W_]+")


def _plain_fold(text: str) -> str:
    return _PLAIN_DROP.sub("", unicodedata.normalize("NFKC", text).lower())


def test_fold_marks_are_all_dropped_by_the_plain_fold() -> None:
    for mark in textmod._FOLD_MARKS:
        assert not mark.isalnum() and _PLAIN_DROP.fullmatch(mark), repr(mark)


def test_fold_equals_the_plain_fold() -> None:
    samples = [
        "He said “it’s over” — and left…",  # curly quotes and dashes only: ASCII once they are gone
        "Café au lait – « déjà vu » ‘ok’",  # accents stay: the regex does the rest
        "中国，北京。记者：张三、李四",  # CJK punctuation
        "snake_case and under_scores\u00a0here\u3000too",  # "_" dropped; NBSP and ideographic space
        "Ｆｕｌｌ－ｗｉｄｔｈ　ＡＢＣ　１２３",  # NFKC first
        "İstanbul ıı ſ K",  # letters that fold onto ASCII ones
        "x\u200by\ufeffz\tq\nr",  # zero-width characters are not whitespace, but not word characters either
        "−5 °C, 10 % ±2",  # minus sign, degree, percent
        "",
        "…",
        "¿Qué? ¡Sí! «vale»",  # marks left after the ASCII ones and the common ones went: the regex's turn
        "가 ㄱㅏ \ud800 x",  # compatibility jamo composed by NFKC; a lone surrogate (no letter) goes
    ]
    for s in samples:
        textmod.clear_caches()
        assert fold(s) == _plain_fold(s), repr(s)


def _fuzz(alphabet: list[str], n: int = 2000, most: int = 40, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, most))) for _ in range(n)]


ALPHABET = list("abcXYZ 012.,:;!?-_/•@()\t\n") + list(textmod._FOLD_MARKS) + list("éßçİıſK中文，。、ｆ１\u00a0\u3000\u200b\u0307")


def test_fold_equals_the_plain_fold_on_generated_text() -> None:
    for s in _fuzz(ALPHABET):
        textmod.clear_caches()
        assert fold(s) == _plain_fold(s), repr(s)


def test_stamp_label_on_ascii_lines_answers_as_the_caseless_pattern() -> None:
    from newsclean.plugins import timestamp

    words = ["Updated", "PUBLISHED", "posted on", "Stand", "vom", "le", "Aktualisiert", "Publicerad", "xupdated",
             "published2", "15.59", "|", " ", "3:45 pm", "Last Modified", "Fact checked", "am", "_date"]
    rnd = random.Random(5)
    lines = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 6))) for _ in range(1500)]
    lines += ["Uppdaterad 15.59 | Publicerad 14.14", "Updated 3:45 pm | Published 2:10 pm", "Sunday 10:30 AM"]
    for line in lines:
        assert line.isascii()
        want = timestamp._STAMP_LABEL.search(line) is not None
        assert (timestamp._STAMP_LABEL_ASCII.search(line.lower()) is not None) == want, line
    # a labelled time-only line is still read as one (and an unlabelled one is not)
    assert timestamp._labelled_times("Updated 3:45 pm | Published 2:10 pm")
    assert timestamp._labelled_times("UPPDATERAD 15.59 | PUBLICERAD 14.14")
    assert not timestamp._labelled_times("Sunday 3:45 pm | Monday 2:10 pm")


def test_counter_date_forms_all_need_a_digit() -> None:
    from newsclean.plugins import counters

    alphabet = list("abjanfebmaydecsepthoursminutesago :-/.,年月日分钟小时天前") + ["jan ", "sept. ", " ago", "hours "]
    for s in _fuzz(alphabet, n=3000, most=30, seed=9):
        assert counters._DATE.search(s) is None and counters._DATE_ASCII.search(s.lower()) is None, s
    # a short date line still opens the header zone (blocks within reach of it)
    from newsclean.document import Block

    blocks = [Block(i, t) for i, t in enumerate(["Home", "Nov 18, 2019", "12 comments", "Body"])]
    assert counters._header_zone(blocks) >= {0, 1, 2, 3}


def test_spam_forms_first_look_says_what_the_patterns_say() -> None:
    from newsclean.plugins import spam

    lists = [spam._CHEAT_EN, spam._GAME_EN, spam._OFFER_EN, spam._TEASE_EN, spam._CONTACT_EN, spam._NEWS_EN]
    words = sorted({w for forms in lists for p in forms for w in re.findall(r"[a-z]{2,}", p.pattern)})
    words += ["ſ", "ı", "İ", "K", "1,000", "$", "free", "poker", "-", "'", "win", "100%", "code", "WHATSAPP"]
    rnd = random.Random(7)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 8))) for _ in range(4000)]
    for text in texts:
        low = text.lower()
        for forms in lists:
            assert forms.may_match(low) == any(p.search(low) for p in forms), (text, forms)


def test_wide_chars_counts_what_the_wide_class_counts() -> None:
    from newsclean import lines

    alphabet = list("ab .,") + list(lines._NARROW_MARKS) + list("éß\u0e01\u1000\u10ff\u1100\u115f\u1160\u2e80\u3000"
                                                                 "中，한ｆ\uffe6\U00020000\U0003fffd\U0001f600") + ["\ud800"]
    for s in _fuzz(alphabet, n=4000, most=20, seed=21):
        if not s.isascii():
            assert lines._wide_chars(s) == lines._runs(lines._WIDE_RUN, s), repr(s)
    assert lines._wide_chars("He said “it’s over” — and left…") == 0
    assert lines.display_width("“中文”") == 6  # the wide characters of a line with curly quotes still count
