"""The byline step looks at a line's script only when its length leaves the limit open (speedlines8):
a Latin byline up to twice the CJK limit is still read, a Chinese one over the CJK limit is not."""
from __future__ import annotations

import newsclean
from newsclean.plugins import byline, title

BODY = ("The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
        "and extends service hours on weekends.")


def _authors(line: str) -> list[str]:
    cleaner = newsclean.Cleaner(plugins=[title, byline], entry_points=False)
    return cleaner.clean("\n".join(["Council approves the new transit plan", line, BODY, BODY]), input_kind="text").authors


def test_a_latin_byline_between_the_limits_is_read() -> None:
    line = "By Jane Doe | " + "Metro Desk Correspondent, " * 4 + "Springfield"
    assert byline.MAX_LINE_CHARS < len(line) - line.count(" ") <= 2 * byline.MAX_LINE_CHARS
    assert _authors(line) == ["Jane Doe"]


def test_a_chinese_line_over_its_limit_is_no_byline() -> None:
    line = "作者：张明远 " + "市统计局今天发布数据前三季度全市地区生产总值同比增长" * 3
    assert byline.MAX_LINE_CHARS < len(line) - line.count(" ") <= 2 * byline.MAX_LINE_CHARS
    assert _authors(line) == []
    assert _authors("作者：张明远") == ["张明远"]
