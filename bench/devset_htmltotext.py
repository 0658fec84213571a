#!/usr/bin/env python3
"""Check set from leogao2/htmltotext-benchmark: hand-transcribed main text in several languages.

    python bench/devset_htmltotext.py GITDIR                 # writes ../devsets/htmltotext/
    python bench/devset_htmltotext.py GITDIR --out DIR --name NAME

GITDIR is a bare git directory of github:leogao2/htmltotext-benchmark (2020).
Its ``benchmarkdata/<lang>/html/<name>.html`` are saved pages (news, blogs,
forum threads, an encyclopedia entry; English, German, Croatian, Chinese) and
``benchmarkdata/<lang>/text/<name>.txt`` the text a person transcribed from
each: the headline, the body's paragraphs (blank lines between them) and, on
forum pages, the posts. The repository states no licence: the set is for local
evaluation only, the converter is ours and nothing of the data is committed.
It is a CHECK set (28 pages): read its totals, never tune on its pages.

Records (``ground-truth.json``, id -> record, written by ``devset.write_set``):
``articleBody`` (the transcription's non-empty lines, one paragraph a line),
``lang`` (the page's declaration, else the folder's language code), ``group``
(``<lang>/<kind>``, kind = the file name's first word: news, blog, forum,
wiki), ``file``, ``visible_coverage``. Pages whose transcription is mostly not
in the page's visible text are left out and listed in the manifest.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_OUT, GitTree, Page, Source, _record, decode_page, print_built, write_set  # noqa: E402

PROJECT = "leogao2/htmltotext-benchmark"
LICENCE = "no licence stated; local evaluation only"
ROOT = "benchmarkdata/"


def truth_text(raw: bytes) -> str:
    """The transcription's non-empty lines, stripped, one paragraph a line."""
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in (ln.strip() for ln in text.split("\n")) if line)


def _pages(tree: GitTree) -> Iterator[Page]:
    for path in tree.paths(prefix=ROOT, suffix=".html"):
        parts = path[len(ROOT):].split("/")
        if len(parts) != 3 or parts[1] != "html":
            continue
        lang, stem = parts[0], parts[2][: -len(".html")]
        page_raw = tree.read_optional(path)
        text_raw = tree.read_optional(f"{ROOT}{lang}/text/{stem}.txt")
        body = truth_text(text_raw) if text_raw is not None else ""
        if page_raw is None or not body:
            continue
        page = decode_page(page_raw)
        rec = _record(body, "", page, lang_hint=lang, group=f"{lang}/{stem.split('-')[0]}", file=path)
        yield Page(key=path, html=page, record=rec)


SOURCE = Source(name="htmltotext", project=PROJECT, licence=LICENCE,
                note="hand transcriptions of each page's main text (headline included; forum posts and "
                     "readers' comments included); a check set: totals only",
                pages=_pages, marker=ROOT)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of leogao2/htmltotext-benchmark")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="htmltotext")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(SOURCE.marker):
        ap.error(f"{args.git_dir} has no {SOURCE.marker}: not the source repository")
    print_built(write_set(SOURCE, tree, args.out, args.name), args.out / args.name, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
