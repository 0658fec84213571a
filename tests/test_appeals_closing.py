"""A donation appeal closing the article, its call inside."""
from __future__ import annotations

import newsclean

from riverside_page import TITLE, P, Q, R, texts as _texts

APPEAL_EN = ("Stay up to date with the Riverside Courier, your paper for the valley. Get our reporting and our "
             "columns for only 5 a month. Invest in journalism, invest in your town.")
APPEAL_DE = ("Gerade in diesen Wochen braucht eine Stadt Menschen, die sich einmischen, und eine Zeitung, die "
             "darüber berichtet. Deshalb arbeiten wir mit Vereinen aus der Region zusammen, die sich für ihre "
             "Nachbarschaft einsetzen. Guter Lokaljournalismus kostet Geld, und wir möchten ihn für alle lesbar "
             "halten. Finden Sie auch? Dann machen Sie mit und unterstützen Sie unsere Aktion. Bis Ende des Monats "
             "geht die Hälfte aller Einnahmen an die Vereine. Sind Sie dabei?")


def _page(*tail: str, title: str = TITLE) -> str:
    paras = "".join(f"<p>{t}</p>" for t in (P, Q, R) + tail)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>"


def test_closing_appeal_with_its_call_inside_goes() -> None:
    for appeal in (APPEAL_EN, APPEAL_DE):
        art = newsclean.clean(_page(appeal))
        assert [p.text for p in art.paragraphs] == [P, Q, R]
        assert any(r.text == appeal and r.kind == "appeal" and r.plugin == "appeals:lines" for r in art.removed)


def test_the_call_between_paragraphs_stays() -> None:
    # not a closing block: the story goes on after it
    html = _page(APPEAL_EN, P.replace("Monday", "Tuesday"), Q.replace("spring", "autumn"),
                 R.replace("school", "library"))
    assert APPEAL_EN in _texts(html)


def test_a_quotation_of_the_call_stays() -> None:
    quoted = "“We ask readers to support independent journalism in the valley,” the editor said at the meeting."
    assert quoted in _texts(_page(quoted))


def test_heading_over_a_closing_appeal_goes_with_it() -> None:
    box = f'<div class="campaign"><h3>Read local, stay local</h3><p>{APPEAL_DE}</p></div>'
    html = _page().replace("</article>", box + "</article>")
    texts = _texts(html)
    assert "Read local, stay local" not in texts and APPEAL_DE not in texts


def test_every_closing_call_holds_a_first_look_anchor() -> None:
    from newsclean.plugins import appeals
    for phrase in appeals.DONATION_INSIDE:
        assert any(a in phrase.lower() for a in appeals.DONATION_ANCHORS), phrase
