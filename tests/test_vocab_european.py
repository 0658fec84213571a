"""Stock template lines of German and other European news sites, as data (issue 9, european46): each
line goes when it stands alone; a sentence holding the same words stays. Invented text."""
from __future__ import annotations

import pytest

import newsclean
from bus_story import BUS_STORY_DE
from newsclean.plugins.appeals import appeal_of
from newsclean.plugins.inbody.comment_lines import is_policy_phrase_line
from newsclean.plugins.inbody.credit_lines import is_credit_line
from newsclean.plugins.prompts import is_counter_line, is_prompt_line
from newsclean.plugins.related import is_related_heading
from newsclean.plugins.sharebar import is_share_line

BODY = BUS_STORY_DE


@pytest.mark.parametrize("line", [
    "Download als PDF", "Als PDF speichern", "PDF-Download", "Fehler im Artikel melden", "Inhaltlichen Fehler melden",
    "Rechtschreibfehler melden", "Fotostrecke ansehen", "Zur Fotostrecke", "Bildergalerie ansehen",
    "Detailansicht öffnen", "Vollbildmodus beenden", "Artikel vorlesen lassen", "Hören Sie diesen Artikel",
    "Развернуть на весь экран", "Выйти из полноэкранного режима", "Quitter le plein écran",
    "Salir de pantalla completa", "Esci da schermo intero", "Chargement de la vidéo",
    # skip links, menu buttons, author-page links
    "Zur Navigation springen", "Menü schließen", "Suche öffnen", "Zur Autorenseite", "Alle Artikel des Autors",
    "Mehr vom Autor", "Aller à la navigation", "Saltar a la navegación", "Ver biografía", "Vai alla navigazione",
    "Przejdź do nawigacji", "Ga naar navigatie", "Hoppa till navigering", "Hoppa till sök",
    "Перейти к навигации", "Přeskočit na obsah",
    # a table of contents' label with its colon (the list went with the navigation)
    "Auf dieser Seite:", "Sur cette page :", "En este artículo:", "In questa pagina:", "Op deze pagina:",
    "Spis treści:", "Nesta página:",
])
def test_template_prompt_lines(line: str) -> None:
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", ["Ausdrucken", "Vollbild", "Plein écran", "Pantalla completa", "Schermo intero",
                                  "На весь экран"])
def test_one_word_buttons_at_the_edge_only(line: str) -> None:
    assert is_prompt_line(line, at_edge=True)
    assert not is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "Die Redaktion empfiehlt", "Empfehlungen der Redaktion", "Ähnliche Nachrichten", "Mehr ähnliche Nachrichten",
    "Weitere News", "Mehr News", "Mehr Artikel", "Top-Themen", "La rédaction vous conseille",
    "La redazione consiglia", "Mer om",
])
def test_related_headings(line: str) -> None:
    assert is_related_heading(line)


@pytest.mark.parametrize("line", [
    "Auf Facebook teilen", "Teilen Sie diesen Artikel", "Teilen und weiterempfehlen", "Artikel teilen mit:",
    "Partager par e-mail",
])
def test_share_lines(line: str) -> None:
    assert is_share_line(line)


@pytest.mark.parametrize("line", [
    "Die Kommentarfunktion wurde deaktiviert.", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
    "Bitte melden Sie sich an, um zu kommentieren.", "Publier un nouveau commentaire",
])
def test_comment_lines(line: str) -> None:
    assert is_policy_phrase_line(line)


@pytest.mark.parametrize("line", [
    "Noch keine Kommentare", "Inga kommentarer:", "Keine Kommentare:", "No comments:", "Nessun commento:",
    "No hay comentarios:", "Geen opmerkingen:", "Aucun commentaire :", "Brak komentarzy:", "Nenhum comentário:",
])
def test_empty_comment_counts(line: str) -> None:
    assert is_prompt_line(line)


def test_empty_comment_count_does_not_end_a_blog_dump() -> None:
    posts = ["Vi åkte till fjällen i helgen och det var kallt men vackert, snön låg djup överallt i dalen.",
             "På lördagen gick vi en lång tur upp mot toppen och fikade i en liten stuga med utsikt.",
             "Veckan innan hade vi bakat bröd hela dagen, och det blev tre limpor och en plåt med bullar.",
             "Receptet kommer från min mormor och hon skrev det för hand i en gammal anteckningsbok."]
    lines = ["Min blogg", posts[0], posts[1], "Inga kommentarer:", posts[2], posts[3], "Inga kommentarer:"]
    art = newsclean.Cleaner().clean("\n\n".join(lines), input_kind="text")
    assert [p.text for p in art.paragraphs] == posts
    kinds = [r.kind for r in art.removed if r.text == "Inga kommentarer:"]
    assert len(kinds) == 2 and kinds[0] == "prompt"  # (the last one may go with the page's tail)


@pytest.mark.parametrize("line", [
    "Die Redaktion empfiehlt den Lesern, die Umleitung über die Bahnhofstraße zu nehmen.",
    "Mehr News aus der Region bringt die Zeitung ab Montag in einer eigenen Beilage.",
    "Zur Fotostrecke gehören auch Bilder aus dem Archiv der Stadt, sagte die Kuratorin.",
    "Noch keine Kommentare gab es am Abend vom Bürgermeister, der im Urlaub ist.",
    "Auf Facebook teilen viele Nutzer die Bilder der überfluteten Straßen.",
])
def test_sentences_stay(line: str) -> None:
    assert not is_prompt_line(line)
    assert not is_related_heading(line)
    assert not is_share_line(line)
    assert not is_policy_phrase_line(line)


def test_stock_lines_leave_a_german_article() -> None:
    stock = ["Fotostrecke ansehen", "Inhaltlichen Fehler melden", "Die Redaktion empfiehlt",
             "Teilen und weiterempfehlen", "Die Kommentarfunktion wurde deaktiviert."]
    lines = ["Stadt baut Busnetz aus", BODY[0], stock[0], BODY[1], stock[1], BODY[2], BODY[3], stock[3],
             stock[4], stock[2]]
    art = newsclean.Cleaner().clean("\n\n".join(lines), input_kind="text")
    assert [p.text for p in art.paragraphs] == list(BODY)
    gone = {r.text: r for r in art.removed}
    for line in stock:
        assert line in gone and gone[line].kind and gone[line].plugin and gone[line].reason


@pytest.mark.parametrize("line, kind", [
    ("Je m'abonne", "paywall"), ("Je découvre les offres", "paywall"), ("Assine já", "paywall"),
    ("Abonneer nu", "paywall"),
    ("Paramètres des cookies", "cookies"), ("Impostazioni cookie", "cookies"), ("Definições de cookies", "cookies"),
    ("Настройки файлов cookie", "cookies"), ("Cookievoorkeuren", "cookies"), ("Privatsphäre-Einstellungen", "cookies"),
    ("Apoie-nos", "donation"),
])
def test_appeal_buttons(line: str, kind: str) -> None:
    assert appeal_of(line) == kind


@pytest.mark.parametrize("line", [
    "Delen op Facebook", "Udostępnij na Facebooku", "Поделиться в Telegram",
])
def test_more_share_lines(line: str) -> None:
    assert is_share_line(line)


def test_more_languages() -> None:
    assert is_counter_line("Страница 2 из 5")
    assert is_prompt_line("Página seguinte") and is_prompt_line("Encontrou um erro?")
    assert is_policy_phrase_line("Komentarze są zamknięte.")
    assert is_credit_line("Fotografia: Ana Exemplo")


@pytest.mark.parametrize("line", [
    "Abonnez-vous ou non, le journal reste gratuit le dimanche, a rappelé la direction.",
    "Zaprenumeruj albo nie, gazeta w niedzielę pozostanie bezpłatna, przypomniała redakcja.",
    "Страница 2 из 5 в отчёте посвящена бюджету, сказал депутат.",
])
def test_more_sentences_stay(line: str) -> None:
    assert appeal_of(line) is None
    assert not is_counter_line(line)
