"""Golden folders: every ``tests/golden/<plugin>/<case>/`` gives its saved article.

Each case is an invented page focused on one built-in plugin's noise, with the
expected text (``expected.txt``) and title/authors/published/source, paragraph
kinds and removals as (kind, plugin, text prefix) (``expected.json``). When a
plugin changes on purpose, regenerate with ``python scripts/golden.py --update
<plugin>[/<case>]`` and review the printed diff.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from newsclean import Cleaner, discovery

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("golden_script", ROOT / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
sys.modules["golden_script"] = golden
_spec.loader.exec_module(golden)

CASES = golden.case_dirs("all")
IDS = [c.relative_to(golden.GOLDEN).as_posix() for c in CASES]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_there_are_cases_for_every_builtin_plugin(cleaner):
    builtin = {name for name, _module in discovery.builtin_modules()}
    plugins = {name for name, info in cleaner.plugins.items() if name in builtin}
    covered = {c.parent.name for c in CASES}
    assert plugins, "no built-in plugin discovered"
    assert plugins <= covered, f"plugins without a golden case: {sorted(plugins - covered)}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_case_gives_its_saved_article(case, cleaner):
    changes = golden.compare(case, cleaner)
    rel = case.relative_to(golden.GOLDEN).as_posix()
    assert not changes, (f"{rel} changed; if on purpose: python scripts/golden.py --update {rel}\n"
                         + "\n".join(changes))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_case_depends_on_its_plugin(case):
    """Disabling the case's plugin changes the result: the case exercises that plugin."""
    plugin = case.parent.name
    inputs = golden.read_inputs(case)
    with_it = golden.expectations(golden.clean_case(case, Cleaner()), inputs)
    without = golden.expectations(golden.clean_case(case, Cleaner(disable=[plugin])), inputs)
    assert with_it != without, f"{plugin} does nothing on {case.name}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_saved_removals_are_well_formed(case):
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert data.get("url", "").startswith("https://"), "a case names its page's URL"
    for triple in data["removed"]:
        kind, plugin, prefix = triple
        assert kind and ":" in plugin and prefix.strip(), triple
    # plugins that drop lines show up in their own cases' removals
    if case.parent.name not in ("htmlmeta", "structure"):
        assert any(name.startswith(case.parent.name + ":") for _, name, _ in data["removed"]), \
            f"no removal by {case.parent.name} in {case.name}"


# ---------------------------------------------------------------------------
# the script: --new, check, --update on a scratch folder
# ---------------------------------------------------------------------------

PAGE = """<html lang="en"><head><title>Bridge reopens after repairs</title></head><body>
<article><h1>Bridge reopens after repairs</h1>
<p>By Ana Lopes</p>
<p>The old stone bridge over the river reopened to traffic on Friday after eight months of repairs
to its arches, which had been damaged by floods in the winter.</p>
<p>Engineers replaced more than two hundred stones and strengthened the foundations of the central pier.</p>
<p>Related articles</p><p>Floods close the river road...</p><p>Council plans new footpath...</p>
</article></body></html>"""


def test_script_new_check_and_update(tmp_path, capsys):
    page = tmp_path / "in.html"
    page.write_text(PAGE, encoding="utf-8")
    root = tmp_path / "golden"
    assert golden.main(["--root", str(root), "--new", "related", "en_bridge", str(page),
                        "--url", "https://news.example.org/story/bridge.html"]) == 0
    case = root / "related" / "en_bridge"
    assert (case / "page.html").read_text(encoding="utf-8") == PAGE
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert data["authors"] == ["Ana Lopes"]
    assert ["related", "related:lists", "Related articles"] in data["removed"]
    assert "Floods close" not in (case / "expected.txt").read_text(encoding="utf-8")
    capsys.readouterr()

    assert golden.main(["--root", str(root)]) == 0  # check: nothing differs
    assert "1 cases, 0 differ" in capsys.readouterr().out

    # a stale expectation is reported with a diff, and --update rewrites it
    (case / "expected.txt").write_text("something else\n", encoding="utf-8")
    assert golden.main(["--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert "-something else" in out and "+The old stone bridge" in out
    assert golden.main(["--root", str(root), "--update", "related/en_bridge"]) == 0
    assert "1 cases, 1 changed" in capsys.readouterr().out
    assert golden.main(["--root", str(root)]) == 0

    # the input keys (url, note) survive an update
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    data["note"] = "kept"
    data["title"] = "wrong"
    (case / "expected.json").write_text(json.dumps(data), encoding="utf-8")
    golden.main(["--root", str(root), "--update", "related"])
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert data["note"] == "kept" and data["title"] == "Bridge reopens after repairs"
    assert data["url"] == "https://news.example.org/story/bridge.html"


def test_script_refuses_to_overwrite_and_unknown_cases(tmp_path, capsys):
    page = tmp_path / "in.txt"
    page.write_text("Headline\n\nA line of text that is long enough to be a paragraph of the article body.\n",
                    encoding="utf-8")
    root = tmp_path / "golden"
    golden.main(["--root", str(root), "--new", "textdump", "dump", str(page), "--text"])
    assert (root / "textdump" / "dump" / "page.txt").is_file()
    assert json.loads((root / "textdump" / "dump" / "expected.json").read_text())["input_kind"] == "text"
    with pytest.raises(FileExistsError):
        golden.main(["--root", str(root), "--new", "textdump", "dump", str(page)])
    assert golden.main(["--root", str(root), "--update", "nosuchplugin"]) == 2
