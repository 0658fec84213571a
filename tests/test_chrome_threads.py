"""chrome: a thread page's posts are its content; an id made from a section's own heading names no region;
a tab panel with a picker (``<select>``, a checkbox) is no form."""
from __future__ import annotations

import pytest

import newsclean
from newsclean import Cleaner
from newsclean.plugins import chrome

POSTS = ["I think the city should keep the night buses running, because shift workers have no other way home.",
         "The night buses were half empty when I rode them last winter, so a smaller van might serve just as well.",
         "A smaller van still needs a driver, and drivers are the cost that matters, not the size of the vehicle.",
         "We had the same debate in our town; the council kept one route and moved it closer to the hospital.",
         "Moving the route closer to the hospital sounds sensible, since nurses finish their shifts after midnight.",
         "Whatever they choose, the timetable should be published a month ahead so people can plan their trips."]
ZH_POSTS = ["我觉得夜班公交应该保留，因为很多上夜班的人没有别的办法回家，打车又太贵了。",
            "去年冬天我坐过几次夜班车，车上人很少，也许换成小型车就够用了，还能省下油钱。",
            "小车也需要司机，真正花钱的是司机的工资，而不是车的大小，这一点大家要想清楚。",
            "我们镇上以前也讨论过这个问题，最后议会保留了一条线路，并把它改到了医院附近。",
            "改到医院附近很合理，护士们常常半夜才下班，这条线路对她们来说非常重要。",
            "不管最后怎么决定，时刻表都应该提前一个月公布，这样大家才能安排好自己的出行。"]


def _thread(posts: list[str], title: str = "Should the night buses stay?") -> str:
    items = "".join(f'<div class="comment"><span class="user">user{i}</span><p>{p}</p></div>'
                    for i, p in enumerate(posts))
    return (f"<html><head><title>{title}</title></head><body>"
            '<div class="top"><a href="/">Home</a> <a href="/new">New</a></div>'
            f'<table class="fatitem"><tr><td><a href="/x">{title}</a></td></tr></table>'
            f'<div class="comment-tree">{items}</div></body></html>')


@pytest.mark.parametrize("posts", [POSTS, ZH_POSTS])
def test_a_thread_page_keeps_its_posts(posts: list[str]) -> None:
    art = newsclean.clean(_thread(posts))
    assert all(p[:30] in art.text for p in posts)
    assert not [r for r in art.removed if r.kind == "comments" and r.plugin == "chrome:chrome"]
    assert any("a thread page" in n for n in art.notes)


def test_comments_under_a_news_article_still_go() -> None:
    body = "".join(f"<p>{s}</p>" for s in (
        "The city council voted on Tuesday to cut two of its four night bus routes from the first of March.",
        "Officials said the routes carried fewer than ten riders an hour after midnight during the past year.",
        "Unions for the drivers said they would ask the council to reconsider the plan at its next meeting."))
    items = "".join(f'<div class="comment"><p>{p}</p></div>' for p in POSTS)
    html = ("<html><head><title>Council cuts night buses</title></head><body><article>"
            f"<h1>Council cuts night buses</h1>{body}</article>"
            f'<div class="comment-tree">{items}</div></body></html>')
    art = newsclean.clean(html)
    assert "fewer than ten riders" in art.text
    assert POSTS[0][:30] not in art.text
    assert not any("a thread page" in n for n in art.notes)


def test_thread_shares_are_data() -> None:
    assert 0.5 <= chrome.THREAD_SHARE < 1 and 0 < chrome.THREAD_OUTSIDE_SHARE < 1
