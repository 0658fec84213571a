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
    cps = set(range(0, 0x3000)) | set(range(0xD700, 0xE100)) | set(range(0xFF00, 0x10100))
    cps |= set(range(0x10FF00, 0x110100)) | {c + d for c in near for d in (-1, 0, 1) if c + d >= 0}
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
    assert checked > 50_000


def test_a_page_with_a_bad_reference_among_good_ones_is_still_fixed() -> None:
    page = b"<p>it&#8217;s &#39;ok&#39; &#0; &#x1; &#xD800; &#11;end</p>"
    assert loadmod.fix_char_refs(page) == b"<p>it&#8217;s &#39;ok&#39; &#xFFFD;  &#xFFFD; \nend</p>"


def test_good_references_only_leave_the_bytes_as_they_are() -> None:
    page = b"<p>caf&#233; &#x4e2d;&#25991; &#128512; &#39;&#34;&#x27;</p>"
    assert loadmod.fix_char_refs(page) is page


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
        for query, words in ((htmlmeta._BYLINE_CLASS, tuple(w[1:] for w in htmlmeta.AUTHOR_CLASS_WORDS)),
                             (htmlmeta._DATE_CLASSED, htmlmeta.DATE_CLASS_WORDS)):
            want = body.xpath(_xpath_query(words))
            assert len(want) >= 4
            assert query(body) == want
            assert body not in query(body)  # descendants only, as the XPath
