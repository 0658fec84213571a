"""content: a page made of sibling entries (a blog's front page, a forum thread) keeps them together."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("Officials said on Monday that the new bridge would open next spring, two years later than planned, "
      "after engineers found problems with the steel used in its main span. ")
DE = ("Die Stadt hat am Montag mitgeteilt, dass die neue Brücke erst im kommenden Frühjahr eröffnet wird, "
      "zwei Jahre später als geplant, weil Ingenieure Mängel am Stahl gefunden haben. ")
ZH = "市政府周一表示，新大桥将推迟到明年春天开放，比原计划晚两年，原因是工程师在主跨使用的钢材中发现了问题。"


def clean(html: str):
    return Cleaner().clean(html)


def page(inner: str, title: str) -> str:
    side = ("<div class='sidebar'><h3>Archives</h3><ul>"
            + "".join(f"<li><a href='/a/{i}'>Month {i}</a></li>" for i in range(8)) + "</ul></div>")
    return (f"<html><head><title>{title}</title></head><body><div id='head'><h1>{title}</h1></div>"
            f"<div id='wrap'><div id='posts'>{inner}</div>{side}</div></body></html>")


def entry(i: int, text: str, n: int, head: str = "<h2><a href='/post/{i}'>Post number {i}</a></h2>") -> str:
    """An entry; a long one quotes most of its text (the locator's best container is then the quote,
    two levels below the entry's wrapper)."""
    body = "".join(f"<p>{text} ({i}.{k})</p>" for k in range(n))
    if n > 4:
        body = f"<p>{text} ({i}.intro)</p><blockquote>{body}</blockquote>"
    return (f"<div class='entry'>{head.format(i=i)}<div class='body'>{body}</div>"
            f"<p class='meta'>Posted by <a href='/u'>Ann</a> | <a href='/post/{i}#c'>3 comments</a></p></div>")


def test_the_entries_of_a_blog_front_page_are_taken_together():
    # the first entry is the longest by far: the locator's climb would keep it alone
    posts = entry(0, EN, 14) + "".join(entry(i, EN, 2) for i in range(1, 4))
    art = clean(page(posts, "A blog about bridges"))
    for i in range(4):
        assert f"({i}.0)" in art.text and f"({i}.1)" in art.text
    assert "(0.intro)" in art.text
    assert "Month 3" not in art.text
    assert any("page of entries" in n and "4 alike" in n for n in art.notes)


def test_entries_in_any_language_are_taken_together():
    for text in (DE, ZH):
        posts = entry(0, text, 14) + "".join(entry(i, text, 2) for i in range(1, 3))
        art = clean(page(posts, "Ein Blog"))
        assert all(f"({i}.1)" in art.text for i in range(3)), text


def test_two_entries_are_no_page_of_entries():
    posts = entry(0, EN, 9) + entry(1, EN, 4)
    art = clean(page(posts, "A blog about bridges"))
    assert "(0.8)" in art.text  # (the existing sibling rules may take the other one: not as a page of entries)
    assert not any("page of entries" in n for n in art.notes)


def test_teasers_are_no_entries():
    # a linked headline over a short blurb: too little prose for an entry
    blurb = "The council will vote on the new bridge budget next week, after a long public debate."
    teasers = "".join(f"<div class='entry'><h2><a href='/s/{i}'>Story {i}</a></h2><div class='body'><p>{blurb} ({i})"
                      "</p></div></div>" for i in range(1, 6))
    art = clean(page(entry(0, EN, 14) + teasers, "A blog about bridges"))
    assert "(0.13)" in art.text and "public debate" not in art.text
    assert not any("page of entries" in n for n in art.notes)


def test_the_titled_entry_is_one_article():
    # the page's title heads one of the alike wrappers: that one is the article (an endless page)
    posts = "".join(entry(i, EN, 14 if i == 0 else 2, "<h1>Headline {i}</h1>") for i in range(4))
    art = clean(f"<html><head><title>Headline 0</title></head><body><div id='feed'>{posts}</div></body></html>")
    assert "(0.13)" in art.text and "(1.0)" not in art.text
    assert not any("page of entries" in n for n in art.notes)


def test_a_lone_article_element_is_one_article():
    body = "".join(entry(i, EN, 14 if i == 0 else 2) for i in range(4))
    art = clean(page(f"<article>{body}</article>", "A blog about bridges"))
    assert not any("page of entries" in n for n in art.notes)


def test_the_cells_of_a_layout_row_are_no_entries():
    # navigation | body | sidebar set as the cells of one table row: columns side by side, not entries
    nav = "<td>" + "".join(f"<a href='/s/{i}'>Section {i}</a><br>" for i in range(6)) + \
        "<p>Our newsroom covers the city and the region every day, with reporters in four towns.</p>" \
        "<p>Write to us with your news, your letters and your pictures: we read every one of them.</p>" \
        "<p>Our paper has been printed in the city since 1871, and online since the spring of 1997.</p></td>"
    side = f"<td><p>{EN} (side)</p><p>{EN} (side.2)</p><p><a href='/more'>More from the city</a></p></td>"
    body = f"<td><p>{EN} (body.intro)</p><blockquote>" + "".join(f"<p>{EN} (body.{k})</p>" for k in range(14)) + \
        "</blockquote></td>"
    art = clean("<html><head><title>Bridge</title></head><body><table><tr>"
                f"{nav}{body}{side}</tr></table></body></html>")
    assert "(body.13)" in art.text and "newsroom" not in art.text and "(side)" not in art.text
    assert not any("page of entries" in n for n in art.notes)
