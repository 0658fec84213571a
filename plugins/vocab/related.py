"""Related, recommended and most-read lists: their headings and one-line references."""
from __future__ import annotations

from . import Table

#: Whole-line headings of a related/recommended/popular list.
HEADINGS: Table = {
    "de": ("Ähnliche Beiträge", "Ähnliche Artikel", "Ähnliche Themen", "Das könnte Sie auch interessieren",
           "Das könnte dich auch interessieren", "Das könnte Sie interessieren", "Mehr zum Thema", "Zum Thema",
           "Passend zum Thema", "Lesen Sie auch", "Lesen Sie mehr", "Lies auch", "Auch interessant",
           "Weitere Artikel", "Weitere Nachrichten", "Weitere Meldungen", "Weitere Themen", "Meistgelesen",
           "Meistgelesene Artikel", "Meist gelesen", "Verwandte Artikel", "Verwandte Themen", "Empfohlene Artikel",
           "Beliebte Artikel", "Top-Artikel", "Unsere Empfehlungen", "Neueste Artikel",
           "Mehr Nachrichten", "Lest auch", "Weitere Videos", "Mehr Videos", "Schlagwörter zu diesem Artikel", "Schlagwörter", "Schlagworte", "Stichwörter", "Mehr zu diesen Themen"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "À lire également", "Lire également", "Sur le même sujet",
           "Sur le même thème", "Articles similaires", "Articles liés", "Articles connexes", "Les plus lus",
           "Les plus populaires", "Les plus partagés", "Vous aimerez aussi", "Vous aimerez peut-être",
           "Vous pourriez aimer", "À découvrir", "À découvrir aussi", "Voir aussi", "Dans la même rubrique",
           "À voir aussi", "Nos articles", "Articles recommandés", "Derniers articles", "Mots-clés", "Sujets associés", "Plus de vidéos"),
    "es": ("Leer más", "Lea también", "Lee también", "Te puede interesar", "Le puede interesar",
           "También te puede interesar", "Quizás te interese", "Te recomendamos", "Noticias relacionadas",
           "Artículos relacionados", "Contenido relacionado", "Lo más leído",
           "Más leídas", "Más leídos", "Lo más visto", "Más noticias", "Ver también", "Recomendados",
           "Últimas noticias", "Sigue leyendo", "Etiquetas", "Temas relacionados", "Más vídeos",
           "Noticia relacionada", "Para saber más"),
    "it": ("Leggi anche", "Leggi pure", "Potrebbe interessarti", "Ti potrebbe interessare", "Potrebbe interessarti anche",
           "Articoli correlati", "Notizie correlate", "I più letti", "Più letti", "Più lette",
           "Altre notizie", "Vedi anche", "Ti consigliamo", "Consigliati per te", "Ultime notizie", "Leggi di più", "Argomenti", "Tag", "Altri video"),
    "pt": ("Leia também", "Leia mais", "Veja também", "Veja mais", "Saiba mais", "Notícias relacionadas",
           "Artigos relacionados", "Matérias relacionadas", "Conteúdo relacionado", "Relacionadas",
           "Mais lidas", "Mais lidos", "Mais vistos", "Você pode gostar", "Você também pode gostar",
           "Recomendados para você", "Últimas notícias", "Mais notícias", "Tags relacionadas", "Mais vídeos"),
    "pl": ("Czytaj też", "Czytaj także", "Czytaj również", "Czytaj więcej", "Przeczytaj też", "Przeczytaj także",
           "Zobacz też", "Zobacz także", "Zobacz również", "Polecamy", "Polecane artykuły",
           "Najczęściej czytane", "Najpopularniejsze", "Powiązane artykuły", "Podobne artykuły",
           "Więcej artykułów", "Może cię zainteresować", "Inne artykuły", "Tagi", "Więcej wideo"),
    "ru": ("Читайте также", "Читайте еще", "Читайте ещё", "Смотрите также", "Похожие статьи", "Похожие новости",
           "Другие новости", "Самое читаемое", "Самое популярное", "Популярное", "Популярные статьи",
           "Новости по теме", "Материалы по теме", "Статьи по теме", "По теме", "Рекомендуем", "Рекомендуем прочитать",
           "Вам может быть интересно", "Вам также может понравиться", "Последние новости", "Теги", "Метки", "Другие видео"),
    "ja": ("関連記事", "関連ニュース", "関連リンク", "関連情報", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ",
           "おすすめ記事", "オススメ記事", "人気記事", "人気の記事", "人気記事ランキング", "アクセスランキング",
           "最新記事", "新着記事", "こんな記事も読まれています", "この記事を読んだ人はこんな記事も読んでいます",
           "注目記事", "よく読まれている記事", "前回の記事", "次の記事", "前の記事", "タグ", "関連キーワード", "おすすめ情報", "新着情報"),
    "nl": ("Lees ook", "Lees meer", "Bekijk ook", "Gerelateerde artikelen", "Gerelateerd", "Meest gelezen",
           "Meer nieuws", "Ook interessant", "Aanbevolen", "Laatste nieuws", "Meer over dit onderwerp", "Trefwoorden", "Meer video's"),
    "tr": ("İlgili Haberler", "İlgili haber", "Benzer Haberler", "Bunlar da ilginizi çekebilir",
           "İlginizi çekebilir", "Çok Okunanlar", "En Çok Okunanlar", "Öne Çıkanlar",
           "Son Haberler", "Diğer Haberler", "Daha fazla haber", "Önerilen Haberler", "Etiketler", "Anahtar Kelimeler"),
    "id": ("Baca juga", "Berita Terkait", "Artikel Terkait", "Terpopuler", "Berita Terpopuler",
           "Berita Lainnya", "Artikel Lainnya", "Rekomendasi", "Rekomendasi untuk Anda", "Berita Terbaru",
           "Paling Banyak Dibaca", "Simak juga", "Lihat juga", "Pilihan Redaksi", "Tag Terkait", "Topik Terkait", "Video Terkait"),
    "ar": ("اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "إقرأ أيضاً", "مقالات ذات صلة", "أخبار ذات صلة",
           "موضوعات ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "اخترنا لك", "شاهد أيضا", "شاهد أيضاً", "آخر الأخبار",
           "أخبار متعلقة", "قد يعجبك أيضا", "قد يهمك أيضا", "قد يهمك", "الوسوم", "كلمات مفتاحية"),
    "hi": ("ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें", "सबसे ज्यादा पढ़ी गई",
           "और पढ़ें", "लेटेस्ट खबरें", "ताज़ा खबरें"),
    "ur": ("مزید پڑھیں", "متعلقہ خبریں", "متعلقہ عنوان", "متعلقہ مضامین", "یہ بھی پڑھیں",
           "اس وقت سب سے زیادہ پڑھی جانے والی خبریں", "سب سے زیادہ پڑھی جانے والی خبریں", "تازہ ترین خبریں"),
    "en": ("Tags", "Topics", "Keywords", "More videos", "Related tags"),
    "sv": ("Läs också", "Läs även", "Läs mer", "Mest läst", "Relaterade artiklar", "Fler nyheter", "Senaste nytt"),
    "no": ("Les også", "Les mer", "Mest lest", "Relaterte saker", "Flere nyheter", "Siste nytt"),
    "da": ("Læs også", "Læs mere", "Mest læste", "Relaterede artikler", "Flere nyheder", "Seneste nyt"),
    "cs": ("Čtěte také", "Čtěte též", "Související", "Související články", "Nejčtenější", "Další zprávy"),
    "ko": ("관련기사", "관련 기사", "이 기사와 관련된 기사", "많이 본 뉴스", "많이 본 기사", "추천 기사", "당신이 관심 있을 만한 이슈"),
    "lt": ("Taip pat skaitykite", "Susiję straipsniai", "Skaitomiausi"),
    "el": ("Διαβάστε επίσης", "Διαβάστε ακόμη", "Διαβάστε ακόμα", "Δείτε επίσης", "Δείτε ακόμη", "Σχετικά άρθρα",
           "Σχετικές ειδήσεις", "Δημοφιλή", "Τα πιο δημοφιλή", "Τελευταία νέα", "Περισσότερα νέα"),
}

#: Labels that open a one-line reference, before a colon: ``Lire aussi : …``.
INLINE_LABELS: Table = {
    "de": ("Lesen Sie auch", "Lesen Sie mehr", "Lies auch", "Auch interessant", "Mehr zum Thema", "Zum Thema",
           "Lesen Sie dazu", "Siehe auch", "Lest auch"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également", "Voir aussi",
           "À voir aussi", "Lire la suite"),
    "es": ("Leer más", "Lea también", "Lee también", "Te puede interesar", "Le puede interesar", "Ver también",
           "Quizás te interese"),
    "it": ("Leggi anche", "Leggi pure", "Potrebbe interessarti", "Vedi anche", "Guarda anche"),
    "pt": ("Leia também", "Leia mais", "Veja também", "Saiba mais", "Assista"),
    "pl": ("Czytaj też", "Czytaj także", "Czytaj również", "Czytaj więcej", "Przeczytaj też", "Przeczytaj także",
           "Zobacz też", "Zobacz także", "Zobacz również", "Zobacz wideo", "Zobacz", "Polecamy"),
    "ru": ("Читайте также", "Читайте еще", "Читайте ещё", "Смотрите также", "По теме", "Смотрите видео"),
    "ja": ("関連記事", "関連", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "前回の記事", "次の記事"),
    "nl": ("Lees ook", "Lees meer", "Bekijk ook", "Ook interessant"),
    "tr": ("İlgili Haber", "Ayrıca bakınız", "Bunu da okuyun"),
    "id": ("Baca juga", "Simak juga", "Lihat juga", "Baca selengkapnya", "Berita terkait", "Selanjutnya"),
    "ar": ("اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "إقرأ أيضاً", "شاهد أيضا", "شاهد أيضاً", "اقرأ المزيد"),
    "hi": ("ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें"),
    "ur": ("مزید پڑھیں", "یہ بھی پڑھیں"),
    "sv": ("Läs också", "Läs även", "Läs mer"),
    "no": ("Les også", "Les mer"),
    "da": ("Læs også", "Læs mere"),
    "cs": ("Čtěte také", "Čtěte též", "Související"),
    "ko": ("관련기사", "관련 기사"),
    "lt": ("Taip pat skaitykite",),
    "el": ("Διαβάστε επίσης", "Διαβάστε ακόμη", "Διαβάστε ακόμα", "Δείτε επίσης", "Δείτε ακόμη"),
}

#: Heading patterns that name a section or site (``Mehr aus Politik``); regexes, each
#: opening with a literal word (listed in :data:`HEADING_PATTERN_STARTS`).
HEADING_PATTERNS: Table = {
    "de": (r"mehr (?:aus|von|zu|zum|zur|über) [^.!?;]{1,40}", r"weitere (?:artikel|nachrichten|meldungen) (?:aus|von|zu|zum|zur) [^.!?;]{1,40}"),
    "fr": (r"plus (?:de|d'|sur) [^.!?;]{1,40}", r"(?:autres|d'autres) articles [^.!?;]{1,40}"),
    "es": (r"más (?:de|sobre|noticias de) [^.!?;]{1,40}",),
    "it": (r"altr[oei] (?:da|su|di|notizie di) [^.!?;]{1,40}",),
    "pt": (r"mais (?:de|sobre|notícias de) [^.!?;]{1,40}",),
    "pl": (r"więcej (?:z|o|na temat|artykułów) [^.!?;]{1,40}",),
    "ru": (r"(?:ещё|еще|больше) (?:из|о|по|новостей) [^.!?;]{1,40}", r"другие новости [^.!?;]{1,40}"),
    "nl": (r"meer (?:over|van|uit|nieuws over) [^.!?;]{1,40}",),
}
#: How the patterns above begin (lower case; a test checks).
HEADING_PATTERN_STARTS = ("mehr", "weitere", "plus", "autres", "d'autres", "más", "altr", "mais", "więcej",
                          "ещё", "еще", "больше", "другие", "meer")

#: "See all" links that may trail a list heading (``Lire aussi  Voir tout``).
MORE_LINKS: Table = {
    "de": ("Alle anzeigen", "Mehr", "Alle Artikel"), "fr": ("Voir tout", "Voir plus", "Tout voir"),
    "es": ("Ver todo", "Ver más", "Ver todos"), "it": ("Vedi tutti", "Vedi tutto", "Altro"),
    "pt": ("Ver tudo", "Ver mais", "Ver todos"), "pl": ("Zobacz wszystkie", "Więcej"),
    "ru": ("Смотреть все", "Все новости", "Ещё", "Еще"), "ja": ("もっと見る", "一覧へ", "一覧を見る"),
    "nl": ("Bekijk alles", "Meer"), "tr": ("Tümünü gör", "Tümü", "Daha fazla"), "id": ("Lihat semua", "Selengkapnya"),
    "ar": ("عرض الكل", "المزيد"),
}

#: Headings an article gives its OWN reading or reference list (an encyclopedia's "See also", a
#: blog's "Further reading"). They are also related headings; inside the article's flow (body
#: above them in the same container, and the article going on after the list or the items
#: written as references) the list is the article's, and it is kept.
REFERENCE_HEADINGS: Table = {
    "en": ("See also", "Further reading", "Further readings", "Additional reading", "Suggested reading",
           "Recommended reading", "Bibliography", "References", "Sources", "External links", "Notes"),
    "de": ("Siehe auch", "Weiterführende Literatur", "Weiterführende Links", "Literatur", "Weblinks",
           "Einzelnachweise", "Quellen"),
    "fr": ("Voir aussi", "Pour aller plus loin", "Lectures complémentaires", "Bibliographie", "Liens externes"),
    "es": ("Véase también", "Ver también", "Lecturas adicionales", "Lectura adicional", "Bibliografía",
           "Enlaces externos"),
    "it": ("Vedi anche", "Voci correlate", "Letture di approfondimento", "Bibliografia", "Collegamenti esterni"),
    "pt": ("Ver também", "Veja também", "Leitura adicional", "Leituras adicionais", "Bibliografia",
           "Ligações externas"),
    "pl": ("Zobacz też", "Zobacz także", "Bibliografia", "Literatura", "Linki zewnętrzne"),
    "ru": ("См. также", "Смотрите также", "Литература", "Ссылки"),
    "nl": ("Zie ook", "Verder lezen", "Literatuur", "Externe links"),
    "sv": ("Se även", "Vidare läsning", "Litteratur", "Externa länkar"),
    "no": ("Se også", "Videre lesning", "Litteratur", "Eksterne lenker"),
    "da": ("Se også", "Yderligere læsning", "Litteratur", "Eksterne henvisninger"),
    "cs": ("Související články", "Literatura", "Externí odkazy"),
    "tr": ("Ayrıca bakınız", "Kaynakça", "Dış bağlantılar"),
    "ja": ("関連項目", "参考文献", "外部リンク"),
    "zh": ("参见", "参考文献", "外部链接"),
}
