"""Batch faults (issue 10.4): each costs one error line, never the job; resume checks what it keeps.

Deep JSON, shards cut or padded behind the journal's back, a corrupt WARC
member, an unusable output folder, settings saved for resume, bookkeeping
kept apart from the output, and the input kind each source tells the loader.
The conservation test puts them together with ``kill -9`` in
``test_batch_conservation.py``.
"""
from __future__ import annotations

import errno
import json
import os
from collections import Counter

import pytest

from newsclean.batch import BatchError, CleanerSpec, clean_records, run
from newsclean.batch.output import JOURNAL_FILE, META_DIR, OutDir, OutputError, check_shard
from newsclean.batch.records import MAX_JSON_DEPTH, Task, clean_task, json_too_deep, parse_json_line
from newsclean.batch.sources import discover, read_input, scan_shards
from newsclean.batch.synth import corrupt_gzip_member, gzip_member_starts, write_jsonl, write_warc
from newsclean.cli import main

PARA = "The harbour reopened after repairs, officials said on Monday, and ferries run again. "


def shard_lines(outdir) -> list[dict]:
    """Every line of every output file (``OUTDIR/*.jsonl``), each checked to be whole JSON."""
    lines = []
    for name in sorted(os.listdir(outdir)):
        if name.endswith(".jsonl"):
            data = open(os.path.join(outdir, name), "rb").read()
            assert data.endswith(b"\n")
            lines += [json.loads(line) for line in data.splitlines()]
    return lines


def deep_line(depth: int) -> bytes:
    return b'{"id": "deep", "html": ' + b"[" * depth + b"]" * depth + b"}\n"


# -- deep JSON ---------------------------------------------------------------------

def test_json_depth_is_bounded_before_parsing():
    assert not json_too_deep(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    assert json_too_deep(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    # brackets inside strings (a page's inline script) do not count, escaped quotes included
    assert not json_too_deep(json.dumps({"html": "[{" * 5000 + '\\" [[[['}).encode())
    # many flat brackets are not depth
    assert not json_too_deep(b'{"a": [' + b"[1]," * 10_000 + b"1]}")
    with pytest.raises(ValueError, match="nested deeper"):
        parse_json_line(deep_line(2000))
    assert parse_json_line(b'{"id": 1, "html": "<p>[x]</p>"}') == {"id": 1, "html": "<p>[x]</p>"}


def test_deep_json_line_is_one_read_error_everywhere(tmp_path):
    from newsclean import Cleaner

    good = json.dumps({"id": "ok", "html": f"<article><p>{PARA * 3}</p></article>"}).encode() + b"\n"
    # the worker's own parse, and the parent's (it names the record when a worker dies)
    out = clean_task(Cleaner(), Task((0, 0), "jsonl", deep_line(2000), "f.jsonl:2"), _fields())
    rec = json.loads(out.line)
    assert (out.ok, rec["stage"], rec["id"]) == (False, "read", "f.jsonl:2")
    assert "nested deeper" in rec["message"]
    lines = [good, deep_line(2000), good.replace(b'"ok"', b'"ok2"')]
    for isolate in (False, True):
        got = list(clean_records(lines, isolate=isolate))
        assert [r.get("stage") for r in got] == [None, "read", None]
    nested: list = []
    for _ in range(3000):  # a dict record that cannot even be serialised for the worker
        nested = [nested]
    got = list(clean_records([{"id": "a", "html": nested}, json.loads(good)], isolate=True))
    assert [r.get("stage") for r in got] == ["read", None]
    src = tmp_path / "deep.jsonl"
    src.write_bytes(b"".join(lines))
    res = run([src], tmp_path / "out", jobs=1)
    assert (res.read, res.ok, res.errors_by_stage) == (3, 2, {"read": 1})


def _fields():
    from newsclean.batch import Fields

    return Fields()


# -- shards checked on resume ------------------------------------------------------

def _finished_job(tmp_path, count=40, shard_size=10):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), count, malformed=2, seed=5)
    out = tmp_path / "out"
    first = run([src], out, jobs=1, shard_size=shard_size)
    return src, out, first


def test_resume_redoes_shards_cut_padded_or_unrecorded(tmp_path):
    src, out, first = _finished_job(tmp_path)
    want = shard_lines(out)
    names = sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))
    assert len(names) == 5
    os.remove(out / "manifest.json")
    cut = (out / names[0]).read_bytes()
    (out / names[0]).write_bytes(cut[: len(cut) // 2])  # journaled, cut mid-line
    padded = (out / names[1]).read_bytes()
    (out / names[1]).write_bytes(padded + padded.splitlines(keepends=True)[0] * 3)  # 3 lines too many
    same_count = (out / names[2]).read_bytes().splitlines(keepends=True)
    same_count[3], same_count[4] = same_count[4], same_count[3]  # same lines and bytes, out of order
    (out / names[2]).write_bytes(b"".join(same_count))
    # shard 3: renamed, then "killed" before its journal line: checked against its commit record
    journal = (out / JOURNAL_FILE).read_bytes().splitlines(keepends=True)
    (out / JOURNAL_FILE).write_bytes(b"".join(j for j in journal if f'"{names[3]}"'.encode() not in j))
    data3 = (out / names[3]).read_bytes()
    (out / names[3]).write_bytes(data3[:-7])  # ... and damaged since
    second = run([src], out, resume=True)
    assert second.run_records == 40  # shards 0-3 cleaned again, shard 4 kept
    assert shard_lines(out) == want
    rejected = second.manifest["last_run"]["rejected"]
    assert sorted(r["file"] for r in rejected) == names[:4]
    why = {r["file"]: r["reason"] for r in rejected}
    assert "lines" in why[names[1]] and "checksum" in why[names[2]]
    for r in rejected:  # set aside, not deleted, and out of the output glob
        assert (out / r["moved_to"]).is_file() and r["moved_to"].startswith(META_DIR + "/")
    assert (second.read, second.ok, second.errors) == (first.read, first.ok, first.errors) == (42, 40, 2)
    # a shard file without any record of its commit is not trusted either
    os.remove(out / "manifest.json")
    os.remove(out / META_DIR / "shards" / f"{names[4]}.json")
    (out / JOURNAL_FILE).write_bytes(b"".join(j for j in (out / JOURNAL_FILE).read_bytes().splitlines(
        keepends=True) if f'"{names[4]}"'.encode() not in j))
    third = run([src], out, resume=True)
    assert third.run_records == 2 and [r["file"] for r in third.manifest["last_run"]["rejected"]] == [names[4]]
    assert shard_lines(out) == want


def test_check_shard_names_the_difference(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_bytes(b'{"id": 1}\n{"id": 2}\n')
    assert check_shard(str(p), {"read": 2}) is None  # a journal line from before checksums
    assert "3" in check_shard(str(p), {"read": 3})
    p.write_bytes(b'{"id": 1}\n{"id": 2')
    assert check_shard(str(p), {"read": 2}) == "holds a broken line"


def test_legacy_journal_beside_the_shards_is_moved_and_trusted_by_its_counts(tmp_path):
    src, out, first = _finished_job(tmp_path, count=20)
    os.remove(out / "manifest.json")
    entries = [json.loads(line) for line in (out / JOURNAL_FILE).read_bytes().splitlines()]
    for e in entries:  # what an older version wrote: counts only
        for k in ("lines", "bytes", "sha256"):
            e.pop(k)
    (out / "journal.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries))
    os.remove(out / JOURNAL_FILE)
    again = run([src], out, resume=True)
    assert again.run_records == 0 and not (out / "journal.jsonl").exists()
    assert len((out / JOURNAL_FILE).read_bytes().splitlines()) == 3
    assert sorted(n for n in os.listdir(out) if n.endswith(".jsonl")) == [n for n in sorted(os.listdir(out))
                                                                     if n.startswith("00-in-")]


# -- WARC ---------------------------------------------------------------------------

def test_member_starts_are_found_by_decompressing_not_by_magic_bytes(tmp_path):
    import gzip as gz
    # stored (level 0) members carry their bytes as they are: the gzip magic inside the data
    members = [gz.compress(b"one \x1f\x8b\x08 inside", compresslevel=0), gz.compress(b"two" * 50),
               gz.compress(b"\x1f\x8b\x08" * 3, compresslevel=0)]
    data = b"".join(members)
    assert gzip_member_starts(data) == [0, len(members[0]), len(members[0]) + len(members[1])]
    assert data.count(b"\x1f\x8b\x08") > 3  # a scan for the magic would find false starts
    with pytest.raises(ValueError, match="incomplete"):
        gzip_member_starts(data[:-5])
    p = tmp_path / "three.gz"
    p.write_bytes(data)
    corrupt_gzip_member(str(p), 1, size=8)
    damaged = p.read_bytes()
    changed = [i for i in range(len(data)) if data[i] != damaged[i]]
    assert changed and len(members[0]) <= min(changed) and max(changed) < len(members[0]) + len(members[1])


@pytest.mark.parametrize("member", [0, 20, 42])
def test_corrupt_warc_member_costs_one_line_and_the_rest_is_read(tmp_path, member):
    pytest.importorskip("warcio")
    p = tmp_path / "c.warc.gz"
    write_warc(str(p), 44, extra_records=False)
    corrupt_gzip_member(str(p), member)
    spec = discover([str(p)])[0]
    full = [(t.key[1], t.kind, t.stage) for t, _ in read_input(spec, 0)]
    assert len(full) == 44
    assert [x for x in full if x[1] == "error"] == [(member, "error", "read")]
    # the planning pass of the Dask driver and every shard's own reading agree
    assert [(t.key[1], t.kind, t.stage) for t, _ in read_input(spec, 0, light=True)] == full
    shards, n = scan_shards(spec, 0, 6)
    assert n == 44
    for s in shards:
        got = [(t.key[1], t.kind, t.stage) for t, _ in read_input(spec, 0, s.start)][: s.size]
        assert got == full[s.start.ordinal: s.start.ordinal + s.size]


def test_uncompressed_warc_with_garbage_and_a_broken_length_goes_on(tmp_path, capfd):
    pytest.importorskip("warcio")
    p = tmp_path / "c.warc"
    write_warc(str(p), 30, extra_records=False)
    data = p.read_bytes()
    heads = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    junk = data[: heads[5]] + b"\x00junk\xff" * 30 + data[heads[5]:]  # between records 4 and 5
    at = junk.find(b"Content-Length:", junk.find(b"/20.html\r\n"))
    junk = junk[:at] + b"Content-Length: 4x1\r\n" + junk[junk.find(b"\r\n", at) + 2:]  # record 20's own
    p.write_bytes(junk)
    tasks = [t for t, _ in read_input(discover([str(p)])[0], 0)]
    # the junk is one error line, record 20 is one (its length cannot be trusted), the rest is read
    assert [t.key[1] for t in tasks if t.kind == "error"] == [5, 21]
    assert len(tasks) == 31 and sum(t.kind == "page" for t in tasks) == 29
    assert "junk" not in capfd.readouterr().err  # warcio's warnings do not reach the terminal


# -- the output folder and the command line -------------------------------------------

def test_output_that_is_a_file_or_unusable_is_one_line_and_exit_2(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 4)
    (tmp_path / "afile").write_text("x")
    cases = [["-o", str(tmp_path / "afile")],
             ["-o", str(tmp_path / "o1"), "--plugins-dir", str(tmp_path / "afile")],
             ["-o", str(tmp_path / "o2"), "--site-rules", str(tmp_path / "nowhere")],
             ["-o", str(tmp_path / "o3"), "--plugin", "p" * 300],
             ["-o", str(tmp_path / "o4"), "--plugin", "no_such_module_here.sub"],
             ["-o", str(tmp_path / "o5"), "--encoding", "no-such-charset"]]
    for extra in cases:
        assert main(["batch", str(src), "-q", *extra]) == 2, extra
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("newsclean: error: ") and "Traceback" not in err, err
    assert not (tmp_path / "o3").exists()  # refused before anything is written


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to a read-only folder")
def test_read_only_output_folder_is_one_line_and_exit_2(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 4)
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        assert main(["batch", str(src), "-o", str(ro / "out"), "-q"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Permission denied" in err
    finally:
        ro.chmod(0o755)


def failing_replace(after: int, code: int = errno.ENOSPC):
    """os.replace that fails (disk full, read-only) from its ``after``-th call on."""
    real = os.replace
    calls = Counter()

    def replace(a, b, *args, **kw):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(code, os.strerror(code), str(b))
        return real(a, b, *args, **kw)

    return replace


def test_output_folder_full_mid_job_is_exit_2_and_resume_finishes(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(str(src), 50, malformed=3, seed=7)
    out = tmp_path / "out"
    # job.json, then two shards (commit record + rename each): the third shard finds the disk full
    monkeypatch.setattr(os, "replace", failing_replace(5))
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--shard-size", "10"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err
    monkeypatch.undo()
    assert not [n for n in os.listdir(out) if ".partial" in n]
    assert main(["batch", "-o", str(out), "--resume", "-q"]) == 0
    lines = shard_lines(out)
    assert len(lines) == 53 and set(ids) <= {r["id"] for r in lines} and len({r["id"] for r in lines}) == 53


# -- settings saved for resume ----------------------------------------------------------

def test_resume_uses_the_saved_settings_and_refuses_only_a_real_conflict(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 30, seed=8)
    out = tmp_path / "out"
    base = ["batch", str(src), "-o", str(out), "--shard-size", "7", "--disable", "spam", "--language", "en",
            "--html-field", "html", "--timeout", "20", "--jobs", "1", "-q"]
    assert main(base) == 0
    job = json.loads((out / "job.json").read_text())
    assert job["options"]["shard_size"] == 7 and job["options"]["timeout"] == 20
    assert job["cleaner"]["disable"] == ["spam"] and job["cleaner"]["options"] == {"language": "en"}
    for shard in sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))[2:]:
        os.remove(out / shard)
    os.remove(out / "manifest.json")
    # conflicts: a different value given explicitly
    for extra, what in ((["--shard-size", "8"], "--shard-size"), (["--disable", "ads"], "cleaner"),
                        (["--language", "zh"], "cleaner"), (["--text-field", "body"], "field names"),
                        (["--input-kind", "html"], "cleaner"), (["--captions", "keep"], "cleaner")):
        assert main(["batch", "-o", str(out), "--resume", *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and what in err and "differ" in err, err
    assert main(["batch", str(tmp_path / "in.jsonl"), str(src), "-o", str(out), "--resume"]) == 2
    assert "other inputs" in capsys.readouterr().err
    # the same values again, or none at all, or a new time limit: fine
    assert main(base + ["--resume", "--timeout", "25", "--captions", "drop"]) == 0  # the default, given
    assert json.loads((out / "job.json").read_text())["options"]["timeout"] == 25  # a run setting: it wins
    os.remove(out / sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))[-1])
    os.remove(out / "manifest.json")
    assert main(["batch", "-o", str(out), "--resume"]) == 0
    assert "30 read = 30 ok" in capsys.readouterr().err
    assert json.loads((out / "job.json").read_text())["options"]["shard_size"] == 7
    res = run(None, out, resume=True)
    assert res.nothing_to_do and res.read == 30
    with pytest.raises(BatchError, match="shard-size differs"):
        run([src], out, shard_size=5, resume=True)
    with pytest.raises(BatchError, match="cleaner settings differ from"):
        run([src], out, cleaner=CleanerSpec(disable=("spam",)), resume=True)  # language left out


def test_no_input_is_refused_without_resume(tmp_path, capsys):
    assert main(["batch", "-o", str(tmp_path / "o")]) == 2
    assert "INPUT" in capsys.readouterr().err


def test_bookkeeping_is_apart_from_the_output(tmp_path):
    src, out, _ = _finished_job(tmp_path, count=20)
    top = sorted(os.listdir(out))
    assert top == [META_DIR, "00-in-00000.jsonl", "00-in-00001.jsonl", "00-in-00002.jsonl", "job.json",
                   "manifest.json"]
    assert (out / JOURNAL_FILE).is_file() and JOURNAL_FILE.startswith(META_DIR + "/")
    with pytest.raises(OutputError, match="is a file"):
        OutDir(str(out / "job.json")).prepare({"inputs": []}, False)


# -- the input kind each source tells the loader ---------------------------------------

#: An HTML page that opens with a tag-manager snippet and a script before <html>.
SNIPPET_PAGE = ('<noscript><iframe src="https://tags.example/ns.html" height="0" width="0"></iframe></noscript>\n'
                '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}'
                "</script>\n<html><head><title>Harbour reopens after repairs</title></head><body><article>"
                f"<p>{PARA * 2}</p><p>{PARA}</p></article></body></html>")


def test_sources_tell_the_loader_html_or_text(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.html").write_text(SNIPPET_PAGE)
    (folder / "b.txt").write_text("Harbour reopens\n\n" + PARA)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "j", "html": SNIPPET_PAGE}) + "\n")
    res = run([src, folder], tmp_path / "out", jobs=1)
    by_id = {r["id"]: r for r in shard_lines(tmp_path / "out")}
    assert res.read == 3
    for rid in ("j", "a.html"):
        assert by_id[rid]["input_kind"] == "html" and by_id[rid]["title"] == "Harbour reopens after repairs"
        assert "dataLayer" not in by_id[rid]["text"]
    assert by_id["b.txt"]["input_kind"] == "text"
    # the user's --input-kind still wins
    res = run([src], tmp_path / "out2", jobs=1, cleaner=CleanerSpec(options={"input_kind": "text"}))
    assert shard_lines(tmp_path / "out2")[0]["input_kind"] == "text"


# -- memory per record is bounded ---------------------------------------------------------

def test_oversized_records_are_error_lines_read_past_in_blocks(tmp_path):
    pytest.importorskip("warcio")
    from newsclean.batch.sources import line_limit, record_limit

    max_bytes = 5000
    assert record_limit({"max_bytes": max_bytes}) == max_bytes and record_limit({}) > max_bytes
    page = f"<html><body><article><p>{PARA * 3}</p></article></body></html>"
    src = tmp_path / "big.jsonl.gz"
    import gzip as gz

    huge = json.dumps({"id": "huge", "html": "x" * (line_limit(max_bytes) + 10)}).encode() + b"\n"
    small = [json.dumps({"id": f"s{k}", "html": page}).encode() + b"\n" for k in range(4)]
    src.write_bytes(gz.compress(small[0] + huge + small[1] + small[2] + huge + small[3]))
    spec = discover([str(src)])[0]
    tasks = [(t, p) for t, p in read_input(spec, 0, max_bytes=max_bytes)]
    kinds = [(t.key[1], t.kind, t.stage) for t, _ in tasks]
    assert kinds == [(0, "jsonl", None), (1, "error", "read"), (2, "jsonl", None), (3, "jsonl", None),
                     (4, "error", "read"), (5, "jsonl", None)]
    rec = json.loads(tasks[1][0].data)
    assert rec["code"] == "too_large" and rec["input"].endswith(":2")
    assert [t.locator.rsplit(":", 1)[1] for t, _ in tasks] == ["1", "2", "3", "4", "5", "6"]
    again = [(t.key[1], t.kind) for t, _ in read_input(spec, 0, tasks[2][1], max_bytes=max_bytes)]
    assert again == [(k, kind) for k, kind, _ in kinds[2:]]  # a shard starting after a long line
    # a gzip bomb in a folder, and a WARC body over the limit: decode errors, the rest is read
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.html").write_text(page)
    (folder / "b.html.gz").write_bytes(gz.compress(b"<p>" + b"x" * 5_000_000 + b"</p>"))
    (folder / "c.html").write_text(page)
    got = [(t.id, t.kind, t.stage) for t, _ in read_input(discover([str(folder)])[0], 0, max_bytes=max_bytes)]
    assert got == [("a.html", "page", None), ("b.html.gz", "error", "decode"), ("c.html", "page", None)]
    warc = tmp_path / "w.warc.gz"
    write_warc(str(warc), 4, extra_records=False)
    got = [t for t, _ in read_input(discover([str(warc)])[0], 0, max_bytes=2000)]
    assert [t.kind for t in got] == ["error"] * 4 and all(b'"too_large"' in t.data for t in got)
    res = run([src, folder], tmp_path / "out", jobs=1, cleaner=CleanerSpec(options={"max_bytes": max_bytes}))
    assert (res.read, res.ok) == (9, 6) and res.errors_by_stage == {"read": 2, "decode": 1}


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_warc_cut_short_ends_in_an_error_not_a_partial_page(tmp_path, name):
    pytest.importorskip("warcio")
    p = tmp_path / name
    write_warc(str(p), 6, extra_records=False)
    p.write_bytes(p.read_bytes()[:-700])  # the last record loses its end
    tasks = [t for t, _ in read_input(discover([str(p)])[0], 0)]
    assert [t.kind for t in tasks] == ["page"] * 5 + ["error"]
    assert "cut short" in json.loads(tasks[5].data)["message"] and tasks[5].stage == "read"
