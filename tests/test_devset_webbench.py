"""bench/devset_webbench.py: an (invented) benchmark tree of gzipped pages and JSON truths -> a dev set."""
from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_webbench_script", ROOT / "bench" / "devset_webbench.py")
dw = importlib.util.module_from_spec(_spec)
sys.modules["devset_webbench_script"] = dw
_spec.loader.exec_module(dw)

PAGE = ("<html lang='en'><head><title>Lamp repair</title></head><body><nav>Home Shop</nav>"
        "<h1>How we repair a desk lamp</h1><p>Our workshop repairs desk lamps in two days.</p>"
        "<p>Bring the lamp and its shade; we test every switch.</p></body></html>")


def _truth(key: str, kind: str, body: str, author: str = "") -> dict:
    return {"url": f"https://shop.example/{key}", "file_id": key,
            "_internal": {"page_type": {"primary": kind}},
            "ground_truth": {"title": "How we repair a desk lamp", "author": author, "publish_date": "2025-03-04",
                             "main_content": body, "with": ["Our workshop repairs desk lamps in two days."],
                             "without": ["Home Shop"]}}


def test_paragraphs_one_a_line() -> None:
    assert dw._paragraphs("First  line.\n\nSecond\r\nline two.\n") == "First line.\nSecond\nline two."


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_converts_pages_with_truth_and_snippets(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "release/html").mkdir(parents=True)
    (src / "benchmark/ground-truth").mkdir(parents=True)
    body = "Our workshop repairs desk lamps in two days.\n\nBring the lamp and its shade; we test every switch."
    for key, kind, author in (("0001", "service", "Ann Lee, Bo Chen"), ("0002", "article", ""),
                              ("0003", "product", "")):
        (src / f"benchmark/ground-truth/{key}.json").write_text(json.dumps(_truth(key, kind, body, author)))
    for key in ("0001", "0002"):  # 0003 has no page: left out, not a crash
        (src / f"release/html/{key}.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    git = ["git", "-C", str(src), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    assert dw.main([str(src / ".git"), "--out", str(tmp_path / "out"), "--types", "service,product",
                    "--snippets"]) == 0
    truth = json.loads((tmp_path / "out/webbench/ground-truth.json").read_text(encoding="utf-8"))
    (pid, rec), = truth.items()  # only the service page: the article is not of the asked types
    assert rec["group"] == "service" and rec["authors"] == ["Ann Lee", "Bo Chen"]
    assert rec["articleBody"].splitlines() == ["Our workshop repairs desk lamps in two days.",
                                               "Bring the lamp and its shade; we test every switch."]
    assert rec["with"] and rec["without"] == ["Home Shop"] and rec["lang"] == "en"
    assert rec["publish_time"].startswith("2025-03-04") and "author" in rec["annotated"]
    assert gzip.open(tmp_path / f"out/webbench/html/{pid}.html.gz").read().decode("utf-8") == PAGE
    snip = json.loads((tmp_path / "out/webbench_snippets/ground-truth.json").read_text(encoding="utf-8"))
    assert "articleBody" not in snip[pid] and snip[pid]["without"] == ["Home Shop"]
    assert (tmp_path / f"out/webbench_snippets/html/{pid}.html.gz").exists()
