"""Synthetic news pages (Chinese and English, HTML and text dumps) for tests and benchmarks.

The pages are made up from small word lists, deterministically from a seed:
a title, a date/source/byline line, a share bar, body paragraphs, a related
list, an editor line and a footer, in varied markup. They exercise the batch
machinery with realistic sizes; they are not a gold set for extraction.

    python -m newsclean.batch.synth pages.jsonl 2000 --malformed 20
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import zlib
from typing import Any, Iterator

__all__ = ["make_record", "records", "write_jsonl", "write_folder", "write_warc", "gzip_member_starts",
           "corrupt_gzip_member", "MALFORMED", "malformed_line"]

_ZH_PLACES = ["江城", "海州", "云岭", "北湾", "青石镇", "南塘", "西川", "东港", "河口", "山阳"]
_ZH_ORGS = ["市交通局", "区教育委员会", "省气象台", "市农业农村局", "科技园管委会", "县医院",
            "市场监管部门", "文化旅游中心", "港口集团", "图书馆"]
_ZH_ACTS = ["发布了", "启动了", "完成了", "宣布推进", "召开会议部署", "公布了", "试点开展", "总结了"]
_ZH_TOPICS = ["新一轮道路改造计划", "夏季防汛工作方案", "社区养老服务项目", "中小学课后服务安排",
              "农产品冷链物流建设", "老旧小区加装电梯工作", "公共图书馆夜间开放", "新能源公交线路",
              "乡村旅游季活动", "食品安全抽检结果"]
_ZH_DETAILS = ["预计年内惠及居民约{n}万人", "相关负责人表示将分阶段实施", "首批{n}个点位已投入使用",
               "市民可通过热线电话反映意见", "项目总投资约{n}亿元", "各区将在本月底前完成摸底",
               "专家认为这有助于改善出行体验", "活动将持续到{m}月中旬", "部分路段将实行临时交通管制",
               "工作人员提醒大家合理安排时间"]
_ZH_NAMES = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"]
_ZH_SOURCES = ["江城日报", "海州晚报", "云岭新闻网", "北湾广播电视台", "南塘在线"]

_EN_PLACES = ["Riverton", "Maple Bay", "Northfield", "Cedar Falls", "Port Ellis", "Greywater",
              "Ashford", "Lakemont", "Stonebridge", "Westhaven"]
_EN_ORGS = ["the city council", "the regional transit board", "the county health office",
            "the state weather service", "the local school district", "the harbour authority",
            "the public library", "a community housing trust", "the parks department", "the university"]
_EN_ACTS = ["announced", "approved", "launched", "completed", "postponed", "outlined", "reviewed", "expanded"]
_EN_TOPICS = ["a plan to resurface the main bridge", "new evening bus routes", "a flood preparedness program",
              "free summer reading workshops", "a pilot for electric school buses", "changes to parking rules",
              "a survey of street trees", "an upgrade of the water treatment plant", "a farmers market season",
              "a review of emergency response times"]
_EN_DETAILS = ["officials said the work would take about {n} weeks", "residents can comment until the end of the month",
               "the project is expected to cost {n} million dollars", "the first phase begins in month {m}",
               "a spokesperson said more details would follow", "about {n} households are affected",
               "critics asked for a longer consultation", "the decision passed by a narrow vote",
               "volunteers will help run the early sessions", "the board will report back in the autumn"]
_EN_NAMES = ["Alex Morgan", "Priya Shah", "Daniel Okafor", "Mei Lin", "Tom Becker", "Sara Novak", "Luis Ortega"]
_EN_SOURCES = ["The Riverton Courier", "Maple Bay Post", "Northfield Daily", "Harbour Herald", "Valley Times"]

#: Lines of a JSONL file that are not good records (each yields one ``read`` error record);
#: ``{k}`` is replaced by the bad line's number, so ids stay unique.
MALFORMED = [
    '{{"id": "broken-{k}", "html": "<p>cut off',
    "this is not json ({k})",
    "[{k}, 2, 3]",
    '{{"id": "no-page-{k}", "title": "no page field"}}',
    '{{"url": "http://example.invalid/{k}", "html": 42}}',
    "{{'single': 'quotes', 'n': {k}}}",
    '{{"id": "trailing-comma-{k}", "html": "<p>x</p>",}}',
    "\udcff\udcfe binary junk {k}",
]


def malformed_line(k: int) -> bytes:
    """Bad line number ``k`` (0-based) of a synthetic JSONL file."""
    return MALFORMED[k % len(MALFORMED)].format(k=k).encode("utf-8", "surrogateescape") + b"\n"


def _zh_sentence(rng: random.Random) -> str:
    detail = rng.choice(_ZH_DETAILS).format(n=rng.randint(2, 90), m=rng.randint(1, 12))
    return f"{rng.choice(_ZH_PLACES)}{rng.choice(_ZH_ORGS)}{rng.choice(_ZH_ACTS)}{rng.choice(_ZH_TOPICS)}，{detail}。"


def _en_sentence(rng: random.Random) -> str:
    detail = rng.choice(_EN_DETAILS).format(n=rng.randint(2, 90), m=rng.randint(1, 12))
    s = (f"{rng.choice(_EN_PLACES)}: {rng.choice(_EN_ORGS)} {rng.choice(_EN_ACTS)} "
         f"{rng.choice(_EN_TOPICS)}, and {detail}.")
    return s[0].upper() + s[1:]


def _parts(rng: random.Random, lang: str) -> dict[str, Any]:
    zh = lang == "zh"
    sent = _zh_sentence if zh else _en_sentence
    paras = ["".join(sent(rng) for _ in range(rng.randint(2, 5))) if zh
             else " ".join(sent(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(4, 14))]
    y, mo, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    if zh:
        title = f"{rng.choice(_ZH_PLACES)}{rng.choice(_ZH_ORGS)}{rng.choice(_ZH_ACTS)}{rng.choice(_ZH_TOPICS)}"
        return {"lang": "zh-CN", "title": title, "paras": paras, "site": rng.choice(_ZH_SOURCES),
                "date": f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}", "source": f"来源：{rng.choice(_ZH_SOURCES)}",
                "byline": f"记者 {rng.choice(_ZH_NAMES)}", "share": "分享到：微信 微博 QQ空间 复制链接",
                "related_head": "相关新闻", "related": [_zh_sentence(rng)[:24] for _ in range(rng.randint(3, 8))],
                "editor": f"责任编辑：{rng.choice(_ZH_NAMES)}", "nav": ["首页", "新闻", "财经", "体育", "科技", "图片"],
                "footer": "版权所有 未经授权禁止转载 联系我们 关于我们"}
    title = f"{rng.choice(_EN_PLACES)}: {rng.choice(_EN_ORGS)} {rng.choice(_EN_ACTS)} {rng.choice(_EN_TOPICS)}"
    return {"lang": "en", "title": title[0].upper() + title[1:], "paras": paras, "site": rng.choice(_EN_SOURCES),
            "date": f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}", "source": f"Source: {rng.choice(_EN_SOURCES)}",
            "byline": f"By {rng.choice(_EN_NAMES)}", "share": "Share: Facebook Twitter Email Print",
            "related_head": "Related stories", "related": [_en_sentence(rng)[:60] for _ in range(rng.randint(3, 8))],
            "editor": f"Edited by {rng.choice(_EN_NAMES)}", "nav": ["Home", "News", "Sport", "Business", "Opinion"],
            "footer": "Copyright. All rights reserved. Contact us. Privacy policy."}


def _html(rng: random.Random, p: dict[str, Any]) -> str:
    wrap = rng.choice([("div", "article"), ("article", "post"), ("div", "content"), ("section", "story-body")])
    nav = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(p["nav"]))
    body = "\n".join(f"<p>{t}</p>" for t in p["paras"])
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(p["related"]))
    return (f'<!DOCTYPE html>\n<html lang="{p["lang"]}"><head><meta charset="utf-8">'
            f'<title>{p["title"]} - {p["site"]}</title>'
            f'<meta property="og:title" content="{p["title"]}"></head>\n<body>'
            f'<div class="header"><ul class="nav">{nav}</ul></div>\n'
            f'<div class="main"><{wrap[0]} class="{wrap[1]}"><h1>{p["title"]}</h1>\n'
            f'<div class="info"><span class="time">{p["date"]}</span> <span class="source">{p["source"]}</span> '
            f'<span class="author">{p["byline"]}</span></div>\n'
            f'<div class="share">{p["share"]}</div>\n<div class="text">{body}</div>\n'
            f'<p class="editor">{p["editor"]}</p></{wrap[0]}>\n'
            f'<div class="related"><h3>{p["related_head"]}</h3><ul>{related}</ul></div></div>\n'
            f'<div class="footer"><p>{p["footer"]}</p></div></body></html>\n')


def _text(p: dict[str, Any]) -> str:
    lines = [" ".join(p["nav"]), p["title"], f'{p["date"]} {p["source"]} {p["byline"]}', p["share"], ""]
    lines += [t + "\n" for t in p["paras"]]
    lines += [p["editor"], p["related_head"], *p["related"], p["footer"]]
    return "\n".join(lines) + "\n"


def make_record(n: int, seed: int = 0, text_share: float = 0.2) -> dict[str, Any]:
    """Record ``n`` of a synthetic set: ``id``, ``url`` and ``html`` (or ``text`` for a dump)."""
    rng = random.Random(f"{seed}:{n}")
    lang = "zh" if rng.random() < 0.5 else "en"
    p = _parts(rng, lang)
    rec: dict[str, Any] = {"id": f"doc-{n:06d}", "url": f"https://news{n % 7}.example.com/{lang}/{n}.html"}
    if rng.random() < text_share:
        rec["text"] = _text(p)
    else:
        rec["html"] = _html(rng, p)
    return rec


def records(count: int, seed: int = 0, text_share: float = 0.2) -> Iterator[dict[str, Any]]:
    for n in range(count):
        yield make_record(n, seed, text_share)


def write_jsonl(path: str, count: int, *, malformed: int = 0, seed: int = 0, faults: dict[int, str] | None = None,
                text_share: float = 0.2) -> list[str]:
    """Write ``count`` records plus ``malformed`` bad lines spread through the file; returns the good ids.

    ``faults`` maps a record number to a :mod:`newsclean.batch.faults` marker put in its page.
    """
    bad_at = {round((k + 1) * count / (malformed + 1)) for k in range(malformed)} if malformed else set()
    opener = gzip.open if path.endswith(".gz") else open
    ids = []
    written_bad = 0
    with opener(path, "wb") as f:
        for n, rec in enumerate(records(count, seed, text_share)):
            if n in bad_at:
                f.write(malformed_line(written_bad))
                written_bad += 1
            if faults and n in faults:
                field = "html" if "html" in rec else "text"
                rec[field] = rec[field].replace("</h1>", f"</h1><p>{faults[n]}</p>", 1) if field == "html" \
                    else faults[n] + "\n" + rec[field]
            f.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
            ids.append(rec["id"])
        while written_bad < malformed:
            f.write(malformed_line(written_bad))
            written_bad += 1
    return ids


def write_folder(root: str, count: int, *, seed: int = 0, text_share: float = 0.2,
                 gzip_share: float = 0.0) -> list[str]:
    """Write pages as files in nested folders; returns their relative paths (the ids)."""
    ids = []
    for n, rec in enumerate(records(count, seed, text_share)):
        sub = os.path.join(root, f"part{n % 3}", f"{n % 5}")
        os.makedirs(sub, exist_ok=True)
        is_text = "text" in rec
        name = f"{n:06d}.{'txt' if is_text else 'html'}"
        data = (rec.get("html") or rec.get("text") or "").encode("utf-8")
        if gzip_share and random.Random(n).random() < gzip_share:
            name += ".gz"
            data = gzip.compress(data)
        with open(os.path.join(sub, name), "wb") as f:
            f.write(data)
        ids.append(f"part{n % 3}/{n % 5}/{name}")
    return ids


def write_warc(path: str, count: int, *, seed: int = 0, extra_records: bool = True) -> list[str]:
    """Write a WARC (gzipped per record when ``path`` ends in .gz) of HTML responses.

    With ``extra_records`` each response is preceded by its request record, and
    every tenth page comes with an image response. Returns the response record ids.
    """
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.endswith(".gz"))
        for n, rec in enumerate(records(count, seed, text_share=0.0)):
            url = rec["url"]
            if extra_records:
                req = writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                writer.write_record(req)
            body = rec["html"].encode("utf-8")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            resp = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http)
            writer.write_record(resp)
            ids.append(resp.rec_headers.get_header("WARC-Record-ID"))
            if extra_records and n % 10 == 9:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                r = writer.create_warc_record(url + ".png", "response", payload=BytesIO(b"\x89PNG\r\n..."),
                                              http_headers=img)
                writer.write_record(r)
                ids.append(r.rec_headers.get_header("WARC-Record-ID"))
    return ids


def gzip_member_starts(data: bytes) -> list[int]:
    """Where each gzip member of ``data`` starts, found by decompressing the members in turn.

    Scanning for the gzip magic bytes ``1f 8b 08`` is not enough: compressed data holds them
    by chance (one synthetic WARC in a few hundred, since warcio's record ids and dates are
    random). Raises ``ValueError`` when a member is damaged or incomplete.
    """
    starts: list[int] = []
    pos = 0
    while pos < len(data):
        starts.append(pos)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            d.decompress(data[pos:])
        except zlib.error as e:
            raise ValueError(f"the gzip member at byte {pos} is damaged: {e}") from None
        if not d.eof:
            raise ValueError(f"the gzip member at byte {pos} is incomplete")
        pos = len(data) - len(d.unused_data)
    return starts


def corrupt_gzip_member(path: str, *members: int, size: int = 40) -> None:
    """Damage ``size`` bytes in the middle of each of the given gzip members of a file (not the last)."""
    with open(path, "rb") as f:
        data = bytearray(f.read())
    starts = gzip_member_starts(bytes(data))
    for k in members:
        mid = (starts[k] + starts[k + 1]) // 2
        data[mid:mid + size] = bytes(b ^ 0x5A for b in data[mid:mid + size])
    with open(path, "wb") as f:
        f.write(bytes(data))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="output .jsonl[.gz] file, .warc[.gz] file, or folder")
    ap.add_argument("count", type=int)
    ap.add_argument("--malformed", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folder", action="store_true", help="write a folder of page files")
    args = ap.parse_args(argv)
    if args.folder:
        write_folder(args.path, args.count, seed=args.seed)
    elif ".warc" in args.path:
        write_warc(args.path, args.count, seed=args.seed)
    else:
        write_jsonl(args.path, args.count, malformed=args.malformed, seed=args.seed)


if __name__ == "__main__":
    main()
