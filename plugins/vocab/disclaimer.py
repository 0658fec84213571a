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
    # the reCAPTCHA notice of a form: boilerplate many sites set into articles (affiliate disclosures: AFFILIATE)
    "en": ("protected by reCAPTCHA and the Google Privacy Policy",),
    "de": ("gibt die Meinung des Autors wieder", "gibt die Meinung der Autorin wieder",
           "muss nicht der Meinung der Redaktion entsprechen", "müssen nicht der Meinung der Redaktion entsprechen",
           "gibt nicht die Meinung der Redaktion wieder", "geben nicht die Meinung der Redaktion wieder",
           "spiegelt nicht unbedingt die Meinung", "spiegeln nicht unbedingt die Meinung",
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

#: Affiliate (commission) disclosures: the site says it earns from the links or products of the
#: article (matched anywhere in a line up to the plugin's AFFILIATE_MAX_CHARS; first person or the
#: page's own links, so that a report about affiliate marketing names none of them). Every phrase
#: holds one of AFFILIATE_STEMS (lower case), the plugin's cheap first look.
AFFILIATE: Table = {
    "en": ("we may earn a commission", "we may earn an affiliate commission", "we may earn a small commission",
           "may earn a portion of sales", "we may receive a commission", "we earn a commission",
           "we may receive a small commission", "we may get a commission", "we receive a commission",
           "we may earn affiliate commission", "earn from qualifying purchases", "contains affiliate links",
           "may contain affiliate links", "this post contains affiliate links", "includes affiliate links",
           "we may earn commission", "we may earn a fee",
           # a blogger's own (first person singular), and the links named as affiliate ones
           "i may earn a commission", "i may earn a small commission", "i may receive a commission",
           "i may receive a small commission", "i earn a commission", "i may earn commission",
           "i may earn an affiliate commission", "links in this article are affiliate", "links in this post are affiliate",
           "links on this page are affiliate", "links on this site are affiliate", "we may use affiliate links",
           "we use affiliate links", "we also may use affiliate links", "we also use affiliate links", "i use affiliate links",
           "using the affiliate links", "our affiliate disclosure",
           # the site taking part in shops' programs (first person, or after its own "we may earn ... and")
           "we participate in affiliate programs", "we also participate in affiliate programs",
           "we participate in various affiliate", "and participate in affiliate programs",
           # the commission earned for the site, said in the first person plural as the object (calls46)
           "may earn us a commission", "may earn us a small commission", "might earn us a commission",
           "may earn us an affiliate commission", "earns us a commission", "earn us a small commission",
           "we might earn a commission", "we could earn a commission", "we might receive a commission",
           "we may get a small commission", "we get a small commission", "we earn a small commission"),
    "de": ("erhalten wir eine Provision", "erhalten wir ggf. eine Provision", "erhalten wir gegebenenfalls eine Provision",
           "bekommen wir eine Provision", "wir erhalten eine Provision", "wir bekommen eine Provision",
           "erhält der Verlag eine Provision", "erhalten wir eine kleine Provision", "sind Affiliate-Links",
           "enthält Affiliate-Links", "handelt es sich um Affiliate-Links", "sind Provisions-Links",
           "handelt es sich um Provisions-Links", "sind Partnerlinks", "Affiliate-Links gekennzeichnet",
           "erhalten wir möglicherweise eine Provision", "erhalten wir unter Umständen eine Provision",
           "können wir eine Provision erhalten", "bekommen wir ggf. eine Provision", "erhalten wir ggf. eine kleine Provision"),
    "fr": ("liens d'affiliation", "liens affiliés", "nous percevons une commission", "nous pouvons percevoir une commission",
           "nous touchons une commission", "nous recevons une commission", "nous pouvons recevoir une commission",
           "nous pouvons toucher une commission", "nous pourrions percevoir une commission",
           "nous pourrions toucher une commission", "nous percevons une petite commission"),
    "es": ("enlaces de afiliados", "enlaces de afiliación", "podemos recibir una comisión", "recibimos una comisión",
           "podríamos recibir una comisión", "obtenemos una comisión", "podemos obtener una comisión",
           "podemos ganar una comisión", "podríamos ganar una comisión", "recibimos una pequeña comisión",
           "podemos recibir una pequeña comisión"),
    "it": ("link di affiliazione", "link affiliati", "riceviamo una commissione", "potremmo ricevere una commissione",
           "percepiamo una commissione", "potremmo guadagnare una commissione", "possiamo ricevere una commissione",
           "riceviamo una piccola commissione", "potremmo ricevere una piccola commissione"),
    "pt": ("links de afiliados", "podemos receber uma comissão", "recebemos uma comissão", "podemos ganhar uma comissão",
           "recebemos uma pequena comissão", "podemos receber uma pequena comissão"),
    "nl": ("bevat affiliate links", "zijn affiliate links", "ontvangen wij een commissie", "ontvangen we een commissie",
           "ontvangen wij een kleine commissie", "ontvangen we een kleine commissie"),
    "pl": ("linki afiliacyjne", "otrzymujemy prowizję", "możemy otrzymać prowizję"),
    "sv": ("innehåller affiliatelänkar", "får vi provision", "kan vi få provision", "får vi en provision"),
    "no": ("inneholder affiliate-lenker", "får vi provisjon", "kan vi få provisjon", "får vi en provisjon"),
    "da": ("indeholder affiliate-links", "modtager vi provision", "modtager vi en provision", "kan vi modtage provision"),
    "ja": ("アフィリエイト広告を利用しています", "アフィリエイトプログラムを利用しています", "アフィリエイトリンクを含みます"),
}

#: Stems one of which every AFFILIATE phrase holds (lower case).
AFFILIATE_STEMS = ("affili", "commissi", "provisi", "comisi", "comiss", "prowizj", "provisjon", "afiliad",
                   "afiliac", "partnerlink", "qualifying purchases", "portion of sales", "earn a fee", "アフィリエイト")

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
