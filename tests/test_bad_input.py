"""Bad input ends as documented in docs/errors.md, never as a crash or a hang.

Every case ends in exactly one of two ways:

* :class:`newsclean.InputError` with a stable ``code`` (the input is not a
  page: empty, binary, undecodable, too large, not a page type);
* an Article (maybe empty, then its ``notes`` say why) - and no text of the
  page is lost silently: what is not in the article is in ``removed``.

No test asserts time; ``pytest --durations=0`` shows each finishes well under 2 s.
"""
from __future__ import annotations

import gzip
import io
import pickle
import random
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Callable

import pytest

import newsclean
from newsclean import InputError
from newsclean.cli import main

STORY = ("The river authority opened the new footbridge on Saturday morning, and hundreds of people "
         "crossed it before noon. Engineers said the bridge was designed to stay open during floods.")
ZH_STORY = "新建的步行桥周六上午正式开放，中午之前已有数百名市民走过。工程师说，这座桥在洪水期间也能保持通行。"


@pytest.fixture(scope="module")
def full() -> newsclean.Cleaner:
    return newsclean.Cleaner()


@pytest.fixture(scope="module")
def bare() -> newsclean.Cleaner:
    return newsclean.Cleaner(entry_points=False)


def html(body: str) -> str:
    return f"<html><head><title>Footbridge</title></head><body>{body}</body></html>"


def not_lost(article: newsclean.Article, snippet: str) -> bool:
    """The snippet is in the article or recorded as removed: never dropped silently."""
    return snippet in article.text or any(snippet in r.text for r in article.removed)


# ---------------------------------------------------------------------------
# inputs that are not pages: InputError with a stable code
# ---------------------------------------------------------------------------

def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("page.html", html(f"<p>{STORY}</p>"))
    return buf.getvalue()


def _random(n: int, lo: int = 0, hi: int = 256) -> bytes:
    rnd = random.Random(n + lo)
    return bytes(rnd.randrange(lo, hi) for _ in range(n))


NOT_PAGES: dict[str, tuple[Callable[[], Any], str]] = {
    "empty bytes": (lambda: b"", "empty"),
    "empty str": (lambda: "", "empty"),
    "whitespace bytes": (lambda: b" \t\r\n \n", "empty"),
    "whitespace str (unicode spaces)": (lambda: " \u3000\u00a0\n\t\u2028", "empty"),
    "only a UTF-8 BOM": (lambda: b"\xef\xbb\xbf", "empty"),
    "only NUL bytes": (lambda: b"\x00" * 1000, "binary"),
    "PDF": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + _random(4000), "binary"),
    "JPEG": (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _random(4000), "binary"),
    "PNG": (_png, "binary"),
    "ZIP (a page inside)": (_zip, "binary"),
    "ELF executable": (lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + _random(4000), "binary"),
    "random bytes": (lambda: _random(20000), "binary"),
    "random high bytes (no charset reads them)": (lambda: _random(20000, 128, 256), "undecodable"),
    "UTF-16 BOM then binary": (lambda: b"\xff\xfe" + b"\x01\x00\x02\x00\x03\x00" * 500, "binary"),
    "corrupt gzip": (lambda: b"\x1f\x8b\x08\x00" + _random(2000), "binary"),
    "gzip bomb": (lambda: gzip.compress(b"<p>" + b"a" * (8 * 1024 * 1024)), "too_large"),
    "int": (lambda: 42, "bad_type"),
    "None": (lambda: None, "bad_type"),
    "dict": (lambda: {"html": "<p>x</p>"}, "bad_type"),
    "list": (lambda: ["<p>x</p>"], "bad_type"),
    "float": (lambda: 1.5, "bad_type"),
    "file object": (lambda: io.BytesIO(b"<p>x</p>"), "bad_type"),
}


@pytest.mark.parametrize("name", list(NOT_PAGES))
def test_not_a_page_raises_input_error(full: newsclean.Cleaner, name: str) -> None:
    make, code = NOT_PAGES[name]
    opts = {"max_bytes": 4 * 1024 * 1024} if name == "gzip bomb" else {}
    cleaner = newsclean.Cleaner(**opts) if opts else full
    with pytest.raises(InputError) as e:
        cleaner.clean(make())
    assert type(e.value) is InputError
    assert e.value.code == code, str(e.value)
    assert e.value.code in InputError.CODES
    assert str(e.value) and "\n" not in str(e.value)


def test_too_large_is_refused_before_any_work() -> None:
    with pytest.raises(InputError) as e:
        newsclean.clean(b"<p>" + b"x" * 5000, max_bytes=1000)
    assert e.value.code == "too_large"
    with pytest.raises(InputError) as e:
        newsclean.clean("<p>" + "x" * 5000, max_bytes=1000)
    assert e.value.code == "too_large"


def test_input_error_is_a_value_error_and_pickles() -> None:
    err = InputError("binary", "page is a PDF document")
    assert isinstance(err, ValueError) and isinstance(err, newsclean.NewscleanError)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is InputError and back.code == "binary" and str(back) == str(err)


# ---------------------------------------------------------------------------
# pages that are strange but readable: an article, nothing lost silently
# ---------------------------------------------------------------------------

def test_nul_bytes_and_control_characters(full: newsclean.Cleaner, bare: newsclean.Cleaner) -> None:
    page = html(f"<p>{STORY[:60]}\x00{STORY[60:]}\x01\x02\x1b</p>").encode("utf-8")
    assert STORY in bare.clean(page).text
    assert not_lost(full.clean(page), STORY)


def test_lone_surrogates_and_noncharacters_in_str(full: newsclean.Cleaner, bare: newsclean.Cleaner) -> None:
    page = html(f"<p>{STORY}\ud800\udfff\ufffe</p><p>{ZH_STORY}\udc80</p>")
    art = bare.clean(page)
    assert STORY in art.text and ZH_STORY in art.text and "\ud800" not in art.text
    art = full.clean(page)
    assert not_lost(art, ZH_STORY)
    art.to_json()  # the article serialises


@pytest.mark.parametrize("label", ["x-nonsense", "utf-7", "", "utf-16", "gb2312\x00", "'\"<>"])
def test_bogus_charset_declarations(full: newsclean.Cleaner, label: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body><p>{ZH_STORY}</p></body></html>'
    art = full.clean(page.encode("utf-8"))
    assert not_lost(art, ZH_STORY)


def test_undecodable_bytes_inside_a_page(bare: newsclean.Cleaner) -> None:
    page = html(f"<p>{STORY}</p><p>\xff\xfe\x80\x81 broken</p><p>{ZH_STORY}</p>").encode("utf-8")
    page = page.replace("ÿþ".encode("utf-8"), b"\xff\xfe").replace("\x80\x81".encode("utf-8"), b"\x80\x81")
    art = bare.clean(page)
    assert STORY in art.text and ZH_STORY in art.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_and_without_bom(bare: newsclean.Cleaner, codec: str) -> None:
    art = bare.clean(html(f"<p>{STORY}</p><p>{ZH_STORY}</p>").encode(codec))
    assert STORY in art.text and ZH_STORY in art.text


def test_truncated_multibyte_sequences(bare: newsclean.Cleaner) -> None:
    for codec in ("utf-8", "gb18030"):
        data = (html(f"<p>{ZH_STORY}</p>") + ZH_STORY).encode(codec)
        art = bare.clean(data[:-1])
        assert ZH_STORY in art.text and "\ufffd" not in art.text


@pytest.mark.parametrize("depth", [5_000, 100_000])
def test_deep_nesting_keeps_the_deep_text(full: newsclean.Cleaner, bare: newsclean.Cleaner, depth: int) -> None:
    page = html("<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth + f"<p>{ZH_STORY}</p>")
    art = bare.clean(page)
    assert STORY in art.text and ZH_STORY in art.text
    assert any("tags past depth" in n for n in art.notes)
    art = full.clean(page)
    assert not_lost(art, STORY) and not_lost(art, ZH_STORY)


def test_deep_unclosed_inline_tags(bare: newsclean.Cleaner) -> None:
    page = html("<p>" + "<b><i>" * 50_000 + STORY)
    assert STORY in bare.clean(page).text


def test_30mb_text_node(full: newsclean.Cleaner) -> None:
    page = html(f"<p>{STORY}</p><p>" + "lorem ipsum " * 2_600_000 + "</p>")
    art = full.clean(page)
    assert not_lost(art, STORY)
    assert any("max_block_chars" in n for n in art.notes)
    assert all(len(p.text) <= full.options.max_block_chars for p in art.paragraphs)


def test_30mb_attribute(full: newsclean.Cleaner) -> None:
    page = html(f'<p class="{"a b " * 7_500_000}">{STORY}</p>')
    art = full.clean(page)
    assert not_lost(art, STORY)
    assert any("max_attr_chars" in n for n in art.notes)


def test_billion_laughs_is_never_expanded(full: newsclean.Cleaner, bare: newsclean.Cleaner) -> None:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    page = f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]><html><body><p>{STORY} &lol9;</p></body></html>'
    for data in (page, page.encode("utf-8")):
        art = bare.clean(data)
        assert STORY in art.text and "lollol" not in art.text and len(art.text) < 2 * len(STORY)
        assert "ENTITY" not in art.text
        assert "lollol" not in full.clean(data).text


def test_external_entities_are_never_fetched(bare: newsclean.Cleaner, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    page = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>'
            f'<html><body><p>{STORY} &xxe; &net;</p></body></html>')
    for data in (page, page.encode("utf-8")):
        art = bare.clean(data)
        assert STORY in art.text and "TOP-SECRET" not in art.text


def test_external_dtd_and_xinclude_are_ignored(bare: newsclean.Cleaner, tmp_path: Path) -> None:
    secret = tmp_path / "inc.html"
    secret.write_text("<p>INCLUDED-SECRET</p>")
    page = (f'<!DOCTYPE html SYSTEM "file://{secret}"><html xmlns:xi="http://www.w3.org/2001/XInclude">'
            f'<body><p>{STORY}</p><xi:include href="file://{secret}"/></body></html>')
    art = bare.clean(page)
    assert STORY in art.text and "INCLUDED-SECRET" not in art.text


def test_tables_with_huge_spans(full: newsclean.Cleaner, bare: newsclean.Cleaner) -> None:
    rows = "".join('<tr><td colspan="1000000" rowspan="1000000">cell</td><td colspan="-5">x</td></tr>'
                   for _ in range(50))
    page = html(f"<table>{rows}</table><p>{STORY}</p>")
    assert STORY in bare.clean(page).text
    assert not_lost(full.clean(page), STORY)


def test_unclosed_and_misnested_tags(full: newsclean.Cleaner, bare: newsclean.Cleaner) -> None:
    page = ("<html><body><div><p>" + STORY + "<table><tr><td><b><i>x</b></i></p></div></span>"
            + "<div><p>open<a href='x'>link<ul><li>one<li>two" * 2000 + "<p>" + ZH_STORY)
    art = bare.clean(page)
    assert STORY in art.text and ZH_STORY in art.text
    art = full.clean(page)
    assert not_lost(art, ZH_STORY)


def test_100k_sibling_elements(full: newsclean.Cleaner) -> None:
    page = html(f"<p>{STORY}</p>" + "<span>x</span>" * 100_000 + "<i></i>" * 100_000)
    art = full.clean(page)
    assert not_lost(art, STORY)
    assert any("max_nodes" in n for n in art.notes)  # the walk stopped at the limit, and says so


def test_100k_sibling_blocks_in_the_core(bare: newsclean.Cleaner) -> None:
    art = bare.clean(html(f"<p>{STORY}</p><ul>" + "<li>item</li>" * 100_000 + "</ul>"))
    assert art.paragraphs[0].text == STORY
    assert len(art.paragraphs) <= bare.options.max_nodes


def test_one_element_with_100k_attributes(full: newsclean.Cleaner) -> None:
    attrs = " ".join(f"a{i}='{i}'" for i in range(100_000))
    art = full.clean(html(f"<p {attrs}>{STORY}</p>"))
    assert not_lost(art, STORY)


def test_a_million_lt_signs_and_a_huge_tag_name(full: newsclean.Cleaner) -> None:
    art = full.clean(html(f"<p>{STORY}</p>" + "<" * 1_000_000 + "<" + "x" * 1_000_000 + ">"))
    assert not_lost(art, STORY)


def test_huge_single_line_text_dump(full: newsclean.Cleaner) -> None:
    dump = "Footbridge opens\n\n" + (STORY + " ") * 100_000  # 20 MB on one line
    art = full.clean(dump)
    assert art.input_kind == "text"
    assert any("max_block_chars" in n for n in art.notes)
    assert all(len(p.text) <= full.options.max_block_chars for p in art.paragraphs)


def test_flood_of_blank_lines_in_a_dump(bare: newsclean.Cleaner) -> None:
    art = bare.clean("Footbridge opens\n" + "\n\r\n" * 1_000_000 + STORY, input_kind="text")
    assert art.text.endswith(STORY.strip())


def test_text_dump_with_mixed_newlines(bare: newsclean.Cleaner) -> None:
    dump = "Title\r\n\r\nFirst line.\rSecond line.\nThird line.\u2028Fourth line.\x0cFifth line.\x0bSixth line."
    art = bare.clean(dump, input_kind="text")
    assert [p.text for p in art.paragraphs] == [
        "Title", "First line.", "Second line.", "Third line.", "Fourth line.", "Fifth line.", "Sixth line."]


def test_only_comments(full: newsclean.Cleaner) -> None:
    for page in ("<!-- nothing here --><!-- nor here -->", html("<!-- a --><!-- b -->")):
        art = full.clean(page)
        assert art.text == "" and art.notes and "empty article" in art.notes[-1]


def test_only_script_and_style(full: newsclean.Cleaner) -> None:
    art = full.clean(html("<script>var story = 'not text';</script><style>p{color:red}</style>"))
    assert art.text == "" and any("empty article" in n for n in art.notes)


def test_processing_instructions_cdata_and_bad_char_refs(bare: newsclean.Cleaner) -> None:
    page = html(f"<?php echo 1; ?><![CDATA[ raw ]]><p>{STORY} &#0; &#x110000; &#xD800; &bogus; &#99999999999;</p>")
    art = bare.clean(page)
    assert STORY in art.text
    art.to_json()


def test_gzip_page(bare: newsclean.Cleaner) -> None:
    assert STORY in bare.clean(gzip.compress(html(f"<p>{STORY}</p>").encode("utf-8"))).text


# ---------------------------------------------------------------------------
# the command line
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("content,code", [
    (b"", "empty"), (b"%PDF-1.4\n" + bytes(range(256)) * 20, "binary"), (bytes(range(256)) * 40, "binary")])
def test_cli_bad_file_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: str) -> None:
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    assert main(["clean", str(f)]) == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsclean: error:")
    assert "Traceback" not in cap.err


def test_cli_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tmp_path / "nope.html")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_subprocess_bad_file(tmp_path: Path) -> None:
    f = tmp_path / "image.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", "clean", str(f)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.strip().count("\n") == 0 and "JPEG" in r.stderr and "Traceback" not in r.stderr
