#!/usr/bin/env python3
"""Layout stress test: the same article bodies inside many invented page templates.

Takes article bodies from the dev truths (fundus, dragnet, webbench ``article``
pages: the truth's lines as paragraphs, the set's title as ``<h1>``) and renders
each inside invented templates that imitate common CMS, theme and page-builder
markup (classic blog theme, block editor, page builders, a portal with inline
boxes, a 2008 table layout, ``<br><br>`` text, a live blog ...) with chrome
around the body: navigation, breadcrumb, a sidebar of link lists, related cards,
a share bar, a newsletter box, comments and a footer. All markup and chrome
text are invented here; no page's HTML is copied.

Scores each rendering with the shared scorer (``../shared/bench/extract_eval.py``)
against the body and prints F1 per template and per language, with the empty
outputs. The generator is deterministic (fixed selection, no randomness).

    python bench/wrap_stress.py                    # 40+40+40 bodies, all templates
    python bench/wrap_stress.py --per-set 10 --templates elementor,divi
    python bench/wrap_stress.py --tool trafilatura  # a peer, when installed
    python bench/wrap_stress.py --dump /some/dir    # write the pages to look at

The data stays in ../devsets (resolved from this file); nothing is copied.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import statistics
import sys
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shared_runner  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BENCH = shared_runner.SHARED_BENCH
DEVSETS = ROOT.parent / "devsets"
SOURCES = (("fundus", None), ("dragnet", None), ("webbench", "article"))


# --------------------------------------------------------------------- data
def _paragraphs(body: str) -> list[str]:
    return [ln.strip() for ln in body.split("\n") if ln.strip()]


def load_bodies(per_set: int) -> list[dict[str, Any]]:
    """``per_set`` bodies from each source set, picked by a stable hash order."""
    out: list[dict[str, Any]] = []
    for name, group in SOURCES:
        truth = json.loads((DEVSETS / name / "ground-truth.json").read_text(encoding="utf-8"))
        keys = sorted(truth, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
        picked = 0
        for key in keys:
            rec = truth[key]
            if group and rec.get("group") != group:
                continue
            paras = _paragraphs(rec.get("articleBody") or "")
            if len(paras) < 3 or sum(map(len, paras)) < 600:
                continue
            out.append({"set": name, "key": key, "lang": rec.get("lang") or "?",
                        "title": (rec.get("title") or "").strip(), "paras": paras,
                        "body": "\n".join(paras)})
            picked += 1
            if picked >= per_set:
                break
    return out


# ------------------------------------------------------------------- chrome
def _e(s: str) -> str:
    return html.escape(s, quote=False)


NAV = ["Home", "World", "Politics", "Business", "Technology", "Science", "Sports",
       "Culture", "Opinion", "Travel"]
STORIES = ["Council approves new budget for the harbour district",
           "Ten tips for a quieter morning routine",
           "Local team wins the regional cup after extra time",
           "Researchers map the oldest river delta on record",
           "How the new rail timetable changes your commute",
           "Opinion: why small towns need better broadband"]
COMMENTS = [("Marta K.", "Thanks for writing this up, it answered most of my questions."),
            ("jpw_1984", "I disagree with the second point, but the rest makes sense to me."),
            ("Liam", "Does anyone know whether this applies outside the city as well?"),
            ("R. Ortega", "Great read. Sharing this with my colleagues tomorrow.")]


def nav(cls: str = "main-navigation") -> str:
    items = "".join(f'<li class="menu-item"><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return (f'<nav class="{cls}" role="navigation"><button class="menu-toggle">Menu</button>'
            f'<ul class="menu">{items}</ul></nav>')


def header(extra: str = "") -> str:
    return (f'<header class="site-header"><div class="site-branding"><a class="logo" href="/">'
            f'The Daily Ledger</a><p class="site-description">News you can use</p></div>'
            f'{nav()}<form class="search-form"><input type="search" placeholder="Search …">'
            f'<button>Search</button></form>{extra}</header>')


def breadcrumb() -> str:
    return ('<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
            '<li><a href="/world/">World</a></li><li>Article</li></ol></nav>')


def link_list(title: str, cls: str, wrap: str = "section") -> str:
    items = "".join(f'<li><a href="/story/{i}">{s}</a></li>' for i, s in enumerate(STORIES))
    return f'<{wrap} class="{cls}"><h3 class="widget-title">{title}</h3><ul>{items}</ul></{wrap}>'


def sidebar(cls: str = "sidebar widget-area", widget: str = "widget") -> str:
    return (f'<aside class="{cls}" role="complementary">'
            f'{link_list("Most read", widget + " widget_popular")}'
            f'{link_list("Latest news", widget + " widget_recent_entries")}'
            f'<section class="{widget} widget_tag_cloud"><h3 class="widget-title">Tags</h3>'
            f'<a href="/tag/a">economy</a> <a href="/tag/b">climate</a> <a href="/tag/c">elections</a>'
            f'</section></aside>')


def related(cls: str = "related-posts") -> str:
    cards = "".join(f'<div class="card"><a href="/story/r{i}"><img src="/img/{i}.jpg" alt="">'
                    f'<h4>{s}</h4></a><span class="date">2 hours ago</span></div>'
                    for i, s in enumerate(STORIES[:4]))
    return f'<section class="{cls}"><h3>Related stories</h3><div class="cards">{cards}</div></section>'


def share(cls: str = "share-bar") -> str:
    nets = ["Facebook", "X", "LinkedIn", "WhatsApp", "Email"]
    links = "".join(f'<a class="share-{n.lower()}" href="#">{n}</a>' for n in nets)
    return f'<div class="{cls}"><span>Share this article</span>{links}</div>'


def newsletter() -> str:
    return ('<div class="newsletter-signup"><h3>Get the morning briefing</h3>'
            '<p>Sign up for our free newsletter and never miss a story.</p>'
            '<form><input type="email" placeholder="Your email address"><button>Subscribe</button>'
            '</form></div>')


def comments(cls: str = "comments-area") -> str:
    items = "".join(f'<li class="comment"><div class="comment-author"><b>{a}</b> says:</div>'
                    f'<div class="comment-meta">March 3 at 9:{10 + i} am</div>'
                    f'<div class="comment-content"><p>{t}</p></div><a class="reply" href="#">Reply</a></li>'
                    for i, (a, t) in enumerate(COMMENTS))
    return (f'<div id="comments" class="{cls}"><h2 class="comments-title">4 thoughts on this story</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond"><h3>Leave a Reply</h3>'
            f'<form><textarea placeholder="Comment"></textarea><button>Post Comment</button></form>'
            f'</div></div>')


def footer() -> str:
    cols = "".join(f'<div class="footer-col"><h4>{h}</h4><ul><li><a href="/a">About us</a></li>'
                   f'<li><a href="/c">Contact</a></li><li><a href="/p">Privacy policy</a></li></ul></div>'
                   for h in ("Company", "Help"))
    return (f'<footer class="site-footer">{cols}<p class="copyright">© 2024 The Daily Ledger. '
            f'All rights reserved.</p></footer>')


def byline() -> str:
    return ('<div class="entry-meta"><span class="byline">By <a href="/author/x">Staff Writer</a>'
            '</span> <time datetime="2024-03-02T10:00:00">March 2, 2024</time></div>')


def page(title: str, body: str, head_extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)} – The '
            f'Daily Ledger</title>{head_extra}</head>{body}</html>')


def ps(paras: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{_e(p)}</p>" for p in paras)


def h1(title: str, cls: str = "entry-title") -> str:
    return f'<h1 class="{cls}">{_e(title)}</h1>' if title else ""


def split(paras: list[str]) -> tuple[list[str], list[str]]:
    mid = max(1, len(paras) // 2)
    return paras[:mid], paras[mid:]


# ----------------------------------------------------------------- templates
def t_wp_classic(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="post-template-default single single-post">{header()}'
                f'<div class="site-inner"><div class="content-sidebar-wrap"><main class="content">'
                f'<article class="post type-post status-publish entry"><header class="entry-header">'
                f'{h1(t)}{byline()}</header><div class="entry-content">{ps(p)}</div>'
                f'<footer class="entry-footer">{share()}<span class="cat-links">Posted in '
                f'<a href="/world/">World</a></span></footer></article>{related()}{comments()}</main>'
                f'{sidebar("sidebar sidebar-primary widget-area")}</div></div>{footer()}</body>')


def t_gutenberg(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    body = "".join(f'<p class="has-medium-font-size">{_e(x)}</p>' if i == 0 else f"<p>{_e(x)}</p>"
                   for i, x in enumerate(p))
    return page(t, f'<body class="wp-site-blocks">{header()}<main class="wp-block-group">'
                f'<div class="wp-block-columns"><div class="wp-block-column" style="flex-basis:66%">'
                f'<div class="wp-block-group entry-content wp-block-post-content">{h1(t, "wp-block-post-title")}'
                f'{body}</div>{share("wp-block-buttons share")}</div>'
                f'<div class="wp-block-column" style="flex-basis:33%">'
                f'<div class="wp-block-group">{link_list("Latest posts", "wp-block-latest-posts")}'
                f'</div></div></div>{related("wp-block-query")}{comments("wp-block-comments")}</main>'
                f'{footer()}</body>')


def t_elementor(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    def widget(kind: str, inner: str) -> str:
        return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
                f'<div class="elementor-widget-container">{inner}</div></div>')
    col = (widget("theme-post-title", h1(t, "elementor-heading-title")) + widget("post-info", byline())
           + widget("theme-post-content", ps(p)) + widget("share-buttons", share())
           + widget("post-comments", comments()))
    side = widget("sidebar", sidebar("elementor-sidebar", "widget"))
    return page(t, f'<body class="elementor-page">{header()}<div class="elementor elementor-location-single">'
                f'<section class="elementor-section elementor-top-section"><div class="elementor-container">'
                f'<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">{col}</div></div>'
                f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">{side}</div></div>'
                f'</div></section><section class="elementor-section">{widget("posts", related())}</section>'
                f'</div>{footer()}</body>')


def t_divi(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="et_pb_pagebuilder_layout">{header()}<div id="et-main-area"><div id="main-content">'
                f'<div class="et_pb_section et_pb_section_0"><div class="et_pb_row et_pb_row_0">'
                f'<div class="et_pb_column et_pb_column_3_4"><div class="et_pb_module et_pb_post_title">'
                f'<div class="et_pb_title_container">{h1(t, "entry-title")}</div></div>'
                f'<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">{ps(p)}</div></div>'
                f'<div class="et_pb_module et_pb_social_media_follow">{share()}</div>'
                f'<div class="et_pb_module et_pb_comments_module">{comments()}</div></div>'
                f'<div class="et_pb_column et_pb_column_1_4"><div class="et_pb_module et_pb_sidebar_0 et_pb_widget_area">'
                f'{sidebar("et_pb_widget_area_right", "et_pb_widget")}</div></div></div></div>'
                f'<div class="et_pb_section"><div class="et_pb_module et_pb_blog_grid">{related()}</div></div>'
                f'</div>{footer()}</div></body>')


def t_wpbakery(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="wpb-js-composer">{header()}<div class="vc_row wpb_row vc_row-fluid">'
                f'<div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner">'
                f'<div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
                f'{h1(t, "vc_custom_heading")}{ps(p)}</div></div><div class="wpb_content_element">{share()}</div>'
                f'</div></div></div><div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner">'
                f'<div class="wpb_wrapper"><div class="wpb_widgetised_column wpb_content_element">'
                f'{sidebar("wpb_wrapper sidebar", "widget")}</div></div></div></div></div>'
                f'<div class="vc_row">{related()}{comments()}</div>{footer()}</body>')


def t_drupal(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="path-node page-node-type-article">{header()}<div class="layout-container">'
                f'<div class="region region-breadcrumb">{breadcrumb()}</div><main role="main"><div class="layout-content">'
                f'<div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">'
                f'{h1(t, "page-title")}<div class="node__meta">{byline()}</div><div class="node__content">'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
                f'{ps(p)}</div><div class="field field--name-field-tags">Tags: <a href="/t/1">economy</a></div>'
                f'<section class="field field--name-comment comment-wrapper">{comments()}</section></div></article>'
                f'</div></div><aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">'
                f'{link_list("Most read", "block block-views")}{link_list("Latest", "block block-views")}</div></aside>'
                f'</main>{related("region region-content-bottom")}</div>{footer()}</body>')


def t_ghost(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="post-template"><div class="site-wrapper">{header()}<main id="site-main" class="site-main">'
                f'<article class="article post"><header class="article-header gh-canvas">{h1(t, "article-title")}'
                f'<p class="article-excerpt">A short invented summary line for the card.</p>'
                f'<div class="article-byline">{byline()}</div></header><section class="gh-content gh-canvas">'
                f'{ps(p)}</section></article><section class="footer-cta outer"><div class="inner">{newsletter()}</div></section>'
                f'<aside class="read-more-wrap outer">{related("read-more inner")}</aside></main>{footer()}</div></body>')


def t_substack(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body><div id="entry"><div class="main-menu">{nav("navbar")}</div><div class="single-post-container">'
                f'<div class="container"><div class="single-post"><div class="post-header">{h1(t, "post-title")}'
                f'<h3 class="subtitle">Notes from the week</h3>{byline()}</div>'
                f'<div class="available-content"><div class="body markup" dir="auto">{ps(p)}</div></div>'
                f'<div class="subscription-widget-wrap">{newsletter()}</div>{share("post-footer share")}'
                f'</div><div class="comments-section">{comments("comment-list-container")}</div></div></div>'
                f'{footer()}</div></body>')


def t_portal(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    a, b = split(p)
    ad = ('<div class="ad-container inline-ad"><span class="ad-label">Advertisement</span>'
          '<div id="ad-slot-1" class="ad-slot"></div></div>')
    also = ('<div class="read-also"><strong>Read also:</strong> <a href="/story/9">'
            f'{STORIES[4]}</a></div>')
    return page(t, f'<body class="article-page">{header()}<div class="container"><div class="row">'
                f'<div class="col-md-8 main-column">{breadcrumb()}<div class="article-container">{h1(t, "headline")}'
                f'{byline()}{share()}<div class="article-body" itemprop="articleBody">{ps(a)}{ad}{ps(b[:1])}{also}'
                f'{ps(b[1:])}</div><div class="tags">Topics: <a href="/t/1">economy</a></div></div>{related()}</div>'
                f'<div class="col-md-4 right-rail">{sidebar("rail", "rail-module")}{newsletter()}</div></div></div>'
                f'{footer()}</body>')


def t_state_classes(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body class="single with-sidebar">{header()}<div id="page" class="site-content widget-area-active">'
                f'<div class="content-area has-comments pagination-enabled with-sidebar">'
                f'<article class="post has-post-thumbnail">{h1(t)}{byline()}<div class="post-content">{ps(p)}</div>'
                f'</article>{share()}{comments()}</div>{sidebar()}</div>{footer()}</body>')


def t_lead_box(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    return page(t, f'<body>{header()}<main id="main"><article><header class="story-header">{h1(t, "story-title")}'
                f'{byline()}</header><div class="story-lead"><p class="lead">{_e(p[0])}</p></div>'
                f'<figure class="story-image"><img src="/img/main.jpg" alt=""><figcaption>Photo: Agency</figcaption>'
                f'</figure>{share()}<div class="story-body">{ps(p[1:])}</div></article>{related()}</main>'
                f'{sidebar()}{footer()}</body>')


def t_table_2008(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    navtd = "".join(f'<a href="/{n.lower()}.html">{n}</a><br>' for n in NAV)
    side = "".join(f'<a href="/s{i}.html">{s}</a><br><br>' for i, s in enumerate(STORIES))
    return page(t, f'<body bgcolor="#ffffff"><table width="100%" border="0" cellpadding="0" cellspacing="0">'
                f'<tr><td colspan="3" class="header"><font size="5"><b>The Daily Ledger</b></font></td></tr>'
                f'<tr><td width="150" valign="top" class="leftnav">{navtd}</td><td valign="top" class="content">'
                f'<font face="Arial" size="2"><b class="title">{_e(t)}</b><br>By Staff Writer, March 2, 2008<br><br>'
                f'{ps(p)}</font><br><a href="/print.html">Printer-friendly version</a> | '
                f'<a href="/email.html">E-mail this story</a></td><td width="180" valign="top" class="rightcol">'
                f'<b>Top stories</b><br>{side}</td></tr><tr><td colspan="3" class="footer" align="center">'
                f'<font size="1">Copyright 2008 The Daily Ledger. All rights reserved. '
                f'<a href="/terms.html">Terms of use</a></font></td></tr></table></body>')


def t_br_text(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    text = "<br><br>\n".join(_e(x) for x in p)
    return page(t, f'<body>{header()}<div id="wrapper"><div id="content"><h2 class="post-title">{_e(t)}</h2>'
                f'<div class="postmeta">Posted by admin on March 2</div><div class="post-body">{text}</div>'
                f'<div class="postfooter">{share()}</div>{comments()}</div><div id="sidebar">'
                f'{link_list("Archives", "sidebox")}{link_list("Blogroll", "sidebox")}</div></div>{footer()}</body>')


def _live_time(i: int) -> str:
    return f"{12 - i // 2}:{(i * 7) % 60:02d}"


def live_truth(d: dict[str, Any]) -> str:
    """A live blog's post times are part of its text: the truth keeps them."""
    return "\n".join(f"{_live_time(i)}\n{x}" for i, x in enumerate(d["paras"]))


def t_liveblog(d: dict[str, Any]) -> str:
    t, p = d["title"], d["paras"]
    posts = "".join(f'<article class="live-post" id="post-{i}"><div class="live-post__meta">'
                    f'<time datetime="2024-03-02T{12 - i // 2:02d}:{(i * 7) % 60:02d}">'
                    f'{_live_time(i)}</time></div><div class="live-post__body"><p>{_e(x)}</p></div>'
                    f'{share("live-post__share")}</article>' for i, x in enumerate(p))
    return page(t, f'<body class="liveblog">{header()}<main><div class="live-header">{h1(t, "live-title")}'
                f'<span class="live-badge">LIVE</span></div><div class="live-feed" aria-live="polite">{posts}'
                f'</div><button class="load-more">Load more updates</button>{related()}</main>{sidebar()}{footer()}</body>')


LOCAL_CHROME = {  # invented chrome words per language, for the localized template
    "de": ("Startseite", "Teilen", "Kommentare", "Newsletter abonnieren", "Das könnte Sie auch interessieren",
           "Meistgelesen", "Impressum", "Datenschutz", "Antworten"),
    "fr": ("Accueil", "Partager", "Commentaires", "S'abonner à la newsletter", "À lire aussi",
           "Les plus lus", "Mentions légales", "Confidentialité", "Répondre"),
    "es": ("Portada", "Compartir", "Comentarios", "Suscríbete al boletín", "Te puede interesar",
           "Lo más leído", "Aviso legal", "Privacidad", "Responder"),
}


def t_multi_widget(d: dict[str, Any]) -> str:
    """The body split over several sibling text widgets with image widgets between."""
    t, p = d["title"], d["paras"]
    def widget(kind: str, inner: str) -> str:
        return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
                f'<div class="elementor-widget-container">{inner}</div></div>')
    parts = [p[i:i + 3] for i in range(0, len(p), 3)]
    col = widget("heading", h1(t, "elementor-heading-title"))
    for i, part in enumerate(parts):
        col += widget("text-editor", ps(part))
        if i < len(parts) - 1:
            col += widget("image", f'<img src="/img/w{i}.jpg" alt="">')
    return page(t, f'<body class="elementor-page">{header()}<div class="elementor"><section class="elementor-section">'
                f'<div class="elementor-container"><div class="elementor-column elementor-col-66">'
                f'<div class="elementor-widget-wrap">{col}{widget("share-buttons", share())}</div></div>'
                f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">'
                f'{widget("sidebar", sidebar("elementor-sidebar"))}</div></div></div></section>'
                f'{widget("posts", related())}</div>{footer()}</body>')


def t_wrapper_state(d: dict[str, Any]) -> str:
    """The paragraphs sit directly in a wrapper whose classes name page state, not chrome."""
    t, p = d["title"], d["paras"]
    return page(t, f'<body>{header()}<div class="page-wrap layout-with-sidebar"><div class="main-col">{h1(t)}'
                f'{byline()}<div class="article-text has-comments comments-open widget-area-active '
                f'pagination-enabled sidebar-right">{ps(p)}</div>{share()}{comments()}</div>'
                f'<div class="side-col">{sidebar()}</div></div>{footer()}</body>')


def t_div_paras(d: dict[str, Any]) -> str:
    """Paragraphs as ``<div>`` blocks, as some editors save them."""
    t, p = d["title"], d["paras"]
    body = "".join(f'<div class="text-block">{_e(x)}</div>' for x in p)
    return page(t, f'<body>{header()}<div id="main"><div class="story">{h1(t)}{byline()}'
                f'<div class="story-content">{body}</div>{share()}</div>{related()}</div>{sidebar()}{footer()}</body>')


def t_localized(d: dict[str, Any]) -> str:
    """A classic theme whose chrome speaks the body's language (English otherwise)."""
    t, p = d["title"], d["paras"]
    w = LOCAL_CHROME.get(d["lang"], ("Home", "Share", "Comments", "Subscribe to the newsletter",
                                     "You may also like", "Most read", "Imprint", "Privacy", "Reply"))
    items = "".join(f'<li><a href="/s/{i}">{s}</a></li>' for i, s in enumerate(STORIES))
    cm = "".join(f'<li class="comment"><b>{a}</b><p>{c}</p><a href="#">{w[8]}</a></li>' for a, c in COMMENTS)
    return page(t, f'<body>{nav()}<div class="breadcrumbs"><a href="/">{w[0]}</a> › {_e(t[:30])}</div>'
                f'<div class="wrap"><main><article class="post">{h1(t)}<div class="post-body">{ps(p)}</div>'
                f'<div class="share"><span>{w[1]}</span> <a href="#">Facebook</a> <a href="#">X</a></div></article>'
                f'<section class="related"><h3>{w[4]}</h3><ul>{items}</ul></section>'
                f'<section class="comments"><h3>{w[2]} (4)</h3><ol>{cm}</ol></section></main>'
                f'<aside class="sidebar"><h3>{w[5]}</h3><ul>{items}</ul><div class="nl"><h3>{w[3]}</h3>'
                f'<input type="email"><button>OK</button></div></aside></div><footer><a href="/i">{w[6]}</a> '
                f'<a href="/p">{w[7]}</a></footer></body>')


def t_heavy_rail(d: dict[str, Any]) -> str:
    """Teaser cards with summaries in the rail and long comments below a short body."""
    t, p = d["title"], d["paras"]
    teasers = "".join(f'<div class="teaser"><h3><a href="/s/{i}">{s}</a></h3><p>An invented summary of this '
                      f'other story, long enough to look like a paragraph of prose about item {i}.</p></div>'
                      for i, s in enumerate(STORIES))
    cm = "".join(f'<li class="comment"><b>{a}</b><p>{c} {c} I have followed this topic for years and '
                 f'the debate keeps coming back every season.</p></li>' for a, c in COMMENTS * 2)
    return page(t, f'<body>{header()}<div class="container"><main class="main">{h1(t)}{byline()}'
                f'<div class="entry">{ps(p)}</div>{share()}<section class="comments"><h2>Comments</h2>'
                f'<ol>{cm}</ol></section></main><aside class="rail">{teasers}</aside></div>{footer()}</body>')


TEMPLATES: dict[str, Callable[[dict[str, Any]], str]] = {
    "wp_classic": t_wp_classic, "gutenberg": t_gutenberg, "elementor": t_elementor,
    "divi": t_divi, "wpbakery": t_wpbakery, "drupal": t_drupal, "ghost": t_ghost,
    "substack": t_substack, "portal_split": t_portal, "state_classes": t_state_classes,
    "lead_box": t_lead_box, "table_2008": t_table_2008, "br_text": t_br_text,
    "liveblog": t_liveblog, "multi_widget": t_multi_widget, "wrapper_state": t_wrapper_state,
    "div_paras": t_div_paras, "localized": t_localized, "heavy_rail": t_heavy_rail,
}


def _body(d: dict[str, Any]) -> str:
    return str(d["body"])


TRUTHS: dict[str, Callable[[dict[str, Any]], str]] = {"liveblog": live_truth}


# --------------------------------------------------------------------- tools
def _newsclean() -> Callable[[str], str]:
    import newsclean

    return lambda page: newsclean.clean(page).text


def _trafilatura() -> Callable[[str], str]:
    import trafilatura  # type: ignore[import-not-found]

    return lambda page: trafilatura.extract(page) or ""


def _readability() -> Callable[[str], str]:
    from lxml import html as lh
    from readability import Document  # type: ignore[import-not-found]

    def run(page: str) -> str:
        summary = Document(page).summary(html_partial=True)
        return "\n".join(el.text_content().strip() for el in lh.fromstring(summary).iter("p", "li", "h1", "h2", "h3"))
    return run


TOOLS = {"newsclean": _newsclean, "trafilatura": _trafilatura, "readability": _readability}


def _f1(ev: Any, docs: list[Any]) -> float:
    return ev.aggregate(docs)["f1"] if docs else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-set", type=int, default=40, help="bodies per source set")
    ap.add_argument("--templates", default="", help="comma-separated template names (default all)")
    ap.add_argument("--tool", default="newsclean", choices=sorted(TOOLS))
    ap.add_argument("--worst", type=int, default=0, help="print the N worst pages")
    ap.add_argument("--dump", default="", help="write every rendered page to this folder")
    ap.add_argument("--json", default="", help="write per-page scores to this file")
    args = ap.parse_args(argv)

    ev = shared_runner.load()
    names = [n for n in args.templates.split(",") if n] or list(TEMPLATES)
    rows = score_templates(ev, TOOLS[args.tool](), TEMPLATES, names, load_bodies(args.per_set), args.dump,
                           lambda name, d: TRUTHS.get(name, _body)(d))
    _report(ev, rows, args.worst)
    if args.json:
        Path(args.json).write_text(json.dumps(rows), encoding="utf-8")
    return 0


def _doc_f1(r: dict[str, Any]) -> float:
    p, rc = r["precision"] or 0.0, r["recall"] or 0.0
    return 2 * p * rc / (p + rc) if p + rc else 0.0


def score_templates(ev: Any, run: Callable[[str], str], templates: dict[str, Callable[[dict[str, Any]], str]],
                    names: list[str], bodies: list[dict[str, Any]], dump: str | None,
                    truth: Callable[[str, dict[str, Any]], str],
                    look: Callable[[str, dict[str, Any], str], None] | None = None) -> list[dict[str, Any]]:
    """Each body rendered in each named template, cleaned by ``run`` and scored against ``truth(name, body)``
    (a failure scores as an empty output); ``dump`` names a folder to write the pages to, ``look(name,
    body, text)`` sees every output. One row of scores a page."""
    rows: list[dict[str, Any]] = []
    for name in names:
        render = templates[name]
        for d in bodies:
            pg = render(d)
            if dump:
                out = Path(dump)
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{name}__{d['set']}__{d['key'][:12]}.html").write_text(pg, encoding="utf-8")
            try:
                text = run(pg)
            except Exception as e:  # a failure scores as an empty output
                print(f"  {name} {d['key'][:12]}: {type(e).__name__}: {e}", file=sys.stderr)
                text = ""
            if look is not None:
                look(name, d, text)
            sc = ev.doc_scores(truth(name, d), text)
            rows.append({"template": name, "set": d["set"], "key": d["key"], "lang": d["lang"], **sc})
    return rows


def _report(ev: Any, rows: list[dict[str, Any]], worst: int) -> None:
    def line(label: str, sel: list[dict[str, Any]]) -> str:
        agg = ev.aggregate(sel)
        empty = sum(1 for r in sel if r["empty"])
        low = sum(1 for r in sel if _doc_f1(r) < 0.95)
        return (f"{label:<16} n={len(sel):4d}  F1 {agg['f1']:.3f}  P {agg['precision']:.3f}  "
                f"R {agg['recall']:.3f}  <.95 {low:3d}  empty {empty}")

    print("by template")
    for name in dict.fromkeys(r["template"] for r in rows):
        print("  " + line(name, [r for r in rows if r["template"] == name]))
    print("by source set")
    for name in dict.fromkeys(r["set"] for r in rows):
        print("  " + line(name, [r for r in rows if r["set"] == name]))
    print("by language (n >= 14)")
    langs = sorted({r["lang"] for r in rows}, key=lambda x: -sum(r["lang"] == x for r in rows))
    for lang in langs:
        sel = [r for r in rows if r["lang"] == lang]
        if len(sel) >= 14:
            print("  " + line(lang, sel))
    print(line("ALL", rows))
    print(f"median page F1 {statistics.median(_doc_f1(r) for r in rows):.3f}")
    for r in sorted(rows, key=_doc_f1)[:worst]:
        print(f"  {_doc_f1(r):.3f} P {r['precision'] or 0:.3f} R {r['recall'] or 0:.3f} "
              f"{r['template']} {r['set']} {r['key'][:12]} {r['lang']}")


if __name__ == "__main__":
    raise SystemExit(main())
