"""chrome: a shop's customer reviews under its product (``product-reviews``, ``customer-reviews-list``,
``kundenbewertungen``) are a comment section; a review word alone (``reviews``, ``book-reviews``,
``review-body``: a review article or a site's reviews section) names none."""
from __future__ import annotations

import newsclean
from newsclean.plugins.regions import REVIEW_OWNER_PARTS, REVIEW_PARTS, region_of_value

DESCRIPTION = [
    "The Quillon day pack carries twenty litres in a main pocket that opens along three sides for easy packing.",
    "Its back panel is a ridged foam sheet with a mesh cover, so air moves between the pack and the walker's back.",
    "A zipped lid pocket holds keys and a phone, and two stretch side pockets take a bottle each on the trail.",
]
SPECS = ["Capacity: 20 litres", "Weight: 640 g", "Fabric: recycled ripstop nylon"]
REVIEWS = [
    ("Comfortable all day", "Wore it on a six hour ridge walk and never had to loosen the straps once, very happy."),
    ("Zips feel cheap", "The main zip caught on the lining twice in the first week, otherwise a decent little pack."),
    ("Great for commuting", "My laptop sleeve fits inside with room for lunch, and it still looks tidy on the train."),
]


def page(reviews_attr: str) -> str:
    desc = "".join(f"<p>{t}</p>" for t in DESCRIPTION)
    specs = "".join(f"<li>{t}</li>" for t in SPECS)
    revs = "".join(f"<div class='review-item'><h4>{h}</h4><span>5 out of 5 stars</span><p>{t}</p>"
                   f"<span>Verified buyer</span></div>" for h, t in REVIEWS)
    return (f"<html><head><title>Quillon 20 day pack</title></head><body>"
            f"<main><h1>Quillon 20 day pack</h1><div class='price'>$89.00</div>"
            f"<div class='description'>{desc}<h3>Specifications</h3><ul>{specs}</ul></div>"
            f"<section {reviews_attr}><h2>Reviews</h2>{revs}</section></main>"
            f"<footer><p>Copyright Example Outfitters</p></footer></body></html>")


def test_review_words_with_their_owner_name_a_comment_section():
    assert "reviews" in REVIEW_PARTS["en"] and "bewertungen" in REVIEW_PARTS["de"]
    assert "customer" in REVIEW_OWNER_PARTS["en"]
    for value in ("product-reviews", "customer-reviews-feature-div", "user_reviews", "pdp-reviews-list",
                  "kundenbewertungen", "avis-clients", "opinie-klientow", "recensioni-clienti x"):
        assert region_of_value(value)[0] == "comments", value
    # a review word alone, or beside another word, names no region: a review article, a reviews section
    for value in ("reviews", "book-reviews", "review-body", "product-review", "review", "product"):
        assert region_of_value(value)[0] == "", value


def test_customer_reviews_under_a_product_are_dropped_and_recorded():
    art = newsclean.clean(page("class='product-reviews'"))
    for t in DESCRIPTION + SPECS:
        assert t in art.text
    for _, t in REVIEWS:
        assert t not in art.text
    assert any(r.kind == "comments" and REVIEWS[0][1] in (r.text or "") for r in art.removed)


def test_a_reviews_section_named_alone_is_left_to_the_other_steps():
    art = newsclean.clean(page("class='reviews'"))
    assert all(t in art.text for t in DESCRIPTION)
    assert REVIEWS[0][1] in art.text
