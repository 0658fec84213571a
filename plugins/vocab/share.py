"""Share and tool bars: the items a bar is made of (share, print, copy link, font size)."""
from __future__ import annotations

from . import Table

#: Items that name a share or tool bar on their own (a line made only of items, with one of these).
ITEMS: Table = {
    "de": ("Teilen", "Artikel teilen", "Beitrag teilen", "Seite teilen", "Teilen auf", "Jetzt teilen",
           "Artikel drucken", "Seite drucken", "Per E-Mail", "Per Mail", "E-Mail senden", "Link kopieren", "Artikel merken", "Artikel verschenken", "Schriftgröße", "Teilen per E-Mail",
           "Zum Merkzettel hinzufügen", "Artikel speichern", "Bei WhatsApp teilen", "Bei Facebook teilen",
           "Bei X teilen", "Bei Twitter teilen", "Per E-Mail teilen", "Per WhatsApp teilen",
           "Druckansicht", "Artikel vorlesen", "Artikel anhören", "In Pocket speichern",
           "Auf Facebook teilen", "Auf X teilen", "Auf WhatsApp teilen", "Teilen Sie diesen Artikel",
           "Teilen und weiterempfehlen", "Artikel teilen mit"),
    "fr": ("Partager", "Partager l'article", "Partager cet article", "Partager sur", "Imprimer l'article",
           "Envoyer par e-mail", "Envoyer par mail", "Copier le lien", "Lien copié",
           "Offrir l'article", "Taille du texte", "Version imprimable", "Écouter l'article",
           "Partager par e-mail"),
    "es": ("Compartir", "Compartir en", "Compartir artículo", "Enviar por correo",
           "Enviar por email", "Copiar enlace", "Enlace copiado", "Tamaño de letra", "Tamaño del texto",
           "Comparte esta noticia", "Compartir noticia", "Compartir esta noticia", "Versión para imprimir",
           "Escuchar noticia", "Escuchar artículo"),
    "it": ("Condividi", "Condividi su", "Condividi articolo", "Stampa articolo", "Invia per email",
           "Copia link", "Link copiato", "Dimensione testo", "Versione stampabile", "Ascolta l'articolo"),
    "pt": ("Compartilhar", "Compartilhe", "Partilhar", "Partilhe", "Compartilhar no", "Enviar por e-mail",
           "Copiar link", "Link copiado", "Tamanho da fonte", "Tamanho do texto",
           "Compartilhe essa publicação", "Compartilhe esta publicação", "Compartilhe este post"),
    "pl": ("Udostępnij", "Udostępnij artykuł", "Podziel się", "Kopiuj link", "Skopiuj link",
           "Skopiowano link", "Wyślij e-mailem", "Rozmiar tekstu", "Udostępnij na Facebooku",
           "Udostępnij na Twitterze"),
    "ru": ("Поделиться", "Поделитесь", "Распечатать", "Версия для печати", "Скопировать ссылку",
           "Копировать ссылку", "Ссылка скопирована", "Отправить по почте", "Размер шрифта",
           "Поделиться в Telegram"),
    "ja": ("シェア", "シェアする", "共有する", "ツイート", "印刷する", "リンクをコピー",
           "URLをコピー", "ブックマーク", "はてブ", "文字サイズ", "いいね"),
    "nl": ("Delen", "Deel dit artikel", "Delen via", "Link kopiëren", "Tekstgrootte", "Artikel voorlezen",
           "Delen op Facebook", "Deel op Facebook"),
    "tr": ("Paylaş", "Paylaşın", "Haberi paylaş", "Linki kopyala", "Bağlantıyı kopyala",
           "E-posta ile gönder", "Yazı boyutu"),
    "id": ("Bagikan", "Bagikan artikel", "Bagikan ke", "Share artikel", "Salin link", "Salin tautan",
           "Tautan disalin", "Ukuran teks"),
    "ar": ("مشاركة", "شارك المقال", "طباعة", "انسخ الرابط", "نسخ الرابط", "حجم الخط"),
    "hi": ("शेयर", "शेयर करें", "कॉपी लिंक", "लिंक कॉपी करें"),
    "ur": ("شیئر کریں",),
    "sv": ("Dela artikeln", "Dela på", "Kopiera länk", "Länk kopierad"),
    "no": ("Del artikkelen", "Del saken", "Kopier lenke", "Lenke kopiert"),
    "da": ("Del artiklen", "Kopiér link", "Kopier link", "Link kopieret"),
    "cs": ("Sdílet", "Sdílet článek", "Kopírovat odkaz"),
    "el": ("Κοινοποίηση", "Κοινοποιήστε", "Μοιραστείτε το", "Αντιγραφή συνδέσμου", "Αντιγραφή link"),
}

#: Single words that are bar items only in company (``Drucken  Merken``, ``Kommentare Drucken``), as
#: ``print``, ``save`` and ``comments`` are in English: alone on a line they may be a section name or a word.
WEAK: Table = {
    "de": ("Drucken", "Merken", "Kommentare", "Kommentar", "Vorlesen", "Anhören", "Speichern"),
    "fr": ("Imprimer", "Sauvegarder", "Commentaires", "Écouter"),
    "es": ("Imprimir", "Guardar", "Comparte", "Comentarios", "Escuchar"), "it": ("Stampa", "Salva", "Commenti", "Ascolta"),
    "pt": ("Imprimir", "Salvar", "Comentários"), "pl": ("Drukuj", "Zapisz", "Komentarze"),
    "ru": ("Печать", "Сохранить", "Комментарии"),
    "ja": ("共有", "印刷", "ポスト", "送る"),
    "nl": ("Deel", "Printen", "Afdrukken", "Mailen", "Opslaan", "Reacties", "Voorlezen"),
    "tr": ("Yazdır", "Kaydet", "Yorumlar"), "id": ("Cetak", "Simpan"), "ar": ("شارك", "حفظ"), "hi": ("प्रिंट",),
    "ur": ("شیئر", "پرنٹ"), "sv": ("Dela", "Skriv ut", "Kommentarer"), "no": ("Del", "Skriv ut", "Kommentarer"),
    "da": ("Del", "Print", "Kommentarer"),
}

#: Network names that count only in company (two of them, or beside an item above).
NETWORKS = ("xing", "vk", "vkontakte", "вконтакте", "одноклассники", "hatena", "line", "naver", "kakao",
            "kakaotalk", "wykop", "viber", "signal", "threema", "mix", "feedly",
            # the big networks as Arabic script writes them
            "فيسبوك", "تويتر", "لينكدين", "واتساب", "تلغرام", "انستغرام")
