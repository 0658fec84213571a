"""Shortcuts of the line plugins and their helpers (issue 9, round 6) give exactly what the code
they replace gives."""
from __future__ import annotations

import itertools
import random

from newsclean import patterns


def _parts_one_by_one(tokens: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for tok in tokens:
        out |= frozenset(tok.replace("_", "-").split("-"))
    return frozenset(out)


def test_the_parts_of_a_token_set_are_those_of_its_tokens_one_by_one() -> None:
    pieces = ["ad", "share-bar", "_x", "d_", "", "--", "e-f_g", "news_letter-box", "-", "_"]
    sets = [frozenset(c) for n in range(5) for c in itertools.combinations(pieces, n)]
    rnd = random.Random(6)
    alphabet = "ab-_"
    sets += [frozenset("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(0, 5)))
             for _ in range(2000)]
    vocabularies = [frozenset({"ad"}), frozenset({"share", "bar"}), frozenset({""}), frozenset({"x", "g", "box"}),
                    frozenset({"a", "b", "ab"})]
    for tokens in sets:
        want = _parts_one_by_one(tokens)
        for vocab in vocabularies:
            got = patterns.any_part(frozenset(tokens), vocab)  # (a new set: no cached parts by identity)
            assert got == (not vocab.isdisjoint(want)), (tokens, vocab)
            assert got == (patterns.any_token(sorted(tokens), vocab) is not None), (tokens, vocab)


def test_spam_forms_without_ignorecase_find_what_the_ignorecase_patterns_find() -> None:
    from newsclean.plugins import spam

    forms = [v for v in vars(spam).values() if isinstance(v, spam._Forms)]
    assert forms and all(f._low is not None for f in forms)  # (the English forms are written in lower case)
    rnd = random.Random(9)
    words = [w for f in forms for p in f for w in p.pattern.replace("\\b", " ").replace("(?:", " ").split()
             if w.isalpha()][:400]
    lines = ["Free spins and a casino bonus, no deposit needed!", "win real money at the slot machines today",
             "Poker bot cheat \u017fhop", "d\u0131scount codes for the ca\u017fino", "the KELVIN \u212aing said",
             "“We had some issues ... we had some customer service issues,” Mayer said"]
    lines += [" ".join(rnd.choice(words + ["\u017f", "\u0131", "é", "—"]) for _ in range(rnd.randint(1, 12)))
              for _ in range(1500)]
    for line in lines:
        low = line.lower()
        for f in forms:
            fast = f.for_lower(low)
            assert len(fast) == len(f)
            for slow_p, fast_p in zip(f, fast):
                assert [m.span() for m in slow_p.finditer(low)] == [m.span() for m in fast_p.finditer(low)], \
                    (slow_p.pattern, line)


def test_spam_line_still_scored_with_odd_case_characters() -> None:
    from newsclean.plugins import spam

    # "ı" (dotless i) and "ſ" (long s) match i and s only under IGNORECASE: such a line takes the slow patterns
    f = spam._OFFER_EN
    assert f.for_lower("free spins") is f._low
    assert f.for_lower("free \u017fpins") is f
    assert f.for_lower("d\u0131scount") is f


def test_disclaimer_english_sentences_found_on_the_lower_case_as_with_ignorecase() -> None:
    from newsclean.plugins import disclaimer

    search = disclaimer._SENTENCE_EN_SEARCH
    assert search._lower is not None  # (the fast path is taken: the patterns are written in lower case)
    lines = ["The views expressed in this article are those of the author.", "THE VIEWS EXPRESSED HERE ARE MINE",
             "Past performance is not indicative of future results.", "This is not financial advice.",
             "The Views Expre\u017fsed here", "Thi\u017f material may not be published, broadcast, rewritten or redistributed",
             "Th\u0131s material may not be published, broadcast, rewritten, or redistributed",
             "It was published on Monday, past the deadline, the author said.", "Apple views privacy as a right"]
    for line in lines:
        assert search(line) == (disclaimer._SENTENCE_EN.search(line) is not None), line
    assert disclaimer.is_disclaimer_line("The views expressed in this article are those of the author alone.")
    assert disclaimer.is_disclaimer_line("Thi\u017f material may not be published, broadcast, rewritten or redistributed.")
    assert not disclaimer.is_disclaimer_line("Apple views privacy as a fundamental human right, the company said.")


def test_timestamp_left_without_fields_is_reused_only_where_the_fields_change_nothing() -> None:
    from newsclean.dates import strip_dates
    from newsclean.headerlines import dates_of
    from newsclean.plugins import timestamp

    lines = ["Updated on: November 19, 2019 / 10:07 AM / CBS News", "发布时间：2022-02-13 04:22 来源：新华社",
             "2025-09-08 00:41:55", "Published Sept. 8, 2025 3:41 p.m. ET | Jane Doe", "责任编辑：王五 2024年3月1日",
             "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019", "Source: Russian Defense Ministry, October 25, 2019",
             "Do 25.04.24 | 14:07 Uhr | Von Anna Muster", "2024年3月1日 10:00 出处 人民网", "Carlos Nadalim 23/08/2018 2 comentários",
             "18:50 Uhr / Jane Doe 12.03.2024", "www.example.com 2024-01-02", "Lesedauer: 4 Min. 03.05.2024"]
    moot = 0
    for line in lines:
        bare = strip_dates(line, dates_of(line))
        if timestamp._fields_moot(line, bare):
            moot += 1
            assert timestamp._left(line, stripped=bare) == timestamp._left(line, fields=False, stripped=bare), line
    assert 0 < moot < len(lines)
    # a colon or a source field keeps the two counts apart
    line = "发布时间：2022-02-13 04:22 来源：新华社"
    bare = strip_dates(line, dates_of(line))
    assert not timestamp._fields_moot(line, bare)
    assert timestamp._left(line, stripped=bare) < timestamp._left(line, fields=False, stripped=bare)


def test_timestamp_labels_found_on_the_lower_case_of_any_text_as_with_ignorecase() -> None:
    from newsclean.plugins import timestamp

    slow, fast, odd = timestamp._LABELS_ANYWHERE, timestamp._LABELS_ANYWHERE_ASCII, timestamp._LABELS_ODD
    words = list(timestamp.PUBLISHED_LABELS + timestamp.UPDATED_LABELS + timestamp.PUBLISHED_LABELS_WORDS
                 + timestamp.UPDATED_LABELS_WORDS) + ["ET", "UTC", "by", "On", "views", "Lesedauer"]
    marks = ["’", "—", "é", "Ö", "ç", "«", "»", "中", "ß", "ı", "ſ", "İ", "\u212a", "Σ", "ς", "µ", "ж", " ", ":", "|"]
    rnd = random.Random(12)
    lines = ["Updated on: Nov. 19 / 10:07 AM — CBS News", "Veröffentlicht am  | Aktualisiert", "Publié le  à  ",
             "Opublikowano: ", "Yayınlanma:  Güncelleme", "Δημοσιεύθηκε  ΕΝΗΜΕΡΩΘΗΚΕ", "发布时间： 来源 北京时间"]
    for _ in range(3000):
        parts = [rnd.choice(words) if rnd.random() < 0.5 else rnd.choice(marks) for _ in range(rnd.randint(1, 8))]
        line = "".join(p if rnd.random() < 0.5 else p.upper() if rnd.random() < 0.5 else p.title() for p in parts)
        lines.append(line)
    took_fast = 0
    for line in lines:
        if line.isascii() or odd.search(line) is not None:
            continue
        took_fast += 1
        assert [m.span() for m in fast.finditer(line.lower())] == [m.span() for m in slow.finditer(line)], line
    assert took_fast > 500
