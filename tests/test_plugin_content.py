"""content: find the article container among the kept blocks; drop the rest as boilerplate."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins import content

EN = ("Officials said on Monday that the new bridge would open next spring, two years later than planned, "
      "after engineers found problems with the steel used in its main span. ")
ZH = "新华社北京三月一日电，记者从有关部门获悉，今年全国春耕生产进展顺利，各地抓住有利时机，加快推进播种工作。"


def clean(html: str, **kw):
    return Cleaner(entry_points=False, plugins=[content], **kw).clean(html)


def page(inner: str, title: str = "") -> str:
    head = f"<head><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{inner}</body></html>"


def paras(n: int, text: str = EN, start: int = 0) -> str:
    return "".join(f"<p>{text}Detail number {i} follows.</p>" for i in range(start, start + n))


NAV = "<div class='top'>" + " ".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(12)) + "</div>"


def test_vocabularies_are_data():
    assert "articlebody" in content.POSITIVE_HINTS and "zhengwen" in content.POSITIVE_HINTS
    assert "comments" in content.NEGATIVE_HINTS and "related" in content.NEGATIVE_HINTS
    assert all(isinstance(v, frozenset) for v in content.NEGATIVE_HINTS.values())


def test_keeps_the_article_and_drops_navigation_with_a_reason():
    art = clean(page(NAV + f"<div class='story'>{paras(5)}</div><div class='foot'>Contact us · Jobs</div>"))
    assert art.text.count("Officials said") == 5
    assert "Section 3" not in art.text and "Contact us" not in art.text
    outs = [r for r in art.removed if r.kind == "boilerplate"]
    assert outs and all(r.plugin == "content:locate" for r in outs)
    assert any('outside the article container <div class="story">' in r.reason for r in outs)


def test_region_is_named_from_the_tokens():
    art = clean(page(f"<div class='story'>{paras(5)}</div>"
                     "<div class='sidebar-box'><p>Short promo line</p></div>"))
    r = next(r for r in art.removed if "promo" in r.text)
    assert r.region == "sidebar"


def test_headings_lists_tables_quotes_code_and_captions_of_the_article_are_kept():
    body = (paras(2) + "<h2>What comes next</h2><ul><li>First step is to test.</li><li>Second step.</li></ul>"
            "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>10</td></tr></table>"
            "<blockquote><p>It will be worth the wait, she said.</p></blockquote>"
            "<pre>x = 1</pre><figure><figcaption>The bridge at dusk.</figcaption></figure>" + paras(2))
    art = clean(page(NAV + f"<article>{body}</article>"))
    kinds = {p.kind for p in art.paragraphs}
    assert {"heading", "list_item", "table", "quote", "code", "caption", "paragraph"} <= kinds
    assert "Year | Cost" in art.text and "x = 1" in art.text


def test_teaser_cards_lose_to_a_shorter_article():
    cards = "".join(
        f"<div class='card'><h3><a href='/story/{i}'>Another story number {i} you may like</a></h3>"
        f"<p>{EN}</p></div>" for i in range(8))
    html = page(f"<h1>Bridge delayed</h1><div class='body'><p>{EN}</p><p>{EN}</p></div>"
                f"<div class='grid'>{cards}</div>", title="Bridge delayed")
    art = clean(html)
    assert art.text.count("Officials said") == 2
    assert "Another story" not in art.text


def test_an_article_cut_into_alike_sibling_blocks_is_kept_whole():
    chunks = "".join(f"<div class='chunk'><div class='inner'>{paras(3, start=3 * k)}</div></div>"
                     "<div class='ad-slot'><a href='/ad'>Ad</a></div>" for k in range(4))
    art = clean(page(NAV + f"<section class='wrap'>{chunks}</section>"))
    assert art.text.count("Officials said") == 12


def test_link_lists_inside_the_article_go():
    body = paras(3) + "<p><a href='/x'>Read more: the full timeline of the bridge project</a></p>" + paras(3)
    art = clean(page(f"<div class='story'>{body}</div>"))
    assert "Read more" not in art.text
    assert any(r.reason == "link list inside the article container" for r in art.removed)


def test_a_linked_line_among_the_body_paragraphs_stays():
    line = "<p><a href='/opinion/1'>Opinion: five steps the council must take</a></p>"
    art = clean(page(f"<div class='story'>{paras(3)}{line}{paras(3)}</div>"))
    assert "Opinion: five steps the council must take" in art.text
    assert not any("five steps" in r.text for r in art.removed)
    # a run of three such lines stays too; a fourth makes it a list of links
    three = line * 3
    art = clean(page(f"<div class='story'>{paras(3)}{three}{paras(3)}</div>"))
    assert art.text.count("five steps") == 3
    art = clean(page(f"<div class='story'>{paras(3)}{line * 4}{paras(3)}</div>"))
    assert "five steps" not in art.text
    # a section's first line, under its heading; but no one-word label there (a kicker)
    art = clean(page(f"<div class='story'>{paras(3)}<h2>The council's view</h2>{line}{paras(3)}</div>"))
    assert "five steps" in art.text
    art = clean(page(f"<div class='story'>{paras(3)}<h2>The council's view</h2>"
                     f"<p><a href='/world'>World</a></p>{paras(3)}</div>"))
    assert "World" not in art.text
    # a body of <div> paragraphs, a blog template's
    divs = "".join(f"<div>{EN}Detail number {i} follows.</div>" for i in range(3))
    art = clean(page(f"<div class='story'>{divs}<div><a href='/o'>Opinion: five steps the council must take</a></div>"
                     f"{divs}</div>"))
    assert "five steps" in art.text and art.text.count("Officials said") == 6


def test_a_linked_line_in_a_box_of_its_own_or_at_the_edge_goes():
    line = "<p><a href='/opinion/1'>Opinion: five steps the council must take</a></p>"
    boxed = f"<div class='story'>{paras(3)}<div class='aside'>{line}</div>{paras(3)}</div>"
    art = clean(page(boxed))
    assert "five steps" not in art.text
    assert any(r.reason == "link list inside the article container" and "five steps" in r.text for r in art.removed)
    art = clean(page(f"<div class='story'>{paras(3)}{line}</div>"))
    assert "five steps" not in art.text


def test_linked_lines_that_point_elsewhere_go_even_among_the_paragraphs():
    for line in ("<a href='/a'>CLICK HERE TO GET THE NEWS APP</a>",
                 "READ THIS NEXT | <a href='/b'>Council approves the budget for next year</a>",
                 "<a href='/c'>Lire aussi La mairie vote son budget</a>",
                 "<a href='/d'>Related: the council approves the budget</a>",
                 "<a href='https://tickets.example/e/42'>https://tickets.example/e/42</a>",
                 "[<a href='/r'>reply</a>] [<a href='#top'>top of the budget page</a>]"):
        art = clean(page(f"<div class='story'>{paras(3)}<p>{line}</p>{paras(3)}</div>"))
        assert art.text.count("Officials said") == 6
        assert "budget" not in art.text and "APP" not in art.text and "tickets" not in art.text, line
    assert content._line_of_article("Opinion: five steps the council must take")
    assert content._line_of_article("See the full report on example.org.")
    assert not content._line_of_article("www.example.org/report")
    assert not content._line_of_article("相关阅读：市政府通过预算")


def test_short_lines_at_the_edges_go_but_short_lines_inside_stay():
    body = ("<p>Share</p><p>5 min read</p>" + paras(2) + "<p>Why now?</p>" + paras(2) + "<p>Tags</p>")
    art = clean(page(f"<div class='story'>{body}</div>"))
    assert "Why now?" in art.text
    assert "5 min read" not in art.text and "Tags" not in art.text


def test_a_paragraph_rendered_twice_elsewhere_goes_but_sibling_repeats_stay():
    caption = "The mayor opens the new bridge to traffic on a cold morning, with workers looking on."
    body = (f"<ul class='gallery'><li><div class='cap'>{caption}</div></li></ul>" + paras(4)
            + "<p>1 cup of rice, 2 cups of water, a pinch of salt.</p>" * 2
            + f"<div class='lightbox'><div class='cap-full'>{caption}</div></div>")
    art = clean(page(f"<div class='story'>{body}</div>"))
    assert art.text.count(caption) == 1
    assert art.text.count("1 cup of rice") == 2
    assert any(r.reason.startswith("repeats a paragraph") for r in art.removed)


def test_comments_lose_to_the_post_even_when_longer():
    comments = "".join(f"<div class='comment-body'><p>{EN}</p></div>" for _ in range(10))
    art = clean(page(f"<div class='post'>{paras(3)}</div><div id='comments'>{comments}</div>"))
    assert art.text.count("Officials said") == 3


def test_chinese_page_by_density_and_fullwidth_punctuation():
    zh_paras = "".join(f"<p>{ZH}</p>" for _ in range(4))
    links = "".join(f"<li><a href='/n{i}'>相关新闻标题第{i}条</a></li>" for i in range(15))
    art = clean(page(f"<ul class='links'>{links}</ul><div class='con'>{zh_paras}</div>"
                     "<div class='bottom'><p>关于我们 | 联系我们 | 网站地图</p></div>"))
    assert art.text.count("新华社北京三月一日电") == 4
    assert "相关新闻" not in art.text and "联系我们" not in art.text


def test_the_block_under_the_title_is_favoured():
    teasers = "".join(f"<li class='item'><p>{ZH}{ZH}</p></li>" for _ in range(3))
    html = page(f"<h1>春耕进展顺利</h1><div class='txt'><p>{ZH}</p></div><ul class='stream'>{teasers}</ul>",
                title="春耕进展顺利")
    art = clean(html)
    assert art.text.count(ZH) == 1


def test_nearly_nothing_left_falls_back_and_notes_it():
    # a page whose best container holds only a scrap: the prose elsewhere is kept instead
    html = page("<div><div class='x'><p>" + "word " * 5 + "</p></div></div>"
                + "".join(f"<div class='y{i}'><span>{EN}</span></div>" for i in range(3)))
    art = clean(html)
    assert art.text  # never empty when the page has prose
    assert "Officials said" in art.text


def test_text_dumps_are_not_touched():
    art = Cleaner(entry_points=False, plugins=[content]).clean("a line\n\nanother line\n", input_kind="text")
    assert art.text == "a line\n\nanother line"


def test_step_is_registered_at_500_for_html():
    step, fallback = Cleaner(entry_points=False, plugins=[content]).steps
    assert step.order == 500 and step.input_kinds == ("html",) and step.kind == "boilerplate"
    # (the empty-article fallback runs last, on HTML and text dumps alike)
    assert fallback.name == "empty_fallback" and fallback.order == 1000 and fallback.input_kinds == ("html", "text")


def test_hint_factor_reads_tag_class_id_and_itemprop():
    import lxml.html

    def el(html):
        return lxml.html.fragment_fromstring(html)

    assert content.hint_factor(el("<div itemprop='articleBody'></div>")) > content.POSITIVE_FACTOR
    assert content.hint_factor(el("<div class='article-body'></div>")) == content.POSITIVE_FACTOR
    assert content.hint_factor(el("<div id='comments'></div>")) == content.STRONG_NEGATIVE_FACTOR
    assert content.hint_factor(el("<div class='post-comments'></div>")) == content.NEGATIVE_FACTOR
    assert content.hint_factor(el("<div class='rightRail'></div>")) < 1.0
    assert content.hint_factor(el("<div class='enableAdSlots'></div>")) == 1.0
    assert content.hint_factor(el("<div></div>")) == 1.0


def _paper(refs: int) -> str:
    items = "".join(f"<li><span>[{i}]</span> <span>Ann Author{i}, Bo Writer and Cy Scribe. A study of tides and "
                    f"lights on small islands, part {i}. Coast Press, 19{60 + i}.</span></li>" for i in range(refs))
    return ("<html><head><title>Tides</title></head><body><article><div class='doc'><section class='sec'>"
            "<h2>Introduction</h2><div class='para'><p>Tides shape the life of every small island, and the light "
            "keepers wrote them down for two hundred years <a href='#r1'>[1]</a>, <a href='#r2'>[2]</a>.</p></div>"
            f"</section><section class='bib'><h2>References</h2><ul class='biblist'>{items}</ul></section>"
            "</div></article></body></html>")


def test_a_reference_list_longer_than_a_short_paper_takes_the_paper_in():
    # the best candidate is the list: the box holding it under its heading is a part too, so the
    # locator climbs to the paper when the parent adds its prose
    art = clean(_paper(6))
    assert "Tides shape the life" in art.text and "Ann Author0" in art.text
    assert not any(r.text.startswith("Tides shape") for r in art.removed)
