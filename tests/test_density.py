"""SubtreeCounts: counts in characters, and the root's text serialised once."""
from __future__ import annotations

import lxml.html

import newsclean.density as density
from newsclean.density import SubtreeCounts, nonspace_len

HTML = ("<html><body><div id='a'><p>Prose of the page, with commas.</p>"
        "<ul><li><a href='/1'>One link</a></li><li><a href='/2'>二号 链接</a></li></ul></div>"
        "<p>新闻 正文，第二段。</p></body></html>")


def _body():
    return lxml.html.fromstring(HTML).find("body")


def _counting(monkeypatch):
    """Every serialisation of an element's text (as str, or as UTF-8 bytes for the root)."""
    calls: list[object] = []
    for name in ("_text", "_text_utf8"):
        real = getattr(density, name)

        def counted(el, real=real):
            calls.append(el)
            return real(el)

        monkeypatch.setattr(density, name, counted)
    return calls


# every kind of whitespace str.split() knows (ASCII, NBSP, NEL, Ogham, en quad ... ideographic), and none
_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
_NOT_SPACES = "a中é’—\u200b\ufeff\U0001F600\u2030\u205e\u3001\xc2"


def test_utf8_counts_are_the_str_counts():
    # the page's whole text is counted on its UTF-8 bytes: the same numbers as len() and
    # nonspace_len() of its str, whatever the whitespace and however long the characters
    import random

    rng = random.Random(9)
    pool = _SPACES + _NOT_SPACES
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 24)))
        data = text.encode("utf-8")
        assert density._utf8_len(data) == len(text)
        assert density._utf8_nonspace_len(data) == nonspace_len(text) == len("".join(text.split()))


def test_root_counts_from_bytes_match_a_str_read():
    body = lxml.html.fromstring("<html><body><p>Un\u00a0texte\u3000中文，</p>\n<p>\u2003 x\u2028y</p></body></html>")
    body = body.find("body")
    text = density._text(body)
    counts = SubtreeCounts(body)
    assert counts.chars(body) == nonspace_len(text) == len("".join(text.split()))
    assert counts.reads == 2 * len(text)  # characters read, as a str read counts them


def test_root_text_read_for_the_budget_is_not_serialised_again(monkeypatch):
    body = _body()
    text = density._text(body)
    calls = _counting(monkeypatch)
    counts = SubtreeCounts(body)
    assert counts.chars(body) == nonspace_len(text) > 0
    assert calls.count(body) == 1  # the budget's read is the count's read
    assert counts.reads == 2 * len(text)  # both reads still counted: the budget sees the same numbers
    assert counts.chars(body) == nonspace_len(text)  # memoised
    assert calls.count(body) == 1


def test_root_chars_given_still_reads_the_root_when_asked(monkeypatch):
    body = _body()
    text = density._text(body)
    calls = _counting(monkeypatch)
    counts = SubtreeCounts(body, root_chars=len(text))
    assert counts.chars(body) == nonspace_len(text)
    assert calls.count(body) == 1  # not known yet: serialised for the count
    assert counts.reads == len(text)


def test_counts_of_other_elements_and_links_are_in_characters():
    body = _body()
    counts = SubtreeCounts(body)
    div = body.find("div")
    assert counts.chars(div) == nonspace_len("Prose of the page, with commas.One link二号 链接")
    assert counts.link_chars(div) == nonspace_len("One link二号 链接")
    assert counts.prose(body) == counts.chars(body) - counts.link_chars(body)


def test_link_with_child_elements_counts_all_its_text():
    # a link with children needs the whole subtree's text, a childless one only its own text
    body = lxml.html.fromstring("<html><body><p>Lead <a href='/x'>Read <b>more</b><!-- c --> here</a> "
                                "<a href='/y'>next</a> tail</p></body></html>").find("body")
    counts = SubtreeCounts(body)
    assert counts.link_chars(body) == nonspace_len("Read more here") + nonspace_len("next")


def test_nonspace_len_counts_what_str_split_leaves_ascii_or_not():
    # the ASCII fast path (a translate) must agree with "".join(s.split()), the definition
    samples = ["", " ", "word", " two  words\t\n", "a\x0bb\x0cc\rd\x1ce\x1df\x1eg\x1fh", "x\x00y\x08z",
               "caf\u00e9 au\u00a0lait", "新闻\u3000正文 第二段", "em\u2003space\u2028line\u0085end", "\x1f" * 5]
    for s in samples:
        assert nonspace_len(s) == len("".join(s.split())), repr(s)
    assert nonspace_len("a\x1cb") == 2 and nonspace_len("a\x00b") == 3  # \x1c is whitespace to str.split, NUL not


def test_link_chars_add_up_over_links_with_and_without_children():
    # the link texts are joined and counted once: the sum of each link's count
    body = lxml.html.fromstring("<html><body><div><a href='/a'>Out <span>in</span></a>"
                                "<a href='/b'>Two</a> prose text</div></body></html>").find("body")
    counts = SubtreeCounts(body)
    div = body.find("div")
    assert counts.link_chars(div) == nonspace_len("Out in") + nonspace_len("Two")
    assert counts.chars(div) == nonspace_len("Out in Two prose text")


def test_utf8_len_of_bytes_that_are_no_utf8_counts_lead_bytes():
    # lxml never serialises such bytes; were it to, the count is the old one (continuation bytes left out)
    assert density._utf8_len(b"ab\xe4\xb8") == 3
    assert density._utf8_len("中文 é".encode("utf-8")) == 4


def _counting_named_look(monkeypatch):
    """Every look for an anchor target in a tree."""
    looks: list[object] = []
    real = density._TARGET

    def counted(el):
        looks.append(el)
        return real(el)

    monkeypatch.setattr(density, "_TARGET", counted)
    return looks


def test_an_instance_on_the_same_root_takes_the_earlier_link_query(monkeypatch):
    # the hidden and chrome steps each count on the body: the second does not look for named anchors
    # again, and counts the same link characters (no named anchor: every <a> is a link)
    looks = _counting_named_look(monkeypatch)
    body = _body()
    first = SubtreeCounts(body)
    assert first.link_chars(body) == nonspace_len("One link二号 链接")
    second = SubtreeCounts(body, root_chars=first)
    assert second.link_chars(body) == first.link_chars(body)
    assert second.link_chars(body.find("div")) == nonspace_len("One link二号 链接")
    assert len(looks) == 1


def test_a_named_anchor_found_earlier_stays_no_link_for_the_next_instance(monkeypatch):
    # an <a name> left open over the text after it is no link, for the instance that found it and
    # for the next one on the same root, even once the anchor has gone from the tree
    looks = _counting_named_look(monkeypatch)
    body = lxml.html.fromstring("<html><body><div><a name='top'>Opening words of the text</a>"
                                "<a href='/x'>A real link</a></div><p>More prose here.</p></body></html>"
                                ).find("body")
    first = SubtreeCounts(body)
    assert first.link_chars(body) == nonspace_len("A real link")
    body.find("div").remove(body.find("div/a[@name]"))
    second = SubtreeCounts(body, root_chars=first)
    assert second.link_chars(body) == nonspace_len("A real link")
    assert len(looks) == 1


def test_an_instance_on_another_root_looks_for_itself(monkeypatch):
    looks = _counting_named_look(monkeypatch)
    body = _body()
    first = SubtreeCounts(body)
    first.link_chars(body)
    div = body.find("div")
    other = SubtreeCounts(div, root_chars=first)
    assert other.link_chars(div) == nonspace_len("One link二号 链接")
    assert len(looks) == 2


def test_the_look_for_an_anchor_target_finds_only_anchors_that_are_no_link():
    # the plain link query is kept unless some <a> is no link: an <a id> opening with a label of its
    # own, or one a script drives, is still a link; an <a name> or an empty <a id> without href is not
    def holds(html: str) -> bool:
        return density._TARGET(lxml.html.fromstring(f"<html><body>{html}</body></html>"))

    assert not holds("<p><a href='/a'>Go</a> and <a>placeholder</a> text</p>")
    assert not holds("<p><a id='close'>Close</a> <a id='menu' role='button'></a> <a id='x' onclick='f()'></a></p>")
    assert not holds("<p><a id='next' data-href='/n'></a> <a name='n' href='/m'>More</a></p>")
    assert holds("<p><a id='sec2'></a>Section two</p>")
    assert holds("<p><a name='top'>Opening words of the text</a></p>")
    assert density._TARGET(lxml.html.fromstring("<div><a id='frag'></a></div>").find("a"))  # the root itself
