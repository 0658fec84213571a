"""The value-level shortcut of region_of_value gives what a token-by-token reading gives."""
from newsclean.plugins import regions as R


def _token_by_token(value: str) -> tuple[str, str, bool]:
    for tok in value.lower().split():
        hit = R._region_of_token(tok)
        if hit is not None:
            return hit
    return ("", "", False)


VALUES = [
    "post-body entry-content", "col-md-8 article__text", "site-footer", "main-nav navbar-expand",
    "x commentlist y", "footerwrap", "Comments-Area", "has-sidebar", "menu-item menu-item-2228361",
    "menu-item-7 nav_link", "sidebar-grid__content", "article-widget", "elementor-widget-text-editor",
    "cookie:banner", "a\u00a0b\tsidebar", "breadcrumbTrail", "paywall-footer", "h2o-footer", "",
]


def test_shortcut_matches_token_reading():
    R._VALUE_CACHE.clear()
    R._TOKEN_CACHE.clear()
    for value in VALUES:
        assert R.region_of_value(value) == _token_by_token(value), value


def test_region_words_still_found_behind_the_shortcut():
    R._VALUE_CACHE.clear()
    assert R.region_of_value("wrapper site-footer")[0] == "footer"
    assert R.region_of_value("xcommentlistx")[0] == "comments"  # a glued stem, no whole part
    assert R.region_of_value("cookie:consent")[0] == "consent"  # ':' separates parts too
    assert R.region_of_value("story-body text") == ("", "", False)
