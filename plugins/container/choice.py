"""The content locator's choice: the page's title and lead, the container and its members.

Part of the ``content`` plugin (no hooks of its own). :func:`title_index`
finds the title heading, :func:`lead_of` the first prose block under it;
:func:`choose_container` takes the best-scored candidate (see
``container.scoring``; when that one sits in the page's footer by its class words, the
best one outside negative regions holding some prose), climbs while the parent adds mostly prose, grows a
container holding only the article's head over its layout's alike columns,
and joins siblings alike it; on a page no box dominates (the container holding a small share
of the prose, no single-article signal) :func:`_spread` takes the region holding most of the prose
instead; :func:`styled_siblings` adds siblings set in the body's own paragraph style.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Any

from newsclean.blocks import shared_depth
from newsclean.locator import signal_on_path
from newsclean.plugins.container.scoring import (DECAY, LEAD_FACTOR, LIST_TAGS, POSITIVE_FACTOR, WEAK_MAX_LINK_DENSITY, WEAK_NEGATIVE_FACTOR,
                                                 _Cand, _Feat, _is_card, region_of, score_candidates)
from newsclean.plugins.declared.thread import FORUM_PAGE_TYPE
from newsclean.plugins.container.inside import AUTHOR_BOX_PARTS, Site, named_on_path, offsite_run, roundup_list, site_of
from newsclean.text import cjk_count
from newsclean.plugins.vocab.pagebuilders import PAGE_BUILDER_PREFIXES
from newsclean.plugins.vocab.panels import PANEL_ROLES, panel_word

# tuning (lengths in Latin-equivalent characters)
LEAD_WINDOW = 25  # the lead (scoring's LEAD_FACTOR) comes within this many blocks of the title
TITLE_MIN_WORDS = 3  # a title this many words long may be matched by its words ...
TITLE_WORD_SHARE = 0.7  # ... when a heading and it share this share of either's words
TITLE_LOOSE_SHARE = 0.5  # ... or, when no heading does, the one sharing the most, at least this share
TITLE_LATER_SHARE = 0.8  # of two headings that are parts of the title, the later wins from this share of the length
TITLE_LINE_MIN = 12  # a line no heading (a bold headline) may be the title when its text is a part of it this long
TITLE_LINE_MAX = 250  # ... and it is at most this long
STYLE_MIN_PARAGRAPHS = 3  # the body's paragraph style needs this many paragraphs in the container ...
STYLE_MIN_P_PARAGRAPHS = 1  # ... or this many when they are classed <p>s (a short post's paragraph cut by a picture)
CLIMB_RATIO = 2.0  # climb when what the parent adds has this much more prose than junk ...
CLIMB_SHARE = 0.5  # ... and at least this share of the prose gathered so far,
CLIMB_CONC_SHARE = 0.3  # ... and is concentrated prose worth this share of the gathered value,
CLIMB_SLACK = 40  # or when it adds next to nothing
TWIN_BOX_SHARE = 0.5  # a climb over alike content-element boxes: they hold this share of the prose it adds
CELL_MIN_PROSE = 150  # a table cell adding this much prose (CLIMB_RATIO over its junk) is climbed to under CLIMB_SHARE,
CELL_MIN_SHARE = 0.15  # ... when that is this share of the container's prose at least
NAV_CELL_LINK_SHARE = 0.6  # after such a climb, a sibling cell whose text is this share link text ...
NAV_CELL_ITEM_MAX = 30  # ... in links this long on average (a layout's navigation column) joins it never
NAV_SKIP_LEVELS = 6  # a level of a table layout adding only junk (a navigation table) is looked past this many levels
#: Parents of a table's rows (see _rows_alike).
ROW_PARENT_TAGS = frozenset(("table", "tbody", "thead", "tfoot"))
ROW_LEVELS = 5  # the container's table row: it or an ancestor at most this many levels up (see _rows_before) ...
ROW_MIN_PROSE = 100  # ... whose table's rows just before it holding this much prose ...
ROW_MAX_LINK_DENSITY = 0.05  # ... in text at most this link-dense, no negative hint, join it (the story's opening
# set in a row of its own above the body's row); a row of at most CLIMB_SLACK characters is passed over
SIBLING_SHARE = 0.2  # a sibling alike the main element (tag, class) with this share of its value joins it
SIBLING_OTHER_SHARE = 0.35  # ... any other sibling needs this share
SIBLING_MIN_VALUE = 30
SIBLING_MAX_LINK_DENSITY = 0.33
TWIN_MIN_PROSE = 100  # a twin of the main element under a weak word needs this much prose in few links
GROW_LEVELS = 2  # a container holding the title's paragraph may grow this many levels ...
GROW_RATIO = 3.0  # ... when alike siblings (the same layout) hold this many times its prose
ITEMS_MIN = 3  # a listicle: the container and at least two alike siblings (tag, class) ...
ITEMS_RATIO = 1.0  # ... holding together at least this many times its prose
ENTRY_LEVELS = 4  # a page of entries: the container or one of its ancestors this many levels up ...
ENTRY_MIN = 3  # ... and alike siblings (tag, class), this many entries in all, ...
ENTRY_MIN_PROSE = 200  # ... each with this much prose ...
ENTRY_MAX_LINK_DENSITY = 0.5  # ... in text at most this link-dense, with no negative hint,
ENTRY_RATIO = 0.1  # ... the others holding together this share of the chosen entry's prose; alike entries
ENTRY_SHORT_MIN_PROSE = 20  # with this much prose then join them (in few links, no negative hint)
POST_MIN = 2  # a thread's posts (chrome's "post" signals): this many entries in all, the container's one too,
POST_MIN_PROSE = 10  # ... each other one with this much prose (see _entries)
REPLY_LEVELS = 4  # a thread's replies in a box after the opening post's: that box a sibling of the container or
REPLY_DEPTH = 3  # ... of one of its ancestors this many levels up, the replies this many levels down in it
ABOVE_TITLE_FACTOR = 0.5  # an element all above the title heading, without the paragraph under it
ASIDE_MAX_PROSE = 600  # an author box or form chosen over the paragraph under the title holds at most this ...
ASIDE_LEAD_LEVELS = 3  # ... beside it: the box both share at most this many levels above that paragraph
CLEAN_MIN_PROSE = 200  # a candidate outside negative regions with this much prose beats a footer's
OWN_STORY_MIN_PROSE = 200  # the story holding the title heading, with this much prose, beats another story's (_own_story)
STORY_MAX_REPEATS = 5  # a story template without <article> (_repeated_stories) repeated at most this many times in all
#: The kinds of the lines an earlier step dropped that mark a story's own head (see _repeated_stories): each
#: story of a stacked page carries its byline or date, a story's sections and a page's parts carry none.
STORY_HEAD_KINDS = frozenset(("byline", "timestamp"))
#: The kinds of block the body's opening part begins with (see _opening_sibling).
OPENING_KINDS = frozenset(("paragraph", "quote"))
OPENING_MIN_PARAGRAPHS = 2  # ... and it holds this many prose paragraphs (a note of one line is no opening)
#: Class words of layout boxes (a grid's rows and columns, wrappers): a class made only of these is no
#: body's own class, so an alike sibling after the body says nothing of continuing it (see _continuation).
LAYOUT_CLASS_WORDS = frozenset((
    "row", "rows", "col", "cols", "column", "columns", "container", "container-fluid", "wrapper", "wrap",
    "inner", "outer", "grid", "cell", "clearfix", "cf", "group", "section", "block", "box", "module",
    "component", "layout", "flex", "panel", "region", "zone", "area", "item", "unit", "span", "stack",
    "section-inner", "inner-wrap", "full", "half", "third", "left", "right", "center", "first", "last",
))
#: Class word prefixes of grid layouts (col-md-8, span6, grid-12, large-8, pure-u-1).
LAYOUT_CLASS_PREFIXES = ("col-", "col_", "span", "grid-", "grid_", "large-", "medium-", "small-", "pure-u",
                         "row-", "container-", "wrapper-", "layout-", "cell-", "flex-", "u-", "w-", "mb-", "mt-",
                         "pb-", "pt-", "px-", "py-", "m-", "p-")
#: Tags that set text apart from the prose around it (a note all in italics, a link alone).
SET_APART_TAGS = frozenset(("em", "i", "b", "strong", "a", "u", "small", "sup", "sub", "mark", "cite"))
#: Class words that mark the state of one box among alike ones (the tab panel shown, the open accordion
#: item): two siblings whose classes differ only by these are alike (``content active`` and ``content``).
STATE_CLASS_WORDS = frozenset((
    "active", "show", "shown", "in", "open", "opened", "current", "selected", "visible", "expanded",
    "is-active", "is-open", "is-selected", "is-current", "is-visible", "is-expanded",
))
#: One collapsible panel of several (an accordion's item, a tab's pane, a FAQ's answer) is named by a
#: class or id word of the panel vocabulary, loosely read (plugins/vocab/panels.panel_word), by
#: ``role=tabpanel`` (PANEL_ROLES) or by ``<details>``.
PANEL_LEVELS = 1  # the container is a panel (this many levels looked at: itself; deeper reached the story's reviews) ...
PANEL_SCAN = 40  # (an alike sibling is a panel when it or one of its first this many elements is one)
PANEL_ALIKE_LEVELS = 2  # ... with alike siblings (tag, class) at it or this many levels above it: their box holds them all
CONTINUATION_MIN_VALUE = 60  # an alike sibling after the body that continues it holds this much value
SPREAD_SHARE = 0.5  # a container (with its members) holding under this share of the page's prose, on a page
# with no single-article signal, is no dominant box ...
SPREAD_WIDE = 0.6  # ... and the nearest ancestor holding this share of it is taken instead (see _spread) ...
SPREAD_DATED_SHARE = 0.35  # ... on a page that gives its publication date: under this share, and the ancestor
SPREAD_DATED_WIDE = 0.7  # holding this share (a news page is judged less inclusively) ...
SPREAD_MIN_PROSE = 300  # ... on a page with this much prose ...
SPREAD_MAX_LINK_DENSITY = 0.5  # ... when that ancestor's text is at most this link-dense ...
SPREAD_CARD_SHARE = 0.5  # ... and under this share of the prose it adds is in teaser cards
SPREAD_STORY_SECTIONS = 2  # a dated story under its title spreads only over this many headed sections of prose
SECTION_MIN_PROSE = 150  # on an undated page, a sibling built like the container (a heading over prose) with this
SECTION_MAX_LINK_DENSITY = 0.2  # much prose in text at most this link-dense joins it (see _section_siblings)
UNDER_TITLE_SHARE = 0.25  # a container without the paragraph under the title, this share of its prose (and
# SPREAD_MIN_PROSE) between the title and it: one section of a page, joined to those above it (see _under_title)
UNDER_TITLE_DATED_SHARE = 1.0  # ... on a dated page, this share (or headed sections around it)
CARD_MIN_ALIKE = 3  # on an undated page whose container is a box of collapsible panels, this many alike sibling
CARD_MAX_PARAGRAPHS = 2  # cards outside it, each a heading over at most this many paragraphs of sentences ...
CARD_MIN_SENTENCE = 40  # ... (a paragraph of this many characters ending a sentence, CARD_SENTENCE_ENDS, ...
CARD_MAX_LINK_DENSITY = 0.3  # ... the card's text (its heading may be its link) at most this link-dense) ...
CARD_SENTENCE_ENDS = frozenset(".!?\u2026\u3002\uff01\uff1f")  # (the marks closing a card's sentence)
CARD_LEVELS = 2  # (a card's heading and sentences share an element at most this many levels under the repeated one)
CARD_SHARE = 0.2  # ... holding this share of the sentence text the panels hold: the region holding both is taken


def _rows_alike(up: _Cand, top: _Cand) -> bool:
    """True when ``top`` is a row of the table ``up`` and its other rows hold concentrated prose:
    an old table layout sets a story's parts in rows one under another (each row's prose sits in
    a cell, deep down from the table: the decayed value ``up`` gets from them says nothing)."""
    if top.tag != "tr" or up.tag not in ROW_PARENT_TAGS:
        return False
    rows = [s for s in up.children if s is not top and s.tag == "tr" and s.conc > 0]
    return bool(rows) and all(s.link_density <= SIBLING_MAX_LINK_DENSITY and s.hint >= 1.0 for s in rows) \
        and sum(s.conc for s in rows) >= CLIMB_CONC_SHARE * top.conc


def _rows_before(feats: list[_Feat], top: _Cand, members: list[Any], title: Any) -> list[_Cand]:
    """The rows just before the container's table row (the container or its ancestor ``ROW_LEVELS`` up at most)
    that hold ``ROW_MIN_PROSE`` of prose in text at most ``ROW_MAX_LINK_DENSITY`` link-dense, with no negative
    hint, none of another story, none all above the title heading nor holding it: an old table layout sets a story's opening
    (its first paragraphs, a section under its own bold heading) in a row of its own above the body's row. Rows
    of at most ``CLIMB_SLACK`` characters (a spacer, a picture's line, a short heading) are passed over; any
    other row ends the run. Not when the container holds the paragraph under the title (a row above it is the
    page's masthead or the title's)."""
    if top.lead:
        return []
    row: _Cand | None = top
    for _ in range(ROW_LEVELS + 1):
        if row is None or row.tag == "tr":
            break
        row = row.parent
    if row is None or row.tag != "tr" or row.parent is None or row.parent.tag not in ROW_PARENT_TAGS:
        return []
    cands = {c.el: c for c in row.parent.children}
    taken: list[_Cand] = []
    for el in row.el.itersiblings(preceding=True):  # (in the page's order, nearest first)
        sib = cands.get(el)
        if sib is None:
            continue  # (no block in it: a spacer, a picture)
        if sib.tag != "tr" or sib.el in members:
            break
        if sib.prose + sib.junk <= CLIMB_SLACK:
            continue
        if sib.prose < ROW_MIN_PROSE or sib.link_density > ROW_MAX_LINK_DENSITY or sib.hint < 1.0 \
                or sib.negative or sib.other_article or sib.others \
                or (title is not None and (_above(feats, sib, title.index) or _holds(sib, title))):
            break  # (the title's row: its standfirst and pulled lines are the lead's re-admission's to judge)
        taken.append(sib)
    return taken[::-1]


def _holds(c: _Cand, block: Any) -> bool:
    """True when the block sits in the candidate's element."""
    path = block.path
    return len(path) > c.depth and path[c.depth] is c.el


def _element_twins(up: _Cand, top: _Cand, prose: float) -> bool:
    """True when what ``up`` adds beside ``top`` is mostly (``TWIN_BOX_SHARE`` of its ``prose``) in siblings
    of ``top`` built like it (its tag, a class token shared that is no layout word) holding concentrated prose,
    each in few links with no negative hint: a CMS page set as a run of content-element boxes (a frame, a
    text element, a paragraph entity, a builder's text block), each box's paragraphs deep down in its own
    wrappers (the decayed value ``up`` gets from them says nothing)."""
    tokens = {t for t in top.cls.lower().split() if t not in LAYOUT_CLASS_WORDS
              and not t.startswith(LAYOUT_CLASS_PREFIXES)} if top.cls else None
    if not tokens:
        return False
    twins = [s for s in up.children if s is not top and s.tag == top.tag and s.cls and s.conc > 0
             and not tokens.isdisjoint(s.cls.lower().split())]
    return bool(twins) and all(s.link_density <= SIBLING_MAX_LINK_DENSITY and s.hint >= 1.0
                               and not _is_card(s) for s in twins) \
        and sum(s.prose for s in twins) >= TWIN_BOX_SHARE * prose \
        and sum(s.conc for s in twins) >= CLIMB_CONC_SHARE * top.conc


def _adds_title_only(feats: list[_Feat], up: _Cand, inner: _Cand, title: Any) -> bool:
    """True when ``up`` adds to ``inner`` the title heading and at most ``CLIMB_SLACK`` characters besides (a
    content element whose header holds the page's title over the text box the container is; climbed to only
    when boxes built like it follow, :func:`_element_twins`)."""
    path = title.path
    if len(path) <= up.depth or path[up.depth] is not up.el or (len(path) > inner.depth
                                                                 and path[inner.depth] is inner.el):
        return False
    d_up, d_in = up.depth, inner.depth
    besides = 0
    for f in feats:
        p = f.block.path
        if f.block is not title and len(p) > d_up and p[d_up] is up.el \
                and not (len(p) > d_in and p[d_in] is inner.el):
            besides += len(f.block.text)
            if besides > CLIMB_SLACK:
                return False
    return True


def _extra_conc(feats: list[_Feat], up: _Cand, inner: _Cand) -> float:
    """Decayed value, for ``up``, of its blocks that are not inside ``inner``."""
    total = 0.0
    d_up = up.depth
    for f in feats:
        path = f.block.path
        if f.value <= 0 or len(path) <= d_up or path[d_up] is not up.el:
            continue
        if len(path) > inner.depth and path[inner.depth] is inner.el:
            continue
        d = f.own - d_up
        total += f.value * (DECAY[d] if 0 <= d < len(DECAY) else DECAY[-1])
    return total


def choose_container(feats: list[_Feat], dropped: list[_Feat] = (),  # type: ignore[assignment]
                     lead: _Feat | None = None, signals: dict[Any, tuple[float, str]] | None = None,
                     title: Any = None, known: dict[Any, _Cand] | None = None,
                     notes: list[str] | None = None, attributes: dict[Any, Any] | None = None,
                     dated: bool = False, thread: str = "", site: Site = None) -> tuple[Any, list[Any]]:
    """The article's main element and the elements that make up the article with it.

    ``lead`` is the first prose block after the page's title heading; the
    elements around it are favoured (the article starts under its title).
    ``known``, when given, receives every candidate by element: the tag, class and id each
    one read once (``tag``, ``cls``, ``ident``), for the later looks at the same elements.
    ``notes``, when given, receives a line for each choice beyond the best candidate worth telling
    (the entries of a page of entries taken together). ``attributes``: see ``score_candidates``.
    ``dated``: the page gives its publication date (see :func:`_spread`). ``thread``: the schema.org type by which
    the page declares itself a thread (``thread.THREAD_PAGE_TYPES``: a forum topic, a question page; see
    :func:`_replies`), or "". ``site``: the page's own registrable host or None, or the call that reads it (inside.Site; see
    :func:`_choose`'s climb).
    """
    forum: list[_Cand] | None = [] if thread == FORUM_PAGE_TYPE else None
    cands = score_candidates(feats, dropped, lead, signals, title, attributes, forum)
    if forum and notes is not None:
        notes.append(f"content: the page declares itself a forum topic ({FORUM_PAGE_TYPE}): {len(forum)} "
                     f"elements named for replies or comments (<{forum[0].tag} class=\"{forum[0].cls or ''}\">) "
                     f"are weighed as its posts, not as a comment section")
    if known is not None:
        known.update(cands)
    posts = _post_holders(signals)
    story = None  # (the title's box of a story template repeated without <article>)
    if dated and title is not None and not thread and not posts:
        story = _repeated_stories(cands, feats, dropped, title, notes)
    try:
        return _choose(feats, cands, title, notes, lead, dated, posts, bool(thread), site, story)
    finally:
        for c in cands.values():  # parents and children refer to each other: let them go now
            c.children = []  # (by reference counting, without waiting for the garbage collector)


#: Over the most ``_Cand.score`` multiplies a candidate's hint by (POSITIVE_FACTOR inside the page's
#: article, LEAD_FACTOR around the title's paragraph; the rest only lowers it), with room for rounding.
_BOUND = 1.001 * POSITIVE_FACTOR * LEAD_FACTOR


def _post_holders(signals: dict[Any, tuple[float, str]] | None) -> set[Any]:
    """The elements holding a thread's next posts (chrome's "post" signals: see :func:`_entries`), and
    the posts themselves; empty on a page that is no thread."""
    posts = [el for el, (_, strength) in signals.items() if strength == "post"] if signals else []
    held: set[Any] = set()
    for el in posts:
        for a in (el, *el.iterancestors()):
            if a in held:
                break
            held.add(a)
    return held


def _choose(feats: list[_Feat], cands: dict[Any, _Cand], title: Any = None,
            notes: list[str] | None = None, lead: _Feat | None = None, dated: bool = False,
            posts: set[Any] = frozenset(), thread: bool = False,  # type: ignore[assignment]
            site: Site = None, story: _Cand | None = None) -> tuple[Any, list[Any]]:
    best, best_s = None, 0.0
    for c in cands.values():
        conc = c.conc
        # (no call for a candidate without value, nor for one that cannot reach the best score: its
        # score is at most its value times its hint times _BOUND)
        if conc <= 0 or conc * c.hint * _BOUND < best_s:
            continue
        s = c.score()
        if s > best_s or (s == best_s and best is not None and c.depth > best.depth):
            best, best_s = c, s
    if best is None:
        return None, []
    footer = _page_footer(best)
    fence = None  # (the page's footer given way: the container climbs to no box holding it)
    if footer is not None or (best.negative and _in_footer(best)):  # a footer's legal text is never the article
        alt = _clean_alternative(cands, best, footer)
        if alt is not None:
            best, fence = alt, footer
    # (or, on a page repeating a story template without <article>, holds them all: _repeated_stories)
    if title is not None and (best.other_article or (story is not None and best.others and _under(story, best))):
        own = _own_story(cands, best, title, story)
        if own is not None:
            if notes is not None:
                notes.append(f"content: the best candidate <{best.tag}> sits in another story (an <article> or a "
                             f"repeated story box under another headline than the title's) or holds several: took "
                             f"<{own.tag}> in the story the title heading heads instead (a page of several stories "
                             f"keeps its own)")
            best = own
    if title is not None and best.lead is False and _above(feats, best, title.index):
        best = _below_title(feats, cands, best, best_s, title.index)
    aside = None  # (the box an author box or a form shares with the paragraph under the title chosen instead)
    if best.lead is False and lead is not None and lead.block.kind == "paragraph":
        best, aside = _lead_over_aside(cands, best, lead)
    top = best
    panels: _Cand | None = None  # (the box of collapsible panels the container climbed to)
    cell = False  # (the container climbed into a table cell, a column of an old layout)
    while top.parent is not None:
        box = _panels_box(top) if aside is None else None
        if box is not None and (fence is None or not _under(fence, box)):
            panels = box
            if notes is not None:
                notes.append(f"content: the container <{top.tag}> is one collapsible panel among alike "
                             f"ones: climbed to the <{box.tag}> holding them all")
            top = box  # (and on from there, as from any container)
            continue
        up = top.parent
        if up is aside or (fence is not None and _under(fence, up)):
            break  # it would take the author box or form set aside (or the page's footer) back in
        prose = up.prose - top.prose
        junk = up.junk - top.junk
        if up.others > top.others:
            break  # it would take in another story
        if prose + junk <= CLIMB_SLACK:
            top = up
            continue
        if prose < CLIMB_RATIO * junk:
            if _roundup_beside(up, top):
                top = up  # a link roundup's post: its paragraph and the list of links it comments
                continue
            run = offsite_run(up.el, top.el, site) if top.tag == "p" else 0
            if run:  # a deals post: its intro and the alike lines naming shops' goods (inside.offsite_run)
                if notes is not None:
                    notes.append(f"content: climbed from <p> to its <{up.tag}>: {run} alike paragraphs beside it "
                                 f"link mostly off the page's site ({site_of(site)}), each with words (a deals post)")
                top = up
                continue
            far = _past_navigation(up, top, fence)
            if far is None:
                break
            if notes is not None:
                notes.append(f"content: climbed from <{top.tag}> past <{up.tag}> (a navigation table of an old "
                             f"layout beside it) to <{far.tag}>: the body goes on in a second table there "
                             f"({far.prose - up.prose:.0f} more prose characters in few links)")
            top = far
            continue
        if top.tag in LIST_TAGS or (best.tag in LIST_TAGS and top.prose <= best.prose + CLIMB_SLACK):
            # a list is a part of an article (its steps, its references), never the whole when the parent
            # adds prose; so is the box holding little more than it (the list under its heading)
            top = up
            continue
        if prose < CLIMB_SHARE * top.prose:
            if _code_only(feats, top):
                top = up  # and so is a code block's box (a tutorial's listing between its sentences)
                continue
            if title is not None and up.parent is not None and _adds_title_only(feats, up, top, title) \
                    and _element_twins(up.parent, up, up.parent.prose - up.prose):
                top = up  # the title's heading over the text box: one content element of a run of them
                continue
            if up.tag not in _CELL_TAGS or prose < max(CELL_MIN_PROSE, CELL_MIN_SHARE * top.prose):
                break
            # a table cell is a column of an old layout: the body's rest beside the container (a second
            # <font> run, loose paragraphs after it) is the story's when it is prose in few links and a
            # part of it (not a notice line under a long story)
            told = (f"content: climbed from <{top.tag}> to its table cell, a column of an old table layout: "
                    f"the cell adds {prose:.0f} prose characters in few links beside it")
        else:
            told = None
        if told is None and _extra_conc(feats, up, top) < CLIMB_CONC_SHARE * top.conc:
            if up.tag in _CELL_TAGS:
                # a table cell is a column of an old layout: what it holds beside the container (the rest
                # of the story in a nested table, under <font> tags) sits deep down, and is the story's
                # still when it is prose in few links (the share and ratio above)
                told = (f"content: climbed from <{top.tag}> to its table cell, a column of an old table layout: "
                        f"the cell adds {prose:.0f} prose characters in few links, set deeper")
            elif _rows_alike(up, top):
                told = (f"content: climbed from a table row to its <{up.tag}>: its other rows hold {prose:.0f} "
                        f"more prose characters in few links (a story set in rows of an old table layout)")
            elif _element_twins(up, top, prose):
                told = (f"content: climbed from <{top.tag} class=\"{top.cls}\"> to its <{up.tag}>: boxes built like "
                        f"it beside it hold most of the {prose:.0f} prose characters it adds, in few links (a page "
                        f"set as a run of content elements)")
            else:
                break  # what it adds is scattered deep down (cards, widgets), not paragraphs
        if title is not None and top.lead and _adds_above(feats, up, top, title):
            break  # the prose it adds is all above the title heading the container holds (a masthead's blurb)
        if told is not None and notes is not None:
            notes.append(told)
        cell = cell or (told is not None and up.tag in _CELL_TAGS)
        top = up
    if aside is not None:
        return top.el, [top.el]  # (a short post: no siblings, spread or growth that would take the aside in)
    top = _grow(feats, top)
    if top.parent is None:
        return top.el, [top.el]
    members = [top.el]
    found = _entries(cands, top, title, posts, dated)
    if found is not None:  # the container is one entry of a page of them: it and the others, then
        top, others = found  # its siblings as any container's
        members = [top.el] + [e.el for e in others]
        if notes is not None:
            notes.append(_entries_note(top, others))
    else:
        replies = _replies(top, title, thread)
        if replies:  # the opening post of a thread whose replies stand in a box of their own after it
            members += [e.el for e in replies]
            if notes is not None:
                notes.append(_replies_note(top, replies))
    like = (top.tag, top.cls)
    # (the container holds the title heading, on a page where the paragraph under it was found)
    heads = title is not None and top.lead and len(title.path) > top.depth and title.path[top.depth] is top.el
    items = _alike_items(feats, top, title)
    members += [s.el for s in items if s.el not in members]
    opening = _opening_sibling(feats, top, lead, title)
    # (on a dated page, a story's, only between the entries of a page of them: a story's author box, a paywall's
    # notice or its questions after it are no sections of it)
    sections = _section_siblings(feats, top, like, members, dated) if not dated or found is not None else None
    joined: list[Any] = []  # (the sections that joined by their shape alone: no say in whether to widen)
    for sib in top.parent.children:
        if sib is top or sib is fence or sib.link_density > SIBLING_MAX_LINK_DENSITY or sib.el in members \
                or (sib.other_article and not top.other_article) or (story is not None and sib.others):
            continue  # (another story the page appends after its own, or a box around one: no part of it, alike or not)
        state = sib.tag == top.tag and _state_twins(top.cls, sib.cls)  # (a hidden tab panel of the shown one)
        alike = state or (sib.tag, sib.cls) == like
        twin = alike and sib.hint == WEAK_NEGATIVE_FACTOR and _twin_prose(sib)
        if sib.hint < 1.0 and not twin:
            continue
        share = SIBLING_SHARE if alike else SIBLING_OTHER_SHARE
        # (a section of an undated page built like the container, _section_siblings, that its share alone
        # would not let in)
        section = bool(sections) and sib.el in sections \
            and sib.conc < max(SIBLING_MIN_VALUE, share * best.conc)
        if sib is opening or (alike and top.cls and sib.lead and top.lead is False) \
                or state or (alike and _continuation(feats, top, sib)) or section:
            # the body's opening part, under the title (in a box of its own, or in a twin of the main
            # element the body was cut into around a picture or a box, or a tab panel beside the one
            # shown): whatever its share of the prose
            share = 0.0
        # a weak word ("widget") on the main element's class says the same on its twin: a body
        # split into alike text widgets is weighed against the main one, not its inner paragraphs
        if sib.conc >= max(SIBLING_MIN_VALUE, share * (top.conc if twin else best.conc)):
            if heads and _above(feats, sib, title.index):
                continue  # all above the title heading the container holds (a masthead's blurb)
            if cell and top.tag in _CELL_TAGS and sib.tag in _CELL_TAGS and _nav_column(sib.el):
                if notes is not None:
                    notes.append(f"content: the table cell <{sib.tag}> beside the container's is a navigation "
                                 f"column of the old layout (mostly short links): not joined")
                continue
            members.append(sib.el)
            if section:
                joined.append(sib.el)
    rows = _rows_before(feats, top, members, title)
    if rows:
        members += [r.el for r in rows]
        if notes is not None:
            notes.append(f"content: {len(rows)} table row(s) just before the container's row hold prose in few links "
                         f"({sum(r.prose for r in rows):.0f} characters): joined it (a story's opening set in rows of "
                         f"an old table layout above its body)")
    members += _between_twins(top, like, members)
    cousins = _boxed_twins(top)  # (the body cut into text widgets, each in a wrapper of its own)
    if cousins:
        members += [c.el for c in cousins if c.el not in members]
        if notes is not None:
            notes.append(f"content: {len(cousins)} twin(s) of the container <{top.tag}> or of its one element (a weak "
                         f"word on their class), each alone in a wrapper alike its own, joined it: a body cut into "
                         f"boxed text widgets")
    # (a dated page whose container holds the paragraph under the title: a story's body, unless what the
    # region adds is several headed sections of prose)
    held = [m for m in members if m not in joined] if joined else members
    if joined and notes is not None:
        notes.append(f"content: {len(joined)} sibling box(es) of the container <{top.tag}> built like it (an "
                     f"unlinked heading over prose, few links, no negative hint) joined it as sections of an "
                     f"undated page, whatever their share of the prose")
    wide = _spread(cands, top, held, notes, dated, feats if dated and top.lead else None, title)
    if wide is None and panels is not None and not dated:
        wide = _cards_region(feats, top, fence, notes)
    if wide is None and lead is not None and top.lead is False:
        wide = _under_title(feats, cands, top, held, title, notes, dated)
    if wide is not None and fence is not None and _under(fence, wide):
        wide = None  # (the page's footer given way: its prose is no reason to widen)
    if wide is not None:  # no box dominates: the region holding most of the page's prose instead
        return wide.el, [wide.el]
    return top.el, members


def _between_twins(top: _Cand, like: tuple[Any, Any], members: list[Any]) -> list[Any]:
    """The container's alike siblings (tag and a class) standing between two of its ``members``, in few links
    (``SIBLING_MAX_LINK_DENSITY``), no negative hint, no other story: a body cut into alike text boxes around
    pictures keeps its short middle box (a list of ingredients, one line) whatever its share of the prose."""
    if not like[1]:
        return []
    sibs = top.parent.children
    mem = set(members)
    marks = [k for k, s in enumerate(sibs) if s.el in mem]
    if len(marks) < 2:
        return []
    return [s.el for s in sibs[marks[0] + 1:marks[-1]]
            if (s.tag, s.cls) == like and s.el not in mem and s.hint >= 1.0 and not s.other_article
            and s.link_density <= SIBLING_MAX_LINK_DENSITY]


def _section_siblings(feats: list[_Feat], top: _Cand, like: tuple[Any, Any], members: list[Any],
                      between: bool = False) -> set[Any]:
    """The container's siblings that are sections of the page built like it: not alike it (tag, class),
    each with ``SECTION_MIN_PROSE`` of prose in text at most ``SECTION_MAX_LINK_DENSITY`` link-dense, no
    negative hint, no other story, and an unlinked heading over a prose block of its own
    (``_Feat.good``), as the container holds one too (a service page's features, how-it-works and pricing
    boxes side by side: a related-story list or a footer has link headings or links, no such shape).
    ``between``: only the siblings standing between two of the ``members`` (the entries of a page of them).
    One walk over the blocks for all of them."""
    sibs = top.parent.children
    if between:
        mem = set(members)
        marks = [k for k, s in enumerate(sibs) if s.el in mem]
        sibs = sibs[marks[0] + 1:marks[-1]] if len(marks) > 1 else []
    cands = [s for s in sibs
             if s is not top and (s.tag, s.cls) != like and s.el not in members and s.hint >= 1.0
             and not s.negative and not s.other_article and s.others <= top.others
             and s.prose >= SECTION_MIN_PROSE and s.link_density <= SECTION_MAX_LINK_DENSITY]
    if not cands:
        return set()
    at = top.depth
    wanted = {s.el for s in cands}
    wanted.add(top.el)
    headed: dict[Any, bool] = {}  # (an element: its heading seen, waiting for its prose block)
    found: set[Any] = set()
    box, up = top.parent.el, top.parent.depth
    seen = False  # (the parent's blocks are one run of the page's: the walk ends after it)
    for f in feats:
        path = f.block.path
        if len(path) <= at or path[up] is not box:
            if seen:
                break
            continue
        seen = True
        el = path[at]
        if el not in wanted or el in found:
            continue
        if f.block.kind == "heading":
            headed[el] = not f.bad and f.link_weight == 0
        elif f.good and headed.get(el):
            found.add(el)
    if top.el not in found:
        return set()  # (the container is no section of the page: a story beside boxes)
    found.discard(top.el)
    return found


def _opening_sibling(feats: list[_Feat], top: _Cand, lead: _Feat | None, title: Any) -> _Cand | None:
    """The sibling right before the container that holds the first prose block under the title (the
    container holding none of it), when that block is a prose paragraph and the sibling holds
    ``OPENING_MIN_PARAGRAPHS`` of them and no heading (nor the title's: the article's head is
    re-admitted block by block): the body's opening part in a box of its own (an intro box beside
    the "more" box), not a notice under a heading of its own, a list of highlights or a player's note.
    Right before: no sibling holding text lies between them. Its links and class words are weighed
    by the caller."""
    if top.lead is not False or lead is None or not lead.good or lead.block.kind not in OPENING_KINDS:
        return None  # the container holds the title's paragraph itself, or it is no prose paragraph
    before = None
    for sib in top.parent.children:
        if sib is top:
            break
        before = sib
    if before is None or not before.lead or before.other_article or _is_card(before):
        return None
    el, d = before.el, before.depth
    if title is not None and len(title.path) > d and title.path[d] is el:
        return None  # the article's head (title, stamp, standfirst): the lead's re-admission reads it
    inside, good = False, 0
    for f in feats:  # (the sibling's blocks: a run of the page's blocks, in order)
        path = f.block.path
        if len(path) > d and path[d] is el:
            inside = True
            if f.block.kind == "heading":
                return None
            good += f.good
        elif inside:
            break
    return before if good >= OPENING_MIN_PARAGRAPHS else None


def _state_twins(a: Any, b: Any) -> bool:
    """True when two classes differ, and only by words of state (``STATE_CLASS_WORDS``): the tab panel
    shown and its hidden twins, the open accordion item and the closed ones, made with one template."""
    if not a or not b or a == b:
        return False
    if isinstance(a, bytes):
        a = a.decode("utf-8", "replace")
    if isinstance(b, bytes):
        b = b.decode("utf-8", "replace")
    wa, wb = set(a.lower().split()), set(b.lower().split())
    rest = wa ^ wb
    return bool(rest) and rest <= STATE_CLASS_WORDS and bool(wa - STATE_CLASS_WORDS)


def _panel(el: Any) -> bool:
    """True when ``el`` is one collapsible panel: a ``<details>``, a ``role=tabpanel``, or an element whose
    class or id words hold one naming a panel or its widget (``panel_word``: ``panel-collapse``, ``tab-pane``)."""
    if el.tag == "details" or (el.get("role") or "").lower() in PANEL_ROLES:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and bool(panel_word(names))


def _alike_sibling(el: Any) -> bool:
    """True when a sibling of ``el`` has its tag and its class (or one differing only by state words) and is,
    or holds among its first ``PANEL_SCAN`` elements, a collapsible panel too (see :func:`_panel`)."""
    parent = el.getparent()
    if parent is None:
        return False
    tag, cls = el.tag, el.get("class")
    for sib in parent:
        if sib is not el and sib.tag == tag and (sib.get("class") == cls or _state_twins(cls, sib.get("class"))) \
                and any(isinstance(e.tag, str) and _panel(e) for e in islice(sib.iter(), PANEL_SCAN)):
            return True
    return False


def _panels_box(top: _Cand) -> _Cand | None:
    """The box holding all the collapsible panels when the container ``top`` is one of them (``PANEL_LEVELS``):
    the panel, or an element at most ``PANEL_ALIKE_LEVELS`` above it (the accordion's item that wraps its
    heading and panel), has an alike sibling (tag, class) holding a panel too; their parent, when it is a
    candidate with no negative hint holding no other story. None otherwise."""
    c: _Cand | None = top
    for _ in range(PANEL_LEVELS):
        if c is None:
            return None
        if _panel(c.el):
            item: _Cand | None = c
            for _ in range(PANEL_ALIKE_LEVELS + 1):
                if item is None or item.parent is None:
                    return None
                if _alike_sibling(item.el):
                    box = item.parent
                    if box.hint < 1.0 or box.negative or box.others > top.others:
                        return None
                    return box
                item = item.parent
            return None
        c = c.parent
    return None


def _own_class(cls: Any) -> bool:
    """True when the class holds a word that is no layout box's (``LAYOUT_CLASS_WORDS``,
    ``LAYOUT_CLASS_PREFIXES``): a name of the box's own (``story-text``, ``entry``)."""
    if not cls:
        return False
    if isinstance(cls, bytes):
        cls = cls.decode("utf-8", "replace")
    for word in cls.lower().split():
        if word not in LAYOUT_CLASS_WORDS and not word.startswith(LAYOUT_CLASS_PREFIXES) \
                and not word.isdigit():
            return True
    return False


def _continuation(feats: list[_Feat], top: _Cand, sib: _Cand) -> bool:
    """True when ``sib``, an alike sibling (tag, class) of the container after it, continues the body
    whatever its share of the prose: the body cut into alike boxes (around a picture, an ad slot).
    The class must be the box's own, not a layout grid's (a row of a subscription box is alike a
    row of the article too); the sibling holds ``CONTINUATION_MIN_VALUE`` in few links, no heading
    (a box of its own under its own heading) nor rule (``hr``), and its first valued block is a
    paragraph of prose, not a note set apart in emphasis or a link (see :func:`_own_text`)."""
    if sib.conc < CONTINUATION_MIN_VALUE or sib.link_density >= WEAK_MAX_LINK_DENSITY \
            or sib.other_article or _is_card(sib) or not _own_class(top.cls):
        return False
    if next(sib.el.iter("hr"), None) is not None:
        return False  # a rule sets the box apart (a boilerplate note under the body), it does not go on
    el, d, top_el = sib.el, sib.depth, top.el
    seen_top, inside, first = False, False, None
    body_kind = "paragraph"  # (the kind of the container's first valued block: a quote when both stand in one
    # quotation, an old page indenting its whole body with <blockquote>)
    for f in feats:  # (the blocks in order: the container's, then the sibling's)
        path = f.block.path
        if len(path) <= d:
            if inside:
                break
            continue
        at = path[d]
        if at is top_el:
            if inside:
                return False  # the sibling comes before the container
            if not seen_top or body_kind is None:
                body_kind = f.block.kind if f.value > 0 else None
            seen_top = True
        elif at is el:
            inside = True
            if f.block.kind == "heading":
                return False
            if first is None and f.value > 0:
                first = f
                if not _own_text(path[f.own]):
                    return False  # a note set apart (all in italics, bold or a link), not the body's prose
        elif inside:
            break
    return seen_top and first is not None and (first.block.kind == "paragraph" or (
        first.block.kind == "quote" and body_kind == "quote" and _in_quotation(top)))


def _in_quotation(c: _Cand) -> bool:
    """True when the candidate sits in a ``<blockquote>`` (its blocks are quotes: an old page indenting its
    whole body with one)."""
    up = c.parent
    while up is not None:
        if up.tag == "blockquote":
            return True
        up = up.parent
    return False


def _own_text(el: Any) -> bool:
    """True when the element holds text outside emphasis and links (``SET_APART_TAGS``): prose,
    not a note set apart in italics or bold, nor a link alone. Plain wrappers (``font``, ``span``)
    are read through."""
    text = el.text
    if text and not text.isspace():
        return True
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in SET_APART_TAGS and _own_text(child):
            return True
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


def _page_footer(c: _Cand) -> _Cand | None:
    """The page's footer ``c`` is or sits in: a ``<footer>`` outside any ``<article>`` (an article's own
    footer holds its byline and tags), or an element with ``role=contentinfo``; else None."""
    up: _Cand | None = c
    found = None
    while up is not None:
        if up.tag == "article":
            found = None  # (a footer inside an article is the article's)
        elif found is None and (up.tag == "footer" or (up.el.get("role") or "").lower() == "contentinfo"):
            found = up
        up = up.parent
    return found


def _clean_alternative(cands: dict[Any, _Cand], best: _Cand, footer: _Cand | None = None) -> _Cand | None:
    """The best-scored candidate outside negative regions, with ``CLEAN_MIN_PROSE`` of prose at least,
    that is neither ``best`` nor one of its ancestors (a wrapper of the footer too), nor inside the page's
    ``footer`` when one is given, or None.

    A page's footer (a disclaimer, a legal notice) may hold several times the prose of a short
    article; its class words say what it is, and then any clean element holding prose is the
    better choice.
    """
    around: set[Any] = set()
    up: _Cand | None = best
    while up is not None:
        around.add(up.el)
        up = up.parent
    top, top_s = None, 0.0
    for c in cands.values():
        if c.negative or c.hint < 1.0 or c.conc <= 0 or c.prose < CLEAN_MIN_PROSE or c.el in around:
            continue
        if footer is not None and c.depth > footer.depth and _under(c, footer):
            continue
        s = c.score()
        if s > top_s:
            top, top_s = c, s
    return top


def _own_story(cands: dict[Any, _Cand], best: _Cand, title: Any, story: _Cand | None = None) -> _Cand | None:
    """The best-scored candidate inside the story the title heading heads, when ``best`` sits in another one.

    The story is the innermost article element (``_Cand.is_article``) holding the title heading; its
    candidate is one in no other story, holding ``OWN_STORY_MIN_PROSE`` of prose, or None (no such
    story, or too little of it: a headline alone in a box of its own says nothing of the body).
    The next stories a page appends below its own (infinite scroll, a portal stacking several) may be
    longer than it: the title says which one is the page's. ``story``: the title's box of a story template
    repeated without ``<article>`` (:func:`_repeated_stories`), taken when no article sits inside it.
    """
    own = next((cands[el] for el in reversed(title.path) if el in cands and cands[el].is_article), None)
    if story is not None and (own is None or story.depth > own.depth):
        own = story
    if own is None or own.other_article or (best.depth > own.depth and _under(best, own)):
        return None  # (a box inside the title's own story, around a teaser headed in it, is no other story)
    top, top_s = None, 0.0
    for c in cands.values():
        if c.other_article or c.conc <= 0 or c.prose < OWN_STORY_MIN_PROSE or c.hint < 1.0:
            continue
        if c is not own and not (c.depth > own.depth and _under(c, own)):
            continue
        s = c.score()
        if s > top_s:
            top, top_s = c, s
    return top


def _repeated_stories(cands: dict[Any, _Cand], feats: list[_Feat], dropped: list[_Feat], title: Any,
                      notes: list[str] | None = None) -> _Cand | None:
    """The box of the title's story on a page repeating one story template without ``<article>``, its
    alike boxes marked as other stories (``other_article``, ``others``, as scoring marks other articles); or None.

    The box is the innermost classed element on the title heading's path, with ``OWN_STORY_MIN_PROSE`` of
    prose, such that an element at its depth with the same tag and class holds another headline (a heading
    of the title's rank or higher, not holding it: a reply's ``Re:`` line) and it holds none; each of those
    (``STORY_MAX_REPEATS`` boxes at most in all) holds that much prose in text at most ``SIBLING_MAX_LINK_DENSITY``
    link-dense (a listing's teasers are short and linked); each box, the title's too, holds a line an earlier
    step dropped as a byline or date (``STORY_HEAD_KINDS``). The sections of one story are headed under its
    title's rank and signed once.
    """
    level = title.level or 1
    said = _squash(title.text)
    heads = [f.block for f in (*feats, *dropped) if f.block.kind == "heading" and f.block is not title
             and 0 < f.block.level <= level and said not in _squash(f.block.text)]  # (a reply's "Re: title" too)
    if not heads:
        return None
    path = title.path
    for d in range(len(path) - 1, 0, -1):  # (innermost first: the headline's own box holds no prose)
        own = cands.get(path[d])
        if own is None or not own.cls or own.is_article or own.other_article:
            continue
        boxes: dict[Any, _Cand] = {}
        for b in heads:
            el = b.path[d] if len(b.path) > d else None
            if el is own.el:
                return None  # (it holds another headline: a box of several stories, or a story's sections)
            c = cands.get(el) if el is not None else None
            if c is not None and c.tag == own.tag and c.cls == own.cls:
                boxes[el] = c
        if not boxes or own.prose < OWN_STORY_MIN_PROSE:
            continue
        if len(boxes) + 1 > STORY_MAX_REPEATS or any(
                c.prose < OWN_STORY_MIN_PROSE or c.link_density > SIBLING_MAX_LINK_DENSITY for c in boxes.values()):
            return None
        signed = {f.block.path[d] for f in dropped
                  if len(f.block.path) > d and f.block.dropped.kind in STORY_HEAD_KINDS}
        if own.el not in signed or not signed.issuperset(boxes):
            return None  # (a story carries its own byline or date: sections of a page do not)
        for c in boxes.values():
            _mark_other_story(c)
        if notes is not None:
            notes.append(f"content: the title heading heads a <{own.tag} class=\"{own.cls}\"> repeated with "
                         f"{len(boxes)} more under other headlines (a story template without <article>): "
                         f"those are other stories")
        return own
    return None


def _mark_other_story(box: _Cand) -> None:
    """Mark ``box`` and what it holds as another story, and count it on its ancestors."""
    up: _Cand | None = box
    while up is not None:
        up.others += 1
        up = up.parent
    stack = [box]
    while stack:
        c = stack.pop()
        c.other_article = True
        stack.extend(c.children)


def _under(c: _Cand, box: _Cand) -> bool:
    """True when ``box`` is an ancestor of ``c``."""
    up = c.parent
    while up is not None and up.depth >= box.depth:
        if up is box:
            return True
        up = up.parent
    return False


def _past_navigation(up: _Cand, top: _Cand, fence: Any) -> "_Cand | None":
    """The ancestor of ``up`` (``NAV_SKIP_LEVELS`` levels at most) where the body of an old table layout goes
    on, when ``up`` adds mostly junk to the container ``top`` (a navigation table between two body tables).

    The first ancestor adding prose over ``up`` is taken when a table stands on the way (the layout's),
    what it adds over ``up`` is ``CLIMB_SHARE`` of the container's prose, and all it adds over ``top``
    (the navigation table with the body's rest) is prose ``CLIMB_RATIO`` times its junk; None otherwise
    (a sidebar, another story, the page's footer, or no table between)."""
    far, tabled = up.parent, up.tag in ROW_PARENT_TAGS or up.tag in _CELL_TAGS
    for _ in range(NAV_SKIP_LEVELS):
        if far is None or far.others > top.others or (fence is not None and _under(fence, far)):
            return None
        tabled = tabled or far.tag in ROW_PARENT_TAGS or far.tag in _CELL_TAGS
        if far.prose - up.prose + far.junk - up.junk > CLIMB_SLACK:
            ok = (tabled and far.prose - up.prose >= CLIMB_SHARE * top.prose
                  and far.prose - top.prose >= CLIMB_RATIO * (far.junk - top.junk))
            return far if ok else None
        far = far.parent
    return None


def _roundup_beside(up: _Cand, top: _Cand) -> bool:
    """``top`` is a ``<p>`` whose parent ``up`` holds beside it only lists of a link roundup (each link with
    the author's words: ``inside.roundup_list``), one at least: the post's paragraph and its list."""
    if top.tag != "p":
        return False
    lists = 0
    for ch in up.el:
        if ch is top.el or not isinstance(ch.tag, str):
            continue
        if ch.tag not in LIST_TAGS or not roundup_list(ch):
            return False
        lists += 1
    return lists > 0


def _lead_over_aside(cands: dict[Any, _Cand], best: _Cand, lead: _Feat) -> tuple[_Cand, _Cand | None]:
    """The best candidate holding the paragraph under the title instead of ``best``, when ``best`` is
    an author box or a form beside it (an element between ``best`` and the box both share, ``best``
    itself too, is a ``<form>`` or has a class or id token naming an author box:
    ``inside.AUTHOR_BOX_PARTS``; that box holds at most ``ASIDE_MAX_PROSE`` of prose, and the box both
    share stands at most ``ASIDE_LEAD_LEVELS`` above the paragraph's own element; a heading, a masthead's
    motto under the site's name, is no such paragraph): a short post, a list
    of links with a line each, over a longer author's bio or a comment form's notices, with the box both
    share (the container climbs no higher); else ``best`` and None."""
    below: list[_Cand] = []
    up: _Cand | None = best
    while up is not None and not up.lead:
        below.append(up)
        up = up.parent
    if up is None or up.depth < lead.own - ASIDE_LEAD_LEVELS:
        return best, None  # (a box far from the paragraph under the title: no aside of its post)
    box = next((c for c in below if c.tag == "form"), None)
    if box is None:
        named = named_on_path([c.el for c in reversed(below)], AUTHOR_BOX_PARTS, cands)
        box = cands.get(named) if named is not None else None
    if box is None or box.prose > ASIDE_MAX_PROSE:
        return best, None
    alt, alt_s = None, 0.0
    for el in lead.block.path[up.depth + 1:]:
        c = cands.get(el)
        s = c.score() if c is not None else 0.0
        if s > alt_s:
            alt, alt_s = c, s
    return (alt, up) if alt is not None else (best, None)


def _in_footer(c: _Cand) -> bool:
    """True when ``c`` is, or sits in, an element whose class or id words give it a negative hint
    and name the page's footer (``footer``, ``copyright``, ``disclaimer``: scoring's
    ``NEGATIVE_HINTS``)."""
    up: _Cand | None = c
    while up is not None:
        if up.hint < 1.0 and (up.cls or up.ident):
            toks = f"{up.cls or ''} {up.ident or ''}".lower().split()
            if region_of(toks) == "footer":
                return True
        up = up.parent
    return False


def _above(feats: list[_Feat], c: _Cand, at: int) -> bool:
    """True when every valued block of ``c`` comes before the title heading (block index ``at``)."""
    el, d = c.el, c.depth
    for f in feats:
        if f.index >= at and f.value > 0:
            path = f.block.path
            if len(path) > d and path[d] is el:
                return False
    return True


def _adds_above(feats: list[_Feat], up: _Cand, inner: _Cand, title: Any) -> bool:
    """True when ``inner`` holds the title heading and every valued block ``up`` adds to it comes
    before that heading."""
    path = title.path
    if len(path) <= inner.depth or path[inner.depth] is not inner.el:
        return False
    at, d_up, d_in = title.index, up.depth, inner.depth
    for f in feats:
        if f.value > 0 and f.index > at:
            p = f.block.path
            if len(p) > d_up and p[d_up] is up.el and not (len(p) > d_in and p[d_in] is inner.el):
                return False
    return True


def _below_title(feats: list[_Feat], cands: dict[Any, _Cand], best: _Cand, best_s: float, at: int) -> _Cand:
    """The best candidate once those above the title heading count ``ABOVE_TITLE_FACTOR`` of their score.

    On a page whose title heading and the paragraph under it were found, an element holding
    neither that paragraph nor any block after the heading (a blog's description in the masthead,
    a profile box before the post) is no article: the article starts under its title.
    """
    top, top_s = best, best_s * ABOVE_TITLE_FACTOR
    for c in cands.values():
        if c is best or c.conc <= 0 or c.conc * c.hint * _BOUND < top_s:
            continue
        s = c.score()
        if s > top_s and (c.lead or not _above(feats, c, at)):
            top, top_s = c, s
    return top


def _entries(cands: dict[Any, _Cand], top: _Cand, title: Any,
             posts: set[Any] = frozenset(),  # type: ignore[assignment]
             dated: bool = False) -> tuple[_Cand, list[_Cand]] | None:
    """The entries of a page made of them, when the container is one: (the chosen one, the others).

    A blog's front page, a forum thread, a directory, a page of quoted
    letters set each entry in a wrapper of one tag and class; the locator
    finds the entry with the most prose and would lose the others. When the
    page gives no single-article signal (no ``articleBody`` or lone
    ``<article>``; its title heading inside none of the wrappers), the
    container or one of its ancestors up to ``ENTRY_LEVELS`` levels has
    alike siblings, ``ENTRY_MIN`` entries in all, each holding
    ``ENTRY_MIN_PROSE`` of prose in text at most ``ENTRY_MAX_LINK_DENSITY``
    link-dense, with no negative hint, and the others hold together
    ``ENTRY_RATIO`` of the chosen one's prose, they are taken together. A
    teaser is no entry: a linked headline over a short blurb holds too little
    prose; nor is a table cell (the cells of a row are a layout's columns).

    A thread's posts (``posts``: the elements holding the comment-named posts chrome left as
    "post" signals, each in the place of the first post's own in a wrapper alike its own) are
    entries however short: the container's alike siblings holding one are taken, ``POST_MIN``
    entries in all with the container, each with some prose (``POST_MIN_PROSE``) in few links,
    whatever their class words say, the title heading in the container or none of them. On a dated
    page, a classed entry's alike siblings made with its own inner template (a wrapper inside it
    holding half its prose, see :func:`_inner_shapes`, stands in each) are a thread's posts too from
    ``ENTRY_SHORT_MIN_PROSE``, ``ENTRY_MIN`` in all, ``ENTRY_MIN_PROSE`` together (short replies).
    """
    if posts:
        found = _posts(top, title, posts)
        if found is not None:
            return found
    # (a title line, no heading, is no single-article signal: a wrapper holding a bold line alike the <title>
    # may hold the whole page of entries)
    held = set(title.path) if title is not None and title.kind == "heading" else ()
    c = top
    for _ in range(ENTRY_LEVELS + 1):
        parent = c.parent
        if parent is None or c.in_article:
            return None
        if c.el in held:
            return None  # the title's own wrapper: one article
        if c.prose >= ENTRY_MIN_PROSE and c.tag not in _CELL_TAGS:
            alike = [s for s in parent.children if s is not c and _entry_alike(s, c)]
            if len(alike) + 1 >= ENTRY_MIN:
                others = [s for s in alike if _entry_like(s)]
                if len(others) + 1 >= ENTRY_MIN and sum(s.prose for s in others) >= ENTRY_RATIO * c.prose:
                    if held and any(s.el in held for s in alike):
                        return None  # the title heads another wrapper alike: that one is the article
                    # (the shorter entries between them too: a thread's one-line replies)
                    return c, [s for s in alike if s in others or _short_entry(s)]
                # a thread's short posts: alike wrappers each made with the entry's own inner template
                # (on a dated page, in classed wrappers: a landing page's or a bare <div>'s layout is no thread)
                shapes = _inner_shapes(c) if dated and c.cls else ()
                short = [s for s in alike if _short_entry(s) and _has_shape(s, shapes, REPLY_DEPTH + REPLY_LEVELS)]
                if shapes and len(short) + 1 >= ENTRY_MIN \
                        and sum(s.prose for s in short) >= max(ENTRY_MIN_PROSE, ENTRY_RATIO * c.prose):
                    if held and any(s.el in held for s in alike):
                        return None  # the title heads another wrapper alike: that one is the article
                    return c, short
        c = parent
    return None


def _posts(top: _Cand, title: Any, posts: set[Any]) -> tuple[_Cand, list[_Cand]] | None:
    """The container and its alike siblings holding a thread's posts (see :func:`_entries`)."""
    held = set(title.path) if title is not None and title.kind == "heading" else ()
    c = top
    for _ in range(ENTRY_LEVELS + 1):
        parent = c.parent
        if parent is None:
            return None
        like = (c.tag, c.cls)
        others = [s for s in parent.children if s is not c and (s.tag, s.cls) == like and s.el in posts
                  and s.prose >= POST_MIN_PROSE and s.link_density <= ENTRY_MAX_LINK_DENSITY
                  and not (held and s.el in held)]
        if len(others) + 1 >= POST_MIN:
            return c, others
        c = parent
    return None


def _replies(top: _Cand, title: Any, thread: bool = False) -> list[_Cand]:
    """The replies of a thread whose opening post the container is, set in a box of their own after it.

    A forum topic, a question page: the question in its box, the answers in a list of wrappers in
    another box after it (a cousin, not a sibling: ``_entries`` finds none). When a sibling after the
    container or after one of its ancestors up to ``REPLY_LEVELS`` up (no page header, footer,
    navigation or sidebar) holds, up to ``REPLY_DEPTH`` levels down, wrappers with
    ``ENTRY_SHORT_MIN_PROSE`` of prose in few links, ``ENTRY_MIN`` - 1 of them alike (see
    ``_entry_alike``), together ``ENTRY_MIN_PROSE`` and ``ENTRY_RATIO`` of the container's prose, each
    made with the opening post's own template (an element of the container's tag and class, or of a
    wrapper inside it holding half its prose, ``_inner_shapes``, stands in each, ``REPLY_DEPTH`` +
    ``REPLY_LEVELS`` levels down at most; no page builder's class: its layout words are everywhere),
    they are taken (a wrapper of nested replies among them too), whatever the class words of the box
    around them say (``js-replyContainer``). Never inside the page's only ``<article>`` (a story; its
    comments are no replies), nor when the title heading is in one of them. On a page that declares itself
    a thread (``thread``: a schema.org forum topic or question page), one reply is enough, from
    ``ENTRY_SHORT_MIN_PROSE`` and ``ENTRY_RATIO`` of the container's prose (a question's single answer).
    """
    if top.in_article:
        return []
    held = set(title.path) if title is not None and title.kind == "heading" else ()
    shapes = _inner_shapes(top)
    if top.cls and not _builder_class(top.cls):
        shapes.add((top.tag, top.cls))
    if not shapes:
        return []
    c = top
    for _ in range(REPLY_LEVELS + 1):
        parent = c.parent
        if parent is None:
            return []
        after = False
        for sib in parent.children:
            if sib is c:
                after = True
                continue
            if not after or sib.other_article or sib.tag in _NOT_REPLY_BOXES:
                continue
            found = _reply_list(sib, top, held, shapes, REPLY_DEPTH, thread)
            if found:
                return found
        c = parent
    return []


#: A page's header, footer, navigation and sidebar hold no thread's replies (their sections are the template's).
_NOT_REPLY_BOXES = frozenset(("header", "footer", "nav", "aside"))


def _inner_shapes(top: _Cand) -> set:
    """The (tag, class) of the wrappers inside ``top``, ``REPLY_DEPTH`` levels down at most, holding half
    its prose, no page builder's class (its layout words are on every box of the page): a post's body's
    template (see :func:`_replies`)."""
    shapes = set()
    level = [top]
    for _ in range(REPLY_DEPTH):
        level = [k for x in level for k in x.children if k.cls and 2 * k.prose >= top.prose]
        shapes.update((k.tag, k.cls) for k in level if not _builder_class(k.cls))
    return shapes


def _builder_class(cls: str) -> bool:
    """True when a token of ``cls`` opens with a page builder's prefix (``elementor-…``, ``wpb_…``)."""
    return any(t.lower().startswith(PAGE_BUILDER_PREFIXES) for t in cls.split())


def _reply_list(box: _Cand, top: _Cand, held: Any, shapes: set, depth: int, thread: bool = False) -> list[_Cand]:
    """The alike reply wrappers among ``box``'s children or its descendants ``depth`` levels down (one
    is enough on a page declared a thread)."""
    kids = box.children
    least, floor = (1, ENTRY_SHORT_MIN_PROSE) if thread else (ENTRY_MIN - 1, ENTRY_MIN_PROSE)
    if len(kids) >= least:
        posts = [s for s in kids if _short_entry(s) and _has_shape(s, shapes, REPLY_DEPTH + REPLY_LEVELS)]
        if posts:
            if held and any(s.el in held for s in posts):
                return []
            first = posts[0]
            alike = [s for s in posts if _entry_alike(s, first)]
            prose = sum(s.prose for s in posts)
            if len(alike) >= least and prose >= max(floor, ENTRY_RATIO * top.prose):
                return posts  # (with the wrappers of nested replies between them: they hold the same posts)
    if depth > 0:
        for k in kids:
            if k.other_article or k.tag in _NOT_REPLY_BOXES:
                continue
            found = _reply_list(k, top, held, shapes, depth - 1, thread)
            if found:
                return found
    return []


def _has_shape(c: _Cand, shapes: set, depth: int) -> bool:
    """True when ``c`` or a descendant at most ``depth`` levels down has one of ``shapes`` (tag, class)."""
    level = [c]
    for _ in range(depth + 1):
        nxt = []
        for x in level:
            if (x.tag, x.cls) in shapes:
                return True
            nxt.extend(x.children)
        level = nxt
        if not level:
            break
    return False


def _replies_note(top: _Cand, replies: list[_Cand]) -> str:
    r = replies[0]
    shape = f'<{r.tag} class="{r.cls}">' if r.cls else f"<{r.tag}>"
    return (f"{ENTRIES_NOTE}the opening post and {len(replies)} reply wrappers after it ({shape} ...) made "
            f"with the opening post's template, each with prose in few links, in a box of their own after it "
            f"({sum(e.prose for e in replies):.0f} prose characters, the opening post {top.prose:.0f})")


#: Cells of one table row: the columns of a layout, side by side (navigation, body, sidebar), not
#: entries one after another.
_CELL_TAGS = frozenset(("td", "th"))


def _entry_alike(a: _Cand, b: _Cand) -> bool:
    """Two wrappers of one kind of entry: the same tag, and the same class, or classes that open with
    the same word and share at least half their words (a forum's posts whose class says which is
    the topic's opening post, or alternates a shade: ``post bg1``, ``post bg2``)."""
    if a.tag != b.tag:
        return False
    if a.cls == b.cls:
        return True
    if not a.cls or not b.cls:
        return False
    x, y = a.cls.split(), b.cls.split()
    if not x or not y or x[0] != y[0]:
        return False
    xs, ys = set(x), set(y)
    return 2 * len(xs & ys) >= len(xs | ys)


def _short_entry(c: _Cand) -> bool:
    """An entry shorter than ENTRY_MIN_PROSE, taken with the others once they make a page of entries
    (``ENTRY_SHORT_MIN_PROSE``+ of prose, in few links, no negative hint)."""
    return _entry_like(c, ENTRY_SHORT_MIN_PROSE)


def _entry_like(c: _Cand, least: float = ENTRY_MIN_PROSE) -> bool:
    """An entry of a page of entries: ``least`` prose in few links, no negative hint (see :func:`_entries`)."""
    return (c.prose >= least and c.link_density <= ENTRY_MAX_LINK_DENSITY and c.hint >= 1.0
            and not c.in_article)


#: How the note of a page of entries opens (see _entries_note; the locator reads it: ``is_entries_note``).
ENTRIES_NOTE = "content: a page of entries: "


def is_entries_note(note: str) -> bool:
    """True for the note :func:`choose_container` leaves when it took the entries of a page together."""
    return note.startswith(ENTRIES_NOTE)


def _entries_note(entry: _Cand, others: list[_Cand]) -> str:
    shape = f'<{entry.tag} class="{entry.cls}">' if entry.cls else f"<{entry.tag}>"  # (tag and class: ids differ)
    least = ENTRY_MIN_PROSE if all(e.prose >= ENTRY_MIN_PROSE for e in others) else ENTRY_SHORT_MIN_PROSE
    return (f"{ENTRIES_NOTE}{len(others) + 1} alike {shape} wrappers, each "
            f"with prose ({least}+ characters) in few links, and no single-article signal (no "
            f"articleBody or lone <article>, no title heading inside one): taken together "
            f"({entry.prose + sum(e.prose for e in others):.0f} prose characters, the best entry "
            f"{entry.prose:.0f})")


def _nav_column(el: Any) -> bool:
    """True when the table cell ``el`` is a layout's navigation column: its text is mostly link text
    (``NAV_CELL_LINK_SHARE``) in short links (``NAV_CELL_ITEM_MAX`` characters on average), read from the
    element itself (a cell of links may be read as one table block without link marks)."""
    total = len("".join("".join(t.split()) for t in el.itertext()))
    if not total:
        return False
    linked, count = 0, 0
    for a in el.iter("a"):
        text = len("".join("".join(t.split()) for t in a.itertext()))
        if text:
            linked += text
            count += 1
    return linked >= NAV_CELL_LINK_SHARE * total and linked <= NAV_CELL_ITEM_MAX * count


def _code_only(feats: list[_Feat], c: _Cand) -> bool:
    """True when every block under ``c`` worth anything is code (a listing and its labels)."""
    el = c.el
    code = False
    for f in feats:
        if el in f.block.path and f.value > 0:
            if f.block.kind != "code":
                return False
            code = True
    return code


def _twin_prose(c: _Cand) -> bool:
    """A twin of the main element (same tag and class) holds prose: some text in few links. Less
    than :func:`_prose_like` asks of an element alone: its class is the article's own already."""
    return c.prose >= TWIN_MIN_PROSE and c.link_density < WEAK_MAX_LINK_DENSITY


def _boxed_twins(top: _Cand) -> list[_Cand]:
    """Twins of the main element that a weak word names (a page builder's text widget: same tag and class,
    or a state word apart) holding prose, each the only element of a wrapper alike the main element's own
    wrapper: the twin rule of the container's siblings, one level up, for a body cut into widgets boxed one
    by one. The main element is the container or, when the container is a wrapper of one element (it adds
    next to nothing to it), that element; then the twins' wrappers are given."""
    pairs = [(top, top.parent)]  # (the widget, the wrapper holding it)
    if len(top.children) == 1:
        pairs.append((top.children[0], top))
    for widget, up in pairs:
        if up is None or up.parent is None or len(up.children) != 1:
            continue
        out = []
        for box in up.parent.children:
            if box is up or len(box.children) != 1 or box.tag != up.tag or box.cls != up.cls:
                continue
            c = box.children[0]
            if c.hint == WEAK_NEGATIVE_FACTOR and c.tag == widget.tag and _twin_prose(c) \
                    and (c.cls == widget.cls or _state_twins(widget.cls, c.cls)):
                out.append(box if up is top else c)
        if out:
            return out
    return []


def _alike_items(feats: list[_Feat], top: _Cand, title: Any) -> list[_Cand]:
    """The container's alike siblings that are the other items of one list article.

    A listicle sets each item (a heading, a paragraph or two, a picture, an
    embed) in a wrapper of the same tag and class; the locator finds the item
    with the most prose. Its alike siblings join it when there are at least
    ``ITEMS_MIN - 1`` of them, together they hold ``ITEMS_RATIO`` times its
    prose, and none of them holds a headline of the title's rank (the next
    stories of a page) or a linked heading (a teaser's; a linked photo credit
    is none). Each one joins when it holds prose in few links
    (``SIBLING_MAX_LINK_DENSITY``), with no negative hint.
    """
    parent = top.parent
    like = (top.tag, top.cls)
    alike = [s for s in parent.children if s is not top and (s.tag, s.cls) == like]
    if len(alike) + 1 < ITEMS_MIN or top.prose <= 0 or top.others or any(s.others for s in alike):
        return []
    items = [s for s in alike if s.prose > 0 and s.hint >= 1.0 and not s.other_article
             and s.link_density <= SIBLING_MAX_LINK_DENSITY]
    if sum(s.prose for s in items) < ITEMS_RATIO * top.prose:
        return []
    held = {s.el for s in alike}
    level = (title.level if title is not None else 0) or 1
    d = top.depth
    for f in feats:  # a headline, or a linked heading, in an alike sibling: other stories, teasers
        b = f.block
        if b.kind == "heading" and (f.bad or 0 < b.level <= level) and len(b.path) > d and b.path[d] in held:
            return []
    return items


def _grow(feats: list[_Feat], top: _Cand) -> _Cand:
    """The container grown over the body's other parts when it holds only the head of the article.

    A container that holds the paragraph under the title (a standfirst in a
    header) grows to an ancestor at most ``GROW_LEVELS`` up when that
    ancestor's other children alike (tag and class) the one holding the
    container, the columns of one layout, hold ``GROW_RATIO`` times its prose
    in clean paragraphs, none of them link-dense or a list of teaser cards,
    and no other story is taken in.
    """
    if not top.lead or top.prose <= 0:
        return top
    up, child = top.parent, top
    for _ in range(GROW_LEVELS):
        if up is None or up.others > top.others:
            return top
        like = (child.tag, child.cls)
        twins = [s for s in up.children if s is not child and (s.tag, s.cls) == like]
        if twins and all(s.link_density <= SIBLING_MAX_LINK_DENSITY and not _is_card(s) for s in twins):
            held = {s.el for s in twins}
            added = sum(f.nonlink for f in feats if f.good and f.block.kind == "paragraph"
                        and not held.isdisjoint(f.block.path))
            if added >= GROW_RATIO * top.prose:
                return up
        up, child = up.parent, up
    return top


def styled_siblings(feats: list[_Feat], container: Any, members: list[Any],
                     signals: dict[Any, Any], known: dict[Any, _Cand] | None = None) -> list[Any]:
    """Siblings of the container whose prose is set in the body's own paragraph style.

    The body's style is the (tag, class) most of the container's prose
    paragraphs share (a class is needed: a bare ``<p>`` says nothing), in ``STYLE_MIN_PARAGRAPHS``
    of them, or ``STYLE_MIN_P_PARAGRAPHS`` when they are ``<p>``s (a short post's one paragraph
    names the style of its closing line after a picture; a cell's or box's class is its layout's). A
    sibling joins when every valued block in it is a paragraph in that style,
    outside negative regions and chrome signals: the free part before a
    paywalled one, a body continued after a box. ``known``: the candidates by element (see
    :func:`choose_container`), whose tag and class are read already.
    """
    parent = container.getparent()
    if parent is None:
        return []
    depth = None
    styles: dict[tuple[Any, Any], int] = {}
    for f in feats:
        path = f.block.path
        if f.value <= 0 or f.block.kind != "paragraph" or container not in path:
            continue
        tag, cls = _tag_class(path[f.own], known)
        if cls:
            styles[(tag, cls)] = styles.get((tag, cls), 0) + 1
        if depth is None:
            depth = path.index(container)
    if not styles or depth is None:
        return []
    style, count = max(styles.items(), key=lambda kv: kv[1])
    if count < (STYLE_MIN_P_PARAGRAPHS if style[0] == "p" else STYLE_MIN_PARAGRAPHS):
        return []
    taken = set(members)
    verdict: dict[Any, bool] = {}
    for f in feats:
        path = f.block.path
        if len(path) <= depth or path[depth - 1] is not parent:
            continue
        sib = path[depth]
        if sib in taken or verdict.get(sib) is False:
            continue
        if f.value <= 0 and not f.bad:
            continue  # short lines and empty blocks say nothing
        ok = (f.block.kind == "paragraph" and not f.bad and f.neg_at < 0 and _tag_class(path[f.own], known) == style
              and (not signals or signal_on_path(path, signals) is None))
        verdict[sib] = ok and verdict.get(sib, True)
    return [sib for sib, ok in verdict.items() if ok]


def _tag_class(el: Any, known: dict[Any, _Cand] | None) -> tuple[Any, Any]:
    """An element's tag and class: as its candidate read them, or read now."""
    c = known.get(el) if known else None
    return (c.tag, c.cls) if c is not None else (el.tag, el.get("class"))


#: Dashes a title and its heading may write differently (``Kolumne - Titel`` in the heading,
#: ``Kolumne – Titel`` in the ``<title>``): read as one.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


def _squash(text: str) -> str:
    return "".join(text.split()).lower().translate(_DASHES)


def title_index(doc: Any) -> int | None:
    """Index of the heading block that carries the page's title, if one is found.

    First a heading that is the title, or holds it, or is held by it (spaces
    and case aside); then one that shares most of its words (punctuation
    aside: ``Kicker: Title`` set as ``Kicker Title``, a word added or left
    out), or else the one sharing the most, at least ``TITLE_LOOSE_SHARE`` of
    either's words (a kicker added and the title reworded); then the page's only ``<h1>``; then a line
    set as no heading (:func:`_title_line`).
    """
    heads = [b for b in doc.blocks if b.kind == "heading"]
    title = doc.meta.get("title")
    if title:
        t = _squash(str(title))
        part = _title_part(heads, t)
        if part is not None:
            return part
        tw = _words(str(title))
        if len(tw) >= TITLE_MIN_WORDS:
            loose, loose_share = None, 0.0
            for b in heads:
                hw = _words(b.text)
                common = len(tw & hw)
                if hw and common >= TITLE_WORD_SHARE * len(tw) and common >= TITLE_WORD_SHARE * len(hw):
                    return int(b.index)
                share = min(common / len(tw), common / len(hw)) if hw else 0.0
                if share >= TITLE_LOOSE_SHARE and share > loose_share:
                    loose, loose_share = b, share
            if loose is not None:
                return int(loose.index)  # the heading that shares the most, when no other rule finds one
    h1 = [b for b in heads if b.level == 1]
    if len(h1) == 1:
        return int(h1[0].index)
    return _title_line(doc.blocks, title) if title else None


def _title_part(heads: list[Any], t: str) -> int | None:
    """Index of the first heading that is the squashed title ``t`` or holds it, or else of the heading
    that is the longest part of it (at least 4 characters), a later one of at least
    ``TITLE_LATER_SHARE`` of its length (and ``TITLE_LINE_MIN`` long) winning over it: of a site's name
    in the masthead and a story's headline under it, both parts of ``Headline | Site``, the headline
    wins."""
    best, best_n = None, 0
    for b in heads:
        h = _squash(b.text)
        if not h:
            continue
        if h == t or (len(h) >= 4 and (h in t or t in h)):
            if len(h) >= len(t):
                return int(b.index)  # the title, or a heading holding it: the first one
            if len(h) > best_n or (len(h) >= TITLE_LATER_SHARE * best_n and len(h) >= TITLE_LINE_MIN):
                best, best_n = int(b.index), len(h)
    return best


def _title_line(blocks: Any, title: Any) -> int | None:
    """Index of the kept unlinked line, no heading, whose text is the page's title or a part of it at
    least ``TITLE_LINE_MIN`` long (the title without the site's name): an old page's headline set in
    bold or a large font, not as a heading."""
    t = _squash(str(title))
    for b in blocks:
        if b.kind != "paragraph" or b.dropped is not None or b.link_chars or b.chars > TITLE_LINE_MAX:
            continue
        h = _squash(b.text)
        if h and (h == t or (len(h) >= TITLE_LINE_MIN and h in t)):
            return int(b.index)
    return None


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    """Words of a title, case-folded; in scripts without spaces (Han, kana) character pairs."""
    out: set[str] = set()
    for w in _WORD.findall(text.casefold()):
        if cjk_count(w) * 2 >= len(w) and len(w) > 2:
            out.update(w[i:i + 2] for i in range(len(w) - 1))
        else:
            out.add(w)
    return out


_UNKNOWN: Any = object()  # (no title index given: find it)


def lead_of(doc: Any, feats: list[_Feat], at: "int | None" = _UNKNOWN) -> _Feat | None:
    """The first prose block under the title heading (within ``LEAD_WINDOW`` blocks), a picture's
    caption aside: the paragraph the article starts with (``at``: the :func:`title_index` of the
    page, when the caller has it)."""
    if at is _UNKNOWN:
        at = title_index(doc)
    if at is None:
        return None
    for f in feats:
        if f.index > at + LEAD_WINDOW:
            return None
        if f.index > at and f.value > 0 and not f.bad and f.block.kind != "caption":
            return f
    return None


def _spread(cands: dict[Any, _Cand], top: _Cand, members: list[Any], notes: list[str] | None = None,
            dated: bool = False, story: list[_Feat] | None = None, title: Any = None) -> _Cand | None:
    """The region to take instead of the container when no box dominates the page, or None.

    A service page's feature blocks, a landing page's columns, a product page's description and
    details: the page's prose is spread over several sections, and the best box (often the hero
    under the title, favoured by its paragraph) holds a small part of it. When the page gives no
    single-article signal (no lone ``<article>`` or ``articleBody`` around the region: inside one that
    holds the container, the region stays inside it), holds ``SPREAD_MIN_PROSE`` of
    prose, and the container with its members holds under ``SPREAD_SHARE`` of it, the nearest
    ancestor holding ``SPREAD_WIDE`` of it (never the document's root) is taken; on a page that gives
    its publication date (``dated``), under ``SPREAD_DATED_SHARE`` and ``SPREAD_DATED_WIDE``: a news
    page is judged less inclusively than a service or product page. It is taken when its text is
    at most ``SPREAD_MAX_LINK_DENSITY`` link-dense, has no negative hint, takes in no other story (an
    ``<article>`` headed by another headline) and, when the container held ``SPREAD_DATED_SHARE``
    or more, what it adds is not mostly teaser cards (``SPREAD_CARD_SHARE`` of its prose in them: a
    grid of other stories around a short story). ``story``, the page's blocks, when the page is dated and
    the container holds the paragraph under the title: a dated story's body under its title, however
    short, beside a newsletter box, appeals and a list of other stories, is the article; the region is
    taken only when what it adds holds ``SPREAD_STORY_SECTIONS`` headed sections of prose (a service
    page's, which gives a date too; a heading repeating the title opens none). The verdicts inside the container still drop its link lists,
    teaser cards and forms. ``notes`` receives why.
    """
    root = top
    while root.parent is not None:
        root = root.parent
    total = root.prose
    if total < SPREAD_MIN_PROSE:
        return None
    share, wide_share = (SPREAD_DATED_SHARE, SPREAD_DATED_WIDE) if dated else (SPREAD_SHARE, SPREAD_WIDE)
    covered = sum(cands[m].prose for m in members if m in cands)
    if covered >= share * total:
        return None
    # the page's only <article> (or articleBody) holds its article: the region stays inside it
    inside = any(c.in_article for c in cands.values())
    if inside and not top.in_article:
        return None
    up = top.parent
    while up is not None and up.parent is not None:
        if inside and not up.in_article:
            return None
        if up.prose >= wide_share * total:
            if up.link_density > SPREAD_MAX_LINK_DENSITY or up.others > top.others or up.hint < 1.0 \
                    or (covered >= SPREAD_DATED_SHARE * total
                        and _card_prose(up, members) >= SPREAD_CARD_SHARE * (up.prose - covered)):
                return None  # (a grid of teaser cards around the story, a box a class calls a sidebar's)
            if story is not None and _headed_sections(story, up, members, title) < SPREAD_STORY_SECTIONS:
                return None  # (a dated story with a box or a list beside it)
            if notes is not None:
                shape = f'<{up.tag} class="{up.cls}">' if up.cls else f"<{up.tag}>"
                told = ("the page gives no single-article signal (no lone <article> or articleBody)" if not inside
                        else "the region stays inside the page's lone <article> (or articleBody)")
                if story is not None:
                    told += ", and the region adds headed sections of prose to the dated story"
                notes.append(f"content: no box dominates: the best one and its members held {covered:.0f} of "
                             f"the page's {total:.0f} prose characters (under {share:.0%}), and {told}: took the "
                             f"region holding {up.prose:.0f} of them instead, {shape}")
            return up
        up = up.parent
    return None


def _cards_region(feats: list[_Feat], top: _Cand, fence: _Cand | None = None,
                  notes: list[str] | None = None) -> _Cand | None:
    """The region holding the container ``top``, a box of collapsible panels (a FAQ accordion), and the
    groups of short headed cards beside it, or None.

    A landing page's feature cards (a heading over one or two sentences, repeated) count little as prose,
    and the accordion wins the page by its answers alone. A card group: ``CARD_MIN_ALIKE`` alike sibling
    elements (tag, class) outside ``top``, each holding a heading over at most ``CARD_MAX_PARAGRAPHS``
    paragraphs, each of ``CARD_MIN_SENTENCE`` characters ending a sentence (:func:`closes_sentence`), the
    card's text at most ``CARD_MAX_LINK_DENSITY`` link-dense (its heading may link to the feature's page).
    When the groups hold ``CARD_SHARE`` of the sentence text of the paragraphs in ``top``, the nearest
    ancestor of ``top`` holding them all is taken, when it is no document root, holds no other story, has no
    negative hint, is at most ``SPREAD_MAX_LINK_DENSITY`` link-dense and holds no footer given way (``fence``). ``notes`` receives why."""
    inside = sum(f.nonlink for f in feats if f.block.kind == "paragraph" and not f.bad and _within(f, top))
    if inside <= 0:
        return None
    cards: dict[Any, list[float]] = {}  # (a card element: its sentence characters, per paragraph)
    head: _Feat | None = None
    run: list[_Feat] = []
    for f in (*feats, None):
        if f is None or f.block.kind == "heading":
            _close_card(head, run, top, cards)
            head, run = f, []
        elif head is not None:
            run.append(f)
    groups: dict[tuple[Any, Any, Any], list[Any]] = {}
    for el in cards:
        unit = card_unit(el)
        if unit is not None:
            groups.setdefault((unit.getparent(), unit.tag, unit.get("class")), []).append(el)
    held = [(key[0], els) for key, els in groups.items() if len(els) >= CARD_MIN_ALIKE]
    total = sum(sum(cards[e]) for _, els in held for e in els)
    if not held or total < CARD_SHARE * inside:
        return None
    up = top.parent
    while up is not None and up.parent is not None:
        if up.link_density > SPREAD_MAX_LINK_DENSITY or up.others > top.others or up.hint < 1.0 \
                or up.negative or (fence is not None and _under(fence, up)):
            return None
        if all(up.el is box or any(a is up.el for a in box.iterancestors()) for box, _ in held):
            if notes is not None:
                shape = f'<{up.tag} class="{up.cls}">' if up.cls else f"<{up.tag}>"
                notes.append(f"content: the container, a box of collapsible panels, holds {inside:.0f} sentence "
                             f"characters; {sum(len(els) for _, els in held)} short headed cards beside it "
                             f"({len(held)} group(s) of {CARD_MIN_ALIKE}+ alike ones, a heading over one or two "
                             f"sentences in few links) hold {total:.0f} (at least {CARD_SHARE:.0%}) on an "
                             f"undated page: took the region holding both, {shape}")
            return up
        up = up.parent
    return None


def closes_sentence(text: str) -> bool:
    """True when ``text`` ends with a sentence's mark (``CARD_SENTENCE_ENDS``, a closing quote or bracket after
    it too): a card's description, not a byline's date and comment count."""
    end = text.rstrip().rstrip("\"')\u201d\u2019\u300d")
    return end[-1:] in CARD_SENTENCE_ENDS


def card_unit(el: Any) -> Any:
    """The repeated element holding the card ``el`` (it, or one of its ``CARD_LEVELS`` ancestors, the first
    whose parent holds ``CARD_MIN_ALIKE`` children alike it: tag, class), or None."""
    for _ in range(CARD_LEVELS + 1):
        parent = el.getparent()
        if parent is None:
            return None
        tag, cls = el.tag, el.get("class")
        if sum(1 for s in parent if s.tag == tag and s.get("class") == cls) >= CARD_MIN_ALIKE:
            return el
        el = parent
    return None


def _close_card(head: _Feat | None, run: list[_Feat], top: _Cand, cards: dict[Any, list[float]]) -> None:
    """Records in ``cards`` the card made of the heading ``head`` and the blocks ``run`` after it (see
    :func:`_cards_region`): the deepest element holding them all, outside ``top``."""
    if head is None or not run or len(run) > CARD_MAX_PARAGRAPHS or _within(head, top):
        return
    for f in run:
        b = f.block
        if b.kind != "paragraph" or f.bad or f.nonlink < CARD_MIN_SENTENCE or not closes_sentence(b.text):
            return
    links = head.link_weight + sum(f.link_weight for f in run)
    if links > CARD_MAX_LINK_DENSITY * (head.weight + sum(f.weight for f in run)):
        return
    path = head.block.path
    depth = min(shared_depth(head.block, f.block) for f in run)  # (an HTML page's paths share its root)
    if 0 < depth < len(path) and depth <= min(len(f.block.path) for f in run):
        el = path[depth - 1]
        if el not in cards:
            cards[el] = [f.nonlink for f in run]


def _within(f: _Feat, region: _Cand) -> bool:
    path = f.block.path
    return len(path) > region.depth and path[region.depth] is region.el


def _headed_sections(feats: list[_Feat], region: _Cand, members: list[Any], title: Any = None) -> int:
    """Sections ``region`` holds outside the ``members``: unlinked headings, each followed by a prose block
    (``_Feat.good``) before the next heading (a service page's feature sections, not a list of teasers
    under one heading nor an appeal's lone line); a heading that repeats the title (``title``, its
    block) opens none."""
    mem = set(members)
    named = _squash(title.text) if title is not None else None
    n = 0
    heading = False
    for f in feats:
        if not _within(f, region) or not mem.isdisjoint(f.block.path):
            continue
        if f.block.kind == "heading":
            heading = not f.bad and (named is None or _squash(f.block.text) != named)
        elif heading and f.good:
            n += 1
            heading = False
    return n


def _under_title(feats: list[_Feat], cands: dict[Any, _Cand], top: _Cand, members: list[Any], title: Any,
                 notes: list[str] | None = None, dated: bool = False) -> _Cand | None:
    """The region from the title down to the container, or None.

    The container does not hold the first prose block under the title (``top.lead`` False): on a
    page with no single-article signal (no lone ``<article>`` or ``articleBody``), when at least
    ``SPREAD_MIN_PROSE`` of prose, and ``UNDER_TITLE_SHARE`` of the container's, stands between the
    title and it, the container is one section of the page (a landing
    page's questions below its feature sections, a product's details below its description), and
    the nearest ancestor holding that first block is taken: not the root, at most
    ``SPREAD_MAX_LINK_DENSITY`` link-dense, no negative hint, no other story in it, and not above a
    table cell holding the container (an old layout's column beside the others). On a page that
    gives its publication date (``dated``), only when the prose above the container outweighs
    ``UNDER_TITLE_DATED_SHARE`` of its own (the posts of a thread under its first one), or the
    region holds ``SPREAD_STORY_SECTIONS`` headed sections of prose besides the container: a news
    story's lead, standfirst and key points above its body are no sections of a page.
    """
    if any(c.in_article for c in cands.values()):
        return None
    up = top.parent
    while up is not None and not up.lead:
        up = up.parent
    if up is None or up.parent is None or up.link_density > SPREAD_MAX_LINK_DENSITY or up.others > top.others \
            or up.hint < 1.0:
        return None
    c = top
    while c is not up:
        if c.tag in _CELL_TAGS:
            return None  # a column of an old table layout: what stands "above" it sits in the next column
        c = c.parent
    mem = set(members)
    start = title.index if title is not None else -1
    before = inside = 0.0
    seen = False
    for f in feats:
        if f.value <= 0 or not _within(f, up):
            continue
        if not mem.isdisjoint(f.block.path):
            seen = True
            inside += f.nonlink
        elif not seen and f.index > start:
            before += f.nonlink
    if before < SPREAD_MIN_PROSE or before < UNDER_TITLE_SHARE * inside:
        return None
    if dated and before < UNDER_TITLE_DATED_SHARE * inside \
            and _headed_sections(feats, up, members, title) < SPREAD_STORY_SECTIONS:
        return None
    if notes is not None:
        shape = f'<{up.tag} class="{up.cls}">' if up.cls else f"<{up.tag}>"
        notes.append(f"content: the best box and its members do not hold the first paragraph under the title, and "
                     f"{before:.0f} prose characters stand between the title and them (they hold {inside:.0f}): "
                     f"one section of the page; took the region from the title down, {shape}")
    return up


def _card_prose(region: _Cand, members: list[Any]) -> float:
    """Prose in teaser cards (``scoring._is_card``) below ``region``, outside the ``members``."""
    skip = set(members)
    total = 0.0
    stack = [region]
    while stack:
        for ch in stack.pop().children:
            if ch.el in skip:
                continue
            if _is_card(ch):
                total += ch.prose
            else:
                stack.append(ch)
    return total
