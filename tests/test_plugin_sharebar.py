"""The sharebar plugin: share and tool bars go, sentences naming networks stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import sharebar
from newsclean.plugins.sharebar import is_share_line


def removed(page: str, input_kind: str | None = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[sharebar], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


BODY_ZH = "记者从市交通局获悉，新建的跨江大桥将于下月正式通车，届时两岸往返时间将由四十分钟缩短至十分钟左右。"
BODY_EN = ("The bridge will open to traffic next month, cutting the trip between the two banks of the river "
           "from forty minutes to about ten, officials said on Monday.")


@pytest.mark.parametrize("line", [
    "分享到：", "分享到 微信 微博 QQ空间", "微信 微博", "【字号：大 中 小】", "【打印】【关闭】", "字体：小 中 大",
    "收藏本文", "复制链接", "分享本文到:", "放大 缩小 默认",
    "Share", "Share this article", "Share Tweet Email", "Facebook Twitter LinkedIn", "Share on Facebook Share on X",
    "Email Print", "Copy link", "A+ A-",
])
def test_bar_lines(line: str) -> None:
    assert is_share_line(line)


@pytest.mark.parametrize("line", [
    "微信", "中", "大", "分享经验", "他在微博上分享了自己的经历。", "打印机价格上涨",
    "X", "Follow us on Facebook for updates.", "The print edition sold out.", "Email the author",
])
def test_not_bar_lines(line: str) -> None:
    assert not is_share_line(line)


def test_dump_zh_and_en() -> None:
    page = "\n\n".join(["分享到：", "微信 微博 QQ空间", BODY_ZH, "【字号：大 中 小】【打印】", BODY_EN, "Share Tweet Email"])
    got = removed(page)
    assert set(got.values()) == {"share"}
    assert BODY_ZH not in got and BODY_EN not in got
    assert len(got) == 4


def test_html_marked_bar() -> None:
    page = (f"<html><body><article><p>{BODY_EN}</p>"
            "<div class='article-share-bar'><a href='#'>Flip</a> <a href='#'>Pin it</a></div>"
            f"<p>{BODY_EN}</p></article></body></html>")
    got = removed(page, input_kind=None)
    assert got == {"Flip Pin it": "share"}


def test_html_page_wide_share_class_keeps_the_body() -> None:
    # a class on <body> or on the article wrapper marks the whole page: too much text to be a bar
    page = (f"<html><body class='has-share-tools'><div class='social-page'><p>{BODY_EN}</p><p>{BODY_ZH}</p>"
            f"<p><a href='/more'>Bridge timeline</a></p><p>{BODY_EN}</p></div></body></html>")
    assert removed(page, input_kind=None) == {}


def test_html_embedded_social_post_is_not_a_bar() -> None:
    page = (f"<html><body><p>{BODY_EN}</p><blockquote class='social-media-embed'><p>open.</p>"
            "<p><a href='https://t.co/x'>https://t.co/x</a></p></blockquote></body></html>")
    assert removed(page, input_kind=None) == {}


def test_nordic_share_items_and_weak_words() -> None:
    from newsclean.plugins.sharebar import is_share_line as is_share_bar_line

    assert is_share_bar_line("Dela artikeln") and is_share_bar_line("Del artikkelen")
    assert is_share_bar_line("Comparte esta noticia") and is_share_bar_line("Dela | Skriv ut")
    assert not is_share_bar_line("Del")  # alone, a weak word may be a word of the text
