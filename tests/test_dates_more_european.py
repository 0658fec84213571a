"""Dates in more European languages: month names (hr, sr in both scripts, sl, sk, lt, lv, et, bg, mk, is,
ca; Hungarian and Greek abbreviations), the year and day marks of Lithuanian and Latvian dates, a time
after a year written with its dot ("2024. u 14:05"), and the published / updated labels of those languages."""
from __future__ import annotations

from datetime import datetime

import pytest

import newsclean
from newsclean.dates import find_dates

BODY = ("<p>The harbour council met on a grey morning to discuss the new ferry timetable, the cost of the "
        "repairs to the old pier and the plans for a second landing stage next spring.</p>") * 2


@pytest.mark.parametrize("text, want", [
    ("12. ožujka 2024. u 14:05", datetime(2024, 3, 12, 14, 5)),       # hr: genitive, year's dot, "u"
    ("3. prosinca 2025.", datetime(2025, 12, 3)),
    ("12. marta 2024. u 14:05", datetime(2024, 3, 12, 14, 5)),        # sr / bs, Latin
    ("12. март 2024. 14:05", datetime(2024, 3, 12, 14, 5)),           # sr, Cyrillic
    ("7. јула 2023.", datetime(2023, 7, 7)),
    ("12. marec 2024 ob 14:05", datetime(2024, 3, 12, 14, 5)),        # sl
    ("5. septembra 2022", datetime(2022, 9, 5)),
    ("12. apríla 2024, 14:05", datetime(2024, 4, 12, 14, 5)),         # sk
    ("2024 m. kovo 12 d. 14:05", datetime(2024, 3, 12, 14, 5)),       # lt
    ("2023 m. gruodžio 1 d.", datetime(2023, 12, 1)),
    ("2024. gada 12. martā plkst. 14:05", datetime(2024, 3, 12, 14, 5)),  # lv
    ("12. märts 2024, kell 14:05", datetime(2024, 3, 12, 14, 5)),      # et
    ("12 януари 2024", datetime(2024, 1, 12)),                         # bg
    ("12 јануари 2024", datetime(2024, 1, 12)),                        # mk
    ("12. febrúar 2024", datetime(2024, 2, 12)),                       # is
    ("12 d’abril de 2024", datetime(2024, 4, 12)),                     # ca
    ("3 de gener de 2025", datetime(2025, 1, 3)),
    ("2024. márc. 12. 14:05", datetime(2024, 3, 12, 14, 5)),           # hu, abbreviated
    ("12 Μαρ 2024", datetime(2024, 3, 12)),                            # el, abbreviated
])
def test_more_european_dates(text: str, want: datetime) -> None:
    found = find_dates(text)
    assert found, text
    assert found[0].value.replace(tzinfo=None) == want


@pytest.mark.parametrize("text", [
    "In 2024. 12 people came",            # a year's dot then a number: no time
    "In 2024 u 12 ljudi",                 # a joiner without a clock after it
    "Marta 2024 and Jula came",           # names: a month of a year at most, never a day
])
def test_no_day_or_time_made_up(text: str) -> None:
    for d in find_dates(text):
        assert d.precision == "month" and d.value.hour == 0


def test_a_year_mark_alone_is_no_date() -> None:
    assert find_dates("2024 m. kovo") == [] or find_dates("2024 m. kovo")[0].precision == "month"


def page(stamp: str) -> bytes:
    return (f"<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1><p>{stamp}</p>"
            f"{BODY}</article></body></html>").encode()


@pytest.mark.parametrize("stamp, want", [
    ("Ažurirano: 14. ožujka 2024. u 09:00 · Objavljeno: 12. ožujka 2024. u 14:05", datetime(2024, 3, 12, 14, 5)),
    ("Atnaujinta 2024-03-14 09:00 · Paskelbta 2024-03-12 14:05", datetime(2024, 3, 12, 14, 5)),
    ("Frissítve: 2024. márc. 14. 09:00 · Megjelent: 2024. márc. 12. 14:05", datetime(2024, 3, 12, 14, 5)),
    ("Actualitzat el 14 de març de 2024 · Publicat el 12 de març de 2024", datetime(2024, 3, 12)),
    ("Posodobljeno: 14. marec 2024 · Objavljeno: 12. marec 2024", datetime(2024, 3, 12)),
])
def test_published_label_wins_over_updated(stamp: str, want: datetime) -> None:
    art = newsclean.clean(page(stamp))
    assert art.published is not None and art.published.replace(tzinfo=None) == want
    assert stamp[:10] not in art.text  # the stamp line is dropped (and recorded)
    assert any(r.kind == "timestamp" for r in art.removed)


@pytest.mark.parametrize("line", ["prije 26 minuta", "pre 3 sata", "пре 2 дана", "pred 5 minutami", "pred 2 hodinami",
                                  "před hodinou", "3 órája", "acum 2 ore", "преди 3 часа", "Prieš 8 min.",
                                  "pirms 2 stundām", "3 tundi tagasi", "2 tuntia sitten", "fa 3 hores"])
def test_relative_stamps_of_more_languages(line: str) -> None:
    from newsclean.dates import is_relative_date

    assert is_relative_date(line)
    art = newsclean.clean(page(line))
    assert line not in art.text and any(r.kind == "timestamp" for r in art.removed)


@pytest.mark.parametrize("text", ["12 perces", "pred 2 zápasmi", "present at the meeting"])
def test_no_relative_stamp_in_other_words(text: str) -> None:
    from newsclean.dates import is_relative_date

    assert not is_relative_date(text)


def test_a_byline_before_a_relative_stamp() -> None:
    art = newsclean.clean(page("Piše: Petra Mucović prije 26 minuta"))
    assert art.authors == ["Petra Mucović"]
