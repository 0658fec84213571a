"""chrome: the text of hidden tab and accordion panels is the page's; hidden menus, link tabs and copies still go."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import chrome

EN = ["The ferry timetable runs through the winter, with crossings every two hours from the north pier.",
      "Tickets bought online are valid for a year and can be moved to another crossing without a fee.",
      "Cyclists board first and leave last; bicycles ride free on every crossing except the night boat.",
      "Dogs on a lead are welcome on the open deck, and a quiet cabin is kept free of animals all year."]
ZH = ["冬季渡轮每两小时从北码头开出一班，遇到大风天气会提前在网站上公布停航消息。",
      "网上购买的船票一年内有效，可以免费改签到其他班次，但需要在开船前两小时办理。"]
INTRO = ("<p>This guide explains how the harbour ferry works in winter, what a ticket costs and what "
         "travellers may bring on board. Read the sections below before you travel.</p>")
MENU = "".join(f'<li><a href="/s{i}">Section number {i}</a></li>' for i in range(10))
HEADLINES = "".join(f'<li><a href="/n{i}">Council votes on the new harbour budget, part {i}</a></li>'
                    for i in range(6))


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def page(inner: str) -> str:
    return (f"<html><head><title>Ferry guide</title></head><body><h1>Ferry guide</h1>{INTRO}"
            f"{inner}</body></html>")


def hidden_removed(art):
    return [r for r in art.removed if r.kind == "hidden"]


def test_vocabulary_is_data():
    assert "tabpanel" in chrome.PANEL_ROLES
    assert {"tab", "accordion"} <= chrome.PANEL_OWNER_PARTS and {"pane", "content"} <= chrome.PANEL_PARTS
    assert {"tab", "collapse"} <= chrome.PANEL_TOGGLES


@pytest.mark.parametrize("value,token", [
    ("tab-pane fade", "tab-pane"),
    ("accordion-collapse collapse", "accordion-collapse"),
    ("c-accordion__content", "c-accordion__content"),
    ("faq-answer is-hidden", "faq-answer"),
    ("tabpanel", "tabpanel"),
    ("nav-tabs", ""),  # the bar of tabs, not a panel
    ("accordion-button", ""),
    ("content hidden", ""),
])
def test_panel_class_tokens(value, token):
    assert chrome.panel_class(value) == token


def test_bootstrap_tabs_keep_every_pane():
    html = page('<ul class="nav nav-tabs"><li><a data-bs-toggle="tab" href="#t1">Times</a></li>'
                '<li><a data-bs-toggle="tab" href="#t2">Tickets</a></li></ul>'
                f'<div class="tab-content"><div class="tab-pane active" id="t1"><p>{EN[0]}</p></div>'
                f'<div class="tab-pane" id="t2" style="display:none"><p>{EN[1]}</p></div></div>')
    art = clean(html)
    assert EN[0] in art.text and EN[1] in art.text
    assert not hidden_removed(art)
    assert any("kept a hidden panel" in n and "tab-pane" in n for n in art.notes)


def test_aria_tabs_by_role():
    html = page('<div role="tablist"><button role="tab" aria-controls="p1">Bikes</button>'
                '<button role="tab" aria-controls="p2">Dogs</button></div>'
                f'<div role="tabpanel" id="p1"><p>{EN[2]}</p></div>'
                f'<section role="tabpanel" id="p2" hidden><p>{EN[3]}</p></section>')
    art = clean(html)
    assert EN[2] in art.text and EN[3] in art.text
    assert any("kept a hidden panel" in n and "role=tabpanel" in n for n in art.notes)


def test_a_panel_known_by_the_control_before_it():
    html = page('<div class="questions"><h3><button aria-expanded="false" aria-controls="a1">Dogs?</button></h3>'
                f'<div id="a1" hidden><p>{EN[3]}</p></div>'
                '<div class="card"><div class="card-header"><a data-toggle="collapse" href="#c2">Bikes?</a></div>'
                f'<div class="wrap"><div id="c2" style="display:none"><p>{EN[2]}</p></div></div></div></div>')
    art = clean(html)
    assert EN[3] in art.text and EN[2] in art.text
    notes = [n for n in art.notes if "kept a hidden panel" in n]
    assert any("'a1' named by a tab or collapse control" in n for n in notes)
    assert any("'c2' named by" in n for n in notes)


def test_an_id_no_control_names_is_no_panel():
    art = clean(page(f'<section id="p2" hidden><p>{EN[3]}</p></section>'))
    assert EN[3] not in art.text
    assert hidden_removed(art)


def test_accordion_faq_in_chinese_is_kept():
    items = "".join(f'<div class="accordion-item"><h3><button aria-expanded="false" aria-controls="q{i}">问题{i}'
                    f'</button></h3><div id="q{i}" class="accordion-content" aria-hidden="true"><p>{t}</p></div></div>'
                    for i, t in enumerate(ZH))
    art = clean(page(f'<div class="accordion">{items}</div>'))
    assert ZH[0] in art.text and ZH[1] in art.text


def test_details_content_is_kept():
    art = clean(page(f'<details><summary>Can I bring my bicycle?</summary><div hidden><p>{EN[2]}</p></div>'
                     '</details>'))
    assert EN[2] in art.text


def test_hidden_mobile_menu_still_goes():
    html = page('<button aria-expanded="false" aria-controls="m">Menu</button>'
                f'<div id="m" class="collapse navbar-collapse" hidden><ul>{MENU}</ul></div>')
    art = clean(html)
    assert "Section number 3" not in art.text
    assert hidden_removed(art) and not any("kept a hidden panel" in n for n in art.notes)


def test_hidden_most_read_tab_still_goes():
    html = page(f'<div class="tab-pane" id="popular"><p>{EN[0]}</p></div>'
                f'<div class="tab-pane" id="latest" hidden><h3>Latest news</h3>'
                f'<p>The stories our readers opened most this week, updated every hour of the day.</p><ul>{HEADLINES}</ul></div>')
    art = clean(html)
    assert "Council votes" not in art.text
    assert any("Council votes" in r.text and "of links" in r.reason for r in hidden_removed(art))


def test_hidden_copy_of_visible_text_still_goes():
    html = page(f'<div class="tab-pane" id="a"><p>{EN[1]}</p></div>'
                f'<div class="tab-pane" id="b" aria-hidden="true"><p>{EN[1]}</p></div>')
    art = clean(html)
    assert art.text.count(EN[1]) == 1
    r = hidden_removed(art)
    assert r and "copying text shown elsewhere" in r[0].reason


def test_a_dialog_is_no_panel():
    html = page('<button data-bs-toggle="collapse" data-bs-target="#d">Sign in</button>'
                f'<div id="d" class="tab-pane" role="dialog" hidden><p>{EN[3]}</p></div>')
    assert EN[3] not in clean(html).text


def test_screen_reader_text_in_a_panel_still_goes():
    html = page(f'<div role="tabpanel" hidden><p>{EN[0]}<span class="sr-only">Opens in a new window</span></p></div>')
    art = clean(html)
    assert EN[0] in art.text and "Opens in a new window" not in art.text


def test_a_hidden_sign_in_panel_still_goes():
    html = page('<div class="account"><ul role="tablist"><li><a role="tab" aria-controls="login">Sign in</a></li></ul>'
                f'<section role="tabpanel" id="login" hidden><p>{EN[1]}</p><form><input name="email"></form></section>'
                '</div>')
    art = clean(html)
    assert EN[1] not in art.text
    assert any("holding a form" in r.reason for r in hidden_removed(art))


def test_hidden_slides_alike_a_shown_one_are_kept_and_hidden_copies_or_lone_hidden_boxes_go():
    # a listicle shown one item at a time: the hidden items share the shown one's tag and class, the
    # hidden token aside; their prose is the page's
    slides = (f'<div class="gallery-section"><h2>1. Timetable</h2><p>{EN[0]}</p></div>'
              f'<div class="gallery-section hidden"><h2>2. Tickets</h2><p>{EN[1]}</p></div>'
              f'<div class="gallery-section hidden" style="display: none"><h2>3. Bicycles</h2><p>{EN[2]}</p></div>')
    art = clean(page(f"<div class='gallery'>{slides}</div>"))
    assert all(s in art.text for s in EN[:3])
    assert any("a slide alike a shown sibling" in n for n in art.notes)
    # a hidden box alike no shown sibling (its class differs beyond the hidden token) still goes ...
    art = clean(page(f'<div class="gallery-section"><p>{EN[0]}</p></div>'
                     f'<div class="modal hidden"><p>{EN[3]}</p></div>'))
    assert EN[3] not in art.text and hidden_removed(art)
    # ... and so does a hidden slide that copies shown text, or one of links
    art = clean(page(f'<div class="gallery-section"><p>{EN[0]}</p></div>'
                     f'<div class="gallery-section hidden"><p>{EN[0]}</p></div>'
                     f'<div class="gallery-section hidden"><ul>{HEADLINES}</ul></div>'))
    assert art.text.count(EN[0]) == 1 and "harbour budget" not in art.text


def test_folded_callout_body_is_kept_under_its_shown_title():
    # a collapsed callout: its title shown, its short body hidden until a click; a copy elsewhere
    # on the page (the box's source in a code sample) does not make it a hidden duplicate
    html = page('<pre><code>&gt; [!faq]- Can I bring a dog?\n&gt; Yes, on a lead, on the open deck.</code></pre>'
                '<div class="callout is-collapsible is-collapsed"><div class="callout-title">'
                '<div class="callout-title-inner">Can I bring a dog?</div></div>'
                '<div class="callout-content" style="display: none;"><p>Yes, on a lead, on the open deck.</p></div>'
                '</div>'
                '<details><summary>Do bicycles pay?</summary><div style="display:none"><p>No, bicycles ride free.</p>'
                '</div></details>')
    art = clean(html)
    assert art.text.count("Yes, on a lead, on the open deck.") == 2
    assert "No, bicycles ride free." in art.text
    assert not hidden_removed(art)
    assert any("folded body of a callout box" in n for n in art.notes)


def test_folded_callout_without_a_shown_title_or_of_links_still_goes():
    html = page('<div class="callout"><div class="callout-content" style="display:none">'
                '<p>Yes, on a lead, on the open deck.</p></div></div>'
                f'<div class="callout"><div class="callout-title">Sections</div>'
                f'<div class="callout-content" style="display:none"><ul>{MENU}</ul></div></div>'
                '<div class="tip"><div class="tip-title">Got a tip?</div><div style="display:none">'
                '<form><p>Tell us what you saw at the harbour, in confidence.</p><input name="m"></form></div></div>')
    art = clean(html)
    assert "on the open deck" not in art.text  # nothing of the box is shown: no folded body
    assert "Section number 3" not in art.text  # links: a menu
    assert "in confidence" not in art.text  # a form
    assert len(hidden_removed(art)) == 3


def test_panels_sharing_a_sentence_are_no_copies():
    # every language's tab repeats the same warning; each still holds steps of its own
    warning = "Keep your access key out of the code you share, and store it in a setting of your machine."
    steps = ["Create a file named send.py and paste the code below into it.",
             "Create a file named send.rb, paste the code and run it.",
             "Create a file named Send.java and build the project."]
    panels = "".join(f'<div role="tabpanel" id="p{i}" hidden><p>{warning}</p><p>{t}</p></div>'
                     for i, t in enumerate(steps))
    art = clean(page(f'<div role="tabpanel" id="shown"><p>{warning}</p><p>{EN[0]}</p></div>{panels}'))
    assert all(t in art.text for t in steps)
    assert not hidden_removed(art)
    # a panel all of whose text is shown elsewhere is still a copy
    art = clean(page(f'<div class="tab-pane" id="a"><p>{warning}</p><p>{EN[1]}</p></div>'
                     f'<div class="tab-pane" id="b" aria-hidden="true"><p>{warning}</p><p>{EN[1]}</p></div>'))
    assert art.text.count(EN[1]) == 1
    assert any("copying text shown elsewhere" in r.reason for r in hidden_removed(art))


def test_a_hidden_box_that_only_wraps_a_panel_is_the_panel():
    # an accordion's collapse box hides its one child, the panel (named by class, role, or an id its
    # button names): the box's text is the panel's
    html = page('<div class="accordion"><h3><button aria-expanded="false" aria-controls="pa">Timetable</button></h3>'
                f'<div class="collapse-box" style="display:none"><div role="region" id="pa"><p>{EN[0]}</p></div></div>'
                '<h3><button>Tickets</button></h3>'
                f'<div class="collapse-box" style="display:none"><div class="acme-accordion__panel"><p>{EN[1]}</p>'
                '</div></div></div>')
    art = clean(html)
    assert EN[0] in art.text and EN[1] in art.text
    notes = [n for n in art.notes if "kept a hidden panel" in n]
    assert any("wrapper of a panel (id 'pa'" in n for n in notes)
    assert any("wrapper of a panel (class 'acme-accordion__panel')" in n for n in notes)


def test_a_hidden_box_around_more_than_a_panel_or_a_menu_still_goes():
    # two children, or a lone child that is no panel, or a panel of links: still hidden chrome
    html = page(f'<div style="display:none"><div class="acme-accordion__panel"><p>{EN[2]}</p></div><p>{EN[3]}</p></div>'
                f'<div style="display:none"><div class="promo"><p>{EN[1]}</p></div></div>'
                f'<div style="display:none"><div role="tabpanel"><ul>{HEADLINES}</ul></div></div>')
    art = clean(html)
    assert EN[2] not in art.text and EN[3] not in art.text and EN[1] not in art.text
    assert "harbour budget" not in art.text
    assert len(hidden_removed(art)) == 3


def test_a_panel_whose_label_names_its_button_back():
    # no aria-expanded on the button, but the panel's aria-labelledby names the button that
    # controls it (the WAI-ARIA accordion pattern): a panel; a control naming it one way only is not
    html = page('<div><button id="q1" aria-controls="a1" data-open="no">Can I bring my bicycle?</button>'
                f'<div id="a1" aria-labelledby="q1" hidden><p>{EN[2]}</p></div></div>'
                '<div><button id="q2" aria-controls="a2">Dogs</button>'
                f'<div id="a2" hidden><p>{EN[3]}</p></div></div>')
    art = clean(html)
    assert EN[2] in art.text
    assert EN[3] not in art.text
    assert any("'a1' named by a tab or collapse control" in n for n in art.notes)


def test_a_hidden_dialog_around_a_panel_still_goes():
    html = page(f'<div class="modal" role="dialog" hidden><div role="tabpanel"><p>{EN[0]}</p></div></div>'
                f'<nav style="display:none"><div class="acme-accordion__panel"><p>{EN[1]}</p></div></nav>')
    art = clean(html)
    assert EN[0] not in art.text and EN[1] not in art.text
    assert len(hidden_removed(art)) == 2


def test_panels_with_code_of_their_own_are_no_copies():
    # one tab per language: the same steps in each, the code each tab's own (highlighted: a span per
    # token, no text run long enough to be sampled)
    steps = ("<p>Create a file in the project folder and paste the code below into it.</p>"
             "<p>Replace the placeholder key with the key of your own account, then run the file.</p>")
    codes = ['import harbour\nharbour.book(route="north", seats=2)\nprint("booked")',
             'require "harbour"\nHarbour.book(route: "north", seats: 2)\nputs "booked"',
             'Harbour h = new Harbour();\nh.book("north", 2);\nSystem.out.println("booked");']
    def pre(code: str) -> str:
        return "<pre><code>" + "".join(f"<span>{t}</span> " for t in code.split()) + "</code></pre>"
    shown = f'<div role="tabpanel" id="t0">{steps}{pre(codes[0])}</div>'
    hidden = "".join(f'<div role="tabpanel" id="t{i}" hidden>{steps}{pre(c)}</div>'
                     for i, c in enumerate(codes[1:], 1))
    art = clean(page(shown + hidden))
    assert "Harbour.book(route:" in art.text and "new Harbour();" in art.text, art.text
    assert not hidden_removed(art)
    # the same code in both tabs: still a copy
    art = clean(page(shown + f'<div role="tabpanel" id="t9" hidden>{steps}{pre(codes[0])}</div>'))
    assert art.text.count("seats=2") == 1
    assert any("copying text shown elsewhere" in r.reason for r in hidden_removed(art))


def test_tab_set_variants_sharing_their_longest_text_are_each_kept():
    # two platforms' tabs of one guide: the same long steps, each with a short step of its own
    shared = "".join(f"<p>{s}</p>" for s in EN[1:4])
    shown = f'<div role="tablist"><button>Web</button><button>Desktop</button><button>Phone</button></div>' \
            f'<div role="tabpanel" id="t0"><p>{EN[0]}</p></div>'
    hidden = (f'<div role="tabpanel" id="t1" hidden><p>Open the app.</p>{shared}</div>'
              f'<div role="tabpanel" id="t2" hidden><p>Start a shell.</p>{shared}</div>')
    art = clean(page(shown + hidden))
    assert "Open the app." in art.text and "Start a shell." in art.text, art.text
    assert not hidden_removed(art)
    # outside a tab set (class panels only), or a whole copy inside one: still a copy
    art = clean(page(f'<div class="tab-pane" id="a"><p>{EN[0]}</p>{shared}</div>'
                     f'<div class="tab-pane" id="b" hidden><p>Open the app.</p>{shared}</div>'))
    assert "Open the app." not in art.text
    art = clean(page(shown + f'<div role="tabpanel" id="t1" hidden><p>{EN[0]}</p></div>'))
    assert art.text.count(EN[0]) == 1


def test_a_hidden_answer_right_after_its_question_button_is_kept():
    # a scripted accordion: each question is a button, its answer the hidden element right after it,
    # with no id or aria-controls between them (the script opens the button's next sibling)
    items = "".join(f'<div class="qa"><button type="button"><h3>Question {i}?</h3></button>'
                    f'<div class="answer-text hidden"><p>{t}</p></div></div>' for i, t in enumerate(EN[:3]))
    art = clean(page(f'<h2>Questions</h2>{items}'))
    assert all(t in art.text for t in EN[:3])
    assert any("right after its disclosure button" in n for n in art.notes)


def test_what_follows_a_bare_button_a_submit_or_a_naming_button_still_goes():
    # a menu of links after its button, a tooltip's or an aside's prose after a bare "Details" button
    # (no heading in it), a hidden note after a form's submit button, a box after a button that names
    # another element by id: no disclosure of a section of the text
    html = page(f'<button type="button"><h3>Menu</h3></button><div class="hidden"><ul>{MENU}</ul></div>'
                f'<button type="button">Details</button><div class="hidden"><p>{EN[2]}</p></div>'
                f'<form><button type="submit"><h3>Send</h3></button><div class="hidden"><p>{EN[0]}</p></div></form>'
                f'<button aria-controls="elsewhere"><h3>More</h3></button><div class="hidden"><p>{EN[1]}</p></div>')
    art = clean(html)
    assert "Section number 3" not in art.text and not any(t in art.text for t in EN[:3])
    assert len(hidden_removed(art)) == 4
