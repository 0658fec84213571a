"""bench/devset_turkuq.py: line-annotated documents (invented) -> a text dump and its text lines."""
from __future__ import annotations

import json
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_turkuq_script", ROOT / "bench" / "devset_turkuq.py")
tq = importlib.util.module_from_spec(_spec)
sys.modules["devset_turkuq_script"] = tq
_spec.loader.exec_module(tq)

_STORY = ("Der Kleingartenverein lädt am Samstag zum Sommerfest ein: Es gibt Kuchen, eine Tombola und "
          "Führungen durch die Gärten, in denen seit diesem Jahr auch Kinder eigene Beete anlegen.")
_STORY2 = ("Wer helfen möchte, meldet sich bis Mittwoch beim Vorstand; Spenden für die Tombola nimmt das "
           "Vereinsheim jeden Abend entgegen, und der Erlös geht an die Jugendgruppe des Vereins.")


def test_convert_keeps_marked_lines_and_dumps_every_line() -> None:
    doc = {"text": [" Startseite", "  Sommerfest   im Verein", "", _STORY, "Teilen Drucken"],
           "labels": ["0", "1", "1", "1", "0"]}
    dump, body, noise = tq.convert(doc)
    assert dump == f"Startseite\nSommerfest im Verein\n{_STORY}\nTeilen Drucken\n"
    assert body == f"Sommerfest im Verein\n{_STORY}"
    assert noise == round((len("Startseite") + len("Teilen Drucken")) / len(dump.replace("\n", "")), 3)
    assert tq.convert({"text": ["a", "b"], "labels": ["1"]}) is None  # labels do not fit
    assert tq.convert({"text": [" ", ""], "labels": ["1", "1"]}) is None  # nothing to dump
    assert tq.convert(["not", "a", "document"]) is None


def test_build_from_a_snapshot(tmp_path: Path) -> None:
    src = tmp_path / "repo"
    (src / "text-quality-annotations" / "de").mkdir(parents=True)
    (src / "text-quality-annotations" / "fi").mkdir(parents=True)
    de = [{"text": ["Menü", _STORY, _STORY2, "Impressum"], "labels": ["0", "1", "1", "0"]},
          {"text": ["Kurz.", "Kontakt"], "labels": ["1", "0"]}]  # short truth
    (src / "text-quality-annotations" / "de" / "dev.json").write_text(json.dumps(de), encoding="utf-8")
    (src / "text-quality-annotations" / "fi" / "test.json").write_text("[]", encoding="utf-8")
    (src / "text-quality-annotations" / "README.md").write_text("notes", encoding="utf-8")
    git = ["git", "-C", str(src), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(src)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    assert tq.main([str(src / ".git"), "--out", str(tmp_path / "out"), "--langs", "de,fi"]) == 0
    folder = tmp_path / "out" / "turkuq_text"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    (pid, rec), = truth.items()
    assert rec["articleBody"] == f"{_STORY}\n{_STORY2}"
    assert rec["lang"] == "de" and rec["group"] == "de" and rec["split"] == "dev" and rec["case"] == "de/dev/0"
    assert (folder / "text" / f"{pid}.txt").read_text(encoding="utf-8") == f"Menü\n{_STORY}\n{_STORY2}\nImpressum\n"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pages"] == 1 and manifest["skipped"] == {"short truth": 1} and manifest["with_noise"] == 1


def test_paragraph_page_sets_each_line_apart() -> None:
    page = tq.paragraph_page("Menü\nA < B & C\n\n", "de")
    assert page.startswith('<!DOCTYPE html><html lang="de">')
    assert "<p>Menü</p>\n<p>A &lt; B &amp; C</p>\n</body>" in page and page.count("<p>") == 2
