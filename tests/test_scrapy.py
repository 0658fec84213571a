"""newsclean.scrapy: the item pipeline, alone and in a real Scrapy crawl of pages served from localhost."""
from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Iterator

import pytest

from newsclean import Cleaner, Step, hookimpl

ARTICLE = """<html><head><title>{title} | Harbour Times</title>
{canonical}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>{title}</h1>
<p>{first}</p>
<p>HARBOUR PROMO: two tickets for the price of one at the ferry office this week.</p>
<p>Officials said the work had been finished ahead of schedule, and that the budget had held despite
higher prices for steel and concrete during the second year of the project.</p>
</article>
<footer>Harbour Times, all rights reserved</footer>
</body></html>"""

SITE_PLUGIN = '''
"""Harbour Times, served here from 127.0.0.1: drops its HARBOUR PROMO lines."""
from newsclean import Step, hookimpl

@hookimpl
def newsclean_site_domains():
    return ["127.0.0.1"]

def _promo(doc):
    for b in doc.blocks:
        if b.text.startswith("HARBOUR PROMO:"):
            doc.drop(b, "site-promo", "the site's HARBOUR PROMO line")

@hookimpl
def newsclean_register_steps(register):
    register(Step("promo", _promo, order=300, kind="site-promo"))
'''


class Promo:
    name = "promo"

    @hookimpl
    def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
        return ["harbour.example"]

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def drop(doc):  # type: ignore[no-untyped-def]
            for b in doc.blocks:
                if b.text.startswith("HARBOUR PROMO:"):
                    doc.drop(b, "site-promo", "promo line")

        register(Step("promo", drop, order=300))


def _page(title: str, first: str, canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return ARTICLE.format(title=title, first=first, canonical=link)


# -- the pipeline on its own --------------------------------------------------------

def test_pipeline_sets_fields_and_drops_html() -> None:
    from newsclean.scrapy import NewscleanPipeline

    pipe = NewscleanPipeline(Cleaner([Promo()]), article_field="article")
    page = _page("Bridge reopens", "The harbour bridge reopened on Monday after two years of repairs.")
    item = pipe.process_item({"url": "https://harbour.example/a", "html": page.encode("utf-8"), "id": 7})
    assert "html" not in item and item["id"] == 7
    assert "The harbour bridge reopened on Monday" in item["text"]
    assert "HARBOUR PROMO" not in item["text"]
    assert item["language"] == "en"
    assert {"title", "authors", "published", "source"} <= set(item)
    assert any(r["kind"] == "site-promo" for r in item["article"]["removed"])
    # the same page under another URL: the site plugin does not apply
    other = pipe.process_item({"url": "https://elsewhere.example/a", "html": page})
    assert not any(r["kind"] == "site-promo" for r in other["article"]["removed"])


def test_pipeline_options() -> None:
    from newsclean.scrapy import NewscleanPipeline

    pipe = NewscleanPipeline(Cleaner(entry_points=False), html_field="body", url_field="link",
                             fields={"text": "clean_text"}, keep_html=True)
    item = pipe.process_item({"link": "https://x.example/", "body": "<p>Hello there, a sentence.</p>"})
    assert item["clean_text"] == "Hello there, a sentence." and item["body"]
    assert "title" not in item
    untouched = {"url": "https://x.example/", "other": 1}
    assert pipe.process_item(dict(untouched)) == untouched


def test_invalid_page_is_kept_with_error_when_asked() -> None:
    from newsclean.scrapy import NewscleanPipeline

    pipe = NewscleanPipeline(Cleaner(entry_points=False), drop_invalid=False)
    item = pipe.process_item({"url": "https://x.example/", "html": b"%PDF-1.7 binary"})
    assert item["newsclean_error"].startswith("binary:")


def test_invalid_page_is_dropped() -> None:
    pytest.importorskip("scrapy")
    from scrapy.exceptions import DropItem

    from newsclean.scrapy import NewscleanPipeline

    with pytest.raises(DropItem, match="binary"):
        NewscleanPipeline(Cleaner(entry_points=False)).process_item({"url": "u", "html": b"\x89PNG\r\n\x1a\n...."})


def test_load_plugin_paths() -> None:
    from newsclean.scrapy import DEFAULT_FIELDS, NewscleanPipeline, load_plugin

    assert load_plugin("newsclean.plugins.spam").__name__ == "newsclean.plugins.spam"
    assert load_plugin("newsclean.scrapy:DEFAULT_FIELDS") is DEFAULT_FIELDS
    assert isinstance(load_plugin("newsclean.scrapy:NewscleanPipeline"), NewscleanPipeline)  # classes: instances


# -- a real crawl ---------------------------------------------------------------------

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[str]:
    """A small news site on 127.0.0.1, served by a thread of this process."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "index.html").write_text(
        "<html><body><h1>Harbour Times</h1><ul>"
        + "".join(f'<li><a href="/{n}">{n}</a></li>' for n in ("a.html", "b.html", "c.html", "report.pdf"))
        + "</ul></body></html>", encoding="utf-8")
    (root / "a.html").write_text(_page("Bridge reopens", "The harbour bridge reopened on Monday after two years "
                                                         "of repairs, the city said."), encoding="utf-8")
    (root / "b.html").write_bytes(_page("Ferry timetable changes", "Ferries return to their summer timetable "
                                                                   "in May, the operator said.")
                                  .replace("<head>", '<head><meta charset="utf-8">').encode("utf-8"))
    (root / "c.html").write_text(_page("Syndicated story", "This story first ran on a partner site and is "
                                                           "republished here in full.",
                                       canonical="https://partner.example/story"), encoding="utf-8")
    (root / "report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


CRAWL = '''
import json, sys
from scrapy import Spider
from scrapy.crawler import CrawlerProcess

base, out, stats_out, plugins_dir = sys.argv[1:5]

class Harbour(Spider):
    name = "harbour"
    start_urls = [base + "/"]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse_page)

    def parse_page(self, response):
        canonical = response.headers.get("Content-Type", b"").startswith(b"text/html") and \\
            response.css("link[rel=canonical]::attr(href)").get()
        yield {"url": canonical or response.url, "fetched": response.url,
               "html": response.body, "encoding": getattr(response, "encoding", None)}

process = CrawlerProcess(settings={
    "ITEM_PIPELINES": {"newsclean.scrapy.NewscleanPipeline": 300},
    "NEWSCLEAN_PLUGINS_DIR": plugins_dir,
    "NEWSCLEAN_ARTICLE_FIELD": "article",
    "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
    "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "HTTPPROXY_ENABLED": False,
    "LOG_LEVEL": "WARNING", "DOWNLOAD_TIMEOUT": 30, "RETRY_ENABLED": False,
})
crawler = process.create_crawler(Harbour)
process.crawl(crawler)
process.start()
with open(stats_out, "w") as f:
    json.dump({k: v for k, v in crawler.stats.get_stats().items() if k.startswith(("newsclean/", "item_"))}, f)
'''


def test_real_scrapy_crawl(site: str, tmp_path: Path) -> None:
    pytest.importorskip("scrapy")
    plugins = tmp_path / "site_plugins"
    plugins.mkdir()
    (plugins / "harbour_times.py").write_text(SITE_PLUGIN, encoding="utf-8")
    script = tmp_path / "crawl.py"
    script.write_text(textwrap.dedent(CRAWL), encoding="utf-8")
    out, stats_file = tmp_path / "items.jsonl", tmp_path / "stats.json"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k != "NEWSCLEAN_DISABLE"}
    proc = subprocess.run([sys.executable, str(script), site, str(out), str(stats_file), str(plugins)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = {Path(i["fetched"]).name: i for i in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(items) == ["a.html", "b.html", "c.html"]  # the PDF was dropped
    for item in items.values():
        assert "html" not in item
        assert item["language"] == "en"
        assert "Officials said the work had been finished ahead of schedule" in item["text"]
    assert "The harbour bridge reopened on Monday" in items["a.html"]["text"]
    assert "Ferries return to their summer timetable" in items["b.html"]["text"]
    # the site plugin applies by the item's URL: 127.0.0.1 pages yes, the syndicated one (canonical URL) no
    for name in ("a.html", "b.html"):
        assert "HARBOUR PROMO" not in items[name]["text"]
        promo = [r for r in items[name]["article"]["removed"] if r["kind"] == "site-promo"]
        assert [r["plugin"] for r in promo] == ["harbour_times:promo"]
    assert items["c.html"]["url"] == "https://partner.example/story"
    assert not [r for r in items["c.html"]["article"]["removed"] if r["plugin"].startswith("harbour_times")]
    stats = json.loads(stats_file.read_text())
    assert stats["newsclean/cleaned"] == 3 and stats["newsclean/invalid"] == 1
    assert stats["newsclean/removed/site-promo"] == 2
    assert stats.get("item_dropped_count") == 1
