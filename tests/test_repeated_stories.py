"""content: a page repeating one story template without ``<article>`` (stacked stories in alike boxes, each
under its own headline) keeps the story its title heads (choice._repeated_stories); a listing's teasers, a
thread's posts and a long story's sections keep all their boxes."""
from __future__ import annotations

import newsclean
from stacked_stories import NEXT, OWN

THIRD = "".join(f"<p>A farmer near the river says the new bridge has cut his trip to the market by an hour, and "
                f"his neighbours agree with him about it ({i}).</p>" for i in range(4))
HEAD = "<html><head><title>{title} | The Coast Gazette</title>{extra}</head><body><div id='main'><div class='content'>"
TAIL = "</div></div></body></html>"


def _story(headline: str, body: str, level: int = 1) -> str:
    return (f"<div class='story'><div class='story-head'><h{level}>{headline}</h{level}>"
            f"<p class='byline'>By Ann Lee, 3 May 2008</p></div><div class='story-body'>{body}</div></div>")


def _stacked(order: tuple[str, ...], slots: bool = False, level: int = 1) -> str:
    stories = {"own": _story("Harbour board to dredge eastern channel", OWN, level),
               "next": _story("Orchestra opens its season to full halls", NEXT, level),
               "third": _story("New bridge shortens farmers' trips", THIRD, level)}
    body = "".join(f"<div class='slot'>{stories[k]}</div>" if slots else stories[k] for k in order)
    return HEAD.format(title="Harbour board to dredge eastern channel", extra="") + body + TAIL


def test_the_title_story_wins_over_a_longer_alike_box() -> None:
    art = newsclean.clean(_stacked(("own", "next", "third")))
    assert "eastern channel before the winter storms" in art.text
    assert "old mooring posts" in art.text
    assert "regional orchestra" not in art.text
    assert "new bridge" not in art.text


def test_the_title_story_wins_wherever_it_stands_in_wrapped_boxes() -> None:
    art = newsclean.clean(_stacked(("next", "third", "own"), slots=True, level=2))
    assert "old mooring posts" in art.text
    assert "regional orchestra" not in art.text
    assert "new bridge" not in art.text


def test_the_choice_is_told() -> None:
    art = newsclean.clean(_stacked(("next", "own")))
    assert any("story template without <article>" in n for n in art.notes)
    gone = [r for r in art.removed if "regional orchestra" in r.text]
    assert gone and all(r.plugin == "content:locate" for r in gone)


def test_a_listing_s_teasers_stay() -> None:
    first = "<div class='card'><h2>Harbour board to dredge eastern channel</h2>" + OWN + "</div>"
    cards = "".join(f"<div class='card'><h2><a href='/s/{i}'>Ferry timetable changes for the winter, part {i}</a>"
                    f"</h2><p>The ferry runs less often from November ({i}).</p></div>" for i in range(3))
    page = HEAD.format(title="Harbour board to dredge eastern channel", extra="") + first + cards + TAIL
    art = newsclean.clean(page)
    assert not any("story template" in n for n in art.notes)  # (short linked teasers: a list, no stories)


def test_a_thread_s_replies_stay() -> None:
    posts = "".join(
        f"<div class='post'><h2>{'Re: ' if i else ''}Ferry timetable for the winter</h2><p>{text} The ferry used "
        f"to run every hour, and many of us on the island depend on it for work and school every day ({i}).</p>"
        f"<p>Whatever the company decides, it should tell the island in good time this year ({i}).</p></div>"
        for i, text in enumerate(("Has anyone seen the new winter timetable yet?", "Yes, it came out on Friday.",
                                  "It is posted at the pier as well.")))
    page = HEAD.format(title="Ferry timetable for the winter", extra="") + posts + TAIL
    art = newsclean.clean(page)
    assert not any("story template" in n for n in art.notes)
    assert all(f"({i})" in art.text for i in range(3))


def _part(head: str) -> str:
    paras = "".join(f"<p>{head} is a part of the plan the board put forward this week, with costs and dates set "
                    f"out for the island in full ({i}).</p>" for i in range(3))
    return f"<div class='part'><h2>{head}</h2>{paras}</div>"


def test_a_long_story_s_sections_stay() -> None:
    sections = "".join(_part(head) for head in ("Dredging the channel", "New mooring posts", "Night closures"))
    first = "<div class='part'><h1>Harbour board to dredge eastern channel</h1>" + OWN + "</div>"
    page = HEAD.format(title="Harbour board to dredge eastern channel", extra="") + first + sections + TAIL
    art = newsclean.clean(page)
    assert not any("story template" in n for n in art.notes)
    assert "old mooring posts" in art.text
    assert all(h in art.text for h in ("Dredging the channel", "New mooring posts", "Night closures"))


def test_a_page_s_parts_under_headlines_without_bylines_stay() -> None:
    parts = "".join(_part(head).replace("<h2>", "<h1>").replace("</h2>", "</h1>")
                    for head in ("Dredging the channel", "New mooring posts"))
    first = "<div class='part'><h1>Harbour board to dredge eastern channel</h1>" + OWN + "</div>"
    page = (HEAD.format(title="Harbour board to dredge eastern channel", extra="")
            + "<p class='byline'>By Ann Lee, 3 May 2008</p>" + first + parts + TAIL)
    art = newsclean.clean(page)
    assert not any("story template" in n for n in art.notes)  # (one byline for the page: its parts, no stories)
    assert all(h in art.text for h in ("is a part of the plan", "old mooring posts"))
