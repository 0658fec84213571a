"""content: modern long-form pages (blog posts, docs, features) keep their own structure.

Each page is a small fixture of our own: the article's headings, lists, code
blocks, tables and quotes must come out with the right kind, and the page's
navigation, comments, sidebars and teasers next to it must not.
"""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins import content

NAV = ("<header class='site-header'><nav><a href='/'>Home</a> <a href='/blog'>Blog</a> "
       "<a href='/about'>About</a></nav></header>")

BLOG = f"""<html><head><title>How to rotate logs with a small script</title></head><body>{NAV}
<main class='content'><article class='post'>
<h1>How to rotate logs with a small script</h1>
<div class='post-body'>
<p>Log files grow without limit unless something trims them, and on a small server that can fill the disk
in a few weeks. This post shows a short script that does the job without extra packages.</p>
<h2>Install</h2>
<p>Copy the script into a folder on your path and make it executable, then check that it runs.</p>
<pre><code>cp rotate.sh /usr/local/bin/rotate
chmod +x /usr/local/bin/rotate</code></pre>
<h2>Steps</h2>
<ol><li>Pick the folder that holds the logs you want to keep small.</li>
<li>Decide how many old files to keep, for example seven.</li>
<li>Add a line to the crontab that runs the script every night.</li></ol>
<p>That is all: the script renames the current file, compresses yesterday's and deletes the oldest one.</p>
</div></article>
<section class='comments' id='comments'><h3>3 comments</h3>
<div class='comment'><p>Great post, thanks! This saved my weekend and my disk, I will share it with my team.</p></div>
<div class='comment'><p>Does this work with journald too? I tried it on my laptop and it found no files at all.</p></div>
</section>
<aside class='sidebar'><h3>Recent posts</h3><ul><li><a href='/a'>Backups that work</a></li>
<li><a href='/b'>Cron tips for busy people</a></li><li><a href='/c'>Why disks fill up</a></li></ul></aside>
</main><footer>© 2024 Jane Roe</footer></body></html>"""

DOCS = """<html><head><title>Configuration options</title></head><body><div class='document'>
<div class='docs-sidebar'><h3>Contents</h3><ul><li><a href='/install'>Installation</a></li>
<li><a href='/quickstart'>Quickstart</a></li><li><a href='/config'>Configuration options</a></li>
<li><a href='/api'>API reference</a></li><li><a href='/changelog'>Changelog</a></li></ul></div>
<div class='body' role='main'>
<h1>Configuration options</h1>
<p>Widgetlib reads its settings from a file named widget.toml in the working folder. Every option has a
default, so an empty file is valid.</p>
<h2 id='options'><a class='anchor' href='#options'>Options</a></h2>
<table><thead><tr><th>Option</th><th>Default</th><th>Meaning</th></tr></thead><tbody>
<tr><td><a href='#timeout'>timeout</a></td><td>30</td><td>Seconds before a request is given up</td></tr>
<tr><td><a href='#retries'>retries</a></td><td>3</td><td>How often a failed request is tried again</td></tr>
<tr><td>cache_dir</td><td>~/.cache</td><td>Where downloaded files are kept</td></tr></tbody></table>
<h2 id='example'><a href='#example'>An example file</a></h2>
<p>A file that waits longer and never retries looks like this:</p>
<div class='highlight'><pre>timeout = 120
retries = 0</pre></div>
<p>Options given on the command line override the file, and environment variables override both.</p>
</div><div class='footer'>© Copyright 2024, the Widgetlib authors.</div></div></body></html>"""

LONGFORM = """<html><head><title>The last lighthouse keepers</title></head><body>
<nav class='topnav'><a href='/'>Home</a><a href='/world'>World</a><a href='/culture'>Culture</a></nav>
<article><header><h1>The last lighthouse keepers</h1></header><div class='article-body'>
<p>The boat leaves the harbour at dawn, when the sea is calm enough to land on the narrow jetty below the
tower. It takes an hour to cross, and most days nobody makes the trip at all.</p>
<p>The brothers have lived on the island for thirty years. Their father kept the light before them, and
his father before him, in a line that goes back to the day the tower was built.</p>
<h2>A light that needs no one</h2>
<p>Since the lamp was automated, the work has changed. There is no wick to trim, but the brothers still
check the lens, clean the glass and write the weather in a book.</p>
<blockquote class='pull-quote'><p>“The machine does the light. We do everything else.”</p></blockquote>
<p>They say the tower would fall apart within a winter if nobody lived there, and the engineers who visit
each spring do not disagree with them.</p>
<h2>What comes next</h2>
<p>The authority that owns the tower will keep paying the brothers for as long as they want to stay.
After that, nobody knows what will happen to the island or its light.</p>
</div></article>
<section class='more-stories'><h2>More from Culture</h2>
<article class='card'><h3><a href='/x'>The last ferry of the season</a></h3><p>A crossing that ends an era.</p></article>
<article class='card'><h3><a href='/y'>A town without cars</a></h3><p>One village banned traffic.</p></article>
<article class='card'><h3><a href='/z'>The keeper's diary</a></h3><p>Pages from a notebook.</p></article>
</section></body></html>"""

RECIPE = """<html><head><title>Simple bread at home</title></head><body>
<nav class='menu'><a href='/'>Home</a><a href='/recipes'>Recipes</a></nav>
<article class='post'><h1>Simple bread at home</h1><div class='entry-content'>
<h2>Ingredients</h2>
<ul><li>500 g flour</li><li>7 g dry yeast</li><li>10 g salt</li><li>350 ml warm water</li></ul>
<h2>Method</h2>
<ol><li>Mix the flour, yeast and salt in a large bowl, then pour in the water and stir until no dry flour is left.</li>
<li>Knead the dough for ten minutes on a floured table, until it is smooth and springs back when pressed.</li>
<li>Leave it to rise in a warm place for an hour, covered with a damp cloth, then shape it into a loaf.</li>
<li>Bake at 230 degrees for thirty minutes, until the crust is brown and the loaf sounds hollow.</li></ol>
<p>Let the bread cool on a rack for at least an hour before you cut it, or the crumb will be gummy.</p>
<h2>Variations</h2>
<ul><li>Add seeds</li><li>Use half whole wheat</li><li>Brush with milk</li></ul>
{tail}
</div></article>
<aside class='widget'><h3>Popular</h3><ul><li><a href='/1'>Pancakes</a></li><li><a href='/2'>Pizza dough</a></li>
<li><a href='/3'>Banana cake</a></li></ul></aside></body></html>"""


def clean(html: str):
    return Cleaner().clean(html)


def kinds_of(art, *needles: str) -> list[str]:
    """The kind of the first kept paragraph holding each needle ("" when none does)."""
    return [next((p.kind for p in art.paragraphs if n in p.text), "") for n in needles]


def test_a_blog_post_keeps_its_code_blocks_steps_and_headings_and_drops_comments_and_sidebar():
    art = clean(BLOG)
    assert kinds_of(art, "Install", "cp rotate.sh", "Pick the folder", "Add a line", "That is all") == [
        "heading", "code", "list_item", "list_item", "paragraph"]
    code = next(p.text for p in art.paragraphs if p.kind == "code")
    assert code.splitlines() == ["cp rotate.sh /usr/local/bin/rotate", "chmod +x /usr/local/bin/rotate"]
    # precision: comments and the sidebar next to the post are not kept
    for noise in ("Great post", "journald", "Recent posts", "Backups that work", "Home"):
        assert noise not in art.text


def test_a_docs_page_keeps_its_table_and_anchored_headings_and_drops_the_sidebar_contents():
    art = clean(DOCS)
    assert kinds_of(art, "Options", "cache_dir", "An example file", "timeout = 120") == [
        "heading", "table", "heading", "code"]
    table = next(p for p in art.paragraphs if p.kind == "table")
    assert "How often a failed request is tried again" in table.text
    assert "environment variables override both" in art.text
    for noise in ("Quickstart", "API reference", "Changelog", "Copyright"):
        assert noise not in art.text


def test_a_heading_linked_to_itself_is_no_link_list_but_one_linked_elsewhere_is():
    def heading(href: str) -> str:
        body = "".join(f"<p>{DOCS_P} Paragraph {i}.</p>" for i in range(3))
        return (f"<html><head><title>Guide</title></head><body><article><h1>Guide</h1>{body}"
                f"<h2><a href='{href}'>Where the widgets are kept</a></h2>{body}</article></body></html>")

    assert "Where the widgets are kept" in clean(heading("#where")).text
    for away in ("/other-page", "#", "#!/route/7"):  # another page, a script link, a script route
        art = clean(heading(away))
        assert "Where the widgets are kept" not in art.text
        assert any("Where the widgets are kept" in r.text for r in art.removed)


DOCS_P = ("Widgets are kept in a folder of their own, which the library creates on first use and never "
          "empties by itself.")


def test_a_long_form_piece_keeps_section_headings_and_pull_quotes_and_drops_the_teasers():
    art = clean(LONGFORM)
    assert kinds_of(art, "A light that needs no one", "The machine does the light", "What comes next") == [
        "heading", "quote", "heading"]
    assert art.text.count("The brothers") == 1 and "nobody knows what will happen" in art.text
    for noise in ("More from Culture", "The last ferry", "A town without cars", "notebook", "Culture"):
        assert noise not in art.text


def test_a_list_of_steps_is_never_the_whole_article_when_its_post_holds_more():
    art = clean(RECIPE.format(tail=""))
    # the <ol> of long steps outweighs every other block, but the post around it is the article
    assert kinds_of(art, "Ingredients", "500 g flour", "Mix the flour", "Let the bread cool") == [
        "heading", "list_item", "list_item", "paragraph"]
    # a heading of the article announces the short items of the list under it, even at the end
    assert kinds_of(art, "Variations", "Add seeds", "Brush with milk") == ["heading", "list_item", "list_item"]
    assert "Pancakes" not in art.text and "Popular" not in art.text


def test_short_items_after_the_article_without_a_heading_of_their_own_still_go():
    # precision guard: a short run after the last prose with no heading announcing it stays out,
    # and so does a list of links under a heading
    tail = ("<p class='tags'>bread</p><p class='tags'>baking</p>"
            "<h3>Share</h3><ul><li><a href='/s1'>Mail</a></li><li><a href='/s2'>Print</a></li></ul>")
    art = clean(RECIPE.format(tail="").replace("<h2>Variations</h2>\n<ul><li>Add seeds</li><li>Use half whole "
                                               "wheat</li><li>Brush with milk</li></ul>", tail))
    assert "Let the bread cool" in art.text
    for noise in ("baking", "Mail", "Print"):
        assert noise not in art.text


def test_list_tags_are_data():
    assert {"ul", "ol"} <= content.LIST_TAGS


KEEPERS = ("<p>The brothers have lived on the island for thirty years. Their father kept the light before them, "
           "and his father before him.</p>")


def _ending(tail: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 4}{tail}</div></article></body></html>")


def test_a_short_closing_sentence_stays_with_the_article():
    art = clean(_ending("<p>Then the light went out.</p>"))
    assert art.paragraphs[-1].text == "Then the light went out."


CHANGELOG = ("<p>Changes in this release:</p><p>- Faster start</p><p>- Smaller files</p>"
             "<p>- The export dialog remembers the last folder used</p>")


def test_short_lines_between_the_article_and_a_longer_line_after_it_stay():
    # a changelog closing the post: its short items between the body and a longer item are its own
    texts = [p.text for p in clean(_ending(CHANGELOG)).paragraphs]
    assert texts[-4:] == ["Changes in this release:", "- Faster start", "- Smaller files",
                          "- The export dialog remembers the last folder used"]


def test_a_link_list_cuts_the_short_lines_after_it_off_the_article():
    share = "<p><a href='/s/mail'>Mail</a> <a href='/s/print'>Print</a> <a href='/s/x'>Post</a></p>"
    texts = [p.text for p in clean(_ending(share + CHANGELOG)).paragraphs]
    assert texts[-1] == "- The export dialog remembers the last folder used"
    assert not any(t in ("Changes in this release:", "- Faster start", "- Smaller files") for t in texts)


def test_short_lines_after_the_article_that_are_no_closing_sentence_still_go():
    # precision guard: a label trailing off, a link, a line in another element, a lower-case fragment
    for tail in ("<p>You may also like...</p>", "<p><a href='/more'>More stories here.</a></p>",
                 "<div class='after'><p>Share this story.</p></div>", "<p>tags: light, sea.</p>"):
        art = clean(_ending(tail))
        assert art.paragraphs[-1].text.startswith("The brothers"), tail
        assert art.removed, tail


def _post_with_box(box: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 2}{box}{KEEPERS * 2}</div></article></body></html>")


def test_the_message_of_a_sign_up_box_inside_the_body_goes_with_its_form():
    box = ("<div class='cta-wrap'><div class='cta'><p class='cta-caption'>Thanks for reading! Subscribe for free "
           "to receive new posts and support my work.</p><form><input type='email'><button>Go</button></form>"
           "</div></div>")
    art = clean(_post_with_box(box))
    assert "Subscribe for free" not in art.text and art.text.count("The brothers") == 4
    assert any("Subscribe for free" in r.text and r.plugin == "content:locate" for r in art.removed)


def test_prose_around_a_form_that_holds_more_than_a_message_stays():
    # recall guard: a box holding real paragraphs besides its form is part of the article
    box = f"<div class='poll'>{KEEPERS.replace('brothers', 'sisters') * 2}<form><button>Vote</button></form></div>"
    art = clean(_post_with_box(box))
    assert art.text.count("The sisters") == 2 and art.text.count("The brothers") == 4


def test_a_heading_with_nothing_of_the_article_under_it_at_its_end_goes():
    # the list under the heading went (links, in no vocabulary of ours); its heading ends no article
    tail = "<h2>Keep exploring</h2><ul><li><a href='/a'>One other story</a></li><li><a href='/b'>Two</a></li></ul>"
    art = clean(_ending(tail))
    assert art.paragraphs[-1].text.startswith("The brothers")
    assert any(r.text == "Keep exploring" and "nothing of the article under it" in r.reason for r in art.removed)


def test_a_heading_of_prose_at_the_end_of_the_article_stays():
    # an old page sets its closing paragraphs in heading tags: sentences of prose, no section title
    tail = ("<h3>When the storm came in, the brothers climbed the tower and lit the spare lamp, so that every boat "
            "out on the water could still find the harbour.</h3><h3>Back to the top.</h3>")
    art = clean(_ending(tail))
    assert "lit the spare lamp" in art.text
    assert any(r.text == "Back to the top." and "nothing of the article under it" in r.reason for r in art.removed)


def test_a_closing_heading_over_kept_code_or_a_table_stays():
    for under in ("<pre>make install\nmake test</pre>", "<table><tr><th>Year</th><th>Keepers</th></tr>"
                  "<tr><td>1900</td><td>3</td></tr><tr><td>2000</td><td>2</td></tr></table>"):
        art = clean(_ending(f"<h2>In short</h2>{under}"))
        assert [p.kind for p in art.paragraphs[-2:]][0] == "heading", under
        assert art.paragraphs[-1].kind in ("code", "table")


def test_the_articles_own_reference_lists_keep_their_linked_items():
    # a wiki's "See also" (links only), "References" (a citation with a linked title) and
    # "External links" under the body, inside the article's container: the article's own lists
    refs = ("<h2>See also</h2><ul><li><a href='/w/Lamp'>Lighthouse lamp</a></li>"
            "<li><a href='/w/Fog'>Fog signal</a></li></ul>"
            "<h2>References</h2><ol class='references'><li><a href='#r1'>^</a> Doe, Jane (2001). "
            "<a href='https://example.org/a-very-long-title-of-the-cited-work'>A very long title of the cited "
            "work about keepers</a>.</li><li><a href='#r2'>^</a> Roe, Richard (1999). The coast and its lights. "
            "Sea Press. Retrieved 2020.</li></ol>"
            "<h2>External links</h2><ul><li><a href='https://example.org'>Official website</a></li></ul>")
    art = clean(_ending(refs))
    for kept in ("Lighthouse lamp", "Fog signal", "A very long title of the cited work", "The coast and its lights",
                 "Official website", "External links"):
        assert kept in art.text, kept


def test_a_list_of_links_under_an_ordinary_heading_still_goes():
    # precision guard: only a reference heading says the links under it are the article's own
    tail = ("<h2>More from the coast</h2><ul><li><a href='/a'>The last ferry of the year</a></li>"
            "<li><a href='/b'>A town without cars</a></li></ul>")
    art = clean(_ending(tail))
    assert "The last ferry" not in art.text and "A town without cars" not in art.text
    assert any("The last ferry" in r.text for r in art.removed)


def test_a_wiki_fact_box_and_previous_next_links_beside_the_text_go():
    body = (f"<table class='infobox vcard'><tr><th>Built</th><td>1880</td></tr><tr><th>Height</th><td>30 m"
            f"</td></tr><tr><th>Keepers</th><td>2 brothers, then none since the lamp was automated</td></tr>"
            f"</table>{KEEPERS * 4}<div id='PreviousNext'><table><tr><td><strong>Previous:</strong></td><td>"
            f"<a href='/p'>The lamp that never went out on the northern cape</a></td></tr><tr><td><strong>Next:"
            f"</strong></td><td><a href='/n'>A winter on the rock with two keepers</a></td></tr></table></div>")
    art = clean(f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
                f"<div class='body'>{body}</div></article></body></html>")
    assert art.text.count("The brothers") == 4
    for noise in ("Height", "automated", "Previous:", "northern cape", "A winter on the rock"):
        assert noise not in art.text, noise
    assert {r.region for r in art.removed if r.plugin == "chrome:chrome"} >= {"sidebar", "nav"}


def _split_body(between: str, after: str = "") -> str:
    def part(n: int) -> str:
        return "".join(f"<p>{KEEPERS[3:-4]} Part {n}.{i}.</p>" for i in range(3))

    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<section class='s'><div class='text'>{part(1)}</div></section>{between}"
            f"<section class='s'><div class='text'>{part(2)}</div></section>{after}</article></body></html>")


def test_a_caption_between_two_parts_of_the_body_outside_its_container_stays():
    fig = ("<figure class='pic'><img src='a.png'><figcaption>The lamp room before the last keeper left"
           "</figcaption></figure>")
    art = clean(_split_body(fig))
    assert kinds_of(art, "The lamp room before") == ["caption"]
    assert art.text.index("Part 1.2") < art.text.index("The lamp room") < art.text.index("Part 2.0")


def test_captions_after_the_article_or_in_a_side_box_still_go():
    # precision guard: a caption after the article's last paragraph is not the article's ...
    after = "<figure><img src='b.png'><figcaption>A ferry at the quay in another story</figcaption></figure>"
    art = clean(_split_body("", after))
    assert "another story" not in art.text and "Part 1.0" in art.text and "Part 2.2" in art.text
    # ... nor one between two parts of the body in a negative region, under a chrome signal, or linked
    from types import SimpleNamespace as NS

    from newsclean.plugins.container.readmit import captions_between

    def feat(i: int, kind: str = "paragraph", neg_at: int = -1, bad: bool = False, path: tuple = ()) -> NS:
        return NS(index=i, bad=bad, neg_at=neg_at, block=NS(kind=kind, path=path))

    inside = [feat(0), feat(1), feat(5)]
    box = object()
    outside = [feat(2, "caption"), feat(3, "caption", neg_at=2), feat(4, "caption", bad=True),
               feat(6, "caption"), feat(4, "caption", path=(box,))]
    got = captions_between(inside, [True, True, True], outside, {box: NS(kind="related")})
    assert got == {id(outside[0])}


def test_an_author_box_closing_the_container_goes_as_a_bio():
    box = ("<div class='author-container'><a href='/autor/jane'>Jane Roe</a><span>Reporter</span>"
           "<div class='author-description'>Since 2019 with the paper. Writes about the coast, the sea and "
           "the people who live by it.</div></div>")
    art = clean(_ending(box))
    assert art.paragraphs[-1].text.startswith("The brothers") and "Since 2019" not in art.text
    assert any(r.kind == "bio" and r.text.startswith("Since 2019") and r.plugin == "content:locate"
               for r in art.removed)


def test_an_author_classed_paragraph_inside_the_body_or_a_long_one_at_its_end_stays():
    # recall guard: the box must close the article, be short, and follow a body of its own
    middle = f"{KEEPERS * 2}<div class='author-note'><p>The author spent a winter on the island with the " \
             f"brothers, sleeping in the old store room.</p></div>{KEEPERS * 2}"
    art = clean(f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
                f"<div class='body'>{middle}</div></article></body></html>")
    assert "The author spent a winter" in art.text
    long_box = "<div class='byline-box'>" + KEEPERS.replace("brothers", "sisters") * 6 + "</div>"
    assert clean(_ending(long_box)).text.count("The sisters") == 6
    short = ("<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1><div class='body'>"
             f"{KEEPERS}<div class='author-bio'><p>Jane Roe has kept a lighthouse herself, for ten years.</p>"
             "</div></div></article></body></html>")
    assert "Jane Roe has kept" in clean(short).text


def _opening(head: str) -> str:
    links = "".join(f"<li><a href='/s{i}'>Another story about the coast, number {i}</a></li>" for i in range(4))
    return (f"<html><head><title>The keepers</title></head><body><div class='page'><h1>The keepers</h1>"
            f"<div class='body'>{head}{KEEPERS * 4}</div><ul class='more'>{links}</ul></div></body></html>")


def test_a_short_opening_sentence_stays_with_the_article():
    art = clean(_opening("<p>Hi everyone! 👋</p><p>Welcome to the keepers' letter, number twelve.</p>"))
    assert [p.text for p in art.paragraphs[:2]] == ["Hi everyone! 👋", "Welcome to the keepers' letter, number twelve."]


def test_short_lines_before_the_article_that_are_no_opening_sentence_still_go():
    # precision guard: a label trailing off, a link, a line in another element, a lower-case fragment
    for head in ("<p>Read on...</p>", "<p><a href='/more'>Start here.</a></p>",
                 "<div class='kicker'><p>Coast news.</p></div>", "<p>tags: light, sea.</p>"):
        art = clean(_opening(head))
        assert art.paragraphs[0].text.startswith("The brothers"), head


def _gallery(controls: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 2}<div class='gallery'>{controls}</div>{KEEPERS * 2}</div>"
            f"</article></body></html>")


def test_a_slideshow_pager_left_in_the_body_goes():
    titles = "".join("<p>Lights of the coast</p>" for _ in range(5))
    pager = "<p>&lt;&lt;</p><p>&lt;</p>" + "".join(f"<p>{i}</p>" for i in range(1, 8)) + "<p>&gt;</p>"
    art = clean(_gallery(titles + pager))
    assert art.text.count("The brothers") == 4
    assert "Lights of the coast" not in art.text and "&lt;" not in art.text and "\n7\n" not in f"\n{art.text}\n"
    assert sum("slideshow pager" in r.reason for r in art.removed) == 15


def test_short_lines_with_words_or_too_few_to_be_a_pager_stay():
    # recall guard: results written with words, two figures in a row, one line said twice
    lines = ("<p>Harbour 3:1 Cape</p><p>Island 2:0 Bay</p><p>Point 1:1 Rock</p>"
             "<p>1880</p><p>1923</p><p>Then silence.</p><p>Then silence.</p>")
    art = clean(_gallery(lines))
    for kept in ("Harbour 3:1 Cape", "Point 1:1 Rock", "1923"):
        assert kept in art.text, kept
    assert not any("slideshow pager" in r.reason for r in art.removed)


def test_the_articles_footnotes_inside_or_right_after_its_container_are_kept():
    notes = ("<div class='post-footnotes'><h4>Footnotes</h4><ol><li class='footnote-item'><a href='/doc'>"
             "The harbour master's log, 1923</a></li><li class='footnote-item'>Told by the younger brother in "
             "a letter.</li></ol></div>")
    inside = (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
              f"<div class='body'>{KEEPERS * 4}{notes}</div></article></body></html>")
    after = (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
             f"<div class='body'>{KEEPERS * 4}</div></article><div class='page'>{notes}</div></body></html>")
    for html in (inside, after):
        art = clean(html)
        for kept in ("Footnotes", "The harbour master's log, 1923", "Told by the younger brother"):
            assert kept in art.text, kept


def test_blocks_after_the_container_that_are_no_notes_or_come_after_other_blocks_stay_out():
    # precision guard: a related box right after the article, and notes-classed lines only after it
    related = ("<div class='more'><p><a href='/a'>The last ferry of the year</a></p><p>A town without cars "
               "and without a harbour, on the other side of the bay.</p></div>")
    notes = "<div class='footnotes'><p>A note that belongs to the story of another page entirely.</p></div>"
    art = clean(f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
                f"<div class='body'>{KEEPERS * 4}</div></article>{related}{notes}</body></html>")
    for noise in ("The last ferry", "A town without cars", "another page entirely"):
        assert noise not in art.text, noise


def _notes_after(notes: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 4}</div></article><div class='footnotes-segment'><h4>Footnotes</h4>"
            f"{notes}</div></body></html>")


def test_notes_right_after_the_container_that_are_their_sources_bare_address_are_kept():
    # a manual's notes: one a sentence, the others only the address of the source they cite
    url = "https://example.org/archive/harbour-log-1923.html"
    art = clean(_notes_after(f"<p>Told by the younger brother in a letter.</p><p><a href='{url}'>{url}</a></p>"
                             "<p><a href='http://example.net/keepers'>www.example.net/keepers</a></p>"))
    for kept in ("Told by the younger brother", url, "www.example.net/keepers"):
        assert kept in art.text, kept


def test_a_linked_line_in_the_notes_that_is_no_bare_address_still_ends_them():
    # precision guard: a linked headline after the notes is no note, nor what follows it
    art = clean(_notes_after("<p>Told by the younger brother in a letter.</p>"
                             "<p><a href='/ferry'>The last ferry of the year</a></p>"
                             "<p><a href='https://example.org/x'>https://example.org/x</a></p>"))
    assert "Told by the younger brother" in art.text
    assert "The last ferry" not in art.text and "https://example.org/x" not in art.text


def test_a_poll_without_a_form_inside_the_body_goes_with_its_question():
    options = "".join(f"<label><input type='radio' name='q'><span>{o}</span></label>"
                      for o in ("A warm soup.", "Garlic and ginger.", "Plenty of sleep.", "Nothing special."))
    poll = f"<div class='x1'><div class='x2'><p>Which of these helps you most?</p></div><div class='x3'>{options}</div></div>"
    art = clean(_post_with_box(poll))
    assert art.text.count("The brothers") == 4
    for noise in ("Which of these", "A warm soup", "Nothing special"):
        assert noise not in art.text, noise
    assert any("a poll" in r.reason for r in art.removed)


def test_an_indented_poll_without_a_form_goes_too():
    # a template's indentation is no text: a quiz's answers set one per line, deep in its markup,
    # weigh their letters, not the spaces between their tags
    pad = "\n" + " " * 40
    options = "".join(f"{pad}<div class='a'>{pad}<input type='radio' name='q'>{pad}<label>{pad}<span>{o}</span>"
                      f"{pad}</label>{pad}</div>" for o in ("North", "South", "East", "West"))
    poll = (f"<div class='x1'>{pad}<div class='x0'>Quiz. How well do you know the coast?</div>{pad}<div class='x2'>"
            f"{pad}<div>Question 1 of 10</div>{pad}<div>Where does the old lighthouse stand?</div>"
            f"{pad}<div class='x3'>{options}{pad}</div>{pad}</div>{pad}</div>")
    assert len(poll) > 600  # (more than the poll's text limit, counted with the spaces)
    art = clean(_post_with_box(poll))
    assert art.text.count("The brothers") == 4
    for noise in ("Quiz. How well", "Question 1 of 10", "Where does the old", "North", "West"):
        assert noise not in art.text, noise
    assert any("a poll" in r.reason for r in art.removed)


def test_a_task_list_or_two_choices_in_the_body_stay():
    # recall guard: a task list's boxes are disabled; two radio buttons make no poll
    tasks = "<ul>" + "".join(f"<li><input type='checkbox' disabled> {t}</li>" for t in (
        "Clean the lamp before dusk.", "Wind the clockwork at nine.", "Write the log at midnight.")) + "</ul>"
    two = "<div><label><input type='radio'> Yes, the light stays.</label><label><input type='radio'> No.</label></div>"
    for box in (tasks, two):
        art = clean(_post_with_box(box))
        assert not any("a poll" in r.reason for r in art.removed), box
    assert "Wind the clockwork at nine." in clean(_post_with_box(tasks)).text


def test_the_linked_source_line_under_a_quote_stays():
    quote = ("<blockquote><p>The light is the last thing you see of the land and the first thing you see of it "
             "again, every night of your life.</p><p>– <a href='/letters/7'>A letter of the younger brother</a></p>"
             "</blockquote>")
    art = clean(_post_with_box(quote))
    assert "– A letter of the younger brother" in art.text


def test_a_linked_line_with_a_dash_that_follows_no_quote_still_goes():
    # precision guard: only a quote's source line is kept this way
    art = clean(_post_with_box("<p>– <a href='/more'>More letters from the keepers</a></p>"))
    assert "More letters from the keepers" not in art.text



def _epigraph(quote: str, source: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><div class='body'>"
            f"<p>{quote}<br><br>{source}</p>{KEEPERS * 4}</div></article></body></html>")


def test_the_source_line_under_an_epigraph_set_as_a_paragraph_in_quotation_marks_stays():
    # an essay opens on a quotation set as a line (no <blockquote>) and its author's line under it
    for quote in ("\u201cThe light is the last thing you see of the land.\u201d",
                  '"...the sea keeps its own hours, and the keepers learn them before anything else."',
                  "\u00abLe phare est la derni\u00e8re chose que l'on voit de la terre.\u00bb"):
        art = clean(_epigraph(quote, "\u2013 Ann Keeper"))
        assert "\u2013 Ann Keeper" in art.text, quote


def test_a_dash_line_under_a_paragraph_that_is_no_quotation_still_goes():
    # precision guard: the paragraph above is no quotation (only its start is quoted). Set at the body's
    # end, past its last good paragraph: at the start the line stands between two kept blocks and stays
    # with them as any short line there does, whatever it says
    page = (f"<html><head><title>The keepers</title></head><body><article><div class='body'>{KEEPERS * 4}"
            f"<p>\u201cLight,\u201d he said, and the keepers rowed out to it.<br><br>\u2013 Ann Keeper</p>"
            f"</div></article></body></html>")
    assert "Ann Keeper" not in clean(page).text
    quoted = page.replace("\u201cLight,\u201d he said, and the keepers rowed out to it.",
                          "\u201cThe light is the last thing you see of the land.\u201d")
    assert "\u2013 Ann Keeper" in clean(quoted).text  # the same place under a quotation keeps it


def test_thousands_of_check_boxes_and_forms_in_the_body_are_measured_once_each(monkeypatch):
    # A hostile page with thousands of check boxes and forms in the article: each element's text
    # and choice count is read once (it was read again for every input: minutes on such a page),
    # and only the first FORMS_MAX forms and CHOICE_INPUTS_MAX inputs are looked at.
    from lxml import html as lxml_html

    from newsclean.plugins.container import inside

    computed: list[tuple[str, object]] = []

    class Counting(inside._Measures):
        def text(self, el: object) -> int:
            if el not in self._text:
                computed.append(("text", el))
            return super().text(el)

        def choices(self, el: object) -> int:
            if el not in self._choices:
                computed.append(("choices", el))
            return super().choices(el)

    monkeypatch.setattr(inside, "_Measures", Counting)
    boxes = "".join(f"<input type='checkbox' name='c{i}'>" for i in range(3000))
    forms = "".join(f"<form><input name='q{i}'></form>" for i in range(600))
    root = lxml_html.fromstring(f"<article><p>{KEEPERS}</p><div><div>{boxes}</div></div><div>{forms}</div>"
                                f"<p>{KEEPERS}</p></article>")
    found = inside._form_boxes(root)
    assert len(computed) == len(set(computed))  # nothing measured twice
    assert len(computed) <= 4 * (inside.FORMS_MAX + inside.CHOICES_LEVELS)
    assert found  # the check boxes' group and the forms' boxes are still found
    art = clean(f"<html><body><article><h1>The keepers</h1>{KEEPERS * 3}<div><div>{boxes}</div></div>"
                f"<div>{forms}</div>{KEEPERS}</article></body></html>")
    assert "The brothers" in art.text


def _short_article(body: str) -> str:
    return ("<html><head><title>Moving the backups</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/docs'>Docs</a> <a href='/blog'>Blog</a></nav>"
            f"<article><h1>Moving the backups</h1>{body}</article>"
            "<footer><p>Made by a small team.</p></footer></body></html>")


def test_a_short_article_keeps_the_short_lines_between_its_sentences():
    # no paragraph reaches the prose length: the article's own sentences bound it, and a callout's
    # title and its one short line between them stay
    art = clean(_short_article(
        "<p>The app keeps its backups in one folder.</p>"
        "<div class='alert'><p class='alert-title'>Warning</p><p>Old backups stay put.</p></div>"
        "<p>Open the settings and pick a new folder.</p>"))
    assert [p.text for p in art.paragraphs] == [
        "The app keeps its backups in one folder.", "Warning", "Old backups stay put.",
        "Open the settings and pick a new folder."]


def test_short_lines_outside_a_short_articles_sentences_still_go():
    # precision guard: lines before its first or after its last sentence are still the edge
    art = clean(_short_article(
        "<p class='kicker'>Guides</p><p>The app keeps its backups in one folder.</p>"
        "<p>Open the settings and pick a new folder.</p><p>Share</p>"))
    texts = [p.text for p in art.paragraphs]
    assert texts == ["The app keeps its backups in one folder.", "Open the settings and pick a new folder."]


def test_long_paragraphs_without_counted_sentence_marks_make_no_short_article():
    # paragraphs long enough for prose that are not "good" only for want of a counted mark (a
    # script whose full stop is not counted) do not widen the article to the lines between them
    long_line = "word " * 30
    art = clean(_short_article(
        f"<p>{long_line}</p><p class='meta'>By Jane Doe 12 May</p><p>{long_line}</p>"))
    assert "By Jane Doe 12 May" not in art.text


_WIDGET_P = ("Der Stadtrat hat am Donnerstag eine neue Straßenbahnlinie zum Flughafen beschlossen und damit eine "
             "Debatte beendet, die mehr als zehn Jahre gedauert hatte.",
             "Die Linie soll elf Kilometer vom Hauptbahnhof bis zum Terminal führen, mit sieben Haltestellen auf "
             "dem Weg, und die Stadt rechnet mit zwanzigtausend Fahrgästen am Tag.",
             "Gegner hatten argumentiert, ein Schnellbus sei billiger, doch der Bürgermeister sagte, die Bahn "
             "befördere mehr Menschen.")


def _text_widgets(cls: str, second: str) -> str:
    return ("<html><head><title>Neue Bahn</title></head><body><main><article><h1>Neue Bahn</h1>"
            f"<div class='blocks'><div class='{cls}'><p>{_WIDGET_P[0]}</p></div>{second}</div></article>"
            "</main></body></html>")


def test_a_body_split_into_short_alike_text_widgets_is_kept_whole():
    # a page builder's text widgets (class "text-widget"): the one under the title is the container,
    # its twin further down holds less prose than a widget alone would need, and still joins it
    for cls in ("text-widget", "widget widget-text"):
        art = clean(_text_widgets(cls, f"<div class='{cls}'><p>{_WIDGET_P[1]}</p><p>{_WIDGET_P[2]}</p></div>"))
        assert [p.text for p in art.paragraphs] == list(_WIDGET_P), cls


def test_a_linked_or_tiny_twin_widget_does_not_join():
    # precision guard: a twin that is a list of links, or next to no text, stays out
    links = "".join(f"<a href='/s{i}'>Story number {i} of the day</a> " for i in range(6))
    for second in (f"<div class='text-widget'><p>{links}</p></div>", "<div class='text-widget'><p>Subscribe now.</p></div>"):
        art = clean(_text_widgets("text-widget", second))
        assert "Story number" not in art.text and "Subscribe now." not in art.text


_LISTING = "\n".join(f"    public static final String FIELD_{i} = \"value number {i} of the build\";" for i in range(8))


def _tutorial(after: str) -> str:
    return ("<html><head><title>Reading the build class</title></head><body><article><h3>The build class</h3>"
            "<p>Here is the decompiled build class:</p>"
            f"<div class='code-box'><div class='bar'><span>java</span></div><div class='scroll'><pre><code>"
            f"public final class Build {{\n{_LISTING}\n}}</code></pre></div></div>{after}</article></body></html>")


def test_a_code_blocks_box_is_never_the_whole_article_when_its_parent_adds_clean_prose():
    # the listing outweighs the tutorial's short sentences, but a box of code alone is no article
    art = clean(_tutorial("<p>The app targets phones and uses the new architecture.</p>"))
    texts = [p.text for p in art.paragraphs]
    assert "Here is the decompiled build class:" in texts
    assert texts[-1] == "The app targets phones and uses the new architecture."
    assert any(p.kind == "code" for p in art.paragraphs)


def test_a_code_box_does_not_climb_into_a_parent_that_adds_links():
    # precision guard: what the parent adds is a link list, not prose
    links = "".join(f"<li><a href='/t{i}'>Another tutorial number {i}</a></li>" for i in range(8))
    art = clean(_tutorial(f"<ul class='more'>{links}</ul>"))
    assert "Another tutorial" not in art.text


def _reference(items: str) -> str:
    return ("<html><head><title>API reference</title></head><body><main><article><h1>API reference</h1>"
            "<h2>Methods</h2><p>Use these methods to read and write the items of a store from your own code.</p>"
            f"<dl>{items}</dl><p>See the full reference for the rarely used methods and their options.</p>"
            "</article></main></body></html>")


def test_a_linked_term_of_a_definition_list_stays_over_its_description():
    art = clean(_reference(
        "<dt><a href='https://docs.example.org/get'>getItems()</a></dt><dd><p>Returns every item of the store, "
        "newest first.</p></dd><dt><a href='https://docs.example.org/put'>putItem(data)</a></dt>"
        "<dd><p>Stores one item and returns its new identifier.</p></dd>"))
    texts = [p.text for p in art.paragraphs]
    assert "getItems()" in texts and "putItem(data)" in texts


def test_linked_terms_over_linked_descriptions_still_go():
    # precision guard: a menu set as a definition list (a linked term over links) is a link list
    art = clean(_reference(
        "<dt><a href='/get'>getItems()</a></dt><dd><a href='/get/a'>Arguments of getItems</a></dd>"
        "<dt><a href='/put'>putItem(data)</a></dt><dd><a href='/put/a'>Arguments of putItem</a></dd>"))
    assert "getItems()" not in art.text and "Arguments of" not in art.text


_BLURB = "A short description of the item and why it is worth a look this week, with a line of detail."


def _roundup(sections: str) -> str:
    return ("<html><head><title>Weekly roundup</title></head><body><main><article><h1>Weekly roundup</h1>"
            "<p>Here are the things we liked this week, from tools to long reads, with a line on each one.</p>"
            f"{sections}<p>That is all for this week; see you next Friday with a new list.</p>"
            "</article></main></body></html>")


def test_a_roundups_linked_item_headings_stay_over_their_blurbs():
    art = clean(_roundup("".join(f"<h2>{n}. <a href='https://example.org/items/{n}'>Item number {n}</a></h2>"
                                 f"<p>{_BLURB}</p>" for n in (1, 2, 3))))
    texts = [p.text for p in art.paragraphs]
    assert ["1. Item number 1", "2. Item number 2", "3. Item number 3"] == [t for t in texts if t[:1].isdigit()]


def _boxed_items(numbered: bool) -> str:
    # a page builder's roundup: each item's linked heading in a block of its own, its blurb in the next block
    return "".join(
        f"<div class='builder-block'><div class='block-content'><h2>{f'{n}. ' if numbered else ''}"
        f"<a href='https://example.org/items/{n}'>Item number {n}</a></h2></div></div>"
        f"<div class='builder-block'><div class='block-content'><p>{_BLURB}</p></div></div>" for n in (1, 2, 3))


def test_a_roundups_numbered_linked_headings_in_boxes_of_their_own_stay():
    texts = [p.text for p in clean(_roundup(_boxed_items(numbered=True))).paragraphs]
    assert ["1. Item number 1", "2. Item number 2", "3. Item number 3"] == [t for t in texts if t[:1].isdigit()]


def test_unnumbered_linked_headings_in_boxes_of_their_own_still_go():
    # precision guard: without a number, linked headings each in a box apart from the prose are other stories'
    art = clean(_roundup(_boxed_items(numbered=False)))
    assert "Item number" not in art.text
    assert any(r.text == "Item number 1" and r.plugin == "content:locate" for r in art.removed)


def test_one_linked_heading_over_a_paragraph_still_goes():
    # precision guard: one linked heading (another story's, or the post's own title again) is a link
    art = clean(_roundup(f"<h2><a href='https://example.org/other-story'>Read the other story</a></h2><p>{_BLURB}</p>"))
    assert "Read the other story" not in art.text


def _titled_items(title: str) -> str:
    # a listicle's or newsletter's items: each a box holding a linked title (``{n}``: its number) and its blurb
    return "".join(f"<div class='entry'>{title.format(n=n)}<p>{_BLURB} Item {n} of the list.</p></div>"
                   for n in (1, 2, 3))


def test_a_listicles_numbered_linked_lines_stay_over_their_blurbs():
    art = clean(_roundup(_titled_items("<p><strong><a href='https://example.org/tools/{n}'>{n}. Tool number {n}"
                                       "</a></strong></p>")))
    assert all(f"{n}. Tool number {n}" in art.text for n in (1, 2, 3))


def test_a_newsletters_headings_set_inside_their_links_stay_over_their_blurbs():
    page = _roundup(_titled_items("<a href='https://example.org/stories/{n}'><h3>Story number {n}</h3></a>"))
    art = clean(page.replace("<head>", "<head><link rel='canonical' href='https://letters.example.net/week'>"))
    assert all(f"Story number {n}" in art.text for n in (1, 2, 3))


def test_a_sites_own_teaser_headings_inside_their_links_still_go():
    # precision guard: headlines linked to the page's own site over their blurbs are its teasers (on a dated
    # issue: an undated page's linked card headings over their sentences are a landing page's features)
    page = _roundup(_titled_items("<a href='/stories/{n}'><h3>Story number {n}</h3></a>")).replace(
        "<h1>Weekly roundup</h1>", "<h1>Weekly roundup</h1><p><time datetime='2026-04-07'>7 April 2026</time></p>")
    art = clean(page.replace("<head>", "<head><link rel='canonical' href='https://letters.example.net/week'>"))
    assert "Story number" not in art.text


def test_read_also_lines_over_paragraphs_still_go():
    # precision guard: a "Read also" pointer is another story's, however many alike items carry one
    art = clean(_roundup(_titled_items("<p><a href='https://example.org/other/{n}'>Read also: {n}. Other story "
                                       "{n}</a></p>")))
    assert "Other story" not in art.text


_CARD = ("<div class='author-card'><a href='/authors/jane' rel='author'>Jane Roe</a><div class='bio'><p>I write "
         "about storage, databases and the people who run them, and I like to share what I learn from "
         "building fast and reliable systems.</p></div></div>")


def _front(card: str, body: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><main><h1>The keepers</h1>"
            "<section class='front'><p class='abstract'>Two brothers keep the last manned lighthouse of the "
            f"coast, as their father did.</p><p class='date'>7 April 2026</p>{card}</section><section>{body}</section>"
            "</main></body></html>")


def test_an_author_card_above_the_body_goes_as_a_bio():
    art = clean(_front(_CARD, KEEPERS * 3))
    assert "I write about storage" not in art.text and art.paragraphs[1].text.startswith("The brothers")
    assert art.paragraphs[0].text.startswith("Two brothers keep")  # (the front matter's abstract stays)
    assert any(r.kind == "bio" and r.text.startswith("I write about") and r.plugin == "content:locate"
               for r in art.removed)


def test_an_author_classed_box_over_a_short_body_or_holding_a_headline_stays():
    # recall guard: a body of its own must follow (three prose paragraphs outside any author box) ...
    art = clean(_front(_CARD, KEEPERS))
    assert "I write about storage" in art.text
    # ... and a headline in an author-named meta box is no author card
    meta = ("<div class='meta-author'><h2>Life on the island, forty years on</h2><p>The last keepers of the "
            "light remember the long winters, the supply boat and the silence after the storms.</p></div>")
    art = clean(_front(meta, KEEPERS * 3))
    assert not any(r.kind == "bio" for r in art.removed)


def _habits(items: str) -> str:
    return ("<html><head><title>House rules</title></head><body><main><article><h1>House rules</h1>"
            "<p>These are the small rules I keep for myself, written down so that I can check them once a year.</p>"
            f"<ul>{items}</ul><p>Most of them are easy; the hard part is keeping them when the week gets busy.</p>"
            "</article></main></body></html>")


def test_a_partly_linked_item_in_a_list_of_unlinked_items_stays():
    art = clean(_habits("<li>I write dates the same way everywhere</li><li>I keep notes in plain files</li>"
                        "<li>I ask myself <a href='/review'>a few questions every year</a></li>"
                        "<li>I cook lunches for the week on Sunday</li>"))
    assert "I ask myself a few questions every year" in [p.text for p in art.paragraphs]


def test_partly_linked_items_of_a_list_of_linked_stories_still_go():
    # precision guard: "More stories" whose every item holds a link ("Title, <a>more of it</a>")
    art = clean(_habits("".join(f"<li>Story number {n} opens, <a href='/s{n}'>and goes on in its link</a></li>"
                                for n in range(5))))
    assert "Story number" not in art.text


def _headed_sections(opening: str) -> str:
    return ("<html><head><title>A new tool</title></head><body><article><div class='intro'>"
            f"{opening}<p>If that is pitch enough, <a href='/docs'>read the guide here</a>.</p>"
            "<p>If not, let me tell you why it matters to us.</p></div>"
            "<h2>Why do we test with random inputs?</h2><div class='part'><p>The main gains are:</p><ul>"
            "<li>Good generators for building test inputs.</li><li>Shrinking down to the smallest failing case.</li>"
            "<li>A store of old failures that replays them fast.</li></ul>"
            "<p>Shrinking is very useful in practice.</p></div></article></body></html>")


def test_a_short_opening_sentence_before_kept_lines_and_a_first_heading_stays():
    # the first good block is a section heading: the kept lines right before it stand for the body's start
    art = clean(_headed_sections("<p>We built a new tool.</p>"))
    assert art.paragraphs[0].text == "We built a new tool."
    assert not any(r.text == "We built a new tool." for r in art.removed)


def test_a_line_trailing_off_before_kept_lines_and_a_first_heading_still_goes():
    # precision guard: the same look, but the line is a label trailing off, not a sentence
    art = clean(_headed_sections("<p>Read on...</p>"))
    assert art.paragraphs[0].text.startswith("If that is pitch enough")
    assert any(r.text == "Read on..." and r.plugin == "content:locate" for r in art.removed)


def _ending_on_a_list(closing: str) -> str:
    return ("<html><head><title>A new tool</title></head><body><article><h1>A new tool</h1><div class='body'>"
            "<p>The main gains are:</p><ul><li>Good generators for building test inputs.</li>"
            "<li>Shrinking down to the smallest failing case.</li><li>A store of old failures that replays them "
            "fast.</li></ul><p>If not, let me tell you why it matters to us.</p>"
            f"{closing}</div></article></body></html>")


def test_a_short_closing_sentence_after_kept_lines_that_follow_a_last_list_stays():
    # the last good block is a list item: the kept lines right after it stand for the body's end
    art = clean(_ending_on_a_list("<p>Try it today.</p>"))
    assert art.paragraphs[-1].text == "Try it today."


def test_a_line_trailing_off_after_kept_lines_that_follow_a_last_list_still_goes():
    # precision guard: a label trailing off is no closing sentence
    art = clean(_ending_on_a_list("<p>Read more...</p>"))
    assert art.paragraphs[-1].text.startswith("If not, let me tell you")
    assert any(r.text == "Read more..." and r.plugin == "content:locate" for r in art.removed)


def _ending_on_code(tail: str) -> str:
    listing = "<pre><code>" + "\n".join(f"step_{n}()  # run part {n}" for n in range(12)) + "</code></pre>"
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 2}<p>The whole run looks like this:</p>{listing}{tail}</div>"
            f"</article></body></html>")


def test_a_short_closing_sentence_after_a_last_code_listing_stays():
    # the listing is the article's last good block; the closing line is a <p> of the body's paragraphs
    art = clean(_ending_on_code("<p>That is all for this post.</p>"))
    assert art.paragraphs[-1].text == "That is all for this post."
    assert any(p.kind == "code" for p in art.paragraphs)


def test_a_short_closing_sentence_after_a_last_list_stays():
    items = "".join(f"<li>Keep lamp number {i} clean and trimmed every evening before dusk.</li>" for i in range(5))
    for tail, kept in (("<p>Happy hacking!</p>", True), ("<p>You may also like...</p>", False),
                       ("<p><a href='/more'>More stories here.</a></p>", False)):
        art = clean(_ending(f"<p>The rules were these:</p><ul>{items}</ul>{tail}"))
        assert (art.paragraphs[-1].text in tail) is kept, tail
        assert art.paragraphs[-1 - kept].kind == "list_item", tail


def test_short_lines_after_a_last_code_listing_that_are_no_closing_sentence_still_go():
    for tail in ("<p>You may also like...</p>", "<p><a href='/more'>More stories here.</a></p>",
                 "<div class='after'><p>Share this story.</p></div>", "<p>tags: light, sea.</p>"):
        art = clean(_ending_on_code(tail))
        assert art.paragraphs[-1].kind == "code", tail
        assert art.removed, tail


LINKED_CODE = """<html><head><title>Using the widget API</title></head><body>
<nav><a href='/'>Home</a> <a href='/docs'>Docs</a> <a href='/blog'>Blog</a></nav>
<article><h1>Using the widget API</h1>
<p>The widget API lets a program build and render widgets without a browser. This post walks through the
main calls and shows a complete example that you can copy.</p>
<pre><code><a href='/docs/widget'>import widget</a>
<a href='/docs/builder'>builder</a> = <a href='/docs/Builder'>widget.Builder</a>(<a href='/docs/theme'>theme</a>="dark")
<a href='/docs/add'>builder.add</a>("button")</code></pre>
<p>The render call returns the markup as a string, so you can write it to a file or send it over the
network as you like.</p>
<ul><li><a href='/docs/a'>Widget basics</a></li><li><a href='/docs/b'>Themes and sizes</a></li>
<li><a href='/docs/c'>Rendering to files</a></li></ul>
<p>That covers the basics; the reference lists every option of every call in the same order as the source.</p>
</article></body></html>"""


def test_a_code_listing_whose_names_are_links_is_code_not_a_link_list():
    # a docs generator links the names of a listing to their reference: most of its text is link text
    art = clean(LINKED_CODE)
    code = [p for p in art.paragraphs if p.kind == "code"]
    assert len(code) == 1 and "widget.Builder" in code[0].text and "builder.add" in code[0].text
    # precision: a list of links in the same body is still a link list
    assert "Themes and sizes" not in art.text
    assert any("link list" in r.reason and "Themes and sizes" in r.text for r in art.removed)


def _long_post_with_box(box: str) -> str:
    return (f"<html><head><title>The keepers</title></head><body><article><h1>The keepers</h1>"
            f"<div class='body'>{KEEPERS * 4}{box}{KEEPERS * 4}</div></article></body></html>")


def test_the_pitch_over_a_newsletter_form_goes_with_its_form():
    # a sign-up box's heading and blurb (over 200 characters, the plain form box's limit) above its e-mail field
    box = ("<section class='signup'><div class='row'><h2>Join 40,000 readers who get our weekly letter on keeping "
           "lighthouses, harbours and the people who run them.</h2><p>You will also receive our field guide to "
           "coastal lights, a short collection of our best letters on lamps, lenses and the long nights of the "
           "keepers.</p></div><div class='row'><form><input type='email' name='address'>"
           "<input type='submit' value='Go'></form></div></section>")
    art = clean(_long_post_with_box(box))
    assert "Join 40,000 readers" not in art.text and "field guide" not in art.text
    assert art.text.count("The brothers") == 8
    assert any("Join 40,000" in r.text and r.plugin == "content:locate" for r in art.removed)


def test_the_same_pitch_over_a_form_asking_no_address_stays():
    # recall guard: only a form asking an e-mail address (a sign-up) widens its box to its pitch
    box = ("<section class='vote'><div class='row'><h2>Join 40,000 readers who tell us every week which "
           "lighthouses, harbours and keepers we should write about next.</h2><p>You will also see the results "
           "of last week's question, a short note on lamps, lenses and the long nights of the keepers, in our "
           "next letter.</p></div><div class='row'><form><select name='pick'><option>North</option></select>"
           "<button>Go</button></form></div></section>")
    art = clean(_long_post_with_box(box))
    assert "Join 40,000 readers" in art.text


def test_a_short_closing_sentence_opening_with_a_quotation_mark_stays():
    # the quoted sentence's capital is read past the ASCII quotation mark
    art = clean(_ending("<p>\"The light went out,\" he said.</p>"))
    assert art.paragraphs[-1].text == "\"The light went out,\" he said."


def test_a_short_closing_sentence_after_a_kept_longer_line_stays():
    # a line kept between the last paragraph of prose and the closing sentence is looked past
    near = "<p>In an interview, the last keeper told us why he had stayed on the rock.</p>"
    art = clean(_ending(near + "<p>It was home.</p>"))
    assert [p.text for p in art.paragraphs[-2:]] == [near[3:-4], "It was home."]


def test_quoted_or_far_short_lines_after_the_article_that_are_no_closing_sentence_still_go():
    # precision guard: a quoted lower-case fragment; a short line past the reach (kept lines between)
    art = clean(_ending("<p>\"tags: light, sea.\"</p>"))
    assert art.paragraphs[-1].text.startswith("The brothers")
    near = "".join(f"<p>In an interview, keeper number {i} told us why he had stayed on the rock.</p>"
                   for i in range(3))
    art = clean(_ending(near + "<p>It was home.</p>"))
    assert art.paragraphs[-1].text != "It was home."


def _broken(tail: str) -> str:
    lines = "<br><br>".join(KEEPERS_LINES)
    return (f"<html><head><title>The keepers</title></head><body><div class='post'><h1>The keepers</h1>"
            f"<div class='post-body'>{lines}<br><br>{tail}</div></div>"
            f"<div class='links'><a href='/a'>Subscribe to: Post Comments (Atom)</a></div></body></html>")


KEEPERS_LINES = ["The brothers kept the light on the rock for forty years, through storms and quiet summers, "
                 "and never once let the lamp go dark on a winter night." for _ in range(4)]


def test_a_short_closing_line_of_a_body_set_as_broken_lines_stays():
    # an old blog post's body: <br>-broken lines in one element; its last short sentence is the author's
    art = clean(_broken("Have a fine weekend, everyone!"))
    assert art.paragraphs[-1].text == "Have a fine weekend, everyone!"


def test_a_short_line_in_another_element_after_broken_lines_still_goes():
    page = _broken("").replace("</div></div>", "</div><div class='footer-note'>Have a fine weekend.</div></div>")
    assert clean(page).paragraphs[-1].text.startswith("The brothers")
