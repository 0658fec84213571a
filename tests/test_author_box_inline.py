"""An author box named on an inline element that swallows the story is no author box."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.container import inside

STORY = ("The harbour board voted on Tuesday to widen the northern quay, a project that has been delayed "
         "for six years by disputes over funding, dredging permits and the fate of the old fish market. ")
LINES = ("The new quay will take ships twice the size of those that dock today, the board said, and work "
         "should begin before the end of the year if the last permit arrives in time.")


def _page(opening: str) -> str:
    body = "".join(f"<p>{STORY}Paragraph {n} adds that {LINES}</p>" for n in range(4))
    return ("<html><head><title>Quay to be widened</title></head><body><nav><a href='/'>Home</a>"
            "<a href='/news'>News</a></nav><div class='post'><h1>Quay to be widened</h1>"
            f"<div class='post-body'>{opening}{body}</div></div><footer>Contact us</footer></body></html>")


SWALLOWING = [
    # a byline span a pasted post's text sits in, lines set apart by breaks
    ("<span class='byline-author'><span class='byline-author'>Posted by Mara Lind, Ports Editor</span><br><br>"
     f"Opening words: {STORY}{STORY}{LINES}<br><br>Second thought: {LINES}</span>"),
    # a byline span closed after the story's first paragraphs (short ones: two paragraphs are no bio,
    # whatever their length)
    "<span class='byline'>By Mara Lind<p>Opening words: the quay will be widened.</p>"
    "<p>Second thought: the fish market stays where it is.</p></span>",
]


@pytest.mark.parametrize("opening", SWALLOWING)
def test_an_inline_author_box_holding_the_story_keeps_the_story(opening: str) -> None:
    art = newsclean.clean(_page(opening))
    assert "Opening words" in art.text and "Second thought" in art.text
    assert not any("Opening words" in r.text for r in art.removed)


def test_a_real_inline_author_box_above_the_body_still_goes() -> None:
    # the author's linked name and a line about them in a span: short, no paragraph in it
    art = newsclean.clean(_page("<span class='author-bio'><a href='/mara'>Mara Lind</a><br>"
                                "Mara is a staff writer who covers ports and shipping.</span>"))
    assert "Paragraph 0" in art.text
    assert any(r.text == "Mara Lind" and r.kind == "bio" for r in art.removed)


@pytest.mark.parametrize("opening", SWALLOWING)
def test_the_inline_rule_is_what_keeps_the_story(opening: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inside, "INLINE_BOX_TAGS", frozenset())
    art = newsclean.clean(_page(opening))
    assert any("Opening words" in r.text for r in art.removed)
