"""A sentence with links in it is the article's; a list of links is not (plugins/container/scoring.py,
``_link_sentence``): words between the links, words of its own, a sentence mark at its end."""
from newsclean import clean

_P1 = ("The harbour authority said on Tuesday that traffic through the old port had doubled over the past "
       "decade, and that the quays built a century ago could no longer take the weight of modern lorries.")
_P2 = ("Engineers who inspected the structure last spring found that two of its main supports had shifted, "
       "and the council was told that repairs would cost more than a new crossing further up the river.")
_P1_ZH = "港务局周二表示，过去十年间经过旧港的货运量翻了一番，百年前修建的码头已经无法承受现代货车的重量，必须尽快加固或者重建。"
_P2_ZH = "去年春天检查这座桥的工程师发现，两根主要支柱已经发生位移，市议会被告知维修费用将超过在上游新建一座桥梁的费用。"


def _page(body: str, title: str = "Harbour bridge to close") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
            f"</nav><main><article><h1>{title}</h1>{body}</article></main></body></html>")


def _removed(art, text):
    return [r for r in art.removed if text in r.text]


def test_a_closing_sentence_with_two_links_stays():
    sentence = ("Last week, the council <a href='/a'>voted to close the old harbour bridge</a> after engineers "
                "found <a href='/b'>cracks in two of its main supports</a> during a check.")
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><p>{sentence}</p>"))
    assert "voted to close the old harbour bridge after engineers found cracks" in art.text


def test_a_sentence_opening_with_a_label_stays_when_words_follow_its_first_link():
    item = "Mixed: <a href='/a'>a real link</a>, then <a href='/b'>another link</a> here."
    art = clean(_page(f"<p>{_P1}</p><ul><li>{item}</li></ul><p>{_P2}</p>"))
    assert "Mixed: a real link, then another link here." in art.text


def test_a_list_item_that_is_a_sentence_stays():
    item = "Some of <a href='/a'>the harbour's oldest warehouses on the north quay</a> will become flats."
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><ul><li>{item}</li><li>Ferries keep running.</li></ul>"))
    assert "oldest warehouses on the north quay will become flats." in art.text


def test_a_read_more_line_and_a_tag_list_still_go():
    # precision guard: a label and its link, links one after another: no sentence of their own
    body = (f"<p>{_P1}</p><p>{_P2}</p><p>Read more: <a href='/x'>Harbour traffic doubles in a decade of growth</a>."
            "</p><p>Tags: <a href='/t/1'>Harbour news</a>, <a href='/t/2'>Bridges and roads</a>, "
            "<a href='/t/3'>City council</a>.</p>")
    art = clean(_page(body))
    assert "Harbour traffic doubles" not in art.text and "Bridges and roads" not in art.text
    assert any("link list" in r.reason for r in _removed(art, "Harbour traffic doubles"))
    assert any("link list" in r.reason for r in _removed(art, "Bridges and roads"))


def test_a_headline_list_without_sentence_marks_still_goes():
    items = "".join(f"<li><a href='/s/{i}'>Another story about the harbour, number {i}</a> from the desk</li>"
                    for i in range(4))
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><ul>{items}</ul>"))
    assert "Another story about the harbour" not in art.text


def test_a_chinese_sentence_with_links_stays():
    sentence = ("据<a href='/a'>新华社记者从港务局获悉的消息</a>，市议会上周决定<a href='/b'>关闭这座旧港大桥并在上游新建桥梁</a>，"
                "新桥预计三年后通车。")
    art = clean(_page(f"<p>{_P1_ZH}</p><p>{_P2_ZH}</p><p>{sentence}</p>", title="旧港大桥将关闭"))
    assert "市议会上周决定" in art.text


def test_a_chinese_tag_list_still_goes():
    # precision guard: links one after another, joined by list commas only
    body = (f"<p>{_P1_ZH}</p><p>{_P2_ZH}</p><div>话题：<a href='/t/1'>港口建设与航运</a>、<a href='/t/2'>城市桥梁维护</a>、"
            "<a href='/t/3'>市议会决定</a>。</div>")
    art = clean(_page(body, title="旧港大桥将关闭"))
    assert "城市桥梁维护" not in art.text


def test_a_sentence_its_one_link_closes_stays_after_a_long_lead():
    sentence = ("As always, you can still walk over <a href='/a'>the old harbour bridge until the end of the summer "
                "season</a>.")
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><p>{sentence}</p>"))
    assert "you can still walk over the old harbour bridge until the end of the summer season." in art.text


def test_a_short_lead_its_one_link_closes_still_goes():
    # precision guard: a pointer to another page ("See <a>our full report</a>.")
    art = clean(_page(f"<p>{_P1}</p><p>{_P2}</p><p>For more details, see the <a href='/a'>full report on the harbour bridge</a>.</p>"))
    assert "full report on the harbour bridge" not in art.text


def test_chinese_sentences_its_one_link_closes():
    kept = "港务局在周二的发布会上说明了<a href='/a'>大桥关闭之后的轮渡、公交和人行通道临时安排</a>。"
    pointer = "详情请看<a href='/b'>旧港大桥关闭后的交通安排全文</a>。"
    art = clean(_page(f"<p>{_P1_ZH}</p><p>{_P2_ZH}</p><p>{kept}</p><p>{pointer}</p>", title="旧港大桥将关闭"))
    assert "大桥关闭之后的轮渡、公交和人行通道临时安排" in art.text
    assert "旧港大桥关闭后的交通安排全文" not in art.text


def test_a_links_text_is_found_in_its_sentence_as_the_block_reads_it():
    # the link's words in touching elements: the block reads them apart, and so is the link read
    import lxml.html
    from newsclean.blocks import html_blocks
    from newsclean.plugins.container.scoring import _link_sentence
    html = ("<html><body><p>The council said it <a href='/a'>approved the plan for the <span>North</span>"
            "<span>Quay</span> warehouses</a> after a long debate.</p></body></html>")
    block = html_blocks(lxml.html.document_fromstring(html))[0][0]
    assert "North Quay" in block.text and _link_sentence(block)
