"""content: on an old table layout, the story's opening set in a row of its own above the body's row
(a section under a bold heading, the first paragraphs) joins the container; the body indented whole in
a <blockquote> goes on in an alike box after a bold sub-heading (small pages of our own)."""
from __future__ import annotations

from test_content_table_layout import EN, FOOT, NAV, ZH, clean

OPEN = ("Walkers who used the towpath last winter will find the old gate gone and a wider path in its place, "
        "the parish council wrote in its spring letter to residents. ")
ZH_OPEN = "去年冬天走过纤道的人会发现旧门已经拆除，取而代之的是一条更宽的小路，教区委员会在春季致居民信中写道。"


def page(inner: str, title: str = "The Valley Courier") -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{inner}{FOOT}</body></html>"


def body_cell(text: str, n: int = 8) -> str:
    ps = "".join(f"<p>{text}Point {i}.</p>" for i in range(n))
    # (a line of the cell's own after the body's box: the container stays that box, under the cell)
    return f"<td><div class='text'>{ps}</div><p>The landing stage in March, seen from the far bank of the river.</p></td>"


def opening_row(cell: str) -> str:
    return f"<tr><td>{cell}</td></tr>"


def story(opening: str, text: str = EN) -> str:
    """A table: a spacer row, the opening's row, a picture's row, the body's row."""
    return (f"<table width='600'><tr><td><img src='/spacer.gif' width='1' height='8'></td></tr>"
            f"{opening_row(opening)}<tr><td><img src='/ferry.jpg'></td></tr><tr>{body_cell(text)}</tr></table>")


def test_the_opening_in_a_row_above_the_body_row_is_kept():
    opening = f"<b>Getting there</b><br>{OPEN}{OPEN}"
    art = clean(page(story(opening)))
    assert art.text.count("The county said") == 8
    assert "Walkers who used the towpath" in art.text
    assert art.text.index("Walkers who used") < art.text.index("The county said")
    assert any("table row(s) just before the container's row" in n for n in art.notes)


def test_the_opening_row_in_chinese():
    opening = f"<b>交通</b><br>{ZH_OPEN}{ZH_OPEN}"
    art = clean(page(story(opening, ZH)))
    assert art.text.count("县政府周二表示") == 8
    assert "去年冬天走过纤道的人" in art.text


def test_a_row_of_links_above_the_body_row_is_not_taken():
    # precision guard: the row above holds a headline index (links), not the story's opening
    links = "".join(f"<a href='/s{i}'>Another story headline number {i} about the county</a><br>" for i in range(6))
    art = clean(page(story(links)))
    assert art.text.count("The county said") == 8
    assert "Another story headline" not in art.text


def test_a_row_under_a_negative_class_is_not_taken():
    # precision guard: a boxed notice above the body, named by its class (an advertisement's row)
    html = page(f"<table width='600'><tr class='advert'><td>{OPEN}{OPEN}</td></tr>"
                f"<tr>{body_cell(EN)}</tr></table>")
    art = clean(html)
    assert art.text.count("The county said") == 8
    assert "Walkers who used the towpath" not in art.text


def test_rows_after_the_body_row_are_not_taken():
    # only the rows before: a row after the body is a footer's notice as often as a part of the story
    html = page(f"<table width='600'><tr>{body_cell(EN)}</tr><tr><td>{OPEN}{OPEN}</td></tr></table>")
    art = clean(html)
    assert art.text.count("The county said") == 8
    assert "Walkers who used the towpath" not in art.text


# the body indented whole in a <blockquote>: a box alike the container's after it, opening with a bold
# sub-heading, goes on with it

def quoted(second: str) -> str:
    first = "".join(f"<br>{EN}Point {i}." for i in range(10))
    return page(f"<table width='600'><tr><td><blockquote><p class='text'>{first}</p>"
                f"<p class='text'>{second}</p></blockquote></td></tr></table>")


def test_a_quoted_body_goes_on_after_a_bold_sub_heading():
    second = "<strong>What the divers found</strong><br>" + f"<br>{OPEN}"
    art = clean(quoted(second))
    assert art.text.count("The county said") == 10
    assert "Walkers who used the towpath" in art.text


def test_a_quoted_note_all_in_italics_after_the_body_is_not_taken():
    # precision guard: the box after it is a note set apart (all in italics), not the body going on
    second = f"<i>{OPEN}{OPEN}</i>"
    art = clean(quoted(second))
    assert art.text.count("The county said") == 10
    assert "Walkers who used the towpath" not in art.text
