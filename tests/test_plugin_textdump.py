"""textdump: the article's run of lines in a text dump.

Fixtures in tests/data/dumps/ are our own text, written in the shapes scrapers
produce: a Chinese portal page with blank lines between paragraphs, an English
news page with a comment section, a Chinese page with no blank lines at all, a
hard-wrapped Chinese text, and an English how-to with lists. (The kinds of kept
lines are the structure plugin's: tests/test_plugin_structure.py.)
"""
from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Cleaner, Step, hookimpl
from newsclean.blocks import text_blocks
from newsclean.lines import LineShape, line_shapes, wrap_width
from newsclean.plugins import textdump, title

DUMPS = Path(__file__).resolve().parent / "data" / "dumps"


def read(name: str) -> str:
    return (DUMPS / name).read_text(encoding="utf-8")


def alone() -> Cleaner:
    """A Cleaner with textdump only: no other plugin drops header or tail lines."""
    return Cleaner(plugins=[textdump], entry_points=False)


def texts(article: newsclean.Article) -> list[str]:
    return [p.text for p in article.paragraphs]


@pytest.fixture(params=["all plugins", "textdump alone"])
def cleaner(request) -> Cleaner:
    return Cleaner() if request.param == "all plugins" else alone()


# ---------------------------------------------------------------------------
# Locating the article
# ---------------------------------------------------------------------------

def test_zh_portal_body_bounds(cleaner):
    art = cleaner.clean(read("zh_portal.txt"))
    body = texts(art)
    assert body[0].startswith("历时两年的江城市图书馆改造工程近日完工")
    assert body[-1].startswith("据了解,改造期间临时借阅点")
    for noise in ("首页", "房产", "城市观察员", "相关内容", "热门资讯", "关于我们"):
        assert noise not in body
    assert not any("..." in t for t in body)


def test_en_news_body_bounds_without_comments(cleaner):
    art = cleaner.clean(read("en_news.txt"))
    body = texts(art)
    assert body[0].startswith("Urban parks lower the air temperature")
    assert body[-1].startswith("Other scientists who were not involved")
    assert "How far the effect reaches" in body
    joined = "\n".join(body)
    for noise in ("Great to see this measured", "I wonder whether", "Related Stories", "Privacy Policy", "Sign in"):
        assert noise not in joined


def test_inline_short_lines_are_kept_between_paragraphs():
    # "Advertisement" sits between two body paragraphs: with no ad plugin it
    # takes its neighbours' verdict; the article is not cut there.
    art = alone().clean(read("en_news.txt"))
    body = texts(art)
    assert "Advertisement" in body
    assert body.index("Advertisement") < body.index("How far the effect reaches")


def test_zh_without_blank_lines(cleaner):
    art = cleaner.clean(read("zh_noblank.txt"))
    body = texts(art)
    assert body[0].startswith("今年春节后，滨海区在十二个老旧小区试点开设社区食堂")
    assert body[-1].startswith("区民政部门表示")
    joined = "".join(body)
    for noise in ("网友评论", "这个好，我家老人", "希望我们小区", "推荐阅读", "版权所有", "您的位置"):
        assert noise not in joined


def test_hard_wrapped_text_is_kept_whole(cleaner):
    page = read("zh_wrapped.txt")
    art = cleaner.clean(page)
    body = texts(art)
    assert body[0].startswith("去年秋天，山区小学的老师们")
    assert body[-1] == "里学习。"  # the tail of the last wrapped sentence
    wrapped = [line for line in page.splitlines() if line and ("，" in line or "。" in line) and len(line) > 20]
    assert set(wrapped) <= set(body)
    assert "上一篇：县城中学新建实验楼投入使用" not in body


def test_wrap_width_is_detected_only_on_wrapped_text():
    blocks, _ = text_blocks(read("zh_wrapped.txt"))
    feats = textdump.line_features(blocks)
    assert wrap_width(feats) == 68
    assert sum(f.wrapped for f in feats) >= 10
    for name in ("zh_portal.txt", "zh_noblank.txt", "en_news.txt"):
        blocks, _ = text_blocks(read(name))
        feats = textdump.line_features(blocks)
        assert wrap_width(feats) == 0 and not any(f.wrapped for f in feats), name


# ---------------------------------------------------------------------------
# Reasons and records
# ---------------------------------------------------------------------------

def test_removals_are_recorded_with_reasons():
    art = alone().clean(read("zh_portal.txt"))
    mine = [r for r in art.removed if r.plugin == "textdump:locate"]
    by_text = {r.text: r for r in mine}
    assert by_text["首页"].kind == "boilerplate"
    assert "menu" in by_text["首页"].reason and by_text["首页"].region == "nav"
    teaser = next(r for r in mine if r.text.startswith("三分钟看懂"))
    assert "ellipsis" in teaser.reason and "after" in teaser.reason
    # every line is either kept or recorded, nothing vanishes
    blocks, _ = text_blocks(read("zh_portal.txt"))
    assert len(art.paragraphs) + len(art.removed) == len(blocks)


def test_comments_are_dropped_as_text_after_the_article():
    art = alone().clean(read("en_news.txt"))
    r = next(r for r in art.removed if r.text.startswith("I wonder whether"))
    assert r.plugin == "textdump:locate" and "after" in r.reason


# ---------------------------------------------------------------------------
# Working with other plugins' drops
# ---------------------------------------------------------------------------

class _DropLines:
    """A test plugin that drops given lines as given kinds before the locator runs."""

    def __init__(self, lines: dict[str, str], order: int = 400) -> None:
        self.lines = lines
        self.order = order
        self.name = "droplines"

    @hookimpl
    def newsclean_register_steps(self, register):
        def drop(doc):
            for b in doc.blocks:
                if b.text in self.lines:
                    doc.drop(b, self.lines[b.text], "test")
        register(Step("drop", drop, order=self.order, input_kinds=("text",)))


TEASERS = """Home
News
Sport
Weather
Contact
Search
Harbour ferry returns after a winter of repairs

The old harbour ferry carried its first passengers of the year on Saturday morning, after four months in the dry dock where its hull and engines were repaired by a local yard.

Dozens of regular commuters and a few curious visitors queued at the pier before seven, some of them holding coffee cups and newspapers as the crew checked the ropes.

The operator said the repairs cost less than expected and that the timetable would be the same as last year, with an extra evening crossing on Fridays during the summer.

More from the coast
The lighthouse keeper who painted every storm for thirty years and never sold a single picture to anyone.
A new cycle path now links the three fishing villages along the cliffs, and locals say it has changed their weekends.
Why the town's oldest bakery still bakes its bread in a wood oven that was built before the war.
"""


def test_list_heading_dropped_by_another_plugin_ends_the_article():
    heading = "More from the coast"
    with_drop = Cleaner(plugins=[textdump, _DropLines({heading: "related"})], entry_points=False)
    body = texts(with_drop.clean(TEASERS))
    assert body[0].startswith("The old harbour ferry")
    assert body[-1].startswith("The operator said the repairs")
    assert not any(t.startswith("The lighthouse keeper") for t in body)


STORY_PARTS = [
    "The old harbour ferry carried its first passengers of the year on Saturday morning, after four months in "
    "the dry dock where its hull and engines were repaired by a local yard.",
    "Dozens of regular commuters and a few curious visitors queued at the pier before seven, some of them holding "
    "coffee cups and newspapers as the crew checked the ropes.",
    "The operator said the repairs cost less than expected and that the timetable would be the same as last year, "
    "with an extra evening crossing on Fridays during the summer.",
    "A deckhand who has worked on the boat for eleven years said the new engines were quieter, and that the "
    "passengers on the upper deck could now hear the gulls again.",
    "The town council will decide next month whether to pay for a second boat, which would double the crossings "
    "in the busiest weeks of the year.",
]


def test_related_insert_inside_the_article_does_not_split_it():
    # a "Read more" insert between two paragraphs: the story goes on under it with paragraphs in a row
    insert = ["Read more", "Related stories", "Lighthouse keeper's storm paintings go on show", "Read more",
              "Related stories"]
    page = "\n\n".join(STORY_PARTS[:3] + insert + STORY_PARTS[3:])
    cl = Cleaner(plugins=[textdump, _DropLines({"Read more": "related", "Related stories": "related"})],
                 entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert body[0] == STORY_PARTS[0] and body[-1] == STORY_PARTS[-1]


MORE_PARTS = [
    "Further along the quay, the fishmongers said the first crossings had already brought them more customers "
    "than the whole of last March, most of them buying lunch to eat on the deck.",
    "The crew plans to repaint the railings in the autumn, when fewer passengers travel and the boat can stay "
    "in the harbour for a week without anyone missing a crossing.",
    "Tickets can be bought on board as before, though the operator hopes that most regular passengers will "
    "switch to the monthly pass it introduced with the new timetable.",
]


def test_article_head_above_a_related_insert_joins_the_run_below_it():
    # the longer part of the story sits under the insert; its first paragraphs above it belong to it too
    insert = ["Read more", "Related stories", "Lighthouse keeper's storm paintings go on show"]
    page = "\n\n".join(STORY_PARTS[:2] + insert + STORY_PARTS[2:] + MORE_PARTS)
    cl = Cleaner(plugins=[textdump, _DropLines({t: "related" for t in insert})], entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert body[0] == STORY_PARTS[0] and body[-1] == MORE_PARTS[-1]
    assert "Read more" not in body


def test_lone_paragraph_above_a_related_insert_stays_out():
    # one paragraph above the insert is no head of the story below: a blurb
    blurb = "Welcome to our harbour pages, where the volunteers of the ferry club post news from the pier every week."
    page = "\n\n".join([blurb, "Read more", "Related stories"] + STORY_PARTS + MORE_PARTS)
    cl = Cleaner(plugins=[textdump, _DropLines({"Read more": "related", "Related stories": "related"})],
                 entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert body == STORY_PARTS + MORE_PARTS


LONG_PARTS = [
    "The valley's orchard cooperative held its first meeting of the season in the old packing shed on Tuesday, "
    "where forty growers argued for three hours about the price of new crates and the late frost of April.",
    "Most of them agreed that the frost had cost the early pears more than any year since the cooperative was "
    "founded, and that the insurance it pays for every spring had covered less than half of the losses.",
    "The chair, a retired teacher who has grown cherries on the eastern slope for twenty years, asked the members "
    "to vote on a fund that would buy frost fans for the lower fields, where the cold air settles at night.",
    "A younger grower said the fans were loud and that her neighbours in the village had complained the last time "
    "one was tried, but she would still vote for the fund if the fans ran only on the coldest nights.",
    "The treasurer read out the accounts: the shed's roof had been mended in the winter, the cold store had run "
    "without a fault, and the cooperative had sold more apple juice to the schools than ever before.",
    "Several members asked whether the juice could be sold in the weekly market too, and the chair promised to "
    "ask the town for a stall near the fountain, where the bakers and the cheese makers already stand.",
    "The vote on the fund was close, twenty-two growers for it and eighteen against, and the first fans will be "
    "set up in the lower fields in the autumn, when the trees have dropped their leaves and the ground is dry.",
    "After the meeting the growers stayed for soup and bread in the shed, and several of them said it was the "
    "first time in years that the young and the old members had agreed on anything that cost money.",
]
#: paragraphs of a long-form story (two sentences each)
PARAS = [LONG_PARTS[i] + " " + LONG_PARTS[(i + 3) % len(LONG_PARTS)] for i in range(len(LONG_PARTS))]
AD_SLOT = ["Advertisement", "This advertisement has not loaded yet, but the story continues below."]
POPULAR = ["Most read", "Ferry timetable changes for the summer", "Harbour", "Lighthouse paintings go on show",
           "Coast", "Cycle path links the fishing villages", "Food", "Oldest bakery keeps its wood oven"]
SECTIONS = ["Home", "Harbour", "Coast", "Food", "Weather", "Contact"]


def _box_page(parts: list[str]) -> str:
    # the site's menu and footer say the section names again, and the footer the popular stories and the ad slot
    return "\n\n".join(SECTIONS + parts + SECTIONS + POPULAR[1::2] + AD_SLOT)


def test_long_insert_of_lines_the_page_repeats_is_crossed():
    # an ad slot and a list of popular stories between two paragraphs: 12 lines, every one said elsewhere on the
    # page or taken out by another plugin; the story goes on under it, a template label between its paragraphs
    tail = [x for part in PARAS[5:] for x in ("Story text", part)]
    page = _box_page(PARAS[:5] + AD_SLOT + POPULAR + AD_SLOT + tail)
    cl = Cleaner(plugins=[textdump, _DropLines({t: "related" for t in POPULAR})], entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert [t for t in body if t != "Story text"] == PARAS
    assert not set(body) & set(AD_SLOT)


def _insert_feats(insert: list[str]) -> list[textdump.LineFeatures]:
    lines = PARAS[:2] + insert + PARAS[2:4] + SECTIONS + POPULAR[1:] + AD_SLOT
    feats = _features(lines)
    feats[2].dropped = "related"  # (the insert's heading, taken out by another plugin)
    return feats


def test_long_insert_is_one_of_lines_the_page_says_again():
    # past INSERT_LINES an insert is crossed only when its lines are the page's repeated ones (an ad slot's, a box's)
    repeated = ["Most read"] + POPULAR[1:] + AD_SLOT + AD_SLOT[:1]
    assert textdump.INSERT_LINES < len(repeated) <= textdump.LONG_INSERT_LINES
    assert textdump._insert_after(_insert_feats(repeated), 2, 1) == 2 + len(repeated)
    # the same length of lines said once is other text under a list, not a box the article passes
    once = ["Most read"] + [f"Harbour story number {n} of the week" for n in range(1, len(repeated))]
    assert textdump._insert_after(_insert_feats(once), 2, 1) is None
    # ... while a short insert of such lines is still crossed as before
    assert textdump._insert_after(_insert_feats(once[:5]), 2, 1) == 7


def test_same_box_twice_in_the_story_is_crossed_both_times():
    # a short box set twice under the story's head (the site repeats it every few paragraphs): both are passed
    box = POPULAR[:7]
    page = _box_page(PARAS[:4] + box + PARAS[4:6] + box + PARAS[6:])
    cl = Cleaner(plugins=[textdump, _DropLines({t: "related" for t in box})], entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert body == PARAS


def test_related_list_of_headlines_and_teasers_still_ends_the_article():
    # under the list heading, headlines and teasers take turns: a teaser list, not the story going on
    teasers = ["Lighthouse keeper's storm paintings go on show",
               "The keeper painted every storm for thirty years and never sold a single picture to anyone.",
               "Cycle path links the fishing villages",
               "A new cycle path now links the three fishing villages along the cliffs, and locals like it.",
               "Oldest bakery keeps its wood oven",
               "The town's oldest bakery still bakes its bread in a wood oven that was built before the war."]
    page = "\n\n".join(STORY_PARTS + ["Read more"] + teasers)
    cl = Cleaner(plugins=[textdump, _DropLines({"Read more": "related"})], entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert body == STORY_PARTS


def test_notice_after_the_footer_is_not_article():
    article = [f"Paragraph {i} of the story tells what happened next, with enough words, commas and detail to be prose."
               for i in range(1, 7)]
    footer = ["About", "Contact", "Careers", "Advertise", "Help", "Sitemap", "Privacy Policy", "Terms of Use",
              "Accessibility", "Newsletters", "Podcasts", "Corrections"]
    notice = [f"Section {i} of this notice explains how we and our partners use cookies and similar technologies "
              "on this site, which data they collect, how long it is kept and how you can change your choices."
              for i in range(1, 8)]
    menu = ["Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Culture", "Travel", "Food",
            "Science", "Health", "Opinion", "Video", "Photos", "Podcasts", "Events", "Jobs", "Subscribe", "Sign in"]
    page = "\n".join(menu + ["Harbour ferry returns", ""]
                     + [p + "\n" for p in article] + footer + [""] + [p + "\n" for p in notice])
    body = texts(alone().clean(page, input_kind="text"))
    assert body == article


def test_inline_drop_does_not_split_the_article():
    page = read("en_news.txt")
    cl = Cleaner(plugins=[textdump, _DropLines({"Advertisement": "ad"})], entry_points=False)
    body = texts(cl.clean(page))
    assert body[0].startswith("Urban parks lower")
    assert body[-1].startswith("Other scientists")


def test_header_lines_dropped_first_mark_the_start():
    page = read("zh_portal.txt")
    header = {"2025-03-14 10:26:08": "timestamp", "36": "counter", "来源:城市日报": "source",
              "(来源:江城晚报)": "source"}
    cl = Cleaner(plugins=[textdump, _DropLines(header, order=200)], entry_points=False)
    art = cl.clean(page)
    assert texts(art)[0].startswith("历时两年")
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["来源:城市日报"] == "source"  # the other plugin's record is kept as it was


# ---------------------------------------------------------------------------
# Edges
# ---------------------------------------------------------------------------

def test_page_without_prose_is_kept_and_noted():
    page = "\n".join(["Home", "News", "Sport", "Weather", "Contact", "About", "Jobs"])
    art = alone().clean(page, input_kind="text")
    assert len(art.paragraphs) == 7
    assert any("no run of prose" in n for n in art.notes)


def test_single_line_page():
    art = alone().clean("Only one line of text here, nothing else at all.", input_kind="text")
    assert texts(art) == ["Only one line of text here, nothing else at all."]


def test_html_pages_are_left_alone():
    html = "<html><body><p>Home</p><p>A paragraph of text that is long enough, with commas, to be prose.</p></body></html>"
    art = alone().clean(html)
    assert art.input_kind == "html"
    assert not [r for r in art.removed if r.plugin.startswith("textdump")]


# ---------------------------------------------------------------------------
# Features and the run
# ---------------------------------------------------------------------------

def test_best_run_is_the_maximum_sum():
    assert textdump.best_run([-1, 2, -1, 3, -5, 1]) == (1, 4, 4)
    assert textdump.best_run([-1, -2]) == (0, 0, 0.0)


def test_line_features_count_characters_not_words():
    blocks, _ = text_blocks("短标题\n\n这是一个足够长的中文句子，用来检验特征是否按字符计算，而不是按空格分词。\n\nShort title\n")
    zh_title, zh_line, en_title = textdump.line_features(blocks)
    assert zh_line.le == pytest.approx(3 * 33 + 3)  # 33 Han characters, 3 punctuation marks
    assert zh_line.ends and zh_line.prose and zh_line.punct == 2
    assert not zh_title.prose and not en_title.prose and en_title.le == 10


def test_line_features_extend_the_generic_line_shape():
    blocks, _ = text_blocks("Home\nNews\n\nA paragraph of the story, long enough to be prose, with commas and a full stop.\n")
    feats = textdump.line_features(blocks)
    assert all(isinstance(f, LineShape) for f in feats)
    assert feats[0].dup is False and feats[0].stop == -1.0  # too few words for a stop list
    assert feats[2].prose and not feats[0].prose


def test_truncated_teaser_and_stop_words():
    blocks, _ = text_blocks(
        "Why the town's oldest bakery still bakes its bread in a wood oven...\n"
        "The bakery has been run by the same family for four generations and it is open every day of the week.\n"
        "Bakery Bread Oven Town Family Generations Week Day\n" * 3)
    feats = textdump.line_features(blocks)
    assert feats[0].truncated and not feats[0].prose
    assert feats[1].stop > feats[2].stop >= 0.0


def test_paragraph_gaps_are_read_from_the_page():
    blocks, _ = text_blocks(read("en_news.txt"))
    feats = textdump.line_features(blocks)
    by_text = {b.text: f for b, f in zip(blocks, feats)}
    assert by_text["How far the effect reaches"].para == 1.0  # stands alone like paragraphs do
    assert by_text["Sports"].para == -1.0  # menus are written line after line
    blocks, _ = text_blocks(read("zh_noblank.txt"))  # no blank lines at all: no signal
    assert {f.para for f in textdump.line_features(blocks)} == {0.0}


# ---------------------------------------------------------------------------
# Sentence marks of more scripts; more stop lists (issue 9)
# ---------------------------------------------------------------------------

def _features(lines: list[str]) -> list[textdump.LineFeatures]:
    blocks, _ = text_blocks("\n\n".join(lines), 100_000)
    return textdump.line_features(blocks)


@pytest.mark.parametrize("line", [
    "یہ شہر کی نئی لائبریری ہے جو پرانے اسکول میں کھلی ہے۔",  # Urdu full stop
    "မြို့သစ်စာကြည့်တိုက်ကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့သည်။",  # Burmese
    "Գրադարանը բացվել է հին դպրոցի շենքում։",  # Armenian
    "« Nous voulions que l’école revive. »",  # French quotation closing a sentence
    "„Wir wollten, dass die Schule wieder lebt.“",  # German quotation marks
])
def test_sentence_ends_of_more_scripts(line):
    assert _features([line])[0].ends
    # the generic features alone miss them: this is what the locator adds
    assert not line_shapes(text_blocks(line, 100_000)[0], LineShape)[0].ends


@pytest.mark.parametrize("line", [
    "Menu »",
    "Accueil « Retour",
    "Բաժիններ",
])
def test_no_sentence_end_without_a_mark(line):
    assert not _features([line])[0].ends


def test_clause_marks_of_more_scripts_count_as_punctuation():
    burmese = "မြို့သစ်စာကြည့်တိုက်၊ ကလေးထောင့်နှင့် စာဖတ်ခန်းနှစ်ခန်း ရှိသည်"
    assert _features([burmese])[0].punct >= 1


def test_czech_page_gets_its_stop_list():
    page = read("cs_news.txt")
    blocks, _ = text_blocks(page, 100_000)
    assert textdump._stoplist(blocks) == textdump.STOPWORDS["cs"]
    feats = textdump.line_features(blocks)
    prose = next(f for b, f in zip(blocks, feats) if b.text.startswith("Knihovna má nyní"))
    menu = next(f for b, f in zip(blocks, feats) if b.text.startswith("Nový most"))
    assert prose.stop > 0.25 > menu.stop


@pytest.mark.parametrize("name,first,last,noise", [
    ("cs_news.txt", "Obec Lipová v pondělí", "Na přestavbu přispěl",
     ("Domov", "Mohlo by vás zajímat", "Nový most přes řeku bude hotový v létě", "Ochrana soukromí")),
    ("fr_quotes.txt", "Le village a inauguré", "Le département a financé",
     ("Accueil", "À lire aussi", "Un nouveau pont sur la rivière", "Mentions légales")),
])
def test_more_languages_body_bounds(cleaner, name, first, last, noise):
    body = texts(cleaner.clean(read(name)))
    assert body[0].startswith(first)
    assert body[-1].startswith(last)
    assert any(t.startswith("« Nous voulions") or t.startswith("„Chtěli") for t in body)
    for n in noise:
        assert n not in body


# ---------------------------------------------------------------------------
# Pages holding several articles (issue 9)
# ---------------------------------------------------------------------------

def test_second_article_after_a_header_cluster_is_cut():
    art = Cleaner().clean(read("en_two_articles.txt"))
    body = texts(art)
    assert body[0].startswith("The river ferry between")
    assert body[-1].startswith("The ferry will run every hour")
    assert not any(t.startswith("The town hall will host") for t in body)
    cut = [r for r in art.removed if r.text.startswith("Tickets are not needed")]
    assert cut and cut[0].kind == "boilerplate" and cut[0].plugin == "textdump:locate"


def _run_feats(kinds: list[str]) -> list[textdump.LineFeatures]:
    feats = [textdump.LineFeatures(le=100.0, punct=2, ends=True, truncated=False, alone=True, digits=0.0,
                                   url=False, opening="", width=100) for _ in kinds]
    for f, k in zip(feats, kinds):
        f.dropped = k
    return feats


@pytest.mark.parametrize("kinds,expected", [
    # two header lines together inside the run: the run ends before them
    (["", "", "timestamp", "byline", "", ""], (0, 2)),
    (["", "", "", "byline", "", "timestamp", "", ""], (0, 3)),
    # the page's own title line in a cluster (read inside the body) cuts nothing
    (["", "", "", "title", "", "timestamp", "", ""], (0, 8)),
    (["", "", "", "title", "timestamp", "byline", "", ""], (0, 8)),
    # one header line alone (an "Updated" note) does not cut
    (["", "", "timestamp", "", "", ""], (0, 6)),
    # nor do header lines too far apart, or ones of other kinds
    (["", "timestamp", "", "", "byline", "", ""], (0, 7)),
    (["", "", "related", "related", "", ""], (0, 6)),
    # nor two source lines alone (the credits under two pictures), but a source line with a date does
    (["", "", "source", "", "source", "", ""], (0, 7)),
    (["", "", "source", "timestamp", "", ""], (0, 2)),
])
def test_split_at_header_cluster(kinds, expected):
    feats = _run_feats(kinds)
    g = [12.0 if not k else -10.0 for k in kinds]
    assert textdump._split_at_header(feats, g, 0, len(kinds)) == expected


def test_split_needs_text_on_both_sides():
    # a header cluster with nothing worth keeping before it is the article's own header
    feats = _run_feats(["", "timestamp", "byline", "", ""])
    g = [-1.0, -10.0, -10.0, 5.0, 5.0]
    assert textdump._split_at_header(feats, g, 0, 5) == (0, 5)


# ---------------------------------------------------------------------------
# A list inside the article, introduced by a line ending with a colon (issue 9)
# ---------------------------------------------------------------------------

def test_list_introduced_by_a_colon_stays_in_the_article(cleaner):
    body = texts(cleaner.clean(read("es_list.txt")))
    assert body[0].startswith("El ayuntamiento ha ampliado")
    assert body[-1].startswith("El concejal de medio ambiente")
    assert "Pilas" in body and "Radiografías" in body
    assert "Inicio" not in body and "Contacto" not in body


def _feats_for(lines: list[str]) -> list[textdump.LineFeatures]:
    blocks, _ = text_blocks("\n".join(lines), 100_000)
    feats = textdump.line_features(blocks)
    textdump.score_lines(feats)
    return feats


PROSE = ("Die Gemeinde hat am Montag die neue Bibliothek in der alten Schule eröffnet, "
         "die fast zehn Jahre leer stand.")


def test_bridged_list_needs_an_introducing_line_and_text_after():
    items = ["Batterien", "Altöl", "Glühbirnen", "Möbel", "Kleidung", "Spielzeug", "Farbe", "Kabel"]
    intro = "Ab dieser Woche nimmt der Wertstoffhof folgende Dinge an:"
    feats = _feats_for([PROSE, intro, *items, PROSE])
    assert textdump._bridged_lists(feats) == [(2, 2 + len(items))]
    # no colon: a menu between two texts, not bridged
    feats = _feats_for([PROSE, intro.rstrip(":") + ".", *items, PROSE])
    assert textdump._bridged_lists(feats) == []
    # nothing after the list: not bridged either
    feats = _feats_for([PROSE, intro, *items])
    assert textdump._bridged_lists(feats) == []


def test_bridged_list_is_bounded():
    intro = "Ab dieser Woche nimmt der Wertstoffhof folgende Dinge an:"
    items = [f"Punkt {chr(65 + i % 26)}{i}" for i in range(textdump.BRIDGE_MAX + 5)]
    feats = _feats_for([PROSE, intro, *items, PROSE])
    assert textdump._bridged_lists(feats) == []


def test_short_label_with_a_colon_under_prose_bridges_its_list():
    items = ["Leise Motoren", "Lange Garantie", "Kleiner Preis", "Gute Beratung", "Schnelle Lieferung"]
    feats = _feats_for([PROSE, "Vorteile:", *items, PROSE])
    assert textdump._bridged_lists(feats) == [(2, 2 + len(items))]
    # a short label with no prose above it (a menu's caption) bridges nothing
    feats = _feats_for(["Startseite", "Menü:", *items, PROSE])
    assert textdump._bridged_lists(feats) == []


# ---------------------------------------------------------------------------
# Tables flattened to one cell a line
# ---------------------------------------------------------------------------

TABLE = ["Town", "Residents", "Change",
         "Northfield", "12,400", "+3%",
         "Eastbrook", "8,150", "-1%",
         "Millbridge", "21,900", "+7%",
         "Stonehaven", "4,020", "0%"]
PROSE_EN = ("The county published its yearly population figures on Monday, and most towns grew "
            "a little faster than the planners had expected.")
PROSE_EN2 = ("Officials said the new housing on the edge of Millbridge explains most of the growth, "
             "while the smaller villages kept losing young families to the cities.")
PROSE_EN3 = ("The report also counts the people who moved into the county from abroad, which is why "
             "the total is higher than the sum of the births and the deaths in the year.")
PROSE_EN4 = ("Next year the county wants to count the commuters as well, since many of them live in "
             "one town and work in another, and the roads and the buses have to be planned for both.")


def test_table_is_found_under_its_header_row():
    feats = _feats_for([PROSE_EN, *TABLE, PROSE_EN2])
    assert textdump._tables(feats) == [(1, 1 + len(TABLE))]
    assert all(feats[i].figure for i in (5, 6, 8, 9)) and not feats[4].figure


def test_a_table_needs_two_rows_under_its_header():
    feats = _feats_for([PROSE_EN, *TABLE[:9], PROSE_EN2])  # the header and two rows: a table
    assert textdump._tables(feats) == [(1, 10)]
    feats = _feats_for([PROSE_EN, *TABLE[:6], PROSE_EN2])  # one row: no telling it from a label and a count
    assert textdump._tables(feats) == []


def test_teasers_with_counts_or_a_thread_are_no_table():
    teasers = ["Lip art for the holidays", "432", "11", "Masks for a ball", "370", "7",
               "Cupcake nails", "169", "25", "Colours of the rainbow", "143", "28"]
    feats = _feats_for([PROSE_EN, *teasers, PROSE_EN2])
    assert textdump._tables(feats) == []  # no header row: its first cells hold counts
    thread = ["Great post, thanks!", "Posted by: anna | 09/22/2012 at 09:43 AM",
              "I agree with every word.", "Posted by: tom | 09/22/2012 at 09:47 AM",
              "Bookmarked for later.", "Posted by: lee | 09/22/2012 at 10:02 AM",
              "So true.", "Posted by: kim | 09/22/2012 at 11:15 AM"]
    feats = _feats_for([PROSE_EN, "Comments", "Newest first", *thread])
    assert textdump._tables(feats) == []  # a byline with a date is no figure
    months = ["December", "November", "October", "September", "August", "July", "June", "May", "April"]
    labels = ["Leave a reply", "Name", "Email", "Website", "About", "Contact", "Shop", "Links", "Archives"]
    archive = [*labels, *(f"{m} {y}" for y in (2012, 2011, 2010) for m in months)]
    feats = _feats_for([PROSE_EN, *archive, PROSE_EN2])
    assert textdump._tables(feats) == []  # a month's name is no figure's unit ("May 2012")


def test_figures_are_digits_with_few_letters_outside_brackets():
    feats = _feats_for(["3 (tie)", "$175,000", "400g", "+5.4%", "May 2012", "Img 159437", "Half", PROSE_EN])
    assert [f.figure for f in feats[:7]] == [True, True, True, True, False, False, False]


def test_article_goes_on_across_a_table_and_takes_one_at_its_end():
    menu = ["Home", "News", "Sport", "Weather", "Contact", "About us", "Jobs", "Shop", "Archive", "Login"]
    before = [PROSE_EN, "", PROSE_EN3, "", "The figures for each town:", *TABLE, ""]
    after = [PROSE_EN2, "", PROSE_EN4, "", "The figures for the villages follow below.", *TABLE, ""]
    page = "\n".join([*menu, "", *before, *after, *menu])
    body = texts(alone().clean(page))
    assert body[0] == PROSE_EN and PROSE_EN2 in body and PROSE_EN4 in body
    assert body.count("Northfield") == 2 and body[-1] == "0%"  # both tables, the one at the end too
    assert "Weather" not in body


# ---------------------------------------------------------------------------
# A list between two prose lines, its items sentence fragments (no colon above it)
# ---------------------------------------------------------------------------

PROS = ["Keeps the water warm for hours", "Folds flat for the car boot",
        "Costs more than most rivals", "Needs a special cleaning powder", "Lid is hard to open with wet hands"]


def test_fragments_are_sentence_case_phrases_not_menu_items():
    lines = [*PROS, "Hire a Garden Designer", "Contact us", "Local News", "Weather", "Read more about it",
             "新闻中心最新报道一览表", PROSE_EN]
    feats = _feats_for(lines)
    assert [f.fragment for f in feats[:len(PROS)]] == [True] * len(PROS)
    # title case, a word or two, function words only in lower case, Chinese: no fragment
    assert [f.fragment for f in feats[len(PROS):-1]] == [False] * 6


def test_list_of_fragments_between_prose_lines_is_sandwiched():
    feats = _feats_for([PROSE_EN, "Pros", "Cons", *PROS, PROSE_EN2])
    assert textdump._sandwiched_lists(feats) == [(1, 3 + len(PROS))]
    # a menu of title-case items between the same texts is none
    menu = ["Local News", "Hire a Garden Designer", "Weather Maps", "Contact Us", "Our Team", "Shop"]
    feats = _feats_for([PROSE_EN, *menu, PROSE_EN2])
    assert textdump._sandwiched_lists(feats) == []
    # nor a list with no prose after it, nor one longer than BRIDGE_MAX lines
    assert textdump._sandwiched_lists(_feats_for([PROSE_EN, *PROS])) == []
    long_list = [f"{PROS[0]} in the {i}th test" for i in range(textdump.BRIDGE_MAX + 1)]
    assert textdump._sandwiched_lists(_feats_for([PROSE_EN, *long_list, PROSE_EN2])) == []


def test_prose_said_twice_on_the_page_sandwiches_nothing():
    # a subscription box printed twice: its sentences flank its short lines, on no article's behalf
    feats = _feats_for([PROSE_EN, *PROS, PROSE_EN2, PROSE_EN3, *PROS, PROSE_EN])
    assert textdump._sandwiched_lists(feats) == []


def _shaped(prose: bool, fragment: bool = False) -> textdump.LineFeatures:
    f = textdump.LineFeatures(le=120.0 if prose else 30.0, punct=2 if prose else 0, ends=prose, truncated=False,
                              alone=True, digits=0.0, url=False, opening="", width=120)
    f.fragment, f.own, f.score = fragment, (3.0 if prose else -3.0), (0.99 if prose else 0.01)
    return f


def test_list_of_fragments_crosses_a_footer_wall_only_before_a_section_of_prose():
    story, items = 14, 12  # (the list starts in the page's second half: a run of low lines there is a footer)
    feats = [_shaped(True) for _ in range(story)] + [_shaped(False, True) for _ in range(items)]
    lo, hi = story, story + items
    two = feats + [_shaped(True), _shaped(True)]
    assert textdump._sandwiched_lists(two) == [(lo, hi)]
    assert all(x > -textdump.WALL for x in textdump.gains(two)[lo:hi])
    # one paragraph after the list (a footer's notice): the footer's wall stands
    one = feats + [_shaped(True)]
    assert textdump._sandwiched_lists(one) == [(lo, hi)]
    assert all(x <= -textdump.WALL for x in textdump.gains(one)[lo:hi])


def test_list_of_fragments_crosses_a_footer_wall_before_a_section_heading_and_its_prose():
    story, items = 20, 12  # (the list starts in the page's second half: a run of low lines there is a footer)
    feats = [_shaped(True) for _ in range(story)] + [_shaped(False, True) for _ in range(items)]
    lo, hi = story, story + items
    # a short heading, a line of prose, the next section's heading and its prose: the article goes on
    headed = feats + [_shaped(False), _shaped(True), _shaped(False), _shaped(True)]
    assert textdump._prose_goes_on(headed, hi)
    assert all(x > -textdump.WALL for x in textdump.gains(headed)[lo:hi])
    # a heading and one paragraph, then more short lines: a footer's notice, the wall stands
    notice = feats + [_shaped(False), _shaped(True), _shaped(False), _shaped(False)]
    assert not textdump._prose_goes_on(notice, hi)
    assert all(x <= -textdump.WALL for x in textdump.gains(notice)[lo:hi])
    # three short lines before the prose: no section's heading but another list
    assert not textdump._prose_goes_on(feats + [_shaped(False)] * 3 + [_shaped(True)] * 2, hi)


def test_long_list_of_fragments_before_more_prose_is_no_footer():
    story, items = 48, textdump.BRIDGE_MAX + 6  # (too long to be sandwiched: only the footer's rule sees it)
    lines = [_shaped(True) for _ in range(story)] + [_shaped(False, i % 2 == 0) for i in range(items)]
    lo, hi = story, story + items
    after = [_shaped(False), _shaped(True), _shaped(True)]
    assert all(-textdump.WALL < x < 0.0 for x in textdump.gains(lines + after)[lo:hi])
    # the same run of title-case links (no fragments) is a footer: a wall, prose after it or not
    links = [_shaped(True) for _ in range(story)] + [_shaped(False) for _ in range(items)]
    assert all(x <= -textdump.WALL for x in textdump.gains(links + after)[lo:hi])
    # nor is the list crossed when no prose follows it
    assert all(x <= -textdump.WALL for x in textdump.gains(lines + [_shaped(True)])[lo:hi])


KETTLES = [
    ("We filled each kettle to the brim every morning for a month, timed how long it took to boil, and "
     "measured how warm the water still was two hours later, since that is what most readers asked about."),
    ("The first model is the heaviest of the lot, but it was also the one that kept its water hot the "
     "longest, and its handle stayed cool enough to hold even when the lid was rattling."),
    ("The second model is cheaper and lighter, and it boiled a full litre in a little over three minutes, "
     "which made it the quickest of the kettles we tried during the whole test."),
    ("Neither of them is perfect, so the choice comes down to whether you care more about speed in the "
     "morning or about having hot water on hand for a second cup later in the day."),
]


def test_article_goes_on_across_its_lists_of_fragments():
    menu = ["Home", "News", "Sport", "Weather", "Contact", "About us", "Jobs", "Shop", "Archive", "Login"]
    first = ["Kettle A", "", KETTLES[1], "", "Pros", "Cons", *PROS, ""]
    second = ["Kettle B", "", KETTLES[2], "", "Pros", "Cons", *(p.replace("the", "a") for p in PROS), ""]
    page = "\n".join([*menu, "", KETTLES[0], "", *first, *second, "Verdict", "", KETTLES[3], "", *menu])
    body = texts(alone().clean(page))
    assert body[0] == KETTLES[0] and body[-1] == KETTLES[3]
    assert PROS[0] in body and KETTLES[2] in body
    assert "Weather" not in body and "Login" not in body


# ---------------------------------------------------------------------------
# bench/devset_text.py: text-dump variants of HTML sets (issue 9)
# ---------------------------------------------------------------------------

def _devset_text():
    import importlib.util
    path = Path(__file__).resolve().parents[1] / "bench" / "devset_text.py"
    spec = importlib.util.spec_from_file_location("devset_text", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PAGE = """<html><head><title>Head title</title><style>p {color: red}</style></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<h1>Ferry returns</h1><div class="date">12 March 2025</div>
<p>The river ferry made its <b>first crossing</b> in two years.</p>
<p>Line one<br>line two</p>
<script>var x = 1;</script><!-- a comment -->
<ul><li>Related one</li><li>Related two</li></ul>
<footer>About us</footer></body></html>"""


def test_devset_text_dump_lines():
    lines = _devset_text().dump(PAGE).splitlines()
    # inline links run together, as a naive scraper writes them; head, style, script, comments go
    assert lines == ["HomeNews", "Ferry returns", "12 March 2025", "",
                     "The river ferry made its first crossing in two years.", "",
                     "Line one", "line two", "", "Related one", "Related two", "About us"]


def test_devset_text_build_is_a_scorable_set(tmp_path):
    import gzip
    import json

    from newsclean.evaluate import load_pages

    src, dest = tmp_path / "src", tmp_path / "src_text"
    (src / "html").mkdir(parents=True)
    (src / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    truth = {"p1": {"articleBody": "The river ferry made its first crossing in two years.", "lang": "en"}}
    (src / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    manifest = _devset_text().build(src, dest)
    assert manifest["pages"] == 1 and manifest["mean_gt_recall_in_text"] == 1.0
    pages = list(load_pages(dest))
    assert [p.id for p in pages] == ["p1"]
    assert "The river ferry made its first crossing" in pages[0].content


# ---------------------------------------------------------------------------
# The run under the article's title; a list heading above the run's own header
# ---------------------------------------------------------------------------

_STORY = [f"Paragraph {i} of the story tells what the council decided, with enough words, commas and detail "
          "to read as prose." for i in range(1, 6)]
_NOTICE = [f"Section {i} of this notice explains how we and our partners store and read information on your "
           "device, which data they collect, how long it is kept, who receives it and how you can withdraw "
           "your consent at any time from the settings page." for i in range(1, 5)]
_RELATED = ["More stories", "Bridge closed for repairs until spring", "School choir wins regional prize",
            "New bakery opens on the market square"]


def _story_page() -> str:
    menu = ["Home", "News", "Local", "Sport", "Weather", "Culture"]
    footer = ["About us", "Contact", "Careers", "Advertise", "Help", "Sitemap", "Privacy", "Terms", "Jobs",
              "Archive", "Podcasts", "Events"]
    return "\n".join(menu + ["", "Council approves the harbour plan", "By Jane Doe", ""]
                     + [p + "\n" for p in _STORY] + _RELATED + [""] + [p + "\n" for p in _NOTICE] + footer)


def _story_cleaner() -> Cleaner:
    drops = {"Council approves the harbour plan": "title", "By Jane Doe": "byline"}
    drops.update({t: "related" for t in _RELATED})
    return Cleaner(plugins=[textdump, _DropLines(drops)], entry_points=False)


def test_run_under_the_title_wins_over_longer_text_further_down():
    # the notice has more text than the story; the story sits under the title line
    body = texts(_story_cleaner().clean(_story_page(), input_kind="text"))
    assert body == _STORY


def test_run_under_the_title_needs_weight():
    feats = _run_feats(["", "title", "", "", "", "", "", ""])
    assert textdump._under_title(feats, 2)
    assert not textdump._under_title(feats, 1)
    feats[3].dropped = ""
    # a prose line between the title and the run: the run is not the one the title heads
    assert not textdump._under_title(feats, 4)
    # ... nor is a run more than UNDER_TITLE lines down
    far = _run_feats(["title"] + ["share"] * textdump.UNDER_TITLE + [""])
    assert not textdump._under_title(far, textdump.UNDER_TITLE + 1)


def test_site_name_taken_for_the_title_does_not_pick_a_blurb():
    # a short blurb under a "title" line counts no more than it did: the long story wins, though the
    # list heading above it makes it count for less
    blurb = ("We are two friends who write about the places we visit and the food we cook at home. Welcome, "
             "and thank you for reading our stories from the road and from the kitchen, new ones every week.")
    page = "\n".join(["My little travel blog", "", blurb, "", "Archive", "Tags", ""]
                     + [p + "\n" for p in _STORY * 3])
    cl = Cleaner(plugins=[textdump, _DropLines({"My little travel blog": "title", "Tags": "related"})],
                 entry_points=False)
    body = texts(cl.clean(page, input_kind="text"))
    assert blurb not in body and body[0] == _STORY[0]


@pytest.mark.parametrize("kinds,factor", [
    # a list heading right above the run: the run is the list's items
    (["", "related", "", ""], textdump.LIST_FACTOR),
    # a byline (or a date) between the list heading and the run heads the run: an article
    (["", "related", "related", "byline", ""], 1.0),
    (["", "related", "timestamp", ""], 1.0),
])
def test_list_heading_above_a_header_heads_no_list(kinds, factor):
    feats = _run_feats(kinds)
    assert textdump._after(feats, len(kinds) - 1) == factor


# ---------------------------------------------------------------------------
# Short lines the page repeats (labels, buttons, ad slots) inside the run
# ---------------------------------------------------------------------------

def _with_lines(between: list[str], menu: tuple[str, ...] = ()) -> str:
    out = ["Home", "News", "Sport", *menu, ""]
    for i, p in enumerate(_STORY):
        out += [p, ""]
        if i < len(between):
            out += [between[i], ""]
    return "\n".join(out)


def test_short_line_repeated_three_times_is_dropped_inside_the_run():
    # twice between the paragraphs, once more in the menu above the article
    art = alone().clean(_with_lines(["Advertisement"] * 2, menu=("Advertisement",)), input_kind="text")
    assert texts(art) == _STORY
    cut = [r for r in art.removed if r.text == "Advertisement"]
    assert len(cut) == 3 and all(r.kind == "boilerplate" and r.plugin == "textdump:locate" for r in cut)
    assert sum("repeats 3 times" in r.reason for r in cut) == 2  # (the menu's one is dropped as menu)


@pytest.mark.parametrize("line,times,menu", [
    ("Advertisement", 1, ("Advertisement",)),  # twice on the page
    ("Expert view", 3, ()),  # three times, all inside the article: its own subheading
    ("Result:", 2, ("Result:",)),  # a label that introduces what follows
    ("1. Preparing the site", 2, ("1. Preparing the site",)),  # a numbered heading a table of contents repeats
])
def test_repeated_lines_that_stay(line, times, menu):
    art = alone().clean(_with_lines([line] * times, menu=menu), input_kind="text")
    assert texts(art).count(line) == times


def test_sentence_repeated_three_times_next_to_an_ad_label_is_the_slot_line():
    slot = "This advertisement is still loading, and the story goes on right below it."
    cl = Cleaner(plugins=[textdump, _DropLines({"Advertisement": "ad"})], entry_points=False)
    art = cl.clean(_with_lines(["Advertisement\n" + slot] * 3), input_kind="text")
    assert texts(art) == _STORY
    cut = [r for r in art.removed if r.text == slot]
    assert len(cut) == 3 and all("sentence the page repeats 3 times" in r.reason for r in cut)
    art = cl.clean(_with_lines(["Advertisement\n" + slot] * 2), input_kind="text")  # said twice
    assert texts(art).count(slot) == 2
    art = cl.clean(_with_lines([slot] * 3), input_kind="text")  # no ad beside it: fine print said per offer
    assert texts(art).count(slot) == 3


_PAIRS = ["Bakery on the square opens a second shop",
          "The family bakery will open its new shop by the station next month, its owners said on Friday.",
          "School choir wins the regional prize",
          "Forty pupils sang three songs in the final and took the first prize home for the second time.",
          "Bridge closed for repairs until spring",
          "Cars will be sent through the old town while the bridge's deck is replaced, the council said."]


@pytest.mark.parametrize("pairs,kept", [
    (_PAIRS, False),  # headlines each with its blurb under the related heading: a teaser list
    (_PAIRS[:2], True),  # one pair: too few
    ([_PAIRS[1], _PAIRS[0], _PAIRS[3], _PAIRS[2]], True),  # the sentence first: no headline over a blurb
])
def test_teaser_pairs_under_a_related_heading_inside_the_run(pairs, kept):
    page = "\n".join(["Home", "News", "", *(p + "\n" for p in _STORY[:3]), "More news", *pairs, "",
                      *(p + "\n" for p in _STORY[3:])])
    cl = Cleaner(plugins=[textdump, _DropLines({"More news": "related"})], entry_points=False)
    art = cl.clean(page, input_kind="text")
    body = texts(art)
    assert all(p in body for p in _STORY)
    assert all((p in body) == kept for p in pairs)
    if not kept:
        assert {r.kind for r in art.removed if r.text in pairs} == {"related"}


def test_section_heading_a_table_of_contents_repeats_stays():
    heading = "Why the ferry stopped running"
    # the table of contents above the story, at the top and again at the side: the heading is said three times
    art = alone().clean(_with_lines([heading], menu=(heading, heading)), input_kind="text")
    assert heading in texts(art)
    # a label as long, said twice in the run: dropped
    art = alone().clean(_with_lines([heading] * 2, menu=(heading,)), input_kind="text")
    assert heading not in texts(art)
    # once in the run, but said again below it (a tool bar's line, a teaser): dropped
    page = _with_lines([heading], menu=(heading,)) + "\n\n" + heading + "\n"
    art = alone().clean(page, input_kind="text")
    assert heading not in texts(art)
    # a short label once in the run, twice above it: dropped
    art = alone().clean(_with_lines(["Advertisement"], menu=("Advertisement", "Advertisement")), input_kind="text")
    assert "Advertisement" not in texts(art)


# ---------------------------------------------------------------------------
# A comment section under its heading ends the run
# ---------------------------------------------------------------------------

_COMMENTS = ["Anna on 12 March at 10:14", "What a lovely report, I grew up near that harbour and the ferry was "
             "always the best part of the summer holidays, thank you for writing it.",
             "Tom on 12 March at 11:02", "I remember the old ferry too, and I hope the new timetable keeps the "
             "evening crossing that we used to take home after work, it was always full."]


@pytest.mark.parametrize("heading", ["{ 2 comments }", "2 Responses to “Council approves the harbour plan”",
                                     "Comments (2)", "COMMENTS", "2条评论", "Kommentare"])
def test_comment_section_heading_ends_the_run(heading):
    page = "\n".join(["Home", "News", ""] + [p + "\n" for p in _STORY] + [heading, ""]
                     + [c + "\n" for c in _COMMENTS])
    art = alone().clean(page, input_kind="text")
    assert texts(art) == _STORY
    cut = [r for r in art.removed if r.kind == "comments"]
    assert [r.text for r in cut] == [heading] + _COMMENTS
    assert all(r.plugin == "textdump:locate" and r.region == "comments" for r in cut)


def test_comment_heading_over_a_comment_of_short_lines_ends_the_run():
    # the first comment opens with its author, a line introducing a list and a list item: no tool bar
    first = ["Mara Quill", "Three things I would like to read about:", "- How to plant the seedlings",
             "- How to keep the slugs away", "Thanks for this report, the harbour garden looks lovely this year."]
    page = "\n".join(["Home", "News", ""] + [p + "\n" for p in _STORY] + ["{ 14 comments }", ""]
                     + [c + "\n" for c in first + _COMMENTS])
    art = alone().clean(page, input_kind="text")
    assert texts(art) == _STORY
    assert [r.text for r in art.removed if r.kind == "comments"][:2] == ["{ 14 comments }", "Mara Quill"]


def test_tool_bar_under_a_comments_label_does_not_end_the_run():
    # Comments, Print, Share under the story's first paragraphs: a tool bar, the story goes on below it
    page = "\n".join(["Home", "News", ""] + [p + "\n" for p in _STORY[:3]] + ["Comments", "Print", "Share", "Email", ""]
                     + [p + "\n" for p in _STORY[3:]])
    art = alone().clean(page, input_kind="text")
    assert texts(art)[-1] == _STORY[-1]


@pytest.mark.parametrize("line", ["Reply", "Comment", "Comments--", "The comments were rude.",
                                  "3 comments so far, the debate is lively here."])
def test_lines_that_are_no_comment_heading(line):
    f = textdump.line_features([newsclean.Block(0, line)])[0]
    assert not textdump.is_comment_heading(line, f)


def test_comment_heading_needs_article_text_before_it_and_no_tool_bar_after():
    # a count under the story's first paragraph (its header): the story goes on
    page = "\n".join(["Home", "News", "", _STORY[0], "", "2 comments", ""] + [p + "\n" for p in _STORY[1:]])
    body = texts(alone().clean(page, input_kind="text"))
    assert body[0] == _STORY[0] and body[-1] == _STORY[-1]
    # a tool bar inside the story (Comments, Print, Share, Email): the story goes on
    page = "\n".join(["Home", "News", ""] + [p + "\n" for p in _STORY[:3]]
                     + ["Comments", "Print", "Share", "Email", ""] + [p + "\n" for p in _STORY[3:]])
    body = texts(alone().clean(page, input_kind="text"))
    assert body[0] == _STORY[0] and body[-1] == _STORY[-1]


# ---------------------------------------------------------------------------
# The standfirst between the title and the header lines
# ---------------------------------------------------------------------------

_SEALS = [
    "The first seals were spotted on the mud banks below the old power station in the spring of 2019, and at "
    "the time few people believed they would stay.",
    "Six years later, the volunteers who count them every month recorded more than two hundred animals on a "
    "single morning, the largest number since records began.",
    "Biologists at the university say the recovery follows the closure of two outfalls that discharged warm "
    "water and waste into the estuary for decades.",
]
_STANDFIRST = ("Counts from a volunteer survey suggest the colony has doubled since the river was cleaned, and "
               "scientists want to know why.")


def _seal_page(under_title: str, header: list[str]) -> str:
    return "\n".join(["Home", "World", "Business", "Science", "Sport", "Opinion",
                      "Harbour seals return to the estuary after forty years", under_title] + header + _SEALS
                     + ["Related stories", "River cleanup wins national award", "About us", "Privacy policy"])


@pytest.mark.parametrize("header", [
    ["By Jane Doe", "12 March 2025", "Share this article"],
    # a caption with no full stop between the header and the story
    ["By Jane Doe", "12 March 2025", "Seals resting on the mud bank below the old power station, seen from the "
                                     "footbridge at low tide on a grey morning"],
])
def test_standfirst_between_title_and_byline_is_kept(header):
    art = Cleaner().clean(_seal_page(_STANDFIRST, header), input_kind="text")
    body = texts(art)
    assert body[0] == _STANDFIRST and body[-3:] == _SEALS  # (a caption stays in a dump's run)
    assert [r.kind for r in art.removed if r.text in ("By Jane Doe", "12 March 2025")] == ["byline", "timestamp"]


def test_standfirst_needs_a_sentence_and_the_title_above_it():
    # a teaser cut short under the title is no lead
    cut = _STANDFIRST[:70] + "..."
    art = Cleaner().clean(_seal_page(cut, ["By Jane Doe", "12 March 2025"]), input_kind="text")
    assert texts(art) == _SEALS
    # a sentence line with no title line above it (a notice over a menu) is not kept either
    page = "\n".join(["Home", "World", "Business", "Science", "Sport", "Opinion", "Login", "Register",
                      "We use cookies to improve your experience on this site, as explained in our policy.",
                      "By Jane Doe", "12 March 2025"] + _SEALS)
    assert texts(Cleaner().clean(page, input_kind="text")) == _SEALS


_SEAL_URL = "https://news.example.org/science/harbour-seals-return-to-the-estuary-after-forty-years"


_NAMES = "Jane Doe Mary Major and the science desk"  # (authors' names with no "By" that no plugin takes out)


@pytest.mark.parametrize("lead,byline,url", [
    (_STANDFIRST, "By Jane Doe", None),
    (_STANDFIRST, _NAMES, _SEAL_URL),  # (under the title line the address names)
    # a lead with no full stop
    ("Counts from a volunteer survey, taken every month, suggest the colony has doubled since the river was "
     "cleaned", _NAMES, _SEAL_URL),
])
def test_lead_over_a_caption_under_the_header_is_kept(lead, byline, url, monkeypatch):
    # under the title: the lead, the byline, the date, a caption and its credit, then the story
    header = [byline, "12 March 2025", "Seals resting on the mud bank below the old power station at low tide.",
              "Photo: Example Agency"]
    art = Cleaner().clean(_seal_page(lead, header), url=url, input_kind="text")
    assert texts(art)[0] == lead and texts(art)[-3:] == _SEALS
    monkeypatch.setattr(textdump, "_lead", lambda feats, start: None)
    assert lead not in texts(Cleaner().clean(_seal_page(lead, header), url=url, input_kind="text"))


def test_caption_over_a_credit_under_the_title_is_no_lead(monkeypatch):
    # a picture's caption right under the title, its copyright line under it, the byline, the date, a tool's line
    caption = "Seals resting on the mud bank below the old power station, seen from the footbridge at low tide."
    header = ["Copyright 2025 Example Agency. All rights reserved.", "By Jane Doe", "12 March 2025", "Link copied!"]
    assert texts(Cleaner().clean(_seal_page(caption, header), input_kind="text")) == _SEALS
    monkeypatch.setattr(textdump, "LEAD_CREDIT_KINDS", frozenset())
    assert caption in texts(Cleaner().clean(_seal_page(caption, header), input_kind="text"))


@pytest.mark.parametrize("url", [None, _SEAL_URL])
def test_teaser_above_the_title_is_no_lead(url):
    # another story's headline and blurb above the article's title, byline and date: the blurb goes
    blurb = "The council will decide next week whether the old swimming baths close for good after the summer."
    page = "\n".join(["Home", "World", "Business", "Science", "Sport", "Opinion",
                      "Swimming baths face closure as repair bill grows", blurb,
                      "Harbour seals return to the estuary after forty years", "Jane Doe Mary Major",
                      "12 March 2025", "Seals resting on the mud bank below the old power station at low tide.",
                      "Photo: Example Agency"] + _SEALS + ["About us", "Privacy policy"])
    art = Cleaner().clean(page, url=url, input_kind="text")
    assert texts(art)[-3:] == _SEALS and blurb not in texts(art)


# ---------------------------------------------------------------------------
# Latin-script text hard-wrapped at a fixed width
# ---------------------------------------------------------------------------

_MILL = (
    "The old mill on the river was built in the spring of 1842 by a family of millers, who came from the hills "
    "above the valley. It ground grain for the farms around the town for more than a century before the last "
    "wheel stopped turning in the dry summer of 1951, when the water ran too low to drive it. The owners sold the "
    "building to the county for a small sum that paid their debts at the bank in the market square. For many "
    "years after that the mill stood empty and the roof let in the rain, while children from the school climbed "
    "through the broken windows to look at the great stones that still lay on the upper floor. Swallows built "
    "their nests under the beams where the sacks of flour had once been stacked high. In 1987 a group of "
    "volunteers from the town raised the money to repair the roof and the walls, and they rebuilt the wheel from "
    "drawings that an engineer had made before the war, so that visitors could see the machinery move again on "
    "the first Sunday of every month from April until the end of October each year.")


def test_english_text_wrapped_with_commas_on_some_lines_is_kept_whole():
    import textwrap
    lines = textwrap.wrap(_MILL, 72)
    assert sum(1 for line in lines[:-1] if any(c in line for c in ",.")) < 0.9 * (len(lines) - 1)
    page = "\n".join(["Home", "History", "Walks", "Events", "Contact", "Shop", "Donate", "Members", ""] + lines
                     + ["", "Opening times", "Find us", "Newsletter", "Privacy", "Accessibility", "Site map", "Jobs"])
    blocks, _ = text_blocks(page)
    assert sum(f.wrapped for f in textdump.line_features(blocks)) >= 10
    assert texts(alone().clean(page, input_kind="text")) == lines


# ---------------------------------------------------------------------------
# A comment section's heading between the title's run and a longer run below
# ---------------------------------------------------------------------------

_THREAD = [f"Comment {i}: I have lived near the harbour all my life, and I think the council should have asked "
           "the people who use the ferry every day before deciding anything about the new timetable and the "
           "car park, because the evening crossing matters to many of us." for i in range(1, 9)]


_MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Travel", "Contact", "Jobs", "Events",
         "Podcasts", "Archive"]


@pytest.mark.parametrize("heading,story", [("153 Comments", _STORY), ("Comments", _STORY),
                                            ("Kommentare (8)", _STORY), ("8条评论", _STORY)])
def test_longer_run_under_a_comment_heading_is_the_thread(heading, story):
    page = "\n".join(_MENU + ["", "Council approves the harbour plan", "By Jane Doe", ""]
                     + [p + "\n" for p in story] + _MENU + ["", heading, ""] + [c + "\n" for c in _THREAD])
    body = texts(_story_cleaner().clean(page, input_kind="text"))
    assert body == story


def test_one_paragraph_under_the_title_is_the_article_over_a_thread_under_a_comment_heading():
    # a short story (one paragraph, a blog's or a news brief's) and a longer thread under the heading below it:
    # the thread is discounted as the comments although the story has fewer than COMMENTS_AFTER prose lines
    brief = [" ".join(_BRIDGE)]
    page = "\n".join(_MENU + ["", "Council approves the harbour plan", "By Jane Doe", ""]
                      + [p + "\n" for p in brief] + _MENU + ["", "12 Comments", ""] + [c + "\n" for c in _THREAD])
    body = texts(_story_cleaner().clean(page, input_kind="text"))
    assert body == brief


def test_comment_heading_needs_the_titles_run_above_it():
    # no title line over the first run: the longer run under the heading is not discounted
    page = "\n".join(_MENU + [""] + [p + "\n" for p in _STORY] + _MENU + ["", "Comments", ""]
                     + [c + "\n" for c in _THREAD])
    body = texts(alone().clean(page, input_kind="text"))
    assert body == _THREAD


# ---------------------------------------------------------------------------
# A thread of posts under the article, with no heading over it
# ---------------------------------------------------------------------------

_BRIDGE = ["The county board voted on Tuesday to fund a new footbridge over the river at the old mill, ending a "
           "debate that had lasted for more than a decade and split the two villages on either bank.",
           "Work is due to start next spring, and the board expects the crossing to open before the summer "
           "fair, when the ferry that carries walkers across today is at its busiest.",
           "Residents on both banks welcomed the vote, although some of them asked the board to keep the ferry "
           "running on weekends for visitors who come to see the mill and its restored wheel."]
_POSTERS = ["Anna Field", "Tom Hale", "Rosa Linden", "Piet Marsh", "Ida Brook", "Sam Heath", "Vera Moss", "Olaf Reed"]


def _thread_page(tool: str | None) -> str:
    lines = ["Home", "News", "Sport", "", "County board funds the mill footbridge", "By Jane Roe | May 2, 2024", ""]
    lines += [p + "\n" for p in _BRIDGE] + ["Share this story", "Facebook", "Email", "Print", "Most read", "Sport",
                                            "Weather", "Traffic", "Obituaries", "Jobs", ""]
    for n, who in enumerate(_POSTERS):
        lines += [f"{who} May {n + 3}, 2024 at 10:{10 + n} am",
                  f"I walk to the mill every morning and the ferry is always late, so this is good news for "
                  f"everyone on our side of the river, thank you for the report number {n + 1}.",
                  "My children will finally cross on their own to reach the school on the other bank, which "
                  "the ferry never allowed them to do without one of us going along with them."]
        if tool:
            lines.append(tool)
    return "\n".join(lines + ["", "About us", "Contact"])


def test_a_thread_of_posts_under_the_article_is_no_article():
    # each post has a dated header and a tool the page repeats (Reply): the run the title heads is the article
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(_thread_page("Reply"), input_kind="text")
    assert texts(art) == _BRIDGE
    gone = [r for r in art.removed if r.plugin == "textdump:locate"]
    assert any(r.text.startswith("I walk to the mill") for r in gone)


def test_dated_records_without_a_repeated_tool_are_no_thread():
    # the same records with no tool line under each: the larger run stays the article
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(_thread_page(None), input_kind="text")
    assert any(t.startswith("I walk to the mill") for t in texts(art))


def _folded_thread_page() -> str:
    """A long thread under a story, its replies folded: only every fourth post shows its date, the others
    their author alone ("Name writes:"), each post with the page's Reply tool under it."""
    lines = ["Home", "News", "Sport", "", "County board funds the mill footbridge", "By Jane Roe | May 2, 2024", ""]
    lines += [p + "\n" for p in _BRIDGE] + ["Share this story", "Facebook", "Email", "Print", "Most read", "Sport",
                                            "Weather", "Traffic", "Obituaries", "Jobs", ""]
    for n in range(20):
        who = _POSTERS[n % len(_POSTERS)]
        lines += [f"{who} writes: on May {n + 3}, 2024 at 10:{10 + n} am" if n % 4 == 0 else f"{who} writes:",
                  f"I walk to the mill every morning and the ferry is always late, so this is good news for "
                  f"everyone on our side of the river, thank you for the report number {n + 1}.",
                  "My children will finally cross on their own to reach the school on the other bank, which "
                  "the ferry never allowed them to do without one of us going along with them.", "Reply"]
    return "\n".join(lines + ["", "About us", "Contact"])


def test_a_long_thread_whose_replies_show_no_date_is_still_a_thread():
    # one dated post in four (a dated line per THREAD_STAMP_SPAN lines): the thread is no article
    feats = textdump.line_features(text_blocks(_folded_thread_page())[0])
    thread = [i for i, f in enumerate(feats) if f.label or f.stamp]
    a, z = thread[0] - 1, thread[-1] + 1
    assert sum(f.stamp for f in feats[a:z]) < (z - a) / textdump.THREAD_SPAN
    assert textdump._thread(feats, (a, z, 1.0))
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(_folded_thread_page(), input_kind="text")
    assert texts(art) == _BRIDGE


def _undated_thread_page(story: list[str], header: str = "By Jane Roe | May 2, 2024") -> str:
    """A story under its title, then a long thread whose posts show their author alone ("by Name (id)
    writes:") but for one in eight, each post with a score line and the page's Reply tool under it."""
    lines = ["Home", "News", "Sport", "", "County board funds the mill footbridge", header, ""]
    lines += [p + "\n" for p in story] + ["Share this story", "Facebook", "Email", "Print", "Most read", "Sport",
                                           "Weather", "Traffic", "Obituaries", "Jobs", ""]
    for n in range(24):
        who = f"by {_POSTERS[n % len(_POSTERS)]} ({4000 + n})"
        lines += [f"Re: the ferry (Score:{n % 5})",
                  f"{who} writes: on May {n % 20 + 3}, 2024 at 10:{10 + n} am" if n % 8 == 0 else f"{who} writes:",
                  f"I walk to the mill every morning and the ferry is always late, so this is good news for "
                  f"everyone on our side of the river, thank you for the report number {n + 1}.",
                  "My children will finally cross on their own to reach the school on the other bank, which "
                  "the ferry never allowed them to do without one of us going along with them.", "Reply"]
    return "\n".join(lines + ["", "About us", "Contact"])


def test_author_lines_without_a_date_count_as_the_headers_of_a_thread():
    # one dated post in eight: too few dated lines alone; the "by name writes:" lines make it a thread
    page = _undated_thread_page(_BRIDGE)
    feats = textdump.line_features(text_blocks(page)[0])
    thread = [i for i, f in enumerate(feats) if f.label or f.poster]
    a, z = thread[0] - 1, thread[-1] + 1
    assert sum(f.stamp for f in feats[a:z]) < (z - a) / textdump.THREAD_STAMP_SPAN
    assert sum(f.poster for f in feats[a:z]) == 24
    assert textdump._thread(feats, (a, z, 1.0))
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(page, input_kind="text")
    assert texts(art) == _BRIDGE


@pytest.mark.parametrize("line, poster", [
    ("by Anna Field (4021) writes:", True), ("Tom Hale wrote:", True), ("Rosa Linden schrieb:", True),
    ("Piet Marsh a écrit :", True), ("The mayor writes that the bridge is late.", False),
    ("She said it was late. He wrote: no.", False), ("Writes:", False)])
def test_a_posts_author_line(line, poster):
    assert textdump.line_features(text_blocks(line + "\nMore text here.")[0])[0].poster is poster


def test_a_short_story_under_its_title_heads_the_thread_below_it():
    # a story of two short paragraphs (a sum under 30, the old THREAD_HEAD_MIN) is the article above a thread
    story = _BRIDGE[:2]
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(_undated_thread_page(story), input_kind="text")
    assert texts(art) == story


def test_a_dated_sentence_between_the_title_and_the_story_is_a_header():
    # "Posted by ... on <date> ..." reads as a sentence, but a dated line is the story's header: the run
    # under it still starts under the title line; an undated sentence there does not
    def under_title(header: str) -> bool:
        feats = textdump.line_features(text_blocks("\n".join(["County board funds the mill footbridge", header]
                                                             + _BRIDGE[:2]))[0])
        feats[0].dropped = "title"
        assert feats[1].prose
        return textdump._under_title(feats, 2)
    assert under_title("Posted by Jane Roe on Thursday May 2, 2024 @09:00AM from the river-crossings desk.")
    assert not under_title("Posted by Jane Roe from the river-crossings desk, who has covered the board for years.")


# ---------------------------------------------------------------------------
# The posts of a thread page (a forum's, a Q&A page's) are the article
# ---------------------------------------------------------------------------

_ANSWERS = [["Feed it twice a day with equal weights of flour and water, and keep it somewhere warm but out of "
             "the sun; after a week the smell settles and it rises every time."],
            ["I keep mine in the fridge between bakes and feed it the evening before, which works well when "
             "you only bake at the weekend and do not want to throw flour away every day.",
             "Take it out a few hours ahead so that it wakes up before you mix the dough."],
            ["Rye flour helped mine a lot when it was sluggish in the winter months, even a small share of it "
             "in every feed made the bubbles come back within a couple of days."],
            ["Check the water too: chlorinated tap water slowed my starter down until I let the jug stand "
             "overnight before using it for the feeds, and then it recovered quickly."]]
_QUESTION = ["My starter smells sour and barely rises any more after a month of feeding, although the kitchen is "
             "warm and I use the same flour as before. What am I doing wrong?"]


def _qa_page(heading: str | None = None) -> str:
    lines = ["Home", "Questions", "Tags", "Users", "", "How do I keep my sourdough starter alive?", ""]
    lines += _QUESTION + ["Share", "Follow", "asked May 3, 2024 at 10:12", "Jane Roe", ""]
    for n, answer in enumerate(_ANSWERS):
        if heading and n == 2:
            lines += [heading, ""]
        lines += answer + ["Share", "Follow", f"answered May {n + 4}, 2024 at 08:{10 + n}", f"Baker {n + 1}", ""]
    return "\n".join(lines + ["About", "Help", "Privacy", "Terms", "Contact", "Careers"])


def test_the_posts_of_a_thread_page_are_the_article():
    art = Cleaner().clean(_qa_page(), input_kind="text")
    want = _QUESTION + [p for answer in _ANSWERS for p in answer]
    assert texts(art) == want
    between = [r for r in art.removed if r.reason.startswith("between the posts of a thread")]
    assert {r.text for r in between} >= {"Jane Roe", "Baker 1", "Baker 3"}


def test_a_comment_heading_between_the_posts_ends_the_thread():
    # the thread the longest answer is one of stops at the heading: what comes under it are comments
    body = texts(Cleaner().clean(_qa_page(heading="2 comments"), input_kind="text"))
    assert _ANSWERS[1][0] in body
    assert _ANSWERS[2][0] not in body and _ANSWERS[3][0] not in body


# ---------------------------------------------------------------------------
# A Q&A page whose posts carry comments under them (see tool_posts)
# ---------------------------------------------------------------------------

_REMARKS = ["Does the brand of flour matter here at all?", "Mine did the same thing last winter.",
            "Thanks, I will try the rye tonight."]


def _qa_page_with_comments() -> str:
    lines = ["Home", "Questions", "Tags", "Users", "", "How do I keep my sourdough starter alive?", "", "12"]
    lines += _QUESTION + ["Share", "Improve this question", "Follow", "asked May 3, 2024 at 10:12", "Jane Roe"]
    for n, answer in enumerate(_ANSWERS):
        for m, remark in enumerate(_REMARKS):  # (the comments under the post before, each with its date)
            lines += [str(3 * n + m + 2), f"{remark[:-1]} ({n + 1})?"[:-1] + remark[-1], f"Reader {n}{m}",
                      f"– Reader {n}{m}", f"Commented May {n + 4}, 2024 at 09:0{m}"]
        lines += ["Add a comment", str(20 - n)]
        lines += answer + ["Share", "Improve this answer", "Follow", f"answered May {n + 4}, 2024 at 08:{10 + n}",
                           f"Baker {n + 1}"]
    return "\n".join(lines + ["Add a comment", "", "About", "Help", "Privacy", "Terms", "Contact", "Careers"])


def test_the_posts_of_a_qa_page_are_found_across_the_comments_under_them():
    art = Cleaner().clean(_qa_page_with_comments(), input_kind="text")
    body = texts(art)
    for answer in _ANSWERS:
        assert all(p in body for p in answer)
    assert not any(t.startswith(remark[:-1]) for t in body for remark in _REMARKS)
    between = {r.text for r in art.removed if r.reason.startswith("between the posts of a thread")}
    assert {"Baker 1", "Reader 20", "Does the brand of flour matter here at all (3)?"} <= between


def test_a_repeated_date_line_is_no_tool_bar():
    # a blog's comments, each under the same "date | Permalink" line: the date is no tool of a Q&A page
    remarks = [f"What a lovely picture of the harbour at dusk, {n} of us would love to see it in person one day."
               for n in range(5)]
    lines = ["The old harbour at dusk, seen from the pier where the fishing boats come in every evening."]
    for n, remark in enumerate(remarks):
        lines += [f"Reader {n}", "September 27, 2012 | Permalink", remark]
    lines += ["September 27, 2012 | Permalink"]
    feats = _feats_for(lines)
    g = textdump.gains(feats)
    run = (3, 4)  # (the first comment)
    assert textdump.tool_posts(feats, g, *run) == [run]


# ---------------------------------------------------------------------------
# A comment form's or policy's line another plugin took out ends the run
# ---------------------------------------------------------------------------

_FORM = [f"Remember that you answer for everything you write here, and that your words stay on the page for a "
         f"long time after you have sent them, so read them twice before you press the button, point {i}."
         for i in range(1, 4)]


def _form_page(policy_kind: str) -> Cleaner:
    lines = ["Home", "News", "Local", "", "Council approves the harbour plan", "By Jane Doe", ""]
    lines += [p + "\n" for p in _STORY] + ["Your thoughts on the plan", ""] + [p + "\n" for p in _FORM]
    page = "\n".join(lines + ["About us", "Contact"])
    drops = {"Council approves the harbour plan": "title", "By Jane Doe": "byline",
             "Your thoughts on the plan": policy_kind}
    return Cleaner(plugins=[textdump, _DropLines(drops)], entry_points=False).clean(page, input_kind="text")


def test_a_comment_policy_line_ends_the_run_and_the_form_under_it_goes_as_comments():
    art = _form_page("comment-policy")
    assert texts(art) == _STORY
    gone = {r.text: r.kind for r in art.removed}
    assert gone[_FORM[2]] == "comments"


def test_an_ad_line_in_the_same_place_ends_nothing():
    # an inline drop (an ad label) is no comment form: the prose under it stays in the run
    assert _FORM[2] in texts(_form_page("ad"))


def test_a_comment_call_read_before_its_own_step_ends_the_run():
    # "Leave a comment" is commentpolicy's phrase; that step runs after the locator, which reads the phrase itself
    lines = ["Home", "News", "Local", "", "Council approves the harbour plan", "By Jane Doe", ""]
    lines += [p + "\n" for p in _STORY] + ["Leave a comment", ""] + [p + "\n" for p in _FORM]
    page = "\n".join(lines + ["About us", "Contact"])
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(page, input_kind="text")
    assert texts(art) == _STORY
    assert {r.text: r.kind for r in art.removed}[_FORM[0]] == "comments"


# ---------------------------------------------------------------------------
# A list of other threads' questions under a Q&A thread (see QUESTIONS_MIN)
# ---------------------------------------------------------------------------

_OTHER_QUESTIONS = [
    "Why does my bread dough collapse in the oven after rising so well on the counter overnight?",
    "Is it safe to leave cooked rice out on the counter for a whole afternoon in warm weather?",
    "How can I stop a cast iron pan from rusting when I store it in a damp basement kitchen?",
    "What is the difference between baking soda and baking powder when they are used in pancakes?",
    "Can I replace the eggs in a sponge cake with something else and still get a light crumb?",
    "Why do my roasted vegetables turn out soggy instead of crisp even at a very high heat?",
    "How long should a homemade stock simmer before the bones have given up all their flavour?",
    "Should pasta water really be as salty as the sea, or is that just an old kitchen saying?",
    "What makes a custard split when it is heated, and can a split custard still be rescued?",
    "Is there any way to soften brown sugar that has turned as hard as a brick in the jar?",
]


def _qa_page_with_other_questions() -> str:
    lines = ["Home", "Questions", "Tags", "", "Can I freeze fresh basil leaves?", "Ask Question", "",
             "I grew far too much basil this summer and would like to keep some of it for the winter months. "
             "Drying it left the leaves brown and dusty, and they tasted of hay rather than of the garden.", "",
             "Share", "Improve this question", "Follow", "asked June 2, 2024 at 10:12", "Jane Roe", "",
             "Yes, and it keeps well for months if you treat the leaves gently before they go into the cold. "
             "Blanch them in boiling water for a few seconds, cool them in iced water and pat them dry.", "",
             "Another way is to chop the leaves with a little olive oil and freeze the paste in an ice cube tray, "
             "then keep the cubes in a bag and drop one into a sauce whenever you need it.", "",
             "Share", "Improve this answer", "Follow", "answered June 2, 2024 at 11:40", "John Doe", "",
             "Hot questions", ""]
    return "\n".join(lines + _OTHER_QUESTIONS + ["", "About", "Help", "Privacy", "Terms"])


def test_a_run_of_short_questions_is_a_list_of_other_threads_not_the_thread():
    art = Cleaner().clean(_qa_page_with_other_questions(), input_kind="text")
    assert art.title == "Can I freeze fresh basil leaves?"  # (no control label over the date: "Improve this question")
    body = texts(art)
    assert not any(q in body for q in _OTHER_QUESTIONS)
    assert any(p.startswith("Another way is to chop the leaves") for p in body)


def test_questions_that_alternate_with_their_answers_are_no_such_list():
    # a FAQ: each question stands over its answer, none next to another question
    faq = []
    for q in _OTHER_QUESTIONS[:8]:
        faq += [q, "The short answer is that it depends on the kitchen, and the longer answer follows from there."]
    feats = _feats_for(faq)
    assert not textdump._question_list(feats, (0, len(faq), 1.0))
    assert textdump._question_list(_feats_for(_OTHER_QUESTIONS), (0, len(_OTHER_QUESTIONS), 1.0))


# ---------------------------------------------------------------------------
# A teaser's headline said twice in one line (its link and its picture's text run together)
# ---------------------------------------------------------------------------

def test_a_headline_said_twice_in_one_line():
    said = textdump.line_features(text_blocks("\n".join([
        "Harbour ferry adds a night crossing Harbour ferry adds a night crossing",
        "Harbour ferry adds a night crossing",
        "go go go go go go go",
        ". . . . . . . . . . . . . . .",
        "The ferry runs twice. The ferry runs twice."]))[0])
    assert [f.twice for f in said] == [True, False, False, False, False]


def test_teaser_cards_said_twice_go_as_related():
    teasers = [f"{h} {h}" for h in ("Harbour ferry adds a night crossing", "Library opens on Sundays from May",
                                    "New cycle lane along the quay is finished")]
    # one card between the story's paragraphs (inside the run), the others after it
    page = "\n".join(["Home", "News", "", "County board funds the mill footbridge", "By Jane Roe | May 2, 2024", ""]
                     + [_BRIDGE[0] + "\n", teasers[0] + "\n"] + [p + "\n" for p in _BRIDGE[1:]]
                     + [teasers[1], teasers[2], "", "About us", "Contact"])
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean(page, input_kind="text")
    assert texts(art) == _BRIDGE
    gone = [r for r in art.removed if r.kind == "related"]
    assert [r.text for r in gone] == [teasers[0]]


# ---------------------------------------------------------------------------
# A comment form's status notes are no run of prose (see POLICY_KIND)
# ---------------------------------------------------------------------------

_FORM_NOTES = [
    "This is only a preview. Your comment has not yet been posted, so check it over before you send it.",
    "Your comment could not be posted. Please try again in a few minutes, or write to the blog's author.",
    "Your comment has been saved. Comments are moderated and will not appear until the author approves them.",
    "Your comment is awaiting moderation and will appear here once the author of this blog has read it.",
    "As a final step before posting your comment, enter the letters and numbers you see in the picture.",
]


def test_a_comment_forms_status_notes_do_not_outweigh_a_short_post():
    post = ["The ferry timetable changes on Monday, with two extra crossings in the evening.",
            "Tickets bought before the change stay valid on every crossing until the end of May."]
    lines = ["Harbour Notes", "A small blog about the harbour", "", "Ferry timetable changes on Monday",
             "May 2, 2024", ""] + [p + "\n" for p in post]
    lines += ["Posted at 10:15 | Permalink", "Comments", "Verify your Comment", "Previewing your Comment", ""]
    lines += [p + "\n" for p in _FORM_NOTES] + ["Name", "Email", "About", "Archives"]
    art = Cleaner(plugins=[textdump, title], entry_points=False).clean("\n".join(lines), input_kind="text")
    assert texts(art) == post


def test_a_run_below_the_articles_comment_form_counts_as_what_follows_it():
    # a short post, its comment form, then a longer blurb in the sidebar: the post is the article
    post = ["The ferry timetable changes on Monday, with two extra crossings in the evening.",
            "Tickets bought before the change stay valid on every crossing until the end of May."]
    blurb = ["I have written about the harbour, its boats and the people who work on them for over twenty "
             "years, first for the local paper and then here, where readers send me their own stories and "
             "photographs from the quays, the ferries and the fish market every single week of the year."]
    lines = ["Harbour Notes", "", "Ferry timetable changes on Monday", "May 2, 2024", ""] + [p + "\n" for p in post]
    lines += ["Posted at 10:15", "No comments:", "Post a comment", "Older Post", "Home", "About me", ""]
    lines += [p + "\n" for p in blurb] + ["View my complete profile", "Archives", "May", "April"]
    art = Cleaner(plugins=[textdump], entry_points=False).clean("\n".join(lines), input_kind="text")
    assert texts(art) == post


# ---------------------------------------------------------------------------
# A run made only of lines a later step offers as noise is no article (see OFFERED_FACTOR)
# ---------------------------------------------------------------------------

def _signup_page() -> tuple[list[str], str]:
    text = ["Hand-thrown stoneware mugs, glazed in small batches and fired twice in a wood kiln.",
            "Each mug holds about twelve ounces and is safe in the dishwasher and the microwave."]
    consent = ("By opting into the Potters Club, you agree to receive e-mails and text messages from the "
               "shop about new glazes, kiln openings and sales. Message and data rates may apply, and you may "
               "leave the club at any time by replying STOP. See our Terms of Use and Privacy Policy for more.")
    lines = ["Clay & Kiln", "Join the Potters Club", "Email", "Phone", "Subscribe", "", consent, "", "Shop", "Mugs",
             "Bowls", "Cart", "", "Stoneware mug, ash glaze", "$38.00", "Add to cart", ""] + [p + "\n" for p in text]
    lines += ["Details", "Shipping", "Reviews", "", "About", "Contact", "Careers", "Stores", "Gift cards", "Returns"]
    return text, "\n".join(lines)


def test_a_sign_up_forms_consent_line_is_no_run_of_its_own():
    from newsclean.plugins import appeals
    text, page = _signup_page()
    art = Cleaner(plugins=[textdump, appeals], entry_points=False).clean(page, input_kind="text")
    assert texts(art) == text
    assert [r.kind for r in art.removed if r.text.startswith("By opting into")] == ["boilerplate"]


def test_a_plugin_left_out_offers_no_line_test():
    text, page = _signup_page()
    art = Cleaner(plugins=[textdump], entry_points=False).clean(page, input_kind="text")
    assert not any(t.startswith("Hand-thrown") for t in texts(art))  # (the consent line's run, as before)


def test_line_tests_are_offered_per_page():
    from newsclean import Document
    from newsclean.plugins import appeals
    from newsclean.plugins.inbody import noise_lines
    doc = Document(input_kind="text", text="A line.\nAnother line.")
    assert noise_lines.noise_kind(doc, "By continuing, you agree to our Terms of Use.") == ""
    appeals.consent_lines_step(doc)
    assert noise_lines.noise_kind(doc, "By continuing, you agree to our Terms of Use and Privacy Policy.") == "appeal"
    assert noise_lines.noise_kind(doc, "The ferry leaves at ten, and the crossing takes an hour.") == ""
    noise_lines.offer_line_test(doc, "invented", lambda t: t.startswith("Zzz "))
    assert noise_lines.noise_kind(doc, "Zzz a line") == "invented"


_NORDIC = {
    "sv": ("Kommunen har beslutat att bygga en ny skola i centrum och den ska vara klar till hösten.",
           "Det var inte lätt för föräldrarna att hitta en plats för sina barn under förra året.",
           "Enligt rektorn kan skolan ta emot fler elever än den gamla och det är bra för alla."),
    "da": ("Kommunen har besluttet at bygge en ny skole i centrum, og den skal være klar til efteråret.",
           "Det var ikke let for forældrene at finde en plads til deres børn i løbet af sidste år.",
           "Ifølge skolens leder kan den tage imod flere elever end den gamle, og det er godt for alle."),
    "no": ("Kommunen har bestemt seg for å bygge en ny skole i sentrum, og den skal være ferdig til høsten.",
           "Det var ikke lett for foreldrene å finne en plass til barna sine i løpet av fjoråret.",
           "Ifølge rektor kan skolen ta imot flere elever enn den gamle, og det er bra for alle."),
}


@pytest.mark.parametrize("lang, own", [("sv", "och"), ("da", "af"), ("no", "seg")])
def test_nordic_pages_get_their_stop_list(lang, own):
    """Swedish, Danish and Norwegian prose is measured by its own function words: the stop list chosen
    holds the page's words, and its prose lines get a share of them (menus none)."""
    lines = ["Hem", "Nyheter", "Sport"] + list(_NORDIC[lang]) * 2
    blocks, _ = text_blocks("\n\n".join(lines))
    stop = textdump._stoplist(blocks)
    assert stop is not None and own in stop
    feats = textdump.line_features(blocks)
    assert all(f.stop >= 0.25 for f in feats[3:])


_POLISH = ("Rada miasta zdecydowała, że w centrum powstanie nowa szkoła, która będzie gotowa do jesieni.",
           "Rodzice od dawna skarżyli się na brak miejsc dla dzieci w starym budynku przy głównej ulicy.",
           "Według dyrektorki nowa szkoła przyjmie więcej uczniów niż obecna i będzie miała własną salę.")


def test_share_of_function_words_is_read_against_the_language_s_usual_share():
    """Polish prose holds fewer function words than English (no articles): a prose line's share of them
    is read in proportion to Polish prose's usual share, so it scores as prose, a menu's line as none."""
    blocks, _ = text_blocks("\n\n".join(["Start", "Kraj", "Sport"] + list(_POLISH) * 2))
    stop = textdump._stoplist(blocks)
    assert stop is textdump.STOPWORDS["pl"]
    words = textdump._WORD.findall(_POLISH[0].lower())
    raw = sum(1 for w in words if w in stop) / len(words)
    assert raw < 0.25  # (read as it is, the line would count as no prose)
    feats = textdump.line_features(blocks)
    assert feats[3].stop > 0.25 and feats[3].stop > raw


# ---------------------------------------------------------------------------
# The run under the title is weighed even when more runs outsum it (see _title_run)
# ---------------------------------------------------------------------------

def _long_comment(i: int) -> str:
    return (f"Reply {i}: I have followed this bridge for years and I still think the board should have asked the "
            "walkers, the ferry crew and the mill's volunteers before it chose the site, because the old path by "
            "the weir floods every winter, the car park is far too small for the summer fair, and the villages "
            "were promised a vote of their own on the plan at the last meeting in the hall.")


def _brief_over_long_comments() -> str:
    brief = " ".join(_BRIDGE[:2])
    posts: list[str] = []
    for i, name in enumerate(_POSTERS[:6], 1):
        posts += [name, f"Posted March {i}, 2024 at 9:{10 + i} am | Permalink", "", _long_comment(i), "", "Reply", ""]
        for j, short in enumerate(("Agreed.", "Same here", "Thanks")):  # (short replies between the long ones)
            posts += [_POSTERS[(i + j + 1) % len(_POSTERS)], f"Posted March {i}, 2024 at 10:{10 + j} am | Permalink",
                      "", short, "", "Reply", ""]
    return "\n".join(_MENU + ["", "Council funds the footbridge", "By Jane Doe", "", brief, "", "Tags:", "Bridges",
                              "", "6 Comments", ""] + posts + _MENU)


def test_a_brief_under_its_title_outweighs_more_and_longer_comments_than_the_candidates_hold():
    # six comments, each longer than the brief and each a run of its own, fill the candidates: the brief under
    # the title is weighed all the same, and the comment heading below it discounts them
    page = _brief_over_long_comments()
    body = texts(Cleaner().clean(page, input_kind="text"))
    assert body == [" ".join(_BRIDGE[:2])]


def test_a_title_run_of_a_few_words_is_no_candidate():
    feats = _run_feats(["title", "", ""])
    g = [-1.0, textdump.THREAD_HEAD_MIN / 2, -1.0]
    assert textdump._title_run(feats, g, [(2, 3, 0.5)]) == []
    g[1] = textdump.THREAD_HEAD_MIN
    assert textdump._title_run(feats, g, [(2, 3, 0.5)]) == [(1, 2, textdump.THREAD_HEAD_MIN)]
