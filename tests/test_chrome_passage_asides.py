"""An ``<aside>`` among the body's paragraphs whose own paragraphs share their style (a class the ``<p>``
siblings have) is a passage of the text set apart, no sidebar (plugins/chrome.py, ``_passage_of_text``);
an aside of unstyled paragraphs or of a style of its own (a fact box) goes as before."""
from newsclean import clean

_P = "<p class='post-p'>{}</p>"
_BODY = [
    "We ran the first builds on the new machines last month, and the results matched what the vendor had "
    "promised for the isolated memory: no process outside the build could read what it wrote.",
    "The next step was to check that the measurements the hardware signs match the program we meant to run, "
    "which we did by compiling it again on a second machine and comparing the two digests.",
    "Both digests matched on every run, so the report the hardware signs really does tie the output to the "
    "program that produced it, and a reader can check that without trusting our servers.",
    "We will publish the scripts we used next week, together with the digests of every build we ran, so "
    "that anyone with the same hardware can repeat the whole exercise from the start.",
]
_NOTE = ["The disks need no such protection: a read-only disk can be hashed block by block, and the tree of "
         "those hashes checked before the build reads anything from it.",
         "A writable disk is another matter, but the builds we ran never needed one, since every output went "
         "straight into the memory the hardware measures and signs."]


def _page(note_p: str, aside_class: str = "note") -> str:
    aside = f"<aside class='{aside_class}'><h3>On disks</h3>" + "".join(note_p.format(t) for t in _NOTE) + "</aside>"
    body = "".join(_P.format(t) for t in _BODY[:2]) + aside + "".join(_P.format(t) for t in _BODY[2:])
    return ("<html><head><title>Signed builds</title></head><body><main><article><h1>Signed builds</h1>"
            f"<section class='doc'>{body}</section></article></main></body></html>")


def test_an_aside_in_the_body_paragraph_style_stays():
    art = clean(_page(_P, aside_class="box-side"))
    assert "a read-only disk can be hashed block by block" in art.text
    assert "On disks" in art.text


def test_an_aside_of_its_own_style_or_unstyled_goes():
    for note_p in ("<p class='fact'>{}</p>", "<p>{}</p>"):
        art = clean(_page(note_p, aside_class="box-side"))
        assert "a read-only disk can be hashed block by block" not in art.text
