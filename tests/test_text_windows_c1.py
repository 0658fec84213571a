"""C1 controls in a page are its Windows-1252 punctuation (``&#146;`` is ``’`` to a browser)."""
from __future__ import annotations

import newsclean
from newsclean.text import WINDOWS_C1, windows_c1, windows_c1_all


def test_c1_controls_become_windows_1252_characters() -> None:
    assert windows_c1("that\x92s \x93it\x94 \x96 \x80 5") == "that’s “it” – € 5"


def test_text_without_c1_is_returned_as_is() -> None:
    for text in ("plain ascii", "中文的句子。", "naïve café – “quoted”"):
        assert windows_c1(text) is text


def test_codes_windows_1252_leaves_undefined_stay() -> None:
    assert windows_c1("a\x81b\x8dc\x9dd") == "a\x81b\x8dc\x9dd"
    assert set(WINDOWS_C1) == set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def test_numeric_references_in_the_c1_range_read_as_a_browser_reads_them() -> None:
    page = ("<html><head><title>The council&#146;s plan</title></head><body><article>"
            "<h1>The council&#146;s plan</h1>"
            "<p>The council&#146;s plan was &#147;bold&#148; &#150; it would cost &#128;5m, the mayor said on "
            "Monday, speaking for an hour about the budget.</p>"
            "<p>A second paragraph follows, long enough to be read as the story&#146;s prose by the locator.</p>"
            "</article></body></html>")
    art = newsclean.clean(page)
    assert art.title == "The council’s plan"
    assert art.paragraphs[0].text.startswith("The council’s plan was “bold” – it would cost €5m")
    assert "’s prose" in art.text
    assert not any("\x80" <= ch <= "\x9f" for ch in art.text)


def test_texts_are_looked_through_at_once() -> None:
    texts = ["plain", "naïve café", "中文"]
    assert windows_c1_all(texts) is texts
    assert windows_c1_all(["plain", "it\x92s", "中文"]) == ["plain", "it’s", "中文"]
