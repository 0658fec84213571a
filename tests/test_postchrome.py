"""A thread's per-post chrome (plugins/postchrome.py): on a page read as a forum topic, the short lines each
post repeats at the same place - a permalink and report menu, a profile column's labels and their values -
go (kind post-chrome, reason given); the posts' text, their authors and stamps stay. A page read as no
thread is left as it was."""
from __future__ import annotations

from newsclean import Cleaner

from board_story import no_thread

POSTS = (("Wrenna Holt", "Feb 2, 2025", "2025-02-02T08:00:00+00:00", "Pinecliff",
          "The east trail to the old quarry is closed again, the bridge planks rotted through over the winter."),
         ("Dovik", "Feb 2, 2025", "2025-02-02T10:15:00+00:00", "Marrow Bay",
          "They posted a notice at the car park too, the repair crew starts in April if the weather holds."),
         ("Wrenna Holt", "Feb 3, 2025", "2025-02-03T07:30:00+00:00", "Pinecliff",
          "Good to know, I will take the ridge path instead, it adds an hour but the views are better."),
         ("Saffi_B", "Feb 4, 2025", "2025-02-04T19:45:00+00:00", "Upper Fenn",
          "The ridge path is muddy after the rain last week, bring boots with a good grip and a spare pair of socks."),
         ("Tamsk", "Feb 5, 2025", "2025-02-05T12:05:00+00:00", "Lowmarsh",
          "Walked it on Sunday, the mud has dried on the upper half, the lower part is still soft near the stream."))


def page(declared: str = "DiscussionForumPosting", share: str = "Link to post", report: str = "Report post", posts: int = 5,
         label: str = "Hometown", tools: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s"}</script>'
          % declared) if declared else ""
    out = []
    for i, (name, day, iso, town, text) in enumerate(POSTS[:posts]):
        out.append(
            f"<article class='message message--post'><div class='message-inner'>"
            f"<div class='message-cell message-cell--user'>"
            f"<h4 class='message-name'><a href='/members/{i}' class='username'>{name}</a></h4>"
            f"</div>"
            f"<div class='message-cell message-cell--main'>"
            f"<div class='message-attribution'><a href='/posts/{i}'><time datetime='{iso}'>{day}</time></a>"
            f"</div><div class='message-body'><div class='bbWrapper'>{text}</div></div>"
            f"<div class='message-menu'><h5 class='menu-title'>{share}</h5><h5 class='menu-title more'>{report}</h5></div>{tools}"
            f"<div class='message-extras'><dl class='pairs'><dt>{label}</dt><dd>{town}</dd></dl></div>"
            f"</div></div></article>")
    return (f"<html><head><title>Quarry trail closed</title>{ld}</head><body>"
            "<div class='p-title'><h1>Quarry trail closed</h1></div>"
            f"<div class='block-body'>{''.join(out)}</div>"
            "<div class='footer-links'><a href='/a'>About</a> <a href='/b'>Rules</a></div></body></html>")


def _lines(art):
    return art.text.split("\n\n")


def _gone(art, text):
    return [r for r in art.removed if r.text == text]


def test_share_menu_and_profile_labels_each_post_repeats_go_as_post_chrome():
    art = Cleaner().clean(page())
    lines = _lines(art)
    for line in ("Link to post", "Report post", "Hometown"):
        assert line not in lines
        gone = [r for r in _gone(art, line) if r.kind == "post-chrome"]
        assert len(gone) >= 4 and all(r.plugin == "postchrome:lines" and r.reason for r in gone)


def test_a_profile_label_s_values_go_with_it():
    art = Cleaner().clean(page())
    for town in ("Pinecliff", "Marrow Bay", "Upper Fenn", "Lowmarsh"):
        assert town not in _lines(art)
        assert any(r.kind == "post-chrome" and "Hometown" in r.reason for r in _gone(art, town))


def test_posts_keep_their_text_authors_and_stamps():
    art = Cleaner().clean(page())
    lines = _lines(art)
    for name, day, _, _, text in POSTS:
        assert text in lines and name in lines
    assert lines.count("Wrenna Holt") == 2 and "Feb 5, 2025" in lines


def test_labels_in_other_languages_go_too():
    for share, report, label in (("Zitieren", "Melden", "Wohnort"), ("Citer", "Signaler", "Localisation")):
        art = Cleaner().clean(page(share=share, report=report, label=label))
        for line in (share, report, label):
            assert line not in _lines(art)
            assert [r for r in _gone(art, line) if r.kind == "post-chrome"]


def test_a_line_only_two_posts_repeat_stays():
    art = Cleaner().clean(page(posts=2))
    assert not any(r.kind == "post-chrome" for r in art.removed)


def test_a_short_sentence_repeated_in_each_post_is_no_chrome():
    tools = "<div class='message-extra'><p>Same here!</p></div>"
    art = Cleaner().clean(page(tools=tools))
    assert _lines(art).count("Same here!") >= 4
    assert not any(r.kind == "post-chrome" for r in _gone(art, "Same here!"))


def test_a_page_read_as_no_thread_is_left_alone():
    # (an undeclared board whose posts hold most of the page is read as a thread by its run: threadshape)
    art = Cleaner().clean(no_thread(page(declared="")))
    assert not any(r.kind == "post-chrome" for r in art.removed)


def test_a_count_each_post_shows_at_the_same_place_goes():
    art = Cleaner().clean(page(tools="<div class='reactions'><span class='count'>14</span></div>"))
    assert "14" not in _lines(art)
    gone = [r for r in _gone(art, "14") if r.kind == "post-chrome"]
    assert len(gone) >= 4


def test_a_count_only_two_posts_show_stays():
    art = Cleaner().clean(page(posts=2, tools="<div class='reactions'><span class='count'>14</span></div>"))
    assert "14" in _lines(art)


def test_a_command_each_post_shows_in_a_code_block_stays():
    # (every post of a help thread quotes the same command in its own code block at the same place: what the
    # posters ran, the posts' text, not the board's template; the menu beside it still goes)
    html = page().replace("</div></div><div class='message-menu'>",
                          "<pre><code>sudo fenn-update --all</code></pre></div></div><div class='message-menu'>")
    art = Cleaner().clean(html)
    assert art.text.split("\n\n").count("sudo fenn-update --all") == 5
    assert not [r for r in _gone(art, "sudo fenn-update --all") if r.kind == "post-chrome"]
    assert "Report post" not in _lines(art)
