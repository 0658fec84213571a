"""A media teaser closed by its clip's date and running time."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.prompts import is_media_teaser

from riverside_page import P, Q, R, page as _page


# --- prompts: a media teaser closed by its clip's date and running time --------------------------


@pytest.mark.parametrize("text", [
    "Der Stadtrat hat den Uferweg beschlossen. Wie geht es weiter? 18.04.2024 | 0:21 min",
    "Die Bürger diskutieren über die Beleuchtung am Hafen.25.07.2023 | 43:49 min",  # glued to the blurb
    "The council's debate on the riverside path, in full 2024-04-18 | 1:02:33",
])
def test_media_teasers(text: str) -> None:
    assert is_media_teaser(text)


@pytest.mark.parametrize("text", [
    "Am 18.04.2024 um 0:21 Uhr begann die Sitzung.",  # a date and a time in a sentence
    "Sie lief die zehn Kilometer am 12.05.2024 in 43:49 min.",  # no bar: a result in a sentence
    "18.04.2024 | 0:21 min " + "x" * 400,  # the stamp not at the end
])
def test_not_media_teasers(text: str) -> None:
    assert not is_media_teaser(text)


def test_media_teaser_goes_from_the_body() -> None:
    blurb = "Der Stadtrat stimmte am Montag über den Uferweg ab: Wie es nun weitergeht. 18.04.2024 | 3:18 min"
    art = newsclean.clean(_page(f"<p>{blurb}</p>"))
    assert blurb not in [p.text for p in art.paragraphs]
    assert any(r.text == blurb and r.plugin == "prompts:lines" for r in art.removed)
    assert [p.text for p in art.paragraphs] == [P, Q, R]
