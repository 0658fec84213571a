"""chrome: a layout wrapper whose class names a sidebar but which holds the page's title heading and
most of its prose is not pruned for its class words; a real sidebar still goes."""
from __future__ import annotations

import newsclean
from newsclean.plugins import chrome

BODY = ["Die Farbe Schwarz passt zu jedem Anlass, und mit einem schlichten Schnitt ist man auf jedem Fest gut gekleidet.",
        "Wer Akzente setzen will, kombiniert matte und glänzende Stoffe, denn so wirkt das Ganze nie eintönig oder streng.",
        "Accessories in Gold oder Silber bringen Licht in den Look, und ein farbiger Schuh darf gern auffallen.",
        "黑色适合任何场合，简洁的剪裁让人在每一次聚会上都显得得体大方，也不容易出错。"]
SIDEBAR = ("<div class='sidebar'><h3>Beliebte Beiträge</h3><ul>"
           + "".join(f"<li><h4><a href='/p{i}'>Beitrag Nummer {i} im Blog</a></h4></li>" for i in range(6))
           + "<li><h4><a href='/self'>Black is back in town</a></h4></li></ul></div>")


#: a short prose box outside the wrapper: the wrapper holds most of the page's prose, not all of it
ABOUT = ("<div class='about'><p>Dieser Blog wird von Auszubildenden geschrieben, die über Mode, Stoffe und "
         "ihren Alltag in der Ausbildung berichten.</p></div>")


def page(wrapper_class: str, heading: str = "h2") -> str:
    body = "".join(f"<p>{t}</p>" for t in BODY)
    return (f"<html><head><title>Black is back in town – Mode Blog</title></head><body>"
            f"<div class='{wrapper_class}'><div class='post'><{heading} class='title'><a href='/self'>Black is back "
            f"in town</a></{heading}><div class='entry'>{body}</div></div>{SIDEBAR}</div>{ABOUT}</body></html>")


def clean(html: str):
    return newsclean.clean(html)


def test_a_sidebar_named_wrapper_holding_the_title_heading_and_the_prose_is_kept():
    for cls in ("mainwrap single-default sidebar", "sidebar_content", "sidebar_right"):
        art = clean(page(cls))
        assert all(t in art.text for t in BODY), cls
        assert not any(r.region == "sidebar" and BODY[0] in (r.text or "") for r in art.removed), cls
        assert any("holds the title heading" in n for n in art.notes), cls
        # the real sidebar inside it still goes
        assert any(r.region == "sidebar" and "Beliebte" in (r.text or "") for r in art.removed), cls


def test_without_the_title_heading_the_wrapper_is_chrome():
    # the same wrapper with a heading that is not the page's title: its class words decide
    html = page("sidebar_content").replace("<title>Black is back in town – Mode Blog</title>",
                                           "<title>Something else entirely</title>")
    art = clean(html)
    assert not any(t in art.text for t in BODY)


def test_a_title_in_a_fourth_level_heading_of_a_sidebar_protects_nothing():
    # a real sidebar listing the story's own headline (an <h4> link) is no title holder
    body = "".join(f"<p>{t}</p>" for t in BODY)
    html = (f"<html><head><title>Black is back in town – Mode Blog</title></head><body>"
            f"<div class='content'><h1>Black is back in town</h1>{body}</div>{SIDEBAR}</body></html>")
    art = newsclean.clean(html)
    assert all(t in art.text for t in BODY)
    assert "Beliebte" not in art.text and "Beitrag Nummer" not in art.text


def test_title_heading_matching():
    assert chrome.TITLE_HEADING_TAGS == ("h1", "h2", "h3")
    assert 0 < chrome.TITLE_HOLDER_SHARE < 1 and "consent" not in chrome.TITLE_HOLDER_REGIONS
