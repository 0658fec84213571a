"""Declared date values are read once a page (speedmeta7), with parse_date's results."""
from __future__ import annotations

import lxml.html

from newsclean.dates import parse_date
from newsclean.plugins import htmlmeta
from newsclean.plugins.declared import zone

PAGE = """<html><head><meta property='article:published_time' content='2024-03-02T10:00:00+01:00'>
<meta property='article:modified_time' content='2024-03-03T08:30:00+01:00'><meta name='date' content='2024-03-02'>
<script type='application/ld+json'>{"@type": "NewsArticle", "datePublished": "2024-03-02T10:00:00+01:00",
"dateModified": "2024-03-03T08:30:00+01:00"}</script><title>T</title></head>
<body><h1>T</h1><p>Text.</p></body></html>"""


def test_each_declared_value_is_parsed_once_with_the_same_result(monkeypatch) -> None:
    from newsclean.document import Document

    calls: list[str] = []

    def counting(text, **kw):
        calls.append(text)
        return parse_date(text, **kw)

    monkeypatch.setattr(zone, "parse_date", counting)
    doc = Document(input_kind="html", tree=lxml.html.document_fromstring(PAGE))
    htmlmeta.read_declared(doc)
    assert sorted(calls) == sorted(set(calls))  # (offsets, publication and modification read the same values)
    assert "2024-03-02T10:00:00+01:00" in calls and "2024-03-03T08:30:00+01:00" in calls
    assert doc.meta.get("published") == parse_date("2024-03-02T10:00:00+01:00", tz_hours=None)
    assert doc.extra["modified"] == "2024-03-03T08:30:00+01:00"
    memo = zone.ParsedDates()
    assert memo.parse("not a date") is None and memo.parse("not a date") is None and len(memo) == 1
