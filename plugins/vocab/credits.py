"""Photo and image credits: the labels that open a credit line, and picture agencies."""
from __future__ import annotations

from . import Table

#: Labels that open a credit line (``Foto: dpa``, ``Crédit photo : AFP``, ``图片来源：视觉中国``).
LABELS: Table = {
    "en": ("Photo", "Photos", "Photo credit", "Photo credits", "Photograph", "Photography", "Image", "Images",
           "Image credit", "Image source", "Picture", "Pictures", "Credit", "Credits", "Illustration",
           "Pic", "Cover photo", "Featured image", "Header image", "Lead image", "Top image", "Image Credits",
           "Picture credit", "Photo illustration", "Photo source", "Main image", "Main photo", "Photographer"),
    "zh": ("图片来源", "图源", "摄影", "供图", "图片提供", "视频来源", "封面图片",
           "题图", "题图来源", "配图来源", "头图来源", "本文图片来源"),
    "de": ("Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Bildnachweis", "Fotonachweis", "Fotocredit", "Quelle Bild",
           "Titelbild", "Titelfoto", "Beitragsbild", "Illustration", "Symbolbild", "Symbolfoto", "Bildrechte",
           "Fotoquelle", "Foto/Grafik", "Fotograf", "Fotografin"),
    "fr": ("Crédit photo", "Crédits photo", "Crédit", "Crédits", "Photo", "Photos", "Image", "Illustration",
           "Crédit image", "Source image", "Photo d'illustration"),
    "es": ("Foto", "Fotos", "Fotografía", "Imagen", "Imágenes", "Crédito", "Créditos", "Crédito de la foto",
           "Fuente de la imagen", "Ilustración", "Foto de archivo"),
    "it": ("Foto", "Immagine", "Immagini", "Credito", "Crediti", "Crediti foto", "Fonte immagine", "Illustrazione",
           "Foto di archivio"),
    "pt": ("Foto", "Fotos", "Imagem", "Imagens", "Crédito", "Créditos", "Crédito da foto", "Crédito da imagem",
           "Fonte da imagem", "Ilustração", "Foto de arquivo",
           "Reprodução", "Fotografia"),
    "pl": ("Fot.", "Foto", "Zdjęcie", "Zdjęcia", "Źródło zdjęcia", "Źródło zdjęć", "Ilustracja", "Grafika"),
    "ru": ("Фото", "Фотография", "Фото из открытых источников", "Источник фото", "Изображение", "Иллюстрация",
           "Фотограф", "Коллаж"),
    "ja": ("写真", "画像", "写真提供", "画像提供", "出典", "撮影", "写真は", "イラスト", "出所"),
    "nl": ("Foto", "Foto's", "Beeld", "Afbeelding", "Fotografie", "Illustratie", "Bron foto"),
    "tr": ("Fotoğraf", "Foto", "Görsel", "Görseller", "Resim", "Fotoğraf kaynağı", "Görsel kaynağı",
           "Fotoğraflar", "Kaynak fotoğraf"),
    "id": ("Foto", "Sumber foto", "Sumber gambar", "Gambar", "Ilustrasi", "Dok.", "Dokumentasi", "Kredit foto",
           "Foto ilustrasi"),
    "ar": ("الصورة", "صورة", "الصور", "مصدر الصورة", "تصوير", "صورة أرشيفية",
           "الصورة من", "صور"),
    "hi": ("फोटो", "फ़ोटो", "तस्वीर", "सोर्स",
           "फोटो क्रेडिट", "तस्वीर साभार", "फोटो साभार"),
    "ur": ("فوٹو", "تصویر"),
    "sv": ("Foto", "Bild", "Bilder", "Fotograf"),
    "no": ("Foto", "Bilde", "Fotograf"),
    "da": ("Foto", "Billede", "Fotograf"),
    "is": ("Ljósmynd", "Mynd",
           "Ljósmyndari"),
    "cs": ("Foto", "Snímek", "Zdroj foto"),
    "ko": ("사진", "사진 출처", "사진출처", "사진 제공", "사진제공", "자료사진", "그래픽"),
    "el": ("Φωτογραφία", "Φωτογραφίες", "Φωτ.", "Φωτο",
           "Πηγή φωτογραφίας"),
    "my": ("ဓာတ်ပုံ", "ဓာတ်ပုံ မူပိုင်", "ပုံ"),
    "hu": ("Fotó", "Kép", "Forrás fotó"),
    "uk": ("Фото", "Світлина", "Ілюстрація", "Джерело фото"),
    "ro": ("Foto", "Sursa foto", "Fotografie", "Imagine"),
    "vi": ("Ảnh", "Ảnh minh họa", "Nguồn ảnh"),
    "th": ("ภาพ", "ภาพจาก", "ที่มาภาพ", "ภาพประกอบ"),
    "fi": ("Kuva", "Kuvat", "Kuvaaja"),
    "et": ("Foto", "Pildil"),
    "lv": ("Foto", "Attēls"),
    "lt": ("Nuotr.", "Nuotrauka", "Nuotraukos"),
    "hr": ("Foto", "Fotografija"),
    "sr": ("Foto", "Фото"),
    "sl": ("Foto", "Fotografija"),
    "bg": ("Снимка", "Снимки"),
    "sk": ("Foto", "Snímka"),
    "he": ("צילום", "קרדיט"),
    "fa": ("عکس", "منبع عکس"),
}

#: Source labels: a short line they open is a credit only when its value is a name, an
#: agency or an address, not a sentence (``Quelle: dpa``, ``Источник: ТАСС``, ``Source: Reuters``).
SOURCE_LABELS: Table = {
    "en": ("Source", "Sources"),
    "de": ("Quelle",),
    "fr": ("Source",),
    "es": ("Fuente",),
    "it": ("Fonte",),
    "pt": ("Fonte",),
    "pl": ("Źródło",),
    "ru": ("Источник",),
    "nl": ("Bron",),
    "sv": ("Källa",),
    "no": ("Kilde",),
    "da": ("Kilde",),
    "cs": ("Zdroj",),
    "ko": ("출처",),
    "el": ("Πηγή",),
    "tr": ("Kaynak",),
    "id": ("Sumber",),
    "ar": ("المصدر",),
    "uk": ("Джерело",),
    "hi": ("स्रोत",),
    "lv": ("Avots",),
    "lt": ("Šaltinis",),
    "fi": ("Lähde",),
    "hu": ("Forrás",),
    "ro": ("Sursa", "Sursă"),
    "et": ("Allikas",),
    "ja": ("出典", "ソース"),
    "sk": ("Zdroj",),
    "hr": ("Izvor",),
    "sr": ("Izvor", "Извор"),
    "sl": ("Vir",),
    "bg": ("Източник",),
    "vi": ("Nguồn",),
    "th": ("ที่มา",),
    "he": ("מקור",),
    "fa": ("منبع",),
    "is": ("Heimild",),
}

#: Phrases that open a credit line and are followed by a name, with no colon
#: (``Photo by Jane Doe on Unsplash``, ``Foto von …``).
LEADS: Table = {
    "en": ("Photo by", "Photos by", "Photograph by", "Photographs by", "Image by", "Photographed by", "Photo courtesy of",
           "Photograph courtesy of", "Image courtesy of",
           "Courtesy of", "Picture by",
           "Image copyright", "Picture copyright", "Image source"),
    "zh": ("图片由", "图片来自", "图片来源于", "图/", "图片/", "摄影/", "文/图"),
    "de": ("Foto von", "Fotos von", "Bild von", "Fotografiert von"),
    "fr": ("Photo de", "Photo prise par", "Photographie de"),
    "es": ("Foto de", "Foto por", "Fotografía de", "Imagen de"),
    "it": ("Foto di", "Immagine di"),
    "pt": ("Foto de", "Foto por", "Imagem de"),
    "nl": ("Foto door", "Foto van"),
    "ru": ("Фото из", "Фото с",
           "Фото автора"),
    "my": ("ဓာတ်ပုံ မူပိုင်",),
    "sv": ("Foto av",),
    "no": ("Foto av",),
    "da": ("Foto af",),
    "pl": ("Zdjęcie autorstwa",),
    "id": ("Foto oleh",),
}

#: Staff credits that open a line (``Reporting by …; Editing by …``, ``Redaktion: …``,
#: ``Penulis: … | Editor: …``); the colon, where a language writes one, is part of the term.
STAFF: Table = {
    "en": ("Reporting by", "Additional reporting by", "Editing by", "Writing by", "Compiled by", "Edited by",
           "Graphics by", "Research by", "With reporting by", "With additional reporting by"),
    "zh": ("责任编辑：", "责编：", "编辑：", "校对：", "审核：", "实习编辑：", "文字编辑：", "美术编辑："),
    "de": ("Redaktion:", "Mitarbeit:", "Recherche:", "Produktion:", "Infografik:", "Grafik:", "Bildrechte:", "Rechte:",
           "Bearbeitung:", "Schlussredaktion:"),
    "fr": ("Rédaction :", "Rédaction:", "Édition :", "Édition:", "Propos recueillis par"),
    "es": ("Redacción:", "Edición:", "Edición por"),
    "it": ("Redazione:", "Testo di", "A cura di"),
    "pt": ("Redação:", "Edição:", "Reportagem:"),
    "pl": ("Redakcja:", "Opracowanie:", "Oprac."),
    "ru": ("Редакция:", "Автор фото:", "Редактор:"),
    "ja": ("編集：", "取材・文：", "構成：", "撮影：", "文・写真："),
    "nl": ("Redactie:", "Eindredactie:"),
    "tr": ("Editör:", "Derleyen:", "Haber Merkezi"),
    "id": ("Penulis:", "Editor:", "Reporter:", "Pewarta:", "Penyunting:", "Redaktur:", "Sumber:"),
    "ar": ("تحرير:", "إعداد:"),
}

#: Picture agencies and libraries: a short line made only of names and these is a credit
#: (``REUTERS/John Smith``, ``© Getty Images``, ``Michael Kappeler/dpa``).
AGENCIES = (
    "Getty Images", "Getty", "AFP", "AFP/Getty Images", "Reuters", "AP", "AP Photo", "Associated Press", "dpa",
    "dpa-Zentralbild", "picture alliance", "picture-alliance", "EPA", "EPA-EFE", "EFE", "Shutterstock", "iStock",
    "iStockphoto", "Imago", "imago images", "Keystone", "ANSA", "LaPresse", "Xinhua", "新华社", "视觉中国", "IC photo",
    "东方IC", "Unsplash", "Pexels", "Pixabay", "Wikimedia Commons", "Alamy", "Bloomberg", "Sipa", "ABACA", "Anadolu",
    "Anadolu Agency", "Kyodo", "共同通信", "時事通信", "ТАСС", "TASS", "РИА Новости", "Sputnik", "Antara", "ANTARA FOTO",
    "PAP", "East News", "Agencja Gazeta", "Forum", "Corbis", "Depositphotos", "Freepik", "Adobe Stock", "NurPhoto",
    "ZUMA", "ZUMA Press", "SOPA Images", "Belga", "ANP", "Hollandse Hoogte", "DHA", "İHA", "Europa Press",
    "Agência Brasil", "Folhapress", "Estadão Conteúdo", "Fotogramma", "ullstein bild", "Westend61", "KEYSTONE",
    "Istimewa", "PA", "PA Media", "Press Association", "Kyodo News", "Yonhap", "연합뉴스", "Jiji Press",
    # Nordic, Central/Eastern European and Asian agencies
    "Ritzau", "Ritzau Scanpix", "Scanpix", "NTB", "NTB Scanpix", "TT", "TT Nyhetsbyrån", "Bildbyrån", "Lehtikuva",
    "STT",
    "ČTK", "CTK", "TASR", "MTI", "Agerpres", "Inquam Photos", "BTA", "HINA", "Pixsell", "Tanjug", "STA", "BNS", "LETA",
    "УНІАН", "UNIAN", "Укрінформ", "Ukrinform", "РИА", "Интерфакс", "Interfax", "Eurokinissi", "ΑΠΕ-ΜΠΕ", "ΑΠΕ",
    "INTIME",
    "Lusa", "Agência Lusa", "Agencia EFE", "Cordon Press", "AGI", "Adnkronos", "AA", "Anadolu Ajansı", "İHA", "IHA",
    "뉴스1", "News1", "뉴시스", "Newsis", "共同", "時事", "Jiji", "ANI", "PTI", "IANS", "Bernama", "VNA", "TTXVN",
    "رويترز", "أ ف ب", "فرانس برس", "أسوشيتد برس", "الأناضول", "وكالات",
)
#: Sources that make a credit only beside a slash or ``©`` (``Screenshot/Twitter``).
SOURCES = ("Wikipedia", "Flickr", "Instagram", "Twitter", "X", "Facebook", "YouTube", "TikTok", "Screenshot",
           "Archiv", "Archive", "Archivo", "Archivio", "Arquivo", "Privat", "Private", "Handout", "Supplied",
           "Pool", "Reproduction", "Reprodução", "Reproducción", "Social Media")

#: Class/id words (whole ``-``/``_`` parts) of credit elements.
TOKENS = ("credit", "credits", "copyright", "photocredit", "imagecredit", "photographer", "fotograf", "bildnachweis",
          "bildquelle", "courtesy", "attribution", "source-image")

#: Words that close a caption's credit naming its photographer or giver, written after the name without
#: a label (``… 있다. 고영권 기자``, ``… <이종화 기자>``, ``…霞ケ関で（潟沼義樹撮影）``, ``（警視庁提供）``);
#: read in captions only.
PHOTOGRAPHER_ENDINGS: Table = {
    "ko": ("기자", "사진기자", "제공"),
    "ja": ("撮影", "提供"),
}

#: Marks in brackets that close a picture's caption: the picture is a stock or archive one
#: (``… auf dem Dach. (Symbolbild)``, ``… (Foto de archivo)``).
PICTURE_MARKS: Table = {
    "en": ("File photo", "File picture", "Stock photo", "Stock image", "Archive photo", "Archive picture",
           "Illustrative photo", "Symbolic image"),
    "de": ("Symbolbild", "Symbolfoto", "Archivbild", "Archivfoto", "Archivaufnahme", "Symbolbild/Archiv"),
    "fr": ("Photo d'archives", "Photo d'archive", "Photo d'illustration", "Image d'illustration", "Archives"),
    "es": ("Foto de archivo", "Imagen de archivo", "Foto ilustrativa", "Imagen ilustrativa"),
    "it": ("Foto d'archivio", "Immagine d'archivio", "Foto di repertorio", "Immagine di repertorio"),
    "pt": ("Foto de arquivo", "Imagem de arquivo", "Imagem ilustrativa"),
    "pl": ("Zdjęcie ilustracyjne", "Zdjęcie archiwalne", "Fot. ilustracyjne"),
    "nl": ("Archiefbeeld", "Archieffoto", "Illustratiebeeld"),
    "ru": ("Архивное фото", "Иллюстративное фото"),
    "sv": ("Arkivbild",),
    "no": ("Arkivbilde", "Illustrasjonsbilde"),
    "da": ("Arkivfoto", "Arkivbillede"),
}

#: The button that unfolds a long caption, left at its end (``… Foto: AP Vis mer``): the
#: credits step reads the caption without it.
CAPTION_EXPANDERS: Table = {
    "en": ("Show more", "Read more", "More"), "de": ("Mehr anzeigen", "Mehr"), "no": ("Vis mer",), "da": ("Vis mere",),
    "sv": ("Visa mer",), "fr": ("Voir plus",), "es": ("Ver más",), "nl": ("Toon meer", "Lees meer"),
}
