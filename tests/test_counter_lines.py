"""prompts: a slideshow's or a pager's position counter left alone on a line goes (``Bild 1 von 10``,
``Photo 3 of 12``; a bare ``2/5`` only beside its neighbour in the series), an amount stays
(``1/4`` above ``cup butter``). Pages written for these tests."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.prompts import is_counter_line

PARAS = (
    "Die Lawinensituation hat sich in dieser Woche deutlich entspannt. Nach klaren Nächten war es tagsüber "
    "sonnig, und vielerorts wurden auch steile Hänge befahren, ohne dass Lawinen ausgelöst wurden.",
    "Auf der Alpensüdseite lag etwas mehr Schnee. Dort brachen an einzelnen Stellen kleine Schneebretter "
    "in der Schwachschicht rund um die Regenkruste vom Dezember, meist ohne Folgen für die Tourengeher.",
    "Für das Wochenende erwarten die Fachleute wenig Neuschnee und weiterhin günstige Verhältnisse. Sie raten "
    "dennoch, die Hänge einzeln zu befahren und auf frische Triebschneeansammlungen zu achten.",
)


@pytest.mark.parametrize("line,expected", [
    ("Bild 1 von 10", True), ("Photo 3 of 12", True), ("Seite 2 von 5", True), ("Image 2 sur 8", True),
    ("Foto 4 di 9", True), ("Bild 11 von 10", False), ("Kapitel 1 von 10", False), ("Bild 1", False),
    ("1/12", False),  # bare: judged with its series on the page
])
def test_named_counters(line, expected):
    assert is_counter_line(line) is expected


def _page(inner: str) -> str:
    return ("<html><head><title>Wochenbericht Lawinen</title></head><body><article><h1>Wochenbericht Lawinen</h1>"
            + inner + "</article></body></html>")


def test_a_slideshow_series_goes_and_its_captions_stay():
    slides = "".join(f"<p>Bild {i} von 3</p><p>{p}</p>" for i, p in enumerate(PARAS, 1))
    art = newsclean.clean(_page(slides))
    assert "von 3" not in art.text
    for p in PARAS:
        assert p in art.text
    assert {r.kind for r in art.removed if r.text.startswith("Bild ")} == {"prompt"}


def test_a_bare_series_goes_and_a_lone_fraction_stays():
    slides = "".join(f"<p>{i}/3</p><p>{p}</p>" for i, p in enumerate(PARAS, 1))
    art = newsclean.clean(_page(slides))
    assert "1/3" not in art.text and "2/3" not in art.text
    recipe = f"<p>{PARAS[0]}</p><ul><li>1/4</li><li>Tasse Butter</li><li>2</li><li>Eier</li></ul><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    art = newsclean.clean(_page(recipe))
    assert "1/4" in art.text
