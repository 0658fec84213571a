"""Issue 9 (speed), tree stage: the chrome scan with nodes that are no elements, the outer
<noscript> found in one query, the page's text counted on its UTF-8 bytes."""
from __future__ import annotations

import lxml.etree as etree
import lxml.html

import newsclean
from newsclean.plugins import chrome
from tests.test_front_fastpaths import SCAN_PAGE, _plain_scan


class _Doc:
    def __init__(self, tree) -> None:  # noqa: ANN001
        self.tree, self.state, self.meta, self.notes = tree, {}, {"title": "Title of the story"}, []

    def note(self, text: str) -> None:
        self.notes.append(text)


def _with_other_nodes(body):  # noqa: ANN001, ANN202
    """The scan page with a comment, a processing instruction and an entity in the article,
    in a chrome element and in a hidden one (a caller's lxml tree may hold them)."""
    for el in (body.find(".//article"), body.find(".//nav"), body.find(".//div[@class='sr-only']")):
        el.insert(0, etree.Comment(" note "))
        el.insert(1, etree.ProcessingInstruction("pi", 'a="1"'))
        el.append(etree.Entity("nbsp"))
    return body


def test_scan_passes_over_comments_instructions_and_entities() -> None:
    # they have no attributes and a tag that is no str: the scan goes on past them without a test
    # of their own, and finds what the reference walk (which tests the tag) finds
    body = _with_other_nodes(lxml.html.document_fromstring(SCAN_PAGE).find("body"))
    hidden, cands = chrome._scan(_Doc(body.getparent()), body, hidden=True, chrome=True)
    want_hidden, want_chrome = _plain_scan(_Doc(body.getparent()), body, True, True)
    assert [el for el, _ in hidden] == want_hidden and len(want_hidden) == 2
    assert [(el, not check) for el, _, check in cands] == want_chrome and len(want_chrome) >= 3
    assert all(isinstance(el.tag, str) for el, *_ in list(hidden) + list(cands))


def test_only_outermost_noscripts_are_weighed() -> None:
    story = "A sentence of the article that only the no-script fallback shows to readers. " * 5
    html = (f"<html><body><div>Loading</div><noscript><div><noscript><p>{story}</p></noscript></div></noscript>"
            f"<section><noscript><p>{story}</p></noscript></section></body></html>")
    body = lxml.html.document_fromstring(html).find("body")
    outer = chrome._outer_noscripts(body)
    assert [el.getparent().tag for el in outer] == ["body", "section"]  # the inner one is not counted again
    assert chrome._noscript_holds_the_page(body) is True
    assert chrome._noscript_holds_the_page(lxml.html.document_fromstring("<p>x</p>").find("body")) is None


def test_a_page_of_wide_whitespace_is_pruned_alike() -> None:
    # the page's prose (which decides what may be pruned) is counted on the bytes of its text:
    # NBSP, ideographic and em spaces are no characters of prose there either
    para = "Paragraph\u00a0of the story,\u3000with\u2003wide spaces between its words. " * 4
    nav = "".join(f"<li><a href='/s{i}'>Section\u00a0{i}</a></li>" for i in range(30))
    html = (f"<html><body><nav class='site-nav'><ul>{nav}</ul></nav><main><h1>Title</h1>"
            + f"<p>{para}</p>" * 6 + "</main><footer class='site-footer'>Footer\u3000text</footer></body></html>")
    art = newsclean.clean(html)
    assert "Section" not in art.text and art.text.count("Paragraph") == 24
    kinds = {r.kind for r in art.removed}
    assert "chrome" in kinds


# -- the steps a page runs, picked once per input kind when no step names domains --------------

def test_active_steps_follow_the_input_kind_and_later_registrations() -> None:
    from tests.test_pipeline import PAGE, Recorder

    log: list[str] = []
    c = newsclean.Cleaner([Recorder("tree", 100, log, stage="tree"), Recorder("blocks", 100, log)],
                          entry_points=False)
    for page, want in ((PAGE, ["tree", "blocks"]), ("just a line of text\n\nand another line", ["blocks"]),
                       (PAGE, ["tree", "blocks"]), ("a text dump again\n\nof two lines", ["blocks"])):
        log.clear()
        c.clean(page)
        assert log == want  # (a text dump runs no tree step, whatever ran before it)
    c.register(Recorder("late", 200, log))
    log.clear()
    c.clean(PAGE)
    assert log == ["tree", "blocks", "late"]  # a plugin registered later runs from the next page on


def test_domain_steps_are_still_picked_per_page() -> None:
    from tests.test_pipeline import PAGE, Recorder

    log: list[str] = []
    c = newsclean.Cleaner([Recorder("all", 100, log), Recorder("site", 200, log, domains=("example.com",))],
                          entry_points=False)
    for url, want in (("https://example.com/a", ["all", "site"]), ("https://other.org/b", ["all"]),
                      ("https://news.example.com/c", ["all", "site"]), (None, ["all"])):
        log.clear()
        c.clean(PAGE, url=url)
        assert log == want


# -- the heading the lead is looked for under: the walk stops at the title's heading --------------

def _lead_doc(title: str):  # noqa: ANN202
    return type("D", (), {"meta": {"title": title}})()


def test_lead_is_found_under_the_title_heading_or_the_only_h1() -> None:
    prose = "A first paragraph of the story, long enough to be prose, with a comma."
    page = (f"<html><body><h2>Menu</h2><h1>Site name</h1><div><h2>The story title here</h2><p>{prose}</p></div>"
            f"<h2>More</h2><p>Another paragraph of other text, long enough for prose, with a comma.</p></body></html>")
    body = lxml.html.document_fromstring(page).find("body")
    lead = chrome._lead_element(_lead_doc("The story title here | Site"), body)
    assert lead is not None and lead.text == prose  # under the heading that is the title's
    lead = chrome._lead_element(_lead_doc("Nothing alike"), body)
    assert lead is not None and lead.text == prose  # the only <h1>, after a walk of every heading
    two = page.replace("<h2>More</h2>", "<h1>More</h1>")
    body2 = lxml.html.document_fromstring(two).find("body")
    assert chrome._lead_element(_lead_doc("Nothing alike"), body2) is None  # two <h1>, no title heading
    assert chrome._lead_element(_lead_doc("   "), body2) is not None  # a blank title: the first long heading
