"""A short date written with dashes, day first, and its time ("26-09-20 12:07", as Dutch pages write it) dates a
page of a language that writes it so; on an English page (either order) or an East Asian one (year first) it
dates nothing."""
from __future__ import annotations

import pytest

import newsclean

PROSE = {
    "nl": "<p>De havenraad heeft maandag besloten de noordelijke kade te verbreden, zodat grotere veerboten kunnen "
          "aanleggen en de rijen vrachtwagens korter worden.</p>",
    "en": "<p>The harbour board agreed on Monday to widen the northern quay, which will let larger ferries dock and "
          "shorten the queues of lorries waiting on the coast road.</p>",
    "ko": "<p>항만위원회는 월요일 북쪽 부두를 넓히기로 결정했으며, 이에 따라 더 큰 여객선이 정박할 수 있게 되고 화물차 "
          "대기 줄이 짧아질 것이라고 밝혔다.</p>",
}
TITLE = {"nl": "Havenraad verbreedt de kade", "en": "Harbour board widens the quay", "ko": "항만위원회 부두 확장 결정"}


def _page(lang: str, header: str) -> str:
    return (f"<html lang='{lang}'><head><title>{TITLE[lang]}</title></head><body><div><h1>{TITLE[lang]}</h1>"
            + header + PROSE[lang] * 4 + "</div></body></html>")


@pytest.mark.parametrize("line", ["26-09-20 12:07", "Bijgewerkt: 26-09-20 12:07", "26-9-20, 12:07"])
def test_a_dashed_short_date_dates_a_dutch_page(line: str) -> None:
    art = newsclean.clean(_page("nl", f"<p>{line}</p>"))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day, art.published.hour) == (2020, 9, 26, 12)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_dashed_short_date_dates_no_english_or_east_asian_page(lang: str) -> None:
    assert newsclean.clean(_page(lang, "<p>26-09-20 12:07</p>")).published is None


def test_a_dashed_short_date_needs_its_time() -> None:
    assert newsclean.clean(_page("nl", "<p>26-09-20</p>")).published is None
