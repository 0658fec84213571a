"""Calls to follow a handle, a share call closing the post."""
from __future__ import annotations

import pytest

from newsclean.plugins.promos import promo_of

from riverside_page import P, Q, R, page as _page, texts as _texts


# --- promos: a call to follow an account by its handle; a share call closing the post ------------


@pytest.mark.parametrize("text", [
    "Follow @examplenews for international breaking news and headlines.",
    "Follow @ExampleNewsWorld",
    "Folgen Sie @beispielzeitung für Eilmeldungen",
    "Suivez @exemple_info",
])
def test_follow_a_handle_anywhere(text: str) -> None:
    assert promo_of(text) == "call"


@pytest.mark.parametrize("text", [
    "Follow the money, said @janedoe in a post that was shared thousands of times on Monday evening.",
    "She told her readers to follow @cityhall, which posts the road closures every morning.",
    "Follow @examplenews for the whole story of the council's vote on the riverside path and the works that "
    "will follow it next year",  # longer than a widget's words
])
def test_not_follow_calls(text: str) -> None:
    assert promo_of(text) is None


def test_share_call_at_the_end() -> None:
    line = "\u2665If you enjoyed this article, please share it on:"
    assert promo_of(line, at_end=True) == "call"
    assert promo_of(line) is None  # (between paragraphs: only at the body's end)


def test_follow_a_handle_in_a_list_of_tips_stays() -> None:
    tips = ("<ul><li>Download the guide to the riverside path from the council's site</li>"
            "<li>Create an account to bookmark the works that interest you</li>"
            "<li>Follow @rivertrail on twitter</li></ul>")
    more = f"<p>{P}</p><p>{Q}</p><p>{R}</p>"  # (the body goes on: not its closing calls)
    assert "Follow @rivertrail on twitter" in _texts(_page(tips + more))
    assert "Follow @rivertrail on twitter" not in _texts(_page("<p>Follow @rivertrail on twitter</p>" + more))
