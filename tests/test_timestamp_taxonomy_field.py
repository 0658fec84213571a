"""A post's stamp line holding its taxonomy field ("Kategorie: Sport, Verband", "Categories: Python, Tools")
beside the date: the field is part of the stamp line, which dates the page and is removed as a stamp; a
label before a sentence, or before items too long to be a list of categories, makes no stamp line."""
from __future__ import annotations

import newsclean

PROSE = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
         "extends service hours on weekends across the whole region.</p>" * 4)


def _page(header: str) -> str:
    return ("<html><head><title>Council approves the transit plan</title></head><body><div>"
            "<h1>Council approves the transit plan</h1>" + header + PROSE + "</div></body></html>")


def _stamps(article: newsclean.Article) -> list[str]:
    return [r.text for r in article.removed if r.kind == "timestamp"]


def test_a_date_with_the_post_categories_dates_the_page() -> None:
    line = "<p>01.02.2022 Kategorie: Verkehr, Stadtrat</p>"
    art = newsclean.clean(_page(line))
    assert art.published is not None and art.published.date().isoformat() == "2022-02-01"
    assert "01.02.2022 Kategorie: Verkehr, Stadtrat" in _stamps(art)


def test_a_stamp_with_categories_and_a_comment_link_between_bars() -> None:
    line = "<p>January 13, 2020 at 08:45 AM | categories: Transit, Budgets | View Comments</p>"
    art = newsclean.clean(_page(line))
    assert art.published is not None and art.published.date().isoformat() == "2020-01-13"
    assert _stamps(art)


def test_a_label_before_a_sentence_makes_no_stamp_line() -> None:
    line = "<p>12.03.2021 Kategorie: Der Rat hat den Plan beschlossen. Mehr dazu im Bericht</p>"
    art = newsclean.clean(_page(line))
    assert not _stamps(art)  # (the paragraph stays the text's)


def test_items_too_long_for_a_list_of_categories_make_no_stamp_line() -> None:
    line = ("<p>12.03.2021 Tags: the council approved the plan after a long debate about the budget, "
            "Stadtrat</p>")
    art = newsclean.clean(_page(line))
    assert not _stamps(art)
