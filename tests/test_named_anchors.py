"""An anchor target (``<a name="x">``, ``<a id="x">``, no href) is no link, even when it is never closed and the
HTML parser keeps it open over all the text after it: that text is prose, not link text."""
from __future__ import annotations

import lxml.html
import pytest

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


@pytest.mark.parametrize("anchor", ["<a name='top'>", "<a id='top'>", "<a id='a'><a id='b'>"])
def test_an_unclosed_named_anchor_is_not_link_text_in_blocks(anchor):
    root = lxml.html.document_fromstring(_page(anchor))
    blocks = html_blocks(root)[0]
    prose = [b for b in blocks if b.text in _PARAS]
    assert len(prose) == len(_PARAS)
    assert all(b.link_chars == 0 for b in prose)


def test_a_link_still_counts_and_an_href_less_link_role_counts():
    # a link; an href-less one with a link role; one with neither name nor href (a script's link, a
    # dump without hrefs); a named anchor; a named anchor that also links; an empty href, "#" and
    # javascript: (still links); an id anchor; an <a id> opening with its own label (a script's
    # control: a link); an id anchor; id anchors a script drives (a button's role and tabindex, an
    # address in data-href, an onclick handler: still links)
    root = lxml.html.document_fromstring("<html><body><p><a href='/x'>abc</a> def</p>"
                                         "<p><a role='link' name='r'>ghij</a> kl</p><p><a class='js'>mn</a> o</p>"
                                         "<p><a name='n'>mnop</a> q</p><p><a name='m' href='#m'>rs</a> t</p>"
                                         "<p><a href=''>uv</a> w</p><p><a href='#'>xy</a> z</p>"
                                         "<p><a href='javascript:void(0)'>ab</a> c</p><p><a id='s'><b>defg</b></a> h</p>"
                                         "<p><a id='w'>rs</a> t</p><p><a id='x'>\n<i>uv</i></a> w</p>"
                                         "<p><a id='t' role='button' tabindex='0'>ij</a> k</p>"
                                         "<p><a id='u' data-href='/y'>lm</a> n</p><p><a id='v' onclick='go()'>op</a> q</p>"
                                         "</body></html>")
    want = [3, 4, 2, 0, 2, 2, 2, 2, 0, 2, 0, 2, 2, 2]
    blocks = html_blocks(root)[0]
    assert [b.link_chars for b in blocks] == want
    counts = SubtreeCounts(root)
    ps = root.findall(".//p")
    assert [counts.link_chars(p) for p in ps] == want
    counts._build()  # the table path answers the same
    assert [counts.link_chars(p) for p in ps] == want


@pytest.mark.parametrize("anchor", ["<a name='top'>", "<a id='top'>"])
def test_a_page_inside_an_unclosed_named_anchor_keeps_its_paragraphs(anchor):
    art = newsclean.clean(_page(anchor))
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


_SECTIONS = [
    ("Choosing a port", "A service listens on one port and forwards each request to the port its workers expose. "
                        "When the two differ, the mapping is written once in the service and never in the workers."),
    ("Naming the workers", "Workers are picked by their labels, so a worker started later with the same labels joins "
                           "the service without any change to it, and one that loses its labels leaves it."),
    ("Addresses that move", "A worker's address changes whenever it restarts, which is why clients are told to ask "
                            "for the service by name and let the resolver hand out the current address each time."),
    ("Limits of the proxy", "The proxy keeps no memory of earlier requests unless told to, so two requests from the "
                            "same client may reach two different workers, which matters for sessions kept in memory."),
]


def test_headings_inside_unclosed_id_anchors_of_a_reference_page_are_kept():
    # a reference page's old section ids left as a run of unclosed <a id>: everything after them sits
    # inside the anchors, and its headings are headings, not linked lines
    def section(head: str, text: str) -> str:
        return f"<h2>{head}</h2><p>{text} See <a href='/ref/{len(head)}'>the reference</a> for the fields.</p>"
    first, rest = _SECTIONS[0], _SECTIONS[1:]
    anchors = "".join(f"<a id='old-{i}'>" for i in range(5))
    page = ("<html><head><title>Services</title></head><body><nav><a href='/'>Docs</a> <a href='/a'>Guides</a> "
            "<a href='/b'>Reference</a></nav><main><h1>Services</h1>" + section(*first) + anchors
            + "".join(section(h, t) for h, t in rest) + "</main><footer><a href='/c'>Contact</a></footer></body></html>")
    art = newsclean.clean(page)
    for head, text in _SECTIONS:
        assert head in art.text
        assert text in art.text


def test_a_link_made_an_anchor_target_loses_what_a_script_drives_it_by():
    # a heading's link to itself, also copied by a script: made a place, it is no link any more
    from newsclean.density import is_link, make_anchor_target
    a = lxml.html.fragment_fromstring("<a href='#intro' onclick='copy(this.href)' tabindex='0' role='button' "
                                      "class='self'>Introduction</a>")
    assert is_link(a)
    make_anchor_target(a, "intro")
    assert not is_link(a)
    assert a.get("name") == "intro" and a.get("class") == "self"
