"""A forum topic's posts keep their heads: on a page read as a forum topic (THREAD_PAGE_KEY), each post's
time stamp (a line holding a time element) stays with the post (timestamp._post_stamp), and so does the
short author line above it (threadshape.post_heads, kept by the locator); what stands between the two -
the poster's rank and counts - goes as a member's stats (counters:members). A page read as no thread
keeps dropping its stamp lines as before."""
from __future__ import annotations

from newsclean import Cleaner

from board_story import no_thread

POSTS = (("Quillfeather", "Mar 3, 2025", "2025-03-03T09:12:00+00:00",
          "Has anyone tried the new lantern mantles on the old brass stoves? Mine keep cracking after a week."),
         ("Tobin Marsh", "Mar 3, 2025", "2025-03-03T11:40:00+00:00",
          "Yes, they need a slow first burn, about ten minutes on the lowest setting, before you use them."),
         ("Orrin_K", "Mar 4, 2025", "2025-03-04T07:05:00+00:00",
          "Same here, the slow burn fixed it. Keep the chimney clean as well, soot makes them brittle."),
         ("Pell", "Mar 5, 2025", "2025-03-05T18:30:00+00:00",
          "Thanks all, I did the slow burn last night and the new mantle is still whole this morning."))


def page(declared: str = "DiscussionForumPosting", edited: bool = False, glued: bool = False) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>'
          % declared) if declared else ""
    posts = []
    for i, (name, day, iso, text) in enumerate(POSTS):
        note = (f"<div class='message-lastEdit'>Last edited: <time datetime='{iso}'>{day}</time></div>"
                if edited and i == 0 else "")
        shown = f"<span class='t-long'>{day}</span><span class='t-short'>1 yr</span>" if glued else day
        posts.append(
            f"<article class='message message--post'><div class='message-inner'>"
            f"<div class='message-cell message-cell--user'>"
            f"<h4 class='message-name'><a href='/members/{i}' class='username'>{name}</a></h4>"
            f"<h5 class='userTitle'>Lamp Wrangler</h5>"
            f"<dl class='pairs'><dt>Joined</dt><dd>Aug {10 + i}, 2011</dd></dl>"
            f"<dl class='pairs'><dt title='Messages'></dt><dd>{1200 + 37 * i:,}</dd></dl></div>"
            f"<div class='message-cell message-cell--main'>"
            f"<div class='message-attribution'><a href='/posts/{i}'><time datetime='{iso}'>{shown}</time></a>"
            f"</div><div class='message-body'><div class='bbWrapper'>{text}</div></div>{note}</div>"
            f"</div></article>")
    return (f"<html><head><title>Lantern mantles keep cracking</title>{ld}</head><body>"
            "<div class='p-title'><h1>Lantern mantles keep cracking</h1></div>"
            f"<div class='block-body'>{''.join(posts)}</div>"
            "<div class='footer-links'><a href='/a'>About</a> <a href='/b'>Rules</a></div></body></html>")


def test_a_forum_topic_keeps_each_post_s_author_and_stamp():
    art = Cleaner().clean(page())
    lines = art.text.split("\n\n")
    for name, day, _, text in POSTS:
        assert name in lines and text in lines
        assert lines.index(name) < lines.index(text)
    assert lines.count("Mar 3, 2025") == 2 and "Mar 4, 2025" in lines and "Mar 5, 2025" in lines
    assert any("time stamps its posts hold" in n for n in art.notes)
    assert any("heads of a forum topic's posts" in n for n in art.notes)


def test_the_poster_s_rank_and_counts_go_as_member_stats():
    art = Cleaner().clean(page())
    assert "Lamp Wrangler" not in art.text and "1,237" not in art.text and "2011" not in art.text
    gone = [r for r in art.removed if r.text == "Lamp Wrangler"]
    assert gone and all(r.kind == "counter" and r.plugin == "counters:members" for r in gone)
    assert any(r.text == "1,237" and r.kind == "counter" for r in art.removed)


def test_an_edit_note_is_no_post_stamp():
    art = Cleaner().clean(page(edited=True))
    assert "Last edited" not in art.text
    assert any(r.text.startswith("Last edited") and r.kind == "timestamp" for r in art.removed)
    assert "Quillfeather" in art.text.split("\n\n")


def test_a_stamp_run_on_into_another_form_of_it_is_not_kept():
    art = Cleaner().clean(page(glued=True))
    assert "Mar 4, 20251 yr" not in art.text and "1 yr" not in art.text
    assert not any("time stamps its posts hold" in n for n in art.notes)


def test_a_page_read_as_no_thread_drops_its_stamp_lines():
    # (an undeclared board whose posts hold most of the page is read as a thread by its run: threadshape)
    art = Cleaner().clean(no_thread(page(declared="")))
    assert not any("time stamps its posts hold" in n for n in art.notes)
    assert "Mar 4, 2025" not in art.text.split("\n\n")
    assert not any("heads of a forum topic's posts" in n for n in art.notes)


def test_a_question_page_is_not_read_as_a_forum_topic():
    art = Cleaner().clean(page(declared="QAPage"))
    assert not any("time stamps its posts hold" in n for n in art.notes)
    assert "Mar 4, 2025" not in art.text.split("\n\n")
