"""Time stamps and datelines: read the publication time, drop the stamp lines.

A line is a stamp when, once its dates and times (see
:mod:`newsclean.dates`), its labels (发布时间 / 发表于 / Published /
Updated ...), weekday and zone words, site addresses and ``label：value``
fields are taken away, next to nothing is left: ``2025-09-08 00:41:55``,
``发布时间：2022-02-13 04:22``, ``Published: Sept. 8, 2025 3:41 p.m. ET``,
``3小时前``. Such lines are dropped (kind ``timestamp``); a sentence that
merely contains a date never is. A reading time beside the stamp (``Lesezeit: 5 Min.``, also glued
to it: ``18:50 UhrLesedauer: 4 Min.``), the post's taxonomy field (``Kategorie: Sport, Verband``) and a name behind a separator (``… 15:46 Uhr / Jane Doe``,
in a list item only with a time of day) belong to the stamp line; a line of labelled times of day
without a date (``Updated 3:45 pm | Published 2:10 pm``) is dropped too but dates nothing. The author
after the date (``Posted on … by Jane Doe``, ``Veröffentlicht am … von X | 4 Kommentare``, joiners per language
in :data:`newsclean.datewords.STAMP_BY_JOINERS`) and a comment or view count in any language of the
counters belong to the stamp line too (a count glued to the stamp's year, ``5 March 2019123 views``, is split
from it when a counter word follows and a date then ends at the year); the author is proposed below a labelled byline
(:func:`stamp_author`), and so is a person's name opening a stamp line right under the title before a
separator (``Jane Doe | 05.04.2025 - Updated: …``, or a relative stamp: ``Jane Doe | Published 4 months ago``;
not the site's name; several names, an agency beside them: ``Jane Doe (dpa) | …``, ``Jane Doe und Max Roe | …``).
A relative stamp naming its day by a word (``heute, 10:15 Uhr``) gives the time of day of the page's date alone.

The publication time is the best stamp of the page: labelled as published >
a bare stamp > labelled as updated; with a time of day over a bare date;
under the title over elsewhere; a stamp that agrees with a date in the URL
wins ties; stamps that sit in a run of stamps (lists of teasers, comment
threads) lose. Dates in the future or before :data:`newsclean.dates.EARLIEST_YEAR`
are ignored. A stamp with no zone takes the page's own offset of that day (from
its declarations), else is read in ``Options.china_tz_hours`` on a Chinese page, else
in ``Options.default_tz_hours`` or the zone of its language; else it stays naive. A declared UTC time
is written on the page's clock: the language zone's, or, when the page shows the day itself (its best stamp
a date alone, the date of its address) and that is the UTC day's neighbour, a clock showing that day
(:func:`newsclean.dates.on_shown_day`); a page showing the UTC day keeps it. Declared metadata (see the
``htmlmeta`` plugin) outranks what the lines say, except that a line giving a
time of day refines a declared date of the same day without one, and that a declaration written at the page's
last save (its declared modification days from it at most) yields to an earlier stamp right under the title
(:func:`newsclean.dates.resaved_declaration`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import re
from datetime import datetime, time
from itertools import islice
from typing import Any

from newsclean import Step, hookimpl
from newsclean.dates import DECLARED_PUBLISHED, PAGE_STAMPS, SHOWN_DAYS, WEEKDAYS, DateMatch, as_url_reads, attach_zone, date_in_url, day_first_for, find_dates, \
    find_yearless, \
    is_plausible, month_language, on_page_clock, resaved_declaration, on_shown_day, relative_spans, strip_dates, propose_published, with_zone, zone_for
from newsclean.datewords import AUTHOR_OPENERS_EU, DAY_CLOCK_JOINERS, DAY_WORDS, FILED_UNDER_EU, PUBLISHED_LABELS_EU, \
    PUBLISHED_SENTENCES_EU, STAMP_BY_JOINERS, UPDATED_LABELS_EU, WEEKDAY_SHORT, flat
from newsclean.authors import credited_organisation, is_agency, language_joiners, latin_name, names_no_one, \
    section_label
from newsclean.headerlines import NAME, page_language, title_line_index, ascii_anchor, dates_of, labels_regex, left_count, \
    may_hold_date, name_after, residue
from newsclean.patterns import ASCII_FOLDS, Anchors, LazyPattern, LiteralGate, ascii_pattern, literal_tree, odd_case_chars
from newsclean.blocks import HEADING_TAGS
from newsclean.text import fold, has_cjk, page_cache

from .declared.thread import FORUM_PAGE_TYPE, POST_STAMPS_KEY, THREAD_PAGE_KEY
from .vocab.counters import LABELS as COUNTER_LABELS_EU, MEMBER_SINCE, READING_TIME_FORMS
from .vocab.prompts import TAXONOMY_LABELS
from .vocab import terms

# -- vocabulary -------------------------------------------------------------

#: Labels saying a stamp is the publication time.
PUBLISHED_LABELS = (
    "发布时间", "发表时间", "发布日期", "发表日期", "发稿时间", "刊发时间", "出版时间", "上传时间", "录入时间", "发帖时间",
    "创建时间", "提交时间", "首发时间", "发布于", "发表于", "发布", "发表", "时间", "日期", "张贴", "刊登日期", "發佈時間",
    "發表時間", "發表於", "日期", "published", "published on", "published at", "posted", "posted on", "posted at",
    "first published", "date", "released", "publication date", "filed", "created", "submitted on", "submitted",
)
#: Labels saying a stamp is an update.
UPDATED_LABELS = (
    "更新时间", "更新于", "最后更新", "最后修改", "修改时间", "更新", "编辑于", "updated", "last updated",
    "last modified", "modified", "updated on", "updated at", "edited", "last edited", "fact checked",
)
#: Labels of dates that are not a publication: a profile's, a membership's.
PROFILE_LABELS = ("建立于", "创建于", "注册于", "注册时间", "加入时间", "加入于", "上次登录", "最后登录", "入驻时间", "生日",
                  "出生", "joined", "member since", "last login", "last seen", "born")
#: ... and of when a group, a company or a member's own page began (``Founded: Dec 11, 2021`` in a poster's box),
#: per language; a forum member's join labels (``vocab/counters.py`` ``MEMBER_SINCE``) are read as these too.
FOUNDED_LABELS = {
    "en": ("founded", "established"), "de": ("gegründet",), "fr": ("fondé", "fondée"), "es": ("fundado", "fundada"),
    "it": ("fondato", "fondata"), "pt": ("fundado", "fundada"), "nl": ("opgericht",), "pl": ("założony", "założona"),
}
#: Odds and ends that may share a stamp line (reading time, "楼主", "PDT" ...).
STAMP_FILLERS = (
    r"\d+\s*(?:min|minute|minutes|mins)\s*read", r"阅读(?:时间|时长)?\s*[:：]?\s*\d+\s*分钟", r"\bat\b", r"\bon\b",
    r"\bET\b", r"\bPT\b", r"京港台时间", r"北京时间", r"\bUTC\b", r"\bGMT\b", r"楼主", r"沙发", r"\bby\b",
    r"阅读", r"评论", r"喜欢", r"点赞", r"收藏", r"分享", r"浏览", r"点击", r"\bviews?\b", r"\bcomments?\b",
    r"\blikes?\b", r"\bshares?\b",
)
#: Words at least one of which every filler above holds (a cheap first look; a test checks).
STAMP_FILLER_ANCHORS = ("read", "阅读", "at", "on", "et", "pt", "京港台时间", "北京时间", "utc", "gmt", "楼主", "沙发", "by",
                        "评论", "喜欢", "点赞", "收藏", "分享", "浏览", "点击", "view", "comment", "like", "share")

#: A time of day without a date ("15.59", "3:45 pm", "14h05", "18:50 Uhr"): read on a labelled time-only line.
TIME_ONLY = r"(?<![\d.:,])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?(?![\d]|[.:,]\d)(?:\s*(?:uhr|uur|h|hrs|[ap]\.?\s?m\.?))?(?!\w)"
#: Time suffixes a label may be glued to when markup joined two elements ("18:50 UhrLesedauer").
GLUED_AFTER_TIME = r"(\d[:.]\d\d ?(?:[Uu]hr|uur|h|[AaPp]\.?[Mm]\.?))(?=[A-ZÀ-ÖØ-Þ])"

MAX_LINE_CHARS = 120  # longer blocks are prose, never stamps
TIME_ONLY_MAX_CHARS = 60  # a labelled time-only line ("Updated 3:45 pm | Published 2:10 pm") is this short
NAME_SEPARATORS = "|•·/–—"  # (those of _NAME_BEFORE)
MAX_NAME_BEFORE_CHARS = 40  # a name before a relative stamp under the title ("Jane Doe | 2 hours ago")
LABEL_ALONE_MAX_CHARS = 30  # a stamp's label alone on the line above it ("Zuletzt aktualisiert:")
MAX_NAMES_BEFORE = 4  # the people a stamp line's head names at most ("A, B und C | 12.03.2024")
RELATIVE_MAX_CHARS = 40  # a relative stamp line ("3小时前", "2 hours ago") is this short
STAMP_LEFT = 2  # what may be left of a pure stamp line (characters)
HEADER_LEFT = 14  # ... of a stamp line that also names a site, a source or a user (Latin letters)
HEADER_LEFT_CJK = 8  # the same in Chinese characters: a longer rest is a teaser's headline
TITLE_NEAR = 5  # blocks right under the title
BONUS_TITLE_NEAR = 3.0  # a stamp right under the title is the article's, labelled or not
BONUS_TITLE_ZONE = 1.0  # ... and one a little further down probably is
TITLE_ZONE = 12  # blocks under the title that count as its header
SCORE_LABELLED, SCORE_BARE, SCORE_UPDATED = 4.5, 3.0, 2.0

#: Starts of class/id parts (split at ``-`` and ``_``) of a box of other stories: a date there is a teaser's.
RELATED_BOX_WORDS = ("related", "recommend", "popular", "trending", "teaser")
#: Ancestors of a stamp's block looked at for a box of other stories, at most.
RELATED_BOX_DEPTH = 24
_CLASS_PARTS = re.compile(r"[\s_-]+")
SCORE_CAP = 5.9  # visible lines stay below declared metadata
#: Declarations (scores from ``htmlmeta``: head metas, JSON-LD, microdata) a stamp's day may settle between.
DECLARED_AGREE_MIN = 7.0
SCORE_URL = 1.0
#: A day.month.two-digit year alone ("04.12.26") is read on a short line that a publication or update
#: label or a weekday opens ("Stand: 04.12.26", "Veröffentlicht am 04.12.26", "Do., 04.12.26"), or alone on
#: a line right under the title ("25.4.24"): elsewhere it may be a version or a score.
SHORT_YEAR_LINE_CHARS = 60
_SHORT_ALONE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d\d(?![\d.])")
#: Languages whose pages write a short date with dashes day first ("26-09-20 12:07", Dutch): read like the
#: dotted one, a time after it. Elsewhere the form is year first (East Asia, Swedish "24-03-12", Hungarian,
#: Lithuanian) or either first (English): no date.
DASHED_SHORT_DAY_FIRST = frozenset(("nl", "de", "fr", "it", "es", "pt", "da", "no", "nb", "nn", "pl", "cs", "sk",
                                    "ro", "el", "ru", "uk", "tr", "hr", "sl", "sr", "bg"))
_DASHED_SHORT = re.compile(r"(?<![\d.-])(3[01]|[12]\d|0?[1-9])-(1[0-2]|0?[1-9])-(\d\d)(?![\d.-])")
SCORE_DATELINE = 2.5  # the lead paragraph's opening date: below a stamp line
DATELINE_HEAD_CHARS = 48  # where a lead paragraph's dateline is looked for
#: A lead's dateline may open with its place (and the agency's name in brackets) before the date
#: ("Berlin, 01.02.2022 – …", "FRANKFURT (dpa), 1. Februar 2022: …", "LONDON, Feb. 1, 2022 — …"): at most this
#: many characters and words, each capitalised but a short particle (Frankfurt am Main), no digit; the date is
#: then looked for this far into the paragraph.
DATELINE_PLACE_CHARS, DATELINE_PLACE_WORDS, DATELINE_PLACE_HEAD = 40, 4, 72
_DATELINE_AGENCY = re.compile(r"\s*\([^()\d]{1,24}\)$")
_DATELINE_OPENERS = ("(0", "(1", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9", "[0", "[1", "[2", "[3")
# What follows a lead's dateline: a closing bracket, a dash, a colon or a quote, then the sentence; or a full
# stop and the sentence's capital ("Berlin, 1. Februar 2022. Der …").
_DATELINE_AFTER = re.compile(r"\s*[)\]]?\s*(?:[-–—:|/]+\s*|(?=[„“\"«»]))\S|\s*[)\]]\s+[A-ZÀ-ÖØ-Þ]|\.\s+[A-ZÀ-ÖØ-Þ]")

#: Labels of the languages in :mod:`newsclean.datewords` (whole words only: "le", "vom", "stand").
PUBLISHED_LABELS_WORDS = flat(PUBLISHED_LABELS_EU)
UPDATED_LABELS_WORDS = flat(UPDATED_LABELS_EU)

_PUB_RE = re.compile(r"(?:(?:^|(?<![\w]))(?:" + literal_tree(PUBLISHED_LABELS) + r")(?![a-z])|"
    + labels_regex(PUBLISHED_LABELS_WORDS) + r")\s*[:：]?\s*$", re.I)
_UPD_RE = re.compile(r"(?:(?:^|(?<![\w]))(?:" + literal_tree(UPDATED_LABELS) + r")(?![a-z])|"
    + labels_regex(UPDATED_LABELS_WORDS) + r")\s*[:：]?\s*$", re.I)
_LABELS_ANYWHERE = LazyPattern(labels_regex(PUBLISHED_LABELS_WORDS + UPDATED_LABELS_WORDS) + "|"
                              + literal_tree(PUBLISHED_LABELS + UPDATED_LABELS) + "|" + "|".join(STAMP_FILLERS), re.I)
# The same on ASCII text, run on its lower case without IGNORECASE (several times faster; only
# what is left is counted, and lower-casing ASCII keeps every character where it is).
_LABELS_ANYWHERE_ASCII = re.compile(ascii_pattern(_LABELS_ANYWHERE.pattern, lower=True))
# ... and on the lower case of any text without a character IGNORECASE equates with a letter of the
# labels other than by its lower case (beyond ASCII: the twin reads ı, ſ, İ and K as ASCII letters)
_LABELS_ODD = re.compile("[" + re.escape("".join(sorted(set(ASCII_FOLDS) | {
    c for c in odd_case_chars("".join(c for c in re.sub(r"\\.", "", _LABELS_ANYWHERE.pattern) if c.isalpha()))
    if not c.isascii()}))) + "]")
_LABELS_MAY = Anchors(PUBLISHED_LABELS + UPDATED_LABELS + STAMP_FILLER_ANCHORS
                      + tuple(a for a in map(ascii_anchor, PUBLISHED_LABELS_WORDS + UPDATED_LABELS_WORDS) if a))
# A byline part of a stamp line ("Do 25.04.24 | 14:07 Uhr | Von X"): the byline plugin reads it.
_BYLINE_PART = re.compile(r"(?:^|(?<=[|•·]))\s*" + labels_regex(("by",) + flat(AUTHOR_OPENERS_EU))
                          + r"\s*:?\s+[^|•·\d]{2,60}$", re.I)
_SOURCE_FIELD = re.compile(r"(?:本文|文章)?(?:来源|来自|稿源|出处)(?:于|自)?\s*[:：]?\s*\S{1,24}")
# "… 15:46 Uhr / Jane Doe": an unlabelled name after a stamp, behind a separator (the byline's).
_NAME_PART = re.compile(r"\s[/|•·]\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*$")
# "Posted on 12 March 2024 by Jane Doe | 3 comments", "Publié le 12 mars 2024 par Jean Dupont": the stamp's author.
_STAMP_BY = name_after(flat(STAMP_BY_JOINERS))
# A name opening a stamp line, a separator after it and the date next ("Jane Doe | 05.04.2025").
_NAME_BEFORE = re.compile(r"\s*(?P<name>" + NAME + r")\s*[|•·/–—]\s*$")
_STAMP_BY_MAY = Anchors(j + " " for j in flat(STAMP_BY_JOINERS))  # (a first look: each match holds one)
# What may stand between that date and the joiner: punctuation, a time, zone letters (" @ 2:14pm (PT) ");
# a word of four letters or more ("2025. Photo by X", "the report by X") makes it something else.
_STAMP_GAP_WORD = re.compile(r"[^\W\d_]{4,}|\.\s")
# Counter words a name never holds ("von X Ein Kommentar": a comment counter glued to the name).
_COUNT_WORD = re.compile(labels_regex(terms(COUNTER_LABELS_EU) + ("comments", "comment", "views", "likes", "responses",
                                                                 "replies")), re.I)
#: What may stand between the stamp's date and its joiner (" @ 2:14pm (PT) ", " - "), in characters.
STAMP_BY_GAP = 12
SCORE_STAMP_BY = 4.0  # an author named after a stamp's date: below a labelled byline's score
# "4 Kommentare", "commenti (2)": a comment or view count beside the stamp, in any language of the counters.
_COUNT_WORDS = labels_regex(terms(COUNTER_LABELS_EU))
_COUNT_PART = re.compile(rf"(?<![\w.,])\d[\d.,]{{0,12}}\s*{_COUNT_WORDS}|{_COUNT_WORDS}\s*[:：]?\s*[(\[]?\s*\d[\d.,]{{0,12}}\s*[)\]]?",
                         re.I)
# "01.02.2022 Kategorie: Sport, Verband", "March 3, 2020 | Categories: Python, Tools | 4 Comments": a
# post's taxonomy field beside its stamp (a label of plugins/vocab/prompts.py, a colon, then a short
# list up to a separator or the line's end) is part of the stamp line, like its comment count.
TAXONOMY_ITEM_CHARS, TAXONOMY_MAX_ITEMS = 40, 12
_TAXONOMY_FIELD = re.compile(
    r"(?:^|(?<=[\s|•·]))" + labels_regex(terms(TAXONOMY_LABELS)) + r"\s*[:：]\s*"
    rf"[^\s|•·:：.!?,;][^|•·:：.!?,;]{{0,{TAXONOMY_ITEM_CHARS - 1}}}"
    rf"(?:[,;]\s*[^\s|•·:：.!?,;][^|•·:：.!?,;]{{0,{TAXONOMY_ITEM_CHARS - 1}}}){{0,{TAXONOMY_MAX_ITEMS - 1}}}"
    r"(?=\s*(?:[|•·]|$))", re.I)
_DIGIT = re.compile(r"\d")
# "March 5, 2019123 views": a counter's number glued to the stamp's four-digit year (two elements joined);
# split only where a counter word follows the number, or the number, of at most GLUED_COUNT_DIGITS, ends the
# line (its counter's word an icon: "21.11.202501747"), and the year then ends a date (see _unglued_year).
GLUED_COUNT_DIGITS = 6
_YEAR_COUNTER = re.compile(rf"(?<!\d)((?:19|20)\d\d)(?=\d[\d.,]{{0,12}}\s*(?i:{_COUNT_WORD.pattern})(?!\w)"
                           rf"|\d{{1,{GLUED_COUNT_DIGITS}}}\s*$)")
#: A stamp's short form right after its long one, the two set in elements side by side (one shown by the style
#: sheet): a number and a unit of up to three letters ("March 3, 2025 2 d", "… 1 yr", "… 5h").
_SHORT_FORM = re.compile(r"\s*\d{1,3}\s?[^\W\d_]{1,3}\.?\s*")
_YEAR_RUN = re.compile(r"[12]\d{4}")  # (a first look, five digits in a row: most lines hold none)
_READING = re.compile("|".join(READING_TIME_FORMS), re.I)  # reading times beside a stamp ("Lesedauer: 4 Min.")
_READING_MAY = LiteralGate(("min", "分", "мин", "dk", "dakika", "menit"))  # (a first look: each form holds one)
_TIME_ONLY = re.compile(TIME_ONLY, re.I)
_GLUED = re.compile(GLUED_AFTER_TIME)
_STAMP_LABEL = re.compile(labels_regex(PUBLISHED_LABELS + UPDATED_LABELS + PUBLISHED_LABELS_WORDS
                                       + UPDATED_LABELS_WORDS), re.I)
_STAMP_LABEL_ASCII = re.compile(ascii_pattern(_STAMP_LABEL.pattern, lower=True))
# a line a label or a weekday opens, then the short date ("Stand: 04.12.26", "Do., 04.12.26 | 14:05")
_SHORT_LABELLED = LazyPattern(r"\s*(?:" + labels_regex(PUBLISHED_LABELS + UPDATED_LABELS + PUBLISHED_LABELS_WORDS
                                                       + UPDATED_LABELS_WORDS + WEEKDAYS + flat(WEEKDAY_SHORT))
                             + r")\.?\s*[:：,]?\s*(?:am|le|el|il|on|op|em)?\s*\d", re.I)  # (on the lower case of ASCII text)
# "于2005年8月12日16:12:21在〖某版〗发表": the label after the date.
_PUB_AFTER = re.compile(r"^\s*(?:在[^，。,.]{0,24}?)?(?:发表|发布|发帖|张贴|首发|刊发|刊登)")
# "heute, 10:15 Uhr", "Hoy, 14:05", "aujourd'hui à 14h05", "Today at 2:05 pm": a day's word and its clock time.
_DAY_CLOCK = LazyPattern(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, DAY_WORDS), key=len, reverse=True))
                         + r")(?![^\W\d_]),?\s*(?:(?:" + "|".join(sorted(map(re.escape, DAY_CLOCK_JOINERS), key=len, reverse=True))
                         + r")\s*)?(?P<h>[01]?\d|2[0-3])\s*[:.hH]\s*(?P<m>[0-5]\d)(?!\d)(?:\s*(?P<ap>[ap])\.?\s*m\b\.?)?", re.I)
#: The state key of that clock time (hour, minute) read from a relative stamp under the title.
DAY_CLOCK_KEY = "timestamp:day_clock"
# "12.03.2024, 10:15 Uhr (aktualisiert)": an update's label in brackets after its date.
_UPD_AFTER = LazyPattern(r"^\s*,?\s*[(\[]\s*(?:" + literal_tree(UPDATED_LABELS) + "|" + labels_regex(UPDATED_LABELS_WORDS)
                         + r")\s*[)\]]", re.I)
_PROFILE_RE = re.compile("|".join(map(re.escape, dict.fromkeys(
    PROFILE_LABELS + flat(FOUNDED_LABELS) + flat(MEMBER_SINCE)))), re.I)
_RANGE = re.compile(r"^\s*(?:[-–—~～至到]|to|until|bis)\s*$", re.I)
# list bullets, numbered notes, quote attributions ("— Name (@handle) May 4, 2019")
_TEASER = re.compile(r"^\s*(?:[·•●◆■□▪▸►\-*—–]|\d{1,2}[.、]\s*\S|\[\d+\])")
_PROSE = re.compile(r"[，。！？；]|[,;!?]\s+\w+\s+\w+|\.\s+[A-Z]")


def _label_long_enough(word: str) -> bool:
    """A label specific enough to be read anywhere: five letters, or two Hangul syllables ("입력": each
    syllable a whole block of letters)."""
    return len(word) >= 5 or (len(word.replace(" ", "")) >= 2 and all("\uac00" <= c <= "\ud7a3" or c == " " for c in word))


#: Labels of a publication date read anywhere on a page nothing else dated: the multi-word and longer
#: labels of every language (not "le", "vom"), and a post footer's sentence around its date.
LABELLED_DATE_LABELS = tuple(dict.fromkeys(
    [w for w in PUBLISHED_LABELS_WORDS if _label_long_enough(w) and w not in ("giriş", "dodano")]
    + ["published", "published on", "first published", "publication date", "date published", "posted on"]
    + list(flat(PUBLISHED_SENTENCES_EU))))
# (one scan of a text's lower case for the labels' literals; word boundaries checked where found)
_LABELLED_LITERALS = re.compile(literal_tree([w.lower() for w in LABELLED_DATE_LABELS], ignorecase=False))
_NOT_YET = re.compile(r"\b(?:will|to|wird|soll)(?:\s+be)?\s*$")
#: What may stand between such a label and its date (a weekday, "am", "vor am Samstag, "), in characters.
LABELLED_DATE_GAP = 20
# a filing label ("Filed under") with the post's date ending at most this many characters before it
_FILED_LITERALS = re.compile(literal_tree([w.lower() for w in flat(FILED_UNDER_EU)], ignorecase=False))
FILED_DATE_GAP = 3  # (". ", ", ")
FILED_LOOK_BACK = 40  # characters read back from the label for the date
LABELLED_MAX_HITS = 12  # labels weighed on a page
#: Date headings (a date alone) of as many different days, each over kept text: a schedule's days (kept).
SCHEDULE_MIN = 3
# The reason a line holding a date alone (no time, no name) is dropped with: the schedule check looks for it.
_DATE_ONLY = "a date stamp"
# (the reason _line drops a stamp line that holds a name or a label besides its date with)
_WITH_NAME = " with a short name or label"
#: The reason of a stamp line holding a date and a time and nothing else.
_DATE_TIME = "a date and time stamp"
#: Removals whose labelled dates are other stories' or comments'.
LABELLED_FOREIGN_KINDS = frozenset(("comments", "related", "hidden", "spam", "promo", "ad"))
SCORE_LABELLED_ANYWHERE = 2.9  # below a stamp line of the article
#: A date in a segment of its own in the page's <title> ("Headline – Example – 13.06.2023"), read only when nothing
#: else dated the page: below every stamp and the address's date.
SCORE_HEAD_TITLE = 0.9
HEAD_TITLE_SEPARATORS = "|–—-:·•,"
MAX_HEAD_TITLE_CHARS = 300
#: Other dated blocks within 3 of a labelled stamp that make it an entry of a dated list (a published
#: and an updated line, a date in the byline beside them, are fewer).
LABELLED_CROWD = 3

# "By Jane Doe, in News, Travel · 31 Jan 2025, 20:02 · 0 Comments": a byline label opens the line and its
# stamp follows a separator: the part from that separator on is read as a stamp line.
_BYLINE_OPEN = re.compile(r"\s*" + labels_regex(("by",) + flat(AUTHOR_OPENERS_EU)) + r"\s*:?\s+[^\W\d_]", re.I)
BYLINE_STAMP_SEPARATORS = "·•|–—-"
#: A year the page gives of itself: a copyright line's last year ("© 2005-2025"), the address's year.
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–—/]\s*)?((?:19|20)\d\d)(?!\d)", re.I)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")
COPYRIGHT_LINE_CHARS = 200  # (a copyright line is short)


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("lines", read_stamps, order=200, kind="timestamp",
                  description="reads the publication time and drops date and time stamp lines"))


class _Candidate:
    __slots__ = ("index", "match", "score", "labelled", "apart")

    def __init__(self, index: int, match: DateMatch, score: float, labelled: bool, apart: bool = False) -> None:
        self.index, self.match, self.score, self.labelled = index, match, score, labelled
        self.apart = apart  # in a box of other stories: below every other stamp


def stamp_author(text: str, dates: "list[Any]") -> "tuple[str, str | None] | None":
    """The author part a stamp line holds after its date ("Veröffentlicht am 12. März 2024 von Maria Schulz |
    4 Kommentare"): (the part as written, "von Maria Schulz"; the name when it is a person's, else None),
    or None; ``dates``: the line's dates (read by :func:`_line`). The joiner follows
    the date closely (only punctuation, a time or zone letters between) and the name ends the line or a
    part of it."""
    m = _STAMP_BY.search(text) if _STAMP_BY_MAY(text) else None
    if m is None:
        return None
    ends = [d.span[1] for d in dates if d.has_day and d.span[1] <= m.start()]
    if not ends:
        return None  # "Reviewed by X, MD 02/29/2024": the joiner before the date is no stamp's author
    gap = text[ends[-1]:m.start()]
    if len(gap.strip()) > STAMP_BY_GAP or _STAMP_GAP_WORD.search(gap):
        return None  # "On 12 March 2024 the report by Jane Doe": a sentence
    if _COUNT_WORD.search(m.group("name")):
        return None
    return m.group(0), latin_name(m.group("name"))


def read_stamps(doc: Any) -> None:
    """Drop stamp lines; propose the best stamp as ``published``."""
    blocks = doc.blocks
    lang = page_language(doc)
    tz = zone_for(lang, doc.options)
    # "03/12/2026": month first only on English pages (and by the clock's shape); elsewhere day first
    doc.state["timestamp:day_first"] = day_first_for(lang, doc.lang_hint, doc.url)  # (en-GB: day first)
    doc.state["timestamp:dashed"] = (lang or "").lower().replace("_", "-").split("-")[0] in DASHED_SHORT_DAY_FIRST
    doc.state["timestamp:months"] = month_language(lang)  # (Croatian "listopad" is October)
    title_at = title_line_index(doc)
    doc.state["timestamp:title_at"] = title_at
    url_day = doc.state["timestamp:url_day"] = date_in_url(doc.url)
    candidates: list[_Candidate] = []
    dated: list[int] = []  # blocks holding a date: to tell runs of stamped teasers
    yearless = doc.state["timestamp:yearless"] = []  # stamps under the title without a year
    lead = True  # the lead paragraph is still to come (its opening date is the article's dateline)
    for b in blocks:
        text = b.text
        if not text or b.kind == "code":
            continue
        if b.kind == "table":  # a layout table read as one block: read its cells, drop nothing
            for row in text.split("\n")[:300]:
                for cell in dict.fromkeys([row] + row.split(" | ")):
                    if may_hold_date(cell):  # (a cell without a date is no stamp)
                        _line(doc, b, cell, False, candidates, dated)
        elif len(text) - text.count(" ") <= MAX_LINE_CHARS:
            digits = may_hold_date(text)
            if digits or ((len(text) <= RELATIVE_MAX_CHARS or (
                    len(text) <= RELATIVE_MAX_CHARS + MAX_NAME_BEFORE_CHARS and title_at is not None
                    and title_at < b.index <= title_at + TITLE_NEAR
                    and any(c in text for c in NAME_SEPARATORS)))  # ("Jane Doe | 4 months ago")
                    and relative_spans(text)):
                # (a longer line without a date, or a long one, is no stamp: most lines, in one look;
                # a line without a date is one only as a relative stamp, which it must hold)
                _line(doc, b, text, True, candidates, dated, digits)
        elif lead and b.kind == "paragraph" and title_at is not None and title_at < b.index <= title_at + TITLE_ZONE:
            lead = False  # the first paragraph under the title, and only it: "27.1.2022 – Bei der …"
            if text[:1].isdigit() or text[:2] in _DATELINE_OPENERS or (
                    text[:1].isupper() and "," in text[:DATELINE_PLACE_CHARS + 2]):  # ("Berlin, 01.02.2022 – …")
                _dateline(doc, b, text, candidates)
    if len(dated) >= POST_HEAD_MIN and doc.state.get(THREAD_PAGE_KEY) == FORUM_PAGE_TYPE and doc.is_html:
        _post_heads_in_place(doc, dated)
    if len(dated) >= SCHEDULE_MIN:
        candidates = _schedule_headings(doc, dated, candidates)
    if yearless and not candidates and url_day is None and doc.meta.get("published") is None:
        candidates = _with_page_year(doc, yearless)
    best = _best(candidates, title_at, url_day, dated)
    if best is not None:
        when = attach_zone(best.match.value, tz, doc.state.get(PAGE_STAMPS, ()))
        propose_published(doc.meta, when, min(best.score, SCORE_CAP))
    elif url_day is not None:
        doc.meta.propose("published", with_zone(datetime.combine(url_day, time()), tz), SCORE_URL)
    elif doc.meta.get("published") is None:  # nothing dated the page: a labelled date anywhere on it
        labelled = _labelled_anywhere(doc)
        if labelled is not None:
            propose_published(doc.meta, attach_zone(labelled, tz, doc.state.get(PAGE_STAMPS, ())),
                              SCORE_LABELLED_ANYWHERE)
    if doc.meta.get("published") is None and doc.is_html:  # nothing else dated the page: its head title's date
        in_title = _date_in_head_title(doc)
        if in_title is not None:
            propose_published(doc.meta, attach_zone(in_title, tz, doc.state.get(PAGE_STAMPS, ())), SCORE_HEAD_TITLE)
    if best is not None and best.score >= SCORE_LABELLED:
        _agreeing_declaration(doc, best.match.value.date())
    if best is not None and best.score >= SCORE_LABELLED and title_at is not None \
            and title_at < best.index <= title_at + TITLE_NEAR and best.score - BONUS_TITLE_NEAR >= SCORE_BARE \
            and not any(c.match.value.date() != best.match.value.date() and title_at < c.index <= title_at + TITLE_ZONE
                        for c in candidates):  # (other days under the title: teasers' stamps)
        resaved_declaration(doc.meta, doc.extra.get("modified"),
                            attach_zone(best.match.value, tz, doc.state.get(PAGE_STAMPS, ())))
    _with_day_clock(doc, tz)
    # a UTC time (a server's clock) written on the clock of the page's language zone: the same moment;
    # when the page shows the day itself (a stamp's date alone, its address's date), on a clock showing that day
    cur = doc.meta.get("published")
    shown = [d for d in (best.match.value.date() if best is not None and not best.match.has_time else None, url_day)
             if d is not None] + doc.state.get(SHOWN_DAYS, [])[:1]
    local = on_page_clock(cur, tz) if cur is not None else None
    if shown and cur is not None:
        if cur.date() in shown:
            if local is not None and local.date() not in shown:
                local = None  # the page shows the UTC day: the language's clock would move it off
        elif local is None or local.date() not in shown:
            local = next(filter(None, (on_shown_day(cur, d, tz) for d in shown)), local)
    if local is not None:
        doc.meta.propose("published", local, doc.meta.score("published") - doc.meta.bonus + 1e-6)


def _under_title(doc: Any, b: Any) -> bool:
    """Whether block ``b`` is among the few right under the page's title line."""
    at = doc.state.get("timestamp:title_at")
    return at is not None and at < b.index <= at + TITLE_NEAR


def _under_heading(doc: Any, b: Any) -> bool:
    """Whether block ``b`` is among the few right under the page's title line, or, when no line is the
    title (the head's title worded otherwise than the headline), under the page's first heading."""
    at = doc.state.get("timestamp:title_at")
    if at is None:
        at = doc.state.get("timestamp:first_heading", -1)
        if at == -1:
            at = doc.state["timestamp:first_heading"] = next((h.index for h in doc.blocks if h.kind == "heading"), None)
    return at is not None and at < b.index <= at + TITLE_NEAR


def _in_related_box(b: Any) -> bool:
    """Whether block ``b`` sits in a box of other stories: an ancestor whose class or id holds a part
    starting with a :data:`RELATED_BOX_WORDS` word (``post-related``, ``recommended_list``)."""
    path = b.path
    if not _may_name_related_box(b.tokens) and not any(_heading_with_id(el) for el in islice(reversed(path),
                                                                                              RELATED_BOX_DEPTH)):
        return False  # (the block's tokens hold its ancestors' class and id words, a heading's id aside)
    for el in islice(reversed(path), RELATED_BOX_DEPTH):
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        if tag in ("body", "html"):
            break
        attrs = " ".join(filter(None, (el.get("class"), el.get("id")))).lower()
        if attrs and any(part.startswith(RELATED_BOX_WORDS) for part in _CLASS_PARTS.split(attrs)):
            return True
    return False


_RELATED_TOKENS: "dict[frozenset[str], bool]" = page_cache()


def _may_name_related_box(tokens: "frozenset[str]") -> bool:
    """A first look for :func:`_in_related_box`: one of a block's tokens (the lower-cased class, id and
    role words of its path) holds a :data:`RELATED_BOX_WORDS` word (cached by tokens: blocks share them)."""
    got = _RELATED_TOKENS.get(tokens)
    if got is None:
        got = _RELATED_TOKENS[tokens] = any(w in t for t in tokens for w in RELATED_BOX_WORDS)
    return got


def _heading_with_id(el: Any) -> bool:
    """``el`` is a heading with an id (which is not among a block's tokens, see ``element_tokens``)."""
    tag = el.tag
    return isinstance(tag, str) and tag.rsplit("}", 1)[-1].lower() in HEADING_TAGS and bool(el.get("id"))


def _name_before(text: str, date_at: int, site: "str | None") -> "str | None":
    """The person's name that opens a stamp line before a separator and its first date (``date_at``):
    "Jane Doe | 05.04.2025 - Updated: …"; None when there is none, or it is the site's name."""
    m = _NAME_BEFORE.match(text, 0, date_at)
    if m is None:
        return None
    name = latin_name(m.group("name"))
    if name is None or (site and fold(name) in fold(site)):
        return None
    return name


#: A byline's head before a stamp's separator: names, joined by commas, "&" or the page language's joiners
#: (``NAME_JOINERS``), an agency in brackets or after a comma or slash at its end ("Jane Doe (dpa) |").
_HEAD_BEFORE = re.compile(r"\s*(?P<head>[^|•·–—\d]{3,%d}?)\s*[|•·–—]\s*$" % (MAX_NAME_BEFORE_CHARS * 2))
_AGENCY_TAIL = re.compile(r"\s*(?:\((?P<inside>[^()]{1,30})\)|[,/]\s*(?P<after>[^(),/]{1,30}))\s*$")


def _names_before(doc: Any, text: str, date_at: int) -> "tuple[str, list[str]] | None":
    """The people (and an agency credited beside them) a stamp line under the title names before a
    separator and its first date (``date_at``) when a single name is not all (:func:`_name_before`
    reads that): "Jane Doe (dpa) | 12.03.2024", "Jane Doe und Max Roe | …"; (the head read, the names),
    or None when a part is no person's name or names the site or a paper. (A long head of one name alone
    may be a section's, "Champions League Finale": not read.)"""
    m = _HEAD_BEFORE.match(text, 0, date_at)
    if m is None:
        return None
    head = m.group("head")
    names: list[str] = []
    place = False
    tail = _AGENCY_TAIL.search(head)
    if tail is not None and tail.start() > 0:
        credited = " ".join((tail.group("inside") or tail.group("after") or "").split())
        if is_agency(credited):
            names.append(credited)
            head = head[: tail.start()]
        elif tail.group("inside"):  # "Jane Doe (Berlin) |": where she writes from
            head, place = head[: tail.start()], True
    joiners = language_joiners(page_language(doc)) if " " in head else ()
    split = r"\s*(?:,|&|\band\b" + "".join(r"|(?-i:\b" + re.escape(j) + r"\b)" for j in joiners) + r")\s*"
    parts = [p for p in re.split(split, head, flags=re.I) if p.strip()]
    if not parts or len(parts) > MAX_NAMES_BEFORE or len(parts) + len(names) + place < 2:
        return None  # (one name alone: _name_before's, when the line is short enough to be a stamp's)
    site = doc.extra.get("site_name")
    people = [latin_name(p) for p in parts]
    if not all(people) or any((site and fold(p) in fold(site)) or credited_organisation(p)  # type: ignore[arg-type]
                              or names_no_one(p) for p in people):  # type: ignore[arg-type]
        return None  # ("Neue Zürcher Zeitung | 12.03.2024": the paper's name)
    return m.group("head"), people + names  # type: ignore[operator]


def _name_before_relative(doc: Any, b: Any, text: str) -> None:
    """A relative stamp line under the title opening with the author's name before a separator ("Jane Doe |
    Published 4 months ago"): the name proposed as a stamp's author, the line dropped."""
    spans = relative_spans(text)
    if not spans or spans[-1][1] < len(text.rstrip()):
        return  # (no relative stamp, or more after it)
    head = text[: spans[0][0]]
    m = _PUB_RE.search(head)
    if m is not None:
        head = head[: m.start()]
    name = _name_before(head, len(head), doc.extra.get("site_name"))
    if name is not None and not (b.path and section_label(b.path[-1], name)):
        doc.drop(b, "timestamp", "a relative time stamp after its author's name")
        doc.meta.propose("authors", [name], SCORE_STAMP_BY)


def _day_clock(doc: Any, text: str) -> None:
    """Keep (``DAY_CLOCK_KEY``) the clock time of a relative stamp naming its day by a word ("heute, 10:15 Uhr",
    "Hoy, 14:05"), not an update's ("Aktualisiert heute, 10:15")."""
    m = _DAY_CLOCK.search(text)
    if m is None or _UPD_RE.search(text[: m.start()].rstrip(" :")):
        return
    hour = int(m.group("h"))
    if m.group("ap"):
        if hour > 12:
            return
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    doc.state[DAY_CLOCK_KEY] = (hour, int(m.group("m")))


def _with_day_clock(doc: Any, tz: Any) -> None:
    """The clock time a relative stamp under the title gives (:func:`_day_clock`) set on the day the page's
    best date so far names when that is a date alone (its address's, a declared day, a stamp without its
    time): the stamp says when on that day; alone it names no day."""
    clock = doc.state.get(DAY_CLOCK_KEY)
    cur = doc.meta.get("published")
    if clock is None or cur is None or cur.time() != time():
        return
    when = attach_zone(datetime.combine(cur.date(), time(*clock)), tz, doc.state.get(PAGE_STAMPS, ()))
    propose_published(doc.meta, when, SCORE_URL)


def _agreeing_declaration(doc: Any, day: Any) -> None:
    """When the page's declarations disagree (a JSON-LD ``datePublished`` and an ``article:published_time``
    days apart) and the one that won is not of ``day``, the day of the page's own stamp, the declared
    time of that day wins (two of the page's sources agree): a strong declaration only
    (``DECLARED_AGREE_MIN``) giving a time of day, at the winner's score."""
    cur = doc.meta.get("published")
    if cur is None or cur.date() == day:
        return
    for when, score in doc.state.get(DECLARED_PUBLISHED, ()):
        if score >= DECLARED_AGREE_MIN and when.date() == day and when.tzinfo is not None \
                and when.time() != time():  # (a declared date alone may be a re-publication's)
            doc.meta.propose("published", when, doc.meta.score("published") - doc.meta.bonus + 1e-6)
            return


def _line(doc: Any, b: Any, text: str, droppable: bool, candidates: list[_Candidate], dated: list[int],
          digits: "bool | None" = None) -> None:
    """Look at one line: drop it when it is a stamp, keep it as a candidate when it may be one.
    (``digits``: ``may_hold_date(text)`` when the caller has it, the line's length checked.)"""
    if digits is None:
        if len(text) - text.count(" ") > MAX_LINE_CHARS:  # blocks hold single spaces only
            return
        digits = may_hold_date(text)  # (a glued time and a labelled time both hold two digits in a row)
    if digits and _GLUED.search(text) is not None:  # (a sub with a template costs a call into re even unmatched)
        text = _GLUED.sub(r"\1 ", text)  # "18:50 UhrLesedauer: 4 Min.": two elements joined
    raw = dates_of(text, limit=4, day_first=doc.state.get("timestamp:day_first"), held=digits,
                   language=doc.state.get("timestamp:months"))
    if not raw and digits and ("20" in text or "19" in text) and _YEAR_RUN.search(text) is not None \
            and _YEAR_COUNTER.search(text) is not None:  # ("5 March 20194 Comments": no date read)
        text, raw = _unglued_year(text, doc.state.get("timestamp:day_first"))
    if not raw and digits and "-" in text and doc.state.get("timestamp:dashed") and _DASHED_SHORT.search(text):
        # "26-09-20 12:07": a short date with dashes, day first on a page of such a language, read as a dotted one
        raw = dates_of(_DASHED_SHORT.sub(r"\1.\2.\3", text), limit=4, day_first=True)
        if raw:
            text = _DASHED_SHORT.sub(r"\1.\2.\3", text)
    if not raw and digits and "." in text and len(text) <= SHORT_YEAR_LINE_CHARS and _SHORT_ALONE.search(text) \
            and (_SHORT_LABELLED.match(text) or (_SHORT_ALONE.fullmatch(text.strip()) and _under_title(doc, b))):
        # "Stand: 04.12.26", "Do., 04.12.26"; alone on its line right under the title: "25.4.24"
        raw = find_dates(text, limit=2, day_first=True, short_alone=True)
    found = [d for d in raw if d.has_day and is_plausible(d.value)] if raw else raw
    if not raw and digits and _under_heading(doc, b):
        _yearless(doc, b, text)
    if not found:
        if digits and DAY_CLOCK_KEY not in doc.state and len(text) <= RELATIVE_MAX_CHARS + MAX_NAME_BEFORE_CHARS \
                and _under_title(doc, b) and relative_spans(text):
            _day_clock(doc, text)
        if droppable and len(text) <= RELATIVE_MAX_CHARS and relative_spans(text) and _left(text) == 0:
            doc.drop(b, "timestamp", "a relative time stamp")
        elif droppable and digits and len(text) <= TIME_ONLY_MAX_CHARS and _labelled_times(text):
            doc.drop(b, "timestamp", "a labelled time of day without a date (published / updated)")
        elif droppable and len(text) <= RELATIVE_MAX_CHARS + MAX_NAME_BEFORE_CHARS and _under_title(doc, b):
            _name_before_relative(doc, b, text)
        return
    if not dated or dated[-1] != b.index:
        dated.append(b.index)
    bare = strip_dates(text, raw if len(raw) < 4 else None)  # (under the limit: every date of the text)
    # "Posted on … by Jane Doe | 3 comments": the author after the stamp's date is part of the stamp line
    by = stamp_author(text, raw)
    if by is not None:
        bare = bare.replace(by[0], " ", 1)
    # "Jane Doe (dpa) | 12.03.2024", "Jane Doe und Max Roe | …": the byline opening the stamp under the title
    before = _names_before(doc, text, found[0].span[0]) if by is None and found[0].span[0] > 4 \
        and _under_title(doc, b) else None
    if before is not None:
        bare = bare.replace(before[0], " ", 1)
    left = _left(text, stripped=bare)
    chosen, label = _pick(text, found)
    above = None
    if not label and len(found) == 1 and text[: found[0].span[0]].strip() == "":
        label, above = _label_above(doc, b)  # ("Aktualisiert:" / "12.03.2024": the label in an element of its own)
    chosen = as_url_reads(chosen, text, doc.state.get("timestamp:url_day"))
    # "28.04.2024 | 09:36", "3. Dezember 2026": a date at the start is no numbered teaser
    listed = bool(_TEASER.match(text)) and text[: raw[0].span[0]].strip() != ""
    # (a reading time beside the stamp is no sentence: "· 3 Min. Lesezeit" ends no prose)
    teaser = listed or bool(_PROSE.search(_READING.sub(" ", bare) if _READING_MAY(bare) else bare))
    header_left = HEADER_LEFT_CJK if has_cjk(bare) else HEADER_LEFT
    # (without a colon or a source field the fields change nothing: the same count, not worked out twice)
    strict_left = left if _fields_moot(text, bare) else _left(text, fields=False, stripped=bare)
    pure = (strict_left == 0 or (strict_left <= STAMP_LEFT and b.kind != "list_item")) and not listed
    if pure and b.kind == "list_item" and not chosen.has_time and _NAME_PART.search(text):
        pure = False  # "2024-03-01 / Annual Report": a dated item of a list, not a stamp and its author
    if droppable and (pure or (left <= header_left and b.kind != "list_item" and not teaser)) \
            and _post_stamp(doc, b, label, text, found):
        droppable = False  # (still a candidate below: the opening post's stamp dates the page)
    if droppable and (pure or (left <= header_left and b.kind != "list_item" and not teaser)):
        what = _DATE_TIME if chosen.has_time else _DATE_ONLY
        if left > STAMP_LEFT or before is not None:
            what += _WITH_NAME
        doc.drop(b, "timestamp", what)
        if above is not None:
            doc.drop(above, "timestamp", "a stamp's label alone on the line above it")
        if by is not None and by[1] is not None:  # the stamp's author (below a labelled byline)
            doc.meta.propose("authors", [by[1]], SCORE_STAMP_BY)
        elif before is not None:
            doc.meta.propose("authors", before[1][:MAX_NAMES_BEFORE + 1], SCORE_STAMP_BY)
        elif left > STAMP_LEFT and _under_title(doc, b):
            name = _name_before(text, found[0].span[0], doc.extra.get("site_name"))
            if name is not None and not (b.path and section_label(b.path[-1], name)):
                # "Jane Doe | 05.04.2025": the author before the stamp under the title (a section's label
                # there, "Bayern München | 12.03.2024" in a kicker or a topic's element, names no one)
                doc.meta.propose("authors", [name], SCORE_STAMP_BY)
    if (left > header_left or teaser) and b.kind != "list_item" and _byline_stamp(text, raw):
        left, teaser = 0, False  # "By Jane Doe, in News, Travel · 31 Jan 2025, 20:02": the stamp after the byline
    if left > 40 or "。" in text:
        return
    if _PROFILE_RE.search(text[: found[0].span[0]]):
        return  # "建立于:2004年10月6日": when a blog or an account began
    if len(found) >= 2 and not label and _RANGE.search(text[found[0].span[1]: found[1].span[0]]):
        return  # "12/01/2004 - 01/01/2005": a range (an archive), not a stamp
    if label == "published":
        score = SCORE_LABELLED
    elif label == "updated":
        score = SCORE_UPDATED
    elif left <= header_left and not teaser:
        score = SCORE_BARE
    else:
        return
    # another story's teaser in a box of them: ranked below every other stamp, still dating a page nothing
    # else dates (a front page)
    apart = not _under_heading(doc, b) and _in_related_box(b)
    candidates.append(_Candidate(b.index, chosen, score, label == "published", apart))


#: Elements of a stamp's block looked at for its time element, at most (a post's stamp line is short).
POST_STAMP_ELEMENTS = 12
#: Stamp lines with a name, at the same place, that make a forum topic's post heads without a time element.
POST_HEAD_MIN = 3
#: Elements of a block's path (from its own up) that give its place in a post box.
POST_HEAD_PATH = 4
_PLACE_DIGITS = re.compile(r"\d+")
_LONE_NUMBER = re.compile(r"(?<!\w)\d+(?![^\W\d_])")  # (a number standing alone: "#2", "of 7"; not "jdoe30")


def _post_heads_in_place(doc: Any, dated: "list[int]") -> None:
    """On a page read as a forum topic, the stamp lines this step dropped that hold a name beside their date
    ("Jane_Doe · 03/03/2026 19:44", "by jdoe » Mon Mar 4, 2024 9:12 am"), or, when no post holds a time
    element, a date and time alone ("Wed Dec 27, 2023 10:00 am"), and stand at the same place in
    ``POST_HEAD_MIN`` posts or more (the same element path, tags and class values with digits folded): a
    board's post heads, written without a time element. They are put back and count as the posts' stamps
    (``POST_STAMPS_KEY``), as :func:`_post_stamp` keeps the stamps boards mark; an edit note is not one."""
    plugin = doc.current_step
    by_place: dict[tuple[Any, ...], list[Any]] = {}
    bare = not doc.state.get(POST_STAMPS_KEY)  # (no post holds a time element: a plain stamp may head each)
    for i in dated:
        b = doc.blocks[i]
        r = b.dropped
        if r is None or r.plugin != plugin or not b.path \
                or not (r.reason.endswith(_WITH_NAME) or (bare and r.reason == _DATE_TIME)):
            continue
        text = b.text
        raw = dates_of(text, limit=4, day_first=doc.state.get("timestamp:day_first"),
                       language=doc.state.get("timestamp:months"))
        if not raw or _UPD_RE.search(text[: raw[0].span[0]]) or text[raw[-1].span[1]: raw[-1].span[1] + 1].isalnum():
            continue  # ("Edited June 3, 2024 by X": an edit note; "June 3, 20241 yr": two forms read as one)
        if _LONE_NUMBER.search(strip_dates(text, raw if len(raw) < 4 else None)):
            continue  # ("… Post #2 of 7": a post's number, not its poster's name)
        place = tuple((el.tag, _PLACE_DIGITS.sub("0", el.get("class") or "")) for el in b.path[-POST_HEAD_PATH:])
        by_place.setdefault(place, []).append(b)
    heads = [b for found in by_place.values() if len(found) >= POST_HEAD_MIN for b in found]
    if not heads:
        return
    # (the opening post's head, and a poster's own heads, may carry a class word more or less: one shared)
    words = {w for b in heads for w in (b.path[-1].get("class") or "").split() if not _DIGIT.search(w)}
    heads += [b for found in by_place.values() if len(found) < POST_HEAD_MIN for b in found
              if not words.isdisjoint((b.path[-1].get("class") or "").split())]
    heads.sort(key=lambda b: b.index)
    for b in heads:
        doc.restore(b)
    stamps = doc.state.setdefault(POST_STAMPS_KEY, [])
    stamps.extend(b.index for b in heads)
    stamps.sort()
    doc.note(f"timestamp: a forum topic ({FORUM_PAGE_TYPE}): {len(heads)} stamp lines with a name (or alone, no "
             f"post holding a time element) at the same place in its posts are the posts' heads and stay (the "
             f"first: {heads[0].text[:40]!r})")


def _post_stamp(doc: Any, b: Any, label: str, text: str, found: "list[DateMatch]") -> bool:
    """True when ``b`` is a post's stamp on a page read as a forum topic: its line holds a time element
    (``<time>``, a ``datetime`` attribute), as boards mark when each post was written; a member's join date
    in the post's side column is plain text, an edit note ("Last edited: ...") is labelled updated. Such a
    stamp is part of the thread (each post's author and stamp head its text) and stays, noted once. Not one
    whose date runs on into letters or digits (``March 3, 20252 d``: a long and a short form of the stamp
    read as one line, one of them shown by the style sheet)."""
    if label == "updated" or not b.path or doc.state.get(THREAD_PAGE_KEY) != FORUM_PAGE_TYPE:
        return False
    end = found[-1].span[1]
    if text[end:end + 1].isalnum() or _SHORT_FORM.fullmatch(text, end) is not None:
        return False
    if not any(isinstance(e.tag, str) and (e.tag == "time" or e.get("datetime") is not None)
               for e in islice(b.path[-1].iter(), POST_STAMP_ELEMENTS)):
        return False
    stamps = doc.state.setdefault(POST_STAMPS_KEY, [])
    if not stamps:
        doc.note(f"timestamp: a forum topic ({FORUM_PAGE_TYPE}): the time stamps its posts hold in time elements "
                 f"stay with the posts (the first: {b.text[:40]!r})")
    stamps.append(b.index)
    return True


def _byline_stamp(text: str, raw: "list[DateMatch]") -> bool:
    """A byline label opens ``text`` and its first date follows a separator, from which on the line is a
    stamp ("By Jane Doe, in News, Travel · 31 Jan 2025, 20:02 · 0 Comments")."""
    if not raw or _BYLINE_OPEN.match(text) is None:
        return False
    head = text[: raw[0].span[0]].rstrip()
    if not head or head[-1] not in BYLINE_STAMP_SEPARATORS or _DIGIT.search(head):
        return False
    return _left(text[len(head) - 1:]) <= STAMP_LEFT


def _yearless(doc: Any, b: Any, text: str) -> None:
    """A stamp without a year under the title ("Jane Doe — 24 жовтня, 15:26", "24. Oktober, 15:26"): kept
    aside (``timestamp:yearless``) for :func:`_with_page_year`, which dates it when nothing else does."""
    found = find_yearless(text, language=doc.state.get("timestamp:months"))
    if not found:
        return
    d = found[0]
    rest = text[: d.span[0]] + " " + text[d.span[1]:]
    if _PROSE.search(rest) or _TEASER.match(text):
        return
    left = _left(rest, stripped=rest)
    if left <= (HEADER_LEFT_CJK if has_cjk(rest) else HEADER_LEFT) or (b.kind != "list_item" and _BYLINE_OPEN.match(text)
                                                                        and not _DIGIT.search(rest)):
        _pub, label = _pick(text, [d])
        score = SCORE_LABELLED if label == "published" else SCORE_UPDATED if label == "updated" else SCORE_BARE
        doc.state["timestamp:yearless"].append(_Candidate(b.index, d, score, label == "published"))


def page_years(doc: Any) -> "set[int]":
    """The years the page gives of itself: its copyright lines' last years (written as the page was
    rendered: "© 2005-2025"), its declared modification's year, its address's year."""
    years: set[int] = set()
    texts = [r.text for r in doc.removed] + [bl.text for bl in doc.blocks]
    for t in texts:
        if t and len(t) <= COPYRIGHT_LINE_CHARS:
            years.update(int(m.group(1)) for m in _COPYRIGHT_YEAR.finditer(t))
    modified = doc.extra.get("modified")
    if isinstance(modified, str) and modified[:4].isdigit():
        years.add(int(modified[:4]))
    years.update(int(m.group(1)) for m in _URL_YEAR.finditer(doc.url or ""))
    return years


def _with_page_year(doc: Any, yearless: "list[_Candidate]") -> "list[_Candidate]":
    """The yearless stamps under the title in the one year the page gives of itself (:func:`page_years`),
    when it gives exactly one and the day is not after its declared modification (nor in the future);
    else none."""
    years = page_years(doc)
    if len(years) != 1:
        return []
    year = years.pop()
    modified = doc.extra.get("modified")
    last = None
    if isinstance(modified, str):
        try:
            last = datetime.fromisoformat(modified[:10]).date()
        except ValueError:
            last = None
    out = []
    for c in yearless:
        try:
            value = c.match.value.replace(year=year)
        except ValueError:
            continue  # (29 February)
        if not is_plausible(value) or (last is not None and value.date() > last):
            continue
        m = c.match
        out.append(_Candidate(c.index, DateMatch(value, m.span, m.precision, m.has_zone), c.score, c.labelled, c.apart))
    if out:
        doc.note(f"timestamp: a stamp without a year read in {year}, the one year the page gives of itself")
    return out


def _unglued_year(text: str, day_first: "bool | None") -> tuple[str, list[DateMatch]]:
    """``text`` with a space between a four-digit year and a counter's number glued to it ("5 March 2019123
    views": "5 March 2019 123 views"), and its dates, where a date then ends at that year; else ``text`` as it
    is and no date (a count alone, "20191 views", stays whole)."""
    split = _YEAR_COUNTER.sub(r"\1 ", text)
    ends = {m.end(1) + k for k, m in enumerate(_YEAR_COUNTER.finditer(text))}  # (each space shifts the next)
    found = dates_of(split, limit=4, day_first=day_first)
    return (split, found) if any(d.span[1] in ends for d in found) else (text, [])


def _schedule_headings(doc: Any, dated: list[int], candidates: list[_Candidate]) -> list[_Candidate]:
    """Date headings over sections of a schedule (a TV guide's days, an event list), kept.

    A heading holding a date alone (no time of day) that this step dropped is a section's
    title when at least ``SCHEDULE_MIN`` of them, of as many different days, each head kept
    text that is no date line: the days of a programme, not the page's stamp. They are put
    back and are no candidates for the publication time. Returns the candidates left.
    """
    blocks = doc.blocks
    heads = []
    for i in dated:
        b = blocks[i]
        if b.kind != "heading" or b.dropped is None or b.dropped.reason != _DATE_ONLY \
                or i + 1 >= len(blocks) or blocks[i + 1].dropped is not None or blocks[i + 1].kind == "heading":
            continue
        heads.append(b)
    if len(heads) < SCHEDULE_MIN:
        return candidates
    days = {d.value.date() for b in heads for d in dates_of(b.text, limit=1) if d.has_day}
    if len(days) < SCHEDULE_MIN:
        return candidates
    for b in heads:
        doc.restore(b)
    doc.note(f"timestamp: kept {len(heads)} date headings over sections of a schedule ({len(days)} days)")
    kept = {b.index for b in heads}
    return [c for c in candidates if c.index not in kept]


def _dateline(doc: Any, b: Any, text: str, candidates: list[_Candidate]) -> None:
    """The lead paragraph opening with its date, then a dash, a colon, a bracket or a quote and the
    first sentence ("27.1.2022 - Bei der Erinnerung …", "(18.01.2018) Deutschlands Landwirte …",
    "01.02.2022 „Der Arbeitsmarkt …"): a candidate below a stamp line, the paragraph kept."""
    placed = text[:1].isupper()
    head = text[:DATELINE_PLACE_HEAD if placed else DATELINE_HEAD_CHARS]
    found = dates_of(head, limit=1, day_first=doc.state.get("timestamp:day_first"),
                     language=doc.state.get("timestamp:months"))
    if not found or not found[0].has_day or not is_plausible(found[0].value):
        return
    d = found[0]
    if head[: d.span[0]].strip() not in ("", "(", "[") and not (placed and _dateline_place(head[: d.span[0]])):
        return
    after = head[d.span[1]:]
    if not _DATELINE_AFTER.match(after):
        return
    chosen = as_url_reads(d, head, doc.state.get("timestamp:url_day"))
    candidates.append(_Candidate(b.index, chosen, SCORE_DATELINE, False))


def _dateline_place(prefix: str) -> bool:
    """Whether ``prefix``, the lead paragraph's text before its first date, is a dateline's place and a comma
    ("Berlin, ", "FRANKFURT (dpa), ", "Frankfurt am Main, "; see DATELINE_PLACE_CHARS)."""
    place = prefix.rstrip()
    if not place.endswith(",") or len(place) > DATELINE_PLACE_CHARS + 1:
        return False
    place = _DATELINE_AGENCY.sub("", place[:-1].rstrip())
    words = place.replace("/", " ").split()
    return (0 < len(words) <= DATELINE_PLACE_WORDS and words[0][:1].isupper() and not any(c.isdigit() for c in place)
            and all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in words))


def _date_in_head_title(doc: Any) -> "datetime | None":
    """The day the page's ``<title>`` gives after or before its headline, set apart by a separator
    ("Headline – Example – 13.06.2023"): one date with its day, the only one of the title, in a segment
    of its own (nothing but the date, and a time, in it); None otherwise (a date inside the headline,
    "Meeting of 10 October 2019", is what the story is about)."""
    heads = (doc.state.get("title") or {}).get("head") or ()
    for head in heads[-1:]:  # (the <title>'s: the metas' titles come first)
        if len(head) > MAX_HEAD_TITLE_CHARS or not any(c.isdigit() for c in head):
            return None
        found = find_dates(head, limit=3, day_first=doc.state.get("timestamp:day_first"),
                           language=doc.state.get("timestamp:months"))
        if len(found) != 1 or not found[0].has_day or not is_plausible(found[0].value):
            return None
        a, z = found[0].span
        before, after = head[:a].rstrip(), head[z:].lstrip()
        if (before and before[-1] not in HEAD_TITLE_SEPARATORS) or (after and after[0] not in HEAD_TITLE_SEPARATORS):
            return None  # inside a segment: the story's own date
        if before.rstrip(HEAD_TITLE_SEPARATORS + " ").rstrip(".")[-1:].isdigit():
            return None  # the end of a span of days ("Report 14. - 20. Januar 2022"), not the page's day
        return found[0].value
    return None


def _labelled_anywhere(doc: Any) -> "datetime | None":
    """The first date right after a publication label in the page's text, kept or taken out (a side
    box's "Datum 12.01.2017", "Mise en ligne 23 mai 2019", a post footer's "Dieser Beitrag wurde am …
    veröffentlicht", "This entry was posted on …"), outside comments and lists of other stories; None
    when the labelled dates name more than two days (a list of posts)."""
    texts = [r.text for r in doc.removed if r.kind not in LABELLED_FOREIGN_KINDS]
    texts += [b.text for b in doc.blocks if b.dropped is None or b.dropped.kind not in LABELLED_FOREIGN_KINDS]
    day_first = doc.state.get("timestamp:day_first")
    months = doc.state.get("timestamp:months")
    picks: list[datetime] = []
    hits = 0
    for text in texts:
        low = text.lower()
        if len(low) != len(text):
            continue  # (a character whose lower case is longer: the places would not match; rare)
        for m in _LABELLED_LITERALS.finditer(low):
            at, end = m.start(), m.end()
            if (at and low[at - 1].isalpha()) or (end < len(low) and low[end].isalpha()):
                continue  # inside a word ("datePublished", "Datumsangabe")
            hits += 1
            if hits > LABELLED_MAX_HITS:
                break
            if _NOT_YET.search(low, max(0, at - 12), at):
                continue  # "will be published on March 22": a date to come
            window = text[end: end + LABELLED_DATE_GAP + 40]
            found = [d for d in dates_of(window, limit=1, day_first=day_first, language=months) if d.has_day]
            if not found:
                continue
            gap = window[: found[0].span[0]]
            if len(gap.strip(" :\u00a0")) <= LABELLED_DATE_GAP and not _DIGIT.search(gap) \
                    and is_plausible(found[0].value):
                picks.append(found[0].value)
        if len(picks) < 3:
            _filed_dates(text, low, day_first, picks)
    if not picks or len({p.date() for p in picks}) > 2:
        return None
    return picks[0]


def _filed_dates(text: str, low: str, day_first: "bool | None", picks: list[datetime]) -> None:
    """Dates ending right before a post footer's filing label ("… am 21/02/2021. Abgelegt unter …")."""
    for m in _FILED_LITERALS.finditer(low):
        at, end = m.start(), m.end()
        if (at and low[at - 1].isalpha()) or (end < len(low) and low[end].isalpha()):
            continue  # inside a word
        start = max(0, at - FILED_LOOK_BACK)
        found = [d for d in dates_of(text[start:at], day_first=day_first) if d.has_day]
        if found and len(text[start + found[-1].span[1]: at].strip()) <= FILED_DATE_GAP - 1 \
                and at - start - found[-1].span[1] <= FILED_DATE_GAP and is_plausible(found[-1].value):
            picks.append(found[-1].value)


def _fields_moot(text: str, stripped: str) -> bool:
    """``_left(text, stripped=stripped)`` is ``_left(text, fields=False, stripped=stripped)``: the
    line holds no source field and its undated rest no colon (what the fields need)."""
    return not ("来" in text or "源" in text or "出处" in text) and ":" not in stripped and "：" not in stripped


def _left(text: str, fields: bool = True, stripped: str | None = None) -> int:
    """Characters left once dates, labels, addresses and counters (and ``fields``) are gone."""
    source = fields and ("来" in text or "源" in text or "出处" in text)
    extra = ((_SOURCE_FIELD,) if source else ()) + ((_BYLINE_PART,) if "|" in text or "•" in text else ())
    if _READING_MAY(text):
        extra += (_READING,)
    if "/" in text or "|" in text or "•" in text or "·" in text:
        extra += (_NAME_PART,)
    if ":" in text or "：" in text:
        extra = (_TAXONOMY_FIELD,) + extra  # (before a name behind a separator: "| Tags: Jane Doe")
    r = residue(text, stripped=stripped, fields=fields, extra=extra)
    if _DIGIT.search(r) is not None:  # (what is left of the line once its dates are gone seldom holds one)
        r = _COUNT_PART.sub(" ", r)
    if _LABELS_MAY(r):
        r = _LABELS_ANYWHERE_ASCII.sub(" ", r.lower()) if r.isascii() or _LABELS_ODD.search(r) is None \
            else _LABELS_ANYWHERE.sub(" ", r)
    return left_count(r)


def _labelled_times(text: str) -> bool:
    """A line of labelled times of day and nothing else ("Uppdaterad 15.59 | Publicerad 14.14")."""
    if not (_STAMP_LABEL_ASCII.search(text.lower()) if text.isascii() else _STAMP_LABEL.search(text)):
        return False
    bare = _TIME_ONLY.sub(" ", text)
    return bare != text and _left(text, stripped=bare) == 0


def _label_above(doc: Any, b: Any) -> "tuple[str, Any]":
    """("updated" or "published", that line's block) when the line right above block ``b``, in the header
    under the title (``TITLE_ZONE``), is that label alone ("Aktualisiert:", "Published"), else ("", None).
    (Further down such a label is a field's of a list of entries: a review's "Date".)"""
    at = doc.state.get("timestamp:title_at")
    if at is None or not at < b.index - 1 < b.index <= at + TITLE_ZONE:
        return "", None
    block = doc.blocks[b.index - 1]
    above = block.text.strip()
    if block.dropped is not None or not above or len(above) > LABEL_ALONE_MAX_CHARS \
            or any(c.isdigit() for c in above):
        return "", None
    for rx, label in ((_UPD_RE, "updated"), (_PUB_RE, "published")):
        m = rx.search(above)
        if m is not None and m.start() == 0:
            return label, block
    return "", None


def _pick(text: str, found: list[DateMatch]) -> tuple[DateMatch, str]:
    """The line's publication stamp and how it is labelled ("published", "updated" or "")."""
    labelled: list[tuple[DateMatch, str]] = []
    prev_end = 0
    for k, d in enumerate(found):
        before = text[prev_end: d.span[0]]
        after = text[d.span[1]: found[k + 1].span[0] if k + 1 < len(found) else len(text)]
        pub, upd = _PUB_RE.search(before), _UPD_RE.search(before)
        if upd is not None and (pub is None or upd.start() < pub.start()):
            labelled.append((d, "updated"))  # ("Mis à jour le": an update's label ending in a publication's "le")
        elif pub is not None or _PUB_AFTER.match(after):
            labelled.append((d, "published"))
        elif ("(" in after[:4] or "[" in after[:4]) and _UPD_AFTER.match(after):
            labelled.append((d, "updated"))
        else:
            labelled.append((d, ""))
        prev_end = d.span[1]
    for d, lab in labelled:
        if lab == "published":
            return d, lab
    for d, lab in labelled:
        if lab == "":
            return d, lab
    return labelled[0]


def _best(cands: list[_Candidate], title_at: int | None, url_day: Any, dated: list[int]) -> _Candidate | None:
    if not cands:
        return None
    for c in cands:
        if title_at is not None:
            if title_at <= c.index <= title_at + TITLE_NEAR:
                c.score += BONUS_TITLE_NEAR
            elif title_at <= c.index <= title_at + TITLE_ZONE:
                c.score += BONUS_TITLE_ZONE
            elif c.index < title_at:
                c.score -= 0.5
        if c.match.has_time:
            c.score += 0.5
        if url_day is not None and c.match.value.date() == url_day:
            c.score += 1.0
        # other dated blocks within 3 of this one (dated is in reading order)
        at = c.index
        crowd = (bisect_right(dated, at + 3) - bisect_left(dated, at - 3)
                 - (bisect_right(dated, at) - bisect_left(dated, at)))
        if crowd >= 2 and (not c.labelled or crowd >= LABELLED_CROWD):
            c.score -= 1.5  # a list of stamped teasers or a comment thread (of labelled entries: "Nr. 34 vom …")
    return max(cands, key=lambda c: (not c.apart, c.score, -c.index))


