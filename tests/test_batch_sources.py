"""Batch inputs: JSONL, WARC and folders, gzip, positions for resuming mid-file."""
from __future__ import annotations

import gzip
import json
import os
from collections import Counter

import pytest

from newsclean import InputError
from newsclean.batch.records import Fields, Task, clean_record, dumps_line
from newsclean.batch.sources import discover, read_input, scan_shards
from newsclean.batch.synth import write_folder, write_jsonl, write_warc


def _tasks(spec, start=None, skipped=None):
    return [t for t, _pos in read_input(spec, 0, start, skipped=skipped)]


# -- discovery ----------------------------------------------------------------

def test_discover_by_name_and_by_content(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": 1, "html": "<p>x</p>"}\n')
    (tmp_path / "b.warc.gz").write_bytes(b"")
    (tmp_path / "pages").mkdir()
    (tmp_path / "c.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "noext").write_bytes(gzip.compress(b'{"id": 2, "text": "hello"}\n'))
    specs = discover([str(tmp_path / n) for n in ("a.jsonl", "b.warc.gz", "pages", "c.html", "noext")])
    assert [s.format for s in specs] == ["jsonl", "warc", "files", "files", "jsonl"]
    assert [s.key for s in specs] == ["00-a", "01-b", "02-pages", "03-c", "04-noext"]
    assert len({s.key for s in specs}) == len(specs)


def test_discover_refuses_missing_and_unknown_inputs(tmp_path):
    with pytest.raises(InputError):
        discover([str(tmp_path / "missing.jsonl")])
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError):
        discover([str(tmp_path / "blob.bin")])
    assert discover([str(tmp_path / "blob.bin")], "jsonl")[0].format == "jsonl"


# -- JSONL ----------------------------------------------------------------------

def test_jsonl_skips_blank_lines_and_numbers_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"id": "a", "html": "<p>one</p>"}\n\n   \n{"id": "b", "text": "two"}\nnot json')
    tasks = _tasks(discover([str(p)])[0])
    assert [t.key for t in tasks] == [(0, 0), (0, 1), (0, 2)]
    assert [t.locator.rsplit(":", 1)[1] for t in tasks] == ["1", "4", "5"]
    assert all(t.kind == "jsonl" for t in tasks)


def test_jsonl_gzip_is_read_transparently(tmp_path):
    plain, gz = tmp_path / "p.jsonl", tmp_path / "p.jsonl.gz"
    write_jsonl(str(plain), 30, malformed=3)
    write_jsonl(str(gz), 30, malformed=3)
    a = _tasks(discover([str(plain)])[0])
    b = _tasks(discover([str(gz)])[0])
    assert len(a) == len(b) == 33
    assert [t.data for t in a] == [t.data for t in b]


def test_truncated_gzip_ends_in_one_read_error(tmp_path):
    whole = gzip.compress(b"".join(json.dumps({"id": i, "text": "x" * 2000}).encode() + b"\n"
                                   for i in range(50)))
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(whole[: len(whole) // 2])
    tasks = _tasks(discover([str(p)])[0])
    assert tasks[-1].kind == "error" and tasks[-1].stage == "read"
    assert all(t.kind == "jsonl" for t in tasks[:-1])
    err = json.loads(tasks[-1].data)
    assert err["stage"] == "read" and err["id"] == err["input"]


@pytest.mark.parametrize("name", ["s.jsonl", "s.jsonl.gz"])
def test_jsonl_shards_resume_at_their_start(tmp_path, name):
    p = tmp_path / name
    write_jsonl(str(p), 45, malformed=4)
    spec = discover([str(p)])[0]
    full = _tasks(spec)
    shards, n = scan_shards(spec, 0, 10)
    assert n == len(full) == 49
    assert [s.size for s in shards] == [10, 10, 10, 10, 9]
    for s in shards:
        got = _tasks(spec, s.start)[: s.size]
        assert got == full[s.start.ordinal: s.start.ordinal + s.size]


# -- folders --------------------------------------------------------------------

def test_folder_is_searched_recursively_in_path_order(tmp_path):
    root = tmp_path / "site"
    ids = write_folder(str(root), 12, gzip_share=0.4)
    (root / "part0" / "style.css").write_text("body{}")
    (root / "part1" / "logo.png").write_bytes(b"\x89PNG")
    spec = discover([str(root)])[0]
    tasks = _tasks(spec)
    assert sorted(ids) == [t.id for t in tasks]
    assert [t.id for t in tasks] == sorted(t.id for t in tasks)
    for t in tasks:
        assert t.input_kind == ("text" if ".txt" in t.id else "html")  # the loader is told, not left to sniff
        assert not t.data.startswith(b"\x1f\x8b")  # .gz files are decompressed
    shards, n = scan_shards(spec, 0, 5)
    assert n == 12 and [s.start.ordinal for s in shards] == [0, 5, 10]
    assert _tasks(spec, shards[1].start)[0] == tasks[5]


def test_single_page_file_uses_its_name_as_id(tmp_path):
    p = tmp_path / "one.htm"
    p.write_text("<html><body><p>Only page.</p></body></html>", encoding="utf-8")
    (t,) = _tasks(discover([str(p)])[0])
    assert t.id == str(p) and t.kind == "page"


# -- WARC -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["c.warc", "c.warc.gz"])
def test_warc_responses_are_records_and_other_records_are_skipped(tmp_path, name):
    pytest.importorskip("warcio")
    p = tmp_path / name
    ids = write_warc(str(p), 25)
    spec = discover([str(p)])[0]
    skipped: Counter[str] = Counter()
    tasks = _tasks(spec, skipped=skipped)
    assert [t.id for t in tasks] == ids  # 25 pages and 2 image responses
    assert skipped == {"request": 25}
    images = [t for t in tasks if t.kind == "error"]
    assert len(images) == 2 and all(json.loads(t.data)["stage"] == "decode" for t in images)
    pages = [t for t in tasks if t.kind == "page"]
    assert all(t.url.startswith("https://") and t.encoding == "utf-8" for t in pages)
    assert {t.input_kind for t in pages} == {"html"}  # text/html: the loader is told
    assert all(b"<html" in t.data for t in pages)
    shards, n = scan_shards(spec, 0, 7)
    assert n == 27
    for s in shards:
        got = _tasks(spec, s.start)[: s.size]
        assert [t.id for t in got] == [t.id for t in tasks[s.start.ordinal: s.start.ordinal + s.size]]


def test_broken_warc_ends_in_one_read_error(tmp_path):
    pytest.importorskip("warcio")
    p = tmp_path / "bad.warc"
    write_warc(str(p), 3, extra_records=False)
    data = p.read_bytes()
    p.write_bytes(data + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    tasks = _tasks(discover([str(p)])[0])
    assert [t.kind for t in tasks[:3]] == ["page"] * 3
    assert len(tasks) == 4 and tasks[3].stage == "read"


# -- records ------------------------------------------------------------------------

def test_clean_record_uses_html_or_text_and_configured_fields():
    from newsclean import Cleaner

    cleaner = Cleaner()
    body = "<html><body><article><p>" + "The harbour reopened after repairs, officials said. " * 4 + \
        "</p></article></body></html>"
    out = clean_record(cleaner, {"id": "x1", "url": "https://a.example/1", "html": body})
    assert out["id"] == "x1" and out["url"] == "https://a.example/1" and "harbour" in out["text"]
    assert "error" not in out
    out = clean_record(cleaner, {"key": 7, "body": "A line of text.\nAnother line of text."},
                       Fields(id="key", text="body"))
    assert out["id"] == 7 and out["input_kind"] == "text"
    out = clean_record(cleaner, {"id": "y"}, locator="f.jsonl:3")
    assert out["stage"] == "read" and out["error"] == "BadRecord"
    out = clean_record(cleaner, {"html": ""}, locator="f.jsonl:4")
    assert out["id"] == "f.jsonl:4" and out["stage"] == "decode" and out["code"] == "empty"


def test_dumps_line_is_one_valid_line_even_with_lone_surrogates():
    line = dumps_line({"id": "s", "text": "a\ud800b\nc\u2028d"})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["text"] == "a\ud800b\nc\u2028d"
    assert Task((0, 0), "page", b"", "x")._replace(id="z").id == "z"


def test_synthetic_pages_are_varied(tmp_path):
    p = tmp_path / "v.jsonl"
    write_jsonl(str(p), 40)
    recs = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
    langs = Counter("zh" if "/zh/" in r["url"] else "en" for r in recs)
    assert langs["zh"] >= 10 and langs["en"] >= 10
    assert any("text" in r for r in recs) and any("html" in r for r in recs)
    assert len({len(r.get("html") or r.get("text")) for r in recs}) > 30
    assert os.path.getsize(p) > 40 * 1500
