"""The ``newsclean`` command.

    newsclean clean FILE|- [--url URL] [--format json|text|markdown]
    newsclean explain FILE|- [--url URL]
    newsclean plugins [--all]

Feature modules add their own subcommands: each module listed in
``COMMAND_MODULES`` defines ``register_cli(subparsers)``, adding a parser
whose ``func`` default takes the parsed arguments and returns an exit code.
Bad input prints one line on stderr and exits with 2; no traceback.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from typing import Any, Sequence

from . import __version__
from .article import Article
from .errors import InputError, NewscleanError
from .pipeline import Cleaner

__all__ = ["main", "build_parser", "COMMAND_MODULES", "add_cleaner_args", "cleaner_from_args", "read_page"]

#: Modules that add subcommands (each has ``register_cli(subparsers)``).
COMMAND_MODULES = (
    "newsclean.evaluate",
    "newsclean.batch",
    "newsclean.scaffold",
    "newsclean.siterules",
)

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2


def add_cleaner_args(p: argparse.ArgumentParser) -> None:
    """Options every command that builds a Cleaner accepts."""
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="disable a plugin or step by name (repeatable, or comma-separated)")
    p.add_argument("--input-kind", choices=("auto", "html", "text"), default="auto",
                   help="treat the input as HTML or as a text dump (default: sniff)")
    p.add_argument("--language", help="language hint, e.g. zh or en")
    p.add_argument("--encoding", help="charset of the input bytes, when known from outside the page")
    p.add_argument("--site-rules", metavar="DIR", help="folder of site rule files (ftr-site-config format)")
    p.add_argument("--plugins-dir", metavar="DIR", help="folder of .py site plugins to load")


def cleaner_from_args(args: argparse.Namespace) -> Cleaner:
    disable = [d for item in args.disable for d in item.split(",") if d.strip()]
    kwargs: dict[str, Any] = {"input_kind": args.input_kind}
    if args.language:
        kwargs["language"] = args.language
    extra: dict[str, Any] = {}
    if getattr(args, "site_rules", None):
        extra["site_rules"] = args.site_rules
    if getattr(args, "plugins_dir", None):
        extra["plugins_dir"] = args.plugins_dir
    return Cleaner(disable=disable, **extra, **kwargs)


def read_page(path: str) -> bytes:
    """The bytes of FILE, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise InputError("unreadable", f"cannot read {path}: {e.strerror or e}") from None


# -- clean ------------------------------------------------------------------

def _cmd_clean(args: argparse.Namespace) -> int:
    cleaner = cleaner_from_args(args)
    article = cleaner.clean(read_page(args.file), args.url, encoding=args.encoding)
    if args.format == "json":
        out = article.to_json(indent=2)
    elif args.format == "markdown":
        out = article.to_markdown()
    else:
        out = _as_text(article)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def _as_text(article: Article) -> str:
    head = []
    if article.title:
        head.append(article.title)
    meta = [x for x in (", ".join(article.authors), article.source,
                        article.published.isoformat() if article.published else "") if x]
    if meta:
        head.append(" | ".join(meta))
    return "\n\n".join(head + ([article.text] if article.text else []))


# -- explain ----------------------------------------------------------------

def _cmd_explain(args: argparse.Namespace) -> int:
    from .explain import render_explanation

    cleaner = cleaner_from_args(args)
    page = read_page(args.file)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                        and not os.environ.get("NO_COLOR"))
    sys.stdout.write(render_explanation(cleaner, page, args.url, encoding=args.encoding,
                                        color=color, width=args.width))
    return EXIT_OK


# -- plugins ----------------------------------------------------------------

def _cmd_plugins(args: argparse.Namespace) -> int:
    cleaner = cleaner_from_args(args)
    for info in cleaner.plugin_info():
        state = " (disabled)" if info.disabled else (" (BROKEN)" if info.error else "")
        dom = f"  domains: {', '.join(info.domains)}" if info.domains else ""
        print(f"{info.name} {info.version or '-'} [{info.origin}]{state}{dom}")
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

    p = sub.add_parser("clean", help="clean one page and print the article")
    p.add_argument("file", metavar="FILE", help="page file (HTML or text), or - for standard input")
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
            if e.name and modname.startswith(e.name):
                continue  # that feature is not in this build
            raise
        register = getattr(mod, "register_cli", None)
        if register is not None:
            register(sub)
    return ap


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
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
