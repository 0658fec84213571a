"""Hidden elements and page chrome, pruned from the tree before blocks exist.

Two tree steps:

* ``hidden`` (order 100): subtrees a reader never sees: the ``hidden``
  attribute, ``aria-hidden="true"``, inline ``display:none`` /
  ``visibility:hidden``, and screen-reader-only or hidden utility classes.
* ``chrome`` (order 150): navigation, page headers and footers, sidebars,
  comment sections, cookie/login/newsletter boxes and pagination, recognised
  by their element (``nav``, ``aside``, ``footer``, page-level ``header``) or
  by class/id/role tokens (``main-nav``, ``breadcrumbs``, ``site-footer``,
  ``comment-list`` ...).

Both are guarded: an element that holds a large share of the page's prose
(text outside links) is never pruned, because many pages wrap the article in
``<header>``/``<main>`` or give its wrappers classes such as ``has-sidebar``
or ``with-comments``. Such an element is only looked into; chrome inside it
is still pruned. Every pruned subtree is recorded with its text, a reason
naming the evidence and the page region it came from.

Class/id evidence is a *signal*, not always a deletion: an element that holds
the first paragraph under the page's title, or is an alike sibling (same tag
and class) of one that does, is left in the page however its classes read
(live tickers and forum posts in comment classes, blog themes in widget
classes, stories in pagination wrappers). So are the protected wrappers
above. Each such element becomes a :class:`ChromeSignal` in
``doc.state[SIGNALS]``; the ``content`` locator weighs it (its weight, its
position) and records the outcome, which ``newsclean explain`` shows.
Page-builder layout classes (``elementor-widget``, ``et_pb_column``,
``vc_column`` ...) are no region evidence at all; nor are paywall wrappers
(the article behind a paywall is the article), BEM-like tokens whose last
element names a layout's content slot (``sidebar-grid__content``,
``layout__main``), layouts named after their sidebar (``sidebar-grid``) and the
article's own widgets (``article-widget``). A hidden element is kept when it is
a folded "read more" part of the article (long prose, few links, big beside the
visible prose, not a copy of text shown elsewhere) or paywalled text, and when
it is a panel of a tab set or an accordion (``role="tabpanel"``, a panel class
token, ``<details>`` content, or an id a tab or collapse control names) whose
text is prose in few links, not a copy of shown text (:meth:`_Guard.keeps_panel`);
the document notes each such decision. A thread page (its comment sections hold most of its prose and
the paragraph under the title, if any, is inside them: a forum topic, a discussion) keeps its posts as
signals (:func:`_thread_regions`); an id made from the element's own heading (a docs section's
``id="respond-to-review-comments"``) names no region; a sidebar, header or footer plainly named still
never goes when it holds most of the page's prose (``STRONG_SIDE_REGIONS``); React's streamed parts
(``<div hidden id="S:1">``) of prose are read where the page's scripts put them. Counting is linear
(:class:`newsclean.density.SubtreeCounts`), however deeply wrappers nest.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import chain
from typing import Any

import lxml.etree as etree

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element, drop_keep_tail, permalink_marks  # noqa: F401 - chrome.drop_keep_tail
from newsclean.density import SubtreeCounts, is_link, nonspace_len
from newsclean.locator import SECOND_LOOK_KEY, SIGNALS_KEY
from newsclean.plugins.declared.thread import FORUM_PAGE_TYPE, THREAD_PAGE_KEY
from newsclean.plugins.declared.threadshape import (
    author_class, board_parents, board_shape, thread_shape)
from newsclean.plugins.regions import (  # noqa: F401 - the vocabulary, read as chrome.X too
    ARTICLE_OWNER_PARTS, CALLOUT_PARTS, CHROME_ROLES, CHROME_TAGS, CONTENT_PARTS, CONTENT_SLOT_PARTS, GENERIC_PARTS,
    GLUED_STEMS, HEADING_TAGS, HIDDEN_TOKENS, INLINE_TAGS, LAYOUT_PARTS, NOT_CHROME, OWNED_REGION_PARTS,
    PANEL_CONTROL_ROLES, PANEL_OWNER_PARTS, PANEL_PARTS, PANEL_ROLES, PANEL_TOGGLES, PANEL_TOKENS, PAYWALL_PARTS,
    PAYWALL_STEMS, REGION_PARTS, SECTION_PROSE_CHARS, SLOT_KEEPS_REGION, SLUG_ID_TAGS, STRONG_TAGS, WEAK_PARTS,
    _CACHE_MAX, _PART_TO_REGION, _SPLIT, _VALUE_CACHE, _hidden_class, chrome_evidence, hidden_evidence, is_callout,
    NOTE_BODY_PARTS, NOTE_STEMS, _CLASS_CACHE, note_class, panel_class, region_of_class, region_of_value)
from newsclean.plugins.regions import COLUMN_TWINS, LAYOUT_PHRASES, _parts  # noqa: F401 - read as chrome.X too
from newsclean.plugins.vocab.notemarks import KEPT_NOTES_KEY, is_mark_text, numbered_side_note
from newsclean.text import cjk_count, punct_count

#: Share of the page's prose (text outside links) from which an element of a region is
#: protected: it may be the article's wrapper. Dialogs and widgets need a larger share.
PROTECT_SHARE = {"nav": 0.4, "header": 0.4, "footer": 0.4, "sidebar": 0.4, "comments": 0.5, "widget": 0.7,
                 "signature": 0.4, "consent": 0.95, "hidden": 0.4, "strong": 0.95, "strong-side": 0.8}
#: Strong class or id evidence (see region_of_value) of these regions is guarded as "strong-side": a
#: wrapper whose class plainly names a sidebar, a page header or footer is still no such region when it
#: holds most of a page's prose (``class="sidebar-container"`` around the post and its table of
#: contents); an ``<aside>`` (a blog's long "about me" box beside a short post), a comment section, a
#: consent box or a menu named plainly may hold it ("strong").
STRONG_SIDE_REGIONS = frozenset(("sidebar", "header", "footer"))
#: Below this many prose characters an element is never protected.
MIN_PROTECTED_CHARS = 200
#: An element holding the page's title heading (an ``<h1>``-``<h3>`` whose text is the page's
#: title, see _title_headings) is protected from this share of the page's prose whatever its
#: region words say (``class="mainwrap sidebar"`` around the title and the body): where the title
#: and the prose are outweighs what a layout wrapper is called. Not for consent dialogs.
TITLE_HOLDER_SHARE = 0.4
TITLE_HOLDER_REGIONS = frozenset(("nav", "header", "footer", "sidebar", "comments", "widget", "strong", "strong-side"))
#: The headings that may be the title's, and the shortest heading text (non-space characters)
#: that may be a part of the title (the title minus the site's name) rather than all of it.
TITLE_HEADING_TAGS = ("h1", "h2", "h3")
TITLE_PART_MIN_CHARS = 8
#: A page widget (login, register, modal ... words) holding a password field is a sign-in or
#: sign-up dialog: its share of the page's prose does not protect it (see _Guard.protects).
_SIGN_IN_FIELD = etree.XPath("boolean(descendant::input[translate(@type, 'PASWORD', 'pasword') = 'password'])")
#: ``<noscript>`` with at least this much text, more than the rest of the page, is read, not stripped.
NOSCRIPT_MIN_CHARS = 200
#: A candidate with this much text may be left as a signal ...
SIGNAL_MIN_CHARS = 40
#: ... when under this link density and it holds the paragraph under the title or is an
#: alike sibling of an element that does (see _Guard.signal).
SIGNAL_MAX_LINK_DENSITY = 0.35
#: A sibling of the lead's wrapper named by the same region (see _kin_of_lead) is left as a signal
#: under this link density, when it holds MIN_PROTECTED_CHARS of prose: a block of the article's own.
KIN_MAX_LINK_DENSITY = 0.2
#: A candidate right inside such a block holding this share of its prose is the block's content.
KIN_CONTENT_SHARE = 0.8
#: The first paragraph under the title: this many characters (Han/kana count CJK_WEIGHT) ...
LEAD_MIN_CHARS = 60
CJK_WEIGHT = 3
#: ... outside a form (not holding the title heading) with a text box and at most this much text.
FORM_NOTICE_MAX_CHARS = 500
#: ... among the first this many elements after the title heading.
LEAD_MAX_NODES = 1000
#: Regions whose evidence always means a deletion (consent dialogs; navigation is links).
NEVER_SIGNAL = frozenset(("consent", "nav"))
#: Regions a second look (see _Guard.second_look) never leaves to the locator either: a short
#: article's comments are no article.
SECOND_LOOK_NEVER = frozenset(("comments",))
#: On a second look, an element holding the title heading or the paragraph under it is left to the
#: locator under this link density (a blog post's box: its labels, share and pager links); a
#: navigation-named one only when it holds both, under SIGNAL_MAX_LINK_DENSITY (a theme's
#: ``id="nav-single"`` around the single post: a menu holds neither a title heading nor prose under it).
SECOND_LOOK_MAX_LINK_DENSITY = 0.5
#: A hidden element whose prose is at least this share of the rest of the page's prose, in
#: few links, is a folded "read more" part of the article: kept (see _Guard.keeps_hidden).
HIDDEN_PROSE_SHARE = 0.5
HIDDEN_MAX_LINK_DENSITY = 0.2
#: ... unless the start of its longest text run (this many characters) is shown elsewhere on
#: the page too: then it is a copy (structured-data duplicates, print versions).
HIDDEN_SAMPLE_CHARS = 80
#: A hidden panel of a tab set or an accordion (``PANEL_ROLES``, ``panel_class``, the content of a
#: ``<details>``, or an id a tab or collapse control names) is kept when its text is prose: at least
#: this many characters outside links (a Han or kana character counts CJK_WEIGHT), with sentence
#: punctuation, under this link density (hidden menus and "most read" tabs are links), and not a
#: copy of text shown elsewhere (the starts of its longest text runs, when this long, are looked for).
PANEL_MIN_CHARS = 60
PANEL_MAX_LINK_DENSITY = 0.3
#: ... or this many when the panel is the folded body of a box of the text, whose title stays shown:
#: the content of a ``<details>`` (under its ``<summary>``) or of a callout (``is_callout``: a
#: collapsible tip or FAQ box, ``callout is-collapsed``); a short answer is still the text's, and
#: no copy of shown text (a box's source shown in a code sample beside it is no duplicate).
FOLDED_MIN_CHARS = 20
PANEL_SAMPLE_MIN_CHARS = 20
#: A panel is a copy when each of its this many longest text runs (of PANEL_SAMPLE_MIN_CHARS or more)
#: is shown elsewhere too: the panels of one tab set share a sentence (a warning every language's tab
#: repeats, a link's "opens an external page"), each still holding text of its own.
PANEL_COPY_SAMPLES = 3
#: ... unless it holds a code block of this many characters shown nowhere else (see _Guard._own_code).
PANEL_CODE_MIN_CHARS = 40
#: A panel of a tab set (PANEL_ROLES, beside at least this many sibling panels of that role, one
#: shown) is a copy only when its whole text is shown elsewhere: one platform's tab of a guide shares
#: its steps and code with the other platforms' tabs, each still read (a mobile/desktop double goes).
TAB_SET_MIN_PANELS = 2
#: A hidden footnote (its text shown when its mark is hovered or clicked) is the article's own
#: text: kept when named a note's text by its class (``note_class``) or when a mark in the page
#: (a footnote number or symbol, ``is_mark_text``) names its id in an attribute (``href="#n1"``,
#: ``data-definition="n1"``), and its text is a sentence: this many characters at least (a Han
#: or kana character counts CJK_WEIGHT), with punctuation, under this link density (a note
#: often names its source in a link), not a copy of text shown elsewhere.
NOTE_MIN_CHARS = 20
NOTE_MAX_LINK_DENSITY = 0.6
#: Hidden elements a footnote mark may name by their id (notes set beside the text, or one of a
#: list of notes); a hidden block of another tag is kept only when its class names a note.
NOTE_ID_TAGS = frozenset(("aside", "li", "dd", "p"))
#: Elements whose text may be a footnote's mark (looked through once per page, when needed).
_MARK_TAGS = ("a", "sup", "span", "button", "cite")
#: A panel known only by its id: the control naming it is looked for in the element before it and
#: the one before its parent, in this many elements of each at most.
PANEL_CONTROL_SCAN = 30
#: A hidden element right after a disclosure button (an accordion's question, whose script opens
#: what follows it) is that button's panel: the button is one of these tags or roles, holds a
#: heading with text (the question; a bare "Details", "tl;dr" or help icon toggles a tooltip or an
#: aside, no section of the text), names no other element (no ``aria-controls``: a button naming
#: its panel by id is read by _named_by_control) and submits no form.
DISCLOSURE_TAGS = frozenset(("button", "summary"))
DISCLOSURE_ROLES = frozenset(("button",))
DISCLOSURE_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Weight of a signal in the locator (a factor on the element's score), by strength of evidence.
SIGNAL_WEIGHT = {"weak": 0.8, "region": 0.5, "strong": 0.4}
#: A thread page (a forum topic, a Q&A or link-sharing discussion): its comment sections (the
#: outermost elements read as comments) hold at least this share of the page's prose and no
#: article stands outside them (the paragraph under the title, when the page has one, is inside a
#: comment section; without one, no paragraph of prose stands outside them and the other chrome;
#: and the prose outside them is under THREAD_OUTSIDE_SHARE of theirs). Its
#: comments are the page's content: left to the locator as signals, not pruned (see _thread_regions).
#: Under a news article (its body outside the comments) nothing changes.
THREAD_SHARE = 0.6
#: A comment-named element this many levels down an alike sibling of a wrapper on the path to the
#: paragraph under the title, at the place the path's element stands, is the next post of a thread
#: (see _post_alike_lead).
POST_LEVELS = 3
#: Such a post is left to the locator from this many characters (a short reply: "Thanks, that worked.").
POST_MIN_CHARS = 12
THREAD_OUTSIDE_SHARE = 0.25
#: ... and, when no title heading was found, the paragraphs of prose outside them hold under this share of
#: their prose (a banner's sentence above a discussion, not a post's body above its comments).
THREAD_STRAY_SHARE = 0.05
#: A ``<header>``, nav or widget inside ``<article>``/``<main>`` must be this link-dense to go
#: (there it is often the article's own head: title, byline, date).
IN_ARTICLE_MIN_LINK_DENSITY = 0.5

_REGION_LABEL = {"nav": "navigation", "header": "page header", "footer": "page footer", "sidebar": "sidebar",
                 "comments": "comment section", "widget": "page widget", "consent": "cookie/consent dialog",
                 "signature": "a post's signature"}
_ARTICLE_TAGS = frozenset(("article", "main"))
_SECTIONING = frozenset(("article", "main", "section"))
#: Elements without page text, removed before anything else (see strip_invisible).
INVISIBLE_TAGS = ("script", "style", "noscript", "noembed", "template")
#: Elements the block walk never reads (``blocks.SKIP_TAGS``) whose subtrees are large and common: inline
#: SVG icons and drawings (``<path>``, ``<use>``, ``<g>`` ...). Stripped with the invisible ones, so that no
#: later walk of the tree goes through them.
UNREAD_TAGS: tuple[str, ...] = ("svg",)
#: Form fields whose text is no page prose: a text box's content (a "republish this article" box holding a
#: copy of the article as markup, a comment box's placeholder) and a picker's options. The block walk never
#: reads them (the controls step records their words); the guard does not count them as prose
#: (see _Guard.prose), nor may they hold the paragraph under the title (see _lead_element).
FORM_FIELD_TAGS = ("textarea", "select", "datalist", "option")
#: At most this many form fields holding text are taken out of the prose counts (the rest are counted).
FORM_FIELDS_MAX = 1000
#: What a scan's guard may look for in the body by tag, found by one walk (see _Guard._tagged).
_CENSUS_TAGS = (*TITLE_HEADING_TAGS, *FORM_FIELD_TAGS)
_NOT_LEAD_TAGS = frozenset(("a", "h1", "h2", "h3", "h4", "h5", "h6", *FORM_FIELD_TAGS, "optgroup"))
_STATE_PENDING = "chrome.pending"
_STATE_PROSE = "chrome.page_prose"
_STATE_SIZE = "chrome.page_size"
#: The body's elements walked by the scan: lxml makes a Python object for an element each time
#: a walk reaches it unless one is still alive, so keeping them makes every later walk of
#: the page (the block builder's, other steps') reuse them. At most ALIVE_MAX are kept.
_STATE_ALIVE = "chrome.alive"
ALIVE_MAX = 100_000
#: The body's elements whose class names a post's author (threadshape.author_class), among those whose class alone
#: decides the scan's verdicts (no other attribute is read for it: a check costs instructions on every page), in
#: document order, for the board gate: with no ``MIN_RUN`` alike siblings holding one each, no board's run of posts is searched.
_STATE_AUTHORS = "chrome.authors"
#: ``doc.state`` key of the chrome signals left for the locator (see :class:`ChromeSignal`).
SIGNALS = SIGNALS_KEY

_NO_ATTRS: dict[str, str] = {}
#: The attributes hidden_evidence and chrome_evidence read (an element without any is skipped).
_HIDDEN_ATTRS = frozenset(("hidden", "aria-hidden", "style", "class"))
_CHROME_ATTRS = frozenset(("role", "id", "class"))
#: Attributes besides ``class`` that either verdict reads (absent: the class alone decides both).
_NOT_CLASS_ONLY = (_HIDDEN_ATTRS | _CHROME_ATTRS) - {"class"}
Verdict = tuple[str, str, str, str]  # (kind, region, reason, guard class: region, "strong" or "strong-side")


# ---------------------------------------------------------------------------
# measuring
# ---------------------------------------------------------------------------

def _text(el: Any) -> str:
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _longest_runs(el: Any, n: int, min_chars: int) -> list[str]:
    """The starts (HIDDEN_SAMPLE_CHARS) of the ``n`` longest distinct text runs of at least ``min_chars``
    characters (whitespace-normalised) inside an element, longest first."""
    # (sorted by their whole length, a stable sort: among runs of one length, the text's order)
    runs = sorted(dict.fromkeys(r for r in (" ".join(t.split()) for t in el.itertext()) if len(r) >= min_chars),
                  key=len, reverse=True)
    return list(dict.fromkeys(r[:HIDDEN_SAMPLE_CHARS] for r in runs))[:n]


def _longest_run(el: Any) -> str:
    """The longest text run (whitespace-normalised) inside an element."""
    return max((" ".join(t.split()) for t in el.itertext()), key=len, default="")


def _paywalled(el: Any) -> bool:
    """True when the element's class or id names a paywall (``PAYWALL_STEMS``: "premium" or
    "subscriber" boxes are as often the prompt as the text behind it)."""
    for name in ("class", "id"):
        v = el.get(name)
        if v:
            for tok in v.lower().split():
                if any(st in tok for st in PAYWALL_STEMS):
                    return True
    return False


def prose_chars(el: Any) -> int:
    """Characters of an element's text outside links (scripts and styles are stripped first)."""
    return SubtreeCounts(el).prose(el)


class _Guard:
    """Decides whether a candidate may hold the article (then it is only looked into).

    Counts come from one :class:`~newsclean.density.SubtreeCounts` per walk, so
    nested candidates never make the walk quadratic; the page's prose total is
    computed only when a candidate is big enough to need it.
    """

    def __init__(self, doc: Any, body: Any, still: bool = False) -> None:
        """``still``: the tree does not change while this guard is asked (a scan's guard): the title
        headings and the form fields are then found by one walk of the body (see _tagged)."""
        self.doc = doc
        self.body = body
        self._still = still
        self._census: list[Any] | None = None  # the body's elements of _CENSUS_TAGS (see _tagged)
        # fresh counts per step (the hidden step changes the tree), the page's text size shared
        self.counts = SubtreeCounts(body, root_chars=doc.state.get(_STATE_SIZE))
        doc.state[_STATE_SIZE] = self.counts
        self._limits: dict[str, float] | None = None
        self._total: int | None = None
        self._lead: Any = False  # the lead chain, not looked for yet
        self._flat: str | None = None  # the body's text, whitespace-normalised (see keeps_hidden)
        self._title_holders: set[Any] | None = None  # the title headings' ancestors (see title_holders)
        self._mark_targets: set[str] | None = None  # the ids footnote marks name (see keeps_note)
        self._form: dict[Any, int] | None = None  # form-field characters below each element (see prose)
        self.kin: set[Any] = set()  # blocks left as signals beside the lead's wrapper (see signal)

    @property
    def page_prose(self) -> int:
        """Prose characters of the whole body (computed once per page, shared by both steps)."""
        if self._total is None:
            total = self.doc.state.get(_STATE_PROSE)
            if total is None:
                total = self.doc.state[_STATE_PROSE] = self.prose(self.body)
            self._total = int(total)
        return self._total

    def prose(self, el: Any) -> int:
        """Characters of the element's text outside links and outside form fields (FORM_FIELD_TAGS)."""
        prose = self.counts.prose(el)
        return max(prose - self.form_chars(el), 0) if prose else 0

    def form_chars(self, el: Any) -> int:
        """Characters of the element's text inside form fields (FORM_FIELD_TAGS; found once per guard)."""
        if self._form is None:
            self._form = _form_field_chars(self.body, self._tagged(FORM_FIELD_TAGS))
        return self._form.get(el, 0) if self._form else 0

    @property
    def limits(self) -> dict[str, float]:
        if self._limits is None:
            total = self.page_prose
            self._limits = {r: max(MIN_PROTECTED_CHARS, share * total) for r, share in PROTECT_SHARE.items()}
            self._limits["title"] = max(MIN_PROTECTED_CHARS, TITLE_HOLDER_SHARE * total)
        return self._limits

    def surely_small(self, el: Any, region: str) -> bool:
        """True when even all of the element's text is under its region's protection limit."""
        limits = self._limits
        if limits is not None and region != "hidden":
            # the limit known (it is at least MIN_PROTECTED_CHARS): a text shorter than it, whitespace
            # included, is under it without counting its characters
            limit = self._limit(el, region)
            return self.counts.chars(el, under=math.ceil(limit)) < limit
        n = self.counts.chars(el, under=MIN_PROTECTED_CHARS)
        if region == "hidden" and n >= LEAD_MIN_CHARS and _paywalled(el):
            return False  # text behind a paywall: keeps_hidden looks at it
        if n < MIN_PROTECTED_CHARS:
            return True
        if region == "hidden":  # a folded "read more" part may be kept at a smaller share (keeps_hidden)
            return n < min(self.limits[region], self.page_prose * HIDDEN_PROSE_SHARE / (1 + HIDDEN_PROSE_SHARE))
        return n < self._limit(el, region)

    def _limit(self, el: Any, region: str) -> float:
        """The region's protection limit, or the title holder's when lower and the element holds the title."""
        limit = self.limits[region]
        if region in TITLE_HOLDER_REGIONS and limit > self.limits["title"] and el in self.title_holders:
            return self.limits["title"]
        return limit

    @property
    def title_holders(self) -> set[Any]:
        """The ancestors of the page's title headings (see _title_headings)."""
        if self._title_holders is None:
            self._title_holders = {a for h in _title_headings(self.doc, self.body, self._tagged(TITLE_HEADING_TAGS))
                                   for a in h.iterancestors()}
        return self._title_holders

    def _tagged(self, tags: tuple[str, ...]) -> list[Any] | None:
        """The body's elements of ``tags`` (``body.iter(*tags)``, in document order) from the guard's census
        of ``_CENSUS_TAGS``, taken by one walk when first asked; None when the guard keeps none (the tree
        may change while it is asked: each search walks the body then)."""
        if not self._still:
            return None
        if self._census is None:
            self._census = list(self.body.iter(*_CENSUS_TAGS))
        return [el for el in self._census if el.tag in tags]

    def may_be_signal(self, el: Any) -> bool:
        """True when the element has text enough to be left as a signal (see :meth:`signal`)."""
        return self.counts.chars(el) >= SIGNAL_MIN_CHARS

    def protects(self, el: Any, region: str) -> bool:
        """True when the candidate may hold the article: it is then only looked into."""
        prose = self.prose(el)
        if region == "hidden":
            return self.keeps_hidden(el, prose)
        if region == "widget" and _SIGN_IN_FIELD(el):
            # a sign-in or sign-up dialog: its form's labels and messages are no article, however
            # much of a short page's prose they are; only the title heading protects it
            return self.holds_title(el, prose)
        if prose >= self.limits[region]:
            return True
        if prose >= MIN_PROTECTED_CHARS and self.counts.has_marker(el):
            return True
        return region in TITLE_HOLDER_REGIONS and self.holds_title(el, prose)

    def holds_title(self, el: Any, prose: int) -> bool:
        """True when the element holds the page's title heading and at least TITLE_HOLDER_SHARE of
        the page's prose (noted on the document as a kept decision)."""
        if prose < self.limits["title"] or el not in self.title_holders:
            return False
        self.doc.note(f"chrome: kept {describe_element(el)} despite its region words: it holds the title heading "
                      f"and {prose / max(self.page_prose, 1):.2f} of the page's prose")
        return True

    def keeps_hidden(self, el: Any, prose: int) -> bool:
        """True for a hidden element that holds the article or a folded "read more" part of it.

        Kept: a wrapper of a large share of the page's prose (or of the
        article's marker), and a collapse whose prose, in few links, is big
        beside the visible prose (pages fold the rest of the article away with
        ``hidden``, ``aria-hidden``, ``display:none`` until a click). Not kept:
        a copy of text the page shows (structured data for machines, a print
        version), a hidden menu (links) or screen-reader text (short). A kept
        element is noted on the document.
        """
        paywalled = _paywalled(el)
        if prose < (LEAD_MIN_CHARS if paywalled else MIN_PROTECTED_CHARS):
            return False
        visible = max(self.page_prose - prose, 1)
        ld = self.counts.link_density(el)
        if paywalled and ld < HIDDEN_MAX_LINK_DENSITY and punct_count(_longest_run(el)):
            what = "text behind a paywall (the article, hidden until the reader subscribes)"
        elif prose >= self.limits["hidden"] or (self.counts.chars(el) - self.form_chars(el) >= self.limits["hidden"]
                                              and self.counts.has_marker(el)):
            what = "a wrapper of the article"
        elif prose >= HIDDEN_PROSE_SHARE * visible and ld < HIDDEN_MAX_LINK_DENSITY and not _holds_form(el):
            what = "a folded-away rest of the article"  # (not a dialog holding a form: a "republish" box)
        else:
            return False
        sample = _longest_run(el)[:HIDDEN_SAMPLE_CHARS]
        if self._flat is None:
            self._flat = " ".join(_text(self.body).split())
        if len(sample) >= SIGNAL_MIN_CHARS \
                and self._flat.count(sample) > " ".join(_text(el).split()).count(sample):
            return False  # a copy of text the page shows elsewhere
        self.doc.note(f"chrome: kept a hidden {describe_element(el)}: {prose} prose characters "
                      f"({prose / visible:.2f} of the visible prose, link density {ld:.2f}), {what}")
        return True

    def keeps_panel(self, el: Any, keys: Any) -> tuple[bool, str]:
        """(keep, why) for a hidden element that was not kept as the article: kept when it is a
        panel of a tab set or an accordion whose text is prose in few links, not shown elsewhere.

        Documentation, FAQ and guide pages hide every panel but the open one until a
        click; their text is the page's. ``why`` (when not kept) says what the
        panel lacked, for the removal's reason; a kept panel is noted on the document.
        """
        raw = self.counts.last_read(el)  # (the text the guard read of it, when it did)
        if raw is not None and len(raw) < PANEL_MIN_CHARS // CJK_WEIGHT:
            return False, ""  # too short even in Han characters (most hidden bits: icons, labels)
        evidence = _panel_evidence(el, keys)
        if evidence is None:
            return False, ""
        # (measured here, not through the guard's counts: most panels are small, and what the counts
        # read decides when they switch to one walk of the whole tree)
        if raw is None:
            raw = _text(el)
            if len(raw) < PANEL_MIN_CHARS // CJK_WEIGHT:
                return False, ""
        text = " ".join(raw.split())
        if not punct_count(text):
            return False, ""
        chars = nonspace_len(text)
        links = _link_chars(el, chars)
        prose = chars - links
        if _weighted_len(text, prose) < (FOLDED_MIN_CHARS if evidence in _FOLDED else PANEL_MIN_CHARS):
            return False, ""
        ld = links / chars
        if not evidence:
            if ld >= PANEL_MAX_LINK_DENSITY:
                return False, ""  # (links: no need to ask whether a control names it)
            ident = el.get("id", "").strip()
            # (an id alone: not when the element names a page region, an ad slot or a sign-in box)
            if chrome_evidence(el.tag.lower(), el, keys)[0] or not _named_by_control(
                    el, ident, el.get("aria-labelledby") or ""):
                return False, ""
            evidence = f"id {ident!r} named by a tab or collapse control before it"
        if ld >= PANEL_MAX_LINK_DENSITY:
            return False, f"; a panel ({evidence}) of links, link density {ld:.2f}"
        if _holds_form(el):
            return False, f"; a panel ({evidence}) holding a form (sign-in, sign-up, newsletter)"
        samples = () if evidence in _FOLDED else _longest_runs(el, PANEL_COPY_SAMPLES, PANEL_SAMPLE_MIN_CHARS)
        if samples and self._flat is None:
            self._flat = " ".join(_text(self.body).split())
        if samples and all(self._flat.count(s) > text.count(s) for s in samples) \
                and not self._own_code(el, text) and not self._own_tab(el, text):
            return False, f"; a panel ({evidence}) copying text shown elsewhere"
        self.doc.note(f"chrome: kept a hidden panel {describe_element(el)} ({evidence}): {prose} prose characters, "
                      f"link density {ld:.2f}, a tab or accordion panel's text")
        return True, ""

    def _own_tab(self, el: Any, text: str) -> bool:
        """True when ``el`` is one panel of a tab set (see TAB_SET_MIN_PANELS) whose whole text is
        shown nowhere else: the panels of one set hold variants of one guide, each the page's."""
        parent = el.getparent()
        if parent is None or (el.get("role") or "").strip().lower() not in PANEL_ROLES:
            return False
        panels = shown = 0
        for sib in parent:
            if isinstance(sib.tag, str) and (sib.get("role") or "").strip().lower() in PANEL_ROLES:
                panels += 1
                shown += not hidden_evidence(sib)
        return panels >= TAB_SET_MIN_PANELS and shown > 0 and self._flat.count(text) <= 1

    def _own_code(self, el: Any, text: str) -> bool:
        """True when a code block of the panel (PANEL_CODE_MIN_CHARS or more) is shown nowhere else on
        the page: one language's tab of a code sample shares its steps with the other tabs, not its code."""
        for pre in el.iter("pre"):
            code = " ".join(_text(pre).split())
            if len(code) >= PANEL_CODE_MIN_CHARS and self._flat.count(code) <= text.count(code):
                return True
        return False

    def keeps_note(self, el: Any, keys: Any) -> bool:
        """True for a hidden footnote (see NOTE_MIN_CHARS) whose text is a sentence of the
        article; noted on the document."""
        evidence = ""
        if "class" in keys:
            tok = note_class(el.get("class") or "")
            if tok:
                evidence = f"class {tok!r}"
        if not evidence:
            ident = (el.get("id") or "").strip() if "id" in keys else ""
            if not ident or el.tag not in NOTE_ID_TAGS or ident not in self.mark_targets:
                return False
            evidence = f"id {ident!r} named by a footnote mark"
        raw = self.counts.last_read(el)
        if raw is None:
            raw = _text(el)
        text = " ".join(raw.split())
        measured = _note_sentence(el, text, NOTE_MAX_LINK_DENSITY)
        if measured is None or _holds_form(el):
            return False
        chars, ld = measured
        sample = _longest_run(el)[:HIDDEN_SAMPLE_CHARS]
        if self._flat is None:
            self._flat = " ".join(_text(self.body).split())
        if len(sample) >= PANEL_SAMPLE_MIN_CHARS and self._flat.count(sample) > text.count(sample):
            return False
        self.doc.note(f"chrome: kept a hidden footnote {describe_element(el)} ({evidence}): {chars} characters, "
                      f"link density {ld:.2f}, the article's note")
        self.doc.state.setdefault(KEPT_NOTES_KEY, []).append(el)
        return True

    def is_note_aside(self, el: Any) -> bool:
        """True for an ``<aside>`` that is a footnote set beside the text, not a sidebar: a mark in the
        page names its id (see keeps_note) and its text is a sentence in few links
        (PANEL_MAX_LINK_DENSITY); noted."""
        ident = (el.get("id") or "").strip()
        if ident and ident in self.mark_targets:
            evidence = f"id {ident!r} named by a footnote mark"
        else:
            evidence = numbered_side_note(el)
            if not evidence:
                return False
        if _note_sentence(el, " ".join(_text(el).split()), PANEL_MAX_LINK_DENSITY) is None:
            return False
        self.doc.note(f"chrome: kept {describe_element(el)} ({evidence}): footnotes set beside the text, "
                      f"no sidebar")
        return True

    @property
    def mark_targets(self) -> set[str]:
        """The ids named by the attributes of the page's footnote marks (``href="#n1"``,
        ``data-definition="n1"``)."""
        if self._mark_targets is None:
            targets: set[str] = set()
            for el in self.body.iter(*_MARK_TAGS):
                if len(el) > 1:
                    continue
                keys = el.keys()
                if not keys:
                    continue
                # (the element's own text, or its one child's: a mark is a word at most)
                text = el.text or (el[0].text if len(el) and isinstance(el[0].tag, str) else None) or ""
                if len(text) > 12 or not is_mark_text(text):
                    continue
                for name in keys:
                    for v in (el.get(name) or "").split():
                        targets.add(v.lstrip("#"))
            self._mark_targets = targets
        return self._mark_targets

    def signal(self, el: Any, verdict: Verdict) -> tuple[bool, str, str]:
        """(keep, why, strength): whether a candidate's class/id evidence is only a signal for the locator.

        An element in few links is left for the locator when it holds the first
        paragraph under the page's title, or when it is an alike sibling (same
        tag and class) of an element that does: live tickers, forum posts, blog
        themes and pagination wrappers put whole articles, entry by entry, in
        comment, widget or pager classes. Navigation, consent boxes and
        link-dense blocks are never only a signal. The strength is "lead", or "post" for a
        comment-named element in the place of the lead's own in an alike wrapper further off (the
        next post of a thread: :func:`_post_alike_lead`).
        """
        kind, region, reason, guard = verdict
        if region in NEVER_SIGNAL:
            return False, "", ""
        # (the element's place is tested before its size: most candidates are neither on the chain
        # nor alike, and their text is then read once, by _remove)
        chain = self.lead_chain
        if not chain:
            return False, "", ""
        parent = el.getparent()
        if parent in self.kin:
            # the wrapper of most of a kept block's prose is that block's content, whatever its words say
            prose, whole = self.prose(el), self.prose(parent)
            if prose >= KIN_CONTENT_SHARE * whole and self.counts.link_density(el) < KIN_MAX_LINK_DENSITY:
                self.kin.add(el)
                return True, (f"holds {prose / max(whole, 1):.2f} of the prose of a block left as a signal beside "
                              f"the paragraph under the title ({prose} prose characters)"), "lead"
        on_chain = chain.get(parent) is el
        alike = None if on_chain else chain.get(parent)
        post = kin = False
        if not on_chain and (alike is None or alike.tag != el.tag or alike.get("class") != el.get("class")):
            kin = alike is not None and _kin_of_lead(el, alike, region)
            if not kin and (kind != "comments" or not _post_alike_lead(el, chain)):
                return False, "", ""
            post = not kin
        if self.counts.chars(el) < (POST_MIN_CHARS if post else SIGNAL_MIN_CHARS):
            return False, "", ""
        ld = self.counts.link_density(el)
        if ld >= (KIN_MAX_LINK_DENSITY if kin else SIGNAL_MAX_LINK_DENSITY):
            return False, "", ""
        prose = self.prose(el)
        if kin:
            if prose < MIN_PROTECTED_CHARS:
                return False, "", ""
            self.kin.add(el)
            return True, (f"a block of the page builder's wrappers beside the one that holds the first paragraph "
                          f"under the title, named by the same region ({prose} prose characters, "
                          f"link density {ld:.2f})"), "lead"
        if on_chain:
            return True, (f"holds the first paragraph under the title ({prose} prose characters, "
                          f"link density {ld:.2f})"), "lead"
        if post:
            return True, (f"a post of a thread: in the place of the post that holds the first paragraph under "
                          f"the title, in a wrapper alike its own ({prose} prose characters, "
                          f"link density {ld:.2f})"), "post"
        return True, (f"alike the element that holds the first paragraph under the title ({prose} prose "
                      f"characters, link density {ld:.2f})"), "lead"

    def second_look(self, el: Any, verdict: Verdict) -> tuple[bool, str]:
        """(keep, why) on a page's second pass (``doc.state[SECOND_LOOK_KEY]``: the first one kept
        no article): an element with prose in few links (``SECOND_LOOK_MAX_LINK_DENSITY``) is left to
        the locator, whatever its region words (a blog theme's post widget beside a long sidebar), when
        it holds the page's title heading or the first paragraph under it (on a page where no title
        heading is found, when it holds TITLE_HOLDER_SHARE of the page's prose and only class or id words
        condemn it, no chrome element nor strong word); a navigation-named one only
        when it holds both, in fewer links (``SIGNAL_MAX_LINK_DENSITY``); consent boxes and comment
        sections still go."""
        region = verdict[1]
        if region in SECOND_LOOK_NEVER or (region in NEVER_SIGNAL and region != "nav"):
            return False, ""
        holds_title = el in self.title_holders
        chain = self.lead_chain
        holds_lead = chain.get(el.getparent()) is el if chain else False
        if not (holds_title or holds_lead):
            if chain or region == "nav" or verdict[3] == "strong" or self.prose(el) < self.limits["title"]:
                return False, ""  # neither the title heading nor the paragraph under it: no sign of the article
            # no title heading found (so no paragraph under it either): the page's bulk of prose, in an
            # element only its class or id words condemn (no <aside>, no strong word), is the sign
            holds_title = True
        if region == "nav" and not (holds_title and holds_lead):
            return False, ""
        prose = self.prose(el)
        if prose < MIN_PROTECTED_CHARS:
            return False, ""
        ld = self.counts.link_density(el)
        if ld >= (SIGNAL_MAX_LINK_DENSITY if region == "nav" else SECOND_LOOK_MAX_LINK_DENSITY):
            return False, ""
        return True, (f"second look (the first pass kept no article): {prose} prose characters, "
                      f"link density {ld:.2f}")

    @property
    def lead_chain(self) -> dict[Any, Any]:
        """Parent -> child on the path from the body to the paragraph under the title (empty: none)."""
        if self._lead is False:
            lead = _lead_element(self.doc, self.body)
            chain: dict[Any, Any] = {}
            child = lead
            for a in (lead.iterancestors() if lead is not None else ()):
                chain[a] = child
                if a is self.body:
                    break
                child = a
            self._lead = chain
        return self._lead


def _post_alike_lead(el: Any, chain: dict[Any, Any]) -> bool:
    """True when ``el`` stands in an alike sibling of a wrapper on the path to the paragraph under
    the title (same tag and class), at the place the path's own element of its tag and class
    stands in that wrapper, at most ``POST_LEVELS`` levels down: the next post of a thread whose
    first post (holding the paragraph under the title) sits in a comment-named box of its own
    (``<article class="post"><div class="comment-body">`` repeated)."""
    tag, cls = el.tag, el.get("class")
    if not cls:
        return False
    path = [el]
    up = el.getparent()
    for _ in range(POST_LEVELS):
        if up is None:
            return False
        mine = chain.get(up.getparent()) if up.getparent() is not None else None
        if mine is not None and mine is not up:
            if mine.tag != up.tag or mine.get("class") != up.get("class"):
                return False
            x = mine
            for step in reversed(path):  # down the lead's path as far as ``el`` is down its wrapper
                x = chain.get(x)
                if x is None or x.tag != step.tag or x.get("class") != step.get("class"):
                    return False
            return x.tag == tag and x.get("class") == cls
        if mine is up:
            return False  # (on the path itself: the sibling test above)
        path.append(up)
        up = up.getparent()
    return False


#: A hidden panel holding one of these is a form (sign-in, sign-up, newsletter), not text.
_FORM_TAGS = ("form", "input", "textarea")
#: ... an ``<input>`` of these types (or of none) only: a checkbox, a radio button or a ``<select>``
#: picks a view of the text (a code sample's language, a unit), no form to fill in.
_ENTRY_TYPES = frozenset(("", "text", "email", "password", "search", "tel", "number", "url"))


def _kin_of_lead(el: Any, lead: Any, region: str) -> bool:
    """True when ``el`` is a sibling of the same tag as ``lead`` (the wrapper on the path to the
    paragraph under the title) whose class shares a token with the lead's and names the same region:
    a page builder's column of content blocks (``block widget first``, ``block widget html``) all
    carrying the word that condemned them, the article cut into them."""
    mine, theirs = el.get("class"), lead.get("class")
    if el.tag != lead.tag or not mine or not theirs or set(mine.split()).isdisjoint(theirs.split()):
        return False
    return region_of_class(theirs)[0] == region


def _form_field_chars(body: Any, fields_in: list[Any] | None = None) -> dict[Any, int]:
    """The non-space characters of the form fields (FORM_FIELD_TAGS, the outermost ones, FORM_FIELDS_MAX
    holding text at most) below each element of ``body`` that holds one, ``body`` included. ``fields_in``:
    the body's elements of FORM_FIELD_TAGS in document order, when known."""
    found: dict[Any, int] = {}
    fields = 0
    for f in body.iter(*FORM_FIELD_TAGS) if fields_in is None else fields_in:
        if fields >= FORM_FIELDS_MAX:
            break
        if f.tag == "option" and next(f.iterancestors("select", "datalist"), None) is not None:
            continue  # (counted with its picker)
        n = nonspace_len(_text(f))
        if not n:
            continue
        fields += 1
        for a in f.iterancestors():
            found[a] = found.get(a, 0) + n
            if a is body:
                break
    return found


def _holds_form(el: Any) -> bool:
    """True when ``el`` holds a form, a text box or a text field (see _ENTRY_TYPES)."""
    for f in el.iter(*_FORM_TAGS):
        if f.tag != "input" or (f.get("type") or "").strip().lower() in _ENTRY_TYPES:
            return True
    return False


#: Elements that are no panel by their id alone (inline text, frames).
_NOT_PANEL_TAGS = INLINE_TAGS | {"iframe", "object", "embed", "video", "audio", "picture", "svg"}


def _weighted_len(text: str, chars: int) -> int:
    """``chars`` with each Han or kana character of ``text`` counting CJK_WEIGHT."""
    return chars + (CJK_WEIGHT - 1) * cjk_count(text)


def _link_chars(el: Any, chars: int) -> int:
    """The non-space characters of an element's link text, at most ``chars`` (its own count)."""
    return min(sum(nonspace_len(_text(a)) for a in el.iter("a") if is_link(a)), chars)


def _note_sentence(el: Any, text: str, max_link_density: float) -> tuple[int, float] | None:
    """(characters, link density) of a footnote's ``text`` (its spaces collapsed) when it is a
    sentence of NOTE_MIN_CHARS (CJK weighted) or more under ``max_link_density``, else None."""
    if not punct_count(text):
        return None
    chars = nonspace_len(text)
    if _weighted_len(text, chars) < NOTE_MIN_CHARS:
        return None
    ld = _link_chars(el, chars) / chars
    return None if ld >= max_link_density else (chars, ld)


def _panel_evidence(el: Any, keys: Any) -> str | None:
    """What names ``el`` a tab or accordion panel: its role, a class token, a ``<details>`` around
    it; "" when only its id may (see _named_by_control); None when nothing can."""
    if "role" in keys:
        role = (el.get("role") or "").strip().lower()
        if role in PANEL_ROLES:
            return f"role={role}"
        if role in CHROME_ROLES:
            return None  # a dialog, a menu: no panel however it is named
    if "class" in keys:
        tok = panel_class(el.get("class") or "")
        if tok:
            return f"class {tok!r}"
    parent = el.getparent()
    if el.tag == "details" or (parent is not None and parent.tag == "details"):
        return _IN_DETAILS
    if parent is not None and is_callout(parent) and _shown_before(el):
        return _IN_CALLOUT
    if "class" in keys and parent is not None and _slide_of_shown_set(el, parent):
        return "a slide alike a shown sibling"
    inner = _lone_child_panel(el)
    if inner:
        return inner
    if _after_disclosure(el):
        return _AFTER_DISCLOSURE
    if "id" not in keys or not isinstance(el.tag, str) or el.tag.lower() in _NOT_PANEL_TAGS:
        return None
    return ""


#: Single-child wrappers looked through for the panel a hidden element wraps, at most.
PANEL_WRAP_DEPTH = 2


def _lone_child_panel(el: Any) -> str:
    """The evidence of a panel that a hidden element only wraps (an accordion's collapse box,
    ``<div style="display:none"><div role="region" id="p1" class="accordion__panel">``, its id
    named by the button before the box), up to PANEL_WRAP_DEPTH wrappers down, or ""."""
    hidden = el
    if not isinstance(el.tag, str) or el.tag.lower() in _NOT_PANEL_TAGS \
            or chrome_evidence(el.tag.lower(), el)[0]:
        return ""  # (a hidden menu, dialog or sidebar wraps no panel of the text)
    for _ in range(PANEL_WRAP_DEPTH):
        kids = []
        for c in el:
            if isinstance(c.tag, str):
                kids.append(c)
                if len(kids) > 1:
                    break
        if len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return ""
        el = kids[0]
        keys = el.keys()
        role = (el.get("role") or "").strip().lower() if "role" in keys else ""
        if role in PANEL_ROLES:
            return f"wrapper of a panel (role={role})"
        if role in CHROME_ROLES:
            return ""
        tok = panel_class(el.get("class") or "") if "class" in keys else ""
        if tok:
            return f"wrapper of a panel (class {tok!r})"
        ident = (el.get("id") or "").strip() if "id" in keys else ""
        if ident and _named_by_control(hidden, ident, el.get("aria-labelledby") or ""):
            return f"wrapper of a panel (id {ident!r} named by a tab or collapse control before it)"
    return ""


_AFTER_DISCLOSURE = "right after its disclosure button"


def _after_disclosure(el: Any) -> bool:
    """True when the element just before ``el`` (comments skipped) is a disclosure button holding a
    heading with text (DISCLOSURE_TAGS, DISCLOSURE_ROLES, DISCLOSURE_HEADINGS) that names no panel by
    id and submits nothing: an accordion whose script opens the element after its question."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or (prev.tag.lower() not in DISCLOSURE_TAGS
                        and (prev.get("role") or "").strip().lower() not in DISCLOSURE_ROLES):
        return False
    if prev.get("aria-controls") is not None or (prev.get("type") or "").strip().lower() == "submit":
        return False
    return any(_text(h).strip() for h in prev.iter(*DISCLOSURE_HEADINGS))


#: A panel's evidence when the panel is a box's folded body (see FOLDED_MIN_CHARS).
_IN_DETAILS = "content of a <details>"
_IN_CALLOUT = "folded body of a callout box under its shown title"
_FOLDED = frozenset((_IN_DETAILS, _IN_CALLOUT))
#: Elements before a callout's hidden body looked at for its shown title, at most.
TITLE_SCAN = 5


def _shown_before(el: Any) -> bool:
    """True when one of the TITLE_SCAN elements before ``el`` holds text and is not hidden (a box's title)."""
    for i, prev in enumerate(el.itersiblings(preceding=True)):
        if i >= TITLE_SCAN:
            break
        if isinstance(prev.tag, str) and not hidden_evidence(prev) and _text(prev).strip():
            return True
    return False


#: Siblings of a hidden element looked at for a shown one alike it (a slideshow's open slide), at most.
SLIDE_SCAN = 50


def _slide_of_shown_set(el: Any, parent: Any) -> bool:
    """True when a sibling of the same tag whose class, hidden tokens aside (``HIDDEN_TOKENS``), is
    ``el``'s own is shown: ``el`` is a slide of a set the page shows one at a time (a gallery's or a
    listicle's other items, ``<div class="gallery-section hidden">`` beside ``<div class="gallery-section">``)."""
    own = frozenset(el.get("class").lower().split()) - HIDDEN_TOKENS
    if not own:
        return False
    for i, sib in enumerate(parent.iterchildren(el.tag)):
        if i >= SLIDE_SCAN:
            break
        if sib is el:
            continue
        cls = sib.get("class")
        if cls and frozenset(cls.lower().split()) - HIDDEN_TOKENS == own and not hidden_evidence(sib):
            return True
    return False


def _named_by_control(el: Any, ident: str, labelled_by: str = "") -> bool:
    """True when a control just before ``el`` points to its id: ``aria-controls`` of a tab (or of a
    control with ``aria-expanded``, or of one whose id the panel's ``aria-labelledby``,
    ``labelled_by``, names back), or the target of a ``data-toggle``/``data-bs-toggle`` tab or
    collapse. Looked for in the element before ``el`` (an accordion's heading) and in the one
    before its parent (a card's header), PANEL_CONTROL_SCAN elements of each at most: a local
    look, not a walk of the page.
    """
    if not ident:
        return False
    target = "#" + ident
    parent = el.getparent()
    for near in (el.getprevious(), parent.getprevious() if parent is not None else None):
        while near is not None and not isinstance(near.tag, str):
            near = near.getprevious()  # comments, processing instructions
        if near is None:
            continue
        for i, c in enumerate(near.iter()):
            if i >= PANEL_CONTROL_SCAN:
                break
            keys = c.keys()
            if not keys:
                continue
            toggle = (c.get("data-bs-toggle") or c.get("data-toggle") or "").strip().lower() \
                if "data-bs-toggle" in keys or "data-toggle" in keys else ""
            if toggle in PANEL_TOGGLES and any(target in (c.get(a) or "").split(",")
                                               for a in ("data-bs-target", "data-target", "href")):
                return True
            controls = c.get("aria-controls") if "aria-controls" in keys else None
            if controls and ident in controls.split() and (
                    toggle in PANEL_TOGGLES or "aria-expanded" in keys
                    or (c.get("role") or "").strip().lower() in PANEL_CONTROL_ROLES
                    or ("id" in keys and (c.get("id") or "").strip() in labelled_by.split())):
                return True
    return False


def _lead_element(doc: Any, body: Any) -> Any:
    """The element holding the first prose text after the page's title heading, or None.

    The title heading is the heading whose text is the page's title, or the
    only ``<h1>``. Prose: a text run of ``LEAD_MIN_CHARS`` (a Han or kana
    character counts three) outside links with sentence punctuation, not a
    web address alone.
    """
    title = doc.meta.get("title")
    t = _squeezed(title) if title else ""
    head = None
    h1: list[Any] = []  # the <h1> met (all of them when no heading is the title's)
    # (the walk stops at the heading that is the title's: the rest of the page is not read)
    for i, h in enumerate(body.iter("h1", "h2", "h3")):
        if i == 0 and h.getparent() is None:
            continue  # the body itself (a broken page's root): every other element has a parent
        if h.tag == "h1":
            h1.append(h)
        if title:  # (a blank title matches the first heading of four characters or more, as it did)
            # (an <h3>, a blog theme's post title, only when its text is long enough to be the title's)
            if _names_title(_squeezed(_text(h)), t, 4 if h.tag != "h3" else TITLE_PART_MIN_CHARS):
                head = h
                break
    if head is None:
        head = h1[0] if len(h1) == 1 else None
    if head is None:
        return None
    for el, text in _texts_after(head):
        n = len(text.strip())
        if n < LEAD_MIN_CHARS // CJK_WEIGHT:
            continue
        if _weighted_len(text, n) < LEAD_MIN_CHARS or not punct_count(text):
            continue
        if "://" in text and len(text.split()) == 1:
            continue  # an address (a share button's link to the page), no paragraph
        if el.tag in _NOT_LEAD_TAGS or any(a.tag in _NOT_LEAD_TAGS for a in el.iterancestors()):
            continue  # a link, or a heading (a standfirst set as <h2> is not the body's first paragraph)
        if _in_form_below(el, head):
            continue  # a comment form's notice under a short post (a list of links with a line each)
        return el
    return None


def _in_form_below(el: Any, head: Any) -> bool:
    """True when ``el`` sits in a ``<form>`` with a text box (``<textarea>``) and at most
    ``FORM_NOTICE_MAX_CHARS`` of text, that does not hold the title heading ``head``: a comment
    form's notices (a form wrapping the whole page, an old server framework's, holds it; a forum's
    form around its posts holds more text; a shop's order form, no text box)."""
    form = el if el.tag == "form" else next(el.iterancestors("form"), None)
    if form is None or any(a is form for a in head.iterancestors("form")):
        return False
    return next(form.iter("textarea"), None) is not None and nonspace_len(_text(form)) <= FORM_NOTICE_MAX_CHARS


def _title_headings(doc: Any, body: Any, headings: list[Any] | None = None) -> list[Any]:
    """The headings (TITLE_HEADING_TAGS) whose text is the page's title, or a part of it at least
    TITLE_PART_MIN_CHARS long (the title without the site's name), or holds the title. ``headings``: the
    body's elements of TITLE_HEADING_TAGS in document order, when known."""
    title = doc.meta.get("title")
    t = _squeezed(title) if title else ""
    if len(t) < TITLE_PART_MIN_CHARS:
        return []
    return [h for h in (body.iter(*TITLE_HEADING_TAGS) if headings is None else headings)
            if _names_title(_squeezed(_text(h)), t, TITLE_PART_MIN_CHARS)]


def _squeezed(text: Any) -> str:
    """A title or heading text without whitespace, lower-cased (how the two are compared)."""
    return "".join(str(text).split()).lower()


def _names_title(heading: str, title: str, min_chars: int) -> bool:
    """True when a heading's squeezed text of at least ``min_chars`` is the squeezed title, a part of
    it (the title without the site's name) or holds it (a blank title: any such heading)."""
    return len(heading) >= min_chars and (heading == title or heading in title or title in heading)


def _texts_after(head: Any) -> Any:
    """(element holding it, text) of the text runs after ``head`` in reading order, a bounded number."""
    seen = 0
    node = head
    while node is not None and node.tag != "html":
        if node.tail:
            yield node.getparent(), node.tail
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):  # a comment or processing instruction: only its tail
                if sib.tail:
                    yield sib.getparent(), sib.tail
                continue
            for event, el in etree.iterwalk(sib, events=("start", "end")):
                if event == "start":
                    seen += 1
                    if seen > LEAD_MAX_NODES:
                        return
                    if isinstance(el.tag, str) and el.text:
                        yield el, el.text
                elif el.tail and el is not sib:
                    yield el.getparent(), el.tail
            if sib.tail:
                yield sib.getparent(), sib.tail
        node = node.getparent()


def _weak(reason: str, weak: frozenset[str] = WEAK_PARTS) -> bool:
    """True when the token named in a verdict's reason is made of ``weak`` region words only."""
    tok = reason.rsplit("'", 2)[-2] if reason.count("'") >= 2 else ""
    parts = [p for p in _SPLIT.split(tok.lower()) if p]
    regional = [p for p in parts if p in _PART_TO_REGION]
    return bool(regional) and all(p in weak for p in regional)


#: Element siblings looked at for a side column's twin (see _column_of_pair).
COLUMN_SIBLINGS = 12


def _column_of_pair(el: Any, tok: str, counts: SubtreeCounts | None) -> bool:
    """True when a column named by its side (``COLUMN_TWINS``: ``leftcol``) has its twin beside it under
    the same parent (``rightcol``, among its first ``COLUMN_SIBLINGS`` element siblings) and holds at
    least as much prose outside links (and outside form fields): the two columns of a layout, of which
    this one is the page's (a shop's description beside its pictures); the twin with less stays a sidebar.
    So is a column whose token is a region's name (no weak word, ``WEAK_PARTS``) and then a content slot's
    word (``CONTENT_SLOT_PARTS``: ``sidebar-content``) beside one named by that region's name alone
    (``sidebar``): the content column of a layout with a sidebar, when it holds at least as much prose.
    ``tok``: the class or id token that names the column a sidebar (the evidence's ``token``)."""
    twin = COLUMN_TWINS.get(tok) or next((COLUMN_TWINS[p] for p in _parts(tok) if p in COLUMN_TWINS), None)
    base: list[str] = []
    if twin is None:
        parts = _parts(tok)
        if len(parts) >= 2 and parts[-1] in CONTENT_SLOT_PARTS and not any(p in WEAK_PARTS for p in parts):
            base = parts[:-1]  # ("widget_text", a weak word's, is a text widget)
    parent = el.getparent() if twin or base else None
    if parent is None:
        return False
    seen = 0
    for sib in parent.iterchildren():
        if sib is el or not isinstance(sib.tag, str):
            continue
        seen += 1
        if seen > COLUMN_SIBLINGS:
            return False
        words = f"{sib.get('class') or ''} {sib.get('id') or ''}".lower().split()
        if any(w == twin or twin in _parts(w) for w in words) if twin else any(_parts(w) == base for w in words):
            c = counts if counts is not None else SubtreeCounts(parent)
            form = _form_field_chars(parent)  # (a text box's copy of the article is no column's prose)
            return c.prose(el) - form.get(el, 0) >= c.prose(sib) - form.get(sib, 0)
    return False


def _in_sectioning(el: Any) -> bool:
    """True inside ``<article>``, ``<main>`` or ``<section>``.

    (The ancestors are filtered by tag in C: only a sectioning one gets a proxy. The HTML
    parser, which makes every tree read here, writes tag names in lower case.)"""
    return next(el.iterancestors(*_SECTIONING), None) is not None


def _heads_prose(el: Any) -> bool:
    """True when the element after a heading is a paragraph of prose (few links)."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()  # comments, processing instructions
    if nxt is None or nxt.tag.lower() != "p":
        return False
    text = " ".join(nxt.text_content().split())
    if len(text) < SECTION_PROSE_CHARS:
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in nxt.iter("a") if is_link(a))
    return links * 3 < len(text)


#: How deep below a layout wrapper its main part is looked for (children, grandchildren).
MAIN_PART_DEPTH = 2


def _holds_main(el: Any) -> bool:
    """True when the element's children or grandchildren (``MAIN_PART_DEPTH``) hold the page's main
    part (``<main>``, ``role="main"``): a layout wrapper whose class names the sidebar beside that
    part, not the sidebar itself (a sidebar never holds one). Only the top levels are read: a
    wrapper's columns sit right below it, and the walk costs nothing on a big subtree."""
    level = [el]
    for _ in range(MAIN_PART_DEPTH):
        nxt = []
        for parent in level:
            for ch in parent:
                tag = ch.tag
                if not isinstance(tag, str):
                    continue
                if tag == "main" or ch.get("role") == "main":
                    return True
                nxt.append(ch)
        level = nxt
    return False


#: A side-named element whose text is mostly (CODE_SAMPLE_SHARE) inside ``<pre>`` blocks, at least
#: CODE_SAMPLE_MIN_CHARS of them, is the code column of a reference page (the request and response
#: samples beside each parameter list), not a sidebar: navigation and widgets hold no code blocks.
CODE_SAMPLE_SHARE = 0.5
CODE_SAMPLE_MIN_CHARS = 100


def _code_sample(el: Any) -> bool:
    """True when most of the element's text (CODE_SAMPLE_SHARE) is in its ``<pre>`` blocks."""
    code = 0
    for pre in el.iter("pre"):
        code += len(_text(pre).strip())
    if code < CODE_SAMPLE_MIN_CHARS:
        return False
    return code >= CODE_SAMPLE_SHARE * len(_text(el).strip())


class _HasArticle:
    """Whether a body holds an ``<article>``, ``<main>`` or ``<section>``, looked for once, when first asked."""

    __slots__ = ("body", "found")

    def __init__(self, body: Any) -> None:
        self.body = body
        self.found: bool | None = None

    def __bool__(self) -> bool:
        if self.found is None:
            self.found = next(self.body.iter("article", "main", "section"), None) is not None
        return self.found


#: An id made from the element's own heading (docs themes: ``<section id="respond-to-review-comments">``
#: around ``<h2>Respond to review comments</h2>``) is an anchor, no region's name (see _heading_slug):
#: the heading is looked for among the element's first SLUG_HEADING_SCAN elements, and must have
#: at least SLUG_MIN_WORDS words (``<div id="comments"><h2>Comments</h2>`` is a comment section).
SLUG_HEADING_SCAN = 12
SLUG_MIN_WORDS = 3
_WORDS = re.compile(r"[^\W_]+")


def _heading_slug(el: Any, ident: str) -> bool:
    """True when ``ident`` (the element's id) starts with the words of the element's own first heading
    (its text, or its id), in order, and the element holds no form (a "Leave a reply" box is the comment form)."""
    parts = _WORDS.findall(ident.lower())
    for i, h in enumerate(el.iterdescendants()):
        if i >= SLUG_HEADING_SCAN:
            return False
        if isinstance(h.tag, str) and h.tag.lower() in HEADING_TAGS:
            # (its text's words, or its own id's: a heading's permalink mark may hold the slug as text)
            named = any(len(words) >= SLUG_MIN_WORDS and parts[:len(words)] == words
                        for words in (_WORDS.findall(_text(h).lower()), _WORDS.findall((h.get("id") or "").lower())))
            return named and not _holds_form(el)
    return False


#: An ``<aside>`` holding this many paragraphs of the class its sibling paragraphs have is a passage
#: of the text set apart, no sidebar.
PASSAGE_MIN_PARAGRAPHS = 2


def _passage_of_text(el: Any) -> bool:
    """True for an ``<aside>`` set among the body's paragraphs whose own paragraphs are in their style: a
    class (not none) that ``<p>`` siblings of the aside have, held by ``PASSAGE_MIN_PARAGRAPHS`` of its
    ``<p>`` at least (an author's note between two paragraphs of a post). A sidebar, a fact box or a
    related box has paragraphs of its own style, or none."""
    parent = el.getparent()
    if parent is None:
        return False
    styles = {c.get("class") for c in parent if c.tag == "p" and c.get("class")}
    if not styles:
        return False
    return sum(1 for p in el.iter("p") if p.get("class") in styles) >= PASSAGE_MIN_PARAGRAPHS


def _chrome_verdict(el: Any, tag: str, attrs: Any, has_article: Any, keys: Any = None,
                    counts: SubtreeCounts | None = None,
                    evidence_of: tuple[str, str, bool, str] | None = None) -> Verdict | None:
    """``evidence_of``: what :func:`chrome_evidence` says of the element, when the caller knows it."""
    region, evidence, strong, token = chrome_evidence(tag, attrs, keys) if evidence_of is None else evidence_of
    if region and evidence.startswith("id ") and _heading_slug(el, el.get("id") or ""):
        # an anchor made from its own heading: only its class (or role) may name a region
        region, evidence, strong, token = chrome_evidence(tag, attrs, [k for k in (keys or el.keys()) if k != "id"])
    if not region or tag in _ARTICLE_TAGS:
        return None
    if region == "sidebar" and _holds_main(el):
        return None  # a layout wrapper named for its sidebar (``container_wrap sidebar_right``): it holds the main part
    if region == "sidebar" and _column_of_pair(el, token, counts):
        return None  # the fuller of a layout's two side-named columns (``leftcol`` beside ``rightcol``)
    if region == "sidebar" and _code_sample(el):
        return None  # an API reference's code column (``class="api-aside"`` around request/response samples)
    if tag == "header" and _in_sectioning(el):
        return None  # the head of an article or of a teaser card, not of the page
    if region == "signature" and (tag in INLINE_TAGS or tag == "p"):
        # a function's parameters in a reference page (``<span class="signature">``), or the signed line
        # under a letter or a report (``<p class="signature">``): the text's own, no post's
        return None
    if tag == "aside" and is_callout(attrs, keys):
        return None  # a tip/note/warning box of the text, not a sidebar
    if tag == "aside" and _passage_of_text(el):
        return None  # a passage of the text set apart (an author's note), in the body's own paragraph style
    if tag in HEADING_TAGS and _heads_prose(el):
        return None  # "<h2 class='widget-title'>" over the article's own paragraph: a section heading
    if region in ("header", "nav", "widget") and _in_sectioning(el) and has_article \
            and (counts or SubtreeCounts(el)).link_density(el) < IN_ARTICLE_MIN_LINK_DENSITY:
        return None  # inside the article these are often its own head: title, byline, date
    if region == "header" and next(el.iterdescendants("h1"), None) is not None:
        return None  # the headline lives here: the title and byline steps need it
    kind = "comments" if region == "comments" else "chrome"
    guard = ("strong-side" if region in STRONG_SIDE_REGIONS and not evidence.startswith("<") else "strong") \
        if strong else region
    return kind, region, f"{_REGION_LABEL[region]} ({evidence})", guard


# ---------------------------------------------------------------------------
# pruning
# ---------------------------------------------------------------------------


def _keep_read(texts: dict[Any, str] | None, guard: _Guard, el: Any) -> None:
    """Keep, in ``texts`` when asked, the text the guard read of a subtree the scan skips."""
    if texts is not None:
        text = guard.counts.last_read(el)
        if text is not None:
            texts[el] = text


def _after(el: Any, top: Any) -> Any:
    """The nodes after ``el``'s subtree inside ``top``, in document order (as ``top.iter()`` gives
    them once past that subtree): the subtrees of its following siblings, then of its ancestors'."""
    return chain.from_iterable(_subtrees_after(el, top))


def _subtrees_after(el: Any, top: Any) -> Any:
    node = el
    while node is not top:
        for sib in node.itersiblings():
            yield sib.iter()
        node = node.getparent()


#: A class value as written -> (whether it names a post's author: threadshape.author_class, the hidden
#: evidence its tokens give: "class 'tok'" or ""), what the scan asks of an element whose class is its only
#: evidence, answered by one look-up (bounded as the region caches are).
_SCAN_CLASS_FACTS: dict[str, tuple[bool, str]] = {}


def _class_facts(value: str) -> tuple[bool, str]:
    """The scan's answers for a class value (see ``_SCAN_CLASS_FACTS``), kept by the value."""
    tok = _hidden_class(value) if value else ""
    got = (author_class(value), f"class {tok!r}" if tok else "")
    if len(_SCAN_CLASS_FACTS) >= _CACHE_MAX:
        _SCAN_CLASS_FACTS.clear()  # bounded memory
    _SCAN_CLASS_FACTS[value] = got
    return got


def _scan(doc: Any, body: Any, *, hidden: bool, chrome: bool, root: Any = None, texts: dict[Any, str] | None = None
          ) -> tuple[list[tuple[Any, Verdict]], list[tuple[Any, Verdict, bool]]]:
    """One walk of the body: hidden elements and chrome candidates, in document order.

    A candidate whose whole text is under the protection limit is certainly
    condemned: its subtree is not walked (hidden bits inside it go with it).
    Chrome candidates carry a flag saying whether the guard must still look.
    ``root``: walk only this element's subtree (not the element itself).
    ``texts``: filled with the text the guard read of each hidden element and
    of each condemned candidate (no walk reaches inside those, so their text
    is the same when they are removed).
    """
    found_hidden: list[tuple[Any, Verdict]] = []
    found_chrome: list[tuple[Any, Verdict, bool]] = []
    guard = _Guard(doc, body, still=True)  # (the walk changes nothing: the removals come after it)
    # whether the page has an <article>, <main> or <section>: looked for when a verdict needs it
    has_article = _HasArticle(body)
    chrome_tags = CHROME_TAGS
    top = body if root is None else root
    # The elements in document order from ``iter()`` (C): lxml's iterwalk makes an event tuple
    # per element, which cost more than the rest of the walk. A condemned subtree is skipped by
    # going on with the elements after it (see _after), its descendants unread.
    walker = top.iter()
    next(walker)  # the body itself is never pruned
    hidden_attrs = _HIDDEN_ATTRS
    chrome_attrs = _CHROME_ATTRS
    inline_tags = INLINE_TAGS
    not_class_only = _NOT_CLASS_ONLY
    facts_cache = _SCAN_CLASS_FACTS  # (the class caches are read here, the functions called on a miss)
    class_cache = _CLASS_CACHE
    # Every element walked stays referenced for the rest of the page (see _STATE_ALIVE).
    alive: list[Any] = doc.state.setdefault(_STATE_ALIVE, []) if root is None else []
    keep = alive.append
    if root is None:
        keep(body)  # (the chrome step and the block walk ask for the body again)
    authors: list[Any] = []  # the author-marked elements, for the board gate (see _undeclared_thread)
    while True:
        for el in walker:
            keep(el)
            tag = el.tag
            keys = el.keys()  # attribute names: the evidence below needs one of a few
            class_only = False  # the class is the only attribute either verdict reads
            if not keys:
                # (a comment, processing instruction or entity has no attributes and a tag that is no
                # str, hence in no vocabulary: it goes on here, without a test of its own)
                if tag not in chrome_tags:
                    continue
                attrs: Any = _NO_ATTRS
                why = ""
            elif "class" in keys and not_class_only.isdisjoint(keys):
                # the common case, a class and no other evidence: its value decides both verdicts
                attrs = el  # read with .get: long href/src values are not copied
                cls = el.get(b"class")  # (a bytes name is not encoded again at each call)
                facts = facts_cache.get(cls)  # (the cache read inline: one look-up an element)
                if facts is None:
                    facts = _class_facts(cls)
                if facts[0]:
                    authors.append(el)
                why = facts[1] if hidden else ""
                class_only = True
            else:
                attrs = el
                why = hidden_evidence(attrs, keys) if hidden and not hidden_attrs.isdisjoint(keys) else ""
            if hidden and why and tag not in ("html", "body"):
                if guard.surely_small(el, "hidden") or not guard.protects(el, "hidden"):
                    # (a tab or accordion panel's prose is kept: walked on, hidden bits inside it still go)
                    panel, lacks = guard.keeps_panel(el, keys)
                    if not panel and not guard.keeps_note(el, keys):
                        found_hidden.append((el, ("hidden", "", f"hidden element ({why}){lacks}", "hidden")))
                        walker = _after(el, top)  # (its subtree is skipped)
                        _keep_read(texts, guard, el)
                        break
            if chrome:
                low = tag  # (lower case already: the HTML parser, which makes every tree read here, writes it so)
                if low not in chrome_tags:
                    if low in inline_tags:
                        continue
                    # no chrome element, and no role, id or class (naming a region) to say otherwise: next
                    if class_only:
                        if not cls:
                            continue
                        got = class_cache.get(cls) or region_of_class(cls)
                        if not got[0]:
                            continue
                        # no chrome tag, no role and no id: the class is all chrome_evidence would read
                        v = _chrome_verdict(el, low, attrs, has_article, keys, guard.counts,
                                            (got[0], f"class {got[1]!r}", got[2], got[1]))
                    elif chrome_attrs.isdisjoint(keys):
                        continue
                    else:
                        v = _chrome_verdict(el, low, attrs, has_article, keys, guard.counts)
                else:
                    v = _chrome_verdict(el, low, attrs, has_article, keys, guard.counts)
                if v is not None and low == "aside" and guard.is_note_aside(el):
                    v = None
                if v is not None:
                    small = guard.surely_small(el, v[3])
                    found_chrome.append((el, v, not small))
                    if small:
                        walker = _after(el, top)  # (its subtree is skipped)
                        _keep_read(texts, guard, el)
                        break
        else:
            break
    del alive[ALIVE_MAX:]
    if root is None:
        doc.state[_STATE_AUTHORS] = authors
    return found_hidden, found_chrome


def _remove(doc: Any, el: Any, verdict: Verdict, text: str | None = None) -> None:
    """Record and remove one pruned element (``text``: its text, when read already)."""
    kind, region, reason, _ = verdict
    text = " ".join((_text(el) if text is None else text).split())  # scripts and styles are gone already
    if text:
        doc.record(kind, f"{reason}: {describe_element(el)}", text, region=region)
    drop_keep_tail(el)


def _body(doc: Any) -> Any:
    """The body, or the root when a broken page has none (its text then sits in the head)."""
    if doc.tree is None:
        return None
    body = next(doc.tree.iterchildren("body"), None)  # (as find("body"), without a path to parse)
    return body if body is not None else doc.tree


# ---------------------------------------------------------------------------
# steps
# ---------------------------------------------------------------------------

def strip_invisible(body: Any, doc: Any = None) -> None:
    """Remove script, style, noscript and template elements, and ``UNREAD_TAGS`` (their tails stay).

    They hold no page text (the block builder skips them too) and would only
    slow every later walk; the page's metadata was read from them before this
    runs (tree order 50). One exception: when ``<noscript>`` holds more text
    than the rest of the page (a page rendered by script, with the article as
    its no-script fallback), the noscript elements are unwrapped instead and
    the document notes it.
    """
    if doc is not None:
        _place_streamed(body, doc)
        holds = _noscript_holds_the_page(body)
        if holds is not None:  # script, style and template are gone already
            if holds:
                etree.strip_tags(body, "noscript")
                doc.note("chrome: the page's text sits in <noscript> (a page rendered by script); read from there")
                etree.strip_elements(body, *UNREAD_TAGS, with_tail=False)
            else:
                etree.strip_elements(body, "noscript", *UNREAD_TAGS, with_tail=False)
            return
    etree.strip_elements(body, *INVISIBLE_TAGS, *UNREAD_TAGS, with_tail=False)


#: React's streaming server render sends a suspended part of the page later, in a ``<div hidden
#: id="S:1">`` near the end, and an inline script call moves it into place: ``$RC("B:0","S:1")`` where
#: ``<template id="B:0">`` opens a boundary (in place of its fallback, "Loading ...", which ends at a
#: comment the parser does not keep: the fallback stays, for the line steps to judge),
#: ``$RS("S:1","P:2")`` where ``<template id="P:2">`` stands. A part whose text is prose (as a kept
#: panel's: PANEL_MIN_CHARS outside links, sentence punctuation, under PANEL_MAX_LINK_DENSITY) is the
#: page's text, shown in that place; a part of links (a carousel of products, "more from") or holding
#: a form (a newsletter box) stays hidden and goes (see _place_streamed). React appends the parts to
#: the body: only its children are looked at for one.
_STREAMED_CALL = re.compile(r'\$R([CS])\(\s*"([SBP]:[^"]+)"\s*,\s*"([SBP]:[^"]+)"')


def _place_streamed(body: Any, doc: Any) -> None:
    """Move React's streamed parts (see _STREAMED_CALL) where the page's scripts put them, before the
    scripts go: read where they are, they would be hidden text at the end of the page. The document
    notes how many parts were placed (nothing is removed)."""
    if not any(ch.tag == "div" and (ch.get("id") or "").startswith("S:") and ch.get("hidden") is not None
               for ch in body):
        return  # (React appends the parts to the body: most pages have none, and no script's text is read)
    calls = [c for sc in body.iter("script") if sc.text and "$R" in sc.text for c in _STREAMED_CALL.findall(sc.text)]
    if not calls:
        return
    etree.strip_elements(body, "script", "style", with_tail=False)  # (as strip_invisible does next: no text)
    ids = {el.get("id"): el for el in body.iter("div", "template") if (el.get("id") or "")[1:2] == ":"}
    placed = 0
    for call, first, second in calls:
        spot, part = (ids.get(first), ids.get(second)) if call == "C" else (ids.get(second), ids.get(first))
        if spot is None or part is None or spot.tag != "template" or part.tag != "div" \
                or part.get("hidden") is None or spot.getparent() is None or part.getparent() is None \
                or any(a is part for a in spot.iterancestors()):
            continue  # (not found, placed already, or a spot inside the part itself)
        text = " ".join(_text(part).split())
        chars = nonspace_len(text)
        links = _link_chars(part, chars)
        if not punct_count(text) or _weighted_len(text, chars - links) < PANEL_MIN_CHARS \
                or links >= PANEL_MAX_LINK_DENSITY * chars or _holds_form(part):
            continue  # no prose (a carousel of links) or a form (a sign-up box): left hidden, as such a panel is
        drop_keep_tail(part)  # (its tail stays where it was)
        del part.attrib["hidden"]
        part.tail = spot.tail
        spot.tail = None
        spot.getparent().replace(spot, part)
        placed += 1
    if placed:
        doc.note(f"chrome: placed {placed} streamed part(s) of the page where its scripts put them "
                 f"(React's $RC/$RS calls), not read as hidden text")


def _outer_noscripts(body: Any) -> list[Any]:
    """The ``<noscript>`` elements below ``body`` that are inside no other, in document order.

    (``descendant::noscript[not(ancestor::noscript)]``: both walks filter by tag in C, so only
    the noscript elements get a proxy, at a fraction of an XPath evaluation's cost.)
    """
    return [el for el in body.iter("noscript") if el is not body and next(el.iterancestors("noscript"), None) is None]


def _noscript_holds_the_page(body: Any) -> bool | None:
    """Whether the outermost <noscript> elements hold more text than the rest of the body.

    None when the body has no <noscript>; otherwise script, style and template
    elements were stripped to count the text.
    """
    outer = _outer_noscripts(body)
    if not outer:
        return None
    etree.strip_elements(body, "script", "style", "template", with_tail=False)
    inside = sum(nonspace_len(_text(el)) for el in outer)
    if inside < NOSCRIPT_MIN_CHARS:
        return False
    return inside > nonspace_len(_text(body)) - inside


def hidden_step(doc: Any) -> None:
    """Prune hidden subtrees; the same walk finds the chrome candidates for the chrome step."""
    body = _body(doc)
    if body is None:
        return
    strip_invisible(body, doc)
    texts: dict[Any, str] = {}
    hidden, chrome = _scan(doc, body, hidden=True, chrome=True, texts=texts)
    gone = {el for el, _ in hidden}
    for el, v in hidden:
        _remove(doc, el, v, texts.pop(el, None))
    doc.state[_STATE_PENDING] = (chrome, gone, texts)


@dataclass(eq=False)
class ChromeSignal:
    """Chrome evidence on an element left in the page for the locator to weigh.

    ``weight`` multiplies the element's score in the locator; ``outcome`` and
    ``why`` are filled in by the locator (``kept``/``dropped``) for ``explain``.
    """

    element: Any
    kind: str  # the removal kind its blocks get when the locator drops them
    region: str
    evidence: str  # the reason the chrome step would have given
    strength: str  # weak / region / strong, or "lead": it holds (or is alike what holds) the lead
    weight: float
    note: str  # why it was left: prose, link density, share
    outcome: str = ""
    why: str = ""

    def describe(self) -> str:
        return describe_element(self.element)


def chrome_step(doc: Any) -> None:
    """Prune navigation, headers, footers, sidebars, comments and page widgets.

    Elements that hold prose and whose evidence is weak (or which hold a good
    share of the page's prose) are not pruned: they become :class:`ChromeSignal`
    entries in ``doc.state[SIGNALS]`` for the locator to weigh.
    """
    body = _body(doc)
    if body is None:
        return
    pending = doc.state.pop(_STATE_PENDING, None)
    texts: dict[Any, str] = {}  # the texts of condemned candidates read by the scan
    if pending is None:  # the hidden step did not run
        strip_invisible(body, doc)
        candidates, gone = _scan(doc, body, hidden=False, chrome=True, texts=texts)[1], set()
    else:
        candidates, gone, texts = pending
    guard = _Guard(doc, body)
    removed: set[Any] = set(gone)
    signals: list[ChromeSignal] = doc.state.setdefault(SIGNALS, [])
    if not doc.state.get(THREAD_PAGE_KEY):  # (a page declaring nothing may be a thread by its template)
        _undeclared_thread(doc, body, candidates)
    thread = _thread_regions(doc, guard, candidates)
    forum = bool(thread) and doc.state.get(THREAD_PAGE_KEY) == FORUM_PAGE_TYPE
    queue = list(reversed(candidates))
    second_look = doc.state.get(SECOND_LOOK_KEY)  # (the first pass kept no article: see below)
    while queue:
        el, v, check = queue.pop()
        if el.getparent() is None or (removed and any(map(removed.__contains__, el.iterancestors()))):
            continue  # already gone with an ancestor
        if check and guard.protects(el, v[3]):
            signals.append(_signal(el, v, "protected: holds a large share of the page's prose or the "
                                   "article's marker; its class words are not held against it", 1.0))
            continue  # may hold the article: only chrome inside it goes
        keep, why, strength = guard.signal(el, v)
        if not keep and thread and v[0] == "comments":
            region = next((a for a in (el, *el.iterancestors()) if a in thread), None)
            # (on a page declared a forum topic, a comment-named badge or meta line inside a post still goes)
            if region is not None and (el is region or not forum or _post_text(guard, el)):
                keep, why = True, thread[region]
        if not keep and second_look:
            keep, why = guard.second_look(el, v)
        if keep:
            signals.append(_signal(el, v, why, 1.0, strength or "lead"))
            if not check:  # its subtree was not walked (it looked condemned): chrome inside it still goes
                queue.extend(reversed(_scan(doc, body, hidden=False, chrome=True, root=el)[1]))
            continue
        # (read through the guard's counts, which see the same characters read as if it had asked)
        _remove(doc, el, v, guard.counts.text(el, None if check else texts.get(el)))
        removed.add(el)
    doc.state.pop(_STATE_SIZE, None)


def _undeclared_thread(doc: Any, body: Any, candidates: list[tuple[Any, Verdict, bool]]) -> None:
    """Mark a page that declares nothing a forum topic when its comment sections hold a board's run of
    posts (see threadshape): its posts are then left to the locator as a declared topic's are."""
    comments = [el for el, v, _ in candidates if v[0] == "comments"]
    members = set(comments)
    outer = [el for el in comments if not any(map(members.__contains__, el.iterancestors()))]
    why = thread_shape(body, outer, {el for el, v, _ in candidates if v[0] != "comments"}) if comments else ""
    # (a board's posts in no comment-named section: a phpBB or vBulletin topic; searched only where the scan's
    # author-marked elements stand in enough alike boxes, and only where those hold enough of the text)
    parents = board_parents(doc.state.get(_STATE_AUTHORS)) if not why else []
    if parents != []:
        why = board_shape(body, members, parents=parents)
    if why:
        doc.state[THREAD_PAGE_KEY] = FORUM_PAGE_TYPE
        doc.note(f"chrome: a thread page by its template, declared nothing: {why}; read as a forum topic "
                 f"({FORUM_PAGE_TYPE})")


def _thread_regions(doc: Any, guard: _Guard, candidates: list[tuple[Any, Verdict, bool]]) -> dict[Any, str]:
    """The outermost comment sections of a thread page, each with the note its posts get as
    signals; empty when the page is no thread (see THREAD_SHARE): a page whose comment
    sections hold most of its prose and no article outside them."""
    outer = [el for el, v, _ in candidates if v[0] == "comments"]
    if not outer:
        return {}
    declared = doc.state.get(THREAD_PAGE_KEY) == FORUM_PAGE_TYPE  # (a question page's comments are notes)
    if not declared and not any(check for _, v, check in candidates if v[0] == "comments"):
        return {}  # (no comment section big enough to be looked at: the page's prose was not even counted)
    members = set(outer)
    outer = [el for el in outer if not any(map(members.__contains__, el.iterancestors()))]
    prose = sum(guard.prose(el) for el in outer)
    page = guard.page_prose
    share = prose / max(page, 1)
    if declared and prose >= MIN_PROTECTED_CHARS:
        doc.note(f"chrome: the page declares itself a forum topic ({FORUM_PAGE_TYPE}): its comment "
                 f"sections hold {share:.2f} of the page's prose; their posts are left to the locator")
        note = f"a post of a page declared a forum topic ({FORUM_PAGE_TYPE})"
        return {el: note for el in outer if _post_text(guard, el)}
    if prose < MIN_PROTECTED_CHARS or prose < THREAD_SHARE * page or page - prose >= THREAD_OUTSIDE_SHARE * prose:
        return {}
    chain = guard.lead_chain
    if chain and not any(el in chain for el in outer):
        return {}  # the paragraph under the title stands outside the comments: an article's page
    if not chain and _prose_outside(guard.body, {el for el, _, _ in candidates},
                                    max(LEAD_MIN_CHARS, THREAD_STRAY_SHARE * prose)):
        return {}  # no title heading found, and paragraphs stand outside the comments: a post's page
    doc.note(f"chrome: a thread page: its comment sections hold {share:.2f} of the page's prose and no article "
             f"stands outside them; their posts are the content (left to the locator)")
    note = (f"a post of a thread page (the comment sections hold {share:.2f} of the page's prose, "
            f"no article outside them)")
    return {el: note for el in outer}


def _post_text(guard: _Guard, el: Any) -> bool:
    """True when ``el`` holds a post's text (``POST_MIN_CHARS`` of prose with a punctuation mark), not a
    badge's or a meta line's ("Author", "Posted March 3 (edited)")."""
    return guard.prose(el) >= POST_MIN_CHARS and punct_count(el.text_content()) > 0


def _prose_outside(body: Any, skip: set[Any], least: float = 0) -> bool:
    """True when text runs of prose (LEAD_MIN_CHARS each, a Han or kana character counting CJK_WEIGHT, with
    sentence punctuation) stand in ``body`` outside links and outside the ``skip`` elements, ``least``
    characters of them in all (one such run is enough by default)."""
    found = 0
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            if el in skip or el.tag == "a":
                walker.skip_subtree()  # (its tail is still read, at its end)
                continue
            runs = (el.text,)
        else:
            runs = (el.tail,) if el is not body else ()
        for text in runs:
            if text and len(text) >= LEAD_MIN_CHARS // CJK_WEIGHT:
                n = len(text.strip())
                w = _weighted_len(text, n)
                if w >= LEAD_MIN_CHARS and punct_count(text):
                    found += w
                    if found >= least:
                        return True
    return False


def _signal(el: Any, verdict: Verdict, note: str, weight: float | None = None,
            strength: str = "") -> ChromeSignal:
    kind, region, reason, guard = verdict
    strength = strength or ("strong" if guard.startswith("strong") else (
        "weak" if "> element" not in reason and _weak(reason) else "region"))
    return ChromeSignal(el, kind, region, reason, strength,
                        SIGNAL_WEIGHT.get(strength, 1.0) if weight is None else weight, note)


def permalinks_step(doc: Any) -> None:
    """Take the permalink marks out of headings (``<h2>Install<a href="#install">¶</a></h2>``).

    Docs themes put an in-page link with a mark (``¶``, ``#``, ``🔗``) in every
    heading; it is no heading text. Each is recorded (kind ``permalink``) and
    removed, its tail kept, after the other tree steps, so the block walk reads
    the headings without it.
    """
    if doc.tree is None:
        return
    for el, sign, heading in permalink_marks(doc.tree):
        where = "inside the heading " + repr(heading[:60]) if heading else "at the start of a heading"
        doc.record("permalink", "a permalink mark " + where, sign)
        drop_keep_tail(el)


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("hidden", hidden_step, order=100, stage="tree", kind="hidden", input_kinds=("html",),
                  description="hidden attribute, aria-hidden, display:none, screen-reader-only classes"))
    register(Step("chrome", chrome_step, order=150, stage="tree", kind="chrome", input_kinds=("html",),
                  description="nav, header, footer, sidebar, comments, cookie/login boxes, pagination"))
    register(Step("permalinks", permalinks_step, order=900, stage="tree", kind="permalink", input_kinds=("html",),
                  description="permalink marks of headings (¶, #, 🔗 linking to the heading itself)"))
