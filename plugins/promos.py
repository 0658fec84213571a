"""The site promoting itself inside the article: newsletters, apps, channels, its tip line.

``Our website is the place for the latest news … sign up for our daily newsletter``,
``Hier können Sie unsere WELT-Podcasts hören``, ``Mehr zur Lage lesen Sie in unserem
Liveblog:``, ``Got a story? Get in touch with our news team at news@example.com``: the
site speaks of itself, not of the story. The ``ads`` plugin drops such calls when they
*open* a line (``Newsletter abonnieren``); these hold the call inside a sentence. This
plugin runs after the article is located (order 600) and drops a short kept block (not a
quotation) when:

* the site names **its own channel**: a first-person plural possessive and, within
  :data:`OWN_GAP` words, a channel of the site in the possessive's language (``our …
  newsletter``, ``unserem Liveblog``, ``notre application``; English ``our application``,
  ``our direct rivals`` name none), in a short line anywhere in the body (up to
  :data:`ANYWHERE_MAX_CHARS`) or a longer block among the last :data:`TAIL_ZONE`;
* it holds a **sign-up or follow call** naming a channel (``delivered to your inbox``,
  ``abonniere den WhatsApp-Kanal``, ``Follow X on Google News``) and sits among the body's
  last :data:`TAIL_REACH` blocks, where such calls close an article;
* it is a **call to follow an account by its handle**, anywhere in the body but in a list (a
  list of tips may end with one): a follow verb
  (``FOLLOW_HANDLE_VERBS``) opening a line of at most :data:`ANYWHERE_MAX_CHARS`, then the
  handle and at most :data:`HANDLE_TAIL_WORDS` words (``Follow @examplenews for breaking news``:
  a follow widget's words left between the paragraphs);
* it **opens with a call to follow** the writer or the site **on a network** named right after the
  call (``Follow me on Instagram, YouTube or Facebook for …``, ``Folgt uns auf Instagram``:
  ``FOLLOW_OPENINGS``), a line of at most :data:`ANYWHERE_MAX_CHARS` anywhere in the body but in a list;
* it holds an **e-mail address** and the site **asks for tips or feedback** (``get in
  touch``, ``schreiben Sie uns``), with the same reach, unless it is the body's only paragraph (then
  it is the page's text: a missing page asking to be told how the reader came);
* the site names **a channel after itself**: a compound of the site's name (the host's
  registered name, ``ruhrbote`` of ``www.ruhrbote.de``) and a channel (``Ruhrbote-Newsletter``,
  ``Ruhrbote-News-App``), with the reach of a possessive's line;
* the site names **itself on the networks**: its name as a whole word, then a preposition and a
  network or social media in general (``Der Ruhrbote auch bei Social Media …``,
  ``The Herald on Instagram``), with the reach of a possessive's line;
* it is a **call to act** alone on a short line anywhere in the body (``ACT_CALLS``: ``Get started
  today``, ``Join our Facebook group``, perhaps with its link after it), or the last sentence of a short
  line whose other sentences are all questions (``Ready to simplify your week? Get started today.``);
* it is a **newsletter's title**: a newsletter word as a label and a short name after it
  (``Newsletter: Sport inside``, at most :data:`TITLE_MAX_WORDS` words, no sentence); in HTML
  the short line beside it under the same parent (the newsletter's blurb) goes with it;
* it is a **newsletter's pitch**, anywhere in the body: a block of at most the short limit naming a
  newsletter (also in a compound) with a sign-up call to the reader outside quoted words
  (``SIGNUP_CALLS``: ``… Hier geht es zur Anmeldung``, ``Inscrivez-vous à la newsletter``);
* (HTML) it sits in a small **sign-up box** anywhere in the body: an element whose class or id
  holds one of :data:`BOX_WORDS` (``NewsletterBox_root``, ``c-inlineSignup``, ``whatsapp-group``:
  the blurb of a newsletter box names no channel, ``Der perfekte Start in den Tag …``), found
  within :data:`BOX_LEVELS` elements above the block, with at most :data:`BOX_MAX_CHARS` of the
  body's text (and :data:`BOX_MAX_SHARE` of it) and no headline; the ``ads`` plugin takes the
  boxes whose class names ``newsletter`` as a whole word, this one the compounds.

A sentence of the story that quotes someone's *our* is in quotation marks or names no
channel of the site; a report about a newsletter or an app names no possessive of the site.
Vocabulary: :mod:`newsclean.plugins.vocab.promos`.
"""
from __future__ import annotations

import re
from typing import Callable

from newsclean import Step, hookimpl
from newsclean.blocks import element_tokens
from newsclean.document import Block, Document
from newsclean.patterns import LazyPattern, item_name, repeated_items, terms_source

from .inbody import INBODY_ORDER, Lexicon, Phrases, _words, body, clean_line, fold, within_short_limit
from .vocab import promos as _vocab
from .vocab import terms

__all__ = ["is_newsletter_pitch", "is_newsletter_title", "promo_of", "site_name"]

# --- vocabulary (data in newsclean.plugins.vocab.promos) --------------------
POSSESSIVES = terms(_vocab.POSSESSIVES)
CHANNELS = terms(_vocab.CHANNELS)
CALLS = terms(_vocab.CALLS)
CONTACT = terms(_vocab.CONTACT)
BOX_WORDS = _vocab.BOX_WORDS
NETWORK_ADVERBS = terms(_vocab.NETWORK_ADVERBS)
NETWORK_PREPOSITIONS = terms(_vocab.NETWORK_PREPOSITIONS)
SOCIAL_MEDIA = terms(_vocab.SOCIAL_MEDIA)
NEWSLETTER_LABELS = terms(_vocab.NEWSLETTER_LABELS)
FOLLOW_HANDLE_VERBS = terms(_vocab.FOLLOW_HANDLE_VERBS)
FOLLOW_OPENINGS = terms(_vocab.FOLLOW_OPENINGS)
ACT_CALLS = terms(_vocab.ACT_CALLS)
SIGNUP_CALLS = terms(_vocab.SIGNUP_CALLS)

#: Longest promotional block (CJK, other scripts), in characters.
MAX_CHARS = (120, 320)
#: Words that may stand between the possessive and the channel (``our free weekly newsletter``).
OWN_GAP = 3
#: A sign-up or follow call counts among this many blocks at the body's end.
TAIL_REACH = 3
#: Longer blocks are read only among this many blocks at the body's end, where promotion
#: closes an article; between paragraphs a promotion is a short standalone line.
TAIL_ZONE = 6
#: The longest block read anywhere in the body (characters).
ANYWHERE_MAX_CHARS = 120
#: A newsletter's title names it in at most this many words after its label (``Newsletter: Sport inside``).
TITLE_MAX_WORDS = 4
#: HTML: the newsletter's blurb beside its title is at most this long (characters).
BLURB_MAX_CHARS = 160
#: HTML: a sign-up box is looked for this many elements above a block (the block's own first).
BOX_LEVELS = 5
#: HTML: a sign-up box holds at most this much of the body's text (characters), and this share of it.
BOX_MAX_CHARS = 600
BOX_MAX_SHARE = 0.3
#: HTML: boxes named by one token, this many or more, holding together more than ``BOX_MAX_SHARE``
#: of the kept text are the page's own items (a newsletter issue's stories), not sign-up boxes.
REPEATED_MIN_BOXES = 3
#: A class/id token of this many ``-``/``_`` parts or more is a slug of a headline, not a class name.
SLUG_MIN_PARTS = 7
#: Quotation marks: a block holding one quotes someone (``“Our app failed,” she said``).
QUOTES = "\"“”„«»「」『』"


def _folded(words: "tuple[str, ...]") -> "list[str]":
    return sorted({fold(w) for w in words}, key=len, reverse=True)


_POSSESSIVE_AT = re.compile(r"(?<!\w)" + terms_source(_folded(POSSESSIVES), flags=0) + r"(?!\w)")
#: The site's channels, folded, by their number of words (``newsletter``; ``live blog``; ``canal de whatsapp``).
_CHANNELS = frozenset(_folded(CHANNELS))
_CHANNEL_WORDS = max(len(c.split()) for c in _CHANNELS)
#: Each possessive, folded -> the channels of its own languages: a channel word of another language is
#: a word of prose in this one (French ``application``, ``direct``, ``dossier`` after English ``our``).
_OWN_CHANNELS = {poss: frozenset(c for lang, chans in _vocab.CHANNELS.items() for c in _folded(chans)
                                 if poss in _folded(_vocab.POSSESSIVES.get(lang, ())))
                 for poss in _folded(POSSESSIVES)}
_TOKEN_EDGE = "'’.,:;!?()[]\"“”„«»"
#: Cheap first look: a possessive is one of the folded line's words (the in-body steps' word
#: sets, cached for the page's lines: most lines are split once for every step that asks).
_POSSESSIVE_WORDS = frozenset(_folded(POSSESSIVES))
_QUOTE = re.compile("[" + re.escape(QUOTES) + "]")
#: A quoted span (bounded, not nested): the words between a pair of quotation marks.
_QUOTED = re.compile('"[^"]{0,300}"|“[^“”]{0,300}”|„[^„“”]{0,300}[“”]|«[^«»]{0,300}»|»[^«»]{0,300}«'
                     '|「[^「」]{0,300}」|『[^『』]{0,300}』')
_CALLS = Phrases(CALLS)
# "Follow TechRadar on Google News", "Follow Metro.co.uk on Twitter and Facebook"
_FOLLOW = re.compile(r"^follow\s+\S+(?:\s+\S+){0,4}\s+on\s+(?:"
                     + "|".join(re.escape(n) + (r"\b" if len(n) == 1 else "") for n in _vocab.FOLLOW_NETWORKS) + ")")
_CONTACT = Phrases(CONTACT)
#: A follow call by handle is at most this many words after the handle (``for breaking news and headlines``).
HANDLE_TAIL_WORDS = 8
# "Follow @examplenews", "Folgen Sie @beispiel für Eilmeldungen": a follow verb, then an account's handle
_FOLLOW_HANDLE = re.compile(r"(?:" + "|".join(re.escape(fold(v)) for v in sorted(set(FOLLOW_HANDLE_VERBS), key=len,
                                                                               reverse=True))
                            + r")\s+@[\w.]{2,}")
_NETWORK_NAMES = tuple(n for n in _vocab.FOLLOW_NETWORKS if len(n) > 1)  # (``x`` is a letter of prose too)
_ON_NETWORK = ("(?:\\s+(?:" + "|".join(re.escape(fold(a)) for a in NETWORK_ADVERBS) + "))?\\s+(?:"
               + "|".join(re.escape(fold(p)) for p in NETWORK_PREPOSITIONS) + ")\\s+(?:"
               + "|".join(re.escape(fold(n)) for n in sorted(set(_NETWORK_NAMES) | {fold(m) for m in SOCIAL_MEDIA},
                                                          key=len, reverse=True)) + ")(?!\\w)")
_ON_NETWORK = LazyPattern(_ON_NETWORK)
# "Follow me on Instagram, YouTube or Facebook …", "Folgt uns auf Instagram": a follow call opening the
# line (after decoration: ``*** Follow …``), a network right after it
_OPENINGS = sorted({fold(o) for o in FOLLOW_OPENINGS}, key=len, reverse=True)
_NETWORKS = sorted(set(_NETWORK_NAMES) | {fold(m) for m in SOCIAL_MEDIA}, key=len, reverse=True)
_FOLLOW_OPENING = LazyPattern(r"^[^\w@]{0,6}(?:" + "|".join(map(re.escape, _OPENINGS)) + r")\s+(?:"
                              + "|".join(map(re.escape, _NETWORKS)) + r")(?!\w)")
_NEWSLETTER_TITLE = re.compile("(?:" + "|".join(re.escape(fold(w)) for w in NEWSLETTER_LABELS)
                               + ")\\s*[:：]\\s*(\\S.*)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
#: A newsletter word, also inside a compound (``Newsletter-Anmeldung``), and a sign-up call to the reader.
_NEWSLETTER_WORDS = tuple(sorted({fold(w) for w in NEWSLETTER_LABELS}, key=len, reverse=True))
_SIGNUP = Phrases(SIGNUP_CALLS)
_ACT = Lexicon(ACT_CALLS)
#: Marks closing a call to act, taken off before it is looked up (``Get started today!``).
_ACT_END = ".!…。！ "
#: A web address closing a line, with the mark that sets it off (``– https://…``, ``: www.…``).
_LINK_TAIL = re.compile(r"\s*[:：–—-]?\s*(?:https?://|www\.)\S+\s*$", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Second-level labels under which a country's sites register (``example.co.uk``): the name is the label before.
SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "or", "ne", "go", "gv", "edu"))
#: A site's name shorter than this is no evidence (``t-online``'s ``t``; ``ap``).
SITE_NAME_MIN = 3


def site_name(host: "str | None") -> "str | None":
    """The registered name of a host, lower case: ``ruhrbote`` of ``www.ruhrbote.de``, ``herald`` of ``www.herald.co.uk``."""
    if not host:
        return None
    labels = [x for x in host.lower().strip(".").split(".") if x]
    if len(labels) < 2:
        return None
    name = labels[-3] if len(labels) > 2 and labels[-2] in SECOND_LEVEL else labels[-2]
    return name if len(name) >= SITE_NAME_MIN and not name.isdigit() else None


def _names_site_channel(low: str, name: str) -> bool:
    """A compound of the site's name and one of its channels (``ruhrbote-newsletter``, ``ruhrbote-news-app``)."""
    head = name + "-"
    if head not in low:
        return False  # (most lines)
    for w in low.split():
        w = w.strip(_TOKEN_EDGE)
        if w.startswith(head):
            rest = w[len(head):]
            if rest in _CHANNELS or rest.rsplit("-", 1)[-1] in _CHANNELS:
                return True
    return False


def _names_site_on_network(low: str, name: str) -> bool:
    """The site's name as a whole word, then a preposition and a network (``der ruhrbote auch bei social media``)."""
    at = low.find(name)
    while at >= 0:  # (most lines: not at all; no pattern is compiled per site)
        end = at + len(name)
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "-_")) \
                and (end == len(low) or not (low[end].isalnum() or low[end] in "-_")) \
                and _ON_NETWORK.match(low, end) is not None:
            return True
        at = low.find(name, end)
    return False


def is_newsletter_title(text: str) -> bool:
    """A newsletter's title: a newsletter word as a label, then a short name (``Newsletter: Sport inside``)."""
    t = text.strip()
    if not t or len(t) > ANYWHERE_MAX_CHARS // 2:
        return False
    m = _NEWSLETTER_TITLE.fullmatch(fold(t))
    return m is not None and len(m.group(1).split()) <= TITLE_MAX_WORDS and _SENTENCE_END.search(t) is None \
        and _QUOTE.search(t) is None


def promo_of(text: str, at_end: bool = False, site: "str | None" = None, handle: bool = True) -> "str | None":
    """``"own"``, ``"call"`` or ``"contact"`` when a short text is the site promoting itself
    (a sign-up or follow call only ``at_end``; a channel named after ``site``, the site's
    name as :func:`site_name` reads it, is its own; a call to follow a handle anywhere when
    ``handle``: not an item of a list, where it is one of the article's tips), else None."""
    t = text.strip()
    if not t or not within_short_limit(t, MAX_CHARS):
        return None
    low = fold(t)
    what = None
    own = False  # (the site's possessive and one of its channels: ``our newsletter``)
    if "@" in low and _EMAIL.search(low) and _CONTACT.search(t) is not None:
        what = "contact"
    elif not _POSSESSIVE_WORDS.isdisjoint(_words(low)) and _names_own_channel(low):
        what = "own"
        own = True
    elif site and (_names_site_channel(low, site) or _names_site_on_network(low, site)):
        what = "own"
    elif len(t) <= ANYWHERE_MAX_CHARS and _act_call(t):
        what = "act"
    elif at_end and (_CALLS.search(t) is not None or _FOLLOW.match(low)):
        what = "call"
    elif handle and "@" in low and len(t) <= ANYWHERE_MAX_CHARS and _follows_handle(low):
        what = "call"
    elif handle and len(t) <= ANYWHERE_MAX_CHARS and _FOLLOW_OPENING.search(low) is not None:
        what = "call"
    if what is None or _QUOTE.search(t) is None:
        return what  # (a quotation is looked for only in a line that matched: most lines do not)
    if what == "own" and own:
        # the site's possessive and channel outside the quoted words still speak for the site (``Cet
        # article est paru dans notre newsletter « La lettre »``); in a quotation they are someone's
        rest = _QUOTED.sub(" ", t)
        if _QUOTE.search(rest) is None:
            low = fold(rest)
            if not _POSSESSIVE_WORDS.isdisjoint(_words(low)) and _names_own_channel(low):
                return what
    return None


def is_newsletter_pitch(text: str) -> bool:
    """A short block naming a newsletter (``NEWSLETTER_LABELS``, also in a compound) with a sign-up call to the
    reader outside quoted words (``SIGNUP_CALLS``: ``… informiert Sie … Hier geht es zur Anmeldung``,
    ``Inscrivez-vous à la newsletter``): a newsletter's pitch, wherever it stands; a report about a newsletter
    says no imperative to the reader."""
    t = text.strip()
    if not t or not within_short_limit(t, MAX_CHARS):
        return False
    low = fold(t)
    if not any(w in low for w in _NEWSLETTER_WORDS):
        return False
    if _QUOTE.search(t) is not None:
        t = _QUOTED.sub(" ", t)
    return _SIGNUP.search(t) is not None


def _act_call(t: str) -> bool:
    """A call to act alone (``ACT_CALLS``: ``Join our Facebook group``), perhaps with its link after it, or
    closing a pitch made only of questions (``Ready to simplify your week? Get started today.``)."""
    core = clean_line(t)
    if "http" in core or "www." in core:
        core = clean_line(_LINK_TAIL.sub("", core))  # (``Join our Facebook group: https://…``: the call and its link)
    core = core.rstrip(_ACT_END)
    if not core:
        return False
    if _ACT.whole(core):
        return True
    pitch, mark, call = core.rpartition("?")
    if not mark or not pitch or any(c in pitch for c in ".!。！"):
        return False  # (a sentence before the questions: a paragraph's words, not a pitch)
    call = call.strip(" " + _ACT_END)
    return bool(call) and _ACT.whole(call)


def _follows_handle(low: str) -> bool:
    """A short call to follow an account by its handle, anywhere in the body: a follow verb opening
    the line, the handle, at most HANDLE_TAIL_WORDS words after it (``follow @examplenews for
    breaking news``)."""
    m = _FOLLOW_HANDLE.match(low)
    return m is not None and len(low[m.end():].split()) <= HANDLE_TAIL_WORDS


def _names_own_channel(low: str) -> bool:
    """A possessive of the site followed within OWN_GAP words by one of its channels in the
    possessive's own language (a channel may close a compound: ``welt-podcasts``). Read word by
    word after each possessive: a regex of possessive, gap and channel backtracks far on long lines."""
    for m in _POSSESSIVE_AT.finditer(low):
        channels = _OWN_CHANNELS.get(m.group(), _CHANNELS)
        words = [w.strip(_TOKEN_EDGE) for w in low[m.end():m.end() + 120].split()[:OWN_GAP + _CHANNEL_WORDS]]
        for i in range(min(OWN_GAP + 1, len(words))):
            last = words[i].rsplit("-", 1)[-1]
            if words[i] in channels or last in channels:
                return True
            for k in range(2, _CHANNEL_WORDS + 1):
                if i + k <= len(words) and " ".join(words[i:i + k]) in channels:
                    return True
    return False


def _box_token(tokens: "tuple[str, ...] | frozenset[str]") -> "str | None":
    """The first class/id token naming a sign-up box (a word of BOX_WORDS in it, not a slug), or None."""
    for t in tokens:
        for w in BOX_WORDS:
            if w in t and sum(1 for part in t.replace("_", "-").split("-") if part) < SLUG_MIN_PARTS:
                return t
    return None


def _drop_signup_boxes(doc: Document, kept: "list[Block]") -> None:
    """HTML: the kept blocks of small sign-up boxes (see the module's doc)."""
    seen_tokens: dict[int, bool] = {}  # id(block.tokens) -> may one of its elements be a box (cheap first look)
    box_of: dict[int, object] = {}  # id(element) -> the element when it names a box, else None
    boxes: dict[int, tuple[object, str, list[Block]]] = {}
    for b in kept:
        if b.chars > BOX_MAX_CHARS:
            continue  # (longer than any small box: most of the body's paragraphs)
        key = id(b.tokens)
        may = seen_tokens.get(key)
        if may is None:
            # (the tokens joined once, each word looked for at C speed: no loop over every token)
            joined = " ".join(b.tokens) if b.tokens else ""
            may = seen_tokens[key] = bool(joined) and any(w in joined for w in BOX_WORDS) \
                and _box_token(b.tokens) is not None
        if not may:
            continue  # (most blocks: no token of the block or its ancestors holds a box word)
        for el in reversed(b.path[-BOX_LEVELS:]):
            ek = id(el)
            if ek not in box_of:
                tok = _box_token(element_tokens(el))
                box_of[ek] = (el, tok) if tok is not None else None
            found = box_of[ek]
            if found is not None:
                boxes.setdefault(ek, (found[0], found[1], []))[2].append(b)
                break
    if not boxes:
        return
    total = sum(b.chars for b in kept) or 1
    limit = min(BOX_MAX_CHARS, BOX_MAX_SHARE * total)
    items = repeated_items(((tok, sum(b.chars for b in blocks)) for _el, tok, blocks in boxes.values()), total,
                           BOX_MAX_SHARE, REPEATED_MIN_BOXES) if len(boxes) >= REPEATED_MIN_BOXES else set()
    for _el, tok, blocks in boxes.values():
        if sum(b.chars for b in blocks) > limit or item_name(tok) in items \
                or any(b.kind == "heading" and b.level == 1 for b in blocks):
            continue
        for b in blocks:
            if b.dropped is None:
                doc.drop(b, "promo", f"inside a small newsletter or sign-up box (class/id {tok!r})", region="promo")


_REASONS = {
    "own": "the site promoting its own newsletter, app, channel or coverage",
    "call": "a sign-up or follow call (at the end of the article, or an account's handle or a network to follow)",
    "contact": "the site asking for tips or feedback (with its e-mail address)",
    "act": "a call to act alone on its line (a template's button or pitch: get started, join our group)",
    "pitch": "a newsletter's pitch (a newsletter named with a sign-up call to the reader)",
}


def _drop_promos(doc: Document) -> None:
    kept = body(doc)
    if doc.is_html:
        _drop_signup_boxes(doc, kept)
        kept = [b for b in kept if b.dropped is None]
    n = len(kept)
    limit = MAX_CHARS[1]
    site = site_name(doc.site)
    # a tip or feedback call with an address closes or interrupts an article; the body's only
    # paragraph, it is the page's text (a missing page's request to write to the site)
    alone = sum(1 for b in kept if b.kind == "paragraph") == 1
    for i, b in enumerate(kept):
        if b.chars > limit or b.kind == "quote" or b.dropped is not None:
            continue  # (a newsletter's blurb dropped with its title)
        if is_newsletter_pitch(b.text):
            doc.drop(b, "promo", _REASONS["pitch"])
            continue
        if b.chars > ANYWHERE_MAX_CHARS and i < n - TAIL_ZONE:
            continue
        what = promo_of(b.text, at_end=i >= n - TAIL_REACH, site=site, handle=b.kind != "list_item")
        if what == "contact" and alone:
            continue  # the body's only paragraph: the page's own text (an error page asking to be told)
        if what is not None:
            doc.drop(b, "promo", _REASONS[what])
        elif b.chars <= ANYWHERE_MAX_CHARS // 2 and (":" in b.text or "：" in b.text) and is_newsletter_title(b.text):
            doc.drop(b, "promo", "a newsletter's title (a newsletter word as a label, then its name)")
            nxt = kept[i + 1] if i + 1 < n else None
            if nxt is not None and len(b.path) > 1 and len(nxt.path) > 1 and b.path[-2] is nxt.path[-2] \
                    and nxt.kind not in ("heading", "quote") and nxt.chars <= BLURB_MAX_CHARS:
                doc.drop(nxt, "promo", "the blurb beside a newsletter's title")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_promos, order=INBODY_ORDER, stage="blocks", kind="promo",
                  description="the site promoting itself inside the article (its newsletter, app, channels, tip line)"))
