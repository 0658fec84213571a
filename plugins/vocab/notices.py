"""Syndication, citation and broadcast notices: where an article first appeared, how to cite it,
in which programme it was aired."""
from __future__ import annotations

from . import Table

#: Phrases that open a syndication notice (``This article originally appeared on …``).
SYNDICATION: Table = {
    "en": ("This article originally appeared", "This article was originally published", "This article first appeared",
           "This article was first published", "This story originally appeared", "This story was originally published",
           "This story first appeared", "This story was first published", "This post originally appeared",
           "This post was originally published", "This piece originally appeared", "This piece was originally published",
           "This piece first appeared", "This essay originally appeared", "This interview originally appeared",
           "This column originally appeared", "A version of this article", "A version of this story",
           "An earlier version of this article appeared", "This article is republished from",
           "This article was republished from", "This article has been republished from", "This story is republished",
           "Republished with permission", "Reprinted with permission", "Republished from", "Reprinted from",
           "Originally published at", "Originally published in", "Originally published on",
           "This article is part of a partnership", "This story was produced by", "This article was produced by",
           "This content was produced by", "This content originally appeared"),
    "zh": ("本文原载于", "本文原载", "本文首发于", "本文首发", "本文转载自", "本文转自", "原文刊载于", "原文首发于",
           "本文经授权转载", "经授权转载", "原文载于", "本文刊于", "本文刊发于", "原文链接"),
    "de": ("Mit Material von", "Mit Material der", "Mit Material aus", "Mit Agenturmaterial", "Mit Informationen von",
           "Dieser Artikel erschien zuerst", "Dieser Artikel erschien ursprünglich", "Dieser Beitrag erschien zuerst",
           "Dieser Beitrag erschien ursprünglich", "Dieser Text erschien zuerst", "Dieser Text erschien ursprünglich",
           "Der Artikel erschien zuerst", "Der Beitrag erschien zuerst", "Der Text erschien zuerst",
           "Dieser Artikel ist zuerst", "Dieser Beitrag ist zuerst", "Dieser Artikel wurde zuerst",
           "Dieser Beitrag wurde zuerst", "Zuerst erschienen", "Erstmals erschienen", "Erstveröffentlichung",
           # a print view's note of where the text is online
           "Sie finden diesen Artikel im Internet", "Diesen Artikel finden Sie im Internet",
           # a press release's distribution line (``Original-Content von: Polizei X, übermittelt durch …``)
           "Original-Content von"),
    "fr": ("Cet article a été initialement publié", "Cet article a été publié initialement",
           "Cet article a été publié à l'origine", "Cet article a d'abord été publié", "Cet article est paru",
           "Cet article a initialement paru", "Cet article a été originellement publié", "Article initialement publié",
           "Initialement publié", "Publié initialement", "Cet article est republié", "Avec AFP", "Avec Reuters"),
    "es": ("Este artículo se publicó originalmente", "Este artículo fue publicado originalmente",
           "Este artículo apareció originalmente", "Este artículo se publicó por primera vez",
           "Este texto se publicó originalmente", "Este artículo fue publicado en", "Publicado originalmente en",
           "Este artículo se reproduce", "Con información de", "Esta nota fue publicada originalmente", "Esta nota se publicó originalmente"),
    "it": ("Questo articolo è stato pubblicato originariamente", "Questo articolo è stato pubblicato originalmente",
           "Questo articolo è apparso", "Questo articolo è stato pubblicato per la prima volta",
           "Articolo pubblicato originariamente", "Pubblicato originariamente", "L'articolo è stato pubblicato"),
    "pt": ("Este artigo foi publicado originalmente", "Este texto foi publicado originalmente",
           "Esta matéria foi publicada originalmente", "Este artigo foi originalmente publicado",
           "Texto publicado originalmente", "Com informações de", "Com informações da", "Com informações do", "Publicado originalmente", "Este artigo é republicado"),
    "pl": ("Artykuł ukazał się", "Tekst ukazał się", "Artykuł pierwotnie ukazał się", "Tekst pierwotnie ukazał się",
           "Artykuł został pierwotnie opublikowany", "Tekst został pierwotnie opublikowany", "Pierwotnie opublikowano"),
    "ru": ("Статья впервые опубликована", "Материал впервые опубликован", "Статья была впервые опубликована",
           "Материал был впервые опубликован", "Оригинал статьи", "Впервые опубликовано", "Перепечатано с разрешения"),
    "ja": ("初出", "転載元", "元記事はこちら", "本記事は下記の記事を転載"),
    "nl": ("Dit artikel verscheen eerder", "Dit artikel verscheen eerst", "Dit artikel verscheen oorspronkelijk",
           "Dit stuk verscheen eerder", "Dit stuk verscheen eerst", "Dit verhaal verscheen eerder",
           "Oorspronkelijk gepubliceerd", "Eerder verschenen"),
    "tr": ("Bu makale ilk olarak", "Bu haber ilk olarak", "Bu yazı ilk olarak", "Bu içerik ilk olarak",
           "İlk olarak yayımlandı"),
    "id": ("Artikel ini telah tayang di", "Artikel ini sudah tayang di", "Artikel ini telah terbit di",
           "Artikel ini sudah terbit di", "Artikel ini pertama kali", "Artikel ini telah tayang",
           "Tulisan ini pertama kali", "Artikel ini tayang di", "Artikel ini merupakan kerja sama"),
    "ar": ("نُشر هذا المقال", "نشر هذا المقال", "نُشرت هذه المقالة", "نشرت هذه المقالة", "نشر المقال أولا"),
}

#: Labels of a citation notice (``Cite this article: …``, ``Zitiervorschlag: …``).
CITATION: Table = {
    "en": ("Cite this article", "Cite this", "How to cite this article", "How to cite", "To cite this article",
           "Citation", "Suggested citation", "Cite as", "Citation information"),
    "zh": ("引用本文", "引用格式", "本文引用格式"),
    "de": ("Zitiervorschlag", "Zitierweise", "Zitieren als", "So zitieren Sie diesen Artikel"),
    "fr": ("Pour citer cet article", "Citer cet article", "Comment citer cet article", "Référence électronique"),
    "es": ("Cómo citar este artículo", "Cómo citar", "Citar este artículo", "Para citar este artículo"),
    "it": ("Come citare questo articolo", "Come citare", "Cita questo articolo", "Per citare questo articolo"),
    "pt": ("Como citar este artigo", "Como citar", "Citar este artigo", "Para citar este artigo"),
    "pl": ("Jak cytować", "Cytuj ten artykuł", "Sposób cytowania"),
    "ru": ("Как цитировать", "Ссылка для цитирования", "Цитировать статью", "Для цитирования"),
    "ja": ("この記事を引用する", "引用方法"),
    "nl": ("Citeer dit artikel", "Hoe te citeren"),
    "tr": ("Bu makaleye atıf için", "Atıf için", "Kaynak gösterimi"),
    "id": ("Cara mengutip", "Kutip artikel ini", "Sitasi"),
    "ar": ("للاستشهاد بهذا المقال", "طريقة الاستشهاد", "كيفية الاستشهاد"),
}

#: Labels of a broadcast notice: the programme a story was aired in
#: (``Dieses Thema im Programm: NDR Info | 28.04.2023 | 13:00 Uhr``, ``Sendung: …``).
BROADCAST: Table = {
    "en": ("This story was broadcast on", "As heard on", "As seen on"),
    "de": ("Dieses Thema im Programm", "Sendung", "Sendung vom", "Dieser Beitrag lief im Programm",
           "Über dieses Thema berichtete", "Über dieses Thema berichtet", "Über dieses Thema hat", "Dieses Thema im Radio"),
    "fr": ("Diffusé le", "Émission diffusée le"),
    "nl": ("Uitzending",),
}

#: Phrases that open a translation or production notice (``Aus dem Englischen von …``,
#: ``Dieser Artikel ist eine Übersetzung …``, ``Lest den Originalartikel auf Englisch``).
TRANSLATION: Table = {
    "en": ("Translated by", "Translated from the", "This article was translated", "This article has been translated",
           "Read the original article", "Read the original story", "This article was written with the help of AI",
           "This article was generated with the help of AI", "This is a machine translation", "This article is a translation",
           "This is a translated version of"),
    "de": ("Aus dem Englischen von", "Aus dem Englischen übersetzt", "Aus dem Französischen von",
           "Aus dem Französischen übersetzt", "Aus dem Spanischen von", "Aus dem Italienischen von",
           "Aus dem Russischen von", "Aus dem Amerikanischen von", "Übersetzt von", "Übersetzung:",
           "Dieser Artikel ist eine Übersetzung", "Dieser Text ist eine Übersetzung", "Dieser Artikel wurde übersetzt",
           "Dieser Text wurde übersetzt", "Dieser Artikel wurde maschinell übersetzt", "Dieser Text wurde maschinell übersetzt",
           "Lest den Originalartikel", "Lesen Sie den Originalartikel", "Hier geht es zum Originalartikel",
           "Dieser Artikel wurde mit Unterstützung von KI", "Dieser Text wurde mit Unterstützung von KI",
           "Dieser Artikel wurde mithilfe von KI", "Dieser Text wurde mithilfe von KI", "Dieser Artikel wurde mit Hilfe von KI",
           "Dies ist eine maschinelle Übersetzung", "Dies ist eine Übersetzung", "Dieser Artikel ist eine maschinelle Übersetzung",
           "Bei diesem Artikel handelt es sich um eine Übersetzung", "Bei diesem Text handelt es sich um eine Übersetzung"),
    "fr": ("Traduit de l'anglais par", "Traduit de l’anglais par", "Traduit par", "Traduction :", "Traduction de",
           "Cet article a été traduit", "Lire l'article original", "Lire l’article original"),
    "es": ("Traducido por", "Traducción de", "Traducción:", "Este artículo fue traducido", "Este artículo ha sido traducido",
           "Lee el artículo original", "Lea el artículo original"),
    "it": ("Traduzione di", "Tradotto da", "Traduzione:", "Questo articolo è stato tradotto", "Leggi l'articolo originale"),
    "pt": ("Tradução de", "Traduzido por", "Tradução:", "Este artigo foi traduzido", "Leia o artigo original"),
    "pl": ("Tłumaczenie:", "Ten artykuł został przetłumaczony", "Przeczytaj oryginalny artykuł"),
    "nl": ("Vertaald door", "Vertaling:", "Dit artikel is vertaald", "Lees het originele artikel"),
    "ru": ("Перевод:", "Читайте оригинал статьи"),
    "el": ("Μετάφραση:", "Επιμέλεια - μετάφραση:"),
}

#: Labels of a box of highlights written apart from the article and repeating it (the site's story
#: highlights, an AI-written short version), whose list goes with the label. A box labelled as the
#: article's own summary (``Das Wichtigste in Kürze``, ``In brief``, ``Summary``) is often the
#: article's text (a running story's state of play) and stays. Whole line, a colon may follow.
SUMMARY_BOXES: Table = {
    "en": ("Story highlights",),
    "no": ("Kort fortalt", "Kortversjonen"),
    "da": ("Kort fortalt",),
}
