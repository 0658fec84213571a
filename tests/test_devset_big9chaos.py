"""bench/devset_big9chaos.py: gold text -> headline + paragraphs, the web archive's toolbar off the page."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_big9chaos_script", ROOT / "bench" / "devset_big9chaos.py")
b9 = importlib.util.module_from_spec(_spec)
sys.modules["devset_big9chaos_script"] = b9
_spec.loader.exec_module(b9)

PAGE = """<html><head><title>Daily Lantern | Garden | Tulips return to the square</title></head>
<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div>42 captures 3 Mar 2005</div>
<!-- END WAYBACK TOOLBAR INSERT --><h2>Tulips return to the square</h2><p>The town planted bulbs.</p></body></html>"""


def test_headline_the_page_holds_is_split_off() -> None:
    gold = "Tulips return to  the square \n\nThe town planted bulbs.\n\n    A quoted gardener said so.\n"
    title, paras = b9.split_gold(gold, PAGE)
    assert title == "Tulips return to the square"
    assert paras == ["The town planted bulbs.", "A quoted gardener said so."]


def test_first_sentence_is_not_taken_for_a_headline() -> None:
    first = ("The town planted three thousand bulbs in the square last week, and the gardeners "
             "say that the first of them will flower before the end of the month.")
    title, paras = b9.split_gold(f"{first}\nSecond paragraph.\n", "<html><title>Other</title></html>")
    assert title is None and paras == [first, "Second paragraph."]


def test_short_headline_outside_title_tags_is_split_off() -> None:
    title, paras = b9.split_gold("Bulbs go missing overnight\n\nBody text here.\n", "<html><title>Site</title></html>")
    assert title == "Bulbs go missing overnight" and paras == ["Body text here."]


def test_gold_in_windows_1252_is_decoded() -> None:
    assert b9.decode_gold("the town\u2019s square".encode("cp1252")) == "the town\u2019s square"
    assert b9.decode_gold("caf\u00e9".encode("utf-8")) == "caf\u00e9"


def test_archive_toolbar_is_taken_out() -> None:
    page = b9.strip_toolbar(PAGE)
    assert "captures" not in page and "<p>The town planted bulbs.</p>" in page
    assert b9.strip_toolbar("<p>plain</p>") == "<p>plain</p>"
