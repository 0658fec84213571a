"""The docs' claims about the plugins hold for the live Cleaner (issue 11.5).

ARCHITECTURE.md's plugin table gives each built-in's stages and orders; the
README and docs name only plugins and steps that exist.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean import Cleaner
from newsclean.discovery import builtin_modules
from newsclean.pipeline import ENV_DISABLE

ROOT = Path(__file__).resolve().parents[1]


def _plugin_table() -> list[tuple[list[str], set[tuple[str, int]], set[str]]]:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text[text.index("| plugin | stage/order |"):]
    rows = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        names_cell, order_cell, kind_cell = [c.strip() for c in line.strip("|").split("|")[:3]]
        names = re.findall(r"`([\w-]+)`", names_cell)
        orders = set()
        for part in order_cell.split(";"):
            m = re.match(r"\s*(tree|blocks)\s+([\d,\s]+)", part)
            assert m, f"ARCHITECTURE.md: cannot read stage/order {part!r} of {names}"
            orders |= {(m.group(1), int(n)) for n in re.findall(r"\d+", m.group(2))}
        kinds = {k.strip() for k in kind_cell.split(",")} - {"-"}
        rows.append((names, orders, kinds))
    return rows


@pytest.fixture(scope="module")
def live() -> dict[str, list]:  # type: ignore[type-arg]
    import os

    saved = os.environ.pop(ENV_DISABLE, None)
    try:
        return {p.name: p.steps for p in Cleaner().plugin_info() if p.origin != "given"}
    finally:
        if saved is not None:
            os.environ[ENV_DISABLE] = saved


def test_every_builtin_has_one_row(live) -> None:  # type: ignore[no-untyped-def]
    listed = [n for names, _, _ in _plugin_table() for n in names]
    builtins = {n for n, _ in builtin_modules()}
    assert len(listed) == len(set(listed)), "a plugin is in two rows"
    assert builtins <= set(listed), f"not in ARCHITECTURE.md's plugin table: {builtins - set(listed)}"


@pytest.mark.parametrize("row", _plugin_table(), ids=lambda r: ",".join(r[0]))
def test_stage_order_and_kind_columns_match_the_live_steps(live, row) -> None:  # type: ignore[no-untyped-def]
    names, orders, kinds = row
    actual = {(s.stage, s.order) for n in names for s in live.get(n, [])}
    assert actual == orders, f"{names}: ARCHITECTURE.md says {sorted(orders)}, the steps are {sorted(actual)}"
    step_kinds = {s.kind for n in names for s in live.get(n, []) if s.kind}
    assert step_kinds <= kinds, f"{names}: step kinds {step_kinds - kinds} are not in the kind column"


def test_docs_name_only_real_plugin_steps(live) -> None:  # type: ignore[no-untyped-def]
    qualnames = {s.qualname for steps in live.values() for s in steps}
    for doc in ("README.md", "ARCHITECTURE.md", "docs/hooks.md", "docs/plugin-tutorial.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for plugin, step in re.findall(r"\b([a-z]+):([a-z][\w-]*)\b", text):
            if plugin in live and plugin != "newsclean":
                assert f"{plugin}:{step}" in qualnames, f"{doc} names {plugin}:{step}, which does not exist"
