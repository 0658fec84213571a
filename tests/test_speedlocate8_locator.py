"""Shortcuts of the locator (issue 9) give what the long way gives.

* A candidate's hint and ``is_article``, worked out in its constructor without
  ``_hint_of`` when it has no ``itemprop``, equal ``hint_factor`` of its element.
* A block's own element found from the end of its path without a call is
  ``_owner_index`` of the path; a light feat reads the same link share as the
  block's ``link_density``.
* ``region_of``, which looks its tokens' regions up itself, names the region the
  per-token answers name.
* The container choice skips ``score()`` only where it is 0.
* The teaser cards inside the container, found with one look at each element's
  siblings, are still found when headlines share ancestors, and only alike
  siblings make a group.
* The scrambled-text filter passes every token set that names scrambling.
"""
from __future__ import annotations

import lxml.html

from newsclean.blocks import html_blocks
from newsclean.document import Block
from newsclean.plugins import content
from newsclean.plugins.container import scoring
from newsclean.plugins.container.choice import _choose
from newsclean.plugins.container.inside import cards_inside
from newsclean.plugins.container.scoring import (ARTICLE_PROPS, _Cand, _Feat, _owner_index, _token_region,
                                                 hint_factor, region_of)

PROSE = "A paragraph of the story, long enough to count as prose. It goes on for a while, too."


def test_a_candidates_hint_is_hint_factor_of_its_element():
    snippets = ['<div>x</div>', '<article>x</article>', '<main>x</main>', '<div class="sidebar-wrap">x</div>',
                '<div id="comments">x</div>', '<div class="widget">x</div>', '<div class="article-body">x</div>',
                '<article class="widget">x</article>', '<main id="x" class="">x</main>',
                '<div itemprop="articleBody" class="sidebar">x</div>', '<div itemprop="author">x</div>',
                '<article itemprop="">x</article>', '<div itemprop="ArticleText">x</div>',
                '<section data-x="1">x</section>', '<div class="rightRail">x</div>',
                '<div class="content" id="sidebar">x</div>', '<div class="">x</div>']
    for html in snippets:
        el = lxml.html.fragment_fromstring(html)
        c = _Cand(el, None, 0)
        assert c.hint == hint_factor(el), html
        prop = el.get("itemprop")
        assert c.is_article == (el.tag == "article" or bool(prop and prop.lower() in ARTICLE_PROPS)), html
        assert (c.tag, c.cls, c.ident) == (el.tag, el.get("class"), el.get("id")), html


def test_a_blocks_own_element_and_link_share_are_read_as_the_long_way_reads_them():
    root = lxml.html.document_fromstring(
        f"<html><body><div><p>{PROSE} <a href='/a'>a link</a></p><span>an inline run of text, no block"
        f" around it but the div</span><p>Text<br>after a break <b>in bold</b></p></div></body></html>")
    blocks, _ = html_blocks(root)
    assert blocks
    for b in blocks:
        assert _Feat(b).own == _owner_index(b.path)
        assert _Feat(b, light=True).bad == (b.link_density >= scoring.LINK_LIST_DENSITY)
    inline_end = lxml.html.fragment_fromstring("<div><span><b>x</b></span></div>")
    path = (inline_end, inline_end[0], inline_end[0][0])
    assert _Feat(Block(0, "x", path=path)).own == _owner_index(path) == 0
    assert _Feat(Block(0, "x")).own == _owner_index(()) == -1


def test_region_of_names_the_region_of_its_first_naming_token():
    for toks in ({"main", "sidebar-box", "ad-slot"}, {"story", "text"}, {"comments", "nav"}, set(),
                 {"is-open", "has-sidebar"}, {"footer"}):
        key = frozenset(toks)
        naming = sorted(t for t in key if _token_region(t))
        assert region_of(key) == (_token_region(naming[0]) if naming else "")
        assert region_of(key) == region_of(key)  # (and again, from the cache)


def test_the_choice_skips_only_candidates_worth_nothing():
    root = lxml.html.fragment_fromstring("<div><div>x</div><div>y</div></div>")
    top = _Cand(root, None, 0)
    a, b = _Cand(root[0], top, 1), _Cand(root[1], top, 1)
    top.children = [a, b]
    a.text = b.text = top.text = 100.0
    assert _choose([], {root: top, root[0]: a, root[1]: b}) == (None, [])  # no value anywhere: no container
    b.conc = 50.0
    assert b.score() > 0 and a.score() == 0.0
    el, members = _choose([], {root: top, root[0]: a, root[1]: b})
    assert el is root  # (b is the best; with nothing beside it, it climbs to its parent)
    b.conc, a.conc = 0.0, 50.0
    assert _choose([], {root: top, root[0]: a, root[1]: b})[0] is root


def _cards_page(cards: str) -> str:
    return f"""<html><body><div id="c"><h1>The title of the story</h1><p>{PROSE}</p><p>{PROSE}</p>
<p>{PROSE}</p><p>{PROSE}</p>{cards}<p>{PROSE}</p></div></body></html>"""


def _card(i: int, cls: str = "card") -> str:
    return f"<div class='{cls}'><div class='inner'><h3><a href='/s{i}'>Teaser headline {i}</a></h3></div></div>"


def _inside(html: str):
    root = lxml.html.document_fromstring(html)
    blocks, _ = html_blocks(root)
    feats = [_Feat(b) for b in blocks]
    return root.get_element_by_id("c"), feats


def test_cards_whose_headlines_share_ancestors_are_found():
    container, feats = _inside(_cards_page("".join(_card(i) for i in range(4))))
    got = cards_inside(feats, container)
    heads = {id(f) for f in feats if "Teaser headline" in f.block.text}
    assert len(heads) == 4 and got == heads
    # (each headline's own wrapper, ``div.inner``, is alike no sibling: the card above it is)


def test_only_alike_siblings_make_a_group_of_cards():
    container, feats = _inside(_cards_page(_card(0) + _card(1, "one") + _card(2, "two")))
    assert cards_inside(feats, container) == set()  # no two alike: no group
    container, feats = _inside(_cards_page(_card(0) + _card(1) + _card(2, "one") + _card(3, "two")))
    got = cards_inside(feats, container)
    assert {f.block.text for f in feats if id(f) in got} == {f"Teaser headline {i}" for i in range(2)}


def test_every_token_set_naming_scrambling_passes_the_filter():
    for toks in ({"obfuscated"}, {"x", "text-scrambled"}, {"encrypted-body"}):
        assert content._may_be_scrambled(frozenset(toks), {})
    assert not content._may_be_scrambled(frozenset({"story", "body"}), {})


def test_forms_are_looked_for_up_the_path_of_blocks_beside_a_form_less_container():
    from newsclean.plugins.container.inside import forms_inside
    # a page wrapped whole in a form (as some frameworks do): the container holds no form, a block
    # beside it (a member joined as a sibling) is below the page's form, the container's are not
    root = lxml.html.document_fromstring(
        f"<html><body><form><div id='c'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<div id='side'><p>Sign up for the letter.</p></div></form></body></html>")
    container = root.get_element_by_id("c")
    blocks, _ = html_blocks(root)
    feats = [_Feat(b) for b in blocks]
    got = forms_inside(feats, container)
    assert {f.block.text for f in feats if id(f) in got} == {"Sign up for the letter."}
    # a form below the container: its block goes, the prose stays
    root = lxml.html.document_fromstring(
        f"<html><body><div id='c'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
        f"<form><p>Your e-mail, please.</p><input type='text'></form></div></body></html>")
    container = root.get_element_by_id("c")
    feats = [_Feat(b) for b in html_blocks(root)[0]]
    got = forms_inside(feats, container)
    assert {f.block.text for f in feats if id(f) in got} == {"Your e-mail, please."}
