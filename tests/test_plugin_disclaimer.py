"""The disclaimer plugin: disclaimers and copyright lines go, prose quoting them stays."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.plugins import disclaimer
from newsclean.plugins.disclaimer import is_disclaimer_line


def removed(page: str, input_kind: str | None = "text") -> dict[str, str]:
    art = newsclean.Cleaner(plugins=[disclaimer], entry_points=False).clean(page, input_kind=input_kind)
    return {r.text: r.kind for r in art.removed}


BODY_ZH = "分析人士认为，随着新能源汽车渗透率持续提升，上游锂电材料价格有望企稳，但短期内仍存在较大波动。"
BODY_EN = ("Analysts expect battery material prices to stabilise as electric car sales keep rising, though "
           "they warned of large swings in the short term.")


@pytest.mark.parametrize("line", [
    "免责声明：本文仅代表作者个人观点，与本站无关。",
    "版权声明：本文为原创，转载请注明出处。",
    "本文仅代表作者观点，不代表本站立场。",
    "平台声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
    "未经授权不得转载", "转载请注明出处", "投资有风险，入市需谨慎", "以上内容仅供参考，不构成投资建议。",
    "版权所有 某某日报社", "© 2025 某某网 版权所有",
    "All rights reserved", "© 2025 Example Media Ltd.", "Copyright 2025 Example News. All rights reserved.",
    "The views expressed in this article are those of the author.",
    "This article is for informational purposes only and does not constitute investment advice.",
    "Disclaimer: the author holds no position in the stocks mentioned.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Gastbeiträge wie dieser müssen nicht der Meinung der Redaktion entsprechen.",
    "Kommentare geben nicht die Meinung der Redaktion wieder.",
])
def test_disclaimer_lines(line: str) -> None:
    assert is_disclaimer_line(line)


@pytest.mark.parametrize("line", [
    "专家提醒，投资有风险，市民应理性看待收益承诺，不要轻信所谓保本高收益的理财产品。",
    "该作品版权所有者已向法院提起诉讼。",
    "温馨提示：明天有雨，出门请带伞。",
    "He said copyright law needs reform.",
    "The court ruled that the copyright holder could not block the resale of used books in the country.",
    "A man walks along the river at dusk (Photo © Example Agency, used with permission, and cropped for size)",
    "The views of residents were mixed, the survey found.",
    "Die Gäste müssen nicht der Meinung des Gastgebers sein, sagte der Moderator.",
])
def test_not_disclaimer_lines(line: str) -> None:
    assert not is_disclaimer_line(line)


def test_dump_end_of_article() -> None:
    page = "\n\n".join([BODY_ZH, BODY_EN, "免责声明", "本文内容仅供参考，据此操作风险自担。", "Copyright © 2025 Example Media"])
    got = removed(page)
    assert got == {"免责声明": "disclaimer", "本文内容仅供参考，据此操作风险自担。": "disclaimer",
                   "Copyright © 2025 Example Media": "disclaimer"}


def test_a_long_labelled_disclaimer_paragraph() -> None:
    long_notice = "免责声明：" + "本网站所载文章仅供参考，不构成任何投资建议，读者据此操作，风险自担。" * 6
    assert removed("\n\n".join([BODY_ZH, long_notice])) == {long_notice: "disclaimer"}


def test_html_footer_copyright() -> None:
    page = (f"<html><body><p>{BODY_EN}</p><p>{BODY_ZH}</p>"
            "<footer><p>© 2025 Example Media Ltd. All rights reserved.</p></footer></body></html>")
    assert removed(page, input_kind=None) == {"© 2025 Example Media Ltd. All rights reserved.": "disclaimer"}


# --- affiliate disclosures (issue 9) -------------------------------------------

AFFILIATE_EN = ("This guide contains affiliate links. Every product was chosen by our reviewers after testing it at "
                "home for several weeks, and we may earn a commission when you buy through one of the links, at no "
                "extra cost to you. Prices were correct when we published the guide but can change at any time.")


@pytest.mark.parametrize("line", [
    "Die mit einem Sternchen markierten Links sind Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine "
    "Provision – für Sie ändert sich am Preis nichts.",
    "Cet article contient des liens d'affiliation : nous percevons une commission sur vos achats.",
    "Este artículo incluye enlaces de afiliados; podemos recibir una comisión por tus compras.",
    "Questo articolo contiene link di affiliazione.",
    "Artikelen op deze site bevatten soms links naar webwinkels; bij een aankoop ontvangen we een kleine commissie.",
    "Artikeln innehåller annonslänkar: om du handlar via dem får vi provision.",
    "本記事はアフィリエイト広告を利用しています。",
    # a blogger's own disclosure (first person singular), and links named as affiliate ones
    "If you buy through one of these links, I may earn a small commission.",
    "Some of the links in this article are affiliate ones.",
    "We also may use affiliate links in our posts, as well. Thanks!",
    # the site taking part in shops' programs
    "We may be paid for the tools shown on this page and participate in affiliate programs.",
    "Prices were checked on the day we wrote this. We participate in affiliate programs with several shops.",
])
def test_affiliate_disclosures(line: str) -> None:
    assert is_disclaimer_line(line)


@pytest.mark.parametrize("line", [
    # reports about affiliate marketing or a commission: no disclosure of the site's own links
    "Influencer verdienen mit Affiliate-Links oft mehr als mit Werbung, sagte die Verbraucherzentrale am Dienstag.",
    "The European Commission said the provision on data transfers would apply from next year.",
    "Le vendeur touchait une commission de 5 % sur chaque voiture, selon l'enquête.",
    "The agent said she may earn a commission of five percent on every flat she sells this year.",
    "The hardware chain participates in affiliate programs run by two banks, the filing showed.",
    AFFILIATE_EN + " " + BODY_EN + " " + BODY_EN,  # far too long for a disclosure: prose
])
def test_not_affiliate_disclosures(line: str) -> None:
    assert not is_disclaimer_line(line)


def test_affiliate_vocabulary_is_data_and_gated() -> None:
    from newsclean.plugins.vocab import disclaimer as vocab
    assert "en" in vocab.AFFILIATE and "de" in vocab.AFFILIATE
    for words in vocab.AFFILIATE.values():
        for w in words:  # every phrase passes the plugin's first look (a stem in its lower case)
            assert w.strip() == w and any(s in w.lower() for s in vocab.AFFILIATE_STEMS), w


def test_long_affiliate_disclosure_at_the_edge_of_the_body() -> None:
    # longer than a disclaimer sentence (a disclosure explains itself): taken at the body's edge only
    assert not is_disclaimer_line(AFFILIATE_EN)
    assert removed("\n\n".join([AFFILIATE_EN, BODY_EN, BODY_ZH])) == {AFFILIATE_EN: "disclaimer"}
    assert removed("\n\n".join([BODY_EN, BODY_ZH, AFFILIATE_EN])) == {AFFILIATE_EN: "disclaimer"}
    middle = [BODY_EN, BODY_ZH, BODY_EN.replace("Analysts", "Traders"), AFFILIATE_EN,
              BODY_EN.replace("Analysts", "Dealers"), BODY_ZH.replace("分析人士", "业内人士"), BODY_EN.replace("Analysts", "Buyers")]
    assert removed("\n\n".join(middle)) == {}
