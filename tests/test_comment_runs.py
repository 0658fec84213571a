"""A comment thread that no class, id or count heading names, after a story: a run of alike boxes, each with
a stamp line and a short text, goes as comments (``threadshape.comment_run``, the ``commentpolicy:runs``
step). The same boxes making a board's page, or only two of them, stay."""
from __future__ import annotations

import newsclean

STORY = (
    "The town council voted on Tuesday night to turn the disused tram depot into a covered market hall.",
    "Traders who now sell from folding tables on the square will get fixed stalls, running water and power.",
    "Building work starts in the spring and the hall should open before the harvest festival next year.",
    "The council expects forty stalls at first, with room for twenty more once the upper floor is rebuilt.",
    "Residents asked for late opening on Fridays, which the market's new manager promised to look into.",
)
REPLIES = (
    ("plumtree", "2024-03-05 21:14:02", "About time, the square gets so muddy in autumn that nobody stays long."),
    ("ovenbird", "2024-03-06 08:02:45", "I hope the rents stay low enough for the small growers to keep coming."),
    ("gravelpit", "2024-03-06 10:37:19", "Will there be parking nearby? The depot road is narrow already."),
    ("marshwren", "2024-03-07 17:55:03", "My grandmother rode the tram from that depot, nice to see it in use."),
)


def _page(replies: int = 4, story: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY) if story else ""
    boxes = "".join(f"<li><b>Re: market hall</b><br>{when} {name} [Reply]<br>{text}</li>"
                    for name, when, text in REPLIES[:replies])
    return ("<html><head><title>Tram depot becomes market hall</title></head><body>"
            "<div id=\"main\"><h1>Tram depot becomes market hall</h1>"
            f"{body}<ul>{boxes}</ul></div></body></html>")


def test_a_run_of_alike_stamped_boxes_after_the_story_goes_as_comments() -> None:
    art = newsclean.clean(_page())
    assert all(p[:40] in art.text for p in STORY)
    for _, _, text in REPLIES:
        assert text not in art.text
    gone = [r for r in art.removed if r.text == REPLIES[0][2]]
    assert gone and gone[0].kind == "comments" and "named by no class" in gone[0].reason


def test_two_stamped_boxes_are_no_run() -> None:
    art = newsclean.clean(_page(replies=2))
    assert not [r for r in art.removed if "named by no class" in r.reason]


def test_the_boxes_without_a_story_before_them_stay() -> None:
    """No article's text before the run: the boxes are the page's content (a board's posts)."""
    art = newsclean.clean(_page(story=False))
    assert not [r for r in art.removed if "named by no class" in r.reason]


def test_stamped_boxes_between_the_storys_paragraphs_stay() -> None:
    """Posts embedded in a story (quoted messages between its paragraphs) are no thread after it."""
    boxes = [f"<li><b>Re: market hall</b><br>{when} {name} [Reply]<br>{text}</li>" for name, when, text in REPLIES]
    between = ("A second paragraph of the story follows the first reader's message quoted above it here.",
               "The story goes on after the second message, as a reporter's text between the quotes does.",
               "Its last paragraph stands after the third message, and the fourth closes the story.")
    mixed = "".join(f"<p>{p}</p>" for p in STORY) + "<ul>" + "".join(
        box + (f"<p>{p}</p>" if p else "") for box, p in zip(boxes, between + ("",))) + "</ul>"
    page = ("<html><head><title>Tram depot becomes market hall</title></head><body><div id=\"main\">"
            f"<h1>Tram depot becomes market hall</h1>{mixed}</div></body></html>")
    art = newsclean.clean(page)
    assert REPLIES[3][2] in art.text
    assert not [r for r in art.removed if "named by no class" in r.reason]
