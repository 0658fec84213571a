"""content: a comment thread set in the article's own element, under a heading whose anchor names it."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.content import THREAD_ANCHOR_PARTS

BODY = ("<p>The council voted on Tuesday to close the old library and move its books to the new civic centre, "
        "a decision that had been delayed three times since the spring.</p>"
        "<p>Supporters said the building was too costly to heat, while opponents warned that the centre was too "
        "far from the schools that use the library most.</p>")
REPLIES = ("<p>I have used that library every week for twenty years and nobody asked us what we thought about it.</p>"
           "<p class='posted'>Posted by: Jane Roe | March 4, 2007 2:00 PM</p>"
           "<p>The centre is a long bus ride away from the schools, which is exactly the problem with this plan.</p>"
           "<p class='posted'>Posted by: John Doe | March 4, 2007 3:10 PM</p>")


def _post(heading: str) -> str:
    return ("<html><head><title>Council closes library</title></head><body><div class='content'>"
            f"<h3>Council closes library</h3>{BODY}{heading}{REPLIES}</div></body></html>")


@pytest.mark.parametrize("heading", ['<h2 id="comments">Comments</h2>', '<h2><a id="comments"></a>Comments</h2>',
                                     '<h3><a name="responses"></a>3 Responses</h3>'])
def test_a_thread_under_its_anchored_heading_goes(heading: str) -> None:
    art = newsclean.clean(_post(heading))
    assert "civic centre" in art.text and "schools that use the library" in art.text
    assert "every week for twenty years" not in art.text and "long bus ride" not in art.text
    gone = [r for r in art.removed if r.plugin == "content:locate" and r.kind == "comments"]
    assert any("every week for twenty years" in r.text for r in gone)
    assert all("anchor names comments" in r.reason for r in gone)


@pytest.mark.parametrize("heading", ["<h2>Comments</h2>",  # no anchor: the text alone says too little
                                     '<h2 id="background">Background</h2>'])
def test_a_heading_that_names_no_thread_keeps_what_follows(heading: str) -> None:
    art = newsclean.clean(_post(heading))
    assert "every week for twenty years" in art.text


def test_a_thread_anchor_before_any_prose_opens_no_thread() -> None:
    # the heading on top of the container (a page that is the discussion itself): nothing above to keep
    art = newsclean.clean("<html><head><title>Library</title></head><body><div class='content'>"
                          f'<h2 id="comments">Comments</h2>{BODY}</div></body></html>')
    assert "civic centre" in art.text


def test_thread_anchor_parts_are_lower_case_words() -> None:
    assert all(p == p.lower() and p.isalpha() for p in THREAD_ANCHOR_PARTS)
