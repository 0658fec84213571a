"""chrome: WordPress post classes name the post's terms (``tag-*``, ``category-*``), never a page region."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import chrome
from newsclean.plugins.regions import POST_CLASS_TOKENS, TAXONOMY_PREFIXES, region_of_value

P = ["The ferry timetable runs through the winter, with crossings every two hours from the north pier.",
     "Tickets bought online are valid for a year and can be moved to another crossing without a fee.",
     "Cyclists board first and leave last; bicycles ride free on every crossing except the night boat."]
POST = "post-12 post type-post status-publish format-standard hentry category-news"


def test_vocabulary_is_data():
    assert {"tag-", "category-", "format-"} <= set(TAXONOMY_PREFIXES)
    assert "hentry" in POST_CLASS_TOKENS


@pytest.mark.parametrize("value,region", [
    (f"{POST} tag-cookie-recipes", ""),
    (f"{POST} category-sidebar-news tag-comments", ""),
    ("post-7 post type-post status-publish format-aside", ""),  # the "aside" post format, no sidebar
    ("post-7 type-page status-publish tag-newsletter", ""),
    # without the post-class marks a taxonomy-looking token still names its region
    ("tag-menu", "nav"),
    ("category-nav", "nav"),
    ("box tag-cookie-recipes", "consent"),
    # other tokens of a post class are still read
    (f"{POST} sidebar", "sidebar"),
])
def test_taxonomy_terms_of_a_post_class(value, region):
    assert region_of_value(value)[0] == region


def test_a_post_tagged_cookies_is_kept():
    body = "".join(f"<p>{p}</p>" for p in P)
    html = (f'<html><body><div class="content"><h1>Ferry</h1><p>{P[0]} Read on.</p>'
            f'<div class="{POST} tag-cookie-recipes">{body}</div></div></body></html>')
    art = Cleaner(entry_points=False, plugins=[chrome]).clean(html)
    assert P[2] in art.text
    assert not [r for r in art.removed if r.kind == "chrome"]


def test_a_real_consent_box_still_goes():
    body = "".join(f"<p>{p}</p>" for p in P)
    html = (f'<html><body><div class="content"><h1>Ferry</h1>{body}</div>'
            f'<div class="cookie-consent"><p>We use cookies to improve your visit.</p></div></body></html>')
    art = Cleaner(entry_points=False, plugins=[chrome]).clean(html)
    assert "cookies" not in art.text
    assert any(r.kind == "chrome" and "cookie" in r.reason for r in art.removed)
