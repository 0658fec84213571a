"""What the article container holds besides its article: teaser cards, forms, chrome signals, captions.

Helpers of the ``content`` plugin (no hooks: not a plugin of its own). They
judge the blocks inside the container the locator chose, by feat (the
``content`` plugin's per-block features: ``block``, ``bad``, ``good``,
``short``, ``value``, ``nonlink``, ``own``), and return the ids of the feats
that go; ``content`` records each removal with its kind and reason.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any, Optional, Union
from urllib.parse import unquote

from newsclean.blocks import BLOCK_TAGS, HEADING_TAGS
from newsclean.hosts import host_of, registrable
from newsclean.density import nonspace_len
from newsclean.locator import signal_on_path
from newsclean.patterns import utility_name
from newsclean.plugins.vocab.stateflags import HAVING_FIRST, HOLDING_CUES, JOINING, STATE_FIRST, STATE_LAST

#: Token parts of pictures, videos and galleries: their captions are not lead paragraphs.
MEDIA_PARTS = frozenset((
    "figure", "figcaption", "caption", "image", "img", "photo", "picture", "media", "gallery", "video",
    "credit", "credits", "slideshow", "carousel", "lightbox", "thumbnail", "tupian",  # 图片
))

#: Token parts of the author boxes in an article's header (byline, author bio): their lines
#: are no standfirst either.
AUTHOR_BOX_PARTS = frozenset(("author", "authors", "byline", "bio", "biography", "authorbio", "authorinfo",
                              "autor", "auteur", "autore"))
#: Token parts of the reading tools above a body (an audio player, "listen to this article",
#: its tooltip): their prompts are no standfirst.
READING_TOOL_PARTS = frozenset(("audio", "player", "podcast", "texttospeech", "tts", "speech", "tooltip",
                                "readspeaker", "listen"))
#: Token parts of a contact box beside a press release's lead (the press office's address,
#: telephone, e-mail): its lines are no standfirst.
CONTACT_PARTS = frozenset(("contact", "contacts", "kontakt", "contacto", "contatto", "contatti", "contato"))
_ASIDE_PARTS = MEDIA_PARTS | AUTHOR_BOX_PARTS | READING_TOOL_PARTS | CONTACT_PARTS
#: Token parts of an article's own notes (``footnotes``, ``footnote-item``, ``endnotes``): their
#: items are the article's, however linked, inside the container or right after it.
FOOTNOTE_PARTS = frozenset(("footnote", "footnotes", "endnote", "endnotes"))
#: Token parts that name the article's own intro: a picture or slideshow token holding one
#: (``slideshow-intro-content``) wraps the standfirst of a gallery article, not a caption.
INTRO_PARTS = frozenset(("intro", "standfirst", "dek", "preamble", "summary"))

# tuning (lengths in Latin-equivalent characters)
CARD_MAX_PROSE = 600  # a card has no more prose than this (see content's card rules too)
CARD_TITLE_LINK_DENSITY = 0.9  # a card's headline: a link-dense heading, or a paragraph that is one link
INNER_CARD_MIN = 2  # teaser cards inside the container: at least this many alike ones ...
#: The kinds of removal a card's headline taken by an earlier step may carry and still mark its card.
CARD_TAKEN_KINDS = frozenset(("related",))
INNER_CARD_MAX_SHARE = 0.35  # ... whose blurbs are at most this share of the container's other prose
FORM_MAX_SHARE = 0.5  # forms inside the container go when their prose is at most this share of the rest
FORM_BOX_TEXT = 200  # the box around a form holds at most this many characters besides it (its message)
SIGNUP_BOX_TEXT = 500  # ... a form asking an e-mail address (a newsletter's sign-up) this many: its pitch ...
SIGNUP_BOX_LINES = 2  # ... in at most this many text elements (paragraphs, headings, items) besides the form's
CHOICES_MIN = 3  # a poll without a <form>: at least this many radio buttons or check boxes ...
CHOICES_LEVELS = 4  # ... within this many levels above each ...
CHOICES_MAX_TEXT = 400  # ... in an element holding at most this much text
FORMS_MAX = 100  # forms (and choice groups) below the container looked at, at most
CHOICE_INPUTS_MAX = 300  # radio buttons and check boxes looked at, at most
SIGNAL_INSIDE_SHARE = 0.5  # chrome (not weak) inside the container holding less of its prose goes
STANDFIRST_MAX_DIGITS = 0.1  # a shorter re-admitted paragraph has at most this share of digits
LINKED_SENTENCE_MAX_DENSITY = 0.95  # a sentence in the body's flow this link-dense at most stays ...
LINKED_SENTENCES_RUN = 3  # ... in a run of at most this many between good paragraphs (see linked_sentences)
LINKED_CLOSING_LINKS = 3  # a linked sentence closing the body (after its last good paragraph) holds this many links ...
LINKED_CLOSING_WORD = 4  # ... and this many characters outside them a link (a word of its own each: its words carry it)
PAGER_RUN = 3  # a run of this many short lines without a letter, or of one short line repeated, is a pager
AUTHOR_BOX_MAX = 600  # an author box closing the container holds at most this much text ...
AUTHOR_BOX_MIN_BODY = 3  # ... after at least this many prose paragraphs of the article outside it
# an author box named on an inline element that holds more text than this, or more than one paragraph, is
# the story an unclosed or pasted-around inline wraps (the parser nests the paragraphs in it), no author box
INLINE_BOX_TAGS = frozenset(("span", "b", "em", "i", "strong", "font", "a"))
CACHE_MAX = 20000  # entries of a per-token cache before it is emptied

#: Sentence ends in many scripts (Latin, CJK, Arabic/Urdu, Devanagari, Ethiopic, Armenian, Burmese,
#: Khmer, Tibetan; Thai has none).
SENTENCE_END = re.compile(r"[.!?\u2026](?=\s|$|[\"'\u201d\u2019)\]])|[\u3002\uff01\uff1f\u061f\u06d4\u0964\u0965\u1362\u0589\u104b\u17d4\u0f0d]")
#: Symbols and emoji (with spaces and joiners) at a line's end, after its sentence mark.
_TRAILING_SYMBOLS = re.compile("[\\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")
#: How class/id tokens split into words.
TOKEN_SPLIT = re.compile(r"[-_:\s]+")
_PARTS_CACHE: dict[str, tuple[str, ...]] = {}


def token_parts(tok: str) -> tuple[str, ...]:
    """The words of one class/id token without whitespace (a token of ``str.split()``): the
    non-empty parts ``TOKEN_SPLIT`` splits it into, found by str methods (in C, without the
    regex engine's cost at each character) and kept per token."""
    got = _PARTS_CACHE.get(tok)
    if got is None:
        got = tuple(filter(None, utility_name(tok).replace("_", "-").replace(":", "-").split("-")))  # (no empty part)
        if len(_PARTS_CACHE) >= CACHE_MAX:
            _PARTS_CACHE.clear()  # bounded memory
        _PARTS_CACHE[tok] = got
    return got


#: What splits a class token into the names of a BEM block, its element and its modifier
#: (``layout-with-rail__main``, ``grid--has-sidebar``) or a utility framework's variant and its
#: utility (``lg:w-main-with-sidebar``).
NAME_SPLIT = re.compile(r"__|--|:")
_OWN_CACHE: dict[str, tuple[str, ...]] = {}


def own_parts(tok: str) -> tuple[str, ...]:
    """The :func:`token_parts` of a token that say what its element IS: in each name of the token
    (see ``NAME_SPLIT``) the words from a having word on (``HAVING_FIRST``: ``content-with-sidebar``,
    ``main--has-rail``) say what the element holds or sits beside, and are left out; so is the word right
    after a joining word (``JOINING``: ``section-and-ad``, a wrapper of a part of the body and its ad box)."""
    parts = token_parts(tok)
    if HOLDING_CUES.isdisjoint(parts):
        return parts  # (most tokens: no having or joining word, the token's parts as they are)
    got = _OWN_CACHE.get(tok)
    if got is None:
        kept: list[str] = []
        for name in NAME_SPLIT.split(utility_name(tok)):
            joined = False
            for word in token_parts(name):
                if word in HAVING_FIRST:
                    break
                if not joined and word not in JOINING:
                    kept.append(word)
                joined = word in JOINING
        got = tuple(kept)
        if len(_OWN_CACHE) >= CACHE_MAX:
            _OWN_CACHE.clear()
        _OWN_CACHE[tok] = got
    return got


def state_flag(tok: str) -> bool:
    """``stateflags.is_state_flag`` of a token without whitespace, read from its
    :func:`token_parts` (the same words, found without a regex)."""
    parts = token_parts(tok)
    return len(parts) >= 2 and (parts[0] in STATE_FIRST or parts[-1] in STATE_LAST)
#: A listicle's item heading: "2. Name", "#3: Name".
NUMBERED_HEADING = re.compile(r"\s*(?:#\s?)?\d{1,3}\s*[.)：:、]\s*\S")


#: The kinds of block a standfirst is set as: a paragraph, or a quote (an old page's indented summary,
#: ``<blockquote>``) of prose length.
STANDFIRST_KINDS = frozenset(("paragraph", "quote"))


def standfirst_like(f: Any) -> bool:
    """A prose paragraph, or a shorter one that ends a sentence and is not a stamp of dates and
    times (a standfirst may be shorter than a body paragraph)."""
    if f.bad or f.short or f.block.kind not in STANDFIRST_KINDS:
        return False
    if f.good:
        return True
    if f.block.kind != "paragraph":
        return False  # (a quote needs the prose length: an indented standfirst, not a pulled line)
    text = f.block.text
    digits = sum(ch.isdigit() for ch in text)
    return digits <= STANDFIRST_MAX_DIGITS * len(text) and bool(SENTENCE_END.search(text))


def _child_kinds(parent: Any, kinds: "dict[Any, Counter[tuple[Any, Any]]]") -> "Counter[tuple[Any, Any]]":
    """``parent``'s children counted by (tag, class), counted once per parent and kept in ``kinds``
    (a grid of thousands of alike cards is then read in linear time, not once per card)."""
    got = kinds.get(parent)
    if got is None:
        got = kinds[parent] = Counter((ch.tag, ch.get("class")) for ch in parent)
    return got


def cards_inside(inside: list[Any], container: Any, taken: "list[Any] | tuple[Any, ...]" = ()) -> set[int]:
    """Blocks of teaser cards inside the container, by feat id.

    A card is an element below the container, alike (tag and class) at least
    one sibling, that holds a link-dense heading or a paragraph that is all
    link (the teaser's headline) and
    no more than ``CARD_MAX_PROSE`` of prose; its alike siblings that are
    cards too make the group, which needs ``INNER_CARD_MIN`` cards. Cards that
    are much of the container's prose, or carry a numbered heading, are its
    content (a listicle, a gallery); so are alike boxes most of which open with
    a paragraph of prose (the article's text set in boxes, each with a linked
    caption or a "[Top]" link after its prose: a teaser opens with its headline).
    ``taken``: the light feats of blocks an earlier step dropped; a headline among them that was taken
    as a teaser (``CARD_TAKEN_KINDS``: the first card's headline under a related list's heading) still
    marks its card in a group the kept headlines make (two cards at least), so that the card's blurb
    goes with the others'.
    """
    heads = [f for f in inside if f.bad and (f.block.kind == "heading" or (
        f.block.kind == "paragraph" and f.block.link_density >= CARD_TITLE_LINK_DENSITY))]
    if len(heads) < INNER_CARD_MIN:
        return set()
    first_taken = len(heads)  # (the taken headlines, read last, only join a group the kept ones make)
    if taken:
        heads += [f for f in taken if f.bad and f.block.dropped.kind in CARD_TAKEN_KINDS and (
            f.block.kind == "heading" or (f.block.kind == "paragraph"
                                          and f.block.link_density >= CARD_TITLE_LINK_DENSITY))]
    groups: dict[tuple[Any, Any, Any], set[Any]] = {}
    # element -> its group's key when it is alike a sibling, else None (headlines of one list share
    # their ancestors: each one's siblings are read once)
    alike: dict[Any, "tuple[Any, Any, Any] | None"] = {}
    kinds: dict[Any, Counter[tuple[Any, Any]]] = {}  # parent -> its children counted by (tag, class)
    for n, f in enumerate(heads):
        path = f.block.path
        try:
            start = path.index(container) + 1
        except ValueError:
            continue
        own = f.own if hasattr(f, "own") else _own_index(path)  # (a taken block's light feat has none)
        for j in range(own - 1, start - 1, -1):  # the deepest ancestor with an alike sibling
            el = path[j]
            if el in alike:
                group = alike[el]
            else:
                parent = el.getparent()
                key = (el.tag, el.get("class"))
                group = alike[el] = (parent, *key) if parent is not None and _child_kinds(
                    parent, kinds)[key] >= 2 else None
            if group is not None:
                if n < first_taken:
                    groups.setdefault(group, set()).add(el)
                elif len(groups.get(group, ())) >= INNER_CARD_MIN:
                    groups[group].add(el)
                break
    members: dict[Any, list[Any]] = {}
    kept = [(key, els) for key, els in groups.items() if len(els) >= INNER_CARD_MIN]
    for (parent, tag, cls), els in kept:
        for el in els:
            members[el] = []
        for ch in parent:  # the group's alike boxes that hold no card: read too (_items_beside)
            if ch not in els and ch.tag == tag and ch.get("class") == cls:
                members.setdefault(ch, [])
    if not members:
        return set()
    for f in inside:
        for el in f.block.path:
            got = members.get(el)
            if got is not None:
                got.append(f)
                break
    out: set[int] = set()
    items: set[int] = set()  # cards of a group read as the article's items: kept, still counted below
    for (parent, tag, cls), els in kept:
        if sum(_prose_first(members[el]) for el in els) * 2 > len(els):
            continue  # most ones' prose comes before their link line: text with a linked caption, no teaser
        short = [el for el in els
                 if sum(f.nonlink for f in members[el] if f.value > 0 and not f.bad) <= CARD_MAX_PROSE]
        # some hold more prose than a teaser's blurb, or an alike box beside them holds an item of the
        # article: the article's items, a few with a linked name (a guide's picks, a course list)
        into = items if len(short) < len(els) or _items_beside(parent, tag, cls, els, members) else out
        for el in short:
            fs = members[el]
            if not any(f.block.kind == "heading" and NUMBERED_HEADING.match(f.block.text) for f in fs):
                into.update(id(f) for f in fs)
    if out:  # a list of cards that is most of the container is its content (a listicle, a gallery)
        in_cards = sum(f.nonlink for f in inside if f.value > 0 and (id(f) in out or id(f) in items))
        rest = sum(f.nonlink for f in inside if f.value > 0 and id(f) not in out and id(f) not in items)
        if in_cards > INNER_CARD_MAX_SHARE * rest:
            return set()
    return out


def _own_index(path: "tuple[Any, ...]") -> int:
    """Index in ``path`` of a block's own block-level element (its last one, else the path's end)."""
    for i in range(len(path) - 1, -1, -1):
        if path[i].tag in BLOCK_TAGS:
            return i
    return len(path) - 1


def _items_beside(parent: Any, tag: Any, cls: Any, els: set[Any], members: dict[Any, list[Any]]) -> bool:
    """True when an alike box beside a group of cards (same parent, tag and class) that is no card
    holds an item of the article: two blocks or more the body keeps, prose among them (a pull
    quote's is not: a news CMS sets its quotes in the same boxes as its teasers). Teasers
    beside the article are made alike one another, not alike its sections; a guide's picks or a
    course list set in alike boxes links some items' names and not others'."""
    for ch in parent:
        if ch in els or ch.tag != tag or ch.get("class") != cls:
            continue
        fs = [f for f in members.get(ch) or () if not f.bad]
        if len(fs) >= 2 and any(f.good and f.block.kind != "quote" for f in fs):
            return True  # a pull quote over its speaker's line is an embed set in the flow, no item
    return False


def _prose_first(fs: list[Any]) -> bool:
    """True when a card opens with a block of prose (``good``; lines too short to be worth anything
    before it aside): a teaser opens with its headline (or a kicker, a date above it), a box of text
    with a linked picture caption beside or under it does not."""
    for f in fs:
        if f.bad or f.value > 0:
            return f.good
    return False


def forms_inside(inside: list[Any], container: Any, entries: bool = False) -> set[int]:
    """Blocks inside a ``<form>`` below the container, or in the small box around one (the
    sign-up box's "Subscribe to receive new posts" next to its form), by feat id (a page
    wrapped whole in a form, as some frameworks do, keeps its article: only forms below the
    container count; and a page whose forms hold much of its prose keeps them: an error or
    log-in page). On a page of entries (``entries``: the container is one of them, its members the
    others) a form around the container is the page's for the members' blocks too: a thread's moderation
    form around all its posts."""
    out: set[int] = set()
    boxes, forms = _boxes_and_forms(container)
    around: set[Any] | None = None if entries else set()  # (the container's ancestors, read once when needed)
    for f in inside:
        path = f.block.path
        if not forms and container in path:
            continue  # no form below the container, so no box either: the walk up would find none
        for j in range(len(path) - 1, -1, -1):
            el = path[j]
            if el is container:
                break
            if around is None:
                around = set(container.iterancestors())
            if el in around:
                break  # another entry's block, beside the container: a form around both is the page's
            if el.tag == "form" or el in boxes:
                out.add(id(f))
                break
    if out:
        in_forms = sum(f.nonlink for f in inside if f.value > 0 and id(f) in out)
        rest = sum(f.nonlink for f in inside if f.value > 0 and id(f) not in out)
        if in_forms > FORM_MAX_SHARE * rest:
            return set()
    return out


def _form_boxes(container: Any) -> set[Any]:
    """The boxes around the forms below the container (see :func:`_boxes_and_forms`)."""
    return _boxes_and_forms(container)[0]


def _boxes_and_forms(container: Any) -> tuple[set[Any], bool]:
    """The boxes around the forms below the container, and whether there is a form (or a group
    of choices) below it at all (without one there is no box): each form's ancestors (below the
    container) while what they hold besides the form is at most ``FORM_BOX_TEXT`` characters
    (``SIGNUP_BOX_TEXT`` in at most ``SIGNUP_BOX_LINES`` text elements besides the form's for a form
    asking an e-mail address: a newsletter's sign-up under its heading and pitch).

    A group of choices without a ``<form>`` (a poll's radio buttons or check boxes, at least
    ``CHOICES_MIN`` enabled ones within ``CHOICES_LEVELS`` of each, holding at most
    ``CHOICES_MAX_TEXT`` characters) is a form too: its question is the message beside it.
    Linear in the container's size: each element's text length and choice count is read once
    (``_Measures``), and at most ``FORMS_MAX`` forms and ``CHOICE_INPUTS_MAX`` inputs are looked at
    (a page of thousands of check boxes is no poll to drop piece by piece).
    """
    boxes: set[Any] = set()
    forms: list[Any] = []
    measures = _Measures()
    inputs = 0
    for el in container.iter("form", "input"):
        if len(forms) >= FORMS_MAX:
            break
        if el.tag == "form":
            forms.append(el)
        elif inputs < CHOICE_INPUTS_MAX and el.get("type") in _CHOICE_TYPES and el.get("disabled") is None:
            inputs += 1  # (a task list's boxes are disabled)
            group = _choice_group(el, container, measures)
            if group is not None and group not in boxes:
                boxes.add(group)
                forms.append(group)
    for form in forms:
        own = measures.text(form)
        limit = SIGNUP_BOX_TEXT if _asks_email(form) else FORM_BOX_TEXT
        up = form.getparent()
        while up is not None and up is not container:
            extra = measures.text(up) - own
            if extra > limit or (extra > FORM_BOX_TEXT and _text_elements(up) - _text_elements(form) > SIGNUP_BOX_LINES):
                break
            boxes.add(up)
            up = up.getparent()
    return boxes, bool(forms)


_CHOICE_TYPES = frozenset(("radio", "checkbox"))


_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt")


def _text_elements(el: Any) -> int:
    """How many paragraphs, headings, list items and quotes ``el`` holds (itself too)."""
    return sum(1 for _ in el.iter(*_TEXT_TAGS))


def _asks_email(form: Any) -> bool:
    """Whether a form asks an e-mail address: an ``<input type="email">``, or a text input whose
    name says mail (``EMAIL``, ``email_address``): a newsletter's sign-up, whose box also holds its
    pitch (a heading and a line of what the letters bring) above the field."""
    if form.tag != "form":
        return False
    for inp in form.iter("input"):
        kind = (inp.get("type") or "text").lower()
        if kind == "email" or (kind == "text" and "mail" in (inp.get("name") or "").lower()):
            return True
    return False


class _Measures:
    """Text length and enabled choice count of elements, each read once per container."""

    __slots__ = ("_text", "_choices")

    def __init__(self) -> None:
        self._text: dict[Any, int] = {}
        self._choices: dict[Any, int] = {}

    def text(self, el: Any) -> int:
        got = self._text.get(el)
        if got is None:
            got = self._text[el] = nonspace_len("".join(el.itertext()))  # (markup's indentation is no text)
        return got

    def choices(self, el: Any) -> int:
        got = self._choices.get(el)
        if got is None:
            got = self._choices[el] = sum(1 for i in el.iter("input")
                                          if i.get("type") in _CHOICE_TYPES and i.get("disabled") is None)
        return got


def _choice_group(inp: Any, container: Any, measures: _Measures) -> Any:
    """The nearest ancestor of a choice input (below the container) holding ``CHOICES_MIN`` enabled
    choices and little text (``CHOICES_MAX_TEXT``), or None."""
    up = inp.getparent()
    for _ in range(CHOICES_LEVELS):
        if up is None or up is container:
            return None
        if measures.choices(up) >= CHOICES_MIN:
            return up if measures.text(up) <= CHOICES_MAX_TEXT else None
        up = up.getparent()
    return None


def form_of(path: tuple[Any, ...]) -> Any:
    """The innermost ``<form>`` on a block's path, or None."""
    for el in reversed(path):
        if el.tag == "form":
            return el
    return None


def in_form(path: tuple[Any, ...]) -> bool:
    """True inside a ``<form>`` (a sign-up box's messages are not the article's)."""
    return any(el.tag == "form" for el in path)


_ASIDE_CACHE: dict[str, int] = {}  # 1: an aside token, 2: an intro token


def aside_below(path: tuple[Any, ...], above: set[Any]) -> bool:
    """True when an element of ``path`` not in ``above`` (the ancestors a block shares with the
    container) is a picture, video or gallery, an author box, a reading tool (an audio
    player's prompt) or a contact box: a caption, a bio, a prompt or an address, not a lead paragraph. A class on the post's
    common wrapper (``format-image``, ``category-photo``, ``has-post-thumbnail``) says nothing of
    one block."""
    return aside_of(path, above) is not None


def aside_of(path: tuple[Any, ...], above: set[Any], known: "dict[Any, Any] | None" = None) -> Any:
    """The outermost such element of ``path`` (see :func:`aside_below`), or None (``known``: see
    :func:`class_and_id`). None too when an element below it names the block an intro (``INTRO_PARTS``:
    the ``summary`` or ``dek`` of a lead media block, ``<section class="media-item"><p class="dek">``)."""
    found = None
    for el in path:
        if el in above:
            continue
        cls, ident = class_and_id(el, known)
        if not cls and not ident:
            continue
        key = f"{cls or ''} {ident or ''}".lower()
        got = _ASIDE_CACHE.get(key)
        if got is None:
            got = 1 if any(_aside_token(tok) for tok in key.split() if not state_flag(tok)) else 0
            if any(_intro_token(tok) for tok in key.split()):
                got |= 2
            if len(_ASIDE_CACHE) >= CACHE_MAX:
                _ASIDE_CACHE.clear()
            _ASIDE_CACHE[key] = got
        if found is not None and got & 2:
            return None  # (an intro inside the box: the standfirst of a lead media block)
        if found is None and got & 1:
            found = el
    return found


def _intro_token(tok: str) -> bool:
    """True for a class/id token naming the article's intro (``INTRO_PARTS``: ``summary``, ``dek``)."""
    return any(p in INTRO_PARTS for p in token_parts(tok))


def _aside_token(tok: str) -> bool:
    """True for a class/id token of a picture, an author box, a reading tool or a contact box, not of an intro."""
    parts = token_parts(tok)
    if not any(p in _ASIDE_PARTS for p in parts):
        return False
    return not any(p in INTRO_PARTS for p in parts) or any(p in AUTHOR_BOX_PARTS for p in parts)


def pagers_inside(inside: list[Any]) -> set[int]:
    """Blocks of a slideshow's pager inside the container, by feat id.

    A gallery left in the body shows its controls as lines of their own: runs
    of at least ``PAGER_RUN`` short lines without a letter (``<<``, ``<``,
    ``1``, ``2`` … ``>``), or of one short line repeated (each slide's title).
    No prose is written that way; a recipe's repeated line is not in a run.
    """
    out: set[int] = set()
    run: list[Any] = []
    kind = ""

    def close() -> None:
        if len(run) >= PAGER_RUN:
            out.update(id(g) for g in run)

    for f in inside:
        b = f.block
        text = b.text.strip() if f.short else ""
        if not text or b.kind not in ("paragraph", "list_item"):
            if run:
                close()
                run, kind = [], ""
            continue
        this = "mark" if not any(ch.isalpha() for ch in text) else text
        if run and this == kind:
            run.append(f)
            continue
        close()
        run, kind = [f], this
    close()
    return out


def author_box_at_end(inside: list[Any], verdicts: list[bool], container: Any,
                      known: "dict[Any, Any] | None" = None) -> set[int]:
    """The blocks of an author box that closes the container (ids of their feats).

    The kept blocks at the container's end that sit in an element below it
    whose class or id names an author box (``author-container``,
    ``author-bio``: ``AUTHOR_BOX_PARTS``): the author's role and a line about
    them, after the article's last paragraph. At most ``AUTHOR_BOX_MAX``
    characters, after ``AUTHOR_BOX_MIN_BODY`` prose paragraphs outside any
    such box; a box in the middle of the body is not looked at (``known``: see
    :func:`class_and_id`).
    """
    run: list[Any] = []
    size = 0.0
    kept = [f for f, k in zip(inside, verdicts) if k]
    for f in reversed(kept):
        if not _in_author_box(f.block.path, container, known):
            break
        run.append(f)
        size += f.weight
        if size > AUTHOR_BOX_MAX:
            return set()
    if not run:
        return set()
    body = sum(1 for f in kept[:len(kept) - len(run)] if f.good and f.block.kind == "paragraph")
    return {id(f) for f in run} if body >= AUTHOR_BOX_MIN_BODY else set()


def author_box_at_start(inside: list[Any], verdicts: list[bool], container: Any,
                        known: "dict[Any, Any] | None" = None) -> set[int]:
    """The blocks of an author box that opens the container, above the body (ids of their feats).

    The kept blocks before the article's first prose paragraph outside an author
    box that sit in an element below the container whose class or id names one
    (``AUTHOR_BOX_PARTS``: ``author``, ``bio``): a front matter's author card with
    its bio. One run of them, at most ``AUTHOR_BOX_MAX`` characters, with
    ``AUTHOR_BOX_MIN_BODY`` prose paragraphs outside any such box after it.
    """
    run: list[Any] = []
    size = 0.0
    kept = [f for f, k in zip(inside, verdicts) if k]
    start = len(kept)
    for n, f in enumerate(kept):
        if _in_author_box(f.block.path, container, known):
            if (run and run[-1] is not kept[n - 1]) or f.block.kind == "heading":
                return set()  # a second box, or a headline in a meta box: no front matter's card
            run.append(f)
            size += f.weight
            if size > AUTHOR_BOX_MAX:
                return set()
        elif f.good and f.block.kind == "paragraph":
            start = n
            break
    if not run:
        return set()
    body = sum(1 for f in kept[start:] if f.good and f.block.kind == "paragraph"
               and not _in_author_box(f.block.path, container, known))
    return {id(f) for f in run} if body >= AUTHOR_BOX_MIN_BODY else set()


def _in_author_box(path: tuple[Any, ...], container: Any, known: "dict[Any, Any] | None" = None) -> bool:
    """True when an element of ``path`` below ``container`` has a class/id token naming an author box.

    An inline element so named that swallows the story (:func:`_swallows_prose`) is no author box.
    """
    try:
        below = path[path.index(container) + 1:]
    except ValueError:
        return False
    while below:
        el = named_on_path(below, AUTHOR_BOX_PARTS, known)
        if el is None:
            return False
        if not _swallows_prose(el):
            return True
        below = below[below.index(el) + 1:]
    return False


def _swallows_prose(el: Any) -> bool:
    """True when ``el`` is an inline element (``INLINE_BOX_TAGS``) holding more than one paragraph or
    more than ``AUTHOR_BOX_MAX`` characters: body text an unclosed inline wraps, no name or bio."""
    if not isinstance(el.tag, str) or el.tag.lower() not in INLINE_BOX_TAGS:
        return False
    if sum(1 for _ in islice(el.iter("p"), 2)) > 1:
        return True
    size = 0
    for piece in el.itertext():
        size += len(" ".join(piece.split())) + 1  # (characters, runs of white space read as one)
        if size > AUTHOR_BOX_MAX:
            return True
    return False


_NAMED_CACHE: dict[tuple[Any, Any, frozenset[str]], bool] = {}


def class_and_id(el: Any, known: "dict[Any, Any] | None") -> tuple[Any, Any]:
    """An element's class and id: as the locator's candidate of it read them (``known``: the
    candidates by element, see ``choice.choose_container``), or read now."""
    c = known.get(el) if known else None
    return (c.cls, c.ident) if c is not None else (el.get("class"), el.get("id"))


def named_on_path(path: Any, parts: frozenset[str], known: "dict[Any, Any] | None" = None) -> Any:
    """The first element of ``path`` with a class/id token that has one of ``parts`` (split on
    ``-``, ``_``, ``:``; state flags aside), or None (``known``: see :func:`class_and_id`)."""
    for el in path:
        cls, ident = class_and_id(el, known)
        if not cls and not ident:
            continue
        key = (cls, ident, parts)
        got = _NAMED_CACHE.get(key)
        if got is None:
            got = any(p in parts for tok in f"{cls or ''} {ident or ''}".lower().split() if not state_flag(tok)
                      for p in token_parts(tok))
            if len(_NAMED_CACHE) >= CACHE_MAX:
                _NAMED_CACHE.clear()
            _NAMED_CACHE[key] = got
        if got:
            return el
    return None


def footnotes_after(blocks: list[Any], inside: list[Any], verdicts: list[bool], outside: list[Any],
                    signals: dict[Any, Any], known: "dict[Any, Any] | None" = None) -> set[int]:
    """The article's notes right after its container (ids of their feats).

    A post's footnotes are often set after the element that holds its text
    (``<div class="post__footnotes">`` beside the ``<article>``): blocks in an
    element whose class names footnotes (``FOOTNOTE_PARTS``), from the first
    block after the article's last kept one, stepping over blocks earlier
    steps dropped, up to the first block that is no note. None in a chrome
    signal, none link-dense unless in a list or a bare web address (a note that is its source's
    address) (``known``: see :func:`class_and_id`).
    """
    kept = [f.index for f, k in zip(inside, verdicts) if k]
    if not kept or not outside:
        return set()
    by_index = {f.index: f for f in outside}
    out: set[int] = set()
    for i in range(kept[-1] + 1, len(blocks)):
        f = by_index.get(i)
        if f is None:
            if blocks[i].dropped is None:
                break  # a block of the container (kept or not): the article goes on
            continue  # dropped by an earlier step (a share bar): stepped over
        path = f.block.path
        if named_on_path(path, FOOTNOTE_PARTS, known) is None or (signals and signal_on_path(path, signals) is not None) \
                or (f.bad and f.block.kind != "list_item" and not _bare_address(f.block.text)):
            break  # (a note that is its source's bare address, "https://example.com/a.html", is a note)
        out.add(id(f))
    return out


#: Marks that end a question (ASCII, full-width, Arabic).
QUESTION_MARKS = ("?", "\uff1f", "\u061f")
#: Questions answered under the body, at least this many, are its questions and answers (an FAQ) ...
FAQ_MIN_QUESTIONS = 3
#: ... met at most this many steps (a sign-up box, a call to act, a short line) after its last kept block.
FAQ_MAX_GAP = 4
#: An answer holds this many characters at least (a sentence, no bare "Yes").
FAQ_ANSWER_MIN_CHARS = 40


def faq_after(blocks: list[Any], inside: list[Any], verdicts: list[bool], outside: list[Any],
              signals: dict[Any, Any]) -> set[int]:
    """The article's questions and answers (an FAQ) set after its container (ids of their feats).

    A blog post or a guide often closes with an FAQ section the page builder sets in an element of its
    own, after the body's and after a box between them (a sign-up form, a call to act): from the first
    block after the article's last kept one, past at most ``FAQ_MAX_GAP`` steps (blocks earlier steps
    dropped, the container's lines it dropped, short or link-dense lines, headings asking nothing), a
    run of headings (or lines of one sentence, an accordion's toggles: :func:`_question`) each asking a
    question (ending in ``QUESTION_MARKS``) over its answer (unlinked
    prose, ``FAQ_ANSWER_MIN_CHARS`` at least in its first block), ``FAQ_MIN_QUESTIONS`` or more, with the
    short heading right above the first question (its label: "FAQ"). The run ends at the first block that
    is neither. None in a chrome signal, a form, or a box whose class names chrome (comments asking
    questions are no headings).
    """
    kept = [f.index for f, k in zip(inside, verdicts) if k]
    if not kept or not outside:
        return set()
    by_index = {f.index: f for f in outside}
    gap, label, run, questions = 0, None, [], 0
    answered, was_dropped = True, False
    for i in range(kept[-1] + 1, len(blocks)):
        f = by_index.get(i)
        ok = f is not None and not f.bad and f.neg_at < 0 and not in_form(f.block.path) \
            and not (signals and signal_on_path(f.block.path, signals) is not None)
        asks = ok and _question(f)
        if asks:
            if not answered:
                break  # (a question over no answer: no FAQ's)
            run.append(f)
            questions += 1
            answered = False
        elif run:
            if not ok or f.block.kind == "heading" or (not answered and f.block.chars < FAQ_ANSWER_MIN_CHARS):
                break
            run.append(f)
            answered = True
        else:
            label = f if ok and f.block.kind == "heading" and f.short else None
            dropped = f is None and blocks[i].dropped is not None
            gap += 0 if dropped and was_dropped else 1  # (the lines an earlier step dropped together: one step)
            was_dropped = dropped
            if gap > FAQ_MAX_GAP or (ok and not f.short and f.block.kind != "heading"):
                return set()  # (other prose after the body: an about-us box, an author's bio)
    if not answered:
        run.pop()
        questions -= 1
    if questions < FAQ_MIN_QUESTIONS:
        return set()
    return {id(f) for f in ([label] if label is not None else []) + run}


#: A question set as a line of its own (an accordion's toggle) is at most this long ...
QUESTION_LINE_MAX = 150
#: ... and one sentence: none of these marks before its end.
_SENTENCE_MARKS = re.compile(r"[.!?\uff1f\u061f\u3002](?=\s)")


def _question(f: Any) -> bool:
    """True for a heading asking a question (ending in ``QUESTION_MARKS``), or a line of one sentence asking
    one, at most ``QUESTION_LINE_MAX`` long (an accordion's toggle, whatever element the page sets it in)."""
    text = f.block.text.rstrip()
    if not text.endswith(QUESTION_MARKS):
        return False
    return f.block.kind == "heading" or (f.block.kind == "paragraph" and len(text) <= QUESTION_LINE_MAX
                                         and _SENTENCE_MARKS.search(text[:-1]) is None)


def _bare_address(text: str) -> bool:
    """One web address and nothing else ("https://example.com/a.html", "www.example.com/a")."""
    text = text.strip()
    return " " not in text and (text.lower().startswith(("http://", "https://", "www.")))


def chrome_inside(inside: list[Any], signals: dict[Any, Any], container: Any,
                   lead: Any) -> dict[int, Any]:
    """Blocks of the container that sit in a chrome signal holding little of its prose, by id.

    Weak evidence never counts here, nor a signal around the container or
    around the paragraph under the title.
    """
    if not signals:
        return {}
    lead_path = set(lead.block.path) if lead is not None else set()
    total = sum(f.nonlink for f in inside if f.value > 0) or 1.0
    per_sig: dict[Any, list[Any]] = {}
    for f in inside:
        path = f.block.path
        try:
            start = path.index(container) + 1
        except ValueError:
            start = 0
        for el in path[start:]:
            sig = signals.get(el)
            if sig is not None and sig.weight < 1.0 and sig.strength != "weak" and el not in lead_path:
                per_sig.setdefault(sig, []).append(f)
                break
    out: dict[int, Any] = {}
    for sig, fs in per_sig.items():
        prose = sum(f.nonlink for f in fs if f.value > 0)
        if prose < SIGNAL_INSIDE_SHARE * total:
            for f in fs:
                out[id(f)] = sig
    return out


#: A link into the page itself: a fragment naming a place (not ``#``, nor a script route ``#!/…``, ``#/…``).
_ANCHOR = re.compile(r"#[^\s!/#]")


def anchor_only(block: Any) -> bool:
    """True when every link of a heading block points into the page itself (``href="#install"``): the
    links inside it, and the one around it (an accordion's toggle, ``<a href="#collapse-2"><h4>…</h4></a>``)."""
    el = next((e for e in reversed(block.path) if isinstance(e.tag, str) and e.tag in BLOCK_TAGS), None)
    if el is None:
        return False
    hrefs = [(a.get("href") or "").strip() for a in el.iter("a")]
    around = next((e for e in reversed(block.path) if e.tag == "a" and e.get("href") is not None), None)
    if around is not None:
        hrefs.append(around.get("href").strip())
    return bool(hrefs) and all(_ANCHOR.match(h) is not None for h in hrefs)


def opening_sentences(feats: list[Any], state: list[str], first: int, most: int) -> int:
    """Index of the article's first block, taking in short opening sentences before the first good one.

    A post may open on a short line ("Hi everyone!", "It was cold."): a ``<p>``
    sibling of the first good paragraph, right before it (or before the kept
    lines between them), that is one sentence (see :func:`closing_sentences`).
    At most ``most`` of them. When the first good block is no paragraph (a
    section heading), the kept paragraphs right before it stand for it: their
    short opening line is looked for the same way.
    """
    start = first
    f0 = feats[first]
    if f0.block.kind != "paragraph":
        j = first - 1  # (the run of kept paragraphs right before a first heading: the article's opening)
        while j >= 0 and state[j] == "near" and feats[j].block.kind == "paragraph":
            j -= 1
        if j == first - 1:
            return first
        start = j + 1
        f0 = feats[start]
    if f0.own < 1:
        return first
    parent = f0.block.path[f0.own - 1]
    for j in range(start - 1, max(-1, start - 1 - most), -1):
        if state[j] == "near" and feats[j].block.kind == "paragraph":
            continue  # kept anyway (a longer line): look past it
        if not _one_sentence(feats[j], state[j], parent, f0.block.path[f0.own]):
            break
        start = j
    return start


def _one_sentence(g: Any, state: str, parent: Any, own: Any = None) -> bool:
    """A short ``<p>`` child of ``parent`` that is one sentence: a capital or non-Latin start (read
    past an ASCII quotation mark, ``_ASCII_QUOTES``), a sentence mark at its end (not an ellipsis: a
    label trailing off), no link. A line of ``own`` (the good paragraph's own element) is one too: the
    body set as ``<br>``-broken lines in one element (an old blog post's body), its line the author's."""
    b = g.block
    text = _TRAILING_SYMBOLS.sub("", b.text).strip()  # "Hi everyone! 👋": an emoji after the mark
    opening = text.lstrip(_ASCII_QUOTES)  # ('"It is over," he said.': the quoted sentence's capital)
    return not (state != "short" or b.kind != "paragraph" or b.link_density > 0 or g.own < 1
                or not ((b.path[g.own].tag == "p" and b.path[g.own - 1] is parent)
                        or (own is not None and b.path[g.own] is own)) or not opening
                or not (opening[0].isupper() or not opening[0].isascii()) or SENTENCE_END.search(text[-2:]) is None
                or text.endswith(("..", "\u2026")))


#: ASCII quotation marks a short sentence may open with: its capital is read after them.
_ASCII_QUOTES = "\"'"


def closing_sentences(feats: list[Any], state: list[str], last: int, most: int) -> int:
    """Index of the article's last block, taking in short closing sentences after the last good one.

    A long-form piece may end on a short line ("Then the light went out."):
    a ``<p>`` sibling of the last good paragraph, right after it, that is one
    sentence (capital or non-Latin start, a sentence mark at the end, not an
    ellipsis) and no link. At most ``most`` of them; a kept paragraph between
    them (``near``: a longer line) is looked past within that reach, as
    :func:`opening_sentences` does; anything else stops the look.
    When the last good block is no paragraph (a code listing, a list), the kept
    paragraphs right after it stand for it, as in :func:`opening_sentences`; with
    none, the body's ``<p>`` right before it (past the listing's lines, the list's
    items) gives the parent a closing line must share ("That is all for this post."
    after a last listing, "Happy hacking!" after a last list).
    """
    end = last
    f0 = feats[last]
    if f0.block.kind != "paragraph":
        j = last + 1  # (the run of kept paragraphs right after a last listing: the article's close)
        while j < len(feats) and state[j] == "near" and feats[j].block.kind == "paragraph":
            j += 1
        if j == last + 1:
            # none: the body's own paragraphs before the listing give the parent its closing line shares
            # ("Here is the code:", the listing, "That is all for this post.")
            f0 = _flow_paragraph_before(feats, state, last)
            if f0 is None:
                return last
        else:
            end = j - 1
            f0 = feats[end]
    if f0.own < 1:
        return last
    parent = f0.block.path[f0.own - 1]
    for j in range(end + 1, min(len(feats), end + 1 + most)):
        if state[j] == "near" and feats[j].block.kind == "paragraph":
            continue  # kept anyway (a longer line): look past it, as the opening's look does
        if not _one_sentence(feats[j], state[j], parent, f0.block.path[f0.own]):  # ("You may also like...")
            break
        end = j
    return end


def _flow_paragraph_before(feats: list[Any], state: list[str], last: int) -> Any:
    """The ``<p>`` of the article nearest before ``last`` (a listing, a list, a table: no paragraph),
    none ``bad`` between them, past the listing's other lines (a list's other items) and at most
    ``FLOW_LOOK_BACK`` other blocks (a caption, a heading); else None."""
    others = 0
    for j in range(last - 1, -1, -1):
        if state[j] == "bad":
            return None
        if _paragraph_parent(feats[j]) is not None:
            return feats[j]
        if feats[j].block.kind not in _LISTING_KINDS:
            others += 1
            if others > FLOW_LOOK_BACK:
                return None
    return None


#: Blocks other than a listing's lines or a list's items looked back over for the body's paragraph
#: before a last listing or list.
FLOW_LOOK_BACK = 2
_LISTING_KINDS = frozenset(("code", "list_item"))


#: Marks that end a paragraph announcing what follows it ("The tools we compared:"): ASCII, full-width,
#: the small form and the Ethiopic colon.
ANNOUNCING_MARKS = (":", "\uff1a", "\ufe55", "\u1365")
#: The list elements whose items an announcing paragraph may introduce.
_ANNOUNCED_LIST_TAGS = frozenset(("ul", "ol"))
#: A short announcing paragraph has this many characters at least (not a bare label: "See also:").
ANNOUNCING_MIN_CHARS = 20
#: Levels above a list item's own element looked at for its list.
LIST_ITEM_LEVELS = 3
#: A table of contents (a list whose links all lead to anchors on the page) may be announced by a
#: short sentence of this many words at least ("Great, let's do this:"; not a label: "Jump to:", "Contents:").
TOC_ANNOUNCING_MIN_WORDS = 4


def announced_lists(feats: list[Any], state: list[str], pointer: Any) -> None:
    """A list of links that is the article's own: its items' verdict ``bad`` becomes ``near``.

    A list (``<ul>``/``<ol>``) right after a paragraph of the body's flow (good or near, or short
    with at least ``ANNOUNCING_MIN_CHARS``) that ends with a colon (``ANNOUNCING_MARKS``), with good
    prose of the article further down, is the article's own list whatever share of it is linked (the
    resources a guide names, the patches a report lists, the tools a review compares): the paragraph
    announces it ("Many patches were sent for review:"), and the prose after it shows the body goes
    on. A related-links box has no paragraph of the body announcing it, or closes the body; a bare
    label ("See also:") is too short, and a line opening with a label that points to other stories
    (``pointer``: "More on this in our weekly check:") announces their headlines. The list's nested items go with it. (A list of links merely
    set between two paragraphs stays out: a news site's inline "more on this" list of headlines is
    one too.)
    """
    n = len(feats)
    last_good = -1
    for k in range(n - 1, -1, -1):
        if state[k] == "good" and feats[k].block.kind != "heading":
            last_good = k
            break
    i = 1
    while i < last_good:
        f = feats[i]
        prev = feats[i - 1].block
        if f.block.kind != "list_item" or f.own < 1 or state[i - 1] not in ("good", "near", "short") \
                or not prev.text.rstrip().endswith(ANNOUNCING_MARKS) or pointer(prev.text):
            i += 1
            continue
        depth = _list_depth(f.block.path, f.own)
        if depth < 0 or not _announces(prev, state[i - 1], f.block.path[depth]):
            i += 1
            continue
        j = _list_end(feats, i, depth)
        if j <= last_good:
            _readmit_bad(state, i, j)
        i = j


#: Lists of links that each close a section of the body (a kept block of the section before the list, the
#: next section's kept heading right after it), alike (their list element's tag and class) and at least
#: this many, are the article's own: a buying guide's shop links under each product, a course roundup's
#: courses under each provider. A news page's inline list of other headlines stands once, not in section
#: after section.
SECTION_LISTS_MIN = 3


def sectioned_lists(feats: list[Any], state: list[str], pointer: Any, site: Site = None) -> None:
    """Lists of links that close section after section of the body: their items' verdict ``bad`` becomes ``near``.

    A list (``<ul>``/``<ol>``) holding an item judged ``bad`` (a link list) that follows a block the body
    keeps (good, near or short; not a label pointing to other stories, ``pointer``: "Read more:") and is
    followed right away by a heading the body keeps, with good prose further down, closes a section of
    the article. ``SECTION_LISTS_MIN`` or more such lists, alike (the list element's tag and class), whose
    links mostly leave the page's site (``site``; its own brand under another suffix is no other site:
    ``example.com`` and ``example.co.uk``), are the article's form (the shops under each product of a buying
    guide, the courses under each provider of a roundup): each is kept. A related-stories list closes the
    body, stands once between its paragraphs, or leads to the site's own stories (an explainer's other
    headlines under each section); a page's last list is no section's; with no site known, none is kept.
    """
    n = len(feats)
    last_good = -1
    for k in range(n - 1, -1, -1):
        if state[k] == "good" and feats[k].block.kind != "heading":
            last_good = k
            break
    closing: dict[tuple[Any, Any], list[tuple[int, int, Any]]] = {}  # lists closing a section, by their look
    for i, j, depth in _lists(feats, any_kind=True):
        if i < 1 or j >= last_good or not any(state[k] == "bad" for k in range(i, j)):
            continue
        prev, nxt = feats[i - 1].block, feats[j].block
        if state[i - 1] not in ("good", "near", "short") or pointer(prev.text) \
                or nxt.kind != "heading" or state[j] not in ("good", "near", "short") \
                or _card_items(feats, i, j, depth):
            continue
        lst = feats[i].block.path[depth]
        closing.setdefault((lst.tag, lst.get("class")), []).append((i, j, lst))
    home = None
    for key, spans in closing.items():
        if len(spans) < SECTION_LISTS_MIN:
            continue
        if home is None:
            home = site_of(site) if site is not None else None  # (read only for a page holding such lists)
            if home is None:
                return
        away = [(i, j) for i, j, lst in spans if _leaves_mostly(lst, home, brand=True)]
        if len(away) >= SECTION_LISTS_MIN:
            for i, j in away:
                _readmit_bad(state, i, j)


def _card_items(feats: list[Any], i: int, j: int, depth: int) -> bool:
    """An item of the list ``feats[i:j]`` (its list element at ``depth``) holds several blocks, one of them no list
    item: a card's headline over its blurb, not a list of links (an item's nested list is its own items)."""
    items = [p[depth + 1] if len(p) > depth + 1 else None for p in (feats[k].block.path for k in range(i, j))]
    seen = Counter(items)
    return any(seen[el] > 1 and feats[k].block.kind != "list_item" for k, el in zip(range(i, j), items))


def _announces(prev: Any, verdict: str, lst: Any) -> bool:
    """True when ``prev`` (a block ending in a colon, its verdict ``verdict``) announces the list ``lst``.

    A paragraph of the body's flow does (a short one of ``ANNOUNCING_MIN_CHARS`` at least). A table of
    contents (every link of the list leads to an anchor on the page, :func:`in_page_list`) is announced
    by a heading of that length too ("These are the trends we cover this year:"), or by a short paragraph
    of ``TOC_ANNOUNCING_MIN_WORDS`` words ("Great, let's do this:"); a label ("Contents:") announces none.
    """
    long_enough = prev.chars >= ANNOUNCING_MIN_CHARS
    if prev.kind == "paragraph" and (verdict != "short" or long_enough):
        return True
    if prev.kind not in ("paragraph", "heading") or not in_page_list(lst):
        return False
    return long_enough or (prev.kind == "paragraph" and len(prev.text.split()) >= TOC_ANNOUNCING_MIN_WORDS)


def in_page_list(lst: Any) -> bool:
    """True for a list element whose links (one at least) all lead to an anchor on the same page
    (``href="#section-2"``, as ``_ANCHOR`` reads one): a table of contents, which points to no other story."""
    hrefs = [a.get("href").strip() for a in lst.iter("a") if a.get("href") is not None]
    return bool(hrefs) and all(_ANCHOR.match(h) is not None for h in hrefs)


def _list_depth(path: list[Any], own: int) -> int:
    """The depth of the list element (``<ul>``/``<ol>``) holding a list item's own element: the
    nearest one above it on its path, at most ``LIST_ITEM_LEVELS`` levels up (an item's ``<li><p>``);
    -1 for none."""
    for d in range(own - 1, max(own - 1 - LIST_ITEM_LEVELS, -1), -1):
        if path[d].tag in _ANNOUNCED_LIST_TAGS:
            return d
    return -1


def _list_end(feats: list[Any], i: int, depth: int, any_kind: bool = False) -> int:
    """The end of the list ``feats[i]`` opens (its list element at ``depth`` on its path): ``feats[i:j]``
    are the list's items, its nested ones with them (with ``any_kind``, its blocks of any kind: an item set
    as a heading, ``<li><h3><a>``)."""
    top = feats[i].block.path[depth]
    j = i
    while j < len(feats) and (any_kind or feats[j].block.kind == "list_item") and len(feats[j].block.path) > depth \
            and feats[j].block.path[depth] is top:
        j += 1
    return j


def _lists(feats: list[Any], any_kind: bool = False) -> Iterator[tuple[int, int, int]]:
    """Each list of the blocks in turn, as ``(i, j, depth)``: ``feats[i:j]`` are its items (its nested ones
    with them, see :func:`_list_end`; with ``any_kind``, its blocks of any kind), its list element at
    ``depth`` on their paths."""
    n = len(feats)
    i = 0
    while i < n:
        f = feats[i]
        depth = _list_depth(f.block.path, f.own) if (any_kind or f.block.kind == "list_item") and f.own >= 1 else -1
        if depth < 0:
            i += 1
            continue
        j = _list_end(feats, i, depth, any_kind)
        yield i, j, depth
        i = j


def _readmit_bad(state: list[str], i: int, j: int) -> None:
    """The verdict ``bad`` of ``feats[i:j]`` (a list the body keeps) becomes ``near``."""
    for k in range(i, j):
        if state[k] == "bad":
            state[k] = "near"


def linked_sentences(feats: list[Any], state: list[str]) -> None:
    """Sentences rich in inline links inside the body's flow: their verdict ``bad`` becomes ``near``.

    A news paragraph may link most of its one sentence ("It also <a>co-ordinates military
    plans</a>."), too link-dense for prose by the block rules. A run of at most
    ``LINKED_SENTENCES_RUN`` such paragraphs is the article's when they are ``<p>`` siblings of
    the good paragraphs right before and after the run (or in wrappers alike theirs; a good
    heading may stand on one side: a section's first or last sentence), and each reads as sentences (a capital
    or non-Latin start, a sentence mark at its end, not an ellipsis) and is not all link (at
    most ``LINKED_SENTENCE_MAX_DENSITY`` of it): a teaser's headline ("Read more: <a>…</a>") is
    a label and a link, without a full stop. So is such a run that opens the article, right before
    its first good paragraph (a heading or a picture above it, no paragraph), and one that closes it,
    right after its last good paragraph (or after the quotation the body ends on, good quote blocks right
    after that paragraph), each sentence with ``LINKED_CLOSING_LINKS`` links or more and
    a word of its own for each (a pointer to one page, an embed's credit of names go).
    """
    n = len(feats)
    i = 1
    while i < n - 1:
        if state[i] != "bad" or state[i - 1] != "good":
            i += 1
            continue
        j = i
        while j < n and state[j] == "bad":
            j += 1  # feats[i:j]: the run of link-dense blocks
        if j < n and state[j] == "good" and j - i <= LINKED_SENTENCES_RUN:
            before, after = feats[i - 1], feats[j]
            parent = _paragraph_parent(before)
            if parent is None and before.block.kind == "heading":
                parent = _paragraph_parent(after)  # (a section's first sentence, under its heading)
            elif parent is not None and after.block.kind == "heading":
                after = before  # (a section's last sentence, above the next heading)
            if parent is not None and _alike(_paragraph_parent(after), parent) \
                    and all(_linked_sentence(feats[k], parent) for k in range(i, j)):
                for k in range(i, j):
                    state[k] = "near"
        i = j + 1
    # the article's opening sentences, richly linked, right before its first good paragraph (above them
    # a heading, a picture, no paragraph to stand on the other side): the same test against its parent
    g = next((k for k, s in enumerate(state) if s == "good" and feats[k].block.kind == "paragraph"), 0)
    i = g
    while i > 0 and state[i - 1] == "bad" and g - i < LINKED_SENTENCES_RUN:
        i -= 1
    if i < g and (i == 0 or state[i - 1] != "bad"):
        parent = _paragraph_parent(feats[g])
        if parent is not None and all(_linked_sentence(feats[k], parent) for k in range(i, g)):
            for k in range(i, g):
                state[k] = "near"
    # ... and its closing sentences, richly linked, right after its last good paragraph (below them the
    # container ends or goes on with no link-dense block: "Thanks to <a>A</a>, <a>B</a> and <a>C</a> for …"),
    # each with ``LINKED_CLOSING_LINKS`` links at least and a word outside them for each: a line pointing to one or
    # two pages after a body ("For more information, see <a>our review</a>.", "E-mail <a>the writer</a>.") or an
    # embed's credit, names joined by a word or two ("<a>Song</a> from <a>Ann</a> on <a>Radio</a>."), is none
    # (a quotation the body closes on, good blocks of its own right after its last paragraph, is of the flow:
    # the sentence after it is read against that paragraph's parent)
    g = next((k for k in range(n - 1, -1, -1) if state[k] == "good" and feats[k].block.kind == "paragraph"), n - 1)
    e = g
    while e + 1 < n and state[e + 1] == "good" and feats[e + 1].block.kind == "quote":
        e += 1
    j = e + 1
    while j < n and state[j] == "bad" and j - e <= LINKED_SENTENCES_RUN:
        j += 1
    if e + 1 < j and (j == n or state[j] != "bad"):
        parent = _paragraph_parent(feats[g])
        if parent is not None and all(_linked_sentence(feats[k], parent) and _words_between_links(feats[k])
                                      for k in range(e + 1, j)):
            for k in range(e + 1, j):
                state[k] = "near"


def _words_between_links(f: Any) -> bool:
    """A block's own element holds ``LINKED_CLOSING_LINKS`` links (``<a href>``) or more, and outside them
    ``LINKED_CLOSING_WORD`` weighted characters (a CJK character counts three) a link at least: a word of
    its own for each (see :func:`linked_sentences`)."""
    if f.own < 0:
        return False
    links = sum(1 for a in f.block.path[f.own].iter("a") if a.get("href") is not None)
    return links >= LINKED_CLOSING_LINKS and f.nonlink >= LINKED_CLOSING_WORD * links


def _paragraph_parent(f: Any) -> Any:
    """The parent element of a ``<p>`` block, or None for any other block."""
    b = f.block
    return b.path[f.own - 1] if b.kind == "paragraph" and f.own >= 1 and b.path[f.own].tag == "p" else None


def _alike(el: Any, parent: Any) -> bool:
    """``el`` is ``parent``, or an element of its tag and class (a body that wraps each
    paragraph in an element of its own)."""
    return el is parent or (el is not None and el.tag == parent.tag and el.get("class") == parent.get("class"))


def _linked_sentence(f: Any, parent: Any) -> bool:
    """A ``<p>`` child of ``parent`` (or of an element alike it) in sentences, not all link (see :func:`linked_sentences`)."""
    b = f.block
    if not _alike(_paragraph_parent(f), parent) or b.link_density > LINKED_SENTENCE_MAX_DENSITY:
        return False
    text = _TRAILING_SYMBOLS.sub("", b.text).strip()
    return bool(text) and (text[0].isupper() or not text[0].isascii()) \
        and SENTENCE_END.search(text[-2:]) is not None and not text.endswith(("..", "\u2026"))


#: A link roundup's list (a post whose body lists links, each with the author's comment): at least this
#: many items ...
COMMENTED_LIST_MIN = 3
#: ... of which at least this share close the author's sentence outside their link: "<a>Title</a> – Worth
#: a read.", "The causes of <a>the debt</a>.", "<a>Title</a>." (a headline list's source or date beside
#: each link closes no sentence)
COMMENTED_LIST_SHARE = 0.5
#: The post's own paragraph the list sits beside (its previous or next sibling): a <p> of at least this
#: many characters ending with a sentence mark
COMMENTED_LEAD_MIN = 20
_FULL_STOPS = (".", "\u3002", "\uff0e", "!", "?", "\uff01", "\uff1f")


def commented_lists(feats: list[Any], state: list[str], pointer: Any) -> None:
    """A link roundup's list, the article's own: its items' verdict ``bad`` becomes ``near``.

    A list (``<ul>``/``<ol>``) of ``COMMENTED_LIST_MIN`` items or more that sits in one box with a
    paragraph of the post (the list's previous or next sibling is a ``<p>`` of prose, not a link list),
    under no heading (its previous sibling is no heading) and announced by no label pointing to other
    stories (``pointer``), whose items mostly close the author's sentence outside their link
    (``COMMENTED_LIST_SHARE``: "<a>Title</a> – Worth a read.", "<a>Title</a>."), is the
    post's list of links: a roundup's. A related-stories list has a heading, and its items are their
    headline links alone (a date or a thumbnail beside them, no words of the author's).
    """
    by_el = {}
    for k, f in enumerate(feats):
        if f.own >= 0:
            by_el[f.block.path[f.own]] = k
    for i, j, depth in _lists(feats):
        if any(state[k] == "bad" for k in range(i, j)) and _commented(feats, i, j, depth) \
                and _beside_lead(feats[i].block.path[depth], feats, state, by_el, pointer):
            _readmit_bad(state, i, j)


def _commented(feats: list[Any], i: int, j: int, depth: int) -> bool:
    """The list's own items (``feats[i:j]``, by their element right under the list's) are a roundup's
    (see :func:`commented_items`)."""
    items: list[Any] = []
    for k in range(i, j):
        el = feats[k].block.path[depth + 1]
        if not items or items[-1] is not el:
            items.append(el)
    return commented_items(items)


def roundup_list(el: Any) -> bool:
    """``el`` is a list (``<ul>``/``<ol>``) whose items are a link roundup's (see :func:`commented_items`)."""
    return el.tag in _ANNOUNCED_LIST_TAGS and commented_items([ch for ch in el if ch.tag == "li"])


def commented_items(items: list[Any]) -> bool:
    """``COMMENTED_LIST_MIN`` items or more, ``COMMENTED_LIST_SHARE`` of them (two at least) holding a
    link and, after it, the author's sentence closed by a sentence mark of its own outside the link (not
    a bare address's)."""
    if len(items) < COMMENTED_LIST_MIN:
        return False
    hits = 0
    for el in items:
        after = _after_first_link(el)
        if after is None:
            continue
        own = " ".join(w for w in after.split() if "/" not in w and "www." not in w)
        if own.endswith(_FULL_STOPS) and not own.endswith(("..", "\u2026")):
            hits += 1  # (its sentence closed outside the link: "<a>Title</a> – Worth a read.", "<a>Title</a>.")
    return hits >= COMMENTED_LIST_SHARE * len(items) and hits >= 2


def _after_first_link(el: Any) -> "str | None":
    """The text of ``el`` outside its links (``<a href>``) past the end of its first one; None when it
    holds no link. (Walked with a stack of its own: a hostile page's deep nesting costs no recursion.)"""
    out: list[str] = []
    linked = False
    inside = 0  # how many links the walk is in
    stack: list[tuple[Any, bool, Any]] = [(el, False, iter(el))]
    while stack:
        node, is_link, kids = stack[-1]
        ch = next(kids, None)
        if ch is None:  # the node's end: its tail follows
            stack.pop()
            if is_link:
                inside -= 1
                linked = True
            if node is not el and not inside and linked and node.tail:
                out.append(node.tail)
            continue
        if not isinstance(ch.tag, str):  # a comment: only its tail is text
            if not inside and linked and ch.tail:
                out.append(ch.tail)
            continue
        link = ch.tag == "a" and ch.get("href") is not None
        if link:
            inside += 1
        elif not inside and linked and ch.text:
            out.append(ch.text)
        stack.append((ch, link, iter(ch)))
    return "".join(out) if linked else None


def _beside_lead(top: Any, feats: list[Any], state: list[str], by_el: dict[Any, int], pointer: Any) -> bool:
    """The list element's previous or next sibling is a ``<p>`` of the post's prose (not a link list,
    ``COMMENTED_LEAD_MIN`` characters ending with a sentence mark), and the previous one is no heading
    nor a label pointing to other stories."""
    prev, nxt = top.getprevious(), top.getnext()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if prev is not None and (prev.tag in HEADING_TAGS or pointer("".join(prev.itertext()).strip())):
        return False
    for sib in (prev, nxt):
        k = by_el.get(sib) if sib is not None and sib.tag == "p" else None
        if k is None or state[k] == "bad":
            continue
        text = _TRAILING_SYMBOLS.sub("", feats[k].block.text).strip()
        if len(text) >= COMMENTED_LEAD_MIN and SENTENCE_END.search(text[-2:]) is not None:
            return True
    return False


#: A list most of whose items the body keeps (prose items: a guide's resources each with its description)
#: is the article's own: at least this many items ...
MIXED_LIST_MIN = 3
#: ... and a link-dense item of it keeps its place when it holds at least this many weighted characters
#: outside its links (a word or two of its own: "Garden Club – <a>Soil guide</a>.")
MIXED_ITEM_WORDS = 8
#: ... in a list half of whose items at least the body keeps, this many of them as prose
MIXED_GOOD_MIN = 2


def mixed_lists(feats: list[Any], state: list[str]) -> None:
    """A list of the article's own whose link-dense items stay: their verdict ``bad`` becomes ``near``.

    A list (``<ul>``/``<ol>``) of ``MIXED_LIST_MIN`` items or more, half of which at least the body
    keeps and ``MIXED_GOOD_MIN`` of them as prose (an item holding a good block: a reference with its
    description), is the article's own (a guide's resources, a report's sources): its items that are
    one link-dense block holding words of their own outside their links (``MIXED_ITEM_WORDS``: a
    publisher's name before the linked title) are of it too. A related-stories list has no prose items
    (headlines, a date beside them); one whose items all carry a blurb is kept whole already. An item of
    several blocks is left alone (a post's linked byline beside its text in a thread set as a list).
    """
    for i, j, depth in _lists(feats):
        items: dict[Any, int] = {}  # the list's own items -> 2 holding a good block, 1 a near one, else 0
        blocks: dict[Any, int] = {}  # the list's own items -> their blocks
        for k in range(i, j):
            el = feats[k].block.path[depth + 1]
            items[el] = max(items.get(el, 0), 2 if state[k] == "good" else 1 if state[k] == "near" else 0)
            blocks[el] = blocks.get(el, 0) + 1
        kept = sum(1 for v in items.values() if v)
        if len(items) >= MIXED_LIST_MIN and kept * 2 >= len(items) \
                and sum(1 for v in items.values() if v == 2) >= MIXED_GOOD_MIN \
                and any(state[k] == "bad" for k in range(i, j)):
            for k in range(i, j):  # (an item of one block: a post's linked byline beside its text is none)
                if state[k] == "bad" and feats[k].nonlink >= MIXED_ITEM_WORDS \
                        and blocks[feats[k].block.path[depth + 1]] == 1:
                    state[k] = "near"


#: A link-dense paragraph or list item inside the container whose links mostly leave the page's own site
#: (an author's sources, a deals post's shop links, a resource list) and that holds words of its own stays:
#: at least this share of its links lead to another site ...
OFFSITE_SHARE = 0.5
#: ... it holds at least this many weighted characters outside its links (a CJK character counts three) ...
OFFSITE_OWN_CHARS = 8
#: ... of at least this many words (a run of two letters or more; two CJK characters a word) ...
OFFSITE_OWN_WORDS = 2
#: ... and at most this share of it is link text (a block all link is a list's entry, wherever it leads)
OFFSITE_MAX_DENSITY = 0.9
OFFSITE_LINKS_READ = 20  # the links of a block's own element read, at most
#: ``<link rel>`` and ``<meta property>`` values naming the page's own address, when the caller gave none.
_ADDRESS_RELS = frozenset(("canonical",))
_ADDRESS_METAS = frozenset(("og:url", "twitter:url"))
_PAGE_SITE_KEY = "content.page_site"
_FLOW_KINDS = ("paragraph", "list_item")
_OWN_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


#: A site argument: the host itself, or a call that reads it (``page_site`` bound to the page), made only
#: when a block asks where its links lead (most pages never do: the head is then never walked for it).
Site = Union[str, None, Callable[[], Optional[str]]]


def site_of(site: Any) -> "str | None":
    """The site a :data:`Site` argument names (the call made, when it is one: page_site reads once a page)."""
    return site() if callable(site) else site  # type: ignore[no-any-return]


def page_site(doc: Any) -> "str | None":
    """The registrable part of the page's own host (see :func:`newsclean.hosts.registrable`): from the
    address the caller gave, else the page's ``<link rel=canonical>``, ``og:url`` or ``<base href>``;
    None when none names one (the links' targets then say nothing). Read once a page."""
    state = doc.state
    if _PAGE_SITE_KEY in state:
        return state[_PAGE_SITE_KEY]
    site = registrable(doc.site) if doc.site else None
    if site is None and doc.tree is not None:
        head = doc.tree.find("head")
        for el in (head if head is not None else ()):
            tag = el.tag
            if tag == "link" and (el.get("rel") or "").strip().lower() in _ADDRESS_RELS:
                site = registrable(host_of(el.get("href")))
            elif tag == "meta" and (el.get("property") or el.get("name") or "").strip().lower() in _ADDRESS_METAS:
                site = registrable(host_of(el.get("content")))
            elif tag == "base":
                site = registrable(host_of(el.get("href")))
            if site:
                break
    state[_PAGE_SITE_KEY] = site
    return site


def _leaves_site(href: str, site: str) -> "bool | None":
    """True for a link to another site, False for one to the page's own (a relative address, the same
    registrable host, or a share link carrying the page's own address), None for neither (``mailto:``)."""
    href = href.strip()
    host = host_of(href)
    if host is None:
        # (a relative address, a fragment: the page's own site; ``mailto:``, ``javascript:``: no site)
        return False if href[:2] != "//" and ":" not in href.partition("/")[0] else None
    if registrable(host) == site:
        return False
    query = unquote(href.partition("?")[2]).lower()
    k = query.find(site)
    if k > 0 and query[k - 1] in "/.":
        return False  # a share link: it carries the page's own address (``?url=https://site/…``), no citation
    return True


def _text_outside_links(el: Any) -> str:
    """The text of ``el`` outside its links (``<a href>``), walked with a stack of its own."""
    out: list[str] = [] if el.text is None else [el.text]
    stack: list[Any] = [iter(el)]
    while stack:
        ch = next(stack[-1], None)
        if ch is None:
            stack.pop()
            continue
        if isinstance(ch.tag, str) and not (ch.tag == "a" and ch.get("href") is not None):
            if ch.text:
                out.append(ch.text)
            stack.append(iter(ch))
        if ch.tail:
            out.append(ch.tail)
    return " ".join(out)


def _leaves_mostly(el: Any, site: str, brand: bool = False) -> bool:
    """``OFFSITE_SHARE`` of the links (``<a href>``) of ``el`` at least lead off ``site``, one at least (the first
    ``OFFSITE_LINKS_READ`` anchors read). With ``brand``, a link off its brand too: a registrable host whose
    first label is the site's (``example.co.uk`` beside ``example.com``) is the site's own."""
    own = site.partition(".")[0] if brand else None
    away = home = 0
    for k, a in enumerate(el.iter("a")):
        if k >= OFFSITE_LINKS_READ:
            break
        href = a.get("href")
        leaves = None if href is None else _leaves_site(href, site)
        if leaves and own is not None:
            host = host_of(href.strip())
            leaves = host is None or (registrable(host) or host).partition(".")[0] != own
        if leaves:
            away += 1
        elif leaves is not None:
            home += 1
    return away > 0 and away >= OFFSITE_SHARE * (away + home)


def _own_words(text: str) -> float:
    """Words of a text: runs of two letters or more, two CJK characters (or Hangul syllables) a word."""
    return len(_OWN_WORD.findall(text)) + len(_CJK_WORD.findall(text)) / 2


#: A deals post: a classed ``<p>`` of prose whose parent holds at least this many alike ones (tag and class)
#: that link mostly off the page's site, each with words (in its links or not: a product named with its price) ...
OFFSITE_RUN_MIN = 5
#: ... and they are at least this share of its alike siblings (a teaser list links to the own site)
OFFSITE_RUN_SHARE = 0.6
OFFSITE_RUN_READ = 200  # the parent's children read, at most


def offsite_run(box: Any, el: Any, site: Site) -> int:
    """The number of ``box``'s children alike ``el`` (tag and class, a class at least) whose links mostly
    leave ``site`` and that hold ``OFFSITE_OWN_WORDS`` words (see :func:`offsite_lines`): a deals post's shop
    lines beside its intro; 0 unless there are ``OFFSITE_RUN_MIN`` of them at least, ``OFFSITE_RUN_SHARE`` of
    the alike ones (an unknown site: 0; ``site``: see :data:`Site`)."""
    if not el.get("class"):
        return 0  # (an unclassed <p> says nothing of a template: an old page's link directory)
    site = site_of(site)
    if not site:
        return 0
    like = (el.tag, el.get("class"))
    alikes = [ch for ch in islice(box, OFFSITE_RUN_READ)
              if ch is not el and isinstance(ch.tag, str) and (ch.tag, ch.get("class")) == like]
    alike = len(alikes)
    if alike < OFFSITE_RUN_MIN:
        return 0
    away = 0
    for k, ch in enumerate(alikes):
        if away + alike - k < OFFSITE_RUN_MIN or away + alike - k < OFFSITE_RUN_SHARE * alike:
            return 0  # (the ones left could not make the run: a body's paragraphs, read no further)
        if _leaves_mostly(ch, site) and _own_words(ch.text_content()) >= OFFSITE_OWN_WORDS:
            away += 1
    return away if away >= OFFSITE_RUN_MIN and away >= OFFSITE_RUN_SHARE * alike else 0


def offsite_lines(feats: list[Any], state: list[str], site: Site) -> int:
    """Link-dense paragraphs and list items whose links mostly leave the page's site: verdict ``bad`` becomes
    ``near``; the number of them.

    Navigation, teasers and related lists link to the page's own site; an author's sources, a shop's
    product named with a sentence, a resource list link elsewhere. A block stays when ``OFFSITE_SHARE`` of
    the links of its own element at least lead to another registrable host (share links carrying the
    page's address are the page's own), it is at most ``OFFSITE_MAX_DENSITY`` link text and it holds words
    of its own (``OFFSITE_OWN_CHARS`` weighted characters, ``OFFSITE_OWN_WORDS`` words), inside the body's
    flow: between its first and last paragraph or list item of prose (after the body, a line leading
    elsewhere is a pointer: "Read the full story in the app", a publisher's standards page). A page whose
    site is unknown keeps the link-density verdict (``site``: see :data:`Site`; read at the first block
    that asks).
    """
    goods = [k for k, s in enumerate(state) if s == "good" and feats[k].block.kind in _FLOW_KINDS]
    if len(goods) < 2:
        return _offsite_runs(feats, state, site, goods) if goods else 0
    n = 0
    seen: dict[Any, bool] = {}
    for i in range(goods[0] + 1, goods[-1]):
        f = feats[i]
        b = f.block
        if state[i] != "bad" or b.kind not in _FLOW_KINDS or f.own < 0 \
                or f.nonlink < OFFSITE_OWN_CHARS or b.link_chars > OFFSITE_MAX_DENSITY * b.chars:
            continue
        el = b.path[f.own]
        if el not in seen:  # (an element several blocks share, a run cut by <br>s: read once)
            site = site_of(site)
            if not site:
                return 0  # (no verdict changed yet: an unknown site keeps them all)
            seen[el] = _leaves_mostly(el, site) and _own_words(_text_outside_links(el)) >= OFFSITE_OWN_WORDS
        if seen[el]:
            state[i] = "near"
            n += 1
    return n + _offsite_runs(feats, state, site, goods)


def _offsite_runs(feats: list[Any], state: list[str], site: Site, goods: list[int]) -> int:
    """A deals post's lines (:func:`offsite_run`): the link-dense paragraphs alike (tag, class, parent) a paragraph
    of prose of the container, in a run of them that leave the page's site: verdict ``bad`` becomes ``near``."""
    runs: dict[Any, bool] = {}
    for k in goods:
        f = feats[k]
        if f.own < 0 or f.block.kind != "paragraph":
            continue
        el = f.block.path[f.own]
        box = el.getparent()
        key = (box, el.tag, el.get("class"))
        if box is not None and key not in runs:
            runs[key] = el.tag == "p" and offsite_run(box, el, site) > 0
    if not any(runs.values()):
        return 0
    site = site_of(site)  # (known by now: a run was found against it)
    n = 0
    for i, f in enumerate(feats):
        if state[i] != "bad" or f.block.kind != "paragraph" or f.own < 0:
            continue
        el = f.block.path[f.own]
        if runs.get((el.getparent(), el.tag, el.get("class"))) and _leaves_mostly(el, site):
            state[i] = "near"
            n += 1
    return n
