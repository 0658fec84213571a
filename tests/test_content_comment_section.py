"""An old blog engine's comments, set as plain paragraphs after a heading anchored as the comments,
each under its commenter's stamp line, go as a comment section; a heading so anchored without stamp
lines under it (a style guide's section on code comments) keeps its text."""
from __future__ import annotations

import newsclean

POST = ["The committee met on Monday to discuss the budget for next year, and agreed to keep most of the "
        "spending at the level of this year while the new plan is worked out.",
        "Members said the cuts proposed in the spring would hurt the schools most, and asked for a study of "
        "what the district could save on buildings and transport instead."]
COMMENTS = ["I could not agree more with this, the schools have suffered enough over the last few years.",
            "Has anyone looked at what the district pays for its buses? That seems like the obvious place.",
            "Thanks for the summary, it is more than the local paper has managed this week."]


def page(stamps: bool = True, anchor: str = "<h2 id='comments'>Comments</h2>") -> str:
    body = "".join(f"<p>{t}</p>" for t in POST)
    rest = "".join(f"<p>{c}</p>" + (f"<p class='posted'>Posted by: <a href='http://example.org/{i}'>Reader {i}</a> "
                                     f"at March {i + 3}, 2007 10:1{i} PM</p>" if stamps else "")
                   for i, c in enumerate(COMMENTS))
    return ("<html><head><title>Budget kept for next year</title></head><body><div id='content'>"
            f"<h1>Budget kept for next year</h1>{body}<p class='posted'>Posted by Jane Roe at March 2, 2007 09:00 AM</p>"
            f"{anchor}{rest}</div></body></html>")


def test_the_comments_after_an_anchored_heading_go_as_a_comment_section():
    for anchor in ("<h2 id='comments'>Comments</h2>", "<h2><a id='comments'></a>Comments</h2>"):
        art = newsclean.clean(page(anchor=anchor))
        assert all(t in art.text for t in POST), anchor
        assert not any(c in art.text for c in COMMENTS), anchor
        assert any(r.kind == "comments" and r.plugin.startswith("content") and COMMENTS[0] in r.text
                   for r in art.removed), anchor


def test_without_stamp_lines_the_section_stays():
    art = newsclean.clean(page(stamps=False))
    assert all(c in art.text for c in COMMENTS)
