"""content: a page's footer (a disclaimer, a legal notice) is never the article, however long."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.container.scoring import NEGATIVE_HINTS

ARTICLE = ("<p>The council voted on Tuesday to close the old library and move its books to the new civic centre, "
           "a decision delayed three times since the spring.</p>"
           "<p>Supporters said the building was too costly to heat; opponents said the centre is too far away "
           "from the schools that use the library most.</p>")
LEGAL = "".join(
    f"<p>Views expressed on this site are those of the individual authors quoted and not of the company; "
    f"nothing here is investment, legal or tax advice, and no offer to buy or sell any security ({i}).</p>"
    for i in range(6))


@pytest.mark.parametrize("cls", ["disclaimer", "legal-disclaimer", "site-footer"])
def test_a_long_footer_gives_way_to_a_short_article(cls: str) -> None:
    art = newsclean.clean("<html><head><title>Library</title></head><body><main>"
                          f'<div class="story">{ARTICLE}</div><div class="{cls}">{LEGAL}</div></main></body></html>')
    assert "civic centre" in art.text and "too far away" in art.text
    assert "investment, legal or tax advice" not in art.text


def test_a_footer_alone_is_still_read() -> None:
    # nothing else holds prose: the footer's text is all there is
    art = newsclean.clean(f'<html><body><div class="disclaimer">{LEGAL}</div></body></html>')
    assert "investment, legal or tax advice" in art.text


def test_disclaimer_names_the_footer_region() -> None:
    assert "disclaimer" in NEGATIVE_HINTS["footer"]


SHORT = ("<p>The council voted on Tuesday to close the old library and move its books to the new civic centre.</p>"
         "<p>Opponents said the centre is too far away from the schools that use the library most often.</p>"
         "<p>The move is planned for the autumn, once the shelves in the new building are ready.</p>")


@pytest.mark.parametrize("footer", ["<footer>{}</footer>", "<div role='contentinfo'>{}</div>"])
def test_the_pages_footer_gives_way_to_prose_outside_it(footer: str) -> None:
    # no class words name it: the tag (or its role) says it is the page's footer
    art = newsclean.clean("<html><head><title>Library</title></head><body>"
                          f"<div class='welcome'>{SHORT}</div>{footer.format(LEGAL)}</body></html>")
    assert "civic centre" in art.text and "shelves in the new building" in art.text
    assert "investment, legal or tax advice" not in art.text

