"""Navigation tables of old layouts: a data table's links are counted (the ``table`` block carries its
link text share like any other block), and the locator's climb looks past a level that adds only a
navigation table when the next one holds the body's rest in a second table."""
from __future__ import annotations

import lxml.html

import newsclean
from newsclean.blocks import html_blocks

EN = ("The county said on Tuesday that the river ferry would carry passengers again in March, after divers "
      "replaced the rotten piles under the old landing stage. ")
MENU = ["Questions", "Hours and fees", "Our approach", "Articles", "Credentials", "Policies", "Appointments",
        "Blog", "Message boards", "Press"]


def _blocks(html: str):
    return html_blocks(lxml.html.document_fromstring(html))[0]


def test_a_grid_of_links_counts_the_characters_inside_its_links_once() -> None:
    bl = _blocks("""<html><body><table>
      <tr><td><a href="/a">Home</a></td><td><a href="/b"><b>Ne</b><a href="/c">ws</a></a></td></tr>
      <tr><td><a href="/d">Sport</a> |</td><td>&#160;</td><td><a name="top"></a></td></tr></table></body></html>""")
    assert [b.kind for b in bl] == ["table"]
    # every cell with text is link text (a bar beside one): its links are the block's link text
    assert bl[0].link_chars == len("HomeNewsSport")


def test_a_data_table_with_cells_of_its_own_words_has_no_link_text() -> None:
    # a key column or header row of plain words: a data table whose entries happen to be linked (winners by year)
    rows = "".join(f"<tr><td>{1990 + i}</td><td><a href='/p/{i}'>Winner number {i}</a></td></tr>" for i in range(4))
    bl = _blocks(f"<html><body><table><tr><th>Year</th><th>Winner</th></tr>{rows}</table></body></html>")
    assert bl[0].kind == "table" and bl[0].link_chars == 0
    plain = _blocks("<html><body><table><tr><td>k</td><td>v</td></tr><tr><td>a</td><td>1</td></tr></table></body></html>")
    assert plain[0].kind == "table" and plain[0].link_chars == 0


def test_a_linked_data_table_in_an_article_stays() -> None:
    rows = "".join(f"<tr><td>{1990 + i}</td><td><a href='/p/{i}'>Winner number {i}</a></td>"
                   f"<td><a href='/q/{i}'>Runner-up number {i}</a></td></tr>" for i in range(8))
    body = "".join(f"<p>The harbour committee met on day {i} to weigh the ferry timetable, and the council "
                   "will vote on the plan next month, officials said.</p>" for i in range(4))
    page = f"<html><body><div id=main><h1>Regatta winners</h1>{body}<table>{rows}</table></div></body></html>"
    assert "Winner number 7" in newsclean.clean(page).text


def test_a_table_of_links_below_an_article_is_not_kept_as_its_text() -> None:
    rows = "".join(f"<tr><td><a href='/sec/{i}'>Section number {i}</a></td>"
                   f"<td><a href='/arc/{i}'>Archive {i}</a></td></tr>" for i in range(6))
    body = "".join(f"<p>The harbour committee met on day {i} to weigh the ferry timetable, and the council "
                   "will vote on the plan next month, officials said.</p>" for i in range(5))
    page = f"<html><body><div id=main><h1>Ferry plan goes to vote</h1>{body}<table>{rows}</table></div></body></html>"
    article = newsclean.clean(page)
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 5 and all("harbour committee" in t for t in texts)


def _second_table_page(first: int, rest: int, menu: list[str]) -> str:
    """A column of an old layout: a navigation table and the body's first table inside one box, the body's
    rest in a second table beside that box."""
    links = "".join(f"<tr><td><a href='/{i}/'>{m}</a></td><td><a href='/{i}/more/'>More on {m.lower()}</a></td></tr>"
                    for i, m in enumerate(menu))
    head = "".join(f"<p>{EN}Part {i}.</p>" for i in range(first))
    tail = "".join(f"<p>{EN}Part {i}.</p>" for i in range(first, first + rest))
    inner = f"<center><table>{links}</table><center><table><tr><td>{head}</td></tr></table></center></center>"
    col = f"<center><table><tr><td>{inner}</td></tr></table><table><tr><td>{tail}</td></tr></table></center>"
    return (f"<html><head><title>Harbour Gazette</title></head><body><center><table><tr><td>{col}</td></tr>"
            f"</table></center></body></html>")


def test_the_climb_looks_past_a_navigation_table_to_the_body_s_second_table() -> None:
    article = newsclean.clean(_second_table_page(5, 4, MENU))
    assert all(f"Part {i}." in article.text for i in range(9))
    assert "Hours and fees" not in article.text
    assert any("past <center>" in n and "second table" in n for n in article.notes)


def test_the_climb_stops_at_a_navigation_table_with_nothing_after_it() -> None:
    # precision guard: nothing but the menu above the container: no second table, the climb stops
    article = newsclean.clean(_second_table_page(5, 0, MENU))
    assert all(f"Part {i}." in article.text for i in range(5))
    assert "Hours and fees" not in article.text
    assert not any("second table" in n for n in article.notes)


def test_the_climb_does_not_look_past_a_navigation_table_to_a_second_one() -> None:
    # precision guard: the second table beside the box is more navigation, not the body's rest
    page = _second_table_page(5, 0, MENU).replace(
        "<table><tr><td></td></tr></table>",
        "<table>" + "".join(f"<tr><td><a href='/t/{i}/'>Tide table for week {i}</a></td></tr>" for i in range(12))
        + "</table>")
    article = newsclean.clean(page)
    assert all(f"Part {i}." in article.text for i in range(5))
    assert "Tide table" not in article.text
    assert not any("second table" in n for n in article.notes)
