"""Options.comments: the readers' comments kept as data ("keep") or appended to the text ("append").

Every page here is invented for the test: one per common comment markup, and pages where nothing changes.
"""
from __future__ import annotations

import json

import pytest

from newsclean import Article, Cleaner, Comment, Options
from newsclean.cli import main

ARTICLE = """<article><h1>Town opens new library</h1>
<p>The town opened its new library on Monday after two years of building work, the mayor said.</p>
<p>More than three hundred people came to see the reading rooms and the children's corner.</p>
<p>The building also holds a small cafe and a room for the local history society.</p>
</article>"""

WORDPRESS = f"""<html><body><div id="page">{ARTICLE}
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on "Town opens new library"</h2>
<ol class="comment-list">
<li id="comment-11" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="a.png">
<b class="fn">Anna K.</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-11"><time datetime="2021-03-02T10:15:00+00:00">March 2, 2021
at 10:15 am</time></a></div></footer>
<div class="comment-content"><p>Great news, we have waited a long time for this.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
<ol class="children"><li id="comment-12" class="comment odd depth-2"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-12"><time datetime="2021-03-02T11:00:00+00:00">March 2, 2021
at 11:00 am</time></a></div></footer>
<div class="comment-content"><p>Agreed, the children's corner is lovely.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
</li></ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form id="commentform">
<p>Your email address will not be published.</p><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div>
</div></div></body></html>"""

SCHEMA = f"""<html><body>{ARTICLE}
<section class="user-area" itemscope itemtype="https://schema.org/UserComments">
<div class="entry" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author">reader_one</span> <span class="when">12.03.2021 14:05</span>
<div itemprop="text">I borrowed three books on the first day, the staff were very kind.</div>
<span class="vote-up">12</span> <span class="vote-down">1</span></div>
<div class="entry" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<span itemprop="author">reader_two</span> <span class="when">12.03.2021 15:40</span>
<div itemprop="text">Will there be longer opening hours on Saturdays?</div>
<span class="vote-up">4</span> <span class="vote-down">0</span></div>
</section></body></html>"""

DISQUS_LIKE = f"""<html><body>{ARTICLE}
<div id="disqus_thread"><ul id="post-list">
<li class="post"><div class="post-content"><div class="avatar"><a href="/u/1">JD</a></div>
<header><span class="author">Jane Doe</span> <a class="time-ago" title="Mar 3, 2021">2 days ago</a></header>
<div class="post-message"><p>Finally a quiet place to study in the town centre.</p>
<p>Thanks to everyone who pushed for it.</p></div>
<footer><a class="vote-up">5</a> <a class="vote-down">0</a> <span>Reply</span> <span>Share</span></footer></div></li>
<li class="post"><div class="post-content"><div class="avatar"><a href="/u/2">MS</a></div>
<header><span class="author">Max Smith</span> <a class="time-ago" title="Mar 4, 2021">1 day ago</a></header>
<div class="post-message"><p>Parking around the new building is still a problem.</p></div>
<footer><a class="vote-up">2</a> <a class="vote-down">1</a> <span>Reply</span> <span>Share</span></footer></div></li>
</ul></div></body></html>"""

GERMAN = """<html><body><article><h1>Neue Bibliothek eröffnet</h1>
<p>Die Stadt hat am Montag nach zwei Jahren Bauzeit ihre neue Bibliothek eröffnet, sagte der Bürgermeister.</p>
<p>Mehr als dreihundert Menschen kamen, um die Lesesäle und die Kinderecke zu sehen.</p></article>
<div class="kommentare"><h3>Kommentare</h3>
<div class="beitrag"><p class="nutzer">Leser42</p><p>Endlich eine Bibliothek in der Innenstadt, sehr gut gemacht.</p>
<p>Antworten | Melden</p></div>
<div class="beitrag"><p class="nutzer">Gast</p><p>Hoffentlich bleiben die Öffnungszeiten auch am Wochenende so lang.</p>
<p>Antworten | Melden</p></div>
</div></body></html>"""

CHINESE = """<html><body><div class="article"><h1>新图书馆开放</h1>
<p>本市新图书馆于周一正式开放，市长表示这是两年建设的成果，欢迎市民前来阅读。</p>
<p>开放当天有三百多名市民前来参观阅览室和儿童区，现场秩序良好。</p></div>
<div id="pinglun"><div class="pl-item"><span class="user-name">网友甲</span><span class="pl-time">2021-03-02 10:15</span>
<p>终于等到了，周末带孩子去看看。</p><div>回复 举报</div></div>
<div class="pl-item"><span class="user-name">网友乙</span><span class="pl-time">2021-03-02 11:30</span>
<p>希望能延长晚上的开放时间。</p><div>回复 举报</div></div></div></body></html>"""

NO_COMMENTS = f"""<html><body>{ARTICLE}<footer class="site-footer"><p>Copyright Town News</p></footer></body></html>"""

IN_BODY = """<html><body><div itemprop="articleBody"><h1>Our view</h1>
<p>The council should keep the library open on Sundays, as the readers have asked for many times.</p>
<div class="comment"><p>This opinion piece is the editors' comment on the council's vote this week.</p></div>
<p>Opening hours are a small price for a place every family in town can use for free.</p></div></body></html>"""


def _clean(page: str, comments: str) -> Article:
    return Cleaner(comments=comments).clean(page)


def test_default_drops_comments_and_keep_leaves_the_text_alone():
    for page in (WORDPRESS, SCHEMA, DISQUS_LIKE, GERMAN, CHINESE):
        drop, keep = _clean(page, "drop"), _clean(page, "keep")
        assert drop.comments == []
        assert keep.text == drop.text
        assert keep.comments
        assert "comments" not in drop.to_dict()


def test_wordpress_comment_list_with_a_nested_reply():
    art = _clean(WORDPRESS, "keep")
    assert art.comments == [
        Comment("Great news, we have waited a long time for this.", "Anna K.", "March 2, 2021 at 10:15 am", 0,
                "2021-03-02T10:15:00+00:00"),
        Comment("Agreed, the children's corner is lovely.", "Tom", "March 2, 2021 at 11:00 am", 1,
                "2021-03-02T11:00:00+00:00"),
    ]
    assert art.comments[1].header == "Tom March 2, 2021 at 11:00 am"
    controls = [r for r in art.removed if r.kind == "comment-control"]
    assert [r.text for r in controls] == ["Reply", "Reply"]
    assert all(r.plugin == "commentpolicy:collect" and r.reason for r in controls)
    assert any(r.kind == "comment-meta" and "says:" in r.text for r in art.removed)


def test_the_comment_form_is_no_comment():
    art = _clean(WORDPRESS, "keep")
    assert not any("email" in c.text or "Reply" in c.text for c in art.comments)


def test_append_puts_the_comments_after_the_body():
    drop, app = _clean(WORDPRESS, "drop"), _clean(WORDPRESS, "append")
    assert app.text == drop.text + "\n\nGreat news, we have waited a long time for this.\n\n" \
                                   "Agreed, the children's corner is lovely."
    assert [p.kind for p in app.paragraphs[-2:]] == ["comment", "comment"]


def test_schema_org_comments():
    art = _clean(SCHEMA, "keep")
    assert [(c.author, c.text) for c in art.comments] == [
        ("reader_one", "I borrowed three books on the first day, the staff were very kind."),
        ("reader_two", "Will there be longer opening hours on Saturdays?")]
    assert [c.time for c in art.comments] == ["12.03.2021 14:05", "12.03.2021 15:40"]


def test_disqus_like_post_list_without_votes_avatars_or_buttons():
    art = _clean(DISQUS_LIKE, "keep")
    assert [(c.author, c.text) for c in art.comments] == [
        ("Jane Doe", "Finally a quiet place to study in the town centre.\nThanks to everyone who pushed for it."),
        ("Max Smith", "Parking around the new building is still a problem.")]
    assert art.comments[0].time == "2 days ago"
    removed = {r.text for r in art.removed if r.kind == "comment-control"}
    assert {"JD", "MS"} <= removed  # the avatars' initials


def test_german_class_words_and_control_lines():
    art = _clean(GERMAN, "keep")
    assert [c.text for c in art.comments] == [
        "Endlich eine Bibliothek in der Innenstadt, sehr gut gemacht.",
        "Hoffentlich bleiben die Öffnungszeiten auch am Wochenende so lang."]
    assert [c.author for c in art.comments] == ["Leser42", "Gast"]
    assert sum(r.text == "Antworten | Melden" for r in art.removed if r.kind == "comment-control") == 2


def test_chinese_comment_section():
    art = _clean(CHINESE, "keep")
    assert [(c.author, c.time, c.text) for c in art.comments] == [
        ("网友甲", "2021-03-02 10:15", "终于等到了，周末带孩子去看看。"),
        ("网友乙", "2021-03-02 11:30", "希望能延长晚上的开放时间。")]


def test_a_page_without_comments_is_unchanged():
    drop, keep, app = (_clean(NO_COMMENTS, m) for m in ("drop", "keep", "append"))
    assert keep.comments == [] and app.comments == []
    assert drop.to_dict() == keep.to_dict() == app.to_dict()


def test_a_comment_named_box_inside_the_article_body_is_no_comment():
    drop, app = _clean(IN_BODY, "drop"), _clean(IN_BODY, "append")
    assert app.comments == []
    assert app.text == drop.text


def test_options_and_round_trip():
    with pytest.raises(ValueError):
        Options(comments="all")
    art = _clean(WORDPRESS, "keep")
    d = art.to_dict()
    assert d["comments"][1] == {"text": "Agreed, the children's corner is lovely.", "author": "Tom",
                                "time": "March 2, 2021 at 11:00 am", "datetime": "2021-03-02T11:00:00+00:00",
                                "depth": 1}
    assert Article.from_json(art.to_json()).comments == art.comments


def test_cli_flag(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(DISQUS_LIKE, encoding="utf-8")
    assert main(["clean", str(page), "--format", "json", "--comments", "keep"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["author"] for c in out["comments"]] == ["Jane Doe", "Max Smith"]


ABUTTING = f"""<html><body>{ARTICLE}
<div id="comments"><ol class="comment-list">
<li class="comment"><div class="comment-author"><span>Anna</span><span>Kowalska</span></div>
<div class="comment-date">March 12<sup>th</sup>, 2021</div>
<div class="comment-text"><p>The bus to the library is line <span>Number</span><span>802</span> from the station.</p></div></li>
<li class="comment"><div class="comment-author"><span>Tom</span><span>Berg</span></div>
<div class="comment-date">March 13<sup>th</sup>, 2021</div>
<div class="comment-text"><p>Good to know, thank you for the tip about the bus.</p></div></li>
</ol></div></body></html>"""


def test_author_time_and_text_read_as_the_block_walk_reads_them():
    art = _clean(ABUTTING, "keep")
    assert [(c.author, c.time) for c in art.comments] == [("Anna Kowalska", "March 12th, 2021"),
                                                          ("Tom Berg", "March 13th, 2021")]
    assert art.comments[0].text == "The bus to the library is line Number 802 from the station."


COUNTS_AND_LINKS = f"""<html><body>{ARTICLE}
<div class="comments"><h3>Comments</h3>
<div class="comment"><span class="author">Anna</span><p>The reading rooms are bright and quiet, a great place.</p></div>
<div class="comment"><a href="/story/2#comments">12 comments</a></div>
<div class="comment"><a href="/story/3">Library opening hours extended for the summer</a></div>
<div class="comment"><span class="author">Tom</span><p>The cafe is a nice touch for parents with children.</p></div>
</div></body></html>"""


def test_count_and_link_only_boxes_are_no_comments():
    art = _clean(COUNTS_AND_LINKS, "keep")
    assert [(c.author, c.text) for c in art.comments] == [
        ("Anna", "The reading rooms are bright and quiet, a great place."),
        ("Tom", "The cafe is a nice touch for parents with children.")]
    gone = {r.text for r in art.removed if r.kind == "comment-control"}
    assert {"12 comments", "Library opening hours extended for the summer"} <= gone
