"""bench/devset_cleaneval.py: CleanEval and Dragnet gold files -> plain paragraphs, the page's wrapper off."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_cleaneval_script", ROOT / "bench" / "devset_cleaneval.py")
ce = importlib.util.module_from_spec(_spec)
sys.modules["devset_cleaneval_script"] = ce
_spec.loader.exec_module(ce)

GOLD = """URL: http://example.test/garden/

   <h>   My garden
 <p> Autumn is the most beautiful
   time of the year.
<l> tulips &amp; bulbs
<p>
"""


def test_cleaneval_gold_becomes_paragraphs() -> None:
    paras, url = ce.cleaneval_paragraphs(GOLD)
    assert url == "http://example.test/garden/"
    assert paras == ["My garden", "Autumn is the most beautiful time of the year.", "tulips & bulbs"]


def test_wrapper_is_taken_off_and_names_the_address() -> None:
    page = '<text id="http://example.test/a?b=1&amp;c=2" title="A" encoding="unset">\n<html><p>x</p></html>\n</text>\n'
    html, url = ce.unwrap(page)
    assert url == "http://example.test/a?b=1&c=2" and html == "<html><p>x</p></html>"
    assert ce.unwrap("<html></html>") == ("<html></html>", "")


@pytest.mark.parametrize("marker", ["!@#$%^&*() COMMENTS", "!@#$%^&*()  COMMENTS", "!@ $%^&*()  COMMENTS"])
def test_dragnet_comments_are_cut_off(marker: str) -> None:
    gold = f"\nTitle of the post\n\nFirst paragraph  of it.\n{marker}\nA reader's comment\n"
    assert ce.dragnet_paragraphs(gold) == ["Title of the post", "First paragraph of it."]


def test_excluded_folders_are_never_read() -> None:
    assert all(not f.startswith(ce.FORBIDDEN) for folders, _l, _f in ce.SOURCES.values() for f in folders)
    assert "readability" in ce.FORBIDDEN and "page-signal-master" in ce.FORBIDDEN
