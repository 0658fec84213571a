"""Shortcuts of the locator (issue 9) give what the long way gives.

* The junk, prose and link totals of the candidates (the loops that add several
  totals at once) equal the sums of each block along its path in document
  order, on a page of whole-number link weights and on one with a fractional
  link weight (a linked Han text).
* The class and id each candidate read once answer later looks at the same
  elements as a new read does.
* A repeat is found whatever whitespace the text holds.
"""
from __future__ import annotations

import lxml.html

from newsclean.blocks import html_blocks
from newsclean.locator import Repeats
from newsclean.plugins.container.inside import AUTHOR_BOX_PARTS, FOOTNOTE_PARTS, class_and_id, named_on_path
from newsclean.plugins.container.scoring import _Feat, score_candidates

PROSE = "A paragraph of the story, long enough to count as prose. It goes on for a while."


def _page(extra: str) -> str:
    return f"""<html><body><div class="page"><article><h1>A headline of the story</h1>
<div class="body"><p>{PROSE}</p><p>Second one, with <a href="/x">a link in it</a>, and words after that link.</p>
<div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>
<p>Text inside the sidebar box, a sentence or two long. Still inside it.</p></div>{extra}</div></article>
<aside class="related widget"><div><a href="/c">A teaser headline here</a><p>Teaser text of it, short.</p></div>
</aside><div class="footer-notes" id="fn"><p>{PROSE}</p></div></div></body></html>"""


WHOLE = _page("<p>One more paragraph of prose here. It ends the story. Nothing is linked in it.</p>")
# a linked Han text: its weight (three per character) times its link share is no whole number
FRACTION = _page("<p>中文的段落，有几个句子。<a href='/z'>这里有一个链接啊</a>这里还有一句话。最后一句。</p>")


def _reference(feats, cands):
    """Each total the long way: every block added to every element of its path, in document order."""
    links = {el: 0.0 for el in cands}
    junk = dict(links)
    prose = dict(links)
    for f in feats:
        path = f.block.path
        p = f.nonlink if f.value > 0 else 0.0
        for i, el in enumerate(path):
            links[el] += f.link_weight
            inner = f.neg_at <= 0 or i >= f.neg_at
            junk[el] += f.link_weight if inner else f.weight
            if inner:
                prose[el] += p
    return links, junk, prose


def _check(html: str, whole: bool) -> None:
    blocks = html_blocks(lxml.html.document_fromstring(html))[0]
    feats = [_Feat(b) for b in blocks]
    assert all(f.link_weight.is_integer() for f in feats) is whole  # the page takes the way meant
    cands = score_candidates(feats)
    assert any(f.neg_at > 0 for f in feats)  # blocks below a negative element too
    links, junk, prose = _reference(feats, cands)
    for el, c in cands.items():
        assert (c.links, c.junk, c.prose) == (links[el], junk[el], prose[el]), el


def test_totals_summed_up_the_tree_equal_each_path_in_order():
    _check(WHOLE, whole=True)


def test_a_fractional_link_weight_takes_each_path_in_order():
    _check(FRACTION, whole=False)


def test_the_class_and_id_each_candidate_read_answer_later_looks():
    html = _page("<div class='author-box'><p>Jane Roe writes about bridges and roads.</p></div>")
    blocks = html_blocks(lxml.html.document_fromstring(html))[0]
    feats = [_Feat(b) for b in blocks]
    known = score_candidates(feats)
    for f in feats:
        for el in f.block.path:
            assert class_and_id(el, known) == (el.get("class"), el.get("id"))
        for parts in (AUTHOR_BOX_PARTS, FOOTNOTE_PARTS):
            assert named_on_path(f.block.path, parts, known) is named_on_path(f.block.path, parts)
    assert any(named_on_path(f.block.path, AUTHOR_BOX_PARTS, known) is not None for f in feats)
    stray = lxml.html.fragment_fromstring("<div class='footnotes' id='n'>x</div>")  # no candidate: read now
    assert class_and_id(stray, known) == ("footnotes", "n")


def test_a_repeat_is_found_whatever_whitespace_it_holds():
    text = "The gallery caption of the bridge at dawn, seen from the river bank"
    for copy in (text, text.replace(" ", "\u00a0"), text.replace(" ", "\t"), text.upper().replace(" ", "  \n")):
        seen = Repeats()
        assert not seen.repeats(text, "a")
        assert seen.repeats(copy, "b"), repr(copy)
    seen = Repeats()
    short = "Short line under forty characters"
    assert not seen.repeats(short, "a") and not seen.repeats(short, "b")  # too short to be a repeat
