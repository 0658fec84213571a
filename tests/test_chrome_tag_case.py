"""The chrome scan reads tag names as the HTML parser writes them: in lower case.

Its walk compares an element's tag with its vocabularies without lower-casing it,
and the "inside an article" test filters the ancestors by tag in C. Both rely on
every tree being made by the HTML parser (a str, bytes, soup or lxml input is
parsed, or serialised and parsed again). Markup written in upper case must
therefore be judged exactly as the same markup in lower case.
"""
from __future__ import annotations

import lxml.html

from newsclean import clean
from newsclean.plugins import chrome

PROSE = ("The harbour board agreed on Monday to widen the northern quay, a plan first put forward "
         "three years ago and delayed twice by the cost of dredging. ")
ARTICLE = "".join(f"<p>{PROSE}Point {i} of the plan follows from the survey.</p>" for i in range(5))
PAGE = ("<html><head><title>Quay plan approved</title></head><body>"
        "<header class='site-header'><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        "<main><article><header class='entry-header'><h1>Quay plan approved</h1>"
        "<p class='byline'>By Ada Marsh</p></header>" + ARTICLE + "</article></main>"
        "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>Ferry fares rise</a></li>"
        "<li><a href='/b'>Lighthouse repainted</a></li></ul></aside>"
        "<footer class='site-footer'><a href='/about'>About us</a> <a href='/terms'>Terms</a></footer>"
        "</body></html>")


def _upper_tags(html: str) -> str:
    out, i = [], 0
    while i < len(html):
        if html[i] == "<":
            j = html.index(">", i)
            tag = html[i:j + 1]
            name_end = next((k for k, c in enumerate(tag) if c in " >"), len(tag))
            out.append(tag[:name_end].upper() + tag[name_end:])
            i = j + 1
        else:
            out.append(html[i])
            i += 1
    return "".join(out)


def test_the_parser_writes_tag_names_in_lower_case():
    root = lxml.html.document_fromstring(_upper_tags(PAGE))
    assert {el.tag for el in root.iter()} >= {"main", "article", "header", "aside", "footer", "nav"}
    assert all(el.tag == el.tag.lower() for el in root.iter() if isinstance(el.tag, str))


def test_upper_case_markup_is_cleaned_as_lower_case_markup():
    low, up = clean(PAGE), clean(_upper_tags(PAGE))
    assert up.paragraphs == low.paragraphs
    assert [(r.kind, r.plugin, r.text) for r in up.removed] == [(r.kind, r.plugin, r.text) for r in low.removed]
    texts = [p.text for p in low.paragraphs]
    assert any(t.startswith("The harbour board") for t in texts)
    assert not any("Ferry fares" in t for t in texts)


def test_a_header_inside_an_article_is_found_inside_it():
    root = lxml.html.document_fromstring(_upper_tags(PAGE))
    inner = root.xpath("//article/header")[0]
    outer = root.xpath("//body/header")[0]
    assert chrome._in_sectioning(inner)
    assert not chrome._in_sectioning(outer)
