"""chrome + content: a thread whose every post (the first one too) sits in a comment-named box inside a
wrapper of its own: the posts after the first are the thread's, kept and taken with it; a comment
section under a news article still goes."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import chrome
from newsclean.plugins.container import choice

POSTS = ["My balcony tomatoes split every summer after a heavy rain, even though I water them each evening. "
         "Is there a variety that copes better, or should I change how I water them?",
         "Splitting comes from uneven water: a dry spell and then a soaking. Mulch the pots and water in the "
         "morning instead of the evening.",
         "Cherry varieties split less in my experience, and a deeper pot holds the moisture longer.",
         "I moved mine under the roof edge so the storms no longer drench them, and the splitting stopped.",
         "Thanks, I will try the mulch and a bigger pot this year."]
ZH_POSTS = ["我家阳台的番茄每年夏天下大雨以后都会裂开，虽然我每天晚上都浇水。有没有更耐裂的品种，还是我应该改变浇水的方法？",
            "裂果是因为水分不均匀：先干了很久，然后一下子浇透。给花盆铺上覆盖物，改在早上浇水。",
            "根据我的经验，樱桃番茄不太容易裂，深一点的花盆也能保水更久。",
            "我把花盆搬到屋檐下面，暴雨淋不到了，裂果的问题就没有再出现。",
            "谢谢大家，今年我试试覆盖物和大一点的花盆。"]
RULES = ("<p>Welcome to the garden help board. Before you post, search the archive: most questions about "
         "watering, pests and soil have been answered before, often with pictures of the plants.</p>"
         "<p>Be kind to new members, keep each topic to one question, and mark the answer that solved your "
         "problem so that others can find it later.</p>"
         "<p>Pictures help a lot: show the whole plant and a close view of the leaves, in daylight.</p>")


def _thread(posts: list[str], title: str = "Tomatoes split after rain") -> str:
    items = "".join(
        f'<article id="post_{100 + i}" class="forum-post">'
        f'<aside class="post-author"><a href="/u/{i}">member{i}</a> <span>120 posts</span></aside>'
        f'<div id="comment-{100 + i}_wrap" class="post-content"><p>{p}</p></div>'
        f'<div class="post-tools"><a href="#">Quote</a></div></article>'
        for i, p in enumerate(posts))
    return (f"<html><head><title>{title}</title></head><body>"
            '<nav><a href="/">Forums</a> <a href="/garden">Garden</a></nav>'
            f'<div class="board-intro">{RULES}</div>'
            f'<div class="topic"><h1>{title}</h1><div id="comments" class="topic-posts">{items}</div></div>'
            "</body></html>")


@pytest.mark.parametrize("posts", [POSTS, ZH_POSTS])
def test_the_posts_after_the_first_are_kept(posts: list[str]) -> None:
    art = newsclean.clean(_thread(posts))
    for p in posts:
        assert p[:20] in art.text
    assert not [r for r in art.removed if r.kind == "comments" and any(p[:20] in r.text for p in posts)]


def test_two_posts_are_a_thread() -> None:
    art = newsclean.clean(_thread(POSTS[:2]))
    assert POSTS[0][:30] in art.text and POSTS[1][:30] in art.text


def test_comments_alike_a_news_body_in_name_only_still_go() -> None:
    # the comments' boxes repeat the article's wrapper, but their own class is a comment's, not the body's
    body = ("<p>The city council voted on Tuesday to cut two of its four night bus routes from the first of "
            "March, after a year of falling numbers of riders.</p>"
            "<p>Officials said the routes carried fewer than ten riders an hour after midnight during the past "
            "year, and that the savings would go to the day routes.</p>")
    items = "".join(f'<div class="entry"><div id="comment-{i}" class="comment-body"><p>{p}</p></div></div>'
                    for i, p in enumerate(POSTS))
    html = ("<html><head><title>Council cuts night buses</title></head><body><main>"
            f'<div class="entry"><h1>Council cuts night buses</h1><div class="entry-body">{body}</div></div>'
            f"{items}</main></body></html>")
    art = newsclean.clean(html)
    assert "fewer than ten riders" in art.text
    assert not any(p[:30] in art.text for p in POSTS)
    assert any(r.kind == "comments" for r in art.removed)


def test_post_levels_and_minimums_are_data() -> None:
    assert 1 <= chrome.POST_LEVELS <= 5
    assert choice.POST_MIN >= 2 and choice.POST_MIN_PROSE > 0
