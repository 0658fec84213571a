"""content: a container that is one collapsible panel (an accordion's answer, a tab's pane) among alike
ones climbs to the box holding them all (small pages of our own)."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins.container.choice import _panel

LONG = ("The pool opens at six every morning on weekdays and at eight on weekends, and the lanes are set out "
        "for swimmers of every pace, with a coach on the deck during the first two hours. ")
SHORT = {
    "en": ("Members bring a towel and a padlock; the lockers take any padlock with a short shackle, and the "
           "front desk lends one to a member who forgets. "),
    "zh": "会员请自带毛巾和挂锁；更衣柜可用任何短锁梁的挂锁，忘带的会员可以在前台借用一把。每位会员每次限借一把，离馆时请归还。",
}
SIDEBAR = "".join(f"<li><a href='/n{i}'>Another club story number {i} worth a look</a></li>" for i in range(8))


def _page(items: str, wrapper: str = "div class='faq-list'") -> str:
    tag = wrapper.split()[0]
    return ("<html><head><title>Pool questions</title></head><body><main><h1>Pool questions</h1>"
            f"<{wrapper}>{items}</{tag}></main><aside class='sidebar'><ul>{SIDEBAR}</ul></aside></body></html>")


def _item(i: int, body: str, extra: str = "") -> str:
    return (f"<div class='faq-item{extra}'><h3 id='q{i}'>Question {i}</h3>"
            f"<div class='faq-answer collapse{extra}' role='tabpanel' aria-labelledby='q{i}'>{body}</div></div>")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_other_answers_of_an_accordion_join_the_longest(lang: str) -> None:
    long = "".join(f"<p>{LONG}Rule {k}.</p>" for k in range(8))
    others = "".join(_item(i, f"<p>{SHORT[lang]}({i})</p>") for i in range(1, 4))
    art = Cleaner().clean(_page(_item(0, long, " show") + others))
    assert "Rule 7." in art.text
    for i in range(1, 4):
        assert f"{SHORT[lang]}({i})".strip() in art.text
    assert "Another club story" not in art.text
    assert any("collapsible panel" in n for n in art.notes)


def test_details_items_climb_to_their_box() -> None:
    long = "".join(f"<p>{LONG}Rule {k}.</p>" for k in range(8))
    items = f"<details open><summary>Hours</summary>{long}</details>" + "".join(
        f"<details><summary>Locks {i}</summary><p>{SHORT['en']}({i})</p></details>" for i in range(1, 4))
    art = Cleaner().clean(_page(items, "section class='help'"))
    assert "Rule 7." in art.text
    assert all(f"{SHORT['en']}({i})".strip() in art.text for i in range(1, 4))


def test_a_lone_panel_does_not_climb() -> None:
    # one panel and no alike one: the box around it is not an accordion, nothing is climbed for it
    long = "".join(f"<p>{LONG}Rule {k}.</p>" for k in range(8))
    art = Cleaner().clean(_page(_item(0, long) + f"<div class='note'><p>{SHORT['en']}</p></div>"))
    assert "Rule 7." in art.text
    assert not any("collapsible panel" in n for n in art.notes)


@pytest.mark.parametrize("html,expected", [
    ("<details></details>", True),
    ("<div role='tabpanel'></div>", True),
    ("<div class='tab-pane fade'></div>", True),
    ("<div id='panel_collapse_3'></div>", True),
    ("<div class='story-body'></div>", False),
    ("<div class='table-wrap'></div>", False),
])
def test_panel_words(html: str, expected: bool) -> None:
    import lxml.html
    assert _panel(lxml.html.fragment_fromstring(html)) is expected
