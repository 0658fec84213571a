"""A forum topic's post heads written without a time element (timestamp._post_heads_in_place): on a page read
as a forum topic, stamp lines holding the poster's name beside the date ("Name · 03/03/2026 19:44"), standing
at the same place in three posts or more, are the posts' heads and stay; an edit note, a post number beside
the stamp, two such lines only, or a page read as no thread: dropped as stamps as before."""
from __future__ import annotations

from newsclean import Cleaner

POSTS = (("pebblequill", "03/03/2026 19:44",
          "Our allotment shed roof leaks at the ridge every time it rains. Felt or corrugated sheets?"),
         ("marrowgold", "03/03/2026 19:51",
          "Corrugated sheets last longer, felt tears in the wind after a couple of winters on our plot."),
         ("Hedgerow7", "03/03/2026 20:02",
          "Felt is cheaper and easy to fit alone, just use plenty of clout nails along the edges."),
         ("pebblequill", "03/03/2026 20:15",
          "Thanks both, I will price up the sheets first and see what the committee says about it."))


def page(declared: str = "DiscussionForumPosting", posts: int = 4, head: str = "{name} · {day}") -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>'
          % declared) if declared else ""
    out = []
    for i, (name, day, text) in enumerate(POSTS[:posts]):
        line = head.format(name=name, day=day, n=i + 1)
        out.append(f"<div class='post-box rounded'><div class='mt-1'><div class='font-bold'>{line}</div></div>"
                   f"<div class='post-body'><p>{text}</p></div></div>")
    return (f"<html><head><title>Shed roof leaking</title>{ld}</head><body><main>"
            "<h1>Shed roof leaking</h1>"
            f"<div class='thread'>{''.join(out)}</div>"
            "</main><div class='footer-links'><a href='/a'>About</a> <a href='/b'>Help</a></div></body></html>")


def _lines(art):
    return art.text.split("\n\n")


def test_name_and_stamp_heads_at_the_same_place_stay():
    art = Cleaner().clean(page())
    lines = _lines(art)
    for name, day, text in POSTS:
        assert f"{name} · {day}" in lines and text in lines
        assert lines.index(f"{name} · {day}") < lines.index(text)
    assert any("are the posts' heads and stay" in n for n in art.notes)
    assert art.published is not None and art.published.day == 3


def test_two_such_lines_are_no_thread_s_heads():
    art = Cleaner().clean(page(posts=2))
    assert "pebblequill · 03/03/2026 19:44" not in _lines(art)
    assert any(r.text == "pebblequill · 03/03/2026 19:44" and r.kind == "timestamp" for r in art.removed)


def test_a_page_read_as_no_thread_drops_them():
    art = Cleaner().clean(page(declared=""))
    assert "marrowgold · 03/03/2026 19:51" not in _lines(art)
    assert not any("are the posts' heads" in n for n in art.notes)


def test_edit_notes_are_no_heads():
    art = Cleaner().clean(page(head="Edited {day} by {name}"))
    assert not any(line.startswith("Edited ") for line in _lines(art))


def test_a_post_number_beside_the_stamp_is_no_name():
    art = Cleaner().clean(page(head="{day} Post #{n} of 4"))
    assert not any("Post #" in line for line in _lines(art))
