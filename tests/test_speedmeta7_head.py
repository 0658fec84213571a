"""The head walk (speedmeta7) reads the metas by name as the plain reading does."""
from __future__ import annotations

import lxml.html

from newsclean.plugins import htmlmeta
from newsclean.plugins.declared.head import HeadElements

PAGE = """<html><head><meta name=' Author ' content='  Jane \u200b Doe '>
<meta property='og:title' name='twitter:title' content='Both keys'>
<meta name='description' content='   '><meta name='empty' content=''><meta name='none'>
<meta itemprop='datePublished' content='2024-01-02'><meta http-equiv='Content-Language' content='de'>
<meta charset='utf-8'><meta name='' content='no key'><meta name='author' content='Second'>
</head><body><meta itemprop='author' content='In the body'><svg><meta name='x:y' content='z'/></svg></body></html>"""


def _plain(root: object) -> dict[str, list[str]]:
    """The reference: every meta's key attributes -> its collapsed content, by a walk."""
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = " ".join((el.get("content") or "").replace("\u200b", " ").split())
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key and content:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


def test_the_metas_by_name_are_read_in_the_walk() -> None:
    root = lxml.html.document_fromstring(PAGE)
    head = HeadElements(root)
    want = _plain(root)
    assert head.keyed == want == htmlmeta._metas(root)
    assert want["author"] == ["Jane Doe", "Second", "In the body"] and want["twitter:title"] == ["Both keys"]
    assert "description" not in want and "empty" not in want and "" not in want
    assert [m[2] for m in head.metas][:3] == ["Jane Doe", "Both keys", ""]  # (the entries keep blank contents)


def test_a_written_by_misc_key_is_found_among_many_keys() -> None:
    from newsclean.authors import labelled_author_metas

    metas = {f"k{i}": [f"v{i}"] for i in range(40)}
    assert labelled_author_metas(metas) == []  # (no "twitter:misc:" key: the loop over the keys is skipped)
    metas["twitter:misc:written by"] = ["Jane Roe"]
    metas["twitter:misc:\nwritten by"] = ["Not Read"]  # (a key broken by a newline names no label)
    assert labelled_author_metas(metas) == ["Jane Roe"]
