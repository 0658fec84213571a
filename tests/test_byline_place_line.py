"""A place's line between a byline's name and its stamp under the title ("Jane Doe" / "Madrid" / "15.10.2024
09:13"): the name is still the author's, the place no part of it."""
from __future__ import annotations

import newsclean

BODY = ("<p>El Congreso votó el martes a favor del nuevo plan de transporte, que añade rutas de autobús y amplía "
        "el servicio los fines de semana en toda la región.</p>") * 4


def _page(box: str) -> str:
    return ("<html><head><title>El Congreso aprueba el plan</title></head><body><article>"
            f"<h1>El Congreso aprueba el plan</h1><div class='x'>{box}</div>{BODY}</article></body></html>")


def test_a_place_between_the_name_and_the_stamp() -> None:
    box = "<div><span>Paloma Jiménez</span></div><div><span>Madrid</span></div><div><span>15/10/2024 09:13</span></div>"
    assert newsclean.clean(_page(box)).authors == ["Paloma Jiménez"]


def test_a_sentence_between_the_name_and_the_stamp_is_no_place() -> None:
    box = ("<div><span>Paloma Jiménez</span></div><div><span>Lee también la entrevista completa</span></div>"
           "<div><span>15/10/2024 09:13</span></div>")
    assert newsclean.clean(_page(box)).authors == []
