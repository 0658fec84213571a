"""Prompts of languages beyond English, German and Chinese (issue 9, vocab28): the "was this article
interesting?" question that opens a share or rating appeal under a story, a share call alone on a line,
and a poll's label. The article paragraphs are written for these tests.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.prompts import is_prompt_line

BODY_PL = (
    "Rada miasta zdecydowała w czwartek o budowie nowego mostu na rzece, który ma połączyć dwie dzielnice.",
    "Prace mają ruszyć wiosną przyszłego roku i potrwać około trzech lat, a koszt inwestycji oszacowano na dwieście milionów.",
    "Mieszkańcy pytali na sesji, czy ten artykuł uchwały był ciekawy dla przedsiębiorców, i czy objazdy będą oznakowane.",
)


def _clean(paras: "list[str]") -> newsclean.Article:
    html = ("<html lang='pl'><head><title>Most</title></head><body><article><h1>Nowy most</h1>%s"
            "</article></body></html>" % "".join(f"<p>{p}</p>" for p in paras))
    return newsclean.Cleaner().clean(html)


@pytest.mark.parametrize("line", [
    "Czy ten artykuł był ciekawy? Podziel się nim!", "Czy ten artykuł był pomocny?", "Podziel się nim!",
    "War dieser Artikel interessant?", "Cet article vous a-t-il plu ?", "¿Te ha resultado útil este artículo?",
    "Ti è piaciuto questo articolo? Condividilo con i tuoi amici", "Gostou deste artigo? Compartilhe",
    "Вам понравилась статья? Поделитесь с друзьями", "Was dit artikel interessant?",
    "Bu haberi beğendiniz mi?", "Bagaimana reaksi Anda tentang artikel ini?", "この記事は役に立ちましたか？",
    "이 기사가 도움이 되었나요?",
    # a poll's label
    "Sonda", "Ankieta", "Umfrage", "Sondage", "Encuesta", "Sondaggio", "Enquete", "Peiling", "Anket", "Опрос",
    "アンケート", "설문조사",
])
def test_appeal_questions_and_poll_labels_are_prompts(line: str) -> None:
    assert is_prompt_line(line)


@pytest.mark.parametrize("line", [
    # article sentences holding the same words
    "Sonda przeprowadzona w marcu pokazała, że większość mieszkańców popiera budowę mostu.",
    "Die Umfrage unter zweitausend Haushalten ergab ein deutliches Bild.",
    "Czy ten artykuł ustawy był potrzebny? Posłowie spierali się o to przez dwa dni.",
    "Le sondage publié lundi place le maire en tête des intentions de vote.",
])
def test_sentences_with_those_words_are_no_prompts(line: str) -> None:
    assert not is_prompt_line(line)


def test_share_appeal_and_poll_label_go_from_an_article() -> None:
    appeal = "Czy ten artykuł był ciekawy? Podziel się nim!"
    art = _clean([appeal, BODY_PL[0], BODY_PL[1], "Sonda", BODY_PL[2], appeal])
    assert [p.text for p in art.paragraphs] == list(BODY_PL)
    gone = {r.text: r for r in art.removed}
    assert gone[appeal].kind == gone["Sonda"].kind == "prompt"
    assert gone["Sonda"].plugin.startswith("prompts") and gone["Sonda"].reason
