"""Pages in European languages: rating widgets, Drupal's byline stamp, schedules set under date
headings, a layout wrapper named for its sidebar, comment sections named in their language."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import prompts
from newsclean.plugins.prompts import is_rating_line

P1 = ("Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Radwege beschlossen, "
      "die vom Bahnhof bis zum Stadion führen sollen.")
P2 = ("Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des kommenden Jahres dauern, "
      "teilte die Verwaltung am Abend mit.")
P3 = ("Nach Angaben des Bürgermeisters wächst das Netz damit um zwanzig Kilometer und verbindet "
      "die Stadtteile am Rand mit der Innenstadt.")
P4 = ("Anwohner hatten sich seit Jahren für sichere Wege eingesetzt und begrüßten die Entscheidung "
      "mit einer kleinen Feier vor dem Rathaus.")


def _page(body: str, title: str = "Neue Radwege für die Stadt", head: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body>{head}<div id='main'><article><h1>{title}</h1>"
            f"{body}</article></div></body></html>")


@pytest.mark.parametrize("line", [
    "4,5 von 5 Sternen", "(12 Bewertungen)", "4,53 bei 4394 Bewertungen", "Bewertung: 4,2 von 5 Sternen",
    "Rated 4.5 out of 5 stars", "4.5 stars (123 reviews)", "4,2 sur 5 étoiles", "4,7 de 5 estrellas",
    "Valutazione: 4/5 (12 voti)", "4,5 van 5 sterren", "Durchschnittliche Bewertung: 4,2 (37 Stimmen)",
])
def test_rating_lines(line: str) -> None:
    assert is_rating_line(line)


@pytest.mark.parametrize("line", [
    "Das Hotel mit 5 Sternen liegt am See", "CDU: 12 Stimmen", "Die Bewertung liegt bei 4", "Note 2",
    "Sterne", "Bewertungen", "Rating: 8.0", "Bewertung: 4/5", "5 Sterne", "Mehr als 4000 Bewertungen zeigen, wie beliebt der Podcast ist.",
])
def test_not_rating_lines(line: str) -> None:
    assert not is_rating_line(line)


def test_rating_widget_between_paragraphs_goes() -> None:
    page = "\n\n".join([P1, P2, "4,5 von 5 Sternen", P3, "Noch keine Bewertungen", P4])
    art = newsclean.Cleaner(plugins=[prompts], entry_points=False).clean(page, input_kind="text")
    gone = {r.text: r.kind for r in art.removed}
    assert gone == {"4,5 von 5 Sternen": "prompt", "Noch keine Bewertungen": "prompt"}
    assert P3 in art.text


@pytest.mark.parametrize("line", [
    "Gespeichert von hmeier am Di., 12.03.2019 - 10:15", "Soumis par hmeier le mar, 12/03/2019 - 10:15",
    "Enviado por hmeier el Mar, 12/03/2019 - 10:15", "Submitted by hmeier on Tue, 03/12/2019 - 10:15",
])
def test_drupal_submitted_line_is_a_stamp(line: str) -> None:
    art = newsclean.clean(_page(f"<div class='meta'>{line}</div><p>{P1}</p><p>{P2}</p><p>{P3}</p>"))
    assert line not in art.text
    assert any(r.text == line and r.kind == "timestamp" for r in art.removed)
    assert art.published is not None and art.published.year == 2019


def test_verfasst_von_is_a_byline() -> None:
    art = newsclean.clean(_page(f"<p class='meta'>Verfasst von Hans Meier</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>"))
    assert "Verfasst von" not in art.text
    assert art.authors == ["Hans Meier"]


def _schedule(days: list[str]) -> str:
    parts = [f"<p>{P1}</p><p>{P2}</p><h2>Live im Fernsehen</h2>"]
    for i, d in enumerate(days):
        parts.append(f"<h2>{d}</h2><p>Turnier, {i + 1}. Tag in Berlin, 11:30 Uhr im Ersten und im Livestream</p>"
                     f"<p>Finale der Damen, {i + 1}. Runde, 20:15 Uhr im Zweiten</p>")
    return "".join(parts)


def test_date_headings_of_a_schedule_stay() -> None:
    days = ["Donnerstag, 03. Februar 2022", "Freitag, 04. Februar 2022", "Samstag, 05. Februar 2022"]
    art = newsclean.clean(_page(_schedule(days)))
    for d in days:
        assert d in art.text
    assert not any(r.kind == "timestamp" and r.text in days for r in art.removed)
    assert art.published is None or art.published.day not in (3, 4, 5) or art.published.month != 2


def test_two_date_headings_are_still_stamps() -> None:
    days = ["Donnerstag, 03. Februar 2022", "Freitag, 04. Februar 2022"]
    art = newsclean.clean(_page(_schedule(days)))
    assert not any(d in art.text for d in days)


def test_layout_wrapper_named_for_its_sidebar_is_kept() -> None:
    side = "".join(f"<p>Ein anderer Beitrag der Seite mit eigenem Text Nummer {i}, lang genug für eine "
                   f"Zeile im Seitenbereich neben dem Artikel.</p>" for i in range(12))
    page = ("<html><head><title>Neue Radwege</title></head><body>"
            "<div class='title_container'><span>Aktuelles</span></div>"
            "<div class='main_color container_wrap sidebar_right'>"
            f"<main role='main' class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></main>"
            f"<aside class='sidebar sidebar_right'>{side}</aside></div>"
            f"<div id='footer' class='container_wrap footer_color'>{side * 3}</div></body></html>")
    art = newsclean.clean(page)
    assert P1 in art.text and P3 in art.text
    assert "anderer Beitrag" not in art.text


def test_comment_section_named_in_german_goes() -> None:
    comments = ("<div class='kommentare'><div class='rubrik'>Kommentare</div>"
                "<div class='kommentar-item'><div class='benutzer'>Leser2010</div>"
                "<p>Ich finde das eine gute Entscheidung, auch wenn sie viel zu spät kommt und teuer wird.</p></div>"
                "</div>")
    art = newsclean.clean(_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{comments}"))
    assert P3 in art.text
    assert "Leser2010" not in art.text and "gute Entscheidung" not in art.text
    assert any(r.kind == "comments" and "gute Entscheidung" in r.text for r in art.removed)

