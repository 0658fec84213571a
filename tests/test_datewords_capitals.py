"""Labels of languages whose capitals drop the accents (Greek "ΔΗΜΟΣΙΕΥΣΗ" for "Δημοσίευση") match in
capitals too: the tables list them without the accents as well (datewords.with_capital_forms)."""
from __future__ import annotations

import newsclean
from newsclean.datewords import PUBLISHED_LABELS_EU, UPDATED_LABELS_EU, with_capital_forms

PROSE_EL = ("<p>Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το νέο σχέδιο συγκοινωνιών, που προσθέτει γραμμές "
            "λεωφορείων και επεκτείνει τις ώρες λειτουργίας τα σαββατοκύριακα σε όλη την περιοχή.</p>") * 4


def _page(label: str) -> str:
    title = "Το συμβούλιο ενέκρινε το σχέδιο"
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<div class='meta'><div>10/03/2024 09:00</div><div>{label}: 12/03/2024 14:05</div></div>"
            + PROSE_EL + "</article></body></html>")


def test_the_tables_list_greek_labels_without_their_accents_too() -> None:
    assert "δημοσιευση" in PUBLISHED_LABELS_EU["el"] and "δημοσίευση" in PUBLISHED_LABELS_EU["el"]
    assert "τελευταια ενημερωση" in UPDATED_LABELS_EU["el"]
    assert PUBLISHED_LABELS_EU["de"][0] == "veröffentlicht" and "veroffentlicht" not in PUBLISHED_LABELS_EU["de"]


def test_with_capital_forms_adds_the_bare_form_after_each_word_once() -> None:
    got = with_capital_forms({"el": ("ενημέρωση", "ενημερωση"), "de": ("am",)})
    assert got == {"el": ("ενημέρωση", "ενημερωση"), "de": ("am",)}


def test_a_publication_label_in_greek_capitals_makes_its_stamp_the_published_time() -> None:
    for label in ("ΔΗΜΟΣΙΕΥΣΗ", "Δημοσίευση"):
        art = newsclean.clean(_page(label))
        assert (art.published.year, art.published.month, art.published.day, art.published.hour) == (2024, 3, 12, 14)
