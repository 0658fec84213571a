"""bench/devset_ispras.py: invented ISPRAS-style language files -> the shared layout."""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("devset_ispras_script", ROOT / "bench" / "devset_ispras.py")
devset_ispras = importlib.util.module_from_spec(_spec)
sys.modules["devset_ispras_script"] = devset_ispras
_spec.loader.exec_module(devset_ispras)

_PARA_DE = ("Der Gemeinderat hat am Dienstag beschlossen, die alte Schule am Marktplatz zu einem "
            "Bürgerhaus umzubauen, in dem Vereine und Musikgruppen künftig proben dürfen.")
_PARA_DE2 = ("Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern; die Kosten trägt "
             "zum größten Teil das Land, den Rest übernimmt die Gemeinde aus ihren Rücklagen.")
_PAGE_DE = (f"<html lang='de'><body><nav>Start Politik Sport</nav><h1>Neues Bürgerhaus</h1>"
            f"<p class='lead'>Die alte Schule bekommt eine zweite Aufgabe.</p>"
            f"<div class='body'><p>{_PARA_DE}</p><p>{_PARA_DE2}</p></div><footer>Impressum</footer></body></html>")


def _ann(xpath: str, text: str, label: str) -> dict:
    return {"xpath": xpath, "text": text, "label": label}


def test_labelled_keeps_order_and_drops_nested_and_repeated_nodes() -> None:
    anns = [
        _ann("/html/body/div[1]", "Erster Absatz. Zweiter Absatz.", "text"),
        _ann("/html/body/div[1]/p[2]", "Zweiter Absatz.", "text"),  # inside the marked div
        _ann("/html/body/div[10]/p[1]", "Dritter   Absatz.", "text"),  # div[10] is not inside div[1]
        _ann("/html/body/aside/p", "Dritter Absatz.", "text"),  # the same text again
        _ann("/html/body/h1", "Titel", "title"),
        {"label": "text"},  # no text
    ]
    assert devset_ispras.labelled(anns, "text") == ["Erster Absatz. Zweiter Absatz.", "Dritter Absatz."]
    assert devset_ispras.labelled(anns, "title") == ["Titel"]
    assert devset_ispras.labelled(None, "text") == []


def test_write_from_language_files(tmp_path: Path) -> None:
    de = {"zeitung.example.de": [
        {"uuid": "u1", "url": "https://zeitung.example.de/buergerhaus", "html": _PAGE_DE, "annotations": [
            _ann("/html/body/h1", "Neues Bürgerhaus", "title"),
            _ann("/html/body/p", "Die alte Schule bekommt eine zweite Aufgabe.", "subtitle"),
            _ann("/html/body/div/p[1]", _PARA_DE, "text"),
            _ann("/html/body/div/p[2]", _PARA_DE2, "text"),
            _ann("/html/body/span", "Anna Beispiel", "author"),
            _ann("/html/body/time", "3. März 2024, 10:15 Uhr", "publication_date"),
        ]},
        {"uuid": "u2", "url": "https://zeitung.example.de/kurz", "html": _PAGE_DE,
         "annotations": [_ann("/html/body/div/p[1]", "Kurz.", "text")]},  # short truth
        {"uuid": "u3", "url": "https://zeitung.example.de/leer", "html": _PAGE_DE, "annotations": []},  # no text
        {"uuid": "u4", "url": "https://zeitung.example.de/versteckt",
         "html": "<html><body><p>Nichts.</p></body></html>",
         "annotations": [_ann("/html/body/div/p[1]", _PARA_DE, "text")]},  # truth not in the page
    ]}
    en = {"paper.example.com": [{"uuid": "e1", "html": "<p>x</p>", "annotations": [_ann("/p", "x" * 300, "text")]}]}
    src = tmp_path / "multilingual-ae"
    src.mkdir()
    (src / "de.json").write_text(json.dumps(de, ensure_ascii=False), encoding="utf-8")
    (src / "en.json").write_text(json.dumps(en), encoding="utf-8")
    (src / "stats.json").write_text("{}", encoding="utf-8")  # not a language file
    manifest = devset_ispras.write([src], tmp_path / "out", "euro", langs={"de"}, min_chars=100)
    assert manifest["pages"] == 1 and manifest["langs"] == {"de": 1} and manifest["sites"] == 1
    assert manifest["skipped"] == {"short truth": 1, "no page or text": 1, "truth not visible": 1}
    truth = json.loads((tmp_path / "out" / "euro" / "ground-truth.json").read_text(encoding="utf-8"))
    (pid, rec), = truth.items()
    assert rec["articleBody"] == f"Die alte Schule bekommt eine zweite Aufgabe.\n{_PARA_DE}\n{_PARA_DE2}"
    assert rec["title"] == "Neues Bürgerhaus" and rec["author"] == "Anna Beispiel"
    assert rec["date_text"] == "3. März 2024, 10:15 Uhr"
    assert rec["lang"] == "de" and rec["lang_from"] == "set" and rec["group"] == "zeitung.example.de"
    assert rec["source_id"] == "u1" and rec["visible_coverage"] == 1.0
    assert gzip.open(tmp_path / "out" / "euro" / "html" / f"{pid}.html.gz").read().decode() == _PAGE_DE


def test_per_site_cap(tmp_path: Path) -> None:
    pages = [{"uuid": f"p{i}", "html": _PAGE_DE, "annotations": [_ann("/html/body/div/p[1]", _PARA_DE, "text")]}
             for i in range(5)]
    src = tmp_path / "russian.json"  # the first release's name of the file
    src.write_text(json.dumps({"site.example": pages}), encoding="utf-8")
    manifest = devset_ispras.write([src], tmp_path / "out", "capped", per_site=2)
    assert manifest["pages"] == 2 and manifest["skipped"] == {"over the per-site cap": 3}
    assert manifest["langs"] == {"ru": 2}


def test_file_names_tell_the_language() -> None:
    assert devset_ispras._file_lang("de.json") == "de" and devset_ispras._file_lang("deutsch.json") == "de"
    assert devset_ispras._file_lang("multilingual-ae/el.json") == "el"
    assert devset_ispras._file_lang("stats.json") is None and devset_ispras._file_lang("README.json") is None
