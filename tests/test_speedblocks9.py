"""Issue 9 (speed, blocks walk and block steps): the shortcuts give the same blocks as the plain reading."""
from __future__ import annotations

from lxml import etree
import lxml.html

from newsclean.blocks import html_blocks


def _read(root: etree._Element, max_nodes: int = 200_000) -> list[tuple[str, str, list[str]]]:
    blocks, _ = html_blocks(root, max_nodes)
    base = root.getroottree().getpath(root)  # (paths below the root, "/" for the root)
    return [(b.text, b.kind, [root.getroottree().getpath(e)[len(base):] or "/" for e in b.path]) for b in blocks]


def test_an_element_ends_after_its_last_child_whatever_node_that_is() -> None:
    # comments as last children (of a <b>, a <p>, a <li>, the root's <div>): each closes its
    # parent, so the text after them goes to the right block
    root = lxml.html.fromstring(
        "<div><p>one<b>two<!--c--></b><!--d--></p>tail<span>x<!--z--></span>y"
        "<ul><li>i1</li><li>i2<!--q--></li></ul><p>last</p><!--end--></div>")
    assert _read(root) == [
        ("onetwo", "paragraph", ["/", "/p[1]"]),
        ("tailxy", "paragraph", ["/"]),
        ("i1", "list_item", ["/", "/ul", "/ul/li[1]"]),
        ("i2", "list_item", ["/", "/ul", "/ul/li[2]"]),
        ("last", "paragraph", ["/", "/p[2]"]),
    ]


def test_entities_and_processing_instructions_close_their_parents_too() -> None:
    parser = etree.XMLParser(resolve_entities=False)
    root = etree.fromstring(b'<!DOCTYPE div [<!ENTITY e "x">]><div><p>a &e;</p><p>b<?pi x?></p>c'
                            b'<p><i>d<?pi y?></i>&e;</p>e</div>', parser)
    assert _read(root) == [
        ("a", "paragraph", ["/", "/p[1]"]),
        ("b", "paragraph", ["/", "/p[2]"]),
        ("c", "paragraph", ["/"]),
        ("d", "paragraph", ["/", "/p[3]"]),  # (read when its <p> ends: the <i> is closed)
        ("e", "paragraph", ["/"]),
    ]


def test_skipped_subtrees_and_the_node_limit_keep_the_walk_in_step() -> None:
    root = lxml.html.fromstring(
        "<div><p>a<script>x<b>no</b></script></p>b<table><tr><td>1</td><td>2</td></tr>"
        "<tr><td>3</td><td>4</td></tr></table>c<p>d</p></div>")
    assert [t for t, _, _ in _read(root)] == ["a", "b", "1 | 2\n3 | 4", "c", "d"]
    # div, p, script and table count one node each (the walk does not go into them): it stops at the last <p>
    cut, truncated = html_blocks(root, 4)
    assert truncated and [b.text for b in cut] == ["a", "b", "1 | 2\n3 | 4", "c"]
