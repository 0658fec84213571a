"""Short in-body lines of chrome, as data (issue 9, calls46): calls to act alone on a line, first-person
affiliate notices, whole-line labels with or without a trailing colon, a credit line taken for a heading.
Each line goes alone; a sentence holding the same words stays. Invented text."""
from __future__ import annotations

import pytest

import newsclean
from bus_story import BUS_STORY_DE
from newsclean.patterns import terms_regex
from newsclean.plugins.disclaimer import is_disclaimer_line
from newsclean.plugins.inbody import Lexicon
from newsclean.plugins.inbody.credit_lines import label_credit
from newsclean.plugins.prompts import is_prompt_line, is_template_line
from newsclean.plugins.promos import promo_of

EN = (
    "The county board voted on Tuesday to extend the evening bus routes to the northern villages after a long debate.",
    "Transit officials expect to hire about twenty more drivers before the summer, a spokeswoman told reporters.",
    "Residents near the new stops complained about noise and asked the board to hold a public meeting next month.",
    "The opposition called the decision overdue but said the funding for the second year was still not secured.",
)
DE = BUS_STORY_DE


def page(body: "tuple[str, ...]", line: str, title: str = "Bus routes extended") -> str:
    ps = "".join(f"<p>{p}</p>" for p in body[:2]) + line + "".join(f"<p>{p}</p>" for p in body[2:])
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{ps}</article>"
            "</body></html>")


# -- calls to act ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Get started today.", "Join our Facebook group", "Join the Facebook group!", "Stay connected with us!",
    "Sign up for free", "Request a free quote", "Ready to plan your trip? Get started today.",
    "Want to see how it works? Learn more here.", "Join our Facebook group: https://example.org/group",
    "Jetzt kostenlos testen", "Bleiben Sie auf dem Laufenden",
    "Inscrivez-vous gratuitement", "Únete a nuestra comunidad", "Resta aggiornato", "Fique por dentro",
    "Blijf op de hoogte", "Bądź na bieżąco", "Оставайтесь на связи",
])
def test_call_to_act_alone_is_a_promo(line: str) -> None:
    assert promo_of(line) == "act"


@pytest.mark.parametrize("line", [
    "The coach told the players to get started today.", "Get started today, the coach said to the new players.",
    "Is the plan ready? Officials said work would get started today.", "Get started",
    "Residents were asked to join the Facebook group set up by the council.",
    "It rained. Are you ready? Get started today.", "Read the council report at https://example.org/report",
])
def test_sentence_with_a_call_stays(line: str) -> None:
    assert promo_of(line) is None


def test_call_to_act_between_paragraphs_is_recorded() -> None:
    art = newsclean.clean(page(EN, "<p>Ready to ride with us? Get started today.</p>"))
    got = [r for r in art.removed if "Get started today" in r.text]
    assert got and got[0].kind == "promo" and got[0].reason
    assert all(p in art.text for p in EN)


# -- first-person affiliate notices ------------------------------------------------

@pytest.mark.parametrize("line", [
    "If you buy through the links on this page, it may earn us a commission.",
    "We might earn a commission when you shop through these links.",
    "Wenn Sie über diese Links einkaufen, erhalten wir möglicherweise eine Provision.",
    "Si vous achetez via ces liens, nous pouvons toucher une commission.",
    "Si compras a través de estos enlaces, podemos ganar una comisión.",
    "Se acquisti tramite questi link potremmo guadagnare una commissione.",
    "Se você comprar por esses links, podemos ganhar uma comissão.",
])
def test_first_person_affiliate_notice(line: str) -> None:
    assert is_disclaimer_line(line)


def test_report_of_a_commission_stays() -> None:
    assert not is_disclaimer_line("The broker may earn a commission on every sale, the regulator said in its report.")


# -- whole-line labels with or without a colon --------------------------------------

def test_lexicon_whole_ignores_one_trailing_colon() -> None:
    lex = Lexicon(["Print this article", "Share this:"])
    assert lex.whole("Print this article:") and lex.whole("Print this article ：")
    assert lex.whole("Share this") and lex.whole("Share this:")
    assert not lex.whole("Print this article::") and not lex.whole("Print this")


@pytest.mark.parametrize("line", ["Print this article:", "Artikel drucken:", "Sur cette page", "Table des matières :",
                                  "In dit artikel", "Spis treści"])
def test_prompt_labels_with_or_without_colon(line: str) -> None:
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", ["Like this:", "Like this", "Diesen Artikel teilen:", "Condividi questo articolo:"])
def test_template_or_prompt_labels_after_dropping_colon_twins(line: str) -> None:
    assert is_template_line(line) or is_prompt_line(line)


def test_whole_line_pattern_takes_one_colon() -> None:
    pat = terms_regex(["Advertisement"], whole_line=True)
    assert pat.match("Advertisement:") and pat.match(" Advertisement ") and not pat.match("Advertisement: buy")


def test_ad_label_with_colon_in_another_language() -> None:
    from newsclean.plugins.ads import is_ad_line
    assert is_ad_line("Anzeige:") and is_ad_line("Publicité :")


# -- a credit line taken for a heading ---------------------------------------------------

@pytest.mark.parametrize("line", ["Foto: dpa", "Crédit photo : AFP", "Фото: ТАСС", "Photo: Jane Doe"])
def test_label_credit(line: str) -> None:
    assert label_credit(line)


@pytest.mark.parametrize("line", ["Photos: Paris", "Fotos: Die schönsten Bilder des Jahres", "Foto des Tages"])
def test_label_with_a_title_is_no_heading_credit(line: str) -> None:
    assert not label_credit(line)


@pytest.mark.parametrize("line", ["Crédit photo : AFP", "Фото: ТАСС", "Foto: Jane Doe/dpa"])
def test_bold_credit_line_mid_body_goes(line: str) -> None:
    art = newsclean.clean(page(DE, f"<p><strong>{line}</strong></p>", title="Buslinien verdichtet"))
    got = [r for r in art.removed if r.text == line]
    assert got and got[0].kind == "credit"
    assert line not in art.text and all(p in art.text for p in DE)


def test_bold_gallery_title_mid_body_stays() -> None:
    art = newsclean.clean(page(DE, "<p><strong>Fotos: Die schönsten Bilder des Jahres</strong></p>",
                               title="Buslinien verdichtet"))
    assert "Fotos: Die schönsten Bilder des Jahres" in art.text
