"""Fast paths of the metadata readers and the locator's scoring give what the plain code gives.

Each test compares a rewritten reader with a plain reference (an XPath, a walk)
on pages built to reach the awkward cases: values holding the separator the
fast path joins them with, many hits, one query's reading shared with another.
"""
from __future__ import annotations

import random

import lxml.etree as etree
import lxml.html
import pytest

from newsclean.plugins import htmlmeta
from newsclean.plugins.declared import elements

WORDS = ("author", "Byline", "autor", "writer", "date", "time", "meta", "fecha", "row", "x", "contributor", "")


def _plain(body: object, words: tuple[str, ...]) -> list[object]:
    """The reference: every descendant whose class holds a word, by a walk."""
    return [el for el in body.iter() if el is not body and any(w in (el.get("class") or "") for w in words)]


def _page(seed: int, n: int) -> str:
    rnd = random.Random(seed)
    parts = []
    for i in range(n):
        cls = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 3)))
        if rnd.random() < 0.1:
            cls = cls.replace(" ", "\n", 1) + "\n"  # the separator of the joined values, inside a value
        attr = f' class="{cls}"' if rnd.random() < 0.8 else ""
        parts.append(f"<div{attr}><span>t{i}</span>" if rnd.random() < 0.3 else f"<p{attr}>t{i}</p>")
        if parts[-1].startswith("<div"):
            parts.append("<!-- c --></div>")
    return "<html><body class='author'>" + "".join(parts) + "</body></html>"


@pytest.mark.parametrize("seed", range(12))
def test_class_queries_match_a_walk_on_generated_pages(seed: int) -> None:
    for parser in (lxml.html.HTMLParser(), etree.HTMLParser(remove_comments=False)):
        body = etree.fromstring(_page(seed, 20 + 15 * seed), parser).find("body")
        shared = elements.ClassedElements(body)
        byline_words = tuple(w[1:] for w in elements.AUTHOR_CLASS_WORDS)
        for query, words in ((htmlmeta._DATE_CLASSED, elements.DATE_CLASS_WORDS),
                             (htmlmeta._BYLINE_CLASSED, byline_words)):
            want = _plain(body, words)
            assert list(query(body)) == want
            assert list(query(body, shared)) == want  # a reading shared by both queries


def test_many_hits_are_all_found_in_order() -> None:
    # more than MAX_CLASSED_LOOKUPS hits: the later ones come from the list of all classed elements
    n = elements.MAX_CLASSED_LOOKUPS * 3
    items = "".join(f"<p class='other'>o</p><p class='c-author-{i}'>a{i}</p>" for i in range(n))
    body = lxml.html.fromstring(f"<html><body>{items}</body></html>").find("body")
    got = list(htmlmeta._BYLINE_CLASSED(body))
    assert [el.get("class") for el in got] == [f"c-author-{i}" for i in range(n)]


def test_a_page_without_the_words_finds_nothing_and_an_empty_class_never_matches() -> None:
    body = lxml.html.fromstring("<html><body><p class=''>a</p><p class='x'>b</p><p>c</p></body></html>").find("body")
    assert list(htmlmeta._BYLINE_CLASSED(body)) == []
    assert list(htmlmeta._DATE_CLASSED(body)) == []
    empty = lxml.html.fromstring("<html><body></body></html>").find("body")
    assert list(htmlmeta._DATE_CLASSED(empty)) == []


HEAD_PAGE = """<html><head><title> The  story </title><meta property='og:title' content='OG title'>
<meta name='author' content=' Jane   Doe '><meta property='og:site_name' name='application-name' content='Site'>
<script type='application/ld+json'>{"@type": "NewsArticle", "headline": "The story",
"datePublished": "2024-03-02"}</script>
</head><body><h1>The story</h1><p>Body text of the story, long enough to be read as prose here.</p>
<svg><title>drawn</title></svg><meta name='author' content='Late One'></body></html>"""


def test_the_head_walk_is_shared_only_while_the_tree_is_untouched() -> None:
    from newsclean.document import Document, Removal
    from newsclean.plugins.declared.head import head_elements

    root = lxml.html.document_fromstring(HEAD_PAGE)
    doc = Document(input_kind="html", tree=root)
    first = head_elements(doc)
    assert head_elements(doc) is first  # the second reader takes the first walk
    assert [m[0].get("content") for m in first.metas] == [el.get("content") for el in root.iter("meta")]
    assert first.title_text() == "The story" and first.first_h1.text == "The story"
    svg_title = root.find(".//svg/title")
    svg_title.getparent().remove(svg_title)  # a step prunes the tree and records it ...
    doc.removed.append(Removal("chrome", "x:y", "test", "drawn"))
    again = head_elements(doc)
    assert again is not first and len(again.order) == len(first.order) - 1  # ... the next reader walks again
    other = Document(input_kind="html", tree=lxml.html.document_fromstring(HEAD_PAGE))
    other.state.update(doc.state)  # another tree never reads this one's walk
    assert head_elements(other).tree is other.tree


def test_title_head_reads_the_same_with_and_without_htmlmeta() -> None:
    import newsclean

    full = newsclean.Cleaner().clean(HEAD_PAGE)
    alone = newsclean.Cleaner(disable=["htmlmeta"]).clean(HEAD_PAGE)
    assert full.title == alone.title == "The story"
    assert full.authors == ["Jane Doe", "Late One"]  # (every author meta, in page order)


# The start of a script's text, as the untyped JSON-LD test reads it (XPath normalize-space()
# strips only XML whitespace; an NBSP or a BOM before the brace is no whitespace to it).
UNTYPED_STARTS = [
    '{"@context": "https://schema.org", "@type": "NewsArticle"}',
    '\n\t  [{"@context":"http://schema.org","@type":"Article"}]',
    '  \r\n {"@context": "https://schema.org"}',
    '\u00a0{"@context": "https://schema.org"}',
    '\ufeff{"@context": "https://schema.org"}',
    ' ' * 19 + '{"@context": "https://schema.org"}',
    ' ' * 20 + '{"@context": "https://schema.org"}',
    '{"a": "' + 'x' * 100 + '", "@context": "https://schema.org"}',  # "@context" past 120 characters
    '{"@context": "https://' + 'x' * 130 + 'schema.org"}',  # "schema.org" past 160 characters
    '{"@context": "https://' + '文' * 100 + 'schema.org"}',  # characters, not bytes
    '{"@context": "https://' + '文' * 120 + 'schema.org"}',
    '{"@context": "https://example.org/vocab"}',
    'window.data = {"@context": "https://schema.org"};',
    '',
    '   ',
]


@pytest.mark.parametrize("text", UNTYPED_STARTS)
def test_untyped_jsonld_reads_the_text_as_the_xpath_does(text: str) -> None:
    from newsclean.plugins.declared.jsonld import _JSONLD_START, _untyped_jsonld

    root = lxml.html.document_fromstring("<html><body><script></script></body></html>")
    script = root.find(".//script")
    script.text = text or None
    assert _untyped_jsonld(script) == bool(_JSONLD_START(script))
    script.set("type", "text/javascript")
    assert not _untyped_jsonld(script)  # a typed script is read by its type, not here


def test_untyped_jsonld_is_found_and_read() -> None:
    from newsclean.plugins.declared.jsonld import _jsonld_objects, _untyped_jsonld

    page = ('<html><body><script>\n  {"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "headline": "H"}</script><script>var x = {"@context": "https://schema.org"};</script>'
            '<script src="a.js">{"@context": "https://schema.org"}</script></body></html>')
    root = lxml.html.document_fromstring(page)
    assert [_untyped_jsonld(s) for s in root.iter("script")] == [True, False, False]
    assert [o["headline"] for o in _jsonld_objects(root, untyped=True)] == ["H"]


def test_the_head_walk_keys_metas_as_htmlmeta_did() -> None:
    from newsclean.plugins.declared.head import HeadElements

    page = ("<html><head><meta property=' OG:Title ' content='  A \n  title\u200b '>"
            "<meta name='author' content='\ufeffJane   Doe'><meta name='Author' content='Ann Lee'>"
            "<meta name='description' content='   '><meta charset='utf-8'>"
            "<meta name='x' itemprop='Y' content='both'><title>T</title></head>"
            "<body><h1>H</h1><meta itemprop='datePublished' content='2026-01-02'></body></html>")
    head = HeadElements(lxml.html.document_fromstring(page))
    assert head.keyed == {"og:title": ["A title"], "author": ["Jane Doe", "Ann Lee"], "x": ["both"],
                          "y": ["both"], "datepublished": ["2026-01-02"]}
    assert [(attrs.get("name"), content) for _el, attrs, content in head.metas] == [
        (None, "A title"), ("author", "Jane Doe"), ("Author", "Ann Lee"), ("description", ""), (None, ""),
        ("x", "both"), (None, "2026-01-02")]
    assert [name for name, *_ in head.order] == ["meta"] * 6 + ["title", "h1", "meta"]
    assert htmlmeta._metas(head.tree) == head.keyed
