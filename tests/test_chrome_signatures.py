"""chrome: a forum post's signature (the member's lines under each post) is chrome, recorded; a
function's or a type's signature in a reference page is not."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import regions

POSTS = ["My balcony tomatoes split every summer after a heavy rain, even though I water them each evening. "
         "Is there a variety that copes better, or should I change how I water them?",
         "Splitting comes from uneven water: a dry spell and then a soaking. Mulch the pots and water in the "
         "morning instead of the evening, and the fruit will cope with the storms much better.",
         "Cherry varieties split less in my experience, and a deeper pot holds the moisture longer between "
         "the waterings, so the plant never swings from dry to soaked in one afternoon."]
SIGNATURE = "Growing on a north balcony since the spring of last year, six pots and one stubborn fig tree"


@pytest.mark.parametrize("cls", ["message-signature", "signature", "post-signature", "entry__signature"])
def test_a_posts_signature_goes(cls: str) -> None:
    items = "".join(f'<article class="message"><div class="message-body"><p>{p}</p></div>'
                    f'<div class="{cls}">{SIGNATURE} ({i})</div></article>' for i, p in enumerate(POSTS))
    html = ("<html><head><title>Tomatoes split after rain</title></head><body><main>"
            f"<h1>Tomatoes split after rain</h1>{items}</main></body></html>")
    art = newsclean.clean(html)
    assert POSTS[0][:30] in art.text
    assert SIGNATURE not in art.text
    gone = [r for r in art.removed if SIGNATURE in r.text]
    assert gone and all(r.plugin == "chrome:chrome" and "signature" in r.reason for r in gone)


REFERENCE = ("<p>Opens the file at the given path and returns a reader over its records. The reader must be "
             "closed by the caller, or used in a with block, so that the file handle is released.</p>"
             "<p>Raises an error when the file does not exist or cannot be read by the current user.</p>")


@pytest.mark.parametrize("markup", [
    '<div class="member-signature">public RecordReader open(String path, int bufferSize)</div>',
    '<h3>open<span class="signature">(path, buffer_size=4096)</span></h3>',
])
def test_a_functions_signature_in_a_reference_page_stays(markup: str) -> None:
    html = ("<html><head><title>RecordReader reference</title></head><body><main><h1>RecordReader reference</h1>"
            f"{markup}{REFERENCE}</main></body></html>")
    art = newsclean.clean(html)
    assert "buffer" in art.text.lower() and "Opens the file" in art.text
    assert not [r for r in art.removed if "signature" in r.reason]


def test_the_signed_line_under_a_letter_stays() -> None:
    letter = "".join(f"<p>{p}</p>" for p in POSTS)
    html = ("<html><head><title>Letter to the members</title></head><body><main><h1>Letter to the members</h1>"
            f'{letter}<p class="signature">Jane Example, chair of the garden committee</p></main></body></html>')
    art = newsclean.clean(html)
    assert "Jane Example" in art.text


def test_signature_vocabulary_is_lower_case_data() -> None:
    words = regions.REGION_PARTS["signature"] | regions.SIGNATURE_OWNER_PARTS
    assert all(w == w.lower() and w.isalpha() for w in words)
