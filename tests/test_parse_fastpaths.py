"""Shortcuts of the parse (issue 9): the cases that need the work still get it."""
from __future__ import annotations

from newsclean.load import load
from newsclean.options import Options
from newsclean.parse import _RAW_OPENERS, _end_open_comment, _in_raw_text, _last_raw_opener, _may_hold_long_attr

LIMIT = 1000
OPTIONS = Options(max_attr_chars=LIMIT)


def test_a_comment_left_open_after_closed_ones_is_still_ended() -> None:
    notes: list[str] = []
    page = b"<p>a</p><!-- one --><p>b</p><!-- never closed <p>c</p><p>rest of the story</p>"
    out = _end_open_comment(page, notes)
    assert out != page and b"rest of the story" in out and len(notes) == 1
    assert "never closed" in notes[0] and f"byte {page.index(b'<!-- never')}" in notes[0]


def test_a_page_whose_last_comment_is_closed_is_left_as_it_is() -> None:
    for page in (b"<p>a</p>", b"<!-- a --><p>b</p><!-- c -->", b"<p>x</p><!--><p>y</p>",
                 b"<!-- a <!-- b --><p>c</p>"):
        notes: list[str] = []
        assert _end_open_comment(page, notes) is page and not notes


def test_the_first_opener_after_the_last_close_is_the_one_ended() -> None:
    notes: list[str] = []
    page = b"<!-- x --><p>a</p><!-- first <p>b</p><!-- second <p>c</p>"
    _end_open_comment(page, notes)
    assert f"byte {page.index(b'<!-- first')}" in notes[0]


def _attr_page(before: bytes) -> bytes:
    return (b"<html><body>" + before + b'<div data-blob="' + b"x" * (LIMIT * 3) + b'">'
            b"<p>Text of the story.</p></div></body></html>")


def test_a_long_attribute_after_a_script_is_still_found_and_cut() -> None:
    page = _attr_page(b"<script>var a = 1;</script>")
    assert _may_hold_long_attr(page, LIMIT)
    doc = load(page, None, OPTIONS)
    assert any("max_attr_chars" in n for n in doc.notes)
    assert len(doc.tree.find(".//div").get("data-blob")) == LIMIT


def test_a_long_string_inside_a_script_is_no_attribute() -> None:
    code = b'<script type="text/javascript">var s = "' + b"y" * (LIMIT * 3) + b'";</script>'
    page = b"<html><body>" + code + b"<p>Text.</p></body></html>"
    assert _in_raw_text(page, page.index(b'"y'))
    assert not _may_hold_long_attr(page, LIMIT)


def test_in_doubt_the_page_is_searched() -> None:
    blob = b'"' + b"y" * (LIMIT * 3) + b'"'
    # the opener's own attribute; a "</" inside the script (the parser may end it there);
    # an element whose name only starts like script
    for page in (b'<html><body><script data-x=' + blob + b"></script></body></html>",
                 b'<html><body><script>document.write("</b>"); var s = ' + blob + b";</script></body></html>",
                 b"<html><body><scripts x=" + blob + b"></scripts></body></html>"):
        assert _may_hold_long_attr(page, LIMIT), page[:40]


def test_a_tag_inside_a_script_with_no_closing_bracket_for_long_is_no_attribute() -> None:
    code = b"<script>for (i = 0; i <n; i++) { x = " + b"1 + " * LIMIT + b"0; }</script>"
    page = b"<html><body>" + code + b"<p>Text.</p></body></html>"
    assert not _may_hold_long_attr(page, LIMIT)
    unquoted = b"<html><body><p>x</p><div data-x=" + b"z" * (LIMIT * 3) + b"><p>y</p></div></body></html>"
    assert _may_hold_long_attr(unquoted, LIMIT)


def test_the_last_raw_opener_is_the_latest_of_the_four_searches() -> None:
    page = (b"<p>a</p><STYLE>x</STYLE><div>b</div><script>y</script><p>c<SCRIPT>z</SCRIPT>"
            b"<style>w</style><p>d</p>" * 3)
    for window in (10, 40, 1_000_000):
        for pos in range(len(page) + 1):
            floor = max(0, pos - window)
            plain = max(page.rfind(raw, floor, pos) for raw in _RAW_OPENERS)  # every search, whole window
            assert _last_raw_opener(page, pos, window) == plain, (pos, window)


def test_the_last_comment_opener_is_the_plain_search(monkeypatch) -> None:
    """The backward hops from "!" to "!" find what ``rfind(b"<!--")`` finds, also when they stop
    early and C searches the rest."""
    import random

    from newsclean import parse

    rng = random.Random(11)
    parts = [b"<", b"!", b"-", b"--", b"<!--", b"<!", b"!--", b"x", b">", b"-->", b"<!-->", b" "]
    for looks in (1, 2, 3, parse.BANG_LOOKS):
        monkeypatch.setattr(parse, "BANG_LOOKS", looks)
        for _ in range(2000):
            data = b"".join(rng.choice(parts) for _ in range(rng.randint(0, 30)))
            assert parse._last_comment_opener(data) == data.rfind(b"<!--"), (looks, data)
