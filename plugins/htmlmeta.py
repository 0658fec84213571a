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

This module reads the head (``<meta>``, ``<title>``) and runs the step; its readers
live in ``plugins/declared/``: ``jsonld`` (the JSON-LD objects), ``people`` (author
values as names), ``zone`` (the zone of times that give none), ``elements`` (the
body's microdata, ``<time>``, byline- and date-classed elements, the dateline).
"""
from __future__ import annotations

import re
from typing import Any

from newsclean import Step, hookimpl
from newsclean.authors import (SCORE_ORGANISATION, declared_case, is_agency, labelled_author_metas, profile_link_names,
                               publisher_names, title_site_name, uninvert)
from newsclean.dates import strip_dates
from newsclean.plugins.declared.elements import (AUTHOR_CLASS_WORDS, DATE_CLASS_QUERY_WORDS, DATE_CLASS_WORDS,
                                                 MAX_HINTS, _BYLINE_CLASSED, _DATE_CLASSED, ClassedElements, _ITEMPROPS,
                                                 _REL_AUTHOR, _authors_in_elements, _not_foreign,
                                                 _published_in_elements)
from newsclean.plugins.declared.jsonld import MAX_JSONLD_CHARS, ORG_TYPES, _article_objects, _jsonld_objects, _loads
from newsclean.plugins.declared.people import (MAX_AUTHOR_VALUE_CHARS, _author_offer, _clean_name, _jsonld_people,
                                               _person_before_affiliation, _split)
from newsclean.plugins.declared.head import META_KEY_ATTRS, HeadElements, head_elements
from newsclean.plugins.declared.thread import THREAD_PAGE_KEY, declared_thread
from newsclean.plugins.declared.zone import ParsedDates, _Zone, _offer_date
from newsclean.text import normalize_space

# (read by the tests and bench/meta_linear.py through this module too)
__all__ = ["AUTHOR_CLASS_WORDS", "DATE_CLASS_WORDS", "MAX_AUTHOR_VALUE_CHARS", "MAX_JSONLD_CHARS", "_BYLINE_CLASSED",
           "_DATE_CLASSED", "_ITEMPROPS", "_REL_AUTHOR", "_clean_name", "_loads", "_person_before_affiliation",
           "newsclean_register_steps", "read_declared"]

# -- vocabulary -------------------------------------------------------------


#: <meta> names / properties for the publication time, strongest first (score).
PUBLISHED_METAS: dict[str, float] = {
    "article:published_time": 8.0, "og:published_time": 8.0, "og:article:published_time": 8.0,
    "datepublished": 8.0, "article.published": 7.0, "published_time": 7.0, "publish_time": 7.0,
    "pubdate": 7.0, "publishdate": 7.0, "publish-date": 7.0, "publish_date": 7.0,
    "publication_date": 7.0, "citation_publication_date": 7.0, "citation_date": 6.5,
    "sailthru.date": 7.0, "parsely-pub-date": 7.0, "dc.date.issued": 7.0, "dcterms.issued": 7.0,
    "dc.date": 4.2, "dcterms.date": 4.2, "dcterms.created": 6.5, "date": 4.2, "originalpublicationdate": 7.0,
    "firstpublishedtime": 7.0, "releasedate": 6.5, "created": 6.0, "creationdate": 6.0,
    "weibo:article:create_at": 6.5, "og:release_date": 6.5, "bytedance:published_time": 7.0,
}
#: <meta> names for the last modification, in order of preference (a tuple: the first that reads wins,
#: the same on every run).
MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "lastmodified",
                  "last-modified", "dcterms.modified", "updated_time")
#: JSON-LD keys of an article's times, read for the page's own UTC offset.
STAMP_KEYS = ("datePublished", "dateCreated", "dateModified", "uploadDate")
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


#: Repeated author metas read (Open Graph's article:author is an array: one per author).
MAX_AUTHOR_METAS = 6
#: Scores from the head that make looking through the body's elements needless.
ENOUGH_DATE, ENOUGH_AUTHOR = 7.0, 6.0
#: An author named by a "Written by" label/data meta pair: the blog account that posted, which a
#: byline on the page (4.5, 5.0) names better when there is one.
SCORE_LABELLED_META = 4.0
#: An author named only by a link to a profile page ("/author/jane-doe") under the title.
SCORE_PROFILE_LINK = 3.0


_SOURCE_PREFIX = re.compile(r"^\s*(?:本文|文章|稿件)?(?:来源|稿源|出处|原创|source)(?:于|自)?\s*[:：]?\s*", re.I)


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
    head = head_elements(doc)  # (one walk for <meta>, <script>, <title>, <h1>: title:head reads it too)
    metas = head.keyed  # (the metas by name, read in the walk: _metas(root) gives the same)
    jsonld = list(_jsonld_objects(root, head.scripts))
    thread = declared_thread(root, jsonld)
    if thread:
        doc.state[THREAD_PAGE_KEY] = thread
    articles = _article_objects(jsonld)  # (the objects most readers below look at, found once)
    site_name = _site_name(metas, articles)
    if site_name:
        doc.extra.setdefault("site_name", site_name)
    if not doc.lang_hint:
        doc.lang_hint = _declared_language(metas, articles)
    parsed = ParsedDates()
    zone = _Zone(root, doc, _declared_stamps(metas, articles, parsed), head, parsed)

    _read_titles(doc, head, metas, articles)
    _read_published(doc, metas, articles, zone)
    publishers = publisher_names(metas, jsonld)
    title_site = title_site_name(head.title_text())  # ("Headline - Example Times": the publisher)
    if title_site:
        publishers.append(title_site)
    offer = _author_offer(doc, site_name, publishers)
    _read_authors(metas, articles, offer, jsonld)
    need_date = doc.meta.score("published") < ENOUGH_DATE
    need_author = doc.meta.score("authors") < ENOUGH_AUTHOR
    if (need_date or need_author) and not jsonld:  # JSON-LD in scripts without a type, read only then
        untyped = list(_jsonld_objects(root, head.scripts, untyped=True))
        if untyped:
            articles = _article_objects(untyped)
            _read_published(doc, metas, articles, zone)
            _read_authors(metas, articles, offer, untyped)
            need_date = doc.meta.score("published") < ENOUGH_DATE
            need_author = doc.meta.score("authors") < ENOUGH_AUTHOR
    if need_date or need_author:  # what the head did not say, the body's elements may
        body = next(root.iterchildren("body"), None)  # (as find("body"), without a path to parse)
        body = body if body is not None else root
        itemprops = _ITEMPROPS(body)[:MAX_HINTS]
        classed = ClassedElements(body)  # (read by the first class query that runs, for both)
        if need_date:
            _published_in_elements(doc, body, itemprops, zone, classed)
        if need_author:
            _authors_in_elements(doc, body, itemprops, offer, classed, zone.language)
            if doc.meta.score("authors") <= SCORE_ORGANISATION:  # no person: a profile link under the title
                offer([n for n in map(_person_before_affiliation, profile_link_names(body, _not_foreign))
                       if len(n.split()) >= 2 or not n.isascii()],
                      SCORE_PROFILE_LINK, [])  # (a link's address alone credits no organisation)
    for name in SOURCE_METAS:
        for value in metas.get(name, ()):
            value = _SOURCE_PREFIX.sub("", strip_dates(value)).strip(" :：-|")
            if 1 < len(value) <= 40 and not value.isdigit():
                doc.meta.propose("source", value, 6.0)
                break
    for name in MODIFIED_METAS:
        for value in _date_meta(metas, name):
            when = parsed.parse(value)
            if when is not None:
                doc.extra.setdefault("modified", zone.attach(when).isoformat())
                break


def _declared_stamps(metas: dict[str, list[str]], articles: list[dict[str, Any]],
                     parsed: ParsedDates | None = None) -> list[Any]:
    """The zone-aware times the page declares (publication and modification), for their offsets.

    ``articles``: the page's JSON-LD article objects (:func:`_article_objects`); ``parsed``:
    the page's values read so far (each value is read once)."""
    parsed = parsed if parsed is not None else ParsedDates()
    values: list[Any] = [obj.get(k) for obj in articles for k in STAMP_KEYS]
    values += [v for key, alt in _DATE_META_KEYS if key in metas or alt in metas for v in _date_meta(metas, key)[:1]]
    out = []
    for v in values:
        if isinstance(v, str) and len(v) >= 16:  # (a time of day takes at least "2025-01-01T10:00")
            when = parsed.parse(v)
            if when is not None and when.tzinfo is not None:
                out.append(when)
    return out


# -- reading ------------------------------------------------------------------


def _metas(root: Any, entries: list[tuple[Any, dict[str, str], str]] | None = None) -> dict[str, list[str]]:
    """name/property/itemprop/http-equiv (lower case) -> contents, in page order.

    ``entries``: the page's ``<meta>`` elements with their attributes and content
    (``HeadElements.metas``), when already read; one without content, or a blank
    one, is passed over.
    """
    out: dict[str, list[str]] = {}
    for _el, attrs, content in HeadElements(root).metas if entries is None else entries:
        if not content:
            continue
        for name, key in attrs.items():  # (a content under two keys goes to both lists: their order is no matter)
            if key and name in META_KEY_ATTRS:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


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


def _read_titles(doc: Any, elements: HeadElements, metas: dict[str, list[str]],
                 articles: list[dict[str, Any]]) -> None:
    for obj in articles:
        head = obj.get("headline") or obj.get("name")
        if isinstance(head, str) and 2 <= len(head.strip()) <= 400:
            doc.meta.propose("title", normalize_space(head), 1.3)
            break
    for key, score in TITLE_METAS.items():
        for v in metas.get(key, ()):
            doc.meta.propose("title", v[:400], score)
            break
    t = elements.title_text()
    if t:
        doc.meta.propose("title", t[:400], 1.0)


def _read_published(doc: Any, metas: dict[str, list[str]], articles: list[dict[str, Any]], zone: _Zone) -> None:
    """Publication time from JSON-LD (the page's ``articles``) and <meta>."""
    for obj in articles:
        _offer_date(doc, obj.get("datePublished") or obj.get("dateCreated") or obj.get("uploadDate"), 9.0, zone)
        if obj.get("dateModified"):
            when = zone.parsed.parse(str(obj["dateModified"]))
            if when is not None:
                doc.extra.setdefault("modified", zone.attach(when).isoformat())
    for key, alt, score in _PUBLISHED_KEYS:
        values = metas.get(key) or (metas.get(alt) if alt else None)
        if values:  # (the first value: the same as _date_meta(metas, key)[:1])
            _offer_date(doc, values[0], score, zone)
    if doc.meta.score("published") < SCORE_OTHER_PUBLISHED_META:
        # a publication meta under a name of the site's own ("published", "w-published-date"): the first
        for key in list(metas)[:MAX_OTHER_METAS]:
            if key not in _KNOWN_DATE_METAS and _other_published_meta(key):
                _offer_date(doc, metas[key][0], SCORE_OTHER_PUBLISHED_META, zone)
                if doc.meta.score("published") >= SCORE_OTHER_PUBLISHED_META:
                    break


#: A <meta> name that says the publication time in its own words: its letters end with one of these
#: ("published", "w-published-date", "article_publish_date") ...
OTHER_PUBLISHED_META_ENDINGS = ("published", "publisheddate", "publishdate", "publishedtime", "publishtime",
                                "publishedat", "publicationdate", "datepublished", "pubdate")
#: ... and hold none of these (a modification, an expiry, an embargo; an update's "last published").
NOT_PUBLISHED_META_WORDS = ("modif", "updat", "last", "expir", "embargo", "end", "unpublish", "revis")
#: Its score: below every named publication meta and a stamp line right under the title; above other stamps.
SCORE_OTHER_PUBLISHED_META = 5.0
#: At most this many <meta> names are looked at for one.
MAX_OTHER_METAS = 200
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _other_published_meta(key: str) -> bool:
    """Whether the <meta> name ``key`` (lower case) names the publication time in its own words."""
    letters = _NOT_LETTERS.sub("", key)
    return letters.endswith(OTHER_PUBLISHED_META_ENDINGS) and not any(w in letters for w in NOT_PUBLISHED_META_WORDS)


#: Every date <meta> name, with its spelling with colons (the names _date_meta reads), in order.
_DATE_META_KEYS = tuple((key, key.replace("_", ":")) for key in (*PUBLISHED_METAS, *MODIFIED_METAS))

#: The date <meta> names read above by name (the others' first look skips them).
_KNOWN_DATE_METAS = frozenset(k for pair in _DATE_META_KEYS for k in pair)

#: The publication metas with their spelling with colons ("" when the same) and score, in order.
_PUBLISHED_KEYS = tuple((key, key.replace("_", ":") if "_" in key else "", score)
                        for key, score in PUBLISHED_METAS.items())


def _date_meta(metas: dict[str, list[str]], key: str) -> list[str]:
    """The values of a date <meta>, also written with colons ("article:published:time")."""
    return metas.get(key) or (metas.get(key.replace("_", ":"), []) if "_" in key else [])


def _has_reference(value: Any) -> bool:
    """Whether a JSON-LD author value holds an object given only by its ``@id``."""
    items = value if isinstance(value, list) else [value]
    return any(isinstance(it, dict) and "name" not in it and "@id" in it for it in items[:10])


def _read_authors(metas: dict[str, list[str]], articles: list[dict[str, Any]], offer: Any,
                  jsonld: "list[dict[str, Any]] | None" = None) -> None:
    """Authors from JSON-LD (the page's ``articles``; ``jsonld``: all its objects, for authors given
    by ``@id``) and <meta>."""
    named: "dict[str, dict[str, Any]] | None" = None
    for obj in articles:
        value = obj.get("author") or obj.get("creator")
        if named is None and jsonld and _has_reference(value):
            named = {o["@id"]: o for o in jsonld if isinstance(o.get("@id"), str) and "name" in o}
        people = _jsonld_people(value, named=named)  # (a "Person" named "dpa" or "D.D." is credited too, as written)
        orgs = _jsonld_people(value, ORG_TYPES, named)
        # (a news agency among the people's organisations is credited beside them, as in "Jane Doe, SDA")
        beside = [o for o in orgs if o not in people and is_agency(o)] if people else []
        if offer(people + beside, 9.0, orgs + people, typed=True, declared=True):
            break
    for key, score in AUTHOR_METAS.items():
        values = metas.get(key)
        if not values:
            continue
        declared = list(dict.fromkeys(declared_case(uninvert(v)) for v in values[:MAX_AUTHOR_METAS]))
        if declared and offer(_split(", ".join(declared)), score, declared, declared=True):  # (orgs: whole values)
            break
    for value in labelled_author_metas(metas)[:2]:  # "twitter:label1" = "Written by" -> "twitter:data1"
        if offer(_split(value), SCORE_LABELLED_META):
            break


