"""Vocabulary helpers shared by plugins: token matching and marked boxes."""
from __future__ import annotations

from newsclean import Options
from newsclean.blocks import html_blocks
from newsclean.load import load
from newsclean.patterns import any_token, marked_boxes

HTML = """<html><body>
<div class="article-body"><p>Body text one.</p><p>Body text two.</p></div>
<div class="share-bar"><p><a href="#">Tweet</a></p><p class="inner">Email</p></div>
<div class="share-embed"><p>Embedded post.</p></div>
</body></html>"""


def blocks():
    return html_blocks(load(HTML, None, Options()).tree)[0]


def test_any_token_matches_token_parts_only():
    assert any_token(("article-share-bar",), {"share"}) == "article-share-bar"
    assert any_token(("header",), {"ad"}) is None


def test_marked_boxes_group_blocks_under_nearest_marked_ancestor():
    boxes = marked_boxes(blocks(), {"share"})
    assert [(b.token, [x.text for x in b.blocks]) for b in boxes] == [
        ("share-bar", ["Tweet", "Email"]), ("share-embed", ["Embedded post."])]
    assert boxes[0].chars == len("TweetEmail")


def test_marked_boxes_accept_can_veto_an_element():
    boxes = marked_boxes(blocks(), {"share"}, accept=lambda toks: "share-embed" not in toks)
    assert [b.token for b in boxes] == ["share-bar"]
