#!/usr/bin/env python3
"""Metadata benchmark: published time, authors and titles on the shared sets.

    python bench/metadata_eval.py                      # cwced_zh (HTML) and cwced_zh_text
    python bench/metadata_eval.py --sets cwced_zh --misses
    python bench/metadata_eval.py --titles scrapinghub --limit 40   # eyeball titles
    python bench/metadata_eval.py --dataset DIR --by-lang           # any set in the shared layout
    python bench/metadata_eval.py --dataset ../devsets/htmldate --tz page [--no-url]   # dates only
    python bench/metadata_eval.py --dataset ../devsets/fundus --tz 0 --visible-only    # visible stamps/bylines

Any set whose truth has ``publish_time`` / ``author`` (or ``authors``, a list)
can be scored; ``publish_time_iso`` with an offset, when given, sets the zone
the day is compared in (else ``--tz``). ``--by-lang`` adds figures per
language and for the European languages together. ``--visible-only`` first
takes every declaration out of the HTML (``<meta>``, JSON-LD, microdata,
``<time datetime>``): what is left is read from the visible lines alone, as on
older pages that declare nothing. ``--no-url`` gives the cleaner no address (no
date from the URL). ``--tz page`` compares the day as the page's own offset
gives it (for truths that are a day without a zone). A set that annotates
``publish_time`` but gives none for a page (no date to find) counts the dates
given there ("date given, truth has none").

Datasets are read from ``../shared/bench`` next to the repository (or
``--data-root``). Ground truth fields: ``publish_time`` (a local wall-clock
time, "2005-3-11 12:12", sometimes only "2018" or "1998-3"), ``author``
(names separated by spaces or 、), ``annotated`` (which fields were labelled).

Figures (each over the pages whose truth has what is measured):

* day: ``published``, seen in ``--tz`` (UTC+8 for these Chinese sets), falls
  on the truth's day; minute: same to the minute, where the truth gives a
  time; month: where the truth gives only a month. A date the page gave
  without its time (``Article.published`` holds it as midnight UTC) names a
  day, not an instant: it is compared as that day, never moved into the
  truth's zone (read at -04:00 it would be the day before).
* authors: the set of normalised names equals the truth's (NFKC, lower
  case, no spaces or punctuation); "any" counts pages sharing one name.
  Where the truth names the editor (编辑) because no one else is named,
  the library takes the editor in charge for the author only then.
* titles: share of pages with a title, mean length, and how many still end
  in something that looks like a site name after a separator; where the truth
  has a ``title``, the share equal to it (NFKC, case, quotes, dashes, spaces
  and end punctuation folded, as in bench/snippet_eval.py).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench"
_TRUTH_DT = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_SUFFIX = re.compile(r"(?:\s[-|–—]\s|_|｜|\|)\s*[^-|_｜–—]{1,20}$")
_TITLE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                              "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
                              "\u200b": None, "\u00ad": None, "\ufeff": None})  # (invisible: a soft hyphen ...)


def norm_title(text: str | None) -> str:
    """A title as compared with the truth's: entities decoded, NFKC, case folded, quotes and dashes
    unified, invisible marks (zero-width space, soft hyphen) and
    whitespace collapsed, end punctuation off (the rule of bench/snippet_eval.py)."""
    if not text:
        return ""
    import html as htmlmod
    t = unicodedata.normalize("NFKC", htmlmod.unescape(text)).translate(_TITLE_MARKS).casefold()
    t = re.sub(r"\s+", " ", t).strip()
    return t.strip(" .:;,!?-|\"'")


def norm_name(s: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", s).lower())


#: Languages counted together as "European" (Latin, Greek and Cyrillic script languages of Europe).
EUROPEAN = frozenset("de fr es it pt nl pl cs sk sv da no nb nn fi is lt lv et ro hu el hr sl sr bs bg uk ru "
                     "ca gl eu ga cy lb mt sq mk be".split())


def truth_names(s: str) -> set[str]:
    if len(s) > 200:
        return {norm_name(s)}
    if "(" in s and ")" in s[s.find("("):]:
        return {norm_name(s)}
    return {norm_name(p) for p in re.split(r"[\s、,，;；]+", s.strip()) if norm_name(p)}


def load_pages(folder: Path, limit: int | None) -> list[tuple[str, dict, object]]:
    gt = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for pid in sorted(gt)[:limit]:
        rec = gt[pid]
        html = folder / "html" / f"{pid}.html.gz"
        txt = folder / "text" / f"{pid}.txt"
        if html.exists():
            page: object = gzip.open(html).read()
        elif txt.exists():
            page = txt.read_text(encoding="utf-8")
        else:
            continue
        out.append((pid, rec, page))
    return out


def _truth_zone(rec: dict, default: timezone | None) -> timezone | None:
    iso = rec.get("publish_time_iso")
    if isinstance(iso, str):
        m = re.search(r"([+-])(\d{2}):?(\d{2})$", iso.strip()) if not iso.strip().endswith("Z") else None
        if iso.strip().endswith("Z"):
            return timezone.utc
        if m:
            hours = int(m.group(2)) + int(m.group(3)) / 60
            return timezone(timedelta(hours=-hours if m.group(1) == "-" else hours))
    return default


def _truth_authors(rec: dict) -> set[str] | None:
    raw = rec.get("authors")
    if isinstance(raw, str) and raw.startswith("["):
        try:
            import ast

            raw = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            raw = None
    if isinstance(raw, list):
        return {norm_name(a) for a in raw if isinstance(a, str) and norm_name(a)}
    author = rec.get("author")
    return truth_names(author) if author else None


def is_date_only(pub: datetime) -> bool:
    """A date the page gave without its time: ``Article.published`` holds it as midnight UTC.

    Such a value names a calendar day, not an instant: it is compared as that day,
    never moved into the truth's zone (midnight UTC read at -04:00 is the day before).
    (A stamp really declared at 00:00:00 UTC is compared the same way: the day as written.)
    """
    return pub.utcoffset() == timedelta(0) and (pub.hour, pub.minute, pub.second, pub.microsecond) == (0, 0, 0, 0)


def strip_declarations(page: object) -> object:
    """The page without <meta>, JSON-LD, microdata attributes and <time datetime> (visible text only)."""
    if not isinstance(page, bytes):
        return page
    from lxml import etree, html as lhtml

    try:
        root = lhtml.fromstring(page.decode("utf-8", "replace"))  # (the sets' pages are UTF-8)
    except (etree.ParserError, ValueError):
        return page
    for el in root.xpath("//meta[not(@charset)] | //script[contains(@type, 'ld+json')]"):
        el.getparent().remove(el)
    for el in root.xpath("//*[@itemprop or @itemtype or @itemscope or @datetime or @pubdate]"):
        for attr in ("itemprop", "itemtype", "itemscope", "datetime", "pubdate"):
            el.attrib.pop(attr, None)
    return lhtml.tostring(root, encoding="unicode").encode("utf-8")


def evaluate(folder: Path, tz_hours: float | None, limit: int | None, misses: bool, visible_only: bool = False,
             no_url: bool = False) -> dict:
    pages = load_pages(folder, limit)
    is_text = (folder / "text").exists()
    zone = timezone(timedelta(hours=tz_hours)) if tz_hours is not None else None
    c = {k: 0 for k in ("pages", "day_n", "day_ok", "minute_n", "minute_ok", "month_n", "month_ok",
                        "auth_n", "auth_ok", "auth_any", "auth_extra", "noauth_n", "nodate_n", "date_extra", "titled", "title_chars", "suffixed", "with_source",
                        "title_n", "title_ok")}
    rows: list[str] = []
    cleaner = newsclean.Cleaner()
    by_lang: dict[str, dict[str, int]] = {}
    t0 = time.perf_counter()
    for pid, rec, page in pages:
        c["pages"] += 1
        lang = (rec.get("lang") or "?").split("-")[0].lower()
        groups = [by_lang.setdefault(lang, {})] + ([by_lang.setdefault("EUROPEAN", {})] if lang in EUROPEAN else [])
        if visible_only:
            page = strip_declarations(page)
        art = cleaner.clean(page, None if no_url else rec.get("url") or None, input_kind="text" if is_text else None)
        pub = art.published  # (a naive time is the page's wall clock, compared as it is)
        want_zone = _truth_zone(rec, zone)  # (None: the day as the page itself gives it)
        if pub is not None and pub.tzinfo is not None and want_zone and not is_date_only(pub):
            pub = pub.astimezone(want_zone)
        truth = rec.get("publish_time")
        m = _TRUTH_DT.match(truth) if truth else None
        if m:
            y, mo, d, hh, mi = (int(g) if g else None for g in m.groups()[:5])
            if d:
                c["day_n"] += 1
                ok = pub is not None and (pub.year, pub.month, pub.day) == (y, mo, d)
                c["day_ok"] += ok
                for g in groups:
                    g["day_n"] = g.get("day_n", 0) + 1
                    g["day_ok"] = g.get("day_ok", 0) + ok
                    g["day_none"] = g.get("day_none", 0) + (pub is None)
                if hh is not None:
                    c["minute_n"] += 1
                    okm = ok and pub is not None and (pub.hour, pub.minute) == (hh, mi)
                    c["minute_ok"] += okm
                    if misses and ok and not okm:
                        rows.append(f"  minute {pid[:8]} truth={truth!r} got={pub.isoformat() if pub else None}")
                if misses and not ok:
                    rows.append(f"  day    {pid[:8]} truth={truth!r} got={pub.isoformat() if pub else None}")
            elif mo:
                c["month_n"] += 1
                c["month_ok"] += pub is not None and (pub.year, pub.month) == (y, mo)
        elif not truth and "publish_time" in (rec.get("annotated") or []):
            c["nodate_n"] += 1
            c["date_extra"] += pub is not None
            if misses and pub is not None:
                rows.append(f"  extra  {pid[:8]} truth=None got={pub.isoformat()}")
        author = rec.get("author")
        want = _truth_authors(rec)
        if want and "author" in (rec.get("annotated") or ["author"]):
            c["auth_n"] += 1
            got = {norm_name(a) for a in art.authors if norm_name(a)}
            oka = got == want or bool(got and norm_name("".join(sorted(art.authors))) == norm_name("".join(sorted(want))))
            c["auth_ok"] += oka
            if not oka and misses:
                rows.append(f"  author {pid[:8]} truth={author!r} got={art.authors!r}")
            c["auth_any"] += bool(got & want)
            for g in groups:
                g["auth_n"] = g.get("auth_n", 0) + 1
                g["auth_ok"] = g.get("auth_ok", 0) + oka
        elif "author" in (rec.get("annotated") or []):
            c["noauth_n"] += 1
            for g in groups:
                g["noauth_n"] = g.get("noauth_n", 0) + 1
                g["auth_extra"] = g.get("auth_extra", 0) + bool(art.authors)
            if art.authors:
                c["auth_extra"] += 1
                if misses:
                    rows.append(f"  extra  {pid[:8]} truth=None got={art.authors!r}")
        if art.title:
            c["titled"] += 1
            c["title_chars"] += len(art.title)
            c["suffixed"] += bool(_SUFFIX.search(art.title))
        if rec.get("title"):
            c["title_n"] += 1
            okt = norm_title(rec["title"]) == norm_title(art.title)
            c["title_ok"] += okt
            for g in groups:
                g["title_n"] = g.get("title_n", 0) + 1
                g["title_ok"] = g.get("title_ok", 0) + okt
            if misses and not okt:
                rows.append(f"  title  {pid[:8]} truth={rec['title']!r} got={art.title!r}")
        c["with_source"] += bool(art.source)
    c["seconds"] = round(time.perf_counter() - t0, 2)
    c["misses"] = rows
    c["by_lang"] = by_lang
    return c


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "   n/a"


def report(name: str, c: dict, by_lang: bool = False) -> None:
    print(f"== {name}: {c['pages']} pages, {c['seconds']} s")
    print(f"  published, right to the day   : {pct(c['day_ok'], c['day_n'])}")
    print(f"  published, right to the minute: {pct(c['minute_ok'], c['minute_n'])}")
    print(f"  published, right to the month : {pct(c['month_ok'], c['month_n'])}  (truth gives a month only)")
    if c["nodate_n"]:
        print(f"  date given, truth has none    : {pct(c['date_extra'], c['nodate_n'])}")
    print(f"  authors right                 : {pct(c['auth_ok'], c['auth_n'])}   any name right: "
          f"{pct(c['auth_any'], c['auth_n'])}")
    print(f"  authors given, truth has none : {pct(c['auth_extra'], c['noauth_n'])}")
    mean = c["title_chars"] / c["titled"] if c["titled"] else 0
    print(f"  titles                        : {pct(c['titled'], c['pages'])}, mean {mean:.1f} chars, "
          f"{c['suffixed']} still end in a separator + short segment")
    if c["title_n"]:
        print(f"  title equals the truth's      : {pct(c['title_ok'], c['title_n'])}")
    print(f"  source found                  : {pct(c['with_source'], c['pages'])}")
    if by_lang:
        for lang, g in sorted(c["by_lang"].items(), key=lambda kv: (kv[0] != "EUROPEAN", -kv[1].get("day_n", 0))):
            print(f"  [{lang:8}] day {pct(g.get('day_ok', 0), g.get('day_n', 0))} (none: {g.get('day_none', 0)})"
                  f"   authors {pct(g.get('auth_ok', 0), g.get('auth_n', 0))}"
                  f"   invented {g.get('auth_extra', 0)}/{g.get('noauth_n', 0)}"
                  f"   title {pct(g.get('title_ok', 0), g.get('title_n', 0))}")
    for row in c["misses"]:
        print(row)


def show_titles(folder: Path, limit: int | None) -> None:
    cleaner = newsclean.Cleaner()
    is_text = (folder / "text").exists()
    for pid, rec, page in load_pages(folder, limit):
        art = cleaner.clean(page, rec.get("url") or None, input_kind="text" if is_text else None)
        flag = "  <- suffix?" if art.title and _SUFFIX.search(art.title) else ""
        print(f"{pid[:8]} [{rec.get('lang', '')}] {art.title!r}{flag}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-root", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sets", default="cwced_zh,cwced_zh_text", help="comma-separated dataset folders")
    ap.add_argument("--tz", default="8", help="zone of the truth's wall-clock times (hours), or 'page': "
                    "the day in the page's own offset")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", action="store_true", help="list the pages that miss")
    ap.add_argument("--dataset", type=Path, action="append", default=[], help="a dataset folder (repeatable)")
    ap.add_argument("--visible-only", action="store_true", help="take <meta>, JSON-LD, microdata out first")
    ap.add_argument("--no-url", action="store_true", help="give the cleaner no URL (dates from the page alone)")
    ap.add_argument("--by-lang", action="store_true", help="figures per language and for European languages")
    ap.add_argument("--titles", default="", help="print the titles of these sets instead (comma-separated)")
    args = ap.parse_args()
    if args.titles:
        for name in args.titles.split(","):
            print(f"== {name}")
            show_titles(args.data_root / name, args.limit)
        return 0
    folders = args.dataset or [args.data_root / name for name in args.sets.split(",") if name]
    for folder in folders:
        if not folder.exists():
            print(f"== {folder.name}: not found")
            continue
        report(folder.name + (" (visible only)" if args.visible_only else "") + (" (no URL)" if args.no_url else ""),
               evaluate(folder, None if args.tz == "page" else float(args.tz), args.limit, args.misses, args.visible_only, args.no_url), args.by_lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
