"""content (choice): a page set as a run of CMS content-element boxes (one box per heading and text run, each
box's paragraphs deep in its own wrappers, the title in the first box's header) is read whole (cms49)."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://verein.example.org/ueber-uns"

INTRO = ["Der Gartenbauverein pflegt seit vielen Jahren die Streuobstwiese am Ortsrand und lädt im Herbst "
         "alle Familien zur gemeinsamen Apfelernte ein.",
         "Die Mitglieder treffen sich jeden ersten Dienstag im Monat im Vereinsheim, um die Arbeiten auf der "
         "Wiese zu planen und Erfahrungen auszutauschen."]
LATER = [("h2", "Unsere Angebote"),
         ("li", "Schnittkurse für Obstbäume im Februar"),
         ("li", "Saftpressen mit der mobilen Presse im Oktober"),
         ("li", "Beratung bei der Wahl alter Sorten"),
         ("p", "Wer mitmachen möchte, ist bei jedem Treffen herzlich willkommen, auch ohne Vorkenntnisse."),
         ]
SHORT_TITLE = "Über uns"
TITLE = "Über uns: der Gartenbauverein und seine Streuobstwiese"
TEASERS = ["Rückblick auf das Sommerfest", "Neue Bänke für die Wiese", "Termine im nächsten Jahr"]


def _boxes(title_in_first: bool) -> str:
    """Contao-like: headings between ``ce_text`` boxes; TYPO3-like: the title in the first box's header."""
    first = "".join(f"<p>{p}</p>" for p in INTRO)
    items = "".join(f"<li>{t}</li>" for k, t in LATER if k == "li")
    rest = [t for k, t in LATER if k != "li"]
    if title_in_first:
        return (f"<div id='c1' class='csc-default'><div class='csc-header'><h1>{TITLE}</h1></div>"
                f"<div class='csc-textpic'><div class='csc-textpic-text'>{first}</div></div></div>"
                f"<div id='c2' class='csc-default'><div class='csc-header'><h2>{rest[0]}</h2></div>"
                f"<div class='csc-textpic'><div class='csc-textpic-text'><ul>{items}</ul><p>{rest[1]}</p></div></div>"
                f"</div>")
    return (f"<h1 class='ce_headline first'>{SHORT_TITLE}</h1><div class='ce_text first block'>{first}</div>"
            f"<h2>{rest[0]}</h2><div class='ce_text block'><ul>{items}</ul></div>"
            f"<div class='ce_text block'><p>{rest[1]}</p></div>")


def page(title_in_first: bool = False) -> str:
    teasers = "".join(f"<div class='teaser'><span>0{i + 1}.03.2024</span><h4><a href='/news/{i}'>{t}</a></h4>"
                      f"<p>Eine kurze Meldung aus dem Verein, die hier angerissen wird. <a href='/news/{i}'>weiterlesen"
                      f"</a></p></div>" for i, t in enumerate(TEASERS))
    title = TITLE if title_in_first else SHORT_TITLE
    return (f"<html lang='de'><head><meta charset='utf-8'><title>{title} | Gartenbauverein</title></head><body>"
            "<div id='nav'><ul><li><a href='/'>Startseite</a></li><li><a href='/termine'>Termine</a></li></ul></div>"
            f"<div id='main'><div id='content'><div class='mod_article block'>{_boxes(title_in_first)}</div></div>"
            "<div class='tools'><a href='#print'>Seite drucken</a> <a href='#top'>Nach oben</a></div>"
            f"<div id='newsbox'><h3>Aktuelles</h3>{teasers}</div></div>"
            "<div id='footer'><a href='/impressum'>Impressum</a> <a href='/datenschutz'>Datenschutz</a></div>"
            "</body></html>")


def _all_kept(text: str) -> bool:
    return all(p[:40] in text for p in INTRO) and all(t[:30] in text for _, t in LATER)


def test_content_elements_after_the_first_join_it():
    art = Cleaner().clean(page(), url=URL)
    assert _all_kept(art.text)
    assert "Sommerfest" not in art.text and "Impressum" not in art.text


def test_title_in_the_first_elements_header():
    art = Cleaner().clean(page(title_in_first=True), url=URL)
    assert _all_kept(art.text)


def test_link_dense_alike_box_stays_out():
    teaser = "".join(f"<p><a href='/n{i}'>{t} – ein Bericht aus dem Vereinsleben</a></p>"
                     for i, t in enumerate(TEASERS))
    html = page().replace("</div></div><div class='tools'>",
                          f"<div class='ce_text block'>{teaser}</div></div></div><div class='tools'>")
    art = Cleaner().clean(html, url=URL)
    assert INTRO[0][:40] in art.text  # (a run holding a box of links is not taken for the body's parts)
    assert "Bericht aus dem Vereinsleben" not in art.text
