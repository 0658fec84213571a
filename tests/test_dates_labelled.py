"""A publication date after its label anywhere on the page (a side box, a post's footer sentence, kept or
taken out as chrome), when nothing else dated the page; never a comment's, never a list of posts'."""
from __future__ import annotations

from datetime import date

import pytest

import newsclean
from newsclean.plugins import timestamp, title
from newsclean.plugins.timestamp import LABELLED_DATE_LABELS

BODY_DE = "".join(f"<p>Der Gemeinderat hat am Abend den neuen Verkehrsplan für die Innenstadt beschlossen, nach "
                  f"einer langen Debatte über Busse, Radwege und Parkplätze, Absatz {i}.</p>" for i in range(4))
BODY_EN = "".join(f"<p>The city council voted on Tuesday to approve the new transit plan, which adds bus routes "
                  f"and extends service hours on weekends, part {i}.</p>" for i in range(4))


def day_of(body: str, lang: str = "de", declared_only: bool = False) -> date | None:
    page = f"<html lang='{lang}'><head><title>Ein Titel</title></head><body>{body}</body></html>"
    cleaner = newsclean.Cleaner(plugins=[title, timestamp], entry_points=False) if declared_only else newsclean.Cleaner()
    art = cleaner.clean(page, "https://blog.example.org/beitrag")
    return art.published.date() if art.published else None


@pytest.mark.parametrize("body, lang, want", [
    ("<article><h1>Verkehrsplan beschlossen</h1>" + BODY_DE + "</article><aside class='blogData'><dl><dt>Datum</dt>"
     "<dd>12.01.2017</dd><dt>Kategorie</dt><dd>Stadt</dd></dl></aside>", "de", date(2017, 1, 12)),
    ("<article><h1>Verkehrsplan beschlossen</h1>" + BODY_DE + "<p class='postmetadata'><small>Dieser Beitrag wurde "
     "am Samstag, 3. Dezember 2011 um 14:14 Uhr veröffentlicht und unter <a href='/n'>News</a> abgelegt.</small></p>"
     "</article>", "de", date(2011, 12, 3)),
    ("<article><h1>Transit plan approved</h1>" + BODY_EN + "<p class='postmetadata'>This entry was posted on "
     "Saturday, December 3rd, 2011 at 2:14 pm and is filed under <a href='/n'>News</a>.</p></article>", "en",
     date(2011, 12, 3)),
    ("<article><h1>Le plan</h1><p>Un texte.</p></article><div class='sidebar'><p>Mise en ligne</p><p>23 mai 2019</p>"
     "</div>", "fr", date(2019, 5, 23)),
])
def test_a_labelled_date_in_a_side_box_or_a_post_footer(body: str, lang: str, want: date) -> None:
    assert day_of(body, lang) == want


def test_a_comments_labelled_date_is_not_the_articles() -> None:
    body = ("<article><h1>Verkehrsplan beschlossen</h1>" + BODY_DE + "</article><div class='comments'><p>"
            "Veröffentlicht am 5. März 2020 von Leser</p></div>")
    assert day_of(body) is None


def test_labelled_dates_of_many_days_are_a_list_of_posts() -> None:
    tail = (" in der Rubrik Stadt und Land, mit Bildern und einem langen Text über die Sitzung des Gemeinderats "
            "und seine Beschlüsse zum Verkehr")  # (each a long line: no stamp line, read by the labelled look only)
    posts = "".join(f"<div class='post'><h2>Beitrag {d}</h2><p>Veröffentlicht am {d}. März 2020{tail}</p></div>"
                    for d in (3, 9, 17))
    assert day_of("<h1>Archiv</h1>" + BODY_DE + posts, declared_only=True) is None
    one = f"<div class='post'><h2>Beitrag</h2><p>Veröffentlicht am 3. März 2020{tail}</p></div>"
    assert day_of("<h1>Archiv</h1>" + BODY_DE + one, declared_only=True) == date(2020, 3, 3)


def test_a_label_far_from_any_date_dates_nothing() -> None:
    body = ("<article><h1>Verkehrsplan beschlossen</h1>" + BODY_DE + "<p>Der Plan wurde veröffentlicht, und die "
            "Stadt will ihn bis Ende 2021 umsetzen.</p></article>")
    assert day_of(body) is None


def test_the_labels_are_long_enough_to_be_labels() -> None:
    assert "le" not in LABELLED_DATE_LABELS and "vom" not in LABELLED_DATE_LABELS
    # five letters, or (Korean) two Hangul syllables: "입력" (entered), never one
    assert all(len(w) >= 5 or (len(w) >= 2 and "\uac00" <= w[0] <= "\ud7a3") for w in LABELLED_DATE_LABELS)
    assert "입력" in LABELLED_DATE_LABELS and "дата" not in LABELLED_DATE_LABELS


def test_a_korean_stamp_inside_a_button_dates_a_page_without_h1() -> None:
    body = ("<div><p class='headline'>도심 교통 계획 확정</p><div><button aria-describedby='date_popover'><p>입력 "
            "2026.07.12 22:09</p></button></div></div><article>" + "".join(
                f"<p>시의회는 화요일 저녁 새 교통 계획을 승인했으며 버스 노선과 자전거 도로가 늘어난다 {i}.</p>" for i in range(5))
            + "</article>")
    assert day_of(body, "ko") == date(2026, 7, 12)


def test_a_date_to_come_is_no_publication() -> None:
    body = ("<h1>Nurse</h1>" + BODY_EN + "<p>This article is still under construction and will be published on "
            "March 22, 2002.</p>")
    assert day_of(body, "en", declared_only=True) is None


@pytest.mark.parametrize("footer, lang, want", [
    ("Von Redaktion am 21/02/2021. Abgelegt unter Politik. Sie können alle Antworten zu diesem Eintrag über den "
     "RSS-Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.", "de", date(2021, 2, 21)),
    ("Posted by Jane Roe on March 4, 2019. Filed under City, Transport. You can follow any responses to this entry "
     "through the RSS feed. Both comments and pings are currently closed.", "en", date(2019, 3, 4)),
    # the date is not the one right before the filing label: no date
    ("Von Redaktion am 21/02/2021 in der Stadthalle gehört und später abgelegt unter Politik.", "de", None),
])
def test_a_date_right_before_a_post_footers_filing_label(footer: str, lang: str, want: date | None) -> None:
    body = BODY_DE if lang == "de" else BODY_EN
    assert day_of(f"<article><h1>Verkehrsplan beschlossen</h1>{body}<p>{footer}</p></article>", lang) == want


def test_filed_under_dates_of_a_list_of_posts_name_no_day() -> None:
    posts = "".join(f"<div class='post'><h2>Beitrag {d}</h2><p>Von Redaktion am {d:02d}/02/2021. Abgelegt unter "
                    f"Politik.</p></div>" for d in (3, 9, 17))
    assert day_of(f"<h1>Archiv</h1>{BODY_DE}{posts}", "de") is None
