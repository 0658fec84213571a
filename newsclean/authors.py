"""Author names as pages write them: roles after the name, inverted names, publishers.

Pure helpers for the plugins that read authors (``htmlmeta``, ``byline``); they know
name shapes and role words, never a site. Vocabularies are data at the top, grouped
by concept and language.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Any, Iterable

from .blocks import element_text
from .datewords import PUBLISHED_LABELS_EU, UPDATED_LABELS_EU
from .patterns import LazyPattern, LiteralGate
from .text import char_count, fold, normalize_space

#: Job titles written after a byline's name ("Howard Blume, Staff Writer",
#: "Jane Doe Senior Correspondent", glued "Jane DoeStaff Writer" when the title is a
#: separate element). Grouped by language; the longest match is taken first.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("staff writer", "senior writer", "contributing writer", "staff reporter", "senior reporter",
           "contributing editor", "senior editor", "associate editor", "managing editor", "deputy editor",
           "executive editor", "news editor", "editor-at-large", "editor at large", "editor in chief",
           "editor-in-chief", "staff", "writer", "reporter", "correspondent", "senior correspondent",
           "foreign correspondent", "chief correspondent", "columnist", "contributor", "editor", "producer",
           "special correspondent", "staff photographer", "photographer",
           # (after a plain space only when of two words or more: "Jane Doe News Reporter")
           "news reporter", "senior news reporter", "chief reporter", "political reporter", "political editor",
           "political correspondent", "sports reporter", "sports editor", "business reporter", "business editor",
           "health reporter", "crime reporter", "court reporter", "trainee reporter", "digital editor",
           "assistant editor", "content editor", "news writer", "freelance writer", "freelance journalist",
           "senior journalist", "staff journalist"),
    "de": ("redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "reporter",
           "reporterin", "chefredakteur", "chefredakteurin", "volontär", "volontärin", "journalist", "journalistin"),
    "fr": ("journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé spécial",
           "envoyée spéciale", "chroniqueur", "chroniqueuse"),
    "es": ("periodista", "corresponsal", "redactor", "redactora", "enviado especial", "enviada especial",
           "columnista"),
    "it": ("giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice"),
    "pt": ("jornalista", "correspondente", "repórter", "redator", "redatora", "colunista"),
    "nl": ("journalist", "verslaggever", "correspondent", "redacteur", "columnist"),
    "no": ("journalist", "reporter", "korrespondent", "kommentator", "redaktør"),
    "sv": ("journalist", "reporter", "korrespondent", "krönikör", "redaktör", "kolumnist"),
    "da": ("journalist", "korrespondent", "redaktør", "kommentator"),
    "pl": ("dziennikarz", "dziennikarka", "korespondent", "korespondentka", "redaktor", "redaktorka", "reporterka",
           "publicysta", "publicystka"),
    "cs": ("redaktor", "redaktorka", "zpravodaj", "zpravodajka", "reportér", "reportérka", "novinář", "novinářka"),
    "ru": ("корреспондент", "специальный корреспондент", "спецкор", "обозреватель", "журналист", "журналистка",
           "редактор", "колумнист"),
    "uk": ("кореспондент", "кореспондентка", "журналіст", "журналістка", "редактор", "редакторка", "оглядач"),
    "el": ("δημοσιογράφος", "ανταποκριτής", "ανταποκρίτρια", "συντάκτης", "συντάκτρια"),
    # (written after the name: "홍길동 기자", "홍길동 특파원")
    "ko": ("기자", "특파원", "선임기자", "수석기자", "객원기자", "인턴기자", "수습기자", "논설위원", "전문기자"),
}

#: Words joining a job title and the place the person is posted to, after the name ("Jane Doe – Journalist
#: i Paris", "Anna Schmidt, Korrespondentin in Rom"): the place goes with the title.
ROLE_PLACE_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("in",),
    "de": ("in", "aus"),
    "fr": ("à", "en"),
    "es": ("en",),
    "it": ("a", "in"),
    "pt": ("em",),
    "nl": ("in",),
    "no": ("i", "på"),
    "sv": ("i", "på"),
    "da": ("i", "på"),
    "pl": ("w", "z"),
    "cs": ("v", "z"),
    "ru": ("в", "из"),
    "uk": ("в", "у", "з"),
    "el": ("στην", "στη", "στο", "από"),
}

#: Nouns that end a job title ("Senior Director", "Trial Attorney", "Digital Content Producer"): a value ending in
#: one names a post, not a person, when a byline box sets it beside the name or a list of names holds it.
#: Only words that are rarely a surname; grouped by language.
JOB_TITLE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("director", "manager", "attorney", "lawyer", "officer", "founder", "co-founder", "cofounder", "ceo",
           "cto", "cfo", "coo", "cmo", "president", "vice-president", "consultant", "strategist", "specialist",
           "analyst", "engineer", "developer", "designer", "scientist", "researcher", "professor", "dietitian",
           "nutritionist", "coordinator", "marketer", "advisor", "adviser", "expert", "owner", "producer",
           "editor", "writer", "reporter", "correspondent", "columnist", "contributor", "photographer",
           "executive", "administrator", "instructor", "therapist", "physician", "pharmacist", "programmer"),
    "de": ("geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "direktor", "direktorin", "gründer",
           "gründerin", "berater", "beraterin", "referent", "referentin", "rechtsanwalt", "rechtsanwältin"),
    "fr": ("directeur", "directrice", "fondateur", "fondatrice", "consultant", "consultante", "avocat", "avocate",
           "responsable", "chargé", "chargée"),
    "es": ("director", "directora", "fundador", "fundadora", "consultor", "consultora", "abogado", "abogada",
           "responsable", "gerente"),
    "it": ("direttore", "direttrice", "fondatore", "fondatrice", "consulente", "avvocato", "responsabile"),
    "pt": ("diretor", "diretora", "fundador", "fundadora", "consultor", "consultora", "advogado", "advogada",
           "gerente"),
    "nl": ("directeur", "oprichter", "adviseur", "advocaat", "manager"),
}
_JOB_NOUNS = frozenset(w for ws in JOB_TITLE_NOUNS.values() for w in ws)
#: A job title is this short (words).
MAX_JOB_TITLE_WORDS = 5


def job_title(value: str, anywhere: bool = False) -> bool:
    """Whether ``value`` is a job title, not a person's name: a few words (MAX_JOB_TITLE_WORDS at most) whose
    last is a JOB_TITLE_NOUNS word ("Senior Director", "Marketing Director", "Trial Attorney"); ``anywhere``:
    or any of them, the post's team or product after it ("Product Manager Team", "Engineer Example Photos")."""
    words = value.split()
    if not 0 < len(words) <= MAX_JOB_TITLE_WORDS:
        return False
    if anywhere:
        return any(w.lower().strip(".,;:()") in _JOB_NOUNS for w in words)
    return words[-1].lower().strip(".,;:()") in _JOB_NOUNS


#: Honorifics written before a name with a full stop ("Dr. Allen", "Prof. Jane Doe"): the stop ends no name.
HONORIFICS: dict[str, tuple[str, ...]] = {
    "en": ("dr", "mr", "mrs", "ms", "mx", "prof", "rev", "sr", "jr", "st", "capt", "col", "gen", "lt", "sgt"),
    "de": ("dr", "prof", "hr", "fr", "dipl", "ing", "mag"),
    "fr": ("m", "mme", "mlle", "pr", "me"),
    "es": ("sr", "sra", "srta", "dr", "dra", "lic", "ing"),
    "it": ("dott", "dr", "sig", "avv", "ing", "prof"),
    "pt": ("sr", "sra", "dr", "dra", "prof"),
    "nl": ("dhr", "mevr", "dr", "prof", "ir", "mr", "drs"),
}
_HONORIFICS = frozenset(w for ws in HONORIFICS.values() for w in ws)


def is_honorific(word: str) -> bool:
    """Whether ``word`` ("Dr", "Dr.", "Prof.") is an honorific written before a name."""
    return word.strip().rstrip(".").lower() in _HONORIFICS


#: Words between a byline's name and what follows it ("By X in Science on ...", "By X at 10:00"):
#: the name ends before them. Only read after a byline label vouched for a name.
NAME_ENDERS: dict[str, tuple[str, ...]] = {
    "en": ("in", "on", "at", "for", "from", "updated", "published", "posted", "last"),
    "de": ("in", "am", "um", "aus", "für"),
    "fr": ("dans", "le", "à", "pour"),
    "es": ("en", "el", "a las", "para"),
    "it": ("in", "il", "alle", "per"),
}

#: Phrases after a byline's names crediting the agencies' material the story draws on ("Von Anna Muster mit
#: Agenturmaterial", "Par Jean Dupont avec AFP", "Por Ana López con información de EFE"), per language, matched
#: in any case after a space or a comma: the names end before them; a news agency the rest names is credited
#: beside the person (as in "Von X, dpa"), no other word of it is a name.
MATERIAL_CREDITS: dict[str, tuple[str, ...]] = {
    "en": ("with agency reporting", "with agencies", "with wire reports", "with wire services", "with wires"),
    "de": ("mit Agenturmaterial", "mit Material von", "mit Material der", "mit Material aus", "mit Agenturen",
           "mit Informationen von", "mit Informationen der"),
    "fr": ("avec agences", "avec AFP", "avec Reuters", "avec AP", "avec Belga"),
    "es": ("con información de", "con informaciones de", "con agencias", "con EFE", "con Europa Press"),
    "it": ("con agenzie", "con fonti di agenzia", "con ANSA"),
    "pt": ("com agências", "com informações de", "com Lusa"),
    "nl": ("met materiaal van", "met ANP", "met Belga"),
    "pl": ("z agencji", "na podst. PAP"),
}

#: Labels of the author in ``twitter:labelN`` / ``twitter:dataN`` pairs and ``twitter:misc:LABEL``
#: metas (what SEO plugins of blog engines write: "Written by" -> the author's name).
WRITTEN_BY_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("written by", "author", "by"),
    "de": ("verfasst von", "geschrieben von", "autor", "autorin", "von"),
    "fr": ("écrit par", "auteur", "par"),
    "es": ("escrito por", "autor", "por"),
    "it": ("scritto da", "autore", "di"),
    "pt": ("escrito por", "autor", "por"),
    "nl": ("geschreven door", "auteur", "door"),
    "pl": ("napisane przez", "autor"),
    "sv": ("skriven av", "författare", "av"),
    "tr": ("yazan", "yazar"),
}

#: Path segments of author profile pages ("/author/jane-doe", "/autoren/anna-weber"): a link
#: there, under the title, names the article's author when nothing else does.
PROFILE_PATH_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("author", "authors", "writer", "writers", "contributor", "contributors", "journalist", "journalists",
           "people", "profile", "profiles", "staff", "byline", "by"),
    "de": ("autor", "autoren", "autorin", "journalist", "redakteur", "profil"),
    "fr": ("auteur", "auteurs", "journaliste", "journalistes", "signataires"),
    "es": ("autor", "autores", "periodista", "periodistas"),
    "it": ("autore", "autori", "giornalista", "firme"),
    "pt": ("autor", "autores", "colunista", "colunistas"),
    "nl": ("auteur", "auteurs", "redacteur"),
    "pl": ("autor", "autorzy"),
    "tr": ("yazar", "yazarlar"),
    "sv": ("skribent", "skribenter", "journalister"),
    "da": ("journalister", "skribent", "forfatter"),
    "no": ("journalister", "skribent", "forfatter"),
    "fi": ("toimittaja", "toimittajat", "kirjoittaja", "kirjoittajat"),
    "cs": ("autori", "redaktor"),
    "sl": ("avtor", "avtorji"),
    "lt": ("autorius", "autoriai"),
    "lv": ("autors", "autori"),
    "et": ("autorid",),
    "hu": ("szerzo", "szerzok"),
    "ro": ("autori",),
    "id": ("penulis",),
}

#: Link texts of a byline's profile buttons read with the name ("Jane Doe Follow", "Jane Doe Twitter"):
#: dropped from the end of a name. The first word of each language is its follow button.
PROFILE_ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("follow", "twitter", "facebook", "linkedin", "instagram", "email", "e-mail", "bluesky", "mastodon",
           "threads", "rss"),
    "de": ("folgen",),
    "fr": ("suivre",),
    "es": ("seguir",),
    "it": ("segui",),
    "nl": ("volgen",),
    "sv": ("följ",),
    "no": ("følg",),
    "da": ("følg",),
    "zh": ("关注", "加关注", "+关注"),
    "ja": ("フォロー",),
}
#: Words of a link or a label beside a byline's name that name no one: a profile link's text ("Full Bio", "View
#: Profile") and a paid post's label read with the name ("Example Media Sponsored"), per language. A value made of
#: them alone is no author; one such label after a name goes.
PROFILE_LINK_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("full", "bio", "biography", "profile", "view", "sponsored", "advertorial", "partner", "content", "google",
           "plus", "google+"),
    "de": ("profil", "anzeige", "gesponsert", "biografie"),
    "fr": ("profil", "sponsorisé", "biographie"),
    "es": ("perfil", "patrocinado", "biografía"),
    "it": ("profilo", "sponsorizzato", "biografia"),
}
#: The paid post's labels among them: dropped from the end of a name ("Example Media Sponsored").
PAID_LABELS = frozenset(("sponsored", "advertorial", "anzeige", "gesponsert", "sponsorisé", "patrocinado",
                         "sponsorizzato"))
#: The follow buttons alone (a line holding one under a bare name: the name is an account's, the author's).
FOLLOW_BUTTONS = frozenset(ws[0] for ws in PROFILE_ACTION_WORDS.values()) | {"+关注"}

#: Lower-case words allowed inside a Latin-script name.
NAME_PARTICLES = frozenset("de da das do dos del della di du van von der den ter le la bin binti al el y e".split())

#: Words joining the names of a byline's authors ("A und B", "A a B", "A и B"), per language: matched as whole
#: words in lower case only ("A" is an initial), English "and" in any case. Dutch "en" is also Spanish for "in"
#: ("Por X en Madrid", see NAME_ENDERS: a place): after a byline's label it joins names on a Dutch page only
#: (cut_at_ender with the page's language); Slovene "in" is in LANGUAGE_BOUND_JOINERS.
NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "de": ("und",), "fr": ("et",), "es": ("y", "e"), "it": ("e",), "pt": ("e",), "nl": ("en",), "da": ("og",),
    "no": ("og",), "sv": ("och",), "pl": ("i",), "hr": ("i",), "sr": ("i", "и"), "bs": ("i",), "cs": ("a",),
    "sk": ("a",), "ru": ("и",), "uk": ("і", "та"), "bg": ("и",), "mk": ("и",), "fi": ("ja",), "et": ("ja",),
    "ro": ("și", "şi"), "hu": ("és",), "tr": ("ve",), "id": ("dan",), "lt": ("ir",), "lv": ("un",), "el": ("και",),
    "ca": ("i",),
}
#: NAME_JOINERS as a regular expression's alternation (longest first; "and" apart, matched in any case).
NAME_JOINER_ALT = "|".join(sorted({w for ws in NAME_JOINERS.values() for w in ws}, key=lambda w: (-len(w), w)))
#: Joiners read only on a page of their language: elsewhere they are common words between a name and what
#: follows it (Slovene "in" is English and German "in": "By Jane Doe in London").
LANGUAGE_BOUND_JOINERS: dict[str, tuple[str, ...]] = {"sl": ("in",)}


def language_joiners(language: "str | None") -> tuple[str, ...]:
    """The words joining co-authors' names in ``language`` (a code, "nl" or "nl-BE"; None: none):
    NAME_JOINERS' and LANGUAGE_BOUND_JOINERS' of that language."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return NAME_JOINERS.get(code, ()) + LANGUAGE_BOUND_JOINERS.get(code, ()) if code else ()


#: Words that make a Latin-script credit an organisation's or a site's rather than a person's.
ORG_WORDS_EN = ("staff", "team", "news", "desk", "newsroom", "editors", "editorial", "media", "press", "agency",
                "reuters", "associated", "contributor", "contributors", "inc", "ltd", "online", "daily", "times",
                "group", "network", "magazine", "journal")
#: Capitals a word of a Latin-script name opens with (Latin Extended-A mixes cases: accepted; Cyrillic capitals,
#: Serbian and Macedonian ones among them (Ђ Ј Љ Њ Ћ Џ ...); Greek capitals).
NAME_CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f\u0386\u0388-\u038f\u0391-\u03ab"
_NAME_PARTICLE_ALT = "de|da|das|do|dos|del|della|van|von|vom|zu|der|den|ten|ter|di|du|le|la|bin|al|el|y|af"
_ORG_EN_RE = re.compile(r"\b(?:" + "|".join(ORG_WORDS_EN) + r")\b", re.I)
#: Whether a value holds one of ORG_WORDS_EN at all, in any case (each match of _ORG_EN_RE holds one):
#: a first look at C speed, where the pattern tries every word at every character.
_ORG_EN_GATE = LiteralGate(ORG_WORDS_EN)
_LATIN_NAME = re.compile(rf"^(?:[{NAME_CAPITALS}][\w'’.\-]*|{_NAME_PARTICLE_ALT})"
                         rf"(?:\s+(?:[{NAME_CAPITALS}][\w'’.\-]*|{_NAME_PARTICLE_ALT})){{1,4}}$")


def latin_name(value: str) -> str | None:
    """``value`` tidied when it is a person's name in Latin (or Cyrillic) script: two to five capitalised
    words (particles between), no digit, no organisation word, no job title (:func:`job_title`), at most 40
    characters; else None."""
    v = tidy_name(normalize_space(value).strip(" ,.;:|-–—"))
    if not v or len(v) > 40 or (_ORG_EN_GATE(v) and _ORG_EN_RE.search(v)) or any(c.isdigit() for c in v):
        return None
    return v if _LATIN_NAME.match(v) and not job_title(v) else None


#: Copyright statements: "Copyright (c) Example Media 2022", "© 2022 Example Media. All rights reserved."
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)|©|&copy;)[\s:]*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                        r"(?P<holder>.+?)\s*(?:,?\s*\d{4})?\s*(?:[.,]\s*all rights reserved\.?)?\s*$", re.I)

_ROLES = sorted({r for rs in ROLE_TITLES.values() for r in rs}, key=len, reverse=True)
# the role at the end of a value: after a separator or glued to the name's last word
# ("Jane DoeStaff Writer"), or after a plain space when the role has two words or more
# ("Jane Doe Staff Writer"; "AP Technology Writer" is no name followed by "Writer").
_ROLE_ALT = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES)
_MULTI_ROLE_ALT = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES if " " in r)
# (a place after the title, "– Journalist i Paris": a joiner and one or two capitalised words)
_ROLE_PLACE = (r"(?:\s+(?:" + "|".join(sorted({re.escape(w) for ws in ROLE_PLACE_JOINERS.values() for w in ws}))
               + rf")\s+(?-i:[{NAME_CAPITALS}][\w'’.-]*)(?:\s+(?-i:[{NAME_CAPITALS}][\w'’.-]*))?)?")
_ROLE_END = re.compile(rf"(?:(?:\s*[,|/•·–—]\s*|\s+-\s+|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])))(?:{_ROLE_ALT}){_ROLE_PLACE}"
                       rf"|\s+(?:{_MULTI_ROLE_ALT}))\.?\s*$", re.I)
# Looked for only in a name with a glue or a bracket (cheap first looks): a role glued with up to two
# words before it ("Lucy ThorntonNews Reporter"), a role in brackets ("Martí Abad (Enviado especial)").
# (The glued form is matched from the end of the glued word's letters: one pattern tried from each glue
# re-read the word's letters at every glue, quadratic in a long word of glues, "aZaZaZ…".)
_ROLE_AFTER_GLUED_WORD = LazyPattern(rf"\s+(?:[^\W\d_]+\s+)?(?:{_ROLE_ALT})\.?\s*$", re.I)
_ROLE_IN_BRACKETS = LazyPattern(rf"\s*\((?:{_ROLE_ALT})\)\.?\s*$", re.I)
_GLUE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_LETTERS = re.compile(r"[^\W\d_]*")
# A one-word role of a language other than English after a plain space ("Jana Beispiel Redakteurin"):
# no English word ("AP Technology Writer" names no person followed by a role).
_EN_ROLE_WORDS = frozenset(w for r in ROLE_TITLES["en"] for w in r.split())
_SINGLE_ROLES = sorted({r for lang, rs in ROLE_TITLES.items() if lang != "en" for r in rs
                        if " " not in r and r not in _EN_ROLE_WORDS}, key=len, reverse=True)
_SINGLE_ROLE_END = re.compile(r"\s+(?:" + "|".join(map(re.escape, _SINGLE_ROLES)) + r")\.?\s*$", re.I)
#: The first words of the roles, in any case: each match of _ROLE_END and _role_end_more holds one (a
#: first look at C speed: most names hold none, and the patterns try every role at every character).
_ROLE_GATE = LiteralGate(sorted({r.split()[0] for r in _ROLES}))
_PROFILE_ACTIONS = frozenset(w for ws in PROFILE_ACTION_WORDS.values() for w in ws)
# "Jane Doe For Example.com": a title-case byline naming the publication the author wrote for
_FOR_END = re.compile(r"\s+For\s+\S+(?:\s+\S+)?\s*$")
_ENDERS = sorted({w for ws in NAME_ENDERS.values() for w in ws}, key=len, reverse=True)
_ENDER = re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ENDERS) + r")(?:\s|$)")
#: The words whose reading in a byline depends on the page's language: a name joiner in one language,
#: a connector (NAME_ENDERS) or no joiner in others (Dutch and Spanish "en", Slovene and English "in").
LANGUAGE_DEPENDENT_JOINERS = frozenset(w for ws in LANGUAGE_BOUND_JOINERS.values() for w in ws) | (
    frozenset(w for ws in NAME_JOINERS.values() for w in ws) & frozenset(_ENDERS))
#: The stamp labels of the European languages (``datewords``) whose first word is this long or longer end a
#: byline's names when capitalised after them ("Par Jeanne Moulin Publié le …", "Von X Aktualisiert am …");
#: shorter ones ("Le", "Vom", "Stand", "Datum") may be a name's word.
STAMP_LABEL_ENDER_CHARS = 6
_STAMP_LABELS = sorted({w for table in (PUBLISHED_LABELS_EU, UPDATED_LABELS_EU) for ws in table.values() for w in ws
                        if len(w.split()[0]) >= STAMP_LABEL_ENDER_CHARS}, key=len, reverse=True)
# the stamp's words among them, capitalised as a stamp's label ("By Jane Doe Published in …"): no name's word
_STAMP_ENDER = re.compile(r"\s+(?:" + "|".join([w.capitalize() for w in _ENDERS if len(w) >= 6] + [
    re.escape(w[:1].upper() + w[1:]).replace(r"\ ", r"\s+") for w in _STAMP_LABELS]) + r")(?:[\s:]|$)")
_INVERTED = re.compile(r"^(?P<last>[A-ZÀ-Þ][\w'’-]+),\s*(?P<first>[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*)?)$")


#: A link around a byline holding this many characters besides it is a teaser card (another story's).
CARD_OTHER_CHARS = 30
#: Ancestors of a byline looked at for such a link.
CARD_LEVELS = 8


def in_teaser_card(ancestors: Any, own_chars: int) -> bool:
    """Whether a byline (``own_chars`` characters) sits inside a link that wraps block elements holding
    other text as well: a teaser card (``<a href>`` around another story's heading, summary and byline),
    whose byline names that story's author. ``ancestors``: the byline element's ancestors, nearest
    first. A link around an author's card (name, picture, role) holds little besides the name."""
    for i, el in enumerate(ancestors):
        if i >= CARD_LEVELS:
            break
        if el.tag == "a" and el.get("href") is not None:
            return char_count(normalize_space("".join(el.itertext()))) - own_chars >= CARD_OTHER_CHARS
    return False


#: A teaser card holding a byline beside its link (not inside it) holds at most this many characters, and the
#: byline's ancestors looked at for it.
CARD_MAX_CHARS, CARD_BESIDE_LEVELS = 600, 4
_CARD_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def beside_teaser_link(el: Any, own_chars: int, title: "str | None" = None) -> bool:
    """Whether a byline element ``el`` (``own_chars`` characters) sits in a teaser card beside the card's
    link rather than inside it: the smallest box around it (CARD_BESIDE_LEVELS up at most, CARD_MAX_CHARS,
    no ``<h1>`` outside a link) holding a link around a heading holds one such link, and that link wraps the
    heading of another story with more (a kicker's heading, a summary: CARD_OTHER_CHARS characters or more
    besides the heading; ``<a><h3>Other story</h3><p>Its summary</p></a>``). A box holding several is a list
    (a sidebar's); a heading repeating the page's ``title`` (a blog's linked title) is the article's own."""
    node = el
    for _ in range(CARD_BESIDE_LEVELS):
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "main"):
            return False
        if _holds_more_than(node, CARD_MAX_CHARS, 200):
            return False  # (no card: the boxes further up are no smaller)
        heads = list(islice(node.iter(*_CARD_HEADINGS), 20))
        links = list(dict.fromkeys(a for h in heads for a in h.iterancestors("a")
                                   if a.get("href") and not _holds_or_held(a, el)))
        if any(h.tag == "h1" and next(h.iterancestors("a"), None) is None for h in heads):
            return False  # (the page's own title: the article's header)
        if not links:
            continue
        if len(links) > 1:
            return False
        inner = [normalize_space("".join(h.itertext())) for h in links[0].iter(*_CARD_HEADINGS)]
        main = max(inner, key=len)
        more = char_count(normalize_space("".join(islice(links[0].itertext(), 100)))) - char_count(main)
        return (more >= CARD_OTHER_CHARS or len(inner) > 1) and not _same_title(main, title)
    return False


#: Text pieces of an element :func:`_holds_more_than` reads at a time.
_PIECES_AT_ONCE = 32


def _holds_more_than(el: Any, limit: int, pieces: int) -> bool:
    """``char_count(normalize_space("".join(islice(el.itertext(), pieces)))) > limit``, the pieces read a
    few at a time and the reading stopped once over ``limit``: the count is a sum over the pieces (each
    character is whitespace, one that normalize_space takes out, or counted), and a large box (a page's
    column around a byline) need not be read whole."""
    it = islice(el.itertext(), pieces)
    n = 0
    while True:
        part = list(islice(it, _PIECES_AT_ONCE))
        if not part:
            return False
        n += char_count(normalize_space("".join(part)))
        if n > limit:
            return True


def _holds_or_held(a: Any, b: Any) -> bool:
    """Whether element ``a`` holds ``b`` or ``b`` holds ``a`` (or they are one)."""
    return a is b or any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


def _same_title(text: str, title: "str | None") -> bool:
    """Whether a heading's ``text`` and the page's ``title`` hold one another (case and spacing folded)."""
    if not title:
        return False
    a, b = "".join(text.lower().split()), "".join(title.lower().split())
    return bool(a) and (a in b or b in a)


def strip_role(name: str) -> str:
    """A name without the job title after it: "Howard BlumeStaff Writer" -> "Howard Blume".

    What is left must still look like a full name (two words or more, or a CJK name);
    a value that is only a role ("Staff Writer") stays as it is, for the caller's
    organisation test to refuse.
    """
    if not _ROLE_GATE(name):
        return name  # (no role word: neither pattern can match)
    m = _ROLE_END.search(name)
    start = -1 if m is None else m.start()
    if "(" in name or _GLUE.search(name) is not None:
        more = _role_end_more(name)  # (the earlier cut: "Jane DoeTravel News Reporter" -> "Jane Doe")
        if more >= 0 and (start < 0 or (more < start and _full_name_head(name[:more]))):
            start = more
    if start < 0:
        m = _SINGLE_ROLE_END.search(name)
        start = -1 if m is None else m.start()
    if start > 0 and _full_name_head(name[:start]):
        return name[:start].rstrip(" ,|/•·–—-")
    return name


def _role_end_more(name: str) -> int:
    """Where the role that ends ``name`` starts, glued with up to two words before it ("Lucy
    ThorntonNews Reporter": at "News") or in brackets ("Martí Abad (Enviado especial)"); -1 if none.

    The glued form starts at the first glue of a word whose letters run on to a space, then at most one
    more word and the role: each word is read once (every glue of a word ends its letters at one place).
    """
    glued, tried_to = -1, -1
    for g in _GLUE.finditer(name):
        at = g.start() + 1
        if at < tried_to:
            continue  # (a later glue of a word already tried: its letters end at the same place)
        tried_to = _LETTERS.match(name, at).end()  # type: ignore[union-attr]
        if tried_to > at and _ROLE_AFTER_GLUED_WORD.match(name, tried_to):
            glued = at
            break
    bracket = _ROLE_IN_BRACKETS.search(name) if "(" in name else None
    if bracket is not None and (glued < 0 or bracket.start() < glued):
        return bracket.start()
    return glued


def _full_name_head(head: str) -> bool:
    """What is left before a job title looks like a full name (two words or more, or a CJK name)."""
    head = head.rstrip(" ,|/•·–—-")
    return len(head.split()) >= 2 or (len(head) >= 2 and not head.isascii())


_REPEATED = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,3})\s+(?P=name)$")


def tidy_name(name: str) -> str:
    """A name as a byline element gives it, tidied: the job title after it goes, and a name
    written twice ("Ellyn Shook Ellyn Shook": the visible text and a screen-reader copy) once;
    so do profile buttons read with it ("Jane Doe Follow") and the publication of a title-case
    "Jane Doe For Example.com", when a full name (two words or more) is left."""
    m = _REPEATED.match(name.strip())
    name = m.group("name") if m else name
    words = name.split()
    if len(words) > 2 and words[-1].lower() in PAID_LABELS:
        words.pop()  # ("Example Media Sponsored": a paid post's label read with the name)
        name = " ".join(words)
    run = 0
    while run < len(words) and (words[-1 - run].lower() in _PROFILE_LINK or words[-1 - run].lower() in _PROFILE_ACTIONS):
        run += 1
    if run >= 2 and len(words) - run >= 2:  # ("Jane Doe View Profile", "Jane Doe Google Plus": a profile link's text)
        words = words[:-run]
        name = " ".join(words)
    if len(words) > 2 and words[-1].lower() in _PROFILE_ACTIONS:
        while len(words) > 2 and words[-1].lower() in _PROFILE_ACTIONS:
            words.pop()
        name = " ".join(words)
    if " For " in name:
        m = _FOR_END.search(name)
        if m and len(name[: m.start()].split()) >= 2:
            name = name[: m.start()]
    return strip_role(name)


def _ender_for(language: "str | None") -> "re.Pattern[str]":
    """_ENDER without the words that join co-authors' names in ``language`` (Dutch "en", Slovene "in")."""
    joiners = set(language_joiners(language)) & set(_ENDERS) if language else set()
    if not joiners:
        return _ENDER
    key = "|".join(sorted(joiners))
    rx = _ENDER_BY_JOINERS.get(key)
    if rx is None:
        rx = _ENDER_BY_JOINERS[key] = re.compile(r"\s+(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in _ENDERS if w not in joiners) + r")(?:\s|$)")
    return rx


_ENDER_BY_JOINERS: dict[str, "re.Pattern[str]"] = {}


def cut_at_ender(value: str, language: "str | None" = None) -> str:
    """The name part of a labelled byline value: "Michael Larabel in Valve on" -> "Michael Larabel".

    Cut at the first connector word that follows at least one capitalised word; for use
    after a byline label ("By", "Written by") only, where a name is known to come first.
    ``language``: the page's; a word joining co-authors' names there is no connector
    ("Door Jan de Vries en Piet Jansen" on a Dutch page; "en" ends the name on a Spanish one).
    """
    m = _ender_for(language).search(value)
    t = _STAMP_ENDER.search(value, 0, m.start() if m else len(value))
    m = t or m
    if m and m.start() > 0 and value[0].isupper():
        return value[: m.start()]
    return value


def uninvert(value: str) -> str:
    """"Gillman, Steve" -> "Steve Gillman": a declared author written surname first.

    Only a one-word surname, a comma, and one or two given names or initials; "Ann Lee,
    Bo Chen" (two people) and "Lee Ann, Bo" (unclear) stay as they are. For fields that
    declare one author (``<meta name=author>`` and kin), not for bylines.
    """
    m = _INVERTED.match(value.strip())
    if not m or " " in m.group("last"):
        return value
    return f"{m.group('first')} {m.group('last')}"


_WRITTEN_BY = frozenset(w for ws in WRITTEN_BY_LABELS.values() for w in ws)


def labelled_author_metas(metas: dict[str, list[str]]) -> list[str]:
    """Author values of ``twitter:labelN``/``twitter:dataN`` pairs and ``twitter:misc:Written by``."""
    out: list[str] = []
    for label_key, data_key in _LABEL_DATA_KEYS:
        labels, data = metas.get(label_key), metas.get(data_key)
        if labels and data and labels[0].strip(" :").lower() in _WRITTEN_BY:
            out.append(data[0])
    if "twitter:misc:" in "\n".join(metas):  # (one look in C: most pages have no such key)
        for key, values in metas.items():
            if key.startswith("twitter:misc:") and key[13:].strip(" :") in _WRITTEN_BY and values:
                out.append(values[0])
    return out


#: The ``twitter:labelN``/``twitter:dataN`` pairs read.
_LABEL_DATA_KEYS = tuple((f"twitter:label{n}", f"twitter:data{n}") for n in range(1, 5))


_PROFILE_WORDS = frozenset(w for ws in PROFILE_PATH_WORDS.values() for w in ws)


def is_profile_link(href: str) -> bool:
    """``/author/jane-doe``, ``https://x.example/autoren/anna-weber/?ref=1``: a profile page's address."""
    path = href.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    head, _, slug = path.rpartition("/")
    return bool(slug) and head.rpartition("/")[2].lower() in _PROFILE_WORDS

#: Class and id words of the element holding a stamp line's head (or of its link) that say the head is a
#: section's, a topic's or a tag's label, not a byline ("Bayern München | 12.03.2024" in a kicker or a topic
#: link): whole class words, and the stems any class word may open with (``article-category``, ``rubrik``).
SECTION_LABEL_WORDS = frozenset(("section", "kicker", "ressort", "topic", "topics", "tag", "tags", "channel",
                                 "overline", "dachzeile", "breadcrumb", "breadcrumbs", "eyebrow", "thema", "themen",
                                 "subject", "seccion", "sezione", "dzial", "rubrique", "roofline"))
SECTION_LABEL_STEMS = ("categor", "kategor", "rubri", "breadcrumb")
#: Stems of class words saying an element holds a byline: they outweigh the section's words around it
#: (``byline-section``).
BYLINE_CLASS_STEMS = ("author", "autor", "auteur", "byline", "writer", "journalist", "creator")
_CLASS_WORD_SPLIT = re.compile(r"[\s_\-]+")
#: Ancestors of the head's element looked at for its class words, at most (up to the line's own element).
SECTION_LABEL_LEVELS = 3


def _section_words(el: Any) -> "bool | None":
    """Whether ``el``'s class and id words name a section (True), a byline (False), or neither (None)."""
    words = [w for w in _CLASS_WORD_SPLIT.split(" ".join(filter(None, (el.get("class"), el.get("id")))).lower()) if w]
    if any(w.startswith(BYLINE_CLASS_STEMS) for w in words):
        return False
    return True if any(w in SECTION_LABEL_WORDS or w.startswith(SECTION_LABEL_STEMS) for w in words) else None


def section_label(line_el: Any, head: str) -> bool:
    """The head of a stamp line ("Bayern München" in "Bayern München | 12.03.2024") is a section's, a topic's
    or a tag's label, not the author's name, by its markup: the element in line element ``line_el`` holding
    just the head, or one of its ancestors up to ``line_el``, has class words naming a section, a topic or a tag
    (:data:`SECTION_LABEL_WORDS`). Markup saying nothing says no (nor does a link to a topic page of the head's
    words: sites file their authors' stories under such pages too)."""
    want = fold(head)
    if not want or line_el is None or not isinstance(line_el.tag, str):
        return False
    for el in line_el.iter():
        if not isinstance(el.tag, str) or fold(element_text(el)) != want:
            continue
        node: Any = el
        for _ in range(SECTION_LABEL_LEVELS + 1):
            said = _section_words(node)
            if said is not None:
                return said
            if node is line_el:
                break
            node = node.getparent()
            if node is None:
                break
    return False


#: What a link to an author's page says in its ``aria-label`` or ``title`` before the name
#: ("Se alla artiklar av Jane Doe", "Alle Artikel von Jane Doe"): the link names the author
#: whatever its address.
AUTHOR_LINK_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("see all articles by", "all articles by", "more articles by", "view all articles by", "all stories by",
           "more stories by", "view all posts by", "all posts by", "articles by", "posts by", "stories by"),
    "de": ("alle artikel von", "weitere artikel von", "mehr artikel von", "alle beiträge von", "artikel von",
           "beiträge von"),
    "fr": ("voir tous les articles de", "tous les articles de", "articles de"),
    "es": ("ver todos los artículos de", "todos los artículos de", "más artículos de", "artículos de"),
    "it": ("tutti gli articoli di", "altri articoli di", "articoli di"),
    "pt": ("todos os artigos de", "mais artigos de", "artigos de"),
    "nl": ("alle artikelen van", "meer artikelen van", "artikelen van"),
    "sv": ("se alla artiklar av", "alla artiklar av", "fler artiklar av", "artiklar av"),
    "no": ("se alle artikler av", "alle artikler av", "flere artikler av", "artikler av"),
    "da": ("se alle artikler af", "alle artikler af", "flere artikler af", "artikler af"),
    "pl": ("wszystkie artykuły autora", "artykuły autora"),
}
_LINK_LABEL = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in sorted(
    {w for ws in AUTHOR_LINK_LABELS.values() for w in ws}, key=len, reverse=True)) + r")\s*:?\s+(?P<name>.+)$", re.I)


def labelled_link_name(el: Any) -> str | None:
    """The person a link's or a button's ``aria-label`` or ``title`` names as the author of its articles
    (a button: its own short text too), or None."""
    values = [el.get("aria-label"), el.get("title")]
    if el.tag == "button":
        # (its pieces apart: "<span>Articles by</span><span>Jane Doe</span>" is two pieces, not "byJane")
        values.append(" ".join(islice(" ".join(islice(el.itertext(), 8)).split(), 12)))
    for value in values:
        if value and len(value) <= 120:
            m = _LINK_LABEL.match(value)
            if m:
                name = latin_name(m.group("name").strip(" .,;:"))
                if name:
                    return name
    return None


MAX_LINKS_AFTER_TITLE = 150
#: After a profile link without text (an avatar), the links looked at for the one with the name.
AVATAR_NEXT_LINKS = 6
def _links_after(el: Any) -> Any:
    """The <a> elements after ``el`` in document order (its following siblings' and then its
    ancestors' following siblings'), lazily: the walk stops where the caller stops."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield from sib.iter("a", "button")
        node = node.getparent()


def profile_link_names(body: Any, allowed: Any = None) -> list[str]:
    """Names of the first author-profile link after the page's first <h1> (with the profile
    links beside it: one byline naming several people). ``allowed(el)`` may refuse links
    (in comments, teasers). At most MAX_LINKS_AFTER_TITLE links after the <h1> are looked at."""
    h1 = next(body.iter("h1"), None)
    if h1 is None:
        return []
    limit = MAX_LINKS_AFTER_TITLE
    n = -1
    for el in _links_after(h1):
        if el.tag == "a":  # (buttons are read among the links, not counted: see labelled_link_name)
            n += 1
        if n >= limit:
            break
        href = el.get("href")
        if not href and el.tag != "button":
            continue
        if el.tag == "button" or not is_profile_link(href):
            labelled = labelled_link_name(el)  # ("Se alla artiklar av Jane Doe" on a link to /av/jane-doe)
            if labelled and (allowed is None or allowed(el)):
                return [labelled]
            continue
        if allowed is not None and not allowed(el):
            continue
        parent = el.getparent()
        group = [x for x in parent if x.tag == el.tag and is_profile_link(x.get("href") or "")] \
            if parent is not None else [el]
        names = [name for name in (element_text(x) for x in group)
                 if name and not _AVATAR_INITIALS.match(name)]
        if names:
            return names
        # (an avatar: a profile link around a picture, without text or with the person's initials
        # alone, "JD"; the name's link follows it closely)
        limit = min(limit, n + 1 + AVATAR_NEXT_LINKS)
    return []


#: An avatar's text: a person's initials alone ("JD", "J.D.", "AMS"), no name.
_AVATAR_INITIALS = re.compile(r"^(?:[A-ZÀ-ÞΑ-ΩА-Я]\.?){1,3}$")


_LOWER_NAME = re.compile(r"^[a-zß-ÿ'’-]+(?:\s+[a-zß-ÿ'’-]+){1,2}$")


def declared_case(value: str) -> str:
    """"cindy mangomini" -> "Cindy Mangomini": a declared author (``<meta name=author>``)
    written all in lower case, two or three words of letters. Particles stay lower case;
    what the organisation test refuses ("staff writer") is refused capitalised too."""
    v = value.strip()
    if not _LOWER_NAME.match(v):
        return value
    return " ".join(w if w in NAME_PARTICLES else w[:1].upper() + w[1:] for w in v.split())


def copyright_holder(text: str) -> str | None:
    """The holder named in a copyright statement, or None."""
    m = _COPYRIGHT.match(text or "")
    if not m:
        return None
    holder = m.group("holder").strip(" .,;:")
    return holder if 2 <= len(holder) <= 60 else None


#: Separators before the site's name at the end of a page's ``<title>`` ("Headline - Example Times").
TITLE_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")
#: The site's name ending a ``<title>`` is this short (characters, words).
TITLE_SITE_MAX_CHARS, TITLE_SITE_MAX_WORDS = 40, 5


def title_site_name(title: str) -> str | None:
    """The last segment of a page's ``<title>`` after a separator ("Headline - Example Times" ->
    "Example Times"), when short enough to be the site's name, else None: an author value equal to it
    names the publisher (read with :func:`publisher_names`)."""
    at, sep = max(((title.rfind(x), x) for x in TITLE_SITE_SEPARATORS), default=(-1, ""))
    if at <= 0:
        return None
    tail = title[at + len(sep):].strip()
    if not tail or len(tail) > TITLE_SITE_MAX_CHARS or len(tail.split()) > TITLE_SITE_MAX_WORDS:
        return None
    return tail


def publisher_names(metas: dict[str, list[str]], jsonld: Iterable[Any]) -> list[str]:
    """Names of the page's publisher: the copyright holder, ``article:publisher`` (when
    not an address) and JSON-LD ``publisher`` names. An author value equal to one of
    them names the publisher, not a person."""
    out: list[str] = []
    for key in ("copyright", "dc.rights", "dcterms.rights", "rights"):
        for v in metas.get(key, ())[:1]:
            holder = copyright_holder(v)
            if holder:
                out.append(holder)
    for v in metas.get("article:publisher", ())[:1]:
        if "/" not in v and "." not in v:
            out.append(v)
    for obj in list(jsonld)[:20]:
        pub = obj.get("publisher") if isinstance(obj, dict) else None
        for p in (pub if isinstance(pub, list) else [pub])[:3]:
            if isinstance(p, dict) and isinstance(p.get("name"), str):
                out.append(p["name"])
            elif isinstance(p, str):
                out.append(p)
    return [n for n in dict.fromkeys(x.strip() for x in out) if n]


# -- organisations credited as the author ------------------------------------------------
#
# Policy: a person always wins. When nothing on the page names a person, an organisation
# the page itself credits as the author (declared author metadata, a JSON-LD author of an
# organisation type, a byline "By/Von/Par/Por <agency>") is the author; a source line
# ("Quelle:", "来源：") stays the article's source (on a dated page crediting no one, a Latin-script one opening
# with a news agency credits the agency too: byline's edge step) and no site name is taken from
# ``og:site_name`` when the page credits no one.

#: News agencies, by region: their names (or acronyms, in the case pages write them)
#: appended to a person's byline ("Paula Steiger, SDA") are credited authors too, and a
#: byline naming one alone ("Von dpa") credits it. Matched case-insensitively on the whole
#: value; acronyms that are common words somewhere ("uni", "nan") are left out.
NEWS_AGENCIES: dict[str, tuple[str, ...]] = {
    "international": ("afp", "agence france-presse", "agence france presse", "ap", "associated press",
                      "the associated press", "reuters", "thomson reuters", "bloomberg", "upi", "efe", "agencia efe"),
    "de-at-ch": ("dpa", "deutsche presse-agentur", "apa", "sda", "keystone-sda", "kna", "epd", "sid", "dts", "ddp",
                 "afp deutschland", "dpa-afx"),
    "europe": ("ansa", "adnkronos", "europa press", "lusa", "belga", "anp", "ntb", "tt", "ritzau", "stt", "pap",
               "čtk", "ctk", "tasr", "mti", "hina", "tanjug", "bta", "agerpres", "ana-mpa", "ukrinform", "unian",
               "interfax", "tass", "ria novosti", "ria", "anadolu", "anadolu ajansı", "aa", "dha", "iha",
               "agi", "lapresse", "ats", "keystone-ats", "sta", "leta", "bns", "elta", "fena", "srna",
               # (in their own scripts)
               "тасс", "риа новости", "интерфакс", "уніан", "укрінформ", "танјуг", "бта", "απε-μπε", "απε"),
    "asia-pacific": ("xinhua", "kyodo", "jiji", "yonhap", "pti", "ians", "ani", "aap", "bernama", "antara",
                     "pna", "vna", "cna"),
    "africa-americas": ("apo", "mena", "the canadian press", "canadian press", "telam", "notimex",
                        "prensa latina", "agência brasil"),
}
#: Words that make a credited value an organisation (a newsroom, a desk, a team), any language.
ORGANISATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("staff", "team", "desk", "newsroom", "news", "editors", "editorial", "agencies", "wire", "wires",
           "press", "media", "online", "magazine", "sport", "sports"),
    "de": ("redaktion", "nachrichten", "agenturen", "online", "zeitung", "verlag"),
    "fr": ("rédaction", "la rédaction", "agences"),
    "es": ("redacción", "agencias"),
    "it": ("redazione", "agenzie"),
    "pt": ("redação", "agências"),
    "nl": ("redactie",),
    "pl": ("redakcja",),
    "no-sv-da": ("redaksjonen", "redaktionen", "nyhetsbyrå"),
    "tr": ("ajansı", "haber"),
}
#: Values that are a credit's label or a role alone, never an author however they are credited.
NOT_AUTHOR_VALUES = frozenset(("staff", "admin", "administrator", "editor", "editors", "author", "authors", "team",
                               "guest", "anonymous", "unknown", "redaktion", "redakteur", "webmaster", "none", "null",
                               "undefined", "n/a", "by", "von", "par", "por", "di", "and", "und",
                               "agencies", "agenturen", "agences", "agencias", "agenzie", "agências"))

#: The score of an organisation credited as the author: below every person's (a profile link
#: under the title is 3.0, a publisher named as author 2.0), so any person found wins.
SCORE_ORGANISATION = 1.5

#: Words of a credit to a page's contributors at large (a wiki's "Contributors to Wikimedia
#: projects"): it names no one, organisation or person.
COLLECTIVE_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("contributors",), "de": ("mitwirkende", "autoren"), "fr": ("contributeurs",),
    "es": ("colaboradores", "contribuyentes"), "it": ("collaboratori", "contributori"), "pt": ("colaboradores",),
    "zh": ("贡献者", "貢獻者"), "ja": ("寄稿者",),
}

_COLLECTIVE = re.compile("|".join(re.escape(w) for ws in COLLECTIVE_CREDIT_WORDS.values() for w in ws), re.I)
_ROLE_WORDS = frozenset(w for r in _ROLES for w in r.split())
_PROFILE_LINK = frozenset(w for ws in PROFILE_LINK_WORDS.values() for w in ws)
_AGENCIES = frozenset(a for names in NEWS_AGENCIES.values() for a in names)
_ORG_WORDS = frozenset(w for words in ORGANISATION_WORDS.values() for w in words)
MAX_ORG_CHARS = 60
_ORG_BAD = re.compile(r"://|^www\.|@|^#|[<>{}=|]|\.(?:jpe?g|png|gif|svg|webp)\b", re.I)
_HAN = re.compile(r"[\u3400-\u9fff]")
_PAREN_ADDRESS = re.compile(r"\s*\((?:https?://|www\.)[^()]*\)")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
_WORD_BREAKS = re.compile(r"[\s\-/]+")
_SENTENCE_BREAK = re.compile(r"[.!?。！？]\s+\S")


def is_agency(value: str) -> bool:
    """A news agency's name or acronym ("dpa", "AFP", "Associated Press", "Anadolu Ajansı")."""
    return " ".join(value.split()).strip(" .,;:()").lower() in _AGENCIES


def names_no_one(value: str) -> bool:
    """Every word of the value is a newsroom word, a credit's label, a role or a profile link's word
    ("Nachrichten", "Online-Redaktion", "Staff Writer", "News", "Full Bio"): a section's or a desk's generic
    word, naming no one, person or organisation."""
    words = [w for w in _WORD_BREAKS.split((value or "").lower().strip(" .,;:|()")) if w]
    return bool(words) and all(w in NOT_AUTHOR_VALUES or w in _ROLE_WORDS or w in _ORG_WORDS or w in _PROFILE_LINK
                               for w in words)


def organisation_name(value: str, typed: bool = False) -> str | None:
    """An organisation's name as a page credits it as the author, tidied, or None.

    For values a page declares or a byline credits (``<meta name=author>``, a JSON-LD
    author, "Von dpa"): no address, e-mail, handle, number or sentence; at most six
    words and MAX_ORG_CHARS characters; not a label or role alone ("Staff", "admin").
    A domain ("ORF.at", "sportschau.de") names the publisher and is kept as written; a
    Latin-script value all in lower case ("letters") only when ``typed`` (a JSON-LD
    organisation vouches for it) or an agency ("dpa").
    """
    v = _PAREN_ADDRESS.sub("", " ".join((value or "").split())).strip(" ,;:|-–—·•/[]")
    if v.count("(") != v.count(")") or (v.startswith("(") and v.endswith(")")):
        v = v.strip("() ")
    if not 2 <= len(v) <= MAX_ORG_CHARS or _ORG_BAD.search(v):
        return None
    if not any(c.isalpha() for c in v) or sum(c.isdigit() for c in v) > 4:
        return None
    if len(v.split()) > 6 or names_no_one(v):
        return None  # a label, a role or a newsroom's word alone ("Staff Writer", "admin", "Nachrichten")
    if _COLLECTIVE.search(v):
        return None  # "Contributors to Wikimedia projects": no one in particular
    if _DOMAIN.match(v):
        return v
    if _SENTENCE_BREAK.search(v) and not is_agency(v):
        return None  # a sentence, not a name
    if not typed and v.islower() and not is_agency(v):
        return None  # "letters", "news": a section's word, not a name
    if not typed and _HAN.search(v):
        return None  # a Chinese portal's declared "author" is its medium: the source (来源), not an author
    return v


def credited_organisation(value: str) -> str | None:
    """The organisation a byline credits ("Von dpa", "By Associated Press", "By 9News Staff"):
    stricter than :func:`organisation_name`, since a line led by "By" may be prose ("By Train").

    An agency, a value holding an organisation word (staff, desk, Redaktion ...), an acronym
    ("TPN", "SID") or a domain; its words capitalised (particles and agencies aside).
    """
    v = organisation_name(value)
    if v is None or is_agency(v) or _DOMAIN.match(v):
        return v
    words = v.split()
    if len(words) > 4:
        return None
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in _ORG_WORDS or w in _AGENCIES for w in lowered) or any(w.lower() in _ORG_WORDS for w in v.split("-")):
        ok = all(w[:1].isupper() or w[:1].isdigit() or lw in NAME_PARTICLES or lw in _AGENCIES or lw in _ORG_WORDS
                 for w, lw in zip(words, lowered))
        return v if ok else None
    if len(words) == 1 and v.isupper() and 2 <= len(v) <= 6 and v.isalpha():
        return v  # an acronym ("TPN", "SID")
    return None


_MATERIAL = re.compile(r"(?:\s*,\s*|\s+)(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                                          for ws in MATERIAL_CREDITS.values() for w in ws),
                                                         key=len, reverse=True)) + r")(?!\w)", re.I)
_MATERIAL_PARTS = re.compile(rf"\s*(?:[,;/&+]|\b(?:and|{NAME_JOINER_ALT})\b)\s*")  # (the joiners of NAME_JOINERS)


def material_credit(value: str) -> "tuple[str, list[str]]":
    """``value`` up to a phrase crediting agencies' material (:data:`MATERIAL_CREDITS`) after a name, and the
    news agencies that phrase names ("Anna Muster mit Material von dpa und AFP": ("Anna Muster", ["dpa",
    "AFP"]); "Anna Muster mit Agenturmaterial": ("Anna Muster", [])); ``value`` and none without such a
    phrase."""
    m = _MATERIAL.search(value)
    if m is None or not value[: m.start()].strip():
        return value, []
    said = m.group(0).split()
    last = said[-1] if said else ""
    tail = ([last] if is_agency(last) else []) + _MATERIAL_PARTS.split(value[m.end():])
    return value[: m.start()], [" ".join(t.split()).strip(" .") for t in tail if t.strip() and is_agency(t)]


def appended_agencies(parts: Iterable[str]) -> list[str]:
    """The news agencies among a byline's parts ("Paula Steiger, SDA" -> ["SDA"]), as written."""
    return [" ".join(p.split()) for p in parts if is_agency(p)]
