"""The one vocabulary of a collapsible panel (plugins/vocab/panels), read strictly and loosely."""
from __future__ import annotations

import pytest

from newsclean.plugins import chrome
from newsclean.plugins.container import choice
from newsclean.plugins.vocab import panels
from newsclean.plugins.vocab.panels import panel_class, panel_word


def test_one_vocabulary_for_chrome_and_the_locator():
    # chrome and the locator's climb read the same sets and functions, no copy of their own
    assert chrome.panel_class is panel_class and chrome.PANEL_OWNER_PARTS is panels.PANEL_OWNER_PARTS
    assert choice.panel_word is panel_word
    assert not hasattr(choice, "PANEL_WORD_PARTS")


def test_vocabulary_is_data():
    assert {"tab", "accordion", "faq", "toggle"} <= panels.PANEL_OWNER_PARTS
    assert {"pane", "content", "answer"} <= panels.PANEL_PARTS
    assert {"pane", "collapse"} <= panels.PANEL_SOLO_PARTS
    assert "tabpanel" in panels.PANEL_ROLES


@pytest.mark.parametrize("value,token", [
    ("tab-pane fade", "tab-pane"),
    ("c-accordion__content", "c-accordion__content"),
    ("toggle-body is-hidden", "toggle-body"),
    ("sidebar tabContent", "tabcontent"),
    ("wp:faq-answer", "wp:faq-answer"),
    ("nav-tabs", ""),  # the bar of tabs, not a panel
    ("accordion-button", ""),  # the widget's button
    ("panel-collapse collapse", ""),  # panel words alone: no widget named
    ("content hidden", ""),
    ("", ""),
])
def test_strict_reading_needs_a_panel(value, token):
    assert panel_class(value) == token


@pytest.mark.parametrize("value,word", [
    ("panel-collapse collapse", "collapse"),
    ("faq-item", "faq"),
    ("Tab-Pane", "tab"),
    ("spoiler-box", "spoiler"),
    ("block disclosure_2", "disclosure"),
    ("nav-tabs", "tabs"),  # loose: the widget's word is enough (the climb asks for alike siblings too)
    ("story-body", ""),
    ("table-wrap", ""),  # no word split out of another
    ("tabular", ""),
    ("", ""),
])
def test_loose_reading_takes_any_word(value, word):
    assert panel_word(value) == word


def test_every_strict_panel_is_a_loose_one():
    for value in ("tab-pane", "c-accordion__content", "toggle-body", "faq-answer", "expander-content",
                  "tabbed-panel"):
        assert panel_class(value) and panel_word(value)
