"""bench/devset.py: labelled pages of a (tiny, invented) source repository -> the shared layout."""
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
_spec = importlib.util.spec_from_file_location("devset_script", ROOT / "bench" / "devset.py")
devset = importlib.util.module_from_spec(_spec)
sys.modules["devset_script"] = devset
_spec.loader.exec_module(devset)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

DATA = "tests/resources/parser/test_data"
PAGE_DE = ("<html lang='de-AT'><head><title>Neue Brücke</title><meta name='author' content='Eva Gruber'>"
           "<meta property='article:published_time' content='2025-05-06T05:05:00Z'></head>"
           "<body><p>Einleitung.</p><h2>Zwischentitel</h2><p>Erster Absatz.</p><p>Zweiter Absatz.</p>"
           "<p>Alt: Einleitung.</p><h3>Zwischentitel</h3><p>Alt: Absatz.</p></body></html>")
PAGE_JA = "<html><head><title>新しい橋</title></head><body><p>新しい橋が開通した。</p><p>市が発表した。</p></body></html>"
# truth only in a script (a framework's data), not in the visible text
PAGE_HIDDEN = ("<html lang='en'><body><div id='app'>Loading</div><script>window.__DATA__ = "
               "{\"body\": \"The ferry will run again from May, the operator said.\"}</script></body></html>")


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                         env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                              "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                              "HOME": str(repo), "PATH": "/usr/bin:/bin:/usr/local/bin"})
    return out.stdout


def put(repo: Path, rel: str, data: "bytes | str") -> None:
    p = repo / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def expected(body: list[str], authors: list[str], date: str, title: str) -> dict:
    return {"authors": authors, "title": title, "publishing_date": date,
            "body": {"summary": [body[0]], "sections": [{"headline": ["Zwischentitel"], "paragraphs": body[1:]}]}}


@pytest.fixture()
def fundus_repo(tmp_path: Path) -> Path:
    """A work tree in fundus's layout with two commits: an old page replaced by a new one."""
    repo = tmp_path / "work"
    repo.mkdir()
    git(repo, "init", "-q")
    put(repo, f"{DATA}/at/Blatt_2024_01_02.html.gz", gzip.compress(PAGE_DE.encode()))
    put(repo, f"{DATA}/at/meta.info", json.dumps({"Blatt_2024_01_02.html.gz": {
        "url": "https://blatt.example.at/a/1", "crawl_date": "2024-01-02 10:00:00"}}))
    put(repo, f"{DATA}/at/Blatt.json", json.dumps({"V1": expected(
        ["Alt: Einleitung.", "Alt: Absatz."], ["Eva Gruber"], "2024-01-02 08:30:00+01:00", "Alte Brücke")}))
    put(repo, f"{DATA}/jp/Shinbun_2025_03_04.html.gz", gzip.compress(PAGE_JA.encode()))
    put(repo, f"{DATA}/jp/meta.info", json.dumps({"Shinbun_2025_03_04.html.gz": {
        "url": "https://shinbun.example.jp/n/2", "crawl_date": "2025-03-04 01:00:00"}}))
    put(repo, f"{DATA}/jp/Shinbun.json", json.dumps({"V1": {
        "authors": [], "title": "新しい橋", "body": {"summary": [], "sections": [
            {"headline": [], "paragraphs": ["新しい橋が開通した。", "市が発表した。"]}]}}}))
    # two crawls, one version: the page that shows the expected body is the pair
    put(repo, f"{DATA}/ch/Bote_2024_02_01.html.gz", gzip.compress(b"<html lang='de-CH'><p>Ein anderer Text hier.</p>"))
    put(repo, f"{DATA}/ch/Bote_2024_03_01.html.gz", gzip.compress(
        "<html lang='de-CH'><p>Der See ist wieder eisfrei und die Schiffe fahren.</p></html>".encode()))
    put(repo, f"{DATA}/ch/meta.info", json.dumps({
        "Bote_2024_02_01.html.gz": {"url": "https://bote.example.ch/1", "crawl_date": "2024-02-01 08:00:00"},
        "Bote_2024_03_01.html.gz": {"url": "https://bote.example.ch/2", "crawl_date": "2024-03-01 08:00:00"}}))
    put(repo, f"{DATA}/ch/Bote.json", json.dumps({"V1": {
        "authors": [], "title": "See", "body": {"summary": [], "sections": [
            {"headline": [], "paragraphs": ["Der See ist wieder eisfrei und die Schiffe fahren."]}]}}}))
    put(repo, f"{DATA}/uk/Packet_2025_01_01.html.gz", gzip.compress(PAGE_HIDDEN.encode()))
    put(repo, f"{DATA}/uk/meta.info", json.dumps({"Packet_2025_01_01.html.gz": {
        "url": "https://packet.example.co.uk/f", "crawl_date": "2025-01-01 09:00:00"}}))
    put(repo, f"{DATA}/uk/Packet.json", json.dumps({"V1": {
        "authors": [], "title": "Ferry", "body": {"summary": [], "sections": [
            {"headline": [], "paragraphs": ["The ferry will run again from May, the operator said."]}]}}}))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "first")
    # the Austrian page is replaced by a newer crawl with new expectations
    git(repo, "rm", "-q", f"{DATA}/at/Blatt_2024_01_02.html.gz")
    put(repo, f"{DATA}/at/Blatt_2025_05_06.html.gz", gzip.compress(PAGE_DE.replace("neue", "neueste").encode()))
    put(repo, f"{DATA}/at/meta.info", json.dumps({"Blatt_2025_05_06.html.gz": {
        "url": "https://blatt.example.at/a/2", "crawl_date": "2025-05-06 10:00:00"}}))
    put(repo, f"{DATA}/at/Blatt.json", json.dumps({"V1": expected(
        ["Einleitung.", "Erster Absatz.", "Zweiter Absatz."], ["Eva Gruber", "Max Huber"],
        "2025-05-06 07:05:00+02:00", "Neue Brücke")}))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "second")
    return repo / ".git"


def test_fundus_set_in_the_shared_layout(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "devsets"
    assert devset.main(["fundus", str(fundus_repo), "--out", str(out)]) == 0
    truth = json.loads((out / "fundus" / "ground-truth.json").read_text(encoding="utf-8"))
    ch = [r for r in truth.values() if r["group"] == "ch"]
    assert [r["url"] for r in ch] == ["https://bote.example.ch/2"]  # paired by content, not by order
    truth = {pid: r for pid, r in truth.items() if r["group"] != "ch"}
    assert len(truth) == 2
    for pid, rec in truth.items():
        assert len(pid) == 64
        html = gzip.open(out / "fundus" / "html" / f"{pid}.html.gz").read().decode("utf-8")
        assert "<html" in html
    at = next(r for r in truth.values() if r["group"] == "at")
    assert at["articleBody"] == "Einleitung.\nZwischentitel\nErster Absatz.\nZweiter Absatz."
    assert at["url"] == "https://blatt.example.at/a/2"
    assert at["lang"] == "de" and at["lang_from"] == "page"  # <html lang='de-AT'>
    assert at["author"] == "Eva Gruber, Max Huber" and at["authors"] == ["Eva Gruber", "Max Huber"]
    assert at["publish_time"] == "2025-05-06 07:05" and at["publish_time_iso"].endswith("+02:00")
    assert at["annotated"] == ["articleBody", "title", "author", "publish_time"]
    jp = next(r for r in truth.values() if r["group"] == "jp")
    assert jp["lang"] == "ja" and jp["lang_from"] == "text"  # no declaration: kana in the truth
    assert "publish_time" not in jp and jp["authors"] == []
    manifest = json.loads((out / "fundus" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pages"] == 3 and manifest["langs"] == {"de": 2, "ja": 1}
    # the page whose truth is only in a script is left out, and named
    assert manifest["left_out_truth_not_visible"] == ["https://packet.example.co.uk/f"]
    assert all(r["visible_coverage"] == 1.0 for r in truth.values())
    assert manifest["commit"] == devset.GitTree(fundus_repo).commit


def test_history_recovers_the_replaced_page_with_its_own_truth(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "devsets"
    devset.main(["fundus_history", str(fundus_repo), "--out", str(out)])
    truth = json.loads((out / "fundus_history" / "ground-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 1
    (rec,) = truth.values()
    assert rec["articleBody"] == "Alt: Einleitung.\nZwischentitel\nAlt: Absatz."
    assert rec["url"] == "https://blatt.example.at/a/1" and rec["publish_time"] == "2024-01-02 08:30"


def test_language_filter_and_rerun_replace_the_set(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "devsets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out), "--name", "fundus_ja", "--langs", "ja"])
    devset.main(["fundus", str(fundus_repo), "--out", str(out), "--name", "fundus_ja", "--langs", "ja"])
    truth = json.loads((out / "fundus_ja" / "ground-truth.json").read_text(encoding="utf-8"))
    assert [r["lang"] for r in truth.values()] == ["ja"]
    assert len(list((out / "fundus_ja" / "html").iterdir())) == 1
    assert sorted(p.name for p in out.iterdir()) == ["fundus_ja"]  # no temporary folders left


def test_wrong_tree_is_refused(fundus_repo: Path, tmp_path: Path):
    with pytest.raises(SystemExit):
        devset.main(["goose3", str(fundus_repo), "--out", str(tmp_path / "o")])


@pytest.mark.parametrize("html, lang", [
    ("<html lang='fr-FR'>", "fr"), ("<html xml:lang=\"el\">", "el"), ("<HTML LANG=DE>", "de"),
    ("<html lang=''><meta http-equiv='content-language' content='pl'>", "pl"),
    ("<html><meta property='og:locale' content='ru_RU'>", "ru"),
    ("<html lang='iw'>", "he"), ("<html lang='x-default'>", None), ("<html>", None),
])
def test_declared_lang(html: str, lang):
    assert devset.declared_lang(html) == lang


@pytest.mark.parametrize("value, local", [
    ("2025-06-05 14:46:12+02:00", "2025-06-05 14:46:12"), ("2025-06-05T14:46:00Z", "2025-06-05 14:46"),
    ("2025-06-05", "2025-06-05"), ("5 June 2025", None), (None, None),
])
def test_wall_clock(value, local):
    assert devset.wall_clock(value)[0] == local


def test_decode_page_uses_the_declared_charset():
    raw = "<meta charset='windows-1251'><p>Новости</p>".encode("cp1251")
    assert "Новости" in devset.decode_page(raw)
    assert devset.decode_page("<p>Grüße</p>".encode("utf-8")) == "<p>Grüße</p>"


def test_metadata_scores_in_the_pages_own_offset(fundus_repo: Path, tmp_path: Path, capsys):
    out = tmp_path / "devsets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out)])
    scores = devset.score_metadata(out / "fundus")
    c = scores["all"]
    # 05:05 UTC is 07:05 at +02:00, the truth's minute; the jp truth has no time
    assert (c["time_n"], c["day_ok"], c["minute_ok"]) == (1, 1, 1)
    # one of the two names: not exact, but a name right
    assert (c["auth_n"], c["auth_ok"], c["auth_any"]) == (1, 0, 1)
    assert scores["de"]["time_n"] == 1 and "ja" in scores
    capsys.readouterr()
    assert devset.main(["meta", str(out / "fundus")]) == 0
    assert "| | all | 1 | 100.0% (1/1) |" in capsys.readouterr().out


def test_min_visible_zero_keeps_every_page(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "devsets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out), "--min-visible", "0"])
    truth = json.loads((out / "fundus" / "ground-truth.json").read_text(encoding="utf-8"))
    hidden = [r for r in truth.values() if r["group"] == "uk"]
    assert len(truth) == 4 and hidden[0]["visible_coverage"] == 0.0


def test_a_failed_conversion_leaves_no_half_set(fundus_repo: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "devsets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out)])
    before = (out / "fundus" / "ground-truth.json").read_text(encoding="utf-8")

    def broken(html: str, body: str) -> float:
        raise RuntimeError("boom")
    monkeypatch.setattr(devset, "visible_coverage", broken)
    with pytest.raises(RuntimeError):
        devset.main(["fundus", str(fundus_repo), "--out", str(out)])
    assert (out / "fundus" / "ground-truth.json").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in out.iterdir()) == ["fundus"]


def test_a_page_missing_from_the_snapshot_is_skipped(fundus_repo: Path, tmp_path: Path):
    """Snapshots lack the content of their largest files: such a page is skipped, not fatal."""
    blob = git(fundus_repo.parent, "rev-parse", f"HEAD:{DATA}/jp/Shinbun_2025_03_04.html.gz").strip()
    (fundus_repo / "objects" / blob[:2] / blob[2:]).unlink()
    out = tmp_path / "devsets"
    assert devset.main(["fundus", str(fundus_repo), "--out", str(out)]) == 0
    truth = json.loads((out / "fundus" / "ground-truth.json").read_text(encoding="utf-8"))
    assert sorted(r["group"] for r in truth.values()) == ["at", "ch"]


def test_html_to_dump_writes_one_line_per_block():
    html = ("<html><head><title>T</title><script>var x = 1;</script></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li>\n  <li>News</li></ul></nav>"
            "<div><h1>Head  line</h1><p>First\n para <b>bold</b>.</p><p>Second<br>line</p><!-- note -->"
            "<table><tr><td>a</td><td>b</td></tr></table></div>tail</body></html>")
    assert devset.html_to_dump(html) == "Home\nNews\nHead line\n\nFirst para bold.\n\nSecond\nline\n\na\nb\ntail\n"
    assert devset.html_to_dump("") == ""


def test_text_variant_keeps_the_truth_and_measures_what_survives(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "devsets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out)])
    assert devset.main(["text", str(out / "fundus")]) == 0
    dest = out / "fundus_text"
    truth = json.loads((dest / "ground-truth.json").read_text(encoding="utf-8"))
    assert truth == json.loads((out / "fundus" / "ground-truth.json").read_text(encoding="utf-8"))
    for pid in truth:
        dump = (dest / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        assert "<" not in dump and dump.endswith("\n")
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["derived_from"] == "fundus" and manifest["mean_gt_recall_in_text"] == 1.0


def test_text_variant_goes_where_out_says(fundus_repo: Path, tmp_path: Path):
    out = tmp_path / "sets"
    devset.main(["fundus", str(fundus_repo), "--out", str(out)])
    assert devset.main(["text", str(out / "fundus"), "--out", str(tmp_path / "dumps")]) == 0
    assert (tmp_path / "dumps" / "fundus_text" / "ground-truth.json").is_file()
    assert not (out / "fundus_text").exists()
