"""editlinks: a wiki heading's [edit] link goes, the heading's words stay."""
from __future__ import annotations

import pytest

from newsclean import Cleaner
from newsclean.plugins import editlinks

PROSE = ("The river has carried freight between the two towns since the eighteenth century, and the old "
         "towpath is now a walking route that draws visitors all year. ")


def clean(inner: str):
    html = (f"<html><head><title>t</title></head><body><div id='content'><p>{PROSE}</p>{inner}<p>{PROSE}</p>"
            f"</div></body></html>")
    return Cleaner(entry_points=False, plugins=[editlinks]).clean(html)


def headings(art) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == "heading"]


def test_vocabulary_is_data():
    assert "mw-editsection" in editlinks.EDIT_CLASSES
    assert "edit" in editlinks.EDIT_WORDS["en"] and "编辑" in editlinks.EDIT_WORDS["zh"]


@pytest.mark.parametrize("text,yes", [
    ("[edit]", True), ("[ edit ]", True), ("[Bearbeiten | Quelltext bearbeiten]", True), ("[编辑]", True),
    ("Edit", True), ("[edit] history", False), ("How we edit", False), ("", False),
])
def test_edit_text(text, yes):
    assert editlinks.is_edit_text(text) is yes


def test_mediawiki_edit_section_goes():
    art = clean("<h2><span class='mw-headline' id='History'>History</span><span class='mw-editsection'>"
                "<span class='mw-editsection-bracket'>[</span><a href='/w/index.php?title=X&amp;action=edit&amp;"
                "section=1'>edit</a><span class='mw-editsection-bracket'>]</span></span></h2>"
                f"<p>{PROSE}</p><h3>Geschichte<span class='mw-editsection'>[<a href='?action=edit'>Bearbeiten</a> | "
                "<a href='?veaction=edit'>Quelltext bearbeiten</a>]</span></h3>")
    assert headings(art) == ["History", "Geschichte"]
    assert [(r.kind, r.plugin, r.text) for r in art.removed] == [
        ("edit-link", "editlinks:headings", "[edit]"),
        ("edit-link", "editlinks:headings", "[Bearbeiten | Quelltext bearbeiten]")]


def test_bare_edit_link_goes_with_its_brackets():
    art = clean("<h2>历史 [<a href='/index.php?title=X&amp;action=edit&amp;section=2'>编辑</a>]</h2>")
    assert headings(art) == ["历史"]
    assert [r.text for r in art.removed] == ["编辑"]


@pytest.mark.parametrize("inner", [
    "<h2>How we <a href='/style/edit'>edit</a> the paper</h2>",          # the heading's own word
    "<h2>Editors <a href='?action=edit'>at work in the newsroom</a></h2>",  # not an edit word
    "<p>Readers may <a href='?action=edit'>edit</a> the page.</p>",       # not a heading
])
def test_other_edit_words_stay(inner):
    art = clean(inner)
    assert not art.removed


@pytest.mark.parametrize("inner", [
    "<h2>History<span class='MW-EditSection'>[<a href='/wiki/X'>edit</a>]</span></h2>",   # class in capitals
    "<h2>History [<a href='/index.php?title=X&amp;ACTION=SUBMIT'>edit</a>]</h2>",          # submit, capitals
])
def test_case_variants_go(inner):
    art = clean(inner)
    assert headings(art) == ["History"]
    assert [r.kind for r in art.removed] == ["edit-link"]


def _docs_page(section: str) -> str:
    body = "".join(section.format(i=i, t=t) + f"<p>{PROSE}{i}</p><p>{PROSE}</p>"
                   for i, t in enumerate(("Create your endpoint", "Test your endpoint", "Go live")))
    return (f"<html><head><title>Payments guide</title></head><body><nav><a href='/a'>Home</a> <a href='/b'>Docs</a>"
            f"</nav><main><article><h1>Payments guide</h1>{body}</article></main></body></html>")


@pytest.mark.parametrize("section", [
    # a link holding the heading, to the heading itself
    "<a href='#s{i}' class='InlineLink'><div><div><h2 id='s{i}'><span>{t}</span></h2></div></div></a>",
    # a heading whose whole text links to itself
    "<h2 id='s{i}'><a href='#s{i}'>{t}</a></h2>",
    "<h2><a id='s{i}' href='#s{i}'>{t}</a></h2>",
    # one whose link a script also drives (copies its address): still a place, not a link
    "<h2 id='s{i}'><a href='#s{i}' onclick='copy(this.href)' tabindex='0'>{t}</a></h2>",
])
def test_headings_linking_to_themselves_are_headings(section):
    html = _docs_page(section)
    art = Cleaner().clean(html)
    assert headings(art) == ["Create your endpoint", "Test your endpoint", "Go live"]
    assert any("linking to themselves" in n for n in art.notes)
    assert not any(r.text in ("Create your endpoint", "Go live") for r in art.removed)


@pytest.mark.parametrize("section", [
    "<h2 id='s{i}'><a href='#other'>{t}</a></h2>",  # a link to another place
    "<h2 id='s{i}'>{t} <a href='#s{i}'>link</a></h2>",  # a link holding part of the heading
])
def test_other_heading_links_stay_links(section):
    art = Cleaner(entry_points=False, plugins=[editlinks]).clean(_docs_page(section))
    assert not any("linking to themselves" in n for n in art.notes)
