"""Hostile inputs of issue 10: linear text paths, invalid character references,
pages whose text the loader used to lose, and bad arguments.

No test times anything: a super-linear path shows as a test that does not
finish (the inputs here took minutes before the fixes); ``bench/hostile.py``
prints the figures.
"""
from __future__ import annotations

import pytest

import newsclean
from newsclean import InputError
from newsclean.lines import _URL, has_address, line_shape
from newsclean.load import fix_char_refs

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods.")
ZH = "新建的步行桥周六上午正式开放中午之前已有数百名市民走过工程师说这座桥在洪水期间也能保持通行"


@pytest.fixture(scope="module")
def cleaner() -> newsclean.Cleaner:
    return newsclean.Cleaner()


def bare(body: str) -> str:
    return f"<html><head><title>Footbridge</title></head><body>{body}</body></html>"


def not_lost(article: newsclean.Article, snippet: str) -> bool:
    return snippet in article.text or any(snippet in r.text for r in article.removed)


# ---------------------------------------------------------------------------
# the e-mail / address test
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("write to a@b.com today", True),
    ("请联系 zhang@xinhua.net 获取", True),
    ("a@sub-1.mail.cn", True),
    ("see http://x", True),
    ("WWW.Example.com", True),
    ("@foo.com alone", False),  # nothing before the @
    ("a@b", False),
    ("据@人民日报消息，增长3.5%", False),  # a mention, not an address
    ("no address here.", False),
])
def test_has_address(text: str, expected: bool) -> None:
    assert has_address(text) is expected


def test_address_pattern_has_only_bounded_repeats() -> None:
    # Every repeat is bounded or a single character class after a literal anchor:
    # no unbounded "\S+" on either side of the "@" (the quadratic shape).
    assert "\\S+" not in _URL.pattern and "\\S*" not in _URL.pattern


@pytest.mark.parametrize("unit", ["据@人民日报" + ZH, "见://" + ZH, "www" + ZH, "@", "a@b", "a@b-"])
def test_address_search_on_long_space_free_runs(unit: str) -> None:
    # 300 K characters without a space: took minutes (quadratic, cubic for "@" runs).
    text = (unit * (300_000 // len(unit) + 1))[:300_000]
    assert has_address(text) is False
    assert line_shape(text).url is False


def test_long_zh_paragraph_with_mention_is_cleaned(cleaner: newsclean.Cleaner) -> None:
    para = ("据@人民日报" + ZH) * 4000  # about 200 K characters
    art = cleaner.clean(bare(f"<p>{STORY}</p><p>{para}</p>"))
    assert not_lost(art, STORY) and not_lost(art, para[:100])
    art = cleaner.clean(f"Footbridge\n\n{STORY}\n\n{para}\n", input_kind="text")
    assert not_lost(art, para[:100])


# ---------------------------------------------------------------------------
# invalid character references
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("ref, expected", [
    (b"&#0;", b"&#xFFFD;"), (b"&#x0;", b"&#xFFFD;"), (b"&#xD800;", b"&#xFFFD;"), (b"&#57343;", b"&#xFFFD;"),
    (b"&#1114112;", b"&#xFFFD;"), (b"&#x110000;", b"&#xFFFD;"), (b"&#99999999999999999999;", b"&#xFFFD;"),
    (b"&#1;", b""), (b"&#x1F;", b""), (b"&#xFFFE;", b""), (b"&#65535;", b""), (b"&#11;", b"\n"),
    (b"&#65;", b"&#65;"), (b"&#x4e2d;", b"&#x4e2d;"), (b"&#9;", b"&#9;"), (b"&#128;", b"&#128;"),
    (b"&#0000065;", b"&#0000065;"), (b"&#x0", b"&#xFFFD;"),
])
def test_fix_char_refs(ref: bytes, expected: bytes) -> None:
    assert fix_char_refs(b"a" + ref + b" z") == b"a" + expected + b" z"


def test_invalid_char_refs_never_raise(cleaner: newsclean.Cleaner) -> None:
    refs = "&#0;&#xD800;&#1114112;&#x110000;&#1;&#x1F;&#xFFFE;&#99999999999;&#xDFFF;&#12;"
    # big enough that the loader bounds text nodes and attributes (which set lxml strings)
    page = bare(f'<p title="{refs * 5000}">{STORY}</p><p>{refs * 30000}</p>')
    art = cleaner.clean(page)
    assert STORY in art.text
    assert not any(c in art.text for c in "\x00\x01\x1f\ufffe")
    art = cleaner.clean(bare(f"<p>{STORY}{refs}</p>"))
    assert "\ufffd" in art.text and "\x01" not in art.text


# ---------------------------------------------------------------------------
# text the loader used to lose
# ---------------------------------------------------------------------------

def test_comment_left_open_does_not_hide_the_rest(cleaner: newsclean.Cleaner) -> None:
    art = cleaner.clean(bare(f"<p>{ZH}</p><!-- ad slot <div><p>{STORY}</p></div>"))
    assert STORY in art.text
    assert any("never closed" in n for n in art.notes)
    art = cleaner.clean("<!-- header " + bare(f"<p>{STORY}</p>"))
    assert STORY in art.text


def test_closed_and_trailing_comments_unchanged(cleaner: newsclean.Cleaner) -> None:
    art = cleaner.clean(bare(f"<!-- one --><p>{STORY}</p><!-- two -->"))
    assert STORY in art.text and not any("never closed" in n for n in art.notes)
    art = cleaner.clean(bare(f"<p>{STORY}</p>") + "<!-- trailing text only")
    assert STORY in art.text and not any("never closed" in n for n in art.notes)


def test_article_inside_noscript_is_read(cleaner: newsclean.Cleaner) -> None:
    art = cleaner.clean(bare(f"<noscript><article><p>{STORY}</p><p>{ZH}</p></article></noscript>"))
    assert STORY in art.text
    assert any("<noscript>" in n for n in art.notes)


def test_small_noscript_stays_hidden(cleaner: newsclean.Cleaner) -> None:
    art = cleaner.clean(bare(f"<noscript>Please enable JavaScript.</noscript><p>{STORY}</p><p>{STORY}</p>"))
    assert "enable JavaScript" not in art.text and STORY in art.text
    assert not any("<noscript>" in n for n in art.notes)


def test_big_noscript_beside_a_bigger_page_is_noted(cleaner: newsclean.Cleaner) -> None:
    art = cleaner.clean(bare(f"<noscript><p>{STORY}</p><p>{ZH}</p></noscript>" + f"<p>{STORY} {ZH}</p>" * 3))
    assert any("inside <noscript> were not read" in n for n in art.notes)


# ---------------------------------------------------------------------------
# arguments
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("url", [b"https://news.example/a", 123, ["https://a"]])
def test_url_of_wrong_type_is_input_error(url: object) -> None:
    with pytest.raises(InputError) as e:
        newsclean.clean(bare(f"<p>{STORY}</p>"), url=url)  # type: ignore[arg-type]
    assert e.value.code == "bad_type" and "url" in str(e.value)


def test_long_attribute_values_are_cut_on_small_pages() -> None:
    from newsclean.load import load
    from newsclean.options import Options

    page = bare(f'<p title="{"(" * 5000}">{STORY}</p>').replace("<head>", f'<head><meta name="author" content="{"(" * 5000}">')
    doc = load(page, None, Options(max_attr_chars=1000))
    assert len(doc.tree.find(".//meta").get("content")) == 1000
    assert len(doc.tree.find(".//p").get("title")) == 1000
    assert any("max_attr_chars" in n for n in doc.notes)
    doc = load(bare(f'<p title="short">{STORY * 20}</p>'), None, Options(max_attr_chars=1000))
    assert not any("max_attr_chars" in n for n in doc.notes)


def test_author_meta_of_parentheses_is_bounded(cleaner: newsclean.Cleaner) -> None:
    # 100 KB of "(" in the author <meta>: the value is cut before any plugin splits it
    page = bare(f"<p>{STORY}</p>").replace("<head>", f'<head><meta name="author" content="{"(" * 100_000}">')
    art = cleaner.clean(page)
    assert STORY in art.text and any("max_attr_chars" in n for n in art.notes)


def test_comment_opener_inside_a_script_is_left_alone(cleaner: newsclean.Cleaner) -> None:
    page = bare(f'<script>document.write("<!--");</script><p>{STORY}</p>')
    art = cleaner.clean(page)
    assert STORY in art.text and not any("never closed" in n for n in art.notes)


@pytest.mark.parametrize("page, expected", [
    (b'<p title="' + b"a" * 2000 + b'">x</p>', True),
    (b"<p title = '" + b"a" * 2000 + b"'>x</p>", True),
    (b"<meta content=" + b"(" * 2000 + b">", True),
    (b"<p>" + "中".encode() * 1000 + b"</p>", False),  # long text, no attribute
    (b"<script>" + b"a=1;" * 600 + b"</script>", False),  # long code, no attribute
    (b'<p class="a">' + b"x" * 3000 + b'</p><p class="b">y</p>', False),  # the quote closes an attribute
])
def test_may_hold_long_attr(page: bytes, expected: bool) -> None:
    from newsclean.load import _may_hold_long_attr

    assert _may_hold_long_attr(page, 1000) is expected


# ---------------------------------------------------------------------------
# robust46: the role glued to a name, on a long word of glues
# ---------------------------------------------------------------------------

def test_role_glued_to_a_long_word_of_glues() -> None:
    from newsclean.authors import _role_end_more, strip_role

    # one pattern tried from every glue re-read the word each time: 40 K characters took minutes
    word = "aZ" * 150_000
    assert _role_end_more(f"Jane {word} Staff Writerx") == -1
    assert strip_role(f"Jane {word}") == f"Jane {word}"
    name = f"Jane {word}Staff Writer"
    assert _role_end_more(name) == 6  # the first glue of the word that runs on to the role
    assert strip_role("Lucy ThorntonNews Reporter") == "Lucy Thornton"
    assert strip_role("Martí Abad (Enviado especial)") == "Martí Abad"


def test_role_end_more_is_the_leftmost_of_both_forms() -> None:
    import random
    import re

    from newsclean import authors

    # the one pattern the helper replaced, kept here as the reference of what it finds
    old = re.compile(rf"(?:(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ]))(?:[^\W\d_]+\s+){{1,2}}(?:{authors._ROLE_ALT})"
                     rf"|\s*\((?:{authors._ROLE_ALT})\))\.?\s*$", re.I)
    rnd = random.Random(46)
    pieces = list(authors._ROLES) + ["Jane", "Doe", "aZ", "xÀ", "÷", "×", " ", "\n", ", ", "(", ")", ".", "1", "é"]
    hits = 0
    for _ in range(4000):  # (more draws than roles of one language: a draw of many roles seldom ends in one)
        v = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        for w in (v, v.title(), v.replace(" ", "")):
            m = old.search(w)
            assert authors._role_end_more(w) == (-1 if m is None else m.start()), w
            hits += m is not None
    assert hits > 50


# ---------------------------------------------------------------------------
# robust46: site addresses on words of many dashes or dots
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["a-", "-中", "a.", "a.a-"])
def test_strip_addresses_on_a_long_word_of_parts(unit: str) -> None:
    from newsclean.headerlines import strip_addresses

    # URL.sub tried the name form from every part of the word: 2,000 characters took a second
    word = (unit * 200_000)[:200_000]
    assert strip_addresses(f"x {word}. y") == f"x {word}. y"
    assert strip_addresses(f"x {word.rstrip('.-')}.com/a y") in ("x   y", "x -  y")  # (a word opening with "-" keeps it)


def test_strip_addresses_is_url_sub() -> None:
    import random

    from newsclean import headerlines
    from newsclean.headerlines import URL, strip_addresses

    rnd = random.Random(46)
    pieces = ["a", "b1", "-", ".", "..", "com", "CN", "co", "http://", "HTTPS://", "www.", "WWW", ":", "/", " ", "\n",
              "中", "-中", "_", "é", "x.org", "tv", "ccc", ".hk", "\u3000"]
    changed = 0
    for _ in range(20000):
        v = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        want = URL.sub(" ", v)
        assert strip_addresses(v) == want and headerlines._strip_each_word(v) == want, v
        changed += want != v
    assert changed > 5000
    assert strip_addresses("来源：www.example.com 记者 张三 2024-03-05 news.example.cn/a/b-c-d-e") == "来源：  记者 张三 2024-03-05  "


# ---------------------------------------------------------------------------
# regex47: reference labels after a long lead of dashes, bullets and brackets
# ---------------------------------------------------------------------------

def _old_reference_label() -> "re.Pattern[str]":
    """The one pattern the content plugin's ``_reference_label`` replaced (lead and labels together)."""
    import re

    from newsclean.plugins import content

    return re.compile(r"^[\s\[【(\-\u2013\u2014\u2022\u00b7\u00bb\u203a>]*" + content._REFERENCE_TERMS.pattern, re.I)


def test_reference_label_is_the_old_pattern() -> None:
    import random

    from newsclean.plugins import content

    old = _old_reference_label()
    rnd = random.Random(47)
    pieces = ["Read more", "read MORE", "Lire aussi", "相关阅读", "Related", " ", "\u3000", "-", "–", "—", "•", "·", "»",
              "›", ">", "[", "【", "(", ":", "x", "s", "1", "\n", "é"]
    # the labels are tried only where the lead ends: right when no label opens with a character of the lead
    from newsclean.plugins.vocab import terms
    from newsclean.plugins.vocab.related import INLINE_LABELS, INLINE_LABELS_EN, INLINE_LABELS_ZH

    labels = INLINE_LABELS_ZH + INLINE_LABELS_EN + terms(INLINE_LABELS)
    assert labels and not [t for t in labels if content._REFERENCE_LEAD.match(t).end()]
    hits = 0
    for _ in range(20000):
        v = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        want = old.match(v) is not None
        assert content._reference_label(v) is want, v
        hits += want
    assert hits > 1000


def test_reference_label_tries_the_labels_once_after_a_long_lead() -> None:
    from newsclean.plugins import content

    calls: list[int] = []
    real = content._REFERENCE_TERMS

    class Counting:
        """The labels' pattern, counting where it is tried."""

        def match(self, text: str, pos: int = 0) -> object:
            calls.append(pos)
            return real.match(text, pos)

    lead = "- > • " * 50_000
    content._REFERENCE_TERMS = Counting()  # type: ignore[assignment]
    try:
        assert content._reference_label(lead + "Read more: a story")
        assert not content._reference_label(lead + "A story")
    finally:
        content._REFERENCE_TERMS = real
    assert calls == [len(lead), len(lead)]  # (the old pattern tried the labels at each of the lead's characters)


# ---------------------------------------------------------------------------
# regex47: edit-link addresses holding many "section=" parts
# ---------------------------------------------------------------------------

def test_edit_href_is_the_edit_href_pattern() -> None:
    import random

    from newsclean.plugins import editlinks

    rnd = random.Random(47)
    pieces = ["?", "&", "section=", "SECTION=", "1", "12", "action=edit", "ACTION=Edit", "action=submit", "veaction=edit",
              "/edit", "/edit/", "#", "\n", "x", "=", "?section=1&action=edi", "t", " "]
    hits = 0
    for _ in range(30000):
        v = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        want = editlinks.EDIT_HREF.search(v) is not None
        assert editlinks.edit_href(v) is want, v
        hits += want
    assert 5000 < hits < 25000


def test_edit_href_tries_each_line_once() -> None:
    from newsclean.plugins import editlinks

    tried: list[int] = []
    real = editlinks._ACTION_EDIT

    class Counting:
        """The "action=edit" pattern, counting where it is looked for."""

        def search(self, text: str, pos: int, end: int) -> object:
            tried.append(pos)
            return real.search(text, pos, end)

    href = "/w/index.php" + "?section=1" * 20_000  # (the pattern's ".*" ran to the end from each of them)
    editlinks._ACTION_EDIT = Counting()  # type: ignore[assignment]
    try:
        assert not editlinks.edit_href(href)
        assert editlinks.edit_href(href + "#action=edit")
        assert not editlinks.edit_href(href + "\naction=edit")  # (not on the section's line)
    finally:
        editlinks._ACTION_EDIT = real
    assert tried == [22] * 3  # (right after the first "?section=1": once a line)
    page = ('<h2>History <span>[<a href="/w/index.php?title=X&amp;section=2&amp;action=edit">edit</a>]</span></h2>'
            '<p>' + "The valley's mills ground grain for three centuries before the railway came. " * 4 + '</p>')
    from newsclean import clean

    art = clean(page)
    assert any(r.kind == "edit-link" for r in art.removed) and "edit" not in art.text.split()


# ---------------------------------------------------------------------------
# regex47: a member's join label after a long lead of marks (board post stamps)
# ---------------------------------------------------------------------------

def test_joined_labels_after_lead_are_the_old_patterns() -> None:
    import random
    import re

    from newsclean.plugins.declared import threadshape as ts
    from newsclean.plugins.vocab import terms
    from newsclean.plugins.vocab.counters import MEMBER_SINCE

    # the two patterns replaced: the lead and the labels in one, tried from the text's start
    old_opens = re.compile(r"^\W*" + ts._JOINED + r"(?!\w)", re.I)
    old_alone = re.compile(r"^\W*" + ts._JOINED + r"\W*$", re.I)
    labels = terms(MEMBER_SINCE)
    assert labels and not [t for t in labels if ts._NOT_WORD_LEAD.match(t).end()]  # (no label opens with a mark)
    rnd = random.Random(47)
    pieces = list(labels[:12]) + ["Joined", "JOINED", " ", "·", ":", "-", "(", "2017", "x", "\n", "é", "_", "Mar"]
    hits = 0
    for _ in range(20000):
        v = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        for old, new in ((old_opens, ts._JOINED_OPENS), (old_alone, ts._JOINED_ALONE)):
            want = old.search(v) is not None
            assert ts._after_lead(new, v) is want, v
            hits += want
    assert hits > 2000


def test_joined_label_is_tried_once_after_a_long_lead() -> None:
    from newsclean.plugins.declared import threadshape as ts

    tried: list[int] = []

    class Counting:
        """A label pattern, counting where it is tried."""

        def __init__(self, real: object) -> None:
            self.real = real

        def match(self, text: str, pos: int = 0) -> object:
            tried.append(pos)
            return self.real.match(text, pos)  # type: ignore[attr-defined]

    lead = "· - " * 50_000
    assert ts._after_lead(Counting(ts._JOINED_ALONE), lead + "Joined ·")  # type: ignore[arg-type]
    assert not ts._after_lead(Counting(ts._JOINED_OPENS), lead + "Posted 3 May 2021")  # type: ignore[arg-type]
    assert tried == [len(lead)] * 2  # (the old "^\W*" tried the labels at every character of the lead)


# ---------------------------------------------------------------------------
# hostile48: a grid of thousands of alike cards (the card test counted each
# card's siblings once per card)
# ---------------------------------------------------------------------------

def test_child_kinds_counts_a_parents_children_once_by_tag_and_class() -> None:
    import lxml.html

    from newsclean.plugins.container.inside import _child_kinds

    parent = lxml.html.fragment_fromstring(
        "<div><p class='a'>1</p><!-- c --><p class='a'>2</p><p>3</p><span class='a'>4</span></div>")
    kinds: dict = {}
    got = _child_kinds(parent, kinds)
    for ch in parent:
        key = (ch.tag, ch.get("class"))
        assert got[key] == sum(1 for o in parent if (o.tag, o.get("class")) == key)
    assert got[("p", "a")] == 2 and got[("p", None)] == 1
    assert _child_kinds(parent, kinds) is got  # (read once per parent)


def test_every_card_of_a_long_grid_is_found() -> None:
    import lxml.html

    from newsclean.blocks import html_blocks
    from newsclean.plugins.container.inside import cards_inside
    from newsclean.plugins.container.scoring import _Feat

    cards = "".join(f"<div class='card'><h3><a href='/s{i}'>Teaser headline {i}</a></h3></div>" for i in range(400))
    root = lxml.html.document_fromstring(
        f"<html><body><div id='c'><h1>Footbridge</h1><p>{STORY}</p><p>{STORY}</p>{cards}<p>{STORY}</p></div>"
        "</body></html>")
    blocks, _ = html_blocks(root)
    feats = [_Feat(b) for b in blocks]
    got = cards_inside(feats, root.get_element_by_id("c"))
    assert got == {id(f) for f in feats if f.block.text.startswith("Teaser headline")}
    assert len(got) == 400


# ---------------------------------------------------------------------------
# teasers:media: the running-time search reads an element's text only up to its cap
# ---------------------------------------------------------------------------

def test_joined_upto_is_the_join_or_none_past_the_cap() -> None:
    from lxml import html as lxml_html

    from newsclean.plugins.teasers import _joined_upto

    el = lxml_html.fromstring("<div> <span>Video </span> 2:34 <b> min</b></div>")
    assert _joined_upto(el, 32) == "Video 2:34 min"
    assert _joined_upto(el, len("Video 2:34 min")) == "Video 2:34 min"
    assert _joined_upto(el, len("Video 2:34 min") - 1) is None
    assert _joined_upto(lxml_html.fromstring("<p>  </p>"), 5) == ""


def test_thousands_of_clock_lines_in_one_body(cleaner: newsclean.Cleaner) -> None:
    # every line holds a clock: the search for a clip's running time climbed from each to the body and
    # joined the whole body's text there, once per line (quadratic; minutes for 10,000 lines)
    page = bare("<h1>Footbridge</h1>" + "<p>2025-09-08 00:41:55 来源：某报</p>" * 10_000 + f"<p>{STORY}</p>")
    article = cleaner.clean(page)
    assert not_lost(article, "The river authority opened the new footbridge")
