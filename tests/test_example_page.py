"""End to end: the bundled example dump (our own text, in the shape of a
republished portal article) is cleaned perfectly, as a dump and as HTML."""
from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsclean

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "pages" / "portal-zh.txt"
CST = timezone(timedelta(hours=8))


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def as_html(text: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


@pytest.fixture(scope="module", params=["text", "html", "bytes"])
def article(request) -> newsclean.Article:
    page = EXAMPLE.read_text(encoding="utf-8")
    if request.param == "html":
        return newsclean.clean(as_html(page))
    if request.param == "bytes":
        return newsclean.clean(page.encode("gb18030"))
    return newsclean.clean(page)


def test_metadata(article):
    assert norm(article.title) in {norm("观察 | 江南制造业集群加速数字化转型：一家轴承厂的三年改造路"),
                                   norm("江南制造业集群加速数字化转型：一家轴承厂的三年改造路")}
    assert article.authors == []
    assert article.published == datetime(2025, 10, 16, 9, 12, 30, tzinfo=CST)
    assert article.published.utcoffset() == timedelta(hours=8)
    assert article.source == "财经快讯"
    assert article.extra.get("original_source") == "江南日报"
    assert article.language == "zh"


def test_body_bounds_and_headings(article):
    body = norm(article.text)
    assert body.startswith(norm("今年以来，江南省持续推进制造业数字化转型专项行动"))
    assert body.endswith(norm("推动产业集群向高端化、智能化迈进。"))
    heads = [p.text for p in article.paragraphs if p.kind == "heading"]
    assert heads == ["从“凭经验”到“看数据”", "从单点改造到全链协同", "结语"]
    assert len(article.paragraphs) == 11


@pytest.mark.parametrize("noise", ["财经观察员", "2025-10-16 09:12:30", "来源:财经快讯", "江南日报", "相关内容",
                                   "热门资讯", "德州", "有挂", "跨海高铁", "本文转自"])
def test_noise_gone_and_recorded(article, noise):
    assert norm(noise) not in norm(article.text)
    assert norm(noise) in norm(" ".join(r.text for r in article.removed))


def test_counter_line_gone(article):
    assert "12" not in {p.text.strip() for p in article.paragraphs}


def test_spam_recorded_as_spam(article):
    spam = [r for r in article.removed if "德州" in r.text or "德扑" in r.text or "棋牌" in r.text]
    assert len(spam) == 3
    assert {r.kind for r in spam} == {"spam"}
    assert all(r.plugin.startswith("spam") and r.reason for r in spam)


def test_every_removal_is_explained(article):
    assert article.removed
    for r in article.removed:
        assert r.kind and r.plugin and r.reason and r.text


def test_title_line_recorded_as_title(article):
    titled = [r for r in article.removed if "江南制造业集群加速数字化转型" in r.text]
    assert titled and titled[0].kind == "title" and titled[0].plugin.startswith("title:")
