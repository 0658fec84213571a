"""The counters' header zone skips the title test of an ASCII line too short to hold the title
(speedlines8); a shorter line NFKC makes longer is still read."""
from __future__ import annotations

from newsclean.document import Block
from newsclean.plugins import counters


def _zone(texts: list[str], title: str) -> set[int]:
    return counters._header_zone([Block(i, t) for i, t in enumerate(texts)], title)


def test_the_title_line_opens_the_header_zone() -> None:
    assert _zone(["Home", "News", "Council approves the transit plan", "12 comments", "a", "b", "c"],
                 "Council approves the transit plan") == {3, 4, 5}
    assert _zone(["Home", "Council", "x", "a", "b"], "Council approves the transit plan") == set()


def test_a_line_nfkc_lengthens_still_holds_the_title() -> None:
    title = "株式会社ニュース"
    assert len("㍿ニュース") < len(title)
    assert _zone(["メニュー", "㍿ニュース", "12", "a", "b"], title) == {2, 3, 4}
