"""The appeals plugin's consent dialogs in a text dump: the dialog's lines go before the article is
located, an article about cookies and a lone consent sentence stay."""
from __future__ import annotations

import newsclean
from newsclean.plugins import appeals

DIALOG = [
    "We value your privacy",
    "We and our partners store and/or access information on a device, such as cookies, and process personal "
    "data, such as unique identifiers, for personalised ads and content, ad and content measurement.",
    "You may withdraw your consent at any time in the privacy settings; some partners rely on legitimate "
    "interest to process your data without consent.",
    "Show purposes",
    "MORE OPTIONSI AGREE",
]
STORY = [
    "The Harbour Lane ferry will run every twenty minutes from next week, the town's transport office said.",
    "Commuters had asked for more crossings after the old timetable left long gaps in the early morning.",
    "The office expects the busier schedule to cut waiting times on the quay by half during the winter.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.Cleaner(plugins=[appeals], entry_points=False).clean("\n\n".join(lines), input_kind="text")


def test_dump_dialog_goes_story_stays() -> None:
    art = _clean(DIALOG + STORY)
    gone = [r.text for r in art.removed if r.kind == "appeal"]
    assert gone == DIALOG
    assert all(r.region == "consent" for r in art.removed if r.kind == "appeal")
    assert all(s in art.text for s in STORY)


def test_glued_buttons_are_an_accept_label_a_phrase_ending_in_the_word_is_not() -> None:
    assert appeals._ends_with_accept("MORE OPTIONSAGREE")
    assert appeals._ends_with_accept("Reject allAccept all")
    assert not appeals._ends_with_accept("No banners and no GDPR consent")


def test_dump_without_accept_label_keeps_its_consent_sentences() -> None:
    # an article about consent: the same sentences, no accept button among the lines
    lines = DIALOG[:3] + STORY
    art = _clean(lines)
    assert not [r for r in art.removed if r.plugin == "appeals:consent_lines"]
    assert DIALOG[1] in art.text


def test_dump_story_line_next_to_the_dialog_stays() -> None:
    # the dialog's edge is a consent sentence: the short headline right after the buttons is not taken
    head = "Ferry timetable doubles crossings"
    art = _clean(DIALOG + [head] + STORY)
    assert head not in [r.text for r in art.removed if r.kind == "appeal"]
