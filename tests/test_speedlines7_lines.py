"""Speed cuts of the line steps (issue 9, round 7): the same answers as the slower forms they replace."""
from __future__ import annotations

from collections import Counter

from newsclean import text as T


def _scores_by_counting_every_word(sample: str) -> dict[str, float]:
    """The function-word scores as counted before: every word of the sample counted."""
    scores: dict[str, float] = {}
    counts = Counter(sample.lower().split())
    for w in T._WORD_WEIGHTS.keys() & counts.keys():
        for lang, weight in T._WORD_WEIGHTS[w]:
            scores[lang] = scores.get(lang, 0.0) + weight * counts[w]
    return scores


SAMPLES = (
    "The mayor said that the city will open the new bridge in the spring, and the council agreed.",
    "Der Bürgermeister sagte, dass die Stadt die neue Brücke im Frühjahr eröffnen wird und der Rat stimmt zu.",
    "Le maire a dit que la ville ouvrira le nouveau pont au printemps et que le conseil est d'accord.",
    "El alcalde dijo que la ciudad abrirá el nuevo puente en la primavera y que el consejo está de acuerdo.",
    "de de de the the und und et et la la el el que que " * 20,
    "",
    "12345 !!! ???",
)


def test_word_scores_count_only_function_words_with_the_same_result():
    for sample in SAMPLES:
        got = T._word_scores(sample)
        want = _scores_by_counting_every_word(sample)
        assert list(got.items()) == list(want.items()), sample  # (the same sums, summed in the same order)


def test_word_scores_count_repeats():
    once = T._word_scores("the mayor and the council")
    twice = T._word_scores("the mayor and the council the and")
    assert twice["en"] > once["en"] > 0


def test_detect_language_non_ascii_counts_from_one_encoding():
    # curly quotes make the text non-ASCII; its ASCII letters are still counted as Latin
    assert T.detect_language("\u201cThe mayor said that the city will open the bridge,\u201d she said.") == "en"
    assert T.detect_language("市政府表示，新桥将于明年春天开放。The bridge opens in spring.") == "zh"
    assert T.detect_language("Мэр сказал, что город откроет новый мост весной, и совет согласился.") == "ru"
    # letters outside ASCII but no ASCII letter at all, and no letter at all
    assert T.detect_language("\u00e9\u00e9\u00e9 \u00e0 \u00e7a", "fr") == "fr"
    assert T.detect_language("\u2014 \u2026 \u00b7 123", "de") == "de"


def _opens_by_folding(lex, text: str, sep: bool = False) -> bool:
    """Lexicon.opens read from the folded lead (the slow path every non-ASCII line takes)."""
    from newsclean.plugins.inbody import _LEAD_CACHE, _lead
    _LEAD_CACHE[text] = _lead(text)  # a cached lead: opens takes it as it is
    try:
        return lex.opens(text, sep=sep)
    finally:
        _LEAD_CACHE.pop(text, None)


def test_lexicon_ascii_first_look_admits_every_opening():
    from newsclean.plugins.inbody import Lexicon, Lexicons
    from newsclean.text import clear_caches

    lex = Lexicon(["Read more", "Foto", "x", "© dpa", "Quelle"])
    lines = ["Read more: the story", "** READ MORE about it", "FOTO: Jane Doe", "x", "X marks", "xy",
             "— Foto", "   ", "", "Readers said", "Quelle: dpa", "quellen", "(c) dpa", "\u00a9 dpa"]
    for sep in (False, True):
        for line in lines:
            clear_caches()
            want = _opens_by_folding(lex, line, sep)
            clear_caches()
            assert lex.opens(line, sep=sep) == want, (line, sep)
    assert lex.opens("** READ MORE about it") and lex.opens("X marks") and not lex.opens("Readers said")
    both = Lexicons([("a", Lexicon(["Read more"]), False), ("b", Lexicon(["Foto"]), True)])
    clear_caches()
    assert both.first_opening("READ MORE: x") == "a"
    assert both.first_opening("Foto: Jane Doe") == "b"
    assert both.first_opening("Foto Jane Doe") is None  # (b needs a separator)
    assert both.first_opening("Nothing here") is None


def test_byline_label_alone_first_look_admits_every_opener():
    from newsclean.datewords import flat
    from newsclean.plugins import byline as B

    openers = B.AUTHOR_OPENERS_EN + flat(B.AUTHOR_OPENERS_EU)
    assert all(w == w.strip() for w in openers)  # (what the first look's proof needs)
    for w in openers:
        for line in (w, w.upper(), w.title(), f"  {w}:", f"{w} \uff1a", f"\u3000{w}" + " " * 40 + ":\n", f"{w}\n"):
            pattern = B._LABEL_ALONE_ASCII if line.isascii() else B._LABEL_ALONE
            matched = bool(pattern.match(line.lower() if line.isascii() else line))
            if matched:
                assert B._may_be_label_alone(line), line
        assert B._LABEL_ALONE.match(f"{w}" + " " * 40 + ":")
        assert B._may_be_label_alone(f"{w}" + " " * 40 + ":")
    assert not B._may_be_label_alone("By the time the council met, the bridge was already closed.")
    assert not B._may_be_label_alone("Reported by the agency on Monday:")


def test_dates_of_takes_the_callers_first_look():
    from newsclean.headerlines import dates_of, may_hold_date
    from newsclean.text import clear_caches

    for line in ("Published 3 December 2026 14:05", "no date here", "2026-12-03"):
        clear_caches()
        want = dates_of(line)
        clear_caches()
        assert [d.span for d in dates_of(line, held=may_hold_date(line))] == [d.span for d in want]
    assert dates_of("2026-12-03", held=False) == []  # (the caller said: no two digits in a row)


def test_disclaimer_ascii_first_look_admits_every_phrase():
    from newsclean.plugins import disclaimer as D
    from newsclean.plugins.inbody import fold

    assert D._SENTENCE_INTL_ASCII is not None and D._RIGHTS_INTL_ASCII is not None
    assert D.RISK_MAX_CHARS <= D.COPYRIGHT_MAX_CHARS <= D.SENTENCE_MAX_CHARS  # (what _disclaimer's early exit needs)
    for phrases, gate in ((D.SENTENCES_INTL, D._SENTENCE_INTL_ASCII), (D.RIGHTS_INTL, D._RIGHTS_INTL_ASCII)):
        for phrase in phrases:
            for line in (phrase, phrase.upper(), f"Note: {phrase}.", f"(c) 2024 Example. {phrase.title()}"):
                if not line.isascii():
                    continue
                found = (D._SENTENCE_INTL if gate is D._SENTENCE_INTL_ASCII else D._RIGHTS_INTL).search(line)
                if found is not None:  # the slow search finds it: the first look must let it through
                    assert not gate.isdisjoint(D._ascii_words(line)), line
        for phrase in phrases:
            if phrase.isascii() and fold(phrase) == phrase.lower():
                assert (D._has_sentence(phrase) if gate is D._SENTENCE_INTL_ASCII else D._has_copyright(phrase)), phrase


def test_disclaimer_ascii_words_are_the_english_gate_words():
    from newsclean.plugins import disclaimer as D

    for line in ("The VIEWS expressed here are the author's own.", "views2 author_x (c) 2024", "", "--- past ---"):
        assert (not D._EN_GATE_BYTES.isdisjoint(D._ascii_words(line))) == D._en_gate(line.lower()), line


def test_byline_fields_take_the_callers_script_look():
    from newsclean.plugins import byline as B
    from newsclean.text import has_cjk

    for line in ("By Jane Doe and John Roe", "本报记者 张三 李四", "2004年7月16日 [ 黄宇 ] 来源：新华社", "Von Anna Sleegers | 3. Mai"):
        assert B._fields(line, has_cjk(line)) == B._fields(line), line
