#!/usr/bin/env python3
"""Multilingual development set from WebMainBench (opendatalab) records.

    python bench/devset_webmainbench.py GITDIR                 # the samples of a repository snapshot
    python bench/devset_webmainbench.py FILE.jsonl [FILE ...]  # the released data set (JSONL)
    python bench/devset_webmainbench.py SRC --out DIR --name webmainbench --min-chars 200

WebMainBench is a main-content benchmark of web pages taken from Common Crawl:
7,809 pages, 5,434 domains, 46 languages (85% English, 9% Chinese, then
Spanish, German, Japanese, Russian, French, Italian, Portuguese ...), every
page's main content selected at the tag level by people (annotator, reviewer,
senior inspector). The project (github:opendatalab/WebMainBench) is
Apache-2.0; the full set is released as JSONL on the Hugging Face hub
(``opendatalab/WebMainBench``); the repository itself carries only a few
sample records (``data/*.jsonl``). The pages remain their publishers'
copyright: local evaluation only; OUT defaults to ``../devsets`` next to the
repository and nothing of it is ever committed.

A record holds the page (``html``), its ``url``, the people's main content as
Markdown (``groundtruth_content``) and metadata (``meta.language``,
``meta.style``, ``meta.level`` or, in older dumps, ``layout_type``). The truth
written here (``articleBody``) is that Markdown turned into plain paragraphs:
heading marks, list bullets, emphasis, link targets, images and table rules
are dropped, code blocks keep their lines. Records without truth or page are
skipped (counted in the manifest). GITDIR is a bare git directory read with
``git cat-file`` (every ``*.jsonl`` of the snapshot whose records have
``html`` and ``groundtruth_content``); files are read as given.

Writes ``OUT/<name>/ground-truth.json`` (id -> record with ``articleBody``,
``url``, ``lang``, ``lang_from``, ``group`` = the page style, ``level``,
``source_id``), ``OUT/<name>/html/<id>.html.gz`` (UTF-8) and
``manifest.json``. ``lang`` is the page's own declaration (``<html lang>``,
content-language, ``og:locale``), else the set's ``meta.language``, else a
language told by the truth's script (``lang_from`` says which).
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

from devset import DEFAULT_OUT, GitTree, declared_lang, norm_lang, page_id, publish, script_lang  # noqa: E402

# --------------------------------------------------------------------------- #
# Markdown -> plain paragraphs (every pattern is linear: no nested quantifiers)
# --------------------------------------------------------------------------- #

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\]\n]{0,1000})\]\([^)\n]{0,2000}\)")
_EMPHASIS = re.compile(r"(\*\*|__|~~)")
_INLINE_CODE = re.compile(r"`([^`\n]{0,2000})`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def markdown_text(md: str) -> str:
    """The plain text of a Markdown truth: one paragraph a line, marks and link targets dropped."""
    out: list[str] = []
    in_code = False
    for raw in (md or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(raw):
            in_code = not in_code
            continue
        if in_code:
            line = raw.strip()
            if line:
                out.append(line)
            continue
        line = raw
        if _RULE.match(line) or _TABLE_RULE.match(line):
            continue
        line = _HEADING.sub("", line)
        line = _QUOTE.sub("", line)
        line = _BULLET.sub("", line)
        line = _IMAGE.sub(" ", line)
        line = _LINK.sub(r"\1", line)
        line = _INLINE_CODE.sub(r"\1", line)
        line = _EMPHASIS.sub("", line)
        line = _HTML_TAG.sub(" ", line)
        if "|" in line and line.strip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        line = _SPACES.sub(" ", line).strip()
        if line:
            out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- #
# Reading records
# --------------------------------------------------------------------------- #


def _jsonl(text: str) -> Iterator[dict]:
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict):
            yield rec


def records_from(sources: Iterable[Path]) -> Iterator[tuple[str, dict]]:
    """(origin, record) from JSONL files or bare git directories (their *.jsonl at HEAD)."""
    for src in sources:
        src = Path(src)
        if src.is_file():
            with open(src, encoding="utf-8") as fh:
                for rec in _jsonl(fh.read()):
                    yield src.name, rec
            continue
        tree = GitTree(src)
        for path in tree.paths(suffix=".jsonl"):
            raw = tree.read_optional(path)
            if raw is None:
                continue
            for rec in _jsonl(raw.decode("utf-8", "replace")):
                yield f"{tree.commit[:12]}:{path}", rec


def _meta(rec: dict) -> dict:
    meta = rec.get("meta")
    return meta if isinstance(meta, dict) else {}


def record_key(rec: dict) -> str:
    return str(rec.get("track_id") or rec.get("id") or rec.get("url") or "")


def to_record(rec: dict) -> Optional[tuple[dict, str]]:
    """(ground-truth record, page html) of one WebMainBench record, or None when it lacks either."""
    html, md = rec.get("html"), rec.get("groundtruth_content")
    if not isinstance(html, str) or not html.strip() or not isinstance(md, str):
        return None
    body = markdown_text(md)
    if not body:
        return None
    meta = _meta(rec)
    out: dict = {"articleBody": body, "url": rec.get("url") or "", "source_id": record_key(rec)}
    lang, lang_from = declared_lang(html), "page"
    if not lang:
        lang, lang_from = norm_lang(meta.get("language") or rec.get("language")), "set"
    if not lang:
        lang, lang_from = script_lang(body), "text"
    if lang:
        out["lang"], out["lang_from"] = lang, lang_from
    style = meta.get("style")
    if isinstance(style, dict):
        style = style.get("category")
    group = style or rec.get("layout_type") or rec.get("type")
    if isinstance(group, str) and group:
        out["group"] = group
    if isinstance(meta.get("level"), str):
        out["level"] = meta["level"]
    return out, html


def write(sources: list[Path], out: Path, name: str, min_chars: int = 0) -> dict:
    dest, tmp = out / name, out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    origins: Counter = Counter()
    for origin, rec in records_from(sources):
        key = record_key(rec)
        if not key:
            skipped["no id"] += 1
            continue
        pid = page_id("webmainbench", key)
        if pid in truth:
            skipped["duplicate"] += 1
            continue
        conv = to_record(rec)
        if conv is None:
            skipped["no page or truth"] += 1
            continue
        item, html = conv
        if len(item["articleBody"]) < min_chars:
            skipped["short truth"] += 1
            continue
        with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
            fh.write(html.encode("utf-8", "surrogatepass"))
        truth[pid] = item
        origins[origin] += 1
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": "opendatalab WebMainBench (github:opendatalab/WebMainBench; "
                                "full release: Hugging Face opendatalab/WebMainBench)",
        "inputs": dict(origins),
        "license": "Apache-2.0 (project); pages remain the publishers' copyright; local evaluation only",
        "note": "Common Crawl pages of every kind, main content selected by people at the tag level; "
                "truth = the annotated Markdown as plain paragraphs",
        "pages": len(truth),
        "langs": dict(Counter(r.get("lang", "?") for r in truth.values()).most_common()),
        "groups": dict(Counter(r.get("group", "?") for r in truth.values()).most_common()),
        "skipped": dict(skipped),
    }
    return publish(tmp, dest, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", type=Path, nargs="+", help="WebMainBench JSONL files or bare git directories")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="webmainbench")
    ap.add_argument("--min-chars", type=int, default=0, help="skip pages whose truth is shorter")
    args = ap.parse_args(argv)
    manifest = write(args.sources, args.out, args.name, args.min_chars)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
