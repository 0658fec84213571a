"""Meta-test: every hook has a heading in docs/hooks.md, a docstring, and a test that uses it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean import hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = hookspecs.all_hook_names()


def _headings() -> set[str]:
    text = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^#{2,4}\s+`?(newsclean_\w+)", text, re.M)}


def _test_sources() -> dict[str, str]:
    here = Path(__file__).resolve()
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(here.parent.glob("test_*.py")) if p != here}


def test_there_are_hooks() -> None:
    assert "newsclean_register_steps" in HOOKS and len(HOOKS) >= 4


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_docs_heading(hook: str) -> None:
    assert hook in _headings(), f"docs/hooks.md needs a '## {hook}' section"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_docstring(hook: str) -> None:
    doc = getattr(hookspecs, hook).__doc__ or ""
    assert len(doc.strip()) > 40, f"{hook} needs a docstring saying when it runs and what it returns"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test(hook: str) -> None:
    users = [name for name, src in _test_sources().items() if re.search(rf"\bdef {hook}\b", src)]
    assert users, f"no test module implements {hook} (write a test plugin that does)"


def test_docs_document_no_missing_hook() -> None:
    assert _headings() <= set(HOOKS), f"docs/hooks.md documents hooks that do not exist: {_headings() - set(HOOKS)}"
