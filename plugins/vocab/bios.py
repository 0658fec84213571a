"""Author bios at the end of an article: their headings and the roles they name."""
from __future__ import annotations

from . import Table

#: Whole-line headings of an author box (``About the author``, ``Über den Autor``).
HEADINGS: Table = {
    "en": ("About the author", "About the authors", "About the writer", "About the reporter", "Author bio",
           "Author biography", "Author profile", "About the contributor", "The author", "The authors",
           "About the editor"),
    "zh": ("作者简介", "作者介绍", "关于作者", "作者信息"),
    "de": ("Über den Autor", "Über die Autorin", "Über die Autoren", "Zum Autor", "Zur Autorin", "Zu den Autoren",
           "Der Autor", "Die Autorin", "Autoreninfo", "Autorenprofil",
           # gender-neutral forms (``AutorIn`` folds to ``Autorin``)
           "Über die Autor:in", "Über die Autor*in", "Über die Autor_in", "Über die Autor:innen",
           "Über die Autor*innen", "Über die Autor_innen", "Zur Autor:in", "Zur Autor*in", "Die Autor:in",
           "Die Autor*in"),
    "fr": ("À propos de l'auteur", "A propos de l'auteur", "À propos de l'autrice", "L'auteur", "L'autrice",
           "Les auteurs", "Biographie de l'auteur"),
    "es": ("Sobre el autor", "Sobre la autora", "Acerca del autor", "Acerca de la autora", "Sobre los autores",
           "El autor", "La autora"),
    "it": ("L'autore", "L'autrice", "Sull'autore", "Chi è l'autore", "Gli autori", "Informazioni sull'autore"),
    "pt": ("Sobre o autor", "Sobre a autora", "Sobre os autores", "O autor", "A autora"),
    "pl": ("O autorze", "O autorce", "O autorach", "Autor", "Autorka"),
    "ru": ("Об авторе", "Об авторах", "Автор", "Информация об авторе"),
    "ja": ("著者について", "著者プロフィール", "この記事を書いた人", "執筆者", "筆者紹介", "著者紹介", "プロフィール",
           "執筆者プロフィール", "ライター紹介"),
    "nl": ("Over de auteur", "Over de schrijver", "De auteur", "Over de auteurs"),
    "tr": ("Yazar hakkında", "Editör Hakkında", "Yazarın profili", "Muhabir Hakkında"),
    "id": ("Tentang Penulis", "Profil Penulis"),
    "ar": ("عن الكاتب", "نبذة عن الكاتب", "عن المؤلف", "نبذة عن المؤلف"),
}

#: Roles a bio line names next to the author's name (``Jane Doe is a reporter …``).
ROLES: Table = {
    "en": ("reporter", "correspondent", "editor", "writer", "journalist", "columnist", "contributor", "author of",
           "freelance", "staff writer", "is a", "covers"),
    "zh": ("记者", "编辑", "撰稿人", "专栏作家", "特约作者", "作者"),
    "de": ("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Journalist", "Journalistin", "Autor",
           "Autorin", "Reporter", "Reporterin", "schreibt", "ist"),
    "fr": ("journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur", "chroniqueuse",
           "est"),
    "es": ("periodista", "redactor", "redactora", "corresponsal", "columnista", "es"),
    "it": ("giornalista", "redattore", "redattrice", "corrispondente", "editorialista", "è"),
    "pt": ("jornalista", "repórter", "redator", "redatora", "correspondente", "colunista", "é"),
    "pl": ("dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent", "korespondentka", "publicysta",
           "publicystka", "jest"),
    "ru": ("журналист", "корреспондент", "редактор", "обозреватель", "колумнист", "автор"),
    "ja": ("記者", "編集者", "ライター", "ジャーナリスト", "編集部"),
    "nl": ("journalist", "verslaggever", "redacteur", "correspondent", "columnist", "is"),
    "tr": ("muhabir", "editör", "editörü", "gazeteci", "yazar", "muhabiri"),
    "id": ("wartawan", "jurnalis", "editor", "penulis", "redaktur", "adalah"),
    "ar": ("صحفي", "صحفية", "محرر", "محررة", "مراسل", "مراسلة", "كاتب", "كاتبة"),
}

#: The verbs among ``ROLES`` (``is a``): enough at the end of the body, where an author box stands, but no
#: role in a block opening the body (``Jane is happy …`` is the story's first line).
VERB_ROLES: Table = {
    "en": ("is a",), "de": ("ist",), "fr": ("est",), "es": ("es",), "it": ("è",), "pt": ("é",), "pl": ("jest",),
    "nl": ("is",), "id": ("adalah",),
}

#: Words that join the names of a line holding only the article's authors
#: (``Jane Doe and John Roe``, ``Trine Jørgensen og Tôrtia Johansen``).
JOINERS: Table = {
    "en": ("and", "with"), "de": ("und", "mit"), "fr": ("et", "avec"), "es": ("y", "e", "con"), "it": ("e", "con"),
    "pt": ("e", "com"), "nl": ("en", "met"), "da": ("og", "med"), "no": ("og", "med"), "sv": ("och", "med"),
    "pl": ("i", "oraz"), "ru": ("и",), "cs": ("a",), "tr": ("ve",), "id": ("dan",),
}

#: Words opening a bio's line that says since when the author works there (``Seit 2019 bei …``,
#: ``Depuis 2015 …``): under a line holding only a role (``Redakteurin``), an author box's two lines.
SINCE: Table = {
    "en": ("since",), "de": ("seit",), "fr": ("depuis",), "es": ("desde",), "it": ("dal", "dalla", "da"),
    "pt": ("desde",), "nl": ("sinds",), "pl": ("od",), "sv": ("sedan",), "da": ("siden",), "no": ("siden",),
    "cs": ("od",),
}
