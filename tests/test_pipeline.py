"""The plugin pipeline: registration, ordering, scoping, disabling, failure isolation."""
from __future__ import annotations

import dataclasses
import logging

import pytest

import newsclean
from newsclean import Article, Cleaner, PluginError, Step, hookimpl

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


# -- issue 11.4: disable names, hook order through pluggy, rollback, failures, registration --------

class Liner:
    """Two plugins sharing a step name, like byline:lines and source:lines."""

    def __init__(self, name: str, marker: str):
        self.name = name
        self.marker = marker

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("lines", self._run, order=200, kind=self.name))

    def _run(self, doc):
        for b in doc.blocks:
            if b.text.startswith(self.marker):
                doc.drop(b, self.name, f"a {self.marker} line")


LINES_PAGE = "<html><body><p>Story text that is long enough to stay.</p><p>AAA line</p><p>BBB line</p></body></html>"


def test_disable_bare_step_name_disables_nothing_and_warns(caplog):
    with caplog.at_level(logging.WARNING, logger="newsclean"):
        c = Cleaner([Liner("alpha", "AAA"), Liner("beta", "BBB")], entry_points=False, disable=["lines"])
        art = c.clean(LINES_PAGE)
    assert "AAA" not in art.text and "BBB" not in art.text  # both plugins still ran
    (w,) = c.warnings
    assert "'lines' is a step name" in w and "alpha:lines" in w and "beta:lines" in w
    assert any("step name" in r.getMessage() for r in caplog.records)


def test_disable_plugin_step_turns_off_only_that_step():
    c = Cleaner([Liner("alpha", "AAA"), Liner("beta", "BBB")], entry_points=False, disable=["alpha:lines"])
    art = c.clean(LINES_PAGE)
    assert "AAA line" in art.text and "BBB" not in art.text
    assert c.warnings == []


@pytest.mark.parametrize("name, expect", [("spma", "matches no plugin"), ("alpha:nope", "has no step 'nope'")])
def test_disable_name_matching_nothing_warns(name, expect):
    c = Cleaner([Liner("alpha", "AAA"), Dropper()], entry_points=False, disable=[name])
    assert any(expect in w for w in c.warnings)
    assert "AAA" not in c.clean(LINES_PAGE).text


def test_disable_typo_suggests_the_close_name():
    c = Cleaner([Dropper()], entry_points=False, disable=["droper"])
    assert "did you mean dropper" in c.warnings[0]


class Finisher:
    def __init__(self, name: str, log: list[str], **marks: bool):
        self.name = name
        self.log = log

        def finish(article, document):
            log.append(name)
            return dataclasses.replace(article, extra={**article.extra, "chain": article.extra.get("chain", "") + name})

        self.newsclean_finish_article = hookimpl(**marks)(finish)


def test_finish_article_runs_last_registered_first_and_chains():
    log: list[str] = []
    c = Cleaner([Finisher("a", log), Finisher("b", log), Finisher("c", log)], entry_points=False)
    art = c.clean(PAGE)
    assert log == ["c", "b", "a"]  # pluggy's order, as the hookspec says
    assert art.extra["chain"] == "cba"  # each saw the article the previous one returned


def test_finish_article_honours_tryfirst_trylast():
    log: list[str] = []
    c = Cleaner([Finisher("first", log, tryfirst=True), Finisher("plain", log), Finisher("last", log, trylast=True),
                 Finisher("plain2", log)], entry_points=False)
    c.clean(PAGE)
    assert log == ["first", "plain2", "plain", "last"]


def test_hook_wrapper_wraps_the_finish_hooks():
    seen: list[str] = []

    class Wrapper:
        name = "wrapper"

        @hookimpl(wrapper=True)
        def newsclean_finish_article(self, article, document):
            seen.append("before")
            results = yield
            seen.append(f"after {len(results)}")
            return results + [dataclasses.replace(article, title="wrapped")]

    log: list[str] = []
    art = Cleaner([Finisher("a", log), Wrapper()], entry_points=False).clean(PAGE)
    assert seen == ["before", "after 1"] and log == ["a"]
    assert art.title == "wrapped"


def test_failing_finish_hook_is_isolated_and_counted():
    class Bad:
        name = "bad"

        @hookimpl
        def newsclean_finish_article(self, article, document):
            raise RuntimeError("finish broke")

    log: list[str] = []
    c = Cleaner([Finisher("a", log), Bad(), Finisher("b", log)], entry_points=False)
    art = c.clean(PAGE)
    assert log == ["b", "a"] and art.extra["chain"] == "ba"
    assert art.failures == {"bad": 1}
    assert any("bad:finish_article" in n and "finish broke" in n for n in art.notes)
    assert c.plugins["bad"].failures == 1


class HalfDropper:
    """Drops blocks, proposes a title, notes, then raises."""

    name = "half"

    @hookimpl
    def newsclean_register_steps(self, register):
        register(Step("half", self._run, order=300, kind="half"))

    def _run(self, doc):
        for b in doc.blocks:
            doc.drop(b, "half", "dropped before the crash")
        doc.meta.propose("title", "half-made title", 99)
        doc.extra["half"] = True
        doc.note("half was here")
        raise RuntimeError("crashed midway")


def test_failing_step_is_rolled_back_and_counted():
    c = Cleaner([HalfDropper(), Dropper()], entry_points=False)
    art = c.clean(PAGE)
    assert [r.plugin for r in art.removed] == ["dropper:shouty"]  # none of half's drops survive
    assert "First paragraph" in art.text and "Last one." in art.text
    assert art.title != "half-made title" and "half" not in art.extra
    assert "half was here" not in art.notes
    assert any("half:half failed" in n and "rolled back" in n for n in art.notes)
    assert art.failures == {"half": 1}
    c.clean(PAGE)
    assert c.plugins["half"].failures == 2
    assert Article.from_dict(art.to_dict()).failures == {"half": 1}


def test_rollback_undoes_restores_too():
    class Restorer:
        name = "restorer"

        @hookimpl
        def newsclean_register_steps(self, register):
            register(Step("undo", self._run, order=400))

        def _run(self, doc):
            for b in doc.blocks:
                doc.restore(b)
            raise RuntimeError("no")

    art = Cleaner([Dropper(), Restorer()], entry_points=False).clean(PAGE)
    assert "DROP ME" not in art.text  # the dropper's drop stands


def test_register_steps_runs_once_per_plugin():
    calls: list[str] = []

    class Counting:
        def __init__(self, name: str):
            self.name = name

        @hookimpl
        def newsclean_register_steps(self, register):
            calls.append(self.name)
            register(Step("s", lambda doc: None, order=100))

    c = Cleaner([Counting("one")], entry_points=False)
    c.clean(PAGE)
    c.clean(PAGE)
    c.register(Counting("two"))
    assert [s.qualname for s in c.steps] == ["one:s", "two:s"]
    c.clean(PAGE)
    assert calls == ["one", "two"]


def test_given_plugin_replaces_one_of_the_same_name():
    c = Cleaner([Liner("alpha", "AAA")], entry_points=False)
    c.register(Liner("alpha", "BBB"))
    art = c.clean(LINES_PAGE)
    assert "AAA line" in art.text and "BBB" not in art.text
    assert c.plugins["alpha"].replaced == "given"
    assert [s.qualname for s in c.steps] == ["alpha:lines"]


def test_same_object_twice_is_not_an_error():
    d = Dropper()
    c = Cleaner([d], entry_points=False)
    c.register(d)
    assert "DROP ME" not in c.clean(PAGE).text


def test_class_is_instantiated():
    c = Cleaner([Dropper], entry_points=False)
    assert "DROP ME" not in c.clean(PAGE).text


def test_clean_reuses_a_cleaner_per_options(monkeypatch):
    built: list[int] = []
    real = Cleaner.__init__

    def counting(self, *a, **kw):
        built.append(1)
        real(self, *a, **kw)

    monkeypatch.setattr(Cleaner, "__init__", counting)
    monkeypatch.setattr(newsclean, "_cache", type(newsclean._cache)())
    for _ in range(3):
        newsclean.clean(PAGE, language="zh")
        newsclean.clean(PAGE, language="en", disable=["spam"])
        newsclean.clean(PAGE)
    assert len(built) == 3
    monkeypatch.setenv("NEWSCLEAN_DISABLE", "ads")  # the environment is part of the key
    newsclean.clean(PAGE)
    assert len(built) == 4


def test_clean_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(newsclean, "_cache", type(newsclean._cache)())
    monkeypatch.setattr(newsclean, "CLEANER_CACHE_SIZE", 2)
    for tz in (1.0, 2.0, 3.0):
        newsclean.clean(PAGE, default_tz_hours=tz)
    assert len(newsclean._cache) == 2


def test_plugin_failing_to_register_is_asked_once_and_runs_no_step():
    calls: list[int] = []

    class HalfRegistered:
        name = "halfreg"

        @hookimpl
        def newsclean_register_steps(self, register):
            calls.append(1)
            register(Step("shouty", Dropper()._run, order=300))
            raise ValueError("then broke")

    c = Cleaner([HalfRegistered()], entry_points=False)
    for _ in range(2):
        assert "DROP ME" in c.clean(PAGE).text  # the step it registered before raising does not run
    assert calls == [1] and c.plugins["halfreg"].steps == []
    assert "then broke" in c.plugins["halfreg"].error


def test_site_plugin_whose_domains_fail_runs_nowhere():
    class BadDomains(Dropper):
        name = "baddomains"

        @hookimpl
        def newsclean_site_domains(self):
            raise RuntimeError("no domains today")

    c = Cleaner([BadDomains()], entry_points=False)
    assert "DROP ME" in c.clean(PAGE, url="https://anything.example/a").text
    assert "no domains today" in c.plugins["baddomains"].error


def test_plugin_registered_on_pm_directly_is_named_and_isolated():
    c = Cleaner(entry_points=False)
    c.pm.register(Dropper(), name="direct")
    c.pm.register(Exploding(), name="boomer")
    art = c.clean(PAGE)
    assert [r.plugin for r in art.removed] == ["direct:shouty"]
    assert art.failures == {"boomer": 1}


def test_clean_from_several_threads_builds_one_cleaner(monkeypatch):
    import threading

    built: list[int] = []
    real = Cleaner.__init__

    def counting(self, *a, **kw):
        built.append(1)
        real(self, *a, **kw)

    monkeypatch.setattr(Cleaner, "__init__", counting)
    monkeypatch.setattr(newsclean, "_cache", type(newsclean._cache)())
    newsclean.clean(PAGE, language="en")  # the first call builds it; the threads share it
    texts: list[str] = []
    threads = [threading.Thread(target=lambda: texts.append(newsclean.clean(PAGE, language="en").text))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1 and len(set(texts)) == 1 and len(texts) == 4


def test_prepare_document_failure_is_isolated_and_old_style_wrappers_work():
    seen: list[str] = []

    class BadPrepare:
        name = "badprep"

        @hookimpl
        def newsclean_prepare_document(self, document):
            raise KeyError("no config")

    class GoodPrepare:
        name = "goodprep"

        @hookimpl
        def newsclean_prepare_document(self, document):
            document.state["prepared"] = True

    class OldWrapper:
        name = "oldwrapper"

        @hookimpl(hookwrapper=True)
        def newsclean_prepare_document(self, document):
            seen.append("in")
            yield
            seen.append(f"out {document.state.get('prepared')}")

    c = Cleaner([GoodPrepare(), BadPrepare(), OldWrapper(), Dropper()], entry_points=False)
    art = c.clean(PAGE)
    assert seen == ["in", "out True"]  # the good one ran although the one registered after it raised
    assert art.failures == {"badprep": 1} and "DROP ME" not in art.text


def test_a_page_of_chrome_alone_says_its_text_was_pruned():
    html = ("<html><head><title>Example Outfitters</title></head><body>"
            "<nav><ul><li><a href='/a'>Stoves</a></li><li><a href='/b'>Tents</a></li></ul></nav>"
            "<footer><p>Copyright Example Outfitters, all rights reserved.</p></footer></body></html>")
    art = newsclean.clean(html)
    assert art.text == ""
    note = art.notes[-1]
    assert note.startswith("empty article: all of the page's text was pruned before the block walk")
    assert "chrome" in note and str(len(art.removed)) in note
    assert newsclean.clean("<html><body></body></html>").notes[-1] == "empty article: the page has no text"
