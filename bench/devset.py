#!/usr/bin/env python3
"""Development sets: labelled pages of public projects -> the shared benchmark layout.

    python bench/devset.py fundus GITDIR                 # writes ../devsets/fundus/
    python bench/devset.py goose3 GITDIR --out DIR
    python bench/devset.py newspaper4k GITDIR --name np4k
    python bench/devset.py list                          # the known sources
    python bench/devset.py meta ../devsets/fundus        # newsclean's date/author figures on sets
    python bench/devset.py text ../devsets/fundus        # its text-dump variant ../devsets/fundus_text
    python bench/devset.py text ../devsets/fundus --out DIR   # ... written to DIR/fundus_text

GITDIR is a bare git directory (a clone or snapshot of the source project);
the pages are read from its HEAD (or ``--rev``) with ``git cat-file``, never
from a work tree. Each source writes ``OUT/<name>/ground-truth.json``
(id -> record) and ``OUT/<name>/html/<id>.html.gz`` (UTF-8), the layout of
the shared sets, plus ``manifest.json`` (source, commit, licence, counts).
OUT defaults to ``../devsets`` next to the repository: the pages are third
party data and never go into the repository.

Records: ``articleBody`` (paragraphs joined by newlines), ``url``, and where
the source knows them ``title``, ``author`` (names joined by ", "),
``authors`` (list), ``publish_time`` (local wall-clock "YYYY-MM-DD HH:MM[:SS]"
as ``bench/metadata_eval.py`` reads it), ``publish_time_iso`` (with its UTC
offset), ``annotated`` (which fields the source labelled), ``lang`` (the
page's own declaration - ``<html lang>``, ``content-language``,
``og:locale`` - else the source's metadata) and ``group`` (the source's own
grouping, e.g. a country folder).

The truth of these sources is each project's reviewed expected output for its
own tests (fundus: hand-written per-publisher parsers; goose3 and newspaper4k:
the expected extraction), not an independent annotation: good for finding
regressions and gaps per language, to be read with that in mind.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT.parent / "devsets"

# --------------------------------------------------------------------------- #
# Reading a bare git directory
# --------------------------------------------------------------------------- #


class GitTree:
    """Files of one commit of a bare git directory, read with ``git cat-file``."""

    def __init__(self, git_dir: Path, rev: str = "HEAD") -> None:
        self.git_dir = Path(git_dir)
        if not (self.git_dir / "objects").is_dir() and (self.git_dir / ".git").exists():
            self.git_dir = self.git_dir / ".git"
        self.commit = self.git("rev-parse", rev).strip()
        listing = self.git("ls-tree", "-r", "-l", self.commit)
        self.sizes: dict[str, int] = {}
        for line in listing.splitlines():
            meta, _, path = line.partition("\t")
            parts = meta.split()
            if len(parts) == 4 and parts[1] == "blob" and parts[3].isdigit():
                self.sizes[path] = int(parts[3])

    def git(self, *args: str) -> str:
        """Run a git command on this directory; its output as text."""
        out = subprocess.run(["git", f"--git-dir={self.git_dir}", *args],
                             check=True, capture_output=True)
        return out.stdout.decode("utf-8", "surrogateescape")

    def paths(self, prefix: str = "", suffix: str = "") -> list[str]:
        return sorted(p for p in self.sizes if p.startswith(prefix) and p.endswith(suffix))

    def read(self, path: str) -> bytes:
        out = subprocess.run(["git", f"--git-dir={self.git_dir}", "cat-file", "blob",
                              f"{self.commit}:{path}"], check=True, capture_output=True)
        return out.stdout

    def read_optional(self, path: str) -> Optional[bytes]:
        """The file's bytes, or None when the snapshot lacks its content (large files)."""
        try:
            return self.read(path)
        except subprocess.CalledProcessError:
            print(f"[devset] {path}: content missing in this snapshot; skipped", file=sys.stderr)
            return None

    def json(self, path: str) -> object:
        return json.loads(self.read(path).decode("utf-8-sig"))

    def exists(self, path: str) -> bool:
        return path in self.sizes


# --------------------------------------------------------------------------- #
# Page helpers: decoding and the page's declared language
# --------------------------------------------------------------------------- #

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\b(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""", re.I)
_META_LANG = [
    re.compile(r"""<meta[^>]+http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?\s*([A-Za-z]{2,3})(?![A-Za-z])""", re.I),
    re.compile(r"""<meta[^>]+content\s*=\s*["']?\s*([A-Za-z]{2,3})[^"'>]*["']?[^>]*http-equiv\s*=\s*["']?content-language""", re.I),
    re.compile(r"""<meta[^>]+property\s*=\s*["']og:locale["'][^>]*content\s*=\s*["']([A-Za-z]{2,3})(?![A-Za-z])""", re.I),
    re.compile(r"""<meta[^>]+content\s*=\s*["']([A-Za-z]{2,3})[-_][A-Za-z]{2}["'][^>]*property\s*=\s*["']og:locale["']""", re.I),
    re.compile(r"""<meta[^>]+name\s*=\s*["'](?:language|lang|dc\.language)["'][^>]*content\s*=\s*["']([A-Za-z]{2,3})(?![A-Za-z])""", re.I),
]
# Codes that are not languages although pages declare them.
_NOT_LANGS = {"xx", "und", "mul", "zxx"}
# Legacy or long codes -> ISO 639-1, as pages write them.
_LANG_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jp": "ja", "cn": "zh", "gr": "el", "cz": "cs",
                 "ger": "de", "deu": "de", "fre": "fr", "fra": "fr", "eng": "en", "spa": "es",
                 "ita": "it", "pol": "pl", "rus": "ru", "jpn": "ja", "zho": "zh", "chi": "zh",
                 "ara": "ar", "por": "pt", "nld": "nl", "dut": "nl", "tur": "tr", "kor": "ko",
                 "nb": "no", "nn": "no"}


def decode_page(raw: bytes) -> str:
    """Page bytes -> str: BOM, valid UTF-8, the declared charset, else cp1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(raw[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        if name in ("gb2312", "gbk"):
            name = "gb18030"
        try:
            return raw.decode(name, "replace")
        except LookupError:
            pass
    return raw.decode("cp1252", "replace")


def norm_lang(code: Optional[str]) -> Optional[str]:
    """'de-AT', 'DE', 'ger' -> 'de'; None for codes that are no language."""
    if not code:
        return None
    c = re.split(r"[-_]", code.strip().lower())[0]
    c = _LANG_ALIASES.get(c, c)
    if c in _NOT_LANGS or not re.fullmatch(r"[a-z]{2}", c):
        return None
    return c


def declared_lang(html: str) -> Optional[str]:
    """The language the page declares for itself (html lang, content-language, og:locale)."""
    head = html[:200_000]
    m = _HTML_LANG.search(head)
    if m and norm_lang(m.group(1)):
        return norm_lang(m.group(1))
    for rx in _META_LANG:
        m = rx.search(head)
        if m and norm_lang(m.group(1)):
            return norm_lang(m.group(1))
    return None


# Scripts that name one language each; a page without a declaration whose truth is
# mostly in one of them gets that language (lang_from "text").
_SCRIPT_LANGS = [("ja", r"[\u3040-\u30ff]"), ("ko", r"[\uac00-\ud7af]"), ("zh", r"[\u4e00-\u9fff]"),
                 ("th", r"[\u0e00-\u0e7f]"), ("el", r"[\u0370-\u03ff]"), ("he", r"[\u0590-\u05ff]"),
                 ("my", r"[\u1000-\u109f]")]


def script_lang(text: str) -> Optional[str]:
    """A language told by its script alone (kana, hangul, han, thai, greek, hebrew, burmese)."""
    letters = sum(ch.isalpha() for ch in text) or 1
    for lang, rx in _SCRIPT_LANGS:
        n = len(re.findall(rx, text))
        if lang == "ja" and n >= 0.05 * letters or lang != "ja" and n >= 0.5 * letters:
            return lang
    return None


def wall_clock(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """ISO-like date -> (local wall-clock 'YYYY-MM-DD HH:MM[:SS]', ISO with offset)."""
    if not value:
        return None, None
    s = str(value).strip()
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"^(\d{4}-\d{2}-\d{2})", s)
        return (m.group(1), s) if m else (None, s)
    fmt = "%Y-%m-%d %H:%M:%S" if dt.second else "%Y-%m-%d %H:%M"
    if len(s) <= 10:
        fmt = "%Y-%m-%d"
    return dt.strftime(fmt), dt.isoformat()


_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")
MIN_VISIBLE = 0.5  # pages whose truth is mostly not in the visible text (only in scripts) are left out


def visible_coverage(html: str, body: str) -> float:
    """Share of the truth's 4-token shingles found in the page's text outside scripts and styles."""
    import lxml.html  # noqa: PLC0415 - a core dependency of newsclean

    def shingles(text: str) -> set[tuple[str, ...]]:
        toks = _TOKEN.findall(text.lower())
        return {tuple(toks[i:i + 4]) for i in range(max(1, len(toks) - 3))}

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return 0.0
    for el in tree.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    want = shingles(body)
    return len(want & shingles(" ".join(tree.itertext()))) / max(1, len(want))


def join_paragraphs(parts: list[str]) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


# --------------------------------------------------------------------------- #
# Sources
# --------------------------------------------------------------------------- #


@dataclass
class Page:
    """One converted page: its stable key within the source, HTML and record."""

    key: str
    html: str
    record: dict


@dataclass
class Source:
    name: str
    project: str
    licence: str
    note: str
    pages: Callable[[GitTree], Iterator[Page]]
    marker: str  # a path that identifies the source's tree
    extra: dict = field(default_factory=dict)


def _record(body: str, url: str, html: str, *, lang_hint: Optional[str] = None, title: Optional[str] = None,
            authors: Optional[list[str]] = None, published: Optional[str] = None,
            annotated: tuple[str, ...] = ("articleBody",), **extra: object) -> dict:
    rec: dict = {"articleBody": body, "url": url or ""}
    lang = declared_lang(html)
    hint = norm_lang(lang_hint)
    guess = None if lang or hint else script_lang(body)
    rec["lang"] = lang or hint or guess
    rec["lang_from"] = "page" if lang else ("source" if hint else ("text" if guess else None))
    if rec["lang"] is None:
        del rec["lang"], rec["lang_from"]
    if title:
        rec["title"] = title.strip()
    if authors is not None:
        names = [a.strip() for a in authors if a and a.strip()]
        rec["authors"] = names
        if names:
            rec["author"] = ", ".join(names)
    local, iso = wall_clock(published)
    if local:
        rec["publish_time"] = local
        rec["publish_time_iso"] = iso
    rec["annotated"] = list(annotated)
    rec.update({k: v for k, v in extra.items() if v is not None})
    return rec


# fundus ------------------------------------------------------------------- #

FUNDUS_DATA = "tests/resources/parser/test_data/"


def _fundus_body(body: object) -> str:
    if not isinstance(body, dict):
        return ""
    parts: list[str] = list(body.get("summary") or [])
    for sec in body.get("sections") or []:
        parts += list(sec.get("headline") or [])
        parts += list(sec.get("paragraphs") or [])
    return join_paragraphs(parts)


def _fundus_version_key(v: str) -> tuple[int, str]:
    m = re.search(r"\d+", v)
    return (int(m.group()) if m else 0, v)


def _pair_by_content(tree: GitTree, folder: str, files: list[tuple[str, dict]], versions: list[str],
                     expected: dict, min_cover: float = 0.8) -> list[tuple[tuple[str, dict], str]]:
    """Pages and versions paired by how much of each version's expected body a page shows."""
    pages: dict[str, str] = {}
    for fname, _ in files:
        raw = tree.read_optional(f"{folder}/{fname}")
        if raw is not None:
            pages[fname] = gzip.decompress(raw).decode("utf-8", "replace")
    pairs = []
    used: set[str] = set()
    for version in versions:
        body = _fundus_body(expected[version].get("body"))
        scored = sorted(((visible_coverage(html, body), fname) for fname, html in pages.items()
                         if fname not in used and body), reverse=True)
        if scored and scored[0][0] >= min_cover:
            fname = scored[0][1]
            used.add(fname)
            pairs.append((next(fm for fm in files if fm[0] == fname), version))
    return pairs


def fundus_pages(tree: GitTree, only: Optional[set[str]] = None) -> Iterator[Page]:
    """fundus: per publisher one JSON of expected attributes per parser version, and one
    gzipped page per version; pages and versions pair up in crawl-date order."""
    for info_path in tree.paths(FUNDUS_DATA, "/meta.info"):
        folder = info_path.rsplit("/", 1)[0]
        if only is not None and not any(p.startswith(folder + "/") for p in only):
            continue
        group = folder.rsplit("/", 1)[1]
        info = tree.json(info_path)
        by_publisher: dict[str, list[tuple[str, dict]]] = {}
        for fname, meta in info.items():
            publisher = re.sub(r"_\d{4}_\d{2}_\d{2}\.html\.gz$", "", fname)
            by_publisher.setdefault(publisher, []).append((fname, meta))
        for publisher, files in sorted(by_publisher.items()):
            jpath = f"{folder}/{publisher}.json"
            if not tree.exists(jpath):
                continue
            expected = tree.json(jpath)
            versions = sorted(expected, key=_fundus_version_key)
            files.sort(key=lambda fm: str(fm[1].get("crawl_date") or fm[0]))
            pairs = list(zip(files, versions))
            if len(versions) != len(files):
                # more pages than versions (or fewer): pair each version with the page that
                # holds its expected body, when one clearly does
                pairs = _pair_by_content(tree, folder, files, versions, expected)
                print(f"[fundus] {publisher}: {len(files)} pages, {len(versions)} versions; "
                      f"{len(pairs)} paired by content", file=sys.stderr)
            for (fname, meta), version in pairs:
                path = f"{folder}/{fname}"
                if not tree.exists(path) or (only is not None and path not in only):
                    continue
                exp = expected[version]
                body = _fundus_body(exp.get("body"))
                if not body:
                    continue
                raw = tree.read_optional(path)
                if raw is None:
                    continue
                html = gzip.decompress(raw).decode("utf-8", "replace")
                annotated = ["articleBody"] + [f for f, k in (("title", "title"), ("author", "authors"),
                                                               ("publish_time", "publishing_date"))
                                               if k in exp]
                yield Page(path, html, _record(
                    body, meta.get("url", ""), html, title=exp.get("title"),
                    authors=exp.get("authors") if "authors" in exp else None,
                    published=exp.get("publishing_date"), annotated=tuple(annotated),
                    group=group, publisher=publisher, version=version,
                    crawl_date=str(meta.get("crawl_date") or "")[:10] or None))


def fundus_history_pages(tree: GitTree) -> Iterator[Page]:
    """fundus pages that later commits replaced: each read, with the expectations of its
    time, from the commit just before the one that deleted it (older layouts of the same
    publishers; none of them is in the ``fundus`` set)."""
    log = tree.git("log", "--no-renames", "--diff-filter=D", "--format=C %H", "--name-only",
                   tree.commit, "--", FUNDUS_DATA)
    deleted: dict[str, set[str]] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:].strip()
        elif line.endswith(".html.gz") and commit:
            deleted.setdefault(commit, set()).add(line.strip())
    seen: set[str] = set()
    current = {p for p in tree.paths(FUNDUS_DATA, ".html.gz")}
    for commit, paths in deleted.items():
        try:
            old = GitTree(tree.git_dir, commit + "^")
        except subprocess.CalledProcessError:
            continue
        for page in fundus_pages(old, only=paths):
            blob = old.git("rev-parse", f"{old.commit}:{page.key}").strip()
            if blob in seen or (page.key in current and
                                tree.git("rev-parse", f"{tree.commit}:{page.key}").strip() == blob):
                continue
            seen.add(blob)
            page.key = f"{page.key}@{old.commit[:12]}"
            page.record["commit"] = old.commit
            yield page


# goose3 ------------------------------------------------------------------- #

def goose3_pages(tree: GitTree) -> Iterator[Page]:
    """goose3: tests/data/content/test_X.html + test_X.json {url, expected: {cleaned_text, ...}}."""
    for jpath in tree.paths("tests/data/content/", ".json"):
        hpath = jpath[:-5] + ".html"
        if not tree.exists(hpath):
            continue
        case = tree.json(jpath)
        exp = case.get("expected") or {}
        body = (exp.get("cleaned_text") or "").strip()
        if len(body) < 1000:  # most cases hold only the first sentence; unit cases a tag
            continue
        raw = tree.read_optional(hpath)
        if raw is None:
            continue
        html = decode_page(raw)
        body = "\n".join(p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip())
        annotated = ["articleBody"] + (["title"] if exp.get("title") else [])
        yield Page(hpath, html, _record(body, case.get("url") or exp.get("final_url") or "", html,
                                        title=exp.get("title"), annotated=tuple(annotated),
                                        group=Path(hpath).stem[5:]))


# newspaper4k -------------------------------------------------------------- #

def newspaper4k_pages(tree: GitTree) -> Iterator[Page]:
    """newspaper4k: tests/data/html/X.html + txt/X.txt (expected text) + metadata/X.json."""
    for hpath in tree.paths("tests/data/html/", ".html"):
        stem = Path(hpath).stem
        tpath = f"tests/data/txt/{stem}.txt"
        if not tree.exists(tpath):
            continue
        body = join_paragraphs(tree.read(tpath).decode("utf-8", "replace").splitlines())
        if len(body) < 100:
            continue
        meta: dict = {}
        mpath = f"tests/data/metadata/{stem}.json"
        if tree.exists(mpath):
            meta = tree.json(mpath)  # type: ignore[assignment]
        raw = tree.read_optional(hpath)
        if raw is None:
            continue
        html = decode_page(raw)
        annotated = ["articleBody"] + [f for f, k in (("title", "title"), ("author", "authors"),
                                                       ("publish_time", "publish_date")) if k in meta]
        yield Page(hpath, html, _record(
            body, meta.get("url") or "", html, lang_hint=meta.get("language"),
            title=meta.get("title"), authors=meta.get("authors") if "authors" in meta else None,
            published=meta.get("publish_date"), annotated=tuple(annotated), group=stem))


SOURCES: dict[str, Source] = {s.name: s for s in [
    Source("fundus", "github:flairNLP/fundus (tests/resources/parser/test_data)", "MIT",
           "news pages of ~200 publishers in ~40 countries with body, title, authors and "
           "publishing date as each publisher's hand-written parser extracts them",
           fundus_pages, "tests/resources/parser/test_data/"),
    Source("fundus_history", "github:flairNLP/fundus (tests/resources/parser/test_data, history)", "MIT",
           "older pages of the fundus publishers that later test files replaced, each with the "
           "expectations of its own commit", fundus_history_pages, "tests/resources/parser/test_data/"),
    Source("goose3", "github:goose3/goose3 (tests/data/content)", "Apache-2.0",
           "older news and blog pages (2010-2016, mostly en, some zh/ar/es/...) with "
           "goose3's expected cleaned text", goose3_pages, "tests/data/content/"),
    Source("newspaper4k", "github:AndyTheFactory/newspaper4k (tests/data)", "MIT",
           "news pages in en, zh, ja, ar, es, th, ko, lv, my... with newspaper4k's expected "
           "text and metadata", newspaper4k_pages, "tests/data/txt/"),
]}


# --------------------------------------------------------------------------- #
# Writing a set
# --------------------------------------------------------------------------- #


def page_id(source: str, key: str) -> str:
    return hashlib.sha256(f"{source}:{key}".encode("utf-8")).hexdigest()


def _convert(source: Source, tree: GitTree, tmp: Path, keep: Optional[Callable[[dict], bool]],
             min_visible: float) -> tuple[dict[str, dict], list[str]]:
    truth: dict[str, dict] = {}
    hidden: list[str] = []
    for page in source.pages(tree):
        if keep and not keep(page.record):
            continue
        cover = visible_coverage(page.html, page.record["articleBody"])
        page.record["visible_coverage"] = round(cover, 3)
        if cover < min_visible:
            hidden.append(page.record.get("url") or page.key)
            continue
        pid = page_id(source.name, page.key)
        with gzip.open(tmp / "html" / f"{pid}.html.gz", "wb", compresslevel=6) as fh:
            fh.write(page.html.encode("utf-8", "surrogatepass"))
        truth[pid] = page.record
    return truth, hidden


def write_set(source: Source, tree: GitTree, out: Path, name: str,
              keep: Optional[Callable[[dict], bool]] = None, min_visible: float = MIN_VISIBLE) -> dict:
    """Convert every page of ``source`` into ``out/name``; returns the manifest."""
    dest = out / name
    tmp = out / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "html").mkdir(parents=True)
    try:
        truth, hidden = _convert(source, tree, tmp, keep, min_visible)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    langs = Counter(r.get("lang", "?") for r in truth.values())
    manifest = {
        "name": name, "source": source.project, "commit": tree.commit, "license": source.licence +
        " (repository); pages remain the publishers' copyright", "note": source.note,
        "pages": len(truth), "langs": dict(langs.most_common()),
        "with_publish_time": sum("publish_time" in r for r in truth.values()),
        "with_author": sum(bool(r.get("author")) for r in truth.values()),
        "with_title": sum("title" in r for r in truth.values()),
        "left_out_truth_not_visible": hidden,
    }
    return publish(tmp, dest, manifest)


def publish(tmp: Path, dest: Path, manifest: dict) -> dict:
    """Write ``manifest.json`` into the set built in ``tmp`` and put the set at ``dest``, replacing an
    older one in one step so that readers never see half a set; returns ``manifest``."""
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    old = dest.with_name(f".{dest.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.rename(old)
    tmp.rename(dest)
    shutil.rmtree(old, ignore_errors=True)
    return manifest



def add_to_manifest(folder: Path, manifest: dict, decisions: dict[str, str], **fields: object) -> dict:
    """Add ``fields`` and ``left_out`` (the cases a converter's ``decisions`` did not keep, grouped by
    why: case -> "kept" or a reason) to a written set's manifest and write it again; returns it."""
    left: dict[str, list[str]] = {}
    for case, why in sorted(decisions.items()):
        if why != "kept":
            left.setdefault(why, []).append(case)
    manifest.update(fields)
    manifest["left_out"] = left
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest

# --------------------------------------------------------------------------- #
# Text-dump variant of a set (what a naive scraper writes instead of HTML)
# --------------------------------------------------------------------------- #

# Elements that end a line in a dump; <p> also gets a blank line around it.
DUMP_BLOCKS = frozenset("""address article aside blockquote body caption dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section
    summary table tbody thead tfoot tr td th ul br""".split())
LINE_BREAK, PARA_BREAK = "\x02", "\x03"  # markers while walking (control characters no page keeps)
# Elements whose text a dump never holds.
DUMP_SKIP = frozenset("script style noscript template title meta link base head svg".split())


def _no_marks(text: str) -> str:
    return text.replace(LINE_BREAK, " ").replace(PARA_BREAK, " ")


def html_to_dump(html: str) -> str:
    """The page's visible text as a naive scraper dumps it: one line per block element and
    ``<br>``, a blank line around ``<p>``, nothing else removed."""
    import lxml.html  # noqa: PLC0415

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    parts: list[str] = []

    def walk(el) -> None:  # noqa: ANN001 - an lxml element
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in DUMP_SKIP:  # comments, processing instructions, skipped elements
            if el.tail:
                parts.append(_no_marks(el.tail))
            return
        brk = PARA_BREAK if tag == "p" else (LINE_BREAK if tag in DUMP_BLOCKS else "")
        parts.append(brk)
        if el.text:
            parts.append(_no_marks(el.text))
        for child in el:
            walk(child)
        parts.append(brk)
        if el.tail:
            parts.append(_no_marks(el.tail))

    walk(root)
    # whitespace in the text collapses to one space; a run of block boundaries is one line
    # break, or a blank line when a <p> is among them
    text = re.sub(r"\s+", " ", "".join(parts))
    text = re.sub(f" *(?:[{LINE_BREAK}{PARA_BREAK}] *)+",
                  lambda m: "\n\n" if PARA_BREAK in m.group() else "\n", text)
    out: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def write_text_variant(folder: Path, out: Optional[Path] = None) -> dict:
    """``<set>`` -> ``<set>_text``: text/<id>.txt dumps, the same ground truth, a manifest with how
    much of each body survives in its dump (4-token shingles)."""
    dest = out or folder.with_name(folder.name + "_text")
    tmp = dest.with_name(f".{dest.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "text").mkdir(parents=True)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    info: dict[str, dict] = {}
    try:
        for pid, rec in sorted(truth.items()):
            dump = html_to_dump(gzip.open(folder / "html" / f"{pid}.html.gz").read().decode("utf-8", "replace"))
            (tmp / "text" / f"{pid}.txt").write_text(dump, encoding="utf-8")
            info[pid] = {"chars": len(dump), "lines": dump.count("\n"),
                         "gt_recall_in_text": round(visible_coverage(f"<p>{_escape(dump)}</p>", rec["articleBody"]), 3)}
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    (tmp / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    recall = [i["gt_recall_in_text"] for i in info.values()]
    manifest = {"name": dest.name, "derived_from": folder.name, "pages": len(truth),
                "method": "bench/devset.py text: lxml parse; script/style/noscript/template/head dropped; one line "
                          "per block element and <br>; blank line around <p>; whitespace collapsed",
                "mean_gt_recall_in_text": round(sum(recall) / max(1, len(recall)), 4),
                "pages_gt_recall_below_0.9": sum(r < 0.9 for r in recall), "page_info": info}
    publish(tmp, dest, manifest)
    return {k: v for k, v in manifest.items() if k != "page_info"}


def print_built(manifest: dict, folder: Path, text: bool = False, leave: tuple[str, ...] = ("left_out",)) -> None:
    """Print a converter's manifest (its keys in ``leave`` left out) and, with ``text``, write and print
    the text-dump variant of the set built in ``folder``: the last step of every converter's ``main``."""
    print(json.dumps({k: v for k, v in manifest.items() if k not in leave}, ensure_ascii=False, indent=1))
    if text:
        print(json.dumps(write_text_variant(folder), ensure_ascii=False, indent=1))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- #
# Metadata figures on a set (each page's time compared in its own UTC offset)
# --------------------------------------------------------------------------- #


def _norm_name(s: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", s).lower())


def score_metadata(folder: Path) -> dict[str, Counter]:
    """newsclean's published time and authors against the set's truth, per language.

    The time counts as right to the day / minute when it falls on the truth's
    day / minute seen in the truth's own UTC offset (``publish_time_iso``); the
    authors when the set of normalised names equals the truth's ``authors``.
    """
    sys.path.insert(0, str(ROOT))
    import newsclean  # noqa: PLC0415 - only this subcommand needs the library

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    cleaner = newsclean.Cleaner()
    out: dict[str, Counter] = {}
    for pid, rec in sorted(truth.items()):
        page = gzip.open(folder / "html" / f"{pid}.html.gz").read()
        art = cleaner.clean(page, rec.get("url") or None)
        for group in ("all", rec.get("lang") or "?"):
            c = out.setdefault(group, Counter())
            iso = rec.get("publish_time_iso") or ""
            if "T" in iso:
                want = datetime.fromisoformat(iso)
                # (a naive time is the page's wall clock: compared with the truth's own)
                aware = art.published is not None and art.published.tzinfo is not None
                got = art.published.astimezone(want.tzinfo) if aware and want.tzinfo else art.published
                c["time_n"] += 1
                c["day_ok"] += bool(got and got.date() == want.date())
                c["minute_ok"] += bool(got and got.date() == want.date()
                                       and (got.hour, got.minute) == (want.hour, want.minute))
            if rec.get("authors"):
                c["auth_n"] += 1
                want_names = {_norm_name(a) for a in rec["authors"]}
                got_names = {_norm_name(a) for a in art.authors}
                c["auth_ok"] += want_names == got_names
                c["auth_any"] += bool(want_names & got_names)
    return out


def print_metadata(name: str, scores: dict[str, Counter]) -> None:
    def pct(a: int, b: int) -> str:
        return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"
    print(f"| {name} | language | pages with time | day | minute | pages with authors | authors exact | any name |")
    print("|---|---|---|---|---|---|---|---|")
    for group, c in sorted(scores.items(), key=lambda kv: (kv[0] != "all", -kv[1]["time_n"])):
        print(f"| | {group} | {c['time_n']} | {pct(c['day_ok'], c['time_n'])} | {pct(c['minute_ok'], c['time_n'])} "
              f"| {c['auth_n']} | {pct(c['auth_ok'], c['auth_n'])} | {pct(c['auth_any'], c['auth_n'])} |")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="a source name (see 'list'), or 'list'")
    ap.add_argument("git_dir", nargs="?", help="bare git directory of the source project (meta: a set)")
    ap.add_argument("more", nargs="*", help=argparse.SUPPRESS)
    ap.add_argument("--rev", default="HEAD", help="commit to read (default HEAD)")
    ap.add_argument("--out", type=Path, default=None,
                    help="output root (default ../devsets; for text: beside each set)")
    ap.add_argument("--name", help="set name (default: the source name)")
    ap.add_argument("--langs", help="keep only these languages, comma-separated (e.g. de,fr)")
    ap.add_argument("--exclude-langs", help="drop these languages, comma-separated")
    ap.add_argument("--min-visible", type=float, default=MIN_VISIBLE,
                    help="leave out pages whose truth has less than this share of its shingles in the "
                         "visible text (default %(default)s; 0 keeps all)")
    args = ap.parse_args(argv)
    if args.source == "meta":  # python bench/devset.py meta ../devsets/fundus [more sets]
        for folder in [args.git_dir, *args.more]:
            print_metadata(Path(folder).name, score_metadata(Path(folder)))
        return 0
    if args.source == "text":  # python bench/devset.py text ../devsets/fundus [--out DIR] -> DIR/fundus_text
        for folder in [args.git_dir, *args.more]:
            dest = args.out / f"{Path(folder).name}_text" if args.out else None
            print(json.dumps(write_text_variant(Path(folder), dest), ensure_ascii=False, indent=1))
        return 0
    if args.source == "list":
        for s in SOURCES.values():
            print(f"{s.name:12} {s.licence:11} {s.project}\n{'':12} {s.note}")
        return 0
    if args.source not in SOURCES or not args.git_dir:
        ap.error(f"give a source ({', '.join(SOURCES)}) and its git directory")
    source = SOURCES[args.source]
    tree = GitTree(Path(args.git_dir), args.rev)
    if not tree.paths(source.marker):
        ap.error(f"{args.git_dir} has no {source.marker}: not a {source.name} tree")
    only = set(args.langs.split(",")) if args.langs else None
    without = set(args.exclude_langs.split(",")) if args.exclude_langs else set()

    def keep(rec: dict) -> bool:
        lang = rec.get("lang")
        return (only is None or lang in only) and lang not in without

    manifest = write_set(source, tree, args.out or DEFAULT_OUT, args.name or source.name, keep, args.min_visible)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
