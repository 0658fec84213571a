#!/usr/bin/env python3
"""Text-dump variants of HTML benchmark sets, as a naive scraper would write them.

A text dump keeps everything a page shows as text: one line per block element
and per ``<br>``, a blank line around each ``<p>``, whitespace collapsed, runs
of blank lines collapsed to one. Menus, teasers, related lists, cookie notices
and footers all stay. Only what is never text is left out: ``script``,
``style``, ``noscript``, ``template``, the head's ``title``/``meta``/``link``/
``base``, comments and processing instructions.

    python bench/devset_text.py build SRC_DIR DEST_DIR       # one set
    python bench/devset_text.py build-all DEVSETS_DIR        # every <name> -> <name>_text
    python bench/devset_text.py check SRC_DIR TEXT_DIR       # compare with an existing dump set

SRC_DIR is a set in the shared layout (``ground-truth.json`` +
``html/<id>.html.gz`` or ``.html``); DEST_DIR gets ``ground-truth.json`` (the
same records), ``text/<id>.txt`` and ``manifest.json`` (how it was made and
how much of the truth the dump holds). Score it like any set:

    python ../shared/bench/extract_eval.py --dataset DEST_DIR --tool newsclean --by-lang

The pages remain their publishers' copyright: write the dumps outside the
repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

from lxml import etree, html

#: Elements whose content is never shown as text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "title", "meta", "link", "base",
                       "svg", "math"})
#: Elements that start and end a line (HTML block-level and table/list parts).
BLOCK_TAGS = frozenset("""
address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav
ol option p pre section summary table tbody td tfoot th thead tr ul
""".split())
#: Block elements with a blank line before and after (paragraph gaps).
GAP_TAGS = frozenset({"p"})
_WS = re.compile(r"\s+")

BREAK, GAP = "\x00br", "\x00gap"


def _walk(el: Any) -> Iterator[str]:
    """Text pieces and markers (BREAK, GAP) of an element, in document order."""
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if not tag or tag in SKIP_TAGS:
        return
    if tag == "br":
        yield BREAK
        return
    block = tag in BLOCK_TAGS
    gap = tag in GAP_TAGS
    if block:
        yield GAP if gap else BREAK
    if el.text:
        yield el.text
    for child in el:
        yield from _walk(child)
        if child.tail:
            yield child.tail
    if block:
        yield GAP if gap else BREAK


def dump(page: str) -> str:
    """The text dump of one HTML page."""
    try:
        root = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=False))
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    cur: list[str] = []

    def flush(gap: bool) -> None:
        text = _WS.sub(" ", "".join(cur)).strip()
        cur.clear()
        if text:
            lines.append(text)
        if gap and lines and lines[-1] != "":
            lines.append("")

    for piece in _walk(root):
        if piece is BREAK:
            flush(False)
        elif piece is GAP:
            flush(True)
        else:
            cur.append(piece)
    flush(False)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _shingle_recall(truth: str, text: str) -> float:
    """Share of the truth's tokens (CJK characters, runs of letters/digits) found in the dump, in order-free bags."""
    tok = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+")
    t = tok.findall(truth.lower())
    if not t:
        return 1.0
    have: dict[str, int] = {}
    for w in tok.findall(text.lower()):
        have[w] = have.get(w, 0) + 1
    hit = 0
    for w in t:
        if have.get(w, 0) > 0:
            have[w] -= 1
            hit += 1
    return hit / len(t)


def _read_html(src: Path, key: str) -> str | None:
    for p in (src / "html" / f"{key}.html.gz", src / "html" / f"{key}.html"):
        if p.exists():
            data = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
            return data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return None


def build(src: Path, dest: Path) -> dict[str, Any]:
    """Write the dump set of ``src`` to ``dest``; returns its manifest."""
    truth = json.loads((src / "ground-truth.json").read_text(encoding="utf-8"))
    (dest / "text").mkdir(parents=True, exist_ok=True)
    info: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    for key, rec in truth.items():
        page = _read_html(src, key)
        if page is None:
            continue
        text = dump(page)
        (dest / "text" / f"{key}.txt").write_text(text, encoding="utf-8")
        kept[key] = rec
        body = rec.get("articleBody") or ""
        info[key] = {"chars": len(text), "lines": text.count("\n"),
                     "gt_recall_in_text": round(_shingle_recall(body, text), 4)}
    (dest / "ground-truth.json").write_text(json.dumps(kept, ensure_ascii=False, indent=1), encoding="utf-8")
    recalls = [v["gt_recall_in_text"] for v in info.values()]
    manifest = {
        "name": dest.name, "derived_from": src.name, "pages": len(info),
        "method": "bench/devset_text.py: lxml parse; drop script/style/noscript/template, head elements, "
                  "comments, PIs; one line per block element and <br>; blank line around <p>; whitespace "
                  "collapsed; blank runs collapsed",
        "mean_gt_recall_in_text": sum(recalls) / len(recalls) if recalls else 0.0,
        "pages_gt_recall_below_0.9": sum(1 for r in recalls if r < 0.9),
        "page_info": info,
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def check(src: Path, text_dir: Path) -> None:
    """How close this script's dumps are to an existing dump set of the same pages (line sets)."""
    same, total = 0.0, 0
    for p in sorted((text_dir / "text").glob("*.txt")):
        page = _read_html(src, p.stem)
        if page is None:
            continue
        mine = {x for x in dump(page).splitlines() if x}
        theirs = {x for x in p.read_text(encoding="utf-8").splitlines() if x}
        j = len(mine & theirs) / max(1, len(mine | theirs))
        same += j
        total += 1
    print(f"{total} pages, mean Jaccard of line sets {same / max(total, 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("src", type=Path)
    b.add_argument("dest", type=Path)
    a = sub.add_parser("build-all")
    a.add_argument("root", type=Path)
    c = sub.add_parser("check")
    c.add_argument("src", type=Path)
    c.add_argument("text_dir", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "build":
        m = build(args.src, args.dest)
        print(f"{args.dest}: {m['pages']} pages, truth recall in dumps {m['mean_gt_recall_in_text']:.3f}")
    elif args.cmd == "build-all":
        for src in sorted(p for p in args.root.iterdir() if (p / "html").is_dir()):
            if src.name.endswith("_text"):
                continue
            dest = args.root / f"{src.name}_text"
            m = build(src, dest)
            print(f"{dest}: {m['pages']} pages, truth recall in dumps {m['mean_gt_recall_in_text']:.3f}")
    else:
        check(args.src, args.text_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
