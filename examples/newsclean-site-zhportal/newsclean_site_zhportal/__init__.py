"""newsclean site plugin for 华东在线 (zhportal.example), a Chinese news portal.

What this portal does, and what the plugin makes of it:

* the article body is ``<div id="artibody">``; everything else on the page
  (channel bar, crumbs, hot lists, footer) is recorded as ``site-layout``;
* the headline is ``<h1 class="art-title">`` and the line under it reads
  ``2025-03-02 10:15:30 来源：江南商报 作者：王晓明 阅读：1234``: it gives
  ``published`` (China time), ``source`` and ``authors``;
* the body ends with ``责任编辑：李娜`` (an editor, not an author: it goes to
  ``extra["editor"]``), then a 相关阅读 list of teasers, inside the body;
* comment spam is injected into the body as ``<p class="tg">`` (and, once
  the page is a text dump, as lines offering cheats with a contact handle);
* scrapers that keep only text get the same lines in the same order: the
  plugin finds the article between the date line and the editor line.

Every step is scoped to the portal's domains by ``newsclean_site_domains``.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from newsclean import Step, hookimpl
from newsclean.siteplugins import body_guard_steps, element_text, lock_body, replace_body
from newsclean.text import normalize_space

__version__ = "0.1.0"
name = "zhportal"

DOMAINS = ["zhportal.example"]
CHINA = timezone(timedelta(hours=8))

# -- the portal's vocabulary ----------------------------------------------------
#: The info line under the headline: date, then 来源 / 作者 / 阅读 fields.
INFO_LINE = re.compile(
    r"^(?P<date>\d{4}[-年]\d{1,2}[-月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*"
    r"(?:来源[:：]\s*(?P<source>[^\s]+))?\s*(?:作者[:：]\s*(?P<author>[^\s]+))?\s*(?:阅读[:：]\s*\d+)?\s*$")
EDITOR_LINE = re.compile(r"^[（(]?\s*责任编辑\s*[:：]\s*(?P<name>[^\s）)]+)\s*[）)]?$")
RELATED_HEADINGS = ("相关阅读", "相关新闻", "热点推荐", "热门推荐")
DISCLAIMER_START = ("免责声明", "版权声明")
SHARE_START = ("分享到",)
#: The portal's comment spam: a cheat offer with a contact handle.
SPAM_OFFER = re.compile(r"(辅助|外挂|有挂|透视|代打|刷分)")
SPAM_CONTACT = re.compile(r"(加微信|加薇|vx|微信号|QQ群|扣扣)", re.I)
SPAM_CLASSES = ("tg",)


@hookimpl
def newsclean_site_domains() -> list[str]:
    return DOMAINS


# -- helpers --------------------------------------------------------------------

def _text(el: Any) -> str:
    return normalize_space("".join(el.itertext()))


def _date(text: str) -> datetime | None:
    t = re.sub(r"[年月]", "-", text).replace("日", " ")
    t = normalize_space(t)
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(t, fmt).replace(tzinfo=CHINA)
        except ValueError:
            continue
    return None


def _info(doc: Any, line: str) -> bool:
    """Read the info line into metadata; True when it is one."""
    m = INFO_LINE.match(normalize_space(line))
    if not m or not (m.group("source") or m.group("author")):
        return False
    when = _date(m.group("date"))
    if when is not None:
        doc.meta.propose("published", when, 10.0)
    if m.group("source"):
        doc.meta.propose("source", m.group("source"), 10.0)
    if m.group("author"):
        doc.meta.propose("authors", [m.group("author")], 10.0)
    return True


def _is_spam(text: str) -> bool:
    return bool(SPAM_OFFER.search(text) and SPAM_CONTACT.search(text))


# -- HTML: tree steps -----------------------------------------------------------

def _metadata(doc: Any) -> None:
    for h1 in doc.tree.xpath("//h1[contains(@class, 'art-title')]")[:1]:
        doc.meta.propose("title", _text(h1), 10.0)
    for info in doc.tree.xpath("//div[contains(@class, 'art-info')]")[:1]:
        _info(doc, _text(info))


def _injected_spam(doc: Any) -> None:
    for el in doc.tree.xpath("//div[@id='artibody']//*[@class]"):
        if el.getparent() is not None and set(el.get("class", "").split()) & set(SPAM_CLASSES):
            doc.record("spam", "the portal injects comment spam into articles as class 'tg'", element_text(el))
            el.drop_tree()


def _body(doc: Any) -> None:
    # prune=False: the plugin knows this layout, so generic steps may not remove
    # anything inside the body (they still propose metadata)
    if replace_body(doc, doc.tree.xpath("//div[@id='artibody']"), kind="site-layout", prune=False,
                    reason="outside the portal's article body (div#artibody)") < 0:
        doc.note("zhportal: no div#artibody on this page; cleaned generically")


# -- HTML and text dumps: block steps ---------------------------------------------

def _dump_layout(doc: Any) -> None:
    """Text dumps: headline + info line above the article, the editor line below it."""
    blocks = doc.blocks
    info = next((i for i, b in enumerate(blocks[:40]) if _info(doc, b.text)), None)
    if info is None:
        doc.note("zhportal: no date/来源 line in this dump; cleaned generically")
        return
    if info > 0:
        doc.meta.propose("title", blocks[info - 1].text, 10.0)
        doc.drop(blocks[info - 1], "title", "the headline: the line above the portal's date/来源 line")
    for b in blocks[: max(0, info - 1)]:
        doc.drop(b, "site-layout", "above the headline: the portal's channel bar and crumbs")
    doc.drop(blocks[info], "source", "the portal's date/来源/作者 line under the headline")
    end = next((i for i in range(info + 1, len(blocks)) if EDITOR_LINE.match(blocks[i].text)), None)
    if end is None:
        doc.note("zhportal: no 责任编辑 line in this dump; the article's end is left to generic cleaning")
        return
    _related(doc)
    for b in blocks[end + 1:]:
        if not _tail_kind(doc, b):
            doc.drop(b, "site-layout", "below the editor line: the portal's lists and footer")
    lock_body(doc, prune=False, reason="between the portal's date line and its editor line")


def _tail_kind(doc: Any, b: Any) -> bool:
    if b.text.startswith(DISCLAIMER_START):
        return doc.drop(b, "disclaimer", "the portal's disclaimer under each article")
    return False


def _share(doc: Any) -> None:
    for b in doc.blocks:
        if b.chars < 40 and b.text.startswith(SHARE_START):
            doc.drop(b, "sharebar", "the portal's share bar (分享到)")


def _editor(doc: Any) -> None:
    for b in doc.blocks:
        m = EDITOR_LINE.match(b.text)
        if m:
            doc.extra["editor"] = m.group("name")
            doc.drop(b, "byline", f"the portal's editor line (责任编辑 {m.group('name')}), not an author")


def _related(doc: Any) -> None:
    """A 相关阅读 / 热点推荐 heading and the short teaser lines under it."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.text.strip("【】[] ") in RELATED_HEADINGS:
            doc.drop(b, "related", f"the portal's {b.text} heading")
            j = i + 1
            while j < len(blocks) and _teaser(blocks[j]):
                doc.drop(blocks[j], "related", f"a teaser under {b.text}")
                j += 1
            i = j
        else:
            i += 1


def _teaser(b: Any) -> bool:
    if b.text.strip("【】[] ") in RELATED_HEADINGS or b.text.startswith(DISCLAIMER_START):
        return False
    return b.kind == "list_item" or b.link_density > 0.5 or (not b.tag and b.chars <= 40)


def _spam_lines(doc: Any) -> None:
    for b in doc.blocks:
        if b.chars <= 120 and _is_spam(b.text):
            doc.drop(b, "spam", "a cheat offer with a contact handle, as the portal's comment spam reads")


@hookimpl
def newsclean_register_steps(register: Any) -> None:
    html, text = ("html",), ("text",)
    register(Step("metadata", _metadata, order=20, stage="tree", input_kinds=html))
    register(Step("spam-html", _injected_spam, order=30, stage="tree", kind="spam", input_kinds=html))
    register(Step("body", _body, order=40, stage="tree", kind="site-layout", input_kinds=html))
    register(Step("dump-layout", _dump_layout, order=50, kind="site-layout", input_kinds=text))
    # each just before the generic band of its kind: the portal's own reading comes first
    register(Step("editor", _editor, order=190, kind="byline"))
    register(Step("share", _share, order=290, kind="sharebar"))
    register(Step("spam", _spam_lines, order=340, kind="spam"))
    register(Step("related", _related, order=390, kind="related"))
    for step in body_guard_steps():
        register(step)
