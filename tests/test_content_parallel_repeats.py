"""A paragraph said in two parallel sections (sibling tab panels, alike sections) stays in both;
a description rendered twice still loses its copy. Invented pages."""
from __future__ import annotations

import newsclean

SHARED = "Run the installer and accept the licence terms before you go on to the next step of this guide."
INTRO = "<p>This guide shows how to install the tool on your computer in a few minutes, whatever your system.</p>"
OUTRO = "<p>Once installed, start the tool from your menu and sign in with your account to begin your work.</p>"


def _page(body: str) -> str:
    return ("<html><head><title>Install the tool</title></head><body><main><h1>Install the tool</h1>"
            f"{INTRO}{body}{OUTRO}</main></body></html>")


def _said(html: str) -> tuple[int, list[str]]:
    art = newsclean.clean(html)
    kept = sum(SHARED in p.text for p in art.paragraphs)
    why = [r.reason for r in art.removed if SHARED in r.text]
    return kept, why


def test_a_sentence_in_sibling_tab_panels_stays_in_each():
    html = _page(
        '<div class="tabs"><div class="tab-panel active"><h2>Windows</h2>'
        "<p>Download the setup program from the downloads page and open it from your folder.</p>"
        f"<p>{SHARED}</p><pre>setup.exe --quiet --target C:\\Tools</pre></div>"
        '<div class="tab-panel"><h2>macOS</h2>'
        "<p>Open a terminal window and fetch the disk image with the command shown below it.</p>"
        f"<p>{SHARED}</p><pre>hdiutil attach tool.dmg</pre></div></div>")
    kept, why = _said(html)
    assert kept == 2 and why == []


def test_a_sentence_in_alike_sections_under_other_headings_stays_in_each():
    html = _page(
        "<section><h2>Step 1 on Linux</h2><p>Add the package source to your system's list and refresh it "
        f"with your package manager.</p><p>{SHARED}</p></section>"
        "<section><h2>Step 1 on FreeBSD</h2><p>Build the port from the collection, answering the questions "
        f"its configuration dialog asks.</p><p>{SHARED}</p></section>")
    kept, why = _said(html)
    assert kept == 2 and why == []


def test_a_description_rendered_twice_loses_its_copy():
    # the same description in a summary box and again in a details box of another shape
    html = _page(
        f'<div class="summary"><p>{SHARED}</p><p>Price and delivery times differ from one country to the '
        "next, see your basket.</p></div>"
        f'<div class="details-box"><p>{SHARED}</p><p>Our warehouse ships every order within two working '
        "days of your payment.</p></div>")
    kept, why = _said(html)
    assert kept == 1 and len(why) == 1 and "repeats a paragraph" in why[0]


def test_alike_boxes_differing_only_in_a_title_lose_the_copy():
    # template cards: one placeholder text under a title each, nothing else of their own
    html = _page(
        f'<div class="card"><h3>First feature</h3><p>{SHARED}</p></div>'
        f'<div class="card"><h3>Second feature</h3><p>{SHARED}</p></div>')
    kept, why = _said(html)
    assert kept == 1 and len(why) == 1


def test_a_section_holding_only_the_copy_loses_it():
    html = _page(
        '<div class="panel"><p>Download the setup program from the downloads page and open it from your '
        f"folder.</p><p>{SHARED}</p></div>"
        f'<div class="panel"><p>{SHARED}</p></div>')
    kept, why = _said(html)
    assert kept == 1 and len(why) == 1


def test_a_copy_quoted_in_a_sibling_box_still_goes():
    html = _page(
        '<div class="entry"><p>Download the setup program from the downloads page and open it from your '
        f"folder.</p><p>{SHARED}</p></div>"
        f'<div class="entry"><blockquote><p>{SHARED}</p></blockquote><p>Thanks, that worked on my machine '
        "after a restart of the whole system.</p></div>")
    kept, why = _said(html)
    assert kept == 1 and len(why) == 1


def test_a_copy_at_another_place_in_an_alike_section_still_goes():
    # each section renders its text twice (a narrow and a wide layout): the copies are no parallel ones
    html = _page(
        '<div class="block"><div class="narrow"><p>Download the setup program from the downloads page and '
        f'open it.</p></div><div class="wide"><p>{SHARED}</p></div></div>'
        '<div class="block"><div class="narrow"><p>Open a terminal window and fetch the disk image with the '
        f'command.</p><p>{SHARED}</p></div><div class="wide"><p>More text of the wide layout only.</p></div></div>')
    kept, why = _said(html)
    assert kept == 1 and len(why) == 1


def test_a_note_in_entries_of_two_kinds_in_alike_sections_stays_in_each():
    # a reference page: a function's entry in one section, a class's in the next, one version note in both
    note = "Changed in version 2.0: the separator may now be a string of any length, not a single character."
    html = _page(
        "<section><h2>Functions</h2><dl class='api function'><dt>split(text, sep)</dt><dd><p>Cut the text at each "
        f"separator and give back the pieces in their order.</p><div class='note'><p>{note}</p></div></dd></dl>"
        "</section><section><h2>Classes</h2><dl class='api class'><dt>Splitter(sep)</dt><dd><p>An object that "
        f"remembers its separator and cuts each text handed to it.</p><div class='note'><p>{note}</p></div></dd>"
        "</dl></section>")
    art = newsclean.clean(html)
    assert sum(note in p.text for p in art.paragraphs) == 2


def test_a_copy_in_the_other_rendering_of_an_alike_section_still_goes():
    # both sections hold a narrow and a wide rendering sharing a layout word: the wide copy is no parallel one
    html = _page(
        '<div class="block"><div class="col narrow"><p>Download the setup program from the downloads page and '
        f'open it.</p><p>{SHARED}</p></div><div class="col wide"><p>{SHARED}</p></div></div>'
        '<div class="block"><div class="col narrow"><p>Open a terminal window and fetch the disk image with the '
        f'command.</p><p>{SHARED}</p></div><div class="col wide"><p>{SHARED}</p><p>More text of the wide layout '
        'only.</p></div></div>')
    kept, why = _said(html)
    assert kept == 2 and len(why) == 2
