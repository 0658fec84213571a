"""A third-party plugin found through an entry point: listed, ordered among the built-ins, disabled by name."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import Cleaner
from newsclean.cli import main
from newsclean.pipeline import ENV_DISABLE

PLUGIN = '''
"""Acme: drops lines this test marks as ACME-NOISE."""
from newsclean import Step, hookimpl

__version__ = "1.2.0"

def _drop(doc):
    for b in doc.blocks:
        if b.text.startswith("ACME-NOISE"):
            doc.drop(b, "acme", "an ACME-NOISE marker line")

@hookimpl
def newsclean_register_steps(register):
    register(Step("noise", _drop, order=450, kind="acme"))
'''

PAGE = """<html><head><title>Harbour bridge</title></head><body><article>
<h1>Harbour bridge reopens after two years of repairs</h1>
<p>The harbour bridge reopened on Monday morning, two years after the storm that closed it.</p>
<p>ACME-NOISE the city council said the repairs came in under budget and ahead of schedule.</p>
<p>Traffic was heavy during the first hours, and ferry operators reported fewer passengers.</p>
</article></body></html>"""


def _dist(root: Path, module: str, ep_name: str, source: str, version: str = "1.2.0") -> None:
    (root / f"{module}.py").write_text(source, encoding="utf-8")
    info = root / f"{module}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: {version}\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[newsclean]\n{ep_name} = {module}\n", encoding="utf-8")


@pytest.fixture()
def acme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Install a tiny distribution with a ``newsclean`` entry point in a folder on sys.path."""
    site = tmp_path / "site"
    site.mkdir()
    _dist(site, "acme_newsclean_plugin", "acme", PLUGIN)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "acme_newsclean_plugin", raising=False)
    monkeypatch.delenv(ENV_DISABLE, raising=False)
    yield site
    sys.modules.pop("acme_newsclean_plugin", None)


def _key(s):  # type: ignore[no-untyped-def]
    return (0 if s.stage == "tree" else 1, s.order, s.qualname)


def _acme_removals(article):  # type: ignore[no-untyped-def]
    return [r for r in article.removed if r.plugin == "acme:noise"]


def test_discovered_and_listed(acme: Path) -> None:
    info = {p.name: p for p in Cleaner().plugin_info()}
    assert info["acme"].origin == "entry point"
    assert info["acme"].version == "1.2.0"
    assert [(s.qualname, s.order, s.kind) for s in info["acme"].steps] == [("acme:noise", 450, "acme")]
    builtins = {n for n, p in info.items() if p.origin == "entry point" and n != "acme"}
    assert {"content", "spam", "source"} <= builtins  # found by the same discovery


def test_ordered_among_the_builtins(acme: Path) -> None:
    steps = Cleaner().steps
    assert steps == sorted(steps, key=_key)
    i = [s.qualname for s in steps].index("acme:noise")
    assert all(_key(s) <= _key(steps[i]) for s in steps[:i])
    assert all(_key(s) >= _key(steps[i]) for s in steps[i + 1:])
    # it sits after every built-in step of lower order and before the article locator band
    later = [s for s in steps[i + 1:] if s.stage == "blocks"]
    assert all(s.order >= 450 for s in later)


def test_runs_on_pages(acme: Path) -> None:
    art = Cleaner().clean(PAGE, "https://news.example.com/a")
    (r,) = _acme_removals(art)
    assert r.kind == "acme" and r.text.startswith("ACME-NOISE")


@pytest.mark.parametrize("name", ["acme", "acme:noise"])
def test_disabled_by_name_in_the_api(acme: Path, name: str) -> None:
    c = Cleaner(disable=[name])
    assert "acme:noise" not in [s.qualname for s in c.steps]
    assert not _acme_removals(c.clean(PAGE, "https://news.example.com/a"))
    if name == "acme":
        assert {p.name: p for p in c.plugin_info()}["acme"].disabled


def test_disabled_by_environment_variable(acme: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DISABLE, "spam, acme")
    c = Cleaner()
    info = {p.name: p for p in c.plugin_info()}
    assert info["acme"].disabled and info["spam"].disabled
    assert not _acme_removals(c.clean(PAGE, "https://news.example.com/a"))


def test_disabled_by_cli_flag(acme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["plugins"]) == 0
    assert "acme 1.2.0 [entry point]\n" in capsys.readouterr().out
    assert main(["plugins", "--disable", "acme"]) == 0
    assert "acme 1.2.0 [entry point] (disabled)" in capsys.readouterr().out
    assert main(["clean", str(page), "--format", "json"]) == 0
    assert '"plugin": "acme:noise"' in capsys.readouterr().out
    assert main(["clean", str(page), "--format", "json", "--disable", "spam,acme"]) == 0
    assert '"plugin": "acme:noise"' not in capsys.readouterr().out


def test_found_by_a_fresh_process(acme: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(acme), os.environ.get("PYTHONPATH", "")])}
    env.pop(ENV_DISABLE, None)
    out = subprocess.run([sys.executable, "-m", "newsclean.cli", "plugins"], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert "acme 1.2.0 [entry point]" in out and "acme:noise" in out


def test_broken_entry_point_is_reported_not_fatal(acme: Path) -> None:
    _dist(acme, "acme_broken_plugin", "acme-broken", "raise ImportError('missing dependency xyz')\n", "0.1")
    try:
        c = Cleaner()
        info = {p.name: p for p in c.plugin_info()}
        assert "missing dependency xyz" in info["acme-broken"].error
        art = c.clean(PAGE, "https://news.example.com/a")
        assert any("acme-broken" in n for n in art.notes)
        assert _acme_removals(art)  # the others still ran
    finally:
        sys.modules.pop("acme_broken_plugin", None)


# -- issue 11.4: what an entry point may name; a given plugin replaces the installed one ------------

CLASS_PLUGIN = '''
from newsclean import Step, hookimpl

class AcmeSite:
    name = "acme-site"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("noise", self.drop, order=450, kind="acme"))

    def drop(self, doc):
        for b in doc.blocks:
            if b.text.startswith("ACME-NOISE"):
                doc.drop(b, "acme", "an ACME-NOISE marker line (class plugin)")

INSTANCE = AcmeSite()
'''


def _dist_ep(root: Path, module: str, ep_name: str, value: str, source: str) -> None:
    (root / f"{module}.py").write_text(source, encoding="utf-8")
    info = root / f"{module}-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[newsclean]\n{ep_name} = {value}\n", encoding="utf-8")


@pytest.fixture()
def site_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site2"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv(ENV_DISABLE, raising=False)
    yield site
    sys.modules.pop("acme_site_plugin", None)


@pytest.mark.parametrize("value", ["acme_site_plugin:AcmeSite", "acme_site_plugin:INSTANCE"])
def test_entry_point_may_name_a_class_or_an_instance(site_dir: Path, value: str) -> None:
    _dist_ep(site_dir, "acme_site_plugin", "acme-site", value, CLASS_PLUGIN)
    c = Cleaner()
    info = {p.name: p for p in c.plugin_info()}["acme-site"]
    assert not info.error and [s.qualname for s in info.steps] == ["acme-site:noise"]
    assert _acme_removals_named(c.clean(PAGE, "https://news.example.com/a"), "acme-site:noise")


def test_entry_point_without_hooks_warns_and_names_the_class(site_dir: Path, caplog) -> None:
    _dist_ep(site_dir, "acme_site_plugin", "acme-site", "acme_site_plugin", CLASS_PLUGIN)
    import logging

    with caplog.at_level(logging.WARNING, logger="newsclean"):
        c = Cleaner()
    err = {p.name: p for p in c.plugin_info()}["acme-site"].error
    assert "no @newsclean.hookimpl functions" in err and "acme_site_plugin:AcmeSite" in err
    assert any("acme_site_plugin:AcmeSite" in r.getMessage() for r in caplog.records)
    assert any("acme-site" in n for n in c.clean(PAGE).notes)


def test_given_plugin_replaces_the_installed_one(site_dir: Path) -> None:
    _dist_ep(site_dir, "acme_site_plugin", "acme-site", "acme_site_plugin:AcmeSite", CLASS_PLUGIN)
    import acme_site_plugin  # type: ignore[import-not-found]

    c = Cleaner(plugins=[acme_site_plugin.AcmeSite()])  # pluggy said "already registered" before
    info = {p.name: p for p in c.plugin_info()}["acme-site"]
    assert info.origin == "given" and info.replaced == "entry point 0.3"
    assert len(_acme_removals_named(c.clean(PAGE, "https://news.example.com/a"), "acme-site:noise")) == 1


def test_given_module_that_is_also_installed(acme: Path) -> None:
    import acme_newsclean_plugin  # type: ignore[import-not-found]

    c = Cleaner(plugins=[acme_newsclean_plugin])  # same module object as the entry point's
    assert len(_acme_removals(c.clean(PAGE, "https://news.example.com/a"))) == 1


def _acme_removals_named(article, plugin):  # type: ignore[no-untyped-def]
    return [r for r in article.removed if r.plugin == plugin]


def _readme_block(lang: str, needle: str) -> str:
    import re

    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"```{lang}\n(.*?)```", text, re.S)
    return next(b for b in blocks if needle in b)


def test_readme_site_plugin_recipe_works_installed_and_given(site_dir: Path) -> None:
    code = _readme_block("python", "class ExamplePortal")
    module_src = code.split("\ncleaner = ")[0]  # the recipe's module, without its usage lines
    toml = _readme_block("toml", "[project.entry-points.newsclean]")
    ep_name, value = [x.strip().strip('"') for x in toml.splitlines()[1].split("=")]
    module = value.split(":")[0]
    _dist_ep(site_dir, module, ep_name, value, module_src)
    page = PAGE.replace("ACME-NOISE the city", "【责任编辑：王五】 the city")
    try:
        c = Cleaner()
        info = {p.name: p for p in c.plugin_info()}[ep_name]
        assert not info.error and info.domains == ["example.cn"] and info.steps
        art = c.clean(page, url="https://news.example.cn/a.html")
        assert [r.plugin for r in art.removed if r.kind == "byline"] == [f"{ep_name}:editor-line"]
        recipe = __import__(module)
        given = Cleaner(plugins=[recipe.ExamplePortal()])  # the README's usage line, with it installed
        assert {p.name: p for p in given.plugin_info()}[ep_name].origin == "given"
        assert len(given.clean(page, url="https://news.example.cn/a.html").removed) >= 1
    finally:
        sys.modules.pop(module, None)


def test_readme_disable_examples_name_real_plugins_and_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.delenv(ENV_DISABLE, raising=False)
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = set()
    for m in re.finditer(r"NEWSCLEAN_DISABLE=([\w:,-]+)|--disable ([\w:,-]+)|disable=\[([^\]]*)\]", text):
        found = m.group(1) or m.group(2) or m.group(3)
        names |= {n.strip().strip("\"'") for n in found.split(",") if n.strip()}
    assert "spam" in names and any(":" in n for n in names)
    assert Cleaner(disable=sorted(names)).warnings == []
