"""content: the run of lead paragraphs above the body's container steps over a label line and takes a
lead set alone in a list or a bulleted point between leads; and its guards."""
from __future__ import annotations

from newsclean import Cleaner

BODY_EN = ("The council said on Monday that the footbridge over the canal would reopen next spring, a year "
           "later than planned, after inspectors found rust in two of its supports. ")
LEAD = ("Riverside residents have waited three winters for the crossing, and the new delay means another "
        "season of walking the long way round by the old mill.")
LEAD2 = "Engineers now expect to replace both supports before the end of the year, the council added."
POINT = ("Walking the long way round by the mill adds twenty minutes to every trip to the market and the "
         "school.")
POINT2 = "Cycling means crossing the busy ring road twice, which parents say is not safe for children."


def clean(html: str):
    return Cleaner().clean(html)


def page(above: str, title: str = "Canal footbridge delayed again") -> str:
    """The title and ``above`` in a header box, then the body's own wrapper of twelve paragraphs."""
    body = "".join(f"<p>{BODY_EN}Point number {i} of the report.</p>" for i in range(12))
    return (f"<html><head><title>{title}</title></head><body><main>"
            f"<div class='hero'><h1>{title}</h1>{above}</div>"
            f"<div class='entry-content'>{body}</div></main></body></html>")


def test_a_lead_above_a_call_to_act_line_is_readmitted():
    for label in ("<p>Book a Free Guided Walk Along the Canal</p>", "<p>$12.00 Jane Roe, John Doe</p>"):
        art = clean(page(f"<p>{LEAD}</p>{label}"))
        assert LEAD in art.text, label
        assert art.text.index(LEAD) < art.text.index("The council said")
        assert art.text.count("The council said") == 12


def test_a_field_line_or_two_label_lines_end_the_run():
    two = ("<p>Book a Free Guided Walk Along the Canal</p>"
           "<p>See the Full Plans for the New Bridge</p>")
    credit = "<p>Jane Roe | Example Agency | Stock Pictures Library</p>"
    for between in ("<p>Inquiries: jane.roe@example.org</p>", credit, two,
                    "<p>Information from several sources disputes the claim</p>"):
        art = clean(page(f"<p>{LEAD}</p>{between}"))
        assert LEAD not in art.text, between
        assert art.text.count("The council said") == 12
    # past a label line, a line shorter than prose (a list of names with initials) is no lead
    names = "Jane A. Roe, John B. Doe, Mary C. Major"
    art = clean(page(f"<p>{names}</p><p>Book a Free Guided Walk Along the Canal</p>"))
    assert names not in art.text


def hero_list(items: str, title: str = "Canal footbridge delayed again") -> str:
    """The title's own list item (a hero set as a list) holding ``items``, then the body's wrapper."""
    body = "".join(f"<p>{BODY_EN}Point number {i} of the report.</p>" for i in range(12))
    return (f"<html><head><title>{title}</title></head><body><main><ul class='slides'>{items}</ul>"
            f"<div class='entry-content'>{body}</div></main></body></html>")


def test_a_lead_in_the_titles_own_item_of_a_one_item_list_is_readmitted_but_not_one_of_several():
    title = "<h1>Canal footbridge delayed again</h1>"
    art = clean(hero_list(f"<li><div>{title}<p>{LEAD}</p></div></li>"))
    assert LEAD in art.text and art.text.index(LEAD) < art.text.index("The council said")
    other = "A second story about the harbour wall is set beside it, a teaser of another article here."
    art = clean(hero_list(f"<li><div>{title}<p>{LEAD}</p></div></li><li><p>{other}</p></li>"))
    assert LEAD not in art.text and other not in art.text
    # a lone item beside the title, not holding it, is the page's highlights: not taken
    art = clean(page(f"<ul><li><p>{LEAD}</p></li></ul>"))
    assert LEAD not in art.text


def test_bulleted_points_between_two_leads_are_taken_with_them():
    art = clean(page(f"<p>{LEAD}</p><ul><li>{POINT}</li><li>{POINT2}</li></ul><p>{LEAD2}</p>"))
    for text in (LEAD, POINT, POINT2, LEAD2):
        assert text in art.text, text
    assert art.text.index(LEAD) < art.text.index(POINT) < art.text.index(LEAD2) < art.text.index("The council")
    # without a lead above them, unlinked sentences right above the body are its highlights (taken);
    # linked points are not
    art = clean(page(f"<ul><li>{POINT}</li><li>{POINT2}</li></ul><p>{LEAD2}</p>"))
    assert LEAD2 in art.text and POINT in art.text
    art = clean(page(f"<ul><li><a href='/a'>{POINT}</a></li><li><a href='/b'>{POINT2}</a></li></ul><p>{LEAD2}</p>"))
    assert LEAD2 in art.text and POINT not in art.text


def test_leads_under_the_h1_are_readmitted_when_the_title_matches_a_heading_inside_the_body():
    title = "Canal footbridge delayed again"
    body = "".join(f"<p>{BODY_EN}Point number {i} of the report.</p>" for i in range(6))
    html = (f"<html><head><title>{title}</title></head><body><main>"
            f"<div class='hero'><h1>Riverside crossing stays shut for another year</h1><p>{LEAD}</p></div>"
            f"<div class='entry-content'>{body}<h2>{title}: what happens next</h2>{body}</div>"
            "</main></body></html>")
    art = clean(html)
    assert LEAD in art.text and art.text.index(LEAD) < art.text.index("The council said")
    # a lead above a logo's linked <h1> is not reached: the run stops at the linked heading
    html = html.replace("<h1>Riverside crossing stays shut for another year</h1>",
                        "<h1><a href='/'>Riverside Gazette</a></h1>")
    assert LEAD not in clean(html).text


OUTCOMES = ("Read the inspectors' report on the two supports.", "Compare the old and the new timetables.",
            "See why the rust was missed in the last survey.", "Learn which paths stay open.",
            "Find the bus that replaces the crossing.", "Check the dates of the public meetings.",
            "Know whom to ask about the works.", "Plan the walk.")


def test_a_long_list_of_points_between_two_leads_is_one_step_of_the_run():
    # eight points (more than the run's steps): the list is one step, every point is the lead's
    items = "".join(f"<li>{t}</li>" for t in OUTCOMES)
    art = clean(page(f"<p>{LEAD}</p><ul>{items}</ul><p>{LEAD2}</p>"))
    for text in (LEAD, LEAD2) + OUTCOMES:
        assert text in art.text, text
    assert art.text.index(LEAD) < art.text.index(OUTCOMES[0]) < art.text.index(LEAD2)
    # a table of them under labels, a linked cell among them, is one step too (the cell stays out)
    table = ("<table><tr><th>Before you read:</th><td><a href='/a'>The first report on the canal</a>, "
             f"<a href='/b'>the bridge's history</a></td></tr><tr><th>What you will learn:</th><td><ul>{items}"
             "</ul></td></tr></table>")
    art = clean(page(f"<p>{LEAD}</p>{table}"))
    for text in (LEAD, "What you will learn:") + OUTCOMES:
        assert text in art.text, text
    assert "The first report on the canal" not in art.text
    # without a lead above them, the points are not taken
    art = clean(page(f"<ul>{items}</ul><p>{LEAD2}</p>"))
    assert LEAD2 in art.text and not any(t in art.text for t in OUTCOMES)


POINT3 = "The council will run a free shuttle bus across the ring road until the new supports are in place."


def boxed(above: str, story: str, title: str = "Canal footbridge delayed again") -> str:
    """The title and ``above`` in a header box, then ``story`` and the body's own wrapper in one box."""
    body = "".join(f"<p>{BODY_EN}Point number {i} of the report.</p>" for i in range(12))
    return (f"<html><head><title>{title}</title></head><body><main>"
            f"<div class='hero'><h1>{title}</h1>{above}</div>"
            f"<div class='story'>{story}<div class='entry-content'>{body}</div></div></main></body></html>")


def test_a_highlights_list_right_above_the_body_is_taken_with_its_label():
    points = f"<h3>At a glance</h3><ul><li>{POINT}</li><li>{POINT2}</li><li>{POINT3}</li></ul>"
    art = clean(page(points))
    for text in ("At a glance", POINT, POINT2, POINT3):
        assert text in art.text, text
    assert art.text.index(POINT) < art.text.index(POINT3) < art.text.index("The council said")


def test_a_list_of_links_or_of_short_items_is_no_highlights():
    linked = "".join(f"<li><a href='/s{i}'>{p}</a></li>" for i, p in enumerate((POINT, POINT2, POINT3)))
    art = clean(page(f"<ul>{linked}</ul>"))
    assert POINT not in art.text
    from lxml import html as lxml_html
    from newsclean.plugins.container.readmit import _highlights
    assert _highlights(lxml_html.fragment_fromstring(f"<ul><li>{POINT}</li><li>{POINT2}</li></ul>"))
    for short in ("<ul><li>Canal works</li><li>Supports rusted</li></ul>",  # tags, a menu
                  f"<ul><li>{POINT}</li></ul>",  # one item
                  f"<ul><li>{POINT}</li><li><h3>{POINT2}</h3></li></ul>"):  # headed items: teasers
        assert not _highlights(lxml_html.fragment_fromstring(short)), short


def test_above_the_highlights_only_the_region_they_share_with_the_body_is_read():
    promo = "<p>Talk to our newsroom in the chat app. Find out what happens in the town as it unfolds.</p>"
    points = f"<ul><li>{POINT}</li><li>{POINT2}</li><li>{POINT3}</li></ul>"
    art = clean(boxed(promo, points))
    assert POINT in art.text and "newsroom" not in art.text
    # without the highlights, that line is taken as a lead as before
    art = clean(boxed(promo, ""))
    assert "newsroom" in art.text


def test_a_section_heading_right_above_the_container_is_taken_under_its_leads():
    heading = "<h2>Rust in the supports</h2>"
    art = clean(boxed("", f"<div class='part'><p>{LEAD}</p><p>{LEAD2}</p>{heading}</div>"))
    assert LEAD in art.text and "Rust in the supports" in art.text
    assert art.text.index(LEAD2) < art.text.index("Rust in the supports") < art.text.index("The council said")
    # under one lead only (a standfirst), the heading is not the section's: not taken
    art = clean(boxed("", f"<div class='part'><p>{LEAD}</p>{heading}</div>"))
    assert LEAD in art.text and "Rust in the supports" not in art.text
