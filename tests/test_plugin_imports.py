"""Plugins do not import each other: what two plugins share lives in a shared package."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"
#: Packages under plugins/ that hold shared helpers, not plugins.
SHARED = {"inbody", "regions", "container", "declared", "vocab"}
PLUGIN_MODULES = {p.stem for p in PLUGINS.glob("*.py") if p.stem != "__init__"}


def _imported_plugins(path: Path, source: str | None = None) -> set[str]:
    """The plugin modules (top-level ``plugins/*.py``) a file under plugins/ imports."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    depth = len(path.relative_to(PLUGINS).parts) - 1  # 0 for plugins/x.py, 1 for plugins/inbody/x.py
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:
                if node.level - 1 != depth:
                    continue  # (relative to a subpackage: not the plugins package itself)
                first = mod.split(".")[0] if mod else ""
                names = [first] if first else [a.name for a in node.names]
            elif mod.startswith(("newsclean.plugins", "plugins")):
                rest = mod.split(".")[2 if mod.startswith("newsclean.") else 1:]
                names = rest[:1] if rest else [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if parts[:2] == ["newsclean", "plugins"] and len(parts) > 2:
                    names.append(parts[2])
        found.update(n for n in names if n in PLUGIN_MODULES)
    return found


@pytest.mark.parametrize("path", sorted(PLUGINS.rglob("*.py")), ids=lambda p: str(p.relative_to(PLUGINS)))
def test_no_plugin_imports_another(path: Path) -> None:
    own = {path.stem} if path.parent == PLUGINS else set()
    assert _imported_plugins(path) - own == set()


def test_the_check_sees_a_plugin_import() -> None:
    # the check above can fail: relative and absolute imports of a plugin module are seen, shared packages are not
    src = ("from .credits import is_credit_line\nfrom .inbody import body\nfrom . import ads\n"
           "import newsclean.plugins.spam\nfrom newsclean.plugins.vocab import terms\n")
    assert _imported_plugins(PLUGINS / "captions.py", src) == {"credits", "ads", "spam"}
    assert _imported_plugins(PLUGINS / "inbody" / "x.py", "from ..credits import X\nfrom . import Lexicon\n") == {"credits"}


def test_credits_and_captions_share_one_credit_line_recogniser() -> None:
    from newsclean.plugins import captions, credits
    from newsclean.plugins.inbody import credit_lines
    assert credits.is_credit_line is credit_lines.is_credit_line
    assert captions.is_credit_line is credit_lines.is_credit_line
    assert credits.MAX_CHARS == credit_lines.MAX_CHARS == captions.CREDIT_MAX


@pytest.mark.parametrize("line, want", [
    ("Foto: Michael Kappeler/dpa", True), ("图片来源：视觉中国", True), ("REUTERS/John Smith", True),
    ("Quelle: dpa", True), ("Photo by Jane Doe on Unsplash", True), ("© Getty Images", True),
    ("Quelle: Die Regierung hat am Montag neue Regeln beschlossen", False),
    ("The photo shows the mayor at the opening of the stadium.", False), ("", False),
])
def test_credit_line_recogniser(line: str, want: bool) -> None:
    from newsclean.plugins.inbody.credit_lines import is_credit_line
    assert is_credit_line(line) is want
