#!/usr/bin/env python3
"""Dates development set from the htmldate project's evaluation pages.

    python bench/devset_htmldate.py GITDIR               # writes ../devsets/htmldate/
    python bench/devset_htmldate.py GITDIR --out DIR --name htmldate

GITDIR is a bare git directory of github:adbar/htmldate (read at HEAD or
``--rev`` with ``git cat-file``, never from a work tree). Its evaluation lists
(``tests/eval_*.json``: url -> {file, date}) name saved pages under
``tests/test_set``, ``tests/cache`` or ``tests/eval``; its own evaluation runs
``find_date(..., original_date=True)`` on them, so each ``date`` is the page's
ORIGINAL publication day (not a last-modified one). A ``date`` of NaN means the
page has no date to find: such pages are kept with ``publish_time`` annotated
but absent, so that an invented date can be counted.

Writes ``OUT/<name>/ground-truth.json`` (id -> record with ``url``, ``lang``,
``publish_time`` "YYYY-MM-DD", ``annotated``, ``group`` = the list it came
from), ``OUT/<name>/html/<id>.html.gz`` (UTF-8) and ``manifest.json``, the
layout ``bench/metadata_eval.py --dataset`` reads. The project is Apache-2.0
and the pages remain their publishers' copyright: local evaluation only; OUT
defaults to ``../devsets`` next to the repository and nothing of it is ever
committed.

``lang`` is the page's own declaration (``<html lang>``, content-language,
``og:locale``), else a language told by its script, else newsclean's guess
from the cleaned text (``lang_from`` says which).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from devset import DEFAULT_OUT, GitTree, decode_page, declared_lang, page_id, publish, script_lang  # noqa: E402

EVAL_LISTS = ("tests/eval_default.json", "tests/eval_mediacloud_2020.json")
PAGE_DIRS = ("tests/test_set", "tests/cache", "tests/eval")  # (the order htmldate's own loader tries)


def read_page(tree: GitTree, name: str) -> Optional[bytes]:
    for folder in PAGE_DIRS:
        try:
            out = subprocess.run(["git", f"--git-dir={tree.git_dir}", "cat-file", "blob",
                                  f"{tree.commit}:{folder}/{name}"], check=True, capture_output=True)
        except subprocess.CalledProcessError:
            continue
        return out.stdout
    return None


def truth_day(value: object) -> Optional[str]:
    """'2014-07-19' -> itself; NaN / None / anything else -> None (no date to find)."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def write(git_dir: Path, out: Path, name: str, rev: str = "HEAD") -> dict:
    tree = GitTree(git_dir, rev)
    dest, tmp = out / name, out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    import newsclean  # noqa: PLC0415 - only for the language of undeclared pages

    cleaner = newsclean.Cleaner()
    truth: dict[str, dict] = {}
    missing: list[str] = []
    seen: set[str] = set()
    for listing in EVAL_LISTS:
        try:
            pages = tree.json(listing)
        except subprocess.CalledProcessError:
            continue
        for url, item in pages.items():  # type: ignore[union-attr]
            fname = item.get("file")
            if not fname or fname in seen:
                continue
            raw = read_page(tree, fname)
            if raw is None:
                missing.append(fname)
                continue
            seen.add(fname)
            html = decode_page(raw)
            rec: dict = {"url": url, "file": fname, "group": Path(listing).stem}
            lang, lang_from = declared_lang(html), "page"
            if not lang:
                art = cleaner.clean(html, url)
                lang, lang_from = script_lang(art.text or ""), "text"
                if not lang and art.language:
                    lang, lang_from = art.language.split("-")[0], "newsclean"
            if lang:
                rec["lang"], rec["lang_from"] = lang, lang_from
            day = truth_day(item.get("date"))
            if day:
                rec["publish_time"] = day
            rec["annotated"] = ["publish_time"]
            pid = page_id("htmldate", fname)
            with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
                fh.write(html.encode("utf-8", "surrogatepass"))
            truth[pid] = rec
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": "github:adbar/htmldate (" + ", ".join(EVAL_LISTS) + ")",
        "commit": tree.commit,
        "license": "Apache-2.0 (repository); pages remain the publishers' copyright; local evaluation only",
        "note": "pages of news sites, blogs and institutions, many German, with htmldate's expected "
                "ORIGINAL publication day (its evaluation runs find_date(original_date=True))",
        "pages": len(truth), "langs": dict(Counter(r.get("lang", "?") for r in truth.values()).most_common()),
        "with_publish_time": sum("publish_time" in r for r in truth.values()),
        "without_date": sum("publish_time" not in r for r in truth.values()),
        "missing_in_snapshot": missing,
    }
    return publish(tmp, dest, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of the htmldate project")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="htmldate")
    args = ap.parse_args(argv)
    manifest = write(args.git_dir, args.out, args.name, args.rev)
    print(json.dumps({k: v for k, v in manifest.items() if k != "missing_in_snapshot"}, ensure_ascii=False,
                     indent=1))
    print(f"missing in snapshot: {len(manifest['missing_in_snapshot'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
