"""A headline's footer ("headline__footer": the byline and stamp under the story's title) is the story's
own, not another story's area: its byline elements are read (plugins/declared/elements.py)."""
from __future__ import annotations

from lxml import html

from newsclean.plugins.declared.elements import _in_other_story


def _name_in(cls: str) -> object:
    root = html.fromstring(f"<html><body><section><div class='headline'><h1>Council approves the plan</h1>"
                           f"<div class='{cls}'><div class='byline'><span class='byline__name'>Jane Doe</span>"
                           f"</div></div></div></section></body></html>")
    return root.xpath("//span[@class='byline__name']")[0]


def test_a_byline_in_a_headlines_footer_is_the_storys_own() -> None:
    assert not _in_other_story(_name_in("headline__footer"))
    assert not _in_other_story(_name_in("headline-footer"))


def test_a_byline_in_a_page_footer_is_another_storys() -> None:
    assert _in_other_story(_name_in("site-footer"))
