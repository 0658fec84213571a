"""controls: the words of buttons, drop-down lists and text boxes are recorded (the block walk
never reads them); a button inside a sentence is read as its words. Pages written for these tests."""
from __future__ import annotations

import lxml.html
import pytest

import newsclean
from newsclean.plugins.controls import MAX_RECORDED, in_sentence

PARAS = (
    "In computer science, the {term} of two strings is the longest sequence found in both of them, "
    "in the same order though not always next to each other.",
    "It is computed by dynamic programming over a table of prefixes, one cell for each pair of prefix "
    "lengths of the two strings, filled row by row.",
    "The same table gives the edit distance when only insertions and deletions are allowed, which is why "
    "file comparison tools build on it.",
)


def _page(term: str, extra: str = "") -> str:
    paras = "".join(f"<p>{p.format(term=term)}</p>" for p in PARAS)
    return ("<html><head><title>Longest common subsequence</title></head><body><article>"
            f"<h1>Longest common subsequence</h1>{paras}{extra}</article></body></html>")


def _button(html: str):
    return lxml.html.fromstring(html).find(".//button")


def test_a_button_in_a_sentence_is_read_as_its_words():
    art = newsclean.clean(_page('<button class="term" aria-expanded="false">longest common subsequence</button>'))
    assert "the longest common subsequence of two strings" in art.text
    assert not [r for r in art.removed if r.kind == "control"]


def test_controls_outside_sentences_are_recorded_not_silently_lost():
    extra = ("<button>Load more</button><select><option>English</option><option>Deutsch</option></select>"
             "<textarea>Write your comment here</textarea>")
    art = newsclean.clean(_page("longest common subsequence", extra))
    for p in PARAS:
        assert p.format(term="longest common subsequence") in art.text
    controls = [r for r in art.removed if r.kind == "control"]
    assert {r.plugin for r in controls} == {"controls:words"}
    assert [r.text for r in controls] == ["Load more", "English | Deutsch", "Write your comment here"]
    assert "Load more" not in art.text and "Deutsch" not in art.text


def test_with_the_plugin_disabled_the_button_is_not_read():
    page = _page('<button class="term">longest common subsequence</button>', "<button>Load more</button>")
    art = newsclean.clean(page, disable=["controls"])
    assert "the of two strings" in art.text
    assert not [r for r in art.removed if r.kind == "control"]


@pytest.mark.parametrize("html", [
    "<p>Press <button>Copy</button></p>",                                   # nothing after it
    "<p><button>Share</button> this story</p>",                             # nothing before it
    "<div>See the <button>menu</button> above</div>",                       # not in a sentence host
    "<p>Enter your address <button>12345</button> here</p>",                # no letter
    "<form><p>Enter your address and <button>Subscribe</button> today</p></form>",  # a form's button
    "<p>Open the <button><div>panel</div></button> now</p>",                # a block inside
    "<p>Read the <button>" + "x" * 90 + "</button> now</p>",                # too long for a term
])
def test_buttons_that_are_not_words_of_a_sentence(html):
    assert not in_sentence(_button(html))


@pytest.mark.parametrize("html", [
    "<p>the <button>longest common subsequence</button> of two strings</p>",
    "<p>Der <em>Begriff</em> <button>Mehrwertsteuer</button> bezeichnet die Umsatzsteuer.</p>",
    "<li>计算<button>最长公共子序列</button>的方法</li>",
])
def test_buttons_in_sentences(html):
    assert in_sentence(_button(html))


def test_a_page_of_many_controls_is_recorded_in_bounded_records():
    extra = "".join(f"<button>Option {i}</button>" for i in range(MAX_RECORDED + 50))
    art = newsclean.clean(_page("longest common subsequence", extra))
    controls = [r for r in art.removed if r.kind == "control"]
    assert len(controls) == MAX_RECORDED + 1
    assert controls[-1].text.startswith(f"Option {MAX_RECORDED} | ") and "50 more" in controls[-1].reason


def test_a_button_wrapped_alone_in_a_span_is_judged_by_the_span_s_sentence():
    html = ('<p>Given a string, return <em>the longest</em> <span class="keyword"><button type="button">'
            '<em>special</em></button></span> <span class="keyword"><button type="button">subsequence</button>'
            '</span> of it.</p>')
    root = lxml.html.fromstring(html)
    assert [in_sentence(b) for b in root.iter("button")] == [True, True]
    art = newsclean.clean(_page("longest common subsequence", html))
    assert "return the longest special subsequence of it." in art.text


def _accordion(question_attrs: str, panel: str = '<div id="faq-1"><p>Yes, on every crossing but the night boat.</p></div>') -> str:
    return f'<div class="faq"><h3><button {question_attrs}>Can I bring my bicycle?</button></h3>{panel}</div>'


@pytest.mark.parametrize("attrs", ['aria-expanded="false" aria-controls="faq-1"', 'data-bs-target="#faq-1"',
                                   'data-target="#faq-1" data-toggle="collapse"'])
def test_the_button_that_opens_a_panel_in_the_page_labels_it(attrs):
    root = lxml.html.fromstring(_accordion(attrs))
    from newsclean.plugins.controls import labels_panel
    assert labels_panel(root.find(".//button"), root.getroottree().getroot())
    art = newsclean.clean(_page("longest common subsequence", _accordion(attrs)))
    assert "Can I bring my bicycle?\n\nYes, on every crossing" in art.text


@pytest.mark.parametrize("html", [
    _accordion('aria-controls="faq-2"'),                                    # its panel is not in the page
    _accordion('aria-controls="faq-1"', '<div id="faq-1"></div>'),          # an empty panel
    _accordion('role="tab" aria-controls="faq-1"'),                         # a tab's label
    _accordion('aria-controls=""'),
])
def test_buttons_that_label_no_panel(html):
    from newsclean.plugins.controls import labels_panel
    root = lxml.html.fromstring(html)
    assert not labels_panel(root.find(".//button"), root.getroottree().getroot())


def test_a_button_that_swallowed_the_page_is_read_as_a_block():
    # a <div> left open inside the menu button: the parser never closes the button, and the page's
    # article ends up inside it; its text is the page's, not a control's words
    long_paras = "".join(f"<p>{p.format(term='longest common subsequence')} Part {i}.</p>"
                         for i in range(4) for p in PARAS)
    html = ("<html><head><title>Longest common subsequence</title></head><body><header>"
            "<button class='menu-button' aria-label='Main menu'><div class='inner'><svg></svg><div> </button>"
            f"</div><main><article><h1>Longest common subsequence</h1>{long_paras}</article></main>"
            "</header></body></html>")
    art = newsclean.clean(html)
    assert "dynamic programming" in art.text and art.text.count("Part 3.") == 3
    assert any("read as a block" in n for n in art.notes)
    # a button with a short label beside the article is still a control
    art = newsclean.clean(_page("longest common subsequence", "<button><p>Load more</p></button>"))
    assert "Load more" not in art.text and [r for r in art.removed if r.kind == "control"]


CODE = ('<span class="kw">def</span> lcs(a, b):\n    table = [[0] * (len(b) + 1) for _ in a]\n'
        '    return table[-1][-1]\n')


def test_a_code_block_header_bar_goes_with_its_button():
    bar = '<div class="code-header"><span>python</span><button class="copy">Copy</button></div>'
    art = newsclean.clean(_page("longest common subsequence", f"<pre><code>{bar}<div>{CODE}</div></code></pre>"))
    assert "lcs(a, b):" in art.text and "return table[-1][-1]" in art.text
    assert "python" not in art.text
    rec = [r for r in art.removed if r.kind == "control"]
    assert [r.text for r in rec] == ["python Copy"] and "header bar of a code block" in rec[0].reason


def test_a_header_bar_opening_the_code_blocks_frame_goes_with_its_button():
    # the bar right before the <pre>'s wrapper, the two alone in the code block's frame
    bar = '<div class="flex justify-between"><div><span>python</span></div><button type="button">Copy</button></div>'
    art = newsclean.clean(_page("longest common subsequence",
                                f'<div class="code-frame">{bar}<div class="scroll"><pre><code>{CODE}</code></pre></div></div>'))
    assert "lcs(a, b):" in art.text and "python" not in art.text
    rec = [r for r in art.removed if r.kind == "control"]
    assert [r.text for r in rec] == ["python Copy"] and "header bar of a code block" in rec[0].reason


@pytest.mark.parametrize("extra", [
    # a bar outside a <pre> is no part of the code block's
    f'<div class="code-header"><span>python</span><button>Copy</button></div><pre>{CODE}</pre>',
    # a label of more than a name, or no code after it: not a header bar
    f'<pre><div><span>This function builds the whole table of prefixes</span><button>Copy</button></div>{CODE}</pre>',
    f'<pre>{CODE}<div><span>python</span><button>Copy</button></div></pre>',
    # a frame holding more than the bar and the code, or a bar after the code
    f'<div><div><span>python</span><button>Copy</button></div><pre>{CODE}</pre><p>Run it twice.</p></div>',
    f'<div><pre>{CODE}</pre><div><span>python</span><button>Copy</button></div></div>',
])
def test_elements_that_are_no_code_header_bar_stay(extra):
    art = newsclean.clean(_page("longest common subsequence", extra))
    assert not any("header bar of a code block" in r.reason for r in art.removed)


# --- an accordion's question that names no panel: read when its answer follows it ---------------

def _faq(items: list[tuple[str, str]], toggle: str = '<button class="faq__toggle">{q}</button>') -> str:
    rows = "".join(f'<div class="faq__item"><div class="faq__head">{toggle.format(q=q)}</div>'
                   f'<div class="faq__body"><p>{a}</p></div></div>' for q, a in items)
    return f'<h2>Questions</h2><div class="faq">{rows}</div>'


FAQ_EN = [("How long does the ferry take?", "About forty minutes in calm weather, and longer in winter when the "
                                            "crossing is rough and the boat takes the southern route round the island."),
          ("Can I bring my bicycle on board?", "Yes, on every crossing but the night boat; bicycles travel free and are "
                                               "stowed on the car deck, so arrive ten minutes before departure.")]


def test_an_accordion_question_naming_no_panel_is_read_over_its_answer():
    art = newsclean.clean(_page("longest common subsequence", _faq(FAQ_EN)))
    assert "How long does the ferry take?\n\nAbout forty minutes" in art.text
    assert "Can I bring my bicycle on board?\n\nYes, on every crossing" in art.text
    assert not [r for r in art.removed if r.kind == "control" and "ferry" in r.text]


def test_a_question_whose_words_sit_in_a_div_inside_the_button_is_read():
    toggle = '<button type="button"><div>{q}</div><i class="icon-chevron"></i></button>'
    art = newsclean.clean(_page("longest common subsequence", _faq(FAQ_EN, toggle)))
    assert "Can I bring my bicycle on board?" in art.text


def test_a_chinese_accordion_question_is_read():
    items = [("渡轮需要多长时间？", "天气平稳时大约四十分钟，冬季风浪较大时渡轮绕行岛屿南侧航线，所需时间会更长一些，请提前查询班次。"),
             ("可以带自行车上船吗？", "可以，除夜班船外每班都可以携带自行车，自行车免费并存放在车辆甲板，请在开船前十分钟到达码头。")]
    art = newsclean.clean(_page("longest common subsequence", _faq(items)))
    assert "可以带自行车上船吗？" in art.text


def test_a_heading_s_only_words_on_a_toggle_are_read_over_the_panel():
    html = ('<div class="acc"><h3><button type="button">Opening hours</button></h3>'
            '<div><p>The museum opens at nine every day except Mondays and public holidays.</p></div></div>')
    art = newsclean.clean(_page("longest common subsequence", html))
    assert "Opening hours\n\nThe museum opens at nine" in art.text


@pytest.mark.parametrize("html", [
    '<div><button>Need help?</button><div>Chat with our team now.</div></div>',       # a widget's call, no question
    '<div><button>How long does the ferry take?</button></div>',                     # no answer after it
    '<div><button>How long does the ferry take?</button><div><img src="x.png"></div></div>',  # nothing to read
    '<div><button>Is this page useful?</button><button>Yes</button></div>',           # a control after it
    '<div><button>Show all sailings</button><div>Monday to Friday, hourly.</div></div>',  # no question, no heading
    '<form><div><button>How long does the ferry take?</button><div>Forty minutes.</div></div></form>',
    '<div><button>Which <ul><li>ferry</li></ul> is faster?</button><div>The new one.</div></div>',
])
def test_buttons_that_open_no_answer(html):
    from newsclean.plugins.controls import opens_answer
    root = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    assert not opens_answer(root.find(".//button"))


def test_a_long_drop_down_in_a_layout_table_is_no_text_and_draws_no_container():
    countries = "".join(f"<option value={n}>Country number {n}</option>" for n in range(200))
    search = (f'<table><tr><td>Search the site</td><td><select name="country">{countries}</select></td>'
              '<td><button type="submit">Go</button></td></tr>'
              '<tr><td>Any time</td><td><input name="q"></td><td>Help</td></tr></table>')
    page = ('<html><head><title>Longest common subsequence</title></head><body><form action="/page">'
            f'{search}<div class="story"><h1>Longest common subsequence</h1>'
            + "".join(f"<p>{p.format(term='longest common subsequence')}</p>" for p in PARAS)
            + "</div></form></body></html>")
    art = newsclean.clean(page)
    for p in PARAS:
        assert p.format(term="longest common subsequence") in art.text
    assert "Country number" not in art.text
    controls = [r for r in art.removed if r.kind == "control"]
    assert any(r.text.startswith("Country number 0 | Country number 1 |") for r in controls)
    assert all(r.plugin == "controls:words" and r.reason for r in controls)


def test_a_datalist_s_options_and_a_loose_option_are_recorded():
    extra = ('<input list="rivers"><datalist id="rivers"><option value="d">Danube</option>'
             '<option value="r">Rhine</option></datalist><div><option>Loire</option></div>')
    art = newsclean.clean(_page("longest common subsequence", extra))
    assert "Danube" not in art.text and "Loire" not in art.text
    controls = [r.text for r in art.removed if r.kind == "control"]
    assert controls == ["Danube | Rhine", "Loire"]


FORM = ('<div class="ebook"><p>Fill out the form to get a copy of the guide.</p>'
        '<label for="f-first">First name*</label><input id="f-first" type="text">'
        '<label for="f-mail">Work email*</label><input id="f-mail" type="email">'
        '<label for="f-size">Team size</label><select id="f-size"><option>1-10</option><option>11-50</option></select>'
        '<label>Sorted by: <select name="s"><option>Newest</option><option>Oldest</option></select></label>'
        '<label for="f-note">Anything else?</label><textarea id="f-note"></textarea></div>')
LABELS = ["First name*", "Work email*", "Team size", "Sorted by:", "Anything else?"]


def test_the_labels_of_form_fields_are_recorded_and_taken_out():
    art = newsclean.clean(_page("longest common subsequence", FORM))
    for p in PARAS:
        assert p.format(term="longest common subsequence") in art.text
    for label in LABELS:
        assert label not in art.text
    labels = [r for r in art.removed if r.plugin == "controls:labels"]
    assert [r.text for r in labels] == LABELS
    assert all(r.kind == "control" and "label of a form field" in r.reason for r in labels)
    # the picker a label holds is recorded by the words step, as any picker
    assert "Newest | Oldest" in [r.text for r in art.removed if r.plugin == "controls:words"]


def test_with_the_labels_step_disabled_the_field_names_are_read():
    art = newsclean.clean(_page("longest common subsequence", FORM), disable=["controls:labels"])
    assert "Work email*" in art.text


@pytest.mark.parametrize("extra", [
    '<p><input type="checkbox" id="agree"><label for="agree">I agree that my story may be printed</label></p>',
    '<p><label><input type="radio" name="tab">Python example</label></p>',         # a tab set's label
    '<p><label for="nowhere">Named field that is missing</label></p>',             # names no field
    '<p><label for="f-x">' + "A long explanation of what to write in the box below, " * 2 + '</label>'
    '<input id="f-x"></p>',                                                       # too long for a name
    '<label for="f-y"><p>Tell us about the project</p></label><input id="f-y">',  # holds a paragraph
])
def test_labels_that_are_no_field_s_name_stay(extra):
    art = newsclean.clean(_page("longest common subsequence", extra))
    assert not [r for r in art.removed if r.plugin == "controls:labels"]
