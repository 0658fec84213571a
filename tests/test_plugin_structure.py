"""structure: headings and list items where the markup does not say, in dumps and HTML.

Every page here is our own text, written in the shapes real pages take: section
titles as plain ``<p>`` or ``<p><strong>`` between long paragraphs, captions
under pictures, bylines, "Read more" pointers, interview questions, lead-ins to
lists, dialogue lines, hard-wrapped text and old layout tables.
"""
from __future__ import annotations

import ast
import html as htmlmod
from pathlib import Path

import pytest

import newsclean
from newsclean import Cleaner
from newsclean.blocks import text_blocks
from newsclean.lines import (closes_sentence, is_list_item, latin_length, line_shapes, list_marker, list_opening,
                             wrap_width)
from newsclean.plugins import content, structure, textdump

DUMPS = Path(__file__).resolve().parent / "data" / "dumps"
PLUGINS = Path(__file__).resolve().parents[1] / "plugins"


def read(name: str) -> str:
    return (DUMPS / name).read_text(encoding="utf-8")


def dump_cleaner() -> Cleaner:
    """textdump and structure only: no other plugin drops header or tail lines."""
    return Cleaner(plugins=[textdump, structure], entry_points=False)


def kinds_of(article: newsclean.Article) -> dict[str, str]:
    return {p.text: p.kind for p in article.paragraphs}


def heads(article: newsclean.Article) -> list[str]:
    return [p.text for p in article.paragraphs if p.kind == "heading"]


# ---------------------------------------------------------------------------
# Text dumps
# ---------------------------------------------------------------------------

def test_zh_dump_section_headings():
    art = newsclean.clean(read("zh_portal.txt"))
    assert heads(art) == ["从“藏书楼”到“会客厅”", "数字服务同步上线", "结语"]
    assert all(p.level == 2 for p in art.paragraphs if p.kind == "heading")


def test_en_dump_subheadings_and_lists():
    art = newsclean.clean(read("en_lists.txt"))
    kinds = kinds_of(art)
    assert kinds["What you will need"] == "heading"
    assert kinds["Choosing your first herbs"] == "heading"
    assert kinds["- A light potting mix rather than garden soil"] == "list_item"
    assert kinds["2. Pinch off flower buds to keep the leaves tender."] == "list_item"
    assert kinds[next(t for t in kinds if t.startswith("Start with plants"))] == "paragraph"


def test_wrapped_dump_has_no_headings():
    art = newsclean.clean(read("zh_wrapped.txt"))
    assert not heads(art)


BODY = ("The first paragraph of a story is long enough to count as prose, with commas, and it ends with a full stop.\n\n"
        "{line}\n\n"
        "The second paragraph of the story is also long enough to be prose, and it ends properly as well.\n\n"
        "A third paragraph closes the story, again with enough words and commas to be read as running text.\n")

ZH_BODY = ("今年春天，河西镇的二十多户农家把闲置的老屋改成了民宿，游客可以在院子里喝茶、看山，也能跟着主人下地摘菜。\n\n"
           "{line}\n\n"
           "镇里的干部介绍，民宿开业之前，村里统一修了步道和停车场，还请来专业团队给经营户上了三天的培训课。\n\n"
           "一位经营户说，五一假期的房间早在一个月前就订满了，不少客人是回头客，还会带着朋友一起来。\n")


@pytest.mark.parametrize("line, kind", [
    ("A Section Heading", "heading"),
    ("一个小标题", "heading"),
    ("Image: Harbour Authority", "paragraph"),  # a credit, not a heading
    ("Read more: Ferry fares rise in spring", "paragraph"),  # a pointer to another article
    ("图片来源：江城晚报", "paragraph"),
    ("continued from the line above without a capital", "paragraph"),  # a wrapped line's tail
    ("The operator said so.", "paragraph"),  # a sentence
    ("Things you will need:", "paragraph"),  # a lead-in
    ("By Jane Holloway", "paragraph"),  # a byline
    ("By the numbers", "heading"),  # ... but this is a heading
    ("Harbour Town, March 3, 2025", "paragraph"),  # a dateline
    ("(Additional reporting by the river desk)", "paragraph"),  # a note in brackets
    ("“We will not give up the ferry”", "paragraph"),  # a pull quote
    ("Dear Reader", "paragraph"),  # a salutation
    ("Funding, staffing, and the road ahead", "paragraph"),  # two commas: a clause
    ("The ferry and", "paragraph"),  # a line that goes on below
    ("⚫", "paragraph"),  # a separator
    ("Sales rose to 3.5 million in 2024.", "paragraph"),
])
def test_heading_or_not_en(line, kind):
    art = dump_cleaner().clean("Home\nNews\nSport\n\n" + BODY.format(line=line), input_kind="text")
    assert kinds_of(art)[line] == kind


@pytest.mark.parametrize("line, kind", [
    ("老屋变民宿", "heading"),
    ("一、游客从哪里来", "heading"),  # a numbered section heading
    ("【写在最后】", "heading"),
    ("图为河西镇新修的步道", "paragraph"),  # a caption
    ("记者 王晓明 摄", "paragraph"),  # a photo credit
    ("本文来源：河西融媒体中心", "paragraph"),  # a source note
    ("推荐阅读", "paragraph"),  # a pointer
    ("主要做法包括：", "paragraph"),  # a lead-in
    ("民宿为什么火了？", "paragraph"),  # a question
    ("2025年5月6日 河西镇", "paragraph"),  # a dateline
    ("南方网讯 河西镇民宿迎来客流高峰", "paragraph"),  # "... 网讯" opens a report
])
def test_heading_or_not_zh(line, kind):
    art = dump_cleaner().clean("首页\n新闻\n财经\n\n" + ZH_BODY.format(line=line), input_kind="text")
    assert kinds_of(art)[line] == kind


def test_dump_section_heading_above_a_numbered_list():
    page = ("首页\n新闻\n\n"
            "今年以来，全市新建和改造了一百二十个社区食堂，覆盖了大部分老旧小区，老人们在家门口就能吃上热饭。\n\n"
            "三、下一步的打算\n\n"
            "1. 在剩下的小区里继续布点，争取年底前实现全覆盖，让更多老人受益。\n"
            "2. 引入社会力量参与运营，降低食堂的成本，同时保证饭菜的质量和价格。\n"
            "3. 建立评价制度，定期听取老人和家属的意见，及时改进服务中存在的问题。\n\n"
            "市民政局表示，社区食堂不仅解决了吃饭问题，也成了老人们聊天、交朋友的地方，今后还将继续完善。\n")
    kinds = kinds_of(dump_cleaner().clean(page, input_kind="text"))
    assert kinds["三、下一步的打算"] == "heading"  # "三、" above "1." is a section, not an item of the list
    assert [k for t, k in kinds.items() if t[:2] in ("1.", "2.", "3.")] == ["list_item"] * 3


def test_dump_list_opening_lines_are_items_but_not_dialogue_or_numbers():
    page = ("Menu\nHome\n\n"
            "The council published its plan for the harbour on Monday, with a long list of changes, costs and dates.\n\n"
            "Most of the money will go to the pier, which has not been repaired since the storm, and to the old ferry ramp.\n\n"
            "Local businesses welcomed the plan, although some of them asked why the work would take a whole year.\n\n"
            "• New lights along the pier\n"
            "• A second ticket office\n"
            "• Wider steps at the ferry ramp\n\n"
            "— We have waited for this for years, said one of the fishermen who work from the harbour every day.\n\n"
            "3.5 million people used the ferry last year, according to the figures that the operator has published.\n\n"
            "The work starts in the autumn and should be finished before the next summer season, the council said.\n")
    kinds = kinds_of(dump_cleaner().clean(page, input_kind="text"))
    assert kinds["• New lights along the pier"] == "list_item"
    assert kinds["• Wider steps at the ferry ramp"] == "list_item"
    assert kinds[next(t for t in kinds if t.startswith("— We have"))] == "paragraph"
    assert kinds[next(t for t in kinds if t.startswith("3.5 million"))] == "paragraph"


def test_dump_heading_after_a_caption():
    page = ("首页\n新闻\n\n" + ZH_BODY.format(line="图为河西镇新修的步道") .replace(
        "镇里的干部介绍", "客流从哪里来\n\n镇里的干部介绍"))
    kinds = kinds_of(dump_cleaner().clean(page, input_kind="text"))
    assert kinds["客流从哪里来"] == "heading"
    assert kinds["图为河西镇新修的步道"] == "paragraph"


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

ZH_PROSE = [
    "今年以来，江北新区把老旧厂房改造成创业园区，已有六十多家小微企业入驻，园区里的咖啡馆和共享会议室每天都很热闹。",
    "园区负责人介绍，改造时保留了厂房原有的钢结构和红砖墙，只对屋顶和门窗做了更换，既节省了费用，也留住了老工业区的记忆。",
    "入驻企业以软件开发和工业设计为主，不少创业者是从外地回到家乡的年轻人，他们说这里的租金只有市中心的一半。",
    "为了留住人才，新区还在园区旁边建了两栋人才公寓，入住的年轻人可以享受三年的租金补贴，通勤时间也缩短到十分钟以内。",
    "新区管委会表示，接下来将继续盘活闲置厂房，计划再建设三个类似的园区，并为入驻企业提供融资、法律和市场推广等服务。",
]
EN_PROSE = [
    "The old rope factory by the canal reopened this spring as a workshop space, and sixty small firms have already moved in.",
    "Its owners kept the iron frame and the brick walls, replacing only the roof and the windows, which saved money and time.",
    "Most tenants write software or design furniture, and many of them moved back to the town after years in the capital.",
    "The council added a block of flats next door for young workers, with three years of lower rent for those who sign up.",
    "Officials say two more empty factories will be converted next year, with help for tenants on loans, law and marketing.",
]


def page(*parts: str, lang: str = "zh") -> str:
    body = "\n".join(parts)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>t</title></head>"
            f"<body><article>{body}</article></body></html>")


def p(text: str, **attrs: str) -> str:
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<p{a}>{htmlmod.escape(text)}</p>"


def html_kinds(doc: str) -> dict[str, str]:
    """Kinds with the article locator and structure only: no other plugin takes a line out first."""
    return kinds_of(Cleaner(plugins=[content, structure], entry_points=False).clean(doc))


def test_html_plain_paragraph_headings_zh():
    doc = page(p(ZH_PROSE[0]), p(ZH_PROSE[1]), p("老厂房里的新生意"), p(ZH_PROSE[2]), p(ZH_PROSE[3]),
               p("人才公寓：留住年轻人"), p(ZH_PROSE[4]))
    art = newsclean.clean(doc)
    assert heads(art) == ["老厂房里的新生意", "人才公寓：留住年轻人"]
    assert {p.level for p in art.paragraphs if p.kind == "heading"} == {2}


def test_html_bold_headings_en_and_level_under_h2():
    doc = page("<h2>What changed</h2>", p(EN_PROSE[0]), "<p><strong>Who moved in</strong></p>", p(EN_PROSE[1]),
               p(EN_PROSE[2]), "<p><b>Homes</b> <b>for workers</b></p>", p(EN_PROSE[3]), p(EN_PROSE[4]), lang="en")
    art = newsclean.clean(doc)
    levels = {p.text: p.level for p in art.paragraphs if p.kind == "heading"}
    assert levels == {"What changed": 2, "Who moved in": 3, "Homes for workers": 3}


def test_html_bold_heading_may_introduce_a_list():
    doc = page(p(EN_PROSE[0]), "<p><strong>What tenants get</strong></p>",
               "<ul><li>Desks and meeting rooms</li><li>Fast internet</li></ul>", p(EN_PROSE[1]), lang="en")
    kinds = html_kinds(doc)
    assert kinds["What tenants get"] == "heading"
    assert kinds["Fast internet"] == "list_item"


def test_html_real_headings_are_left_alone():
    doc = page(p(EN_PROSE[0]), "<h3>Rope factory, again</h3>", p(EN_PROSE[1]), "<h4>Next year</h4>", p(EN_PROSE[2]),
               lang="en")
    art = newsclean.clean(doc)
    assert [(p.text, p.level) for p in art.paragraphs if p.kind == "heading"] == [
        ("Rope factory, again", 3), ("Next year", 4)]


@pytest.mark.parametrize("line", [
    "图为园区里的共享会议室",  # caption
    "图片来源：江北新区管委会",  # credit
    "记者 李明 摄",  # photo credit
    "（本报记者 张华 通讯员 王强）",  # note in brackets
    "本文首发于江北发布公众号",  # source note
    "主要有以下三项措施：",  # lead-in
    "记者：园区的租金为什么这么低？",  # interview question
    "相关阅读",  # pointer
])
def test_html_zh_not_headings(line):
    doc = page(p(ZH_PROSE[0]), p(line), p(ZH_PROSE[1]), p(ZH_PROSE[2]))
    assert html_kinds(doc)[line] == "paragraph"


@pytest.mark.parametrize("line", [
    "Photo: Town Council",
    "By Jane Holloway",
    "Read more",
    "Q: Why is the rent so low?",
    "Caroline Baker, business correspondent",
    "Dear Reader",
    "“We wanted the building to keep its story”",
    "CANALSIDE —",
])
def test_html_en_not_headings(line):
    doc = page(p(EN_PROSE[0]), p(line), p(EN_PROSE[1]), p(EN_PROSE[2]), lang="en")
    assert html_kinds(doc)[line] == "paragraph"


def test_html_bold_not_headings():
    doc = page(p(EN_PROSE[0]), "<p><strong>Photo: Town Council</strong></p>", p(EN_PROSE[1]),
               "<p><strong>Where are the new tenants from?</strong></p>", p(EN_PROSE[2]),
               "<p><strong>Ann Lee</strong><br>Ann Lee writes about towns and the people who live in them.</p>",
               p(EN_PROSE[3]), lang="en")
    kinds = html_kinds(doc)
    assert kinds["Photo: Town Council"] == "paragraph"
    assert kinds["Where are the new tenants from?"] == "paragraph"  # a question in an interview
    assert kinds["Ann Lee"] == "paragraph"  # a bold label that runs into its paragraph


def test_html_captions_by_markup_are_not_headings():
    doc = page(p(ZH_PROSE[0]), '<div class="pic"><img src="a.jpg"></div>', p("园区的共享会议室"), p(ZH_PROSE[1]),
               '<div class="image-caption">改造后的厂房外景</div>', p(ZH_PROSE[2]),
               '<p><img src="b.jpg">工人在安装新窗户</p>', p(ZH_PROSE[3]))
    kinds = html_kinds(doc)
    assert kinds["园区的共享会议室"] == "paragraph"  # right under a picture
    assert kinds["改造后的厂房外景"] == "caption"  # named a caption: a caption, never a heading
    assert kinds["工人在安装新窗户"] == "paragraph"  # beside a picture


def test_html_short_paragraph_needs_prose_around_it():
    doc = page(p("江北新区"), p(ZH_PROSE[0]), p(ZH_PROSE[1]), p("园区一角"), p("老厂房里的新生意"), p(ZH_PROSE[2]))
    kinds = html_kinds(doc)
    assert kinds["园区一角"] == "paragraph"  # no prose before it
    assert kinds.get("江北新区", "paragraph") == "paragraph"  # at the start, not bold
    assert kinds["老厂房里的新生意"] == "paragraph"  # its neighbour above is not prose


def test_html_links_lists_and_quotes_are_not_headings():
    doc = page(p(EN_PROSE[0]), '<p><a href="/x">The mill that became a school</a></p>', p(EN_PROSE[1]),
               "<blockquote><p>Keep the walls</p></blockquote>", p(EN_PROSE[2]),
               "<figure><img src='c.jpg'><figcaption>The new roof</figcaption></figure>", p(EN_PROSE[3]), lang="en")
    kinds = html_kinds(doc)
    assert kinds.get("The mill that became a school", "paragraph") != "heading"
    assert kinds["Keep the walls"] == "quote"
    assert kinds.get("The new roof") in (None, "caption")


def test_html_list_items_from_paragraphs():
    doc = page(p(EN_PROSE[0]), p("• Desks and meeting rooms for rent"), p("• A shared workshop with tools"),
               p("1. Apply online before the end of May."), p("2. Visit the site with a council officer."),
               p("3.5 million pounds came from the national fund, and the rest from the council's own budget."),
               p("— Yes, we are staying, said one of the tenants after the meeting with the council officers."),
               p(EN_PROSE[1]), lang="en")
    kinds = html_kinds(doc)
    assert kinds["• Desks and meeting rooms for rent"] == "list_item"
    assert kinds["2. Visit the site with a council officer."] == "list_item"
    assert kinds[next(t for t in kinds if t.startswith("3.5 million"))] == "paragraph"
    assert kinds[next(t for t in kinds if t.startswith("— Yes"))] == "paragraph"


def test_html_numbered_bold_tips_are_headings_not_items():
    doc = page(p(ZH_PROSE[0]), "<p><strong>1. 先算好租金账</strong></p>", p(ZH_PROSE[1]),
               "<p><strong>2. 再看交通和配套</strong></p>", p(ZH_PROSE[2]))
    assert heads(newsclean.clean(doc)) == ["1. 先算好租金账", "2. 再看交通和配套"]


def test_html_numbered_sections_under_a_chapter_heading():
    doc = page(p(ZH_PROSE[0]), "<p><strong>第二章 园区的经验</strong></p>", p("一、保留老建筑"), p(ZH_PROSE[1]),
               p("二、降低创业成本"), p(ZH_PROSE[2]))
    assert heads(newsclean.clean(doc)) == ["第二章 园区的经验", "一、保留老建筑", "二、降低创业成本"]


def test_html_hard_wrapped_lines_are_not_headings():
    text = "".join(ZH_PROSE) * 2
    lines = [text[i:i + 30] for i in range(0, len(text), 30)]
    doc = page("<div>" + "<br>".join(htmlmod.escape(x) for x in lines) + "</div>")
    assert not heads(newsclean.clean(doc))


def test_html_layout_table_headings():
    row = "".join(p(x) for x in (ZH_PROSE[0], "老厂房里的新生意", ZH_PROSE[1], ZH_PROSE[2]))
    doc = page(f"<table><tr><td>导航</td><td>{row}</td></tr></table>")
    assert "老厂房里的新生意" in heads(newsclean.clean(doc))
    label = page(p(ZH_PROSE[0]), "<table><tr><td>租金标准</td></tr></table>", p(ZH_PROSE[1]), p(ZH_PROSE[2]))
    assert "租金标准" not in heads(newsclean.clean(label))  # a cell of its own: a table's label


def test_structure_drops_nothing():
    doc = page(p(ZH_PROSE[0]), p("老厂房里的新生意"), p(ZH_PROSE[1]))
    art = newsclean.clean(doc)
    assert not [r for r in art.removed if r.plugin.startswith("structure")]
    assert len(art.paragraphs) == 3


def test_disabling_structure_leaves_paragraphs():
    doc = page(p(ZH_PROSE[0]), p("老厂房里的新生意"), p(ZH_PROSE[1]))
    art = Cleaner(disable=["structure"]).clean(doc)
    assert not heads(art)


# ---------------------------------------------------------------------------
# Line features (newsclean.lines) and the plugin boundary
# ---------------------------------------------------------------------------

def test_line_features_count_characters():
    assert latin_length("短标题") == 9.0
    assert latin_length("Short title") == 10.0
    assert closes_sentence("It ended.") and closes_sentence("它结束了。") and closes_sentence("“好。”")
    assert not closes_sentence("Made in the U.S") and not closes_sentence("Lead-in:")


def test_list_openings():
    assert list_opening("3.5 million") == "item"  # the locator's loose reading, kept as it was
    assert not is_list_item("3.5 million") and not is_list_item("12.05.2024") and not is_list_item("U.S. news")
    assert not is_list_item("— Yes, he said") and not is_list_item("------")
    assert list_marker("三、下一步") == "cjk" and list_marker("1. First") == "num:." and list_marker("(2) 其次") == "paren"
    assert list_marker("• Item") == "bullet:•" and list_marker("①乡") == "circled"


def test_wrap_width_is_shared_with_textdump():
    blocks, _ = text_blocks(read("zh_wrapped.txt"))
    assert wrap_width(line_shapes(blocks)) == 68
    assert [f.le for f in textdump.line_features(blocks)] == [f.le for f in line_shapes(blocks)]


def test_plugins_import_no_other_plugin():
    for name in ("structure.py", "textdump.py"):
        tree = ast.parse((PLUGINS / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("newsclean.plugins"), (name, node.module)
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("newsclean.plugins") for a in node.names), name


# -- formulas (tree stage): MathML and KaTeX read as their TeX source ---------------------------

_FORMULA_INTRO = ("<p>Hermitian matrices form a real vector space, and this post looks at what product they "
                  "can carry and which algebras come out of it.</p>")


def _formula_page(body: str) -> str:
    return (f"<html><head><title>Jordan algebras</title></head><body><article><h1>Jordan algebras</h1>"
            f"{_FORMULA_INTRO}{body}</article></body></html>")


@pytest.mark.parametrize("formula, read", [
    ("<math><semantics><mrow><mi>A</mi><mo>+</mo><mi>B</mi></mrow>"
     "<annotation encoding='application/x-tex'>A + B</annotation></semantics></math>", "A + B"),
    ("<math alttext='A^2'><msup><mi>A</mi><mn>2</mn></msup></math>", "A^2"),
    ("<math><mi>A</mi><mo>+</mo><mi>B</mi></math>", "A+B"),
])
def test_a_mathml_formula_is_read_in_its_sentence(formula: str, read: str) -> None:
    art = newsclean.clean(_formula_page(f"<p>If {formula} is Hermitian, then so is its square for every pair.</p>"))
    assert art.paragraphs[-1].text == f"If {read} is Hermitian, then so is its square for every pair."


def test_a_katex_formula_is_read_once_from_its_source_and_its_rendered_copy_recorded() -> None:
    katex = ("<span class='katex'><span class='katex-mathml'><math><semantics><mrow><mi>λ</mi><mi>A</mi></mrow>"
             "<annotation encoding='application/x-tex'>\\lambda A</annotation></semantics></math></span>"
             "<span class='katex-html' aria-hidden='true'><span class='base'><span class='mord'>λ</span>"
             "<span class='mord mathnormal'>A</span></span></span></span>")
    art = newsclean.clean(_formula_page(f"<p>The product {katex} is Hermitian for every real scalar.</p>"))
    assert art.paragraphs[-1].text == "The product \\lambda A is Hermitian for every real scalar."
    assert any(r.kind == "formula" and r.plugin == "structure:formulas" and r.text == "λA" for r in art.removed)


def test_a_page_without_formulas_is_left_as_it_is() -> None:
    page = _formula_page("<p>If <b>A</b> is Hermitian, then so is its square, <img src='a.png' alt='a plot'>.</p>")
    assert newsclean.clean(page).text == Cleaner(disable=["structure"]).clean(page).text


@pytest.mark.parametrize("img, read", [
    ("<img src='https://example.org/latex.php?latex=%5Clambda+A' alt='&#92;lambda A + &#92;mu B' class='latex'>",
     "\\lambda A + \\mu B"),
    ("<img src='/ql-cache/quicklatex.com-1.png' class='ql-img-inline-formula quicklatex-auto-format' alt='A^2'>",
     "A^2"),
])
def test_a_formula_picture_is_read_as_its_tex_source(img: str, read: str) -> None:
    art = newsclean.clean(_formula_page(f"<p>If {img} is Hermitian, then so is its square for every pair.</p>"))
    assert art.paragraphs[-1].text == f"If {read} is Hermitian, then so is its square for every pair."
    assert any("formula" in n for n in art.notes)


@pytest.mark.parametrize("img", [
    "<img src='latex-logo.png' alt='the LaTeX logo' class='latex-logo'>",  # no formula class token
    "<img src='f.png' class='latex' alt=''>",  # no source to read
])
def test_other_pictures_stay_pictures(img: str) -> None:
    art = newsclean.clean(_formula_page(f"<p>If {img} is Hermitian, then so is its square for every pair.</p>"))
    assert art.paragraphs[-1].text == "If is Hermitian, then so is its square for every pair."


def test_a_bold_line_is_compared_with_its_element_as_the_walk_reads_it():
    # a control beside the bold words ("Copy link") is no text of the block, nor of the element it is compared with
    import lxml.html
    from newsclean.blocks import html_blocks
    root = lxml.html.document_fromstring("<html><body><p><b>Key findings</b><button>Copy link</button></p></body></html>")
    block = html_blocks(root)[0][0]
    assert block.text == "Key findings" and structure.bold_only(block)
