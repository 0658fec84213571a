"""Bylines: a title written after the name (Korean "홍길동 기자"), one line per author with
its e-mail address under it, a byline element's e-mail address, and a person's name alone beside the stamp
under a Latin-script title."""
from __future__ import annotations

import newsclean
from newsclean.authors import strip_role

PROSE_EN = ("<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes and "
            "extends service hours on weekends across the whole region.</p>" * 4)
PROSE_DE = ("<p>Der Stadtrat hat am Dienstag den neuen Verkehrsplan beschlossen, der zusätzliche Buslinien und "
            "längere Betriebszeiten am Wochenende in der ganzen Region vorsieht.</p>" * 4)
PROSE_KO = ("<p>시의회는 화요일 새로운 교통 계획을 승인했다. 이 계획은 버스 노선을 늘리고 주말 운행 시간을 "
            "연장하는 내용을 담고 있으며 지역 전체에 적용된다고 시 관계자가 설명했다.</p>" * 4)


def _page(title: str, header: str, prose: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + header + prose + "</article></body></html>")


# -- a title after the name ------------------------------------------------------

def test_a_korean_reporter_title_after_the_name_is_stripped_as_a_role() -> None:
    assert strip_role("김민준 기자") == "김민준"
    assert strip_role("김민준 특파원") == "김민준"


def test_a_korean_byline_line_names_the_author_and_is_dropped() -> None:
    art = newsclean.clean(_page("시의회 교통 계획 승인", "<p>김민준 기자</p>", PROSE_KO))
    assert art.authors == ["김민준"]
    assert any(r.kind == "byline" and r.text == "김민준 기자" for r in art.removed)
    assert "김민준 기자" not in art.text


def test_a_korean_byline_with_a_place_before_and_an_address_after() -> None:
    art = newsclean.clean(_page("시의회 교통 계획 승인",
                                "<div class='writer'>부산, 울산 <strong>김민준</strong> 기자 "
                                "<span>minjun@example.co.kr</span></div>", PROSE_KO))
    assert art.authors == ["김민준"]


def test_one_korean_byline_per_author_each_with_its_address() -> None:
    header = "".join(f"<dl><dt>{n} 기자</dt><dd>{m}@example.co.kr</dd></dl>"
                     for n, m in (("김민준", "mj"), ("이서연", "sy"), ("박지훈", "jh")))
    art = newsclean.clean(_page("시의회 교통 계획 승인", header, PROSE_KO))
    assert art.authors == ["김민준", "이서연", "박지훈"]
    assert "@example.co.kr" not in art.text


def test_a_press_conference_is_no_byline() -> None:
    # "기자회견" (press conference) holds the title's word inside a longer one
    art = newsclean.clean(_page("시의회 교통 계획 승인", "<p>시장 기자회견</p>", PROSE_KO))
    assert art.authors == []


def test_a_sentence_naming_a_reporter_is_no_byline() -> None:
    art = newsclean.clean(_page("시의회 교통 계획 승인", "<p>김민준 기자가 현장에서 전했다. 주민들은 환영했다.</p>",
                                PROSE_KO))
    assert art.authors == []


def test_a_photographer_is_no_author() -> None:
    art = newsclean.clean(_page("시의회 교통 계획 승인", "<p>사진 기자</p>", PROSE_KO))
    assert art.authors == []


def test_a_byline_elements_address_is_no_part_of_the_name() -> None:
    header = "<div class='author'>Maria Jensen maria.jensen@example.com</div>"
    assert newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN)).authors == ["Maria Jensen"]


# -- a name alone beside the stamp ---------------------------------------------------

def test_a_name_alone_above_the_stamp_under_the_title_and_dek() -> None:
    header = ("<p>Der Rat stimmt mit großer Mehrheit für mehr Busse und längere Betriebszeiten.</p>"
              "<div class='meta'><div><span>Anna Beispiel</span></div><div>17.05.2026, 19:06 Uhr</div></div>")
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == ["Anna Beispiel"]
    assert any(r.kind == "byline" and r.text == "Anna Beispiel" for r in art.removed)


def test_a_name_alone_under_the_stamp() -> None:
    header = "<div class='meta'><div>17.05.2026, 19:06 Uhr</div><div><span>Anna Beispiel</span></div></div>"
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == ["Anna Beispiel"]


def test_a_name_and_a_stamp_in_no_box_of_their_own_are_no_byline() -> None:
    # the nearest element holding both holds the whole article
    header = "<div><span>Anna Beispiel</span></div><div>17.05.2026, 19:06 Uhr</div>"
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == []


def test_a_name_alone_without_a_stamp_beside_it_is_no_author() -> None:
    header = "<div class='meta'><div><span>Anna Beispiel</span></div><p>Der Rat stimmt mit großer Mehrheit zu.</p></div>"
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == []


def test_an_organisation_beside_the_stamp_is_no_person() -> None:
    header = "<div class='meta'><div><span>Example Media Group</span></div><div>17.05.2026, 19:06 Uhr</div></div>"
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert "Example Media Group" not in art.authors


def test_a_name_far_below_the_title_is_no_author() -> None:
    header = ("<p>Erster Absatz des Textes, der länger ist als eine Zeile des Kopfes.</p>" * 5
              + "<div class='meta'><div><span>Anna Beispiel</span></div><div>17.05.2026, 19:06 Uhr</div></div>")
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == []


def test_a_name_and_the_stamp_in_one_element_split_by_a_line_break() -> None:
    header = "<p class='info'><a href='/thema/anna-beispiel'>Anna Beispiel</a><br>17.05.2026 | 09:36 Uhr</p>"
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == ["Anna Beispiel"]


def test_a_label_and_its_value_set_apart_are_no_name() -> None:
    header = ("<p class='docData'><strong>Ort</strong> <span>Neustadt</span><br>"
              "<strong>Datum</strong> <span>28.01.2022</span></p>")
    art = newsclean.clean(_page("Stadtrat beschließt den Verkehrsplan", header, PROSE_DE))
    assert art.authors == []


def test_a_share_button_beside_the_stamp_is_no_name() -> None:
    header = "<div class='meta'><div><a href='#'>Share Article</a></div><div>May 17, 2026</div></div>"
    header2 = "<div class='meta'><div><a href='#'>Pin It</a></div><div>May 17, 2026</div></div>"
    for h in (header, header2):
        assert newsclean.clean(_page("Council approves the transit plan", h, PROSE_EN)).authors == []


# -- an account's name with its follow button ---------------------------------------

def test_an_account_name_under_the_title_with_its_follow_button() -> None:
    from newsclean.plugins.byline import _looks_like_person
    assert not _looks_like_person("青柠汽水")  # (no surname: only the follow button vouches for it)
    dump = ("春天的第一场雨\n\n青柠汽水\n关注\n2022-02-14 03:01\n\n"
            + "春天的第一场雨落在城市的街道上，行人们撑起了五颜六色的雨伞，空气里弥漫着泥土的气味。\n\n" * 4)
    art = newsclean.clean(dump, input_kind="text")
    assert art.authors == ["青柠汽水"]


def test_a_bare_word_under_the_title_without_a_follow_button_is_no_author() -> None:
    dump = ("春天的第一场雨\n\n青柠汽水\n2022-02-14 03:01\n\n"
            + "春天的第一场雨落在城市的街道上，行人们撑起了五颜六色的雨伞，空气里弥漫着泥土的气味。\n\n" * 4)
    assert newsclean.clean(dump, input_kind="text").authors == []


# -- a source line naming a person ---------------------------------------------------

ZH_BODY = "春天的第一场雨落在城市的街道上，行人们撑起了五颜六色的雨伞，空气里弥漫着泥土的气味。\n\n" * 4


def test_a_source_line_naming_a_person_names_the_author() -> None:
    art = newsclean.clean("春天的第一场雨\n\n2022-02-14 03:01\n\n" + ZH_BODY + "来源：王小雨\n", input_kind="text")
    assert art.authors == ["王小雨"]


def test_a_source_line_naming_a_medium_names_no_author() -> None:
    for medium in ("东方网", "新华社", "江南晚报"):
        art = newsclean.clean("春天的第一场雨\n\n2022-02-14 03:01\n\n" + ZH_BODY + f"来源：{medium}\n",
                              input_kind="text")
        assert art.authors == [], medium


def test_a_byline_wins_over_a_person_named_as_the_source() -> None:
    art = newsclean.clean("春天的第一场雨\n\n2022-02-14 03:01 作者：李明\n\n" + ZH_BODY + "来源：王小雨\n",
                          input_kind="text")
    assert art.authors == ["李明"]


# -- what follows the name in a byline ----------------------------------------------

def test_a_stamp_label_after_the_name_ends_it() -> None:
    header = "<div class='meta'>By Maria Jensen Published in City Hall December 14, 2016 2:24 pm</div>"
    assert newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN)).authors == ["Maria Jensen"]


def test_what_follows_the_date_of_a_byline_is_no_part_of_the_name() -> None:
    header = "<div class='meta'>By Maria Jensen Dec 12, 2016 2:00 PMTags</div>"
    assert newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN)).authors == ["Maria Jensen"]


def test_a_name_with_its_handle_beside_a_relative_stamp() -> None:
    header = "<div class='meta'><div><a href='/u/mj'>Maria Jensen</a>, <a href='/x/mj'>@mjensen</a></div><div>1h ago</div></div>"
    assert newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN)).authors == ["Maria Jensen"]


def test_co_authors_one_a_line_with_joiners_and_a_collapsed_lists_toggle() -> None:
    header = ("<div class='byline'><span>By</span><ul class='authors'><li>Maria Jensen,</li><li>Anna Lund,</li>"
              "<li>Peter Holm &amp;</li><li>…</li><li>Jan Berg</li></ul></div>")
    art = newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN))
    assert art.authors == ["Maria Jensen", "Anna Lund", "Peter Holm", "Jan Berg"]


def test_a_name_before_a_relative_stamp_under_the_title() -> None:
    header = "<div class='meta'>Maria Jensen<span>|</span><span>Published <time>4 months ago</time></span></div>"
    art = newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN))
    assert art.authors == ["Maria Jensen"]
    assert any(r.kind == "timestamp" and "Maria Jensen" in r.text for r in art.removed)


def test_a_relative_stamp_after_a_sentence_names_no_one() -> None:
    header = "<p>Council approves the transit plan | 4 months ago</p>"
    assert newsclean.clean(_page("Council approves the transit plan", header, PROSE_EN)).authors == []
