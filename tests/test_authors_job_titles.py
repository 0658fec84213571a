"""Job titles beside a name are no co-authors ("X, Senior Director", "<dt>X</dt><dd>Digital Content
Producer</dd>"), and an honorific's full stop ends no name ("Dr. Allen")."""
from __future__ import annotations

import newsclean
from newsclean.authors import is_honorific, job_title, latin_name

BODY = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
        "and extends service hours on weekends for riders across the region.</p>") * 4


def _page(head: str, header: str) -> str:
    return (f"<html><head><title>Council approves transit plan</title>{head}</head><body><article>"
            f"<h1>Council approves transit plan</h1>{header}{BODY}</article></body></html>")


def test_job_title_shapes() -> None:
    assert job_title("Senior Director") and job_title("Trial Attorney") and job_title("Digital Content Producer")
    assert job_title("Geschäftsführerin") and job_title("Directora")
    assert not job_title("Dana Holloway") and not job_title("Anna Director Smith") and not job_title("")
    assert latin_name("Marketing Director") is None and latin_name("Maria Jensen") == "Maria Jensen"

def test_a_job_title_after_the_name_ends_a_bylines_names() -> None:
    header = ("<p>By Maria Jensen, Senior Director, Content &amp; Marketing, Example Group and Riverside "
              "Institute</p>")
    assert newsclean.clean(_page("", header)).authors == ["Maria Jensen"]

def test_a_job_title_beside_the_name_in_a_byline_element_is_no_co_author() -> None:
    header = "<div class='post-author'>Maria Jensen, Trial Attorney</div>"
    assert newsclean.clean(_page("", header)).authors == ["Maria Jensen"]
    boxed = ("<div class='page__author'><a href='/people/maria/'><dl><dt>Maria Jensen</dt>"
             "<dd>Digital Content Producer</dd></dl></a></div>")
    assert newsclean.clean(_page("", boxed)).authors == ["Maria Jensen"]

def test_an_honorific_stop_ends_no_name() -> None:
    assert is_honorific("Dr.") and is_honorific("Prof") and is_honorific("Dott.") and not is_honorific("Allen")
    head = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Council approves transit plan", '
            '"author": {"@type": "Person", "name": "Dr. Allen"}}</script>')
    assert newsclean.clean(_page(head, "")).authors == ["Dr. Allen"]


def test_a_profile_links_text_and_a_paid_posts_label_name_no_one() -> None:
    from newsclean.authors import names_no_one, tidy_name
    assert names_no_one("Full Bio") and names_no_one("View Profile") and not names_no_one("Thomas More")
    assert tidy_name("Example Media Sponsored") == "Example Media" and tidy_name("Jane Sponsored") == "Jane Sponsored"
    assert tidy_name("Laura Beck View Profile") == "Laura Beck" and tidy_name("Mary Content") == "Mary Content"
    assert names_no_one("Google Plus")
    header = "<div class='article-author'><a href='/about/jane-doe'>Full Bio</a></div>"
    assert newsclean.clean(_page("", header)).authors == []
