"""Conservation: exactly one output line per input record, whatever happens on the way.

One job, local and through Dask, meets every batch fault of issue 10.4 at
once: a JSONL line nested 2,000 deep, malformed lines, a page that kills its
worker, a WARC with a corrupt gzip member, an output folder that turns
unwritable mid-job (exit 2), ``kill -9`` of the running command, and shard
files cut mid-line or padded while nobody was looking. After ``--resume``
(given no inputs and no options: the job's are saved) the output holds one
whole line per input record, no more, no less. Record counts are small to
keep the suite short; ``bench/batch_bench.py --check`` runs bigger ones.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from newsclean.batch.faults import EXIT
from newsclean.batch.output import META_DIR, OutDir
from newsclean.batch.synth import corrupt_gzip_member, write_jsonl, write_warc
from newsclean.cli import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills processes and reads /proc")

GOOD, MALFORMED, WARC_RECORDS, BAD_MEMBER = 80, 6, 24, 9


def make_inputs(tmp_path) -> tuple[list[str], list[str], int]:
    """The inputs, the ids that must come out as they are, and the number of input records."""
    src = tmp_path / "news.jsonl"
    ids = write_jsonl(str(src), GOOD, malformed=MALFORMED, seed=11, faults={40: EXIT})
    with open(src, "ab") as f:
        f.write(b'{"id": "deep", "html": ' + b"[" * 2000 + b"]" * 2000 + b"}\n")
    warc = tmp_path / "crawl.warc.gz"
    warc_ids = write_warc(str(warc), WARC_RECORDS, seed=12, extra_records=False)
    corrupt_gzip_member(str(warc), BAD_MEMBER)  # the real member, found by decompressing
    keep = [i for n, i in enumerate(ids) if n != 40] + [i for n, i in enumerate(warc_ids) if n != BAD_MEMBER]
    return [str(src), str(warc)], keep, GOOD + MALFORMED + 1 + WARC_RECORDS


def shard_files(out) -> list[str]:
    return sorted(n for n in os.listdir(out) if n.endswith(".jsonl")) if os.path.isdir(out) else []


def check_conserved(out, keep: list[str], records: int) -> None:
    lines = []
    for name in shard_files(out):
        data = (out / name).read_bytes()
        assert data.endswith(b"\n"), name
        lines += [json.loads(line) for line in data.splitlines()]
    assert not [n for n in os.listdir(out) if ".partial" in n]
    ids = [str(r["id"]) for r in lines]
    assert len(lines) == records  # one line per input record
    assert len(set(ids)) == len(ids)  # none twice
    assert set(keep) <= set(ids)  # every good page is there
    stages = {}
    for r in lines:
        if "error" in r:
            stages[r["stage"]] = stages.get(r["stage"], 0) + 1
    assert stages == {"read": MALFORMED + 2, "worker-crash": 1}  # malformed + deep + the WARC member
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["total"]["read"] == records == manifest["total"]["ok"] + manifest["total"]["errors"]


def _tagged(tag: str) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if tag.encode() in f.read():
                        found.append(int(pid))
            except OSError:
                continue
    return found


def kill_9_after(cmd: list[str], out, shards: int, tag: str) -> bool:
    """Start the command, ``kill -9`` it once ``shards`` output files exist; False if it finished first."""
    env = dict(os.environ, NEWSCLEAN_CONSERVATION_TEST=tag)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while len(shard_files(out)) < shards and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while _tagged(tag) and time.monotonic() < deadline:  # its workers die with it
        time.sleep(0.1)
    assert _tagged(tag) == []
    return killed


def tamper(out) -> None:
    """Cut one finished shard mid-line and pad another, as a bad disk or a stray script would."""
    names = shard_files(out)
    if names:
        data = (out / names[0]).read_bytes()
        (out / names[0]).write_bytes(data[: len(data) * 2 // 3])
    if len(names) > 1:
        data = (out / names[-1]).read_bytes()
        (out / names[-1]).write_bytes(data + data.splitlines(keepends=True)[0] * 2)


def _unwritable_after(n: int):
    """os.replace failing with EROFS from its (n+1)-th call (the output folder turned read-only)."""
    real, calls = os.replace, [0]

    def replace(a, b, *args, **kw):
        calls[0] += 1
        if calls[0] > n:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(b))
        return real(a, b, *args, **kw)

    return replace


def _journal_unwritable_after(n: int):
    real, calls = OutDir.journal, [0]

    def journal(self, entry):
        calls[0] += 1
        if calls[0] > n:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), self.file("journal"))
        return real(self, entry)

    return journal


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_one_line_per_record_through_every_fault(tmp_path, monkeypatch, capsys, engine):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    pytest.importorskip("warcio")
    inputs, keep, records = make_inputs(tmp_path)
    out = tmp_path / "out"
    jobs = "1" if engine == "dask" else "2"  # a LocalCluster of one starts quicker
    start = ["batch", *inputs, "-o", str(out), "--jobs", jobs, "--shard-size", "15", "--timeout", "20",
             "--plugin", "newsclean.batch.faults", "--engine", engine, "--progress", "never"]
    # 1. the output folder turns unwritable after the first shard: one line, exit 2
    if engine == "local":
        monkeypatch.setattr(os, "replace", _unwritable_after(3))  # job.json, commit record + rename
    else:
        monkeypatch.setattr(OutDir, "journal", _journal_unwritable_after(1))
    assert main(start) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Read-only file system" in err and "Traceback" not in err, err
    monkeypatch.undo()
    assert len(shard_files(out)) >= 1
    # 2. resume with nothing but the folder; kill -9 it once it has written more
    resume = [sys.executable, "-m", "newsclean.cli", "batch", "-o", str(out), "--resume", "--progress", "never"]
    tag = uuid.uuid4().hex
    kill_9_after(resume, out, len(shard_files(out)) + 2, tag)
    # 3. damage finished shards behind the journal's back
    tamper(out)
    # 4. resume to the end
    done = subprocess.run(resume, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{records} read = " in done.stderr
    check_conserved(out, keep, records)
    assert os.listdir(out / META_DIR / "rejected")  # the damaged files were set aside, not trusted
    again = subprocess.run(resume, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "nothing to do" in again.stderr
