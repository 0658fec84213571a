"""Joiners whose reading depends on the page's language: Dutch "en" joins two authors on a Dutch page, and
is a connector before a place on a Spanish one ("Por X en Madrid"); Slovene "in" joins two authors on a
Slovene page, and is a connector on an English one ("By X in London") (authors.LANGUAGE_BOUND_JOINERS,
cut_at_ender with the page's language)."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.authors import LANGUAGE_BOUND_JOINERS, LANGUAGE_DEPENDENT_JOINERS, cut_at_ender, language_joiners

PROSE = {
    "nl": "De gemeente heeft het plan voor de nieuwe brug over de rivier goedgekeurd, en de bouw begint in het "
          "voorjaar. Volgens de wethouder is het een belangrijke stap voor de wijk en de bewoners.",
    "sl": "Občina je potrdila načrt za novi most čez reko, gradnja pa se bo začela spomladi. Po besedah župana "
          "je to pomemben korak za četrt in njene prebivalce, ki so na most čakali več let.",
    "es": "El ayuntamiento ha aprobado el plan para el nuevo puente sobre el río y las obras empezarán en la "
          "primavera. Según el alcalde, es un paso importante para el barrio y sus vecinos.",
    "en": "The council has approved the plan for the new bridge over the river, and the work will start in the "
          "spring. The mayor said it was an important step for the district and the people who live there.",
}
HEADS = {"nl": "Nieuwe brug goedgekeurd", "sl": "Novi most je potrjen", "es": "Aprobado el nuevo puente",
         "en": "New bridge approved"}


def _page(lang: str, byline: str, declared: bool = True) -> bytes:
    prose = "".join(f"<p>{PROSE[lang]}</p>" for _ in range(3))
    attr = f' lang="{lang}"' if declared else ""
    return (f"<html{attr}><head><title>{HEADS[lang]}</title></head><body><article><h1>{HEADS[lang]}</h1>"
            f"{byline}{prose}</article></body></html>").encode()


@pytest.mark.parametrize("lang, byline, want", [
    ("nl", "<p>Door Jan de Vries en Piet Jansen</p>", ["Jan de Vries", "Piet Jansen"]),
    ("sl", "<p>Piše: Janez Novak in Mojca Kranjc</p>", ["Janez Novak", "Mojca Kranjc"]),
    ("sl", "<p>Avtorja: Janez Novak in Mojca Kranjc</p>", ["Janez Novak", "Mojca Kranjc"]),
    # a byline element (read from the tree), labelled or not
    ("nl", '<div class="author">Door Jan de Vries en Piet Jansen</div>', ["Jan de Vries", "Piet Jansen"]),
    ("sl", '<div class="author">Janez Novak in Mojca Kranjc</div>', ["Janez Novak", "Mojca Kranjc"]),
])
def test_the_languages_joiner_joins_two_authors(lang: str, byline: str, want: list[str]) -> None:
    assert newsclean.clean(_page(lang, byline)).authors == want


def test_a_dutch_page_says_so_by_its_words_without_a_declared_language() -> None:
    page = _page("nl", "<p>Door Jan de Vries en Piet Jansen</p>", declared=False)
    assert newsclean.clean(page).authors == ["Jan de Vries", "Piet Jansen"]


@pytest.mark.parametrize("lang, byline, want", [
    ("es", "<p>Por Juan Pérez en Madrid</p>", ["Juan Pérez"]),  # "en": before the place
    ("en", "<p>By Jane Doe in London</p>", ["Jane Doe"]),  # "in": before the place
    ("en", '<div class="author">By Jane Doe in London</div>', ["Jane Doe"]),
])
def test_elsewhere_the_word_is_a_connector_before_a_place(lang: str, byline: str, want: list[str]) -> None:
    assert newsclean.clean(_page(lang, byline)).authors == want


def test_cut_at_ender_keeps_the_joiner_of_the_pages_language_only() -> None:
    assert cut_at_ender("Jan de Vries en Piet Jansen") == "Jan de Vries"  # no language: "en" ends the name
    assert cut_at_ender("Jan de Vries en Piet Jansen", "nl") == "Jan de Vries en Piet Jansen"
    assert cut_at_ender("Jan de Vries en Piet Jansen", "nl-BE") == "Jan de Vries en Piet Jansen"
    assert cut_at_ender("Juan Pérez en Madrid", "es") == "Juan Pérez"
    assert cut_at_ender("Janez Novak in Mojca Kranjc", "sl") == "Janez Novak in Mojca Kranjc"
    assert cut_at_ender("Jane Doe in London", "en") == "Jane Doe"


def test_the_language_bound_joiners_are_data() -> None:
    assert "in" in LANGUAGE_BOUND_JOINERS["sl"] and "in" in language_joiners("sl-SI")
    assert "in" not in language_joiners("en") and language_joiners(None) == ()
    assert {"en", "in"} <= LANGUAGE_DEPENDENT_JOINERS
