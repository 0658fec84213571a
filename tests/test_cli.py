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
