"""One element's lines broken by ``<br>`` (plugins/content.py ``_whole_broken_lines``): a poem set as
lines in one ``<div>`` is one paragraph of the author's; when some of its lines are kept, its other short
unlinked lines stay too, instead of the edge trimming eating the first and last stanzas. An element that
holds a line of links (a template's box) is left to the usual verdicts."""
from newsclean import clean

_VERSES = ("The harbour lamps are burning low,", "The tide is turning in the bay,", "And where the herring gulls go",
           "The morning finds its quiet way.", "", "A rope, a net, a painted boat,",
           "A kettle singing on the stove,", "The longest letter that she wrote", "Still folded in the drawer of cove.",
           "", "So let the weather have its say,", "And let the shutters knock and sway;",
           "The harbour keeps what it was told,", "And gives it back when we are old.")


def _poem(extra: str = "") -> str:
    return "<div class='verse'>" + "<br/>".join(_VERSES) + extra + "</div>"


def _page(poem: str) -> str:
    return ("<html><head><title>Harbour Evening - The Quayside Review</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/poems'>Poems</a> <a href='/about'>About</a></nav>"
            "<div id='main'><h1>Harbour Evening</h1>"
            "<div class='byline'>Posted by <a href='/authors/m-lund'>Mara Lund</a></div>"
            f"<div class='post-body'>{poem}</div>"
            "<div class='tags'>Tags: <a href='/t/sea'>sea</a>, <a href='/t/evening'>evening</a>, "
            "<a href='/t/verse'>verse</a></div></div>"
            "<footer><p>About us. Contact. Privacy.</p></footer></body></html>")


def test_a_poems_first_and_last_stanzas_stay():
    art = clean(_page(_poem()))
    assert "The harbour lamps are burning low," in art.text
    assert "The morning finds its quiet way." in art.text
    assert "And gives it back when we are old." in art.text


def test_lines_of_an_element_holding_links_keep_their_verdicts():
    linked = "<br/><a href='/poems/next'>Next poem</a> | <a href='/poems/prev'>Previous poem</a>"
    art = clean(_page(_poem(linked)))
    assert "Next poem" not in art.text
