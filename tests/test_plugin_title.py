"""The title plugin: the best title, cleaned of site names, and its repetition dropped."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import title
from newsclean.plugins.title import clean_title

BODY_EN = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends for riders across the region.</p>")
BODY_ZH = "<p>市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。</p>"


def clean(page: str, url: str | None = None, input_kind: str | None = None) -> newsclean.Article:
    return newsclean.Cleaner(plugins=[title], entry_points=False).clean(page, url, input_kind=input_kind)


@pytest.mark.parametrize("raw, sites, domain, want", [
    ("Council approves transit plan | Reuters", (), "www.reuters.com", "Council approves transit plan"),
    ("Council approves transit plan - BBC News", (), None, "Council approves transit plan"),
    ("Council approves transit plan – The Daily Planet", ("The Daily Planet",), None, "Council approves transit plan"),
    ("市区新增三条公交线路_财经频道_某某网", (), None, "市区新增三条公交线路"),
    ("市区新增三条公交线路-新华网", (), None, "市区新增三条公交线路"),
    ("市区新增三条公交线路 - 新浪财经", (), None, "市区新增三条公交线路"),
    ("城市更新 - 某某百科，自由的百科全书", (), None, "城市更新"),
    ("第二章 归乡 _《长河》小说在线阅读 - 某某中文网", (), None, "第二章 归乡"),
    ("Why the sky is blue - and why it matters", (), None, "Why the sky is blue - and why it matters"),
    ("COVID-19 cases fall in the region", (), None, "COVID-19 cases fall in the region"),
    ("网球公开赛落幕 - 体育", (), None, "网球公开赛落幕"),
])
def test_clean_title(raw: str, sites: tuple[str, ...], domain: str | None, want: str) -> None:
    assert clean_title(raw, sites, domain) == want


def test_column_label_may_stay() -> None:
    # a column label before the headline is not a site name
    assert clean_title("案例 | 某银行携手某公司：以智算底座驱动金融创新", strict=False) == \
        "案例 | 某银行携手某公司：以智算底座驱动金融创新"


def test_h1_contained_in_head_title_wins() -> None:
    page = ("<html><head><title>Council approves transit plan | Example News</title>"
            "<meta property='og:site_name' content='Example News'></head><body>"
            "<h1>Council approves transit plan</h1>" + BODY_EN + "</body></html>")
    art = clean(page, "https://www.example.org/news/1")
    assert art.title == "Council approves transit plan"
    assert [r.kind for r in art.removed] == ["title"]  # the h1 repeats the title at the top of the body
    assert "Council approves" not in art.text


def test_an_h1_the_head_title_does_not_hold_is_a_heading_of_its_own() -> None:
    # the head title names the page ("Transit Guide"), the <h1> a part of it: the title chosen is the
    # head's, and the <h1> opening the body repeats nothing
    page = ("<html><head><title>Transit Guide</title></head><body>"
            "<h1>Riding the night buses</h1>" + BODY_EN + "</body></html>")
    art = clean(page)
    assert art.title == "Transit Guide"
    assert art.removed == []
    assert art.paragraphs[0].text == "Riding the night buses"
    page_zh = ("<html><head><title>出行指南</title></head><body><h2>夜间公交怎么坐</h2>"
               + BODY_ZH + "</body></html>").replace("h2>", "h1>")
    art = clean(page_zh)
    assert art.title == "出行指南"
    assert art.paragraphs[0].text == "夜间公交怎么坐"


def test_a_headline_long_h1_worded_otherwise_than_the_head_title_still_goes() -> None:
    # a news page's search title rewords its headline: the <h1> is the story's headline all the same
    page = ("<html><head><title>Council backs transit plan after long debate</title></head><body>"
            "<h1>City council votes to add night buses and extend weekend service</h1>" + BODY_EN + "</body></html>")
    art = clean(page)
    assert art.title == "Council backs transit plan after long debate"
    assert [r.text for r in art.removed] == ["City council votes to add night buses and extend weekend service"]


def test_the_h1_read_as_the_title_still_goes_without_a_head_title() -> None:
    page = "<html><head></head><body><h1>Riding the night buses</h1>" + BODY_EN + "</body></html>"
    art = clean(page)
    assert art.title == "Riding the night buses"
    assert [r.kind for r in art.removed] == ["title"]


def test_cleaned_head_title_when_no_h1() -> None:
    page = f"<html><head><title>市区新增三条公交线路_本地新闻_某某网</title></head><body>{BODY_ZH}</body></html>"
    art = clean(page)
    assert art.title == "市区新增三条公交线路"
    assert art.removed == []


def test_generic_head_title_falls_back_to_the_page() -> None:
    page = ("<html><head><title>显示</title></head><body><p>城市更新的下一站</p><p>2024-05-01 10:00</p>"
            + BODY_ZH + "</body></html>")
    assert clean(page).title == "城市更新的下一站"


def test_dump_title_line_above_the_header() -> None:
    dump = "\n".join(["首页", "新闻", "观察 | 城市更新的下一站：老街区如何焕新", "某某号", "2025-03-02 10:15",
                      "", "来源：某某日报", "", BODY_ZH[3:-4]])
    art = clean(dump, input_kind="text")
    assert art.title == "观察 | 城市更新的下一站：老街区如何焕新"
    assert any(r.kind == "title" for r in art.removed)


def test_dump_title_first_line() -> None:
    dump = "城市更新的下一站\n\n" + BODY_ZH[3:-4]
    art = clean(dump, input_kind="text")
    assert art.title == "城市更新的下一站"
    assert [r.text for r in art.removed] == ["城市更新的下一站"]


def test_a_body_line_is_never_taken_for_a_title() -> None:
    dump = ("Multiple schools in the region received false threats this week, officials said on Monday.\n"
            "Police responded to each call and found no danger.\n")
    art = clean(dump, input_kind="text")
    assert art.title is None
    assert art.removed == []


def test_title_in_the_middle_of_the_body_is_kept() -> None:
    lines = ["城市更新的下一站"] + [BODY_ZH[3:-4]] * 20 + ["城市更新的下一站"]
    art = clean("\n".join(lines), input_kind="text")
    assert [r.text for r in art.removed] == ["城市更新的下一站"]  # only the first, at the top
    assert art.paragraphs[-1].text == "城市更新的下一站"


def test_a_colon_separates_only_the_sites_own_name() -> None:
    from newsclean.plugins.title import clean_title

    assert clean_title("マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌", [], "phpspot.org") == \
        "マインドマップ風のツリーを描画できる「Treeviz」"
    assert clean_title("Council approves plan: Example Times", ["Example Times"], "exampletimes.com") == \
        "Council approves plan"
    assert clean_title("Genetik: Das Geheimnis der Riesenblumen", ["Spektrum"], "spektrum.de") == \
        "Genetik: Das Geheimnis der Riesenblumen"  # a kicker, no site
    assert clean_title("Trump: The Example Times reports a deal", ["The Example Times"], "example.com") == \
        "Trump: The Example Times reports a deal"  # the site named inside a headline stays


def test_a_logo_h1_naming_the_site_is_no_headline() -> None:
    import newsclean

    page = ("<html><head><title>约会软件想用相似好恶帮你找对象_智能_好奇心日报</title></head><body>"
            "<h1>好奇心日报</h1><p>这个约会软件想用你和对方的相似好恶来帮你找对象，它的做法是让用户先回答一组关于日常喜好的问题，"
            "再根据答案的相近程度推荐可能合得来的人。</p></body></html>")
    assert newsclean.clean(page).title == "约会软件想用相似好恶帮你找对象"


def test_head_titles_take_the_first_non_empty_content_of_each_meta() -> None:
    from newsclean.pipeline import load

    page = ("<html><head><meta property='og:title' content='  '><meta property='og:title' content=' First  og title '>"
            "<meta name='og:title' content='Second og title'><meta property='og:site_name' content='Example Daily'>"
            "<title>The page title</title></head><body><p>x</p></body></html>")
    doc = load(page, None, newsclean.Options(), None)
    title.read_head(doc)
    assert doc.state["title"]["head"] == ["First og title", "The page title"]
    assert doc.state["title"]["sites"] == ["Example Daily"]


@pytest.mark.parametrize("logo, title_tag, headline", [
    # the logo <h1> lies in the site part of <title> cut off ("Headline | Logo Example.org")
    ("Riverbank", "Council approves the new transit plan for the region | Riverbank Example.org",
     "Council approves the new transit plan for the region"),
    # the logo <h1> runs from the <title>'s tail into the site name cut after a colon
    ("国際ニュース：Sample News", "市議会が新しい交通計画を承認した　写真1枚　国際ニュース：Sample News",
     "市議会が新しい交通計画を承認した"),
])
def test_logo_h1_in_the_cut_site_part_is_not_the_title(logo: str, title_tag: str, headline: str) -> None:
    page = (f"<html><head><title>{title_tag}</title><meta name='twitter:title' content='{headline}'></head>"
            f"<body><header><h1><a href='/'>{logo}</a></h1></header>"
            f"<article><h1>{headline}</h1>{BODY_EN}{BODY_ZH}</article></body></html>")
    art = clean(page, "https://www.samplenews.example/2024/05/plan.html")
    assert art.title == headline


def test_h1_before_the_kept_segment_still_wins() -> None:
    # "Array - Reference | Docs": cleaning keeps the longer segment, the <h1> (the first one) is the title
    page = ("<html><head><title>Array - Global Objects Reference | Docs</title></head>"
            f"<body><h1>Array</h1>{BODY_EN}</body></html>")
    assert clean(page).title == "Array"


def test_site_name_glued_to_the_h1_is_cut() -> None:
    # <h1>Headline<a>Site</a></h1> reads "HeadlineSite Name": the head title's cleaned form is the title
    headline = "Council approves the new transit plan for the region"
    page = (f"<html><head><title>{headline} » Local » Riverbank Herald</title></head><body>"
            f"<h1><span>{headline}</span><a href='/'>Riverbank Herald</a></h1>{BODY_EN}</body></html>")
    assert clean(page, "https://www.riverbankherald.example/local/plan.html").title == headline


def test_h1_that_writes_the_site_part_out_is_kept() -> None:
    # the <h1> spells "Headline - Name ..." with its separator: the page's own headline, not a glued logo
    page = ("<html><head><title>Take Care - Riverbank at the Fair 2018</title></head><body>"
            f"<h1>Take Care - Riverbank at the Fair 2018</h1>{BODY_EN}</body></html>")
    assert clean(page, "https://www.riverbank.example/blog/fair.html").title == "Take Care - Riverbank at the Fair 2018"


@pytest.mark.parametrize("raw, want", [
    # a forum archive's <title>: the page number, the board, the forum and the software credit go
    ("下岗职工再就业问题的调查研究(页 1) - 学术前沿 - 某某社会学论坛 - powered by ForumKit Archiver",
     "下岗职工再就业问题的调查研究"),
    ("How many projects should I run at once? - Topic Powered by Sample Community",
     "How many projects should I run at once?"),
    # a bracketed page number with nothing cut after it stays (it may be the headline's own)
    ("Die Reform der Rente (Seite 2)", "Die Reform der Rente (Seite 2)"),
])
def test_software_credit_and_page_number_cut(raw: str, want: str) -> None:
    assert clean_title(raw) == want


@pytest.mark.parametrize("greeting", ["谢谢您访问〖某某研究中心〗", "Welcome to the Riverbank Society"])
def test_greeting_head_title_gives_way_to_the_headline(greeting: str) -> None:
    page = (f"<html><head><title>{greeting}</title></head><body>"
            f"<h1>Council approves the new transit plan</h1>{BODY_EN}{BODY_ZH}</body></html>")
    assert clean(page).title == "Council approves the new transit plan"


def test_greeting_headline_held_by_the_h1_stays() -> None:
    # a headline that opens with "Welcome to": the <h1> says it too, so it is the article's
    page = ("<html><head><title>Welcome To The Gadgets Gift Guide | Sample Tech</title></head><body>"
            f"<h1>Welcome To The Gadgets Gift Guide</h1>{BODY_EN}</body></html>")
    assert clean(page).title == "Welcome To The Gadgets Gift Guide"


def test_korean_bar_letter_and_quote_dash_separate_site_parts() -> None:
    # Korean sites set the lone letter ㅣ as a bar; a dash after a closing quote opens the section
    raw = '시의회 "새 교통계획 승인했다"-사회ㅣ샘플일보'
    assert clean_title(raw, ["샘플일보"]) == '시의회 "새 교통계획 승인했다"'
    # a dash between ASCII words stays part of the headline
    assert clean_title("COVID-19 cases fall in the region") == "COVID-19 cases fall in the region"


@pytest.mark.parametrize("ui_line", ["Forgot your password?", "Previewing your Comment", "Send to a Friend",
                                     "Previous in Local Politics", "Tags: Travel, Food, City Guide",
                                     "Jane Roe Become a fan", "Improve this question"])
def test_a_dump_interface_line_over_the_header_is_no_title(ui_line: str) -> None:
    # the headline sits higher up; an interface line stands right over the byline
    body = ("The county board voted on Tuesday to fund a new bridge over the river, ending a debate that "
            "had lasted for more than a decade. ") * 3
    dump = "\n".join(["Home", "News", "County board approves the new river bridge plan", "", ui_line,
                      "By Jane Roe, May 2, 2024", "", body])
    art = clean(dump, input_kind="text")
    assert art.title == "County board approves the new river bridge plan"


@pytest.mark.parametrize("ui_line", ["忘记密码？点击这里找回", "上一篇：老街区改造的十年", "标签：城市 更新 老街区",
                                     "发表您的评论（请文明发言）"])
def test_a_zh_dump_interface_line_over_the_header_is_no_title(ui_line: str) -> None:
    dump = "\n".join(["首页", "新闻", "城市更新的下一站：老街区如何焕新", "", ui_line, "2025-03-02 10:15",
                      "", "来源：某某日报", "", BODY_ZH[3:-4]])
    art = clean(dump, input_kind="text")
    assert art.title == "城市更新的下一站：老街区如何焕新"


@pytest.mark.parametrize("headline", ["Romney vs. Obama on Investment Plans", "Four D.C. Judges Up for Reappointment",
                                      "Startup Idea Stuck? Spend a Buck on It!"])
def test_a_dump_headline_with_an_abbreviation_or_a_question_is_still_a_title(headline: str) -> None:
    body = ("The county board voted on Tuesday to fund a new bridge over the river, ending a debate that "
            "had lasted for more than a decade. ") * 3
    dump = "\n".join(["Home", "News", headline, "By Jane Roe, May 2, 2024", "", body])
    assert clean(dump, input_kind="text").title == headline


def test_a_dump_line_of_two_sentences_is_still_no_title() -> None:
    body = ("The county board voted on Tuesday to fund a new bridge over the river, ending a debate that "
            "had lasted for more than a decade. ") * 3
    dump = "\n".join(["Bridge plan approved by the county board", "Police said so. The man was held",
                      "By Jane Roe, May 2, 2024", "", body])
    assert clean(dump, input_kind="text").title == "Bridge plan approved by the county board"


def test_a_zh_dump_headline_with_a_question_mark_is_still_a_title() -> None:
    dump = "\n".join(["首页", "新闻", "老街区还能住吗？城市更新给出答案", "2025-03-02 10:15", "", "来源：某某日报", "",
                      BODY_ZH[3:-4]])
    assert clean(dump, input_kind="text").title == "老街区还能住吗？城市更新给出答案"


def test_a_dump_headline_repeated_in_a_teaser_list_is_read_from_the_line_over_its_header() -> None:
    # the URL's slug spells the headline, which a "latest" list above the article shows too: the
    # line a byline and a date follow is the title line that goes, the teaser stays where it is
    headline = "County board approves the new river bridge plan"
    body = ("The county board voted on Tuesday to fund a new bridge over the river, ending a debate that "
            "had lasted for more than a decade. ") * 3
    dump = "\n".join(["Latest", headline, "Library hours extended for the summer", "Home", "News", "Sport",
                      "", headline, "By Jane Roe", "May 2, 2024", "", body])
    art = clean(dump, url="https://example.org/news/2024/05/02/county-board-approves-new-river-bridge-plan",
                input_kind="text")
    texts = [p.text for p in art.paragraphs]
    assert art.title == headline
    assert texts.count(headline) == 1
    assert texts[texts.index(headline) + 1] == "Library hours extended for the summer"


@pytest.mark.parametrize("credit", ["Image source, Jane Roe", "Image source, Getty Images", "Photo: Jane Roe/Example Press",
                                    "Foto: Max Mustermann", "Bild: Erika Musterfrau/dpa"])
def test_a_dump_picture_credit_over_the_header_is_no_title(credit: str) -> None:
    # the picture's credit line sits between the headline and its date line
    body = ("The county board voted on Tuesday to fund a new bridge over the river, ending a debate that "
            "had lasted for more than a decade. ") * 3
    dump = "\n".join(["Home", "News", "County board approves the new river bridge plan", credit,
                      "Published", "12 May 2024", "", body])
    assert clean(dump, input_kind="text").title == "County board approves the new river bridge plan"


def test_an_h1_in_touching_elements_is_read_as_the_page_shows_it() -> None:
    page = ("<html><head></head><body><h1><span>Storm</span><span>Warning</span> for the Coast</h1>"
            f"{BODY_EN}</body></html>")
    assert clean(page).title == "Storm Warning for the Coast"
