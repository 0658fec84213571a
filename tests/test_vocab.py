"""The vocabulary tables: well-formed data, one table per concept, entries per language."""
from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

from newsclean.plugins import vocab
from newsclean.plugins.vocab import terms

MODULES = sorted(m.name for m in pkgutil.iter_modules(vocab.__path__))
KNOWN = set(vocab.LANGS) | {"en", "zh"}


def tables() -> list[tuple[str, str, Any]]:
    out = []
    for name in MODULES:
        mod = importlib.import_module(f"newsclean.plugins.vocab.{name}")
        for attr, value in vars(mod).items():
            if attr.isupper() and isinstance(value, dict):
                out.append((name, attr, value))
    return out


def test_every_concept_has_tables() -> None:
    assert {"related", "share", "ads", "disclaimer", "counters"} <= set(MODULES)
    assert len(tables()) >= 10


@pytest.mark.parametrize("module,attr,table", tables(), ids=lambda x: x if isinstance(x, str) else "")
def test_table_shape(module: str, attr: str, table: dict[str, tuple[str, ...]]) -> None:
    for lang, words in table.items():
        assert lang in KNOWN, f"{module}.{attr}: unknown language {lang!r}"
        assert isinstance(words, tuple) and words, f"{module}.{attr}[{lang}] must be a non-empty tuple"
        for w in words:
            assert isinstance(w, str) and w == w.strip() and w, f"{module}.{attr}[{lang}]: {w!r}"
        lowered = [w.lower() for w in words]
        assert len(set(lowered)) == len(lowered), f"{module}.{attr}[{lang}] has duplicates"


@pytest.mark.parametrize("module,attr,table", [t for t in tables() if t[1] in ("HEADING_PATTERNS", "READING_TIME")])
def test_pattern_tables_compile(module: str, attr: str, table: dict[str, tuple[str, ...]]) -> None:
    for words in table.values():
        for w in words:
            re.compile(w)


def test_heading_patterns_open_with_a_listed_word() -> None:
    from newsclean.plugins.vocab import related

    for p in terms(related.HEADING_PATTERNS):
        assert any(p.replace("(?:", "").startswith(s) for s in related.HEADING_PATTERN_STARTS), p


def test_terms_joins_languages_once_and_filters() -> None:
    t = {"de": ("Teilen", "Drucken"), "fr": ("Partager", "Teilen")}
    assert terms(t) == ("Teilen", "Drucken", "Partager")
    assert terms(t, langs=["fr"]) == ("Partager", "Teilen")
    assert terms(t, {"nl": ("Delen",)}) == ("Teilen", "Drucken", "Partager", "Delen")


def test_lexicon_whole_opens_and_folding() -> None:
    from newsclean.plugins.inbody import Lexicon

    lex = Lexicon(["Bunlar da ilginizi çekebilir", "Foto", "本文首发于", "Cite this article", "图/"])
    assert lex.whole("BUNLAR DA İLGİNİZİ ÇEKEBİLİR")  # Turkish dotted capital I folds to i
    assert lex.whole("foto") and not lex.whole("Fotos")
    assert lex.opens("Foto: dpa", sep=True) and lex.opens("(Foto : dpa)", sep=True)
    assert not lex.opens("Fotograf: dpa", sep=True) and not lex.opens("Foto dpa", sep=True)
    assert lex.opens("Cite this article as: Doe (2024)") and not lex.opens("Cite this articles")
    assert lex.opens("本文首发于某某公众号") and lex.opens("图/新华社")
    assert not lex.opens("") and not lex.whole("")
