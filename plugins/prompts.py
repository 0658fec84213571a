"""Prompts inside the article: rate it, print it, PDF, report an error, listen, enlarge, gallery, back to top.

``Rate this article``, ``Artikel drucken``, ``Download PDF``, ``Нашли ошибку?
Выделите её и нажмите Ctrl+Enter``, ``Lihat Foto``, ``Listen to this article``
are tools, not text; ``Externer Inhalt nicht verfügbar`` or ``Video`` alone
stand for an embedded player or post. This plugin runs after the article is located (order
600) and drops a kept block when:

* the whole line is a **prompt**, or a row of prompts (``Drucken | PDF |
  Vorlesen``), anywhere in the body;
* the whole line is a **one-word prompt** (``Print``, ``Drucken``, ``PDF``)
  at the body's edges only (within :data:`EDGE_REACH` blocks of its start or
  end), where tool rows sit; between paragraphs such a word may be a heading;
* a short line is **opened** by a prompt phrase (``Found a typo? …``);
* a short line is a slideshow's or a pager's **position counter** alone (``Bild 1 von 10``,
  ``Photo 3 of 12``; vocabulary ``COUNTER_WORDS``, ``COUNTER_JOINERS``; a bare ``2/12`` only
  beside the next or the previous one of its series, since ``1/4`` alone may be an amount);
* a short line is a **media player's details**: a running time alone
  (``01:48 min``, ``00:00 / 03:15``), or a date with an availability phrase
  (``02:57 Min. Verfügbar bis 06.05.2026``); a **media teaser**, a short blurb closed by its
  clip's date and running time set apart by a bar (``… nach Persien. 18.04.2024 | 0:21 min``:
  a player's caption in the body, not a sentence of the article); (HTML) a short line inside a
  **video or audio player** (an element within :data:`PLAYER_LEVELS` above it whose class or id token
  joins a media word and ``player``: ``video_player``, ``audio-player``, ``VideoPlayer``) holding at most
  :data:`PLAYER_BOX_MAX_CHARS`: the clip's title over its controls, not the article's text;
* a short line is a **blog or shop template line**: the "like" widget
  (``Like this:``, ``Gefällt mir Wird geladen …``), the post-navigation label,
  a cart or wish-list button (``In den Warenkorb``, ``Add to cart``), a line opened by
  the post's filing footer or a neighbour-post link (``This entry was posted in
  …``, ``Dieser Eintrag wurde veröffentlicht in …``, ``Vorheriger Beitrag: …``),
  or a taxonomy label before a colon and a short list (``Kategorien: Garten,
  Pflanzen``, ``Tags: autumn, tulips``: no full stop, no second colon, at most
  :data:`TAXONOMY_MAX_ITEMS` items of at most :data:`TAXONOMY_ITEM_CHARS`), or a form builder's
  **status message** alone (``Thank you! Your submission has been received!``, ``Thanks for
  signing up!``, a honeypot field's ``This field is for validation purposes …``: ``FORM_STATUS``).

A sentence that mentions printing or a gallery is longer than a prompt or
has more words than the prompt.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.blocks import element_tokens
from newsclean.density import nonspace_len
from newsclean.document import Block, Document
from newsclean.headerlines import dates_of
from newsclean.patterns import terms_source
from newsclean.text import squeeze_space

from .inbody import INBODY_ORDER, Lexicon, Lexicons, Phrases, body, clean_line, edge_distance
from .vocab import prompts as _vocab
from .vocab import terms

__all__ = ["is_counter_line", "is_form_status", "is_media_teaser", "is_prompt_line", "is_player_line", "is_rating_line", "is_template_line"]

# --- vocabulary (data in newsclean.plugins.vocab.prompts) -------------------
PROMPTS = terms(_vocab.PROMPTS, _vocab.EMBEDS, _vocab.NAVIGATION)
EDGE_PROMPTS = terms(_vocab.EDGE_PROMPTS)
LEADS = terms(_vocab.LEADS)
AVAILABILITY = terms(_vocab.AVAILABILITY)
TEMPLATE_LINES = terms(_vocab.TEMPLATE_LINES)
TEMPLATE_LEADS = terms(_vocab.TEMPLATE_LEADS)
FORM_STATUS = terms(_vocab.FORM_STATUS)
TAXONOMY_LABELS = terms(_vocab.TAXONOMY_LABELS)
COUNTER_WORDS = terms(_vocab.COUNTER_WORDS)
COUNTER_JOINERS = terms(_vocab.COUNTER_JOINERS)
RATING_COUNTS = frozenset(w.casefold() for w in terms(_vocab.RATING_COUNTS))
RATING_STARS = frozenset(w.casefold() for w in terms(_vocab.RATING_STARS))
RATING_ALLOWED = RATING_COUNTS | RATING_STARS | frozenset(w.casefold() for w in terms(_vocab.RATING_FILLERS))

#: Longest prompt line (characters).
MAX_CHARS = 80
#: Longest line opened by a prompt phrase.
LEAD_MAX_CHARS = 200
#: Longest filing footer opened by a template lead (``This entry was posted on … and is filed under
#: …, …. You can follow any responses to this entry through the RSS 2.0 feed. …``: a theme's
#: footer names the date, every category and the comment and trackback calls in one line).
FILING_MAX_CHARS = 400
#: Arrows that point a "back to top" link up (``Back to top ^``, ``↑ Nach oben``): taken off a line's ends
#: before it is looked up.
_ARROWS = "^↑⇑⇧▲△⬆︿"
#: Marks closing a form's status message, taken off before it is looked up.
_STATUS_END = ".!。！ "
#: One-word prompts count within this many blocks of the body's start or end.
EDGE_REACH = 2

_PROMPT = Lexicon(PROMPTS)
_EDGE = Lexicon(EDGE_PROMPTS)
_LEAD = Lexicon(LEADS)
_TEMPLATE = Lexicon(TEMPLATE_LINES)
_TEMPLATE_LEAD = Lexicon(TEMPLATE_LEADS)
# a prompt alone (any line), or one that counts only at the body's edge, asked in this order in one look
_PROMPTS_ALONE = Lexicons((("prompt", _PROMPT, False), ("edge", _EDGE, False)))
_FORM_STATUS = Lexicon(t.rstrip(_STATUS_END) for t in FORM_STATUS)
#: The lower case of the first two characters of the form status messages (a cheap first look).
_FORM_STATUS_FIRST_TWO = frozenset(t[:2].lower() for t in FORM_STATUS)
_TAXONOMY = Lexicon(TAXONOMY_LABELS)
# a template's lead phrase or a taxonomy label and its separator, asked in this order in one look
_TEMPLATE_OPENERS = Lexicons((("lead", _TEMPLATE_LEAD, False), ("taxonomy", _TAXONOMY, True)))
#: A taxonomy line lists at most this many items, each at most this long (characters).
TAXONOMY_MAX_ITEMS = 12
TAXONOMY_ITEM_CHARS = 40
_LIST_SEP = re.compile(r"\s*[,;|｜/·•]\s*")
_AVAILABILITY = Phrases(AVAILABILITY)
_AVAILABILITY_OPENS = Lexicon(AVAILABILITY)
_DURATION = re.compile(r"\d{1,2}:\d{2}\s*(?:min\b|min\.|minuten\b|minutes\b)", re.I)
#: Longest line of a media player's details.
PLAYER_MAX_CHARS = 100
# a running time alone: "01:48 min", "1:02:33", "00:00 / 03:15"
_RUNNING_TIME = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:min\.?|minuten|minutes|mins)$|^\d{1,3}\s*min\.?$"
                           r"|^\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$", re.I)
# a running time after its label alone: "Duration 1:30", "Dauer: 03:18 min"
_LABELLED_TIME = re.compile(r"^(?:" + terms_source(terms(_vocab.DURATION_LABELS), flags=0)
                            + r")\s*[:：]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:min\.?|minuten|minutes|mins)?$", re.I)
#: HTML: a video or audio player is looked for this many elements above a block (the block's own first) ...
PLAYER_LEVELS = 3
#: ... and holds at most this much text (non-space characters): its clip's title and controls, no article.
PLAYER_BOX_MAX_CHARS = 300
#: The words a player's class or id token joins with ``player`` (``video_player``, ``audio-player``).
_PLAYER_MEDIA = frozenset(("video", "audio"))
_TOKEN_PARTS = re.compile(r"[-_]+")
#: Longest media teaser (characters): a blurb closed by its clip's date and running time.
MEDIA_TEASER_MAX_CHARS = 400
# "… 18.04.2024 | 0:21 min", "… 2024-04-18 | 1:02:33": a numeric date, a bar, a running time, at the end
_MEDIA_STAMP_END = re.compile(r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
                              r"\s*[|｜]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:min\.?|minuten|minutes|mins))?$", re.I)
_ROW_SEP = re.compile(r"\s*[|｜·•/／]\s*|\s{2,}")
_COUNT = re.compile(r"\s*[(（\[]?\d[\d,.]*[)）\]]?\s*$")
#: Longest position counter (characters).
COUNTER_MAX_CHARS = 30
# "Bild 1 von 10", "Photo 3 of 12", "Seite 2 von 5"
_COUNTER = re.compile(
    r"(?:%s)\s+(\d{1,3})\s+(?:%s)\s+(\d{1,3})"
    % ("|".join(re.escape(w) for w in COUNTER_WORDS), "|".join(re.escape(w) for w in COUNTER_JOINERS)), re.I)
# "1/12", "1 / 12": a counter only beside another of the same total with the next number (a
# recipe's "1/4" alone, above "cup butter", is an amount)
_BARE_COUNTER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")
#: Longest rating widget line (characters; vocabulary in ``vocab.prompts``: ``RATING_COUNTS``, ``RATING_STARS``,
#: ``RATING_FILLERS``).
RATING_MAX_CHARS = 60
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_DIGIT = re.compile(r"\d")
#: A rating widget's line may open with the post's title: ``Lemon tart with meringue, 4.5 out of 5 based on 12 ratings``;
#: the title is at most this long (characters) and the widget's words after its last comma hold three numbers
#: (score, scale, count of ratings).
TITLED_RATING_MAX_CHARS = 160
_TITLED_RATING = re.compile(r",\s+(?=\d)")


#: The marks of _ROW_SEP (a line without them, whose spaces are single, is one part).
_ROW_MARKS = "|｜·•/／"
#: What a match of _COUNT may end with (its "$" may also stand before a final line break, a space).
_COUNT_ENDS = ")）],."


def _parts(t: str) -> list[str]:
    if squeeze_space(t) == t and not any(m in t for m in _ROW_MARKS):
        pieces = [t]  # (what _ROW_SEP.split gives: no mark, no run of spaces)
    else:
        pieces = _ROW_SEP.split(t)
    return [clean_line(_count_off(p)) for p in pieces if p.strip()]


def _count_off(p: str) -> str:
    """``_COUNT.sub("", p)``: run only when ``p`` ends as a count can (a digit, a bracket, a space)."""
    last = p[-1:]
    if last and (last.isdecimal() or last.isspace() or last in _COUNT_ENDS):
        return _COUNT.sub("", p)
    return p


def is_prompt_line(text: str, at_edge: bool = False) -> bool:
    """True when the whole text is a prompt (a one-word prompt only ``at_edge``),
    a row of prompts, or a short line opened by a prompt phrase."""
    t = clean_line(text)
    if t and (t[0] in _ARROWS or t[-1] in _ARROWS):
        t = clean_line(t.strip(_ARROWS))  # "Back to top ^", "↑ Nach oben"
    if not t or len(t) > LEAD_MAX_CHARS:
        return False
    if len(t) <= MAX_CHARS:
        parts = _parts(t)
        first = _PROMPTS_ALONE.first_whole(parts[0]) if parts else None
        if first is not None and all(_PROMPTS_ALONE.first_whole(p) is not None for p in parts[1:]):
            return len(parts) >= 2 or at_edge or first == "prompt"
    return _LEAD.opens(t)


def is_player_line(text: str) -> bool:
    """True for a media player's details: a running time alone, or a short line holding
    an availability phrase and a date (``02:57 Min. Verfügbar bis 06.05.2026``)."""
    t = clean_line(text)
    if not t or len(t) > PLAYER_MAX_CHARS:
        return False
    if _RUNNING_TIME.match(t) or (t[0].isalpha() and ":" in t[1:] and _LABELLED_TIME.match(t)):
        return True
    if _AVAILABILITY.search(t) is None or not dates_of(t, limit=2):
        return False
    return _AVAILABILITY_OPENS.opens(t) or _DURATION.search(t) is not None  # (not "Tickets sind verfügbar bis …")


def is_media_teaser(text: str) -> bool:
    """True for a media teaser's blurb closed by its clip's date and running time, set apart by a
    bar: ``Die Aussicht auf einen Kurswechsel sei gering. 17.04.2024 | 6:00 min``."""
    tail = text[-48:]
    if "|" not in tail and "｜" not in tail:
        return False  # (most lines: no bar near their end)
    t = text.rstrip()
    if len(t) > MEDIA_TEASER_MAX_CHARS or not (t[-1].isalnum() or t[-1] == "."):
        return False
    tail = t[-48:]
    return ":" in tail and _MEDIA_STAMP_END.search(tail) is not None


def is_counter_line(text: str) -> bool:
    """True for a slideshow's or a pager's position counter alone, named: ``Bild 1 von 10``."""
    return _counter(text, _COUNTER) is not None


def _counter(text: str, pattern: "re.Pattern[str]") -> "tuple[int, int] | None":
    t = text.strip()
    if not t or len(t) > COUNTER_MAX_CHARS or not t[-1].isdigit():
        return None
    m = pattern.fullmatch(t)
    if m is None or not 0 < int(m.group(1)) <= int(m.group(2)):
        return None
    return int(m.group(1)), int(m.group(2))


def is_rating_line(text: str) -> bool:
    """True for a rating widget's summary line: ``4,5 von 5 Sternen``, ``(12 Bewertungen)``,
    ``4.5 stars (123 reviews)``: at most ``RATING_MAX_CHARS``, no word but the rating vocabulary
    (``RATING_COUNTS``, ``RATING_STARS``, ``RATING_FILLERS``), and a count of ratings or a star
    word with two numbers (a score out of a scale); a label and a score alone (``Rating: 8.0``) is
    a reviewer's verdict, kept. The post's title may open the line, a comma after it, when the
    widget's words hold score, scale and count (``Lemon tart with meringue, 4.5 out of 5 based on 12 ratings``)."""
    t = text.strip()
    if not t or len(t) > TITLED_RATING_MAX_CHARS:
        return False
    if len(t) > RATING_MAX_CHARS and t.rsplit(None, 1)[-1].strip("().,:;!").casefold() not in RATING_ALLOWED:
        return False  # (a longer line: only one the widget's words close is looked at further)
    if _DIGIT.search(t) is None:
        return False
    if len(t) <= RATING_MAX_CHARS:
        words = [w.casefold() for w in _WORD.findall(t)]
        if words and all(w in RATING_ALLOWED for w in words):
            return any(w in RATING_COUNTS for w in words) or (
                any(w in RATING_STARS for w in words) and len(_NUMBER.findall(t)) >= 2)
    # the post's title, a comma, then the widget's words with score, scale and count
    cut = None
    for cut in _TITLED_RATING.finditer(t):
        pass
    if cut is None:
        return False
    tail = t[cut.end():]
    words = [w.casefold() for w in _WORD.findall(tail)]
    return len(tail) <= RATING_MAX_CHARS and bool(words) and all(w in RATING_ALLOWED for w in words) \
        and len(_NUMBER.findall(tail)) >= 3


def _bare_counters(kept: "list") -> set[int]:
    """Indices of bare counters (``2/5``) that have a neighbour in the series (``1/5`` or ``3/5``)."""
    found = {}
    for i, b in enumerate(kept):
        if b.chars <= COUNTER_MAX_CHARS and "/" in b.text and b.kind != "table":
            c = _counter(b.text, _BARE_COUNTER)
            if c is not None:
                found[i] = c
    series = set(found.values())
    return {i for i, (n, total) in found.items() if (n + 1, total) in series or (n - 1, total) in series}


def _taxonomy_list(t: str) -> bool:
    """``Label: item, item`` after a taxonomy label (:data:`_TAXONOMY`) opens ``t``: a short list with
    no sentence in it."""
    rest = t.split(":", 1)[1] if ":" in t else t.split("：", 1)[-1]
    rest = rest.strip()
    if not rest or rest.endswith((".", "!", "?")) or ". " in rest or ":" in rest or "：" in rest:
        return False  # a sentence, or a row of fields (``Category: Comedy Director: Tom Dey``)
    items = [i for i in _LIST_SEP.split(rest) if i]
    return 0 < len(items) <= TAXONOMY_MAX_ITEMS and all(len(i) <= TAXONOMY_ITEM_CHARS for i in items)


def is_form_status(text: str) -> bool:
    """True for a form builder's status message alone on its line (``Thanks for signing up!``,
    ``Oops! Something went wrong while submitting the form.``; vocabulary ``FORM_STATUS``)."""
    t = clean_line(text)
    return 0 < len(t) <= MAX_CHARS and _form_status(t)


def _form_status(t: str) -> bool:
    return t[:2].lower() in _FORM_STATUS_FIRST_TWO and _FORM_STATUS.whole(t.rstrip(_STATUS_END))


def is_template_line(text: str) -> bool:
    """True for a line a blog or shop template writes: a like widget, post navigation, a cart
    button, a form's status message, a filing footer, a neighbour-post link or a taxonomy list
    (see the module)."""
    t = clean_line(text)
    if not t or len(t) > FILING_MAX_CHARS:
        return False
    if len(t) > LEAD_MAX_CHARS:
        return _TEMPLATE_LEAD.opens(t)  # (a filing footer with its comment calls)
    if len(t) <= MAX_CHARS and (_TEMPLATE.whole(t) or _form_status(t)):
        return True
    opener = _TEMPLATE_OPENERS.first_opening(t)
    return opener == "lead" or (opener == "taxonomy" and _taxonomy_list(t))


_MEDIA_TEASER = "a media teaser (a clip's blurb closed by its date and running time)"


def _player_token(tok: str) -> bool:
    """True for a class/id token of a video or audio player (``video_player``, ``audio-player``)."""
    parts = _TOKEN_PARTS.split(tok)
    if "player" in parts:
        return not _PLAYER_MEDIA.isdisjoint(parts)
    return any(p.endswith("player") and p[:-6] in _PLAYER_MEDIA for p in parts)  # (``videoplayer``)


def _in_player(b: Block, seen: "dict[int, bool]", looked: "dict[int, bool]") -> bool:
    """True for a block within PLAYER_LEVELS of a small video or audio player's element (``seen``:
    the verdict per element, each read once; ``looked``: whether a block's tokens, shared by the
    blocks of one element, hold a player word at all, each set read once)."""
    may = looked.get(id(b.tokens))
    if may is None:
        may = looked[id(b.tokens)] = bool(b.tokens) and "player" in " ".join(b.tokens)
    if not may:
        return False  # (most blocks: no player word above them)
    for el in reversed(b.path[-PLAYER_LEVELS:]):
        got = seen.get(id(el))
        if got is None:
            got = seen[id(el)] = any(map(_player_token, element_tokens(el))) \
                and nonspace_len("".join(el.itertext())) <= PLAYER_BOX_MAX_CHARS
        if got:
            return True
    return False


def _drop_prompts(doc: Document) -> None:
    kept = body(doc)
    n = len(kept)
    bare = _bare_counters(kept)
    players: dict[int, bool] = {}
    looked: dict[int, bool] = {}
    for i, b in enumerate(kept):
        if doc.is_html and b.chars <= PLAYER_MAX_CHARS * 2 and b.kind != "table" and _in_player(b, players, looked):
            doc.drop(b, "prompt", "a video or audio player's line (its clip's title over the controls)")
            continue
        if b.chars > LEAD_MAX_CHARS:
            if b.chars <= FILING_MAX_CHARS and is_template_line(b.text):
                doc.drop(b, "prompt", "blog template line (a filing footer with its comment calls)")
            elif b.chars <= MEDIA_TEASER_MAX_CHARS and b.kind != "table" and is_media_teaser(b.text):
                doc.drop(b, "prompt", _MEDIA_TEASER)
            continue
        if is_prompt_line(b.text, at_edge=edge_distance(i, n) < EDGE_REACH):
            doc.drop(b, "prompt", "rating/print/PDF/listen/gallery prompt")
        elif i in bare or (b.chars <= COUNTER_MAX_CHARS and b.kind != "table" and is_counter_line(b.text)):
            doc.drop(b, "prompt", "a slideshow's or a pager's position counter (Bild 1 von 10, 1/12)")
        elif b.chars <= TITLED_RATING_MAX_CHARS and b.kind != "table" and is_rating_line(b.text):
            doc.drop(b, "prompt", "a rating widget's line (4,5 von 5 Sternen, 12 Bewertungen)")
        elif b.chars <= PLAYER_MAX_CHARS and is_player_line(b.text):
            doc.drop(b, "prompt", "a media player's details (running time, available until)")
        elif b.chars <= MEDIA_TEASER_MAX_CHARS and b.kind != "table" and is_media_teaser(b.text):
            doc.drop(b, "prompt", _MEDIA_TEASER)
        elif is_template_line(b.text):
            doc.drop(b, "prompt", "blog or shop template line (like widget, post navigation, filing footer, "
                                  "taxonomy list, cart button, a form's status message)")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_prompts, order=INBODY_ORDER, stage="blocks", kind="prompt",
                  description="rating, print, PDF, error-report, listen and gallery prompts inside the article"))
