"""Lazy line shapes weigh a line's CJK only when asked (speedlines8): the same values as line_shape,
and a line whose characters alone settle the question is not weighed."""
from __future__ import annotations

from newsclean import lines


def test_lazy_shapes_weigh_cjk_as_line_shape_does() -> None:
    texts = ["市统计局今天发布数据，前三季度全市地区生产总值同比增长。", "市统计局今天发布数据", "ＡＢＣ　全角の見出し",
             "“Quoted” — a Latin line with marks, long enough to be prose without any weighing.",
             "Ein Satz über Straßen, Brücken und Häuser, lang genug für Prosa.", "短い", ""]
    for t in texts:
        full = lines.line_shape(t)
        lazy = lines.LazyLineShape(t)
        assert (lazy.prose, lazy.le, lazy.width) == (full.prose, full.le, full.width), t
    short_cjk = lines.LazyLineShape("市统计局今天发布数据，前三季度全市地区生产总值同比增长。")
    assert short_cjk.chars < lines.PROSE_LE <= short_cjk.le and short_cjk.prose  # (weighed: 28 characters, 3 each)


def test_a_long_line_is_prose_without_weighing_its_cjk(monkeypatch) -> None:
    measured: list[str] = []
    real = lines.LazyLineShape._measure

    def counting(self: lines.LazyLineShape) -> None:
        measured.append(self.text)
        real(self)

    monkeypatch.setattr(lines.LazyLineShape, "_measure", counting)
    shape = lines.LazyLineShape("Ein langer Satz über Straßen, Brücken und Häuser, der als Prosa gilt, ohne Gewichtung.")
    assert shape.prose and measured == []
    assert shape.le == shape.chars and measured == [shape.text]  # (asked: weighed, no CJK in it)


def test_every_title_separator_holds_one_of_the_marks() -> None:
    import random

    from newsclean.plugins import title

    rnd = random.Random(8)
    alphabet = list("ab 中文") + list(title.SEP_MARKS) + ["  ", "\u3000", "::", "--", "——", "|", "é"]
    seen = 0
    for _ in range(4000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12)))
        for m in title._SEP.finditer(t):
            seen += 1
            assert any(c in title.SEP_MARKS for c in m.group()), (t, m.group())
    assert seen > 1000
    assert title.clean_title("A headline without marks") == "A headline without marks"
    assert title.clean_title("A long enough headline for the page | Example Site", ["Example Site"]) \
        == "A long enough headline for the page"


def test_within_short_limit_is_the_length_under_the_scripts_limit() -> None:
    from newsclean.plugins.inbody import short_limit, within_short_limit

    pair = (40, 100)
    texts = ["中" * n for n in (10, 40, 41, 99, 100, 101, 200)] + ["a" * n for n in (10, 40, 41, 99, 100, 101, 200)]
    texts += ["中文" * 20 + "a" * 30, "a" * 50 + "中" * 20]
    for t in texts:
        for p in (pair, (100, 40), (60, 60)):
            assert within_short_limit(t, p) == (len(t) <= short_limit(t, p)), (t, p)
    assert not within_short_limit("中" * 60, pair) and within_short_limit("a" * 60, pair)  # (between: the script decides)
