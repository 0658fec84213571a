"""Disclaimers, reprint notices and copyright lines."""
from __future__ import annotations

from . import Table

#: Labels that open a disclaimer paragraph (``Haftungsausschluss: …``).
LABELS: Table = {
    "de": ("Haftungsausschluss", "Rechtlicher Hinweis", "Rechtliche Hinweise", "Risikohinweis", "Offenlegung",
           "Interessenkonflikt"),
    "fr": ("Avertissement", "Clause de non-responsabilité", "Avis de non-responsabilité", "Mentions légales",
           "Avertissement sur les risques"),
    "es": ("Aviso legal", "Descargo de responsabilidad", "Exención de responsabilidad", "Advertencia de riesgo"),
    "it": ("Esclusione di responsabilità", "Avvertenza", "Avvertenze", "Note legali"),
    "pt": ("Isenção de responsabilidade", "Aviso legal", "Aviso de risco"),
    "pl": ("Zastrzeżenie", "Zastrzeżenie prawne", "Nota prawna", "Wyłączenie odpowiedzialności"),
    "ru": ("Отказ от ответственности", "Дисклеймер", "Правовая информация", "Предупреждение о рисках"),
    "ja": ("免責事項", "免責", "ご注意", "注意事項"),
    "nl": ("Vrijwaring", "Disclaimer", "Juridische kennisgeving"),
    "tr": ("Yasal Uyarı", "Sorumluluk reddi", "Sorumluluk Reddi Beyanı"),
    "id": ("Penafian", "Sanggahan", "Disclaimer"),
    "ar": ("إخلاء المسؤولية", "إخلاء مسؤولية", "تنويه", "تنبيه قانوني"),
    "hi": ("अस्वीकरण", "डिस्क्लेमर"),
    "ur": ("ڈس کلیمر", "اعلان دستبرداری"),
}

#: Fixed disclaimer and reprint sentences (literal, matched anywhere in a short line).
SENTENCES: Table = {
    # affiliate disclosures and the reCAPTCHA notice of a form: boilerplate many sites set into articles
    "en": ("we may earn a commission", "we may earn an affiliate commission", "we may earn a small commission",
           "may earn a portion of sales", "we may receive a commission", "we earn a commission",
           "earn from qualifying purchases", "contains affiliate links", "may contain affiliate links",
           "protected by reCAPTCHA and the Google Privacy Policy"),
    "de": ("gibt die Meinung des Autors wieder", "gibt die Meinung der Autorin wieder",
           "muss nicht der Meinung der Redaktion entsprechen", "spiegelt nicht unbedingt die Meinung",
           "Nachdruck nur mit Genehmigung", "stellt keine Anlageberatung dar",
           "Vervielfältigung nur mit", "Alle Angaben ohne Gewähr"),
    "fr": ("n'engagent que leur auteur", "n'engagent que leurs auteurs", "n'engage que son auteur",
           "n'engage que leur auteur", "ne constitue pas un conseil en investissement", "reproduction interdite",
           "ne reflètent pas nécessairement l'opinion", "ne reflète pas nécessairement l'opinion"),
    "es": ("no se hace responsable de las opiniones", "son responsabilidad exclusiva de sus autores", "es responsabilidad exclusiva de su autor", "no constituye asesoramiento",
           "prohibida su reproducción", "queda prohibida la reproducción", "no reflejan necesariamente la opinión",
           "no refleja necesariamente la opinión"),
    "it": ("vietata la riproduzione", "non costituisce consulenza", "non rappresentano necessariamente le opinioni",
           "non riflettono necessariamente le opinioni", "non riflette necessariamente le opinioni"),
    "pt": ("proibida a reprodução", "não reflete necessariamente a opinião", "não refletem necessariamente a opinião",
           "de responsabilidade exclusiva do autor", "de responsabilidade exclusiva dos autores", "não constitui recomendação"),
    "pl": ("nie odzwierciedlają stanowiska redakcji", "nie stanowi porady", "nie stanowi rekomendacji", "redakcja nie ponosi odpowiedzialności",
           "kopiowanie i rozpowszechnianie"),
    "ru": ("мнение редакции может не совпадать", "может не совпадать с мнением редакции",
           "может не совпадать с позицией редакции", "перепечатка материалов", "при перепечатке",
           "ссылка обязательна", "ссылка на источник обязательна", "копирование запрещено", "не является инвестиционной рекомендацией"),
    "ja": ("無断転載を禁じます", "無断転載禁止", "無断複製・転載を禁じます", "無断転載・複製を禁じます",
           "投資勧誘を目的としたものではありません", "投資の勧誘を目的としたものではありません"),
    "nl": ("geeft niet noodzakelijk de mening", "geen beleggingsadvies", "overname van artikelen"),
    "tr": ("yatırım tavsiyesi değildir", "izinsiz kullanılamaz", "kaynak gösterilmeden kullanılamaz",
           "sorumluluğu yazarına aittir"),
    "id": ("tidak mencerminkan pandangan redaksi", "menjadi tanggung jawab penulis", "bukan merupakan ajakan",
           "dilarang mengambil dan/atau menayangkan"),
    "ar": ("لا تعبر عن رأي", "لا يعبر بالضرورة عن", "لا تعبر بالضرورة عن", "تعبر عن رأي كاتبها", "يمنع النسخ"),
    "hi": ("लेखक के निजी विचार हैं",),
    "ur": ("رائے سے متفق ہونا ضروری نہیں",),
}

#: "All rights reserved" and reprint bans: a short line holding one is a copyright line.
RIGHTS: Table = {
    "de": ("Alle Rechte vorbehalten",), "fr": ("Tous droits réservés", "Tous droits de reproduction réservés"),
    "es": ("Todos los derechos reservados",), "it": ("Tutti i diritti riservati", "Riproduzione riservata"),
    "pt": ("Todos os direitos reservados",), "pl": ("Wszelkie prawa zastrzeżone",), "ru": ("Все права защищены",),
    "ja": ("無断転載", "著作権"), "nl": ("Alle rechten voorbehouden",), "tr": ("Tüm hakları saklıdır", "Her hakkı saklıdır"),
    "id": ("Hak cipta dilindungi undang-undang", "Hak Cipta Dilindungi"), "ar": ("جميع الحقوق محفوظة",),
    "hi": ("सर्वाधिकार सुरक्षित",), "ur": ("جملہ حقوق محفوظ",),
}

#: Words of a notice that follows a disclaimer label alone on its line.
NOTICE_WORDS: Table = {
    "de": ("Meinung", "Autor", "Haftung", "Verantwortung", "Gewähr", "Anlage"),
    "fr": ("opinion", "auteur", "responsabilit", "conseil"), "es": ("opinión", "autor", "responsab", "asesor"),
    "it": ("opinion", "autore", "responsabilit", "consulen"), "pt": ("opinião", "autor", "responsab"),
    "pl": ("opini", "autor", "odpowiedzialno"), "ru": ("мнение", "автор", "ответственност"),
    "ja": ("著者", "責任", "見解", "投資"), "nl": ("mening", "auteur", "aansprakelijk"), "tr": ("görüş", "yazar", "sorumlu"),
    "id": ("pendapat", "penulis", "tanggung jawab"), "ar": ("رأي", "الكاتب", "مسؤولية"),
}
