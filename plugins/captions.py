"""Captions of credited news photos inside the article.

A news page sets a photo in a ``<figure>`` with its caption and a credit element
(``<span class="caption__credit">``, ``<small class="image-source">``,
``<p class="copyright">``): an agency or staff picture. Its caption describes the
picture (``Firefighters at the scene on Tuesday.``), it is not the article's text,
and news datasets leave it out. A figure of a blog post or a document (a screenshot,
a diagram) names no credit, and its caption often carries the text on; it stays. This
plugin runs after the article is located (order 600) and drops, in HTML, a kept
caption block (``<figcaption>``, a class-named caption) whose ``<figure>`` (the nearest
within :data:`FIGURE_LEVELS` ancestors) holds an element whose class or id names a credit (:data:`CREDIT_PARTS`: ``credit``,
``copyright``, ``source``, ``author``, as a word of the class).

A gallery or slideshow told in its captions keeps them: when at least :data:`PROSE_CAPTIONS`
credited captions hold prose (two sentences or more, :data:`PROSE_CAPTION_MIN` long) and hold
:data:`PROSE_SHARE` of the body's text, those are the article's text and stay (their credit
lines are the ``credits`` plugin's and still go); the short ones (a credit, a one-line
description) go as before.

A caption outside any ``<figure>`` stays (a box of the page's own layout may sit
beside a credit without being a photo's), and so does a figure without a credit element.
Credits written in the caption's text (``… Foto: X/dpa``) are the ``credits`` plugin's.
With ``Options.captions == "keep"`` this step drops no caption (the credits step still takes
the credit elements and the credits written in a caption's text); step ``galleries`` still runs:
a slideshow beside the article is no figure of it.

A picture box that is no ``<figure>`` (a page builder's image widget: a ``<div>`` holding
the ``<img>``, then a paragraph, then a credit line ``Image: X``) is a credited photo's
too: the paragraph right before a credit line (:func:`inbody.credit_lines.is_credit_line`), the two
in one element (at most :data:`BOX_LEVELS` above the paragraph's own) that holds a
picture before them and no other text, goes as its caption; so does a caption (by its markup)
right after a credit line written over it (``© X`` ``<br>`` caption, often in one element: the box
is then that element's parent). A paragraph after a picture
with no credit line next to it, or in an element holding more text, stays; so does one that is,
with its credit line, all the body holds besides headings (a short post under its picture, its
source named under it: the article itself, not a photo in it).

Step ``galleries``: on a page giving its publication date (a story's; an undated page's slider shows a
service's or a product's features), a slideshow set in the body beside the article's prose (a box whose class or id
names a gallery, :data:`GALLERY_PARTS`: ``type-gallery``, ``gallery-viewport``, ``n2-ss-slider``) goes
with its captions and its heading ("… in pictures"), when it holds :data:`GALLERY_SLIDES_MIN` kept lines
or more besides headings, shows as many news photos' slides (lines that are or hold a slide's credit,
or its position counter ``3/44``: a feature slider's pictures carry none) and the body outside every such box opens with its own prose paragraph and
holds :data:`GALLERY_BODY_PROSE` prose paragraphs (:data:`GALLERY_PROSE_MIN` long) or more: a page that
is its gallery (its intro inside the box, or one line of it outside) keeps it. A box the line right before it
(kept or dropped) heads as a related list (``Also on Example:``) needs no credit or counter: it is a slideshow
of other stories the site promotes, and goes as ``related``.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from newsclean import Step, hookimpl
from newsclean.blocks import element_text, shared_depth
from newsclean.document import Block, Document
from newsclean.lines import latin_length, sentence_marks

from .inbody import INBODY_ORDER, body, keeps_captions
from .inbody.credit_lines import MAX_CHARS as CREDIT_MAX, is_credit_line
from .inbody.pullquotes import pull_quotes
from .inbody.related_headings import is_related_heading

__all__ = ["CREDIT_PARTS", "names_credit", "credited_figure"]

#: Parts of a class or id (split at ``-``, ``_``, case changes) that name a picture's credit.
CREDIT_PARTS = frozenset(("credit", "credits", "copyright", "source", "sources", "author", "photographer",
                          "fotograf", "attribution"))
#: Endings of a part that name a credit too (``fotocredit``, ``imagecredits``, ``bildcopyright``).
CREDIT_ENDINGS = ("credit", "credits", "copyright")
#: How many ancestors up the caption's ``<figure>`` is looked for.
FIGURE_LEVELS = 4
#: A figure holding more elements than this is no photo's box (a whole section in a figure).
FIGURE_MAX_ELEMENTS = 40
#: A picture box's element is at most this many levels above its caption's own element ...
BOX_LEVELS = 3
#: ... and its text is the caption's and the credit's, give or take this many characters.
BOX_SLACK = 10
#: A picture box's caption is at most this long (characters).
BOX_CAPTION_MAX = 300
#: A credited photo's caption of this many Latin-equivalent characters (Han counts more) or more ...
PROSE_CAPTION_MIN = 200
#: ... holding this many sentence marks before its end (two sentences or more) is prose ...
PROSE_CAPTION_MARKS = 1
#: ... and when at least PROSE_CAPTIONS such captions hold this share of the body's text (its lines
#: besides headings, the captions among them), the page is a gallery told in its captions: they stay.
PROSE_CAPTIONS = 2
PROSE_SHARE = 0.5
#: Parts of a class or id (as for credits) that name a gallery or slideshow box.
GALLERY_PARTS = frozenset(("gallery", "galleries", "slideshow", "slider", "carousel", "galerie", "galeria",
                           "galleria", "bildergalerie", "fotogalerie", "diashow", "fotostrecke"))
#: An embedded gallery holds at least this many kept lines besides headings (its slides' captions) ...
GALLERY_SLIDES_MIN = 3
#: ... and the body outside it at least this many prose paragraphs, each this long (Latin-equivalent).
GALLERY_BODY_PROSE = 3
GALLERY_PROSE_MIN = 100
#: Tags of a picture in a picture box.
PICTURE_TAGS = frozenset(("img", "picture"))

# the parts of a class or id token: "caption__credit" -> caption, credit; "CaptionCredit-ejegDm" -> caption, credit, …
_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# cheap first look: a class or id value that may hold a credit part
_MAY_CREDIT = re.compile(r"credit|copyright|source|author|photographer|fotograf|attribution", re.I)
# a slide's position counter (3/44, 3 / 44)
_COUNTER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}$")
# cheap first look: a class or id value that may name a gallery
_MAY_GALLERY = re.compile(r"galer|galler|slide|carousel|diashow|fotostrecke", re.I)


def names_credit(value: str) -> bool:
    """True when a class or id value holds a token with a credit part (``figcaption__credit``,
    ``image-source-caption``, ``CaptionCredit-x1``), not merely the letters (``resource``)."""
    if not value or _MAY_CREDIT.search(value) is None:
        return False
    for token in value.split():
        for part in _PART.findall(token):
            low = part.lower()
            if low in CREDIT_PARTS or low.endswith(CREDIT_ENDINGS):
                return True
    return False


def names_gallery(value: str) -> bool:
    """True when a class or id value holds a token with a gallery part (``type-gallery``,
    ``n2-ss-slider``, ``GalleryViewport``)."""
    if not value or _MAY_GALLERY.search(value) is None:
        return False
    return any(part.lower() in GALLERY_PARTS for token in value.split() for part in _PART.findall(token))


def _figure(b: Block) -> Any:
    """The caption's ``<figure>``: the nearest within FIGURE_LEVELS ancestors, or None."""
    for el in reversed(b.path[-FIGURE_LEVELS - 1:]):
        if getattr(el, "tag", None) == "figure":
            return el
    return None


def credited_figure(b: Block) -> bool:
    """True when the caption block's ``<figure>`` holds an element (not the caption's own)
    whose class or id names a credit."""
    fig = _figure(b)
    if fig is None:
        return False
    own = b.path[-1] if b.path else None
    seen = 0
    for el in fig.iter():
        seen += 1
        if seen > FIGURE_MAX_ELEMENTS:
            return False
        if el is own or not isinstance(el.tag, str):
            continue
        if names_credit(el.get("class") or "") or names_credit(el.get("id") or ""):
            return True
    return False


def _picture_box(b: Block, credit: Block, before: bool = False) -> Any:
    """The element of a picture box holding the caption block ``b`` and the credit line right
    after it: the nearest shared ancestor (at most BOX_LEVELS above ``b``'s own element) that
    holds a picture before ``b`` and no text besides theirs; None when there is none. A credit
    written ``before`` its caption may stand in the box before the caption, or share the
    caption's element (``© X`` ``<br>`` caption: the box is then that element's parent)."""
    pb, pc = b.path, credit.path
    n = shared_depth(b, credit)
    if before and n == len(pb) == len(pc):
        n -= 1  # the two lines of one element: a box around it
    if n == 0 or len(pb) - n > BOX_LEVELS or n == len(pb):
        return None
    box = pb[n - 1]
    own = pb[n]  # the caption's branch of the box
    theirs = pc[n] if before and n < len(pc) else None  # the credit's branch, before the caption's (or it)
    picture = False
    for el in box.iterchildren():
        if el is own:
            break
        if not isinstance(el.tag, str) or el is theirs:
            continue
        if el.tag in PICTURE_TAGS or next(el.iter(*PICTURE_TAGS), None) is not None:
            picture = True
        elif element_text(el):
            return None  # text before the caption: no picture's box
    if not picture:
        return None
    text = element_text(box)
    if len(text) > len(b.text) + len(credit.text) + BOX_SLACK * 4 \
            or len("".join(text.split())) > len("".join(b.text.split())) + len("".join(credit.text.split())) + BOX_SLACK:
        return None  # more text than a caption and its credit
    return box


def _more_than(lines: int, credit: Block) -> bool:
    """True when the body holds other lines than a caption and its ``credit`` line (``lines``: the
    body's lines besides headings, the caption's among them)."""
    return lines - 1 - (credit.dropped is None and credit.kind != "heading") > 0


def _prose_caption(b: Block) -> bool:
    """True when a caption holds prose: two sentences or more, PROSE_CAPTION_MIN long."""
    return latin_length(b.text, b.chars) >= PROSE_CAPTION_MIN and sentence_marks(b.text) >= PROSE_CAPTION_MARKS


def _gallery_prose(kept: list[Block], credited: list[Block]) -> set[int]:
    """The indexes of the credited captions that are a gallery's text: the prose ones, when at
    least PROSE_CAPTIONS of them hold PROSE_SHARE of the body's text; else none."""
    prose = [b for b in credited if _prose_caption(b)]
    if len(prose) < PROSE_CAPTIONS:
        return set()
    total = sum(b.chars for b in kept if b.kind != "heading")
    if sum(b.chars for b in prose) < PROSE_SHARE * total:
        return set()
    return {b.index for b in prose}


def _drop_captions(doc: Document) -> None:
    if not doc.is_html or keeps_captions(doc):
        return  # (captions="keep": a caption's description stays; the credits step takes its credit)
    blocks = doc.blocks
    last = len(blocks) - 1
    kept = body(doc)
    # (the body's lines besides its headings: a picture box holding all of them is the article itself)
    lines = sum(1 for b in kept if b.kind != "heading")
    credited = [b for b in kept if b.kind == "caption" and credited_figure(b)]
    gallery = _gallery_prose(kept, credited)
    credited_ids = {b.index for b in credited}
    for b in kept:
        if b.index in gallery:
            continue  # a gallery's prose told in its captions: the article's text
        if b.index in credited_ids:
            doc.drop(b, "caption", "caption of a credited photo (its figure names a credit)")
        elif b.kind in ("paragraph", "caption") and b.index < last and b.chars <= BOX_CAPTION_MAX:
            credit = blocks[b.index + 1]
            # (the credit's text first: it rules out most lines for less than the picture box's reading)
            if credit.path and credit.chars <= CREDIT_MAX[1] and _more_than(lines, credit) \
                    and is_credit_line(credit.text) and _picture_box(b, credit) is not None:
                doc.drop(b, "caption", "caption of a credited photo (a picture box: a picture, this line and "
                         "a credit line)")
                continue
            credit = blocks[b.index - 1] if b.index and b.kind == "caption" else None  # a credit over the caption
            if credit is not None and credit.path and credit.chars <= CREDIT_MAX[1] and _more_than(lines, credit) \
                    and is_credit_line(credit.text) and _picture_box(b, credit, True) is not None:
                doc.drop(b, "caption", "caption of a credited photo (a picture box: a picture, a credit line and "
                         "this line)")


def _prose(b: Block) -> bool:
    return b.kind == "paragraph" and latin_length(b.text, b.chars) >= GALLERY_PROSE_MIN


def _gallery_box(b: Block, opening: Block, named: dict[Any, bool] | None = None) -> Any:
    """The outermost element on ``b``'s path, below the one it shares with the body's ``opening``
    paragraph, whose class or id names a gallery; None when there is none. ``named`` keeps each element's
    answer for one page (the blocks of a box share their ancestors)."""
    if named is None:
        named = {}
    for el in b.path[shared_depth(b, opening):]:
        got = named.get(el)
        if got is None:
            got = named[el] = names_gallery(el.get("class") or "") or names_gallery(el.get("id") or "")
        if got:
            return el
    return None


def _slides(doc: Document, box: Any) -> bool:
    """True when a gallery box shows news photos' slides: GALLERY_SLIDES_MIN of its lines a slide's credit
    (a credit line, or an element whose class names a credit, the line's or one inside it) or position
    counter (``3/44``)."""
    marks = 0
    for b in doc.blocks:
        if b.path and any(el is box for el in b.path) and _slide_mark(b):
            marks += 1
            if marks >= GALLERY_SLIDES_MIN:
                return True
    return False


def _related_lead(doc: Document, box: Any) -> bool:
    """True when the line right before a gallery box's first line (kept or dropped) is a related list's
    heading (``Also on Example:``, ``Related on Example:``): a slideshow of other stories the site
    promotes under the article, whatever its slides say."""
    before = None
    for b in doc.blocks:
        if b.path and any(el is box for el in b.path):
            return before is not None and is_related_heading(before.text)
        if b.text.strip():
            before = b
    return False


def _slide_mark(b: Block) -> bool:
    own = b.path[-1]
    if b.chars <= CREDIT_MAX[1] and (_COUNTER.match(b.text.strip()) is not None or is_credit_line(b.text)):
        return True
    for _, el in zip(range(FIGURE_MAX_ELEMENTS), own.iter()):
        if isinstance(el.tag, str) and names_credit(el.get("class") or ""):
            return True
    return False


def _drop_galleries(doc: Document) -> None:
    if not doc.is_html or doc.meta.get("published") is None:
        return  # (an undated page's slider, a landing page's or a shop's, shows its features: its text)
    kept = body(doc)
    opening = next((b for b in kept if _prose(b)), None)
    if opening is None:
        return
    boxes: dict[Any, list[Block]] = {}  # gallery box -> its kept blocks
    named: dict[Any, bool] = {}
    for b in kept:
        if b.path and b is not opening:
            box = _gallery_box(b, opening, named)
            if box is not None:
                boxes.setdefault(box, []).append(b)
    boxes = {box: v for box, v in boxes.items() if sum(b.kind != "heading" for b in v) >= GALLERY_SLIDES_MIN}
    led = {box for box in boxes if _related_lead(doc, box)}  # (other stories' slideshow, its slides uncredited)
    boxes = {box: v for box, v in boxes.items() if box in led or _slides(doc, box)}
    if not boxes:
        return
    inside = {b.index for v in boxes.values() for b in v}
    if sum(1 for b in kept if b.index not in inside and _prose(b)) < GALLERY_BODY_PROSE:
        return  # the page is its gallery, told in its captions
    for box, v in boxes.items():
        for b in v:
            if box in led:
                doc.drop(b, "related", "in a slideshow under a related list's heading, below the article's prose "
                         "(its class names a gallery or slideshow)")
            else:
                doc.drop(b, "caption", "in a gallery set in the body beside the article's prose (its class names a "
                         "gallery or slideshow)")


def _drop_pull_quotes(doc: Document) -> None:
    for quote, speaker in pull_quotes(doc.blocks):
        doc.drop(quote, "pullquote", "pull quote (a quote block repeating a sentence of the article's text)")
        if speaker is not None:
            doc.drop(speaker, "pullquote", "the speaker's line of a pull quote (in the quote's box)")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("figures", _drop_captions, order=INBODY_ORDER, stage="blocks", kind="caption",
                  description="captions of credited news photos inside the article"))
    register(Step("galleries", _drop_galleries, order=INBODY_ORDER, stage="blocks", kind="caption",
                  description="galleries set in the body beside the article's prose, with their captions"))
    register(Step("pullquotes", _drop_pull_quotes, order=INBODY_ORDER, stage="blocks", kind="pullquote",
                  description="pull quotes: quote blocks repeating a sentence of the article, with their speaker"))
