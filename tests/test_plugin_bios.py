"""The bios plugin: author boxes at the end go; headings and quotes inside the body stay."""
from __future__ import annotations

from typing import Callable

import pytest

import newsclean
from newsclean import Step, hookimpl
from newsclean.plugins import bios
from newsclean.plugins.bios import is_bio_heading

P = [
    "The city council approved the new cycling lanes on Tuesday after a debate that lasted four hours.",
    "Construction is expected to start in the spring and to finish before the end of next year.",
    "Residents welcomed the plan, though some shop owners worried about losing parking spaces.",
    "The council will publish the detailed route on its website next week, a spokesperson said.",
]


class _Author:
    """A stand-in for the byline plugin: proposes the article's author."""

    def __init__(self, name: str) -> None:
        self.name = name

    @hookimpl
    def newsclean_register_steps(self, register: "Callable[[Step], None]") -> None:
        register(Step("author", lambda doc: doc.meta.propose("authors", [self.name], 1.0), order=200))


def removed(page: str, author: str | None = None) -> list[tuple[str, str]]:
    plugins: list[object] = [bios] + ([_Author(author)] if author else [])
    art = newsclean.Cleaner(plugins=plugins, entry_points=False).clean(page, input_kind="text")
    return [(r.text, r.kind) for r in art.removed]


@pytest.mark.parametrize("text", ["About the author", "Über den Autor", "Об авторе", "作者简介", "À propos de l'auteur",
                                  "Editör Hakkında", "Tentang Penulis", "O autorze", "ABOUT THE AUTHOR"])
def test_bio_headings(text: str) -> None:
    assert is_bio_heading(text)


@pytest.mark.parametrize("text", ["About the authority's budget", "Der Autor des Gesetzes", "Autorität"])
def test_not_bio_headings(text: str) -> None:
    assert not is_bio_heading(text)


def test_heading_and_bio_at_the_end() -> None:
    bio = "Jane Doe covers transport and city hall. She joined the paper in 2019."
    assert removed("\n\n".join(P + ["About the author", bio])) == [("About the author", "bio"), (bio, "bio")]


def test_heading_in_the_middle_stays() -> None:
    page = "\n\n".join(P[:2] + ["Über den Autor"] + P[2:] + P)
    assert removed(page) == []


def test_author_line_at_the_end_with_role() -> None:
    line = "Jane Doe is a reporter covering transport for Example News."
    assert removed("\n\n".join(P + [line]), author="Jane Doe") == [(line, "bio")]


def test_quote_of_the_author_in_the_body_stays() -> None:
    quote = "Jane Doe, who lives on the street, said the lanes were overdue."
    page = "\n\n".join([P[0], quote] + P[1:])
    assert removed(page, author="Jane Doe") == []
    # without a known author nothing at the end is taken either
    assert removed("\n\n".join(P + ["Jane Doe is a reporter covering transport."])) == []


# --- author lines the locator kept (issue 9) -----------------------------------

from newsclean.plugins.bios import name_line  # noqa: E402

NAMES = ["Jane Doe", "John Roe", "Eva Muster", "Kari Nordmann"]


@pytest.mark.parametrize("line,what", [
    ("Jane Doe", "names"),
    ("Jane Doe and John Roe", "names"),
    ("Kari Nordmann og Jane Doe", "names"),
    ("Eva Muster/rbb", "names"),  # a short organisation beside the name
    ("MDR (Eva Muster, John Roe)", "names"),
    ("16:59Jane Doe", "names"),  # the head of a live-blog entry: its time stamp and author
    ("5 hours ago07:32 John Roe", "names"),
    ("10.42 Uhr Eva Muster", "names"),
    ("Jane Doe Political Correspondent", "title"),
    ("John Roe Deputy Content Hub Director", "title"),
])
def test_name_lines(line: str, what: str) -> None:
    assert name_line(line, NAMES) == what


@pytest.mark.parametrize("line", [
    "Jane Doe said the council would meet again on Monday.",
    "Jane Doe, the mayor, opened the bridge",
    "Jane Doe and the council disagree",
    "Jane Doe Says The Council Must Act Now Or Never Again",  # more words than a job title
    "Doe",  # one word names no one here
    "16:59 The bridge reopens",
])
def test_not_name_lines(line: str) -> None:
    assert name_line(line, NAMES) is None


def test_live_blog_entry_heads_go_entries_stay() -> None:
    entries = []
    for i, p in enumerate(P):
        entries += [f"1{i}:05Jane Doe", p]
    page = "\n\n".join(P[:1] + entries)
    got = removed(page, author="Jane Doe")
    assert got == [(f"1{i}:05Jane Doe", "bio") for i in range(len(P))]


def test_bio_line_led_by_a_role() -> None:
    line = "Korrespondentin Jane Doe ist bei Example News für die Landespolitik zuständig."
    assert removed("\n\n".join(P + [line, P[0]]), author="Jane Doe") == [(line, "bio")]
    # a sentence of the story that names the author after a clause is no bio
    story = "Nach der Sitzung, so Jane Doe, ist der Rat zufrieden."
    assert removed("\n\n".join(P + [story]), author="Jane Doe") == []


# --- a bio set in the header, opening the body (longform43) ---------------------

HEAD_BIO = ("Jane has been a reporter on the city desk for eight years, with a focus on transport and housing. "
            "When she is not at a council meeting she is probably on her bike.")


def test_bio_opening_the_body_goes() -> None:
    # the page sets its author's bio beside the byline, above the story: given name, then a role
    assert removed("\n\n".join([HEAD_BIO] + P), author="Jane Doe") == [(HEAD_BIO, "bio")]
    full = "Jane Doe is a correspondent covering the city's transport and its housing."
    assert removed("\n\n".join([full] + P), author="Jane Doe") == [(full, "bio")]


def test_story_opening_with_the_authors_given_name_stays() -> None:
    # no role after the name: a first-person post's opening line is the story
    opening = "Jane went to the council meeting on Tuesday and found the room half empty, as usual."
    assert removed("\n\n".join([opening] + P), author="Jane Doe") == []
    # a bio further down the body is no header bio (the tail rule judges the end only)
    assert removed("\n\n".join(P[:2] + [HEAD_BIO] + P[2:] + P), author="Jane Doe") == []
    # another name that merely starts with the given name is not the author
    other = "Janet is a reporter too, and she says the plan is late."
    assert removed("\n\n".join([other] + P), author="Jane Doe") == []
    # a verb alone ("is a", "ist") is no role in a block opening the body
    happy = "Jane is a bit late today, as the bridge is closed and the buses are full."
    assert removed("\n\n".join([happy] + P), author="Jane Doe") == []


class _Title:
    """A stand-in for the title plugin: proposes the page's title."""

    def __init__(self, title: str) -> None:
        self.title = title

    @hookimpl
    def newsclean_register_steps(self, register: "Callable[[Step], None]") -> None:
        register(Step("title", lambda doc: doc.meta.propose("title", self.title, 1.0), order=200))


def test_an_author_named_for_the_site_is_no_given_name() -> None:
    # "Example Research" wrote the page: a line opening with "Example" is the site's own pitch
    pitch = "Example is a marketplace for freelance writers and editors, with a network in forty countries."
    page = "\n\n".join([pitch] + P)
    plugins: list[object] = [bios, _Author("Example Research"), _Title("Hire the best writers | Example")]
    art = newsclean.Cleaner(plugins=plugins, entry_points=False).clean(page, input_kind="text")
    assert [r.text for r in art.removed] == []
    # the same line under another title: the given name is the author's, the line a bio
    plugins[2] = _Title("Hire the best writers")
    art = newsclean.Cleaner(plugins=plugins, entry_points=False).clean(page, input_kind="text")
    assert [r.text for r in art.removed] == [pitch]


# --- gender-neutral headings and a role label over since when (tails49) ----------

@pytest.mark.parametrize("text", ["Über die Autor:in", "Über die Autor*in", "Über die AutorIn", "Über die Autor_innen"])
def test_gender_neutral_bio_headings(text: str) -> None:
    assert is_bio_heading(text)


def test_gender_neutral_heading_and_bio_at_the_end() -> None:
    bio = "Mara schreibt seit 2021 über Verkehr und Stadtplanung für das Blatt."
    assert removed("\n\n".join(P + ["Über die Autor:in", bio])) == [("Über die Autor:in", "bio"), (bio, "bio")]


@pytest.mark.parametrize("label,since", [
    ("Redakteurin", "Seit 2018 bei der Zeitung. Schreibt über Verkehr, Wohnen und die Stadtpolitik."),
    ("Journaliste", "Depuis 2015 au service politique, elle couvre la mairie et les transports."),
    ("Editor", "Since 2020 at the desk, covering transport and city hall."),
])
def test_role_label_over_since_when(label: str, since: str) -> None:
    page = "\n\n".join(P + [label, since] + P[:2])
    assert removed(page) == [(label, "bio"), (since, "bio")]


def test_role_label_without_since_line_stays() -> None:
    page = "\n\n".join(P + ["Redakteurin", "Seither hat sich im Viertel viel verändert, sagen die Anwohner."])
    assert removed(page) == []


def _html_removed(tail: str) -> tuple[str, list[tuple[str, str]]]:
    page = ("<html><head><title>Cycling lanes approved</title></head><body><article><h1>Cycling lanes approved</h1>"
            + "".join(f"<p>{p}</p>" for p in P) + tail + "</article></body></html>")
    art = newsclean.Cleaner(plugins=[bios, _Author("Jane Doe")], entry_points=False).clean(page, input_kind="html")
    return art.text, [(r.text, r.reason) for r in art.removed if r.kind == "bio"]


BIO_LINE = "Jane Doe is a reporter covering transport and city hall for the paper."
BIO_REST = ["She holds a degree in urban planning from a university in the north of the country.",
            "When she is not reporting, she rides her bicycle along the river with her two children."]


def test_the_rest_of_an_author_box_after_its_bio_line_goes() -> None:
    box = ('<div class="author-box"><a href="/author/jane">Jane Doe</a><div class="desc">'
           + "".join(f"<p>{t}</p>" for t in [BIO_LINE, *BIO_REST]) + "</div></div>")
    text, gone = _html_removed(box)
    why = dict(gone)
    assert BIO_LINE in why and all("in the same author box" in why[t] for t in BIO_REST)
    for p in P:
        assert p in text


def test_paragraphs_after_a_bio_line_outside_its_box_stay() -> None:
    # the line naming the author stands among the article's paragraphs: what follows is the article's
    tail = f"<p>{BIO_LINE}</p>" + "".join(f"<p>{t}</p>" for t in BIO_REST)
    text, gone = _html_removed(tail)
    assert [t for t, _ in gone] == [BIO_LINE]
    for t in BIO_REST:
        assert t in text
