"""bench/devset_canola.py: tagged <kw> texts -> paragraphs of the good (and uncertain) text, wrappers off the page."""
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
_spec = importlib.util.spec_from_file_location("devset_canola_script", ROOT / "bench" / "devset_canola.py")
cn = importlib.util.module_from_spec(_spec)
sys.modules["devset_canola_script"] = cn
_spec.loader.exec_module(cn)

BODY = ("The allotment society meets on the first Saturday of every month in the old school hall, and new "
        "members are always welcome to bring seeds to swap.")
PAGE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><base href="http://allotments.example.org/"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Allotment society</title></head><body>
<table><tr><td class="nav"><a href="/"><kw class="krdwrd-tag-1">Home</kw></a><br>
<a href="/plots"><kw class="krdwrd-tag-1-90">Plots</kw></a></td>
<td><h2><kw class="krdwrd-tag-2">About the society</kw></h2>
<p><kw class="krdwrd-tag-3">{BODY}</kw> <b><kw class="krdwrd-tag-3-60">Tea is free.</kw></b></p>
<p><kw class="krdwrd-tag-3">Plots are let for a year at a time; the waiting list is kept by the secretary.</kw></p>
<font size="-1"><kw>Last updated in spring</kw></font>
<div class="note krdwrd-tag-3">Members may bring a guest twice a year. <a href="/join">Join now</a></div>
<form><select name="plot"><option class="krdwrd-tag-1">Choose a plot</option></select></form>
</td></tr></table>
<div><kw class="krdwrd-tag-1">Copyright the society</kw></div>
</body></html>
"""
SECOND = "Plots are let for a year at a time; the waiting list is kept by the secretary."


NOTE = "Members may bring a guest twice a year. Join now"


def test_good_text_gives_one_paragraph_per_block() -> None:
    assert cn.labelled_text(PAGE) == [f"{BODY} Tea is free.", SECOND, NOTE]


def test_uncertain_text_joins_when_asked() -> None:
    paras = cn.labelled_text(PAGE, frozenset({cn.GOOD, cn.UNCERTAIN}))
    assert paras == ["About the society", f"{BODY} Tea is free.", SECOND, NOTE]


def test_kw_wrappers_are_taken_off_the_page() -> None:
    page = cn.clean_page(PAGE)
    assert "<kw" not in page and "</kw>" not in page and "krdwrd" not in page
    assert "<p>" + BODY in page and "Copyright the society" in page
    assert '<div class="note">' in page and "<option>Choose a plot</option>" in page


def test_top_domain() -> None:
    assert cn.top_domain("http://www.example.co.uk/a/b.html") == "uk"
    assert cn.top_domain("https://example.org:8080/") == "org"
    assert cn.top_domain("") is None


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_converts_a_tree_holding_the_corpus(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / cn.PAGES_DIR).mkdir(parents=True)
    (src / cn.PAGES_DIR / "701").write_text(PAGE, encoding="utf-8")
    (src / cn.PAGES_DIR / "701.org").write_text(PAGE, encoding="utf-8")
    (src / cn.PAGES_DIR / "702").write_text(PAGE.replace(BODY, "Short.").replace(SECOND, "Also short."),
                                            encoding="utf-8")
    (src / cn.PLAN).write_text("701\n702\n703\n", encoding="utf-8")
    (src / cn.URLS).write_text("701 http://allotments.example.org/about.html\n702 http://x.example.com/\n",
                               encoding="utf-8")
    git = ["git", "-C", str(src), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    assert cn.main([str(src / ".git"), "--out", str(tmp_path / "out")]) == 0
    folder = tmp_path / "out" / "canola"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 1
    (pid, rec), = truth.items()
    assert rec["case"] == "701" and rec["group"] == "org" and rec["lang"] == "en"
    assert rec["url"] == "http://allotments.example.org/about.html" and "title" not in rec
    assert rec["articleBody"] == f"{BODY} Tea is free.\n{SECOND}\n{NOTE}"
    assert "<kw" not in gzip.open(folder / "html" / f"{pid}.html.gz").read().decode("utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["left_out"] == {"no merged page": ["703"], "truth under 200 characters": ["702"]}
