"""content (scoring): a body box that sets a few product cards between its own paragraphs is no list of
teaser cards; a box that is mostly its cards still is (longform43)."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://kitchen.example.org/reviews/best-kettles"

INTRO = [
    "We boiled a great deal of water this spring. Eleven kettles went through the same routine in our test "
    "kitchen: a litre from cold, then a single cup, then a full jug left to cool and boiled again.",
    "The differences were larger than we expected. The fastest kettle took less than three minutes for the "
    "litre, the slowest nearly five, and two of them clicked off well before the water was really boiling.",
]
MIDDLE = [
    "Best overall: the steel jug with the long spout. It poured without a drip, stayed cool on the handle and "
    "was the quietest of the lot, which our early risers appreciated more than anything else.",
    "One tester said it was the first kettle she did not have to wipe after every pour, and that the gauge on "
    "the side could be read from across the room without her glasses.",
    "Best for small kitchens: the compact one with the folding handle. It holds less, but it heats a cup in "
    "under a minute and tucks away in a drawer when the counter is needed for something else.",
    "Best on a budget: the plain white kettle. Nothing about it is exciting, yet it boiled as fast as models "
    "three times its price and it has survived a year of daily use in the office without a fault.",
]
OUTRO = [
    "Whichever you choose, descale it every month or so where the water is hard. A spoon of citric acid and a "
    "boil or two will keep the element clean and the kettle fast for years.",
    "We will test the new models again in the autumn and update this guide with what we find then.",
]
CARDS = [("Steel Jug Kettle", "$45 at most hardware stores in town"),
         ("Fold Compact Kettle", "$38 at most camping shops in town"),
         ("Plain White Kettle", "$19 at most supermarkets in town")]


def chunk(paragraphs: list[str], cards: list[tuple[str, str]] = ()) -> str:  # type: ignore[assignment]
    shop = "".join(f"<div class='product-card'><a href='/go/{i}'><h4>{name}</h4></a><p>{price}</p></div>"
                   for i, (name, price) in enumerate(cards))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='grid-wrapper'><div class='body-box'><div class='inner'>{shop}{body}</div></div></div>"


def page(middle_cards: list[tuple[str, str]], middle: list[str] = MIDDLE) -> str:
    return ("<html lang='en'><head><title>The best kettles | Kitchen</title>"
            "<meta property='article:published_time' content='2024-05-02T08:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/reviews'>Reviews</a></nav></header>"
            "<main><article><h1>The best kettles</h1><div class='chunks'>"
            + chunk(INTRO) + "<div class='ad-slot'></div>" + chunk(middle, middle_cards)
            + "<div class='ad-slot'></div>" + chunk(OUTRO)
            + "</div></article></main><footer><p>Kitchen Example, all rights reserved.</p></footer></body></html>")


def test_a_body_chunk_holding_product_cards_stays_in_the_article():
    art = Cleaner().clean(page(CARDS), url=URL)
    for p in INTRO + MIDDLE + OUTRO:
        assert p[:50] in art.text


def test_a_box_that_is_mostly_cards_is_still_a_list_of_them():
    # the same chunk with only a line of its own beside its cards: a shop box, not the story
    art = Cleaner().clean(page(CARDS * 2, middle=["Prices checked this week."]), url=URL)
    for p in INTRO:
        assert p[:50] in art.text
    assert "Steel Jug Kettle" not in art.text
