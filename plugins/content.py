"""Find the article among the blocks that are left; drop the rest as boilerplate.

How (HTML only, after the specific-noise steps have had their turn):

1. Each kept block gets a *value*: its text outside links, in Latin-equivalent
   characters (a Han or kana character counts as three), plus a little per
   sentence mark (full-width too). Short blocks and links are worth nothing.
2. Every element on a block's path is a candidate container. Its score is
   the value of the blocks below it, decayed with their distance (a
   paragraph counts fully for its parent, half for its grandparent ...: the
   readability idea, which finds where prose is *concentrated*), times one
   minus its link density, times class/id hints (``article-body``,
   ``itemprop=articleBody`` up; comments, sidebars, related lists down).
   A class word that is a state flag (``comments-enabled``, ``has-sidebar``,
   ``is-open``) says how the page is set, not what the element is: no hint;
   nor do the words after a having word inside one (``content-with-sidebar``,
   ``layout-with-rail__main``, ``lg:w-main-with-right-sidebar``: what the main
   column sits beside).
   Lists of teaser cards (three or more alike siblings, each with a link
   headline) count as negative, whatever their class names say; away from the
   paragraph under the title, alike siblings without prose (bare links) do not
   dilute the cards among them (a sidebar's event boxes between its video links).
   A ``<form>`` with radio buttons (a poll, a quiz) that does not hold the
   paragraph under the title is a negative region, however much its question
   and answers read as prose; so is one holding a password field (a sign-in or
   sign-up form: its terms of use, scrolled in place, read as prose). The
   elements around the first prose block under the page's title heading
   (a picture's caption aside) are favoured (an article starts under its title; an element all above
   the title heading, without that block, counts half, and prose all above the title heading the
   container holds is neither climbed to nor joined as a sibling: a masthead's blurb); a negative region
   without that block is doubly unlikely, and so is an ``<article>`` headed
   by another headline of the title's rank (the next story of an endless
   page): the container never climbs into one. A best candidate in the
   page's footer by its class words (``footer``, ``copyright``,
   ``disclaimer``) gives way to the best one outside negative regions that
   holds some prose (a legal notice outweighing a short article).
3. The best candidate is widened: it climbs to its parent while what the
   parent adds is mostly prose rather than links or negative regions, and
   siblings that read like more of the same article join it (articles are
   often cut into several blocks around pictures and ads; a twin of the main
   element, same tag and class, joins whatever weak word that class holds),
   and so do siblings whose prose is all set in the body's own paragraph
   style (tag and class), and so does the sibling right before it that holds the
   first prose paragraph under the title, two prose paragraphs and no heading (the
   body's opening box beside its "more" box), and so does a twin of it (same tag and
   class) holding that paragraph, however short (a body cut into alike boxes around a
   picture or a related box), and the alike siblings of a listicle's item (each
   item in a wrapper of one tag and class, none headed by a headline or a
   link). A page made of entries (a blog's front page, a forum thread, a
   directory, quoted letters: three or more alike wrappers at or up to three
   levels above the container, each with 200 characters of prose in few
   links, no negative hint; no table cells: a row's cells are a layout's
   columns) takes them all when it shows no single-article
   signal (no ``articleBody`` or lone ``<article>``, its title heading in
   none of the wrappers); the document notes the entries taken. A teaser
   (a linked headline over a short blurb) is no entry. A page no box
   dominates (a service page's feature sections, a landing page's columns:
   the container and its members hold under half of the page's prose, and no
   lone ``<article>`` or ``articleBody`` says the page is one article, nor a
   publication date with the paragraph under the title in the container) takes
   the nearest ancestor holding 60% of it instead (not the document's root;
   in few links, no other story in it, and past 35% not adding mostly teaser
   cards; on a page that gives its publication date, under 35% and 70%: a
   news page is judged less inclusively); the document notes why. A list (``ul``/``ol``/``dl``: a how-to's steps) is
   never the container when its parent adds clean prose, nor is a box
   holding only code (a tutorial's listing between its sentences). A container that holds only the head of the
   article (title, standfirst) grows over the alike columns of its layout
   when they hold several times its prose and are no teaser cards.
   Chrome signals (elements the chrome step left in the page although their
   classes read as comments, widgets ...) multiply their element's score by
   their weight, unless they hold the paragraph under the title; weak words
   (``widget``) do not count against prose next to that paragraph.
4. Prose paragraphs between the title and the container (a standfirst above
   the body's wrapper) are re-admitted, stepping over short lines and blocks
   earlier steps dropped, captions, author boxes and audio players (by the
   classes below the post's shared wrapper, unless the class names an intro:
   ``slideshow-intro``; one box is one step, however many lines it holds, and
   so is a run of lines an earlier step dropped for one reason) and dated notes; negative regions and signals end the run,
   except a lone unlinked paragraph the CMS names a teaser. A signal around
   the container itself (a weak ``widget`` wrapping the whole main column)
   says nothing of the blocks beside it.
   Blocks outside are dropped, named after the container and after the page
   region their tokens place them in (or under a chrome signal's own kind);
   strong chrome inside the container holding little of its prose goes too. Inside, link lists and the short
   non-prose runs at the start and end are dropped (jusText-style: short
   blocks between good ones stay, and so do those between a good block and a
   medium-length ("near") one past it that no link list cuts off, and so do the short items of a list under
   an article heading, the short steps a line ending in a colon announces (lines
   numbered 1, 2, 3 … in turn, or an ``<ol>``'s items) and short closing sentences; in a short article, whose
   paragraphs all fall short of the prose length, the short lines between its
   first and last paragraph stay: a callout's title and line; a heading linked only to
   an in-page anchor is no link, nor is a linked term of a definition list
   over its own description, an API reference's ``getItems()``, nor are a
   roundup's linked item headings, two or more alike in one parent, each over
   its own prose (numbered ones, "3. Name", also each in a box of its own, alike
   boxes, a page builder's blocks), nor a listicle's or newsletter's item titles of one link, three or more
   alike and all different, each over its own prose (numbered lines, "8. Name"; unnumbered headings in the
   item's own box, ``<a><h3>``, linked off the page's site), nor a partly linked item ("I ask myself <a>…</a>") of a list
   most of whose items hold no link, nor a short run of linked lines whose
   ``<p>`` (or ``<div>``) sits among the body's paragraphs (a pointer to a source, "Opinion:
   <a>…</a>"), unless it points elsewhere by its form (a "Read also" label, a
   bar between label and headline, capitals only, a bare address); a heading with nothing of the article
   under it at the end goes), and so are teaser cards on a page giving its publication date (alike elements,
   each a link headline and a short blurb; alike boxes most of which open with a paragraph of prose are
   the article's text, a linked caption under each; an undated page's cards, a landing page's features,
   stay, unless all of them come after its last prose; so do an undated page's link-dense sentences,
   six words or more ending with a full stop: ``LINKED_SENTENCE_UNDATED_WORDS``), forms below the container (when
   the rest outweighs them), and so is a paragraph already kept from
   another place in the tree (a gallery caption rendered twice), a
   slideshow's pager (short lines without a letter, or one line repeated)
   and an author box closing the container, or opening it above the body (a
   front matter's author card and bio, no headline in it), and a comment
   thread set in the container itself, from a short heading whose anchor
   names comments (``<h2 id="comments">``) on, after the article's prose. The article's own reference
   lists ("See also", "References") and footnotes stay however linked, and
   so do short opening sentences; footnotes right after the container, a
   caption between two kept parts of the body and a standfirst set as a
   long heading come back in.
5. When that leaves nearly nothing, a gentler pass keeps every block that
   reads like prose, and the document notes the fallback.

Before all this, text a paywall ships scrambled (its own or its parent's
class says ``obfuscated``: letters shifted until the reader subscribes) goes:
it is unreadable, and as "prose" it would outweigh the free part.

Where: this module keeps the step (``locate``) and the verdicts inside the
container; ``container.scoring`` the block features, hints and candidate
scores (1-2), ``container.choice`` the title, lead and container choice (3),
``container.readmit`` the lead paragraphs re-admitted (4) and
``container.inside`` the cards, forms and chrome inside the container.
"""
from __future__ import annotations

import re
from functools import partial
from itertools import islice
from typing import Any, Iterator

from newsclean import Step, hookimpl
from newsclean.blocks import HEADING_TAGS, describe_element, element_text, shared_depth
from newsclean.dates import find_date, find_yearless, relative_spans
from newsclean.locator import (ATTRIBUTES_KEY, READMITTED_KEY, REPEAT_MIN_CHARS, Repeats, judge_signals,
                               signal_on_path, signals_of, squeezed)
from newsclean.plugins.container.fallback import FALLBACK_ORDER, empty_fallback
from newsclean.plugins.container.listing import find_listing
from newsclean.plugins.container.choice import (choose_container, closes_sentence,
                                                is_entries_note, lead_of, styled_siblings, title_index)
from newsclean.plugins.container.inside import (FOOTNOTE_PARTS, author_box_at_end, author_box_at_start, token_parts,
                                                cards_inside, chrome_inside,
                                                closing_sentences, faq_after, footnotes_after, forms_inside,
                                                announced_lists, commented_lists, linked_sentences, mixed_lists, named_on_path,
                                                sectioned_lists,
                                                Site, offsite_lines, page_site, site_of,
                                                opening_sentences, pagers_inside,
                                                _alike, _leaves_site)
from newsclean.plugins.container.readmit import (READMIT_CAPTION_BETWEEN, READMIT_LEAD, captions_between,
                                                 readmit as _readmit)
from newsclean.plugins.declared.thread import POST_HEADS_KEY, POST_STAMPS_KEY, THREAD_PAGE_KEY
from newsclean.plugins.declared.threadshape import post_heads
from newsclean.plugins.inbody import EDGE_LINE
from newsclean.plugins.inbody.comment_lines import is_count_heading, is_counted_section
from newsclean.plugins.inbody.references import is_reference_heading
from newsclean.patterns import terms_source
from newsclean.plugins.vocab import terms
from newsclean.plugins.vocab.related import INLINE_LABELS, INLINE_LABELS_EN, INLINE_LABELS_ZH
from newsclean.plugins.container.scoring import (  # noqa: F401  (the plugin's names, re-exported)
    ARTICLE_PROPS, DECAY, GOOD_LENGTH, GENERIC_PARTS, LIST_TAGS, NEGATIVE_FACTOR, NEGATIVE_HINTS, POSITIVE_FACTOR,
    POSITIVE_HINTS, STRONG_NEGATIVE_FACTOR, WEAK_NEGATIVE, WEAK_NEGATIVE_FACTOR, _decay_factors, _Feat,
    hint_factor, region_of, score_candidates, _word_count)
from newsclean.plugins.container.choice import _words  # noqa: F401  (tests read it here)

#: Parts of the id or anchor name of a heading that opens the page's comment thread (``<h2
#: id="comments">``, ``<h2><a id="comments"></a>Comments</h2>``: the thread's anchor of a blog's
#: template).
THREAD_ANCHOR_PARTS = frozenset(("comment", "comments", "responses", "discussion"))

#: Class words of paywalled text shipped scrambled (letters shifted or encrypted until the reader
#: subscribes; the page's script decodes it): unreadable, never the article's prose.
SCRAMBLED_WORDS = ("obfuscated", "scrambled", "encrypted")
# (ASCII words, so an ASCII case-blind search finds exactly what ``w in cls.lower()`` would)
_SCRAMBLED = re.compile("|".join(map(re.escape, SCRAMBLED_WORDS)), re.IGNORECASE | re.ASCII)

# tuning (lengths in Latin-equivalent characters)
CLOSING_MAX = 2  # short closing sentences after the last good paragraph that stay with it
OPENING_MAX = 2  # ... and short opening sentences before the first one
ATTRIBUTION_DASHES = frozenset("\u2013\u2014\u2015-")  # a quote's source line opens with a dash ...
ATTRIBUTION_MAX = 200  # ... and is at most this long
NOTE_LEVELS = 4  # a note's own element or one of its nearest ancestors names footnotes
REFERENCE_HEADING_MAX = 40  # a heading of the article's own reference list ("See also") is this short
PROSE_HEADING_MIN = 100  # a heading this long (weight), prose ending a sentence, is a paragraph in a heading's tag
TERM_MAX = 80  # a linked term of a definition list kept over its description is this short
ROUNDUP_MIN = 2  # linked section headings, each over its own prose, alike in one parent: a roundup's items
ITEM_BOX_LEVELS = 3  # ... or a numbered one in alike boxes, sharing an element this near with its prose
ITEM_TITLES_MIN = 3  # linked item titles (no heading needed), each over its own prose, alike: a listicle's items
LIST_PROSE_MIN = 3  # a list this long, most of its items unlinked, keeps its partly linked items
STEPS_MIN = 2  # a numbered list announced by a line ending in a colon has this many steps at least
#: The ends of a line that announces what follows ("Here is how:"), full-width too.
_ANNOUNCING_ENDS = (":", "\uff1a")
#: A step's number opening its line: "1. ", "2) ", "3、".
_STEP_NUMBER = re.compile(r"\s*(\d{1,3})\s*[.)\u3001]\s*\S")
SHOUT_MIN = 4  # a linked line of this many capitals and no small letter shouts (a call to act)
BROKEN_LINES_MIN = 6  # an element broken by <br> into this many short lines (a verse) is kept whole
LINKED_LINE_RUN = 3  # a run of at most this many linked paragraphs inside the body's paragraphs stays
THREAD_HEADING_MAX = 40  # a comment thread's heading ("Comments", "12 Comments") is this short
#: A blog theme's heading over its comments, a count and the post's title (``2 Gedanken zu „…“``:
#: ``inbody.comment_lines.is_count_heading``), opens the thread whatever its anchor; it is at most this long.
COUNT_HEADING_MAX = 200
#: Prose characters (outside links) kept under each of later headings of the same or a higher rank that make
#: an anchored "discussion" heading one section of a document among others (a reference page's DISCUSSION,
#: a paper's Discussion before its Conclusions), not a thread closing it.
SECTION_AFTER_PROSE = 150
SECTIONS_AFTER_MIN = 2  # ... under this many such headings
#: Why the article's notes right after its container were re-admitted (shown by ``newsclean explain``).
READMIT_FOOTNOTES = "the article's notes right after its container (a footnote box beside the body's wrapper)"
READMIT_FAQ = ("the article's questions and answers after its container (headings asking a question, each over "
               "its answer)")
FALLBACK_SHARE = 0.2  # a result under this share of the page's prose ...
FALLBACK_CHARS = 60  # ... and under this many characters is "nearly nothing"
#: On an undated page (no publication date: a service's, a product's, a documentation page), a link-dense
#: block inside the container of this many words at least (a CJK character half a word), ending with a
#: full stop, is a sentence of the page's own, its words linked (a feature line, a step's pointer), no link list.
LINKED_SENTENCE_UNDATED_WORDS = 6
#: ... and linked whole: this share of its text at least in its link (not a label before a link, "Read more:
#: <a>…</a>.", nor a pointer's lead, "For details, see <a>…</a>.", nor tags joined by commas)
LINKED_SENTENCE_UNDATED_DENSITY = 0.9
#: A full stop closing a text (after closing quotes or brackets; not an ellipsis "...", a teaser trailing off,
#: nor a question mark: a linked question is another page's, a list of related questions).
_FULL_STOP_END = re.compile(r"(?<![.\u2026])[.\u3002\uff0e][\"'\u201d\u2019\u00bb)\]\u300d\u300f\uff09]*\s*$")

# ---------------------------------------------------------------------------
# inside the container
# ---------------------------------------------------------------------------

_KEEP_KINDS = frozenset(("heading", "table", "code", "quote"))
_PROSE_KINDS = frozenset(("paragraph", "list_item"))  # the kinds whose length makes them prose


def _sentence_shaped(f: _Feat) -> bool:
    """True for a paragraph or list item linked whole (``LINKED_SENTENCE_UNDATED_DENSITY``) of
    ``LINKED_SENTENCE_UNDATED_WORDS`` words or more ending with a full stop, one link at most inside it (a
    sentence set as one link)."""
    b = f.block
    if not (b.kind in _PROSE_KINDS and b.link_chars >= LINKED_SENTENCE_UNDATED_DENSITY * b.chars
            and _FULL_STOP_END.search(b.text[-12:]) is not None
            and _word_count(b.text) >= LINKED_SENTENCE_UNDATED_WORDS):
        return False
    # one link (or the block set inside one): links one after another are a list ("A, B, C.")
    return f.own < 0 or next(islice(b.path[f.own].iter("a", "{*}a"), 1, None), None) is None


def _verdicts_inside(feats: list[_Feat], known: dict[Any, Any] | None = None, site: Site = None,
                     notes: list[str] | None = None, dated: bool = True) -> list[bool]:
    """jusText-style keep/drop for the blocks of the container, in order (``known``: the
    candidates by element, whose class and id are read already; ``site``: the page's own registrable
    host, when known, or the call that reads it (inside.Site); ``notes``: where to say what the links' targets
    kept; ``dated``: the page gives its publication date)."""
    state: list[str] = []
    for f in feats:
        kind = f.block.kind
        if f.bad and kind != "code":  # (a listing's linked names, ``<pre><a>builder</a>.add()``: code, no link list)
            state.append("bad")
        elif f.good or kind in _KEEP_KINDS or (kind == "list_item" and not f.short):
            state.append("good")
        elif f.short:
            state.append("short")
        else:
            state.append("near")
    for i, f in enumerate(feats):  # a heading of the article announces the short items of its list
        if state[i] != "good" or f.block.kind != "heading":
            continue
        # the article's own reading or reference list ("See also", "References", "External links"):
        # its items are links or citations with a linked title, and they are the article's
        linked_ok = f.block.chars <= REFERENCE_HEADING_MAX and is_reference_heading(f.block.text)
        lst = None
        for j in range(i + 1, len(feats)):
            g = feats[j]
            if g.block.kind != "list_item" or g.own < 1 or not (state[j] == "short" or linked_ok):
                break
            owner = g.block.path[g.own - 1]
            if lst is None:
                lst = owner
            if owner is not lst or owner.tag not in LIST_TAGS:
                break
            if state[j] != "good":
                state[j] = "near"
    _announced_steps(feats, state)
    for i in range(1, len(feats)):  # "– Reddit post by X" under a quote (or a quotation in a paragraph): its source
        b = feats[i].block
        if state[i] in ("bad", "short") and b.kind in ("paragraph", "quote") and b.text.lstrip()[:1] in ATTRIBUTION_DASHES \
                and _quotation(feats[i - 1].block) and state[i - 1] in _FLOW and b.chars <= ATTRIBUTION_MAX:
            state[i] = "near"
    for i, f in enumerate(feats):  # the article's own notes ("footnote-item"): kept however linked or short
        if state[i] in ("bad", "short") and f.block.kind in ("list_item", "paragraph") \
                and named_on_path(f.block.path[-NOTE_LEVELS:], FOOTNOTE_PARTS, known) is not None \
                and any(ch.isalpha() for ch in f.block.text):  # (not a note's bare number)
            state[i] = "near"
    for i in range(len(feats) - 1):  # a linked term of a definition list over its own description:
        f, g = feats[i], feats[i + 1]  # an API reference's "getItems()", not a link list
        if state[i] == "bad" and state[i + 1] != "bad" and f.own >= 1 and f.block.path[f.own].tag == "dt" \
                and _described(f.block.path[f.own], g.block.path) and f.block.chars <= TERM_MAX:
            state[i] = "near"
    lists: dict[Any, list[int]] = {}  # the items of each list, by its element
    for i, f in enumerate(feats):
        if f.block.kind == "list_item" and f.own >= 1:
            lists.setdefault(f.block.path[f.own - 1], []).append(i)
    for items in lists.values():  # an item partly linked ("I ask myself <a>questions</a>") in a list most
        if len(items) < LIST_PROSE_MIN:  # of whose items hold no link is one of them, not a link list
            continue
        plain = sum(1 for i in items if state[i] != "bad" and not feats[i].block.link_chars)
        if plain * 2 > len(items):
            for i in items:
                b = feats[i].block
                if state[i] == "bad" and b.link_chars < b.chars and _unlinked_opening(b):
                    state[i] = "near"
    sections: dict[Any, list[int]] = {}  # linked section headings over their own prose, by parent and tag
    for i in range(len(feats) - 1):
        f, g = feats[i], feats[i + 1]
        if state[i] == "bad" and f.block.kind == "heading" and f.block.level >= 2 and state[i + 1] in ("good", "near") \
                and g.block.kind == "paragraph" and g.own >= 1 and f.own >= 1 and f.block.chars <= TERM_MAX:
            parent = f.block.path[f.own - 1]
            numbered = _STEP_NUMBER.match(f.block.text) is not None
            if g.block.path[g.own - 1] is parent or (numbered and _item_box(f, g)):
                # numbered items ("3. Name") may each stand in a box of their own: alike boxes (tag, class)
                sections.setdefault((parent.tag, parent.get("class"), f.block.path[f.own].tag) if numbered
                                    else (parent, f.block.path[f.own].tag), []).append(i)
    for run in sections.values():  # a roundup's items ("1. Item" over its blurb), two at least:
        if len(run) >= ROUNDUP_MIN:  # one linked heading alone is another story's or the post's own
            for i in run:
                state[i] = "near"
    titled = item_titles(feats, state, site, dated)  # a listicle's or landing page's linked item titles over their prose
    if titled and notes is not None:
        notes.append(f"content: {titled} linked item title(s) kept: each over its own kept prose in an item beside "
                     f"{ITEM_TITLES_MIN - 1}+ alike ones (a listicle's items, a landing page's features)")
    named = item_names(feats, state, dated)  # a shop grid's linked product names over their price and spec lines
    if named and notes is not None:
        notes.append(f"content: {named} linked item name(s) kept on an undated page: each one link over kept lines "
                     f"of its own item beside {ITEM_TITLES_MIN - 1}+ alike items, names all different (a shop's grid)")
    linked_sentences(feats, state)  # sentences rich in inline links between the body's paragraphs
    linked_lines(feats, state)  # a linked line ("Opinion: <a>…</a>") set among the body's paragraphs
    announced_lists(feats, state, _reference_label)  # a list of links the body announces ("…:")
    sectioned_lists(feats, state, _reference_label, site)  # alike lists of links closing section after section
    commented_lists(feats, state, _reference_label)  # a link roundup's list, the author's words by each link
    mixed_lists(feats, state)  # a list most of whose items are prose: its linked items with words of their own
    away = offsite_lines(feats, state, site)  # linked lines with words of their own whose links leave the site
    if away and notes is not None:
        notes.append(f"content: {away} link-dense block(s) inside the container kept: their links mostly lead "
                     f"off the page's site ({site_of(site)}) and they hold words of their own, or stand in a run of such lines "
                     f"alike the body's paragraphs (sources, a deals post's shop lines; not navigation)")
    goods = [i for i, s in enumerate(state) if s == "good"]
    if not goods:
        return [s != "bad" for s in state]
    first, last = goods[0], goods[-1]
    lo, hi = 0, -1  # a short article's span, from its first paragraph of sentences to its last
    if not any(feats[i].block.kind in _PROSE_KINDS for i in goods):
        # a short article: no paragraph reaches the prose length, only its headings (or code, a
        # table) are "good"; its paragraphs of sentences bound it, and the short lines between them
        # (a callout's title, a one-line sentence) are its own. (Long paragraphs that are no "good"
        # prose, in a script whose sentence marks are not counted, say nothing of a short article.)
        nears = [i for i, s in enumerate(state) if s == "near" and feats[i].block.kind in _PROSE_KINDS]
        if nears and all(feats[i].weight < GOOD_LENGTH for i in nears):
            lo, hi = nears[0], nears[-1]
    # a kept "near" block past the first or last good one keeps the short lines between them (the
    # lines of an ingredient list or a changelog between its longer items): no fragments of one run
    tail, head = _near_reach(feats, state, last, 1), _near_reach(feats, state, first, -1)
    last = closing_sentences(feats, state, last, CLOSING_MAX)
    first = opening_sentences(feats, state, first, OPENING_MAX)
    if tail > last:
        last = tail
    if head < first:
        first = head
    keep = [s != "bad" and (first <= i <= last or s == "near" or lo <= i <= hi) for i, s in enumerate(state)]
    _whole_broken_lines(feats, state, keep)  # a verse, an address: one element's <br> lines kept together
    for i in range(len(feats) - 1, -1, -1):  # a heading with nothing of the article under it
        if keep[i]:                           # ("Related articles" above a list that went) ends no article
            if feats[i].block.kind != "heading" or _prose_heading(feats[i]):
                break
            keep[i] = False
    return keep


def _prose_heading(f: _Feat) -> bool:
    """True for a heading that is a paragraph of prose set in a heading's tag (an old page's ``<h3>`` of
    sentences): prose (``good``), ``PROSE_HEADING_MIN`` long at least and ending a sentence. It is the
    article's own text, no section title left over the end of the article."""
    return f.good and f.weight >= PROSE_HEADING_MIN and closes_sentence(f.block.text)


def item_titles(feats: list[_Feat], state: list[str], site: Site = None, dated: bool = True) -> int:
    """Linked item titles over their own prose (a listicle's, a newsletter's, a landing page's cards): their
    verdict ``bad`` becomes ``near``; returns how many.

    A short line of one link (a paragraph or heading of at most ``TERM_MAX`` characters whose form does not
    point elsewhere, :func:`_line_of_article`: no "Read also" label) standing right over a paragraph of prose
    kept (good or near and mostly unlinked; on an undated page also one linked whole, :func:`_sentence_shaped`)
    in one item (their nearest shared element at most ``ITEM_BOX_LEVELS`` above the title's element) is an
    item's title when ``ITEM_TITLES_MIN`` or more such pairs, their titles all different, are alike: the
    element holding title and prose is alike (tag, class) and the title sits at the same tags under it. The
    title is numbered ("8. Name" over its blurb); or a heading right in the item's box, at most wrapped in its
    link (a newsletter item's ``<a><h3>``), that leads off the page's site (``site``: a site's own teasers,
    headline over blurb, link to its own stories); both of one link (two are a bar, "Website | Call"). Or, on
    an undated page (``dated`` False: a landing page's features, a reference's entries, no other stories), a
    heading, however linked (a signature's types), over a paragraph ending a sentence
    (``choice.closes_sentence``: not a byline's date and comment count), each such card an element of its own
    (alike headings in one box are its sections); its paragraph linked whole is kept with it. A menu or a link
    list has no prose under each link; one linked line over a paragraph is another story's pointer; a forum's
    "Re: …" heads repeat one title."""
    items: dict[Any, list[tuple[int, Any]]] = {}
    for i in range(len(feats) - 1):
        f, g = feats[i], feats[i + 1]
        b, p = f.block, g.block
        if state[i] != "bad" or b.kind not in ("paragraph", "heading") or f.own < 1 or b.chars > TERM_MAX \
                or p.kind != "paragraph" or not _item_prose(g, state[i + 1], dated):
            continue
        at = _item_line(f, g)
        if at is None:
            continue
        depth, key, holder = at
        item = next(islice(b.path[f.own].iter("a", "{*}a"), 1, None), None) is None and (  # (two links: a bar)
            _STEP_NUMBER.match(b.text) is not None or _titled_item(f, depth, site))
        if not item and not (b.kind == "heading" and not dated and closes_sentence(p.text)):
            continue  # (neither a listicle's item nor an undated page's card)
        items.setdefault(key, []).append((i, None if item else holder))  # (a card is a box of its own)
    titled = 0
    for run in _alike_runs(feats, items):
        for i in run:
            state[i] = "near"
            if state[i + 1] == "bad":  # (its sentence linked whole: the card's, kept with it)
                state[i + 1] = "near"
        titled += len(run)
    return titled


def item_names(feats: list[_Feat], state: list[str], dated: bool) -> int:
    """Linked item names over their own kept lines on an undated page (a shop's grid: a product's name over
    its price and short specs, no prose): their verdict ``bad`` becomes ``near``; returns how many.

    A line (paragraph, heading or list item) of at most ``TERM_MAX`` characters, linked whole by one link
    (:func:`_one_link`) and of the article's form (:func:`_line_of_article`), right over a kept block that
    shares an element with it at most ``ITEM_BOX_LEVELS`` above the line's element, is an item's name when
    ``ITEM_TITLES_MIN`` or more such items are alike (the element holding name and line: tag and class; the
    name at the same tags under it), each a box of its own, their names all different and each holding a
    letter (a footnote's back-link "1." is none). Only when ``dated``
    is False: on a dated page alike linked names over short lines are another stories' or products' teasers
    ("related", "customers also bought"); nor when the line under the name gives a date or a relative stamp
    (:func:`_stamped`: a story's headline over its time). A menu's or a filter's links have no kept line of
    their own under each link."""
    if dated:
        return 0
    items: dict[Any, list[tuple[int, Any]]] = {}
    for i in range(len(feats) - 1):
        f, g = feats[i], feats[i + 1]
        b = f.block
        if state[i] != "bad" or state[i + 1] == "bad" or b.kind not in ("paragraph", "heading", "list_item") \
                or f.own < 1 or b.chars > TERM_MAX or b.link_chars < b.chars or not any(ch.isalpha() for ch in b.text):
            continue  # (a name has words: a note's back-link "1." or a pager's "2" is none)
        at = _item_line(f, g)
        if at is None or not _one_link(f) or _stamped(g.block.text):
            continue
        _, key, holder = at
        items.setdefault(key, []).append((i, holder))
    named = 0
    for run in _alike_runs(feats, items):
        for i in run:
            state[i] = "near"
        named += len(run)
    return named


def _item_line(f: _Feat, g: _Feat) -> "tuple[int, tuple[Any, ...], Any] | None":
    """The line ``f`` over the block ``g`` in one item (their nearest shared element at most
    ``ITEM_BOX_LEVELS`` above the line's element; the line of the article's form,
    :func:`_line_of_article`): the shared depth, the item's likeness (the holding element's tag and
    class, the line's tags under it) and the holding element; None when they are no item."""
    b = f.block
    depth = shared_depth(b, g.block)
    if depth < 1 or f.own - depth > ITEM_BOX_LEVELS or not _line_of_article(b.text):
        return None
    holder = b.path[depth - 1]
    return depth, (holder.tag, holder.get("class"), tuple(el.tag for el in b.path[depth:f.own + 1])), holder


def _alike_runs(feats: list[_Feat], items: "dict[Any, list[tuple[int, Any]]]") -> Iterator[list[int]]:
    """The groups of ``items`` (likeness -> (line's index, its holding element or None)) that make a run
    of items: ``ITEM_TITLES_MIN`` or more, their lines all different (a forum thread's "Re: …" post heads
    repeat its topic) and each holding element given a box of its own (alike headings in one box are
    its sections)."""
    for pairs in items.values():
        run = [i for i, _ in pairs]
        boxes = [id(h) for _, h in pairs if h is not None]
        if len(run) >= ITEM_TITLES_MIN and len({feats[i].block.text.strip() for i in run}) == len(run) \
                and len(set(boxes)) == len(boxes):
            yield run


def _stamped(text: str) -> bool:
    """The line under a linked name gives a date or a relative stamp ("10 hours ago"): the name is a
    story's headline (a front page's teasers, a publication list), no product's."""
    return find_date(text) is not None or bool(relative_spans(text)) or bool(find_yearless(text))


def _one_link(f: _Feat) -> bool:
    """The line ``f`` is one link's text: its element, or the one link around it, holds a single link with
    words (two are a bar: "Website | Call")."""
    b = f.block
    if any(el.tag == "a" for el in b.path[:f.own]):
        return True
    links = [a for a in b.path[f.own].iter("a", "{*}a") if (a.text_content() or "").strip()]
    return len(links) == 1


def _item_prose(g: _Feat, verdict: str, dated: bool) -> bool:
    """The paragraph ``g`` (its verdict so far ``verdict``) is an item's kept prose: good or near and mostly
    unlinked, or, on an undated page, a sentence linked whole (a feature line set as one link)."""
    if verdict in ("good", "near") and g.block.link_chars * 2 < g.block.chars:
        return True
    return not dated and g.bad and _sentence_shaped(g)


def _titled_item(f: _Feat, depth: int, site: Site) -> bool:
    """The unnumbered linked line ``f`` (its item's element at ``depth``) titles a story beside alike ones on
    any page: a heading right in the item's box, at most wrapped in its link (``<a><h3>``), leading off the
    page's site (a site's own teasers, headline over blurb, link to its own stories)."""
    b = f.block
    return b.kind == "heading" and all(el.tag == "a" for el in b.path[depth:f.own]) \
        and _leaves(b, f.own, depth, site)


def _leaves(b: Any, own: int, depth: int, site: Site) -> bool:
    """The link of the title ``b`` (its ``<a>`` around it, below ``depth``, or in it) leads off the page's
    site; False when the site is unknown."""
    link = next((el for el in b.path[depth:own + 1] if el.tag == "a"), None)
    if link is None:
        link = next(b.path[own].iter("a", "{*}a"), None)
    home = site_of(site) if link is not None else None
    return bool(home) and _leaves_site(link.get("href") or "", home) is True


def _item_box(head: _Feat, para: _Feat) -> bool:
    """The numbered linked heading ``head`` ("3. Name") and the paragraph ``para`` right after it, set
    deeper or in a box of its own, share an element at most ``ITEM_BOX_LEVELS`` above the heading's parent:
    one item of a roundup (a page builder's blocks, one for the heading and one for its blurb)."""
    return head.own - shared_depth(head.block, para.block) <= ITEM_BOX_LEVELS


def _whole_broken_lines(feats: list[_Feat], state: list[str], keep: list[bool]) -> None:
    """The lines of one element broken by ``<br>`` into ``BROKEN_LINES_MIN`` or more short lines (a poem's
    verses, a song's lyrics) are kept together when one of them is kept: the element is one piece of the
    author's, and its edge is no edge of the article. Only when no line of it is a link list ("bad": a
    template's box of links and labels) nor prose ("good": a body set as lines, whose short lines are
    datelines and signatures), and the element is not the whole container."""
    owners: dict[int, list[int]] = {}
    for i, f in enumerate(feats):
        if f.block.kind == "paragraph" and f.own >= 1:
            owners.setdefault(id(f.block.path[f.own]), []).append(i)
    for lines in owners.values():
        if len(lines) < BROKEN_LINES_MIN or len(lines) == len(feats) or not any(keep[i] for i in lines) \
                or any(state[i] in ("bad", "good") for i in lines):
            continue
        run = [i for i in lines if keep[i] or state[i] == "short"]
        if len(run) == len(lines) and lines[-1] - lines[0] == len(lines) - 1:  # (one unbroken run of lines)
            for i in lines:
                keep[i] = True


def _near_reach(feats: list[_Feat], state: list[str], edge: int, step: int) -> int:
    """The farthest "near" block past ``edge`` (the first or last good block) in ``step``'s direction
    (1: down, -1: up) that no link list ("bad") cuts off from it; ``edge`` itself when there is none.
    A near block is kept wherever it stands: the short lines between it and the article's good
    blocks are of the same run (jusText reads a short block by the blocks around it). Only from a
    paragraph or list item of prose: a heading is no edge of the body's prose (a short article's
    title over its lines, which the short-article span bounds)."""
    if feats[edge].block.kind not in _PROSE_KINDS:
        return edge
    i, reach = edge + step, edge
    while 0 <= i < len(state) and state[i] != "bad":
        if state[i] == "near":
            reach = i
        i += step
    return reach


def _announced_steps(feats: list[_Feat], state: list[str]) -> None:
    """The short steps of a numbered list announced by a line of the article ending in a colon
    ("Here is how to do it:", then "1. …", "2. …", "3. …") are its own, wherever they stand: the
    lines right after it numbered 1, 2, 3 … in turn (a picture between them leaves no line), or the
    items of the ordered list (``<ol>``) right after it."""
    n = len(feats)
    i = 0
    while i < n - 1:
        # (a block's text is stripped: its last character is read as it stands)
        if not feats[i].block.text.endswith(_ANNOUNCING_ENDS) or state[i] not in _FLOW:
            i += 1
            continue
        j, number, ordered = i + 1, 1, None
        while j < n and state[j] != "bad":
            g = feats[j]
            owner = g.block.path[g.own - 1] if g.block.kind == "list_item" and g.own >= 1 else None
            if owner is not None and owner.tag == "ol" and (ordered is None or owner is ordered):
                ordered = owner  # the items of an ordered list: numbered by the list
            else:
                m = _STEP_NUMBER.match(g.block.text)
                if m is None or int(m.group(1)) != number:
                    break
            j += 1
            number += 1
        if number > STEPS_MIN:  # (``number`` is one past the last step found)
            for k in range(i + 1, j):
                if state[k] == "short":
                    state[k] = "near"
        i = j if j > i + 1 else i + 1


_FLOW = ("good", "near")
#: Quotation marks that open and close a paragraph set as a quotation (an epigraph in a ``<p>``).
_OPENING_QUOTES = "\"“„«「『'‘"
_CLOSING_QUOTES = "\"”“»」』'’"


def _quotation(b: Any) -> bool:
    """A quote block, or a paragraph that is one quotation: it opens and closes with quotation marks."""
    if b.kind == "quote":
        return True
    text = b.text.strip()
    return b.kind == "paragraph" and len(text) > 2 and text[0] in _OPENING_QUOTES \
        and text.rstrip(".!?。")[-1:] in _CLOSING_QUOTES


#: A line opening with a reference label ("Read more", "Lire aussi", "相关阅读"; after a dash or bullet
#: too: "– More letters") points to another story.
_REFERENCE_LEAD = re.compile(r"[\s\[【(\-\u2013\u2014\u2022\u00b7\u00bb\u203a>]*")
_REFERENCE_TERMS = re.compile(terms_source(INLINE_LABELS_ZH + INLINE_LABELS_EN + terms(INLINE_LABELS)) + r"(?!\w)",
                              re.I)


def _reference_label(text: str) -> bool:
    """The text opens with a reference label, after dashes, bullets and brackets (``_REFERENCE_LEAD``).

    No label opens with one of those, so the labels are tried once, where the lead ends: one pattern
    of lead and labels tried them at every character of the lead while giving it back (a line of
    100,000 dashes took a third of a second)."""
    return _REFERENCE_TERMS.match(text, _REFERENCE_LEAD.match(text).end()) is not None


#: Separators of a label from its headline, or of a run of links ("Label | Headline", "A | B | C").
_BAR_SEPARATORS = (" | ", "\uff5c", " \u00a6 ")
#: Heads of a forum topic's posts named in the locator's note, at most.
HEADS_NOTED = 4


def linked_lines(feats: list[_Feat], state: list[str]) -> None:
    """A linked paragraph set in the body's flow: its verdict ``bad`` becomes ``near``.

    A paragraph that is all or mostly link, a run of at most ``LINKED_LINE_RUN`` of them, whose
    ``<p>`` (or ``<div>``) is a sibling of the kept paragraphs (good or near) right before and after it (or in
    wrappers alike theirs), is a line of the article (a pointer to a source, an "Opinion:
    <a>…</a>" line the author set between two paragraphs), not a link list: a list of links is
    a list, or a longer run, or in a box of its own, or stands at the body's edge. A good heading
    may stand on one side (a section's first or last line; then no one-word line: a kicker, a
    section's label). A line whose form points elsewhere (:func:`_line_of_article`) goes all the same.
    """
    n = len(feats)
    i = 1
    while i < n - 1:
        if state[i] != "bad" or state[i - 1] not in _FLOW:
            i += 1
            continue
        j = i
        while j < n and state[j] == "bad":
            j += 1  # feats[i:j]: the run of link-dense blocks
        if j < n and state[j] in _FLOW and j - i <= LINKED_LINE_RUN:
            before, after = feats[i - 1], feats[j]
            words = 1  # (a section's first or last line, beside its heading: no one-word label, a kicker)
            if before.block.kind == "heading" and state[i - 1] == "good":
                before, words = after, 2
            elif after.block.kind == "heading" and state[j] == "good":
                after, words = before, 2
            parent = _flow_parent(before)
            if parent is not None and _alike(_flow_parent(after), parent) \
                    and all(_alike(_flow_parent(feats[k]), parent) and _line_of_article(feats[k].block.text)
                            and len(feats[k].block.text.split()) >= words for k in range(i, j)):
                for k in range(i, j):
                    state[k] = "near"
        i = j + 1


def _flow_parent(f: _Feat) -> Any:
    """The parent element of a paragraph set as a ``<p>`` or a ``<div>`` (a body of ``<div>``
    paragraphs, a blog template's), or None for any other block."""
    b = f.block
    if b.kind != "paragraph" or f.own < 1:
        return None
    return b.path[f.own - 1] if b.path[f.own].tag in ("p", "div") else None


def _line_of_article(text: str) -> bool:
    """False for a linked line that is no line of the article's own: a reference to another story
    (opening with a "Read also" label, or a label and a headline set apart by a bar), controls set
    in brackets ("[reply] [top]"), a shouted call to act (all its letters capitals: "CLICK HERE TO
    GET THE APP"), a bare web address."""
    text = text.strip()
    if not text or _reference_label(text) or any(sep in text for sep in _BAR_SEPARATORS):
        return False
    if text[0] in "[\uff3b" and text[-1] in "]\uff3d":
        return False  # a control in brackets: "[reply] [top]", "[ Buy this book ]"
    if not any(ch.islower() for ch in text) and sum(ch.isupper() for ch in text) >= SHOUT_MIN:
        return False
    return not (" " not in text and ("://" in text or text.lower().startswith("www.")))


def _thread_anchor(el: Any) -> bool:
    """True when a heading element's id or name, or those of an empty anchor inside it, names a
    comment thread (``THREAD_ANCHOR_PARTS``)."""
    for e in (el, *el.iterchildren("a")):
        for attr in ("id", "name"):
            v = e.get(attr)
            if v and any(p in THREAD_ANCHOR_PARTS for tok in v.lower().split() for p in token_parts(tok)):
                return True
    return False


def comment_thread(blocks: list[Any], inside: list[_Feat], verdicts: list[bool],
                   members: set[Any], counted: bool = True) -> tuple[int, str]:
    """Index in ``inside`` of the first block of a comment thread set in the article's container,
    or -1, and the thread's heading (``blocks``: the page's blocks; ``members``: the container's
    elements).

    A blog template of the feed era puts the readers' comments right under the post, in the same
    element, with no wrapper of their own: only the heading says where they start, and its own
    anchor names them (``<h2 id="comments">Comments</h2>``). A short heading in the container
    whose id or name (or that of an empty anchor inside it) names comments, after some kept prose
    of the article, opens the thread (kept or dropped by an earlier step: "3 Responses" is a
    counter too): everything after it in the container is the comments. So does a heading that
    is a blog theme's count over its comments whatever its anchor (``2 Gedanken zu „…“``, up to
    ``COUNT_HEADING_MAX``), and, when ``counted`` (not on a thread's page, whose replies are its
    text), a short heading holding the comments' count (``12 Comments``, ``Kommentare (3)``).
    """
    first_prose = next((f.block.index for f, k in zip(inside, verdicts) if f.good and k), None)
    if first_prose is None:
        return -1, ""
    for b in blocks[first_prose + 1:inside[-1].block.index + 1]:
        if b.kind != "heading" or b.chars > COUNT_HEADING_MAX or not b.path or members.isdisjoint(b.path):
            continue
        own = _heading_element(b)
        if own is not None and ((b.chars <= THREAD_HEADING_MAX and (_thread_anchor(own)
                                                                 or (counted and is_counted_section(b.text))))
                                or is_count_heading(b.text)):
            at = next((i for i, f in enumerate(inside) if f.block.index >= b.index), -1)
            if at >= 0 and _section_follows(inside, verdicts, at, own.tag):
                continue
            return at, b.text
    return -1, ""


def _heading_element(b: Any) -> Any:
    """The heading element of a heading block (its own element, or the heading holding the anchor that
    holds its text), or None."""
    return next((el for el in b.path[-2:] if el.tag in HEADING_TAGS), None) if b.path else None


def _section_follows(inside: list[_Feat], verdicts: list[bool], at: int, tag: str) -> bool:
    """True when, after the anchored heading at ``inside[at]`` (its element's tag ``tag``),
    ``SECTIONS_AFTER_MIN`` headings of the same or a higher rank whose anchor names no thread each
    open a section of kept prose (``SECTION_AFTER_PROSE`` characters outside links before the next
    such heading): the anchored heading is then one section of the document among others, not a
    thread at its end (a comment thread ends the container: a form "Leave a reply" or a list of
    links under a later heading is no section, and one alone may head the thread's trackbacks)."""
    rank = tag[1:]
    sections = 0
    prose = -1.0  # (-1: no section of the same rank open yet)
    for f, k in zip(inside[at + 1:], verdicts[at + 1:]):
        b = f.block
        if b.kind == "heading":
            el = _heading_element(b)
            if el is None or el.tag[1:] > rank:
                continue  # (a lower heading inside a section leaves its count running)
            if prose >= SECTION_AFTER_PROSE:
                sections += 1
            prose = -1.0 if _thread_anchor(el) else 0.0
        elif prose >= 0 and k and f.good:
            prose += f.nonlink
    return sections + (prose >= SECTION_AFTER_PROSE) >= SECTIONS_AFTER_MIN


def _unlinked_opening(b: Any) -> bool:
    """True when a block's text opens with words outside its links (its own element's text before
    the first child, two words at least): "I ask myself <a>…</a>", not "<a>…</a>" alone."""
    el = b.path[-1] if b.path else None
    head = el.text if el is not None else None
    return bool(head) and len(head.split()) >= 2


def _described(term: Any, path: tuple[Any, ...]) -> bool:
    """True when ``path`` runs through the ``<dd>`` right after the ``<dt>`` ``term``."""
    dd = term.getnext()
    while dd is not None and not isinstance(dd.tag, str):
        dd = dd.getnext()  # (a comment between them)
    return dd is not None and dd.tag == "dd" and dd in path


def _scrambled(block: Any) -> bool:
    """True when the block's own element or its parent has a class word of ``SCRAMBLED_WORDS``."""
    for el in block.path[-2:]:
        cls = el.get(b"class")  # (bytes name: not encoded at each call)
        if cls and _SCRAMBLED.search(cls):
            return True
    return False


def _may_be_scrambled(tokens: Any, seen: dict[Any, bool]) -> bool:
    """False when none of a block's cumulative (lower-case) class/id tokens holds a word of
    ``SCRAMBLED_WORDS``: then neither its element's class nor its parent's does, and
    :func:`_scrambled` need not read them (``seen``: the answers for the page's token sets)."""
    got = seen.get(tokens)
    if got is None:
        joined = " ".join(tokens)
        got = seen[tokens] = any(w in joined for w in SCRAMBLED_WORDS)
    return got


def _read_as_listing(doc: Any, listing: Any, feats: list[_Feat], inside: list[_Feat], verdicts: list[bool],
                     outside: list[_Feat]) -> tuple[list[_Feat], list[bool], list[_Feat]]:
    """Keep a listing's items beside the container's blocks; its template lines go, recorded."""
    more = f" and {listing.grids - 1} further grid(s)" if listing.grids > 1 else ""
    doc.note(f"content: read as a listing: {listing.items} alike items in {describe_element(listing.parent)}{more} "
             f"outweigh the container; kept {len(listing.keep)} of their blocks")
    for f in listing.template:
        doc.drop(f.block, "boilerplate", "a line every item of the listing repeats (its template: a button, "
                 "a label)", region=region_of(f.block.tokens))
    gone = set(map(id, listing.template))
    taken = set(map(id, listing.keep))
    was = dict(zip(map(id, inside), verdicts))
    inside_ids = set(was) | taken
    new_inside = [f for f in feats if id(f) in inside_ids and id(f) not in gone]
    new_verdicts = [True if id(f) in taken else was[id(f)] for f in new_inside]
    new_outside = [f for f in outside if id(f) not in taken and id(f) not in gone]
    return new_inside, new_verdicts, new_outside


def _cards_close(inside: list[_Feat], cards: set[int]) -> bool:
    """True when every teaser card's block comes after the last prose block that is none of them."""
    last = max((i for i, f in enumerate(inside) if f.good and id(f) not in cards), default=-1)
    return all(id(f) not in cards for f in inside[:last + 1])


def locate(doc: Any) -> None:
    """Drop every kept block outside the article, and boilerplate inside it."""
    kept = [b for b in doc.blocks if b.dropped is None]
    if not kept:
        return
    named: dict[Any, bool] = {}  # (a block's class tokens, shared along a path) -> one names scrambled text
    scrambled = [b for b in kept if (named[b.tokens] if b.tokens in named else _may_be_scrambled(b.tokens, named))
                 and _scrambled(b)]
    if scrambled:
        for b in scrambled:
            doc.drop(b, "boilerplate", "text scrambled behind a paywall (a class says it is obfuscated): unreadable",
                     region=region_of(b.tokens))
        kept = [b for b in kept if b.dropped is None]
        if not kept:
            return
    feats = [_Feat(b) for b in kept]
    dropped = [_Feat(b, light=True) for b in doc.blocks if b.dropped is not None and b.path]
    signals = signals_of(doc)
    weights = {el: (sig.weight, sig.strength) for el, sig in signals.items()}
    at = title_index(doc)
    lead = lead_of(doc, feats, at)
    known: dict[Any, Any] = {}  # every candidate by element: its tag, class and id, read once
    notes: list[str] = []
    dated = doc.meta.get("published") is not None  # (a story's or a post's page; else a landing page's, a doc's)
    # the page's own registrable host, or None: where its links lead is read against it; read (its head
    # walked) only when a block asks, most pages never do (inside.Site)
    site = partial(page_site, doc)
    container, members = choose_container(feats, dropped, lead, weights,
                                          doc.blocks[at] if at is not None else None, known, notes,
                                          doc.state.get(ATTRIBUTES_KEY), dated, doc.state.get(THREAD_PAGE_KEY) or "",
                                          site)
    for n in notes:
        doc.note(n)
    if container is None:
        return
    around = set(container.iterancestors())
    around.add(container)
    # a signal around the container (a weak "widget" wrapping the whole main column) says nothing of
    # the blocks beside the container inside it: they are judged as if it were not there
    beside = {el: sig for el, sig in signals.items() if el not in around} if signals else signals
    members = members + styled_siblings(feats, container, members, beside, known)
    member_set = set(members)
    inside: list[_Feat] = []
    outside: list[_Feat] = []
    for f in feats:
        (outside if member_set.isdisjoint(f.block.path) else inside).append(f)
    # teaser cards go on a dated page (a story's, a post's: its cards are other stories'); an undated
    # page (a service's or product's landing page) sets its own text in cards, a linked call under each,
    # unless they all come after its last prose (a list of other stories closing an undated article)
    cards = cards_inside(inside, container, dropped)
    if cards and not dated and not _cards_close(inside, cards):
        cards = set()
    forms = forms_inside(inside, container, any(map(is_entries_note, notes)))
    if forms:
        cards |= forms
    pagers = pagers_inside(inside)
    if pagers:
        cards |= pagers
    said: list[str] = []
    if cards:
        plain = [f for f in inside if id(f) not in cards]
        by_id = dict(zip(map(id, plain), _verdicts_inside(plain, known, site, said, dated)))
        verdicts = [by_id.get(id(f), False) for f in inside]
    else:
        verdicts = _verdicts_inside(inside, known, site, said, dated)
    for n in said:
        doc.note(n)
    listing = find_listing(feats, {id(f) for f, k in zip(inside, verdicts) if k},
                           sum(f.weight for f, k in zip(inside, verdicts) if k),
                           dated, container,
                           lead is not None and any(f is lead for f, k in zip(inside, verdicts) if k))
    if listing is not None:
        inside, verdicts, outside = _read_as_listing(doc, listing, feats, inside, verdicts, outside)
        for group in (cards, forms, pagers):
            group.difference_update(map(id, listing.keep))
    page_prose = sum(f.nonlink for f in feats if f.good)
    kept_prose = sum(f.nonlink for f, k in zip(inside, verdicts) if k)
    if page_prose > 0 and kept_prose < FALLBACK_SHARE * page_prose and kept_prose < FALLBACK_CHARS:
        doc.note(f"content: the best container {describe_element(container)} held only {kept_prose:.0f} of "
                 f"{page_prose:.0f} prose characters; kept every prose block instead")
        for f in feats:
            if not (f.good or (f.block.kind == "heading" and not f.bad)):
                doc.drop(f.block, "boilerplate", "not prose (fallback pass: no clear article container)",
                         region=region_of(f.block.tokens))
        for sig in signals.values():
            sig.outcome, sig.why = "weighed", "no clear article container: every prose block kept"
        return
    where = describe_element(container)
    chrome_sigs = chrome_inside(inside, signals, container, lead)
    why: dict[int, str] = {}
    between = captions_between(inside, verdicts, outside, beside)
    notes_after = footnotes_after(doc.blocks, inside, verdicts, outside, beside, known)
    faq = faq_after(doc.blocks, inside, verdicts, outside, beside)
    readmit = _readmit(doc, feats, inside, outside, container, beside, at, known, why) | between | notes_after | faq
    if readmit:
        why.update(dict.fromkeys(between, READMIT_CAPTION_BETWEEN))
        why.update(dict.fromkeys(notes_after, READMIT_FOOTNOTES))
        why.update(dict.fromkeys(faq, READMIT_FAQ))
        doc.state[READMITTED_KEY] = {f.index: why.get(id(f), READMIT_LEAD) for f in outside if id(f) in readmit}
        inside_ids = {id(f) for f in inside} | readmit
        outside = [f for f in outside if id(f) not in readmit]
        keep_inside = dict(zip(map(id, inside), verdicts))
        inside = [f for f in feats if id(f) in inside_ids]
        verdicts = [keep_inside.get(id(f), True) for f in inside]
    for f in outside:
        sig = signal_on_path(f.block.path, beside) if beside else None
        if sig is not None:
            doc.drop(f.block, sig.kind, f"{sig.evidence}, weighed {sig.weight:g} by the locator: outside the "
                     f"article container {where}", region=sig.region)
        else:
            doc.drop(f.block, "boilerplate", f"outside the article container {where}",
                     region=region_of(f.block.tokens))
    if not dated:
        # an undated page's link-dense sentences inside the container are its own (a service's feature
        # line linked whole, a documentation step's pointer); a dated story's are other stories' teasers
        verdicts = [k or (f.bad and _sentence_shaped(f)) for f, k in zip(inside, verdicts)]
    thread, heading = comment_thread(doc.blocks, inside, verdicts, member_set,
                                     counted=not (doc.state.get(THREAD_PAGE_KEY) or doc.state.get(POST_STAMPS_KEY)))
    if thread >= 0:
        how = ("a count over the comments" if is_count_heading(heading) else "whose anchor names comments"
               + (", or that holds their count" if is_counted_section(heading) else ""))
        for f in inside[thread:]:
            doc.drop(f.block, "comments", f"comment thread inside the article container, under its heading "
                     f"{heading!r} {how}", region="comments")
        inside, verdicts = inside[:thread], verdicts[:thread]
    on_thread = doc.state.get(THREAD_PAGE_KEY) or doc.state.get(POST_STAMPS_KEY)
    seen = Repeats()
    if on_thread:
        seen.count_boxes((f.block.text, _own_parent(f), shape) for f, k in zip(inside, verdicts)
                         if k and (shape := _classed_line(f)))
    # (a thread's posts copy one another's text when they quote it: a quotation element makes the copy no
    # parallel one; a quote an archive page flattens into the reply's text, at the same place in an alike post
    # box, is the reply's text and stays)
    heads: dict[int, str] = {}
    if doc.state.get(POST_STAMPS_KEY):
        heads, doc.state[POST_HEADS_KEY] = post_heads(doc.blocks, doc.state[POST_STAMPS_KEY])
    kept_heads: list[str] = []  # (short linked lines heading a forum topic's posts, kept: noted below)
    copied = _CopiedLines()
    bio = author_box_at_end(inside, verdicts, container, known)
    opening = author_box_at_start(inside, verdicts, container, known)
    for f, k in zip(inside, verdicts):
        sig = chrome_sigs.get(id(f))
        if id(f) in pagers:
            doc.drop(f.block, "boilerplate", "slideshow pager inside the article container (a run of short lines "
                     "without a letter, or of one line repeated)", region=region_of(f.block.tokens))
        elif id(f) in bio and f.block.index not in heads:  # (a post's name or stamp line is no author box)
            doc.drop(f.block, "bio", "author box at the end of the article container (its class names an "
                     "author box)", region=region_of(f.block.tokens))
        elif id(f) in opening and f.block.index not in heads:
            doc.drop(f.block, "bio", "author box above the body, at the start of the article container (its "
                     "class names an author box)", region=region_of(f.block.tokens))
        elif id(f) in forms:
            doc.drop(f.block, "boilerplate", "form inside the article container (sign-up, log-in, search, a poll)",
                     region=region_of(f.block.tokens))
        elif id(f) in cards:
            doc.drop(f.block, "boilerplate", "teaser card inside the article container (a link headline and a "
                     "short blurb, beside alike cards)", region="related")
        elif sig is not None:
            doc.drop(f.block, sig.kind, f"{sig.evidence} inside the article container, holding little of "
                     "its prose", region=sig.region)
        elif not k and f.block.index in heads:
            kept_heads.append(f"{f.block.text[:30]!r} ({heads[f.block.index]})")
        elif not k:
            reason = ("link list inside the article container" if f.bad
                      else "heading with nothing of the article under it, at its end" if f.block.kind == "heading"
                      else EDGE_LINE)
            doc.drop(f.block, "boilerplate", reason, region=region_of(f.block.tokens))
        elif seen.boxes and (shape := _classed_line(f)) and (boxes := seen.template(f.block.text, shape)):
            doc.drop(f.block, "chrome", f"a line {boxes} post boxes of the thread say alike: the board template's, "
                     "no post's text", region=region_of(f.block.tokens))
        elif seen.repeats(f.block.text, _own_parent(f),
                          f.block.path if f.block.kind != "heading" else None):
            doc.drop(f.block, "boilerplate", "repeats a paragraph kept from elsewhere on the page (a gallery "
                     "caption shown twice, a copy)", region=region_of(f.block.tokens))
            copied.add(f, True)
        else:
            copied.add(f, False)
    for f in copied.lines() if not on_thread else ():  # (a thread's posts quote one another)
        doc.drop(f.block, "boilerplate", "repeats a short line kept from elsewhere on the page, between "
                 "paragraphs dropped as copies (the page's text rendered twice)", region=region_of(f.block.tokens))
    if kept_heads:
        doc.note(f"content: {len(kept_heads)} short linked lines kept as the heads of a forum topic's posts: "
                 + "; ".join(kept_heads[:HEADS_NOTED]) + ("; ..." if len(kept_heads) > HEADS_NOTED else ""))
    if signals:
        judge_signals(signals, container, member_set, chrome_sigs.values())


def _classed_line(f: _Feat) -> str:
    """The tag and class of the block's own element when the block, no heading, is its whole text and the
    element has a class (a template's line), else ""."""
    el = f.block.path[f.own] if f.block.kind != "heading" and f.own < len(f.block.path) else None
    if el is None or not el.get("class") or any(e.tag == "blockquote" for e in f.block.path):
        return ""  # (a quotation's line is a post's, quoted)
    whole = squeezed(element_text(el)) == squeezed(f.block.text)
    return f"{el.tag} {el.get('class')}" if whole else ""


def _own_parent(f: _Feat) -> Any:
    """The element holding the block's own element (None for a block of the root)."""
    return f.block.path[f.own - 1] if f.own >= 1 else None


class _CopiedLines:
    """The blocks kept, or dropped as copies, in order: :meth:`lines` finds the short lines of a copy."""

    __slots__ = ("texts", "copies", "blocks", "first")

    def __init__(self) -> None:
        self.texts: list[str | None] = []  # each block's squeezed text, None for a short line
        self.copies: list[bool] = []  # ... whether it was dropped as a copy
        self.blocks: list[Any] = []  # ... its feature
        self.first: dict[str, tuple[Any, int]] = {}  # a short line's squeezed text: its first parent, index

    def add(self, f: Any, copy: bool) -> None:
        """Take the next block kept (``copy`` False) or dropped as a copy of a paragraph (True)."""
        text = f.block.text
        self.blocks.append(f)
        self.copies.append(copy)
        # (a block's normalised text has no whitespace but plain spaces: its squeezed length, counted in C)
        if copy or len(text) - text.count(" ") >= REPEAT_MIN_CHARS:
            self.texts.append(text)  # (squeezed only when compared, see _copy_of)
            return
        self.texts.append(None)
        self.first.setdefault(squeezed(text), (_own_parent(f), len(self.blocks) - 1))

    def _nearest(self) -> tuple[list[int], list[int]]:
        """For each block, the index of the nearest longer block above it and below it (-1: none), in one
        pass each way."""
        n = len(self.texts)
        above, below = [-1] * n, [-1] * n
        last = -1
        for i in range(n):
            above[i] = last
            if self.texts[i] is not None:
                last = i
        last = -1
        for i in range(n - 1, -1, -1):
            below[i] = last
            if self.texts[i] is not None:
                last = i
        return above, below

    def _copy_of(self, j: int, j0: int) -> bool:
        """Block ``j`` was dropped as a copy, and of block ``j0`` (its text inside ``j0``'s)."""
        if j < 0 or j0 < 0 or not self.copies[j]:
            return False
        said, earlier = self.texts[j], self.texts[j0]
        return bool(said and earlier and squeezed(said) in squeezed(earlier))

    def lines(self) -> list[Any]:
        """The short lines said again under another parent right over a copy of the paragraph right under
        their first saying (or closing the blocks, right under a copy of the one over it): the headings of
        a second rendering of the page's text (a template's desktop and mobile bodies), too short for the
        copy check. A dateline or a byline said over another story's paragraph stays."""
        out: list[Any] = []
        if not any(self.copies):
            return out
        above, below = self._nearest()
        for i, (f, sq) in enumerate(zip(self.blocks, self.texts)):
            if sq is not None:
                continue
            parent, i0 = self.first[squeezed(f.block.text)]
            if i0 == i or parent is _own_parent(f):
                continue
            if self._copy_of(below[i], below[i0]) or (below[i] < 0 and self._copy_of(above[i], above[i0])):
                out.append(f)
        return out


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    register(Step("locate", locate, order=500, stage="blocks", kind="boilerplate", input_kinds=("html",),
                  description="score containers by prose, punctuation, links and hints; keep the best"))
    register(Step("empty_fallback", empty_fallback, order=FALLBACK_ORDER, stage="blocks", kind="",
                  description="every block dropped: the prose after the title the locator set aside comes back"))
