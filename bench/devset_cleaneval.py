#!/usr/bin/env python3
"""Development sets beyond big-publisher news: CleanEval and Dragnet pages (English).

    python bench/devset_cleaneval.py GITDIR                      # writes ../devsets/cleaneval/
    python bench/devset_cleaneval.py GITDIR --source dragnet     # writes ../devsets/dragnet/
    python bench/devset_cleaneval.py GITDIR --source dragnet --out DIR --name NAME
    python bench/devset_cleaneval.py GITDIR --list               # every page, kept or not, and why

GITDIR is a bare git directory of j-szulc/html-cleaning-dataset-merged, a mirror
that puts several older boilerplate-removal sets into one layout:
``<set>/input/<id>.html`` (the page) and ``<set>/GoldStandard/<id>.txt`` (the
hand-cleaned text). Only these of its folders are read:

* ``cleaneval``: ``cleaneval-dev`` and ``cleaneval-final``, the English part of
  the CleanEval shared task (ACL SIGWAC 2007; Baroni, Chantree, Kilgarriff,
  Sharoff, LREC 2008). Pages crawled in 2006 by search-engine queries: personal
  and institutional sites, blogs, forums, shops, small-business and
  government pages, few big-publisher articles - the "diverse web page"
  layouts the news sets lack. The task published the data freely for research
  use (no further licence stated). The truth keeps all text except navigation,
  headers/footers, link lists, copyright notices and ads; it marks each block
  with ``<p>``, ``<h>`` or ``<l>`` (paragraph, heading, list item): each becomes
  one paragraph. The ``<text id=URL ...>`` wrapper the task put around each
  page is taken off (its id is the page's address), and so are C0 control
  characters (NULs) a few pages hold, which no HTML parser keeps.
* ``dragnet``: Moz's Dragnet training/test data (2012, news and blog articles
  from RSS feeds; data licensed AGPLv3 by seomoz/dragnet_data). The truth is
  the article text; the comments the annotators appended after the
  ``!@#$%^&*() COMMENTS`` marker (spacing varies) are cut off (like the shared sets, the body
  excludes comments). One paragraph per non-empty line.

Not converted: the mirror's ``CleanPortalEval-master`` (no licence stated, and
only four English news portals).

Never read: the mirror's ``readability`` folder (Mozilla readability's test
pages) and ``page-signal-master`` (the L3S Google-News set): both are excluded
from this project's development data.

Both sets are English: a page that declares no language gets ``en`` from the
source. A page is kept when its truth has at least ``MIN_BODY`` characters and at least
``MIN_VISIBLE`` of its 4-token shingles appear in the page's visible text.
The truth is an annotation of all main text (CleanEval: including lists and
headings of non-article pages), not one extractor's output. Pages remain
their authors' copyright and are never written into the repository.
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

PROJECT = "j-szulc/html-cleaning-dataset-merged"
MIN_BODY = 200  # characters of truth: CleanEval has near-empty pages (a form, a frame set)

# source name -> (folders of the mirror, licence note, format)
SOURCES = {
    "cleaneval": (("cleaneval-dev", "cleaneval-final"),
                  "CleanEval 2007 shared-task data, free for research use (no licence file)", "cleaneval"),
    "dragnet": (("dragnet_data",), "AGPL-3.0 (seomoz/dragnet_data)", "dragnet"),
}
FORBIDDEN = ("readability", "page-signal-master")

_WRAPPER = re.compile(r"""\A\s*<text\b[^>]*?\bid\s*=\s*"([^"]*)"[^>]*>\s*""", re.I)
_WRAPPER_END = re.compile(r"\s*</text>\s*\Z", re.I)
_BLOCK_MARK = re.compile(r"<\s*(p|h|l)\s*>", re.I)
_URL_LINE = re.compile(r"\A\s*URL:\s*(\S*)[^\n]*\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # a few 2006 pages hold NULs and C0 controls
# The comments marker as the annotators typed it (spacing and the '#' vary: "!@#$%^&*()  COMMENTS").
DRAGNET_COMMENTS = re.compile(r"^[ \t]*!@.{0,3}\$%\^&\*\(\)[ \t]*COMMENTS[ \t]*$", re.M)


def unwrap(page: str) -> tuple[str, str]:
    """CleanEval's ``<text id=URL ...>page</text>`` wrapper off; (page, URL from the wrapper or '')."""
    m = _WRAPPER.match(page)
    if not m:
        return page, ""
    return _WRAPPER_END.sub("", page[m.end():]), htmlmod.unescape(m.group(1))


def cleaneval_paragraphs(gold: str) -> tuple[list[str], str]:
    """A CleanEval gold file -> (paragraphs, URL): the ``URL:`` line off, one paragraph per
    ``<p>``/``<h>``/``<l>`` block, wrapped lines joined, whitespace collapsed."""
    url = ""
    m = _URL_LINE.match(gold)
    if m:
        url, gold = m.group(1), gold[m.end():]
    parts = _BLOCK_MARK.split(gold)
    paras = [" ".join(htmlmod.unescape(p).split()) for i, p in enumerate(parts) if i % 2 == 0]
    return [p for p in paras if p], url


def dragnet_paragraphs(gold: str) -> list[str]:
    """A Dragnet gold file -> the article's paragraphs (one per non-empty line), comments cut off."""
    body = DRAGNET_COMMENTS.split(gold, 1)[0]
    return [" ".join(line.split()) for line in body.splitlines() if line.strip()]


def _cases(tree: GitTree, source: str) -> Iterator[tuple[str, str, str, list[str]]]:
    folders, _licence, fmt = SOURCES[source]
    for folder in folders:
        if folder.startswith(FORBIDDEN):
            raise ValueError(f"{folder} is excluded from the development data")
        for path in tree.paths(f"{folder}/GoldStandard/", ".txt"):
            key = path.rsplit("/", 1)[1][:-len(".txt")]
            raw = tree.read_optional(f"{folder}/input/{key}.html")
            if raw is None:
                continue
            page, url = unwrap(_CONTROL.sub("", decode_page(raw)))
            gold = decode_page(tree.read(path))
            if fmt == "cleaneval":
                paras, gold_url = cleaneval_paragraphs(gold)
                url = url or gold_url
            else:
                paras = dragnet_paragraphs(gold)
            yield f"{folder}/{key}", page, url, paras


DECISIONS: dict[str, str] = {}


def _pages(tree: GitTree, source: str) -> Iterator[Page]:
    for key, page, url, paras in _cases(tree, source):
        body = join_paragraphs(paras)
        if len(body) < MIN_BODY:
            DECISIONS[key] = f"truth under {MIN_BODY} characters"
            continue
        DECISIONS[key] = "kept"
        rec = _record(body, url, page, lang_hint="en", annotated=("articleBody",), case=key, group=key.split("/")[0])
        yield Page(key=key, html=page, record=rec)


def make_source(source: str) -> Source:
    folders, licence, _fmt = SOURCES[source]
    return Source(name=source, project=PROJECT, licence=licence,
                  note=f"{source} pages ({', '.join(folders)}) of the mirror with their hand-cleaned text as "
                       "plain paragraphs (bench/devset_cleaneval.py)",
                  pages=lambda tree: _pages(tree, source), marker=f"{folders[0]}/GoldStandard/")


def build(tree: GitTree, out: Path, source: str, name: Optional[str] = None) -> dict:
    DECISIONS.clear()
    name = name or source
    manifest = write_set(make_source(source), tree, out, name, min_visible=MIN_VISIBLE)
    return add_to_manifest(
        out / name, manifest, DECISIONS,
        kept_rule=f">= {MIN_BODY} characters of truth, visible_coverage >= {MIN_VISIBLE}",
        truth="hand-cleaned text of the source task as plain paragraphs (see the converter's docstring)",
        cases_total=len(DECISIONS))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of the merged mirror")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--source", choices=sorted(SOURCES), default="cleaneval")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", help="set name (default: the source name)")
    ap.add_argument("--list", action="store_true", help="print every page and the decision; write nothing")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(make_source(args.source).marker):
        ap.error(f"{args.git_dir} has no {make_source(args.source).marker}: not the merged mirror")
    if args.list:
        for key, page, _url, paras in _cases(tree, args.source):
            body = join_paragraphs(paras)
            cover = visible_coverage(page, body) if len(body) >= MIN_BODY else 0.0
            print(f"{'KEEP' if len(body) >= MIN_BODY else 'drop'} {len(body):6d} {cover:5.2f} {key}")
        return 0
    name = args.name or args.source
    manifest = build(tree, args.out, args.source, name)
    print_built(manifest, args.out / name, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
