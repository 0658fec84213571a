"""Fast paths at the front of the pipeline (loading, tree steps, block building).

Each cheap first look that lets the plain code be skipped is checked here
against that plain code: the shortcut may only skip work that would have
changed nothing, and a page that does need the work still gets it.
"""
from __future__ import annotations

import newsclean
from newsclean import load as loadmod

# --- load: character references -------------------------------------------------


def _plain_fix(data: bytes) -> bytes:
    """fix_char_refs without its first look: every reference goes through the rewrite."""
    return loadmod._CHAR_REF.sub(loadmod._fix_char_ref, data)


def _code_points() -> list[int]:
    near = [0, 0x1F, 0x20, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x110000]
    cps = set(range(0, 0x400)) | set(range(0xD7F0, 0xD810)) | set(range(0xDFF0, 0xE010)) | set(range(0xFFF0, 0x10010))
    cps |= set(range(0x10FFF0, 0x110010)) | {c + d for c in near for d in (-1, 0, 1) if c + d >= 0}
    cps |= {10 ** k + d for k in range(12) for d in (-1, 0, 1)} | {16 ** k + d for k in range(10) for d in (-1, 0, 1)}
    return sorted(cps)


def test_char_ref_first_look_matches_the_plain_rewrite() -> None:
    checked = 0
    for cp in _code_points():
        for ref in (b"&#%d;" % cp, b"&#%d" % cp, b"&#000%d;" % cp, b"&#x%x;" % cp, b"&#X%X" % cp,
                    b"&#x0000%x;" % cp):
            page = b"<p>a" + ref + b"b &#39; &#8217;</p>"
            assert loadmod.fix_char_refs(page) == _plain_fix(page), ref
            checked += 1
    assert checked > 5_000


def test_a_page_with_a_bad_reference_among_good_ones_is_still_fixed() -> None:
    page = b"<p>it&#8217;s &#39;ok&#39; &#0; &#x1; &#xD800; &#11;end</p>"
    assert loadmod.fix_char_refs(page) == b"<p>it&#8217;s &#39;ok&#39; &#xFFFD;  &#xFFFD; \nend</p>"


def test_good_references_only_leave_the_bytes_as_they_are() -> None:
    page = b"<p>caf&#233; &#x4e2d;&#25991; &#128512; &#39;&#34;&#x27;</p>"
    assert loadmod.fix_char_refs(page) is page


def test_a_bad_reference_far_into_the_page_is_found_from_the_first_one() -> None:
    text = b"<p>" + b"tom &amp; jerry; " * 5000 + b"</p>"
    assert loadmod.fix_char_refs(text) is text  # "&" but never "&#": left as it is
    page = text + b"<p>x&#1;y &#8217; &#xD800;</p>"
    assert loadmod.fix_char_refs(page) == text + b"<p>xy &#8217; &#xFFFD;</p>" == _plain_fix(page)


def test_a_control_reference_never_reaches_the_article() -> None:
    html = ("<html><body><article><p>First paragraph of the story, long enough to be kept as the text "
            "of the article&#1; and it goes on&#xB;with more words in it.</p></article></body></html>")
    art = newsclean.clean(html)
    assert "\x01" not in art.text and "\x0b" not in art.text
    assert "and it goes on" in art.text


# --- htmlmeta: class queries ------------------------------------------------------

CLASSED_PAGE = """<html><body class="author-page byline"><!-- a comment -->
<div class="Byline"><span class="AUTHOR-name">A B</span><span class="post-Author">C</span></div>
<p class="writer-note">x<b class="meta">y</b></p><div class="contributors"><i class="reporter">R</i></div>
<time class="entry-date published">3 May</time><span class="fecha">1 de mayo</span><em class="datum">z</em>
<div class="Date Time"><span class="timeline">t</span></div><a class="autor">Autor</a><p class="">e</p>
</body></html>"""


def _xpath_query(words: tuple[str, ...]) -> str:
    return "descendant::*/@class[" + " or ".join(f"contains(., '{w}')" for w in words) + "]/.."


def test_class_queries_find_what_the_plain_xpath_finds() -> None:
    import lxml.etree as etree
    import lxml.html

    from newsclean.plugins import htmlmeta

    for parser in (lxml.html.HTMLParser(), etree.HTMLParser(remove_comments=False)):
        body = etree.fromstring(CLASSED_PAGE, parser).find("body")
        for query, words in ((htmlmeta._BYLINE_CLASSED, tuple(w[1:] for w in htmlmeta.AUTHOR_CLASS_WORDS)),
                             (htmlmeta._DATE_CLASSED, htmlmeta.DATE_CLASS_WORDS)):
            want = body.xpath(_xpath_query(words))
            assert len(want) >= 4
            assert list(query(body)) == want
            assert body not in list(query(body))  # descendants only, as the XPath


def test_the_first_byline_class_names_the_author_and_an_inner_one_wins() -> None:
    from newsclean.plugins import htmlmeta

    page = """<html><head><title>A story</title></head><body>
<div class="byline-section"><span class="author">By Jane Doe</span></div>
<p>Body of the story, long enough.</p><div class="comments"><span class="comment-author">Joe Bloggs</span></div>
</body></html>"""
    art = newsclean.clean(page)
    assert art.authors == ["Jane Doe"]
    page2 = page.replace('<div class="byline-section"><span class="author">By Jane Doe</span></div>', "")
    page2 = page2.replace("<p>Body", '<p class="post-author">By Ann Lee</p><p>Body')
    assert newsclean.clean(page2).authors == ["Ann Lee"]


# --- chrome: invisible elements and the scan ----------------------------------------


def _body(html: str):  # noqa: ANN202 - an lxml element
    import lxml.html

    return lxml.html.document_fromstring(html).find("body")


def test_strip_invisible_with_a_small_noscript_removes_all_four_kinds_and_svg() -> None:
    from newsclean.plugins import chrome

    body = _body("<html><body><div>a<script>x()</script>b<noscript><img src=p.gif>enable JS</noscript>c"
                 "<style>p{}</style>d<template><p>t</p></template>e<svg viewBox='0 0 9 9'><title>Icon</title>"
                 "<g><path d='M0 0h9'/><use href='#i'/></g></svg>f</div></body></html>")

    class Doc:
        notes: list[str] = []

        def note(self, text: str) -> None:
            self.notes.append(text)

    chrome.strip_invisible(body, Doc())
    assert [el.tag for el in body.iter()] == ["body", "div"]
    assert body.find("div").text == "abcdef"
    assert not Doc.notes


def test_svg_icons_are_stripped_before_the_walks_and_their_text_is_never_read() -> None:
    # (a large noscript keeps the other branch of strip_invisible: svg goes there too)
    fallback = "<noscript>" + "Turn on scripts to see the comment box of this site. " * 3 + "</noscript>"
    page = ("<html><head><title>Harbour lights return</title></head><body><article>"
            "<h1>Harbour lights return</h1>"
            "<p>The old harbour lamps were lit again on Friday, after a winter of repairs by the town's"
            " volunteers.<svg class='icon'><title>Arrow glyph</title><path d='M1 1'/></svg></p>"
            "<p>Visitors walked the quay until late, and the bakery stayed open past ten.</p>"
            f"</article>{fallback}</body></html>")
    art = newsclean.clean(page)
    text = art.text
    assert "harbour lamps were lit again" in text and "bakery stayed open" in text
    assert "Arrow glyph" not in text


def test_strip_invisible_unwraps_a_noscript_that_holds_the_page() -> None:
    from newsclean.plugins import chrome

    story = "A sentence of the article that only the no-script fallback shows to readers. " * 5
    body = _body(f"<html><body><div id=app>Loading<svg><path d='M0 0'/></svg></div><script>render()</script>"
                 f"<noscript><article><p>{story}</p></article></noscript></body></html>")
    notes: list[str] = []

    class Doc:
        def note(self, text: str) -> None:
            notes.append(text)

    chrome.strip_invisible(body, Doc())
    assert body.find(".//noscript") is None and body.find(".//script") is None and body.find(".//svg") is None
    assert body.find(".//article/p").text == story
    assert notes and "noscript" in notes[0]


SCAN_PAGE = """<html><body><main><article><h1>Title of the story</h1>
<p>First paragraph of the story with enough words to be prose, and a comma.</p>
<div class="sr-only">Skip to <span class="menu">menu</span> <b hidden>x</b></div>
<div style="display:none"><div class="sidebar"><p>hidden side</p></div></div>
<nav class="site-nav"><ul><li><a href="/a">A</a></li><li class="footer-link"><a href="/b">B</a></li></ul></nav>
<p>Second paragraph, also prose, with a <a href="/c" class="related">link</a> inside.</p>
</article></main><aside class="sidebar"><div class="widget"><p>Popular</p></div></aside>
<footer><div class="footer-nav">Links</div></footer></body></html>"""


def _plain_scan(doc, body, hidden: bool, chrome_: bool):  # noqa: ANN001, ANN202 - the reference walk
    """_scan as it was written with iterwalk and skip_subtree (the reference)."""
    import lxml.etree as etree

    from newsclean.plugins import chrome

    found_hidden, found_chrome = [], []
    guard = chrome._Guard(doc, body)
    has_article = next(body.iter("article", "main", "section"), None) is not None
    walker = etree.iterwalk(body, events=("start",))
    next(walker)
    for _, el in walker:
        if not isinstance(el.tag, str):
            continue
        keys = el.keys()
        if not keys and el.tag not in chrome.CHROME_TAGS:
            continue
        attrs = el if keys else {}
        if hidden and keys and not chrome._HIDDEN_ATTRS.isdisjoint(keys):
            why = chrome.hidden_evidence(attrs, keys)
            if why and (guard.surely_small(el, "hidden") or not guard.protects(el, "hidden")):
                found_hidden.append(el)
                walker.skip_subtree()
                continue
        if chrome_:
            low = el.tag.lower()
            if low not in chrome.CHROME_TAGS and (low in chrome.INLINE_TAGS or chrome._CHROME_ATTRS.isdisjoint(keys)):
                continue
            v = chrome._chrome_verdict(el, low, attrs, has_article, keys, guard.counts)
            if v is not None:
                small = guard.surely_small(el, v[3])
                found_chrome.append((el, small))
                if small:
                    walker.skip_subtree()
    return found_hidden, found_chrome


def test_scan_skips_the_same_subtrees_as_the_plain_walk() -> None:
    from newsclean.plugins import chrome

    class Doc:
        def __init__(self, tree) -> None:  # noqa: ANN001
            self.tree, self.state, self.meta = tree, {}, {"title": "Title of the story"}

    body = _body(SCAN_PAGE)
    hidden, cands = chrome._scan(Doc(body.getparent()), body, hidden=True, chrome=True)
    want_hidden, want_chrome = _plain_scan(Doc(body.getparent()), body, True, True)
    assert [el for el, _ in hidden] == want_hidden and len(want_hidden) == 2
    assert [(el, not check) for el, _, check in cands] == want_chrome and len(want_chrome) >= 3
    # nothing inside a skipped subtree is reported
    skipped = [el for el in want_hidden] + [el for el, small in want_chrome if small]
    for el, *_ in list(hidden) + list(cands):
        assert not any(a in skipped for a in el.iterancestors())


# --- load: one parser per thread --------------------------------------------------


def test_a_reused_parser_reports_limits_of_its_own_page_only() -> None:
    deep = "<html><body>" + "<div>" * 400 + "deep text</body></html>"
    plain = "<html><body><p>A plain page of one paragraph, well within every limit.</p></body></html>"
    options = newsclean.Options()
    first = loadmod.load(deep, None, options)
    second = loadmod.load(plain, None, options)
    assert any("nests elements over" in n for n in first.notes)
    assert not any("nests" in n or "limits" in n for n in second.notes)


def test_threads_parse_with_their_own_parsers() -> None:
    import threading

    options = newsclean.Options()
    deep = "<html><body>" + "<div>" * 400 + "deep text</body></html>"
    plain = "<html><body><p>A plain page.</p></body></html>"
    results: dict[str, list[bool]] = {"deep": [], "plain": []}
    parsers: list[object] = []  # kept alive, so their ids cannot be reused

    def work(kind: str, page: str) -> None:
        for _ in range(20):
            doc = loadmod.load(page, None, options)
            results[kind].append(any("nests elements over" in n for n in doc.notes))
        parsers.append(loadmod._thread_parser(False))

    threads = [threading.Thread(target=work, args=a) for a in (("deep", deep), ("plain", plain))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results["deep"] == [True] * 20 and results["plain"] == [False] * 20
    assert len(parsers) == 2 and parsers[0] is not parsers[1]


def test_one_walk_finds_the_same_metas_and_scripts_as_two() -> None:
    import lxml.etree as etree

    from newsclean.plugins import htmlmeta
    from newsclean.plugins.declared.head import HeadElements

    page = """<html><head><meta name=author content='Jane Doe'><script type='application/ld+json'>
{"@type": "NewsArticle", "headline": "H"}</script><meta property='og:title' content='T'></head>
<body><script>var x = 1;</script><p>x</p><meta itemprop=datePublished content=2024-01-02>
<script type='application/ld+json'>[{"@type": "Person", "name": "P"}]</script></body></html>"""
    for root in (etree.fromstring(page, etree.HTMLParser()),
                 etree.fromstring(page.replace("<html>", "<html xmlns='http://www.w3.org/1999/xhtml'>")
                                  .replace("<meta name=author content='Jane Doe'>",
                                           "<meta name='author' content='Jane Doe'/>")
                                  .replace("<meta property='og:title' content='T'>",
                                           "<meta property='og:title' content='T'/>")
                                  .replace("<meta itemprop=datePublished content=2024-01-02>",
                                           "<meta itemprop='datePublished' content='2024-01-02'/>"),
                                  etree.XMLParser())):
        head = HeadElements(root)
        metas, scripts = [m[0] for m in head.metas], head.scripts
        assert metas == list(root.iter("meta", "{*}meta")) and len(metas) == 3
        assert scripts == list(root.iter("script", "{*}script")) and len(scripts) == 3
        assert htmlmeta._metas(root, head.metas) == htmlmeta._metas(root) == _plain_metas(root)
        assert list(htmlmeta._jsonld_objects(root, scripts)) == list(htmlmeta._jsonld_objects(root))


def _plain_metas(root: object) -> dict:
    """The <meta> reading as first written: a walk, and each attribute read by name."""
    from newsclean.text import normalize_space

    out: dict = {}
    for el in root.iter("meta", "{*}meta"):  # type: ignore[attr-defined]
        content = normalize_space(el.get("content") or "")
        if content:
            for name in el.keys():
                if name in ("property", "name", "itemprop", "http-equiv") and el.get(name):
                    out.setdefault(el.get(name).strip().lower(), []).append(content)
    return out


# --- blocks: the caption class first look -------------------------------------------


def test_caption_classes_still_make_captions() -> None:
    import lxml.html

    from newsclean.blocks import html_blocks

    root = lxml.html.document_fromstring(
        "<html><body><p class='Image-Caption'>Cap one</p><div id='photo_caption'>Cap two</div>"
        "<figure class='x wp-caption-text'>Cap three</figure><p class='has-caption'>Not one</p>"
        "<p class='captions'>Not two</p><div class='caption'><span class='inner'>Cap four</span></div></body></html>")
    kinds = {b.text: b.kind for b in html_blocks(root)[0]}
    assert kinds == {"Cap one": "caption", "Cap two": "caption", "Cap three": "caption",
                     "Not one": "paragraph", "Not two": "paragraph", "Cap four": "caption"}
