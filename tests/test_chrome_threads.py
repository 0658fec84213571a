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


def _headless(before: str, posts: list[str]) -> str:
    # no title heading: the story is a link, the page's prose is the discussion's
    items = "".join(f'<div class="comment"><span class="user">user{i}</span><p>{p}</p></div>'
                    for i, p in enumerate(posts))
    return ("<html><head><title>Night buses | Example board</title></head><body>"
            f'{before}<div class="comment-tree">{items}</div></body></html>')


def test_a_banner_sentence_above_a_discussion_does_not_make_it_a_post() -> None:
    banner = "<p>Applications for the spring meetup are open until the end of the month, sign up today!</p>"
    art = newsclean.clean(_headless(banner, POSTS * 6))
    assert all(p[:30] in art.text for p in POSTS)
    assert any("a thread page" in n for n in art.notes)


def test_a_post_above_its_comments_is_no_thread_without_its_heading() -> None:
    post = "".join(f"<p>{s}</p>" for s in (
        "The city council voted on Tuesday to cut two of its four night bus routes from the first of March.",
        "Officials said the routes carried fewer than ten riders an hour after midnight during the past year.",
        "Unions for the drivers said they would ask the council to reconsider the plan at its next meeting."))
    art = newsclean.clean(_headless(post, POSTS * 6))
    assert "fewer than ten riders" in art.text
    assert POSTS[0][:30] not in art.text
    assert not any("a thread page" in n for n in art.notes)


def test_thread_shares_are_data() -> None:
    assert 0.5 <= chrome.THREAD_SHARE < 1 and 0 < chrome.THREAD_OUTSIDE_SHARE < 1
    assert 0 < chrome.THREAD_STRAY_SHARE < chrome.THREAD_OUTSIDE_SHARE


GUIDE = ("<p>Each reviewer answers in the same thread, so keep your reply short and quote only the lines you "
         "are answering. A new version of the patch goes out as a new thread.</p>"
         "<p>Thank every reviewer who took the time, and say which of their points you changed and why.</p>")


INTRO = "".join(f"<p>{s}</p>" for s in (
    "This guide walks through sending a patch to the project's mailing list, step by step, from the first draft "
    "to the final merge, and says what the maintainers expect at each step.",
    "Start from the latest tree, keep each patch to one logical change, and describe the problem the patch "
    "solves before you describe how it solves it.",
    "Run the checks the project ships before you send anything, and send the series to the list and to the "
    "maintainers the script names, never to one of them alone.",
    "Expect the first answer within a week or two; a patch nobody answers has not been rejected, and a polite "
    "reminder after two weeks is welcome."))


def _doc(section: str) -> str:
    return ("<html><head><title>Submitting patches</title></head><body><main><h1>Submitting patches</h1>"
            f"{INTRO}{section}</main></body></html>")


def clean_chrome(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


@pytest.mark.parametrize("section", [
    f'<section id="respond-to-review-comments"><h2>Respond to review comments</h2>{GUIDE}</section>',
    # the heading's own id is the slug (its permalink mark's text is in the heading too)
    f'<section id="respond-to-review-comments-section"><div><h2 id="respond-to-review-comments">Respond to '
    f'review comments<a href="#respond-to-review-comments">respond-to-review-comments</a></h2></div>{GUIDE}</section>',
])
def test_a_section_named_after_its_heading_is_no_comment_section(section: str) -> None:
    art = clean_chrome(_doc(section))
    assert "quote only the lines" in art.text
    assert not [r for r in art.removed if r.kind == "comments"]


@pytest.mark.parametrize("section", [
    f'<div id="comments"><h2>Comments</h2>{GUIDE}</div>',  # one word: a comment section's own name
    f'<div id="leave-a-reply"><h3>Leave a reply</h3><form><textarea></textarea></form>{GUIDE}</div>',
    f'<div id="reader-comments"><h2>Respond to review comments</h2>{GUIDE}</div>',  # the id is no slug of it
])
def test_comment_sections_named_so_still_go(section: str) -> None:
    art = clean_chrome(_doc(section))
    assert "quote only the lines" not in art.text
    assert [r for r in art.removed if r.kind == "comments"]


STEP = ("Create a new file called send.py in your project folder, paste the sample below into it, and run it "
        "from a terminal to send your first message.")


def _tabs(extra: str) -> str:
    return _doc('<div role="tablist"><button role="tab" aria-controls="p1">Python</button>'
                '<button role="tab" aria-controls="p2">Ruby</button></div>'
                f'<div role="tabpanel" id="p1"><p>Pick a language first, then follow the steps.</p></div>'
                f'<div role="tabpanel" id="p2" hidden>{extra}<p>{STEP}</p></div>')


@pytest.mark.parametrize("picker", ['<select><option>3.12</option><option>3.11</option></select>',
                                    '<input type="checkbox" id="dark"> <label for="dark">dark theme</label>'])
def test_a_panel_with_a_picker_is_kept(picker: str) -> None:
    assert "send your first message" in clean_chrome(_tabs(picker)).text


@pytest.mark.parametrize("field", ['<input type="email" name="email">', '<input name="q">', "<textarea></textarea>"])
def test_a_panel_with_a_field_to_fill_in_goes(field: str) -> None:
    art = clean_chrome(_tabs(field))
    assert "send your first message" not in art.text
    assert any("holding a form" in r.reason for r in art.removed if r.kind == "hidden")


def _streamed(calls: str) -> str:
    return ("<html><head><title>Harbour ferry fares</title></head><body><main><h1>Harbour ferry fares</h1>"
            "<p>Fares rise in March for the first time in six years, the harbour board said on Monday.</p>"
            '<template id="B:0"></template><div class="loading">Loading paragraph...</div>'
            '<div><template id="P:1"></template></div></main><footer><a href="/">Home</a></footer>'
            '<div hidden id="S:0"><p>A single crossing will cost four pounds, and a book of ten tickets thirty-five '
            "pounds, while children under twelve still travel free on every boat.</p></div>"
            '<div hidden id="S:1"><p>冬季渡轮每两小时从北码头开出一班，遇到大风天气会提前在网站上公布停航消息。</p></div>'
            f"<script>{calls}</script></body></html>")


def test_streamed_parts_are_read_where_the_script_puts_them() -> None:
    art = clean_chrome(_streamed('$RC("B:0","S:0");$RS("S:1","P:1")'))
    text = art.text
    assert "book of ten tickets" in text and "冬季渡轮" in text
    assert text.index("six years") < text.index("book of ten tickets")
    assert not [r for r in art.removed if r.kind == "hidden"]
    assert any("streamed part" in n for n in art.notes)


def test_a_hidden_part_no_script_places_stays_hidden() -> None:
    art = clean_chrome(_streamed('$RC("B:9","S:9")'))
    assert "book of ten tickets" not in art.text
    assert any("book of ten tickets" in r.text for r in art.removed if r.kind == "hidden")


@pytest.mark.parametrize("part", [
    "".join(f'<a href="/p{i}">Blue denim jacket number {i}, now on sale.</a>' for i in range(5)),  # links
    '<p>Sign up for our newsletter and get the best deals of the week, every Friday.</p><input type="email">',
])
def test_a_streamed_part_of_links_or_a_form_stays_hidden(part: str) -> None:
    html = _streamed('$RC("B:0","S:2")').replace("<script>", f'<div hidden id="S:2">{part}</div><script>')
    art = clean_chrome(html)
    assert "number 3" not in art.text and "every Friday" not in art.text
    assert not any("streamed part" in n for n in art.notes)


STORY = [f"<p>{s}</p>" for s in (
    "The harbour board met on Monday to set the ferry fares for the coming year, after a winter of storms.",
    "Fuel cost the board a third more than it did a year ago, and two of its four boats need new engines.",
    "A single crossing will cost four pounds, and a book of ten tickets thirty-five pounds from March.",
    "Children under twelve still travel free, and the night boat keeps its old fare until the autumn.",
    "The board will publish the new timetable a month ahead, so that commuters can plan their trips.",
    "Members said they would look at the fares again in the summer, once the engine repairs are paid.",
    "The harbour master said the storms had kept the boats in port for eleven days over the winter.")]


def _wrapped(cls: str, share_of_story: int) -> str:
    # (the wrapper holds the last paragraphs: the first one, under the title, is read as the lead)
    inside, outside = "".join(STORY[-share_of_story:]), "".join(STORY[:-share_of_story])
    return ("<html><head><title>Ferry fares rise in March</title></head><body>"
            f"<header><h1>Ferry fares rise in March</h1></header>{outside}"
            f'<div class="{cls}"><ul><li><a href="#a">Fares</a></li><li><a href="#b">Timetable</a></li></ul>'
            f"<div>{inside}</div></div></body></html>")


def test_a_sidebar_named_wrapper_of_most_of_the_prose_stays() -> None:
    art = clean_chrome(_wrapped("sidebar-container", 6))  # 0.84 of the page's prose
    assert "book of ten tickets" in art.text
    assert not [r for r in art.removed if r.kind == "chrome" and "sidebar" in r.reason]


@pytest.mark.parametrize("cls", ["sidebar-container", "site-footer"])
def test_a_plainly_named_sidebar_or_footer_of_little_prose_goes(cls: str) -> None:
    art = clean_chrome(_wrapped(cls, 1))
    assert "eleven days" not in art.text and "book of ten tickets" in art.text


def test_a_plain_comment_section_of_most_of_the_prose_still_goes() -> None:
    # strong comment evidence keeps its larger share (an article's readers may write more than it)
    posts = "".join(f'<div class="comment"><p>{p}</p></div>' for p in POSTS)
    html = ("<html><head><title>Ferry fares rise in March</title></head><body><h1>Ferry fares rise in March</h1>"
            f'{STORY[0]}<div class="comments">{posts}{posts}</div></body></html>')
    art = clean_chrome(html)
    assert "a winter of storms" in art.text and POSTS[1][:30] not in art.text


def test_strong_side_share_is_data() -> None:
    assert chrome.PROTECT_SHARE["strong-side"] < chrome.PROTECT_SHARE["strong"]
    assert {"sidebar", "footer", "header"} == chrome.STRONG_SIDE_REGIONS


@pytest.mark.parametrize("value", ["span12 widget-span widget-type-custom_widget", "widget-span widget-type-cell",
                                   "hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"])
def test_hubspot_grid_classes_name_no_region(value: str) -> None:
    assert chrome.region_of_value(value)[0] == ""


@pytest.mark.parametrize("value", ["widget widget-type-recent", "sidebar-widget"])
def test_widget_words_beside_them_still_do(value: str) -> None:
    assert chrome.region_of_value(value)[0] == "sidebar"



def test_an_aside_of_most_of_the_prose_still_goes() -> None:
    # the <aside> element is a sidebar's own tag: a blog's long "about me" box beside a short post
    html = _wrapped("sidebar-container", 6).replace('<div class="sidebar-container">', "<aside>")
    html = html.replace("</div></div></body>", "</div></aside></body>")
    art = clean_chrome(html)
    assert "eleven days" not in art.text
    assert any("<aside> element" in r.reason for r in art.removed)


def _topic(kind: str, badge: bool = False) -> str:
    # a forum topic laid out like a story: the opening post in a box of its own, each reply's body in a
    # comment-named box (not most of the page's prose held in one comment section)
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "mainEntity": '
          '{"@type": "%s", "headline": "Should the night buses stay?"}}</script>' % kind) if kind else ""
    opening = "".join(f"<p>{s}</p>" for s in (
        "Our council wants to cut two of the four night bus routes from March, and I would like to hear "
        "from people who ride them before the public meeting next week.",
        "Which routes do you use, and what would you do instead if they were gone? Please say which part "
        "of town you live in, so we can bring a fair picture of the riders to the meeting."))
    who = '<div class="comment-badge">Author</div>' if badge else ""
    replies = "".join(f'<div class="reply"><div class="byline">user{i}{who}</div>'
                      f'<div id="reply-body-{i}" class="comment-text"><p>{p}</p></div></div>'
                      for i, p in enumerate(POSTS[:3]))
    return ("<html><head><title>Should the night buses stay?</title>" + ld + "</head><body>"
            "<h1>Should the night buses stay?</h1>"
            f'<div class="opening">{opening}</div><div class="replies">{replies}</div></body></html>')


def test_a_page_declared_a_forum_topic_keeps_its_comment_named_replies() -> None:
    art = newsclean.clean(_topic("DiscussionForumPosting", badge=True))
    assert "public meeting next week" in art.text
    assert all(p[:30] in art.text for p in POSTS[:3])
    assert any("declares itself a forum topic" in n for n in art.notes)
    assert "Author" not in art.text  # (a badge inside a post still goes)


@pytest.mark.parametrize("kind", ["", "NewsArticle", "QAPage"])
def test_comment_named_boxes_still_go_on_a_page_declared_no_forum_topic(kind: str) -> None:
    # (a question page's comment-named boxes are the notes under each post, not its answers)
    art = newsclean.clean(_topic(kind))
    assert "public meeting next week" in art.text
    assert POSTS[0][:30] not in art.text
    assert any(r.kind == "comments" and r.plugin == "chrome:chrome" for r in art.removed)
    assert not any("forum topic" in n for n in art.notes)
