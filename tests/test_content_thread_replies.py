"""content: a thread's opening post keeps the replies set after it in a box of their own (cousins, not
siblings), when each reply is made with the opening post's own template (choice._replies)."""
from __future__ import annotations

from newsclean import Cleaner

Q = ("I have been riding an old gravel bike for six years and the frame is finally cracked near the "
     "bottom bracket, so I am looking for a replacement that can handle long rides on rough roads. ")
A = ("We switched to a steel frame last spring and it has been much more comfortable on the washboard "
     "sections, although it weighs a little more than the aluminium one it replaced. ")
ZH = "我去年春天换了一个钢架，在搓板路上骑起来舒服多了，虽然比原来的铝架稍微重一点，但长途骑行完全没有问题。"


def clean(html: str):
    return Cleaner().clean(html)


def card(i: int, text: str, n: int, outer: str = "card card--first") -> str:
    body = "".join(f"<p>{text} ({i}.{k})</p>" for k in range(n))
    return (f"<div class='{outer}'><div class='card__who'>Rider{i} · 2 Jun</div>"
            f"<div class='cell cell--main'><div class='msg-text'>{body}</div></div></div>")


def reply(i: int, text: str, n: int, template: bool = True) -> str:
    if template:
        return f"<section class='post post-root'>{card(i, text, n, 'card')}</section>"
    body = "".join(f"<p>{text} ({i}.{k})</p>" for k in range(n))
    return f"<section class='post post-root'><div class='note-box'>{body}</div></section>"


def page(first: str, replies: str, title: str = "Replacement for a cracked gravel frame",
         head: str = "<div class='topic-head'><h1>{t}</h1></div>", wrap: str = "div") -> str:
    side = ("<div class='sidebar'><h3>Similar topics</h3><ul>"
            + "".join(f"<li><a href='/t/{i}'>Topic {i}</a></li>" for i in range(8)) + "</ul></div>")
    return (f"<html><head><title>{title}</title></head><body>{head.format(t=title)}"
            f"<{wrap} class='thread-body'>{first}<div class='block block--list'><div class='block-body js-replyContainer'>"
            f"{replies}</div></div></{wrap}>{side}</body></html>")


def test_the_replies_after_the_opening_post_are_kept():
    art = clean(page(card(0, Q, 4), "".join(reply(i, A, 1) for i in range(1, 5))))
    for i in range(1, 5):
        assert f"({i}.0)" in art.text
    assert "(0.0)" in art.text and "(0.3)" in art.text
    assert any("opening post" in n for n in art.notes)


def test_replies_in_chinese_are_kept():
    art = clean(page(card(0, Q, 4), "".join(reply(i, ZH, 1) for i in range(1, 5))))
    assert all(f"({i}.0)" in art.text for i in range(1, 5))


def test_boxes_of_another_template_are_no_replies():
    art = clean(page(card(0, Q, 6), "".join(reply(i, A, 1, template=False) for i in range(1, 5))))
    assert "(0.0)" in art.text
    assert not any("opening post" in n for n in art.notes)


def test_one_reply_is_no_thread():
    art = clean(page(card(0, Q, 6), reply(1, A, 1)))
    assert not any("opening post" in n for n in art.notes)


def test_a_lone_article_keeps_its_comments_out():
    art = clean(page(card(0, Q, 6), "".join(reply(i, A, 1) for i in range(1, 5)), wrap="article"))
    assert "(0.0)" in art.text
    assert not any("opening post" in n for n in art.notes)


def row(i: int, text: str, n: int) -> str:
    body = "".join(f"<p>{text} ({i}.{k})</p>" for k in range(n))
    return (f"<div class='post-row'><div class='who'>Rider{i}</div>"
            f"<div class='post-text'><div class='bbcode'>{body}</div></div></div>")


def dated(rows: str, stamp: str = "<meta property='article:published_time' content='2024-06-02T10:00:00'>") -> str:
    return (f"<html><head><title>Replacement for a cracked gravel frame</title>{stamp}</head><body>"
            f"<div class='topic'><h1>Replacement for a cracked gravel frame</h1></div>"
            f"<form class='thread-form'><div class='posts-area'>{rows}</div></form>"
            "<div class='sidebar'><ul>" + "".join(f"<li><a href='/t/{i}'>Topic {i}</a></li>" for i in range(8))
            + "</ul></div></body></html>")


def test_short_posts_made_with_the_first_post_s_template_are_kept_on_a_dated_page():
    art = clean(dated(row(0, Q, 6) + "".join(row(i, A, 1) for i in range(1, 4))))
    assert all(f"({i}.0)" in art.text for i in range(4))
    assert any("page of entries" in n for n in art.notes)


def test_short_alike_boxes_on_an_undated_page_are_no_thread():
    art = clean(dated(row(0, Q, 6) + "".join(row(i, A, 1) for i in range(1, 4)), stamp=""))
    assert "(0.0)" in art.text
    assert not any("page of entries" in n for n in art.notes)


def declared(html: str, kind: str, microdata: bool = False) -> str:
    if microdata:
        return html.replace("<body>", f"<body itemscope itemtype='https://schema.org/{kind}'>", 1)
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>' % kind
    return html.replace("</head>", ld + "</head>", 1)


def test_one_answer_is_kept_on_a_page_declared_a_question_page():
    art = clean(declared(page(card(0, Q, 6), reply(1, A, 1)), "QAPage"))
    assert "(0.0)" in art.text and "(1.0)" in art.text
    assert any("the opening post and 1 reply wrappers" in n for n in art.notes)


def test_one_answer_is_kept_on_a_page_with_a_forum_topic_s_microdata():
    art = clean(declared(page(card(0, Q, 6), reply(1, ZH, 1)), "DiscussionForumPosting", microdata=True))
    assert "(1.0)" in art.text


def test_one_box_of_another_template_is_no_answer_on_a_question_page():
    art = clean(declared(page(card(0, Q, 6), reply(1, A, 1, template=False)), "QAPage"))
    assert "(0.0)" in art.text and "(1.0)" not in art.text
    assert not any("opening post" in n for n in art.notes)


def test_one_reply_under_a_declared_news_article_is_no_answer():
    art = clean(declared(page(card(0, Q, 6), reply(1, A, 1)), "NewsArticle"))
    assert "(1.0)" not in art.text
