"""A page that nothing else dates takes the day its <title> gives in a segment of its own ("Headline – Example –
13.06.2023"): below every stamp line and the address's date; a date inside the headline, a span's last day or a
title with several dates give nothing."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

import newsclean

PROSE = ("<p>Die Stadt hat den Plan für die neue Brücke über den Fluss genehmigt, und die Bauarbeiten sollen im "
         "Frühjahr beginnen. Der Bürgermeister sprach von einem wichtigen Schritt für das Viertel.</p>"
         "<p>Anwohner hatten jahrelang auf die Verbindung gewartet und begrüßten die Entscheidung am Abend.</p>")


def _published(head_title: str, header: str = "", url: "str | None" = None) -> "datetime | None":
    html = (f"<html lang='de'><head><title>{head_title}</title></head><body><article>"
            f"<h1>Neue Brücke genehmigt</h1>{header}{PROSE}</article></body></html>")
    return newsclean.clean(html.encode(), url=url).published


@pytest.mark.parametrize("head_title", [
    "Neue Brücke genehmigt – Beispielblatt – 13.06.2023",
    "Neue Brücke genehmigt | 13. Juni 2023 | Beispielblatt",
    "13.06.2023: Neue Brücke genehmigt",
])
def test_a_date_in_a_segment_of_its_own_dates_the_page(head_title: str) -> None:
    assert _published(head_title) == datetime(2023, 6, 13, tzinfo=timezone.utc)  # (a day alone: midnight UTC)


@pytest.mark.parametrize("head_title", [
    "Sitzung vom 13. Juni 2023 – Beispielblatt",  # the story's own date, inside the headline
    "Wochenbericht 7. - 13. Juni 2023 - Beispielblatt",  # a span's last day
    "Neue Brücke – 12.06.2023 – 13.06.2023",  # two dates: which is the page's?
    "Neue Brücke genehmigt – Beispielblatt",
])
def test_no_day_of_the_page_in_the_title(head_title: str) -> None:
    assert _published(head_title) is None


def test_a_stamp_line_of_the_page_wins_over_the_title() -> None:
    got = _published("Neue Brücke genehmigt – Beispielblatt – 13.06.2023", header="<p>14.06.2023, 09:30 Uhr</p>")
    assert got is not None and got.date() == datetime(2023, 6, 14).date()


def test_the_addresss_day_wins_over_the_title() -> None:
    got = _published("Neue Brücke genehmigt – Beispielblatt – 13.06.2023",
                     url="https://news.example.org/2023/06/15/neue-bruecke")
    assert got is not None and got.date() == datetime(2023, 6, 15).date()
