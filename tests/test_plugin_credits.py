"""The credits plugin: photo/image credit lines go, captions and sentences about photos stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import credits
from newsclean.plugins.credits import is_credit_line


def removed(page: str, input_kind: str = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[credits], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


@pytest.mark.parametrize("line", [
    "Foto: dpa", "(Foto: Michael Kappeler/dpa)", "Bild: Getty Images", "Photo: Reuters", "Crédit photo : AFP",
    "图片来源：视觉中国", "图/新华社", "摄影/张三", "© Getty Images", "REUTERS/John Smith", "Michael Kappeler/dpa",
    "Photo by Jane Doe on Unsplash", "Фото: РИА Новости", "写真：ロイター", "Fot. Jan Kowalski", "Screenshot/Twitter",
    "Sumber foto: Instagram/enzystoria", "AFP", "© picture alliance / dpa | Kay Nietfeld", "Fotoğraf: AA",
    "الصورة: رويترز", "Foto: ANP", "Imagen: EFE", "(Image credit: Blue Origin)", "Photo: Meg Kinnard, AP",
])
def test_credit_lines(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Foto des Tages zeigt einen Sonnenuntergang über dem Meer.", "The photo shows a man near the river.",
    "Reuters reported that the talks had stalled.", "Twitter", "John Smith", "Photo op ended in chaos",
    "Photographers gathered outside the court on Monday as the verdict was read.", "图：市民在公园散步",
    "Фото с места событий опубликовали очевидцы в социальных сетях, сообщает агентство.",
    "Foto: " + "Die Polizei sperrte am Montag die Straße vor dem Rathaus, nachdem ein verdächtiger Koffer gefunden worden war.",
])
def test_not_credit_lines(line: str) -> None:
    assert not is_credit_line(line)


BODY_DE = ("Die neue Brücke über den Fluss wird im kommenden Monat für den Verkehr freigegeben, teilte die Stadt am "
           "Montag mit. Die Fahrzeit sinkt damit deutlich.")
BODY_DE2 = "Ein Foto der Brücke zeigt die Arbeiter beim Einsetzen des letzten Trägers, berichtete die Lokalzeitung."


def test_dump_de_credit_goes_sentence_with_photo_stays() -> None:
    got = removed("\n\n".join([BODY_DE, "Foto: Daniel Bockwoldt / dpa", BODY_DE2]))
    assert got == {"Foto: Daniel Bockwoldt / dpa": "credit"}


def test_html_credit_element_and_caption() -> None:
    page = ("<html><body><article><h1>Brücke eröffnet</h1><p>" + BODY_DE + "</p>"
            "<figure><img src='a.jpg'><figcaption><p>Die Brücke am Abend.</p>"
            "<p class='image-credit'>Max Muster</p></figcaption></figure>"
            "<p>" + BODY_DE2 + "</p></article></body></html>")
    art = newsclean.Cleaner(plugins=[credits], entry_points=False).clean(page, input_kind="html")
    got = {r.text: (r.kind, r.plugin) for r in art.removed}
    assert got == {"Max Muster": ("credit", "credits:lines")}
    assert "Die Brücke am Abend." in art.text


def test_full_pipeline_records_kind_and_reason() -> None:
    page = ("<html><head><title>Brücke eröffnet</title></head><body><nav><a href='/'>Start</a></nav><article>"
            "<h1>Brücke eröffnet</h1><p>" + BODY_DE + "</p><p>Foto: Daniel Bockwoldt/dpa</p>"
            "<p>" + BODY_DE2 + "</p><p>" + BODY_DE + " Weitere Arbeiten folgen im Herbst.</p></article></body></html>")
    art = newsclean.clean(page)
    credit = [r for r in art.removed if r.kind == "credit"]
    assert [r.text for r in credit] == ["Foto: Daniel Bockwoldt/dpa"]
    assert credit[0].plugin == "credits:lines" and credit[0].reason
    assert BODY_DE2 in art.text


# -- European captions and source lines (issue 9) -----------------------------

@pytest.mark.parametrize("line", [
    "Quelle: dpa", "Quelle: Infografik WELT", "Источник: ТАСС", "Source: Reuters", "Fuente: EFE",
    "Bildrechte: MDR/Jane Doe", "© Jane Doe", "Foto: Privat", "사진=연합뉴스", "Ljósmynd: Jón Jónsson",
])
def test_european_credit_lines(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Quelle: Die Zahl der Arbeitslosen stieg im Mai deutlich an", "Source: officials who asked not to be named",
    "Fuente: el ministerio confirmó la cifra ayer", "© 2024 Example Media Group, all rights reserved",
])
def test_source_label_with_a_sentence_is_no_credit(line: str) -> None:
    assert not is_credit_line(line)


@pytest.mark.parametrize("caption,tail", [
    ("Die Brücke am Abend, kurz vor der Eröffnung. Foto: Jan Kowalski/dpa", "Foto: Jan Kowalski/dpa"),
    ("Die Brücke am Abend kurz vor der Eröffnung Foto: Anna Muster/imago", "Foto: Anna Muster/imago"),
    ("Der Minister auf einer Veranstaltung im StadionBild: Max Muster/dpa/picture alliance",
     "Bild: Max Muster/dpa/picture alliance"),
    ("Arbeiter in der Halle des Betriebs am Morgen. Bildrechte: MDR/Jane Doe", "Bildrechte: MDR/Jane Doe"),
    ("Minst nio personer dog i helgens attacker. Foto: Jane Doe/AP", "Foto: Jane Doe/AP"),
    ("Der Sieger des Laufs jubelt im Ziel am Hafen. © Jane Doe", "© Jane Doe"),
    ("시민단체들이 28일 본사를 찾아 항의하고 있다. 사진=부산시", "사진=부산시"),
])
def test_caption_ending_with_a_labelled_credit(caption: str, tail: str) -> None:
    assert credits.credit_tail(caption) == tail


@pytest.mark.parametrize("line", [
    "Das Bild: Ein Mann steht vor dem Haus und wartet auf den Bus.",
    "Die Quelle: Sie sagt, dass der Vertrag bald unterschrieben wird.",
    "Er sagt: Das ist so, und das bleibt auch so, bis die Stadt entscheidet.",
    "Foto: " + "ein Mann vor dem Rathaus",
])
def test_sentences_with_a_label_keep_their_text(line: str) -> None:
    assert credits.credit_tail("Am Montag in der Stadt. " + line) is None


def test_dump_caption_with_credit_goes_prose_stays() -> None:
    caption = "Die Brücke am Abend, kurz vor der Eröffnung. Foto: Jan Kowalski/dpa"
    got = removed("\n\n".join([BODY_DE, caption, "Quelle: dpa", BODY_DE2]))
    assert got == {caption: "credit", "Quelle: dpa": "credit"}


def test_credit_glued_to_the_caption_and_one_word_sources() -> None:
    assert credits.credit_tail("Viel Ruhe und Schlaf helfen, wieder zu Kräften zu kommen.Unsplash/Jane Doe") \
        == "Unsplash/Jane Doe"
    assert credits.credit_tail("Die Fahrer vor dem Rennen auf der Strecke in Losail.EFE") == "EFE"
    assert credits.credit_tail("Er kam aus den U.S.A. Und dann ging er nach Hause zurück.") is None
    assert is_credit_line("Quelle: t-online") and not is_credit_line("Quelle: die Stadtverwaltung teilte mit")


def test_credit_inside_a_paragraph_keeps_the_paragraph() -> None:
    # the bracket closes before the block ends: the credit is not the block's end
    lead = "시민단체들이 28일 본사를 찾아 항의하고 있다는 소식이 전해지면서 관심이 모이고 있다.(사진=방송 화면 캡처) *재판매 금지"
    assert credits.credit_tail(lead) is None and credits.credit_tail(lead, caption=True) is None
    # a value of many words is no name
    assert credits.credit_tail("시민단체들이 28일 본사를 찾아 항의하고 있다. 사진=방송 화면 캡처 오늘 아침") is None


def test_photographer_credit_after_a_sentence() -> None:
    assert credits.credit_tail("The president waves to supporters after the rally. AP Photo/Jane Doe, File") \
        == "AP Photo/Jane Doe, File"
    # an agency alone after a sentence may be the story's own signature: it stays
    assert credits.credit_tail("The vote on the budget was delayed until next week. AFP") is None


def test_caption_marked_as_archive_or_stock_picture() -> None:
    caption = "Ein Sprecher erklärt, welche Folgen die Hitze für die Straßen hat. (Archivbild)"
    assert credits.picture_mark(caption) == "Archivbild"
    assert credits.picture_mark("El ministro llega a la reunión en Madrid. (Foto de archivo)") == "Foto de archivo"
    assert credits.picture_mark("Die Stadt hat das Gebäude im Jahr 1990 gekauft (Archiv der Stadt)") is None
    got = removed("\n\n".join([BODY_DE, caption, BODY_DE2]))
    assert got == {caption: "credit"}
    # after ©, a one-word handle is part of the credit
    assert credits.credit_tail("Sinken die Zinsen wieder? (Symbolfoto) © Getty Images/iStockphoto | janedoe") \
        == "© Getty Images/iStockphoto | janedoe"


def test_greek_credit_and_source_lines() -> None:
    assert is_credit_line("Φωτογραφία: Eurokinissi") and is_credit_line("Πηγή: ΑΠΕ-ΜΠΕ")
    assert not is_credit_line("Πηγή: η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για την ακρίβεια")


def test_caption_credit_glued_to_its_sentence() -> None:
    # a caption (by its markup) whose credit follows the full stop with no space
    assert credits.credit_tail("The new bridge will open to traffic next month, the city said.Credit: Jane Doe/AFP/Getty",
                               caption=True) == "Credit: Jane Doe/AFP/Getty"
    assert credits.credit_tail("Viel Ruhe und Schlaf helfen, wieder zu Kräften zu kommen.Pexels/Jane Doe", caption=True) \
        == "Pexels/Jane Doe"
    # an abbreviation's stop before a capital is no credit when no credit follows
    assert credits.credit_tail("Er kam aus den U.S.A. Und dann ging er nach Hause zurück.", caption=True) is None


LONG_CAPTION = ("Die Brücke über den Fluss wird im kommenden Monat für den Verkehr freigegeben. Mit ihr sinkt die Fahrzeit "
                "zwischen den beiden Stadtteilen deutlich, sagen die Planer. ")


def test_longer_caption_closed_by_a_copyright_or_an_agency_slash() -> None:
    assert len(LONG_CAPTION) > credits.CAPTION_MAX_CHARS
    assert credits.credit_tail(LONG_CAPTION + "© IMAGO / Jane Doe", caption=True) == "© IMAGO / Jane Doe"
    assert credits.credit_tail(LONG_CAPTION + "© Jane Doe/dpa | Jane Doe", caption=True) == "© Jane Doe/dpa | Jane Doe"
    # the same text as a paragraph of the body, or a long caption closed by a name in brackets, stays
    assert credits.credit_tail(LONG_CAPTION + "© IMAGO / Jane Doe") is None
    assert credits.credit_tail(LONG_CAPTION + "(Jane Doe)", caption=True) is None


def test_caption_closed_by_an_agency_credit_without_a_full_stop() -> None:
    caption = "Migrants wait at the border crossing near the river AP Photo/Jane Doe"
    assert credits.credit_tail(caption, caption=True) == "AP Photo/Jane Doe"
    # opened by a name, not an agency: the caption's last words may be names
    assert credits.credit_tail("Migrants wait at the border near Jane Doe/John Roe", caption=True) is None
    assert credits.credit_tail(caption) is None  # a paragraph of the body: only after a bar, © or =


def test_caption_closed_by_a_photographer_and_outlet_in_brackets() -> None:
    caption = "Residents queue for water at the only working pump in the village on Monday. (Jane Doe/City Herald)"
    assert credits.credit_tail(caption, caption=True) == "Jane Doe/City Herald"
    assert credits.credit_tail(caption) is None  # a paragraph of the body keeps its brackets
    # one-word names on both sides of the slash are no credit (places, a route)
    assert credits.credit_tail("The planned route of the new line (Berlin/Hamburg)", caption=True) is None
    # a sentence in the brackets is none either
    assert credits.credit_tail("The pump in the village (it broke down/was repaired twice)", caption=True) is None


def test_long_list_of_credits_is_no_caption_closed_by_one() -> None:
    credits_list = ("Screenshot: Jane Doe Industries, Image: City Library, Harbour Photos (Getty Images), Photo: "
                    "United Rail Alliance, John Roe - PA Images / Contributor (Getty Images), Port Authority, ©Jane Roe/City Pets")
    assert len(credits_list) > credits.CAPTION_MAX_CHARS
    assert credits.credit_tail(credits_list, caption=True) is None


HEAD_P = ["The city council approved a new tram line to the airport on Thursday, ending a debate that had run for more "
          "than ten years.",
          "The line will run eleven kilometres from the central station to the terminal, with seven stops on the way, "
          "officials said.",
          "Opponents had argued that an express bus would be cheaper, but the mayor said the tram would carry more people."]


@pytest.mark.parametrize("input_kind", ["html", "text"])
def test_agency_credit_taken_for_a_heading_goes(input_kind: str) -> None:
    line = "REUTERS/Jane Doe"
    if input_kind == "html":
        page = (f"<html><body><article><h1>Tram</h1><p>{HEAD_P[0]}</p><p>{line}</p><p>{HEAD_P[1]}</p>"
                f"<p>{HEAD_P[2]}</p></article></body></html>")
    else:
        page = "\n\n".join(["Tram", HEAD_P[0], line, HEAD_P[1], HEAD_P[2]])
    art = newsclean.clean(page, input_kind=input_kind)
    assert line not in art.text and all(p in art.text for p in HEAD_P)
    assert [(r.kind, r.plugin) for r in art.removed if r.text == line] == [("credit", "credits:lines")]


def test_headings_that_only_look_like_credits_stay() -> None:
    assert credits.agency_slash("Jane Doe / AFP") and credits.agency_slash("AP Photo/Jane Doe")
    # no agency among the parts, or a word that is no name: a heading
    assert not credits.agency_slash("Breeding / Reproduction") and not credits.agency_slash("AP/NORC poll results")
    # a heading set by the markup stays whatever it holds
    page = (f"<html><body><article><h1>Tram</h1><p>{HEAD_P[0]}</p><h2>Jane Doe/AFP</h2><p>{HEAD_P[1]}</p>"
            f"<p>{HEAD_P[2]}</p></article></body></html>")
    assert "Jane Doe/AFP" in newsclean.clean(page).text


def test_caption_closed_by_a_source_alone() -> None:
    caption = "The old lodge was rebuilt from the ground up after the fire. Supplied"
    assert credits.credit_tail(caption, caption=True) == "Supplied"
    assert credits.credit_tail(caption) is None  # a paragraph of the body: a source alone is not enough
    assert credits.credit_tail("The lodge was rebuilt after the fire. Supplied by the owners", caption=True) is None


@pytest.mark.parametrize(("line", "staff"), [
    ("Editor: We tried the same trick last spring, but the old fence was far too weak for it.", False),
    ("Redaktion: die Zahl der Fälle ist seit dem Frühjahr stark gestiegen, wie die Daten zeigen.", False),
    ("Redaktion: Anna Beispiel, Max Muster und Erika Probe", True),
    ("Recherche: Anna Beispiel und Max Muster mit Unterstützung der Kollegen aus dem Ressort", True),
    ("Editor: Jane Doe", True),
    ("责任编辑：张三", True),
])
def test_a_staff_label_before_prose_is_no_credit(line: str, staff: bool) -> None:
    """After a staff label's colon, a sentence mostly in lower case is prose (a reply, a remark), not names."""
    assert credits.is_staff_line(line) is staff
    body = "The council met on Tuesday and approved the new budget after a long debate, officials said."
    assert (removed(f"{body}\n\n{line}\n\n{body} Work starts in May.").get(line) == "credit") is staff


# --- a caption closed by a lead phrase and the photographer's name after its sentence ------------

@pytest.mark.parametrize("text", [
    "The DSLR is the most commonly used digital camera. Photo by: 'Jane Doe'.",
    "Above: a heron at the pond in the city park. Photograph by John Smith.",
    "Storm damage near the breachway after the hurricane. Photo courtesy of Erin Diaz",
])
def test_caption_closed_by_a_lead_and_a_name(text: str) -> None:
    from newsclean.plugins.credits import credit_tail
    assert credit_tail(text) is not None and credit_tail(text, caption=True) is not None


@pytest.mark.parametrize("text", [
    "The team posed after the final. Photo by the lake was taken later.",      # no name after the lead
    "Photograph by Richard Hayden.",                                            # a credit alone (is_credit_line's)
    "The exhibition opens on Friday. Photos by local children hang in the hall, and the mayor will speak at noon.",
])
def test_no_caption_credit_after_a_sentence(text: str) -> None:
    from newsclean.plugins.credits import credit_tail
    assert credit_tail(text) is None


def test_a_paragraph_captioned_by_a_photographer_goes_the_article_stays() -> None:
    p = ("The city council approved the new cycling lanes on Tuesday after a long debate in the chamber "
         "about their cost and the safety of children on the way to school.")
    cap = "Cyclists on the new lane along the river. Photo by Jane Doe."
    html = (f"<html><body><article><h1>Cycling lanes approved</h1><p>{p}</p><p>{cap}</p>"
            f"<p>{p.replace('Tuesday', 'Monday')}</p><p>{p.replace('Tuesday', 'Friday')}</p></article></body></html>")
    art = newsclean.clean(html)
    assert cap not in art.text and "approved the new cycling lanes on Monday" in art.text
    assert [r.kind for r in art.removed if r.text.startswith("Cyclists")] == ["credit"]


def _tram_page(caption: str) -> str:
    p1 = ("The city council approved a new tram line to the airport on Thursday, ending a debate that had run "
          "for more than ten years, and construction is due to start next spring.")
    p2 = ("The line will run eleven kilometres from the central station to the terminal, with seven stops on the "
          "way, and the council expects twenty thousand passengers a day.")
    return ("<html><head><title>Tram line approved</title></head><body><article><h1>Tram line approved</h1>"
            f"<p>{p1}</p><figure><img src=t.jpg><figcaption>{caption}</figcaption></figure><p>{p2}</p>"
            "</article></body></html>")


@pytest.mark.parametrize("caption, description, credit", [
    ("Council members vote on the plan in the town hall. Foto: Jane Roe/dpa",
     "Council members vote on the plan in the town hall.", "Foto: Jane Roe/dpa"),
    ("Die Haltestelle am Hauptbahnhof im Winter (Symbolbild)", "Die Haltestelle am Hauptbahnhof im Winter", "(Symbolbild)"),
])
def test_captions_keep_cuts_the_credit_off_a_caption(caption: str, description: str, credit: str) -> None:
    kept = newsclean.clean(_tram_page(caption), captions="keep")
    assert description in kept.text and credit not in kept.text
    assert [r.text for r in kept.removed if r.plugin == "credits:lines"] == [credit]
    dropped = newsclean.clean(_tram_page(caption))
    assert description not in dropped.text
    assert [r.text for r in dropped.removed if r.plugin == "credits:lines"] == [caption]


def test_captions_keep_still_drops_a_caption_that_is_only_a_credit() -> None:
    kept = newsclean.clean(_tram_page("Foto: Jane Roe/dpa"), captions="keep")
    assert "Jane Roe" not in kept.text
    assert [r.reason for r in kept.removed if r.plugin == "credits:lines"] == [
        "photo/image credit line (label, agency or photographer only)"]


# -- prose and code a credit's shape must not take (removal audit) -----------

@pytest.mark.parametrize("line", [
    "Headquarters: Pittsburgh, PA",             # a fact's label and its value: the agency word is a state
    "Founded: Dresden, AP",
    "picture := make(frame, rows)",            # an assignment, no label and its separator
    "image ::= header body",
])
def test_a_label_of_its_own_or_an_assignment_is_no_credit(line: str) -> None:
    assert not is_credit_line(line)


@pytest.mark.parametrize("line", ["Jane Doe, PA", "Photo: Jane Doe, PA", "Source: Jane Doe/AP", "Picture: AP"])
def test_credits_beside_those_shapes_still_go(line: str) -> None:
    assert is_credit_line(line)


def test_a_code_block_is_no_credit() -> None:
    code = "services:\n  db:\n    image: store:2"
    page = ("<html><body><article><h1>Running the store</h1><p>" + BODY_DE + "</p>"
            "<pre><code>" + code + "</code></pre><p>Image: Jane Doe/AP</p>"
            "<p>" + BODY_DE2 + "</p></article></body></html>")
    art = newsclean.Cleaner(plugins=[credits], entry_points=False).clean(page, input_kind="html")
    assert {r.text for r in art.removed} == {"Image: Jane Doe/AP"}
    assert "image: store:2" in art.text
