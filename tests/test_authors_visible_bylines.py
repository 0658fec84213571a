"""Bylines read from the visible page alone (no declared author): a profile link whose text is the
avatar's initials gives way to the name's link after it, a name's link text with the person's post
after a comma gives the name, a byline marked by another test attribute (``data-qa``,
``data-ui-testid``), and the title's line found when the head title kept the site's name and the
headline is an ``<h2>`` (the name beside the stamp under it, the signature over the body)."""
from __future__ import annotations

import newsclean

PROSE = ("<p>Der Gemeinderat hat am Montag beschlossen, den neuen Spielplatz am Rand des Stadtparks zu bauen, "
         "und die Arbeiten sollen im kommenden Frühjahr beginnen.</p>") * 4


def _page(header: str, heading: str = "h1", site: str = "") -> str:
    return (f"<html><head><title>Neuer Spielplatz im Stadtpark{site}</title></head><body>"
            "<div class='nav'><a href='/'>Start</a> <a href='/lokal'>Lokal</a></div><div class='story'>"
            f"<{heading}>Neuer Spielplatz im Stadtpark</{heading}>" + header + PROSE + "</div></body></html>")


def test_an_avatars_initials_give_way_to_the_names_profile_link() -> None:
    header = ("<div><a href='/author/jana-ostrova-1188' class='avatar'><span>JO</span></a></div>"
              "<div><span><a href='/author/jana-ostrova-1188'>Jana Ostrova, Professorin an der "
              "Hochschule für Gestaltung, Beispielblatt</a></span> <span>31.03.2024 19:59</span></div>")
    assert newsclean.clean(_page(header)).authors == ["Jana Ostrova"]


def test_initials_alone_name_no_one() -> None:
    header = "<div><a href='/author/jana-ostrova-1188' class='avatar'><span>JO</span></a></div>"
    assert newsclean.clean(_page(header)).authors == []


def test_a_byline_marked_by_other_test_attributes() -> None:
    for attr in ("data-qa", "data-ui-testid"):
        header = (f"<div {attr}='header-byline'><div><a class='x9f' href='/team/jana-ostrova'>Jana Ostrova</a>"
                  " and <span class='x7c'>Lukas Brenner</span><p><time>March 31, 2024 - 4.34pm</time></p></div></div>")
        assert newsclean.clean(_page(header)).authors == ["Jana Ostrova", "Lukas Brenner"], attr


def test_the_title_line_under_an_h2_when_the_head_title_keeps_the_site_name() -> None:
    site = " - Beispielblatt"
    stamp = _page("<p>Jana Ostrova | 12.03.2021</p>", "h2", site)
    assert newsclean.clean(stamp).authors == ["Jana Ostrova"]
    edge = _page("<p>12.03.2021</p>", "h2", site).replace("</div></body>", "<p><i>Jana Ostrova</i></p></div></body>")
    assert newsclean.clean(edge).authors == ["Jana Ostrova"]
    # the site's name alone in a heading is no title line: the name under it is not read as a byline
    other = ("<html><head><title>Neuer Spielplatz im Stadtpark - Beispielblatt</title></head><body>"
             "<h2>Beispielblatt</h2><p>Jana Ostrova | 12.03.2021</p>" + PROSE + "</body></html>")
    assert newsclean.clean(other).authors == []


def test_a_signature_under_the_article_with_the_persons_post() -> None:
    page = _page("<p>12.03.2021</p>").replace("</div></body>", "<p>Jana Ostrova, Korrespondentin</p></div></body>")
    art = newsclean.clean(page)
    assert art.authors == ["Jana Ostrova"]
    assert "Korrespondentin" not in art.text
    # a post that is no job title keeps the line no signature
    page = _page("<p>12.03.2021</p>").replace("</div></body>", "<p>Jana Ostrova, Gartenstraße</p></div></body>")
    assert newsclean.clean(page).authors == []


def test_a_byline_element_holding_the_date_first() -> None:
    header = "<div class='post-date-author'>Dec. 19, 2025 · Jana Ostrova on behalf of the Garden Desk</div>"
    assert newsclean.clean(_page(header)).authors == ["Jana Ostrova"]
    # a date element that names no one gives no author
    header = "<div class='author-date'>Dec. 19, 2025</div>"
    assert newsclean.clean(_page(header)).authors == []
