"""The byte scans before the parse (speedmeta8) decide as the plain counts and searches do."""
from __future__ import annotations

import random

from newsclean import parse
from newsclean.parse import _TAG_OPEN, _cut_tags, _first_tag_open, _may_hold_long_attr


def _plain_first_tag_open(data: bytes, start: int, end: int, limit: int) -> int:
    """The reference: the first tag opener of the run, when it leaves ``limit`` bytes to the run's end."""
    m = _TAG_OPEN.search(data, start, end)
    return -1 if m is None or end - m.start() < limit else m.start()


def _pages() -> list[bytes]:
    rng = random.Random(8)
    parts = [b"<", b"a", b"Z", b"1", b" ", b"<<", b"< b", b"x" * 50, b"<p>", b"=", b'"', b"{", b"\xc3\xa9", b"@", b"["]
    pages = [b"".join(rng.choice(parts) for _ in range(rng.randint(0, 400))) for _ in range(300)]
    return pages + [b"", b"<", b"<a", b"a<", b"<" * 500 + b"a", b"x" * 3000 + b"<b" + b"y" * 3000]


def test_the_first_tag_opener_is_the_patterns() -> None:
    for data in _pages():
        for limit in (1, 2, 3, 10, 100):
            for start, end in ((0, len(data)), (3, len(data) - 2), (len(data) // 3, len(data))):
                if end - start < 0:
                    continue
                got = _first_tag_open(data, start, min(end - limit, end - 2))
                assert got == _plain_first_tag_open(data, start, end, limit), (data, start, end, limit)


def test_many_stray_openers_are_left_to_the_pattern() -> None:
    data = b"x" + b"< " * (parse.TAG_LOOKS * 3) + b"<q" + b"z" * 100
    assert _first_tag_open(data, 0, len(data) - 2) == data.index(b"<q")
    assert _first_tag_open(data, 0, data.index(b"<q") - 1) == -1  # (past the last place looked at)


def test_a_long_tag_in_a_run_without_gt_still_counts() -> None:
    value = b"v" * 12_000
    page = b"<html><body><p>text</p><div data-x=" + value + b" class=a>x</div></body></html>"
    assert _may_hold_long_attr(page, 10_000)
    script = b"<html><body><script>var s = 'a <b and " + b"c" * 12_000 + b"';</script></body></html>"
    assert not _may_hold_long_attr(script, 10_000)  # ("<b" inside a script's code)


def test_the_page_is_cut_only_past_the_tag_limit() -> None:
    """_cut_tags' first look (no more "<" than the limit) against a plain count."""
    rng = random.Random(9)
    for _ in range(200):
        chunks = [rng.choice((b"<p>", b"<", b"</p>", b"x" * rng.randint(1, 3000), b"y" * 1024)) for _ in range(40)]
        data = b"".join(chunks)
        for max_tags in (0, 5, 50, 500, len(data)):
            cut, was_cut = _cut_tags(data, max_tags)
            opening = data.count(b"<") - data.count(b"</")
            assert was_cut == (opening > max_tags)
            if was_cut:
                assert cut.count(b"<") - cut.count(b"</") == max_tags and data.startswith(cut)
            else:
                assert cut is data


def test_a_page_of_many_tags_is_still_cut() -> None:
    data = b"<b>" * 3000 + b"x" * 10_240  # long text after: the tags are still too many
    cut, was_cut = _cut_tags(data, 1000)
    assert was_cut and cut.count(b"<") == 1000
    text = b"<p>" + b"t" * 20_480 + b"</p>"
    assert _cut_tags(text, 100) == (text, False)
