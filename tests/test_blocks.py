"""The block builder: one block per paragraph-like run, with the features plugins read."""
from __future__ import annotations

import lxml.etree as etree
import lxml.html

from newsclean.blocks import html_blocks, text_blocks


def blocks_of(html: str, **kw):
    return html_blocks(lxml.html.document_fromstring(html), **kw)[0]


def test_block_elements_and_br_end_runs_inline_elements_do_not():
    bl = blocks_of("<html><body><div>one <b>bold</b> two<br>three</div><p>four <a href=x>link</a>.</p></body></html>")
    assert [b.text for b in bl] == ["one bold two", "three", "four link."]


def test_kinds_levels_and_owner_tags():
    bl = blocks_of("""<html><body><article>
        <h3>Sub <span>head</span></h3>
        <ul><li>item <em>one</em></li></ul>
        <blockquote><p>quoted</p></blockquote>
        <figure><figcaption>cap</figcaption></figure>
        <pre>a  b
c</pre></article></body></html>""")
    got = [(b.kind, b.level, b.tag, b.text) for b in bl]
    assert got == [
        ("heading", 3, "h3", "Sub head"),
        ("list_item", 0, "li", "item one"),
        ("quote", 0, "p", "quoted"),
        ("caption", 0, "figcaption", "cap"),
        ("code", 0, "pre", "a  b\nc"),
    ]


def test_whitespace_is_collapsed_but_words_stay_apart():
    bl = blocks_of("<html><body><p>  a\u00a0\u00a0b\u3000c\u200bd <i>e</i>\n<i>f</i>  </p></body></html>")
    assert bl[0].text == "a b c d e f"


def test_a_run_of_only_joiners_is_no_block_but_joiners_inside_words_stay():
    # ZWNJ/ZWJ/word joiner shape the letters beside them (Persian writes ZWNJ inside words): kept in a
    # word, while a paragraph or a <pre> holding nothing else is no text, like one of spaces
    bl = blocks_of("<html><body><p>\u200c</p><p>\u200c \u200d\u2060</p><pre>\u200c\n</pre>"
                   "<p>\u0645\u06cc\u200c\u0634\u0648\u062f</p></body></html>")
    assert [b.text for b in bl] == ["\u0645\u06cc\u200c\u0634\u0648\u062f"]
    got, _ = text_blocks("one\n\u200c\n\u200d \u200c\ntwo")
    assert [(b.text, b.gap_before) for b in got] == [("one", 0), ("two", 2)]


def test_link_chars_count_only_text_inside_links():
    bl = blocks_of("<html><body><p>Read <a href=x>the whole story</a> here.</p></body></html>")
    b = bl[0]
    assert b.link_chars == len("thewholestory")
    assert 0.5 < b.link_density < 0.7


def test_tail_after_a_link_is_not_link_text():
    bl = blocks_of("<html><body><p><a href=x>ab</a>cdef</p></body></html>")
    assert bl[0].link_chars == 2


def test_path_and_cumulative_tokens():
    bl = blocks_of('<html><body><div id="main" class="Story Body"><p class="lead">x y</p></div></body></html>')
    b = bl[0]
    assert [e.tag for e in b.path] == ["html", "body", "div", "p"]
    assert {"main", "story", "body", "lead"} <= set(b.tokens)


def test_scripts_styles_and_title_are_skipped_their_tails_kept():
    bl = blocks_of("<html><head><title>T</title></head><body><p>a<script>var x=1;</script>b"
                   "<style>p{}</style>c</p></body></html>")
    assert [b.text for b in bl] == ["abc"]


def test_text_parsed_into_the_head_is_not_lost():
    root = etree.fromstring("<html><head><div><p>Body text that ended up in the head.</p></div></head></html>")
    bl, _ = html_blocks(root)
    assert [b.text for b in bl] == ["Body text that ended up in the head."]


def test_data_table_is_one_block_layout_table_is_not():
    bl = blocks_of("""<html><body>
      <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>
      <table><tr><td><div>layout cell one</div></td><td><p>layout cell two</p></td></tr></table>
    </body></html>""")
    assert [(b.kind, b.text) for b in bl] == [
        ("table", "k | v\na | 1"), ("paragraph", "layout cell one"), ("paragraph", "layout cell two")]


def test_header_cells_outside_a_row_are_a_row_of_the_table():
    bl = blocks_of("""<html><body><table><thead><th></th><th>Base</th><th>Lens</th></thead>
      <tbody><tr><td>Model A</td><td>7.8mm</td><td>9.5mm</td></tr><tr><td>型号乙</td><td>8.3mm</td><td>12.5mm</td></tr>
      </tbody></table></body></html>""")
    assert [(b.kind, b.text) for b in bl] == [
        ("table", "Base | Lens\nModel A | 7.8mm | 9.5mm\n型号乙 | 8.3mm | 12.5mm")]


def test_a_data_table_s_cells_leave_out_controls_and_scripts_as_the_walk_does():
    bl = blocks_of("""<html><body><table>
      <tr><th>Field</th><th>Value</th></tr>
      <tr><td>Country</td><td>Pick<select><option>Albania</option><optgroup label="Far"><option>Bhutan</option>
        </optgroup></select>one</td></tr>
      <tr><td>Note<textarea>Type here</textarea></td><td><b>kept</b><button>Send</button><script>var x = 1;</script>
        <style>td { color: red }</style>too</td></tr>
    </table></body></html>""")
    assert [(b.kind, b.text) for b in bl] == [
        ("table", "Field | Value\nCountry | Pick one\nNote | kept too")]


def test_chinese_text_counts_characters():
    bl = blocks_of("<html><body><p>新华社北京电，今天天气晴。</p></body></html>")
    assert bl[0].chars == 13
    assert bl[0].punct == 2


def test_max_nodes_cuts_the_walk_and_says_so():
    html = "<html><body>" + "".join(f"<p>para {i}</p>" for i in range(50)) + "</body></html>"
    bl, cut = html_blocks(lxml.html.document_fromstring(html), max_nodes=10)
    assert cut and 0 < len(bl) < 50


def test_max_block_chars_cuts_a_block():
    bl, cut = html_blocks(lxml.html.document_fromstring("<html><body><p>" + "x" * 100 + "</p></body></html>"),
                          max_block_chars=10)
    assert cut and bl[0].text == "x" * 10


def test_deep_nesting_does_not_overflow():
    root = etree.Element("html")
    el = etree.SubElement(root, "body")
    for _ in range(3000):
        el = etree.SubElement(el, "div")
    el.text = "deep text"
    bl, _ = html_blocks(root)
    assert [b.text for b in bl] == ["deep text"]


def test_namespaced_xhtml_tags_are_read_by_local_name():
    root = etree.fromstring('<html xmlns="http://www.w3.org/1999/xhtml"><body><h2>Head</h2><p>Para.</p></body></html>')
    bl, _ = html_blocks(root)
    assert [(b.kind, b.text) for b in bl] == [("heading", "Head"), ("paragraph", "Para.")]


def test_text_dump_lines_and_gaps():
    bl, cut = text_blocks("第一行\n\n\n第二行\n  \n第三行\n")
    assert [(b.text, b.gap_before) for b in bl] == [("第一行", 0), ("第二行", 2), ("第三行", 1)]
    assert not cut


def test_class_named_captions_are_caption_blocks():
    import newsclean

    page = ("<html><body><article><h1>Harbour reopens</h1>"
            "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, the port said.</p>"
            "<figure><img src='a.jpg'><p class='caption'>The northern pier at dawn on Monday.</p></figure>"
            "<p>Ferries will run on the summer timetable from next week, with two extra crossings a day.</p>"
            "<div class='wp-caption-text'>Repair crews finished the work two days early.</div>"
            "<p class='has-caption'>Harbour officials said traffic would be back to normal by the weekend.</p>"
            "</article></body></html>")
    article = newsclean.clean(page)
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["The northern pier at dawn on Monday."] == "caption"
    assert kinds["Repair crews finished the work two days early."] == "caption"
    assert kinds["Harbour officials said traffic would be back to normal by the weekend."] == "paragraph"
    assert "*The northern pier at dawn on Monday.*" in article.to_markdown()


def test_tokens_of_repeated_class_words_under_different_ancestors_stay_apart():
    # siblings share a (inherited tokens, words) pair; the same words elsewhere inherit other tokens
    html = ("<html><body><div class='Main'><ul class='list'><li class='item'>one</li><li class='item'>two</li>"
            "</ul></div><div class='side'><ul class='list'><li class='item'>three</li></ul>"
            "<p class='caption'>A caption under the side box.</p><p class='Caption'>Another caption.</p>"
            "<p class='  '>Blank class.</p></div></body></html>")
    blocks = {b.text: b for b in blocks_of(html)}
    assert blocks["one"].tokens == blocks["two"].tokens == {"main", "list", "item"}
    assert blocks["three"].tokens == {"side", "list", "item"}
    assert blocks["A caption under the side box."].kind == "caption"
    assert blocks["Another caption."].kind == "caption"
    assert blocks["Another caption."].tokens == {"side", "caption"}
    assert blocks["Blank class."].tokens == {"side"} and blocks["Blank class."].kind == "paragraph"


def _without_marks(html: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Block texts of ``html`` after its permalink marks are taken out (as chrome:permalinks does)."""
    from newsclean.blocks import permalink_marks
    from newsclean.plugins.chrome import drop_keep_tail

    root = lxml.html.fromstring(html)
    marks = permalink_marks(root)
    for el, _, _ in marks:
        drop_keep_tail(el)
    return [b.text for b in html_blocks(root)[0]], [(sign, before) for _, sign, before in marks]


def test_permalink_marks_are_found_in_headings_with_the_heading_text_before_them() -> None:
    texts, marks = _without_marks(
        '<div><h2>Installation<a class="headerlink" href="#installation" title="Permalink">¶</a></h2>'
        '<h3>Usage <a href="#usage">#</a> notes</h3><h3>Setup<a href="#setup">🔗</a></h3>'
        '<p>See the <a href="#usage">usage</a> section, step #</p></div>')
    assert texts == ["Installation", "Usage notes", "Setup", "See the usage section, step #"]
    assert marks == [("¶", "Installation"), ("#", "Usage"), ("🔗", "Setup")]


def test_links_in_headings_that_are_no_permalink_marks_stay() -> None:
    html = ('<div><h2><a href="#top">Back to top</a></h2><h2>Section <a href="/x">#</a></h2>'
            '<h2>C<a href="#sharp">#</a></h2><p>Text <a href="#n1">¶</a></p>'
            '<h2>Steps<ul><li>One <a href="#one">¶</a></li></ul></h2>'
            '<h2><span class="caption">Photo <a href="#p">¶</a></span></h2></div>')
    # only an in-page link whose whole text is a mark, read as heading text, goes
    texts, marks = _without_marks(html)
    assert texts == ["Back to top", "Section #", "C#", "Text ¶", "Steps", "One ¶", "Photo ¶"]
    assert marks == []


def test_the_walk_itself_reads_marks_as_text() -> None:
    # the block walk no longer looks for marks: the tree step takes them out before it
    blocks = html_blocks(lxml.html.fromstring('<div><h2>Install<a href="#install">¶</a></h2></div>'))[0]
    assert [b.text for b in blocks] == ["Install¶"]


def test_marks_of_nested_blocks_and_skipped_parts() -> None:
    texts, marks = _without_marks(
        '<div><h2>Intro<div>Part <a href="#part">¶</a></div></h2>'
        '<button><h3>Menu<a href="#m">#</a></h3></button><h4><a href="#top">⚓</a> Top</h4></div>')
    assert marks == [("¶", "Part"), ("⚓", "")]
    assert texts == ["Intro", "Part", "Top"]


def test_a_permalink_mark_left_out_is_recorded() -> None:
    import newsclean
    body = "<p>" + "The installer reads its settings from the project file and writes a lock file. " * 3 + "</p>"
    art = newsclean.clean("<html><body><article><h1>Packaging guide</h1>" + body
                          + '<h2>Installation<a class="headerlink" href="#installation">¶</a></h2>' + body
                          + "</article></body></html>")
    assert "Installation" in art.text and "¶" not in art.text
    marks = [r for r in art.removed if r.kind == "permalink"]
    assert [(r.plugin, r.text) for r in marks] == [("chrome:permalinks", "¶")] and "Installation" in marks[0].reason
    assert "¶" in newsclean.Cleaner(disable=["chrome:permalinks"]).clean(
        "<html><body><article><h1>Packaging guide</h1>" + body
        + '<h2>Installation<a class="headerlink" href="#installation">¶</a></h2>' + body
        + "</article></body></html>").text


def test_heading_text_leaves_out_permalink_marks_as_the_walk_does() -> None:
    from newsclean.blocks import heading_text
    read = lambda h: heading_text(lxml.html.fragment_fromstring(h))  # noqa: E731
    assert read('<h1>Configuring<a class="headerlink" href="#c">¶</a></h1>') == "Configuring"
    assert read('<h1><a href="#r">#</a> Retries <b>and</b> more</h1>').strip() == "Retries and more"
    assert read('<h1>C<a href="#s">#</a></h1>') == "C#"
    assert read('<h1>Plain <a href="/x">link</a></h1>') == "Plain link"


def test_adjacent_links_are_separate_words_inline_markup_inside_a_word_is_not() -> None:
    blocks = blocks_of('<div><p><a href="#o">Overview</a><a href="#s">Specs</a><a href="#r">Reviews</a></p>'
                       '<p><span>H</span>ello <b>bold</b>er, <a href="/a">one</a>, <a href="/b">two</a></p></div>')
    assert [b.text for b in blocks] == ["Overview Specs Reviews", "Hello bolder, one, two"]


def test_void_elements_add_nothing_and_one_given_text_is_still_read() -> None:
    import lxml.html as lh

    root = lh.document_fromstring('<html><head><meta name="a" content="b"><link rel="x" href="/y"></head>'
                                  '<body><p>Some<img src="/i.png" class="caption">thing and <wbr>more</p>'
                                  '<p class="lead">Next <meta itemprop="x" content="y">line</p></body></html>')
    blocks = html_blocks(root)[0]
    assert [(b.text, b.kind) for b in blocks] == [("Something and more", "paragraph"), ("Next line", "paragraph")]
    meta = root.find(".//p[@class='lead']/meta")
    meta.text = "hidden words"  # a tree built by hand: the walk still reads the text it gives
    assert [b.text for b in html_blocks(root)[0]][-1] == "Next hidden wordsline"


def test_element_text_reads_an_element_as_the_walk_reads_its_block() -> None:
    from newsclean.blocks import element_text
    read = lambda h: element_text(lxml.html.fragment_fromstring(h))  # noqa: E731
    # touching elements: apart before an upper-case letter or a digit, one word before a lower-case one
    assert read("<figcaption><span>Photo</span><span>Reuters</span></figcaption>") == "Photo Reuters"
    assert read("<p><span>Harb</span><span>our</span> lights</p>") == "Harbour lights"
    # scripts give no text, controls and line breaks separate words, link after link are two words
    assert read("<h1>Storm<script>var x = 1;</script> warning<button>Share</button>issued</h1>") == "Storm warning issued"
    assert read("<p>First<br>second <a href='/a'>one</a><a href='/b'>two</a></p>") == "First second one two"
    html = ("<html><body><p><span>Net</span><span>2024</span> <a href='/x'>Ann</a><span>Editor</span>"
            "<b>x</b><sup>2</sup> <i>wo</i><wbr><i>rd</i></p></body></html>")
    root = lxml.html.document_fromstring(html)
    assert element_text(root.find(".//p")) == blocks_of(html)[0].text == "Net 2024 AnnEditorx2 word"


def test_heading_text_reads_touching_elements_apart_as_the_walk_does() -> None:
    from newsclean.blocks import heading_text
    h1 = lxml.html.fragment_fromstring("<h1><span>Storm</span><span>Warning</span> for the coast</h1>")
    assert heading_text(h1) == "Storm Warning for the coast"


def test_data_table_cells_read_link_after_link_apart() -> None:
    rows = "".join(f"<tr><td><a href='/a{i}'>north</a><a href='/b{i}'>side</a></td><td>{i}</td></tr>" for i in range(3))
    blocks = blocks_of(f"<html><body><table>{rows}</table></body></html>")
    assert blocks[0].kind == "table" and blocks[0].text.splitlines()[0] == "north side | 0"


def test_element_text_reads_a_line_end_as_a_space_but_before_a_closing_mark() -> None:
    from newsclean.blocks import element_text
    read = lambda h: element_text(lxml.html.fragment_fromstring(h))  # noqa: E731
    assert read("<h1><div><span>Harbour week</span></div><span>: </span><span>The bridge closes</span></h1>") \
        == "Harbour week: The bridge closes"
    assert read("<h1><div>Harbour week</div><div>The bridge closes</div></h1>") == "Harbour week The bridge closes"
