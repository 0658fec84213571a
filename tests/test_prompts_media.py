"""A media teaser closed by its clip's date and running time."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.prompts import is_media_teaser

P = ("The council approved the new riverside path on Monday after a long debate about its cost, its route and "
     "the trees that would have to be moved to make room for it along the old harbour wall.")
Q = ("Work is due to start in the spring, and the first section between the pier and the wetland park should "
     "open to walkers and cyclists before the end of the summer holidays, officials said.")
R = ("Residents who spoke at the meeting welcomed the plan but asked for better lighting, more benches and a "
     "safe crossing at the busy junction near the school, which the council promised to study.")


def _page(box: str, before: str = "") -> str:
    return ("<html><head><title>Riverside path approved</title></head><body><article>"
            f"<h1>Riverside path approved</h1>{before}<p>{P}</p><p>{Q}</p>{box}<p>{R}</p></article></body></html>")


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
