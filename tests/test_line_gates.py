"""The cheap first looks of the line plugins give the answers of the full checks."""
from __future__ import annotations

import pytest

from newsclean.dates import _RELATIVE_HINT, _RELATIVE_RE, relative_spans
from newsclean.plugins.appeals import _APPEALS, _COOKIES, _DONATION, _EMBED, _FOLLOW, _PAYWALL, _SIGNUP, _SIGNUP_STATUS, appeal_of
from newsclean.plugins.inbody import Lexicon, Lexicons
from newsclean.plugins.notices import is_notice_line


@pytest.mark.parametrize("text", [
    "2 HOURS AGO", "Yesterday", "TODAY, 10:30", "Just Now", "VOR 3 STUNDEN", "Il Y A 2 heures", "3 ORE FA",
    "5 minutes ago", "3小时前", "Hace 2 horas", "há 3 horas", "2 gün önce", "πριν 3 ώρες", "Updated 10:30",
    "Some headline", "",
])
def test_relative_spans_ascii_gate_agrees_with_the_full_hint(text: str) -> None:
    # relative_spans looks first on the lower case of ASCII text; it must find what the hint finds
    hinted = _RELATIVE_HINT.search(text) is not None
    spans = relative_spans(text)
    if spans:
        assert hinted
    if text in ("2 HOURS AGO", "VOR 3 STUNDEN", "5 minutes ago", "3 ORE FA", "Il Y A 2 heures"):
        assert spans, text


def test_relative_spans_upper_case_stamp_found() -> None:
    assert relative_spans("2 HOURS AGO") == relative_spans("2 hours ago") == [(0, 11)]


@pytest.mark.parametrize("text", [
    "Posted 2 HOURS AGO | 3 Min ago", "A Few Minutes Ago", "an hour ago and Yesterday", "Moments AGO",
    "Vor 3 Stunden und vor einer Woche", "2 ore fa, 1 Giorno fa", "3 DAGEN GELEDEN", "For 2 timer siden",
    "5 hari yang lalu", "Hace unos minutos", "14 mins ago, today and just now", "far away, favourite vor-x",
])
def test_relative_spans_of_ascii_text_are_those_of_the_case_insensitive_pattern(text: str) -> None:
    # ASCII text is read with a lower-case copy of the pattern on its lower case: the same spans
    assert relative_spans(text) == [m.span() for m in _RELATIVE_RE.finditer(text)]


def test_relative_ascii_twin_leaves_out_only_patterns_that_need_other_characters() -> None:
    # the twin for ASCII lines drops the alternatives no ASCII text can match (3小时前, назад, önce): fewer
    # alternatives to try at each place of a line, and still every span of the full pattern
    import re

    from newsclean.dates import RELATIVE_PATTERNS, _relative_re_ascii
    from newsclean.patterns import LazyPattern, needs_non_ascii

    twin = _relative_re_ascii().pattern
    assert len(twin) < len(_RELATIVE_RE.pattern)
    assert "前" not in twin and "назад" not in twin
    kept = [p for p in RELATIVE_PATTERNS if not needs_non_ascii(LazyPattern(p, re.I))]
    assert 0 < len(kept) < len(RELATIVE_PATTERNS)
    assert re.compile(twin).groups == 0  # (spans only: no pattern numbers a group another would shift)
    for text in ("3 hours ago", "vor 2 Stunden", "il y a 3 jours", "2 dagen geleden", "hace 5 minutos",
                 "4 minuti fa", "for 3 timer siden", "6 hari yang lalu", "dnes 10:30", "today, 10:30"):
        assert relative_spans(text) == [m.span() for m in _RELATIVE_RE.finditer(text)], text
        assert relative_spans(text), text


def test_lexicons_answer_as_each_lexicon_in_turn() -> None:
    a, b = Lexicon(["Read more", "Weiterlesen"]), Lexicon(["Read", "Note"])
    group = Lexicons((("a", a, False), ("b", b, True)))
    for line in ("Read more about it", "Read: this", "Note: x", "Note x", "Weiterlesen bei uns", "• Read more",
                 "Nothing", "", "R", "本文来源"):
        expected = "a" if a.opens(line) else "b" if b.opens(line, sep=True) else None
        assert group.first_opening(line) == expected, line


def test_appeals_group_keeps_the_order_of_its_lexicons() -> None:
    lexicons = (("donation", _DONATION), ("cookies", _COOKIES), ("paywall", _PAYWALL), ("embed", _EMBED),
                ("follow", _FOLLOW), ("signup", _SIGNUP), ("signup-status", _SIGNUP_STATUS))
    assert [name for name, _, _ in _APPEALS._named] == [name for name, _ in lexicons]
    for term in sorted(_COOKIES.whole_terms)[:5] + sorted(_DONATION.whole_terms)[:5]:
        line = term + " here"
        expected = next((name for name, lex in lexicons if lex.opens(line)), None)
        assert appeal_of(line) == expected


def test_notice_lines_still_found() -> None:
    from newsclean.plugins.notices import _CITATION, _SYNDICATION
    syn = sorted(_SYNDICATION.whole_terms)[0]
    cit = sorted(_CITATION.whole_terms)[0]
    assert is_notice_line(syn + " the agency")
    assert is_notice_line(cit + ": Doe, J. (2024)")
    assert not is_notice_line("An ordinary sentence of the article goes on here.")


@pytest.mark.parametrize("line", [
    "Share", "SHARE THIS ARTICLE | Tweet", "Facebook Twitter", "Print Email", "A+ A-", "x", "qq", "qqshare",
    "YAZDIR", "YAZI BOYUTU", "Share:", "a man walks", "Sharers", "Email: me@example.com", "Facebook, Twitter and more",
    "Teilen", "TEILEN | DRUCKEN", "share - share - share - share - share - share - share - share - x",
])
def test_share_line_ascii_pattern_agrees_with_the_full_one(line: str) -> None:
    from newsclean.plugins.sharebar import _LINE, _LINE_ASCII
    assert line.isascii()
    assert bool(_LINE_ASCII.match(line.lower())) == bool(_LINE.match(line)), line


def test_share_line_ascii_pattern_reads_dotless_i_items_as_i() -> None:
    # "Yazdır" (Turkish, print) matches "YAZDIR" ignoring case: the ASCII pattern must too
    from newsclean.plugins.sharebar import _LINE, _LINE_ASCII
    assert _LINE.match("YAZDIR") and _LINE_ASCII.match("yazdir")


def test_ascii_alt_keeps_terms_that_can_match_ascii_and_reads_folds_as_letters() -> None:
    import re

    from newsclean.patterns import ascii_alt, ascii_pattern
    alt = re.compile(rf"^(?:{ascii_alt(['Teilen', 'Yazdır', '分享', 'Поделиться', 'E-Mail'])})$")
    assert alt.match("teilen") and alt.match("yazdir") and alt.match("e-mail")
    assert not alt.match("分享")  # (a term that cannot match ASCII text is left out)
    assert re.compile(f"^(?:{ascii_alt(['分享'])})$").match("x") is None
    assert ascii_pattern(r"\d+\s*(?:dk|dakika)(?:lık)?\s+okuma") == r"\d+\s*(?:dk|dakika)(?:lik)?\s+okuma"
    with pytest.raises(ValueError):
        ascii_pattern(r"\d+ Min")


@pytest.mark.parametrize("line", [
    "5 min read", "12 Comments", "1,234 views | 5 shares", "3 DK OKUMA", "3 dakikalik okuma", "Comments", "Share",
    "No Comments", "Be the first to comment", "A man", "10K Views", "(12) Replies", "Reading time: 4 minutes",
    "Lesezeit 3 Min.", "7 Likes - 2 Comments - 1 Share",
])
def test_counter_line_ascii_pattern_agrees_with_the_full_one(line: str) -> None:
    from newsclean.plugins.counters import _COUNTER_LINE, _COUNTER_LINE_ASCII
    assert bool(_COUNTER_LINE_ASCII.match(line.lower())) == bool(_COUNTER_LINE.match(line)), line


@pytest.mark.parametrize("line", [
    "Disclaimer: views are mine", "DISCLAIMER : nothing", "[Disclaimer]: x", "Copyright notice: x",
    "Legal Disclaimer - x", "Disclosure: I own shares", "Note to editors: x", "Nothing to declare: x", "## Disclaimer:",
])
def test_disclaimer_label_ascii_pattern_agrees_with_the_full_one(line: str) -> None:
    from newsclean.plugins.disclaimer import _LABEL_LED_ASCII, _LABEL_LED_ZH_EN
    assert bool(_LABEL_LED_ASCII.match(line.lower())) == bool(_LABEL_LED_ZH_EN.match(line)), line


@pytest.mark.parametrize("line", ["By", "BY:", " Written by ", "Von:", "VON", "Par", "By Jane Doe", "Author", "Byline",
                                  "Autorin:", "Ein Kommentar von"])
def test_byline_label_alone_ascii_pattern_agrees_with_the_full_one(line: str) -> None:
    from newsclean.plugins.byline import _LABEL_ALONE, _LABEL_ALONE_ASCII
    assert bool(_LABEL_ALONE_ASCII.match(line.lower())) == bool(_LABEL_ALONE.match(line)), line


@pytest.mark.parametrize("text", [
    "Die Sonne geht über den Bergen auf, und alle kommen.Unsplash/Jane Doe",
    "Demonstrators gather outside parliament on Monday | Reuters/John Smith",
    "Demonstrators gather outside parliament on Monday © Victoria Jones/PA Wire/dpa",
    "Der Bürgermeister eröffnet das neue Stadion am Sonntag. Foto: Jan Kowalski/dpa",
    "Der Bürgermeister eröffnet das neue Stadion am Sonntag. Foto：Jan Kowalski/dpa",
    "The mayor opens the new stadium on Sunday. Nothing else follows here at all",
    "The mayor opens the new stadium on Sunday (Shutterstock)",
])
def test_credit_tail_first_looks_skip_no_credit(text: str) -> None:
    # the cheap first looks before the tail patterns give what the patterns alone give
    from newsclean.plugins import credits
    from newsclean.text import nfkc
    t = nfkc(text).strip()
    zone = max(0, len(t) - credits.AGENCY_MAX_CHARS - credits.TAIL_SLACK)
    if next(credits._TAIL_START_STRICT.finditer(t, zone), None) is not None:
        assert credits._may_start_tail(t, zone)  # (the look never hides a match)
    if not credits._may_start_tail(t, zone):
        assert next(credits._TAIL_START_STRICT.finditer(t, zone), None) is None
    seps = list(credits._TAIL_LABEL_SEP.finditer(t, zone))
    if not seps:
        assert credits._label_tail(t, zone) is None


def test_credit_tails_still_found() -> None:
    from newsclean.plugins.credits import credit_tail
    assert credit_tail("Demonstrators gather outside parliament on Monday | Reuters/John Smith") is not None
    assert credit_tail("Der Bürgermeister eröffnet das neue Stadion am Sonntag. Foto: Jan Kowalski/dpa") is not None


@pytest.mark.parametrize("text", [
    "", "abc", "’quoted’", "中文", "x" * 40 + "中", "x’" * 40 + "\U00020000", "x’" * 40 + "\u3000", "x’" * 40 + "\uf900",
    "é" * 50, "\ud800" * 40, "Latin text with a dash — and quotes “like these” " * 3, "한국어 " * 20, "かな" * 30 + "漢",
])
def test_cjk_first_looks_agree_with_the_patterns(text: str) -> None:
    from newsclean.text import _CJK, _CJK_RUN, cjk_count, has_cjk, is_cjk
    assert has_cjk(text) == (_CJK.search(text) is not None)
    assert cjk_count(text) == sum(map(len, _CJK_RUN.findall(text)))
    if _CJK.search(text) is None:
        assert not is_cjk(text)


@pytest.mark.parametrize("text", ["2019", "no date", "a 1 b 2", "١٢ مارس", "１２月", "x’ 12", "x’ 1 2"])
def test_two_digits_look_agrees_on_ascii_and_other_text(text: str) -> None:
    import re

    from newsclean.headerlines import may_hold_date
    assert may_hold_date(text) == (re.search(r"\d\d", text) is not None)


@pytest.mark.parametrize("text", ["Do 25.04.24 | 14:07 Uhr | Von X", "a - b", "a-b", "a – b", "a —b", "x · y", "x|y",
                                  "x |\ny", "x\t•\ty", "plain line"])
def test_segment_look_agrees_with_the_separator_pattern(text: str) -> None:
    from newsclean.plugins.byline import _HAS_SEGMENT_SEP, _SEGMENT_SEP
    assert bool(_HAS_SEGMENT_SEP.search(text)) == bool(_SEGMENT_SEP.search(text))


@pytest.mark.parametrize("text", [
    "Published: Sept. 8, 2025 3:41 p.m. ET", "UPDATED ON  | 5 min read", "Posted at 10:30 GMT by Jane", "Date: x",
    "Last Modified: 12 comments", "Veröffentlicht am 3. Mai", "Kommentare 12", "STAND: 10 Uhr", "Nothing at all here",
])
def test_stamp_labels_ascii_pattern_leaves_as_much(text: str) -> None:
    from newsclean.headerlines import left_count
    from newsclean.plugins.timestamp import _LABELS_ANYWHERE, _LABELS_ANYWHERE_ASCII
    if text.isascii():
        assert left_count(_LABELS_ANYWHERE_ASCII.sub(" ", text.lower())) == left_count(_LABELS_ANYWHERE.sub(" ", text))
        assert [m.span() for m in _LABELS_ANYWHERE_ASCII.finditer(text.lower())] == \
            [m.span() for m in _LABELS_ANYWHERE.finditer(text)]


@pytest.mark.parametrize("text", ["Nov 19, 2019", "NOVEMBER 19, 2019", "19 Nov 2019", "10:30", "2019-11-19", "3 HOURS AGO",
                                  "no date here", "Sept 5, 2020 at 10:00"])
def test_counter_date_ascii_pattern_agrees(text: str) -> None:
    from newsclean.plugins.counters import _DATE, _DATE_ASCII
    assert bool(_DATE_ASCII.search(text.lower())) == bool(_DATE.search(text))


def test_ascii_pattern_lowers_letters_outside_escapes() -> None:
    from newsclean.patterns import ascii_pattern
    assert ascii_pattern(r"\bET\b|\S+Min", lower=True) == r"\bet\b|\S+min"
    with pytest.raises(ValueError):
        ascii_pattern(r"(?P<Label>x)", lower=True)


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT", "Advertisement", "Story continues below advertisement", "Sponsored by Acme Corp",
    "SUBSCRIBE TO OUR NEWSLETTER", "Download the App for free", "Follow us on Twitter for the latest",
    "Get the latest news in your inbox", "The company said users can download the app", "Sign up", "Is this an ad?",
    "A plain sentence of the article that runs on for a while and ends here.", "Presented by ACME",
])
def test_ad_line_ascii_patterns_agree_with_the_full_ones(line: str) -> None:
    from newsclean.plugins import ads
    low = line.lower()
    for full, fast in ((ads._LABEL, ads._LABEL_ASCII), (ads._SPONSORED_BY, ads._SPONSORED_BY_ASCII),
                       (ads._CTA_START, ads._CTA_START_ASCII), (ads._NEWS_VOICE, ads._NEWS_VOICE_ASCII),
                       (ads._PROMISE, ads._PROMISE_ASCII)):
        assert bool(fast.match(low)) == bool(full.match(line)), (full.pattern[:40], line)
        assert bool(fast.search(low)) == bool(full.search(line)), (full.pattern[:40], line)
    m1, m2 = ads._CTA_ANY.search(line), ads._CTA_ANY_ASCII.search(low)
    assert (m1 and m1.span()) == (m2 and m2.span())


def test_ad_lines_still_found() -> None:
    from newsclean.plugins.ads import is_ad_line
    assert is_ad_line("ADVERTISEMENT") and is_ad_line("Subscribe to our newsletter")
    assert not is_ad_line("The company said users can download the app from Monday.")


@pytest.mark.parametrize("line", [
    "Related Articles", "RELATED STORIES", "More from the Guardian", "Read more", "Related: x", "Read More: A title",
    "See also: Another title", "Most Popular", "You may also like", "Recommended for you >", "An ordinary line",
    "Related articles » See all",
])
def test_related_ascii_patterns_agree_with_the_full_ones(line: str) -> None:
    from newsclean.plugins import related
    low = line.lower()
    assert bool(related._HEADING_ASCII.match(low)) == bool(related._HEADING.match(line)), line
    assert bool(related._INLINE_ASCII.match(low)) == bool(related._INLINE.match(line)), line


def test_relative_spans_remembered_for_a_line_are_handed_out_as_copies() -> None:
    # a hinted line's spans are kept for the page: a caller changing its list changes no later answer
    for text in ("Updated 3 hours ago", "vor 2 Stunden – heute"):
        first = relative_spans(text)
        assert first
        first.append((99, 100))
        assert relative_spans(text) == [m.span() for m in _RELATIVE_RE.finditer(text)]
