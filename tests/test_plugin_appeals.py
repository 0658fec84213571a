"""The appeals plugin: donation and cookie appeals go, news about donations and cookies stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import appeals, structure
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
    ("If you're enjoying this article, consider supporting our reporting by subscribing.", "donation"),
    ("If you liked this article, please consider a small monthly gift.", "donation"),
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


def test_member_feature_log_in_prompts() -> None:
    assert appeal_of("You need to login or register to view and manage your bookmarks.") == "paywall"
    assert appeal_of("Already have an account? Log in") == "paywall"
    assert appeal_of("You need to log in to your bank's app first, the guide explains.") is None


@pytest.mark.parametrize("line", [
    "By signing up, you agree to receive recurring automated SMS marketing messages at the number provided.",
    "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
    "By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.",
    "By clicking to watch this video, you agree to our privacy policy.",
    "Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.",
    "En vous inscrivant, vous acceptez nos conditions d'utilisation.",
    "注册即表示您同意我们的服务条款和隐私政策。",
])
def test_sign_up_consent_lines(line: str) -> None:
    assert appeal_of(line) == "signup"


@pytest.mark.parametrize("line", [
    "By signing up for the programme, farmers agree to cut their use of fertiliser by a fifth.",
    "By clicking on this link you agree to the terms and conditions of the partner site.",
    "By subscribing to both services, households save about twelve euros a month, the survey found.",
])
def test_sentences_about_signing_up_stay(line: str) -> None:
    assert appeal_of(line) is None


def test_sign_up_consent_line_goes_with_its_reason() -> None:
    p1 = "The library will open a second reading room in the spring, the city council decided on Tuesday evening."
    p2 = "Readers asked for longer opening hours in a survey last year, and the new room will stay open until ten."
    line = "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy."
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean("\n\n".join([p1, line, p2]), input_kind="text")
    assert line not in art.text and p1 in art.text and p2 in art.text
    assert [(r.kind, r.reason) for r in art.removed] == [("appeal", "consent line of a sign-up form or a click-to-play player")]


# --- consent dialogs outside the article (tree step appeals:consent) -------------------------------

ARTICLE_EN = [
    "The old stone bridge over the river reopened to traffic on Monday after two years of repairs.",
    "Engineers replaced the deck and strengthened the piers, the city said in a statement on Sunday.",
    "Shop owners on both banks welcomed the news and said that trade had suffered during the works.",
]

# (language, consent paragraphs, accept label): dialogs written for these tests
DIALOGS = [
    ("en", ["We and our 842 partners store and/or access information on a device, such as cookies, and process "
            "personal data, such as unique identifiers, for personalised ads and content, ad and content "
            "measurement and audience insights.",
            "Click ACCEPT to agree to the use of cookies and the processing of your personal data by us and our "
            "partners (IAB TCF). You can withdraw your consent at any time; read our privacy policy."], "ACCEPT"),
    ("de", ["Wir und unsere Partner speichern Informationen auf einem Gerät, zum Beispiel Cookies, und verarbeiten "
            "personenbezogene Daten für personalisierte Anzeigen und Inhalte sowie zur Messung.",
            "Mit Ihrer Einwilligung nutzen wir genaue Standortdaten. Sie können Ihre Einwilligung jederzeit "
            "widerrufen; mehr dazu in der Datenschutzerklärung."], "Alle akzeptieren"),
    ("fr", ["Avec nos partenaires, nous stockons des informations sur un appareil, comme les cookies, et traitons "
            "des données personnelles pour des publicités personnalisées et la mesure d'audience.",
            "Vous pouvez retirer votre consentement à tout moment. Certains partenaires invoquent un intérêt "
            "légitime. Consultez notre politique de confidentialité."], "Tout accepter"),
    ("es", ["Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, como cookies, y "
            "tratamos datos personales para mostrar anuncios personalizados y medir su rendimiento.",
            "Puedes retirar tu consentimiento en cualquier momento. Algunos proveedores alegan interés legítimo. "
            "Consulta nuestra política de privacidad."], "Aceptar y continuar"),
    ("it", ["Noi e i nostri partner archiviamo informazioni su un dispositivo, come i cookie, e trattiamo dati "
            "personali per annunci personalizzati e contenuti personalizzati e per la misurazione.",
            "Puoi revocare il consenso in qualsiasi momento. Alcuni fornitori agiscono per interesse legittimo. "
            "Leggi la nostra informativa sulla privacy."], "Accetta tutto"),
    ("pt", ["Nós e os nossos parceiros armazenamos informações num dispositivo, como cookies, e tratamos dados "
            "pessoais para anúncios personalizados e conteúdo personalizado e para medição.",
            "Pode retirar o seu consentimento a qualquer momento. Alguns parceiros alegam interesse legítimo. "
            "Consulte a nossa política de privacidade."], "Aceitar todos"),
    ("pl", ["Wraz z naszymi zaufanymi partnerami przechowujemy informacje na urządzeniu, np. pliki cookie, i "
            "przetwarzamy dane osobowe w celu wyświetlania spersonalizowanych reklam.",
            "Wyrażasz zgodę na przetwarzanie danych osobowych. Zgodę możesz w każdej chwili wycofać. Więcej w "
            "polityce prywatności."], "Akceptuję i przechodzę do serwisu"),
    ("nl", ["Wij en onze partners slaan informatie op een apparaat op, zoals cookies, en verwerken "
            "persoonsgegevens voor gepersonaliseerde advertenties en gepersonaliseerde content.",
            "U kunt uw toestemming altijd intrekken. Sommige partners beroepen zich op gerechtvaardigd belang. "
            "Lees ons privacybeleid."], "Akkoord"),
    ("ru", ["Мы и наши партнеры используем файлы cookie и обрабатываем персональные данные для показа "
            "персонализированной рекламы и измерения аудитории.",
            "Вы можете отозвать согласие в любой момент. Подробнее в политике конфиденциальности и обработки "
            "персональных данных."], "Принять все"),
    ("ja", ["当社とパートナーは、Cookieなどの技術を使用して端末に情報を保存し、個人データを処理して、広告のパーソナライズと効果測定を行います。",
            "同意はいつでも撤回できます。詳しくはプライバシーポリシーをご覧ください。"], "すべて同意する"),
    ("zh", ["我们和我们的合作伙伴使用Cookie等技术在您的设备上存储信息，并处理您的个人信息，用于个性化广告和内容衡量。",
            "您可以随时撤回同意。详情请阅读我们的隐私政策。"], "接受全部"),
    ("tr", ["Biz ve iş ortaklarımız, cihazınızda çerezler aracılığıyla bilgi saklar ve kişisel verilerinizi "
            "kişiselleştirilmiş reklamlar ve ölçüm için işleriz.",
            "Açık rızanızı dilediğiniz zaman geri alabilirsiniz. Ayrıntılar için aydınlatma metni ve gizlilik "
            "politikasına bakın."], "Tümünü kabul et"),
    ("id", ["Kami dan mitra kami menyimpan dan/atau mengakses informasi di perangkat, seperti cookie, dan memproses "
            "data pribadi untuk iklan yang dipersonalisasi dan pengukuran.",
            "Anda dapat menarik persetujuan kapan saja. Baca kebijakan privasi kami untuk mengetahui lebih "
            "lanjut."], "Terima semua"),
]


def _dialog_html(paras: list[str], label: str) -> str:
    # class names as CSS-in-JS tools write them: no region word for the chrome step to read
    ps = "".join(f"<p class='x2k9'>{p}</p>" for p in paras)
    return (f"<div class='f1r5xfs whphc7p'><div class='q8sd7'>{ps}<div class='b7k'>"
            f"<button class='z1a'>{label}</button><button class='z2b'>Options</button></div></div></div>")


def _page(dialog: str, article: str, title: str = "River bridge reopens after two years of repairs") -> str:
    return (f"<html><head><title>{title} | Example News</title></head><body>{dialog}"
            f"<div class='n4'><a href='/'>Home</a> <a href='/news'>News</a></div>{article}</body></html>")


def _main(paras: list[str], title: str = "River bridge reopens after two years of repairs") -> str:
    return f"<main><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</main>"


def _consent_removals(art: newsclean.Article) -> list[newsclean.Removal]:
    return [r for r in art.removed if r.plugin == "appeals:consent"]


@pytest.mark.parametrize("lang,paras,label", DIALOGS, ids=[d[0] for d in DIALOGS])
def test_consent_dialog_outside_main_goes_article_stays(lang: str, paras: list[str], label: str) -> None:
    page = _page(_dialog_html(paras, label), _main(ARTICLE_EN))
    art = newsclean.clean(page)
    assert art.text.split("\n\n") == ARTICLE_EN
    (r,) = _consent_removals(art)
    assert (r.kind, r.region) == ("appeal", "consent")
    assert r.text.startswith(paras[0][:20]) and label in r.text
    assert "f1r5xfs" in r.reason  # the outermost element that is the dialog


def test_without_the_step_the_dialog_wins_the_locator() -> None:
    """The case the step is for: the dialog is the longest run of sentences on the page, and the
    locator keeps it (with the article, or instead of it). (Set after the article: above the title
    heading the locator would not take it, the article starting under its title.)"""
    lang, paras, label = DIALOGS[0]
    page = _page("", _main(ARTICLE_EN) + _dialog_html(paras * 2, label))
    art = newsclean.Cleaner(disable=["appeals:consent"]).clean(page)
    assert "842 partners" in art.text
    art = newsclean.clean(page)
    assert art.text.split("\n\n") == ARTICLE_EN


def test_short_article_long_consent_text() -> None:
    lang, paras, label = DIALOGS[0]
    long_dialog = _dialog_html(paras * 4, label)
    short = ["The museum reopens on Friday after the flood, its director said."]
    art = newsclean.clean(_page(long_dialog, f"<article><h1>Museum reopens</h1><p>{short[0]}</p></article>",
                                title="Museum reopens"))
    assert art.text == short[0]
    assert len(_consent_removals(art)) == 1


GDPR_ARTICLE = [
    "Regulators fined the social network 40 million euros on Tuesday for the way it asked users for their consent "
    "to cookies and the processing of personal data.",
    "According to the decision, the consent banner made it easy to click Accept all but hard to reject tracking, "
    "and the privacy policy did not name the partners that received personal data.",
    "The company said it would appeal. It argued that its partners rely on legitimate interest and that users can "
    "withdraw consent at any time in the privacy settings.",
    "Consumer groups welcomed the fine and said cookie banners across the web use the same design to push users "
    "into giving consent.",
]


@pytest.mark.parametrize("marked", [True, False], ids=["in-article", "plain-divs"])
def test_article_about_consent_kept_whole(marked: bool) -> None:
    title = "Regulators fine social network over cookie consent banner"
    paras = "".join(f"<p>{p}</p>" for p in GDPR_ARTICLE)
    side = ("<div class='s9'><p>Most read: Council approves the new budget for schools and roads after a long "
            "debate that lasted until late in the evening on Thursday.</p><p>Weather: rain is expected for "
            "most of the weekend, with sunny spells on Sunday afternoon in the south.</p></div>")
    if marked:
        body = f"<article><h1>{title}</h1>{paras}</article>{side}"
    else:
        body = f"<div class='h3'><h1>{title}</h1></div><div class='c7'>{paras}</div>{side}"
    art = newsclean.clean(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert not _consent_removals(art)
    assert [p for p in art.text.split("\n\n") if p in GDPR_ARTICLE] == GDPR_ARTICLE


@pytest.mark.parametrize("heading", ["h1", "h2"])
def test_dialog_holding_the_title_stays(heading: str) -> None:
    """An element that holds the page's <h1> or its title is never taken for a dialog, however it reads."""
    lang, paras, label = DIALOGS[0]
    title = "How the cookie banners ask for your consent"
    dialog = _dialog_html(paras, label).replace("<div class='q8sd7'>", f"<div class='q8sd7'><{heading}>{title}</{heading}>")
    page = _page(dialog, "<div class='x'>" + "".join(f"<p>{p}</p>" for p in ARTICLE_EN) + "</div>", title=title)
    assert not _consent_removals(newsclean.clean(page))
    # the same dialog without the title goes
    assert _consent_removals(newsclean.clean(_page(_dialog_html(paras, label), "<div class='x'>"
                                                   + "".join(f"<p>{p}</p>" for p in ARTICLE_EN) + "</div>")))


def test_outermost_dialog_not_a_wrapper_with_other_prose() -> None:
    """A wrapper holding the dialog and a story teaser is not the dialog: only the dialog goes."""
    lang, paras, label = DIALOGS[0]
    teaser = ("Elsewhere in the city, the council opened a new library on Saturday, with a reading room for "
              "children and a café on the ground floor that will stay open late.")
    wrapper = f"<div class='w0'>{_dialog_html(paras, label)}<div class='t1'><p>{teaser}</p></div></div>"
    art = newsclean.clean(_page(wrapper, _main(ARTICLE_EN)))
    (r,) = _consent_removals(art)
    assert teaser not in r.text and "f1r5xfs" in r.reason


def test_consent_text_without_accept_action_stays() -> None:
    """Consent vocabulary alone (an embedded notice, a policy extract) is no dialog: an accept action is needed."""
    lang, paras, label = DIALOGS[0]
    box = "<div class='q'>" + "".join(f"<p>{p.replace('Click ACCEPT to agree', 'We ask')}</p>" for p in paras) + "</div>"
    art = newsclean.clean(_page(box, _main(ARTICLE_EN)))
    assert not _consent_removals(art)


def test_consent_first_look() -> None:
    import lxml.html
    few = lxml.html.fromstring("<html><body><p>Read our cookie policy and the consent form.</p></body></html>")
    many = lxml.html.fromstring("<html><body><p>Cookies, COOKIE, Consent.</p></body></html>")
    no_cookie = lxml.html.fromstring("<html><body><p>consent consent consent consent consent</p></body></html>")
    zh = lxml.html.fromstring("<html><body><p>隐私政策 同意 同意 个人信息</p></body></html>")
    assert not appeals._page_names_consent(few.find("body"))
    assert appeals._page_names_consent(many.find("body"))
    assert not appeals._page_names_consent(no_cookie.find("body"))
    assert appeals._page_names_consent(zh.find("body"))


@pytest.mark.parametrize("text", ["Accept all", "  ACCEPT ", "«Tout accepter»", "Alle akzeptieren", "同意する",
                                  "接受全部", "Akceptuję", "Tümünü kabul et", "Принять все"])
def test_accept_labels(text: str) -> None:
    assert appeals.is_accept_label(text)


@pytest.mark.parametrize("text", ["Accept the verdict, said the judge", "Read more", "Agreement reached on budget"])
def test_not_accept_labels(text: str) -> None:
    assert not appeals.is_accept_label(text)


def test_consent_terms_whole_words() -> None:
    assert appeals.consent_terms("A ciabatta from Rodolfo's bakery in Avgusta") == 0
    assert appeals.consent_terms("IAB TCF, RODO and the AVG") == 4
    assert appeals.consent_terms("Cookies and personal data") == 2


def test_consent_vocabulary_covers_the_languages() -> None:
    from newsclean.plugins.vocab import appeals as v
    langs = {"en", "de", "fr", "es", "it", "pt", "pl", "nl", "ru", "ja", "zh", "tr", "id"}
    for table in (v.CONSENT_TERMS, v.ACCEPT_LABELS, v.CLICK_WORDS, v.ACCEPT_WORDS, v.CONSENT_ANCHORS):
        assert langs <= set(table)
    for lang, paras, label in DIALOGS:
        assert all(appeals.consent_terms(p) for p in paras), lang
        assert appeals.is_accept_label(label), lang


@pytest.mark.parametrize("line", [
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Subscribe to unlock more articles",
    "Register / Sign in to unlock more articles", "Register to unlock this article — it's free",
    "This article is only available to subscribers.", "Dieser Inhalt ist exklusiv für Abonnenten",
    "Dieser Artikel ist Abonnenten vorbehalten.", "Ce contenu est réservé aux abonnés",
    "Article réservé à nos abonnés", "Este contenido está reservado para suscriptores",
    "Suscríbete para desbloquear este artículo", "Questo contenuto è riservato agli abbonati",
    "Abbonati per sbloccare tutti i contenuti",
])
def test_subscription_box_headings(line: str) -> None:
    assert appeal_of(line) == "paywall"


@pytest.mark.parametrize("line", [
    "The council said the new parking spaces were reserved for subscribers to the city's car-share scheme.",
    "Subscribers to the regional paper fell by a fifth last year, the publisher said.",
    "Die Zahl der Abonnenten stieg im Frühjahr um zwölf Prozent, teilte der Verlag mit.",
    "Les abonnés au service de vélos partagés pourront réserver une place dès lundi.",
])
def test_sentences_about_subscribers_stay(line: str) -> None:
    assert appeal_of(line) is None
    assert appeal_of(line, at_end=True) is None


def test_dump_subscription_box_headings_go_body_stays() -> None:
    p1 = ("The harbour board approved the plan to move the ferry terminal two kilometres east, a decision that "
          "ends a decade of debate among residents and shop owners.")
    p2 = "Construction is expected to begin next spring and last about three years, the board said on Tuesday."
    page = "\n\n".join([p1, "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", p2, "SUBSCRIBE TO UNLOCK MORE ARTICLES"])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [(r.text, r.kind, r.reason) for r in art.removed] == [
        ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "appeal", "paywall or log-in prompt"),
        ("SUBSCRIBE TO UNLOCK MORE ARTICLES", "appeal", "paywall or log-in prompt")]
    assert p1 in art.text and p2 in art.text


_HARBOUR = ("The harbour board approved the plan to move the ferry terminal two kilometres east, a decision that "
            "ends a decade of debate among residents and shop owners.",
            "Construction is expected to begin next spring and last about three years, the board said on Tuesday.",
            "Shop owners near the old terminal asked the board for help with the loss of passing trade.")
_OFFER = ("Unlimited digital access", "Ad-free reading on every device", "Cancel anytime")


def test_html_subscription_box_takes_its_offer_list_with_its_heading() -> None:
    paras = "".join(f"<p>{t}</p>" for t in _HARBOUR)
    box = ("<div class='wall'><h3>This content is reserved for subscribers</h3><ul>"
           + "".join(f"<li>{t}</li>" for t in _OFFER) + "</ul><p>Only 2 € a week</p><a href='/abo'>Go</a></div>")
    page = f"<html><body><article><h1>Ferry terminal</h1>{paras}{box}<p>{_HARBOUR[0]} Later.</p></article></body></html>"
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="html")
    gone = {r.text: r.reason for r in art.removed}
    assert gone["This content is reserved for subscribers"] == "paywall or log-in prompt"
    for t in _OFFER + ("Only 2 € a week",):
        assert "list of benefits" in gone[t]
    assert all(t in art.text for t in _HARBOUR) and "Later." in art.text


def test_dump_subscription_offer_list_goes_body_stays() -> None:
    page = "\n\n".join([_HARBOUR[0], "Subscribe to continue reading", "\n".join(f"- {t}" for t in _OFFER),
                        _HARBOUR[1]])
    # (the structure step reads the dash-led lines as list items)
    art = newsclean.Cleaner(plugins=[structure, appeals], entry_points=False).clean(page, input_kind="text")
    gone = [r.text for r in art.removed]
    assert gone == ["Subscribe to continue reading"] + [f"- {t}" for t in _OFFER]
    assert _HARBOUR[0] in art.text and _HARBOUR[1] in art.text


_PLAN = ("Every story on the website and in the app.", "The morning letter from our desk, six days a week.",
         "The printed edition as a page-by-page replica.", "Support reporting from the valley.")


def test_dump_offer_written_line_after_line_goes_with_its_prompt_and_again_under_another_heading() -> None:
    # no bullets: the offer is the group of lines set line after line under the prompt and its sub-heading
    page = "\n\n".join([_HARBOUR[0], "THIS CONTENT IS RESERVED FOR SUBSCRIBERS",
                         "Read the valley's news in depth.",
                         "\n".join(_PLAN + ("Choose your plan today",)),
                         "Read the valley's news in depth.", "\n".join(_PLAN), _HARBOUR[1], _HARBOUR[2]])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    gone = [(r.text, r.reason) for r in art.removed]
    assert gone[0] == ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "paywall or log-in prompt")
    offer = [t for t, why in gone if "list of benefits" in why]
    assert offer == ["Read the valley's news in depth.", *_PLAN, "Choose your plan today"]
    again = [t for t, why in gone if "said again" in why]  # the box repeated under a heading not ours
    assert again == ["Read the valley's news in depth.", *_PLAN]
    assert all(t in art.text for t in _HARBOUR)


def test_dump_lines_running_on_after_a_paywall_prompt_stay() -> None:
    # the article's own lines, written line after line up to its end (no blank line closes a group): kept
    page = "\n\n".join([_HARBOUR[0], "Subscribe to continue reading", "\n".join(_HARBOUR[1:] + _PLAN)])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [r.text for r in art.removed] == ["Subscribe to continue reading"]
    # a group of more lines than an offer holds, closed by a blank line: kept too
    many = [f"Stop number {i} on the new ferry line is at the harbour." for i in range(14)]
    page = "\n\n".join([_HARBOUR[0], "Subscribe to continue reading", "\n".join(many), _HARBOUR[1]])
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [r.text for r in art.removed] == ["Subscribe to continue reading"]


def test_a_list_of_long_items_or_many_items_after_a_paywall_prompt_stays() -> None:
    paras = "".join(f"<p>{t}</p>" for t in _HARBOUR)
    long_items = "".join(f"<li>{t}</li>" for t in _HARBOUR)  # the article's own list: items of prose
    many = "".join(f"<li>Stop number {i} on the new line</li>" for i in range(12))  # a long list: the article's
    for items in (long_items, many):
        page = (f"<html><body><article><h1>Ferry terminal</h1>{paras}<div><p>Already a subscriber?</p>"
                f"<ul>{items}</ul></div></article></body></html>")
        art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="html")
        assert [r.text for r in art.removed] == ["Already a subscriber?"]


# --- a notice that the account is in use on another device, and its dialog, closing a dump ----------

_DEVICE_STORY = {
    "fr": ["Le conseil municipal a voté lundi la rénovation du vieux pont, après deux ans de débats animés.",
           "Les travaux commenceront au printemps et devraient durer dix-huit mois selon la mairie du quartier."],
    "es": ["El ayuntamiento aprobó el lunes la reforma del puente viejo, tras dos años de debates intensos.",
           "Las obras empezarán en primavera y durarán dieciocho meses, según el equipo de gobierno local."],
    "de": ["Der Gemeinderat hat am Montag die Sanierung der alten Brücke beschlossen, nach zwei Jahren Streit.",
           "Die Arbeiten beginnen im Frühjahr und sollen achtzehn Monate dauern, teilte die Verwaltung mit."],
    "it": ["Il consiglio comunale ha approvato lunedì il restauro del vecchio ponte, dopo due anni di discussioni.",
           "I lavori inizieranno in primavera e dureranno diciotto mesi, secondo quanto riferito dal comune."],
}
_DEVICE_DIALOG = {
    "fr": ["Votre compte est utilisé sur un autre appareil.", "Votre offre permet de lire sur un appareil à la fois.",
           "Pourquoi ce message ?", "Quelqu'un d'autre lit peut-être avec vos identifiants."],
    "es": ["Tu cuenta se está usando en otro dispositivo", "Si sigues leyendo en este dispositivo, el otro se cierra.",
           "¿Qué puedo hacer?", "Cambia tu contraseña si no sabes quién usa tu cuenta."],
    "de": ["Ihr Konto wird gerade auf einem anderen Gerät genutzt.", "Sie können auf einem Gerät gleichzeitig lesen.", "Warum sehe ich das?", "Ändern Sie Ihr Passwort."],
    "it": ["Il tuo account è in uso su un altro dispositivo!", "Il tuo piano consente un dispositivo alla volta.",
           "Perché vedo questo messaggio?", "Cambia la password se non sai chi usa il tuo account."],
}


@pytest.mark.parametrize("lang", sorted(_DEVICE_STORY))
def test_dump_device_notice_and_its_dialog_go_story_stays(lang: str) -> None:
    story, dialog = _DEVICE_STORY[lang] * 2, _DEVICE_DIALOG[lang]
    page = "\n\n".join(story + dialog)
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert [r.text for r in art.removed] == dialog
    assert all(r.kind == "appeal" and "another device" in r.reason for r in art.removed)
    assert all(t in art.text for t in story)


def test_prose_naming_another_device_stays() -> None:
    # one line of the story names another device, no second line of a dialog follows: the story's own
    story = _DEVICE_STORY["fr"] * 2
    line = "La mairie a installé ses caméras sur un autre appareil photo, moins coûteux."
    page = "\n\n".join(story + [line] + story)
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert art.removed == [] or all("another device" not in r.reason for r in art.removed)
    assert line in art.text
    # the dialog's lines in the body's first half (no closing dialog): kept
    page = "\n\n".join(_DEVICE_DIALOG["es"] + _DEVICE_STORY["es"] * 3)
    art = newsclean.Cleaner(plugins=[appeals], entry_points=False).clean(page, input_kind="text")
    assert all("another device" not in r.reason for r in art.removed)


def test_every_device_phrase_holds_a_first_look_anchor() -> None:
    for phrase in appeals.DEVICE_NOTICE + appeals.DEVICE_LIMIT:
        for form in (phrase, phrase.capitalize()):
            assert any(a in form for a in appeals.DEVICE_ANCHORS), phrase


@pytest.mark.parametrize("line", [
    "Connectez-vous pour lire la suite de cet article", "Inicia sesión para seguir leyendo",
    "Accedi per continuare a leggere", "Melden Sie sich an, um weiterzulesen", "Zaloguj się, aby czytać dalej",
    "Faça login para continuar lendo", "Meld je aan om verder te lezen",
])
def test_log_in_to_keep_reading_prompts(line: str) -> None:
    assert appeal_of(line) == "paywall"


def test_prose_about_logging_in_stays() -> None:
    assert appeal_of("Los usuarios que inician sesión para seguir leyendo pagan menos, según el estudio.") is None


@pytest.mark.parametrize("line,what", [
    ("By continuing, you agree to our Terms of Use and acknowledge our Privacy Policy.", "cookies"),
    ("By using our website, you agree to the storing of cookies on your device.", "cookies"),
    ("By opting into the Garden Club, you agree to receive e-mails and text messages from us.", "signup"),
    ("By opting in, you agree to receive our weekly letter. Message and data rates may apply.", "signup"),
    ("By providing my email, I am consenting to receive e-mails from the shop. See our Privacy Policy.", "signup"),
])
def test_legal_and_sign_up_openers(line: str, what: str) -> None:
    assert appeal_of(line) == what


@pytest.mark.parametrize("line", [
    "By continuing the talks into the night, the two sides agreed on a draft before dawn.",
    "By opting out of the scheme, the council saves two million euros a year.",
])
def test_legal_openers_leave_news_sentences(line: str) -> None:
    assert appeal_of(line) is None
