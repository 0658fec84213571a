"""The byline plugin: authors read from bylines, editors and posting accounts dropped but not authors."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import byline, title

BODY_ZH = "市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。"
BODY_EN = ("The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends.")
TITLE_ZH = "市区新增三条公交线路"
TITLE_EN = "Council approves the new transit plan"


def clean(lines: list[str]) -> newsclean.Article:
    cleaner = newsclean.Cleaner(plugins=[title, byline], entry_points=False)
    return cleaner.clean("\n".join(lines), input_kind="text")


def bylines(art: newsclean.Article) -> list[str]:
    return [r.text for r in art.removed if r.kind == "byline"]


@pytest.mark.parametrize("line, authors", [
    ("作者：张明远", ["张明远"]),
    ("文/李晓", ["李晓"]),
    ("李晓/文", ["李晓"]),
    ("记者 王建宏 张文攀", ["王建宏", "张文攀"]),
    ("某某日报记者 王建宏 张文攀", ["王建宏", "张文攀"]),
    ("□ 本报记者 葛小丹", ["葛小丹"]),
    ("本报记者罗科苏盈发自北京", ["罗科苏盈"]),
    ("新京报记者 彭小冲 山东冠县报道", ["彭小冲"]),
    ("执笔人：闵乐 赵兰波 刘韬", ["闵乐", "赵兰波", "刘韬"]),
    ("作者： 周思博 (Joel Spolsky)", ["周思博 (Joel Spolsky)"]),
    ("作者： 放飞&心情", ["放飞&心情"]),
    ("时间：2004年10月21日14:18 作者：郭立宏", ["郭立宏"]),
    ("2015-11-05 阅读：8169 来源:转载 作者:孙仲明", ["孙仲明"]),
    ("somebody88 发表于 2005-9-15 11:46:00", ["somebody88"]),
    ("记者 刘满仓 责任编辑：王五", ["刘满仓"]),
])
def test_chinese_bylines(line: str, authors: list[str]) -> None:
    art = clean([TITLE_ZH, line, BODY_ZH])
    assert art.authors == authors
    assert bylines(art) == [line]


@pytest.mark.parametrize("line, authors", [
    ("By Jane Roe", ["Jane Roe"]),
    ("Written by Jane Roe", ["Jane Roe"]),
    ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
    ("By Jane Roe, Example News", ["Jane Roe"]),
    ("By Jane Roe | Example Daily | Updated: 2024-05-13 09:08", ["Jane Roe"]),
    ("by Jane Roe May 14, 2024", ["Jane Roe"]),
    ("By DANICA ROE and JILL DOE", ["DANICA ROE", "JILL DOE"]),
    ("By Example Staff", ["Example Staff"]),
    ("ByJane Roe", ["Jane Roe"]),  # a label glued to the capital of the name (text pulled out of markup)  # an organisation credited, no person named: the author
])
def test_english_bylines(line: str, authors: list[str]) -> None:
    art = clean([TITLE_EN, line, BODY_EN])
    assert art.authors == authors
    assert bylines(art) == [line]


@pytest.mark.parametrize("line, editors", [
    ("责任编辑：魏小喆", ["魏小喆"]),
    ("（ 责任编辑：刘林 ）", ["刘林"]),
    ("编辑:李楠", ["李楠"]),
    ("(责编：胡永秋、杨光宇)", ["胡永秋", "杨光宇"]),
])
def test_editors_are_not_authors_when_someone_else_is_named(line: str, editors: list[str]) -> None:
    art = clean([TITLE_ZH, "记者 刘满仓", BODY_ZH, line])
    assert art.authors == ["刘满仓"]
    assert art.extra["editors"] == editors
    assert line in bylines(art)


@pytest.mark.parametrize("line, editors", [
    ("责任编辑：魏小喆", ["魏小喆"]),
    ("（ 责任编辑：刘林 ）", ["刘林"]),
    ("编辑:李楠", ["李楠"]),
    ("(责编：胡永秋、杨光宇)", ["胡永秋", "杨光宇"]),
])
def test_the_editor_in_charge_is_the_author_when_no_one_else_is_named(line: str, editors: list[str]) -> None:
    art = clean([TITLE_ZH, BODY_ZH, line])
    assert art.authors == editors
    assert art.extra["editors"] == editors
    assert bylines(art) == [line]


@pytest.mark.parametrize("line", ["校对：王小五", "审核：王小五", "值班编辑：王小五"])
def test_other_editors_are_never_authors(line: str) -> None:
    art = clean([TITLE_ZH, BODY_ZH, line])
    assert art.authors == [] and art.extra["editors"] == ["王小五"]


def test_byline_with_an_affiliation_is_read_but_kept() -> None:
    art = clean([TITLE_ZH, "作者: 赵 培：某某大学，北京", BODY_ZH])
    assert art.authors == ["赵培"]  # a two-character name padded with a space
    assert bylines(art) == []  # the line reads like prose (a comma): left alone


def test_source_and_editor_in_one_line() -> None:
    art = clean([TITLE_ZH, "来源：某某日报 编辑：苏亮", BODY_ZH])
    assert art.authors == ["苏亮"] and art.extra["editors"] == ["苏亮"]  # (the only person named)


def test_posting_account_is_dropped_not_an_author() -> None:
    art = clean([TITLE_ZH, "创始人", "2025-09-08 00:41:55", "0", "来源:某某资讯", BODY_ZH])
    assert art.authors == []
    assert bylines(art) == ["创始人"]
    reason = next(r.reason for r in art.removed if r.text == "创始人")
    assert "posting account" in reason


def test_bare_name_under_the_title_is_the_author() -> None:
    art = clean(["犬儒之病(上)", "胡小平", "——当代社会的精神状况", BODY_ZH])
    assert art.authors == ["胡小平"]
    assert bylines(art) == ["胡小平"]
    art = clean(["社会资本与再就业", "赵延东、风笑天", BODY_ZH])
    assert art.authors == ["赵延东", "风笑天"]


def test_medium_under_the_title_is_a_source() -> None:
    art = clean([TITLE_ZH, "某某日报", "2025-09-08 10:00", BODY_ZH])
    assert art.authors == [] and art.source == "某某日报"


def test_credits_inside_the_text_are_read_not_dropped() -> None:
    for text, names in [
        ("据新华社拉萨电（记者 格桑边觉）记者近日从自治区农业农村厅召开的会议上了解到，全区改造户用卫生厕所4.66万座。",
         ["格桑边觉"]),
        (BODY_ZH + "（记者 胡晓蓉）", ["胡晓蓉"]),
        (BODY_ZH + "（姚小峰 上海报道）", ["姚小峰"]),
        (BODY_ZH + "（常书香 马丹阳）", ["常书香", "马丹阳"]),
    ]:
        art = clean([TITLE_ZH, text])
        assert art.authors == names, text
        assert bylines(art) == []


def test_units_in_brackets_are_not_credits() -> None:
    art = clean([TITLE_ZH, "常住人口", "（万人）", "120.54", BODY_ZH])
    assert art.authors == []


def test_merged_consecutive_bylines() -> None:
    art = clean([TITLE_ZH, "本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤", BODY_ZH])
    assert art.authors == ["刘国栋", "周炜", "王燕平", "方云凤"]


@pytest.mark.parametrize("line", [
    "记者了解到，该项目将于明年完工。",
    "记者节快乐",
    "这次生育对小李的身体影响很大 本报记者 惠禾 摄",
    "拿出10万元来做房产投资 蔡雪婧/摄",
    "By submitting your email, you agree to our Terms and Privacy Notice.",
    "By the way, the vote was closer than expected.",
    "Bye-Bye Migraines",  # a word that merely starts with an opener: glued only to a capital
    "Authorities Say the Fire Was Set on Purpose",
    "Editorial Standards and Corrections Policy",
    "作者简介",
    "São Paulo",
    BODY_ZH,
])
def test_not_bylines(line: str) -> None:
    art = clean([TITLE_ZH if line[:1] > "\u3000" else TITLE_EN, BODY_ZH, line])
    assert art.authors == []
    assert bylines(art) == []


def test_photo_credit_is_not_the_author() -> None:
    art = clean([TITLE_ZH, BODY_ZH, "本报记者 惠禾 摄"])
    assert art.authors == []
    assert bylines(art) == ["本报记者 惠禾 摄"]


@pytest.mark.parametrize("line, names", [
    ("Von Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"]),
    ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Por María López", ["María López"]),
    ("Di Mario Rossi", ["Mario Rossi"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Autor: Łukasz Nowak", ["Łukasz Nowak"]),
    ("Text: Anna Schmidt", ["Anna Schmidt"]),
    ("Autorin/Autor Roman Berger", ["Roman Berger"]),  # gendered German labels
    ("Autor*in: Lea Brandt", ["Lea Brandt"]),
    ("Autor/in Jonas Weber und Mia Roth", ["Jonas Weber", "Mia Roth"]),
    ("Autor/-in: Lin Chen, Hunan Agriculture and Forestry University (China)", ["Lin Chen"]),  # an affiliation
    ("By Jane Doe, John Roe and Ann Poe, Research Institute of Geology", ["Jane Doe", "John Roe", "Ann Poe"]),
])
def test_european_bylines(line: str, names: list[str]) -> None:
    authors, editors, rest, why = byline._fields(line)
    assert authors == names and not editors and why


@pytest.mark.parametrize("line", ["DIE ZEIT", "di Jakarta Selatan hari ini", "Von Berlin aus gesehen", "By Train",
                                  "Par ailleurs, le gouvernement a annoncé"])
def test_european_openers_invent_no_author(line: str) -> None:
    assert byline._fields(line)[0] == []


def test_a_gendered_label_opening_a_sentence_is_prose() -> None:
    line = "Autor/in Jonas Weber hat in seinem neuen Buch über die Stadt und die Menschen in den alten Vierteln geschrieben"
    assert byline._fields(line)[0] == []


def test_european_credit_is_no_author() -> None:
    authors, editors, _, _ = byline._fields("Foto: Hans Meier")
    assert authors == [] and editors == ["Hans Meier"]


@pytest.mark.parametrize("line, names", [
    ("By Lance Ulanoff published 19 May 2026", ["Lance Ulanoff"]),
    ("By Jane Doe in Science on May 3, 2024", ["Jane Doe"]),
    ("Von Eva Muster und Jan Kurz", ["Eva Muster", "Jan Kurz"]),
])
def test_a_bylines_name_ends_before_its_connector_word(line: str, names: list[str]) -> None:
    from newsclean.plugins import byline

    got = byline._latin_byline(line)
    assert got is not None and got[0] == names


@pytest.mark.parametrize("label", ["By", "Von:", "Written by"])
def test_a_byline_split_over_two_lines(label: str) -> None:
    art = clean([TITLE_EN, label, "Jane Doe and John Roe", BODY_EN])
    assert art.authors == ["Jane Doe", "John Roe"]
    assert label in bylines(art) and "Jane Doe and John Roe" in bylines(art)


def _byline_box(*lines: str, box: str = "<div class='article-authors'>{}</div>", each: str = "<div>{}</div>") -> str:
    body = "".join(f"<p>{BODY_EN} {i}</p>" for i in range(4))
    return (f"<html><body><article><h1>{TITLE_EN}</h1>" + box.format("".join(each.format(t) for t in lines))
            + body + "</article></body></html>")


def test_a_split_byline_with_one_co_author_a_line() -> None:
    run = newsclean.Cleaner(plugins=[title, byline], entry_points=False).clean
    art = run(_byline_box("Von", "Jasper Riemann", "Barbara Schneider"))
    assert art.authors == ["Jasper Riemann", "Barbara Schneider"]
    assert "Barbara Schneider" in bylines(art)
    art = run(_byline_box("Von", "Jasper Riemann", "Berlin Bureau"))  # no person: the byline ends
    assert art.authors == ["Jasper Riemann"]
    art = run(_byline_box("Von", "Jasper Riemann", "Political Editor"))  # a role
    assert art.authors == ["Jasper Riemann"]
    art = run(_byline_box("Von", "Jasper Riemann", "Barbara Schneider", box="<div>{}</div>"))  # no byline box
    assert art.authors == ["Jasper Riemann"]
    art = clean([TITLE_EN, "Von", "Jasper Riemann", "Barbara Schneider", BODY_EN])  # a text dump: no structure
    assert art.authors == ["Jasper Riemann"]


def test_a_split_byline_closed_by_an_agency_after_a_joiner() -> None:
    run = newsclean.Cleaner(plugins=[title, byline], entry_points=False).clean
    art = run(_byline_box("Von", "Jasper Riemann", ",", "Deutsche Presse-Agentur"))
    assert art.authors == ["Jasper Riemann", "Deutsche Presse-Agentur"]
    assert "," in bylines(art) and "Deutsche Presse-Agentur" in bylines(art)
    art = run(_byline_box("By", "Jane Doe", "and", "John Roe"))  # a joiner alone between two names
    assert art.authors == ["Jane Doe", "John Roe"]
    art = run(_byline_box("Von", "Jasper Riemann", ",", "Berlin Bureau"))  # no agency: the byline ends
    assert art.authors == ["Jasper Riemann"] and "," not in bylines(art)
    art = run(_byline_box("Von", "Jasper Riemann", ",", "Deutsche Presse-Agentur", box="<div>{}</div>"))
    assert art.authors == ["Jasper Riemann"]  # (no byline box: nothing says the agency is credited)


def test_an_agency_glued_to_the_last_name() -> None:
    got = byline._latin_byline("By Samya Kullab and Vasilisa Stepanenko The Associated Press")
    assert got is not None and got[0] == ["Samya Kullab", "Vasilisa Stepanenko"]


def test_a_byline_naming_more_than_the_author_links_wins() -> None:
    page = ("<html><head><title>Ampeln tot</title></head><body><article><h1>Ampeln tot, S-Bahnen stoppen</h1>"
            "<address>Von <a rel='author' href='/autoren/a/'>Christian Unger</a>, <a rel='author' "
            "href='/autoren/b/'>Tobias Krause</a>, <span>Laura Wagener</span> und <span>Alexander Rothe</span>"
            "</address>" + "".join(f"<p>{BODY_EN} {i}</p>" for i in range(4)) + "</article></body></html>")
    art = newsclean.Cleaner().clean(page, "https://zeitung.example.de/politik/ampeln")
    assert art.authors == ["Christian Unger", "Tobias Krause", "Laura Wagener", "Alexander Rothe"]
    fewer = page.replace(", <span>Laura Wagener</span> und <span>Alexander Rothe</span>", "")
    art = newsclean.Cleaner().clean(fewer, "https://zeitung.example.de/politik/ampeln")
    assert art.authors == ["Christian Unger", "Tobias Krause"]


def test_a_label_alone_before_prose_is_no_byline() -> None:
    art = clean([TITLE_EN, "By", "Tuesday the council had voted to approve the new plan for the city.", BODY_EN])
    assert art.authors == []
    assert bylines(art) == []


def test_german_column_openers_give_the_author() -> None:
    body = ("Die neue Brücke über den Fluss wird im kommenden Monat für den Verkehr freigegeben, teilte die Stadt am "
            "Montag mit. Die Fahrzeit sinkt damit deutlich.")
    art = newsclean.clean("\n\n".join(["Brücke eröffnet", "Kommentar von Anna Muster", body, body + " Zwei."]),
                          input_kind="text")
    assert art.authors == ["Anna Muster"]
    assert "Kommentar von Anna Muster" not in art.text


def test_labelled_initials_are_a_byline_bare_initials_are_not() -> None:
    body = ("Les sirènes d'alerte sonnent chaque premier mercredi du mois à midi, rappelle le ministère de "
            "l'Intérieur dans un communiqué publié lundi.")
    art = newsclean.clean("\n\n".join(["Les sirènes", "Par D.D.", body, body + " Deux."]), input_kind="text")
    assert art.authors == ["D.D."] and "Par D.D." not in art.text
    art = newsclean.clean("\n\n".join(["Les sirènes", "D.D.", body, body + " Deux."]), input_kind="text")
    assert "D.D." not in art.authors


def test_sentence_opened_by_author_and_a_name_is_prose() -> None:
    body = ("The book club meets every month in the library, where readers swap novels and talk about the stories "
            "they love most.")
    prose = ("Author Jane Doe, from Kensington, said she started reading romance novels because they were the closest "
             "thing to the stories her grandmother told.")
    art = newsclean.clean("\n\n".join(["Book club", body, prose, body + " Again."]), input_kind="text")
    assert prose in art.text and "Jane Doe" not in art.authors
    # "By" is no noun: a byline followed by the author's short bio stays a byline
    bio = "By Jane Doe, a reporter who covers the city council and the schools of the county since 2020."
    art = newsclean.clean("\n\n".join(["Book club", bio, body, body + " Again."]), input_kind="text")
    assert art.authors == ["Jane Doe"] and bio not in art.text


def test_russian_byline_and_russian_prose() -> None:
    body = ("Правительство утвердило новый бюджет на следующий год, сообщила пресс-служба министерства финансов "
            "в понедельник вечером.")
    art = newsclean.clean("\n\n".join(["Новый бюджет", "Автор: Иван Петров", body, body + " Ещё."]), input_kind="text")
    assert art.authors == ["Иван Петров"]
    prose = "Автор Иван Петров, который живёт в Москве, сказал, что правительство должно действовать быстрее."
    art = newsclean.clean("\n\n".join(["Новый бюджет", body, prose, body + " Ещё."]), input_kind="text")
    assert prose in art.text


def clean_html(header: str, tail: str = "") -> newsclean.Article:
    cleaner = newsclean.Cleaner(plugins=[title, byline], entry_points=False)
    return cleaner.clean(f"<html><body><h1>{TITLE_EN}</h1>{header}<p>{BODY_EN}</p><p>{BODY_EN}</p>{tail}"
                         "</body></html>")


@pytest.mark.parametrize("heading, authors", [
    ("<h3>Von Anna Sleegers, Frankfurt</h3>", ["Anna Sleegers"]),
    ("<h2>By Jane Doe in Paris</h2>", ["Jane Doe"]),
    ("<h4>Par Jean Dupont et Marie Curie</h4>", ["Jean Dupont", "Marie Curie"]),
])
def test_a_byline_in_a_heading_under_the_title_is_read_and_dropped(heading: str, authors: list[str]) -> None:
    art = clean_html(heading)
    assert art.authors == authors
    assert bylines(art) == [heading.split(">", 1)[1].rsplit("<", 1)[0]]


@pytest.mark.parametrize("heading", [
    "<h2>By the Numbers</h2>",  # no name
    "<h2>Von der Leyen trifft Macron</h2>",  # a headline opening with a particle
    "<h2>Text Message Scams</h2>",  # a noun opener without a colon: a section's heading
])
def test_headings_that_are_no_bylines_stay(heading: str) -> None:
    art = clean_html(heading)
    assert bylines(art) == []
    assert heading.split(">", 1)[1].rsplit("<", 1)[0] in art.text


def test_a_byline_like_heading_far_under_the_title_stays() -> None:
    art = clean_html("", tail=f"<p>{BODY_EN}</p><p>{BODY_EN}</p><h2>By Any Means Necessary</h2><p>{BODY_EN}</p>")
    assert bylines(art) == []
    assert "By Any Means Necessary" in art.text


def test_a_heading_byline_under_the_title_repeated_over_the_article_goes() -> None:
    teasers = "".join(f"<p>Teaser number {i} about another story of the day</p>" for i in range(8))
    art = clean_html("", tail=teasers + f"<h1>{TITLE_EN}</h1><h2>A standfirst about the plan</h2>"
                     f"<h5>Von Anna Sleegers, Frankfurt</h5><p>{BODY_EN}</p>")
    assert art.authors == ["Anna Sleegers"]
    assert bylines(art) == ["Von Anna Sleegers, Frankfurt"]


@pytest.mark.parametrize("line, authors", [
    ("Autori: Jānis Bērziņš", ["Jānis Bērziņš"]),
    ("Autorius: Tomas Petraitis", ["Tomas Petraitis"]),
    ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
    ("Автори: Олена Коваль", ["Олена Коваль"]),
])
def test_author_labels_baltic_nordic_slavic(line: str, authors: list[str]) -> None:
    art = clean([TITLE_EN, line, BODY_EN, BODY_EN])
    assert bylines(art) == [line] and art.authors == authors


@pytest.mark.parametrize("byline_line, co_line, authors", [
    ("Von Anna Muster", "Adaptiert von Jan Roe", ["Anna Muster", "Jan Roe"]),
    ("Von: Anna Muster, Jan Roe", "Übersetzung und Adaptierung: AFP Deutschland", ["Anna Muster", "Jan Roe", "AFP Deutschland"]),
    ("By Jane Doe", "Translated and adapted by John Roe", ["Jane Doe", "John Roe"]),
    ("Par Anne Martin", "Adapté par Jean Dupont", ["Anne Martin", "Jean Dupont"]),
])
def test_an_adaptation_credited_under_the_byline_shares_the_authorship(byline_line: str, co_line: str,
                                                                        authors: list[str]) -> None:
    art = clean([TITLE_EN, byline_line, co_line, BODY_EN])
    assert art.authors == authors
    assert co_line in bylines(art)


def test_a_co_credit_alone_or_a_translation_or_more_reporting_is_no_author() -> None:
    assert clean([TITLE_EN, "Adaptiert von Jan Roe", BODY_EN]).authors == []  # no byline above it
    assert clean([TITLE_EN, "By Jane Doe", "Additional reporting by John Roe", BODY_EN]).authors == ["Jane Doe"]
    assert clean([TITLE_EN, "By Jane Doe", "Translated by John Roe", BODY_EN]).authors == ["Jane Doe"]
    assert clean([TITLE_EN, "By Jane Doe", BODY_EN, "Adapted by John Roe"]).authors == ["Jane Doe"]  # not under it
