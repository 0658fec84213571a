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


def _hidden_step_doc(html: str, monkeypatch=None, cap: int | None = None):
    from newsclean.load import load
    from newsclean.options import Options
    from newsclean.plugins import chrome

    if cap is not None:
        monkeypatch.setattr(chrome, "ALIVE_MAX", cap)
    doc = load(html, None, Options())
    chrome.hidden_step(doc)
    return doc, chrome


def test_the_scan_keeps_the_walked_elements_alive_for_later_walks():
    html = ("<html><body><div id='a'><p>One <b>bold</b> line.</p><div hidden><p>gone</p></div></div>"
            "<p>Two <a href='/x'>links</a> here.</p></body></html>")
    doc, chrome = _hidden_step_doc(html)
    alive = doc.state[chrome._STATE_ALIVE]
    body = doc.tree.find("body")
    kept = {id(el) for el in alive}
    # the elements still in the page are the same objects a later walk gets
    assert all(id(el) in kept for el in body.iter() if el is not body)
    assert all(el.tag != "p" or el.text != "gone" for el in body.iter())  # the hidden one still went


def test_the_kept_elements_are_bounded(monkeypatch):
    html = "<html><body>" + "".join(f"<p>para {i}.</p>" for i in range(50)) + "</body></html>"
    doc, chrome = _hidden_step_doc(html, monkeypatch, cap=10)
    assert len(doc.state[chrome._STATE_ALIVE]) == 10


def test_bytes_attribute_names_read_what_str_names_read():
    # the walks read class/id/role/itemprop with bytes names: the same values, as str
    el = lxml.html.fragment_fromstring('<div class="Kopf ünter 正文" id="x" data-role="r">t</div>')
    el.set("{urn:x}class", "namespaced")
    for name in ("class", "id", "role", "itemprop"):
        assert el.get(name.encode()) == el.get(name)
    assert isinstance(el.get(b"class"), str) and el.get(b"class") == "Kopf ünter 正文"
    blocks = html_blocks(lxml.html.document_fromstring('<html><body><p class="Fuß" role="note">x</p></body></html>'))[0]
    assert blocks[0].tokens == frozenset(("fuß", "note"))


def test_candidates_keep_their_class_and_cards_are_grouped_by_it():
    # the class each candidate read for its hint is kept, and teaser cards are grouped by it:
    # three alike linked cards make a card list, three cards of three classes do not
    from newsclean.plugins.container.scoring import CARD_FACTOR

    card = "<div class='{}'><a href='/{}'>A teaser headline number {}</a><p>Blurb of the teaser, short.</p></div>"
    prose = "<p>" + "A long paragraph of the story with sentences. " * 4 + "</p>"
    for classes, is_list in ((("card",) * 3, True), (("one", "two", "three"), False)):
        cards = "".join(card.format(c, i, i) for i, c in enumerate(classes))
        page = f"<html><body><div class='story'>{prose}</div><section>{cards}</section></body></html>"
        blocks = html_blocks(lxml.html.document_fromstring(page))[0]
        cands = score_candidates([_Feat(b) for b in blocks])
        for el, c in cands.items():
            assert c.cls == el.get("class")
        section = next(c for el, c in cands.items() if el.tag == "section")
        assert (section.hint == CARD_FACTOR) is is_list
