"""The dump locator: a caption a flattened picture carousel says word for word under every slide is kept
once; a sentence the article repeats beside other repeated lines (a list, fine print) stays every time."""
from __future__ import annotations

import newsclean
from newsclean import Cleaner
from newsclean.plugins import textdump

PARAS = [
    "The old ferry terminal will reopen as a market hall next spring, the harbour board said on Monday evening.",
    "Traders had asked for a covered hall for years, and the board found the money in a fund for empty buildings.",
    "The roof will be repaired first, then the floor, and the stalls should be ready by the end of the winter.",
    "A café on the upper floor will look out over the water, where the ferries used to dock before the bridge.",
    "Residents can see the plans in the town library until the end of the month and leave their comments there.",
    "The board expects about forty stalls, most of them for farmers and fishermen from the villages nearby.",
    "Parking will move to the old goods yard behind the station, a short walk from the hall's main entrance.",
]
CAPTION = "The ferry terminal has stood empty since the bridge opened twelve years ago. (Example Photo Agency)"


def _clean(lines: list[str]) -> newsclean.Article:
    return Cleaner(plugins=[textdump], entry_points=False).clean("\n".join(lines), input_kind="text")


def test_a_caption_said_three_times_between_paragraphs_is_kept_once() -> None:
    lines = [PARAS[0], CAPTION, PARAS[1], PARAS[2], CAPTION, PARAS[3], PARAS[4], CAPTION, PARAS[5], PARAS[6]]
    art = _clean(lines)
    assert art.text.count(CAPTION) == 1
    assert all(p in art.text for p in PARAS)
    gone = [r for r in art.removed if r.text == CAPTION]
    assert len(gone) == 2 and all("caption said again" in r.reason for r in gone)


def test_a_caption_said_twice_stays_twice() -> None:
    lines = [PARAS[0], CAPTION, PARAS[1], PARAS[2], PARAS[3], CAPTION, PARAS[4], PARAS[5], PARAS[6]]
    assert _clean(lines).text.count(CAPTION) == 2


def test_fine_print_repeated_with_its_neighbours_stays_every_time() -> None:
    terms = ["Offer valid for bookings made before the end of the month at all of our partner hotels.",
             "The discount applies to the room rate only and not to meals or taxes."]
    lines = [PARAS[0], PARAS[1], *terms, PARAS[2], PARAS[3], *terms, PARAS[4], PARAS[5], *terms, PARAS[6]]
    art = _clean(lines)
    assert all(art.text.count(t) == 3 for t in terms)


def test_a_sentence_without_a_credit_said_three_times_stays() -> None:
    # (fine print said under each offer reads the same; only a caption's credit tells a caption)
    line = CAPTION.rsplit(" (", 1)[0]
    lines = [PARAS[0], line, PARAS[1], PARAS[2], line, PARAS[3], PARAS[4], line, PARAS[5], PARAS[6]]
    assert _clean(lines).text.count(line) == 3
