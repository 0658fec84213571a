"""The ads plugin: ad labels, promo calls and ad boxes go; news about apps and ads stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import ads
from newsclean.plugins.ads import is_ad_line


def removed(page: str, input_kind: str | None = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[ads], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


BODY_ZH = "今年以来，全市共新增城市公园十二座，新建绿道八十余公里，市民出门五百米即可见绿的目标基本实现。"
BODY_EN = ("The library will extend its opening hours from next month, staying open until nine in the evening "
           "on weekdays, the city said in a statement on Friday.")


@pytest.mark.parametrize("line", [
    "广告", "【广告】", "推广", "赞助内容", "广告：某某牌空调，冬暖夏凉", "广告位招租",
    "扫码下载某某新闻客户端，看更多精彩内容", "下载APP，阅读更多", "关注公众号“某某财经”，获取更多资讯",
    "长按识别二维码关注我们", "点击上方蓝字关注我们", "关注我们",
    "Advertisement", "ADVERTISEMENT", "Advertisement.", "Sponsored", "Story continues below advertisement",
    "Sponsored by Example Travel", "Subscribe to our newsletter for the latest news", "Sign up for our daily newsletter",
    "Sign up now", "Download the app", "Follow us on Instagram", "Get our free weekly newsletter",
])
def test_ad_lines(line: str) -> None:
    assert is_ad_line(line)


@pytest.mark.parametrize("line", [
    "市民可通过扫码下载该APP进行预约登记。",
    "该公司今年加大了新产品的推广力度。",
    "下载量最高的APP多为短视频应用",
    "打开手机APP，记者发现多个平台均已上线该功能，用户可以直接在首页找到入口。",
    "关注我们的孩子们的心理健康需要全社会共同努力",
    "8.谁能推荐几个免费下载教材的网站？",
    "The company said users could download the app from Friday.",
    "Residents can sign up for the program at city hall.",
    "Sign up for a streaming account costs $12 a month, the company said.",
    "The ad hoc committee met on Monday.",
    "Advertising revenue fell 8% in the quarter, the company said.",
    "The ad.",
])
def test_not_ad_lines(line: str) -> None:
    assert not is_ad_line(line)


def test_dump_lines() -> None:
    page = "\n\n".join([BODY_ZH, "广告", BODY_ZH, "扫码下载某某新闻客户端，看更多精彩内容", BODY_EN, "Advertisement", BODY_EN])
    got = removed(page)
    assert got == {"广告": "ad", "扫码下载某某新闻客户端，看更多精彩内容": "ad", "Advertisement": "ad"}


def test_html_ad_box_goes() -> None:
    page = (f"<html><body><p>{BODY_EN}</p>"
            "<div class='ad-slot'><p>Summer sale: 40% off all garden tools</p><p><a href='#'>Shop now</a></p></div>"
            "<aside class='newsletter-signup'><h3>The Morning Brief</h3><p>Every weekday at 7am.</p></aside>"
            f"<p>{BODY_EN}</p></body></html>")
    got = removed(page, input_kind=None)
    assert got == {"Summer sale: 40% off all garden tools": "ad", "Shop now": "ad",
                   "The Morning Brief": "ad", "Every weekday at 7am.": "ad"}


@pytest.mark.parametrize("cls", ["header", "shadow", "read-more-box", "download-area", "lead", "adsorb"])
def test_html_token_parts_not_substrings(cls: str) -> None:
    page = f"<html><body><div class='{cls}'><p>Short line here</p></div><p>{BODY_EN}</p></body></html>"
    assert removed(page, input_kind=None) == {}


def test_html_page_wide_ad_class_keeps_the_body() -> None:
    page = (f"<html><body class='ads-enabled'><div id='content'><p>{BODY_EN}</p><p>{BODY_ZH}</p>"
            f"<p>{BODY_EN}</p><p>{BODY_ZH}</p><p>{BODY_EN}</p></div></body></html>")
    assert removed(page, input_kind=None) == {}


def test_html_heading_id_names_no_ad_box() -> None:
    # "<h2 id='agentic_gpt'>": an anchor made from the heading's text, not a GPT ad slot
    page = (f"<html><body><p>{BODY_EN}</p><h2 id='agentic_gpt'>Agentic GPT</h2><p>{BODY_EN}</p>"
            f"<div id='div-gpt-ad-1'><p>Summer sale on garden tools</p></div><p>{BODY_EN}</p></body></html>")
    assert removed(page, input_kind=None) == {"Summer sale on garden tools": "ad"}


def test_html_slug_id_with_an_ad_word_names_no_ad_box() -> None:
    # a listicle slide whose id is a slug of its headline: "promoted" there is prose, not a class name
    slide = ("<div id='star-promoted-her-new-film-in-london-wearing-a-plum-suit-3'>"
             "<h2>The star promoted her new film in London</h2><p>Short caption line</p></div>")
    page = f"<html><body><p>{BODY_EN}</p>{slide}<p>{BODY_EN}</p></body></html>"
    assert removed(page, input_kind=None) == {}


@pytest.mark.parametrize("cls", ["ad-slot", "promoted-content", "sponsored_box", "ad-unit-top-banner"])
def test_html_short_ad_class_names_still_mark_a_box(cls: str) -> None:
    page = (f"<html><body><p>{BODY_EN}</p><div class='{cls}'><p>Summer sale on garden tools</p></div>"
            f"<p>{BODY_EN}</p></body></html>")
    assert removed(page, input_kind=None) == {"Summer sale on garden tools": "ad"}


ISSUE_ITEMS = (
    "The city council approved a new budget for the harbour district on Tuesday, adding two ferry lines.",
    "A regional bakery chain will open four shops this spring and hire about sixty people, its owner said.",
    "Researchers at the local university tested a cheaper water filter made from recycled glass grains.",
    "The museum of modern craft reopens after a year of repairs, with a new hall for woven textiles.",
)


def _issue_page(cls: str, items: "tuple[str, ...]") -> str:
    stories = "".join(f"<article><h3>Story {i}</h3><div class='{cls}'><p>{t}</p></div></article>"
                      for i, t in enumerate(items))
    return f"<html><body><h1>Weekly digest, issue 12</h1>{stories}</body></html>"


def test_html_repeated_newsletter_boxes_holding_the_page_are_its_items() -> None:
    # a newsletter issue's page: each story's text in a box its CMS names "newsletter-html"
    assert removed(_issue_page("newsletter-html", ISSUE_ITEMS), input_kind=None) == {}


def test_html_repeated_small_ad_boxes_still_go() -> None:
    # the same ad box repeated between long stories holds little of the page
    long_items = tuple(t * 4 for t in ISSUE_ITEMS)
    ads_between = "".join(f"<p>{t}</p><div class='ad-slot'><p>Garden tools sale</p></div>" for t in long_items)
    page = f"<html><body><h1>Weekly digest</h1>{ads_between}</body></html>"
    assert removed(page, input_kind=None) == {"Garden tools sale": "ad"}


def test_html_repeated_cards_count_their_parts_as_one_item() -> None:
    # each story card in parts named after one block ("promo__title", "promo__desc", "promo__link"):
    # the descriptions alone hold the page, and the cards' titles and links stay with them
    cards = "".join(f"<div class='promo'><h3 class='promo__title'>Story {i}</h3><p class='promo__desc'>{t}</p>"
                    f"<p class='promo__link'><a href='/s{i}'>Read the story</a></p></div>"
                    for i, t in enumerate(ISSUE_ITEMS))
    page = f"<html><body><h1>This week at the harbour</h1>{cards}</body></html>"
    assert removed(page, input_kind=None) == {}


def test_item_name_is_the_block_of_a_bem_class() -> None:
    from newsclean.patterns import item_name
    assert item_name("cmp-promo__content__desc") == "cmp-promo"
    assert item_name("newsletter-html") == "newsletter-html"
