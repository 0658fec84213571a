"""Counter widgets: view, comment and like counts, reading times."""
from __future__ import annotations

from . import Table, terms

#: Counter labels, plural and singular; a number goes before (``12 Kommentare``) or after
#: (``Kommentare (12)``, ``Просмотры: 1 234``).
LABELS: Table = {
    "de": ("Kommentare", "Kommentar", "Aufrufe", "Aufruf", "Ansichten", "Leser", "Likes", "Reaktionen"),
    "fr": ("commentaires", "commentaire", "vues", "vue", "lectures", "lecture", "réactions", "partages", "j'aime"),
    "es": ("comentarios", "comentario", "visitas", "vistas", "lecturas", "me gusta", "compartidos", "reacciones"),
    "it": ("commenti", "commento", "visualizzazioni", "letture", "mi piace", "condivisioni"),
    "pt": ("comentários", "comentário", "visualizações", "leituras", "curtidas", "compartilhamentos"),
    "pl": ("komentarze", "komentarzy", "komentarz", "wyświetlenia", "wyświetleń", "odsłony", "odsłon", "polubienia"),
    "ru": ("комментарии", "комментариев", "комментария", "комментарий", "просмотры", "просмотров", "просмотра",
           "просмотр", "лайков"),
    "ja": ("コメント", "閲覧数", "ビュー", "いいね数"),
    "nl": ("reacties", "reactie", "weergaven", "keer bekeken", "views"),
    "tr": ("yorum", "yorumlar", "görüntülenme", "okunma", "beğeni"),
    "id": ("komentar", "dilihat", "dibaca", "kali dibaca", "views"),
    "ar": ("تعليقات", "تعليق", "مشاهدة", "مشاهدات", "قراءة"),
    "sv": ("kommentarer", "kommentar"),
    "da": ("kommentarer", "kommentar"),
    "no": ("kommentarer", "kommentar"),
    "cs": ("komentáře", "komentářů", "komentář"),
    "ro": ("comentarii", "comentariu"),
}

#: A forum member's counts beside each of their posts, as labels before a number (``Posts: 386``,
#: ``Reaction score: 56``, ``Beiträge: 2.317``) or after it (``1,204 messages``); a line made only of
#: them is a counter line, and such a label alone on a line with the number alone on the next (a
#: profile box's term and value) goes with it. Not bare counter labels: alone, they stay.
MEMBER_STATS: Table = {
    "en": ("posts", "messages", "threads", "topics", "reaction score", "reactions received", "likes received",
           "points", "reputation", "karma", "solutions", "trophy points", "thanks received"),
    "de": ("Beiträge", "Themen", "Nachrichten", "Reaktionspunkte", "Erhaltene Likes", "Punkte", "Lösungen",
           "Danke erhalten", "Renommee"),
    "fr": ("messages", "sujets", "points", "réputation", "réactions"),
    "es": ("mensajes", "temas", "puntos", "reputación", "reacciones"),
    "it": ("messaggi", "discussioni", "punti", "reputazione", "reazioni"),
    "pt": ("mensagens", "tópicos", "pontos", "reputação", "reações"),
    "pl": ("posty", "postów", "wiadomości", "tematy", "punkty", "reputacja"),
    "ru": ("сообщения", "сообщений", "темы", "репутация", "баллы"),
    "nl": ("berichten", "onderwerpen", "punten", "reputatie"),
    "zh": ("帖子", "积分", "精华"),
}

#: A member's join date beside each of their posts: the label before a date (``Joined: Mar 2019``,
#: ``Registriert: 12.03.2019``, ``Mitglied seit: 2017``).
MEMBER_SINCE: Table = {
    "en": ("joined", "member since", "registered"),
    "de": ("Registriert", "Registriert seit", "Mitglied seit", "Dabei seit", "Beigetreten"),
    "fr": ("inscrit", "inscrit le", "inscription", "membre depuis"),
    "es": ("registrado", "miembro desde", "se unió"),
    "it": ("iscritto", "iscritto il", "registrato", "membro dal"),
    "pt": ("registrado", "membro desde", "registo"),
    "pl": ("dołączył", "dołączyła", "rejestracja"),
    "ru": ("регистрация", "зарегистрирован"),
    "nl": ("lid sinds", "geregistreerd"),
    "zh": ("注册时间", "注册于", "加入时间"),
}

#: Reading-time widgets, as patterns: ``5 min read``, ``Lesezeit: 3 Min.``, ``3 min de lecture``
#: (lower case; matched case-insensitively). Read by the counters plugin (a counter line) and the
#: timestamp plugin (a reading time beside a stamp) through :data:`READING_TIME_FORMS`.
READING_TIME: Table = {
    "en": (r"\d+(?:\s*(?:-|to)\s*\d+)?\s*-?\s*(?:min|mins|minute|minutes)\s+(?:read|reading|listen)",
           r"(?:reading time|read time)\s*[:：]?\s*\d+\s*(?:min|mins|minutes?)"),
    "zh": (r"(?:预计)?阅读(?:时间|时长|需要|约)?\s*[:：]?\s*(?:约)?\s*\d+\s*分钟", r"\d+\s*分钟(?:可)?读完"),
    "de": (r"(?:lesezeit|lesedauer)\s*[:：]?\s*(?:ca\.\s*)?\d+\s*(?:min\.?|minuten)",
           r"\d+\s*(?:min\.?|minuten)\s+(?:lesezeit|lesedauer)"),
    "fr": (r"temps de lecture\s*[:：]?\s*\d+\s*(?:min|minutes?)", r"\d+\s*(?:min|minutes?)\s+de lecture"),
    "es": (r"tiempo de lectura\s*[:：]?\s*\d+\s*(?:min|minutos?)", r"\d+\s*(?:min|minutos?)\s+de lectura"),
    "it": (r"tempo di lettura\s*[:：]?\s*\d+\s*(?:min|minuti|minuto)", r"\d+\s*(?:min|minuti)\s+di lettura"),
    "pt": (r"tempo de leitura\s*[:：]?\s*\d+\s*(?:min|minutos?)", r"\d+\s*(?:min|minutos?)\s+de leitura"),
    "pl": (r"czas czytania\s*[:：]?\s*\d+\s*(?:min\.?|minut[ay]?)", r"\d+\s*min\.?\s+czytania"),
    "ru": (r"время (?:на )?чтени[яе]\s*[:：]?\s*\d+\s*(?:мин\.?|минут[аы]?)", r"\d+\s*(?:мин\.?|минут[аы]?)\s+(?:на )?чтени[яе]"),
    "ja": (r"(?:この記事は)?(?:約)?(?<!\d)\d+分で読めます", r"読了時間\s*[:：]?\s*(?:約)?\d+分", r"読むのにかかる時間\s*[:：]?\s*(?:約)?\d+分"),
    "nl": (r"leestijd\s*[:：]?\s*\d+\s*(?:min\.?|minuten)", r"\d+\s*(?:min\.?|minuten)\s+leestijd"),
    "tr": (r"okuma süresi\s*[:：]?\s*\d+\s*(?:dk\.?|dakika)", r"\d+\s*(?:dk\.?|dakika)(?:lık)?\s+okuma"),
    "sv": (r"lästid\s*[:：]?\s*(?:ca\s*)?\d+\s*(?:min\.?|minuter)", r"\d+\s*(?:min\.?|minuter)\s+(?:läsning|lästid)"),
    "no": (r"lesetid\s*[:：]?\s*(?:ca\.?\s*)?\d+\s*(?:min\.?|minutter)", r"\d+\s*(?:min\.?|minutter)\s+(?:lesing|lesetid)"),
    "da": (r"læsetid\s*[:：]?\s*(?:ca\.?\s*)?\d+\s*(?:min\.?|minutter)", r"\d+\s*(?:min\.?|minutter)\s+(?:læsning|læsetid)"),
    "cs": (r"(?:doba|čas) čtení\s*[:：]?\s*\d+\s*(?:min\.?|minut[ay]?)", r"\d+\s*(?:min\.?|minut[ay]?)\s+čtení"),
    "id": (r"waktu baca\s*[:：]?\s*\d+\s*menit", r"\d+\s*menit\s+(?:baca|membaca)"),
}

#: Every form of :data:`READING_TIME` in one tuple. A form that opens with a number starts only where
#: the number starts (``(?<!\d)``): the same matches, but a long run of digits costs one attempt,
#: not one per digit.
READING_TIME_FORMS: tuple[str, ...] = tuple(
    ("(?<!\\d)" + p) if p.startswith("\\d") else p for p in terms(READING_TIME))
