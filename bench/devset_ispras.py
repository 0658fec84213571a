#!/usr/bin/env python3
"""European-language development set from ISPRAS's multilingual news-page dataset.

    python bench/devset_ispras.py DIR                      # the release's multilingual-ae/ folder
    python bench/devset_ispras.py de.json ru.json ...      # some of its per-language files
    python bench/devset_ispras.py GITDIR                   # *.json of a repository snapshot
    python bench/devset_ispras.py SRC --out DIR --name euro_ispras --langs de,el,ru --per-site 20

The dataset (github:ispras/news-page-dataset; Bedrin, Varlamov, Yatskov, "Multilingual
Attribute Extraction from News Web Pages", arXiv 2502.02167) holds 30,003 news pages of 783
sites in 44 languages (en 10,479, ru 3,623, es 3,579, fr 1,750, pt 1,584, hr 540, de 527, it 275,
hu 258, bg 247, el 154 ...), whose title, date, text, author and tag nodes people marked on each
site with a sitemap of the Web Scraper extension; the text label marks the article's own
paragraphs, so the truth is independent of any extractor. The repository holds only the
documentation; the data (``multilingual-ae/<lang>.json``, 8.4 GB) is on the institute's
Nextcloud share, which this workplace cannot reach. The repository states no licence: the
pages remain their publishers' copyright; local evaluation only, OUT defaults to ``../devsets``
next to the repository and nothing of it is ever committed.

A language file is ``{site: [{uuid, url, html, annotations: [{xpath, text, label}]}]}``. The
truth written here (``articleBody``) is the page's ``subtitle`` nodes (the standfirst) and then
its ``text`` nodes, in the order given, one node a paragraph; a node inside another marked
node of the same kind (its xpath continues the other's) and a repeated node are counted once.
``title`` is the first title node, ``authors`` the author nodes, ``date_text`` the first
publication-date node as written on the page. ``lang`` is the file's language (the name of
the file, ``lang_from`` "set"), ``group`` the site. ``--langs`` keeps some languages (default:
the European ones), ``--per-site`` the first N pages of each site (the sets are lopsided: one
site can hold hundreds of pages), ``--min-chars`` pages with that much truth; pages whose truth
is mostly not in the page's visible text (``devset.visible_coverage`` under ``--min-visible``)
are left out and counted in the manifest.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from devset import DEFAULT_OUT, MIN_VISIBLE, GitTree, norm_lang, page_id, publish, visible_coverage  # noqa: E402

# Languages of Europe the dataset holds (its files are named by these codes); English is left
# to the sets we already have.
EUROPEAN = ("bg", "ca", "cs", "da", "de", "el", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv",
            "mk", "nl", "no", "pl", "pt", "ru", "sk", "sl", "sq", "sv", "uk")

BODY_LABELS = ("subtitle", "text")  # in this order: the standfirst, then the article's paragraphs
_SPACES = re.compile(r"\s+")


def _clean(text: object) -> str:
    return _SPACES.sub(" ", text).strip() if isinstance(text, str) else ""


def _inside(xpath: str, outer: str) -> bool:
    return bool(outer) and xpath.startswith(outer.rstrip("/") + "/")


def labelled(annotations: object, label: str) -> list[str]:
    """The texts of one label's nodes in their given order, a node inside another marked node of
    the same label and a repeated text counted once."""
    nodes: list[tuple[str, str]] = []
    for ann in annotations if isinstance(annotations, list) else []:
        if not isinstance(ann, dict) or ann.get("label") != label:
            continue
        text = _clean(ann.get("text"))
        if text:
            nodes.append((str(ann.get("xpath") or ""), text))
    out: list[str] = []
    seen: set[str] = set()
    for xpath, text in nodes:
        if any(_inside(xpath, other) for other, _ in nodes if other != xpath):
            continue
        if text in seen:
            continue
        seen.add(text)
        out.append(text)
    return out


def to_record(page: dict, lang: str, site: str) -> Optional[tuple[dict, str]]:
    """(ground-truth record, page html) of one page, or None when it lacks either."""
    html = page.get("html")
    if not isinstance(html, str) or not html.strip():
        return None
    anns = page.get("annotations")
    body = "\n".join(p for label in BODY_LABELS for p in labelled(anns, label))
    if not body:
        return None
    rec: dict = {"articleBody": body, "url": page.get("url") or "", "lang": lang, "lang_from": "set",
                 "group": site, "source_id": str(page.get("uuid") or page.get("url") or "")}
    titles = labelled(anns, "title")
    if titles:
        rec["title"] = titles[0]
    authors = labelled(anns, "author")
    if authors:
        rec["authors"] = authors
        rec["author"] = ", ".join(authors)
    dates = labelled(anns, "publication_date")
    if dates:
        rec["date_text"] = dates[0]
    rec["annotated"] = ["articleBody"] + (["title"] if titles else [])
    return rec, html


# --------------------------------------------------------------------------- #
# Reading the language files
# --------------------------------------------------------------------------- #


# The first release (2024) named its files by the language's English or German name.
_FILE_NAMES = {"arabic": "ar", "chinese": "zh", "deutsch": "de", "german": "de", "english": "en",
               "korean": "ko", "russian": "ru"}


def _file_lang(name: str) -> Optional[str]:
    stem = Path(name).name.split(".")[0].lower()
    if stem in _FILE_NAMES:
        return _FILE_NAMES[stem]
    return norm_lang(stem) if re.fullmatch(r"[a-z]{2,3}", stem) else None


def language_files(sources: Iterable[Path], langs: Optional[set[str]]) -> Iterator[tuple[str, str, object]]:
    """(origin, language, parsed file) for each per-language JSON of files, folders or bare git
    directories whose name is a language kept by ``langs`` (None: every language)."""
    for src in sources:
        src = Path(src)
        if src.is_file() or (src.is_dir() and not (src / "objects").is_dir() and not (src / ".git").exists()):
            files = [src] if src.is_file() else sorted(src.glob("*.json"))
            for f in files:
                lang = _file_lang(f.name)
                if lang and (langs is None or lang in langs):
                    with open(f, encoding="utf-8-sig") as fh:
                        yield f.name, lang, json.load(fh)
            continue
        tree = GitTree(src)
        for path in tree.paths(suffix=".json"):
            lang = _file_lang(path)
            if not lang or (langs is not None and lang not in langs):
                continue
            raw = tree.read_optional(path)
            if raw is not None:
                yield f"{tree.commit[:12]}:{path}", lang, json.loads(raw.decode("utf-8-sig"))


def write(sources: list[Path], out: Path, name: str, langs: Optional[set[str]] = None,
          per_site: int = 0, min_chars: int = 0, min_visible: float = MIN_VISIBLE) -> dict:
    dest, tmp = out / name, out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    origins: Counter = Counter()
    for origin, lang, data in language_files(sources, langs):
        if not isinstance(data, dict):
            skipped["not a site map"] += 1
            continue
        for site, pages in data.items():
            kept = 0
            for page in pages if isinstance(pages, list) else []:
                if per_site and kept >= per_site:
                    skipped["over the per-site cap"] += 1
                    continue
                if not isinstance(page, dict):
                    continue
                key = str(page.get("uuid") or page.get("url") or "")
                pid = page_id("ispras", f"{lang}:{key}")
                if not key or pid in truth:
                    skipped["no id or duplicate"] += 1
                    continue
                conv = to_record(page, lang, str(site))
                if conv is None:
                    skipped["no page or text"] += 1
                    continue
                rec, html = conv
                if len(rec["articleBody"]) < min_chars:
                    skipped["short truth"] += 1
                    continue
                cover = visible_coverage(html, rec["articleBody"])
                rec["visible_coverage"] = round(cover, 3)
                if cover < min_visible:
                    skipped["truth not visible"] += 1
                    continue
                with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
                    fh.write(html.encode("utf-8", "surrogatepass"))
                truth[pid] = rec
                kept += 1
                origins[origin] += 1
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name,
        "source": "ISPRAS multilingual news-page dataset (github:ispras/news-page-dataset; data: "
                  "multilingual-ae/<lang>.json on the institute's Nextcloud share)",
        "inputs": dict(origins),
        "license": "none stated by the repository; pages remain the publishers' copyright; local evaluation only",
        "note": "news pages whose text nodes people marked per site; truth = subtitle and text nodes, one a line",
        "pages": len(truth), "sites": len({r["group"] for r in truth.values()}),
        "langs": dict(Counter(r["lang"] for r in truth.values()).most_common()),
        "with_title": sum("title" in r for r in truth.values()),
        "with_author": sum("author" in r for r in truth.values()),
        "skipped": dict(skipped),
    }
    return publish(tmp, dest, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", type=Path, nargs="+", help="language JSON files, their folder, or bare git directories")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="euro_ispras")
    ap.add_argument("--langs", default=",".join(EUROPEAN),
                    help="comma-separated language codes to keep, or 'all' (default: the European ones)")
    ap.add_argument("--per-site", type=int, default=20, help="first N pages of each site (0: all)")
    ap.add_argument("--min-chars", type=int, default=200, help="skip pages whose truth is shorter")
    ap.add_argument("--min-visible", type=float, default=MIN_VISIBLE,
                    help="skip pages with less than this share of the truth's shingles in the visible text")
    args = ap.parse_args(argv)
    langs = None if args.langs == "all" else {c for c in (norm_lang(x) for x in args.langs.split(",")) if c}
    manifest = write(args.sources, args.out, args.name, langs, args.per_site, args.min_chars, args.min_visible)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
