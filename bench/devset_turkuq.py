#!/usr/bin/env python3
"""Text-dump development set in German, Spanish, Finnish, French, Swedish and English: the
line-annotated web documents of TurkuNLP's text-quality annotations.

    python bench/devset_turkuq.py GITDIR                  # writes ../devsets/turkuq_text/
    python bench/devset_turkuq.py GITDIR --out DIR --name NAME --langs de,es
    python bench/devset_turkuq.py GITDIR --paragraph-pages --out DIR --name turkuq_p    # the peers' input

GITDIR is a bare git directory of TurkuNLP/multilingual-register-labeling, whose folder
``text-quality-annotations/<lang>/{train,dev,test}.json`` holds web documents of the OSCAR
corpus (Common Crawl text after OSCAR's own line filtering) in which people marked every line
as text meant to be read (``"1"``) or noise (``"0"``: menus, contact blocks, buttons, dates,
cookie and share lines, product lists, broken fragments), for Laippala et al., "Towards better
structured and less noisy Web data: Oscar with Register annotations" (W-NUT 2022) and
Salmela, "Distinguishing Noise and Main Text Content from Web-Sourced Plain Text Documents"
(2022). A file is a JSON list of ``{"text": [line, ...], "labels": ["1" | "0", ...]}``;
documents carry no URL. de 112 documents, es 70, fi 89, fr 278 and sv 637 (the snapshot lacks
the larger fr and sv files), en 104; the truth is an independent human annotation, line by line.

Licence: the repository states none: local evaluation only; OUT defaults to ``../devsets``
next to the checkout and nothing of it is ever committed. The texts remain their
publishers' copyright.

Conversion (a text-dump set, scored like the ``_text`` sets): ``text/<id>.txt`` is the
document's lines as given (outer blanks off), one a line; ``articleBody`` is the lines marked
``"1"``, one paragraph each. ``lang`` is the folder's language (``lang_from`` "source"),
``group`` the language, ``split`` the file it came from, ``noise_share`` the share of the
document's characters marked noise. Documents with under ``MIN_BODY`` characters of truth and
documents whose labels do not match their lines are left out and counted in the manifest.
``--paragraph-pages`` writes ``html/<id>.html.gz`` instead: each dump line a ``<p>`` of an
otherwise empty page declaring the language, so that HTML extractors (trafilatura, readability)
read the same lines as the dump reading; a check of tools, not a set of pages.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_OUT, GitTree, join_paragraphs, norm_lang, publish  # noqa: E402

PROJECT = "TurkuNLP/multilingual-register-labeling (text-quality-annotations)"
LICENCE = "no licence stated (local evaluation only)"
FOLDER = "text-quality-annotations/"
SPLITS = ("train", "dev", "test")
MIN_BODY = 200  # characters of truth


def _line(text: object) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


def convert(doc: object) -> Optional[tuple[str, str, float]]:
    """One annotated document -> (dump, truth, noise share), or None when its labels do not fit."""
    if not isinstance(doc, dict):
        return None
    lines, labels = doc.get("text"), doc.get("labels")
    if not isinstance(lines, list) or not isinstance(labels, list) or len(lines) != len(labels):
        return None
    kept: list[str] = []
    dump: list[str] = []
    noise = total = 0
    for raw, label in zip(lines, labels):
        line = _line(raw)
        if not line:
            continue
        dump.append(line)
        total += len(line)
        if str(label) == "1":
            kept.append(line)
        else:
            noise += len(line)
    if not dump:
        return None
    return "\n".join(dump) + "\n", join_paragraphs(kept), round(noise / total, 3) if total else 0.0


def paragraph_page(dump: str, lang: str) -> str:
    """A dump as a page: each line a ``<p>``, nothing else but the language's declaration."""
    paras = "\n".join(f"<p>{html.escape(line)}</p>" for line in dump.splitlines() if line.strip())
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title></title></head>"
            f"<body>\n{paras}\n</body></html>")


def documents(tree: GitTree, langs: Optional[set[str]]) -> Iterator[tuple[str, str, int, object]]:
    """(language, split, index, document) of every readable annotation file of the snapshot."""
    for path in tree.paths(prefix=FOLDER, suffix=".json"):
        parts = path[len(FOLDER):].split("/")
        if len(parts) != 2:
            continue
        lang, split = norm_lang(parts[0]), parts[1][:-len(".json")]
        if not lang or split not in SPLITS or (langs is not None and lang not in langs):
            continue
        raw = tree.read_optional(path)
        if raw is None:
            continue
        try:
            docs = json.loads(raw.decode("utf-8-sig"))
        except json.JSONDecodeError:
            print(f"[devset] {path}: not JSON in this snapshot; skipped", file=sys.stderr)
            continue
        for i, doc in enumerate(docs if isinstance(docs, list) else []):
            yield lang, split, i, doc


def build(tree: GitTree, out: Path, name: str = "turkuq_text", langs: Optional[set[str]] = None,
          min_body: int = MIN_BODY, pages: bool = False) -> dict:
    tmp = out / f".{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / ("html" if pages else "text")).mkdir(parents=True)
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    for lang, split, i, doc in documents(tree, langs):
        conv = convert(doc)
        if conv is None:
            skipped["labels do not fit the lines"] += 1
            continue
        dump, body, noise = conv
        if len(body) < min_body:
            skipped["short truth"] += 1
            continue
        pid = hashlib.sha256(f"turkuq:{lang}:{split}:{i}".encode()).hexdigest()
        if pages:
            with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
                fh.write(paragraph_page(dump, lang).encode("utf-8"))
        else:
            (tmp / "text" / f"{pid}.txt").write_text(dump, encoding="utf-8")
        truth[pid] = {"articleBody": body, "url": "", "lang": lang, "lang_from": "source",
                      "annotated": ["articleBody"], "group": lang, "split": split,
                      "noise_share": noise, "case": f"{lang}/{split}/{i}"}
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": PROJECT, "commit": tree.commit,
        "license": LICENCE + "; texts remain their publishers' copyright",
        "note": "OSCAR web documents with a line-by-line text/noise annotation (bench/devset_turkuq.py)"
                + ("; each line a <p> of an otherwise empty page (a check of tools)" if pages else ""),
        "pages": len(truth), "langs": dict(Counter(r["lang"] for r in truth.values()).most_common()),
        "with_noise": sum(r["noise_share"] > 0 for r in truth.values()),
        "kept_rule": f">= {min_body} characters of truth", "skipped": dict(skipped),
    }
    return publish(tmp, out / name, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of TurkuNLP/multilingual-register-labeling")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="turkuq_text")
    ap.add_argument("--langs", default="all", help="comma-separated language codes to keep, or 'all'")
    ap.add_argument("--paragraph-pages", action="store_true",
                    help="write each dump as a page of one <p> a line (html/) instead of the dump (text/)")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(prefix=FOLDER, suffix=".json"):
        ap.error(f"{args.git_dir} has no {FOLDER}: not the multilingual-register-labeling repository")
    langs = None if args.langs == "all" else {c for c in (norm_lang(x) for x in args.langs.split(",")) if c}
    manifest = build(tree, args.out, args.name, langs, pages=args.paragraph_pages)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
