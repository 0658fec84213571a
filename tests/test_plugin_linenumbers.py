"""linenumbers: the line-number gutters of code blocks go, the code and its number literals stay."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import linenumbers

PROSE = ("The script below reads the log files of the last week and counts the failed requests per "
         "hour, so that the busiest hours show at a glance. ")


def clean(inner: str):
    html = f"<html><head><title>t</title></head><body><article><p>{PROSE}</p>{inner}<p>{PROSE}</p></article></body></html>"
    return Cleaner(entry_points=False, plugins=[linenumbers]).clean(html)


def text_of(art) -> str:
    return "\n".join(p.text for p in art.paragraphs)


def test_vocabulary_is_data():
    assert "gutter" in linenumbers.GUTTER_TOKENS and "lineno" in linenumbers.GUTTER_TOKENS
    assert linenumbers.LINE_WORDS and linenumbers.NUMBER_WORDS


@pytest.mark.parametrize("token,yes", [
    ("gutter", True), ("linenos", True), ("lnt", True), ("react-syntax-highlighter-line-number", True),
    ("code-line-number", True), ("line-numbers", True), ("line", False), ("number", False), ("mi", False),
    ("line-height", False), ("phone-number", False),
])
def test_gutter_tokens(token, yes):
    assert linenumbers.is_gutter_token(token) is yes


@pytest.mark.parametrize("text,yes", [
    ("1", True), (" 12 ", True), ("1\n2\n3\n4", True), ("7 8 9", True), ("1 3", False), ("3 2 1", False),
    ("1.", False), ("x = 1", False), ("", False), ("2024", True),
])
def test_line_numbers(text, yes):
    assert linenumbers.line_numbers(text) is yes


def test_gutter_column_beside_the_code_goes():
    art = clean("<table><tr><td class='gutter'><pre><span class='line'>1</span><br><span class='line'>2</span>"
                "<br><span class='line'>3</span></pre></td><td class='code'><pre>total = 0\nfor row in rows:\n"
                "    total += row.failed</pre></td></tr></table>")
    assert "total += row.failed" in text_of(art)
    got = [(r.kind, r.plugin, r.text) for r in art.removed]
    assert got == [("line-numbers", "linenumbers:gutters", "1 2 3")]
    assert "beside the code" in art.removed[0].reason


def test_per_line_numbers_inside_the_code_go_literals_stay():
    art = clean("<pre><span class='lineno'>1</span><span class='k'>import</span> os\n"
                "<span class='lineno'>2</span>limit = <span class='mi'>2</span>\n"
                "<code><span style='user-select: none'>3</span>print(limit)</code></pre>")
    text = text_of(art)
    assert "import os" in text and "limit = 2" in text and "print(limit)" in text
    assert not any(line.strip().startswith(("1", "2", "3")) for line in text.splitlines() if "import" in line
                   or "limit" in line)
    assert [r.text for r in art.removed] == ["1", "2", "3"]
    assert all(r.kind == "line-numbers" for r in art.removed)


def test_numbers_without_gutter_markup_or_code_stay():
    # a numbered cell of an ordinary table, a gutter-classed cell with no code beside it, prose numbers
    art = clean("<table><tr><td class='gutter'>1 2 3</td><td>Monday</td></tr></table>"
                "<pre><span class='lineno'>step one</span> run it</pre><p class='lineno'>42</p>")
    assert not art.removed


def test_text_dump_is_left_alone():
    art = Cleaner(entry_points=False, plugins=[linenumbers]).clean("1\n2\n3\nimport os\n", input_kind="text")
    assert not art.removed


def test_gutter_cell_beside_code_lines_without_pre_goes():
    # SyntaxHighlighter: a td.gutter of numbered divs beside a td.code of <code> lines, no <pre>
    art = clean("<table><tr><td class='gutter'><div class='line number1'>1</div><div class='line number2'>2</div>"
                "</td><td class='code'><div class='container'><div class='line number1'><code>x = 1</code></div>"
                "<div class='line number2'><code>print(x)</code></div></div></td></tr></table>")
    assert [(r.kind, r.text) for r in art.removed] == [("line-numbers", "1 2")]
    assert "print(x)" in text_of(art)


def _rows(lines, start=1, lead=""):
    return "".join(f"<div class='flex-row'><span class='text-end'>{start + i}</span><div>{lead}{code}</div></div>"
                   for i, code in enumerate(lines))


def test_unnamed_column_of_consecutive_numbers_opening_each_line_goes():
    code = ["import os", "", "for name in os.listdir('.'):", "    print(name)"]
    art = clean(f"<pre class='flex-col'>{_rows(code, start=12)}</pre>")
    text = text_of(art)
    assert "import os" in text and "print(name)" in text
    assert not any(ch.isdigit() for ch in text.replace(PROSE, ""))
    assert [r.text for r in art.removed] == ["12", "13", "14", "15"]
    assert "column of consecutive numbers" in art.removed[0].reason


@pytest.mark.parametrize("inner", [
    # numbers that do not count up one by one: data, not a gutter
    "<pre>" + "".join(f"<div><span>{n}</span><span> requests at {h}:00</span></div>"
                      for n, h in ((40, 9), (57, 10), (33, 11))) + "</pre>",
    # two lines only
    "<pre>" + _rows(["a = 1", "b = 2"]) + "</pre>",
    # lines that hold nothing but their number
    "<pre>" + "".join(f"<div><span>{n}</span></div>" for n in (1, 2, 3)) + "</pre>",
])
def test_other_number_columns_stay(inner):
    art = clean(inner)
    assert not art.removed


def test_hover_popups_inside_code_go_their_tokens_stay():
    # a highlighter's type popups: hidden by the style sheet, shown when the pointer rests on a token
    code = ('<pre><code><span class="twoslash-hover"><span class="twoslash-popup-container">'
            '<code>const total: number</code></span>total</span> = price * count;\n'
            '<span class="has-info"><span class="hover-container"><span class="hover-info">Nat : Type</span></span>'
            '<a href="#">#check</a></span> Nat</code></pre>')
    art = clean(code)
    text = text_of(art)
    assert "total = price * count;" in text and "#check Nat" in text
    assert "const total: number" not in text and "Nat : Type" not in text
    assert [(r.kind, r.text) for r in art.removed if r.kind == "code-popup"] == [
        ("code-popup", "const total: number"), ("code-popup", "Nat : Type")]


def test_a_popup_word_outside_code_or_holding_all_the_code_stays():
    art = clean('<p>Rest the pointer on a word: <span class="tooltip-content">a short hint</span> shows.</p>'
                '<pre><span class="popup-content">print("hello")</span></pre>')
    assert "a short hint" in text_of(art) and 'print("hello")' in text_of(art)
    assert not [r for r in art.removed if r.kind == "code-popup"]
    assert linenumbers.POPUP_WORDS and linenumbers.POPUP_BODY_WORDS
