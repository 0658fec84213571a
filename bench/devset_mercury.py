#!/usr/bin/env python3
"""Body development set from the Mercury parser's per-site extractors (jocmp's forks).

    python bench/devset_mercury.py GITDIR                 # writes ../devsets/mercury/
    python bench/devset_mercury.py GITDIR --out DIR --name NAME --min-chars 200

GITDIR is a bare git directory of github:jocmp/mercury-parser-kt (MIT), the
Kotlin port of jocmp's fork of the Mercury parser (postlight/parser, MIT OR
Apache-2.0), read at HEAD or ``--rev`` with ``git cat-file``. Its test
resources hold the fork's saved pages (``fixtures/<host>.html`` or
``fixtures/<host>/<name>.html``: 2016-2026, news, tech and culture sites;
English, Japanese, German, Polish, French, Italian, Greek, Chinese, Persian
...) and, for each, the JSON the JavaScript parser returned on it
(``snapshots/<host>/<name>.json``, ``default`` for a flat fixture), run as
``parse("https://<host>/", {html, fallback: false})``.

Only pages whose host has a hand-written site extractor are kept (the
``extractor("host")`` and ``supportedDomains`` of the port's
``extractors/custom`` sources, matched on the host or its last two labels as
the parser does): their ``content`` comes from the maintainers' selectors
for the body and their lists of elements to clean out, i.e. a per-site
parser like fundus's, not a heuristic's guess. Hosts written with a
``--variant`` suffix, pages whose snapshot has no content and pages whose
truth is mostly not in the page's visible text (``visible_coverage`` below
``--min-coverage``, 0.5: a body read from a script or a later page the saved
file lacks) are skipped (counted in the manifest). Such truth is the project's reviewed expected
output, not an independent annotation: a site's selector may keep a caption
or drop a box a person would judge otherwise.

Records (``ground-truth.json``, id -> record): ``articleBody`` (the content
HTML's blocks, one paragraph a line), ``url`` (``https://<host>/``, what the
parser was given), ``title``, ``author``, ``publish_time_iso``, ``lang`` (the
page's declaration, else the script of its truth; ``lang_from`` says which),
``group`` (the host), ``fixture``, ``visible_coverage``. The saved pages had their ``<meta
content>`` renamed to ``value`` by the parser; it is restored
(``devset_postlight.restore_meta``). Pages stay their publishers' copyright:
OUT defaults to ``../devsets`` next to the repository and nothing of it is
ever committed.
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
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import (DEFAULT_OUT, GitTree, declared_lang, decode_page, html_to_dump, page_id, publish, script_lang,  # noqa: E402
                    visible_coverage)
from devset_postlight import restore_meta  # noqa: E402

PROJECT = "jocmp/mercury-parser-kt"
LICENCE = "MIT (port); MIT OR Apache-2.0 (upstream Mercury parser)"
RES = "mercury-parser/src/test/resources"
SRC = "mercury-parser/src/main"
_EXTRACTOR = re.compile(r"""\bextractor\(\s*"([^"\n]{1,200})\"""")
_SUPPORTED = re.compile(r"""\bsupportedDomains\s*=\s*listOf\(([^)]{0,4000})\)""")
_STRING = re.compile(r'"([^"\n]{1,200})"')


def custom_hosts(tree: GitTree) -> set[str]:
    """Hosts that have a hand-written site extractor in the port's sources."""
    hosts: set[str] = set()
    for path in tree.paths(prefix=SRC, suffix=".kt"):
        if "/extractors/custom/" not in path:
            continue
        text = (tree.read_optional(path) or b"").decode("utf-8", "replace")
        hosts.update(m.group(1).lower() for m in _EXTRACTOR.finditer(text))
        for m in _SUPPORTED.finditer(text):
            hosts.update(s.lower() for s in _STRING.findall(m.group(1)))
    return hosts


def has_extractor(host: str, hosts: set[str]) -> bool:
    """The parser's lookup: the host itself, else its last two labels."""
    host = host.lower()
    if "--" in host:
        return False
    return host in hosts or ".".join(host.split(".")[-2:]) in hosts


def content_text(content_html: str) -> str:
    """The content HTML's visible text: one block a line, blank lines dropped."""
    if not content_html or not content_html.strip():
        return ""
    dump = html_to_dump(f"<html><body>{content_html}</body></html>")
    return "\n".join(line for line in (ln.strip() for ln in dump.split("\n")) if line)


def pairs(tree: GitTree) -> Iterator[tuple[str, str, str]]:
    """(host, snapshot path, fixture path) for every snapshot whose fixture exists."""
    snap_root, fix_root = f"{RES}/snapshots/", f"{RES}/fixtures/"
    for path in tree.paths(prefix=snap_root, suffix=".json"):
        rest = path[len(snap_root):]
        if rest.count("/") != 1:
            continue
        host, name = rest.split("/")
        name = name[: -len(".json")]
        candidates = ([f"{fix_root}{host}.html"] if name == "default" else []) + [f"{fix_root}{host}/{name}.html"]
        fixture = next((c for c in candidates if tree.exists(c)), None)
        if fixture:
            yield host, path, fixture


def write(git_dir: Path, out: Path, name: str, rev: str = "HEAD", min_chars: int = 0,
          min_coverage: float = 0.5) -> dict:
    tree = GitTree(git_dir, rev)
    hosts = custom_hosts(tree)
    dest, tmp = out / name, out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    for host, snap_path, fix_path in pairs(tree):
        if not has_extractor(host, hosts):
            skipped["no site extractor"] += 1
            continue
        snap_raw, page_raw = tree.read_optional(snap_path), tree.read_optional(fix_path)
        if snap_raw is None or page_raw is None:
            skipped["missing in snapshot"] += 1
            continue
        try:
            snap = json.loads(snap_raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            skipped["unreadable snapshot"] += 1
            continue
        body = content_text(snap.get("content") or "")
        if not body:
            skipped["no content"] += 1
            continue
        if len(body) < min_chars:
            skipped["short content"] += 1
            continue
        page = restore_meta(decode_page(page_raw))
        coverage = visible_coverage(page, body)
        if coverage < min_coverage:
            skipped["truth not in the page's visible text"] += 1
            continue
        rec: dict = {"articleBody": body, "url": f"https://{host}/", "group": host,
                     "fixture": fix_path[len(RES) + 1:], "visible_coverage": round(coverage, 3)}
        for key, field in (("title", "title"), ("author", "author"), ("date_published", "publish_time_iso")):
            if isinstance(snap.get(key), str) and snap[key].strip():
                rec[field] = snap[key].strip()
        lang, lang_from = declared_lang(page), "page"
        if not lang:
            lang, lang_from = script_lang(body), "text"
        if lang:
            rec["lang"], rec["lang_from"] = lang, lang_from
        pid = page_id("mercury", fix_path)
        with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
            fh.write(page.encode("utf-8", "surrogatepass"))
        truth[pid] = rec
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    manifest = {
        "name": name, "source": PROJECT, "commit": tree.commit,
        "license": LICENCE + "; pages remain the publishers' copyright; local evaluation only",
        "note": "whole-body truth of the Mercury parser's hand-written site extractors "
                "(snapshots of the JavaScript parser on each saved page, fallback off)",
        "site_extractors": len(hosts), "pages": len(truth),
        "langs": dict(Counter(r.get("lang", "?") for r in truth.values()).most_common()),
        "hosts": len({r["group"] for r in truth.values()}),
        "skipped": dict(skipped),
    }
    return publish(tmp, dest, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of jocmp/mercury-parser-kt")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", default="mercury")
    ap.add_argument("--min-chars", type=int, default=0, help="skip pages whose truth is shorter")
    ap.add_argument("--min-coverage", type=float, default=0.5,
                    help="skip pages whose truth's shingles are less than this share of the page's visible text")
    args = ap.parse_args(argv)
    manifest = write(args.git_dir, args.out, args.name, args.rev, args.min_chars, args.min_coverage)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
