"""A ``datePublished`` (or a ``<time>``) inside a microdata item of another kind than the page's own (a reader's
comment, an answer, a review: ``declared.elements.OTHER_ITEM_TYPES``) dates that item, not the page."""
from __future__ import annotations

import newsclean

PROSE = "".join(f"<p>The harbour board agreed on Monday to widen the northern quay, which will let larger ferries "
                f"dock and shorten the queues of lorries on the coast road, part {i}.</p>" for i in range(4))


def _page(item_type: str) -> str:
    return ("<html><head><title>Harbour board widens the quay</title></head><body>"
            "<div itemscope itemtype='https://schema.org/Question'><h1>Harbour board widens the quay</h1>"
            + PROSE +
            f"<div itemprop='comment' itemscope itemtype='https://schema.org/{item_type}'>"
            "<span>Nice work on the quay at last.</span>"
            "<time class='d-none' itemprop='datePublished'>2019-01-21T21:40:59Z</time></div>"
            "<p>asked <time itemprop='dateCreated' datetime='2014-02-04T13:02:51Z'>Feb 4, 2014 at 13:02</time></p>"
            "</div></body></html>")


def test_a_comments_date_does_not_date_the_page() -> None:
    art = newsclean.Cleaner().clean(_page("Comment"))
    assert art.published is not None and art.published.date().isoformat() == "2014-02-04"


def test_the_pages_own_item_still_dates_it() -> None:
    page = _page("Comment").replace("schema.org/Question'><h1>", "schema.org/Article'><h1>").replace(
        "itemtype='https://schema.org/Comment'", "")
    art = newsclean.Cleaner().clean(page)  # (no item of its own: the date is the page's)
    assert art.published is not None and art.published.date().isoformat() == "2019-01-21"


def test_a_review_that_is_the_pages_own_item_dates_it() -> None:
    page = ("<html><head><title>Harbour board widens the quay</title></head><body>"
            "<article itemscope itemtype='https://schema.org/Review'><h1>Harbour board widens the quay</h1>"
            "<time itemprop='datePublished' datetime='2021-03-04T10:00:00Z'>4 March 2021</time>"
            + PROSE + "</article></body></html>")
    art = newsclean.Cleaner().clean(page)
    assert art.published is not None and art.published.date().isoformat() == "2021-03-04"
