"""counters: a forum member's counts and join date beside each post (``Posts: 386``,
``Reaktionspunkte: 56``, ``Joined: Mar 2019``; or a profile box's label over its value) are
counter lines; a sentence naming posts or points, or a label alone, stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import counters
from newsclean.plugins.counters import is_counter_line, is_member_line


def cleaned(page: str, input_kind: str = "text") -> newsclean.Article:
    return newsclean.Cleaner(plugins=[counters], entry_points=False).clean(page, input_kind=input_kind)


@pytest.mark.parametrize("line", [
    "Posts: 412", "Messages: 2,318", "Reaction score: 73", "Beiträge: 1.905", "Themen: 6", "870 messages",
    "Posts: 5 · Threads: 2", "Joined: Nov 2021", "Joined 2016", "Registriert: 04.11.2021",
    "Mitglied seit: 4. November 2021", "Joined: Nov 4, 2021", "帖子 86",
])
def test_member_stats_are_member_lines(line: str) -> None:
    assert is_member_line(line)
    assert not is_counter_line(line) or line[0].isdigit()  # (left to the step after the locator)


@pytest.mark.parametrize("line", [
    "Posts", "Joined", "Joined the club", "Joined in 2016",
    "The striker scored 31 points in the second half.",
    "Ich habe 4 Beiträge zu diesem Thema gelesen.",
])
def test_a_label_alone_or_a_sentence_is_no_member_line(line: str) -> None:
    assert not is_member_line(line)


def test_member_stats_are_data_per_language() -> None:
    assert "posts" in counters.MEMBER_STATS and "Beiträge" in counters.MEMBER_STATS
    assert "joined" in counters.MEMBER_SINCE and "Mitglied seit" in counters.MEMBER_SINCE


POSTS = [
    "My sourdough starter smells of nail polish every morning and the loaves come out flat. "
    "I feed it once a day with rye flour. What am I doing wrong?",
    "That smell means it is hungry: feed it twice a day for a week and keep it somewhere warmer. "
    "The loaves will rise again once it doubles within six hours of a feeding.",
]


def test_a_posts_member_counts_go_in_html() -> None:
    items = "".join(
        f'<div class="message"><div class="user"><p>baker{i}</p><p>Posts: {140 + i}</p>'
        f'<p>Joined: Nov 20{18 + i}</p></div><div class="text"><p>{p}</p></div></div>'
        for i, p in enumerate(POSTS))
    art = cleaned(f"<html><body><h1>Starter smells odd</h1>{items}</body></html>", input_kind="html")
    assert POSTS[1][:40] in art.text
    assert "Posts: 14" not in art.text and "Joined: Nov" not in art.text
    kinds = {r.text: (r.kind, r.plugin) for r in art.removed}
    assert kinds["Posts: 141"] == ("counter", "counters:members")
    assert kinds["Joined: Nov 2019"] == ("counter", "counters:members")


def test_member_stats_go_after_the_locator_in_the_full_cleaner() -> None:
    items = "".join(
        f'<div class="message"><div class="user"><p>baker{i}</p><p>Posts: {140 + i}</p></div>'
        f'<div class="text"><p>{p}</p></div></div>' for i, p in enumerate(POSTS))
    art = newsclean.clean(f"<html><body><main><h1>Starter smells odd</h1>{items}</main></body></html>")
    assert POSTS[0][:40] in art.text and POSTS[1][:40] in art.text
    assert "Posts: 14" not in art.text


def test_a_profile_boxs_label_and_value_lines_go_together() -> None:
    page = "\n\n".join([
        "Starter smells odd", POSTS[0], "baker1", "Messages", "2,318", "Reaction score", "73",
        "Joined", "Nov 4, 2021", POSTS[1]])
    art = cleaned(page)
    removed = {r.text: r.kind for r in art.removed}
    for line in ("Messages", "2,318", "Reaction score", "73", "Joined", "Nov 4, 2021"):
        assert removed.get(line) == "counter", line
    assert POSTS[0][:40] in art.text and POSTS[1][:40] in art.text


def test_a_label_over_a_sentence_or_a_run_of_numbers_stays() -> None:
    page = "\n\n".join([
        "Season review", POSTS[0], "Points", "The team finished with 58 points, two clear of the rest.",
        "Messages", "Write to us at any time and we answer within a day.", POSTS[1]])
    art = cleaned(page)
    assert "58 points, two clear" in art.text
    assert "Write to us at any time" in art.text
    assert not any(r.text in ("Points", "Messages") for r in art.removed)
