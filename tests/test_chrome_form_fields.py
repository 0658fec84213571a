"""chrome: the text of form fields (a text box's content, a picker's options) is no page prose: it neither
protects nor outweighs a column, nor is it the paragraph under the title; and a layout's content column named
after its sidebar (``sidebar-content`` beside ``sidebar``) is no sidebar when it holds more prose."""
from __future__ import annotations

import lxml.html

from newsclean import Cleaner
from newsclean.plugins import chrome

STORY = ("The harbour ferry will run every twenty minutes from the spring onwards, the port board said on "
         "Monday, after a winter in which the old timetable left commuters waiting in the cold for long. ")
MORE = ("Two new boats are being fitted out at the yard across the bay and should join the fleet by April, "
        "when the board also plans to open a second pier for the evening crossings to the island. ")
RULES = ("You may republish this story for free under our licence. Please keep the writer's name and a "
         "link back to the original, and do not edit the text beyond small changes of style. ")


def clean(html: str):
    return Cleaner(entry_points=False, plugins=[chrome]).clean(html)


def text(art) -> str:
    return " ".join(p.text for p in art.paragraphs)


def page(inner: str) -> str:
    return f"<html><head><title>Ferry every twenty minutes</title></head><body>{inner}</body></html>"


def copy_box(copies: int = 6) -> str:
    """A hidden "republish" dialog: the title, its rules and the article's markup in a text box."""
    markup = "&lt;p&gt;" + (STORY + MORE) * copies + "&lt;/p&gt;"
    return (f"<div id='share-dialog' style='display:none'><h1>Ferry every twenty minutes</h1>"
            f"<p>{RULES}</p><p>{RULES}</p><textarea>{markup}</textarea></div>")


def test_a_copy_in_a_text_box_does_not_outweigh_the_article_beside_its_sidebar():
    body = "".join(f"<p>{STORY}</p><p>{MORE}</p>" for _ in range(3))
    html = page("<div class='layout'>"
                f"<div class='sidebar-content'>{body}</div>"
                f"<div class='sidebar'><div class='widget'>{copy_box()}</div>"
                "<div class='widget'><a href='/a'>Newsletter</a></div></div></div>")
    art = clean(html)
    assert STORY.strip() in text(art) and MORE.strip() in text(art)
    assert RULES.strip() not in text(art)
    # the dialog is hidden, holds a form field and is no folded rest of the article: recorded as it goes
    assert any(r.kind == "hidden" and "You may republish" in r.text for r in art.removed)
    assert not any("harbour ferry" in r.text for r in art.removed if r.kind == "chrome")


def test_form_field_text_is_not_counted_as_prose():
    options = "".join(f"<option>Service number {i} with a long descriptive name, priced.</option>"
                      for i in range(40))
    root = lxml.html.fromstring(page(f"<div id='box'><p>{STORY}</p><select>{options}</select>"
                                     f"<textarea>{MORE * 5}</textarea></div>"))
    body = root.find("body")
    box = body.get_element_by_id("box")
    counts = chrome._form_field_chars(body)
    assert counts[box] == counts[body] > 0
    assert chrome._form_field_chars(box)[box] == counts[box]
    assert counts[box] == len("".join(MORE.split())) * 5 + sum(
        len("".join(f"Service number {i} with a long descriptive name, priced.".split())) for i in range(40))


def test_guard_prose_leaves_out_the_fields():
    options = "".join(f"<option>Option {i} of the picker, a long label for the test.</option>" for i in range(30))
    html = page(f"<div id='box'><p>{STORY}</p><select>{options}</select><textarea>{MORE * 4}</textarea></div>")
    root = lxml.html.fromstring(html)
    body = root.find("body")

    class Doc:
        state: dict = {}
        meta = None

    guard = chrome._Guard(Doc(), body)
    box = body.get_element_by_id("box")
    assert guard.counts.prose(box) > 3 * len(STORY.replace(" ", ""))
    assert guard.prose(box) == len("".join(STORY.split()))
    assert guard.page_prose == guard.prose(body)


def test_a_text_box_is_not_the_paragraph_under_the_title():
    html = page("<h1>Ferry every twenty minutes</h1><form><textarea>" + STORY + "</textarea></form>"
                f"<div class='story'><p>{MORE}</p></div>")
    root = lxml.html.fromstring(html)
    body = root.find("body")

    class Meta:
        @staticmethod
        def get(name):
            return "Ferry every twenty minutes" if name == "title" else None

    class Doc:
        state: dict = {}
        meta = Meta()

    lead = chrome._lead_element(Doc(), body)
    assert lead is not None and lead.tag == "p" and lead.text.startswith("Two new boats")


def test_the_content_column_with_less_prose_than_its_sidebar_still_goes():
    links = "".join(f"<li><a href='/s{i}'>Other story {i}</a></li>" for i in range(6))
    html = page(f"<div class='main'>{''.join(f'<p>{STORY}{MORE}</p>' for _ in range(4))}</div>"
                "<div class='layout'>"
                f"<div class='sidebar-content'><ul>{links}</ul></div>"
                f"<div class='sidebar'><p>{RULES}</p><p>{RULES}</p></div></div>")
    art = clean(html)
    assert any(r.kind == "chrome" and "sidebar-content" in r.reason for r in art.removed)


def test_a_text_widget_beside_a_widget_is_no_content_column():
    # "widget_text" is a text widget (a weak word's token): no layout's content column
    div = lxml.html.fromstring("<div><div class='widget_text'><p>x</p></div><div class='widget'>y</div></div>")
    assert not chrome._column_of_pair(div[0], "widget_text", None)
    div = lxml.html.fromstring("<div><div class='sidebar-content'><p>xx</p></div><div class='sidebar'>y</div></div>")
    assert chrome._column_of_pair(div[0], "sidebar-content", None)
    div = lxml.html.fromstring("<div><div class='sidebar-content'><p>x</p></div><div class='sidebar'>yy</div></div>")
    assert not chrome._column_of_pair(div[0], "sidebar-content", None)
