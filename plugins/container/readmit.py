"""The content locator's re-admission of the article's lead paragraphs outside its container.

Part of the ``content`` plugin (no hooks of its own): a standfirst above the
body's wrapper, between the title heading and the container, is prose of
the article; :func:`readmit` finds it, stepping over captions, author
boxes, audio players, sign-up forms and pictures' captions (one step a box,
however many lines it holds, and one step a run of lines an earlier step
dropped, whatever its reasons), dated notes (a stamp with a linked "Follow @name" too), a lone link to
another story (or a run of lines all links, one under another: a table of contents) and one label line (a price, a call to act); a lead in the title's own item of a
one-item list too, and the lead's own bulleted points between two leads; from the nearest unlinked ``<h1>`` above the body
when the title heading is not found above it; and a dek set as a heading of
lower rank right under the title, that its class calls a subtitle (``DEK_PARTS``; a short one in a
sentence too) or that is the title heading's very next element (a class of style words only).
A negative class on a wrapper the body's container stands in too (``post-and-ads``), none below it (but on
other wrappers the container stands in too), is no evidence against a block beside the body (:func:`_shared_negative`).
A story's highlights set as a list right above the body or its leads are taken with their label (:func:`_highlights`),
and a short heading right above the container with the section's leads above it (:func:`_top_heading`).
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Any, Iterable

from newsclean.blocks import HEADING_TAGS, element_text, holds_at_most
from newsclean.headerlines import dates_of
from newsclean.locator import signal_on_path
from newsclean.text import char_count, cjk_count, normalize_space
from newsclean.plugins.container.choice import _UNKNOWN, _words, title_index
from newsclean.plugins.container.inside import (INTRO_PARTS, SENTENCE_END, aside_of, form_of, in_form, named_on_path,
                                                standfirst_like)
from newsclean.plugins.container.scoring import (GOOD_LENGTH, NEGATIVE_HINTS, _SPLIT_CAMEL, _Feat, region_of)

#: Class/id words (token parts) that name a dek, subtitle or standfirst set as a heading under the title,
#: by language (English first); one on the heading or its parent makes a long unlinked heading a dek.
DEK_PARTS = INTRO_PARTS | frozenset((
    "subtitle", "subtitles", "subheadline", "subhead", "subheading", "deck", "strapline", "excerpt",
    "epigraph", "lede", "lead", "description",
    "untertitel", "unterzeile", "vorspann",  # de
    "entradilla", "subtitulo", "bajada", "sumario",  # es
    "chapo", "chapeau", "soustitre",  # fr
    "sottotitolo", "catenaccio",  # it
    "ingress", "ingressi",  # no, sv, da, fi
    "lid", "podtytul",  # pl
))

# tuning (lengths in Latin-equivalent characters)
READMIT_MAX_GAP = 6  # short or dropped blocks a run of re-admitted prose may step over
DEK_MAX_DIGITS = 0.1  # the line under the title taken as a dek without a full stop has at most this share of digits
DATED_NOTE_MAX = 140  # a line up to this long holding a date, not prose, is stepped over by that run
LONE_SLACK_WORDS = 2  # a lone standfirst's element holds at most this many words besides it
SUMMARY_HEADING_MIN = 120  # a heading this long, in sentences, is a standfirst set as a heading
DEK_HEADING_MIN = 80  # a lower-rank heading right under the title this long, unlinked, in words, is its dek ...
DEK_NAMED_MIN = 40  # ... or this long when its class names a dek and it ends a sentence ...
DEK_TITLE_SHARE = 0.5  # ... unless this share of its words are the title's ...
DEK_TITLE_HELD = 0.8  # ... or it holds this share of the title's words (the title again, made longer)
#: Class/id words (token parts) that, on a heading a dek's word names too, make it the site's tagline under
#: the masthead's name (``site-description``, ``blog-description``), no story's dek.
TAGLINE_PARTS = frozenset(("site", "blog", "banner", "brand", "masthead", "tagline", "slogan"))
#: Class words (token parts) of a title or heading: a heading so named right under the title is no dek
#: (a section's or the article's own title set twice), whatever its length.
TITLE_CLASS_PARTS = frozenset(("title", "titles", "heading", "headings", "headline", "headlines", "head", "header"))
#: ... nor is one whose class names a region of the page's chrome (comments, sidebar, related ...).
_NOT_DEK_PARTS = TITLE_CLASS_PARTS | frozenset(w for words in NEGATIVE_HINTS.values() for w in words)
#: Why a block outside the container was re-admitted (shown by ``newsclean explain``).
READMIT_LEAD = "a lead paragraph between the title and the body, outside the body's container"
READMIT_ITEM = "a lead of prose length set as a list item, as the body's own paragraphs are (a post in a <li>)"
READMIT_LONE_ITEM = "a lead of prose length in the title's own item, the only one of its list (a one-slide hero list)"
READMIT_DEK = "the line right under the title, written as a dek"
READMIT_SUMMARY_HEADING = "a standfirst set as a heading (long unlinked prose that ends a sentence)"
READMIT_CAPTION = "the title's own caption box over the picture: its standfirst"
READMIT_DEK_HEADING = "a dek set as a heading of lower rank right under the title"
READMIT_NAMED_DEK = ("a standfirst set as a heading its class calls one (summary, dek, standfirst), between the "
                     "title and the body")
READMIT_BETWEEN_LEADS = ("the article's own block (code, a table, a line ending a sentence, a list item) between two "
                         "lead paragraphs")
READMIT_CAPTION_BETWEEN = "a picture's caption between the body's paragraphs, set beside the body's container"
BETWEEN_BLOCK_KINDS = frozenset(("code", "table"))  # blocks of these kinds between two leads are the article's
#: ... and lines of these kinds that end a sentence or lead into what follows (a bulleted point of the lead)
BETWEEN_LINE_KINDS = frozenset(("paragraph", "quote", "list_item"))
BETWEEN_ITEM_LINK_DENSITY = 0.25  # a list item between two leads holds less of its text in links
LIST_BOX_TAGS = frozenset(("ul", "ol"))  # the linked items of one such list are one step of that run
#: The article's own lines stepped over between two leads are one step a list or a table, however many
#: items or cells it holds (a lead's "what you will learn" list, a table of prerequisites under it)
UNIT_TAGS = frozenset(("ul", "ol", "dl", "table"))
UNIT_CELL_TAGS = frozenset(("td", "th", "dt", "dd", "li"))
UNIT_REACH = 4  # ancestors of a cell or an item looked at for its list or table
#: A picture's caption set as a paragraph repeats the picture's description in one of these attributes ...
CAPTION_IMG_ATTRS = ("alt", "title", "data-caption")
CAPTION_IMG_REACH = 3  # ... of an <img> in one of this many ancestors of the paragraph's element ...
CAPTION_IMG_MAX = 8  # ... among the first this many pictures of each ...
CAPTION_ALT_MIN = 20  # ... and is at least this long (a short alt, "Foto", "Bild 1", says nothing) ...
CAPTION_BOX_SLACK = 80  # ... in a box holding the picture and at most this many characters besides it (a credit)
#: A line holding one of these is a box's field (a label and its value, an address), no label line a run
#: of leads steps over (:func:`_label_line`).
LABEL_FIELD_MARKS = (":", "\uff1a", "@", "|")
LABEL_FIELD_NUMBER = re.compile(r"\d{4}")  # ... so does a run of four digits (a postcode, a phone number)
#: ... and one is written as a button's or a heading's words: this share of its cased words capitalised
#: (Book a Free Assessment; a sentence missing its full stop is no label, nor is a line of a caseless script)
LABEL_CAPITALISED_SHARE = 0.6
H1_REACH = 30  # blocks above the body searched for its <h1> when the title heading was not found there
LINK_LINE_MAX = 120  # a paragraph up to this long that is one link and nothing else is stepped over by that run
LINK_LINE_DENSITY = 0.9  # ... its share of linked characters
#: A story's highlights (key points) set as a list above the body: this many items ...
HIGHLIGHTS_ITEMS = (2, 6)
HIGHLIGHT_MIN_CHARS = 30  # ... each an unlinked sentence at least this long ...
HIGHLIGHT_MAX_CHARS = 300  # ... at most this long ...
HIGHLIGHT_MIN_WORDS = 5  # ... in this many words (or twice as many CJK characters) ...
HIGHLIGHTS_MAX_GAP = 2  # ... with at most this many steps (chrome, media) between it and the body
HIGHLIGHTS_LABEL_MAX = 40  # the short unlinked line right above the list is its label ("Key points")
SECTION_TOP_LEADS = 2  # a heading right above the container is the section's when this many leads above it are taken
SECTION_TOP_MAX_STEPS = 1  # ... the first right above it, at most this many steps between them
READMIT_HIGHLIGHTS = "the story's highlights: a list of short unlinked sentences right above the body"
READMIT_HIGHLIGHTS_LABEL = "the label of the story's highlights list"
READMIT_SECTION_TOP = "a section's heading right above the body's container, under the section's leads"


def readmit(doc: Any, feats: list[_Feat], inside: list[_Feat], outside: list[_Feat], container: Any,
             signals: dict[Any, Any], title_at: "int | None" = _UNKNOWN,
             known: "dict[Any, Any] | None" = None, why: "dict[int, str] | None" = None) -> set[int]:
    """Prose outside the container that belongs to the article (ids of its feats).

    One run is looked at, block by block, from the container's start back to
    the title (lead paragraphs above the body's own wrapper; runs forward past
    the container's end were measured and left out: they took in about-us,
    author-bio and copyright prose). The run takes clean prose paragraphs (no
    negative class, no chrome signal, not link-dense); it steps over short
    lines, boxes (a form, a picture, an author box, an audio player) and
    blocks earlier steps dropped (ads, share bars, related boxes), at most
    ``READMIT_MAX_GAP`` steps in a row (the lines of a box whose class names chrome, no
    prose among them, are one step, and a box met again in the run, its lines split by
    another's, is no new one; nor are a list's further items or a table's further cells:
    :func:`_unit_of`); one label line (:func:`_label_line`) is a step too, after which only
    leads of prose length are taken (a second ends the run: an author's or a promotion's box);
    anything else ends it. A standfirst may be
    shorter than a body paragraph (one sentence), but not a date stamp or
    the message of a sign-up form. A story's highlights (:func:`_highlights`) at most ``HIGHLIGHTS_MAX_GAP``
    steps from the body or the last lead taken are taken whole with the short line over them (their label);
    above them, the run ends at the first block outside the element they share with the container (a promo
    line of the page's header). A short heading met first, right above the container, is taken when the
    run's first lead is right above it and it takes ``SECTION_TOP_LEADS`` (:func:`_top_heading`). When the title heading is not found above the body (or is found
    inside it, below its start), the run goes up to the nearest unlinked ``<h1>`` above the body
    (:func:`_heading_above`). ``title_at``: the page's :func:`title_index`, when the
    caller has it; ``known``: the candidates by element (see ``inside.class_and_id``).
    A second run goes from the title down and takes only deks set as headings
    (:func:`_dek_heading`), the first line under the title and those right under it; the
    run from the body counts such a heading as a short line and may end before it. ``why``, when
    given, is filled with the reason each block was taken (by feat id), for ``explain``.
    """
    if not inside or not outside:
        return set()
    by_index = {f.index: f for f in outside}
    first = inside[0].index
    t = title_index(doc) if title_at is _UNKNOWN else title_at
    above = set(container.iterancestors())
    above.add(container)
    out: set[int] = set()
    dek_at: int | None = None
    title_words: set[str] = set()
    title_el: Any = None
    body_kind = ""

    def run(indices: Iterable[int], forward: bool = False) -> None:
        gap = 0
        labels = 0  # (backward) label lines stepped over: one at most (a second: a box of chrome, no lead's way)
        pending: list[_Feat] = []  # (backward) the article's own lines stepped over, taken with the next lead
        last_box = None
        last_unit = None  # (backward) the list or table of the last line stepped over
        prev = -2  # the index of the last lead (forward: dek) this run took
        seen: list[Any] = []  # the boxes this run stepped over
        link_at = -2  # (backward) the index of the last lone link line stepped over
        met = False  # (backward) a block of the page (not dropped) met yet
        top: Any = None  # (backward) a heading right above the container, no lead met before it ...
        top_gap = 0  # ... and the run's gap when it was met
        highlights: Any = None  # (backward) the highlights list, taken whole ...
        above_highlights = False  # ... all its items taken: the run is above it ...
        region: Any = None  # ... where only blocks in the region it shares with the body are read
        leads = 0

        def take(f: _Feat, reason: str) -> None:
            out.add(id(f))
            if why is not None:
                why[id(f)] = reason

        for i in indices:
            f = by_index.get(i)
            b = doc.blocks[i]
            if f is None and b.dropped is None:
                return  # the container's own block: the run is over
            if not forward and f is not None:
                if highlights is not None and not above_highlights:  # (the highlights list being taken)
                    if _unit_of(b) is highlights:
                        take(f, READMIT_HIGHLIGHTS)
                        continue
                    above_highlights = True
                    if _highlights_label(f, signals):
                        take(f, READMIT_HIGHLIGHTS_LABEL)
                        continue
                if above_highlights and not any(el is region for el in b.path):
                    return  # above the highlights, only the article region they share with the body is read
                if highlights is None and not labels and not pending and gap <= HIGHLIGHTS_MAX_GAP \
                        and b.kind == "list_item" and (unit := _unit_of(b)) is not None and _highlights(unit) \
                        and (not signals or signal_on_path(b.path, signals) is None):
                    highlights = unit
                    region = next((a for a in unit.iterancestors() if a in above), None)  # (holds the container too)
                    take(f, READMIT_HIGHLIGHTS)
                    continue
                if prev == -2 and not met and top is None and _top_heading(f, level, signals, above, known):
                    met = True
                    gap += 1
                    top, top_gap = f, gap  # a section's heading right above the container: taken under its leads
                    continue
                met = True
            # a sign-up form, a picture, an author box or an audio player between the standfirst
            # and the body, or a run of lines one earlier step dropped, whatever its reasons (an ad box, a byline
            # label over its name line): one step, however many lines it holds
            box: Any = form_of(b.path)
            if box is None:
                box = aside_of(b.path, above, known)
            if box is None and f is None:  # dropped by an earlier step
                box = (b.dropped.plugin,)
            header_caption = False
            if box is None and b.kind == "caption" and f is not None and not f.bad:
                cap = b.path[f.own - 1] if f.own >= 1 else None
                if cap is not None and f.good and title_el is not None \
                        and any(a is cap for a in title_el.iterancestors()):
                    header_caption = True  # the title's own caption box over the picture: its standfirst
                else:
                    box = b.path[f.own - 1] if f.own >= 1 else b  # a picture's caption (no class says so): one step
            if box is None and f is not None and not forward and b.kind == "paragraph" and _picture_caption(b):
                box = b.path[f.own - 1] if f.own >= 1 else b  # a picture's caption set as a paragraph: one step
            if box is None and f is not None and b.kind == "list_item" and f.bad and not forward \
                    and f.own >= 1 and b.path[f.own - 1].tag in LIST_BOX_TAGS:
                box = b.path[f.own - 1]  # a list of links (tags, a table of contents): one step
            if box is None and f is not None and f.neg_at >= 0 and not f.good and not forward:
                box = b.path[f.neg_at]  # the lines of a box whose class names chrome (a tool list), no prose
            if box is not None:
                if box != last_box and box not in seen:
                    gap += 1  # (a box seen before in this run, its lines split by another's, is no new step)
                    last_box = box
                    seen.append(box)
                if gap > READMIT_MAX_GAP:
                    return
                continue
            last_box = None
            neg = f.neg_at >= 0 and not _shared_negative(f, above, known)  # (its own, not the body's wrapper's)
            unit = None if forward else _unit_of(b)
            same = unit is not None and unit is last_unit  # a further line of a list or table stepped over
            last_unit = unit
            if forward:
                if (i == dek_at or i == prev + 1) \
                        and _dek_heading(f, level, title_words, title_el if i == dek_at else None) \
                        and (not signals or signal_on_path(f.block.path, signals) is None):
                    out.add(id(f))  # a dek set as a heading of lower rank, right under the title (or under one)
                    if why is not None:
                        why[id(f)] = READMIT_DEK_HEADING
                    prev = i
                    continue
                if not f.short:
                    return  # (only deks set as headings are taken from the title down)
            if same and f.bad and unit.tag == "table" and not neg:
                continue  # a linked cell of a table whose other cells are the lead's: stepped over, not taken
            if not forward and f.bad and (_link_line(f) if link_at != i + 1 else _linked_line(f)):
                if link_at != i + 1:
                    gap += 1  # a lone link between the lead and the body (">>> Another story"), or a run of
                    # them, one under another (a table of contents set as lines of links): one step, no end
                link_at = i
                if gap > READMIT_MAX_GAP:
                    return
                continue
            if not forward and not labels and _named_dek(f, level, title_words) and not neg \
                    and not in_form(f.block.path) and (not signals or signal_on_path(f.block.path, signals) is None):
                take(f, READMIT_NAMED_DEK)  # a standfirst its class names, set as a heading above the body
                for p in pending:
                    take(p, READMIT_BETWEEN_LEADS)
                pending.clear()
                gap = 0
                prev = i
                leads += 1
                continue
            if f.short or (f.block.kind == "heading" and not f.bad and not _summary_heading(f)):
                gap += 1
                if unit is not None and f.short and not f.bad and not f.block.link_chars and not neg:
                    pending.append(f)  # a list's or a table's short line: taken with the lead above it
                elif not forward and prev >= 0 and _section_heading(f, signals, neg):
                    pending.append(f)  # a section's heading over a lead taken: taken with the lead above it
            elif (not labels or f.good) \
                    and ((reason := _lead_reason(f, header_caption, i == dek_at, body_kind, title_el)) is not None
                  and (not neg or _lone_standfirst(f)) and not in_form(f.block.path)
                  and (not signals or signal_on_path(f.block.path, signals) is None)):
                out.add(id(f))
                if why is not None:
                    why[id(f)] = reason
                for p in pending:  # (the lines of the article stepped over on the way to this lead)
                    out.add(id(p))
                    if why is not None:
                        why[id(p)] = READMIT_BETWEEN_LEADS
                pending.clear()
                if not leads and top is not None and gap - top_gap > SECTION_TOP_MAX_STEPS:
                    top = None  # (its first lead not right above it: the heading is the container's own)
                gap = 0
                prev = i
                leads += 1
                if leads == SECTION_TOP_LEADS and top is not None:
                    take(top, READMIT_SECTION_TOP)
                continue
            elif not forward and _between_leads(f, neg) and not in_form(f.block.path) \
                    and (not signals or signal_on_path(f.block.path, signals) is None):
                pending.append(f)  # a code sample, a table, a line leading into a quote: taken only
                if not same:  # when a lead above it is (a list's or a table's lines: one step)
                    gap += 1
            elif not forward and not labels and _label_line(f):
                labels += 1
                gap += 1  # a label, a price or a call to act between the lead and the body ("Book a free
                # assessment", "$49.00 Jane Doe"): a line no sentence, no prose, no end
            elif not f.good and f.weight <= DATED_NOTE_MAX and dates_of(f.block.text):
                gap += 1  # a dated note under the title ("Broadcast on 24.04.2024 at 14:05"), linked too (a
                # stamp with its author's "Follow @name"): no prose, no end
            else:
                return
            if gap > READMIT_MAX_GAP:
                return

    if t is None or t > first:
        t = _heading_above(doc, first)  # (the title heading not found, or found inside the body below
        # its start; one opening the body has nothing of the article above it)
    if t is not None and t < first:
        level = doc.blocks[t].level if doc.blocks[t].kind == "heading" else 0
        dek_at = next((j for j in range(t + 1, first) if doc.blocks[j].dropped is None
                       and not (j in by_index and by_index[j].short)), None)  # the first line under the title
        title_words = _words(doc.blocks[t].text)
        title_el = doc.blocks[t].path[-1] if doc.blocks[t].kind == "heading" and doc.blocks[t].path else None
        body_kind = doc.blocks[first].kind
        run(range(first - 1, t, -1))  # lead paragraphs between the title and the body
        # and from the title down: deks set as headings of lower rank right under the title (the
        # run from the body counts a heading as a short line and may end before it)
        run(range(t + 1, first), forward=True)
    return out


def _picture_caption(b: Any) -> bool:
    """A paragraph repeating the description of a picture beside it (an ``<img>``'s ``alt``,
    ``title`` or ``data-caption``, whitespace aside, within ``CAPTION_IMG_REACH`` ancestors of
    its element, the box holding both holding at most ``CAPTION_BOX_SLACK`` characters besides it, a
    credit): the picture's caption set as a plain paragraph after it, no ``<figcaption>``."""
    text = normalize_space(b.text)
    if len(text) < CAPTION_ALT_MIN or not b.path:
        return False
    el = b.path[-1]
    for _ in range(CAPTION_IMG_REACH):
        el = el.getparent()
        if el is None:
            return False
        for img in islice(el.iter("img"), CAPTION_IMG_MAX):
            for attr in CAPTION_IMG_ATTRS:
                value = img.get(attr)
                if value and normalize_space(value) == text:
                    # (the picture's own box: little besides the line, its credit; a header box whose
                    # picture describes itself with the standfirst holds that standfirst as its lead)
                    return holds_at_most(el, char_count(text) + CAPTION_BOX_SLACK)
    return False


def _unit_of(b: Any) -> Any:
    """The list or table a list item or a table cell stands in (``UNIT_TAGS``), or None."""
    path = b.path
    if not path or path[-1].tag not in UNIT_CELL_TAGS and b.kind != "list_item":
        return None
    for el in path[-2:-2 - UNIT_REACH:-1]:
        if el.tag in UNIT_TAGS:
            return el
    return None


def _heading_above(doc: Any, first: int) -> "int | None":
    """The nearest unlinked ``<h1>`` above the body's first block, up to ``H1_REACH`` blocks above it,
    when the page's title heading was not found above the body: the heading the lead paragraphs stand
    under (a logo's ``<h1>`` is a link); on a page holding no ``<h1>`` at all, the nearest unlinked
    ``<h2>`` (a newsroom's template setting its headline as one)."""
    for j in range(first - 1, max(-1, first - 1 - H1_REACH), -1):
        b = doc.blocks[j]
        if b.kind == "heading" and b.level == 1 and b.link_density < 0.5:
            return j
    if any(b.kind == "heading" and b.level == 1 for b in doc.blocks):
        return None
    for j in range(first - 1, max(-1, first - 1 - H1_REACH), -1):  # (a page with no <h1> at all titles its
        b = doc.blocks[j]  # article with an <h2>: the nearest unlinked one above the body)
        if b.kind == "heading" and b.level == 2 and b.link_density < 0.5:
            return j
    return None


def _lead_reason(f: _Feat, header_caption: bool, at_dek: bool, body_kind: str,
                 title_el: Any = None) -> "str | None":
    """Why ``f`` reads as a lead the run may take (see :func:`readmit`), or None when it does not."""
    if standfirst_like(f):
        return READMIT_LEAD
    if header_caption:
        return READMIT_CAPTION
    if at_dek and _dek_like(f):
        return READMIT_DEK
    if _summary_heading(f):
        return READMIT_SUMMARY_HEADING
    if _prose_item(f, body_kind):
        return READMIT_ITEM
    return READMIT_LONE_ITEM if _lone_item(f, title_el) else None


def _label_line(f: _Feat) -> bool:
    """An unlinked line shorter than prose (``GOOD_LENGTH``) that ends no sentence, its words mostly
    capitalised (``LABEL_CAPITALISED_SHARE``), no field of a box (``LABEL_FIELD_MARKS``): a label, a price,
    a call to act set between the lead and the body; the run steps over it as over a short line."""
    b = f.block
    if f.good or f.bad or b.link_density > 0 or f.weight >= GOOD_LENGTH or b.kind not in ("paragraph", "heading"):
        return False
    text = b.text.rstrip()
    if any(ch in text for ch in LABEL_FIELD_MARKS) or LABEL_FIELD_NUMBER.search(text) is not None:
        return False  # a field of a box ("Inquiries: jane@example.com", "Jane Doe | Agency", a postcode or a
        # phone number's digits): an author's, a contact or a picture's credit box
    if SENTENCE_END.search(text[-2:]) is not None:
        return False
    cased = [w[0] for w in text.split() if w[0].upper() != w[0].lower()]  # (words opening with a cased letter)
    return bool(cased) and sum(c.isupper() for c in cased) >= LABEL_CAPITALISED_SHARE * len(cased)


def _lone_item(f: _Feat, title_el: Any) -> bool:
    """A lead of prose length set as the only item of its list, the item holding the title heading
    too (a hero box set as a one-slide list: ``<ul><li><h1>…</h1><p>…</p></li></ul>``), unlinked; a
    list of teasers has several, and a lone item beside the title is the page's highlights or menu."""
    b = f.block
    if title_el is None or b.kind != "list_item" or not f.good or f.bad or b.link_density > 0 or f.own < 1:
        return False
    item = b.path[f.own] if b.path[f.own].tag == "li" else next(
        (el for el in reversed(b.path[:f.own + 1]) if el.tag == "li"), None)
    if item is None:
        return False
    if not any(el is item for el in title_el.iterancestors()):
        return False
    box = item.getparent()
    if box is None or box.tag not in LIST_BOX_TAGS:
        return False
    return len(list(islice((el for el in box if el.tag == "li"), 2))) == 1


def _between_leads(f: _Feat, neg: bool) -> bool:
    """A block of the article's own kinds that a run of lead paragraphs steps over and takes when
    it goes on to a lead above it (:func:`readmit`): a code sample or a data table of prose length,
    or an unlinked paragraph or quote ending a sentence or leading into what follows (``:``) that is
    too short to be a lead (``Consider this figure:``), or a list item of prose length (a point of the
    lead's list, a link or two in it: under ``BETWEEN_ITEM_LINK_DENSITY``) or one ending a sentence;
    a link, a chrome class (``neg``: see :func:`_shared_negative`) or a heading ends the run instead."""
    b = f.block
    if f.bad or neg:
        return False
    if b.kind == "list_item":
        if b.link_density >= BETWEEN_ITEM_LINK_DENSITY:
            return False
        if f.good:
            return True
    elif b.link_density > 0:
        return False
    if b.kind in BETWEEN_BLOCK_KINDS:
        return f.good
    if b.kind not in BETWEEN_LINE_KINDS:
        return False
    text = b.text.rstrip()
    return text.endswith((":", "\uff1a")) or SENTENCE_END.search(text[-2:]) is not None


def _section_heading(f: _Feat, signals: dict[Any, Any], neg: bool) -> bool:
    """A heading a run of lead paragraphs steps over, past a lead it took, that is the article's own
    section heading when a lead above it is taken too (a body split over boxes, each section in its own):
    unlinked, no negative class, no chrome signal, no form's. (A heading between a standfirst and the
    body, a kicker or the title said again, has no lead under it.)"""
    b = f.block
    return (b.kind == "heading" and not f.bad and not b.link_chars and not neg and not in_form(b.path)
            and (not signals or signal_on_path(b.path, signals) is None))


def _prose_item(f: _Feat, body_kind: str) -> bool:
    """A lead set as a list item of prose length (an old blog template that sets the whole post in
    a ``<li>``), when the body's first block is a list item too; a list of teasers is linked or short."""
    return body_kind == "list_item" and f.block.kind == "list_item" and f.good and not f.bad


def _shared_negative(f: _Feat, above: "set[Any]", known: "dict[Any, Any] | None") -> bool:
    """The negative class on ``f``'s path (its outermost, ``f.neg_at``) is on a wrapper the body's
    container stands in too (``above``: a theme's ``post-and-ads`` column holding the lead and the body),
    and no element below it on the path that the locator weighed (``known``) has a negative class of its
    own, but for wrappers the container stands in too (a layout's ``pg-rail__wrapper`` over its
    ``pg-rail__body``): no evidence against a block beside the body."""
    path = f.block.path
    neg = path[f.neg_at]
    if neg not in above or not known or not (neg.get("class") or neg.get("id")):
        return False  # (a tag that hints at chrome by itself, a <center> of an old layout, is no class)
    return all(el in above or (c := known.get(el)) is None or c.hint >= 1.0 for el in path[f.neg_at + 1:])


def _link_line(f: _Feat) -> bool:
    """A paragraph that is one link and nothing else, at most ``LINK_LINE_MAX`` long (a pointer to
    another story set between the lead and the body: ``>>> Another story``); a list of links is
    several."""
    return _linked_line(f) and len(list(islice(f.block.path[-1].iter("a"), 2))) == 1


def _linked_line(f: _Feat) -> bool:
    """A paragraph at most ``LINK_LINE_MAX`` long, all of it in links (a line of a table of contents
    whose element holds its sub-items' lines too; after a lone link, one more step of its run)."""
    b = f.block
    return b.kind == "paragraph" and f.weight <= LINK_LINE_MAX and b.link_density >= LINK_LINE_DENSITY \
        and bool(b.path)


def _summary_heading(f: _Feat) -> bool:
    """A standfirst set as a heading (``<h2 class="article-summary">``): at least
    ``SUMMARY_HEADING_MIN`` long, unlinked prose that ends a sentence; no section title is."""
    b = f.block
    return (b.kind == "heading" and f.good and b.link_density == 0 and f.weight >= SUMMARY_HEADING_MIN
            and SENTENCE_END.search(b.text) is not None)


def _dek_heading(f: _Feat, level: int, title_words: "set[str]", title_el: Any = None, named: bool = False) -> bool:
    """A dek set as a heading right under the title (``<h2 class="subtitle">`` under the ``<h1>``):
    of lower rank than the title (``level``, 0 when unknown), its element or its parent named a dek
    (``DEK_PARTS``), or the title heading's very next element (:func:`_next_to`), unlinked, at least
    ``DEK_HEADING_MIN`` long (``DEK_NAMED_MIN`` when a class names it a dek and it ends a sentence or,
    ``title_el`` given, is the first line under the title),
    in words (few digits), not the title again (``title_words``: the title heading's words; a kicker
    and the title set as one more heading are mostly the title's words, and the title made longer
    holds nearly all of them; a long dek names the story's key words too, few beside its own); a
    section title is shorter,
    another story's headline is linked. ``named``: the caller found the dek's name on it already."""
    b = f.block
    if b.kind != "heading" or f.bad or b.link_density > 0 or f.weight < DEK_NAMED_MIN:
        return False
    if level and not 0 < level < b.level:
        return False
    named = named or named_on_path(b.path[-2:], DEK_PARTS) is not None
    if named and named_on_path(b.path[-1:], TAGLINE_PARTS) is not None:
        return False  # (``site-description``, ``banner-description``: the site's tagline under its name)
    if f.weight < DEK_HEADING_MIN and not (named and (title_el is not None or SENTENCE_END.search(b.text[-2:]))):
        return False  # (a short one: a dek only when its class says so and it ends a sentence or is the
        # first line under the title: a headline's dek written without its full stop)
    if not named and not _next_to(title_el, b.path[-1] if b.path else None):
        return False  # (a long heading no class calls a dek may be a section's or a list's title)
    words = _words(b.text)
    common = len(words & title_words)  # (a long dek names the story's key words too: its own share counts)
    if common >= DEK_TITLE_SHARE * len(words) or common >= DEK_TITLE_HELD * len(title_words):
        return False
    text = b.text
    return sum(ch.isdigit() for ch in text) <= DEK_MAX_DIGITS * len(text) and " " in text.strip()


def _named_dek(f: _Feat, level: int, title_words: "set[str]") -> bool:
    """A standfirst set as a heading its element or its parent names one (``DEK_PARTS``:
    ``<h2 class="article-summary">``, ``storyDek``, ``standfirst``) wherever it stands between the title
    and the body (below the title's picture, its byline and its share bar): a dek as
    :func:`_dek_heading` reads one, the class's name required, that ends a sentence."""
    b = f.block
    if b.kind != "heading" or f.bad or SENTENCE_END.search(b.text[-2:]) is None:
        return False
    if named_on_path(b.path[-2:], DEK_PARTS) is None and not any(
            p.lower() in DEK_PARTS for el in b.path[-2:]
            for p in _SPLIT_CAMEL.split(f"{el.get('class') or ''} {el.get('id') or ''}")):
        return False  # (``storyDek``, ``articleSummary``: a camel-cased name read word by word too)
    return _dek_heading(f, level, title_words, named=True)


def _next_to(title_el: Any, el: Any) -> bool:
    """True when ``el`` is the very next element after the title heading ``title_el``
    (``<h1>…</h1><h2>…</h2>``): a dek no class names, set right under the title (a class of
    layout or of style words only; none naming a title or heading, ``TITLE_CLASS_PARTS``, nor a region
    of the page's chrome, ``NEGATIVE_HINTS``)."""
    if title_el is None or el is None:
        return False
    if el.get("class") and named_on_path((el,), _NOT_DEK_PARTS) is not None:
        return False
    nxt = title_el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()  # comments, processing instructions
    return nxt is el


def _dek_like(f: _Feat) -> bool:
    """The line right under the title, written as a headline's dek: a long unlinked paragraph in
    words (few digits) that may lack the final full stop ("Walsh left in fear after a revelation")."""
    b = f.block
    if f.bad or b.kind != "paragraph" or b.link_density > 0 or f.weight < GOOD_LENGTH:
        return False
    text = b.text
    return sum(ch.isdigit() for ch in text) <= DEK_MAX_DIGITS * len(text) and " " in text.strip()


def _lone_standfirst(f: _Feat) -> bool:
    """A paragraph alone in an unlinked element whose class calls it a teaser: a standfirst.

    Many newsrooms name the standfirst under the title their "teaser"
    (``ArticleTeaser_text``); another story's teaser has a link or a headline.
    Only the related region's words qualify, and only for an element holding
    no link, no heading and nothing but this paragraph.
    """
    neg = f.block.path[f.neg_at]
    raw = f"{neg.get('class') or ''} {neg.get('id') or ''}"
    related = NEGATIVE_HINTS["related"]
    if f.block.link_density > 0 or not (region_of(_tokens(neg)) == "related" or any(
            p.lower() in related for p in _SPLIT_CAMEL.split(raw))):
        return False
    if next(neg.iter("a", "h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return False  # a link or a headline: another story's teaser
    return len(element_text(neg).split()) <= len(f.block.text.split()) + LONE_SLACK_WORDS


def _tokens(el: Any) -> frozenset[str]:
    return frozenset(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())


def captions_between(inside: list[_Feat], verdicts: list[bool], outside: list[_Feat],
                     signals: dict[Any, Any]) -> set[int]:
    """Captions outside the container that sit inside the article's run (ids of their feats).

    A picture set between two of the body's paragraphs is often a sibling of
    the body's wrapper rather than a child (a figure between two text
    sections): its caption comes after the article's first kept block and
    before its last one, in no negative region, under no chrome signal, and is
    no link list. The article's other captions are kept where they are, so
    these are too.
    """
    kept = [f.index for f, k in zip(inside, verdicts) if k]
    if len(kept) < 2:
        return set()
    first, last = kept[0], kept[-1]
    return {id(f) for f in outside
            if first < f.index < last and f.block.kind == "caption" and not f.bad and f.neg_at < 0
            and (not signals or signal_on_path(f.block.path, signals) is None)}


def _highlights(box: Any) -> bool:
    """A story's highlights (key points) set as a list: a ``<ul>``/``<ol>`` of ``HIGHLIGHTS_ITEMS`` items,
    each one unlinked sentence of ``HIGHLIGHT_MIN_CHARS`` to ``HIGHLIGHT_MAX_CHARS`` in
    ``HIGHLIGHT_MIN_WORDS`` words or more (twice as many CJK characters), no heading, list or picture in
    it; a list of related stories, a table of contents or tags is linked or short."""
    if box.tag not in LIST_BOX_TAGS:
        return False
    items = [el for el in box if el.tag == "li"]
    low, high = HIGHLIGHTS_ITEMS
    if not low <= len(items) <= high or len(items) != sum(1 for el in box if isinstance(el.tag, str)):
        return False
    for li in items:
        if next(li.iter("a", "img", "ul", "ol", *HEADING_TAGS), None) is not None:
            return False
        text = " ".join(li.text_content().split())
        if not HIGHLIGHT_MIN_CHARS <= len(text) <= HIGHLIGHT_MAX_CHARS:
            return False
        if len(text.split()) < HIGHLIGHT_MIN_WORDS and cjk_count(text) < 2 * HIGHLIGHT_MIN_WORDS:
            return False
    return True


def _highlights_label(f: _Feat, signals: dict[Any, Any]) -> bool:
    """The short unlinked line right above a highlights list (``Story highlights``, ``Das Wichtigste``),
    at most ``HIGHLIGHTS_LABEL_MAX`` long, no chrome signal: its label."""
    b = f.block
    return (b.kind in ("heading", "paragraph") and not f.bad and not b.link_chars
            and f.weight <= HIGHLIGHTS_LABEL_MAX and bool(b.text.strip()) and not in_form(b.path)
            and (not signals or signal_on_path(b.path, signals) is None))


def _top_heading(f: _Feat, level: int, signals: dict[Any, Any], above: "set[Any]",
                 known: "dict[Any, Any] | None") -> bool:
    """A short heading right above the body's container, of lower rank than the title (``level``, 0
    when unknown), unlinked, no negative class of its own (:func:`_shared_negative`), no chrome signal,
    no form's: the heading of the container's section when the run takes ``SECTION_TOP_LEADS`` leads
    above it (a body split over boxes, a section in each)."""
    b = f.block
    if b.kind != "heading" or f.weight >= GOOD_LENGTH or (level and not 0 < level < b.level):
        return False
    neg = f.neg_at >= 0 and not _shared_negative(f, above, known)
    return _section_heading(f, signals, neg)
