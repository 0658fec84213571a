"""The batch targets: N records + 20 malformed lines -> exactly N + 20 lines with unique ids,
with one and two workers, after ``kill -9`` and ``--resume``, and through Dask.

The full 2,000 + 20 case runs once (two workers); the other variants use fewer
records to keep the suite short. ``bench/batch_bench.py --check`` runs them all
at full size.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from newsclean.batch import CleanerSpec, run
from newsclean.batch.faults import EXIT, HANG
from newsclean.batch.output import JOURNAL_FILE
from newsclean.batch.synth import write_jsonl
from newsclean.cli import main

MALFORMED = 20


def check_output(outdir, good_ids: list[str], malformed: int = MALFORMED) -> list[dict]:
    """Exactly one whole line per input record, unique ids, counts that add up."""
    lines = []
    for name in sorted(os.listdir(outdir)):
        assert ".partial" not in name
        if name.endswith(".jsonl") and name != JOURNAL_FILE:
            data = open(os.path.join(outdir, name), "rb").read()
            assert data.endswith(b"\n")
            lines += [json.loads(line) for line in data.splitlines()]
    ids = [str(r["id"]) for r in lines]
    assert len(lines) == len(good_ids) + malformed
    assert len(set(ids)) == len(ids)
    assert set(good_ids) <= set(ids)
    manifest = json.loads(open(os.path.join(outdir, "manifest.json"), encoding="utf-8").read())
    total = manifest["total"]
    assert total["read"] == len(lines) == total["ok"] + total["errors"]
    assert total["errors_by_stage"].get("read") == malformed
    return lines


def test_2020_records_with_two_workers(tmp_path, capsys):
    src = tmp_path / "news.jsonl.gz"
    ids = write_jsonl(str(src), 2000, malformed=MALFORMED)
    out = tmp_path / "out"
    assert main(["batch", str(src), "-o", str(out), "--jobs", "2"]) == 0
    assert "newsclean batch: 2020 read = " in capsys.readouterr().err
    lines = check_output(out, ids)
    assert sum(r.get("stage") == "read" for r in lines) == 20
    articles = [r for r in lines if "stage" not in r]
    assert len(articles) == 2000 and all(r["text"] for r in articles)


def test_one_worker(tmp_path):
    src = tmp_path / "news.jsonl"
    ids = write_jsonl(str(src), 300, malformed=MALFORMED, seed=1)
    res = run([src], tmp_path / "out", jobs=1, shard_size=100)
    assert res.read == res.ok + res.errors == 320
    check_output(tmp_path / "out", ids)


def _tagged_processes(tag: str) -> list[int]:
    """Processes whose environment carries ``tag`` (the CLI and its workers)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if tag.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            continue
    return found


def _finished_shards(outdir) -> int:
    if not os.path.isdir(outdir):
        return 0
    return sum(1 for n in os.listdir(outdir) if n.endswith(".jsonl") and n != JOURNAL_FILE)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills processes and reads /proc")
def test_kill_9_then_resume_loses_and_duplicates_nothing(tmp_path):
    src = tmp_path / "news.jsonl"
    ids = write_jsonl(str(src), 600, malformed=MALFORMED, seed=2)
    out = tmp_path / "out"
    tag = f"NEWSCLEAN_KILL_TEST={uuid.uuid4().hex}"
    env = dict(os.environ, NEWSCLEAN_KILL_TEST=tag.split("=")[1])
    cmd = [sys.executable, "-m", "newsclean.cli", "batch", str(src), "-o", str(out), "--jobs", "2",
           "--shard-size", "40"]
    killed = 0
    # kill -9 twice: once a little after the first shard is written, once later, mid-shard
    for attempt, (shards, extra) in enumerate([(1, 0.2), (6, 0.05)]):
        proc = subprocess.Popen(cmd + (["--resume"] if attempt else []), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while _finished_shards(out) < shards and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(extra)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait()
        # the workers die with the process that started them
        deadline = time.monotonic() + 10
        while _tagged_processes(tag.split("=")[1]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _tagged_processes(tag.split("=")[1]) == []
        for name in os.listdir(out):  # finished shards are whole
            if name.endswith(".jsonl") and name != JOURNAL_FILE:
                data = (out / name).read_bytes()
                assert data.endswith(b"\n") and all(json.loads(line) for line in data.splitlines())
    assert killed >= 1
    if not (out / "manifest.json").exists():  # the last attempt was killed too (a fast machine may finish it)
        done = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "620 read = " in done.stderr
    check_output(out, ids)
    again = subprocess.run(cmd + ["--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "nothing to do" in again.stderr


def test_dask_local_cluster_of_two_workers(tmp_path):
    pytest.importorskip("dask.distributed")
    src = tmp_path / "news.jsonl"
    ids = write_jsonl(str(src), 300, malformed=MALFORMED, seed=3, faults={50: EXIT, 150: HANG})
    out = tmp_path / "out"
    res = run([src], out, engine="dask", jobs=2, shard_size=80, timeout=3.0,
              cleaner=CleanerSpec(plugins=("newsclean.batch.faults",)))
    assert res.read == 320
    stages = res.errors_by_stage
    assert (stages["read"], stages["worker-crash"], stages["timeout"]) == (20, 1, 1)
    assert res.manifest["engine"] == "dask" and len(res.files) == 4
    lines = check_output(out, ids)
    assert {r["stage"] for r in lines if r["id"] in ("doc-000050", "doc-000150")} == {"worker-crash", "timeout"}
