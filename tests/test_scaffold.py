"""``newsclean new-plugin``: the package it writes installs, is listed, and its own tests pass."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.scaffold import names_for, new_plugin

PY = sys.executable


def _env(*paths: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLEAN_DISABLE"}
    env["PYTHONPATH"] = os.pathsep.join([str(p) for p in paths] + [env.get("PYTHONPATH", "")])
    return env


def test_names() -> None:
    assert names_for("acme-news") == {"entry_point": "acme-news", "dist": "newsclean-acme-news",
                                      "module": "newsclean_acme_news"}
    assert names_for("newsclean-Acme_News")["entry_point"] == "acme-news"
    for bad in ("", "9lives", "acme news", "acme/../x", "newsclean-"):
        with pytest.raises(ValueError):
            names_for(bad)


def test_writes_a_complete_package(tmp_path: Path) -> None:
    folder = new_plugin("acme-news", tmp_path / "acme-news", domain="acme.example.com")
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert files == [".gitignore", "README.md", "newsclean_acme_news/__init__.py", "pyproject.toml",
                     "tests/cases/front-page/expected.json", "tests/cases/front-page/page.html",
                     "tests/test_acme_news.py"]
    pyproject = (folder / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.newsclean]\nacme-news = "newsclean_acme_news"' in pyproject
    expected = json.loads((folder / "tests/cases/front-page/expected.json").read_text(encoding="utf-8"))
    assert expected["url"].startswith("https://www.acme.example.com/")
    assert expected["removed"][0]["plugin"] == "acme-news:promo"
    assert "{{" not in "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file())


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "acme").mkdir()
    (tmp_path / "acme" / "keep.txt").write_text("mine")
    assert main(["new-plugin", "acme", "--dir", str(tmp_path / "acme")]) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["new-plugin", "acme", "--dir", str(tmp_path / "acme"), "--force"]) == 0
    assert (tmp_path / "acme" / "keep.txt").read_text() == "mine"


def test_plugin_works_before_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = new_plugin("acme-news", tmp_path / "pkg")
    monkeypatch.syspath_prepend(str(folder))
    import newsclean_acme_news as plugin  # noqa: PLC0415

    from newsclean.testing import load_case, make_cleaner

    try:
        case = load_case(folder / "tests" / "cases" / "front-page")
        art = case.check(make_cleaner(plugin))
        assert art.title == "Harbour bridge reopens after two years of repairs"
        assert [r.plugin for r in art.removed if r.kind == "ad"] == ["acme-news:promo"]
    finally:
        sys.modules.pop("newsclean_acme_news", None)


def test_new_plugin_installs_is_listed_and_its_tests_pass(tmp_path: Path) -> None:
    work = tmp_path / "empty"
    work.mkdir()
    # 1. the command, run in an empty folder
    subprocess.run([PY, "-m", "newsclean.cli", "new-plugin", "acme-news"], cwd=work, check=True,
                   capture_output=True, env=_env())
    pkg = work / "acme-news"
    assert (pkg / "pyproject.toml").is_file()
    # 2. pip takes it (into a private target: the test venv stays as it was)
    target = tmp_path / "target"
    pip = subprocess.run([PY, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                          "--disable-pip-version-check", "--quiet", "--target", str(target), str(pkg)],
                         capture_output=True, text=True)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    assert (target / "newsclean_acme_news" / "__init__.py").is_file()
    # 3. newsclean plugins lists it, through its entry point
    out = subprocess.run([PY, "-m", "newsclean.cli", "plugins"], capture_output=True, text=True, check=True,
                         env=_env(target), cwd=tmp_path).stdout
    assert "acme-news 0.1.0 [entry point]  domains: acme-news.example" in out
    assert "acme-news:promo" in out
    # 4. its own tests pass, the entry-point test included (not skipped)
    res = subprocess.run([PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"], cwd=pkg,
                         capture_output=True, text=True, env=_env(target))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "4 passed" in res.stdout and "skipped" not in res.stdout


# -- issue 10.5: nothing from the command line becomes code, no write leaves the folder ------------------

_INJECTIONS = (
    'x.example"]\nimport os; os.system("touch PWNED")\n#',
    "x.example'; import os #",
    "https://x.example/path",
    "x.example:8080",
    "bad host.example",
    "a..example",
    "x" * 64 + ".example",
)


@pytest.mark.parametrize("domain", _INJECTIONS)
def test_a_domain_that_is_not_a_host_name_is_one_clear_error(
        domain: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pkg"
    assert main(["new-plugin", "acme", "--dir", str(folder), "--domain", domain]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: --domain: host name") and err.count("\n") == 1
    assert not folder.exists() and not (tmp_path / "PWNED").exists()


def test_an_idn_domain_matches_its_unicode_and_punycode_urls(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = new_plugin("xinwen", tmp_path / "pkg", domain="新闻.中国")
    source = (folder / "newsclean_xinwen" / "__init__.py").read_text(encoding="utf-8")
    assert "DOMAINS = ['xn--efvy88h.xn--fiqs8s', '新闻.中国']" in source
    monkeypatch.syspath_prepend(str(folder))
    import newsclean_xinwen as plugin  # noqa: PLC0415

    from newsclean.testing import load_case, make_cleaner

    try:
        case = load_case(folder / "tests" / "cases" / "front-page")
        cleaner = make_cleaner(plugin)
        for url in ("https://www.xn--efvy88h.xn--fiqs8s/a.html", "https://www.新闻.中国/a.html"):
            art = cleaner.clean(case.page, url)
            assert [r.plugin for r in art.removed if r.kind == "ad"] == ["xinwen:promo"], url
    finally:
        sys.modules.pop("newsclean_xinwen", None)


def test_generated_python_holds_values_only_as_literals(tmp_path: Path) -> None:
    import ast

    folder = new_plugin("acme-news", tmp_path / "pkg", domain="news.acme.example")
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import) and "acme" in n.names[0].name]
    plugin_src = (folder / "newsclean_acme_news" / "__init__.py").read_text(encoding="utf-8")
    assert "name = 'acme-news'" in plugin_src and "DOMAINS = ['news.acme.example']" in plugin_src


@pytest.mark.parametrize("name", ["a" * 300, "acme\nnews", "acmé", "acme;rm", "../acme"])
def test_a_long_or_odd_plugin_name_is_one_clear_error(name: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-plugin", name, "--dir", str(tmp_path / "pkg")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: plugin name") and err.count("\n") == 1
    assert not (tmp_path / "pkg").exists()


def test_force_never_writes_through_a_symbolic_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "precious.toml"
    outside.write_text("mine")
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "pyproject.toml").symlink_to(outside)
    assert main(["new-plugin", "acme", "--dir", str(folder), "--force"]) == 2
    assert "symbolic link" in capsys.readouterr().err
    assert outside.read_text() == "mine"
    # a linked sub-folder is refused too
    (folder / "pyproject.toml").unlink()
    (tmp_path / "elsewhere").mkdir()
    (folder / "tests").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert main(["new-plugin", "acme", "--dir", str(folder), "--force"]) == 2
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_dir_that_is_a_file_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "f").write_text("x")
    assert main(["new-plugin", "acme", "--dir", str(tmp_path / "f")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error:") and err.count("\n") == 1


def test_host_names_are_validated_and_idn_converted() -> None:
    from newsclean.hosts import HostError, ascii_host, host_forms, unicode_host

    assert ascii_host("新闻.中国") == "xn--efvy88h.xn--fiqs8s"
    assert ascii_host("WWW.Example.ORG.") == "www.example.org"
    assert ascii_host("新闻。中国") == "xn--efvy88h.xn--fiqs8s"  # ideographic full stop
    assert unicode_host("xn--efvy88h.xn--fiqs8s") == "新闻.中国"
    assert host_forms("xn--efvy88h.xn--fiqs8s") == ["xn--efvy88h.xn--fiqs8s", "新闻.中国"]
    assert host_forms("example.org") == ["example.org"]
    assert ascii_host("a_b.example", strict=False) == "a_b.example"
    for bad in ("", "a b.example", "a/b", "-a.example", "a..b", "新闻\".中国", "x" * 300, "a.example:80"):
        with pytest.raises(HostError):
            ascii_host(bad)
    with pytest.raises(HostError):
        ascii_host("a_b.example")
