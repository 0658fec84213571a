"""The appeals plugin: donation and cookie appeals go, news about donations and cookies stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import appeals
from newsclean.plugins.appeals import appeal_of


@pytest.mark.parametrize("line,what", [
    ("Support independent journalism. Donate today.", "donation"), ("Jetzt unterstützen", "donation"),
    ("Faites un don pour soutenir notre rédaction.", "donation"), ("Wesprzyj nas", "donation"),
    ("Поддержите редакцию", "donation"), ("赞赏支持", "donation"),
    ("We use cookies to improve your experience. By continuing you accept.", "cookies"),
    ("Wir verwenden Cookies, um Inhalte zu personalisieren.", "cookies"), ("Cenimy Twoją prywatność", "cookies"),
    ("Nous utilisons des cookies pour mesurer l'audience.", "cookies"), ("当サイトではCookieを使用しています。", "cookies"),
])
def test_appeals(line: str, what: str) -> None:
    assert appeal_of(line) == what


@pytest.mark.parametrize("line", [
    "Donations to the flood relief fund reached two million euros on Monday.",
    "Die Datenschutzbehörde prüft, ob die Website Cookies ohne Zustimmung setzt.",
    "Les dons ont afflué après l'incendie, selon la fondation.",
    "We use cookies " + "and other trackers on many pages of this site " * 10,
])
def test_not_appeals(line: str) -> None:
    assert appeal_of(line) is None


def test_dump_appeal_goes_body_stays() -> None:
    p1 = "La fondation a reçu plus de deux millions d'euros de dons après l'incendie, a-t-elle indiqué lundi."
    page = "\n\n".join([p1, "Soutenez notre journalisme : faites un don.", p1 + " Les travaux commenceront en mai."])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [(r.text, r.kind) for r in art.removed] == [("Soutenez notre journalisme : faites un don.", "appeal")]


def test_html_consent_box_goes_whole_article_stays() -> None:
    body = "".join(f"<p>{t}</p>" for t in [
        "Die Stadt hat am Montag den Bau der neuen Brücke beschlossen, nachdem der Rat lange beraten hatte.",
        "Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des kommenden Jahres abgeschlossen sein.",
        "Anwohner begrüßten den Plan, einige Händler fürchten jedoch um ihre Parkplätze in der Innenstadt.",
    ])
    box = ("<div class='box'><p>Cenimy Twoją prywatność</p><ul><li>Przechowywanie informacji na urządzeniu</li>"
           "<li>Pomiar efektywności treści</li></ul><p>Akceptuję</p></div>")
    page = f"<html><body><article><h1>Brücke</h1>{body}{box}</article></body></html>"
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="html")
    gone = {r.text: r.kind for r in art.removed}
    assert gone == {"Cenimy Twoją prywatność": "appeal", "Przechowywanie informacji na urządzeniu": "appeal",
                    "Pomiar efektywności treści": "appeal", "Akceptuję": "appeal"}
    assert "Anwohner begrüßten den Plan" in art.text


@pytest.mark.parametrize("line,what", [
    ("An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.", "embed"),
    ("Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.", "embed"),
    ("Empfohlener externer Inhalt", "embed"),
    ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", "donation"),
    ("Did you enjoy this article? Chip in to keep our reporting free.", "donation"),
    ("¿Te ha gustado este artículo? Hazte socio.", "donation"),
    ("An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel "
     "ergänzt. Sie können ihn mit einem Klick anzeigen lassen.", "embed"),
    ("Deine Privatsphäre-Einstellungen verhindern das Laden externer Inhalte (z.B. Grafiken und Videos).", "embed"),
    ("Your privacy settings prevent this embedded post from loading.", "embed"),
    ("Folgst du schon Example News auf Whatsapp?", "follow"),
    ("Join us on our WhatsApp Channel, follow us on Instagram, and receive browser alerts.", "follow"),
    ("Cek berita dan artikel yg lain di Google News", "follow"),
    ("有料会員になると会員限定の有料記事もお読みいただけます。", "paywall"),
])
def test_embed_consent_and_follow_calls(line: str, what: str) -> None:
    assert appeal_of(line) == what


@pytest.mark.parametrize("line", [
    "Ich bin damit nicht einverstanden, sagte die Bürgermeisterin am Montag.",
    "Personenbezogene Daten können nach dem neuen Gesetz länger gespeichert werden.",
    "WhatsApp-Kanäle folgen einem einfachen Prinzip, erklärt der Forscher.",
    "An dieser Stelle finden Sie einen Überblick über alle Termine der Woche.",  # a service article's own line
    "Dieser Artikel hat den Lesern gefallen, sagte die Chefredakteurin.",  # a report, not the site asking
    "Die Privatsphäre-Einstellungen verhindern nicht, dass die App Daten sammelt, fanden die Forscher.",
])
def test_sentences_about_consent_or_messengers_stay(line: str) -> None:
    assert appeal_of(line) is None


def test_greek_cookie_and_follow_calls() -> None:
    assert appeal_of("Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.") == "cookies"
    assert appeal_of("Ακολουθήστε μας στο Google News") == "follow"
    assert appeal_of("Ακολουθήστε τις οδηγίες των αρχών, είπε ο δήμαρχος.") is None


def test_wordpress_cookie_notice_with_benutzt() -> None:
    assert appeal_of("Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem "
                     "Einverständnis aus.") == "cookies"
    assert appeal_of("Die Gemeinde benutzt Cookies nicht, sagte der Bürgermeister.") is None
