"""Packaging: plugins/ ships as newsclean.plugins (never a bare top-level
``plugins``), in a wheel and in the installed (editable) package alike."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_installed_package_maps_plugins_under_newsclean():
    import newsclean.plugins
    import newsclean.plugins.spam as spam

    assert Path(newsclean.plugins.__file__).resolve().parent == (ROOT / "plugins").resolve() or \
        "site-packages" in newsclean.plugins.__file__
    assert spam.__name__ == "newsclean.plugins.spam"


def test_every_builtin_entry_point_loads():
    eps = {ep.name: ep for ep in metadata.entry_points(group="newsclean")}
    modules = sorted(p.stem for p in (ROOT / "plugins").glob("*.py") if p.stem != "__init__")
    for m in modules:
        assert m in eps, f"plugins/{m}.py is not declared as a newsclean entry point"
        assert eps[m].value == f"newsclean.plugins.{m}"
        eps[m].load()


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_wheel_has_no_top_level_plugins_package(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel offline here: {r.stderr[-300:]}")
    (whl,) = tmp_path.glob("newsclean-*.whl")
    names = zipfile.ZipFile(whl).namelist()
    assert "newsclean/plugins/spam.py" in names
    assert "newsclean/py.typed" in names
    assert not any(n.startswith("plugins/") for n in names)
    ep = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(whl).read(ep).decode()
    assert "[newsclean]" in text and "newsclean.plugins.spam" in text
