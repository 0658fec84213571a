"""A page whose first pass keeps no article is cleaned again, with chrome leaving prose to the locator.

Blog themes put the post in a widget-classed box beside a long sidebar: the box is too small a share
of the page to be protected, and its labels make it too link-rich to be left as the lead's holder, so
the first pass prunes both and keeps nothing.
"""
from __future__ import annotations

import newsclean
from newsclean import pipeline

POST = ("Die Stadtverwaltung hat am Dienstag neue Pläne für den Umbau des Bahnhofsplatzes vorgestellt. "
        "Nach zwei Jahren Planung sollen dort Bäume, breitere Gehwege und eine überdachte Haltestelle entstehen. "
        "Die Bauarbeiten beginnen im Frühjahr und dauern voraussichtlich bis zum Herbst des folgenden Jahres.")
LABELS = "Labels: " + ", ".join(f"<a href='/label/{i}'>Nachbarschaft {i}</a>" for i in range(12))  # (link density ~0.4)
SIDEBAR = " ".join(f"Über mich: Ich schreibe hier seit vielen Jahren über mein Viertel, Nummer {i}, "
                   f"über Gärten, Märkte und Nachbarn, und freue mich über jeden Besuch." for i in range(30))


def _page(post: str = POST) -> str:
    return (f"<html><head><title>Mein Viertel: Neuer Bahnhofsplatz</title></head><body>"
            f"<div class='main-inner'><div id='Blog1' class='widget Blog'>"
            f"<h3 class='post-title'>Neuer Bahnhofsplatz</h3><div class='post-body'>{post}</div><span class='post-labels'>{LABELS}</span></div></div>"
            f"<aside><div class='widget Text'>{SIDEBAR}</div></aside>"
            f"<footer><a href='/'>Start</a> <a href='/impressum'>Impressum</a></footer></body></html>")


def test_the_post_widget_is_kept_on_the_second_look() -> None:
    art = newsclean.clean(_page())
    assert "Bahnhofsplatzes" in art.text
    assert "Über mich" not in art.text  # the sidebar holds no title heading: it stays pruned
    assert any(n.startswith("second look:") for n in art.notes)


def test_without_the_second_look_the_page_is_empty(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "SECOND_LOOK_MAX_CHARS", 0)
    art = newsclean.clean(_page())
    assert "Bahnhofsplatzes" not in art.text
    assert not any(n.startswith("second look:") for n in art.notes)


def test_a_page_with_an_article_is_cleaned_once(monkeypatch) -> None:
    calls = []
    real = pipeline.Cleaner._pass

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[-1])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pipeline.Cleaner, "_pass", counting)
    page = ("<html><head><title>Neuer Platz</title></head><body><article><h1>Neuer Platz</h1>"
            f"<p>{POST}</p><p>{POST}</p></article><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>")
    art = newsclean.clean(page)
    assert "Bahnhofsplatzes" in art.text
    assert calls == [None]


def test_navigation_stays_pruned_on_the_second_look() -> None:
    art = newsclean.clean(_page())
    assert "Impressum" not in art.text


def test_without_a_title_heading_the_second_look_pulls_nothing_in() -> None:
    page = _page().replace("<h3 class='post-title'>Neuer Bahnhofsplatz</h3>", "<h3 class='post-title'>Heute</h3>")
    art = newsclean.clean(page)
    assert "Über mich" not in art.text  # a sidebar's prose is no article without a sign of one
    assert "Bahnhofsplatzes" not in art.text
