"""A date in the site's header band before the title (the day the page was served, "Montag, 7. Dezember 2026"
beside the logo) or in a box of other stories (a teaser's) ranks below every other stamp of the page; a dated
element in a header band no longer keeps the article's own dated element (a byline's <time>) from being read,
and an empty heading (a logo's slot) makes no band the article's own header."""
from __future__ import annotations

import pytest

import newsclean

PROSE = {
    "de": ("<p>Die Stadt hat den Plan für die neue Brücke über den Fluss genehmigt, und die Bauarbeiten sollen im "
           "Frühjahr beginnen. Der Bürgermeister sprach von einem wichtigen Schritt für das Viertel.</p>"
           "<p>Anwohner hatten jahrelang auf die Verbindung gewartet und begrüßten die Entscheidung am Abend.</p>"),
    "fr": ("<p>La ville a approuvé le projet du nouveau pont sur la rivière, et les travaux doivent commencer au "
           "printemps. Le maire a parlé d'une étape importante pour le quartier.</p>"
           "<p>Les habitants attendaient ce passage depuis des années et ont salué la décision dans la soirée.</p>"),
    "en": ("<p>The city approved the plan for the new bridge over the river, and building work is to start in "
           "spring. The mayor spoke of an important step for the neighbourhood.</p>"
           "<p>Residents had waited years for the crossing and welcomed the decision in the evening.</p>"),
}
TITLE = {"de": "Neue Brücke genehmigt", "fr": "Le nouveau pont approuvé", "en": "New bridge approved"}
TODAY = {"de": "Montag, 7. Dezember 2026, 09:15 Uhr", "fr": "lundi 7 décembre 2026 à 09h15",
         "en": "Monday, December 7, 2026 9:15 am"}
OWN = {"de": "3. März 2024", "fr": "3 mars 2024", "en": "March 3, 2024"}
TEASER = {"de": ("Ein anderer Bericht über den Hafen", "5. Dezember 2026, 18:40 Uhr"),
          "fr": ("Un autre article sur le port", "5 décembre 2026 à 18h40"),
          "en": ("Another story about the harbour", "December 5, 2026 6:40 pm")}


def _page(lang: str, before: str = "", after: str = "") -> bytes:
    filler = "".join(f"<p>{TITLE[lang]} {i}</p>" for i in range(14))  # (the article's stamp far below the title)
    html = (f"<html lang='{lang}'><head><title>{TITLE[lang]}</title></head><body>{before}<main>"
            f"<h1>{TITLE[lang]}</h1>{PROSE[lang]}{filler}<p>{OWN[lang]}</p></main>{after}</body></html>")
    return html.encode()


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_header_bands_date_of_today_is_not_the_articles(lang: str) -> None:
    band = (f"<div class='site-topbar'><div class='topbar-left'><span>{TODAY[lang]}</span></div>"
            f"<a href='/'>Logo</a></div>")
    art = newsclean.clean(_page(lang, before=band))
    assert art.published is not None and art.published.date().isoformat() == "2024-03-03"


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_a_teasers_date_in_a_box_of_other_stories_is_not_the_articles(lang: str) -> None:
    headline, stamp = TEASER[lang]
    box = f"<div class='post-related'><h3><a href='/x'>{headline}</a></h3><p>{stamp}</p></div>"
    art = newsclean.clean(_page(lang, after=box))
    assert art.published is not None and art.published.date().isoformat() == "2024-03-03"


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_header_bands_date_alone_still_dates_the_page(lang: str) -> None:
    band = f"<div class='site-topbar'><span>{TODAY[lang]}</span></div>"
    html = (f"<html lang='{lang}'><head><title>{TITLE[lang]}</title></head><body>{band}<main>"
            f"<h1>{TITLE[lang]}</h1>{PROSE[lang]}</main></body></html>")
    art = newsclean.clean(html.encode())
    assert art.published is not None and art.published.date().isoformat() == "2026-12-07"


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_bylines_date_element_wins_over_a_dated_header_band(lang: str) -> None:
    # the band's wrapper holds an empty heading (a logo's slot); the byline's stamp runs on into a count
    band = (f"<div class='site-header-wrapper'><h2></h2><div class='topbar'>"
            f"<div class='topbar_date'>{TODAY[lang]}</div></div></div>")
    byline = (f"<div class='meta'><span>Anna Muster</span><span class='entry-date'>{OWN[lang]}</span>"
              f"<span>0</span><span>1747</span></div>")
    html = (f"<html lang='{lang}'><head><title>{TITLE[lang]}</title></head><body>{band}<main>"
            f"<h1>{TITLE[lang]}</h1>{byline}{PROSE[lang]}</main></body></html>")
    art = newsclean.clean(html.encode())
    assert art.published is not None and art.published.date().isoformat() == "2024-03-03"
