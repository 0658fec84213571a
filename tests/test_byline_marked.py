"""Bylines the declared elements read when no class says it plainly: a name's element holding only an
empty one (an underline, an icon) is the byline itself, and an element marked as the byline by a test,
or component attribute names the author when no byline class does."""
from __future__ import annotations

import newsclean

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(header: str) -> str:
    return ("<html><head><title>Council approves the transit plan</title></head><body><article>"
            "<h1>Council approves the transit plan</h1>" + header + PROSE + "</article></body></html>")


def test_an_empty_element_inside_the_name_does_not_hide_it() -> None:
    header = ("<div class='Writer-box'><div class='Writer-info'><img class='Writer-portrait' src='p.jpg' alt=''>"
              "<div class='Writer-nameAndSocial'><a href='/m/12345' class='Writer-name'>Maria Jensen"
              "<span class='Writer-underline'></span></a>"
              "<a href='/social/mjensen' class='Writer-social'>@mjensen</a></div></div></div>")
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]


def test_an_empty_inner_element_does_not_make_a_box_of_many_texts_the_byline() -> None:
    # the box holds the name and a reading tool's line; its only classed inner element is an empty
    # share bar: the box is not read as one byline
    header = ("<div class='story-writer-box'><div><span><a href='/people/maria-jensen'>Maria Jensen</a></span>"
              "</div><p>To listen to the article, <a href='/login'>log in now</a></p>"
              "<div class='story-writer__actions'><a href='/share'><svg></svg></a></div></div>")
    assert "log in now" not in newsclean.clean(_page(header)).authors


def test_a_byline_marked_by_a_test_attribute() -> None:
    header = ("<div><span data-testid='byline-contributors'><div data-testid='byline-contributors-0'>"
              "<div><span class='x1'>Maria Jensen</span></div></div></span></div>")
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]
    component = header.replace("data-testid='byline-contributors'", "data-component='byline-block'").replace(
        "data-testid='byline-contributors-0'", "")
    assert newsclean.clean(_page(component)).authors == ["Maria Jensen"]


def test_an_author_profile_box_marked_by_a_component_attribute_is_no_byline() -> None:
    header = "<div data-component='writerprofile'>この記事の筆者 山田太郎 経済部 フォロー 関心分野 金融、為替、物価上昇、地方経済</div>"
    authors = newsclean.clean(_page(header)).authors
    assert "物価上昇" not in authors and "地方経済" not in authors


def test_a_byline_class_wins_over_a_marked_element() -> None:
    header = ("<p class='byline'>By Anna Lund</p><div data-testid='author-block'><span>Maria Jensen</span></div>")
    assert newsclean.clean(_page(header)).authors == ["Anna Lund"]


def test_a_social_link_label_beside_its_icon_is_no_name() -> None:
    header = ("<div class='author-box'><div class='author-links'><div class='author-social'>Twitter"
              "<span class='author-social-icon'></span></div><div class='author-social'>Facebook"
              "<span class='author-social-icon'></span></div></div></div>")
    authors = newsclean.clean(_page(header)).authors
    assert "Twitter" not in authors and "Facebook" not in authors


def test_a_source_label_in_the_byline_element_credits_the_agencies() -> None:
    for label in ("Quelle", "Source", "Fuente"):
        header = f"<div class='story-author'>{label}: dpa/AFP</div>"
        authors = newsclean.clean(_page(header)).authors
        assert authors == ["dpa", "AFP"], (label, authors)


def test_a_job_title_beside_the_name_in_a_byline_box_is_no_name() -> None:
    header = ("<div class='story-authors'><span>Maria Jensen</span><span>Senior Regional Desk Head</span>"
              "<span>Anna Lund</span></div>")
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen", "Anna Lund"]
    header = "<div class='story-authors'><span>Maria Jensen</span><span>Deputy Regional Desk Head</span></div>"
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]


def test_a_place_after_the_name_set_apart_is_no_co_author() -> None:
    header = "<p class='autor'><strong>Maria Jensen</strong> | Springfield Heights | 08/01/2014</p>"
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen"]
    header = "<p class='autor'><a href='/a/mj'>Maria Jensen</a> | <a href='/a/jr'>John Roe</a></p>"
    assert newsclean.clean(_page(header)).authors == ["Maria Jensen", "John Roe"]  # each name set apart
