"""Appeals inside the article: donation and membership calls, cookie and consent notices, paywalls.

``Support independent journalism …``, ``Jetzt unterstützen``, ``Faites un
don``, ``We use cookies …``, ``Wir verwenden Cookies …``, ``Cenimy Twoją
prywatność``, ``Already a subscriber?``, ``この記事は会員限定です``: the page
asks the reader for money, consent or a log-in. The consent prompt standing in
for an embedded post (``An dieser Stelle findest du einen externen Inhalt …``,
``Ich bin damit einverstanden, dass mir …``) and calls to follow the site on a
messenger (``Folgst du schon … auf WhatsApp?``) go the same way (without a
consent box). Newsletter and app calls are the ``ads`` plugin's. This plugin runs after the article is
located (order 600) and drops a short kept block that is *opened* by such a
phrase; in HTML, a cookie notice takes the small consent box around it (its
list of purposes and buttons) with it. A news paragraph about donations or cookies does not open with the
fixed phrase (``We use cookies`` is the site speaking), or is longer.
"""
from __future__ import annotations

from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Block, Document

from .inbody import INBODY_ORDER, Lexicon, Lexicons, body, clean_line, within_short_limit
from .vocab import appeals as _vocab
from .vocab import terms

__all__ = ["appeal_of"]

# --- vocabulary (data in newsclean.plugins.vocab.appeals) -------------------
DONATION = terms(_vocab.DONATION)
COOKIES = terms(_vocab.COOKIES)
PAYWALL = terms(_vocab.PAYWALL)
EMBED_CONSENT = terms(_vocab.EMBED_CONSENT)
FOLLOW = terms(_vocab.FOLLOW)

#: Longest appeal (CJK, other scripts), in characters.
MAX_CHARS = (150, 400)
#: HTML: the consent box around a cookie notice (its purposes, its buttons) goes with it
#: when it holds at most this many characters and this share of the body, and no <h1>.
CONSENT_BOX_CHARS = 3000
CONSENT_BOX_SHARE = 0.4
#: How many ancestors up the box is looked for.
CONSENT_BOX_LEVELS = 6

_DONATION = Lexicon(DONATION)
_COOKIES = Lexicon(COOKIES)
_PAYWALL = Lexicon(PAYWALL)
_EMBED = Lexicon(EMBED_CONSENT)
_FOLLOW = Lexicon(FOLLOW)
# asked in this order: the first that opens the line names it
_APPEALS = Lexicons((("donation", _DONATION, False), ("cookies", _COOKIES, False), ("paywall", _PAYWALL, False),
                     ("embed", _EMBED, False), ("follow", _FOLLOW, False)))


def appeal_of(text: str) -> str | None:
    """``"donation"``, ``"cookies"``, ``"paywall"``, ``"embed"`` or ``"follow"`` when a short text is
    opened by such an appeal, else None."""
    t = clean_line(text)
    if not t or not within_short_limit(t, MAX_CHARS):
        return None
    return _APPEALS.first_opening(t)


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


def _drop_appeals(doc: Document) -> None:
    kept = body(doc)
    total = sum(b.chars for b in kept) or 1
    for b in kept:
        if b.chars > MAX_CHARS[1] or b.dropped is not None:
            continue
        what = appeal_of(b.text)
        if what == "donation":
            doc.drop(b, "appeal", "donation or membership appeal")
        elif what == "cookies":
            doc.drop(b, "appeal", "cookie or consent notice")
            if doc.is_html:
                for c in _consent_box(b, kept, total):
                    doc.drop(c, "appeal", "inside the consent box a cookie notice opens", region="consent")
        elif what == "paywall":
            doc.drop(b, "appeal", "paywall or log-in prompt")
        elif what == "embed":
            doc.drop(b, "appeal", "consent prompt of an embedded post or player")
        elif what == "follow":
            doc.drop(b, "appeal", "call to follow the site on a messenger or news app")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_appeals, order=INBODY_ORDER, stage="blocks", kind="appeal",
                  description="donation/membership appeals and cookie/consent notices inside the article"))
