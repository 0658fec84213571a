"""bench/block_steps.py: the joined first look finds every block a look per block finds."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("block_steps_script", ROOT / "bench" / "block_steps.py")
bs = importlib.util.module_from_spec(_spec)
sys.modules["block_steps_script"] = bs
_spec.loader.exec_module(bs)

TEXTS = ["Posted 12 March", "no date here", "", "2024 and 1999", "ends with a 1", "2 opens this one", "x"]


def test_joined_maps_matches_to_their_blocks():
    search = re.compile(r"\d\d").search
    assert bs.per_block(TEXTS, search) == [0, 3]
    assert bs.joined(TEXTS, search) == [0, 3]  # (two matches in block 3: one search for it)


def test_match_across_a_separator_hides_no_block():
    # "1\n\x00\n2" runs across the separator: the block it opens in is taken, and the next block
    # is searched from its own start, so its own match is still found
    search = re.compile(r"\d\W+\d|opens").search
    assert bs.per_block(TEXTS, search) == [5]
    found = bs.joined(TEXTS, search)
    assert found == [4, 5]  # a superset: block 4 only by the match running into block 5


def test_no_match_no_block():
    assert bs.joined(TEXTS, re.compile("zebra").search) == []
    assert bs.joined([], re.compile("a").search) == []
