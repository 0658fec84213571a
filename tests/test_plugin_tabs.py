"""tabs: the labels of a tab bar above tabbed code go; the panels, accordions and lists stay."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import tabs

P1 = ("The configuration loader resolves plugin paths relative to the project root, applies the defaults "
      "listed below and invalidates its cache whenever a file changes on disk. ")
P2 = ("Most projects only need the first two steps; the rest of this page covers what larger installations "
      "run into when they split their configuration across several packages. ")


def clean(inner: str, plugins=(tabs,)):
    html = (f"<html><head><title>t</title></head><body><article><p>{P1}</p>{inner}<p>{P2}</p></article>"
            f"</body></html>")
    return Cleaner(entry_points=False, plugins=list(plugins)).clean(html)


def texts(art) -> list[str]:
    return [p.text for p in art.paragraphs if p.text not in (P1.strip(), P2.strip())]


def test_vocabulary_is_data():
    assert "tablist" in tabs.BAR_ROLES
    assert {"tabbed-labels", "nav-tabs"} <= tabs.BAR_CLASSES
    assert tabs.is_tab_bar(("tabs", "tablist")) and not tabs.is_tab_bar(("tabs-container",))


def test_tablist_labels_go_panel_stays():
    art = clean("<div class='tabs-container'><ul role='tablist' class='tabs'><li role='tab' class='tabs__item'>npm"
                "</li><li role='tab' class='tabs__item'>Yarn</li><li role='tab' class='tabs__item'>pnpm</li></ul>"
                "<div role='tabpanel'><pre><code>npm install example</code></pre></div></div>")
    assert texts(art) == ["npm install example"]
    assert [(r.kind, r.plugin, r.text) for r in art.removed] == [
        ("tabs", "tabs:bars", "npm"), ("tabs", "tabs:bars", "Yarn"), ("tabs", "tabs:bars", "pnpm")]
    assert "tablist" in art.removed[0].reason


def test_one_line_bar_of_labels_goes():
    art = clean("<div class='tabbed-set'><div class='tabbed-labels'><label for='t1'>Python</label><label for='t2'>"
                "JavaScript</label><label for='t3'>Go</label></div><div class='tabbed-content'><div class='tabbed-block'>"
                "<pre><code>import example</code></pre></div></div></div>")
    assert texts(art) == ["import example"]
    assert [r.kind for r in art.removed] == ["tabs"]


def test_chinese_tab_labels_go():
    art = clean("<ul class='nav-tabs'><li><a href='#a'>安装</a></li><li><a href='#b'>配置</a></li></ul>"
                "<div class='tab-content'><p>先运行安装命令，再按下文修改配置文件中的插件路径。</p></div>")
    assert texts(art) == ["先运行安装命令，再按下文修改配置文件中的插件路径。"]


@pytest.mark.parametrize("inner", [
    # an accordion gives each question a "tab" role: one label per list, and answers between
    "<div role='tablist'><div role='tab'><h3>How do I reset my password?</h3></div><div role='tabpanel'>"
    "<p>Open the settings page and choose the reset link; a message arrives within a minute.</p></div></div>",
    # a wrapper of bar and panels is no bar: its code stays
    "<div class='tabs-container'><div class='tab-content'><pre><code>npm install example</code></pre></div></div>",
    # a list inside a class that merely mentions tabs
    "<ul class='browser-tabs-tips'><li>Pin the tabs you use every day.</li><li>Group the others by project.</li></ul>",
    # a single tab label is no bar
    "<ul role='tablist'><li role='tab'>Overview</li></ul>",
])
def test_other_tab_words_stay(inner):
    art = clean(inner)
    assert [r for r in art.removed if r.kind == "tabs"] == []


def test_long_text_in_a_bar_class_stays():
    art = clean("<div class='tabs'><p>" + P1 + "</p><p>Short label</p></div>")
    assert [r for r in art.removed if r.kind == "tabs"] == []


def test_list_box_of_choices_over_code_goes():
    art = clean("<div class='CodeTabGroup'><div role='listbox' tabindex='0'><div role='option'>Node.js</div>"
                "<div role='option'>Python</div><div>No results</div></div>"
                "<pre><code>const app = new Hono();</code></pre></div>")
    assert texts(art) == ["const app = new Hono();"]
    assert [r.text for r in art.removed] == ["Node.js", "Python", "No results"]
    assert "listbox" in art.removed[0].reason
