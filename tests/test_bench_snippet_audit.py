"""bench/snippet_audit.py: a missed "with" snippet is charged to the removal that took it."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("snippet_audit_script", ROOT / "bench" / "snippet_audit.py")
sa = importlib.util.module_from_spec(_spec)
sys.modules["snippet_audit_script"] = sa
_spec.loader.exec_module(sa)


class _Removal:
    def __init__(self, text: str, reason: str = "outside the article container <div class=\"rail\">") -> None:
        self.text, self.plugin, self.kind, self.reason = text, "content:locate", "boilerplate", reason


def _removed(*texts: str) -> list[tuple[str, _Removal]]:
    return [(sa.folded(t), _Removal(t)) for t in texts]


def test_format_difference_is_no_removal():
    out = sa.folded("The ferry to Lunmark leaves at \u201cnine sharp\u201d \u2014 every day.")
    assert sa.cause('The ferry to Lunmark leaves at "nine sharp" - every day.', out, []) == ("format",)


def test_whole_snippet_in_a_removal_names_its_rule_with_words_masked():
    removed = _removed("Menu", "The harbour of Lunmark was dredged twice in one winter.")
    got = sa.cause("The harbour of Lunmark was dredged twice in one winter.", "", removed)
    assert got == ("content:locate", "boilerplate", "outside the article container <div class=Q>")


def test_snippet_joined_across_blocks_is_charged_to_its_longest_piece():
    removed = _removed("Tides", "Tides at Lunmark turn four times a day.")
    got = sa.cause("Tides Tides at Lunmark turn four times a day.", "", removed)
    assert got[2].startswith("piece: ")


def test_snippet_nowhere_is_unattributed():
    assert sa.cause("A sentence the page never had in it.", "", _removed("Menu")) == ("unattributed",)


def test_run_over_a_folder(tmp_path):
    page = ("<html><head><title>Lunmark ferry</title></head><body><nav><a href='/a'>Home</a> <a href='/b'>News</a>"
            " <a href='/c'>Ferries</a> <a href='/d'>Contact</a></nav><article><h1>Lunmark ferry</h1>"
            "<p>The ferry to Lunmark leaves at nine every morning, and the crossing takes forty minutes in calm weather.</p>"
            "<p>Tickets are sold on board; the harbour office sells monthly passes for people who cross every day.</p>"
            "</article></body></html>")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html").write_text(page, encoding="utf-8")
    truth = {"p1": {"group": "article", "with": ["The ferry to Lunmark leaves at nine every morning,",
                                                 "A sentence the page never had in it."],
                    "without": ["Home News Ferries Contact", "the crossing takes forty minutes"]}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    records = sa.run(str(tmp_path), None, None, None)
    missed = [r for r in records if r["side"] == "with"]
    kept = [r for r in records if r["side"] == "without"]
    assert [r["snippet"] for r in missed] == ["A sentence the page never had in it."]
    assert [r["snippet"] for r in kept] == ["the crossing takes forty minutes"]
    assert "missed 'with' snippets: 1; kept 'without' snippets: 1" in sa.report(records, 5, 1)
