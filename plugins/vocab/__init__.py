"""Vocabularies of the built-in plugins, kept as data.

One module per concept (``related``, ``share``, ``ads``, ``disclaimer``,
``counters``, ``credits``, ``notices``, ``prompts``, ``comments``, ``bios``,
``appeals``); in each, one table per family of labels, mapping a language
(ISO 639-1 code) to its terms. English and Chinese terms of the older plugins
still sit at the top of those plugins; the tables here add every other
language. Plugin code stays language-free: it joins the entries of a table
with :func:`terms` and matches them with :func:`newsclean.patterns.terms_regex`;
*how* a label decides (a short line, a heading followed by teasers, a line it
opens) is the plugin's business, not the table's.

Terms are written as pages write them (case is ignored when matching;
NFKC-normalised text is matched, so write full-width forms as half-width).
"""
from __future__ import annotations

from typing import Iterable, Mapping

__all__ = ["Table", "LANGS", "terms"]

#: A family of labels: language -> terms.
Table = Mapping[str, "tuple[str, ...]"]

#: The languages the tables cover besides English and Chinese.
LANGS = ("de", "fr", "es", "it", "pt", "pl", "ru", "ja", "nl", "tr", "id", "ar", "hi", "ur",
         "sv", "no", "da", "is", "cs", "ko", "lt", "el", "lv", "et", "fi", "uk", "sk", "bg", "hr", "sr", "sl",
         "ro", "hu", "vi", "th", "my", "he", "fa")


def terms(*tables: Table, langs: "Iterable[str] | None" = None) -> tuple[str, ...]:
    """Every term of the tables (of ``langs`` only, when given), once each, in table order."""
    want = None if langs is None else set(langs)
    seen: dict[str, None] = {}
    for table in tables:
        for lang, words in table.items():
            if want is None or lang in want:
                seen.update((w, None) for w in words)
    return tuple(seen)
