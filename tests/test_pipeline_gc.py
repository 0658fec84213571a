"""The cyclic collector is paused while a page is cleaned, and given back as it was (issue 9)."""
from __future__ import annotations

import gc

import pytest

import newsclean
from newsclean import Cleaner, InputError, Step, hookimpl, pipeline

PAGE = "<html><body><article><p>" + "A sentence of the story, long enough to be kept. " * 4 + "</p></article></body></html>"


class _Probe:
    """A plugin whose step records whether the collector runs, and may clean a page itself."""

    name = "probe"

    def __init__(self, nested: Cleaner | None = None) -> None:
        self.seen: list[bool] = []
        self.nested = nested

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def look(doc):  # type: ignore[no-untyped-def]
            self.seen.append(gc.isenabled())
            if self.nested is not None:
                self.nested.clean(PAGE)
                self.seen.append(gc.isenabled())
        register(Step("look", look, order=900))


def test_paused_during_a_page_and_enabled_after() -> None:
    probe = _Probe()
    cleaner = Cleaner(plugins=[probe])
    assert gc.isenabled()
    cleaner.clean(PAGE)
    assert probe.seen == [False] and gc.isenabled()


def test_a_page_inside_a_page_does_not_resume_it_early() -> None:
    probe = _Probe(nested=Cleaner())
    Cleaner(plugins=[probe]).clean(PAGE)
    assert probe.seen == [False, False] and gc.isenabled()


def test_resumed_when_the_page_is_refused() -> None:
    with pytest.raises(InputError):
        Cleaner().clean(b"")
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    try:
        probe = _Probe()
        Cleaner(plugins=[probe]).clean(PAGE)
        assert probe.seen == [False] and not gc.isenabled()
    finally:
        gc.enable()


def test_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PAUSE_GC", False)
    probe = _Probe()
    Cleaner(plugins=[probe]).clean(PAGE)
    assert probe.seen == [True] and gc.isenabled()


def test_cleaning_a_page_leaves_no_reference_cycles() -> None:
    # what makes the pause safe: everything a page allocates is freed by reference counting
    cleaner = newsclean.Cleaner()
    cleaner.clean(PAGE)
    gc.collect()
    gc.disable()
    try:
        cleaner.clean(PAGE.replace("story", "article"))
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_pause_never_outlasts_the_page_that_made_it() -> None:
    # thread A's page pauses the collector; a page of the main thread starts while A's runs, and
    # is still running when A's ends: from then on the collector is on again, so threads that keep
    # cleaning overlapping pages cannot keep it off for good.
    import threading

    a_inside, a_may_end, a_ended = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    class _Holder:
        name = "holder"

        @hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            def hold(doc):  # type: ignore[no-untyped-def]
                a_inside.set()
                assert a_may_end.wait(10)
            register(Step("hold", hold, order=900))

    class _Watcher:
        name = "watcher"

        @hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            def watch(doc):  # type: ignore[no-untyped-def]
                seen["while A runs"] = gc.isenabled()
                a_may_end.set()
                assert a_ended.wait(10)
                seen["after A ended"] = gc.isenabled()
            register(Step("watch", watch, order=900))

    def page_a() -> None:
        Cleaner(plugins=[_Holder()]).clean(PAGE)
        a_ended.set()

    thread = threading.Thread(target=page_a)
    thread.start()
    assert a_inside.wait(10)
    Cleaner(plugins=[_Watcher()]).clean(PAGE)
    thread.join(10)
    assert seen == {"while A runs": False, "after A ended": True}
    assert gc.isenabled()
