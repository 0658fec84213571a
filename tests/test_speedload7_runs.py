"""parse._runs_without (hops from run start to run start) finds exactly the runs that the
former search by aligned half-length windows found."""
from __future__ import annotations

import random

import pytest

from newsclean import parse


def _windows(data: bytes, char: bytes, length: int) -> list[tuple[int, int]]:
    """The former search: windows of ``length // 2``; a window free of ``char`` gives its run."""
    w = max(1, length // 2)
    spans: list[tuple[int, int]] = []
    end = -1
    for start in range(0, len(data) - w + 1, w):
        if start < end or data.find(char, start, start + w) >= 0:
            continue
        left = data.rfind(char, 0, start) + 1
        right = data.find(char, start + w)
        end = len(data) if right < 0 else right
        if end - left >= length:
            spans.append((left, end))
    return spans


def test_random_pages_give_the_same_runs() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        length = rng.choice([0, 1, 2, 3, 4, 5, 7, 8, 10, 16, 33])
        density = rng.random() * 0.4
        data = bytes(62 if rng.random() < density else rng.choice(b"ab<") for _ in range(rng.randint(0, 120)))
        assert parse._runs_without(data, b">", length) == _windows(data, b">", length), (data, length)


@pytest.mark.parametrize("data", [b"", b">", b"a" * 10, b">" * 10, b"a" * 9 + b">", b">" + b"a" * 9,
                                  b"a" * 5 + b">" + b"a" * 10 + b">" + b"a" * 4])
def test_edges(data: bytes) -> None:
    for length in range(0, 12):
        assert parse._runs_without(data, b">", length) == _windows(data, b">", length), (data, length)


def test_long_runs_of_a_page_are_found_whole() -> None:
    page = b"<p>x</p>" * 100 + b"a" * 50_000 + b"<p>y</p>" * 100 + b"b" * 20_000 + b">"
    start = page.index(b"a" * 10) - 3  # just after the "<" of "</p>"
    runs = parse._runs_without(page, b"<", 32768)
    assert runs == [(start, start + 3 + 50_000)]
    assert parse._runs_without(page, b"<", 10_000)[-1] == (page.index(b"b" * 10) - 3, len(page))
