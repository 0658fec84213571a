"""Page regions as class, id and role words name them, for the ``chrome`` plugin.

The vocabulary (region words by region, compared per ``-``/``_``/``:``-separated part
of a token; words that take a region word back: paywalls, layouts' content slots,
an article's own widgets, state flags; hidden utility classes; chrome roles and
elements) and how one class/id value or one element's attributes read with it:
:func:`region_of_value`, :func:`hidden_evidence`, :func:`chrome_evidence`. What
the tree walk does with the evidence (guards, signals, pruning) is the plugin's.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from newsclean.blocks import HEADING_TAGS
from newsclean.patterns import class_names
from newsclean.plugins.vocab.pagebuilders import PAGE_BUILDER_PARTS, PAGE_BUILDER_PREFIXES
from newsclean.plugins.vocab.panels import (  # noqa: F401 (the panel vocabulary, read by chrome)
    PANEL_OWNER_PARTS, PANEL_PARTS, PANEL_ROLES, PANEL_SOLO_PARTS, PANEL_TOKENS, panel_class, panel_word)
from newsclean.plugins.vocab.stateflags import names_no_region

# ---------------------------------------------------------------------------
# vocabulary (class / id / role tokens, compared per "-"/"_"-separated part)
# ---------------------------------------------------------------------------

#: Token parts that name a page region, by region.
REGION_PARTS: dict[str, frozenset[str]] = {
    "nav": frozenset((
        "nav", "navbar", "navigation", "navigator", "menu", "menubar", "menus", "mainmenu", "topmenu",
        "submenu", "megamenu", "breadcrumb", "breadcrumbs", "crumbs", "crumb", "subnav", "topnav",
        "mainnav", "sitenav", "skiplink", "skiplinks", "skip", "toolbar", "tabbar", "sitemap",
        "daohang",  # 导航 (navigation) in pinyin
        "mianbaoxie",  # 面包屑 (breadcrumbs)
        "previousnext", "prevnext", "nextprev",  # a post's previous/next links (``id="PreviousNext"``)
    )),
    "header": frozenset(("masthead", "topbar", "siteheader", "globalheader", "top-bar", "headerbar")),
    "footer": frozenset((
        "footer", "foot", "footnav", "sitefooter", "globalfooter", "copyright", "colophon", "bottombar",
        "banquan",  # 版权 (copyright)
    )),
    "sidebar": frozenset((
        "sidebar", "sidebars", "side", "aside", "rail", "rightrail", "leftrail", "widget", "widgets",
        "sidebox", "sidecol", "rightcol", "leftcol", "right-column", "sidenav", "rightside", "leftside",
        "infobox",  # a wiki's fact box beside the text (a news site's "Infobox" too: a fact box)
        "celan",  # 侧栏 (sidebar)
    )),
    "comments": frozenset((
        "comment", "comments", "commentlist", "commentbox", "comment-list", "disqus", "respond",
        "replies", "reply", "discussion", "talkback", "pinglun",  # 评论 (comments)
        # the plural in other languages (a singular may name an opinion piece: "Kommentar", "commento"; not
        # "commenti", a comment item's class in English)
        "kommentare", "commentaires", "comentarios", "comentários", "reacties", "komentarze",
        "kommentarer", "kommentit",
    )),
    "consent": frozenset((
        "cookie", "cookies", "consent", "gdpr", "cookiebar", "onetrust", "cookielaw", "privacy-banner",
    )),
    # a forum post's signature: the member's lines under each post (their gear, a motto, their links)
    "signature": frozenset((
        "signature", "signatures", "postsignature", "membersignature", "usersignature", "signaturecontainer",
    )),
    "widget": frozenset((
        "login", "signin", "signup", "logon",
        "loginbox", "loginform", "loginmodal", "userlogin",  # sign-in boxes (not "dialog": Drupal wraps whole
        # pages in "dialog-off-canvas-main-canvas")
        "register", "registration", "newsletter", "subscribe", "subscription", "modal",
        "popup", "overlay", "lightbox", "pagination", "pager", "paging", "pagenav", "fenye",  # 分页
        "backtotop", "gotop", "back-to-top", "search", "searchbox", "searchform",
        "poll", "polls", "survey", "umfrage", "sondage",  # a poll's box: a question, answers, a vote count
    )),
}
#: A signature word names a post's signature alone or beside one of these words (``message-signature``,
#: ``post-signature``, ``msg_12_signature``); beside another (``member-signature``, ``method-signature``,
#: ``model-signature``) it names a function's or a type's signature in a reference page: no region (as
#: the element of a BEM block it is a post's still: ``ipsEntry__signature``).
SIGNATURE_OWNER_PARTS = frozenset(("post", "message", "msg", "user", "forum", "reply"))
#: A shop's customer reviews under its product (``product-reviews``, ``customer-reviews-list``,
#: ``kundenbewertungen``-like parts split by ``-``/``_``): a review word (plural: the reviews, not one review
#: article, ``review-body``) beside a word naming whose reviews they are, read as a comment section (the
#: thread guards apply: a page whose reviews are most of its prose keeps them for the locator). Per language.
REVIEW_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("reviews", "ratings"),
    "de": ("bewertungen", "rezensionen", "kundenbewertungen", "produktbewertungen"),
    "fr": ("avis", "commentaires"),
    "es": ("opiniones", "valoraciones", "reseñas", "resenas"),
    "it": ("recensioni", "valutazioni"),
    "pl": ("opinie", "recenzje"),
    "nl": ("beoordelingen", "recensies"),
}
#: ... the words naming the reviewers or the reviewed thing (a German compound holds its own).
REVIEW_OWNER_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("customer", "customers", "product", "products", "user", "users", "buyer", "buyers", "client",
           "clients", "shopper", "shoppers", "pdp"),
    "de": ("kunden", "produkt"),
    "fr": ("client", "clients", "produit"),
    "es": ("cliente", "clientes", "producto", "usuarios"),
    "it": ("clienti", "prodotto", "utenti"),
    "pl": ("klientow", "klientów", "produktu"),
    "nl": ("klanten", "product"),
}
#: German compounds that name the owner themselves.
REVIEW_SELF_OWNED = frozenset(("kundenbewertungen", "produktbewertungen"))
_REVIEW_PART_SET = frozenset(w for ws in REVIEW_PARTS.values() for w in ws)
_REVIEW_OWNER_SET = frozenset(w for ws in REVIEW_OWNER_PARTS.values() for w in ws)
#: Longer stems also matched inside glued tokens (``commentlist``, ``footerwrap``).
GLUED_STEMS: dict[str, tuple[str, ...]] = {
    "nav": ("breadcrumb", "navbar", "navigation", "mainmenu", "topmenu"),
    "footer": ("footer", "copyright"),
    "sidebar": ("sidebar",),
    "comments": ("comment", "disqus"),
    "consent": ("onetrust", "cookiebanner", "cookienotice", "cookieconsent", "cookiebar"),
    "widget": ("newsletter", "pagination"),
}
#: Words of paywall / metered-access wrappers (``paywall``, ``paywallAccessWrapper``,
#: ``locked-content``). They are no region: the article behind a paywall is the article.
#: The short prompt itself ("Subscribe to continue reading") is dropped by the ``appeals``
#: and ``prompts`` plugins from its text.
PAYWALL_PARTS = frozenset(("paywall", "paywalled", "metered", "premium", "locked", "subscriber", "subscribers"))
#: ... also glued into longer tokens (``paywallNoAccessWrapperOuter``).
PAYWALL_STEMS = ("paywall",)
#: BEM-like tokens (``block__element``, ``block--modifier``) whose last element names the
#: content slot of a layout (``sidebar-grid__content``, ``layout__main``, ``x-widget__body``)
#: are no region evidence, whatever their block is called ...
CONTENT_SLOT_PARTS = frozenset(("content", "contents", "main", "body", "article", "text", "story"))
#: ... unless the block itself is one of these regions: ``footer__content`` is the footer's text.
SLOT_KEEPS_REGION = frozenset(("nav", "footer", "comments", "consent"))
#: Words naming the article whose widgets are its own content blocks (``article-widget``,
#: ``story-widgets``: page builders split a story into text, image and quote widgets) ...
ARTICLE_OWNER_PARTS = frozenset(("article", "story", "post", "entry"))
#: ... for these region words only.
OWNED_REGION_PARTS = frozenset(("widget", "widgets"))
#: Words that make a region word the name of a page layout (``sidebar-grid``,
#: ``sidebar-layout``): the layout holds the main column as well as the sidebar, so its
#: BEM elements (``sidebar-grid__container``) are no region evidence either.
LAYOUT_PARTS = frozenset(("grid", "layout", "columns", "cols", "row", "rows", "split"))
#: WordPress's ``post_class()`` writes the post's taxonomy terms as ``<prefix><slug>`` tokens
#: (``tag-cookie-recipes``, ``category-sidebar-news``, ``format-aside``): the slug's words name the
#: post's subject, not a page region. In a class value that carries the post-class marks (below),
#: tokens with these prefixes are no region evidence (``tag-menu`` alone still names a menu).
TAXONOMY_PREFIXES = ("tag-", "category-", "format-", "post_format-", "type-", "status-")
#: ... the marks: a ``hentry`` token, or both a ``type-<post type>`` and a ``status-<status>`` token.
POST_CLASS_TOKENS = frozenset(("hentry",))
POST_CLASS_PREFIX_PAIRS = (("type-", "status-"),)
#: A page widget's word followed by one of these and one layout word or more (GENERIC_PARTS) names
#: the page's type, not the widget: ``search-page-wrapper`` wraps a search (or category) page's whole
#: content, ``login-page-container`` a sign-in page's (``subscription-page``, no layout word after it,
#: still names a box) ...
PAGE_TYPE_PARTS = frozenset(("page", "pages"))
#: ... and one followed by one of these (then layout words only, or none) names that page's own
#: content: ``search-results`` lists what a search or category page shows (``search-box``,
#: ``search-overlay`` still name the widget).
PAGE_CONTENT_PARTS = frozenset(("results",))
#: Token parts that look like a region word but name article content.
NOT_CHROME = frozenset((
    "commentary", "commentator", "commentators", "navy", "navarro", "sidebar-article", "article-sidebar",
))
#: Token parts that make a region word local to a piece of content (``figure-footer``,
#: ``caption-nav``, the notes closing the text: ``footnotes-footer``): such tokens are not page chrome.
CONTENT_PARTS = frozenset((
    "figure", "figcaption", "caption", "image", "img", "photo", "picture", "media", "gallery", "video",
    "product", "quote", "table", "chart", "footnote", "footnotes", "endnote", "endnotes",
))
#: Token parts that add nothing to a region word (``comments-area``, ``site-footer``): a
#: token made only of these and region words is strong evidence (see PROTECT_SHARE).
GENERIC_PARTS = frozenset((
    "wrap", "wrapper", "container", "area", "box", "section", "list", "block", "inner", "outer", "holder",
    "module", "panel", "region", "zone", "main", "site", "page", "global", "top", "bottom", "left", "right",
    "primary", "secondary", "ascx", "ctl", "col", "column", "content", "links", "items", "bar",
))
#: Region words too generic to be strong evidence on their own (Blogger wraps posts in "widget").
WEAK_PARTS = frozenset((
    "widget", "widgets", "side", "rail", "foot", "skip", "search", "modal", "overlay", "popup", "register",
    "login", "subscribe", "subscription", "toolbar", "tabbar", "reply", "replies", "respond", "discussion",
    "menu", "menus", "overlay", "lightbox", "pager", "paging", "loginbox", "loginform", "loginmodal",
    "userlogin",
    "leftcol", "leftside",  # the left column of an old two-column layout: as often the article's as a sidebar
))
#: Phrases of layout words in a token whose words name no region there (``summary-item--side-by-side``:
#: two boxes set next to each other, no sidebar).
LAYOUT_PHRASES = (("side", "by", "side"),)
_LAYOUT_PHRASE_WORDS = tuple(frozenset(ph) for ph in LAYOUT_PHRASES)  # (a first look: every word of a phrase)
#: Side columns named by their side, each with its twin on the other side (the two columns of a
#: two-column layout, ``<div class="leftcol">`` beside ``<div class="rightcol">``): when both stand side
#: by side under one parent, they are the page's columns, not a page and its sidebar, and only the
#: one holding less prose outside links is read as the sidebar (``chrome._column_of_pair``).
COLUMN_TWINS = {
    "leftcol": "rightcol", "rightcol": "leftcol", "leftside": "rightside", "rightside": "leftside",
    "left-column": "right-column", "right-column": "left-column",
}
#: Inline elements: their class words describe a bit of text (``hljs-comment`` in code),
#: not a page region.
INLINE_TAGS = frozenset((
    "a", "span", "b", "i", "em", "strong", "code", "small", "sup", "sub", "label", "font", "abbr", "time",
    "mark", "img", "u", "s", "q", "cite", "var", "kbd", "samp", "br", "wbr",
))
#: Elements whose id is an anchor made from their own text (``<h2 id="reducing-the-cost-side">``),
#: never a region's name: their ids are not read as chrome evidence (their class still is).
SLUG_ID_TAGS = HEADING_TAGS
#: Elements whose tag alone is strong evidence.
STRONG_TAGS = frozenset(("nav", "aside"))
#: Whole tokens of hidden or screen-reader-only utility classes.
HIDDEN_TOKENS = frozenset((
    "hidden", "hide", "d-none", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only",
    "screen-reader-text", "screen-reader-only", "screenreader", "offscreen", "element-invisible",
    "u-hidden", "hidden-text", "a11y-hidden",
))
#: Display utilities a breakpoint's class overrides (Tailwind's ``hidden lg:block``, ``block lg:hidden``,
#: ``sr-only md:not-sr-only``; Bootstrap's ``d-none d-md-flex``, ``d-block d-md-none``): the page is read
#: as a desktop's screen shows it, the class of the widest breakpoint up to ``xl`` (1200-1280 pixels)
#: deciding: ``hidden lg:block`` is shown, ``block lg:hidden`` (the phone's rendering, its desktop twin
#: elsewhere) hidden, ``hidden md:flex lg:hidden xl:flex`` shown. Wider breakpoints (``2xl``) are not read.
RESPONSIVE_HIDING = frozenset(("hidden", "d-none", "sr-only"))
BREAKPOINT_RANKS = {"sm": 1, "md": 2, "lg": 3, "xl": 4}
_DISPLAY = "block|flex|grid|inline|inline-block|inline-flex|table|table-cell|table-row|contents|flow-root"
_BREAKPOINT_CLASS = re.compile(
    rf"(sm|md|lg|xl):(hidden|sr-only|not-sr-only|{_DISPLAY})|d-(sm|md|lg|xl)-(none|{_DISPLAY})")
_BREAKPOINT_HIDES = frozenset(("hidden", "sr-only", "none"))
#: Panels of a tab set or an accordion, hidden until a click: the hidden step keeps them when
#: their text is prose in few links (see chrome._Guard.keeps_panel). Their words (PANEL_ROLES,
#: PANEL_TOKENS, PANEL_OWNER_PARTS, PANEL_PARTS) and panel_class are in plugins/vocab/panels.
#: A control pointing to a panel by id: ``data-toggle`` / ``data-bs-toggle`` values of a tab or
#: collapse toggle (``data-target``, ``data-bs-target`` or ``href`` name the panel), and the roles
#: whose ``aria-controls`` names a panel (any ``aria-controls`` with ``aria-expanded`` does too).
PANEL_TOGGLES = frozenset(("tab", "tabs", "pill", "pills", "collapse", "accordion"))
PANEL_CONTROL_ROLES = frozenset(("tab",))
#: A footnote's text hidden until its mark is hovered or clicked (``footnoteContent``,
#: ``fn-content``): a class token made of one of these words (glued or not) ...
NOTE_STEMS = ("footnote", "endnote", "sidenote", "fn")
#: ... and one of these (the note's text, or the popup showing it).
NOTE_BODY_PARTS = frozenset(("content", "text", "body", "popup", "tooltip", "def", "definition"))
#: Roles that name page chrome.
CHROME_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "sidebar",
                "search": "widget", "menu": "nav", "menubar": "nav", "dialog": "widget", "alertdialog": "widget"}
#: Elements that are chrome by themselves.
CHROME_TAGS = {"nav": "nav", "aside": "sidebar", "footer": "footer", "header": "header"}
#: Class words of an ``<aside>`` that is a box of the text (a docs/blog callout: tip, note,
#: warning), not a sidebar: such an aside is not chrome by its tag.
#: (News fact boxes and pull quotes are not listed: they restate or sit beside the story.)
CALLOUT_PARTS = frozenset(("callout", "admonition", "tip", "hint", "note", "warning", "caution", "important"))
#: A heading whose class names a widget (``widget-title``) heads the article's own section when the
#: paragraph after it holds at least this many characters of prose (and few links).
SECTION_PROSE_CHARS = 80

_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPLIT = re.compile(r"[-_:]+")
_BEM = re.compile(r"__|--")
_PART_TO_REGION = {part: region for region, parts in REGION_PARTS.items() for part in parts}
_GLUED_SEARCH = re.compile("|".join(re.escape(st) for stems in GLUED_STEMS.values() for st in stems)).search
_REGION_PART_SET = frozenset(_PART_TO_REGION)
_FIRST_LOOK_SET = _REGION_PART_SET | _REVIEW_PART_SET  # a value's words that may name a region


# ---------------------------------------------------------------------------
# recognising
# ---------------------------------------------------------------------------

_VALUE_CACHE: dict[str, tuple[str, str, bool]] = {}
#: A class value as written -> :func:`region_of_class` (ids and cut values are in _VALUE_CACHE).
_CLASS_CACHE: dict[str, tuple[str, str, bool]] = {}
_HIDDEN_CACHE: dict[str, str] = {}
#: Per token (class values differ from site to site, their tokens much less).
_TOKEN_CACHE: dict[str, tuple[str, str, bool] | None] = {}
_CACHE_MAX = 20000
_NO_REGION = ("", "", False)
_UNSEEN = object()


def region_of_value(value: str) -> tuple[str, str, bool]:
    """(region, token, strong) when a token of a class or id value names a chrome region.

    ``strong``: the token says nothing but the region (``comments``,
    ``site-footer``, ``comment-list``), unlike ``sidebar-widget`` or
    ``post-comments``, which wrappers of the article carry too. State flags
    (``has-sidebar``, ``comments-enabled``, ``menu-open``) name no region.
    """
    got = _VALUE_CACHE.get(value)
    if got is not None:
        return got
    got = _NO_REGION
    low = value.lower()
    # Most values hold no region word and no glued stem in any token: one split and one search
    # over the whole value prove it, without looking at each token (see _region_of_token).
    if not _FIRST_LOOK_SET.isdisjoint(low.replace("_", " ").replace(":", " ").replace("-", " ").split()) \
            or _GLUED_SEARCH(low) is not None:
        got = _region_of_tokens(_without_taxonomy_terms(low))
    if len(_VALUE_CACHE) >= _CACHE_MAX:
        _VALUE_CACHE.clear()  # bounded memory; the values of the pages at hand come back quickly
    _VALUE_CACHE[value] = got
    return got


def region_of_class(value: str) -> tuple[str, str, bool]:
    """:func:`region_of_value` of a class value, each token cut to its utility name first
    (:func:`newsclean.patterns.class_names`: ``lg-nav:px-12`` names no nav), kept by the value
    as written (``_CLASS_CACHE``: a hit costs what :func:`region_of_value`'s does)."""
    got = _CLASS_CACHE.get(value)
    if got is None:
        got = region_of_value(class_names(value))
        if len(_CLASS_CACHE) >= _CACHE_MAX:
            _CLASS_CACHE.clear()  # bounded memory
        _CLASS_CACHE[value] = got
    return got


def _without_taxonomy_terms(low: str) -> str:
    """``low`` without its taxonomy-term tokens (TAXONOMY_PREFIXES) when it is a post's class value
    (POST_CLASS_TOKENS, POST_CLASS_PREFIX_PAIRS), else ``low`` itself."""
    tokens = low.split()
    if POST_CLASS_TOKENS.isdisjoint(tokens) and not any(
            any(t.startswith(a) for t in tokens) and any(t.startswith(b) for t in tokens)
            for a, b in POST_CLASS_PREFIX_PAIRS):
        return low
    return " ".join(t for t in tokens if not t.startswith(TAXONOMY_PREFIXES))


def _region_of_tokens(low: str) -> tuple[str, str, bool]:
    """:func:`region_of_value` of a lower-case value, token by token (the first token naming a region)."""
    got = _NO_REGION
    tokens = _TOKEN_CACHE
    for tok in low.split():
        hit = tokens.get(tok, _UNSEEN)
        if hit is _UNSEEN:
            hit = _region_of_token(tok)
            if len(tokens) >= _CACHE_MAX:
                tokens.clear()
            tokens[tok] = hit
        if hit is not None:
            got = hit
            break
    return got


def _region_of_token(tok: str) -> tuple[str, str, bool] | None:
    """(region, token, strong) when one lower-case class/id token names a chrome region, else None."""
    parts = _parts(tok)
    if not _REVIEW_PART_SET.isdisjoint(parts) and _customer_reviews(parts):
        return ("comments", tok, False)  # "product-reviews": the shop's customer reviews, a comment section
    if not any(p in _PART_TO_REGION for p in parts) and _GLUED_SEARCH(tok) is None:
        return None  # no region word at all (most tokens): none of the tests below can find one
    if any(ws.issubset(parts) for ws in _LAYOUT_PHRASE_WORDS):
        parts = _without_phrases(parts)
        if not any(p in _PART_TO_REGION for p in parts) and _GLUED_SEARCH(tok) is None:
            return None  # its region word was a layout phrase's ("side-by-side")
    if tok in NOT_CHROME or names_no_region(tok):
        return None  # "comments-enabled", "has-sidebar": a state of the element, not a region
    if any(p in NOT_CHROME or p in CONTENT_PARTS for p in parts):
        return None
    if _content_slot(tok) or any(p in PAYWALL_PARTS for p in parts) or any(st in tok for st in PAYWALL_STEMS):
        return None
    if tok.startswith(PAGE_BUILDER_PREFIXES):
        parts = [p for p in parts if p not in PAGE_BUILDER_PARTS]
        if not any(p in _PART_TO_REGION for p in parts):
            return None  # "elementor-widget-text-editor": layout, not a region
    regional = [p for p in parts if p in _PART_TO_REGION]
    if _names_page_type(parts):
        return None  # "search-page-wrapper", "search-results": a search page's wrapper or content, no search box
    if regional and all(p in OWNED_REGION_PARTS for p in regional) \
            and any(p in ARTICLE_OWNER_PARTS for p in parts):
        return None  # "article-widget": a content block of the article
    region = _PART_TO_REGION[regional[0]] if regional else ""
    if region == "signature" and tok.rpartition("__")[2] not in REGION_PARTS["signature"] and not all(
            p in REGION_PARTS["signature"] or p in SIGNATURE_OWNER_PARTS or p.isdigit() for p in parts):
        return None  # "member-signature": a method's signature in a reference page ("entry__signature": a post's)
    glued = False
    if not region:
        region = next((r for r, stems in GLUED_STEMS.items() for st in stems if st in tok), "")
        glued = True
    if region:
        strong = (all(p in _PART_TO_REGION or p in GENERIC_PARTS or p.isdigit() for p in parts if p)
                  and not any(p in WEAK_PARTS for p in parts))
        return (region, tok, strong and not glued)
    return None


def _customer_reviews(parts: list[str]) -> bool:
    """True when a token's words name a shop's customer reviews: a review word (REVIEW_PARTS) with a word
    naming their owner (REVIEW_OWNER_PARTS), or a compound naming both (REVIEW_SELF_OWNED)."""
    return not REVIEW_SELF_OWNED.isdisjoint(parts) or not _REVIEW_OWNER_SET.isdisjoint(parts)


def _without_phrases(parts: list[str]) -> list[str]:
    """A token's words without those of its layout phrases (``LAYOUT_PHRASES``)."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        for ph in LAYOUT_PHRASES:
            if tuple(parts[i:i + len(ph)]) == ph:
                i += len(ph)
                break
        else:
            out.append(parts[i])
            i += 1
    return out


def _names_page_type(parts: list[str]) -> bool:
    """True when a token's words are a page widget's word, then a page word and layout words
    (``search-page-wrapper``: PAGE_TYPE_PARTS) or a page content word and layout words, if any
    (``search-results``: PAGE_CONTENT_PARTS)."""
    if len(parts) < 2 or _PART_TO_REGION.get(parts[0]) != "widget" or not all(p in GENERIC_PARTS for p in parts[2:]):
        return False
    return parts[1] in PAGE_CONTENT_PARTS or (parts[1] in PAGE_TYPE_PARTS and len(parts) >= 3)


def _parts(tok: str) -> list[str]:
    """The words of a token split at ``-``, ``_`` and ``:`` (``[p for p in _SPLIT.split(tok) if p]``,
    without a regular expression)."""
    return [p for p in tok.replace("_", "-").replace(":", "-").split("-") if p]


def _content_slot(tok: str) -> bool:
    """True for a BEM-like token whose last element names a layout's content slot.

    ``sidebar-grid__content`` and ``layout__main`` are the main column of a
    layout; ``footer__content`` (a block that is itself nav, footer, comments
    or consent) stays that region's content.
    """
    pieces = [p for p in _BEM.split(tok) if p] if "__" in tok or "--" in tok else [tok] if tok else []
    block = _parts(pieces[0]) if pieces else []
    if len(block) >= 2 and block[-1] in LAYOUT_PARTS and any(p in _PART_TO_REGION for p in block) \
            and not any(p in _PART_TO_REGION for piece in pieces[1:] for p in _parts(piece)):
        return True  # "sidebar-grid", "sidebar-grid__container": a layout that has a sidebar
    if len(pieces) < 2:
        return False
    if not any(p in CONTENT_SLOT_PARTS for p in _parts(pieces[-1])):
        return False
    if block and block[-1] in _PART_TO_REGION and _PART_TO_REGION[block[-1]] in SLOT_KEEPS_REGION \
            and all(p in _PART_TO_REGION or p in GENERIC_PARTS for p in block):
        return False
    return True


def _hidden_class(value: str) -> str:
    got = _HIDDEN_CACHE.get(value)
    if got is None:
        tokens = value.lower().split()
        got = "" if HIDDEN_TOKENS.isdisjoint(tokens) else next(t for t in tokens if t in HIDDEN_TOKENS)
        if ":" in value or "d-" in value:  # (a breakpoint's class: Tailwind's ``lg:``, Bootstrap's ``d-lg-``)
            got = _at_desktop(got, tokens)
        if len(_HIDDEN_CACHE) >= _CACHE_MAX:
            _HIDDEN_CACHE.clear()
        _HIDDEN_CACHE[value] = got
    return got


def _at_desktop(got: str, tokens: list[str]) -> str:
    """The hidden token ``got`` of a class's ``tokens`` as a desktop's screen reads its breakpoints'
    classes (``RESPONSIVE_HIDING``, ``BREAKPOINT_RANKS``): "" when the widest one shows the element, the
    one hiding it when it hides a shown element; ``got`` when no breakpoint's class speaks."""
    rank, last = 0, ""
    for t in tokens:
        m = _BREAKPOINT_CLASS.fullmatch(t)
        if m:
            r = BREAKPOINT_RANKS[m.group(1) or m.group(3)]
            if r >= rank:
                rank, last = r, t
    if not last:
        return got
    m = _BREAKPOINT_CLASS.fullmatch(last)
    if (m.group(2) or m.group(4)) in _BREAKPOINT_HIDES:
        return got or last
    return "" if got in RESPONSIVE_HIDING else got


def note_class(value: str) -> str:
    """The class token of ``value`` naming a footnote's text (a NOTE_STEMS word, then a
    NOTE_BODY_PARTS word: ``footnoteContent``, ``fn-content``), or ""."""
    for tok in value.lower().split():
        for stem in NOTE_STEMS:
            if tok.startswith(stem) and tok[len(stem):].replace("-", "").replace("_", "") in NOTE_BODY_PARTS:
                return tok
    return ""


def hidden_evidence(attrs: Any, keys: Any = None) -> str:
    """Why an element is hidden, or "" (``attrs``: the element, or a dict of its attributes).

    ``keys``: the names of the attributes the element has, when known (the
    absent ones are then not looked up).
    """
    if (keys is None or "hidden" in keys) and attrs.get("hidden") is not None:
        return "hidden attribute"
    aria = attrs.get("aria-hidden") if keys is None or "aria-hidden" in keys else None
    if aria and aria.strip().lower() == "true":
        return 'aria-hidden="true"'
    style = attrs.get("style") if keys is None or "style" in keys else None
    if style:
        m = _STYLE_HIDDEN.search(style)
        if m:
            return f"inline style {m.group(0)!r}"
    cls = attrs.get("class") if keys is None or "class" in keys else None
    if cls:
        tok = _hidden_class(cls)
        if tok:
            return f"class {tok!r}"
    return ""


class Evidence(NamedTuple):
    """What names an element page chrome (see chrome_evidence)."""

    region: str  # "" when nothing does
    evidence: str  # said in words, for a removal's reason: "<nav> element", "role=banner", "class 'sidebar'"
    strong: bool
    token: str = ""  # the class or id token that names the region, lower-cased ("" for a tag or a role)


_NO_EVIDENCE = Evidence("", "", False)


def chrome_evidence(tag: str, attrs: Any, keys: Any = None) -> Evidence:
    """(region, evidence, strong, token) when the element or its role/id/class names page chrome.

    ``attrs``: the element, or a dict of its attributes (anything with ``get``);
    ``keys``: the names of its attributes, when known (see hidden_evidence).
    """
    region = CHROME_TAGS.get(tag)
    if region:
        return Evidence(region, f"<{tag}> element", tag in STRONG_TAGS)
    if tag in INLINE_TAGS or (isinstance(attrs, dict) and not attrs):
        return _NO_EVIDENCE
    role = attrs.get("role") if keys is None or "role" in keys else None
    if role:
        role = role.strip().lower()
        if role in CHROME_ROLES:
            return Evidence(CHROME_ROLES[role], f"role={role}", False)
    for name in ("id", "class"):
        v = attrs.get(name) if keys is None or name in keys else None
        if v and not (name == "id" and tag in SLUG_ID_TAGS):
            region, tok, strong = region_of_value(v) if name == "id" else region_of_class(v)
            if region:
                return Evidence(region, f"{name} {tok!r}", strong, tok)
    return _NO_EVIDENCE


def is_callout(attrs: Any, keys: Any = None) -> bool:
    """True when an element's class names a callout box of the text (``callout callout-tip``)."""
    cls = attrs.get("class") if keys is None or "class" in keys else None
    return bool(cls) and any(not CALLOUT_PARTS.isdisjoint(_parts(t)) for t in class_names(cls.lower()).split())
