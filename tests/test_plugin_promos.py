"""The promos plugin: the site promoting itself goes, the story's own sentences stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import promos
from newsclean.plugins.promos import promo_of
from newsclean.plugins.vocab import promos as vocab


@pytest.mark.parametrize("line,what", [
    ("Hear the whole interview in our weekly politics podcast.", "own"),
    ("For more stories like this, check our news page.", "own"),
    ("Mehr zur Lage lesen Sie in unserem Liveblog:", "own"),
    ("Hier können Sie unsere Zeitungs-Podcasts hören", "own"),  # a channel closing a compound
    ("Téléchargez gratuitement notre application pour suivre le match.", "own"),
    ("Suscríbete gratis a nuestro boletín diario.", "own"),
    ("Got a story? Email our newsroom at tips@example.org", "contact"),
    ("Des informations sur ce sujet ? Vous pouvez joindre Lina Exemple par courriel à lina@example.org", "contact"),
    # the site's possessive and channel outside the quotation marks naming the newsletter
    ("Ce texte est paru dans notre newsletter « Le fil du port ». Inscrivez-vous en suivant ce lien.", "own"),
    ("Ihre Meinung ist uns wichtig. Schreiben Sie uns an briefe@example.de", "contact"),
])
def test_promos_anywhere(line: str, what: str) -> None:
    assert promo_of(line) == what
    assert promo_of(line, at_end=True) == what


@pytest.mark.parametrize("line", [
    "Get the latest headlines delivered to your inbox every morning.",
    "Follow Example News on Google News for the latest updates.",
    "Abonniere den WhatsApp-Kanal der Redaktion für die wichtigsten Meldungen.",
    "Would you like to receive notifications about new posts?",
    "Tous nos reportages sont aussi sur notre profil : suivez-nous pour ne rien manquer !",
])
def test_calls_only_at_the_end(line: str) -> None:
    assert promo_of(line) is None
    assert promo_of(line, at_end=True) == "call"


@pytest.mark.parametrize("line", [
    "“Our app crashed twice during the launch,” the company's spokesperson said.",  # a quotation
    "« Notre application a planté deux fois », a reconnu la porte-parole de l'entreprise.",  # inside the quotation
    "La maire a parlé « de notre newsletter municipale » devant le conseil.",
    "The company launched a newsletter and an app for its customers last year.",  # no possessive of the site
    "Our reporters counted more than two hundred boats in the harbour on Sunday.",  # no channel
    "Unsere Leserinnen und Leser hatten sich in einer Umfrage dafür ausgesprochen.",
    "Residents can contact the council at info@council.example to report damage.",  # no "us"
    "Subscribe to our newsletter " + "and read about the harbour, the ferry and the town " * 8,  # too long
])
def test_story_sentences_stay(line: str) -> None:
    assert promo_of(line, at_end=True) is None


def test_every_vocabulary_table_is_data_per_language() -> None:
    for table in (vocab.POSSESSIVES, vocab.CHANNELS, vocab.CALLS, vocab.CONTACT):
        assert "en" in table and "de" in table
        assert all(isinstance(w, str) and w.strip() == w and w for words in table.values() for w in words)


def _page(*paras: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>{body}</article></body></html>"


STORY = ("The harbour ferry carried its first passengers in two years on Saturday, after a repair that cost the "
         "council almost twice what it had planned, and about eighty people queued at the pier.")


def test_dump_and_html_record_the_removal() -> None:
    cleaner = newsclean.Cleaner(plugins=[promos], entry_points=False)
    page = "\n\n".join([STORY, STORY.replace("Saturday", "Sunday"), "Sign up for our newsletter at the bottom of the page."])
    art = cleaner.clean(page, input_kind="text")
    assert [(r.kind, r.plugin) for r in art.removed] == [("promo", "promos:lines")]
    art = newsclean.clean(_page(STORY, "For more stories like this, check our news page.", STORY.replace("Saturday", "Monday")))
    assert "check our news page" not in art.text and "Monday" in art.text
    assert any(r.kind == "promo" and r.text.startswith("For more stories") for r in art.removed)


def test_call_in_the_middle_of_the_body_stays() -> None:
    call = "Readers who want the results delivered to your inbox can ask the club."
    art = newsclean.clean(_page(STORY, call, STORY.replace("Saturday", "Monday"), STORY.replace("Saturday", "Friday"),
                                STORY.replace("Saturday", "Tuesday")))
    assert call in art.text


# --- sign-up boxes (HTML, issue 9) ---------------------------------------------

def _box_page(box: str, *paras: str) -> str:
    story = [STORY, STORY.replace("Saturday", "Sunday"), STORY.replace("Saturday", "Monday")]
    body = "".join(f"<p>{p}</p>" for p in story[:2]) + box + "".join(f"<p>{p}</p>" for p in story[2:] + list(paras))
    return f"<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>{body}</article></body></html>"


@pytest.mark.parametrize("box", [
    # the blurb names no channel word: only the box's class tells
    '<section class="NewsletterBox_root__x1"><div class="NewsletterBox_title__x2">The Morning</div>'
    '<span class="NewsletterBox_lead__x3">The perfect start to your day with stories from the region.</span></section>',
    '<div class="c-inlineSignup"><div class="c-inlineSignup__content"><p>Get the harbour news every day.</p>'
    '<p>Read by ten thousand people in the town.</p></div></div>',  # (a box with a form: the locator's)
    '<div class="whatsapp-group"><strong>Election news on your phone</strong><p>Members get offers from us and our '
    'partners. You can leave at any time.</p></div>',
])
def test_signup_box_goes_story_stays(box: str) -> None:
    art = newsclean.clean(_box_page(box))
    assert "Monday" in art.text and "Sunday" in art.text and "Saturday" in art.text
    promos_removed = [r for r in art.removed if r.kind == "promo" and r.plugin == "promos:lines"]
    assert promos_removed and all("sign-up box" in r.reason for r in promos_removed)
    assert not any(w in art.text for w in ("perfect start", "harbour news every", "offers from us"))


def test_story_in_a_big_box_named_newsletter_stays() -> None:
    # a newsletter's own article (the container names it) is no sign-up box: it holds the body
    paras = "".join(f"<p>{STORY.replace('Saturday', d)}</p>" for d in ("Monday", "Tuesday", "Friday"))
    page = ("<html><head><title>Ferry back</title></head><body><article class='newsletter-post'>"
            f"<h1>Ferry back</h1>{paras}</article></body></html>")
    art = newsclean.clean(page)
    assert all(d in art.text for d in ("Monday", "Tuesday", "Friday"))
    assert not any(r.kind == "promo" for r in art.removed)


def test_slug_class_names_no_box() -> None:
    from newsclean.plugins.promos import _box_token
    assert _box_token(("newsletterbox_lead__x3",)) == "newsletterbox_lead__x3"
    assert _box_token(("how-to-write-a-newsletter-people-actually-want-to-read",)) is None
    assert _box_token(("article-body", "story")) is None


@pytest.mark.parametrize("line", [
    "Du möchtest keinen Beitrag mehr verpassen? Dann abonniere meinen Newsletter!",
    "Melde dich für meinen Newsletter an und erhalte jede Woche neue Rezepte.",
    "Und: Folgt mir auf Instagram, Facebook und Pinterest!", "Never miss a post? Subscribe to my newsletter!",
    "Hat dir der Beitrag gefallen? Dann teile ihn mit deinen Freunden!",
    "Hat dir das Rezept gefallen? Dann pinne es auf Pinterest!",
])
def test_personal_sites_calls_at_the_end(line: str) -> None:
    assert promo_of(line) is None
    assert promo_of(line, at_end=True) == "call"


@pytest.mark.parametrize("line", [
    "Ich teile ihn mit meiner Schwester, die ebenfalls gerne gärtnert und viel Erfahrung mit Tulpen hat.",
    "I wrote about this in my newsletter last week, and many readers answered with their own stories.",
])
def test_first_person_sentences_stay(line: str) -> None:
    assert promo_of(line, at_end=True) is None


@pytest.mark.parametrize("line,what", [
    ("We traced the slow requests to a memory leak in our application last week.", None),
    ("The shop lost ground to our direct rivals in the second half of the year.", None),
    ("Every case we handled is listed in our dossier on the trial.", None),
    ("Téléchargez notre application pour suivre le direct.", "own"),
    ("Read every update in our live blog.", "own"),
])
def test_a_channel_counts_only_in_the_possessives_language(line: str, what: str | None) -> None:
    """``application``, ``direct``, ``dossier`` are channels in French or German, words of prose in English."""
    assert "application" in vocab.CHANNELS["fr"] and "application" not in vocab.CHANNELS["en"]
    assert promo_of(line) == what


def test_a_contact_call_that_is_the_body_s_only_paragraph_stays() -> None:
    cleaner = newsclean.Cleaner(plugins=[promos], entry_points=False)
    call = ("We are sorry: the page you asked for could not be found on our site. Would you get in touch "
            "with us at help@example.org and tell us how you came here?")
    art = cleaner.clean(call, input_kind="text")
    assert call in art.text and not art.removed
    # beside the article's paragraphs it is the site's tip line and goes
    art = cleaner.clean("\n\n".join([STORY, STORY.replace("Saturday", "Sunday"), call]), input_kind="text")
    assert call not in art.text
    assert [(r.kind, r.plugin) for r in art.removed] == [("promo", "promos:lines")]


def test_repeated_newsletter_boxes_holding_the_page_are_its_items() -> None:
    # a newsletter issue's page: each story's text in a small box its CMS names "newsletter-html"
    stories = "".join(f"<section><h3>Ferry news {d}</h3><div class='newsletter-html'><p>"
                      f"{STORY.replace('Saturday', d)}</p></div></section>" for d in ("Monday", "Tuesday", "Friday"))
    page = (f"<html><head><title>Harbour digest</title></head><body><h1>Harbour digest</h1>{stories}"
            "</body></html>")
    art = newsclean.Cleaner(plugins=[promos], entry_points=False).clean(page)
    assert all(d in art.text for d in ("Monday", "Tuesday", "Friday"))
    assert not any(r.kind == "promo" for r in art.removed)


# --- a call to follow on a network, anywhere (snippets44) ----------------------

@pytest.mark.parametrize("line", [
    "*** Follow me on Instagram, Mastodon or Facebook for a daily picture of the coast ***",
    "Join us on YouTube: @examplechannel",
    "Folgt uns auf Instagram und verpasst keine Wanderung mehr!",
    "Folgt mir auf Instagram, Facebook und Pinterest!",  # (a call at the end before snippets44)
    "Suivez-nous sur Facebook pour les horaires du port.",
])
def test_follow_call_naming_a_network_goes_anywhere(line: str) -> None:
    assert promo_of(line) == "call"
    art = newsclean.clean(_page(STORY, line, STORY.replace("Saturday", "Monday"), STORY.replace("Saturday", "Friday"),
                                STORY.replace("Saturday", "Tuesday")))
    assert line not in art.text and "Tuesday" in art.text
    assert any(r.text == line and r.kind in ("promo", "ad") for r in art.removed)  # (the ads step may take it first)


@pytest.mark.parametrize("line", [
    "Follow me on the trail past the old mill, then turn left at the bridge.",  # no network after the call
    "Many anglers follow us on foot to the pier and on Instagram too, said the skipper.",  # not opening the line
    "Follow me on Instagram",  # an item of a list: one of the article's tips
])
def test_follow_prose_and_list_items_stay(line: str) -> None:
    if line.startswith("Follow me on Instagram"):
        assert promo_of(line, handle=False) is None
    else:
        assert promo_of(line) is None


# --- a newsletter's pitch anywhere in the body (tails49) -------------------------

from newsclean.plugins.promos import is_newsletter_pitch  # noqa: E402


@pytest.mark.parametrize("line", [
    "Der Hafen-Newsletter informiert Sie jeden Freitag über das Wichtigste aus der Stadt. Hier geht es zur Anmeldung.",
    "„Morgenpost“: Der Newsletter für Pendler, werktags um sechs. Jetzt anmelden!",
    "Inscrivez-vous à la newsletter du port pour recevoir chaque semaine nos reportages.",
    "¿Te interesa la ciudad? Suscríbete al boletín semanal, es gratis. Newsletter del puerto.",
    "Iscriviti alla newsletter del porto: ogni venerdì le notizie della settimana.",
])
def test_newsletter_pitches(line: str) -> None:
    assert is_newsletter_pitch(line)


@pytest.mark.parametrize("line", [
    "Die Stadt verschickt seit März einen Newsletter an alle Anwohner, den bisher 400 Menschen abonniert haben.",
    "The council's newsletter reached 4,000 residents last month, the spokesperson said.",
    "„Melden Sie sich an“, stand im Newsletter der Partei, den die Zeitung einsehen konnte.",  # quoted
])
def test_reports_about_a_newsletter_stay(line: str) -> None:
    assert not is_newsletter_pitch(line)


def test_newsletter_pitch_between_paragraphs_goes() -> None:
    pitch = ("Der Hafen-Newsletter informiert Sie jeden Freitag über das Wichtigste aus Stadt und Hafen, "
             "kompakt in Ihrem Postfach. Hier geht es zur Anmeldung.")
    art = newsclean.Cleaner(plugins=[promos], entry_points=False).clean(
        _page(STORY, STORY.replace("Saturday", "Sunday"), pitch, STORY.replace("Saturday", "Monday"),
              STORY.replace("Saturday", "Tuesday"), STORY.replace("Saturday", "Friday"),
              STORY.replace("Saturday", "Thursday"), STORY.replace("Saturday", "Wednesday")))
    assert [(r.text, r.kind) for r in art.removed if r.kind == "promo"] == [(pitch, "promo")]


def test_reader_forms_that_read_as_they_stay() -> None:
    # case is ignored: a polite "Sie" is also "sie", they (the residents subscribe to it)
    assert not is_newsletter_pitch("Viele Anwohner lesen den Newsletter der Stadt, und abonnieren Sie ihn, sagt sie.")
    assert not is_newsletter_pitch("Leser können den Newsletter abonnieren, sagte die Sprecherin.")
