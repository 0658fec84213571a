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


SECTIONS = ("<h2 id='_usage'>USAGE</h2><p>The tool reads a list of files and prints a summary of each one, with the "
            "number of lines, words and characters it holds, and a total at the end.</p>"
            "<h2 id='_discussion'>DISCUSSION</h2><p>Counting words depends on what a word is: the tool takes any run "
            "of letters and digits between spaces, so a hyphenated name counts once.</p>"
            "<h2 id='_environment'>ENVIRONMENT</h2><p>The locale the tool runs in decides which bytes are letters; "
            "under a plain locale only ASCII letters count, and accented words are split where they meet a "
            "byte the locale does not know.</p>"
            "<h2 id='_files'>FILES</h2><p>A file named in the settings folder may list words the tool should "
            "never count, one on each line, such as the articles and the short words of a language; lines "
            "opening with a hash sign are notes to the reader and are skipped.</p>")


def _reference(sections: str) -> str:
    return ("<html><head><title>wordtally</title></head><body><div class='content'>"
            f"<h1>wordtally</h1>{BODY}{sections}</div></body></html>")


def test_an_anchored_discussion_among_sections_of_its_rank_stays() -> None:
    # a reference page's DISCUSSION section, followed by another section of prose: no thread
    art = newsclean.clean(_reference(SECTIONS))
    assert "hyphenated name counts once" in art.text
    assert "accented words are split" in art.text
    assert not [r for r in art.removed if r.kind == "comments"]


def test_a_thread_followed_by_a_reply_form_heading_still_goes() -> None:
    # a later heading of the same rank over no prose of its own (a reply form) leaves the thread a thread
    art = newsclean.clean(_post('<h2 id="comments">Comments</h2>').replace(
        "</div></body>", "<h2 id='reply-title'>Leave a Reply</h2><p>Name</p></div></body>"))
    assert "every week for twenty years" not in art.text


def test_a_lower_heading_after_the_thread_opens_no_section() -> None:
    # a post's heading inside the thread (lower rank) is the thread's own
    replies = REPLIES.replace("<p class='posted'>Posted by: Jane Roe",
                              "<h3>A reader's view</h3><p>I think the centre will be fine once the new bus line "
                              "opens next year, and the library staff moving with the books is good news for "
                              "everyone who uses it.</p><p class='posted'>Posted by: Jane Roe")
    art = newsclean.clean(_post('<h2 id="comments">Comments</h2>' + replies))
    assert "every week for twenty years" not in art.text


def test_prose_under_a_heading_an_earlier_step_took_out_opens_no_section() -> None:
    # "Post a Comment" (a comment call, taken out) over the thread's trackbacks: still the thread
    trackbacks = ("<h2>Post a Comment</h2><p>Listed below are the weblogs that wrote about this story, each with "
                  "the first lines of what it said about the council and its library.</p><p>The council of our own "
                  "town did the same last year, and the new centre is now busier than the old library ever was, "
                  "which nobody expected at the time.</p>")
    art = newsclean.clean(_post('<h2 id="comments">Comments</h2>').replace("</div></body>",
                                                                            trackbacks + "</div></body>"))
    assert "every week for twenty years" not in art.text


# --- a blog theme's count heading opens the thread whatever its anchor (snippets44) ----

@pytest.mark.parametrize("heading", ["<h2>2 Responses to “Council closes library”</h2>",
                                     "<h3>2 Kommentare zu „Council closes library“</h3>",
                                     "<h3>One thought on “Council closes library”</h3>"])
def test_a_thread_under_a_count_heading_goes(heading: str) -> None:
    art = newsclean.clean(_post(heading))
    assert "civic centre" in art.text and "schools that use the library" in art.text
    assert "every week for twenty years" not in art.text and "long bus ride" not in art.text
    gone = [r for r in art.removed if r.plugin == "content:locate" and r.kind == "comments"]
    assert any("long bus ride" in r.text for r in gone)


def test_a_count_heading_among_sections_of_prose_keeps_them() -> None:
    # the count heading one section among others of its rank: no thread at the container's end
    art = newsclean.clean(_reference("<h2>2 Responses to “wordtally”</h2>" + SECTIONS.replace("h2 id", "h2 data-id")))
    assert "hyphenated name counts once" in art.text and "accented words are split" in art.text


@pytest.mark.parametrize("heading", ["<h2>2 Comments</h2>", "<h3>Kommentare (2)</h3>", "<h3>{ 2 Responses }</h3>"])
def test_a_thread_under_a_heading_holding_its_count_goes(heading: str) -> None:
    art = newsclean.clean(_post(heading))
    assert "civic centre" in art.text and "schools that use the library" in art.text
    assert "every week for twenty years" not in art.text and "long bus ride" not in art.text
