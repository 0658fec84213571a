"""ads: generated class names (atomic CSS) name no ad box. A blog platform gives every paragraph
tokens like ``gg gh ct bk gi b gj``; ``gg`` there is a generated name, not 广告 (guanggao), and the
article's paragraphs stay. A box whose own class is ``gg`` (or ``ad``) alone is still an ad box.
Pages written for these tests."""
from __future__ import annotations

import newsclean

PARAS = (
    "The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate "
    "that had run for almost ten years and divided the neighbourhoods along the planned route.",
    "Construction is due to start next spring. The first trams should run on the new section in three "
    "years, the mayor said, if the regional government confirms its share of the funding.",
    "Residents along the route will be invited to two public meetings in March, where the engineers "
    "will present the stops, the depot and the plan for the trees that have to be moved.",
)
ATOMIC = "gg gh ct bk gi b gj gk gl gm gn go gp gq"
# (each paragraph a small share of the page, as in a long post)
LONG = tuple(f"{p} Part {n}." for n in range(3) for p in PARAS)


def _page(paras: str, extra: str = "") -> str:
    return ("<html><head><title>Tram line to be extended</title></head><body><article>"
            "<h1>Tram line to be extended</h1>" + paras + extra + "</article></body></html>")


def test_paragraphs_with_generated_class_names_stay():
    art = newsclean.clean(_page("".join(f'<p id="a{i}b" class="{ATOMIC}">{p}</p>' for i, p in enumerate(LONG))))
    for p in LONG:
        assert p in art.text
    assert not [r for r in art.removed if r.kind == "ad"]


def test_a_box_named_gg_alone_is_still_an_ad_box():
    box = '<div class="gg"><p>Big summer sale on garden furniture at our partner shop</p></div>'
    art = newsclean.clean(_page("".join(f"<p>{p}</p>" for p in LONG), box))
    assert "summer sale" not in art.text
    assert [r for r in art.removed if r.kind == "ad" and "summer sale" in r.text]


def test_a_page_builders_advanced_heading_is_no_ad_box():
    # a page builder sets every heading as an "advanced heading" block: kt-adv-heading_12ab
    paras = "".join(f'<h2 class="kt-adv-heading_{i}a wp-block-kadence-advancedheading">Step {i} of the plan</h2>'
                    f'<p class="kt-adv-heading{i}37_f0{i}b-e8">{p}</p>' for i, p in enumerate(LONG))
    art = newsclean.clean(_page(paras))
    for p in LONG:
        assert p in art.text
    assert "Step 2 of the plan" in art.text
    assert not [r for r in art.removed if r.kind == "ad"]


def test_an_adv_box_is_still_an_ad_box():
    box = '<div class="adv-box"><p>Big summer sale on garden furniture at our partner shop</p></div>'
    art = newsclean.clean(_page("".join(f"<p>{p}</p>" for p in LONG), box))
    assert "summer sale" not in art.text
    assert [r for r in art.removed if r.kind == "ad" and "summer sale" in r.text]
