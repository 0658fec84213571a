#!/usr/bin/env python3
"""Text-dump development set in French and Swedish: the WAC-XII line-annotated pages (TurkuNLP).

    python bench/devset_wac12.py GITDIR                  # writes ../devsets/wac12_text/
    python bench/devset_wac12.py GITDIR --out DIR --name NAME

GITDIR is a bare git directory of TurkuNLP/WAC-XII, the data of "From Web Crawl to Clean
Register-Annotated Corpora" (Web as Corpus workshop XII): 20 French and 20 Swedish pages
of a web crawl (news, sport, blogs, shops, forums; crawled about 2020, some stories of
2011-2012), each as the page's text one line per block (``<lang>_html_raw.txt``) and the
same text with every line marked by a person as body (``#1#``) or not (``#0#``)
(``<lang>_html_annotated.txt``). Documents start with ``##ID <uuid>`` and a ``## <url>``
line and end with ``##END OF TEXT``.

Licence: the repository states none: local evaluation only; OUT defaults to ``../devsets``
next to the checkout and nothing of it is ever committed. The pages remain their
publishers' copyright.

Conversion (a text-dump set, scored like the ``_text`` sets): ``text/<id>.txt`` is the raw
dump (lines as given, markers and header lines off); ``articleBody`` is the annotated lines
marked ``#1#``, one paragraph each (an unmarked line continues the marked line above it:
the annotators split some raw lines in two and left a few wrapped). Byte-order marks are
dropped. ``lang`` is the file's language; ``group`` is the language too. The truth is an
independent human annotation, line by line (it keeps datelines and bylines the annotators
judged part of the text).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_OUT, GitTree, join_paragraphs, publish  # noqa: E402

PROJECT = "TurkuNLP/WAC-XII"
LICENCE = "no licence stated (local evaluation only)"
LANGS = ("fr", "sv")
MIN_BODY = 200  # characters of truth
_ID = re.compile(r"^##ID\s+(\S+)")
_URL = re.compile(r"^##\s+(\S+)\s*$")
_END = "##END OF TEXT"
_MARK = re.compile(r"^#([01])#")


def documents(text: str) -> Iterator[tuple[str, str, list[str]]]:
    """A WAC-XII file -> (document id, URL, its lines without the header and end lines)."""
    doc_id, url, lines = "", "", []
    for raw in text.replace("\ufeff", "").splitlines():
        m = _ID.match(raw)
        if m:
            doc_id, url, lines = m.group(1), "", []
            continue
        if not doc_id:
            continue
        if raw.strip() == _END:
            yield doc_id, url, lines
            doc_id = ""
            continue
        m = _URL.match(raw)
        if m and not url and not lines:
            url = m.group(1)
            continue
        lines.append(raw)
    if doc_id:
        yield doc_id, url, lines


def body_lines(lines: list[str]) -> list[str]:
    """Annotated lines -> the text of the lines marked ``#1#`` (unmarked lines continue the one above)."""
    out: list[str] = []
    keep = False
    for line in lines:
        m = _MARK.match(line)
        if m:
            keep = m.group(1) == "1"
            text = " ".join(line[m.end():].split())
            if keep and text:
                out.append(text)
        elif keep and line.strip():
            if out:
                out[-1] = f"{out[-1]} {' '.join(line.split())}"
            else:
                out.append(" ".join(line.split()))
    return out


def dump_text(lines: list[str]) -> str:
    """Raw lines -> the dump as a scraper writes it: lines as given, trailing blanks off."""
    return "\n".join(line.rstrip() for line in lines).strip() + "\n"


def _records(tree: GitTree) -> Iterator[tuple[str, str, dict]]:
    for lang in LANGS:
        raw = {d: (u, ls) for d, u, ls in documents(tree.read(f"{lang}_html_raw.txt").decode("utf-8", "replace"))}
        for doc_id, url, lines in documents(tree.read(f"{lang}_html_annotated.txt").decode("utf-8", "replace")):
            if doc_id not in raw:
                continue
            body = join_paragraphs(body_lines(lines))
            rec = {"articleBody": body, "url": url or raw[doc_id][0], "lang": lang, "lang_from": "source",
                   "annotated": ["articleBody"], "group": lang, "case": f"{lang}/{doc_id}"}
            yield hashlib.sha256(f"wac12:{lang}:{doc_id}".encode()).hexdigest(), dump_text(raw[doc_id][1]), rec


def build(tree: GitTree, out: Path, name: str = "wac12_text") -> dict:
    tmp = out / f".{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "text").mkdir(parents=True)
    truth: dict[str, dict] = {}
    short: list[str] = []
    for pid, dump, rec in _records(tree):
        if len(rec["articleBody"]) < MIN_BODY:
            short.append(rec["case"])
            continue
        (tmp / "text" / f"{pid}.txt").write_text(dump, encoding="utf-8")
        truth[pid] = rec
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": PROJECT, "commit": tree.commit,
        "license": LICENCE + "; pages remain the publishers' copyright",
        "note": "WAC-XII raw page text with its line-by-line body annotation (bench/devset_wac12.py)",
        "pages": len(truth), "langs": dict(Counter(r["lang"] for r in truth.values())),
        "kept_rule": f">= {MIN_BODY} characters of truth", "left_out_short_truth": short,
    }
    return publish(tmp, out / name, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of TurkuNLP/WAC-XII")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="wac12_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.exists("fr_html_annotated.txt"):
        ap.error(f"{args.git_dir} has no fr_html_annotated.txt: not the WAC-XII repository")
    print(json.dumps(build(tree, args.out, args.name), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
