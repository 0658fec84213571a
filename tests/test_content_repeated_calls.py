"""content (scoring): alike boxes whose link-dense blocks all lead where the other boxes' lead too (one
call to act under each section of a service page: Contact us, a phone number) are no list of teaser
cards; boxes each linking to a page of its own still are."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://brightpipes.example.com/services/drain-care"

BOXES = [
    ("Blocked drains", "A blocked drain rarely clears on its own. We find the blockage with a camera, clear it "
     "with water jetting, and show you the pictures before and after, so you can see what was stuck and why it "
     "happened in the first place."),
    ("Leak detection", "Damp patches, a meter that keeps turning, a sound of running water at night: we trace "
     "leaks without lifting more floor than we need to, and we mend the pipe the same day when the part is on "
     "the van, which it usually is."),
    ("Boiler servicing", "A yearly service keeps a boiler safe and cheaper to run. We check the flue, the seals "
     "and the pressure, clean what needs cleaning, and leave a written record that your insurer and your "
     "landlord will both accept without question."),
    ("Bathroom fitting", "From a new tap to a whole room, we plan the work with you, order the parts, and keep "
     "the water off for as short a time as we can. Most bathrooms are finished within a week, tiled, sealed "
     "and ready for the first bath."),
    ("Emergency call-outs", "Burst pipes do not wait for office hours, and neither do we. A plumber answers the "
     "phone at any hour, and in town we are usually at the door within the hour with the tools to stop the "
     "water and make the place safe."),
]


def page(targets: list[str]) -> str:
    boxes = "".join(
        f"<div class='content-block'><div class='content-inner'><h2>{head}</h2><p>{text}</p>"
        f"<a class='button' href='{targets[i]}'><div>Contact Us</div></a> "
        "<a class='button' href='tel:0100200300'><div>Call 0100 200 300</div></a></div></div>"
        for i, (head, text) in enumerate(BOXES))
    return ("<html lang='en'><head><title>Drain Care | Bright Pipes</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/services'>Services</a></nav></header>"
            "<div class='hero'><div class='hero-text'><h1>Drain Care</h1><p>Fast, tidy plumbing for homes and "
            "small businesses in town, with fixed prices agreed before we start.</p></div></div>"
            f"<div>{boxes}</div><footer><p>Bright Pipes Ltd, 2 Example Lane.</p></footer></body></html>")


def test_sections_with_one_call_to_act_each_are_the_page():
    art = Cleaner().clean(page(["/contact"] * len(BOXES)), url=URL)
    for head, text in BOXES:
        assert head in art.text
        assert text[:40] in art.text
    assert "Bright Pipes Ltd" not in art.text


def test_boxes_each_leading_to_a_page_of_its_own_are_a_listing():
    # the same boxes, each button leading to its own page: teaser cards to the locator, which keeps the intro;
    # the page, holding no article beside them, is then read as a listing of those cards, its template lines out
    art = Cleaner().clean(page([f"/services/{i}" for i in range(len(BOXES))]), url=URL)
    assert "Fast, tidy plumbing" in art.text
    assert any("read as a listing" in note for note in art.notes)
    assert all(text[:40] in art.text for _head, text in BOXES)
    assert "Contact Us" not in art.text


def test_the_boxes_read_where_their_links_lead():
    from newsclean.plugins.container import scoring
    from newsclean.plugins.container.scoring import _Cand
    from lxml import html as lhtml
    from newsclean.document import Block
    root = lhtml.fromstring("<div><a href='/contact'><span>Contact</span></a><p>See <a href='/a'>one</a> and "
                            "<a href='/b'>two</a></p></div>")
    a, p = root[0], root[1]
    button = Block(0, "Contact", link_chars=7, path=(root, a, a[0]))
    inline = Block(1, "See one and two", link_chars=6, path=(root, p))
    assert scoring._targets(button) == {"/contact"}
    assert scoring._targets(inline) == {"/a", "/b"}
    boxes = []
    for i in range(3):
        c = _Cand(root, None, 0)
        c.linked = True
        c.bads = [button]
        boxes.append(c)
    assert scoring._repeated_calls(boxes)
    boxes[0].bads = [inline]
    boxes[1].bads = [Block(2, "x", link_chars=1, path=(root, root[1][1]))]
    assert not scoring._repeated_calls(boxes)
