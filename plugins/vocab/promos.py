"""The site promoting itself inside the article: its own newsletters, apps, channels, live blogs
and podcasts, its tip line, follow calls naming a network.

Three families, each language -> terms (matched ignoring case on NFKC text):

* ``POSSESSIVES`` and ``CHANNELS``: a first-person plural possessive (the site speaking: *our*,
  *unser*, *notre*) followed within a few words by one of the site's own channels (*newsletter*,
  *app*, *live blog*, *podcast*, *homepage*); a channel word may close a compound
  (``WELT-Podcasts``, ``WhatsApp-Kanal``);
* ``CALLS``: phrases of a sign-up or follow call that name a channel wherever they sit in the
  line (``delivered to your inbox``, ``sign up for our``, ``auf WhatsApp``); looked for only near
  the end of the body, where such calls close an article;
* ``CONTACT``: the site asking for tips or feedback (``get in touch``, ``schreiben Sie uns``),
  counted only in a line that also holds an e-mail address;
* ``BOX_WORDS``: words a sign-up box's class or id holds, also inside a compound
  (``NewsletterBox_root``, ``c-inlineSignup``, ``whatsapp-group``): markup, not language.
"""
from __future__ import annotations

from . import Table

#: First-person plural possessives: the site speaking of its own things.
POSSESSIVES: Table = {
    "en": ("our",),
    "de": ("unser", "unsere", "unseren", "unserem", "unserer", "unseres"),
    "fr": ("notre", "nos"),
    "es": ("nuestro", "nuestra", "nuestros", "nuestras"),
    "it": ("nostro", "nostra", "nostri", "nostre"),
    "pt": ("nosso", "nossa", "nossos", "nossas"),
    "nl": ("onze", "ons"),
    "pl": ("nasz", "nasza", "naszego", "naszej", "naszym", "nasze", "naszą", "naszych"),
    "ru": ("наш", "наша", "нашу", "нашем", "нашей", "наши", "нашего", "наших"),
    "sv": ("vår", "vårt", "våra"),
    "no": ("vår", "vårt", "våre"),
    "da": ("vores",),
    "cs": ("náš", "naše", "našeho", "našem", "naši", "našich"),
}

#: The site's own channels and offers (a possessive must stand a few words before one).
CHANNELS: Table = {
    "en": ("newsletter", "newsletters", "news team", "news page", "homepage", "home page", "app", "apps",
           "live blog", "liveblog", "podcast", "podcasts", "whatsapp channel", "telegram channel",
           "push alerts", "push notifications", "news alerts", "email alerts", "coverage"),
    "de": ("Newsletter", "App", "Apps", "News-App", "Liveblog", "Live-Blog", "Newsblog",
           "Podcast", "Podcasts", "WhatsApp-Kanal", "Telegram-Kanal", "Kanal", "Startseite", "Inhalte",
           "Push-Nachrichten", "Themenseite", "Dossier"),
    "fr": ("newsletter", "newsletters", "lettre d'information", "application", "appli", "direct", "podcast",
           "podcasts", "chaîne WhatsApp", "page d'accueil", "dossier"),
    "es": ("newsletter", "boletín", "boletines", "app", "aplicación", "directo", "podcast", "pódcast",
           "canal de WhatsApp", "canal", "portada", "cobertura"),
    "it": ("newsletter", "app", "applicazione", "diretta", "podcast", "canale WhatsApp", "canale", "homepage"),
    "pt": ("newsletter", "app", "aplicativo", "aplicação", "podcast", "canal no WhatsApp", "canal", "cobertura"),
    "nl": ("nieuwsbrief", "app", "liveblog", "podcast", "WhatsApp-kanaal", "kanaal"),
    "pl": ("newsletter", "newslettera", "aplikację", "aplikacji", "podcast", "podcastu", "kanał", "kanale"),
    "ru": ("рассылку", "рассылка", "приложение", "канал", "канале", "подкаст", "телеграм-канал"),
    "sv": ("nyhetsbrev", "app", "appen", "podd", "podcast"),
    "no": ("nyhetsbrev", "app", "appen", "podkast", "podcast"),
    "da": ("nyhedsbrev", "app", "podcast"),
    "cs": ("newsletter", "aplikaci", "podcast", "kanál"),
}

#: Sign-up and follow calls naming a channel, found anywhere in a line near the body's end.
#: Networks a "Follow <site> on <network>" call names (lower case; a one-letter name must end a word).
FOLLOW_NETWORKS = ("google news", "twitter", "facebook", "instagram", "whatsapp", "telegram", "threads",
                   "bluesky", "linkedin", "tiktok", "youtube", "x")

CALLS: Table = {
    "en": ("sign up for our", "sign up to our", "signing up to our", "signing up for our", "subscribe to our",
           "sign up for our newsletter", "delivered to your inbox", "straight to your inbox", "direct to your inbox",
           "sent straight to your device", "daily push alerts", "join us on whatsapp", "on google news",
           "as a preferred source", "follow us on", "bookmark our homepage", "receive notifications about new posts",
           # a personal site's own calls (a blog speaks in the first person singular)
           "subscribe to my", "sign up for my", "sign up to my", "join my newsletter",
           "share it with your friends", "pin it on pinterest", "please share it on", "please share this on",
           # a free e-mail offer closing a post
           "free email updates", "subscribe to the free"),
    "de": ("Newsletter abonnieren", "abonniere den", "abonnieren Sie den", "zum Newsletter", "unseren Newsletter",
           "auf WhatsApp", "WhatsApp-Kanal", "Push-Nachrichten", "in der App",
           "folgen Sie uns", "jederzeit wieder abmelden",
           "abonniere meinen", "abonniert meinen", "für meinen Newsletter", "zu meinem Newsletter", "folge mir auf",
           "folgt mir auf", "folgen Sie mir auf", "teile ihn mit deinen", "teile es mit deinen", "teile den Beitrag mit",
           "pinne es auf Pinterest"),
    "fr": ("inscrivez-vous à", "abonnez-vous à", "notre newsletter", "sur WhatsApp", "suivez-nous",
           "ma newsletter", "suivez-moi sur"),
    "es": ("suscríbete a", "suscríbase a", "nuestro boletín", "nuestra newsletter", "en WhatsApp", "síguenos en",
           "mi newsletter", "mi boletín", "sígueme en"),
    "it": ("iscriviti alla", "la nostra newsletter", "su WhatsApp", "seguici su", "la mia newsletter", "seguimi su"),
    "pt": ("assine a nossa", "assine nossa", "inscreva-se", "no WhatsApp", "siga-nos"),
    "nl": ("schrijf je in", "onze nieuwsbrief", "volg ons op", "mijn nieuwsbrief", "volg mij op", "volg me op"),
    "pl": ("zapisz się", "obserwuj nas", "obserwuj mnie", "mój newsletter"),
    "ru": ("подписывайтесь на", "подпишитесь на"),
    "el": ("στο Google News", "Εγγραφείτε στο newsletter", "Ακολουθήστε μας στο"),
    "cs": ("na Google News", "přihlaste se k odběru"),
}

#: Verbs of a call to follow an account by its handle, opening a short line anywhere in the body
#: (``Follow @examplenews for breaking news``, ``Folgen Sie @beispiel``): a follow widget's words.
FOLLOW_HANDLE_VERBS: Table = {
    "en": ("follow",), "de": ("folgen sie", "folge", "folgt"), "fr": ("suivez", "suivre"),
    "es": ("sigue a", "síguenos en", "siga a"), "it": ("segui", "seguite"), "pt": ("siga", "sigam"),
    "nl": ("volg",), "sv": ("följ",), "no": ("følg",), "da": ("følg",), "pl": ("obserwuj",),
}

#: Openings of a call to follow the writer or the site on a network, read anywhere in the body when a
#: network (``FOLLOW_NETWORKS``, ``SOCIAL_MEDIA``) comes right after (``Follow me on Instagram, YouTube or
#: Facebook for …``, ``Folgt uns auf Instagram``): a widget's line between the paragraphs. Lower case.
FOLLOW_OPENINGS: Table = {
    "en": ("follow me on", "follow us on", "join me on", "join us on", "find me on", "find us on",
           "connect with me on", "connect with us on"),
    "de": ("folge mir auf", "folgt mir auf", "folgen sie mir auf", "folge uns auf", "folgt uns auf",
           "folgen sie uns auf", "folge uns bei", "folgt uns bei", "folgen sie uns bei", "finde uns auf",
           "findet uns auf", "finden sie uns auf"),
    "fr": ("suivez-nous sur", "suivez-moi sur", "rejoignez-nous sur", "retrouvez-nous sur", "retrouvez-moi sur"),
    "es": ("síguenos en", "sígueme en", "síganos en"),
    "it": ("seguici su", "seguimi su"),
    "pt": ("siga-nos no", "siga-nos nas", "siga-me no", "siga-me nas"),
    "nl": ("volg ons op", "volg mij op", "volg me op"),
    "pl": ("obserwuj nas na", "obserwuj mnie na"),
    "sv": ("följ oss på", "följ mig på"), "da": ("følg os på", "følg mig på"), "no": ("følg oss på", "følg meg på"),
}

#: The site asking for tips, stories or feedback (with an e-mail address in the same line).
CONTACT: Table = {
    "en": ("get in touch", "email us", "e-mail us", "contact us", "send us", "tell us", "let us know",
           "write to us", "got a story", "have a story", "story to tell", "tip us off"),
    "de": ("schreiben Sie uns", "schreib uns", "senden Sie uns", "schicken Sie uns", "kontaktieren Sie uns",
           "melden Sie sich bei uns", "Hinweise an", "Feedback"),
    "fr": ("écrivez-nous", "contactez-nous", "envoyez-nous", "vous pouvez joindre", "vous pouvez nous joindre",
           "à nous faire parvenir", "à nous transmettre"),
    "es": ("escríbenos", "contáctanos", "envíanos", "escríbanos"),
    "it": ("scriveteci", "scrivici", "contattaci", "inviateci"),
    "pt": ("escreva-nos", "fale conosco", "envie-nos"),
    "nl": ("mail ons", "schrijf ons", "neem contact op"),
    "pl": ("napisz do nas", "napiszcie do nas"),
    "ru": ("напишите нам", "пишите нам"),
}

#: The site named with its presence on the networks (``Der Ruhrbote auch bei Social Media``, ``The Herald on
#: Instagram``): after the site's name (a whole word), at most one of ``NETWORK_ADVERBS``, then one of
#: ``NETWORK_PREPOSITIONS``, then a network (``FOLLOW_NETWORKS`` but ``x``) or one of ``SOCIAL_MEDIA``.
#: Lower case, whole words.
NETWORK_ADVERBS: Table = {
    "en": ("also", "now"), "de": ("auch", "jetzt"), "fr": ("aussi", "également"), "es": ("también",),
    "it": ("anche",), "pt": ("também",), "nl": ("ook",), "sv": ("också",), "no": ("også",), "da": ("også",),
}
NETWORK_PREPOSITIONS: Table = {
    "en": ("on",), "de": ("bei", "auf"), "fr": ("sur",), "es": ("en",), "it": ("su", "sui"), "pt": ("no", "nas"),
    "nl": ("op",), "sv": ("på",), "no": ("på",), "da": ("på",),
}
SOCIAL_MEDIA: Table = {
    "en": ("social media", "social networks"), "de": ("social media", "sozialen medien", "social-media"),
    "fr": ("les réseaux sociaux", "réseaux sociaux"), "es": ("redes sociales", "las redes sociales"),
    "it": ("social network", "social"), "pt": ("redes sociais",), "nl": ("sociale media", "social media"),
    "sv": ("sociala medier",), "no": ("sosiale medier",), "da": ("sociale medier",),
}

#: A newsletter sign-up box's title: a newsletter word as a label, then the newsletter's name
#: (``Newsletter: Sport inside``). Lower case.
NEWSLETTER_LABELS: Table = {
    "en": ("newsletter",), "de": ("newsletter",), "fr": ("newsletter", "lettre d'information"),
    "es": ("newsletter", "boletín"), "it": ("newsletter",), "pt": ("newsletter",), "nl": ("nieuwsbrief",),
    "sv": ("nyhetsbrev",), "no": ("nyhetsbrev",), "da": ("nyhedsbrev",), "pl": ("newsletter",),
    "ru": ("рассылка",), "cs": ("newsletter",),
}

#: Sign-up calls to the reader that, with a newsletter word (``NEWSLETTER_LABELS``) in the same short block,
#: make it a newsletter's pitch anywhere in the body (``Der Newsletter … informiert Sie … Hier geht es zur
#: Anmeldung``, ``Inscrivez-vous à notre newsletter``): imperatives and a newsletter speaking to the reader,
#: never a report of a newsletter. Matched ignoring case, so no polite ``Sie`` form (``melden sie sich an``: they do).
SIGNUP_CALLS: Table = {
    "en": ("sign up here", "sign up now", "sign up today", "click here to sign up", "subscribe here",
           "subscribe now", "subscribe for free"),
    "de": ("zur Anmeldung", "jetzt anmelden", "hier anmelden", "melde dich an", "hier abonnieren",
           "jetzt abonnieren", "kostenlos abonnieren"),
    "fr": ("inscrivez-vous", "abonnez-vous", "s'inscrire", "s\u2019inscrire", "inscris-toi"),
    "es": ("suscríbete", "suscríbase", "apúntate", "regístrate", "date de alta"),
    "it": ("iscriviti", "iscrivetevi", "abbonati"),
    "pt": ("inscreva-se", "assine já", "assine agora", "cadastre-se"),
    "nl": ("schrijf je in", "meld je aan", "abonneer je"),
    "pl": ("zapisz się", "zapisz sie"),
    "sv": ("prenumerera", "anmäl dig"), "da": ("tilmeld dig",), "no": ("meld deg på",),
}

#: Words (lower case) the class or id of a newsletter or messenger sign-up box holds, found also
#: inside a compound token (``NewsletterBox_lead``, ``c-inlineSignup__blurb``, ``whatsapp-group``).
BOX_WORDS = ("newsletter", "signup", "sign-up", "sign_up", "optin", "opt-in", "whatsapp", "telegram")

#: Calls to act that make a whole short line: a site template's button or pitch to the reader
#: (``Get started today``, ``Join our Facebook group``, ``Bleiben Sie auf dem Laufenden``), matched ignoring
#: case and the closing ``.``/``!``; also as the last sentence of a short line whose other sentences are
#: questions (``Ready to …? Get started today.``). Imperatives to the reader, never a sentence of a story;
#: the bare ones a how-to may use as a section heading (``Stay connected``) are left out.
ACT_CALLS: Table = {
    "en": ("Get started today", "Get started now", "Get started for free", "Get started free", "Start your free trial",
           "Start your free trial today", "Start a free trial", "Try it free", "Try it for free", "Try it free today",
           "Sign up for free", "Sign up free", "Sign up today", "Sign up now", "Sign up here", "Subscribe now",
           "Subscribe today", "Subscribe here", "Join now", "Join today", "Join us today", "Join for free",
           "Join the Facebook group", "Join our Facebook group", "Join our Facebook community", "Join our community",
           "Join the community", "Learn more here", "Find out more here", "Click here to learn more",
           "Click here to subscribe", "Click here to sign up", "Book a demo", "Book a free demo", "Request a demo",
           "Schedule a demo", "Book a free consultation", "Schedule a free consultation", "Contact us today",
           "Get in touch today", "Get a free quote", "Request a quote", "Request a free quote", "Stay connected with us",
           "Stay connected with me", "Let's stay connected", "Stay in touch with us", "Keep in touch with us",
           "Don't miss out", "Download now", "Download for free", "Shop now"),
    "de": ("Jetzt starten", "Jetzt loslegen", "Jetzt kostenlos testen", "Kostenlos testen", "Jetzt kostenlos registrieren",
           "Kostenlos registrieren", "Jetzt registrieren", "Jetzt anmelden", "Jetzt abonnieren", "Jetzt Mitglied werden",
           "Demo anfordern", "Jetzt Demo anfordern", "Angebot anfordern", "Jetzt Angebot anfordern",
           "Kontaktieren Sie uns noch heute", "Bleiben Sie auf dem Laufenden", "Bleib auf dem Laufenden",
           "Bleiben Sie informiert", "Bleiben Sie mit uns in Verbindung", "Tritt unserer Facebook-Gruppe bei",
           "Treten Sie unserer Facebook-Gruppe bei", "Werde Teil unserer Community", "Werden Sie Teil unserer Community",
           "Hier mehr erfahren", "Jetzt mehr erfahren"),
    "fr": ("Commencez dès aujourd'hui", "Commencez maintenant", "Essayez gratuitement", "Inscrivez-vous gratuitement",
           "Inscrivez-vous dès maintenant", "Inscrivez-vous maintenant", "Abonnez-vous maintenant",
           "Abonnez-vous dès maintenant", "Restez informés", "Restez informé", "Restons en contact",
           "Rejoignez notre groupe Facebook", "Rejoignez notre communauté", "Demandez une démo", "Demander une démo",
           "Demandez un devis", "Demander un devis", "Contactez-nous dès aujourd'hui", "En savoir plus ici"),
    "es": ("Empieza hoy", "Empieza ahora", "Comienza hoy", "Comienza ahora", "Pruébalo gratis", "Prueba gratis",
           "Regístrate gratis", "Regístrate ahora", "Suscríbete ahora", "Suscríbete gratis", "Mantente informado",
           "Únete a nuestro grupo de Facebook", "Únete a nuestra comunidad", "Solicita una demo", "Solicitar demo",
           "Solicita un presupuesto", "Solicitar presupuesto", "Contáctanos hoy", "Más información aquí"),
    "it": ("Inizia oggi", "Inizia ora", "Inizia subito", "Provalo gratis", "Prova gratis", "Registrati gratis",
           "Registrati gratuitamente", "Registrati ora", "Iscriviti ora", "Iscriviti gratis", "Resta aggiornato",
           "Rimani aggiornato", "Rimani in contatto con noi", "Unisciti al nostro gruppo Facebook",
           "Unisciti alla nostra community", "Richiedi una demo", "Richiedi un preventivo", "Contattaci oggi",
           "Scopri di più qui"),
    "pt": ("Comece hoje", "Comece agora", "Comece já", "Experimente grátis", "Teste grátis", "Cadastre-se grátis",
           "Cadastre-se agora", "Inscreva-se grátis", "Inscreva-se agora", "Assine agora", "Assine já",
           "Fique por dentro", "Fique atualizado", "Entre no nosso grupo do Facebook", "Junte-se à nossa comunidade",
           "Solicite uma demonstração", "Peça um orçamento", "Solicite um orçamento", "Fale com um especialista",
           "Saiba mais aqui"),
    "nl": ("Begin vandaag", "Begin nu", "Probeer het gratis", "Probeer gratis", "Meld je gratis aan", "Meld je nu aan",
           "Schrijf je nu in", "Abonneer nu", "Blijf op de hoogte", "Word lid van onze Facebookgroep",
           "Word lid van onze community", "Vraag een demo aan", "Vraag een offerte aan", "Neem vandaag nog contact op",
           "Lees hier meer"),
    "pl": ("Zacznij już dziś", "Zacznij teraz", "Wypróbuj za darmo", "Wypróbuj bezpłatnie", "Zarejestruj się za darmo",
           "Zarejestruj się teraz", "Zapisz się teraz", "Subskrybuj teraz", "Bądź na bieżąco", "Bądźmy w kontakcie",
           "Dołącz do naszej grupy na Facebooku", "Dołącz do naszej społeczności", "Poproś o demo",
           "Poproś o wycenę", "Skontaktuj się z nami już dziś", "Dowiedz się więcej tutaj"),
    "ru": ("Начните сегодня", "Начните прямо сейчас", "Попробуйте бесплатно", "Зарегистрируйтесь бесплатно",
           "Зарегистрируйтесь сейчас", "Подпишитесь сейчас", "Будьте в курсе", "Оставайтесь на связи",
           "Присоединяйтесь к нашей группе в Facebook", "Присоединяйтесь к нашему сообществу", "Запросите демо",
           "Свяжитесь с нами сегодня", "Узнайте больше здесь"),
}
