"""HTML or text dump: the decision, its evidence, the caller's hint, and its record on the article."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.load import KIND_REASON, load, sniff_kind
from newsclean.options import INPUT_KINDS, Options

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods.")
ZH = "新建的步行桥周六上午正式开放，中午之前已有数百名市民走过。工程师说，这座桥在洪水期间也能保持通行。"
DOC = f"<html><head><title>Footbridge</title></head><body><article><p>{STORY}</p><p>{ZH}</p></article></body></html>"
TAG_MANAGER = (
    '<noscript><iframe src="https://tm.example/ns.html?id=GTM-X" height="0" width="0" '
    'style="display:none;visibility:hidden"></iframe></noscript>\n'
    "<script>\n" + "".join(f"  window.dataLayer{i} = window.dataLayer{i} || [];\n" for i in range(40)) +
    "  function gtag(){dataLayer.push(arguments);}\n</script>\n")


@pytest.mark.parametrize("prefix, opening", [
    (TAG_MANAGER, "noscript"),
    ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="i"><path d="M0 0"/></symbol></svg>\n',
     "svg"),
    ('<input type="hidden" name="csrf" value="abc">\n', "input"),
    ("<page-wrapper data-x=1>\n", "page-wrapper"),
    ("<!--[if IE]><![endif]-->", None),
])
def test_pages_opening_with_other_markup_are_html(prefix: str, opening: str | None) -> None:
    page = prefix + DOC
    kind, why = sniff_kind(page)
    assert kind == "html"
    if opening:
        assert f"<{opening}>" in why
    art = newsclean.clean(page)
    assert art.input_kind == "html" and art.title == "Footbridge"
    assert STORY in art.text and "dataLayer" not in art.text and "function" not in art.text
    assert art.extra[KIND_REASON].startswith("sniffed:")


def test_text_before_the_document() -> None:
    page = "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n" + DOC.replace("<body>", "\n<body>")
    assert sniff_kind(page)[0] == "html"
    assert sniff_kind("Saved page\n" + DOC + "\n")[0] == "html"  # ends with </html>


@pytest.mark.parametrize("dump", [
    f"Footbridge\n\n{STORY}\n\n{ZH}\n",
    # a dump that talks about tags, or quotes one line of a page's markup
    "Rendering\n\nAn HTML document has metadata in the <head> and a blank <div> in the <body>.\n"
    "The server streams <!DOCTYPE html> first and </body></html> last.\n" + f"{STORY}\n" * 5,
    "Menu\nNews\n" + '<div class="x"><p>one</p><p>two</p><span>three</span></div>\n' + f"{ZH}\n" * 10,
    "<3 the bridge\n\n" + STORY,
])
def test_text_dumps_stay_text(dump: str) -> None:
    assert sniff_kind(dump)[0] == "text"
    art = newsclean.clean(dump)
    assert art.input_kind == "text" and art.extra[KIND_REASON].startswith("sniffed:")


def test_html_hint() -> None:
    # a fragment with little markup: sniffing alone reads it as a dump, the hint as HTML
    frag = f"{STORY}\n{ZH}\n<b>Footbridge</b>\n{STORY}\n"
    assert sniff_kind(frag)[0] == "text"
    assert sniff_kind(frag, "html") == ("html", "the caller's context says HTML")
    art = newsclean.clean(frag, input_kind="hint:html")
    assert art.input_kind == "html" and art.extra[KIND_REASON] == "the caller's context says HTML"
    # no markup at all: the hint gives way, and says so
    kind, why = sniff_kind(f"{STORY}\n\n{ZH}\n", "html")
    assert kind == "text" and "no markup" in why


def test_text_hint() -> None:
    assert sniff_kind("<b>Note</b>\n\n" + STORY, "text")[0] == "text"
    kind, why = sniff_kind(DOC, "text")
    assert kind == "html" and "HTML document" in why
    art = newsclean.clean("<title>x</title>\nLine one of a dump.\n\nLine two.", input_kind="hint:text")
    assert art.input_kind == "text"


def test_forced_kinds_and_trees_record_their_reason() -> None:
    art = newsclean.clean(DOC, input_kind="text")
    assert art.input_kind == "text" and art.extra[KIND_REASON] == "given: input_kind='text'"
    import lxml.html
    doc = load(lxml.html.document_fromstring(DOC), None, Options())
    assert doc.extra[KIND_REASON] == "given: an lxml tree"


def test_input_kinds_validated() -> None:
    assert "hint:html" in INPUT_KINDS and "hint:text" in INPUT_KINDS
    with pytest.raises(ValueError):
        Options(input_kind="hint:pdf")
    with pytest.raises(ValueError):
        newsclean.clean(DOC, input_kind="xml")
