"""A forum topic's post heads when the poster's column is long (threadshape.post_heads): more than
AUTHOR_LOOKBACK blocks of rank, join date and counts between the poster's name and the post's stamp. The
name is still found (the nearest author line above the stamp, up to AUTHOR_LOOKBACK_FAR blocks) and kept;
what stands between goes as a member's stats; the column's labels in posts whose name is further up still
go as post chrome. A quote's attribution line ("X said:") above a quote in a post stays with it."""
from __future__ import annotations

from newsclean import Cleaner

POSTS = (("Bramwell", "Apr 2, 2025", "2025-04-02T08:10:00+00:00",
          "My sourdough starter smells of nail varnish after three days in the cold pantry. Is it ruined?"),
         ("Ilsa Quorn", "Apr 2, 2025", "2025-04-02T09:25:00+00:00",
          "Not ruined, it is hungry. Feed it twice a day for a few days and keep it somewhere warmer."),
         ("Tamberlin", "Apr 3, 2025", "2025-04-03T17:40:00+00:00",
          "Agreed, that smell means it ran out of food. Pour off the grey liquid before you feed it."),
         ("Bramwell", "Apr 4, 2025", "2025-04-04T07:05:00+00:00",
          "Fed it twice yesterday and it doubled overnight. Thanks, the smell is gone as well."))
QUOTED = "Is it ruined, or can it be saved with fresh flour?"
FIELDS = ("Joined", "Messages", "Reaction score", "Location", "Oven")


def page(quote: bool = False, copy: bool = False) -> str:
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}</script>'
    posts = []
    for i, (name, day, iso, text) in enumerate(POSTS):
        column = "".join(f"<dl class='pairs'><dt>{f}</dt><dd>{v}</dd></dl>"
                         for f, v in zip(FIELDS, (f"Jan {3 + i}, 2019", f"{120 + 7 * i}", f"{40 + i}",
                                                  "Hollow Reach", "Stone deck")))
        said = (f"<blockquote class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-title'>"
                f"<a href='/goto/{i - 1}'>{POSTS[i - 1][0]} said:</a></div>"
                f"<div class='bbCodeBlock-content'>{POSTS[i - 1][3] if copy else QUOTED}</div>"
                f"</blockquote>") if quote and i == 2 else ""
        posts.append(
            f"<article class='message message--post'><div class='message-inner'>"
            f"<div class='message-cell message-cell--user'>"
            f"<h4 class='message-name'><a href='/members/{i}' class='username'>{name}</a></h4>"
            f"<h5 class='userTitle'>Crumb Apprentice</h5><h5 class='userBanner'>Early Riser</h5>{column}</div>"
            f"<div class='message-cell message-cell--main'>"
            f"<div class='message-attribution'><a href='/posts/{i}'><time datetime='{iso}'>{day}</time></a>"
            f"</div><div class='message-body'><div class='bbWrapper'>{said}{text}</div></div></div>"
            f"</div></article>")
    return (f"<html><head><title>Starter smells odd</title>{ld}</head><body>"
            "<div class='p-title'><h1>Starter smells odd</h1></div>"
            f"<div class='block-body'>{''.join(posts)}</div>"
            "<div class='footer-links'><a href='/a'>About</a> <a href='/b'>Rules</a></div></body></html>")


def test_the_poster_s_name_above_a_long_column_is_kept():
    art = Cleaner().clean(page())
    lines = art.text.split("\n\n")
    for name, day, _, text in POSTS:
        assert name in lines and text in lines
        assert lines.index(name) < lines.index(text)
    assert any("'Ilsa Quorn' (a post's author line" in n for n in art.notes)


def test_the_long_column_goes():
    art = Cleaner().clean(page())
    for line in ("Crumb Apprentice", "Early Riser", "Hollow Reach", "Reaction score", "Oven", "127"):
        assert line not in art.text.split("\n\n")
    assert any(r.text == "Crumb Apprentice" and r.kind == "counter" for r in art.removed)
    assert not any("2019" in line for line in art.text.split("\n\n"))


def test_a_quote_s_attribution_line_stays_with_the_quote():
    art = Cleaner().clean(page(quote=True))
    lines = art.text.split("\n\n")
    assert "Ilsa Quorn said:" in lines
    at = lines.index("Ilsa Quorn said:")
    assert lines[at + 1] == QUOTED


def test_a_quote_s_attribution_line_goes_with_a_quote_dropped_as_a_copy():
    art = Cleaner().clean(page(quote=True, copy=True))
    assert "Ilsa Quorn said:" not in art.text
    gone = [r for r in art.removed if r.text == "Ilsa Quorn said:"]
    assert gone and gone[0].kind == "post-chrome" and "quote that was dropped" in gone[0].reason
    assert art.text.split("\n\n").count(POSTS[1][3]) == 1
