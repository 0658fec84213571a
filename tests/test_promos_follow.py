"""Calls to follow a handle, a share call closing the post."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.promos import promo_of

P = ("The council approved the new riverside path on Monday after a long debate about its cost, its route and "
     "the trees that would have to be moved to make room for it along the old harbour wall.")
Q = ("Work is due to start in the spring, and the first section between the pier and the wetland park should "
     "open to walkers and cyclists before the end of the summer holidays, officials said.")
R = ("Residents who spoke at the meeting welcomed the plan but asked for better lighting, more benches and a "
     "safe crossing at the busy junction near the school, which the council promised to study.")


def _page(box: str, before: str = "") -> str:
    return ("<html><head><title>Riverside path approved</title></head><body><article>"
            f"<h1>Riverside path approved</h1>{before}<p>{P}</p><p>{Q}</p>{box}<p>{R}</p></article></body></html>")


def _texts(html: str, **kw: object) -> list[str]:
    return [p.text for p in newsclean.clean(html, **kw).paragraphs]


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
