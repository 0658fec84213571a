"""An article whose steps dropped every block falls back on the title-adjacent prose (the content
plugin's last step, ``content:empty_fallback``)."""
from __future__ import annotations

from newsclean import Cleaner, Step, hookimpl
from newsclean.plugins import content


class DropAll:
    """Drops the first block as the title and the rest with the kinds given per block."""

    name = "dropall"

    def __init__(self, kinds: list[str]):
        self.kinds = kinds

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("all", self._run, order=900, kind="test"))

    def _run(self, doc):
        for b, kind in zip(doc.blocks, self.kinds):
            doc.drop(b, kind, f"test drop as {kind}")


def cleaner(kinds: list[str], *disable: str) -> Cleaner:
    """Only the test's drops and the content plugin's fallback (its locator left out)."""
    return Cleaner([DropAll(kinds), content], entry_points=False, disable=["content:locate", *disable])


DUMP = ("Harbour Lights Return To The Old Pier\n\n"
        "The lamps along the old pier were lit again on Friday after a long winter of repairs.\n\n"
        "Volunteers repainted every post, and the council paid for the new wiring this spring.\n\n"
        "Share this\n\n"
        "Sign up for our weekly letter and never miss a story from the harbour again.")


def test_prose_after_the_title_set_aside_by_place_comes_back():
    kinds = ["title", "boilerplate", "boilerplate", "boilerplate", "appeal"]
    art = cleaner(kinds).clean(DUMP)
    assert art.text.startswith("The lamps along the old pier")
    assert "Volunteers repainted" in art.text
    assert "Sign up" not in art.text and "Share this" not in art.text
    assert any(n.startswith("empty article avoided: 2 prose block(s)") for n in art.notes)


def test_noise_verdicts_are_not_undone():
    kinds = ["title", "related", "related", "chrome", "appeal"]
    art = cleaner(kinds).clean(DUMP)
    assert art.paragraphs == []
    assert any(n.startswith("empty article:") for n in art.notes)


def test_a_link_post_whose_only_text_is_a_long_title_keeps_it():
    post = ("Harbour council to vote on whether the old pier lamps stay lit all night through the winter months\n\n"
            "Share\n\nReply")
    art = cleaner(["title", "boilerplate", "boilerplate"]).clean(post)
    assert art.text.startswith("Harbour council to vote")
    assert any("nothing but the title" in n for n in art.notes)


def test_a_short_title_alone_stays_out():
    page = "Page not found\n\nHome\n\nContact"
    art = cleaner(["title", "boilerplate", "boilerplate"]).clean(page)
    assert art.paragraphs == []


def test_an_empty_article_names_the_kinds_that_took_its_blocks():
    kinds = ["title", "related", "related", "chrome", "appeal"]
    art = cleaner(kinds).clean(DUMP)
    assert any(n.startswith("empty article: all 5 blocks were removed as noise (related 2,") for n in art.notes)


def test_without_the_content_plugins_fallback_step_the_page_stays_empty():
    kinds = ["title", "boilerplate", "boilerplate", "boilerplate", "appeal"]
    art = cleaner(kinds, "content:empty_fallback").clean(DUMP)
    assert art.paragraphs == []
    assert any(n.startswith("empty article: all 5 blocks were removed as noise") for n in art.notes)


def test_explain_says_why_the_fallback_fired_and_why_an_article_is_empty():
    from newsclean.explain import render_explanation

    kept = render_explanation(cleaner(["title", "boilerplate", "boilerplate", "boilerplate", "appeal"]), DUMP, width=200)
    assert "note:      empty article avoided: 2 prose block(s)" in kept
    assert "KEEP" in kept and "The lamps along the old pier" in kept
    empty = render_explanation(cleaner(["title", "related", "related", "chrome", "appeal"]), DUMP, width=200)
    assert "note:      empty article: all 5 blocks were removed as noise" in empty
