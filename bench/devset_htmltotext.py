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

Records (``ground-truth.json``, id -> record): ``articleBody`` (the
transcription's non-empty lines, one paragraph a line), ``lang`` (the folder's
language code), ``group`` (``<lang>/<kind>``, kind = the file name's first
word: news, blog, forum, wiki), ``file``, ``visible_coverage``. Pages whose
transcription is mostly not in the page's visible text (``--min-coverage``)
are skipped and counted in the manifest.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_OUT, GitTree, decode_page, page_id, publish, visible_coverage  # noqa: E402

PROJECT = "leogao2/htmltotext-benchmark"
LICENCE = "no licence stated; local evaluation only"
ROOT = "benchmarkdata/"


def truth_text(raw: bytes) -> str:
    """The transcription's non-empty lines, stripped, one paragraph a line."""
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in (ln.strip() for ln in text.split("\n")) if line)


def write(git_dir: Path, out: Path, name: str, rev: str = "HEAD", min_coverage: float = 0.5) -> dict:
    tree = GitTree(git_dir, rev)
    dest, tmp = out / name, out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    for path in tree.paths(prefix=ROOT, suffix=".html"):
        parts = path[len(ROOT):].split("/")
        if len(parts) != 3 or parts[1] != "html":
            continue
        lang, stem = parts[0], parts[2][: -len(".html")]
        page_raw = tree.read_optional(path)
        text_raw = tree.read_optional(f"{ROOT}{lang}/text/{stem}.txt")
        if page_raw is None or text_raw is None:
            skipped["no transcription"] += 1
            continue
        body = truth_text(text_raw)
        if not body:
            skipped["empty transcription"] += 1
            continue
        page = decode_page(page_raw)
        coverage = visible_coverage(page, body)
        if coverage < min_coverage:
            skipped["truth not in the page's visible text"] += 1
            continue
        pid = page_id("htmltotext", path)
        with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
            fh.write(page.encode("utf-8", "surrogatepass"))
        truth[pid] = {"articleBody": body, "lang": lang, "group": f"{lang}/{stem.split('-')[0]}",
                      "file": path, "visible_coverage": round(coverage, 3)}
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": PROJECT, "commit": tree.commit,
        "license": LICENCE + "; pages remain the publishers' copyright",
        "note": "hand transcriptions of each page's main text (headline included; forum posts included); "
                "a check set: totals only",
        "pages": len(truth),
        "langs": dict(Counter(r["lang"] for r in truth.values()).most_common()),
        "groups": dict(Counter(r["group"] for r in truth.values()).most_common()),
        "skipped": dict(skipped),
    }
    return publish(tmp, dest, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of leogao2/htmltotext-benchmark")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="htmltotext")
    ap.add_argument("--min-coverage", type=float, default=0.5,
                    help="skip pages whose truth's shingles are less than this share of the page's visible text")
    args = ap.parse_args(argv)
    print(json.dumps(write(args.git_dir, args.out, args.name, args.rev, args.min_coverage),
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
