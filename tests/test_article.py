"""The Article model: text, JSON round trip, Markdown, blocks from HTML."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsclean import Article, Cleaner, Paragraph, Removal


def make_article() -> Article:
    return Article(
        title="标题 Title",
        authors=["张三", "Jane Roe"],
        published=datetime(2025, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=8))),
        source="新华社",
        url="https://news.example.cn/a.html",
        site="news.example.cn",
        language="zh",
        paragraphs=[Paragraph("小标题", "heading", 2), Paragraph("正文第一段。"), Paragraph("item", "list_item")],
        removed=[Removal("source", "source:lines", "a 来源 line", "来源：新华社", "header")],
        extra={"original_source": "某报"},
        notes=["a note"],
    )


def test_text_joins_paragraphs_with_blank_lines():
    assert make_article().text == "小标题\n\n正文第一段。\n\nitem"


def test_json_round_trip_is_lossless():
    a = make_article()
    b = Article.from_json(a.to_json())
    assert b == a
    assert b.published.utcoffset() == timedelta(hours=8)


def test_to_dict_has_text_and_removals():
    d = make_article().to_dict()
    assert d["text"].startswith("小标题")
    assert d["removed"][0] == {"kind": "source", "plugin": "source:lines", "reason": "a 来源 line",
                               "text": "来源：新华社", "region": "header"}
    assert d["published"] == "2025-03-01T08:30:00+08:00"


def test_markdown_renders_kinds():
    md = make_article().to_markdown()
    assert md.startswith("# 标题 Title\n")
    assert "## 小标题" in md and "- item" in md


def test_html_blocks_keep_kinds_and_tables():
    html = """<html><body><article>
      <h2>Section</h2><p>Para with <a href='#'>a link</a> inside.</p>
      <ul><li>one</li><li>two</li></ul>
      <blockquote><p>Quoted words.</p></blockquote>
      <pre>code  line 1
code line 2</pre>
      <figure><img src=x><figcaption>A caption</figcaption></figure>
      <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>
      <div>line one<br>line two</div>
      <script>var hidden = 1;</script><style>p{}</style>
    </article></body></html>"""
    art = Cleaner(entry_points=False).clean(html)
    kinds = [(p.kind, p.text) for p in art.paragraphs]
    assert kinds == [
        ("heading", "Section"),
        ("paragraph", "Para with a link inside."),
        ("list_item", "one"),
        ("list_item", "two"),
        ("quote", "Quoted words."),
        ("code", "code  line 1\ncode line 2"),
        ("caption", "A caption"),
        ("table", "k | v\na | 1"),
        ("paragraph", "line one"),
        ("paragraph", "line two"),
    ]
    assert art.paragraphs[0].level == 2


def test_text_dump_blocks_are_lines():
    art = Cleaner(entry_points=False).clean("第一行\n\n\n第二行\n第三行\n")
    assert [p.text for p in art.paragraphs] == ["第一行", "第二行", "第三行"]
    assert art.input_kind == "text"
    assert art.language == "zh"


def test_empty_article_says_why():
    art = Cleaner(entry_points=False).clean("<html><body><script>x()</script></body></html>")
    assert art.paragraphs == []
    assert any("empty article" in n for n in art.notes)


# -- issue 11.5: from_dict validates; Markdown tables and captions ------------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("bad, message", [
    ({"foo": 1}, "missing paragraphs"),
    ({"id": "p1", "error": "input", "message": "page is empty", "stage": "load"}, "error record: input: page is empty"),
    ({"paragraphs": "text"}, "'paragraphs' must be list"),
    ({"paragraphs": [{"kind": "heading"}]}, "not a paragraph: missing text"),
    ({"paragraphs": [], "authors": "Jane"}, "'authors' must be list"),
    ({"paragraphs": [], "authors": [1]}, "list of strings"),
    ({"paragraphs": [], "published": "last Monday"}, "not an ISO 8601"),
    ({"paragraphs": [], "removed": [{"kind": "ad"}]}, "not a removal: missing plugin, reason"),
    ({"paragraphs": [], "input_kind": "pdf"}, "'input_kind'"),
    ({"paragraphs": [{"text": "x", "level": "2"}]}, "'level' must be int"),
])
def test_from_dict_rejects_what_is_not_an_article(bad, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        Article.from_dict(bad)


@pytest.mark.parametrize("bad", [[1, 2], "an article", None])
def test_from_dict_rejects_non_mappings(bad):
    with pytest.raises(TypeError, match="must be a dict"):
        Article.from_dict(bad)


def test_from_dict_ignores_extra_keys_of_a_batch_line():
    d = {"id": "page-7", **make_article().to_dict()}
    assert Article.from_dict(d) == make_article()


def test_markdown_table_has_header_separator():
    art = Article(paragraphs=[Paragraph("城市 | 人口\n北京 | 2189\n上海", "table")])
    md = art.to_markdown()
    assert "| 城市 | 人口 |\n| --- | --- |\n| 北京 | 2189 |\n| 上海 |  |" in md


def test_markdown_caption_is_distinct_from_a_paragraph():
    md = Article(paragraphs=[Paragraph("大桥夜景", "caption"), Paragraph("大桥夜景")]).to_markdown()
    assert md == "*大桥夜景*\n\n大桥夜景\n"
