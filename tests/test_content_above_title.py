"""A short post under its title heading is the article, not the blog's longer description in the
masthead above that heading: an element all above the title heading, without the paragraph under it,
counts half, and neither a climb nor a sibling takes such an element in."""
from __future__ import annotations

import newsclean

DESCRIPTION = ("The media critic's notebook. Written by a long-time editor in the city, this blog covers news, "
               "media, journalism, politics and whatever else crosses his desk.")
POST = "Six days without power so far. Looking at this, I am guessing another week or even two."


def page(post: str = POST) -> str:
    share = "".join(f"<div class='share'><a href='/s{i}'>Share on network {i}</a></div>" for i in range(3))
    return ("<html><head><title>What stands between us and electricity</title></head><body>"
            "<div id='wrapper'><div id='header'><h1 id='blog-title'><a href='/'>Notebook</a></h1>"
            f"<div id='blog-description'>{DESCRIPTION}</div></div>"
            "<div id='container'><div id='content'><div class='post hentry'>"
            "<h2 class='entry-title'><a href='/2012/11/03/what-stands'>What stands between us and electricity</a></h2>"
            f"<div class='entry-meta'>November 3, 2012 by Jane Roe <a href='/tag/storm'>storm</a></div>{share}"
            f"<div class='entry-content'><p>{post}</p></div></div></div></div>"
            "<div id='footer'>Powered by a blog engine.</div></div></body></html>")


def test_the_short_post_is_the_article_not_the_masthead_blurb():
    art = newsclean.clean(page())
    assert POST in art.text
    assert DESCRIPTION not in art.text


def test_a_long_post_still_takes_nothing_from_above_its_title():
    long_post = " ".join([POST] * 6)
    art = newsclean.clean(page(long_post))
    assert long_post in art.text
    assert DESCRIPTION not in art.text
