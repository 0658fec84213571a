"""Text dumps: find the article's run of lines.

A text dump is what a naive scraper writes instead of HTML: one line per block
element, nothing removed. Tags, links and class names are gone; what is left
is the lines themselves and the blank lines between them. This plugin works
on that alone, in the manner of jusText and BTE.

Locating the article (step ``locate``, order 500, text input only):

1. Every line gets features that need no markup: its length counted in
   Latin-equivalent characters (a Han or kana character weighs three), its
   sentence punctuation (full- and half-width, and the marks of further
   scripts: Urdu, Burmese, Ethiopic, Armenian, Khmer, Tibetan ..., with
   sentences closed inside « », „ “ quotes), whether it ends a sentence or
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
   related-list line marks where the article starts or ends (but a related
   insert of a few lines right after or before the run found is crossed when
   the text past it holds two paragraphs in a row (a teaser list's headlines
   and teasers take turns) and is no bigger than the run: the story's tail
   or head, not a second text under a list; a longer insert, up to 24 lines,
   when its lines are mostly ones the page says again or others took out: an
   ad slot and a box of popular stories; again past it, the same box set
   every few paragraphs; the insert's lines go as related). A run of short
   lines that a text line ending with a colon introduces, with prose right
   after it, is a list inside the article and costs little to cross; so is a
   table flattened to one cell a line (rows repeating one pattern of figures
   and names under a header row of no figures), and one that follows the run
   is taken in with the prose after it; so are the items of a list between two
   prose lines the page says once when most of them read as sentence fragments
   (sentence case, a word in lower case that is no function word: "Requires
   little upkeep") rather than menu items (a word or two, title case).
4. The article is a maximum-sum run of gains. The best few disjoint runs are
   compared; one that starts late on the page (footers, notices) or right
   under a related-list heading whose items were left (the items) counts for
   less, unless a byline or a date heads it (an article under the list). One
   that starts right under the line another plugin took for the article's
   title (only short or dropped lines between) counts double wherever it
   sits, when it is not small beside the best run; one under a comment
   section's heading that the run under the title stands above counts for
   a tenth (the thread under the article); so does, by a hundredth, a thread of posts with no heading
   over it (each post's tool the page repeats, Reply, and its dated or timed header line or its author's
   ``name writes:`` line) under a run
   the title heads of a paragraph or more. A run that is one post of a thread (every gap between the
   posts holds the same tool label and a date or a time; three posts or more, each ending a sentence)
   takes in the thread's other posts (a forum's, a Q&A page's), dropping the names, dates and tools
   between them, unless it is an article's size or a comment section's heading stands between. First, a run
   right above a tool bar the page repeats (Share, Follow; a date under it) takes in the other posts that end
   above that tool bar, passing over the author's cards, the comments under each post and the vote counts
   between them (a Q&A page: ``tool_posts``). A run that holds a cluster of header lines other plugins took out
   (two dates, a date and a byline: another article's header, on pages that
   hold several articles; not around the page's own title line, nor source
   lines alone: the credits under pictures) ends before them; so does the heading of
   a comment section (``Comments``, ``{ 12 comments }``, ``42 Responses to
   "..."``; words per language in ``vocab.comments``), or a comment form's or
   policy's line (``Leave a comment``: ``commentpolicy``'s phrases) after three prose lines
   of the article, unless a tool bar of short lines follows it: what comes
   under it is dropped as ``comments``. Prose lines at the edges that are prose on their own join the run
   (context pulls the first and last paragraphs down), as does the tail of a
   hard-wrapped sentence. The standfirst under the title line, set apart from
   the run by the byline, the date or a share bar, is kept with it.
   So is a lead under the title or a headline, set apart by header lines and captions.
5. Lines outside the run are dropped as ``boilerplate`` with the reason that
   fits: a menu run, a teaser cut short, other text, a short or title-like line.
   A line saying one headline twice over (a teaser card's link and its picture's
   text run together) scores as a teaser and goes as ``related`` inside the run.
   Short lines inside the run (headings, captions, list items) stay: they take
   their neighbours' verdict, unless the page repeats the same short line three
   times or more, outside the run too (a label, a button, an ad slot). When no run pays, nothing is dropped (noted).

Giving kept lines their kind (headings, list items) is left to a later step;
the generic line features live in :mod:`newsclean.lines`.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
import re
from dataclasses import dataclass
from typing import Sequence

from newsclean import Block, Document, Step, hookimpl
from newsclean.dates import holds_lone_time
from newsclean.headerlines import dates_of
from newsclean.lines import PROSE_LE, SHORT_LE, TRUNCATION_ENDS, LineShape, line_shapes
from newsclean.patterns import LazyPattern, literal_tree
from newsclean.text import cjk_count

from .inbody.comment_lines import is_policy_phrase_line
from .inbody.noise_lines import noise_kind
from .vocab import comments as _comments
from .vocab import terms

__all__ = ["LineFeatures", "line_features", "score_lines", "best_run", "find_article", "locate"]

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
        "cs": "a v se na je že to s z do o k i jako ale by pro jsou jeho byl podle po ve za které který "
              "také už jen",
        "sv": "och i att det som en på är av för med till den har inte om ett var jag men de från sig kan så "
              "vid han hon vi ni man dem sin sitt sina eller när också efter skulle kunde hade blev blir nu bara "
              "mycket detta denna dessa vara varit där här hur vad än mot utan över alla andra sedan",
        "da": "og i at det som en på er af for med til den har ikke om et var jeg men de fra sig kan så ved "
              "efter blev havde mod bliver noget meget været fik siger nu hvad mig dig han hun vi der eller også "
              "når skal kunne ville være hvor over alle andre",
        "no": "og i at det som en på er av for med til den har ikke om et var jeg men de fra seg kan så ved "
              "etter ble hadde mot blir noe mye vært fikk sier nå hva meg deg han hun vi der eller også når skal "
              "kunne ville være hvor over alle andre",
    }.items()
}
#: The share of its stop list's words in a language's running prose, where it is far below the others'
#: (about STOP_COMMON): languages whose endings do the work of function words (Turkish) or that have
#: no articles (Polish, Czech, Indonesian). A line's share is read in proportion to it, so
#: that the same prose scores alike in every language.
STOP_COMMON = 0.35
STOP_SHARE: dict[str, float] = {"tr": 0.1, "pl": 0.22, "cs": 0.22, "id": 0.21}
_STOP_SCALE: dict[frozenset[str], float] = {STOPWORDS[lang]: STOP_COMMON / share for lang, share in STOP_SHARE.items()}

#: Sentence marks of scripts the generic line features do not know yet, by
#: script: marks that end a sentence, and marks inside one (clause marks).
SENTENCE_ENDS_MORE: dict[str, str] = {
    "urdu": "\u06d4",  # ۔ full stop
    "burmese": "\u104b",  # ။
    "ethiopic": "\u1362\u1367\u1368",  # ። ፧ ፨
    "armenian": "\u0589\u055c\u055e",  # ։ ՜ ՞
    "devanagari": "\u0965",  # ॥
    "khmer": "\u17d4\u17d5",  # ។ ៕
    "tibetan": "\u0f0d\u0f0e",  # ། ༎
    "sinhala": "\u0df4",  # ෴
    "greek": "\u037e",  # ; question mark
    "fullwidth": "\uff0e\uff61\u203c\u2047\u2048\u2049",  # ． ｡ ‼ ⁇ ⁈ ⁉
}
SENTENCE_MARKS_MORE: dict[str, str] = {
    "burmese": "\u104a",  # ၊
    "ethiopic": "\u1361\u1363\u1364\u1365\u1366",  # ፡ ፣ ፤ ፥ ፦
    "armenian": "\u055d",  # ՝
    "khmer": "\u17d6",  # ៖
    "tibetan": "\u0f14",  # ༔
}
#: Quotation marks that may close a sentence in many languages (« », „ “, ‹ ›).
CLOSING_QUOTES_MORE = "\u00bb\u00ab\u201c\u201d\u203a\u2039\u300d\u300f\u3011\u300b"

#: The words of a comment section's heading (data in ``vocab.comments``) and the number words
#: that may stand for its count.
COMMENT_WORDS = terms(_comments.SECTION_WORDS)
COMMENT_WORDS_COUNTED = COMMENT_WORDS + terms(_comments.SECTION_WORDS_COUNTED)
COMMENT_COUNT_WORDS = terms(_comments.COUNT_WORDS, _comments.SECTION_NONE_WORDS)
POSTER_VERBS = terms(_comments.POSTER_VERBS)

# ---------------------------------------------------------------------------
# Named constants of the method
# ---------------------------------------------------------------------------

#: Marks that end a line introducing a list (full- and half-width colons).
INTRO_ENDS = (":", "：", "︰")
#: A line ending in an ellipsis is a teaser cut short, unless it trails off after complete sentences:
#: TRAIL_LE long or longer (Latin-equivalent) and TRAIL_SENTENCES sentence ends or more before the
#: ellipsis (a paragraph whose last sentence trails off "..."; a teaser is cut mid-sentence after a
#: short blurb), with a prose line right under it (the text goes on). See _trails_off.
TRAIL_LE = 300.0
TRAIL_SENTENCES = 2

#: Lines either side whose scores smooth a line's own score.
CONTEXT = 2
#: Own score given to a line another plugin already dropped (clearly not body text).
DROPPED_SCORE = -4.0
#: Lines in the last LATE_SHARE of a page of at least LATE_MIN_LINES lines lose "position".
LATE_SHARE = 0.8
LATE_MIN_LINES = 20
_ENDS_MORE = "".join(SENTENCE_ENDS_MORE.values())
_MARKS_MORE = re.compile("[" + "".join(SENTENCE_MARKS_MORE.values()) + _ENDS_MORE + "]")
_CLOSERS_MORE = CLOSING_QUOTES_MORE + "\"')）]"
_CJK_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+")
# A sentence's end inside a line: a full stop, a question or exclamation mark (any closing quotes or
# brackets) then a space, or a full-width mark.
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s+\S|[。！？]")
_BRACKETED = re.compile(r"[(\[（][^)\]）]*[)\]）]")


@dataclass(slots=True)
class LineFeatures(LineShape):
    """What the locator knows about one line of a dump.

    The generic features (length, punctuation, sentence end, truncation,
    standing alone, digits, address, list opening, width, hard wrap, paragraph
    gaps) are :class:`newsclean.lines.LineShape`'s; these are the locator's own.
    """

    stop: float = -1.0  # share of function words (Latin-script pages with a stop list; see STOP_SHARE), else -1
    dup: bool = False  # the same text is on another line of the page
    label: str = ""  # a short line the page says REPEAT_MIN times or more (Reply, Report): a post's tool (its text)
    stamp: bool = False  # a line under STAMP_LE holding a date with its day or a time of day (a post's header)
    poster: bool = False  # a post's author line under STAMP_LE, a name and a verb before a colon (see POSTER_NAME)
    same_shape: float = 0.0  # share of the nearest lines with the same shape (lists)
    intro: bool = False  # ends with a colon: introduces what follows (a list)
    figure: bool = False  # digits, at most FIGURE_LETTERS letters outside brackets ("$175,000", "3 (tie)")
    question: bool = False  # a short line ending with a question mark (see QUESTION_ENDS)
    twice: bool = False  # one headline said twice in the line (a teaser's link and its picture's text, see TWICE_WORDS)
    fragment: bool = False  # reads as a phrase of a sentence, not a menu item (see FRAGMENT_WORDS)
    gap: bool = False  # a blank line stands above it
    bar: bool = False  # a menu bar: BAR_MARKS between its items twice or more (``Uses • Colophon • Stats``)
    dropped: str = ""  # the kind of noise another plugin took the line out as
    offered: str = ""  # the kind a later step will take the line out as (``inbody.noise_lines``: no run of its own)
    boundary: bool = False  # ... as noise that ends a text (a date, a source, a related list)
    crossed: bool = False  # in a related insert the run is taken across (see _across_inserts): no footer's wall
    own: float = 0.0  # the line's own score (log-odds of being article text)
    score: float = 0.0  # content likelihood after context, 0..1

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


def _more_marks(text: str, f: LineFeatures) -> None:
    """Sentence marks of further scripts, and sentences closed inside quotation marks."""
    s = text.rstrip()
    if not s:
        return
    if not text.isascii():
        f.punct += len(_MARKS_MORE.findall(s[:-1]))
    if not f.ends:
        u = s.rstrip(_CLOSERS_MORE + " ")
        if u and ((u != s and u[-1] in ".!?…。！？؟।") or u[-1] in _ENDS_MORE):
            f.ends = True


def _letters(text: str) -> int:
    """The letters of a line outside brackets ("3 (tie)" has none)."""
    return sum(1 for c in _BRACKETED.sub("", text) if c.isalpha())


def _fragment(text: str, f: LineFeatures, stop: frozenset[str] | None) -> bool:
    """Whether a short line reads as a phrase of a sentence (a list item of the article) rather than
    a menu's or a tag cloud's item: FRAGMENT_WORDS words or more, one after the first in lower case
    and no function word of the page's language (sentence case: "Requires significant customer
    involvement", not the title case of "Hire a Graphic Designer"); never a line in Chinese or
    Japanese, whose headlines read as phrases too."""
    if f.le >= PROSE_CAP or f.url or f.truncated:
        return False
    if _CJK_OR_KANA.search(text):
        return False
    words = _WORD.findall(text)
    if len(words) < FRAGMENT_WORDS:
        return False
    if stop is None:
        return any(w[0].islower() and len(w) > FRAGMENT_SHORT for w in words[1:])
    return any(w[0].islower() and w not in stop for w in words[1:])


def _said_twice(text: str) -> bool:
    """Whether a line is one phrase of TWICE_WORDS words or more said twice, a space between ("Mayor opens
    the bridge Mayor opens the bridge"): a teaser's headline run together with its picture's text; not a
    sentence closed by its full stop."""
    t = text.strip()
    half = (len(t) - 1) // 2
    return len(t) % 2 == 1 and t[half] == " " and t[:half] == t[half + 1:] \
        and len(_WORD.findall(t[:half])) >= TWICE_WORDS and not t[:half].endswith((".", "。"))


def _trails_off(text: str, f: LineFeatures) -> bool:
    """Whether a line ending in an ellipsis is prose that trails off, no teaser cut short: TRAIL_LE long
    or longer, with TRAIL_SENTENCES complete sentences or more before the ellipsis (read only when a prose
    line follows it: a teaser's blurb, however long, has a menu's item, a link or the next headline under it)."""
    if f.le < TRAIL_LE:
        return False
    s = text.rstrip()
    if not s.endswith(TRUNCATION_ENDS):
        return False  # "A title cut short... and its summary"
    body = s.rstrip(".…。[]() ")
    return len(_SENTENCE_END.findall(body)) >= TRAIL_SENTENCES


def line_features(blocks: Sequence[Block]) -> list[LineFeatures]:
    """Features of every line (kept or dropped), in order."""
    out = line_shapes(blocks, LineFeatures)
    stop = _stoplist(blocks)
    scale = _STOP_SCALE.get(stop, 1.0) if stop is not None else 1.0
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    for b, f in zip(blocks, out):
        _more_marks(b.text, f)
        f.intro = b.text.rstrip().endswith(INTRO_ENDS)
        f.gap = b.gap_before > 0
        f.bar = len(_BAR.findall(b.text)) >= 2
        if stop is not None:
            latin = [w for w in _WORD.findall(b.text.lower()) if not _CJK_OR_KANA.search(w)]
            if len(latin) >= 3:
                f.stop = min(1.0, scale * sum(1 for w in latin if w in stop) / len(latin))
        f.dup = counts[b.text] > 1
        f.label = b.text if counts[b.text] >= REPEAT_MIN and f.le < REPEAT_LE \
            and not (f.prose or f.intro or f.opening) else ""
        f.stamp = f.le < STAMP_LE and (holds_lone_time(b.text)
                                       or any(d.has_day for d in dates_of(b.text, limit=2)))
        f.poster = f.le < STAMP_LE and (":" in b.text or "：" in b.text) and _POSTER.match(b.text) is not None
        f.figure = f.digits > 0.0 and f.le < TABLE_CELL_LE and _letters(b.text) <= FIGURE_LETTERS
        f.fragment = _fragment(b.text, f, stop)
        f.question = f.le < QUESTION_LE and b.text.rstrip().endswith(QUESTION_ENDS)
        f.twice = f.le < PROSE_CAP * 2 and _said_twice(b.text)
    n = len(out)
    for i in range(n - 2, -1, -1):  # (from the end: a paragraph trailing off before another one)
        if out[i].truncated and out[i + 1].prose and _trails_off(blocks[i].text, out[i]):
            out[i].truncated = False
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
    z += w["para"] * f.para + w["truncated"] * (f.truncated or f.twice) + w["url"] * f.url
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
#: A list a text line introduces (see _bridged_lists) costs BRIDGE_COST per
#: item instead, whatever else it looks like; it has at most BRIDGE_MAX items.
BRIDGE_MAX = 30
BRIDGE_COST = 0.5
#: A run of short lines between two prose lines of text, none taken out by another plugin, at most
#: BRIDGE_MAX of them, at least FRAGMENT_SHARE of them sentence fragments (see _fragment), is a
#: list of the article too (pros and cons, features, steps without a colon above them: "It has
#: these strengths." then the items, then prose again), not a menu (items of a word or two, or
#: title case): its fragments, FRAGMENT_MIN at least (a list, not a tag line and a report link over
#: a closing notice), cost SANDWICH_COST each, its other lines (headings, labels) no menu's cost.
FRAGMENT_WORDS = 3
#: ... on a page without a stop list, a lower-case word longer than FRAGMENT_SHORT letters.
FRAGMENT_SHORT = 3
FRAGMENT_SHARE = 0.5
FRAGMENT_MIN = 3
SANDWICH_COST = 0.5
#: ... the prose lines either side prose on their own (own score above SANDWICH_OWN), each said once
#: on the page (a subscription box's lines, a template's, come twice).
SANDWICH_OWN = 0.0
#: Such a list crosses a footer's wall (see FOOTER_RUN) when WALL_PROSE prose lines follow it, with at most
#: WALL_HEADINGS short lines (a section's heading, under SHORT_LE) before or between them, none taken out.
WALL_PROSE = 2
WALL_HEADINGS = 2
#: A line this long (Latin-equivalent) or longer is no list item.
PROSE_CAP = 200.0
#: A table flattened into a dump is a run of short cells, one a line, whose rows repeat the same
#: pattern of figures (cells with digits and at most FIGURE_LETTERS letters outside brackets: not
#: "May 2012", an archive's month) and other cells:
#: TABLE_MIN_ROWS rows or more of 2 to TABLE_MAX_COLS cells, each under TABLE_CELL_LE, not prose,
#: none taken out by another plugin (a comment thread's "Posted by ... date" lines are), the
#: pattern holding both kinds of cells, a header row of as many cells above them, none a figure
#: (a list of teasers with their counts has none). Such
#: a table (see _tables) costs TABLE_COST per cell, whatever else its cells look like: the article
#: goes on across it when prose follows that pays for it.
TABLE_MIN_ROWS = 2
TABLE_MAX_COLS = 12
TABLE_CELL_LE = 60.0
FIGURE_LETTERS = 2
TABLE_COST = 0.2
#: A table that starts right after the chosen run, with at most TABLE_LEAD short lines between (its
#: heading or caption, none taken out by another plugin), is the article's own: the run takes it in.
TABLE_LEAD = 2
#: ... unless FOOTER_FRAGMENTS of its lines or more are sentence fragments (see _fragment: a list of the
#: article's, a table's rows, not a footer's links) and a section of prose follows it (see _prose_goes_on).
FOOTER_FRAGMENTS = 0.3
#: A candidate run after such a footer counts FOOTER_FACTOR times.
FOOTER_FACTOR = 0.3
#: A line another plugin dropped as noise that does not sit inside an article
#: (anything but INLINE_KINDS: a date or source line, a related-list heading,
#: spam) costs this much more: the article starts after it or ends before it.
BOUNDARY_COST = 10.0
INLINE_KINDS = frozenset({"ad", "ads", "advert", "caption", "image"})
#: A related insert inside the article (see _insert_after): at most INSERT_LINES lines of
#: INSERT_KINDS, inline noise and lines that are no prose, with a paragraph right past it.
INSERT_KINDS = frozenset({"related"})
INSERT_LINES = 8
#: ... or at most LONG_INSERT_LINES when no more than LONG_INSERT_ONCE of its lines are said once on the
#: page and left by the other plugins: the rest are the page's repeated labels (an ad slot's lines, the
#: nav's names again) or lines other plugins took out. A sentence the page repeats word for word is
#: no prose of the article there (an ad's "the article continues below").
LONG_INSERT_LINES = 24
LONG_INSERT_ONCE = 0.25
#: The same box may interrupt the article again further on: up to INSERTS_MAX inserts are crossed a side.
INSERTS_MAX = 4
#: A candidate run that starts right after (within LOOKBACK lines of) a list
#: heading another plugin dropped as one of LIST_KINDS, with no more than
#: LIST_HEADING_LINES such lines in a row (the heading, not its items), is
#: most likely the list's items: it counts LIST_FACTOR times.
LIST_KINDS = frozenset({"related", "spam", "disclaimer", "comment", "comments"})
LOOKBACK = 3
LIST_HEADING_LINES = 2
LIST_FACTOR = 0.1
#: HEADER_CLUSTER or more lines of HEADER_KINDS (as other plugins dropped
#: them) within HEADER_SPAN lines inside the chosen run open another article:
#: the run ends before them (pages that hold several articles), unless the line
#: the title plugin read the page's title from is one of them (the page's own
#: article is no other one; a title line misread inside the body cuts nothing).
HEADER_KINDS = frozenset({"title", "timestamp", "byline", "source"})
HEADER_CLUSTER = 2
#: ... not when they are all source lines: a picture's credits ("Source: ...") under each picture of the body.
CREDIT_KINDS = frozenset({"source"})
HEADER_SPAN = 2
#: A prose line next to the chosen run joins it when its own score is above this.
EDGE_OWN = 0.5
#: A short line (not prose, under REPEAT_LE Latin-equivalent characters) whose
#: exact text the page holds REPEAT_MIN times or more, outside the run too, is
#: a label, a button or an ad slot ("Reply", "Advertisement"): dropped inside
#: the run too, unless it introduces what follows (a label ending with a colon)
#: or opens like a list item (a numbered heading a table of contents repeats).
#: (Repeated only inside the run, it may be the article's own subheading.)
REPEAT_MIN = 3
REPEAT_LE = 60.0
#: A sentence (prose, up to REPEAT_PROSE_LE Latin-equivalent) the page says word for word REPEAT_MIN
#: times or more, within AD_NEAR lines of a line another plugin took out as an ad (AD_KINDS: its label,
#: ``Story continues below``), is the ad slot's line (``This ad has not loaded yet, the article continues
#: below``). (Not every repeated sentence: an offer page says its fine print under each offer.)
REPEAT_PROSE_LE = 200.0
#: A sentence and a credit in brackets after it (``… at large. (Example Agency)``: ``_credited``), under
#: REPEAT_PROSE_LE, said word for word REPEAT_MIN times or more inside the run, each time set apart between
#: lines the run says once (never next to another repeated line: a list, a text said twice over), is a
#: picture's caption a flattened carousel writes under every slide: the first kept, the repeats dropped
#: (``_repeated_captions``). (A sentence without its credit may be fine print said under each offer.)
_CAPTION_ENDS = (".", "!", "?", "。", "！", "？")
_CAPTION_CLOSERS = "\"'”’」』"
AD_KINDS = frozenset({"ad", "ads", "advert"})
AD_NEAR = 2
#: A teaser list inside the run under a related list's heading (see _teaser_pairs): TEASER_PAIRS_MIN to
#: TEASER_PAIRS_MAX pairs of a headline (TEASER_HEADLINE_LE long, Latin-equivalent) and its longer blurb.
TEASER_PAIRS_MIN = 2
TEASER_PAIRS_MAX = 8
TEASER_HEADLINE_LE = (20.0, 160.0)
#: ... nor a section's heading a table of contents (or two: one at the top, one at the side) repeats above
#: the run: said once inside it, every other time before it, a prose line of the page's own right under
#: it, at least TOC_HEADING_LE long (Latin-equivalent; "Advertisement" is shorter).
TOC_HEADING_LE = 20.0
#: A comment section's heading inside the run, after at least COMMENTS_AFTER prose lines of
#: the article, ends the run: the heading alone, maybe with its count in brackets (``Comments``,
#: ``Kommentare (3):``), or a count and the word, maybe with a few more words (``{ 12 comments }``,
#: ``42 Responses to "..."``), in a line of at most COMMENT_HEADING_LE Latin-equivalent characters that ends
#: with no full stop.
COMMENTS_AFTER = 3
COMMENT_HEADING_LE = 90.0
#: ... unless the TOOLBAR_LINES lines after it are all a tool bar's items (Comments, Print, Share: short, no
#: sentence, no label ending with a colon, no list item, no date; see _tool_line).
TOOLBAR_LINES = 3
#: A comment form's or policy's line ("Leave a comment", "Comments are moderated": see inbody.comment_lines; the
#: ``commentpolicy`` step takes such lines out after this one), or a line another plugin took out as one of
#: COMMENT_FORM_KINDS, ends the run the same way, after COMMENTS_AFTER prose lines.
COMMENT_FORM_KINDS = frozenset({"comment-policy"})
#: A line left in the dump that a comment policy's or comment form's phrase opens (``is_policy_line``:
#: Leave a comment, Your comment is awaiting moderation), which the later ``commentpolicy`` step takes out,
#: scores as a line taken out of that kind when the run is looked for: a comment form's notes and buttons,
#: never the article's prose (a form's status notes set line after line are no run of their own).
POLICY_KIND = "comment-policy"
#: A candidate run below such a line, with a run of THREAD_UNDER_PROSE prose lines or more ending at most
#: FORM_REACH lines above that line, is what follows the article's comment form (the comments, a blog's
#: sidebar, a teaser list): it counts COMMENTS_FACTOR times.
FORM_REACH = 8
#: A candidate run whose prose lines are all lines a later step takes out (its whole-line test offered in
#: ``inbody.noise_lines``: a sign-up form's consent line, a cookie notice) counts this many times: no article.
OFFERED_FACTOR = 0.01
#: A candidate run under a comment section's heading, with the run under the title line (THREAD_UNDER_PROSE
#: prose lines or more: a brief or a blog post may be one paragraph) above that heading, is the comment
#: thread: it counts COMMENTS_FACTOR times.
COMMENTS_FACTOR = 0.1
THREAD_UNDER_PROSE = 1
#: The standfirst: a sentence line (at least SHORT_LE long, not cut short) under the title line,
#: with at most STANDFIRST_GAP lines between it and the run, each taken out by another plugin (the
#: byline, the date) or ending with no full stop (a share button, a caption), a header line among them
#: (a site's blurb over its archive list is no lead), and the title reached from it
#: within STANDFIRST_REACH lines across header lines and headline-like ones (a kicker, the title
#: again), is the article's lead set apart from it by its header: it is kept with the run.
STANDFIRST_GAP = 6
STANDFIRST_REACH = 4
#: A lead under a headline: when no such standfirst is found, a prose line (own score above 0, said once,
#: not cut short) right under a headline (the title line, or a line of SHORT_LE to HEADLINE_LE with no
#: sentence end but a question's, said once) with at most LEAD_GAP lines between it and the run, each
#: taken out by another plugin (no title line: a teaser's blurb sits above the article's own title),
#: short, a date or time, said again, or a sentence (a caption), a header line or a date among them,
#: is the article's lead: it is kept with the run. A headline-like line in the gap (another article's
#: title) keeps it out, unless the title line is above it (a byline or a caption the plugins left: the
#: lead must then sit right under the title line); a sentence with a line taken out as one of
#: LEAD_CREDIT_KINDS right under it (a picture's credit or copyright) is the picture's caption, no lead.
LEAD_GAP = 8
LEAD_CREDIT_KINDS = frozenset({"source", "disclaimer", "caption"})
HEADLINE_LE = 200.0
#: A candidate run holding THREAD_LABELS or more short lines the page repeats (a post's Reply, Report; no
#: label ending with a colon, no numbered one) and as many lines under STAMP_LE holding a date with its day
#: or a time of day (a post's header),
#: one of each for every THREAD_SPAN of its lines at least, is a thread of posts: under a run the title
#: heads (the article, a short paragraph at least: a sum of THREAD_HEAD_MIN or more), it counts THREAD_FACTOR
#: times (the comments under it, however long).
THREAD_HEAD_MIN = 12.0
STAMP_LE = 120.0
THREAD_LABELS = 4
THREAD_SPAN = 12
#: ... the dated lines one for every THREAD_STAMP_SPAN lines at least: a reply folded under its parent
#: often shows its author without the date (``by name writes:``).
THREAD_STAMP_SPAN = 24
#: ... a post's author line counts as dated: a name of at most POSTER_NAME characters with no sentence
#: mark nor colon, then one of POSTER_VERBS and a colon (``by name (123) writes:``).
POSTER_NAME = 60
_POSTER = LazyPattern(rf"\s*[^.!?:。！？：]{{1,{POSTER_NAME}}}?\s(?:{literal_tree(POSTER_VERBS)})\s*[:：]", re.I)
THREAD_FACTOR = 0.01
#: The posts of a thread (see thread_posts): a gap between two posts is at most POST_GAP lines, a post at
#: most POST_MAX.
POST_GAP = 16
POST_MAX = 200
#: ... and a thread has POST_MIN posts or more (two are a piece and what follows it, no thread).
POST_MIN = 3
#: A Q&A page's posts (see tool_posts) each end right above the same tool bar, within TOOLBAR_REACH lines
#: of the post's last line: short lines the page repeats (Share, Follow), a date under them (answered ...)
#: before the next line of text; tool bars at most POST_MAX lines apart, no footer's wall between.
TOOLBAR_REACH = 2
#: ... a tool bar of TOOLBAR_MIN such lines or more, one under the other, none a date nor a header line
#: another plugin took out (a byline under each teaser of a list is no tool bar).
TOOLBAR_MIN = 1
#: ... a run with a sum of POST_ARTICLE_MIN or more (some 2,000 characters of text) is an article: the
#: posts under it are its comments, no thread it is one of.
POST_ARTICLE_MIN = 150.0
#: Candidate runs compared; a run starting past LATE_START of the page counts
#: for less (down to LATE_FLOOR at the very end): footers and notices come last.
CANDIDATES = 4
LATE_START = 0.6
LATE_FLOOR = 0.1
#: A candidate run that starts within UNDER_TITLE lines under the line another
#: plugin took out as the article's title, with nothing but short or dropped
#: lines between (a byline, a date, a share bar), is the article the title
#: heads: it counts TITLE_FACTOR times, wherever it sits on the page (a menu
#: above the title is no footer, and a list heading above the title heads
#: no run under it), unless it is small beside the best run (under
#: TITLE_MIN_SHARE of its sum: the "title" was a site name over a blurb).
TITLE_KINDS = frozenset({"title"})
UNDER_TITLE = 12
TITLE_FACTOR = 2.0
TITLE_MIN_SHARE = 0.4
#: A candidate run in which QUESTIONS_MIN or more lines, and QUESTIONS_SHARE of its lines at least, are
#: short questions (under QUESTION_LE, ending with one of QUESTION_ENDS) standing next to another such
#: line is a list of other threads' titles ("more questions" under a heading), not a thread: it counts
#: QUESTIONS_FACTOR times. (A FAQ's questions alternate with their answers: none stands next to another.)
#: A line saying one phrase of TWICE_WORDS words or more twice over (a teaser card's headline and its
#: picture's text flattened into one line) scores as a teaser cut short, and goes as ``related`` in the run.
TWICE_WORDS = 3
QUESTION_ENDS = ("?", "\uff1f", "\u061f")
QUESTION_LE = 150.0
QUESTIONS_MIN = 6
QUESTIONS_SHARE = 0.4
QUESTIONS_FACTOR = 0.1


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


def gains(feats: Sequence[LineFeatures], tables: Sequence[tuple[int, int]] | None = None) -> list[float]:
    """What each line adds to a run that includes it (negative for boilerplate); ``tables``: the
    page's flattened tables when the caller found them already (see _tables)."""
    out = []
    for f in feats:
        weight = f.le / UNIT
        if f.score <= THRESHOLD:
            weight = max(weight, MIN_COST)
        out.append(weight * (f.score - THRESHOLD))
    plain = list(out)  # (before the menus' and boundaries' costs)
    n = len(feats)
    if tables is None:
        tables = _tables(feats)
    cells = {i for a, z in tables for i in range(a, z)}
    for a, z in menu_runs(feats):
        # In the second half of the page, a long one is a footer: nothing after
        # it belongs to the article (cookie and privacy notices often follow).
        # (Its lines in a table are no menu: counted without them, it may be none.)
        m = sum(1 for i in range(a, z) if i not in cells)
        if m < MENU_RUN:
            continue
        wall = m >= FOOTER_RUN and a >= FOOTER_FROM * n and not feats[a].crossed and not _list_goes_on(feats, a, z)
        cost = WALL if wall else MENU_COST
        for i in range(a, z):
            out[i] -= cost
    for i, f in enumerate(feats):
        if f.boundary:
            out[i] -= BOUNDARY_COST
    for a, z in _bridged_lists(feats):
        for i in range(a, z):
            out[i] = -BRIDGE_COST
    for a, z in _sandwiched_lists(feats):
        if all(out[i] > -WALL for i in range(a, z)) or _prose_goes_on(feats, z):
            for i in range(a, z):
                out[i] = max(out[i], -SANDWICH_COST if feats[i].fragment else plain[i])
    for i in cells:
        out[i] = -TABLE_COST
    return out


def _tables(feats: Sequence[LineFeatures]) -> list[tuple[int, int]]:
    """Tables flattened to one cell a line (see TABLE_MIN_ROWS): (start, end exclusive) of each.

    Within a run of cells, a period p (the columns) is sought such that under
    a header row of p cells, none a figure, each cell is a figure exactly when
    the cell p lines above it is, for TABLE_MIN_ROWS rows or more (a list of
    teasers with their counts has no such header); the longest such stretch,
    header included, is the table.
    """
    def cell(f: LineFeatures) -> bool:
        return f.le < TABLE_CELL_LE and not f.prose and not f.dropped

    out: list[tuple[int, int]] = []
    n = len(feats)
    i = 0
    while i < n:
        if not cell(feats[i]):
            i += 1
            continue
        j = i
        while j < n and cell(feats[j]):
            j += 1
        _span_tables([f.figure for f in feats[i:j]], i, out)
        i = j
    return out


def _span_tables(num: Sequence[bool], base: int, out: list[tuple[int, int]]) -> None:
    m, lo = len(num), 0
    while m - lo >= 2 * TABLE_MIN_ROWS:
        best = None  # (the end of the table)
        for p in range(2, TABLE_MAX_COLS + 1):
            s = lo + p  # (under the header row)
            row = num[s:s + p]
            if len(row) < p or all(row) or not any(row) or any(num[lo:s]):
                continue
            e = s + p
            while e < m and num[e] == num[e - p]:
                e += 1
            e -= (e - s) % p  # whole rows
            if (e - s) // p >= TABLE_MIN_ROWS and (best is None or e > best):
                best = e
        if best is None:
            lo += 1
            continue
        out.append((base + lo, base + best))
        lo = best


def _bridged_lists(feats: Sequence[LineFeatures]) -> list[tuple[int, int]]:
    """Runs of short lines that a text line ending with a colon introduces and text follows.

    Such a run is a list inside the article (ingredients, steps, names), not a
    menu: no more than BRIDGE_MAX lines, none taken out by another plugin, the
    introducing line at least SHORT_LE long or a short label right under a
    prose line ("Pros:"), a prose line right after the last item.
    """
    out = []
    n = len(feats)

    def text(f: LineFeatures) -> bool:  # prose on its own (context pulls it down next to a list)
        return f.prose and f.own > 0.0

    for i in range(1, n):
        intro = feats[i - 1]
        if not (intro.intro and not intro.dropped and (intro.le >= SHORT_LE or (i >= 2 and text(feats[i - 2])))) \
                or feats[i].score > THRESHOLD:
            continue
        j = i
        while j < n and j - i <= BRIDGE_MAX and feats[j].score <= THRESHOLD and not feats[j].dropped \
                and not text(feats[j]):
            j += 1
        if i < j < n and j - i <= BRIDGE_MAX and not feats[j].dropped and text(feats[j]):
            out.append((i, j))
    return out


#: A list the run's last line introduces (a sentence ending with a colon, PROSE_LE long or longer: ``… you can
#: now read it on these devices:``; a short label over a list, ``Read more:``, ``Ingredients:``, is none) is
#: the article's: INTRO_LIST_MIN to INTRO_LIST_MAX items, each under INTRO_ITEM_LE, set line after line (a
#: blank line may stand before the first) up to a blank line, a line another plugin took out or the page's end,
#: none taken out nor introducing a list of its own, none cut short (a teaser's blurb), dated (a list of
#: posts: ``A look at the year ahead - 03/20/2012``) or said again on the page (a menu's, a sidebar's), join
#: the run (a list running on past INTRO_LIST_MAX, or into a longer line, an introducing one or a menu bar, is
#: none).
INTRO_LIST_MIN = 2
INTRO_LIST_MAX = 30
INTRO_ITEM_LE = 200.0
#: The marks set between a menu bar's items (a footer's line ``Uses • Colophon • Stats``: no list's item).
BAR_MARKS = "|•·｜"
_BAR = re.compile(r"\s[" + re.escape(BAR_MARKS) + r"]\s")


def _intro_list(feats: Sequence[LineFeatures], z: int) -> int:
    """The end of the list the run's last line (z - 1) introduces (see INTRO_LIST_MIN), else z."""
    n = len(feats)
    if not 0 < z < n or feats[z - 1].dropped or not feats[z - 1].intro or feats[z - 1].le < PROSE_LE:
        return z
    k = z
    while k < n and k - z <= INTRO_LIST_MAX and not feats[k].dropped and not feats[k].intro and not feats[k].bar \
            and feats[k].le < INTRO_ITEM_LE and (k == z or not feats[k].gap):
        k += 1
    closed = k == n or feats[k].gap or bool(feats[k].dropped)  # (not run on into a longer line: no list's end)
    teasers = any(f.truncated or f.stamp or f.dup for f in feats[z:k])  # (cut short, dated or said again: other posts)
    return k if closed and not teasers and INTRO_LIST_MIN <= k - z <= INTRO_LIST_MAX else z


def _own_prose(f: LineFeatures) -> bool:
    """A prose line of the page's own: prose on its own score (above SANDWICH_OWN), said once, taken out by
    no other plugin."""
    return f.prose and f.own > SANDWICH_OWN and not f.dropped and not f.dup


def _prose_goes_on(feats: Sequence[LineFeatures], z: int) -> bool:
    """Whether WALL_PROSE prose lines of the page's own follow line z (a section of text, not a footer's notice),
    a section's heading or two before or between them (see WALL_HEADINGS)."""
    prose = headings = 0
    for f in feats[z:z + WALL_PROSE + WALL_HEADINGS]:
        if _own_prose(f):
            prose += 1
            if prose == WALL_PROSE:
                return True
        elif f.dropped or f.prose or f.le >= SHORT_LE or headings == WALL_HEADINGS:
            return False
        else:
            headings += 1
    return False


def _list_goes_on(feats: Sequence[LineFeatures], a: int, z: int) -> bool:
    """Whether the run of low lines a..z is a list of the article's that its prose goes on after (no footer)."""
    return sum(1 for f in feats[a:z] if f.fragment) >= FOOTER_FRAGMENTS * (z - a) and _prose_goes_on(feats, z)


def _toc_heading(feats: Sequence[LineFeatures], i: int, end: int, inside: int, not_above: int) -> bool:
    """Whether line i of the run is a section's heading a table of contents above the run repeats (see
    TOC_HEADING_LE): said once in the run (``inside``), nowhere but above it besides (``not_above``), prose under it."""
    return inside == 1 and not_above == 1 and feats[i].le >= TOC_HEADING_LE and i + 1 < end and _own_prose(feats[i + 1])


def _sandwiched_lists(feats: Sequence[LineFeatures]) -> list[tuple[int, int]]:
    """Runs of short lines between two prose lines, most of them sentence fragments (see SANDWICH_COST)."""
    out = []
    n = len(feats)
    text = _own_prose
    i = 1
    while i < n:
        if not text(feats[i - 1]) or text(feats[i]):
            i += 1
            continue
        j = i
        while j < n and j - i <= BRIDGE_MAX and not feats[j].dropped and not text(feats[j]):
            j += 1
        if j < n and j - i <= BRIDGE_MAX and text(feats[j]) \
                and sum(1 for f in feats[i:j] if f.fragment) >= max(FRAGMENT_MIN, FRAGMENT_SHARE * (j - i)):
            out.append((i, j))
        i = max(j, i + 1)
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


def find_article(feats: list[LineFeatures], comment_heads: Sequence[int] = ()) -> tuple[int, int] | None:
    """The article's run of lines (start, end exclusive), or None when no run pays.

    ``comment_heads``: the lines that head a comment section (see :func:`is_comment_heading`).
    """
    score_lines(feats)
    tables = _tables(feats)
    g = gains(feats, tables)
    cands = _candidates(g)
    if not cands:
        return None
    cands += _title_run(feats, g, cands)
    n = len(feats)
    footer = next((i for i, x in enumerate(g) if x <= -WALL), n)

    top = max(c[2] for c in cands)
    forms = [i for i, f in enumerate(feats) if f.dropped in COMMENT_FORM_KINDS]

    headed = [c for c in cands if c[2] >= THREAD_HEAD_MIN and _under_title(feats, c[0]) and not _thread(feats, c)]

    def worth(c: tuple[int, int, float]) -> float:
        return _worth(c) * (OFFERED_FACTOR if _offered_only(feats, c) else 1.0)

    def _worth(c: tuple[int, int, float]) -> float:
        if c[2] >= TITLE_MIN_SHARE * top and _under_title(feats, c[0]):
            return c[2] * TITLE_FACTOR
        if any(h[1] <= c[0] for h in headed) and _thread(feats, c):
            return c[2] * THREAD_FACTOR  # (a thread of posts under the article the title heads)
        after_footer = FOOTER_FACTOR if c[0] > footer else 1.0
        under = _under_comments(feats, cands, comment_heads, c) or _under_form(feats, cands, forms, c)
        thread = COMMENTS_FACTOR if under else 1.0
        questions = QUESTIONS_FACTOR if _question_list(feats, c) else 1.0
        return c[2] * _late(c[0], n) * _after(feats, c[0]) * after_footer * thread * questions

    a, z, _ = max(cands, key=worth)
    a, z = _split_at_header(feats, g, a, z)
    # Context pulls the first and last paragraphs down (their neighbours are
    # boilerplate); prose lines next to the run that are prose on their own join it.
    while a > 0 and _edge(feats[a - 1]):
        a -= 1
    end = -1
    while z != end:  # (a table right after the run, and the prose after it, join it too)
        end = z = _table_after(feats, z, tables)
        while z < n and (_edge(feats[z]) or (feats[z - 1].wrapped and not feats[z].dropped)):
            z += 1  # (the rest of a hard-wrapped sentence belongs to it too)
        z = _intro_list(feats, z)  # (and the list its last line introduces)
    return a, z


def _title_run(feats: Sequence[LineFeatures], g: Sequence[float],
               cands: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The best run under the title line (see _under_title) when no candidate is one: the run the title heads
    is weighed whatever runs of other texts (comments, teasers) outsum it, when it holds a short paragraph or
    more (THREAD_HEAD_MIN: less is a site name over a blurb, or a label over a list)."""
    if any(_under_title(feats, c[0]) for c in cands):
        return []
    taken = sorted(c[:2] for c in cands)
    best = None
    for t, f in enumerate(feats):
        if f.dropped not in TITLE_KINDS:
            continue
        for a in range(t + 1, min(len(feats), t + 1 + UNDER_TITLE)):
            if g[a] <= 0.0 or not _under_title(feats, a) or any(x <= a < y for x, y in taken):
                continue
            end = min([x for x, _ in taken if x > a] + [len(feats)])
            acc = 0.0
            for z in range(a, end):
                acc += g[z]
                if acc <= 0.0:
                    break  # (what follows is a run of its own, not the title's)
                if best is None or acc > best[2]:
                    best = (a, z + 1, acc)
    return [best] if best is not None and best[2] >= THREAD_HEAD_MIN else []


def _offered_only(feats: Sequence[LineFeatures], c: tuple[int, int, float]) -> bool:
    """Whether every prose line of a candidate run is one a later step offered as noise (see OFFERED_FACTOR)."""
    prose = [f for f in feats[c[0]:c[1]] if f.prose and not f.dropped]
    return bool(prose) and all(f.offered for f in prose)


def _question_list(feats: Sequence[LineFeatures], c: tuple[int, int, float]) -> bool:
    """Whether a candidate run reads as a list of other threads' titles (see QUESTIONS_MIN)."""
    a, z = c[0], c[1]
    q = sum(1 for i in range(a, z) if feats[i].question and not feats[i].dropped
            and ((i > a and feats[i - 1].question) or (i + 1 < z and feats[i + 1].question)))
    return q >= QUESTIONS_MIN and q >= QUESTIONS_SHARE * (z - a)


def _thread(feats: Sequence[LineFeatures], c: tuple[int, int, float]) -> bool:
    """Whether a candidate run reads as a thread of posts: THREAD_LABELS or more of its lines are a post's
    tools the page repeats (Reply, Report), and as many are dated (a post's header), the tools one for
    every THREAD_SPAN lines of it at least, the dated lines one for every THREAD_STAMP_SPAN."""
    run = feats[c[0]:c[1]]
    need = max(THREAD_LABELS, (c[1] - c[0]) / THREAD_SPAN)
    dated = max(THREAD_LABELS, (c[1] - c[0]) / THREAD_STAMP_SPAN)
    return sum(1 for f in run if f.label) >= need and sum(1 for f in run if f.stamp or f.poster) >= dated


def _body_line(f: LineFeatures) -> bool:
    return not f.dropped and f.own > EDGE_OWN


def _post_gap(feats: Sequence[LineFeatures], g: Sequence[float], z: int, step: int,
              heads: "set[int]") -> tuple[int, set[str], bool]:
    """The lines between a post and the next one (``step`` 1) or the one before (-1), from line z (the
    first line past the post, going that way): (the first line of that post, or -1 when none comes within
    POST_GAP lines or a footer's wall or a comment section's heading (``heads``) stands between; the tool
    labels of the gap; whether a dated or timed line or a date taken out by timestamp is in it)."""
    n = len(feats)
    labels: set[str] = set()
    dated = False
    j = z
    while 0 <= j < n and abs(j - z) < POST_GAP:
        f = feats[j]
        if _body_line(f):
            return j, labels, dated
        if g[j] <= -WALL or j in heads:
            break
        if f.label:
            labels.add(f.label)
        dated = dated or f.stamp or f.dropped == "timestamp"
        j += step
    return -1, labels, dated


def _post(feats: Sequence[LineFeatures], g: Sequence[float], j: int, step: int, tools: set[str]) -> int:
    """A post from its first line j (going ``step``): the line past its last line of text (see _body_line)
    before a tool label of the thread, a footer's wall, a gap of POST_GAP lines or POST_MAX lines."""
    n = len(feats)
    end, k = j + step, j
    while 0 <= k < n and abs(k - j) < POST_MAX and abs(k - end) < POST_GAP and g[k] > -WALL \
            and feats[k].label not in tools:
        if _body_line(feats[k]):
            end = k + step
        k += step
    return end


def _said(feats: Sequence[LineFeatures], a: int, z: int) -> bool:
    """Whether a post says something: a line of it ends like a sentence (a teaser's headline does not)."""
    return any(f.ends and not f.truncated for f in feats[a:z])


def thread_posts(feats: Sequence[LineFeatures], g: Sequence[float], a: int, z: int,
                 heads: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The posts of a thread the run (a, z) is one of: (start, end exclusive) of each, the run's among them.

    The run is a post of a thread when the gap after it and the gap after the next post hold the same
    tool label (Reply, Share, Follow: a short line the page repeats) and a dated or timed line (each
    post's header or footer): then the thread's posts on either side, each gap holding one of those
    labels and a date, each post ending a sentence somewhere (no list of teasers), POST_MIN posts or more,
    are the article too (a forum's or a Q&A page's answers; the lines between them,
    names, dates, tools, are not). No gap holds a comment section's heading (``heads``): the thread under
    an article is its comments."""
    hs = set(heads)
    a0, z0 = a, z
    j, first, dated = _post_gap(feats, g, z, 1, hs)
    if j < 0 or not first or not dated:
        return [(a, z)]
    k = _post(feats, g, j, 1, first)
    _, second, _ = _post_gap(feats, g, k, 1, hs)
    tools = first & second
    if not tools:
        return [(a, z)]
    posts = [(a, z)]
    while z < len(feats):  # (forward)
        j, labels, dated = _post_gap(feats, g, z, 1, hs)
        if j < 0 or not (labels & tools and dated):
            break
        k = _post(feats, g, j, 1, tools)
        if not _said(feats, j, k):
            break
        posts.append((j, k))
        z = k
    while a > 0:  # (backward)
        j, labels, dated = _post_gap(feats, g, a - 1, -1, hs)
        if j < 0 or not (labels & tools and dated):
            break
        k = _post(feats, g, j, -1, tools)
        if not _said(feats, k + 1, j + 1):
            break
        posts.insert(0, (k + 1, j + 1))
        a = k + 1
    return posts if len(posts) >= POST_MIN else [(a0, z0)]


def _toolbar_starts(feats: Sequence[LineFeatures], tools: set[str]) -> list[int]:
    """The lines that open a tool bar of ``tools`` (a line of them under a line of none)."""
    return [i for i, f in enumerate(feats) if f.label in tools and (i == 0 or feats[i - 1].label not in tools)]


def _dated(f: LineFeatures) -> bool:
    return f.stamp or f.dropped == "timestamp"


def _dated_after(feats: Sequence[LineFeatures], c: int) -> bool:
    """Whether a dated or timed line follows the tool bar at line c before the next line of text (POST_GAP lines)."""
    for f in feats[c:c + POST_GAP]:
        if _body_line(f):
            return False
        if _dated(f):
            return True
    return False


def _post_above(feats: Sequence[LineFeatures], g: Sequence[float], c: int, hs: "set[int]") -> int | None:
    """The first line of the post right above the tool bar at line c: its first line of text after the last
    label, dated line, footer's wall or comment section's heading above it (the author's card, the comments
    under the post before), within POST_MAX lines and no gap of POST_GAP lines without text; None when none."""
    start = None
    last = c
    k = c - 1
    while k >= 0 and c - k < POST_MAX and last - k < POST_GAP and g[k] > -WALL and k not in hs:
        f = feats[k]
        if f.label or _dated(f):
            break
        if _body_line(f):
            start = last = k
        k -= 1
    return start


def tool_posts(feats: Sequence[LineFeatures], g: Sequence[float], a: int, z: int,
               heads: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The posts of a Q&A page the run (a, z) is one of, each ending right above the same tool bar (Share,
    Follow: labels the page repeats, see TOOLBAR_REACH) with a date under it; what lies between a tool bar and
    the next post (the date, the author's card, the comments under the post, a vote count) is none of them.
    POST_MIN posts or more, each ending a sentence somewhere; else the run alone."""
    n = len(feats)
    hs = set(heads)
    t = z
    while t < min(n, z + TOOLBAR_REACH) and not feats[t].label:
        if _body_line(feats[t]):
            return [(a, z)]
        t += 1
    tools: set[str] = set()
    k = t
    while k < n and feats[k].label and not _dated(feats[k]) and feats[k].dropped not in HEADER_KINDS:
        # (the date itself is no tool, nor an author's name under each teaser of a list)
        tools.add(feats[k].label)
        k += 1
    if len(tools) < TOOLBAR_MIN or not _dated_after(feats, t):
        return [(a, z)]
    starts = _toolbar_starts(feats, tools)
    if t not in starts:
        return [(a, z)]
    i = starts.index(t)
    ordered = sorted(hs)

    def headed(c: int, d: int) -> bool:  # (a heading between lines c and d: one search, not a pass over all)
        k = bisect_right(ordered, c)
        return k < len(ordered) and ordered[k] < d

    # (a comment section's heading between two tool bars ends the thread; one between every two or so, a
    # count of the replies under each post, "0 Reply", does not)
    counts = sum(1 for c, d in zip(starts, starts[1:]) if headed(c, d)) >= 2

    def joined(c: int, d: int) -> bool:  # (two tool bars of one thread: near, no wall nor comment heading between)
        return d - c < POST_MAX and all(x > -WALL for x in g[c:d]) and (counts or not headed(c, d))

    lo = hi = i
    while lo > 0 and joined(starts[lo - 1], starts[lo]):
        lo -= 1
    while hi + 1 < len(starts) and joined(starts[hi], starts[hi + 1]):
        hi += 1
    posts: list[tuple[int, int]] = []
    for c in starts[lo:hi + 1]:
        b = _post_above(feats, g, c, hs)
        if c == t:
            b = a if b is None else min(a, b)
        if b is None or not _dated_after(feats, c) or not _said(feats, b, c):
            continue
        if posts and b < posts[-1][1]:
            continue
        posts.append((b, c))
    return posts if len(posts) >= POST_MIN and any(p[1] == t for p in posts) else [(a, z)]


def _table_after(feats: Sequence[LineFeatures], z: int, tables: Sequence[tuple[int, int]]) -> int:
    """The run's end past the table of ``tables`` that follows it (see TABLE_LEAD), if one does."""
    for a, e in tables:
        if z <= a <= z + TABLE_LEAD and all(not f.dropped and f.le < TABLE_CELL_LE for f in feats[z:a]):
            return e
    return z


def _under_comments(feats: Sequence[LineFeatures], cands: Sequence[tuple[int, int, float]],
                    heads: Sequence[int], c: tuple[int, int, float]) -> bool:
    """Whether a comment section's heading stands between the candidate run under the title line, of
    THREAD_UNDER_PROSE prose lines or more, and this one: this run is the comments under the article."""
    return any(z <= h < c[0] and sum(1 for f in feats[a:z] if f.prose and not f.dropped) >= THREAD_UNDER_PROSE
               and _under_title(feats, a) for a, z, _ in cands for h in heads)


def _under_form(feats: Sequence[LineFeatures], cands: Sequence[tuple[int, int, float]],
                forms: Sequence[int], c: tuple[int, int, float]) -> bool:
    """Whether a comment form's line (see FORM_REACH) stands between a candidate run of THREAD_UNDER_PROSE
    prose lines or more ending right above it and this one: this run follows the article's comment form."""
    return any(z <= h < c[0] and h - z <= FORM_REACH
               and sum(1 for f in feats[a:z] if f.prose and not f.dropped) >= THREAD_UNDER_PROSE
               for a, z, _ in cands for h in forms)


def _split_at_header(feats: Sequence[LineFeatures], g: Sequence[float], a: int, z: int) -> tuple[int, int]:
    """The run cut before another article's header (pages holding several articles).

    HEADER_CLUSTER or more header lines (a title, dates, bylines, a source
    line) that other plugins took out, within HEADER_SPAN lines of each
    other inside the run, with text worth keeping before and after them,
    open the next article: the page's own one is the first.
    """
    for j in range(a + 1, z - 1):
        if feats[j].dropped not in HEADER_KINDS:
            continue
        near = range(j + 1, min(z, j + HEADER_SPAN + 1))
        if any(feats[k].dropped in TITLE_KINDS for k in range(max(a, j - HEADER_SPAN), near.stop)):
            continue  # the page's own title line heads no other article (or was misread in the body)
        kinds = [feats[k].dropped for k in near if feats[k].dropped in HEADER_KINDS] + [feats[j].dropped]
        if len(kinds) >= HEADER_CLUSTER and not all(k in CREDIT_KINDS for k in kinds):
            if sum(g[a:j]) > 0 and sum(g[j:z]) > 0:
                return a, j
    return a, z


def _under_title(feats: Sequence[LineFeatures], start: int) -> bool:
    """Whether a run starts right under the article's title line (see UNDER_TITLE); a dated line between
    them is a header, even one that reads as a sentence ("Posted by ... on <date> ...")."""
    for j in range(start - 1, max(-1, start - 1 - UNDER_TITLE), -1):
        f = feats[j]
        if f.dropped in TITLE_KINDS:
            return True
        if not f.dropped and f.prose and not f.stamp:
            return False
    return False


_COUNT = rf"(?:\d[\d.,]*|{literal_tree(COMMENT_COUNT_WORDS)})"
_CWORD = rf"(?:{literal_tree(COMMENT_WORDS)})"
_CWORD_COUNTED = rf"(?:{literal_tree(COMMENT_WORDS_COUNTED)})"
#: The heading alone, or with a count in brackets after it (``Comments``, ``Kommentare (3):``).
_COMMENT_BARE = LazyPattern(rf"[\s{{\[(【]*{_CWORD}\s*(?:[(\[（]\s*\d[\d.,]*\s*[)\]）])?\s*[:：»}}\])】]?\s*", re.I)
#: A count, the word, and maybe more words (``{ 12 comments }``, ``38 comments to the post's title``).
_COMMENT_COUNTED = LazyPattern(rf"[\s{{\[(【]*{_COUNT}\s*{_CWORD_COUNTED}(?![^\W\d_])", re.I)


def is_comment_heading(text: str, f: LineFeatures) -> bool:
    """A comment section's heading: ``Comments``, ``{ 12 comments }``, ``42 Responses to "..."``."""
    if f.le > COMMENT_HEADING_LE:
        return False
    t = text.strip()
    if _COMMENT_BARE.fullmatch(t) is not None:
        return True
    # (a title after the count may end with a question mark, never with a full stop)
    return not t.endswith((".", "。")) and _COMMENT_COUNTED.match(t) is not None


def _comments_start(blocks: Sequence[Block], feats: Sequence[LineFeatures], a: int, z: int) -> int | None:
    """The first comment-section heading inside the run after COMMENTS_AFTER prose lines, if any."""
    prose = 0
    for j in range(a, z):
        f = feats[j]
        if prose >= COMMENTS_AFTER and (is_comment_heading(blocks[j].text, f) or f.dropped in COMMENT_FORM_KINDS
                                        or (not f.dropped and is_policy_phrase_line(blocks[j].text))):
            after = feats[j + 1:j + 1 + TOOLBAR_LINES]
            if not (len(after) == TOOLBAR_LINES and all(map(_tool_line, after))):
                return j
        if not f.dropped and f.prose:
            prose += 1
    return None


def _tool_line(f: LineFeatures) -> bool:
    """A tool bar's item (Print, Share, Comments (3)): a short line, no sentence, no label introducing what
    follows, no list item, no date (a comment's first lines: its author, its date, a short sentence, a list)."""
    return f.le < SHORT_LE and not (f.dropped or f.intro or f.opening or f.ends or f.stamp)


def _standfirst(feats: Sequence[LineFeatures], start: int) -> int | None:
    """The standfirst line between the title and the run's header lines (see STANDFIRST_GAP), if any."""
    j = start - 1
    while j >= 0 and start - j <= STANDFIRST_GAP and (feats[j].dropped or not feats[j].ends):
        j -= 1
    if j < 0 or j == start - 1 or start - j > STANDFIRST_GAP:
        return None  # (right above the run, it would have joined it as an edge line if it were prose)
    gap = {f.dropped for f in feats[j + 1:start]}
    if feats[j].le < SHORT_LE or feats[j].truncated or not gap & HEADER_KINDS:
        return None  # (a header line sets it apart: a blurb over a site's lists is no lead)
    k = j - 1  # up to the title across header lines and headline-like ones (a kicker, the title again)
    while k >= 0 and j - k <= STANDFIRST_REACH and feats[k].dropped not in TITLE_KINDS \
            and (feats[k].dropped in HEADER_KINDS or not (feats[k].dropped or _sentence(feats[k]))):
        k -= 1
    return j if k >= 0 and feats[k].dropped in TITLE_KINDS and j - k <= STANDFIRST_REACH else None


def _lead(feats: Sequence[LineFeatures], start: int) -> int | None:
    """The lead line under a headline, set apart from the run by its header (see LEAD_GAP), if any."""
    top = max(start - LEAD_GAP - 1, 0)
    header, strict = False, True
    for j in range(start - 1, top, -1):
        f, over = feats[j], feats[j - 1]
        if header and j < start - 1 and _lead_line(f) and feats[j + 1].dropped not in LEAD_CREDIT_KINDS \
                and (over.dropped in TITLE_KINDS or strict and _headline(over)):
            return j
        if not _lead_gap(f):
            if not any(g.dropped in TITLE_KINDS for g in feats[top:j]):
                return None
            strict = False  # (under the title line, a byline or a caption left by the plugins)
        header = header or f.dropped in HEADER_KINDS or f.stamp
    return None


def _lead_line(f: LineFeatures) -> bool:
    """A lead: a prose line said once, not cut short, with an own score above 0."""
    return not (f.dropped or f.dup or f.truncated) and f.prose and f.own > 0.0


def _lead_gap(f: LineFeatures) -> bool:
    """A line that may stand between a lead and the run: another plugin's (no title), short, a date, said
    again, or a sentence (a caption); no headline (another article's title)."""
    if f.dropped:
        return f.dropped not in TITLE_KINDS
    return f.le < SHORT_LE or f.stamp or f.dup or (f.ends and not f.question)


def _headline(f: LineFeatures) -> bool:
    """A headline: a line said once, of SHORT_LE to HEADLINE_LE, no sentence end but a question's."""
    return not (f.dropped or f.dup or f.truncated or f.prose and not f.question) \
        and SHORT_LE <= f.le <= HEADLINE_LE and (not f.ends or f.question)


def _sentence(f: LineFeatures) -> bool:
    return f.ends or f.prose


def _edge(f: LineFeatures) -> bool:
    return not f.dropped and f.prose and f.own > EDGE_OWN


def _after(feats: Sequence[LineFeatures], start: int) -> float:
    """How a run's start fits what other plugins dropped just before it."""
    for j in range(start - 1, max(-1, start - 1 - LOOKBACK), -1):
        kind = feats[j].dropped
        if kind in HEADER_KINDS:
            return 1.0  # a byline or a date heads the run: an article's, not a list's items
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


def _insert_after(feats: Sequence[LineFeatures], i: int, step: int) -> int | None:
    """A related insert that starts at line ``i`` going ``step`` (away from the article's run): at most
    INSERT_LINES lines, those other plugins dropped of INSERT_KINDS (one at least) or inline noise and
    the others no prose, with a paragraph right past it. The insert's far end (that paragraph), or None."""
    n = len(feats)
    j, related, once = i, False, 0
    while 0 <= j < n and abs(j - i) < LONG_INSERT_LINES and not _past_insert(feats[j], abs(j - i) > INSERT_LINES):
        d = feats[j].dropped
        if d in INSERT_KINDS:
            related = True
        elif d and d not in INLINE_KINDS:
            return None
        once += not (d or feats[j].dup)
        j += step
    long = abs(j - i) > INSERT_LINES
    if long and once > LONG_INSERT_ONCE * abs(j - i):
        return None
    return j if related and 0 <= j < n and (_paragraph(feats[j]) or long and _past_insert(feats[j], True)) else None


def _past_insert(f: LineFeatures, long: bool) -> bool:
    """A line of the article past an insert: prose said once (a sentence the page repeats word for word is
    an ad slot's, "the article continues below"), ending a sentence unless the insert is a long one (the
    paragraph an ad cut in two goes on under it)."""
    return not f.dropped and f.prose and not f.dup and (f.ends or long and f.le >= SHORT_LE and f.para >= 0)


def _insert_prose(f: LineFeatures) -> bool:
    return not f.dropped and f.prose and f.ends


def _paragraph(f: LineFeatures) -> bool:
    """A prose line ending a sentence, not short, not set apart from the page's paragraphs (the
    items of a teaser list on consecutive lines)."""
    return _insert_prose(f) and f.le >= SHORT_LE and f.para >= 0


def _two_paragraphs(feats: Sequence[LineFeatures], lines: range) -> bool:
    """Two paragraphs in a row among ``lines`` (a label the page says REPEAT_MIN times or more between them
    passed over: a template's line between every two paragraphs), not a teaser list's headlines and teasers
    taking turns."""
    last = False
    for i in lines:
        f = feats[i]
        if _paragraph(f):
            if last:
                return True
            last = True
        elif not (f.label and not f.prose and not f.dropped):
            last = False
    return False


def _across_inserts(feats: list[LineFeatures], heads: Sequence[int], a: int,
                    z: int) -> tuple[int, int, list[range]]:
    """The article's run (a, z) taken on across a related insert right after or before it (``Read
    more`` and a headline or two between its paragraphs, see _insert_after): the insert is no boundary
    when the run found without it holds the first one, and the text it adds holds two paragraphs in a
    row (not a teaser list, whose headlines and teasers take turns, nor a lone blurb) and is no bigger
    than the run (a tail or a head of the same story, not a second text under a list). The same side is tried
    again past the insert taken (INSERTS_MAX: a box the page sets every few paragraphs). Also the lines of each
    insert crossed, from its edge to its last line another plugin took out or the page says again (not a heading
    of the story's next section said once after them): they go as the insert's."""
    le = [f.le for f in feats]
    crossed: list[range] = []
    for step in (1, -1):
        for _ in range(INSERTS_MAX):
            edge = z if step > 0 else a - 1
            far = _insert_after(feats, edge, step)
            if far is None:
                break
            lines = range(edge, far, step)
            saved = [feats[i].boundary for i in lines]
            for i in lines:
                feats[i].boundary, feats[i].crossed = False, True
            found = find_article(feats, heads)
            if found is not None:
                a2, z2 = found
                added = range(far, z2, 1) if step > 0 else range(far, a2 - 1, -1)
                if (a2 <= a and z2 >= z and sum(le[a2:a]) + sum(le[z:z2]) <= sum(le[a:z])
                        and _two_paragraphs(feats, added)):
                    a, z = a2, z2
                    last = max((k for k, i in enumerate(lines) if feats[i].dropped or feats[i].dup), default=-1)
                    crossed.append(lines[:last + 1])
                    continue
            for i, was in zip(lines, saved):
                feats[i].boundary, feats[i].crossed = was, False
            score_lines(feats)  # (as the run without the insert had them)
            break
    return a, z, crossed


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
        elif is_policy_phrase_line(b.text):
            f.dropped = POLICY_KIND  # (a comment form's line, which commentpolicy takes out later: no prose)
        else:
            f.offered = noise_kind(doc, b.text)
    heads = [i for i, (b, f) in enumerate(zip(blocks, feats)) if is_comment_heading(b.text, f)]
    found = find_article(feats, heads)
    if found is None:
        doc.note("textdump: no run of prose lines found; every line kept")
        return
    start, end, crossed = _across_inserts(feats, heads, *found)
    comments = _comments_start(blocks, feats, start, end)
    thread_end = end
    if comments is not None:
        end = comments
    posts = [(start, end)]
    if comments is None and any(f.label for f in feats[end:end + POST_GAP]):
        g = gains(feats)
        if sum(g[start:end]) < POST_ARTICLE_MIN:
            posts = tool_posts(feats, g, start, end, heads)
            if len(posts) == 1:
                posts = thread_posts(feats, g, start, end, heads)
        start, end = posts[0][0], posts[-1][1]
    doc.state["textdump"] = {"start": start, "end": end, "features": feats}
    menu = set()
    for a, z in menu_runs(feats):
        menu.update(range(a, z))
    lead = _standfirst(feats, start)
    if lead is None:
        lead = _lead(feats, start)
    in_posts = {i for a, z in posts for i in range(a, z)}
    for i, (b, f) in enumerate(zip(blocks, feats)):
        if (start <= i < end and len(posts) == 1) or not b.kept or i == lead:
            continue
        if comments is not None and comments <= i < thread_end:
            heading = blocks[comments].text.strip()
            doc.drop(b, "comments", f"comment section after the article, under its heading {heading[:40]!r}",
                     region="comments")
            continue
        if start <= i < end:
            if i not in in_posts:
                doc.drop(b, "boilerplate", "between the posts of a thread (a name, a date, the tools)")
            continue
        where = "before" if i < start else "after"
        in_menu = i in menu and f.le < SHORT_LE
        doc.drop(b, "boilerplate", _reason(f, where, in_menu), region="nav" if in_menu else "")
    counts = Counter(b.text for b in blocks)
    inside = Counter(b.text for b in blocks[start:end])
    above = Counter(b.text for b in blocks[:start])
    for i, (b, f) in enumerate(zip(blocks[start:end], feats[start:end]), start):
        n = counts[b.text]
        if n >= REPEAT_MIN and n > inside[b.text] and b.kept and not f.prose and f.le < REPEAT_LE and not f.intro and not f.opening \
                and not _toc_heading(feats, i, end, inside[b.text], n - above[b.text]):
            doc.drop(b, "boilerplate", f"short line the page repeats {n} times (a label, a button or an ad slot)")
        elif n >= REPEAT_MIN and b.kept and f.prose and f.le <= REPEAT_PROSE_LE \
                and any(g.dropped in AD_KINDS for g in feats[max(0, i - AD_NEAR):i + AD_NEAR + 1]):
            doc.drop(b, "boilerplate", f"sentence the page repeats {n} times word for word next to an ad's label "
                                       "(the ad slot's line)")
    for i in _repeated_captions(blocks, feats, start, end, inside):
        doc.drop(blocks[i], "boilerplate", f"caption said again word for word ({inside[blocks[i].text]} times in the "
                                           "article, each between other lines: a picture carousel's), the first kept")
    for lines in crossed:
        for i in lines:
            if blocks[i].kept and start <= i < end:
                doc.drop(blocks[i], "related", "in a related insert between the article's paragraphs (its list, "
                                               "its ad slot's lines) that the article's run was taken across",
                         region="related")
    for i in range(start, end):
        if feats[i].twice and blocks[i].kept:
            doc.drop(blocks[i], "related", "a teaser's headline said twice in one line (its link and its picture's "
                                           "text run together)", region="related")
    for a, z in _teaser_pairs(blocks, feats, start, end):
        for i in range(a, z):
            doc.drop(blocks[i], "related", "teaser list inside the article under a related list's heading "
                                           "(headlines each with its blurb, line after line)", region="related")


def _repeated_captions(blocks: Sequence[Block], feats: Sequence[LineFeatures], start: int, end: int,
                       inside: "Counter[str]") -> list[int]:
    """The repeats inside the run (their indexes) of a credited caption (``_credited``) under REPEAT_PROSE_LE
    said REPEAT_MIN times or more in it, each time between two lines the run says once: all but the first."""
    where: dict[str, list[int]] = {}
    for i in range(start, end):
        b, f = blocks[i], feats[i]
        if inside[b.text] >= REPEAT_MIN and b.kept and f.le < REPEAT_PROSE_LE and _credited(b.text, f):
            where.setdefault(b.text, []).append(i)
    out: list[int] = []
    for at in where.values():
        if len(at) >= REPEAT_MIN and all(inside[blocks[j].text] == 1 for i in at for j in (i - 1, i + 1)
                                         if start <= j < end):
            out.extend(at[1:])
    return out


def _credited(text: str, f: LineFeatures) -> bool:
    """A sentence then a credit in brackets (``… at large. (Example Agency)``): a picture's caption."""
    t = text.rstrip()
    if f.le < PROSE_LE or not t.endswith((")", "）")):
        return False
    cut = max(t.rfind("("), t.rfind("（"))
    return cut > 0 and t[:cut].rstrip().rstrip(_CAPTION_CLOSERS).endswith(_CAPTION_ENDS)


def _teaser_pairs(blocks: Sequence[Block], feats: Sequence[LineFeatures], start: int,
                  end: int) -> list[tuple[int, int]]:
    """The teaser lists inside the run (a, z): right under a line another plugin took out as a related list's
    heading, TEASER_PAIRS_MIN to TEASER_PAIRS_MAX pairs of a headline (no sentence end) and its blurb (a
    sentence, or one cut short), set line after line, a blank line or the run's end after them."""
    out: list[tuple[int, int]] = []
    for h in range(start, end):
        if feats[h].dropped != "related":
            continue
        a = k = h + 1
        while k < end and k - a < 2 * TEASER_PAIRS_MAX and blocks[k].kept and (k == a or blocks[k].gap_before == 0):
            k += 1
        if k - a < 2 * TEASER_PAIRS_MIN or (k - a) % 2 or (k < end and blocks[k].gap_before == 0):
            continue
        if all(not feats[x].ends and not feats[x].truncated and TEASER_HEADLINE_LE[0] <= feats[x].le
               <= TEASER_HEADLINE_LE[1] and (feats[x + 1].ends or feats[x + 1].truncated)
               and feats[x + 1].le > feats[x].le for x in range(a, k, 2)):
            out.append((a, k))
    return out


@hookimpl
def newsclean_register_steps(register) -> None:  # type: ignore[no-untyped-def]
    register(Step("locate", locate, order=500, stage="blocks", kind="boilerplate", input_kinds=("text",),
                  description="keep the article's run of prose lines in a text dump"))
