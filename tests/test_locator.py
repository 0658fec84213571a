"""The article locator as a whole: chrome evidence weighed as a signal, split bodies, edge cases.

Every page here is a small synthetic fixture written for one mechanism.
"""
from __future__ import annotations

from newsclean import Cleaner

EN = ("Officials said on Monday that the new bridge would open next spring, two years later than planned, "
      "after engineers found problems with the steel used in its main span. ")
DE = ("Die Stadtverwaltung teilte am Montag mit, dass die neue Brücke erst im kommenden Frühjahr eröffnet "
      "werde, zwei Jahre später als geplant, weil Ingenieure Mängel am Stahl gefunden hätten. ")
ZH = "新华社北京三月一日电，记者从有关部门获悉，今年全国春耕生产进展顺利，各地抓住有利时机，加快推进播种工作。"

_CLEANER = Cleaner()


def clean(html: str):
    return _CLEANER.clean(html)


def paras(n: int, text: str = EN, start: int = 0) -> str:
    return "".join(f"<p>{text}Detail number {i} follows here.</p>" for i in range(start, start + n))


def page(body: str, title: str = "Bridge opening delayed again") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


NAV = "<nav>" + " ".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(10)) + "</nav>"
SIDEBAR = ("<div class='widget widget_recent_entries'><h3>Recent posts</h3><ul>"
           + "".join(f"<li><a href='/p{i}'>Another post title number {i}</a></li>" for i in range(8))
           + "</ul></div>")


def test_page_builder_article_split_over_widgets_is_kept():
    widget = "<div class='elementor-element elementor-widget elementor-widget-text-editor'>" \
             "<div class='elementor-widget-container'>{}</div></div>"
    body = (NAV + "<div class='elementor-section'><div class='elementor-column elementor-col-66'>"
            "<div class='elementor-widget-wrap'>"
            + widget.format("<h1>Bridge opening delayed again</h1>")
            + widget.format(paras(2, DE))
            + "<div class='elementor-widget elementor-widget-image'><img src='a.jpg'></div>"
            + widget.format(paras(2, DE, start=2))
            + widget.format(paras(2, DE, start=4))
            + "</div></div><div class='elementor-column elementor-col-33'>" + SIDEBAR + "</div></div>")
    art = clean(page(body))
    for i in range(6):
        assert f"Detail number {i} follows" in art.text
    assert "Another post title" not in art.text and "Section 3" not in art.text


def test_article_inside_a_comment_classed_live_ticker_is_kept():
    entries = "".join(f"<div class='comment-entry'><p>{EN}Update {i} from the scene.</p></div>" for i in range(6))
    body = NAV + f"<h1>Bridge opening delayed again</h1><div id='comments' class='comments live'>{entries}</div>"
    art = clean(page(body))
    for i in range(6):
        assert f"Update {i} from" in art.text


def test_comments_after_a_short_post_are_not_taken_for_the_article():
    comments = "".join(f"<div class='comment'><p>Reader {i}: I really enjoyed reading this, thanks a lot for "
                       f"sharing it with all of us here.</p></div>" for i in range(30))
    body = (f"<h1>Bridge opening delayed again</h1><div class='post'><p>{EN}</p></div>"
            f"<div id='comments' class='comments'>{comments}</div>")
    art = clean(page(body))
    assert "Officials said" in art.text
    assert "Reader 7" not in art.text


def test_a_sidebar_widget_with_prose_is_not_pulled_into_the_article():
    box = ("<div class='zone-widget cta-letter'><h3>A word to our readers</h3><p>We do this work every day at no "
           "cost to you, but it is far from free to produce, and we cannot afford to keep going without "
           "your support. Every contribution, however small, keeps our reporting independent. Thank you "
           "for reading and for standing with us all these years.</p></div>")
    body = f"<article><h1>Bridge opening delayed again</h1><div class='body'>{paras(2)}</div>{box}</article>"
    art = clean(page(body))
    assert "Detail number 1" in art.text
    assert "A word to our readers" not in art.text and "contribution" not in art.text


def test_whole_article_inside_noscript_is_read_with_a_note():
    body = NAV + f"<noscript><h1>Bridge opening delayed again</h1>{paras(4)}</noscript><div id='app'></div>"
    art = clean(page(body))
    assert art.text.count("Officials said") == 4
    assert any("noscript" in n for n in art.notes)


def test_noscript_beside_a_real_article_is_still_stripped():
    body = f"<h1>Bridge opening delayed again</h1>{paras(4)}<noscript><p>Please enable JavaScript to view " \
           "the comments powered by a service.</p></noscript>"
    art = clean(page(body))
    assert "enable JavaScript" not in art.text and art.text.count("Officials said") == 4


def test_article_inside_an_aspnet_form_full_of_inputs():
    fields = "".join(f"<label>Field {i}</label><input type='text' name='f{i}'>"
                     f"<select name='s{i}'><option>a</option></select>" for i in range(60))
    boxes = "".join(f"<input type='checkbox' name='g{i}'>Option {i}<br>" for i in range(60))
    body = ("<form id='aspnetForm' method='post' action='page.aspx'><input type='hidden' name='__VIEWSTATE' "
            f"value='abc'>{fields}<div id='ctl00_main'><h1>Bridge opening delayed again</h1>{paras(4)}</div>"
            f"{boxes}</form>")
    art = clean(page(body))
    assert art.text.count("Officials said") == 4
    assert "Field 7" not in art.text and "Option 7" not in art.text


def test_prose_rich_in_inline_links_is_kept_but_a_link_list_is_not():
    linked = ("The <a href='/a'>city council of the northern district</a> approved the <a href='/b'>revised "
              "bridge budget for next year</a> on Monday. Engineers from <a href='/c'>the national transport "
              "agency</a> said the <a href='/d'>steel supplier of the main contractor</a> had been replaced. "
              "Work on <a href='/e'>the main span of the new bridge</a> resumes next week.")
    links = " ".join(f"<a href='/t{i}'>Topic page number {i}</a>" for i in range(8))
    body = f"<h1>Bridge opening delayed again</h1><div class='story'>{paras(2)}<p>{linked}</p>{paras(2, start=2)}" \
           f"<p>{links}</p></div>"
    art = clean(page(body))
    assert "approved the revised bridge budget for next year on Monday" in art.text
    assert "Topic page number 3" not in art.text


def test_navigation_is_never_returned_instead_of_a_short_article():
    menu = "".join(f"<li class='menu-item'><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(40))
    body = (f"<div class='header'><ul class='main-menu'>{menu}</ul></div>"
            f"<h1>Bridge opening delayed again</h1><div><p>{EN}</p></div>")
    art = clean(page(body))
    assert "Officials said" in art.text
    assert "Section number" not in art.text


def test_explain_shows_how_each_chrome_signal_weighed():
    from newsclean.explain import explain, render_explanation

    entries = "".join(f"<div class='comment-entry'><p>{EN}Update {i} from the scene.</p></div>" for i in range(4))
    html = page(NAV + f"<h1>Bridge opening delayed again</h1><div class='comments live'>{entries}</div>")
    rows = explain(_CLEANER, html)
    signals = rows[-1]["signals"]
    entry = [s for s in signals if "comment-entry" in s["node"]]
    assert len(entry) == 4 and all(s["outcome"] == "kept" for s in entry)
    assert "first paragraph under the title" in entry[0]["left_because"]
    assert all("weight" in s["why"] for s in entry)
    text = render_explanation(_CLEANER, html, width=300)
    assert "SIGNAL KEPT" in text and "comment-entry" in text


def test_repeated_paragraphs_are_found_in_linear_work():
    from newsclean.locator import REPEAT_MAX_LONGER, Repeats

    seen = Repeats()
    parent = object()
    n = 4000
    flags = [seen.repeats(EN, parent) for _ in range(n)]  # copies among siblings: the article's own
    assert not any(flags)
    assert seen.repeats(EN, object())  # the same text under another parent: a repeat
    assert seen.repeats(EN[:60], object())  # a truncated copy of it elsewhere: a repeat too
    distinct = [seen.repeats(EN + f"variant {i}", parent) for i in range(n)]
    assert not any(distinct)
    # each paragraph is compared with at most REPEAT_MAX_LONGER earlier texts, not with all of them
    assert seen.comparisons <= REPEAT_MAX_LONGER * (2 * n + 2)


def test_subtree_counts_stay_linear_on_nested_wrappers():
    import lxml.html

    from newsclean.density import DIRECT_BUDGET, SubtreeCounts

    depth, links = 60, 2000
    inner = " ".join(f"<a href='/l{i}'>link {i}</a>" for i in range(links))
    html = "<html><body>" + "<div class='widget'>" * depth + inner + "</div>" * depth + "</body></html>"
    root = lxml.html.fromstring(html)
    body = root.find("body")
    counts = SubtreeCounts(body)
    divs = list(body.iter("div"))
    total = sum(counts.prose(d) + counts.chars(d) for d in divs)
    assert total == sum(counts.chars(d) for d in divs)  # all link text: no prose
    page_chars = len(lxml.html.tostring(body, method="text", encoding="unicode"))
    assert counts.reads <= (DIRECT_BUDGET + 2) * page_chars  # not depth x page
    assert counts.walked <= 2 * (depth + links + 2)
    assert counts.chars(divs[0]) == counts.chars(divs[-1]) > 0


def test_lead_paragraph_above_the_body_wrapper_is_readmitted_without_byline_or_trailing_boxes():
    lead = ("The city's new bridge will open a year late, officials said on Monday, after tests found "
            "flaws in the steel of its main span.")
    about = ("Our newsroom is an independent publisher founded in 1901. We cover the region with a staff of "
             "forty reporters and editors, and we rely on readers like you. Support local journalism today.")
    body = (NAV + "<div class='head'><h1>Bridge opening delayed again</h1>"
            f"<p class='standfirst'>{lead}</p><span class='by'>By Jane Doe</span></div>"
            f"<figure><img src='b.jpg'><p class='photo-credit'>A view of the bridge from the river bank, taken "
            f"on Sunday afternoon by our photographer during the inspection.</p></figure>"
            f"<div class='article-body'>{paras(5)}</div><div class='about-us'><p>{about}</p></div>")
    art = clean(page(body))
    assert art.text.startswith(lead)
    assert art.text.count("Officials said") == 5
    assert "By Jane Doe" not in art.text
    assert "photographer" not in art.text  # a caption is not a lead paragraph
    assert "independent publisher" not in art.text  # prose after the body is not pulled in


def test_comments_and_processing_instructions_after_the_title_do_not_break_the_chrome_step():
    entries = "".join(f"<div class='comment-entry'><!-- entry --><p>{EN}Update {i}.</p></div>" for i in range(3))
    body = f"<h1>Bridge opening delayed again</h1><!-- byline --><?pi x?><div class='comments'>{entries}</div>"
    art = clean(page(NAV + body))
    assert not any("failed" in n for n in art.notes)
    assert "Update 2." in art.text and "Section 3" not in art.text


_CLOSING = ("<p>the council will meet again on Friday to decide whether the contractor pays for the delay, "
            "a spokesman said.</p>")


def _split_body(cls: str, after: str) -> str:
    return (NAV + "<div class='main'><h1>Bridge opening delayed again</h1>"
            f"<div class='{cls}'>" + paras(10) + f"</div><div class='{cls}'>{after}</div></div>" + SIDEBAR)


def test_a_short_alike_box_after_the_body_continues_it():
    # the body cut into two boxes of its own class: the later one holds far less, and still belongs
    assert "contractor pays" in clean(page(_split_body("story-text", _CLOSING))).text


def test_a_short_alike_box_after_the_body_stays_out_under_a_layout_class_or_a_heading():
    # a grid's row says nothing of continuing the body ...
    assert "contractor pays" not in clean(page(_split_body("row", _CLOSING))).text
    assert "contractor pays" not in clean(page(_split_body("col-md-8 column", _CLOSING))).text
    # ... nor does a box of the body's class under a heading of its own
    assert "contractor pays" not in clean(page(_split_body("story-text", "<h3>Newsletter</h3>" + _CLOSING))).text


def test_a_note_set_apart_in_an_alike_box_after_the_body_stays_out():
    # the same boxes, the later one a note all in italics and a link (a newsletter's call), not prose
    note = ("<p><em>the newsletter brings you the day's news every evening, short and straight to your "
            "inbox. </em><a href='/signup'><em>Sign up here!</em></a></p>")
    assert "newsletter brings" not in clean(page(_split_body("story-text", note))).text
    # while prose with an emphasised phrase inside is the body's
    prose = ("<p>the council will <em>meet again</em> on Friday to decide whether the contractor pays for "
             "the delay, a spokesman said.</p>")
    assert "contractor pays" in clean(page(_split_body("story-text", prose))).text


def test_an_alike_box_after_the_body_set_apart_by_a_rule_stays_out():
    # a rule opens the later box: a boilerplate note under the body, not the body going on
    assert "contractor pays" not in clean(page(_split_body("story-text", "<hr>" + _CLOSING))).text
