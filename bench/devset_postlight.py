#!/usr/bin/env python3
"""Development set from postlight/parser's site tests: modern pages with metadata truth.

    python bench/devset_postlight.py GITDIR                # writes ../devsets/postlight/
    python bench/devset_postlight.py GITDIR --out DIR --name NAME

GITDIR is a bare git directory of postlight/parser (the Mercury parser,
MIT / Apache-2.0). Its ``fixtures/*.html`` are saved pages (2016-2020, mostly
English news, blogs and tech sites, some Japanese); each
``src/extractors/custom/<host>/index.test.js`` names a fixture and its url and
asserts what the parser must return: ``title``, ``author``, ``date_published``
(ISO, UTC), ``dek`` and the first words of ``content`` (a snippet, not the
whole body). The tests are JavaScript; they are read at the level of regular
expressions (what the files actually write), and every case that cannot be
read is counted in the manifest with its reason.

Records (``ground-truth.json``, id -> record): ``url``, ``fixture``, and where
the test asserts them ``title``, ``author`` (the parser's string), ``authors``
(that string split into names), ``publish_time_iso`` (the asserted instant,
UTC), ``tz`` and ``publish_time_local`` (the zone the site's extractor reads dates
in, and the instant on its wall clock: a date-only page in Tokyo is asserted as
15:00 UTC the day before; else the offset the page itself writes that instant
with, ``tz`` "page"), ``publish_day`` (a test that asserts only the day), ``lead`` (the
content snippet), ``dek``, ``lang`` (the page's declaration, else the script
of its truth), ``lead_in_page`` / ``title_in_page`` (whether the truth occurs
in the page's visible text, whitespace ignored). The saved pages had their
``<meta content>`` renamed to ``value`` by the parser; the converter restores it
(``restore_meta``). Pages stay their publishers'
copyright and are never written into the repository.
"""
from __future__ import annotations

import argparse
import gzip
import html as htmlmod
import json
import re
import shutil
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_OUT, GitTree, decode_page, declared_lang, page_id, publish, script_lang  # noqa: E402

PROJECT = "postlight/parser"
LICENCE = "MIT OR Apache-2.0"
TEST_GLOB = re.compile(r"^src/extractors/custom/[^/]+/index\.test\.js$")

# --------------------------------------------------------------------------- #
# JavaScript literals
# --------------------------------------------------------------------------- #

_LIT = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`"""
_LITS = rf"(?:{_LIT})(?:\s*\+\s*(?:{_LIT}))*"
_LIT_RE = re.compile(_LIT, re.S)
_ESCAPE = re.compile(r"""\\(?:x([0-9A-Fa-f]{2})|u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|(\r?\n)|(.))""", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(body: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1):
            return chr(int(m.group(1), 16))
        if m.group(2) or m.group(3):
            return chr(int(m.group(2) or m.group(3), 16))
        if m.group(4):
            return ""  # a line continuation
        ch = m.group(5)
        return _SIMPLE_ESCAPES.get(ch, ch)
    return _ESCAPE.sub(one, body)


def js_string(expr: str) -> Optional[str]:
    """The value of a JS string literal, or of literals joined with ``+``; None otherwise.

    >>> js_string("'It\\\\'s' + \\"  ok\\"")
    "It's  ok"
    """
    expr = expr.strip()
    parts = _LIT_RE.findall(expr)
    if not parts or re.sub(r"\s*\+\s*", "", _LIT_RE.sub("", expr)).strip():
        return None
    return "".join(_unescape(p[1:-1]) for p in parts)


# --------------------------------------------------------------------------- #
# Test files -> cases
# --------------------------------------------------------------------------- #

_ASSERT = re.compile(rf"assert\.equal\(\s*(?P<expr>[^,()]+(?:\([^()]*\)[^,()]*)*?)\s*,\s*(?P<lit>{_LITS}|null)\s*,?\s*\)",
                     re.S)
_FIXTURE = re.compile(r"""readFileSync\(\s*['"`]\.?/?(fixtures/[^'"`]+)['"`]""")
_URL = re.compile(rf"\b\w*(?:url|uri|Url|Uri|URL)\s*=\s*(?P<lit>{_LITS})", re.S)
_EVENT = re.compile(r"""\b(?P<kind>it|beforeAll|describe)\(\s*(?:['"`]|async\b|\(|function\b)""")
# `const first13 = excerptContent($('*').first().text(), 13);` or `= $('*').first().text().slice(0, 20);`
_SNIPPET_VAR = re.compile(r"\b(?:const|let)\s+(?P<var>\w+)\s*=\s*(?P<arg>(?:excerptContent\(|\$\(['\"]\*['\"]\)).*?);", re.S)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")


_TIMEZONE = re.compile(r"""\btimezone\s*:\s*['"]([A-Za-z_/+-]+)['"]""")


def extractor_timezone(js: str) -> Optional[str]:
    """The zone a site extractor reads dates in (``timezone: 'Asia/Tokyo'``), if it names one."""
    m = _TIMEZONE.search(js)
    return m.group(1) if m else None


@dataclass
class Case:
    """One fixture page of a test file and what the test asserts about it."""

    fixture: str
    url: Optional[str]
    test_file: str
    fields: dict = field(default_factory=dict)
    unread: list = field(default_factory=list)  # asserted expressions not understood
    tz: Optional[str] = None  # the zone the site's extractor reads dates in


def _snippet_vars(text: str) -> set[str]:
    """Variables holding the first words of the content (not of a later paragraph)."""
    names = set()
    for m in _SNIPPET_VAR.finditer(text):
        arg = m.group("arg")
        if "last" in arg.lower() or not re.search(r"\.first\(\)|\$\.text\(\)|\.root\(\)\.text\(\)|\(content\b", arg):
            continue
        names.add(m.group("var"))
    return names


def read_assertions(block: str, snippet_vars: set[str]) -> tuple[dict, list[str]]:
    """Field -> asserted value of one test block; the expressions it could not map."""
    fields: dict = {}
    unread: list[str] = []
    for m in _ASSERT.finditer(block):
        expr = re.sub(r"\s+", "", m.group("expr"))
        raw = m.group("lit")
        value = None if raw == "null" else js_string(raw)
        if raw != "null" and value is None:
            unread.append(expr)
            continue
        if expr in ("title", "dek"):
            fields[expr] = value
        elif expr == "author":
            fields["author"] = value
        elif expr in snippet_vars:
            fields["lead"] = value
        elif "date" in expr.lower() or expr.startswith("moment("):
            if value is None:
                fields["date_none"] = True
            elif expr == "date_published" and _INSTANT.match(value):
                fields["publish_time_iso"] = value
            elif _DAY.match(value[:10]) and (len(value) == 10 or expr == "date_published"):
                fields["publish_day"] = value[:10]
            else:
                unread.append(expr)
        elif expr not in ("extractor.domain", "lead_image_url") and not expr.endswith(".length"):
            unread.append(expr)
    return fields, unread


def parse_test_file(text: str, name: str = "") -> list[Case]:
    """The cases of one test file: each ``beforeAll`` page with the ``it`` blocks that use it,
    and each ``it`` block that reads a page of its own."""
    snippet_vars = _snippet_vars(text)
    events = list(_EVENT.finditer(text))
    cases: list[Case] = []
    current: Optional[Case] = None
    for i, ev in enumerate(events):
        end = events[i + 1].start() if i + 1 < len(events) else len(text)
        block = text[ev.start():end]
        kind = ev.group("kind")
        if kind == "describe":
            continue
        fix = _FIXTURE.search(block)
        url_m = _URL.search(block)
        url = js_string(url_m.group("lit")) if url_m else None
        if kind == "beforeAll":
            current = Case(fix.group(1), url, name) if fix else None
            if current:
                cases.append(current)
            continue
        fields, unread = read_assertions(block, snippet_vars)
        if fix:  # an `it` with a page of its own
            own = Case(fix.group(1), url or (current.url if current else None), name, fields, unread)
            cases.append(own)
        elif current is not None:
            current.fields.update(fields)
            current.unread.extend(unread)
    return merge_cases(cases)


def merge_cases(cases: list[Case]) -> list[Case]:
    """Cases of the same fixture and url as one (tests often split a page's checks)."""
    out: dict[tuple, Case] = {}
    for c in cases:
        key = (c.fixture, c.url)
        if key in out:
            out[key].fields.update(c.fields)
            out[key].unread.extend(c.unread)
        else:
            out[key] = c
    return list(out.values())


# --------------------------------------------------------------------------- #
# Truth helpers
# --------------------------------------------------------------------------- #

_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\bund\b|、|・)\s*", re.I)
_BY = re.compile(r"^(?:by|von|par|por|di)\s+", re.I)


def split_authors(author: Optional[str]) -> list[str]:
    """'A, B and C' -> ['A', 'B', 'C']; a url is no name; a bio after the name's line goes."""
    if not author or re.match(r"^https?://", author.strip()):
        return []
    names = []
    for part in _NAME_SPLIT.split(_BY.sub("", author.strip().splitlines()[0])):
        part = part.strip(" \u00a0.")
        if part:
            names.append(part)
    return names


def squash(text: str) -> str:
    """Text for containment checks: entities decoded, NFKC, case folded, no whitespace."""
    text = unicodedata.normalize("NFKC", htmlmod.unescape(text)).casefold()
    return re.sub(r"\s+", "", text)


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_VALUE_ATTR = re.compile(r"""(\s)value(\s*=)""", re.I)
_OG_NAME = re.compile(r"""(\s)name(\s*=\s*["']?(?:og|article|fb|book|profile|music|video):)""", re.I)


def restore_meta(page: str) -> str:
    """Undo the parser's meta normalisation its fixture saver kept.

    The saved pages went through ``normalizeMetaTags`` first: every ``<meta>``'s
    ``content`` became ``value`` and ``property`` became ``name``. A meta tag with
    ``value`` and no ``content`` gets ``content`` back, and Open Graph names
    (``og:``, ``article:`` ...) their ``property`` attribute, as the sites wrote them.
    """
    def fix(m: re.Match) -> str:
        tag = m.group(0)
        if re.search(r"\scontent\s*=", tag, re.I) or not _VALUE_ATTR.search(tag):
            return tag
        tag = _VALUE_ATTR.sub(r"\1content\2", tag, count=1)
        return _OG_NAME.sub(r"\1property\2", tag, count=1)
    return _META_TAG.sub(fix, page)


def visible_text(page: str) -> str:
    import lxml.html  # noqa: PLC0415

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in tree.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    return " ".join(tree.itertext())


def local_time(instant: str, tz: Optional[str]) -> Optional[str]:
    """The asserted UTC instant on the wall clock of the extractor's zone (ISO with offset)."""
    if not tz:
        return None
    from datetime import datetime  # noqa: PLC0415
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return datetime.fromisoformat(instant.replace("Z", "+00:00")).astimezone(zone).isoformat()


_ISO_WITH_OFFSET = re.compile(r"\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?[+-]\d{2}:?\d{2})\b")


def page_offset_time(instant: str, page: str) -> Optional[str]:
    """The truth's instant as the page itself writes it with a non-zero UTC offset, if it does."""
    from datetime import datetime  # noqa: PLC0415
    want = datetime.fromisoformat(instant.replace("Z", "+00:00")).replace(second=0, microsecond=0)
    for m in _ISO_WITH_OFFSET.finditer(page):
        try:
            got = datetime.fromisoformat(m.group(1))
        except ValueError:
            continue
        if got.utcoffset() and got.replace(second=0, microsecond=0) == want:
            return got.isoformat()
    return None


def make_record(case: Case, page: str) -> dict:
    """A ground-truth record for one case and its page."""
    f = case.fields
    rec: dict = {"url": case.url or "", "fixture": case.fixture, "test": case.test_file}
    for key in ("title", "dek", "lead", "publish_time_iso", "publish_day"):
        if f.get(key) is not None:
            rec[key] = f[key]
    if "author" in f:
        rec["author"] = f["author"]
        rec["authors"] = split_authors(f["author"])
    if "publish_time_iso" in rec:
        rec["publish_day"] = rec["publish_time_iso"][:10]
        local = local_time(rec["publish_time_iso"], case.tz)
        if local:
            rec["tz"], rec["publish_time_local"] = case.tz, local
        else:
            local = page_offset_time(rec["publish_time_iso"], page)
            if local:
                rec["tz"], rec["publish_time_local"] = "page", local
    visible = squash(visible_text(page))
    for key in ("lead", "title"):
        if rec.get(key):
            rec[f"{key}_in_page"] = squash(rec[key]) in visible
    rec["lang"] = declared_lang(page) or script_lang((rec.get("title") or "") + (rec.get("lead") or "")) or "?"
    rec["annotated"] = sorted(k for k in ("title", "author", "publish_time_iso", "publish_day", "lead", "dek")
                              if k in rec)
    return rec


# --------------------------------------------------------------------------- #
# Writing the set
# --------------------------------------------------------------------------- #


def build(tree: GitTree, out: Path, name: str = "postlight") -> dict:
    """Convert every readable case of ``tree`` into ``out/name``; returns the manifest."""
    tests = [p for p in tree.paths("src/extractors/custom/") if TEST_GLOB.match(p)]
    truth: dict[str, dict] = {}
    skipped: Counter = Counter()
    skipped_cases: list[dict] = []
    unread: Counter = Counter()
    tmp = out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    n_cases = 0
    n_restored = 0
    for path in sorted(tests):
        text = tree.read(path).decode("utf-8", "replace")
        cases = parse_test_file(text, path)
        ext = path.replace("index.test.js", "index.js")
        tz = extractor_timezone(tree.read(ext).decode("utf-8", "replace")) if tree.exists(ext) else None
        for case in cases:
            case.tz = tz
        if not cases:
            skipped["no fixture read"] += 1
            skipped_cases.append({"test": path, "why": "no fixture read"})
        for case in cases:
            n_cases += 1
            unread.update(case.unread)
            why = None
            if not tree.exists(case.fixture):
                why = "fixture missing"
            elif not case.url:
                why = "no url"
            elif not any(k in case.fields for k in ("title", "author", "publish_time_iso", "publish_day", "lead")):
                why = "no title/author/date/lead asserted"
            if why:
                skipped[why] += 1
                skipped_cases.append({"test": path, "fixture": case.fixture, "why": why})
                continue
            page = decode_page(tree.read(case.fixture))
            restored = restore_meta(page)
            n_restored += restored != page
            page = restored
            pid = page_id("postlight", f"{case.fixture}|{case.url}")
            with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
                fh.write(page.encode("utf-8", "surrogatepass"))
            truth[pid] = make_record(case, page)
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    recs = truth.values()
    manifest = {
        "name": name, "source": PROJECT, "commit": tree.commit,
        "license": LICENCE + " (repository); pages remain the publishers' copyright",
        "note": "site tests of the Mercury parser: asserted title, author, date_published, dek and the "
                "first words of the content (snippet truth, not the whole body)",
        "test_files": len(tests), "cases_read": n_cases, "pages": len(truth),
        "langs": dict(Counter(r["lang"] for r in recs).most_common()),
        "with_title": sum("title" in r for r in recs),
        "with_author": sum(bool(r.get("authors")) for r in recs),
        "with_author_null": sum(r.get("author", "") is None for r in recs),
        "with_publish_time": sum("publish_time_iso" in r for r in recs),
        "with_publish_day_only": sum("publish_day" in r and "publish_time_iso" not in r for r in recs),
        "with_lead": sum(bool(r.get("lead")) for r in recs),
        "lead_in_page": sum(bool(r.get("lead_in_page")) for r in recs),
        "with_dek": sum(bool(r.get("dek")) for r in recs),
        "pages_meta_restored": n_restored,
        "skipped": dict(skipped), "skipped_cases": skipped_cases,
        "assertions_not_read": dict(unread.most_common()),
    }
    return publish(tmp, out / name, manifest)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", help="bare git directory of postlight/parser")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--name", default="postlight")
    args = ap.parse_args(argv)
    manifest = build(GitTree(Path(args.git_dir), args.rev), args.out, args.name)
    short = {k: v for k, v in manifest.items() if k != "skipped_cases"}
    print(json.dumps(short, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
