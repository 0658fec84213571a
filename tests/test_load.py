"""The loader: charsets (and lying declarations), sniffing, limits, deep markup."""
from __future__ import annotations

import gzip

import pytest

import newsclean
from newsclean.blocks import html_blocks
from newsclean.charset import codec_for, decode_page, declared_charset
from newsclean.load import BOUND_ATTRS_FROM, _flatten_depth, decode_bytes, load, parse_html, sanitize_text, sniff_is_html
from newsclean.options import Options

ZH = ("本市今年秋季的降雨比往年偏多，城区多条道路在周末出现短时积水。市政部门表示，已经在低洼路段增设了"
      "排水泵站，并安排人员夜间巡查。气象台提醒市民，出行前留意最新预报，雨天驾车注意减速慢行。据了解，"
      "新建的地下调蓄池将在明年汛期前投入使用，届时城区的排涝能力有望明显提高。")
ZH_TW = "本市今年秋季的降雨比往年偏多，城區多條道路在週末出現短時積水。市政部門表示，已經在低窪路段增設了排水泵站，並安排人員夜間巡查。"
JA = "今年の秋は雨が多く、市内の道路では週末に一時的な冠水が見られました。市の担当者は、低い場所に排水ポンプを増やしたと説明しています。"
KO = "올해 가을에는 비가 평년보다 많이 내려 주말 동안 시내 도로 곳곳이 잠시 물에 잠겼습니다. 시청은 저지대에 배수 펌프를 추가로 설치했다고 밝혔습니다."
RU = ("Этой осенью дождей было больше обычного, и в выходные несколько улиц города ненадолго затопило. "
      "В мэрии сообщили, что в низинах установили дополнительные насосы.")
FR = ("Cet automne, il a plu davantage que d'habitude et plusieurs rues du centre ont été brièvement "
      "inondées ce week-end. La mairie précise que des pompes supplémentaires ont été installées.")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p><p>{body}</p></body></html>"


def meta(charset: str) -> str:
    return f'<meta charset="{charset}">'


def text_of(data: bytes | str, **kw: object) -> str:
    """Article text with no plugins at all: what the loader and block builder keep."""
    return newsclean.Cleaner(entry_points=False).clean(data, **kw).text  # type: ignore[arg-type]


# -- honest declarations ------------------------------------------------------

@pytest.mark.parametrize("label,body,codec", [
    ("gb2312", ZH, "gb18030"), ("GBK", ZH, "gb18030"), ("gb18030", ZH, "gb18030"),
    ("big5", ZH_TW, "big5hkscs"), ("shift_jis", JA, "cp932"), ("euc-jp", JA, "euc_jp"),
    ("euc-kr", KO, "cp949"), ("windows-1251", RU, "cp1251"), ("koi8-r", RU, "koi8-r"),
    ("iso-8859-1", FR, "cp1252"), ("windows-1252", FR, "cp1252"),
])
def test_declared_charset_is_used(label: str, body: str, codec: str) -> None:
    data = page(body, meta(label)).encode(codec)
    d = decode_page(data)
    assert d.encoding == codec
    assert body in d.text
    assert not [n for n in d.notes if "do not read" in n]


def test_http_equiv_and_xml_declarations() -> None:
    he = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    assert decode_page(page(ZH, he).encode("gbk")).encoding == "gb18030"
    xml = ('<?xml version="1.0" encoding="gb2312"?>\n' + page(ZH)).encode("gbk")
    assert declared_charset(xml) == ("gb2312", "gb18030")
    assert ZH in decode_page(xml).text


def test_declaration_found_after_a_long_head() -> None:
    head = "<script>var a = 1;</script>" * 200 + meta("gbk")  # past the first 4 KB
    data = page(ZH, head).encode("gbk")
    assert declared_charset(data)[1] == "gb18030"


def test_caller_encoding_wins_over_the_page() -> None:
    data = page(ZH, meta("big5")).encode("gbk")
    d = decode_page(data, encoding="gbk")
    assert d.encoding == "gb18030" and ZH in d.text


# -- lying declarations ---------------------------------------------------------

def test_declares_utf8_but_is_gbk() -> None:
    d = decode_page(page(ZH, meta("utf-8")).encode("gbk"))
    assert d.encoding == "gb18030"
    assert ZH in d.text
    assert any("do not read" in n for n in d.notes)


def test_declares_gb2312_but_is_utf8() -> None:
    d = decode_page(page(ZH, meta("gb2312")).encode("utf-8"))
    assert d.encoding == "utf-8" and ZH in d.text
    assert any("bytes are UTF-8" in n for n in d.notes)


def test_declares_latin1_but_is_utf8() -> None:
    d = decode_page(page(FR + " " + ZH, meta("iso-8859-1")).encode("utf-8"))
    assert d.encoding == "utf-8" and FR in d.text


def test_declares_latin1_but_is_gbk() -> None:
    d = decode_page(page(ZH, meta("iso-8859-1")).encode("gbk"))
    assert d.encoding == "gb18030" and ZH in d.text


def test_http_header_says_utf8_but_page_is_gbk() -> None:
    d = decode_page(page(ZH, meta("gbk")).encode("gbk"), encoding="utf-8")
    assert d.encoding == "gb18030" and ZH in d.text


def test_declares_utf8_but_is_windows_1252() -> None:
    d = decode_page(page(FR, meta("utf-8")).encode("cp1252"))
    assert FR in d.text


def test_declares_gbk_but_is_big5_is_detected() -> None:
    body = ZH_TW * 3
    d = decode_page(page(body, meta("gbk")).encode("big5"))
    assert d.encoding == "big5hkscs" and body in d.text


def test_meta_utf16_on_an_ascii_readable_page_means_utf8() -> None:
    d = decode_page(page(ZH, meta("utf-16")).encode("utf-8"))
    assert d.encoding == "utf-8" and ZH in d.text


@pytest.mark.parametrize("label", ["utf-7", "x-nonsense", "rot13", "base64", "hz-gb-2312", "cp037", "zlib"])
def test_unsafe_or_unknown_declarations_are_ignored(label: str) -> None:
    smuggled = "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
    d = decode_page(page("caf\u00e9 " + smuggled, meta(label)).encode("utf-8"))
    assert d.encoding == "utf-8"
    assert smuggled in d.text  # never decoded as UTF-7
    assert any("ignored" in n for n in d.notes)
    assert codec_for(label) is None


def test_utf7_declaration_does_not_hide_text_from_the_article() -> None:
    data = b'<html><head><meta charset="utf-7"></head><body><p>+ADw-b+AD4-hello+ADw-/b+AD4-</p></body></html>'
    assert "+ADw-b+AD4-hello" in text_of(data)


# -- no declaration -------------------------------------------------------------

@pytest.mark.parametrize("codec,body", [("gbk", ZH * 2), ("big5", ZH_TW * 3), ("shift_jis", JA * 3),
                                        ("euc-kr", KO * 3), ("cp1251", RU * 2)])
def test_undeclared_charset_is_detected(codec: str, body: str) -> None:
    d = decode_page(page(body).encode(codec))
    assert body in d.text


def test_undeclared_latin_page_with_one_accent() -> None:
    d = decode_page(b"<html><body><p>Entr\xe9e libre tous les jours.</p></body></html>")
    assert "Entrée libre" in d.text


def test_gbk_with_a_broken_pair_and_no_declaration() -> None:
    raw = page(ZH * 3).encode("gbk")
    i = raw.index("排水".encode("gbk"))
    broken = raw[:i] + b"\xff" + raw[i + 1:]
    d = decode_page(broken)
    assert d.encoding == "gb18030"
    assert "气象台提醒市民" in d.text


def test_declared_gbk_with_a_broken_pair_keeps_the_rest() -> None:
    raw = page(ZH * 3, meta("gb2312")).encode("gbk")
    i = raw.index("排水".encode("gbk"))
    d = decode_page(raw[:i] + b"\x80\x20" + raw[i + 2:])
    assert d.encoding == "gb18030" and "气象台提醒市民" in d.text


# -- unicode forms ----------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_unicode_forms_with_and_without_bom(codec: str) -> None:
    html = page(ZH + " " + FR, meta("gbk"))  # a stale declaration must not matter
    d = decode_page(html.encode(codec))
    assert ZH in d.text and FR in d.text


def test_caller_says_utf16_without_bom() -> None:
    data = ("short " + ZH).encode("utf-16-le")
    assert ZH in decode_page(data, encoding="utf-16le").text


def test_caller_says_utf16_but_bytes_are_utf8() -> None:
    d = decode_page(page(ZH).encode("utf-8"), encoding="utf-16")
    assert d.encoding == "utf-8" and ZH in d.text


def test_truncated_multibyte_sequence_at_the_end() -> None:
    u = page(ZH).encode("utf-8")[:-20] + "雨".encode("utf-8")[:2]
    d = decode_page(u)
    assert d.encoding == "utf-8" and "\ufffd" not in d.text
    g = (meta("gbk") + ZH).encode("gbk") + "雨".encode("gbk")[:1]
    d = decode_page(g)
    assert d.encoding == "gb18030" and "\ufffd" not in d.text and d.text.endswith("提高。")


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    raw = page(ZH * 2).encode("utf-8")
    i = raw.index("排水".encode("utf-8"))
    d = decode_page(raw[:i] + b"\xff" + raw[i + 1:])
    assert d.encoding == "utf-8" and "气象台提醒市民" in d.text


def test_gzip_page_is_decompressed() -> None:
    d = decode_page(gzip.compress(page(ZH, meta("gbk")).encode("gbk")))
    assert ZH in d.text and "page was gzip-compressed" in d.notes


def test_decode_bytes_keeps_its_signature() -> None:
    text, enc = decode_bytes(page(ZH).encode("utf-8"))
    assert ZH in text and enc == "utf-8"


# -- whole pipeline ----------------------------------------------------------------

def test_gbk_bytes_and_utf8_str_give_the_same_article() -> None:
    html = page(ZH, meta("gb2312"))
    assert text_of(html.encode("gbk")) == text_of(html) == text_of(html.encode("utf-8"))


def test_encoding_argument_reaches_the_loader() -> None:
    html = page(ZH)
    assert ZH in newsclean.Cleaner(entry_points=False).clean(html.encode("gbk"), encoding="gbk").text


# -- str hygiene and sniffing ---------------------------------------------------------

def test_sanitize_text() -> None:
    assert sanitize_text("a\x00b\x01c\ud800d\ufffee\x0bf\x0cg") == "abcde\nf\ng"
    s = "clean text 中文"
    assert sanitize_text(s) is s


def test_str_pages_get_their_breaks_and_bytes_whatever_mix_they_hold() -> None:
    # vertical tab and form feed are found in the page's UTF-8 bytes, beside the control bytes:
    # alone, with a control character, with U+FFFE, in ASCII and in wider pages alike
    from newsclean.load import _BAD_BYTES, _sanitized

    for wide in ("", "中文 ’"):
        base = "<p>Text" + wide + "</p>"
        assert _sanitized(base) == (base, base.encode())
        for mark in ("\x0b", "\x0c", "\x0b\x0c"):
            text, data = _sanitized(base.replace("Text", "Te" + mark + "xt"))
            want = base.replace("Text", "Te" + "\n" * len(mark) + "xt")
            assert text == want and data == want.encode()  # the bytes of the page as it is now
            assert _sanitized(base.replace("Text", "T\x01e" + mark + "xt")) == (want, None)
            assert _sanitized(base.replace("Text", "T\ufffee" + mark + "xt")) == (want, None)
            assert _sanitized(base.replace("Text", "T\ud800e" + mark + "xt")) == (want, None)
        for b in _BAD_BYTES:
            assert _sanitized(base.replace("Text", "Te" + chr(b) + "xt")) == (base, None)


def test_every_control_byte_is_found_and_dropped_from_utf8_pages() -> None:
    # the check for control bytes looks for each one separately: each must still be caught, and
    # VT/FF (line breaks) and tab/LF/CR alone must leave the page as it is
    from newsclean.load import _BAD_BYTES, _clean_utf8, _has_bad_bytes

    page = "<html><body><p>Text of the page, 中文.</p></body></html>".encode()
    assert not _has_bad_bytes(page) and _clean_utf8(page) is page
    assert not _has_bad_bytes(b"a\tb\nc\rd\x0be\x0cf")
    for b in _BAD_BYTES:
        dirty = page.replace(b"Text", b"Te" + bytes((b,)) + b"xt")
        assert _has_bad_bytes(dirty)
        assert _clean_utf8(dirty) == page
    assert _clean_utf8(page.replace(b"Text", b"T\x00e\x0bxt")) == page.replace(b"Text", b"Te\nxt")
    assert len(_BAD_BYTES) == 27


@pytest.mark.parametrize("text,is_html", [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("  <html><p>x</p></html>", True),
    ("<!-- saved page --><div>x</div>", True),
    ('<?xml version="1.0"?><html/>', True),
    # an old page opening with a blank character reference before its first table
    ("&nbsp;\r\n<table WIDTH=650><tr><td>Heading</td></tr></table>\r\nText of the page\r\nMore text\r\n"
     "Yet more text\r\n", True),
    ("&#160;<table><tr><td>x</td></tr></table>\nline\nline\nline\n", True),
    ("&amp; <b>co</b> wrote this line of a dump.\nSecond line.\nThird line.\n", False),
    ("Title line\n\nSource: a paper\n\nThe first paragraph of the story.\n", False),
    ("标题\n\n来源：某报\n\n正文第一段。正文第二句。\n", False),
    ("A story about the <p> tag and the <div> element in web pages.\nSecond line.\n", False),
])
def test_sniff_is_html(text: str, is_html: bool) -> None:
    assert sniff_is_html(text) is is_html


def test_input_kind_overrides_sniffing() -> None:
    dump = "<b>Headline</b>\n\nBody line one.\n"
    assert load(dump, None, Options(input_kind="text")).input_kind == "text"
    assert load("Just words.\nMore words.", None, Options(input_kind="html")).input_kind == "html"
    art = newsclean.clean("Line one of a dump.\n\nLine two of a dump.", input_kind="text")
    assert art.input_kind == "text"


# -- limits ----------------------------------------------------------------------------

def test_options_reject_nonsense_limits() -> None:
    with pytest.raises(ValueError):
        Options(max_depth=0)
    with pytest.raises(ValueError):
        Options(max_bytes=-1)
    assert Options().max_attr_chars > 0


def test_max_bytes_applies_to_bytes_str_and_gzip() -> None:
    small = Options(max_bytes=1000)
    for p in (b"<p>" + b"x" * 2000 + b"</p>", "<p>" + "x" * 2000 + "</p>", gzip.compress(b"<p>" + b"x" * 5000)):
        with pytest.raises(newsclean.InputError) as e:
            load(p, None, small)
        assert e.value.code == "too_large"


def test_long_text_nodes_and_attributes_are_cut_on_big_pages() -> None:
    opts = Options(max_block_chars=1000, max_attr_chars=100)
    html = f'<html><body><p class="{"c " * (BOUND_ATTRS_FROM // 2)}">{"word " * 100_000}</p></body></html>'
    doc = load(html, None, opts)
    p = doc.tree.find(".//p")
    assert len(p.get("class")) == 100 and len(p.text) == 1000
    assert any("max_attr_chars" in n for n in doc.notes) and any("max_block_chars" in n for n in doc.notes)


def test_text_dump_lines_and_line_count_are_bounded() -> None:
    opts = Options(max_block_chars=500, max_nodes=50)
    doc = load("x" * 5000 + "\n" + "line\n" * 100, None, Options(max_block_chars=500, input_kind="text"))
    assert max(len(line) for line in doc.raw_text.split("\n")) == 500
    doc = load("line\n" * 100, None, opts)
    assert doc.raw_text.count("\n") < 50 and doc.notes


def test_tags_past_four_times_max_nodes_are_not_parsed() -> None:
    doc = load("<html><body>" + "<p>x</p>" * 1000 + "</body></html>", None, Options(max_nodes=100))
    assert len(doc.tree.findall(".//p")) <= 400
    assert any("tags" in n for n in doc.notes)


# -- deep markup -------------------------------------------------------------------------

def test_flatten_keeps_text_and_drops_deep_tags() -> None:
    html = b"<div><div><div><p>a<p>b<div>c</div></div><script>if(a<b){x='<div>'}</script></div></div>after"
    out = _flatten_depth(html, 2)
    assert out.startswith(b"<div><div>a<br>b<br>c<br><script>")
    assert b"<script>if(a<b){x='<div>'}</script>" in out  # raw text stays inside its tag
    assert out.endswith(b"after")


@pytest.mark.parametrize("tag", ["div", "span", "table", "blockquote", "b", "section"])
def test_every_level_of_deep_markup_is_kept(tag: str) -> None:
    n = 3000
    html = "<html><body>" + "".join(f"<{tag}>L{i}; " for i in range(n)) + "END" + f"</{tag}>" * n + "<p>AFTER</p></body></html>"
    doc = load(html, None, Options())
    text = doc.tree.text_content()
    assert all(f"L{i};" in text for i in range(n))
    assert "END" in text and "AFTER" in text
    assert any("tags past depth" in n for n in doc.notes)


def test_deep_markup_keeps_paragraph_breaks() -> None:
    n = 2500
    html = "<html><body>" + "".join(f"<div><p>para {i}.</p>" for i in range(n)) + "</div>" * n + "</body></html>"
    blocks, _ = html_blocks(load(html, None, Options()).tree)
    texts = [b.text for b in blocks]
    assert "para 0." in texts and f"para {n - 1}." in texts


def test_parse_html_is_usable_by_other_modules() -> None:
    notes: list[str] = []
    root = parse_html("<p>one</p>", Options(), notes)
    assert root.tag == "html" and root.findtext(".//p") == "one" and notes == []
