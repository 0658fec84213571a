"""Start-up: patterns compiled on first use (patterns.LazyPattern) and sources built without compiling."""
from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import textwrap

import pytest

from newsclean import patterns
from newsclean.patterns import CaselessSearch, LazyPattern, OpeningGate, first_chars, needs_non_ascii

TEXTS = ["Share this article", "12 comments", "由 张三 于 2024年1月2日 发表", "Posted by Jane Doe",
         "SPONSORED", "阅读 1.2万", "The views expressed here are the author's own.", "ſhare ıt", "",
         "Updated: 4 December 2026 14:05", "（记者 李四）", "by John Smith", "Kommentare (3):"]


def _lazy_patterns() -> "list[tuple[str, LazyPattern]]":
    """Every LazyPattern held by a module of newsclean or its built-in plugins (in lists, tuples and
    objects' attributes one level down too)."""
    import newsclean
    import newsclean.plugins

    names = [f"newsclean.{m.name}" for m in pkgutil.iter_modules(newsclean.__path__)]
    names += [f"newsclean.plugins.{m.name}" for m in pkgutil.walk_packages(newsclean.plugins.__path__)]
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an optional module (scrapy ...)
            continue
        for attr, value in vars(module).items():
            held = [value]
            if isinstance(value, (list, tuple)):
                held += list(value)
            held += [v for v in getattr(value, "__dict__", {}).values() if isinstance(v, (LazyPattern, list))]
            for v in list(held):
                if isinstance(v, list):
                    held += v
            found += [(f"{name}.{attr}", v) for v in held if isinstance(v, LazyPattern)]
    return found


def test_lazy_pattern_compiles_on_first_use_to_the_eager_pattern() -> None:
    lazy = LazyPattern(r"(?P<n>\d+)\s*comments?", re.I)
    assert lazy.pattern == r"(?P<n>\d+)\s*comments?" and "_compiled" not in vars(lazy)  # the source costs nothing
    eager = re.compile(lazy.pattern, re.I)
    for text in TEXTS + ["3 Comments and 1 comment"]:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert lazy.sub("#", text) == eager.sub("#", text)
        assert (lazy.search(text) is None) == (eager.search(text) is None)
    assert lazy.compiled() is lazy.compiled() == eager
    assert lazy.flags == eager.flags and lazy.groupindex == eager.groupindex and lazy.groups == 1
    assert lazy.search.__self__ is lazy.compiled()  # later calls go straight to the compiled pattern
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # noqa: B018


def test_gates_read_a_lazy_pattern_without_compiling_it() -> None:
    src = r"(?:share|tweet|分享)\s*\d*"
    lazy, eager = LazyPattern(src, re.I), re.compile(src, re.I)
    assert first_chars(lazy) == first_chars(eager) == frozenset("st分")
    assert needs_non_ascii(lazy) == needs_non_ascii(eager) is False
    assert needs_non_ascii(LazyPattern("分享|转发")) is True
    assert needs_non_ascii(LazyPattern("(?i)abc")) is False
    gate = OpeningGate(lazy, skip="|")
    caseless = CaselessSearch(lazy)
    assert "_compiled" not in vars(lazy)
    for text in TEXTS + ["| Share 3", "Tweet", "ſhare"]:
        assert gate(text) == OpeningGate(eager, skip="|")(text)
        assert caseless(text) == (eager.search(text) is not None)


def test_terms_source_is_the_source_terms_regex_compiles() -> None:
    for terms, kw in ((("share", "Share this", "分享", "ſtar"), {}), (("a", "ab", "abc"), {"flags": 0}),
                      (("来源", "本文来源"), {"whole_line": True}), ((), {})):
        assert patterns.terms_source(terms, **kw) == patterns.terms_regex(terms, **kw).pattern


def test_every_lazy_pattern_of_the_plugins_is_its_eager_pattern() -> None:
    found = _lazy_patterns()
    assert len(found) > 20, [n for n, _ in found]  # (the plugins' rarely used patterns)
    for name, lazy in found:
        eager = re.compile(lazy.pattern, lazy.source_flags)
        assert lazy.compiled() == eager, name
        for text in TEXTS:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)], (name, text)


def test_rarely_used_patterns_stay_uncompiled_after_start_up() -> None:
    # a fresh process: other tests of this run may have used them
    code = textwrap.dedent("""
        import newsclean
        newsclean.Cleaner().clean('<p>x</p>')
        from newsclean.plugins import spam, timestamp
        from newsclean import authors, lines
        lazies = [timestamp._SHORT_LABELLED, timestamp._LABELS_ANYWHERE, lines._WIDE, authors._ROLE_AFTER_GLUED_WORD,
                  spam._TRIGGER_EN, spam._CHEAT_EN._any]
        print(len(lazies), sum("_compiled" in vars(p) for p in lazies))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    n, compiled = map(int, out.stdout.split())
    assert n > 4 and compiled == 0, out.stderr


def test_plugin_manager_finds_the_hooks_pluggy_finds_in_a_module() -> None:
    import types

    import pluggy

    from newsclean import discovery, hookimpl, hookspecs

    class Holder:
        @hookimpl
        def newsclean_register_steps(self, register):  # noqa: ANN001, ANN201
            pass

    module = types.ModuleType("a_plugin")
    module.__dict__.update({f"WORDS_{i}": ("a", "b") for i in range(50)})  # constants: no hooks
    module.PATTERN = re.compile("x")
    module.newsclean_register_steps = Holder().newsclean_register_steps  # a bound method: a hook

    @hookimpl
    def newsclean_site_domains():  # noqa: ANN202
        return ["example.org"]

    module.newsclean_site_domains = newsclean_site_domains
    module.newsclean_not_marked = lambda: None

    def impls(pm: pluggy.PluginManager) -> "list[tuple[str, list[str]]]":
        pm.add_hookspecs(hookspecs)
        pm.register(module, "a_plugin")
        return sorted((name, [i.function.__name__ for i in caller.get_hookimpls()])
                      for name, caller in vars(pm.hook).items() if isinstance(caller, pluggy.HookCaller))

    ours = impls(discovery.PluginManager(hookspecs.PROJECT))
    assert ours == impls(pluggy.PluginManager(hookspecs.PROJECT))
    assert ("newsclean_register_steps", ["newsclean_register_steps"]) in ours
    assert ("newsclean_site_domains", ["newsclean_site_domains"]) in ours


def test_candidates_read_each_distribution_version_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import discovery

    class Dist:
        reads = 0

        @property
        def version(self) -> str:
            Dist.reads += 1
            return "1.2"

    class EntryPoint:
        def __init__(self, name: str, dist: "Dist | None") -> None:
            self.name, self.value, self.dist = name, f"newsclean.plugins.{name}", dist

        def load(self) -> None:
            return None

    dist = Dist()
    eps = [EntryPoint("b", dist), EntryPoint("a", dist), EntryPoint("c", None)]
    monkeypatch.setattr(discovery.metadata, "entry_points", lambda group: eps)
    got = discovery.candidates()
    assert [(c.name, c.version) for c in got] == [("a", "1.2"), ("b", "1.2"), ("c", "")]
    assert Dist.reads == 1
