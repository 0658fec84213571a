"""Issue 9 (speed, blocks walk and block steps): what the speed work must keep (walk, candidates, lexicons)."""
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


def _first_by_each(lexicons: object, text: str) -> "str | None":
    """The plain reading of ``Lexicons.first_opening``: each lexicon asked in turn."""
    for name, lex, sep in lexicons._named:  # type: ignore[attr-defined]
        if lex.opens(text, sep=sep):
            return name
    return None


def test_first_opening_answers_as_asking_each_lexicon_in_turn() -> None:
    from newsclean.plugins import appeals, notices
    from newsclean.plugins.inbody import Lexicon, Lexicons

    # terms opening lines with a separator, a word, glued letters, nothing; terms of one lexicon
    # that begin with a term of an earlier one (the earlier lexicon must win when it opens the line)
    shared = Lexicons((("a", Lexicon(["mit material", "von"]), True), ("b", Lexicon(["mit", "v"]), False),
                       ("c", Lexicon(["mit material von", "图"]), False)))
    for lexicons in (appeals._APPEALS, notices._NOTICES, shared):
        terms = [t for _, lex, _ in lexicons._named for t in lex.whole_terms]
        lines = ["", "  ", "plain prose of a paragraph.", "图", "图/新华社", "v", "von: dpa", "von dpa",
                 "Mit Material von dpa", "mit material: dpa", "mitmaterial", "mit", "Mit: x"]
        for t in terms:
            lines += [t, t.upper(), f"{t}: x", f"{t} | x", f"{t} x", f"{t}x", f"{t}1", f"• {t}", t[:2], t[:-1]]
        for line in lines:
            assert lexicons.first_opening(line) == _first_by_each(lexicons, line), (line, lexicons)


def test_a_block_ending_at_an_element_met_inside_a_deeper_path_gets_that_elements_chain() -> None:
    from newsclean.plugins.container.scoring import _Feat, score_candidates

    root = lxml.html.fromstring(
        "<div id='main'><section><p>First paragraph of the story, long enough to be worth something.</p>"
        "Text right in the section, after its paragraph, long enough to count as well.</section>"
        "<p>Second paragraph of the story, in the main column, with a sentence.</p>"
        "Loose text of the main column itself, closing the story with a sentence.</div>")
    blocks, _ = html_blocks(root)
    # the second block's path ends at the <section>, the fourth's at the <div>: both met first inside
    # the first block's path
    assert [len(b.path) for b in blocks] == [3, 2, 2, 1]
    feats = [_Feat(b) for b in blocks]
    cands = score_candidates(feats)
    div, section, p1, p2 = root, root[0], root[0][0], root[1]
    assert set(cands) == {div, section, p1, p2}
    assert cands[div].parent is None and cands[section].parent is cands[div]
    assert cands[p1].parent is cands[section] and cands[p2].parent is cands[div]
    assert [c.el for c in cands[div].children] == [section, p2] and [c.el for c in cands[section].children] == [p1]
    assert cands[div].text == sum(f.weight for f in feats)
    assert cands[section].text == feats[0].weight + feats[1].weight
    assert cands[section].prose == cands[p1].prose + feats[1].nonlink



def test_a_lexicon_reads_a_line_alike_before_and_after_its_fold_is_cached() -> None:
    from newsclean.plugins.inbody import Lexicon, Lexicons
    from newsclean.text import clear_caches

    lex = Lexicon(["Mit Material von", "ＡＰ", "İstanbul"])
    both = Lexicons((("x", lex, False),))
    for line, whole, opens in (("mit material von", True, True), ("AP", True, True), ("istanbul", True, True),
                               ("Mit Material von dpa", False, True), ("material", False, False)):
        clear_caches()
        for _ in range(2):  # the first reading folds the line, the second finds it folded
            assert lex.whole(line) is whole, line
            assert (both.first_opening(line) == "x") is opens, line
