"""Gambling and SEO spam: cheat-software teasers, casino promotions, tip sellers.

Portals that republish news often carry, below the article, lists of SEO
teasers such as ``5分钟实锤!某某麻将有挂(详细辅助教程)1、…`` or
``Zynga Poker Free Chips Hack 2025 - No Survey``. One word never makes a
line spam: 德州 is a city in Shandong and the Chinese name of Texas (德州仪器 is
Texas Instruments), 彩票 and 扑克 appear in ordinary news, casino stocks and
sports-betting regulation are news. A line is spam by its *shape*:

* an **offer** -- cheat software (有挂 / 透视挂 / 作弊器 / hack / aimbot), or a
  gambling promotion (注册送彩金 / 返水 / free spins / no deposit / bonus code),
  or a tip seller (一码中特 / 稳赚不赔 / fixed matches). Words that are ordinary
  words elsewhere (外挂 an add-on, 辅助 driver assistance, 控制器 a controller,
  黑科技 new technology, 开挂 "on a roll") make an offer only within
  :data:`NEAR_CHARS` of a game's name (麻将辅助, 德州外挂), or beside a strong
  cheat word; next to the game they weigh more (a cheat *for* that game);
* dressed as a **teaser** -- 教程 / 攻略 / 揭秘 / "N分钟实锤!" clickbait / "-知乎"
  SEO suffixes / "how to win every time" / "100% working";
* about **gambling games** (德州 / 德扑 / 麻将 / 斗地主 / casino / slots / poker;
  names that are also ordinary words -- 升级, 赛车, 拖拉机 -- are not games, and
  德州仪器 or 德州市 are not 德州 the game);
* and with **no news voice**: a line that reports (警方 / 法院 / 记者 / 诈骗 /
  发布 / 推出 / said / police / regulators / shares / scam) is talking *about*
  spam or gambling, not selling it.

A line's missing punctuation is no evidence: headlines have none either. Nor
are the English cheat words that prose uses too (hack, cheat, generator, glitch,
bot: :data:`ORDINARY_CHEAT_WORDS_EN`) an offer alone: a line holding no other
cheat word, no game and no gambling offer sells nothing ("the numbers of our blog,
Weekend Hacks", "a second cheat day").

Each concept scores points (capped per concept); a line whose score reaches
:data:`SPAM_SCORE` and that carries an offer is spam. Lines that score lower
but still carry an offer are taken when they sit in a run of spam lines
(the *company* rule): listings come in runs.
"""
from __future__ import annotations

import re
from typing import Callable
from dataclasses import dataclass

from newsclean import Step, hookimpl
from newsclean.document import Block, Document
from newsclean.patterns import LazyPattern, odd_case_chars
from newsclean.text import nfkc

__all__ = ["score_line", "is_spam_line", "SpamScore", "SPAM_SCORE"]

# --- vocabulary, grouped by concept ------------------------------------------
# Cheat software offers: decisive on their own for the "offer" part.
# Only words that name cheating at cards whatever the sentence: 外挂 is also an add-on
# (外挂电梯), 辅助 driver assistance, 控制器 a controller, 黑科技 any new technology,
# 开挂 "on a roll" -- those are weak words, counted only next to a game (below).
CHEAT_STRONG_ZH = (
    "有挂", "透视挂", "有没有挂", "是不是有挂", "透视辅助", "辅助透视", "透视软件", "详细辅助",
    "作弊器", "作弊软件", "看牌器", "看牌软件", "记牌器破解", "必赢神器", "开挂神器", "开挂软件", "开挂辅助",
    "必胜软件", "必胜插件", "必赢辅助", "稳赢辅助", "发牌规律",
    # seeing the other players' cards
    "对方底牌", "对方手牌", "对方的牌", "对手底牌", "对手手牌", "对手的牌", "别人的牌", "别人手牌",
)
#: Characters after 挂 that make another word (挂号 registration, 挂牌 listing ...): no cheat there.
GUA_COMPOUNDS = "号牌钟钩历念靠职失面图件帅彩科断机网载"
# Cheat words that are ordinary words elsewhere: an offer only within NEAR_CHARS of a game word.
CHEAT_WEAK_ZH = ("辅助", "透视", "插件", "作弊", "破解", "看牌", "必胜", "必赢", "稳赢", "胜率", "神器",
                 "外挂", "开挂", "黑科技", "辅助器", "破解版", "破解器", "控制器")
CHEAT_STRONG_EN = (
    r"\bhack(?:s|ed)?\b", r"\bcheats?\b", r"\bgenerator\b", r"\b(?:mod|hack|hacked|cheat) apk\b", r"\baimbot\b", r"\bwallhack",
    r"\bunlimited (?:free )?(?:coins|chips|spins|gems|cash|gold|dice)", r"\bfree (?:chips|coins|dice)\b",
    r"\b(?:poker )?bots?\b", r"\bundetect(?:ed|able)\b", r"\bno human verification\b", r"\bno survey\b",
    r"\banti-?ban\b", r"\bglitch\b", r"\bcheat engine\b", r"\bhacking device\b", r"\brta\b",
    r"\breal time assistant\b", r"\bcard counting app\b",
    r"\bsee (?:\w+ )?(?:opponents'?|hole|their|other players'?) cards\b", r"\bwithout human verification\b",
)
#: Strong English cheat words that are also ordinary words of prose (life hacks, a blog named
#: Hacks, a diet's cheat day, a power generator, a chat bot): alone they make no offer; a line
#: holding nothing else of the cheat vocabulary, no game and no gambling offer sells nothing.
ORDINARY_CHEAT_WORDS_EN = (r"\bhack(?:s|ed)?\b", r"\bcheats?\b", r"\bgenerator\b", r"\bglitch\b",
                           r"\b(?:poker )?bots?\b")
#: Words at least one of which every English cheat/offer pattern needs: a cheap
#: gate before the patterns themselves (tests check each pattern names one).
EN_ANCHORS = frozenset("""
    hack hacks hacked hacking cheat cheats generator apk aimbot wallhack wallhacks unlimited free bot bots
    undetected undetectable verification survey ban antiban glitch rta assistant counting cards spin spins deposit
    bonus promo welcome risk real keep withdraw withdrawal withdrawals instant instantly payout payouts cashback
    rakeback gamstop kyc wagering gold gift sure fixed vip pay guaranteed winning correct reload code never every
    casino casinos trick proven make win beat 100
""".split())
# Gambling games and platforms (context, never enough alone).
# Names that are also ordinary words (升级 upgrade, 拖拉机 tractor, 赛车 motor racing, 生肖
# zodiac, 菠萝 pineapple, 快三 "almost three") are left out or kept only in compounds.
GAME_ZH = (
    "德州", "德扑", "扑克", "棋牌", "麻将", "斗地主", "炸金花", "扎金花", "牛牛", "跑得快", "十三水", "掼蛋",
    "大菠萝", "百家乐", "捕鱼", "老虎机", "龙虎斗", "轮盘", "赌场", "娱乐城", "真人视讯", "电子游艺",
    "斗牛", "跑胡子", "字牌", "纸牌", "牌九", "骰宝", "二八杠", "推筒子", "双扣", "够级",
    "21点", "牌局", "打牌", "雀神", "比鸡",
    "wepoker", "wpk", "hhpoker", "aapoker", "poker", "德扑圈", "约局吧",
    "娱乐场", "荷官", "时时彩", "六合彩", "pk10", "幸运飞艇", "特马", "双色球", "竞彩", "北京赛车", "极速赛车",
)
#: Names that hold a game word but are not games: 德州 is a city in Shandong and the
#: Chinese name of Texas, 德州仪器 is Texas Instruments.
GAME_FALSE_FRIENDS_ZH = (
    "德州仪器", "德州市", "德州学院", "德州东站", "德州站", "德州扒鸡", "德州黑陶", "山东德州", "美国德州",
    "德州州长", "德州队", "德州人", "德州大学", "德州农工",
)
#: Largest gap (characters) between a weak cheat word and a game word for them to make an offer.
NEAR_CHARS = 8
GAME_EN = (
    r"\bcasinos?\b", r"\bslots?\b", r"\bslot machines?\b", r"\bpokies\b", r"\broulette\b", r"\bblackjack\b",
    r"\bbaccarat\b", r"\bpoker\w*", r"\bjackpot\b", r"\bsportsbooks?\b", r"\bbetting\b", r"\bbets?\b",
    r"\bodds\b", r"\bfixed match(?:es)?\b", r"\bbingo\b", r"\baccumulator\b", r"\bhold'?em\b",
    r"\b(?:soccer|football|match|betting) (?:predictions|tips)\b",
)
# Gambling promotions and tip selling: an offer as strong as cheat software.
OFFER_ZH = (
    "注册送", "注册即送", "注册就送", "注册立送", "首充", "首存", "返水", "彩金", "体验金", "提现秒到", "秒到账", "存款秒到", "日提款",
    "真人荷官", "线上娱乐", "娱乐平台", "线上赌场", "投注平台", "信誉赌场", "信誉第一", "一码中特", "一肖一码",
    "一码一肖", "稳赚不赔", "稳赚不亏", "稳赚", "必中", "计划软件", "计划群", "稳胆", "内部资料", "内部消息",
    "带单", "跟单", "精准预测", "杀号定胆", "今晚特马", "连红", "赢真钱", "赢钱", "上分", "回本", "免费试玩",
    "不赢不收费", "先试后付", "招代理", "永不封号", "不封号", "防封", "天天赢", "稳赚",
    "保证盈利", "稳定盈利", "包赢", "把把赢", "局局赢", "每局必赢", "陪打", "百分百中", "日入过万", "日赚", "日入", "月入过万",
)
OFFER_EN = (
    r"\bfree spins?\b", r"\bno deposit\b", r"\bbonus codes?\b", r"\bpromo codes?\b", r"\bwelcome (?:bonus|package)\b",
    r"\bdeposit match\b", r"\bmatch bonus\b", r"\bfree bets?\b", r"\brisk-free\b", r"\breal (?:money|cash)\b",
    r"\bkeep (?:what you win|(?:your |the )?winnings)\b", r"\binstant(?:ly)? withdraw", r"\bwithdraw your winnings\b",
    r"\bfast payout", r"\bpay ?out instantly\b", r"\bcashback\b", r"\brakeback\b", r"\bnot on gamstop\b",
    r"\bno kyc\b", r"\bno wagering\b", r"\bfree (?:\$\d+ )?(?:casino )?chip\b", r"\bgold coins\b", r"\bbonus bets\b",
    r"\bdaily gift\b", r"\bfree slots\b", r"\bsure (?:wins?|bets?|\d+ odds)\b", r"\bfixed match", r"\bvip (?:group|ticket)\b",
    r"\bpay after win\b", r"\bguaranteed (?:wins?|winners|jackpot)\b", r"\bwinning (?:system|formula)\b",
    r"\bcorrect score\b", r"\breload bonus\b", r"\bwith code\b",
    # promises of winning: selling a system
    r"\bnever (?:lose|loses)\b", r"\b(?:win|wins|pays?) (?:\w+ ){0,3}every (?:time|spin|hand|pot)\b",
    r"\bcasinos? (?:hate|don't want|are furious)", r"\b(?:secret|simple) trick\b", r"\bproven system\b",
    r"\bmake \$\d[\d,]* (?:a|per) (?:day|week)\b", r"\bmake money every day\b",
    r"\bwin (?:real money|millions|big|cash|up to)\b", r"\bbeat (?:the )?(?:casino|house|dealer|slots?)\b",
    r"\bfirst deposit\b", r"\bdeposit (?:doubled|bonus)\b", r"\bfree play\b", r"\bbonus spins\b",
    r"\bfree slot games\b", r"\bfree credits?\b", r"\b100 ?% (?:sure|safe|guaranteed)\b", r"\bguaranteed profit\b",
)
# Teaser dress: tutorial, reveal, download, "today", "100% working".
TEASE_ZH = (
    "教程", "攻略", "揭秘", "曝光", "详细", "安装", "技巧", "秘籍", "必看", "科普", "亲测", "实测", "下载",
    "免费", "方法", "分享", "推荐", "手把手", "一招", "干货", "福利", "官网", "安卓", "苹果版", "手机版", "新版",
    "最新", "原理", "内幕", "真相", "看过来", "点击", "附", "准确率", "中奖率", "精准", "资料大全", "教你",
)
TEASE_EN = (
    r"\bhow to (?:win|hack|beat|get|cheat)\b", r"\bsecret\b", r"\btricks?\b", r"\bevery (?:time|hand|spin|pot|day)\b",
    r"\bnever (?:lose|loses)\b", r"\bguaranteed\b", r"\b100 ?%", r"\bworking\b", r"\blegit\b", r"\bupdated\b",
    r"\btoday'?s?\b", r"\b20[2-3]\d\b", r"\bdownload\b", r"\bcasinos? (?:hate|don't want|are furious)",
    r"\bclaim\b", r"\bjoin now\b", r"\bsign(?:ing)? up\b", r"\blimited time\b", r"\bexclusive\b", r"\binstant(?:ly)?\b",
    r"\blinks?\b", r"\b\d{2,3} ?% (?:accuracy|accurate|win rate|success)",
    r"\$\d[\d,]*\+? (?:in|per|a) (?:one |a single )?(?:night|day|week|hour)\b", r"\bfree trial\b", r"\bno download\b", r"\bplay now\b", r"\bregister (?:today|now)\b",
    r"!", r"\btop (?:\d+|rated)\b", r"\bbest\b", r"\b(?:android|ios|apk|apps?)\b",
)
# Clickbait frames typical of the teaser farms.
BAIT_ZH_RE = re.compile(
    r"[第]?[0-9一二三四五六七八九十两]+分钟实锤|实锤|原来(?:真的|一直)|其实(?:真的|一直)|竟然|果然|果真"
    r"|终于(?:知道|明白)|玩家必看|一分钟(?:了解|揭秘)|必看|震惊|火爆全网|不看后悔|建议收藏")
BAIT_STRONG_RE = re.compile(r"[第]?[0-9一二三四五六七八九十两]+分钟实锤|[((]\s*(?:详细|确实|其实|原来|真实|竟然|总是|一直)[^()()]{0,12}[))]")
# "-知乎" style SEO suffixes naming a Q&A or video platform.
SEO_SUFFIX_RE = re.compile(
    r"[-—_|]\s*(?:知乎(?:专栏|问答)?|哔哩哔哩|百度(?:知道|经验)|今日头条|抖音|百家号|微博|csdn|小红书|网易号|搜狐号|简书)\s*$")
CONTACT_ZH = ("加微信", "加v", "加薇", "薇信", "微信同号", "联系qq", "qq:", "qq群", "私聊", "联系客服", "加qq", "v信", "私信")
CONTACT_EN = (r"\bwhatsapp\b", r"\btelegram\b", r"@\w{3,}", r"\bcontact us\b", r"\btext now\b")
# The news voice: reporting about gambling or spam, not selling it.
NEWS_ZH = (
    "警方", "公安", "法院", "判处", "被判", "获刑", "判刑", "宣判", "抓获", "破获", "捣毁", "涉案", "犯罪", "嫌疑人",
    "诈骗", "骗局", "被骗", "受骗", "上当", "陷阱", "诱饵", "诱骗", "违法", "依法", "记者", "通报", "提醒", "警惕", "谨防", "切勿", "获悉",
    "表示", "报道", "调查", "监管", "查处", "打击", "起诉", "研究", "赌博", "封禁", "禁赛", "财报", "营收",
    "股价", "公司", "政府", "举办", "举行", "锦标赛", "比赛", "冠军", "选手", "市委", "市政府", "州长", "博彩收入",
    # the verbs of headlines: what a company, a city or a team did
    "发布", "推出", "亮相", "上市", "获批", "签署", "开幕", "宣布", "召开", "出台", "入选", "同比", "开展", "落地",
    "量产", "交付", "营收", "研发", "论文", "产业", "企业", "工厂",
)
NEWS_EN = (
    r"\bsaid\b", r"\bsays\b", r"\bsay\b", r"\btold\b", r"\baccording to\b", r"\breported\b", r"\bpolice\b",
    r"\bcourt\b", r"\bjudge\b", r"\bregulators?\b", r"\bregulat\w+\b", r"\bcommission\b", r"\bfined\b", r"\bcharged\b",
    r"\barrested\b", r"\bsued\b", r"\blawsuit\b", r"\blawmakers\b", r"\blegislat\w+", r"\bshares\b", r"\bstocks?\b",
    r"\brevenue\b", r"\banalysts?\b", r"\bofficials?\b", r"\bstudy\b", r"\bresearchers?\b", r"\binvestigat\w+",
    r"\bannounced\b", r"\bapproved\b", r"\bvoters?\b", r"\bruling\b", r"\bscams?\b", r"\billegal\b", r"\bunlicensed\b",
    r"\baddiction\b", r"\bproblem gambl", r"\bwarn(?:s|ed)?\b", r"\bcomplaints?\b", r"\bcriti(?:cs|cism|cized)\b",
    r"\bcharities\b", r"\bombudsman\b", r"\bmislead\w*", r"\bbanned\b", r"(?<!-)\bban\b", r"\bquarter(?:ly)?\b",
    r"\bfederal\b", r"\bprosecutors?\b", r"\bsenate\b", r"\bparliament\w*", r"\breport\b",
)

#: Points for one line at or above which it is spam (when it carries an offer).
SPAM_SCORE = 4
#: Lower score that a line with an offer needs when it sits among spam lines.
COMPANY_SCORE = 2
#: Spam lines needed within :data:`COMPANY_WINDOW` kept blocks for the company rule.
COMPANY_NEIGHBOURS = 2
COMPANY_WINDOW = 3
#: Blocks longer than this (characters) are prose, never classified.
MAX_CHARS = 400


def _terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))


def _first_letter_groups(patterns: tuple[str, ...]) -> str:
    """One pattern matching wherever one of ``patterns`` does, shaped to run fast.

    ``\\b(?:a|bs?)rest`` is spread into ``\\barest|\\bbrest|\\bbsrest``, then
    the patterns that open with ``\\b`` and a letter are grouped by that letter,
    so that at each position the engine tries one group instead of every
    pattern. Only the existence of a match is kept (not which pattern matched first).
    """
    def spread(p: str) -> list[str]:
        m = re.match(r"^\\b\(\?:([\w '|?]+)\)(\?)?(.*)$", p)
        if not m or any(a.count("?") > (1 if a.endswith("?") else 0) for a in m.group(1).split("|")):
            return [p]
        alts: list[str] = []
        for a in m.group(1).split("|"):  # "pays?": "pays" and "pay"
            alts += [a[:-1], a[:-2]] if a.endswith("?") else [a]
        out = [r"\b" + alt + m.group(3) for alt in alts]
        if m.group(2):
            out.append(r"\b" + m.group(3))
        return [q for o in out for q in spread(o)]

    groups: dict[str, list[str]] = {}
    other: list[str] = []
    for p in (q for p in patterns for q in spread(p)):
        if p.startswith(r"\b") and len(p) > 3 and p[2].isalnum() and p[3] not in "?*+{":
            groups.setdefault(p[2], []).append(p[3:])
        else:
            other.append(p)
    alt = "|".join(f"{k}(?:{'|'.join(v)})" for k, v in sorted(groups.items()))
    return "|".join(([rf"\b(?:{alt})"] if alt else []) + other)


class _Forms(list):  # type: ignore[type-arg]
    """Case-insensitive patterns, each searched on its own (each one found counts), with one
    first look for them all: a lower-cased line that none of them can match costs one search."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        super().__init__(re.compile(p, re.I) for p in patterns)
        alt = _first_letter_groups(patterns) if patterns else "(?!)"
        self._any = LazyPattern(alt, re.I)  # (only for a line holding ſ or ı)
        # on lower-cased text a pattern of lower-case letters needs no IGNORECASE (see _TRIGGER_EN_LOW)
        self._any_low = None if any(re.search(r"(?<!\\)[A-Z]", p) for p in patterns) else re.compile(alt)
        # ... and so does each pattern: the twins find the same matches on a lower-cased line that holds
        # no character IGNORECASE equates with a letter of the patterns other than by its lower case
        self._low = None if self._any_low is None else [re.compile(p) for p in patterns]
        self._odd = re.compile("[" + re.escape(odd_case_chars("".join(patterns))) + "]")

    def may_match(self, low: str) -> bool:
        """False when no pattern matches ``low`` (a lower-cased line)."""
        if self._any_low is not None and "\u017f" not in low and "\u0131" not in low:
            return self._any_low.search(low) is not None
        return self._any.search(low) is not None

    def for_lower(self, low: str) -> "list[re.Pattern[str]]":
        """The patterns to search the lower-cased line ``low`` with: the same matches, found faster
        without IGNORECASE where that cannot change them."""
        if self._low is not None and self._odd.search(low) is None:
            return self._low
        return self


def _res(patterns: tuple[str, ...]) -> "_Forms":
    return _Forms(patterns)


_CHEAT_STRONG_ZH = re.compile("|".join(re.escape(t) + (f"(?![{GUA_COMPOUNDS}])" if t.endswith("挂") else "")
                                       for t in sorted(CHEAT_STRONG_ZH, key=len, reverse=True)))
_CHEAT_WEAK_ZH = re.compile("|".join(re.escape(t) + (f"(?![{GUA_COMPOUNDS}])" if t.endswith("挂") else "")
                                     for t in sorted(CHEAT_WEAK_ZH, key=len, reverse=True)))
_GAME_ZH = _terms(GAME_ZH)
_GAME_FALSE_ZH = _terms(GAME_FALSE_FRIENDS_ZH)
_OFFER_ZH = _terms(OFFER_ZH)
_TEASE_ZH = _terms(TEASE_ZH)
_CONTACT_ZH = _terms(CONTACT_ZH)
_NEWS_ZH = _terms(NEWS_ZH)
_CHEAT_EN = _res(CHEAT_STRONG_EN)
#: English cheat words that also name other things next to a game ("casino hack": a break-in,
#: "slot glitch": a fault): they get no bonus for touching the game's name.
AMBIGUOUS_NEXT_TO_GAME_EN = ("hack", "generator", "glitch")
_CHEAT_EN_TOUCH = [p for src, p in zip(CHEAT_STRONG_EN, _CHEAT_EN)
                   if not any(w in src for w in AMBIGUOUS_NEXT_TO_GAME_EN)]
_GAME_EN = _res(GAME_EN)
_CHEAT_EN_SPECIFIC = [p for src, p in zip(CHEAT_STRONG_EN, _CHEAT_EN) if src not in ORDINARY_CHEAT_WORDS_EN]
_OFFER_EN = _res(OFFER_EN)
_TEASE_EN = _res(TEASE_EN)
_CONTACT_EN = _res(CONTACT_EN)
_NEWS_EN = _res(NEWS_EN)
_OFFER_CODE = re.compile(r"\bcode [A-Z0-9]{4,}\b")  # case-sensitive: BONUS500
#: A first look: does the line hold any offer word at all? A line
#: without one is never spam, and most lines of a page have none.
#: (Two patterns, not one: a single alternation of both runs ten times slower.
#: The English patterns run only on lines holding one of EN_ANCHORS.)
_TRIGGER_ZH = _terms(CHEAT_STRONG_ZH + CHEAT_WEAK_ZH + OFFER_ZH)
_TRIGGER_EN = LazyPattern("|".join(CHEAT_STRONG_EN + OFFER_EN + (r"\bcode\b",)), re.I)
_WORD = re.compile(r"[a-z0-9]+")


_TRIGGER_EN_SOURCES = CHEAT_STRONG_EN + OFFER_EN + (r"\bcode\b",)
# Run on lower-cased text, it needs no IGNORECASE (which would keep the engine from
# its fast literal checks) as long as the patterns hold no upper-case letter and
# the text none of the two lower-case characters that IGNORECASE matches with an
# ASCII letter (U+017F long s, U+0131 dotless i).
_TRIGGER_EN_LOW = re.compile(_first_letter_groups(_TRIGGER_EN_SOURCES),
                             re.I if any(re.search(r"(?<!\\)[A-Z]", p) for p in _TRIGGER_EN_SOURCES) else 0)
# The same words, found faster: on the UTF-8 bytes every byte but a-z and 0-9
# becomes a space (so does each byte of a non-ASCII character), then split.
_WORD_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
_EN_ANCHORS_BYTES = frozenset(w.encode() for w in EN_ANCHORS)
# An ASCII line cannot hold a Chinese trigger unless one of them is ASCII.
_TRIGGER_ZH_ASCII = any(t.isascii() for t in CHEAT_STRONG_ZH + CHEAT_WEAK_ZH + OFFER_ZH)


@dataclass(frozen=True)
class SpamScore:
    """Points of one line per concept; ``total`` is what the rule compares."""

    cheat: int = 0
    offer: int = 0
    game: int = 0
    tease: int = 0
    bait: int = 0
    contact: int = 0
    news: int = 0

    @property
    def has_offer(self) -> bool:
        return self.cheat > 0 or self.offer > 0

    @property
    def total(self) -> int:
        return self.cheat + self.offer + self.game + self.tease + self.bait + self.contact - self.news

    def evidence(self) -> str:
        parts = [f"{k} {v}" for k, v in (("cheat offer", self.cheat), ("gambling offer", self.offer),
                                          ("game", self.game), ("teaser", self.tease), ("clickbait", self.bait),
                                          ("contact", self.contact), ("news voice", -self.news)) if v]
        return ", ".join(parts)


_NO_OFFER = SpamScore()


def _en_offer(low: str) -> bool:
    """An English offer pattern matches the lower-cased line, and it holds an anchor word."""
    # the anchor words first: a set look-up, several times cheaper than the pattern
    if _EN_ANCHORS_BYTES.isdisjoint(low.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split()):
        return False
    if "\u017f" in low or "\u0131" in low:
        return _TRIGGER_EN.search(low) is not None
    return _TRIGGER_EN_LOW.search(low) is not None


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(set(pattern.findall(text)))


def _count_res(patterns: "_Forms", low: str) -> int:
    """How many of ``patterns`` match the lower-cased line ``low``."""
    if not patterns.may_match(low):
        return 0
    return sum(1 for p in patterns.for_lower(low) if p.search(low))


def score_line(text: str) -> SpamScore:
    """Score one line (any language) by concept; see the module docstring."""
    raw = nfkc(text).strip()
    low = raw.lower()
    if not (((_TRIGGER_ZH_ASCII or not low.isascii()) and _TRIGGER_ZH.search(low)) or _en_offer(low)):
        return _NO_OFFER  # no offer: nothing else matters
    strong = _count(_CHEAT_STRONG_ZH, low) + _count_res(_CHEAT_EN, low)
    games = _game_spans(low)
    near, paired = _weak_near_games(low, games)
    if strong:  # cheating is the subject: weak cheat words count wherever they stand
        weak = near or bool(_CHEAT_WEAK_ZH.search(low))
        cheat = min(4, 1 + strong + bool(weak) + _touches(_CHEAT_EN_TOUCH, low, games))
    elif near:  # an ambiguous word made an offer by the game next to it: "麻将辅助", "德州透视挂"
        cheat = min(3, near + paired)
    else:
        cheat = 0
    offer = min(4, 2 * (_count(_OFFER_ZH, low) + _count_res(_OFFER_EN, low) + bool(_OFFER_CODE.search(raw))))
    if not (cheat or offer):
        return _NO_OFFER  # (nothing else counts without an offer: the other concepts are not looked for)
    if cheat and not offer and not games and _only_ordinary_cheat_words(low):
        return _NO_OFFER  # "the numbers of our blog, Weekend Hacks", "a second cheat day": prose
    game = min(2 if (strong or offer) else 1, len({g for _, _, g in games}))
    tease = min(2, _count(_TEASE_ZH, low) + _count_res(_TEASE_EN, low))
    bait = 0
    if BAIT_STRONG_RE.search(low):
        bait = 2
    elif BAIT_ZH_RE.search(low):
        bait = 1
    if SEO_SUFFIX_RE.search(low):
        bait = min(3, bait + 2)
    contact = min(2, _count(_CONTACT_ZH, low) + _count_res(_CONTACT_EN, low))
    news = 2 * (_count(_NEWS_ZH, low) + _count_res(_NEWS_EN, low))
    if raw.endswith(("。", ".")) and not raw.endswith(("...", "…")):
        news += 1  # a finished sentence reads as prose, teasers rarely end so
    return SpamScore(cheat, offer, game, tease, bait, contact, min(news, 8))


def _only_ordinary_cheat_words(low: str) -> bool:
    """The line's cheat vocabulary is only words prose uses too (``ORDINARY_CHEAT_WORDS_EN``)."""
    if _CHEAT_STRONG_ZH.search(low) or _CHEAT_WEAK_ZH.search(low):
        return False
    return not any(p.search(low) for p in _CHEAT_EN_SPECIFIC)


def _game_spans(low: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every game named in the lower-cased line (false friends left out)."""
    if "德州" in low:
        low = _GAME_FALSE_ZH.sub(lambda m: " " * len(m.group()), low)
    spans = [(m.start(), m.end(), m.group()) for m in _GAME_ZH.finditer(low)]
    if _GAME_EN.may_match(low):
        for p in _GAME_EN.for_lower(low):
            spans += [(m.start(), m.end(), m.group()) for m in p.finditer(low)]
    return spans


def _touches(patterns: list[re.Pattern[str]], low: str, games: list[tuple[int, int, str]]) -> int:
    """1 when a match of ``patterns`` is next to a game name ("holdem cheat", "poker bot"), else 0."""
    for p in patterns:
        for m in p.finditer(low):
            if any(max(g0 - m.end(), m.start() - g1) <= 2 for g0, g1, _ in games):
                return 1
    return 0


def _weak_near_games(low: str, games: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Weak cheat words when one of them is within NEAR_CHARS of a game: (distinct weak words
    in the line, 2 when one of them touches the game -- "麻将辅助", "德州外挂" -- else 0)."""
    if not games:
        return 0, 0
    words: set[str] = set()
    near = touching = False
    for m in _CHEAT_WEAK_ZH.finditer(low):
        words.add(m.group())
        gap = min(max(g0 - m.end(), m.start() - g1, 0) for g0, g1, _ in games)
        near = near or gap <= NEAR_CHARS
        touching = touching or gap <= 2
    return (len(words), 2 * touching) if near else (0, 0)


def is_spam_line(text: str, threshold: int = SPAM_SCORE) -> bool:
    """True when one line alone is spam (an offer scoring at least ``threshold``)."""
    if not text.strip() or len(text) > MAX_CHARS:
        return False
    s = score_line(text)
    return s.has_offer and s.total >= threshold


def _drop_spam(doc: Document) -> None:
    cands: list[tuple[Block, SpamScore]] = []
    for b in doc.blocks:
        if b.dropped is None and 0 < b.chars <= MAX_CHARS:
            s = score_line(b.text)
            if s.has_offer:  # (a line without an offer is neither spam nor its company)
                cands.append((b, s))
    if not cands:
        return
    kept = [b for b in doc.blocks if b.dropped is None]
    pos = {id(b): i for i, b in enumerate(kept)}
    sure = {id(b) for b, s in cands if s.has_offer and s.total >= SPAM_SCORE}
    for b, s in cands:
        if id(b) in sure:
            doc.drop(b, "spam", f"gambling/cheat spam line ({s.evidence()})")
    # company: weaker offers in a run of spam lines
    sure_pos = sorted(pos[i] for i in sure)
    for b, s in cands:
        if b.dropped is not None or not s.has_offer or s.news or s.total < COMPANY_SCORE:
            continue
        p = pos[id(b)]
        near = sum(1 for q in sure_pos if 0 < abs(q - p) <= COMPANY_WINDOW)
        if near >= COMPANY_NEIGHBOURS:
            doc.drop(b, "spam", f"cheat/gambling offer among {near} spam lines ({s.evidence()})")


@hookimpl
def newsclean_register_steps(register: "Callable[[Step], None]") -> None:
    register(Step("listing", _drop_spam, order=350, stage="blocks", kind="spam",
                  description="gambling, cheat-software and SEO spam lines and listings"))
