"""Score newsclean on labelled pages: ``newsclean eval DATASET_DIR``.

A dataset folder holds ``ground-truth.json`` (``{id: {"articleBody": str,
"url": str?, "lang": str?}}``) and the pages, ``html/<id>.html.gz``,
``html/<id>.html`` or ``text/<id>.txt`` (a text dump).

Only the folder's own pages are read: an id that is not a plain file name
(``../x``) or a page file that links outside the folder is not read, and a
page is decompressed in a stream that stops at the cleaner's ``max_bytes``;
each such page counts as failed (empty output) with the reason.

The metric is the shingle overlap used by the article-extraction benchmarks:

* tokens: the text lower-cased; every CJK ideograph or kana is one token,
  otherwise a token is a maximal run of letters and digits (punctuation,
  whitespace and ``_`` separate tokens; Hangul stays in words);
* shingles: every window of 4 consecutive tokens, as a multiset (a text of 1
  to 3 tokens gives one shingle of all of them, an empty text none);
* per page: precision = tp / (tp + fp), recall = tp / (tp + fn), where tp are
  the shingles shared by output and truth (multiset intersection); a page
  whose output is identical scores 1 for both;
* over the set: precision is the mean over pages with a non-empty output
  (empty outputs are counted separately), recall the mean over pages with a
  non-empty truth, F1 the harmonic mean of the two means.

Besides the figures, the command shows the worst pages with what was wrongly
kept (kept paragraphs that are not in the truth) and wrongly dropped (removed
text that is, with the plugin and reason that removed it).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

__all__ = [
    "tokenize",
    "shingles",
    "PageScore",
    "Summary",
    "score_page",
    "summarize",
    "Page",
    "load_pages",
    "read_page_bytes",
    "PageTooLarge",
    "PageResult",
    "EvalResult",
    "evaluate",
    "block_overlap",
    "register_cli",
]

SHINGLE_SIZE = 4

_CJK_RANGES = (
    "\u3040-\u309f"  # hiragana
    "\u30a0-\u30ff"  # katakana
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width katakana
    "\U00020000-\U0003134f"  # CJK extensions B..G
)
# One CJK character, or a run of letters/digits that contains no CJK character.
_TOKEN = re.compile(f"[{_CJK_RANGES}]|(?:(?![{_CJK_RANGES}])[^\\W_])+")
_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


# ---------------------------------------------------------------------------
# metric
# ---------------------------------------------------------------------------

def tokenize(text: str | None) -> list[str]:
    """Metric tokens of a text (see the module docstring)."""
    return _TOKEN.findall(text.lower()) if text else []


def shingles(tokens: Sequence[str], n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of the n-token windows of ``tokens``."""
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Shingle counts of one page; precision/recall are None when undefined."""

    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    exact: bool

    @property
    def empty(self) -> bool:
        """The output had no shingle (left out of the precision mean)."""
        return self.precision is None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(truth: str, output: str) -> PageScore:
    """Score one output against its truth."""
    t_tok, o_tok = tokenize(truth), tokenize(output)
    t_sh, o_sh = shingles(t_tok), shingles(o_tok)
    tp = sum((t_sh & o_sh).values())
    fp = sum((o_sh - t_sh).values())
    fn = sum((t_sh - o_sh).values())
    identical = fp == 0 and fn == 0
    precision = (1.0 if identical else tp / (tp + fp)) if tp + fp else None
    recall = (1.0 if identical else tp / (tp + fn)) if tp + fn else None
    return PageScore(tp, fp, fn, precision, recall, t_tok == o_tok)


@dataclass(frozen=True, slots=True)
class Summary:
    """Set-level figures (macro means over pages, see the module docstring)."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int
    empty: int

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "accuracy": self.accuracy, "pages": self.pages, "empty": self.empty}


def summarize(scores: Sequence[PageScore]) -> Summary:
    """Aggregate page scores into P, R, F1, exact-match accuracy and empty count."""
    ps = [s.precision for s in scores if s.precision is not None]
    rs = [s.recall for s in scores if s.recall is not None]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = statistics.fmean(float(s.exact) for s in scores) if scores else 0.0
    return Summary(p, r, f1, acc, len(scores), sum(1 for s in scores if s.empty))


# ---------------------------------------------------------------------------
# datasets
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Page:
    """One labelled page of a dataset folder.

    ``problem`` is set (and ``content`` empty) when the page cannot be read
    safely: an id that is not a plain file name, a file outside the dataset
    folder, a page over the size limit once decompressed.
    """

    id: str
    truth: str
    content: str  # the page, decoded as UTF-8 (HTML or a text dump)
    url: str | None = None
    lang: str | None = None
    problem: str = ""


#: Largest ground-truth.json read (bytes).
MAX_TRUTH_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 16


class PageTooLarge(ValueError):
    """A page file that is (or decompresses to) more than the size limit."""


def _safe_id(pid: str) -> bool:
    """A page id is one plain file name: no separator, no '..', no control character."""
    return (bool(pid) and pid not in (".", "..") and len(pid) <= 200
            and not any(c in pid for c in "/\\\0") and pid.isprintable() and ":" not in pid)


def _page_file(root: Path, pid: str) -> Path | None:
    for p in (root / "html" / f"{pid}.html.gz", root / "html" / f"{pid}.html", root / "text" / f"{pid}.txt"):
        if p.exists():
            return p
    return None


def _inside(path: Path, folder: Path) -> bool:
    """``path`` (symbolic links followed) lies inside ``folder``."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def read_page_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a page file, gunzipped for ``.gz``, never holding more than ``max_bytes``.

    Decompression is streamed and stops at the limit: a small file that
    expands to gigabytes costs ``max_bytes`` of memory at most. Raises
    :class:`PageTooLarge`, or OSError / EOFError / zlib.error for a broken file.
    """
    with open(path, "rb") as f:
        if path.suffix != ".gz":
            data = f.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise PageTooLarge(f"page file is over max_bytes={max_bytes}")
            return data
        out = bytearray()
        z = zlib.decompressobj(wbits=31)
        pending = b""
        fed = False  # whether the current decompressor has had any input (an empty file has none)
        while True:
            if not pending:
                pending = f.read(_CHUNK)
                if not pending:
                    break
            fed = True
            room = max_bytes + 1 - len(out)
            out += z.decompress(pending, room)
            if len(out) > max_bytes:
                raise PageTooLarge(f"page decompresses to over max_bytes={max_bytes}")
            pending = z.unconsumed_tail
            if z.eof:  # a gzip member ended: the next one (if any) starts in unused_data
                rest = z.unused_data + pending
                z = zlib.decompressobj(wbits=31)
                pending = rest
                if not pending:
                    pending = f.read(_CHUNK)
                    if not pending:
                        return bytes(out)
        if fed and not z.eof:  # cut short: even a header-only file (no output yet) is refused
            raise EOFError("compressed page ends before its end-of-stream marker")
        return bytes(out)


def load_pages(root: str | Path, limit: int | None = None, only_lang: str | None = None,
               max_bytes: int | None = None) -> Iterator[Page]:
    """The pages of a dataset folder, sorted by id.

    only_lang: comma-separated language codes; pages of other languages are skipped.
    max_bytes: largest page read (after decompression); default
        :attr:`newsclean.Options.max_bytes`. A larger page, an unsafe id or a
        page file outside the folder is yielded with ``problem`` set.
    Raises FileNotFoundError when the folder has no ground-truth.json, ValueError
    when it is not a JSON object.
    """
    from .options import Options

    limit_bytes = Options().max_bytes if max_bytes is None else max_bytes
    root = Path(root)
    gt_file = root / "ground-truth.json"
    if not gt_file.is_file():
        raise FileNotFoundError(f"{root}: no ground-truth.json")
    if gt_file.stat().st_size > MAX_TRUTH_BYTES:
        raise ValueError(f"{gt_file}: over {MAX_TRUTH_BYTES} bytes")
    try:
        gt = json.loads(gt_file.read_text(encoding="utf-8", errors="replace"))
    except (ValueError, RecursionError) as e:
        raise ValueError(f"{gt_file}: not valid JSON ({str(e)[:200]})") from None
    if not isinstance(gt, dict) or not all(isinstance(v, dict) for v in gt.values()):
        raise ValueError(f"{gt_file}: expected {{id: {{\"articleBody\": ...}}}}")
    ids = sorted(gt)
    if only_lang:
        keep = {x.strip() for x in only_lang.split(",") if x.strip()}
        ids = [i for i in ids if str(gt[i].get("lang")) in keep]
    if limit:
        ids = ids[:limit]
    for pid in ids:
        rec = gt[pid]
        truth = rec.get("articleBody") if isinstance(rec.get("articleBody"), str) else ""
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        lang = rec.get("lang") if isinstance(rec.get("lang"), str) else None

        def bad(problem: str, pid: str = pid) -> Page:
            return Page(pid, truth, "", url, lang, problem)

        if not _safe_id(pid):
            yield bad(f"page id {pid[:60]!r} is not a plain file name: not read")
            continue
        f = _page_file(root, pid)
        if f is None:
            raise FileNotFoundError(f"{root}: no html/ or text/ page for id {pid}")
        if not _inside(f, root):
            yield bad(f"page file {f.name} leads outside the dataset folder: not read")
            continue
        try:
            raw = read_page_bytes(f, limit_bytes)
        except PageTooLarge as e:
            yield bad(f"too large: {e}")
            continue
        except (OSError, EOFError, zlib.error) as e:
            yield bad(f"unreadable page file {f.name}: {e}")
            continue
        text = raw.decode("utf-8", errors="replace")
        m = _PROLOG.match(text)
        text = text[m.end():] if m else text.lstrip("\ufeff")
        yield Page(pid, truth, text, url, lang)


# ---------------------------------------------------------------------------
# running
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class PageResult:
    """What newsclean did with one page, and its score."""

    page: Page
    score: PageScore
    output: str
    article: Any = None  # the Article (None when cleaning failed)
    error: str = ""
    seconds: float = 0.0


@dataclass(slots=True)
class EvalResult:
    """Scores of a whole dataset run."""

    overall: Summary
    by_lang: dict[str, Summary]
    pages: list[PageResult] = field(default_factory=list)
    seconds: float = 0.0

    def worst(self, n: int = 5) -> list[PageResult]:
        """The n pages with the lowest F1 (ties: more lost shingles first)."""
        return sorted(self.pages, key=lambda r: (r.score.f1, -(r.score.fp + r.score.fn)))[:n]


def evaluate(root: str | Path, cleaner: Any = None, *, limit: int | None = None,
             only_lang: str | None = None) -> EvalResult:
    """Clean every page of a dataset folder and score the outputs.

    cleaner: a :class:`~newsclean.Cleaner` (a default one when None).
    A page whose cleaning raises counts as an empty output (its error is kept).
    """
    from .errors import NewscleanError
    from .pipeline import Cleaner

    cleaner = cleaner or Cleaner()
    results: list[PageResult] = []
    t_all = 0.0
    max_bytes = getattr(getattr(cleaner, "options", None), "max_bytes", None)
    for page in load_pages(root, limit, only_lang, max_bytes=max_bytes):
        t0 = time.perf_counter()
        article, error, output = None, page.problem, ""
        try:
            if not page.problem:
                article = cleaner.clean(page.content, page.url)
                output = article.text
        except NewscleanError as e:
            output, error = "", str(e)
        except Exception as e:  # noqa: BLE001 - one broken page must not end the run
            output, error = "", f"{type(e).__name__}: {e}"
        dt = time.perf_counter() - t0
        t_all += dt
        results.append(PageResult(page, score_page(page.truth, output), output, article, error, dt))
    groups: dict[str, list[PageScore]] = {}
    for r in results:
        groups.setdefault(r.page.lang or "unknown", []).append(r.score)
    by_lang = {k: summarize(v) for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))}
    return EvalResult(summarize([r.score for r in results]), by_lang, results, t_all)


def block_overlap(text: str, truth_shingles: Counter[tuple[str, ...]]) -> float:
    """Share of a text's shingles that occur in the truth (0 for a text without tokens)."""
    sh = shingles(tokenize(text))
    total = sum(sh.values())
    if not total:
        return 0.0
    return sum(min(c, truth_shingles.get(k, 0)) for k, c in sh.items()) / total


def page_errors(result: PageResult, limit: int = 5) -> tuple[list[str], list[str]]:
    """(wrongly kept, wrongly dropped) samples of one page, largest first.

    Wrongly kept: kept paragraphs mostly absent from the truth. Wrongly dropped:
    removed text mostly present in the truth, with the plugin and its reason.
    """
    truth_sh = shingles(tokenize(result.page.truth))
    kept: list[tuple[int, str]] = []
    dropped: list[tuple[int, str]] = []
    art = result.article
    if art is None:
        return [], []
    for p in art.paragraphs:
        if block_overlap(p.text, truth_sh) < 0.5:
            kept.append((len(p.text), _clip(p.text)))
    for rm in art.removed:
        if len(tokenize(rm.text)) >= 3 and block_overlap(rm.text, truth_sh) >= 0.5:
            where = f" [{rm.region}]" if rm.region else ""
            dropped.append((len(rm.text), f"{_clip(rm.text)}  <- {rm.plugin}{where}: {rm.reason}"))
    kept.sort(key=lambda x: -x[0])
    dropped.sort(key=lambda x: -x[0])
    return [t for _, t in kept[:limit]], [t for _, t in dropped[:limit]]


def _clip(text: str, n: int = 100) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

def _fmt_summary(name: str, s: Summary) -> str:
    return (f"| {name} | {s.pages} | {s.precision:.3f} | {s.recall:.3f} | **{s.f1:.3f}** | "
            f"{s.accuracy:.3f} | {s.empty} |")


def render(result: EvalResult, dataset: str, worst: int = 5) -> str:
    """The report printed by ``newsclean eval``: tables, then the worst pages."""
    lines = [f"newsclean on {dataset}: {result.overall.pages} pages in {result.seconds:.1f}s", "",
             "| set | pages | precision | recall | F1 | exact | empty |", "|---|---|---|---|---|---|---|",
             _fmt_summary("all", result.overall)]
    if len(result.by_lang) > 1 or "unknown" not in result.by_lang:
        lines += [_fmt_summary(f"lang={k}", v) for k, v in result.by_lang.items()]
    failed = [r for r in result.pages if r.error]
    if failed:
        lines += ["", f"{len(failed)} pages failed:"] + [f"  {r.page.id}: {r.error}" for r in failed[:10]]
    if worst > 0:
        lines += ["", f"Worst {min(worst, len(result.pages))} pages:"]
        for r in result.worst(worst):
            s = r.score
            p = "-" if s.precision is None else f"{s.precision:.2f}"
            rc = "-" if s.recall is None else f"{s.recall:.2f}"
            lines += ["", f"{r.page.id} F1={s.f1:.3f} P={p} R={rc} lang={r.page.lang or '?'} {r.page.url or ''}"]
            kept, dropped = page_errors(r)
            lines += [f"  + kept, not in truth: {t}" for t in kept]
            lines += [f"  - dropped, in truth:  {t}" for t in dropped]
    return "\n".join(lines) + "\n"


def _as_json(result: EvalResult) -> str:
    return json.dumps({
        "overall": result.overall.as_dict(),
        "by_lang": {k: v.as_dict() for k, v in result.by_lang.items()},
        "seconds": result.seconds,
        "pages": {r.page.id: {"precision": r.score.precision, "recall": r.score.recall, "f1": r.score.f1,
                              "empty": r.score.empty, "lang": r.page.lang, "error": r.error}
                  for r in result.pages},
    }, ensure_ascii=False, indent=1)


def _cmd_eval(args: argparse.Namespace) -> int:
    from .cli import cleaner_from_args
    from .errors import InputError

    try:
        result = evaluate(args.dataset, cleaner_from_args(args), limit=args.limit, only_lang=args.only_lang)
    except (FileNotFoundError, ValueError) as e:
        raise InputError("unreadable", str(e)) from None
    out = _as_json(result) if args.json else render(result, args.dataset, args.worst)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0


def register_cli(subparsers: Any) -> None:
    """Add the ``eval`` subcommand."""
    from .cli import add_cleaner_args

    p = subparsers.add_parser("eval", help="score newsclean on a labelled dataset folder")
    p.add_argument("dataset", metavar="DATASET_DIR",
                   help="folder with ground-truth.json and html/ (or text/) pages")
    p.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    p.add_argument("--only-lang", metavar="CODES", help="only pages of these languages (comma-separated)")
    p.add_argument("--worst", type=int, default=5, help="show this many worst pages (default 5)")
    p.add_argument("--json", action="store_true", help="print figures and per-page scores as JSON")
    add_cleaner_args(p)
    p.set_defaults(func=_cmd_eval)
