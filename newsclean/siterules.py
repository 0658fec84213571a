"""Declarative site rules in the ftr-site-config format (and optionally TOML).

A rule folder holds one file per site (see ``docs/site-rules.md``)::

    example.org.txt      pages of example.org (and www.example.org)
    .example.org.txt     pages of any subdomain of example.org
    global.txt           every page, after the site's own rules

Each line is ``directive: value`` (``#`` starts a comment; a directive may
repeat). What newsclean applies, at the tree stage and before any generic
step:

* ``title`` / ``date`` / ``author``: XPaths; the first that yields a value
  sets the field, outranking every generic and site-plugin guess;
* ``strip`` (XPath), ``strip_id_or_class`` (substring of @id or @class),
  ``strip_image_src`` (substring of an image's @src): elements removed;
* ``body``: XPaths of the article container(s); the first that matches
  becomes the whole page body, everything outside is recorded as removed,
  and the generic article locator may no longer drop inside it. A body that
  matches nothing leaves the page to generic cleaning, with a note;
* ``prune: no``: no generic step removes anything inside the body;
* ``find_string`` / ``replace_string`` and ``replace_string(find): repl``:
  text replacements on the page's markup before anything else;
* ``native_ad_clue``: an XPath; when it matches, ``extra["native_ad"]``;
* ``test_url`` / ``test_contains``: used by ``newsclean check-rules``.

Other ftr directives (``tidy``, ``parser``, ``single_page_link``,
``next_page_link``, ``http_header(...)``, login settings ...) are read and
ignored. Every removal names the rule file and line in its reason, with kind
``site-rule``.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

import lxml.etree as etree

from .blocks import drop_keep_tail, element_text
from .dates import parse_date, with_zone
from .document import Document
from .errors import PluginError
from .hookspecs import hookimpl
from .hosts import HostError, ascii_host, host_forms
from .load import parse_html
from .options import Options
from .siteplugins import body_guard_steps, element_text, replace_body
from .steps import SITE_SCORE_BONUS, Step
from .text import is_cjk, normalize_space
from .xpathguard import VISIT_BUDGET, XPathShape, estimated_visits, tree_stats, xpath_problem, xpath_shape

__all__ = ["SiteRulesPlugin", "RuleSet", "RuleFile", "Directive", "SiteConfig", "RuleXPathError", "parse_rules",
           "parse_toml_rules", "compile_rule_xpath", "RULE_KIND", "RULE_SCORE",
           "MAX_RULE_FILE_BYTES"]

log = logging.getLogger("newsclean")

#: Kind of every removal a site rule makes.
RULE_KIND = "site-rule"
#: Score of metadata read by a rule: above generic guesses and site plugins alike.
RULE_SCORE = 2 * SITE_SCORE_BONUS
#: Directives newsclean applies.
APPLIED = frozenset("title body date author strip strip_id_or_class strip_image_src prune "
                    "autodetect_on_failure find_string replace_string native_ad_clue "
                    "test_url test_contains".split())
#: Other ftr-site-config directives: read, accepted, not applied.
IGNORED = frozenset("tidy parser single_page_link single_page_link_in_feed next_page_link "
                    "if_page_contains http_header login_uri login_username_field "
                    "login_password_field login_extra_fields not_logged_in_xpath requires_login "
                    "src_lazy_load_attr skip_json_ld insert_detected_image dissolve wrap_in "
                    "move_into strip_attr footnotes".split())
XPATH_DIRECTIVES = ("title", "body", "date", "author", "strip", "native_ad_clue")
#: Directives whose value may end in `` # comment``: an XPath has no ``#`` outside its
#: quoted strings, a flag is yes/no. Other values (class names, URLs, snippets) keep ``#``.
COMMENTABLE = frozenset(XPATH_DIRECTIVES + ("prune", "autodetect_on_failure"))
#: Largest rule file read; a larger one is skipped with a problem.
MAX_RULE_FILE_BYTES = 1024 * 1024
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ARG_END = re.compile(r"\)[ \t]*:")  # the first ')' followed by ':' closes a directive's argument
#: Longest rule line and most directives per file read (a line or directive past them is a problem).
MAX_LINE_CHARS = 10_000
MAX_DIRECTIVES = 5_000
#: Most find/replace pairs applied to one page (each is a pass over the whole markup).
MAX_REPLACEMENTS = 100
_TOML_KEY = re.compile(r"[ \t]*(\[\[[ \t]*[A-Za-z0-9_-]+|[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')[ \t]*=?")
_TOML_WINDOW = 200  # lines searched for a value's line number
_YES = {"yes": True, "true": True, "1": True, "on": True, "no": False, "false": False, "0": False, "off": False}
_AUTHOR_PREFIX = re.compile(r"^\s*(?:(?:written\s+)?by\s*:?\s+|(?:作者|记者|撰稿)(?:\s*[:：/|｜]\s*|\s+)|(?:文|撰文)\s*[:：/|｜]\s*)", re.I)


# ---------------------------------------------------------------------------
# reading rule files
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Directive:
    """One ``name(arg): value`` line of a rule file."""

    name: str
    value: str
    line: int
    arg: str | None = None
    file: str = ""

    @property
    def where(self) -> str:
        """``file:line``, as removal reasons and notes show it."""
        return f"{self.file}:{self.line}"


@dataclass
class RuleFile:
    """A parsed rule file: its directives and any problems found reading it."""

    name: str
    directives: list[Directive] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, name: str) -> list[Directive]:
        return [d for d in self.directives if d.name == name]


def parse_rules(text: str, name: str = "rules.txt") -> RuleFile:
    """Parse ftr-site-config text. Unknown directives are kept and reported as problems."""
    rf = RuleFile(name)
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LINE_CHARS:
            rf.problems.append(f"{name}:{no}: line of {len(line)} characters, over {MAX_LINE_CHARS} (ignored)")
            continue
        parts = _split_line(line)
        if parts is None:
            rf.problems.append(f"{name}:{no}: not a 'directive: value' line: {line[:60]!r}")
            continue
        if len(rf.directives) >= MAX_DIRECTIVES:
            rf.problems.append(f"{name}:{no}: over {MAX_DIRECTIVES} directives: the rest of the file is ignored")
            break
        key = parts[0].lower()
        value = _strip_comment(parts[2]) if key in COMMENTABLE else parts[2]
        d = Directive(key, _unquote(value), no, parts[1], name)
        if d.name not in APPLIED and d.name not in IGNORED:
            rf.problems.append(f"{name}:{no}: unknown directive {d.name!r} (ignored)")
        rf.directives.append(d)
    return rf


def _split_line(line: str) -> tuple[str, str | None, str] | None:
    """``name(arg): value`` -> (name, arg or None, value); None when the line has no such shape.

    Linear in the line's length (a backtracking pattern was quadratic on long lines).
    """
    m = _NAME.match(line)
    if not m:
        return None
    rest = line[m.end():].lstrip(" \t")
    arg = None
    if rest.startswith("("):
        close = _ARG_END.search(rest)
        if close is None:
            return None
        arg, rest = rest[1:close.start()], rest[close.end() - 1:]
    if not rest.startswith(":"):
        return None
    value = rest[1:]
    value = value[1:] if value[:1].isspace() else value
    return m.group(), arg, value.rstrip()


def _strip_comment(value: str) -> str:
    """``value`` without a trailing `` # comment``: a ``#`` at the start or after a space or
    tab, outside '...' and "..." (XPath 1.0 literals, which have no escapes)."""
    quote = ""
    for i, ch in enumerate(value):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or value[i - 1] in " \t"):
            return value[:i].rstrip()
    return value


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'" and v.count(v[0]) == 2:
        return v[1:-1]
    return v


def parse_toml_rules(text: str, name: str = "rules.toml") -> RuleFile:
    """Parse the TOML form: ``key = "value"`` or a list, booleans for flags,
    ``[[test]] url = ...  contains = [...]``. Needs Python 3.11+ or ``tomli``."""
    try:
        import tomllib  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            rf = RuleFile(name)
            rf.problems.append(f"{name}: TOML rules need Python 3.11+ or the 'tomli' package; file skipped")
            return rf
    rf = RuleFile(name)
    try:
        data = tomllib.loads(text)
    except Exception as e:  # tomllib.TOMLDecodeError
        rf.problems.append(f"{name}: invalid TOML: {e}")
        return rf
    lines = text.splitlines()
    key_lines: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = _TOML_KEY.match(line)
        if m:
            key_lines.setdefault(m.group(1).strip("\"'"), i + 1)

    def line_of(value: str, start: int = 0) -> int:
        """The first line from ``start`` (0-based) holding ``value``, within a window (linear overall)."""
        for i in range(start, min(len(lines), start + _TOML_WINDOW)):
            if value in lines[i]:
                return i + 1
        return start + 1

    def add(d: Directive) -> bool:
        if len(rf.directives) >= MAX_DIRECTIVES:
            rf.problems.append(f"{name}: over {MAX_DIRECTIVES} directives: the rest of the file is ignored")
            return False
        rf.directives.append(d)
        return True

    for key, val in data.items():
        if key in ("test", "tests"):
            at = key_lines.get(key, 1) - 1
            for t in val if isinstance(val, list) else [val]:
                if not isinstance(t, dict) or "url" not in t:
                    rf.problems.append(f"{name}: each [[{key}]] needs a url")
                    continue
                at = line_of(str(t["url"]), at)
                if not add(Directive("test_url", str(t["url"]), at, None, name)):
                    return rf
                for snippet in _as_list(t.get("contains", [])):
                    if not add(Directive("test_contains", str(snippet), line_of(str(snippet), at - 1), None, name)):
                        return rf
            continue
        k = key.lower()
        start = key_lines.get(key, 1) - 1
        if k not in APPLIED and k not in IGNORED:
            rf.problems.append(f"{name}:{start + 1}: unknown directive {key!r} (ignored)")
        if k == "replace_string" and isinstance(val, dict):
            for find, repl in val.items():
                start = line_of(str(find), start) - 1
                if not add(Directive(k, str(repl), start + 1, str(find), name)):
                    return rf
            continue
        for v in _as_list(val):
            s = ("yes" if v else "no") if isinstance(v, bool) else str(v)
            at = line_of(s, start) if not isinstance(v, bool) else start + 1
            start = at - 1
            if not add(Directive(k, s, at, None, name)):
                return rf
    return rf


def _as_list(v: Any) -> list[Any]:
    return list(v) if isinstance(v, (list, tuple)) else [v]


@dataclass
class SiteConfig:
    """The rules that apply to one host: its own file(s), then ``global``."""

    files: list[RuleFile]

    def get(self, name: str) -> list[Directive]:
        return [d for f in self.files for d in f.get(name)]

    def flag(self, name: str, default: bool) -> tuple[bool, Directive | None]:
        for d in self.get(name):  # the site's file comes before global
            if d.value.lower() in _YES:
                return _YES[d.value.lower()], d
        return default, None

    def replacements(self) -> list[tuple[str, str, Directive]]:
        """``(find, replace, directive)``: ``replace_string(find)`` and paired find/replace lines."""
        out: list[tuple[str, str, Directive]] = []
        for f in self.files:
            finds = [d for d in f.directives if d.name == "find_string"]
            plain = [d for d in f.directives if d.name == "replace_string" and d.arg is None]
            for fd, rd in zip(finds, plain):
                out.append((fd.value, rd.value, rd))
            out.extend((d.arg, d.value, d) for d in f.directives if d.name == "replace_string" and d.arg)
        return out


class RuleSet:
    """Every rule file of a folder, looked up by host."""

    def __init__(self, files: dict[str, list[RuleFile]], folder: str = "") -> None:
        self.files = files  # key: "example.org", ".example.org" or "global"
        self.folder = folder
        self._cache: dict[str, SiteConfig | None] = {}

    @classmethod
    def load(cls, directory: "str | os.PathLike[str]") -> "RuleSet":
        """Read ``*.txt`` and ``*.toml`` rule files (not recursive).

        A file that is a link leading outside the folder, or is over
        :data:`MAX_RULE_FILE_BYTES`, is not read: it becomes a rule file with
        one problem saying why.
        """
        folder = Path(directory)
        if not folder.is_dir():
            raise PluginError(f"site rules dir {str(folder)!r} is not a folder")
        real = folder.resolve()
        files: dict[str, list[RuleFile]] = {}
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".toml") or not path.is_file():
                continue
            refused = _refusal(path, real)
            if refused:
                rf = RuleFile(path.name, problems=[f"{path.name}: {refused}: not read"])
            else:
                text = path.read_text(encoding="utf-8", errors="replace")
                rf = parse_toml_rules(text, path.name) if path.suffix == ".toml" else parse_rules(text, path.name)
            for p in rf.problems:
                log.info("site rules: %s", p)
            files.setdefault(_key(path.stem), []).append(rf)
        return cls(files, str(folder))

    @property
    def has_global(self) -> bool:
        return "global" in self.files

    def domains(self) -> list[str]:
        """The hosts the rule files name, each IDN in its ASCII and Unicode forms."""
        out: list[str] = []
        for k in sorted(self.files):
            if k == "global":
                continue
            try:
                out.extend(host_forms(k.lstrip(".")) if not k.startswith(".")
                           else ["." + f for f in host_forms(k[1:])])
            except HostError:
                out.append(k)
        return out

    def all_files(self) -> Iterator[RuleFile]:
        for key in sorted(self.files):
            yield from self.files[key]

    def for_host(self, host: str | None) -> SiteConfig | None:
        """The rules for ``host``: exact file, else the nearest ``.parent`` file; then global."""
        host = _key(host or "")
        if host in self._cache:
            return self._cache[host]
        own: list[RuleFile] = []
        if host:
            if host in self.files:
                own = self.files[host]
            else:
                labels = host.split(".")
                for i in range(1, len(labels)):
                    k = "." + ".".join(labels[i:])
                    if k in self.files:
                        own = self.files[k]
                        break
        found = own + self.files.get("global", [])
        cfg = SiteConfig(found) if found else None
        if len(self._cache) < 10_000:
            self._cache[host] = cfg
        return cfg


def _key(stem: str) -> str:
    """The lookup key of a file stem or a host: ASCII (punycode) form, no ``www.``."""
    s = stem.strip().lower().rstrip(".")
    lead = "." if s.startswith(".") else ""
    try:
        s = lead + ascii_host(s[len(lead):], strict=False)
    except HostError:
        pass  # not a host name: looked up as written (no page host will equal it)
    return s[4:] if s.startswith("www.") else s


def _refusal(path: Path, folder: Path) -> str:
    """Why a rule file is not read ('' when it is fine)."""
    try:
        if not path.resolve().is_relative_to(folder):
            return "a link that leads outside the rules folder"
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            return f"over {MAX_RULE_FILE_BYTES} bytes"
    except (OSError, RuntimeError) as e:
        return f"unreadable ({e})"
    return ""


# ---------------------------------------------------------------------------
# applying rules to a page
# ---------------------------------------------------------------------------

class RuleXPathError(ValueError):
    """A rule XPath that does not compile, or is refused as too expensive (see :mod:`newsclean.xpathguard`)."""


_XPATHS: dict[str, "tuple[etree.XPath, XPathShape] | Exception"] = {}
_STATS = "newsclean.siterules.tree_stats"  # document.state key: (elements, fan-out, depth)


def _compiled(expr: str) -> "tuple[etree.XPath, XPathShape]":
    got = _XPATHS.get(expr)
    if got is None:
        problem = xpath_problem(expr)
        if problem:
            got = RuleXPathError(problem)
        else:
            try:
                got = (etree.XPath(expr, smart_strings=False), xpath_shape(expr))
            except etree.XPathError as e:
                got = RuleXPathError(f"invalid XPath: {e}")
        if len(_XPATHS) < 20_000:
            _XPATHS[expr] = got
    if isinstance(got, Exception):
        raise got
    return got


def compile_rule_xpath(expr: str) -> "etree.XPath":
    """Compile a rule's XPath; raises :class:`RuleXPathError` when it is invalid or refused."""
    return _compiled(expr)[0]


def _evaluate(doc: Document, d: Directive) -> list[Any]:
    """The results of a rule's XPath on the page; [] with a note when it cannot be evaluated safely."""
    try:
        xp, shape = _compiled(d.value)
        if shape.scans:
            stats = doc.state.get(_STATS)
            if stats is None:
                stats = doc.state[_STATS] = tree_stats(doc.tree)
            cost = estimated_visits(shape, stats)
            if cost > VISIT_BUDGET:
                doc.note(f"site rule {d.name} ({d.where}) was not evaluated: on this page of {stats[0]} elements "
                         f"it may visit ~{cost:.2g} nodes (limit {VISIT_BUDGET:.2g})")
                return []
        res = xp(doc.tree)
    except (RuleXPathError, etree.XPathError, ValueError) as e:
        doc.note(f"site rule {d.name} ({d.where}) is not a usable XPath: {e}")
        return []
    return res if isinstance(res, list) else [res]


def _texts(results: list[Any]) -> list[str]:
    out = []
    for r in results:
        if isinstance(r, bool):
            continue
        if isinstance(r, (str, int, float)):
            t = str(r)
        elif hasattr(r, "itertext"):
            t = element_text(r)
        else:
            continue
        t = normalize_space(t)
        if t:
            out.append(t)
    return out


def _remove(el: Any) -> bool:
    """Take an element out of the tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None or not isinstance(el.tag, str) or el.tag.lower() in ("html", "head", "body"):
        return False
    drop_keep_tail(el)
    return True


class SiteRulesPlugin:
    """The plugin ``Cleaner(site_rules=DIR)`` registers under the name ``site-rules``."""

    name = "site-rules"

    def __init__(self, directory: "str | os.PathLike[str] | RuleSet") -> None:
        self.rules = directory if isinstance(directory, RuleSet) else RuleSet.load(directory)
        self.version = ""

    @hookimpl
    def newsclean_site_domains(self) -> list[str] | None:
        return None if self.rules.has_global else self.rules.domains()

    @hookimpl
    def newsclean_register_steps(self, register: Any) -> None:
        html = ("html",)
        register(Step("replace", self._replace, order=5, stage="tree", kind="", input_kinds=html,
                      description="find_string/replace_string on the page's markup"))
        register(Step("meta", self._meta, order=10, stage="tree", kind="", input_kinds=html,
                      description="title, date, author and native_ad_clue XPaths"))
        register(Step("strip", self._strip, order=20, stage="tree", kind=RULE_KIND, input_kinds=html,
                      description="strip, strip_id_or_class, strip_image_src"))
        register(Step("body", self._body, order=30, stage="tree", kind=RULE_KIND, input_kinds=html,
                      description="body XPaths: the article container(s)"))
        for step in body_guard_steps():
            register(step)

    def _config(self, doc: Document) -> SiteConfig | None:
        return self.rules.for_host(doc.site) if doc.tree is not None else None

    # -- steps -----------------------------------------------------------
    def _replace(self, doc: Document) -> None:
        cfg = self._config(doc)
        reps = cfg.replacements() if cfg else []
        if not reps:
            return
        if len(reps) > MAX_REPLACEMENTS:
            doc.note(f"site rules: {len(reps)} find/replace rules, only the first {MAX_REPLACEMENTS} applied "
                     f"({reps[MAX_REPLACEMENTS][2].where} and later skipped)")
            reps = reps[:MAX_REPLACEMENTS]
        html = etree.tostring(doc.tree, encoding="unicode", method="html")
        limit = (doc.options or Options()).max_bytes
        done = []
        for find, repl, d in reps:
            if not find or find not in html:
                continue
            grown = len(html) + html.count(find) * (len(repl) - len(find))
            if grown > limit:  # the size limit holds after every transformation
                doc.note(f"site rule replace_string ({d.where}) not applied: the page would grow to "
                         f"{grown} characters, over max_bytes={limit}")
                continue
            html = html.replace(find, repl)
            done.append(d.where)
        if done:
            doc.tree = parse_html(html, doc.options or Options())
            doc.state.pop(_STATS, None)
            doc.note(f"site rules replaced text in the page's markup ({', '.join(done)})")

    def _meta(self, doc: Document) -> None:
        cfg = self._config(doc)
        if cfg is None:
            return
        for d in cfg.get("title"):
            texts = _texts(_evaluate(doc, d))
            if texts:
                doc.meta.propose("title", texts[0], RULE_SCORE, by=d.where)
                break
        for d in cfg.get("author"):
            names = [n for n in (_AUTHOR_PREFIX.sub("", t).strip() for t in _texts(_evaluate(doc, d))) if n]
            if names:
                doc.meta.propose("authors", list(dict.fromkeys(names)), RULE_SCORE, by=d.where)
                break
        for d in cfg.get("date"):
            texts = _texts(_evaluate(doc, d))
            when = next((w for w in (_parse_date(t, doc) for t in texts) if w is not None), None)
            if when is not None:
                doc.meta.propose("published", when, RULE_SCORE, by=d.where)
                break
            if texts:
                doc.note(f"site rule date ({d.where}) matched {texts[0][:40]!r}, which is not a date")
        for d in cfg.get("native_ad_clue"):
            if _evaluate(doc, d):
                doc.extra["native_ad"] = True
                doc.note(f"site rule native_ad_clue ({d.where}) matched: the page is an advertisement")
                break

    def _strip(self, doc: Document) -> None:
        cfg = self._config(doc)
        if cfg is None:
            return
        root = doc.tree
        for d in cfg.get("strip"):
            for el in _evaluate(doc, d):
                if hasattr(el, "getparent"):
                    self._drop(doc, el, f"site rule strip {d.value!r} ({d.where}) matched it")
        for d in cfg.get("strip_id_or_class"):
            needle = d.value.strip()
            if not needle:
                continue
            hits = [el for el in root.iter() if isinstance(el.tag, str)
                    and (needle in (el.get("class") or "") or needle in (el.get("id") or ""))]
            for el in hits:
                self._drop(doc, el, f"site rule strip_id_or_class {needle!r} ({d.where}): its id or class has it")
        for d in cfg.get("strip_image_src"):
            needle = d.value.strip()
            if not needle:
                continue
            for el in [e for e in root.iter("img", "{*}img") if needle in (e.get("src") or "")]:
                self._drop(doc, el, f"site rule strip_image_src {needle!r} ({d.where}): image {el.get('src')}")

    @staticmethod
    def _drop(doc: Document, el: Any, reason: str) -> None:
        top = el
        for top in el.iterancestors():
            pass
        if top is not doc.tree:
            return  # already gone with an ancestor another rule removed
        text = element_text(el)
        if _remove(el) and (text or el.tag in ("img", "picture", "figure")):
            doc.record(RULE_KIND, reason, text)

    def _body(self, doc: Document) -> None:
        cfg = self._config(doc)
        rules = cfg.get("body") if cfg else []
        if not rules:
            return
        prune, _ = cfg.flag("prune", True)  # type: ignore[union-attr]
        for d in rules:
            found = [e for e in _evaluate(doc, d) if hasattr(e, "itertext")]
            if found and any(normalize_space("".join(e.itertext())) for e in found):
                replace_body(doc, found, kind=RULE_KIND, prune=prune,
                             reason=f"outside the site rule body {d.value!r} ({d.where})")
                return
        auto, ad = cfg.flag("autodetect_on_failure", True)  # type: ignore[union-attr]
        tried = ", ".join(d.where for d in rules)
        extra = f"; autodetect_on_failure: no ({ad.where}) is not honoured" if not auto and ad else ""
        doc.note(f"site rule body ({tried}) matched no text: the page was cleaned generically{extra}")


def _parse_date(text: str, doc: Document) -> datetime | None:
    """A rule's date text, under the pipeline's zone policy (:func:`newsclean.dates.with_zone`):
    its own zone, else China time on a Chinese page, else the caller's ``default_tz_hours``;
    with none known a time of day stays naive and a date alone is that day in UTC."""
    opts = doc.options
    zh = (doc.language or "").startswith("zh") or is_cjk(text, 0.05)
    tz = getattr(opts, "china_tz_hours", 8.0) if zh else getattr(opts, "default_tz_hours", None)
    value = parse_date(text, tz_hours=None)
    return None if value is None else with_zone(value, tz)
