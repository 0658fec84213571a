"""Reading dates and times written the way news pages write them.

This module knows date *formats*, not noise: it finds and parses absolute
dates in Chinese and English (and the month names of a few European
languages), tells relative stamps ("3小时前", "2 hours ago") apart, and
attaches a time zone. Which line of a page is the publication date is for
the plugins to decide.

Formats read (patterns are data at the top of the module):

* Chinese and ISO order: ``2025-09-08``, ``2025/9/8``, ``2025.09.08``,
  ``2025年9月8日``, each optionally followed by a time: ``00:41:55``,
  ``08:00``, ``下午3:20``, ``8时40分``, ISO ``T00:41:55+08:00``.
* Year last: ``7/5/2005 9:23:57 PM`` (month first with a 12-hour clock or in
  Latin-script text), ``06/02/2022 - 13:48`` (day first in CJK text),
  ``13.05.2024`` (day first when the day is over 12).
* Month names: ``Sept. 8, 2025 3:41 p.m. ET``, ``8 September 2025``,
  ``Sun, May 12, 2024``, ``12 mai 2024``, ``8. September 2025``,
  ``8 de septiembre de 2025``; a time may also come first
  (``11:09 PM PDT • May 19, 2024``).
* Year and month only (``2003年5月``, ``May 2018``) are found with
  precision ``"month"`` so that callers can skip them.

Zones: an explicit zone (``Z``, ``+08:00``, ``GMT+8``, ``UTC``, ``EDT``,
``ET``, ``北京时间`` ...) wins; otherwise the caller's ``tz_hours`` is used, and
where no zone is known a time of day stays naive (the page's wall clock): UTC is
never invented for it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, Iterable

from .datewords import (DATE_TIME_JOINERS, DAY_FIRST_ENGLISH_REGIONS, LANGUAGE_ZONES, MONTH_NAMES, RELATIVE_HINTS_EU, RELATIVE_STAMPS_EU,
                        TIME_SUFFIXES, WEEKDAY_NAMES, YEAR_MARKS, DAY_MARKS, YEAR_AFTER_MARKS)
from .patterns import (WHITESPACE, Anchors, LazyPattern, LiteralGate, ascii_pattern, caseless_chars, literal_tree,
                       needs_non_ascii, terms_source)
from .text import page_cache

__all__ = [
    "DateMatch",
    "find_dates",
    "find_date",
    "parse_date",
    "is_relative_date",
    "is_plausible",
    "date_in_url",
    "as_url_reads",
    "strip_dates",
    "with_zone",
    "page_offset",
    "propose_published",
    "local_twin",
    "on_page_clock",
    "attach_zone",
    "time_of_day_of",
    "PAGE_STAMPS",
    "zone_hours_for",
    "zone_for",
    "month_language",
    "EARLIEST_YEAR",
]

# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

#: ``Document.state`` key: the zone-aware times a page declares (JSON-LD, ``<meta>``), whose
#: offsets :func:`attach_zone` gives to the page's times written without one.
PAGE_STAMPS = "dates:page_stamps"

#: Dates before this year are taken as misreadings (ids, prices), not stamps.
EARLIEST_YEAR = 1980

#: Month names and abbreviations -> month number (lower case, no dot), from
#: :data:`newsclean.datewords.MONTH_NAMES` (the first language listing a form wins).
MONTHS: dict[str, int] = {}
for _forms in MONTH_NAMES.values():
    for _num, _names in enumerate(_forms, start=1):
        for _n in _names.split():
            MONTHS.setdefault(_n, _num)
#: The forms a language reads as another month than :data:`MONTHS` does (Croatian "listopad(a)" is October,
#: Polish and Czech November): language -> {form: month}. A date is read so only when the caller knows the
#: page's language (``find_dates(..., language=...)``); without one the first reading stands.
MONTHS_IN: dict[str, dict[str, int]] = {}
for _lang, _forms in MONTH_NAMES.items():
    for _num, _names in enumerate(_forms, start=1):
        for _n in _names.split():
            if MONTHS[_n] != _num:
                MONTHS_IN.setdefault(_lang, {})[_n] = _num


#: Declared languages of an English page that say nothing of its dates' order: English itself, and the
#: CJK languages (their year-last dates are read by the script of the date's line).
MONTH_FIRST_DECLARED = frozenset(("en", "zh", "ja", "ko"))


def day_first_for(language: "str | None", declared: "str | None" = None, url: "str | None" = None) -> "bool | None":
    """How a page in ``language`` writes ``03/04/2024``: day first (True) outside English; in English, day
    first where its declared language tag (``en-GB``) or its site's country domain (``.co.uk``) names a
    region of :data:`DAY_FIRST_ENGLISH_REGIONS`, or where the page declares another language (not one of
    :data:`MONTH_FIRST_DECLARED`), else None (the date's own numbers and clock decide)."""
    if not (language or "en").lower().startswith("en"):
        return True
    tag = (declared or "").strip().lower().replace("_", "-")
    if tag.startswith("en-") and tag[3:5] in DAY_FIRST_ENGLISH_REGIONS:
        return True
    base = tag.split("-")[0]
    if len(base) == 2 and base.isalpha() and base not in MONTH_FIRST_DECLARED:
        return True  # (an English story on a site declaring its own European language: the site's format)
    if url and "//" in url:
        host = url.split("//", 1)[1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
        if host.rpartition(".")[2] in DAY_FIRST_ENGLISH_REGIONS:
            return True
    return None


def month_language(language: "str | None") -> "str | None":
    """The base code of ``language`` when some month name reads otherwise in it (a key of
    :data:`MONTHS_IN`), else None: what callers pass as ``find_dates(..., language=...)``."""
    base = (language or "").lower().replace("_", "-").split("-")[0]
    return base if base in MONTHS_IN else None

#: Weekday names that may precede or follow a date (skipped, never read).
WEEKDAYS = tuple(dict.fromkeys(w for names in WEEKDAY_NAMES.values() for w in names.split()))

#: Zone abbreviations -> hours east of UTC. Ambiguous ones (CST, IST for
#: Israel/Ireland) are left out or given their usual news meaning.
ZONE_HOURS: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "ut": 0, "wet": 0, "bst": 1, "cet": 1, "west": 1, "cest": 2,
    "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "pkt": 5, "ict": 7, "wib": 7, "hkt": 8, "sgt": 8,
    "awst": 8, "pht": 8, "jst": 9, "kst": 9, "acst": 9.5, "aest": 10, "aedt": 11, "nzst": 12,
    "nzdt": 13, "ast": -4, "adt": -3, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
    # German names of the European zones (MEZ = CET ...)
    "wez": 0, "wesz": 1, "mez": 1, "mesz": 2, "oez": 2, "oesz": 3,
}
#: Zones named in Chinese.
ZONE_WORDS_ZH: dict[str, float] = {
    "北京时间": 8, "京港台时间": 8, "台北时间": 8, "香港时间": 8, "东京时间": 9, "格林尼治时间": 0,
    "格林威治时间": 0, "世界标准时间": 0, "协调世界时": 0,
}
#: US region zones that switch with daylight saving: (IANA name, standard offset).
REGION_ZONES: dict[str, tuple[str, float]] = {
    "et": ("America/New_York", -5), "ct": ("America/Chicago", -6),
    "mt": ("America/Denver", -7), "pt": ("America/Los_Angeles", -8),
}
#: Chinese parts of the day: hours to add to a 12-hour clock reading.
ZH_DAYPART: dict[str, str] = {
    "上午": "am", "早上": "am", "早晨": "am", "清晨": "am", "凌晨": "am", "中午": "noon",
    "下午": "pm", "傍晚": "pm", "晚上": "pm", "晚间": "pm", "夜间": "pm",
}

#: Relative stamps: real time stamps, but not absolute dates.
RELATIVE_PATTERNS = (
    r"\d+\s*(?:秒|秒钟|分钟|小时|个小时|天|日|周|星期|个月|月|年)\s*前",
    r"刚刚|刚才|今天|昨天|前天|今日|昨日",
    r"半(?:个)?小时前|(?:一|两|几|半)(?:分钟|小时|天)前",
    r"\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|[smhdwy])\s+ago",
    r"(?:an?|one|a few)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago",
    r"just now|yesterday|today|moments? ago",
) + tuple(p for forms in RELATIVE_STAMPS_EU.values() for p in forms)
# A count opens no match inside a longer run of digits: without this every start in a run of n digits
# reads the run to its end before failing (n * n steps on a line of digits).
RELATIVE_PATTERNS = tuple(r"(?<!\d)" + p if p.startswith((r"\d", r"(?:\d")) else p for p in RELATIVE_PATTERNS)

# ---------------------------------------------------------------------------
# patterns built from the data
# ---------------------------------------------------------------------------


def _alt(words: Any) -> str:
    """``(?:w1|w2|...)``, longest first, to build the patterns below."""
    return terms_source(words, flags=0)


#: Month names of scripts other than Latin, Greek and Cyrillic (Arabic, Devanagari): read by their own
#: pattern, only in a text that holds their script, so that they cost the other pages nothing.
OTHER_SCRIPT = re.compile(r"[\u0600-\u06ff\u0900-\u097f]")
_OTHER_MONTHS = [w for w in MONTHS if OTHER_SCRIPT.search(w)]
_LGC_MONTHS = [w for w in MONTHS if not OTHER_SCRIPT.search(w)]
_MONTH_ALT = _alt(_LGC_MONTHS)
_OTHER_MONTH_ALT = _alt(_OTHER_MONTHS) if _OTHER_MONTHS else "(?!)"
_WEEKDAY_ALT = _alt(WEEKDAYS)
_ZONE_ABBR_ALT = _alt(list(ZONE_HOURS) + list(REGION_ZONES))
_ZONE_ZH_ALT = _alt(ZONE_WORDS_ZH)
_DAYPART_ALT = _alt(ZH_DAYPART)
_SUFFIX_ALT = _alt(TIME_SUFFIXES)
_JOINER_ALT = _alt(DATE_TIME_JOINERS)
_YEAR_MARK_ALT = _alt(w for ws in YEAR_MARKS.values() for w in ws)
_DAY_MARK_ALT = _alt(w for ws in DAY_MARKS.values() for w in ws)
_YEAR_AFTER_ALT = _alt(w for ws in YEAR_AFTER_MARKS.values() for w in ws)

# Time of day. Groups: dp (Chinese day part), H, M, S, ampm, zone parts.
_TIME = rf"""
(?:(?P<dp>{_DAYPART_ALT})\s*)?
(?P<H>2[0-3]|[01]?\d)
(?:
    \s*[:：]\s*(?P<M>[0-5]\d)(?:\s*[:：]\s*(?P<S>[0-5]\d)(?P<frac>[.,]\d{{1,9}})?)?
  | \s*[时點点]\s*(?P<M2>[0-5]?\d)\s*分(?:\s*(?P<S2>[0-5]?\d)\s*秒)?
  | h(?P<M3>[0-5]\d)(?![\d:])
  | \.(?P<M4>[0-5]\d)(?=\s?(?:{_SUFFIX_ALT})(?![^\W\d_])|(?![.\d]))
  | (?=\s?[AaPp]\.?\s?[Mm](?![a-z]))
)
(?!\d)
(?:\s?(?P<ampm>[AaPp])\.?\s?[Mm]\.?(?![a-z]))?
(?:\s?(?:{_SUFFIX_ALT})(?![^\W\d_]))?
(?:\s*\(?\s*(?P<zone>
    (?:UTC|GMT)\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?
  | (?<=\d)(?:Z|[+\-−]\d{{2}}:?\d{{2}})(?![\w:])
  | (?<=\d\s)[+\-−](?:0\d|1[0-4])[0-5]\d(?![\w:])
  | (?:{_ZONE_ABBR_ALT})(?![a-z])
  | {_ZONE_ZH_ALT}
)\)?)?
"""
_TIME_RE = re.compile(_TIME, re.I | re.X)

_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_Y = r"(?P<y>(?:19|20)\d{2})"
# A word starts here: after a non-letter (any script), or glued after a lower-case label ("PublishedMay").
_WORD_START = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"

#: Date patterns: (name, regex). Named groups y, m (or mon), d.
DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("zh", rf"(?<!\d){_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]?"),
    ("ymd", rf"(?<![\d./-]){_Y}(?P<sep>[-/.])\s?{_M}(?P=sep)\s?{_D}(?![\d])(?!\.\d)"),
    # ("06. 01. 2026", "Madrid-29/05/2025": a dot may take a space, a dash after a letter may precede)
    ("dmy_or_mdy", r"(?<![\d./])(?<!\d-)(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[-/]|\.\s?)(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)"
                   r"(?P<y>(?:19|20)\d{2})(?![\d])"),
    ("mdy_name", rf"{_WORD_START}(?P<mon>(?i:{_MONTH_ALT}))\.?\s+{_D}(?i:st|nd|rd|th)?(?:\s*,\s*|\s+){_Y}(?:(?!\d)|(?<=,\d{{4}})|(?<=,\s\d{{4}}))"),
    # (a day's dot may run into its month, "8.Dezember 2010"; an abbreviation's dot into its year, "8. Dez.2010";
    # an ordinal sign after the day, "1º de dezembro de 2008", "1° dicembre"; dashes between the three, "8-Dec-2008")
    ("dmy_name", rf"(?<![\d.])(?<!\d-){_D}(?:(?:st|nd|rd|th|er|º|°)?\s+|\.\s*|-(?=[^\W\d_]))(?:de\s+|of\s+|d['’])?"
                 rf"(?P<mon>{_MONTH_ALT})(?:\.?,?\s+|\.|-(?=\d))(?:de\s+)?{_Y}(?!\d)"),
    # "2026. december 3.", "2024. márc. 12.", "2024 m. kovo 12 d."
    ("ymd_name", rf"(?<![\d.]){_Y}(?:\.|\s+{_YEAR_MARK_ALT})\s+(?P<mon>{_MONTH_ALT})\.?\s+{_D}(?:\s+{_DAY_MARK_ALT}|\.)?(?![\d.])"),
    # "2024. gada 12. martā": year, its mark, day, month
    ("ydm_name", rf"(?<![\d.]){_Y}\.?\s+{_YEAR_MARK_ALT}\s+{_D}\.\s+(?P<mon>{_MONTH_ALT})(?![^\W\d_])"),
    # day.month.two-digit year, only when a time follows ("25.04.24 | 14:07 Uhr"): alone it may be a version
    ("dmy_short", r"(?<![\d.])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>\.)(?P<b>1[0-2]|0?[1-9])\.(?P<y2>\d{2})(?![\d.])"
                  rf"(?=\s*(?:[|,·•–-]\s*)?(?:(?:{_JOINER_ALT})\s+)?(?:2[0-3]|[01]?\d)[:.h][0-5]\d)"),
    ("ym_zh", rf"(?<!\d){_Y}\s*年\s*{_M}\s*月(?!\s*\d)"),
    # day, month name of another script, year ("07 أكتوبر 2020", "4 सितंबर 2024"): in texts of that script only
    ("dmy_other", rf"(?<![\d.]){_D}\.?\s+(?P<mon>{_OTHER_MONTH_ALT})[,،]?\s+{_Y}(?!\d)"),
    ("my_other", rf"(?<![^\W\d_])(?P<mon>{_OTHER_MONTH_ALT})[,،]?\s+{_Y}(?!\d)"),
    ("my_name", rf"(?<!\d){_WORD_START}(?P<mon>(?i:{_MONTH_ALT}))\.?,?\s+{_Y}(?!\d)"),
)
_FAMILY = {"zh": "zh", "ym_zh": "zh", "ymd": "num", "dmy_or_mdy": "num", "mdy_name": "name", "dmy_name": "name",
           "my_name": "name", "ymd_name": "name", "ydm_name": "name", "dmy_short": "short", "dmy_other": "other",
           "my_other": "other"}
# three letters of a script month names are written in (Latin, Greek, Cyrillic): a month name may be there
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{3}")
_CASED = frozenset(("mdy_name", "my_name"))  # they spell out their case-insensitive part

#: The non-ASCII characters that a case-insensitive pattern matches with an ASCII
#: letter: U+0130 and U+0131 (i), U+017F (long s), U+212A (Kelvin sign, k).
IGNORECASE_ASCII_EXTRA = "\u0130\u0131\u017f\u212a"


def _month_at_word_start(digit_before: bool) -> str:
    """``{_WORD_START}(?P<mon>(?i:{_MONTH_ALT}))`` (after ``(?<!\\d)`` when ``digit_before``), rewritten to run fast.

    The same matches, but the pattern opens with a plain character class (the
    letters month names begin with, in every case the ``(?i)`` match accepts),
    which lets the regex engine jump between candidate positions instead of
    trying the look-behinds and the whole alternation at every character. The
    look-behinds move past that first character (one character wider), and the
    alternation is split by first letter, each group in its original order.
    """
    names = sorted(set(_LGC_MONTHS), key=len, reverse=True)
    firsts = sorted({n[0] for n in names})
    # A superset of the characters a case-insensitive first letter matches: the
    # letter, its upper case, and the non-ASCII characters that match an ASCII
    # letter (the look-behind of each group keeps only the right ones).
    starts = "".join(firsts) + "".join(firsts).upper() + IGNORECASE_ASCII_EXTRA
    groups = "|".join(f"(?<={re.escape(f)})(?:" + "|".join(re.escape(n[1:]) for n in names if n[0] == f) + ")"
                      for f in firsts)
    guard = r"(?<!\d.)" if digit_before else ""
    return rf"(?P<mon>[{starts}]{guard}(?:(?<![^\W\d_].)|(?<=[a-z][A-Z]))(?i:{groups}))"


# Compiled forms of DATE_PATTERNS (same matches; some rewritten for speed, see above).
_FAST_PATTERNS = {
    "mdy_name": rf"{_month_at_word_start(False)}\.?\s+{_D}(?i:st|nd|rd|th)?(?:\s*,\s*|\s+){_Y}(?:(?!\d)|(?<=,\d{{4}})|(?<=,\s\d{{4}}))",
    "my_name": rf"{_month_at_word_start(True)}\.?,?\s+{_Y}(?!\d)",
}
# (the families that run only on text of their scripts compile when such a text first needs them)
_DATE_RES = tuple((name, (LazyPattern if _FAMILY[name] in ("zh", "other") else re.compile)(
                      _FAST_PATTERNS.get(name, p), 0 if name in _CASED else re.I))
                  for name, p in DATE_PATTERNS)
_MONTH_ONLY = frozenset(("ym_zh", "my_name", "my_other"))
# dmy_short without the time it needs elsewhere: for texts a page marks as dates (a date-classed element)
_SHORT_ALONE_RE = re.compile(dict(DATE_PATTERNS)["dmy_short"].split("(?=")[0], re.I)

# What may sit between a date and the time that follows it (the year's mark first: "2024 r., 14:05").
_AFTER_DATE = re.compile(rf"(?:(?<=\d)\s*(?:{_YEAR_AFTER_ALT})(?![^\W\d_]))?"
                         rf"(?:\s*(?:T|,|(?:{_JOINER_ALT})(?![^\W\d_])|[-–—|·•/]|(?<=\d)\.(?=\s)|[(（]?\s*(?:{_WEEKDAY_ALT}|星期.|周.)\s*[)）]?)?\s*)"
                         r"{0,2}", re.I)
# What may sit between a time and the date that follows it.
_BEFORE_DATE = re.compile(rf"(?:[\s,•·|/–—-]|on|(?:{_WEEKDAY_ALT})\.?)*$", re.I)
# Every character a match of _BEFORE_DATE may hold: a match lies in the run of them that ends the
# text, which str.rstrip finds at C speed (the search, tried at every character, starts there).
_BEFORE_DATE_CHARS = WHITESPACE + ",•·|/–—-." + caseless_chars("".join(sorted(set("on" + "".join(WEEKDAYS)))))
_RELATIVE_HINTS = ("前", "刚", "今", "昨", "ago", "yesterday", "today", "just now") + RELATIVE_HINTS_EU
_RELATIVE_HINT = re.compile("|".join(map(re.escape, _RELATIVE_HINTS)), re.I)
# The same look for ASCII text, on its lower case without IGNORECASE (several times faster): on
# ASCII text, ignoring case is lower-casing, and a hint with other characters never matches.
_RELATIVE_HINT_ASCII = re.compile(literal_tree([h.lower() for h in _RELATIVE_HINTS if h.isascii()], ignorecase=False))
# The same look for other text (on its lower case too, unless it holds an odd-case character).
_RELATIVE_HINT_GATE = LiteralGate(_RELATIVE_HINTS)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_GLUED_YEAR = re.compile(r",\s?(?:19|20)\d\d")  # (after "Month D," a year may run into digits: mdy_name)
_SHORT_PRE = re.compile(r"\d\.\d{1,2}\.\d\d(?![\d.])")  # (a cheap first look: opens with a digit)
_SHORT_YEAR = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d\d(?![\d.])")  # "25.04.24" (dmy_short)
# Words of a text, glued ones apart ("PublishedMay" -> "Published", "May"): is a month name there?
_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED = re.compile(r"(?<=[a-z])[A-Z]")
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_RELATIVE_RE = re.compile("|".join(f"(?:{p})" for p in RELATIVE_PATTERNS), re.I)
# The same for ASCII text, on its lower case without IGNORECASE (several times faster; lower-casing
# ASCII keeps every character where it is, so the spans are the same). Compiled when first needed
# (a large pattern: the import does not pay for it).
_RELATIVE_RE_ASCII: "re.Pattern[str] | None" = None


def _relative_re_ascii() -> "re.Pattern[str]":
    global _RELATIVE_RE_ASCII
    if _RELATIVE_RE_ASCII is None:
        # (only the patterns that can match ASCII text: each of the others needs a character beyond
        # ASCII (秒前, назад, önce), an alternative the engine would try in vain at every place of the
        # line; without them the same spans, found in half the time)
        able = [p for p in RELATIVE_PATTERNS if p.isascii() or not needs_non_ascii(LazyPattern(p, re.I))]
        _RELATIVE_RE_ASCII = re.compile(ascii_pattern("|".join(f"(?:{p})" for p in able) or "(?!)", lower=True))
    return _RELATIVE_RE_ASCII
_URL_DATE = re.compile(r"(?<![0-9])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|[^0-9]|$)")
# The same written day first with separators (European addresses): one separator kind throughout.
_URL_DATE_DMY = re.compile(r"(?<![0-9.])(0[1-9]|[12]\d|3[01])([-_.])(0[1-9]|1[0-2])\2((?:19|20)\d{2})(?![0-9])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_ISO_FULL = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$", re.I)
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[T ]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?\s*$")
_COLON_FRACTION = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}:\d{1,6}(?:Z|[+-]\d{2}:?\d{2})?$", re.I)
# An ISO time written with a one-digit hour, minute or second ("T9:05:0Z"), before its fraction or zone
_LOOSE_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2}[T ])(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?=[.Zz+-]|$)")


def _padded_clock(m: "re.Match[str]") -> str:
    """:data:`_LOOSE_CLOCK`'s match with two digits to each field."""
    return m.group(1) + ":".join(g.zfill(2) for g in m.groups()[1:] if g is not None)


_EPOCH = re.compile(r"^\s*(\d{10})(?:\d{3})?\s*$")

# ---------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text.

    value: naive unless the text gave a zone (then zone-aware).
    span: (start, end) of the date and its time in the text.
    precision: "month", "day", "minute" or "second".
    has_zone: the zone came from the text.
    """

    value: datetime
    span: tuple[int, int]
    precision: str
    has_zone: bool = False

    @property
    def has_time(self) -> bool:
        return self.precision in ("minute", "second")

    @property
    def has_day(self) -> bool:
        return self.precision != "month"


# ---------------------------------------------------------------------------
# zones
# ---------------------------------------------------------------------------


def _fixed(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _region_zone(key: str, naive: datetime) -> tzinfo:
    name, std = REGION_ZONES[key]
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(name)
        off = naive.replace(tzinfo=zone).utcoffset()
        return timezone(off) if off is not None else _fixed(std)
    except Exception:  # no tz database: standard time
        return _fixed(std)


def _zone_of(text: str | None, naive: datetime) -> tzinfo | None:
    if not text:
        return None
    z = text.strip().lower().replace("−", "-")
    if z in ZONE_HOURS:
        return _fixed(ZONE_HOURS[z])
    if z in REGION_ZONES:
        return _region_zone(z, naive)
    for word, hours in ZONE_WORDS_ZH.items():
        if word in text:
            return _fixed(hours)
    m = re.match(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", z)
    if m:
        hours = int(m.group(2)) + int(m.group(3) or 0) / 60
        if hours > 14:
            return None
        return _fixed(-hours if m.group(1) == "-" else hours)
    return None


def with_zone(value: datetime, tz_hours: "float | tuple[str, float] | None") -> datetime:
    """``value`` unchanged when zone-aware, else read in UTC+``tz_hours``.

    tz_hours may also be an (IANA name, standard hours) pair (what :func:`zone_for`
    gives): the offset in force at that wall-clock time is used; a value at midnight
    (a date without its time) is then kept on its day, in UTC. With ``None`` (no zone
    is known) a time of day stays naive: the page's wall clock, never a guessed UTC;
    a date alone is still stamped UTC (it names the day, not a moment).
    """
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if tz_hours is None or isinstance(tz_hours, tuple):
        if value.time() == datetime.min.time():
            return value.replace(tzinfo=_fixed(0.0))  # a date alone names the day, not a moment in that zone
        return value if tz_hours is None else value.replace(tzinfo=_named_zone(tz_hours, value))
    return value.replace(tzinfo=_fixed(tz_hours))


def attach_zone(value: datetime, tz_hours: "float | tuple[str, float] | None",
                stamps: "Iterable[datetime]" = ()) -> datetime:
    """``value`` with a zone: its own, else the page's own offset of that day (the one its
    zone-aware ``stamps`` agree on, :func:`page_offset`) for a time of day, else as
    :func:`with_zone` reads it in ``tz_hours`` (None: a time of day stays naive)."""
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if value.time() != datetime.min.time():
        own = page_offset(stamps, value.date())
        if own is not None:
            return value.replace(tzinfo=own)
    return with_zone(value, tz_hours)


def time_of_day_of(current: "datetime | None", new: datetime) -> "datetime | None":
    """Of two stamps of one day, the one that gives its time when the other is a date alone
    (midnight): a time refines a date, and a date alone never takes a known time away.
    None when they name different days, or both (or neither) give a time."""
    if current is None:
        return None
    midnight = datetime.min.time()
    cur_alone, new_alone = current.time() == midnight, new.time() == midnight
    if cur_alone == new_alone or current.date() != new.date():  # (each on its own wall clock)
        return None
    return new if cur_alone else current


#: The largest UTC offset a page's wall clock can have (UTC+14, Line Islands; UTC-12 the other way).
MAX_OFFSET = timedelta(hours=14)


def local_twin(instant: datetime, wall: datetime) -> datetime | None:
    """``instant`` (a time of day in UTC: ``Z``, ``+00:00``) on the page's own clock, when ``wall``
    (another stamp of the page: naive, or in another zone) shows that very moment there: the same
    minute (and second, when both give it) a whole quarter-hour offset of at most 14 hours away,
    or, zone-aware, the same instant. The moment never changes, only the offset it is written in:
    a server's UTC says nothing of the page's day, the page's own clock does. Else None."""
    if instant.tzinfo is None or instant.utcoffset() != timedelta(0):
        return None
    midnight = datetime.min.time()
    if instant.time() == midnight or wall.time() == midnight:
        return None  # (a date alone tells no clock)
    if wall.tzinfo is not None and wall.utcoffset() is not None:
        if wall.utcoffset() == timedelta(0) or wall != instant:
            return None
        return instant.astimezone(wall.tzinfo)
    base = instant.replace(tzinfo=None, microsecond=0)
    if wall.second == 0:
        base = base.replace(second=0)
    diff = wall.replace(microsecond=0) - base
    if not diff or abs(diff) > MAX_OFFSET or diff.total_seconds() % 900:
        return None
    return instant.astimezone(timezone(diff))


def on_page_clock(instant: datetime, zone: "float | tuple[str, float] | None") -> datetime | None:
    """``instant`` (a time of day in UTC: ``Z``, ``+00:00``) written in ``zone``, the zone the page's
    language is written in (what :func:`zone_for` gives), or None when it is no UTC time of day or no
    zone is known. The moment never changes, only the offset it is written in: the day a German
    page was published is its day in Berlin, not in UTC (``2021-11-04T23:00Z`` is 5 November there)."""
    if zone is None or instant.tzinfo is None or instant.utcoffset() != timedelta(0):
        return None
    if instant.time() == datetime.min.time():
        return None  # (a date alone names the day, not a moment)
    if isinstance(zone, tuple):
        try:
            from zoneinfo import ZoneInfo

            off = instant.astimezone(ZoneInfo(zone[0])).utcoffset()
            tz = timezone(off) if off is not None else _fixed(zone[1])
        except Exception:  # no tz database: standard time
            tz = _fixed(zone[1])
    else:
        tz = _fixed(zone)
    if tz.utcoffset(None) == timedelta(0):
        return None
    return instant.astimezone(tz)


#: The state key of the publication times the page declares (``<meta>``, JSON-LD, microdata), each with its
#: score, as the ``htmlmeta`` step read them: a visible stamp may settle which of two that disagree is right.
DECLARED_PUBLISHED = "published:declared"
#: How many of them are kept.
MAX_DECLARED_PUBLISHED = 16
#: The state key of the days the page's own declaring elements show in their text, a date alone
#: (``<time datetime="2019-12-26T23:07:45+00:00">26/12/2019</time>``): the day its readers saw for that moment.
SHOWN_DAYS = "published:shown_days"


#: A declared publication time at most this many days from the declared modification time was written when
#: the page was last saved (a re-save, a move to a new system): it says nothing of when the text first came out.
RESAVED_DAYS = 2
#: Declarations at least this strong are the ones a re-save rewrote (head metas, JSON-LD).
RESAVED_MIN_SCORE = 7.0


def resaved_declaration(meta: Any, modified: "str | None", shown: datetime) -> bool:
    """When the page's declared publication time (the best so far, at RESAVED_MIN_SCORE at least) is within
    RESAVED_DAYS of its declared modification time (``modified``, ISO) and the page's own stamp under the title,
    published or bare (``shown``), names a day earlier than both, the shown day is the publication: the
    declared pair only dates the last save. Proposed above the declaration; True when it was.

    Not when a clock shows the declared UTC time on the shown day (:func:`on_shown_day`: the same moment), nor
    when the shown stamp is the declared one misread (the same time of day, or its day and month swapped)."""
    cur = meta.get("published")
    if cur is None or not modified or meta.score("published") - meta.bonus < RESAVED_MIN_SCORE:
        return False
    try:
        mod = datetime.fromisoformat(modified)
    except ValueError:
        return False
    day = shown.date()
    if abs((mod.date() - cur.date()).days) > RESAVED_DAYS or day >= min(cur.date(), mod.date()):
        return False
    if on_shown_day(cur, day) is not None or (shown.time() != datetime.min.time()
                                              and (shown.hour, shown.minute) == (cur.hour, cur.minute)):
        return False
    if day.day <= 12 and (day.year, day.day, day.month) == (cur.year, cur.month, cur.day):
        return False  # "08/11/2023" read month first, the declared 8 November
    meta.propose("published", shown, meta.score("published") - meta.bonus + 1e-6)
    return True


#: Offsets (hours west and east of UTC) of the clocks a UTC time is put on to be shown on the page's day:
#: the Americas to the Pacific coast, Asia and Australia's east coast in summer.
MAX_WEST_HOURS, MAX_EAST_HOURS = 8, 11
#: On a page whose language has a zone, the clock showing the page's day is at most this many hours from that
#: zone's: a clock further away shows a day the page's readers never saw for this moment.
MAX_ZONE_SHIFT_HOURS = 3


def on_shown_day(instant: datetime, day: "date", zone: "float | tuple[str, float] | None" = None) -> datetime | None:
    """``instant`` (a time of day in UTC) written on a clock that shows it on ``day``, the day the page
    itself gives it (a stamp's date alone, the date in its address), when that is the day before or
    after in UTC: a server's clock gave the time, the page's readers saw its own day
    (``2023-11-09T02:11Z`` under "November 8, 2023" is the evening of the 8th in the Americas). The
    moment never changes: written in ``zone`` (the page's language zone) when that clock shows ``day``,
    else in the whole-hour offset nearest UTC that does. None when that offset is more than
    ``MAX_ZONE_SHIFT_HOURS`` from the language zone's, when ``instant`` is no UTC time of day,
    ``day`` is neither neighbour, or no clock (``MAX_WEST_HOURS``, ``MAX_EAST_HOURS``) shows it."""
    if instant.tzinfo is None or instant.utcoffset() != timedelta(0) or instant.time() == datetime.min.time():
        return None
    step = (day - instant.date()).days
    if step not in (-1, 1):
        return None
    local = on_page_clock(instant, zone)
    if local is not None and local.date() == day:
        return local
    hours = -(instant.hour + 1) if step < 0 else 24 - instant.hour
    if not -MAX_WEST_HOURS <= hours <= MAX_EAST_HOURS:
        return None
    if local is not None and abs(hours - local.utcoffset().total_seconds() / 3600) > MAX_ZONE_SHIFT_HOURS:
        return None  # (a German page's 13:01Z under "31.10.": a teaser's or today's date, not 00:01 at +11)
    return instant.astimezone(timezone(timedelta(hours=hours)))


def propose_published(meta: Any, when: datetime, score: float) -> None:
    """Propose ``when`` as the publication time on ``meta`` (a Document's metadata), keeping a
    time of day over a date alone of the same day (:func:`time_of_day_of`): a time refines the date
    proposed so far (it wins at least by a hair, the step's site bonus aside), and a date alone may
    raise the score of the time of its day but never replaces it. A UTC time and a stamp of the
    same moment on the page's own clock (:func:`local_twin`) make one time, written in the page's
    offset, whichever of them wins."""
    cur = meta.get("published")
    if cur is not None:
        twin = local_twin(cur, when)
        if twin is not None:  # the best so far, same moment, now on the page's clock
            meta.propose("published", twin, meta.score("published") - meta.bonus + 1e-6)
        else:
            when = local_twin(when, cur) or when
    keep = time_of_day_of(meta.get("published"), when)
    if keep is when:
        score = max(score, meta.score("published") - meta.bonus + 0.01)
    elif keep is not None:
        when = keep
    meta.propose("published", when, score)


def page_offset(stamps: "Iterable[datetime]", day: date) -> tzinfo | None:
    """The page's own UTC offset for ``day``: the one its zone-aware stamps of that day
    (in their own zone) agree on, else None.

    A stamp in UTC (``Z``, ``+00:00``) tells how a server stores times, not where the
    page is, and is no evidence; two different offsets on one day are none either.
    """
    found: set[timedelta] = set()
    for s in stamps:
        off = s.utcoffset() if s.tzinfo is not None else None
        if off and s.date() == day:
            found.add(off)
    return timezone(found.pop()) if len(found) == 1 else None


def _named_zone(zone: tuple[str, float], naive: datetime) -> tzinfo:
    name, std = zone
    try:
        from zoneinfo import ZoneInfo

        off = naive.replace(tzinfo=ZoneInfo(name)).utcoffset()
        return timezone(off) if off is not None else _fixed(std)
    except Exception:  # no tz database: standard time
        return _fixed(std)


def zone_for(language: str | None, options: Any = None) -> "float | tuple[str, float] | None":
    """The zone to assume for a page that names none: China's on Chinese pages, the caller's
    ``default_tz_hours`` when set, else the zone of a language written mostly in one zone
    (``de`` -> Europe/Berlin, :data:`newsclean.datewords.LANGUAGE_ZONES`), else None: no
    zone is known, and :func:`with_zone` leaves a time naive."""
    hours = zone_hours_for(language, options)
    if hours is not None:
        return hours
    base = (language or "").lower().replace("_", "-").split("-")[0]
    return LANGUAGE_ZONES.get(base)


def zone_hours_for(language: str | None, options: Any = None) -> float | None:
    """The zone to assume for a page that gives none: China's for Chinese pages, else the
    caller's ``default_tz_hours`` (None when not set).

    options: an object with ``china_tz_hours`` and ``default_tz_hours``
    (newsclean's Options); without it, 8.0 and None.
    """
    if (language or "").lower().startswith("zh"):
        return float(getattr(options, "china_tz_hours", 8.0))
    default = getattr(options, "default_tz_hours", None)
    return None if default is None else float(default)


# ---------------------------------------------------------------------------
# finding
# ---------------------------------------------------------------------------


def _hour(h: int, ampm: str | None, daypart: str | None) -> int | None:
    if ampm:
        a = ampm.lower()
        if h > 12:
            return h  # "14:32PM": the clock already says it
        if a == "a":
            return 0 if h == 12 else h
        return h if h == 12 else h + 12
    if daypart:
        kind = ZH_DAYPART.get(daypart, "")
        if kind == "pm" and h < 12:
            return h + 12
        if kind == "noon" and h < 6:
            return h + 12
        if kind == "am" and h == 12:
            return 0
    return h


def _time_from(m: re.Match[str], base: datetime) -> tuple[datetime, str, bool] | None:
    minute = next((m.group(g) for g in ("M", "M2", "M3", "M4") if m.group(g) is not None), None)
    second = m.group("S") if m.group("S") is not None else m.group("S2")
    if minute is None and not m.group("ampm"):
        return None
    hour = _hour(int(m.group("H")), m.group("ampm"), m.group("dp"))
    if hour is None or hour > 23:
        return None
    try:
        value = base.replace(hour=hour, minute=int(minute or 0), second=int(second or 0))
    except ValueError:
        return None
    zone = _zone_of(m.group("zone"), value)
    if zone is not None:
        value = value.replace(tzinfo=zone)
    return value, ("second" if second is not None else "minute"), zone is not None


def _day_first(a: int, b: int, text: str, after: str, day_first: bool | None) -> bool:
    if a > 12:
        return True
    if b > 12:
        return False
    if re.match(r"\s*[-–,]?\s*\d{1,2}(?::\d{2}){1,2}\s?[AaPp]\.?[Mm]", after):
        return False  # a 12-hour clock: the US order
    if day_first is not None:
        return day_first
    return bool(_CJK.search(text))  # CJK pages using year-last dates follow European usage


def _date_from(name: str, m: re.Match[str], text: str, day_first: bool | None,
               readings: "dict[str, int] | None" = None) -> datetime | None:
    gd = m.groupdict()
    if gd.get("y2") is not None:
        year = 2000 + int(gd["y2"])
        if year > datetime.now().year + 1:
            year -= 100
    else:
        year = int(gd["y"])
    if name in ("dmy_or_mdy", "dmy_short"):
        a, b = int(gd["a"]), int(gd["b"])
        if gd["sep"].startswith(".") or _day_first(a, b, text, text[m.end(): m.end() + 20], day_first):
            # (a dotted date is day first wherever it is written)
            day, month = a, b
        else:
            month, day = a, b
    else:
        if gd.get("mon"):
            month = _month_number(gd["mon"], readings)
            if month is None:
                return None  # (a letter the pattern folds otherwise still: no month read, never an error)
        else:
            month = int(gd["m"])
        day = int(gd["d"]) if gd.get("d") else 1
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _month_number(name: str, readings: "dict[str, int] | None" = None) -> "int | None":
    """The month a month name matched by a case-insensitive pattern names (``readings``: the page language's own
    readings, :data:`MONTHS_IN`), or None. "EKİM", "NİSAN": lower() keeps İ's dot, the pattern matched it as i."""
    word = name.lower().rstrip(".")
    if word not in MONTHS:
        word = word.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return (readings.get(word) if readings else None) or MONTHS.get(word)


def _active_patterns(zh: bool, num: bool, name: bool, short: bool,
                     other: bool) -> "tuple[tuple[str, re.Pattern[str], str], ...]":
    """The (name, pattern, family) of :data:`_DATE_RES`, in their order, whose family a text may hold."""
    on = {"zh": zh, "num": num, "name": name, "short": short, "other": other}
    return tuple((n, rx, _FAMILY[n]) for n, rx in _DATE_RES if on[_FAMILY[n]])


# which families a text may hold (find_dates' cheap checks) -> the patterns to run (at most 32 keys)
_ACTIVE: "dict[tuple[bool, ...], tuple[tuple[str, re.Pattern[str], str], ...]]" = {}


def find_dates(text: str, *, day_first: bool | None = None, limit: int = 20,
               max_chars: int = 5000, short_alone: bool = False, language: "str | None" = None) -> list[DateMatch]:
    """Every absolute date in ``text``, left to right, without overlaps.

    day_first: how to read ``03/04/2024``; None decides from the text (a
        12-hour clock means month first; CJK text means day first).
    limit: stop after this many dates. max_chars: only the start of the text
        is read (bounded work on long paragraphs).
    short_alone: a day.month.two-digit year ("28.01.22") is a date without a
        time after it too (for a text the page marks as a date; in running
        text it may be a version number).
    language: the page's language (what :func:`month_language` gives), for the
        month names it reads otherwise than the first language listing them
        (:data:`MONTHS_IN`: Croatian "listopad" is October); None keeps the first.
    """
    if not text:
        return []
    text = text[:max_chars]
    has_short = "." in text and _SHORT_PRE.search(text) is not None and _SHORT_YEAR.search(text) is not None
    if not has_short and not _HAS_YEAR.search(text) and not ("," in text and _GLUED_YEAR.search(text)):
        return []  # every absolute date names its year
    found: list[tuple[int, int, str, re.Match[str]]] = []
    has_nian = "年" in text
    has_other = not text.isascii() and OTHER_SCRIPT.search(text) is not None
    has_sep = "-" in text or "/" in text or "." in text
    # where month names are (words looked up in MONTHS): the name patterns run only there
    months = _month_starts(text) if _LATIN.search(text) else []
    key = (has_nian, has_sep, bool(months), has_short, has_other)
    active = _ACTIVE.get(key)
    if active is None:
        active = _ACTIVE[key] = _active_patterns(*key)
    for name, rx, family in active:  # (cheap checks first: most lines hold no date)
        if family == "name":
            found.extend(_name_matches(name, rx, text, months))
            continue
        for m in (_SHORT_ALONE_RE if short_alone and family == "short" else rx).finditer(text):
            found.append((m.start(), m.end(), name, m))
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMatch] = []
    taken_end = -1
    readings = MONTHS_IN.get(language) if language else None
    for start, end, name, m in found:
        if start < taken_end:
            continue
        base = _date_from(name, m, text, day_first, readings)
        if base is None:
            continue
        precision, has_zone, value = ("month" if name in _MONTH_ONLY else "day"), False, base
        if precision == "day":
            gap = _AFTER_DATE.match(text, end)
            tm = _TIME_RE.match(text, gap.end()) if gap else None
            got = _time_from(tm, base) if tm else None
            if got is not None and tm is not None:
                value, precision, has_zone = got
                end = tm.end()
            else:
                before = _time_before(text, start, base, max(taken_end, 0))
                if before is not None:
                    value, precision, has_zone, start = before
        out.append(DateMatch(value, (start, end), precision, has_zone))
        taken_end = end
        if len(out) >= limit:
            break
    return out


def _is_month(word: str) -> bool:
    """A month name or abbreviation (as the case-insensitive patterns read it: "ſept" is "sept")."""
    low = word.lower()
    if low in MONTHS:
        return True
    return not low.isascii() and low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s") in MONTHS


def _may_yearless(text: str) -> bool:
    """False when :data:`_YEARLESS` surely reads no month in ``text``: no run of letters, lower-cased, is a key of
    :data:`MONTHS` (a name after its day is a whole word), and none that a day's digit follows (``.``, spaces)
    ends in one (the name before its day may start after a lower-case letter: a glued label, "PublishedOct"). A letter the pattern folds otherwise than ``str.lower`` lets everything through."""
    if _ODD_CASE.search(text) is not None or not MONTHS.keys().isdisjoint(map(str.lower, _LETTERS.findall(text))):
        return True
    for m in _RUN_BEFORE_DAY.finditer(text):
        w = m.group(1).lower()
        for i in range(max(1, len(w) - _MONTH_MAX_CHARS), len(w) - _MONTH_MIN_CHARS + 1):
            if w[i:] in MONTHS:
                return True
    return False


# a run of letters a day's digit follows (it starts where a run does: linear on any text)
_RUN_BEFORE_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+[0-9]")
_MONTH_MIN_CHARS, _MONTH_MAX_CHARS = min(map(len, MONTHS)), max(map(len, MONTHS))


def _month_starts(text: str) -> list[int]:
    """Where month names start: a run of letters that is one, or its part after a glued label
    ("PublishedMay" -> "May"). A name pattern's month always ends a run of letters."""
    hits = MONTHS.keys() & set(map(str.lower, _LETTERS.findall(text)))
    glued = _GLUED.search(text) is not None
    odd = _ODD_CASE.search(text) is not None  # letters that lower() and the patterns fold apart
    if not hits and not glued and not odd:
        return []  # (the common case, found in C)
    low = text.lower()
    if not glued and not odd and len(low) == len(text):
        if len(hits) == 1:
            (w,) = hits
            return [m.start() for m in _month_word(w).finditer(low)]
        return sorted(m.start() for w in hits for m in _month_word(w).finditer(low))
    out: list[int] = []
    for m in _LETTERS.finditer(text):
        word = m.group()
        if _is_month(word):
            out.append(m.start())
        elif not word.islower():
            out.extend(m.start() + g.start() for g in _GLUED.finditer(word) if _is_month(word[g.start():]))
    return out


# month name -> the pattern of it as a whole word (compiled once; the names are a fixed vocabulary)
_MONTH_WORD: dict[str, "re.Pattern[str]"] = {}


def _month_word(word: str) -> "re.Pattern[str]":
    """``word`` (a key of MONTHS) where it is a whole word: no letter before or after it."""
    rx = _MONTH_WORD.get(word)
    if rx is None:
        rx = _MONTH_WORD[word] = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    return rx


#: How far before its month name a name pattern may start ("31st of ", "2026. "), how far it may run on.
_NAME_LEAD, _NAME_SPAN = 16, 64
#: The name patterns whose match opens with its month name (the others open with a digit: a day or a year).
_MONTH_FIRST = frozenset(("mdy_name", "my_name"))
_ASCII_DIGIT = re.compile("[0-9]")
_ANY_DIGIT = re.compile(r"\d")  # (any script's digits: what the time pattern's ``\d`` reads)


def _name_matches(name: str, rx: "re.Pattern[str]", text: str,
                  months: list[int]) -> list[tuple[int, int, str, re.Match[str]]]:
    """The matches of a month-name pattern, looked for only around the month names of ``text``.

    Every match holds a month name, so these are the matches of ``rx.finditer(text)``
    (a window's match is checked again on the whole text, whose look-aheads decide),
    without the pattern's scan of every letter of the line.
    """
    out: list[tuple[int, int, str, re.Match[str]]] = []
    taken = 0
    month_first = name in _MONTH_FIRST
    for k, at in enumerate(months):
        if at < taken:
            continue
        lo, hi = max(taken, at - _NAME_LEAD), at + _NAME_SPAN
        if month_first:
            # (the leftmost match of the window opening at or before ``at`` opens at a month name:
            # tried at the month names there, not at every letter)
            m = None
            for p in months[bisect_left(months, lo, 0, k): k + 1]:
                m = rx.match(text, p, hi)
                if m is not None:
                    break
        else:
            # (a match opens with a digit, its day or year: the search starts at the window's first)
            d = _ASCII_DIGIT.search(text, lo, at + 1)
            m = None if d is None else rx.search(text, d.start(), hi)
        if m is None or m.start() > at:
            continue
        full = rx.match(text, m.start())
        if full is not None:
            out.append((full.start(), full.end(), name, full))
            taken = full.end()
    return out


def _time_before(text: str, start: int, base: datetime, floor: int = 0) -> tuple[datetime, str, bool, int] | None:
    """A time written before its date ("11:09 PM PDT • May 19, 2024"), not before ``floor``."""
    window_start = max(floor, start - 40)
    window = text[window_start:start]
    if _ANY_DIGIT.search(window) is None:
        return None  # every time holds its hour's digit (most dates have none before them: one look in C)
    sep = _BEFORE_DATE.search(window, len(window.rstrip(_BEFORE_DATE_CHARS)))
    head = window[: sep.start()] if sep else window
    for m in _TIME_RE.finditer(head):
        if m.end() != len(head) or m.group(0).strip() == "":
            continue
        if m.group("M") is None and m.group("M2") is None and not m.group("ampm"):
            continue
        got = _time_from(m, base)
        if got is None:
            return None
        return got[0], got[1], got[2], window_start + m.start()
    return None


def find_date(text: str, *, day_first: bool | None = None) -> tuple[datetime, tuple[int, int]] | None:
    """The first full date (to the day at least) in ``text`` and its span.

    The datetime is naive unless the text names a zone.
    """
    for d in find_dates(text, day_first=day_first):
        if d.has_day:
            return d.value, d.span
    return None


def is_relative_date(text: str) -> bool:
    """True when the text holds a relative stamp ("3小时前", "2 hours ago", "昨天")."""
    return bool(_RELATIVE_RE.search(text))


def relative_spans(text: str) -> list[tuple[int, int]]:
    """Spans of relative stamps in ``text``."""
    if text.isascii():  # (the ASCII forms of the patterns, on the lower case)
        low = text.lower()
        if not _RELATIVE_HINT_ASCII.search(low):
            return []
        got = _RELATIVE_SPANS.get(text)
        if got is None:
            got = _remember_spans(text, [m.span() for m in (_RELATIVE_RE_ASCII or _relative_re_ascii()).finditer(low)])
        return got[:]
    if not _RELATIVE_HINT_GATE(text):
        return []
    got = _RELATIVE_SPANS.get(text)
    if got is None:
        got = _remember_spans(text, [m.span() for m in _RELATIVE_RE.finditer(text)])
    return got[:]


# text -> the spans of its relative stamps, for the lines a hint lets through (the pattern tries its
# alternatives at every place of the line; a page's header lines are read by several steps)
_RELATIVE_SPANS: dict[str, list[tuple[int, int]]] = page_cache()
_RELATIVE_SPANS_MAX = 4096


def _remember_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(_RELATIVE_SPANS) >= _RELATIVE_SPANS_MAX:
        _RELATIVE_SPANS.clear()  # bounded memory
    _RELATIVE_SPANS[text] = spans
    return spans


_LONE_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])")


def holds_lone_time(text: str) -> bool:
    """Whether ``text`` holds a time of day of its own (``9:52``, ``21:05:30``, ``7:30 pm``), with or
    without a date: what :func:`strip_dates` takes out as a lone time."""
    return (":" in text or "：" in text) and _LONE_TIME.search(text) is not None
_DAY_WORDS = re.compile(rf"(?<![a-z])(?:{_WEEKDAY_ALT})\.?(?![a-z])|星期[一二三四五六日天]|周[一二三四五六日]|{_ZONE_ZH_ALT}", re.I)


#: Words at least one of which every match of _DAY_WORDS holds (a cheap first look).
def ascii_anchor(word: str) -> str:
    """The longest ASCII run of ``word``: every text holding the word holds it (``patterns.Anchors`` take ASCII)."""
    if word.isascii():
        return word
    return max(re.findall(r"[\x00-\x7f]+", word) or [""], key=len).strip()


_DAY_WORDS_MAY = Anchors([ascii_anchor(w) for w in WEEKDAYS if ascii_anchor(w)] + ["星期", "周"]
                         + list(ZONE_WORDS_ZH))


def strip_dates(text: str, dates: "list[DateMatch] | None" = None) -> str:
    """``text`` without its dates, times, relative stamps, weekday and zone words.

    What is left tells a caller whether a line was only a time stamp.
    ``dates``: what ``find_dates(text)`` gives, when the caller has it already.
    """
    if dates is None:
        dates = find_dates(text)
    spans = [d.span for d in dates] + relative_spans(text)
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    if ":" in text or "：" in text:  # every lone time has one
        text = _LONE_TIME.sub(" ", text)
    return _DAY_WORDS.sub(" ", text) if _DAY_WORDS_MAY(text) else text


#: A date with no year and its time of day right after it ("24 жовтня, 15:26", "24. Oktober, 15:26",
#: "October 24, 3:26 pm"): a stamp of this year as the page was rendered; its year is the page's to give.
# (the label glued before a month name is read with its case: "PublishedOct 24"; ignoring case, "about 10 p.m."
# held "out" (Portuguese October) glued to "ab"; and a day never runs on into a digit: "1" of "10")
_YEARLESS = LazyPattern(rf"(?:(?<![\d.]){_D}(?:(?:st|nd|rd|th|er)?\s+|\.\s*)(?:de\s+|of\s+)?(?P<mon>{_MONTH_ALT})\.?"
                        rf"|(?-i:{_WORD_START})(?P<mon2>{_MONTH_ALT})\.?\s+(?P<d2>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?)"
                        rf"(?![^\W\d_])(?:\s?,\s?|\s)?(?:(?:{_JOINER_ALT})\s)?(?=\d)", re.I)
#: The year a yearless stamp is read in first (a leap year: "29 February" is a day).
YEARLESS_BASE_YEAR = 2000


def find_yearless(text: str, *, language: "str | None" = None) -> "list[DateMatch]":
    """The dates of ``text`` written without a year but with a time of day right after them, each
    a :class:`DateMatch` in :data:`YEARLESS_BASE_YEAR` (the caller sets the year: ``value.replace(year=…)``);
    at most two, left to right. ``language`` as for :func:`find_dates`."""
    out: list[DateMatch] = []
    if not _may_yearless(text):
        return out  # (a set look-up first: the pattern tries its month names after every letter)
    readings = MONTHS_IN.get(language) if language else None
    for m in _YEARLESS.finditer(text):
        month = _month_number(m.group("mon") or m.group("mon2"), readings)
        if month is None:
            continue
        try:
            base = datetime(YEARLESS_BASE_YEAR, month, int(m.group("d") or m.group("d2")))
        except ValueError:
            continue
        t = _TIME_RE.match(text, m.end())
        got = _time_from(t, base) if t is not None else None
        if got is None or _HAS_YEAR.match(text, t.end()) is not None:
            continue
        value, precision, zoned = got
        out.append(DateMatch(value, (m.start(), t.end()), precision, zoned))
        if len(out) >= 2:
            break
    return out


def is_plausible(value: datetime, *, now: datetime | None = None, earliest_year: int = EARLIEST_YEAR) -> bool:
    """False for dates in the future (a day of slack) or before ``earliest_year``."""
    if value.year < earliest_year:
        return False
    now = now or datetime.now(timezone.utc)
    if value.tzinfo is None:
        return value <= now.replace(tzinfo=None) + timedelta(days=1)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return value <= now + timedelta(days=1)


def date_in_url(url: str | None) -> date | None:
    """A date written in a URL path (``/2025/09/08/``, ``/20250908/``, ``2025-09-08``; day first,
    ``29-10-2021``, ``22.04.2020``, when no year-first date is there)."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    path = path.split("//", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for m in _URL_DATE.finditer(path):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    for m in _URL_DATE_DMY.finditer(path):  # "/meldungen/29-10-2021", "…_vom_22.04.2020_…": day first
        try:
            return date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        except ValueError:
            continue
    return None


_NUMERIC_DMY = re.compile(r"\s*\(?\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]")


def as_url_reads(match: DateMatch, text: str, url_day: date | None) -> DateMatch:
    """``match`` read the other way round (day and month swapped) when it is a numeric date that
    can be read both ways ("06/01/2026") and only the other reading is the day the page's
    address gives (``/2026/01/06/``): the address settles the order. Else ``match`` itself."""
    v = match.value
    if url_day is None or v.day > 12 or v.day == v.month or v.date() == url_day:
        return match
    if (v.year, v.day, v.month) != (url_day.year, url_day.month, url_day.day):
        return match
    if not _NUMERIC_DMY.match(text, match.span[0]):
        return match  # a month name, or a year first: no order to doubt
    return DateMatch(v.replace(month=v.day, day=v.month), match.span, match.precision, match.has_zone)


# ---------------------------------------------------------------------------
# parsing a value that is wholly a date (meta content, datetime attributes)
# ---------------------------------------------------------------------------


def parse_date(text: str | None, *, tz_hours: float | None = 0.0, day_first: bool | None = None) -> datetime | None:
    """Read a text that is a date (``<meta content>``, ``<time datetime>``, a date line).

    Returns a zone-aware datetime: the text's own zone when it names one,
    else UTC+``tz_hours`` (with ``tz_hours=None``, a naive datetime: the
    caller picks the zone later). None when no date can be read.
    """
    if not text:
        return None
    s = text.strip()[:200]
    if not s:
        return None
    value: datetime | None = None
    if s[19:20] == ":" and _COLON_FRACTION.match(s):  # "2022-01-10T22:06:08:684Z": the fraction after a colon
        s = s[:19] + "." + s[20:]
    if not _ISO_FULL.match(s) and _LOOSE_CLOCK.match(s):  # "2020-12-05T23:15:0Z": one digit for two, the zone kept
        s = _LOOSE_CLOCK.sub(_padded_clock, s, 1)
    if _ISO_FULL.match(s):
        try:
            value = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            value = None
    if value is None:
        m = _COMPACT.match(s)
        if m:
            try:
                value = datetime(*(int(g) for g in m.groups(default="0")))
            except ValueError:
                value = None
    if value is None:
        m = _EPOCH.match(s)
        if m:
            value = datetime.fromtimestamp(int(m.group(1)), timezone.utc)
    if value is None:
        for d in find_dates(s, day_first=day_first):
            if d.has_day:
                value = d.value
                break
    if value is None:
        value = _dateutil(s)
    if value is None:
        return None
    if tz_hours is None:
        return value
    return with_zone(value, tz_hours)


def _dateutil(s: str) -> datetime | None:
    """RFC 2822 and other English forms, through the standard library and dateutil."""
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\d{4}", s):  # no year: dateutil would invent one
        return None
    try:
        from dateutil import parser as du

        tzinfos = {k.upper(): int(v * 3600) for k, v in ZONE_HOURS.items() if k != "z"}
        # parsed twice with different defaults: a text without a day or a month ("2019",
        # "June 2019") would take them from today's date - it is no date to the day
        one = du.parse(s, fuzzy=False, tzinfos=tzinfos, default=datetime(2000, 1, 1))
        two = du.parse(s, fuzzy=False, tzinfos=tzinfos, default=datetime(2001, 2, 2))
        return one if (one.month, one.day) == (two.month, two.day) else None
    except (ValueError, OverflowError, TypeError, ImportError):
        return None
    except Exception:  # dateutil raises its own ParserError subclasses; never let them out
        return None
