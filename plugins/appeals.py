"""Appeals inside the article: donation and membership calls, cookie and consent notices, paywalls.

``Support independent journalism …``, ``Jetzt unterstützen``, ``Faites un
don``, ``We use cookies …``, ``Wir verwenden Cookies …``, ``Cenimy Twoją
prywatność``, ``Already a subscriber?``, ``この記事は会員限定です``: the page
asks the reader for money, consent or a log-in. The consent prompt standing in
for an embedded post (``An dieser Stelle findest du einen externen Inhalt …``,
``Ich bin damit einverstanden, dass mir …``) and calls to follow the site on a
messenger (``Folgst du schon … auf WhatsApp?``) and the consent line of a sign-up form or a
click-to-play player (``By signing up, you agree to receive …``, ``By clicking to watch this video,
you agree …``: ``SIGNUP_CONSENT``) and a sign-up form's status or error line (``There was an error, please
provide a valid email address.``, ``A welcome email is on its way. …``: ``SIGNUP_STATUS``) go the same way (without a consent box). Newsletter and app calls are the ``ads`` plugin's. This plugin runs after the article is
located (order 600) and drops a short kept block that is *opened* by such a
phrase, or one of the body's closing blocks (up to ``DONATION_INSIDE_MAX_CHARS``, no quotation)
that holds a donation call anywhere (``… Invest in journalism, invest in democracy``,
``… unterstützen Sie unsere Aktion``: ``DONATION_INSIDE``); in HTML, a cookie notice takes the small consent box around it (its
list of purposes and buttons) with it; a paywall prompt takes the subscription offer it heads, the run
of a few short list items right after it (``Unlimited digital access``, ``Cancel anytime``: ``OFFER_*``)
and, in HTML, the small box's other short lines after them (a price, the button). A news paragraph about donations or cookies does not open with the
fixed phrase (``We use cookies`` is the site speaking), or is longer.
A notice that the account is in use on another device (``DEVICE_NOTICE``), in the body's second half
and followed closely by another line of its dialog, goes with every kept block after it.

Before the article is located, a tree step (``consent``, tree order 170, after
chrome) removes a consent dialog that chrome's class words missed (obfuscated
CSS-in-JS class names): an element whose text is dominated by consent and
data-processing vocabulary (``CONSENT_TERMS``: cookies, personal data, our
partners, IAB TCF, legitimate interest, withdraw consent ... in ~13 languages)
and that carries an accept action (a short line that is only an accept label,
``Accept all``, ``Alle akzeptieren``, ``同意する``, or a block naming one:
``Click ACCEPT to agree``), outside ``<article>``/``<main>``/``[itemprop=articleBody]``,
holding no ``<h1>`` nor the page's title, little other prose, and leaving the page
prose of its own. The outermost such element goes, recorded (kind ``appeal``,
region ``consent``). Long legal prose would otherwise be the longest run of
sentences on the page and win the locator. A page whose text names consent
fewer than a few times (``CONSENT_ANCHORS``) is not looked into.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import lxml.etree as etree

from newsclean import Step, hookimpl
from newsclean.blocks import describe_element, drop_keep_tail, holds_at_most, shared_depth
from newsclean.document import Block, Document
from newsclean.patterns import LazyPattern, literal_tree
from newsclean.text import char_count

from .inbody import DECOR, INBODY_ORDER, Lexicon, Lexicons, body, clean_line, fold, within_short_limit
from .inbody.noise_lines import offer_line_test
from .vocab import appeals as _vocab
from .vocab import terms

__all__ = ["appeal_of", "consent_step"]

# --- vocabulary (data in newsclean.plugins.vocab.appeals) -------------------
DONATION = terms(_vocab.DONATION)
COOKIES = terms(_vocab.COOKIES)
PAYWALL = terms(_vocab.PAYWALL)
PAYWALL_INSIDE = terms(_vocab.PAYWALL_INSIDE)
DONATION_INSIDE = terms(_vocab.DONATION_INSIDE)
EMBED_CONSENT = terms(_vocab.EMBED_CONSENT)
FOLLOW = terms(_vocab.FOLLOW)
SIGNUP_CONSENT = terms(_vocab.SIGNUP_CONSENT)
SIGNUP_STATUS = terms(_vocab.SIGNUP_STATUS)
DEVICE_NOTICE = terms(_vocab.DEVICE_NOTICE)
DEVICE_LIMIT = terms(_vocab.DEVICE_LIMIT)

#: Longest appeal (CJK, other scripts), in characters.
MAX_CHARS = (150, 400)
#: Longest consent prompt of an embedded post or player (CJK, other scripts): it opens with a
#: fixed phrase (``Um eingebettete Inhalte anzuzeigen, …``) and often spells out the data
#: transfer it asks consent for, a paragraph of legal text.
EMBED_MAX_CHARS = (400, 1200)
#: A paywall's phrase inside a line (not opening it) counts among this many blocks at the body's end,
#: or where the kept blocks after it hold at most PAYWALL_TAIL_CHARS (an author's box, a tag list).
PAYWALL_TAIL = 3
PAYWALL_TAIL_CHARS = 300
#: A subscription box's offer under its paywall prompt: the run of list items right after the prompt
#: (``Unlimited digital access``, ``Cancel anytime``), from OFFER_ITEMS_MIN to OFFER_ITEMS_MAX items
#: of at most OFFER_ITEM_MAX_CHARS (CJK, other scripts) each; a longer list, or one of longer items, is
#: the article's own. In HTML the prompt and the list share a box of at most OFFER_BOX_CHARS, and the
#: box's other short lines after the prompt (a price, the subscribe button) go with them.
OFFER_ITEMS_MIN = 2
OFFER_ITEMS_MAX = 8
OFFER_ITEM_MAX_CHARS = (30, 80)
OFFER_BOX_CHARS = 1200
#: In a text dump the offer has no bullets: it is the group of lines written line after line (no blank
#: line between them) after a blank line under the prompt, OFFER_DUMP_ITEMS_MIN to OFFER_DUMP_ITEMS_MAX lines
#: of at most OFFER_DUMP_ITEM_MAX_CHARS (CJK, other scripts) each, ended by a blank line or the box's
#: next prompt; one short line standing alone between the prompt and the group (its sub-heading,
#: ``Subscribe now to read the latest news``), at most OFFER_ITEM_MAX_CHARS, goes with it.
OFFER_DUMP_ITEMS_MIN = 3  # (two lines under a prompt: a box's heading and its sentence, not an offer)
OFFER_DUMP_ITEMS_MAX = 12
OFFER_DUMP_ITEM_MAX_CHARS = (80, 200)
#: HTML: the consent box around a cookie notice (its purposes, its buttons) goes with it
#: when it holds at most this many characters and this share of the body, and no <h1>.
CONSENT_BOX_CHARS = 3000
CONSENT_BOX_SHARE = 0.4
#: How many ancestors up the box is looked for.
CONSENT_BOX_LEVELS = 6

_DONATION = Lexicon(DONATION)
_COOKIES = Lexicon(COOKIES)
_PAYWALL = Lexicon(PAYWALL)
# looked for at C speed in the lower-cased line (a regex or a fold of every line costs more than the step)
_PAYWALL_INSIDE = tuple(sorted({p.lower() for p in PAYWALL_INSIDE}))
_DONATION_INSIDE = tuple(sorted({p.lower() for p in DONATION_INSIDE}))
#: Longest closing block read for a donation appeal's phrase inside it (CJK, other scripts): a campaign's
#: paragraph after the story; a quotation (its marks) is never one.
DONATION_INSIDE_MAX_CHARS = (400, 1000)
_QUOTE_MARKS = "\"“”„«»「」『』"
#: A cheap first look: a piece of a word each phrase of DONATION_INSIDE holds, capitalised or not
#: (``ournalis`` of Journalism, journalism, Journalismus; a test checks every phrase holds one).
DONATION_ANCHORS = ("ournalis", "nterstütz", "outen", "eriodismo", "iornalismo")
_QUOTE_MARK_RE = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")
_EMBED = Lexicon(EMBED_CONSENT)
_DEVICE_NOTICE = tuple(sorted({p.lower() for p in DEVICE_NOTICE}))
_DEVICE_ANY = tuple(sorted({p.lower() for p in DEVICE_NOTICE + DEVICE_LIMIT}))
#: A device notice (``DEVICE_NOTICE`` in a short line) is the dialog's head when another line of the dialog
#: (``DEVICE_NOTICE`` or ``DEVICE_LIMIT``) follows within this many kept blocks, and when the kept text
#: before it is at least the kept text from it on (the dialog closes the story): it and every kept block
#: after it go.
DEVICE_WINDOW = 4
#: A cheap first look: a piece of a word each phrase of DEVICE_NOTICE and DEVICE_LIMIT holds, capitalised or not
#: (a test checks every phrase holds one).
DEVICE_ANCHORS = ("evice", "erät", "ppareil", "ispositiv", "rządzeni", "pparaat", "oestel")
# cheap first look for a block longer than MAX_CHARS: the lower case of its first two letters
# (after decoration) opens some embed consent phrase
_EMBED_FIRST_TWO = frozenset(t[:2] for t in _EMBED._index)
_FOLLOW = Lexicon(FOLLOW)
_SIGNUP = Lexicon(SIGNUP_CONSENT)
_SIGNUP_STATUS = Lexicon(SIGNUP_STATUS)
# asked in this order: the first that opens the line names it
_APPEALS = Lexicons((("donation", _DONATION, False), ("cookies", _COOKIES, False), ("paywall", _PAYWALL, False),
                     ("embed", _EMBED, False), ("follow", _FOLLOW, False), ("signup", _SIGNUP, False),
                     ("signup-status", _SIGNUP_STATUS, False)))


def appeal_of(text: str, at_end: bool = False) -> str | None:
    """``"donation"``, ``"cookies"``, ``"paywall"``, ``"embed"``, ``"follow"``, ``"signup"`` or ``"signup-status"``
    when a short text is
    opened by such an appeal, else None (an embed's consent prompt may be longer: ``EMBED_MAX_CHARS``).
    ``at_end`` (among the body's last ``PAYWALL_TAIL`` blocks or with little text after it, where a
    paywall cuts the article): a
    paywall's phrase anywhere in the line counts too (``PAYWALL_INSIDE``)."""
    t = clean_line(text)
    if not t:
        return None
    if not within_short_limit(t, MAX_CHARS):
        if within_short_limit(t, EMBED_MAX_CHARS) and _EMBED.opens(t):
            return "embed"
        return None
    what = _APPEALS.first_opening(t)
    if what is None and at_end and _inside_paywall(t):
        return "paywall"  # (a paywall's line after a counter or a campaign's name)
    return what


def _offered(text: str) -> bool:
    """The whole-line test offered to the dumps' locator: a line the ``lines`` step drops as an appeal."""
    return appeal_of(text) is not None


def _inside_paywall(t: str) -> bool:
    """A paywall's phrase anywhere in the line (``PAYWALL_INSIDE``, ignoring case)."""
    low = t.lower()
    return any(p in low for p in _PAYWALL_INSIDE)


def _donation_inside(text: str) -> bool:
    """A donation appeal's phrase anywhere in a closing block (``DONATION_INSIDE``, ignoring case), no
    quotation in it, at most ``DONATION_INSIDE_MAX_CHARS``."""
    if len(text) > DONATION_INSIDE_MAX_CHARS[1] or not any(a in text for a in DONATION_ANCHORS):
        return False  # (most closing blocks: a few substring looks at C speed)
    if not within_short_limit(text, DONATION_INSIDE_MAX_CHARS):
        return False
    low = text.lower()
    return any(p in low for p in _DONATION_INSIDE) and _QUOTE_MARK_RE.search(text) is None


def _consent_box(b: Block, kept: "list[Block]", total: int) -> "list[Block]":
    """The kept blocks of the largest small ancestor of ``b`` (HTML), the consent box it opens."""
    best: list[Block] = []
    for el in reversed(b.path[-CONSENT_BOX_LEVELS - 1:-1]):
        inside = [c for c in kept if c.dropped is None and any(x is el for x in c.path)]
        chars = sum(c.chars for c in inside)
        if chars > CONSENT_BOX_CHARS or chars > CONSENT_BOX_SHARE * total \
                or any(c.kind == "heading" and c.level == 1 for c in inside):
            break
        best = inside
    return best


def _offer_box(doc: Document, kept: "list[Block]", i: int) -> "list[Block]":
    """The blocks of the subscription offer the paywall prompt ``kept[i]`` heads (see
    ``OFFER_ITEMS_MIN``): the list items right after it, and in HTML the other short lines of the box
    they share with the prompt after it; none when no such list follows. In a dump: the group of lines
    under it (``_dump_offer``)."""
    if not doc.is_html:
        return _dump_offer(doc, kept[i])
    items: list[Block] = []
    j = i + 1
    while j < len(kept) and len(items) <= OFFER_ITEMS_MAX:
        c = kept[j]
        if c.dropped is None:
            if c.kind != "list_item" or not within_short_limit(c.text, OFFER_ITEM_MAX_CHARS):
                break
            items.append(c)
        j += 1
    if not OFFER_ITEMS_MIN <= len(items) <= OFFER_ITEMS_MAX:
        return []
    prompt = kept[i]
    depth = shared_depth(prompt, items[-1])
    if depth == 0 or not holds_at_most(prompt.path[depth - 1], OFFER_BOX_CHARS):
        return []
    box = prompt.path[depth - 1]
    out = list(items)
    for c in kept[j:]:  # the box's other short lines after the list: a price, the subscribe button
        if c.dropped is not None:
            continue
        if len(c.path) < depth or c.path[depth - 1] is not box \
                or not within_short_limit(c.text, OFFER_ITEM_MAX_CHARS):
            break
        out.append(c)
    return out


def _dump_offer(doc: Document, prompt: Block) -> "list[Block]":
    """A text dump's subscription offer under the paywall prompt ``prompt`` (see
    ``OFFER_DUMP_ITEMS_MAX``); none when no such group of lines follows it."""
    lines = doc.blocks
    n = len(lines)
    j = prompt.index + 1
    out: list[Block] = []
    if j + 1 < n and lines[j].gap_before > 0 and lines[j + 1].gap_before > 0 \
            and within_short_limit(lines[j].text, OFFER_ITEM_MAX_CHARS):
        if appeal_of(lines[j].text) != "paywall":  # (a prompt of its own is dropped in its turn)
            out.append(lines[j])
        j += 1
    if j >= n or lines[j].gap_before == 0:
        return []
    group = [lines[j]]
    j += 1
    while j < n and lines[j].gap_before == 0 and len(group) <= OFFER_DUMP_ITEMS_MAX:
        if appeal_of(lines[j].text) == "paywall":
            break
        group.append(lines[j])
        j += 1
    if j == n or lines[j].gap_before == 0 and appeal_of(lines[j].text) != "paywall":
        return []  # (the group runs on, or up to the page's end: the article's own lines)
    if not OFFER_DUMP_ITEMS_MIN <= len(group) <= OFFER_DUMP_ITEMS_MAX \
            or not all(within_short_limit(c.text, OFFER_DUMP_ITEM_MAX_CHARS) for c in group):
        return []
    return [c for c in out + group if c.dropped is None]


def _device_line(text: str, phrases: "tuple[str, ...]") -> bool:
    """A short line holding one of ``phrases`` (lower case) anywhere, ignoring case."""
    if len(text) > MAX_CHARS[1] or not any(a in text for a in DEVICE_ANCHORS):
        return False  # (most lines: a few substring looks at C speed)
    low = text.lower()
    return within_short_limit(text, MAX_CHARS) and any(p in low for p in phrases)


def _device_dialog(kept: "list[Block]") -> int:
    """Where a notice that the account is in use on another device opens its dialog at the body's end
    (see ``DEVICE_WINDOW``), else ``len(kept)``."""
    total = sum(b.chars for b in kept)
    before = 0
    for i, b in enumerate(kept):
        if 2 * before >= total and b.dropped is None and _device_line(b.text, _DEVICE_NOTICE) \
                and any(_device_line(c.text, _DEVICE_ANY) for c in kept[i + 1:i + 1 + DEVICE_WINDOW]):
            return i
        before += b.chars
    return len(kept)


def _drop_appeals(doc: Document) -> None:
    kept = body(doc)
    cut = _device_dialog(kept)
    for b in kept[cut:]:
        if b.dropped is None:
            doc.drop(b, "appeal", "account in use on another device: the notice's dialog closing the body",
                     region="paywall")
    kept = kept[:cut]
    total = sum(b.chars for b in kept) or 1
    n = len(kept)
    after = 0  # characters of the kept blocks after block i, counted from the end
    tail_from = n
    offer: set[str] = set()  # (dumps) the lines of the offers dropped
    for j in range(n - 1, -1, -1):
        if after > PAYWALL_TAIL_CHARS and j < n - PAYWALL_TAIL:
            break
        tail_from = j
        after += kept[j].chars
    for i, b in enumerate(kept):
        if b.dropped is not None or b.chars > EMBED_MAX_CHARS[1]:
            continue
        if i >= tail_from and _donation_inside(b.text):
            doc.drop(b, "appeal", "donation or membership appeal closing the article (its call inside the block)")
            continue
        if b.chars > MAX_CHARS[1] and b.text.lstrip(DECOR + "\n\r")[:2].lower() not in _EMBED_FIRST_TWO:
            continue  # (most long blocks: no embed consent phrase opens them)
        what = appeal_of(b.text, at_end=i >= tail_from)
        if what == "donation":
            doc.drop(b, "appeal", "donation or membership appeal")
        elif what == "cookies":
            doc.drop(b, "appeal", "cookie or consent notice")
            if doc.is_html:
                for c in _consent_box(b, kept, total):
                    doc.drop(c, "appeal", "inside the consent box a cookie notice opens", region="consent")
        elif what == "paywall":
            doc.drop(b, "appeal", "paywall or log-in prompt")
            for c in _offer_box(doc, kept, i):
                doc.drop(c, "appeal", "subscription offer under a paywall prompt (its list of benefits)",
                         region="paywall")
                if not doc.is_html:
                    offer.add(c.text)
        elif what == "embed":
            doc.drop(b, "appeal", "consent prompt of an embedded post or player")
        elif what == "follow":
            doc.drop(b, "appeal", "call to follow the site on a messenger or news app")
        elif what == "signup":
            doc.drop(b, "appeal", "consent line of a sign-up form or a click-to-play player")
        elif what == "signup-status":
            doc.drop(b, "appeal", "status or error message of a sign-up form")
    if offer:  # a dump's subscription box said again for another plan (its prompt not one of ours)
        for b in kept:
            if b.dropped is None and b.text in offer:
                doc.drop(b, "appeal", "a subscription offer's line said again (the box repeated)", region="paywall")


# --- consent dialogs outside the article (tree step) -------------------------------------------

#: Tree order of the consent-dialog step: after chrome (150), which takes the dialogs its class
#: words name, before the blocks are built and the article located.
CONSENT_ORDER = 170
#: The page's text must name consent (``CONSENT_ANCHORS``) at least this many times within this
#: many bytes of its UTF-8 text (anchors looked for at most GATE_MAX_HITS times).
CONSENT_GATE_HITS = 3
CONSENT_GATE_WINDOW = 600
GATE_MAX_HITS = 500
#: A block is consent text when it holds a consent term per this many characters (a Han,
#: kana or Hangul character counts ``DENSE_WEIGHT``).
CONSENT_CHARS_PER_TERM = 250
DENSE_WEIGHT = 3
#: A dialog: at least this many characters of consent text ...
DIALOG_MIN_CHARS = 200
#: ... at least this share of its text ...
DIALOG_MIN_SHARE = 0.6
#: ... other prose (blocks of at least OTHER_BLOCK_CHARS that are no consent text) of at most
#: this share of its consent text and this many characters ...
OTHER_PROSE_SHARE = 0.25
OTHER_PROSE_MAX = 600
OTHER_BLOCK_CHARS = 80
#: ... and, on a page without an article element, the page keeps at least this many characters
#: outside it.
REST_MIN_CHARS = 150
#: A heading of at least this many characters (white space aside) that the title holds is the title.
TITLE_MIN_CHARS = 8
#: A line is an accept label when its text, at most this long, is one (``ACCEPT_LABELS``).
LABEL_MAX_CHARS = 40
#: The article's own elements: a dialog is never inside one nor holds one.
_ARTICLE_TAGS = frozenset(("article", "main", "h1"))
_INLINE = frozenset(("a", "span", "b", "i", "em", "strong", "code", "small", "sup", "sub", "label", "font",
                     "abbr", "time", "mark", "img", "u", "s", "q", "cite", "var", "kbd", "samp", "br", "wbr"))
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def _unspaced(term: str) -> bool:
    return _DENSE.search(term) is not None


def _word_terms(table: Any) -> "re.Pattern[str]":
    """Terms found at the start of a word (spaced scripts; short ones as whole words) or anywhere
    (unspaced scripts), on folded text."""
    words = {fold(t) for t in terms(table)}
    spaced = [t for t in words if not _unspaced(t)]
    long_ = [t for t in spaced if len(t) > 4]
    short = [t for t in spaced if len(t) <= 4]
    dense = [t for t in words if _unspaced(t)]
    alts = []
    if long_:
        alts.append(rf"(?<!\w)(?:{literal_tree(long_, ignorecase=False)})")
    if short:
        alts.append(rf"(?<!\w)(?:{literal_tree(short, ignorecase=False)})(?!\w)")
    if dense:
        alts.append(f"(?:{literal_tree(dense, ignorecase=False)})")
    return LazyPattern("|".join(alts))  # (compiled when first used: few pages hold a consent box)


def _byte_anchors(words: "tuple[str, ...]") -> "tuple[tuple[bytes, tuple[bytes, ...]], ...]":
    """The words as UTF-8 in the forms ``bytes.lower`` leaves of their lower, capitalised and upper
    case (it lowers ASCII letters only), without those another holds (counted twice), grouped by
    their first byte: ``(b"", ASCII words)`` first, then ``(lead byte, words)`` for the others, looked
    for only in text holding that byte (one ``memchr``: pages of other scripts pay nothing)."""
    forms = {f.encode("utf-8").lower() for w in words for f in (w.lower(), w.capitalize(), w.upper())}
    groups: dict[bytes, list[bytes]] = {}
    for f in sorted(f for f in forms if not any(o != f and o in f for o in forms)):
        groups.setdefault(b"" if f[0] < 128 else f[:1], []).append(f)
    return tuple(sorted((k, tuple(v)) for k, v in groups.items()))


_FIRST_LOOK = _byte_anchors(terms(_vocab.CONSENT_FIRST_LOOK))
_CONSENT_ANCHORS = _byte_anchors(terms(_vocab.CONSENT_ANCHORS))


def _anchor_hits(low: bytes, anchors: "tuple[tuple[bytes, tuple[bytes, ...]], ...]", enough: int) -> int:
    """How many times the lowered UTF-8 text holds the anchors (counting stops at ``enough``)."""
    hits = 0
    for lead, words in anchors:
        if lead and lead not in low:
            continue
        for w in words:
            if w in low:
                hits += low.count(w)
                if hits >= enough:
                    return hits
    return hits


def _anchors_close(low: bytes, anchors: "tuple[tuple[bytes, tuple[bytes, ...]], ...]", enough: int,
                   window: int) -> bool:
    """True when ``enough`` anchor hits lie within ``window`` bytes of one another (a dialog is
    dense; a page naming its cookie policy in the footer and consent in a story is not)."""
    at: list[int] = []
    for lead, words in anchors:
        if lead and lead not in low:
            continue
        for w in words:
            i = low.find(w)
            while i >= 0 and len(at) < GATE_MAX_HITS:
                at.append(i)
                i = low.find(w, i + 1)
    at.sort()
    k = enough - 1
    return any(at[j + k] - at[j] <= window for j in range(len(at) - k))


_CONSENT_TERMS = _word_terms(_vocab.CONSENT_TERMS)
_CLICK = _word_terms(_vocab.CLICK_WORDS)
_ACCEPT_WORDS = _word_terms(_vocab.ACCEPT_WORDS)
_ACCEPT_LABELS = Lexicon(terms(_vocab.ACCEPT_LABELS))
_LABEL_STRIP = DECOR + ".!:…\n\r\u00a0"


def _weighted(text: str) -> int:
    """Characters without white space, a Han, kana or Hangul character counting ``DENSE_WEIGHT``."""
    n = char_count(text)
    return n + (DENSE_WEIGHT - 1) * len(_DENSE.findall(text)) if not text.isascii() else n


def is_accept_label(text: str) -> bool:
    """True when a short text is only an accept label (``Accept all``, ``Zustimmen``, ``同意する``)."""
    t = text.strip(_LABEL_STRIP)
    return 0 < len(t) <= LABEL_MAX_CHARS and _ACCEPT_LABELS.whole(t)


def consent_terms(text: str) -> int:
    """How many consent and data-processing terms a text holds."""
    return len(_CONSENT_TERMS.findall(fold(text)))


def names_accept(text: str) -> bool:
    """True when a text names the accept action: a click word and an accept word."""
    low = fold(text)
    return _CLICK.search(low) is not None and _ACCEPT_WORDS.search(low) is not None


def _page_names_consent(body: Any) -> bool:
    """The cheap first look: the page's text names consent at least ``CONSENT_GATE_HITS`` times."""
    # (the text as UTF-8 and ``bytes.lower``: no str made of the page, each look a C substring search)
    low = etree.tostring(body, method="text", encoding="utf-8").lower()
    return (_anchor_hits(low, _FIRST_LOOK, 1) > 0
            and _anchor_hits(low, _CONSENT_ANCHORS, CONSENT_GATE_HITS) >= CONSENT_GATE_HITS
            and _anchors_close(low, _CONSENT_ANCHORS, CONSENT_GATE_HITS, CONSENT_GATE_WINDOW))


def _is_article(el: Any) -> bool:
    tag = el.tag
    return tag in _ARTICLE_TAGS or (el.get("itemprop") or "").lower() == "articlebody"


class _Tally:
    """Per element: weighted characters, consent characters, other prose, accept action, article inside."""

    __slots__ = ("chars", "consent", "other", "accept", "named", "article", "end")

    def __init__(self) -> None:
        self.chars = 0
        self.consent = 0
        self.other = 0
        self.accept = False  # an accept label (a button, a link, a line of its own)
        self.named = False  # a sentence naming the accept action ("Click ACCEPT to agree")
        self.article = False
        self.end = 0  # index of the subtree's last element in document order


def _tally(body: Any) -> "tuple[list[Any], dict[Any, _Tally]]":
    """One walk: each block's text (an element and its inline descendants) judged once, summed
    up the tree."""
    els: list[Any] = []
    tally: dict[Any, _Tally] = {}
    parts: dict[Any, list[str]] = {}
    stack: list[tuple[Any, Any]] = []  # (element, its block host)
    for event, el in etree.iterwalk(body, events=("start", "end", "comment", "pi")):
        if event == "start":
            tag = el.tag
            host = stack[-1][1] if (stack and isinstance(tag, str) and tag.lower() in _INLINE) else el
            stack.append((el, host))
            t = tally[el] = _Tally()
            els.append(el)
            if _is_article(el):
                t.article = True
            if tag == "input" and is_accept_label(el.get("value") or ""):
                t.accept = True
            text = el.text
            if text:
                parts.setdefault(host, []).append(text)
                if len(text) <= 2 * LABEL_MAX_CHARS and is_accept_label(text):
                    t.accept = True
        elif event == "end":
            stack.pop()
            tally[el].end = len(els) - 1
            tail = el.tail
            if tail and stack:
                parts.setdefault(stack[-1][1], []).append(tail)
        else:  # a comment or processing instruction: only its tail is page text
            tail = el.tail
            if tail and stack:
                parts.setdefault(stack[-1][1], []).append(tail)
    for host, texts in parts.items():
        text = " ".join(texts)
        n = _weighted(text)
        if not n:
            continue
        t = tally[host]
        t.chars += n
        hits = consent_terms(text)
        if hits and n <= CONSENT_CHARS_PER_TERM * hits:
            t.consent += n
        elif n >= OTHER_BLOCK_CHARS:
            t.other += n
        if hits and not t.named and names_accept(text):
            t.named = True
    for el in reversed(els):  # children before their parents: sums up the tree
        parent = el.getparent()
        if parent is None or el is body:
            continue
        t, p = tally[el], tally[parent]
        p.chars += t.chars
        p.consent += t.consent
        p.other += t.other
        p.accept = p.accept or t.accept
        p.named = p.named or t.named
        p.article = p.article or t.article
    return els, tally


def _dialog(t: _Tally, page_chars: int, marked: bool) -> bool:
    """``marked``: the page has an article element (``<article>``, ``<main>``, ``articleBody``), where
    the article is then; on a page without one, a sentence naming the accept action is no dialog's
    evidence (an article about consent may quote it): a label must be there, and the page must
    keep text of its own."""
    return ((t.accept or (t.named and marked)) and not t.article and t.consent >= DIALOG_MIN_CHARS
            and t.consent >= DIALOG_MIN_SHARE * t.chars
            and t.other <= min(OTHER_PROSE_MAX, OTHER_PROSE_SHARE * t.consent)
            and (marked or page_chars - t.chars >= REST_MIN_CHARS))


def _holds_title(el: Any, title: str) -> bool:
    """True when a heading inside the element is the page's title (or the title holds it: the
    ``<title>`` read before the blocks still carries the site's name)."""
    if not title:
        return False
    for h in el.iter("h1", "h2", "h3"):
        ht = "".join(etree.tostring(h, method="text", encoding="unicode").split()).lower()
        if len(ht) >= TITLE_MIN_CHARS and (ht in title or title in ht):
            return True
    return False


def consent_step(doc: Document) -> None:
    """Remove consent dialogs found by their text (see the module docstring)."""
    tree = doc.tree
    if tree is None:
        return
    body = next(tree.iterchildren("body"), None)
    if body is None or not _page_names_consent(body):
        return
    els, tally = _tally(body)
    page_chars = tally[body].chars
    marked = any(el.tag in ("article", "main") or (el.get("itemprop") or "").lower() == "articlebody"
                 for el in els)
    title_meta = doc.meta.get("title")
    title = "".join(str(title_meta).split()).lower() if title_meta else ""
    found: list[Any] = []
    i, n = 1, len(els)  # (the body itself is never removed)
    while i < n:
        el = els[i]
        t = tally[el]
        if _is_article(el):
            i = t.end + 1  # nothing inside the article is a dialog here
            continue
        if _dialog(t, page_chars, marked) and not _holds_title(el, title):
            found.append(el)
            i = t.end + 1
            continue
        i += 1
    for el in found:
        t = tally[el]
        text = " ".join(etree.tostring(el, method="text", encoding="unicode").split())
        doc.record("appeal", f"consent dialog by its text ({t.consent} of {t.chars} characters in consent "
                   f"sentences, an accept action, outside the article): {describe_element(el)}",
                   text, region="consent")
        drop_keep_tail(el)


# --- consent dialogs in a text dump (blocks step, before the article is located) ----------------

#: Block order of the dumps' consent step: before the locator (500), which would otherwise take a
#: dialog's run of long consent sentences for the article.
CONSENT_LINES_ORDER = 180
#: Inside a dump's dialog, at most this many lines in a row that are neither consent sentences nor
#: accept labels (the dialog's short headings, toggles: ``Always Active``, ``Show purposes``).
DIALOG_GAP_LINES = 6
#: A line of at most this many characters opened by an accept label is one (``I Accept Reject All``:
#: a row of buttons flattened to one line).
BUTTON_ROW_MAX_CHARS = 60


#: The accept labels of at least BUTTON_LABEL_MIN_CHARS, folded: a row of buttons flattened to one line
#: ends with one (``MORE OPTIONSAGREE``, ``Reject allAccept all``).
BUTTON_LABEL_MIN_CHARS = 5
_ACCEPT_ENDINGS = tuple(sorted({fold(t) for t in terms(_vocab.ACCEPT_LABELS) if len(t) >= BUTTON_LABEL_MIN_CHARS}))


def _ends_with_accept(t: str) -> bool:
    """A short line that ends with an accept label of ``BUTTON_LABEL_MIN_CHARS`` or more glued to the
    button before it (``OPTIONSAGREE``; not a phrase ending in the word: ``… GDPR consent``)."""
    low = fold(t)
    for e in _ACCEPT_ENDINGS:
        if low.endswith(e) and len(low) > len(e) and low[-len(e) - 1].isalnum():
            return True
    return False


def _dump_dialogs(blocks: "list[Block]") -> "list[tuple[int, int, int, int]]":
    """The dialogs of a dump: runs of lines ``(start, stop, consent chars, chars)`` around an accept
    label, each edge a consent sentence, between them consent sentences and short lines only (at most
    ``DIALOG_GAP_LINES`` of these in a row), no other prose line and no line taken as the title."""
    n = len(blocks)
    consent = [0] * n  # weighted characters of a consent sentence, else 0
    weight = [0] * n
    accept = [False] * n
    for i, b in enumerate(blocks):
        w = weight[i] = _weighted(b.text)
        if not w:
            continue
        hits = consent_terms(b.text)
        if hits and w <= CONSENT_CHARS_PER_TERM * hits:
            consent[i] = w
        t = b.text.strip(_LABEL_STRIP)
        if len(t) <= BUTTON_ROW_MAX_CHARS and (is_accept_label(t) or _ACCEPT_LABELS.opens(t)
                                                 or _ends_with_accept(t)):
            accept[i] = True

    def inner(i: int) -> bool:  # a line a dialog may hold besides its consent sentences
        b = blocks[i]
        if b.dropped is not None and b.dropped.kind == "title":
            return False
        return consent[i] > 0 or accept[i] or weight[i] < OTHER_BLOCK_CHARS

    out: list[tuple[int, int, int, int]] = []
    i = 0
    while i < n:
        if not accept[i]:
            i += 1
            continue
        a = z = i  # grown over inner lines, each step at most DIALOG_GAP_LINES beyond a consent line
        for step in (-1, 1):
            j, edge, gap = i, i, 0
            while 0 <= j + step < n and inner(j + step):
                j += step
                if consent[j] or accept[j]:
                    edge, gap = j, 0
                else:
                    gap += 1
                    if gap > DIALOG_GAP_LINES:
                        break
            if step < 0:
                a = edge
            else:
                z = edge
        while a < i and not consent[a]:  # each edge a consent sentence
            a += 1
        while z > i and not consent[z]:
            z -= 1
        got = sum(consent[a:z + 1])
        out.append((a, z + 1, got, sum(weight[a:z + 1])))
        i = z + 1
    return out


def consent_lines_step(doc: Document) -> None:
    """Drop the consent dialogs of a text dump, found by their text and an accept label: a run of
    consent sentences (``CONSENT_TERMS``) with a line that is an accept label (``Accept all``) or opens
    with one, at least ``DIALOG_MIN_CHARS`` of consent text and ``DIALOG_MIN_SHARE`` of the run, the
    page keeping ``REST_MIN_CHARS`` besides. The dump has no box to read: the run's lines are the box."""
    offer_line_test(doc, "appeal", _offered)  # (the locator, next, reads such a line as no run of its own)
    blocks = doc.blocks
    if not blocks or doc.raw_text is None:
        return
    low = doc.raw_text.encode("utf-8", "replace").lower()
    if not (_anchor_hits(low, _FIRST_LOOK, 1) > 0
            and _anchor_hits(low, _CONSENT_ANCHORS, CONSENT_GATE_HITS) >= CONSENT_GATE_HITS
            and _anchors_close(low, _CONSENT_ANCHORS, CONSENT_GATE_HITS, CONSENT_GATE_WINDOW)):
        return
    page = sum(_weighted(b.text) for b in blocks if b.dropped is None)
    for a, z, got, chars in _dump_dialogs(blocks):
        if got < DIALOG_MIN_CHARS or got < DIALOG_MIN_SHARE * chars or page - chars < REST_MIN_CHARS:
            continue
        for b in blocks[a:z]:
            doc.drop(b, "appeal", f"consent dialog of a text dump by its text ({got} of {chars} characters in "
                     f"consent sentences, an accept label among its lines)", region="consent")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_appeals, order=INBODY_ORDER, stage="blocks", kind="appeal",
                  description="donation/membership appeals and cookie/consent notices inside the article"))
    register(Step("consent", consent_step, order=CONSENT_ORDER, stage="tree", kind="appeal", input_kinds=("html",),
                  description="consent dialogs outside the article, found by their text and accept action"))
    register(Step("consent_lines", consent_lines_step, order=CONSENT_LINES_ORDER, stage="blocks", kind="appeal",
                  input_kinds=("text",), description="consent dialogs of a text dump, by their text and accept label"))
