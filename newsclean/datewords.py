"""Words of dates, stamps and bylines per language (data only; read by dates, timestamp and byline).

Each table is grouped by language (ISO 639-1) so that a language is added in
one place; the code that reads them is language-free. Forms are lower case;
a name given with diacritics may also be listed without them when pages
commonly drop them (``mayis``, ``agustos``).
"""
from __future__ import annotations

import unicodedata

#: Languages whose capitals drop the accents ("ΔΗΜΟΣΙΕΥΣΗ" for "Δημοσίευση"): their labels below are
#: listed without the accents too (matching ignores case, then the lower case of an all-capitals
#: label has none), see :func:`with_capital_forms`.
CAPITALS_DROP_ACCENTS: tuple[str, ...] = ("el",)


def with_capital_forms(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``table`` with each word of a ``CAPITALS_DROP_ACCENTS`` language also listed without its
    accents (as the lower case of its capitals reads), after the word."""
    out = dict(table)
    for lang in CAPITALS_DROP_ACCENTS:
        words = table.get(lang)
        if words:
            bare = ["".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)) for w in words]
            out[lang] = tuple(dict.fromkeys(unicodedata.normalize("NFC", x) for w, b in zip(words, bare)
                                            for x in (w, b)))
    return out

#: Month names, abbreviations and inflected forms: language -> twelve entries (January first),
#: each the space-separated forms of that month.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
           "august aug", "september sep sept", "october oct", "november nov", "december dec"),
    "fr": ("janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil",
           "août aout", "septembre", "octobre", "novembre", "décembre decembre"),
    "de": ("januar jänner jan", "februar feber", "märz maerz mär", "april", "mai", "juni", "juli", "august",
           "september", "oktober okt", "november", "dezember dez"),
    "es": ("enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
           "septiembre setiembre", "octubre", "noviembre", "diciembre dic"),
    "it": ("gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug", "agosto",
           "settembre sett", "ottobre ott", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro fev", "março marco", "abril", "maio", "junho", "julho", "agosto",
           "setembro set", "outubro out", "novembro", "dezembro dez"),
    "nl": ("januari", "februari", "maart mrt", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember des"),
    "pl": ("stycznia styczeń styczen sty", "lutego luty lut", "marca marzec", "kwietnia kwiecień kwi",
           "maja maj", "czerwca czerwiec cze", "lipca lipiec lip", "sierpnia sierpień sie",
           "września wrzesnia wrzesień wrz", "października pazdziernika październik paź",
           "listopada listopad lis", "grudnia grudzień gru"),
    "cs": ("ledna leden", "února unora únor", "března brezna březen", "dubna duben", "května kvetna květen",
           "června cervna červen", "července cervence červenec", "srpna srpen", "září zari",
           "října rijna říjen", "listopadu", "prosince prosinec"),
    "ro": ("ianuarie ian", "februarie", "martie", "aprilie", "mai", "iunie iun", "iulie iul", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "hu": ("január januar", "február februar febr", "március marcius márc", "április aprilis ápr",
           "május majus máj", "június junius jún", "július julius júl", "augusztus", "szeptember szept",
           "október oktober", "november", "december"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "tr": ("ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz", "ağustos agustos",
           "eylül eylul", "ekim", "kasım kasim", "aralık aralik"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    "ru": ("января январь янв", "февраля февраль фев", "марта март мар", "апреля апрель апр", "мая май",
           "июня июнь июн", "июля июль июл", "августа август авг", "сентября сентябрь сен сент",
           "октября октябрь окт", "ноября ноябрь ноя", "декабря декабрь дек"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
           "жовтня", "листопада", "грудня"),
    "el": ("ιανουαρίου ιανουαριου ιαν", "φεβρουαρίου φεβρουαριου φεβ", "μαρτίου μαρτιου μαρ", "απριλίου απριλιου απρ",
           "μαΐου μαιου μαΐ μαι", "ιουνίου ιουνιου ιουν", "ιουλίου ιουλιου ιουλ", "αυγούστου αυγουστου αυγ",
           "σεπτεμβρίου σεπτεμβριου σεπ", "οκτωβρίου οκτωβριου οκτ", "νοεμβρίου νοεμβριου νοε", "δεκεμβρίου δεκεμβριου δεκ"),
    # Croatian (nominative and genitive, with and without diacritics); its October, "listopad(a)", is Polish
    # November: the first language listing a form gives its reading, a page known to be Croatian reads it
    # as October (dates.MONTHS_IN)
    "hr": ("siječanj siječnja sijecanj sijecnja", "veljača veljače veljaca veljace", "ožujak ožujka ozujak ozujka",
           "travanj travnja", "svibanj svibnja", "lipanj lipnja", "srpanj srpnja", "kolovoz kolovoza",
           "rujan rujna", "listopad listopada", "studeni studenoga studenog", "prosinac prosinca"),
    # Serbian and Bosnian in both scripts (nominative and genitive: "12. marta 2024.", "12. марта 2024.")
    "sr": ("januar januara јануар јануара", "februar februara фебруар фебруара", "mart marta март марта",
           "april aprila април априла", "maj maja мај маја", "jun juna јун јуна", "jul jula јул јула",
           "avgust avgusta august augusta август августа", "septembar septembra септембар септембра",
           "oktobar oktobra октобар октобра", "novembar novembra новембар новембра",
           "decembar decembra децембар децембра"),
    "sl": ("januar januarja", "februar februarja", "marec marca", "april aprila", "maj maja", "junij junija",
           "julij julija", "avgust avgusta", "september septembra", "oktober oktobra", "november novembra",
           "december decembra"),
    "sk": ("január januára", "február februára", "marec marca", "apríl apríla", "máj mája", "jún júna",
           "júl júla", "august augusta", "september septembra", "október októbra", "november novembra",
           "december decembra"),
    # Lithuanian (nominative, genitive: "2024 m. kovo 12 d."), Latvian (nominative, locative, genitive:
    # "2024. gada 12. martā"), Estonian
    "lt": ("sausis sausio", "vasaris vasario", "kovas kovo", "balandis balandžio", "gegužė gegužės",
           "birželis birželio", "liepa liepos", "rugpjūtis rugpjūčio", "rugsėjis rugsėjo", "spalis spalio",
           "lapkritis lapkričio", "gruodis gruodžio"),
    "lv": ("janvāris janvārī janvāra", "februāris februārī februāra", "marts martā", "aprīlis aprīlī aprīļa",
           "maijs maijā maija", "jūnijs jūnijā jūnija", "jūlijs jūlijā jūlija", "augusts augustā",
           "septembris septembrī", "oktobris oktobrī", "novembris novembrī", "decembris decembrī"),
    "et": ("jaanuar jaan", "veebruar veebr", "märts", "aprill", "mai", "juuni", "juuli", "august",
           "september", "oktoober", "november", "detsember dets"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
           "ноември", "декември"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
           "novembre", "desembre"),
    # Arabic: the Egyptian/Gulf names with and without hamza, the Levantine names of one word and the
    # Maghreb ones ("07 أكتوبر 2020", "12 آذار 2021", "3 جويلية 2019")
    "ar": ("يناير جانفي", "فبراير شباط فيفري", "مارس آذار اذار", "أبريل إبريل ابريل نيسان أفريل افريل",
           "مايو أيار ايار ماي", "يونيو يونيه حزيران جوان", "يوليو يوليه تموز جويلية", "أغسطس اغسطس آب أوت اوت",
           "سبتمبر أيلول ايلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"),
    # Hindi: both spellings of the nasal (सितंबर / सितम्बर) and फ़ with and without its dot
    "hi": ("जनवरी", "\u095eरवरी फ\u093cरवरी फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
           "सितंबर सितम्बर", "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"),
    # Urdu: the Persian yeh and keheh (ی ک) as Urdu writes them, and the Arabic ones (ي ك) some pages type
    "ur": ("جنوری جنوري", "فروری فروري", "مارچ", "اپریل اپريل", "مئی مئي", "جون", "جولائی جولائي", "اگست",
           "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
}

#: Two- and three-letter weekday abbreviations, read only right before a date on a short line
#: ("Do., 04.12.26", "Mi 3.12.25"): alone they are words ("Do", "So", "mar").
WEEKDAY_SHORT: dict[str, tuple[str, ...]] = {
    "de": ("mo", "di", "mi", "do", "fr", "sa", "so"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}

#: Weekday names and abbreviations that may stand next to a date (skipped, never read).
WEEKDAY_NAMES: dict[str, str] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "es": "lunes martes miércoles miercoles jueves viernes sábado sabado domingo",
    "it": "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica",
    "pt": "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
}

#: What may join a date and the time after it ("3. Mai 2026 um 14:05", "3 dicembre 2026 ore 14:05").
DATE_TIME_JOINERS: tuple[str, ...] = (
    "at", "@", "à", "a las", "a la", "às", "as", "um", "ore", "alle", "alle ore", "o godz.", "godz.", "o",
    "saat", "kl.", "kl", "klo", "klo.", "om", "в", "v", "a les", "alas", "pukul", "jam",
    "u", "у", "ob", "kell", "plkst.", "plkst", "о",  # hr/sr/bs "u 14:05" (Cyrillic "у"), sl, et, lv, uk
)
#: Words written between a year and the month or day after it ("2024 m. kovo 12 d.", "2024. gada 12. martā").
YEAR_MARKS: dict[str, tuple[str, ...]] = {
    "lt": ("m.",),
    "lv": ("gada",),
}
#: Words written after a date's year, before the time that may follow ("12 marca 2024 r., 14:05", "12 марта 2024 г.,
#: 14:05", "12 марта 2024 года в 14:05").
YEAR_AFTER_MARKS: dict[str, tuple[str, ...]] = {
    "pl": ("r.", "roku"),
    "ru": ("г.", "года"),
    "uk": ("р.", "року"),
    "bg": ("г.",),
    "hr": ("god.",),
}
#: Words written after the day of such a date ("2024 m. kovo 12 d.").
DAY_MARKS: dict[str, tuple[str, ...]] = {
    "lt": ("d.",),
}
#: Words after a time of day that belong to it ("14:05 Uhr", "14:05 h").
TIME_SUFFIXES: tuple[str, ...] = ("uhr", "uur", "h", "hs", "hrs", "óra", "ч.", "godz.")

#: Labels saying a stamp is the publication time (any language; matched case-insensitively).
PUBLISHED_LABELS_EU: dict[str, tuple[str, ...]] = {
    "de": ("veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "publiziert", "datum",
           "erstellt", "erstellt am", "vom", "geschrieben am", "gepostet am", "erstveröffentlichung",
           "erstveröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht",
           "gespeichert von"),  # (Drupal's "Gespeichert von X am …", its "Submitted by X on …")
    "fr": ("publié", "publié le", "publiée le", "publie le", "le", "date de publication", "mis en ligne le",
           "mise en ligne", "mis en ligne", "paru le", "soumis par"),
    "es": ("publicado", "publicado el", "publicada el", "fecha", "fecha de publicación", "enviado por"),
    "it": ("pubblicato", "pubblicato il", "pubblicata il", "data", "data di pubblicazione", "inviato da"),
    "pt": ("publicado", "publicado em", "publicada em", "data", "data de publicação"),
    "nl": ("gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op", "datum", "ingezonden door"),
    "pl": ("opublikowano", "data publikacji", "dodano", "data"),
    "cs": ("publikováno", "zveřejněno", "datum"),
    "tr": ("yayınlanma", "yayınlanma tarihi", "yayın tarihi", "giriş", "oluşturulma tarihi", "tarih"),
    "sv": ("publicerad", "publicerat", "datum"),
    "da": ("publiceret", "offentliggjort", "dato"),
    "no": ("publisert", "dato"),
    "fi": ("julkaistu",),
    "ru": ("опубликовано", "дата публикации", "дата"),
    "id": ("diterbitkan", "dipublikasikan", "tanggal"),
    "el": ("δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε", "ημερομηνία δημοσίευσης"),
    "ko": ("입력", "기사입력", "입력일", "최초 입력", "등록", "등록일"),
    "hr": ("objavljeno",),
    "sr": ("objavljeno", "објављено"),
    "sl": ("objavljeno",),
    "sk": ("publikované", "zverejnené", "uverejnené"),
    "lt": ("paskelbta", "publikuota"),
    "lv": ("publicēts", "publicēta"),
    "et": ("avaldatud",),
    "bg": ("публикувано", "публикувана"),
    "mk": ("објавено",),
    "uk": ("опубліковано", "публікація"),
    "ro": ("publicat", "publicat la", "publicat pe", "data publicării"),
    "hu": ("közzétéve", "megjelent", "publikálva"),
    "is": ("birt",),
    "ca": ("publicat", "publicat el", "data de publicació"),
}
PUBLISHED_LABELS_EU = with_capital_forms(PUBLISHED_LABELS_EU)
#: A post's footer sentence around its publication date ("This entry was posted on Saturday, December 3rd,
#: 2011 at 2:14 pm and is filed under …", "Dieser Beitrag wurde am 3. Dezember 2011 um 14:14 Uhr veröffentlicht
#: und unter … abgelegt"): the words before the date, read as a label.
PUBLISHED_SENTENCES_EU: dict[str, tuple[str, ...]] = {
    "en": ("this entry was posted on", "this entry was posted", "this post was published on",
           "this article was published on", "this entry was published on"),
    "de": ("dieser beitrag wurde am", "dieser beitrag wurde", "dieser artikel wurde am", "dieser artikel wurde",
           "dieser eintrag wurde am", "dieser eintrag wurde"),
    "fr": ("cette entrée a été publiée le", "cet article a été publié le", "ce billet a été publié le"),
    "es": ("esta entrada fue publicada el", "este artículo fue publicado el", "esta entrada se publicó el"),
    "it": ("questo articolo è stato pubblicato il", "questa voce è stata pubblicata il",
           "questo post è stato pubblicato il"),
    "pt": ("este artigo foi publicado em", "esta entrada foi publicada em", "este post foi publicado em"),
    "nl": ("dit bericht werd geplaatst op", "dit artikel werd geplaatst op", "dit bericht is geplaatst op",
           "dit artikel is gepubliceerd op"),
}
#: A post footer's filing label right AFTER the post's date ("Posted by Jane on 21/02/2021. Filed under
#: News", "Von X am 21/02/2021. Abgelegt unter Israel"): the date just before it is the post's.
FILED_UNDER_EU: dict[str, tuple[str, ...]] = {
    "en": ("filed under",),
    "de": ("abgelegt unter",),
    "fr": ("classé dans",),
    "es": ("archivado en",),
    "it": ("archiviato in",),
    "nl": ("opgeslagen onder",),
}
#: Labels saying a stamp is an update.
UPDATED_LABELS_EU: dict[str, tuple[str, ...]] = {
    "de": ("aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "stand", "update", "geändert",
           "zuletzt geändert", "aktualisierung", "aktualisierung am", "letzte aktualisierung", "letzte änderung"),
    "fr": ("mis à jour", "mis à jour le", "mise à jour", "modifié le", "actualisé le", "dernière mise à jour",
           "derniere mise a jour"),
    "es": ("actualizado", "actualizado el", "actualizada el", "última actualización", "modificado"),
    "it": ("aggiornato", "aggiornato il", "aggiornata il", "ultimo aggiornamento", "modificato"),
    "pt": ("atualizado", "atualizado em", "atualizada em", "actualizado", "última atualização"),
    "nl": ("bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "gewijzigd"),
    "pl": ("aktualizacja", "zaktualizowano", "ostatnia aktualizacja"),
    "cs": ("aktualizováno", "aktualizace"),
    "tr": ("güncelleme", "güncellenme", "güncelleme tarihi", "son güncelleme"),
    "sv": ("uppdaterad", "uppdaterat"),
    "da": ("opdateret",),
    "no": ("oppdatert",),
    "fi": ("päivitetty",),
    "ru": ("обновлено",),
    "id": ("diperbarui", "terakhir diperbarui"),
    "ko": ("수정", "수정일", "최종 수정", "업데이트"),
    "el": ("ενημέρωση", "ενημερώθηκε", "τελευταία ενημέρωση"),
    "hr": ("ažurirano",),
    "sr": ("ažurirano", "ажурирано"),
    "sl": ("posodobljeno",),
    "sk": ("aktualizované",),
    "lt": ("atnaujinta",),
    "lv": ("atjaunināts", "atjaunots"),
    "et": ("uuendatud", "muudetud"),
    "bg": ("актуализирано", "обновено"),
    "mk": ("ажурирано",),
    "uk": ("оновлено",),
    "ro": ("actualizat", "actualizat la", "ultima actualizare"),
    "hu": ("frissítve", "frissítés", "módosítva"),
    "is": ("uppfært",),
    "ca": ("actualitzat", "actualitzat el"),
}
UPDATED_LABELS_EU = with_capital_forms(UPDATED_LABELS_EU)

#: Relative stamps ("il y a 3 heures", "vor 2 Stunden", "3 ore fa"), as patterns per language
#: (matched ignoring case); each holds one of :data:`RELATIVE_HINTS_EU`.
RELATIVE_STAMPS_EU: dict[str, tuple[str, ...]] = {
    "fr": (r"il y a\s+(?:\d+|une?|quelques)\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)",
           r"(?:aujourd'hui|aujourd’hui),?\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d{2}",
           # (a common word of another language, German "hier", Spanish "ayer" in "player", Italian "ieri" in
           # "schwierig": written with what follows it, one space, the hint that lets the line through)
           r"hier à \d{1,2}\s*[h:]\s*\d{2}", r"hier, (?:à )?\d{1,2}\s*[h:]\s*\d{2}",),
    "de": (r"vor\s+(?:\d+|einer?|wenigen)\s*(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tage?n?|wochen?|monate?n?|jahre?n?)",
           r"(?:heute|gestern),?\s+\d{1,2}:\d{2}(?:\s*uhr)?",),
    "es": (r"hace\s+(?:\d+|una?|unos)\s*(?:segundos?|minutos?|min|horas?|h|días?|semanas?|mes(?:es)?|años?)",
           r"hoy,?\s+(?:a\s+las\s+)?\d{1,2}:\d{2}", r"ayer, (?:a las )?\d{1,2}:\d{2}", r"ayer a las \d{1,2}:\d{2}",),
    "it": (r"(?:\d+|un|una)\s*(?:secondi|minuti|minuto|min|ore|ora|giorni|giorno|settimane|mesi|anni)\s+fa",
           r"oggi,?\s+(?:alle\s+(?:ore\s+)?)?\d{1,2}[:.]\d{2}", r"ieri, (?:alle (?:ore )?)?\d{1,2}[:.]\d{2}",
           r"ieri alle (?:ore )?\d{1,2}[:.]\d{2}",),
    "pt": (r"há\s+(?:\d+|uma?)\s*(?:segundos?|minutos?|min|horas?|h|dias?|semanas?|mes(?:es)?|anos?)",
           r"(?:\d+|uma?)\s*(?:minutos?|horas?|dias?)\s+atrás", r"(?:hoje|ontem),?\s+(?:às\s+)?\d{1,2}[:h]\d{2}"),
    "nl": (r"(?:\d+|een)\s*(?:seconden|minuten|min|uur|dagen|dag|weken|maanden|jaar)\s+geleden",
           r"(?:vandaag|gisteren),?\s+(?:om\s+)?\d{1,2}[:.]\d{2}",),
    "pl": (r"\d+\s*(?:sekund[ya]?|minut[ya]?|min\.?|godzin[ya]?|godz\.?|dni|dzień|tygodni[ea]?|miesięcy|lat[a]?)\s+temu",
           r"(?:dzisiaj|dziś|wczoraj),?\s+(?:o\s+)?\d{1,2}:\d{2}",),
    "ru": (r"\d+\s*(?:секунд[уы]?|минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад",
           r"(?:сегодня|вчера),?\s+(?:в\s+)?\d{1,2}:\d{2}",),
    "sv": (r"för\s+\d+\s*(?:sekunder|minuter|min|timmar|timme|dagar|dag|veckor|månader|år)\s+sedan",
           r"(?:i dag|idag|igår|i går),?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}",),
    "no": (r"for\s+\d+\s*(?:sekunder|minutter|min|timer|time|dager|døgn|uker|måneder|år)\s+siden",
           r"(?:i dag|i går),?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}",),
    "da": (r"for\s+\d+\s*(?:sekunder|minutter|min|timer|time|dage|dag|uger|måneder|år)\s+siden",
           r"(?:i dag|i går),?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}",),
    "tr": (r"\d+\s*(?:saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce",),
    "ja": (r"\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前",),
    "id": (r"\d+\s*(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu",),
    # today / yesterday with a clock time as the whole stamp ("Šodien, 17:40", "I dag 08:15")
    "lv": (r"(?:šodien|vakar),?\s+(?:plkst\.\s*)?\d{1,2}:\d{2}",
           r"pirms\s+\d+\s*(?:sekundēm|minūtēm|minūtes|min\.?|stundām|stundas|h|dienām|dienas|nedēļām|mēnešiem|gadiem)",),
    "lt": (r"(?:šiandien|vakar),?\s+\d{1,2}:\d{2}",
           r"prieš\s+\d+\s*(?:sek\.?|min\.?|val\.?|d\.|sekundes|sekundžių|minutes|minučių|valandas|valandų|dienas|dienų"
           r"|savaites|savaičių|mėnesius|mėnesių|metus|metų)",),
    "et": (r"(?:täna|eile),?\s+(?:kell\s+)?\d{1,2}[:.]\d{2}",
           r"\d+\s*(?:sekundit|minutit|min|tundi|tund|päeva|päev|nädalat|kuud|aastat)\s+tagasi",),
    "fi": (r"(?:tänään|eilen),?\s+(?:klo\s+)?\d{1,2}[:.]\d{2}",
           r"\d+\s*(?:sekuntia|minuuttia|min|tuntia|tunti|päivää|päivä|viikkoa|kuukautta|vuotta)\s+sitten",),
    "cs": (r"(?:dnes|včera),?\s+(?:v\s+)?\d{1,2}:\d{2}",
           r"před\s+(?:\d+\s*(?:sekundami|minutami|min\.?|hodinami|dny|týdny|měsíci|lety)|hodinou|minutou)"
           r"(?![^\W\d_])",),
    "sk": (r"(?:dnes|včera),?\s+(?:o\s+)?\d{1,2}:\d{2}",
           r"pred\s+(?:\d+\s*(?:sekundami|minútami|min\.?|hodinami|dňami|týždňami|mesiacmi|rokmi)|hodinou|minútou)"
           r"(?![^\W\d_])",),
    "el": (r"πριν(?:\s+από)?\s+\d+\s*(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|μέρες|ημέρες|ημέρα|εβδομάδες|μήνες|χρόνια)",
           r"(?:σήμερα|χθες|χτες),?\s+(?:στις\s+)?\d{1,2}:\d{2}",),
    "uk": (r"(?:сьогодні|вчора),?\s+(?:о\s+)?\d{1,2}:\d{2}",
           r"\d+\s*(?:секунд[уи]?|хвилин[уи]?|хв\.?|годин[уи]?|год\.?|дн(?:і|ів)|день|тижн(?:і|ів|ень)|місяц(?:і|ів|ь)|рок(?:и|ів)|рік)"
           r"\s+тому",),
    "ar": (r"منذ\s+(?:\d+\s*)?(?:ثانية|ثوان[يٍ]?|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر"
           r"|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين)",),
    "hi": (r"(?:\d+|कुछ(?:\s+ही)?|एक)\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|सप्ताह|महीने|महीना|साल|वर्ष|क्षण|पल)\s+पहले",),
    "ko": (r"\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전",),
    "th": (r"\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*ที่แล้ว",),
    "vi": (r"\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước",),
    "he": (r"לפני\s+(?:\d+\s*)?(?:שניות|דקות|דקה|שעות|שעה|שעתיים|ימים|יום|יומיים|שבועות|שבוע|חודשים|חודש|שנים|שנה)",),
    "fa": (r"\d+\s*(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+پیش",),
    # Croatian, Bosnian, Serbian (Latin "prije" / "pre", Cyrillic "пре")
    "hr": (r"prije\s+(?:\d+|jedne?|jedan|nekoliko)\s*(?:sekund[ei]?|minut[ae]?|min\.?|sat[ai]?|h|dan[a]?|tjed(?:an|na)"
           r"|sedmic[ae]|mjesec[ai]?|godin[ae]?)",),
    "sr": (r"pre\s+(?:\d+|jedne?|jedan|nekoliko)\s*(?:sekund[ei]?|minut[ae]?|min\.?|sat[ai]?|dan[a]?|nedelj[ae]|mesec[ai]?"
           r"|godin[ae]?)",
           r"пре\s+(?:\d+|једне?|један|неколико)\s*(?:секунд[еи]?|минут[ае]?|мин\.?|сат[аи]?|дан[а]?|недељ[ае]|месец[аи]?"
           r"|годин[ае]?)",),
    "sl": (r"pred\s+(?:\d+|eno|enim)\s*(?:sekund(?:o|ami)?|minut(?:o|ami)?|min\.?|ur(?:o|ami)?|dnev(?:om|i)|dnem"
           r"|tedn(?:om|i)|mesec(?:em|i)|let(?:om|i)?)",),
    "hu": (r"\d+\s*(?:másodperce|perce|órája|napja|hete|hónapja|éve)(?![^\W\d_])",),
    "ro": (r"acum\s+(?:\d+|o|un)\s*(?:secunde|minute|minut|min\.?|ore|oră|ora|zile|zi|săptămâni|săptămână|luni|lună"
           r"|ani|an)",),
    "bg": (r"преди\s+(?:\d+|един|една|няколко)\s*(?:секунди|секунда|минути|минута|мин\.?|часа|час|дни|ден|седмици"
           r"|седмица|месеца|месец|години|година)",),
    "ca": (r"fa\s+(?:\d+|una?)\s*(?:segons|minuts|minut|min|hores|hora|h|dies|dia|setmanes|setmana|mesos|mes|anys|any)",),
}
#: A word each relative stamp above holds (a cheap first look; a test checks).
RELATIVE_HINTS_EU: tuple[str, ...] = ("il y a", "vor", "hace", "fa", "há", "atrás", "geleden", "temu", "назад", "sedan",
                                      "siden", "önce", "前", "lalu", "πριν", "šodien", "vakar", "šiandien", "täna", "eile",
                                      "tänään", "eilen", "i dag", "idag", "i går", "igår", "сьогодні", "вчора", "сегодня",
                                      "вчера", "dzisiaj", "dziś", "wczoraj", "dnes", "včera", "heute", "gestern",
                                      "тому", "منذ", "पहले", "전", "ที่แล้ว", "trước", "לפני", "پیش",
                                      "prije", "pre", "пре", "pred", "před", "perce", "órája", "napja", "hete",
                                      "hónapja", "éve", "másodperce", "acum", "преди", "prieš", "pirms", "tagasi",
                                      "sitten", "hoy", "ayer, ", "ayer a las", "oggi", "ieri, ", "ieri alle", "hoje",
                                      "ontem", "vandaag", "gisteren", "aujourd'hui", "aujourd’hui", "hier à", "hier, ",
                                      "σήμερα", "χθες", "χτες")

#: The words naming the day a relative stamp's clock time is of, today or yesterday ("heute, 10:15 Uhr",
#: "Hoy, 14:05", "aujourd'hui à 14h05", "сегодня в 14:05"), and what may stand between them and the clock:
#: such a stamp gives the time of day of the day another date of the page fixes (its address's, a declared
#: date alone), never a day of its own.
DAY_WORDS: tuple[str, ...] = ("today", "yesterday", "heute", "gestern", "aujourd'hui", "aujourd’hui", "hier", "hoy",
                              "ayer", "oggi", "ieri", "hoje", "ontem", "vandaag", "gisteren", "dzisiaj", "dziś",
                              "wczoraj", "сегодня", "вчера", "сьогодні", "вчора", "σήμερα", "χθες", "χτες", "dnes",
                              "včera", "i dag", "idag", "i går", "igår", "tänään", "eilen", "täna", "eile", "šodien",
                              "vakar", "šiandien")
DAY_CLOCK_JOINERS: tuple[str, ...] = ("at", "um", "à", "a las", "alle ore", "alle", "às", "om", "στις", "в", "o", "v",
                                      "kl.", "kl", "klo", "kell", "plkst.", "о")

#: Byline openers whose value is the author ("Von X", "Par X" ...): language -> openers.
AUTHOR_OPENERS_EU: dict[str, tuple[str, ...]] = {
    "de": ("von", "autor", "autorin", "autoren", "autorin/autor", "autor/autorin", "autor/in", "autor/-in",
           "autor*in", "autor:in", "autor_in", "autor(in)", "autorinnen", "text", "verfasst von", "geschrieben von",
           "ein kommentar von", "ein gastbeitrag von", "kommentar von",
           "gastbeitrag von", "ein gastkommentar von", "gastkommentar von", "eine analyse von", "analyse von",
           "eine kolumne von", "kolumne von", "ein beitrag von", "beitrag von", "eine reportage von",
           "reportage von", "ein bericht von", "bericht von", "ein essay von", "ein interview von", "ein artikel von"),
    "fr": ("par", "auteur", "texte", "écrit par", "ecrit par", "rédigé par", "un article de", "une chronique de",
           "un reportage de"),
    "es": ("escrito por", "redactado por", "un artículo de", "una crónica de", "por", "autor", "autora", "texto"),
    "it": ("scritto da", "un articolo di", "articolo di", "di", "autore", "autrice", "autori", "testo", "a cura di"),
    "pt": ("escrito por", "redigido por", "um artigo de", "por", "autor", "autora", "texto"),
    "nl": ("geschreven door", "een artikel van", "door", "auteur", "tekst"),
    "pl": ("napisał", "napisała", "autor", "autorka", "autorzy", "tekst"),
    "cs": ("napsal", "napsala", "autor", "autorka", "autoři", "text"),
    "sv": ("skriven av", "skrivet av", "av", "text"),
    "da": ("skrevet af", "af", "tekst"),
    "no": ("skrevet av", "av", "tekst"),
    "tr": ("yazan", "yazar", "muhabir"),
    "id": ("oleh", "penulis", "reporter"),
    "ru": ("автор", "авторы", "текст"),
    "uk": ("автор", "автори", "текст"),
    "lv": ("autors", "autore", "autori", "teksts"),
    "lt": ("autorius", "autorė", "autoriai", "tekstas"),
    "et": ("autor", "autorid", "tekst"),
    "fi": ("kirjoittanut", "kirjoittaja", "kirjoittajat", "teksti"),
    "sk": ("napísal", "napísala", "autor", "autorka", "autori", "text"),
    "hr": ("napisao", "napisala", "autor", "autorica", "autori", "piše"),
    "sl": ("napisal", "napisala", "avtor", "avtorica", "avtorja", "avtorji", "piše"),
    "sr": ("autor", "autori", "piše", "аутор", "аутори", "пише"),
    "bg": ("автор", "автори", "текст"),
    "hu": ("szerző", "szerzők", "írta"),
    "el": ("συντάκτης", "συντάκτρια", "γράφει"),
    "is": ("höfundur", "eftir"),
    "ro": ("autor", "autori", "scris de", "de către"),
}
#: Openers naming the writer by the newsroom's role ("dal nostro inviato X", "Door onze redacteur X", "Von unserem
#: Korrespondenten X") or, in Greek, by the genitive article of the name after them ("Του Γιώργου Παπαδόπουλου":
#: by G. P.; "Γράφει ο X"), and Polish "oprac." (compiled by, the byline of an agency-based story): the name
#: follows. Part of AUTHOR_OPENERS_EU; a byline element's text is read without them too.
ROLE_OPENERS_EU: dict[str, tuple[str, ...]] = with_capital_forms({
    "el": ("του", "της", "των", "γράφει ο", "γράφει η", "γράφουν οι"),
    "it": ("dal nostro inviato", "dalla nostra inviata", "dai nostri inviati", "dal nostro corrispondente",
           "dalla nostra corrispondente"),
    "nl": ("door onze redacteur", "door onze correspondent", "door onze verslaggever", "van onze correspondent",
           "van onze redacteur", "van onze verslaggever"),
    "fr": ("de notre correspondant", "de notre correspondante", "de notre envoyé spécial",
           "de notre envoyée spéciale"),
    "de": ("von unserem korrespondenten", "von unserer korrespondentin", "von unserem redakteur",
           "von unserer redakteurin"),
    "pl": ("oprac.", "opracowanie", "opracował", "opracowała"),
})
#: One label crediting the text and the pictures to the same person ("Text & Fotos: X", "Texte et photos : X"):
#: the author. Part of AUTHOR_OPENERS_EU (longer than the credit "Fotos", read first); a byline element's
#: text is read without them too.
TEXT_AND_PICTURES_EU: dict[str, tuple[str, ...]] = {
    "de": ("text & fotos", "text und fotos", "text & foto", "text und foto", "text & bilder", "text und bilder",
           "text & bild", "text und bild", "text/fotos", "text/foto", "text + fotos"),
    "fr": ("texte et photos", "texte & photos", "texte et photo"),
    "es": ("texto y fotos", "texto y fotografías", "texto y foto"),
    "it": ("testo e foto", "testo e fotografie"),
    "pt": ("texto e fotos", "texto e fotografias"),
    "nl": ("tekst en foto's", "tekst en foto", "tekst en beeld"),
    "pl": ("tekst i zdjęcia", "tekst i fot."),
}
_MORE_OPENERS = {lang: ROLE_OPENERS_EU.get(lang, ()) + TEXT_AND_PICTURES_EU.get(lang, ())
                 for lang in {**ROLE_OPENERS_EU, **TEXT_AND_PICTURES_EU}}
AUTHOR_OPENERS_EU = {lang: words + _MORE_OPENERS.get(lang, ()) for lang, words in AUTHOR_OPENERS_EU.items()} | {
    lang: words for lang, words in _MORE_OPENERS.items() if lang not in AUTHOR_OPENERS_EU}
#: Words joining a stamp to its author after the date ("Posted on … by X", "Veröffentlicht am … von X",
#: "Pubblicato il … da X"): read only after a date, never as a line's opener ("da", "przez" open sentences).
STAMP_BY_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("by", "posted by", "written by"),
    "de": ("von",),
    "fr": ("par",),
    "es": ("por",),
    "it": ("da", "di"),
    "pt": ("por",),
    "nl": ("door",),
    "pl": ("przez", "autor"),
    "cs": ("autor",),
    "sv": ("av",),
    "da": ("af",),
    "no": ("av",),
    "id": ("oleh",),
}
#: Openers of a co-credit whose value shares the authorship when its line comes right under the byline
#: ("Von X" / "Adaptiert von Y": the adaptation's author; "Übersetzung und Adaptierung: AFP"), per language.
#: A translation alone ("translated by"), "additional reporting" and editing stay credits (not authors).
CO_AUTHOR_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("adapted by", "translated and adapted by", "adaptation by"),
    "de": ("adaptiert von", "adaptiert", "übersetzt und adaptiert von", "übersetzung und adaptierung", "adaptierung",
           "adaption"),
    "fr": ("adapté par", "adaptation", "traduit et adapté par", "traduction et adaptation"),
    "es": ("adaptado por", "adaptación", "traducido y adaptado por", "traducción y adaptación"),
    "it": ("adattato da", "adattamento", "tradotto e adattato da", "traduzione e adattamento"),
    "pt": ("adaptado por", "adaptação", "traduzido e adaptado por", "tradução e adaptação"),
}
#: Credit openers whose value is not the author (editors, photographers).
CREDIT_OPENERS_EU: dict[str, tuple[str, ...]] = {
    "de": ("redaktion", "foto", "fotos", "bearbeitet von"),
    "fr": ("photo", "édité par", "rédaction"),
    "es": ("foto", "fotos", "edición", "redacción", "editado por"),
    "it": ("foto", "redazione"),
    "pt": ("foto", "fotos", "edição", "redação"),
    "nl": ("foto", "redactie"),
    "pl": ("zdjęcia", "fot.", "redakcja"),
}


def flat(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every form of a per-language table, once, in table order."""
    return tuple(dict.fromkeys(w for forms in table.values() for w in forms))

#: The zone a page's times are in when it names none, for languages written mostly in one zone:
#: language -> (IANA zone, standard offset in hours, used without a tz database). Languages spread
#: over many zones (en, es, pt, ar ...) are not listed: their times stay in the caller's default.
LANGUAGE_ZONES: dict[str, tuple[str, float]] = {
    "de": ("Europe/Berlin", 1), "fr": ("Europe/Paris", 1), "it": ("Europe/Rome", 1),
    "nl": ("Europe/Amsterdam", 1), "pl": ("Europe/Warsaw", 1), "cs": ("Europe/Prague", 1),
    "sk": ("Europe/Bratislava", 1), "hu": ("Europe/Budapest", 1), "da": ("Europe/Copenhagen", 1),
    "sv": ("Europe/Stockholm", 1), "no": ("Europe/Oslo", 1), "hr": ("Europe/Zagreb", 1),
    "sl": ("Europe/Ljubljana", 1), "fi": ("Europe/Helsinki", 2), "el": ("Europe/Athens", 2),
    "ro": ("Europe/Bucharest", 2), "bg": ("Europe/Sofia", 2), "uk": ("Europe/Kyiv", 2),
    "lt": ("Europe/Vilnius", 2), "lv": ("Europe/Riga", 2), "et": ("Europe/Tallinn", 2),
    "tr": ("Europe/Istanbul", 3), "ru": ("Europe/Moscow", 3), "ja": ("Asia/Tokyo", 9), "ko": ("Asia/Seoul", 9),
    "vi": ("Asia/Ho_Chi_Minh", 7), "th": ("Asia/Bangkok", 7), "he": ("Asia/Jerusalem", 2),
    "fa": ("Asia/Tehran", 3.5), "hi": ("Asia/Kolkata", 5.5), "ur": ("Asia/Karachi", 5),
}

#: Where English writes the day first in numeric dates ("02/10/2020" is 2 October): the regions of a declared
#: language tag (``en-GB``) or a site's country domain (``.co.uk``). Elsewhere English reads such a date month
#: first unless its numbers tell (a day over 12) or a 12-hour clock follows it.
DAY_FIRST_ENGLISH_REGIONS: frozenset[str] = frozenset(("gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "sg",
                                                       "my", "pk", "mt", "cy", "hk"))
