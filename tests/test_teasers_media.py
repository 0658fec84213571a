"""A video or audio teaser's title and blurb in its player's card (plugins/teasers.py, step ``media``)."""
from __future__ import annotations

import newsclean

from riverside_page import P, Q, R, page as _page, texts as _texts

CLIP = "Harbour crane lifted into place overnight"
BLURB = "Crews worked through the night to lift the new crane onto the quay at the old harbour."


def _card(time: str = "2:34", cls: str = "video-card", blurb: str = BLURB, label: str = "") -> str:
    # a player's card: a picture, the clip's title and running time, a blurb under it
    return (f'<div class="{cls}"><div class="thumb"><img alt="">{label}</div>'
            f'<div class="info"><h3>{CLIP}</h3><span class="len">{time}</span></div>'
            f'<p class="desc">{blurb}</p></div>')


def _removed(html: str) -> list[str]:
    return [r.text for r in newsclean.clean(html).removed if r.plugin == "teasers:media"]


def test_video_card_title_and_blurb_go() -> None:
    art = newsclean.clean(_page(_card()))
    assert [p.text for p in art.paragraphs] == [P, Q, R]
    gone = {r.text: r for r in art.removed if r.plugin == "teasers:media"}
    assert {CLIP, BLURB} <= set(gone)
    assert gone[BLURB].kind == "related"


def test_labelled_running_time_and_media_label() -> None:
    # no class names the player: a media label alone in its element does; the time has its unit
    html = _page(_card(time="02:57 Min.", cls="box", label="<span>Video</span>"))
    assert {CLIP, BLURB} <= set(_removed(html))


def test_duration_label_before_the_time() -> None:
    html = _page(_card(time="<span class='a11y'>Duration </span>1:30", cls="mediaEmbed playerCard"))
    assert {CLIP, BLURB} <= set(_removed(html))


def test_clock_time_in_a_box_naming_no_player_stays() -> None:
    # a live blog's entry: a clock time, a heading and its text; nothing names a clip or a player
    html = _page(_card(time="20:42", cls="entry"))
    assert CLIP in _texts(html) and BLURB in _texts(html)


def test_media_card_without_a_running_time_stays() -> None:
    html = _page(_card(time="12 May 2025"))
    assert BLURB in _texts(html)


def test_card_holding_a_long_text_stays() -> None:
    # a block longer than a blurb: the box holds text of its own (an article's passage beside a clip)
    long_text = " ".join([BLURB] * 6)
    assert long_text in _texts(_page(_card(blurb=long_text)))


def test_video_page_description_stays() -> None:
    # the card is most of the page: a video page's own description, no teaser
    html = (f"<html><head><title>{CLIP}</title></head><body><article><h1>{CLIP}</h1>"
            f"{_card()}<p>{P}</p></article></body></html>")
    assert BLURB in _texts(html)


def test_media_step_disabled_keeps_the_card() -> None:
    cleaner = newsclean.Cleaner(disable=["teasers:media"])
    assert BLURB in [p.text for p in cleaner.clean(_page(_card())).paragraphs]


def test_running_time_with_its_unit_after_the_date_needs_no_player_word() -> None:
    # a figure whose classes are hashes: the clip's date and running time under its blurb say it is a clip
    fig = (f'<figure class="c1x9"><div class="p8q"><picture><img alt=""></picture></div>'
           f'<figcaption><p class="k2z">{BLURB}</p><small class="m7">26.10.2025 | 2:43 min</small></figcaption></figure>')
    assert BLURB in _removed(_page(fig))
    # the same figure with a date alone under the caption: a picture's, it stays
    assert BLURB in _texts(_page(fig.replace("26.10.2025 | 2:43 min", "26.10.2025")))


def test_a_player_at_zero_says_no_clip_length() -> None:
    # 0:00, a player's position before it plays (a looping clip beside a product's text): no teaser
    assert BLURB in _texts(_page(_card(time="0:00")))
