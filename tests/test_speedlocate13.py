"""Speed round 13 (issue 9): the block walk hands the attributes it reads to the locator; blocks,
removals and checkpoints made without the slow paths give the same objects."""
from __future__ import annotations

import dataclasses

import lxml.html

from newsclean import Cleaner, Step, hookimpl
from newsclean.article import Removal
from newsclean.blocks import html_blocks
from newsclean.document import Block, Document, _removal
from newsclean.locator import ATTRIBUTES_KEY
from newsclean.plugins.content import _Feat, score_candidates

_PAGE = """<html><body>
<div class="page" id="top" data-x="a long data value that is read by nobody"><article itemprop="articleBody">
<h1 id="the-headline" class="title">A headline of the story</h1>
<div class="entry-content" role="main"><p>First paragraph of the story, long enough to count as prose. It goes on.</p>
<p title="no class, no id">Second paragraph, with <a href="/x">a link in it</a>, and more words after that link.</p>
<div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>
<p>Text inside the sidebar box, a sentence or two long. Still inside it.</p></div>
<section itemprop="comment"><p>中文的段落，有几个句子。这里还有一句。</p></section></div></article>
<aside class="related widget"><div><a href="/c">A teaser headline here</a><p>Teaser text of it.</p></div></aside>
</div></body></html>"""


def test_the_walk_records_class_id_and_itemprop_of_every_element_on_a_path():
    attributes: dict = {}
    blocks = html_blocks(lxml.html.document_fromstring(_PAGE), attributes=attributes)[0]
    on_paths = {el for b in blocks for el in b.path}
    assert set(attributes) == on_paths
    for el, got in attributes.items():
        assert got == (el.get("class"), el.get("id"), el.get("itemprop"))
    h1 = next(el for el in on_paths if el.tag == "h1")
    assert attributes[h1] == ("title", "the-headline", None)  # a heading's id: recorded, though it is no token
    assert "the-headline" not in next(b for b in blocks if b.kind == "heading").tokens
    # without the mapping, the same blocks
    again = html_blocks(lxml.html.document_fromstring(_PAGE))[0]
    assert [(b.text, b.kind, b.tag, b.tokens, len(b.path)) for b in again] == \
        [(b.text, b.kind, b.tag, b.tokens, len(b.path)) for b in blocks]


def _facts(cands):
    return {el.tag + str(c.depth): (c.tag, c.cls, c.ident, c.hint, c.is_article, c.text, c.conc, c.negative)
            for el, c in cands.items()}


def test_candidates_from_the_walks_attributes_are_those_read_from_the_elements():
    attributes: dict = {}
    blocks = html_blocks(lxml.html.document_fromstring(_PAGE), attributes=attributes)[0]
    feats = [_Feat(b) for b in blocks]
    read = score_candidates(feats)
    given = score_candidates([_Feat(b) for b in blocks], attributes=attributes)
    assert _facts(given) == _facts(read)
    assert any(c.is_article for c in given.values())  # itemprop="articleBody" taken from the walk
    assert any(c.hint < 1.0 for c in given.values()) and any(c.hint > 1.0 for c in given.values())
    # an element the walk did not record (here: all of them) is read from the tree
    partial = {el: v for el, v in attributes.items() if el.tag != "article"}
    assert _facts(score_candidates([_Feat(b) for b in blocks], attributes=partial)) == _facts(read)


class _Peek:
    """A plugin whose step, just before the locator, keeps what the walk left in ``doc.state``."""

    name = "peek"

    def __init__(self) -> None:
        self.seen: dict = {}

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("peek", lambda doc: self.seen.update(doc.state.get(ATTRIBUTES_KEY) or {}), order=499))


def test_the_pipeline_leaves_the_walks_attributes_to_the_steps():
    peek = _Peek()
    article = Cleaner(plugins=[peek]).clean(_PAGE)
    assert article.paragraphs
    assert ("entry-content", None, None) in peek.seen.values()
    assert all(isinstance(el.tag, str) for el in peek.seen)


def test_removals_made_by_the_document_are_removals():
    fast = _removal("ad", "ads:blocks", "why", "text", "region")
    slow = Removal("ad", "ads:blocks", "why", "text", "region")
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert type(fast) is Removal and dataclasses.astuple(fast) == dataclasses.astuple(slow)
    doc = Document(input_kind="text", text="x")
    doc.current_step = "p:s"
    b = Block(0, "some text")
    assert doc.drop(b, "spam", "a reason", "footer")
    doc.record("nav", "pruned", "menu text")
    assert b.dropped == Removal("spam", "p:s", "a reason", "some text", "footer")
    assert doc.removed == [Removal("nav", "p:s", "pruned", "menu text", "")]


def test_blocks_of_the_walk_are_whole_blocks():
    b = html_blocks(lxml.html.document_fromstring("<html><body><p>One, two.</p></body></html>"))[0][0]
    made = Block(b.index, b.text, b.kind, b.tag, b.level, b.link_chars, b.path, b.tokens)
    assert [getattr(b, f) for f in Block.__slots__] == [getattr(made, f) for f in Block.__slots__]


def test_a_steps_qualname_follows_its_plugin():
    s = Step("lines", lambda doc: None)
    assert s.qualname == "lines"
    t = dataclasses.replace(s, plugin="acme")
    assert t.qualname == "acme:lines" and s.qualname == "lines"
    assert t == dataclasses.replace(t) and "qualname=" not in repr(t)


def test_a_checkpoint_copies_the_mappings_a_step_may_change():
    doc = Document(input_kind="text", text="x")
    doc.state["a"] = 1
    doc.extra["e"] = 2
    doc.meta.propose("title", "T")
    cp = doc.checkpoint()
    doc.state["a"] = 5
    doc.extra.clear()
    doc.meta.propose("title", "U", score=9)
    doc.rollback(cp)
    assert doc.state == {"a": 1} and doc.extra == {"e": 2} and doc.meta.get("title") == "T"
