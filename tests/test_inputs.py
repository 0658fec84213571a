"""Every accepted kind of page gives the same article; the caller's objects stay untouched."""
from __future__ import annotations

import copy

import lxml.etree as etree
import lxml.html
import pytest
from bs4 import BeautifulSoup

import newsclean
from newsclean.load import load
from newsclean.options import Options

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns</title></head>
<body>
<!-- a comment that is never text -->
<div id="story">
<h1>Harbour ferry returns after repairs</h1>
<p>The small ferry that links the two halves of the harbour is running again after three weeks in dry dock.</p>
<p>Crews replaced a worn propeller shaft and repainted the hull, the operator said on Monday.</p>
<p>渡轮周一恢复运营，每半小时一班。</p>
</div>
<script>var hidden = "never text";</script>
</body></html>"""

EXPECTED = [
    "Harbour ferry returns after repairs",
    "The small ferry that links the two halves of the harbour is running again after three weeks in dry dock.",
    "Crews replaced a worn propeller shaft and repainted the hull, the operator said on Monday.",
    "渡轮周一恢复运营，每半小时一班。",
]


@pytest.fixture(scope="module")
def bare() -> newsclean.Cleaner:
    """No plugins: the article is exactly what the loader and block builder read."""
    return newsclean.Cleaner(entry_points=False)


def texts(article: newsclean.Article) -> list[str]:
    return [p.text for p in article.paragraphs]


@pytest.mark.parametrize("make", [
    lambda: PAGE,
    lambda: PAGE.encode("utf-8"),
    lambda: bytearray(PAGE.encode("utf-8")),
    lambda: memoryview(PAGE.encode("utf-8")),
    lambda: PAGE.encode("utf-16"),
    lambda: ("\ufeff" + PAGE),
    lambda: BeautifulSoup(PAGE, "html.parser"),
    lambda: BeautifulSoup(PAGE, "lxml"),
    lambda: lxml.html.document_fromstring(PAGE),
    lambda: lxml.html.document_fromstring(PAGE).getroottree(),
    lambda: lxml.html.document_fromstring(PAGE).find("body"),
    lambda: etree.fromstring(PAGE.replace("<!DOCTYPE html>", "").replace('<meta charset="utf-8">', "<meta/>")),
], ids=["str", "bytes", "bytearray", "memoryview", "utf16", "str-bom", "soup-html.parser", "soup-lxml",
        "lxml-html", "lxml-elementtree", "lxml-body", "lxml-xml"])
def test_every_input_type_gives_the_same_article(bare: newsclean.Cleaner, make: object) -> None:
    art = bare.clean(make())  # type: ignore[operator]
    assert texts(art) == EXPECTED
    assert art.input_kind == "html"
    assert "never text" not in art.text and "comment" not in art.text


def test_soup_tag_and_lxml_fragment(bare: newsclean.Cleaner) -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    assert texts(bare.clean(soup.find("div", id="story"))) == EXPECTED
    div = lxml.html.document_fromstring(PAGE).get_element_by_id("story")
    assert texts(bare.clean(div)) == EXPECTED


def test_namespaced_xhtml_tree(bare: newsclean.Cleaner) -> None:
    xhtml = ('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>First line of the notice.</p>'
             '<p>Second line of the notice.</p></body></html>')
    root = etree.fromstring(xhtml)
    assert texts(bare.clean(root)) == ["First line of the notice.", "Second line of the notice."]


def test_caller_lxml_tree_is_not_modified() -> None:
    root = lxml.html.document_fromstring(PAGE + "<div class='share'>Share this</div>")
    before = etree.tostring(root)
    count = sum(1 for _ in root.iter())
    art = newsclean.clean(root)  # the full pipeline, pruning plugins included
    assert art.paragraphs
    assert etree.tostring(root) == before and sum(1 for _ in root.iter()) == count


def test_caller_tree_with_huge_attribute_is_not_modified() -> None:
    root = lxml.html.document_fromstring("<html><body><p>Short text here.</p></body></html>")
    root.find(".//p").set("data-x", "y" * 50_000)
    newsclean.Cleaner(entry_points=False, max_attr_chars=100).clean(root)
    assert len(root.find(".//p").get("data-x")) == 50_000


def test_caller_soup_is_not_modified() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    before = str(soup)
    newsclean.clean(soup)
    assert str(soup) == before


def test_lxml_tree_with_deep_nesting(bare: newsclean.Cleaner) -> None:
    root = lxml.html.Element("html")
    el = etree.SubElement(root, "body")
    for i in range(5000):
        el = etree.SubElement(el, "div")
    el.text = "The deepest sentence is still read."
    assert bare.clean(root).text == "The deepest sentence is still read."
    deep_xml = copy.deepcopy(root)
    deep_xml.tag = "root"  # not an HTML root: serialised and re-read
    assert "deepest sentence" in bare.clean(deep_xml).text


def test_soup_with_deep_nesting(bare: newsclean.Cleaner) -> None:
    html = "<html><body>" + "<div>" * 3000 + "Deep soup text." + "</div>" * 3000 + "</body></html>"
    assert bare.clean(BeautifulSoup(html, "html.parser")).text == "Deep soup text."


def test_input_kind_text_on_a_tree_reads_its_text(bare: newsclean.Cleaner) -> None:
    soup = BeautifulSoup("<div><p>Line one.</p><p>Line two.</p></div>", "html.parser")
    art = bare.clean(soup, input_kind="text")
    assert art.input_kind == "text" and texts(art) == ["Line one.", "Line two."]
    root = lxml.html.fragment_fromstring("<div><p>Line one.</p>\n<p>Line two.</p></div>")
    art = bare.clean(root, input_kind="text")
    assert art.input_kind == "text" and texts(art) == ["Line one.", "Line two."]


def test_text_dump_str_and_bytes(bare: newsclean.Cleaner) -> None:
    dump = "港口渡轮恢复运营\n\n来源：本地新闻\n\n渡轮周一恢复运营，每半小时一班。\r\n维修工作历时三周。\r第三行。\n"
    for page in (dump, dump.encode("utf-8"), dump.encode("gb18030")):
        art = bare.clean(page)
        assert art.input_kind == "text"
        assert texts(art) == ["港口渡轮恢复运营", "来源：本地新闻", "渡轮周一恢复运营，每半小时一班。", "维修工作历时三周。", "第三行。"]


def test_text_dump_can_be_forced_to_html_and_back(bare: newsclean.Cleaner) -> None:
    assert bare.clean("<p>Looks like markup.</p>", input_kind="text").text == "<p>Looks like markup.</p>"
    assert bare.clean("Plain words only.", input_kind="html").text == "Plain words only."


def test_lang_attribute_becomes_the_hint() -> None:
    doc = load(PAGE, None, Options())
    assert doc.lang_hint == "en"
