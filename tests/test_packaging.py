"""Packaging: plugins/ ships as newsclean.plugins (never a bare top-level
``plugins``), in a wheel and in the installed (editable) package alike."""
from __future__ import annotations

import os
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


# -- issue 11.1: every subpackage and data file ships; the tests can run against a wheel install ------

SOURCES = ("newsclean", "plugins", "pyproject.toml", "setup.py", "README.md")


def _copy_source(dest: Path) -> Path:
    import shutil

    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    return dest


@pytest.mark.skipif(not (ROOT / "setup.py").exists(), reason="needs the source tree")
def test_wheel_ships_every_subpackage_and_data_file(tmp_path):
    src = _copy_source(tmp_path / "src")
    # what other work may add: a data module's table, a JSON vocabulary, a new subpackage
    (src / "plugins" / "probe_vocab.tsv").write_text("词\tkind\n", encoding="utf-8")
    (src / "plugins" / "probe").mkdir()
    (src / "plugins" / "probe" / "__init__.py").write_text("", encoding="utf-8")
    (src / "plugins" / "probe" / "terms.json").write_text("{}", encoding="utf-8")
    (src / "newsclean" / "batch" / "probe.json").write_text("{}", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path / "dist"), str(src)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel offline here: {r.stderr[-300:]}")
    (whl,) = (tmp_path / "dist").glob("newsclean-*.whl")
    names = set(zipfile.ZipFile(whl).namelist())
    for subpackage in sorted(p.parent for p in (ROOT / "newsclean").rglob("__init__.py")):
        rel = subpackage.relative_to(ROOT).as_posix()
        assert f"{rel}/__init__.py" in names, f"{rel} is not in the wheel"
    assert "newsclean/batch/__init__.py" in names and "newsclean/batch/probe.json" in names
    assert {"newsclean/plugins/probe_vocab.tsv", "newsclean/plugins/probe/__init__.py",
            "newsclean/plugins/probe/terms.json"} <= names
    assert not any(n.startswith(("plugins/", "tests/", "examples/", "bench/")) for n in names)


@pytest.mark.skipif(os.environ.get("NEWSCLEAN_TEST_INSTALLED") != "1",
                    reason="only when CI runs the suite against the installed wheel")
def test_running_against_the_installed_wheel():
    import newsclean
    import newsclean.batch
    import newsclean.plugins

    for module in (newsclean, newsclean.plugins, newsclean.batch):
        assert ROOT not in Path(module.__file__).resolve().parents, f"{module.__name__} comes from the repo"
    assert {c.origin for c in __import__("newsclean.discovery").discovery.candidates()} == {"entry point"}


def test_source_checkout_without_install_loads_the_builtins(tmp_path):
    """`import newsclean` from a checkout that was never installed: the built-ins load, with a warning."""
    src = _copy_source(tmp_path / "checkout")
    code = f"""
import sys, importlib.metadata as md
md.entry_points = lambda **kw: []          # nothing installed: no entry points at all
sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path.insert(0, {str(src)!r})
import newsclean
assert newsclean.__file__.startswith({str(src)!r}), newsclean.__file__
c = newsclean.Cleaner()
print(sorted((p.name, p.origin) for p in c.plugin_info()))
print(newsclean.clean("<html><body><p>Storm reaches the coast on Monday, forecasters said.</p>"
                      "<p>相关阅读</p></body></html>").text)
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    listed = dict(eval(r.stdout.splitlines()[0]))  # noqa: S307 - our own repr
    declared = {ep.name for ep in metadata.entry_points(group="newsclean") if ep.value.startswith("newsclean.plugins.")}
    assert set(listed) == declared and set(listed.values()) == {"built-in (not installed)"}
    assert "Storm reaches the coast" in r.stdout
    assert "not installed" in r.stderr


def test_fallback_module_list_matches_the_declared_entry_points():
    from newsclean.discovery import builtin_modules

    declared = {ep.name: ep.value for ep in metadata.entry_points(group="newsclean")
                if ep.value.startswith("newsclean.plugins.")}
    assert dict(builtin_modules()) == declared
