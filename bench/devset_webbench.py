#!/usr/bin/env python3
"""Development set from tiptopjaw/web-content-extraction-benchmark: modern pages (2025-26).

    python bench/devset_webbench.py GITDIR                 # writes ../devsets/webbench/
    python bench/devset_webbench.py GITDIR --out DIR --name NAME --types article
    python bench/devset_webbench.py GITDIR --text          # also the text-dump variant
    python bench/devset_webbench.py GITDIR --snippets      # also NAME_snippets: snippet truth only

GITDIR is a bare git directory of the benchmark (Apache-2.0). Its
``release/html/<id>.html.gz`` are 1,000 pages of the current web (news,
blogs, documentation, how-to guides, reviews, company and product pages) and
``benchmark/ground-truth/<id>.json`` hold, per page, ``ground_truth``:
``title``, ``author``, ``publish_date``, ``main_content`` (the body as plain
text, paragraphs split by blank lines) and ``with`` / ``without`` snippets
(sentences an extractor must keep / must drop), plus the page type the
annotators gave it (``_internal.page_type.primary``).

The truth was drafted by a language model and checked by people, so it is
noisier than a hand-written one; it is whole-body truth on page builders and
long modern pages, the kind of page the older sets lack. Records carry the
page type as ``group`` (so ``extract_eval.py --by-lang`` style reports can be
split by it) and the snippets as ``with`` / ``without``. ``--snippets`` also
writes ``NAME_snippets``: the same pages with the snippets as their only truth,
which the shared scorer then counts the way snippet-truth benchmarks do (a kept
"with" sentence is a hit, a kept "without" one a false positive). Pages stay their
publishers' copyright and are never written into the repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import (  # noqa: E402
    DEFAULT_OUT, MIN_VISIBLE, GitTree, Page, Source, _record, decode_page, write_set, write_text_variant,
)

PROJECT = "tiptopjaw/web-content-extraction-benchmark"
LICENCE = "Apache-2.0"
HTML, TRUTH = "release/html/", "benchmark/ground-truth/"


def _paragraphs(text: str) -> str:
    """Blank-line separated paragraphs -> one paragraph a line (the shared sets' layout)."""
    parts = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(p for p in parts if p)


def webbench_pages(tree: GitTree, types: Optional[set[str]] = None) -> Iterator[Page]:
    """Every page that has both its HTML and a truth with a body."""
    for path in tree.paths(TRUTH, ".json"):
        key = Path(path).stem
        raw = tree.read_optional(f"{HTML}{key}.html.gz")
        if raw is None:
            continue
        doc = tree.json(path)
        if not isinstance(doc, dict):
            continue
        truth = doc.get("ground_truth") or {}
        body = _paragraphs(truth.get("main_content") or "")
        kind = (((doc.get("_internal") or {}).get("page_type") or {}).get("primary")) or "unknown"
        if not body or (types and kind not in types):
            continue
        page = decode_page(gzip.decompress(raw))
        author = (truth.get("author") or "").strip()
        published = (truth.get("publish_date") or "").strip() or None
        annotated = ["articleBody"] + (["title"] if truth.get("title") else []) \
            + (["author"] if author else []) + (["publish_time"] if published else [])
        rec = _record(body, doc.get("url") or "", page, title=truth.get("title") or None,
                      authors=[a.strip() for a in author.split(",")] if author else None,
                      published=published, annotated=tuple(annotated), group=kind,
                      file_id=doc.get("file_id") or key)
        rec["with"] = [s for s in truth.get("with") or [] if isinstance(s, str)]
        rec["without"] = [s for s in truth.get("without") or [] if isinstance(s, str)]
        yield Page(key=key, html=page, record=rec)


def write_snippet_variant(folder: Path) -> Path:
    """``NAME`` -> ``NAME_snippets``: records without a body, so the scorer reads their snippets."""
    dest = folder.parent / f"{folder.name}_snippets"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir()
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    kept = {k: {f: v for f, v in r.items() if f != "articleBody"} for k, r in truth.items()
            if r.get("with") or r.get("without")}
    (dest / "ground-truth.json").write_text(json.dumps(kept, ensure_ascii=False, indent=1), encoding="utf-8")
    try:
        (dest / "html").symlink_to(Path("..") / folder.name / "html", target_is_directory=True)
    except OSError:  # no symlinks here: copy the pages
        shutil.copytree(folder / "html", dest / "html")
    return dest


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of the benchmark")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="webbench", help="set name (default webbench)")
    ap.add_argument("--types", help="keep only these page types, comma-separated (e.g. article)")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    ap.add_argument("--snippets", action="store_true", help="also write NAME_snippets (snippet truth only)")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(TRUTH):
        ap.error(f"{args.git_dir} has no {TRUTH}: not a web-content-extraction-benchmark tree")
    types = set(args.types.split(",")) if args.types else None
    source = Source(
        name="webbench", project=PROJECT, licence=LICENCE,
        note="modern pages (2025-26) with model-drafted, human-checked whole-body truth and with/without "
             "snippets; group = the page type",
        pages=lambda t: webbench_pages(t, types), marker=TRUTH)
    manifest = write_set(source, tree, args.out, args.name, min_visible=MIN_VISIBLE)
    if args.text:
        write_text_variant(args.out / args.name)
    if args.snippets:
        write_snippet_variant(args.out / args.name)
    print(json.dumps({k: v for k, v in manifest.items() if k != "left_out_truth_not_visible"},
                     ensure_ascii=False, indent=1))
    print(f"left out (truth not visible): {len(manifest['left_out_truth_not_visible'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
