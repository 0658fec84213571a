"""fix_char_refs' hop from "&" to "&": the same answer as one search of the whole page."""
from __future__ import annotations

import pytest

from newsclean import parse


def _plain_fix(data: bytes) -> bytes:
    return parse._CHAR_REF.sub(parse._fix_char_ref, data)


@pytest.mark.parametrize("amps", [0, 1, parse.AMP_LOOKS - 1, parse.AMP_LOOKS, parse.AMP_LOOKS + 1, 3 * parse.AMP_LOOKS])
@pytest.mark.parametrize("bad", [b"&#1;", b"&#xD800;", b"&#0", b"&#x1f;"])
def test_a_bad_reference_after_many_ampersands_is_found(amps: int, bad: bytes) -> None:
    head = b"<p>" + b"a &amp; b &#39; " * amps
    page = head + b"x" + bad + b"y</p>"
    assert parse._has_suspect_ref(page)
    assert parse.fix_char_refs(page) == _plain_fix(page) != page


@pytest.mark.parametrize("amps", [0, 1, parse.AMP_LOOKS, 3 * parse.AMP_LOOKS])
def test_good_references_and_ampersands_only_leave_the_page_as_it_is(amps: int) -> None:
    page = b"<p>" + b"a &amp; b &#39; &#8217; &#x4e2d; & " * amps + b"end &</p>&"
    assert not parse._has_suspect_ref(page)
    assert parse.fix_char_refs(page) is page


def test_ampersand_and_hash_at_the_very_end() -> None:
    for page in (b"&", b"&#", b"a&", b"a&#", b"&#3", b"a &#12"):
        assert parse._has_suspect_ref(page) == (parse._SUSPECT_REF.search(page) is not None), page
        assert parse.fix_char_refs(page) == _plain_fix(page)


def test_the_loop_tries_the_pattern_only_where_a_hash_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts the pattern's tries: one per "&#", none per other "&" (the point of the hop)."""
    tries: list[int] = []
    real = parse._SUSPECT_REF

    class Counting:
        def match(self, data: bytes, pos: int):  # noqa: ANN201 - a stand-in
            tries.append(pos)
            return real.match(data, pos)

        def search(self, data: bytes, pos: int = 0):  # noqa: ANN201
            return real.search(data, pos)

    monkeypatch.setattr(parse, "_SUSPECT_REF", Counting())
    page = b"<p>a &amp; b &amp; c &#39; d &lt;</p>"
    assert not parse._has_suspect_ref(page)
    assert tries == [page.index(b"&#")]


@pytest.mark.parametrize("looks", [1, 2, 5, parse.AMP_LOOKS])
def test_hops_between_ampersands_and_hashes_agree_with_one_search(monkeypatch: pytest.MonkeyPatch, looks: int) -> None:
    """Pages of "&", "#", digits and letters in every order (hashes far more or far fewer than
    ampersands, "&&#", "#&#", a page ending in "&" or "&#"): the same answer as one search,
    also when the hops stop early and C searches the rest."""
    import random

    monkeypatch.setattr(parse, "AMP_LOOKS", looks)
    rng = random.Random(7)
    pieces = [b"&", b"#", b"&#", b"1", b"3", b"x", b"X", b"a", b";", b"0", b"39", b"8217", b" ", b"&amp;", b"#fff"]
    for _ in range(3000):
        page = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert parse._has_suspect_ref(page) == (parse._SUSPECT_REF.search(page) is not None), page
    for page in (b"#" * 50 + b"&#1;", b"&" * 50 + b"#&#2;", b"&#39;" * 30 + b"#&" * 30 + b"&#x1;", b"&&#", b"#&#5"):
        assert parse._has_suspect_ref(page) == (parse._SUSPECT_REF.search(page) is not None), page
