"""Words on both sides of an element boundary: inline elements that abut with no text between them
are read as separate words (labels and values, badges, listing rows), an inline element inside a
word is not, and scripts written without spaces get none."""
from __future__ import annotations

import lxml.html

from newsclean.blocks import ABUT_APART, ABUT_MARK, abut_text, html_blocks


def texts(html: str) -> list[str]:
    return [b.text for b in html_blocks(lxml.html.document_fromstring(html))[0]]


def test_abutting_inline_elements_are_separate_words():
    got = texts("<html><body><div><span class='lbl'>Catalogue number</span><span class='val'>4471.20</span></div>"
                "<p><span><span>1987</span></span><span>1h 48m</span><span>PG</span></p></body></html>")
    assert got == ["Catalogue number 4471.20", "1987 1h 48m PG"]


def test_an_inline_element_inside_a_word_adds_nothing():
    got = texts("<html><body><p>A <b>Harb</b>our view, a lantern<i>s</i> glow, break<wbr>water, "
                "<span>T</span><span>ides</span> turn; <span>Lamp</span>, <span>oil</span>, <span>sea</span><span>wall"
                "</span>, <span>Ligh</span><span>thouse</span>.</p></body></html>")
    assert got == ["A Harbour view, a lanterns glow, breakwater, Tides turn; Lamp, oil, seawall, Lighthouse."]


def test_skipped_elements_between_inline_ones_change_nothing():
    got = texts("<html><body><p>Quay<script>var x = 1;</script><span>side</span> and "
                "<span>Pier</span><script>y()</script><span>Head</span></p></body></html>")
    assert got == ["Quayside and Pier Head"]


def test_no_space_between_characters_of_scripts_written_without_spaces():
    got = texts("<html><body><p><span>港口</span><span>灯塔</span><span>ABC</span><span>港</span></p></body></html>")
    assert got == ["港口灯塔ABC港"]


def test_text_in_pre_is_left_as_it_stands():
    got = texts("<html><body><pre><span>ab</span><span>cd</span></pre></body></html>")
    assert got == ["abcd"]


def test_data_table_cells_read_breaks_and_abutting_elements_as_separators():
    got = texts("<html><body><table><tr><th>Item</th><th>Note</th></tr>"
                "<tr><td>Rope<br>Chain</td><td><span>Length</span><span>12</span><script>z()</script></td></tr>"
                "</table></body></html>")
    assert got == ["Item | Note\nRope Chain | Length 12"]


def test_abut_mark_reads_as_space_only_between_letters_or_digits():
    m = ABUT_MARK
    assert abut_text(f"one{m}two") == "onetwo"
    assert abut_text(f"one{m}, two") == "one, two"
    assert abut_text(f"one{m}Two") == "one Two"
    assert abut_text(f"one{m}2") == "one 2"
    assert abut_text(f"a T{m}he") == "a The"
    assert abut_text(f"Harb{m}our") == "Harbour"
    assert abut_text(f"字{m}字") == "字字"
    assert abut_text("plain") == "plain"


def test_superscripts_and_subscripts_attach_to_the_text_before_them():
    got = texts("<html><body><p><span>$129</span><sup>95</sup> for <span>H</span><sub>2</sub>O</p></body></html>")
    assert got == ["$12995 for H2O"]


def test_no_space_after_a_link_that_an_element_follows():
    got = texts("<html><body><p>By <a href='/a/jane'>Jane Doe</a><span>Travel Reporter</span>, "
                "<a href='/b'><span>Tom Roe</span></a><span>Desk Editor</span></p></body></html>")
    assert got == ["By Jane DoeTravel Reporter, Tom RoeDesk Editor"]


def test_texts_at_different_depths_are_separate_words_before_lower_case():
    got = texts("<html><body><h4><span><span><span>size</span></span><span>integer</span></span></h4>"
                "<h4><span>unit</span><span><code>string</code></span></h4>"
                "<p><b><i>W</i></b><span>ind</span> and <span><b>gust</b></span><b>s</b> rose.</p></body></html>")
    assert got == ["size integer", "unit string", "Wind and gusts rose."]


def test_a_word_cut_by_alike_nested_formatting_stays_one_word():
    got = texts("<html><body><p>The <font size='3'><b>break</b></font><font size='2'><b>water</b></font> and "
                "<span><em> the</em></span><em><span>re</span></em> it ends.</p></body></html>")
    assert got == ["The breakwater and there it ends."]


def test_data_table_cells_read_a_text_that_closed_two_elements_as_a_separate_word():
    got = texts("<html><body><table><tr><th>Field</th><th>About</th></tr>"
                "<tr><td><span><code>depth</code></span><span>number</span></td><td>Metres</td></tr>"
                "</table></body></html>")
    assert got == ["Field | About\ndepth number | Metres"]


def test_apart_mark_reads_as_space_before_lower_case_after_a_word():
    m = ABUT_APART
    assert abut_text(f"size{m}integer") == "size integer"
    assert abut_text(f"a W{m}ind") == "a Wind"
    assert abut_text(f"gust{m}s") == "gusts"
    assert abut_text(f"size{m}, two") == "size, two"
    assert abut_text(f"字字{m}字") == "字字字"


def test_an_empty_inline_element_between_two_texts_separates_them():
    got = texts("<html><body><p>Filed 2031<span class='sep'></span>4:15 at the dock</p>"
                "<p>Anchor<i class='glyph'></i>Buoy and mast<em></em>Rope</p></body></html>")
    assert got == ["Filed 2031 4:15 at the dock", "Anchor Buoy and mast Rope"]


def test_an_empty_inline_element_inside_a_word_adds_nothing():
    got = texts("<html><body><p>Light<span class='t'></span>house and tide<span></span>s, 10<sup></sup>4</p>"
                "</body></html>")
    assert got == ["Lighthouse and tides, 104"]


def test_element_text_reads_an_empty_inline_element_as_the_walk_does():
    from newsclean.blocks import element_text
    html = ("<html><body><div><p>Filed 2031<span class='sep'></span>4:15, Light<b></b>house</p>"
            "<p>Quay<i></i>Side</p></div></body></html>")
    root = lxml.html.document_fromstring(html)
    assert element_text(root.find(".//div")) == " ".join(texts(html)) == "Filed 2031 4:15, Lighthouse Quay Side"


def test_a_superscript_holding_a_link_is_a_reference_read_apart():
    from newsclean.blocks import element_text
    html = ("<html><body><p>The charter<sup><a href='#n7'>7</a></sup> lists 40 m<sup>2</sup> of quay, "
            "the 2<sup>nd</sup> berth and H<sub>2</sub>O tanks.</p></body></html>")
    got = texts(html)
    assert got == ["The charter 7 lists 40 m2 of quay, the 2nd berth and H2O tanks."]
    assert element_text(lxml.html.document_fromstring(html).find(".//p")) == got[0]
