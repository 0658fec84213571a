"""The plugin pipeline: registration, ordering, scoping, disabling, failure isolation."""
from __future__ import annotations

import logging

import pytest

import newsclean
from newsclean import Cleaner, PluginError, Step, hookimpl

PAGE = "<html><body><p>First paragraph of the story, long enough.</p><p>DROP ME</p><p>Last one.</p></body></html>"


class Recorder:
    """A plugin whose steps log when they ran."""

    def __init__(self, name: str, order: int, log: list[str], stage: str = "blocks", domains: tuple[str, ...] = ()):
        self.name = name
        self.order = order
        self.log = log
        self.stage = stage
        self.domains = domains

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("run", self._run, order=self.order, stage=self.stage, kind="test", domains=self.domains))

    def _run(self, doc):
        self.log.append(self.name)


class Dropper:
    name = "dropper"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("shouty", self._run, order=300, kind="shouting"))

    def _run(self, doc):
        for b in doc.blocks:
            if b.text.isupper():
                doc.drop(b, "shouting", "the block is all capitals")


def test_steps_run_in_order_then_name_across_plugins():
    log: list[str] = []
    c = Cleaner([Recorder("b", 300, log), Recorder("a", 300, log), Recorder("early", 100, log),
                 Recorder("tree", 900, log, stage="tree")], entry_points=False)
    c.clean(PAGE)
    assert log == ["tree", "early", "a", "b"]


def test_tree_steps_skip_text_dumps():
    log: list[str] = []
    c = Cleaner([Recorder("tree", 100, log, stage="tree"), Recorder("blocks", 100, log)], entry_points=False)
    c.clean("just a line of text\n\nand another line of text")
    assert log == ["blocks"]


def test_drop_is_recorded_with_plugin_kind_and_reason():
    art = Cleaner([Dropper()], entry_points=False).clean(PAGE)
    assert "DROP ME" not in art.text
    assert [p.text for p in art.paragraphs][0].startswith("First paragraph")
    (r,) = art.removed
    assert (r.kind, r.plugin, r.text) == ("shouting", "dropper:shouty", "DROP ME")
    assert "capitals" in r.reason


def test_disable_by_plugin_step_and_env(monkeypatch):
    assert "DROP ME" in Cleaner([Dropper()], entry_points=False, disable=["dropper"]).clean(PAGE).text
    assert "DROP ME" in Cleaner([Dropper()], entry_points=False, disable=["dropper:shouty"]).clean(PAGE).text
    monkeypatch.setenv("NEWSCLEAN_DISABLE", "other, dropper")
    assert "DROP ME" in Cleaner([Dropper()], entry_points=False).clean(PAGE).text


def test_domain_scoped_steps_run_only_on_their_sites():
    log: list[str] = []
    c = Cleaner([Recorder("site", 300, log, domains=("example.com",))], entry_points=False)
    c.clean(PAGE, url="https://news.example.com/a/1")
    c.clean(PAGE, url="https://example.org/a/1")
    c.clean(PAGE)
    assert log == ["site"]


class SitePlugin:
    name = "acme"

    @hookimpl
    def newsclean_site_domains(self):
        return ["acme.test"]

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("title", self._title, order=100))

    def _title(self, doc):
        doc.meta.propose("title", "Site title", score=1)


class GenericTitle:
    name = "generic"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("title", lambda doc: doc.meta.propose("title", "Generic title", score=50), order=50))


def test_site_plugin_scoped_and_outranks_generic_metadata():
    c = Cleaner([GenericTitle(), SitePlugin()], entry_points=False)
    assert c.clean(PAGE, url="http://www.acme.test/x").title == "Site title"
    assert c.clean(PAGE, url="http://other.test/x").title == "Generic title"
    (step,) = c.plugins["acme"].steps
    assert step.domains == ("acme.test",)


class Exploding:
    name = "exploding"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("boom", self._boom, order=200))

    def _boom(self, doc):
        raise RuntimeError("kaboom")


def test_failing_step_is_reported_and_page_still_cleaned(caplog):
    with caplog.at_level(logging.WARNING, logger="newsclean"):
        art = Cleaner([Exploding(), Dropper()], entry_points=False).clean(PAGE)
    assert "DROP ME" not in art.text  # the other plugin still ran
    assert any("exploding:boom" in n and "kaboom" in n for n in art.notes)
    assert any("kaboom" in r.getMessage() for r in caplog.records)


class BadRegistration:
    name = "badreg"

    @hookimpl
    def newsclean_register_steps(self, register):
        raise ValueError("cannot register")


def test_plugin_failing_to_register_is_reported_not_fatal():
    c = Cleaner([BadRegistration(), Dropper()], entry_points=False)
    art = c.clean(PAGE)
    assert "DROP ME" not in art.text
    assert "cannot register" in c.plugins["badreg"].error


class Misspelled:
    @hookimpl
    def newsclean_register_stepz(self, register):  # a typo must be an error
        pass


def test_misspelled_hook_is_an_error():
    with pytest.raises(PluginError, match="register_stepz"):
        Cleaner([Misspelled()], entry_points=False)


def test_two_cleaners_do_not_interfere():
    with_plugin = Cleaner([Dropper()], entry_points=False)
    without = Cleaner(entry_points=False)
    assert "DROP ME" not in with_plugin.clean(PAGE).text
    assert "DROP ME" in without.clean(PAGE).text
    assert "DROP ME" not in with_plugin.clean(PAGE).text


def test_register_rejects_non_steps():
    class Wrong:
        name = "wrong"

        @hookimpl
        def newsclean_register_steps(self, register):
            register(lambda doc: None)

    c = Cleaner([Wrong()], entry_points=False)
    c.clean(PAGE)
    assert "Step" in c.plugins["wrong"].error


def test_finish_article_hook_can_replace_article():
    import dataclasses

    class Finisher:
        name = "finisher"

        @hookimpl
        def newsclean_finish_article(self, article, document):
            return dataclasses.replace(article, extra={**article.extra, "seen": document.input_kind})

    art = Cleaner([Finisher()], entry_points=False).clean(PAGE)
    assert art.extra["seen"] == "html"


def test_builtins_are_discovered_through_entry_points():
    names = {p.name for p in Cleaner().plugin_info()}
    for builtin in ("chrome", "content", "textdump", "title", "htmlmeta", "source", "timestamp", "byline",
                    "counters", "sharebar", "ads", "related", "spam", "disclaimer"):
        assert builtin in names
    assert all(p.origin == "entry point" for p in Cleaner().plugin_info())


def test_clean_function_accepts_options():
    art = newsclean.clean("<p>not html really</p>\n", input_kind="text")
    assert art.input_kind == "text"
    with pytest.raises(TypeError, match="unknown option"):
        newsclean.clean("x", nonsense=1)
