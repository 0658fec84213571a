"""Appeals inside the article: donation and membership calls, cookie and consent notices, paywalls.

``Support independent journalism …``, ``Jetzt unterstützen``, ``Faites un
don``, ``We use cookies …``, ``Wir verwenden Cookies …``, ``Cenimy Twoją
prywatność``, ``Already a subscriber?``, ``この記事は会員限定です``: the page
asks the reader for money, consent or a log-in. Newsletter and
app calls are the ``ads`` plugin's. This plugin runs after the article is
located (order 600) and drops a short kept block that is *opened* by such a
phrase. A news paragraph about donations or cookies does not open with the
fixed phrase (``We use cookies`` is the site speaking), or is longer.
"""
from __future__ import annotations

from typing import Callable

from newsclean import Step, hookimpl
from newsclean.document import Document

from .inbody import INBODY_ORDER, Lexicon, body, clean_line, short_limit
from .vocab import appeals as _vocab
from .vocab import terms

__all__ = ["appeal_of"]

# --- vocabulary (data in newsclean.plugins.vocab.appeals) -------------------
DONATION = terms(_vocab.DONATION)
COOKIES = terms(_vocab.COOKIES)
PAYWALL = terms(_vocab.PAYWALL)

#: Longest appeal (CJK, other scripts), in characters.
MAX_CHARS = (150, 400)

_DONATION = Lexicon(DONATION)
_COOKIES = Lexicon(COOKIES)
_PAYWALL = Lexicon(PAYWALL)


def appeal_of(text: str) -> str | None:
    """``"donation"``, ``"cookies"`` or ``"paywall"`` when a short text is opened by such an appeal, else None."""
    t = clean_line(text)
    if not t or len(t) > short_limit(t, MAX_CHARS):
        return None
    if _DONATION.opens(t):
        return "donation"
    if _COOKIES.opens(t):
        return "cookies"
    if _PAYWALL.opens(t):
        return "paywall"
    return None


def _drop_appeals(doc: Document) -> None:
    for b in body(doc):
        if b.chars > MAX_CHARS[1]:
            continue
        what = appeal_of(b.text)
        if what == "donation":
            doc.drop(b, "appeal", "donation or membership appeal")
        elif what == "cookies":
            doc.drop(b, "appeal", "cookie or consent notice")
        elif what == "paywall":
            doc.drop(b, "appeal", "paywall or log-in prompt")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("lines", _drop_appeals, order=INBODY_ORDER, stage="blocks", kind="appeal",
                  description="donation/membership appeals and cookie/consent notices inside the article"))
