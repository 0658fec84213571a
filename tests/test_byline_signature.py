"""A person's name alone on the line that opens or closes the article body (its signature), which the
locator takes away as a short line at the edge of the article: the author, when no person is named
otherwise (byline:edge-name)."""
from __future__ import annotations

import newsclean

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)
STAMP = "<div class='date'>17.05.2026, 19:06</div>"


def _page(tail: str, stamp: str = STAMP, header: str = "") -> str:
    return ("<html><head><title>Council approves the transit plan</title></head><body><main><article>"
            "<h1>Council approves the transit plan</h1>" + stamp + header + "<div class='body'>" + PROSE + tail
            + "</div></article></main><aside><ul><li><a href='/a'>Other story one</a></li>"
            "<li><a href='/b'>Other story two</a></li></ul></aside></body></html>")


def _edge(art: newsclean.Article, text: str) -> str:
    return next(f"{r.kind} {r.plugin}" for r in art.removed if r.text == text)


def test_a_name_under_the_last_paragraph_of_a_dated_article_is_its_author() -> None:
    art = newsclean.clean(_page("<p><strong>Trần Minh Châu</strong></p>"))
    assert art.authors == ["Trần Minh Châu"]
    assert _edge(art, "Trần Minh Châu") == "byline byline:edge-name"
    assert "Trần Minh Châu" not in [p.text for p in art.paragraphs]


def test_names_joined_on_the_signature_line_are_each_an_author() -> None:
    art = newsclean.clean(_page("<p><strong>Jane Doe/John Roe</strong></p>"))
    assert art.authors == ["Jane Doe", "John Roe"]


def test_an_undated_page_edge_line_names_no_one() -> None:
    # (an undated page's short capitalised line at the edge is more often a label or a heading)
    art = newsclean.clean(_page("<p><strong>Jane Doe</strong></p>", stamp=""))
    assert art.authors == []
    assert _edge(art, "Jane Doe") == "boilerplate content:locate"


def test_a_buttons_words_at_the_edge_name_no_one() -> None:
    art = newsclean.clean(_page("<div class='btn-cta'>See Gallery</div>"))
    assert art.authors == []
    assert _edge(art, "See Gallery") == "boilerplate content:locate"


def test_a_line_that_is_no_persons_name_names_no_one() -> None:
    art = newsclean.clean(_page("<p><strong>Read the full report</strong></p>"))
    assert art.authors == []


def test_a_labelled_byline_wins_over_the_signature() -> None:
    art = newsclean.clean(_page("<p><strong>Jane Doe</strong></p>", header="<p class='byline'>By John Roe</p>"))
    assert art.authors == ["John Roe"]


def test_a_person_the_article_speaks_of_is_no_signature() -> None:
    # (a player's or a speaker's name boxed under the text: the body names him)
    tail = "<p>Coach Jane Doe said the plan was long overdue.</p><p><strong>Jane Doe</strong></p>"
    art = newsclean.clean(_page(tail))
    assert art.authors == []


def test_a_sections_label_at_the_edge_names_no_one() -> None:
    # (German capitalises nouns: "Weitere Informationen", "more information", looks like a name's two words)
    for label in ("Weitere Informationen", "Further Resources"):
        art = newsclean.clean(_page(f"<p><strong>{label}</strong></p>"))
        assert art.authors == [], label
        assert _edge(art, label) == "boilerplate content:locate"


_LEAD = ("<p>The mining company denies the claims made by the villagers about the damage to their homes and "
         "fields, saying that every blast followed the rules set by the regional authority last year.</p>")


def _bold_page(line: str) -> str:
    return ("<html><head><title>Blasts shake the valley</title></head><body><article><h1>Blasts shake the valley"
            "</h1><p><time>14.03.2025</time></p><p><em>…as residents count the cost</em></p>" + line
            + _LEAD * 4 + "</article></body></html>")


def test_names_alone_in_bold_over_the_text_sign_it() -> None:
    art = newsclean.clean(_bold_page("<p><strong>Lerato Mokoena/Thabo Nkosi</strong></p>"))
    assert art.authors == ["Lerato Mokoena", "Thabo Nkosi"]
    assert "Lerato Mokoena" not in art.text
    assert any(r.kind == "byline" and "bold" in r.reason for r in art.removed)


def test_a_bold_line_naming_someone_the_text_speaks_of_signs_nothing() -> None:
    page = _bold_page("<p><strong>Lerato Mokoena</strong></p>").replace("the villagers", "Lerato Mokoena")
    assert newsclean.clean(page).authors == []
    assert newsclean.clean(_bold_page("<p>Lerato Mokoena/Thabo Nkosi</p>")).authors == []  # (not bold)
