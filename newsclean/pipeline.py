"""Cleaner: discovers plugins, orders their steps, runs them on each page.

Each Cleaner owns its own pluggy PluginManager, so two Cleaners in one
process (two spiders with different site plugins) never interfere. Built-in
plugins are found through the ``newsclean`` entry-point group, exactly like
third-party ones.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from importlib import metadata
from typing import Any, Iterable

import pluggy

from . import hookspecs
from .article import Article, Paragraph
from .blocks import html_blocks, text_blocks
from .document import Document
from .errors import PluginError
from .load import load
from .options import Options
from .steps import SITE_SCORE_BONUS, Step
from .text import clear_caches, detect_language

__all__ = ["Cleaner", "PluginInfo", "ENTRY_POINT_GROUP", "ENV_DISABLE"]

log = logging.getLogger("newsclean")

ENTRY_POINT_GROUP = "newsclean"
#: Comma-separated plugin or step names to disable, e.g. ``spam,ads,related:teasers``.
ENV_DISABLE = "NEWSCLEAN_DISABLE"


@dataclass
class PluginInfo:
    """What ``newsclean plugins`` shows about one plugin."""

    name: str
    version: str = ""
    origin: str = ""  # "entry point" or "given"
    steps: list[Step] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    error: str = ""
    disabled: bool = False


class Cleaner:
    """A reusable cleaner.

    >>> cleaner = Cleaner(disable=["spam"])            # doctest: +SKIP
    >>> article = cleaner.clean(html_bytes, url=url)    # doctest: +SKIP

    plugins: extra plugin objects or modules (site plugins, tests).
    disable: plugin names (``spam``) or step names (``spam:listing``) to leave out;
        ``$NEWSCLEAN_DISABLE`` adds to them.
    entry_points: discover installed plugins (built-ins included); False gives a
        Cleaner with only ``plugins``.
    site_rules: a folder of declarative site rule files (see :mod:`newsclean.siterules`).
    plugins_dir: a folder of ``.py`` site plugins (see :mod:`newsclean.siteplugins`).
    options: an :class:`Options`; keyword arguments override its fields.
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
        self.disabled = {d.strip() for d in list(disable) + env.split(",") if d.strip()}
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self.load_errors: list[str] = []
        if entry_points:
            self._load_entry_points()
        for p in plugins:
            self.register(p)
        if plugins_dir is not None:
            from .siteplugins import load_plugins_dir

            for name, obj in load_plugins_dir(plugins_dir):
                self.register(obj, name)
        if site_rules is not None:
            from .siterules import SiteRulesPlugin

            self.register(SiteRulesPlugin(site_rules), "site-rules")
        self._steps: list[Step] | None = None

    # -- registration ----------------------------------------------------
    def _load_entry_points(self) -> None:
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in self.plugins:
                continue
            version = ep.dist.version if ep.dist is not None else ""
            info = PluginInfo(ep.name, version, "entry point")
            self.plugins[ep.name] = info
            if ep.name in self.disabled:
                info.disabled = True
                continue
            try:
                obj = ep.load()
                self._register(obj, ep.name)
            except Exception as e:  # a broken plugin must not break cleaning
                self._fail(info, f"plugin {ep.name!r} failed to load: {type(e).__name__}: {e}")

    def register(self, plugin: Any, name: str | None = None) -> str:
        """Register a plugin object or module; returns its name.

        Raises PluginError when it implements a hook that does not exist
        (a misspelled ``newsclean_*`` function).
        """
        name = name or _plugin_name(plugin)
        info = self.plugins.setdefault(name, PluginInfo(name, _version_of(plugin), "given"))
        if name in self.disabled:
            info.disabled = True
            return name
        try:
            self._register(plugin, name)
        except pluggy.PluginValidationError as e:
            raise PluginError(f"plugin {name!r} is invalid: {e}") from None
        self._steps = None
        return name

    def _register(self, plugin: Any, name: str) -> None:
        self.pm.register(plugin, name=name)
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError:
            self.pm.unregister(plugin)
            raise

    def _fail(self, info: PluginInfo, message: str) -> None:
        info.error = message
        self.load_errors.append(message)
        log.warning(message)

    # -- steps -----------------------------------------------------------
    @property
    def steps(self) -> list[Step]:
        """Every enabled step, in the order it runs."""
        if self._steps is None:
            self._steps = self._collect_steps()
        return self._steps

    def _collect_steps(self) -> list[Step]:
        domains: dict[str, list[str]] = {}
        for impl in self.pm.hook.newsclean_site_domains.get_hookimpls():
            try:
                got = impl.function() or []
            except Exception as e:
                self._fail(self.plugins[impl.plugin_name], f"plugin {impl.plugin_name!r}: site_domains raised {e!r}")
                continue
            domains[impl.plugin_name] = [got] if isinstance(got, str) else list(got)
            self.plugins[impl.plugin_name].domains = domains[impl.plugin_name]
        steps: list[Step] = []
        for impl in self.pm.hook.newsclean_register_steps.get_hookimpls():
            pname = impl.plugin_name
            info = self.plugins[pname]
            mine: list[Step] = []

            def register(step: Step, _pname: str = pname, _mine: list[Step] = mine) -> None:
                if not isinstance(step, Step):
                    raise TypeError(f"register() takes a newsclean.Step, not {type(step).__name__}")
                if not step.domains and domains.get(_pname):
                    step = replace(step, domains=tuple(domains[_pname]))
                _mine.append(replace(step, plugin=_pname))

            try:
                impl.function(register=register)
            except Exception as e:
                self._fail(info, f"plugin {pname!r} failed to register its steps: {type(e).__name__}: {e}")
                continue
            info.steps = sorted(mine, key=_step_key)
            steps.extend(s for s in mine if s.name not in self.disabled and s.qualname not in self.disabled)
        return sorted(steps, key=_step_key)

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
        options = self.options if input_kind is None else replace(self.options, input_kind=input_kind)
        clear_caches()  # results cached for one page are not kept for the next
        doc = load(page, url, options, encoding)
        doc.notes.extend(self.load_errors)
        for impl in self.pm.hook.newsclean_prepare_document.get_hookimpls():
            self._guarded(doc, f"{impl.plugin_name}:prepare_document", impl.function, document=doc)
        active = [s for s in self.steps if s.applies_to(doc.site, doc.input_kind)]
        for step in active:
            if step.stage == "tree" and doc.tree is not None:
                self._run(doc, step)
        doc.current_step = ""
        if doc.tree is not None:
            doc.blocks, cut = html_blocks(doc.tree, options.max_nodes, options.max_block_chars)
        else:
            doc.blocks, cut = text_blocks(doc.raw_text or "", options.max_block_chars)
        if cut:
            doc.note("page exceeds max_nodes or max_block_chars: text past the limit was not read")
        for step in active:
            if step.stage == "blocks":
                self._run(doc, step)
        doc.current_step = ""
        article = build_article(doc)
        for impl in self.pm.hook.newsclean_finish_article.get_hookimpls():
            new = self._guarded(doc, f"{impl.plugin_name}:finish_article", impl.function,
                                article=article, document=doc)
            if isinstance(new, Article):
                article = new
        if doc.notes != article.notes:  # notes added by finish hooks
            article = replace(article, notes=list(doc.notes))
        return article

    def _run(self, doc: Document, step: Step) -> None:
        doc.current_step = step.qualname
        doc.meta.bonus = SITE_SCORE_BONUS if step.domains else 0.0
        self._guarded(doc, step.qualname, step.func, doc)
        doc.meta.bonus = 0.0

    @staticmethod
    def _guarded(doc: Document, what: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as e:  # one failing plugin must not lose the page
            msg = f"step {what} failed: {type(e).__name__}: {e}"
            log.warning("%s (url=%s)", msg, doc.url, exc_info=log.isEnabledFor(logging.DEBUG))
            doc.note(msg)
            return None

    def plugin_info(self) -> list[PluginInfo]:
        """Every known plugin (enabled, disabled or broken), with its steps."""
        self.steps  # noqa: B018 - fills PluginInfo.steps
        return sorted(self.plugins.values(), key=lambda p: p.name)


def build_article(doc: Document) -> Article:
    """Assemble the Article from a Document whose steps have all run."""
    paragraphs = [Paragraph(b.text, b.kind, b.level) for b in doc.blocks if b.dropped is None]
    removed = list(doc.removed) + [b.dropped for b in doc.blocks if b.dropped is not None]
    meta = doc.meta
    text_sample = "\n".join(p.text for p in paragraphs[:60]) or (meta.get("title") or "")
    language = meta.get("language") or detect_language(text_sample, doc.lang_hint)
    notes = doc.notes
    if not paragraphs:
        if not doc.blocks:
            doc.note("empty article: the page has no text")
        else:
            doc.note(f"empty article: all {len(doc.blocks)} blocks were removed as noise (see removed)")
    extra = dict(doc.extra)
    if meta.get("original_source"):
        extra.setdefault("original_source", meta.get("original_source"))
    return Article(
        title=meta.get("title"),
        authors=list(meta.get("authors") or []),
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
