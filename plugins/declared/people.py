"""Author values as people's names: split, tidied, and refused when they name a site, an organisation
or a desk; :func:`_author_offer` proposes the people named (or the organisations credited)."""
from __future__ import annotations

import re
from typing import Any

from newsclean.datewords import ROLE_OPENERS_EU, TEXT_AND_PICTURES_EU, flat
from newsclean.authors import LANGUAGE_BOUND_JOINERS, SCORE_ORGANISATION, appended_agencies, is_honorific, job_title, names_no_one, organisation_name, tidy_name
from newsclean.patterns import LiteralGate
from newsclean.plugins.declared.jsonld import ORG_TYPES, _types
from newsclean.text import has_cjk, normalize_space

#: Words that make an "author" value an organisation or a site, not a person.
ORG_WORDS = (
    "网", "網", "网站", "网络", "公司", "期刊", "学会", "协会", "财经", "電台", "新聞", "報", "频道", "頻道", "集团", "有限", "出版", "报社", "杂志", "日报", "晚报", "新闻", "频道", "中心", "编辑部",
    "关注", "来自", "工作室", "团队", "传媒", "媒体", "电视台", "通讯社", "新华社", "官方", "管理员", "小编", "本站", "本网",
    "team", "staff", "inc", "ltd", "llc", "corp", "news", "media", "press", "publishers", "publishing",
    "newsroom", "editorial", "desk", "network", "magazine", "online", "admin", "webmaster", "group", "agency",
    "writer", "writers", "correspondent", "reporter", "editor", "editors", "columnist", "contributor",
    "contributors", "photographer", "wire", "agencies", "business", "by", "author", "authors", "services", "service", "bureau", "office", "department",
    "http", "www", ".com", ".cn", ".net", ".org", "@", "/",
)

#: Endings of Chinese names of media and bodies.
ORG_ENDINGS_ZH = ("报", "社", "台", "站", "号", "部", "局", "厅", "委", "院", "会", "中心", "集团", "频道")

#: Lower-case words allowed inside a Latin-script name.
NAME_PARTICLES = frozenset("de da das do dos del della di du van von der den ter le la bin binti al el y e".split())

#: An author value longer than this is cut before it is read (no list of names is longer).
MAX_AUTHOR_VALUE_CHARS = 600

#: An author value that names the page's publisher (copyright holder, JSON-LD publisher): kept
#: only when nothing names a person.
SCORE_PUBLISHER_AUTHOR = 2.0

_ORG_RE = re.compile("|".join(
    re.escape(w) if not w.isalpha() or not w.isascii() else rf"\b{w}\b" for w in ORG_WORDS), re.I)
#: Whether a value holds one of ORG_WORDS at all, in any case (each match of _ORG_RE holds one): a
#: first look at C speed; _ORG_RE tries its every word at every character of the value.
_ORG_GATE = LiteralGate(ORG_WORDS)

_BY_PREFIX = re.compile(r"^\s*(?:(?:" + "|".join(sorted(map(re.escape, flat(ROLE_OPENERS_EU) + flat(TEXT_AND_PICTURES_EU)),
                                                     key=len, reverse=True))
                        + r")\s*[:：]?\s+"
                        r"|(?:[^\W\d_]{2,12}\s+)?(?:by|von|par|por|di|door|av|af|oleh)\s*[:：]?\s+"
                        r"|(?:autor|autorin|author|auteur|autore|penulis|text|texto|testo|tekst)\s*[:：]\s*"
                        r"|(?:作者|文)\s*[:：/|]\s*)", re.I)

#: Words crediting a share of the work "with" someone ("Von X mit AP"): an agency after one helped, it is no
#: author beside the people (per language: de, en, fr, es/it, pt, nl).
CO_CREDIT_JOINERS = ("mit", "with", "avec", "con", "com", "met")
CO_CREDIT = re.compile(r"\b(?:%s)\b" % "|".join(CO_CREDIT_JOINERS))
_SPLIT_NAMES = re.compile(r"\s*(?:[,，、;；/|]|\band\b|(?-i:\b(?:und|et|y|e|i|en|og|och|ve|dan|%s)\b)|\s&\s|和|与)\s*"
                          % "|".join(CO_CREDIT_JOINERS), re.I)
_SPLIT_BY_LANGUAGE: dict[str, "re.Pattern[str]"] = {}


def _split_names(language: "str | None") -> "re.Pattern[str]":
    """_SPLIT_NAMES with the joiners read on a page of ``language`` only besides (Slovene "in")."""
    extra = LANGUAGE_BOUND_JOINERS.get((language or "").split("-")[0].lower(), ())
    if not extra:
        return _SPLIT_NAMES
    key = "|".join(sorted(extra))
    rx = _SPLIT_BY_LANGUAGE.get(key)
    if rx is None:
        rx = _SPLIT_BY_LANGUAGE[key] = re.compile(_SPLIT_NAMES.pattern.replace("|met)", f"|met|{key})"), re.I)
    return rx

#: Lower-case words that join an organisation's name ("Center for …", "Department of …"), never a
#: person's: a declared value holding one is one name, not a list to split at its "and" (per language).
ORG_JOINING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("for", "of", "on"),  # (not "the": "Jane Doe and the Editors" names Jane Doe)
    "de": ("für",),
    "fr": ("pour",),
    "es": ("para",),
    "it": ("per",),
    "nl": ("voor",),
}
_ORG_JOINING = re.compile(r"(?-i:(?<![^\W\d_])(?:" + "|".join(sorted({w for ws in ORG_JOINING_WORDS.values() for w in ws}))
                          + r")(?![^\W\d_]))")

_NAME_TOKEN = re.compile(r"^[\w\u00c0-\u024f\u3400-\u9fff·・.'’\- ]+$")

def _author_offer(doc: Any, site_name: str | None, publishers: list[str] = ()) -> Any:
    bad = [_squash(n) for n in (site_name, doc.site) if n]
    weak = [_squash(n) for n in publishers if n]
    bad += [lab for lab in (doc.site or "").lower().split(".") if len(lab) >= 4]

    def offer(names: list[str], score: float, orgs: Any = None, typed: bool = False, declared: bool = False) -> bool:
        """Propose the people named; else (False) the organisations credited (``orgs``, or
        ``names`` when None; ``typed``: JSON-LD organisations) at SCORE_ORGANISATION, which
        any person outranks. ``declared``: an author field, whose news agencies are kept."""
        good = [n for n in (_clean_name(x) for x in names) if n and not _is_site(n, bad)]
        if len(names) > 1 and any(_is_site(x, bad) for x in names):  # "example.de, Frankfurt, Germany":
            good = [n for n in good if " " in n or not n.isascii()]  # after the site, its address
            orgs = [x for x in names if _is_site(x, bad)]  # (the site credited, not its address)
        if not good:
            credited = [o for o in (organisation_name(x, typed) for x in (names if orgs is None else orgs)) if o]
            doc.meta.propose("authors", list(dict.fromkeys(credited))[:3], SCORE_ORGANISATION)
            return False
        good = list(dict.fromkeys(good))
        if len(good) > 1 and any(" " in n for n in good):  # "Jane Doe, Futurism": a one-word site in the list
            good = [n for n in good if " " in n or not n.isascii()]
        if declared:  # "X und Y, dpa": the agency credited beside the people ("Von X mit AP" in a byline is not)
            good += [a for a in appended_agencies(names) if a not in good] if good else []
        if good and all(_is_site(n, weak) for n in good):
            score = min(score, SCORE_PUBLISHER_AUTHOR)  # the publisher as author: any person found wins
        if good:
            doc.meta.propose("authors", good[:10], score)
            return True
        return False

    return offer

def _jsonld_people(value: Any, kinds: frozenset[str] = frozenset(),
                   named: "dict[str, dict[str, Any]] | None" = None) -> list[str]:
    """Names of the authors in a JSON-LD value: people (and plain strings), or with ``kinds``
    only the authors of those types (``ORG_TYPES``: the organisations credited). ``named``: the
    page's JSON-LD objects by ``@id``, for an author given as a reference (``{"@id": "#jane"}``)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items[:10]:
        if isinstance(it, str):
            if not kinds:
                out.extend(_split(it))
        elif isinstance(it, dict):
            if named and "name" not in it and isinstance(it.get("@id"), str):
                it = named.get(it["@id"], it)  # (a reference to a node declared elsewhere on the page)
            if bool(_types(it) & ORG_TYPES) != bool(kinds):
                continue
            for name in _declared_names(it):
                out.append(name if kinds else _person_before_affiliation(name))
    return out


def _declared_names(item: dict[str, Any]) -> list[str]:
    """The names a JSON-LD person or organisation declares: its ``name`` (a string, or a list of
    strings: one name each), else its ``givenName`` and ``familyName`` together."""
    name = item.get("name")
    if isinstance(name, str):
        return [name]
    if isinstance(name, list):
        return [n for n in name[:10] if isinstance(n, str)]
    parts = [item.get("givenName"), item.get("familyName")]
    return [" ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())] \
        if all(isinstance(p, str) and p.strip() for p in parts) else []

def _person_before_affiliation(name: str) -> str:
    """A Person's declared name without the role or affiliation after it: "Jane Doe, professor
    at the University of X, example.org" -> "Jane Doe" (when the whole is no name and its first
    part, of two words at least, is one)."""
    if "," not in name or _clean_name(name) is not None:
        return name
    first, rest = (x.strip() for x in name.split(",", 1))
    if len(rest.split()) < 3 or _split(first) != [first] or all(_clean_name(x) for x in _split(rest)):
        return name  # "X und Y, dpa", "A, B and C": names (and their agency), read as they are
    return first if " " in first and _clean_name(first) == first else name

_NOT_WORD = re.compile(r"[\s\W_]+")

_ADDRESS_LIKE = re.compile(r"://|^www\.|^@")

_NAME_THEN_ORG = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")

def _squash(value: str) -> str:
    return _NOT_WORD.sub("", value.lower())

def _is_site(name: str, bad: list[str]) -> bool:
    n = _squash(name)
    return any(n == b or (len(n) >= 4 and n in b) for b in bad if b)

def _split(value: str, language: "str | None" = None) -> list[str]:
    """Names in an author value (``language``: the page's, for the joiners of one language only). Linear:
    the value is cut to MAX_AUTHOR_VALUE_CHARS first, and no pattern below has overlapping quantifiers (an
    alias is found with ``str.find``, not ``\\(.*\\)``)."""
    value = _BY_PREFIX.sub("", normalize_space(value[:MAX_AUTHOR_VALUE_CHARS]))
    if _ADDRESS_LIKE.search(value):
        return []  # a profile address, not a name
    opening = value.find("(")
    if opening >= 0 and value.find(")", opening) > 0:  # "周思博 (Joel Spolsky)": a name with its alias
        return [value]
    parts = [p for p in _split_names(language).split(value) if p]
    if len(parts) > 1 and any(_ORG_JOINING.search(p) for p in parts):
        return [value]  # "Center for Drug Evaluation and Research": one organisation's name, not a list
    return parts

#: An elided particle before a capitalised name part ("d’Ormesson", "dell'Acqua"): no lower-case word.
_ELIDED_PARTICLE = re.compile(r"^[^\W\d_]{1,4}['’][^\W\d_]")


def _lower_word(word: str) -> bool:
    """Whether ``word`` opens with a lower-case letter of a cased script (Latin, Cyrillic, Greek) and is no
    name's particle ("von", "de") nor an elided one ("d’Ormesson"): no part of a person's name. Words of
    scripts without case (Chinese, Arabic) are none."""
    first = word[:1]
    if not first.islower() or word in NAME_PARTICLES:
        return False
    m = _ELIDED_PARTICLE.match(word)
    return not (m and word[m.end() - 1].isupper())


def _clean_name(value: str) -> str | None:
    v = tidy_name(_BY_PREFIX.sub("", normalize_space(value)).strip(" ,;:|-–—·"))
    if v.endswith(ORG_ENDINGS_ZH):
        return None  # 新京报, 法新社, 某某台: a medium
    head = _NAME_THEN_ORG.split(v, maxsplit=1)[0]  # "Jane Doe. Example International" ("María R. X" stays)
    v = v if is_honorific(head) else head  # ("Dr. Allen": an honorific's stop)
    if not (2 <= len(v) <= 40) or (_ORG_GATE(v) and _ORG_RE.search(v)):
        return None
    if sum(c.isdigit() for c in v) > 2 or "_" in v:
        return None  # an account id, not a name
    if len(v.split()) > 5 or not _NAME_TOKEN.match(v.replace("(", "").replace(")", "")):
        return None
    if v.isascii() and not all(w[0].isupper() or w in NAME_PARTICLES for w in v.split()):
        return None  # Latin-script names are capitalised ("letture", "the editors" are not names)
    if not v.isascii() and any(_lower_word(w) for w in v.split()):
        return None  # so are names in accented Latin, Cyrillic and Greek ("correspondant à Bruxelles", "корреспондент")
    if all(w in NAME_PARTICLES for w in v.lower().split()):
        return None  # a byline's label alone ("von", "di"), no name
    if v.isupper() and " " not in v:
        return None  # "REUTERS", "DPA": an agency, not a person
    if names_no_one(v):
        return None  # "Nachrichten", "Online-Redaktion": a section's or a desk's word
    if job_title(v):
        return None  # "Trial Attorney", "Digital Content Producer": a post beside the name, not a person
    if " " not in v and v.endswith(".") and v.count(".") == 1:
        return None  # "Min.", "Str.": an abbreviated word ("D.D.", initials, stays)
    if has_cjk(v) and len(v.split()) > 2:
        return None  # "法新社 週一 下午": words of a stamp line, not a name
    return v
