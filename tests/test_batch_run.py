"""Batch runs: one line per record, faults cost one record, resume, the output folder, the CLI."""
from __future__ import annotations

import json
import os

import pytest

from newsclean.batch import BatchError, CleanerSpec, Fields, clean_records, run
from newsclean.batch.faults import EXIT, HANG, RAISE
from newsclean.batch.output import JOURNAL_FILE, OutDir, ShardWriter
from newsclean.batch.pool import PagePool
from newsclean.batch.records import Task
from newsclean.batch.synth import records, write_folder, write_jsonl, write_warc
from newsclean.cli import main

FAULTS = CleanerSpec(plugins=("newsclean.batch.faults",))


def output_lines(outdir) -> list[dict]:
    """Every output line, checked to be whole JSON lines."""
    lines = []
    for name in sorted(os.listdir(outdir)):
        if name.endswith(".jsonl") and name != JOURNAL_FILE:
            data = open(os.path.join(outdir, name), "rb").read()
            assert data.endswith(b"\n")
            lines += [json.loads(line) for line in data.splitlines()]
    return lines


# -- the pool ---------------------------------------------------------------------

def _page_task(n: int, body: str) -> Task:
    html = f"<html><body><article><p>{body}</p></article></body></html>".encode()
    return Task((0, n), "page", html, f"t:{n}", f"p{n}")


def test_pool_isolates_hangs_crashes_and_raises():
    text = "A calm page about the new tram line and its timetable, with enough words. " * 3
    kinds = {1: HANG, 3: EXIT, 5: RAISE}
    with PagePool(FAULTS, Fields(), jobs=2, timeout=6.0, max_pages=4) as pool:
        for n in range(9):
            pool.submit(_page_task(n, kinds.get(n, "") + " " + text))
        got = {o.key[1]: o for o in pool.drain()}
        assert sorted(got) == list(range(9))
        stages = {n: o.stage for n, o in got.items() if not o.ok}
        assert stages == {1: "timeout", 3: "worker-crash", 5: "clean"}
        for n, stage in stages.items():
            rec = json.loads(got[n].line)
            assert rec["id"] == f"p{n}" and rec["stage"] == stage and rec["input"] == f"t:{n}"
        assert pool.stats.timeouts == 1 and pool.stats.crashed == 1
        # (how often workers are recycled here depends on timing; see the test below)


def test_pool_recycles_workers_after_max_pages():
    text = "A calm page about the new tram line and its timetable, with enough words. " * 3
    with PagePool(FAULTS, Fields(), jobs=1, timeout=60.0, max_pages=2) as pool:
        for n in range(5):
            pool.submit(_page_task(n, text))
        got = sorted(o.key[1] for o in pool.drain() if o.ok)
    assert got == list(range(5))
    # a fresh worker after every 2 pages (2 + 2 + 1); the last retired one may still be exiting
    assert pool.stats.started == 3 and pool.stats.recycled >= 1 and pool.stats.crashed == 0


def test_pool_recycles_on_memory_and_stops_when_workers_cannot_start():
    with PagePool(CleanerSpec(), Fields(), jobs=1, max_rss_mb=1) as pool:
        for n in range(4):
            pool.submit(_page_task(n, "Short page text for the memory limit test, nothing more."))
        assert len(pool.drain()) == 4
        # each worker is retired after its first answer (it still finishes the task it holds)
        assert pool.stats.started >= 2 and pool.stats.recycled >= 1 and pool.stats.peak_rss_kb > 1024
    with PagePool(CleanerSpec(plugins=("no_such_module_for_newsclean",)), Fields(), jobs=1) as pool:
        pool.submit(_page_task(0, "x"))
        with pytest.raises(BatchError, match="cannot start.*no_such_module"):
            pool.drain()


# -- a run --------------------------------------------------------------------------

def test_run_writes_one_line_per_record_and_a_manifest(tmp_path):
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(str(src), 60, malformed=6, faults={10: HANG, 20: EXIT, 30: RAISE})
    out = tmp_path / "out"
    res = run([src], out, jobs=2, shard_size=25, timeout=6.0, cleaner=FAULTS, max_pages_per_worker=20)
    lines = output_lines(out)
    assert len(lines) == 66 == res.read == res.ok + res.errors
    assert len({str(r["id"]) for r in lines}) == 66
    assert set(ids) <= {r["id"] for r in lines}
    assert res.errors_by_stage == {"read": 6, "timeout": 1, "worker-crash": 1, "clean": 1}
    # output keeps input order, records are articles or error records
    assert [r["id"] for r in lines if str(r["id"]).startswith("doc-")] == ids
    art = next(r for r in lines if r["id"] == "doc-000001")
    assert {"title", "text", "paragraphs", "removed", "url"} <= set(art)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["total"]["read"] == 66
    (inp,) = manifest["inputs"]
    assert inp["read"] == inp["ok"] + inp["errors"] == 66
    assert inp["files"] == ["00-in-00000.jsonl", "00-in-00001.jsonl", "00-in-00002.jsonl"]
    assert manifest["last_run"]["workers"]["recycled"] >= 1
    assert not [n for n in os.listdir(out) if ".partial" in n]


def test_run_reads_warc_and_folders_together(tmp_path):
    pytest.importorskip("warcio")
    write_warc(str(tmp_path / "crawl.warc.gz"), 12)
    write_folder(str(tmp_path / "pages"), 7)
    res = run([tmp_path / "crawl.warc.gz", tmp_path / "pages"], tmp_path / "out", jobs=2, progress=False)
    assert [i["read"] for i in res.inputs] == [13, 7]
    assert res.inputs[0]["skipped"] == {"request": 12}
    assert res.errors_by_stage == {"decode": 1}  # the image response
    assert len(output_lines(tmp_path / "out")) == 20


def test_finished_job_resumed_does_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 12)
    out = tmp_path / "out"
    run([src], out, jobs=1, shard_size=5)
    before = {n: os.stat(out / n).st_mtime_ns for n in os.listdir(out)}
    again = run([src], out, jobs=1, shard_size=5, resume=True)
    assert again.nothing_to_do and again.read == 12 and again.run_records == 0
    assert {n: os.stat(out / n).st_mtime_ns for n in os.listdir(out)} == before
    with pytest.raises(BatchError, match="--resume"):
        run([src], out, jobs=1, shard_size=5)
    with pytest.raises(BatchError, match="--shard-size differs from the job's: 6 given, 5"):
        run([src], out, jobs=1, shard_size=6, resume=True)
    with pytest.raises(BatchError, match="cleaner settings differ from"):
        run([src], out, cleaner=CleanerSpec(disable=("spam",)), resume=True)


def test_resume_redoes_exactly_the_unfinished_shards(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 30, malformed=2)
    out = tmp_path / "out"
    first = run([src], out, jobs=1, shard_size=8)
    want = output_lines(out)
    # what a kill -9 can leave behind: a partial shard, a shard renamed without its
    # journal line, a half-written journal line, no manifest
    os.remove(out / "manifest.json")
    os.remove(out / "00-in-00002.jsonl")
    (out / "00-in-00002.jsonl.partial.host-1-abc").write_bytes(b'{"id": "doc-0000')
    journal = (out / JOURNAL_FILE).read_bytes().splitlines(keepends=True)
    (out / JOURNAL_FILE).write_bytes(b"".join(journal[:2]) + journal[3][:20])  # shard 3 unjournaled, half line
    second = run([src], out, jobs=1, shard_size=8, resume=True)
    assert second.run_records == 8  # only shard 2 was cleaned again
    assert output_lines(out) == want
    assert (second.read, second.ok, second.errors) == (first.read, first.ok, first.errors) == (32, 30, 2)
    assert not [n for n in os.listdir(out) if ".partial" in n]
    entries = [json.loads(line) for line in (out / JOURNAL_FILE).read_bytes().splitlines()]
    assert sorted((e["shard"]) for e in entries) == [0, 1, 2, 3]


def test_output_folder_must_be_empty_or_hold_the_job(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 3)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(BatchError, match="not empty"):
        run([src], out)
    with pytest.raises(BatchError, match="in use"):
        other = OutDir(str(tmp_path / "busy"))
        other.prepare({"inputs": []}, False)
        OutDir(str(tmp_path / "busy")).prepare({"inputs": []}, True)
    other.close()
    killed_early = tmp_path / "early"
    killed_early.mkdir()
    (killed_early / "job.json.partial.99").write_text("{")  # killed while writing job.json
    assert run([src], killed_early, jobs=1, resume=True).read == 3


def test_shard_writer_orders_lines_and_rejects_doubles(tmp_path):
    w = ShardWriter(str(tmp_path), 0, "00-x", 1, 10, 3)
    w.put(12, b'{"id": 12}\n', True, None)
    w.put(10, b'{"id": 10}\n', False, "read")
    assert not w.complete
    with pytest.raises(BatchError):
        w.put(10, b'{"id": 10}\n', True, None)
    w.put(11, b'{"id": 11}\n', True, None)
    assert w.complete
    entry = w.commit()
    assert entry["read"] == 3 and entry["ok"] == 2 and entry["stages"] == {"read": 1}
    assert (tmp_path / "00-x-00001.jsonl").read_bytes() == b'{"id": 10}\n{"id": 11}\n{"id": 12}\n'
    assert OutDir(str(tmp_path)).file("job.json").endswith("job.json")


# -- library helpers and the command ------------------------------------------------

def test_clean_records_yields_one_record_per_input():
    recs = list(records(6)) + [{"id": "bad"}]
    out = list(clean_records(recs))
    assert [r["id"] for r in out] == [r["id"] for r in recs]
    assert out[-1]["stage"] == "read" and all("error" not in r for r in out[:-1])
    lines = [json.dumps(r) for r in records(3)] + ["{not json"]
    assert [r.get("stage") for r in clean_records(lines)] == [None, None, None, "read"]


def test_clean_records_isolated_survives_a_crashing_page():
    recs = list(records(5))
    field = "html" if "html" in recs[2] else "text"
    recs[2][field] = EXIT + " " + recs[2][field]
    out = list(clean_records(recs, FAULTS, isolate=True))
    assert [r["id"] for r in out] == [r["id"] for r in recs]
    assert [r.get("stage") for r in out] == [None, None, "worker-crash", None, None]


def test_cli_batch_counts_and_errors(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    write_jsonl(str(src), 10, malformed=1)
    out = tmp_path / "out"
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--id-field", "id"]) == 0
    err = capsys.readouterr().err
    assert "11 read = 10 ok + 1 errors (read 1)" in err
    assert "\r" not in err  # no progress bar when standard error is not a terminal
    assert main(["batch", str(src), "-o", str(out), "--resume"]) == 0
    assert "nothing to do" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o2")]) == 2
    assert main(["batch", str(src), "-o", str(out)]) == 2  # exists, no --resume: a usage error
    assert "--resume" in capsys.readouterr().err
