"""A thread page that declares nothing, told by its template: the chrome step's second writer of
``THREAD_PAGE_KEY`` (see :mod:`thread`).

A board's replies stand in a run of alike boxes, each signed (an author element), stamped (a time element)
and holding prose. A blog's comments look the same; what a thread adds is evidence that the opening post is
one of the posts: its author element is built like the replies' ones (the same tag and class words), where
an article's byline is built otherwise than its comments' names; or the replies carry a board's furniture
(a post signature under each). Words of the page are never enough alone, and the address is no evidence.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import Any, Callable, Iterable

from lxml.etree import XPath

from newsclean.blocks import shared_prefix
from newsclean.headerlines import dates_of
from newsclean.plugins.vocab import terms
from newsclean.plugins.vocab.counters import MEMBER_SINCE
from newsclean.text import punct_count

#: Class / id / itemprop / rel words naming the element that holds a post's author (a profile link, a user
#: name). Compared as whole tokens after splitting class words on ``-`` and ``_`` (``DiscussionBoard-username``).
AUTHOR_WORDS = frozenset(("author", "username", "user", "poster", "postauthor", "nickname", "nick", "uname",
                          "membername", "profilelink", "creator"))
#: Class / itemprop words naming a post's time stamp (besides ``<time>`` and a ``datetime`` attribute).
TIME_WORDS = frozenset(("time", "date", "timestamp", "datetime", "postdate", "datecreated", "datepublished",
                        "published", "posted", "age"))
#: Class words naming a board member's signature under a post (board furniture no blog comment carries).
SIGNATURE_WORDS = frozenset(("signature", "sig", "postsig", "usersig"))
#: An author element's text, at most (a name, perhaps with a rank or "by").
MAX_AUTHOR_CHARS = 80
#: A run of alike reply boxes this long at least (with author, time and prose each).
MIN_RUN = 3
#: A reply's prose: this many characters with a punctuation mark.
POST_MIN_CHARS = 12
#: Wrappers the opening post's author may stand in besides the replies' ones (a row of the post's title).
EXTRA_WRAPPERS = 2
#: Reply boxes of the run with a signature, at least, for the signatures to count.
MIN_SIGNED = 2
#: A board's run of posts outside any comment section (:func:`board_shape`) holds this share of the body's
#: text at least (an article's page keeps most of its text outside a run of comments).
BOARD_SHARE = 0.5
#: ... and fewer than this share of its boxes hold a heading linked to another page (a listing's teasers; a
#: post's own heading links to its anchor on the page, ``#p12``, or to nothing).
BOARD_TEASER_SHARE = 0.5
#: A post box's stamp without a time element: a text of at most this many characters holding a date.
STAMP_TEXT_CHARS = 60
#: Elements of a box looked at for such a stamp text, at most.
STAMP_TEXT_ELEMENTS = 400
#: A member's join date in a post's member column ("Registered: July 03, 2001", "Mitglied seit 2017"; the
#: labels per language are ``vocab/counters.py`` ``MEMBER_SINCE``) is no stamp of the post: the label opening the
#: date's text, or standing as the text just before it (``<dt>Joined</dt><dd>Mar 2021</dd>``).
_JOINED = "(?:" + "|".join(re.escape(t.lower()) for t in sorted(terms(MEMBER_SINCE), key=len, reverse=True)) + ")"
# (each tried once, where the text's lead of other characters than letters and digits ends: no label opens
# with one, and "^\W*" before them tried the labels at every character of a long lead while giving it back)
_JOINED_OPENS = re.compile(_JOINED + r"(?!\w)", re.I)
_JOINED_ALONE = re.compile(_JOINED + r"\W*$", re.I)
_NOT_WORD_LEAD = re.compile(r"\W*")


def _after_lead(label: re.Pattern[str], t: str) -> bool:
    """``label`` matches ``t`` where its lead of non-word characters ends (``_JOINED_OPENS``, ``_JOINED_ALONE``)."""
    return label.match(t, _NOT_WORD_LEAD.match(t).end()) is not None


#: What a class / id / itemprop / rel value's words name (bits of :func:`_value_marks`).
_AUTHOR, _TIME, _SIGNATURE = 1, 2, 4
#: The marks each attribute may carry: author words in all four; time words in class and itemprop; signature
#: words in class and id.
_MARK_ATTRS = (("class", _AUTHOR | _TIME | _SIGNATURE), ("id", _AUTHOR | _SIGNATURE), ("itemprop", _AUTHOR | _TIME),
               ("rel", _AUTHOR))


#: Bound of the per-value caches below: as the region caches' (a crawl of many sites meets over 16,000
#: distinct class values in 200 pages; a smaller bound cleared them mid-page).
VALUE_CACHE_MAX = 20000


@lru_cache(maxsize=VALUE_CACHE_MAX)
def _value_marks(value: str) -> int:
    """The marks (``_AUTHOR``, ``_TIME``, ``_SIGNATURE``) an attribute value's words carry: its whitespace
    tokens, lower-cased, and their parts split on ``-`` and ``_`` (``DiscussionBoard-username``); kept by
    value (a page repeats a few values, often)."""
    words: set[str] = set()
    for tok in value.lower().split():
        words.add(tok)
        if "-" in tok or "_" in tok:
            words.update(tok.replace("_", "-").split("-"))
    return ((_AUTHOR if not AUTHOR_WORDS.isdisjoint(words) else 0)
            | (_TIME if not TIME_WORDS.isdisjoint(words) else 0)
            | (_SIGNATURE if not SIGNATURE_WORDS.isdisjoint(words) else 0))


def _marks(el: Any) -> int:
    """The marks ``el``'s attributes carry (see ``_MARK_ATTRS``)."""
    out = 0
    for a, allowed in _MARK_ATTRS:
        v = el.get(a)
        if v:
            out |= _value_marks(v) & allowed
    return out


#: The attributes that may carry author words (see ``_MARK_ATTRS``).
AUTHOR_ATTRS = frozenset(a for a, allowed in _MARK_ATTRS if allowed & _AUTHOR)
#: Class values already judged by :func:`author_class` (bounded: cleared when full); a walk may read it first.
AUTHOR_CLASS_CACHE: dict[str, bool] = {}
_AUTHOR_CLASS_MAX = VALUE_CACHE_MAX


def author_class(value: str) -> bool:
    """True when a class value's words name a post's author (``AUTHOR_WORDS``); kept by value, for a walk
    that reads every element's class."""
    got = AUTHOR_CLASS_CACHE.get(value)
    if got is None:
        if len(AUTHOR_CLASS_CACHE) >= _AUTHOR_CLASS_MAX:
            AUTHOR_CLASS_CACHE.clear()
        got = AUTHOR_CLASS_CACHE[value] = bool(_value_marks(value) & _AUTHOR)
    return got


def author_marked(el: Any, keys: Iterable[str] = AUTHOR_ATTRS) -> bool:
    """True when ``el``'s class, id, itemprop or rel words name a post's author (its text not read).
    ``keys``: its attribute names, when known (only those of ``AUTHOR_ATTRS`` are read)."""
    cache = AUTHOR_CLASS_CACHE
    for a in keys:
        if a in AUTHOR_ATTRS:
            v = el.get(a)
            if v:
                got = cache.get(v)
                if got is None:
                    got = author_class(v)
                if got:
                    return True
    return False


def board_parents(marked: "list[Any] | None") -> "list[Any] | None":
    """The elements that may hold a board's run of posts (:func:`board_shape`) on a page whose author-marked
    elements (:func:`author_marked`, in document order) are ``marked``: each post box holds one, so the run's
    parent has ``MIN_RUN`` alike children (tag and class words) holding one each; [] when none has.
    ``None``: not known (the search goes everywhere). Each element's ancestors are walked up to where an
    earlier one's walk joins."""
    if marked is None:
        return None
    if len(marked) < MIN_RUN:
        return []
    kids: dict[Any, list[Any]] = {}  # (each element's children on the way up from a marked one)
    walked: set[Any] = set()
    for child in marked:
        while child not in walked:  # (an earlier element's walk went on from here: counted)
            walked.add(child)
            up = child.getparent()
            if up is None:
                break
            got = kids.get(up)
            if got is None:
                kids[up] = [child]
            else:
                got.append(child)
            child = up
    return [up for up, got in kids.items()
            if len(got) >= MIN_RUN and Counter(map(_class_sig, got)).most_common(1)[0][1] >= MIN_RUN]


def _class_sig(el: Any) -> tuple[str, frozenset[str]]:
    """An element's tag and class tokens, leaving out tokens that carry digits (per-post or per-user ids)."""
    return el.tag, _class_words(el.get("class") or "")


@lru_cache(maxsize=4096)
def _class_words(value: str) -> frozenset[str]:
    """``value``'s class tokens without those carrying digits (a page repeats a few class values, often)."""
    return frozenset(t for t in value.split() if not any(map(str.isdigit, t)))


def _named_author(el: Any, marks: int) -> bool:
    """A name's element: author words, and a name's length of text (not a wrapper named ``user-content``)."""
    return bool(marks & _AUTHOR) and 1 < len(el.text_content().strip()) <= MAX_AUTHOR_CHARS


def is_author(el: Any) -> bool:
    """An element naming a post's author: author words in its class/id/itemprop/rel, a name's length of text."""
    return _named_author(el, _marks(el))


def _stamped(el: Any, marks: int) -> bool:
    return bool(marks & _TIME) or el.tag == "time" or el.get("datetime") is not None


def _box(el: Any, text_stamps: bool = False) -> tuple[Any, bool, bool] | None:
    """``(author element, has time, has signature)`` when ``el`` is a reply box (author, time and prose), else None.
    ``text_stamps``: a short text holding a date stands for the time element (:func:`_text_stamp`)."""
    author = None
    stamp = signed = False
    for d in _MARKABLE(el):  # (only the elements that may carry a mark: attribute look-ups in C)
        m = _marks(d)
        if author is None and _named_author(d, m):
            author = d
        if not stamp and _stamped(d, m):
            stamp = True
        if m & _SIGNATURE:
            signed = True
    if author is None or not (stamp or text_stamps):
        return None
    text = el.text_content()
    if len(text.strip()) < POST_MIN_CHARS or not punct_count(text):
        return None
    if not stamp and not _text_stamp(el):
        return None
    return author, True, signed


#: ``el`` and its descendants that may carry a mark (class, id, itemprop or rel words) or be a stamp (a time
#: element, a ``datetime`` attribute), in document order.
_MARKABLE = XPath("descendant-or-self::*[@class or @id or @itemprop or @rel or @datetime or self::time]")


def _text_stamp(el: Any) -> bool:
    """``el`` holds a short text that is a date (a board's post stamp written as plain text: "Wed Dec 27, 2023
    10:00 am" in the post's head line), within its first ``STAMP_TEXT_ELEMENTS`` elements; a member's join date
    (``_JOINED_OPENS``, or after a text that is such a label alone) is none."""
    before = ""  # (the last text read with a character other than whitespace)
    for d in islice(el.iter(), STAMP_TEXT_ELEMENTS):
        if not isinstance(d.tag, str):
            continue
        for t in (d.text, d.tail):
            if not t or t.isspace():
                continue
            t = t.strip()
            if 6 <= len(t) <= STAMP_TEXT_CHARS and dates_of(t, limit=1) \
                    and not _after_lead(_JOINED_OPENS, t) and not _after_lead(_JOINED_ALONE, before):
                return True
            before = t
    return False


def _may_hold_run(region: Any) -> bool:
    """False when ``region`` holds fewer than ``MIN_RUN`` author-worded elements or stamps: no run of reply
    boxes can stand in it (each box holds one of each of its own). One walk, read through the value cache."""
    authors = stamps = 0
    for d in region.iter():
        if not isinstance(d.tag, str):
            continue
        m = _marks(d)
        if m & _AUTHOR:
            authors += 1
        if _stamped(d, m):
            stamps += 1
        if authors >= MIN_RUN and stamps >= MIN_RUN:
            return True
    return False


def _run(region: Any) -> list[tuple[Any, tuple[Any, bool, bool]]]:
    """The longest run of alike sibling reply boxes in ``region`` (its children's, its descendants')."""
    best: list[tuple[Any, tuple[Any, bool, bool]]] = []
    if not _may_hold_run(region):
        return best
    for parent in region.iter():
        if not isinstance(parent.tag, str) or len(parent) < MIN_RUN:
            continue
        sigs = Counter(_class_sig(c) for c in parent if isinstance(c.tag, str))
        for sig, n in sigs.most_common():  # (not the most common alone: a post's bare anchor beside each box)
            if n < MIN_RUN or n <= len(best):
                break
            boxes = [(c, b) for c in parent if isinstance(c.tag, str) and _class_sig(c) == sig
                     for b in (_box(c),) if b is not None]
            if len(boxes) >= MIN_RUN and len(boxes) > len(best):
                best = boxes
    return best


def thread_shape(body: Any, comments: list[Any], skip: set[Any]) -> str:
    """Why the page is a thread by its template (a note for ``explain``), or "".

    ``comments``: the outermost elements the chrome step names comment sections; ``skip``: the elements it
    names other chrome (a header, a nav, a sidebar: an author link there is no opening post's)."""
    run: list[tuple[Any, tuple[Any, bool, bool]]] = []
    for region in comments:
        found = _run(region)
        if len(found) > len(run):
            run = found
    if len(run) < MIN_RUN:
        return ""
    signed = sum(1 for _, b in run if b[2])
    if signed >= MIN_SIGNED:
        return (f"{len(run)} alike reply boxes, each signed, stamped and with prose, {signed} of them with a "
                f"member's signature")
    shapes = Counter(_shape(box, b[0]) for box, b in run)
    shape, n = shapes.most_common(1)[0]
    if n < MIN_RUN or not shape[0][1]:
        return ""
    sig, path = shape[0], shape[1:]
    box_tag, box_words = run[0][0].tag, set().union(*(_class_sig(box)[1] for box, _ in run))
    first = run[0][0]
    inside = set(comments) | skip
    for el in body.iter():  # (in document order: only what comes before the run is the opening post's)
        if el is first:
            break
        if not isinstance(el.tag, str) or el.tag != sig[0] or _class_sig(el) != sig or not is_author(el):
            continue
        if not _built_alike(el, path, box_tag, box_words):
            continue  # (its byline stands in other wrappers than the replies' names: an article's)
        if el in inside or any(map(inside.__contains__, el.iterancestors())):
            continue
        return (f"{len(run)} alike reply boxes, each signed, stamped and with prose, and the opening post's "
                f"box is built like theirs (its author in <{sig[0]} class=\"{' '.join(sorted(sig[1]))}\">, "
                f"in the same wrappers, in a <{box_tag}> of the same class words)")
    return ""


def board_shape(body: Any, comments: set[Any], size: "Callable[[Any], int] | None" = None,
                parents: "list[Any] | None" = None) -> str:
    """Why the page is a board's thread by the run of posts in its body, outside any comment section (a
    phpBB or vBulletin topic: each post a box with its member's column, its stamp and its text), or "".

    A run of ``MIN_RUN`` alike sibling boxes, each with an author element, a stamp (a time element or a short
    text holding a date) and prose, in no comment section (``comments``: the elements the chrome step names
    so, judged by :func:`thread_shape`), holding ``BOARD_SHARE`` of the body's text (a layout wrapper named
    after its sidebar may hold them: no other chrome evidence counts here), fewer than ``BOARD_TEASER_SHARE``
    of them with a heading linked to another page (a listing's cards each head a story elsewhere).
    ``size``: an element's characters (by default, the length of its text). ``parents``: the only elements the
    run may stand in (:func:`board_parents`), when known; none holding ``BOARD_SHARE`` of the text, no search."""
    count = size or _text_len
    total = count(body)
    if parents is not None and not any(count(p) >= BOARD_SHARE * total for p in parents):
        return ""
    run = _board_run(body, total, count)
    if len(run) < MIN_RUN:
        return ""
    first = run[0][0]
    if any(map(comments.__contains__, first.iterancestors())):
        return ""  # (replies in a comment section: the comment sections' reading, :func:`thread_shape`, judged them)
    held = sum(count(box) for box, _ in run)
    if held < BOARD_SHARE * total:
        return ""
    teasers = sum(1 for box, _ in run if _teaser_heading(box))
    if teasers >= BOARD_TEASER_SHARE * len(run):
        return ""
    return (f"{len(run)} alike post boxes in the page's body (<{first.tag} class=\"{first.get('class') or ''}\">), "
            f"each with an author, a stamp and prose, holding {held / max(total, 1):.2f} of its text, "
            f"{teasers} of them with a heading linked to another page")


def _text_len(el: Any) -> int:
    return len(el.text_content())


def _board_run(body: Any, total: int, count: "Callable[[Any], int]") -> list[tuple[Any, tuple[Any, bool, bool]]]:
    """The longest run of alike sibling post boxes (plain-text stamps allowed) whose tag and class hold
    ``BOARD_SHARE`` of the body's ``total`` characters together: looked for only under the elements on the way
    down from ``body`` that hold that much each (the run's parent is one of them), bounded work on any page.
    Children are measured only where enough of them are alike to make a longer run, else until the one holding
    that much (or too few characters are left for one)."""
    need = BOARD_SHARE * total
    best: list[tuple[Any, tuple[Any, bool, bool]]] = []
    node, held_by_node = body, total
    while node is not None:
        kids = [c for c in node if isinstance(c.tag, str)]
        sigs = [_class_sig(c) for c in kids] if len(kids) >= MIN_RUN else []
        alike = Counter(sigs).most_common()
        if alike and alike[0][1] >= MIN_RUN and alike[0][1] > len(best):
            sizes = [count(c) for c in kids]
            held: Counter[Any] = Counter()
            for sig, n in zip(sigs, sizes):
                held[sig] += n
            for sig, n in alike:
                if n < MIN_RUN or n <= len(best):
                    break
                if held[sig] < need:
                    continue
                boxes = _boxes([(c, n) for c, g, n in zip(kids, sigs, sizes) if g == sig], max(MIN_RUN, len(best) + 1))
                if boxes:
                    best = boxes
            node, held_by_node = next(((c, n) for c, n in zip(kids, sizes) if n >= need), (None, 0))
        else:
            node, held_by_node = _holder(kids, held_by_node, need, count)
    return best


def _holder(kids: list[Any], left: int, need: float, count: "Callable[[Any], int]") -> tuple[Any, int]:
    """The first of ``kids`` holding ``need`` characters, with its size, or ``(None, 0)``; ``left``: their parent's
    characters (the kids after those measured hold what is left at most)."""
    for c in kids:
        if left < need:
            break
        n = count(c)
        if n >= need:
            return c, n
        left -= n
    return None, 0


def _boxes(alike: list[tuple[Any, int]], need: int) -> list[tuple[Any, tuple[Any, bool, bool]]]:
    """The post boxes (plain-text stamps allowed) among ``alike`` (elements with their sizes, in document order)
    when they are ``need`` at least, else []. The smallest are tried first and the search given up as soon as
    too few are left to reach ``need`` (a news page's groups fail on a member; the order changes no answer)."""
    found: dict[int, tuple[Any, bool, bool]] = {}
    spare = len(alike) - need  # (members that may fail)
    if spare < 0:
        return []
    for i in sorted(range(len(alike)), key=lambda i: alike[i][1]):
        b = _box(alike[i][0], True)
        if b is not None:
            found[i] = b
        else:
            spare -= 1
            if spare < 0:
                return []
    return [(alike[i][0], found[i]) for i in sorted(found)]


#: The heading tags a listing's card heads its story with.
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _teaser_heading(box: Any) -> bool:
    """``box`` holds a heading linked to another page (no in-page anchor: ``#p12``, ``?p=12#p12``) that names
    no author (a board may set the poster's name, linked to the profile, as the post's heading)."""
    for h in box.iter(*_HEADINGS):
        if any(isinstance(e.tag, str) and is_author(e) for e in h.iter()):
            continue
        for a in h.iter("a"):
            href = a.get("href") or ""
            if href and "#" not in href:
                return True
    return False


def _built_alike(author: Any, path: tuple[tuple[str, frozenset[str]], ...], box_tag: str,
                 box_words: set[str]) -> bool:
    """True when ``author``'s wrappers are the replies' ones (``path``, in order, ``EXTRA_WRAPPERS`` more
    at most between them) and then a box of the replies' tag sharing a class word with theirs."""
    want = list(path)
    spare = EXTRA_WRAPPERS
    for a in islice(author.iterancestors(), len(path) + EXTRA_WRAPPERS + 1):
        sig = _class_sig(a)
        if want:
            if sig == want[0]:
                want.pop(0)
                continue
        elif sig[0] == box_tag and sig[1] & box_words:
            return True
        if not spare:
            return False
        spare -= 1
    return False


def _shape(box: Any, author: Any) -> tuple[tuple[str, frozenset[str]], ...]:
    """The author element's tag and class words, then its wrappers' up to (not with) the reply ``box``."""
    out = [_class_sig(author)]
    for a in author.iterancestors():
        if a is box:
            break
        out.append(_class_sig(a))
    return tuple(out)


#: Blocks looked at above a post's stamp for its author's line, at most (the avatar, the name, a rank).
AUTHOR_LOOKBACK = 6
#: ... and further up, when none stands within those (a profile column of rank, join date and counts between
#: the name and the stamp): the nearest one then, at most this many blocks above the stamp.
AUTHOR_LOOKBACK_FAR = 16
#: Elements of a block looked at for an author element, at most (a name's line is short).
AUTHOR_ELEMENTS = 12


def post_heads(blocks: list[Any], stamps: Iterable[int]) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """The blocks heading a forum topic's posts, by index, each with why: the post stamps (``stamps``, the
    indices of blocks holding a post's time element) and above each, within ``AUTHOR_LOOKBACK`` blocks and
    after the previous post's text or stamp, the first short block holding an author element (the poster's
    name: ``AUTHOR_WORDS``), else the nearest one up to ``AUTHOR_LOOKBACK_FAR`` blocks (a long profile column
    of short lines between). One name and one stamp per post; a rank or a member's counts are neither. And
    the quotes' attribution lines in the posts (:func:`is_quote_head`).
    Also the ``(author line, stamp)`` index pairs found (what stands between them is the poster's column)."""
    out: dict[int, str] = {}
    pairs: list[tuple[int, int]] = []
    previous = -1
    for s in sorted(stamps):
        out[s] = "a post's time stamp on a forum topic"
        found = None
        for i in range(s - 1, max(previous, s - 1 - AUTHOR_LOOKBACK_FAR), -1):
            b = blocks[i]
            if b.chars > MAX_AUTHOR_CHARS or (b.chars >= POST_MIN_CHARS and punct_count(b.text)):
                break  # (the previous post's text)
            if (found is None or i >= s - AUTHOR_LOOKBACK) and b.path \
                    and any(isinstance(e.tag, str) and is_author(e) for e in islice(b.path[-1].iter(), AUTHOR_ELEMENTS)):
                found = i
            if found is not None and i <= s - AUTHOR_LOOKBACK:
                break  # (past the near blocks: the nearest name further up is the poster's, none above it)
        if found is not None:
            out[found] = "a post's author line on a forum topic (above its time stamp)"
            pairs.append((found, s))
        previous = s
    _quote_heads(blocks, min(out, default=len(blocks)), out)
    return out, pairs


#: The colons that end a quote's attribution line ("jdoe said:", "jdoe a écrit :", "jdoe 说：").
QUOTE_HEAD_ENDS = (":", "：")


def _quote_heads(blocks: list[Any], start: int, out: dict[int, str]) -> None:
    """The attribution lines of the quotes in a forum topic's posts, after its first post head (``start``): a
    short line ending with a colon, no sentence in it, right above a quote block (a ``<blockquote>``) - a
    board links it to the post quoted, and the poster's words go with the post ("jdoe said:"). Put in
    ``out``."""
    for i in range(start + 1, len(blocks) - 1):
        if i not in out and is_quote_head(blocks, i):
            out[i] = "a quote's attribution line in a forum topic's post (above the quote)"


def is_quote_head(blocks: list[Any], i: int) -> bool:
    """``blocks[i]`` is a quote's attribution line: short, ending with a colon, no other punctuation, and the
    next block opens a ``<blockquote>`` that the line stands above or as the first line of."""
    b = blocks[i]
    if i + 1 >= len(blocks) or b.chars > MAX_AUTHOR_CHARS or not b.path:
        return False
    text = b.text.rstrip()
    if not text.endswith(QUOTE_HEAD_ENDS) or punct_count(text[:-1]):
        return False
    quote = next((e for e in reversed(blocks[i + 1].path) if e.tag == "blockquote"), None)
    if quote is None or (i and any(e is quote for e in blocks[i - 1].path)):
        return False  # (no quote under it, or the line stands inside the quote's text)
    mine = next((e for e in reversed(b.path) if e.tag == "blockquote"), None)
    return mine is None or mine is quote  # (above the quote, or its first line)


#: A comment run's stamp line: a block (no heading) of at most this many characters holding a date or a time
#: ("2004-07-15 22:15:51 jdoe [Reply]", "Maria, July 7, 2012 at 2:31 pm").
RUN_STAMP_CHARS = 80
#: A comment box's kept text, at most (a reader's short text, not an article's section).
RUN_BOX_MAX_CHARS = 2000
#: A comment box's text: a block of at least this many characters besides its stamp, with a punctuation mark
#: (a reader's sentence, not a record's "label: value" fields).
RUN_PROSE_CHARS = 24
#: The article's kept text before the run, at least (an article's page, not a board's or a listing's).
RUN_ARTICLE_MIN_CHARS = 400


def comment_run(blocks: list[Any]) -> list[Any]:
    """The kept ``blocks`` (reading order) of a comment thread without comment classes after an article: a
    run of ``MIN_RUN`` alike sibling boxes (tag and class) or more, each holding a stamp line (short, a date
    or a time), a prose block (``RUN_PROSE_CHARS``, a punctuation mark) mostly outside links, and at most
    ``RUN_BOX_MAX_CHARS``, after
    ``RUN_ARTICLE_MIN_CHARS`` of the article's text that stands in no box alike theirs (a board's first post
    does), with no prose of the article between them (posts embedded in a story are no thread after it).
    Empty when there is none: structure only, no words."""
    stamps = [b for b in blocks if b.path and b.kind != "heading" and len(b.text) <= RUN_STAMP_CHARS
              and dates_of(b.text, limit=1)]
    if len(stamps) < MIN_RUN:
        return []
    for run in _stamp_runs(stamps):
        got = _run_blocks(blocks, run)
        if got:
            return got
    return []


def _stamp_runs(stamps: list[Any]) -> list[tuple[int, list[Any]]]:
    """Runs of consecutive stamp lines standing in alike sibling boxes: (depth of the boxes, the boxes)."""
    runs: list[tuple[int, list[Any]]] = []
    cur: tuple[int, list[Any]] | None = None
    for a, b in zip(stamps, stamps[1:]):
        if cur and len(b.path) > cur[0] and a.path[cur[0]] is b.path[cur[0]]:
            continue  # (a second stamp in the same box: an edit's)
        n = shared_prefix(a.path, b.path)
        if not (0 < n < min(len(a.path), len(b.path)) and _alike(a.path[n], b.path[n])):
            cur = None
        elif cur and cur[0] == n and cur[1][-1] is a.path[n]:
            cur[1].append(b.path[n])
        else:
            cur = (n, [a.path[n], b.path[n]])
            runs.append(cur)
    return [r for r in runs if len(r[1]) >= MIN_RUN]


def _alike(x: Any, y: Any) -> bool:
    return x.tag == y.tag and (x.get("class") or "") == (y.get("class") or "")


def _run_blocks(blocks: list[Any], run: tuple[int, list[Any]]) -> list[Any]:
    depth, boxes = run
    ids = {id(el): i for i, el in enumerate(boxes)}
    parent = boxes[0].getparent()
    inside: list[list[Any]] = [[] for _ in boxes]
    before, started = 0, False
    for b in blocks:
        at = ids.get(id(b.path[depth])) if len(b.path) > depth else None
        if at is not None:
            inside[at].append(b)
            started = True
        elif started:
            if not inside[-1] and len(b.text) > RUN_STAMP_CHARS:
                return []  # (the article's prose between the boxes: embedded posts, not a thread after it)
        else:
            if len(b.path) > depth and b.path[depth - 1] is parent and _alike(b.path[depth], boxes[0]):
                return []  # (the article stands in a box alike the run's: a board's first post)
            before += len(b.text)
    if before < RUN_ARTICLE_MIN_CHARS:
        return []
    for box in inside:
        texts = sum(len(b.text) for b in box)
        prose = [b for b in box if len(b.text) > RUN_STAMP_CHARS or not dates_of(b.text, limit=1)]
        if texts > RUN_BOX_MAX_CHARS or not any(len(b.text) >= RUN_PROSE_CHARS and 2 * b.link_chars < len(b.text)
                                                 and punct_count(b.text) for b in prose):
            return []
    return [b for box in inside for b in box]
