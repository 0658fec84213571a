"""A Scrapy item pipeline: an item's HTML field in, article fields out.

Install the extra (``pip install newsclean[scrapy]``) and enable it::

    ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}

and yield items with the page and its URL, e.g.
``{"url": response.url, "html": response.body, "encoding": response.encoding}``.
The pipeline cleans the page with the plugins that apply to the item's URL
(site plugins, site rules), sets the article fields on the item and, by
default, removes the HTML. Each crawler (spider) gets its own Cleaner, so
two spiders in one process may use different site plugins.

Settings (all optional; a spider's ``custom_settings`` work too):

=============================  ==========================================================
``NEWSCLEAN_HTML_FIELD``       field holding the page, bytes or str (``"html"``)
``NEWSCLEAN_URL_FIELD``        field holding the page's URL (``"url"``)
``NEWSCLEAN_ENCODING_FIELD``   field holding a charset from the response (``"encoding"``)
``NEWSCLEAN_FIELDS``           article attribute -> item field; default: title, text,
                               authors, published (ISO 8601 string), source, language
``NEWSCLEAN_ARTICLE_FIELD``    also store ``Article.to_dict()`` (with ``removed``) here
``NEWSCLEAN_KEEP_HTML``        keep the HTML field (``False``)
``NEWSCLEAN_PLUGINS``          extra plugins: import paths ``pkg.module`` or ``pkg.module:obj``
``NEWSCLEAN_PLUGINS_DIR``      a folder of ``.py`` site plugins
``NEWSCLEAN_SITE_RULES``       a folder of site rule files
``NEWSCLEAN_DISABLE``          plugin or step names to leave out
``NEWSCLEAN_OPTIONS``          :class:`~newsclean.Options` fields, e.g. ``{"language": "zh"}``
``NEWSCLEAN_DROP_INVALID``     drop items whose page cannot be read (``True``); else set
                               ``newsclean_error`` on the item
``NEWSCLEAN_DROP_EMPTY``       drop items whose article is empty (``False``)
=============================  ==========================================================

Items without the HTML field pass through untouched. Crawl stats count
``newsclean/cleaned``, ``newsclean/empty``, ``newsclean/invalid`` and
``newsclean/removed/<kind>``. Scrapy itself is imported only when needed,
so this module imports without it.
"""
from __future__ import annotations

import importlib
import logging
from typing import Any, Iterable, Mapping

from .errors import InputError
from .pipeline import Cleaner

__all__ = ["NewscleanPipeline", "DEFAULT_FIELDS", "load_plugin"]

log = logging.getLogger("newsclean.scrapy")

#: Article attribute -> item field, by default.
DEFAULT_FIELDS: dict[str, str] = {
    "title": "title", "text": "text", "authors": "authors", "published": "published",
    "source": "source", "language": "language",
}


def load_plugin(path: str) -> Any:
    """``pkg.module`` -> the module; ``pkg.module:obj`` -> ``obj`` (a class is instantiated)."""
    modname, _, attr = path.partition(":")
    obj: Any = importlib.import_module(modname)
    for part in filter(None, attr.split(".")):
        obj = getattr(obj, part)
    return obj() if isinstance(obj, type) else obj


class NewscleanPipeline:
    """Scrapy item pipeline that cleans ``item[html_field]`` into article fields."""

    def __init__(
        self,
        cleaner: Cleaner | None = None,
        *,
        html_field: str = "html",
        url_field: str = "url",
        encoding_field: str = "encoding",
        fields: Mapping[str, str] | None = None,
        article_field: str | None = None,
        keep_html: bool = False,
        drop_invalid: bool = True,
        drop_empty: bool = False,
        stats: Any = None,
    ) -> None:
        self.cleaner = cleaner or Cleaner()
        self.html_field = html_field
        self.url_field = url_field
        self.encoding_field = encoding_field
        self.fields = dict(DEFAULT_FIELDS if fields is None else fields)
        self.article_field = article_field
        self.keep_html = keep_html
        self.drop_invalid = drop_invalid
        self.drop_empty = drop_empty
        self.stats = stats
        self._warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> "NewscleanPipeline":
        """Build the pipeline (and its own Cleaner) from the crawler's settings."""
        s = crawler.settings
        plugins = [load_plugin(p) for p in _as_list(s.get("NEWSCLEAN_PLUGINS"))]
        options = dict(s.getdict("NEWSCLEAN_OPTIONS") or {})
        cleaner = Cleaner(plugins, disable=_as_list(s.get("NEWSCLEAN_DISABLE")),
                          site_rules=s.get("NEWSCLEAN_SITE_RULES") or None,
                          plugins_dir=s.get("NEWSCLEAN_PLUGINS_DIR") or None, **options)
        for message in cleaner.load_errors:
            log.warning("newsclean: %s", message)
        fields = s.getdict("NEWSCLEAN_FIELDS") or None
        return cls(
            cleaner,
            html_field=s.get("NEWSCLEAN_HTML_FIELD", "html"),
            url_field=s.get("NEWSCLEAN_URL_FIELD", "url"),
            encoding_field=s.get("NEWSCLEAN_ENCODING_FIELD", "encoding"),
            fields=fields,
            article_field=s.get("NEWSCLEAN_ARTICLE_FIELD") or None,
            keep_html=s.getbool("NEWSCLEAN_KEEP_HTML", False),
            drop_invalid=s.getbool("NEWSCLEAN_DROP_INVALID", True),
            drop_empty=s.getbool("NEWSCLEAN_DROP_EMPTY", False),
            stats=getattr(crawler, "stats", None),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean one item; returns it with the article fields set (or raises DropItem)."""
        adapter = _adapt(item)
        page = adapter.get(self.html_field)
        if page is None:
            return item
        url = adapter.get(self.url_field)
        encoding = adapter.get(self.encoding_field) if self.encoding_field else None
        try:
            article = self.cleaner.clean(page, url if isinstance(url, str) else None,
                                         encoding=encoding if isinstance(encoding, str) else None)
        except InputError as e:
            self._inc("newsclean/invalid")
            self._drop_html(adapter)  # Scrapy logs a dropped item whole
            if self.drop_invalid:
                raise _drop_item(f"newsclean: {url}: {e.code}: {e}") from None
            self._set(adapter, "newsclean_error", f"{e.code}: {e}")
            return item
        self._inc("newsclean/cleaned")
        for r in article.removed:
            self._inc(f"newsclean/removed/{r.kind}")
        if article.is_empty:
            self._inc("newsclean/empty")
            if self.drop_empty:
                self._drop_html(adapter)
                raise _drop_item(f"newsclean: {url}: empty article ({'; '.join(article.notes)[:200]})")
        for attr, name in self.fields.items():
            value = getattr(article, attr, None)
            if attr == "published" and value is not None:
                value = value.isoformat()
            elif isinstance(value, list):
                value = list(value)
            self._set(adapter, name, value)
        if self.article_field:
            self._set(adapter, self.article_field, article.to_dict())
        self._drop_html(adapter)
        return item

    def _drop_html(self, adapter: Any) -> None:
        if self.keep_html:
            return
        try:
            del adapter[self.html_field]
        except (KeyError, TypeError):
            self._set(adapter, self.html_field, None)

    def _set(self, adapter: Any, name: str, value: Any) -> None:
        try:
            adapter[name] = value
        except KeyError:  # a scrapy.Item without that field declared
            if name not in self._warned:
                self._warned.add(name)
                log.warning("newsclean: the item has no field %r; declare it to receive the value", name)

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _adapt(item: Any) -> Any:
    try:
        from itemadapter import ItemAdapter
    except ImportError:  # pragma: no cover - itemadapter comes with scrapy
        return item
    return ItemAdapter(item)


def _drop_item(message: str) -> Exception:
    from scrapy.exceptions import DropItem

    return DropItem(message)


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]
