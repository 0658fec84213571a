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
