#!/usr/bin/env python3
"""Development set of never-tuned English web pages of 2008 (not news): the KrdWrd CANOLA corpus.

    python bench/devset_canola.py GITDIR                    # writes ../devsets/canola/
    python bench/devset_canola.py GITDIR --uncertain        # writes ../devsets/canola_wide/ (good + uncertain)
    python bench/devset_canola.py GITDIR --out DIR --name NAME
    python bench/devset_canola.py GITDIR --list             # every page, kept or not, and why

GITDIR is a bare git directory of krdwrd/data (the KrdWrd project, University of Osnabrück,
2008-2011: E. W. Stemle, J. M. Steger, "The KrdWrd CANOLA Corpus", 2010). CANOLA is 208 English
pages of a 2008 web crawl (personal and institutional sites, shops, forums, blogs, clubs,
churches, small businesses, a few news pages) that students marked in the browser, element by
element, as bad (1, boilerplate), uncertain (2) or good (3, text meant to be read, in
sentences); the annotators' submissions were merged by majority vote (ties and a few pages
settled by hand). ``canola/merged.20100908.combined/<id>`` is each page as the annotators saw
it (a DOM dump with scripts, the ``<base href>`` of its address), every text wrapped in a
``<kw class="krdwrd-tag-N">`` of its merged tag; ``canola/plan.canola`` lists the corpus's
pages, ``canola/urls`` their addresses.

Licence: the repository is CC BY-SA 4.0 (LICENSE.txt); the pages remain their publishers'
copyright, so OUT defaults to ``../devsets`` next to the checkout and no page or truth is
ever committed.

Conversion: the page is the merged dump with the annotation taken out: the ``<kw>`` wrappers
(inline, they change no block) and the ``krdwrd-tag-N`` tokens the tool added to the class of
elements it tagged whole (``<option>``, ``<a>``, ``<font>`` ... whose text has no wrapper). The
truth is the text tagged good (by its wrapper, else by the nearest tagged element holding it),
one paragraph per nearest block element (``BLOCKS``) that holds it, in page order;
``--uncertain`` adds the text tagged uncertain (headings, captions, short list items the
annotators could not call) as the set ``canola_wide``. Untagged text (``<kw>`` with no class,
tag 7, ``undefined``) is no content.
The annotators marked no title: records have none. A page is kept when its truth has at least
``MIN_BODY`` characters and at least ``MIN_VISIBLE`` of its 4-token shingles appear in the
page's visible text. ``group`` is the address's top-level domain (com, org, edu ...).
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

PROJECT = "krdwrd/data (KrdWrd CANOLA corpus, merged annotations of 2010-09-08)"
LICENCE = "CC BY-SA 4.0"
ROOT_DIR = "canola/"
PAGES_DIR = ROOT_DIR + "merged.20100908.combined/"
PLAN = ROOT_DIR + "plan.canola"
URLS = ROOT_DIR + "urls"
MIN_BODY = 200  # characters of truth
GOOD, UNCERTAIN = "3", "2"
# Elements that make a paragraph of the content text they hold.
BLOCKS = frozenset("""address article aside blockquote body caption center dd div dl dt figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header li main nav ol p pre section table td th tr ul""".split())

_KW_TAG = re.compile(r"</?kw\b[^>]*>", re.I)
# The tool's tag tokens in class values of the page's own elements (``class="sidebarLink krdwrd-tag-1"``).
_TAG_TOKEN = re.compile(r"""(\sclass\s*=\s*)(["'])([^"']*)\2""", re.I)
# Elements whose text no reader sees.
UNREAD = frozenset("script style noscript template head title".split())
_KW_LABEL = re.compile(r"\bkrdwrd-tag-(\d)")


def _untag(m: re.Match) -> str:
    tokens = [t for t in m.group(3).split() if not t.startswith("krdwrd-tag-")]
    return f"{m.group(1)}{m.group(2)}{' '.join(tokens)}{m.group(2)}" if tokens else ""


def clean_page(merged: str) -> str:
    """The merged dump without the annotation: the ``<kw>`` wrappers taken out (their text stays in
    place) and the tool's ``krdwrd-tag-*`` tokens taken out of class values (an emptied class with them)."""
    return _TAG_TOKEN.sub(_untag, _KW_TAG.sub("", merged))


def kw_label(el: etree._Element) -> Optional[str]:
    """The merged tag an element carries in its class ("1", "2", "3"), or None when it has none."""
    m = _KW_LABEL.search(el.get("class") or "")
    return m.group(1) if m else None


def _label_in(el: etree._Element, cache: dict[etree._Element, Optional[str]]) -> Optional[str]:
    """The tag of the text directly inside ``el``: its own or its nearest tagged ancestor's (the tool
    tagged every element a tag was given to, a ``<kw>`` wrapper or the element itself, and a tag holds
    for all it contains); a ``<kw>`` without a tag leaves its text untagged."""
    if el in cache:
        return cache[el]
    label = kw_label(el)
    if label is None and el.tag != "kw":
        parent = el.getparent()
        label = _label_in(parent, cache) if parent is not None else None
    cache[el] = label
    return label


def _block_of(el: Optional[etree._Element]) -> Optional[etree._Element]:
    node = el
    while node is not None and (not isinstance(node.tag, str) or node.tag.lower() not in BLOCKS):
        node = node.getparent()
    return node


def _pieces(root: etree._Element) -> Iterator[tuple[str, Optional[etree._Element]]]:
    """Every text of the body in page order with the element it sits directly in (``None`` for a
    line break); no text of ``UNREAD`` elements."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, done = stack.pop()
        if done:
            if el.tail and el.getparent() is not None:
                yield el.tail, el.getparent()
            continue
        stack.append((el, True))
        if not isinstance(el.tag, str) or el.tag.lower() in UNREAD:
            continue
        if el.tag.lower() == "br":
            yield " ", None
        if el.text:
            yield el.text, el
        stack.extend((child, False) for child in reversed(el))


def labelled_text(merged: str, labels: frozenset[str] = frozenset({GOOD})) -> list[str]:
    """Merged dump -> body paragraphs: the texts whose tag is in ``labels``, joined per nearest
    block element, in page order (texts next to each other run on; a left-out text between two
    kept ones leaves a space)."""
    root = lxhtml.document_fromstring(merged)
    body = root.find("body")
    cache: dict[etree._Element, Optional[str]] = {}
    paras: list[list[str]] = []
    last_block: Optional[etree._Element] = None
    gap = False
    for text, holder in _pieces(body if body is not None else root):
        if holder is None or _label_in(holder, cache) not in labels:
            gap = True
            continue
        block = _block_of(holder)
        if paras and block is last_block:
            paras[-1].append(" " + text if gap else text)
        else:
            paras.append([text])
        last_block, gap = block, False
    joined = (" ".join("".join(p).split()) for p in paras)
    return [p for p in joined if p]


def _urls(tree: GitTree) -> dict[str, str]:
    found: dict[str, str] = {}
    if tree.exists(URLS):
        for line in tree.read(URLS).decode("utf-8", "replace").splitlines():
            key, _, url = line.strip().partition(" ")
            if url:
                found[key] = url.strip()
    return found


def _plan(tree: GitTree) -> list[str]:
    if tree.exists(PLAN):
        return [k for k in tree.read(PLAN).decode("utf-8").split() if k.strip()]
    return [p.rsplit("/", 1)[1] for p in tree.paths(PAGES_DIR) if "." not in p.rsplit("/", 1)[1]]


def top_domain(url: str) -> Optional[str]:
    """The address's top-level domain (``com``, ``org``, ``uk``), or None."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    last = host.rsplit(".", 1)[-1] if "." in host else ""
    return last if last.isalpha() else None


def _cases(tree: GitTree, labels: frozenset[str]) -> Iterator[tuple[str, str, str, list[str]]]:
    urls = _urls(tree)
    for key in _plan(tree):
        raw = tree.read_optional(PAGES_DIR + key) if tree.exists(PAGES_DIR + key) else None
        if raw is None:
            DECISIONS[key] = "no merged page"
            continue
        merged = decode_page(raw)
        yield key, urls.get(key, ""), merged, labelled_text(merged, labels)


DECISIONS: dict[str, str] = {}


def _pages(tree: GitTree, labels: frozenset[str] = frozenset({GOOD})) -> Iterator[Page]:
    for key, url, merged, paras in _cases(tree, labels):
        body = join_paragraphs(paras)
        if len(body) < MIN_BODY:
            DECISIONS[key] = f"truth under {MIN_BODY} characters"
            continue
        DECISIONS[key] = "kept"
        page = clean_page(merged)
        rec = _record(body, url, page, lang_hint="en", case=key, group=top_domain(url))
        yield Page(key=key, html=page, record=rec)


def _labels(uncertain: bool) -> frozenset[str]:
    return frozenset({GOOD, UNCERTAIN}) if uncertain else frozenset({GOOD})


def make_source(uncertain: bool = False) -> Source:
    labels = _labels(uncertain)
    what = "good and uncertain" if uncertain else "good"
    return Source(name="canola_wide" if uncertain else "canola", project=PROJECT, licence=LICENCE,
                  note=f"KrdWrd CANOLA: 208 English pages of a 2008 crawl with the text annotators tagged {what} "
                       "(majority of several annotators; bench/devset_canola.py)",
                  pages=lambda tree: _pages(tree, labels), marker=PAGES_DIR)


def build(tree: GitTree, out: Path, name: str = "canola", uncertain: bool = False) -> dict:
    DECISIONS.clear()
    manifest = write_set(make_source(uncertain), tree, out, name, min_visible=MIN_VISIBLE)
    what = "tagged good or uncertain" if uncertain else "tagged good"
    return add_to_manifest(
        out / name, manifest, DECISIONS,
        kept_rule=f">= {MIN_BODY} characters of truth, visible_coverage >= {MIN_VISIBLE}",
        truth=f"text of the <kw> elements {what} in the merged annotation, one paragraph per block",
        cases_total=len(DECISIONS))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of krdwrd/data")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", help="set name (default canola, canola_wide with --uncertain)")
    ap.add_argument("--uncertain", action="store_true", help="count text tagged uncertain as content too")
    ap.add_argument("--list", action="store_true", help="print every page and the decision; write nothing")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    name = args.name or ("canola_wide" if args.uncertain else "canola")
    if not tree.paths(PAGES_DIR):
        ap.error(f"{args.git_dir} has no {PAGES_DIR} at {args.rev}: not a tree holding the CANOLA corpus")
    if args.list:
        for key, url, merged, paras in _cases(tree, _labels(args.uncertain)):
            body = join_paragraphs(paras)
            keep = len(body) >= MIN_BODY
            cover = visible_coverage(clean_page(merged), body) if keep else 0.0
            print(f"{'KEEP' if keep else 'drop'} {len(body):6d} {cover:5.2f} {key} {url}")
        return 0
    manifest = build(tree, args.out, name, args.uncertain)
    print_built(manifest, args.out / name, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
