"""content: on a page declared a forum topic (schema.org DiscussionForumPosting), the wrappers named for
replies or comments hold its posts: their class words are not held against them, so the run of short
posts outweighs a banner's one-sentence box under the title (scoring.comment_named)."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins.container.scoring import comment_named

POSTS = ("Has anyone heard back from the coastal programme yet? I sent my forms in early June.",
         "Nothing here either, although a friend of mine got a letter last Tuesday.",
         "Congratulations to everyone who got an invitation, good luck with the next round!",
         "我上周也收到了邮件，面试安排在下个月初，祝大家好运。")


def page(declared: str = "DiscussionForumPosting", box: str = "block-body js-replyNewMessageContainer") -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>'
          % declared) if declared else ""
    posts = "".join(f"<div class='msg msg--post'><div class='msg-user'>Member{i}</div>"
                    f"<div class='msg-body'><div class='msg-text'>{t} ({i})</div></div></div>"
                    for i, t in enumerate(POSTS))
    return (f"<html><head><title>Programme letters this year</title>{ld}</head><body>"
            "<div class='page-title'><h1>Programme letters this year</h1></div>"
            "<div class='banner-unit'><div class='unit-text'>This board is kept running by the kind "
            "support of our members and donors, who make all of it possible. Thank you.</div></div>"
            f"<div class='board'><div class='{box}'>{posts}</div></div>"
            "<div class='footer-links'><a href='/a'>About</a> <a href='/b'>Rules</a></div></body></html>")


def test_posts_in_a_reply_named_box_are_kept_on_a_declared_forum_topic():
    art = Cleaner().clean(page())
    assert all(f"({i})" in art.text for i in range(len(POSTS)))
    assert any("declares itself a forum topic" in n and "named for replies" in n for n in art.notes)


def test_the_same_box_on_an_undeclared_page_is_a_comment_section():
    art = Cleaner().clean(page(declared=""))
    assert not any("named for replies" in n for n in art.notes)
    assert "(0)" not in art.text


def test_a_question_page_s_comment_boxes_keep_their_hint():
    art = Cleaner().clean(page(declared="QAPage"))
    assert not any("named for replies" in n for n in art.notes)


def test_only_comment_words_make_a_post_wrapper():
    assert comment_named("block-body js-replyNewMessageContainer", None)
    assert comment_named("comment-list", "comments")
    assert not comment_named("comment-sidebar", None)  # (a sidebar's word too)
    assert not comment_named("related-comments", None)
    assert not comment_named("msg-body", None)
    assert not comment_named(None, None)
