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
    calls: list[object] = []
    real = density._text

    def counted(el):
        calls.append(el)
        return real(el)

    monkeypatch.setattr(density, "_text", counted)
    return calls


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
