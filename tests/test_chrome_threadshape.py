"""chrome: a page that declares nothing is a thread by its template (threadshape): a run of alike reply boxes,
each signed, stamped and with prose, whose opening post is signed the way the replies are, or whose replies
carry a member's signature. A blog post's comments, built otherwise than its byline, still go."""
from __future__ import annotations

import lxml.html

import newsclean
from newsclean.plugins.declared.threadshape import thread_shape

OPENING = ("Our allotment group wants to build a shared tool shed this spring, and I would like to hear "
           "what foundation you used for yours before we order the timber.")
REPLIES = ["We poured a thin concrete slab, which was more work than expected but has stayed level for years.",
           "Paving slabs on compacted gravel worked well for us, and they can be lifted again if the shed moves.",
           "Treated timber bearers on concrete blocks are the cheapest option and let the air flow underneath.",
           "Whatever you choose, keep the floor a few centimetres above the ground so the rain runs away from it.",
           "Ask the site committee first, since some allotments forbid concrete because it cannot be removed."]
ZH_REPLIES = ["我们当时浇了一层薄薄的混凝土地基，比想象中费事，但这些年来一直很平整。",
              "我们用的是压实碎石上铺地砖，效果不错，以后要搬棚子的时候还能把砖掀起来。",
              "把防腐木梁放在水泥砌块上是最便宜的办法，而且下面通风，木头不容易烂。",
              "不管选哪种，地板都要比地面高出几厘米，这样下雨时水会自己流走。",
              "最好先问问园地委员会，有些园地不允许浇混凝土，因为以后没法清除。"]
NAMES = ["fernhill", "quietbadger", "plotseven", "mossgarden", "rainbarrel"]


def _reply(name: str, text: str, n: int, author_class: str = "post-author", extra: str = "") -> str:
    return (f'<div class="post" id="post-{n}"><div class="post-head"><a class="{author_class}" '
            f'href="/members/{name}">{name}</a> <time datetime="2026-03-0{n % 9 + 1}">3 days ago</time></div>'
            f'<div class="post-body"><p>{text}</p></div>{extra}</div>')


def _board(replies: list[str], op_author_class: str = "post-author", reply_author_class: str = "post-author",
           signature: bool = False, stamped: bool = True, op_head: str = "post-head") -> str:
    sig = '<div class="post-signature">My plot, my rules</div>' if signature else ""
    items = "".join(_reply(NAMES[i % 5], r, i, reply_author_class, sig) for i, r in enumerate(replies))
    if not stamped:
        items = items.replace('<time datetime="', '<span data-x="')
    return ("<html><head><title>Foundation for a tool shed?</title></head><body>"
            '<header><div class="post"><div class="post-head"><a class="post-author" href="/members/me">me</a></div>'
            "</div></header>"
            '<main><div class="topic"><h1>Foundation for a tool shed?</h1>'
            f'<div class="post first"><div class="{op_head}"><a class="{op_author_class}" href="/members/greenrow">'
            'greenrow</a> <time datetime="2026-03-01">4 days ago</time></div>'
            f'<div class="post-body"><p>{OPENING}</p></div></div>'
            f'<section id="comments" class="replies"><div class="reply-list">{items}</div></section>'
            "</div></main></body></html>")


def test_a_board_whose_opening_post_is_signed_like_its_replies_keeps_them() -> None:
    art = newsclean.clean(_board(REPLIES))
    assert OPENING[:40] in art.text
    assert all(r[:40] in art.text for r in REPLIES)
    assert any("a thread page by its template" in n for n in art.notes)


def test_a_chinese_board_keeps_its_replies() -> None:
    art = newsclean.clean(_board(ZH_REPLIES))
    assert all(r[:15] in art.text for r in ZH_REPLIES)
    assert any("a thread page by its template" in n for n in art.notes)


def test_replies_with_a_members_signature_make_a_thread() -> None:
    art = newsclean.clean(_board(REPLIES, op_author_class="topic-starter", signature=True))
    assert all(r[:40] in art.text for r in REPLIES)
    assert any("member's signature" in n for n in art.notes)


def test_a_blog_posts_comments_built_otherwise_than_its_byline_still_go() -> None:
    art = newsclean.clean(_board(REPLIES, op_author_class="byline-name", reply_author_class="comment-author"))
    assert OPENING[:40] in art.text
    assert not any(r[:40] in art.text for r in REPLIES)
    assert not any("a thread page by its template" in n for n in art.notes)
    assert any(r.kind == "comments" for r in art.removed)


def test_a_byline_in_other_wrappers_than_the_replies_names_makes_no_thread() -> None:
    art = newsclean.clean(_board(REPLIES, op_head="entry-meta"))
    assert not any(r[:40] in art.text for r in REPLIES)
    assert not any("a thread page by its template" in n for n in art.notes)


def test_unstamped_replies_make_no_thread() -> None:
    art = newsclean.clean(_board(REPLIES, stamped=False))
    assert not any("a thread page by its template" in n for n in art.notes)


def test_an_author_link_in_the_page_header_is_no_opening_post() -> None:
    page = lxml.html.fromstring(_board(REPLIES, op_author_class="byline-name"))
    body = page.find("body")
    comments = page.xpath('//section[@id="comments"]')
    header = page.xpath("//header")
    assert thread_shape(body, comments, set(header)) == ""  # (the header's link is built like the replies')
    assert thread_shape(body, comments, set()) != ""


def test_two_replies_are_no_run() -> None:
    art = newsclean.clean(_board(REPLIES[:2]))
    assert not any("a thread page by its template" in n for n in art.notes)


def test_a_region_with_fewer_than_three_names_or_stamps_is_not_searched_for_a_run() -> None:
    from newsclean.plugins.declared.threadshape import _may_hold_run, _run
    three = lxml.html.fromstring(_board(REPLIES[:3])).xpath('//section[@id="comments"]')[0]
    assert _may_hold_run(three) and len(_run(three)) == 3
    two = lxml.html.fromstring(_board(REPLIES[:2])).xpath('//section[@id="comments"]')[0]
    assert not _may_hold_run(two) and _run(two) == []
    unstamped = lxml.html.fromstring(_board(REPLIES, stamped=False)).xpath('//section[@id="comments"]')[0]
    assert not _may_hold_run(unstamped) and _run(unstamped) == []


def test_each_attribute_names_only_what_it_may_name() -> None:
    from newsclean.plugins.declared.threadshape import _AUTHOR, _SIGNATURE, _TIME, _marks
    el = lxml.html.fragment_fromstring
    assert _marks(el('<span class="post_date">x</span>')) == _TIME  # (split on "_")
    assert _marks(el('<span id="date">x</span>')) == 0  # (an id names no stamp)
    assert _marks(el('<span itemprop="datePublished">x</span>')) == _TIME
    assert _marks(el('<div id="sig">x</div>')) == _SIGNATURE
    assert _marks(el('<div itemprop="signature">x</div>')) == 0  # (nor does itemprop a signature)
    assert _marks(el('<a rel="author" class="DiscussionBoard-username">x</a>')) == _AUTHOR
    assert _marks(el('<div class="user-signature post-date">x</div>')) == _AUTHOR | _SIGNATURE | _TIME
