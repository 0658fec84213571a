"""chrome reads a pruned element's text once: the guard's read is the removal record's text.

Shortcuts of this round: a condemned candidate's text (read by the scan's guard) is
the text its removal records; the chrome step reads it through its counts, which
see the same characters read as if they had counted it; the signal test looks at a
candidate's place (the lead chain) before its size. Each case that needs the work
still gets it.
"""
from __future__ import annotations

import lxml.html

import newsclean.density as density
from newsclean import Cleaner
from newsclean.density import SubtreeCounts
from newsclean.plugins import chrome

PROSE = ("The council met on Tuesday evening to discuss the new budget, which had been delayed "
         "for several weeks because of a dispute over school funding. ")
ARTICLE = "".join(f"<p>{PROSE}Paragraph {i} adds its own detail to the report.</p>" for i in range(6))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str, title: str = "t") -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


def _counting(monkeypatch, module):
    calls: list[object] = []
    real = module._text

    def counted(el):
        calls.append(el)
        return real(el)

    monkeypatch.setattr(module, "_text", counted)
    return calls


# -- SubtreeCounts.text -----------------------------------------------------------

def _body():
    return lxml.html.fromstring("<html><body><div><p>Some prose, here.</p><nav><a href='/'>Home"
                                "</a> <a href='/x'>Other page</a></nav></div><p>More text.</p></body></html>"
                                ).find("body")


def test_text_counts_the_read_as_chars_would():
    body = _body()
    nav = body.find(".//nav")
    asked, told = SubtreeCounts(body, root_chars=100), SubtreeCounts(body, root_chars=100)
    asked.chars(nav)
    text = told.text(nav)
    assert text == density._text(nav)
    assert told.reads == asked.reads == len(text)  # the budget sees the same characters read
    # a text chars() counted already is not counted again (as chars(el) would not read it again)
    assert asked.text(nav) == text and asked.reads == len(text)


def test_text_takes_the_last_read_only_for_that_element(monkeypatch):
    body = _body()
    nav, div = body.find(".//nav"), body.find("div")
    counts = SubtreeCounts(body, root_chars=100)
    counts.chars(nav)
    assert counts.last_read(nav) == density._text(nav) and counts.last_read(div) is None
    calls = _counting(monkeypatch, density)
    assert counts.text(nav) == density._text(nav)
    assert calls.count(nav) == 1  # (the comparison's own read): text() served the last read
    assert counts.text(div) == density._text(div)  # another element: read afresh
    assert calls.count(div) == 2


def test_text_given_is_counted_but_not_read(monkeypatch):
    body = _body()
    nav = body.find(".//nav")
    calls = _counting(monkeypatch, density)
    counts = SubtreeCounts(body, root_chars=100)
    assert counts.text(nav, "known") == "known" and counts.reads == len("known") and not calls


# -- chrome: one read per pruned element ------------------------------------------------

def test_a_condemned_candidate_is_read_once_and_its_record_holds_its_text(monkeypatch):
    footer = "<footer class='site-footer'><p>Copyright   2024 Example   News, all rights reserved.</p></footer>"
    hidden = "<div class='sr-only'>Skip   to the  content</div>"
    html = page(f"<article>{ARTICLE}</article>{hidden}{footer}")
    calls_c = _counting(monkeypatch, chrome)
    calls_d = _counting(monkeypatch, density)
    art = clean(html)
    records = {r.kind: r.text for r in art.removed}
    assert records["chrome"] == "Copyright 2024 Example News, all rights reserved."  # whitespace-normalised
    assert records["hidden"] == "Skip to the content"
    reads = [el for el in calls_c + calls_d if isinstance(el.tag, str) and el.tag in ("footer", "div")
             and el.get("class") in ("site-footer", "sr-only")]
    assert len(reads) == 2  # one read each: the guard's, shared with the removal record


def test_a_candidate_holding_the_lead_is_still_measured_before_it_is_a_signal():
    # on the lead chain but with too little text: not a signal, pruned (the size test still runs)
    short = clean(page(f"<h1>Budget delayed again</h1><div class='comments'><p>{PROSE}</p></div>"
                       f"<div class='comments'>Hi</div>", title="Budget delayed again"))
    assert [r.text for r in short.removed if r.kind == "comments"] == ["Hi"]
    assert any(PROSE.strip()[:40] in p.text for p in short.paragraphs)


def test_a_candidate_off_the_lead_chain_is_pruned_with_its_whole_text():
    art = clean(page(f"<h1>Budget delayed again</h1><div class='story'><p>{PROSE}</p></div>"
                     f"<div class='sidebar'><p>{PROSE}</p></div>", title="Budget delayed again"))
    assert [r.text for r in art.removed if r.kind == "chrome"] == [PROSE.strip()]


def test_a_hidden_element_inside_a_walked_candidate_does_not_leak_into_its_record():
    # the candidate is walked (too big to be surely small: many links), so its text changes when
    # the hidden element inside it goes; it is then pruned (little prose): its record must hold
    # the text without the hidden part
    links = "".join(f"<a href='/s/{i}'>Another story from the archive, number {i}</a> " for i in range(20))
    side = f"<div class='sidebar-widget'>{links}<span class='sr-only'>secret words</span></div>"
    art = clean(page(f"<article>{ARTICLE}</article>{side}"))
    assert [r.text for r in art.removed if r.kind == "hidden"] == ["secret words"]
    chrome_texts = [r.text for r in art.removed if r.kind == "chrome"]
    assert len(chrome_texts) == 1 and "number 19" in chrome_texts[0] and "secret" not in chrome_texts[0]


# -- the guard: a known limit spares counting a candidate's characters ------------------

def test_surely_small_with_a_known_limit_agrees_with_counting():
    # whitespace-padded texts around the limit: the raw length may be over it, the count under
    body = lxml.html.fromstring("<html><body><p>" + "word, " * 300 + "</p><div id='c'></div></body></html>"
                                ).find("body")

    class Doc:
        def __init__(self) -> None:
            self.state: dict = {}
            self.meta: dict = {}

    box = body.find("div")
    for n in (150, 199, 200, 201, 260, 400, 800, 1200):
        for pad in ("", " ", "   \n  "):
            box.text = (("x" + pad) * n)[:n + len(pad) * (n // 2)]
            fresh = chrome._Guard(Doc(), body)
            want = fresh.surely_small(box, "footer")  # the limit not known yet: counted
            known = chrome._Guard(Doc(), body)
            known.limits  # noqa: B018 - the limit known first
            assert known.surely_small(box, "footer") is want, (n, pad)


# -- the page's <article>/<section> is looked for only when a verdict needs it ------------------

def test_a_nav_inside_the_article_is_its_own_head_and_the_same_nav_outside_goes():
    nav = "<nav class='post-meta'>By Jane Doe, reporter, filed from the city hall on Tuesday</nav>"
    inside = clean(page(f"<article>{nav}{ARTICLE}</article>"))
    assert not [r for r in inside.removed if r.kind == "chrome"]  # few links, inside the article: kept
    outside = clean(page(f"{nav}<div>{ARTICLE}</div>"))
    assert [r.text for r in outside.removed if r.kind == "chrome"] == [
        "By Jane Doe, reporter, filed from the city hall on Tuesday"]


def test_has_article_is_looked_for_once_and_only_when_asked():
    body = lxml.html.fromstring("<html><body><div><p>x</p></div><section><p>y</p></section></body></html>"
                                ).find("body")
    got = chrome._HasArticle(body)
    assert got.found is None  # not looked for yet
    assert bool(got) and got.found is True
    assert not chrome._HasArticle(lxml.html.fromstring("<html><body><p>x</p></body></html>").find("body"))


def test_the_scan_s_class_evidence_is_the_verdict_chrome_evidence_gives():
    body = lxml.html.fromstring(
        "<html><body><div class='row site-footer'>f</div><div class='x sidebar-widget'>s</div>"
        "<ul class='comment-list'><li>c</li></ul><section class='newsletter-box'>n</section>"
        "<div class='elementor-widget-text-editor'>layout</div></body></html>").find("body")
    for el in body:
        cls = el.get("class")
        region, tok, strong = chrome.region_of_value(cls)
        plain = chrome._chrome_verdict(el, el.tag, el, False, el.keys())
        given = chrome._chrome_verdict(el, el.tag, el, False, el.keys(), None, (region, f"class {tok!r}", strong, tok))
        assert given == plain
        assert (plain is None) == (not region)


def test_body_is_the_first_body_child_or_the_root():
    class Doc:
        def __init__(self, tree) -> None:  # noqa: ANN001
            self.tree = tree

    tree = lxml.html.fromstring("<html><head><title>t</title></head><body><p>x</p></body></html>")
    assert chrome._body(Doc(tree)) is tree.find("body")
    bare = lxml.html.fromstring("<div><p>only a fragment</p></div>")
    assert bare.find("body") is None and chrome._body(Doc(bare)) is bare
    assert chrome._body(Doc(None)) is None
