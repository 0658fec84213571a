"""A reader's story typed without sentence marks: its long unpunctuated paragraphs at the end of the
body are prose (lower-case words, many short ones), not a run of labels or tags, and stay; a long run
of capitalised tags without marks under the story still goes."""
from __future__ import annotations

import newsclean
from newsclean.plugins.container.scoring import _unmarked_prose

OPENING = ["I started at the bakery in the spring of last year, after the plant where I had worked for ten "
           "years closed its doors.",
           "The owner was kind to me at first, and he told me that hard work would be noticed by everyone there.",
           "Things changed when a new manager came in the summer and the schedule was posted only a day ahead."]
UNMARKED = ["the worst part was when they sent me to the back to wash the trays on my own for the whole night "
            "and no one came to help me even when the line was out the door and the ovens were all full",
            "after a month i asked for a day off to see my son and they gave it to a new guy who had been there "
            "a week so i went to the owner and he said he would look into it but he never did and when i "
            "asked him again he told me to be glad i had a job at all",
            "in the end i left and found a job at a shop in the next town where the hours are fair and the people "
            "are good to me and i am glad i did it even if the pay is a bit less than it was and the bus "
            "ride takes an hour each way on the days it snows"]
TAGS = ("Bakery Careers Employment Management Overtime Scheduling Workplace Rights Small Business Retail "
        "Hospitality Customer Service Recruitment Training Wages Benefits Seasonal Staffing Leadership")


def page(tail: str = "") -> str:
    body = "<div class='text'>" + "<br/>\n".join(OPENING + UNMARKED) + "</div>"  # (lines set apart by breaks)
    return ("<html><head><title>My year at the bakery</title></head><body>"
            "<div id='nav'><a href='/'>Home</a> | <a href='/stories'>Stories</a></div>"
            "<div class='story'><h1>My year at the bakery</h1>" + body + tail
            + "<p><a href='/comments'>Comments (4)</a> / <a href='/post'>Post a comment</a></p></div>"
            "<div id='footer'><p>Copyright 2007 Work Stories</p></div></body></html>")


def test_unpunctuated_paragraphs_of_a_story_stay_in_the_body():
    art = newsclean.clean(page())
    kept = [p.text for p in art.paragraphs]
    for line in UNMARKED:
        assert line in kept
    assert not [r for r in art.removed if r.text in UNMARKED]


def test_a_long_unpunctuated_run_of_tags_is_still_no_prose():
    assert not _unmarked_prose(TAGS)
    assert all(_unmarked_prose(line) for line in UNMARKED)
    art = newsclean.clean(page(f"<div>{TAGS}</div>"))
    assert TAGS not in [p.text for p in art.paragraphs]


def test_lines_set_in_one_block_are_no_unmarked_prose():
    assert not _unmarked_prose("\n".join(UNMARKED))


def test_a_run_of_identifiers_is_no_unmarked_prose():
    run = " ".join(f"a{i}f3-b{i}e-4c{i}d-9e{i}a-1f{i}b0c2d3e4f" for i in range(30))
    assert not _unmarked_prose(run)
