"""Lines German and other European pages leave in the body (issue 9, diag11): a social post's
embed caption (``Ein Beitrag geteilt von X (@x) am …``), the consent prompt standing in for an
embedded post, a hosted blog's share heading and comment form, related-post headings.

Each label is dropped under its kind; an article sentence using the same words stays. The article
paragraphs are written for these tests.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.appeals import appeal_of
from newsclean.plugins.commentpolicy import is_policy_line
from newsclean.plugins.prompts import is_prompt_line, is_template_line
from newsclean.plugins.related import is_related_heading

BODY = (
    "Die Stadt hat am Montag den neuen Spielplatz im Norden eröffnet, nach zwei Jahren Bauzeit und "
    "vielen Gesprächen mit den Familien aus dem Viertel, die sich Schatten und Wasser gewünscht hatten.",
    "Der Bürgermeister sagte bei der Eröffnung, der Platz sei ein Ort für alle Generationen. Die Kosten "
    "lagen bei knapp einer Million Euro, den größten Teil trug das Land aus seinem Klimaprogramm.",
    "Kinder aus zwei Schulen hatten die Pläne mitgestaltet. Sie wünschten sich vor allem eine große "
    "Rutsche und eine Wasserpumpe, beides steht nun am Rand der Wiese unter den alten Linden.",
)


@pytest.mark.parametrize("line", [
    "Ein Beitrag geteilt von Jana Beispiel (@jana.beispiel) am Mär 12, 2018 um 12:30 PDT",
    "A post shared by Jane Example (@jane.example) on Feb 16, 2020 at 3:02pm PST",
    "Une publication partagée par Jeanne Exemple (@jeanne) le 3 mars 2019 à 10:02 PST",
    "Una publicación compartida por Juana Ejemplo (@juana) el 16 Feb, 2020 a las 3:02 PST",
    "Un post condiviso da Gianna Esempio (@gianna) in data: 16 Feb 2020 alle ore 3:02 PST",
    "Uma publicação compartilhada por Joana Exemplo (@joana) em 16 de Fev, 2020 às 3:02 PST",
    "Een bericht gedeeld door Jan Voorbeeld (@jan) op 16 feb 2020 om 3:02 PST",
])
def test_social_post_embed_captions_are_prompts(line):
    assert is_prompt_line(line)


def test_a_sentence_about_a_shared_post_stays():
    assert not is_prompt_line("Der Beitrag, den sie am Montag geteilt hatte, wurde tausendfach kommentiert.")
    assert not is_prompt_line("The post she shared on Monday was seen by millions within a day.")


@pytest.mark.parametrize("line", [
    "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt. "
    "Ihr könnt ihn Euch mit einem Klick anzeigen lassen.",
    "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.",
    "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von "
    "Twitter blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, klicke hier.",
    "Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine Datenübertragung an den Anbieter.",
])
def test_embed_consent_prompts(line):
    assert appeal_of(line) == "embed"


def test_a_sentence_about_loading_stays():
    assert appeal_of("Mit dem Laden der Lastwagen begannen die Arbeiter schon um fünf Uhr morgens.") is None


@pytest.mark.parametrize("line", [
    "Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter :",
    "Introduce tus datos o haz clic en un icono para iniciar sesión:",
    "Inserisci i tuoi dati qui sotto o clicca su un'icona per effettuare l'accesso:",
    "Preencha os seus dados abaixo ou clique em um ícone para log in:",
    "Vul je gegevens in of klik op een icoon om in te loggen.",
])
def test_hosted_blog_comment_form_in_more_languages(line):
    assert is_policy_line(line)


@pytest.mark.parametrize("line", ["Auf dieser Seite", "Hauptinhalt", "Sur cette page", "En este artículo",
                                  "In questa pagina", "Nesta página", "Op deze pagina", "Na tej stronie", "Embed"])
def test_table_of_contents_labels_skip_targets_and_embed_buttons(line):
    assert is_prompt_line(line)


def test_hosted_blog_share_heading_and_comment_form():
    assert is_template_line("Teilen Sie dies mit:")
    assert is_template_line("Teile dies mit:")
    assert is_template_line("Compartilhe isso:")
    assert is_policy_line("Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:")
    assert is_policy_line("Fill in your details below or click an icon to log in:")
    assert not is_template_line("Teilen Sie dies mit Ihren Nachbarn, sagte die Bürgermeisterin.")


@pytest.mark.parametrize("heading", ["Verwandte Beiträge", "Weitere Beiträge", "Ähnliche Posts",
                                     "Diese Artikel könnten dich auch interessieren:", "Neueste Kommentare"])
def test_related_post_headings(heading):
    assert is_related_heading(heading)


def test_page_drops_the_embed_caption_and_the_related_posts():
    teasers = "".join(f'<li><a href="/b/{i}">Ein anderer Beitrag über den Hafen Nummer {i}</a></li>'
                      for i in range(1, 4))
    html = ("<html><head><title>Neuer Spielplatz eröffnet</title></head><body><article>"
            "<h1>Neuer Spielplatz eröffnet</h1>"
            f"<p>{BODY[0]}</p><p>{BODY[1]}</p>"
            '<blockquote class="instagram-media"><p>'
            "Ein Beitrag geteilt von Jana Beispiel (@jana.beispiel) am Jun 17, 2019 um 12:17 PDT</p></blockquote>"
            f"<p>{BODY[2]}</p>"
            f"<h3>Verwandte Beiträge</h3><ul>{teasers}</ul>"
            "</article></body></html>")
    art = newsclean.clean(html)
    for para in BODY:
        assert para in art.text
    assert "Ein Beitrag geteilt von" not in art.text
    assert "Verwandte Beiträge" not in art.text and "Hafen Nummer" not in art.text
    kinds = {r.kind for r in art.removed if "Ein Beitrag geteilt von" in r.text}
    assert kinds == {"prompt"}
