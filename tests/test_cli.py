"""The ``newsclean`` command: clean, explain, plugins, and bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "pages" / "portal-zh.txt"
HTML = ("<html><head><title>Storm hits coast</title></head><body>"
        "<p>The storm reached the coast on Monday, forecasters said, bringing heavy rain.</p>"
        "<p>Officials opened shelters in three towns.</p></body></html>")


@pytest.fixture()
def html_file(tmp_path: Path) -> Path:
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    return p


def test_clean_json(html_file, capsys):
    assert main(["clean", str(html_file), "--format", "json", "--url", "https://example.com/a"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert "Officials opened shelters" in d["text"]
    assert d["url"] == "https://example.com/a" and d["site"] == "example.com"


def test_clean_text_and_markdown(html_file, capsys):
    assert main(["clean", str(html_file)]) == 0
    assert "The storm reached the coast" in capsys.readouterr().out
    assert main(["clean", str(html_file), "--format", "markdown"]) == 0
    assert "The storm reached the coast" in capsys.readouterr().out


def test_clean_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML.encode())))
    assert main(["clean", "-"]) == 0
    assert "Officials" in capsys.readouterr().out


def test_explain_lists_kept_and_removed(capsys):
    assert main(["explain", str(EXAMPLE), "--color", "never", "--width", "200"]) == 0
    out = capsys.readouterr().out
    assert "KEEP" in out and "DROP" in out
    assert "removed" in out


def test_plugins_lists_builtins_and_steps(capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    for name in ("spam", "source", "timestamp", "related", "chrome", "textdump"):
        assert f"\n{name} " in "\n" + out
    assert "blocks" in out  # steps with their stage and order


def test_disable_flag_shows_disabled(capsys):
    assert main(["plugins", "--disable", "spam,ads"]) == 0
    out = capsys.readouterr().out
    assert "spam" in out and "(disabled)" in out


@pytest.mark.parametrize("content", [b"", b"   \n\t ", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", bytes(range(256)) * 50])
def test_bad_input_one_line_exit_2(tmp_path, capsys, content):
    p = tmp_path / "bad.bin"
    p.write_bytes(content)
    assert main(["clean", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error:") and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_exit_2(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.html")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_subprocess_bad_input_has_no_traceback(tmp_path):
    p = tmp_path / "x.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200))
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", "clean", str(p)], capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.strip().count("\n") == 0


# -- issue 11.4/11.5: several files, URLs, labels, --width, input-kind hints, warnings -------------

def test_clean_several_files(tmp_path, capsys):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(HTML, encoding="utf-8")
    b.write_text(HTML.replace("Storm hits coast", "Flood warning").replace("storm", "flood"), encoding="utf-8")
    assert main(["clean", str(a), str(b), "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["file"] for x in lines] == [str(a), str(b)]
    assert "flood reached" in json.loads(lines[1])["text"]
    assert main(["clean", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert f"==> {a} <==" in out and f"==> {b} <==" in out and out.count("Officials opened") == 2


def test_clean_several_files_one_bad(tmp_path, capsys):
    a, bad = tmp_path / "a.html", tmp_path / "empty.html"
    a.write_text(HTML, encoding="utf-8")
    bad.write_bytes(b"")
    assert main(["clean", str(bad), str(a)]) == 2
    cap = capsys.readouterr()
    assert "Officials opened" in cap.out and str(bad) in cap.err


def test_clean_url_says_newsclean_does_not_fetch(capsys):
    assert main(["clean", "https://news.example.com/a.html"]) == 2
    err = capsys.readouterr().err
    assert "does not fetch" in err and "--url" in err and err.count("\n") == 1


def test_text_output_labels_authors_and_source(tmp_path, capsys):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Storm hits coast</title><meta name='author' content='Jane Roe'>"
                    "</head><body><article><h1>Storm hits coast</h1><p>来源：新华社</p>"
                    "<p>The storm reached the coast on Monday, forecasters said, bringing heavy rain.</p>"
                    "<p>Officials opened shelters in three towns and urged residents to stay indoors.</p>"
                    "</article></body></html>", encoding="utf-8")
    assert main(["clean", str(page)]) == 0
    header = capsys.readouterr().out.split("\n\n")[1]
    assert "by Jane Roe" in header and "source: 新华社" in header


def test_explain_width_holds_for_removed_lines(capsys):
    import unicodedata

    assert main(["explain", str(EXAMPLE), "--color", "never", "--width", "60"]) == 0
    rows = [x for x in capsys.readouterr().out.splitlines() if x.startswith(("KEEP", "DROP", "PRUNE"))]
    assert any(x.startswith("DROP") and "←" in x for x in rows)
    for row in rows:
        assert sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in row) <= 60, row


def test_file_suffix_gives_the_input_kind(tmp_path, capsys):
    text = "<b>bold</b> is how a tag looks\nand this is a plain note someone saved, line two\n"
    for name, kind in (("note.txt", "text"), ("note.html", "html")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        assert main(["clean", str(p), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["input_kind"] == kind
    assert main(["clean", str(tmp_path / "note.txt"), "--format", "json", "--input-kind", "html"]) == 0
    assert json.loads(capsys.readouterr().out)["input_kind"] == "html"  # the flag wins


def test_disable_name_that_matches_nothing_is_reported(html_file, capsys):
    assert main(["clean", str(html_file), "--disable", "spma"]) == 0
    err = capsys.readouterr().err
    assert "newsclean: warning:" in err and "'spma'" in err and "did you mean spam" in err


def test_missing_optional_dependency_names_the_extra(monkeypatch, capsys):
    import importlib

    import newsclean.cli as cli

    real = importlib.import_module

    def without_warcio(name):  # the batch feature's module needs a package that is not installed
        if name == "newsclean.batch":
            raise ModuleNotFoundError("No module named 'warcio'", name="warcio")
        return real(name)

    monkeypatch.setattr(cli.importlib, "import_module", without_warcio)
    assert cli.main(["batch", "x.jsonl", "-o", "out"]) == 1
    assert "pip install 'newsclean[batch]'" in capsys.readouterr().err


def test_missing_module_of_our_own_is_an_error(monkeypatch):
    import newsclean.cli as cli

    def broken(name):
        raise ModuleNotFoundError(f"No module named '{name}'", name=name)

    monkeypatch.setattr(cli.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError):
        cli.build_parser()


def test_optional_dependency_missing_at_run_time_names_the_extra(monkeypatch, html_file, capsys):
    import newsclean.cli as cli

    def needs_warcio(args):
        raise ModuleNotFoundError("No module named 'warcio'", name="warcio")

    monkeypatch.setattr(cli, "_cmd_clean", needs_warcio)
    assert cli.main(["clean", str(html_file)]) == 1
    assert "pip install 'newsclean[batch]'" in capsys.readouterr().err


def test_captions_flag_keeps_a_credited_photos_caption(tmp_path, capsys):
    cap = "A tram waits at the central station on Thursday morning before the vote."
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Tram vote</title></head><body><article><h1>Tram vote</h1>"
                    "<p>The city council votes on the new tram line on Thursday, after two years of debate.</p>"
                    f'<figure><img src="t.jpg"><figcaption><span>{cap}</span> '
                    '<span class="image-credit">Photo: Jane Roe</span></figcaption></figure>'
                    "<p>Residents along the route have asked for quieter trams and more stops.</p>"
                    "</article></body></html>", encoding="utf-8")
    assert main(["clean", str(page), "--format", "json"]) == 0
    assert cap not in json.loads(capsys.readouterr().out)["text"]
    assert main(["clean", str(page), "--format", "json", "--captions", "keep"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert cap in text and "Jane Roe" not in text
