"""Defects a reviewer found trying the wheel as a new user (issues 10 and 11)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import types
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main, read_page

ROOT = Path(__file__).resolve().parents[1]


# -- 1. the CLI never reads more than max_bytes + 1 bytes ------------------------------------

class _EndlessStream:
    """A binary stream that never ends; refuses an unbounded read and counts bytes served."""

    def __init__(self, unit: bytes = "中文\n".encode("utf-8")) -> None:
        self.unit = unit
        self.served = 0

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            raise AssertionError("unbounded read of an endless stream")
        out = (self.unit * (n // len(self.unit) + 1))[:n]
        self.served += len(out)
        return out


def test_read_page_stdin_is_bounded(monkeypatch):
    stream = _EndlessStream()
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=stream))
    with pytest.raises(newsclean.InputError) as e:
        read_page("-", max_bytes=10_000)
    assert e.value.code == "too_large" and "max_bytes=10000" in str(e.value)
    assert stream.served <= 10_001


def test_read_page_file_is_bounded(tmp_path):
    p = tmp_path / "big.html"
    p.write_bytes(b"<p>x</p>" * 2000)
    with pytest.raises(newsclean.InputError) as e:
        read_page(str(p), max_bytes=1000)
    assert e.value.code == "too_large"
    assert read_page(str(p), max_bytes=16000) == b"<p>x</p>" * 2000


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_clean_dev_zero_is_too_large_not_a_memory_error():
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", "clean", "/dev/zero"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr[-500:]
    assert "Traceback" not in r.stderr and "max_bytes" in r.stderr and r.stderr.count("\n") == 1


# -- 2. batch -o that is a file, a device, or cannot be made: one line, exit 2 ----------------

@pytest.mark.parametrize("target", ["existing-file", "/dev/null", "/proc/nope"])
def test_batch_output_that_is_not_a_folder(tmp_path, capsys, target):
    pytest.importorskip("newsclean.batch")
    if target.startswith("/") and not os.path.exists(os.path.dirname(target)):
        pytest.skip(f"no {os.path.dirname(target)} here")
    pages = tmp_path / "pages.jsonl"
    pages.write_text('{"html": "<p>The storm reached the coast on Monday.</p>"}\n', encoding="utf-8")
    out = str(pages) if target == "existing-file" else target
    assert main(["batch", str(pages), "-o", out]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert pages.read_text(encoding="utf-8").count("\n") == 1  # the input is left as it was


# -- 3. a truncated .gz page is refused, not "empty" or silently partial ----------------------

def _gz_page() -> bytes:
    import gzip
    import random
    rng = random.Random(7)
    words = ["storm", "coast", "rain", "officials", "shelter", "town", "river", "road", "風暴", "海岸"]
    body = "".join(f"<p>{' '.join(rng.choice(words) for _ in range(40))}.</p>" for _ in range(60))
    return gzip.compress(f"<html><head><title>Storm</title></head><body>{body}</body></html>".encode("utf-8"))


@pytest.mark.parametrize("cut", [15, 300, -20])
def test_truncated_gzip_page_is_input_error(cut):
    data = _gz_page()
    assert len(data) > 400
    with pytest.raises(newsclean.InputError) as e:
        newsclean.clean(data[:cut])
    assert e.value.code == "binary" and "cut short" in str(e.value)


def test_whole_and_concatenated_gzip_pages_still_read():
    import gzip
    assert "storm" in newsclean.clean(_gz_page()).text
    two = gzip.compress(b"<html><body><p>The storm reached the coast on Monday, officials said.</p>") + \
        gzip.compress(b"<p>Shelters opened in three towns along the river on Tuesday night.</p></body></html>")
    text = newsclean.clean(two).text
    assert "storm reached" in text and "Shelters opened" in text


def test_truncated_gzip_file_on_the_command_line(tmp_path, capsys):
    p = tmp_path / "page.html.gz"
    p.write_bytes(_gz_page()[:300])
    assert main(["clean", str(p)]) == 2
    err = capsys.readouterr().err
    assert "cut short" in err and err.count("\n") == 1


# -- 4. the Format example of docs/site-rules.md parses as written -------------------------------

def _doc_block(doc: str, heading: str, lang: str) -> str:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8") if doc != "README.md" else \
        (ROOT / doc).read_text(encoding="utf-8")
    after = text[text.index(heading):]
    start = after.index(f"```{lang}\n") + len(f"```{lang}\n")
    return after[start:after.index("```", start)]


def test_site_rules_doc_format_example_parses_and_compiles():
    from newsclean.siterules import XPATH_DIRECTIVES, compile_rule_xpath, parse_rules
    rf = parse_rules(_doc_block("site-rules.md", "## Format", "text"), "example.txt")
    assert rf.problems == []
    assert [d.value for d in rf.get("body")] == ["//div[@id='story']", "//article"]
    for d in rf.directives:
        if d.name in XPATH_DIRECTIVES:
            compile_rule_xpath(d.value)  # raises RuleXPathError when invalid


@pytest.mark.parametrize("line, value", [
    ("body: //article   # a comment", "//article"),
    ("body: //div[@title='a # b']  # why", "//div[@title='a # b']"),
    ('strip: //p[contains(., "C # D")]', '//p[contains(., "C # D")]'),
    ("strip: //a[@href='#top']", "//a[@href='#top']"),
    ("prune: no  # keep everything", "no"),
    ("strip_id_or_class: promo # box", "promo # box"),  # not an XPath: '#' is kept
    ("test_url: https://example.org/a#b", "https://example.org/a#b"),
])
def test_rule_line_comments(line, value):
    from newsclean.siterules import parse_rules
    rf = parse_rules(line)
    assert rf.directives[0].value == value


# -- 5. entry points naming newsclean.plugins.* while the checkout's package is imported ----------

_MISMATCH = r"""
import logging, sys
sys.path[:0] = [sys.argv[1]]
sys.path.append(sys.argv[2])  # site-packages without its .pth files: no editable finder
logging.basicConfig(level=logging.WARNING, format="LOG %(message)s")
import newsclean
assert newsclean.__file__.startswith(sys.argv[1]), newsclean.__file__
broken = [i.name for i in newsclean.Cleaner().plugin_info() if i.error]
newsclean.Cleaner()
print("BROKEN", broken)
"""


def test_builtins_load_when_entry_points_name_a_package_the_checkout_lacks(tmp_path):
    from importlib import metadata
    if not any(ep.value.startswith("newsclean.plugins.") for ep in metadata.entry_points(group="newsclean")):
        pytest.skip("newsclean is not installed: no entry points")
    r = subprocess.run([sys.executable, "-S", "-c", _MISMATCH, str(ROOT), sysconfig.get_paths()["purelib"]], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr[-800:]
    assert "BROKEN []" in r.stdout, r.stdout + r.stderr[-800:]
    warnings = [x for x in r.stderr.splitlines() if "source tree's plugins/ folder" in x]
    assert len(warnings) == 1, r.stderr[-800:]


# -- 6. the README's site-plugin example removes the editor line with its own step ----------------

README_PAGE = ("<html><head><title>市政府召开新闻发布会</title></head><body><article>"
               "<h1>市政府召开新闻发布会</h1>"
               "<p>市政府今天上午召开新闻发布会，介绍今年城市交通建设的进展情况和下一步的工作安排。</p>"
               "<p>发布会上，有关负责人表示，全市新建和改建道路一百二十公里，新增公交线路三十条。</p>"
               "<p>【责任编辑：张三】</p>"
               "</article></body></html>")


def test_readme_site_plugin_example_removes_the_editor_line():
    code = _doc_block("README.md", "## Extending: a site plugin", "python")
    scope: dict = {"page": README_PAGE, "__name__": "readme_example"}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    article = scope["article"]
    assert "责任编辑" not in article.text and "新增公交线路" in article.text
    editor = [r for r in article.removed if "责任编辑" in r.text]
    assert [(r.plugin, r.kind) for r in editor] == [("example-portal:editor-line", "byline")]


# -- 7. a plugins-dir file with a misspelled hook is BROKEN, like an entry point; no-hook plugins flagged

_TYPO_PLUGIN = '''
from newsclean import hookimpl

@hookimpl
def newsclean_register_step(register):  # misspelled: the hook is newsclean_register_steps
    pass
'''


def test_plugins_dir_misspelled_hook_is_broken_and_cleaning_goes_on(tmp_path):
    folder = tmp_path / "sites"
    folder.mkdir()
    (folder / "typo.py").write_text(_TYPO_PLUGIN, encoding="utf-8")
    cleaner = newsclean.Cleaner(plugins_dir=folder)
    info = cleaner.plugins["typo"]
    assert "register_step" in info.error and info.origin == "plugins dir"
    article = cleaner.clean(README_PAGE.encode("utf-8"))
    assert "新增公交线路" in article.text
    assert any("typo" in n and "register_step" in n for n in article.notes)


def test_cli_plugins_dir_misspelled_hook_lists_broken(tmp_path, capsys):
    folder = tmp_path / "sites"
    folder.mkdir()
    (folder / "typo.py").write_text(_TYPO_PLUGIN, encoding="utf-8")
    assert main(["plugins", "--plugins-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert any(line.startswith("typo ") and "(BROKEN)" in line for line in out.splitlines())
    page = tmp_path / "page.html"
    page.write_text(README_PAGE, encoding="utf-8")
    assert main(["clean", str(page), "--plugins-dir", str(folder)]) == 0
    assert "新增公交线路" in capsys.readouterr().out


def test_given_plugin_without_hooks_is_flagged():
    module = types.ModuleType("no_hooks_here")
    module.helper = lambda: None
    cleaner = newsclean.Cleaner(plugins=[module], entry_points=False)
    assert "no @newsclean.hookimpl" in cleaner.plugins["no_hooks_here"].error
    assert any("no_hooks_here" in w and "does nothing" in w for w in cleaner.warnings)


def test_given_misspelled_plugin_is_still_an_error():
    class Typo:
        @newsclean.hookimpl
        def newsclean_register_step(self, register):
            pass

    with pytest.raises(newsclean.PluginError):
        newsclean.Cleaner(plugins=[Typo()], entry_points=False)


# -- 8. clean_records skips blank lines, as newsclean batch does -----------------------------------

@pytest.mark.parametrize("isolate", [False, True])
def test_clean_records_skips_blank_lines(isolate):
    batch = pytest.importorskip("newsclean.batch")
    good = '{"id": "a", "html": "<p>The storm reached the coast on Monday, officials said.</p>"}'
    records = ["", "  ", good, b"\n", "{not json"]
    out = list(batch.clean_records(records, batch.CleanerSpec(), isolate=isolate, timeout=60))
    assert len(out) == 2
    assert out[0].get("id") == "a" and "storm reached" in out[0].get("text", "")
    assert out[1]["stage"] == "read" and out[1]["input"] == "record:5", out[1]  # positions still count blanks


# -- 9. newsclean batch URL says that newsclean does not fetch ----------------------------------

def test_batch_url_says_newsclean_does_not_fetch(tmp_path, capsys):
    pytest.importorskip("newsclean.batch")
    assert main(["batch", "https://news.example.com/pages.jsonl", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "does not fetch" in err and "not found" not in err and err.count("\n") == 1


# -- 10. --input-kind help describes auto as it behaves -------------------------------------------

def test_input_kind_help_describes_the_file_name_hint(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "hint weighed against the page" in help_text and ".txt" in help_text and ".html" in help_text
    # ... and it behaves as described: a .txt holding an HTML document is HTML,
    # a .html holding no markup is a text dump, and a forced kind wins.
    doc = tmp_path / "saved.txt"
    doc.write_text(f"<!DOCTYPE html>\n{README_PAGE}", encoding="utf-8")
    plain = tmp_path / "plain.html"
    plain.write_text("市政府今天上午召开新闻发布会。\n\n全市新建和改建道路一百二十公里。\n", encoding="utf-8")
    kinds = {}
    for path, forced in ((doc, "auto"), (plain, "auto"), (doc, "text")):
        assert main(["clean", str(path), "--format", "json", "--input-kind", forced]) == 0
        kinds[(path.name, forced)] = json.loads(capsys.readouterr().out)["input_kind"]
    assert kinds == {("saved.txt", "auto"): "html", ("plain.html", "auto"): "text", ("saved.txt", "text"): "text"}


def test_eval_reader_refuses_a_header_only_gzip_page(tmp_path):
    from newsclean.evaluate import read_page_bytes
    cut, empty, whole = tmp_path / "cut.html.gz", tmp_path / "empty.html.gz", tmp_path / "whole.html.gz"
    cut.write_bytes(_gz_page()[:15])
    empty.write_bytes(b"")
    whole.write_bytes(_gz_page())
    with pytest.raises(EOFError):
        read_page_bytes(cut, 1 << 20)
    assert read_page_bytes(empty, 1 << 20) == b""
    assert b"<title>Storm</title>" in read_page_bytes(whole, 1 << 20)
