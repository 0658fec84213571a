"""A line a board's template writes into every post box (a prompt under each attached picture) is the
template's, not a quote: in three or more post boxes, alone in a classed element of its own, it goes as chrome
with its reason. A quote flattened into a post's text, or a line said in only two boxes, stays."""
from __future__ import annotations

import newsclean
from test_board_topic import POSTS, board

PROMPT = "Register with the club to view the camera settings of this picture"


def _with_prompt(boxes: int, classed: bool = True) -> str:
    """The board with the template's prompt under a picture in the first ``boxes`` posts."""
    page = board()
    attr = ' class="attach-meta"' if classed else ""
    for _, _, _, text in POSTS[:boxes]:
        page = page.replace(f'<div class="content">{text}</div>',
                            f'<div class="content">{text}<div class="attachment"><img src="/a.jpg" alt="">'
                            f'<div{attr}><a href="/join">Register</a> with the club to view the camera settings '
                            'of this picture</div></div></div>', 1)
    return page


def test_a_line_every_post_box_repeats_goes_as_the_templates() -> None:
    art = newsclean.clean(_with_prompt(4))
    assert PROMPT not in art.text
    gone = [r for r in art.removed if PROMPT in r.text]
    assert len(gone) == 4
    assert all(r.kind == "chrome" and "post boxes of the thread say alike" in r.reason for r in gone)
    assert all(text[:40] in art.text for _, _, _, text in POSTS)


def test_a_line_two_post_boxes_say_is_no_templates() -> None:
    art = newsclean.clean(_with_prompt(2))
    assert not [r for r in art.removed if PROMPT in r.text and "post boxes" in r.reason]


def test_a_line_in_no_classed_element_of_its_own_is_no_templates() -> None:
    """A quote flattened into the posts' text has no element of its own with a class."""
    art = newsclean.clean(_with_prompt(4, classed=False))
    assert not [r for r in art.removed if PROMPT in r.text and "post boxes" in r.reason]
