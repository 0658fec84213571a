"""A blog theme's page: the blog's name in the logo ``<h1>``, the post in a ``widget``-named box under an
``<h3>`` title, a long sidebar beside it. The head title reads "Blog Name: Post Title"; the article is the
post, not the blog's description under the logo."""
from __future__ import annotations

import newsclean
from newsclean.plugins.title import clean_title

POST = ["The company said on Tuesday that sales of its new handset fell short of what analysts had expected, "
        "and that it would cut its forecast for the year.",
        "Shares fell by eight percent in early trading, their lowest level since the spring, before recovering "
        "some of the loss by the close.",
        "Analysts said the launch of a rival model next month would put more pressure on prices in the second half."]
DESCRIPTION = ("Notes on company filings, written by a retired accountant who reads the footnotes so that you do "
               "not have to, and who writes about what he finds there.")
SIDEBAR = ("<div id='sidebar-wrapper'>"
           + "".join(f"<div class='widget HTML'><h2>Box {i}</h2><p>This is a long note about the blog and its "
                     f"author, number {i}, with some words on where he has worked, what he reads and why he started "
                     f"writing, so that the sidebar holds more prose than the post.</p></div>" for i in range(5))
           + "</div>")


def page(title: str = "Filing Notes: Handset sales fall short of forecasts", heading: str = "h3",
         logo: str = "Filing Notes") -> str:
    body = "".join(f"<p>{t}</p>" for t in POST)
    return (f"<html><head><title>{title}</title></head><body>"
            f"<div id='header'><div id='Header1' class='widget Header'><h1 class='title'>{logo}</h1>"
            f"<p class='description'>{DESCRIPTION}</p></div></div>"
            f"<div id='main'><div id='Blog1' class='widget Blog'><h2 class='date-header'>Sunday, October 14, 2012</h2>"
            f"<div class='post hentry'><{heading} class='post-title entry-title'><a href='/2012/10/handset.html'>"
            f"Handset sales fall short of forecasts</a></{heading}><div class='post-body entry-content'>{body}</div>"
            f"</div></div></div>{SIDEBAR}</body></html>")


def test_the_blog_name_before_a_colon_is_the_site_and_the_post_title_the_headline():
    art = newsclean.clean(page())
    assert art.title == "Handset sales fall short of forecasts"


def test_the_post_in_a_widget_box_under_an_h3_title_is_the_article():
    art = newsclean.clean(page())
    assert all(t in art.text for t in POST)
    assert DESCRIPTION not in art.text
    assert "Box 1" not in art.text and "long note about the blog" not in art.text


def test_the_post_title_in_an_h3_is_found_under_a_logo_picture():
    # the logo heading holds a picture: the head title's headline is found in the post's <h3>
    art = newsclean.clean(page(title="Handset sales fall short of forecasts - Filing Notes",
                               logo="<a href='/'><img src='/logo.png' alt=''></a>"))
    assert all(t in art.text for t in POST)
    assert DESCRIPTION not in art.text


def test_a_leading_colon_segment_goes_only_when_it_is_the_sites_own_name():
    assert clean_title("Example Blog: Handset sales fall short", ["Example Blog"]) == "Handset sales fall short"
    assert clean_title("Exampleblog: Handset sales fall short", [], "exampleblog.com") == "Handset sales fall short"
    # a kicker, or a speaker quoted, is part of the headline
    assert clean_title("Apple: Handset sales fall short", ["Example Blog"], "exampleblog.com") == \
        "Apple: Handset sales fall short"


def test_an_h1_that_is_the_whole_head_title_stays_the_title():
    html = ("<html><head><title>Apple: Handset sales fall short</title></head><body><h1>Apple: Handset sales fall "
            "short</h1>" + "".join(f"<p>{t}</p>" for t in POST) + "</body></html>")
    assert newsclean.clean(html).title == "Apple: Handset sales fall short"


def test_headline_colon_site_under_the_headlines_h1_keeps_the_headline():
    # "Headline: Site Name" with <h1>Headline</h1>: no heading names the part after the colon, so the
    # h1 is no logo and the site's name is not taken for the headline
    html = ("<html><head><title>Handset sales fall short of forecasts: Example Shopping Reviews</title></head><body>"
            "<h1>Handset sales fall short of forecasts</h1>" + "".join(f"<p>{t}</p>" for t in POST)
            + "<h3>More from the shop</h3></body></html>")
    assert newsclean.clean(html).title == "Handset sales fall short of forecasts"
