"""The site's name ending a page's <title> ("Headline - Example Times") names the publisher: an author value
equal to it (a rel=author link to the site's own account) is proposed as the publisher, below any person."""
from __future__ import annotations

import newsclean
from newsclean.authors import title_site_name

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def test_the_last_short_segment_of_the_title_is_the_site_name() -> None:
    assert title_site_name("Council approves the plan - Example Times") == "Example Times"
    assert title_site_name("Council approves the plan | Opinion | Example Times") == "Example Times"
    assert title_site_name("Council approves the plan") is None
    assert title_site_name("Council approves - the plan that adds bus routes and longer hours") is None


def _page(tail: str) -> str:
    return ("<html><head><title>Council approves the transit plan - Example Times</title></head><body><article>"
            "<h1>Council approves the transit plan</h1><div class='date'>17.05.2026, 19:06</div>"
            "<p class='meta'><a rel='author' href='/profile/site/'>Example Times</a></p><div class='body'>"
            + PROSE + tail + "</div></article></body></html>")


def test_a_signature_wins_over_an_author_link_naming_the_site() -> None:
    art = newsclean.clean(_page("<p><strong>Jane Doe</strong></p>"))
    assert art.authors == ["Jane Doe"]


def test_an_author_link_naming_the_site_is_kept_when_no_person_is_named() -> None:
    art = newsclean.clean(_page(""))
    assert art.authors == ["Example Times"]
