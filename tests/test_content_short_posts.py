"""A short post (a few lines, a list of links with a word each) is the article, not the comment form
or the author box under it that holds more prose: the title heading is the story's headline, not the
site's name in the masthead (both are parts of ``Headline « Site``); a comment form's notices are no
paragraph under the title; and a small author box chosen beside that paragraph gives way to it."""
from __future__ import annotations

import newsclean
from newsclean.plugins.container.choice import title_index

SITE = "Harbour Notes"
HEADLINE = "Weekend reading for the long storm"
TAGLINE = "Plain talk about the ships, the docks and the weather."
CLOSING = "Plus, our neighbour starts a column this week."
NOTICE = "Your e-mail address will not be published. Required fields are marked with a star."
TAGS_HELP = ("You may use these markup tags and attributes in your reply: bold, italic, quote, code, "
             "strike, a link with its title, an abbreviation and a citation.")
BIO = ("Ada Quill writes about ferries, lighthouses and the small harbours of the north. She has sailed "
       "the coast for twenty years, keeps two cats and a very old dinghy, and hosts the monthly reading "
       "circle at the harbour library. She answers every letter, if slowly, and never uses a phone.")
ITEMS = ("Storm closes the ferry line", "Lighthouse keepers remember", "Tide tables for December",
         "A new quay for the old town")


def _links() -> str:
    return "".join(f"<li><a href='/2012/10/item-{i}'>{t}</a></li>" for i, t in enumerate(ITEMS))


def comment_form_page() -> str:
    return ("<html><head><title>" + HEADLINE + " « " + SITE + "</title></head><body><div id='wrapper'>"
            f"<div id='masthead'><h2 id='site-name'>{SITE}</h2><div id='motto'>{TAGLINE}</div></div>"
            "<div id='content'><div class='post'>"
            f"<h2 class='headline'>{HEADLINE}</h2><div class='entry'><ul>{_links()}</ul><p>{CLOSING}</p>"
            "<p class='filed'>Filed under <a href='/c/links'>Links</a></p></div>"
            "</div><div class='after'><div id='respond'><h3>Leave a reply</h3><form id='commentform'>"
            f"<p class='comment-notes'>{NOTICE}</p><p><label>Name</label><input type='text' name='n'></p>"
            f"<p><textarea name='comment'></textarea></p><p class='allowed-tags'>{TAGS_HELP}</p>"
            "<p><input type='submit' value='Post'></p></form></div></div></div></div></body></html>")


def author_box_page(bio: str = BIO) -> str:
    opening = "On this day in 1871 the first lifeboat station opened on our coast, so stay safe out there."
    items = "".join(f"<li><a href='/x/{i}'>{t}</a> - worth a look.</li>" for i, t in enumerate(ITEMS))
    return ("<html><head><title>" + HEADLINE + "</title></head><body><div id='page'>"
            "<div class='main'><div class='post'>"
            f"<h2>{HEADLINE}</h2><div class='entry-content'><p>{opening}</p><ul>{items}</ul></div></div>"
            f"<div class='post-author'><h3>About the author</h3><div class='col'><p>{bio}</p></div></div>"
            "</div></div></body></html>")


class _Meta:
    def __init__(self, title: str) -> None:
        self.title = title

    def get(self, key: str) -> str | None:
        return self.title if key == "title" else None


class _Block:
    def __init__(self, index: int, text: str) -> None:
        self.index, self.text, self.level, self.kind = index, text, 2, "heading"


class _Doc:
    def __init__(self, title: str, heads: list[str]) -> None:
        self.meta = _Meta(title)
        self.blocks = [_Block(i, t) for i, t in enumerate(heads)]


def test_the_headline_not_the_site_name_is_the_title_heading():
    title = f"{HEADLINE} « {SITE}"
    assert title_index(_Doc(title, [SITE, "Archives", HEADLINE])) == 2
    # the later part wins when nearly as long as the earlier one (the site's name in the masthead first)
    assert title_index(_Doc("Quote of the week « Harbour Economist", ["Harbour Economist", "Quote of the week"])) == 1
    # a heading that is the whole title (or holds it) still wins as the first one
    assert title_index(_Doc(title, [title + " 12", SITE, title])) == 0
    # a short later part (a section's name) does not outweigh a longer earlier one
    assert title_index(_Doc("Storm news for the harbour | Notes", ["Storm news for the harbour", "News"])) == 0


def test_a_comment_form_under_a_short_post_is_not_the_article():
    art = newsclean.clean(comment_form_page())
    assert CLOSING in art.text
    assert NOTICE not in art.text
    assert TAGS_HELP not in art.text
    assert TAGLINE not in art.text
    # the form's notices are no paragraph under the title: the comment form goes as a comment section,
    # not left to the locator as the article's lead
    form = [r for r in art.removed if r.text.startswith(NOTICE[:30])]
    assert form and form[0].kind == "comments" and form[0].plugin == "chrome:chrome"


def test_a_small_author_box_beside_the_post_gives_way_to_it():
    art = newsclean.clean(author_box_page())
    assert "the first lifeboat station opened" in art.text
    assert "keeps two cats" not in art.text


def test_a_long_box_named_for_its_author_is_not_passed_over():
    # a profile page's text in a bio-named box, far longer than any author box: it stays the article
    long_bio = " ".join([BIO] * 4)
    art = newsclean.clean(author_box_page(long_bio))
    assert "keeps two cats" in art.text
