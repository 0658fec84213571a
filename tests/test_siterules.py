"""Site rules (ftr-site-config format): reader, lookup, applying rules, check-rules."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsclean import Cleaner, Step, hookimpl
from newsclean.cli import main
from newsclean.plugins.container.fallback import FALLBACK_ORDER, empty_fallback
from newsclean.rules_cli import check_rules, page_slug
from newsclean.siterules import RULE_KIND, RuleSet, SiteRulesPlugin, parse_rules, parse_toml_rules

PAGE = """<html><head><title>Council votes | Example Org</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div id="wrap">
<h1 class="headline">Council votes to rebuild the harbour bridge</h1>
<p class="meta">By <span class="author">Jane Doe</span>
 <time datetime="2024-03-05T10:30:00+01:00">March 5</time></p>
<div class="story">
<p>The council met on Tuesday evening and voted to rebuild the harbour bridge, closed since the storm.</p>
<div class="promo-box"><p>Get our morning briefing in your inbox.</p></div>
<p>Work is due to start in the spring, officials said, and should take two years.</p>
<p><img src="https://cdn.example.org/tracker/pixel.gif"> Residents welcomed the decision.</p>
</div>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story entirely</a></li></ul></aside>
</div>
<footer>Copyright Example Org. All rights reserved.</footer>
</body></html>"""

RULES = """# example.org: a news site
title: //h1[@class='headline']
author: //span[@class='author']
date: //time/@datetime

body: //div[@id='does-not-exist']
body: //div[@class='story']
strip_id_or_class: promo
strip_image_src: /tracker/
prune: yes

test_url: https://www.example.org/news/council-bridge
test_contains: The council met on Tuesday evening
test_contains: Residents welcomed the decision.
"""

BODY = [
    "The council met on Tuesday evening and voted to rebuild the harbour bridge, closed since the storm.",
    "Work is due to start in the spring, officials said, and should take two years.",
    "Residents welcomed the decision.",
]
URL = "https://www.example.org/news/council-bridge"


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    d.mkdir()
    (d / "example.org.txt").write_text(RULES, encoding="utf-8")
    return d


def bare(rules_dir: Path, *plugins: object) -> Cleaner:
    """A Cleaner with only the site rules (and given plugins): no built-ins in flux."""
    return Cleaner(list(plugins), entry_points=False, site_rules=rules_dir)


# -- reading ------------------------------------------------------------------

def test_parse_directives_comments_repeats_and_args() -> None:
    rf = parse_rules("# c\n\ntitle: //h1\nbody: //a\nbody: //b | //c\n"
                     "replace_string(<b>x</b>): <i>y</i>\nstrip_id_or_class: \"ad-box\"\n"
                     "frobnicate: 1\nno colon here\n", "x.txt")
    names = [(d.name, d.value, d.line) for d in rf.directives]
    assert ("title", "//h1", 3) in names
    assert [d.value for d in rf.get("body")] == ["//a", "//b | //c"]
    rep = rf.get("replace_string")[0]
    assert (rep.arg, rep.value, rep.where) == ("<b>x</b>", "<i>y</i>", "x.txt:6")
    assert rf.get("strip_id_or_class")[0].value == "ad-box"
    assert any("unknown directive 'frobnicate'" in p for p in rf.problems)
    assert any("x.txt:9" in p for p in rf.problems)


def test_xpath_values_keep_their_colons() -> None:
    rf = parse_rules("date: //meta[@property='article:published_time']/@content\n")
    assert rf.get("date")[0].value == "//meta[@property='article:published_time']/@content"


def test_lookup_exact_subdomain_and_global(tmp_path: Path) -> None:
    for name in ("example.org.txt", ".example.org.txt", "news.example.org.txt", "global.txt"):
        (tmp_path / name).write_text(f"title: //h1[@id='{name}']\n", encoding="utf-8")
    rs = RuleSet.load(tmp_path)

    def files(host: str) -> list[str]:
        cfg = rs.for_host(host)
        return [f.name for f in cfg.files] if cfg else []

    assert files("example.org") == ["example.org.txt", "global.txt"]
    assert files("www.example.org") == ["example.org.txt", "global.txt"]
    assert files("news.example.org") == ["news.example.org.txt", "global.txt"]
    assert files("sport.example.org") == [".example.org.txt", "global.txt"]
    assert files("a.b.example.org") == [".example.org.txt", "global.txt"]
    assert files("other.net") == ["global.txt"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    from newsclean import PluginError

    with pytest.raises(PluginError):
        Cleaner(entry_points=False, site_rules=tmp_path / "nope")


def test_toml_rules_read_like_text(tmp_path: Path) -> None:
    text = """title = "//h1[@class='headline']"
body = ["//div[@id='x']", "//div[@class='story']"]
strip_id_or_class = ["promo"]
prune = false

[replace_string]
"harbour bridge" = "HARBOUR BRIDGE"

[[test]]
url = "https://example.org/a"
contains = ["council met"]
"""
    rf = parse_toml_rules(text, "example.org.toml")
    rep = rf.get("replace_string")[0]
    assert (rep.arg, rep.value, rep.line) == ("harbour bridge", "HARBOUR BRIDGE", 7)
    assert [d.value for d in rf.get("body")] == ["//div[@id='x']", "//div[@class='story']"]
    assert rf.get("body")[1].line == 2
    assert rf.get("prune")[0].value == "no"
    assert [(d.name, d.value) for d in rf.directives if d.name.startswith("test_")] == [
        ("test_url", "https://example.org/a"), ("test_contains", "council met")]
    (tmp_path / "example.org.toml").write_text(text, encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert art.title == "Council votes to rebuild the HARBOUR BRIDGE"
    assert [p.text for p in art.paragraphs] == [t.replace("harbour bridge", "HARBOUR BRIDGE") for t in BODY]


# -- applying -----------------------------------------------------------------

def test_rules_give_title_body_date_author_exactly(rules: Path) -> None:
    art = bare(rules).clean(PAGE, URL)
    assert art.title == "Council votes to rebuild the harbour bridge"
    assert art.authors == ["Jane Doe"]
    assert art.published == datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert [p.text for p in art.paragraphs] == BODY
    assert art.notes == []


def test_removals_name_rule_file_and_line(rules: Path) -> None:
    art = bare(rules).clean(PAGE, URL)
    by_text = {r.text: r for r in art.removed}
    promo = by_text["Get our morning briefing in your inbox."]
    assert (promo.kind, promo.plugin) == (RULE_KIND, "site-rules:strip")
    assert "example.org.txt:8" in promo.reason and "promo" in promo.reason
    nav = by_text["Home News Sport"]
    assert (nav.kind, nav.plugin) == (RULE_KIND, "site-rules:body")
    assert "example.org.txt:7" in nav.reason
    assert "Copyright Example Org. All rights reserved." in by_text
    img = [r for r in art.removed if "strip_image_src" in r.reason]
    assert len(img) == 1 and "example.org.txt:9" in img[0].reason


def test_other_domain_is_cleaned_generically(rules: Path) -> None:
    art = bare(rules).clean(PAGE, "https://other.net/news/council-bridge")
    assert not [r for r in art.removed if r.plugin.startswith("site-rules")]
    assert "Get our morning briefing in your inbox." in art.text
    assert art.title != "Council votes to rebuild the harbour bridge"


def test_cli_clean_with_site_rules_json(rules: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(page), "--url", URL, "--site-rules", str(rules), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Council votes to rebuild the harbour bridge"
    assert out["authors"] == ["Jane Doe"]
    assert out["published"] == "2024-03-05T10:30:00+01:00"
    assert [p["text"] for p in out["paragraphs"]] == BODY
    # the same page elsewhere: no rule applies
    assert main(["clean", str(page), "--url", "https://elsewhere.example.com/x", "--site-rules", str(rules),
                 "--format", "json"]) == 0
    other = json.loads(capsys.readouterr().out)
    assert not [r for r in other["removed"] if r["plugin"].startswith("site-rules")]
    assert other["title"] != out["title"] or other["text"] != out["text"]


def test_body_matching_nothing_falls_back_with_note(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text("body: //div[@id='gone']\ntitle: //h1\n", encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert any("example.org.txt:1" in n and "cleaned generically" in n for n in art.notes)
    assert "Home News Sport" in art.text  # nothing removed by the rule
    assert art.title == "Council votes to rebuild the harbour bridge"


def test_several_body_elements_are_kept_in_page_order(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text(
        "body: //footer | //h1[@class='headline']\n", encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert [p.text for p in art.paragraphs] == [
        "Council votes to rebuild the harbour bridge", "Copyright Example Org. All rights reserved."]


def test_strip_xpath_and_invalid_xpath_noted(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text(
        "strip: //aside\nstrip: //div[@class=\n", encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert "Most read" not in art.text and "Another story entirely" not in art.text
    aside = [r for r in art.removed if "Most read" in r.text]
    assert aside and "example.org.txt:1" in aside[0].reason
    assert any("example.org.txt:2" in n and "XPath" in n for n in art.notes)


def test_nested_matches_are_removed_and_recorded_once(tmp_path: Path) -> None:
    (tmp_path / "x.org.txt").write_text("strip_id_or_class: ad\n", encoding="utf-8")
    page = ("<html><body><div class='ad-outer'><p class='ad-inner'>Buy now</p><p>More offers</p></div>"
            "<p class='story'>Real text of the article here.</p></body></html>")
    art = bare(tmp_path).clean(page, "https://x.org/a")
    assert art.text == "Real text of the article here."
    assert [r.text for r in art.removed] == ["Buy now\nMore offers"]


def test_global_rules_apply_everywhere(tmp_path: Path) -> None:
    (tmp_path / "global.txt").write_text("strip: //footer\n", encoding="utf-8")
    plugin = SiteRulesPlugin(tmp_path)
    assert plugin.newsclean_site_domains() is None
    art = Cleaner([plugin], entry_points=False).clean(PAGE, "https://any.where/x")
    assert "Copyright Example Org" not in art.text
    assert any("global.txt:1" in r.reason for r in art.removed)


def test_rule_metadata_outranks_others(rules: Path) -> None:
    class Guess:
        name = "guess"

        @hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            register(Step("t", lambda d: d.meta.propose("title", "Generic title", 50.0), order=100))

    class Site:
        name = "site"

        @hookimpl
        def newsclean_site_domains(self):  # type: ignore[no-untyped-def]
            return ["example.org"]

        @hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            register(Step("t", lambda d: d.meta.propose("title", "Site plugin title", 50.0), order=100))

    art = bare(rules, Guess(), Site()).clean(PAGE, URL)
    assert art.title == "Council votes to rebuild the harbour bridge"


def _locator(kind: str = "boilerplate") -> object:
    class Locator:
        """Stands for the generic article locator: drops every block (and, as the content plugin does,
        falls back on the prose it set aside when nothing is left)."""

        name = "locator"

        @hookimpl
        def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
            def drop_all(doc):  # type: ignore[no-untyped-def]
                doc.drop_all(doc.blocks, kind, "test locator drops everything")

            register(Step("locate", drop_all, order=500, input_kinds=("html",)))
            register(Step("empty_fallback", empty_fallback, order=FALLBACK_ORDER))

    return Locator()


def test_generic_locator_cannot_drop_inside_rule_body(rules: Path) -> None:
    art = bare(rules, _locator()).clean(PAGE, URL)
    assert [p.text for p in art.paragraphs] == BODY
    assert any("generic article locator" in n for n in art.notes)
    # elsewhere the locator is not overruled
    other = bare(rules, _locator()).clean(PAGE, "https://other.net/x")
    assert not any("generic article locator" in n for n in other.notes)
    # (a page left with nothing falls back on its prose the locator set aside, and says so)
    assert any(n.startswith("empty article avoided") for n in other.notes)


class _Specific:
    """Stands for a specific-noise plugin: drops one body sentence; prunes one element at tree stage."""

    name = "specific"

    @hookimpl
    def newsclean_register_steps(self, register):  # type: ignore[no-untyped-def]
        def drop_work(doc):  # type: ignore[no-untyped-def]
            for b in doc.blocks:
                if b.text.startswith("Work is due"):
                    doc.drop(b, "ad", "test: looks like an ad")

        def prune_tree(doc):  # type: ignore[no-untyped-def]
            for p in list(doc.tree.iter("p")):
                if (p.text or "").startswith("The council met"):
                    doc.record("chrome", "test: pruned", p.text)
                    p.getparent().remove(p)

        register(Step("ads", drop_work, order=300))
        register(Step("prune", prune_tree, order=150, stage="tree", input_kinds=("html",)))


def test_prune_yes_lets_specific_steps_work_inside_body(rules: Path) -> None:
    art = bare(rules, _Specific()).clean(PAGE, URL)
    assert [p.text for p in art.paragraphs] == BODY[2:]
    assert {r.plugin for r in art.removed} >= {"specific:ads", "specific:prune"}


def test_prune_no_keeps_the_body_whole(rules: Path) -> None:
    (rules / "example.org.txt").write_text(RULES.replace("prune: yes", "prune: no"), encoding="utf-8")
    art = bare(rules, _Specific(), _locator()).clean(PAGE, URL)
    assert [p.text for p in art.paragraphs] == BODY
    assert not [r for r in art.removed if not r.plugin.startswith("site-rules")]
    assert any("prune: no" in n for n in art.notes)


def test_replace_string_and_native_ad_clue(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text(
        "find_string: harbour bridge\nreplace_string: HARBOUR BRIDGE\n"
        "replace_string(Residents welcomed): Neighbours welcomed\n"
        "native_ad_clue: //div[@class='story']\n", encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert "rebuild the HARBOUR BRIDGE" in art.text
    assert "Neighbours welcomed the decision." in art.text
    assert art.extra.get("native_ad") is True
    assert any("example.org.txt:2" in n and "example.org.txt:3" in n for n in art.notes)


def test_chinese_date_without_zone_is_china_time(tmp_path: Path) -> None:
    (tmp_path / "news.example.cn.txt").write_text(
        "date: //span[@class='time']\nauthor: //span[@class='au']\nbody: //div[@id='artibody']\n",
        encoding="utf-8")
    page = ("<html><body><div class='top'><span class='time'>2025年03月02日 10:15</span>"
            "<span class='au'>作者：张三</span></div><div id='artibody'><p>这是一篇测试文章的正文，内容完整。</p>"
            "</div></body></html>")
    art = bare(tmp_path).clean(page, "https://news.example.cn/a.html")
    assert art.published == datetime(2025, 3, 2, 10, 15, tzinfo=timezone(timedelta(hours=8)))
    assert art.authors == ["张三"]
    assert art.text == "这是一篇测试文章的正文，内容完整。"


@pytest.mark.parametrize("stamp, expected", [
    ("5 March 2025, 10:15", datetime(2025, 3, 5, 10, 15)),  # no zone known: the wall clock, naive
    ("5 March 2025", datetime(2025, 3, 5, tzinfo=timezone.utc)),  # a date alone names the day
])
def test_rule_date_without_zone_follows_the_zone_policy(tmp_path: Path, stamp: str, expected: datetime) -> None:
    (tmp_path / "news.example.org.txt").write_text(
        "date: //span[@class='when']\nbody: //div[@id='story']\n", encoding="utf-8")
    page = (f"<html><body><span class='when'>{stamp}</span><div id='story'>"
            "<p>The harbour bridge reopened on Tuesday after two years of repairs.</p></div></body></html>")
    art = bare(tmp_path).clean(page, "https://news.example.org/a.html")
    assert art.published == expected
    assert (art.published.tzinfo is None) == (expected.tzinfo is None)


def test_text_dumps_are_left_alone(rules: Path) -> None:
    dump = "Home\nCouncil votes to rebuild the harbour bridge\n\nThe council met on Tuesday evening.\n"
    art = bare(rules).clean(dump, URL, input_kind="text")
    assert "Home" in art.text and not art.removed


def test_plugins_listing_shows_rule_domains(rules: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--site-rules", str(rules)]) == 0
    out = capsys.readouterr().out
    assert "site-rules" in out and "domains: example.org" in out
    assert "site-rules:body" in out


# -- check-rules --------------------------------------------------------------

def test_page_slug() -> None:
    assert page_slug(URL) == "www.example.org_news_council-bridge"
    assert page_slug("http://a.b/c?d=1&e=2") == "a.b_c_d_1_e_2"
    assert len(page_slug("https://x.org/" + "a" * 500)) < 160


def test_check_rules_pass_fail_skip(rules: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    # no pages: the test is skipped, exit 0 (1 with --strict)
    assert main(["check-rules", str(rules), "--pages", str(pages)]) == 0
    assert "SKIP example.org.txt:12" in capsys.readouterr().out
    assert main(["check-rules", str(rules), "--pages", str(pages), "--strict"]) == 1
    capsys.readouterr()
    # a saved page under its slug: PASS
    (pages / (page_slug(URL) + ".html")).write_text(PAGE, encoding="utf-8")
    assert main(["check-rules", str(rules), "--pages", str(pages)]) == 0
    out = capsys.readouterr().out
    assert "PASS example.org.txt:12" in out and "1 passed, 0 failed" in out
    # a snippet the rule strips: FAIL, saying which rule took it
    (rules / "example.org.txt").write_text(
        RULES + "test_url: https://example.org/other\ntest_contains: Get our morning briefing\n", encoding="utf-8")
    (pages / "index.json").write_text(json.dumps({"https://example.org/other": "other.html"}), encoding="utf-8")
    (pages / "other.html").write_text(PAGE, encoding="utf-8")
    assert main(["check-rules", str(rules), "--pages", str(pages)]) == 1
    out = capsys.readouterr().out
    assert "FAIL example.org.txt:15" in out
    assert "removed by site-rules:strip" in out


def test_check_rules_reports_invalid_xpath_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "bad.org.txt").write_text("body: //div[\nwhatever: x\n", encoding="utf-8")
    lines, counts = check_rules(tmp_path)
    assert counts["errors"] == 1 and counts["warnings"] == 1
    assert any(line.startswith("ERROR bad.org.txt:1") for line in lines)


def test_check_rules_default_pages_folder(rules: Path) -> None:
    (rules / "pages").mkdir()
    (rules / "pages" / (page_slug(URL) + ".html")).write_text(PAGE, encoding="utf-8")
    _, counts = check_rules(rules)
    assert counts["passed"] == 1


# -- issue 10.5: IDN hosts, bounded rules, paths confined --------------------------------------------------

IDN_RULES = "body: //div[@class='story']\ntitle: //h1[@class='headline']\n"


@pytest.mark.parametrize("file_host", ["新闻.中国", "xn--efvy88h.xn--fiqs8s", "www.新闻.中国"])
@pytest.mark.parametrize("url", ["https://新闻.中国/a/1.html", "https://www.xn--efvy88h.xn--fiqs8s/a/1.html",
                                 "https://WWW.新闻.中国/a/1.html"])
def test_an_idn_rule_file_applies_to_both_forms_of_the_url(tmp_path: Path, file_host: str, url: str) -> None:
    (tmp_path / f"{file_host}.txt").write_text(IDN_RULES, encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, url)
    assert art.paragraphs and [p.text for p in art.paragraphs][-1] == "Residents welcomed the decision."
    assert any(r.plugin == "site-rules:body" for r in art.removed)
    assert "Most read" not in art.text


def test_an_idn_subdomain_file_and_the_listed_domains(tmp_path: Path) -> None:
    (tmp_path / ".新闻.中国.txt").write_text(IDN_RULES, encoding="utf-8")
    rs = RuleSet.load(tmp_path)
    assert rs.domains() == [".xn--efvy88h.xn--fiqs8s", ".新闻.中国"]
    assert rs.for_host("sports.xn--efvy88h.xn--fiqs8s") is rs.for_host("sports.新闻.中国") is not None
    assert rs.for_host("新闻.中国") is None


def test_replace_string_cannot_grow_the_page_past_max_bytes(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text(
        f"replace_string(<p>): <p>{'x' * 5000}\nreplace_string(harbour bridge): HARBOUR BRIDGE\n", encoding="utf-8")
    page = PAGE.replace("</body>", "<p>filler</p>" * 200 + "</body>")
    cleaner = Cleaner([], entry_points=False, site_rules=tmp_path, max_bytes=200_000)
    art = cleaner.clean(page, URL)
    assert any("example.org.txt:1" in n and "not applied" in n and "max_bytes=200000" in n for n in art.notes)
    assert "xxxxx" not in art.text
    assert "HARBOUR BRIDGE" in art.text  # the rule within the limit still applies


def test_a_nested_whole_document_xpath_is_refused_at_load(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "example.org.txt").write_text(
        "strip: //*[count(//*[count(//*) > 0]) > 0]\nstrip: //a[b[c[d[e[f]]]]]\n"
        f"strip: //div[@id='{'x' * 1200}']\nstrip_id_or_class: promo\n", encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    notes = [n for n in art.notes if "is not a usable XPath" in n]
    assert len(notes) == 3 and "too expensive" in notes[0] and "nested 5 deep" in notes[1] and "too long" in notes[2]
    assert "Get our morning briefing" not in art.text  # the other rules still apply
    assert main(["check-rules", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("ERROR example.org.txt:") == 3 and "refused: too expensive" in out


def test_a_whole_document_scan_in_a_predicate_is_bounded_per_page(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text(
        "strip: //*[count(//*) > 100000]\nstrip: //p[following-sibling::p]\n", encoding="utf-8")
    small = bare(tmp_path).clean(PAGE, URL)
    assert not [n for n in small.notes if "not evaluated" in n]
    big = PAGE.replace("</body>", ("<section>" + "<div><span>x</span></div>" * 30 + "</section>") * 100 + "</body>")
    art = bare(tmp_path).clean(big, URL)
    skipped = [n for n in art.notes if "not evaluated" in n]
    assert len(skipped) == 1 and "example.org.txt:1" in skipped[0] and "elements" in skipped[0]
    assert any(r.plugin == "site-rules:strip" for r in art.removed)  # rule 2 (siblings) still ran


def test_check_rules_does_not_follow_index_json_out_of_its_folder(rules: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (tmp_path / "outside.html").write_text(PAGE, encoding="utf-8")
    for target in ("../outside.html", str(tmp_path / "outside.html")):
        (pages / "index.json").write_text(json.dumps({URL: target}), encoding="utf-8")
        assert main(["check-rules", str(rules), "--pages", str(pages)]) == 1
        out = capsys.readouterr().out
        assert "outside the pages folder: not read" in out and "PASS" not in out
    (pages / "index.json").unlink()
    (pages / (page_slug(URL) + ".html")).symlink_to(tmp_path / "outside.html")
    assert main(["check-rules", str(rules), "--pages", str(pages)]) == 1
    assert "leading outside the pages folder" in capsys.readouterr().out


def test_a_rule_file_linking_outside_its_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    (rules_dir / "example.org.txt").symlink_to(secret)
    lines, counts = check_rules(rules_dir)
    assert counts["warnings"] == 1 and "leads outside the rules folder" in lines[0]
    assert not any("root" in line for line in lines)


def test_rules_engine_and_command_are_separate_modules() -> None:
    import ast
    import newsclean.siterules as engine

    tree = ast.parse(Path(engine.__file__).read_text(encoding="utf-8"))
    imported = {(n.module or "") for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "pipeline" not in imported and "argparse" not in imported and "dateutil" not in imported
    assert not hasattr(engine, "check_rules") and not hasattr(engine, "_cmd_check_rules")


def test_rule_lines_and_directives_are_bounded() -> None:
    rf = parse_rules("title: //h1\n" + "strip: //x" + " " * 20_000 + "y\n" + "strip_id_or_class: ad\n" * 6000)
    assert rf.directives[0].name == "title"
    assert any(":2: line of 20011 characters" in p for p in rf.problems)
    assert len(rf.directives) == 5000 and any("over 5000 directives" in p for p in rf.problems)
    # the argument ends at the first ')' followed by ':', as before
    d = parse_rules("replace_string(<a href='(x)'>): <b>\n").directives[0]
    assert (d.arg, d.value) == ("<a href='(x)'>", "<b>")


def test_find_replace_rules_per_page_are_bounded(tmp_path: Path) -> None:
    lines = "".join(f"replace_string(word{i}): other{i}\n" for i in range(150))
    (tmp_path / "example.org.txt").write_text(lines + "replace_string(harbour bridge): HARBOUR BRIDGE\n",
                                              encoding="utf-8")
    art = bare(tmp_path).clean(PAGE, URL)
    assert any("151 find/replace rules, only the first 100 applied (example.org.txt:101" in n for n in art.notes)
    assert "HARBOUR BRIDGE" not in art.text


def test_check_rules_on_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-rules", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: site rules dir") and err.count("\n") == 1


def test_a_rules_element_is_read_as_the_page_shows_it(tmp_path: Path) -> None:
    (tmp_path / "example.org.txt").write_text("title: //h2[@class='deck']\n", encoding="utf-8")
    page = PAGE.replace("<body>", "<body><h2 class='deck'><span>Harbour</span><span>Bridge</span> to close"
                                  "<script>track('deck')</script></h2>", 1)
    assert bare(tmp_path).clean(page, URL).title == "Harbour Bridge to close"
