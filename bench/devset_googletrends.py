#!/usr/bin/env python3
"""Development set of never-tuned English pages of 2017: BoilerNet's GoogleTrends-2017 (Leonhardt et al.).

    python bench/devset_googletrends.py GITDIR --rev REV        # writes ../devsets/googletrends/
    python bench/devset_googletrends.py GITDIR --rev REV --out DIR --name NAME
    python bench/devset_googletrends.py GITDIR --rev REV --list # every page, kept or not, and why

GITDIR is a bare git directory of a repository holding BoilerNet's ``datasets/googletrends/``
folder (J. Leonhardt, A. Anand, M. Khosla, "Boilerplate Removal using a Neural Sequence
Labeling Model", WWW 2020; the dataset was published with mrjleo/boilernet, whose current
history no longer holds it; the fork sakata-yusuke-75/boilernet_japanese keeps it: REV f40a7a7,
its newest commits dropped the folder). GoogleTrends-2017 is 180 pages that Google searches for 2017's trending
topics returned (news, magazines, blogs, shops, sports and entertainment sites), whose
content a person marked in the browser. ``prepared_html/gt_<n>.html`` is each page as
BoilerNet prepared it: scripts, styles and comments taken out, the markup re-indented
(every text on its own line), and every text wrapped in a ``<span __boilernet_label="1|0"
__num="k">`` (1: content; the labellers' "comment" parts are 0). ``--japanese`` reads
``japanese_html/`` instead, the same pages and labels with every text machine-translated into
Japanese by the fork (set ``googletrends_ja``, records ``lang`` ja, ``translated`` machine): not
Japanese pages (the markup, classes and ``lang`` attribute stay English, the translation is rough),
but a check of how much of a score rests on English words rather than on the layout.

Licence: mrjleo/boilernet is GPL-3.0 and names no other licence for its datasets: local
evaluation only; OUT defaults to ``../devsets`` next to the checkout and nothing of it is
ever committed. The pages remain their publishers' copyright.

Conversion: the page is the prepared page with BoilerNet's two attributes taken out (its
wrapping ``<span>`` elements stay: inline, they change no block). The truth is the text of
the spans labelled 1, one paragraph per nearest block element (``BLOCKS``) that holds
them, in page order. Content text inside the first ``<h1>`` is the headline: the record's
``title``, taken out of ``articleBody`` like the shared sets' truth. Bylines and
datelines the labellers marked stay in the body. The prepared pages lost most non-ASCII
characters (curly quotes and dashes read ``?`` in page and truth alike). A page is kept when
its truth has at least ``MIN_BODY`` characters and at least ``MIN_VISIBLE`` of its 4-token
shingles appear in the page's visible text. ``group`` is the page's split in BoilerNet's
experiments (train, dev, test).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

from lxml import etree
from lxml import html as lxhtml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import (  # noqa: E402
    DEFAULT_OUT, MIN_VISIBLE, GitTree, Page, Source, _record, add_to_manifest, decode_page, join_paragraphs,
    print_built, visible_coverage, write_set,
)

PROJECT = "mrjleo/boilernet (GoogleTrends-2017, via a fork that keeps the dataset)"
LICENCE = "GPL-3.0 (the code repository's licence; no separate dataset licence)"
ROOT_DIR = "datasets/googletrends/"
PAGES_DIR = ROOT_DIR + "prepared_html/"
JAPANESE_DIR = ROOT_DIR + "japanese_html/"  # the same pages machine-translated, labels kept (--japanese)
SPLIT_DIR = ROOT_DIR + "50-30-100-split/"
MIN_BODY = 200  # characters of truth
LABEL = "__boilernet_label"
# Elements that make a paragraph of the content text they hold.
BLOCKS = frozenset("""address article aside blockquote body caption dd div dl dt figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header li main nav ol p pre section table td th tr ul""".split())

_BOILERNET_ATTRS = re.compile(r"""\s__(?:boilernet_label|num)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""")
# UTF-8 read as Windows-1252 and written out again: a lead byte's character, then continuation bytes'
# (U+FFFD stands for 0x81/0x8D/0x8F/0x90/0x9D, which Windows-1252 leaves undefined).
_CP1252_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014" \
               "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]+")


def _unmangle(run: str) -> str:
    """One run back to the characters its bytes were (U+FFFD read as 0x9D, which ends U+201D); a run
    whose bytes are no UTF-8 stays as it is."""
    try:
        return b"".join(b"\x9d" if ch == "\ufffd" else ch.encode("cp1252") for ch in run).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as Windows-1252 (``â€™`` for ``\u2019``) put right, run by run;
    a run that does not decode stays as it is. Pages mangled twice are put right in a second pass."""
    for _ in range(3):
        fixed = _MOJIBAKE.sub(lambda m: _unmangle(m.group(0)), text)
        if fixed == text:
            break
        text = fixed
    return text


def clean_page(prepared: str) -> str:
    """The prepared page without BoilerNet's label and number attributes."""
    return _BOILERNET_ATTRS.sub("", prepared)


def _block_of(el: etree._Element) -> Optional[etree._Element]:
    node = el.getparent()
    while node is not None and (not isinstance(node.tag, str) or node.tag.lower() not in BLOCKS):
        node = node.getparent()
    return node


def _in_first_h1(el: etree._Element, h1: Optional[etree._Element]) -> bool:
    return h1 is not None and any(a is h1 for a in el.iterancestors())


def labelled_text(prepared: str) -> tuple[Optional[str], list[str]]:
    """Prepared page -> (headline or None, body paragraphs) from the spans labelled content."""
    root = lxhtml.document_fromstring(prepared)
    h1s = root.xpath("//h1")
    h1 = h1s[0] if h1s else None
    title: list[str] = []
    paras: list[list[str]] = []
    last_block: Optional[etree._Element] = None
    for span in root.iter("span"):
        if span.get(LABEL) != "1":
            continue
        text = " ".join("".join(span.itertext()).split())
        if not text:
            continue
        if _in_first_h1(span, h1):
            title.append(text)
            continue
        block = _block_of(span)
        if paras and block is last_block:
            paras[-1].append(text)
        else:
            paras.append([text])
        last_block = block
    return (" ".join(title) or None), [" ".join(p) for p in paras]


def _splits(tree: GitTree) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in tree.paths(SPLIT_DIR, ".txt"):
        group = path.rsplit("/", 1)[1].split("_", 1)[0]
        for line in tree.read(path).decode("utf-8").split():
            found[line.strip().rsplit(".", 1)[0]] = group
    return found


def _cases(tree: GitTree, pages_dir: str = PAGES_DIR) -> Iterator[tuple[str, Optional[str], str, Optional[str],
                                                                      list[str]]]:
    groups = _splits(tree)
    for path in tree.paths(pages_dir, ".html"):
        key = path.rsplit("/", 1)[1][:-len(".html")]
        raw = tree.read_optional(path)
        if raw is None:
            continue
        prepared = repair_mojibake(decode_page(raw))
        title, paras = labelled_text(prepared)
        yield key, groups.get(key), clean_page(prepared), title, paras


DECISIONS: dict[str, str] = {}


def _pages(tree: GitTree, japanese: bool = False) -> Iterator[Page]:
    for key, group, page, title, paras in _cases(tree, JAPANESE_DIR if japanese else PAGES_DIR):
        body = join_paragraphs(paras)
        if len(body) < MIN_BODY:
            DECISIONS[key] = f"truth under {MIN_BODY} characters"
            continue
        DECISIONS[key] = "kept"
        annotated = ("articleBody", "title") if title else ("articleBody",)
        rec = _record(body, "", page, lang_hint="en", title=title, annotated=annotated, case=key, group=group)
        if japanese:  # the translated pages still declare the original's language
            rec.update(lang="ja", lang_from="source", translated="machine")
        yield Page(key=key, html=page, record=rec)


def make_source(japanese: bool = False) -> Source:
    if japanese:
        return Source(name="googletrends_ja", project=PROJECT, licence=LICENCE,
                      note="GoogleTrends-2017 machine-translated into Japanese, the same labels: a diagnostic of "
                           "layout without English vocabulary, not Japanese pages (bench/devset_googletrends.py)",
                      pages=lambda tree: _pages(tree, japanese=True), marker=JAPANESE_DIR)
    return Source(name="googletrends", project=PROJECT, licence=LICENCE,
                  note="GoogleTrends-2017: 180 pages of 2017 searches with the text a person marked as content "
                       "(bench/devset_googletrends.py)",
                  pages=_pages, marker=PAGES_DIR)


def build(tree: GitTree, out: Path, name: str = "googletrends", japanese: bool = False) -> dict:
    DECISIONS.clear()
    manifest = write_set(make_source(japanese), tree, out, name, min_visible=MIN_VISIBLE)
    return add_to_manifest(
        out / name, manifest, DECISIONS,
        kept_rule=f">= {MIN_BODY} characters of truth, visible_coverage >= {MIN_VISIBLE}",
        truth="text of the spans labelled content, one paragraph per block, first <h1> split off as title",
        cases_total=len(DECISIONS))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory holding datasets/googletrends/")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", help="set name (default googletrends, googletrends_ja with --japanese)")
    ap.add_argument("--japanese", action="store_true", help="the machine-translated copies (a diagnostic)")
    ap.add_argument("--list", action="store_true", help="print every page and the decision; write nothing")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    pages_dir = JAPANESE_DIR if args.japanese else PAGES_DIR
    name = args.name or ("googletrends_ja" if args.japanese else "googletrends")
    if not tree.paths(pages_dir):
        ap.error(f"{args.git_dir} has no {pages_dir} at {args.rev}: not a tree holding GoogleTrends-2017")
    if args.list:
        for key, group, page, title, paras in _cases(tree, pages_dir):
            body = join_paragraphs(paras)
            keep = len(body) >= MIN_BODY
            cover = visible_coverage(page, body) if keep else 0.0
            print(f"{'KEEP' if keep else 'drop'} {len(body):6d} {cover:5.2f} {'T' if title else '-'} {group} {key}")
        return 0
    manifest = build(tree, args.out, name, args.japanese)
    print_built(manifest, args.out / name, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
