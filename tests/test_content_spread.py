"""content: a page no box dominates (a service page's sections, each with some prose) takes the region
holding most of the page's prose instead of one box; a page with an article signal does not."""
from __future__ import annotations

from newsclean import Cleaner

URL = "https://greenleaf.example.com/services/garden-care"


def section(cls: str, head: str, text: str) -> str:
    # (each section nested as page builders nest them: a row, a column, a text box; no heading when
    # ``head`` is empty)
    return (f"<section class='{cls}'><div class='{cls}-row'><div class='{cls}-col'><div class='{cls}-text'>"
            f"{f'<h2>{head}</h2>' if head else ''}<p>{text}</p></div></div></div></section>")


SECTIONS = [
    ("mowing", "Lawn mowing and edging", "We mow every week or every fortnight, as you choose, and we trim the "
     "edges of the beds and paths each time we come, so the lawn keeps a clean line all season."),
    ("pruning", "Hedge and shrub pruning", "Hedges are cut twice a year, in early summer and in autumn. We "
     "shape shrubs after they flower, so next year's buds are left alone, and take every cutting away."),
    ("planting", "Planting and borders", "Tell us what you like and we plan a border that flowers from spring "
     "to autumn. We prepare the soil, plant, water and mulch, and come back after a month to look."),
    ("area", "Where we work", "Our teams cover the town and the villages within twenty miles of it. Visits "
     "further out are possible for larger gardens and regular contracts; ask us what we can do."),
]

#: The box with the most prose: two paragraphs, beside a one-line kicker in its own section.
PROCESS = ("<section class='process'><p class='kicker'>Simple and clear, and the same on every visit, whatever "
           "the size of your garden.</p><div class='process-text'><h2>How a visit works</h2>"
           "<p>Before the first visit we walk round the garden with you and write down what you want done. Each "
           "visit after that follows the same list, and we leave a short note of what was done.</p>"
           "<p>If something needs more than routine care, such as a sick tree or a broken fence, we tell you and "
           "give a price before any work starts. Nothing is added to the bill without your word.</p></div>"
           "</section>")


def page(wrap: str = "main", head: str = "", sections: "list[tuple[str, str, str]]" = SECTIONS) -> str:
    body = "".join(section(*sec) for sec in sections[:2]) + PROCESS + "".join(section(*sec) for sec in sections[2:])
    return (f"<html lang='en'><head><title>Garden Care Services</title>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/services'>Services</a> <a href='/contact'>Contact</a></nav>"
            f"</header><{wrap}><h1>Garden Care Services</h1>{body}"
            "<section class='cta'><h2>Ready for a tidy garden?</h2><a href='/quote'>Ask for a quote</a></section>"
            f"</{wrap}><footer><p>Greenleaf Gardeners Ltd, 1 Example Road.</p></footer></body></html>")


def test_a_page_of_sections_keeps_them_all_and_says_why():
    art = Cleaner().clean(page(), url=URL)
    for _cls, head, text in SECTIONS:
        assert text[:40] in art.text, head
        assert head in art.text
    assert "Before the first visit" in art.text
    assert "Greenleaf Gardeners Ltd" not in art.text  # (the footer stays out)
    assert any("no box dominates" in n for n in art.notes)


def test_one_box_alone_without_the_rule_loses_the_other_sections():
    # the same page when the locator's choice stands: the box with the most prose and little else
    # (what the rule is for; the test fails when the page no longer shows the mechanism)
    from newsclean.plugins.container import choice
    saved = choice._spread, choice._under_title
    choice._spread = choice._under_title = lambda *a, **k: None
    try:
        art = Cleaner().clean(page(), url=URL)
    finally:
        choice._spread, choice._under_title = saved
    assert "Before the first visit" in art.text
    assert SECTIONS[3][2][:40] not in art.text


def test_a_lone_article_element_keeps_the_region_inside_it():
    # the page's only <article> holds the container: the region taken stays inside it (the prose after
    # it, a box of the page beside the article, stays out)
    after = ("<div class='partners'><p>Our partner nursery grows most of the plants we use, and you can visit "
             "its greenhouses on the first Saturday of every month, with a guided walk at eleven.</p></div>")
    art = Cleaner().clean(page(wrap="article").replace("<footer>", after + "<footer>"), url=URL)
    assert any("no box dominates" in n and "inside the page's lone <article>" in n for n in art.notes)
    assert SECTIONS[3][2][:40] in art.text
    assert "partner nursery" not in art.text
    # a lone <article> that does not hold the container keeps the page as the locator chose it
    aside = page().replace("<footer>", "<article><p>Opening hours: every day from eight.</p></article><footer>")
    outside = Cleaner().clean(aside, url=URL)
    assert not any("no box dominates" in n for n in outside.notes)


ZH_SECTIONS = [
    ("mowing", "草坪修剪", "我们每周或每两周上门修剪一次草坪，由您决定频率，每次都会顺便修整花坛和小路的边缘，让草坪整个季节都保持整齐。"),
    ("pruning", "树篱修剪", "树篱每年修剪两次，分别在初夏和秋天。灌木在开花之后再整形，以免剪掉来年的花芽，剪下的枝叶我们全部带走。"),
    ("planting", "花境种植", "告诉我们您喜欢什么，我们就设计一个从春到秋都有花开的花境，负责整地、种植、浇水和覆盖，一个月后再回访。"),
    ("lawn", "草坪养护", "春季我们为草坪施肥、疏草和补种，秋季再施一次肥并清理落叶，让草坪在冬天来临之前保持健康和厚实。"),
    ("area", "服务范围", "我们的团队覆盖市区以及周边二十英里内的村镇。更远的地方如果是大型花园或长期合同也可以安排，欢迎咨询。"),
]

ZH_PROCESS = ("<section class='process'><p class='kicker'>简单清楚，每次上门都一样，无论您的花园有多大，我们都按同一份清单工作。</p>"
              "<div class='process-text'><h2>上门服务流程</h2>"
              "<p>第一次上门之前，我们会和您一起在花园里走一圈，把您希望完成的工作逐项记下来。之后每次上门都按照这份清单进行，"
              "完工后留下一张简短的记录，写明做了什么、发现了什么问题。</p>"
              "</div></section>")


def test_a_chinese_page_of_sections_keeps_them_all():
    body = "".join(section(*s) for s in ZH_SECTIONS[:2]) + ZH_PROCESS + "".join(section(*s) for s in ZH_SECTIONS[2:])
    html = (f"<html lang='zh'><head><title>园艺养护服务</title></head><body><header><nav><a href='/'>首页</a>"
            f"<a href='/contact'>联系</a></nav></header><main><h1>园艺养护服务</h1>{body}</main>"
            "<footer><p>绿叶园艺有限公司</p></footer></body></html>")
    art = Cleaner().clean(html, url=URL)
    for _cls, head, text in ZH_SECTIONS:
        assert text[:20] in art.text, head
    assert "第一次上门之前" in art.text
    assert any("no box dominates" in n for n in art.notes)



def test_a_dated_story_under_its_title_stays_one_box():
    # the box with the most prose holds the title and the paragraph under it: on a page that gives
    # its publication date, with boxes of prose around it that no heading opens (appeals, a note), that
    # is a dated story's body (a video's description beside appeals)
    bare = [(cls, "", text) for cls, _head, text in SECTIONS]
    html = page(sections=bare).replace("<h1>Garden Care Services</h1>", "").replace(
        "<h2>How a visit works</h2>", "<h1>Garden Care Services</h1>")
    dated = html.replace("</title>", "</title><meta property='article:published_time' content='2024-05-01T10:00:00Z'>")
    art = Cleaner().clean(dated, url=URL)
    assert art.published is not None
    assert "Before the first visit" in art.text
    assert SECTIONS[3][2][:40] not in art.text
    assert not any("no box dominates" in n for n in art.notes)
    undated = Cleaner().clean(html, url=URL)  # (the same page without its date: spread)
    assert SECTIONS[3][2][:40] in undated.text
    assert any("no box dominates" in n for n in undated.notes)


def test_a_dated_page_of_headed_sections_spreads():
    # the same dated page whose boxes around the title's box are headed sections of prose (a service
    # page that gives a date): no story, the region is taken
    html = page().replace("<h1>Garden Care Services</h1>", "").replace(
        "<h2>How a visit works</h2>", "<h1>Garden Care Services</h1>")
    dated = html.replace("</title>", "</title><meta property='article:published_time' content='2024-05-01T10:00:00Z'>")
    art = Cleaner().clean(dated, url=URL)
    assert art.published is not None
    assert SECTIONS[3][2][:40] in art.text
    assert any("no box dominates" in n and "headed sections" in n for n in art.notes)


def test_a_dated_page_is_judged_less_inclusively():
    # three sections: the best box holds about 37% of the prose, a share that leaves no box dominant
    # on an undated page, not on one that gives its publication date
    three = SECTIONS[:2] + SECTIONS[3:]
    undated = Cleaner().clean(page(sections=three), url=URL)
    assert any("no box dominates" in n for n in undated.notes)
    assert SECTIONS[3][2][:40] in undated.text
    head = "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"
    dated = Cleaner().clean(page(head=head, sections=three), url=URL)
    assert dated.published is not None
    assert not any("no box dominates" in n for n in dated.notes)
