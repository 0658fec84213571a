"""Site plugins: domain scoping, metadata precedence, every hook, a folder of .py plugins, the body kit."""
from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from newsclean import Article, Cleaner, PluginError, Step, hookimpl
from newsclean.cli import main
from newsclean.siteplugins import BODY_LOCK, body_guard_steps, load_plugins_dir, lock_body, replace_body

PAGE = ("<html><head><title>Bridge | Harbour Times</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div class='story'><h1>Bridge to reopen</h1>"
        "<p>The harbour bridge reopens on Monday after two years of repairs.</p>"
        "<p>SPONSORED: cheap ferry tickets this week only</p>"
        "<p>Traffic is expected to be heavy during the first week.</p></div>"
        "<div class='foot'>Harbour Times, all rights reserved</div></body></html>")


def _drop_sponsored(doc):  # type: ignore[no-untyped-def]
    for b in doc.blocks:
        if b.text.startswith("SPONSORED:"):
            doc.drop(b, "ad", "the site marks its ads with SPONSORED:")


class HarbourTimes:
    """A site plugin for harbour.example and its subdomains."""

    name = "harbour"

    def __init__(self, domains: list[str] | None = None) -> None:
        self.domains = domains or ["harbour.example"]

    @hookimpl
    def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
        return self.domains

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        register(Step("sponsored", _drop_sponsored, order=300, kind="ad"))
        register(Step("title", lambda d: d.meta.propose("title", "Bridge to reopen", 1.0), order=100))
        # a step with its own domains keeps them
        register(Step("mirror", lambda d: d.note("mirror step ran"), order=900, domains=("mirror.example",)))


class Generic:
    """A generic plugin proposing a title with a high score."""

    name = "generic"

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        register(Step("title", lambda d: d.meta.propose("title", "Bridge | Harbour Times", 50.0), order=100))


def bare(*plugins: object, **kw: object) -> Cleaner:
    return Cleaner(list(plugins), entry_points=False, **kw)  # type: ignore[arg-type]


# -- newsclean_site_domains and newsclean_register_steps ----------------------------

def test_site_steps_run_only_on_their_domains() -> None:
    c = bare(HarbourTimes())
    assert "SPONSORED" not in c.clean(PAGE, "https://www.harbour.example/a").text
    assert "SPONSORED" not in c.clean(PAGE, "https://news.harbour.example/a").text
    assert "SPONSORED" in c.clean(PAGE, "https://harbour.example.net/a").text
    assert "SPONSORED" in c.clean(PAGE, None).text


def test_steps_take_the_plugin_domains_unless_they_have_their_own() -> None:
    steps = {s.qualname: s for s in bare(HarbourTimes()).steps}
    assert steps["harbour:sponsored"].domains == ("harbour.example",)
    assert steps["harbour:mirror"].domains == ("mirror.example",)
    info = {p.name: p for p in bare(HarbourTimes()).plugin_info()}
    assert info["harbour"].domains == ["harbour.example"]


@pytest.mark.parametrize(("pattern", "host", "hit"), [
    ("*.harbour.example", "news.harbour.example", True),
    ("*.harbour.example", "harbour.example", False),
    (".harbour.example", "a.b.harbour.example", True),
    ("harbour.example", "harbour.example", True),
    ("harbour.exam*", "harbour.example", True),
])
def test_domain_patterns(pattern: str, host: str, hit: bool) -> None:
    art = bare(HarbourTimes([pattern])).clean(PAGE, f"https://{host}/a")
    assert ("SPONSORED" not in art.text) is hit


def test_site_metadata_outranks_generic_guesses() -> None:
    c = bare(Generic(), HarbourTimes())
    assert c.clean(PAGE, "https://harbour.example/a").title == "Bridge to reopen"
    assert c.clean(PAGE, "https://elsewhere.example/a").title == "Bridge | Harbour Times"


def test_two_cleaners_in_one_process_do_not_interfere() -> None:
    with_site, without = bare(HarbourTimes()), bare()
    url = "https://harbour.example/a"
    assert "SPONSORED" not in with_site.clean(PAGE, url).text
    assert "SPONSORED" in without.clean(PAGE, url).text
    assert "SPONSORED" not in with_site.clean(PAGE, url).text


def test_misspelled_hook_is_an_error() -> None:
    class Typo:
        @hookimpl
        def newsclean_register_step(self, register):  # type: ignore[no-untyped-def]
            pass

    with pytest.raises(PluginError):
        bare(Typo())


# -- newsclean_prepare_document and newsclean_finish_article ------------------------

class Hooks:
    name = "hooks"

    @hookimpl
    def newsclean_prepare_document(self, document):  # type: ignore[no-untyped-def]
        document.state["seen_site"] = document.site
        document.note(f"prepared {document.site}")

    @hookimpl
    def newsclean_finish_article(self, article, document):  # type: ignore[no-untyped-def]
        return dataclasses.replace(article, extra={**article.extra, "site_seen": document.state["seen_site"]})


def test_prepare_document_and_finish_article_hooks() -> None:
    art = bare(Hooks()).clean(PAGE, "https://harbour.example/a")
    assert isinstance(art, Article)
    assert art.extra["site_seen"] == "harbour.example"
    assert "prepared harbour.example" in art.notes


def test_finish_article_returning_none_keeps_the_article() -> None:
    class Nothing:
        @hookimpl
        def newsclean_finish_article(self, article, document):  # type: ignore[no-untyped-def]
            document.note("looked")
            return None

    art = bare(Nothing()).clean(PAGE, "https://harbour.example/a")
    assert "Bridge to reopen" in art.text and "looked" in art.notes


# -- a folder of .py plugins --------------------------------------------------------

SITE_FILE = '''
"""Harbour Times: drops SPONSORED lines."""
from newsclean import Step, hookimpl

@hookimpl
def newsclean_site_domains():
    return ["harbour.example"]

def _drop(doc):
    for b in doc.blocks:
        if b.text.startswith("SPONSORED:"):
            doc.drop(b, "ad", "SPONSORED line")

@hookimpl
def newsclean_register_steps(register):
    register(Step("sponsored", _drop, order=300, kind="ad"))
'''


@pytest.fixture()
def plugins_dir(tmp_path: Path) -> Path:
    d = tmp_path / "site_plugins"
    d.mkdir()
    (d / "harbour_times.py").write_text(SITE_FILE, encoding="utf-8")
    (d / "_helpers.py").write_text("raise RuntimeError('never imported')\n", encoding="utf-8")
    (d / "notes.txt").write_text("not a plugin\n", encoding="utf-8")
    return d


def test_load_plugins_dir(plugins_dir: Path) -> None:
    (plugins_dir / "broken.py").write_text("x = 1\nraise ValueError('oops')\n", encoding="utf-8")
    loaded = load_plugins_dir(plugins_dir)
    assert [n for n, _ in loaded] == ["broken", "harbour_times"]
    art = bare(plugins_dir=plugins_dir).clean(PAGE, "https://harbour.example/a")
    assert "SPONSORED" not in art.text
    assert any("'broken'" in n and "ValueError: oops" in n and "line 2" in n for n in art.notes)


def test_missing_plugins_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PluginError):
        load_plugins_dir(tmp_path / "nope")


def test_cli_plugins_dir(plugins_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--plugins-dir", str(plugins_dir)]) == 0
    out = capsys.readouterr().out
    assert "harbour_times" in out and "domains: harbour.example" in out and "harbour_times:sponsored" in out
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(page), "--url", "https://harbour.example/a", "--plugins-dir", str(plugins_dir),
                 "--disable", "content,chrome"]) == 0
    assert "SPONSORED" not in capsys.readouterr().out


# -- the body kit ---------------------------------------------------------------------

class StoryBody:
    """A site plugin that knows its body is div.story."""

    name = "story"

    def __init__(self, prune: bool = True) -> None:
        self.prune = prune

    @hookimpl
    def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
        return ["harbour.example"]

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def body(doc):  # type: ignore[no-untyped-def]
            replace_body(doc, doc.tree.xpath("//div[@class='story']"), kind="site-layout",
                         reason="outside div.story", prune=self.prune)

        register(Step("body", body, order=40, stage="tree", input_kinds=("html",)))
        register(Step("sponsored", _drop_sponsored, order=300))
        for s in body_guard_steps():
            register(s)


class DropAll:
    name = "locator"

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        register(Step("locate", lambda d: d.drop_all(d.blocks, "boilerplate", "drop all"), order=500))


def test_replace_body_records_outside_and_guards_against_the_locator() -> None:
    art = bare(StoryBody(), DropAll()).clean(PAGE, "https://harbour.example/a")
    assert [p.text for p in art.paragraphs] == [
        "Bridge to reopen", "The harbour bridge reopens on Monday after two years of repairs.",
        "Traffic is expected to be heavy during the first week."]
    outside = [r for r in art.removed if r.kind == "site-layout"]
    assert [r.text for r in outside] == ["Home News", "Harbour Times, all rights reserved"]
    assert all(r.plugin == "story:body" and r.reason == "outside div.story" for r in outside)
    assert any(r.plugin == "story:sponsored" for r in art.removed)  # the site's own drop stays


def test_replace_body_prune_false_keeps_everything_inside() -> None:
    art = bare(StoryBody(prune=False), DropAll()).clean(PAGE, "https://harbour.example/a")
    assert "SPONSORED" not in art.text  # the site's own step still counts
    assert "Traffic is expected" in art.text and "Home News" not in art.text


def test_replace_body_without_elements_does_nothing() -> None:
    from newsclean.document import Document
    from newsclean.load import load
    from newsclean.options import Options

    doc: Document = load(PAGE, "https://harbour.example/a", Options())
    assert replace_body(doc, [], kind="x", reason="r") == -1
    assert BODY_LOCK not in doc.state


def test_plugin_file_can_use_the_kit(tmp_path: Path) -> None:
    (tmp_path / "story.py").write_text(textwrap.dedent('''
        from newsclean import Step, hookimpl
        from newsclean.siteplugins import body_guard_steps, replace_body

        @hookimpl
        def newsclean_site_domains():
            return ["harbour.example"]

        def _body(doc):
            replace_body(doc, doc.tree.xpath("//div[@class='story']"), kind="site-layout", reason="outside")

        @hookimpl
        def newsclean_register_steps(register):
            register(Step("body", _body, order=40, stage="tree", input_kinds=("html",)))
            for s in body_guard_steps():
                register(s)
    '''), encoding="utf-8")
    art = bare(DropAll(), plugins_dir=tmp_path).clean(PAGE, "https://harbour.example/a")
    assert "SPONSORED" in art.text and "Home News" not in art.text


class DumpSite:
    """A site plugin for text dumps: the article is between two marker lines."""

    name = "dumpsite"

    @hookimpl
    def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
        return ["harbour.example"]

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def layout(doc):  # type: ignore[no-untyped-def]
            texts = [b.text for b in doc.blocks]
            start, end = texts.index("=== STORY ==="), texts.index("=== END ===")
            for b in doc.blocks[: start + 1] + doc.blocks[end:]:
                doc.drop(b, "site-layout", "outside the story markers")
            lock_body(doc, reason="between the markers")

        register(Step("layout", layout, order=50, input_kinds=("text",)))
        for s in body_guard_steps():
            register(s)


def test_lock_body_guards_a_text_dump() -> None:
    dump = "Menu\n=== STORY ===\nFirst line of the story.\nSecond line.\n=== END ===\nFooter\n"
    art = bare(DumpSite(), DropAll()).clean(dump, "https://harbour.example/a", input_kind="text")
    assert [p.text for p in art.paragraphs] == ["First line of the story.", "Second line."]
    other = bare(DumpSite(), DropAll()).clean(dump, "https://other.example/a", input_kind="text")
    assert other.paragraphs == []


def test_a_plugin_file_linking_outside_the_folder_is_not_run(plugins_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.py"
    outside.write_text("import pathlib\npathlib.Path(__file__).with_name('RAN').write_text('x')\n", encoding="utf-8")
    (plugins_dir / "linked.py").symlink_to(outside)
    loaded = dict(load_plugins_dir(plugins_dir))
    assert not (tmp_path / "RAN").exists()
    art = bare(plugins_dir=plugins_dir).clean(PAGE, "https://harbour.example/a")
    assert any("'linked'" in n and "outside the plugins folder" in n for n in art.notes)
    assert "harbour_times" in loaded and not (tmp_path / "RAN").exists()


@pytest.mark.parametrize("declared", ["新闻.中国", "xn--efvy88h.xn--fiqs8s", ".新闻.中国", "*.xn--efvy88h.xn--fiqs8s"])
@pytest.mark.parametrize("url", ["https://www.新闻.中国/a", "https://www.xn--efvy88h.xn--fiqs8s/a",
                                 "https://sports.新闻.中国/a"])
def test_a_site_plugin_for_an_idn_host_matches_both_forms(declared: str, url: str, tmp_path: Path) -> None:
    (tmp_path / "idn_site.py").write_text(SITE_FILE.replace('"harbour.example"', repr(declared)), encoding="utf-8")
    art = bare(plugins_dir=tmp_path).clean(PAGE, url)
    subdomain_only = declared.startswith((".", "*."))
    applies = not subdomain_only or url.startswith("https://sports.")
    assert ("SPONSORED" not in art.text) is applies
