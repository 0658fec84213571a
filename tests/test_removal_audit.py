"""bench/removal_audit.py: how much of the truth each recorded removal took."""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

from newsclean.article import Removal

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("removal_audit_script", ROOT / "bench" / "removal_audit.py")
ra = importlib.util.module_from_spec(_spec)
sys.modules["removal_audit_script"] = ra
_spec.loader.exec_module(ra)

TRUTH = ("The council approved the new bridge on Tuesday after a long debate.\n"
         "Work starts in May and should end before next winter, officials said.")


def test_a_removal_of_truth_text_missing_from_the_output_is_lost():
    kept = "The council approved the new bridge on Tuesday after a long debate."
    lost = Removal("notice", "notices:lines", "syndication notice",
                   "Work starts in May and should end before next winter, officials said.")
    noise = Removal("share", "sharebar:bars", "share bar", "Share on Facebook Share on X Email this story")
    repeat = Removal("title", "title:repeated", "the title again", kept)
    got = {r["plugin"]: r for r in ra.audit_page(TRUTH, kept, [lost, noise, repeat])}
    assert got["notices:lines"]["lost"] == got["notices:lines"]["shingles"] > 0
    assert got["notices:lines"]["lost_chars"] == got["notices:lines"]["chars"]
    assert got["sharebar:bars"]["in_truth"] == 0 and got["sharebar:bars"]["lost_chars"] == 0
    # text the output keeps elsewhere costs nothing, though the truth holds it
    assert got["title:repeated"]["in_truth"] > 0 and got["title:repeated"]["lost"] == 0


def test_the_same_text_removed_twice_is_charged_once_and_short_removals_count_by_their_tokens():
    text = "Work starts in May and should end before next winter, officials said."
    twice = [Removal("a", "x:one", "", text), Removal("a", "x:two", "", text),
             Removal("b", "y:short", "", "officials said"), Removal("b", "y:absent", "", "no such")]
    got = {r["plugin"]: r for r in ra.audit_page(TRUTH, "", twice)}
    assert got["x:one"]["lost"] > 0 and got["x:two"]["lost"] == 0
    assert (got["y:short"]["lost"], got["y:absent"]["lost"]) == (1, 0)


def test_synthetic_page_holds_the_truth_alone_and_the_report_ranks_steps(tmp_path):
    page = ra.truth_page("First line & more\n\nSecond line", "A <title>")
    assert "<p>First line &amp; more</p>" in page and "<h1>A &lt;title&gt;</h1>" in page
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": TRUTH, "title": "Bridge"}}))
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(ra.truth_page(TRUTH, "Bridge").encode()))
    records = ra.run([str(tmp_path)], None, None, synthetic=True)
    assert all(r["set"] == tmp_path.name and r["page"] == "p1" for r in records)
    fake = [dict(plugin="a:x", kind="k", set="s", page="p", reason="r", text="t", chars=10, truth_chars=5.0,
                 lost_chars=5.0), dict(plugin="b:y", kind="k", set="s", page="p", reason="r", text="t", chars=90,
                                       truth_chars=80.0, lost_chars=80.0)]
    out = ra.report(fake, top=5, worst=1, by="plugin", min_lost=20)
    lines = out.splitlines()
    assert lines[1].startswith("b:y") and lines[2].startswith("a:x") and "worst 1 removals" in out
