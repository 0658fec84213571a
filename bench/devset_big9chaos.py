#!/usr/bin/env python3
"""Development set of never-tuned English news pages, 2005-2017: Big9 and Chaos (Utomo & Leu).

    python bench/devset_big9chaos.py GITDIR                  # writes ../devsets/big9chaos/
    python bench/devset_big9chaos.py GITDIR --out DIR --name NAME
    python bench/devset_big9chaos.py GITDIR --list           # every page, kept or not, and why

GITDIR is a bare git directory of MSVCode/ir-research-data (V. Utomo and J.-S. Leu,
web content extraction data for "Subject-Assisted Extraction"). Its ``Extraction/``
folder holds two hand-labelled sets, ``<folder>/html/<key>.htm[l]`` (the page) with
``<folder>/gold/<key>.txt`` (the article as plain text, headline on the first line):

* Big9 (``big5-05``, ``big5-09``, ``big5-13``, ``big5-17``): 90 article pages in each
  of four years (2005, 2009, 2013, 2017) from nine large English news sites, the older
  years saved from a web archive - news layouts of 2005-2013 that no other set here has.
* Chaos (``chaos-all``): 360 pages of 2017 found by 36 search queries, about 240
  sites (news, magazines, blogs).

Licence: the repository states "only for research purpose" (no licence file): local
evaluation only; OUT defaults to ``../devsets`` next to the checkout and nothing of it
is ever committed. The pages remain their publishers' copyright.

Conversion: the gold text is UTF-8 or, on most pages with curly quotes, Windows-1252
(decoded as such; a few of its non-ASCII characters were lost by the labellers, e.g.
dashes between words). Its first non-empty line is the headline when the page's
``<title>``, ``og:title`` or an ``<h1>`` holds it, or when it is headline-shaped (at most
``HEADLINE_WORDS`` words, no final period; 2005 pages set headlines in styled spans):
it is the record's ``title`` and is taken out of ``articleBody``, like the shared sets'
truth; otherwise it stays in the body.
Every other non-empty line is one paragraph (indented lines are quotes or highlights;
the labellers kept them). The web archive's toolbar that the archive inserted at the
top of ``<body>`` (between its ``BEGIN``/``END WAYBACK TOOLBAR INSERT`` comments) is
taken out of the page, being no part of the publisher's page; the archive's rewritten
links and scripts stay. ``group`` is ``big9-YYYY`` or ``chaos-2017``. A page is kept when
its truth has at least ``MIN_BODY`` characters and at least ``MIN_VISIBLE`` of its
4-token shingles appear in the page's visible text.
"""
from __future__ import annotations

import argparse
import html as htmlmod
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import (  # noqa: E402
    DEFAULT_OUT, MIN_VISIBLE, GitTree, Page, Source, _record, decode_page, join_paragraphs, visible_coverage,
    add_to_manifest, print_built, write_set,
)

PROJECT = "MSVCode/ir-research-data"
LICENCE = "research use only (the repository's README; no licence file)"
ROOT_DIR = "Extraction/"
MIN_BODY = 200  # characters of truth
# folder -> group written into the record
FOLDERS = {"big5-05": "big9-2005", "big5-09": "big9-2009", "big5-13": "big9-2013",
           "big5-17": "big9-2017", "chaos-all": "chaos-2017"}
PAGE_SUFFIXES = (".htm", ".html")
HEADLINE_WORDS = 20  # a first gold line this short and not ending with a period is the headline

_TOOLBAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                      re.S | re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_OG_TITLE = re.compile(r"""<meta[^>]+property\s*=\s*["']og:title["'][^>]*content\s*=\s*["']([^"']*)""", re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")


def decode_gold(raw: bytes) -> str:
    """A gold file's text: UTF-8 when it is valid UTF-8, else Windows-1252 (the labellers' editor)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def strip_toolbar(page: str) -> str:
    """The web archive's inserted toolbar taken out of an archived page (other pages unchanged)."""
    return _TOOLBAR.sub("", page, count=1)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(htmlmod.unescape(_TAG.sub(" ", text)).lower()))


def page_headlines(page: str) -> list[str]:
    """The page's own headline candidates as lower-case word strings: ``<title>``, ``og:title``, ``<h1>``."""
    found = [m.group(1) for rx in (_TITLE, _OG_TITLE) for m in rx.finditer(page[:200_000])]
    found += [m.group(1) for m in _H1.finditer(page)]
    return [w for w in (_words(t) for t in found) if w]


def split_gold(gold: str, page: str) -> tuple[Optional[str], list[str]]:
    """Gold text -> (headline or None, body paragraphs). The first non-empty line is the headline
    when one of the page's own headlines contains it."""
    lines = [" ".join(line.split()) for line in gold.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None, []
    first = _words(lines[0])
    if first and (any(first in h for h in page_headlines(page)) or _headline_shaped(lines[0])):
        return lines[0], lines[1:]
    return None, lines


def _headline_shaped(line: str) -> bool:
    """A short line that ends no sentence: a headline the page shows outside title/og:title/h1."""
    return len(line.split()) <= HEADLINE_WORDS and not line.rstrip().endswith(".")


def _cases(tree: GitTree) -> Iterator[tuple[str, str, str, Optional[str], list[str]]]:
    for folder, group in FOLDERS.items():
        pages = {p.rsplit("/", 1)[1].rsplit(".", 1)[0]: p
                 for p in tree.paths(f"{ROOT_DIR}{folder}/html/") if p.endswith(PAGE_SUFFIXES)}
        for path in tree.paths(f"{ROOT_DIR}{folder}/gold/", ".txt"):
            key = path.rsplit("/", 1)[1][:-len(".txt")]
            raw = tree.read_optional(pages[key]) if key in pages else None
            if raw is None:
                continue
            page = strip_toolbar(decode_page(raw))
            title, paras = split_gold(decode_gold(tree.read(path)), page)
            yield f"{folder}/{key}", group, page, title, paras


DECISIONS: dict[str, str] = {}


def _pages(tree: GitTree) -> Iterator[Page]:
    for key, group, page, title, paras in _cases(tree):
        body = join_paragraphs(paras)
        if len(body) < MIN_BODY:
            DECISIONS[key] = f"truth under {MIN_BODY} characters"
            continue
        DECISIONS[key] = "kept"
        annotated = ("articleBody", "title") if title else ("articleBody",)
        rec = _record(body, "", page, lang_hint="en", title=title, annotated=annotated, case=key, group=group)
        yield Page(key=key, html=page, record=rec)


def make_source() -> Source:
    return Source(name="big9chaos", project=PROJECT, licence=LICENCE,
                  note="Big9 (2005/2009/2013/2017) and Chaos (2017) pages with their hand-labelled article "
                       "text as plain paragraphs (bench/devset_big9chaos.py)",
                  pages=_pages, marker=f"{ROOT_DIR}chaos-all/gold/")


def build(tree: GitTree, out: Path, name: str = "big9chaos") -> dict:
    DECISIONS.clear()
    manifest = write_set(make_source(), tree, out, name, min_visible=MIN_VISIBLE)
    return add_to_manifest(
        out / name, manifest, DECISIONS,
        kept_rule=f">= {MIN_BODY} characters of truth, visible_coverage >= {MIN_VISIBLE}",
        truth="hand-labelled article text, headline split off when the page holds it (converter docstring)",
        cases_total=len(DECISIONS))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of the source repository")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="big9chaos", help="set name (default big9chaos)")
    ap.add_argument("--list", action="store_true", help="print every page and the decision; write nothing")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(make_source().marker):
        ap.error(f"{args.git_dir} has no {make_source().marker}: not the source repository")
    if args.list:
        for key, _group, page, title, paras in _cases(tree):
            body = join_paragraphs(paras)
            keep = len(body) >= MIN_BODY
            cover = visible_coverage(page, body) if keep else 0.0
            print(f"{'KEEP' if keep else 'drop'} {len(body):6d} {cover:5.2f} {'T' if title else '-'} {key}")
        return 0
    manifest = build(tree, args.out, args.name)
    print_built(manifest, args.out / args.name, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
