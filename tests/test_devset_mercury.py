"""bench/devset_mercury.py: a (tiny, invented) repository in the Mercury port's test layout -> the shared layout."""
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
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("devset_mercury_script", ROOT / "bench" / "devset_mercury.py")
devset_mercury = importlib.util.module_from_spec(_spec)
sys.modules["devset_mercury_script"] = devset_mercury
_spec.loader.exec_module(devset_mercury)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

RES = "mercury-parser/src/test/resources"
EXTRACTORS = '''
val PogodaExtractor =
    extractor("pogoda.example.pl") {
        content { selectors(".tresc") }
    }
val WireExtractor =
    extractor("wire.example.com") {
        supportedDomains = listOf("m.wire.example.com", "wire.example.org")
    }
'''
PAGE_PL = ("<html lang='pl'><head><meta name='og:title' value='Burza nad miastem'></head><body>"
           "<nav>Strona główna</nav><div class='tresc'><p>Wczoraj wieczorem nad miastem przeszła burza.</p>"
           "<p>Strażacy wyjeżdżali do powalonych drzew.</p></div></body></html>")
PAGE_EN = "<html><body><article><p>The lighthouse keeper counted ships.</p></article></body></html>"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin:/usr/local/bin"})


def put(repo: Path, rel: str, text: str) -> None:
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_content_text_one_block_a_line() -> None:
    html = "<div><h2>Nagłówek</h2><p>Pierwszy <b>akapit</b>.</p><ul><li>jeden</li><li>dwa</li></ul><script>x()</script></div>"
    assert devset_mercury.content_text(html) == "Nagłówek\nPierwszy akapit.\njeden\ndwa"
    assert devset_mercury.content_text("") == "" and devset_mercury.content_text("   ") == ""


def test_has_extractor_host_or_last_two_labels() -> None:
    hosts = {"www.example.pl", "example.pl", "wire.example.org"}
    assert devset_mercury.has_extractor("WWW.example.pl", hosts)
    assert devset_mercury.has_extractor("lodz.example.pl", hosts)  # via example.pl
    assert not devset_mercury.has_extractor("news.other.com", hosts)
    assert not devset_mercury.has_extractor("www.example.pl--video", hosts)  # a variant the parser never matched


def test_converts_site_extractor_pages_only(tmp_path: Path) -> None:
    repo = tmp_path / "work"
    put(repo, "mercury-parser/src/main/kotlin/x/extractors/custom/All.kt", EXTRACTORS)
    put(repo, f"{RES}/fixtures/pogoda.example.pl.html", PAGE_PL)
    put(repo, f"{RES}/snapshots/pogoda.example.pl/default.json", json.dumps({
        "title": "Burza nad miastem", "author": "Jan Przykładowy", "date_published": "2025-05-01T18:00:00.000Z",
        "content": "<div><p>Wczoraj wieczorem nad miastem przeszła burza.</p><p>Strażacy wyjeżdżali do powalonych drzew.</p></div>"}))
    put(repo, f"{RES}/fixtures/m.wire.example.com/1700000000.html", PAGE_EN)
    put(repo, f"{RES}/snapshots/m.wire.example.com/1700000000.json",
        json.dumps({"title": "Ships", "content": "<p>The lighthouse keeper counted ships.</p>"}))
    put(repo, f"{RES}/fixtures/m.wire.example.com/1700000001.html", PAGE_EN)  # truth from a later page
    put(repo, f"{RES}/snapshots/m.wire.example.com/1700000001.json",
        json.dumps({"content": "<p>On the second page the keeper finally painted the tower red and white.</p>"}))
    put(repo, f"{RES}/fixtures/generic.example.net.html", PAGE_EN)  # no site extractor: a heuristic's output
    put(repo, f"{RES}/snapshots/generic.example.net/default.json", json.dumps({"content": "<p>The lighthouse</p>"}))
    put(repo, f"{RES}/fixtures/wire.example.org.html", PAGE_EN)  # the site selector found nothing
    put(repo, f"{RES}/snapshots/wire.example.org/default.json", json.dumps({"content": None}))
    put(repo, f"{RES}/snapshots/orphan.example.pl/default.json", json.dumps({"content": "<p>x</p>"}))  # no page
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "pages")
    manifest = devset_mercury.write(repo / ".git", tmp_path / "out", "mercury")
    assert manifest["pages"] == 2
    assert manifest["skipped"] == {"no site extractor": 1, "no content": 1, "truth not in the page's visible text": 1}
    truth = json.loads((tmp_path / "out" / "mercury" / "ground-truth.json").read_text(encoding="utf-8"))
    by_host = {r["group"]: (pid, r) for pid, r in truth.items()}
    pid, rec = by_host["pogoda.example.pl"]
    assert rec["articleBody"] == "Wczoraj wieczorem nad miastem przeszła burza.\nStrażacy wyjeżdżali do powalonych drzew."
    assert rec["lang"] == "pl" and rec["lang_from"] == "page" and rec["url"] == "https://pogoda.example.pl/"
    assert rec["author"] == "Jan Przykładowy" and rec["publish_time_iso"].startswith("2025-05-01")
    page = gzip.open(tmp_path / "out" / "mercury" / "html" / f"{pid}.html.gz").read().decode()
    assert "content='Burza nad miastem'" in page or 'content="Burza nad miastem"' in page  # meta restored
    _, rec = by_host["m.wire.example.com"]
    assert rec["articleBody"] == "The lighthouse keeper counted ships." and rec["fixture"].endswith("1700000000.html")
    assert rec["visible_coverage"] == 1.0
