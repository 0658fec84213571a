"""The prompts plugin: rate/print/PDF/listen/gallery prompts go, sentences and headings stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import prompts
from newsclean.plugins.prompts import is_prompt_line


def removed(page: str) -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[prompts], entry_points=False).clean(page, input_kind="text")
    return {r.text: r.kind for r in art.removed}


@pytest.mark.parametrize("line", [
    "Rate this article", "Artikel drucken", "Download PDF", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    "Lihat Foto", "Listen to this article", "Drucken | PDF | Vorlesen", "Video Player", "Bildergalerie (12)",
    "Imprimer l'article", "Valora este artículo", "Ascolta l'articolo", "Ouvir matéria", "Oceń artykuł",
    "この記事は役に立ちましたか？", "Beoordeel dit artikel", "Haberi dinle", "استمع إلى المقال", "查看大图",
    "Fehler gefunden? Schreiben Sie uns", "Found a typo? Let us know",
])
def test_prompt_lines(line: str) -> None:
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "Print", "Stampa", "The printer was broken.", "Found a typo in the contract, the lawyer said nothing.",
    "Bildergalerie zeigt die Schäden", "Die Druckversion der Zeitung erscheint am Montag.",
])
def test_not_prompt_lines(line: str) -> None:
    assert not is_prompt_line(line)


def test_one_word_prompt_only_at_the_edges() -> None:
    p1 = "Il consiglio comunale ha approvato martedì le nuove piste ciclabili dopo un lungo dibattito in aula."
    p2 = "I lavori dovrebbero cominciare in primavera e concludersi entro la fine del prossimo anno."
    p3 = "Secondo l'assessore, la rete crescerà di venti chilometri e collegherà i quartieri periferici."
    page = "\n\n".join(["Stampa", p1, p2, "Stampa", p3, "Ascolta", p1 + " Ancora.", p2 + " Ancora."])
    art = newsclean.Cleaner(plugins=[prompts], entry_points=False).clean(page, input_kind="text")
    gone = [(r.text, r.kind) for r in art.removed]
    assert gone == [("Stampa", "prompt")]  # the first line only; the ones between paragraphs stay
    assert art.paragraphs[2].text == "Stampa"


@pytest.mark.parametrize("line", [
    "Player wird geladen", "Följ ämnen i artikeln", "カテゴリーをフォローする", "Tips oss!",
    "Personen-Box aufklappen Personen-Box zuklappen",
])
def test_european_prompt_lines(line: str) -> None:
    assert is_prompt_line(line)


def test_sentences_near_new_prompts_stay() -> None:
    assert not is_prompt_line("Der Player wird geladen, sobald die Verbindung steht, sagte der Techniker.")
    assert not is_prompt_line("Följ ämnen som rör kommunen i vår app, skriver redaktionen i ett pressmeddelande.")


@pytest.mark.parametrize("line", ["01:48 min", "00:00 / 03:15", "02:57 Min. Verfügbar bis 06.05.2026",
                                  "Beispiel Studio 22.04.2026 00:21 Min. Verfügbar bis 22.04.2027", "Verfügbar bis 22.04.2026",
                                  "Disponible jusqu'au 12/05/2026"])
def test_media_player_details(line: str) -> None:
    from newsclean.plugins.prompts import is_player_line

    assert is_player_line(line)


@pytest.mark.parametrize("line", ["3:15", "2:1", "Tickets sind verfügbar bis 12.05.2026 an allen Kassen der Stadt.",
                                  "Das Video ist verfügbar bis Ende Mai, sagte der Sprecher."])
def test_not_media_player_details(line: str) -> None:
    from newsclean.plugins.prompts import is_player_line

    assert not is_player_line(line)


def test_navigation_links_in_the_body() -> None:
    assert is_prompt_line("Zur Startseite") and is_prompt_line("Back to top") and is_prompt_line("Retour en haut")
    assert not is_prompt_line("Nach oben blickend sah er die Wolken über der Stadt ziehen.")
    assert is_prompt_line("Weiterlesen", at_edge=True) and not is_prompt_line("Weiterlesen")


def test_running_time_alone_and_video_fallback_text() -> None:
    from newsclean.plugins.prompts import is_player_line

    assert is_player_line("1 min") and is_player_line("12 Min.") and not is_player_line("41 minutes")
    assert not is_player_line("1 min 30 Sekunden dauerte die Rede des Ministers vor dem Parlament.")
    assert is_prompt_line("To view this video please enable JavaScript, and consider upgrading to a web browser "
                          "that supports HTML5 video")


@pytest.mark.parametrize("line", [
    "Table of Contents", "Contents", "On this page", "In this article", "Inhaltsverzeichnis", "Table des matières",
    "目录", "目次", "목차", "Spis treści", "Edit this page", "Edit on GitHub", "Was this page helpful?", "Next post",
])
def test_table_of_contents_labels_and_page_tools(line: str) -> None:
    # the label of a table of contents whose list went with the page's navigation; docs' page tools
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", [
    "The contents of the report were leaked on Tuesday.", "Table of contents for the new budget law is long",
    "In this article, we explore the data.", "The next post office opens in May.", "目录显示该书共有十二章。",
])
def test_sentences_with_those_words_stay(line: str) -> None:
    assert not is_prompt_line(line)


@pytest.mark.parametrize("line", ["Kļūda rakstā?", "Kļūda rakstā? Iezīmē tekstu un spied Ctrl+Enter",
                                  "Pastebėjote klaidą?", "Leidsid vea?", "Huomasitko virheen?",
                                  "Помітили помилку?", "Našli ste chybu?", "Har du fundet en fejl? Skriv til os"])
def test_error_report_prompts_baltic_nordic_slavic(line: str) -> None:
    assert is_prompt_line(line)


def test_a_sentence_about_an_error_is_no_prompt() -> None:
    assert not is_prompt_line("Kļūda rakstā tika labota otrdien, paziņoja izdevuma redakcija preses relīzē.")


@pytest.mark.parametrize("line", [
    "Like this:", "Like Loading...", "Teile diesen Beitrag:", "Gefällt mir:", "Gefällt mir Wird geladen …", "Beitragsnavigation",
    "In den Warenkorb", "Add to cart", "Es gibt noch keine Bewertungen.", "Dodaj do koszyka",
    "Sepete ekle", "Tambah ke keranjang",
    "This entry was posted in Garden and tagged autumn, tulips by Anna. Bookmark the permalink.",
    "Dieser Eintrag wurde veröffentlicht in Garten und verschlagwortet mit Herbst von Anna.",
    "« Vorheriger Beitrag: Sommerernte", "Nächster Beitrag: Winterschutz »", "Previous post: Summer harvest",
    "Kategorien: Garten, Pflanzen", "Schlagwörter: Herbst, Tulpen, Zwiebeln", "Tags: autumn, tulips",
    "Etiketler: bahçe, sonbahar", "Tagi: ogród | jesień",
])
def test_blog_and_shop_template_lines(line: str) -> None:
    from newsclean.plugins.prompts import is_template_line
    assert is_template_line(line)


@pytest.mark.parametrize("line", [
    "Kategorie: Die Regierung hat am Montag neue Regeln beschlossen. Sie gelten ab Juli.",
    "Tags: the words people typed into the search box of the shop over the whole year",
    "Categories of risk were discussed at length by the committee.",
    "Der Laden hatte die Ware auf Lager, sagte der Händler am Telefon.",
    "Like this year's harvest, the next one will be late.", "Category: Comedy Director: Tom Dey", "In stock",
    "This entry was a surprise " + "to everybody who read the long report " * 6,
])
def test_not_template_lines(line: str) -> None:
    from newsclean.plugins.prompts import is_template_line
    assert not is_template_line(line)


def test_blog_template_lines_go_post_stays() -> None:
    p1 = "Der Herbst ist für mich die schönste Zeit im Garten. Die Farben leuchten, und die Beete verlangen viel Arbeit."
    p2 = "In diesem Jahr habe ich zum ersten Mal Tulpenzwiebeln in Töpfen gesetzt. Das geht einfacher als gedacht."
    tail = ["Gefällt mir:", "Gefällt mir Wird geladen …", "Kategorien: Garten, Pflanzen", "Nächster Beitrag: Winterschutz »"]
    got = removed("\n\n".join([p1, p2] + tail + ["Auf Lager"]))
    assert set(got) == set(tail) and set(got.values()) == {"prompt"}


FILING = ("This entry was posted on Saturday, November 3rd, 2012 at 11:10 am and is filed under Garden, Autumn "
          "Planting, Bulbs, Tools and Reviews. You can follow any responses to this entry through the RSS 2.0 feed. "
          "You can leave a response, or trackback from your own site.")


def test_a_long_filing_footer_with_its_comment_calls_goes() -> None:
    # longer than a prompt line (the theme writes the date, the categories and the comment calls in one)
    assert len(FILING) > prompts.LEAD_MAX_CHARS
    body = ("The tulip bulbs went into the ground on Saturday, a little late this year because of the rain, "
            "and the soil was still warm enough for them to root before the frost.")
    assert removed("\n\n".join([body, FILING])) == {FILING: "prompt"}


def test_a_long_paragraph_not_opened_by_a_template_lead_stays() -> None:
    para = "Our entry was posted on Saturday" + FILING[len("This entry was posted on Saturday"):]
    assert not removed(para)


# --- a form builder's status messages ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Thank you! Your submission has been received!", "Oops! Something went wrong while submitting the form.",
    "Thanks for signing up!", "You’re subscribed!", "This field is for validation purposes and should be left unchanged.",
    "Vielen Dank für Ihre Anmeldung!", "Merci pour votre inscription !", "¡Gracias por suscribirte!", "订阅成功！", "提交成功",
])
def test_form_status_messages(line: str) -> None:
    assert prompts.is_form_status(line)
    assert prompts.is_template_line(line)


@pytest.mark.parametrize("line", [
    "Thanks for signing up for the trial, the manager told the first customers on Monday.",
    "Thank you for your submission to the council, the mayor wrote in her reply.",
    "The form asked for a name, an address and the field of study.",
    "提交成功后，申请人会在三个工作日内收到审核结果。",
])
def test_sentences_about_forms_are_no_status_messages(line: str) -> None:
    assert not prompts.is_form_status(line)


def test_a_form_status_message_between_paragraphs_goes_with_its_reason() -> None:
    p1 = "The library will open a second reading room in the spring, the city council decided on Tuesday evening."
    p2 = "Readers asked for longer opening hours in a survey last year, and the new room will stay open until ten."
    page = "\n\n".join([p1, "Thanks for signing up!", "Oops! Something went wrong while submitting the form.", p2])
    art = newsclean.Cleaner(plugins=[prompts], entry_points=False).clean(page, input_kind="text")
    assert "signing up" not in art.text and "Oops" not in art.text and p1 in art.text and p2 in art.text
    assert [r.kind for r in art.removed if "signing up" in r.text] == ["prompt"]
