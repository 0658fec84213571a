"""State-flag class tokens (``comments-enabled``, ``has-sidebar``) name no chrome region."""
from __future__ import annotations

import newsclean
from newsclean.plugins.chrome import region_of_value
from newsclean.plugins.vocab.stateflags import is_state_flag, names_no_region


def test_state_flags_name_no_region_but_identities_do():
    for flag in ("comments-enabled", "has-sidebar", "with-comments", "menu-open", "no-ads"):
        assert names_no_region(flag), flag
        assert region_of_value(flag)[0] == "", flag
    assert not names_no_region("is-right-rail")  # says what the element is
    assert region_of_value("is-right-rail")[0] == "sidebar"
    assert region_of_value("comments")[0] == "comments"
    assert region_of_value("site-footer")[0] == "footer"
    assert is_state_flag("is-sticky") and not is_state_flag("open")


def test_article_wrapper_flagged_comments_enabled_is_not_a_comment_section():
    body = "".join(f"<p>Paragraph {i} of the story tells what the council decided on the new bridge, "
                   f"and why the vote took so long this year.</p>" for i in range(6))
    page = (f"<html><head><title>Bridge vote</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<div class='story comments-enabled'><h1>Bridge vote</h1>{body}</div>"
            f"<div class='comments'><p>First!</p></div></body></html>")
    art = newsclean.clean(page)
    assert "Paragraph 5 of the story" in art.text
    assert not any(r.kind == "comments" and "Paragraph" in r.text for r in art.removed)


def test_text_wrapper_switching_on_a_lightbox_is_no_lightbox():
    # "lightbox-enable": a script's switch (its images open in a lightbox) on the article's own text
    # wrapper; a page without a title heading and with a long dialog elsewhere leaves the wrapper
    # under a widget's protected share of the page's prose
    assert names_no_region("lightbox-enable") and region_of_value("lightbox-enable")[0] == ""
    assert region_of_value("lightbox")[0] == "widget"
    body = "".join(f"<p>Paragraph {i} of the report says how the harbour crews rebuilt the old pier, "
                   f"plank by plank, over the winter.</p>" for i in range(5))
    notice = "".join(f"<p>Notice line {i}: the site moved to a new design, and your saved settings were kept "
                     f"as they were before the change.</p>" for i in range(4))
    page = (f"<html><head><title>Pier rebuilt</title></head><body>"
            f"<div class='modal-container'>{notice}</div>"
            f"<div class='story-text lightbox-enable'>{body}</div></body></html>")
    art = newsclean.clean(page)
    assert "Paragraph 4 of the report" in art.text
    assert not any("Paragraph" in r.text and r.kind == "chrome" for r in art.removed)
