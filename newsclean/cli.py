"""The ``newsclean`` command.

    newsclean clean FILE|- [FILE ...] [--url URL] [--format json|text|markdown]
    newsclean explain FILE|- [--url URL]
    newsclean plugins

Feature modules add their own subcommands: each module listed in
``COMMAND_MODULES`` defines ``register_cli(subparsers)``, adding a parser
whose ``func`` default takes the parsed arguments and returns an exit code.
A feature module that cannot be imported because an optional dependency is
missing still gets its command, which says which extra to install; a module
of newsclean's own that is missing is an error. Bad input prints one line on
stderr and exits with 2; no traceback.
"""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import re
import sys
from typing import Any, Sequence

from . import __version__
from .article import Article
from .errors import InputError, NewscleanError
from .options import CAPTION_POLICIES, COMMENT_POLICIES, Options
from .pipeline import Cleaner

__all__ = ["main", "build_parser", "COMMAND_MODULES", "add_cleaner_args", "cleaner_from_args", "read_page",
           "kind_for_path"]

#: Modules that add subcommands (each has ``register_cli(subparsers)``).
COMMAND_MODULES = (
    "newsclean.evaluate",
    "newsclean.batch",
    "newsclean.scaffold",
    "newsclean.rules_cli",
)

#: The command each feature module adds (for the message when it cannot be imported).
COMMAND_NAMES = {"newsclean.evaluate": "eval", "newsclean.batch": "batch", "newsclean.scaffold": "new-plugin",
                 "newsclean.rules_cli": "check-rules"}
#: Optional dependencies (top-level module) -> the extra that installs them.
OPTIONAL_EXTRAS = {"tqdm": "batch", "warcio": "batch", "dask": "dask", "distributed": "dask", "scrapy": "scrapy"}
#: File name endings that say what a page file holds (a hint; ``--input-kind`` wins).
KIND_BY_SUFFIX = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2


def add_cleaner_args(p: argparse.ArgumentParser) -> None:
    """Options every command that builds a Cleaner accepts."""
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="disable a plugin or step by name (repeatable, or comma-separated)")
    p.add_argument("--input-kind", choices=("auto", "html", "text"), default="auto",
                   help="html or text: read every input as HTML or as a text dump. auto (default): the "
                        "context is a hint weighed against the page - a .html/.htm/.xhtml or .txt file name "
                        "(a WARC record's type or a JSONL html/text field in batch) - an HTML hint holds "
                        "unless the page has no markup, a text hint unless the page is plainly an HTML "
                        "document; without a hint the page is sniffed")
    p.add_argument("--language", help="language hint, e.g. zh or en")
    p.add_argument("--captions", choices=CAPTION_POLICIES, default="drop",
                   help="drop (default) a picture's caption, or keep its description and drop only its credit")
    p.add_argument("--comments", choices=COMMENT_POLICIES, default="drop",
                   help="drop (default) the readers' comments, keep them on the article (JSON: comments), "
                        "or append them to the text after the body too")
    p.add_argument("--encoding", help="charset of the input bytes, when known from outside the page")
    p.add_argument("--site-rules", metavar="DIR", help="folder of site rule files (ftr-site-config format)")
    p.add_argument("--plugins-dir", metavar="DIR", help="folder of .py site plugins to load")


def cleaner_from_args(args: argparse.Namespace) -> Cleaner:
    """The Cleaner the options ask for; ``--disable`` names that match nothing are
    reported on stderr."""
    disable = [d.strip() for item in args.disable for d in item.split(",") if d.strip()]
    kwargs: dict[str, Any] = {"input_kind": args.input_kind}
    if args.language:
        kwargs["language"] = args.language
    if getattr(args, "captions", None) not in (None, "drop"):
        kwargs["captions"] = args.captions
    if getattr(args, "comments", None) not in (None, "drop"):
        kwargs["comments"] = args.comments
    extra: dict[str, Any] = {}
    if getattr(args, "site_rules", None):
        extra["site_rules"] = args.site_rules
    if getattr(args, "plugins_dir", None):
        extra["plugins_dir"] = args.plugins_dir
    cleaner = Cleaner(disable=disable, **extra, **kwargs)
    for warning in cleaner.warnings:
        print(f"newsclean: warning: {warning}", file=sys.stderr)
    return cleaner


def kind_for_path(path: str, input_kind: str = "auto") -> str | None:
    """The input kind to clean FILE as: ``--input-kind`` when given, else a hint from
    the file name (``.html``/``.htm`` -> ``hint:html``, ``.txt`` -> ``hint:text``), else None (sniff)."""
    if input_kind != "auto":
        return input_kind
    kind = KIND_BY_SUFFIX.get(os.path.splitext(path)[1].lower())
    return None if kind is None else "hint:" + kind  # the loader weighs it against the page (sniff_kind)


def read_page(path: str, max_bytes: int | None = None) -> bytes:
    """The bytes of FILE, or of standard input for ``-``, never more than ``max_bytes``.

    At most ``max_bytes + 1`` bytes are read (default :attr:`Options.max_bytes`), so
    ``/dev/zero`` or an endless pipe costs bounded memory: a larger input raises
    :class:`~newsclean.InputError` ``too_large``.
    """
    limit = Options().max_bytes if max_bytes is None else max_bytes
    if path == "-":
        return _read_bounded(sys.stdin.buffer, "standard input", limit)
    if _URL.match(path) and not os.path.exists(path):
        raise InputError("unreadable", f"{path} is a URL: newsclean does not fetch pages; save the page "
                                       f"(e.g. curl -o page.html URL) and run: newsclean clean page.html --url URL")
    try:
        with open(path, "rb") as f:
            return _read_bounded(f, path, limit)
    except OSError as e:
        raise InputError("unreadable", f"cannot read {path}: {e.strerror or e}") from None


def _read_bounded(f: Any, name: str, limit: int) -> bytes:
    """At most ``limit`` bytes of the binary stream ``f``; InputError ``too_large`` past that."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = f.read(min(limit + 1 - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError("too_large", f"{name} is over max_bytes={limit}")
    return b"".join(chunks)


# -- clean ------------------------------------------------------------------

def _cmd_clean(args: argparse.Namespace) -> int:
    """Clean each FILE. One file: the article. Several: text and Markdown articles
    under a ``==> FILE <==`` line, JSON as one line per file (JSON Lines, with
    ``file``). A file that is bad input is reported on stderr and the others are
    still cleaned; the exit code is then 2."""
    cleaner = cleaner_from_args(args)
    several = len(args.file) > 1
    status = EXIT_OK
    for i, path in enumerate(args.file):
        try:
            article = cleaner.clean(read_page(path, cleaner.options.max_bytes), args.url, encoding=args.encoding,
                                    input_kind=kind_for_path(path, args.input_kind))
        except InputError as e:
            if not several:
                raise
            print(f"newsclean: error: {path}: {e}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        if args.format == "json":
            out = (json.dumps({"file": path, **article.to_dict()}, ensure_ascii=False) if several
                   else article.to_json(indent=2))
        else:
            out = article.to_markdown() if args.format == "markdown" else _as_text(article)
            if several:
                out = ("\n" if i else "") + f"==> {path} <==\n" + out
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return status


def _as_text(article: Article) -> str:
    """Title, a labelled header line (``by … | source: … | published: …``), the text."""
    head = []
    if article.title:
        head.append(article.title)
    meta = [label + value for label, value in (
        ("by ", ", ".join(article.authors)), ("source: ", article.source or ""),
        ("published: ", article.published.isoformat() if article.published else "")) if value]
    if meta:
        head.append(" | ".join(meta))
    return "\n\n".join(head + ([article.text] if article.text else []))


# -- explain ----------------------------------------------------------------

def _cmd_explain(args: argparse.Namespace) -> int:
    from .explain import render_explanation

    cleaner = cleaner_from_args(args)
    page = read_page(args.file, cleaner.options.max_bytes)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    sys.stdout.write(render_explanation(cleaner, page, args.url, encoding=args.encoding,
                                        input_kind=kind_for_path(args.file, args.input_kind),
                                        color=color, width=args.width))
    return EXIT_OK


# -- plugins ----------------------------------------------------------------

def _cmd_plugins(args: argparse.Namespace) -> int:
    cleaner = cleaner_from_args(args)
    for info in cleaner.plugin_info():
        state = " (disabled)" if info.disabled else (" (BROKEN)" if info.error else "")
        dom = f"  domains: {', '.join(info.domains)}" if info.domains else ""
        fails = f"  failures: {info.failures}" if info.failures else ""
        print(f"{info.name} {info.version or '-'} [{info.origin}]{state}{dom}{fails}")
        if info.replaced:
            print(f"    replaces the {info.replaced} plugin of that name")
        if info.error:
            print(f"    error: {info.error}")
        for s in info.steps:
            where = f" domains={','.join(s.domains)}" if s.domains else ""
            kinds = "/".join(s.input_kinds)
            print(f"    {s.stage:<6} {s.order:>4}  {s.qualname:<28} {s.kind or '-':<12} {kinds}{where}")
    return EXIT_OK


# -- main -------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsclean", description="Turn scraped news pages into clean articles.")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log plugin warnings to stderr")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("clean", help="clean pages and print the articles")
    p.add_argument("file", metavar="FILE", nargs="+",
                   help="page files (HTML or text; .html/.htm/.txt say which), or - for standard input")
    p.add_argument("--url", help="the page's URL (selects site plugins and rules)")
    p.add_argument("--format", choices=("json", "text", "markdown"), default="text")
    add_cleaner_args(p)
    p.set_defaults(func=_cmd_clean)

    p = sub.add_parser("explain", help="show every block of a page: kept, or removed by which plugin and why")
    p.add_argument("file", metavar="FILE", help="page file, or - for standard input")
    p.add_argument("--url")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--width", type=int, default=0, help="cut lines to this width (default: terminal width)")
    add_cleaner_args(p)
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("plugins", help="list plugins, their steps and order")
    add_cleaner_args(p)
    p.set_defaults(func=_cmd_plugins)

    for modname in COMMAND_MODULES:
        try:
            mod = importlib.import_module(modname)
        except ImportError as e:
            missing = (e.name or "").split(".")[0]
            if not missing or missing == "newsclean":
                raise  # a module of our own is missing: a broken install, not an option
            _missing_dependency_command(sub, modname, missing)
            continue
        register = getattr(mod, "register_cli", None)
        if register is not None:
            register(sub)
    return ap


def _missing_dependency_command(sub: Any, modname: str, missing: str) -> None:
    """A stand-in command that says which extra installs what the feature needs."""
    name = COMMAND_NAMES.get(modname, modname.rsplit(".", 1)[-1])
    extra = OPTIONAL_EXTRAS.get(missing)
    how = f"pip install 'newsclean[{extra}]'" if extra else f"pip install {missing}"
    message = f"the {name} command needs {missing}, which is not installed: {how}"
    p = sub.add_parser(name, help=f"(not available: {how})", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)

    def unavailable(args: argparse.Namespace) -> int:
        print(f"newsclean: error: {message}", file=sys.stderr)
        return EXIT_FAIL

    p.set_defaults(func=unavailable)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.verbose else logging.ERROR,
                        format="newsclean: %(levelname)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.func(args) or 0)
    except InputError as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except NewscleanError as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return EXIT_FAIL
    except ModuleNotFoundError as e:  # an optional dependency a feature imports when used
        missing = (e.name or "").split(".")[0]
        if missing not in OPTIONAL_EXTRAS:
            raise
        print(f"newsclean: error: {args.command} needs {missing}, which is not installed: "
              f"pip install 'newsclean[{OPTIONAL_EXTRAS[missing]}]'", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
