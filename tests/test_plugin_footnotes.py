"""footnotes: bare footnote marks glued into the prose go; notes, bracketed citations and numbers stay."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import footnotes

PROSE = ("The river has carried freight between the two towns since the eighteenth century, and the old "
         "towpath is now a walking route that draws visitors all year. ")


def clean(inner: str, plugins=(footnotes,)):
    html = (f"<html><head><title>t</title></head><body><div id='content'><p>{PROSE}</p>{inner}<p>{PROSE}</p>"
            f"</div></body></html>")
    return Cleaner(entry_points=False, plugins=list(plugins)).clean(html)


def texts(art) -> list[str]:
    return [p.text for p in art.paragraphs if p.text != PROSE.strip()]


def marks(art) -> list[tuple[str, str, str]]:
    return [(r.kind, r.plugin, r.text) for r in art.removed]


def test_vocabulary_is_data():
    assert "fnref" in footnotes.NOTE_NAMES and "noteref" in footnotes.NOTE_NAMES
    assert "backlink" in footnotes.BACK_NAMES and "↩" in footnotes.BACK_MARKS
    assert "。" in footnotes.SENTENCE_END


@pytest.mark.parametrize("text,yes", [
    ("2", True), ("[12]", True), ("*", True), ("†", True), ("1234", False), ("see 2", False), ("", False),
])
def test_mark_text(text, yes):
    assert footnotes.is_mark_text(text) is yes


@pytest.mark.parametrize("value,yes", [
    ("footnote-anchor", True), ("fnref:2", True), ("doc-noteref", True), ("_ftn3", True),
    ("cite_note-verge-2", True), ("thm-residue", False), ("price-table", False), (None, False),
])
def test_names_note(value, yes):
    assert footnotes.names_note(value) is yes


def test_raised_reference_mark_goes():
    art = clean("<p>The latent ends up being used more.<sup id='fnref:5'><a href='#fn:5'>5</a></sup> "
                "Since the model learns a lossy code, the authors measure how lossy it is.</p>")
    assert texts(art) == ["The latent ends up being used more. Since the model learns a lossy code, the "
                          "authors measure how lossy it is."]
    assert marks(art) == [("footnote-mark", "footnotes:marks", "5")]
    assert "linking to #fn:5" in art.removed[0].reason


@pytest.mark.parametrize("mark", [
    "<span class='fn'><a href='#note04'>4</a></span>",                                   # named wrapper
    "<a class='footnote-anchor' href='https://blog.example.org/p/post#footnote-5'>5</a>",  # named link, full address
    "<span role='doc-noteref'><sup><span><a href='#fnxq2'>3</a></span></sup></span>",      # nested wrappers
    "<a href='#fn2' rel='footnote'><sup>2</sup></a>",                                      # sup inside the link
])
def test_named_or_raised_marks_go_with_their_wrappers(mark):
    art = clean(f"<p>The handmaids saw him coming in the distance,{mark} and went to hide in their rooms.</p>")
    assert texts(art) == ["The handmaids saw him coming in the distance, and went to hide in their rooms."]
    assert [r.kind for r in art.removed] == ["footnote-mark"]


def test_chinese_mark_after_full_stop():
    art = clean("<p>运河自十八世纪起就在两镇之间运送货物。<sup><a href='#fn1'>1</a></sup>如今旧纤道成了步道。</p>")
    assert texts(art) == ["运河自十八世纪起就在两镇之间运送货物。如今旧纤道成了步道。"]


def test_unlinked_raised_number_after_a_sentence_goes():
    art = clean("<p>The first concept is well-established. <sup>1</sup> The second is more nuanced.</p>")
    assert texts(art) == ["The first concept is well-established. The second is more nuanced."]
    assert "after a sentence" in art.removed[0].reason


def test_unlinked_raised_number_glued_to_a_word_goes():
    art = clean("<p>We set out our position in an earlier essay<sup class='caption'>1</sup>, and kept it. "
                "The main<sup>2</sup> benefits are clear.</p>")
    assert texts(art) == ["We set out our position in an earlier essay, and kept it. The main benefits are clear."]
    assert [r.text for r in art.removed] == ["1", "2"] and "glued to a word" in art.removed[0].reason
    art = clean("<p>运河自十八世纪起就在两镇之间运送货物<sup>3</sup>，如今旧纤道成了步道。</p>")
    assert texts(art) == ["运河自十八世纪起就在两镇之间运送货物，如今旧纤道成了步道。"]


@pytest.mark.parametrize("inner,kept", [
    ("<p>The plot covers 40 km<sup>2</sup> and the tank 3 ft<sup>3</sup> of water.</p>",
     "The plot covers 40 km2 and the tank 3 ft3 of water."),
    ("<p>The identity sin<sup>2</sup> + cos<sup>2</sup> = 1 holds, and so does x<sup>2</sup> here.</p>",
     "The identity sin2 + cos2 = 1 holds, and so does x2 here."),
    ("<p>The grid uses 2x<sup>10</sup> cells and 5 公里<sup>2</sup> here.</p>",
     "The grid uses 2x10 cells and 5 公里2 here."),
])
def test_powers_of_short_symbols_stay(inner, kept):
    assert texts(clean(inner)) == [kept]


@pytest.mark.parametrize("inner,kept", [
    # exponents and units follow a digit or a letter
    ("<p>The basin holds 10<sup>6</sup> litres over 40 m<sup>2</sup> of floor.</p>",
     "The basin holds 106 litres over 40 m2 of floor."),
    # a bracketed citation still reads as one in plain text
    ("<p>It operates on Markdown files.<sup class='reference'><a href='#cite_note-2'>[2]</a></sup> It links notes.</p>",
     "It operates on Markdown files.[2] It links notes."),
    ("<p>It relied on a partitioning technique <a href='#r2'>[2]</a> described earlier.</p>",
     "It relied on a partitioning technique [2] described earlier."),
    ("<p>As shown in prior work [<a href='#fn7'>7</a>], the method scales.</p>",
     "As shown in prior work [7], the method scales."),
    # a cross-reference written as a plain number
    ("<p>By the residue theorem (see <a href='#thm-residue'>1</a>), the integral can be evaluated.</p>",
     "By the residue theorem (see 1), the integral can be evaluated."),
    # a link to another page, and a number that is the link's own words
    ("<p>Read part <sup><a href='/series/part-2'>2</a></sup> of the series for the full history.</p>",
     "Read part 2 of the series for the full history."),
])
def test_numbers_and_citations_stay(inner, kept):
    art = clean(inner)
    assert texts(art) == [kept]
    assert [r for r in art.removed if r.kind == "footnote-mark"] == []


def test_a_notes_own_number_stays_and_its_back_link_goes():
    art = clean("<hr/><ol class='footnotes'><li id='fn:1'><p><sup><a href='#fnref:1'>1</a></sup> Supporting "
                "evidence for the first claim, from the canal company's ledgers. "
                "<a href='#fnref:1' class='reversefootnote' role='doc-backlink'>↩</a></p></li></ol>")
    assert texts(art) == ["1 Supporting evidence for the first claim, from the canal company's ledgers."]
    assert marks(art) == [("footnote-mark", "footnotes:marks", "↩")]


def test_wiki_back_links_go_whole():
    art = clean("<ol class='references'><li id='cite_note-2'><span class='mw-cite-backlink'>^ "
                "<a href='#cite_ref-2-0'><sup><i><b>a</b></i></sup></a> <a href='#cite_ref-2-1'><sup><i><b>b</b>"
                "</i></sup></a></span> <span class='reference-text'>Brandom, Russell (2023). \"A review of the "
                "note-taking app\". The Example Review.</span></li></ol>")
    assert texts(art) == ["Brandom, Russell (2023). \"A review of the note-taking app\". The Example Review."]
    assert marks(art) == [("footnote-mark", "footnotes:marks", "^ a b")]


def test_a_lone_letter_link_stays():
    art = clean("<p>Option <a href='#option-b'>b</a> is the one the council chose in the end.</p>")
    assert texts(art) == ["Option b is the one the council chose in the end."]


def test_disabled_plugin_keeps_marks():
    art = clean("<p>The latent ends up being used more.<sup><a href='#fn:5'>5</a></sup> Since then.</p>", plugins=())
    assert texts(art) == ["The latent ends up being used more.5 Since then."]


def test_tufte_side_note_leaves_the_sentence():
    art = clean("<p>The canal opened in 1794.<label for='sn-1' class='margin-toggle sidenote-number'>1</label>"
                "<input type='checkbox' id='sn-1' class='margin-toggle'><span class='sidenote'>The company's "
                "ledgers for the first decade survive.</span> Its towpath is now a walking route.</p>")
    assert texts(art) == ["The canal opened in 1794. Its towpath is now a walking route.",
                          "The company's ledgers for the first decade survive."]
    assert [(r.kind, r.text) for r in art.removed] == [("footnote-mark", "1")]
    assert any("side note" in n for n in art.notes)


def test_side_notes_keep_their_order_and_lose_their_numbers():
    art = clean("<p>运河于1794年通航。<sup class='footnote-reference'><a href='#fn-1'>1</a></sup>"
                "<span class='sidenote'><span class='sidenote-number'>1. </span>账簿至今保存在县档案馆。</span>"
                "此后近一个世纪一直运煤。<sup class='footnote-reference'><a href='#fn-2'>2</a></sup>"
                "<span class='sidenote'><span class='sidenote-number'>2. </span>数字来自船闸登记簿。</span></p>")
    assert texts(art) == ["运河于1794年通航。此后近一个世纪一直运煤。", "账簿至今保存在县档案馆。", "数字来自船闸登记簿。"]
    assert sorted(r.text for r in art.removed) == ["1", "1.", "2", "2."]


@pytest.mark.parametrize("inner,kept", [
    # a check box of a form or a task list, with a plain label after it
    ("<p><input type='checkbox' id='agree'><span class='label'>I read the terms of the canal trust.</span></p>",
     ["I read the terms of the canal trust."]),
    # a span after a raised number whose class names no side note
    ("<p>The basin holds 10<sup>6</sup><span class='unit'> litres</span> of water in a wet spring.</p>",
     ["The basin holds 106 litres of water in a wet spring."]),
])
def test_other_spans_stay_in_their_sentence(inner, kept):
    art = clean(inner)
    assert texts(art) == kept
    assert not any("side note" in n for n in art.notes)


def test_many_marks_and_empty_runs_stay_linear_and_correct():
    marks = "".join(f"word{i}.<sup><a href='#fn{i}'>{i % 999 + 1}</a></sup> " for i in range(3000))
    empties = "<span></span>" * 5000 + "<sup><a href='#fn-x'>7</a></sup>"
    art = clean(f"<p>{marks}</p><p>{empties} closing words of the note.</p>")
    assert sum(r.kind == "footnote-mark" for r in art.removed) == 3000  # the mark after 5000 empty spans stays
    assert "word2999." in art.paragraphs[1].text and "7 closing" in art.paragraphs[2].text


def test_a_link_around_long_text_is_no_mark():
    art = clean("<p>Intro words here.<sup><a href='#top'>" + "back to the top of the page " * 200 + "</a></sup></p>")
    assert [r for r in art.removed if r.kind == "footnote-mark"] == []


def test_latexml_notes_leave_the_sentence_without_their_labels():
    note = ("<span class='ltx_note ltx_role_footnote'><sup class='ltx_note_mark'>1</sup><span class='ltx_note_outer'>"
            "<span class='ltx_note_content'><sup class='ltx_note_mark'>1</sup><span class='ltx_tag ltx_tag_note'>1"
            "</span>The ledgers of the first decade survive.</span></span></span>")
    again = ("<span class='ltx_note ltx_role_footnotemark'><sup class='ltx_note_mark'>1</sup><span "
             "class='ltx_note_outer'><span class='ltx_note_content'><sup class='ltx_note_mark'>1</sup><span "
             "class='ltx_note_type'>footnotemark: </span><span class='ltx_tag ltx_tag_note'>1</span></span></span></span>")
    art = clean(f"<p class='ltx_p'>The canal opened in 1794{note} and carried coal{again} for a century.</p>")
    assert texts(art) == ["The canal opened in 1794 and carried coal for a century.",
                          "The ledgers of the first decade survive."]
    assert sorted(r.text for r in art.removed) == ["1"] * 6 + ["footnotemark:"]


@pytest.mark.parametrize("opener", ["<sup>{n}</sup> ", "<strong>{n}</strong> ", "<b><sup>{n}</sup> Note:</b> "])
def test_a_notes_number_goes_when_its_mark_went(opener):
    body = ("<p>The canal opened in 1794.<sup>1</sup></p><p>It carried coal for a century.<sup>2</sup></p><hr/>"
            + "".join(f"<p>{opener.format(n=n)}{t}</p>" for n, t in (("1", "The ledgers survive."),
                                                                    ("2", "The figures come from the locks."))))
    art = clean(body)
    got = texts(art)
    assert got[:2] == ["The canal opened in 1794.", "It carried coal for a century."]
    assert [t.replace("Note: ", "") for t in got[2:]] == ["The ledgers survive.", "The figures come from the locks."]
    assert sorted(r.text for r in art.removed if r.kind == "footnote-mark") == ["1", "1", "2", "2"]


@pytest.mark.parametrize("inner,kept", [
    # no mark with that number above: a numbered step stays numbered
    ("<p>The lock was rebuilt.<sup>1</sup></p><p><strong>2</strong> Fill the chamber slowly.</p>",
     ["The lock was rebuilt.", "2 Fill the chamber slowly."]),
    # the number comes before the mark: no note of it
    ("<p><strong>1</strong> Open the upper gate.</p><p>The lock was rebuilt.<sup>1</sup></p>",
     ["1 Open the upper gate.", "The lock was rebuilt."]),
    # a number with text before it in its paragraph
    ("<p>The lock was rebuilt.<sup>1</sup></p><p>Gate <strong>1</strong> opens first.</p>",
     ["The lock was rebuilt.", "Gate 1 opens first."]),
])
def test_numbers_no_mark_names_stay(inner, kept):
    assert texts(clean(inner)) == kept


def test_inline_note_opening_with_its_number_leaves_the_sentence():
    from newsclean.plugins import chrome
    note = "The ledgers of the first decade survive in the county archive, with the lock keepers' books."
    inner = ("<p>The canal opened in 1794.<span class='inline-footnote' title='x'>1<span class='footnoteContent' "
             f"style='display:none'>{note}</span></span> It carried coal.</p>")
    art = clean(inner, plugins=(footnotes, chrome))
    assert texts(art) == ["The canal opened in 1794. It carried coal.", note]
    assert [(r.kind, r.text) for r in art.removed] == [("footnote-mark", "1")]
    # without chrome's word that the hidden span is a kept note, the step leaves the span alone
    assert texts(clean(inner)) == ["The canal opened in 1794.1" + note + " It carried coal."]


def test_a_linked_notes_number_and_a_script_back_arrow_go_when_the_mark_went():
    art = clean("<p>The canal opened in 1794.<a href='#n1'><sup>1</sup></a> It carried coal.</p>"
                "<p><a name='n1'><sup>1</sup></a> The ledgers survive. <a href='#' onclick='history.back()'>↩</a></p>"
                "<p><a href='#top'>2</a> Not a note: no mark 2 above.</p>")
    assert texts(art) == ["The canal opened in 1794. It carried coal.", "The ledgers survive.",
                          "2 Not a note: no mark 2 above."]
    assert sorted(r.text for r in art.removed) == ["1", "1", "↩"]


def test_a_script_link_of_words_stays():
    art = clean("<p>Read <a href='javascript:void(0)'>the ledgers</a> of the company.</p>")
    assert texts(art) == ["Read the ledgers of the company."]


def test_raised_number_inside_a_spaced_wrapper_goes():
    art = clean("<p>The canal was <span class='wrap'>finished.<span class='reference'> <sup>2</sup> </span></span>"
                "It carried coal.</p>")
    assert texts(art) == ["The canal was finished. It carried coal."]
    assert [r.text for r in art.removed] == ["2"]


def test_side_notes_follow_the_text_they_annotate():
    html = ("<html><head><title>t</title></head><body><div id='content'>"
            f"<p>{PROSE}<label for='a'>1</label><input type='checkbox' id='a'><span class='sidenote'>The first "
            "note on the towpath.</span> Then the lock.</p><p>The basin was dug later.<label for='b'>2</label>"
            "<input type='checkbox' id='b'><span class='sidenote'>The second note on the basin.</span></p>"
            f"<p>{PROSE}</p></div></body></html>")
    art = Cleaner(entry_points=False, plugins=[footnotes]).clean(html)
    got = [p.text for p in art.paragraphs]
    assert got[-2:] == ["The first note on the towpath.", "The second note on the basin."]
    assert got[:3] == [PROSE + "Then the lock.", "The basin was dug later.", PROSE.strip()]


@pytest.mark.parametrize("opening,kept", [
    ("1. ", "The ledgers survive in the county archive."),
    ("[1] ", "The ledgers survive in the county archive."),
    # another number: no note of that mark's
    ("2. ", "2. The ledgers survive in the county archive."),
    # a number that is the note's first word of figures, not its label
    ("1.5 ", "1.5 The ledgers survive in the county archive."),
])
def test_the_number_a_marks_note_opens_with_as_text_goes(opening, kept):
    art = clean(f"<p>The canal opened in 1794.<span class='fn'><a href='#note01'>1</a></span> It carried coal.</p>"
                f"<div class='notes'><p id='note01'>{opening}The ledgers survive in the county archive.</p></div>")
    assert texts(art) == ["The canal opened in 1794. It carried coal.", kept]


def test_a_raised_mark_scrolling_to_its_note_by_script_goes():
    art = clean("<p>The canal opened in 1794<sup class='footnoteref'><a href='javascript:;' class='footnoteref' "
                "onclick=\"scrollToReference('footnote-1')\">1</a></sup> and carried coal.</p>"
                "<p>Read <a href='javascript:;'>7</a> more lines of the ledger.</p>")
    assert texts(art) == ["The canal opened in 1794 and carried coal.", "Read 7 more lines of the ledger."]
    assert [(r.text, r.reason) for r in art.removed] == [
        ("1", "footnote reference mark (raised, a script link to its note)")]


def test_a_side_note_the_note_list_repeats_goes_the_lists_copy_stays():
    art = clean("<p>The canal opened in 1794.<sup class='footnote-reference'><a href='#fn-1'>1</a></sup>"
                "<span class='sidenote'><span class='sidenote-number'>1. </span>The ledgers survive in the archive."
                "</span> It carried coal.</p><div class='footnotes'><div id='fn-1'><p>The ledgers survive in the "
                "archive.</p></div></div>")
    assert texts(art) == ["The canal opened in 1794. It carried coal.", "The ledgers survive in the archive."]
    assert ("footnote-mark", "The ledgers survive in the archive.") in [(r.kind, r.text) for r in art.removed]


def test_a_figure_with_its_unit_after_a_number_is_read_apart():
    art = clean("<p>The towpath opened in 1998<sub class='ago'>27ya</sub> and the lock in 2003<sup>22ya</sup>.</p>")
    assert texts(art) == ["The towpath opened in 1998 27ya and the lock in 2003 22ya."]
    assert art.removed == []  # nothing is taken out


@pytest.mark.parametrize("inner,kept", [
    ("<p>Water is H<sub>2</sub>O, the plot 10<sup>6</sup> m and 2<sup>n</sup> ways, the 1<sup>st</sup> one.</p>",
     "Water is H2O, the plot 106 m and 2n ways, the 1st one."),
    ("<p>The ratio x<sub>12ab</sub> holds and the term 5<sub>ab</sub> too.</p>",
     "The ratio x12ab holds and the term 5ab too."),
])
def test_exponents_indices_and_ordinals_stay_glued(inner, kept):
    assert texts(clean(inner)) == [kept]


@pytest.mark.parametrize("close", [".", ")", ":"])
def test_the_number_opening_a_note_goes_with_its_closing_mark(close):
    # a note's own number is a link back (here a script) with its closing mark after it in the text
    art = clean("<p>The canal opened in 1794<sup class='footnoteref'><a href='javascript:;'>1</a></sup> and "
                "carried coal.</p><div class='notes'><div id='footnote-1'><a href='javascript:;' "
                f"onclick=\"scrollToReference('footnoteref-1')\">1</a>{close} The ledgers survive in the archive."
                "</div></div>")
    assert texts(art) == ["The canal opened in 1794 and carried coal.", "The ledgers survive in the archive."]
    assert [r.text for r in art.removed] == ["1", f"1{close}"]


def test_a_number_no_mark_carries_keeps_its_closing_mark():
    art = clean("<p>The canal opened in 1794 and carried coal.</p><div class='notes'><div id='footnote-1'>"
                "<a href='javascript:;'>1</a>. The ledgers survive in the archive.</div></div>")
    assert texts(art)[-1] == "1. The ledgers survive in the archive."


def test_a_notes_number_linking_back_to_a_mark_taken_out_goes():
    # a manual's notes: each note's number a heading linking back to its mark's id
    art = clean("<p>The canal opened in 1794<a class='footnote' id='DOCF1' href='#FOOT1'><sup>1</sup></a> and "
                "carried coal.</p><div class='footnotes-segment'><h4>Footnotes</h4>"
                "<h5><a id='FOOT1' href='#DOCF1'>(1)</a></h5><p>The ledgers survive in the archive.</p>"
                "<h5><a id='FOOT2' href='#DOCF2'>(2)</a></h5><p>A note no mark names.</p></div>")
    assert texts(art) == ["The canal opened in 1794 and carried coal.", "Footnotes",
                          "The ledgers survive in the archive.", "(2)", "A note no mark names."]
    assert [(r.text, r.reason) for r in art.removed][1] == (
        "(1)", "a note's number linking back to its mark (the mark is taken out of the text)")
