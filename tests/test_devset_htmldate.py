"""bench/devset_htmldate.py: a (tiny, invented) repository in htmldate's test layout -> the shared layout."""
from __future__ import annotations

import gzip
import importlib.util
import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("devset_htmldate_script", ROOT / "bench" / "devset_htmldate.py")
devset_htmldate = importlib.util.module_from_spec(_spec)
sys.modules["devset_htmldate_script"] = devset_htmldate
_spec.loader.exec_module(devset_htmldate)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PAGE_DE = ("<html lang='de'><head><title>Vereinsfest</title></head><body><h1>Vereinsfest</h1>"
           "<p class='date'>12.06.2021</p><p>Das Fest fand bei schönem Wetter statt, viele kamen.</p></body></html>")
PAGE_EN = "<html><head><title>About us</title></head><body><p>We are a small team of volunteers.</p></body></html>"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin:/usr/local/bin"})


def test_truth_day() -> None:
    assert devset_htmldate.truth_day("2014-07-19") == "2014-07-19"
    assert devset_htmldate.truth_day(math.nan) is None  # no date to find
    assert devset_htmldate.truth_day(None) is None and devset_htmldate.truth_day("2014") is None


def test_converts_the_eval_lists(tmp_path: Path) -> None:
    repo = tmp_path / "work"
    (repo / "tests" / "cache").mkdir(parents=True)
    (repo / "tests" / "eval").mkdir(parents=True)
    (repo / "tests" / "cache" / "verein.html").write_text(PAGE_DE, encoding="utf-8")
    (repo / "tests" / "eval" / "about.html").write_bytes(PAGE_EN.encode("cp1252"))
    (repo / "tests" / "eval_default.json").write_text(json.dumps({
        "https://verein.example.de/fest": {"file": "verein.html", "date": "2021-06-12"},
        "https://team.example.org/about": {"file": "about.html", "date": "2019-01-02"},
        "https://gone.example.org/": {"file": "missing.html", "date": "2019-01-02"}}), encoding="utf-8")
    (repo / "tests" / "eval_mediacloud_2020.json").write_text(
        '{"https://x.example.org/a": {"file": "verein.html", "date": NaN}}', encoding="utf-8")  # (seen once)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "pages")
    manifest = devset_htmldate.write(repo / ".git", tmp_path / "out", "htmldate")
    assert manifest["pages"] == 2 and manifest["missing_in_snapshot"] == ["missing.html"]
    truth = json.loads((tmp_path / "out" / "htmldate" / "ground-truth.json").read_text(encoding="utf-8"))
    by_url = {r["url"]: (pid, r) for pid, r in truth.items()}
    pid, rec = by_url["https://verein.example.de/fest"]
    assert rec["publish_time"] == "2021-06-12" and rec["lang"] == "de" and rec["annotated"] == ["publish_time"]
    assert gzip.open(tmp_path / "out" / "htmldate" / "html" / f"{pid}.html.gz").read().decode() == PAGE_DE
    _, rec = by_url["https://team.example.org/about"]
    assert rec["publish_time"] == "2019-01-02" and rec["lang_from"] in ("text", "newsclean")
