"""Byline openers naming the piece before the label ("Article by X", "Post written by X", "Posted by X"), the
label alone on its line with the name under it, a description of the person's post after the name that is no
co-author ("X, Head of Marketing and Community Development"), and "Posted by" signatures of comments, which
name no author."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import job_title
from newsclean.plugins.byline import _fields

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(before: str = "", after: str = "") -> str:
    return ("<html><head><title>Council approves the transit plan</title></head><body><article>"
            "<h1>Council approves the transit plan</h1>" + before + PROSE + after + "</article></body></html>")


@pytest.mark.parametrize("line, names", [
    ("Article by Mirela Tovak", ["Mirela Tovak"]),
    ("Article written by: Orin Castellane, MD", ["Orin Castellane"]),
    ("Post written by Hesper Lund", ["Hesper Lund"]),
    ("This post was written by Dara Quellin, Head of Marketing and Community Development", ["Dara Quellin"]),
    ("Posted by Tobin Arkwright on Wed, Oct 24, 2012", ["Tobin Arkwright"]),
    ("Posted by Ilse Varga, Product Marketing Manager Team", ["Ilse Varga"]),
    ("Posted by Ilse Varga, Engineer Example Photos", ["Ilse Varga"]),
])
def test_a_piece_named_before_the_label_opens_a_byline(line: str, names: list[str]) -> None:
    assert _fields(line)[0] == names


@pytest.mark.parametrize("line", [
    "Posted by admin",                   # (no person's name)
    "Articles by category",              # (no opener: "articles" is not "article by")
    "The post by the river was closed.",  # (the label does not open the line)
])
def test_lines_that_are_no_such_byline(line: str) -> None:
    assert _fields(line)[0] == []


def test_co_authors_and_places_are_kept_while_a_description_is_not() -> None:
    assert _fields("By Sela Ormond, Nairobi, and Petr Halasz, Berlin")[0] == ["Sela Ormond", "Petr Halasz"]
    assert _fields("By Sela Ormond and Petr Halasz The Associated Press")[0] == ["Sela Ormond", "Petr Halasz"]
    assert _fields("By Sela Ormond, Senior Director of Research and Petr Halasz")[0] == ["Sela Ormond"]


def test_job_title_anywhere_takes_a_post_word_in_any_place() -> None:
    assert not job_title("Product Manager Team")
    assert job_title("Product Manager Team", anywhere=True)
    assert job_title("Senior Director")
    assert not job_title("Mirela Tovak", anywhere=True)
    assert not job_title("one two three four five six manager", anywhere=True)  # (too long for a post)


def test_the_label_alone_over_the_name_after_the_article() -> None:
    art = newsclean.clean(_page(after="<h3>Article by</h3><p>Mirela Tovak</p>"))
    assert art.authors == ["Mirela Tovak"]
    assert any(r.kind == "byline" and "Mirela Tovak" in r.text for r in art.removed)


def test_a_posted_by_signature_names_the_author_and_stays() -> None:
    art = newsclean.clean(_page(after="<p class='sig'>Posted by Tobin Arkwright, Product Manager</p>"))
    assert art.authors == ["Tobin Arkwright"]
    assert "Posted by Tobin Arkwright, Product Manager" in art.text


def test_posted_by_signatures_of_comments_name_no_author() -> None:
    comments = "".join(f"<div class='comment'><p>I took the new bus line today and it was on time, thanks for "
                       f"the write-up about it.</p><p class='posted'>Posted by: {name} at March 3, 2024 11:37 AM</p>"
                       f"</div>" for name in ("Wendell Ashgrove", "Priya Lomax"))
    art = newsclean.clean(_page(after=comments))
    assert art.authors == []


def test_posted_by_the_same_person_twice_is_still_the_author() -> None:
    art = newsclean.clean(_page(before="<p>Posted by Tobin Arkwright</p>",
                                after="<p class='foot'>Posted by Tobin Arkwright on March 3, 2024</p>"))
    assert art.authors == ["Tobin Arkwright"]


def test_a_post_signed_posted_by_a_handle_is_no_organisation_byline() -> None:
    # (a blog's front page as a text dump: each post closed by its signature line; none is dropped as a
    # byline crediting an organisation, so the posts stay one run)
    posts = ("The harbour ferry now runs every twenty minutes in summer, and the new timetable adds two late "
             "boats on Fridays and Saturdays for people coming home from the old town.",
             "The market square will close for two weeks in May while the stones are relaid, and the stalls move "
             "to the car park beside the station until the work is done.",
             "Our library opens a reading room for students on Sundays from next month, with desks, power points "
             "and a quiet corner for anyone who needs one during the exams.")
    dump = "Harbour notes\n\n" + "".join(f"{p}\n\nposted by QRT | {h}:26 PM |\n\n" for h, p in zip((8, 9, 10), posts))
    art = newsclean.clean(dump, input_kind="text")
    assert all(p in art.text for p in posts)
    assert art.text.count("posted by QRT") >= 2
    assert not any(r.kind == "byline" and "QRT" in r.text for r in art.removed)
