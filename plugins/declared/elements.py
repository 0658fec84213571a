"""Dates and authors from the body's elements, read when the head said too little: microdata,
``<time>``, ``rel=author`` links, the first byline- or date-classed element, a dateline next to the
first ``<h1>``; areas holding other stories (comments, teasers, footers) are passed over."""
from __future__ import annotations

import re
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from lxml import etree

from newsclean.authors import _ROLE_WORDS, LANGUAGE_DEPENDENT_JOINERS, NAME_PARTICLES, beside_teaser_link, credited_organisation, cut_at_ender, in_teaser_card, \
    job_title, strip_role
from newsclean.blocks import element_text
from newsclean.dates import SHOWN_DAYS, as_url_reads, date_in_url, day_first_for, find_dates, is_plausible, month_language, \
    propose_published, strip_dates
from newsclean.plugins.declared.people import _BY_PREFIX, CO_CREDIT, _split
from newsclean.plugins.declared.zone import _Zone, _local, _offer_date
from newsclean.plugins.vocab.credits import SOURCE_LABELS
from newsclean.text import normalize_space

#: Texts of a byline element read one by one when its whole text names no one (one name per element).
MAX_BYLINE_LEAVES = 12

#: Parts of a class token (split at "-" and "_", any case) of an element hidden from sight, whose text a byline
#: element's reading skips: a screen-reader copy or a place set beside the name for readers of the page's
#: code ("<span class=hidden-content> Madrid</span>", "sr-only", "visually-hidden", "screen-reader-text").
HIDDEN_CLASS_PARTS = frozenset(("hidden", "invisible", "offscreen", "sronly", "visuallyhidden", "screenreader"))
#: Whole class tokens of the same ("sr-only" is read as the parts "sr" and "only").
HIDDEN_CLASS_TOKENS = frozenset(("sr-only", "sr_only", "visually-hidden", "screen-reader-text", "screen-reader-only",
                                 "a11y-hidden", "element-invisible"))
#: Parts of such a token that make it a layout's choice for one screen size ("hidden-xs", "lg:hidden"): the
#: element is shown on other screens, its text stays.
SCREEN_SIZE_PARTS = frozenset(("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "desktop", "tablet", "print", "small",
                               "large", "medium"))

#: Words in a class that make an element a byline (any case, any part: "authorText", "c-article-contributors").
AUTHOR_CLASS_WORDS = ("byline", "author", "autor", "writer", "reporter", "creator", "contributor",
                      # ... in other languages' words: fr/nl, da/no, sv, tr, hu (unaccented), sl
                      "auteur", "forfatter", "skribent", "yazar", "szerzo", "avtor")

#: ... unless the class also says it is a picture credit, a date, a biography or a menu's item (or the
#: element sits in a picture's <figure>).
NOT_AUTHOR_CLASS_WORDS = ("photo", "image", "img", "credit", "avatar", "bio", "date", "time", "follow", "more",
                          "menu")

#: ... except these, with an author word: the byline's element holding its date too ("publish-date-author").
DATED_BYLINE_WORDS = ("date", "time")

#: class/id tokens of elements holding the byline or the date.
AUTHOR_CLASS_TOKENS = ("byline", "author", "article-author", "author-name", "byline-name", "writer", "reporter")

DATE_CLASS_TOKENS = ("published", "pubdate", "pub-date", "publish-date", "publish-time", "pubtime", "post-date",
                     "entry-date", "article-date", "date-published", "time-published", "posted-on", "pub_time",
                     "publish_time", "post-time")

#: Microdata types of the items a page holds besides its own (a reader's comment, an answer to the question, a
#: review): a ``datePublished`` whose nearest ``itemscope`` is one of them dates that item, not the page.
OTHER_ITEM_TYPES = frozenset(("Comment", "Answer", "Review", "UserComments", "DiscussionForumPosting"))

#: Words in the class of an element that shows the date (read from its text when nothing is declared).
DATE_CLASS_WORDS = ("date", "time", "datum", "publish", "meta", "byline", "fecha")

#: ... looked for only when none of those gave a date: the words capitalised ("itemPostDate",
#: "articleTime"), and classes of blog engines' date lines ("publication", "posted-on", Drupal's "submitted").
DATE_CLASS_MORE_WORDS = ("publication", "posted", "submitted")

MAX_DATED_ELEMENT_CHARS = 160

SCORE_DATED_ELEMENT = 4.0

#: ... when the element sits in a page header or another story's card (an ancestor ``<header>``, ``<article>``
#: or one whose class or id says header/topbar/masthead) that holds no title heading while the page's
#: ``<h1>`` is elsewhere, or in a link inside a list item (a list of other stories): a site header's date line is today's date, a card's is its own story's. Still
#: read when nothing else dates the page, but below any visible stamp of the article.
SCORE_DATED_ELEMENT_APART = 2.9

#: Class/id words of a page's header bands.
PAGE_HEADER_WORDS = ("header", "topbar", "masthead")

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

#: Class/id words of a post's own footer (its date, author and tags), not a page footer; a headline's
#: footer ("headline__footer") holds the story's byline and stamp under its title.
ENTRY_FOOTER_TOKENS = ("entry-footer", "post-footer", "article-footer", "asset-footer", "story-footer",
                       "entry-meta", "post-meta", "postmetadata", "headline__footer", "headline-footer")

MAX_ELEMENT_HITS = 20

MAX_HINTS = 400

# Elements that may hold the date or the byline (XPath runs in C: cheaper than a Python walk
# for an attribute's presence or value; class words are looked for by _class_search below).
# (Written as "the elements owning such an attribute": the same elements in the same
# order as descendant::*[@itemprop] and kin, found faster by libxml2.)
_ITEMPROPS = etree.XPath("descendant::*/@itemprop/..")

_REL_AUTHOR = etree.XPath("descendant::a/@rel[. = 'author']/..")

# (compiled once: an element's .xpath() compiles its expression at every call)
_NAME_PROPS = etree.XPath(".//*[@itemprop='name']")

_IN_ADDRESS = etree.XPath("ancestor::*[local-name()='address']")

_IN_FIGURE = etree.XPath("boolean(ancestor::*[local-name()='figcaption' or local-name()='figure'])")

_AFTER_H1 = etree.XPath("boolean(preceding::*[local-name()='h1'])")

_HEADED_ARTICLE_ABOVE = etree.XPath("ancestor::*[local-name()='article'][1][descendant::*[local-name()='h1']]")

#: The class values of an element's descendants, in document order, as plain strings (no
#: element proxies: one XPath in C; each element has one class attribute at most, so the
#: i-th value is the i-th classed descendant's).
_CLASS_VALUES = etree.XPath("descendant::*/@class", smart_strings=False)

#: All classed descendants (a proxy each): read once a query has looked up this many elements.
MAX_CLASSED_LOOKUPS = 8
#: A classed descendant at most this many places after one found already is walked to from it
#: (a byline's parts, a date beside it: the places a query reads mostly lie close together), over
#: at most WALK_ON_ELEMENTS elements (a few proxies instead of a lookup, which walks the page).
WALK_ON_PLACES = 16
WALK_ON_ELEMENTS = 64


class ClassedElements:
    """An element's class values, read (at the first query) once for every class query on it.

    A query finds its words in all the values joined into one text (``str.find``,
    in C); an element is looked up only for a value that holds one, by its
    place among the classed descendants (``descendant::*[@class][n]``), or
    from the list of them all once ``MAX_CLASSED_LOOKUPS`` were looked up. A
    place a few after one found already is reached by walking on from that
    element in document order (see ``WALK_ON_PLACES``), not by a lookup.
    """

    __slots__ = ("root", "values", "joined", "_found", "_all", "_lookups")

    def __init__(self, root: Any) -> None:
        self.root = root
        self.values: list[str] | None = None
        self.joined = ""
        self._found: dict[int, Any] = {}
        self._all: list[Any] | None = None
        self._lookups = 0  # (places looked up by a query, not walked to)

    def read(self) -> None:
        if self.values is None:
            self.values = values = _CLASS_VALUES(self.root)
            # (joined by NUL, which no value read from libxml2 holds: a value's place is the
            # number of NULs before it, and no word, holding none, matches across two values)
            self.joined = "\0".join(values)

    def holding(self, words: tuple[str, ...]) -> list[int]:
        """The places (among the classed descendants) of the values holding one of ``words``, in order."""
        self.read()
        joined = self.joined
        found: set[int] = set()
        for w in words:
            at = joined.find(w)
            i = counted = 0  # i: the NULs in joined[:counted]
            while at >= 0:
                i += joined.count("\0", counted, at)
                counted = at
                found.add(i)
                end = joined.find("\0", at)
                if end < 0:
                    break
                at = joined.find(w, end + 1)  # (the next value: one place each)
        return sorted(found)

    def element(self, i: int) -> Any:
        """The i-th classed descendant (from 0)."""
        if self._all is not None:
            return self._all[i]
        got = self._found.get(i)
        if got is None:
            got = self._walk_on(i)
            if got is None:
                if self._lookups >= MAX_CLASSED_LOOKUPS:
                    self._all = _CLASSED(self.root)
                    return self._all[i]
                self._lookups += 1
                got = _classed_at(i + 1)(self.root)[0]
            self._found[i] = got
        return got

    def _walk_on(self, i: int) -> Any:
        """The i-th classed descendant, reached from the nearest one before it found already, in
        document order (pre-order, as the descendant axis), or None when none was found within
        ``WALK_ON_PLACES`` places before it or ``WALK_ON_ELEMENTS`` elements do not reach it."""
        before = max((k for k in self._found if k < i), default=-1)
        if before < 0 or i - before > WALK_ON_PLACES:
            return None
        el, root, left = self._found[before], self.root, i - before
        for _ in range(WALK_ON_ELEMENTS):
            if len(el):
                el = el[0]  # (its first child, a comment or element)
            else:
                while (nxt := el.getnext()) is None:  # (the next sibling of it or of an ancestor)
                    el = el.getparent()
                    if el is None or el is root:
                        return None
                el = nxt
            if isinstance(el.tag, str) and el.get("class") is not None:
                left -= 1
                if not left:
                    return el
        return None


_CLASSED = etree.XPath("descendant::*/@class/..")
_CLASSED_AT: dict[int, Any] = {}

#: Up to this position, the n-th classed descendant is found by walking to it (``[@class][n]``:
#: libxml2 stops there, but tests each element's class on the way, about three times the cost of
#: reading one class value); further on, by taking the n-th of all class attributes
#: (``(descendant::*/@class)[n]/..``: one walk without tests, the same cost wherever it is).
NEAR_CLASSED = 72


def _classed_at(n: int) -> Any:
    """The compiled query for the n-th classed descendant (a literal position, which libxml2
    reads as an index: no test of ``position()`` on each element)."""
    got = _CLASSED_AT.get(n)
    if got is None:
        got = etree.XPath(f"descendant::*[@class][{n}]" if n <= NEAR_CLASSED else f"(descendant::*/@class)[{n}]/..")
        if len(_CLASSED_AT) < 1024:
            _CLASSED_AT[n] = got
    return got


def _class_search(words: Iterable[str]) -> Callable[..., Iterator[Any]]:
    """A lazy query for the descendants (document order) whose class value holds one of ``words``.

    The same elements as ``descendant::*/@class[contains(., w1) or ...]/..``
    (libxml2 copies the attribute's value for every ``contains()``, which made
    that XPath cost twice a walk, and a walk makes a proxy of every element and
    reads its class): see :class:`ClassedElements`. ``classed``: the
    ClassedElements of ``body``, when another query may read them too.
    """
    words = tuple(words)

    def query(body: Any, classed: ClassedElements | None = None) -> Iterator[Any]:
        classed = classed if classed is not None else ClassedElements(body)
        return (classed.element(i) for i in classed.holding(words))

    return query

# (each word without its first letter: "uthor" finds "author" and "Author")
_BYLINE_CLASSED = _class_search(w[1:] for w in AUTHOR_CLASS_WORDS)

_DATE_CLASSED = _class_search(DATE_CLASS_WORDS)

#: The words of the second look (the class is then tested in lower case).
DATE_CLASS_QUERY_WORDS = tuple(w.capitalize() for w in DATE_CLASS_WORDS) + DATE_CLASS_MORE_WORDS + tuple(
    w.capitalize() for w in DATE_CLASS_MORE_WORDS)

_DATE_CLASSED_MORE = _class_search(DATE_CLASS_QUERY_WORDS)

_DATE_CLASS_TEST = DATE_CLASS_WORDS + DATE_CLASS_MORE_WORDS

_UPDATED_BEFORE = re.compile(r"(?<![^\W\d_])(?:updated|aktualisiert|actualizado|aggiornato|atualizado|mis à jour|"
                             r"bijgewerkt|güncelleme|stand)(?![^\W\d_])", re.I)

_STAMP_LABEL = re.compile(r"(?<![^\W\d_])(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|"
                          r"pubblicato|gepubliceerd|publisert|publicerad|stand)(?![^\W\d_])", re.I)

def _published_in_elements(doc: Any, body: Any, itemprops: list[Any], zone: _Zone,
                           classed: ClassedElements | None = None) -> None:
    """Microdata on elements other than <meta>, then <time> elements (``classed``: see _class_search)."""
    for el in itemprops:
        if el.get("itemprop") == "datePublished" and _local(el.tag) != "meta" and not _of_other_item(el):
            if el.get("datetime"):
                _shown_day(doc, el, el.get("datetime"), zone)
            _offer_date(doc, el.get("datetime") or el.get("content") or _abbr_title(el)
                        or _stamp_text(el), 7.5, zone)  # ("<span>25.04.2023</span><span>14:26</span>": two words)
            return
    first_time: str | None = None
    for i, el in enumerate(body.iter("time", "{*}time")):
        if i >= MAX_HINTS:
            break
        value = el.get("datetime") or ""
        if not value:  # <time>3. Dezember 2026</time>: its text (a line break inside it too)
            value = _TEXT_MARK + normalize_space((el.text or "") if len(el) == 0 else _time_text(el))[:80]
        if not value or value == _TEXT_MARK or _in_foreign(el) or _of_other_item(el):
            continue
        tokens = _tokens_up(el, 3)
        if el.get("pubdate") is not None or any(t in tok for tok in tokens for t in DATE_CLASS_TOKENS):
            _shown_day(doc, el, value, zone)
            _offer_time_value(doc, value, 6.0, zone)
            return
        if first_time is None:
            first_time = value
            _shown_day(doc, el, value, zone)
    if first_time and (_offer_time_value(doc, first_time, 4.5, zone) or not first_time.startswith(_TEXT_MARK)):
        return
    _published_in_classed(doc, body, zone, classed)  # (also when the first <time>'s text read as no date)

#: Elements a ``<time>``'s text may hold besides its words (a line break, a span around the hour).
TIME_TEXT_CHILDREN = ("br", "wbr", "span", "small", "b", "strong", "em", "i", "sup")


def _time_text(el: Any) -> str:
    """The text of a ``<time>`` holding child elements: its words when every child is inline
    (``30. Juni 2025, <br> 15:59 Uhr``), else nothing (a wrapper is no time)."""
    if len(el) > 8 or any(not isinstance(c.tag, str) or _local(c.tag) not in TIME_TEXT_CHILDREN or len(c)
                          for c in el):
        return ""
    return _date_reading(el, " ".join(el.itertext()))  # ("April 25, 2023</span><span>2:26 PM"; "3<sup>rd</sup>")


#: Headings: a date-classed element holding one is a wrapper (its meta line is looked at next).
_HEADINGS = ("h1", "h2", "h3", "{*}h1", "{*}h2", "{*}h3")

_TEXT_MARK = "\x00"  # (before a <time>'s text, read as the page writes dates, not as a machine value)


#: The properties by which the page's own item is given (an item under one of them is the page's).
MAIN_ITEM_PROPS = ("mainEntity", "mainEntityOfPage")
#: How far up the nearest ``itemscope`` of an element is looked for.
ITEMSCOPE_LEVELS = 30


def _of_other_item(el: Any) -> bool:
    """Whether ``el``'s nearest ``itemscope`` ancestor (its microdata item) is of ``OTHER_ITEM_TYPES`` and a part
    of another item (a property of it, not its ``mainEntity``, or inside it): a comment's or an answer's own date
    ("<div itemprop=comment itemscope itemtype=…/Comment> … <time itemprop=datePublished>"). A review that is
    the page's own item (no item around it) is the page."""
    node = el.getparent()
    for _ in range(ITEMSCOPE_LEVELS):
        if node is None:
            return False
        if node.get("itemscope") is not None:
            types = (node.get("itemtype") or "").split()
            if not any(t.rstrip("/").rsplit("/", 1)[-1] in OTHER_ITEM_TYPES for t in types):
                return False
            if (node.get("itemprop") or "mainEntity") not in MAIN_ITEM_PROPS:
                return True
            return any(up.get("itemscope") is not None for up in islice(node.iterancestors(), ITEMSCOPE_LEVELS))
        node = node.getparent()
    return False


def _shown_day(doc: Any, el: Any, value: str, zone: _Zone) -> None:
    """Keep (``SHOWN_DAYS``) the day a ``<time>`` with a ``datetime`` shows in its own text when that text is
    a date alone ("26/12/2019"): the day the page's readers saw for the declared moment, which a UTC time
    written on the language zone's clock must not leave."""
    if value.startswith(_TEXT_MARK) or len(el):
        return
    text = normalize_space(el.text or "")
    if not text or len(text) > 40:
        return
    lang = zone.language()
    found = find_dates(text, limit=2, day_first=day_first_for(lang, doc.lang_hint, doc.url),
                       language=month_language(lang))
    if len(found) == 1 and found[0].has_day and not found[0].has_time:
        doc.state.setdefault(SHOWN_DAYS, []).append(found[0].value.date())


def _offer_time_value(doc: Any, value: str, score: float, zone: _Zone) -> bool:
    """A ``<time>``'s datetime value, or its text (marked): a text is read day first unless the
    page is English ("10/07/2026" on a Spanish page is 10 July), a numeric one as the address's
    date settles it. False when it reads as no date."""
    if not value.startswith(_TEXT_MARK):
        return _offer_date(doc, value, score, zone)
    text = value[1:]
    lang = zone.language()
    found = [d for d in find_dates(text, limit=1, day_first=day_first_for(lang, doc.lang_hint, doc.url),
                                   language=month_language(lang)) if d.has_day]
    if not found:
        return _offer_date(doc, text, score, zone)  # (what find_dates does not read: "Mon, 06 Jan 2026 ...")
    pick = as_url_reads(found[0], text, date_in_url(doc.url))
    when = zone.attach(pick.value)
    if is_plausible(when):
        propose_published(doc.meta, when, score)
    return True


def _abbr_title(el: Any) -> str:
    """The machine-readable date of a microformat ``<abbr title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>``
    (the title attribute of an ``<abbr>`` holding an ISO date), else ""."""
    if _local(el.tag) != "abbr":
        return ""
    title = el.get("title") or ""
    return title if _ISO_START.match(title) else ""


_ISO_START = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d")


def _published_in_classed(doc: Any, body: Any, zone: _Zone, classed: ClassedElements | None = None) -> None:
    """The first short element whose class says date/time/meta and whose text holds a day: read
    here, in the tree stage, because page headers and meta bars holding it may be pruned as chrome."""
    lang = zone.language()
    day_first = day_first_for(lang, doc.lang_hint, doc.url)
    months = month_language(lang)
    classed = classed if classed is not None else ClassedElements(body)
    seen: set[Any] = set()
    apart = False  # a date apart from the title was proposed (below any other)
    for query in (_DATE_CLASSED, _DATE_CLASSED_MORE):  # (the second only when the first gave no date)
        for el in islice(query(body, classed), MAX_ELEMENT_HITS * 5):
            if el in seen:
                continue
            seen.add(el)
            if _local(el.tag) in ("script", "style", "a", "option", "noscript") or _in_other_story(el):
                continue
            tokens = (el.get("class") or "").lower()
            if not any(t in tokens for t in _DATE_CLASS_TEST):
                continue
            text = normalize_space(_abbr_title(el) or _date_text(el, 400))
            if not 6 <= len(text) <= MAX_DATED_ELEMENT_CHARS:
                continue
            if next(el.iterdescendants(*_HEADINGS), None) is not None:
                continue  # a wrapper around the title and its meta line: a date in the title names an event
            found = [d for d in find_dates(text, limit=3, day_first=day_first, short_alone=True, language=months)
                     if d.has_day]
            if not found:
                continue
            pick = found[0]
            if len(found) > 1 and _UPDATED_BEFORE.search(text[: found[0].span[0]]):
                pick = found[1]  # "Aktualisiert 05.04. | Veröffentlicht 04.04.": the second is the publication
            when = zone.attach(pick.value)
            if not is_plausible(when):
                return
            if not _apart_from_title(el, body):
                propose_published(doc.meta, when, SCORE_DATED_ELEMENT)
                return
            if not apart:  # (a header band's date of today: the article's own dated element may follow)
                propose_published(doc.meta, when, SCORE_DATED_ELEMENT_APART)
                apart = True
    _published_near_heading(doc, body, zone, day_first)

def _apart_from_title(el: Any, body: Any) -> bool:
    """``el`` sits in a header band or an ``<article>`` card holding no title heading, and no such band
    around it holds one (a post's header holding its title and, in a band of its own, its meta line),
    or in a link inside a list item, while the page has an ``<h1>`` (see SCORE_DATED_ELEMENT_APART)."""
    apart = False
    linked = False
    for node in islice(el.iterancestors(), 16):
        name = _local(node.tag)
        if name in ("body", "html"):
            break
        if name == "a":
            linked = True
        elif name == "li" and linked:
            apart = True  # in a linked item of a list: another story's teaser
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if name in ("header", "article") or any(w in attrs for w in PAGE_HEADER_WORDS):
            if any(not _blank(h) for h in node.iterdescendants(*_HEADINGS)):
                return False  # the article's own header (its title, its date line; an empty heading is no title)
            apart = True
    return apart and next(body.iter("h1", "{*}h1"), None) is not None


def _blank(el: Any) -> bool:
    """Whether element ``el`` holds no text (an empty heading: a logo's or an icon's slot)."""
    return not "".join(el.itertext()).strip()


def _published_near_heading(doc: Any, body: Any, zone: _Zone, day_first: bool | None) -> None:
    """A short dated text next to the page's first ``<h1>`` (read before chrome can prune the page header):
    the closest one among the texts just above it and below it."""
    h1 = next(body.iter("h1", "{*}h1"), None)
    if h1 is None:
        return
    texts: list[str] = []
    owners: list[Any] = []  # the element each text sits in
    at = -1
    for el in body.iter():
        if el is h1:
            at = len(texts)
        if not isinstance(el.tag, str) or _local(el.tag) in ("script", "style", "noscript", "option"):
            continue
        for t, owner in ((el.text, el), (el.tail, el.getparent())):
            if t and not t.isspace():
                texts.append(t)
                owners.append(owner)
        if at >= 0 and len(texts) > at + HEADING_AFTER:
            break
        if len(texts) > MAX_HEADING_TEXTS:
            return
    if at < 0:
        return
    end = min(len(texts), at + HEADING_AFTER)
    months = month_language(zone.language())
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
        found = [d for d in find_dates(text, limit=2, day_first=day_first, short_alone=True, language=months)
                 if d.has_day]
        if found:
            when = zone.attach(found[0].value)
            if k < at and owners[k] is not None and _apart_from_title(owners[k], body):
                if is_plausible(when):  # a header band's date of today above the title: below any other
                    propose_published(doc.meta, when, SCORE_DATED_ELEMENT_APART)
                continue
            if is_plausible(when):
                propose_published(doc.meta, when, SCORE_NEAR_HEADING)
            return

def _authors_in_elements(doc: Any, body: Any, itemprops: list[Any], offer: Any,
                         classed: ClassedElements | None = None, language: Any = None) -> None:
    """Authors from microdata, rel=author links and byline classes, strongest first (``classed``:
    see _class_search; ``language``: a call giving the page's language, see _marked_bylines)."""
    for el in itemprops:
        if el.get("itemprop") == "author" and _local(el.tag) != "meta" and not _in_foreign(el):
            name_el = _NAME_PROPS(el)
            text = (name_el[0].get("content") or element_text(name_el[0])) if name_el else element_text(el)
            if offer([normalize_space(text)], 7.5):
                return
    links = _rel_author_links(list(_limited(_REL_AUTHOR(body))))
    for el in links:  # with the links beside it: one byline naming several people
        group = [x for x in links if x.getparent() is el.getparent()]
        box = el.getparent()
        for _ in range(SIBLING_LEVELS + 1):  # each link in its own wrapper: the box that holds them all
            if len(group) > 1 or box is None:
                break
            box = box.getparent()
            if box is None or _local(box.tag) in ("body", "html"):
                break
            group = [x for x in links if _holds(box, x)] or group
        names = list(dict.fromkeys(element_text(x) for x in group))
        if offer(names, 5.5):
            return
    if doc.meta.score("authors") >= 5.5:
        return
    # an element whose id is the byline's name ("<span id=authors>"): above any class hit (the
    # first of which may be a picture's credit or a teaser's author)
    title = doc.meta.get("title")
    title = title if isinstance(title, str) else None
    if _marked_bylines(islice(_byline_id_elements(body), MAX_ELEMENT_HITS), offer, "id", language, title):
        return
    found = islice(_BYLINE_CLASSED(body, classed), MAX_ELEMENT_HITS * 5)  # read lazily: stops at the byline
    if _marked_bylines(found, offer, "class", language, title) or doc.meta.score("authors") > 0:
        return
    # no byline class at all: a byline marked by a test or component attribute
    # ("data-testid=byline-contributors", "data-component=byline-block"; not ids: on many pages
    # an id holds "author" and reading them all costs a walk of the page)
    marks = "\0".join(_MARK_VALUES(body)).lower()  # (a first look, in C: most pages mark none)
    if any(w in marks for w in AUTHOR_CLASS_WORDS):
        _marked_bylines(islice(_BYLINE_MARKED(body), MAX_ELEMENT_HITS), offer, None, language, title)

#: Words of a job title that open no name ("Senior Writer", "Deputy Head of News" beside the name in
#: a byline box); shorter ones ("de", "en") are particles of names too.
_LEAF_ROLE_WORDS = frozenset(w for w in _ROLE_WORDS if len(w) >= 4)

#: A source label opening a byline element's text ("Quelle: dpa", "Source: Reuters"; plugins/vocab/credits.py).
_SOURCE_OPENER = re.compile(r"^(?:" + "|".join(sorted({re.escape(w) for ws in SOURCE_LABELS.values() for w in ws},
                                                       key=len, reverse=True)) + r")\s*[:：]\s*", re.I)

#: Attributes other than the class that mark an element as a byline (read only when no class does).
BYLINE_MARK_ATTRIBUTES = ("data-testid", "data-component", "data-ui-testid", "data-qa", "data-test", "data-cy")

#: Words of such a mark that make the element no byline (an author's profile box under the article).
NOT_BYLINE_MARK_WORDS = NOT_AUTHOR_CLASS_WORDS + ("profile", "about", "card")

#: Whole id values that name an element as the article's byline (an id is one element's own:
#: "authors", not "author-box" or "comment-author", which name boxes and comment forms' fields).
BYLINE_IDS = ("byline", "bylines", "author", "authors", "article-author", "article-authors", "article-byline",
              "story-byline", "post-author")

_BYLINE_ID_SET = frozenset(BYLINE_IDS)
_WITH_ID = etree.XPath("descendant::*[@id]")
_ID_VALUES = etree.XPath("descendant::*/@id", smart_strings=False)


def _byline_id_elements(body: Any) -> Iterator[Any]:
    """The elements under ``body`` whose whole id (case and ``_``/``-`` folded) is one of ``BYLINE_IDS``,
    in document order: one XPath for the elements that have an id, the whole test in Python (a
    ``translate`` per word and element cost 3 ms a page; the parser keeps no table of ids to look up).
    The id values are read first (strings, in C: no element object made, a predicate-free path; about
    half the cost): the elements are looked up only on a page where one of them passes the same test."""
    if not any(v.lower().replace("_", "-") in _BYLINE_ID_SET for v in _ID_VALUES(body)):
        return
    for el in _WITH_ID(body):
        if el.get("id", "").lower().replace("_", "-") in _BYLINE_ID_SET:
            yield el


_MARK_VALUES = etree.XPath("|".join(f"descendant::*/@{a}" for a in BYLINE_MARK_ATTRIBUTES), smart_strings=False)

_BYLINE_MARKED = etree.XPath("descendant::*[" + " or ".join(
    f"contains(translate(@{a}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')"
    for a in BYLINE_MARK_ATTRIBUTES for w in AUTHOR_CLASS_WORDS) + "]")


def _marking(el: Any, attr: "str | None") -> str:
    """The lower-cased value of the attribute that marked ``el`` (``None``: the first of
    BYLINE_MARK_ATTRIBUTES that holds a byline word)."""
    if attr is not None:
        return (el.get(attr) or "").lower()
    for a in BYLINE_MARK_ATTRIBUTES:
        value = (el.get(a) or "").lower()
        if any(w in value for w in AUTHOR_CLASS_WORDS):
            return value
    return ""


#: The words making an element no byline, but those a byline's element holding its date may hold too
#: (DATED_BYLINE_WORDS), by the attribute read (the class; another mark).
_NOT_AUTHOR_UNDATED = tuple(w for w in NOT_AUTHOR_CLASS_WORDS if w not in DATED_BYLINE_WORDS)
_NOT_MARK_UNDATED = tuple(w for w in NOT_BYLINE_MARK_WORDS if w not in DATED_BYLINE_WORDS)


def _marked_bylines(found: Any, offer: Any, attr: "str | None", language: Any = None, title: "str | None" = None) -> bool:
    """Offer the names of the first byline among ``found`` (elements marked by ``attr``, see
    _marking); True when an element was read as the byline (people or an organisation offered).
    ``language``: a call giving the page's language, made for a byline holding a word that joins
    names in some languages only ("Jan de Vries en Piet Jansen", Slovene "X in Y"). ``title``: the page's,
    told from the heading of a teaser card beside which a byline sits (see beside_teaser_link)."""
    nxt = next(found, None)
    while nxt is not None:
        el, nxt = nxt, next(found, None)
        if nxt is not None and _holds(el, nxt) and not _name_around_nothing(el, nxt):
            continue  # the inner element says it better ("byline-section" around "author")
        cls = _marking(el, attr)
        if not any(w in cls for w in AUTHOR_CLASS_WORDS):
            continue
        if any(w in cls for w in (_NOT_AUTHOR_UNDATED if attr == "class" else _NOT_MARK_UNDATED)) \
                or _local(el.tag) in ("script", "style", "img"):
            continue
        if _IN_FIGURE(el):
            continue  # an "author" in a picture's caption: the photographer's credit
        text = normalize_space(_head_text(el, 200, shown=True))
        if not 2 <= len(text) <= 120 or _in_other_story(el) or in_teaser_card(el.iterancestors(), len(text)) \
                or beside_teaser_link(el, len(text), title):
            continue
        lang = language() if language is not None and _LANGUAGE_DEPENDENT.search(text) else None
        text = _byline_head(_without_title_leaf(el, text), lang)
        source = _SOURCE_OPENER.match(text)
        if source:  # "Quelle: sid/dpa" in the byline's place: the agencies credited, no person
            offer([], 0.0, [credited_organisation(p) or "" for p in _split(text[source.end():])])
            return True
        parts = _split(text, lang) if 2 <= len(text) <= 60 else []
        if len(parts) > 1 and "|" in text:
            parts = _set_apart(el, parts)  # ("<b>Jane Doe</b> | Springfield": the name and a place)
        if parts and parts[0].isupper() and " " not in parts[0]:
            offer([], 0.0, [credited_organisation(parts[0]) or ""])
            return True  # "PTI, Washington", "AFP, Manila": an agency and the dateline's place
        if len(parts) == 1 and attr == "class":
            parts += [n for n in _sibling_names(el) if n not in parts]  # one element per author
        if parts and offer(parts, 4.5, [credited_organisation(p) or "" for p in parts[:1]],
                              declared=CO_CREDIT.search(text) is None):
            return True
        leaves = [normalize_space(t) for t in islice((t for t in _shown_texts(el) if t.strip()), MAX_BYLINE_LEAVES)]
        leaves = [t for t in leaves if " " in t and t[:1].isupper()]  # (full names: "Von", "und", "投稿者" aside)
        titled = len(leaves)
        leaves = [t for t in leaves if t.split()[0].lower() not in _LEAF_ROLE_WORDS]  # (no job title: "Deputy Desk Head")
        titled -= len(leaves)  # (one name and its job title: the name)
        # (not a reading tool's line in the same box: "Chcete-li článek poslouchat,")
        if (len(leaves) >= 2 or (leaves and titled)) and offer([t for t in leaves if _no_lower_word(t)], 4.5, []):
            return True  # "<span>A B</span><span>C D</span>": one name in each element, no separator between
        if len(text) >= 4:
            offer([], 0.0, [credited_organisation(text) or ""])
            return True  # the first byline names no person ("PTI, Washington", "HNN Staff"): no author
    return False


#: Elements of a byline looked through for the names it sets apart (see _set_apart).
MAX_SET_APART_LOOKED = 40


def _without_title_leaf(el: Any, text: str) -> str:
    """A byline element's text without the job title in an element of its own after the name
    ("<a>Jane Doe</a><span>Travel News Reporter</span>": "Jane Doe"); else ``text``."""
    if len(el) == 0:
        return text  # (no child element: the text says it in one piece)
    leaves = [normalize_space(t) for t in islice((t for t in _shown_texts(el) if t.strip()), MAX_BYLINE_LEAVES)]
    if len(leaves) >= 2 and job_title(leaves[-1]) and text.endswith(leaves[-1]):
        return text[: len(text) - len(leaves[-1])].rstrip(" ,|·•-–")
    return text


def _set_apart(el: Any, parts: list[str]) -> list[str]:
    """The names among the parts of a byline element whose fields a "|" separates: when the first part is
    an element's whole text (the name set apart: "<strong>Jane Doe</strong> | Springfield | 08/01/2014"),
    the parts that are no element's whole text are the line's other fields (a place, a desk), not
    co-authors; else all parts ("<a>Jane Doe</a> | <a>John Roe</a>" keeps both)."""
    whole = {normalize_space("".join(d.itertext())) for d in islice(el.iterdescendants(), MAX_SET_APART_LOOKED)}
    if parts[0] not in whole:
        return parts
    return [p for p in parts if p in whole]


def _no_lower_word(text: str) -> bool:
    """No word of ``text`` but a name's particle ("van", "de") opens in lower case, after a byline's
    opener ("Posted by Jane Doe,"): it may be a name."""
    return not any(w[:1].islower() and w not in NAME_PARTICLES for w in _BY_PREFIX.sub("", text).split())


#: Wrappers climbed from a byline element to the box that holds its co-authors' elements, and the
#: co-authors read there.
SIBLING_LEVELS, MAX_SIBLING_NAMES = 2, 6
SIBLING_OTHER_CHARS = 40  # an author's wrapper holds at most this much text besides the name (a job title)


def _sibling_names(el: Any) -> list[str]:
    """The names in the elements of the same tag and class as ``el`` in its byline box (one
    element per author: "<span class=author>A</span><span class=author>B</span>"): ``el``'s
    parent, or the wrapper up to SIBLING_LEVELS levels above it when it wraps ``el`` alone, or
    with what goes with one author only (an avatar, a job title: see _one_authors)."""
    cls = el.get("class")
    box = el.getparent()
    if not cls or box is None:
        return []
    for _ in range(SIBLING_LEVELS):
        up = box.getparent()
        # (a link around the name and its avatar is one author's: each author has his own)
        if (len(box) != 1 and _local(box.tag) != "a" and not _one_authors(box, el, cls)) or up is None \
                or _local(up.tag) in ("body", "html"):
            break
        box = up
    names: list[str] = []
    for x in box.iter(el.tag):
        if x is el or x.get("class") != cls:
            continue
        text = strip_role(_byline_head(_without_title_leaf(x, normalize_space(_head_text(x, 200, shown=True)))))
        # ("A B – Journalist i Paris")
        parts = _split(text) if 2 <= len(text) <= 60 else []
        if len(parts) == 1:
            names.append(parts[0])
        if len(names) >= MAX_SIBLING_NAMES:
            break
    return names


def _one_authors(box: Any, el: Any, cls: str) -> bool:
    """Whether ``box`` holds what goes with one author's name ``el`` only: no other element of its tag and
    class ``cls``, and little text besides the name's (a job title; not a teaser's headline)."""
    if any(x is not el and x.get("class") == cls for x in box.iter(el.tag)):
        return False
    return len("".join(box.itertext()).strip()) - len("".join(el.itertext()).strip()) <= SIBLING_OTHER_CHARS


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

_CLASS_PARTS = re.compile(r"[-_:]+")
# (every word of HIDDEN_CLASS_PARTS and HIDDEN_CLASS_TOKENS holds one of these: "offscreen" holds "screen")
_HIDDEN_FIRST_LOOK = ("hid", "sr", "invisible", "screen")
#: An element's text read past the limit of its characters is at most this much past it (its last text whole).
MAX_TEXT_TAIL_CHARS = 60


def _hidden_by_class(el: Any) -> bool:
    """Whether ``el``'s class hides it from sight on every screen (HIDDEN_CLASS_TOKENS, HIDDEN_CLASS_PARTS)."""
    cls = (el.get("class") or "").lower()
    if not any(w in cls for w in _HIDDEN_FIRST_LOOK):
        return False  # (a first look: most classes hold none of the words)
    for tok in cls.split():
        if tok in HIDDEN_CLASS_TOKENS:
            return True
        parts = [p for p in _CLASS_PARTS.split(tok) if p]
        if not HIDDEN_CLASS_PARTS.isdisjoint(parts + ["".join(parts)]) and SCREEN_SIZE_PARTS.isdisjoint(parts):
            return True
    return False


def _shown_texts(el: Any) -> Iterator[str]:
    """The texts of ``el`` as ``itertext`` gives them, lazily, without those of its descendants hidden by their
    class (:func:`_hidden_by_class`): "Jane Doe<span class=hidden-content> Madrid</span>" is "Jane Doe"."""
    if isinstance(el.tag, str) and el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and not _hidden_by_class(child):
            yield from _shown_texts(child)
        if child.tail:
            yield child.tail


def _head_text(el: Any, limit: int, shown: bool = False) -> str:
    """The first ``limit`` characters of an element's text (its last text whole, when it ends soon after), without
    joining all of it (a byline class on a page wrapper must not cost the whole page); ``shown``: without its hidden parts (a byline's,
    see _shown_texts; a date's hidden copy may be the one that is no relative time)."""
    parts: list[str] = []
    size = 0
    for t in (_shown_texts(el) if shown else el.itertext()):
        parts.append(t)
        size += len(t)
        if size >= limit:
            break
    # texts of separate elements are separate words ("<span>By</span><a>Jane Doe</a>")
    text = " ".join(parts)
    if len(text) > limit and parts and len(text) - limit <= MAX_TEXT_TAIL_CHARS:
        return text  # (the text the limit falls in is read whole: markup's indentation made a name "Connect T")
    return text[:limit]

def _date_text(el: Any, limit: int) -> str:
    """A date element's text: read as the block walk reads it (:func:`element_text`: "March 3<sup>rd</sup>"
    is one word, a script gives none) when the whole of it is shorter than ``limit``, else its head."""
    size = 0
    for t in el.itertext():
        size += len(t)
        if size >= limit:
            return _head_text(el, limit)
    return _date_reading(el, _head_text(el, limit))


#: Descendants of a date's element looked at for an empty divider (:func:`_stamp_text`).
MAX_STAMP_ELEMENTS = 40

#: Elements that hold no text and still separate a date's words when empty (a line break reads as a space anyway).
_NO_DIVIDER_TAGS = ("br", "wbr")


def _date_reading(el: Any, spaced: str) -> str:
    """``el``'s text as :func:`_stamp_text` reads it, or ``spaced`` (its pieces joined by spaces) when only that one
    reads as a date: a link the style sets apart ("8.<a>Dezember 2010</a>") is a word of its own to the date."""
    walked = _stamp_text(el)
    spaced = normalize_space(spaced)
    if walked == spaced or _reads_day(walked) or not _reads_day(spaced):
        return walked
    return spaced


def _reads_day(text: str) -> bool:
    """Whether ``text`` holds a date to the day (among its first two dates)."""
    return any(d.has_day for d in find_dates(text, limit=2))


def _stamp_text(el: Any) -> str:
    """A date's element's text read as the block walk reads it (:func:`element_text`), but its pieces joined by
    spaces when an empty element stands among them: a divider the style draws ("2023<span class=divider>
    </span>2:23 PM", an icon) parts two words the walk would glue."""
    for d in islice(el.iterdescendants(), MAX_STAMP_ELEMENTS):
        if isinstance(d.tag, str) and not len(d) and not (d.text or "").strip() and _local(d.tag) not in _NO_DIVIDER_TAGS:
            return normalize_space(" ".join(el.itertext()))
    return element_text(el)


def _name_around_nothing(outer: Any, inner: Any) -> bool:
    """``outer`` holds one text alone, a full name's shape (two words, or not in Latin letters), and
    ``inner`` none (an underline or an icon inside the name's element): the inner element says
    nothing, the outer one says the name (not a social link's label beside its icon: "Twitter")."""
    if any(not t.isspace() for t in inner.itertext()):
        return False
    texts = list(islice((t for t in outer.itertext() if not t.isspace()), 2))
    return len(texts) == 1 and (" " in texts[0].strip() or not texts[0].isascii())

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

#: A word joining names in some languages only (authors.LANGUAGE_DEPENDENT_JOINERS): the page's language is asked.
_LANGUAGE_DEPENDENT = re.compile(r"\s(?:" + "|".join(sorted(LANGUAGE_DEPENDENT_JOINERS)) + r")\s")

def _byline_head(text: str, language: "str | None" = None) -> str:
    """The names part of a byline element's text: before its date or its "Published" label, without
    an e-mail address (``language``: the page's, see cut_at_ender)."""
    if "@" in text:  # an e-mail address after the name ("Jane Doe jane@example.com"): a word "@" and "." hold
        text = " ".join(w for w in text.split() if "@" not in w or "." not in w[w.index("@"):])
    after_date = False
    if any(c.isdigit() for c in text):
        dates = find_dates(text, limit=2)
        if dates:  # (a date first, "Dec. 19, 2025 · Jane Doe on behalf of …": the name after the last date)
            after_date = not text[: dates[0].span[0]].strip(" |,·•-–")
            text = text[dates[-1].span[1]:].lstrip(" |,·•-–") if after_date else text[: dates[0].span[0]]
    text = _STAMP_LABEL.split(text, maxsplit=1)[0]
    text, labelled = _BY_PREFIX.subn("", strip_dates(text))
    text = cut_at_ender(text, language) if labelled or after_date else text  # "By X in Science on": the name first
    return text.strip(" |,·•-–")

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
        if "commentary" in attrs:  # an opinion piece's own class, not a comment area
            attrs = attrs.replace("commentary", "")
        if attrs and any(t in attrs for t in OTHER_STORY_TOKENS) and not (
                _local(node.tag) == "footer" and _footer_of_headed_article(node)):
            if "footer" in attrs and any(t in attrs for t in ENTRY_FOOTER_TOKENS) and not any(
                    t in attrs for t in OTHER_STORY_TOKENS if t != "footer"):
                continue  # a post's own footer ("entry-footer"): its date and byline
            return True
    return False

def _footer_of_headed_article(footer: Any) -> bool:
    """A <footer> of an <article> that holds an <h1>: the article's own byline and date
    area ("who wrote it"), not a page footer or a teaser card's."""
    return bool(_HEADED_ARTICLE_ABOVE(footer))

#: Tokens of areas whose profile links are other people's (commenters, teasers' authors).
OTHER_PEOPLE_TOKENS = ("comment", "reply", "related", "recommend", "teaser", "popular", "trending", "sidebar")

#: An <aside> inside an <article> holding at most this many characters is the article's own author box.
AUTHOR_BOX_CHARS = 300

_IN_ARTICLE = etree.XPath("boolean(ancestor::*[local-name()='article'])")


def _not_foreign(el: Any) -> bool:
    """Not inside a comment, teaser, related or sidebar area, nor a <nav> or <aside> (8 levels up); an
    article's own short <aside> (its author box: "Von Jane Doe, Korrespondentin") is no sidebar."""
    for k, node in enumerate(el.iterancestors()):
        if k >= 8 or _local(node.tag) in ("body", "html"):
            return True
        if _local(node.tag) == "nav":
            return False
        if _local(node.tag) == "aside" and not (_IN_ARTICLE(node) and len(_head_text(node, AUTHOR_BOX_CHARS + 1))
                                                 <= AUTHOR_BOX_CHARS):
            return False
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if attrs and any(t in attrs for t in OTHER_PEOPLE_TOKENS):
            return False
    return True

def _in_foreign(el: Any) -> bool:
    """Inside a comment, related or sidebar area, or a quoted or embedded post (looked up to 8 levels); an
    ``<aside>`` of an ``<article>`` holding an ``<h1>`` is the article's own (its author and date column)."""
    node = el
    for _ in range(8):
        node = node.getparent()
        if node is None or _local(node.tag) in ("body", "html"):
            return False  # the page's own classes ("no-footer-ad") say nothing of one element
        if _local(node.tag) in ("aside", "footer", "nav", "blockquote") and not (
                _local(node.tag) == "aside" and _footer_of_headed_article(node)):
            return True  # (a blockquote: a quoted or embedded post, dated and signed by its own author)
        attrs = " ".join(filter(None, (node.get("class"), node.get("id")))).lower()
        if attrs and any(t in attrs for t in FOREIGN_TOKENS):
            return True  # (an <aside> of the article holding its title, its meta column, unless so classed)
    return False
