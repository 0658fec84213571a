"""Text dumps: a paragraph that trails off with an ellipsis after complete sentences is prose, not a teaser
cut short; a comment form's consent line ("By submitting a comment I acknowledge ...") is a comment-policy
line however long. Fixtures are invented text."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.blocks import text_blocks
from newsclean.plugins import textdump
from newsclean.plugins.inbody.comment_lines import is_consent_line, is_policy_phrase_line

TRAILING = ("The old ferry across the lake has run every morning since the village was founded, carrying "
            "farmers, their goats and the odd tourist to the market on the other shore. This spring the "
            "council voted to replace it with a bridge, and the ferryman has already sold his second boat. "
            "Nobody in the harbour believes the bridge will be built on time. Still, the end seems near...")
CUT_TEASER = "Why the ferryman of the lake is selling his second boat this spring, and what the village ..."
ONE_SENTENCE = ("The old ferry across the lake has run every morning since the village was founded, carrying "
                "farmers, their goats and the odd tourist to the market on the other shore, and the council "
                "that voted this spring to replace it with a bridge has not said when work will start or who "
                "will pay for the road that has to be built from the harbour up to the market square and ...")


def _feats(lines: list[str]) -> list[textdump.LineFeatures]:
    blocks, _ = text_blocks("\n\n".join(lines), 100_000)
    return textdump.line_features(blocks)


NEXT = "The ferryman says he will keep one boat for the summer visitors, whatever the council decides."


def test_long_paragraph_trailing_off_after_sentences_is_prose():
    trailing, _, teaser, _, one, _ = _feats([TRAILING, NEXT, CUT_TEASER, NEXT, ONE_SENTENCE, NEXT])
    assert not trailing.truncated and trailing.prose
    assert teaser.truncated and not teaser.prose  # short: a teaser cut short
    assert one.truncated and not one.prose  # long, but cut mid-sentence: no complete sentences before


def test_long_blurb_without_prose_under_it_stays_a_teaser():
    # a box's blurb between a menu's items: no text goes on under it
    blurb, _ = _feats([TRAILING, "Podcast"])
    assert blurb.truncated and not blurb.prose
    (last,) = _feats([TRAILING])
    assert last.truncated


def test_chinese_paragraph_trailing_off_after_sentences_is_prose():
    text = ("湖上的老渡船从村子建立起就每天早上开航，载着农民和游客去对岸的集市。" * 3
            + "今年春天议会决定用一座桥取代它。港口里没有人相信桥会按时建成……")
    f, _ = _feats([text, "渡船的船夫说，不管议会怎么决定，他都会留下一条船给夏天来的游客。"])
    assert not f.truncated
    g, _ = _feats(["湖上的老渡船今年春天要被一座桥取代了，村里人都说……", "渡船的船夫说，不管议会怎么决定，他都会留下一条船给夏天来的游客。"])
    assert g.truncated


PAGE_TRAIL = "\n".join([
    "Home", "News", "Reviews", "Videos", "Guides", "Forum",
    "Village ferry to make way for a bridge",
    "",
    "by Ann Example on May 3rd 2012 10:30AM",
    "",
    "0",
    TRAILING,
    "The ferryman, who took over the boat from his father thirty years ago, says he will miss the early "
    "crossings most, and he plans to keep one boat for the summer visitors.",
    "Source: Example Gazette",
    "Share",
    "Tags: ferry, bridge, village",
    "About the lake",
    "Description",
    "",
    "The lake lies in a deep valley between two ridges, fed by three streams that run down from the "
    "glaciers in the north. Its water is cold all year, and the fishermen of the village have long "
    "known which bays hold the trout in spring and which the pike in autumn.",
    "",
    "Harbour festival moves to the old square ...",
    "New bus line links the villages on the north shore ...",
    "Contact", "Privacy", "Terms",
])


def test_article_keeps_its_first_paragraph_trailing_off():
    art = Cleaner().clean(PAGE_TRAIL)
    texts = [p.text for p in art.paragraphs]
    assert TRAILING in texts
    assert not any(t.startswith("Harbour festival") for t in texts)


CONSENT = ("By clicking and submitting a comment I acknowledge the Example Weekly Privacy Policy and agree to "
           "the Example Weekly Terms of Use. I understand that my comments are also governed by the terms of "
           "the service I sign in with and its privacy policies as applicable, which can be found here.")


def test_consent_lines_are_policy_lines_however_long():
    assert len(CONSENT) > 250  # longer than a policy line is read
    assert is_consent_line(CONSENT) and is_policy_phrase_line(CONSENT)
    assert is_policy_phrase_line("Mit dem Absenden des Kommentars stimmen Sie unserer Datenschutzerklärung zu.")
    assert is_policy_phrase_line("发表评论即表示您同意本站的隐私政策和使用条款。")
    # an article's sentence that opens otherwise is none
    assert not is_consent_line("By clicking through the archive I found the council's old plans for a bridge.")
    assert not is_consent_line("By submitting a comment" + " and more text" * 60)  # past CONSENT_MAX_CHARS


PAGE_CONSENT = "\n".join([
    "Example Weekly - Local",
    "",
    "by Ann Example",
    "",
    "Council keeps the ferry for one more summer | The council has agreed to run the old ferry for one more "
    "summer while the bridge is being planned. Visitors will be able to cross every morning and every "
    "evening until the end of September. The ferryman said he was glad, and that the last crossing would "
    "be a small celebration. A video of the vote was posted today. Watch it:",
    "",
    CONSENT,
    "",
    "About Example Weekly | Contact Us | Terms of Use | Privacy Policy | RSS",
])


def test_consent_line_is_not_taken_for_the_article():
    art = Cleaner().clean(PAGE_CONSENT)
    texts = [p.text for p in art.paragraphs]
    assert any("The council has agreed" in t for t in texts)
    assert CONSENT not in texts
