"""Noise kept inside the article: the site named on the networks, a newsletter's
title and blurb, rating lines opening with the post's title, paywall lines after a counter or a
campaign's name, highlights boxes written apart from the article; and the article's own sentences
that look alike and stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.appeals import appeal_of
from newsclean.plugins.notices import is_summary_box_label
from newsclean.plugins.promos import is_newsletter_title, promo_of
from newsclean.plugins.prompts import is_rating_line

PARAS = [
    "Der Stadtrat hat am Dienstagabend den neuen Radweg entlang der Ruhr beschlossen, nachdem die Anwohner "
    "mehr als zwei Jahre auf eine Entscheidung gewartet hatten und die Kosten zweimal gestiegen waren.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst des kommenden Jahres dauern, teilte die "
    "Verwaltung mit; während der Arbeiten wird der Verkehr über eine Nebenstraße umgeleitet.",
    "Die Opposition kritisierte den Beschluss als zu teuer und kündigte an, die Abrechnung der Baukosten "
    "genau prüfen zu wollen, sobald die ersten Rechnungen vorliegen.",
]


def _page(middle: str, tail: str = "") -> str:
    return (f"<html><body><article><h1>Neuer Radweg an der Ruhr</h1><p>{PARAS[0]}</p>{middle}"
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p>{tail}</article></body></html>")


@pytest.mark.parametrize("line,site", [
    ("Der Ruhrbote auch bei Social Media – auf Instagram und Facebook.", "ruhrbote"),
    ("The Herald on Instagram", "herald"),
    ("Le Courrier aussi sur les réseaux sociaux", "courrier"),
])
def test_site_named_on_the_networks(line: str, site: str) -> None:
    assert promo_of(line, site=site) == "own"


@pytest.mark.parametrize("line", [
    "Der Ruhrbote hat bei Facebook eine Beschwerde gegen die Sperrung eingereicht.",  # no preposition after the name
    "Die Ruhrbote-Redaktion diskutiert auf Social Media über den Radweg.",  # the name inside a compound
])
def test_site_and_network_in_a_sentence_stay(line: str) -> None:
    assert promo_of(line, site="ruhrbote") is None


def test_newsletter_title_and_blurb() -> None:
    assert is_newsletter_title("Newsletter: Sport inside")
    assert not is_newsletter_title("Newsletter: Die Redaktion hat am Montag den Versand eingestellt.")
    assert not is_newsletter_title("Der Newsletter erscheint jeden Montag")
    art = newsclean.clean(_page('<div class="nl-teaser"><h2>Newsletter: Sport inside</h2>'
                                "<p>Jeden Montag die Topstorys der Woche aus der Sportredaktion</p></div>"),
                          url="https://www.example.de/a")
    assert "Sport inside" not in art.text and "Topstorys" not in art.text
    assert PARAS[1] in art.text
    assert any(r.kind == "promo" and "blurb" in r.reason for r in art.removed)


def test_paragraph_after_a_newsletter_title_in_another_parent_stays() -> None:
    short = "Die Stadt zahlt den Rest."
    art = newsclean.clean(_page(f"<div><h2>Newsletter: Sport inside</h2></div><p>{short}</p>"),
                          url="https://www.example.de/a")
    assert short in art.text


@pytest.mark.parametrize("line", [
    "Haben sich Mozarts Eltern je wegen seiner Schulnoten gesorgt?, 5.0 out of 5 based on 2 ratings",
    "Lemon tart with meringue, 4.5 out of 5 based on 12 ratings",
])
def test_rating_line_opening_with_the_title(line: str) -> None:
    assert is_rating_line(line)


@pytest.mark.parametrize("line", [
    "In the final, 6 of 10 players scored 3 goals",
    "Im Finale, 3 von 5 Stimmen bei 2 Enthaltungen",
    "The council, 5 out of 7 members on the board, voted 4 to 3",
])
def test_sentences_with_scores_stay(line: str) -> None:
    assert not is_rating_line(line)


@pytest.mark.parametrize("line", [
    "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
    "Les réactions sont fermées. Abonnez-vous pour accéder à cet espace et donner votre avis.",
    "【初トクキャンペーン】有料記事読み放題！スタンダードコースが今なら2カ月間月額100円！詳しくはこちら",
    "『カテゴリーをフォロー』すると、マイページでまとめて記事を読むことができます。会員の方のみご利用いただけます。",
])
def test_paywall_lines_after_a_counter_or_campaign(line: str) -> None:
    assert appeal_of(line, at_end=True) == "paywall"
    assert appeal_of(line) is None  # between paragraphs: only a paywall phrase opening the line counts


def test_reserved_for_subscribers_in_a_story_stays() -> None:
    assert appeal_of("Le maire a rappelé que le parking est réservé aux abonnés du réseau.", at_end=True) is None


@pytest.mark.parametrize("label", ["STORY HIGHLIGHTS", "Kort fortalt", "Kortversjonen:"])
def test_highlights_labels(label: str) -> None:
    assert is_summary_box_label(label)


@pytest.mark.parametrize("label", ["Das Wichtigste in Kürze", "Summary", "In brief", "Story highlights of the year 2024"])
def test_summary_labels_that_stay(label: str) -> None:
    assert not is_summary_box_label(label)


def test_highlights_box_goes_with_its_items_only() -> None:
    box = ('<div class="box"><div><strong>STORY HIGHLIGHTS</strong></div><ul><li>Radweg beschlossen</li>'
           "<li>Bau ab dem Frühjahr</li></ul><p>Die Zusammenfassung schrieb die Redaktion.</p></div>")
    art = newsclean.clean(_page(box), url="https://www.example.de/a")
    assert "STORY HIGHLIGHTS" not in art.text and "Radweg beschlossen" not in art.text
    assert "Bau ab dem Frühjahr" not in art.text
    assert "Die Zusammenfassung schrieb die Redaktion." in art.text  # not an item: stays
    assert sum(r.kind == "notice" and "highlights" in r.reason for r in art.removed) == 3


def test_a_list_under_a_summary_heading_the_article_owns_stays() -> None:
    box = "<h2>Das Wichtigste in Kürze</h2><ul><li>Radweg beschlossen</li><li>Kosten zweimal gestiegen</li></ul>"
    art = newsclean.clean(_page(box), url="https://www.example.de/a")
    assert "Das Wichtigste in Kürze" in art.text and "Radweg beschlossen" in art.text


def test_also_on_site_heading() -> None:
    from newsclean.plugins.related import is_related_heading
    assert is_related_heading("Also on The Ledger:")
    assert not is_related_heading("Also on Monday, police said:")
    assert not is_related_heading("Also on the agenda:")
    assert not is_related_heading("Also on The Ledger")  # no colon: a line of the story
    assert is_related_heading("Related on The Ledger:")
    assert not is_related_heading("Related on Monday, police said:")


def test_rating_widget_with_your_rating() -> None:
    assert is_rating_line("Your rating: None Average: 4 (2 votes)")


@pytest.mark.parametrize("line", [
    "Share this Story : Council approves the new cycle lane along the river",
    "If you found this post useful, please take a moment and like it on Facebook or share with your friends.",
    "If you enjoyed this post, please consider leaving a comment or subscribing to the feed for the next ones.",
    "If you liked this article, you might want to follow the blog and get the next posts by e-mail!",
    "Wenn Ihnen dieser Artikel gefallen hat, abonnieren Sie unseren Newsletter für die nächsten Beiträge.",
    "Si cet article vous a plu, partagez-le avec vos amis et laissez-nous un commentaire.",
    "Si te ha gustado este artículo, compártelo en tus redes sociales.",
    "Se ti è piaciuto questo articolo, condividilo con i tuoi amici.",
    "Jeśli podobał Ci się ten artykuł, udostępnij go znajomym.",
])
def test_share_leads(line: str) -> None:
    from newsclean.plugins.prompts import is_prompt_line
    assert is_prompt_line(line)


def test_sentence_about_sharing_stays() -> None:
    from newsclean.plugins.prompts import is_prompt_line
    assert not is_prompt_line("The council agreed to share this story of the river with schools across the region.")
    assert not is_prompt_line("If you enjoyed the concert, the orchestra plays the same programme again on Sunday.")
    assert not is_prompt_line("Wenn Ihnen das Konzert gefallen hat, spielt das Orchester das Programm am Sonntag noch einmal.")


def test_wordpress_responses_footer() -> None:
    from newsclean.plugins.prompts import is_template_line
    assert is_template_line("You can follow any responses to this entry through the RSS 2.0 feed. "
                            "You can leave a response, or trackback from your own site.")


def test_free_email_offer_at_the_end() -> None:
    line = "Sign up for free email updates and be entered to win our monthly giveaway!"
    assert promo_of(line, at_end=True) == "call"
    assert promo_of(line, at_end=False) is None


def test_paywall_line_before_a_short_author_box_goes_and_mid_article_stays() -> None:
    pay = "Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés."
    tail = "".join(f"<p>{t}</p>" for t in ("Über die Autorin", "Anna Beispiel", "Lokalredaktion", "Verkehr, Umwelt"))
    art = newsclean.clean(_page("", f"<p>{pay}</p>{tail}"), url="https://www.example.fr/a")
    assert "réservée aux abonnés" not in art.text
    assert any(r.kind == "appeal" and "paywall" in r.reason for r in art.removed)
    more = ("<p>Die Stadt will die Anwohner im Frühjahr zu einer Versammlung einladen, auf der die Pläne für den Radweg "
            "und die Umleitung im Einzelnen vorgestellt werden sollen.</p>"
            "<p>Ein Sprecher der Verwaltung sagte, man rechne mit einer großen Beteiligung der Bürgerinnen und Bürger, "
            "weil der Radweg viele Straßen im Viertel berühre.</p>")
    art = newsclean.clean(_page(f"<p>{pay}</p>", more), url="https://www.example.fr/a")
    assert "réservée aux abonnés" in art.text  # between paragraphs of the story: not where a paywall cuts it


class _EdgeLocator:
    """Takes a short line off the article's edge before the in-body steps, as the locator does."""

    name = "edgelocator"

    def __init__(self, line: str) -> None:
        self.line = line

    @newsclean.hookimpl
    def newsclean_register_steps(self, register):
        register(newsclean.Step("edge", self.run, order=590, stage="blocks", kind="boilerplate"))

    def run(self, doc):
        for b in doc.blocks:
            if b.text == self.line and b.dropped is None:
                doc.drop(b, "boilerplate", "short non-prose line at the edge of the article")


def _box_first(label: str) -> str:
    box = (f'<div class="box"><div><strong>{label}</strong></div><ul><li>Radweg beschlossen</li>'
           "<li>Bau ab dem Frühjahr</li></ul></div>")
    return (f"<html><body><article><h1>Neuer Radweg an der Ruhr</h1>{box}<p>{PARAS[0]}</p>"
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")


def test_highlights_box_at_the_start_goes_when_its_label_went_first() -> None:
    # the locator may take the label off the article's edge before the notices step runs: the list
    # right under it goes as the box's items all the same (history18)
    cleaner = newsclean.Cleaner(plugins=[_EdgeLocator("STORY HIGHLIGHTS")])
    art = cleaner.clean(_box_first("STORY HIGHLIGHTS"), "https://www.example.de/a")
    label = next(r for r in art.removed if r.text == "STORY HIGHLIGHTS")
    assert label.plugin.startswith("edgelocator")
    assert "Radweg beschlossen" not in art.text and "Bau ab dem Frühjahr" not in art.text
    assert all(p in art.text for p in PARAS)
    items = [r for r in art.removed if r.text in ("Radweg beschlossen", "Bau ab dem Frühjahr")]
    assert len(items) == 2 and all(r.kind == "notice" and "highlights" in r.reason for r in items)


def test_a_list_under_an_other_label_the_locator_took_stays() -> None:
    cleaner = newsclean.Cleaner(plugins=[_EdgeLocator("Unser Überblick")])
    art = cleaner.clean(_box_first("Unser Überblick"), "https://www.example.de/a")
    assert any(r.text == "Unser Überblick" for r in art.removed)
    assert "Radweg beschlossen" in art.text and "Bau ab dem Frühjahr" in art.text
