"""The counters plugin: view/comment/like counts and header numbers, never body numbers."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import counters
from newsclean.plugins.counters import is_counter_line, is_lone_number


def removed(page: str, input_kind: str | None = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[counters], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


BODY_ZH = "市统计局今天发布数据，前三季度全市地区生产总值同比增长5.2%，其中第三产业增加值占比超过六成，消费市场持续回暖。"
BODY_EN = ("The city council voted 7 to 2 on Tuesday to approve the new transit plan, which adds 12 bus "
           "routes and extends service hours on weekends.")


@pytest.mark.parametrize("line", [
    "阅读 1234", "阅读(1660) 评论(5)", "评论：13", "1.2万人阅读", "点赞 收藏 评论", "浏览次数：345次", "点赞",
    "阅读 10万+ 在看 3", "预计阅读 5 分钟", "5条评论",
    "1,234 views · 12 comments", "5 min read", "Comments (3)", "Views: 7,021", "0 Comments", "12 likes | 3 shares",
])
def test_counter_lines(line: str) -> None:
    assert is_counter_line(line)


@pytest.mark.parametrize("line", [
    "阅读全文", "阅读理解", "评论", "本文共有3条评论，快来参与讨论吧", "点赞的人越来越多了。", "分享",
    "Read more", "Comments", "Share", "The post drew 1,234 views in an hour.", "第3名",
])
def test_not_counter_lines(line: str) -> None:
    assert not is_counter_line(line)


def test_lone_numbers() -> None:
    assert is_lone_number("0") and is_lone_number("1,234") and is_lone_number("1.2万") and is_lone_number("(15)")
    assert not is_lone_number("2025")  # a year, for the date readers
    assert not is_lone_number("3.5%") and not is_lone_number("12号")


def test_header_zone_zh() -> None:
    page = "\n".join(["市区新增三条公交线路", "某某日报", "2025-03-02 10:15", "0", "阅读 1.5万", "", BODY_ZH])
    got = removed(page)
    assert got == {"0": "counter", "阅读 1.5万": "counter"}


def test_header_zone_en() -> None:
    page = "\n".join(["Council approves transit plan", "March 2, 2025", "4 min read", "17", "", BODY_EN])
    got = removed(page)
    assert got == {"4 min read": "counter", "17": "counter"}


def test_numbers_in_the_body_stay() -> None:
    # table cells and numbered steps of a dump, far from the header, stay
    page = "\n".join(["2025-03-02 10:15", "", BODY_ZH, "", "地区", "产值", "东区", "128", "西区", "96", "",
                      "1", "准备材料", "2", "提交申请", "", BODY_ZH])
    assert removed(page) == {}


def test_a_run_of_numbers_in_the_header_is_not_a_counter() -> None:
    page = "\n".join(["2025-03-02 10:15", "1", "2", "3", "", BODY_ZH])
    assert removed(page) == {}


def test_counter_lines_anywhere_but_bare_labels_only_in_the_header() -> None:
    page = "\n".join([BODY_EN, "", BODY_EN, "", "Comments", "Be the first to comment", "32 comments"])
    got = removed(page)
    assert got == {"Be the first to comment": "counter", "32 comments": "counter"}


def test_html_counter_element() -> None:
    page = ("<html><body><h1>Council approves plan</h1><div class='meta'><span class='date'>March 2, 2025</span></div>"
            f"<p>{BODY_EN}</p><p>{BODY_EN}</p><div class='post-stats'><span class='view-count'>2,048</span></div>"
            "<table><tr><td>Route</td><td>Riders</td></tr><tr><td>A</td><td>310</td></tr></table>"
            "</body></html>")
    got = removed(page, input_kind=None)
    assert got == {"2,048": "counter"}


def test_header_zone_after_the_proposed_title() -> None:
    class TitleFirstLine:
        name = "first-line-title"

        @newsclean.hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            def propose(doc):  # type: ignore[no-untyped-def]
                doc.meta.propose("title", doc.blocks[0].text)
            register(newsclean.Step("title", propose, order=100))

    page = "\n".join(["Council approves transit plan", "0", "", BODY_EN, "", "12"])
    cleaner = newsclean.Cleaner(plugins=[counters, TitleFirstLine()], entry_points=False)
    art = cleaner.clean(page, input_kind="text")
    assert {r.text for r in art.removed} == {"0"}  # the "12" after the body stays
    assert removed(page) == {}  # without a title or a date there is no header zone


@pytest.mark.parametrize("line", [
    "Lesedauer: 4 Min.", "4 Min. Lesedauer", "Lesezeit 3 Minuten", "Temps de lecture : 4 min", "5 min read",
    "Lästid: 4 min", "Lesetid 3 min", "Læsetid: 6 minutter", "Doba čtení: 5 minut",
])
def test_reading_time_lines(line: str) -> None:
    assert is_counter_line(line)


@pytest.mark.parametrize("line", [
    "Die Lesedauer hängt vom Text ab.", "Lästid är viktig för läsaren", "Temps de lecture",
])
def test_reading_time_words_in_prose_stay(line: str) -> None:
    assert not is_counter_line(line)


@pytest.mark.parametrize("line", ["5 min read", "5-min read", "5 to 7 min read", "5-7 minutes read", "12min read",
                                  "この記事は約3分で読めます", "3 Min. Lesezeit"])
def test_reading_time_forms_still_read(line: str) -> None:
    import re

    from newsclean.plugins.counters import READING_TIME

    assert re.search("|".join(READING_TIME), line, re.I)


def test_reading_time_forms_start_only_where_a_number_starts() -> None:
    """Each form that can open with a number is tried once per run of digits, not once per digit
    (a 2,000-digit line took 38 s with the old first form)."""
    import re

    from newsclean.plugins.counters import READING_TIME

    for p in READING_TIME:
        rx = re.compile(p, re.I)
        if rx.match("7 min read") or rx.match("7分で読めます") or re.match(r"(?:\(\?:[^)]*\)\?)*\\d", p):
            assert "(?<!\\d)\\d" in p, p
