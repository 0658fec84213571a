#!/usr/bin/env python3
"""Metadata and article-start scorer for snippet-truth sets (e.g. ``devsets/postlight``).

    python bench/snippet_eval.py --dataset DIR --tool newsclean
    python bench/snippet_eval.py --dataset DIR --tool newsclean,trafilatura,htmldate \\
        --peer-python ../peers/bin/python --out scores.json

Per page and overall, against the set's ``ground-truth.json``:

* title: equal after normalising (NFKC, case, quotes, dashes, whitespace, end punctuation);
* authors: the set of names equals the truth's ``authors`` (order-free; case, diacritics
  and punctuation folded), and "any": at least one name in common;
* date right to the day (the truth's UTC day or its day in the site's zone, against the
  tool's own day or its UTC day), and to the minute where the truth has a time of day
  (instants compared; a naive time against the truth's wall clock in the site's zone);
* lead: the content snippet occurs in the body (whitespace ignored; entities decoded);
  "lead tail": its second half occurs (tolerates a caption or dateline the truth keeps
  in front); and how many body characters (non-space) come before it: junk at the start.

Tools other than newsclean run in ``--peer-python`` (an interpreter where they are
installed; this script re-runs itself there with ``--predict``); htmldate gives dates
only, readability title and body only.
"""
from __future__ import annotations

import argparse
import gzip
import html as htmlmod
import json
import re
import statistics
import subprocess
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- #
# Normalisation and matching (pure functions)
# --------------------------------------------------------------------------- #

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " "})


def norm_title(text: Optional[str]) -> str:
    """A title as compared: entities decoded, NFKC, case folded, quotes and dashes unified."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", htmlmod.unescape(text)).translate(_QUOTES).casefold()
    t = re.sub(r"\s+", " ", t).strip()
    return t.strip(" .:;,!?-|\"'")


def fold_name(name: str) -> str:
    """A person's name as compared: diacritics, case, punctuation and spaces folded."""
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", t)


def authors_match(truth: list[str], got: list[str]) -> tuple[bool, bool]:
    """(the same set of names, at least one name in common)."""
    want = {fold_name(a) for a in truth} - {""}
    have = {fold_name(a) for a in got} - {""}
    return bool(want) and want == have, bool(want & have)


def squash(text: Optional[str]) -> str:
    """Text for containment: entities decoded, NFKC, case folded, quotes unified, no whitespace."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", htmlmod.unescape(text)).translate(_QUOTES).casefold()
    return re.sub(r"\s+", "", t)


def lead_tail(lead: str) -> str:
    """The second half of a snippet: its last half of words, or of characters without spaces."""
    words = lead.split()
    if len(words) >= 4:
        return " ".join(words[len(words) // 2:])
    s = squash(lead)
    return s[len(s) // 2:]


def find_lead(lead: str, body: str) -> dict:
    """Where the snippet is in the body: found, tail found, characters before it."""
    b, s = squash(body), squash(lead)
    out = {"lead": False, "lead_tail": False, "before": None}
    if not s:
        return out
    pos = b.find(s)
    if pos >= 0:
        out.update(lead=True, lead_tail=True, before=pos)
        return out
    tail = squash(lead_tail(lead))
    tpos = b.find(tail) if len(tail) >= 8 else -1
    if tpos >= 0:
        out.update(lead_tail=True, before=max(0, tpos - (len(s) - len(tail))))
    return out


def parse_when(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    v = str(value).strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def date_match(rec: dict, got: Optional[str]) -> tuple[Optional[bool], Optional[bool]]:
    """(right to the day, right to the minute) of a tool's date; None where the truth has none.

    The truth's days are its UTC day and, where the set knows the site's zone
    (``publish_time_local``), the day on that wall clock; the tool's days are its own
    wall-clock day and, when it gives a zone, its UTC day.
    """
    day = rec.get("publish_day")
    if not day:
        return None, None
    want = parse_when(rec.get("publish_time_iso"))
    local = parse_when(rec.get("publish_time_local")) or want
    has_time = local is not None and (local.hour, local.minute, local.second) != (0, 0, 0)
    g = parse_when(got)
    if g is None:
        return False, (False if has_time else None)
    want_days = {day} | ({local.date().isoformat()} if local is not None else set())
    days = {g.date().isoformat()}
    if g.tzinfo is not None:
        days.add(g.astimezone(timezone.utc).date().isoformat())
    day_ok = bool(want_days & days)
    minute_ok = None
    if has_time:
        if g.tzinfo is not None:
            minute_ok = g.astimezone(timezone.utc).replace(second=0, microsecond=0) == \
                want.astimezone(timezone.utc).replace(second=0, microsecond=0)
        else:  # a naive time: the truth's wall clock in the site's zone
            minute_ok = (g.date(), g.hour, g.minute) == (local.date(), local.hour, local.minute)
        minute_ok = minute_ok and bool(re.search(r"T\d{2}:\d{2}", str(got)))
    return day_ok, minute_ok


def score_page(rec: dict, pred: dict) -> dict:
    """One page's scores; a field the truth lacks is None."""
    out: dict = {}
    if rec.get("title"):
        out["title"] = norm_title(rec["title"]) == norm_title(pred.get("title")) if "title" in pred else None
    if rec.get("authors") and "authors" in pred:
        out["authors"], out["authors_any"] = authors_match(rec["authors"], pred.get("authors") or [])
    if "published" in pred:
        out["day"], out["minute"] = date_match(rec, pred.get("published"))
    if rec.get("lead") and rec.get("lead_in_page") and "text" in pred:
        out.update(find_lead(rec["lead"], pred.get("text") or ""))
        out["empty"] = not (pred.get("text") or "").strip()
    return out


def summarize(scores: dict[str, dict]) -> dict:
    """Counts and shares over pages per measure; the characters before the lead."""
    summ: dict = {}
    for key in ("title", "authors", "authors_any", "day", "minute", "lead", "lead_tail", "empty"):
        vals = [s[key] for s in scores.values() if s.get(key) is not None]
        if vals:
            summ[key] = {"n": len(vals), "ok": sum(map(bool, vals)), "share": round(sum(map(bool, vals)) / len(vals), 4)}
    before = [s["before"] for s in scores.values() if s.get("before") is not None]
    if before:
        summ["before"] = {"n": len(before), "median": statistics.median(before), "mean": round(statistics.mean(before), 1),
                          "zero": sum(b == 0 for b in before), "over_200": sum(b > 200 for b in before)}
    return summ


# --------------------------------------------------------------------------- #
# Tools
# --------------------------------------------------------------------------- #


def _text_of(fragment: str) -> str:
    import lxml.html  # noqa: PLC0415
    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def predictor(tool: str):
    """page bytes, url -> {title, authors, published, text} (the fields the tool gives)."""
    if tool == "newsclean":
        sys.path.insert(0, str(ROOT))
        import newsclean  # noqa: PLC0415
        cleaner = newsclean.Cleaner()

        def run(page: bytes, url: str) -> dict:
            art = cleaner.clean(page, url or None)
            return {"title": art.title, "authors": list(art.authors),
                    "published": art.published.isoformat() if art.published else None,
                    "text": "\n".join(p.text for p in art.paragraphs)}
        return run
    if tool == "trafilatura":
        import trafilatura  # noqa: PLC0415

        def run(page: bytes, url: str) -> dict:
            doc = trafilatura.bare_extraction(page.decode("utf-8", "replace"), url=url or None, with_metadata=True)
            if doc is None:
                return {"title": None, "authors": [], "published": None, "text": ""}
            d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            authors = [a.strip() for a in re.split(r";", d.get("author") or "") if a.strip()]
            return {"title": d.get("title"), "authors": authors, "published": d.get("date"), "text": d.get("text") or ""}
        return run
    if tool == "readability":
        from readability import Document  # noqa: PLC0415

        def run(page: bytes, url: str) -> dict:
            doc = Document(page.decode("utf-8", "replace"))
            return {"title": doc.short_title(), "text": _text_of(doc.summary(html_partial=True))}
        return run
    if tool == "htmldate":
        from htmldate import find_date  # noqa: PLC0415

        def run(page: bytes, url: str) -> dict:
            return {"published": find_date(page.decode("utf-8", "replace"), url=url or None,
                                           extensive_search=True, original_date=True)}
        return run
    raise SystemExit(f"unknown tool {tool!r} (newsclean, trafilatura, readability, htmldate)")


def predict(tool: str, folder: Path, truth: dict) -> dict[str, dict]:
    run = predictor(tool)
    preds: dict[str, dict] = {}
    for pid, rec in sorted(truth.items()):
        page = gzip.open(folder / "html" / f"{pid}.html.gz").read()
        try:
            preds[pid] = run(page, rec.get("url") or "")
        except Exception as exc:  # noqa: BLE001 - a tool's failure is a result
            preds[pid] = {"error": f"{type(exc).__name__}: {exc}"[:300], "title": None, "authors": [],
                          "published": None, "text": ""}
    return preds


def predict_elsewhere(tool: str, folder: Path, python: str) -> dict[str, dict]:
    proc = subprocess.run([python, __file__, "--dataset", str(folder), "--tool", tool, "--predict"],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"{tool} under {python} failed: {proc.stderr[-800:]}")
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------- #
# Report
# --------------------------------------------------------------------------- #

_COLS = [("title", "title"), ("authors", "authors exact"), ("authors_any", "any author"), ("day", "date day"),
         ("minute", "date minute"), ("lead", "lead in body"), ("lead_tail", "lead tail"), ("empty", "empty")]


def table(results: dict[str, dict]) -> str:
    lines = ["| tool | " + " | ".join(c for _, c in _COLS) + " | chars before lead (median / mean / >200) |",
             "|---|" + "---|" * (len(_COLS) + 1)]
    for tool, summ in results.items():
        cells = []
        for key, _ in _COLS:
            s = summ.get(key)
            cells.append(f"{s['share']:.1%} ({s['ok']}/{s['n']})" if s else "-")
        b = summ.get("before")
        cells.append(f"{b['median']} / {b['mean']} / {b['over_200']}" if b else "-")
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", type=Path, required=True, help="a folder with ground-truth.json and html/")
    ap.add_argument("--tool", default="newsclean", help="comma-separated: newsclean, trafilatura, readability, htmldate")
    ap.add_argument("--peer-python", help="interpreter that has the peers installed")
    ap.add_argument("--lang", help="only pages of this language")
    ap.add_argument("--out", type=Path, help="write per-page predictions and scores here (JSON)")
    ap.add_argument("--misses", help="print the pages a measure misses (title, authors, day, lead, lead_tail)")
    ap.add_argument("--predict", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    folder = args.dataset
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    if args.lang:
        truth = {k: v for k, v in truth.items() if v.get("lang") == args.lang}
    if args.predict:
        json.dump(predict(args.tool, folder, truth), sys.stdout, ensure_ascii=False)
        return 0
    results: dict[str, dict] = {}
    dump: dict = {}
    for tool in [t.strip() for t in args.tool.split(",") if t.strip()]:
        if tool != "newsclean" and args.peer_python:
            preds = predict_elsewhere(tool, folder, args.peer_python)
            preds = {k: v for k, v in preds.items() if k in truth}
        else:
            preds = predict(tool, folder, truth)
        scores = {pid: score_page(truth[pid], preds[pid]) for pid in truth}
        results[tool] = summarize(scores)
        dump[tool] = {"summary": results[tool], "pages": {pid: {"pred": {k: (v[:400] if isinstance(v, str) else v)
                                                                         for k, v in preds[pid].items()},
                                                                "scores": scores[pid]} for pid in truth}}
        if args.misses:
            print(f"## {tool}: misses of {args.misses}")
            for pid in sorted(truth, key=lambda p: truth[p].get("url", "")):
                if scores[pid].get(args.misses) is False:
                    rec, p = truth[pid], preds[pid]
                    want = {"title": rec.get("title"), "authors": rec.get("authors"), "day": rec.get("publish_time_iso")
                            or rec.get("publish_day"), "minute": rec.get("publish_time_iso"),
                            "lead": rec.get("lead"), "lead_tail": rec.get("lead")}.get(args.misses, rec.get(args.misses))
                    got = {"title": p.get("title"), "authors": p.get("authors"), "day": p.get("published"),
                           "minute": p.get("published"), "lead": (p.get("text") or "")[:160],
                           "lead_tail": (p.get("text") or "")[:160]}.get(args.misses)
                    print(f"- {rec.get('url')}\n    want: {want!r}\n    got:  {got!r}")
    print(f"{folder.name}: {len(truth)} pages")
    print(table(results))
    if args.out:
        args.out.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
