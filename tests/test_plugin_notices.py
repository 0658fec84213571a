"""The notices plugin: syndication and citation notices go, sentences about publishing stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import notices
from newsclean.plugins.notices import is_notice_line


def removed(page: str) -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[notices], entry_points=False).clean(page, input_kind="text")
    return {r.text: r.kind for r in art.removed}


@pytest.mark.parametrize("line", [
    "This article originally appeared on The Conversation.", "Mit Material von dpa", "*Mit Material von dpa und AFP",
    "Cet article a été initialement publié sur Le Monde.", "Artikel ini telah tayang di Kompas.com dengan judul \"X\"",
    "本文首发于某某公众号", "Cite this article: Smith J. (2024) Title.", "Zitiervorschlag: Müller, A. (2023).",
    "— Este artículo se publicó originalmente en El País.", "Dieser Beitrag erschien zuerst bei der Wochenzeitung.",
    "Статья впервые опубликована в журнале «Наука».", "Dit artikel verscheen eerder in de krant.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
])
def test_notice_lines(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize("line", [
    "The article originally appeared in a local paper, the mayor said, before being picked up nationwide.",
    "Mit Material dieser Art arbeiten die Forscher seit Jahren.", "Citation needed for the claim that",
    "Cite this articles", "本文介绍了首发于上海的新款列车。",
    "This article originally appeared " + "in print " * 60,
])
def test_not_notice_lines(line: str) -> None:
    assert not is_notice_line(line)


P1 = ("The city council approved the new cycling lanes on Tuesday after a debate that lasted more than four hours, "
      "officials said.")
P2 = "Construction is expected to start in the spring and to finish before the end of next year."


def test_dump_notice_and_citation_block() -> None:
    page = "\n\n".join([P1, P2, "This story was first published by the Daily Example.", "Cite this article",
                        "Doe, J. (2024). New cycling lanes approved. Example News."])
    assert removed(page) == {
        "This story was first published by the Daily Example.": "notice", "Cite this article": "notice",
        "Doe, J. (2024). New cycling lanes approved. Example News.": "notice"}


def test_citation_label_far_from_end_takes_no_paragraph() -> None:
    page = "\n\n".join(["Citation", P1, P2, P1 + " Again.", P2 + " Again.", P1 + " Once more."])
    assert removed(page) == {"Citation": "notice"}


def test_broadcast_label_and_programme_line_go() -> None:
    page = "\n\n".join([P1, P2, "Dieses Thema im Programm:", "NDR 1 Welle Nord | Nachrichten | 28.04.2023 | 13:00 Uhr"])
    assert removed(page) == {"Dieses Thema im Programm:": "notice",
                             "NDR 1 Welle Nord | Nachrichten | 28.04.2023 | 13:00 Uhr": "notice"}
    assert is_notice_line("Sendung: Antenne Example, 24.04.2024, 15:10 Uhr")
    assert not is_notice_line("Sendungen dieser Art laufen seit Jahren im Fernsehen, sagte der Intendant.")


@pytest.mark.parametrize("line", ["Aus dem Englischen von Jane Doe", "Dieser Artikel ist eine Übersetzung aus dem Englischen.",
                                  "Lest den Originalartikel auf Englisch hier.", "Traduit de l'anglais par Jean Dupont",
                                  "Read the original article.",
                                  "Dies ist eine maschinelle Übersetzung eines Artikels unserer Kollegen aus New York. Er "
                                  "wurde von einem Redakteur geprüft.",
                                  "This is a machine translation of an article by our colleagues in Madrid."])
def test_translation_notices(line: str) -> None:
    assert is_notice_line(line)


def test_sentences_about_translation_stay() -> None:
    assert not is_notice_line("Die Übersetzung des Vertrags dauerte Monate, sagte die Sprecherin am Montag.")
    assert not is_notice_line("Aus dem Englischen Garten in München meldete die Polizei am Abend einen Einsatz.")


def test_sentences_about_machine_translation_stay() -> None:
    assert not is_notice_line("Die maschinelle Übersetzung von Verträgen ist umstritten, sagte die Forscherin.")
    assert not is_notice_line("This is a machine that translates speech in real time, the company said.")


def test_a_paragraph_a_notice_opens_stays_when_the_prose_goes_on() -> None:
    """The notice ends at its first colon or sentence end; the article's prose after it keeps the block."""
    dated = ("Originally published on Monday, March 4, 2019: The harbour board met again this week to decide on "
             "the new ferry timetable. Residents of the islands asked for an earlier boat in the morning, and the "
             "board promised an answer by the end of the month.")
    sentence = ("Originally published in the Riverside Gazette, spring 1998. In the autumn before, the town's "
                "orchestra had recorded the whole cycle in one week, a feat nobody had tried in the old hall.")
    short = "Originally published in the Riverside Gazette, spring 1998. Reprinted with permission."
    credits = ("Übersetzung: Anna Beispiel, Redaktion: Max Muster, Schlussredaktion: Erika Probe, "
               "Audioversion: Paul Platzhalter und Lena Leerzeile, Bildredaktion: Tom Testfall")
    zh = ("本文首发于某某公众号。近年来，随着城市化进程加快，越来越多的年轻人离开家乡，到大城市寻找工作机会。"
          "他们在城市里打拼，面对高昂的房价和激烈的竞争，却依然坚持自己的梦想。")
    assert notices.runs_on_as_prose(zh) and not notices.runs_on_as_prose("本文首发于某某公众号，转载请注明出处。")
    assert notices.runs_on_as_prose(dated) and notices.runs_on_as_prose(sentence)
    assert not notices.runs_on_as_prose(short) and not notices.runs_on_as_prose(credits)
    got = removed("\n\n".join([P1, dated, P2, sentence, short, credits]))
    assert dated not in got and sentence not in got
    assert got.get(short) == "notice" and got.get(credits) == "notice"
