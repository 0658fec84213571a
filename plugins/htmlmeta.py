"""Metadata from the page's own declarations: ``<meta>``, JSON-LD, microdata, ``<time>``.

Removes nothing; it reads what the publisher declared and proposes it:

* published: JSON-LD ``datePublished`` of an article object, then
  ``article:published_time`` / ``itemprop=datePublished``, then named metas
  (``pubdate``, ``publishdate``, ``date``, ``dc.date`` ...), then ``<time
  datetime>`` elements (one marked as the publication first), then the text of
  ``<time>`` without ``datetime``, of the first short element whose class says
  date/time/meta, or of a short dated text next to the first ``<h1>`` (read here,
  before chrome pruning can take a page header or an article's aside with them).
* authors: JSON-LD ``author`` (people, not organisations), ``itemprop=author``,
  ``<meta name=author>`` and kin, ``rel=author`` links, then the innermost first
  element whose class says byline/author/autor/creator/contributor (any case),
  its names cut before its date or "Published" label; a first byline naming no
  person means no person. Values that name a site or an organisation ("云南网",
  "Discuz! Team", a domain) are refused as people; when no person is named, the
  organisation a declared author field, a JSON-LD author or that first byline
  credits (``newsclean.authors.organisation_name``) is proposed at
  ``SCORE_ORGANISATION``, which any person outranks; a news agency beside the
  people of a declared value ("X und Y, dpa") is kept.
* title: ``og:title``, ``twitter:title``, JSON-LD ``headline`` and ``<title>``,
  raw, at a low score (the ``title`` plugin proposes the cleaned title).
* source: ``<meta name=source>`` (Chinese portals' 来源).
* ``extra["site_name"]`` (``og:site_name`` or the JSON-LD publisher) and
  ``extra["modified"]`` (``dateModified``, ``article:modified_time``).

Scores follow "structured data > meta > visible lines": the line plugins
(timestamp, byline, source) propose between 2 and 6.

It runs in the tree stage (order 50) before any pruning, so that chrome
plugins removing a page header cannot take the declarations with them. A time
without a zone takes the offset the page's zone-aware declarations give for that
day (UTC ones are no evidence), else is read in ``Options.china_tz_hours`` on a
Chinese page (by the script of its title and first text), else in
``Options.default_tz_hours`` or its language's zone; else it stays naive.
Work is bounded: at most ``MAX_JSONLD_SCRIPTS`` scripts, ``MAX_JSONLD_CHARS``
characters of JSON in all, walked to ``MAX_JSON_NODES`` nodes; bad JSON is
skipped; the body's elements are searched (compiled XPath for attributes, one
lazy walk for class words) only when the head said too little.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from itertools import accumulate, islice
from typing import Any, Callable, Iterable, Iterator

from newsclean import Step, hookimpl
from lxml import etree

from newsclean.authors import (SCORE_ORGANISATION, appended_agencies, credited_organisation, cut_at_ender,
                               declared_case, labelled_author_metas, names_no_one, organisation_name,
                               profile_link_names,
                               publisher_names, tidy_name, uninvert)
from newsclean.dates import (PAGE_STAMPS, attach_zone, find_dates, is_plausible, parse_date, strip_dates,
                             propose_published, zone_for)
from newsclean.text import detect_language, has_cjk, normalize_space

# -- vocabulary -------------------------------------------------------------

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    "newsarticle article blogposting reportagenews analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle reviewnewsarticle askpublicnewsarticle liveblogposting "
    "socialmediaposting scholarlyarticle techarticle report discussionforumposting "
    "posting creativework medicalwebpage claimreview reportagenewsarticle".split())
#: Type endings that make any (also a site's own) type an article: "ReportageNewsArticle", "SomePosting".
ARTICLE_TYPE_ENDINGS = ("article", "posting")
#: Types read only when no article object gives the value.
PAGE_TYPES = frozenset("webpage itempage collectionpage aboutpage".split())
PERSON_TYPES = frozenset(("person",))
ORG_TYPES = frozenset("organization newsmediaorganization corporation ngo educationalorganization "
                      "governmentorganization brand website".split())

#: <meta> names / properties for the publication time, strongest first (score).
PUBLISHED_METAS: dict[str, float] = {
    "article:published_time": 8.0, "og:published_time": 8.0, "og:article:published_time": 8.0,
    "datepublished": 8.0, "article.published": 7.0, "published_time": 7.0, "publish_time": 7.0,
    "pubdate": 7.0, "publishdate": 7.0, "publish-date": 7.0, "publish_date": 7.0,
    "publication_date": 7.0, "citation_publication_date": 7.0, "citation_date": 6.5,
    "sailthru.date": 7.0, "parsely-pub-date": 7.0, "dc.date.issued": 7.0, "dcterms.issued": 7.0,
    "dc.date": 6.5, "dcterms.date": 6.5, "dcterms.created": 6.5, "date": 6.5, "originalpublicationdate": 7.0,
    "firstpublishedtime": 7.0, "releasedate": 6.5, "created": 6.0, "creationdate": 6.0,
    "weibo:article:create_at": 6.5, "og:release_date": 6.5, "bytedance:published_time": 7.0,
}
#: <meta> names for the last modification, in order of preference (a tuple: the first that reads wins,
#: the same on every run).
MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "lastmodified",
                  "last-modified", "dcterms.modified", "updated_time")
#: JSON-LD keys of an article's times, read for the page's own UTC offset.
STAMP_KEYS = ("datePublished", "dateCreated", "dateModified", "uploadDate")
#: Texts of a byline element read one by one when its whole text names no one (one name per element).
MAX_BYLINE_LEAVES = 12
#: <meta> names for the author.
AUTHOR_METAS: dict[str, float] = {
    "author": 6.0, "article:author": 6.0, "og:article:author": 6.0, "dc.creator": 6.0, "dcterms.creator": 6.0, "byl": 6.0,
    "sailthru.author": 6.0, "parsely-author": 6.0, "citation_author": 6.0, "byline": 5.5, "article_author": 5.5,
    "twitter:creator": 3.0,
}
TITLE_METAS: dict[str, float] = {"og:title": 1.2, "twitter:title": 1.1}
SOURCE_METAS = frozenset(("source", "og:source", "article:source", "mediaid"))
#: <meta> names declaring the page's language (after ``<html lang>``, which the loader reads).
LANGUAGE_METAS = ("og:locale", "content-language", "language", "dc.language", "dcterms.language", "inlanguage")
SITE_NAME_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")

#: Words in a class that make an element a byline (any case, any part: "authorText", "c-article-contributors").
AUTHOR_CLASS_WORDS = ("byline", "author", "autor", "writer", "reporter", "creator", "contributor")
#: ... unless the class also says it is a picture credit, a date or a biography.
NOT_AUTHOR_CLASS_WORDS = ("photo", "image", "img", "credit", "avatar", "bio", "date", "time", "follow", "more")
#: class/id tokens of elements holding the byline or the date.
AUTHOR_CLASS_TOKENS = ("byline", "author", "article-author", "author-name", "byline-name", "writer", "reporter")
DATE_CLASS_TOKENS = ("published", "pubdate", "pub-date", "publish-date", "publish-time", "pubtime", "post-date",
                     "entry-date", "article-date", "date-published", "time-published", "posted-on", "pub_time",
                     "publish_time", "post-time")
#: Words in the class of an element that shows the date (read from its text when nothing is declared).
DATE_CLASS_WORDS = ("date", "time", "datum", "publish", "meta", "byline", "fecha")
MAX_DATED_ELEMENT_CHARS = 160
SCORE_DATED_ELEMENT = 4.0
#: Texts looked at above and below the first <h1>, and how far into the page it may be.
HEADING_BEFORE, HEADING_AFTER, MAX_HEADING_TEXTS = 12, 30, 3000
SCORE_NEAR_HEADING = 3.5
#: Texts this long (characters) below the title are prose; the dateline search stops after
#: PROSE_PARAGRAPHS of them (a standfirst, then the body's first paragraph).
PROSE_CHARS, PROSE_PARAGRAPHS = 50, 2
#: Tokens that mark comment or related areas: their authors and dates are not the article's.
FOREIGN_TOKENS = ("comment", "reply", "related", "recommend", "sidebar", "footer", "popular", "trending")

#: Tokens of areas holding other stories' dates (teasers, lists, comments).
OTHER_STORY_TOKENS = ("comment", "reply", "related", "recommend", "popular", "trending", "teaser", "footer", "list",
                      "latest", "more-", "newest")
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

MAX_JSONLD_SCRIPTS = 12
MAX_JSONLD_CHARS = 200_000
MAX_JSON_NODES = 5_000
MAX_ELEMENT_HITS = 20
#: An author value longer than this is cut before it is read (no list of names is longer).
MAX_AUTHOR_VALUE_CHARS = 600
#: Repeated author metas read (Open Graph's article:author is an array: one per author).
MAX_AUTHOR_METAS = 6
MAX_HINTS = 400
#: Scores from the head that make looking through the body's elements needless.
ENOUGH_DATE, ENOUGH_AUTHOR = 7.0, 6.0
#: An author value that names the page's publisher (copyright holder, JSON-LD publisher): kept
#: only when nothing names a person.
SCORE_PUBLISHER_AUTHOR = 2.0
#: An author named by a "Written by" label/data meta pair: the blog account that posted, which a
#: byline on the page (4.5, 5.0) names better when there is one.
SCORE_LABELLED_META = 4.0
#: An author named only by a link to a profile page ("/author/jane-doe") under the title.
SCORE_PROFILE_LINK = 3.0

# Elements that may hold the date or the byline (XPath runs in C: cheaper than a Python walk
# for an attribute's presence or value; class words are looked for by _class_search below).
# (Written as "the elements owning such an attribute": the same elements in the same
# order as descendant::*[@itemprop] and kin, found faster by libxml2.)
_ITEMPROPS = etree.XPath("descendant::*/@itemprop/..")
_REL_AUTHOR = etree.XPath("descendant::a/@rel[. = 'author']/..")
# (compiled once: an element's .xpath() compiles its expression at every call)
_NAME_PROPS = etree.XPath(".//*[@itemprop='name']")
_IN_ADDRESS = etree.XPath("ancestor::*[local-name()='address']")
_AFTER_H1 = etree.XPath("boolean(preceding::*[local-name()='h1'])")
_HEADED_ARTICLE_ABOVE = etree.XPath("ancestor::*[local-name()='article'][1][descendant::*[local-name()='h1']]")


def _class_search(words: Iterable[str]) -> Callable[[Any], Iterator[Any]]:
    """A lazy query for the descendants (document order) whose class value holds one of ``words``.

    The same elements as ``descendant::*/@class[contains(., w1) or ...]/..``, found
    by a walk with a compiled pattern (libxml2 copies the attribute's value for
    every ``contains()``, which made the XPath cost twice the walk), and only as
    far as the caller reads: the first byline is usually near the top.
    """
    search = re.compile("|".join(re.escape(w) for w in words)).search

    def query(body: Any) -> Iterator[Any]:
        walk = body.iter()
        next(walk)  # the element itself is not its own descendant
        return (el for el in walk if (cls := el.get("class")) and search(cls))

    return query


# (each word without its first letter: "uthor" finds "author" and "Author")
_BYLINE_CLASSED = _class_search(w[1:] for w in AUTHOR_CLASS_WORDS)
_DATE_CLASSED = _class_search(DATE_CLASS_WORDS)


_UPDATED_BEFORE = re.compile(r"(?<![^\W\d_])(?:updated|aktualisiert|actualizado|aggiornato|atualizado|mis à jour|"
                             r"bijgewerkt|güncelleme|stand)(?![^\W\d_])", re.I)
_STAMP_LABEL = re.compile(r"(?<![^\W\d_])(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|"
                          r"pubblicato|gepubliceerd|publisert|publicerad|stand)(?![^\W\d_])", re.I)
_CODE_LIKE = re.compile(r"[{};=]")
_SOURCE_PREFIX = re.compile(r"^\s*(?:本文|文章|稿件)?(?:来源|稿源|出处|原创|source)(?:于|自)?\s*[:：]?\s*", re.I)

_ORG_RE = re.compile("|".join(
    re.escape(w) if not w.isalpha() or not w.isascii() else rf"\b{w}\b" for w in ORG_WORDS), re.I)
_BY_PREFIX = re.compile(r"^\s*(?:(?:[^\W\d_]{2,12}\s+)?(?:by|von|par|por|di|door|av|af|oleh)\s*[:：]?\s+"
                        r"|(?:autor|autorin|author|auteur|autore|penulis|text|texto|testo|tekst)\s*[:：]\s*"
                        r"|(?:作者|文)\s*[:：/|]\s*)", re.I)
_SPLIT_NAMES = re.compile(r"\s*(?:[,，、;；/|]|\band\b|(?-i:\b(?:und|et|y|e|i|en|og|och|ve|dan|mit|with|avec|con|com|met)\b)|\s&\s|和|与)\s*",
                          re.I)
_NAME_TOKEN = re.compile(r"^[\w\u00c0-\u024f\u3400-\u9fff·・.'’\- ]+$")


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("declared", read_declared, order=50, stage="tree", kind="",
                  input_kinds=("html",),
                  description="reads <meta>, JSON-LD, microdata and <time> before anything is pruned"))


# -- the step -----------------------------------------------------------------

def read_declared(doc: Any) -> None:
    """Propose title, published, authors and source from the page's declarations."""
    root = doc.tree
    if root is None:
        return
    meta_els, script_els = _meta_and_script_elements(root)
    metas = _metas(root, meta_els)
    jsonld = list(_jsonld_objects(root, script_els))
    articles = _article_objects(jsonld)  # (the objects most readers below look at, found once)
    site_name = _site_name(metas, articles)
    if site_name:
        doc.extra.setdefault("site_name", site_name)
    if not doc.lang_hint:
        doc.lang_hint = _declared_language(metas, articles)
    zone = _Zone(root, doc, _declared_stamps(metas, articles))

    _read_titles(doc, root, metas, articles)
    _read_published(doc, metas, articles, zone)
    offer = _author_offer(doc, site_name, publisher_names(metas, jsonld))
    _read_authors(metas, articles, offer)
    need_date = doc.meta.score("published") < ENOUGH_DATE
    need_author = doc.meta.score("authors") < ENOUGH_AUTHOR
    if need_date or need_author:  # what the head did not say, the body's elements may
        body = root.find("body")
        body = body if body is not None else root
        itemprops = _ITEMPROPS(body)[:MAX_HINTS]
        if need_date:
            _published_in_elements(doc, body, itemprops, zone)
        if need_author:
            _authors_in_elements(doc, body, itemprops, offer)
            if doc.meta.score("authors") <= SCORE_ORGANISATION:  # no person: a profile link under the title
                offer([n for n in profile_link_names(body, _not_foreign) if len(n.split()) >= 2 or not n.isascii()],
                      SCORE_PROFILE_LINK, [])  # (a link's address alone credits no organisation)
    for name in SOURCE_METAS:
        for value in metas.get(name, ()):
            value = _SOURCE_PREFIX.sub("", strip_dates(value)).strip(" :：-|")
            if 1 < len(value) <= 40 and not value.isdigit():
                doc.meta.propose("source", value, 6.0)
                break
    for name in MODIFIED_METAS:
        for value in _date_meta(metas, name):
            when = parse_date(value, tz_hours=None)
            if when is not None:
                doc.extra.setdefault("modified", zone.attach(when).isoformat())
                break


_UNSET = object()


class _Zone:
    """The zone for times that give none, worked out only when one is needed: the page's own
    offset of that day (from its zone-aware declarations), else :func:`zone_for` (which may
    know none: the time then stays naive)."""

    def __init__(self, root: Any, doc: Any, stamps: list[Any] = ()) -> None:  # type: ignore[assignment]
        self.root, self.doc = root, doc
        self.hours: Any = _UNSET
        self.lang: object = _UNSET
        self.stamps = list(stamps)
        doc.state[PAGE_STAMPS] = self.stamps  # (the time stamp lines read later use them too)

    def language(self) -> str | None:
        if self.lang is _UNSET:
            self.lang = _language(self.root, self.doc)
        return self.lang  # type: ignore[return-value]

    def attach(self, value: Any) -> Any:
        if value.tzinfo is not None:
            return value
        if self.hours is _UNSET:
            self.hours = zone_for(self.language(), self.doc.options)
        return attach_zone(value, self.hours, self.stamps)


def _declared_stamps(metas: dict[str, list[str]], articles: list[dict[str, Any]]) -> list[Any]:
    """The zone-aware times the page declares (publication and modification), for their offsets.

    ``articles``: the page's JSON-LD article objects (:func:`_article_objects`)."""
    values: list[Any] = [obj.get(k) for obj in articles for k in STAMP_KEYS]
    values += [v for key, alt in _DATE_META_KEYS if key in metas or alt in metas for v in _date_meta(metas, key)[:1]]
    out = []
    for v in values:
        if isinstance(v, str) and len(v) >= 16:  # (a time of day takes at least "2025-01-01T10:00")
            when = parse_date(v, tz_hours=None)
            if when is not None and when.tzinfo is not None:
                out.append(when)
    return out


# -- reading ------------------------------------------------------------------

def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _meta_and_script_elements(root: Any) -> tuple[list[Any], list[Any]]:
    """The ``<meta>`` and the ``<script>`` elements of the page, each in page order (one walk)."""
    metas: list[Any] = []
    scripts: list[Any] = []
    for el in root.iter("{*}meta", "{*}script"):  # "{*}x": x in any namespace or none
        tag = el.tag
        (metas if tag == "meta" or tag.endswith("}meta") else scripts).append(el)
    return metas, scripts


def _metas(root: Any, elements: list[Any] | None = None) -> dict[str, list[str]]:
    """name/property/itemprop (lower case) -> contents, in page order.

    ``elements``: the page's ``<meta>`` elements, when already found.
    """
    out: dict[str, list[str]] = {}
    for el in root.iter("meta", "{*}meta") if elements is None else elements:
        attrs = el.items()  # (one call for all of them: each el.get() costs as much)
        content = next((value for name, value in attrs if name == "content"), None)
        if content is None:
            continue
        content = normalize_space(content)
        if not content:
            continue
        for name, key in attrs:  # (a content under two keys goes to both lists: their order is no matter)
            if key and name in _META_KEY_ATTRS:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


#: The attributes of a <meta> that name its content.
_META_KEY_ATTRS = frozenset(("property", "name", "itemprop", "http-equiv"))


def _language(root: Any, doc: Any) -> str | None:
    """Script-based language of the title and h1, or of the first visible text when they say little."""
    head = normalize_space(" ".join((_text_of_first(root, "title"), _text_of_first(root, "h1"))))
    if sum(c.isalpha() for c in head) >= 6:
        return detect_language(head, doc.lang_hint)
    parts = [head]
    size = 0
    body = root.find("body")
    for t in (body if body is not None else root).itertext():
        if size > 3000:
            break
        if t.isspace() or len(_CODE_LIKE.findall(t)) > 2:
            continue  # script text, not prose
        parts.append(t)
        size += len(t)
    return detect_language(normalize_space(" ".join(parts)), doc.lang_hint)


def _declared_language(metas: dict[str, list[str]], articles: list[dict[str, Any]]) -> str | None:
    """The language the page declares in ``<meta>`` or JSON-LD ``inLanguage`` of its ``articles``
    (checked later against the text)."""
    for key in LANGUAGE_METAS:
        for v in metas.get(key, ()):
            if 2 <= len(v) <= 20:
                return v
    for obj in articles:
        v = obj.get("inLanguage")
        if isinstance(v, dict):
            v = v.get("alternateName") or v.get("name")
        if isinstance(v, str) and 2 <= len(v.strip()) <= 20:
            return v.strip()
    return None


def _text_of_first(root: Any, tag: str) -> str:
    for el in root.iter(tag, "{*}" + tag):
        return normalize_space("".join(el.itertext()))
    return ""


def _jsonld_objects(root: Any, scripts: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts (bounded, bad JSON skipped).

    ``scripts``: the page's ``<script>`` elements, when already found.
    """
    seen = 0
    budget = MAX_JSONLD_CHARS
    for el in root.iter("script", "{*}script") if scripts is None else scripts:
        if "ld+json" not in (el.get("type") or "").lower():
            continue
        seen += 1
        if seen > MAX_JSONLD_SCRIPTS:
            break
        text = (el.text or "").strip()
        if not text or len(text) > budget:
            continue
        budget -= len(text)
        data = _loads(text)
        if data is None:
            continue
        nodes = 0
        stack = [data]
        while stack and nodes < MAX_JSON_NODES:
            item = stack.pop()
            nodes += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                    sub = item.get(key)
                    if isinstance(sub, (list, dict)):
                        stack.append(sub)


_HTML_COMMENT_MARKS = re.compile(r"^\s*<!--|-->\s*$")


def _loads(text: str) -> Any:
    if "<!--" in text or "-->" in text:  # (the pattern runs over the whole text: only when it can match)
        text = _HTML_COMMENT_MARKS.sub("", text)
    text = text.strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    try:  # a common fault: trailing commas
        return json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _article_objects(jsonld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    arts = [o for o in jsonld if _types(o) & ARTICLE_TYPES or any(t.endswith(ARTICLE_TYPE_ENDINGS)
                                                                for t in _types(o))]
    return arts or [o for o in jsonld if _types(o) & PAGE_TYPES]


def _site_name(metas: dict[str, list[str]], articles: list[dict[str, Any]]) -> str | None:
    for key in SITE_NAME_METAS:
        for v in metas.get(key, ()):
            v = v.lstrip("@").strip()
            if 1 < len(v) <= 60:
                return v
    for obj in articles:
        pub = obj.get("publisher")
        if isinstance(pub, list) and pub:
            pub = pub[0]
        if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
            return normalize_space(pub["name"])[:60]
    return None


def _read_titles(doc: Any, root: Any, metas: dict[str, list[str]], articles: list[dict[str, Any]]) -> None:
    for obj in articles:
        head = obj.get("headline") or obj.get("name")
        if isinstance(head, str) and 2 <= len(head.strip()) <= 400:
            doc.meta.propose("title", normalize_space(head), 1.3)
            break
    for key, score in TITLE_METAS.items():
        for v in metas.get(key, ()):
            doc.meta.propose("title", v[:400], score)
            break
    t = _text_of_first(root, "title")
    if t:
        doc.meta.propose("title", t[:400], 1.0)


def _read_published(doc: Any, metas: dict[str, list[str]], articles: list[dict[str, Any]], zone: _Zone) -> None:
    """Publication time from JSON-LD (the page's ``articles``) and <meta>."""
    for obj in articles:
        _offer_date(doc, obj.get("datePublished") or obj.get("dateCreated") or obj.get("uploadDate"), 9.0, zone)
        if obj.get("dateModified"):
            when = parse_date(str(obj["dateModified"]), tz_hours=None)
            if when is not None:
                doc.extra.setdefault("modified", zone.attach(when).isoformat())
    for key, score in PUBLISHED_METAS.items():
        for v in _date_meta(metas, key):
            _offer_date(doc, v, score, zone)
            break


#: Every date <meta> name, with its spelling with colons (the names _date_meta reads), in order.
_DATE_META_KEYS = tuple((key, key.replace("_", ":")) for key in (*PUBLISHED_METAS, *MODIFIED_METAS))


def _date_meta(metas: dict[str, list[str]], key: str) -> list[str]:
    """The values of a date <meta>, also written with colons ("article:published:time")."""
    return metas.get(key) or (metas.get(key.replace("_", ":"), []) if "_" in key else [])


def _offer_date(doc: Any, value: Any, score: float, zone: _Zone) -> None:
    if not isinstance(value, str):
        return
    when = parse_date(value, tz_hours=None)
    if when is not None:
        when = zone.attach(when)
        if is_plausible(when):
            propose_published(doc.meta, when, score)


def _published_in_elements(doc: Any, body: Any, itemprops: list[Any], zone: _Zone) -> None:
    """Microdata on elements other than <meta>, then <time> elements."""
    for el in itemprops:
        if el.get("itemprop") == "datePublished" and _local(el.tag) != "meta":
            _offer_date(doc, el.get("datetime") or el.get("content") or normalize_space("".join(el.itertext())),
                        7.5, zone)
            return
    first_time: str | None = None
    for i, el in enumerate(body.iter("time", "{*}time")):
        if i >= MAX_HINTS:
            break
        value = el.get("datetime") or ""
        if not value and len(el) == 0:  # <time>3. Dezember 2026</time>: its text
            value = normalize_space(el.text or "")[:80]
        if not value or _in_foreign(el):
            continue
        tokens = _tokens_up(el, 3)
        if el.get("pubdate") is not None or any(t in tok for tok in tokens for t in DATE_CLASS_TOKENS):
            _offer_date(doc, value, 6.0, zone)
            return
        if first_time is None:
            first_time = value
    if first_time:
        _offer_date(doc, first_time, 4.5, zone)
        return
    _published_in_classed(doc, body, zone)


def _published_in_classed(doc: Any, body: Any, zone: _Zone) -> None:
    """The first short element whose class says date/time/meta and whose text holds a day: read
    here, in the tree stage, because page headers and meta bars holding it may be pruned as chrome."""
    lang = zone.language()
    day_first = None if (lang or "en").startswith("en") else True
    for el in islice(_DATE_CLASSED(body), MAX_ELEMENT_HITS * 5):
        if _local(el.tag) in ("script", "style", "a", "option", "noscript") or _in_other_story(el):
            continue
        tokens = (el.get("class") or "").lower()
        if not any(t in tokens for t in DATE_CLASS_WORDS):
            continue
        text = normalize_space(_head_text(el, 400))
        if not 6 <= len(text) <= MAX_DATED_ELEMENT_CHARS:
            continue
        found = [d for d in find_dates(text, limit=3, day_first=day_first) if d.has_day]
        if not found:
            continue
        pick = found[0]
        if len(found) > 1 and _UPDATED_BEFORE.search(text[: found[0].span[0]]):
            pick = found[1]  # "Aktualisiert 05.04. | Veröffentlicht 04.04.": the second is the publication
        when = zone.attach(pick.value)
        if is_plausible(when):
            propose_published(doc.meta, when, SCORE_DATED_ELEMENT)
        return
    _published_near_heading(doc, body, zone, day_first)


def _published_near_heading(doc: Any, body: Any, zone: _Zone, day_first: bool | None) -> None:
    """A short dated text next to the page's first ``<h1>`` (read before chrome can prune the page header):
    the closest one among the texts just above it and below it."""
    h1 = next(body.iter("h1", "{*}h1"), None)
    if h1 is None:
        return
    texts: list[str] = []
    at = -1
    for el in body.iter():
        if el is h1:
            at = len(texts)
        if not isinstance(el.tag, str) or _local(el.tag) in ("script", "style", "noscript", "option"):
            continue
        for t in (el.text, el.tail):
            if t and not t.isspace():
                texts.append(t)
        if at >= 0 and len(texts) > at + HEADING_AFTER:
            break
        if len(texts) > MAX_HEADING_TEXTS:
            return
    if at < 0:
        return
    end = min(len(texts), at + HEADING_AFTER)
    # Below the title, a dateline comes before the body (a standfirst may come first): past the
    # body's opening paragraphs, a dated text is a teaser or a list item of something else.
    prose = [k for k in range(at + 1, end) if len(texts[k]) >= PROSE_CHARS
             and len(normalize_space(texts[k])) >= PROSE_CHARS][:PROSE_PARAGRAPHS]
    if len(prose) == PROSE_PARAGRAPHS:
        end = prose[-1] + 1
    window = sorted(range(max(0, at - HEADING_BEFORE), end),
                    key=lambda k: (abs(k - at) if k >= at else 2 * (at - k)))  # below the title first
    for k in window:
        text = normalize_space(texts[k])
        if not 6 <= len(text) <= MAX_DATED_ELEMENT_CHARS // 2:
            continue
        found = [d for d in find_dates(text, limit=2, day_first=day_first) if d.has_day]
        if found:
            when = zone.attach(found[0].value)
            if is_plausible(when):
                propose_published(doc.meta, when, SCORE_NEAR_HEADING)
            return


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


def _read_authors(metas: dict[str, list[str]], articles: list[dict[str, Any]], offer: Any) -> None:
    """Authors from JSON-LD (the page's ``articles``) and <meta>."""
    for obj in articles:
        value = obj.get("author") or obj.get("creator")
        people = _jsonld_people(value)  # (a "Person" named "dpa" or "D.D." is credited too, as written)
        if offer(people, 9.0, _jsonld_people(value, ORG_TYPES) + people, typed=True, declared=True):
            break
    for key, score in AUTHOR_METAS.items():
        values = metas.get(key, ())
        declared = list(dict.fromkeys(declared_case(uninvert(v)) for v in values[:MAX_AUTHOR_METAS]))
        if declared and offer(_split(", ".join(declared)), score, declared, declared=True):  # (orgs: whole values)
            break
    for value in labelled_author_metas(metas)[:2]:  # "twitter:label1" = "Written by" -> "twitter:data1"
        if offer(_split(value), SCORE_LABELLED_META):
            break


def _authors_in_elements(doc: Any, body: Any, itemprops: list[Any], offer: Any) -> None:
    """Authors from microdata, rel=author links and byline classes, strongest first."""
    for el in itemprops:
        if el.get("itemprop") == "author" and _local(el.tag) != "meta" and not _in_foreign(el):
            name_el = _NAME_PROPS(el)
            text = (name_el[0].get("content") or "".join(name_el[0].itertext())) if name_el else "".join(el.itertext())
            if offer([normalize_space(text)], 7.5):
                return
    links = _rel_author_links(list(_limited(_REL_AUTHOR(body))))
    for el in links:  # with the links beside it: one byline naming several people
        names = [normalize_space("".join(x.itertext())) for x in links if x.getparent() is el.getparent()]
        if offer(names, 5.5):
            return
    if doc.meta.score("authors") >= 5.5:
        return
    found = islice(_BYLINE_CLASSED(body), MAX_ELEMENT_HITS * 5)  # read lazily: the walk stops at the byline
    nxt = next(found, None)
    while nxt is not None:
        el, nxt = nxt, next(found, None)
        if nxt is not None and _holds(el, nxt):
            continue  # the inner element says it better ("byline-section" around "author")
        cls = (el.get("class") or "").lower()
        if not any(w in cls for w in AUTHOR_CLASS_WORDS):
            continue
        if any(w in cls for w in NOT_AUTHOR_CLASS_WORDS) or _local(el.tag) in ("script", "style", "img"):
            continue
        text = normalize_space(_head_text(el, 200))
        if not 2 <= len(text) <= 120 or _in_other_story(el):
            continue
        text = _byline_head(text)
        parts = _split(text) if 2 <= len(text) <= 60 else []
        if parts and parts[0].isupper() and " " not in parts[0]:
            offer([], 0.0, [credited_organisation(parts[0]) or ""])
            return  # "PTI, Washington", "AFP, Manila": an agency and the dateline's place
        if parts and offer(parts, 4.5, [credited_organisation(p) or "" for p in parts[:1]]):
            return
        leaves = [normalize_space(t) for t in islice((t for t in el.itertext() if t.strip()), MAX_BYLINE_LEAVES)]
        leaves = [t for t in leaves if " " in t and t[:1].isupper()]  # (full names: "Von", "und", "投稿者" aside)
        if len(leaves) >= 2 and offer(leaves, 4.5, []):
            return  # "<span>A B</span><span>C D</span>": one name in each element, no separator between
        if len(text) >= 4:
            offer([], 0.0, [credited_organisation(text) or ""])
            return  # the first byline names no person ("PTI, Washington", "HNN Staff"): no author


def _rel_author_links(links: list[Any]) -> list[Any]:
    """rel=author links that may name the article's author, best first.

    A link in an ``<address>`` (the article's contact block) counts even inside an aside;
    other links in foreign areas do not. When the links name different people (the
    article's and teasers' authors), those after the page's first <h1> come first.
    """
    ok = [el for el in links if _IN_ADDRESS(el) or not _in_foreign(el)]
    if len({normalize_space("".join(el.itertext())) for el in ok}) < 2:
        return ok
    after = [el for el in ok if _AFTER_H1(el)]
    return after + [el for el in ok if el not in after]


def _head_text(el: Any, limit: int) -> str:
    """The first ``limit`` characters of an element's text, without joining all of it (a byline
    class on a page wrapper must not cost the whole page)."""
    parts: list[str] = []
    size = 0
    for t in el.itertext():
        parts.append(t)
        size += len(t)
        if size >= limit:
            break
    # texts of separate elements are separate words ("<span>By</span><a>Jane Doe</a>")
    return " ".join(parts)[:limit]


def _holds(outer: Any, inner: Any, depth: int = 6) -> bool:
    """``outer`` is an ancestor of ``inner`` (looked up ``depth`` levels)."""
    node = inner
    for _ in range(depth):
        node = node.getparent()
        if node is None:
            return False
        if node is outer:
            return True
    return False


def _byline_head(text: str) -> str:
    """The names part of a byline element's text: before its date or its "Published" label."""
    if any(c.isdigit() for c in text):
        dates = find_dates(text, limit=1)
        if dates:
            text = text[: dates[0].span[0]]
    text = _STAMP_LABEL.split(text, maxsplit=1)[0]
    text, labelled = _BY_PREFIX.subn("", strip_dates(text))
    text = cut_at_ender(text) if labelled else text  # "By X in Science on": the name comes first
    return text.strip(" |,·•-–")


def _jsonld_people(value: Any, kinds: frozenset[str] = frozenset()) -> list[str]:
    """Names of the authors in a JSON-LD value: people (and plain strings), or with ``kinds``
    only the authors of those types (``ORG_TYPES``: the organisations credited)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items[:10]:
        if isinstance(it, str):
            if not kinds:
                out.extend(_split(it))
        elif isinstance(it, dict):
            if bool(_types(it) & ORG_TYPES) != bool(kinds):
                continue
            name = it.get("name")
            if isinstance(name, str):
                out.append(name if kinds else _person_before_affiliation(name))
    return out


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


def _squash(value: str) -> str:
    return re.sub(r"[\s\W_]+", "", value.lower())


def _is_site(name: str, bad: list[str]) -> bool:
    n = _squash(name)
    return any(n == b or (len(n) >= 4 and n in b) for b in bad if b)


def _split(value: str) -> list[str]:
    """Names in an author value. Linear: the value is cut to MAX_AUTHOR_VALUE_CHARS first, and no
    pattern below has overlapping quantifiers (an alias is found with ``str.find``, not ``\\(.*\\)``)."""
    value = _BY_PREFIX.sub("", normalize_space(value[:MAX_AUTHOR_VALUE_CHARS]))
    if re.search(r"://|^www\.|^@", value):
        return []  # a profile address, not a name
    opening = value.find("(")
    if opening >= 0 and value.find(")", opening) > 0:  # "周思博 (Joel Spolsky)": a name with its alias
        return [value]
    return [p for p in _SPLIT_NAMES.split(value) if p]


def _clean_name(value: str) -> str | None:
    v = tidy_name(_BY_PREFIX.sub("", normalize_space(value)).strip(" ,;:|-–—·"))
    if v.endswith(ORG_ENDINGS_ZH):
        return None  # 新京报, 法新社, 某某台: a medium
    v = re.split(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])", v)[0]  # "Jane Doe. Example International" ("María R. X" stays)
    if not (2 <= len(v) <= 40) or _ORG_RE.search(v):
        return None
    if sum(c.isdigit() for c in v) > 2 or "_" in v:
        return None  # an account id, not a name
    if len(v.split()) > 5 or not _NAME_TOKEN.match(v.replace("(", "").replace(")", "")):
        return None
    if v.isascii() and not all(w[0].isupper() or w in NAME_PARTICLES for w in v.split()):
        return None  # Latin-script names are capitalised ("letture", "the editors" are not names)
    if all(w in NAME_PARTICLES for w in v.lower().split()):
        return None  # a byline's label alone ("von", "di"), no name
    if v.isupper() and " " not in v:
        return None  # "REUTERS", "DPA": an agency, not a person
    if names_no_one(v):
        return None  # "Nachrichten", "Online-Redaktion": a section's or a desk's word
    if " " not in v and v.endswith(".") and v.count(".") == 1:
        return None  # "Min.", "Str.": an abbreviated word ("D.D.", initials, stays)
    if has_cjk(v) and len(v.split()) > 2:
        return None  # "法新社 週一 下午": words of a stamp line, not a name
    return v


def _limited(items: Any) -> Iterator[Any]:
    for i, el in enumerate(items):
        if i >= MAX_ELEMENT_HITS:
            break
        yield el


def _tokens_up(el: Any, levels: int) -> list[str]:
    out: list[str] = []
    node = el
    for _ in range(levels):
        if node is None:
            break
        for attr in ("class", "id", "itemprop"):
            v = node.get(attr)
            if v:
                out.extend(v.lower().split())
        node = node.getparent()
    return out


def _in_other_story(el: Any) -> bool:
    """Inside a comment, a related or teaser list, a footer or a navigation (an article's own aside,
    which often holds its date and byline, is not excluded here)."""
    node = el
    for _ in range(8):
        node = node.getparent()
        if node is None or _local(node.tag) in ("body", "html"):
            return False  # the page's own classes ("no-footer-ad") say nothing of one element
        if _local(node.tag) == "nav" or _local(node.tag) == "footer" and not _footer_of_headed_article(node):
            return True
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if attrs and any(t in attrs for t in OTHER_STORY_TOKENS) and not (
                _local(node.tag) == "footer" and _footer_of_headed_article(node)):
            return True
    return False


def _footer_of_headed_article(footer: Any) -> bool:
    """A <footer> of an <article> that holds an <h1>: the article's own byline and date
    area ("who wrote it"), not a page footer or a teaser card's."""
    return bool(_HEADED_ARTICLE_ABOVE(footer))


#: Tokens of areas whose profile links are other people's (commenters, teasers' authors).
OTHER_PEOPLE_TOKENS = ("comment", "reply", "related", "recommend", "teaser", "popular", "trending", "sidebar")


def _not_foreign(el: Any) -> bool:
    """Not inside a comment, teaser, related or sidebar area, nor a <nav> or <aside> (8 levels up)."""
    for k, node in enumerate(el.iterancestors()):
        if k >= 8 or _local(node.tag) in ("body", "html"):
            return True
        if _local(node.tag) in ("nav", "aside"):
            return False
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if attrs and any(t in attrs for t in OTHER_PEOPLE_TOKENS):
            return False
    return True


def _in_foreign(el: Any) -> bool:
    """Inside a comment, related or sidebar area (looked up to 8 levels)."""
    node = el
    for _ in range(8):
        node = node.getparent()
        if node is None or _local(node.tag) in ("body", "html"):
            return False  # the page's own classes ("no-footer-ad") say nothing of one element
        if _local(node.tag) in ("aside", "footer", "nav"):
            return True
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if attrs and any(t in attrs for t in FOREIGN_TOKENS):
            return True
    return False
