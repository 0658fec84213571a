"""A parser refusal surfaces as InputError("unparsable"), never as a raw lxml error or a NameError."""
from __future__ import annotations

import lxml.etree as etree
import pytest

import newsclean
from newsclean import parse
from newsclean.errors import InputError


def _refuse(data: bytes, parser: object = None) -> None:
    raise etree.XMLSyntaxError("refused by the test", 1, 1, 1)


def test_a_parser_refusal_is_an_unparsable_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse.lxml.html, "document_fromstring", _refuse)
    with pytest.raises(InputError) as got:
        parse._fromstring(b"<html><body><p>Harbour ferry timetable changes.</p></body></html>", huge=False)
    assert got.value.code == "unparsable"
    assert "cannot be parsed as HTML" in str(got.value)


def test_clean_reports_it_with_the_same_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse.lxml.html, "document_fromstring", _refuse)
    with pytest.raises(InputError) as got:
        newsclean.clean(b"<html><body><p>Harbour ferry timetable changes.</p></body></html>")
    assert got.value.code == "unparsable"
