"""Pull quotes: a quote block repeating a sentence of the body goes with its speaker's line; a quotation said once stays."""
from __future__ import annotations

import newsclean
from newsclean.plugins.inbody.pullquotes import MAX_DISTANCE, letters

P1 = ("The city council approved a new tram line to the airport on Thursday, ending a debate that had run "
      "for more than ten years, and construction is due to start next spring.")
SAID = "We waited ten years for this line, and now the whole city will feel the difference."
P2 = f"The mayor was pleased. “{SAID}” she told reporters after the vote, adding that the first trams would run in 2028."
P3 = "Opponents had argued that an express bus would be cheaper, but the mayor said the tram would carry more people."
P4 = "The line will run eleven kilometres from the central station to the terminal, with seven stops on the way."


def _page(box: str, before: str = P1, fillers: int = 0) -> str:
    more = "".join(f"<p>Paragraph {i} of the story runs on about the stops, the costs and the timetable of the line.</p>"
                   for i in range(fillers))
    return ("<html><head><title>Tram line approved</title></head><body><article><h1>Tram line approved</h1>"
            f"<p>{before}</p>{box}{more}<p>{P2}</p><p>{P3}</p><p>{P4}</p></article></body></html>")


def _pulled(art: newsclean.Article) -> list[str]:
    return [r.text for r in art.removed if r.plugin == "captions:pullquotes"]


def test_letters_compare_words_only() -> None:
    assert letters("“It's over,” she said.") == letters("IT’S OVER — SHE SAID") == "itsovershesaid"


def test_pull_quote_and_its_speaker_go() -> None:
    art = newsclean.clean(_page(f"<div class='quote-box'><blockquote>“{SAID}”</blockquote><p>— Jane Doe, Mayor</p></div>"))
    assert _pulled(art) == [f"“{SAID}”", "— Jane Doe, Mayor"]
    assert all(r.kind == "pullquote" for r in art.removed if r.plugin == "captions:pullquotes")
    assert P2 in art.text and P1 in art.text and P3 in art.text


def test_speaker_outside_the_quote_box_stays() -> None:
    # the line after the quote is the next paragraph of the text, not in the quote's box
    art = newsclean.clean(_page(f"<blockquote>“{SAID}”</blockquote><p>Jane Doe</p>"))
    assert _pulled(art) == [f"“{SAID}”"] and "Jane Doe" in art.text


def test_quotation_said_once_stays() -> None:
    once = "Nobody asked the people who live along the route what they wanted from the line."
    art = newsclean.clean(_page(f"<blockquote>“{once}”</blockquote><p>— John Roe</p>"))
    assert not _pulled(art) and once in art.text


def test_quote_far_from_the_sentence_it_repeats_stays() -> None:
    # a post quoting its own sentence many paragraphs later: an argument, not a box beside the text
    art = newsclean.clean(_page(f"<blockquote>“{SAID}”</blockquote>", fillers=MAX_DISTANCE + 2))
    assert not _pulled(art) and f"“{SAID}”" in art.text
