"""bench/devset_googletrends.py: labelled spans -> headline + paragraphs, BoilerNet's attributes off the page."""
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
_spec = importlib.util.spec_from_file_location("devset_googletrends_script", ROOT / "bench" / "devset_googletrends.py")
gt = importlib.util.module_from_spec(_spec)
sys.modules["devset_googletrends_script"] = gt
_spec.loader.exec_module(gt)

BODY = ("The parish council voted on Tuesday to keep the old footbridge over the mill stream open for "
        "another winter, after the engineers found the oak beams sound.")
PAGE = f"""<!DOCTYPE html>
<html lang="en">
 <body>
  <div class="menu">
   <a href="/"><span __boilernet_label="0" __num="1">
    Home
   </span></a>
  </div>
  <h1>
   <span __boilernet_label="1" __num="2">
    Footbridge stays open
   </span>
  </h1>
  <p>
   <span __boilernet_label="1" __num="3">
    {BODY}
   </span>
   <em><span __boilernet_label="1" __num="4">
    Repairs wait until spring.
   </span></em>
  </p>
  <p>
   <span __boilernet_label="1" __num="5">
    The ferry will not run this year, the clerk said, because its landing stage is still under water.
   </span>
  </p>
  <div class="footer"><span __boilernet_label="0" __num="6">
   Contact the clerk
  </span></div>
 </body>
</html>
"""


def test_labelled_spans_give_headline_and_one_paragraph_per_block() -> None:
    title, paras = gt.labelled_text(PAGE)
    assert title == "Footbridge stays open"
    assert paras == [f"{BODY} Repairs wait until spring.",
                     "The ferry will not run this year, the clerk said, because its landing stage is still under water."]


def test_boilernet_attributes_are_taken_off_the_page() -> None:
    page = gt.clean_page(PAGE)
    assert "__boilernet_label" not in page and "__num" not in page
    assert '<div class="menu">' in page and "Contact the clerk" in page


def test_utf8_read_as_windows_1252_is_put_right() -> None:
    mangled = "the clerk\u2019s \u201cfinal\u201d word \u2014 caf\u00e9".encode("utf-8").decode("cp1252", "replace")
    assert gt.repair_mojibake(mangled) == "the clerk\u2019s \u201cfinal\u201d word \u2014 caf\u00e9"
    twice = "it\u2019s".encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    assert gt.repair_mojibake(twice) == "it\u2019s"
    assert gt.repair_mojibake("na\u00efve caf\u00e9 \u00bbok\u00ab") == "na\u00efve caf\u00e9 \u00bbok\u00ab"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_converts_a_tree_holding_the_dataset(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / gt.PAGES_DIR).mkdir(parents=True)
    (src / gt.SPLIT_DIR).mkdir(parents=True)
    (src / gt.PAGES_DIR / "gt_1.html").write_text(PAGE, encoding="utf-8")
    (src / gt.PAGES_DIR / "gt_2.html").write_text(PAGE.replace(BODY, "Short."), encoding="utf-8")
    (src / gt.SPLIT_DIR / "test_set.txt").write_text("gt_1.html\ngt_2.html\n", encoding="utf-8")
    git = ["git", "-C", str(src), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    assert gt.main([str(src / ".git"), "--out", str(tmp_path / "out")]) == 0
    folder = tmp_path / "out" / "googletrends"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 1
    (pid, rec), = truth.items()
    assert rec["case"] == "gt_1" and rec["group"] == "test" and rec["lang"] == "en"
    assert rec["title"] == "Footbridge stays open" and rec["articleBody"].startswith(BODY)
    assert "__boilernet_label" not in gzip.open(folder / "html" / f"{pid}.html.gz").read().decode("utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["left_out"] == {"truth under 200 characters": ["gt_2"]}
