"""Bylines named by an element's id ("<span id=authors>") before any class hit, and an author named by a
button's label ("All articles by X", "Alle Artikel von X") as by a link's."""
from __future__ import annotations

import newsclean

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(header: str, footer: str = "") -> str:
    return ("<html><head><title>Council approves the transit plan</title></head><body><article>"
            "<h1>Council approves the transit plan</h1>" + header + PROSE + footer + "</article></body></html>")


def test_an_element_whose_id_names_the_authors_is_the_byline() -> None:
    header = ("<div class='section' id='authors-container'><span id='prefix'></span>"
              "<span class='html' id='authors'>Maria Jensen, Tomas Berglund</span></div>")
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen", "Tomas Berglund"]


def test_the_id_wins_over_a_picture_credit_classed_author() -> None:
    # the first "author" class is a picture's credit outside a <figure>: the id'd byline names the writer
    header = ("<div class='teaser-image'><img src='a.jpg' alt=''><span class='image-author'>Lena Holt</span></div>"
              "<div><span id='byline'>Maria Jensen</span></div>")
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]


def test_an_empty_id_element_leaves_the_class_byline() -> None:
    header = "<span id='author'></span><div class='article-author'>Maria Jensen</div>"
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]


def test_an_author_id_prefix_alone_is_no_byline() -> None:
    # an id only starting with the word (a box, a comment form's field) is not read as the byline
    header = "<div id='author-box-note'>Read more from our newsroom</div>"
    assert newsclean.clean(_page(header)).authors == []


def test_a_button_labelled_all_articles_by_names_the_author() -> None:
    footer = ("<div class='bio'><button class='x' aria-label='All articles by Maria Jensen'>"
              "<span>All articles by Maria Jensen</span></button></div>")
    assert newsclean.clean(_page("", footer)).authors == ["Maria Jensen"]


def test_a_button_whose_text_alone_says_it_in_german() -> None:
    footer = "<div><button type='button'><span>Alle Artikel von Maria Jensen</span></button></div>"
    assert newsclean.clean(_page("", footer)).authors == ["Maria Jensen"]


def test_a_button_of_another_kind_names_no_one() -> None:
    footer = "<div><button aria-label='Share this article'><span>Share</span></button></div>"
    assert newsclean.clean(_page("", footer)).authors == []
