"""The source plugin: 来源 / 转自 / Source: lines, read and dropped; sentences kept."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import source

BODY_ZH = "市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。"
BODY_EN = ("The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends.")


def clean(lines: list[str]) -> newsclean.Article:
    return newsclean.Cleaner(plugins=[source], entry_points=False).clean("\n".join(lines), input_kind="text")


@pytest.mark.parametrize("line, value", [
    ("来源:新华网", "新华网"),
    ("来源：[ 人民网 ]", "人民网"),
    ("文章来源： 某某日报", "某某日报"),
    ("本文转自某某客户端", "某某客户端"),
    ("2025-09-08 10:00 来源：新华网", "新华网"),
    ("发布时间：2022-02-13 04:22:18 来源：某某日报", "某某日报"),
    ("EXAMPLE.COM.CN 2005年3月11日12:12 来源：[ 某某网 ]", "某某网"),
    ("来源: 某某财经日报 网友评论 0 条", "某某财经日报"),
    ("来源：某某日报 编辑：张三", "某某日报"),
    ("本文来源于某某商报 2024-05-20 09:47:48", "某某商报"),
    ("来源：光明网-《光明日报》", "光明网-《光明日报》"),
    ("Source: Reuters", "Reuters"),
    ("via The Example Post", "The Example Post"),
    ("May 20, 2024, 9:01 AM GMT+8 / Source: TODAY", "TODAY"),
])
def test_source_lines(line: str, value: str) -> None:
    art = clean(["市区新增三条公交线路", line, BODY_ZH])
    assert art.source == value
    assert [(r.kind, r.text) for r in art.removed] == [("source", line)]


def test_parenthesised_credit_is_the_original_source() -> None:
    art = clean(["市区新增三条公交线路", "来源:某某资讯", "(来源:某某计算)", BODY_ZH])
    assert art.source == "某某资讯"
    assert art.extra["original_source"] == "某某计算"
    assert {r.text for r in art.removed} == {"来源:某某资讯", "(来源:某某计算)"}


def test_first_header_line_wins() -> None:
    art = clean(["标题", "来源：甲日报", BODY_ZH, BODY_ZH, "来源：乙网"])
    assert art.source == "甲日报"


@pytest.mark.parametrize("line", ["来源：转载文章", "来源：网络", "来源:原创", "作者： size=\"20\" 来源： size=\"20\""])
def test_placeholder_values_go_but_name_nothing(line: str) -> None:
    art = clean([line, BODY_ZH])
    assert art.source is None
    assert [r.text for r in art.removed] == [line]


def test_original_title_line() -> None:
    art = clean(["原标题：某某公司发布新品", BODY_ZH])
    assert [r.kind for r in art.removed] == ["source"] and art.source is None


@pytest.mark.parametrize("line", [
    "据来源于知情人士的消息，该公司将于明日发布新品。",
    "来自星星的你",
    "这批货物的来源：一是本地企业，二是周边省份的合作社，三是进口渠道。",
    "The source of the leak was never found, officials said on Monday.",
    "1.Source: National Statistical Summary 2010",
    "Source Code Pro",
    BODY_ZH,
    BODY_EN,
])
def test_sentences_and_other_lines_stay(line: str) -> None:
    art = clean([line])
    assert art.removed == []


def test_unlabelled_medium_after_a_date_is_a_weak_source() -> None:
    art = clean(["市区新增三条公交线路", "2003-7-24 某江晚报", BODY_ZH])
    assert art.source == "某江晚报"
    assert art.removed == []  # the line itself is the timestamp plugin's
    assert clean(["标题", "2003-5-29 09:07 高山流水", BODY_ZH]).source is None  # a user name, not a medium


def test_html_blocks_too() -> None:
    page = f"<html><body><h1>市区新增三条公交线路</h1><p>来源：某某日报</p><p>{BODY_ZH}</p></body></html>"
    art = newsclean.Cleaner(plugins=[source], entry_points=False).clean(page)
    assert art.source == "某某日报"
    assert [r.text for r in art.removed] == ["来源：某某日报"]
