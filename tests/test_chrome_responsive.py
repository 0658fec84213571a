"""chrome (hidden step): a breakpoint's display classes are read as a desktop's screen shows the page:
``hidden lg:block`` / ``d-none d-md-flex`` is shown there, ``block lg:hidden`` / ``d-md-none`` is the
phone's rendering and hidden there."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins.regions import hidden_evidence

TITLE = "Orchard owners count the cost of a late frost"
PARAS = [
    "A single night of frost in late April damaged most of the apple blossom in the valley, growers said "
    "on Monday, and the harvest is expected to fall by more than half this autumn.",
    "The cooperative that buys most of the fruit has asked the regional government for help with the cost "
    "of the frost candles and wind machines its members hired at short notice.",
    "Older growers remember a similar frost in the early eighties, when several family farms sold their "
    "land to neighbours after two poor seasons in a row.",
]
DESKTOP_ONLY = ("Insurers say fewer than a third of the orchards were covered against frost, because the "
                "premiums rose sharply after the dry summers of the last decade.")


def page(extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}{extra}"
            "</article></body></html>")


def test_an_element_hidden_on_phones_only_is_shown():
    for cls in ("hidden lg:block", "hidden md:flex", "d-none d-lg-block", "sr-only md:not-sr-only"):
        art = Cleaner().clean(page(f"<div class='{cls}'><p>{DESKTOP_ONLY}</p></div>"))
        assert DESKTOP_ONLY in art.text, cls
        assert all(p in art.text for p in PARAS)


def test_a_plain_hidden_class_still_hides():
    for cls in ("hidden", "d-none", "hidden 2xl:block", "hidden md:block xl:hidden"):
        art = Cleaner().clean(page(f"<div class='{cls}'><p>{DESKTOP_ONLY}</p></div>"))
        assert DESKTOP_ONLY not in art.text, cls
        assert any(r.kind == "hidden" and DESKTOP_ONLY in r.text for r in art.removed), cls


def test_the_phones_rendering_is_hidden_on_a_desktop():
    # the page sets the same teaser line twice, once for phones, once for wider screens
    phone = "<div class='block lg:hidden'><p>Tap here for the photo gallery of the damaged orchards.</p></div>"
    wide = "<div class='hidden lg:block'><p>Click here for the photo gallery of the damaged orchards.</p></div>"
    art = Cleaner().clean(page(phone + wide))
    assert "Tap here" not in art.text
    assert any(r.kind == "hidden" and "lg:hidden" in r.reason for r in art.removed)


def test_hidden_evidence_reads_breakpoints():
    assert hidden_evidence({"class": "hidden lg:block"}) == ""
    assert hidden_evidence({"class": "d-none d-sm-inline-block"}) == ""
    assert hidden_evidence({"class": "flex md:hidden"}) == "class 'md:hidden'"
    assert hidden_evidence({"class": "d-block d-md-none"}) == "class 'd-md-none'"
    assert hidden_evidence({"class": "md:hidden lg:block"}) == ""  # (hidden on a tablet only)
    assert hidden_evidence({"class": "flex xl:hidden"}) == "class 'xl:hidden'"
    assert hidden_evidence({"class": "hidden md:flex lg:hidden xl:flex"}) == ""  # (the widest decides)
    assert hidden_evidence({"class": "flex 2xl:hidden"}) == ""  # (wider than a desktop's screen: not read)
    assert hidden_evidence({"class": "hidden"}) == "class 'hidden'"
