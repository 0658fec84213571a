"""content: the container on old table layouts (small pages of our own): a story set in the rows of
stacked tables, or in a table cell whose rest sits deeper (a nested table, <font> tags)."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("The county said on Tuesday that the river ferry would carry passengers again in March, after divers "
      "replaced the rotten piles under the old landing stage. ")
ZH = "县政府周二表示，渡轮将于三月恢复载客，潜水员已经更换了旧码头下腐烂的木桩，工程比原计划晚了一个月。"
NAV = ("<table><tr><td><a href='/'>Home</a> | <a href='/region/'>Region</a> | <a href='/sport/'>Sport</a> | "
       "<a href='/letters/'>Letters</a></td></tr></table>")
FOOT = ("<table><tr><td><font size='1'><a href='/about/'>About us</a> | <a href='/contact/'>Contact</a>"
        "</font></td></tr></table>")


def clean(html: str):
    return Cleaner().clean(html)


def page(inner: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><center>{inner}</center></body></html>"


def row(text: str, n: int, start: int) -> str:
    """A table row holding ``n`` paragraphs in a cell, under <font> tags."""
    ps = "".join(f"<p><font face='Arial' size='2'>{text}Point {i}.</font></p>" for i in range(start, start + n))
    return f"<tr><td>{ps}</td></tr>"


def stacked(text: str, headline: str) -> str:
    """A story set in the rows of two stacked tables (the second one holding its end)."""
    first = (f"<table><tr><td><font size='4'><b>{headline}</b></font></td></tr>{row(text, 2, 0)}"
             f"{row(text, 1, 2)}</table>")
    second = f"<table>{row(text, 2, 3)}{row(text, 1, 5)}</table>"
    return NAV + first + second + FOOT


# a story set in the rows of stacked tables: the row climbs to its table, and on to the page

def test_a_story_in_the_rows_of_stacked_tables_is_kept_whole():
    art = clean(page(stacked(EN, "Ferry service to resume"), "The Valley Courier"))
    assert art.text.count("The county said") == 6  # both tables: 3 + 3 paragraphs
    assert "Home" not in art.text and "About us" not in art.text
    assert any("climbed from a table row" in n for n in art.notes)


def test_rows_of_stacked_tables_in_chinese():
    art = clean(page(stacked(ZH, "渡轮三月恢复运营"), "山谷日报"))
    assert art.text.count("县政府周二表示") == 6


def test_a_row_beside_link_dense_rows_stays_alone():
    # precision guard: the table's other rows are lists of links (a headline index), not the story's parts
    links = "".join(f"<a href='/s{i}'>Another story headline number {i}</a> " for i in range(8))
    story = f"<table>{row(EN, 3, 0)}<tr><td>{links}</td></tr><tr><td>{links}</td></tr></table>"
    other = f"<table>{row('A different item about the weekend market and its stalls. ', 2, 0)}</table>"
    art = clean(page(NAV + story + other + FOOT, "The Valley Courier"))
    assert art.text.count("The county said") == 3
    assert "Another story headline" not in art.text


# a table cell is a column: the rest of the story deeper in it (a nested table) is the story's

def cell_page(rest: str) -> str:
    nav = "".join(f"<a href='/{w}/'>{w}</a><br>" for w in ("home", "news", "sport", "weather"))
    lead = f"<p class='storytext'>{EN * 3}</p>"
    inner = f"<table width='100%'><tr><td><font face='Verdana' size='2'>{rest}</font></td></tr></table>"
    return page(f"<table><tr><td width='160'>{nav}</td><td width='620'><font size='4'><b>Ferry to resume</b>"
                f"</font><br><br>{lead}{inner}</td></tr></table>", "Harbour Gazette")


def test_the_rest_of_the_story_in_a_nested_table_of_the_cell_is_kept():
    rest = "".join(f"<p>{EN}Part {i}.</p>" for i in range(3))
    art = clean(cell_page(rest))
    assert art.text.count("The county said") == 3 + 3
    assert any("to its table cell" in n for n in art.notes)


def test_linked_teasers_in_the_cell_are_not_taken():
    # precision guard: what the cell adds is a list of linked headlines with short blurbs (more link than prose)
    rest = "".join(f"<p><a href='/s{i}'>Another story about the harbour and its boats, number {i}</a> "
                   f"Blurb {i}.</p>" for i in range(6))
    art = clean(cell_page(rest))
    assert art.text.count("The county said") == 3
    assert "Another story about the harbour" not in art.text


# an old page's headline set as a bold line (no heading): it is the title the lead's re-admission walks to

def headline_page(headline: str, standfirst: str, text: str, title: str) -> str:
    body = "".join(f"<p>{text}Point {i}.</p>" for i in range(4))
    return (f"<html><head><title>{title}</title></head><body>{NAV}<table><tr><td>"
            f"<font size='5'><b>{headline}</b></font><br><p><i>{standfirst}</i></p>"
            f"<div class='story'>{body}</div></td></tr></table>{FOOT}</body></html>")


def test_the_standfirst_under_a_bold_headline_line_is_readmitted():
    html = headline_page("Council approves new footbridge", "Work on the crossing will start in the autumn.", EN,
                         "Mill Town Record - Council approves new footbridge")
    art = clean(html)
    assert "Work on the crossing will start in the autumn." in art.text
    assert art.text.count("The county said") == 4


def test_a_bold_headline_line_in_chinese():
    html = headline_page("市议会批准修建运河人行桥", "人行桥工程将于秋季开工，预计一年完工。", ZH, "磨坊镇报 - 市议会批准修建运河人行桥")
    art = clean(html)
    assert "人行桥工程将于秋季开工" in art.text


def test_a_title_line_is_unlinked_short_and_kept():
    from newsclean.document import Block
    from newsclean.plugins.container.choice import _title_line

    title = "Mill Town Record - Council approves new footbridge"
    linked = Block(0, "Council approves new footbridge", link_chars=31)  # a link to the story (a list's item)
    long = Block(1, "Council approves new footbridge " + "and more words " * 20)  # (not a part of the title)
    short = Block(2, "Record")  # a part of the title, too short to be its headline
    line = Block(3, "Council approves new footbridge")
    assert _title_line([linked, long, short, line], title) == 3
    assert _title_line([linked, long, short], title) is None


# a table cell is a column: the body's rest beside the <font> run holding most paragraphs (loose paragraphs, a second run)
# joins it even when it is well under half of what the container holds

def runs_page(rest: str) -> str:
    nav = "".join(f"<a href='/{w}/'>{w}</a><br>" for w in ("home", "news", "sport", "weather"))
    run = "".join(f"<p>{EN}Part {i}.</p>" for i in range(10))
    return page(f"<table><tr><td width='160'>{nav}</td><td width='620'><font face='Verdana' size='2'>{run}</font>"
                f"{rest}</td></tr></table>", "Harbour Gazette")


def test_the_rest_of_the_story_beside_a_font_run_in_its_cell_is_kept():
    rest = (f"<p><font size='2'>{EN}Part 10.</font></p><p><font size='2'>{EN}Part 11.</font></p>"
            f"<font size='2'>{EN}Part 12.</font>")
    art = clean(runs_page(rest))
    assert all(f"Part {i}." in art.text for i in range(13))
    assert "weather" not in art.text
    assert any("the cell adds" in n and "beside it" in n for n in art.notes)


def test_a_short_line_beside_a_font_run_in_its_cell_is_not_climbed_to():
    # precision guard: what the cell adds beside the run is one short line (under CELL_MIN_PROSE of prose)
    art = clean(runs_page("<p>Printed from the Harbour Gazette archive for the personal use of readers.</p>"))
    assert art.text.count("The county said") == 10
    assert "Printed from" not in art.text
    assert not any("beside it" in n for n in art.notes)


def test_a_notice_under_a_long_story_in_its_cell_is_not_climbed_to():
    # precision guard: what the cell adds is prose, but a small share of the story's (CELL_MIN_SHARE): a notice
    notice = ("<p>Readers who want the printed timetable for the spring season can collect it at the public "
              "library or the town hall next week, and the harbour office will post a copy of it to anyone who "
              "writes in for one.</p>")
    art = clean(runs_page(notice))
    assert art.text.count("The county said") == 10
    assert "Readers who want" not in art.text


# after the climb into a table cell, the layout's navigation column (a sibling cell alike it, its links read as
# one table block) does not join as an alike sibling

def nav_column_page(items: list[str]) -> str:
    rows = "".join(f"<tr><td class='cellA'>&#160;</td><td class='cellA'><a href='/{i}/'><b>{i.upper()}</b></a></td>"
                   f"<td><img src='/corner.gif' alt=''></td></tr>" for i in items)
    nav = f"<td class='col' width='140'><table>{rows}</table></td>"
    run = "".join(f"<p>{EN}Part {i}.</p>" for i in range(5))
    rest = f"<p><font size='2'>{EN}Part 5.</font></p><p><font size='2'>{EN}Part 6.</font></p>"
    story = f"<td class='col' width='600'><table><tr><td><font size='2'>{run}</font></td></tr></table>{rest}</td>"
    return page(f"<table><tr>{nav}{story}</tr></table>", "Harbour Gazette")


NAV_ITEMS = ["home", "ferry news", "timetables", "harbour works", "letters", "weather", "archive", "contact",
             "river sport", "events", "photos", "advertise", "jobs", "property", "motoring", "obituaries",
             "about the gazette", "subscribe", "site map", "privacy"]


def test_a_navigation_column_beside_the_climbed_cell_does_not_join():
    art = clean(nav_column_page(NAV_ITEMS))
    assert all(f"Part {i}." in art.text for i in range(7))
    assert "TIMETABLES" not in art.text and "OBITUARIES" not in art.text
    # (the column's links are one table block, which carries its link share: it is refused before the
    # alike-sibling join is asked; _nav_column's own reading is tested below)


def test_nav_column_reads_link_share_and_item_length():
    from lxml import html as lhtml

    from newsclean.plugins.container.choice import _nav_column
    links = lhtml.fromstring("<td><a href='/a/'>Home</a><br><a href='/b/'>Ferry news</a><br>Menu</td>")
    prose = lhtml.fromstring(f"<td><p>{EN}<a href='/a/'>the landing stage</a></p></td>")
    long_links = lhtml.fromstring(f"<td><a href='/a/'>{EN}</a><a href='/b/'>{EN}</a></td>")
    assert _nav_column(links)
    assert not _nav_column(prose)
    assert not _nav_column(long_links)  # (teasers: long linked lines, not a menu's short items)
