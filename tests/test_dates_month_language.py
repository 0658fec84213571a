"""Month names that two languages read as different months (Croatian "listopad(a)" is October, Polish and
Czech "listopad(a)" November): read with the page's language when it is known, else the first reading."""
from __future__ import annotations

from datetime import datetime

import pytest

import newsclean
from newsclean.dates import MONTHS_IN, find_dates, month_language

HR_PROSE = ("<p>Gradsko vijeće je u utorak odlučilo da će se novi most otvoriti za sav promet nakon što su "
            "završeni svi radovi. Kako je rekao gradonačelnik, projekt nije bio jednostavan, ali su radnici "
            "završili posao prema planu.</p><p>Most koji povezuje dva dijela grada bio je zatvoren gotovo dvije "
            "godine, a sada će put do centra biti kraći za dvadesetak minuta.</p><p>Još samo treba urediti park "
            "koji se nalazi uz obalu, a to bi trebalo biti gotovo do proljeća.</p>")
PL_PROSE = ("<p>Rada miasta zdecydowała we wtorek, że nowy most zostanie otwarty dla ruchu, gdy tylko zakończą "
            "się wszystkie prace. Jak powiedział burmistrz, projekt nie był prosty, ale robotnicy skończyli go "
            "zgodnie z planem.</p><p>Most, który łączy dwie części miasta, był zamknięty prawie dwa lata, a teraz "
            "droga do centrum będzie krótsza o dwadzieścia minut.</p>")


def test_the_table_holds_the_croatian_october_only_where_it_differs() -> None:
    assert MONTHS_IN["hr"] == {"listopad": 10, "listopada": 10}
    assert "pl" not in MONTHS_IN and "cs" not in MONTHS_IN


@pytest.mark.parametrize("language, month", [("hr", 10), ("hr-HR", 10), ("pl", 11), ("cs", 11), (None, 11)])
def test_listopada_is_read_in_the_pages_language(language: "str | None", month: int) -> None:
    found = find_dates("14. listopada 2025. u 09:30", language=month_language(language))
    assert [d.value for d in found] == [datetime(2025, month, 14, 9, 30)]


def test_other_months_read_the_same_in_every_language() -> None:
    for language in ("hr", "pl", None):
        assert find_dates("3. prosinca 2025.", language=month_language(language))[0].value == datetime(2025, 12, 3)
        assert find_dates("3 listopada 2025", language=month_language(language))[0].value.month == (
            10 if language == "hr" else 11)


def _page(lang: str, stamp: str, prose: str) -> bytes:
    head = f'<html lang="{lang}">' if lang else "<html>"
    return (f"{head}<head><title>Most</title></head><body><article><h1>Novi most otvoren za promet</h1>"
            f'<p class="meta">{stamp}</p>{prose}</article></body></html>').encode()


@pytest.mark.parametrize("lang", ["hr", ""])  # declared, or told by the text's function words
def test_a_croatian_page_dates_listopad_in_october(lang: str) -> None:
    art = newsclean.clean(_page(lang, "Objavljeno: 14. listopada 2025. u 09:30", HR_PROSE))
    assert art.language == "hr"
    assert art.published is not None and (art.published.month, art.published.day) == (10, 14)


def test_a_polish_page_dates_listopad_in_november() -> None:
    art = newsclean.clean(_page("pl", "Opublikowano: 14 listopada 2025, 09:30", PL_PROSE))
    assert art.language == "pl"
    assert art.published is not None and (art.published.month, art.published.day) == (11, 14)


def test_holds_lone_time_reads_clock_times_not_scores_or_ratios():
    from newsclean.dates import holds_lone_time
    assert holds_lone_time("Posted 21:05")
    assert holds_lone_time("发布于 9：52")
    assert holds_lone_time("7:30 pm, Monday")
    assert not holds_lone_time("Reply")
    assert not holds_lone_time("won 25:30 on points")
    assert not holds_lone_time("ratio 1:2")
