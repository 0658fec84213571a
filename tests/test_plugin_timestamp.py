"""The timestamp plugin: stamp lines dropped, the publication time read with the right zone."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsclean
from newsclean.plugins import timestamp, title

CST = timezone(timedelta(hours=8))
BODY_ZH = "市统计局今天发布数据，前三季度全市地区生产总值同比增长，其中第三产业增加值占比超过六成，消费市场持续回暖。"
BODY_EN = ("The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
           "and extends service hours on weekends.")


def clean(lines: list[str], url: str | None = None, **options: object) -> newsclean.Article:
    cleaner = newsclean.Cleaner(plugins=[title, timestamp], entry_points=False, **options)
    return cleaner.clean("\n".join(lines), url, input_kind="text")


def stamps(art: newsclean.Article) -> list[str]:
    return [r.text for r in art.removed if r.kind == "timestamp"]


@pytest.mark.parametrize("line, want", [
    ("2025-09-08 00:41:55", datetime(2025, 9, 8, 0, 41, 55, tzinfo=CST)),
    ("2025年9月8日 08:00", datetime(2025, 9, 8, 8, 0, tzinfo=CST)),
    ("发布时间：2025-09-08 08:00", datetime(2025, 9, 8, 8, 0, tzinfo=CST)),
    ("2022年02月13日07:48 | 某某日报", datetime(2022, 2, 13, 7, 48, tzinfo=CST)),
    ("2025-09-08T08:00:00Z", datetime(2025, 9, 8, 8, 0, tzinfo=timezone.utc)),  # an explicit zone wins
    ("3小时前", None),
])
def test_chinese_stamp_lines(line: str, want: datetime | None) -> None:
    art = clean(["市区新增三条公交线路", line, BODY_ZH])
    assert art.published == want
    assert stamps(art) == [line]


@pytest.mark.parametrize("line, want", [
    ("Published: Sept. 8, 2025 3:41 p.m. ET", datetime(2025, 9, 8, 15, 41, tzinfo=timezone(timedelta(hours=-4)))),
    ("Updated 4:14 AM EDT, Sun May 12, 2024", datetime(2024, 5, 12, 4, 14, tzinfo=timezone(timedelta(hours=-4)))),
    ("7/5/2005 9:23:57 PM", datetime(2005, 7, 5, 21, 23, 57)),  # no zone known: the wall clock, naive
    ("May 11, 2024 at 4:31 pm ET • 2 min read", datetime(2024, 5, 11, 16, 31, tzinfo=timezone(timedelta(hours=-4)))),
    ("2 hours ago", None),
])
def test_english_stamp_lines(line: str, want: datetime | None) -> None:
    art = clean(["Council approves the new transit plan", line, BODY_EN])
    assert art.published == want
    assert stamps(art) == [line]


def test_default_zone_option() -> None:
    art = clean(["Council approves the new transit plan", "May 11, 2024 10:00", BODY_EN], default_tz_hours=-5)
    assert art.published == datetime(2024, 5, 11, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    art = clean(["市区新增三条公交线路", "2025-09-08 10:00", BODY_ZH], china_tz_hours=9)
    assert art.published is not None and art.published.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize("line", [
    "2024年5月1日，市政府召开新闻发布会，宣布新的公交线路将于下月开通运营。",
    "The plan, first proposed on May 3, 2021, was delayed twice by budget disputes.",
    "[22] 某某统计局：《2023年某省人民生活等相关统计数据公报》，2024年3月4日。",
    "·长期规划下的城市更新之路（2025-04-01 09:56）",
    "— Jane Roe (@janeroe) November 4, 2019",
])
def test_sentences_and_teasers_are_kept(line: str) -> None:
    art = clean(["市区新增三条公交线路", BODY_ZH, line])
    assert stamps(art) == []


def test_header_date_beats_dates_further_down() -> None:
    lines = (["首页", "市区新增三条公交线路", "2025-03-02 10:15", BODY_ZH, BODY_ZH]
             + ["相关新闻", "某某路段完成改造 2025-02-27 08:00", "2025-02-26 09:00", "2025-02-25 11:00"]
             + ["发表时间：2025-02-20 09:00"])
    art = clean(lines)
    assert art.published == datetime(2025, 3, 2, 10, 15, tzinfo=CST)


def test_published_label_beats_updated() -> None:
    art = clean(["Council approves the new transit plan",
                 "Published: 00:24 BST, 13 May 2024 | Updated: 09:37 BST, 14 May 2024", BODY_EN])
    assert art.published == datetime(2024, 5, 13, 0, 24, tzinfo=timezone(timedelta(hours=1)))


def test_label_after_the_date() -> None:
    art = clean(["某论坛", "关于亲子教育的十个问题", "本帖由某某于2005年8月12日16:12:21在〖心理版〗发表.", BODY_ZH])
    assert art.published == datetime(2005, 8, 12, 16, 12, 21, tzinfo=CST)


def test_future_and_ranges_are_ignored() -> None:
    art = clean(["市区新增三条公交线路", "2999-01-01 10:00", BODY_ZH])
    assert art.published is None
    art = clean(["存档", "12/01/2004 - 01/01/2005", "市区新增三条公交线路", BODY_ZH])
    assert art.published is None


def test_url_date_when_the_page_has_none() -> None:
    art = clean(["市区新增三条公交线路", BODY_ZH], url="http://news.example.cn/2025-03-02/1234.html")
    assert art.published == datetime(2025, 3, 2, tzinfo=CST)


def test_a_line_with_the_time_refines_a_declared_date() -> None:
    page = ("<html><head><meta name='publishdate' content='2025-03-02'></head><body>"
            "<h1>市区新增三条公交线路</h1><p>2025-03-02 10:15</p><p>" + BODY_ZH + "</p></body></html>")
    from newsclean.plugins import htmlmeta
    art = newsclean.Cleaner(plugins=[htmlmeta, title, timestamp], entry_points=False).clean(page)
    assert art.published == datetime(2025, 3, 2, 10, 15, tzinfo=CST)


def test_layout_tables_are_read_not_dropped() -> None:
    page = ("<html><body><h1>市区新增三条公交线路</h1><table><tr><td>某某网</td><td>首页</td></tr>"
            "<tr><td>2004-12-10 11:55:08 来源: 某某报道</td><td>评论</td></tr></table>"
            "<p>" + BODY_ZH + "</p></body></html>")
    art = newsclean.Cleaner(plugins=[title, timestamp], entry_points=False).clean(page)
    assert art.published == datetime(2004, 12, 10, 11, 55, 8, tzinfo=CST)
    assert stamps(art) == []


def _eu_page(stamp: str, lang: str = "de") -> str:
    return (f"<html lang='{lang}'><head><title>Hotel öffnet wieder</title></head><body>"
            "<h1>Hotel öffnet wieder</h1>"
            f"<p>{stamp}</p>"
            "<p>Das einst beliebte Hotel ist seit dreißig Jahren geschlossen. Eine Theatergruppe hat die "
            "Erinnerungen der Gäste aufgearbeitet und zeigt sie nun in den alten Zimmern der Stadt.</p>"
            "<p>Das Hotel gehört zur Stadt wie das Stahlwerk oder die Wohnbezirke. Einst war es ein "
            "Treffpunkt für Reisende aus dem ganzen Land und für die Arbeiter des Werks.</p></body></html>")


@pytest.mark.parametrize("stamp, day", [
    ("Veröffentlicht am 3. Dezember 2025 um 14:05 Uhr", "2025-12-03"),
    ("Stand: 03.12.2025 14:05 Uhr", "2025-12-03"),
    ("Do 04.12.25 | 14:07 Uhr | Von Eva Kirchner", "2025-12-04"),
    ("Mis à jour le 03/12/2025 à 14h05", "2025-12-03"),  # a French page: day first
])
def test_european_stamp_lines_are_read_and_dropped(stamp: str, day: str) -> None:
    lang = "fr" if stamp.startswith("Mis") else "de"
    art = newsclean.clean(_eu_page(stamp, lang))
    assert art.published is not None and art.published.date().isoformat() == day
    assert stamp not in art.text


def test_a_dateline_never_takes_a_declared_time_of_its_day_away() -> None:
    import newsclean

    tokyo = timezone(timedelta(hours=9))
    page = ("<html><body><h1>Council approves the new transit plan</h1><p>{}</p>"
            "<div><time datetime='2019-03-05T08:15:11+09:00'></time></div><p>" + BODY_EN + "</p></body></html>")
    art = newsclean.Cleaner().clean(page.format("March 5, 2019"))
    assert art.published == datetime(2019, 3, 5, 8, 15, 11, tzinfo=tokyo)
    art = newsclean.Cleaner().clean(page.format("March 6, 2019"))
    assert art.published == datetime(2019, 3, 6, tzinfo=timezone.utc)  # another day: the line's stronger word


# -- European relative stamps and labels (issue 9) ----------------------------

@pytest.mark.parametrize("line", ["Publié il y a 1 minute", "vor 2 Stunden", "Aktualisiert vor 5 Minuten",
                                  "hace 2 horas", "3 ore fa", "2 dni temu", "5 минут назад", "för 3 timmar sedan",
                                  "πριν από 2 ώρες"])
def test_european_relative_stamps(line: str) -> None:
    from newsclean.dates import is_relative_date

    assert is_relative_date(line)


def test_european_relative_stamp_line_goes_sentence_stays() -> None:
    body = ("Die neue Brücke über den Fluss wird im kommenden Monat für den Verkehr freigegeben, teilte die Stadt am "
            "Montag mit. Die Fahrzeit sinkt damit deutlich.")
    sentence = "Vor 2 Stunden kam es zu einem Unfall auf der Autobahn bei Köln."
    art = newsclean.clean("\n\n".join(["Brücke eröffnet", "vor 2 Stunden", body, sentence, body + " Zwei."]),
                          input_kind="text")
    assert {r.text: r.kind for r in art.removed if r.plugin.startswith("timestamp")} == {"vor 2 Stunden": "timestamp"}
    assert sentence in art.text


def test_relative_hints_cover_the_patterns() -> None:
    from newsclean.datewords import RELATIVE_HINTS_EU, RELATIVE_STAMPS_EU

    for forms in RELATIVE_STAMPS_EU.values():
        for p in forms:
            assert any(h in p for h in RELATIVE_HINTS_EU), p


@pytest.mark.parametrize("line", [
    "Uppdaterad 15.59 | Publicerad 14.14",
    "Updated 3:45 pm | Published 2:10 pm",
    "Aktualisiert: 18:50 Uhr",
])
def test_labelled_time_only_lines_are_stamps(line: str) -> None:
    art = clean(["Council approves the new transit plan", line, BODY_EN])
    assert stamps(art) == [line]
    assert art.published is None  # a time of day alone says no date


@pytest.mark.parametrize("line", [
    "Updated at 3:45 pm: the council postponed the vote",  # a sentence after the time
    "The score was 2:10 at the break",  # no label
    "Halbzeit 15.30 Uhr",  # a time with a word that is no stamp label
])
def test_times_in_other_lines_are_kept(line: str) -> None:
    art = clean(["Council approves the new transit plan", BODY_EN, line])
    assert stamps(art) == []


def test_a_label_glued_after_the_time_is_read_apart() -> None:
    line = "9. September 2025, 18:50 UhrLesedauer: 4 Min."
    art = clean(["Der Stadtrat beschließt den neuen Verkehrsplan", line, BODY_EN])
    assert stamps(art) == [line]
    assert art.published is not None and (art.published.hour, art.published.minute) == (18, 50)


@pytest.mark.parametrize("line", [
    "3. Dezember 2026 · Lesezeit 3 Minuten",
    "May 11, 2024 | Reading time: 4 min",
])
def test_a_reading_time_beside_a_stamp_is_part_of_it(line: str) -> None:
    art = clean(["Council approves the new transit plan", line, BODY_EN])
    assert stamps(art) == [line]


def test_a_stamp_and_a_name_in_a_list_item_go() -> None:
    html = ("<html><body><h1>Der Stadtrat beschließt den neuen Verkehrsplan</h1>"
            "<ul><li>9. September 2025 um 15:46 Uhr / Jane Doe</li></ul><p>" + BODY_EN + "</p>"
            "<ul><li>2024-03-01 / Annual Report</li><li>2024-02-01 / Quarterly Report</li></ul></body></html>")
    cleaner = newsclean.Cleaner(plugins=[title, timestamp], entry_points=False)
    art = cleaner.clean(html)
    assert stamps(art) == ["9. September 2025 um 15:46 Uhr / Jane Doe"]  # dated list items without a time stay
    assert "Annual Report" in art.text


@pytest.mark.parametrize("line", ["Šodien, 17:40", "Vakar, 08:05", "Šiandien 17:40", "Tänään klo 9.30",
                                  "I dag kl. 08:15", "Сьогодні, 17:40", "Dnes v 10:20", "Heute, 09:15 Uhr"])
def test_today_and_yesterday_with_a_time_is_a_stamp(line: str) -> None:
    art = clean(["Council approves the new transit plan", line, BODY_EN, BODY_EN])
    assert stamps(art) == [line]


def test_today_inside_a_sentence_is_no_stamp() -> None:
    line = "Heute, 09:15 Uhr, trat der Stadtrat zusammen und beschloss nach langer Debatte den neuen Verkehrsplan."
    art = clean(["Council approves the new transit plan", line, BODY_EN])
    assert stamps(art) == []


LEAD_DE = ("Bei der Erinnerung an die Verfolgten des Regimes waren viele Gruppen lange nicht sichtbar, sagte die "
           "Historikerin am Donnerstag in der Gedenkstätte vor zahlreichen Gästen aus der ganzen Region.")


@pytest.mark.parametrize("lead, day", [
    ("27.1.2022 - " + LEAD_DE, datetime(2022, 1, 27)),
    ("(18.01.2018) " + LEAD_DE, datetime(2018, 1, 18)),
    ("01.02.2022 „" + LEAD_DE + "“", datetime(2022, 2, 1)),
])
def test_the_lead_paragraphs_dateline_dates_the_article(lead: str, day: datetime) -> None:
    art = clean(["Gedenken an die Verfolgten", lead, BODY_EN])
    assert art.published is not None and art.published.date() == day.date()
    assert lead in [p.text for p in art.paragraphs]  # the paragraph is kept


@pytest.mark.parametrize("lines", [
    ["Gedenken an die Verfolgten", "27.1.2022 war ein kalter Tag. " + LEAD_DE, BODY_EN],  # a sentence's subject
    ["Gedenken an die Verfolgten", LEAD_DE, "27.1.2022 - " + LEAD_DE],  # not the lead paragraph
])
def test_a_date_opening_other_prose_is_no_dateline(lines: list[str]) -> None:
    assert clean(lines).published is None


def test_a_stamp_line_wins_over_the_leads_dateline() -> None:
    art = clean(["Gedenken an die Verfolgten", "28.01.2022", "27.1.2022 - " + LEAD_DE, BODY_EN])
    assert art.published is not None and art.published.day == 28


@pytest.mark.parametrize("line, day", [
    ("Stand: 04.12.25", datetime(2025, 12, 4)),
    ("Veröffentlicht am 04.12.25", datetime(2025, 12, 4)),
    ("Do., 04.12.25", datetime(2025, 12, 4)),
    ("Mi 3.12.25", datetime(2025, 12, 3)),
])
def test_a_short_year_after_a_label_or_a_weekday(line: str, day: datetime) -> None:
    art = clean(["Gedenken an die Verfolgten", line, BODY_EN])
    assert art.published is not None and art.published.date() == day.date()
    assert line in stamps(art)


@pytest.mark.parametrize("line", ["Version 1.12.25", "Tabelle 4.12.25 zeigt die Werte"])
def test_a_short_year_alone_dates_nothing(line: str) -> None:
    assert clean(["Gedenken an die Verfolgten", line, BODY_EN]).published is None


def test_a_short_year_alone_on_its_line_dates_the_page_only_right_under_the_title() -> None:
    art = clean(["Gedenken an die Verfolgten", "25.4.24", BODY_EN])
    assert art.published is not None and art.published.date() == datetime(2024, 4, 25).date()
    assert "25.4.24" in stamps(art)
    assert clean(["Gedenken an die Verfolgten"] + [BODY_EN] * 6 + ["04.12.25", BODY_EN]).published is None


TITLE_EN_GLUED = "Council approves the new transit plan"


@pytest.mark.parametrize("line, day", [
    ("By Jane Doe 5 March 20194 Comments", (2019, 3, 5)),
    ("Posted on 5 March 2019123 views", (2019, 3, 5)),
    ("Veröffentlicht am 05.03.201912 Kommentare", (2019, 3, 5)),
])
def test_a_counter_glued_to_the_stamps_year(line: str, day: tuple[int, int, int]) -> None:
    art = clean([TITLE_EN_GLUED, line, BODY_EN])
    assert art.published is not None and (art.published.year, art.published.month, art.published.day) == day
    assert stamps(art) == [line]


def test_a_count_alone_that_opens_like_a_year_is_no_date() -> None:
    assert timestamp._unglued_year("Posted 5 March | 20191 views", None) == ("Posted 5 March | 20191 views", [])
    assert clean([TITLE_EN_GLUED, "20191 views", BODY_EN]).published is None

