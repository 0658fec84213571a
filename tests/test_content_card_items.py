"""content: a dated guide's items set in alike boxes, a few with a linked name, are no teaser cards."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("The testers ran every machine for three weeks in a small flat, measuring the noise, the power it drew "
      "and how evenly it dried a full load of towels. ")
PICK = ("It dried a full load in under two hours, stayed quiet through the night and its drum held a winter "
        "duvet without trouble, which none of the cheaper models managed. ")
STAMP = "<p><time datetime='2024-03-05T10:00:00+01:00'>5 March 2024</time></p>"


def clean(html: str):
    return Cleaner().clean(html)


def page(inner: str, title: str = "The best dryers") -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


def paras(n: int, text: str, start: int = 0) -> str:
    return "".join(f"<p>{text}Note {i} follows.</p>" for i in range(start, start + n))


def box(i: int, linked: bool, prose: str) -> str:
    name = f"Brightline dryer model {i}"
    if not linked:  # a pick without a shop: its name plain, no call under it
        return f"<div class='pick'><h3>{name}</h3><p>{prose}Pick {i}.</p><p>{prose}More on pick {i}.</p></div>"
    return (f"<div class='pick'><h3><a href='/shop/{i}'>{name}</a></h3><p>{prose}Pick {i}.</p>"
            f"<p><a href='/shop/{i}'>Check price</a></p></div>")


def test_a_guide_s_boxes_some_with_a_plain_name_keep_the_linked_ones_too():
    # two picks link their name, one does not: all three are the guide's items on a dated page
    boxes = box(0, True, PICK) + box(1, True, PICK) + box(2, False, PICK)
    art = clean(page(f"<article><h1>The best dryers</h1>{STAMP}{paras(8, EN)}"
                     f"<div class='picks'>{boxes}</div>{paras(6, EN, 8)}</article>"))
    assert art.published is not None
    assert art.text.count("It dried a full load") == 4
    assert "Pick 0." in art.text and "Pick 1." in art.text
    assert not any("teaser card" in r.reason for r in art.removed)


def test_a_guide_s_linked_boxes_one_of_them_long_are_its_items():
    # every name linked, but one box holds more prose than a teaser's blurb
    long = PICK * 6
    boxes = box(0, True, PICK) + box(1, True, long) + box(2, True, PICK)
    art = clean(page(f"<article><h1>The best dryers</h1>{STAMP}{paras(6, EN)}"
                     f"<div class='picks'>{boxes}</div>{paras(4, EN, 6)}</article>"))
    assert "Pick 0." in art.text and "Pick 2." in art.text
    assert not any("teaser card" in r.reason for r in art.removed)


def test_alike_short_linked_boxes_on_a_dated_page_still_go_as_teasers():
    teaser = ("A short blurb about another review. ")
    boxes = box(0, True, teaser) + box(1, True, teaser) + box(2, True, teaser)
    art = clean(page(f"<article><h1>The best dryers</h1>{STAMP}{paras(6, EN)}"
                     f"<div class='picks'>{boxes}</div>{paras(4, EN, 6)}</article>"))
    assert art.text.count("The testers ran") == 10
    assert "A short blurb" not in art.text
    assert any("teaser card inside the article container" in r.reason for r in art.removed
               if "A short blurb" in r.text)


def test_a_pull_quote_set_in_the_teasers_boxes_does_not_make_them_items():
    # a news body setting its related-story teasers and a pull quote in alike embed boxes between
    # its paragraphs: the quote box is no item of the article, so the teasers still go
    def teaser(i: int) -> str:
        return (f"<div class='enhancement'><div class='item'><p class='kicker'>Business</p>"
                f"<h3><a href='/story/{i}'>Other story headline {i}</a></h3>"
                f"<p>A blurb that sums up another story of the paper in one sentence, number {i}.</p></div></div>")
    quote = ("<div class='enhancement'><blockquote><p>We never thought the council would vote for it this "
             "quickly, and now every shop on the street has to plan for the works.</p></blockquote>"
             "<p>Shop owner Jane Roe</p></div>")
    body = (paras(3, EN) + teaser(0) + paras(2, EN, 3) + quote + paras(2, EN, 5) + teaser(1)
            + paras(2, EN, 7) + teaser(2) + paras(2, EN, 9))
    art = clean(page(f"<article><h1>The council votes</h1>{STAMP}<div class='body'>{body}</div></article>",
                     title="The council votes"))
    assert art.text.count("The testers ran") == 11
    assert "A blurb that sums up" not in art.text and "We never thought the council" in art.text
    assert any("teaser card" in r.reason for r in art.removed if "A blurb that sums up" in r.text)
