"""The embeds plugin: embedded social-media posts go, the reporter's own quotations stay."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import embeds
from newsclean.plugins.embeds import EMBED_CLASSES, is_post_signature


@pytest.mark.parametrize("line", [
    "— Jane Doe (@jdoe) May 6, 2025",
    "— Harbour Office 🚢 (@harbour_office) July 16, 2026",
    "- Stadtwerke Beispiel (@stadtwerke_bsp) 6. Mai 2025",
])
def test_signatures(line: str) -> None:
    assert is_post_signature(line)


@pytest.mark.parametrize("line", [
    "— Jane Doe, May 6, 2025",  # no handle
    "Write to the editor (@editor) if you have questions about this story.",  # no dash, no date
    "— Jane Doe (@jdoe) " + "said the harbour would reopen soon " * 6 + "May 6, 2025",  # too long
])
def test_not_signatures(line: str) -> None:
    assert not is_post_signature(line)


P1 = ("The mountain pass stayed closed on Tuesday for a second day after heavy snow and strong winds brought down "
      "power lines along the road, and crews hoped to open one lane by the evening.")
P2 = ("About two hundred lorries waited in the valley, where the local school opened its gym for drivers "
      "overnight while the county asked for a forecast every three hours.")
P3 = "The head of the road crews said the pass would stay closed to lorries until the wind dropped on Wednesday."


def _page(middle: str) -> str:
    return ("<html><head><title>Pass closed</title></head><body><article><h1>Pass closed</h1>"
            f"<p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p></article></body></html>")


def test_embed_markup_goes() -> None:
    art = newsclean.clean(_page('<blockquote class="twitter-tweet"><p>Pass closed both ways.</p>'
                                "&mdash; County Roads (@roads) March 3, 2026</blockquote>"))
    assert "Pass closed both ways" not in art.text and "County Roads" not in art.text
    assert P1 in art.text and P2 in art.text
    assert {r.kind for r in art.removed if r.plugin == "embeds:posts"} == {"embed"}


def test_signature_takes_its_quotation_with_it() -> None:
    art = newsclean.clean(_page("<blockquote><p>Snow on the pass again, the third closure this winter.</p>"
                                "<p>&mdash; Valley Weather (@valleywx) March 2, 2026</p></blockquote>"))
    assert "third closure" not in art.text and "Valley Weather" not in art.text and P3 in art.text


def test_reporters_quotation_stays() -> None:
    quote = "We have never seen this much snow in March, and the ploughs cannot keep up with it."
    art = newsclean.clean(_page(f"<blockquote><p>{quote}</p></blockquote>"))
    assert quote in art.text
    assert not any(r.plugin == "embeds:posts" for r in art.removed)


def test_dump_signature_line_goes() -> None:
    cleaner = newsclean.Cleaner(plugins=[embeds], entry_points=False)
    art = cleaner.clean("\n\n".join([P1, "— County Roads (@roads) March 3, 2026", P2, P3]), input_kind="text")
    assert [(r.kind, r.plugin) for r in art.removed] == [("embed", "embeds:posts")]
    assert P2 in art.text


def test_embed_classes_are_lower_case_tokens() -> None:
    assert all(c == c.lower() and " " not in c for c in EMBED_CLASSES)
