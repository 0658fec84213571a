"""Bylines, editor lines and posting accounts: read the authors, drop the lines.

Recognised lines (kind ``byline``):

* author fields: ``作者：X``, ``文/X``, ``X/文``, ``撰文：X``, ``执笔人：X``,
  ``记者 X``, ``本报记者 X 发自北京``, ``新京报记者 X 山东报道``, ``By X``,
  ``Written by X`` (also split over two lines, the label alone on the first, co-authors and a closing news agency
  one a line after it); an adaptation credited on the line right under such a byline (``Adaptiert von Y``,
  ``datewords.CO_AUTHOR_OPENERS``) adds its names; also inside header lines that hold dates and other fields
  (``时间：… 作者：X``, ``X 发表于 2005-9-15``, ``… by X``);
* editor and credit fields: ``责任编辑：X``, ``编辑：X``, ``Edited by X``,
  ``摄影：X`` — dropped, their names are not authors (editors go to
  ``extra["editors"]``), except the editor in charge (``责任编辑``, ``编辑``, ``责编``) of a page
  that names no one else, proposed below any author or organisation (``SCORE_EDITOR_ONLY``);
* a bare person's name right under the title (``胡平``): the author; under a Latin-script title, a
  name alone beside the stamp, both in one small box (``Jane Doe`` / ``17.05.2026, 19:06 Uhr``);
* a title written after the name (``홍길동 기자``, ``TITLE_AFTER_NAME``), with its e-mail address;
* a person's name alone on the line right over the body or right under it that the locator took away
  as a short line at the edge of the article (``byline:edge-name``, after the locator): the writer's
  signature, when no person is named otherwise, on a dated page;
* a newsroom's or a news agency's name alone among the body's last lines (``XY-Redaktion``, ``(dpa)``): its
  signature, credited as an organisation when no one else is (``byline:edge-name``);
* a posting account under the title of a text dump (a very short line that
  is no sentence and no name, followed by the date or source lines, like
  ``创始人``): the republishing site's account, dropped, not an author.

Credits inside body paragraphs (``据新华社拉萨电（记者 X）…``,
``…（X 上海报道）``, ``…（X Y）``) are read, never dropped. Chinese names
are checked against the common surnames when no label vouches for them;
values naming a site or an organisation are refused as people; a Latin-script
byline crediting an agency or a newsroom alone (``Von dpa``, ``By X Staff``)
gives it at ``SCORE_ORGANISATION``, below any person, and an agency after
the names (``Von X, SDA``) is kept (``newsclean.authors``). Consecutive byline
lines are merged (``本报实习生 A B`` / ``本报记者 C``). Bylines that sign a list of other stories name no
author of the page: one inside a teaser card's link (``newsclean.authors.in_teaser_card``) is passed
over, and labelled bylines apart from each other naming two people or more, ``TEASER_BYLINES`` of them,
are proposed lower (``SCORE_TEASER_BYLINE``, below a byline-classed element).
"""
from __future__ import annotations

import re
from typing import Any

from newsclean import Step, hookimpl
from newsclean.authors import FOLLOW_BUTTONS, NAME_CAPITALS, NAME_PARTICLES, PROFILE_ACTION_WORDS, SCORE_ORGANISATION, appended_agencies, credited_organisation, is_agency, \
    beside_teaser_link, cut_at_ender, material_credit, in_teaser_card, is_honorific, job_title, NAME_JOINER_ALT, LANGUAGE_DEPENDENT_JOINERS, language_joiners, latin_name as _en_name, names_no_one, section_label, strip_role, ROLE_TITLES
from newsclean.blocks import holds_at_most, shared_depth
from newsclean.dates import relative_spans, strip_dates
from newsclean.datewords import AUTHOR_OPENERS_EU, CO_AUTHOR_OPENERS, CREDIT_OPENERS_EU, flat
from newsclean.langdata import FUNCTION_WORDS
from newsclean.plugins.vocab.related import HEADING_PATTERN_STARTS
from newsclean.plugins.vocab.credits import SOURCE_LABELS
from newsclean.plugins.vocab.share import ITEMS as SHARE_ITEMS, WEAK as SHARE_WEAK
from newsclean.plugins.declared.people import ORG_ENDINGS_ZH
from newsclean.plugins.inbody import EDGE_LINE
from newsclean.headerlines import page_language, title_line_index, dates_of, left_count, residue
from newsclean.patterns import LazyPattern, ascii_alt, terms_source
from newsclean.text import char_count, cjk_count, fold, has_cjk


# -- vocabulary -------------------------------------------------------------

#: Labels whose value is the author.
AUTHOR_LABELS_ZH = ("作者", "原作者", "撰文", "文字", "文图", "图文", "执笔", "执笔人", "撰稿", "撰稿人", "口述",
                    "作　者", "作者名", "博主", "发帖人")
#: Reporter labels: the reporter is the author. Outlet prefixes (本报 / 新华社 ...) may precede.
REPORTER_LABELS_ZH = ("特约记者", "实习记者", "见习记者", "首席记者", "驻站记者", "记者", "实习生", "通讯员",
                      "特约撰稿人", "特约撰稿", "特约评论员", "评论员")
#: Author labels that may be followed by a plain space instead of a colon ("作者 X").
SPACED_LABELS_ZH = ("作者", "撰文", "执笔", "执笔人", "撰稿", "撰稿人")
#: Labels whose value is an editor or another credit: not authors.
EDITOR_LABELS_ZH = ("责任编辑", "值班编辑", "编辑", "责编", "主编", "编审", "审核", "审校", "审稿", "校对", "终审",
                    "初审", "复审", "监制", "策划", "统筹", "美编", "编译", "翻译", "译者", "整理", "制图")
#: Editor labels naming the editor in charge of the story (not a proof-reader, a duty editor or a chief
#: editor): when no one else is credited, the page's only named person, taken for its author at
#: SCORE_EDITOR_ONLY.
EDITOR_IN_CHARGE_LABELS_ZH = ("责任编辑", "编辑", "责编")
CREDIT_LABELS_ZH = ("摄影", "摄像", "图片", "供图", "视频", "剪辑", "配音", "设计", "插画")
#: English byline openers (author) and credit openers (not authors).
AUTHOR_OPENERS_EN = ("written by", "words by", "story by", "reporting by", "reported by", "by", "author", "authors",
                     # (the piece named before the label: "Article by X", "Post written by X", "Posted by X")
                     "article by", "article written by", "an article by", "post by", "post written by",
                     "a post by", "guest post by", "a guest post by", "posted by", "this post was written by",
                     "this article was written by")
#: Openers that sign a comment or a listed post as well as the page's own ("Posted by: A at 10:32"): two of
#: them naming different people sign comments or a list, and name no author. Their lines are read, not dropped:
#: a post's signature ("Posted by X, Product Manager") closes many posts as their text.
POSTED_OPENERS = frozenset(("posted by",))
CREDIT_OPENERS_EN = ("edited by", "editing by", "editor", "editors", "photo by", "photos by", "photographs by",
                     "illustration by", "video by", "additional reporting by", "compiled by", "translated by")
#: Phrases that end a Chinese reporter value ("X 上海报道", "X 发自北京").
VALUE_ENDS_ZH = ("报道", "发自", "摄影", "摄", "供图", "/文", "／文", "文/", "通讯员", "实习生", "记者", "责任编辑", "编辑",
                 "责编", "综合", "分享", "收藏", "打印", "字号", "关闭",
                 "整理", "来源", "发表", "出自", "出处", "时间", "日期", "阅读", "评论", "点击", "发布", "字号", "浏览")
#: Values that are not people.
NOT_NAMES = frozenset(
    "本报 本网 本站 本刊 本台 佚名 匿名 网友 小编 管理员 编辑部 综合 新华社 中新社 中新网 人民网 未知 不详 admin "
    "administrator staff editor editors team unknown anonymous guest 游客 楼主 版主 原创 转载 记者 通讯员 "
    "创始人 作者 关注 首页 更多 返回 分享 收藏 评论 点赞 阅读 分享到 打印 字号 关闭 责任".split())
#: Words that make a value an organisation or a site rather than a person.
ORG_WORDS = ("网", "报", "社", "台", "站", "中心", "公司", "集团", "频道", "杂志", "部", "局", "厅", "委", "政府",
             "大学", "学院", "协会", "研究院", "客户端", "新闻", "出版")
#: Common Chinese surnames: an unlabelled short line is taken as a name only if it starts with one.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁符舒阮柯纪梅童凌毕单季裴霍"
    "涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲滕屈饶解牟艾尤穆卓缪简项褚娄窦戚岑宫费卜冷晏席卫米柏宗瞿桂佟"
    "臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄仲虞敖巩佘邝鞠荆冀郁胥栗鄢谌奚粟冼蔺阚屠朴廉禹祖漆巴卿狄芮扈晁阙"
    "戈邸雍辜裘亓邰赫杭逯茹诸慕嵇")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                     "令狐", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "澹台", "呼延", "万俟")

#: Titles a byline writes after the reporter's name, the name alone before them on the line
#: ("홍길동 기자", "홍길동·김철수 기자", "서울 홍길동 특파원 hong@example.co.kr"), per language.
TITLE_AFTER_NAME = {
    "ko": ROLE_TITLES["ko"],
}
#: Words before such a title that name no one ("사진 기자": a photographer; "인턴 기자": a rank).
NOT_NAMES_BEFORE_TITLE = frozenset(("사진", "영상", "취재", "본지", "인턴", "수습", "객원", "선임", "수석", "전문",
                                    "담당", "여성", "남성", "현직", "전직"))

CREDIT_LABELS_EU = frozenset(flat(CREDIT_OPENERS_EU))

MAX_LINE_CHARS = 80  # a byline line (CJK); Latin lines may be twice as long
LEFT_ALLOWED = 12  # characters a byline line may hold besides its fields (an outlet name)
SCORE_LABELLED, SCORE_FORUM, SCORE_PAREN, SCORE_BARE = 5.0, 4.0, 3.0, 3.0
SCORE_BESIDE_STAMP = SCORE_BARE + 0.1  # a name alone beside the stamp under the title: over a profile link (3.0)
#: Labelled bylines apart from each other, naming two people or more, this many on a page: teasers' (a
#: list of other stories, each signed), proposed at SCORE_TEASER_BYLINE (below a byline-classed element).
TEASER_BYLINES, SCORE_TEASER_BYLINE = 3, 4.0
SCORE_SOURCE_PERSON = SCORE_ORGANISATION + 0.5  # a person a source line names (see source_person)
SCORE_MEDIUM = 2.5  # a medium's name under the title, as a source (a 来源 line says it better)
MAX_AUTHORS = 8
PAREN_TAIL_CHARS = 40  # a bracketed tail after a byline's name: an agency, a place or a role ("(dpa)")
#: A part of a byline after the first name that is no name and has this many words describes the person's
#: post ("Head of Marketing"): it and what follows are no co-authors (a shorter part may be a place).
DESCRIPTION_WORDS = 3
#: A name alone at the edge of the article body (its signature): above an organisation credited and the
#: publisher named as author, below a person any byline, stamp or source line names.
SCORE_EDGE_NAME = SCORE_ORGANISATION + 0.75
#: The body's first kept lines looked at for the writers' names alone in bold; a line longer than
#: MAX_PROSE_LINE_CHARS is the text's, and ends the look.
BOLD_SIGNATURE_LINES, MAX_PROSE_LINE_CHARS = 3, 200
BOLD_TAGS = ("strong", "b")
EDGE_TITLE_ZONE = 6  # a signature over the body is at most this many lines under the title line
#: Words naming a newsroom, per language: a line closing the article body that is such a newsroom's name
#: alone ("XY-Redaktion", "Redaktion XY") or a news agency's signs it when no one else is credited.
NEWSROOM_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("redaktion", "onlineredaktion", "nachrichtenredaktion"), "en": ("newsroom",), "fr": ("rédaction",),
    "es": ("redacción",), "it": ("redazione",), "pt": ("redação",), "nl": ("redactie",), "pl": ("redakcja",),
    "no-sv-da": ("redaksjonen", "redaktionen", "redaksjon"), "cs-sk": ("redakce", "redakcia"),
}
_NEWSROOM = frozenset(w for ws in NEWSROOM_WORDS.values() for w in ws)
#: A source label ("Quelle:", "Source:"; plugins/vocab/credits.py) or a copyright sign opening a line.
_SOURCE_OR_COPYRIGHT = re.compile(r"^(?:(?P<label>" + "|".join(sorted({re.escape(w) for ws in SOURCE_LABELS.values() for w in ws},
                                                             key=len, reverse=True)) + r")\s*:|©|\(c\))\s*", re.I)
_AGENCY_WORD = re.compile(r"[\s,;/:()\-]+")
_AGENCY_PARTS = re.compile(rf"\s*[,;/&]\s*|\s+(?:and|(?-i:{NAME_JOINER_ALT}))\s+", re.I)
_NEWSROOM_SPLIT = re.compile(r"[\s\-/]+")
MAX_NEWSROOM_WORDS = 4  # a newsroom's signature is its name: at most this many words
EDGE_NEWSROOM_LINES = 4  # looked at among the body's last kept lines (a donation appeal may follow it)
#: First words of a section's label, never of a name ("Weitere Informationen", "More Coverage"): the
#: related vocabulary's "more" words in every language, and English ones.
LABEL_FIRST_WORDS = frozenset(HEADING_PATTERN_STARTS) | {"more", "further", "latest", "top", "related"}
_WORD = re.compile(r"\w+")
#: Class names (their openings) of an element that is a control, whose words name no one.
CONTROL_CLASS_WORDS = ("button", "btn")
_SIGNATURE_SPLIT = re.compile(rf"\s*(?:/|,|&|\band\b|(?-i:\b(?:{NAME_JOINER_ALT})\b))\s*", re.I)
SCORE_EDITOR_ONLY = 1.0  # the editor in charge when no one else is named: below any author or credited organisation
_ROLE_WORDS = frozenset(w for roles in ROLE_TITLES.values() for r in roles for w in r.split()) | {"guide", "writer"}
#: Words of institutions' names that no person's name holds ("Wikimedia Foundation"), per language.
INSTITUTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("foundation", "institute", "university", "association", "society", "council", "company", "corporation",
           "center", "centre", "department", "ministry", "office", "agency", "committee", "fund", "bank", "bureau"),
    "de": ("stiftung", "institut", "universität", "verband", "verein", "gesellschaft", "ministerium", "amt", "büro"),
    "fr": ("fondation", "institut", "université", "association", "société", "ministère"),
    "es": ("fundación", "instituto", "universidad", "asociación", "sociedad", "ministerio"),
}
_BODY_WORDS = frozenset(flat(INSTITUTION_WORDS))
#: A byline naming everyone the page's author elements named and more wins over them only below the
#: declared authors' score (<meta name=author>, JSON-LD: 6.0 and up stay): author links and classes.
SUPERSET_BELOW = 6.0
#: Lines after a split byline ("Von" / "Jane Doe") that may each hold one more co-author's name alone.
MAX_NAME_LINES, MAX_NAME_LINE_CHARS = 6, 40
ELLIPSES = ("…", "...")
_JOINER_AFTER = re.compile(rf"\s*(?:[,;&]|\b(?:and|{NAME_JOINER_ALT})\b)\s*$")
#: Lines under a Latin-script title where a name alone beside the stamp is the author; a stamp line's size.
NAME_BESIDE_STAMP_ZONE, MAX_STAMP_CHARS = 4, 60
#: Characters the box holding such a name and the stamp may hold besides them (a reading time, a label).
BOX_OTHER_CHARS = 30
_HANDLE_AFTER = re.compile(r"[\s,|·•]*@[\w.]+$")  # a social account's handle after the name
MAX_TEXTS_LOOKED = 40  # texts of the name line's element looked through for the name
_FUNCTION_WORDS = frozenset(w for ws in FUNCTION_WORDS.values() for w in ws.split())
#: Words no name holds: profile buttons' and share bars' ("Print Email", "Share Article").
_BUTTON_WORDS = frozenset(w for table in (PROFILE_ACTION_WORDS, SHARE_ITEMS, SHARE_WEAK) for ws in table.values()
                          for item in ws for w in item.lower().split()) - NAME_PARTICLES
HEADING_BYLINE_ZONE = 4  # a heading holding a byline alone is dropped this close under the title
#: How a byline crediting an organisation alone is recognised ("Von dpa", "By 9News Staff").
WHY_ORGANISATION = "an organisation credited"
WHY_TITLE_AFTER = "a title after the name"  # (TITLE_AFTER_NAME: "홍길동 기자")

# -- patterns -----------------------------------------------------------------

def _alt(words: Any) -> str:
    """``(?:w1|w2|...)``, longest first, to build the patterns below."""
    return terms_source(words, flags=0)


_HAN = r"\u3400-\u9fff"
_NAME_CHARS = rf"[{_HAN}A-Za-z0-9·•&._\-]"
_ZH_FIELD = LazyPattern(
    rf"(?:^|(?<=[\s|｜/·•(（【\[：:，,]))(?P<label>{_alt(AUTHOR_LABELS_ZH + EDITOR_LABELS_ZH + CREDIT_LABELS_ZH + ('文',))})"
    rf"(?P<sep>\s*[:：/／|｜]\s*|\s+)")
_REPORTER = re.compile(rf"(?P<label>{_alt(REPORTER_LABELS_ZH)})\s*[:：]?\s*")
_BRACKETED = LazyPattern(rf"(?<![:：])\s[\[【]\s*(?P<value>[{_HAN}]{{2,4}})\s*[\]】]")
_PHOTO_AFTER = re.compile(r"\s*[/／]?\s*(?:摄影|摄|供图|拍摄)")
_CREDIT_TAIL = re.compile(rf"[{_HAN}]{{0,6}}(?:供图|配图|摄影|摄|资料图)")
_WEN_AFTER = LazyPattern(rf"(?P<value>[{_HAN}·]{{2,12}}(?:\s+[{_HAN}·]{{2,4}}){{0,3}})\s*[/／]\s*(?P<label>文|摄|图)(?![{_HAN}])")
_EN_OPENER = re.compile(rf"^\s*(?P<label>{_alt(CREDIT_OPENERS_EN)}|{_alt(AUTHOR_OPENERS_EN)})\s*(?:[:：]\s*|\s+|(?-i:(?=[A-Z])))"
                        rf"(?P<value>.+)$", re.I)
# Openers of other languages ("Von X", "Par X", "Autor: X"): a colon or a space must follow (never glued).
_EU_OPENER = re.compile(rf"^\s*(?P<label>{_alt(flat(CREDIT_OPENERS_EU))}|{_alt(flat(AUTHOR_OPENERS_EU))})"
                        rf"(?:\s*[:：]\s*|\s+)(?P<value>.+)$", re.I)
# First words of the openers: a line whose first word is none of them is no byline (a cheap first look).
_EU_FIRST = frozenset(w.split()[0] for w in flat(CREDIT_OPENERS_EU) + flat(AUTHOR_OPENERS_EU))
_EN_FIRST = tuple(sorted({w.split()[0][:2] for w in CREDIT_OPENERS_EN + AUTHOR_OPENERS_EN}))
# A co-credit right under the byline ("Adaptiert von X", "Translated and adapted by X"): X shares the authorship.
_CO_OPENER = re.compile(rf"^\s*(?P<label>{_alt(flat(CO_AUTHOR_OPENERS))})(?:\s*[:：]\s*|\s+)(?P<value>.+)$", re.I)
# A line holding an author's label alone ("By", "Von:", "Written by"): the name follows on the next line.
_LABEL_ALONE = re.compile(rf"^\s*(?:{_alt(AUTHOR_OPENERS_EN)}|{_alt(flat(AUTHOR_OPENERS_EU))})\s*[:：]?\s*$", re.I)
# The same for ASCII text, on its lower case without IGNORECASE (several times faster).
_LABEL_ALONE_ASCII = re.compile(rf"^\s*(?:{ascii_alt(AUTHOR_OPENERS_EN + flat(AUTHOR_OPENERS_EU))})\s*[:：]?\s*$")
#: The longest opener: a line holding one alone is, stripped, no longer (and a colon after it).
_LABEL_ALONE_MAX = max(map(len, AUTHOR_OPENERS_EN + flat(AUTHOR_OPENERS_EU)))


def _may_be_label_alone(text: str) -> bool:
    """False when ``_LABEL_ALONE`` surely does not match ``text``: stripped of whitespace, a match is an
    opener, and a colon after it (and spaces between): most lines are longer, told without lower-casing them.
    (The patterns' ``\\s`` is ``str.isspace``, and each character of an opener matches one of the text.)"""
    t = text.strip()
    if len(t) <= _LABEL_ALONE_MAX + 1:
        return True
    return t[-1] in ":：" and len(t[:-1].rstrip()) <= _LABEL_ALONE_MAX


# Parts of a header line ("Do 25.04.24 | 14:07 Uhr | Von X").
_SEGMENT_SEP = re.compile(r"\s[|•·]\s|\s[-–—]\s")
# Whether a line holds one (the same as _SEGMENT_SEP.search, faster: the scan looks for the mark first).
_HAS_SEGMENT_SEP = re.compile(r"[|•·\-–—](?<=\s.)(?=\s)")
# ... and before it, whether the line holds one of the marks at all (a C scan each; ASCII text none but two)
_SEGMENT_MARKS, _SEGMENT_MARKS_ASCII = "|•·-–—", "|-"
MAX_SEGMENTS = 6
_FORUM_BEFORE = LazyPattern(rf"^\s*(?P<value>{_NAME_CHARS}{{2,20}})\s*(?:发表于|发表在|发布于|张贴于|posted\s+(?:on|at))",
                           re.I)
_FORUM_BY = LazyPattern(rf"由\s*(?P<value>{_NAME_CHARS}{{2,20}}?)\s*(?:于|在|张贴|发表)")
_TRAILING_BY = LazyPattern(rf"(?:^|\s)by\s+(?P<value>{_NAME_CHARS}{{2,30}})\s*[〓]?\s*$", re.I)
_PAREN_REPORTER = re.compile(rf"[（(]\s*(?:[{_HAN}]{{0,8}}?)(?:记者|通讯员|实习生)\s*(?P<value>[^（()）]{{2,40}})[)）]")
_PAREN_TAIL = re.compile(rf"[（(]\s*(?P<value>[{_HAN}·]{{2,4}}(?:\s+[{_HAN}·]{{2,6}}){{0,4}}?)"
                         rf"(?:报道)?\s*[)）]\s*$")
_VALUE_END = LazyPattern(rf"\s*(?:{_alt(VALUE_ENDS_ZH)})|[。，,;；!！?？()（）【】\[\]|｜<>《》=\"：:]|\s{{2,}}")
_SPLIT_ZH = re.compile(r"[\s、，,;；]+")
_SPLIT_EN = re.compile(rf"\s*(?:,|;|\band\b|(?-i:\b(?:{NAME_JOINER_ALT})\b)|&|\|)\s*", re.I)
# a word that joins names in some languages only ("en", "in"): the page's language is looked up for it
_LANGUAGE_DEPENDENT = re.compile(r"\s(?:" + "|".join(sorted(LANGUAGE_DEPENDENT_JOINERS)) + r")\s")
_SPLIT_BY_LANGUAGE: dict[str, "re.Pattern[str]"] = {}


def _split_for(language: "str | None") -> "re.Pattern[str]":
    """_SPLIT_EN with the page language's own joiners besides (Slovene "in")."""
    extra = sorted(set(language_joiners(language)) - set(NAME_JOINER_ALT.split("|")))
    if not extra:
        return _SPLIT_EN
    key = "|".join(extra)
    rx = _SPLIT_BY_LANGUAGE.get(key)
    if rx is None:
        rx = _SPLIT_BY_LANGUAGE[key] = re.compile(
            rf"\s*(?:,|;|\band\b|(?-i:\b(?:{NAME_JOINER_ALT}|{key})\b)|&|\|)\s*", re.I)
    return rx


_ORG_RE = re.compile(_alt(ORG_WORDS))
_EN_STAFF = re.compile(r"^(?:[A-Z][\w'’.&\-]*\s+){0,4}(?:staff|team|desk|editors|reporters|writers|newsroom|"
                       r"correspondents?)$", re.I)
_UPPER = NAME_CAPITALS
#: A Latin byline holds at most this many lower-case words (``at``, ``p.m.``, ``und``); more make a sentence.
PROSE_LOWER_WORDS = 6
#: Openers that are nouns and may open a sentence ("Author Jane Doe said …"); without a colon after
#: them, a value running on into a sentence is prose ("By Jane Doe, a reporter who covers …" stays a byline).
NOUN_OPENERS = frozenset(("author", "authors", "autor", "autorin", "autorin/autor", "autor/autorin", "autor/in",
                          "autor/-in", "autor*in", "autor:in", "autor_in", "autor(in)", "autorinnen", "auteur", "autore", "autrice", "autora", "text",
                          "texte", "texto", "testo", "tekst", "автор", "текст", "yazar", "muhabir", "penulis", "reporter"))
PROSE_LOOK_CHARS = 120  # (those words are counted in the value's first characters only)
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-zß-öø-ÿа-яё][a-zß-öø-ÿа-яё'’]{2,}\b")
_INITIALS = re.compile(rf"^[{_UPPER}]\.(?:\s?[{_UPPER}]\.){{1,3}}$")  # "D.D.", "J. R." (after an opener only)
_HANDLE = re.compile(r"^(?=.*[a-z0-9_])[A-Za-z][A-Za-z0-9_\-]{2,19}$")
_SENTENCE = re.compile(r"[。！？!?；;，,]")
_MEDIUM = re.compile(r"(?:日报|晚报|早报|晨报|时报|商报|新闻|网|社|台|周刊|杂志|客户端)$")


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("lines", read_bylines, order=200, kind="byline",
                  description="reads authors from bylines, drops byline, editor and posting-account lines"))
    register(Step("source-person", source_person, order=210, kind="byline",
                  description="a source line naming a person (来源：X, X a personal name) names the author "
                              "when nothing else does"))
    register(Step("edge-name", edge_name, order=510, kind="byline", input_kinds=("html",),
                  description="a person's name alone on the line that opens or closes the article body "
                              "(its signature) names the author when no person is named otherwise"))


class _Found:
    __slots__ = ("index", "names", "score", "why", "first")

    def __init__(self, index: int, names: list[str], score: float, why: str) -> None:
        self.index, self.names, self.score, self.why = index, names, score, why
        self.first = index  # (the line the byline opens on; ``index``, its last line)


# -- the step -----------------------------------------------------------------

def read_bylines(doc: Any) -> None:
    """Read authors and editors; drop byline lines and posting accounts."""
    found: list[_Found] = []
    editors: list[str] = []
    in_charge: list[str] = []  # editors a line names under an EDITOR_IN_CHARGE_LABELS_ZH label first
    label: Any = None  # a line holding an author's label alone ("By"): the name may be on the next line
    for b in doc.blocks:
        text = b.text
        if not text or b.kind == "code":
            continue
        if b.kind != "table" and _may_be_label_alone(text) \
                and (_LABEL_ALONE_ASCII.match(text.lower()) if text.isascii() else _LABEL_ALONE.match(text)):
            label = b
            continue
        if label is not None and label.index == b.index - 1 and b.kind != "heading" and _split_byline(doc, label, b, found):
            label = None
            continue
        label = None
        if b.kind == "table":  # a layout table read as one block: read its cells, drop nothing
            for row in text.split("\n")[:300]:
                for cell in dict.fromkeys(row.split(" | ")):
                    if char_count(cell) <= MAX_LINE_CHARS:
                        authors, eds, _, why = _fields(cell, doc=doc)
                        editors.extend(e for e in eds if e not in editors)
                        if authors:
                            found.append(_Found(b.index, authors, _score(why),
                                                why or ""))
            continue
        if found and found[-1].why is WHY_TITLE_AFTER and found[-1].index == b.index - 1 and "@" in text \
                and _MAIL.fullmatch(text.strip()):
            # the e-mail address on the line after such a byline ("홍길동 기자" / "hong@example.co.kr"),
            # one per author: the byline goes on to the next line (the next author's)
            found[-1].index = b.index
            doc.drop(b, "byline", "a byline's e-mail address")
            continue
        if found and found[-1].index == b.index - 1 and found[-1].score == SCORE_LABELLED and _co_credit(b, found[-1]):
            doc.drop(b, "byline", "a co-author credited under the byline (an adaptation)")
            continue
        size = len(text) - text.count(" ")
        # (a line over both limits needs no look at its script: a long paragraph, most of the text)
        cjk = size <= MAX_LINE_CHARS * 2 and has_cjk(text)
        if size > (MAX_LINE_CHARS if cjk else MAX_LINE_CHARS * 2):
            if b.kind != "heading":
                _read_credits(b, found, doc.blocks)
            continue
        authors, eds, rest, why = _fields(text, cjk, doc)
        if not authors and not eds and why is None:
            if b.kind == "paragraph":
                _read_credits(b, found, doc.blocks)
            continue
        editors.extend(e for e in eds if e not in editors)
        if eds and not authors and why in EDITOR_IN_CHARGE_LABELS_ZH:
            in_charge.extend(e for e in eds if e not in in_charge)
        if authors:
            found.append(_Found(b.index, authors, _score(why), why or ""))
        if _only_fields(rest) and (b.kind != "heading" or _heading_byline(doc, b, authors, why)) \
                and why not in POSTED_OPENERS:  # (a post's signature "Posted by X, Role" is the post's text)
            what = "a byline" if authors else ("an editor line" if eds else "a credit line")
            doc.drop(b, "byline", what + (" (" + why + ")" if why and why != "forum" else ""))
    _under_title(doc, found)
    # (a byline in a teaser card's link names another story's author)
    found = [f for f in found if not _teaser_byline(doc, doc.blocks[f.index])]
    if editors:
        doc.extra.setdefault("editors", editors[:MAX_AUTHORS])
    best = _best(found)
    if best is not None:
        score = best.score
        cur = doc.meta.get("authors") or []
        now = doc.meta.score("authors") - doc.meta.bonus
        had, has = [_name_key(n) for n in cur], [_name_key(n) for n in best.names]
        if cur and len(has) > len(had) and set(had) < set(has) \
                and (now < SUPERSET_BELOW or (best.score >= SCORE_LABELLED and has[:len(had)] == had)) \
                and all(_plain_person(n) for n, k in zip(best.names, has) if k not in had):
            # the byline names everyone the author links named and more (two links, four names); a labelled
            # byline opening with the names declared at any score ("By A, B and C" where the page declares A:
            # a declaration giving the first author only)
            score = max(score, now + 1e-6)
        elif cur and now < SUPERSET_BELOW and set(has) < set(had) and all(_plain_person(n) for n in cur):
            # the byline's line names some of the people the byline elements named (the first author's
            # line read, the co-authors' in blocks of their own): the longer list stands
            score = min(score, now)
        doc.meta.propose("authors", best.names[:MAX_AUTHORS], score)
    elif in_charge:  # ("编辑：X" alone: the only person the page names; any author named elsewhere wins)
        doc.meta.propose("authors", in_charge[:MAX_AUTHORS], SCORE_EDITOR_ONLY)


def _teaser_byline(doc: Any, b: Any) -> bool:
    """A byline line inside a teaser card's link, or beside it in the card (``beside_teaser_link``): it
    signs another story."""
    if not b.path:
        return False
    if in_teaser_card(reversed(b.path[:-1]), b.chars):
        return True
    title = doc.meta.get("title")
    return beside_teaser_link(b.path[-1], b.chars, title if isinstance(title, str) else None)


def source_person(doc: Any) -> None:
    """A source line naming a person (``来源：尹某``: a common surname and one or two characters, no
    medium's word) credits the writer: the author when no person is named otherwise (below any byline,
    above an organisation credited)."""
    value = doc.meta.get("source")
    if not isinstance(value, str) or len(value) > 4 or doc.meta.score("authors") - doc.meta.bonus >= SCORE_SOURCE_PERSON:
        return
    name = value.strip()
    if _looks_like_person(name) and not _ORG_RE.search(name) and not name.endswith(ORG_ENDINGS_ZH):
        doc.meta.propose("authors", [name], SCORE_SOURCE_PERSON)


def edge_name(doc: Any) -> None:
    """A person's name alone on the line right over the article's first kept line or right under its last
    one, which the locator took away as a short line at the edge of the article ("Jane Doe" over the
    lead, "Nguyễn An" under the last paragraph; "Jane Doe/John Roe"): the writer's signature, proposed
    at ``SCORE_EDGE_NAME`` (above an organisation credited, below any name a byline or a stamp gives).
    The page is dated and its title line found; the line over the body is in the title's header
    (``EDGE_TITLE_ZONE``); no word of the name is a word of the article's kept lines (a person it speaks
    of). The line is recorded again as a byline."""
    if doc.meta.score("authors") - doc.meta.bonus >= SCORE_EDGE_NAME or doc.meta.get("published") is None:
        return  # (a signed article is dated: an undated page's edge line is more often a label or a heading)
    at = title_line_index(doc)
    if at is None:
        return
    blocks = doc.blocks
    kept = [b.index for b in blocks if b.dropped is None and b.kind == "paragraph"]
    if not kept:
        return
    for k in (kept[0] - 1, kept[-1] + 1):
        if not at < k < len(blocks) or (k < kept[0] and k > at + EDGE_TITLE_ZONE):
            continue  # (over the body: only in the title's header)
        b = blocks[k]
        gone = b.dropped
        if gone is None or gone.reason != EDGE_LINE or b.kind != "paragraph":
            continue
        names = _signature(b)
        if names and not _named_in(names, [x.text for x in blocks if x.dropped is None]):
            doc.restore(b)
            doc.drop(b, "byline", "an author's name alone at the edge of the article (its signature)",
                     region=gone.region)
            doc.meta.propose("authors", names, SCORE_EDGE_NAME)
            return
    if _bold_signature(doc, blocks, kept):
        return
    if doc.meta.score("authors") - doc.meta.bonus < SCORE_ORGANISATION:
        _edge_newsroom(doc, blocks, kept)
    if doc.meta.score("authors") - doc.meta.bonus < SCORE_ORGANISATION:
        _source_agency(doc, blocks, kept, at)


def _newsroom_signature(text: str) -> "str | None":
    """The newsroom or news agency a line names alone ("XY-Redaktion", "Redaktion XY", "dpa"), or None."""
    text = " ".join(text.split()).strip(" ()[]")
    if not text or ":" in text or has_cjk(text) or len(text) > MAX_NAME_LINE_CHARS:
        return None
    if is_agency(text):
        return text
    words = [w for w in _NEWSROOM_SPLIT.split(text.lower()) if w]
    if not 2 <= len(words) <= MAX_NEWSROOM_WORDS or _NEWSROOM.isdisjoint(words):
        return None  # (a newsroom's word alone, "Redaktion", names no one)
    if not all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in text.split()):
        return None  # ("Mehr aus der Redaktion": words of a sentence; "Redaktion example.de" is a name)
    return text


def _edge_newsroom(doc: Any, blocks: list[Any], kept: list[int]) -> None:
    """A newsroom's or a news agency's name alone on a line among the article body's last ones
    (``EDGE_NEWSROOM_LINES``; "XY-Redaktion" under the last paragraph, kept or taken away as a short line at
    the edge): its signature, credited as an organisation (``SCORE_ORGANISATION``) on a page crediting no
    one. The line is dropped as a byline."""
    if len(kept) < 2:
        return
    last = kept[-1]
    tail = [k for k in range(last + 1, min(last + 2, len(blocks)))
            if blocks[k].dropped is not None and blocks[k].dropped.reason == EDGE_LINE and blocks[k].kind == "paragraph"]
    looked = [k for k in range(last, kept[len(kept) // 2], -1) if blocks[k].dropped is None][:EDGE_NEWSROOM_LINES]
    for k in tail + looked:
        b = blocks[k]
        org = _newsroom_signature(b.text) if b.kind in ("paragraph", "heading") else None
        if org is None:
            continue
        gone = b.dropped
        if gone is not None:
            doc.restore(b)
        doc.drop(b, "byline", "a newsroom's or an agency's name alone closing the article (its signature)",
                 region=gone.region if gone is not None else "")
        doc.meta.propose("authors", [org], SCORE_ORGANISATION)
        return


def _bold_signature(doc: Any, blocks: list[Any], kept: list[int]) -> bool:
    """A kept line among the body's first ones (``BOLD_SIGNATURE_LINES``, before its first long paragraph)
    set in bold as a whole (``<p><strong>Jane Doe/John Roe</strong></p>``) and naming people alone
    (``_signature``; no word of theirs in the article's other kept lines): the writers' signature over the
    text, proposed at ``SCORE_EDGE_NAME`` and the line dropped as a byline (True)."""
    for k in kept[:BOLD_SIGNATURE_LINES]:
        b = blocks[k]
        if len(b.text) > MAX_PROSE_LINE_CHARS:
            return False  # (the text has begun)
        if not b.path or not _all_bold(b.path[-1], b.text):
            continue
        names = _signature(b)
        if names and not _named_in(names, [x.text for x in blocks if x.dropped is None and x is not b]):
            doc.drop(b, "byline", "the authors' names alone in bold over the article (its signature)")
            doc.meta.propose("authors", names, SCORE_EDGE_NAME)
            return True
    return False


def _all_bold(el: Any, text: str) -> bool:
    """Whether element ``el``'s text ``text`` is all in one bold element (``el`` itself or its only child)."""
    if el.tag in BOLD_TAGS:
        return True
    kids = [c for c in el if isinstance(c.tag, str)]
    return len(kids) == 1 and kids[0].tag in BOLD_TAGS and not (el.text or "").strip() \
        and not (kids[0].tail or "").strip()


def _credited_agencies(text: str, copyright: bool = True) -> list[str]:
    """The news agencies a short source or copyright line credits, the first opening its value ("Quelle: dpa",
    "Source: AFP/Reuters", "© dpa-infocom, dpa:230428-99", "Quelle: dpa Sport"), or []; ``copyright``: a
    copyright line counts too."""
    t = " ".join(text.split())
    if not t or len(t) > MAX_NAME_LINE_CHARS or has_cjk(t):
        return []
    m = _SOURCE_OR_COPYRIGHT.match(t)
    if m is None or (not copyright and not m.group("label")):
        return []
    out: list[str] = []
    for part in _AGENCY_PARTS.split(t[m.end():])[:MAX_AUTHORS]:
        agency = _agency_head(part)
        if agency is None and not out:
            return []  # (the value opens with no agency: "Quelle: Statistisches Bundesamt")
        if agency is not None and agency not in out:
            out.append(agency)
    return out


def _agency_head(part: str) -> "str | None":
    """``part`` when it is a news agency's name, else the agency its first words name ("dpa Sport",
    "dpa-infocom"), or None."""
    part = part.strip(" .()")
    if is_agency(part):
        return part
    words = _AGENCY_WORD.split(part, 3)[:3]
    for n in (3, 2, 1):  # ("Associated Press Television", "dpa Sport")
        if len(words) >= n and all(words[:n]) and is_agency(" ".join(words[:n])):
            return " ".join(words[:n])
    return None


def _source_agency(doc: Any, blocks: list[Any], kept: list[int], at: int) -> None:
    """A source or copyright line crediting a news agency ("Quelle: dpa", "© AFP") in the title's header
    (``EDGE_TITLE_ZONE`` lines under the title line) or among the body's last lines (``EDGE_NEWSROOM_LINES``
    and the few lines after the body): the agency wrote the story, credited as an organisation
    (``SCORE_ORGANISATION``) on a page crediting no one. The line stays as it is (kept or removed). (In the title's
    header and the body's first half a copyright line is a picture's credit: only a source line counts there.)"""
    last = kept[-1]
    looked = list(range(at + 1, min(at + 1 + EDGE_TITLE_ZONE, len(blocks)))) \
        + [k for k in range(last, kept[len(kept) // 2], -1) if blocks[k].dropped is None][:EDGE_NEWSROOM_LINES] \
        + list(range(last + 1, min(last + 1 + EDGE_NEWSROOM_LINES, len(blocks))))
    for k in looked:
        b = blocks[k]
        agencies = _credited_agencies(b.text, copyright=k >= kept[len(kept) // 2]) if b.kind == "paragraph" else []
        if agencies:
            doc.meta.propose("authors", agencies, SCORE_ORGANISATION)
            return


def _named_in(names: list[str], texts: list[str]) -> bool:
    """Whether a word of ``names`` (four letters or more) is a word of ``texts`` (the article's kept lines): a
    person the article speaks of (a player, a speaker, the column's own name) is not its signature."""
    words = {w for n in names for w in n.split() if len(w) >= 4}
    return bool(words) and any(not words.isdisjoint(_WORD.findall(t)) for t in texts)


def _signature(b: Any) -> list[str]:
    """The people a signature line names (one name, or a few joined by "/", "," or "and"), or []."""
    whole = text = b.text.strip()
    if len(text) > MAX_NAME_LINE_CHARS * 2 or " " not in text or has_cjk(text):
        return []
    if "," in text:  # "Jane Doe, Korrespondentin": the name signed with the person's post after it
        bare = strip_role(text)
        text = bare if bare != text and "," not in bare else text
    if b.path and any(t.startswith(CONTROL_CLASS_WORDS) for t in (b.path[-1].get("class") or "").lower().split()):
        return []  # a button's words ("See Gallery" in a "btn-cta" element)
    if text.split(None, 1)[0].lower() in LABEL_FIRST_WORDS:
        return []  # a section's label ("Weitere Informationen" over its links)
    names = []
    for part in _SIGNATURE_SPLIT.split(text):
        name = _en_name(part)
        if name is None or name != part.strip() or not _plain_person(name) or not _name_words(name):
            return []
        names.append(name)
    if not names or len(names) > MAX_AUTHORS or (len(names) == 1 and not _one_text(b, whole)):
        return []  # (one name: one text of the page, not a label and a value set apart)
    return names


def _heading_byline(doc: Any, b: Any, authors: list[str], why: str | None) -> bool:
    """A heading holding a byline alone ("Von Anna Sleegers, Frankfurt" in an ``<h3>``) is dropped when
    it names people and sits in the article's header, right under the title (or an ``<h1>``, or the title
    repeated over the article); a heading further down,
    or one opening with a noun opener without a colon ("Text Message Scams"), is a section's heading."""
    if not authors or why is None or why == WHY_ORGANISATION or why == "forum":
        return False
    if why in NOUN_OPENERS and not re.search(r"[:：]", b.text[:24]):
        return False
    at = title_line_index(doc)
    if at is not None and at < b.index <= at + HEADING_BYLINE_ZONE:
        return True
    title = doc.meta.get("title")  # (the title repeated further down the page, over the article itself)
    t = fold(title) if isinstance(title, str) else ""
    return any((p.kind == "heading" and p.level == 1) or (t and fold(p.text) == t)
               for p in doc.blocks[max(0, b.index - HEADING_BYLINE_ZONE): b.index])


def _co_credit(b: Any, byline: _Found) -> bool:
    """``b``, the line right under a labelled byline, credits people or an agency with a share of the
    authorship (``CO_AUTHOR_OPENERS``: "Von X" / "Adaptiert von Y"): they join the byline's names (True)."""
    text = b.text
    if b.kind == "heading" or len(text) > MAX_LINE_CHARS or has_cjk(text):
        return False
    m = _CO_OPENER.match(text)
    if m is None:
        return False
    got = _latin_byline("By " + m.group("value"))  # (the value read as a byline's: names, an agency after them)
    if got is None or not got[0]:
        return False
    byline.names += [n for n in got[0] if n not in byline.names]
    byline.index = b.index
    return True


def _split_byline(doc: Any, label: Any, b: Any, found: list[_Found]) -> bool:
    """A byline split over two lines, its label alone on the first ("By" / "Jane Doe"): read and
    dropped as one when the second line is the label's name(s) and nothing else. Co-authors' names may
    follow one a line, set as the first is (``_co_author_line``), a joiner alone in an element of its own
    between them ("," / "und"), and a news agency set so closes them ("Von" / "A" / "," / "dpa")."""
    if has_cjk(b.text) or len(b.text) > MAX_LINE_CHARS:
        return False
    got = _latin_byline(label.text.strip().rstrip(":：") + " " + b.text, doc)
    if got is None or not got[0] or got[3] == WHY_ORGANISATION:
        return False
    rest = b.text
    for name in got[0]:
        rest = rest.replace(name, " ")
    if not _only_fields(re.sub(rf"\b(?:and|{NAME_JOINER_ALT})\b|[,&]", " ", rest)):
        return False  # more than names after the label: prose that opens with the label's word
    names = list(got[0])
    more: list[Any] = []
    joiners: list[Any] = []  # joiner-alone lines since the last name, dropped with the name after them
    for nxt in doc.blocks[b.index + 1: b.index + 1 + MAX_NAME_LINES]:  # "Von" / "A B" / "C D": one name a line
        t = nxt.text.strip()
        if t in ELLIPSES and more:
            continue  # "A," / "B &" / "…" / "C": a collapsed list's toggle between the names
        t = _JOINER_AFTER.sub("", t)  # ("Jane Doe,", "John Roe &")
        if not t and nxt.kind != "heading" and nxt.dropped is None:
            joiners.append(nxt)  # "A" / "," / "B": the joiner in an element of its own between the names
            continue
        if nxt.kind == "heading" or nxt.dropped is not None or len(t) > MAX_NAME_LINE_CHARS:
            break
        if is_agency(t) and _structured_like(b, nxt):  # "Von" / "A" / "," / "Deutsche Presse-Agentur"
            more += joiners + [nxt]
            names.append(" ".join(t.split()))
            break  # (an agency closes the credits)
        if _en_name(t) != t or not _co_author_line(b, nxt, t):
            break
        more += joiners + [nxt]
        joiners = []
        names.append(t)
    found.append(_Found(b.index, list(dict.fromkeys(names)), _score(got[3]), got[3]))
    if got[3] in POSTED_OPENERS:
        return True  # (a post's signature, read and kept: "Posted by" / "X, Role")
    doc.drop(label, "byline", "a byline's label on its own line")
    doc.drop(b, "byline", "a byline (" + got[3] + ")")
    for nxt in more:
        doc.drop(nxt, "byline", "a co-author's name after a split byline (" + got[3] + ")")
    return True


def _co_author_line(b: Any, nxt: Any, name: str) -> bool:
    """``nxt`` (a line holding ``name`` alone) names one more co-author of the byline whose first name is
    on ``b``: set as that one is (same tag, the classes of one up the page among the other's: one element
    per author, not a line of the same element after a <br>) and no
    role, desk or organisation ("CNN Political Editor", "About.com Guide", "Wikimedia Foundation")."""
    return _structured_like(b, nxt) and _plain_person(name)


def _structured_like(b: Any, nxt: Any) -> bool:
    """``nxt`` is set as the byline's line ``b`` is: same tag, the classes of one among the other's, another
    element (one element per credited author or agency)."""
    if not b.tokens or not nxt.tokens:
        return False  # (no byline box the page's classes mark, or a text dump's lines: no structure to go by)
    if nxt.tag != b.tag or not (nxt.tokens <= b.tokens or b.tokens <= nxt.tokens) or nxt.path[-1] is b.path[-1]:
        return False  # (lines of one element split by <br>: a name, then its role or affiliation)
    return True


def _name_key(name: str) -> str:
    """A name as compared across sources: folded, without an honorific before it ("Dr Jane Doe": "jane doe")."""
    first, _, rest = name.partition(" ")
    return fold(rest if rest and is_honorific(first) else name)


def _plain_person(name: str) -> bool:
    """A person's name and nothing else: no role, desk, organisation or address in it."""
    if "." in name.replace(". ", " ").rstrip(".") or credited_organisation(name) or names_no_one(name):
        return False
    return strip_role(name) == name and not any(w.lower() in _ROLE_WORDS or w.lower() in _BODY_WORDS
                                                for w in name.split())


def _has_segment_sep(text: str) -> bool:
    """``_HAS_SEGMENT_SEP.search(text)``, as a yes or no: the pattern runs only on a line holding a mark."""
    for mark in _SEGMENT_MARKS_ASCII if text.isascii() else _SEGMENT_MARKS:
        if mark in text:
            return _HAS_SEGMENT_SEP.search(text) is not None
    return False


def _fields(text: str, cjk: "bool | None" = None, doc: Any = None) -> tuple[list[str], list[str], str, str | None]:
    """(authors, editors, what is left of the line, how the byline was recognised); ``cjk``:
    ``has_cjk(text)`` when the caller has it; ``doc``: the page (its language, see _latin_byline)."""
    authors: list[str] = []
    editors: list[str] = []
    spans: list[tuple[int, int]] = []
    why: str | None = None
    if not (has_cjk(text) if cjk is None else cjk):
        got = _latin_byline(text, doc)
        if got is None and not text.isascii():
            got = _title_after_name(text)
            if got is not None and not _only_fields(got[2].replace(",", " ")):  # ("순천, 광양": places)
                got = None  # a sentence that names a reporter ("… 홍길동 기자가 전했다")
        if got is None and _has_segment_sep(text):
            parts = _SEGMENT_SEP.split(text, maxsplit=MAX_SEGMENTS)
            for k, part in enumerate(parts[1:], start=1):  # "date | Von X": a byline after other fields
                got = _latin_byline(part, doc)
                if got is not None:
                    rest = " ".join(parts[:k] + parts[k + 1:])
                    return got[0], got[1], rest, got[3]
        return got if got is not None else (authors, editors, text, None)
    for fm in _ZH_FIELD.finditer(text):
        label = fm.group("label")
        if fm.group("sep").strip() == "" and label not in SPACED_LABELS_ZH:
            continue
        names, used = _zh_names(text[fm.end():])
        if label in EDITOR_LABELS_ZH:
            editors.extend(n for n in names if n not in editors)
        elif label not in CREDIT_LABELS_ZH:
            authors.extend(n for n in names if n not in authors)
        if names or label in CREDIT_LABELS_ZH:
            why = why or label
            spans.append((fm.start(), fm.end() + used))
    for fm in _REPORTER.finditer(text):
        if not _reporter_context(text, fm.start()):
            continue
        glued = fm.end() == fm.end("label")
        names, used = _zh_names(text[fm.end():], glued=glued)
        if glued and names and len(names[0]) == 2 and not text[:fm.start()].strip():
            continue  # "记者江湖": a two-character word glued to a bare label is no byline
        if names and _PHOTO_AFTER.match(text[fm.end() + used:]):
            why = why or "摄"  # "本报记者 X 摄": the photographer of a picture
            spans.append((fm.start(), fm.end() + used))
            continue
        if names:
            authors.extend(n for n in names if n not in authors)
            why = why or fm.group("label")
            spans.append((fm.start(), fm.end() + used))
    fm = _WEN_AFTER.search(text) if "/" in text or "／" in text else None  # (its slow search needs one)
    if fm:
        names, _ = _zh_names(fm.group("value"))
        if names:
            if fm.group("label") == "文":
                authors.extend(n for n in names if n not in authors)
            why = why or "/" + fm.group("label")
            spans.append(fm.span())
    dated: bool | None = None  # worked out only when a pattern needs it
    if not authors:
        fm = _BRACKETED.search(text) if "[" in text or "【" in text else None  # "2004年7月16日08:19 [ 黄宇 ] 来源：[ X ]": a name in brackets
        if fm and _looks_like_person(fm.group("value")) and not re.match(
                r"\s*(?:来源|来自|出处)", text[max(0, fm.start() - 4): fm.start()][-4:]):
            dated = any(d.has_day for d in dates_of(text, limit=2))
            if dated:
                authors.append(fm.group("value"))
                why = "name in a stamp line"
                spans.append(fm.span())
    if not authors:
        for rx in (_FORUM_BEFORE, _FORUM_BY, _TRAILING_BY):
            fm = rx.search(text)
            if fm and dated is None:
                dated = any(d.has_day for d in dates_of(text, limit=2))
            if fm and dated:
                raw = fm.group("value").strip()
                name = _clean_zh(raw) or _handle(raw)
                if name:
                    authors.append(name)
                    why = "forum"
                    spans.append(fm.span("value"))
                    break
    merged: list[list[int]] = []
    for a, z in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], z)
        else:
            merged.append([a, z])
    rest = text
    for a, z in reversed(merged):
        rest = rest[:a] + " " + rest[z:]
    return authors, editors, rest, why


def _latin_byline(text: str, doc: Any = None) -> tuple[list[str], list[str], str, str] | None:
    """A Latin-script byline ("By X", "Von X und Y", "Par X", "Autor: X"): (authors, editors, "", label).

    ``doc``: the page, whose language tells a word joining names there from a connector elsewhere
    ("Door X en Y" on a Dutch page, "Por X en Madrid" on a Spanish one; Slovene "X in Y")."""
    first = text[:24].split(maxsplit=1)
    if not first:
        return None
    word = first[0].lower().rstrip(":：")
    m = _EN_OPENER.match(text) if word.startswith(_EN_FIRST) else None
    if m is None and word in _EU_FIRST:
        m = _EU_OPENER.match(text)
    if not m:
        return None
    if m.group("label").lower() in NOUN_OPENERS and ":" not in text[m.start("label"):m.start("value")] \
            and len(_LOWER_WORD.findall(m.group("value")[:PROSE_LOOK_CHARS])) > PROSE_LOWER_WORDS:
        return None  # "Author Jane Doe, from Kensington, said she started reading …": a sentence
    label = m.group("label").lower()
    value = re.split(r"\s+(?:on|at|am|le|el|il|em|op)\s+|\s[|•·]\s|\s-\s", m.group("value"))[0]
    dates = dates_of(value)
    if dates and value[:dates[0].span[0]].strip(" ,|•·-"):
        value = value[:dates[0].span[0]]  # "X Dec 12, 2016 2:00 PMTags": the name comes before the date
        dates = []
    value = strip_dates(value, dates).strip(" ,|•·-")
    value, material = material_credit(value)  # "X mit Agenturmaterial": X; "X avec AFP": X, and AFP beside
    lang = page_language(doc) if doc is not None and _LANGUAGE_DEPENDENT.search(value) else None
    value = cut_at_ender(value, lang)  # "X published 19 May": X
    value = _before_affiliation(value)
    parts = [x for x in _split_for(lang).split(value) if x.strip()]
    credit = label in CREDIT_OPENERS_EN or label in CREDIT_LABELS_EU
    tails: list[str] = []
    lead: list[str] = []
    if not credit:  # (a picture's credit, "Foto: Jane Doe/dpa", is the credits step's)
        if "(" in value or "[" in value or "/" in value:
            parts, tails = _agency_tails(parts)
        while len(parts) > 1 and is_agency(parts[0]) and _en_name(parts[1]):
            lead.append(" ".join(parts.pop(0).split()))  # "Von AFP und Jane Doe": Jane Doe, and AFP beside her
    post = next((k for k, x in enumerate(parts) if k and (job_title(x.strip(), anywhere=True) or (
        len(x.split()) >= DESCRIPTION_WORDS and not _en_name(_name_before_agency(x))))), None)
    if post is not None:
        # "X, Senior Director, Content & Marketing, Example", "X, Head of Marketing and Community Development":
        # the rest describes X's post
        parts = parts[:post]
    if len(parts) > 1 and not _en_name(parts[-1]):
        parts[-1] = _name_before_agency(parts[-1])  # "… and Vasilisa Stepanenko The Associated Press"
    names = [n for n in (_en_name(x) for x in parts) if n] if parts and _en_name(parts[0]) else []
    if not names and len(parts) == 1 and _INITIALS.match(parts[0].strip()):
        names = [parts[0].strip()]  # "Par D.D.": a labelled byline giving initials only
    if names:
        if not credit:  # "Paula Steiger, SDA": the agency credited beside the person
            names += [a for a in lead + appended_agencies(parts[1:]) + tails + material if a not in names]
        return ([], names, "", label) if credit else (names, [], "", label)
    # (a post signed "posted by" a handle is no organisation's byline: "posted by SDH | 8:26 PM |")
    org = None if credit or not parts or label in POSTED_OPENERS else credited_organisation(parts[0])
    if org:
        return [org], [], "", WHY_ORGANISATION
    if _EN_STAFF.search(value) or (value.isupper() and len(value.split()) <= 3 and m.re is _EN_OPENER):
        return [], [], "", label  # "By Example Staff", "By REUTERS": a byline naming no person
    return None


_HANGUL = "\uac00-\ud7a3"
_TITLES_AFTER = sorted(flat(TITLE_AFTER_NAME), key=len, reverse=True)
_TITLE_AFTER_GATE = re.compile("[" + "".join(sorted({t[0] for t in _TITLES_AFTER})) + "]")
# names (2-4 syllables, several joined by "·" or ",") and the title after them, a whole word each
_NAME_THEN_TITLE = re.compile(rf"(?<![{_HANGUL}])(?P<names>[{_HANGUL}]{{2,4}}(?:\s*[·,]\s*[{_HANGUL}]{{2,4}})*)"
                              rf"\s*(?:{'|'.join(_TITLES_AFTER)})(?![{_HANGUL}])")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _title_after_name(text: str) -> tuple[list[str], list[str], str, str] | None:
    """A byline writing the title after the name ("홍길동 기자", "순천 홍길동 기자 hong@example.co.kr"):
    (authors, [], what is left, why), or None."""
    if len(text) > MAX_LINE_CHARS or _TITLE_AFTER_GATE.search(text) is None:
        return None  # (a first look at C speed: most lines hold no title's first character)
    names: list[str] = []
    spans = []
    for m in _NAME_THEN_TITLE.finditer(text):
        got = [n for n in re.split(r"\s*[·,]\s*", m.group("names")) if n]
        if any(n in NOT_NAMES_BEFORE_TITLE for n in got):
            return None
        names += [n for n in got if n not in names]
        spans.append(m.span())
    if not names:
        return None
    rest = text
    for a, z in reversed(spans):
        rest = rest[:a] + " " + rest[z:]
    return names[:MAX_AUTHORS], [], _MAIL.sub(" ", rest), WHY_TITLE_AFTER


_COMMA_PARTS = re.compile(r"\s*[,;]\s*")


_PAREN_TAIL_LATIN = re.compile(r"[(\[](?P<inside>[^()\[\]]{1,%d})[)\]]\s*$" % PAREN_TAIL_CHARS)


def _agency_tails(parts: list[str]) -> tuple[list[str], list[str]]:
    """``parts`` without a bracketed tail or an agency after "/" behind a name, and the agencies those
    tails credit ("Von Jane Doe (dpa)", "Von Jane Doe / dpa": Jane Doe, and dpa beside her as in "Jane
    Doe, dpa"; "Jane Doe (Musterstadt)": Jane Doe)."""
    out: list[str] = []
    agencies: list[str] = []
    for part in parts:
        inside = None
        m = _PAREN_TAIL_LATIN.search(part) if ")" in part or "]" in part else None
        if m and part[:m.start()].strip():
            inside = m.group("inside")
            part = part[:m.start()].rstrip()
        elif "/" in part:
            head, _, tail = part.rpartition("/")
            if head.strip() and is_agency(tail):
                inside, part = tail, head.rstrip()
        if inside is not None:
            inside = " ".join(inside.split())
            if is_agency(inside) and inside not in agencies:
                agencies.append(inside)
        out.append(part)
    return out, agencies


def _before_affiliation(value: str) -> str:
    """``value`` up to its first comma part naming an institution ("Jane Doe, Fujian Agriculture and
    Forestry University": Jane Doe; the institution's "and" joins no co-author)."""
    if "," not in value and ";" not in value:
        return value
    chunks = _COMMA_PARTS.split(value)
    for k in range(1, len(chunks)):
        if not _BODY_WORDS.isdisjoint(chunks[k].lower().split()):
            return ", ".join(chunks[:k])
    return value


def _name_before_agency(part: str) -> str:
    """The person's name opening ``part`` when an agency or a newsroom follows it without a separator
    ("Vasilisa Stepanenko The Associated Press": the box's next element joined on), else ``part``."""
    words = part.split()
    for k in (2, 3):
        if len(words) > k and _en_name(" ".join(words[:k])) == " ".join(words[:k]) \
                and credited_organisation(" ".join(words[k:])):
            return " ".join(words[:k])
    return part


def _score(why: str | None) -> float:
    """The score of a byline recognised by ``why``: an organisation's is below any person's."""
    return SCORE_FORUM if why == "forum" else SCORE_ORGANISATION if why == WHY_ORGANISATION else SCORE_LABELLED


def _reporter_context(text: str, at: int) -> bool:
    """记者 opens a byline at the line start, after an outlet name, or after a separator."""
    before = text[:at]
    if not before.strip():
        return True
    if _SENTENCE.search(before):
        return False
    return char_count(before) <= 16


def _zh_names(value: str, glued: bool = False) -> tuple[list[str], int]:
    """Names at the start of ``value`` and how many characters they took."""
    end = _VALUE_END.search(value)
    cut = end.start() if end else len(value)
    if re.match(r"\s*[，。,！？!?；;=]", value[cut:]):
        return [], 0  # the "name" runs into a sentence ("记者了解到，...") or markup
    part = value[:cut]
    tokens = [t for t in _SPLIT_ZH.split(part.strip()) if t]
    # "赵 培": a two-character name padded with a space
    merged: list[str] = []
    for t in tokens:
        if merged and len(t) == 1 and len(merged[-1]) == 1 and cjk_count(t + merged[-1]) == 2:
            merged[-1] += t
        else:
            merged.append(t)
    if len(merged) > 1 and re.match(r"(?:报道|发自)", value[cut:]):
        merged.pop()  # "X 山东冠县报道": the last word is the place
    if glued and merged and not _looks_like_person(merged[0], glued=True):
        return [], 0  # "记者节快乐": no space after the label and no surname
    names: list[str] = []
    for t in merged:
        n = _clean_zh(t) or _handle(t) or _en_name(t)
        if n is None:
            break
        names.append(n)
        if len(names) >= MAX_AUTHORS:
            break
    if names and re.match(r"\s*[(（][A-Za-z .]+[)）]", value[cut:]):  # "周思博 (Joel Spolsky)"
        alias = re.match(r"\s*[(（][A-Za-z .]+[)）]", value[cut:])
        assert alias is not None
        names[-1] = f"{names[-1]} ({alias.group(0).strip()[1:-1].strip()})"
        cut += alias.end()
    return names, cut if names else 0


def _clean_zh(token: str) -> str | None:
    t = token.strip("[]【】()（）<>《》\"'“”:：")
    if not t or t.lower() in NOT_NAMES:
        return None
    han = cjk_count(t)
    if han == len(t.replace("·", "").replace("•", "")) and 2 <= han <= 12 and (han <= 4 or "·" in t or "•" in t):
        if _ORG_RE.search(t) and not (han <= 3 and t[0] in SURNAMES and not t.endswith(ORG_WORDS)):
            return None
        return t
    return None


def _handle(token: str) -> str | None:
    t = token.strip("[]【】()（）:：")
    if "=" in t or '"' in t or t.lower() in NOT_NAMES:
        return None
    if (cjk_count(t) and cjk_count(t) < len(t) and 2 <= len(t) <= 12
            and re.fullmatch(rf"[{_HAN}A-Za-z0-9&·_\-]+", t) and not _ORG_RE.search(t)):
        return t  # a mixed user name ("放飞&心情")
    if _HANDLE.match(t) and not re.fullmatch(r"\d+", t):
        return t
    return None


def _only_fields(rest: str) -> bool:
    r = residue(rest, extra=(_CREDIT_TAIL,))
    if _SENTENCE.search(r.rstrip("。.")):
        return False
    return left_count(r) <= LEFT_ALLOWED


def _read_credits(b: Any, found: list[_Found], blocks: list[Any]) -> None:
    """Credits inside a body paragraph: read, never dropped."""
    text = b.text
    if text.isascii():
        return  # both credits hold Han characters
    for part in (text[:80], text[-60:]):
        m = _PAREN_REPORTER.search(part) if "(" in part or "（" in part else None
        if m:
            names, _ = _zh_names(m.group("value"))
            if names:
                found.append(_Found(b.index, names, SCORE_PAREN + 1.0, "reporter credit in the text"))
                return
    end = text[-40:]
    m = _PAREN_TAIL.search(end) if ")" in end or "）" in end else None
    # an unlabelled credit closes the article: it follows a finished sentence
    before = text[: len(text) - len(text[-40:]) + m.start()].rstrip() if m else ""
    if m and not before and b.index > 0:
        before = blocks[b.index - 1].text.rstrip()
    if m and before.endswith(("。", "！", "？", "”", "」", ".", "!", "?")):
        tokens = m.group("value").split()
        if len(tokens) > 1 and re.search(r"报道\s*[)）]\s*$", text):
            tokens.pop()  # "（姚峰 上海报道）": the last word is the place
        if tokens and all(_looks_like_person(t) for t in tokens):
            found.append(_Found(b.index, tokens[:MAX_AUTHORS], SCORE_PAREN, "credit at the end of the text"))


def _looks_like_person(text: str, glued: bool = False) -> bool:
    """A Chinese personal name: 2-3 characters after a common surname (4 after a compound one,
    or when ``glued`` to its label, where four-character names are common)."""
    t = text.strip()
    if t.lower() in NOT_NAMES or not (2 <= len(t) <= 4) or cjk_count(t) != len(t):
        return False
    if t[:2] in COMPOUND_SURNAMES:
        return len(t) >= 3
    return (len(t) <= 3 or glued) and t[0] in SURNAMES and not _ORG_RE.search(t)


# -- under the title ------------------------------------------------------------

def _under_title(doc: Any, found: list[_Found]) -> None:
    """A bare name or a posting account in the line or two under the title."""
    at = title_line_index(doc)
    if at is None:
        return
    blocks = doc.blocks
    if not has_cjk(blocks[at].text):
        _name_beside_stamp(doc, at, found)  # (a name alone counts there only beside the stamp)
    title = fold(blocks[at].text)
    j = at + 1
    while j < len(blocks) and fold(blocks[j].text) == title:
        j += 1  # the title repeated
    for j in range(j, min(j + 2, len(blocks))):
        b = blocks[j]
        text = b.text.strip()
        if b.dropped is not None:
            continue
        size = char_count(text)
        if not text or size > 20 or _SENTENCE.search(text) or dates_of(text, limit=1):
            return
        if text.isdigit():
            continue  # a counter: not ours
        if not has_cjk(blocks[at].text):
            return  # a Latin-script page: a bare line there may be a dateline ("São Paulo"); "By" lines say more
        parts = [p for p in re.split(r"[、\s]+", text) if p]
        several = len(parts) > 1 and _looks_like_person(parts[0]) and all(
            2 <= len(p) <= 3 and cjk_count(p) == len(p) and p not in NOT_NAMES for p in parts)
        handle = bool(_handle(text)) and (not text.isascii() or text.islower() or any(c.isdigit() for c in text))
        # an account's name with its follow button on the next line ("魑皇" / "关注")
        followed = j + 1 < len(blocks) and blocks[j + 1].text.strip().lower() in FOLLOW_BUTTONS \
            and text.lower() not in NOT_NAMES
        if _looks_like_person(text) or several or handle or followed:  # a user name is lower case ("DonewsBlog" is a site)
            found.append(_Found(j, parts if several else [text], SCORE_BARE, "name under the title"))
            doc.drop(b, "byline", "an author's name alone under the title")
            return
        if size <= 8 and _header_follows(blocks, j) and _MEDIUM.search(text):
            doc.meta.propose("source", text.strip("《》【】[]"), SCORE_MEDIUM)
            doc.drop(b, "byline", "a medium's name under the title")
            return
        if size <= 8 and _header_follows(blocks, j):
            doc.drop(b, "byline", "a posting account under the title (the republishing site's account, "
                                  "not an author)")
            return


def _name_beside_stamp(doc: Any, at: int, found: list[_Found]) -> None:
    """A person's name alone on a line of the header under a Latin-script title (after the dek), with the
    stamp on the line right under it or over it ("Jane Doe" / "17.05.2026, 19:06 Uhr"), or past a place's line
    (``_place_line``: "Jane Doe" / "Madrid" / "15.10.2024 09:13"): the author. A
    place alone there ("São Paulo") is one word or no person's name shape the stamp comes beside less
    often; a commenter's or a table's name is far from the title. The name outranks a profile link after
    the title (``SCORE_BESIDE_STAMP``: the first such link may be a teaser's); a news agency alone there
    ("Reuters" / "Published 15 minutes ago") is credited as an organisation."""
    blocks = doc.blocks
    for b in blocks[at + 1: at + 1 + NAME_BESIDE_STAMP_ZONE]:
        text = b.text.strip()
        if b.dropped is not None or b.kind != "paragraph" or len(text) > MAX_NAME_LINE_CHARS:
            continue
        agency = is_agency(text)  # ("Reuters" / "Published 15 minutes ago": a wire story's credit)
        if " " not in text and not agency:
            continue
        name = _HANDLE_AFTER.sub("", text) if "@" in text else text  # ("Jane Doe, @janedoe")
        shown = name
        names = [name]
        if agency:
            name = " ".join(text.split())
        else:
            name, credited = _agency_after(name)  # ("Jane Doe (dpa)", "Jane Doe, dpa": the agency beside her)
            if "," in name:
                name = strip_role(name)  # ("Jane Doe, journalist": the name beside the person's post)
            names = _beside_stamp_names(doc, name)
            if not names or (b.path and section_label(b.path[-1], name)):
                continue  # (a section's label beside the stamp, in a kicker or a topic's element, names no one)
            names += [a for a in credited if a not in names]
        for k in (b.index + 1, b.index - 1, b.index + 2, b.index - 2):
            if k <= at or k >= len(blocks):
                continue
            if abs(k - b.index) == 2 and not _place_line(blocks[(k + b.index) // 2], b):
                continue  # (two lines away only across a place: "Jane Doe" / "Madrid" / "15.10.2024 09:13")
            stamp = blocks[k].text
            if char_count(stamp) <= MAX_STAMP_CHARS and _one_text(b, shown) and _one_box(b, blocks[k]) \
                    and (any(d.has_day for d in dates_of(stamp, limit=2)) or relative_spans(stamp)):
                if agency:
                    found.append(_Found(b.index, [name], SCORE_ORGANISATION, WHY_ORGANISATION))
                    doc.drop(b, "byline", "a news agency alone beside the stamp under the title")
                    return
                found.append(_Found(b.index, names, SCORE_BESIDE_STAMP, "a name beside the stamp"))
                doc.drop(b, "byline", "an author's name alone beside the stamp under the title")
                return


_AGENCY_AFTER = re.compile(r"^(?P<head>.+?)\s*(?:[(\[](?P<inside>[^()\[\]]{1,%d})[)\]]|\s*[/,]\s*(?P<after>[^()\[\],/]{1,%d}))\s*$"
                           % (PAREN_TAIL_CHARS, PAREN_TAIL_CHARS))


def _agency_after(text: str) -> "tuple[str, list[str]]":
    """``text`` without a news agency credited after the names in brackets or after a comma or a slash ("Jane
    Doe (dpa)", "Jane Doe, dpa", "Jane Doe / AFP"), and that agency; ``text`` and none when no agency ends it."""
    m = _AGENCY_AFTER.match(text) if ("(" in text or "[" in text or "," in text or "/" in text) else None
    if m is None:
        return text, []
    credited = " ".join((m.group("inside") or m.group("after") or "").split())
    return (m.group("head"), [credited]) if is_agency(credited) and m.group("head").strip() else (text, [])


def _beside_stamp_names(doc: Any, text: str) -> list[str]:
    """The people a line beside the stamp names: one person's name, or several joined by commas or the page
    language's joiners ("Jane Doe und Max Roe"), the last part one capitalised word of a place that is no name
    ("Jane Doe, Berlin"); [] when a part is no person's name."""
    if not all(w[:1].isupper() or w in NAME_PARTICLES or w in (",", "&") for w in _JOINERS_OUT.sub(" ", text).split()):
        return []  # (a first look: most lines there hold a word in lower case)
    lang = page_language(doc) if _LANGUAGE_DEPENDENT.search(text) else None
    parts = [p.strip() for p in _split_for(lang).split(text) if p.strip()]
    if len(parts) > 1 and " " not in parts[-1] and parts[-1].isalpha() and "," in text:
        parts.pop()  # (the place the byline is written from: one word after a comma)
    if not parts or len(parts) > MAX_AUTHORS:
        return []
    for name in parts:
        if " " not in name or _en_name(name) != name or not _plain_person(name) or not _name_words(name):
            return []
    return parts


#: The joiners a line of names beside the stamp may hold between its names (lower case: taken out for the first look).
_JOINERS_OUT = re.compile(rf"(?<=\s)(?:and|{NAME_JOINER_ALT})(?=\s)")


#: A place's line between a byline's name and its stamp ("Jane Doe" / "Madrid" / "15.10.2024"): at most this many
#: characters, capitalised words without a digit.
MAX_PLACE_LINE_CHARS, MAX_PLACE_WORDS = 32, 3


def _place_line(p: Any, name: Any) -> bool:
    """Whether block ``p`` is a place's line beside the name's line ``name`` ("Madrid", "Rio de Janeiro"; or the
    person's post, "Marketing Director"): one to MAX_PLACE_WORDS capitalised words (a name's particles between), no
    digit, in the name's small box."""
    text = p.text.strip()
    words = text.split()
    if not words or len(words) > MAX_PLACE_WORDS or char_count(text) > MAX_PLACE_LINE_CHARS \
            or any(c.isdigit() for c in text) or not _name_words(text):
        return False
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words) and _one_box(name, p)


def _name_words(text: str) -> bool:
    """Every word of ``text`` may be a word of a person's name: capitalised, not in capitals throughout
    ("ABONE OL", "PDA"), no function word of a Latin-script language ("Pin It", "The Herald", "As
    Delivered") but a name's particle, no profile button's word ("Print Email")."""
    for w in text.split():
        low = w.lower()
        if (len(w) > 1 and w.isupper()) or (low in _FUNCTION_WORDS and low not in NAME_PARTICLES) \
                or low in _BUTTON_WORDS:
            return False
    return True


def _one_text(b: Any, want: str) -> bool:
    """The name ``want`` on the line is one text of the page ("<span>Jane Doe</span>", "<a>Jane Doe</a><br>
    12.05.2024"), not a label and a value set apart ("<strong>Ort</strong> <span>Saarbrücken</span>")."""
    if not b.path:
        return True  # (a text dump's line)
    for k, t in enumerate(b.path[-1].itertext()):
        if k >= MAX_TEXTS_LOOKED or t.strip() == want:
            return k < MAX_TEXTS_LOOKED
    return False


def _one_box(name: Any, stamp: Any) -> bool:
    """The name's line and the stamp's sit in one small box of the page: the nearest element holding
    both holds little else (a byline-and-date box, not a header holding a share bar or a caption)."""
    n = shared_depth(name, stamp)
    return n > 0 and holds_at_most(name.path[n - 1], char_count(name.text) + char_count(stamp.text) + BOX_OTHER_CHARS)


def _header_follows(blocks: list[Any], j: int) -> bool:
    for b in blocks[j + 1: j + 4]:
        if any(d.has_day for d in dates_of(b.text, limit=2)) and char_count(b.text) <= 60:
            return True
        if re.match(r"^\s*[(（]?\s*(?:来源|来自|作者|记者|编辑|发布|Source|By)\b", b.text, re.I):
            return True
    return False


def _best(found: list[_Found]) -> _Found | None:
    """Merge bylines on consecutive lines, then take the strongest, earliest."""
    if not found:
        return None
    found.sort(key=lambda f: f.index)
    posted = [f for f in found if f.why in POSTED_OPENERS]
    if len({fold(n) for f in posted for n in f.names}) >= 2:
        # "Posted by: A at …" / "Posted by: B at …": the comments' (or the listed posts') signatures, none the page's
        found = [f for f in found if f.why not in POSTED_OPENERS]
        if not found:
            return None
    groups: list[_Found] = []
    for f in found:
        last = groups[-1] if groups else None
        if last is not None and f.first == last.index + 1 and f.score == last.score and f.why != "forum":
            last.names += [n for n in f.names if n not in last.names]
            last.index = f.index
            continue
        groups.append(_Found(f.index, list(dict.fromkeys(f.names)), f.score, f.why))
    labelled = [g for g in groups if g.score == SCORE_LABELLED]
    if len(labelled) >= TEASER_BYLINES and len({fold(n) for g in labelled for n in g.names}) >= 2:
        for g in labelled:  # a list of teasers, each signed: the article's own byline is not told apart
            g.score = SCORE_TEASER_BYLINE
    return max(groups, key=lambda g: (g.score, -g.index))
