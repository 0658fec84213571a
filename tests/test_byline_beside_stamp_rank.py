"""The header's line beside the stamp under the title: a person's name alone there outranks the first
author-profile link after the title (a teaser's, further down), and a news agency alone there ("Reuters" /
"Published 15 minutes ago") is credited as an organisation."""
from __future__ import annotations

import newsclean

BODY = ("<p>Shares of the maker of garden tools rose on Monday after its chief executive said he would retire "
        "next spring and the board named a successor from inside the firm.</p>") * 4


def _page(meta: str, after: str = "") -> str:
    return ("<html lang='en'><head><title>Garden tools chief to retire</title></head><body><article>"
            "<h1>Garden tools chief to retire</h1><p>The board names a successor.</p>"
            f"<div class='meta'>{meta}</div>{BODY}</article>{after}</body></html>")


TEASER = ("<section><h2>More news</h2><ul><li><a href='/story/other-one'>Another story about tools</a> "
          "<a href='/author/odile-brandt'>Odile Brandt</a></li></ul></section>")


def test_the_name_beside_the_stamp_outranks_a_teasers_profile_link() -> None:
    art = newsclean.clean(_page("<p>Renske Vollmar</p><p>Published March 3, 2024</p>", TEASER))
    assert art.authors == ["Renske Vollmar"]


def test_a_profile_link_still_names_the_author_when_the_header_names_no_one() -> None:
    art = newsclean.clean(_page("<p>Published March 3, 2024</p>", TEASER))
    assert art.authors == ["Odile Brandt"]


def test_an_agency_alone_beside_the_stamp() -> None:
    art = newsclean.clean(_page("<p>Reuters</p><p>Published 15 minutes ago</p>"))
    assert art.authors == ["Reuters"]
    assert any("agency alone beside the stamp" in (r.reason or "") for r in art.removed)


def test_a_one_word_section_beside_the_stamp_is_no_author() -> None:
    art = newsclean.clean(_page("<p>Markets</p><p>Published 15 minutes ago</p>"))
    assert art.authors == []
