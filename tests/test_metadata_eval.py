"""bench/metadata_eval.py: titles compared with the truth's."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("metadata_eval_script", ROOT / "bench" / "metadata_eval.py")
me = importlib.util.module_from_spec(_spec)
sys.modules["metadata_eval_script"] = me
_spec.loader.exec_module(me)


def test_titles_compare_folded() -> None:
    assert me.norm_title("It\u2019s  a &amp; B \u2014 c.") == me.norm_title("it's a & b - C")
    assert me.norm_title("Ein bisschen Fortschritt\u200b") == me.norm_title("Ein bisschen Fortschritt")
    assert me.norm_title("Helikopter\u00adlandeplatz") == me.norm_title("Helikopterlandeplatz")
    assert me.norm_title("Bridge opens") != me.norm_title("Bridge opens | The Daily Example")
    assert me.norm_title(None) == ""
