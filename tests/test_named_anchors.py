"""A named anchor (``<a name="x">``, no href) is no link, even when it is never closed and the
HTML parser keeps it open over all the text after it: that text is prose, not link text."""
from __future__ import annotations

import lxml.html

import newsclean
from newsclean.blocks import html_blocks
from newsclean.density import SubtreeCounts

_PARAS = [
    "The council met on Tuesday evening to discuss the new budget, which had been delayed twice this year.",
    "Members argued for three hours about the cost of repairing the old bridge over the river, and the vote was close.",
    "In the end the plan passed by a single vote, and work on the bridge is expected to begin next spring.",
    "市议会周二晚上开会讨论新的预算，这份预算今年已经推迟了两次，议员们争论了三个小时。",
    "The mayor said after the meeting that she was relieved, and thanked residents for their patience over the year.",
]


def _page(anchor: str) -> str:
    # the anchor is never closed: the parser keeps it open over the heading and every paragraph
    body = "".join(f"<p>{t}</p>" for t in _PARAS)
    return (f"<html><head><title>Council passes budget</title></head><body>"
            f"<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<div class='story'>{anchor}<h1>Council passes budget</h1>{body}</div>"
            f"<div class='footer'><a href='/about'>About</a></div></body></html>")


def test_an_unclosed_named_anchor_is_not_link_text_in_blocks():
    root = lxml.html.document_fromstring(_page("<a name='top'>"))
    blocks = html_blocks(root)[0]
    prose = [b for b in blocks if b.text in _PARAS]
    assert len(prose) == len(_PARAS)
    assert all(b.link_chars == 0 for b in prose)


def test_a_link_still_counts_and_an_href_less_link_role_counts():
    # a link; an href-less one with a link role; one with neither name nor href (a script's link, a
    # dump without hrefs); a named anchor; a named anchor that also links
    root = lxml.html.document_fromstring("<html><body><p><a href='/x'>abc</a> def</p>"
                                         "<p><a role='link' name='r'>ghij</a> kl</p><p><a class='js'>mn</a> o</p>"
                                         "<p><a name='n'>mnop</a> q</p><p><a name='m' href='#m'>rs</a> t</p></body></html>")
    blocks = html_blocks(root)[0]
    assert [b.link_chars for b in blocks] == [3, 4, 2, 0, 2]
    counts = SubtreeCounts(root)
    ps = root.findall(".//p")
    assert [counts.link_chars(p) for p in ps] == [3, 4, 2, 0, 2]
    counts._build()  # the table path answers the same
    assert [counts.link_chars(p) for p in ps] == [3, 4, 2, 0, 2]


def test_a_page_inside_an_unclosed_named_anchor_keeps_its_paragraphs():
    art = newsclean.clean(_page("<a name='top'>"))
    for t in _PARAS:
        assert t in art.text
    assert "About" not in art.text


def test_the_heading_inside_an_unclosed_named_anchor_is_the_title_and_links_after_it_are_links():
    # the heading and the body sit inside the anchor: the heading is a heading (the title), not a
    # link, and the "Prev | Next" row after the body is still a row of links
    body = "".join(f"<p>{t}</p>" for t in _PARAS)
    art = newsclean.clean(f"<html><body><center><a name='top'><h2>Council passes budget</h2>{body}"
                          f"<p><a href='/a'>Prev</a> | <a href='/b'>Next</a></p></center></body></html>")
    assert art.title == "Council passes budget"
    assert all(t in art.text for t in _PARAS)
    assert "Prev" not in art.text
