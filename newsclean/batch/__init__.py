"""Batch cleaning that loses nothing: JSONL, WARC and folders, many processes, or Dask.

>>> from newsclean.batch import run                          # doctest: +SKIP
>>> result = run(["pages.jsonl.gz", "crawl.warc.gz"], "out/", jobs=4)
>>> result.read == result.ok + result.errors
True

Every input record yields exactly one line in the JSONL files under the
output folder: the article (``{"id": ..., **Article.to_dict()}``) or an error
record (``id``, ``error``, ``message``, ``stage``, ``input``). A job killed at
any moment is finished by running it again with ``resume=True``. See
``docs/batch.md``.

Public API: :func:`run`, :class:`BatchResult`, :class:`BatchError` (and
:class:`OutputError`, an unusable output folder),
:class:`CleanerSpec`, :class:`Fields`, :func:`clean_records`, and
:func:`register_cli` (the ``newsclean batch`` command). Optional
dependencies (tqdm, warcio, dask) are imported only when used.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..errors import InputError
from .api import BatchResult, clean_records, default_jobs, run
from .output import OutputError
from .pool import BatchError
from .records import STAGES, CleanerSpec, Fields
from .settings import SettingsConflict

__all__ = ["run", "BatchResult", "BatchError", "OutputError", "CleanerSpec", "Fields", "clean_records", "STAGES",
           "register_cli"]


#: Options of ``newsclean batch`` that a resumed job takes from its ``job.json`` when left out.
_SAVED = ("jobs", "engine", "scheduler", "input_format", "timeout", "max_pages_per_worker", "max_worker_memory",
          "shard_size", "plugin", "disable", "input_kind", "language", "captions", "comments", "encoding",
          "site_rules",
          "plugins_dir", "id_field", "url_field", "html_field", "text_field")


def register_cli(subparsers: Any) -> None:
    """Add the ``batch`` subcommand to the ``newsclean`` command."""
    from ..cli import add_cleaner_args

    p = subparsers.add_parser(
        "batch", help="clean many pages (JSONL, WARC, folders) into JSONL files, crash-safe",
        description="Clean every record of the inputs into JSONL files under OUTDIR: one line per "
                    "record, the article or an error record. Kill it at any moment and finish with "
                    "--resume (the job's inputs and options are saved: give them again only to change "
                    "the engine, workers or time limit).")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="JSONL, WARC or page files (gzipped or not), or folders of .html/.htm/.txt pages "
                        "(with --resume: default the job's own)")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    p.add_argument("-j", "--jobs", type=int, help=f"worker processes (default: usable CPUs, here {default_jobs()})")
    p.add_argument("--resume", action="store_true",
                   help="finish an interrupted job in OUTDIR, with the inputs and options it was started with")
    p.add_argument("--engine", choices=("local", "dask"),
                   help="local worker processes (default), or Dask (a LocalCluster unless --scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--format", dest="input_format", choices=("auto", "jsonl", "warc", "files"),
                   help="input format (default: from the file name, then the content)")
    p.add_argument("--timeout", type=float,
                   help="seconds one page may take before its worker is killed (default 30)")
    p.add_argument("--max-pages-per-worker", type=int, metavar="N",
                   help="replace a worker after N pages, bounding its memory (0: never; default 2000)")
    p.add_argument("--max-worker-memory", type=float, metavar="MB",
                   help="replace a worker once its resident memory passes MB")
    p.add_argument("--shard-size", type=int, metavar="N",
                   help="records per output file, the unit of crash recovery (default 1000)")
    p.add_argument("--plugin", action="append", metavar="MODULE",
                   help="import MODULE (or MODULE:ATTR) in each worker and register it as a plugin")
    for name in ("id", "url", "html", "text"):
        p.add_argument(f"--{name}-field", metavar="NAME",
                       help=f"JSONL field holding the record's {name} (default {name!r})")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on standard error (default: when it is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="do not print the summary")
    add_cleaner_args(p)
    # "not given" must be told from a default, so that --resume can use the job's own settings
    p.set_defaults(func=_cmd_batch, **{name: None for name in _SAVED})


def _given_cleaner(args: argparse.Namespace) -> dict[str, Any]:
    """The CleanerSpec fields given on the command line (and only those)."""
    given: dict[str, Any] = {}
    if args.plugin is not None:
        given["plugins"] = tuple(args.plugin)
    if args.disable is not None:
        given["disable"] = tuple(d.strip() for item in args.disable for d in item.split(",") if d.strip())
    for name in ("site_rules", "plugins_dir", "encoding"):
        if getattr(args, name) is not None:
            given[name] = getattr(args, name)
    options: dict[str, Any] = {}
    if args.input_kind is not None:  # "auto" is the default, given explicitly: no input_kind option
        options["input_kind"] = None if args.input_kind == "auto" else args.input_kind
    if args.language:
        options["language"] = args.language
    if args.captions is not None:  # "drop" is the default, given explicitly: no captions option
        options["captions"] = None if args.captions == "drop" else args.captions
    if args.comments is not None:  # likewise
        options["comments"] = None if args.comments == "drop" else args.comments
    if options:
        given["options"] = options
    return given


def _cmd_batch(args: argparse.Namespace) -> int:
    from .output import OutDir
    from .settings import overlay_cleaner, overlay_fields

    if not args.inputs and not args.resume:
        print("newsclean: error: give at least one INPUT (only --resume may leave them out)", file=sys.stderr)
        return 2
    stored = None
    if args.resume:
        try:
            stored = OutDir(args.output).read_job() if os.path.isdir(args.output) else None
        except OutputError as e:
            print(f"newsclean: error: {e}", file=sys.stderr)
            return 2
    spec = overlay_cleaner(stored, _given_cleaner(args))
    fields = overlay_fields(stored, {name: getattr(args, f"{name}_field") for name in ("id", "url", "html", "text")
                                     if getattr(args, f"{name}_field") is not None})
    progress = {"auto": None, "always": True, "never": False}[args.progress]
    try:
        result = run(args.inputs, args.output, jobs=args.jobs, resume=args.resume, engine=args.engine,
                     scheduler=args.scheduler, cleaner=spec, fields=fields, input_format=args.input_format,
                     shard_size=args.shard_size, timeout=args.timeout,
                     max_pages_per_worker=args.max_pages_per_worker,
                     max_worker_memory_mb=args.max_worker_memory, progress=progress)
    except InputError:
        raise  # the newsclean command prints it and exits with 2
    except (OutputError, SettingsConflict) as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return 2
    except BatchError as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as e:
        print(f"newsclean: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsclean: interrupted; run the same command with --resume to finish", file=sys.stderr)
        return 130
    if not args.quiet:
        for bad in result.manifest.get("last_run", {}).get("rejected", []):
            print(f"newsclean batch: {bad['file']} {bad['reason']}: cleaned again (old file kept as "
                  f"{bad['moved_to']})", file=sys.stderr)
        print(f"newsclean batch: {result.summary()}", file=sys.stderr)
        if len(result.inputs) > 1:
            for inp in result.inputs:
                print(f"  {inp['input']}: {inp['read']} read = {inp['ok']} ok + {inp['errors']} errors",
                      file=sys.stderr)
    return 0
