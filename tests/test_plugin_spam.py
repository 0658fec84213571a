"""The spam plugin: gambling/cheat/SEO spam goes, news about the same words stays."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import newsclean
from newsclean.plugins import related, spam
from newsclean.plugins.spam import is_spam_line, score_line

DATA = Path(__file__).parent / "data"


def removed(page: str, *plugins, input_kind: str | None = "text") -> dict[str, str]:
    """text -> kind of every block the given plugins removed."""
    cleaner = newsclean.Cleaner(plugins=plugins or [spam], entry_points=False)
    art = cleaner.clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


BODY_ZH = ("山东德州市今年粮食总产量再创新高，全市小麦种植面积稳定在五百万亩以上，"
           "农业部门表示，良种覆盖率已经超过百分之九十八。")

LISTING_ZH = [
    "5分钟实锤!桥牌大师辅助器... 5分钟实锤!桥牌大师辅助器(线上牌局)原来真的有挂(详细辅助揭秘教程)1、安装简单...",
    "第七分钟实锤!微乐斗牛透视... 第七分钟实锤!微乐斗牛透视(斗牛)确实一直有挂(详细辅助新版教程);1、无需越狱...",
    "终于知道!红中麻将到底有没有挂(麻将)亲测开挂方法分享",
    "科普一下!德扑之家外挂工具(其实是有挂)-知乎",
]


def test_listing_goes_as_spam_and_the_body_stays() -> None:
    page = "\n\n".join([BODY_ZH, "热门资讯", *LISTING_ZH])
    got = removed(page)
    for line in LISTING_ZH:
        assert got.get(line) == "spam", line
    assert BODY_ZH not in got
    assert "热门资讯" not in got  # the heading is the related plugin's


@pytest.mark.parametrize("line", [
    # zh: Dezhou the city, Texas, Texas Instruments, poker and lottery as news
    "德州市公安局破获一起网络赌博案，抓获犯罪嫌疑人9名。",
    "德州仪器发布第二季度财报，模拟芯片营收同比增长。",
    "美国德州州长宣布全州进入干旱紧急状态。",
    "人工智能在六人德州扑克比赛中首次战胜职业选手。",
    "警方提醒：网上兜售的麻将“透视挂”“辅助器”都是诈骗，切勿付款。",
    "法院以提供侵入计算机系统工具罪判处一名棋牌外挂制作者有期徒刑两年。",
    "某网游运营商本月封禁外挂账号三万余个。",
    "体彩大乐透开出3注头奖，每注奖金1000万元。",
    "必胜客推出新品，门店排起长队。",
    "德州扒鸡老店开进北京，首日卖出两千只。",
    # en: casino stocks, betting regulation, poker as news, cheating as news
    "Casino stocks rallied after Macau reported its best month of gaming revenue since 2019.",
    "Regulators in Britain banned free spins offers to customers who had opted out of marketing.",
    "Police said the men used a hidden camera to cheat at a high-stakes poker game in Texas.",
    "Texas Instruments shares fell after the chipmaker cut its revenue forecast.",
    "The state legalized sports betting last year; a bonus code ban is now under debate.",
    "Hackers disrupted slot machines at the casino, the company said in a filing.",
])
def test_news_about_the_same_words_is_kept(line: str) -> None:
    assert not is_spam_line(line)
    assert removed(BODY_ZH + "\n\n" + line) == {}


@pytest.mark.parametrize("line", [
    "Free Spins No Deposit Today: Claim 120 Free Spins at Star Reels Casino!",
    "Texas Hold'em Free Chips Hack 2025 - Unlimited Chips Generator, No Survey",
    "Guaranteed roulette system: never lose again, download the PDF now",
    "online blackjack cheat software download",
    "澳门线上娱乐城 注册送58元彩金 首存即返水",
    "时时彩计划群 一期一计划 稳赚不赔 加微信领取",
])
def test_spam_styles_alone(line: str) -> None:
    assert is_spam_line(line)
    assert removed(line) == {line: "spam"}


def test_company_takes_a_weaker_offer_among_spam() -> None:
    weak = "斗地主怎么提高胜率"  # a weak offer next to a game, below the bar on its own
    s = score_line(weak)
    assert s.has_offer and s.total < spam.SPAM_SCORE
    assert removed(weak) == {}
    page = "\n".join([LISTING_ZH[0], LISTING_ZH[1], weak, LISTING_ZH[2]])
    assert removed(page).get(weak) == "spam"


def test_news_voice_is_never_taken_by_company() -> None:
    news = "警方破获一起开发棋牌外挂的案件。"
    page = "\n".join([LISTING_ZH[0], LISTING_ZH[1], news, LISTING_ZH[2]])
    assert news not in removed(page)


def test_html_list_items() -> None:
    items = "".join(f"<li><a href='/x{i}'>{t}</a></li>" for i, t in enumerate(LISTING_ZH))
    page = f"<html><body><p>{BODY_ZH}</p><ul>{items}</ul></body></html>"
    got = removed(page, spam, input_kind=None)
    assert sorted(got) == sorted(LISTING_ZH)
    assert set(got.values()) == {"spam"}


def test_spam_teasers_in_a_related_list_keep_the_spam_kind() -> None:
    news_teaser = "某地新建跨江大桥今日通车 记者... 记者从交通部门获悉，大桥全长三千米..."
    page = "\n\n".join([BODY_ZH, BODY_ZH, "相关内容", "热门资讯", *LISTING_ZH, news_teaser])
    got = removed(page, spam, related)
    assert all(got[line] == "spam" for line in LISTING_ZH)
    assert got[news_teaser] == "related"
    assert got["相关内容"] == got["热门资讯"] == "related"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_labelled_set_size_and_balance() -> None:
    rows = _rows("spam_lines.tsv")
    spam_rows = [r for r in rows if r["label"] == "spam"]
    ham_rows = [r for r in rows if r["label"] == "ham"]
    assert len(spam_rows) >= 200 and len(ham_rows) >= 200
    assert {r["lang"] for r in spam_rows} == {r["lang"] for r in ham_rows} == {"zh", "en"}
    assert sum("德州" in r["text"] for r in ham_rows) >= 30


@pytest.mark.parametrize("name", ["spam_lines.tsv", "spam_lines_holdout.tsv"])
def test_precision_and_recall_on_the_labelled_lines(name: str) -> None:
    tp = fp = fn = 0
    for r in _rows(name):
        got, truth = is_spam_line(r["text"]), r["label"] == "spam"
        tp += got and truth
        fp += got and not truth
        fn += truth and not got
    assert tp / (tp + fp) >= 0.99
    assert tp / (tp + fn) >= 0.95


def test_long_prose_is_never_classified() -> None:
    long_line = "德州扑克外挂有挂辅助教程实锤" * 40
    assert not is_spam_line(long_line)


def test_english_word_gate_never_hides_a_pattern_match() -> None:
    from newsclean.plugins.spam import _TRIGGER_EN, _WORD, EN_ANCHORS
    from newsclean.text import nfkc

    lines = [r["text"] for name in ("spam_lines.tsv", "spam_lines_holdout.tsv", "spam_lines_holdout2.tsv",
                                    "spam_lines_holdout3.tsv") for r in _rows(name)]
    lines += ["undetectable poker hud", "instant withdrawals", "fast payouts", "pay after win", "100% sure"]
    for line in lines:
        low = nfkc(line).lower()
        if _TRIGGER_EN.search(low):
            assert not EN_ANCHORS.isdisjoint(_WORD.findall(low)), line


# -- issue 11.2: headlines with ambiguous words are news ---------------------------------------------------

ISSUE_HEADLINES = ["德州仪器发布新款控制器芯片", "特斯拉升级车载控制器软件", "小米发布最新黑科技…", "华为升级智能驾驶辅助系统…"]
BODY_PAGE = "\n\n".join([BODY_ZH] * 3)


def _full_clean_spam(lines: list[str], html: bool) -> set[str]:
    """Texts the full set of installed plugins removes as spam when ``lines`` follow an article."""
    import html as h

    cleaner = newsclean.Cleaner()
    if html:
        items = "".join(f"<li><a href='/n{i}'>{h.escape(t)}</a></li>" for i, t in enumerate(lines))
        page = (f"<html><body>{''.join(f'<p>{BODY_ZH}</p>' for _ in range(3))}"
                f"<h3>相关新闻</h3><ul>{items}</ul></body></html>")
        art = cleaner.clean(page)
    else:
        art = cleaner.clean(BODY_PAGE + "\n\n相关新闻\n" + "\n".join(lines), input_kind="text")
    return {r.text.strip() for r in art.removed if r.kind == "spam"}


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_the_issue_headlines_survive_a_full_clean(html: bool) -> None:
    for line in ISSUE_HEADLINES:
        assert not is_spam_line(line), line
        assert _full_clean_spam([line], html) == set(), line
    assert _full_clean_spam(ISSUE_HEADLINES, html) == set()


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_every_labelled_headline_survives_a_full_clean_in_lists(html: bool) -> None:
    heads = [r["text"] for r in _rows("spam_lines.tsv") if r["style"] == "headline"]
    taken: set[str] = set()
    for i in range(0, len(heads), 6):
        taken |= _full_clean_spam(heads[i:i + 6], html)
    assert taken == set()


def test_the_headline_set_covers_the_ambiguous_words() -> None:
    heads = [r for r in _rows("spam_lines.tsv") if r["style"] == "headline"]
    assert len(heads) >= 150 and {r["label"] for r in heads} == {"ham"}
    for word in ("辅助", "升级", "控制器", "黑科技", "赛车", "德州", "扑克", "软件", "外挂", "controller", "poker"):
        assert sum(word in r["text"].lower() for r in heads) >= 3, word


def test_ambiguous_words_are_neither_strong_offers_nor_games() -> None:
    for word in ("控制器", "黑科技", "外挂", "开挂", "辅助器", "辅助软件", "辅助工具"):
        assert word not in spam.CHEAT_STRONG_ZH, word
    for word in ("升级", "赛车", "拖拉机", "生肖", "菠萝", "快三"):
        assert word not in spam.GAME_ZH, word
    for word in ("有猫腻", "猫腻", "数据软件", "微扑克"):  # words of one page are not rules
        assert word not in spam.CHEAT_STRONG_ZH + spam.CHEAT_WEAK_ZH + spam.GAME_ZH, word
    assert not spam.BAIT_ZH_RE.search("总是是真的")


@pytest.mark.parametrize(("line", "offer"), [
    ("老旧小区加装外挂电梯", False), ("斗地主外挂", True),
    ("华为升级智能驾驶辅助系统", False), ("微乐麻将辅助", True),
    ("小米发布最新黑科技", False), ("红中麻将黑科技", True),
    ("德州仪器推出低功耗微控制器", False), ("牛牛红包控制器", True),
    ("医院挂号难题有望破解", False), ("麻将到底有没有挂", True),
])
def test_an_ambiguous_word_is_an_offer_only_next_to_a_game(line: str, offer: bool) -> None:
    assert score_line(line).has_offer is offer


def test_no_bonus_for_missing_punctuation() -> None:
    assert score_line("特斯拉升级车载控制器软件") == score_line("特斯拉升级车载控制器软件。") or \
        not score_line("特斯拉升级车载控制器软件").has_offer
    assert not hasattr(spam, "_keyword_shaped")


@pytest.mark.parametrize("name", ["spam_lines_holdout2.tsv", "spam_lines_holdout3.tsv"])
def test_the_late_held_out_parts_are_well_formed(name: str) -> None:
    """Written after the rules of issue 11.2 and only scored by bench/spam_eval.py (holdout3 never
    used to tune them): no threshold is asserted on them here."""
    rows = _rows(name)
    assert {r["label"] for r in rows} == {"spam", "ham"} and {r["lang"] for r in rows} == {"zh", "en"}
    assert sum(r["style"] == "headline" for r in rows) >= 50
    assert not {r["text"] for r in rows} & {r["text"] for r in _rows("spam_lines.tsv")}


@pytest.mark.parametrize(("line", "spam_line"), [
    ("We are still working on the best way to share the numbers of our blog, Weekend Hacks, today!", False),
    ("The best part: after a month I added a second cheat day every weekend and kept the weight off!", False),
    ("Our new generator works every time and is the best we have tested so far!", False),
    ("Coin Master hack apk - unlimited spins and coins, 100% working", True),
    ("Poker hack 2025 - best working cheats, download today!", True),
])
def test_a_prose_word_of_the_cheat_vocabulary_alone_sells_nothing(line: str, spam_line: bool) -> None:
    """hack, cheat, generator are words of prose too: without a game, a gambling offer or a
    cheat word that means nothing else, a line holding them offers nothing."""
    assert set(spam.ORDINARY_CHEAT_WORDS_EN) <= set(spam.CHEAT_STRONG_EN)
    assert is_spam_line(line) is spam_line
    assert (removed(line) == {line: "spam"}) is spam_line


def test_a_trigger_word_without_an_offer_scores_nothing_and_an_offer_keeps_every_concept() -> None:
    # "code" passes the first look; without a cheat or an offer the line scores nothing at all
    assert score_line('Use code "50OFF699" to get it at Dell for $799.99') == spam.SpamScore()
    # with a cheat offer, the other concepts are still counted (game, teaser, contact)
    s = score_line("Poker cheat software, contact us on WhatsApp for a free trial")
    assert s.cheat > 0 and s.game > 0 and s.tease > 0 and s.contact > 0
