"""Data for the language identifier of :mod:`newsclean.text` (no code beyond tables).

* ``FUNCTION_WORDS``: the most frequent function words of Latin-script
  languages (articles, prepositions, conjunctions, pronouns, auxiliaries).
  Running prose holds dozens of them in its first few hundred characters, so
  counting them tells the languages apart; a word shared by several languages
  counts for each of them, divided by how many share it.
* ``SCRIPT_LANGUAGES``: the language a writing system implies when it is the
  text's main script and nothing better is known; ``SCRIPT_MEMBERS``: the
  languages a page may declare for that script.
* ``LETTER_SIGNS``: letters that only some languages of a script use
  (Ukrainian ``ї``, Persian ``پ``, Urdu ``ے`` ...), checked in order.
* ``CODE_ALIASES``: obsolete or odd declared codes -> ISO 639-1.
"""
from __future__ import annotations

#: Latin-script languages -> their frequent function words (lower case).
FUNCTION_WORDS: dict[str, str] = {
    "en": "the and of to in is that for it was on with as are be this by have from at not but his they which an "
          "were has been their or had will would who said its after more about than also into could she he",
    "de": "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch als bei nach wird "
          "wurde werden sind aus oder noch wie über aber sie er es hat haben dass nur vor zum zur einem einer "
          "kann sein war schon",
    "fr": "le les des et est une un du dans pour que qui pas sur par avec au aux ce cette il elle sont ont été "
          "mais plus son ses leur nous vous était être fait comme ou selon aussi tout",
    "es": "el los las del y en es una un por con para que se su sus al lo como más pero fue ha han este esta "
          "son está también entre sobre desde muy hay según cuando donde",
    "it": "il lo gli della delle dei degli che è e di per con non una un sono del alla nel nella anche come più "
          "ma suo sua ha hanno questo questa essere stato dopo tra sul alle",
    "pt": "o os as do da dos das e em um uma para com não que se por mais foi são está também ao aos seu sua "
          "pelo pela como mas já ele ela entre sobre no na nos nas",
    "nl": "de het een en van in is dat op te met voor niet zijn die er aan ook bij als maar om door naar wordt "
          "werd heeft hebben nog dan uit over deze",
    "pl": "i w na z że się nie do to jest o jak po przez dla ale od już tak jego jej oraz są było może być "
          "tylko przy które który która czy także we ze",
    "tr": "ve bir bu da de için ile çok daha olarak olan gibi ama en kadar sonra ya ne değil var şu mi her "
          "olduğunu ise ancak tarafından göre ki",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada bisa oleh saat sudah "
          "atau telah mereka kami kita lebih seperti hanya menjadi namun tersebut",
    "cs": "a se na je že v to do s z pro jako by jsou ale o po jeho které který která také už jen při nebo "
          "bylo byl může není bude byla byly jsme když podle mezi proto ještě však tedy jejich",
    "ro": "și în a de la cu pe nu este că o un care din pentru mai sunt fost au ce sau dar acest această fi",
    "hu": "a az és hogy nem is egy de meg van ez csak már mint volt el ki még vagy azt ezt lesz után",
    "sv": "och i att det som en på är av för med till den har inte om ett var jag men de från sig kan så vid",
    "da": "og i at det som en på er af for med til den har ikke om et var jeg men de fra sig kan så ved "
          "efter blev havde mod bliver noget meget været fik siger nu hvad mig dig",
    # Norwegian (Bokmål and Nynorsk) beside Danish: the words the two write apart decide (av/af, seg/sig ...)
    "no": "og i at det som en på er av med til den har ikke ikkje om et var jeg eg men de dei fra frå seg "
          "kan så ved etter ble hadde mot blir noe mye vært fikk sier nå hva enn meg deg",
    "fi": "ja on ei että se oli ovat mutta myös tai kuin hän joka sen ole mukaan kun jo",
    "vi": "và của là có trong được cho không những với các một người này đã để khi",
    # Croatian, Slovak, Slovene beside Czech and Polish; Lithuanian, Latvian, Estonian (words shared with
    # English, French, German or Italian - "to", "by", "in", "le", "im", "par", "un", "per", "see" - left out)
    "hr": "je na da se za su od sa koji koja koje što kao ali iz bi nije će biti bio bila bilo ili te kako još "
          "samo već nakon prema jer nisu tako kada",
    "sk": "je na sa že pre ako sú ale jeho ktoré ktorý ktorá ktorí tiež už len pri alebo bolo bol môže aj sme "
          "nie ešte však keď",
    "sl": "je na da se za so od ki ga pa tudi kot ali bi bo bil bila bilo iz če ne še samo že pri lahko tako "
          "ker saj smo jih",
    "lt": "ir yra kad bet tai kaip jo jos dėl apie buvo bus jau kuris kuri kurie nuo taip tik net arba kai dar "
          "savo",
    "lv": "ir ka no uz ar kas bet arī tas kā vai bija būs pēc jau tikai nav lai kad viņš viņa tiek gan kur",
    "et": "ja ei kui ka oli mis aga nii või siis veel mida nagu seda kes olid oma üle pärast tema juba kuid "
          "ning",
}

#: Writing systems: (name, character class) for the regex of the identifier.
SCRIPTS: tuple[tuple[str, str], ...] = (
    ("cyrillic", "\u0400-\u04ff\u0500-\u052f"),
    ("arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("devanagari", "\u0900-\u097f"),
    ("greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("hebrew", "\u0590-\u05ff"),
    ("thai", "\u0e00-\u0e7f"),
    ("bengali", "\u0980-\u09ff"),
    ("gurmukhi", "\u0a00-\u0a7f"),
    ("gujarati", "\u0a80-\u0aff"),
    ("tamil", "\u0b80-\u0bff"),
    ("telugu", "\u0c00-\u0c7f"),
    ("kannada", "\u0c80-\u0cff"),
    ("malayalam", "\u0d00-\u0d7f"),
    ("sinhala", "\u0d80-\u0dff"),
    ("georgian", "\u10a0-\u10ff"),
    ("armenian", "\u0530-\u058f"),
    ("ethiopic", "\u1200-\u137f"),
    ("khmer", "\u1780-\u17ff"),
    ("lao", "\u0e80-\u0eff"),
    ("myanmar", "\u1000-\u109f"),
)

#: The language a script implies when nothing better is known.
SCRIPT_LANGUAGES: dict[str, str] = {
    "cyrillic": "ru", "arabic": "ar", "devanagari": "hi", "greek": "el", "hebrew": "he", "thai": "th",
    "bengali": "bn", "gurmukhi": "pa", "gujarati": "gu", "tamil": "ta", "telugu": "te", "kannada": "kn",
    "malayalam": "ml", "sinhala": "si", "georgian": "ka", "armenian": "hy", "ethiopic": "am", "khmer": "km",
    "lao": "lo", "myanmar": "my",
}

#: Languages a page may declare for a script (a declaration outside its script is not believed).
SCRIPT_MEMBERS: dict[str, frozenset[str]] = {
    "cyrillic": frozenset("ru uk be bg sr mk kk ky tg mn ba tt cv ce os".split()),
    "arabic": frozenset("ar fa ur ps ku sd ug ckb".split()),
    "devanagari": frozenset("hi mr ne sa kok mai bho".split()),
    "greek": frozenset(("el",)),
    "hebrew": frozenset(("he", "yi")),
    "thai": frozenset(("th",)),
    "bengali": frozenset(("bn", "as")),
    "gurmukhi": frozenset(("pa",)),
    "gujarati": frozenset(("gu",)),
    "tamil": frozenset(("ta",)),
    "telugu": frozenset(("te",)),
    "kannada": frozenset(("kn",)),
    "malayalam": frozenset(("ml",)),
    "sinhala": frozenset(("si",)),
    "georgian": frozenset(("ka",)),
    "armenian": frozenset(("hy",)),
    "ethiopic": frozenset(("am", "ti")),
    "khmer": frozenset(("km",)),
    "lao": frozenset(("lo",)),
    "myanmar": frozenset(("my",)),
}

#: Letters only some languages of a script use: script -> ((language, letters), ...), checked in
#: order; a language is chosen when its letters make at least LETTER_SIGN_SHARE of the script's.
LETTER_SIGNS: dict[str, tuple[tuple[str, str], ...]] = {
    "cyrillic": (("be", "ў"), ("uk", "їєґі"), ("sr", "ђјљњћџ"), ("mk", "ќѓѕ"), ("kk", "әғқңөұүһ"),
                 ("bg", "ъ")),
    "arabic": (("ur", "ٹڈڑںےۓ"), ("fa", "پچژگکی")),
}
LETTER_SIGN_SHARE = 0.004
#: Letters that rule a language of the script out (Ukrainian and Bulgarian have no ы or э).
LETTER_VETO: dict[str, str] = {"uk": "ыэ", "bg": "ыэ"}

#: Declared codes that are obsolete or odd -> the code the identifier gives.
CODE_ALIASES: dict[str, str] = {"in": "id", "iw": "he", "ji": "yi", "jw": "jv", "nb": "no", "nn": "no", "mo": "ro"}

#: Latin-script languages (beyond those with FUNCTION_WORDS) whose declaration is believed for Latin text.
LATIN_LANGUAGES = frozenset(
    "en de fr es it pt nl pl tr id ms cs sk ro hu sv da no fi vi ca gl eu hr sl bs sr sq lt lv et is ga cy mt "
    "af sw tl fil az uz jv su ha yo ig zu xh so eo la lb fo br co oc rm wa".split())
