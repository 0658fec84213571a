"""A "recommended article" label of languages beyond English, German and Chinese (issue 9, vocab28):
the label over one teaser goes with it; a sentence with the same words stays. Invented text."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins.related import is_related_heading


@pytest.mark.parametrize("text", [
    "Polecany artykuł", "Polecany artykuł:", "Polecany materiał", "Empfohlener Artikel", "Article recommandé",
    "Artículo recomendado", "Articolo consigliato", "Artigo recomendado", "Aanbevolen artikel",
    "Рекомендуемая статья", "Önerilen içerikler",
])
def test_recommended_article_labels(text: str) -> None:
    assert is_related_heading(text)


@pytest.mark.parametrize("text", [
    "Polecany artykuł ukazał się w piątkowym wydaniu gazety i wywołał dyskusję.",
    "Artículo recomendado por la comisión para su aprobación.",
])
def test_sentences_are_no_labels(text: str) -> None:
    assert not is_related_heading(text)


def test_label_over_a_recommended_teaser_goes() -> None:
    body = ("Rada miasta zdecydowała w czwartek o budowie nowego mostu na rzece, który połączy dwie dzielnice.",
            "Prace mają ruszyć wiosną przyszłego roku i potrwać około trzech lat, koszt oszacowano na miliony.",
            "Mieszkańcy pytali na sesji o objazdy, a urzędnicy obiecali oznakowanie i dodatkowe autobusy.")
    html = ("<html lang='pl'><head><title>Most</title></head><body><article><h1>Nowy most</h1>"
            f"<p>{body[0]}</p><p>{body[1]}</p><p>Polecany artykuł:</p>"
            "<div class='recommended-box'><a href='/a/1'>Premier jedzie do Brukseli na szczyt</a></div>"
            f"<p>{body[2]}</p></article></body></html>")
    art = newsclean.Cleaner().clean(html)
    assert [p.text for p in art.paragraphs] == list(body)
    gone = [r for r in art.removed if r.text.startswith("Polecany artykuł")]
    assert gone and gone[0].kind == "related" and gone[0].reason
