"""A teaser's blurb left alone in the body once its linked headline was taken out (plugins/teasers.py)."""
from __future__ import annotations

import pytest

import newsclean

from riverside_page import P, Q, R, page as _page, texts as _texts

BLURB = "The ferry across the estuary will run every half hour from June, the operator said on Friday. more"
#: A publication date under the title: the step reads dated pages only.
STAMP = "<p><time datetime='2025-05-12T10:00:00+02:00'>12 May 2025</time></p>"
BLURB2 = "A new timetable for the night buses starts next month, with later services at weekends."


def _card_pruned(blurb: str = BLURB) -> str:
    # the headline's box names a region (role=complementary): chrome prunes it; its blurb is a sibling
    return ('<div class="teaser"><div class="teaser__wrap">'
            '<div class="teaser__info" role="complementary"><a href="/ferry.html">'
            '<p class="topline"><span>Analysis</span> <span>12.05.2025</span></p>'
            '<h3><span>Estuary</span> <span>Ferry timetable doubles this summer</span></h3></a></div>'
            f'<div class="teaser__text"><p class="short">{blurb}</p></div></div></div>')


def _card_linked(blurb: str = BLURB2, kicker: str = "Transport") -> str:
    # a card of a "more on this" box: kicker, linked headline, blurb, each in its own element
    return (f'<div class="box"><div class="boxhead">More on this</div>'
            f'<div class="card"><div class="pad"><div class="topline">{kicker}</div>'
            f'<div class="hl"><h2><a href="/buses.html">Night buses to run later at weekends</a></h2></div>'
            f'<div class="txt"><p>{blurb}</p></div></div></div></div>')


def test_blurb_of_a_pruned_headline_box_goes() -> None:
    art = newsclean.clean(_page(_card_pruned(), STAMP))
    texts = [p.text for p in art.paragraphs]
    assert texts == [P, Q, R]
    gone = [r for r in art.removed if r.text == BLURB]
    assert gone and gone[0].plugin == "teasers:blurbs" and gone[0].kind == "related"


def test_blurb_and_kicker_of_a_dropped_headline_go() -> None:
    art = newsclean.clean(_page(_card_linked(), STAMP))
    texts = [p.text for p in art.paragraphs]
    assert BLURB2 not in texts and "Transport" not in texts
    assert [t for t in texts if t in (P, Q, R)] == [P, Q, R]
    assert any(r.text == BLURB2 and r.plugin == "teasers:blurbs" for r in art.removed)


def test_blurb_on_an_undated_page_stays() -> None:
    # no publication date: a landing page's cards are its own text
    assert BLURB2 in _texts(_page(_card_linked()))


def test_blurb_stays_when_the_step_is_disabled() -> None:
    cleaner = newsclean.Cleaner(disable=["teasers:blurbs"])
    assert BLURB in [p.text for p in cleaner.clean(_page(_card_pruned(), STAMP)).paragraphs]


def test_paragraph_beside_kept_text_stays() -> None:
    # a linked line taken out beside two paragraphs of the box: the box keeps text besides, no blurb
    box = (f'<div class="section"><h2><a href="/ferry.html">Ferry timetable doubles this summer</a></h2>'
           f'<p>{BLURB2}</p><p>{BLURB}</p></div>')
    texts = _texts(_page(box, STAMP))
    assert BLURB2 in texts and BLURB in texts


def test_blurb_above_the_body_stays() -> None:
    # no body paragraph above it: a lead under a linked title, not another story's summary
    html = (f"<html><head><title>Riverside path approved</title></head><body><article>"
            f"{STAMP}{_card_linked(kicker='News')}<p>{P}</p><p>{Q}</p><p>{R}</p></article></body></html>")
    assert BLURB2 in _texts(html)


class _DropLinkedTitles:
    """A test plugin: drops every heading that is all link (what a list step does to teaser titles);
    with ``lines``, every other block that is all link too."""

    def __init__(self, lines: bool = False) -> None:
        self.kinds = ("heading", "paragraph") if lines else ("heading",)

    @newsclean.hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def drop(doc):  # type: ignore[no-untyped-def]
            for b in doc.blocks:
                if b.dropped is None and b.kind in self.kinds and b.chars and b.link_chars == b.chars:
                    doc.drop(b, "related", "test: a linked title")
        register(newsclean.Step("titles", drop, order=610, stage="blocks", kind="related"))


def _entries(summaries: list[str]) -> str:
    return "".join(f'<div class="entry"><h2><a href="/e/{k}.html">Story number {k} of the week</a></h2>'
                   f'<div class="sum"><p>{s}</p></div></div>' for k, s in enumerate(summaries))


def _removed_blurbs(html: str, lines: bool = False) -> list[str]:
    art = newsclean.Cleaner(plugins=[_DropLinkedTitles(lines)]).clean(html)
    return [r.text for r in art.removed if r.plugin == "teasers:blurbs"]


def test_one_summary_under_a_taken_title_goes() -> None:
    html = f"<html><body><main>{STAMP}<p>{P}</p><p>{Q}</p><p>{R}</p>{_entries([BLURB2])}<p>{P}</p></main></body></html>"
    assert _removed_blurbs(html) == [BLURB2]


def test_listing_summaries_stay() -> None:
    # a page of entries, each a linked title over its summary: the summaries are the page's own text
    html = f"<html><body><main>{STAMP}<p>{P}</p>{_entries([BLURB2, BLURB, Q, R])}</main></body></html>"
    assert _removed_blurbs(html) == []


@pytest.mark.parametrize("field", [
    '<p>Mail: <a href="mailto:desk@example.org">desk@example.org</a></p>',
    '<p>Web: <a href="https://example.org/contact">https://example.org/contact</a></p>',
])
def test_address_link_is_no_headline(field: str) -> None:
    # a contact box: an address line taken out as a link is no teaser's headline
    box = f'<div class="contact"><div class="body">{field}<p>{BLURB2}</p></div></div>'
    art = newsclean.clean(_page(box, STAMP))
    assert not [r for r in art.removed if r.plugin == "teasers:blurbs"]


def test_table_cell_is_no_box() -> None:
    # an old layout's listing row: a cell holding a linked title over its text is no teaser card
    html = (f"<html><body><div id='main'>{STAMP}<p>{P}</p><p>{Q}</p><table><tr><td>"
            f"<h3><a href='/lot/7.html'>Lakeside cottage with its own dock</a></h3><p>{BLURB2}</p>"
            f"</td></tr></table><p>{R}</p></div></body></html>")
    assert _removed_blurbs(html) == []


def test_summary_among_entries_with_their_text_stays() -> None:
    # a blog's front page: one entry shows its summary, the entry beside it its whole text
    long_entry = " ".join([P, Q, R])
    html = f"<html><body><main>{STAMP}<p>{P}</p>{_entries([BLURB2, long_entry])}<p>{Q}</p></main></body></html>"
    assert _removed_blurbs(html) == []


def test_cards_numbered_by_their_class_are_alike_cards() -> None:
    # two cards whose classes differ only by an index token: both blurbs go, no entry beside them
    cards = "".join(f'<div class="card card--{k}"><h2><a href="/c/{k}.html">Story number {k} of the week</a></h2>'
                    f'<div class="sum"><p>{s}</p></div></div>' for k, s in enumerate([BLURB2, BLURB]))
    html = f"<html><body><main>{STAMP}<p>{P}</p><p>{Q}</p>{cards}<p>{R}</p><p>{P}</p></main></body></html>"
    assert sorted(_removed_blurbs(html)) == sorted([BLURB2, BLURB])


def test_a_linked_line_no_heading_is_no_headline() -> None:
    # a post's linked author line over its short text: a line taken out that is no heading
    post = f'<div class="post"><div class="head"><p><a href="/u/jdoe">jdoe one year ago</a></p></div><p>{BLURB2}</p></div>'
    html = f"<html><body><main>{STAMP}<p>{P}</p><p>{Q}</p>{post}<p>{R}</p></main></body></html>"
    assert _removed_blurbs(html, lines=True) == []


def _three_cards() -> str:
    # three alike cards (their classes differ by an index token only), each a linked title over a summary,
    # in a long article: no entry beside them keeps other text, the blurbs are a small share of the page
    sums = [BLURB2, BLURB, "The harbour museum opens a new hall about the old ferries at the end of the month."]
    cards = "".join(f'<div class="card card--{k}"><h2><a href="/c/{k}.html">Story number {k} of the week</a></h2>'
                    f'<div class="sum"><p>{s}</p></div></div>' for k, s in enumerate(sums))
    return f"<html><body><main>{STAMP}<p>{P}</p><p>{Q}</p><p>{R}</p>{cards}<p>{P}</p><p>{Q}</p><p>{R}</p></main></body></html>"


def test_a_grid_of_three_alike_cards_stays() -> None:
    # GRID_MIN_CARDS alike boxes: the page's own grid of cards (a service page's offers), not teasers
    assert _removed_blurbs(_three_cards()) == []


def test_the_grid_guard_is_what_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same cards without the grid guard: their blurbs go (the test above holds by the guard alone)
    from newsclean.plugins import teasers
    monkeypatch.setattr(teasers, "GRID_MIN_CARDS", 99)
    assert len(_removed_blurbs(_three_cards())) == 3
