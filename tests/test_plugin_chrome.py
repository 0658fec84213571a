"""chrome: hidden subtrees and page chrome pruned from the tree, each recorded with its region."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import chrome

PROSE = ("The council met on Tuesday evening to discuss the new budget, which had been delayed "
         "for several weeks because of a dispute over school funding. ")
ARTICLE = "".join(f"<p>{PROSE}Paragraph {i} adds its own detail to the report.</p>" for i in range(6))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str) -> str:
    return f"<html><head><title>t</title></head><body>{inner}</body></html>"


def removed(art, kind=None):
    return [r for r in art.removed if kind is None or r.kind == kind]


# -- vocabulary ---------------------------------------------------------------

def test_vocabularies_are_data():
    assert "comments" in chrome.REGION_PARTS and "nav" in chrome.REGION_PARTS
    assert all(isinstance(v, frozenset) for v in chrome.REGION_PARTS.values())
    assert "pinglun" in chrome.REGION_PARTS["comments"]  # 评论, as sites spell it
    assert chrome.HIDDEN_TOKENS and chrome.CHROME_ROLES


@pytest.mark.parametrize("value,region,strong", [
    ("comments", "comments", True),
    ("comment-list", "comments", True),
    ("site-footer", "footer", True),
    ("main-nav", "nav", True),
    ("breadcrumbs", "nav", True),
    ("has-sidebar", "", False),  # a state flag: what the element has, not what it is
    ("post-comments", "comments", False),
    ("footerWrap", "footer", False),
    ("widget Blog", "sidebar", False),
    ("article-body", "", False),
    ("commentary", "", False),  # an opinion piece, not a comment section
    ("subbuzz__figure-footer", "", False),  # a caption area, not the page footer
    ("footnotes-footer", "", False),  # the notes closing the text, not the page footer
    ("endnote_nav", "", False),
    ("site-footer footnotes", "footer", True),  # the footer's own token still names it
    ("leftcol", "sidebar", False),  # an old layout's left column holds the article as often as not
    ("rightcol", "sidebar", True),
])
def test_region_of_class_values(value, region, strong):
    got = chrome.region_of_value(value)
    assert got[0] == region
    if region:
        assert got[2] is strong


# -- hidden --------------------------------------------------------------------

@pytest.mark.parametrize("attrs", ['hidden', 'aria-hidden="true"', 'style="display: none"',
                                   'style="color:red;visibility:hidden"', 'class="sr-only"'])
def test_hidden_elements_are_pruned_and_recorded(attrs):
    art = clean(page(f"<article>{ARTICLE}<div {attrs}>Secret words nobody sees.</div></article>"))
    assert "Secret words" not in art.text
    (r,) = removed(art, "hidden")
    assert r.plugin == "chrome:hidden" and "Secret words nobody sees." in r.text
    assert "hidden" in r.reason


def test_hidden_keeps_the_tail_text():
    art = clean(page(f"<article>{ARTICLE}<p>before <span hidden>gone</span> after</p></article>"))
    assert "before after" in art.text and "gone" not in art.text


def test_a_hidden_wrapper_of_the_whole_article_is_kept():
    art = clean(page(f'<div style="display:none" class="paywalled">{ARTICLE}</div><div>Menu</div>'))
    assert PROSE.strip() in art.text
    assert not removed(art, "hidden")


def test_scripts_and_styles_leave_no_text_behind():
    art = clean(page(f"<article>{ARTICLE}<script>var a = 'x';</script><style>p{{color:red}}</style></article>"))
    assert "var a" not in art.text and "color" not in art.text


# -- chrome --------------------------------------------------------------------

def test_nav_footer_aside_and_comment_sections_go_with_their_regions():
    html = page(f"""
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div id="breadcrumbs"><a href="/">Home</a> › <a href="/x">Section</a></div>
      <main><article><h1>Headline</h1>{ARTICLE}</article></main>
      <aside><h3>Most read</h3><a href="/1">Other story</a></aside>
      <div id="comments"><p>Great article, thanks for writing it!</p></div>
      <footer>© 2025 Example News. All rights reserved.</footer>""")
    art = clean(html)
    text = art.text
    for gone in ("World", "Section", "Most read", "Great article", "All rights reserved"):
        assert gone not in text
    assert PROSE.strip() in text
    regions = {r.region for r in art.removed}
    assert {"nav", "sidebar", "comments", "footer"} <= regions
    assert any(r.kind == "comments" and "Great article" in r.text for r in art.removed)
    assert all(r.plugin == "chrome:chrome" for r in art.removed)
    assert all(r.reason for r in art.removed)


def test_cookie_and_newsletter_boxes_go():
    art = clean(page(f"""<article>{ARTICLE}</article>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all?</div>
      <div class="newsletter-signup">Get our newsletter in your inbox every morning.</div>"""))
    assert "cookies" not in art.text and "newsletter" not in art.text
    assert {r.region for r in art.removed} == {"consent", "widget"}


def test_article_head_inside_the_article_is_kept():
    art = clean(page(f"""<header class="site-header"><a href="/">Logo</a> <a href="/a">A</a></header>
      <article><header><h1>The headline</h1><p>By Jane Doe, 3 March 2025</p></header>{ARTICLE}</article>"""))
    assert "The headline" in art.text and "By Jane Doe" in art.text
    assert "Logo" not in art.text


def test_a_wrapper_with_a_chrome_word_holding_the_article_is_only_looked_into():
    html = page(f"""<div class="layout has-sidebar">
        <div class="menu"><a href="/a">Politics</a> <a href="/b">Sport</a></div>
        <div class="story">{ARTICLE}</div></div>""")
    art = clean(html)
    assert PROSE.strip() in art.text
    assert "Politics" not in art.text  # the menu inside the protected wrapper still goes


def test_a_header_element_wrapping_the_whole_article_is_kept():
    art = clean(page(f"<header>{ARTICLE}</header><div><a href='/'>Home</a></div>"))
    assert PROSE.strip() in art.text


def test_comment_section_larger_than_a_short_post_still_goes():
    comments = "".join(f"<p>Comment {i}: I really enjoyed reading this, thanks a lot for sharing.</p>"
                       for i in range(40))
    art = clean(page(f"<div class='post'><p>{PROSE}</p></div><div id='comments'>{comments}</div>"))
    assert PROSE.strip() in art.text
    assert "Comment 7" not in art.text


def test_chinese_class_words():
    art = clean(page(f"""<div class="daohang"><a href="/">首页</a> <a href="/gn">国内</a></div>
      <div class="zhengwen">{ARTICLE}</div><div id="pinglun"><p>网友评论：写得好！</p></div>"""))
    assert "国内" not in art.text and "网友评论" not in art.text


def test_pages_without_body_and_text_dumps_are_left_alone():
    cleaner = Cleaner(entry_points=False, plugins=[chrome])
    art = cleaner.clean("Line one of a dump\n\nLine two of a dump\n", input_kind="text")
    assert art.text.startswith("Line one")
    assert not art.removed


def test_steps_are_registered_in_their_bands():
    steps = {s.name: s for s in Cleaner(entry_points=False, plugins=[chrome]).steps}
    assert steps["hidden"].order == 100 and steps["hidden"].stage == "tree"
    assert steps["chrome"].order == 150 and steps["chrome"].stage == "tree"


def test_chrome_step_alone_still_works_when_hidden_is_disabled():
    art = Cleaner(entry_points=False, plugins=[chrome], disable=["chrome:hidden"]).clean(
        page(f"<nav><a href='/'>Home</a></nav><article>{ARTICLE}<script>x()</script></article>"))
    assert "Home" not in art.text and "x()" not in art.text
    assert PROSE.strip() in art.text


# -- the walk's shortcuts --------------------------------------------------------

def test_the_class_only_shortcut_gives_the_verdicts_of_the_general_path():
    # An element whose class is its only evidence is judged from the class value alone
    # (cached); with an id, a role or a style beside it the general path runs. Both must
    # find the same hidden elements and chrome candidates.
    import lxml.html

    from newsclean.document import Document

    tail = ('<div class="row Footer-Wrap">f</div><div class="x sidebar-widget">s</div>'
            '<span class="site-footer">inline: no region</span><div class="sr-only">h</div>'
            '<div class="elementor-widget-text-editor">layout</div><div class="mycommentbox">c</div>'
            '<div class="is-hidden menu-open">state</div><div class="">empty</div>'
            '<div class="site-footer" id="x">f2</div><div class="hide" style="color:red">h2</div>'
            '<div role="navigation" class="row">n</div>')
    html = page(f"<article>{ARTICLE}</article>{tail}")
    tree = lxml.html.fromstring(html)
    doc = Document(input_kind="html", tree=tree)
    body = tree.find("body")
    hidden, found = chrome._scan(doc, body, hidden=True, chrome=True)
    want_hidden, want_chrome = [], []
    for el in body.iter("div", "span"):
        why = chrome.hidden_evidence(el)
        if why:
            want_hidden.append(el)
            continue
        region = chrome.chrome_evidence(el.tag, el).region
        if region:
            want_chrome.append(el)
    assert [el for el, _ in hidden] == want_hidden
    assert [el.get("class") for el in want_hidden] == ["sr-only", "is-hidden menu-open", "hide"]
    assert [el for el, _, _ in found] == want_chrome
    assert [el.text for el in want_chrome] == ["f", "s", "c", "f2", "n"]


def test_tokens_without_a_region_word_and_glued_stems():
    # the early exit (no region word in a token) must not lose glued stems or later tokens
    assert chrome.region_of_value("row col-md-4 clearfix") == ("", "", False)
    assert chrome.region_of_value("mycommentbox")[0] == "comments"
    assert chrome.region_of_value("row pageFooterWrap")[:2] == ("footer", "pagefooterwrap")
    assert chrome.region_of_value("grid__item sidebar-grid")[0] == ""  # a layout named after its sidebar


def test_hidden_class_names_the_first_hidden_token_of_the_value():
    assert chrome._hidden_class("row col") == ""
    assert chrome._hidden_class("row SR-only hide") == "sr-only"  # the first, in the value's order
    assert chrome._hidden_class("hide sr-only") == "hide"
    assert chrome.hidden_evidence({"class": "x visually-hidden"}) == "class 'visually-hidden'"


def test_heading_id_is_an_anchor_not_a_region():
    # a heading's id is made from its text: "... the cost side" names no sidebar, "Comments ..." no comments
    art = clean(page(f"<article>{ARTICLE}<h2 id='reducing-the-cost-side'>Reducing the cost side</h2>"
                     f"<p>{PROSE}</p><h2 id='comments'>Comments from the council</h2><p>{PROSE}</p></article>"))
    text = "\n".join(p.text for p in art.paragraphs)
    assert "Reducing the cost side" in text and "Comments from the council" in text
    assert not removed(art)
    # the class of a heading is still read, and so is the id of other elements
    art = clean(page(f"<article>{ARTICLE}</article><div id='sidebar'><h2 class='sidebar-title'>More</h2>"
                     f"<p>Other stories</p></div><h3 class='site-footer'>Footer links</h3>"))
    assert {r.text for r in removed(art)} == {"MoreOther stories", "Footer links"}


def test_a_left_column_holding_most_of_the_prose_is_only_looked_into():
    # the title heading sits above the columns, the article in the left one; a footer holds prose too
    links = "".join(f"<li><a href='/{i}'>Another story of the day number {i}</a></li>" for i in range(8))
    # (and a note under the title, not the column, holds the first paragraph under it)
    note = "<div class='alert'><p>We will send you an email whenever there is news about the budget.</p></div>"
    art = clean(page(f"<h1>Budget delayed</h1>{note}<div id='leftcol'>{ARTICLE}</div>"
                     f"<div id='rightcol'><ul>{links}</ul></div><div class='about'><p>{PROSE}</p></div>"))
    assert "Paragraph 5 adds" in " ".join(p.text for p in art.paragraphs)
    assert any(r.region == "sidebar" and "number 3" in r.text for r in removed(art))  # the right one goes


def test_a_poll_box_is_a_page_widget_in_several_languages_but_a_poll_story_s_wrapper_is_kept():
    opts = "".join(f"<li><label><input type='radio' name='q'> {o}</label></li>" for o in ("Yes", "No", "Unsure"))
    box = ("<div class='{}'><h3>Have your say</h3><p>Should the city build more bus lanes even if it means fewer "
           f"parking spaces in the old town?</p><ul>{opts}</ul><p>So far 54 percent of readers said yes.</p></div>")
    for cls in ("poll", "poll-widget", "survey-box", "umfrage", "sondage-container"):
        art = clean(page(f"<div class='story'>{ARTICLE}</div>{box.format(cls)}"))
        assert "Have your say" not in art.text and "Should the city" not in art.text, cls
        assert any(r.region == "widget" and "Should the city" in r.text for r in removed(art)), cls
        assert art.text.count("The council met") == 6
    # a wrapper named after polls that holds the page's prose (a story about a poll) is looked into, not pruned
    art = clean(page(f"<div class='poll-coverage'>{ARTICLE}</div>"))
    assert art.text.count("The council met") == 6
    # a word that only starts with one is no poll (pollution)
    art = clean(page(f"<div class='story'>{ARTICLE}</div><div class='pollution-map'><p>{PROSE}</p></div>"))
    assert art.text.count("The council met") == 7
