"""bench/devset_snippets.py: a whole-body set -> snippet truth ("with" sentences of the body, "without"
blocks of the page outside it). Invented page."""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("devset_snippets_script", ROOT / "bench" / "devset_snippets.py")
ds = importlib.util.module_from_spec(_spec)
sys.modules["devset_snippets_script"] = ds
_spec.loader.exec_module(ds)

BODY = ("Der Gemeinderat hat am Dienstag beschlossen, die Buslinien im Norden häufiger fahren zu lassen. "
        "Die Verkehrsbetriebe suchen dafür zwanzig zusätzliche Fahrer.\n"
        "Kritik kam von Anwohnern, die sich über den Lärm der neuen Haltestellen beschweren. Kurz.")
PAGE = ("<html><body><nav><a href='/'>Startseite</a> <a href='/p'>Politik</a></nav><h1>Busse fahren öfter</h1>"
        "<p class='by'>Anna Beispiel</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
        + "<div>Mehr zum Thema</div><footer><p>Impressum</p><p>© 2024</p></footer></body></html>")
REC = {"articleBody": BODY, "title": "Busse fahren öfter", "authors": ["Anna Beispiel"], "lang": "de"}


def test_with_sentences_come_from_the_body() -> None:
    got = ds.with_snippets(BODY, 3)
    assert got == ["Der Gemeinderat hat am Dienstag beschlossen, die Buslinien im Norden häufiger fahren zu lassen.",
                   "Die Verkehrsbetriebe suchen dafür zwanzig zusätzliche Fahrer.",
                   "Kritik kam von Anwohnern, die sich über den Lärm der neuen Haltestellen beschweren."]


def test_without_blocks_are_outside_body_title_and_authors() -> None:
    got = ds.without_snippets(PAGE, REC, 10)
    assert "Mehr zum Thema" in got and "Impressum" in got
    assert not any(s in BODY or s in REC["title"] or s == "Anna Beispiel" for s in got)
    assert "© 2024" not in got  # a block needs a letter


def test_spread_takes_both_ends() -> None:
    assert ds.spread(list("abcdefg"), 3) == ["a", "d", "g"]
    assert ds.spread(["a", "b"], 5) == ["a", "b"]


def test_build_writes_snippet_records(tmp_path: Path) -> None:
    src = tmp_path / "set"
    (src / "html").mkdir(parents=True)
    (src / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (src / "html" / "p2.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    truth = {"p1": REC, "p2": dict(REC, lang="en")}
    (src / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    counts = ds.build(src, tmp_path / "set_snippets", {"en"}, 2, 3)
    out = json.loads((tmp_path / "set_snippets" / "ground-truth.json").read_text(encoding="utf-8"))
    assert list(out) == ["p1"] and "articleBody" not in out["p1"]
    assert counts == {"pages": 1, "with": 2, "without": 3}
    assert (tmp_path / "set_snippets" / "html" / "p1.html.gz").exists()
