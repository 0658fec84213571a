"""The walks of issue 9's speedwalk6 round: the block walk's own end bookkeeping, skipped subtrees."""
from __future__ import annotations

import lxml.html

from newsclean.blocks import html_blocks


def _texts(html: str, **kw) -> list[str]:
    return [b.text for b in html_blocks(lxml.html.document_fromstring(html), **kw)[0]]


def test_a_skipped_subtree_is_not_read_but_its_tail_is() -> None:
    html = ("<html><body><p>Before <svg><g><text>icon words</text><path/></g></svg> after "
            "<button><span>Click</span> here</button> end</p><p>Next</p></body></html>")
    assert _texts(html) == ["Before after end", "Next"]  # (the button separates the words around it)


def test_a_skipped_subtree_closing_its_ancestors() -> None:
    # the svg is the last descendant of three elements: all three end after it, in order
    html = ("<html><body><div><blockquote><p>Quoted text<svg><g><path/></g></svg></p></blockquote>"
            "tail of quote</div><p>After</p></body></html>")
    blocks = html_blocks(lxml.html.document_fromstring(html))[0]
    assert [(b.text, b.kind) for b in blocks] == [("Quoted text", "quote"), ("tail of quote", "paragraph"),
                                                   ("After", "paragraph")]
    assert [el.tag for el in blocks[0].path] == ["html", "body", "div", "blockquote", "p"]


def test_a_data_table_is_one_block_and_the_walk_goes_on_after_it() -> None:
    html = ("<html><body><div><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
            "</div><p>After the table</p></body></html>")
    blocks = html_blocks(lxml.html.document_fromstring(html))[0]
    assert [(b.text, b.kind) for b in blocks] == [("a | b\nc | d", "table"), ("After the table", "paragraph")]


def test_nested_ends_flush_each_block_once_with_its_own_path() -> None:
    html = ("<html><body><ul><li>One <b>bold</b></li><li><p>Two</p></li></ul><div><div><span>deep"
            "</span></div></div>tail</body></html>")
    blocks = html_blocks(lxml.html.document_fromstring(html))[0]
    assert [(b.text, b.kind, b.tag) for b in blocks] == [
        ("One bold", "list_item", "li"), ("Two", "list_item", "p"), ("deep", "paragraph", "div"),
        ("tail", "paragraph", "body")]


def test_the_root_element_s_tail_is_read_as_before() -> None:
    root = lxml.html.fromstring("<div><p>Inside</p></div>")
    root.tail = " outside"
    assert [b.text for b in html_blocks(root)[0]] == ["Inside", "outside"]


def test_max_nodes_counts_only_walked_elements_not_skipped_ones() -> None:
    # 50 paths inside a skipped svg are not counted: the limit falls on the paragraphs only
    svg = "<svg>" + "<path/>" * 50 + "</svg>"
    html = f"<html><body>{svg}<p>one</p><p>two</p><p>three</p></body></html>"
    texts, cut = html_blocks(lxml.html.document_fromstring(html), max_nodes=5)  # html, body, svg, p, p
    assert [b.text for b in texts] == ["one", "two"] and cut


def test_comments_of_a_tree_built_by_hand_close_their_parents_and_are_not_read() -> None:
    # (pages are parsed without comments; a caller's tree may hold them: the walk reads none of a
    # comment, as lxml's iterwalk it replaced never gave them, and one last in its parent ends it)
    root = lxml.html.fromstring("<div><p>One<!--c--></p><!--d--><p>Two <b>bold<!--e--></b></p><!--last--></div>")
    blocks = html_blocks(root)[0]
    assert [(b.text, b.tag) for b in blocks] == [("One", "p"), ("Two bold", "p")]


def test_link_chars_count_every_link_s_whole_text_in_one_look() -> None:
    import lxml.etree as etree

    from newsclean.density import SubtreeCounts

    root = lxml.html.fromstring('<div><a href="/a">ab <b>cd</b></a> plain text <a>ef</a><p><a></a>gh</p></div>')
    counts = SubtreeCounts(root)
    assert counts.link_chars(root) == 6  # "ab", "cd" (inside the link's child), "ef"; tails are no link text
    first = root.find("a")
    assert SubtreeCounts(root).link_chars(first) == 4  # the element itself a link
    assert SubtreeCounts(root).link_chars(root.find("p")) == 0
    # a link inside a link (a tree built by hand) is counted with both, as el.iter("a") reads them
    outer = etree.fromstring("<div><a>xy<a>z</a></a></div>")
    assert SubtreeCounts(outer).link_chars(outer) == 4
    # the reads the budget sees: the links' text
    counts = SubtreeCounts(root, root_chars=100)
    counts.link_chars(root)
    assert counts.reads == len("ab cd" + "ef" + "")
