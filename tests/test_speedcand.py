"""Fast paths of the locator (issue 9): totals summed up the candidate tree once give what
adding each block to every element of its path gives."""
from __future__ import annotations

import lxml.html

from newsclean.blocks import html_blocks
from newsclean.plugins.content import _Feat, score_candidates

_PAGE = """<html><body>
<div class="page"><article><h1>A headline of the story</h1>
<div class="body"><p>First paragraph of the story, long enough to count as prose. It goes on.</p>
<p>Second paragraph, with <a href="/x">a link in it</a>, and more words after that link.</p>
<div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>
<p>Text inside the sidebar box, a sentence or two long. Still inside it.</p></div>
<p>中文的段落，有几个句子。这里还有一句。</p></div></article>
<aside class="related widget"><div><a href="/c">A teaser headline here</a><p>Teaser text of it.</p></div></aside>
</div></body></html>"""


def _feats():
    blocks = html_blocks(lxml.html.document_fromstring(_PAGE))[0]
    feats = [_Feat(b) for b in blocks]
    # the first link list item stands for a block an earlier step dropped
    dropped = [_Feat(b, light=True) for b in blocks if b.text == "Other story one"]
    feats = [f for f in feats if f.block.text != "Other story one"]
    return feats, dropped


def test_totals_summed_up_the_tree_match_each_path():
    feats, dropped = _feats()
    cands = score_candidates(feats, dropped)
    assert any(f.bad for f in feats) and dropped[0].bad  # the page has link-dense blocks of both kinds
    for el, c in cands.items():
        below = [f for f in feats if el in f.block.path]
        assert c.text == sum(f.weight for f in below)
        assert c.linked == any(f.bad for f in below + [d for d in dropped if el in d.block.path])


def test_each_block_knows_its_outermost_negative_element():
    feats, dropped = _feats()
    cands = score_candidates(feats, dropped)
    negative = [f for f in feats if f.neg_at >= 0]
    assert negative and len(negative) < len(feats)  # the sidebar's and the aside's blocks
    for f in feats:
        chain = [cands[el] for el in f.block.path]
        assert f.neg_at == next((i for i, c in enumerate(chain) if c.hint < 1.0), -1)
