"""Noise kept inside the article: lines the in-body plugins read in many languages, and the
article's own sentences that look alike and stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import appeals, promos
from newsclean.plugins.appeals import appeal_of
from newsclean.plugins.commentpolicy import is_policy_line
from newsclean.plugins.credits import is_credit_line
from newsclean.plugins.notices import is_notice_line
from newsclean.plugins.promos import promo_of, site_name
from newsclean.plugins.prompts import is_prompt_line, is_rating_line
from newsclean.plugins.related import is_related_heading
from newsclean.plugins.sharebar import is_share_line

STORY = ("Der Stadtrat hat am Dienstagabend den neuen Radweg entlang der Ruhr beschlossen, nachdem die Anwohner "
         "mehr als zwei Jahre auf eine Entscheidung gewartet hatten und die Kosten zweimal gestiegen waren.")


@pytest.mark.parametrize("line", [
    "The comments to this entry are closed.",
    "No comments have so far been submitted. Why not be the first to send us your thoughts?",
    "You must be logged in to leave a comment.",
    "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.",
    "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
    "Kommentare von Lesern stellen nicht die Meinung der Redaktion dar.",
    "Soyez le premier à commenter", "Sé el primero en comentar", "Sii il primo a commentare",
    "Seja o primeiro a comentar", "Wees de eerste om te reageren",
])
def test_comment_section_lines(line: str) -> None:
    assert is_policy_line(line)


@pytest.mark.parametrize("line", [
    "The comments to this entry were read aloud by the judge on Monday.",
    "Um einen Kommentar der Ministerin gebeten, verwies das Ressort auf die laufenden Ermittlungen.",
    "Kommentare von Lesern zeigen, wie groß der Ärger über die Baustelle ist.",
])
def test_sentences_about_comments_stay(line: str) -> None:
    assert not is_policy_line(line)


@pytest.mark.parametrize("line", [
    "Zum Vergrößern bitte anklicken", "Click to enlarge", "Cliquez pour agrandir", "Haz clic para ampliar",
    "Be the first to like this.", "Loading Slideshow",
    "The interactive transcript could not be loaded.", "Rating is available when the video has been rented.",
])
def test_prompt_lines(line: str) -> None:
    assert is_prompt_line(line)


def test_prompt_in_a_sentence_stays() -> None:
    assert not is_prompt_line("Click to enlarge the map, the council said, and you will see the new cycle lane.")


def test_rating_with_a_single_vote() -> None:
    assert is_rating_line("Rating: 6.0/6 (1 vote cast)")
    assert not is_rating_line("Rating: 8.0")  # a reviewer's verdict


@pytest.mark.parametrize("line,what", [
    ("Unterstütz unsere Arbeit mit einem Abo", "donation"),
    ("Ihre Spende für unabhängigen Journalismus. Für die nächste Recherche.", "donation"),
    ("If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!", "donation"),
    ("Klicken Sie auf den unteren Button, um den Inhalt von Komoot zu laden.", "embed"),
])
def test_appeals(line: str, what: str) -> None:
    assert appeal_of(line) == what


LONG_CONSENT = ("Um eingebettete Inhalte anzuzeigen, brauchen wir Ihre Zustimmung: Der externe Dienst, der "
                "diesen Beitrag bereitstellt, erhält dabei Angaben wie Ihre IP-Adresse und Informationen über Ihr "
                "Gerät. Er kann diese Angaben auch außerhalb der Europäischen Union speichern und auswerten. Wenn Sie "
                "den Inhalt laden, gilt Ihre Zustimmung für alle eingebetteten Beiträge dieser Seite. Sie können sie "
                "in den Einstellungen am Ende der Seite jederzeit zurücknehmen; Näheres erklärt unsere "
                "Datenschutzerklärung.")


def test_long_embed_consent_prompt_goes() -> None:
    assert len(LONG_CONSENT) > 400 and appeal_of(LONG_CONSENT) == "embed"
    # only an embed's consent prompt may be that long: a long donation text is a paragraph
    assert appeal_of("Unterstützen Sie unsere Arbeit " + "und lesen Sie weiter, was die Stadt plant. " * 12) is None
    page = "\n\n".join([STORY, LONG_CONSENT, STORY.replace("Dienstagabend", "Mittwochabend")])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [(r.kind, r.text[:20]) for r in art.removed] == [("appeal", LONG_CONSENT[:20])]


def test_site_name() -> None:
    assert site_name("www.ruhrbote.de") == "ruhrbote" and site_name("www.herald.co.uk") == "herald"
    assert site_name("www1.talfunk.de") == "talfunk" and site_name("localhost") is None and site_name("ap.org") is None


@pytest.mark.parametrize("line", [
    "Den Ruhrbote-Newsletter gibt es jeden Morgen kostenlos, einfach hier anmelden.",
    "Alle Meldungen auch unterwegs: Laden Sie die Ruhrbote-News-App herunter.",
])
def test_channel_named_after_the_site(line: str) -> None:
    assert promo_of(line, site="ruhrbote") == "own"
    assert promo_of(line) is None  # without the site's name it names no channel of the site


@pytest.mark.parametrize("line", [
    "Die Ruhrbote-Affäre um die Anzeigenpreise beschäftigt den Stadtrat.",
    "„Der Ruhrbote-Newsletter kam nie an“, sagte die Leserin.",
])
def test_site_name_without_a_channel_or_quoted_stays(line: str) -> None:
    assert promo_of(line, site="ruhrbote") is None


def test_site_channel_dropped_on_a_page_with_its_url() -> None:
    promo = "Den Tag in fünf Minuten? Bestellen Sie den kostenlosen Ruhrbote-Newsletter."
    page = "\n\n".join([STORY, promo, STORY.replace("Dienstagabend", "Mittwochabend")])
    cleaner = newsclean.Cleaner(plugins=[promos], entry_points=False)
    art = cleaner.clean(page, input_kind="text", url="https://www.ruhrbote.de/staedte/x.html")
    assert [(r.kind, r.text) for r in art.removed] == [("promo", promo)]
    art = cleaner.clean(page, input_kind="text", url="https://www.example.org/staedte/x.html")
    assert art.removed == []


@pytest.mark.parametrize("line", ["Share or comment on this article:", "Compartilhe essa publicação", "فيسبوك تويتر"])
def test_share_lines(line: str) -> None:
    assert is_share_line(line)


@pytest.mark.parametrize("line", ["Das könnte Sie auch interessieren!", "Te recomendamos ⬇", "Te recomendamos ⬇️"])
def test_related_headings_with_a_mark(line: str) -> None:
    assert is_related_heading(line)


def test_related_heading_mark_needs_the_heading() -> None:
    assert not is_related_heading("Das ist interessant!")


def test_print_view_notice_and_main_image_credit() -> None:
    assert is_notice_line("Sie finden diesen Artikel im Internet auf der Website:")
    assert is_credit_line("Main image: Jane Doe/Example Pictures")


# --- captions closed by a credit label, player details, press-release notices ------------------

LONG_CAPTION = ("NICHT AUFGEBEN: Die Feuerwehr hat die Brücke am Abend gesperrt. Die Arbeiten sollen bis zum "
                "Frühjahr dauern, sagte der Sprecher der Stadt. Das Bild ist vom Januar. Foto: Jan Kowalski/dpa")


def test_longer_caption_closed_by_a_picture_label_goes() -> None:
    from newsclean.plugins.credits import LINE_CAPTION_MAX_CHARS, credit_tail
    assert len(LONG_CAPTION) > LINE_CAPTION_MAX_CHARS and credit_tail(LONG_CAPTION) == "Foto: Jan Kowalski/dpa"
    # a source label closes a paragraph of the text, not a picture's caption
    para = LONG_CAPTION.replace("Foto: Jan Kowalski/dpa", "(Quelle: SWR)")
    assert credit_tail(para) is None


@pytest.mark.parametrize("line,tail", [
    ("Der Marktplatz am Abend (Foto: Jan Kowalski/dpa)", "Foto: Jan Kowalski/dpa"),
    ("Rene Muster vor dem Gericht. Photographer: Jane Doe/Getty Images", "Photographer: Jane Doe/Getty Images"),
])
def test_caption_credits(line: str, tail: str) -> None:
    from newsclean.plugins.credits import credit_tail
    assert (credit_tail(line) or "").rstrip(")") == tail


@pytest.mark.parametrize("line,player", [
    ("Duration 1:30", True), ("Dauer: 03:18 min", True), ("Durée : 2:05", True),
    ("Duration of the contract: 12:30", False), ("Die Dauer betrug 1:30", False),
])
def test_labelled_running_time(line: str, player: bool) -> None:
    from newsclean.plugins.prompts import is_player_line
    assert is_player_line(line) is player


def test_press_release_distribution_notice() -> None:
    assert is_notice_line("Original-Content von: Polizei Musterstadt, übermittelt durch news aktuell")


def test_longer_caption_with_a_sourced_picture_credit() -> None:
    from newsclean.plugins.credits import credit_tail
    caption = LONG_CAPTION.replace("Foto: Jan Kowalski/dpa", "(Quelle: IMAGO/Jan Kowalski)")
    assert credit_tail(caption) is not None


@pytest.mark.parametrize("line", [
    "Read or Share this story: https://www.example.com/story/news/2020/03/17/x/1/",
    "Aktiviere die Benachrichtigungen:", "Mouseover photo to load notes or add comment",
])
def test_more_prompt_lines(line: str) -> None:
    assert is_prompt_line(line)


def test_trackback_block_and_author_post_list() -> None:
    from newsclean.plugins.prompts import is_template_line
    assert is_template_line("TrackBack URL for this entry:") and is_template_line("TrackBack")
    assert is_related_heading("Latest posts by Jane Doe (see all)")
    assert appeal_of("Sie sind aktuell nicht eingeloggt.") == "paywall"
    assert is_policy_line("Share what you think")


def test_caption_with_its_unfold_button_goes() -> None:
    from newsclean.plugins import credits
    story = [STORY, STORY.replace("Dienstagabend", "Mittwochabend"), STORY.replace("Dienstagabend", "Freitagabend")]
    caption = "DØMT: Nordmannen ble dømt i den sentrale straffedomstolen i London. Foto: AP Vis mer"
    page = "\n\n".join([story[0], caption, story[1], story[2]])
    art = newsclean.Cleaner(plugins=[credits], entry_points=False).clean(page, input_kind="text")
    assert [(r.kind, r.text) for r in art.removed] == [("credit", caption)]
    assert is_prompt_line("Vis mer") and is_prompt_line("Visa mer")


@pytest.mark.parametrize("line", ["Похожее", "関連", "Podobne", "Relacionado", "Similaire", "Relateret", "Relatert",
                                  "İlgili", "Terkait"])
def test_blog_platform_related_heading_per_language(line: str) -> None:
    assert is_related_heading(line)


@pytest.mark.parametrize("line", ["Поделиться ссылкой:", "いいね:", "共有:", "Del dette:", "Sdílejte:"])
def test_blog_platform_share_and_like_lines_per_language(line: str) -> None:
    from newsclean.plugins.prompts import is_template_line
    assert is_template_line(line)


def test_related_word_in_a_sentence_stays() -> None:
    assert not is_related_heading("Relacionado con el caso, el juez citó a tres testigos.")
