"""A board's topic in no comment-named section (a phpBB or vBulletin layout): its posts are alike boxes in the
page's body, each with a member column (name, counts, join date), a plain-text stamp and the post's text.
Read as a forum topic by that run (threadshape.board_shape): the posts, their posters' names and stamps stay,
the member column's labelled fields go as post-chrome. A listing of teasers or an article over a few comments
built alike is no topic."""
from __future__ import annotations

import newsclean

TITLE = "Rain barrel overflow keeps flooding the shed"
POSTS = (
    ("millpondfox", "Mon Mar 2, 2026 8:14 am", "Tue Jan 06, 2015 6:38 pm",
     "Every heavy shower the barrel fills in an hour and the overflow runs straight under the shed door."),
    ("hedgerowan", "Mon Mar 2, 2026 9:40 am", "Thu Aug 27, 2020 2:37 pm",
     "Fit a diverter on the downpipe, it sends the water back down the drain once the barrel is full."),
    ("quillstone", "Mon Mar 2, 2026 11:05 am", "Sun Dec 28, 2014 3:02 pm",
     "A second barrel joined at the bottom doubles what you can hold, we did that two summers ago."),
    ("millpondfox", "Tue Mar 3, 2026 7:22 pm", "Tue Jan 06, 2015 6:38 pm",
     "The diverter went on this evening, the next storm will tell whether the shed stays dry."),
    ("brackenlow", "Wed Mar 4, 2026 6:51 am", "Mon Mar 15, 2021 3:58 pm",
     "Check the overflow hose is not kinked behind the barrel, ours was and it flooded the path."),
)


def _post(i: int, name: str, stamp: str, joined: str, text: str, heading: str) -> str:
    return (f'<div id="p{i}" class="post bg{i % 2 + 1}"><div class="inner">'
            f'<dl class="postprofile"><dt class="no-profile-rank"><a href="/member/{i}" class="username">{name}</a>'
            f'</dt><dd class="profile-posts"><strong>Posts:</strong> <a href="/search/{i}">{40 + 7 * i}</a></dd>'
            f'<dd class="profile-joined"><strong>Joined:</strong> {joined}</dd></dl>'
            f'<div class="postbody">{heading}<p class="author">{stamp}</p>'
            f'<div class="content">{text}</div></div></div></div>')


def board(teasers: bool = False, article: str = "") -> str:
    posts = []
    for i, (name, stamp, joined, text) in enumerate(POSTS):
        heading = (f'<h3><a href="/stories/{i}-barrel-news">Barrel news number {i}</a></h3>' if teasers
                   else f'<h3><a href="#p{i}">Re: {TITLE}</a></h3>')
        posts.append(_post(i, name, stamp, joined, text, heading))
    return (f"<html><head><title>{TITLE}</title></head><body>"
            f'<div id="wrap"><h2 class="topic-title">{TITLE}</h2>{article}'
            f'<div class="topic-posts">{"".join(posts)}</div></div>'
            '<div class="copyright"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div></body></html>')


def test_a_boards_posts_in_no_comment_section_make_a_topic() -> None:
    art = newsclean.clean(board())
    assert any("alike post boxes in the page's body" in n for n in art.notes)
    assert all(text[:40] in art.text for _, _, _, text in POSTS)


def test_the_posters_names_and_plain_stamps_stay() -> None:
    lines = newsclean.clean(board()).text.split("\n\n")
    for name, stamp, _, _ in POSTS:
        assert name in lines
        assert stamp in lines


def test_the_member_columns_labelled_fields_go_as_post_chrome() -> None:
    art = newsclean.clean(board())
    assert "Joined:" not in art.text
    gone = [r for r in art.removed if r.text.startswith("Joined:")]
    assert len(gone) >= 3 and all(r.kind == "post-chrome" and r.reason for r in gone)


def test_teasers_headed_by_links_to_other_pages_make_no_topic() -> None:
    art = newsclean.clean(board(teasers=True))
    assert not any("alike post boxes in the page's body" in n for n in art.notes)


def test_an_article_over_a_few_comments_built_alike_makes_no_topic() -> None:
    story = "".join(f"<p>{s}</p>" for s in (
        "The town council voted on Tuesday to fund a scheme that pays half the price of a rain barrel for every "
        "household that fits one before the summer, after two wet winters flooded the lower streets twice.",
        "Officials said the barrels would hold back enough water during a storm to ease the load on the old "
        "drains, which were laid more than a century ago and overflow whenever the river runs high.",
        "Residents can apply at the library or online from next month, and the first barrels are expected to be "
        "delivered in April, with a second round of funding planned for the autumn if demand is strong.",
        "The scheme follows a survey in which most households said they would fit a barrel if the cost were "
        "shared, and several gardening clubs have offered to help older residents install them.") * 3)
    art = newsclean.clean(board(article=f'<div class="story">{story}</div>'))
    assert not any("alike post boxes in the page's body" in n for n in art.notes)


def test_a_bare_anchor_beside_each_post_box_does_not_hide_the_run() -> None:
    # (as many <a name> anchors as post boxes under one parent: the boxes' run is still found)
    html = board().replace('<div id="p', '<a name="anchor"></a><div id="p')
    art = newsclean.clean(html)
    assert any("alike post boxes in the page's body" in n for n in art.notes)


def test_a_posters_name_set_as_a_linked_heading_is_no_teaser() -> None:
    html = board().replace('<dt class="no-profile-rank"><a href', '<dt class="no-profile-rank"><h3><a href') \
        .replace('</a></dt>', '</a></h3></dt>').replace('<h3><a href="#p', '<h4><a href="#p') \
        .replace('</a></h3><p class="author">', '</a></h4><p class="author">')
    assert html.count("<h3>") == len(POSTS)
    art = newsclean.clean(html)
    assert any("alike post boxes in the page's body" in n for n in art.notes)


def test_a_definition_lists_field_label_closing_with_a_colon_goes() -> None:
    html = board().replace('<dd class="profile-posts">',
                           '<dt class="field">Trophy Points:</dt><dd class="field-value">12</dd>'
                           '<dd class="profile-posts">')
    art = newsclean.clean(html)
    assert "Trophy Points:" not in art.text
    assert any(r.text == "Trophy Points:" and r.kind == "post-chrome" for r in art.removed)


def test_the_run_is_told_by_its_boxes_whatever_order_they_are_tried_in() -> None:
    """The boxes are tried smallest first and the search stops once too few can pass: the run found is the
    same, in the page's order, and one box short of a run gives no run."""
    import lxml.html

    from newsclean.plugins.declared.threadshape import _boxes

    doc = lxml.html.fromstring(board())
    kids = list(doc.get_element_by_id("wrap").find_class("topic-posts")[0])
    sized = [(c, 1000 - len(c.text_content())) for c in kids]  # (the last ones tried first)
    found = _boxes(sized, 3)
    assert [c for c, _ in found] == kids
    assert _boxes(sized, len(kids) + 1) == []
    for el in kids[1].xpath(".//*[@class='username' or @class='author']"):  # (its poster's name and stamp line)
        el.set("class", "name")
    assert [c for c, _ in _boxes(sized, 3)] == [kids[0], *kids[2:]]
    assert _boxes(sized, len(kids)) == []


def _box_tree(html: str):  # type: ignore[no-untyped-def]
    import lxml.html

    return lxml.html.fromstring(html)


def test_a_members_join_date_is_no_posts_stamp() -> None:
    """With no stamp of its own, a post box whose one date is its member's join date ("Joined:" as a label of
    its own, or opening the date's text) is no post box: the run of them makes no topic."""
    from newsclean.plugins.declared.threadshape import board_shape

    unstamped = board()
    for _, stamp, _, _ in POSTS:
        unstamped = unstamped.replace(f'<p class="author">{stamp}</p>', '<p class="author">Post subject</p>')
    tree = _box_tree(unstamped)
    assert board_shape(tree.body, set()) == ""
    inline = unstamped.replace("<strong>Joined:</strong> ", "Registered: ")
    assert "Registered: Tue Jan 06, 2015" in inline
    assert board_shape(_box_tree(inline).body, set()) == ""
    german = unstamped.replace("<strong>Joined:</strong> ", "<strong>Mitglied seit:</strong> ")
    assert board_shape(_box_tree(german).body, set()) == ""
    # (the same boxes with another label before the date: a post's stamp, the run is a topic)
    assert board_shape(_box_tree(unstamped.replace("<strong>Joined:</strong> ", "<strong>Posted:</strong> ")).body,
                       set())


def test_the_board_search_is_skipped_without_enough_alike_author_boxes() -> None:
    """The gate on the scan's author-marked elements: a run needs MIN_RUN alike boxes holding one each."""
    from newsclean.plugins.declared.threadshape import author_marked, board_parents

    tree = _box_tree(board())
    marked = [el for el in tree.body.iter() if isinstance(el.tag, str) and author_marked(el)]
    assert board_parents(marked)
    assert board_parents(None) is None  # (not known: searched everywhere)
    assert not board_parents(marked[:2])
    one_box = _box_tree(f'<html><body><div class="post">{"".join(_post(i, n, s, j, t, "") for i, (n, s, j, t) in enumerate(POSTS))}'
                        '</div></body></html>')
    names = [el for el in one_box.body.iter() if isinstance(el.tag, str) and author_marked(el)]
    assert len(names) >= 3 and board_parents(names)  # (the posts are alike children of the one box)
    unlike = _box_tree('<html><body><div><p class="lead"><a class="username">a</a></p><p class="note">'
                       '<a class="username">b</a></p><div class="side"><a class="username">c</a></div></div></body></html>')
    assert not board_parents([el for el in unlike.body.iter() if author_marked(el)])  # (no two boxes alike)


def test_the_board_search_goes_only_where_the_gates_parents_hold_half_the_text() -> None:
    from newsclean.plugins.declared.threadshape import board_shape

    tree = _box_tree(board())
    posts = tree.find_class("topic-posts")[0]
    assert board_shape(tree.body, set(), parents=[posts])
    assert board_shape(tree.body, set(), parents=None)
    assert board_shape(tree.body, set(), parents=[tree.find_class("copyright")[0]]) == ""


def _quoting(quote: str) -> str:
    """The board with its third post (alike box of the first) opening with the first post's text, quoted as
    ``quote`` wraps it (``{}``), then its own reply."""
    first = POSTS[0][3]
    page = board()
    third = POSTS[2][3]
    reply = quote.format(first) + f"<p>{third}</p>"
    return page.replace(f'<div class="content">{third}</div>', f'<div class="content">{reply}</div>') \
        .replace(f'<div class="content">{first}</div>', f'<div class="content"><p>{first}</p></div>')


def test_a_post_quoted_without_a_quotation_element_stays_in_both_posts() -> None:
    """A topic's archive page flattens a reply's quote into the reply's text: the copy stands at the same place
    in an alike post box (a parallel section), and is the reply's text as the annotators read it."""
    art = newsclean.clean(_quoting("<p>{}</p>"))
    assert any("alike post boxes in the page's body" in n for n in art.notes)
    assert sum(POSTS[0][3] in p.text for p in art.paragraphs) == 2
    assert not [r for r in art.removed if POSTS[0][3] in r.text]


def test_a_post_quoted_in_a_quotation_element_loses_the_copy() -> None:
    art = newsclean.clean(_quoting("<blockquote><p>{}</p></blockquote>"))
    assert sum(POSTS[0][3] in p.text for p in art.paragraphs) == 1
    assert any(POSTS[0][3] in r.text and "repeats a paragraph" in r.reason for r in art.removed)
