"""content: link-dense sentences inside the container stay on an undated page (a service's, a
product's, a documentation page), and go on a page giving its publication date (a story's)."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("The harbour office said on Monday that the new ferry would start next spring, two years later than "
      "planned, after engineers found problems with the steel used in its hull. ")
ZH = "港务局周一表示，新渡轮将于明年春天启航，比原计划晚两年，因为工程师发现船体钢材存在问题。"
STAMP = "<p><time datetime='2024-03-05T10:00:00+01:00'>5 March 2024</time></p>"


def page(inner: str, title: str = "Ferry service") -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


def paras(n: int, text: str = EN, start: int = 0) -> str:
    return "".join(f"<p>{text}Detail number {i} follows.</p>" for i in range(start, start + n))


def boxed(items: list[str], stamp: str = "", body: str = EN) -> str:
    lis = "".join(f"<li><a href='/guide/{i}'>{t}</a></li>" for i, t in enumerate(items))
    return page(f"<div class='story'><h1>Ferry service</h1>{stamp}{paras(3, body)}<div class='box'><ul>{lis}</ul>"
                f"</div>{paras(3, body, 3)}</div>")


SENTENCES = ["Book a cabin for the night crossing in three easy steps.",
             "Bring your bicycle on board for free on every weekday crossing."]


def test_linked_sentences_inside_an_undated_page_stay():
    art = Cleaner().clean(boxed(SENTENCES))
    assert art.published is None
    assert art.text.count("harbour office") == 6
    for s in SENTENCES:
        assert s in art.text
    assert not any(r.reason == "link list inside the article container" for r in art.removed)


def test_linked_sentences_inside_a_dated_story_go_with_a_reason():
    art = Cleaner().clean(boxed(SENTENCES, STAMP))
    assert art.published is not None
    assert art.text.count("harbour office") == 6
    assert not any(s in art.text for s in SENTENCES)
    assert any(r.reason == "link list inside the article container" and "night crossing" in r.text
               for r in art.removed)


def test_short_or_unfinished_links_inside_an_undated_page_still_go():
    # under six words, or no full stop at its end (a headline, a teaser trailing off, a related question):
    # a link list
    items = ["Timetables and fares.", "Night crossing cabins for every family traveller",
             "Bicycles travel free on every weekday crossing...",
             "Can I bring my bicycle on board on a weekday crossing?"]
    art = Cleaner().clean(boxed(items))
    assert art.published is None
    assert not any(t in art.text for t in items)
    assert sum(r.reason == "link list inside the article container" for r in art.removed) == 4


def test_a_chinese_sentence_counts_its_characters():
    long_zh = "预订夜班渡轮的舱位只需要三个简单的步骤。"  # 20 characters: ten words
    short_zh = "查看时刻表。"  # 6 characters: three words
    art = Cleaner().clean(boxed([long_zh, short_zh], body=ZH))
    assert long_zh in art.text
    assert short_zh not in art.text


def test_a_label_before_a_link_or_links_one_after_another_still_go():
    # not linked whole (a "Read more:" label, a pointer's lead), or more than one link: no feature line
    lines = ["<p>Read more: <a href='/a'>Harbour traffic doubles in a decade of growth</a>.</p>",
             "<p><a href='/b'>Timetables for the harbour ferry</a>, <a href='/c'>Fares for the night crossing</a>, "
             "<a href='/d'>Cabins</a>.</p>"]
    art = Cleaner().clean(page(f"<div class='story'><h1>Ferry service</h1>{paras(3)}<div class='box'>{''.join(lines)}"
                               f"</div>{paras(3, start=3)}</div>"))
    assert art.published is None and art.text.count("harbour office") == 6
    assert "Harbour traffic doubles" not in art.text and "Fares for the night crossing" not in art.text
    assert sum(r.reason == "link list inside the article container" for r in art.removed) == 2
