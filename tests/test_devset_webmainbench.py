"""bench/devset_webmainbench.py: invented WebMainBench-style records -> the shared layout."""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("devset_webmainbench_script", ROOT / "bench" / "devset_webmainbench.py")
devset_webmainbench = importlib.util.module_from_spec(_spec)
sys.modules["devset_webmainbench_script"] = devset_webmainbench
_spec.loader.exec_module(devset_webmainbench)


def test_markdown_text_drops_marks_keeps_words() -> None:
    md = ("# Receita de bolo\n\nMisture a **farinha** com o [açúcar](https://example.org/a).\n\n"
          "![foto](https://example.org/f.jpg)\n\n- ovos\n- leite\n\n| item | qtd |\n|---|---|\n| ovo | 2 |\n\n"
          "```python\nprint('ok')\n```\n\n> Dica: `forno` quente.\n\n---\n")
    assert devset_webmainbench.markdown_text(md) == (
        "Receita de bolo\nMisture a farinha com o açúcar.\novos\nleite\nitem qtd\novo 2\nprint('ok')\nDica: forno quente.")
    assert devset_webmainbench.markdown_text("") == ""


def test_write_from_jsonl(tmp_path: Path) -> None:
    page_tr = "<html lang='tr'><body><nav>Ana sayfa</nav><p>Köyde yeni bir okul açıldı.</p></body></html>"
    page_undeclared = "<html><body><p>Une petite boulangerie ouvre ses portes.</p></body></html>"
    rows = [
        {"track_id": "a1", "url": "https://haber.example.com.tr/okul", "html": page_tr,
         "groundtruth_content": "## Okul\n\nKöyde yeni bir okul açıldı.", "meta": {"language": "tr", "style": "Article"}},
        {"track_id": "a2", "url": "https://pain.example.fr/", "html": page_undeclared,
         "groundtruth_content": "Une petite boulangerie ouvre ses portes.", "meta": {"language": "fr", "level": "simple"}},
        {"track_id": "a1", "html": page_tr, "groundtruth_content": "again"},  # duplicate id
        {"track_id": "a3", "html": page_tr, "groundtruth_content": None},  # no truth
    ]
    src = tmp_path / "wmb.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n", encoding="utf-8")
    manifest = devset_webmainbench.write([src], tmp_path / "out", "wmb")
    assert manifest["pages"] == 2 and manifest["skipped"] == {"duplicate": 1, "no page or truth": 1}
    truth = json.loads((tmp_path / "out" / "wmb" / "ground-truth.json").read_text(encoding="utf-8"))
    by_id = {r["source_id"]: (pid, r) for pid, r in truth.items()}
    pid, rec = by_id["a1"]
    assert rec["articleBody"] == "Okul\nKöyde yeni bir okul açıldı."
    assert rec["lang"] == "tr" and rec["lang_from"] == "page" and rec["group"] == "Article"
    assert gzip.open(tmp_path / "out" / "wmb" / "html" / f"{pid}.html.gz").read().decode() == page_tr
    _, rec = by_id["a2"]
    assert rec["lang"] == "fr" and rec["lang_from"] == "set" and rec["level"] == "simple" and "group" not in rec
