"""Cleaner: discovers plugins, orders their steps, runs them on each page.

Each Cleaner owns its own pluggy PluginManager, so two Cleaners in one
process (two spiders with different site plugins) never interfere. Built-in
plugins are found through the ``newsclean`` entry-point group, exactly like
third-party ones (see :mod:`newsclean.discovery`).

Hooks are called through pluggy (``pm.hook.…``): implementations run in
pluggy's order (last registered first, ``tryfirst``/``trylast`` honoured) and
hook wrappers wrap them. Each implementation is guarded: one that raises is
reported (log, ``Article.notes``, ``Article.failures``, ``PluginInfo.failures``)
and the others still run. A step that raises is rolled back: its drops,
metadata proposals, notes, ``extra`` and ``state`` changes are undone.
"""
from __future__ import annotations

import difflib
import gc
import logging
import os
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

import pluggy

from . import discovery, hookspecs
from .article import Article, Paragraph, Removal
from .blocks import html_blocks, text_blocks
from .discovery import ENTRY_POINT_GROUP
from .document import Document
from .errors import PluginError
from .load import load
from .locator import ATTRIBUTES_KEY, FALLBACK_KEY, SECOND_LOOK_KEY
from .options import Options
from .steps import SITE_SCORE_BONUS, Step
from .text import char_count, clear_caches, detect_language, windows_c1, windows_c1_all

__all__ = ["Cleaner", "PluginInfo", "ENTRY_POINT_GROUP", "ENV_DISABLE"]

log = logging.getLogger("newsclean")

#: Comma-separated plugin names or ``plugin:step`` names to disable, e.g. ``spam,ads,related:lists``.
ENV_DISABLE = "NEWSCLEAN_DISABLE"
_REGISTER_STEPS = "newsclean_register_steps"
_SITE_DOMAINS = "newsclean_site_domains"
#: A first pass whose article has fewer characters than this (not counting whitespace) while a tree
#: step pruned a subtree of at least SECOND_LOOK_PRUNED_CHARS is run again with
#: ``doc.state[SECOND_LOOK_KEY]`` set: pruning steps then leave prose-holding subtrees to the locator.
#: The second article is kept when it holds more text (a note says so).
SECOND_LOOK_MAX_CHARS = 100
SECOND_LOOK_PRUNED_CHARS = 200

#: Pause Python's cyclic garbage collector while a page is cleaned (see :func:`_pause_gc`).
PAUSE_GC = True
_gc_lock = threading.Lock()
_gc_paused = False  # True while one page, in some thread, holds the collector paused


def _pause_gc() -> bool:
    """Pause the cyclic collector for one page; True when :func:`_resume_gc` must follow.

    Cleaning a page allocates tens of thousands of short-lived objects (element
    proxies, tuples, blocks) and makes no reference cycles: all of it is freed by
    reference counting, and the collector's passes over it (several per page,
    ~3% of the work) find nothing. The page that pauses it resumes it when it
    ends, even if pages in other threads are still being cleaned (they run with
    the collector on), so that a pause never outlasts one page and threads that
    keep cleaning pages one after another cannot hold it off for good. A page
    cleaned inside another one, or while the collector is off for any reason
    (the caller disabled it, another thread's page paused it), pauses nothing.
    What a plugin leaves in cycles is collected at the first allocations after
    the collector resumes.
    """
    global _gc_paused
    if not PAUSE_GC:
        return False
    with _gc_lock:
        if _gc_paused or not gc.isenabled():
            return False
        gc.disable()
        _gc_paused = True
        return True


def _resume_gc() -> None:
    """Give the collector back after the page that paused it."""
    global _gc_paused
    with _gc_lock:
        _gc_paused = False
        gc.enable()


@dataclass
class PluginInfo:
    """What ``newsclean plugins`` shows about one plugin.

    failures: how many of its steps and hooks raised so far in this Cleaner
        (each is rolled back and noted on the page's article).
    replaced: what an explicitly given plugin replaced (``entry point 1.0``).
    """

    name: str
    version: str = ""
    origin: str = ""  # "entry point", "built-in (not installed)" or "given"
    steps: list[Step] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    error: str = ""
    disabled: bool = False
    failures: int = 0
    replaced: str = ""


class Cleaner:
    """A reusable cleaner.

    >>> cleaner = Cleaner(disable=["spam"])            # doctest: +SKIP
    >>> article = cleaner.clean(html_bytes, url=url)    # doctest: +SKIP

    plugins: extra plugins: modules, objects, or classes (instantiated). One
        with the name of an installed plugin replaces it.
    disable: plugin names (``spam``) or ``plugin:step`` names (``spam:listing``)
        to leave out; ``$NEWSCLEAN_DISABLE`` adds to them. A name that matches
        nothing, or a bare step name, is ignored with a warning (:attr:`warnings`).
    entry_points: discover installed plugins (built-ins included); False gives a
        Cleaner with only ``plugins``.
    site_rules: a folder of declarative site rule files (see :mod:`newsclean.siterules`).
    plugins_dir: a folder of ``.py`` site plugins (see :mod:`newsclean.siteplugins`).
    options: an :class:`Options`; keyword arguments override its fields.

    Steps are collected lazily, once per plugin: ``newsclean_register_steps``
    of a plugin runs the first time the step list is needed after the plugin
    was registered, and never again. A Cleaner may be shared between threads.
    """

    def __init__(
        self,
        plugins: Iterable[Any] = (),
        *,
        disable: Iterable[str] = (),
        entry_points: bool = True,
        site_rules: "str | os.PathLike[str] | None" = None,
        plugins_dir: "str | os.PathLike[str] | None" = None,
        options: Options | None = None,
        **option_kwargs: Any,
    ) -> None:
        self.options = Options.from_kwargs(options, **option_kwargs)
        env = os.environ.get(ENV_DISABLE, "")
        if isinstance(disable, str):
            disable = disable.split(",")
        self.disabled = {d.strip() for d in list(disable) + env.split(",") if d.strip()}
        self.pm = discovery.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self.load_errors: list[str] = []
        self._warnings: list[str] = []
        self._lock = threading.RLock()
        self._collected: dict[str, list[Step]] = {}  # plugin name -> its steps, collected once
        self._collecting: dict[str, list[Step]] | None = None
        self._domains: dict[str, list[str]] = {}
        self._refused: set[str] = set()  # plugins whose register_steps or site_domains raised
        self._calling = ""  # the plugin whose register_steps is running
        self._checked_names = False
        self._steps: list[Step] | None = None
        # (steps, input kind -> its active steps): when no step names domains, the steps a page
        # runs depend on its input kind only, and are picked once per kind (see _active_steps)
        self._by_kind: tuple[list[Step] | None, dict[str, list[Step]] | None] = (None, None)
        if entry_points:
            self._load_entry_points()
        for p in plugins:
            self.register(p)
        if plugins_dir is not None:
            from .siteplugins import load_plugins_dir

            for name, obj in load_plugins_dir(plugins_dir):
                self._register_file(obj, name)
        if site_rules is not None:
            from .siterules import SiteRulesPlugin

            self.register(SiteRulesPlugin(site_rules), "site-rules")

    # -- registration ----------------------------------------------------
    def _load_entry_points(self) -> None:
        for cand in discovery.candidates():
            if cand.name in self.plugins:
                continue
            info = PluginInfo(cand.name, cand.version, cand.origin)
            self.plugins[cand.name] = info
            if cand.name in self.disabled:
                info.disabled = True
                continue
            try:
                loaded = cand.load()
                obj = discovery.plugin_object(loaded)
                self._register(obj, cand.name)
            except Exception as e:  # a broken plugin must not break cleaning
                self._fail(info, f"plugin {cand.name!r} failed to load: {type(e).__name__}: {e}")
                continue
            if not discovery.has_hooks(obj):
                hint = ", ".join(f"{cand.value}:{c}" for c in discovery.hook_classes(obj))
                self._fail(info, f"entry point {cand.name!r} ({cand.value}) has no @newsclean.hookimpl functions, "
                                 "so it does nothing" + (f"; did you mean {hint}?" if hint else ""))

    def register(self, plugin: Any, name: str | None = None) -> str:
        """Register a plugin (module, object, or class to instantiate); returns its name.

        A plugin with the name of one already registered (an installed plugin,
        found through its entry point) replaces it. Raises PluginError when it
        implements a hook that does not exist (a misspelled ``newsclean_*``).
        """
        plugin = discovery.plugin_object(plugin)
        with self._lock:
            if self.pm.is_registered(plugin):  # the same object came in through its entry point
                old = self.pm.get_name(plugin) or ""
                name = name or old
                self._unregister(plugin, old)
            name = name or _plugin_name(plugin)
            replaced = ""
            old_info = self.plugins.get(name)
            if old_info is not None:
                replaced = f"{old_info.origin} {old_info.version}".strip()
                existing = self.pm.get_plugin(name)
                if existing is not None:
                    self._unregister(existing, name)
                log.info("plugin %r given explicitly replaces the %s one", name, replaced)
            info = PluginInfo(name, _version_of(plugin), "given", replaced=replaced)
            self.plugins[name] = info
            if name in self.disabled:
                info.disabled = True
                return name
            try:
                self._register(plugin, name)
            except pluggy.PluginValidationError as e:
                del self.plugins[name]
                raise PluginError(f"plugin {name!r} is invalid: {e}") from None
            if not discovery.has_hooks(plugin):
                hint = ", ".join(discovery.hook_classes(plugin))
                message = (f"plugin {name!r} has no @newsclean.hookimpl functions, so it does nothing"
                           + (f"; did you mean its class {hint}?" if hint else ""))
                self._fail(info, message)
                self._warnings.append(message)
        return name

    def _register_file(self, plugin: Any, name: str) -> None:
        """Register a plugin of ``plugins_dir`` like an entry point: an invalid one (a
        misspelled hook) is listed BROKEN and noted on every article; cleaning goes on."""
        try:
            self.register(plugin, name)
        except PluginError as e:
            info = PluginInfo(name, _version_of(plugin), "plugins dir")
            self.plugins[name] = info
            self._fail(info, str(e))

    def _register(self, plugin: Any, name: str) -> None:
        self.pm.register(plugin, name=name)
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError:
            self.pm.unregister(plugin)
            raise
        self._guard_impls(plugin)
        self._steps = None

    def _guard_impls(self, plugin: Any = None) -> None:
        """Guard the implementations of ``plugin`` (None: of every plugin, including
        ones registered on ``pm`` directly) that are not guarded yet."""
        callers = self.pm.get_hookcallers(plugin) or [] if plugin is not None else [
            getattr(self.pm.hook, name) for name in hookspecs.all_hook_names()]
        for caller in callers:
            for impl in caller.get_hookimpls():
                if (plugin is None or impl.plugin is plugin) and not (impl.hookwrapper or impl.wrapper) \
                        and not getattr(impl.function, "_newsclean_guarded", False):
                    impl.function = self._guard(caller.name, impl.plugin_name, impl.function, impl.argnames)

    def _unregister(self, plugin: Any, name: str) -> None:
        self.pm.unregister(plugin, name=name)
        self._collected.pop(name, None)
        self._domains.pop(name, None)
        self._refused.discard(name)
        self._steps = None

    def _guard(self, hook: str, pname: str, func: Callable[..., Any], argnames: tuple[str, ...]) -> Callable[..., Any]:
        """``func`` as pluggy will call it: failures isolated, finish hooks chained."""
        short = hook.removeprefix("newsclean_")
        chained = "article" in argnames and "document" in argnames
        i_article = argnames.index("article") if chained else -1
        i_doc = argnames.index("document") if "document" in argnames else -1

        def guarded(*args: Any, **kwargs: Any) -> Any:
            doc = args[i_doc] if i_doc >= 0 else None
            if chained and isinstance(doc, Document) and doc.article is not None:
                args = args[:i_article] + (doc.article,) + args[i_article + 1:]
            if hook == _REGISTER_STEPS:
                self._calling = pname
            try:
                result = func(*args, **kwargs)
                if hook == _SITE_DOMAINS:
                    got = result or []
                    self._domains[pname] = [got] if isinstance(got, str) else [str(d) for d in got]
            except Exception as e:  # one failing plugin must not lose the page
                self._failed(pname, doc if isinstance(doc, Document) else None,
                             f"hook {pname}:{short} failed: {type(e).__name__}: {e}", registering=hook)
                return None
            if chained and isinstance(result, Article) and isinstance(doc, Document):
                doc.article = result
            return result

        guarded.__wrapped__ = func  # type: ignore[attr-defined]
        guarded._newsclean_guarded = True  # type: ignore[attr-defined]
        return guarded

    def _fail(self, info: PluginInfo, message: str) -> None:
        info.error = message
        self.load_errors.append(message)
        log.warning(message)

    def _failed(self, pname: str, doc: Document | None, message: str, registering: str = "") -> None:
        info = self.plugins.get(pname)
        if registering in (_REGISTER_STEPS, _SITE_DOMAINS):
            self._refused.add(pname)  # a plugin that failed to say its domains or steps runs no step
            if self._collecting is not None:
                self._collecting[pname] = []
            if registering == _REGISTER_STEPS:
                message = f"plugin {pname!r} failed to register its steps: {message.split(': ', 1)[1]}"
            self._fail(info or PluginInfo(pname), message)
            return
        if info is not None:
            info.failures += 1
        log.warning("%s (url=%s)", message, doc.url if doc else None, exc_info=log.isEnabledFor(logging.DEBUG))
        if doc is not None:
            doc.failures[pname] = doc.failures.get(pname, 0) + 1
            doc.note(message)

    # -- steps -----------------------------------------------------------
    @property
    def steps(self) -> list[Step]:
        """Every enabled step, in the order it runs."""
        steps = self._steps
        if steps is None:
            with self._lock:
                steps = self._steps = self._steps if self._steps is not None else self._collect_steps()
        return steps

    @property
    def warnings(self) -> list[str]:
        """Problems with the configuration: ``disable`` names that match nothing, plugins
        given that have no hooks."""
        self.steps  # noqa: B018 - the check runs with the first collection
        return list(self._warnings)

    def _collect_steps(self) -> list[Step]:
        """Run ``register_steps`` (through pluggy) for plugins not collected yet."""
        self._guard_impls()  # plugins registered on pm directly, too
        names = dict(self.pm.list_name_plugin())
        done = [p for n, p in names.items() if n in self._collected]
        new = [n for n in names if n not in self._collected]
        if new:
            self._collecting = {n: [] for n in new}
            try:
                for hook in (_SITE_DOMAINS, _REGISTER_STEPS):
                    caller = self.pm.subset_hook_caller(hook, done) if done else getattr(self.pm.hook, hook)
                    try:
                        if hook == _SITE_DOMAINS:
                            caller()
                        else:
                            caller(register=self._register_step)
                    except Exception as e:  # a hook wrapper, or a plugin registered on pm directly
                        msg = f"hook {hook} failed: {type(e).__name__}: {e}"
                        self.load_errors.append(msg)
                        log.warning(msg)
                for n in new:
                    if n in self._collecting:
                        self._collected[n] = sorted(self._collecting[n], key=_step_key)
                    if n in self.plugins:
                        self.plugins[n].domains = list(self._domains.get(n, []))
                        self.plugins[n].steps = list(self._collected.get(n, []))
            finally:
                self._collecting = None
                self._calling = ""
        steps = [s for mine in self._collected.values() for s in mine if s.qualname not in self.disabled]
        if not self._checked_names:
            self._checked_names = True
            self._check_disabled_names()
        return sorted(steps, key=_step_key)

    def _register_step(self, step: Step) -> None:
        if not isinstance(step, Step):
            raise TypeError(f"register() takes a newsclean.Step, not {type(step).__name__}")
        pname = self._calling or "unknown"
        domains = self._domains.get(pname)
        if not step.domains and domains:
            step = replace(step, domains=tuple(domains))
        if self._collecting is not None and pname in self._collecting and pname not in self._refused:
            self._collecting[pname].append(replace(step, plugin=pname))

    def _check_disabled_names(self) -> None:
        """Warn about ``disable`` names that match no plugin and no ``plugin:step``."""
        by_step: dict[str, list[str]] = {}
        for steps in self._collected.values():
            for s in steps:
                by_step.setdefault(s.name, []).append(s.qualname)
        for name in sorted(self.disabled):
            if name in self.plugins:
                continue
            plugin, _, step = name.partition(":")
            if step and plugin in self.plugins:
                info = self.plugins[plugin]
                if info.disabled or info.error or any(s.name == step for s in self._collected.get(plugin, [])):
                    continue
                steps = ", ".join(s.qualname for s in self._collected.get(plugin, [])) or "none"
                msg = f"disable: plugin {plugin!r} has no step {step!r} (its steps: {steps}); nothing disabled"
            elif not step and name in by_step:
                msg = (f"disable: {name!r} is a step name, not a plugin; name the step with its plugin "
                       f"({', '.join(sorted(by_step[name]))}) or disable the plugin; nothing disabled")
            else:
                known = list(self.plugins) + [q for qs in by_step.values() for q in qs]
                close = difflib.get_close_matches(name, known, n=3)
                msg = (f"disable: {name!r} matches no plugin or plugin:step; nothing disabled"
                       + (f" (did you mean {', '.join(close)}?)" if close else ""))
            self._warnings.append(msg)
            log.warning(msg)

    # -- cleaning --------------------------------------------------------
    def clean(self, page: Any, url: str | None = None, *, encoding: str | None = None,
              input_kind: str | None = None) -> Article:
        """Clean one page into an Article.

        page: bytes (any charset), str (HTML or text dump), BeautifulSoup, or lxml element.
        url: the page's address; decides which site plugins apply.
        encoding: a charset from outside the page (an HTTP header), tried first.
        input_kind: "html" or "text" to override sniffing.

        Raises :class:`~newsclean.InputError` for input that is not a page.
        """
        paused = _pause_gc()
        try:
            return self._clean(page, url, encoding, input_kind)
        finally:
            if paused:
                _resume_gc()

    def _clean(self, page: Any, url: str | None, encoding: str | None, input_kind: str | None) -> Article:
        options = self.options if input_kind is None else replace(self.options, input_kind=input_kind)
        doc = self._pass(page, url, options, encoding, None)
        why = _second_look(doc)
        if why:
            first = doc
            doc = self._pass(page, url, options, encoding, why)
            got, had = _article_chars(doc), _article_chars(first)
            if got > had:
                doc.note(f"second look: {why}; pruned subtrees holding prose were left to the locator "
                         f"({had} -> {got} characters)")
            else:
                doc = first
        article = doc.article
        results = self._call_hook(doc, "newsclean_finish_article", article=article, document=doc)
        final = next((r for r in reversed(results or []) if isinstance(r, Article)), article)
        doc.article = None
        if doc.notes != final.notes or doc.failures != final.failures:  # added by finish hooks
            final = replace(final, notes=list(doc.notes), failures=dict(doc.failures))
        return final

    def _pass(self, page: Any, url: str | None, options: Options, encoding: str | None,
              second_look: str | None) -> Document:
        """One run of the steps over a freshly loaded page; the Document, its article built."""
        steps = self.steps
        clear_caches()  # results cached for one page are not kept for the next
        doc = load(page, url, options, encoding)
        if second_look:
            doc.state[SECOND_LOOK_KEY] = second_look
        doc.notes.extend(self.load_errors)
        self._call_hook(doc, "newsclean_prepare_document", document=doc)
        active = self._active_steps(steps, doc)
        for step in active:
            if step.stage == "tree" and doc.tree is not None:
                self._run(doc, step)
        doc.current_step = ""
        if doc.tree is not None:
            doc.state[ATTRIBUTES_KEY] = attributes = {}
            doc.blocks, cut = html_blocks(doc.tree, options.max_nodes, options.max_block_chars, attributes)
        else:
            doc.blocks, cut = text_blocks(doc.raw_text or "", options.max_block_chars)
        if cut:
            doc.note("page exceeds max_nodes or max_block_chars: text past the limit was not read")
        for step in active:
            if step.stage == "blocks":
                self._run(doc, step)
        doc.current_step = ""
        doc.article = build_article(doc)
        return doc

    def _active_steps(self, steps: list[Step], doc: Document) -> list[Step]:
        """The steps that apply to ``doc`` (its site and input kind), in order."""
        known, by_kind = self._by_kind
        if known is not steps:  # (steps collected anew: plugins registered or disabled since)
            by_kind = None if any(s.domains for s in steps) else {}
            self._by_kind = (steps, by_kind)
        elif by_kind is not None:
            got = by_kind.get(doc.input_kind)
            if got is not None:
                return got
        active = [s for s in steps if s.applies_to(doc.site, doc.input_kind)]
        if by_kind is not None:
            by_kind[doc.input_kind] = active
        return active

    def _call_hook(self, doc: Document, hook: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.pm.hook, hook)(**kwargs)
        except Exception as e:  # a hook wrapper, or a plugin registered on pm directly
            msg = f"hook {hook} failed: {type(e).__name__}: {e}"
            log.warning("%s (url=%s)", msg, doc.url)
            doc.note(msg)
            return None

    def _run(self, doc: Document, step: Step) -> None:
        doc.current_step = step.qualname
        doc.meta.bonus = SITE_SCORE_BONUS if step.domains else 0.0
        cp = doc.checkpoint()
        try:
            step.func(doc)
        except Exception as e:  # one failing step must not lose the page, nor leave half its work
            tree = step.stage == "tree"
            doc.rollback(cp, keep_records=tree)
            undone = ("its drops, metadata and notes were rolled back"
                      + ("; subtrees it pruned stay pruned and recorded" if tree and len(doc.removed) > cp.removed
                         else ""))
            self._failed(step.plugin, doc, f"step {step.qualname} failed: {type(e).__name__}: {e} ({undone})")
        finally:
            doc.meta.bonus = 0.0

    def plugin_info(self) -> list[PluginInfo]:
        """Every known plugin (enabled, disabled or broken), with its steps."""
        self.steps  # noqa: B018 - fills PluginInfo.steps
        return sorted(self.plugins.values(), key=lambda p: p.name)


def _article_chars(doc: Document, enough: int | None = None) -> int:
    """Characters (not whitespace) of the article's paragraphs; counting stops once it reaches
    ``enough`` (most pages reach it in their first paragraph)."""
    n = 0
    for p in doc.article.paragraphs if doc.article is not None else ():
        n += char_count(p.text)
        if enough is not None and n >= enough:
            break
    return n


def _second_look(doc: Document) -> str | None:
    """Why the page deserves a second pass (see SECOND_LOOK_MAX_CHARS), or None."""
    if doc.tree is None:
        return None
    kept = 0 if doc.state.get(FALLBACK_KEY) else _article_chars(doc, SECOND_LOOK_MAX_CHARS)
    if kept >= SECOND_LOOK_MAX_CHARS:
        return None
    pruned = max((char_count(r.text) for r in doc.removed), default=0)
    if pruned < SECOND_LOOK_PRUNED_CHARS:
        return None
    return f"the first pass kept {kept} characters after tree steps pruned up to {pruned}"


def build_article(doc: Document) -> Article:
    """Assemble the Article from a Document whose steps have all run."""
    # (a C1 control is the page's Windows-1252 punctuation: ``&#146;`` is ``’`` to a browser)
    kept = [b for b in doc.blocks if b.dropped is None]
    texts = windows_c1_all([b.text for b in kept])
    paragraphs = [Paragraph(t, b.kind, b.level) for t, b in zip(texts, kept)]
    comments = list(doc.comments)
    if comments and getattr(doc.options, "comments", "drop") == "append":
        paragraphs += [Paragraph(windows_c1(c.text), "comment") for c in comments]
    removed = list(doc.removed) + [b.dropped for b in doc.blocks if b.dropped is not None]
    meta = doc.meta
    text_sample = "\n".join(p.text for p in paragraphs[:60]) or (meta.get("title") or "")
    language = meta.get("language") or detect_language(text_sample, doc.lang_hint)
    notes = doc.notes
    if not paragraphs:
        if not doc.blocks and doc.removed:
            kinds = sorted({r.kind for r in doc.removed})
            doc.note(f"empty article: all of the page's text was pruned before the block walk "
                     f"({len(doc.removed)} pieces: {', '.join(kinds)}; see removed)")
        elif not doc.blocks:
            doc.note("empty article: the page has no text")
        else:
            kinds = Counter(b.dropped.kind for b in doc.blocks if b.dropped is not None)
            most = ", ".join(f"{k} {n}" for k, n in kinds.most_common(4))
            doc.note(f"empty article: all {len(doc.blocks)} blocks were removed as noise ({most}; see removed)")
    extra = dict(doc.extra)
    if meta.get("original_source"):
        extra.setdefault("original_source", meta.get("original_source"))
    title = meta.get("title")
    return Article(
        title=windows_c1(title) if title else title,
        authors=[windows_c1(a) for a in meta.get("authors") or []],
        published=meta.get("published"),
        source=meta.get("source"),
        url=doc.url,
        site=meta.get("site") or doc.site,
        language=language,
        paragraphs=paragraphs,
        removed=removed,
        input_kind=doc.input_kind,
        extra=extra,
        notes=list(notes),
        failures=dict(doc.failures),
        comments=comments,
    )


def _step_key(s: Step) -> tuple[int, int, str]:
    return (0 if s.stage == "tree" else 1, s.order, s.qualname)


def _plugin_name(plugin: Any) -> str:
    name = getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
    if not isinstance(name, str):
        name = type(plugin).__name__
    return name.rsplit(".", 1)[-1]


def _version_of(plugin: Any) -> str:
    v = getattr(plugin, "__version__", None) or getattr(plugin, "version", None)
    return v if isinstance(v, str) else ""
