"""One combined look-up per line where a step asked several lexicons of the same line in turn.

Each merged look-up must answer as the calls it replaces did: the tests ask both on lines built
from the lexicons' own terms (with separators, words, glued letters, case, colons, decoration)
and on invented lines.
"""
from __future__ import annotations


def _lines(terms: "list[str]") -> "list[str]":
    lines = ["", "  ", ":", "plain prose of a paragraph.", "图", "图/新华社", "Foto: Jane Doe", "Fot. Jan Kowalski",
             "Quelle: dpa", "Tags: one, two", "Share this:", "Mit Material von dpa", "ＡＢＣ： x"]
    for t in terms:
        lines += [t, t.upper(), t.title(), f"{t}:", f"{t} :", f"{t}: x", f"{t} | x", f"{t} x", f"{t}x", f"{t}1",
                  f"• {t}", f"【{t}】", t[:2], t[:-1], f"{t}：", f"x {t}"]
    return lines


def _terms(lexicons: object) -> "list[str]":
    return sorted(t for _, lex, _ in lexicons._named for t in lex.whole_terms)  # type: ignore[attr-defined]


def _first_whole_by_each(lexicons: object, text: str) -> "str | None":
    """The plain reading of ``Lexicons.first_whole``: each lexicon's ``whole`` asked in turn."""
    for name, lex, _ in lexicons._named:  # type: ignore[attr-defined]
        if lex.whole(text):
            return name
    return None


def test_first_whole_answers_as_asking_each_lexicon_in_turn() -> None:
    from newsclean.plugins import notices, prompts
    from newsclean.plugins.inbody import Lexicon, Lexicons
    from newsclean.text import clear_caches

    # a term in two lexicons (the earlier names it), a term with its own colon, a full-width one
    shared = Lexicons((("a", Lexicon(["share this", "Quelle:"]), False), ("b", Lexicon(["share this", "tags", "ＡＢＣ"]), True)))
    for lexicons in (notices._LABELS_ALONE, prompts._PROMPTS_ALONE, shared):
        clear_caches()
        for line in _lines(_terms(lexicons)):
            assert lexicons.first_whole(line) == _first_whole_by_each(lexicons, line), (line, lexicons)
    assert shared.first_whole("Share this:") == "a" and shared.first_whole("TAGS") == "b"
    assert shared.first_whole("abc") == "b" and shared.first_whole("Quelle") == "a"
    assert shared.first_whole("share") is None and shared.first_whole("") is None


def test_credit_line_openers_answer_as_the_three_lexicons_asked_in_turn() -> None:
    from newsclean.plugins.inbody import credit_lines as cl

    lexicons = cl._OPENERS
    for line in _lines(_terms(lexicons)):
        t = cl.clean_line(line)
        if not t:
            continue
        before = "label" if cl._LABELS.opens(t, sep=True) or cl._ABBR.opens(t) else \
            "source" if cl._SOURCE_LABELS.opens(t, sep=True) else None
        assert lexicons.first_opening(t) == before, line


def test_template_openers_answer_as_the_lead_then_the_taxonomy_label() -> None:
    from newsclean.plugins import prompts

    lexicons = prompts._TEMPLATE_OPENERS
    for line in _lines(_terms(lexicons)):
        t = prompts.clean_line(line)
        if not t:
            continue
        before = "lead" if prompts._TEMPLATE_LEAD.opens(t) else \
            "taxonomy" if prompts._TAXONOMY.opens(t, sep=True) else None
        assert lexicons.first_opening(t) == before, line


def test_template_and_prompt_lines_read_as_before() -> None:
    from newsclean.plugins.prompts import is_prompt_line, is_template_line

    # invented lines: a taxonomy list, a sentence after a taxonomy label, a row of prompts
    assert is_template_line("Tags: apples, pears, plums")
    assert not is_template_line("Tags: the orchard was sold. Then it rained")
    assert not is_template_line("Tagsüber regnete es in der ganzen Stadt")
    assert is_prompt_line("Print | Email")
    assert not is_prompt_line("Print the recipe and bring it to the market tomorrow morning, she said.")


def test_notice_label_alone_reads_as_before() -> None:
    from newsclean.plugins import notices

    for term in _terms(notices._LABELS_ALONE):
        for line in (term, f"{term}:", f"{term} ：", term.upper()):
            t = notices.clean_line(line)
            label = t.rstrip(":： ")
            before = "citation" if notices._CITATION.whole(label) else \
                "broadcast" if notices._BROADCAST.whole(label) else None
            assert notices._label_alone(t) == before, line


# --- agency_only: the splitting and agency patterns run only where they can match ---

_SPACES = ["\u00a0", "\u2003", "\u3000", "\t", "\n", "\x1c", "\u2028"]


def _credit_texts() -> "list[str]":
    from newsclean.plugins.inbody import credit_lines as cl

    texts = ["", " ", "Jane Doe", "REUTERS/Jane Doe", "Jane Doe / AFP", "Jane Doe via AFP", "Jane Doe VIA AFP",
             "Jane Doe vİa AFP", "Jane Doe vıa AFP", "Jane Doe - AFP", "Jane Doe – AFP", "Jane Doe — AFP", "Jane-Doe",
             "Jane Doe, AFP", "Jane Doe; AFP", "Jane Doe | AFP", "Jane Doe ｜ AFP", "Jane Doe／AFP", "Jane Doevia AFP",
             "The council met on Tuesday to discuss the budget for next year", "a  b   c    d     e", "Ana de la Vega",
             "Very Long Name Of Five Words", "Jan van der Berg Jr"]
    for a in sorted(cl.AGENCIES)[:60]:
        texts += [a, a.upper(), f"{a} Images", f"  {a}   pictures ", f"{a}{' ' * 40}wire", f"{a} wire and more words",
                  f"Jane Doe/{a}", f"{a} via Jane Doe"]
    for sp in _SPACES:
        texts += [f"Jane{sp}Doe", f"Jane Doe{sp}via{sp}AFP", f"A{sp}B{sp}C{sp}D{sp}E", f"dpa{sp}{sp}Images"]
    return texts


def test_parts_split_a_credit_as_the_separator_pattern_does() -> None:
    from newsclean.plugins.inbody import credit_lines as cl

    for s in _credit_texts():
        assert cl._parts(s) == [p for p in cl._PART_SEP.split(s) if p], s


def test_an_agency_alone_is_told_as_the_agency_pattern_tells_it() -> None:
    from newsclean.plugins.inbody import credit_lines as cl

    for s in _credit_texts():
        assert cl._agency_alone(s) is (cl.AGENCY_LINE.match(s) is not None), s
    longest = max(cl.AGENCIES, key=len)
    assert cl._agency_alone(f"{longest}   pictures")  # (the longest agency with the longest service)


def test_name_like_reads_the_words_a_whitespace_pattern_finds() -> None:
    import re

    from newsclean.plugins.inbody import credit_lines as cl

    words = re.compile(r"\S+")

    def before(part: str) -> bool:
        found = words.findall(part)
        return 0 < len(found) <= cl.NAME_WORDS and all(
            (w[0].isalpha() and w[0].lower() == w[0].upper()) or w[0].isupper() or w.lower() in cl.NAME_PARTICLES
            for w in found)

    for s in _credit_texts():
        assert cl.name_like(s) is before(s), s
