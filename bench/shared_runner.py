"""The shared benchmark runner, ``../shared/bench/extract_eval.py``, loaded by path.

It is a script next to the checkout, not an installed package: the bench scripts that score or time
pages the way it does (``text_vs_html.py``, ``wrap_stress.py``, ``page_ratio.py``) load it here.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

SHARED_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
RUNNER = SHARED_BENCH / "extract_eval.py"


def load() -> Any:
    """extract_eval.py as a module, loaded once a process (registered as ``extract_eval``)."""
    mod = sys.modules.get("extract_eval")
    if mod is not None:
        return mod
    spec = importlib.util.spec_from_file_location("extract_eval", RUNNER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the shared benchmark runner at {RUNNER}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = mod
    spec.loader.exec_module(mod)
    return mod
