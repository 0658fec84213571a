"""Text dumps: find the article's run of lines, and give kept lines their kind.

A text dump is what a naive scraper writes instead of HTML: one line per block
element, nothing removed. Tags, links and class names are gone; what is left
is the lines themselves and the blank lines between them. This plugin works
on that alone, in the manner of jusText and BTE.

Locating the article (step ``locate``, order 500, text input only):

1. Every line gets features that need no markup: its length counted in
   Latin-equivalent characters (a Han or kana character weighs three), its
   sentence punctuation (full- and half-width), whether it ends a sentence or
   is cut short with "...", whether it stands alone between blank lines on a
   page whose prose lines do so more often than its other lines (the page
   tells which way its blank lines point), the share of function words on
   Latin-script pages (stop lists as data below), digits, addresses, repeated
   lines, lists of same-shaped lines, and the page's hard-wrap width when the
   text was wrapped at a fixed number of columns.
2. The features give each line a log-odds of being article text, smoothed
   with its neighbours' (menus and teaser lists are runs; so is an article).
3. Each line's gain is its length times (likelihood - 0.5), every line below
   0.5 costing at least a little; runs of many near-certain boilerplate lines
   (menus, footers) cost more; lines other plugins already dropped cost more
   still unless they are inline noise such as ads, so a date, source or
   related-list line marks where the article starts or ends.
4. The article is a maximum-sum run of gains. The best few disjoint runs are
   compared; one that starts late on the page (footers, notices) or right
   under a related-list heading whose items were left (the items) counts for
   less. Prose lines at the edges that are prose on their own join the run
   (context pulls the first and last paragraphs down), as does the tail of a
   hard-wrapped sentence.
5. Lines outside the run are dropped as ``boilerplate`` with the reason that
   fits: a menu run, a teaser cut short, other text, a short or title-like line.
   Short lines inside the run (headings, captions, list items) stay: they take
   their neighbours' verdict. When no run pays, nothing is dropped (noted).

Kinds (step ``kinds``, order 550): a kept line that is short, not a sentence,
not a wrapped line, caption or pointer ("Image: ...", "Read more: ..."),
followed by a body paragraph or list item, and standing alone where
paragraphs do, becomes a ``heading`` (level 2); a line opening with a bullet
or a number becomes a ``list_item``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from newsclean import Block, Document, Step, hookimpl
from newsclean.text import cjk_count

__all__ = ["LineFeatures", "line_features", "score_lines", "best_run", "find_article", "locate", "classify_kinds"]

# ---------------------------------------------------------------------------
# Vocabulary (data)
# ---------------------------------------------------------------------------

#: Function words of Latin-script languages; their share in a line is a sign of
#: running prose (jusText's stop-word density). Lower-case, space separated.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "a about above after again against all also am an and any are as at be because been before "
              "being below between both but by can could did do does doing down during each few for from "
              "further had has have having he her here hers him his how i if in into is it its itself just "
              "me more most my no nor not now of off on once only or other our out over own same she should "
              "so some such than that the their them then there these they this those through to too under "
              "until up very was we were what when where which while who whom why will with would you your "
              "said says one two new",
        "de": "der die das und ist nicht ein eine einen dem den des zu mit von auf für sich im auch es "
              "als an wie bei aus nach wird werden hat haben sind war wurde oder aber noch nur vor über "
              "sie er wir ich dass so um",
        "fr": "le la les de des du un une et est en que qui dans pour pas par sur au aux plus ne se ce il "
              "elle ils sont a été avec son sa ses leur mais ou comme nous vous cette aussi",
        "es": "el la los las de del y en que un una es por con para no se al lo su sus como más pero "
              "fue ha han este esta ser sobre entre también sin muy ya",
        "it": "il lo la i gli le di del della dei delle e è che un una per con non in da al alla si "
              "sono ha come ma più anche nel nella questo questa",
        "pt": "o a os as de do da dos das e é que um uma em no na para com não por se ao mais como mas "
              "foi ser seu sua também pelo pela está",
        "id": "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh sebagai "
              "bahwa ada karena atau telah bisa lebih mereka kami kita saat",
        "tr": "ve bir bu da de için ile olarak olan daha çok gibi ama en her ne o şu kadar sonra ancak "
              "değil var yok ise mi",
        "pl": "i w na z się nie do to że jest o jak po a od za ale przez dla jego co tak już są był "
              "jej ich oraz czy",
        "nl": "de het een en van in is op te dat die voor met zijn niet aan er ook als bij door om maar "
              "was naar dan wordt nog",
    }.items()
}

#: Endings that mark a line cut short: a teaser, not a paragraph.
TRUNCATION_ENDS = ("...", "…", "。。。", "..", "…]", "...]", "[…]", "(...)")

#: Openings of a list item in a dump (bullets, "1.", "(2)", "一、", "①").
_LIST_ITEM = re.compile(
    r"^\s*(?:[•·●○◦▪▫■□◆◇►▶➤✓✔\-–—*]\s*\S|"
    r"(?:\d{1,2}|[a-zA-Z])[.)、．]\s*\S|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*\S|"
    r"[一二三四五六七八九十]{1,3}、|[①②③④⑤⑥⑦⑧⑨⑩])")

# ---------------------------------------------------------------------------
# Named constants of the method
# ---------------------------------------------------------------------------

#: A Han or kana character carries about as much text as this many Latin characters.
CJK_WEIGHT = 3.0
#: Latin-equivalent length of a "short" line (jusText's short class).
SHORT_LE = 40.0
#: Latin-equivalent length from which a line with sentence punctuation is prose.
PROSE_LE = 60.0
#: Hard-wrapped text: at least WRAP_LINES lines (and WRAP_SHARE of the long lines
#: without a sentence end) within WRAP_SLACK columns of one width of WRAP_MIN or more.
WRAP_MIN = 50
WRAP_LINES = 8
WRAP_SHARE = 0.3
WRAP_SLACK = 3
#: ... nearly all of those lines carry sentence punctuation, and some follow each other.
WRAP_PUNCT = 0.9
WRAP_RUN = 4
#: Lines either side whose scores smooth a line's own score.
CONTEXT = 2
#: Own score given to a line another plugin already dropped (clearly not body text).
DROPPED_SCORE = -4.0
#: Lines in the last LATE_SHARE of a page of at least LATE_MIN_LINES lines lose "position".
LATE_SHARE = 0.8
LATE_MIN_LINES = 20
#: Blank lines mark paragraphs on a page when prose lines stand alone between
#: blank lines this much more often than other lines do.
PARA_MARGIN = 0.25

_CJK_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+")
# Sentence punctuation: full-width always; half-width only where it ends a clause
# (followed by a space, the end, a quote or a Han character), not inside 3.5 or a.com.
# Arabic (، ؛ ؟) and Devanagari (।) marks count as well.
_PUNCT = re.compile(r"[，。！？；、：،؛؟।]|[,.!?;:](?=\s|$|[\"'”’)\]\u3400-\u9fff])")
_SENT_END = re.compile(r"(?:[。！？!?…؟।]|(?<![A-Z0-9])\.)[\"'”’」』)）\]]*\s*$")
# "A title cut short... and its summary": a teaser line of a list.
_CUT_TITLE = re.compile(r"^[^.…。]{4,40}(?:\.\.\.|…)\s+\S")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.I)
_DIGIT = re.compile(r"\d")
# East Asian wide and full-width characters (two columns on a terminal).
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


@dataclass(slots=True)
class LineFeatures:
    """What the locator knows about one line of a dump."""

    le: float  # Latin-equivalent length: Han/kana characters count CJK_WEIGHT times
    punct: int  # sentence punctuation marks before the last character
    ends: bool  # ends like a sentence
    truncated: bool  # ends with "..." (a teaser)
    alone: bool  # blank lines before and after it
    stop: float  # share of function words (Latin-script pages with a stop list), else -1
    digits: float  # share of digits among the characters
    url: bool  # contains an address or e-mail
    dup: bool  # the same text is on another line of the page
    opening: str  # "item" (bullet or number), "digit" or ""
    width: int  # display width in columns (a Han character takes two)
    wrapped: bool = False  # as wide as the page's hard-wrap width: a sentence goes on below
    para: float = 0.0  # +1 standing alone / -1 not, on pages whose paragraphs stand alone; else 0
    same_shape: float = 0.0  # share of the nearest lines with the same shape (lists)
    dropped: str = ""  # the kind of noise another plugin took the line out as
    boundary: bool = False  # ... as noise that ends a text (a date, a source, a related list)
    own: float = 0.0  # the line's own score (log-odds of being article text)
    score: float = 0.0  # content likelihood after context, 0..1

    @property
    def prose(self) -> bool:
        """Long enough and shaped like sentences."""
        return self.le >= PROSE_LE and (self.ends or self.wrapped or self.punct >= 2) and not self.truncated

    @property
    def shape(self) -> tuple[str, bool, int]:
        return (self.opening, self.ends, int(math.log2(max(self.le, 1.0))))


def _stoplist(blocks: Sequence[Block]) -> frozenset[str] | None:
    """The stop list that covers most words of the page, when the page is Latin script."""
    sample = " ".join(b.text for b in blocks[:400]).lower()
    words = _WORD.findall(sample)
    if len(words) < 30 or cjk_count(sample) > len(words):
        return None
    best, hits = None, 0
    for sw in STOPWORDS.values():
        n = sum(1 for w in words if w in sw)
        if n > hits:
            best, hits = sw, n
    return best if best is not None and hits >= 0.08 * len(words) else None


def _width(text: str, chars: int) -> int:
    """Display width in columns of a line of ``chars`` characters: wide ones take two."""
    return chars + len(_WIDE.findall(text))


def _opening(text: str) -> str:
    if _LIST_ITEM.match(text):
        return "item"
    return "digit" if text[:1].isdigit() else ""


def _wrap_width(feats: Sequence[LineFeatures]) -> int:
    """The width at which the page's text was hard-wrapped, or 0.

    A wrapped text has many lines of (nearly) one width that end mid-sentence.
    """
    widths = [f.width for f in feats if f.width >= WRAP_MIN and not f.ends]
    if len(widths) < WRAP_LINES:
        return 0
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    best, hits = 0, 0
    for w in counts:
        h = sum(counts.get(w - d, 0) for d in range(WRAP_SLACK + 1))
        if h > hits or (h == hits and w > best):
            best, hits = w, h
    if hits < WRAP_LINES or hits < WRAP_SHARE * len(widths):
        return 0
    # Wrapped prose has commas on nearly every line; a list cut to one width does not.
    near = [best - WRAP_SLACK <= f.width <= best and not f.ends for f in feats]
    with_punct = sum(1 for f, x in zip(feats, near) if x and f.punct)
    if with_punct < WRAP_PUNCT * sum(near):
        return 0
    run = longest = 0
    for x in near:
        run = run + 1 if x else 0
        longest = max(longest, run)
    return best if longest >= WRAP_RUN else 0


def line_features(blocks: Sequence[Block]) -> list[LineFeatures]:
    """Features of every line (kept or dropped), in order."""
    stop = _stoplist(blocks)
    n = len(blocks)
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    out: list[LineFeatures] = []
    for i, b in enumerate(blocks):
        t = b.text
        cjk = len(_CJK_OR_KANA.findall(t))
        sd = -1.0
        if stop is not None:
            latin = [w for w in _WORD.findall(t.lower()) if not _CJK_OR_KANA.search(w)]
            if len(latin) >= 3:
                sd = sum(1 for w in latin if w in stop) / len(latin)
        s = t.rstrip()
        out.append(LineFeatures(
            le=(b.chars - cjk) + CJK_WEIGHT * cjk,
            punct=len(_PUNCT.findall(s[:-1])),
            ends=bool(_SENT_END.search(s)),
            truncated=s.endswith(TRUNCATION_ENDS) or bool(_CUT_TITLE.match(s)),
            alone=b.gap_before > 0 and (i + 1 == n or blocks[i + 1].gap_before > 0),
            stop=sd,
            digits=len(_DIGIT.findall(t)) / b.chars if b.chars else 0.0,
            url=bool(_URL.search(t)),
            dup=counts[t] > 1,
            opening=_opening(t),
            width=_width(t, b.chars),
        ))
    wrap = _wrap_width(out)
    if wrap:
        for f in out:
            f.wrapped = wrap - WRAP_SLACK <= f.width <= wrap + 1
    # Many dumps set paragraphs apart with blank lines and write menus and lists
    # line after line; whether this page does is read from the page itself.
    prose = [f.alone for f in out if f.prose]
    other = [f.alone for f in out if not f.prose]
    if prose and other and sum(prose) / len(prose) - sum(other) / len(other) >= PARA_MARGIN:
        for f in out:
            f.para = 1.0 if f.alone else -1.0
    shapes = [f.shape for f in out]
    for i, f in enumerate(out):
        near = [shapes[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i]
        if near:
            f.same_shape = sum(1 for sh in near if sh == shapes[i]) / len(near)
    return out


#: Weights of the features in a line's own score (log-odds of being article text).
WEIGHTS: dict[str, float] = {
    "bias": -1.0,
    "length": 0.8,  # log2(le / 40), clipped to -3..3
    "ends": 1.0,  # ends like a sentence
    "punct": 0.6,  # sentence punctuation per 40 Latin-equivalent characters, up to 2
    "para": 0.8,  # stands alone where paragraphs do
    "stop": 4.0,  # share of function words minus 0.25 (Latin script)
    "truncated": -2.0,
    "url": -1.0,
    "digits": -2.0,
    "dup": -0.5,
    "list": -1.0,  # same shape as its neighbours, and not a sentence
    "context": 0.6,  # weight of the neighbours' mean score
    "position": -1.0,  # in the last fifth of the page (footers)
}
#: A line is worth keeping when its likelihood is above this.
THRESHOLD = 0.5


def own_score(f: LineFeatures, w: dict[str, float] = WEIGHTS) -> float:
    """Log-odds that a line is article text, from the line alone."""
    z = w["bias"] + w["length"] * max(-3.0, min(3.0, math.log2(max(f.le, 1.0) / SHORT_LE)))
    z += w["ends"] * (f.ends or f.wrapped) + w["punct"] * min(f.punct * SHORT_LE / max(f.le, 1.0), 2.0)
    z += w["para"] * f.para + w["truncated"] * f.truncated + w["url"] * f.url
    z += w["digits"] * f.digits + w["dup"] * f.dup
    if f.stop >= 0:
        z += w["stop"] * (f.stop - 0.25)
    if not (f.ends or f.wrapped):
        z += w["list"] * f.same_shape
    return z


def score_lines(feats: list[LineFeatures], w: dict[str, float] = WEIGHTS) -> None:
    """Fill ``own`` and ``score`` (own score plus the neighbours', as a likelihood)."""
    n = len(feats)
    for f in feats:
        f.own = DROPPED_SCORE if f.dropped else own_score(f, w)
    for i, f in enumerate(feats):
        near = [feats[j].own for j in range(max(0, i - CONTEXT), min(n, i + CONTEXT + 1)) if j != i]
        z = f.own + (w["context"] * sum(near) / len(near) if near else 0.0)
        if n >= LATE_MIN_LINES and i >= LATE_SHARE * n:
            z += w["position"]
        f.score = 0.0 if f.dropped else 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: A line's gain is ``weight * (likelihood - THRESHOLD)``, its weight being its
#: Latin-equivalent length over UNIT (about one word), at least MIN_COST for a
#: line below the threshold: every boilerplate line costs something.
UNIT = 6.0
MIN_COST = 2.0
#: A run of MENU_RUN or more lines that are all below MENU_SCORE (a menu, a
#: footer, a list of links) costs MENU_COST more per line: the article rarely
#: goes on across one.
MENU_RUN = 8
MENU_SCORE = 0.05
MENU_COST = 3.0
#: ... and one of FOOTER_RUN or more lines that starts past FOOTER_FROM of the
#: page is a footer, which no run crosses.
FOOTER_RUN = 10
FOOTER_FROM = 0.5
WALL = 1e6
#: A candidate run after such a footer counts FOOTER_FACTOR times.
FOOTER_FACTOR = 0.3
#: A line another plugin dropped as noise that does not sit inside an article
#: (anything but INLINE_KINDS: a date or source line, a related-list heading,
#: spam) costs this much more: the article starts after it or ends before it.
BOUNDARY_COST = 10.0
INLINE_KINDS = frozenset({"ad", "ads", "advert", "caption", "image"})
#: A candidate run that starts right after (within LOOKBACK lines of) a list
#: heading another plugin dropped as one of LIST_KINDS, with no more than
#: LIST_HEADING_LINES such lines in a row (the heading, not its items), is
#: most likely the list's items: it counts LIST_FACTOR times.
LIST_KINDS = frozenset({"related", "spam", "disclaimer", "comment", "comments"})
LOOKBACK = 3
LIST_HEADING_LINES = 2
LIST_FACTOR = 0.1
#: A prose line next to the chosen run joins it when its own score is above this.
EDGE_OWN = 0.5
#: Candidate runs compared; a run starting past LATE_START of the page counts
#: for less (down to LATE_FLOOR at the very end): footers and notices come last.
CANDIDATES = 4
LATE_START = 0.6
LATE_FLOOR = 0.1


def best_run(gains: Sequence[float]) -> tuple[int, int, float]:
    """The contiguous run with the greatest sum: (start, end exclusive, sum)."""
    best = (0, 0, 0.0)
    start, acc = 0, 0.0
    for i, g in enumerate(gains):
        if acc <= 0.0:
            start, acc = i, 0.0
        acc += g
        if acc > best[2]:
            best = (start, i + 1, acc)
    return best


def menu_runs(feats: Sequence[LineFeatures]) -> list[tuple[int, int]]:
    """Runs of MENU_RUN or more lines that are all clearly not body text."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(feats)
    while i < n:
        if feats[i].score < MENU_SCORE:
            j = i
            while j < n and feats[j].score < MENU_SCORE:
                j += 1
            if j - i >= MENU_RUN:
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def gains(feats: Sequence[LineFeatures]) -> list[float]:
    """What each line adds to a run that includes it (negative for boilerplate)."""
    out = []
    for f in feats:
        weight = f.le / UNIT
        if f.score <= THRESHOLD:
            weight = max(weight, MIN_COST)
        out.append(weight * (f.score - THRESHOLD))
    n = len(feats)
    for a, z in menu_runs(feats):
        # In the second half of the page, a long one is a footer: nothing after
        # it belongs to the article (cookie and privacy notices often follow).
        cost = WALL if z - a >= FOOTER_RUN and a >= FOOTER_FROM * n else MENU_COST
        for i in range(a, z):
            out[i] -= cost
    for i, f in enumerate(feats):
        if f.boundary:
            out[i] -= BOUNDARY_COST
    return out


def _candidates(g: Sequence[float], k: int = CANDIDATES) -> list[tuple[int, int, float]]:
    """Up to k disjoint runs, each the best run of what the earlier ones left."""
    found: list[tuple[int, int, float]] = []
    spans = [(0, len(g))]
    while spans and len(found) < k:
        best = None
        for lo, hi in spans:
            a, z, total = best_run(g[lo:hi])
            if total > 0.0 and (best is None or total > best[2]):
                best = (lo + a, lo + z, total, lo, hi)
        if best is None:
            break
        a, z, total, lo, hi = best
        found.append((a, z, total))
        spans.remove((lo, hi))
        spans += [(lo, a), (z, hi)]
    return found


def _late(start: int, n: int) -> float:
    x = start / n if n else 0.0
    if x <= LATE_START:
        return 1.0
    return max(LATE_FLOOR, 1.0 - (x - LATE_START) / (1.0 - LATE_START) * (1.0 - LATE_FLOOR))


def find_article(feats: list[LineFeatures]) -> tuple[int, int] | None:
    """The article's run of lines (start, end exclusive), or None when no run pays."""
    score_lines(feats)
    g = gains(feats)
    cands = _candidates(g)
    if not cands:
        return None
    n = len(feats)
    footer = next((i for i, x in enumerate(g) if x <= -WALL), n)

    def worth(c: tuple[int, int, float]) -> float:
        after_footer = FOOTER_FACTOR if c[0] > footer else 1.0
        return c[2] * _late(c[0], n) * _after(feats, c[0]) * after_footer

    a, z, _ = max(cands, key=worth)
    # Context pulls the first and last paragraphs down (their neighbours are
    # boilerplate); prose lines next to the run that are prose on their own join it.
    while a > 0 and _edge(feats[a - 1]):
        a -= 1
    while z < n and (_edge(feats[z]) or (feats[z - 1].wrapped and not feats[z].dropped)):
        z += 1  # (the rest of a hard-wrapped sentence belongs to it too)
    return a, z


def _edge(f: LineFeatures) -> bool:
    return not f.dropped and f.prose and f.own > EDGE_OWN


def _after(feats: Sequence[LineFeatures], start: int) -> float:
    """How a run's start fits what other plugins dropped just before it."""
    for j in range(start - 1, max(-1, start - 1 - LOOKBACK), -1):
        kind = feats[j].dropped
        if kind in LIST_KINDS:
            # A list heading whose items were left: the run is those items.
            # (When the items were dropped too, the run is what follows the list.)
            k = j
            while k >= 0 and feats[k].dropped in LIST_KINDS:
                k -= 1
            return LIST_FACTOR if j - k <= LIST_HEADING_LINES else 1.0
    return 1.0


# ---------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------

def _reason(f: LineFeatures, where: str, in_menu: bool) -> str:
    if in_menu and f.le < SHORT_LE:
        return f"in a run of short lines {where} the article (menu, footer or link list)"
    if f.truncated:
        return f"teaser cut short with an ellipsis, {where} the article"
    if f.ends or f.prose:
        return f"text {where} the article's run of lines (a comment, teaser or other text)"
    if f.le < SHORT_LE:
        return f"short line {where} the article's run of lines"
    return f"title-like line (not a sentence) {where} the article's run of lines"


def locate(doc: Document) -> None:
    """Keep the article's run of lines; drop the lines before and after it."""
    blocks = doc.blocks
    if len(blocks) < 2:
        return
    feats = line_features(blocks)
    for b, f in zip(blocks, feats):
        if b.dropped is not None:
            f.dropped = b.dropped.kind or "noise"
            f.boundary = f.dropped not in INLINE_KINDS
    found = find_article(feats)
    if found is None:
        doc.note("textdump: no run of prose lines found; every line kept")
        return
    start, end = found
    doc.state["textdump"] = {"start": start, "end": end, "features": feats}
    menu = set()
    for a, z in menu_runs(feats):
        menu.update(range(a, z))
    for i, (b, f) in enumerate(zip(blocks, feats)):
        if start <= i < end or not b.kept:
            continue
        where = "before" if i < start else "after"
        in_menu = i in menu and f.le < SHORT_LE
        doc.drop(b, "boilerplate", _reason(f, where, in_menu), region="nav" if in_menu else "")


#: A heading is at most this long (Latin-equivalent characters: 40 Han characters).
HEADING_LE = 120.0
#: ... and carries at most this many sentence punctuation marks.
HEADING_PUNCT = 2
#: A line ending with one of these introduces what follows (a list, a quote).
_LEAD_IN = (":", "：", ",", "，", "、", ";", "；")
#: A line starting with one of these goes on from the line above: not a heading.
_NOT_OPENING = "，,。.、；;：:）)」』”’!！?？"
_BULLET = re.compile(r"^\s*[•·●○◦▪▫■□◆◇►▶➤✓✔\-–—*]\s*\S")
#: "Label: ..." lines that are captions, credits or pointers to other articles,
#: not section headings (the label is compared lower-cased, before the colon).
NOT_HEADING_LABELS = frozenset({
    # en
    "image", "images", "photo", "photos", "picture", "credit", "credits", "source", "video", "watch",
    "read more", "read also", "see also", "related", "more", "listen", "graphic", "illustration",
    # zh
    "图", "图片", "图源", "摄影", "视频", "来源", "图片来源", "相关阅读", "延伸阅读", "推荐阅读", "阅读更多",
    # other languages seen in dumps
    "baca juga", "lihat juga", "foto", "fonte", "quelle", "bild", "leia também", "lesen sie auch",
})
_LABEL = re.compile(r"^\s*([^:：]{1,20})\s*[:：]")


def _heading_like(f: LineFeatures, text: str) -> bool:
    s = text.strip()
    label = _LABEL.match(s)
    return (not f.ends and not f.wrapped and not f.truncated and not f.url and f.le <= HEADING_LE
            and f.punct <= HEADING_PUNCT and s[:1] not in _NOT_OPENING and not s[:1].islower()
            and f.digits < 0.5 and not s.endswith(_LEAD_IN) and not _BULLET.match(s)
            and not any(c in s[:-1] for c in "。！？!?")
            and not (label and label.group(1).strip().lower() in NOT_HEADING_LABELS))


def classify_kinds(doc: Document) -> None:
    """Headings and list items among the kept lines of a dump.

    A heading is a short line that is not a sentence, followed by a body
    paragraph, and set apart by blank lines on pages that set paragraphs apart.
    A line that opens with a bullet or a number and is not such a heading is a
    list item.
    """
    blocks = doc.blocks
    state = doc.state.get("textdump")
    feats = state["features"] if state else line_features(blocks)
    kept = [i for i, b in enumerate(blocks) if b.kept]
    for k, i in enumerate(kept):
        b, f = blocks[i], feats[i]
        if b.kind != "paragraph":
            continue
        nxt = feats[kept[k + 1]] if k + 1 < len(kept) else None
        prev = feats[kept[k - 1]] if k > 0 else None
        if (_heading_like(f, b.text) and nxt is not None and (nxt.prose or nxt.opening == "item") and f.para >= 0
                and (prev is None or prev.prose or not _heading_like(prev, blocks[kept[k - 1]].text))):
            b.kind, b.level = "heading", 2
        elif f.opening == "item":
            b.kind = "list_item"


@hookimpl
def newsclean_register_steps(register) -> None:  # type: ignore[no-untyped-def]
    register(Step("locate", locate, order=500, stage="blocks", kind="boilerplate", input_kinds=("text",),
                  description="keep the article's run of prose lines in a text dump"))
    register(Step("kinds", classify_kinds, order=550, stage="blocks", kind="", input_kinds=("text",),
                  description="headings and list items among the kept lines"))
