"""content: the article's own start outside the chosen container (deks, standfirsts), and its guards."""
from __future__ import annotations

from newsclean import Cleaner

EN = ("Officials said on Monday that the new bridge would open next spring, two years later than planned, "
      "after engineers found problems with the steel used in its main span. ")
ES_DEK = ("El Ayuntamiento retrasa dos años la apertura del nuevo puente tras detectar fallos en el acero "
          "de su tramo principal")
ES_DEK2 = ("Los vecinos denuncian que las obras cortan el tráfico del barrio desde hace ya tres años y piden "
           "una solución")
OTHER = ("The football club confirmed late on Tuesday that its former manager was in talks about a return, "
         "a week after the team lost its third league match in a row at home. ")
DE_DEK = ("Die Stadt verschiebt die Eröffnung der neuen Brücke um zwei Jahre, weil Ingenieure Mängel "
          "am Stahl gefunden haben")


def clean(html: str):
    return Cleaner().clean(html)


def page(inner: str, title: str = "Bridge delayed") -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


def body(n: int = 6) -> str:
    return ("<section class='article-body'><div class='text'>"
            + "".join(f"<p>{EN}Detail number {i} follows.</p>" for i in range(n)) + "</div></section>")


def between(under_title: str, title: str = "Bridge delayed") -> str:
    """The title, then ``under_title``, then a toolbar and a video that end the lead run from the body."""
    toolbar = ("<div class='video-player'><p>Video</p><h3><a href='/v'>Watch the other report of the day</a></h3>"
               "</div>")
    return page(f"<article><header><h1>{title}</h1>{under_title}{toolbar}</header>{body()}</article>", title)


# --- a dek set as a heading of lower rank right under the title -----------------------------------

def test_a_dek_set_as_a_heading_under_the_title_is_readmitted_in_any_language():
    for dek, cls in ((ES_DEK, "epigraph"), (DE_DEK, "Paragraph_x story-intro_storyIntro__7SJ5Q"), (ES_DEK, "a_st")):
        holder = "<div class='subtitles'>{}</div>" if cls == "a_st" else "{}"  # (or its parent's class)
        art = clean(between(holder.format(f"<h2 class='{cls}'>{dek}</h2>")))
        assert dek in art.text, dek
        assert art.text.index(dek) < art.text.index("Officials said")
        assert "Watch the other report" not in art.text


def test_two_dek_headings_in_a_row_are_both_readmitted_past_a_kicker():
    art = clean(between(f"<h2>Puente</h2><h2 class='subtitle'>{ES_DEK}</h2><h2 class='subtitle'>{ES_DEK2}</h2>"))
    assert ES_DEK in art.text and ES_DEK2 in art.text


def test_a_heading_under_the_title_that_is_no_dek_is_not_readmitted():
    # precision guards: a long heading no class calls a dek, a linked headline (another story), a
    # heading of the title's own rank, the title again with a kicker, a dek after other lines
    cases = {
        f"<h2 class='title__heading'>{ES_DEK}</h2>": ES_DEK,
        f"<h2 class='subtitle'><a href='/other'>{ES_DEK}</a></h2>": ES_DEK,
        f"<h1 class='subtitle'>{ES_DEK}</h1>": ES_DEK,
        "<h2 class='subtitle'>Bridge news: bridge delayed again as the city finds the steel of its main span too "
        "weak</h2>": "steel of its main span too weak",
        "<p class='meta'>Sección de obras públicas y urbanismo municipal, 12 fotos, 3 vídeos</p>"
        f"<h2 class='subtitle'>{ES_DEK}</h2>": ES_DEK,
    }
    for under, text in cases.items():
        art = clean(between(under, title="Bridge delayed again as the city finds the steel of its main span too weak"
                            if "Bridge news" in under else "Bridge delayed"))
        assert text not in art.text, under
        assert art.text.count("Officials said") == 6


def test_a_dek_heading_with_a_style_class_or_a_short_one_its_class_names_is_readmitted():
    # right under the title, a class of style words only (no dek named, no title nor chrome named)
    for cls in ("text-base mb-4 font-bold", "v-a-s-t"):
        art = clean(between(f"<h2 class='{cls}'>{ES_DEK}</h2>"))
        assert ES_DEK in art.text and art.text.index(ES_DEK) < art.text.index("Officials said"), cls
    # a short dek its class names, in a sentence
    short = "Five districts lose power for an hour on Tuesday."
    art = clean(between(f"<h2 class='subtitle'>{short}</h2>"))
    assert short in art.text


def test_a_long_dek_naming_the_title_s_key_words_is_readmitted_but_the_title_made_longer_is_not():
    # a dek tells the story the title names: it shares the title's key words, few of its own
    title = "Tourism ministry explains the nationality fee"
    dek = ("A hotel in Antalya charged a Turkish guest an extra nationality fee, and the ministry says it has "
           "opened an inquiry into the booking")
    art = clean(between(f"<h2 class='text-base mb-4'>{dek}</h2>", title=title))
    assert dek in art.text and art.text.index("A hotel") < art.text.index("Officials said")
    # the title again, made longer (most of the title's words, a tail added): no dek
    longer = "Tourism ministry explains the nationality fee charged by a hotel in Antalya to its guest"
    art = clean(between(f"<h2 class='text-base mb-4'>{longer}</h2>", title=title))
    assert longer not in art.text and art.text.count("Officials said") == 6


def test_a_short_heading_or_one_named_a_title_under_the_title_is_no_dek():
    for under, text in ((f"<h2 class='subtitle'>Five districts lose power for an hour</h2>", "Five districts"),
                        (f"<h2 class='article-title'>{ES_DEK}</h2>", ES_DEK),
                        (f"<h2 class='sidebar-item'>{ES_DEK}</h2>", ES_DEK)):
        art = clean(between(under))
        assert text not in art.text, under
        assert art.text.count("Officials said") == 6


def test_a_dek_heading_is_recorded_nowhere_as_removed():
    art = clean(between(f"<h2 class='standfirst'>{DE_DEK}</h2>"))
    assert not any(DE_DEK in r.text for r in art.removed)


# --- a box whose class names chrome is one step of the lead run ------------------------------------

FR = ("Reçue mardi à l’Elysée, la secrétaire générale du syndicat a exposé au chef de l’Etat ses revendications "
      "sur les salaires et les retraites, avant une rentrée sociale tendue. ")


def _tools(n: int) -> str:
    """A tool list of ``n`` short lines, every other one a share button an earlier step drops."""
    items = "".join(f"<li><a href='/s{i}'>Partager</a></li>" if i % 2 else f"<li>Ajouter à vos sélections {i}</li>"
                    for i in range(n))
    return f"<ul class='meta meta__social'>{items}</ul>"


def _lead_page(between_lines: str) -> str:
    return page(f"<article><header><h1>Bridge delayed</h1><p class='intro'>{FR}</p><p>Par Jean Dupont</p>"
                f"<p>Publié le 30 août 2023 à 14h52</p>{between_lines}</header>{body()}</article>")


def test_a_standfirst_is_readmitted_past_a_tool_list_whose_class_names_chrome():
    art = clean(_lead_page(f"<p>Lecture 4 min.</p>{_tools(8)}<p>Article réservé aux abonnés</p>"))
    assert FR.strip() in art.text
    assert art.text.index("Reçue mardi") < art.text.index("Officials said")
    assert "Ajouter à vos sélections" not in art.text


def test_the_same_loose_lines_without_a_box_still_end_the_run():
    # precision guard: the tool list's lines set loose (no class names a box) are many steps
    loose = "".join(f"<p>Ajouter à vos sélections {i}</p>" for i in range(8))
    art = clean(_lead_page(f"<p>Lecture 4 min.</p>{loose}<p>Article réservé aux abonnés</p>"))
    assert "Reçue mardi" not in art.text and art.text.count("Officials said") == 6


def test_prose_in_a_box_whose_class_names_chrome_still_ends_the_run():
    # precision guard: a box its class names chrome (share) holding prose between the standfirst and the body is no tool list
    box = f"<div class='social-note'><p>{OTHER}</p></div>"
    art = clean(_lead_page(box))
    assert "Reçue mardi" not in art.text and "football club" not in art.text


# --- sentences rich in inline links inside the body's flow -----------------------------------------

LINKED = ("It also <a href='/plans'>co-ordinates military plans and carries out joint military exercises</a>"
          " every year.")
LINKED_TEXT = "It also co-ordinates military plans and carries out joint military exercises every year."


def _flow(middle: str, wrap: str = "") -> str:
    paras = [f"<p>{EN}Part {i}.</p>" for i in range(6)]
    paras.insert(3, middle)
    if wrap:  # each paragraph in a wrapper of its own, all alike
        paras = [f"<div class='{wrap}'>{p}</div>" for p in paras]
    return page(f"<h1>Bridge delayed</h1><div class='article-body'>{''.join(paras)}</div>")


def test_a_sentence_mostly_linked_between_the_body_s_paragraphs_is_kept():
    for wrap in ("", "text-block"):
        art = clean(_flow(f"<p>{LINKED}</p>", wrap))
        assert LINKED_TEXT in art.text, wrap
        assert art.text.index("Part 2.") < art.text.index(LINKED_TEXT) < art.text.index("Part 3.")
    runs = "".join(f"<p>{LINKED.replace('every year', f'in spring {i}')}</p>" for i in range(2))
    art = clean(_flow(runs))
    assert "in spring 0" in art.text and "in spring 1" in art.text


def test_a_section_s_first_or_last_sentence_mostly_linked_is_kept_beside_its_heading():
    for middle in (f"<h2>Which countries are members of the alliance?</h2><p>{LINKED}</p>",
                   f"<p>{LINKED}</p><h2>Which countries are members of the alliance?</h2>"):
        art = clean(_flow(middle))
        assert LINKED_TEXT in art.text, middle
    # ... but a heading on both sides is no flow of the body: the linked line there still goes
    art = clean(_flow(f"<h2>Which countries are members?</h2><p>{LINKED}</p><h2>What does it spend?</h2>"))
    assert LINKED_TEXT not in art.text


def test_a_linked_line_among_the_body_s_paragraphs_stays_even_without_a_sentence():
    # a linked headline the author set between two paragraphs, as a <p> of the body (2011-12 news
    # and blogs: "Opinion: <a>…</a>", a pointer to a source): a line of the article
    for middle in ("<p><a href='/x'>Another story about the bridge and the city budget for next year</a></p>",
                   "<p><a href='/x'>Another story about the bridge and the city budget for next year.</a></p>"):
        art = clean(_flow(middle))
        assert "city budget" in art.text, middle
        assert art.text.index("Part 2.") < art.text.index("city budget") < art.text.index("Part 3.")


def test_a_link_between_the_body_s_paragraphs_that_is_no_sentence_still_goes():
    # precision guards: a label opening a reference, a label and a headline set apart by a bar, a
    # long run of linked sentences (a list of links set as paragraphs), a linked headline in a box
    # of its own
    cases = ["<p>Watch <a href='/x'>the whole report about the bridge and the city budget for next year</a>…</p>",
             "<p>MORE NEWS | <a href='/x'>Another story about the bridge and the city budget for next year</a></p>",
             "".join(f"<p>{LINKED.replace('every year', f'in spring {i}')}</p>" for i in range(4)),
             "<div class='teaser'><p><a href='/x'>Another story about the bridge and the city budget</a></p></div>"]
    for middle in cases:
        art = clean(_flow(middle))
        assert "city budget" not in art.text and "in spring" not in art.text, middle
        assert art.text.count("Officials said") == 6
        assert any(("city budget" in r.text or "in spring" in r.text) and r.kind == "boilerplate"
                   for r in art.removed)


def _opening(first: str) -> str:
    paras = "".join(f"<p>{EN}Part {i}.</p>" for i in range(6))
    return page(f"<h1>Bridge delayed</h1><div class='article-body'><figure><figcaption>The bridge (Picture: "
                f"Jane Roe)</figcaption></figure>{first}{paras}</div>")


def test_the_article_s_opening_sentences_mostly_linked_are_kept():
    # the body opens on a sentence or two whose words are mostly links; nothing good above them
    runs = "".join(f"<p>{LINKED.replace('every year', f'in spring {i}')}</p>" for i in range(2))
    art = clean(_opening(runs))
    assert art.text.index("in spring 0") < art.text.index("in spring 1") < art.text.index("Part 0.")
    # ... but a linked headline, or a run longer than a few sentences, above the body still goes
    for first in ("<p><a href='/x'>Another story about the bridge and the city budget for next year</a></p>",
                  "".join(f"<p>{LINKED.replace('every year', f'in spring {i}')}</p>" for i in range(4))):
        art = clean(_opening(first))
        assert "city budget" not in art.text and "in spring" not in art.text, first
        assert art.text.count("Officials said") == 6



def _closing(last: str) -> str:
    paras = "".join(f"<p>{EN}Part {i}.</p>" for i in range(6))
    return page(f"<h1>Bridge delayed</h1><div class='article-body'>{paras}{last}</div>")


def test_the_article_s_closing_sentence_rich_in_inline_links_is_kept():
    # a prose sentence of five links after the body's last paragraph, its own words between them
    thanks = ("<p>Thanks to <a href='/a'>Ann Berg</a>, <a href='/b'>Tom Hale</a>, <a href='/c'>Ida Moss</a>, "
              "<a href='/d'>Rui Costa</a> and <a href='/e'>Lena Park</a> for reading drafts of this.</p>")
    sources = ("<p>See the <a href='/a'>station logs</a>, the <a href='/b'>keepers' letters</a>, the "
               "<a href='/c'>lamp maker's notes</a>, the <a href='/d'>harbour records</a> and the "
               "<a href='/e'>photographs of the tower</a>.</p>")
    zh = "<p>感谢<a href='/a'>张三</a>、<a href='/b'>李四</a>和<a href='/c'>王五</a>审阅本文的初稿。</p>"
    for last, needle in ((thanks, "Lena Park for reading"), (sources, "photographs of the tower"), (zh, "审阅本文")):
        art = clean(_closing(last))
        assert art.text.index("Part 5.") < art.text.index(needle), last


def test_the_closing_linked_sentence_after_a_quotation_the_body_ends_on_is_kept():
    # the body's last paragraph introduces a quotation (a <blockquote> of its own), and the sentence
    # after it, rich in links, closes the body: the quotation is of the flow, not a gap in it
    quote = ("<blockquote><p>The span will carry four lanes of traffic and a cycle path, and it will be "
             "inspected twice a year by the city's own engineers.</p></blockquote>")
    thanks = ("<p>Also this week, <a href='/a'>the council published its budget</a>, <a href='/b'>the harbour "
              "board answered its critics</a>, and <a href='/c'>the mayor spoke on the radio</a> about it.</p>")
    art = clean(_closing(quote + thanks))
    assert "inspected twice a year" in art.text
    assert art.text.index("inspected twice a year") < art.text.index("spoke on the radio")
    # a link list after the quotation still goes: the same closing tests (words of its own between links)
    links = "<p><a href='/a'>The council budget</a>, <a href='/b'>The harbour board</a>, <a href='/c'>Radio</a>.</p>"
    art = clean(_closing(quote + links))
    assert "inspected twice a year" in art.text and "harbour board" not in art.text


def test_a_linked_line_after_the_body_that_is_no_sentence_of_it_still_goes():
    # precision guards: a pointer to one page, an embed's credit (names joined by a word or two), a
    # run longer than a few sentences (a list of links set as paragraphs), a label and links trailing off
    cases = ["<p>For more information, see <a href='/x'>our full review of the city budget</a>.</p>",
             "<p><a href='/a'>Fireplace Songs</a> from <a href='/b'>Ann Lee</a> on <a href='/c'>Night Radio</a>.</p>",
             "".join(f"<p>See <a href='/a'>the bridge {i}</a>, <a href='/b'>the city</a> and <a href='/c'>the budget"
                     f"</a> in our archive.</p>" for i in range(4)),
             "<p>More: <a href='/a'>the bridge</a>, <a href='/b'>the city</a>, <a href='/c'>the budget</a>…</p>"]
    for last in cases:
        art = clean(_closing(last))
        assert art.paragraphs[-1].text.endswith("Part 5."), last
        assert art.text.count("Officials said") == 6


# --- the title heading found by most of its words ---------------------------------------------------

def test_a_heading_sharing_most_of_the_title_s_words_anchors_the_standfirst():
    # the visible headline adds a kicker and rewords the title: no rule of exact words finds it
    title = "Silicon Valley Bank: Federal Reserve admits failures in its supervision"
    heading = "Collapse of Silicon Valley Bank US central bank admits failures in its supervision"
    stand = "On more than a hundred pages the central bank analysed the collapse of the lender, and its own part."
    html = (f"<html><head><title>{title}</title></head><body><div class='top'><h2>{heading}</h2>"
            f"<p class='intro'>{stand}</p><p>28.04.2023, 20.15</p></div>"
            f"<div class='article-text'>{''.join(f'<p>{EN}Part {i}.</p>' for i in range(6))}</div></body></html>")
    art = clean(html)
    assert stand in art.text and art.text.count("Officials said") == 6


def test_title_index_takes_the_heading_sharing_the_most_words_and_no_unrelated_one():
    from newsclean.plugins.container.choice import title_index

    class _Meta:
        def __init__(self, title):
            self.title = title

        def get(self, key):
            return self.title if key == "title" else None

    class _Block:
        def __init__(self, index, text, level=2):
            self.index, self.text, self.level, self.kind = index, text, level, "heading"

    class _Doc:
        def __init__(self, title, heads):
            self.meta = _Meta(title)
            self.blocks = [_Block(i, t) for i, t in enumerate(heads)]

    title = "Silicon Valley Bank: Federal Reserve admits failures in its supervision"
    heads = ["Markets today", "Collapse of Silicon Valley Bank US central bank admits failures in its supervision",
             "Silicon Valley Bank collapse: what we know"]
    assert title_index(_Doc(title, heads)) == 1
    assert title_index(_Doc(title, ["Markets today", "Federal budget talks fail again in the capital"])) is None


def test_a_standfirst_is_readmitted_past_a_dated_stamp_line_with_a_follow_link():
    # the stamp under the byline carries a link to the author's feed: mostly link, yet a dated line, no end
    stamp = "<p>July 24, 2012 4:16 AM PDT <a href='/u/jdoe'>Follow @janedoe_writes</a></p>"
    lead = "Mixed news for the city: the bridge opens after all, but two years later than planned."
    html = page(f"<div class='post'><h1>Bridge delayed</h1><p>{lead}</p><p>by Jane Doe</p>{stamp}"
                f"{body()}</div>")
    art = clean(html)
    assert lead in art.text and art.text.index("Mixed news") < art.text.index("Officials said")
    assert "Follow @janedoe" not in art.text
    # a run of dated links (other stories' headlines with their dates) is many steps: it still ends the run
    dated = "".join(f"<p>July {i}, 2012 <a href='/s/{i}'>Another story number {i}</a></p>" for i in range(1, 9))
    art = clean(page(f"<div class='post'><h1>Bridge delayed</h1><p>{lead}</p>{dated}{body()}</div>"))
    assert "Mixed news" not in art.text and "Another story" not in art.text


# --- a lead set as a list item, in a post the template sets in a <li> ------------------------------

ZH = "市议会周二投票决定重建守护码头两百年的旧海堤，此前连续三场冬季风暴淹没了下城区的街道，鱼市因此关闭数周。"


def li_post(lead: str, body_in_li: bool = True, lead_link: bool = False) -> str:
    lead_html = f"<a href='/other'>{lead}</a>" if lead_link else lead
    post = ("<div class='entry-box'><div class='entry-header'><h1>Sea wall</h1>"
            "<ul class='tools'><li><a href='/p'>Print</a></li><li><a href='/m'>Email</a></li></ul></div>"
            f"<div class='summary'><p>{lead_html}</p></div><div class='thumb'><img src='/w.jpg'></div>"
            f"{body()}</div>")
    return page(f"<ul class='loop'><li class='entry'>{post}</li></ul>" if body_in_li else post, "Sea wall")


def test_a_lead_set_as_a_list_item_like_the_body_is_readmitted_and_explain_says_why():
    from newsclean.explain import render_explanation
    for lead in (OTHER.strip(), ZH):
        art = clean(li_post(lead))
        assert lead in art.text, lead
        assert art.text.index(lead) < art.text.index("Officials said")
        assert [p.kind for p in art.paragraphs][0] == "list_item"
        out = render_explanation(Cleaner(), li_post(lead), width=400)
        line = next(ln for ln in out.splitlines() if lead[:20] in ln)
        assert line.startswith("KEEP") and "re-admitted by the locator: a lead of prose length set as a list item" in line


def test_a_list_item_lead_needs_a_body_of_list_items_and_no_link():
    from newsclean.explain import render_explanation
    # a linked one is another story's teaser; a lone list item above a body of plain paragraphs is a
    # list of the page's (highlights, a menu), not the lead this walk takes
    lone_item = page(f"<h1>Sea wall</h1><ul class='facts'><li>{OTHER.strip()}</li></ul>"
                     "<div class='thumb'><img src='/w.jpg'></div>" + body(), "Sea wall")
    for html in (li_post(OTHER.strip(), lead_link=True), lone_item):
        assert OTHER.strip() not in clean(html).text
        assert "re-admitted" not in render_explanation(Cleaner(), html, width=400)


def test_explain_names_why_a_standfirst_paragraph_was_readmitted():
    from newsclean.explain import render_explanation
    html = between(f"<p class='intro'>{OTHER.strip()}</p>")
    assert OTHER.strip() in clean(html).text
    line = next(ln for ln in render_explanation(Cleaner(), html, width=400).splitlines() if "football club" in ln)
    assert line.startswith("KEEP") and "re-admitted by the locator: a lead paragraph between the title and the body" in line


# --- the article's own blocks between two lead paragraphs above the body's container --------------

DOC_LEAD = ("The parser reads a whole configuration file at once and hands back a tree of sections, each "
            "holding its keys in the order the file gave them. ")
DOC_NEXT = ("Here is a minimal function that opens a file, parses it and prints the name of every section "
            "it found, one a line. ")


def _lead_run(middle: str) -> str:
    """The title, two lead paragraphs in their own box, ``middle``, then the body in its own wrapper."""
    return page(f"<main><article><header><h1>Reading configuration files</h1></header><div class='section-content'>"
                f"<p>{DOC_LEAD}</p><p>{DOC_NEXT}</p></div>{middle}<div class='layout-body'>{body()}</div></article>"
                f"</main>", title="Reading configuration files")


CODE = ("<div class='code-example'><div class='example-header'><span>py</span></div><pre><code>def sections(path):\n"
        "    tree = parse(open(path).read())\n    for name in tree:\n        print(name)\n"
        "    return tree.count_of_sections()\n</code></pre></div>")
LEADING = "Consider this striking figure from the survey:"


def test_a_code_sample_or_a_line_leading_into_a_quote_between_leads_is_readmitted_with_them():
    for middle, text in ((CODE, "def sections(path):"), (f"<p>{LEADING}</p>", LEADING)):
        art = clean(_lead_run(middle))
        assert DOC_LEAD.strip() in art.text and DOC_NEXT.strip() in art.text, middle
        assert text in art.text, middle
        assert art.text.index(DOC_NEXT.strip()) < art.text.index(text) < art.text.index("Officials said")
    assert not any("def sections" in r.text for r in clean(_lead_run(CODE)).removed)


def test_a_line_between_that_no_lead_follows_or_that_ends_no_sentence_is_not_taken():
    # precision guards: the stepped-over line is taken only with a lead above it (here the title's
    # own line comes next); a call to action ending no sentence ends the run
    art = clean(page(f"<main><article><header><h1>Reading configuration files</h1></header><div class='x'>"
                     f"<p>{LEADING}</p></div><div class='layout-body'>{body()}</div></article></main>",
                     title="Reading configuration files"))
    assert LEADING not in art.text and art.text.count("Officials said") == 6
    art = clean(_lead_run("<p>Try the parser today and ship faster with your whole team</p>"))
    assert "Try the parser" not in art.text and DOC_NEXT.strip() not in art.text


# --- lines one earlier step dropped for different reasons are one step of the lead run -------------

DE_LEAD = ("Die Stadt warnt vor einer neuen Betrugsmasche, bei der Kunden angeblich neuen Regeln zustimmen "
           "müssen, um ihr Konto zu behalten.")


def test_a_byline_s_label_line_and_name_line_are_one_step_of_the_lead_run():
    # the standfirst, then a tool bar, a picture's two caption lines, a time, a reading time, a
    # section link and a byline set as a label line over its name line: the byline step drops both
    # lines (for two reasons), one step, so the run reaches the standfirst within READMIT_MAX_GAP
    art = clean(page(
        "<article><div class='article-head'><h1>Betrug mit falschen Regeln</h1>"
        f"<p class='lead'>{DE_LEAD}</p>"
        "<div class='tools'><a href='/p'>In Pocket speichern</a> <a href='/v'>vorlesen</a> "
        "<a href='/d'>Druckansicht</a></div>"
        "<figure><img src='a.jpg'><figcaption><p class='cap'>Betrüger fischen nach Daten der Kunden.</p>"
        "<p class='src'>(Bild: Erika Muster / Beispielagentur)</p></figcaption></figure>"
        "<p>13:37 Uhr</p><p>Lesezeit: 2 Min.</p><p><a href='/s'>Sicherheit</a></p>"
        "<p>Von</p><ul><li><a href='/autor/em'>Erika Muster</a></li></ul></div>"
        f"<div class='article-content'>{''.join(f'<p>{EN}Detail number {i} follows.</p>' for i in range(6))}</div>"
        "</article>", title="Betrug mit falschen Regeln"))
    assert art.text.startswith(DE_LEAD)
    assert "Druckansicht" not in art.text and "Erika Muster" not in art.text


# --- a section heading between two lead paragraphs outside the container ----------------------------

LEAD_A = ("Engineers first raised doubts about the steel two winters ago, when hairline cracks showed up in "
          "samples taken from the main span during a routine inspection. ")
LEAD_B = ("The city then ordered a full survey of every girder, which found the same flaw in a third of them and "
          "pushed the whole schedule back by two years. ")


def _split_page(heading: str) -> str:
    return page(f"<article><header><h1>Bridge delayed</h1></header><div class='intro-box'><p>{LEAD_A}</p>"
                f"{heading}<p>{LEAD_B}</p></div>{body()}</article>")


def test_a_section_heading_between_two_readmitted_leads_is_taken_with_them():
    art = clean(_split_page("<h2>How the flaw was found</h2>"))
    assert LEAD_A.strip() in art.text and LEAD_B.strip() in art.text
    assert "How the flaw was found" in art.text
    assert art.text.index("Engineers first") < art.text.index("How the flaw") < art.text.index("The city then")


def test_a_linked_heading_between_two_leads_is_not_taken():
    # precision guard: a linked heading (another story's headline) stays out however it is placed
    art = clean(_split_page("<h2><a href='/other'>Another bridge closes for repairs</a></h2>"))
    assert "Another bridge closes" not in art.text


# --- a standfirst its class names, set as a heading further down, right above the body ------------

DE_SUMMARY = ("Mehrere Städte verschieben den Bau neuer Brücken, weil die Preise für Stahl und Beton stark "
              "gestiegen sind.")


def _below_media(heading: str, title: str = "Bridge delayed") -> str:
    """The title, a picture with its long caption, a byline and a share bar, then ``heading``, then the body's
    own wrapper: the heading is neither the first line under the title nor inside the body."""
    head = (f"<header><h1>{title}</h1><figure><img src='a.jpg'><figcaption>Die alte Brücke am Fluss im "
            "Winter, aufgenommen am Montag vom Ufer der Altstadt aus, kurz vor der Sperrung für den Verkehr"
            "</figcaption></figure></header><div class='meta'><div class='author'>Von Anna Muster</div>"
            "<time datetime='2024-03-12T10:00'>12.03.2024</time></div><div class='share'><a href='/s'>Teilen</a>"
            "</div>")
    return page(f"<article>{head}{heading}{body()}</article>", title)


def test_a_standfirst_heading_its_class_names_above_the_body_is_readmitted():
    for cls in ("c-article-summary", "standfirst", "storyDek"):
        art = clean(_below_media(f"<h2 class='{cls}'>{DE_SUMMARY}</h2>"))
        assert DE_SUMMARY in art.text, cls
        assert art.text.index(DE_SUMMARY) < art.text.index("Officials said"), cls
        assert not any(DE_SUMMARY in r.text for r in art.removed), cls


def test_a_heading_above_the_body_is_no_standfirst_unless_named_unlinked_and_a_sentence():
    cases = (f"<h2>{DE_SUMMARY}</h2>",  # no class names it
             f"<h2 class='summary'><a href='/other'>{DE_SUMMARY}</a></h2>",  # another story's headline
             f"<h2 class='summary'>{DE_SUMMARY[:-1]} und mehr</h2>",  # no sentence
             f"<h1 class='summary'>{DE_SUMMARY}</h1>")  # of the title's own rank
    for heading in cases:
        art = clean(_below_media(heading))
        assert "Mehrere Städte" not in art.text, heading
        assert art.text.count("Officials said") == 6


# --- a picture's caption set as a paragraph, and a headline set as an <h2>, on the way to the lead -----

DE_LEAD = ("Die Stadt hat am Montag entschieden, die Eröffnung der neuen Brücke um zwei Jahre zu verschieben, "
           "weil Ingenieure Mängel am Stahl gefunden haben.")
DE_CAPTION = "Arbeiter auf der Baustelle der neuen Brücke am Flussufer im Süden der Stadt im vergangenen Winter"


def _lead_over_picture(caption: str, alt: str) -> str:
    """The title, the lead, a byline, then a picture whose caption is a plain paragraph after it (no
    ``<figcaption>``) with its credit, then the body's own wrapper."""
    pic = (f"<div class='w-full'><div class='relative'><img src='a.jpg' alt='{alt}'></div>"
           f"<div class='flex mt-2'><p class='text-sm'>{caption}</p><p class='text-xs'>© Max Muster/Agentur</p>"
           "</div></div>")
    return page(f"<article><h1>Bridge delayed</h1><p class='font-normal'>{DE_LEAD}</p>"
                f"<div class='author'>Anna Muster</div>{pic}{body()}</article>")


def test_a_lead_above_a_picture_whose_caption_is_a_paragraph_is_readmitted():
    art = clean(_lead_over_picture(DE_CAPTION, DE_CAPTION))
    assert DE_LEAD in art.text
    assert art.text.index(DE_LEAD) < art.text.index("Officials said")
    assert DE_CAPTION not in art.text  # (the caption itself stays out: a step, not a lead)


def test_a_paragraph_repeating_no_picture_s_description_still_ends_the_lead_run():
    art = clean(_lead_over_picture(DE_CAPTION, "Baustelle"))
    assert DE_LEAD not in art.text and art.text.count("Officials said") == 6


def _no_h1(heading_tag: str) -> str:
    """A page whose headline is an ``<h2>`` (no ``<h1>`` anywhere) and whose head title is another
    wording of it, its lead above a byline and the body's own wrapper."""
    head = (f"<header><{heading_tag}>Kreis und quer: Streber und Faulpelze</{heading_tag}>"
            f"<p class='css-1485smx'>{DE_LEAD}</p></header><p class='byline'>Kolumne von Anna Muster</p>")
    return (f"<html><head><title>Die fleißigsten Abgeordneten im Landkreis</title></head><body>"
            f"<article>{head}<div id='metered-content'>{body()}</div></article></body></html>")


def test_a_lead_under_a_headline_set_as_an_h2_on_a_page_with_no_h1_is_readmitted():
    art = clean(_no_h1("h2"))
    assert DE_LEAD in art.text
    assert art.text.index(DE_LEAD) < art.text.index("Officials said")


def test_a_standfirst_its_header_picture_describes_itself_with_stays_a_lead():
    # the header box's picture takes the standfirst as its description: the box holds the whole header,
    # no picture's own box, and its lead paragraph is the standfirst
    pic = f"<figure><img src='a.jpg' alt='{DE_LEAD}'><figcaption>{DE_LEAD} Foto: Max Muster</figcaption></figure>"
    html = page(f"<article><div class='head'><h1>Bridge delayed</h1>{pic}<p class='text-lg'>{DE_LEAD}</p>"
                "<p class='text-lg'>Die Anwohner sind darüber sehr verärgert.</p></div>"
                f"{body()}</article>")
    art = clean(html)
    assert DE_LEAD in art.text and art.text.index(DE_LEAD) < art.text.index("Officials said")


def test_a_dek_its_class_names_right_under_the_title_needs_no_full_stop():
    # a headline's dek is often written without its full stop; right under the title, its class naming it
    dek = "Die Stadt verschiebt die Eröffnung der Brücke um zwei Jahre"
    for cls in ("subheadline font-light", "article-excerpt text-xl"):
        art = clean(between(f"<div><h2 class='{cls}'>{dek}</h2></div>"))
        assert dek in art.text, cls
        assert art.text.index(dek) < art.text.index("Officials said")
    # further down (not the first line under the title) such a line still needs its sentence
    art = clean(between(f"<p class='meta'>Sección de obras públicas, 12 fotos, 3 vídeos</p>"
                        f"<h2 class='subheadline'>{dek}</h2>"))
    assert dek not in art.text


def test_a_site_s_tagline_under_its_name_is_no_dek():
    tagline = "Tips and help for teachers and bloggers using technology"
    for ident in ("site-description", "banner-description"):
        art = clean(between(f"<h2 id='{ident}'>{tagline}</h2>"))
        assert tagline not in art.text, ident
        assert art.text.count("Officials said") == 6
