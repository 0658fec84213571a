"""Vocabulary helpers shared by plugins: token matching and marked boxes."""
from __future__ import annotations

import re

from newsclean import Options
from newsclean.blocks import html_blocks
from newsclean.load import load
from newsclean.patterns import OpeningGate, any_token, marked_boxes

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


def test_the_token_sets_of_a_page_are_not_held_after_it() -> None:
    """The look-up of token sets by identity is the page's own: a long batch does not keep every
    page's sets alive (memory that grew with each page until the cache's cap)."""
    import newsclean
    from newsclean import patterns

    boxes = "".join(f"<div class='box-{i} ad-slot-{i}'><p>Paragraph {i} of the story, long enough "
                    f"to read as prose in the body of the page.</p></div>" for i in range(60))
    newsclean.clean(f"<html><body><article><h1>A title</h1>{boxes}</article></body></html>")
    assert len(patterns._BY_ID) >= 60  # (the page's sets were looked up by identity)
    newsclean.clean("<html><body><p>A second, tiny page with one paragraph only.</p></body></html>")
    assert len(patterns._BY_ID) < 10


def test_opening_gate_reads_ascii_openings_as_the_pattern_does():
    # (the gate answers ASCII characters from a table worked out once: the same answers as the pattern)
    words = re.compile(r"(?:subscribe|follow|\d+ views)", re.I)
    gate = OpeningGate(words, lead=3)
    for text in ("Subscribe now", "  follow us", "-- FOLLOW", "12 views", "\u0130nvented", "\u212aelvin"):
        assert gate(text), text
    for text in ("Weather today", "#a subscribe", "xyz", "", "----"):
        assert not gate(text), text
    lead = re.compile(r"^[\s\W_]{0,3}(?:subscribe|follow|\d+ views)", re.I)
    for text in ("Subscribe now", "  follow us", "-- FOLLOW", "12 views", "Weather today", "xyz", "----"):
        assert gate(text) == bool(lead.match(text)), text
    skipping = OpeningGate(words, skip="|·")
    assert skipping("| · Follow") and skipping("3 views")
    assert not skipping("| Weather") and not skipping("|·|")
