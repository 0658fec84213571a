"""Comment-policy text and comment calls inside the article."""
from __future__ import annotations

from . import Table

#: Phrases that open a comment form's consent line, which may run long ("By clicking and submitting a
#: comment I acknowledge the ... Privacy Policy and agree to ... Terms of Use ..."): a policy line too,
#: read up to ``inbody.comment_lines.CONSENT_MAX_CHARS``.
CONSENT: Table = {
    "en": ("By clicking and submitting a comment", "By clicking submit, I acknowledge", "By submitting a comment",
           "By submitting your comment", "By submitting this comment", "By posting a comment", "By posting your comment",
           "By posting this comment", "By leaving a comment", "By commenting, you agree", "By commenting you agree",
           "By using this form you agree with the storage", "By using this comment form"),
    "de": ("Mit dem Absenden des Kommentars", "Mit dem Absenden Ihres Kommentars", "Mit dem Absenden deines Kommentars",
           "Mit dem Abschicken des Kommentars", "Mit der Nutzung dieses Formulars erklärst du dich",
           "Mit der Nutzung dieses Formulars erklären Sie sich", "Mit dem Kommentieren akzeptieren Sie"),
    "fr": ("En soumettant un commentaire", "En soumettant votre commentaire", "En publiant un commentaire",
           "En publiant votre commentaire", "En utilisant ce formulaire, vous acceptez"),
    "es": ("Al enviar un comentario", "Al enviar tu comentario", "Al enviar su comentario", "Al publicar un comentario",
           "Al publicar tu comentario", "Al utilizar este formulario aceptas"),
    "it": ("Inviando un commento", "Inviando il commento", "Pubblicando un commento",
           "Utilizzando questo modulo accetti"),
    "pl": ("Dodając komentarz", "Wysyłając komentarz", "Publikując komentarz"),
    "ru": ("Отправляя комментарий", "Оставляя комментарий", "Публикуя комментарий"),
    "zh": ("发表评论即表示", "提交评论即表示", "发表评论即视为"),
}

#: Phrases that open a comment-policy or comment-call line.
POLICY: Table = {
    "en": ("Comments are moderated", "Comments are closed", "Comments have been closed", "Commenting is closed",
           "Commenting has been disabled", "Comments for this article have been closed",
           "Please read our comment policy", "Read our comment policy", "Read our community guidelines",
           "Please read our community guidelines", "Our comment policy", "Comment policy", "We welcome comments",
           "Join the conversation", "Join the discussion", "Leave a comment", "Leave a Reply",
           "Add a comment", "Post a comment", "Write a comment", "Your email address will not be published",
           "Required fields are marked", "Save my name, email, and website in this browser",
           "Notify me of follow-up comments", "Notify me of new posts", "This site uses Akismet to reduce spam",
           "You must be logged in to post a comment", "Log in to comment",
           "Sign in to comment", "Please log in to comment", "To comment, please", "Comments are subject to",
           "Fill in your details below or click an icon to log in", "Enter your comment here",
           # a closed or empty comment section, a log-in call (precision15)
           "The comments to this entry are closed", "Comments to this entry are closed",
           "No comments have so far been submitted", "Be the first to comment", "Be the first to leave a comment",
           "You must be logged in to leave a comment", "You must be logged in to comment",
           # a blog theme's comment-form note listing the markup a comment may hold (peers21)
           "You may use these HTML tags and attributes", "You can use these HTML tags and attributes",
           "XHTML: You can use these tags",
           # a blog platform's comment-form status notes, left in the page by its script (dump50)
           "This is only a preview. Your comment", "Your comment has not yet been posted",
           "Your comment could not be posted", "Your comment has been saved", "Your comment has been posted",
           "Your comment is awaiting moderation", "Your comment is awaiting approval",
           "As a final step before posting your comment"),
    "zh": ("网友评论仅供网友表达个人看法", "网友评论仅供其表达个人看法", "评论已关闭", "文明上网理性发言", "文明上网，理性发言",
           "发表评论", "我要评论", "我来说两句", "登录后才能评论", "请登录后发表评论", "评论仅代表网友个人观点",
           "您可以使用这些HTML标签和属性", "您可以使用这些 HTML 标签和属性", "你可以使用这些HTML标签和属性"),
    "de": ("Kommentare sind geschlossen", "Die Kommentarfunktion ist geschlossen", "Die Kommentarfunktion wurde geschlossen",
           "Die Kommentarfunktion ist deaktiviert", "Kommentarfunktion deaktiviert", "Die Kommentare sind geschlossen",
           "Kommentare werden moderiert", "Diskutieren Sie mit", "Kommentar schreiben", "Schreiben Sie einen Kommentar",
           "Bitte beachten Sie unsere Netiquette", "Bitte beachten Sie unsere Kommentarregeln", "Netiquette",
           "Ihre E-Mail-Adresse wird nicht veröffentlicht", "Deine E-Mail-Adresse wird nicht veröffentlicht",
           "Erforderliche Felder sind mit", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser",
           "Meinen Namen, E-Mail und Website in diesem Browser", "Benachrichtige mich über nachfolgende Kommentare",
           "Benachrichtige mich über neue Beiträge", "Diese Website verwendet Akismet", "Diese Seite verwendet Akismet",
           "Hinterlasse einen Kommentar", "Schreibe einen Kommentar",
           "Um zu kommentieren", "Zum Kommentieren",
           "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen",
           "Gib hier deinen Kommentar ein",
           # log-in calls and the readers' comments disclaimer (precision15)
           "Um selbst Kommentare verfassen zu können", "Um Kommentare verfassen zu können", "Um einen Kommentar zu hinterlassen",
           "Um einen Kommentar zu schreiben", "Um Kommentare schreiben zu können", "Sie müssen angemeldet sein, um einen Kommentar",
           "Du musst angemeldet sein, um einen Kommentar", "Kommentare von Lesern stellen", "Leserkommentare stellen",
           "Schreiben Sie den ersten Kommentar", "Schreibe den ersten Kommentar", "Sei der Erste, der einen Kommentar",
           "Du kannst folgende HTML-Tags und -Attribute verwenden",
           "Sie können folgende HTML-Tags und -Attribute verwenden",
           # a disabled or empty comment section and its log-in call (european46)
           "Die Kommentarfunktion wurde deaktiviert", "Die Kommentarfunktion ist für diesen Artikel",
           "Bitte melden Sie sich an, um zu kommentieren", "Melden Sie sich an, um zu kommentieren"),
    "fr": ("Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter",
           "Les commentaires sont fermés", "Commentaires fermés", "Les commentaires sont modérés", "Laisser un commentaire",
           "Ajouter un commentaire", "Écrire un commentaire", "Votre adresse e-mail ne sera pas publiée",
           "Votre adresse de messagerie ne sera pas publiée", "Charte de modération", "Réagir à cet article", "Connectez-vous pour commenter",
           "Les champs obligatoires sont indiqués", "Laisser une réponse", "Enregistrer mon nom, mon e-mail et mon site",
           "Prévenez-moi de tous les nouveaux commentaires", "Prévenez-moi de tous les nouveaux articles",
           "Ce site utilise Akismet", "Les commentaires sont sous la responsabilité",
           "Soyez le premier à commenter", "Vous devez être connecté pour publier un commentaire",
           "Vous pouvez utiliser ces balises et attributs HTML"),
    "es": ("Introduce tus datos o haz clic en un icono para iniciar sesión",
           "Los comentarios están cerrados", "Comentarios cerrados", "Los comentarios son moderados", "Deja un comentario",
           "Dejar un comentario", "Añadir comentario", "Escribe un comentario", "Tu dirección de correo electrónico no será publicada",
           "Normas de participación", "Inicia sesión para comentar",
           "El contenido de los comentarios es la opinión", "El contenido de los comentarios es responsabilidad",
           "Los comentarios son responsabilidad", "No está permitido verter comentarios", "Recuerde que usted es responsable de todo lo que escribe", "Los campos obligatorios están marcados", "Campos obligatorios", "Deja una respuesta", "Guarda mi nombre, correo electrónico y web en este navegador",
           "Recibir un email con los siguientes comentarios", "Este sitio usa Akismet", "Acepto las condiciones de las normas de uso",
           "Sé el primero en comentar", "Debes iniciar sesión para publicar un comentario",
           "Puedes usar las siguientes etiquetas y atributos HTML", "Puede usar las siguientes etiquetas y atributos HTML"),
    "it": ("Inserisci i tuoi dati qui sotto o clicca su un'icona per effettuare l'accesso",
           "I commenti sono chiusi", "Commenti chiusi", "I commenti sono moderati", "Lascia un commento",
           "Aggiungi un commento", "Scrivi un commento", "Il tuo indirizzo email non sarà pubblicato",
           "Accedi per commentare",
           "I campi obbligatori sono contrassegnati", "Lascia una risposta",
           "Salva il mio nome, email e sito web in questo browser", "Questo sito usa Akismet", "I commenti sono sotto la responsabilità",
           "Sii il primo a commentare", "Devi essere connesso per inviare un commento",
           "Puoi usare questi tag ed attributi HTML", "Puoi usare questi tag e attributi HTML"),
    "pt": ("Preencha os seus dados abaixo ou clique em um ícone para log in",
           "Os comentários estão fechados", "Comentários encerrados", "Comentários fechados", "Deixe um comentário",
           "Deixe seu comentário", "Deixe o seu comentário", "Adicionar comentário", "Escreva um comentário",
           "O seu endereço de e-mail não será publicado", "O seu endereço de email não será publicado",
           "Seu endereço de e-mail não será publicado", "Faça login para comentar",
           "Os campos obrigatórios estão marcados", "Deixe uma resposta", "Os comentários são de responsabilidade", "Os comentários não representam a opinião",
           "Seja o primeiro a comentar", "Você precisa fazer login para publicar um comentário",
           "Você pode usar estas tags e atributos HTML", "Pode utilizar estas etiquetas e atributos HTML"),
    "pl": ("Komentarze są wyłączone", "Komentarze zostały wyłączone", "Dodaj komentarz", "Napisz komentarz",
           "Regulamin komentowania", "Twój adres e-mail nie zostanie opublikowany", "Aby dodać komentarz", "Dołącz do dyskusji",
           "Zaloguj się, aby dodać komentarz",
           "Wymagane pola są oznaczone", "Zapamiętaj moje dane w tej przeglądarce",
           "Powiadom mnie o kolejnych komentarzach", "Ta witryna wykorzystuje Akismet", "Komentarze są prywatnymi opiniami", "Dodaj odpowiedź",
           "Bądź pierwszy, który skomentuje", "Musisz się zalogować, aby móc dodać komentarz",
           "Możesz użyć następujących tagów oraz atrybutów HTML", "Komentarze są zamknięte",
           "Komentowanie jest wyłączone"),
    "ru": ("Комментарии закрыты", "Комментирование закрыто", "Комментирование отключено", "Оставить комментарий",
           "Добавить комментарий", "Написать комментарий", "Правила комментирования",
           "Ваш адрес email не будет опубликован", "Ваш e-mail не будет опубликован",
           "Чтобы оставить комментарий", "Для комментирования",
           "Обязательные поля помечены", "Комментарии пользователей не отражают",
           "Будьте первым, кто оставит комментарий", "Вы должны авторизоваться, чтобы оставить комментарий",
           "Вы можете использовать следующие HTML-теги и атрибуты"),
    "ja": ("コメントする", "コメントを書く", "コメントを投稿", "コメントは受け付けていません",
           "メールアドレスが公開されることはありません", "コメントを残す",
           "必須項目には印がついています", "コメントは承認後に表示されます", "コメントを送信"),
    "nl": ("Vul je gegevens in of klik op een icoon om in te loggen",
           "Reacties zijn gesloten", "Reageren is niet meer mogelijk", "Reageren is niet mogelijk",
           "Laat een reactie achter", "Plaats een reactie", "Schrijf een reactie", "Je e-mailadres wordt niet gepubliceerd",
           "Om te reageren",
           "Vereiste velden zijn gemarkeerd", "Geef een reactie", "Mijn naam, e-mail en site bewaren in deze browser",
           "Deze site gebruikt Akismet", "Wees de eerste om te reageren", "Je moet ingelogd zijn om een reactie te plaatsen",
           "Je kunt deze HTML tags en attributen gebruiken"),
    "tr": ("Yorumlar kapatılmıştır", "Yorumlar kapalı", "Yorum yap", "Yorum Yaz", "Yorum yazın", "Yorumlar ve Emojiler Aşağıda",
           "E-posta hesabınız yayımlanmayacak", "E-posta adresiniz yayınlanmayacak", "Yorum yapabilmek için",
           "Gerekli alanlar işaretlenmişlerdir",
           "Daha sonraki yorumlarımda kullanılması için", "Yeni yazıları e-posta ile bana bildir",
           "Bu site istenmeyenleri azaltmak için Akismet kullanıyor", "Bir yanıt yazın", "Yanıt bırakın", "Yorumlar kullanıcıların kendi görüşleridir"),
    "id": ("Komentar ditutup", "Tulis komentar", "Tinggalkan komentar", "Tinggalkan Balasan",
           "Isi komentar sepenuhnya menjadi tanggung jawab", "Alamat email Anda tidak akan dipublikasikan",
           "Untuk berkomentar", "Login untuk berkomentar",
           "Kolom yang wajib ditandai", "Simpan nama, email, dan situs web saya",
           "Situs ini menggunakan Akismet", "Berikan Komentar", "Komentar sepenuhnya menjadi tanggung jawab"),
    "ar": ("التعليقات مغلقة", "أضف تعليق", "أضف تعليقا", "أضف تعليقاً", "اترك تعليقا", "اترك تعليقاً", "اكتب تعليقا",
           "لن يتم نشر عنوان بريدك الإلكتروني", "التعليقات المنشورة لا تعبر", "التعليقات المنشورة تعبر عن",
           "جميع التعليقات المنشورة", "التعليقات لا تعبر عن رأي", "الآراء الواردة في التعليقات",
           "يرجى الالتزام بآداب الحوار", "شروط التعليق", "سياسة التعليقات", "يجب تسجيل الدخول للتعليق"),
    "hi": ("कमेंट करें", "अपनी राय दें",
           "आपका ईमेल पता प्रकाशित नहीं किया जाएगा", "आवश्यक फ़ील्ड चिह्नित हैं", "एक उत्तर दें"),
    "ur": ("تبصرہ کریں", "اپنی رائے دیں", "تبصرے بند ہیں"),
    "sv": ("Kommentarerna är stängda", "Kommentarer är avstängda", "Lämna en kommentar", "Skriv en kommentar",
           "Din e-postadress kommer inte publiceras", "Kommentarerna modereras",
           "Obligatoriska fält är märkta", "Lämna ett svar"),
    "no": ("Kommentarfeltet er stengt", "Kommentarene er stengt", "Legg igjen en kommentar", "Skriv en kommentar",
           "Din e-postadresse vil ikke bli publisert",
           "Obligatoriske felt er merket", "Legg igjen et svar"),
    "da": ("Kommentarerne er lukket", "Kommentarfeltet er lukket", "Skriv en kommentar", "Efterlad en kommentar",
           "Din e-mailadresse vil ikke blive publiceret",
           "Krævede felter er markeret", "Skriv et svar"),
    "fi": ("Kommentointi on suljettu", "Kommentit on suljettu", "Jätä kommentti", "Kirjoita kommentti",
           "Sähköpostiosoitettasi ei julkaista",
           "Pakolliset kentät on merkitty"),
    "cs": ("Diskuse je uzavřena", "Komentáře jsou uzavřeny", "Přidat komentář", "Napsat komentář",
           "Vaše e-mailová adresa nebude zveřejněna",
           "Vyžadované informace jsou označeny", "Zanechte komentář"),
    "sk": ("Diskusia je uzavretá", "Pridať komentár", "Napísať komentár", "Vaša e-mailová adresa nebude zverejnená"),
    "uk": ("Коментарі закрито", "Залишити коментар", "Додати коментар", "Написати коментар",
           "Правила коментування", "Ваша e-mail адреса не оприлюднюватиметься",
           "Обов'язкові поля позначені", "Ваша адреса електронної пошти не буде опублікована", "Коментарі користувачів не відображають"),
    "el": ("Τα σχόλια είναι κλειστά", "Αφήστε ένα σχόλιο", "Γράψτε ένα σχόλιο",
           "Η ηλ. διεύθυνση σας δεν δημοσιεύεται",
           "Τα υποχρεωτικά πεδία σημειώνονται", "Αφήστε μια απάντηση"),
    "ko": ("댓글 쓰기", "댓글을 남겨주세요", "댓글이 닫혀 있습니다",
           "이메일 주소는 공개되지 않습니다", "필수 항목은 표시되어 있습니다", "댓글 운영정책", "댓글 운영 정책", "로그인 후 댓글을 남길 수 있습니다"),
    "lv": ("Komentāri ir slēgti", "Komentēšana ir slēgta", "Pievienot komentāru", "Raksti komentāru",
           "Komentāru noteikumi"),
    "lt": ("Komentarai uždaryti", "Komentuoti negalima", "Parašykite komentarą", "Komentavimo taisyklės"),
    "et": ("Kommenteerimine on suletud", "Kommentaarid on suletud", "Lisa kommentaar", "Kommenteerimise reeglid"),
    "vi": ("Email của bạn sẽ không được hiển thị công khai", "Các trường bắt buộc được đánh dấu", "Để lại một bình luận", "Trả lời Hủy"),
    "ro": ("Adresa ta de email nu va fi publicată", "Câmpurile obligatorii sunt marcate", "Lasă un răspuns", "Lasă un comentariu"),
    "hu": ("Az e-mail címet nem tesszük közzé", "A kötelező mezőket", "Vélemény, hozzászólás?", "Szólj hozzá"),
    "th": ("อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น", "ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย", "ใส่ความเห็น", "แสดงความคิดเห็น"),
    "he": ("כתובת האימייל שלך לא תפורסם", "שדות החובה מסומנים", "כתיבת תגובה"),
    "fa": ("نشانی ایمیل شما منتشر نخواهد شد", "بخش‌های موردنیاز علامت‌گذاری شده‌اند", "دیدگاهتان را بنویسید", "ارسال دیدگاه"),
}

#: Comment buttons and links: a line that is only one of these (a sentence may open with them).
CALLS: Table = {
    "en": ("Go to comments", "Jump to comments", "Comment now", "Share what you think", "Have your say"),
    "de": ("Zu den Kommentaren", "Jetzt kommentieren", "Kommentieren", "Kommentare lesen", "Alle Kommentare anzeigen",
           "Zum Kommentarbereich", "Kommentar melden", "Kommentar verfassen"),
    "fr": ("Voir les commentaires", "Commenter", "Réagir", "Publier un nouveau commentaire"),
    "es": ("Ir a los comentarios", "Comentar"),
    "it": ("Vai ai commenti", "Commenta"),
    "pl": ("Przejdź do komentarzy", "Skomentuj"),
    "nl": ("Naar de reacties", "Reageer"),
    "sv": ("Till kommentarerna", "Kommentera"),
    "el": ("Γράψτε σχόλιο", "Προσθήκη σχολίου", "Σχολιάστε"),
}

#: The number words that open a comment-count heading (digits open one too); Turkish's
#: heading opens with the title, so its count words are looked for after it.
COUNT_WORDS: Table = {
    "en": ("one", "two", "three"), "de": ("ein", "eine", "einen", "zwei", "drei"),
    "fr": ("un", "une", "deux", "trois"), "es": ("un", "una", "dos", "tres"), "it": ("un", "uno", "una", "due", "tre"),
    "pt": ("um", "uma", "dois", "duas", "três"), "nl": ("een", "één", "twee", "drie"),
    "pl": ("jedna", "jeden", "dwa", "dwie", "trzy"), "id": ("satu", "dua", "tiga"),
    "tr": ("için", "üzerine", "hakkında"),
}

#: The heading a blog theme puts over its comments: a count, one of these and the post's
#: title in quotes (``One thought on “…”``, ``2 Gedanken zu „…“``). Regexes, matched
#: ignoring case on the whole opening of a line; a number word or digits stand first.
COUNT_HEADINGS: Table = {
    "en": (r"(?:\d+|one|two|three)\s+(?:thoughts?|responses?|comments?|repl(?:y|ies)|reactions?)\s+(?:on|to)\s+[“\"‘'«]",),
    "de": (r"(?:\d+|ein|eine|einen|zwei|drei)\s+(?:gedanken?|kommentare?|antworten?|reaktionen?|rückmeldungen?)"
           r"\s+(?:zu|auf|über)\s+[„“\"‚‘'»«]",),
    "fr": (r"(?:\d+|une?|deux|trois)\s+(?:réflexions?|commentaires?|réponses?|pensées?)\s+(?:sur|à|au sujet de)"
           r"\s+(?:l[ae]\s+|l’|l')?[«“\"‘']",),
    "es": (r"(?:\d+|un|una|dos|tres)\s+(?:comentarios?|respuestas?|pensamientos?|opiniones?)\s+(?:en|a|sobre|para)"
           r"\s+[«“\"‘']",),
    "it": (r"(?:\d+|un|uno|una|due|tre)\s+(?:commenti|commento|pensieri|pensiero|risposte|risposta)\s+(?:su|a|per)"
           r"\s+[«“\"‘']",),
    "pt": (r"(?:\d+|um|uma|dois|duas|três)\s+(?:comentários?|pensamentos?|respostas?)\s+(?:em|sobre|para)\s+[«“\"‘']",),
    "nl": (r"(?:\d+|een|één|twee|drie)\s+(?:gedachten?|reacties?)\s+(?:over|op)\s+[„“\"‘']",),
    "pl": (r"(?:\d+|jedna|jeden|dwa|dwie|trzy)\s+(?:myśli|myśl|komentarzy|komentarze|komentarz|odpowiedzi|odpowiedź|"
           r"przemyślenie|przemyślenia)\s+(?:na temat|do|dla|o)\s+[„“\"‘'«]",),
    "id": (r"(?:\d+|satu|dua|tiga)\s+(?:tanggapan|komentar|pemikiran|balasan)\s+(?:untuk|pada|di|tentang)\s+[“\"‘'«]",),
    # Turkish puts the title first: "“…” için 2 yanıt", "“…” üzerine bir düşünce" (the opening
    # quote may be stripped with the line's decoration)
    "tr": (r"[^“”\"‘’'«»\n]{1,120}[”\"’'»]\s*(?:için|üzerine|hakkında)\s+(?:\d+|bir|iki|üç)\s+(?:yanıt|yorum|düşünce)",),
}

#: The words of the heading over a comment section, alone or after a count (``Comments``,
#: ``{ 12 comments }``, ``42 Responses to …``, ``Kommentare (3)``, ``12条评论``); read by the text-dump
#: locator, which ends the article's run of lines at such a heading. SECTION_WORDS_COUNTED are
#: such words only after a count (``1 response``; a line ``Reply`` alone is a button).
#: Words that stand for a count of none before those words (``No comments yet``): the article
#: has ended there too.
SECTION_NONE_WORDS: Table = {
    "en": ("no",), "de": ("keine",), "fr": ("aucun", "aucune"), "es": ("ningún", "sin"), "it": ("nessun",),
    "pt": ("nenhum", "sem"), "nl": ("geen",),
}
SECTION_WORDS_COUNTED: Table = {
    "en": ("comment", "response", "reply", "thought", "reaction"),
    "de": ("Kommentar", "Antwort"), "fr": ("commentaire", "réponse"), "es": ("comentario", "respuesta"),
    "it": ("commento", "risposta"), "pt": ("comentário", "resposta"), "nl": ("reactie",),
    "pl": ("komentarz",), "ru": ("комментарий", "комментария"), "tr": ("yorum",),
}
SECTION_WORDS: Table = {
    "en": ("comments", "responses", "replies", "thoughts", "reactions", "reader comments"),
    "zh": ("评论", "条评论", "网友评论", "跟帖", "留言", "条留言"),
    "de": ("Kommentare", "Leserkommentare", "Reaktionen", "Antworten"),
    "fr": ("commentaires", "réactions", "réponses"),
    "es": ("comentarios", "respuestas"),
    "it": ("commenti", "risposte"),
    "pt": ("comentários", "respostas"),
    "nl": ("reacties",),
    "pl": ("komentarze", "komentarzy"),
    "ru": ("комментарии", "комментариев"),
    "ja": ("コメント", "件のコメント"),
    "ko": ("댓글",),
    "sv": ("kommentarer",), "da": ("kommentarer",), "no": ("kommentarer",),
    "tr": ("yorumlar",),
    "id": ("komentar", "tanggapan"),
    "cs": ("komentáře", "komentářů"),
}
#: The verb of a post's author line in a thread, before a colon (``by name writes:``, ``name wrote:``):
#: a post's header that shows no date (a reply folded under its parent).
POSTER_VERBS: Table = {
    "en": ("writes", "wrote"), "de": ("schreibt", "schrieb"), "fr": ("a écrit", "écrit"),
    "es": ("escribió", "escribe"), "it": ("ha scritto", "scrive"), "pt": ("escreveu", "escreve"),
    "nl": ("schreef", "schrijft"), "pl": ("napisał", "napisała", "pisze"),
    "sv": ("skrev", "skriver"), "da": ("skrev", "skriver"), "no": ("skrev", "skriver"),
    "ru": ("пишет", "написал", "написала"),
}
#: A comment box's controls as whole lines (``Options.comments`` "keep"): reply, vote, report, quote, like
#: buttons, alone or in a row with their counts (``Reply | Report``, ``Like (3)``), read by
#: ``plugins/declared/comments.py``.
COMMENT_CONTROLS: Table = {
    "en": ("reply", "replies", "report", "report abuse", "report comment", "flag", "flag as inappropriate",
           "like", "likes", "dislike", "unlike", "share", "quote", "edit", "delete", "permalink", "link",
           "recommend", "recommended", "upvote", "downvote", "vote up", "vote down", "log in to reply",
           "reply to this comment", "load more replies", "show replies", "hide replies", "view replies",
           "points", "point", "helpful", "not helpful", "agree", "disagree", "mute", "block", "follow"),
    "de": ("antworten", "antwort", "melden", "kommentar melden", "zitieren", "teilen", "gefällt mir",
           "empfehlen", "bearbeiten", "löschen", "antworten anzeigen", "zustimmen", "ablehnen"),
    "pl": ("odpowiedz", "odpowiedzi", "zgłoś", "zgłoś naruszenie", "cytuj", "lubię to", "udostępnij",
           "edytuj", "usuń"),
    "el": ("απάντηση", "απαντήστε", "αναφορά", "παράθεση", "μου αρέσει", "κοινοποίηση"),
    "ru": ("ответить", "ответы", "пожаловаться", "цитировать", "цитата", "нравится", "поделиться",
           "редактировать", "удалить"),
    "it": ("rispondi", "risposte", "segnala", "cita", "mi piace", "condividi", "modifica", "elimina"),
    "es": ("responder", "respuestas", "denunciar", "reportar", "citar", "me gusta", "compartir", "editar",
           "eliminar"),
    "fr": ("répondre", "réponses", "signaler", "citer", "j'aime", "partager", "modifier", "supprimer"),
    "zh": ("回复", "举报", "顶", "踩", "赞", "引用", "分享", "删除", "支持", "反对", "点赞"),
}
#: The verb of a comment's author line in a text dump, after the name and before a colon (``Anna says:``,
#: ``Tom wrote:``): the header a blog theme writes over each comment (read with ``POSTER_VERBS``).
SAY_VERBS: Table = {
    "en": ("says", "said"), "de": ("sagt", "meint", "sagte"), "fr": ("dit",), "es": ("dice", "dijo"),
    "it": ("dice", "ha detto"), "pt": ("disse", "diz"), "nl": ("zegt",), "pl": ("mówi", "powiedział"),
    "ru": ("говорит", "сказал"), "el": ("λέει", "είπε"), "sv": ("säger", "sa"), "da": ("siger",),
    "no": ("sier",), "tr": ("diyor",), "id": ("berkata",),
}
#: The word that opens a forum's or a news site's comment header before the name (``by Anna on <date>``,
#: ``von Anna am …``): the line above such a header is the comment's title (Slashdot-style threads).
BY_WORDS: Table = {
    "en": ("by",), "de": ("von",), "fr": ("par",), "es": ("por",), "it": ("di", "da"), "pt": ("por",),
    "nl": ("door",), "pl": ("przez",), "ru": ("от",), "el": ("από",), "sv": ("av",), "da": ("af",), "no": ("av",),
}
#: The same with a verb, which opens a blog's comment header or footer (``Posted by: Anna | <date>``, under
#: or over the comment's text): no title above it.
POSTED_BY: Table = {
    "en": ("posted by", "written by", "comment by", "submitted by"), "de": ("geschrieben von", "verfasst von"),
    "fr": ("publié par", "posté par", "écrit par"), "es": ("publicado por", "escrito por"),
    "it": ("scritto da", "pubblicato da", "inviato da"), "pt": ("postado por", "publicado por", "escrito por"),
    "nl": ("geplaatst door", "geschreven door"), "pl": ("dodane przez", "napisane przez", "autor"),
    "ru": ("автор",), "sv": ("skrivet av", "postat av"), "da": ("skrevet af",), "no": ("skrevet av",),
}
#: The words that join a comment header's name and its date (``Anna on March 3``, ``Anna am 3. März``,
#: ``Anna - 3 March``): left off the name.
HEADER_JOINERS: Table = {
    "en": ("on", "at", "posted", "posted on", "replied", "commented"), "de": ("am", "um", "schrieb am"),
    "fr": ("le", "à"), "es": ("el", "a las"), "it": ("il", "alle"), "pt": ("em", "às"), "nl": ("op", "om"),
    "pl": ("dnia", "o"), "ru": ("в",), "el": ("στις",), "sv": ("den", "kl"), "da": ("den", "kl"),
    "no": ("den", "kl"),
}
