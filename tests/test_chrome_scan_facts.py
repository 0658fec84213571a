"""Work done once in the tree steps gives what the direct computation gives.

The chrome scan's per-class answers (author mark, hidden class) come from one cache by
class value, holding what the direct calls say (``threadshape.author_class`` and the
hidden class token of ``regions``): a page cleaned with it cold or warm gives the same
removals and author-marked elements. The scan's guard finds the title headings and the
form fields by one walk (its census), as each search would; the line-number step finds
the ``<pre>`` elements and the table cells by one walk.
"""
from __future__ import annotations

import lxml.html

from newsclean import Cleaner
from newsclean.plugins import chrome
from newsclean.plugins.declared.threadshape import author_class
from newsclean.plugins.regions import _hidden_class

VALUES = ["post-author", "sr-only", "post-author sr-only", "byline", "hidden", "visually-hidden card",
          "DiscussionBoard-username", "main content", "", "  ", "Author_name hidden-xs", "menu"]


def _direct(value: str) -> tuple[bool, str]:
    tok = _hidden_class(value) if value else ""
    return author_class(value), (f"class {tok!r}" if tok else "")


def test_class_facts_are_the_direct_answers_cold_and_warm() -> None:
    for value in VALUES:
        chrome._SCAN_CLASS_FACTS.pop(value, None)
        assert chrome._class_facts(value) == _direct(value)  # cold: computed
        assert chrome._SCAN_CLASS_FACTS[value] == _direct(value)  # kept: what a warm scan reads


def test_class_facts_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(chrome, "_CACHE_MAX", 3)
    monkeypatch.setattr(chrome, "_SCAN_CLASS_FACTS", {})
    for value in VALUES:
        assert chrome._class_facts(value) == _direct(value)
        assert len(chrome._SCAN_CLASS_FACTS) <= 3


PAGE = ("<html><head><title>A post</title></head><body>"
        "<div class='topic'><div class='post'><span class='post-author'>Ann</span>"
        "<p>First post of the thread, with a sentence of its own.</p></div>"
        "<div class='post'><span class='post-author'>Bob</span><span class='sr-only'>reply to Ann</span>"
        "<p>Second post, answering the first one at some length.</p></div></div>"
        "<div class='visually-hidden'>Skip to the content of this page</div></body></html>")


def test_a_page_cleans_the_same_with_the_cache_cold_or_warm(monkeypatch) -> None:
    def run() -> tuple[list, list]:
        cleaner = Cleaner(entry_points=False, plugins=[chrome])
        art = cleaner.clean(PAGE)
        return [(r.kind, r.reason, r.text) for r in art.removed], [p.text for p in art.paragraphs]

    monkeypatch.setattr(chrome, "_SCAN_CLASS_FACTS", {})
    cold = run()
    warm = run()
    assert cold == warm
    assert any("sr-only" in reason for _, reason, _ in cold[0])
    seen: list = []
    real = chrome._scan

    def scan(doc, body, **kw):  # the author-marked elements the scan hands the board gate
        got = real(doc, body, **kw)
        seen.append([el.get("class") for el in doc.state.get(chrome._STATE_AUTHORS, [])])
        return got

    monkeypatch.setattr(chrome, "_scan", scan)
    run()
    assert seen[0] == ["post-author", "post-author"]


# -- the scan guard's census: the title headings and form fields found by one walk -----------------------
FORM_PAGE = ("<html><head><title>Budget talks resume in the council</title></head><body>"
             "<div class='top'><h2>Menu</h2><select><option>One</option><option>Two</option></select></div>"
             "<article><h1>Budget talks resume in the council</h1><p>Text of the story, long enough.</p>"
             "<h3>Budget talks resume</h3><form><textarea>Your comment here</textarea>"
             "<datalist><option>x</option></datalist></form></article><h2>More</h2></body></html>")


class _Doc:
    def __init__(self) -> None:
        self.state: dict = {}
        self.notes: list = []
        self.meta = self

    def get(self, name: str):  # (the metadata: only the title is asked)
        return "Budget talks resume in the council" if name == "title" else None

    def note(self, msg: str) -> None:
        self.notes.append(msg)


def test_the_census_gives_what_each_walk_gives() -> None:
    body = lxml.html.document_fromstring(FORM_PAGE).find("body")
    still = chrome._Guard(_Doc(), body, still=True)
    moving = chrome._Guard(_Doc(), body)
    assert moving._tagged(chrome.TITLE_HEADING_TAGS) is None  # (a guard over a changing tree keeps none)
    assert still._tagged(chrome.TITLE_HEADING_TAGS) == list(body.iter(*chrome.TITLE_HEADING_TAGS))
    assert still._tagged(chrome.FORM_FIELD_TAGS) == list(body.iter(*chrome.FORM_FIELD_TAGS))
    assert still.title_holders == moving.title_holders and still.title_holders
    assert body.find("article") in still.title_holders
    assert still.form_chars(body) == moving.form_chars(body) > 0
    assert still._form == moving._form == chrome._form_field_chars(body)

