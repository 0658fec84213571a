"""``squeezed`` (the locator's repeats): the same answer as removing every whitespace character."""
import sys

from newsclean.locator import squeezed

# every whitespace character Python splits on, and printable/non-printable characters that are not whitespace
_WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
_TRICKY = ["", " ", "  ", "a", "A b", " lead", "trail ", "a  b", "\t", "a\tb", "a\nb c", "\x1c\x1d\x1e\x1f",
           "x\x1fy", "a\xa0b", "a\u2028b", "a\u3000b", "\u200b", "a\u200bb", "a\xadb", "\ufeffa", "\x00 a",
           "Straße  ÉTÉ", "İstanbul", "新闻 报道\u3000今天", "ΣΟΦΊΑ ς", "a \x85b", " \x0b\x0c\r ",
           "a\u205fb\u1680c\u180ed"] + [f"x{w}y" for w in _WHITESPACE] + [f"{w} z " for w in _WHITESPACE]


def test_squeezed_removes_every_whitespace_and_lowers():
    for text in _TRICKY:
        assert squeezed(text) == "".join(text.split()).lower(), repr(text)


def test_squeezed_keeps_non_whitespace_format_characters():
    assert squeezed("A\u200bB\xadC") == "a\u200bb\xadc"
    assert squeezed("A\u00a0B \u3000C") == "abc"
