"""chrome: a footnote's hidden text and footnotes set beside the text in an <aside> are the article's."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import chrome

P = ["The ferry timetable runs through the winter, with crossings every two hours from the north pier.",
     "Tickets bought online are valid for a year and can be moved to another crossing without a fee.",
     "Cyclists board first and leave last; bicycles ride free on every crossing except the night boat."]
NOTE = "The night boat was added in 1998 after a petition from shift workers."
ZH_NOTE = "夜班船于一九九八年开通，起因是轮班工人的请愿。"


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str) -> str:
    return f"<html><head><title>Ferry guide</title></head><body><article><h1>Ferry guide</h1>{inner}</article></body></html>"


def removed(art, kind):
    return [r for r in art.removed if r.kind == kind]


@pytest.mark.parametrize("value,token", [
    ("footnoteContent", "footnotecontent"),
    ("fn-content", "fn-content"),
    ("x endnote_text", "endnote_text"),
    ("footnote-ref", ""),  # the mark, not the note's text
    ("content hidden", ""),
])
def test_note_class(value, token):
    assert chrome.note_class(value) == token


def test_hidden_note_named_by_class_is_kept():
    html = page(f'<p>{P[0]}</p><p>{P[1]}<span class="inline-footnote">1<span class="footnoteContent" '
                f'style="display:none">{NOTE}</span></span></p><p>{P[2]}</p>')
    art = clean(html)
    assert NOTE in art.text
    assert not removed(art, "hidden")
    assert any("kept a hidden footnote" in n for n in art.notes)


def test_hidden_note_named_by_a_mark_is_kept_in_chinese():
    html = page(f'<p>{P[0]}<span class="ref" data-definition="n1"><a href="#">*</a></span></p><p>{P[1]}</p>'
                f'<aside style="display:none" id="n1">{ZH_NOTE}</aside>')
    art = clean(html)
    assert ZH_NOTE in art.text
    assert any("named by a footnote mark" in n for n in art.notes)


def test_hidden_block_no_mark_names_still_goes():
    html = page(f'<p>{P[0]}<sup><a href="#n2">1</a></sup></p><p>{P[1]}</p>'
                f'<aside style="display:none" id="n1">{NOTE}</aside>')
    art = clean(html)
    assert NOTE not in art.text
    assert removed(art, "hidden")


def test_hidden_note_copying_shown_text_still_goes():
    html = page(f'<p>{P[0]}<span class="fn">1<span class="footnoteContent" style="display:none">{NOTE}</span>'
                f'</span></p><p>{P[1]}</p><ol class="notes"><li>{NOTE}</li></ol>')
    art = clean(html)
    assert art.text.count(NOTE) == 1
    assert removed(art, "hidden")


def test_aside_named_by_a_mark_is_kept():
    html = page(f'<p>{P[0]}<span class="ref" data-definition="n1"><a href="#">*</a></span></p>'
                f'<aside id="n1">{NOTE}</aside><p>{P[1]}</p><p>{P[2]}</p>')
    art = clean(html)
    assert NOTE in art.text
    assert not [r for r in removed(art, "chrome") if "aside" in r.reason]
    assert any("footnotes set beside the text" in n for n in art.notes)


def test_aside_no_mark_names_still_goes():
    links = "".join(f'<li><a href="/n{i}">Council votes on the harbour budget, part {i}</a></li>' for i in range(5))
    art = clean(page(f'<p>{P[0]}<sup><a href="#n1">1</a></sup></p><aside id="n1"><ol>{links}</ol></aside>'
                     f'<p>{P[1]}</p><p>{P[2]}</p>'))
    assert "harbour budget" not in art.text  # named by a mark, but links
    art = clean(page(f'<p>{P[0]}<sup>1</sup></p><aside id="n1"><ol><li>{NOTE}</li></ol></aside><p>{P[1]}</p>'
                     f'<p>{P[2]}</p>'))
    assert NOTE not in art.text  # no mark names it: a sidebar
    assert [r for r in removed(art, "chrome") if "aside" in r.reason]


def test_aside_of_a_numbered_list_continuing_a_mark_is_kept():
    # notes set beside the text, each aside an <ol start=N> whose N a <sup> before it raises
    html = page(f'<div class="row"><div><p>{P[0]}<sup>1</sup></p></div>'
                f'<aside><ol start="1"><li>{NOTE}</li></ol></aside></div>'
                f'<div class="row"><div><p>{P[1]}<sup>2</sup></p><p>{P[2]}</p></div></div>'
                f'<div class="row"><div><p>Crossings resume in spring.</p></div>'
                f'<aside><ol start="2"><li>The spring timetable is printed in March every year.</li></ol></aside></div>')
    art = clean(html)
    assert NOTE in art.text and "printed in March" in art.text
    assert not [r for r in removed(art, "chrome") if "aside" in r.reason]
    assert sum("a numbered list from" in n for n in art.notes) == 2


def test_aside_of_a_numbered_list_no_mark_raises_still_goes():
    html = page(f'<div class="row"><div><p>{P[0]}<sup>1</sup></p></div>'
                f'<aside><ol start="4"><li>{NOTE}</li></ol></aside></div><p>{P[1]}</p><p>{P[2]}</p>')
    art = clean(html)
    assert NOTE not in art.text  # its number (4) is raised nowhere before it
    links = "".join(f'<li><a href="/n{i}">Council votes on the harbour budget, part {i}</a></li>' for i in range(5))
    art = clean(page(f'<div><p>{P[0]}<sup>1</sup></p></div><aside><ol start="1">{links}</ol></aside>'
                     f'<p>{P[1]}</p><p>{P[2]}</p>'))
    assert "harbour budget" not in art.text  # a list of links: a sidebar
