"""The captions plugin: a credited news photo's caption goes, a figure without a credit keeps its caption."""
from __future__ import annotations

from typing import Callable

import pytest

import newsclean
from newsclean.plugins import captions
from newsclean.plugins.captions import CREDIT_PARTS, names_credit


@pytest.mark.parametrize("value", [
    "credit", "caption__credit", "figcaption__credit", "CaptionCredit-x1Yz", "image-source-caption",
    "media-caption__source", "typo-fotocredit", "bildcopyright", "image__sources", "caption-author",
    "figure js-figure-credit",
])
def test_class_values_naming_a_credit(value: str) -> None:
    assert names_credit(value)


@pytest.mark.parametrize("value", ["", "caption", "resource-list", "authority", "sourcemap-link", "figure__image"])
def test_class_values_naming_no_credit(value: str) -> None:
    assert not names_credit(value)


P1 = ("The city council approved a new tram line to the airport on Thursday, ending a debate that had run "
      "for more than ten years, and construction is due to start next spring.")
P2 = ("The line will run eleven kilometres from the central station to the terminal, with seven stops on the "
      "way, and the council expects twenty thousand passengers a day.")
P3 = "Opponents had argued that an express bus would be cheaper, but the mayor said the tram would carry more people."


def _page(figure: str) -> str:
    return ("<html><head><title>Tram line approved</title></head><body><article><h1>Tram line approved</h1>"
            f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p></article></body></html>")


def test_credited_photo_caption_goes() -> None:
    cap = "A tram waits at the central station on Thursday morning before the vote."
    art = newsclean.clean(_page(f'<figure><img src="t.jpg"><figcaption>{cap} '
                                f'<span class="image-credit">Jane Roe</span></figcaption></figure>'))
    assert cap not in art.text and P2 in art.text and P3 in art.text
    assert [(r.kind, r.plugin) for r in art.removed if r.plugin == "captions:figures"] == [("caption", "captions:figures")]


def test_figure_without_credit_keeps_its_caption() -> None:
    cap = "The planned route, with the seven stops between the station and the terminal"
    art = newsclean.clean(_page(f'<figure><img src="map.png"><figcaption>{cap}</figcaption></figure>'))
    assert cap in art.text


def test_caption_outside_a_figure_stays() -> None:
    cap = "The planned route of the new line between the station and the airport terminal"
    art = newsclean.clean(_page(f'<div class="media"><p class="caption">{cap}</p><span class="credit">City</span></div>'))
    assert not any(r.plugin == "captions:figures" for r in art.removed)


def test_text_dump_is_left_alone() -> None:
    cleaner = newsclean.Cleaner(plugins=[captions], entry_points=False)
    art = cleaner.clean("\n\n".join([P1, "A tram at the station. Credit: Jane Roe", P2, P3]), input_kind="text")
    assert not art.removed


def test_credit_parts_are_lower_case_words() -> None:
    assert all(p == p.lower() and p.isalpha() for p in CREDIT_PARTS)


BOX_CAP = "Passengers board a test tram at the airport terminal on Thursday morning."


def _box(inner: str) -> str:
    return f'<div class="image-widget">{inner}</div>'


def test_a_picture_box_caption_over_a_credit_line_goes() -> None:
    # a page builder's image widget (no <figure>): the picture, its caption, a credit line
    art = newsclean.clean(_page(_box(f'<span class="img"><img src="t.jpg"></span><p>{BOX_CAP}</p>'
                                     '<p>Image: Jane Roe</p>')))
    assert BOX_CAP not in art.text
    assert P1 in art.text and P2 in art.text
    assert any(r.kind == "caption" and r.plugin == "captions:figures" and r.text == BOX_CAP for r in art.removed)


@pytest.mark.parametrize("inner", [
    f'<img src="t.jpg"><p>{BOX_CAP}</p>',  # no credit line under it
    f'<p>{BOX_CAP}</p><p>Image: Jane Roe</p>',  # no picture before it
    f'<img src="t.jpg"><p>{BOX_CAP}</p><p>{P3}</p><p>Image: Jane Roe</p>',  # not right before the credit
    f'<p>Read on.</p><img src="t.jpg"><p>{BOX_CAP}</p><p>Image: Jane Roe</p>',  # text before the picture
])
def test_a_paragraph_that_is_no_picture_boxs_caption_stays(inner: str) -> None:
    art = newsclean.clean(_page(_box(inner)))
    assert BOX_CAP in art.text


@pytest.mark.parametrize("inner", [
    # the credit over the caption, one element with a <br> between them
    f'<a href="/full/t.jpg"><img src="t.jpg"></a><div class="image-caption"><span class="tiny">© Jane Roe/Example '
    f'Agency</span><br><span class="caption">{BOX_CAP}</span></div>',
    # the credit over the caption, each its own paragraph
    f'<img src="t.jpg"><p>Photo: Jane Roe</p><p class="caption">{BOX_CAP}</p>',
])
def test_a_picture_box_caption_under_its_credit_line_goes(inner: str) -> None:
    art = newsclean.clean(_page(_box(inner)))
    assert BOX_CAP not in art.text
    assert P1 in art.text and P2 in art.text
    assert any(r.kind == "caption" and r.plugin == "captions:figures" and r.text == BOX_CAP for r in art.removed)


@pytest.mark.parametrize("inner", [
    f'<p>Photo: Jane Roe</p><p class="caption">{BOX_CAP}</p>',  # no picture before them
    f'<img src="t.jpg"><p>Photo: Jane Roe</p><p class="caption">{BOX_CAP}</p><p>{P3}</p>',  # more text in the box
    f'<img src="t.jpg"><div><p>Read on.</p><p>Photo: Jane Roe</p><p class="caption">{BOX_CAP}</p></div>',  # text before
    f'<img src="t.jpg"><p>Photo: Jane Roe</p><p>{BOX_CAP}</p>',  # a line the markup does not call a caption
])
def test_a_line_under_a_credit_that_is_no_picture_boxs_caption_stays(inner: str) -> None:
    art = newsclean.clean(_page(_box(inner)))
    assert BOX_CAP in art.text


SHORT_POST = ("A reader has drawn a series of funny ads for the things we all stopped using years ago, and I have "
              "to agree with him about the phone book as a booster seat.")


@pytest.mark.parametrize("credit", ["<p>Image: Jane Roe</p>", "<p>[Source: Jane Roe]</p>"])
def test_a_short_post_under_its_picture_is_the_article_not_a_caption(credit: str) -> None:
    # the post's one paragraph between its picture and a credit line: the whole body, not a photo in it
    art = newsclean.clean("<html><head><title>Ads for old things</title></head><body><article>"
                          f'<h1>Ads for old things</h1><div class="entry"><p><img src="ads.png"></p><p>{SHORT_POST}</p>'
                          f"{credit}</div></article></body></html>")
    assert SHORT_POST in art.text
    assert not any(r.plugin == "captions:figures" for r in art.removed)


GALLERY = [
    ("Lanterns over the river",
     "Every autumn the riverside streets fill with paper lanterns that neighbours fold by hand. The oldest "
     "workshop still uses a recipe for glue that nobody has written down, and its owner teaches it to anyone "
     "who comes early enough on a Saturday morning to help. Bring scissors."),
    ("The night market",
     "Stalls open at dusk and stay until the last tram has gone. Most sell grilled corn and sweet buns, but a "
     "few families sell the brass bells their grandparents cast, and they will happily explain how each one "
     "is tuned before you buy it. Cash is the only thing they take."),
    ("The bridge at dawn",
     "The footbridge was rebuilt after the flood of the spring before last. Walkers now stop halfway across to "
     "watch the fishing boats come in, and the bakers on the far bank have learned to open half an hour "
     "earlier to catch them on their way home. Their rye loaves sell out first."),
]


def _gallery(caption: "Callable[[str], str]") -> str:
    slides = "".join(
        f'<figure class="slide"><div class="slide-title">{t}</div><img src="s{i}.jpg">'
        f'<figcaption>{caption(c)}</figcaption><div class="photo-credit">Image Source: Ann Example</div></figure>'
        for i, (t, c) in enumerate(GALLERY))
    return ("<html><head><title>Three walks in the old town</title></head><body><article>"
            "<h1>Three walks in the old town</h1><p>A short tour of the town's quieter corners.</p>"
            f"{slides}</article></body></html>")


def test_a_gallery_told_in_its_captions_keeps_them_and_drops_the_credits() -> None:
    art = newsclean.clean(_gallery(lambda c: c))
    for _, c in GALLERY:
        assert c in art.text
    assert "Ann Example" not in art.text
    assert not any(r.plugin == "captions:figures" for r in art.removed)


def test_a_gallery_of_one_line_captions_still_drops_them() -> None:
    short = {c: c.split(". ")[0] + "." for _, c in GALLERY}
    art = newsclean.clean(_gallery(lambda c: short[c]))
    assert not any(s in art.text for s in short.values())
    assert sum(r.plugin == "captions:figures" for r in art.removed) == len(GALLERY)


def test_one_long_credited_caption_on_a_news_page_still_goes() -> None:
    cap = GALLERY[0][1]
    art = newsclean.clean(_page(f'<figure><img src="t.jpg"><figcaption>{cap} '
                                f'<span class="image-credit">Jane Roe</span></figcaption></figure>'))
    assert cap not in art.text and P1 in art.text


def test_captions_keep_keeps_a_credited_photos_caption_and_drops_its_credit() -> None:
    cap = "A tram waits at the central station on Thursday morning before the vote."
    page = _page(f'<figure><img src="t.jpg"><figcaption><span>{cap}</span> '
                 f'<span class="image-credit">Photo: Jane Roe</span></figcaption></figure>')
    kept = newsclean.clean(page, captions="keep")
    assert cap in kept.text and "Jane Roe" not in kept.text
    assert not any(r.plugin == "captions:figures" for r in kept.removed)
    assert any(r.kind == "credit" and "Jane Roe" in r.text for r in kept.removed)
    assert cap not in newsclean.clean(page).text  # the default drops it


def test_captions_option_refuses_an_unknown_policy() -> None:
    with pytest.raises(ValueError):
        newsclean.Options(captions="maybe")


GALLERY_CAPTIONS = ("A tram waits at the depot before its first run", "Workers lay the rails near the airport",
                    "The mayor rides the test tram with council members", "Passengers board at the central station")


def _slideshow(cls: str, intro: str = "") -> str:
    slides = "".join(f"<li><span class='counter'>{i + 1}/4</span><p>{c}</p></li>"
                     for i, c in enumerate(GALLERY_CAPTIONS))
    return f"<div class='{cls}'><h2>Trams in pictures</h2>{intro}<ul>{slides}</ul></div>"


P4 = ("The first trams are due to run in three years, and the council will decide on the fares and the "
      "timetable next winter after hearing the operators.")


def _dated(page: str) -> str:
    return page.replace("</head>", '<meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>')


def test_a_gallery_set_in_the_body_beside_its_prose_goes_with_its_captions() -> None:
    art = newsclean.clean(_dated(_page(_slideshow("block type-gallery") + f"<p>{P4}</p>")))
    assert P1 in art.text and P2 in art.text and P3 in art.text
    assert not any(c in art.text for c in GALLERY_CAPTIONS) and "in pictures" not in art.text
    assert {(r.kind, r.plugin) for r in art.removed if "gallery" in r.reason} == {("caption", "captions:galleries")}


def test_captions_keep_still_drops_a_gallery_set_beside_the_prose() -> None:
    # a slideshow beside the article is no figure of it: "keep" keeps figures' descriptions, not galleries
    art = newsclean.clean(_dated(_page(_slideshow("block type-gallery") + f"<p>{P4}</p>")), captions="keep")
    assert P1 in art.text and P4 in art.text
    assert not any(c in art.text for c in GALLERY_CAPTIONS) and "in pictures" not in art.text


def test_a_page_that_is_its_gallery_keeps_its_captions() -> None:
    # recall guard: a gallery article's only prose is its intro: the slides are its text
    page = ("<html><head><title>Trams in pictures</title></head><body><article><h1>Trams in pictures</h1>"
            f"<p>{P1}</p>{_slideshow('gallery')}</article></body></html>")
    art = newsclean.clean(_dated(page))
    assert all(c in art.text for c in GALLERY_CAPTIONS)


def test_a_gallery_on_an_undated_page_keeps_its_captions() -> None:
    # recall guard: an undated page's slider (a service's or a product's) shows its features
    art = newsclean.clean(_page(_slideshow("block type-gallery") + f"<p>{P4}</p>"))
    assert all(c in art.text for c in GALLERY_CAPTIONS)


def test_a_slider_without_credits_or_counters_keeps_its_lines() -> None:
    slides = "".join(f"<li><img src='{i}.png'><p>{c}</p></li>" for i, c in enumerate(GALLERY_CAPTIONS))
    art = newsclean.clean(_dated(_page(f"<div class='slider'><ul>{slides}</ul></div><p>{P4}</p>")))
    assert all(c in art.text for c in GALLERY_CAPTIONS)


OTHER_STORIES = ("Bus fares rise for the second time this year",
                 "The old harbour bridge closes for repairs in May",
                 "Cyclists ask for a lane along the river road")


def _promoted_slideshow(lead: str) -> str:
    slides = "".join(f"<li><h4>{c}</h4><p>{c}, and the council will decide on it after the summer.</p></li>"
                     for c in OTHER_STORIES)
    return f"<p>{lead}</p><div class='promo'><div class='site-slideshow-wrapper'><ul>{slides}</ul></div></div>"


@pytest.mark.parametrize("lead", ["Also on The Courier:", "Related on The Courier:"])
def test_a_slideshow_under_a_related_heading_goes_without_credits(lead: str) -> None:
    # the heading says its slides are other stories: no credit or counter needed
    art = newsclean.clean(_dated(_page(f"<p>{P4}</p>" + _promoted_slideshow(lead))))
    assert P1 in art.text and P3 in art.text and P4 in art.text
    assert not any(c in art.text for c in OTHER_STORIES)
    assert any(r.kind == "related" and r.plugin == "captions:galleries" and "related list" in r.reason
               for r in art.removed)


def test_a_slideshow_under_a_line_of_the_story_keeps_its_slides() -> None:
    # recall guard: a colon-closed line of the story is no related heading
    art = newsclean.clean(_dated(_page(f"<p>{P4}</p>" + _promoted_slideshow("Also on Monday, the council said:"))))
    assert all(c in art.text for c in OTHER_STORIES)


def test_captions_in_a_box_naming_no_gallery_stay() -> None:
    art = newsclean.clean(_dated(_page(_slideshow("block") + f"<p>{P4}</p>")))
    assert all(c in art.text for c in GALLERY_CAPTIONS)


def test_a_picture_box_is_measured_by_the_text_it_shows() -> None:
    # a deeply indented widget: the markup's whitespace and a control's label are no text of the box
    pad = "\n" + " " * 28
    inner = (f'{pad}<div class="media">{pad}<img src="t.jpg">{pad}<button>Enlarge</button>{pad}</div>{pad}'
             f'<p>{BOX_CAP}</p>{pad}<p>Image: Jane Roe</p>{pad}')
    art = newsclean.clean(_page(_box(inner)))
    assert BOX_CAP not in art.text and P1 in art.text
