"""content: a page of teaser items and no single article (a category page, a grid of cards) is read as a
listing: the items' titles and blurbs stay, their repeated template lines and the chrome around go."""
from __future__ import annotations

from newsclean import Cleaner
from newsclean.plugins.container import listing

INTRO = ("Our reviewers tried dozens of garden tools over the summer; these are the ones worth a look, "
         "with what we liked and what we did not.")
BLURBS = [
    "A light spade with an ash handle that kept its edge through three months of clay soil and stones.",
    "The folding rake packs into a bag and opens in a second, though its tines bend under wet leaves.",
    "This hose reel winds itself back, quietly, and held forty metres of hose without a single kink.",
    "A pair of pruning shears that cut through thick branches and still felt easy in a small hand.",
    "The wheelbarrow's single wide tyre rolled over gravel and lawn alike with a full load of soil.",
]
ZH_BLURBS = [
    "这把铁锹手柄轻巧，在黏土和碎石里用了三个月，刃口依旧锋利，适合家庭菜园日常翻土使用。",
    "折叠耙收起来可以放进背包，一秒打开，但遇到潮湿的落叶时，耙齿容易弯曲变形，需要小心。",
    "这款水管卷盘可以自动回卷，声音很小，卷了四十米的水管也没有打结，收纳起来非常方便。",
    "这把修枝剪能剪断粗树枝，握在小手里也很省力，弹簧设计让连续修剪时手腕不容易酸痛。",
    "独轮手推车的宽轮胎在碎石路和草坪上都走得很稳，装满泥土也能轻松推动，转弯也灵活。",
]


def item(i: int, blurb: str) -> str:
    return (f"<div class='card'><h3><a href='/tool/{i}'>Garden tool number {i} reviewed</a></h3>"
            f"<p>{blurb}</p><a class='more' href='/tool/{i}'>Read the review</a></div>")


def page(items: str, date: str = "") -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(8)) + "</ul></nav>"
    meta = f"<meta property='article:published_time' content='{date}'>" if date else ""
    return (f"<html><head><title>Garden tools</title>{meta}</head><body>{nav}"
            f"<div id='top'><h1>Garden tools</h1><p>{INTRO}</p></div>"
            f"<div class='results'>{items}</div>"
            "<div class='pager'><a href='?p=2'>Next page</a></div>"
            "<footer><p>Example Garden Press, all rights reserved.</p></footer></body></html>")


def test_a_listing_keeps_its_items_titles_and_blurbs():
    art = Cleaner().clean(page("".join(item(i, b) for i, b in enumerate(BLURBS))))
    for i, b in enumerate(BLURBS):
        assert b in art.text
        assert f"Garden tool number {i} reviewed" in art.text
    assert INTRO in art.text
    assert "Read the review" not in art.text
    assert "Section 3" not in art.text and "all rights reserved" not in art.text
    assert any("read as a listing" in n and "5 alike items" in n for n in art.notes)
    template = [r for r in art.removed if r.text == "Read the review"]
    assert len(template) == len(BLURBS) and all("template" in r.reason for r in template)


def test_a_chinese_listing_is_read_alike():
    art = Cleaner().clean(page("".join(item(i, b) for i, b in enumerate(ZH_BLURBS))))
    assert all(b in art.text for b in ZH_BLURBS)
    assert any("read as a listing" in n for n in art.notes)


def test_three_items_are_no_listing():
    art = Cleaner().clean(page("".join(item(i, b) for i, b in enumerate(BLURBS[:3]))))
    assert not any("read as a listing" in n for n in art.notes)


BODY = ("<p>The council voted on Tuesday to turn the old tram depot into a covered market, ending a debate that "
        "had run for more than six years and split the neighbourhood down the middle.</p>"
        "<p>Stallholders will pay a reduced rent for the first two years, and the hall will open on Sundays, "
        "the first market in the district to do so since the depot closed its doors.</p>"
        "<p>Residents who opposed the plan said they feared the noise of deliveries at dawn; the council promised "
        "a loading bay on the far side of the building, away from the houses.</p>")


def test_an_article_with_a_related_grid_stays_an_article():
    related = "<div class='more-stories'>" + "".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div>"
    html = ("<html><head><title>Depot to become a market</title>"
            "<meta property='article:published_time' content='2025-03-04T10:00:00Z'></head><body>"
            f"<article><h1>Depot to become a market</h1>{BODY}</article>{related}</body></html>")
    art = Cleaner().clean(html)
    assert "covered market" in art.text and "loading bay" in art.text
    assert not any(b in art.text for b in BLURBS)
    assert not any("read as a listing" in n for n in art.notes)


def test_a_dated_page_needs_a_heavier_listing(monkeypatch):
    items = "".join(item(i, b) for i, b in enumerate(BLURBS))
    assert any("read as a listing" in n for n in Cleaner().clean(page(items)).notes)
    monkeypatch.setattr(listing, "DATED_SHARE", 100.0)
    dated = Cleaner().clean(page(items, "2025-03-04T10:00:00Z"))
    assert not any("read as a listing" in n for n in dated.notes)


def test_items_under_a_negative_region_are_no_listing():
    # (a class the page chrome leaves to the locator: its blocks reach the listing's look)
    comments = "<div class='replies'>" + "".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div>"
    html = (f"<html><head><title>Garden tools</title></head><body><div id='top'><h1>Garden tools</h1>"
            f"<p>{INTRO}</p></div>{comments}</body></html>")
    art = Cleaner().clean(html)
    assert not any("read as a listing" in n for n in art.notes)
    assert not any(b in art.text for b in BLURBS)


def linked_card(i: int, blurb: str) -> str:
    """A card whose title and blurb both sit in its link."""
    return (f"<div class='tile'><a href='/tool/{i}'><h3>Garden tool number {i} reviewed</h3>"
            f"<span class='teaser'>{blurb}</span></a></div>")


def test_linked_cards_are_a_listing_beside_an_intro():
    art = Cleaner().clean(page("".join(linked_card(i, b) for i, b in enumerate(BLURBS))))
    assert all(b in art.text for b in BLURBS)
    assert any("read as a listing" in n for n in art.notes)


def test_linked_cards_do_not_outweigh_an_article_of_several_paragraphs():
    grid = "<div class='grid'>" + "".join(linked_card(i, b) for i, b in enumerate(BLURBS * 3)) + "</div>"
    html = (f"<html><head><title>Depot to become a market</title></head><body>"
            f"<div class='story'><h1>Depot to become a market</h1>{BODY}</div>{grid}</body></html>")
    art = Cleaner().clean(html)
    assert "covered market" in art.text and "loading bay" in art.text
    assert not any("read as a listing" in n for n in art.notes)


def test_a_body_class_naming_a_region_does_not_hide_the_listing():
    # the page's root carries its template's settings (``layout-sidebar-right``): every block sits under it
    items = "".join(item(i, b) for i, b in enumerate(BLURBS))
    html = page(items).replace("<body>", "<body class='layout-sidebar-right'>")
    art = Cleaner().clean(html)
    assert all(b in art.text for b in BLURBS)
    assert any("read as a listing" in n for n in art.notes)


def test_a_feed_holding_most_of_the_page_is_the_pages_own_list():
    feed = "<div class='news-feed'>" + "".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div>"
    html = (f"<html><head><title>Garden tools</title></head><body><div id='top'><h1>Garden tools</h1>"
            f"<p>{INTRO}</p></div>{feed}</body></html>")
    art = Cleaner().clean(html)
    assert all(b in art.text for b in BLURBS)
    assert any("read as a listing" in n for n in art.notes)


def feed_item(i: int, blurb: str) -> str:
    return (f"<li class='feed__item'><h3><a href='/tool/{i}'>Garden tool number {i} reviewed</a></h3>"
            f"<p class='feed__description'>{blurb}</p></li>")


def _own_feed(holds: bool) -> bool:
    items = "".join(feed_item(i, b) for i, b in enumerate(BLURBS))
    html = (f"<html><head><title>Garden tools</title></head><body><h1>Garden tools</h1>"
            f"<ul class='feed'>{items}</ul></body></html>")
    import lxml.html
    root = lxml.html.fromstring(html)
    parent = root.find(".//ul")
    region = {li: [_feat(li.find(".//p"))] for li in parent}
    return listing._negative(parent, region, lambda el: float(len(el.text_content())),
                             listing.PAGE_WRAPPER_SHARE * len(root.text_content()), holds)


def test_the_items_of_the_pages_own_feed_are_its_listing():
    # a topic page: the items of the feed holding most of it are named after it (``feed__item``), and the
    # locator took one item's blurb for the article: the feed is the page's own listing
    assert not _own_feed(holds=True)
    # the container outside the items (an article above a stream of other stories): they stay out
    assert _own_feed(holds=False)


def test_a_stream_of_stories_under_a_short_article_stays_out():
    items = "".join(feed_item(i, b) for i, b in enumerate(BLURBS * 2))
    lead = ("The council voted on Tuesday to turn the old tram depot into a covered market, ending a debate "
            "that had run for more than six years.")
    html = (f"<html><head><title>Depot to become a market</title></head><body><div class='story'>"
            f"<h1>Depot to become a market</h1><p>{lead}</p></div>"
            f"<div class='feed'><ul class='feed'>{items}</ul></div></body></html>")
    art = Cleaner().clean(html)
    assert lead in art.text
    assert not any(b in art.text for b in BLURBS)
    assert not any("read as a listing" in n for n in art.notes)


def test_feed_items_in_a_small_part_of_the_page_stay_out():
    items = "".join(item(i, b).replace("class='card'", "class='feed__item'") for i, b in enumerate(BLURBS))
    story = "".join(f"<p>{p}</p>" for p in BLURBS * 3)
    html = (f"<html><head><title>Garden tools</title></head><body><div id='top'><h1>Garden tools</h1>"
            f"<p>{INTRO}</p>{story}</div><div class='news-feed'>{items}</div></body></html>")
    import lxml.html
    root = lxml.html.fromstring(html)
    parent = root.find(".//div[@class='news-feed']")
    region = {card: [_feat(card.find(".//p"))] for card in parent}
    assert listing._negative(parent, region, lambda el: float(len(el.text_content())),
                             listing.PAGE_WRAPPER_SHARE * len(root.text_content()))


def test_a_bem_modifier_naming_a_region_does_not_hide_the_listing():
    # ``card--latest-feed`` is a card as laid out in a feed, ``results--with-ads`` a results box with ad
    # slots in it: the modifier names a variant of its block, not a region of the page
    items = "".join(item(i, b).replace("class='card'", "class='card--latest-feed card'")
                    for i, b in enumerate(BLURBS))
    html = page(items).replace("<div class='results'>", "<div class='results results--with-ads'>")
    art = Cleaner().clean(html)
    assert all(b in art.text for b in BLURBS)
    assert any("read as a listing" in n for n in art.notes)
    assert listing._block_hint(_parse("<div class='promo-box--wide'></div>")) < 1.0  # the block itself still says


def _parse(fragment: str):
    import lxml.html
    return lxml.html.fragment_fromstring(fragment)


def test_a_feed_holding_a_small_part_of_the_page_stays_out():
    feed = "<div class='news-feed'>" + "".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div>"
    story = "".join(f"<p>{p}</p>" for p in BLURBS * 3)  # the article's own text outweighs the feed
    html = (f"<html><head><title>Garden tools</title></head><body><div id='top'><h1>Garden tools</h1>"
            f"<p>{INTRO}</p>{story}</div>{feed}</body></html>")
    assert listing._negative(*_feed_region(html))


def _feed_region(html: str):
    """(parent, items, weight, floor) of the news feed in ``html``, weights being characters."""
    import lxml.html
    root = lxml.html.fromstring(html)
    parent = root.find(".//div[@class='news-feed']")
    items = {card: [_feat(card.find(".//p"))] for card in parent}
    return parent, items, lambda el: float(len(el.text_content())), \
        listing.PAGE_WRAPPER_SHARE * len(root.text_content())


class _Block:
    def __init__(self, el, kind):
        self.path = [el, *el.iterancestors()][::-1]
        self.text = el.text_content()
        self.chars = len(self.text)
        self.kind = kind
        self.link_chars = sum(len(a.text_content()) for a in el.iter("a"))


class _F:
    def __init__(self, el, kind="paragraph"):
        self.block = _Block(el, kind)
        self.weight = float(self.block.chars)
        self.nonlink = self.weight - self.block.link_chars
        self.good = kind == "paragraph"


def _feat(el, kind="paragraph"):
    return _F(el, kind)


def _entries_page(container_inside: bool):
    """Four alike entries, each a heading over two paragraphs; the container is the first entry's
    body, or an element of its own size outside the list."""
    import lxml.html
    entry = ("<div class='entry'><h2>{t}</h2><div class='entry-body'><p>{a}</p><p>{b}</p></div></div>")
    long = [b + " " + b + " " + b for b in BLURBS]
    entries = "".join(entry.format(t=f"Entry number {i} of the garden diary", a=long[i], b=long[i + 1])
                      for i in range(4))
    lone = f"<div class='lone'><p>{long[0]}</p><p>{long[1]}</p></div>" if not container_inside else ""
    root = lxml.html.fromstring(f"<html><body>{lone}<div class='list'>{entries}</div></body></html>")
    feats = []
    for el in root.iter("h2", "p"):
        feats.append(_feat(el, "heading" if el.tag == "h2" else "paragraph"))
    container = root.find(".//div[@class='entry-body']") if container_inside else root.find(".//div[@class='lone']")
    kept = [f for f in feats if container in f.block.path]
    if not container_inside:  # the first entry's paragraphs are the lone box's twins: leave them out
        feats = [f for f in feats if f in kept or root.find(".//div[@class='entry']") not in f.block.path]
    return feats, {id(f) for f in kept}, sum(f.weight for f in kept), container


def test_a_dated_page_whose_container_is_one_of_the_items_is_a_listing():
    feats, kept, chars, container = _entries_page(True)
    got = listing.find_listing(feats, kept, chars, True, container)
    assert got is not None and got.items == 4
    # on a dated page, the same items beside a container of their own are no listing at this weight
    feats, kept, chars, container = _entries_page(False)
    assert listing.find_listing(feats, kept, chars, True, container) is None


CHART_NOTE = "Only feature films with enough votes are ranked; the list is updated every week."
FILMS = ["Harbour of Quiet Lanterns", "The Salt Orchard", "Nine Winters North", "A Kite Over Tallow Street",
         "Copper Rain", "The Last Ferry to Ashby", "Glass Meadow", "Under the Paper Moon"]
FILMS = FILMS + [f"{n}: The Return" for n in FILMS] + [f"{n}: Coda" for n in FILMS]


def chart_row(i: int, name: str) -> str:
    return (f"<li class='row'><span>#{i + 1}</span><h3><a href='/film/{i}'>{name}</a></h3>"
            f"<span class='meta'>{1960 + 7 * i} 1h {40 + i}m</span><span class='score'>{9.1 - i / 10:.1f}"
            f" ({120 + i}K)</span></li>")


def chart_page(rows: str, note: str = CHART_NOTE) -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(8)) + "</ul></nav>"
    return (f"<html><head><title>Top films</title></head><body>{nav}<main><h1>Top films</h1>"
            f"<ul class='notes'><li>{note}</li></ul><ul class='chart'>{rows}</ul></main>"
            "<footer><p>Example Film Guide, all rights reserved.</p></footer></body></html>")


def test_a_chart_of_titles_and_figures_is_a_listing():
    # a ranking's rows: one line of words (the title) and lines of figures (year, length, score); the
    # container the locator finds is the small note above it
    art = Cleaner().clean(chart_page("".join(chart_row(i, n) for i, n in enumerate(FILMS))))
    assert all(n in art.text for n in FILMS)
    assert "Section 3" not in art.text and "all rights reserved" not in art.text
    assert any("read as a listing" in n for n in art.notes)


def test_a_chart_needs_a_small_container(monkeypatch):
    # the same rows beside a container keeping more than a chart's note stay out: a short article with
    # a list of other titles and their dates
    monkeypatch.setattr(listing, "CHART_MAX_KEPT", 10)
    art = Cleaner().clean(chart_page("".join(chart_row(i, n) for i, n in enumerate(FILMS))))
    assert not any(n in art.text for n in FILMS)
    assert not any("read as a listing" in n for n in art.notes)


LATEST = [
    "The allotment society opened its waiting list again after two years, with forty plots on offer.",
    "A seed swap in the library drew more visitors than the hall could hold on a rainy Saturday.",
    "Volunteers planted three hundred hedge saplings along the canal path to shelter the nesting birds.",
    "The town's oldest greenhouse reopened after a repair paid for by a long appeal among its neighbours.",
    "Beekeepers warned that the late frost had cost them most of the spring honey in the upper valley.",
]


def news_item(i: int, blurb: str) -> str:
    return (f"<li class='story'><h4><a href='/news/{i}'>Garden news item {i} from the valley</a></h4>"
            f"<p>{blurb}</p></li>")


def test_a_listing_keeps_every_grid_of_items_on_the_page():
    # the page sets its items in two grids (the reviews, then the latest news): each is the page's own
    grids = ("".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div><div class='latest'><h2>Latest</h2>"
             "<ul class='stories'>" + "".join(news_item(i, b) for i, b in enumerate(LATEST)) + "</ul>")
    art = Cleaner().clean(page(grids))
    assert all(b in art.text for b in BLURBS)
    assert all(b in art.text for b in LATEST) and "Garden news item 2 from the valley" in art.text
    assert "Section 3" not in art.text and "all rights reserved" not in art.text
    assert any("read as a listing" in n and "1 further grid(s)" in n for n in art.notes)


def test_a_further_grid_under_a_negative_region_stays_out():
    grids = ("".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div><div class='sidebar'>"
             "<ul class='stories'>" + "".join(news_item(i, b) for i, b in enumerate(LATEST)) + "</ul>")
    art = Cleaner().clean(page(grids))
    assert all(b in art.text for b in BLURBS)
    assert not any(b in art.text for b in LATEST)


def _two_feed_regions(feed_class: str, story_times: int):
    """Two grids of cards in one wrapper of class ``feed_class`` (their paths share its ancestors):
    (parent, items) of each, with the weight and floor of ``_feed_region``."""
    import lxml.html
    grids = "".join(f"<div class='grid grid-{g}'>" + "".join(item(i, b) for i, b in enumerate(BLURBS)) + "</div>"
                    for g in range(2))
    story = "".join(f"<p>{p}</p>" for p in BLURBS * story_times)
    root = lxml.html.fromstring(f"<html><head><title>Garden tools</title></head><body><div id='top'><h1>Garden "
                                f"tools</h1><p>{INTRO}</p>{story}</div><div class='{feed_class}'>{grids}</div>"
                                "</body></html>")
    regions = []
    for parent in root.iterfind(".//div[@class]"):
        if parent.get("class").startswith("grid "):
            regions.append((parent, {card: [_feat(card.find(".//p"))] for card in parent}))
    return regions, (lambda el: float(len(el.text_content()))), \
        listing.PAGE_WRAPPER_SHARE * len(root.text_content())


def test_what_an_elements_words_say_is_read_once_for_every_region():
    # the regions' shared ancestors are looked at once (``looks``), with the same answers as a fresh look
    for feed_class, story_times, negative in (("news-feed", 3, True), ("news-feed", 0, False),
                                              ("sidebar", 0, True), ("results", 3, False)):
        regions, weight, floor = _two_feed_regions(feed_class, story_times)
        assert len(regions) == 2
        looks: dict = {}
        for parent, items in regions:
            fresh = listing._negative(parent, items, weight, floor)
            assert listing._negative(parent, items, weight, floor, looks=looks) is fresh is negative
        wrapper = regions[0][0].getparent()
        assert wrapper in looks and regions[1][0].getparent() is wrapper  # (the shared ancestor, read once)


def test_a_listing_reads_each_elements_signature_once(monkeypatch):
    reads: list = []
    signature = listing._signature

    def counted(el):
        reads.append(el)
        return signature(el)

    monkeypatch.setattr(listing, "_signature", counted)
    art = Cleaner().clean(page("".join(item(i, b) for i, b in enumerate(BLURBS))))
    assert any("read as a listing" in n and "5 alike items" in n for n in art.notes)  # (the same reading)
    assert reads and len(reads) == len(set(reads))


def _region_shape(regions):
    """The regions as plain data: parent -> signature -> item -> the ids of its feats, every mapping in order."""
    return [(parent, [(sig, [(el, [id(f) for f in fs]) for el, fs in items.items()]) for sig, items in by_sig.items()])
            for parent, by_sig in regions.items()]


def test_items_read_as_runs_of_blocks_are_the_items_read_path_by_path():
    import lxml.html
    root = lxml.html.fromstring(page("".join(item(i, b) for i, b in enumerate(BLURBS))))
    feats = [_feat(el, "heading" if el.tag == "h3" else "paragraph") for el in root.iter("h3", "p")]
    regions = listing._regions(feats)
    assert _region_shape(regions) == _region_shape(listing._regions_by_paths(feats))
    results = root.find(".//div[@class='results']")
    cards = regions[results][("div", "card")]
    assert list(cards) == list(results) and all(len(fs) == 2 for fs in cards.values())  # (each card: h3, p)


def test_blocks_leaving_an_element_and_coming_back_are_read_path_by_path(monkeypatch):
    import lxml.html
    root = lxml.html.fromstring("<html><body><div class='a'><p>one</p><p>two</p></div>"
                                "<div class='b'><p>three</p></div></body></html>")
    one, two, three = (_feat(p) for p in root.iter("p"))
    feats = [one, three, two]  # (the first box's blocks are no run: its second comes after the other box's)
    read = []
    monkeypatch.setattr(listing, "_regions_by_paths",
                        lambda fs, sigs=None: read.append(fs) or _REGIONS_BY_PATHS(fs, sigs))
    regions = listing._regions(feats)
    assert read == [feats]
    body = root.find("body")
    boxes = regions[body]
    assert [id(f) for f in boxes[("div", "a")][root.find(".//div[@class='a']")]] == [id(one), id(two)]


_REGIONS_BY_PATHS = listing._regions_by_paths
