"""A list of links the article's own paragraph announces ("…:") stays when prose of the body follows
it (plugins/container/inside.py, ``announced_lists``); a list of links nothing announces (even set
between two paragraphs), one after a bare label, or one that closes the body, goes."""
from newsclean import clean

_P1 = ("The volunteers who run the river survey counted more herons this year than in any year since the "
       "survey began, and they say the cleaner water in the upper reaches is the main reason for it.")
_P2 = ("Their report also notes that two of the smaller tributaries dried up for most of August, and asks the "
       "water board to publish the daily flow figures it collects at each of its gauging stations.")
_P3 = ("The board has promised an answer before the winter meeting, when the volunteers will present their "
       "counts to the council together with the photographs taken at each of the survey points.")
_ITEMS = ("<li><a href='/r/1'>Upper reach flow figures, spring survey</a></li>"
          "<li><a href='/r/2'>Heron nest counts by survey point</a></li>"
          "<li><a href='/r/3'>Tributary water levels, August readings</a></li>"
          "<li><a href='/r/4'>Photographs of the northern survey points</a></li>")
_P1_ZH = "负责河流调查的志愿者今年统计到的苍鹭数量是调查开始以来最多的一年，他们认为上游水质改善是主要原因。"
_P2_ZH = "他们的报告还指出，两条较小的支流在八月的大部分时间里干涸，并要求水务局公布各监测站每天的流量数据。"
_ITEMS_ZH = ("<li><a href='/r/1'>上游春季流量数据汇总</a></li><li><a href='/r/2'>各调查点苍鹭巢穴统计</a></li>"
             "<li><a href='/r/3'>八月支流水位记录</a></li><li><a href='/r/4'>北部调查点照片合集</a></li>")


def _page(body: str, title: str = "Herons return to the upper river") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
            f"</nav><main><article><h1>{title}</h1>{body}</article></main></body></html>")


def test_a_link_list_a_paragraph_announces_stays_in_the_body():
    intro = "<p>The volunteers published the data behind the report:</p>"
    art = clean(_page(f"<p>{_P1}</p>{intro}<ul>{_ITEMS}</ul><p>{_P2}</p><p>{_P3}</p>"))
    assert "Heron nest counts by survey point" in art.text
    assert "Photographs of the northern survey points" in art.text
    assert not any("Heron nest counts" in r.text for r in art.removed)


def test_a_list_of_links_nothing_announces_goes_even_between_two_paragraphs():
    intro = "<p>The volunteers published the data behind the report on their own website last week.</p>"
    art = clean(_page(f"<p>{_P1}</p>{intro}<ul>{_ITEMS}</ul><p>{_P2}</p><p>{_P3}</p>"))
    assert "Heron nest counts by survey point" not in art.text
    assert any(r.reason == "link list inside the article container" and "Heron nest counts" in r.text
               for r in art.removed)
    # announced, the same list stays in a box of its own too
    intro = "<p>The volunteers published the data behind the report:</p>"
    art = clean(_page(f"<p>{_P1}</p>{intro}<div class='box'><ul>{_ITEMS}</ul></div><p>{_P2}</p><p>{_P3}</p>"))
    assert "Heron nest counts by survey point" in art.text


def test_an_announced_list_that_closes_the_body_goes():
    intro = "<p>More from the volunteers and their survey this year:</p>"
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>{intro}<ul>{_ITEMS}</ul>"))
    assert "Heron nest counts by survey point" not in art.text


def test_a_bare_label_or_a_pointer_line_announces_no_list():
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><p>See also:</p><ul>{_ITEMS}</ul><p>{_P3}</p>"))
    assert "Heron nest counts by survey point" not in art.text
    intro = "<p>Read more about the river in our weekly nature round-up:</p>"
    art = clean(_page(f"<p>{_P1}</p>{intro}<ul>{_ITEMS}</ul><p>{_P2}</p><p>{_P3}</p>"))
    assert "Heron nest counts by survey point" not in art.text


def test_nested_items_and_a_fullwidth_colon():
    nested = ("<li><a href='/r/5'>Survey methods, the full notes</a><ul><li><a href='/r/6'>How the herons "
              "were counted at dawn</a></li></ul></li>")
    intro = "<p>The volunteers published the data behind the report:</p>"
    art = clean(_page(f"<p>{_P1}</p>{intro}<ul>{_ITEMS}{nested}</ul><p>{_P2}</p><p>{_P3}</p>"))
    assert "How the herons were counted at dawn" in art.text
    intro_zh = "<p>志愿者公布了报告所依据的全部调查数据和照片：</p>"
    art = clean(_page(f"<p>{_P1_ZH}</p>{intro_zh}<ul>{_ITEMS_ZH}</ul><p>{_P2_ZH}</p><p>{_P1_ZH}</p>",
                      title="苍鹭回到上游"))
    assert "各调查点苍鹭巢穴统计" in art.text
    art = clean(_page(f"<p>{_P1_ZH}</p><p>志愿者公布了报告所依据的全部调查数据和照片。</p><ul>{_ITEMS_ZH}</ul>"
                      f"<p>{_P2_ZH}</p><p>{_P1_ZH}</p>", title="苍鹭回到上游"))
    assert "各调查点苍鹭巢穴统计" not in art.text


_TOC = ("<li><a href='#flow'>Upper reach flow figures, spring survey</a></li>"
        "<li><a href='#nests'>Heron nest counts by survey point</a></li>"
        "<li><a href='#levels'>Tributary water levels, August readings</a></li>"
        "<li><a href='#photos'>Photographs of the northern survey points</a></li>")
_SECTIONS = (f"<h2 id='flow'>Upper reach flow figures</h2><p>{_P2}</p>"
             f"<h2 id='nests'>Heron nest counts</h2><p>{_P3}</p>")


def test_a_table_of_contents_a_heading_announces_stays():
    head = "<h3>These are the findings of this year's survey:</h3>"
    art = clean(_page(f"<p>{_P1}</p>{head}<ol>{_TOC}</ol>{_SECTIONS}"))
    assert "Heron nest counts by survey point" in art.text
    assert "These are the findings of this year's survey:" in art.text
    # a heading announces no list of links to other pages, nor a label a table of contents
    art = clean(_page(f"<p>{_P1}</p>{head}<ol>{_ITEMS}</ol>{_SECTIONS}"))
    assert "Heron nest counts by survey point" not in art.text
    art = clean(_page(f"<p>{_P1}</p><h3>Contents:</h3><ol>{_TOC}</ol>{_SECTIONS}"))
    assert "Heron nest counts by survey point" not in art.text


def test_a_table_of_contents_a_short_sentence_announces_stays():
    art = clean(_page(f"<p>{_P1}</p><p>Good, so here goes:</p><ul>{_TOC}</ul>{_SECTIONS}"))
    assert "Heron nest counts by survey point" in art.text
    # a label of fewer words announces none, nor does a short line a list of other pages
    art = clean(_page(f"<p>{_P1}</p><p>Jump to:</p><ul>{_TOC}</ul>{_SECTIONS}"))
    assert "Heron nest counts by survey point" not in art.text
    art = clean(_page(f"<p>{_P1}</p><p>Good, so here goes:</p><ul>{_ITEMS}</ul>{_SECTIONS}"))
    assert "Heron nest counts by survey point" not in art.text
