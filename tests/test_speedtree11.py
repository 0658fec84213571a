"""speedtree11: fast paths that must give the same answers as the plain code."""
from __future__ import annotations

import random

from newsclean.parse import _cap_attributes, _more_than


def test_more_than_agrees_with_count() -> None:
    rng = random.Random(11)
    for _ in range(300):
        data = bytes(rng.choice(b"a=b<>= ") for _ in range(rng.randrange(0, 80)))
        for n in range(0, 40):
            assert _more_than(data, b"=", n) == (data.count(b"=") > n), (data, n)


def test_a_page_of_many_equal_signs_is_still_capped() -> None:
    # over 16 x limit "=" signs: the whole page is searched, so a tag with too many attributes
    # inside a short run without ">" is still cut
    limit = 4
    filler = b"<p>" + b"a=b " * (16 * limit) + b"</p>"
    tag = b"<div " + b" ".join(b"a%d=1" % i for i in range(10)) + b">x</div>"
    out, capped = _cap_attributes(filler + tag, limit)
    assert capped == 1
    assert b"a3=1" in out and b"a4=1" not in out
    # the same tag on a page with few "=": only long runs without ">" are searched
    out, capped = _cap_attributes(tag, limit)
    assert capped == 0 and out == tag


def test_the_first_many_attributes_match_is_the_searchs(monkeypatch) -> None:
    """_first_match hops from "<" to "<" and tries the pattern there: the same match as a
    search (also when it stops early and the pattern searches the rest)."""
    from newsclean import parse

    pattern = parse._many_attrs(3)
    rng = random.Random(12)
    parts = [b"<", b"<a", b" b", b" c=1", b' d="x>"', b" e='<'", b">", b"x", b"=", b" ", b"<p", b"/"]
    for looks in (1, 2, parse.LT_LOOKS):
        monkeypatch.setattr(parse, "LT_LOOKS", looks)
        for _ in range(1500):
            data = b"".join(rng.choice(parts) for _ in range(rng.randint(0, 30)))
            for pos, end in ((0, len(data)), (2, len(data) - 1), (len(data) // 2, len(data))):
                if end < pos:
                    continue
                got, want = parse._first_match(pattern, data, pos, end), pattern.search(data, pos, end)
                assert (got and got.span()) == (want and want.span()), (looks, data, pos, end)
