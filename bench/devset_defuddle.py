#!/usr/bin/env python3
"""Development set from kepano/defuddle's fixtures: modern long-form pages with whole-body truth.

    python bench/devset_defuddle.py GITDIR                 # writes ../devsets/defuddle/
    python bench/devset_defuddle.py GITDIR --out DIR --name NAME
    python bench/devset_defuddle.py GITDIR --list          # every case, kept or not, and why

GITDIR is a bare git directory of kepano/defuddle (MIT). Its
``tests/fixtures/<case>.html`` are pages and ``tests/expected/<case>.md`` the
cleaned Markdown defuddle must produce for them: a JSON front matter (title,
author, site, published, ...) in a fenced block, then the article as
Markdown. Most cases are small synthetic pages that test one element (a code
block, a footnote style, a math renderer); some are real pages (blogs, docs,
news, wikis), whole or trimmed, with their chrome around the article.

The Markdown becomes plain paragraphs (``markdown_paragraphs``): front
matter off (title, author, published kept as metadata), one paragraph per
block (heading, paragraph, list item, quote line, table row, code line),
inline syntax reduced to its text (links -> their text, images dropped,
emphasis and code marks off, footnote references off, footnote definitions
kept as text).

A case is kept (``classify``) when it is a real page (the case name or the
page names a site other than an example domain, and the page has a document
head), is not a conversation, thread, feed or listing (chat exports, social
posts, comment threads, issue trackers, indexes), is not a math-rendering case
(its truth is LaTeX source the page does not show), has at least
``MIN_BODY`` characters of expected text and has chrome around the article
(navigation/header/footer/aside elements, or visible text outside the truth).
The manifest lists every case with the reason it was left out.

The truth is defuddle's own reviewed expected output (like newspaper4k's and
goose3's sets): it keeps some things another extractor might drop (footnotes,
a wiki's infobox rows, code) and drops what defuddle drops. Pages remain their
authors' copyright and are never written into the repository.
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import (  # noqa: E402
    DEFAULT_OUT, MIN_VISIBLE, GitTree, Page, Source, _record, decode_page, join_paragraphs, visible_coverage,
    add_to_manifest, print_built, write_set,
)

PROJECT = "kepano/defuddle"
LICENCE = "MIT"
FIXTURES, EXPECTED = "tests/fixtures/", "tests/expected/"
MIN_BODY = 500  # characters of expected text: shorter cases test one element

# --------------------------------------------------------------------------- #
# Markdown -> paragraphs
# --------------------------------------------------------------------------- #

_FRONT = re.compile(r"\A\s*```json\s*\n(.*?)\n```[ \t]*\n?", re.S)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HR = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_CALLOUT = re.compile(r"^\[!\w[\w-]*\][+-]?\s*")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FOOTDEF = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_IMAGE = re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_FOOTREF = re.compile(r"\[\^[^\]\s]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_EMPH = re.compile(r"(\*{1,3}|_{1,3}|~~|==)(?=\S)(.+?)(?<=\S)\1")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~=<\"'$&])")


def front_matter(md: str) -> tuple[dict, str]:
    """The JSON front matter of an expected file (``{}`` if none) and the Markdown after it."""
    m = _FRONT.match(md)
    if not m:
        return {}, md
    try:
        meta = json.loads(m.group(1))
    except ValueError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), md[m.end():]


def inline_text(text: str) -> str:
    """Markdown inline syntax -> its visible text (links keep their text, images go)."""
    codes: list[str] = []

    def keep_code(m: re.Match) -> str:
        codes.append(m.group(2).strip())
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE.sub(keep_code, text)
    text = _ESCAPED.sub(lambda m: f"\x01{ord(m.group(1))}\x01", text)  # escaped marks are text
    text = _IMAGE.sub(" ", text)
    for _ in range(3):  # nested: a link whose text holds a link or an image
        new = _LINK.sub(lambda m: m.group(1), text)
        if new == text:
            break
        text = _IMAGE.sub(" ", new)
    text = _FOOTREF.sub("", text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub(" ", text)
    for _ in range(3):
        new = _EMPH.sub(lambda m: m.group(2), text)
        if new == text:
            break
        text = new
    text = re.sub(r"\x01(\d+)\x01", lambda m: chr(int(m.group(1))), text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], text)
    return " ".join(htmlmod.unescape(text).split())


def _table_row(line: str) -> str:
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
    return " ".join(inline_text(c) for c in cells if c)


def markdown_paragraphs(md: str) -> list[str]:
    """Plain paragraphs of a Markdown body: one per heading, paragraph, list item, quote line,
    table row and code line; inline syntax reduced to text; images, rules and comments dropped."""
    md = _COMMENT.sub("", md.replace("\r\n", "\n"))
    out: list[str] = []
    para: list[str] = []
    fence: Optional[str] = None

    def flush() -> None:
        if para:
            text = inline_text(" ".join(para))
            if text:
                out.append(text)
            para.clear()

    for raw in md.split("\n"):
        if fence is not None:  # inside fenced code: every line is text as it is
            if raw.strip().startswith(fence):
                fence = None
            elif raw.strip():
                out.append(" ".join(raw.split()))
            continue
        m = _FENCE.match(raw)
        if m:
            flush()
            fence = m.group(1)
            continue
        line = raw
        while _QUOTE.match(line):  # quotes and callouts: their lines are text
            line = _QUOTE.sub("", line, count=1)
        if line is not raw and _CALLOUT.match(line):  # a callout's title is a paragraph of its own
            flush()
            para.append(_CALLOUT.sub("", line))
            flush()
            continue
        if not line.strip():
            flush()
            continue
        if _HR.match(line) and not para:
            continue
        if para and _SETEXT.match(line):  # the line before was a heading
            flush()
            continue
        h = _HEADING.match(line)
        if h:
            flush()
            para.append(h.group(1))
            flush()
            continue
        if "|" in line and line.strip().startswith("|"):
            flush()
            if not _TABLE_SEP.match(line):
                row = _table_row(line)
                if row:
                    out.append(row)
            continue
        if _LIST.match(line):
            flush()
            line = _LIST.sub("", line, count=1)
        elif _FOOTDEF.match(line):
            flush()
            line = _FOOTDEF.sub("", line, count=1)
        para.append(line.strip())
        if raw.endswith("  ") or raw.endswith("\\"):  # a hard line break ends the line
            if para[-1].endswith("\\"):
                para[-1] = para[-1][:-1]
            flush()
    flush()
    return out


# --------------------------------------------------------------------------- #
# Which cases are whole real pages
# --------------------------------------------------------------------------- #

# Case-name words of cases whose expected text is not one article of the page (a chat, a thread of
# posts or comments, a social post, a mail thread, a feed or index of many items).
CONVERSATION_WORDS = ("comments--", "chatgpt", "claude", "gemini", "grok", "gmail--", "listing--", "x.com",
                      "twitter", "substack-note", "substack-app", "news.ycombinator", "reddit", "mastodon",
                      "github.com", "conversation", "archive-page", "blog-index", "multi-article")
MATH_PREFIX = "math--"  # the truth is LaTeX source written out by defuddle, not the page's text
_HOST = re.compile(r"(?:^|--)(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:-|$)")
_NAMED_SITE = re.compile(r"^general--(?:wikipedia|cp4space|scp-wiki)")  # site-named without a dot
_DECLARED_URL = re.compile(
    r"""<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)|<link\b[^>]*href=["']([^"']+)["'][^>]*rel=["']?"""
    r"""canonical|<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)|<!--\s*\{\s*"url"\s*:\s*"([^"]+)"|"""
    r"""<!--\s*saved from url=\(\d+\)(\S+?)\s*-->""", re.I)
_EXAMPLE = re.compile(r"^https?://(?:[\w-]+\.)*example[\w-]*\.\w+|^https?://localhost\b", re.I)
_CHROME_TAG = re.compile(r"<(?:nav|header|footer|aside)\b|\brole=[\"']?(?:navigation|banner|contentinfo)", re.I)


def declared_url(page: str) -> str:
    """The page's own address: canonical link, og:url, defuddle's url comment, or a saved-from note."""
    for m in _DECLARED_URL.finditer(page[:200_000]):
        url = next(g for g in m.groups() if g)
        if url.startswith(("http://", "https://")):
            return htmlmod.unescape(url)
    return ""


def _visible_words(page: str) -> str:
    import lxml.html  # noqa: PLC0415 - a core dependency of newsclean
    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in tree.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    return " ".join(" ".join(tree.itertext()).split())


def classify(case: str, page: str, body: str) -> tuple[bool, str]:
    """(kept, reason) for one case: a whole real page with chrome around a long article."""
    low = case.lower()
    if any(w in low for w in CONVERSATION_WORDS):
        return False, "conversation, thread, feed or listing: the truth is not one article"
    if low.startswith(MATH_PREFIX):
        return False, "math rendering: the truth is LaTeX source, not the page's text"
    if len(body) < MIN_BODY:
        return False, f"expected text under {MIN_BODY} characters (one-element case)"
    url = declared_url(page)
    host = _HOST.search(low)
    real = bool((host and "example" not in host.group(1)) or _NAMED_SITE.match(low) or (url and not _EXAMPLE.match(url)))
    if not real or not re.search(r"<head\b", page, re.I):
        return False, "synthetic page (no real site named)"
    outside = len(_visible_words(page)) - len(" ".join(body.split()))
    if not _CHROME_TAG.search(page) and outside < 200:
        return False, "no chrome around the article"
    return True, "real page"


# --------------------------------------------------------------------------- #
# The source
# --------------------------------------------------------------------------- #


def _cases(tree: GitTree) -> Iterator[tuple[str, str, dict, list[str]]]:
    for path in tree.paths(FIXTURES, ".html"):
        case = path[len(FIXTURES):-len(".html")]
        if "/" in case:
            continue
        expected = tree.read_optional(f"{EXPECTED}{case}.md")
        if expected is None:
            continue
        page = decode_page(tree.read(path))
        meta, md = front_matter(expected.decode("utf-8", "replace"))
        yield case, page, meta, markdown_paragraphs(md)


DECISIONS: dict[str, str] = {}  # case -> reason, filled while the set is written
PATTERN_MIN_BODY = 200  # the pattern set: synthetic and short pages, still more than a line or two
PATTERN_REASONS = ("synthetic page (no real site named)", "no chrome around the article",
                   f"expected text under {MIN_BODY} characters (one-element case)")


def pattern_case(case: str, page: str, body: str) -> tuple[bool, str]:
    """(kept, reason) for the pattern set: the cases ``classify`` leaves out only for being synthetic,
    short or chrome-free, with at least PATTERN_MIN_BODY characters of expected text."""
    kept, why = classify(case, page, body)
    if kept:
        return False, "in the main set"
    if why not in PATTERN_REASONS:
        return False, why
    if len(body) < PATTERN_MIN_BODY:
        return False, f"expected text under {PATTERN_MIN_BODY} characters"
    return True, "pattern page"


def defuddle_pages(tree: GitTree, patterns: bool = False) -> Iterator[Page]:
    """The kept cases of a defuddle tree as pages with records; every decision lands in DECISIONS."""
    judge = pattern_case if patterns else classify
    for case, page, meta, paras in _cases(tree):
        body = join_paragraphs(paras)
        kept, why = judge(case, page, body)
        DECISIONS[case] = "kept" if kept else why
        if not kept:
            continue
        author = (meta.get("author") or "").strip()
        rec = _record(body, declared_url(page), page, title=meta.get("title") or None,
                      authors=[author] if author else None, published=meta.get("published") or None,
                      annotated=("articleBody", "title") + (("authors",) if author else ())
                      + (("publish_time",) if meta.get("published") else ()),
                      case=case, group=case.split("--")[0], site=meta.get("site") or None)
        yield Page(key=case, html=page, record=rec)


SOURCE = Source(
    name="defuddle", project=PROJECT, licence=LICENCE,
    note="defuddle's fixture pages (tests/fixtures) with its expected Markdown (tests/expected) as plain "
         "paragraphs; only whole real pages with chrome and >= 500 characters of article (see 'kept_rule')",
    pages=defuddle_pages, marker=EXPECTED)


MAIN_RULE = (f"a real page (a site named by the case or the page, a document head), not a conversation/thread/"
             f"feed/listing, not a math-rendering case, >= {MIN_BODY} characters of expected text, chrome around "
             f"the article (nav/header/footer/aside or >= 200 visible characters outside the truth), truth "
             f"visible in the page (visible_coverage >= {MIN_VISIBLE})")
PATTERN_RULE = (f"the cases the main set leaves out only for being synthetic, short or chrome-free, with >= "
                f"{PATTERN_MIN_BODY} characters of expected text and visible_coverage >= {MIN_VISIBLE}")

PATTERN_SOURCE = Source(
    name="defuddle_patterns", project=PROJECT, licence=LICENCE,
    note="defuddle's synthetic and short fixture pages (one noise pattern or element each: subscribe boxes, "
         "related posts, author boxes, eyebrows, footnotes, code, tables) with their expected text: a "
         "diagnostic set for in-body noise and dropped content, not a benchmark of real pages",
    pages=lambda tree: defuddle_pages(tree, patterns=True), marker=EXPECTED)


def build(tree: GitTree, out: Path, name: str = "defuddle", patterns: bool = False) -> dict:
    DECISIONS.clear()
    manifest = write_set(PATTERN_SOURCE if patterns else SOURCE, tree, out, name, min_visible=MIN_VISIBLE)
    truth = json.loads((out / name / "ground-truth.json").read_text(encoding="utf-8"))
    return add_to_manifest(
        out / name, manifest, DECISIONS,
        kept_rule=PATTERN_RULE if patterns else MAIN_RULE,
        truth="defuddle's reviewed expected Markdown turned into plain paragraphs (bench/devset_defuddle.py "
              "markdown_paragraphs); front matter title/author/published kept as metadata",
        cases_total=len(DECISIONS),
        kept=sorted(r["case"] for r in truth.values()))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="bare git directory of kepano/defuddle")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output root (default ../devsets)")
    ap.add_argument("--name", help="set name (default defuddle, or defuddle_patterns with --patterns)")
    ap.add_argument("--patterns", action="store_true",
                    help="write the diagnostic set of synthetic pattern pages instead of the real pages")
    ap.add_argument("--list", action="store_true", help="print every case and the decision; write nothing")
    ap.add_argument("--text", action="store_true", help="also write the text-dump variant NAME_text")
    args = ap.parse_args(argv)
    tree = GitTree(args.git_dir, args.rev)
    if not tree.paths(EXPECTED):
        ap.error(f"{args.git_dir} has no {EXPECTED}: not a defuddle tree")
    if args.list:
        for case, page, _meta, paras in _cases(tree):
            body = join_paragraphs(paras)
            kept, why = classify(case, page, body)
            cover = visible_coverage(page, body) if kept else 0.0
            print(f"{'KEEP' if kept else 'drop'} {len(body):6d} {cover:5.2f} {case}  [{why}]")
        return 0
    name = args.name or ("defuddle_patterns" if args.patterns else "defuddle")
    manifest = build(tree, args.out, name, patterns=args.patterns)
    print_built(manifest, args.out / name, args.text, leave=("left_out", "kept"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
