"""Tools older and European news pages leave between the paragraphs: the e-mail, send and enlarge
links (``Email this story``, ``Artikel versenden``), the anchors and pagers (``Top of page``,
``Back to top ^``, ``Nächste Seite``, ``Do góry``) and the ad labels of languages the ad table
lacked (``Διαφήμιση``, ``Annonse``, ``Mainos``).

A whole line that is one of them goes wherever it sits in the body; a sentence using the same words
stays. The article paragraphs are written for these tests.
"""
from __future__ import annotations

import html

import pytest

import newsclean
from newsclean.plugins.ads import is_ad_line
from newsclean.plugins.prompts import is_prompt_line

PARAGRAPHS = (
    "The harbour board voted on Tuesday to rebuild the old north pier, which has been closed to the "
    "public since a winter storm tore away part of its deck three years ago.",
    "Engineers told the board the new pier would stand on steel piles driven twenty metres into the "
    "seabed, and that the work should take about eighteen months once the permits are granted.",
    "Fishermen who moor along the pier welcomed the vote but asked that the work be done outside the "
    "summer season, when most of their catch is landed and sold at the quay.",
    "The board will publish the tender next month; local firms have already said they will bid.",
)


def page(extra: str, at: int) -> str:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS]
    paras.insert(at, f"<p>{html.escape(extra)}</p>")
    return ("<html lang='en'><head><title>Pier to be rebuilt</title></head><body><article>"
            "<h1>Harbour board votes to rebuild the north pier</h1>" + "".join(paras) + "</article></body></html>")


@pytest.mark.parametrize("line", [
    "Email this story", "E-mail this article", "Print this story", "Send to a friend", "Click here to enlarge",
    "View full size", "Add your comment", "Artikel versenden", "Artikel empfehlen", "Leserbrief schreiben",
    "Diesen Artikel teilen", "Envoyer à un ami", "Deja tu comentario", "Condividi questo articolo",
    "Wyślij znajomemu", "Поделиться в соцсетях", "Αποστολή σε φίλο",
])
def test_send_share_and_enlarge_tools_are_prompts(line):
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "Top of page", "Back to top ^", "↑ Nach oben", "▲ Top of page", "Return to contents", "Next page",
    "Seitenanfang", "Nächste Seite", "Vorheriger Artikel", "Haut de page", "Page suivante", "Ir arriba",
    "Torna in alto", "Do góry", "Następna strona", "Следующая страница", "Επόμενη σελίδα", "Volgende pagina",
])
def test_anchors_and_pagers_are_prompts(line):
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "Readers can email this story to a friend from the page, the editor said, and many did so last week.",
    "The next page of the report lists every pier the board has rebuilt since 1990.",
    "Der Leserbrief, den er schreiben wollte, kam nie bei der Zeitung an.",
    "^",
])
def test_sentences_with_the_same_words_stay(line):
    assert not is_prompt_line(line)


@pytest.mark.parametrize("line", ["Διαφήμιση", "Annons", "Annonse", "Annonce", "Mainos", "Hirdetés",
                                  "Publicitate", "Sponsoreret indhold"])
def test_ad_labels_of_more_languages(line):
    assert is_ad_line(line)


def test_a_sentence_with_an_ad_word_stays():
    assert not is_ad_line("Annonsen i tidningen lockade hundratals besökare till hamnen i helgen.")


@pytest.mark.parametrize("line", ["Email this story", "Top of page", "Back to top ^", "Nächste Seite", "Διαφήμιση"])
def test_tool_lines_between_paragraphs_leave_the_article_with_a_reason(line):
    art = newsclean.clean(page(line, 2), url="https://news.example.org/harbour/pier-rebuilt")
    assert line not in art.text
    for p in PARAGRAPHS:
        assert p in art.text
    removal = next(r for r in art.removed if r.text.strip() == line)
    assert removal.kind in ("prompt", "ad", "share") and removal.reason


@pytest.mark.parametrize("line", [
    "Digg", "Digg this", "del.icio.us", "StumbleUpon", "Newsvine", "Yahoo! Buzz", "Bookmark and Share", "AddThis",
    "Digg | del.icio.us | Facebook | Newsvine", "Mixx Fark Slashdot", "E-mail story | Print story | Reprints",
])
def test_bookmarking_service_bars(line):
    from newsclean.plugins.sharebar import is_share_line
    assert is_share_line(line)


@pytest.mark.parametrize("line", ["Delicious", "Recommend", "The recipe was delicious and the crowd cheered.",
                                  "Readers can digg the story, the site said."])
def test_one_weak_service_word_or_a_sentence_is_no_bar(line):
    from newsclean.plugins.sharebar import is_share_line
    assert not is_share_line(line)


@pytest.mark.parametrize("line", [
    "Permalink | Comments (3) | TrackBack (0)", "Email | Print | Comments", "Order a reprint of this story",
    "Buy this photo", "Reprints & Permissions", "Discuss this article", "Add to My Yahoo!",
])
def test_older_tool_rows_and_links_are_prompts(line):
    assert is_prompt_line(line)


def test_a_one_word_tool_goes_only_at_the_edge():
    assert not is_prompt_line("Comments")
    assert is_prompt_line("Comments", at_edge=True)


def test_ads_by_google_is_an_ad_label():
    assert is_ad_line("Ads by Google")


@pytest.mark.parametrize("line", [
    "Το περιεχόμενο είναι διαθέσιμο μόνο για συνδρομητές", "Γίνετε συνδρομητής", "Έχετε ήδη λογαριασμό; Συνδεθείτε",
    "Dalsza część artykułu dostępna dla subskrybentów", "Оформите подписку", "Abbonati ora",
    "Diesen Artikel kostenlos weiterlesen", "Sie sind bereits Abonnent? Melden Sie sich an",
])
def test_paywall_lines_of_more_languages(line):
    from newsclean.plugins.appeals import appeal_of
    assert appeal_of(line) == "paywall"


def test_a_sentence_about_subscribers_stays():
    from newsclean.plugins.appeals import appeal_of
    assert appeal_of("Οι συνδρομητές της εφημερίδας αυξήθηκαν κατά δέκα τοις εκατό φέτος.") is None
    assert appeal_of("Die Abonnenten der Zeitung lesen den Artikel meist am Morgen.") is None


@pytest.mark.parametrize("line", ["Εγγραφείτε στο newsletter μας", "Tilmeld dig vores nyhedsbrev",
                                  "Prenumerera på vårt nyhetsbrev"])
def test_newsletter_calls_of_more_languages(line):
    assert is_ad_line(line)


def test_a_hosted_blogs_ad_note_is_an_ad_label():
    assert is_ad_line("About these ads")


def test_a_sentence_about_ads_stays():
    assert not is_ad_line("The council said it knew little about these ads until residents complained.")


@pytest.mark.parametrize("line", [
    "Читайте также — Правительство приняло новый бюджет", "Leggi anche - Il governo approva la nuova manovra",
    "Read more – Harbour board approves the new pier", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα μέτρα για την ακρίβεια",
    "Das könnte Sie auch interessieren: Regierung beschließt neuen Haushalt",
])
def test_one_line_references_with_a_dash_or_in_capitals(line):
    from newsclean.plugins.related import is_related_line
    assert is_related_line(line)


@pytest.mark.parametrize("line", ["More – far more – people came to the quay than expected.",
                                  "Related - the harbour master said - to the old dispute.",
                                  "Zobacz – to jest zdanie o porcie."])
def test_a_one_word_label_before_a_dash_opens_a_sentence(line):
    from newsclean.plugins.related import is_related_line
    assert not is_related_line(line)
