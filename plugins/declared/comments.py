"""Readers' comments as data (``Options.comments`` "keep" or "append"); a helper of ``commentpolicy``.

The comment section is found on the tree before chrome prunes it: an element whose class or id names
comments (``regions.region_of_value``: ``comments``, ``commentlist``, ``disqus``, ``kommentare`` ...),
or a schema.org ``Comment``/``UserComments`` item, outside the navigation, sidebars and footers, not
holding the page's ``<h1>`` or its ``articleBody`` and not inside it (never the article's own text).
Its comments are, by schema.org first (``itemtype`` Comment), else by structure: the largest group of
alike sibling boxes (tag and first class) the section holds, measured by the text they cover (a
``<ol class=commentlist>``'s items, a Disqus-like ``<li class=post>`` list), with the alike boxes
nested in them as replies. A comment form (``<form>``, a ``<textarea>``) is never a comment. Each
comment's author (an element named by ``AUTHOR_PARTS``, ``itemprop=author``, a ``<cite>``) and time (a
``<time>``, an element named by ``TIME_PARTS`` holding a digit) become its metadata; its controls
(elements named by ``CONTROL_PARTS``, lines of ``COMMENT_CONTROLS`` words) go, recorded. What is left
is its text. The block stage (``finish``) then lets go of comments the located article already holds
(a thread's page, whose posts are its content). Structure and vocabulary only: no site.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from newsclean.article import Comment
from newsclean.blocks import BLOCK_TAGS, SKIP_TAGS, drop_keep_tail, element_text, html_blocks
from newsclean.document import Document
from newsclean.headerlines import dates_of
from newsclean.patterns import terms_source
from newsclean.text import normalize_space

from ..inbody.comment_lines import is_count_heading
from ..regions import region_of_value
from ..vocab import terms
from ..vocab.comments import COMMENT_CONTROLS, SECTION_WORDS, SECTION_WORDS_COUNTED
from .thread import POST_STAMPS_KEY, THREAD_PAGE_KEY

__all__ = ["COLLECTED_KEY", "collect", "finish"]

# ---------------------------------------------------------------------------
# vocabulary (class / id / itemprop parts, split at "-", "_" and case)
# ---------------------------------------------------------------------------
#: Parts naming a comment's author box or name.
AUTHOR_PARTS = frozenset(("author", "username", "user", "name", "nick", "nickname", "fn", "commenter",
                          "poster", "screenname", "displayname", "byline",
                          # the same in other languages' class names (de, pl, it, es/pt)
                          "autor", "nutzer", "benutzer", "uzytkownik", "autore", "utente", "usuario"))
#: Parts naming a comment's time or its metadata line (read as one when it holds a digit).
TIME_PARTS = frozenset(("date", "time", "timestamp", "datetime", "published", "posted", "meta", "metadata",
                        "commentmetadata", "ago", "when", "created"))
#: Parts naming a comment's controls: reply, vote, report, avatar, like, share, edit buttons and links.
CONTROL_PARTS = frozenset(("reply", "vote", "votes", "voting", "report", "flag", "abuse", "avatar", "like",
                           "likes", "dislike", "share", "sharing", "permalink", "edit", "quote", "rating",
                           "actions", "action", "toolbar", "tools", "button", "btn", "moderation", "karma",
                           "respond", "footer", "reactions"))
#: Parts that make a comment-named element a list of other pages' comments (a blog's "recent comments"
#: widget), no section of this article's.
OTHER_PAGES_PARTS = frozenset(("recent", "latest", "popular"))
#: schema.org types of one comment and of a comment section.
COMMENT_TYPES = ("schema.org/comment", "schema.org/answer")
SECTION_TYPES = ("schema.org/usercomments", "schema.org/discussionforumposting")

# ---------------------------------------------------------------------------
# limits
# ---------------------------------------------------------------------------
#: A comment box holds at least this many characters of text.
ITEM_MIN_CHARS = 8
#: A section shorter than this holds no comments (a count link, "5 comments").
SECTION_MIN_CHARS = 20
#: An author's or a time's box longer than this is no box of theirs (a wrapper named so).
META_MAX_CHARS = 120
#: A stamp alone in an element of its own (no class naming it) is at most this long: the comment's time.
STAMP_MAX_CHARS = 40
#: A control element longer than this is no button (a replies list named ``reply``).
CONTROL_MAX_CHARS = 80

#: doc.state key: the comments the tree step collected, for the block step to finish.
COLLECTED_KEY = "declared.comments:collected"

_CHROME_TAGS = frozenset(("nav", "aside", "footer", "header", "menu"))
_CHROME_REGIONS = frozenset(("nav", "sidebar", "footer", "header"))
_FORM_TAGS = frozenset(("form", "textarea"))
_SPLIT = re.compile(r"[-_\s:]+|(?<=[a-z])(?=[A-Z])")
_CONTROL_WORDS = sorted({w.lower() for ws in COMMENT_CONTROLS.values() for w in ws}, key=len, reverse=True)
_CONTROL_LINE = re.compile(r"(?:(?:%s)\s*)+" % "|".join(re.escape(w) for w in _CONTROL_WORDS))
_SECTION_ALT = terms_source(terms(SECTION_WORDS, SECTION_WORDS_COUNTED))
_COUNT_ONLY = re.compile(rf"[\s{{\[(【]*(?:\d[\d.,]*\s*)?{_SECTION_ALT}?s?\s*(?:[(\[（]\s*\d[\d.,]*\s*[)\]）])?"
                         r"[\s:：»}\])】]*", re.I)
_COUNT_MARKS = re.compile(r"[\d()\[\]|·•:+\-–—/,.!?()（）【】]+")


def _parts(el: Any) -> set[str]:
    out: set[str] = set()
    for attr in ("class", "id", "itemprop"):
        v = el.get(attr)
        if v:
            out.update(p.lower() for p in _SPLIT.split(v[:300]) if p)
    return out


def _text(el: Any) -> str:
    """An element's text as the block walk reads it (``element_text``: scripts left out, abutting inline
    elements apart or glued as on the page): a comment's author and time reach the output, and a box's size
    is the text it shows."""
    return element_text(el)


def _is_comment_section(el: Any) -> bool:
    for attr in ("id", "class"):
        v = el.get(attr)
        if v and region_of_value(v)[0] == "comments":
            return True
    t = (el.get("itemtype") or "").lower()
    return any(x in t for x in SECTION_TYPES)


def _in_chrome(el: Any) -> bool:
    for anc in el.iterancestors():
        if anc.tag in _CHROME_TAGS:
            return True
        for attr in ("class", "id"):
            v = anc.get(attr)
            if v and region_of_value(v)[0] in _CHROME_REGIONS:
                return True
    return False


def _holds_article(el: Any) -> bool:
    if el.tag in ("html", "body", "main"):
        return True
    if next(el.iter("h1"), None) is not None:
        return True
    return any((d.get("itemprop") or "").lower() == "articlebody" for d in el.iter() if isinstance(d.tag, str))


def _inside_article_body(el: Any) -> bool:
    return any((a.get("itemprop") or "").lower() == "articlebody" for a in el.iterancestors())


def sections(root: Any) -> list[Any]:
    """The page's comment sections, outermost first, in reading order."""
    got: list[Any] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not _is_comment_section(el):
            continue
        if any(el is g or any(a is g for a in el.iterancestors()) for g in got):
            continue
        if _holds_article(el) or _inside_article_body(el) or _in_chrome(el) or el.tag in _FORM_TAGS \
                or el.tag in _CHROME_TAGS or not OTHER_PAGES_PARTS.isdisjoint(_parts(el)):
            continue
        if len(_text(el)) < SECTION_MIN_CHARS:
            continue
        got.append(el)
    return got


def _has_form(el: Any) -> bool:
    return el.tag in _FORM_TAGS or any(True for _ in el.iter("form", "textarea"))


def _key(el: Any) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    first = re.sub(r"\d+", "", cls[0]).lower() if cls else ""
    return (el.tag, first)


def _names_comment(el: Any) -> bool:
    for attr in ("class", "id"):
        v = el.get(attr)
        if v and region_of_value(re.sub(r"\d+", "", v))[0] == "comments":
            return True
    return False


def _schema_item(el: Any) -> bool:
    t = (el.get("itemtype") or "").lower()
    return any(t.rstrip("/").endswith(x) for x in COMMENT_TYPES)


def items(section: Any) -> list[Any]:
    """The comment boxes of ``section`` in reading order (replies nested in them included)."""
    schema = [el for el in section.iter() if isinstance(el.tag, str) and _schema_item(el) and not _in_form(el, section)]
    if schema:
        return schema
    best: tuple[int, int, int] = (0, 0, 0)
    best_group: tuple[Any, tuple[str, str]] | None = None
    for depth_el in section.iter():
        if not isinstance(depth_el.tag, str) or depth_el.tag in _FORM_TAGS or depth_el.tag in SKIP_TAGS:
            continue
        groups: dict[tuple[str, str], list[int]] = {}
        for ch in depth_el:
            if not isinstance(ch.tag, str) or ch.tag in SKIP_TAGS or ch.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                continue
            n = len(_text(ch))
            if n < ITEM_MIN_CHARS or _has_form(ch):
                continue
            groups.setdefault(_key(ch), []).append(n)
        for key, sizes in groups.items():
            if len(sizes) < 2 and not (key[1] and _names_comment_key(depth_el, key)):
                continue
            # a group of boxes before a lone one; then the text covered; a lone box as deep as it goes
            # (``ol.comment-list > li.comment``: the comment, not its list), a group as high
            depth = sum(1 for _ in depth_el.iterancestors())
            score = (int(len(sizes) > 1), sum(sizes), -depth if len(sizes) > 1 else depth)
            if score > best:
                best, best_group = score, (depth_el, key)
    if best_group is None:
        return []
    parent, key = best_group
    return [el for el in parent.iter() if el is not parent and isinstance(el.tag, str) and _key(el) == key
            and not _in_form(el, section)]


def _names_comment_key(parent: Any, key: tuple[str, str]) -> bool:
    for ch in parent:
        if isinstance(ch.tag, str) and _key(ch) == key:
            return _names_comment(ch)
    return False


def _in_form(el: Any, stop: Any) -> bool:
    for a in el.iterancestors():
        if a.tag in _FORM_TAGS:
            return True
        if a is stop:
            return False
    return False


def is_control_line(line: str) -> bool:
    """True for a line made only of comment controls and their counts (``Reply``, ``Like (3) | Report``)."""
    t = normalize_space(_COUNT_MARKS.sub(" ", line.lower()))
    return bool(t) and _CONTROL_LINE.fullmatch(t) is not None


def is_count_only(line: str) -> bool:
    """A comment count or the section's word alone (``12 comments``, ``Comments (3)``, ``2 replies``): a link
    to the comments or a box's count, no comment."""
    t = normalize_space(line)
    return bool(t) and (_COUNT_ONLY.fullmatch(t) is not None or is_count_heading(t))


def _link_only(item: Any, skip: set[Any]) -> bool:
    """Whether every character of the comment box's own text (``skip`` left out) is a link's: a teaser's or a
    count's box (``<a>12 comments</a>``, a list of other posts), no comment."""
    own = len(_squeezed(element_text(item, skip)))
    if not own:
        return False
    links = 0
    for a in item.iter("a"):
        if a.get("href") is not None and not any(x in skip for x in a.iterancestors()) and a not in skip \
                and not any(x.tag == "a" for x in a.iterancestors() if x is not item):
            links += len(_squeezed(element_text(a)))
    return links >= own


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _lines(el: Any, skip: set[Any]) -> list[str]:
    """The lines of a comment's text: the block walk (``html_blocks``) over a copy of its box without the
    elements of ``skip`` (its replies, author and time boxes, controls) and its forms, one line a block."""
    twin = copy.deepcopy(el)
    gone = [c for o, c in zip(el.iter(), twin.iter()) if o is not el and (o in skip or o.tag in _FORM_TAGS)]
    for c in gone:  # (a block element's place still ends a line; an inline one's text goes, its tail stays)
        if c.tag in BLOCK_TAGS:
            c.clear(keep_tail=True)
        else:
            drop_keep_tail(c)
    blocks, _ = html_blocks(twin)
    return [t for t in (normalize_space(b.text) for b in blocks) if t]


def _meta(item: Any, own: list[Any], parts: frozenset[str], need_digit: bool) -> Any:
    for el in own:
        if el is item or el.tag in _FORM_TAGS:
            continue
        if parts.isdisjoint(_parts(el)) and not (parts is AUTHOR_PARTS and el.tag == "cite"):
            continue
        t = _text(el)
        if t and len(t) <= META_MAX_CHARS and (not need_digit or any(c.isdigit() for c in t)):
            return el
    return None


def _name_in(box: Any) -> str:
    best = _text(box)
    for el in box.iter():
        if el is box or not isinstance(el.tag, str):
            continue
        if not AUTHOR_PARTS.isdisjoint(_parts(el)) or el.tag == "cite":
            t = _text(el)
            if t and len(t) < len(best):
                best = t
    return best


def _comment(doc: Document, item: Any, nested: set[Any], depth: int) -> Comment | None:
    own: list[Any] = []
    stack = list(item)
    while stack:  # the item's own elements: not those of its replies
        el = stack.pop(0)
        if not isinstance(el.tag, str) or el in nested:
            continue
        own.append(el)
        stack[:0] = list(el)
    skip: set[Any] = set(nested)
    author = time = None
    abox = _meta(item, own, AUTHOR_PARTS, False)
    if abox is not None:
        author = _name_in(abox)
        skip.add(abox)
    tel = next((el for el in own if el.tag == "time" and not any(a in skip for a in el.iterancestors())), None)
    tbox = _meta(item, [el for el in own if el is not abox and not any(a is abox for a in el.iterancestors())],
                 TIME_PARTS, True)
    if tel is None and tbox is None:  # a date alone in a leaf element
        tbox = next((el for el in own if len(el) == 0 and el is not abox
                     and not any(a is abox for a in el.iterancestors())
                     and 0 < len(_text(el)) <= STAMP_MAX_CHARS and dates_of(_text(el), limit=1)), None)
    stamp = None
    if tel is not None:
        time = _text(tel) or tel.get("datetime") or None
        stamp = tel.get("datetime") or None
    elif tbox is not None:
        time = _text(tbox)
    for box in (tbox, tel):
        if box is not None and not any(a in skip for a in box.iterancestors()):
            skip.add(box)
    for el in own:
        if el in skip or any(a in skip for a in el.iterancestors()):
            continue
        if not CONTROL_PARTS.isdisjoint(_parts(el)) and len(_text(el)) <= CONTROL_MAX_CHARS \
                and not any(n in nested for n in el.iter()):
            skip.add(el)
            t = _text(el)
            if t:
                doc.record("comment-control", "a comment's control (reply, vote, report, avatar, share)", t,
                           region="comments")
    boxes = [b for b in (abox, tbox if tbox is not None else tel) if b is not None]
    meta_text = " ".join(_text(b) for b in boxes
                         if not any(o is not b and any(a is o for a in b.iterancestors()) for o in boxes))
    if meta_text:
        doc.record("comment-meta", "a comment's author and time line (kept as the comment's metadata)",
                   meta_text, region="comments")
    if _link_only(item, skip):
        t = element_text(item, skip)
        doc.record("comment-control", "a box of links in the comment section (a count's or a teaser's link), "
                   "no comment", t, region="comments")
        return None
    lines = []
    for line in _lines(item, skip):
        if is_control_line(line):
            doc.record("comment-control", "a comment's control line (reply, vote, report)", line, region="comments")
        else:
            lines.append(line)
    text = "\n".join(lines)
    if not text:
        return None
    if is_count_only(text):
        doc.record("comment-control", "a comment count alone (a link to the comments), no comment", text,
                   region="comments")
        return None
    return Comment(text=text, author=author or None, time=time or None, depth=depth, datetime=stamp)


def collect(doc: Document) -> None:
    """Tree step: the comments of the page's comment sections, kept in ``doc.state`` for :func:`finish`."""
    if getattr(doc.options, "comments", "drop") == "drop" or doc.tree is None:
        return
    got: list[Comment] = []
    for section in sections(doc.tree):
        boxes = items(section)
        box_set = set(boxes)
        for box in boxes:
            depth = sum(1 for a in box.iterancestors() if a in box_set)
            nested = {el for el in box.iter() if el is not box and el in box_set}
            c = _comment(doc, box, nested, depth)
            if c is not None:
                got.append(c)
    if got:
        doc.state[COLLECTED_KEY] = got


def _squeeze(text: str) -> str:
    return "".join(text.split())


def finish(doc: Document) -> None:
    """Block step: the collected comments on ``doc.comments``, those the located article already holds
    (a thread's posts, a comment-named box of the article) and repeats left out."""
    got: list[Comment] = doc.state.get(COLLECTED_KEY) or []
    if not got:
        return
    if doc.state.get(THREAD_PAGE_KEY) or doc.state.get(POST_STAMPS_KEY):
        doc.note("comments: a thread's page, whose posts are its content: no comments apart")
        return
    body = _squeeze("".join(b.text for b in doc.blocks if b.dropped is None))
    seen: set[str] = set()
    out: list[Comment] = []
    inside = 0
    for c in got:
        key = _squeeze(c.text)
        if key in seen:
            continue
        seen.add(key)
        if key[:200] in body:
            inside += 1
            continue
        out.append(c)
    if inside:
        doc.note(f"comments: {inside} of the comment section's comments are the article's own text, left there")
    if inside * 2 > len(seen):
        return  # (the section is the page's content: a thread)
    doc.comments = out
