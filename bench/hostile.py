#!/usr/bin/env python3
"""Hostile corpus: run newsclean.clean on dozens of malicious or broken inputs.

Each input is generated and cleaned in its own subprocess, with a time limit
and an address-space cap; the table shows the outcome (an article, or the
documented InputError code), the seconds spent in ``clean()`` alone and the
peak resident memory of the cleaning (the generation's peak is reset first
where Linux allows). Sizes grow with ``--scale``.

    python bench/hostile.py                    # the whole corpus, scale 1
    python bench/hostile.py --scale 2 --timeout 60
    python bench/hostile.py --only deep,attr   # names containing either word
    python bench/hostile.py --list

Exit status 1 when any input crashes (anything but an Article or InputError),
times out or is killed; 0 otherwise. Outcomes are not timed assertions: read
the seconds column.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods. ")
ZH = "新建的步行桥周六上午正式开放，中午之前已有数百名市民走过。工程师说，这座桥在洪水期间也能保持通行。"


def page(body: str) -> str:
    return f"<html><head><title>Footbridge</title></head><body><p>{STORY}</p>{body}<p>{ZH}</p></body></html>"


def _rand(n: int, lo: int = 0, hi: int = 256) -> bytes:
    rnd = random.Random(n * 7 + lo)
    return rnd.randbytes(n) if (lo, hi) == (0, 256) else bytes(rnd.randrange(lo, hi) for _ in range(n))


def _gzip_zeros(n: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"<p>" + b"a" * (MB - 3)
    parts = [c.compress(chunk) for _ in range(n // MB)]
    return b"".join(parts) + c.flush()


def _bomb(levels: int) -> str:
    ents = '<!ENTITY e0 "lol">' + "".join(f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, levels))
    return f'<?xml version="1.0"?><!DOCTYPE b [{ents}]>' + page(f"<p>&e{levels - 1};</p>")


def _lxml_deep(n: int) -> Any:
    import lxml.etree as etree
    import lxml.html

    root = lxml.html.Element("html")
    el = etree.SubElement(root, "body")
    for _ in range(n):
        el = etree.SubElement(el, "div")
    el.text = STORY
    return root


def _soup_deep(n: int) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(page("<div>" * n + STORY + "</div>" * n), "lxml")


def corpus(s: float) -> dict[str, Callable[[], Any]]:
    """name -> a function making the input at scale ``s``."""
    k = lambda n: max(1, int(n * s))  # noqa: E731
    return {
        # not pages
        "empty bytes": lambda: b"",
        "whitespace 10MB": lambda: b" \n\t" * k(3_500_000),
        "NUL bytes 1MB": lambda: b"\x00" * k(MB),
        "random bytes 5MB": lambda: _rand(k(5 * MB)),
        "random high bytes 1MB": lambda: _rand(k(MB), 128, 256),
        "PDF 5MB": lambda: b"%PDF-1.7\n" + _rand(k(5 * MB)),
        "PNG 5MB": lambda: b"\x89PNG\r\n\x1a\n" + _rand(k(5 * MB)),
        "ZIP 5MB": lambda: b"PK\x03\x04" + _rand(k(5 * MB)),
        "UTF-16 BOM + binary": lambda: b"\xff\xfe" + _rand(k(2 * MB)),
        "gzip bomb 1GB": lambda: _gzip_zeros(k(1024 * MB)),
        "gzip of gzip": lambda: gzip.compress(gzip.compress(page("").encode())),
        "corrupt gzip": lambda: b"\x1f\x8b\x08\x00" + _rand(k(MB)),
        "over max_bytes (80MB)": lambda: b"<p>" + b"x" * k(80 * MB),
        "wrong type (dict)": lambda: {"html": page("")},
        # depth
        "deep div x100k": lambda: page("<div>" * k(100_000) + STORY + "</div>" * k(100_000)),
        "deep div x1M unclosed": lambda: page("<div>" * k(1_000_000) + STORY),
        "deep span x1M with text": lambda: page("".join(f"<span>w{i} " for i in range(k(1_000_000)))),
        "deep table x100k": lambda: page("<table><tr><td>" * k(100_000) + STORY),
        "deep ul/li x200k": lambda: page("<ul><li>item " * k(200_000)),
        "deep b/i misnested x300k": lambda: page("<b><i>x</b>" * k(300_000)),
        "lxml tree 20k deep": lambda: _lxml_deep(k(20_000)),
        "soup 50k deep": lambda: _soup_deep(k(50_000)),
        # size
        "text node 60MB": lambda: page("<p>" + "word " * k(12 * MB) + "</p>"),
        "CJK paragraph 20MB": lambda: page("<p>" + ZH * k(400_000) + "</p>"),
        "attribute 60MB": lambda: page('<p title="' + "a" * k(60 * MB) + '">x</p>'),
        "class attr 30MB spaced": lambda: page('<p class="' + "a b " * k(7_500_000) + '">x</p>'),
        "class attr 30MB single-quoted <>\"": lambda: page("<p class='" + 'a"<> ' * k(6 * MB) + "'>x</p>"),
        "100k attributes": lambda: page("<p " + " ".join(f"a{i}=v" for i in range(k(100_000))) + ">x</p>"),
        "100k attributes quoted >": lambda: page("<p " + " ".join(f'a{i}=">"' for i in range(k(100_000))) + ">x</p>"),
        "tag name 10MB": lambda: page("<" + "x" * k(10 * MB) + ">y</x>"),
        "attribute name 10MB": lambda: page("<p " + "x" * k(10 * MB) + "=1>y</p>"),
        # counts
        "1M sibling <p>": lambda: page("<p>item</p>" * k(1_000_000)),
        "2M sibling <span>": lambda: page("<span>x</span>" * k(2_000_000)),
        "2M <br>": lambda: page("line<br>" * k(2_000_000)),
        "1M links": lambda: page("".join(f'<a href="/a/{i}">link {i}</a> ' for i in range(k(1_000_000)))),
        "100k <h1> and <title>": lambda: page("<title>t</title><h1>Footbridge opens</h1>" * k(100_000)),
        "200k share widgets": lambda: page('<div class="share">Share on Weibo</div>' * k(200_000)),
        "100k spam lines": lambda: page("<p>德州扑克外挂 有挂 透视辅助 加微信</p>" * k(100_000)),
        "100k date lines": lambda: page("<p>2025-09-08 00:41:55 来源：某报</p>" * k(100_000)),
        "100k byline lines": lambda: page("<p>作者：张三 责任编辑：李四</p>" * k(100_000)),
        "table 10k x 100 huge spans": lambda: page(
            "<table>" + ("<tr>" + '<td colspan="1000000" rowspan="1000000">c</td>' * 100 + "</tr>") * k(10_000) + "</table>"),
        # markup oddities
        "billion laughs (20 levels)": lambda: _bomb(20),
        "external entity + DTD": lambda: ('<?xml version="1.0"?><!DOCTYPE p SYSTEM "file:///etc/passwd" '
                                          '[<!ENTITY x SYSTEM "file:///etc/passwd">]>' + page("<p>&x;</p>")),
        "100k DOCTYPE subsets unterminated": lambda: "<!DOCTYPE x [" * k(100_000) + page(""),
        "1M unclosed comments": lambda: page("<!-- " * k(1_000_000)),
        "1M PIs": lambda: page("<?x y?>" * k(1_000_000)),
        "CDATA 30MB": lambda: page("<![CDATA[" + "c" * k(30 * MB) + "]]>"),
        "30M '<'": lambda: page("<" * k(30 * MB)),
        "script 30MB unclosed": lambda: page("<script>" + "var a=1;" * k(4 * MB)),
        "10M entity refs": lambda: page("<p>" + "&amp;&#x41;&#99999999999;&bogus;" * k(1_000_000) + "</p>"),
        "1M meta charset": lambda: '<meta charset="gbk">' * k(1_000_000) + page(""),
        # charsets
        "GBK 20MB declared utf-8": lambda: ('<meta charset="utf-8">' + page("<p>" + ZH * k(200_000) + "</p>")).encode("gbk"),
        "UTF-8 20MB declared gb2312": lambda: ('<meta charset="gb2312">' + page("<p>" + ZH * k(200_000) + "</p>")).encode(),
        "UTF-16 20MB no BOM": lambda: page("<p>" + STORY * k(50_000) + "</p>").encode("utf-16-le"),
        "UTF-7 declared": lambda: b'<meta charset="utf-7">' + page("+ADw-script+AD4-alert(1)+ADw-/script+AD4-").encode(),
        "broken UTF-8 10MB": lambda: (page(ZH * 10).encode() + _rand(k(10 * MB))),
        "lone surrogates str 10MB": lambda: page("<p>" + "a\ud800b\udfff" * k(2_500_000) + "</p>"),
        # text dumps
        "dump one line 60MB": lambda: "Title\n\n" + STORY * k(300_000),
        "dump 5M short lines": lambda: "line\n" * k(5_000_000),
        "dump 5M blank lines": lambda: "Title\n" + "\n" * k(5_000_000) + STORY,
        "dump mixed newlines 5MB": lambda: ("a\r\nb\rc\n\u2028d\x0ce\x0bf" * k(500_000)),
        "dump 1M CJK lines": lambda: (ZH + "\n") * k(1_000_000),
    }


# ---------------------------------------------------------------------------
# child: generate one input, clean it, report
# ---------------------------------------------------------------------------

def _rss_mb(field: str) -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def run_one(name: str, scale: float, mem_limit_mb: int) -> dict[str, Any]:
    if mem_limit_mb:
        limit = mem_limit_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path.insert(0, str(ROOT))
    import newsclean

    cleaner = newsclean.Cleaner()
    cleaner.clean("<p>warm up</p>")
    page_ = corpus(scale)[name]()
    size = len(page_) if isinstance(page_, (bytes, str)) else None
    reset = _reset_peak()
    base = _rss_mb("VmRSS")
    t = time.perf_counter()
    try:
        art = cleaner.clean(page_)
        outcome = f"article {len(art.text)} chars"
        if not art.text:
            outcome = "empty article"
        notes = art.notes
    except newsclean.InputError as e:
        outcome = f"InputError {e.code}"
        notes = [str(e)]
    except MemoryError:
        outcome = "CRASH MemoryError"
        notes = []
    except BaseException as e:  # noqa: BLE001 - the point is to see every failure
        outcome = f"CRASH {type(e).__name__}: {str(e)[:80]}"
        notes = []
    seconds = time.perf_counter() - t
    peak = _rss_mb("VmHWM")
    return {"name": name, "size": size, "outcome": outcome, "seconds": seconds,
            "peak_mb": peak, "base_mb": base, "peak_reset": reset, "notes": notes[:3]}


# ---------------------------------------------------------------------------
# parent: one subprocess per input
# ---------------------------------------------------------------------------

def _fmt_size(n: int | None) -> str:
    if n is None:
        return "object"
    return f"{n / MB:.1f} MB" if n >= 100_000 else f"{n} B"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply input sizes (default 1)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per input, generation included")
    ap.add_argument("--mem", type=int, default=4096, help="address-space cap per input in MB (0: none)")
    ap.add_argument("--only", default="", help="comma-separated words; run inputs whose name contains one")
    ap.add_argument("--list", action="store_true", help="list the inputs and exit")
    ap.add_argument("--notes", action="store_true", help="also print the first note of each article")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.scale, args.mem)))
        return 0
    names = list(corpus(args.scale))
    if args.only:
        words = [w.strip().lower() for w in args.only.split(",") if w.strip()]
        names = [n for n in names if any(w in n.lower() for w in words)]
    if args.list:
        print("\n".join(names))
        return 0
    bad = 0
    print(f"{'input':<36} {'size':>9}  {'outcome':<28} {'seconds':>8} {'peak MB':>8}")
    print("-" * 95)
    total = time.perf_counter()
    for name in names:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", name, "--scale", str(args.scale),
               "--mem", str(args.mem)]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            bad += 1
            print(f"{name:<36} {'':>9}  {'TIMEOUT':<28} {'>' + str(int(args.timeout)):>8} {'':>8}", flush=True)
            continue
        line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        try:
            res = json.loads(line)
        except ValueError:
            bad += 1
            why = f"killed (signal {-r.returncode})" if r.returncode < 0 else f"CRASH exit {r.returncode}"
            err = r.stderr.strip().splitlines()[-1:] or [""]
            print(f"{name:<36} {'':>9}  {why:<28} {'':>8} {'':>8}  {err[0][:60]}", flush=True)
            continue
        if res["outcome"].startswith("CRASH"):
            bad += 1
        peak = f"{res['peak_mb']:.0f}" + ("" if res["peak_reset"] else "*")
        print(f"{name:<36} {_fmt_size(res['size']):>9}  {res['outcome']:<28} {res['seconds']:>8.2f} {peak:>8}",
              flush=True)
        if args.notes and res["notes"]:
            print(f"{'':<38}{res['notes'][0][:100]}")
    print("-" * 95)
    print(f"{len(names)} inputs, {bad} crashed/timed out/killed; {time.perf_counter() - total:.0f} s in all"
          + ("" if sys.platform.startswith("linux") else "  (* peak includes generating the input)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
